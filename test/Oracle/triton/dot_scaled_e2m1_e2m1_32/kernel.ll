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
  %17 = shl nuw nsw i32 %10, 3, !dbg !10
  %18 = and i32 %17, 56, !dbg !10
  %19 = and i32 %10, 32, !dbg !10
  %20 = and i32 %10, 64, !dbg !10
  %21 = shl i32 %9, 6, !dbg !11
  %22 = and i32 %10, 3, !dbg !12
  %23 = sdiv i32 %5, 2, !dbg !13
  %24 = mul i32 %23, %21, !dbg !14
  %25 = sdiv i32 %5, 32, !dbg !15
  %26 = mul i32 %25, %21, !dbg !16
  %27 = icmp sgt i32 %5, 0, !dbg !17
  %28 = mul i32 %23, %13, !dbg !18
  %29 = mul i32 %23, %14, !dbg !18
  %30 = add i32 %28, %18, !dbg !18
  %31 = add i32 %29, %18, !dbg !18
  %32 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !19
  %33 = select i1 %27, i32 %30, i32 -2147483648, !dbg !19
  %34 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %33, i32 0, i32 0), !dbg !19
  %35 = select i1 %27, i32 %31, i32 -2147483648, !dbg !19
  %36 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %35, i32 0, i32 0), !dbg !19
  %37 = add i32 %30, %24, !dbg !20
  %38 = add i32 %31, %24, !dbg !20
  %39 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !21
  %40 = select i1 %27, i32 %37, i32 -2147483648, !dbg !21
  %41 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %40, i32 0, i32 0), !dbg !21
  %42 = select i1 %27, i32 %38, i32 -2147483648, !dbg !21
  %43 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %42, i32 0, i32 0), !dbg !21
  %44 = mul i32 %25, %16, !dbg !22
  %45 = add i32 %44, %22, !dbg !22
  %46 = add i32 %45, %26, !dbg !22
  %47 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %48 = select i1 %27, i32 %46, i32 -2147483648, !dbg !23
  %49 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %47, i32 %48, i32 0, i32 0), !dbg !23
  %50 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !24
  %51 = select i1 %27, i32 %45, i32 -2147483648, !dbg !24
  %52 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %50, i32 %51, i32 0, i32 0), !dbg !24
  %53 = shl nuw nsw i32 %11, 3, !dbg !19
  %54 = lshr i32 %10, 1, !dbg !19
  %55 = and i32 %54, 48, !dbg !19
  %56 = xor i32 %53, %55, !dbg !19
  %57 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %56, !dbg !19
  store <2 x i32> %34, ptr addrspace(3) %57, align 8, !dbg !19
  %58 = or disjoint i32 %56, 2048, !dbg !19
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %58, !dbg !19
  store <2 x i32> %36, ptr addrspace(3) %59, align 8, !dbg !19
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %56, !dbg !21
  store <2 x i32> %41, ptr addrspace(3) %60, align 8, !dbg !21
  %61 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %58, !dbg !21
  store <2 x i32> %43, ptr addrspace(3) %61, align 8, !dbg !21
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %11, !dbg !23
  %63 = insertelement <1 x i8> poison, i8 %49, i64 0, !dbg !23
  store <1 x i8> %63, ptr addrspace(3) %62, align 1, !dbg !23
  %64 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %11, !dbg !24
  %65 = insertelement <1 x i8> poison, i8 %52, i64 0, !dbg !24
  store <1 x i8> %65, ptr addrspace(3) %64, align 1, !dbg !24
  %66 = add i32 %5, -128, !dbg !17
  %67 = icmp sgt i32 %66, 0, !dbg !17
  %68 = and i32 %10, 31
  br i1 %67, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !17

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre10 = and i32 %10, 128, !dbg !19
  br label %._crit_edge, !dbg !17

.lr.ph:                                           ; preds = %8
  %69 = shl nuw nsw i32 %68, 6
  %70 = shl nuw nsw i32 %10, 2
  %71 = and i32 %70, 48
  %72 = lshr exact i32 %19, 1
  %73 = and i32 %10, 128
  %74 = shl nuw nsw i32 %73, 4
  %75 = or disjoint i32 %69, %74
  %76 = xor i32 %71, %72
  %77 = or disjoint i32 %75, %76
  %78 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %77
  %79 = xor i32 %77, 32
  %80 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %79
  %81 = shl nuw nsw i32 %20, 5
  %82 = or disjoint i32 %69, %81
  %83 = or disjoint i32 %82, %76
  %84 = xor i32 %83, 32
  %85 = shl nuw nsw i32 %68, 2
  %.lobit1 = lshr exact i32 %19, 5
  %86 = shl nuw nsw i32 %20, 1
  %87 = or disjoint i32 %85, %.lobit1
  %88 = add i32 %30, 64, !dbg !18
  %89 = add i32 %31, 64, !dbg !18
  %90 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %88, i32 0, i32 0), !dbg !19
  %91 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %89, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %92 = load <4 x i32>, ptr addrspace(3) %78, align 16, !dbg !19
  %93 = load <4 x i32>, ptr addrspace(3) %80, align 16, !dbg !19
  %94 = add i32 %24, 64, !dbg !20
  %95 = add i32 %94, %30, !dbg !20
  %96 = add i32 %94, %31, !dbg !20
  %97 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %95, i32 0, i32 0), !dbg !21
  %98 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %96, i32 0, i32 0), !dbg !21
  %99 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %83, !dbg !25
  %100 = load <4 x i32>, ptr addrspace(3) %99, align 16, !dbg !25
  %101 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %84, !dbg !25
  %102 = load <4 x i32>, ptr addrspace(3) %101, align 16, !dbg !25
  %103 = add i32 %46, 4, !dbg !22
  %104 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %47, i32 %103, i32 0, i32 0), !dbg !23
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %87, !dbg !23
  %106 = getelementptr inbounds nuw i8, ptr addrspace(3) %105, i32 %86, !dbg !23
  %107 = load <1 x i8>, ptr addrspace(3) %106, align 1, !dbg !23
  %108 = getelementptr inbounds nuw i8, ptr addrspace(3) %106, i32 2, !dbg !23
  %109 = load <1 x i8>, ptr addrspace(3) %108, align 1, !dbg !23
  %110 = add i32 %45, 4, !dbg !26
  %111 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %50, i32 %110, i32 0, i32 0), !dbg !24
  %112 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %87, !dbg !24
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) %112, i32 %73, !dbg !24
  %114 = load <1 x i8>, ptr addrspace(3) %113, align 1, !dbg !24
  %115 = getelementptr inbounds nuw i8, ptr addrspace(3) %113, i32 2, !dbg !24
  %116 = load <1 x i8>, ptr addrspace(3) %115, align 1, !dbg !24
  %117 = shufflevector <1 x i8> %114, <1 x i8> %116, <2 x i32> <i32 0, i32 1>, !dbg !25
  %118 = bitcast <2 x i8> %117 to i16, !dbg !25
  %119 = zext i16 %118 to i32, !dbg !25
  %120 = shufflevector <1 x i8> %107, <1 x i8> %109, <2 x i32> <i32 0, i32 1>, !dbg !25
  %121 = bitcast <2 x i8> %120 to i16, !dbg !25
  %122 = zext i16 %121 to i32, !dbg !25
  %123 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %100, <4 x i32> %92, <16 x float> zeroinitializer, i32 4, i32 4, i32 0, i32 %122, i32 0, i32 %119), !dbg !25
  %124 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %102, <4 x i32> %93, <16 x float> %123, i32 4, i32 4, i32 1, i32 %122, i32 1, i32 %119), !dbg !25
  %125 = extractelement <16 x float> %124, i64 0, !dbg !25
  %126 = extractelement <16 x float> %124, i64 1, !dbg !25
  %127 = extractelement <16 x float> %124, i64 2, !dbg !25
  %128 = extractelement <16 x float> %124, i64 3, !dbg !25
  %129 = extractelement <16 x float> %124, i64 4, !dbg !25
  %130 = extractelement <16 x float> %124, i64 5, !dbg !25
  %131 = extractelement <16 x float> %124, i64 6, !dbg !25
  %132 = extractelement <16 x float> %124, i64 7, !dbg !25
  %133 = extractelement <16 x float> %124, i64 8, !dbg !25
  %134 = extractelement <16 x float> %124, i64 9, !dbg !25
  %135 = extractelement <16 x float> %124, i64 10, !dbg !25
  %136 = extractelement <16 x float> %124, i64 11, !dbg !25
  %137 = extractelement <16 x float> %124, i64 12, !dbg !25
  %138 = extractelement <16 x float> %124, i64 13, !dbg !25
  %139 = extractelement <16 x float> %124, i64 14, !dbg !25
  %140 = extractelement <16 x float> %124, i64 15, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <2 x i32> %90, ptr addrspace(3) %57, align 8, !dbg !19
  store <2 x i32> %91, ptr addrspace(3) %59, align 8, !dbg !19
  store <2 x i32> %97, ptr addrspace(3) %60, align 8, !dbg !21
  store <2 x i32> %98, ptr addrspace(3) %61, align 8, !dbg !21
  %141 = insertelement <1 x i8> poison, i8 %104, i64 0, !dbg !23
  store <1 x i8> %141, ptr addrspace(3) %62, align 1, !dbg !23
  %142 = insertelement <1 x i8> poison, i8 %111, i64 0, !dbg !24
  store <1 x i8> %142, ptr addrspace(3) %64, align 1, !dbg !24
  %143 = icmp samesign ugt i32 %66, 128, !dbg !17
  br i1 %143, label %.peel.next, label %._crit_edge, !dbg !17

.peel.next:                                       ; preds = %.lr.ph
  %144 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %83
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %84
  %146 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %87
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) %146, i32 %86
  %148 = getelementptr inbounds nuw i8, ptr addrspace(3) %147, i32 2
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %87
  %150 = getelementptr inbounds nuw i8, ptr addrspace(3) %149, i32 %73
  %151 = getelementptr inbounds nuw i8, ptr addrspace(3) %150, i32 2
  br label %152, !dbg !17

152:                                              ; preds = %.peel.next, %152
  %153 = phi float [ %125, %.peel.next ], [ %218, %152 ]
  %154 = phi float [ %126, %.peel.next ], [ %219, %152 ]
  %155 = phi float [ %127, %.peel.next ], [ %220, %152 ]
  %156 = phi float [ %128, %.peel.next ], [ %221, %152 ]
  %157 = phi float [ %129, %.peel.next ], [ %222, %152 ]
  %158 = phi float [ %130, %.peel.next ], [ %223, %152 ]
  %159 = phi float [ %131, %.peel.next ], [ %224, %152 ]
  %160 = phi float [ %132, %.peel.next ], [ %225, %152 ]
  %161 = phi float [ %133, %.peel.next ], [ %226, %152 ]
  %162 = phi float [ %134, %.peel.next ], [ %227, %152 ]
  %163 = phi float [ %135, %.peel.next ], [ %228, %152 ]
  %164 = phi float [ %136, %.peel.next ], [ %229, %152 ]
  %165 = phi float [ %137, %.peel.next ], [ %230, %152 ]
  %166 = phi float [ %138, %.peel.next ], [ %231, %152 ]
  %167 = phi float [ %139, %.peel.next ], [ %232, %152 ]
  %168 = phi float [ %140, %.peel.next ], [ %233, %152 ]
  %169 = phi i32 [ 128, %.peel.next ], [ %170, %152 ]
  %170 = add i32 %169, 128, !dbg !17
  %171 = ashr exact i32 %170, 1, !dbg !27
  %172 = ashr exact i32 %170, 5, !dbg !28
  %173 = add i32 %171, %30, !dbg !18
  %174 = add i32 %171, %31, !dbg !18
  %175 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %173, i32 0, i32 0), !dbg !19
  %176 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %174, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %177 = load <4 x i32>, ptr addrspace(3) %78, align 16, !dbg !19
  %178 = load <4 x i32>, ptr addrspace(3) %80, align 16, !dbg !19
  %179 = add i32 %171, %24, !dbg !20
  %180 = add i32 %179, %30, !dbg !20
  %181 = add i32 %179, %31, !dbg !20
  %182 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %180, i32 0, i32 0), !dbg !21
  %183 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %39, i32 %181, i32 0, i32 0), !dbg !21
  %184 = load <4 x i32>, ptr addrspace(3) %144, align 16, !dbg !25
  %185 = load <4 x i32>, ptr addrspace(3) %145, align 16, !dbg !25
  %186 = add i32 %46, %172, !dbg !22
  %187 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %47, i32 %186, i32 0, i32 0), !dbg !23
  %188 = load <1 x i8>, ptr addrspace(3) %147, align 1, !dbg !23
  %189 = load <1 x i8>, ptr addrspace(3) %148, align 1, !dbg !23
  %190 = add i32 %172, %45, !dbg !26
  %191 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %50, i32 %190, i32 0, i32 0), !dbg !24
  %192 = load <1 x i8>, ptr addrspace(3) %150, align 1, !dbg !24
  %193 = load <1 x i8>, ptr addrspace(3) %151, align 1, !dbg !24
  %194 = shufflevector <1 x i8> %192, <1 x i8> %193, <2 x i32> <i32 0, i32 1>, !dbg !25
  %195 = bitcast <2 x i8> %194 to i16, !dbg !25
  %196 = zext i16 %195 to i32, !dbg !25
  %197 = shufflevector <1 x i8> %188, <1 x i8> %189, <2 x i32> <i32 0, i32 1>, !dbg !25
  %198 = bitcast <2 x i8> %197 to i16, !dbg !25
  %199 = zext i16 %198 to i32, !dbg !25
  %200 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %153, i64 0, !dbg !25
  %201 = insertelement <16 x float> %200, float %154, i64 1, !dbg !25
  %202 = insertelement <16 x float> %201, float %155, i64 2, !dbg !25
  %203 = insertelement <16 x float> %202, float %156, i64 3, !dbg !25
  %204 = insertelement <16 x float> %203, float %157, i64 4, !dbg !25
  %205 = insertelement <16 x float> %204, float %158, i64 5, !dbg !25
  %206 = insertelement <16 x float> %205, float %159, i64 6, !dbg !25
  %207 = insertelement <16 x float> %206, float %160, i64 7, !dbg !25
  %208 = insertelement <16 x float> %207, float %161, i64 8, !dbg !25
  %209 = insertelement <16 x float> %208, float %162, i64 9, !dbg !25
  %210 = insertelement <16 x float> %209, float %163, i64 10, !dbg !25
  %211 = insertelement <16 x float> %210, float %164, i64 11, !dbg !25
  %212 = insertelement <16 x float> %211, float %165, i64 12, !dbg !25
  %213 = insertelement <16 x float> %212, float %166, i64 13, !dbg !25
  %214 = insertelement <16 x float> %213, float %167, i64 14, !dbg !25
  %215 = insertelement <16 x float> %214, float %168, i64 15, !dbg !25
  %216 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %184, <4 x i32> %177, <16 x float> %215, i32 4, i32 4, i32 0, i32 %199, i32 0, i32 %196), !dbg !25
  %217 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %185, <4 x i32> %178, <16 x float> %216, i32 4, i32 4, i32 1, i32 %199, i32 1, i32 %196), !dbg !25
  %218 = extractelement <16 x float> %217, i64 0, !dbg !25
  %219 = extractelement <16 x float> %217, i64 1, !dbg !25
  %220 = extractelement <16 x float> %217, i64 2, !dbg !25
  %221 = extractelement <16 x float> %217, i64 3, !dbg !25
  %222 = extractelement <16 x float> %217, i64 4, !dbg !25
  %223 = extractelement <16 x float> %217, i64 5, !dbg !25
  %224 = extractelement <16 x float> %217, i64 6, !dbg !25
  %225 = extractelement <16 x float> %217, i64 7, !dbg !25
  %226 = extractelement <16 x float> %217, i64 8, !dbg !25
  %227 = extractelement <16 x float> %217, i64 9, !dbg !25
  %228 = extractelement <16 x float> %217, i64 10, !dbg !25
  %229 = extractelement <16 x float> %217, i64 11, !dbg !25
  %230 = extractelement <16 x float> %217, i64 12, !dbg !25
  %231 = extractelement <16 x float> %217, i64 13, !dbg !25
  %232 = extractelement <16 x float> %217, i64 14, !dbg !25
  %233 = extractelement <16 x float> %217, i64 15, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <2 x i32> %175, ptr addrspace(3) %57, align 8, !dbg !19
  store <2 x i32> %176, ptr addrspace(3) %59, align 8, !dbg !19
  store <2 x i32> %182, ptr addrspace(3) %60, align 8, !dbg !21
  store <2 x i32> %183, ptr addrspace(3) %61, align 8, !dbg !21
  %234 = insertelement <1 x i8> poison, i8 %187, i64 0, !dbg !23
  store <1 x i8> %234, ptr addrspace(3) %62, align 1, !dbg !23
  %235 = insertelement <1 x i8> poison, i8 %191, i64 0, !dbg !24
  store <1 x i8> %235, ptr addrspace(3) %64, align 1, !dbg !24
  %236 = icmp slt i32 %170, %66, !dbg !17
  br i1 %236, label %152, label %._crit_edge, !dbg !17, !llvm.loop !29

._crit_edge:                                      ; preds = %152, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi11 = phi i32 [ %.pre10, %.._crit_edge_crit_edge ], [ %73, %.lr.ph ], [ %73, %152 ], !dbg !19
  %237 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %125, %.lr.ph ], [ %218, %152 ], !dbg !31
  %238 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %126, %.lr.ph ], [ %219, %152 ], !dbg !31
  %239 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %127, %.lr.ph ], [ %220, %152 ], !dbg !31
  %240 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %128, %.lr.ph ], [ %221, %152 ], !dbg !31
  %241 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %129, %.lr.ph ], [ %222, %152 ], !dbg !31
  %242 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %130, %.lr.ph ], [ %223, %152 ], !dbg !31
  %243 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %131, %.lr.ph ], [ %224, %152 ], !dbg !31
  %244 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %132, %.lr.ph ], [ %225, %152 ], !dbg !31
  %245 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %133, %.lr.ph ], [ %226, %152 ], !dbg !31
  %246 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %134, %.lr.ph ], [ %227, %152 ], !dbg !31
  %247 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %135, %.lr.ph ], [ %228, %152 ], !dbg !31
  %248 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %136, %.lr.ph ], [ %229, %152 ], !dbg !31
  %249 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %137, %.lr.ph ], [ %230, %152 ], !dbg !31
  %250 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %138, %.lr.ph ], [ %231, %152 ], !dbg !31
  %251 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %139, %.lr.ph ], [ %232, %152 ], !dbg !31
  %252 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %140, %.lr.ph ], [ %233, %152 ], !dbg !31
  %253 = add i32 %5, 127, !dbg !17
  %254 = icmp sgt i32 %253, 127, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  br i1 %254, label %255, label %._crit_edge._crit_edge, !dbg !25

255:                                              ; preds = %._crit_edge
  %256 = shl nuw nsw i32 %68, 2, !dbg !23
  %.lobit = lshr exact i32 %19, 5, !dbg !23
  %257 = or disjoint i32 %256, %.lobit, !dbg !23
  %258 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %257, !dbg !24
  %259 = getelementptr inbounds nuw i8, ptr addrspace(3) %258, i32 %.pre-phi11, !dbg !24
  %260 = getelementptr inbounds nuw i8, ptr addrspace(3) %259, i32 2, !dbg !24
  %261 = load <1 x i8>, ptr addrspace(3) %260, align 1, !dbg !24
  %262 = load <1 x i8>, ptr addrspace(3) %259, align 1, !dbg !24
  %263 = shl nuw nsw i32 %20, 1, !dbg !23
  %264 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %257, !dbg !23
  %265 = getelementptr inbounds nuw i8, ptr addrspace(3) %264, i32 %263, !dbg !23
  %266 = getelementptr inbounds nuw i8, ptr addrspace(3) %265, i32 2, !dbg !23
  %267 = load <1 x i8>, ptr addrspace(3) %266, align 1, !dbg !23
  %268 = load <1 x i8>, ptr addrspace(3) %265, align 1, !dbg !23
  %269 = shl nuw nsw i32 %68, 6, !dbg !19
  %270 = shl nuw nsw i32 %20, 5, !dbg !25
  %271 = or disjoint i32 %269, %270, !dbg !25
  %272 = shl nuw nsw i32 %10, 2, !dbg !19
  %273 = and i32 %272, 48, !dbg !19
  %274 = lshr exact i32 %19, 1, !dbg !19
  %275 = xor i32 %273, %274, !dbg !19
  %276 = or disjoint i32 %271, %275, !dbg !25
  %277 = xor i32 %276, 32, !dbg !25
  %278 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %277, !dbg !25
  %279 = load <4 x i32>, ptr addrspace(3) %278, align 16, !dbg !25
  %280 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %276, !dbg !25
  %281 = load <4 x i32>, ptr addrspace(3) %280, align 16, !dbg !25
  %282 = shl nuw nsw i32 %.pre-phi11, 4, !dbg !19
  %283 = or disjoint i32 %269, %282, !dbg !19
  %284 = or disjoint i32 %283, %275, !dbg !19
  %285 = xor i32 %284, 32, !dbg !19
  %286 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %285, !dbg !19
  %287 = load <4 x i32>, ptr addrspace(3) %286, align 16, !dbg !19
  %288 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %284, !dbg !19
  %289 = load <4 x i32>, ptr addrspace(3) %288, align 16, !dbg !19
  %290 = shufflevector <1 x i8> %262, <1 x i8> %261, <2 x i32> <i32 0, i32 1>, !dbg !25
  %291 = bitcast <2 x i8> %290 to i16, !dbg !25
  %292 = zext i16 %291 to i32, !dbg !25
  %293 = shufflevector <1 x i8> %268, <1 x i8> %267, <2 x i32> <i32 0, i32 1>, !dbg !25
  %294 = bitcast <2 x i8> %293 to i16, !dbg !25
  %295 = zext i16 %294 to i32, !dbg !25
  %296 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %237, i64 0, !dbg !25
  %297 = insertelement <16 x float> %296, float %238, i64 1, !dbg !25
  %298 = insertelement <16 x float> %297, float %239, i64 2, !dbg !25
  %299 = insertelement <16 x float> %298, float %240, i64 3, !dbg !25
  %300 = insertelement <16 x float> %299, float %241, i64 4, !dbg !25
  %301 = insertelement <16 x float> %300, float %242, i64 5, !dbg !25
  %302 = insertelement <16 x float> %301, float %243, i64 6, !dbg !25
  %303 = insertelement <16 x float> %302, float %244, i64 7, !dbg !25
  %304 = insertelement <16 x float> %303, float %245, i64 8, !dbg !25
  %305 = insertelement <16 x float> %304, float %246, i64 9, !dbg !25
  %306 = insertelement <16 x float> %305, float %247, i64 10, !dbg !25
  %307 = insertelement <16 x float> %306, float %248, i64 11, !dbg !25
  %308 = insertelement <16 x float> %307, float %249, i64 12, !dbg !25
  %309 = insertelement <16 x float> %308, float %250, i64 13, !dbg !25
  %310 = insertelement <16 x float> %309, float %251, i64 14, !dbg !25
  %311 = insertelement <16 x float> %310, float %252, i64 15, !dbg !25
  %312 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %281, <4 x i32> %289, <16 x float> %311, i32 4, i32 4, i32 0, i32 %295, i32 0, i32 %292), !dbg !25
  %313 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %279, <4 x i32> %287, <16 x float> %312, i32 4, i32 4, i32 1, i32 %295, i32 1, i32 %292), !dbg !25
  %314 = extractelement <16 x float> %313, i64 0, !dbg !25
  %315 = extractelement <16 x float> %313, i64 1, !dbg !25
  %316 = extractelement <16 x float> %313, i64 2, !dbg !25
  %317 = extractelement <16 x float> %313, i64 3, !dbg !25
  %318 = extractelement <16 x float> %313, i64 4, !dbg !25
  %319 = extractelement <16 x float> %313, i64 5, !dbg !25
  %320 = extractelement <16 x float> %313, i64 6, !dbg !25
  %321 = extractelement <16 x float> %313, i64 7, !dbg !25
  %322 = extractelement <16 x float> %313, i64 8, !dbg !25
  %323 = extractelement <16 x float> %313, i64 9, !dbg !25
  %324 = extractelement <16 x float> %313, i64 10, !dbg !25
  %325 = extractelement <16 x float> %313, i64 11, !dbg !25
  %326 = extractelement <16 x float> %313, i64 12, !dbg !25
  %327 = extractelement <16 x float> %313, i64 13, !dbg !25
  %328 = extractelement <16 x float> %313, i64 14, !dbg !25
  %329 = extractelement <16 x float> %313, i64 15, !dbg !25
  br label %._crit_edge._crit_edge, !dbg !25

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %255
  %330 = phi float [ %329, %255 ], [ %252, %._crit_edge ], !dbg !17
  %331 = phi float [ %328, %255 ], [ %251, %._crit_edge ], !dbg !17
  %332 = phi float [ %327, %255 ], [ %250, %._crit_edge ], !dbg !17
  %333 = phi float [ %326, %255 ], [ %249, %._crit_edge ], !dbg !17
  %334 = phi float [ %325, %255 ], [ %248, %._crit_edge ], !dbg !17
  %335 = phi float [ %324, %255 ], [ %247, %._crit_edge ], !dbg !17
  %336 = phi float [ %323, %255 ], [ %246, %._crit_edge ], !dbg !17
  %337 = phi float [ %322, %255 ], [ %245, %._crit_edge ], !dbg !17
  %338 = phi float [ %321, %255 ], [ %244, %._crit_edge ], !dbg !17
  %339 = phi float [ %320, %255 ], [ %243, %._crit_edge ], !dbg !17
  %340 = phi float [ %319, %255 ], [ %242, %._crit_edge ], !dbg !17
  %341 = phi float [ %318, %255 ], [ %241, %._crit_edge ], !dbg !17
  %342 = phi float [ %317, %255 ], [ %240, %._crit_edge ], !dbg !17
  %343 = phi float [ %316, %255 ], [ %239, %._crit_edge ], !dbg !17
  %344 = phi float [ %315, %255 ], [ %238, %._crit_edge ], !dbg !17
  %345 = phi float [ %314, %255 ], [ %237, %._crit_edge ], !dbg !17
  %346 = lshr exact i32 %19, 3, !dbg !10
  %347 = lshr exact i32 %20, 1, !dbg !10
  %348 = or disjoint i32 %346, %347, !dbg !10
  %349 = lshr exact i32 %.pre-phi11, 2, !dbg !32
  %350 = or disjoint i32 %349, %68, !dbg !32
  %351 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !33
  %352 = load i32, ptr addrspace(4) %351, align 4, !dbg !33, !tbaa !34
  %353 = shl i32 %352, 6, !dbg !38
  %354 = mul i32 %353, %350, !dbg !39
  %355 = or disjoint i32 %348, %21, !dbg !39
  %356 = add i32 %355, %354, !dbg !39
  %357 = or disjoint i32 %355, 8, !dbg !39
  %358 = add i32 %357, %354, !dbg !39
  %359 = or disjoint i32 %355, 16, !dbg !39
  %360 = add i32 %359, %354, !dbg !39
  %361 = or disjoint i32 %355, 24, !dbg !39
  %362 = add i32 %361, %354, !dbg !39
  %363 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !40
  %364 = insertelement <4 x float> poison, float %345, i64 0, !dbg !40
  %365 = insertelement <4 x float> %364, float %344, i64 1, !dbg !40
  %366 = insertelement <4 x float> %365, float %343, i64 2, !dbg !40
  %367 = insertelement <4 x float> %366, float %342, i64 3, !dbg !40
  %368 = shl i32 %356, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %367, ptr addrspace(8) %363, i32 %368, i32 0, i32 0), !dbg !40
  %369 = insertelement <4 x float> poison, float %341, i64 0, !dbg !40
  %370 = insertelement <4 x float> %369, float %340, i64 1, !dbg !40
  %371 = insertelement <4 x float> %370, float %339, i64 2, !dbg !40
  %372 = insertelement <4 x float> %371, float %338, i64 3, !dbg !40
  %373 = shl i32 %358, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %372, ptr addrspace(8) %363, i32 %373, i32 0, i32 0), !dbg !40
  %374 = insertelement <4 x float> poison, float %337, i64 0, !dbg !40
  %375 = insertelement <4 x float> %374, float %336, i64 1, !dbg !40
  %376 = insertelement <4 x float> %375, float %335, i64 2, !dbg !40
  %377 = insertelement <4 x float> %376, float %334, i64 3, !dbg !40
  %378 = shl i32 %360, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %377, ptr addrspace(8) %363, i32 %378, i32 0, i32 0), !dbg !40
  %379 = insertelement <4 x float> poison, float %333, i64 0, !dbg !40
  %380 = insertelement <4 x float> %379, float %332, i64 1, !dbg !40
  %381 = insertelement <4 x float> %380, float %331, i64 2, !dbg !40
  %382 = insertelement <4 x float> %381, float %330, i64 3, !dbg !40
  %383 = shl i32 %362, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %382, ptr addrspace(8) %363, i32 %383, i32 0, i32 0), !dbg !40
  ret void, !dbg !41
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
declare i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32>, <4 x i32>, <16 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
!12 = !DILocation(line: 52, column: 37, scope: !6)
!13 = !DILocation(line: 53, column: 48, scope: !6)
!14 = !DILocation(line: 54, column: 28, scope: !6)
!15 = !DILocation(line: 55, column: 50, scope: !6)
!16 = !DILocation(line: 55, column: 30, scope: !6)
!17 = !DILocation(line: 49, column: 26, scope: !6)
!18 = !DILocation(line: 53, column: 57, scope: !6)
!19 = !DILocation(line: 53, column: 20, scope: !6)
!20 = !DILocation(line: 54, column: 57, scope: !6)
!21 = !DILocation(line: 54, column: 20, scope: !6)
!22 = !DILocation(line: 55, column: 56, scope: !6)
!23 = !DILocation(line: 55, column: 21, scope: !6)
!24 = !DILocation(line: 59, column: 25, scope: !6)
!25 = !DILocation(line: 60, column: 70, scope: !6)
!26 = !DILocation(line: 59, column: 60, scope: !6)
!27 = !DILocation(line: 50, column: 19, scope: !6)
!28 = !DILocation(line: 52, column: 19, scope: !6)
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.peeled.count", i32 1}
!31 = !DILocation(line: 48, column: 19, scope: !6)
!32 = !DILocation(line: 61, column: 24, scope: !6)
!33 = !DILocation(line: 61, column: 57, scope: !6)
!34 = !{!35, !35, i64 0}
!35 = !{!"int", !36, i64 0}
!36 = !{!"omnipotent char", !37, i64 0}
!37 = !{!"Simple C/C++ TBAA"}
!38 = !DILocation(line: 61, column: 41, scope: !6)
!39 = !DILocation(line: 61, column: 63, scope: !6)
!40 = !DILocation(line: 62, column: 13, scope: !6)
!41 = !DILocation(line: 61, column: 4, scope: !6)
