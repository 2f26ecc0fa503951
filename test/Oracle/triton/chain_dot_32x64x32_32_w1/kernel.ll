; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @chain_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !7
  %10 = icmp sgt i32 %5, 0, !dbg !8
  br i1 %10, label %.preheader.lr.ph, label %.._crit_edge16_crit_edge, !dbg !8

.._crit_edge16_crit_edge:                         ; preds = %8
  %.pre = shl nuw nsw i32 %9, 5, !dbg !9
  br label %._crit_edge16, !dbg !8

.preheader.lr.ph:                                 ; preds = %8
  %11 = lshr i32 %9, 2, !dbg !10
  %12 = and i32 %11, 15, !dbg !10
  %13 = or disjoint i32 %12, 16, !dbg !10
  %14 = shl nuw nsw i32 %9, 3, !dbg !7
  %15 = and i32 %14, 56, !dbg !10
  %16 = and i32 %9, 56, !dbg !7
  %17 = lshr exact i32 %16, 3, !dbg !7
  %18 = or disjoint i32 %17, 24, !dbg !7
  %19 = or disjoint i32 %17, 16, !dbg !7
  %20 = or disjoint i32 %17, 8, !dbg !7
  %21 = and i32 %14, 24, !dbg !7
  %22 = icmp sgt i32 %4, 0
  %23 = mul i32 %4, %12
  %24 = mul i32 %4, %13
  %25 = add i32 %23, %21
  %26 = add i32 %24, %21
  %27 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744)
  %28 = mul i32 %5, %17
  %29 = mul i32 %5, %20
  %30 = mul i32 %5, %19
  %31 = mul i32 %5, %18
  %invariant.op = add i32 %15, %28
  %invariant.op10 = add i32 %15, %29
  %invariant.op12 = add i32 %15, %30
  %invariant.op14 = add i32 %15, %31
  %32 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744)
  %33 = and i32 %9, 2
  %34 = icmp eq i32 %33, 0
  %35 = shl nuw nsw i32 %9, 2
  %36 = and i32 %35, 60
  %37 = and i32 %9, 16
  %38 = icmp eq i32 %37, 0
  %39 = lshr exact i32 %37, 3
  %40 = lshr i32 %9, 5
  %.lobit = and i32 %40, 1
  %41 = or disjoint i32 %36, %39
  %42 = or disjoint i32 %41, %.lobit
  %43 = shl nuw nsw i32 %42, 2
  %44 = xor i32 %43, 8
  %45 = shl nuw nsw i32 %9, 4
  %46 = and i32 %45, 1008
  %47 = and i32 %9, 48
  %48 = xor i32 %46, %47
  %49 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %48
  %50 = getelementptr inbounds nuw i8, ptr addrspace(3) %49, i32 2048
  %51 = xor i32 %48, 1088
  %52 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %51
  %53 = getelementptr inbounds nuw i8, ptr addrspace(3) %52, i32 2048
  %54 = shl nuw nsw i32 %9, 5
  %55 = and i32 %54, 1408
  %56 = shl nuw nsw i32 %16, 1
  %57 = or disjoint i32 %55, %21
  %58 = xor i32 %57, %56
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %58
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) %59, i32 2048
  %61 = xor i32 %58, 544
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %61
  %63 = getelementptr inbounds nuw i8, ptr addrspace(3) %62, i32 2048
  %64 = xor i32 %58, 64
  %65 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %64
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) %65, i32 2048
  %67 = xor i32 %58, 608
  %68 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %67
  %69 = getelementptr inbounds nuw i8, ptr addrspace(3) %68, i32 2048
  %70 = shl nuw nsw i32 %12, 5
  %71 = shl nuw nsw i32 %13, 5
  %72 = or disjoint i32 %70, %21
  %73 = or disjoint i32 %71, %21
  %74 = or disjoint i32 %72, 1024
  %75 = or disjoint i32 %72, 1536
  %76 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744)
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) %49, i32 1024
  %78 = getelementptr inbounds nuw i8, ptr addrspace(3) %49, i32 3072
  %79 = shl nuw nsw i32 %9, 4
  %80 = and i32 %79, 192
  %81 = shl nuw nsw i32 %9, 1
  %82 = and i32 %81, 32
  %83 = and i32 %9, 32
  %84 = icmp eq i32 %83, 0
  %85 = select i1 %84, i32 0, i32 544
  %86 = xor i32 %85, %82
  %87 = or disjoint i32 %80, %86
  %88 = or disjoint i32 %87, %21
  %89 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %88
  %90 = getelementptr inbounds nuw i8, ptr addrspace(3) %89, i32 1024
  %91 = getelementptr inbounds nuw i8, ptr addrspace(3) %89, i32 2048
  %92 = getelementptr inbounds nuw i8, ptr addrspace(3) %89, i32 3072
  %93 = xor i32 %88, 272
  %94 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %93
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) %94, i32 1024
  %96 = getelementptr inbounds nuw i8, ptr addrspace(3) %94, i32 2048
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) %94, i32 3072
  br label %.preheader, !dbg !8

.preheader:                                       ; preds = %.preheader.lr.ph, %._crit_edge
  %98 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %489, %._crit_edge ]
  %99 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %490, %._crit_edge ]
  %100 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %491, %._crit_edge ]
  %101 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %492, %._crit_edge ]
  %102 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %493, %._crit_edge ]
  %103 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %494, %._crit_edge ]
  %104 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %495, %._crit_edge ]
  %105 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %496, %._crit_edge ]
  %106 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %497, %._crit_edge ]
  %107 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %498, %._crit_edge ]
  %108 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %499, %._crit_edge ]
  %109 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %500, %._crit_edge ]
  %110 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %501, %._crit_edge ]
  %111 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %502, %._crit_edge ]
  %112 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %503, %._crit_edge ]
  %113 = phi float [ 0.000000e+00, %.preheader.lr.ph ], [ %504, %._crit_edge ]
  %114 = phi i32 [ 0, %.preheader.lr.ph ], [ %505, %._crit_edge ]
  br i1 %22, label %.lr.ph, label %._crit_edge, !dbg !11

.lr.ph:                                           ; preds = %.preheader, %.lr.ph
  %115 = phi float [ %236, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %116 = phi float [ %237, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %117 = phi float [ %238, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %118 = phi float [ %239, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %119 = phi float [ %240, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %120 = phi float [ %241, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %121 = phi float [ %242, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %122 = phi float [ %243, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %123 = phi float [ %244, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %124 = phi float [ %245, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %125 = phi float [ %246, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %126 = phi float [ %247, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %127 = phi float [ %248, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %128 = phi float [ %249, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %129 = phi float [ %250, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %130 = phi float [ %251, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %131 = phi float [ %270, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %132 = phi float [ %271, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %133 = phi float [ %272, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %134 = phi float [ %273, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %135 = phi float [ %274, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %136 = phi float [ %275, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %137 = phi float [ %276, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %138 = phi float [ %277, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %139 = phi float [ %278, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %140 = phi float [ %279, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %141 = phi float [ %280, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %142 = phi float [ %281, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %143 = phi float [ %282, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %144 = phi float [ %283, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %145 = phi float [ %284, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %146 = phi float [ %285, %.lr.ph ], [ 0.000000e+00, %.preheader ]
  %147 = phi i32 [ %286, %.lr.ph ], [ 0, %.preheader ]
  %148 = add i32 %25, %147, !dbg !12
  %149 = add i32 %26, %147, !dbg !12
  %150 = shl i32 %148, 1, !dbg !13
  %151 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %27, i32 %150, i32 0, i32 0), !dbg !13
  %152 = shl i32 %149, 1, !dbg !13
  %153 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %27, i32 %152, i32 0, i32 0), !dbg !13
  %154 = mul i32 %147, %5, !dbg !14
  %155 = add i32 %154, %114, !dbg !15
  %.reass = add i32 %155, %invariant.op
  %.reass11 = add i32 %155, %invariant.op10
  %.reass13 = add i32 %155, %invariant.op12
  %.reass15 = add i32 %155, %invariant.op14
  %156 = shl i32 %.reass, 1, !dbg !16
  %157 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %32, i32 %156, i32 0, i32 0), !dbg !16
  %158 = shl i32 %.reass11, 1, !dbg !16
  %159 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %32, i32 %158, i32 0, i32 0), !dbg !16
  %160 = shl i32 %.reass13, 1, !dbg !16
  %161 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %32, i32 %160, i32 0, i32 0), !dbg !16
  %162 = shl i32 %.reass15, 1, !dbg !16
  %163 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %32, i32 %162, i32 0, i32 0), !dbg !16
  %.extract = extractelement <4 x i32> %151, i64 0, !dbg !13
  %.extract2 = extractelement <4 x i32> %151, i64 1, !dbg !13
  %.extract3 = extractelement <4 x i32> %151, i64 2, !dbg !13
  %.extract4 = extractelement <4 x i32> %151, i64 3, !dbg !13
  %.extract5 = extractelement <4 x i32> %153, i64 0, !dbg !13
  %.extract6 = extractelement <4 x i32> %153, i64 1, !dbg !13
  %.extract7 = extractelement <4 x i32> %153, i64 2, !dbg !13
  %.extract8 = extractelement <4 x i32> %153, i64 3, !dbg !13
  %164 = select i1 %34, i32 %.extract, i32 %.extract5, !dbg !13
  %165 = select i1 %34, i32 %.extract5, i32 %.extract, !dbg !13
  %166 = select i1 %34, i32 %.extract2, i32 %.extract6, !dbg !13
  %167 = select i1 %34, i32 %.extract6, i32 %.extract2, !dbg !13
  %168 = select i1 %34, i32 %.extract3, i32 %.extract7, !dbg !13
  %169 = select i1 %34, i32 %.extract7, i32 %.extract3, !dbg !13
  %170 = select i1 %34, i32 %.extract4, i32 %.extract8, !dbg !13
  %171 = select i1 %34, i32 %.extract8, i32 %.extract4, !dbg !13
  %172 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %43, i32 %164), !dbg !13
  %173 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %43, i32 %166), !dbg !13
  %174 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %43, i32 %168), !dbg !13
  %175 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %43, i32 %170), !dbg !13
  %176 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %44, i32 %165), !dbg !13
  %177 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %44, i32 %167), !dbg !13
  %178 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %44, i32 %169), !dbg !13
  %179 = tail call i32 @llvm.amdgcn.ds.bpermute(i32 %44, i32 %171), !dbg !13
  %180 = select i1 %38, i32 %172, i32 %176, !dbg !13
  %181 = select i1 %38, i32 %176, i32 %172, !dbg !13
  %182 = select i1 %38, i32 %173, i32 %177, !dbg !13
  %183 = select i1 %38, i32 %177, i32 %173, !dbg !13
  %184 = select i1 %38, i32 %174, i32 %178, !dbg !13
  %185 = select i1 %38, i32 %178, i32 %174, !dbg !13
  %186 = select i1 %38, i32 %175, i32 %179, !dbg !13
  %187 = select i1 %38, i32 %179, i32 %175, !dbg !13
  %188 = bitcast i32 %180 to <2 x bfloat>, !dbg !13
  %189 = bitcast i32 %182 to <2 x bfloat>, !dbg !13
  %190 = bitcast i32 %184 to <2 x bfloat>, !dbg !13
  %191 = shufflevector <2 x bfloat> %190, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %192 = bitcast i32 %186 to <2 x bfloat>, !dbg !13
  %193 = shufflevector <2 x bfloat> %192, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %194 = bitcast i32 %181 to <2 x bfloat>, !dbg !13
  %195 = bitcast i32 %183 to <2 x bfloat>, !dbg !13
  %196 = bitcast i32 %185 to <2 x bfloat>, !dbg !13
  %197 = shufflevector <2 x bfloat> %196, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %198 = bitcast i32 %187 to <2 x bfloat>, !dbg !13
  %199 = shufflevector <2 x bfloat> %198, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !16
  tail call void @llvm.amdgcn.s.barrier(), !dbg !16
  store <4 x i32> %157, ptr addrspace(3) %49, align 16, !dbg !16
  store <4 x i32> %161, ptr addrspace(3) %50, align 16, !dbg !16
  store <4 x i32> %159, ptr addrspace(3) %52, align 16, !dbg !16
  store <4 x i32> %163, ptr addrspace(3) %53, align 16, !dbg !16
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !16
  tail call void @llvm.amdgcn.s.barrier(), !dbg !16
  %200 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %59), !dbg !16
  %201 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %60), !dbg !16
  %202 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %62), !dbg !16
  %203 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %63), !dbg !16
  %204 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %65), !dbg !16
  %205 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %66), !dbg !16
  %206 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %68), !dbg !16
  %207 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %69), !dbg !16
  %208 = shufflevector <2 x bfloat> %188, <2 x bfloat> %189, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !17
  %209 = shufflevector <8 x bfloat> %208, <8 x bfloat> %191, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !17
  %210 = shufflevector <8 x bfloat> %209, <8 x bfloat> %193, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !17
  %211 = shufflevector <2 x bfloat> %194, <2 x bfloat> %195, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !17
  %212 = shufflevector <8 x bfloat> %211, <8 x bfloat> %197, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !17
  %213 = shufflevector <8 x bfloat> %212, <8 x bfloat> %199, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !17
  %214 = shufflevector <4 x bfloat> %200, <4 x bfloat> %202, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !17
  %215 = shufflevector <4 x bfloat> %201, <4 x bfloat> %203, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !17
  %216 = shufflevector <4 x bfloat> %204, <4 x bfloat> %206, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !17
  %217 = shufflevector <4 x bfloat> %205, <4 x bfloat> %207, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !17
  %218 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %115, i64 0, !dbg !17
  %219 = insertelement <16 x float> %218, float %116, i64 1, !dbg !17
  %220 = insertelement <16 x float> %219, float %117, i64 2, !dbg !17
  %221 = insertelement <16 x float> %220, float %118, i64 3, !dbg !17
  %222 = insertelement <16 x float> %221, float %119, i64 4, !dbg !17
  %223 = insertelement <16 x float> %222, float %120, i64 5, !dbg !17
  %224 = insertelement <16 x float> %223, float %121, i64 6, !dbg !17
  %225 = insertelement <16 x float> %224, float %122, i64 7, !dbg !17
  %226 = insertelement <16 x float> %225, float %123, i64 8, !dbg !17
  %227 = insertelement <16 x float> %226, float %124, i64 9, !dbg !17
  %228 = insertelement <16 x float> %227, float %125, i64 10, !dbg !17
  %229 = insertelement <16 x float> %228, float %126, i64 11, !dbg !17
  %230 = insertelement <16 x float> %229, float %127, i64 12, !dbg !17
  %231 = insertelement <16 x float> %230, float %128, i64 13, !dbg !17
  %232 = insertelement <16 x float> %231, float %129, i64 14, !dbg !17
  %233 = insertelement <16 x float> %232, float %130, i64 15, !dbg !17
  %234 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %214, <8 x bfloat> %210, <16 x float> %233, i32 0, i32 0, i32 0), !dbg !17
  %235 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %215, <8 x bfloat> %213, <16 x float> %234, i32 0, i32 0, i32 0), !dbg !17
  %236 = extractelement <16 x float> %235, i64 0, !dbg !17
  %237 = extractelement <16 x float> %235, i64 1, !dbg !17
  %238 = extractelement <16 x float> %235, i64 2, !dbg !17
  %239 = extractelement <16 x float> %235, i64 3, !dbg !17
  %240 = extractelement <16 x float> %235, i64 4, !dbg !17
  %241 = extractelement <16 x float> %235, i64 5, !dbg !17
  %242 = extractelement <16 x float> %235, i64 6, !dbg !17
  %243 = extractelement <16 x float> %235, i64 7, !dbg !17
  %244 = extractelement <16 x float> %235, i64 8, !dbg !17
  %245 = extractelement <16 x float> %235, i64 9, !dbg !17
  %246 = extractelement <16 x float> %235, i64 10, !dbg !17
  %247 = extractelement <16 x float> %235, i64 11, !dbg !17
  %248 = extractelement <16 x float> %235, i64 12, !dbg !17
  %249 = extractelement <16 x float> %235, i64 13, !dbg !17
  %250 = extractelement <16 x float> %235, i64 14, !dbg !17
  %251 = extractelement <16 x float> %235, i64 15, !dbg !17
  %252 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %131, i64 0, !dbg !17
  %253 = insertelement <16 x float> %252, float %132, i64 1, !dbg !17
  %254 = insertelement <16 x float> %253, float %133, i64 2, !dbg !17
  %255 = insertelement <16 x float> %254, float %134, i64 3, !dbg !17
  %256 = insertelement <16 x float> %255, float %135, i64 4, !dbg !17
  %257 = insertelement <16 x float> %256, float %136, i64 5, !dbg !17
  %258 = insertelement <16 x float> %257, float %137, i64 6, !dbg !17
  %259 = insertelement <16 x float> %258, float %138, i64 7, !dbg !17
  %260 = insertelement <16 x float> %259, float %139, i64 8, !dbg !17
  %261 = insertelement <16 x float> %260, float %140, i64 9, !dbg !17
  %262 = insertelement <16 x float> %261, float %141, i64 10, !dbg !17
  %263 = insertelement <16 x float> %262, float %142, i64 11, !dbg !17
  %264 = insertelement <16 x float> %263, float %143, i64 12, !dbg !17
  %265 = insertelement <16 x float> %264, float %144, i64 13, !dbg !17
  %266 = insertelement <16 x float> %265, float %145, i64 14, !dbg !17
  %267 = insertelement <16 x float> %266, float %146, i64 15, !dbg !17
  %268 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %216, <8 x bfloat> %210, <16 x float> %267, i32 0, i32 0, i32 0), !dbg !17
  %269 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %217, <8 x bfloat> %213, <16 x float> %268, i32 0, i32 0, i32 0), !dbg !17
  %270 = extractelement <16 x float> %269, i64 0, !dbg !17
  %271 = extractelement <16 x float> %269, i64 1, !dbg !17
  %272 = extractelement <16 x float> %269, i64 2, !dbg !17
  %273 = extractelement <16 x float> %269, i64 3, !dbg !17
  %274 = extractelement <16 x float> %269, i64 4, !dbg !17
  %275 = extractelement <16 x float> %269, i64 5, !dbg !17
  %276 = extractelement <16 x float> %269, i64 6, !dbg !17
  %277 = extractelement <16 x float> %269, i64 7, !dbg !17
  %278 = extractelement <16 x float> %269, i64 8, !dbg !17
  %279 = extractelement <16 x float> %269, i64 9, !dbg !17
  %280 = extractelement <16 x float> %269, i64 10, !dbg !17
  %281 = extractelement <16 x float> %269, i64 11, !dbg !17
  %282 = extractelement <16 x float> %269, i64 12, !dbg !17
  %283 = extractelement <16 x float> %269, i64 13, !dbg !17
  %284 = extractelement <16 x float> %269, i64 14, !dbg !17
  %285 = extractelement <16 x float> %269, i64 15, !dbg !17
  %286 = add i32 %147, 32, !dbg !11
  %287 = icmp slt i32 %286, %4, !dbg !11
  br i1 %287, label %.lr.ph, label %._crit_edge, !dbg !11

._crit_edge:                                      ; preds = %.lr.ph, %.preheader
  %288 = phi float [ 0.000000e+00, %.preheader ], [ %236, %.lr.ph ]
  %289 = phi float [ 0.000000e+00, %.preheader ], [ %237, %.lr.ph ]
  %290 = phi float [ 0.000000e+00, %.preheader ], [ %238, %.lr.ph ]
  %291 = phi float [ 0.000000e+00, %.preheader ], [ %239, %.lr.ph ]
  %292 = phi float [ 0.000000e+00, %.preheader ], [ %240, %.lr.ph ]
  %293 = phi float [ 0.000000e+00, %.preheader ], [ %241, %.lr.ph ]
  %294 = phi float [ 0.000000e+00, %.preheader ], [ %242, %.lr.ph ]
  %295 = phi float [ 0.000000e+00, %.preheader ], [ %243, %.lr.ph ]
  %296 = phi float [ 0.000000e+00, %.preheader ], [ %244, %.lr.ph ]
  %297 = phi float [ 0.000000e+00, %.preheader ], [ %245, %.lr.ph ]
  %298 = phi float [ 0.000000e+00, %.preheader ], [ %246, %.lr.ph ]
  %299 = phi float [ 0.000000e+00, %.preheader ], [ %247, %.lr.ph ]
  %300 = phi float [ 0.000000e+00, %.preheader ], [ %248, %.lr.ph ]
  %301 = phi float [ 0.000000e+00, %.preheader ], [ %249, %.lr.ph ]
  %302 = phi float [ 0.000000e+00, %.preheader ], [ %250, %.lr.ph ]
  %303 = phi float [ 0.000000e+00, %.preheader ], [ %251, %.lr.ph ]
  %304 = phi float [ 0.000000e+00, %.preheader ], [ %270, %.lr.ph ]
  %305 = phi float [ 0.000000e+00, %.preheader ], [ %271, %.lr.ph ]
  %306 = phi float [ 0.000000e+00, %.preheader ], [ %272, %.lr.ph ]
  %307 = phi float [ 0.000000e+00, %.preheader ], [ %273, %.lr.ph ]
  %308 = phi float [ 0.000000e+00, %.preheader ], [ %274, %.lr.ph ]
  %309 = phi float [ 0.000000e+00, %.preheader ], [ %275, %.lr.ph ]
  %310 = phi float [ 0.000000e+00, %.preheader ], [ %276, %.lr.ph ]
  %311 = phi float [ 0.000000e+00, %.preheader ], [ %277, %.lr.ph ]
  %312 = phi float [ 0.000000e+00, %.preheader ], [ %278, %.lr.ph ]
  %313 = phi float [ 0.000000e+00, %.preheader ], [ %279, %.lr.ph ]
  %314 = phi float [ 0.000000e+00, %.preheader ], [ %280, %.lr.ph ]
  %315 = phi float [ 0.000000e+00, %.preheader ], [ %281, %.lr.ph ]
  %316 = phi float [ 0.000000e+00, %.preheader ], [ %282, %.lr.ph ]
  %317 = phi float [ 0.000000e+00, %.preheader ], [ %283, %.lr.ph ]
  %318 = phi float [ 0.000000e+00, %.preheader ], [ %284, %.lr.ph ]
  %319 = phi float [ 0.000000e+00, %.preheader ], [ %285, %.lr.ph ]
  %320 = shl i32 %114, 5, !dbg !18
  %321 = or disjoint i32 %320, %72, !dbg !19
  %322 = or disjoint i32 %320, %73, !dbg !19
  %323 = or disjoint i32 %320, %74, !dbg !19
  %324 = or disjoint i32 %320, %75, !dbg !19
  %325 = shl i32 %321, 1, !dbg !20
  %326 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %76, i32 %325, i32 0, i32 0), !dbg !20
  %327 = shl i32 %322, 1, !dbg !20
  %328 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %76, i32 %327, i32 0, i32 0), !dbg !20
  %329 = shl i32 %323, 1, !dbg !20
  %330 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %76, i32 %329, i32 0, i32 0), !dbg !20
  %331 = shl i32 %324, 1, !dbg !20
  %332 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %76, i32 %331, i32 0, i32 0), !dbg !20
  %333 = insertelement <2 x float> poison, float %288, i64 0, !dbg !21
  %334 = insertelement <2 x float> %333, float %289, i64 1, !dbg !21
  %335 = fptrunc <2 x float> %334 to <2 x bfloat>, !dbg !21
  %336 = insertelement <2 x float> poison, float %290, i64 0, !dbg !21
  %337 = insertelement <2 x float> %336, float %291, i64 1, !dbg !21
  %338 = fptrunc <2 x float> %337 to <2 x bfloat>, !dbg !21
  %339 = insertelement <2 x float> poison, float %292, i64 0, !dbg !21
  %340 = insertelement <2 x float> %339, float %293, i64 1, !dbg !21
  %341 = fptrunc <2 x float> %340 to <2 x bfloat>, !dbg !21
  %342 = insertelement <2 x float> poison, float %294, i64 0, !dbg !21
  %343 = insertelement <2 x float> %342, float %295, i64 1, !dbg !21
  %344 = fptrunc <2 x float> %343 to <2 x bfloat>, !dbg !21
  %345 = insertelement <2 x float> poison, float %296, i64 0, !dbg !21
  %346 = insertelement <2 x float> %345, float %297, i64 1, !dbg !21
  %347 = fptrunc <2 x float> %346 to <2 x bfloat>, !dbg !21
  %348 = insertelement <2 x float> poison, float %298, i64 0, !dbg !21
  %349 = insertelement <2 x float> %348, float %299, i64 1, !dbg !21
  %350 = fptrunc <2 x float> %349 to <2 x bfloat>, !dbg !21
  %351 = insertelement <2 x float> poison, float %300, i64 0, !dbg !21
  %352 = insertelement <2 x float> %351, float %301, i64 1, !dbg !21
  %353 = fptrunc <2 x float> %352 to <2 x bfloat>, !dbg !21
  %354 = insertelement <2 x float> poison, float %302, i64 0, !dbg !21
  %355 = insertelement <2 x float> %354, float %303, i64 1, !dbg !21
  %356 = fptrunc <2 x float> %355 to <2 x bfloat>, !dbg !21
  %357 = insertelement <2 x float> poison, float %304, i64 0, !dbg !21
  %358 = insertelement <2 x float> %357, float %305, i64 1, !dbg !21
  %359 = fptrunc <2 x float> %358 to <2 x bfloat>, !dbg !21
  %360 = insertelement <2 x float> poison, float %306, i64 0, !dbg !21
  %361 = insertelement <2 x float> %360, float %307, i64 1, !dbg !21
  %362 = fptrunc <2 x float> %361 to <2 x bfloat>, !dbg !21
  %363 = insertelement <2 x float> poison, float %308, i64 0, !dbg !21
  %364 = insertelement <2 x float> %363, float %309, i64 1, !dbg !21
  %365 = fptrunc <2 x float> %364 to <2 x bfloat>, !dbg !21
  %366 = insertelement <2 x float> poison, float %310, i64 0, !dbg !21
  %367 = insertelement <2 x float> %366, float %311, i64 1, !dbg !21
  %368 = fptrunc <2 x float> %367 to <2 x bfloat>, !dbg !21
  %369 = insertelement <2 x float> poison, float %312, i64 0, !dbg !21
  %370 = insertelement <2 x float> %369, float %313, i64 1, !dbg !21
  %371 = fptrunc <2 x float> %370 to <2 x bfloat>, !dbg !21
  %372 = insertelement <2 x float> poison, float %314, i64 0, !dbg !21
  %373 = insertelement <2 x float> %372, float %315, i64 1, !dbg !21
  %374 = fptrunc <2 x float> %373 to <2 x bfloat>, !dbg !21
  %375 = insertelement <2 x float> poison, float %316, i64 0, !dbg !21
  %376 = insertelement <2 x float> %375, float %317, i64 1, !dbg !21
  %377 = fptrunc <2 x float> %376 to <2 x bfloat>, !dbg !21
  %378 = insertelement <2 x float> poison, float %318, i64 0, !dbg !21
  %379 = insertelement <2 x float> %378, float %319, i64 1, !dbg !21
  %380 = fptrunc <2 x float> %379 to <2 x bfloat>, !dbg !21
  %381 = bitcast <2 x bfloat> %335 to i32, !dbg !21
  %382 = bitcast <2 x bfloat> %338 to i32, !dbg !21
  %383 = bitcast <2 x bfloat> %341 to i32, !dbg !21
  %384 = bitcast <2 x bfloat> %344 to i32, !dbg !21
  %385 = bitcast <2 x bfloat> %347 to i32, !dbg !21
  %386 = bitcast <2 x bfloat> %350 to i32, !dbg !21
  %387 = bitcast <2 x bfloat> %353 to i32, !dbg !21
  %388 = bitcast <2 x bfloat> %356 to i32, !dbg !21
  %389 = bitcast <2 x bfloat> %359 to i32, !dbg !21
  %390 = bitcast <2 x bfloat> %362 to i32, !dbg !21
  %391 = bitcast <2 x bfloat> %365 to i32, !dbg !21
  %392 = bitcast <2 x bfloat> %368 to i32, !dbg !21
  %393 = bitcast <2 x bfloat> %371 to i32, !dbg !21
  %394 = bitcast <2 x bfloat> %374 to i32, !dbg !21
  %395 = bitcast <2 x bfloat> %377 to i32, !dbg !21
  %396 = bitcast <2 x bfloat> %380 to i32, !dbg !21
  %397 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %381, i32 %383, i1 false, i1 false), !dbg !21
  %398 = extractvalue { i32, i32 } %397, 0, !dbg !21
  %399 = extractvalue { i32, i32 } %397, 1, !dbg !21
  %400 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %382, i32 %384, i1 false, i1 false), !dbg !21
  %401 = extractvalue { i32, i32 } %400, 0, !dbg !21
  %402 = extractvalue { i32, i32 } %400, 1, !dbg !21
  %403 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %385, i32 %387, i1 false, i1 false), !dbg !21
  %404 = extractvalue { i32, i32 } %403, 0, !dbg !21
  %405 = extractvalue { i32, i32 } %403, 1, !dbg !21
  %406 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %386, i32 %388, i1 false, i1 false), !dbg !21
  %407 = extractvalue { i32, i32 } %406, 0, !dbg !21
  %408 = extractvalue { i32, i32 } %406, 1, !dbg !21
  %409 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %389, i32 %391, i1 false, i1 false), !dbg !21
  %410 = extractvalue { i32, i32 } %409, 0, !dbg !21
  %411 = extractvalue { i32, i32 } %409, 1, !dbg !21
  %412 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %390, i32 %392, i1 false, i1 false), !dbg !21
  %413 = extractvalue { i32, i32 } %412, 0, !dbg !21
  %414 = extractvalue { i32, i32 } %412, 1, !dbg !21
  %415 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %393, i32 %395, i1 false, i1 false), !dbg !21
  %416 = extractvalue { i32, i32 } %415, 0, !dbg !21
  %417 = extractvalue { i32, i32 } %415, 1, !dbg !21
  %418 = tail call { i32, i32 } @llvm.amdgcn.permlane32.swap(i32 %394, i32 %396, i1 false, i1 false), !dbg !21
  %419 = extractvalue { i32, i32 } %418, 0, !dbg !21
  %420 = extractvalue { i32, i32 } %418, 1, !dbg !21
  %421 = bitcast i32 %398 to <2 x bfloat>, !dbg !21
  %422 = bitcast i32 %401 to <2 x bfloat>, !dbg !21
  %423 = bitcast i32 %399 to <2 x bfloat>, !dbg !21
  %424 = shufflevector <2 x bfloat> %423, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %425 = bitcast i32 %402 to <2 x bfloat>, !dbg !21
  %426 = shufflevector <2 x bfloat> %425, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %427 = bitcast i32 %404 to <2 x bfloat>, !dbg !21
  %428 = bitcast i32 %407 to <2 x bfloat>, !dbg !21
  %429 = bitcast i32 %405 to <2 x bfloat>, !dbg !21
  %430 = shufflevector <2 x bfloat> %429, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %431 = bitcast i32 %408 to <2 x bfloat>, !dbg !21
  %432 = shufflevector <2 x bfloat> %431, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %433 = bitcast i32 %410 to <2 x bfloat>, !dbg !21
  %434 = bitcast i32 %413 to <2 x bfloat>, !dbg !21
  %435 = bitcast i32 %411 to <2 x bfloat>, !dbg !21
  %436 = shufflevector <2 x bfloat> %435, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %437 = bitcast i32 %414 to <2 x bfloat>, !dbg !21
  %438 = shufflevector <2 x bfloat> %437, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %439 = bitcast i32 %416 to <2 x bfloat>, !dbg !21
  %440 = bitcast i32 %419 to <2 x bfloat>, !dbg !21
  %441 = bitcast i32 %417 to <2 x bfloat>, !dbg !21
  %442 = shufflevector <2 x bfloat> %441, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %443 = bitcast i32 %420 to <2 x bfloat>, !dbg !21
  %444 = shufflevector <2 x bfloat> %443, <2 x bfloat> poison, <8 x i32> <i32 0, i32 1, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <4 x i32> %326, ptr addrspace(3) %49, align 16, !dbg !20
  store <4 x i32> %328, ptr addrspace(3) %77, align 16, !dbg !20
  store <4 x i32> %330, ptr addrspace(3) %50, align 16, !dbg !20
  store <4 x i32> %332, ptr addrspace(3) %78, align 16, !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %445 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %89), !dbg !20
  %446 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %90), !dbg !20
  %447 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %91), !dbg !20
  %448 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %92), !dbg !20
  %449 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %94), !dbg !20
  %450 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %95), !dbg !20
  %451 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %96), !dbg !20
  %452 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %97), !dbg !20
  %453 = shufflevector <2 x bfloat> %421, <2 x bfloat> %422, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !22
  %454 = shufflevector <8 x bfloat> %453, <8 x bfloat> %424, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !22
  %455 = shufflevector <8 x bfloat> %454, <8 x bfloat> %426, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !22
  %456 = shufflevector <2 x bfloat> %427, <2 x bfloat> %428, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !22
  %457 = shufflevector <8 x bfloat> %456, <8 x bfloat> %430, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !22
  %458 = shufflevector <8 x bfloat> %457, <8 x bfloat> %432, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !22
  %459 = shufflevector <2 x bfloat> %433, <2 x bfloat> %434, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !22
  %460 = shufflevector <8 x bfloat> %459, <8 x bfloat> %436, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !22
  %461 = shufflevector <8 x bfloat> %460, <8 x bfloat> %438, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !22
  %462 = shufflevector <2 x bfloat> %439, <2 x bfloat> %440, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>, !dbg !22
  %463 = shufflevector <8 x bfloat> %462, <8 x bfloat> %442, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 poison, i32 poison>, !dbg !22
  %464 = shufflevector <8 x bfloat> %463, <8 x bfloat> %444, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 8, i32 9>, !dbg !22
  %465 = shufflevector <4 x bfloat> %445, <4 x bfloat> %449, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !22
  %466 = shufflevector <4 x bfloat> %446, <4 x bfloat> %450, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !22
  %467 = shufflevector <4 x bfloat> %447, <4 x bfloat> %451, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !22
  %468 = shufflevector <4 x bfloat> %448, <4 x bfloat> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !22
  %469 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %98, i64 0, !dbg !22
  %470 = insertelement <16 x float> %469, float %99, i64 1, !dbg !22
  %471 = insertelement <16 x float> %470, float %100, i64 2, !dbg !22
  %472 = insertelement <16 x float> %471, float %101, i64 3, !dbg !22
  %473 = insertelement <16 x float> %472, float %102, i64 4, !dbg !22
  %474 = insertelement <16 x float> %473, float %103, i64 5, !dbg !22
  %475 = insertelement <16 x float> %474, float %104, i64 6, !dbg !22
  %476 = insertelement <16 x float> %475, float %105, i64 7, !dbg !22
  %477 = insertelement <16 x float> %476, float %106, i64 8, !dbg !22
  %478 = insertelement <16 x float> %477, float %107, i64 9, !dbg !22
  %479 = insertelement <16 x float> %478, float %108, i64 10, !dbg !22
  %480 = insertelement <16 x float> %479, float %109, i64 11, !dbg !22
  %481 = insertelement <16 x float> %480, float %110, i64 12, !dbg !22
  %482 = insertelement <16 x float> %481, float %111, i64 13, !dbg !22
  %483 = insertelement <16 x float> %482, float %112, i64 14, !dbg !22
  %484 = insertelement <16 x float> %483, float %113, i64 15, !dbg !22
  %485 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %465, <8 x bfloat> %455, <16 x float> %484, i32 0, i32 0, i32 0), !dbg !22
  %486 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %466, <8 x bfloat> %458, <16 x float> %485, i32 0, i32 0, i32 0), !dbg !22
  %487 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %467, <8 x bfloat> %461, <16 x float> %486, i32 0, i32 0, i32 0), !dbg !22
  %488 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %468, <8 x bfloat> %464, <16 x float> %487, i32 0, i32 0, i32 0), !dbg !22
  %489 = extractelement <16 x float> %488, i64 0, !dbg !22
  %490 = extractelement <16 x float> %488, i64 1, !dbg !22
  %491 = extractelement <16 x float> %488, i64 2, !dbg !22
  %492 = extractelement <16 x float> %488, i64 3, !dbg !22
  %493 = extractelement <16 x float> %488, i64 4, !dbg !22
  %494 = extractelement <16 x float> %488, i64 5, !dbg !22
  %495 = extractelement <16 x float> %488, i64 6, !dbg !22
  %496 = extractelement <16 x float> %488, i64 7, !dbg !22
  %497 = extractelement <16 x float> %488, i64 8, !dbg !22
  %498 = extractelement <16 x float> %488, i64 9, !dbg !22
  %499 = extractelement <16 x float> %488, i64 10, !dbg !22
  %500 = extractelement <16 x float> %488, i64 11, !dbg !22
  %501 = extractelement <16 x float> %488, i64 12, !dbg !22
  %502 = extractelement <16 x float> %488, i64 13, !dbg !22
  %503 = extractelement <16 x float> %488, i64 14, !dbg !22
  %504 = extractelement <16 x float> %488, i64 15, !dbg !22
  %505 = add i32 %114, 64, !dbg !8
  %506 = icmp slt i32 %505, %5, !dbg !8
  br i1 %506, label %.preheader, label %._crit_edge16, !dbg !8

._crit_edge16:                                    ; preds = %._crit_edge, %.._crit_edge16_crit_edge
  %.pre-phi = phi i32 [ %.pre, %.._crit_edge16_crit_edge ], [ %54, %._crit_edge ], !dbg !9
  %507 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %489, %._crit_edge ], !dbg !23
  %508 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %490, %._crit_edge ], !dbg !23
  %509 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %491, %._crit_edge ], !dbg !23
  %510 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %492, %._crit_edge ], !dbg !23
  %511 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %493, %._crit_edge ], !dbg !23
  %512 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %494, %._crit_edge ], !dbg !23
  %513 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %495, %._crit_edge ], !dbg !23
  %514 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %496, %._crit_edge ], !dbg !23
  %515 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %497, %._crit_edge ], !dbg !23
  %516 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %498, %._crit_edge ], !dbg !23
  %517 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %499, %._crit_edge ], !dbg !23
  %518 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %500, %._crit_edge ], !dbg !23
  %519 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %501, %._crit_edge ], !dbg !23
  %520 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %502, %._crit_edge ], !dbg !23
  %521 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %503, %._crit_edge ], !dbg !23
  %522 = phi float [ 0.000000e+00, %.._crit_edge16_crit_edge ], [ %504, %._crit_edge ], !dbg !23
  %523 = lshr i32 %9, 3, !dbg !24
  %524 = and i32 %523, 4, !dbg !24
  %525 = and i32 %.pre-phi, 992, !dbg !9
  %526 = or disjoint i32 %525, %524, !dbg !9
  %527 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !25
  %528 = insertelement <4 x float> poison, float %507, i64 0, !dbg !25
  %529 = insertelement <4 x float> %528, float %508, i64 1, !dbg !25
  %530 = insertelement <4 x float> %529, float %509, i64 2, !dbg !25
  %531 = insertelement <4 x float> %530, float %510, i64 3, !dbg !25
  %532 = shl nuw nsw i32 %526, 2, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %531, ptr addrspace(8) %527, i32 %532, i32 0, i32 0), !dbg !25
  %533 = insertelement <4 x float> poison, float %511, i64 0, !dbg !25
  %534 = insertelement <4 x float> %533, float %512, i64 1, !dbg !25
  %535 = insertelement <4 x float> %534, float %513, i64 2, !dbg !25
  %536 = insertelement <4 x float> %535, float %514, i64 3, !dbg !25
  %537 = or disjoint i32 %532, 32, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %536, ptr addrspace(8) %527, i32 %537, i32 0, i32 0), !dbg !25
  %538 = insertelement <4 x float> poison, float %515, i64 0, !dbg !25
  %539 = insertelement <4 x float> %538, float %516, i64 1, !dbg !25
  %540 = insertelement <4 x float> %539, float %517, i64 2, !dbg !25
  %541 = insertelement <4 x float> %540, float %518, i64 3, !dbg !25
  %542 = or disjoint i32 %532, 64, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %541, ptr addrspace(8) %527, i32 %542, i32 0, i32 0), !dbg !25
  %543 = insertelement <4 x float> poison, float %519, i64 0, !dbg !25
  %544 = insertelement <4 x float> %543, float %520, i64 1, !dbg !25
  %545 = insertelement <4 x float> %544, float %521, i64 2, !dbg !25
  %546 = insertelement <4 x float> %545, float %522, i64 3, !dbg !25
  %547 = or disjoint i32 %532, 96, !dbg !25
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %546, ptr addrspace(8) %527, i32 %547, i32 0, i32 0), !dbg !25
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
!9 = !DILocation(line: 462, column: 40, scope: !4)
!10 = !DILocation(line: 450, column: 22, scope: !4)
!11 = !DILocation(line: 455, column: 30, scope: !4)
!12 = !DILocation(line: 457, column: 50, scope: !4)
!13 = !DILocation(line: 457, column: 24, scope: !4)
!14 = !DILocation(line: 458, column: 32, scope: !4)
!15 = !DILocation(line: 458, column: 50, scope: !4)
!16 = !DILocation(line: 458, column: 24, scope: !4)
!17 = !DILocation(line: 459, column: 29, scope: !4)
!18 = !DILocation(line: 460, column: 28, scope: !4)
!19 = !DILocation(line: 460, column: 54, scope: !4)
!20 = !DILocation(line: 460, column: 20, scope: !4)
!21 = !DILocation(line: 461, column: 26, scope: !4)
!22 = !DILocation(line: 461, column: 43, scope: !4)
!23 = !DILocation(line: 452, column: 19, scope: !4)
!24 = !DILocation(line: 462, column: 43, scope: !4)
!25 = !DILocation(line: 462, column: 53, scope: !4)
!26 = !DILocation(line: 462, column: 4, scope: !4)
