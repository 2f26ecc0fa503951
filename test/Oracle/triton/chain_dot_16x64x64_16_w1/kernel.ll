; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @chain_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !7
  %10 = lshr i32 %9, 2, !dbg !8
  %11 = icmp sgt i32 %5, 0, !dbg !9
  br i1 %11, label %.preheader.lr.ph, label %.._crit_edge12_crit_edge, !dbg !9

.._crit_edge12_crit_edge:                         ; preds = %8
  %.pre = shl nuw nsw i32 %9, 6, !dbg !10
  br label %._crit_edge12, !dbg !9

.preheader.lr.ph:                                 ; preds = %8
  %12 = and i32 %10, 15, !dbg !8
  %13 = shl nuw nsw i32 %9, 3, !dbg !7
  %14 = and i32 %13, 24, !dbg !11
  %15 = lshr i32 %9, 3, !dbg !7
  %16 = and i32 %15, 7, !dbg !7
  %17 = or disjoint i32 %16, 24, !dbg !7
  %18 = or disjoint i32 %16, 16, !dbg !7
  %19 = or disjoint i32 %16, 8, !dbg !7
  %20 = and i32 %13, 56, !dbg !7
  %21 = icmp sgt i32 %4, 0
  %22 = mul i32 %4, %12
  %23 = add i32 %22, %14
  %24 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744)
  %25 = mul i32 %5, %16
  %26 = mul i32 %5, %19
  %27 = mul i32 %5, %18
  %28 = mul i32 %5, %17
  %invariant.op = add i32 %20, %25
  %invariant.op6 = add i32 %20, %26
  %invariant.op8 = add i32 %20, %27
  %invariant.op10 = add i32 %20, %28
  %29 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744)
  %30 = shl nuw nsw i32 %9, 4
  %31 = and i32 %30, 240
  %32 = and i32 %9, 48
  %33 = lshr exact i32 %32, 2
  %34 = or disjoint i32 %31, %33
  %35 = shl nuw nsw i32 %9, 4
  %36 = and i32 %35, 1008
  %37 = xor i32 %36, %32
  %38 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %37
  %39 = getelementptr inbounds nuw i8, ptr addrspace(3) %38, i32 2048
  %40 = xor i32 %37, 1088
  %41 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %40
  %42 = getelementptr inbounds nuw i8, ptr addrspace(3) %41, i32 2048
  %43 = shl nuw nsw i32 %9, 5
  %44 = and i32 %43, 128
  %45 = and i32 %9, 8
  %46 = icmp eq i32 %45, 0
  %47 = select i1 %46, i32 0, i32 272
  %48 = and i32 %9, 16
  %49 = icmp eq i32 %48, 0
  %50 = select i1 %49, i32 0, i32 1088
  %51 = shl nuw nsw i32 %9, 6
  %52 = and i32 %51, 2048
  %53 = xor i32 %47, %14
  %54 = or disjoint i32 %52, %44
  %55 = or disjoint i32 %54, %50
  %56 = or disjoint i32 %55, %53
  %57 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %56
  %58 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 544
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 32
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 512
  %61 = xor i32 %56, 64
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %61
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 544
  %64 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 32
  %65 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 512
  %66 = shl nuw nsw i32 %16, 6
  %67 = shl nuw nsw i32 %19, 6
  %68 = shl nuw nsw i32 %18, 6
  %69 = shl nuw nsw i32 %17, 6
  %70 = or disjoint i32 %66, %20
  %71 = or disjoint i32 %67, %20
  %72 = or disjoint i32 %68, %20
  %73 = or disjoint i32 %69, %20
  %74 = or disjoint i32 %70, 2048
  %75 = or disjoint i32 %70, 2560
  %76 = or disjoint i32 %70, 3072
  %77 = or disjoint i32 %70, 3584
  %78 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744)
  %79 = getelementptr inbounds nuw i8, ptr addrspace(3) %38, i32 4096
  %80 = getelementptr inbounds nuw i8, ptr addrspace(3) %38, i32 6144
  %81 = getelementptr inbounds nuw i8, ptr addrspace(3) %41, i32 4096
  %82 = getelementptr inbounds nuw i8, ptr addrspace(3) %41, i32 6144
  %83 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 4096
  %84 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 4640
  %85 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 4128
  %86 = getelementptr inbounds nuw i8, ptr addrspace(3) %57, i32 4608
  %87 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 4096
  %88 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 4640
  %89 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 4128
  %90 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 4608
  br label %.preheader, !dbg !9

.preheader:                                       ; preds = %.preheader.lr.ph, %._crit_edge
  %91 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %346, %._crit_edge ]
  %92 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %347, %._crit_edge ]
  %93 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %348, %._crit_edge ]
  %94 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %349, %._crit_edge ]
  %95 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %356, %._crit_edge ]
  %96 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %357, %._crit_edge ]
  %97 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %358, %._crit_edge ]
  %98 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %359, %._crit_edge ]
  %99 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %366, %._crit_edge ]
  %100 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %367, %._crit_edge ]
  %101 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %368, %._crit_edge ]
  %102 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %369, %._crit_edge ]
  %103 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %376, %._crit_edge ]
  %104 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %377, %._crit_edge ]
  %105 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %378, %._crit_edge ]
  %106 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %379, %._crit_edge ]
  %107 = phi i32 [ 0, %.preheader.lr.ph ], [ %380, %._crit_edge ]
  br i1 %21, label %.lr.ph, label %._crit_edge, !dbg !12

.lr.ph:                                           ; preds = %.preheader, %.lr.ph
  %108 = phi float [ %168, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %109 = phi float [ %169, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %110 = phi float [ %170, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %111 = phi float [ %171, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %112 = phi float [ %177, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %113 = phi float [ %178, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %114 = phi float [ %179, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %115 = phi float [ %180, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %116 = phi float [ %186, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %117 = phi float [ %187, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %118 = phi float [ %188, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %119 = phi float [ %189, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %120 = phi float [ %195, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %121 = phi float [ %196, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %122 = phi float [ %197, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %123 = phi float [ %198, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %124 = phi i32 [ %199, %.lr.ph ], [ 0, %.preheader ]
  %125 = add i32 %23, %124, !dbg !13
  %126 = shl i32 %125, 1, !dbg !14
  %127 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %24, i32 %126, i32 0, i32 0), !dbg !14
  %128 = mul i32 %124, %5, !dbg !15
  %129 = add i32 %128, %107, !dbg !16
  %.reass = add i32 %129, %invariant.op
  %.reass7 = add i32 %129, %invariant.op6
  %.reass9 = add i32 %129, %invariant.op8
  %.reass11 = add i32 %129, %invariant.op10
  %130 = shl i32 %.reass, 1, !dbg !17
  %131 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %29, i32 %130, i32 0, i32 0), !dbg !17
  %132 = shl i32 %.reass7, 1, !dbg !17
  %133 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %29, i32 %132, i32 0, i32 0), !dbg !17
  %134 = shl i32 %.reass9, 1, !dbg !17
  %135 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %29, i32 %134, i32 0, i32 0), !dbg !17
  %136 = shl i32 %.reass11, 1, !dbg !17
  %137 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %29, i32 %136, i32 0, i32 0), !dbg !17
  %.extract = extractelement <4 x i32> %127, i64 0, !dbg !14
  %.extract2 = extractelement <4 x i32> %127, i64 1, !dbg !14
  %.extract3 = extractelement <4 x i32> %127, i64 2, !dbg !14
  %.extract4 = extractelement <4 x i32> %127, i64 3, !dbg !14
  %138 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %.extract), !dbg !14
  %139 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %.extract2), !dbg !14
  %140 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %.extract3), !dbg !14
  %141 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %34, i32 %.extract4), !dbg !14
  %142 = bitcast i32 %138 to <2 x bfloat>, !dbg !14
  %143 = bitcast i32 %139 to <2 x bfloat>, !dbg !14
  %144 = bitcast i32 %140 to <2 x bfloat>, !dbg !14
  %145 = shufflevector <2 x bfloat> %144, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %146 = bitcast i32 %141 to <2 x bfloat>, !dbg !14
  %147 = shufflevector <2 x bfloat> %146, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !17
  tail call void @llvm.amdgcn.s.barrier(), !dbg !17
  store <4 x i32> %131, ptr addrspace(3) %38, align 16, !dbg !17
  store <4 x i32> %135, ptr addrspace(3) %39, align 16, !dbg !17
  store <4 x i32> %133, ptr addrspace(3) %41, align 16, !dbg !17
  store <4 x i32> %137, ptr addrspace(3) %42, align 16, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !17
  tail call void @llvm.amdgcn.s.barrier(), !dbg !17
  %148 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %57), !dbg !17
  %149 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %58), !dbg !17
  %150 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %59), !dbg !17
  %151 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %60), !dbg !17
  %152 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %62), !dbg !17
  %153 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %63), !dbg !17
  %154 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %64), !dbg !17
  %155 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %65), !dbg !17
  %156 = shufflevector <2 x bfloat> %142, <2 x bfloat> %143, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !18
  %157 = shufflevector <8 x bfloat> %156, <8 x bfloat> %145, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !18
  %158 = shufflevector <8 x bfloat> %157, <8 x bfloat> %147, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !18
  %159 = shufflevector <4 x bfloat> %148, <4 x bfloat> %149, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !18
  %160 = shufflevector <4 x bfloat> %150, <4 x bfloat> %151, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !18
  %161 = shufflevector <4 x bfloat> %152, <4 x bfloat> %153, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !18
  %162 = shufflevector <4 x bfloat> %154, <4 x bfloat> %155, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !18
  %163 = insertelement <4 x float> poison, float %108, i64 0, !dbg !18
  %164 = insertelement <4 x float> %163, float %109, i64 1, !dbg !18
  %165 = insertelement <4 x float> %164, float %110, i64 2, !dbg !18
  %166 = insertelement <4 x float> %165, float %111, i64 3, !dbg !18
  %167 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %159, <8 x bfloat> %158, <4 x float> %166, i32 0, i32 0, i32 0), !dbg !18
  %168 = extractelement <4 x float> %167, i64 0, !dbg !18
  %169 = extractelement <4 x float> %167, i64 1, !dbg !18
  %170 = extractelement <4 x float> %167, i64 2, !dbg !18
  %171 = extractelement <4 x float> %167, i64 3, !dbg !18
  %172 = insertelement <4 x float> poison, float %112, i64 0, !dbg !18
  %173 = insertelement <4 x float> %172, float %113, i64 1, !dbg !18
  %174 = insertelement <4 x float> %173, float %114, i64 2, !dbg !18
  %175 = insertelement <4 x float> %174, float %115, i64 3, !dbg !18
  %176 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %160, <8 x bfloat> %158, <4 x float> %175, i32 0, i32 0, i32 0), !dbg !18
  %177 = extractelement <4 x float> %176, i64 0, !dbg !18
  %178 = extractelement <4 x float> %176, i64 1, !dbg !18
  %179 = extractelement <4 x float> %176, i64 2, !dbg !18
  %180 = extractelement <4 x float> %176, i64 3, !dbg !18
  %181 = insertelement <4 x float> poison, float %116, i64 0, !dbg !18
  %182 = insertelement <4 x float> %181, float %117, i64 1, !dbg !18
  %183 = insertelement <4 x float> %182, float %118, i64 2, !dbg !18
  %184 = insertelement <4 x float> %183, float %119, i64 3, !dbg !18
  %185 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %161, <8 x bfloat> %158, <4 x float> %184, i32 0, i32 0, i32 0), !dbg !18
  %186 = extractelement <4 x float> %185, i64 0, !dbg !18
  %187 = extractelement <4 x float> %185, i64 1, !dbg !18
  %188 = extractelement <4 x float> %185, i64 2, !dbg !18
  %189 = extractelement <4 x float> %185, i64 3, !dbg !18
  %190 = insertelement <4 x float> poison, float %120, i64 0, !dbg !18
  %191 = insertelement <4 x float> %190, float %121, i64 1, !dbg !18
  %192 = insertelement <4 x float> %191, float %122, i64 2, !dbg !18
  %193 = insertelement <4 x float> %192, float %123, i64 3, !dbg !18
  %194 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %162, <8 x bfloat> %158, <4 x float> %193, i32 0, i32 0, i32 0), !dbg !18
  %195 = extractelement <4 x float> %194, i64 0, !dbg !18
  %196 = extractelement <4 x float> %194, i64 1, !dbg !18
  %197 = extractelement <4 x float> %194, i64 2, !dbg !18
  %198 = extractelement <4 x float> %194, i64 3, !dbg !18
  %199 = add i32 %124, 32, !dbg !12
  %200 = icmp slt i32 %199, %4, !dbg !12
  br i1 %200, label %.lr.ph, label %._crit_edge, !dbg !12

._crit_edge:                                      ; preds = %.lr.ph, %.preheader
  %201 = phi float [ 0.000000e+00, %.preheader ], [ %168, %.lr.ph ]
  %202 = phi float [ 0.000000e+00, %.preheader ], [ %169, %.lr.ph ]
  %203 = phi float [ 0.000000e+00, %.preheader ], [ %170, %.lr.ph ]
  %204 = phi float [ 0.000000e+00, %.preheader ], [ %171, %.lr.ph ]
  %205 = phi float [ 0.000000e+00, %.preheader ], [ %177, %.lr.ph ]
  %206 = phi float [ 0.000000e+00, %.preheader ], [ %178, %.lr.ph ]
  %207 = phi float [ 0.000000e+00, %.preheader ], [ %179, %.lr.ph ]
  %208 = phi float [ 0.000000e+00, %.preheader ], [ %180, %.lr.ph ]
  %209 = phi float [ 0.000000e+00, %.preheader ], [ %186, %.lr.ph ]
  %210 = phi float [ 0.000000e+00, %.preheader ], [ %187, %.lr.ph ]
  %211 = phi float [ 0.000000e+00, %.preheader ], [ %188, %.lr.ph ]
  %212 = phi float [ 0.000000e+00, %.preheader ], [ %189, %.lr.ph ]
  %213 = phi float [ 0.000000e+00, %.preheader ], [ %195, %.lr.ph ]
  %214 = phi float [ 0.000000e+00, %.preheader ], [ %196, %.lr.ph ]
  %215 = phi float [ 0.000000e+00, %.preheader ], [ %197, %.lr.ph ]
  %216 = phi float [ 0.000000e+00, %.preheader ], [ %198, %.lr.ph ]
  %217 = shl i32 %107, 6, !dbg !19
  %218 = or disjoint i32 %217, %70, !dbg !20
  %219 = or disjoint i32 %217, %71, !dbg !20
  %220 = or disjoint i32 %217, %72, !dbg !20
  %221 = or disjoint i32 %217, %73, !dbg !20
  %222 = or disjoint i32 %217, %74, !dbg !20
  %223 = or disjoint i32 %217, %75, !dbg !20
  %224 = or disjoint i32 %217, %76, !dbg !20
  %225 = or disjoint i32 %217, %77, !dbg !20
  %226 = shl i32 %218, 1, !dbg !21
  %227 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %226, i32 0, i32 0), !dbg !21
  %228 = shl i32 %219, 1, !dbg !21
  %229 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %228, i32 0, i32 0), !dbg !21
  %230 = shl i32 %220, 1, !dbg !21
  %231 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %230, i32 0, i32 0), !dbg !21
  %232 = shl i32 %221, 1, !dbg !21
  %233 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %232, i32 0, i32 0), !dbg !21
  %234 = shl i32 %222, 1, !dbg !21
  %235 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %234, i32 0, i32 0), !dbg !21
  %236 = shl i32 %223, 1, !dbg !21
  %237 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %236, i32 0, i32 0), !dbg !21
  %238 = shl i32 %224, 1, !dbg !21
  %239 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %238, i32 0, i32 0), !dbg !21
  %240 = shl i32 %225, 1, !dbg !21
  %241 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %78, i32 %240, i32 0, i32 0), !dbg !21
  %242 = insertelement <2 x float> poison, float %201, i64 0, !dbg !22
  %243 = insertelement <2 x float> %242, float %202, i64 1, !dbg !22
  %244 = fptrunc <2 x float> %243 to <2 x bfloat>, !dbg !22
  %245 = insertelement <2 x float> poison, float %203, i64 0, !dbg !22
  %246 = insertelement <2 x float> %245, float %204, i64 1, !dbg !22
  %247 = fptrunc <2 x float> %246 to <2 x bfloat>, !dbg !22
  %248 = insertelement <2 x float> poison, float %205, i64 0, !dbg !22
  %249 = insertelement <2 x float> %248, float %206, i64 1, !dbg !22
  %250 = fptrunc <2 x float> %249 to <2 x bfloat>, !dbg !22
  %251 = insertelement <2 x float> poison, float %207, i64 0, !dbg !22
  %252 = insertelement <2 x float> %251, float %208, i64 1, !dbg !22
  %253 = fptrunc <2 x float> %252 to <2 x bfloat>, !dbg !22
  %254 = insertelement <2 x float> poison, float %209, i64 0, !dbg !22
  %255 = insertelement <2 x float> %254, float %210, i64 1, !dbg !22
  %256 = fptrunc <2 x float> %255 to <2 x bfloat>, !dbg !22
  %257 = insertelement <2 x float> poison, float %211, i64 0, !dbg !22
  %258 = insertelement <2 x float> %257, float %212, i64 1, !dbg !22
  %259 = fptrunc <2 x float> %258 to <2 x bfloat>, !dbg !22
  %260 = insertelement <2 x float> poison, float %213, i64 0, !dbg !22
  %261 = insertelement <2 x float> %260, float %214, i64 1, !dbg !22
  %262 = fptrunc <2 x float> %261 to <2 x bfloat>, !dbg !22
  %263 = insertelement <2 x float> poison, float %215, i64 0, !dbg !22
  %264 = insertelement <2 x float> %263, float %216, i64 1, !dbg !22
  %265 = fptrunc <2 x float> %264 to <2 x bfloat>, !dbg !22
  %266 = bitcast <2 x bfloat> %244 to i32, !dbg !22
  %267 = bitcast <2 x bfloat> %247 to i32, !dbg !22
  %268 = bitcast <2 x bfloat> %250 to i32, !dbg !22
  %269 = bitcast <2 x bfloat> %253 to i32, !dbg !22
  %270 = bitcast <2 x bfloat> %256 to i32, !dbg !22
  %271 = bitcast <2 x bfloat> %259 to i32, !dbg !22
  %272 = bitcast <2 x bfloat> %262 to i32, !dbg !22
  %273 = bitcast <2 x bfloat> %265 to i32, !dbg !22
  %274 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %266, i32 %268, i1 false, i1 false), !dbg !22
  %275 = extractvalue { i32, i32 } %274, 0, !dbg !22
  %276 = extractvalue { i32, i32 } %274, 1, !dbg !22
  %277 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %275, i32 %276, i1 false, i1 false), !dbg !22
  %278 = extractvalue { i32, i32 } %277, 0, !dbg !22
  %279 = extractvalue { i32, i32 } %277, 1, !dbg !22
  %280 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %267, i32 %269, i1 false, i1 false), !dbg !22
  %281 = extractvalue { i32, i32 } %280, 0, !dbg !22
  %282 = extractvalue { i32, i32 } %280, 1, !dbg !22
  %283 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %281, i32 %282, i1 false, i1 false), !dbg !22
  %284 = extractvalue { i32, i32 } %283, 0, !dbg !22
  %285 = extractvalue { i32, i32 } %283, 1, !dbg !22
  %286 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %270, i32 %272, i1 false, i1 false), !dbg !22
  %287 = extractvalue { i32, i32 } %286, 0, !dbg !22
  %288 = extractvalue { i32, i32 } %286, 1, !dbg !22
  %289 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %287, i32 %288, i1 false, i1 false), !dbg !22
  %290 = extractvalue { i32, i32 } %289, 0, !dbg !22
  %291 = extractvalue { i32, i32 } %289, 1, !dbg !22
  %292 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %271, i32 %273, i1 false, i1 false), !dbg !22
  %293 = extractvalue { i32, i32 } %292, 0, !dbg !22
  %294 = extractvalue { i32, i32 } %292, 1, !dbg !22
  %295 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %293, i32 %294, i1 false, i1 false), !dbg !22
  %296 = extractvalue { i32, i32 } %295, 0, !dbg !22
  %297 = extractvalue { i32, i32 } %295, 1, !dbg !22
  %298 = bitcast i32 %278 to <2 x bfloat>, !dbg !22
  %299 = bitcast i32 %284 to <2 x bfloat>, !dbg !22
  %300 = bitcast i32 %279 to <2 x bfloat>, !dbg !22
  %301 = shufflevector <2 x bfloat> %300, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %302 = bitcast i32 %285 to <2 x bfloat>, !dbg !22
  %303 = shufflevector <2 x bfloat> %302, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %304 = bitcast i32 %290 to <2 x bfloat>, !dbg !22
  %305 = bitcast i32 %296 to <2 x bfloat>, !dbg !22
  %306 = bitcast i32 %291 to <2 x bfloat>, !dbg !22
  %307 = shufflevector <2 x bfloat> %306, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %308 = bitcast i32 %297 to <2 x bfloat>, !dbg !22
  %309 = shufflevector <2 x bfloat> %308, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  store <4 x i32> %227, ptr addrspace(3) %38, align 16, !dbg !21
  store <4 x i32> %231, ptr addrspace(3) %39, align 16, !dbg !21
  store <4 x i32> %235, ptr addrspace(3) %79, align 16, !dbg !21
  store <4 x i32> %239, ptr addrspace(3) %80, align 16, !dbg !21
  store <4 x i32> %229, ptr addrspace(3) %41, align 16, !dbg !21
  store <4 x i32> %233, ptr addrspace(3) %42, align 16, !dbg !21
  store <4 x i32> %237, ptr addrspace(3) %81, align 16, !dbg !21
  store <4 x i32> %241, ptr addrspace(3) %82, align 16, !dbg !21
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %310 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %57), !dbg !21
  %311 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %58), !dbg !21
  %312 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %83), !dbg !21
  %313 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %84), !dbg !21
  %314 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %59), !dbg !21
  %315 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %60), !dbg !21
  %316 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %85), !dbg !21
  %317 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %86), !dbg !21
  %318 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %62), !dbg !21
  %319 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %63), !dbg !21
  %320 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %87), !dbg !21
  %321 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %88), !dbg !21
  %322 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %64), !dbg !21
  %323 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %65), !dbg !21
  %324 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %89), !dbg !21
  %325 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %90), !dbg !21
  %326 = shufflevector <2 x bfloat> %298, <2 x bfloat> %299, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !23
  %327 = shufflevector <8 x bfloat> %326, <8 x bfloat> %301, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !23
  %328 = shufflevector <8 x bfloat> %327, <8 x bfloat> %303, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !23
  %329 = shufflevector <2 x bfloat> %304, <2 x bfloat> %305, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !23
  %330 = shufflevector <8 x bfloat> %329, <8 x bfloat> %307, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !23
  %331 = shufflevector <8 x bfloat> %330, <8 x bfloat> %309, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !23
  %332 = shufflevector <4 x bfloat> %310, <4 x bfloat> %311, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %333 = shufflevector <4 x bfloat> %312, <4 x bfloat> %313, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %334 = shufflevector <4 x bfloat> %314, <4 x bfloat> %315, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %335 = shufflevector <4 x bfloat> %316, <4 x bfloat> %317, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %336 = shufflevector <4 x bfloat> %318, <4 x bfloat> %319, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %337 = shufflevector <4 x bfloat> %320, <4 x bfloat> %321, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %338 = shufflevector <4 x bfloat> %322, <4 x bfloat> %323, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %339 = shufflevector <4 x bfloat> %324, <4 x bfloat> %325, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !23
  %340 = insertelement <4 x float> poison, float %91, i64 0, !dbg !23
  %341 = insertelement <4 x float> %340, float %92, i64 1, !dbg !23
  %342 = insertelement <4 x float> %341, float %93, i64 2, !dbg !23
  %343 = insertelement <4 x float> %342, float %94, i64 3, !dbg !23
  %344 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %332, <8 x bfloat> %328, <4 x float> %343, i32 0, i32 0, i32 0), !dbg !23
  %345 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %333, <8 x bfloat> %331, <4 x float> %344, i32 0, i32 0, i32 0), !dbg !23
  %346 = extractelement <4 x float> %345, i64 0, !dbg !23
  %347 = extractelement <4 x float> %345, i64 1, !dbg !23
  %348 = extractelement <4 x float> %345, i64 2, !dbg !23
  %349 = extractelement <4 x float> %345, i64 3, !dbg !23
  %350 = insertelement <4 x float> poison, float %95, i64 0, !dbg !23
  %351 = insertelement <4 x float> %350, float %96, i64 1, !dbg !23
  %352 = insertelement <4 x float> %351, float %97, i64 2, !dbg !23
  %353 = insertelement <4 x float> %352, float %98, i64 3, !dbg !23
  %354 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %334, <8 x bfloat> %328, <4 x float> %353, i32 0, i32 0, i32 0), !dbg !23
  %355 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %335, <8 x bfloat> %331, <4 x float> %354, i32 0, i32 0, i32 0), !dbg !23
  %356 = extractelement <4 x float> %355, i64 0, !dbg !23
  %357 = extractelement <4 x float> %355, i64 1, !dbg !23
  %358 = extractelement <4 x float> %355, i64 2, !dbg !23
  %359 = extractelement <4 x float> %355, i64 3, !dbg !23
  %360 = insertelement <4 x float> poison, float %99, i64 0, !dbg !23
  %361 = insertelement <4 x float> %360, float %100, i64 1, !dbg !23
  %362 = insertelement <4 x float> %361, float %101, i64 2, !dbg !23
  %363 = insertelement <4 x float> %362, float %102, i64 3, !dbg !23
  %364 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %336, <8 x bfloat> %328, <4 x float> %363, i32 0, i32 0, i32 0), !dbg !23
  %365 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %337, <8 x bfloat> %331, <4 x float> %364, i32 0, i32 0, i32 0), !dbg !23
  %366 = extractelement <4 x float> %365, i64 0, !dbg !23
  %367 = extractelement <4 x float> %365, i64 1, !dbg !23
  %368 = extractelement <4 x float> %365, i64 2, !dbg !23
  %369 = extractelement <4 x float> %365, i64 3, !dbg !23
  %370 = insertelement <4 x float> poison, float %103, i64 0, !dbg !23
  %371 = insertelement <4 x float> %370, float %104, i64 1, !dbg !23
  %372 = insertelement <4 x float> %371, float %105, i64 2, !dbg !23
  %373 = insertelement <4 x float> %372, float %106, i64 3, !dbg !23
  %374 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %338, <8 x bfloat> %328, <4 x float> %373, i32 0, i32 0, i32 0), !dbg !23
  %375 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %339, <8 x bfloat> %331, <4 x float> %374, i32 0, i32 0, i32 0), !dbg !23
  %376 = extractelement <4 x float> %375, i64 0, !dbg !23
  %377 = extractelement <4 x float> %375, i64 1, !dbg !23
  %378 = extractelement <4 x float> %375, i64 2, !dbg !23
  %379 = extractelement <4 x float> %375, i64 3, !dbg !23
  %380 = add i32 %107, 64, !dbg !9
  %381 = icmp slt i32 %380, %5, !dbg !9
  br i1 %381, label %.preheader, label %._crit_edge12, !dbg !9

._crit_edge12:                                    ; preds = %._crit_edge, %.._crit_edge12_crit_edge
  %.pre-phi = phi i32 [ %.pre, %.._crit_edge12_crit_edge ], [ %51, %._crit_edge ], !dbg !10
  %382 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %346, %._crit_edge ]
  %383 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %347, %._crit_edge ]
  %384 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %348, %._crit_edge ]
  %385 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %349, %._crit_edge ]
  %386 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %356, %._crit_edge ]
  %387 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %357, %._crit_edge ]
  %388 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %358, %._crit_edge ]
  %389 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %359, %._crit_edge ]
  %390 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %366, %._crit_edge ]
  %391 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %367, %._crit_edge ]
  %392 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %368, %._crit_edge ]
  %393 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %369, %._crit_edge ]
  %394 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %376, %._crit_edge ]
  %395 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %377, %._crit_edge ]
  %396 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %378, %._crit_edge ]
  %397 = phi float [ 0.000000e+00, %.._crit_edge12_crit_edge ], [ %379, %._crit_edge ]
  %398 = and i32 %10, 12, !dbg !24
  %399 = and i32 %.pre-phi, 960, !dbg !10
  %400 = or disjoint i32 %399, %398, !dbg !10
  %401 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !25
  %402 = insertelement <4 x float> poison, float %382, i64 0, !dbg !25
  %403 = insertelement <4 x float> %402, float %383, i64 1, !dbg !25
  %404 = insertelement <4 x float> %403, float %384, i64 2, !dbg !25
  %405 = insertelement <4 x float> %404, float %385, i64 3, !dbg !25
  %406 = shl nuw nsw i32 %400, 2, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %405, ptr addrspace(8) %401, i32 %406, i32 0, i32 0), !dbg !25
  %407 = insertelement <4 x float> poison, float %386, i64 0, !dbg !25
  %408 = insertelement <4 x float> %407, float %387, i64 1, !dbg !25
  %409 = insertelement <4 x float> %408, float %388, i64 2, !dbg !25
  %410 = insertelement <4 x float> %409, float %389, i64 3, !dbg !25
  %411 = or disjoint i32 %406, 64, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %410, ptr addrspace(8) %401, i32 %411, i32 0, i32 0), !dbg !25
  %412 = insertelement <4 x float> poison, float %390, i64 0, !dbg !25
  %413 = insertelement <4 x float> %412, float %391, i64 1, !dbg !25
  %414 = insertelement <4 x float> %413, float %392, i64 2, !dbg !25
  %415 = insertelement <4 x float> %414, float %393, i64 3, !dbg !25
  %416 = or disjoint i32 %406, 128, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %415, ptr addrspace(8) %401, i32 %416, i32 0, i32 0), !dbg !25
  %417 = insertelement <4 x float> poison, float %394, i64 0, !dbg !25
  %418 = insertelement <4 x float> %417, float %395, i64 1, !dbg !25
  %419 = insertelement <4 x float> %418, float %396, i64 2, !dbg !25
  %420 = insertelement <4 x float> %419, float %397, i64 3, !dbg !25
  %421 = or disjoint i32 %406, 192, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %420, ptr addrspace(8) %401, i32 %421, i32 0, i32 0), !dbg !25
  ret void, !dbg !26
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

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(none)
declare { i32, i32 } @llvm.amdgcn.permlane16.swap(i32, i32, i1 immarg, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #5

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #6

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) captures(none)) #7

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32 immarg, i32 immarg, i32 immarg) #8

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
!7 = !DILocation(line: 450, column: 22, scope: !4)
!8 = !DILocation(line: 457, column: 35, scope: !4)
!9 = !DILocation(line: 453, column: 26, scope: !4)
!10 = !DILocation(line: 462, column: 40, scope: !4)
!11 = !DILocation(line: 456, column: 35, scope: !4)
!12 = !DILocation(line: 455, column: 30, scope: !4)
!13 = !DILocation(line: 457, column: 50, scope: !4)
!14 = !DILocation(line: 457, column: 24, scope: !4)
!15 = !DILocation(line: 458, column: 32, scope: !4)
!16 = !DILocation(line: 458, column: 50, scope: !4)
!17 = !DILocation(line: 458, column: 24, scope: !4)
!18 = !DILocation(line: 459, column: 29, scope: !4)
!19 = !DILocation(line: 460, column: 28, scope: !4)
!20 = !DILocation(line: 460, column: 54, scope: !4)
!21 = !DILocation(line: 460, column: 20, scope: !4)
!22 = !DILocation(line: 461, column: 26, scope: !4)
!23 = !DILocation(line: 461, column: 43, scope: !4)
!24 = !DILocation(line: 462, column: 43, scope: !4)
!25 = !DILocation(line: 462, column: 53, scope: !4)
!26 = !DILocation(line: 462, column: 4, scope: !4)
