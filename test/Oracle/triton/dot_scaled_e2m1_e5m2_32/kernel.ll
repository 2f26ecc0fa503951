; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @dot_scaled_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg readonly captures(none) %3, ptr addrspace(1) inreg writeonly captures(none) %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !6 {
  %9 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !9
  %10 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %11 = and i32 %10, 255, !dbg !10
  %12 = lshr i32 %10, 3, !dbg !10
  %13 = and i32 %12, 31, !dbg !10
  %14 = or disjoint i32 %13, 32, !dbg !10
  %15 = lshr i32 %10, 2, !dbg !10
  %16 = and i32 %15, 63, !dbg !10
  %17 = and i32 %10, 7, !dbg !10
  %18 = shl nuw nsw i32 %17, 3, !dbg !10
  %19 = and i32 %10, 32, !dbg !10
  %20 = and i32 %10, 64, !dbg !10
  %21 = shl i32 %9, 6, !dbg !11
  %22 = shl nuw nsw i32 %17, 4, !dbg !12
  %23 = and i32 %10, 3, !dbg !13
  %24 = sdiv i32 %5, 2, !dbg !14
  %25 = mul i32 %5, %21, !dbg !15
  %26 = sdiv i32 %5, 32, !dbg !16
  %27 = mul i32 %26, %21, !dbg !17
  %28 = icmp sgt i32 %5, 0, !dbg !18
  %29 = mul i32 %24, %13, !dbg !19
  %30 = mul i32 %24, %14, !dbg !19
  %31 = add i32 %29, %18, !dbg !19
  %32 = add i32 %30, %18, !dbg !19
  %33 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !20
  %34 = select i1 %28, i32 %31, i32 -2147483648, !dbg !20
  %35 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %34, i32 0, i32 0), !dbg !20
  %36 = select i1 %28, i32 %32, i32 -2147483648, !dbg !20
  %37 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %36, i32 0, i32 0), !dbg !20
  %38 = mul i32 %5, %13, !dbg !21
  %39 = mul i32 %5, %14, !dbg !21
  %40 = add i32 %38, %22, !dbg !21
  %41 = add i32 %39, %22, !dbg !21
  %42 = add i32 %40, %25, !dbg !21
  %43 = add i32 %41, %25, !dbg !21
  %44 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !22
  %45 = select i1 %28, i32 %42, i32 -2147483648, !dbg !22
  %46 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %45, i32 0, i32 0), !dbg !22
  %47 = select i1 %28, i32 %43, i32 -2147483648, !dbg !22
  %48 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %47, i32 0, i32 0), !dbg !22
  %49 = mul i32 %26, %16, !dbg !23
  %50 = add i32 %49, %23, !dbg !23
  %51 = add i32 %50, %27, !dbg !23
  %52 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !24
  %53 = select i1 %28, i32 %51, i32 -2147483648, !dbg !24
  %54 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %52, i32 %53, i32 0, i32 0), !dbg !24
  %55 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !25
  %56 = select i1 %28, i32 %50, i32 -2147483648, !dbg !25
  %57 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %55, i32 %56, i32 0, i32 0), !dbg !25
  %58 = shl nuw nsw i32 %11, 3, !dbg !20
  %59 = lshr i32 %10, 1, !dbg !20
  %60 = and i32 %59, 48, !dbg !20
  %61 = xor i32 %58, %60, !dbg !20
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %61, !dbg !20
  store <2 x i32> %35, ptr addrspace(3) %62, align 8, !dbg !20
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 2048, !dbg !20
  store <2 x i32> %37, ptr addrspace(3) %63, align 8, !dbg !20
  %64 = shl nuw nsw i32 %11, 4, !dbg !22
  %65 = and i32 %10, 112, !dbg !22
  %66 = xor i32 %64, %65, !dbg !22
  %67 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %66, !dbg !22
  store <4 x i32> %46, ptr addrspace(3) %67, align 16, !dbg !22
  %68 = getelementptr inbounds nuw i8, ptr addrspace(3) %67, i32 4096, !dbg !22
  store <4 x i32> %48, ptr addrspace(3) %68, align 16, !dbg !22
  %69 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %11, !dbg !24
  %70 = insertelement <1 x i8> poison, i8 %54, i64 0, !dbg !24
  store <1 x i8> %70, ptr addrspace(3) %69, align 1, !dbg !24
  %71 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %11, !dbg !25
  %72 = insertelement <1 x i8> poison, i8 %57, i64 0, !dbg !25
  store <1 x i8> %72, ptr addrspace(3) %71, align 1, !dbg !25
  %73 = add i32 %5, -128, !dbg !18
  %74 = icmp sgt i32 %73, 0, !dbg !18
  %75 = and i32 %10, 31
  br i1 %74, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !18

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre10 = and i32 %10, 128, !dbg !20
  br label %._crit_edge, !dbg !18

.lr.ph:                                           ; preds = %8
  %76 = shl nuw nsw i32 %75, 6
  %77 = shl nuw nsw i32 %10, 2
  %78 = and i32 %77, 48
  %79 = lshr exact i32 %19, 1
  %80 = and i32 %10, 128
  %81 = shl nuw nsw i32 %80, 4
  %82 = or disjoint i32 %76, %81
  %83 = xor i32 %78, %79
  %84 = or disjoint i32 %82, %83
  %85 = xor i32 %84, 32
  %86 = shl nuw nsw i32 %75, 7
  %87 = shl nuw nsw i32 %10, 3
  %88 = and i32 %87, 112
  %89 = shl nuw nsw i32 %20, 6
  %90 = or disjoint i32 %86, %89
  %91 = xor i32 %88, %79
  %92 = or disjoint i32 %90, %91
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %92
  %94 = xor i32 %92, 32
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %94
  %96 = xor i32 %92, 64
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %96
  %98 = xor i32 %92, 96
  %99 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %98
  %100 = shl nuw nsw i32 %75, 2
  %.lobit1 = lshr exact i32 %19, 5
  %101 = shl nuw nsw i32 %20, 1
  %102 = or disjoint i32 %100, %.lobit1
  %103 = add i32 %31, 64, !dbg !19
  %104 = add i32 %32, 64, !dbg !19
  %105 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %103, i32 0, i32 0), !dbg !20
  %106 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %104, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %107 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %84, !dbg !20
  %108 = load <4 x i32>, ptr addrspace(3) %107, align 16, !dbg !20
  %109 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %85, !dbg !20
  %110 = load <4 x i32>, ptr addrspace(3) %109, align 16, !dbg !20
  %111 = add i32 %25, 128, !dbg !21
  %112 = add i32 %111, %40, !dbg !21
  %113 = add i32 %111, %41, !dbg !21
  %114 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %112, i32 0, i32 0), !dbg !22
  %115 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %113, i32 0, i32 0), !dbg !22
  %116 = load <16 x i8>, ptr addrspace(3) %93, align 16, !dbg !26
  %117 = load <16 x i8>, ptr addrspace(3) %95, align 16, !dbg !26
  %118 = load <16 x i8>, ptr addrspace(3) %97, align 16, !dbg !26
  %119 = load <16 x i8>, ptr addrspace(3) %99, align 16, !dbg !26
  %120 = add i32 %51, 4, !dbg !23
  %121 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %52, i32 %120, i32 0, i32 0), !dbg !24
  %122 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %102, !dbg !24
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) %122, i32 %101, !dbg !24
  %124 = load <1 x i8>, ptr addrspace(3) %123, align 1, !dbg !24
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) %123, i32 2, !dbg !24
  %126 = load <1 x i8>, ptr addrspace(3) %125, align 1, !dbg !24
  %127 = add i32 %50, 4, !dbg !27
  %128 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %55, i32 %127, i32 0, i32 0), !dbg !25
  %129 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %102, !dbg !25
  %130 = getelementptr inbounds nuw i8, ptr addrspace(3) %129, i32 %80, !dbg !25
  %131 = load <1 x i8>, ptr addrspace(3) %130, align 1, !dbg !25
  %132 = getelementptr inbounds nuw i8, ptr addrspace(3) %130, i32 2, !dbg !25
  %133 = load <1 x i8>, ptr addrspace(3) %132, align 1, !dbg !25
  %134 = shufflevector <16 x i8> %116, <16 x i8> %117, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %135 = bitcast <32 x i8> %134 to <8 x i32>, !dbg !26
  %136 = shufflevector <16 x i8> %118, <16 x i8> %119, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %137 = bitcast <32 x i8> %136 to <8 x i32>, !dbg !26
  %138 = shufflevector <1 x i8> %131, <1 x i8> %133, <2 x i32> <i32 0, i32 1>, !dbg !26
  %139 = bitcast <2 x i8> %138 to i16, !dbg !26
  %140 = zext i16 %139 to i32, !dbg !26
  %141 = shufflevector <1 x i8> %124, <1 x i8> %126, <2 x i32> <i32 0, i32 1>, !dbg !26
  %142 = bitcast <2 x i8> %141 to i16, !dbg !26
  %143 = zext i16 %142 to i32, !dbg !26
  %144 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %135, <4 x i32> %108, <16 x float> zeroinitializer, i32 1, i32 4, i32 0, i32 %143, i32 0, i32 %140), !dbg !26
  %145 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %137, <4 x i32> %110, <16 x float> %144, i32 1, i32 4, i32 1, i32 %143, i32 1, i32 %140), !dbg !26
  %146 = extractelement <16 x float> %145, i64 0, !dbg !26
  %147 = extractelement <16 x float> %145, i64 1, !dbg !26
  %148 = extractelement <16 x float> %145, i64 2, !dbg !26
  %149 = extractelement <16 x float> %145, i64 3, !dbg !26
  %150 = extractelement <16 x float> %145, i64 4, !dbg !26
  %151 = extractelement <16 x float> %145, i64 5, !dbg !26
  %152 = extractelement <16 x float> %145, i64 6, !dbg !26
  %153 = extractelement <16 x float> %145, i64 7, !dbg !26
  %154 = extractelement <16 x float> %145, i64 8, !dbg !26
  %155 = extractelement <16 x float> %145, i64 9, !dbg !26
  %156 = extractelement <16 x float> %145, i64 10, !dbg !26
  %157 = extractelement <16 x float> %145, i64 11, !dbg !26
  %158 = extractelement <16 x float> %145, i64 12, !dbg !26
  %159 = extractelement <16 x float> %145, i64 13, !dbg !26
  %160 = extractelement <16 x float> %145, i64 14, !dbg !26
  %161 = extractelement <16 x float> %145, i64 15, !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %105, ptr addrspace(3) %62, align 8, !dbg !20
  store <2 x i32> %106, ptr addrspace(3) %63, align 8, !dbg !20
  store <4 x i32> %114, ptr addrspace(3) %67, align 16, !dbg !22
  store <4 x i32> %115, ptr addrspace(3) %68, align 16, !dbg !22
  %162 = insertelement <1 x i8> poison, i8 %121, i64 0, !dbg !24
  store <1 x i8> %162, ptr addrspace(3) %69, align 1, !dbg !24
  %163 = insertelement <1 x i8> poison, i8 %128, i64 0, !dbg !25
  store <1 x i8> %163, ptr addrspace(3) %71, align 1, !dbg !25
  %164 = icmp samesign ugt i32 %73, 128, !dbg !18
  br i1 %164, label %.peel.next, label %._crit_edge, !dbg !18

.peel.next:                                       ; preds = %.lr.ph
  %165 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %84
  %166 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %85
  %167 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %102
  %168 = getelementptr inbounds nuw i8, ptr addrspace(3) %167, i32 %101
  %169 = getelementptr inbounds nuw i8, ptr addrspace(3) %168, i32 2
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %102
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) %170, i32 %80
  %172 = getelementptr inbounds nuw i8, ptr addrspace(3) %171, i32 2
  br label %173, !dbg !18

173:                                              ; preds = %.peel.next, %173
  %174 = phi float [ %146, %.peel.next ], [ %245, %173 ]
  %175 = phi float [ %147, %.peel.next ], [ %246, %173 ]
  %176 = phi float [ %148, %.peel.next ], [ %247, %173 ]
  %177 = phi float [ %149, %.peel.next ], [ %248, %173 ]
  %178 = phi float [ %150, %.peel.next ], [ %249, %173 ]
  %179 = phi float [ %151, %.peel.next ], [ %250, %173 ]
  %180 = phi float [ %152, %.peel.next ], [ %251, %173 ]
  %181 = phi float [ %153, %.peel.next ], [ %252, %173 ]
  %182 = phi float [ %154, %.peel.next ], [ %253, %173 ]
  %183 = phi float [ %155, %.peel.next ], [ %254, %173 ]
  %184 = phi float [ %156, %.peel.next ], [ %255, %173 ]
  %185 = phi float [ %157, %.peel.next ], [ %256, %173 ]
  %186 = phi float [ %158, %.peel.next ], [ %257, %173 ]
  %187 = phi float [ %159, %.peel.next ], [ %258, %173 ]
  %188 = phi float [ %160, %.peel.next ], [ %259, %173 ]
  %189 = phi float [ %161, %.peel.next ], [ %260, %173 ]
  %190 = phi i32 [ 128, %.peel.next ], [ %191, %173 ]
  %191 = add i32 %190, 128, !dbg !18
  %192 = ashr exact i32 %191, 1, !dbg !28
  %193 = ashr exact i32 %191, 5, !dbg !29
  %194 = add i32 %192, %31, !dbg !19
  %195 = add i32 %192, %32, !dbg !19
  %196 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %194, i32 0, i32 0), !dbg !20
  %197 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %33, i32 %195, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %198 = load <4 x i32>, ptr addrspace(3) %165, align 16, !dbg !20
  %199 = load <4 x i32>, ptr addrspace(3) %166, align 16, !dbg !20
  %200 = add i32 %191, %25, !dbg !21
  %201 = add i32 %200, %40, !dbg !21
  %202 = add i32 %200, %41, !dbg !21
  %203 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %201, i32 0, i32 0), !dbg !22
  %204 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %44, i32 %202, i32 0, i32 0), !dbg !22
  %205 = load <16 x i8>, ptr addrspace(3) %93, align 16, !dbg !26
  %206 = load <16 x i8>, ptr addrspace(3) %95, align 16, !dbg !26
  %207 = load <16 x i8>, ptr addrspace(3) %97, align 16, !dbg !26
  %208 = load <16 x i8>, ptr addrspace(3) %99, align 16, !dbg !26
  %209 = add i32 %51, %193, !dbg !23
  %210 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %52, i32 %209, i32 0, i32 0), !dbg !24
  %211 = load <1 x i8>, ptr addrspace(3) %168, align 1, !dbg !24
  %212 = load <1 x i8>, ptr addrspace(3) %169, align 1, !dbg !24
  %213 = add i32 %193, %50, !dbg !27
  %214 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %55, i32 %213, i32 0, i32 0), !dbg !25
  %215 = load <1 x i8>, ptr addrspace(3) %171, align 1, !dbg !25
  %216 = load <1 x i8>, ptr addrspace(3) %172, align 1, !dbg !25
  %217 = shufflevector <16 x i8> %205, <16 x i8> %206, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %218 = bitcast <32 x i8> %217 to <8 x i32>, !dbg !26
  %219 = shufflevector <16 x i8> %207, <16 x i8> %208, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %220 = bitcast <32 x i8> %219 to <8 x i32>, !dbg !26
  %221 = shufflevector <1 x i8> %215, <1 x i8> %216, <2 x i32> <i32 0, i32 1>, !dbg !26
  %222 = bitcast <2 x i8> %221 to i16, !dbg !26
  %223 = zext i16 %222 to i32, !dbg !26
  %224 = shufflevector <1 x i8> %211, <1 x i8> %212, <2 x i32> <i32 0, i32 1>, !dbg !26
  %225 = bitcast <2 x i8> %224 to i16, !dbg !26
  %226 = zext i16 %225 to i32, !dbg !26
  %227 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %174, i64 0, !dbg !26
  %228 = insertelement <16 x float> %227, float %175, i64 1, !dbg !26
  %229 = insertelement <16 x float> %228, float %176, i64 2, !dbg !26
  %230 = insertelement <16 x float> %229, float %177, i64 3, !dbg !26
  %231 = insertelement <16 x float> %230, float %178, i64 4, !dbg !26
  %232 = insertelement <16 x float> %231, float %179, i64 5, !dbg !26
  %233 = insertelement <16 x float> %232, float %180, i64 6, !dbg !26
  %234 = insertelement <16 x float> %233, float %181, i64 7, !dbg !26
  %235 = insertelement <16 x float> %234, float %182, i64 8, !dbg !26
  %236 = insertelement <16 x float> %235, float %183, i64 9, !dbg !26
  %237 = insertelement <16 x float> %236, float %184, i64 10, !dbg !26
  %238 = insertelement <16 x float> %237, float %185, i64 11, !dbg !26
  %239 = insertelement <16 x float> %238, float %186, i64 12, !dbg !26
  %240 = insertelement <16 x float> %239, float %187, i64 13, !dbg !26
  %241 = insertelement <16 x float> %240, float %188, i64 14, !dbg !26
  %242 = insertelement <16 x float> %241, float %189, i64 15, !dbg !26
  %243 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %218, <4 x i32> %198, <16 x float> %242, i32 1, i32 4, i32 0, i32 %226, i32 0, i32 %223), !dbg !26
  %244 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %220, <4 x i32> %199, <16 x float> %243, i32 1, i32 4, i32 1, i32 %226, i32 1, i32 %223), !dbg !26
  %245 = extractelement <16 x float> %244, i64 0, !dbg !26
  %246 = extractelement <16 x float> %244, i64 1, !dbg !26
  %247 = extractelement <16 x float> %244, i64 2, !dbg !26
  %248 = extractelement <16 x float> %244, i64 3, !dbg !26
  %249 = extractelement <16 x float> %244, i64 4, !dbg !26
  %250 = extractelement <16 x float> %244, i64 5, !dbg !26
  %251 = extractelement <16 x float> %244, i64 6, !dbg !26
  %252 = extractelement <16 x float> %244, i64 7, !dbg !26
  %253 = extractelement <16 x float> %244, i64 8, !dbg !26
  %254 = extractelement <16 x float> %244, i64 9, !dbg !26
  %255 = extractelement <16 x float> %244, i64 10, !dbg !26
  %256 = extractelement <16 x float> %244, i64 11, !dbg !26
  %257 = extractelement <16 x float> %244, i64 12, !dbg !26
  %258 = extractelement <16 x float> %244, i64 13, !dbg !26
  %259 = extractelement <16 x float> %244, i64 14, !dbg !26
  %260 = extractelement <16 x float> %244, i64 15, !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %196, ptr addrspace(3) %62, align 8, !dbg !20
  store <2 x i32> %197, ptr addrspace(3) %63, align 8, !dbg !20
  store <4 x i32> %203, ptr addrspace(3) %67, align 16, !dbg !22
  store <4 x i32> %204, ptr addrspace(3) %68, align 16, !dbg !22
  %261 = insertelement <1 x i8> poison, i8 %210, i64 0, !dbg !24
  store <1 x i8> %261, ptr addrspace(3) %69, align 1, !dbg !24
  %262 = insertelement <1 x i8> poison, i8 %214, i64 0, !dbg !25
  store <1 x i8> %262, ptr addrspace(3) %71, align 1, !dbg !25
  %263 = icmp slt i32 %191, %73, !dbg !18
  br i1 %263, label %173, label %._crit_edge, !dbg !18, !llvm.loop !30

._crit_edge:                                      ; preds = %173, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi11 = phi i32 [ %.pre10, %.._crit_edge_crit_edge ], [ %80, %.lr.ph ], [ %80, %173 ], !dbg !20
  %264 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %146, %.lr.ph ], [ %245, %173 ], !dbg !32
  %265 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %147, %.lr.ph ], [ %246, %173 ], !dbg !32
  %266 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %148, %.lr.ph ], [ %247, %173 ], !dbg !32
  %267 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %149, %.lr.ph ], [ %248, %173 ], !dbg !32
  %268 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %150, %.lr.ph ], [ %249, %173 ], !dbg !32
  %269 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %151, %.lr.ph ], [ %250, %173 ], !dbg !32
  %270 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %152, %.lr.ph ], [ %251, %173 ], !dbg !32
  %271 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %153, %.lr.ph ], [ %252, %173 ], !dbg !32
  %272 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %154, %.lr.ph ], [ %253, %173 ], !dbg !32
  %273 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %155, %.lr.ph ], [ %254, %173 ], !dbg !32
  %274 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %156, %.lr.ph ], [ %255, %173 ], !dbg !32
  %275 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %157, %.lr.ph ], [ %256, %173 ], !dbg !32
  %276 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %158, %.lr.ph ], [ %257, %173 ], !dbg !32
  %277 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %159, %.lr.ph ], [ %258, %173 ], !dbg !32
  %278 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %160, %.lr.ph ], [ %259, %173 ], !dbg !32
  %279 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %161, %.lr.ph ], [ %260, %173 ], !dbg !32
  %280 = add i32 %5, 127, !dbg !18
  %281 = icmp sgt i32 %280, 127, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  br i1 %281, label %282, label %._crit_edge._crit_edge, !dbg !26

282:                                              ; preds = %._crit_edge
  %283 = shl nuw nsw i32 %75, 2, !dbg !24
  %.lobit = lshr exact i32 %19, 5, !dbg !24
  %284 = or disjoint i32 %283, %.lobit, !dbg !24
  %285 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %284, !dbg !25
  %286 = getelementptr inbounds nuw i8, ptr addrspace(3) %285, i32 %.pre-phi11, !dbg !25
  %287 = getelementptr inbounds nuw i8, ptr addrspace(3) %286, i32 2, !dbg !25
  %288 = load <1 x i8>, ptr addrspace(3) %287, align 1, !dbg !25
  %289 = load <1 x i8>, ptr addrspace(3) %286, align 1, !dbg !25
  %290 = shl nuw nsw i32 %20, 1, !dbg !24
  %291 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %284, !dbg !24
  %292 = getelementptr inbounds nuw i8, ptr addrspace(3) %291, i32 %290, !dbg !24
  %293 = getelementptr inbounds nuw i8, ptr addrspace(3) %292, i32 2, !dbg !24
  %294 = load <1 x i8>, ptr addrspace(3) %293, align 1, !dbg !24
  %295 = load <1 x i8>, ptr addrspace(3) %292, align 1, !dbg !24
  %296 = shl nuw nsw i32 %75, 7, !dbg !26
  %297 = shl nuw nsw i32 %20, 6, !dbg !26
  %298 = or disjoint i32 %296, %297, !dbg !26
  %299 = shl nuw nsw i32 %10, 3, !dbg !26
  %300 = and i32 %299, 112, !dbg !26
  %301 = lshr exact i32 %19, 1, !dbg !20
  %302 = xor i32 %300, %301, !dbg !26
  %303 = or disjoint i32 %298, %302, !dbg !26
  %304 = xor i32 %303, 96, !dbg !26
  %305 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %304, !dbg !26
  %306 = load <16 x i8>, ptr addrspace(3) %305, align 16, !dbg !26
  %307 = xor i32 %303, 64, !dbg !26
  %308 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %307, !dbg !26
  %309 = load <16 x i8>, ptr addrspace(3) %308, align 16, !dbg !26
  %310 = xor i32 %303, 32, !dbg !26
  %311 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %310, !dbg !26
  %312 = load <16 x i8>, ptr addrspace(3) %311, align 16, !dbg !26
  %313 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %303, !dbg !26
  %314 = load <16 x i8>, ptr addrspace(3) %313, align 16, !dbg !26
  %315 = shl nuw nsw i32 %75, 6, !dbg !20
  %316 = shl nuw nsw i32 %.pre-phi11, 4, !dbg !20
  %317 = or disjoint i32 %315, %316, !dbg !20
  %318 = shl nuw nsw i32 %10, 2, !dbg !20
  %319 = and i32 %318, 48, !dbg !20
  %320 = xor i32 %319, %301, !dbg !20
  %321 = or disjoint i32 %317, %320, !dbg !20
  %322 = xor i32 %321, 32, !dbg !20
  %323 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %322, !dbg !20
  %324 = load <4 x i32>, ptr addrspace(3) %323, align 16, !dbg !20
  %325 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %321, !dbg !20
  %326 = load <4 x i32>, ptr addrspace(3) %325, align 16, !dbg !20
  %327 = shufflevector <16 x i8> %314, <16 x i8> %312, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %328 = bitcast <32 x i8> %327 to <8 x i32>, !dbg !26
  %329 = shufflevector <16 x i8> %309, <16 x i8> %306, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %330 = bitcast <32 x i8> %329 to <8 x i32>, !dbg !26
  %331 = shufflevector <1 x i8> %289, <1 x i8> %288, <2 x i32> <i32 0, i32 1>, !dbg !26
  %332 = bitcast <2 x i8> %331 to i16, !dbg !26
  %333 = zext i16 %332 to i32, !dbg !26
  %334 = shufflevector <1 x i8> %295, <1 x i8> %294, <2 x i32> <i32 0, i32 1>, !dbg !26
  %335 = bitcast <2 x i8> %334 to i16, !dbg !26
  %336 = zext i16 %335 to i32, !dbg !26
  %337 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %264, i64 0, !dbg !26
  %338 = insertelement <16 x float> %337, float %265, i64 1, !dbg !26
  %339 = insertelement <16 x float> %338, float %266, i64 2, !dbg !26
  %340 = insertelement <16 x float> %339, float %267, i64 3, !dbg !26
  %341 = insertelement <16 x float> %340, float %268, i64 4, !dbg !26
  %342 = insertelement <16 x float> %341, float %269, i64 5, !dbg !26
  %343 = insertelement <16 x float> %342, float %270, i64 6, !dbg !26
  %344 = insertelement <16 x float> %343, float %271, i64 7, !dbg !26
  %345 = insertelement <16 x float> %344, float %272, i64 8, !dbg !26
  %346 = insertelement <16 x float> %345, float %273, i64 9, !dbg !26
  %347 = insertelement <16 x float> %346, float %274, i64 10, !dbg !26
  %348 = insertelement <16 x float> %347, float %275, i64 11, !dbg !26
  %349 = insertelement <16 x float> %348, float %276, i64 12, !dbg !26
  %350 = insertelement <16 x float> %349, float %277, i64 13, !dbg !26
  %351 = insertelement <16 x float> %350, float %278, i64 14, !dbg !26
  %352 = insertelement <16 x float> %351, float %279, i64 15, !dbg !26
  %353 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %328, <4 x i32> %326, <16 x float> %352, i32 1, i32 4, i32 0, i32 %336, i32 0, i32 %333), !dbg !26
  %354 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32> %330, <4 x i32> %324, <16 x float> %353, i32 1, i32 4, i32 1, i32 %336, i32 1, i32 %333), !dbg !26
  %355 = extractelement <16 x float> %354, i64 0, !dbg !26
  %356 = extractelement <16 x float> %354, i64 1, !dbg !26
  %357 = extractelement <16 x float> %354, i64 2, !dbg !26
  %358 = extractelement <16 x float> %354, i64 3, !dbg !26
  %359 = extractelement <16 x float> %354, i64 4, !dbg !26
  %360 = extractelement <16 x float> %354, i64 5, !dbg !26
  %361 = extractelement <16 x float> %354, i64 6, !dbg !26
  %362 = extractelement <16 x float> %354, i64 7, !dbg !26
  %363 = extractelement <16 x float> %354, i64 8, !dbg !26
  %364 = extractelement <16 x float> %354, i64 9, !dbg !26
  %365 = extractelement <16 x float> %354, i64 10, !dbg !26
  %366 = extractelement <16 x float> %354, i64 11, !dbg !26
  %367 = extractelement <16 x float> %354, i64 12, !dbg !26
  %368 = extractelement <16 x float> %354, i64 13, !dbg !26
  %369 = extractelement <16 x float> %354, i64 14, !dbg !26
  %370 = extractelement <16 x float> %354, i64 15, !dbg !26
  br label %._crit_edge._crit_edge, !dbg !26

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %282
  %371 = phi float [ %370, %282 ], [ %279, %._crit_edge ], !dbg !18
  %372 = phi float [ %369, %282 ], [ %278, %._crit_edge ], !dbg !18
  %373 = phi float [ %368, %282 ], [ %277, %._crit_edge ], !dbg !18
  %374 = phi float [ %367, %282 ], [ %276, %._crit_edge ], !dbg !18
  %375 = phi float [ %366, %282 ], [ %275, %._crit_edge ], !dbg !18
  %376 = phi float [ %365, %282 ], [ %274, %._crit_edge ], !dbg !18
  %377 = phi float [ %364, %282 ], [ %273, %._crit_edge ], !dbg !18
  %378 = phi float [ %363, %282 ], [ %272, %._crit_edge ], !dbg !18
  %379 = phi float [ %362, %282 ], [ %271, %._crit_edge ], !dbg !18
  %380 = phi float [ %361, %282 ], [ %270, %._crit_edge ], !dbg !18
  %381 = phi float [ %360, %282 ], [ %269, %._crit_edge ], !dbg !18
  %382 = phi float [ %359, %282 ], [ %268, %._crit_edge ], !dbg !18
  %383 = phi float [ %358, %282 ], [ %267, %._crit_edge ], !dbg !18
  %384 = phi float [ %357, %282 ], [ %266, %._crit_edge ], !dbg !18
  %385 = phi float [ %356, %282 ], [ %265, %._crit_edge ], !dbg !18
  %386 = phi float [ %355, %282 ], [ %264, %._crit_edge ], !dbg !18
  %387 = lshr exact i32 %19, 3, !dbg !10
  %388 = lshr exact i32 %20, 1, !dbg !10
  %389 = or disjoint i32 %387, %388, !dbg !10
  %390 = lshr exact i32 %.pre-phi11, 2, !dbg !33
  %391 = or disjoint i32 %390, %75, !dbg !33
  %392 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !34
  %393 = load i32, ptr addrspace(4) %392, align 4, !dbg !34, !tbaa !35
  %394 = shl i32 %393, 6, !dbg !39
  %395 = mul i32 %394, %391, !dbg !40
  %396 = or disjoint i32 %389, %21, !dbg !40
  %397 = add i32 %396, %395, !dbg !40
  %398 = or disjoint i32 %396, 8, !dbg !40
  %399 = add i32 %398, %395, !dbg !40
  %400 = or disjoint i32 %396, 16, !dbg !40
  %401 = add i32 %400, %395, !dbg !40
  %402 = or disjoint i32 %396, 24, !dbg !40
  %403 = add i32 %402, %395, !dbg !40
  %404 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !41
  %405 = insertelement <4 x float> poison, float %386, i64 0, !dbg !41
  %406 = insertelement <4 x float> %405, float %385, i64 1, !dbg !41
  %407 = insertelement <4 x float> %406, float %384, i64 2, !dbg !41
  %408 = insertelement <4 x float> %407, float %383, i64 3, !dbg !41
  %409 = shl i32 %397, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %408, ptr addrspace(8) %404, i32 %409, i32 0, i32 0), !dbg !41
  %410 = insertelement <4 x float> poison, float %382, i64 0, !dbg !41
  %411 = insertelement <4 x float> %410, float %381, i64 1, !dbg !41
  %412 = insertelement <4 x float> %411, float %380, i64 2, !dbg !41
  %413 = insertelement <4 x float> %412, float %379, i64 3, !dbg !41
  %414 = shl i32 %399, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %413, ptr addrspace(8) %404, i32 %414, i32 0, i32 0), !dbg !41
  %415 = insertelement <4 x float> poison, float %378, i64 0, !dbg !41
  %416 = insertelement <4 x float> %415, float %377, i64 1, !dbg !41
  %417 = insertelement <4 x float> %416, float %376, i64 2, !dbg !41
  %418 = insertelement <4 x float> %417, float %375, i64 3, !dbg !41
  %419 = shl i32 %401, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %418, ptr addrspace(8) %404, i32 %419, i32 0, i32 0), !dbg !41
  %420 = insertelement <4 x float> poison, float %374, i64 0, !dbg !41
  %421 = insertelement <4 x float> %420, float %373, i64 1, !dbg !41
  %422 = insertelement <4 x float> %421, float %372, i64 2, !dbg !41
  %423 = insertelement <4 x float> %422, float %371, i64 3, !dbg !41
  %424 = shl i32 %403, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %423, ptr addrspace(8) %404, i32 %424, i32 0, i32 0), !dbg !41
  ret void, !dbg !42
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32(<8 x i32>, <4 x i32>, <16 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float>, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef align 4 ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr() #1

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #5 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 0}
!6 = distinct !DISubprogram(name: "dot_scaled_kernel", linkageName: "dot_scaled_kernel", scope: !1, file: !1, line: 38, type: !7, scopeLine: 38, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!7 = !DISubroutineType(cc: DW_CC_normal, types: !8)
!8 = !{}
!9 = !DILocation(line: 45, column: 26, scope: !6)
!10 = !DILocation(line: 46, column: 22, scope: !6)
!11 = !DILocation(line: 47, column: 17, scope: !6)
!12 = !DILocation(line: 51, column: 40, scope: !6)
!13 = !DILocation(line: 52, column: 37, scope: !6)
!14 = !DILocation(line: 53, column: 48, scope: !6)
!15 = !DILocation(line: 54, column: 28, scope: !6)
!16 = !DILocation(line: 55, column: 50, scope: !6)
!17 = !DILocation(line: 55, column: 30, scope: !6)
!18 = !DILocation(line: 49, column: 26, scope: !6)
!19 = !DILocation(line: 53, column: 57, scope: !6)
!20 = !DILocation(line: 53, column: 20, scope: !6)
!21 = !DILocation(line: 54, column: 57, scope: !6)
!22 = !DILocation(line: 54, column: 20, scope: !6)
!23 = !DILocation(line: 55, column: 56, scope: !6)
!24 = !DILocation(line: 55, column: 21, scope: !6)
!25 = !DILocation(line: 59, column: 25, scope: !6)
!26 = !DILocation(line: 60, column: 70, scope: !6)
!27 = !DILocation(line: 59, column: 60, scope: !6)
!28 = !DILocation(line: 50, column: 19, scope: !6)
!29 = !DILocation(line: 52, column: 19, scope: !6)
!30 = distinct !{!30, !31}
!31 = !{!"llvm.loop.peeled.count", i32 1}
!32 = !DILocation(line: 48, column: 19, scope: !6)
!33 = !DILocation(line: 61, column: 24, scope: !6)
!34 = !DILocation(line: 61, column: 57, scope: !6)
!35 = !{!36, !36, i64 0}
!36 = !{!"int", !37, i64 0}
!37 = !{!"omnipotent char", !38, i64 0}
!38 = !{!"Simple C/C++ TBAA"}
!39 = !DILocation(line: 61, column: 41, scope: !6)
!40 = !DILocation(line: 61, column: 63, scope: !6)
!41 = !DILocation(line: 62, column: 13, scope: !6)
!42 = !DILocation(line: 61, column: 4, scope: !6)
