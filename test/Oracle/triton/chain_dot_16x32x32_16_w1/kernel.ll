; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @chain_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !7
  %10 = lshr i32 %9, 2, !dbg !7
  %11 = icmp sgt i32 %5, 0, !dbg !8
  br i1 %11, label %.preheader.lr.ph, label %.._crit_edge8_crit_edge, !dbg !8

.._crit_edge8_crit_edge:                          ; preds = %8
  %.pre = shl nuw nsw i32 %9, 5, !dbg !9
  br label %._crit_edge8, !dbg !8

.preheader.lr.ph:                                 ; preds = %8
  %12 = and i32 %10, 15, !dbg !7
  %13 = or disjoint i32 %12, 16, !dbg !7
  %14 = shl nuw nsw i32 %9, 3, !dbg !7
  %15 = and i32 %14, 24, !dbg !7
  %16 = icmp sgt i32 %4, 0
  %17 = mul i32 %4, %12
  %18 = add i32 %17, %15
  %19 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744)
  %20 = mul i32 %5, %12
  %21 = mul i32 %5, %13
  %invariant.op = add i32 %15, %20
  %invariant.op6 = add i32 %15, %21
  %22 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744)
  %23 = shl nuw nsw i32 %9, 4
  %24 = and i32 %23, 240
  %25 = and i32 %9, 48
  %26 = lshr exact i32 %25, 2
  %27 = or disjoint i32 %24, %26
  %28 = shl nuw nsw i32 %9, 4
  %29 = and i32 %28, 1008
  %30 = xor i32 %29, %25
  %31 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %30
  %32 = getelementptr inbounds nuw i8, ptr addrspace(3) %31, i32 1024
  %33 = and i32 %23, 192
  %34 = and i32 %9, 16
  %35 = icmp eq i32 %34, 0
  %36 = select i1 %35, i32 0, i32 544
  %37 = shl nuw nsw i32 %9, 5
  %38 = and i32 %37, 1024
  %39 = or disjoint i32 %33, %38
  %40 = or disjoint i32 %39, %36
  %41 = or disjoint i32 %40, %15
  %42 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %41
  %43 = xor i32 %41, 272
  %44 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %43
  %45 = xor i32 %41, 32
  %46 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %45
  %47 = xor i32 %41, 304
  %48 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %47
  %49 = shl nuw nsw i32 %12, 5
  %50 = shl nuw nsw i32 %13, 5
  %51 = or disjoint i32 %49, %15
  %52 = or disjoint i32 %50, %15
  %53 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744)
  br label %.preheader, !dbg !8

.preheader:                                       ; preds = %.preheader.lr.ph, %._crit_edge
  %54 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %183, %._crit_edge ]
  %55 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %184, %._crit_edge ]
  %56 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %185, %._crit_edge ]
  %57 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %186, %._crit_edge ]
  %58 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %192, %._crit_edge ]
  %59 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %193, %._crit_edge ]
  %60 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %194, %._crit_edge ]
  %61 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %195, %._crit_edge ]
  %62 = phi i32 [ 0, %.preheader.lr.ph ], [ %196, %._crit_edge ]
  br i1 %16, label %.lr.ph, label %._crit_edge, !dbg !10

.lr.ph:                                           ; preds = %.preheader, %.lr.ph
  %63 = phi float [ %105, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %64 = phi float [ %106, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %65 = phi float [ %107, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %66 = phi float [ %108, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %67 = phi float [ %114, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %68 = phi float [ %115, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %69 = phi float [ %116, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %70 = phi float [ %117, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %71 = phi i32 [ %118, %.lr.ph ], [ 0, %.preheader ]
  %72 = add i32 %18, %71, !dbg !11
  %73 = shl i32 %72, 1, !dbg !12
  %74 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %19, i32 %73, i32 0, i32 0), !dbg !12
  %75 = mul i32 %71, %5, !dbg !13
  %76 = add i32 %75, %62, !dbg !14
  %.reass = add i32 %76, %invariant.op
  %.reass7 = add i32 %76, %invariant.op6
  %77 = shl i32 %.reass, 1, !dbg !15
  %78 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %22, i32 %77, i32 0, i32 0), !dbg !15
  %79 = shl i32 %.reass7, 1, !dbg !15
  %80 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %22, i32 %79, i32 0, i32 0), !dbg !15
  %.extract = extractelement <4 x i32> %74, i64 0, !dbg !12
  %.extract2 = extractelement <4 x i32> %74, i64 1, !dbg !12
  %.extract3 = extractelement <4 x i32> %74, i64 2, !dbg !12
  %.extract4 = extractelement <4 x i32> %74, i64 3, !dbg !12
  %81 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %27, i32 %.extract), !dbg !12
  %82 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %27, i32 %.extract2), !dbg !12
  %83 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %27, i32 %.extract3), !dbg !12
  %84 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %27, i32 %.extract4), !dbg !12
  %85 = bitcast i32 %81 to <2 x bfloat>, !dbg !12
  %86 = bitcast i32 %82 to <2 x bfloat>, !dbg !12
  %87 = bitcast i32 %83 to <2 x bfloat>, !dbg !12
  %88 = shufflevector <2 x bfloat> %87, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %89 = bitcast i32 %84 to <2 x bfloat>, !dbg !12
  %90 = shufflevector <2 x bfloat> %89, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !15
  tail call void @llvm.amdgcn.s.barrier(), !dbg !15
  store <4 x i32> %78, ptr addrspace(3) %31, align 16, !dbg !15
  store <4 x i32> %80, ptr addrspace(3) %32, align 16, !dbg !15
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !15
  tail call void @llvm.amdgcn.s.barrier(), !dbg !15
  %91 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %42), !dbg !15
  %92 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %44), !dbg !15
  %93 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %46), !dbg !15
  %94 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %48), !dbg !15
  %95 = shufflevector <2 x bfloat> %85, <2 x bfloat> %86, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !16
  %96 = shufflevector <8 x bfloat> %95, <8 x bfloat> %88, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !16
  %97 = shufflevector <8 x bfloat> %96, <8 x bfloat> %90, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !16
  %98 = shufflevector <4 x bfloat> %91, <4 x bfloat> %92, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !16
  %99 = shufflevector <4 x bfloat> %93, <4 x bfloat> %94, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !16
  %100 = insertelement <4 x float> poison, float %63, i64 0, !dbg !16
  %101 = insertelement <4 x float> %100, float %64, i64 1, !dbg !16
  %102 = insertelement <4 x float> %101, float %65, i64 2, !dbg !16
  %103 = insertelement <4 x float> %102, float %66, i64 3, !dbg !16
  %104 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %98, <8 x bfloat> %97, <4 x float> %103, i32 0, i32 0, i32 0), !dbg !16
  %105 = extractelement <4 x float> %104, i64 0, !dbg !16
  %106 = extractelement <4 x float> %104, i64 1, !dbg !16
  %107 = extractelement <4 x float> %104, i64 2, !dbg !16
  %108 = extractelement <4 x float> %104, i64 3, !dbg !16
  %109 = insertelement <4 x float> poison, float %67, i64 0, !dbg !16
  %110 = insertelement <4 x float> %109, float %68, i64 1, !dbg !16
  %111 = insertelement <4 x float> %110, float %69, i64 2, !dbg !16
  %112 = insertelement <4 x float> %111, float %70, i64 3, !dbg !16
  %113 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %99, <8 x bfloat> %97, <4 x float> %112, i32 0, i32 0, i32 0), !dbg !16
  %114 = extractelement <4 x float> %113, i64 0, !dbg !16
  %115 = extractelement <4 x float> %113, i64 1, !dbg !16
  %116 = extractelement <4 x float> %113, i64 2, !dbg !16
  %117 = extractelement <4 x float> %113, i64 3, !dbg !16
  %118 = add i32 %71, 32, !dbg !10
  %119 = icmp slt i32 %118, %4, !dbg !10
  br i1 %119, label %.lr.ph, label %._crit_edge, !dbg !10

._crit_edge:                                      ; preds = %.lr.ph, %.preheader
  %120 = phi float [ 0.000000e+00, %.preheader ], [ %105, %.lr.ph ]
  %121 = phi float [ 0.000000e+00, %.preheader ], [ %106, %.lr.ph ]
  %122 = phi float [ 0.000000e+00, %.preheader ], [ %107, %.lr.ph ]
  %123 = phi float [ 0.000000e+00, %.preheader ], [ %108, %.lr.ph ]
  %124 = phi float [ 0.000000e+00, %.preheader ], [ %114, %.lr.ph ]
  %125 = phi float [ 0.000000e+00, %.preheader ], [ %115, %.lr.ph ]
  %126 = phi float [ 0.000000e+00, %.preheader ], [ %116, %.lr.ph ]
  %127 = phi float [ 0.000000e+00, %.preheader ], [ %117, %.lr.ph ]
  %128 = shl i32 %62, 5, !dbg !17
  %129 = or disjoint i32 %128, %51, !dbg !18
  %130 = or disjoint i32 %128, %52, !dbg !18
  %131 = shl i32 %129, 1, !dbg !19
  %132 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %53, i32 %131, i32 0, i32 0), !dbg !19
  %133 = shl i32 %130, 1, !dbg !19
  %134 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %53, i32 %133, i32 0, i32 0), !dbg !19
  %135 = insertelement <2 x float> poison, float %120, i64 0, !dbg !20
  %136 = insertelement <2 x float> %135, float %121, i64 1, !dbg !20
  %137 = fptrunc <2 x float> %136 to <2 x bfloat>, !dbg !20
  %138 = insertelement <2 x float> poison, float %122, i64 0, !dbg !20
  %139 = insertelement <2 x float> %138, float %123, i64 1, !dbg !20
  %140 = fptrunc <2 x float> %139 to <2 x bfloat>, !dbg !20
  %141 = insertelement <2 x float> poison, float %124, i64 0, !dbg !20
  %142 = insertelement <2 x float> %141, float %125, i64 1, !dbg !20
  %143 = fptrunc <2 x float> %142 to <2 x bfloat>, !dbg !20
  %144 = insertelement <2 x float> poison, float %126, i64 0, !dbg !20
  %145 = insertelement <2 x float> %144, float %127, i64 1, !dbg !20
  %146 = fptrunc <2 x float> %145 to <2 x bfloat>, !dbg !20
  %147 = bitcast <2 x bfloat> %137 to i32, !dbg !20
  %148 = bitcast <2 x bfloat> %140 to i32, !dbg !20
  %149 = bitcast <2 x bfloat> %143 to i32, !dbg !20
  %150 = bitcast <2 x bfloat> %146 to i32, !dbg !20
  %151 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %147, i32 %149, i1 false, i1 false), !dbg !20
  %152 = extractvalue { i32, i32 } %151, 0, !dbg !20
  %153 = extractvalue { i32, i32 } %151, 1, !dbg !20
  %154 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %152, i32 %153, i1 false, i1 false), !dbg !20
  %155 = extractvalue { i32, i32 } %154, 0, !dbg !20
  %156 = extractvalue { i32, i32 } %154, 1, !dbg !20
  %157 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %148, i32 %150, i1 false, i1 false), !dbg !20
  %158 = extractvalue { i32, i32 } %157, 0, !dbg !20
  %159 = extractvalue { i32, i32 } %157, 1, !dbg !20
  %160 = tail call { i32, i32 } @llvm.amdgcn.permlane16.swap(i32 %158, i32 %159, i1 false, i1 false), !dbg !20
  %161 = extractvalue { i32, i32 } %160, 0, !dbg !20
  %162 = extractvalue { i32, i32 } %160, 1, !dbg !20
  %163 = bitcast i32 %155 to <2 x bfloat>, !dbg !20
  %164 = bitcast i32 %161 to <2 x bfloat>, !dbg !20
  %165 = bitcast i32 %156 to <2 x bfloat>, !dbg !20
  %166 = shufflevector <2 x bfloat> %165, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %167 = bitcast i32 %162 to <2 x bfloat>, !dbg !20
  %168 = shufflevector <2 x bfloat> %167, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <4 x i32> %132, ptr addrspace(3) %31, align 16, !dbg !19
  store <4 x i32> %134, ptr addrspace(3) %32, align 16, !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %169 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %42), !dbg !19
  %170 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %44), !dbg !19
  %171 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %46), !dbg !19
  %172 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %48), !dbg !19
  %173 = shufflevector <2 x bfloat> %163, <2 x bfloat> %164, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !21
  %174 = shufflevector <8 x bfloat> %173, <8 x bfloat> %166, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !21
  %175 = shufflevector <8 x bfloat> %174, <8 x bfloat> %168, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !21
  %176 = shufflevector <4 x bfloat> %169, <4 x bfloat> %170, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !21
  %177 = shufflevector <4 x bfloat> %171, <4 x bfloat> %172, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !21
  %178 = insertelement <4 x float> poison, float %54, i64 0, !dbg !21
  %179 = insertelement <4 x float> %178, float %55, i64 1, !dbg !21
  %180 = insertelement <4 x float> %179, float %56, i64 2, !dbg !21
  %181 = insertelement <4 x float> %180, float %57, i64 3, !dbg !21
  %182 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %176, <8 x bfloat> %175, <4 x float> %181, i32 0, i32 0, i32 0), !dbg !21
  %183 = extractelement <4 x float> %182, i64 0, !dbg !21
  %184 = extractelement <4 x float> %182, i64 1, !dbg !21
  %185 = extractelement <4 x float> %182, i64 2, !dbg !21
  %186 = extractelement <4 x float> %182, i64 3, !dbg !21
  %187 = insertelement <4 x float> poison, float %58, i64 0, !dbg !21
  %188 = insertelement <4 x float> %187, float %59, i64 1, !dbg !21
  %189 = insertelement <4 x float> %188, float %60, i64 2, !dbg !21
  %190 = insertelement <4 x float> %189, float %61, i64 3, !dbg !21
  %191 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %177, <8 x bfloat> %175, <4 x float> %190, i32 0, i32 0, i32 0), !dbg !21
  %192 = extractelement <4 x float> %191, i64 0, !dbg !21
  %193 = extractelement <4 x float> %191, i64 1, !dbg !21
  %194 = extractelement <4 x float> %191, i64 2, !dbg !21
  %195 = extractelement <4 x float> %191, i64 3, !dbg !21
  %196 = add i32 %62, 32, !dbg !8
  %197 = icmp slt i32 %196, %5, !dbg !8
  br i1 %197, label %.preheader, label %._crit_edge8, !dbg !8

._crit_edge8:                                     ; preds = %._crit_edge, %.._crit_edge8_crit_edge
  %.pre-phi = phi i32 [ %.pre, %.._crit_edge8_crit_edge ], [ %37, %._crit_edge ], !dbg !9
  %198 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %183, %._crit_edge ]
  %199 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %184, %._crit_edge ]
  %200 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %185, %._crit_edge ]
  %201 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %186, %._crit_edge ]
  %202 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %192, %._crit_edge ]
  %203 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %193, %._crit_edge ]
  %204 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %194, %._crit_edge ]
  %205 = phi float [ 0.000000e+00, %.._crit_edge8_crit_edge ], [ %195, %._crit_edge ]
  %206 = and i32 %10, 12, !dbg !22
  %207 = and i32 %.pre-phi, 480, !dbg !9
  %208 = or disjoint i32 %207, %206, !dbg !9
  %209 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %210 = insertelement <4 x float> poison, float %198, i64 0, !dbg !23
  %211 = insertelement <4 x float> %210, float %199, i64 1, !dbg !23
  %212 = insertelement <4 x float> %211, float %200, i64 2, !dbg !23
  %213 = insertelement <4 x float> %212, float %201, i64 3, !dbg !23
  %214 = shl nuw nsw i32 %208, 2, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %213, ptr addrspace(8) %209, i32 %214, i32 0, i32 0), !dbg !23
  %215 = insertelement <4 x float> poison, float %202, i64 0, !dbg !23
  %216 = insertelement <4 x float> %215, float %203, i64 1, !dbg !23
  %217 = insertelement <4 x float> %216, float %204, i64 2, !dbg !23
  %218 = insertelement <4 x float> %217, float %205, i64 3, !dbg !23
  %219 = or disjoint i32 %214, 64, !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %218, ptr addrspace(8) %209, i32 %219, i32 0, i32 0), !dbg !23
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
!8 = !DILocation(line: 453, column: 26, scope: !4)
!9 = !DILocation(line: 462, column: 40, scope: !4)
!10 = !DILocation(line: 455, column: 30, scope: !4)
!11 = !DILocation(line: 457, column: 50, scope: !4)
!12 = !DILocation(line: 457, column: 24, scope: !4)
!13 = !DILocation(line: 458, column: 32, scope: !4)
!14 = !DILocation(line: 458, column: 50, scope: !4)
!15 = !DILocation(line: 458, column: 24, scope: !4)
!16 = !DILocation(line: 459, column: 29, scope: !4)
!17 = !DILocation(line: 460, column: 28, scope: !4)
!18 = !DILocation(line: 460, column: 54, scope: !4)
!19 = !DILocation(line: 460, column: 20, scope: !4)
!20 = !DILocation(line: 461, column: 26, scope: !4)
!21 = !DILocation(line: 461, column: 43, scope: !4)
!22 = !DILocation(line: 462, column: 43, scope: !4)
!23 = !DILocation(line: 462, column: 53, scope: !4)
!24 = !DILocation(line: 462, column: 4, scope: !4)
