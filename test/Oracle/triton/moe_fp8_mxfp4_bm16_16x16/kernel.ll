; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @moe_gemm_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg readonly captures(none) %3, ptr addrspace(1) inreg writeonly captures(none) %4, ptr addrspace(1) inreg readonly captures(none) %5, ptr addrspace(1) inreg readonly captures(none) %6, i32 inreg %7, i32 inreg %8, i32 inreg %9, ptr addrspace(1) inreg readnone captures(none) %10, ptr addrspace(1) inreg readnone captures(none) %11) local_unnamed_addr #0 !dbg !4 {
  %13 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %14 = tail call i32 @llvm.amdgcn.workgroup.id.y(), !dbg !8
  %15 = sext i32 %13 to i64, !dbg !9
  %16 = getelementptr i32, ptr addrspace(1) %6, i64 %15, !dbg !9
  %17 = load <1 x i32>, ptr addrspace(1) %16, align 4, !dbg !9
  %18 = extractelement <1 x i32> %17, i64 0, !dbg !9
  %19 = shl i32 %13, 4, !dbg !10
  %20 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !11
  %21 = and i32 %20, 255, !dbg !11
  %22 = and i32 %20, 240, !dbg !11
  %23 = lshr exact i32 %22, 4, !dbg !11
  %24 = and i32 %20, 15, !dbg !11
  %25 = or disjoint i32 %23, %19, !dbg !12
  %26 = or disjoint i32 %19, %24, !dbg !12
  %27 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %5, i16 0, i64 2147483646, i32 159744), !dbg !13
  %28 = shl i32 %25, 2, !dbg !13
  %29 = tail call i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) %27, i32 %28, i32 0, i32 0), !dbg !13
  %30 = shl i32 %26, 2, !dbg !13
  %31 = tail call i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) %27, i32 %30, i32 0, i32 0), !dbg !13
  %32 = icmp slt i32 %29, %7, !dbg !14
  %33 = icmp slt i32 %31, %7, !dbg !14
  %34 = select i1 %32, i32 %29, i32 0, !dbg !15
  %35 = select i1 %33, i32 %31, i32 0, !dbg !15
  %36 = shl i32 %14, 6, !dbg !16
  %37 = and i32 %20, 192, !dbg !17
  %38 = lshr exact i32 %37, 2, !dbg !17
  %39 = or disjoint i32 %38, %24, !dbg !17
  %40 = lshr i32 %20, 3, !dbg !17
  %41 = and i32 %40, 31, !dbg !17
  %42 = or disjoint i32 %41, 32, !dbg !17
  %43 = mul i32 %18, %8, !dbg !18
  %44 = sdiv i32 %9, 2, !dbg !19
  %45 = sdiv i32 %9, 32, !dbg !20
  %46 = shl nuw nsw i32 %24, 4, !dbg !21
  %47 = and i32 %20, 48, !dbg !22
  %48 = or disjoint i32 %47, 8, !dbg !22
  %49 = or disjoint i32 %47, 64, !dbg !22
  %50 = or disjoint i32 %47, 72, !dbg !22
  %51 = lshr exact i32 %47, 4, !dbg !23
  %52 = or disjoint i32 %51, 4, !dbg !23
  %53 = and i32 %20, 7, !dbg !23
  %54 = icmp sgt i32 %9, 0, !dbg !24
  %55 = mul i32 %34, %9, !dbg !25
  %56 = add i32 %55, %46, !dbg !25
  %57 = and i1 %54, %32, !dbg !24
  %58 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !26
  %59 = select i1 %57, i32 %56, i32 -2147483648, !dbg !26
  %60 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %58, i32 %59, i32 0, i32 0), !dbg !26
  %61 = mul i32 %44, %39, !dbg !27
  %62 = add i32 %43, %36, !dbg !27
  %63 = mul i32 %62, %44, !dbg !27
  %64 = add i32 %61, %47, !dbg !27
  %65 = add i32 %61, %48, !dbg !27
  %66 = add i32 %61, %49, !dbg !27
  %67 = add i32 %61, %50, !dbg !27
  %68 = add i32 %63, %64, !dbg !27
  %69 = add i32 %63, %65, !dbg !27
  %70 = add i32 %63, %66, !dbg !27
  %71 = add i32 %63, %67, !dbg !27
  %72 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !28
  %73 = select i1 %54, i32 %68, i32 -2147483648, !dbg !28
  %74 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %73, i32 0, i32 0), !dbg !28
  %75 = bitcast <2 x i32> %74 to <8 x i8>, !dbg !28
  %76 = select i1 %54, i32 %69, i32 -2147483648, !dbg !28
  %77 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %76, i32 0, i32 0), !dbg !28
  %78 = bitcast <2 x i32> %77 to <8 x i8>, !dbg !28
  %79 = select i1 %54, i32 %70, i32 -2147483648, !dbg !28
  %80 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %79, i32 0, i32 0), !dbg !28
  %81 = bitcast <2 x i32> %80 to <8 x i8>, !dbg !28
  %82 = select i1 %54, i32 %71, i32 -2147483648, !dbg !28
  %83 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %82, i32 0, i32 0), !dbg !28
  %84 = bitcast <2 x i32> %83 to <8 x i8>, !dbg !28
  %85 = mul nsw i32 %45, %41, !dbg !29
  %86 = mul i32 %45, %42, !dbg !29
  %87 = mul i32 %62, %45, !dbg !29
  %88 = add nsw i32 %85, %53, !dbg !29
  %89 = add i32 %86, %53, !dbg !29
  %90 = add i32 %87, %88, !dbg !29
  %91 = add i32 %87, %89, !dbg !29
  %92 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !30
  %93 = select i1 %54, i32 %90, i32 -2147483648, !dbg !30
  %94 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %92, i32 %93, i32 0, i32 0), !dbg !30
  %95 = select i1 %54, i32 %91, i32 -2147483648, !dbg !30
  %96 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %92, i32 %95, i32 0, i32 0), !dbg !30
  %97 = mul i32 %35, %45, !dbg !31
  %98 = add i32 %97, %51, !dbg !31
  %99 = add i32 %97, %52, !dbg !31
  %100 = and i1 %54, %33, !dbg !24
  %101 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !32
  %102 = select i1 %100, i32 %98, i32 -2147483648, !dbg !32
  %103 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %101, i32 %102, i32 0, i32 0), !dbg !32
  %104 = select i1 %100, i8 %103, i8 127, !dbg !32
  %105 = select i1 %100, i32 %99, i32 -2147483648, !dbg !32
  %106 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %101, i32 %105, i32 0, i32 0), !dbg !32
  %107 = select i1 %100, i8 %106, i8 127, !dbg !32
  %108 = shl nuw nsw i32 %21, 4, !dbg !26
  %109 = xor i32 %108, %22, !dbg !26
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %109, !dbg !26
  store <4 x i32> %60, ptr addrspace(3) %110, align 16, !dbg !26
  %111 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %21, !dbg !30
  %112 = insertelement <1 x i8> poison, i8 %94, i64 0, !dbg !30
  store <1 x i8> %112, ptr addrspace(3) %111, align 1, !dbg !30
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) %111, i32 256, !dbg !30
  %114 = insertelement <1 x i8> poison, i8 %96, i64 0, !dbg !30
  store <1 x i8> %114, ptr addrspace(3) %113, align 1, !dbg !30
  %115 = add i32 %9, -256, !dbg !24
  %116 = icmp sgt i32 %115, 0, !dbg !24
  %117 = shufflevector <8 x i8> %81, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %118 = shufflevector <8 x i8> %81, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %119 = shufflevector <8 x i8> %84, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %120 = shufflevector <8 x i8> %84, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %121 = shufflevector <8 x i8> %75, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %122 = shufflevector <8 x i8> %75, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %123 = shufflevector <8 x i8> %78, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %124 = shufflevector <8 x i8> %78, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  br i1 %116, label %.lr.ph, label %._crit_edge, !dbg !24

.lr.ph:                                           ; preds = %12
  %125 = shl nuw nsw i32 %24, 8
  %126 = xor i32 %46, %47
  %127 = or disjoint i32 %126, %125
  %128 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %127
  %129 = xor i32 %127, 64
  %130 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %129
  %131 = xor i32 %127, 128
  %132 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %131
  %133 = xor i32 %127, 192
  %134 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %133
  %135 = shl nuw nsw i32 %24, 3
  %136 = shl nuw nsw i32 %37, 1
  %137 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %136
  %138 = getelementptr inbounds nuw i8, ptr addrspace(3) %137, i32 %135
  %139 = getelementptr inbounds nuw i8, ptr addrspace(3) %138, i32 %51
  %140 = getelementptr inbounds nuw i8, ptr addrspace(3) %139, i32 4
  br label %141, !dbg !24

141:                                              ; preds = %.lr.ph, %141
  %.pn65102 = phi i8 [ %107, %.lr.ph ], [ %192, %141 ]
  %.pn67101 = phi i8 [ %104, %.lr.ph ], [ %189, %141 ]
  %142 = phi float [ 0.000000e+00, %.lr.ph ], [ %222, %141 ]
  %143 = phi float [ 0.000000e+00, %.lr.ph ], [ %223, %141 ]
  %144 = phi float [ 0.000000e+00, %.lr.ph ], [ %224, %141 ]
  %145 = phi float [ 0.000000e+00, %.lr.ph ], [ %225, %141 ]
  %146 = phi i32 [ 0, %.lr.ph ], [ %155, %141 ]
  %147 = phi <4 x i8> [ %121, %.lr.ph ], [ %233, %141 ]
  %148 = phi <4 x i8> [ %122, %.lr.ph ], [ %234, %141 ]
  %149 = phi <4 x i8> [ %123, %.lr.ph ], [ %235, %141 ]
  %150 = phi <4 x i8> [ %124, %.lr.ph ], [ %236, %141 ]
  %151 = phi <4 x i8> [ %117, %.lr.ph ], [ %229, %141 ]
  %152 = phi <4 x i8> [ %118, %.lr.ph ], [ %230, %141 ]
  %153 = phi <4 x i8> [ %119, %.lr.ph ], [ %231, %141 ]
  %154 = phi <4 x i8> [ %120, %.lr.ph ], [ %232, %141 ]
  %155 = add i32 %146, 256, !dbg !24
  %156 = ashr exact i32 %155, 1, !dbg !33
  %157 = ashr exact i32 %155, 5, !dbg !34
  %158 = add i32 %155, %56, !dbg !25
  %159 = select i1 %32, i32 %158, i32 -2147483648, !dbg !26
  %160 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %58, i32 %159, i32 0, i32 0), !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !26
  tail call void @llvm.amdgcn.s.barrier(), !dbg !26
  %161 = load <16 x i8>, ptr addrspace(3) %128, align 16, !dbg !26
  %162 = load <16 x i8>, ptr addrspace(3) %130, align 16, !dbg !26
  %163 = load <16 x i8>, ptr addrspace(3) %132, align 16, !dbg !26
  %164 = load <16 x i8>, ptr addrspace(3) %134, align 16, !dbg !26
  %165 = add i32 %156, %63, !dbg !27
  %166 = add i32 %165, %64, !dbg !27
  %167 = add i32 %165, %65, !dbg !27
  %168 = add i32 %165, %66, !dbg !27
  %169 = add i32 %165, %67, !dbg !27
  %170 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %166, i32 0, i32 0), !dbg !28
  %171 = bitcast <2 x i32> %170 to <8 x i8>, !dbg !28
  %172 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %167, i32 0, i32 0), !dbg !28
  %173 = bitcast <2 x i32> %172 to <8 x i8>, !dbg !28
  %174 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %168, i32 0, i32 0), !dbg !28
  %175 = bitcast <2 x i32> %174 to <8 x i8>, !dbg !28
  %176 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %72, i32 %169, i32 0, i32 0), !dbg !28
  %177 = bitcast <2 x i32> %176 to <8 x i8>, !dbg !28
  %178 = add i32 %157, %87, !dbg !29
  %179 = add i32 %178, %88, !dbg !29
  %180 = add i32 %178, %89, !dbg !29
  %181 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %92, i32 %179, i32 0, i32 0), !dbg !30
  %182 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %92, i32 %180, i32 0, i32 0), !dbg !30
  %183 = load <1 x i8>, ptr addrspace(3) %139, align 1, !dbg !30
  %184 = load <1 x i8>, ptr addrspace(3) %140, align 1, !dbg !30
  %185 = add i32 %157, %98, !dbg !31
  %186 = add i32 %157, %99, !dbg !31
  %187 = select i1 %33, i32 %185, i32 -2147483648, !dbg !32
  %188 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %101, i32 %187, i32 0, i32 0), !dbg !32
  %189 = select i1 %33, i8 %188, i8 127, !dbg !32
  %190 = select i1 %33, i32 %186, i32 -2147483648, !dbg !32
  %191 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %101, i32 %190, i32 0, i32 0), !dbg !32
  %192 = select i1 %33, i8 %191, i8 127, !dbg !32
  %193 = shufflevector <16 x i8> %161, <16 x i8> %162, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !35
  %194 = bitcast <32 x i8> %193 to <8 x i32>, !dbg !35
  %195 = shufflevector <16 x i8> %163, <16 x i8> %164, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !35
  %196 = bitcast <32 x i8> %195 to <8 x i32>, !dbg !35
  %197 = shufflevector <4 x i8> %147, <4 x i8> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %198 = shufflevector <4 x i8> %149, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %199 = shufflevector <16 x i8> %197, <16 x i8> %198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %200 = shufflevector <4 x i8> %150, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %201 = shufflevector <16 x i8> %199, <16 x i8> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19>, !dbg !35
  %202 = bitcast <16 x i8> %201 to <4 x i32>, !dbg !35
  %203 = shufflevector <4 x i8> %151, <4 x i8> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %204 = shufflevector <4 x i8> %153, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %205 = shufflevector <16 x i8> %203, <16 x i8> %204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %206 = shufflevector <4 x i8> %154, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %207 = shufflevector <16 x i8> %205, <16 x i8> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19>, !dbg !35
  %208 = bitcast <16 x i8> %207 to <4 x i32>, !dbg !35
  %209 = insertelement <2 x i8> poison, i8 %.pn67101, i64 0, !dbg !35
  %210 = insertelement <2 x i8> %209, i8 %.pn65102, i64 1, !dbg !35
  %211 = bitcast <2 x i8> %210 to i16, !dbg !35
  %212 = zext i16 %211 to i32, !dbg !35
  %213 = shufflevector <1 x i8> %183, <1 x i8> %184, <2 x i32> <i32 0, i32 1>, !dbg !35
  %214 = bitcast <2 x i8> %213 to i16, !dbg !35
  %215 = zext i16 %214 to i32, !dbg !35
  %216 = insertelement <4 x float> poison, float %142, i64 0, !dbg !35
  %217 = insertelement <4 x float> %216, float %143, i64 1, !dbg !35
  %218 = insertelement <4 x float> %217, float %144, i64 2, !dbg !35
  %219 = insertelement <4 x float> %218, float %145, i64 3, !dbg !35
  %220 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32(<4 x i32> %202, <8 x i32> %194, <4 x float> %219, i32 4, i32 0, i32 0, i32 %215, i32 0, i32 %212), !dbg !35
  %221 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32(<4 x i32> %208, <8 x i32> %196, <4 x float> %220, i32 4, i32 0, i32 1, i32 %215, i32 1, i32 %212), !dbg !35
  %222 = extractelement <4 x float> %221, i64 0, !dbg !35
  %223 = extractelement <4 x float> %221, i64 1, !dbg !35
  %224 = extractelement <4 x float> %221, i64 2, !dbg !35
  %225 = extractelement <4 x float> %221, i64 3, !dbg !35
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !26
  tail call void @llvm.amdgcn.s.barrier(), !dbg !26
  store <4 x i32> %160, ptr addrspace(3) %110, align 16, !dbg !26
  %226 = insertelement <1 x i8> poison, i8 %181, i64 0, !dbg !30
  store <1 x i8> %226, ptr addrspace(3) %111, align 1, !dbg !30
  %227 = insertelement <1 x i8> poison, i8 %182, i64 0, !dbg !30
  store <1 x i8> %227, ptr addrspace(3) %113, align 1, !dbg !30
  %228 = icmp slt i32 %155, %115, !dbg !24
  %229 = shufflevector <8 x i8> %175, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %230 = shufflevector <8 x i8> %175, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %231 = shufflevector <8 x i8> %177, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %232 = shufflevector <8 x i8> %177, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %233 = shufflevector <8 x i8> %171, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %234 = shufflevector <8 x i8> %171, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %235 = shufflevector <8 x i8> %173, <8 x i8> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %236 = shufflevector <8 x i8> %173, <8 x i8> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  br i1 %228, label %141, label %._crit_edge, !dbg !24

._crit_edge:                                      ; preds = %141, %12
  %237 = phi float [ 0.000000e+00, %12 ], [ %222, %141 ], !dbg !36
  %238 = phi float [ 0.000000e+00, %12 ], [ %223, %141 ], !dbg !36
  %239 = phi float [ 0.000000e+00, %12 ], [ %224, %141 ], !dbg !36
  %240 = phi float [ 0.000000e+00, %12 ], [ %225, %141 ], !dbg !36
  %.pn67.lcssa = phi i8 [ %104, %12 ], [ %189, %141 ]
  %.pn65.lcssa = phi i8 [ %107, %12 ], [ %192, %141 ]
  %241 = phi <4 x i8> [ %117, %12 ], [ %229, %141 ]
  %242 = phi <4 x i8> [ %118, %12 ], [ %230, %141 ]
  %243 = phi <4 x i8> [ %119, %12 ], [ %231, %141 ]
  %244 = phi <4 x i8> [ %120, %12 ], [ %232, %141 ]
  %245 = phi <4 x i8> [ %121, %12 ], [ %233, %141 ]
  %246 = phi <4 x i8> [ %122, %12 ], [ %234, %141 ]
  %247 = phi <4 x i8> [ %123, %12 ], [ %235, %141 ]
  %248 = phi <4 x i8> [ %124, %12 ], [ %236, %141 ]
  %249 = add i32 %9, 255, !dbg !24
  %250 = icmp sgt i32 %249, 255, !dbg !24
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !26
  tail call void @llvm.amdgcn.s.barrier(), !dbg !26
  br i1 %250, label %251, label %._crit_edge._crit_edge, !dbg !35

251:                                              ; preds = %._crit_edge
  %252 = shl nuw nsw i32 %37, 1, !dbg !30
  %253 = shl nuw nsw i32 %24, 3, !dbg !30
  %254 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %252, !dbg !30
  %255 = getelementptr inbounds nuw i8, ptr addrspace(3) %254, i32 %253, !dbg !30
  %256 = getelementptr inbounds nuw i8, ptr addrspace(3) %255, i32 %51, !dbg !30
  %257 = getelementptr inbounds nuw i8, ptr addrspace(3) %256, i32 4, !dbg !30
  %258 = load <1 x i8>, ptr addrspace(3) %257, align 1, !dbg !30
  %259 = load <1 x i8>, ptr addrspace(3) %256, align 1, !dbg !30
  %260 = shl nuw nsw i32 %24, 8, !dbg !26
  %261 = xor i32 %46, %47, !dbg !26
  %262 = or disjoint i32 %261, %260, !dbg !26
  %263 = xor i32 %262, 192, !dbg !26
  %264 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %263, !dbg !26
  %265 = load <16 x i8>, ptr addrspace(3) %264, align 16, !dbg !26
  %266 = xor i32 %262, 128, !dbg !26
  %267 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %266, !dbg !26
  %268 = load <16 x i8>, ptr addrspace(3) %267, align 16, !dbg !26
  %269 = xor i32 %262, 64, !dbg !26
  %270 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %269, !dbg !26
  %271 = load <16 x i8>, ptr addrspace(3) %270, align 16, !dbg !26
  %272 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %262, !dbg !26
  %273 = load <16 x i8>, ptr addrspace(3) %272, align 16, !dbg !26
  %274 = shufflevector <16 x i8> %273, <16 x i8> %271, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !35
  %275 = bitcast <32 x i8> %274 to <8 x i32>, !dbg !35
  %276 = shufflevector <16 x i8> %268, <16 x i8> %265, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !35
  %277 = bitcast <32 x i8> %276 to <8 x i32>, !dbg !35
  %278 = shufflevector <4 x i8> %245, <4 x i8> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %279 = shufflevector <4 x i8> %247, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %280 = shufflevector <16 x i8> %278, <16 x i8> %279, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %281 = shufflevector <4 x i8> %248, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %282 = shufflevector <16 x i8> %280, <16 x i8> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19>, !dbg !35
  %283 = bitcast <16 x i8> %282 to <4 x i32>, !dbg !35
  %284 = shufflevector <4 x i8> %241, <4 x i8> %242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %285 = shufflevector <4 x i8> %243, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %286 = shufflevector <16 x i8> %284, <16 x i8> %285, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %287 = shufflevector <4 x i8> %244, <4 x i8> poison, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !35
  %288 = shufflevector <16 x i8> %286, <16 x i8> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19>, !dbg !35
  %289 = bitcast <16 x i8> %288 to <4 x i32>, !dbg !35
  %290 = insertelement <2 x i8> poison, i8 %.pn67.lcssa, i64 0, !dbg !35
  %291 = insertelement <2 x i8> %290, i8 %.pn65.lcssa, i64 1, !dbg !35
  %292 = bitcast <2 x i8> %291 to i16, !dbg !35
  %293 = zext i16 %292 to i32, !dbg !35
  %294 = shufflevector <1 x i8> %259, <1 x i8> %258, <2 x i32> <i32 0, i32 1>, !dbg !35
  %295 = bitcast <2 x i8> %294 to i16, !dbg !35
  %296 = zext i16 %295 to i32, !dbg !35
  %297 = insertelement <4 x float> poison, float %237, i64 0, !dbg !35
  %298 = insertelement <4 x float> %297, float %238, i64 1, !dbg !35
  %299 = insertelement <4 x float> %298, float %239, i64 2, !dbg !35
  %300 = insertelement <4 x float> %299, float %240, i64 3, !dbg !35
  %301 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32(<4 x i32> %283, <8 x i32> %275, <4 x float> %300, i32 4, i32 0, i32 0, i32 %296, i32 0, i32 %293), !dbg !35
  %302 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32(<4 x i32> %289, <8 x i32> %277, <4 x float> %301, i32 4, i32 0, i32 1, i32 %296, i32 1, i32 %293), !dbg !35
  %303 = extractelement <4 x float> %302, i64 0, !dbg !35
  %304 = extractelement <4 x float> %302, i64 1, !dbg !35
  %305 = extractelement <4 x float> %302, i64 2, !dbg !35
  %306 = extractelement <4 x float> %302, i64 3, !dbg !35
  br label %._crit_edge._crit_edge, !dbg !35

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %251
  %307 = phi float [ %306, %251 ], [ %240, %._crit_edge ], !dbg !24
  %308 = phi float [ %305, %251 ], [ %239, %._crit_edge ], !dbg !24
  %309 = phi float [ %304, %251 ], [ %238, %._crit_edge ], !dbg !24
  %310 = phi float [ %303, %251 ], [ %237, %._crit_edge ], !dbg !24
  %311 = lshr exact i32 %22, 2, !dbg !17
  %reass.mul = mul i32 %8, %26, !dbg !37
  %312 = or disjoint i32 %311, %36, !dbg !37
  %313 = add i32 %312, %reass.mul, !dbg !37
  %314 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !38
  %315 = insertelement <4 x float> poison, float %310, i64 0, !dbg !38
  %316 = insertelement <4 x float> %315, float %309, i64 1, !dbg !38
  %317 = insertelement <4 x float> %316, float %308, i64 2, !dbg !38
  %318 = insertelement <4 x float> %317, float %307, i64 3, !dbg !38
  %319 = shl i32 %313, 2, !dbg !38
  %320 = select i1 %33, i32 %319, i32 -2147483648, !dbg !38
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %318, ptr addrspace(8) %314, i32 %320, i32 0, i32 0), !dbg !38
  ret void, !dbg !39
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
declare i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32(<4 x i32>, <8 x i32>, <4 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float>, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #6

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #5 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "moe_gemm_kernel", linkageName: "moe_gemm_kernel", scope: !1, file: !1, line: 112, type: !5, scopeLine: 112, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 120, column: 26, scope: !4)
!8 = !DILocation(line: 121, column: 26, scope: !4)
!9 = !DILocation(line: 122, column: 16, scope: !4)
!10 = !DILocation(line: 123, column: 19, scope: !4)
!11 = !DILocation(line: 123, column: 37, scope: !4)
!12 = !DILocation(line: 124, column: 35, scope: !4)
!13 = !DILocation(line: 124, column: 18, scope: !4)
!14 = !DILocation(line: 125, column: 18, scope: !4)
!15 = !DILocation(line: 126, column: 31, scope: !4)
!16 = !DILocation(line: 127, column: 17, scope: !4)
!17 = !DILocation(line: 127, column: 35, scope: !4)
!18 = !DILocation(line: 129, column: 38, scope: !4)
!19 = !DILocation(line: 129, column: 48, scope: !4)
!20 = !DILocation(line: 130, column: 49, scope: !4)
!21 = !DILocation(line: 132, column: 31, scope: !4)
!22 = !DILocation(line: 133, column: 36, scope: !4)
!23 = !DILocation(line: 134, column: 37, scope: !4)
!24 = !DILocation(line: 131, column: 26, scope: !4)
!25 = !DILocation(line: 135, column: 47, scope: !4)
!26 = !DILocation(line: 135, column: 20, scope: !4)
!27 = !DILocation(line: 137, column: 54, scope: !4)
!28 = !DILocation(line: 137, column: 20, scope: !4)
!29 = !DILocation(line: 138, column: 56, scope: !4)
!30 = !DILocation(line: 138, column: 21, scope: !4)
!31 = !DILocation(line: 142, column: 61, scope: !4)
!32 = !DILocation(line: 142, column: 25, scope: !4)
!33 = !DILocation(line: 133, column: 19, scope: !4)
!34 = !DILocation(line: 134, column: 19, scope: !4)
!35 = !DILocation(line: 144, column: 71, scope: !4)
!36 = !DILocation(line: 128, column: 19, scope: !4)
!37 = !DILocation(line: 145, column: 41, scope: !4)
!38 = !DILocation(line: 145, column: 54, scope: !4)
!39 = !DILocation(line: 145, column: 4, scope: !4)
