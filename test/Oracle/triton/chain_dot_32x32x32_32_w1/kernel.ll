; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @chain_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !7
  %10 = icmp sgt i32 %5, 0, !dbg !8
  br i1 %10, label %.preheader.lr.ph, label %._crit_edge12, !dbg !8

.preheader.lr.ph:                                 ; preds = %8
  %11 = lshr i32 %9, 2, !dbg !7
  %12 = and i32 %11, 15, !dbg !7
  %13 = or disjoint i32 %12, 16, !dbg !7
  %14 = shl nuw nsw i32 %9, 3, !dbg !7
  %15 = and i32 %14, 24, !dbg !7
  %16 = icmp sgt i32 %4, 0
  %17 = mul i32 %4, %12
  %18 = mul i32 %4, %13
  %19 = add i32 %17, %15
  %20 = add i32 %18, %15
  %21 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744)
  %22 = mul i32 %5, %12
  %23 = mul i32 %5, %13
  %invariant.op = add i32 %15, %22
  %invariant.op10 = add i32 %15, %23
  %24 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744)
  %25 = and i32 %9, 2
  %26 = icmp eq i32 %25, 0
  %27 = shl nuw nsw i32 %9, 4
  %28 = and i32 %27, 240
  %29 = and i32 %9, 16
  %30 = icmp eq i32 %29, 0
  %31 = lshr exact i32 %29, 1
  %32 = and i32 %9, 32
  %.not = icmp eq i32 %32, 0
  %.lobit = lshr exact i32 %32, 3
  %33 = or disjoint i32 %28, %31
  %34 = or disjoint i32 %33, %.lobit
  %35 = xor i32 %34, 8
  %36 = shl nuw nsw i32 %9, 4
  %37 = and i32 %36, 1008
  %38 = and i32 %9, 48
  %39 = xor i32 %37, %38
  %40 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %39
  %41 = getelementptr inbounds nuw i8, ptr addrspace(3) %40, i32 1024
  %42 = and i32 %27, 192
  %43 = shl nuw nsw i32 %29, 1
  %44 = select i1 %.not, i32 0, i32 544
  %45 = xor i32 %44, %43
  %46 = or disjoint i32 %42, %45
  %47 = or disjoint i32 %46, %15
  %48 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %47
  %49 = getelementptr inbounds nuw i8, ptr addrspace(3) %48, i32 1024
  %50 = xor i32 %47, 272
  %51 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %50
  %52 = getelementptr inbounds nuw i8, ptr addrspace(3) %51, i32 1024
  %53 = shl nuw nsw i32 %12, 5
  %54 = shl nuw nsw i32 %13, 5
  %55 = or disjoint i32 %53, %15
  %56 = or disjoint i32 %54, %15
  %57 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744)
  %58 = shl nuw nsw i32 %9, 1
  %59 = and i32 %58, 32
  %60 = xor i32 %44, %59
  %61 = or disjoint i32 %42, %60
  %62 = or disjoint i32 %61, %15
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %62
  %64 = getelementptr inbounds nuw i8, ptr addrspace(3) %63, i32 1024
  %65 = xor i32 %62, 272
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %65
  %67 = getelementptr inbounds nuw i8, ptr addrspace(3) %66, i32 1024
  br label %.preheader, !dbg !8

.preheader:                                       ; preds = %.preheader.lr.ph, %._crit_edge
  %68 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %307, %._crit_edge ]
  %69 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %308, %._crit_edge ]
  %70 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %309, %._crit_edge ]
  %71 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %310, %._crit_edge ]
  %72 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %311, %._crit_edge ]
  %73 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %312, %._crit_edge ]
  %74 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %313, %._crit_edge ]
  %75 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %314, %._crit_edge ]
  %76 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %315, %._crit_edge ]
  %77 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %316, %._crit_edge ]
  %78 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %317, %._crit_edge ]
  %79 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %318, %._crit_edge ]
  %80 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %319, %._crit_edge ]
  %81 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %320, %._crit_edge ]
  %82 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %321, %._crit_edge ]
  %83 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %322, %._crit_edge ]
  %84 = phi i32 [ 0, %.preheader.lr.ph ], [ %323, %._crit_edge ]
  br i1 %16, label %.lr.ph, label %._crit_edge, !dbg !9

.lr.ph:                                           ; preds = %.preheader, %.lr.ph
  %85 = phi float [ %180, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %86 = phi float [ %181, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %87 = phi float [ %182, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %88 = phi float [ %183, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %89 = phi float [ %184, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %90 = phi float [ %185, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %91 = phi float [ %186, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %92 = phi float [ %187, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %93 = phi float [ %188, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %94 = phi float [ %189, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %95 = phi float [ %190, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %96 = phi float [ %191, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %97 = phi float [ %192, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %98 = phi float [ %193, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %99 = phi float [ %194, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %100 = phi float [ %195, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %101 = phi i32 [ %196, %.lr.ph ], [ 0, %.preheader ]
  %102 = add i32 %19, %101, !dbg !10
  %103 = add i32 %20, %101, !dbg !10
  %104 = shl i32 %102, 1, !dbg !11
  %105 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %21, i32 %104, i32 0, i32 0), !dbg !11
  %106 = shl i32 %103, 1, !dbg !11
  %107 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %21, i32 %106, i32 0, i32 0), !dbg !11
  %108 = mul i32 %101, %5, !dbg !12
  %109 = add i32 %108, %84, !dbg !13
  %.reass = add i32 %109, %invariant.op
  %.reass11 = add i32 %109, %invariant.op10
  %110 = shl i32 %.reass, 1, !dbg !14
  %111 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %24, i32 %110, i32 0, i32 0), !dbg !14
  %112 = shl i32 %.reass11, 1, !dbg !14
  %113 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %24, i32 %112, i32 0, i32 0), !dbg !14
  %.extract = extractelement <4 x i32> %105, i64 0, !dbg !11
  %.extract2 = extractelement <4 x i32> %105, i64 1, !dbg !11
  %.extract3 = extractelement <4 x i32> %105, i64 2, !dbg !11
  %.extract4 = extractelement <4 x i32> %105, i64 3, !dbg !11
  %.extract5 = extractelement <4 x i32> %107, i64 0, !dbg !11
  %.extract6 = extractelement <4 x i32> %107, i64 1, !dbg !11
  %.extract7 = extractelement <4 x i32> %107, i64 2, !dbg !11
  %.extract8 = extractelement <4 x i32> %107, i64 3, !dbg !11
  %114 = select i1 %26, i32 %.extract, i32 %.extract5, !dbg !11
  %115 = select i1 %26, i32 %.extract5, i32 %.extract, !dbg !11
  %116 = select i1 %26, i32 %.extract2, i32 %.extract6, !dbg !11
  %117 = select i1 %26, i32 %.extract6, i32 %.extract2, !dbg !11
  %118 = select i1 %26, i32 %.extract3, i32 %.extract7, !dbg !11
  %119 = select i1 %26, i32 %.extract7, i32 %.extract3, !dbg !11
  %120 = select i1 %26, i32 %.extract4, i32 %.extract8, !dbg !11
  %121 = select i1 %26, i32 %.extract8, i32 %.extract4, !dbg !11
  %122 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %114), !dbg !11
  %123 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %116), !dbg !11
  %124 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %118), !dbg !11
  %125 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %120), !dbg !11
  %126 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %35, i32 %115), !dbg !11
  %127 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %35, i32 %117), !dbg !11
  %128 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %35, i32 %119), !dbg !11
  %129 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %35, i32 %121), !dbg !11
  %130 = select i1 %30, i32 %122, i32 %126, !dbg !11
  %131 = select i1 %30, i32 %126, i32 %122, !dbg !11
  %132 = select i1 %30, i32 %123, i32 %127, !dbg !11
  %133 = select i1 %30, i32 %127, i32 %123, !dbg !11
  %134 = select i1 %30, i32 %124, i32 %128, !dbg !11
  %135 = select i1 %30, i32 %128, i32 %124, !dbg !11
  %136 = select i1 %30, i32 %125, i32 %129, !dbg !11
  %137 = select i1 %30, i32 %129, i32 %125, !dbg !11
  %138 = bitcast i32 %130 to <2 x bfloat>, !dbg !11
  %139 = bitcast i32 %132 to <2 x bfloat>, !dbg !11
  %140 = bitcast i32 %134 to <2 x bfloat>, !dbg !11
  %141 = shufflevector <2 x bfloat> %140, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %142 = bitcast i32 %136 to <2 x bfloat>, !dbg !11
  %143 = shufflevector <2 x bfloat> %142, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %144 = bitcast i32 %131 to <2 x bfloat>, !dbg !11
  %145 = bitcast i32 %133 to <2 x bfloat>, !dbg !11
  %146 = bitcast i32 %135 to <2 x bfloat>, !dbg !11
  %147 = shufflevector <2 x bfloat> %146, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %148 = bitcast i32 %137 to <2 x bfloat>, !dbg !11
  %149 = shufflevector <2 x bfloat> %148, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !14
  tail call void @llvm.amdgcn.s.barrier(), !dbg !14
  store <4 x i32> %111, ptr addrspace(3) %40, align 16, !dbg !14
  store <4 x i32> %113, ptr addrspace(3) %41, align 16, !dbg !14
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !14
  tail call void @llvm.amdgcn.s.barrier(), !dbg !14
  %150 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %48), !dbg !14
  %151 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %49), !dbg !14
  %152 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %51), !dbg !14
  %153 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %52), !dbg !14
  %154 = shufflevector <2 x bfloat> %138, <2 x bfloat> %139, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !15
  %155 = shufflevector <8 x bfloat> %154, <8 x bfloat> %141, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !15
  %156 = shufflevector <8 x bfloat> %155, <8 x bfloat> %143, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !15
  %157 = shufflevector <2 x bfloat> %144, <2 x bfloat> %145, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !15
  %158 = shufflevector <8 x bfloat> %157, <8 x bfloat> %147, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !15
  %159 = shufflevector <8 x bfloat> %158, <8 x bfloat> %149, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !15
  %160 = shufflevector <4 x bfloat> %150, <4 x bfloat> %152, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !15
  %161 = shufflevector <4 x bfloat> %151, <4 x bfloat> %153, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !15
  %162 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %85, i64 0, !dbg !15
  %163 = insertelement <16 x float> %162, float %86, i64 1, !dbg !15
  %164 = insertelement <16 x float> %163, float %87, i64 2, !dbg !15
  %165 = insertelement <16 x float> %164, float %88, i64 3, !dbg !15
  %166 = insertelement <16 x float> %165, float %89, i64 4, !dbg !15
  %167 = insertelement <16 x float> %166, float %90, i64 5, !dbg !15
  %168 = insertelement <16 x float> %167, float %91, i64 6, !dbg !15
  %169 = insertelement <16 x float> %168, float %92, i64 7, !dbg !15
  %170 = insertelement <16 x float> %169, float %93, i64 8, !dbg !15
  %171 = insertelement <16 x float> %170, float %94, i64 9, !dbg !15
  %172 = insertelement <16 x float> %171, float %95, i64 10, !dbg !15
  %173 = insertelement <16 x float> %172, float %96, i64 11, !dbg !15
  %174 = insertelement <16 x float> %173, float %97, i64 12, !dbg !15
  %175 = insertelement <16 x float> %174, float %98, i64 13, !dbg !15
  %176 = insertelement <16 x float> %175, float %99, i64 14, !dbg !15
  %177 = insertelement <16 x float> %176, float %100, i64 15, !dbg !15
  %178 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %160, <8 x bfloat> %156, <16 x float> %177, i32 0, i32 0, i32 0), !dbg !15
  %179 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %161, <8 x bfloat> %159, <16 x float> %178, i32 0, i32 0, i32 0), !dbg !15
  %180 = extractelement <16 x float> %179, i64 0, !dbg !15
  %181 = extractelement <16 x float> %179, i64 1, !dbg !15
  %182 = extractelement <16 x float> %179, i64 2, !dbg !15
  %183 = extractelement <16 x float> %179, i64 3, !dbg !15
  %184 = extractelement <16 x float> %179, i64 4, !dbg !15
  %185 = extractelement <16 x float> %179, i64 5, !dbg !15
  %186 = extractelement <16 x float> %179, i64 6, !dbg !15
  %187 = extractelement <16 x float> %179, i64 7, !dbg !15
  %188 = extractelement <16 x float> %179, i64 8, !dbg !15
  %189 = extractelement <16 x float> %179, i64 9, !dbg !15
  %190 = extractelement <16 x float> %179, i64 10, !dbg !15
  %191 = extractelement <16 x float> %179, i64 11, !dbg !15
  %192 = extractelement <16 x float> %179, i64 12, !dbg !15
  %193 = extractelement <16 x float> %179, i64 13, !dbg !15
  %194 = extractelement <16 x float> %179, i64 14, !dbg !15
  %195 = extractelement <16 x float> %179, i64 15, !dbg !15
  %196 = add i32 %101, 32, !dbg !9
  %197 = icmp slt i32 %196, %4, !dbg !9
  br i1 %197, label %.lr.ph, label %._crit_edge, !dbg !9

._crit_edge:                                      ; preds = %.lr.ph, %.preheader
  %198 = phi float [ 0.000000e+00, %.preheader ], [ %180, %.lr.ph ]
  %199 = phi float [ 0.000000e+00, %.preheader ], [ %181, %.lr.ph ]
  %200 = phi float [ 0.000000e+00, %.preheader ], [ %182, %.lr.ph ]
  %201 = phi float [ 0.000000e+00, %.preheader ], [ %183, %.lr.ph ]
  %202 = phi float [ 0.000000e+00, %.preheader ], [ %184, %.lr.ph ]
  %203 = phi float [ 0.000000e+00, %.preheader ], [ %185, %.lr.ph ]
  %204 = phi float [ 0.000000e+00, %.preheader ], [ %186, %.lr.ph ]
  %205 = phi float [ 0.000000e+00, %.preheader ], [ %187, %.lr.ph ]
  %206 = phi float [ 0.000000e+00, %.preheader ], [ %188, %.lr.ph ]
  %207 = phi float [ 0.000000e+00, %.preheader ], [ %189, %.lr.ph ]
  %208 = phi float [ 0.000000e+00, %.preheader ], [ %190, %.lr.ph ]
  %209 = phi float [ 0.000000e+00, %.preheader ], [ %191, %.lr.ph ]
  %210 = phi float [ 0.000000e+00, %.preheader ], [ %192, %.lr.ph ]
  %211 = phi float [ 0.000000e+00, %.preheader ], [ %193, %.lr.ph ]
  %212 = phi float [ 0.000000e+00, %.preheader ], [ %194, %.lr.ph ]
  %213 = phi float [ 0.000000e+00, %.preheader ], [ %195, %.lr.ph ]
  %214 = shl i32 %84, 5, !dbg !16
  %215 = or disjoint i32 %214, %55, !dbg !17
  %216 = or disjoint i32 %214, %56, !dbg !17
  %217 = shl i32 %215, 1, !dbg !18
  %218 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %57, i32 %217, i32 0, i32 0), !dbg !18
  %219 = shl i32 %216, 1, !dbg !18
  %220 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %57, i32 %219, i32 0, i32 0), !dbg !18
  %221 = insertelement <2 x float> poison, float %198, i64 0, !dbg !19
  %222 = insertelement <2 x float> %221, float %199, i64 1, !dbg !19
  %223 = fptrunc <2 x float> %222 to <2 x bfloat>, !dbg !19
  %224 = insertelement <2 x float> poison, float %200, i64 0, !dbg !19
  %225 = insertelement <2 x float> %224, float %201, i64 1, !dbg !19
  %226 = fptrunc <2 x float> %225 to <2 x bfloat>, !dbg !19
  %227 = insertelement <2 x float> poison, float %202, i64 0, !dbg !19
  %228 = insertelement <2 x float> %227, float %203, i64 1, !dbg !19
  %229 = fptrunc <2 x float> %228 to <2 x bfloat>, !dbg !19
  %230 = insertelement <2 x float> poison, float %204, i64 0, !dbg !19
  %231 = insertelement <2 x float> %230, float %205, i64 1, !dbg !19
  %232 = fptrunc <2 x float> %231 to <2 x bfloat>, !dbg !19
  %233 = insertelement <2 x float> poison, float %206, i64 0, !dbg !19
  %234 = insertelement <2 x float> %233, float %207, i64 1, !dbg !19
  %235 = fptrunc <2 x float> %234 to <2 x bfloat>, !dbg !19
  %236 = insertelement <2 x float> poison, float %208, i64 0, !dbg !19
  %237 = insertelement <2 x float> %236, float %209, i64 1, !dbg !19
  %238 = fptrunc <2 x float> %237 to <2 x bfloat>, !dbg !19
  %239 = insertelement <2 x float> poison, float %210, i64 0, !dbg !19
  %240 = insertelement <2 x float> %239, float %211, i64 1, !dbg !19
  %241 = fptrunc <2 x float> %240 to <2 x bfloat>, !dbg !19
  %242 = insertelement <2 x float> poison, float %212, i64 0, !dbg !19
  %243 = insertelement <2 x float> %242, float %213, i64 1, !dbg !19
  %244 = fptrunc <2 x float> %243 to <2 x bfloat>, !dbg !19
  %245 = bitcast <2 x bfloat> %223 to i32, !dbg !19
  %246 = bitcast <2 x bfloat> %226 to i32, !dbg !19
  %247 = bitcast <2 x bfloat> %229 to i32, !dbg !19
  %248 = bitcast <2 x bfloat> %232 to i32, !dbg !19
  %249 = bitcast <2 x bfloat> %235 to i32, !dbg !19
  %250 = bitcast <2 x bfloat> %238 to i32, !dbg !19
  %251 = bitcast <2 x bfloat> %241 to i32, !dbg !19
  %252 = bitcast <2 x bfloat> %244 to i32, !dbg !19
  %253 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %245, i32 %247, i1 false, i1 false), !dbg !19
  %254 = extractvalue { i32, i32 } %253, 0, !dbg !19
  %255 = extractvalue { i32, i32 } %253, 1, !dbg !19
  %256 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %246, i32 %248, i1 false, i1 false), !dbg !19
  %257 = extractvalue { i32, i32 } %256, 0, !dbg !19
  %258 = extractvalue { i32, i32 } %256, 1, !dbg !19
  %259 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %249, i32 %251, i1 false, i1 false), !dbg !19
  %260 = extractvalue { i32, i32 } %259, 0, !dbg !19
  %261 = extractvalue { i32, i32 } %259, 1, !dbg !19
  %262 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %250, i32 %252, i1 false, i1 false), !dbg !19
  %263 = extractvalue { i32, i32 } %262, 0, !dbg !19
  %264 = extractvalue { i32, i32 } %262, 1, !dbg !19
  %265 = bitcast i32 %254 to <2 x bfloat>, !dbg !19
  %266 = bitcast i32 %257 to <2 x bfloat>, !dbg !19
  %267 = bitcast i32 %255 to <2 x bfloat>, !dbg !19
  %268 = shufflevector <2 x bfloat> %267, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %269 = bitcast i32 %258 to <2 x bfloat>, !dbg !19
  %270 = shufflevector <2 x bfloat> %269, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %271 = bitcast i32 %260 to <2 x bfloat>, !dbg !19
  %272 = bitcast i32 %263 to <2 x bfloat>, !dbg !19
  %273 = bitcast i32 %261 to <2 x bfloat>, !dbg !19
  %274 = shufflevector <2 x bfloat> %273, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %275 = bitcast i32 %264 to <2 x bfloat>, !dbg !19
  %276 = shufflevector <2 x bfloat> %275, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !18
  tail call void @llvm.amdgcn.s.barrier(), !dbg !18
  store <4 x i32> %218, ptr addrspace(3) %40, align 16, !dbg !18
  store <4 x i32> %220, ptr addrspace(3) %41, align 16, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !18
  tail call void @llvm.amdgcn.s.barrier(), !dbg !18
  %277 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %63), !dbg !18
  %278 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %64), !dbg !18
  %279 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %66), !dbg !18
  %280 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %67), !dbg !18
  %281 = shufflevector <2 x bfloat> %265, <2 x bfloat> %266, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !20
  %282 = shufflevector <8 x bfloat> %281, <8 x bfloat> %268, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !20
  %283 = shufflevector <8 x bfloat> %282, <8 x bfloat> %270, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !20
  %284 = shufflevector <2 x bfloat> %271, <2 x bfloat> %272, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !20
  %285 = shufflevector <8 x bfloat> %284, <8 x bfloat> %274, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !20
  %286 = shufflevector <8 x bfloat> %285, <8 x bfloat> %276, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !20
  %287 = shufflevector <4 x bfloat> %277, <4 x bfloat> %279, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !20
  %288 = shufflevector <4 x bfloat> %278, <4 x bfloat> %280, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !20
  %289 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %68, i64 0, !dbg !20
  %290 = insertelement <16 x float> %289, float %69, i64 1, !dbg !20
  %291 = insertelement <16 x float> %290, float %70, i64 2, !dbg !20
  %292 = insertelement <16 x float> %291, float %71, i64 3, !dbg !20
  %293 = insertelement <16 x float> %292, float %72, i64 4, !dbg !20
  %294 = insertelement <16 x float> %293, float %73, i64 5, !dbg !20
  %295 = insertelement <16 x float> %294, float %74, i64 6, !dbg !20
  %296 = insertelement <16 x float> %295, float %75, i64 7, !dbg !20
  %297 = insertelement <16 x float> %296, float %76, i64 8, !dbg !20
  %298 = insertelement <16 x float> %297, float %77, i64 9, !dbg !20
  %299 = insertelement <16 x float> %298, float %78, i64 10, !dbg !20
  %300 = insertelement <16 x float> %299, float %79, i64 11, !dbg !20
  %301 = insertelement <16 x float> %300, float %80, i64 12, !dbg !20
  %302 = insertelement <16 x float> %301, float %81, i64 13, !dbg !20
  %303 = insertelement <16 x float> %302, float %82, i64 14, !dbg !20
  %304 = insertelement <16 x float> %303, float %83, i64 15, !dbg !20
  %305 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %287, <8 x bfloat> %283, <16 x float> %304, i32 0, i32 0, i32 0), !dbg !20
  %306 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %288, <8 x bfloat> %286, <16 x float> %305, i32 0, i32 0, i32 0), !dbg !20
  %307 = extractelement <16 x float> %306, i64 0, !dbg !20
  %308 = extractelement <16 x float> %306, i64 1, !dbg !20
  %309 = extractelement <16 x float> %306, i64 2, !dbg !20
  %310 = extractelement <16 x float> %306, i64 3, !dbg !20
  %311 = extractelement <16 x float> %306, i64 4, !dbg !20
  %312 = extractelement <16 x float> %306, i64 5, !dbg !20
  %313 = extractelement <16 x float> %306, i64 6, !dbg !20
  %314 = extractelement <16 x float> %306, i64 7, !dbg !20
  %315 = extractelement <16 x float> %306, i64 8, !dbg !20
  %316 = extractelement <16 x float> %306, i64 9, !dbg !20
  %317 = extractelement <16 x float> %306, i64 10, !dbg !20
  %318 = extractelement <16 x float> %306, i64 11, !dbg !20
  %319 = extractelement <16 x float> %306, i64 12, !dbg !20
  %320 = extractelement <16 x float> %306, i64 13, !dbg !20
  %321 = extractelement <16 x float> %306, i64 14, !dbg !20
  %322 = extractelement <16 x float> %306, i64 15, !dbg !20
  %323 = add i32 %84, 32, !dbg !8
  %324 = icmp slt i32 %323, %5, !dbg !8
  br i1 %324, label %.preheader, label %._crit_edge12, !dbg !8

._crit_edge12:                                    ; preds = %._crit_edge, %8
  %325 = phi float [ 0.000000e+00, %8 ], [ %307, %._crit_edge ]
  %326 = phi float [ 0.000000e+00, %8 ], [ %308, %._crit_edge ]
  %327 = phi float [ 0.000000e+00, %8 ], [ %309, %._crit_edge ]
  %328 = phi float [ 0.000000e+00, %8 ], [ %310, %._crit_edge ]
  %329 = phi float [ 0.000000e+00, %8 ], [ %311, %._crit_edge ]
  %330 = phi float [ 0.000000e+00, %8 ], [ %312, %._crit_edge ]
  %331 = phi float [ 0.000000e+00, %8 ], [ %313, %._crit_edge ]
  %332 = phi float [ 0.000000e+00, %8 ], [ %314, %._crit_edge ]
  %333 = phi float [ 0.000000e+00, %8 ], [ %315, %._crit_edge ]
  %334 = phi float [ 0.000000e+00, %8 ], [ %316, %._crit_edge ]
  %335 = phi float [ 0.000000e+00, %8 ], [ %317, %._crit_edge ]
  %336 = phi float [ 0.000000e+00, %8 ], [ %318, %._crit_edge ]
  %337 = phi float [ 0.000000e+00, %8 ], [ %319, %._crit_edge ]
  %338 = phi float [ 0.000000e+00, %8 ], [ %320, %._crit_edge ]
  %339 = phi float [ 0.000000e+00, %8 ], [ %321, %._crit_edge ]
  %340 = phi float [ 0.000000e+00, %8 ], [ %322, %._crit_edge ]
  %341 = lshr i32 %9, 3, !dbg !21
  %342 = and i32 %341, 4, !dbg !21
  %343 = shl nuw nsw i32 %9, 5, !dbg !22
  %344 = and i32 %343, 992, !dbg !22
  %345 = or disjoint i32 %344, %342, !dbg !22
  %346 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %347 = insertelement <4 x float> poison, float %325, i64 0, !dbg !23
  %348 = insertelement <4 x float> %347, float %326, i64 1, !dbg !23
  %349 = insertelement <4 x float> %348, float %327, i64 2, !dbg !23
  %350 = insertelement <4 x float> %349, float %328, i64 3, !dbg !23
  %351 = shl nuw nsw i32 %345, 2, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %350, ptr addrspace(8) %346, i32 %351, i32 0, i32 0), !dbg !23
  %352 = insertelement <4 x float> poison, float %329, i64 0, !dbg !23
  %353 = insertelement <4 x float> %352, float %330, i64 1, !dbg !23
  %354 = insertelement <4 x float> %353, float %331, i64 2, !dbg !23
  %355 = insertelement <4 x float> %354, float %332, i64 3, !dbg !23
  %356 = or disjoint i32 %351, 32, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %355, ptr addrspace(8) %346, i32 %356, i32 0, i32 0), !dbg !23
  %357 = insertelement <4 x float> poison, float %333, i64 0, !dbg !23
  %358 = insertelement <4 x float> %357, float %334, i64 1, !dbg !23
  %359 = insertelement <4 x float> %358, float %335, i64 2, !dbg !23
  %360 = insertelement <4 x float> %359, float %336, i64 3, !dbg !23
  %361 = or disjoint i32 %351, 64, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %360, ptr addrspace(8) %346, i32 %361, i32 0, i32 0), !dbg !23
  %362 = insertelement <4 x float> poison, float %337, i64 0, !dbg !23
  %363 = insertelement <4 x float> %362, float %338, i64 1, !dbg !23
  %364 = insertelement <4 x float> %363, float %339, i64 2, !dbg !23
  %365 = insertelement <4 x float> %364, float %340, i64 3, !dbg !23
  %366 = or disjoint i32 %351, 96, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %365, ptr addrspace(8) %346, i32 %366, i32 0, i32 0), !dbg !23
  ret void, !dbg !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float>, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(none)
declare { i32, i32 } @llvm.amdgcn.permlane32.swap(i32, i32, i1 immarg, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #5

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #6

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) captures(none)) #7

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat>, <8 x bfloat>, <16 x float>, i32 immarg, i32 immarg, i32 immarg) #8

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.ds.bpermute(i32, i32) #4

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,64" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn }
attributes #6 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #7 = { convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #8 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "chain_dot_kernel", linkageName: "chain_dot_kernel", scope: !1, file: !1, line: 444, type: !5, scopeLine: 444, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 449, column: 22, scope: !4)
!8 = !DILocation(line: 453, column: 26, scope: !4)
!9 = !DILocation(line: 455, column: 30, scope: !4)
!10 = !DILocation(line: 457, column: 50, scope: !4)
!11 = !DILocation(line: 457, column: 24, scope: !4)
!12 = !DILocation(line: 458, column: 32, scope: !4)
!13 = !DILocation(line: 458, column: 50, scope: !4)
!14 = !DILocation(line: 458, column: 24, scope: !4)
!15 = !DILocation(line: 459, column: 29, scope: !4)
!16 = !DILocation(line: 460, column: 28, scope: !4)
!17 = !DILocation(line: 460, column: 54, scope: !4)
!18 = !DILocation(line: 460, column: 20, scope: !4)
!19 = !DILocation(line: 461, column: 26, scope: !4)
!20 = !DILocation(line: 461, column: 43, scope: !4)
!21 = !DILocation(line: 462, column: 43, scope: !4)
!22 = !DILocation(line: 462, column: 40, scope: !4)
!23 = !DILocation(line: 462, column: 53, scope: !4)
!24 = !DILocation(line: 462, column: 4, scope: !4)
