; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @bf16_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, i32 inreg %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %10 = tail call i32 @llvm.amdgcn.workgroup.id.y(), !dbg !8
  %11 = shl i32 %9, 6, !dbg !9
  %12 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %13 = lshr i32 %12, 2, !dbg !10
  %14 = and i32 %13, 63, !dbg !10
  %15 = and i32 %12, 31, !dbg !10
  %16 = and i32 %12, 128, !dbg !10
  %17 = shl nuw nsw i32 %12, 3, !dbg !10
  %18 = and i32 %17, 56, !dbg !10
  %19 = and i32 %12, 32, !dbg !10
  %20 = and i32 %12, 64, !dbg !10
  %21 = or disjoint i32 %14, %11, !dbg !11
  %22 = shl i32 %10, 6, !dbg !12
  %23 = or disjoint i32 %18, %22, !dbg !13
  %24 = and i32 %17, 24, !dbg !14
  %25 = lshr i32 %12, 3, !dbg !14
  %26 = and i32 %25, 31, !dbg !14
  %27 = icmp slt i32 %21, %3, !dbg !15
  %28 = mul i32 %5, %11, !dbg !16
  %29 = icmp slt i32 %23, %4, !dbg !17
  %30 = icmp slt i32 %24, %5, !dbg !18
  %31 = and i1 %27, %30, !dbg !19
  %32 = mul i32 %5, %14, !dbg !20
  %33 = add i32 %32, %24, !dbg !20
  %34 = add i32 %33, %28, !dbg !20
  %35 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !21
  %36 = shl i32 %34, 1, !dbg !21
  %37 = select i1 %31, i32 %36, i32 -2147483648, !dbg !21
  %38 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %35, i32 %37, i32 0, i32 0), !dbg !21
  %39 = bitcast <4 x i32> %38 to <8 x bfloat>, !dbg !21
  %40 = icmp slt i32 %26, %5, !dbg !22
  %41 = and i1 %29, %40, !dbg !23
  %42 = mul i32 %4, %26, !dbg !24
  %43 = add i32 %42, %18, !dbg !24
  %44 = add i32 %43, %22, !dbg !24
  %45 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !25
  %46 = shl i32 %44, 1, !dbg !25
  %47 = select i1 %41, i32 %46, i32 -2147483648, !dbg !25
  %48 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %45, i32 %47, i32 0, i32 0), !dbg !25
  %49 = shl nuw nsw i32 %12, 4, !dbg !21
  %50 = and i32 %49, 4080, !dbg !21
  %51 = and i32 %12, 56, !dbg !21
  %52 = xor i32 %50, %51, !dbg !21
  %53 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %52, !dbg !21
  %54 = shufflevector <8 x bfloat> %39, <8 x bfloat> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>, !dbg !21
  store <4 x bfloat> %54, ptr addrspace(3) %53, align 8, !dbg !21
  %55 = xor i32 %52, 8, !dbg !21
  %56 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %55, !dbg !21
  %57 = shufflevector <8 x bfloat> %39, <8 x bfloat> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>, !dbg !21
  store <4 x bfloat> %57, ptr addrspace(3) %56, align 8, !dbg !21
  %58 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %50, !dbg !25
  store <4 x i32> %48, ptr addrspace(3) %58, align 16, !dbg !25
  %59 = add i32 %5, -32, !dbg !26
  %60 = icmp sgt i32 %59, 0, !dbg !26
  br i1 %60, label %.lr.ph, label %._crit_edge, !dbg !26

.lr.ph:                                           ; preds = %8
  %61 = shl nuw nsw i32 %15, 6
  %62 = shl nuw nsw i32 %12, 2
  %63 = and i32 %62, 56
  %64 = lshr exact i32 %19, 2
  %65 = shl nuw nsw i32 %16, 4
  %66 = or disjoint i32 %61, %65
  %67 = xor i32 %63, %64
  %68 = or disjoint i32 %66, %67
  %69 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %68
  %70 = xor i32 %68, 16
  %71 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %70
  %72 = xor i32 %68, 32
  %73 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %72
  %74 = xor i32 %68, 48
  %75 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %74
  %76 = shl nuw nsw i32 %15, 1
  %77 = shl nuw nsw i32 %19, 4
  %78 = or disjoint i32 %24, 32, !dbg !27
  %79 = or disjoint i32 %26, 32, !dbg !27
  %80 = icmp slt i32 %78, %5, !dbg !18
  %81 = and i1 %27, %80, !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %82 = load <4 x i16>, ptr addrspace(3) %69, align 8, !dbg !21
  %83 = load <4 x i16>, ptr addrspace(3) %71, align 8, !dbg !21
  %84 = load <4 x i16>, ptr addrspace(3) %73, align 8, !dbg !21
  %85 = load <4 x i16>, ptr addrspace(3) %75, align 8, !dbg !21
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !26
  %86 = shl i32 %34, 1, !dbg !21
  %87 = add i32 %86, 64, !dbg !21
  %88 = select i1 %81, i32 %87, i32 -2147483648, !dbg !21
  %89 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %35, i32 %88, i32 0, i32 0), !dbg !21
  %90 = bitcast <4 x i32> %89 to <8 x bfloat>, !dbg !21
  tail call void @llvm.amdgcn.sched.barrier(i32 0), !dbg !26
  %91 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %77, !dbg !25
  %92 = getelementptr inbounds nuw i8, ptr addrspace(3) %91, i32 %76, !dbg !25
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) %92, i32 %20, !dbg !25
  %94 = load <1 x i16>, ptr addrspace(3) %93, align 2, !dbg !25
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 128, !dbg !25
  %96 = load <1 x i16>, ptr addrspace(3) %95, align 2, !dbg !25
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 256, !dbg !25
  %98 = load <1 x i16>, ptr addrspace(3) %97, align 2, !dbg !25
  %99 = shufflevector <1 x i16> %98, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %100 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 384, !dbg !25
  %101 = load <1 x i16>, ptr addrspace(3) %100, align 2, !dbg !25
  %102 = shufflevector <1 x i16> %101, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 1024, !dbg !25
  %104 = load <1 x i16>, ptr addrspace(3) %103, align 2, !dbg !25
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 1152, !dbg !25
  %106 = load <1 x i16>, ptr addrspace(3) %105, align 2, !dbg !25
  %107 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 1280, !dbg !25
  %108 = load <1 x i16>, ptr addrspace(3) %107, align 2, !dbg !25
  %109 = shufflevector <1 x i16> %108, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 1408, !dbg !25
  %111 = load <1 x i16>, ptr addrspace(3) %110, align 2, !dbg !25
  %112 = shufflevector <1 x i16> %111, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 2048, !dbg !25
  %114 = load <1 x i16>, ptr addrspace(3) %113, align 2, !dbg !25
  %115 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 2176, !dbg !25
  %116 = load <1 x i16>, ptr addrspace(3) %115, align 2, !dbg !25
  %117 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 2304, !dbg !25
  %118 = load <1 x i16>, ptr addrspace(3) %117, align 2, !dbg !25
  %119 = shufflevector <1 x i16> %118, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %120 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 2432, !dbg !25
  %121 = load <1 x i16>, ptr addrspace(3) %120, align 2, !dbg !25
  %122 = shufflevector <1 x i16> %121, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 3072, !dbg !25
  %124 = load <1 x i16>, ptr addrspace(3) %123, align 2, !dbg !25
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 3200, !dbg !25
  %126 = load <1 x i16>, ptr addrspace(3) %125, align 2, !dbg !25
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 3328, !dbg !25
  %128 = load <1 x i16>, ptr addrspace(3) %127, align 2, !dbg !25
  %129 = shufflevector <1 x i16> %128, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %130 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 3456, !dbg !25
  %131 = load <1 x i16>, ptr addrspace(3) %130, align 2, !dbg !25
  %132 = shufflevector <1 x i16> %131, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !26
  %133 = icmp slt i32 %79, %5, !dbg !22
  %134 = and i1 %29, %133, !dbg !23
  %135 = shl i32 %4, 6, !dbg !25
  %136 = shl i32 %44, 1, !dbg !25
  %137 = add i32 %135, %136, !dbg !25
  %138 = select i1 %134, i32 %137, i32 -2147483648, !dbg !25
  %139 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %45, i32 %138, i32 0, i32 0), !dbg !25
  tail call void @llvm.amdgcn.sched.barrier(i32 1), !dbg !26
  %140 = shufflevector <1 x i16> %94, <1 x i16> %96, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %141 = shufflevector <4 x i16> %140, <4 x i16> %99, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %142 = shufflevector <4 x i16> %141, <4 x i16> %102, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %143 = shufflevector <1 x i16> %104, <1 x i16> %106, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %144 = shufflevector <4 x i16> %143, <4 x i16> %109, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %145 = shufflevector <4 x i16> %144, <4 x i16> %112, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %146 = shufflevector <1 x i16> %114, <1 x i16> %116, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %147 = shufflevector <4 x i16> %146, <4 x i16> %119, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %148 = shufflevector <4 x i16> %147, <4 x i16> %122, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %149 = shufflevector <1 x i16> %124, <1 x i16> %126, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %150 = shufflevector <4 x i16> %149, <4 x i16> %129, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %151 = shufflevector <4 x i16> %150, <4 x i16> %132, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %152 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %142, <4 x i16> %82, <16 x float> zeroinitializer, i32 0, i32 0, i32 0), !dbg !28
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !26
  %153 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %145, <4 x i16> %83, <16 x float> %152, i32 0, i32 0, i32 0), !dbg !28
  %154 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %148, <4 x i16> %84, <16 x float> %153, i32 0, i32 0, i32 0), !dbg !28
  %155 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %151, <4 x i16> %85, <16 x float> %154, i32 0, i32 0, i32 0), !dbg !28
  %156 = extractelement <16 x float> %155, i64 0, !dbg !28
  %157 = extractelement <16 x float> %155, i64 1, !dbg !28
  %158 = extractelement <16 x float> %155, i64 2, !dbg !28
  %159 = extractelement <16 x float> %155, i64 3, !dbg !28
  %160 = extractelement <16 x float> %155, i64 4, !dbg !28
  %161 = extractelement <16 x float> %155, i64 5, !dbg !28
  %162 = extractelement <16 x float> %155, i64 6, !dbg !28
  %163 = extractelement <16 x float> %155, i64 7, !dbg !28
  %164 = extractelement <16 x float> %155, i64 8, !dbg !28
  %165 = extractelement <16 x float> %155, i64 9, !dbg !28
  %166 = extractelement <16 x float> %155, i64 10, !dbg !28
  %167 = extractelement <16 x float> %155, i64 11, !dbg !28
  %168 = extractelement <16 x float> %155, i64 12, !dbg !28
  %169 = extractelement <16 x float> %155, i64 13, !dbg !28
  %170 = extractelement <16 x float> %155, i64 14, !dbg !28
  %171 = extractelement <16 x float> %155, i64 15, !dbg !28
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %172 = shufflevector <8 x bfloat> %90, <8 x bfloat> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>, !dbg !21
  store <4 x bfloat> %172, ptr addrspace(3) %53, align 8, !dbg !21
  %173 = shufflevector <8 x bfloat> %90, <8 x bfloat> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>, !dbg !21
  store <4 x bfloat> %173, ptr addrspace(3) %56, align 8, !dbg !21
  store <4 x i32> %139, ptr addrspace(3) %58, align 16, !dbg !25
  %174 = icmp samesign ugt i32 %59, 32, !dbg !26
  br i1 %174, label %.peel.next, label %._crit_edge, !dbg !26

.peel.next:                                       ; preds = %.lr.ph
  %175 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %77
  %176 = getelementptr inbounds nuw i8, ptr addrspace(3) %175, i32 %76
  %177 = getelementptr inbounds nuw i8, ptr addrspace(3) %176, i32 %20
  %178 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 128
  %179 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 256
  %180 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 384
  %181 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 1024
  %182 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 1152
  %183 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 1280
  %184 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 1408
  %185 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 2048
  %186 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 2176
  %187 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 2304
  %188 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 2432
  %189 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 3072
  %190 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 3200
  %191 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 3328
  %192 = getelementptr inbounds nuw i8, ptr addrspace(3) %177, i32 3456
  br label %193, !dbg !26

193:                                              ; preds = %.peel.next, %193
  %194 = phi float [ %156, %.peel.next ], [ %288, %193 ]
  %195 = phi float [ %157, %.peel.next ], [ %289, %193 ]
  %196 = phi float [ %158, %.peel.next ], [ %290, %193 ]
  %197 = phi float [ %159, %.peel.next ], [ %291, %193 ]
  %198 = phi float [ %160, %.peel.next ], [ %292, %193 ]
  %199 = phi float [ %161, %.peel.next ], [ %293, %193 ]
  %200 = phi float [ %162, %.peel.next ], [ %294, %193 ]
  %201 = phi float [ %163, %.peel.next ], [ %295, %193 ]
  %202 = phi float [ %164, %.peel.next ], [ %296, %193 ]
  %203 = phi float [ %165, %.peel.next ], [ %297, %193 ]
  %204 = phi float [ %166, %.peel.next ], [ %298, %193 ]
  %205 = phi float [ %167, %.peel.next ], [ %299, %193 ]
  %206 = phi float [ %168, %.peel.next ], [ %300, %193 ]
  %207 = phi float [ %169, %.peel.next ], [ %301, %193 ]
  %208 = phi float [ %170, %.peel.next ], [ %302, %193 ]
  %209 = phi float [ %171, %.peel.next ], [ %303, %193 ]
  %210 = phi i32 [ 32, %.peel.next ], [ %211, %193 ]
  %211 = add i32 %210, 32, !dbg !26
  %212 = or disjoint i32 %211, %24, !dbg !27
  %213 = or disjoint i32 %211, %26, !dbg !27
  %214 = icmp slt i32 %212, %5, !dbg !18
  %215 = and i1 %27, %214, !dbg !19
  %216 = add i32 %34, %211, !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %217 = load <4 x i16>, ptr addrspace(3) %69, align 8, !dbg !21
  %218 = load <4 x i16>, ptr addrspace(3) %71, align 8, !dbg !21
  %219 = load <4 x i16>, ptr addrspace(3) %73, align 8, !dbg !21
  %220 = load <4 x i16>, ptr addrspace(3) %75, align 8, !dbg !21
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !26
  %221 = shl i32 %216, 1, !dbg !21
  %222 = select i1 %215, i32 %221, i32 -2147483648, !dbg !21
  %223 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %35, i32 %222, i32 0, i32 0), !dbg !21
  %224 = bitcast <4 x i32> %223 to <8 x bfloat>, !dbg !21
  tail call void @llvm.amdgcn.sched.barrier(i32 0), !dbg !26
  %225 = load <1 x i16>, ptr addrspace(3) %177, align 2, !dbg !25
  %226 = load <1 x i16>, ptr addrspace(3) %178, align 2, !dbg !25
  %227 = load <1 x i16>, ptr addrspace(3) %179, align 2, !dbg !25
  %228 = shufflevector <1 x i16> %227, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %229 = load <1 x i16>, ptr addrspace(3) %180, align 2, !dbg !25
  %230 = shufflevector <1 x i16> %229, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %231 = load <1 x i16>, ptr addrspace(3) %181, align 2, !dbg !25
  %232 = load <1 x i16>, ptr addrspace(3) %182, align 2, !dbg !25
  %233 = load <1 x i16>, ptr addrspace(3) %183, align 2, !dbg !25
  %234 = shufflevector <1 x i16> %233, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %235 = load <1 x i16>, ptr addrspace(3) %184, align 2, !dbg !25
  %236 = shufflevector <1 x i16> %235, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %237 = load <1 x i16>, ptr addrspace(3) %185, align 2, !dbg !25
  %238 = load <1 x i16>, ptr addrspace(3) %186, align 2, !dbg !25
  %239 = load <1 x i16>, ptr addrspace(3) %187, align 2, !dbg !25
  %240 = shufflevector <1 x i16> %239, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %241 = load <1 x i16>, ptr addrspace(3) %188, align 2, !dbg !25
  %242 = shufflevector <1 x i16> %241, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %243 = load <1 x i16>, ptr addrspace(3) %189, align 2, !dbg !25
  %244 = load <1 x i16>, ptr addrspace(3) %190, align 2, !dbg !25
  %245 = load <1 x i16>, ptr addrspace(3) %191, align 2, !dbg !25
  %246 = shufflevector <1 x i16> %245, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %247 = load <1 x i16>, ptr addrspace(3) %192, align 2, !dbg !25
  %248 = shufflevector <1 x i16> %247, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !26
  %249 = mul i32 %211, %4, !dbg !29
  %250 = add i32 %44, %249, !dbg !24
  %251 = icmp slt i32 %213, %5, !dbg !22
  %252 = and i1 %29, %251, !dbg !23
  %253 = shl i32 %250, 1, !dbg !25
  %254 = select i1 %252, i32 %253, i32 -2147483648, !dbg !25
  %255 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %45, i32 %254, i32 0, i32 0), !dbg !25
  tail call void @llvm.amdgcn.sched.barrier(i32 1), !dbg !26
  %256 = shufflevector <1 x i16> %225, <1 x i16> %226, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %257 = shufflevector <4 x i16> %256, <4 x i16> %228, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %258 = shufflevector <4 x i16> %257, <4 x i16> %230, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %259 = shufflevector <1 x i16> %231, <1 x i16> %232, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %260 = shufflevector <4 x i16> %259, <4 x i16> %234, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %261 = shufflevector <4 x i16> %260, <4 x i16> %236, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %262 = shufflevector <1 x i16> %237, <1 x i16> %238, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %263 = shufflevector <4 x i16> %262, <4 x i16> %240, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %264 = shufflevector <4 x i16> %263, <4 x i16> %242, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %265 = shufflevector <1 x i16> %243, <1 x i16> %244, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %266 = shufflevector <4 x i16> %265, <4 x i16> %246, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %267 = shufflevector <4 x i16> %266, <4 x i16> %248, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %268 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %194, i64 0, !dbg !28
  %269 = insertelement <16 x float> %268, float %195, i64 1, !dbg !28
  %270 = insertelement <16 x float> %269, float %196, i64 2, !dbg !28
  %271 = insertelement <16 x float> %270, float %197, i64 3, !dbg !28
  %272 = insertelement <16 x float> %271, float %198, i64 4, !dbg !28
  %273 = insertelement <16 x float> %272, float %199, i64 5, !dbg !28
  %274 = insertelement <16 x float> %273, float %200, i64 6, !dbg !28
  %275 = insertelement <16 x float> %274, float %201, i64 7, !dbg !28
  %276 = insertelement <16 x float> %275, float %202, i64 8, !dbg !28
  %277 = insertelement <16 x float> %276, float %203, i64 9, !dbg !28
  %278 = insertelement <16 x float> %277, float %204, i64 10, !dbg !28
  %279 = insertelement <16 x float> %278, float %205, i64 11, !dbg !28
  %280 = insertelement <16 x float> %279, float %206, i64 12, !dbg !28
  %281 = insertelement <16 x float> %280, float %207, i64 13, !dbg !28
  %282 = insertelement <16 x float> %281, float %208, i64 14, !dbg !28
  %283 = insertelement <16 x float> %282, float %209, i64 15, !dbg !28
  %284 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %258, <4 x i16> %217, <16 x float> %283, i32 0, i32 0, i32 0), !dbg !28
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !26
  %285 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %261, <4 x i16> %218, <16 x float> %284, i32 0, i32 0, i32 0), !dbg !28
  %286 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %264, <4 x i16> %219, <16 x float> %285, i32 0, i32 0, i32 0), !dbg !28
  %287 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %267, <4 x i16> %220, <16 x float> %286, i32 0, i32 0, i32 0), !dbg !28
  %288 = extractelement <16 x float> %287, i64 0, !dbg !28
  %289 = extractelement <16 x float> %287, i64 1, !dbg !28
  %290 = extractelement <16 x float> %287, i64 2, !dbg !28
  %291 = extractelement <16 x float> %287, i64 3, !dbg !28
  %292 = extractelement <16 x float> %287, i64 4, !dbg !28
  %293 = extractelement <16 x float> %287, i64 5, !dbg !28
  %294 = extractelement <16 x float> %287, i64 6, !dbg !28
  %295 = extractelement <16 x float> %287, i64 7, !dbg !28
  %296 = extractelement <16 x float> %287, i64 8, !dbg !28
  %297 = extractelement <16 x float> %287, i64 9, !dbg !28
  %298 = extractelement <16 x float> %287, i64 10, !dbg !28
  %299 = extractelement <16 x float> %287, i64 11, !dbg !28
  %300 = extractelement <16 x float> %287, i64 12, !dbg !28
  %301 = extractelement <16 x float> %287, i64 13, !dbg !28
  %302 = extractelement <16 x float> %287, i64 14, !dbg !28
  %303 = extractelement <16 x float> %287, i64 15, !dbg !28
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %304 = shufflevector <8 x bfloat> %224, <8 x bfloat> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>, !dbg !21
  store <4 x bfloat> %304, ptr addrspace(3) %53, align 8, !dbg !21
  %305 = shufflevector <8 x bfloat> %224, <8 x bfloat> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>, !dbg !21
  store <4 x bfloat> %305, ptr addrspace(3) %56, align 8, !dbg !21
  store <4 x i32> %255, ptr addrspace(3) %58, align 16, !dbg !25
  %306 = icmp slt i32 %211, %59, !dbg !26
  br i1 %306, label %193, label %._crit_edge, !dbg !26, !llvm.loop !30

._crit_edge:                                      ; preds = %193, %.lr.ph, %8
  %307 = phi float [ 0.000000e+00, %8 ], [ %156, %.lr.ph ], [ %288, %193 ]
  %308 = phi float [ 0.000000e+00, %8 ], [ %157, %.lr.ph ], [ %289, %193 ]
  %309 = phi float [ 0.000000e+00, %8 ], [ %158, %.lr.ph ], [ %290, %193 ]
  %310 = phi float [ 0.000000e+00, %8 ], [ %159, %.lr.ph ], [ %291, %193 ]
  %311 = phi float [ 0.000000e+00, %8 ], [ %160, %.lr.ph ], [ %292, %193 ]
  %312 = phi float [ 0.000000e+00, %8 ], [ %161, %.lr.ph ], [ %293, %193 ]
  %313 = phi float [ 0.000000e+00, %8 ], [ %162, %.lr.ph ], [ %294, %193 ]
  %314 = phi float [ 0.000000e+00, %8 ], [ %163, %.lr.ph ], [ %295, %193 ]
  %315 = phi float [ 0.000000e+00, %8 ], [ %164, %.lr.ph ], [ %296, %193 ]
  %316 = phi float [ 0.000000e+00, %8 ], [ %165, %.lr.ph ], [ %297, %193 ]
  %317 = phi float [ 0.000000e+00, %8 ], [ %166, %.lr.ph ], [ %298, %193 ]
  %318 = phi float [ 0.000000e+00, %8 ], [ %167, %.lr.ph ], [ %299, %193 ]
  %319 = phi float [ 0.000000e+00, %8 ], [ %168, %.lr.ph ], [ %300, %193 ]
  %320 = phi float [ 0.000000e+00, %8 ], [ %169, %.lr.ph ], [ %301, %193 ]
  %321 = phi float [ 0.000000e+00, %8 ], [ %170, %.lr.ph ], [ %302, %193 ]
  %322 = phi float [ 0.000000e+00, %8 ], [ %171, %.lr.ph ], [ %303, %193 ]
  %323 = add i32 %5, 31, !dbg !26
  %324 = icmp sgt i32 %323, 31, !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  br i1 %324, label %325, label %._crit_edge._crit_edge, !dbg !28

325:                                              ; preds = %._crit_edge
  %326 = shl nuw nsw i32 %19, 4, !dbg !25
  %327 = shl nuw nsw i32 %15, 1, !dbg !25
  %328 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %326, !dbg !25
  %329 = getelementptr inbounds nuw i8, ptr addrspace(3) %328, i32 %327, !dbg !25
  %330 = getelementptr inbounds nuw i8, ptr addrspace(3) %329, i32 %20, !dbg !25
  %331 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 3456, !dbg !25
  %332 = load <1 x i16>, ptr addrspace(3) %331, align 2, !dbg !25
  %333 = shufflevector <1 x i16> %332, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %334 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 3328, !dbg !25
  %335 = load <1 x i16>, ptr addrspace(3) %334, align 2, !dbg !25
  %336 = shufflevector <1 x i16> %335, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %337 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 3200, !dbg !25
  %338 = load <1 x i16>, ptr addrspace(3) %337, align 2, !dbg !25
  %339 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 3072, !dbg !25
  %340 = load <1 x i16>, ptr addrspace(3) %339, align 2, !dbg !25
  %341 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 2432, !dbg !25
  %342 = load <1 x i16>, ptr addrspace(3) %341, align 2, !dbg !25
  %343 = shufflevector <1 x i16> %342, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %344 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 2304, !dbg !25
  %345 = load <1 x i16>, ptr addrspace(3) %344, align 2, !dbg !25
  %346 = shufflevector <1 x i16> %345, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %347 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 2176, !dbg !25
  %348 = load <1 x i16>, ptr addrspace(3) %347, align 2, !dbg !25
  %349 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 2048, !dbg !25
  %350 = load <1 x i16>, ptr addrspace(3) %349, align 2, !dbg !25
  %351 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 1408, !dbg !25
  %352 = load <1 x i16>, ptr addrspace(3) %351, align 2, !dbg !25
  %353 = shufflevector <1 x i16> %352, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %354 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 1280, !dbg !25
  %355 = load <1 x i16>, ptr addrspace(3) %354, align 2, !dbg !25
  %356 = shufflevector <1 x i16> %355, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %357 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 1152, !dbg !25
  %358 = load <1 x i16>, ptr addrspace(3) %357, align 2, !dbg !25
  %359 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 1024, !dbg !25
  %360 = load <1 x i16>, ptr addrspace(3) %359, align 2, !dbg !25
  %361 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 384, !dbg !25
  %362 = load <1 x i16>, ptr addrspace(3) %361, align 2, !dbg !25
  %363 = shufflevector <1 x i16> %362, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %364 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 256, !dbg !25
  %365 = load <1 x i16>, ptr addrspace(3) %364, align 2, !dbg !25
  %366 = shufflevector <1 x i16> %365, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %367 = getelementptr inbounds nuw i8, ptr addrspace(3) %330, i32 128, !dbg !25
  %368 = load <1 x i16>, ptr addrspace(3) %367, align 2, !dbg !25
  %369 = load <1 x i16>, ptr addrspace(3) %330, align 2, !dbg !25
  %370 = shl nuw nsw i32 %15, 6, !dbg !21
  %371 = shl nuw nsw i32 %16, 4, !dbg !21
  %372 = or disjoint i32 %370, %371, !dbg !21
  %373 = shl nuw nsw i32 %12, 2, !dbg !21
  %374 = and i32 %373, 56, !dbg !21
  %375 = lshr exact i32 %19, 2, !dbg !21
  %376 = xor i32 %374, %375, !dbg !21
  %377 = or disjoint i32 %372, %376, !dbg !21
  %378 = xor i32 %377, 48, !dbg !21
  %379 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %378, !dbg !21
  %380 = load <4 x i16>, ptr addrspace(3) %379, align 8, !dbg !21
  %381 = xor i32 %377, 32, !dbg !21
  %382 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %381, !dbg !21
  %383 = load <4 x i16>, ptr addrspace(3) %382, align 8, !dbg !21
  %384 = xor i32 %377, 16, !dbg !21
  %385 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %384, !dbg !21
  %386 = load <4 x i16>, ptr addrspace(3) %385, align 8, !dbg !21
  %387 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %377, !dbg !21
  %388 = load <4 x i16>, ptr addrspace(3) %387, align 8, !dbg !21
  %389 = shufflevector <1 x i16> %369, <1 x i16> %368, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %390 = shufflevector <4 x i16> %389, <4 x i16> %366, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %391 = shufflevector <4 x i16> %390, <4 x i16> %363, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %392 = shufflevector <1 x i16> %360, <1 x i16> %358, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %393 = shufflevector <4 x i16> %392, <4 x i16> %356, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %394 = shufflevector <4 x i16> %393, <4 x i16> %353, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %395 = shufflevector <1 x i16> %350, <1 x i16> %348, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %396 = shufflevector <4 x i16> %395, <4 x i16> %346, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %397 = shufflevector <4 x i16> %396, <4 x i16> %343, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %398 = shufflevector <1 x i16> %340, <1 x i16> %338, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !28
  %399 = shufflevector <4 x i16> %398, <4 x i16> %336, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !28
  %400 = shufflevector <4 x i16> %399, <4 x i16> %333, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !28
  %401 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %307, i64 0, !dbg !28
  %402 = insertelement <16 x float> %401, float %308, i64 1, !dbg !28
  %403 = insertelement <16 x float> %402, float %309, i64 2, !dbg !28
  %404 = insertelement <16 x float> %403, float %310, i64 3, !dbg !28
  %405 = insertelement <16 x float> %404, float %311, i64 4, !dbg !28
  %406 = insertelement <16 x float> %405, float %312, i64 5, !dbg !28
  %407 = insertelement <16 x float> %406, float %313, i64 6, !dbg !28
  %408 = insertelement <16 x float> %407, float %314, i64 7, !dbg !28
  %409 = insertelement <16 x float> %408, float %315, i64 8, !dbg !28
  %410 = insertelement <16 x float> %409, float %316, i64 9, !dbg !28
  %411 = insertelement <16 x float> %410, float %317, i64 10, !dbg !28
  %412 = insertelement <16 x float> %411, float %318, i64 11, !dbg !28
  %413 = insertelement <16 x float> %412, float %319, i64 12, !dbg !28
  %414 = insertelement <16 x float> %413, float %320, i64 13, !dbg !28
  %415 = insertelement <16 x float> %414, float %321, i64 14, !dbg !28
  %416 = insertelement <16 x float> %415, float %322, i64 15, !dbg !28
  %417 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %391, <4 x i16> %388, <16 x float> %416, i32 0, i32 0, i32 0), !dbg !28
  %418 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %394, <4 x i16> %386, <16 x float> %417, i32 0, i32 0, i32 0), !dbg !28
  %419 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %397, <4 x i16> %383, <16 x float> %418, i32 0, i32 0, i32 0), !dbg !28
  %420 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16> %400, <4 x i16> %380, <16 x float> %419, i32 0, i32 0, i32 0), !dbg !28
  %421 = extractelement <16 x float> %420, i64 0, !dbg !28
  %422 = extractelement <16 x float> %420, i64 1, !dbg !28
  %423 = extractelement <16 x float> %420, i64 2, !dbg !28
  %424 = extractelement <16 x float> %420, i64 3, !dbg !28
  %425 = extractelement <16 x float> %420, i64 4, !dbg !28
  %426 = extractelement <16 x float> %420, i64 5, !dbg !28
  %427 = extractelement <16 x float> %420, i64 6, !dbg !28
  %428 = extractelement <16 x float> %420, i64 7, !dbg !28
  %429 = extractelement <16 x float> %420, i64 8, !dbg !28
  %430 = extractelement <16 x float> %420, i64 9, !dbg !28
  %431 = extractelement <16 x float> %420, i64 10, !dbg !28
  %432 = extractelement <16 x float> %420, i64 11, !dbg !28
  %433 = extractelement <16 x float> %420, i64 12, !dbg !28
  %434 = extractelement <16 x float> %420, i64 13, !dbg !28
  %435 = extractelement <16 x float> %420, i64 14, !dbg !28
  %436 = extractelement <16 x float> %420, i64 15, !dbg !28
  br label %._crit_edge._crit_edge, !dbg !28

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %325
  %437 = phi float [ %436, %325 ], [ %322, %._crit_edge ], !dbg !26
  %438 = phi float [ %435, %325 ], [ %321, %._crit_edge ], !dbg !26
  %439 = phi float [ %434, %325 ], [ %320, %._crit_edge ], !dbg !26
  %440 = phi float [ %433, %325 ], [ %319, %._crit_edge ], !dbg !26
  %441 = phi float [ %432, %325 ], [ %318, %._crit_edge ], !dbg !26
  %442 = phi float [ %431, %325 ], [ %317, %._crit_edge ], !dbg !26
  %443 = phi float [ %430, %325 ], [ %316, %._crit_edge ], !dbg !26
  %444 = phi float [ %429, %325 ], [ %315, %._crit_edge ], !dbg !26
  %445 = phi float [ %428, %325 ], [ %314, %._crit_edge ], !dbg !26
  %446 = phi float [ %427, %325 ], [ %313, %._crit_edge ], !dbg !26
  %447 = phi float [ %426, %325 ], [ %312, %._crit_edge ], !dbg !26
  %448 = phi float [ %425, %325 ], [ %311, %._crit_edge ], !dbg !26
  %449 = phi float [ %424, %325 ], [ %310, %._crit_edge ], !dbg !26
  %450 = phi float [ %423, %325 ], [ %309, %._crit_edge ], !dbg !26
  %451 = phi float [ %422, %325 ], [ %308, %._crit_edge ], !dbg !26
  %452 = phi float [ %421, %325 ], [ %307, %._crit_edge ], !dbg !26
  %453 = lshr exact i32 %19, 3, !dbg !10
  %454 = lshr exact i32 %20, 1, !dbg !10
  %455 = or disjoint i32 %453, %454, !dbg !10
  %456 = or disjoint i32 %455, 16, !dbg !10
  %457 = or disjoint i32 %456, %22, !dbg !13
  %458 = or disjoint i32 %455, %22, !dbg !13
  %459 = lshr exact i32 %16, 2, !dbg !10
  %460 = or disjoint i32 %459, %15, !dbg !10
  %461 = or disjoint i32 %460, %11, !dbg !11
  %462 = icmp slt i32 %461, %3, !dbg !32
  %463 = icmp slt i32 %458, %4, !dbg !33
  %464 = icmp slt i32 %457, %4, !dbg !33
  %465 = and i1 %462, %463, !dbg !34
  %466 = and i1 %462, %464, !dbg !34
  %467 = mul i32 %4, %11, !dbg !35
  %468 = mul i32 %4, %460, !dbg !36
  %469 = add i32 %467, %22, !dbg !36
  %470 = add i32 %469, %468, !dbg !36
  %471 = add i32 %470, %455, !dbg !36
  %472 = add i32 %470, 8, !dbg !36
  %473 = add i32 %472, %455, !dbg !36
  %474 = add i32 %470, %456, !dbg !36
  %475 = add i32 %470, 24, !dbg !36
  %476 = add i32 %475, %455, !dbg !36
  %477 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !37
  %478 = insertelement <4 x float> poison, float %452, i64 0, !dbg !37
  %479 = insertelement <4 x float> %478, float %451, i64 1, !dbg !37
  %480 = insertelement <4 x float> %479, float %450, i64 2, !dbg !37
  %481 = insertelement <4 x float> %480, float %449, i64 3, !dbg !37
  %482 = shl i32 %471, 2, !dbg !37
  %483 = select i1 %465, i32 %482, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %481, ptr addrspace(8) %477, i32 %483, i32 0, i32 0), !dbg !37
  %484 = insertelement <4 x float> poison, float %448, i64 0, !dbg !37
  %485 = insertelement <4 x float> %484, float %447, i64 1, !dbg !37
  %486 = insertelement <4 x float> %485, float %446, i64 2, !dbg !37
  %487 = insertelement <4 x float> %486, float %445, i64 3, !dbg !37
  %488 = shl i32 %473, 2, !dbg !37
  %489 = select i1 %465, i32 %488, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %487, ptr addrspace(8) %477, i32 %489, i32 0, i32 0), !dbg !37
  %490 = insertelement <4 x float> poison, float %444, i64 0, !dbg !37
  %491 = insertelement <4 x float> %490, float %443, i64 1, !dbg !37
  %492 = insertelement <4 x float> %491, float %442, i64 2, !dbg !37
  %493 = insertelement <4 x float> %492, float %441, i64 3, !dbg !37
  %494 = shl i32 %474, 2, !dbg !37
  %495 = select i1 %466, i32 %494, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %493, ptr addrspace(8) %477, i32 %495, i32 0, i32 0), !dbg !37
  %496 = insertelement <4 x float> poison, float %440, i64 0, !dbg !37
  %497 = insertelement <4 x float> %496, float %439, i64 1, !dbg !37
  %498 = insertelement <4 x float> %497, float %438, i64 2, !dbg !37
  %499 = insertelement <4 x float> %498, float %437, i64 3, !dbg !37
  %500 = shl i32 %476, 2, !dbg !37
  %501 = select i1 %466, i32 %500, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %499, ptr addrspace(8) %477, i32 %501, i32 0, i32 0), !dbg !37
  ret void, !dbg !38
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.f32.32x32x8bf16.1k(<4 x i16>, <4 x i16>, <16 x float>, i32 immarg, i32 immarg, i32 immarg) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float>, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.amdgcn.s.setprio(i16 immarg) #7

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.sched.barrier(i32 immarg) #4

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #5 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "bf16_dot_kernel", linkageName: "bf16_dot_kernel", scope: !1, file: !1, line: 93, type: !5, scopeLine: 93, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 95, column: 26, scope: !4)
!8 = !DILocation(line: 96, column: 26, scope: !4)
!9 = !DILocation(line: 97, column: 17, scope: !4)
!10 = !DILocation(line: 97, column: 35, scope: !4)
!11 = !DILocation(line: 97, column: 22, scope: !4)
!12 = !DILocation(line: 98, column: 17, scope: !4)
!13 = !DILocation(line: 98, column: 22, scope: !4)
!14 = !DILocation(line: 101, column: 31, scope: !4)
!15 = !DILocation(line: 103, column: 40, scope: !4)
!16 = !DILocation(line: 102, column: 28, scope: !4)
!17 = !DILocation(line: 105, column: 60, scope: !4)
!18 = !DILocation(line: 103, column: 60, scope: !4)
!19 = !DILocation(line: 103, column: 46, scope: !4)
!20 = !DILocation(line: 102, column: 46, scope: !4)
!21 = !DILocation(line: 102, column: 20, scope: !4)
!22 = !DILocation(line: 105, column: 40, scope: !4)
!23 = !DILocation(line: 105, column: 46, scope: !4)
!24 = !DILocation(line: 104, column: 46, scope: !4)
!25 = !DILocation(line: 104, column: 20, scope: !4)
!26 = !DILocation(line: 100, column: 26, scope: !4)
!27 = !DILocation(line: 101, column: 18, scope: !4)
!28 = !DILocation(line: 106, column: 25, scope: !4)
!29 = !DILocation(line: 104, column: 28, scope: !4)
!30 = distinct !{!30, !31}
!31 = !{!"llvm.loop.peeled.count", i32 1}
!32 = !DILocation(line: 108, column: 33, scope: !4)
!33 = !DILocation(line: 108, column: 53, scope: !4)
!34 = !DILocation(line: 108, column: 39, scope: !4)
!35 = !DILocation(line: 107, column: 21, scope: !4)
!36 = !DILocation(line: 107, column: 39, scope: !4)
!37 = !DILocation(line: 107, column: 52, scope: !4)
!38 = !DILocation(line: 107, column: 4, scope: !4)
