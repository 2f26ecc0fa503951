; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @bf16_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, i32 inreg %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %10 = tail call i32 @llvm.amdgcn.workgroup.id.y(), !dbg !8
  %11 = shl i32 %9, 5, !dbg !9
  %12 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %13 = and i32 %12, 15, !dbg !10
  %14 = and i32 %12, 128, !dbg !10
  %15 = lshr i32 %12, 3, !dbg !10
  %16 = and i32 %15, 31, !dbg !10
  %17 = and i32 %12, 112, !dbg !10
  %18 = shl nuw nsw i32 %12, 2, !dbg !10
  %19 = and i32 %18, 28, !dbg !10
  %20 = or disjoint i32 %16, %11, !dbg !11
  %21 = shl i32 %10, 5, !dbg !12
  %22 = or disjoint i32 %19, %21, !dbg !13
  %23 = icmp slt i32 %20, %3, !dbg !14
  %24 = mul i32 %5, %11, !dbg !15
  %25 = icmp slt i32 %22, %4, !dbg !16
  %26 = icmp slt i32 %19, %5, !dbg !17
  %27 = and i1 %23, %26, !dbg !18
  %28 = mul i32 %5, %16, !dbg !19
  %29 = add i32 %28, %19, !dbg !19
  %30 = add i32 %29, %24, !dbg !19
  %31 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !20
  %32 = shl i32 %30, 1, !dbg !20
  %33 = select i1 %27, i32 %32, i32 -2147483648, !dbg !20
  %34 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %31, i32 %33, i32 0, i32 0), !dbg !20
  %35 = icmp slt i32 %16, %5, !dbg !21
  %36 = and i1 %25, %35, !dbg !22
  %37 = mul i32 %4, %16, !dbg !23
  %38 = add i32 %37, %19, !dbg !23
  %39 = add i32 %38, %21, !dbg !23
  %40 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !24
  %41 = shl i32 %39, 1, !dbg !24
  %42 = select i1 %36, i32 %41, i32 -2147483648, !dbg !24
  %43 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %40, i32 %42, i32 0, i32 0), !dbg !24
  %44 = shl nuw nsw i32 %12, 3, !dbg !20
  %45 = and i32 %44, 2040, !dbg !20
  %46 = lshr exact i32 %17, 1, !dbg !20
  %47 = xor i32 %45, %46, !dbg !20
  %48 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %47, !dbg !20
  store <2 x i32> %34, ptr addrspace(3) %48, align 8, !dbg !20
  %49 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %45, !dbg !24
  store <2 x i32> %43, ptr addrspace(3) %49, align 8, !dbg !24
  %50 = add i32 %5, -32, !dbg !25
  %51 = icmp sgt i32 %50, 0, !dbg !25
  br i1 %51, label %.lr.ph, label %._crit_edge, !dbg !25

.lr.ph:                                           ; preds = %8
  %52 = shl nuw nsw i32 %13, 6
  %53 = and i32 %18, 56
  %54 = and i32 %12, 48
  %55 = lshr exact i32 %54, 1
  %56 = shl nuw nsw i32 %14, 3
  %57 = or disjoint i32 %52, %56
  %58 = xor i32 %53, %55
  %59 = or disjoint i32 %57, %58
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %59
  %61 = xor i32 %59, 32
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %61
  %63 = shl nuw nsw i32 %54, 4
  %64 = shl nuw nsw i32 %13, 1
  %65 = lshr i32 %12, 1
  %66 = and i32 %65, 32
  %67 = or disjoint i32 %19, 32, !dbg !26
  %68 = or disjoint i32 %16, 32, !dbg !26
  %69 = icmp slt i32 %67, %5, !dbg !17
  %70 = and i1 %23, %69, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %71 = load <4 x i16>, ptr addrspace(3) %60, align 8, !dbg !20
  %72 = load <4 x i16>, ptr addrspace(3) %62, align 8, !dbg !20
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !25
  %73 = shl i32 %30, 1, !dbg !20
  %74 = add i32 %73, 64, !dbg !20
  %75 = select i1 %70, i32 %74, i32 -2147483648, !dbg !20
  %76 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %31, i32 %75, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.sched.barrier(i32 0), !dbg !25
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %66, !dbg !24
  %78 = getelementptr inbounds nuw i8, ptr addrspace(3) %77, i32 %63, !dbg !24
  %79 = getelementptr inbounds nuw i8, ptr addrspace(3) %78, i32 %64, !dbg !24
  %80 = load <1 x i16>, ptr addrspace(3) %79, align 2, !dbg !24
  %81 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 64, !dbg !24
  %82 = load <1 x i16>, ptr addrspace(3) %81, align 2, !dbg !24
  %83 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 128, !dbg !24
  %84 = load <1 x i16>, ptr addrspace(3) %83, align 2, !dbg !24
  %85 = shufflevector <1 x i16> %84, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %86 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 192, !dbg !24
  %87 = load <1 x i16>, ptr addrspace(3) %86, align 2, !dbg !24
  %88 = shufflevector <1 x i16> %87, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %89 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 1024, !dbg !24
  %90 = load <1 x i16>, ptr addrspace(3) %89, align 2, !dbg !24
  %91 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 1088, !dbg !24
  %92 = load <1 x i16>, ptr addrspace(3) %91, align 2, !dbg !24
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 1152, !dbg !24
  %94 = load <1 x i16>, ptr addrspace(3) %93, align 2, !dbg !24
  %95 = shufflevector <1 x i16> %94, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %96 = getelementptr inbounds nuw i8, ptr addrspace(3) %79, i32 1216, !dbg !24
  %97 = load <1 x i16>, ptr addrspace(3) %96, align 2, !dbg !24
  %98 = shufflevector <1 x i16> %97, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !25
  %99 = icmp slt i32 %68, %5, !dbg !21
  %100 = and i1 %25, %99, !dbg !22
  %101 = shl i32 %4, 6, !dbg !24
  %102 = shl i32 %39, 1, !dbg !24
  %103 = add i32 %101, %102, !dbg !24
  %104 = select i1 %100, i32 %103, i32 -2147483648, !dbg !24
  %105 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %40, i32 %104, i32 0, i32 0), !dbg !24
  tail call void @llvm.amdgcn.sched.barrier(i32 1), !dbg !25
  %106 = shufflevector <1 x i16> %80, <1 x i16> %82, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %107 = shufflevector <4 x i16> %106, <4 x i16> %85, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %108 = shufflevector <4 x i16> %107, <4 x i16> %88, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %109 = shufflevector <1 x i16> %90, <1 x i16> %92, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %110 = shufflevector <4 x i16> %109, <4 x i16> %95, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %111 = shufflevector <4 x i16> %110, <4 x i16> %98, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %112 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %108, <4 x i16> %71, <4 x float> zeroinitializer, i32 0, i32 0, i32 0), !dbg !27
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !25
  %113 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %111, <4 x i16> %72, <4 x float> %112, i32 0, i32 0, i32 0), !dbg !27
  %114 = extractelement <4 x float> %113, i64 0, !dbg !27
  %115 = extractelement <4 x float> %113, i64 1, !dbg !27
  %116 = extractelement <4 x float> %113, i64 2, !dbg !27
  %117 = extractelement <4 x float> %113, i64 3, !dbg !27
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %76, ptr addrspace(3) %48, align 8, !dbg !20
  store <2 x i32> %105, ptr addrspace(3) %49, align 8, !dbg !24
  %118 = icmp samesign ugt i32 %50, 32, !dbg !25
  br i1 %118, label %.peel.next, label %._crit_edge, !dbg !25

.peel.next:                                       ; preds = %.lr.ph
  %119 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %66
  %120 = getelementptr inbounds nuw i8, ptr addrspace(3) %119, i32 %63
  %121 = getelementptr inbounds nuw i8, ptr addrspace(3) %120, i32 %64
  %122 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 64
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 128
  %124 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 192
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 1024
  %126 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 1088
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 1152
  %128 = getelementptr inbounds nuw i8, ptr addrspace(3) %121, i32 1216
  br label %129, !dbg !25

129:                                              ; preds = %.peel.next, %129
  %130 = phi float [ %114, %.peel.next ], [ %177, %129 ]
  %131 = phi float [ %115, %.peel.next ], [ %178, %129 ]
  %132 = phi float [ %116, %.peel.next ], [ %179, %129 ]
  %133 = phi float [ %117, %.peel.next ], [ %180, %129 ]
  %134 = phi i32 [ 32, %.peel.next ], [ %135, %129 ]
  %135 = add i32 %134, 32, !dbg !25
  %136 = or disjoint i32 %135, %19, !dbg !26
  %137 = or disjoint i32 %135, %16, !dbg !26
  %138 = icmp slt i32 %136, %5, !dbg !17
  %139 = and i1 %23, %138, !dbg !18
  %140 = add i32 %30, %135, !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %141 = load <4 x i16>, ptr addrspace(3) %60, align 8, !dbg !20
  %142 = load <4 x i16>, ptr addrspace(3) %62, align 8, !dbg !20
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !25
  %143 = shl i32 %140, 1, !dbg !20
  %144 = select i1 %139, i32 %143, i32 -2147483648, !dbg !20
  %145 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %31, i32 %144, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.sched.barrier(i32 0), !dbg !25
  %146 = load <1 x i16>, ptr addrspace(3) %121, align 2, !dbg !24
  %147 = load <1 x i16>, ptr addrspace(3) %122, align 2, !dbg !24
  %148 = load <1 x i16>, ptr addrspace(3) %123, align 2, !dbg !24
  %149 = shufflevector <1 x i16> %148, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %150 = load <1 x i16>, ptr addrspace(3) %124, align 2, !dbg !24
  %151 = shufflevector <1 x i16> %150, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %152 = load <1 x i16>, ptr addrspace(3) %125, align 2, !dbg !24
  %153 = load <1 x i16>, ptr addrspace(3) %126, align 2, !dbg !24
  %154 = load <1 x i16>, ptr addrspace(3) %127, align 2, !dbg !24
  %155 = shufflevector <1 x i16> %154, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %156 = load <1 x i16>, ptr addrspace(3) %128, align 2, !dbg !24
  %157 = shufflevector <1 x i16> %156, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !25
  %158 = mul i32 %135, %4, !dbg !28
  %159 = add i32 %39, %158, !dbg !23
  %160 = icmp slt i32 %137, %5, !dbg !21
  %161 = and i1 %25, %160, !dbg !22
  %162 = shl i32 %159, 1, !dbg !24
  %163 = select i1 %161, i32 %162, i32 -2147483648, !dbg !24
  %164 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %40, i32 %163, i32 0, i32 0), !dbg !24
  tail call void @llvm.amdgcn.sched.barrier(i32 1), !dbg !25
  %165 = shufflevector <1 x i16> %146, <1 x i16> %147, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %166 = shufflevector <4 x i16> %165, <4 x i16> %149, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %167 = shufflevector <4 x i16> %166, <4 x i16> %151, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %168 = shufflevector <1 x i16> %152, <1 x i16> %153, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %169 = shufflevector <4 x i16> %168, <4 x i16> %155, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %170 = shufflevector <4 x i16> %169, <4 x i16> %157, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %171 = insertelement <4 x float> poison, float %130, i64 0, !dbg !27
  %172 = insertelement <4 x float> %171, float %131, i64 1, !dbg !27
  %173 = insertelement <4 x float> %172, float %132, i64 2, !dbg !27
  %174 = insertelement <4 x float> %173, float %133, i64 3, !dbg !27
  %175 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %167, <4 x i16> %141, <4 x float> %174, i32 0, i32 0, i32 0), !dbg !27
  tail call void @llvm.amdgcn.s.setprio(i16 1), !dbg !25
  %176 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %170, <4 x i16> %142, <4 x float> %175, i32 0, i32 0, i32 0), !dbg !27
  %177 = extractelement <4 x float> %176, i64 0, !dbg !27
  %178 = extractelement <4 x float> %176, i64 1, !dbg !27
  %179 = extractelement <4 x float> %176, i64 2, !dbg !27
  %180 = extractelement <4 x float> %176, i64 3, !dbg !27
  tail call void @llvm.amdgcn.s.setprio(i16 0), !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %145, ptr addrspace(3) %48, align 8, !dbg !20
  store <2 x i32> %164, ptr addrspace(3) %49, align 8, !dbg !24
  %181 = icmp slt i32 %135, %50, !dbg !25
  br i1 %181, label %129, label %._crit_edge, !dbg !25, !llvm.loop !29

._crit_edge:                                      ; preds = %129, %.lr.ph, %8
  %182 = phi float [ 0.000000e+00, %8 ], [ %114, %.lr.ph ], [ %177, %129 ]
  %183 = phi float [ 0.000000e+00, %8 ], [ %115, %.lr.ph ], [ %178, %129 ]
  %184 = phi float [ 0.000000e+00, %8 ], [ %116, %.lr.ph ], [ %179, %129 ]
  %185 = phi float [ 0.000000e+00, %8 ], [ %117, %.lr.ph ], [ %180, %129 ]
  %186 = add i32 %5, 31, !dbg !25
  %187 = icmp sgt i32 %186, 31, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  br i1 %187, label %188, label %._crit_edge._crit_edge, !dbg !27

188:                                              ; preds = %._crit_edge
  %189 = lshr i32 %12, 1, !dbg !24
  %190 = and i32 %189, 32, !dbg !24
  %191 = and i32 %12, 48, !dbg !20
  %192 = shl nuw nsw i32 %191, 4, !dbg !24
  %193 = shl nuw nsw i32 %13, 1, !dbg !24
  %194 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %190, !dbg !24
  %195 = getelementptr inbounds nuw i8, ptr addrspace(3) %194, i32 %192, !dbg !24
  %196 = getelementptr inbounds nuw i8, ptr addrspace(3) %195, i32 %193, !dbg !24
  %197 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 1216, !dbg !24
  %198 = load <1 x i16>, ptr addrspace(3) %197, align 2, !dbg !24
  %199 = shufflevector <1 x i16> %198, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %200 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 1152, !dbg !24
  %201 = load <1 x i16>, ptr addrspace(3) %200, align 2, !dbg !24
  %202 = shufflevector <1 x i16> %201, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %203 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 1088, !dbg !24
  %204 = load <1 x i16>, ptr addrspace(3) %203, align 2, !dbg !24
  %205 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 1024, !dbg !24
  %206 = load <1 x i16>, ptr addrspace(3) %205, align 2, !dbg !24
  %207 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 192, !dbg !24
  %208 = load <1 x i16>, ptr addrspace(3) %207, align 2, !dbg !24
  %209 = shufflevector <1 x i16> %208, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %210 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 128, !dbg !24
  %211 = load <1 x i16>, ptr addrspace(3) %210, align 2, !dbg !24
  %212 = shufflevector <1 x i16> %211, <1 x i16> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %213 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 64, !dbg !24
  %214 = load <1 x i16>, ptr addrspace(3) %213, align 2, !dbg !24
  %215 = load <1 x i16>, ptr addrspace(3) %196, align 2, !dbg !24
  %216 = shl nuw nsw i32 %13, 6, !dbg !20
  %217 = shl nuw nsw i32 %14, 3, !dbg !20
  %218 = or disjoint i32 %216, %217, !dbg !20
  %219 = and i32 %18, 56, !dbg !20
  %220 = lshr exact i32 %191, 1, !dbg !20
  %221 = xor i32 %219, %220, !dbg !20
  %222 = or disjoint i32 %218, %221, !dbg !20
  %223 = xor i32 %222, 32, !dbg !20
  %224 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %223, !dbg !20
  %225 = load <4 x i16>, ptr addrspace(3) %224, align 8, !dbg !20
  %226 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %222, !dbg !20
  %227 = load <4 x i16>, ptr addrspace(3) %226, align 8, !dbg !20
  %228 = shufflevector <1 x i16> %215, <1 x i16> %214, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %229 = shufflevector <4 x i16> %228, <4 x i16> %212, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %230 = shufflevector <4 x i16> %229, <4 x i16> %209, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %231 = shufflevector <1 x i16> %206, <1 x i16> %204, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !27
  %232 = shufflevector <4 x i16> %231, <4 x i16> %202, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !27
  %233 = shufflevector <4 x i16> %232, <4 x i16> %199, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !27
  %234 = insertelement <4 x float> poison, float %182, i64 0, !dbg !27
  %235 = insertelement <4 x float> %234, float %183, i64 1, !dbg !27
  %236 = insertelement <4 x float> %235, float %184, i64 2, !dbg !27
  %237 = insertelement <4 x float> %236, float %185, i64 3, !dbg !27
  %238 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %230, <4 x i16> %227, <4 x float> %237, i32 0, i32 0, i32 0), !dbg !27
  %239 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16> %233, <4 x i16> %225, <4 x float> %238, i32 0, i32 0, i32 0), !dbg !27
  %240 = extractelement <4 x float> %239, i64 0, !dbg !27
  %241 = extractelement <4 x float> %239, i64 1, !dbg !27
  %242 = extractelement <4 x float> %239, i64 2, !dbg !27
  %243 = extractelement <4 x float> %239, i64 3, !dbg !27
  br label %._crit_edge._crit_edge, !dbg !27

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %188
  %244 = phi float [ %243, %188 ], [ %185, %._crit_edge ], !dbg !25
  %245 = phi float [ %242, %188 ], [ %184, %._crit_edge ], !dbg !25
  %246 = phi float [ %241, %188 ], [ %183, %._crit_edge ], !dbg !25
  %247 = phi float [ %240, %188 ], [ %182, %._crit_edge ], !dbg !25
  %248 = lshr exact i32 %17, 2, !dbg !10
  %249 = or disjoint i32 %248, %21, !dbg !13
  %250 = lshr exact i32 %14, 3, !dbg !10
  %251 = or disjoint i32 %250, %13, !dbg !10
  %252 = or disjoint i32 %251, %11, !dbg !11
  %253 = icmp slt i32 %252, %3, !dbg !31
  %254 = icmp slt i32 %249, %4, !dbg !32
  %255 = and i1 %253, %254, !dbg !33
  %reass.mul = mul i32 %4, %252, !dbg !34
  %256 = add i32 %249, %reass.mul, !dbg !34
  %257 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !35
  %258 = insertelement <4 x float> poison, float %247, i64 0, !dbg !35
  %259 = insertelement <4 x float> %258, float %246, i64 1, !dbg !35
  %260 = insertelement <4 x float> %259, float %245, i64 2, !dbg !35
  %261 = insertelement <4 x float> %260, float %244, i64 3, !dbg !35
  %262 = shl i32 %256, 2, !dbg !35
  %263 = select i1 %255, i32 %262, i32 -2147483648, !dbg !35
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %261, ptr addrspace(8) %257, i32 %263, i32 0, i32 0), !dbg !35
  ret void, !dbg !36
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
declare <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x16bf16.1k(<4 x i16>, <4 x i16>, <4 x float>, i32 immarg, i32 immarg, i32 immarg) #5

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
!14 = !DILocation(line: 103, column: 40, scope: !4)
!15 = !DILocation(line: 102, column: 28, scope: !4)
!16 = !DILocation(line: 105, column: 60, scope: !4)
!17 = !DILocation(line: 103, column: 60, scope: !4)
!18 = !DILocation(line: 103, column: 46, scope: !4)
!19 = !DILocation(line: 102, column: 46, scope: !4)
!20 = !DILocation(line: 102, column: 20, scope: !4)
!21 = !DILocation(line: 105, column: 40, scope: !4)
!22 = !DILocation(line: 105, column: 46, scope: !4)
!23 = !DILocation(line: 104, column: 46, scope: !4)
!24 = !DILocation(line: 104, column: 20, scope: !4)
!25 = !DILocation(line: 100, column: 26, scope: !4)
!26 = !DILocation(line: 101, column: 18, scope: !4)
!27 = !DILocation(line: 106, column: 25, scope: !4)
!28 = !DILocation(line: 104, column: 28, scope: !4)
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.peeled.count", i32 1}
!31 = !DILocation(line: 108, column: 33, scope: !4)
!32 = !DILocation(line: 108, column: 53, scope: !4)
!33 = !DILocation(line: 108, column: 39, scope: !4)
!34 = !DILocation(line: 107, column: 39, scope: !4)
!35 = !DILocation(line: 107, column: 52, scope: !4)
!36 = !DILocation(line: 107, column: 4, scope: !4)
