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
  %19 = and i32 %10, 112, !dbg !10
  %20 = shl i32 %9, 6, !dbg !11
  %21 = shl nuw nsw i32 %17, 4, !dbg !12
  %22 = and i32 %10, 3, !dbg !13
  %23 = sdiv i32 %5, 2, !dbg !14
  %24 = mul i32 %5, %20, !dbg !15
  %25 = sdiv i32 %5, 32, !dbg !16
  %26 = mul i32 %25, %20, !dbg !17
  %27 = icmp sgt i32 %5, 0, !dbg !18
  %28 = mul i32 %23, %13, !dbg !19
  %29 = mul i32 %23, %14, !dbg !19
  %30 = add i32 %28, %18, !dbg !19
  %31 = add i32 %29, %18, !dbg !19
  %32 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !20
  %33 = select i1 %27, i32 %30, i32 -2147483648, !dbg !20
  %34 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %33, i32 0, i32 0), !dbg !20
  %35 = select i1 %27, i32 %31, i32 -2147483648, !dbg !20
  %36 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %35, i32 0, i32 0), !dbg !20
  %37 = mul i32 %5, %13, !dbg !21
  %38 = mul i32 %5, %14, !dbg !21
  %39 = add i32 %37, %21, !dbg !21
  %40 = add i32 %38, %21, !dbg !21
  %41 = add i32 %39, %24, !dbg !21
  %42 = add i32 %40, %24, !dbg !21
  %43 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !22
  %44 = select i1 %27, i32 %41, i32 -2147483648, !dbg !22
  %45 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %44, i32 0, i32 0), !dbg !22
  %46 = select i1 %27, i32 %42, i32 -2147483648, !dbg !22
  %47 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %46, i32 0, i32 0), !dbg !22
  %48 = mul i32 %25, %16, !dbg !23
  %49 = add i32 %48, %22, !dbg !23
  %50 = add i32 %49, %26, !dbg !23
  %51 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !24
  %52 = select i1 %27, i32 %50, i32 -2147483648, !dbg !24
  %53 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %51, i32 %52, i32 0, i32 0), !dbg !24
  %54 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !25
  %55 = select i1 %27, i32 %49, i32 -2147483648, !dbg !25
  %56 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %54, i32 %55, i32 0, i32 0), !dbg !25
  %57 = shl nuw nsw i32 %11, 3, !dbg !20
  %58 = lshr i32 %10, 1, !dbg !20
  %59 = and i32 %58, 48, !dbg !20
  %60 = xor i32 %57, %59, !dbg !20
  %61 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %60, !dbg !20
  store <2 x i32> %34, ptr addrspace(3) %61, align 8, !dbg !20
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) %61, i32 2048, !dbg !20
  store <2 x i32> %36, ptr addrspace(3) %62, align 8, !dbg !20
  %63 = shl nuw nsw i32 %11, 4, !dbg !22
  %64 = xor i32 %63, %19, !dbg !22
  %65 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %64, !dbg !22
  store <4 x i32> %45, ptr addrspace(3) %65, align 16, !dbg !22
  %66 = getelementptr inbounds nuw i8, ptr addrspace(3) %65, i32 4096, !dbg !22
  store <4 x i32> %47, ptr addrspace(3) %66, align 16, !dbg !22
  %67 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %11, !dbg !24
  %68 = insertelement <1 x i8> poison, i8 %53, i64 0, !dbg !24
  store <1 x i8> %68, ptr addrspace(3) %67, align 1, !dbg !24
  %69 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %11, !dbg !25
  %70 = insertelement <1 x i8> poison, i8 %56, i64 0, !dbg !25
  store <1 x i8> %70, ptr addrspace(3) %69, align 1, !dbg !25
  %71 = add i32 %5, -128, !dbg !18
  %72 = icmp sgt i32 %71, 0, !dbg !18
  %73 = and i32 %10, 15
  br i1 %72, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !18

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre9 = and i32 %10, 128, !dbg !20
  br label %._crit_edge, !dbg !18

.lr.ph:                                           ; preds = %8
  %74 = shl nuw nsw i32 %73, 6
  %75 = shl nuw nsw i32 %10, 2
  %76 = and i32 %75, 48
  %77 = and i32 %10, 48
  %78 = and i32 %10, 128
  %79 = shl nuw nsw i32 %78, 3
  %80 = or disjoint i32 %74, %76
  %81 = xor i32 %80, %77
  %82 = shl nuw nsw i32 %73, 7
  %83 = shl nuw nsw i32 %10, 3
  %84 = and i32 %83, 112
  %85 = and i32 %10, 64
  %86 = shl nuw nsw i32 %85, 5
  %87 = or disjoint i32 %82, %84
  %88 = xor i32 %87, %77
  %89 = or disjoint i32 %88, %86
  %90 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %89
  %91 = getelementptr inbounds nuw i8, ptr addrspace(3) %90, i32 4096
  %92 = xor i32 %89, 64
  %93 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %92
  %94 = getelementptr inbounds nuw i8, ptr addrspace(3) %93, i32 4096
  %95 = shl nuw nsw i32 %73, 2
  %96 = lshr exact i32 %77, 4
  %97 = lshr exact i32 %78, 1
  %98 = add i32 %30, 64, !dbg !19
  %99 = add i32 %31, 64, !dbg !19
  %100 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %98, i32 0, i32 0), !dbg !20
  %101 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %99, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %102 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %79, !dbg !20
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) %102, i32 %81, !dbg !20
  %104 = load <4 x i32>, ptr addrspace(3) %103, align 16, !dbg !20
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) %103, i32 2048, !dbg !20
  %106 = load <4 x i32>, ptr addrspace(3) %105, align 16, !dbg !20
  %107 = add i32 %24, 128, !dbg !21
  %108 = add i32 %107, %39, !dbg !21
  %109 = add i32 %107, %40, !dbg !21
  %110 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %108, i32 0, i32 0), !dbg !22
  %111 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %109, i32 0, i32 0), !dbg !22
  %112 = load <16 x i8>, ptr addrspace(3) %90, align 16, !dbg !26
  %113 = load <16 x i8>, ptr addrspace(3) %91, align 16, !dbg !26
  %114 = load <16 x i8>, ptr addrspace(3) %93, align 16, !dbg !26
  %115 = load <16 x i8>, ptr addrspace(3) %94, align 16, !dbg !26
  %116 = add i32 %50, 4, !dbg !23
  %117 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %51, i32 %116, i32 0, i32 0), !dbg !24
  %118 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %96, !dbg !24
  %119 = getelementptr inbounds nuw i8, ptr addrspace(3) %118, i32 %85, !dbg !24
  %120 = getelementptr inbounds nuw i8, ptr addrspace(3) %119, i32 %95, !dbg !24
  %121 = load <1 x i8>, ptr addrspace(3) %120, align 1, !dbg !24
  %122 = getelementptr inbounds nuw i8, ptr addrspace(3) %120, i32 128, !dbg !24
  %123 = load <1 x i8>, ptr addrspace(3) %122, align 1, !dbg !24
  %124 = add i32 %49, 4, !dbg !27
  %125 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %54, i32 %124, i32 0, i32 0), !dbg !25
  %126 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %96, !dbg !25
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) %126, i32 %97, !dbg !25
  %128 = getelementptr inbounds nuw i8, ptr addrspace(3) %127, i32 %95, !dbg !25
  %129 = load <1 x i8>, ptr addrspace(3) %128, align 1, !dbg !25
  %130 = getelementptr inbounds nuw i8, ptr addrspace(3) %128, i32 128, !dbg !25
  %131 = load <1 x i8>, ptr addrspace(3) %130, align 1, !dbg !25
  %132 = shufflevector <16 x i8> %112, <16 x i8> %114, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %133 = bitcast <32 x i8> %132 to <8 x i32>, !dbg !26
  %134 = shufflevector <16 x i8> %113, <16 x i8> %115, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %135 = bitcast <32 x i8> %134 to <8 x i32>, !dbg !26
  %136 = shufflevector <1 x i8> %129, <1 x i8> %131, <2 x i32> <i32 0, i32 1>, !dbg !26
  %137 = bitcast <2 x i8> %136 to i16, !dbg !26
  %138 = zext i16 %137 to i32, !dbg !26
  %139 = shufflevector <1 x i8> %121, <1 x i8> %123, <2 x i32> <i32 0, i32 1>, !dbg !26
  %140 = bitcast <2 x i8> %139 to i16, !dbg !26
  %141 = zext i16 %140 to i32, !dbg !26
  %142 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %133, <4 x i32> %104, <4 x float> zeroinitializer, i32 1, i32 4, i32 0, i32 %141, i32 0, i32 %138), !dbg !26
  %143 = extractelement <4 x float> %142, i64 0, !dbg !26
  %144 = extractelement <4 x float> %142, i64 1, !dbg !26
  %145 = extractelement <4 x float> %142, i64 2, !dbg !26
  %146 = extractelement <4 x float> %142, i64 3, !dbg !26
  %147 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %135, <4 x i32> %104, <4 x float> zeroinitializer, i32 1, i32 4, i32 1, i32 %141, i32 0, i32 %138), !dbg !26
  %148 = extractelement <4 x float> %147, i64 0, !dbg !26
  %149 = extractelement <4 x float> %147, i64 1, !dbg !26
  %150 = extractelement <4 x float> %147, i64 2, !dbg !26
  %151 = extractelement <4 x float> %147, i64 3, !dbg !26
  %152 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %133, <4 x i32> %106, <4 x float> zeroinitializer, i32 1, i32 4, i32 0, i32 %141, i32 1, i32 %138), !dbg !26
  %153 = extractelement <4 x float> %152, i64 0, !dbg !26
  %154 = extractelement <4 x float> %152, i64 1, !dbg !26
  %155 = extractelement <4 x float> %152, i64 2, !dbg !26
  %156 = extractelement <4 x float> %152, i64 3, !dbg !26
  %157 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %135, <4 x i32> %106, <4 x float> zeroinitializer, i32 1, i32 4, i32 1, i32 %141, i32 1, i32 %138), !dbg !26
  %158 = extractelement <4 x float> %157, i64 0, !dbg !26
  %159 = extractelement <4 x float> %157, i64 1, !dbg !26
  %160 = extractelement <4 x float> %157, i64 2, !dbg !26
  %161 = extractelement <4 x float> %157, i64 3, !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %100, ptr addrspace(3) %61, align 8, !dbg !20
  store <2 x i32> %101, ptr addrspace(3) %62, align 8, !dbg !20
  store <4 x i32> %110, ptr addrspace(3) %65, align 16, !dbg !22
  store <4 x i32> %111, ptr addrspace(3) %66, align 16, !dbg !22
  %162 = insertelement <1 x i8> poison, i8 %117, i64 0, !dbg !24
  store <1 x i8> %162, ptr addrspace(3) %67, align 1, !dbg !24
  %163 = insertelement <1 x i8> poison, i8 %125, i64 0, !dbg !25
  store <1 x i8> %163, ptr addrspace(3) %69, align 1, !dbg !25
  %164 = icmp samesign ugt i32 %71, 128, !dbg !18
  br i1 %164, label %.peel.next, label %._crit_edge, !dbg !18

.peel.next:                                       ; preds = %.lr.ph
  %165 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %79
  %166 = getelementptr inbounds nuw i8, ptr addrspace(3) %165, i32 %81
  %167 = getelementptr inbounds nuw i8, ptr addrspace(3) %166, i32 2048
  %168 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %96
  %169 = getelementptr inbounds nuw i8, ptr addrspace(3) %168, i32 %85
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) %169, i32 %95
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) %170, i32 128
  %172 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %96
  %173 = getelementptr inbounds nuw i8, ptr addrspace(3) %172, i32 %97
  %174 = getelementptr inbounds nuw i8, ptr addrspace(3) %173, i32 %95
  %175 = getelementptr inbounds nuw i8, ptr addrspace(3) %174, i32 128
  br label %176, !dbg !18

176:                                              ; preds = %.peel.next, %176
  %177 = phi float [ %143, %.peel.next ], [ %235, %176 ]
  %178 = phi float [ %144, %.peel.next ], [ %236, %176 ]
  %179 = phi float [ %145, %.peel.next ], [ %237, %176 ]
  %180 = phi float [ %146, %.peel.next ], [ %238, %176 ]
  %181 = phi float [ %148, %.peel.next ], [ %244, %176 ]
  %182 = phi float [ %149, %.peel.next ], [ %245, %176 ]
  %183 = phi float [ %150, %.peel.next ], [ %246, %176 ]
  %184 = phi float [ %151, %.peel.next ], [ %247, %176 ]
  %185 = phi float [ %153, %.peel.next ], [ %253, %176 ]
  %186 = phi float [ %154, %.peel.next ], [ %254, %176 ]
  %187 = phi float [ %155, %.peel.next ], [ %255, %176 ]
  %188 = phi float [ %156, %.peel.next ], [ %256, %176 ]
  %189 = phi float [ %158, %.peel.next ], [ %262, %176 ]
  %190 = phi float [ %159, %.peel.next ], [ %263, %176 ]
  %191 = phi float [ %160, %.peel.next ], [ %264, %176 ]
  %192 = phi float [ %161, %.peel.next ], [ %265, %176 ]
  %193 = phi i32 [ 128, %.peel.next ], [ %194, %176 ]
  %194 = add i32 %193, 128, !dbg !18
  %195 = ashr exact i32 %194, 1, !dbg !28
  %196 = ashr exact i32 %194, 5, !dbg !29
  %197 = add i32 %195, %30, !dbg !19
  %198 = add i32 %195, %31, !dbg !19
  %199 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %197, i32 0, i32 0), !dbg !20
  %200 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %32, i32 %198, i32 0, i32 0), !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %201 = load <4 x i32>, ptr addrspace(3) %166, align 16, !dbg !20
  %202 = load <4 x i32>, ptr addrspace(3) %167, align 16, !dbg !20
  %203 = add i32 %194, %24, !dbg !21
  %204 = add i32 %203, %39, !dbg !21
  %205 = add i32 %203, %40, !dbg !21
  %206 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %204, i32 0, i32 0), !dbg !22
  %207 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %43, i32 %205, i32 0, i32 0), !dbg !22
  %208 = load <16 x i8>, ptr addrspace(3) %90, align 16, !dbg !26
  %209 = load <16 x i8>, ptr addrspace(3) %91, align 16, !dbg !26
  %210 = load <16 x i8>, ptr addrspace(3) %93, align 16, !dbg !26
  %211 = load <16 x i8>, ptr addrspace(3) %94, align 16, !dbg !26
  %212 = add i32 %50, %196, !dbg !23
  %213 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %51, i32 %212, i32 0, i32 0), !dbg !24
  %214 = load <1 x i8>, ptr addrspace(3) %170, align 1, !dbg !24
  %215 = load <1 x i8>, ptr addrspace(3) %171, align 1, !dbg !24
  %216 = add i32 %196, %49, !dbg !27
  %217 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %54, i32 %216, i32 0, i32 0), !dbg !25
  %218 = load <1 x i8>, ptr addrspace(3) %174, align 1, !dbg !25
  %219 = load <1 x i8>, ptr addrspace(3) %175, align 1, !dbg !25
  %220 = shufflevector <16 x i8> %208, <16 x i8> %210, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %221 = bitcast <32 x i8> %220 to <8 x i32>, !dbg !26
  %222 = shufflevector <16 x i8> %209, <16 x i8> %211, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %223 = bitcast <32 x i8> %222 to <8 x i32>, !dbg !26
  %224 = shufflevector <1 x i8> %218, <1 x i8> %219, <2 x i32> <i32 0, i32 1>, !dbg !26
  %225 = bitcast <2 x i8> %224 to i16, !dbg !26
  %226 = zext i16 %225 to i32, !dbg !26
  %227 = shufflevector <1 x i8> %214, <1 x i8> %215, <2 x i32> <i32 0, i32 1>, !dbg !26
  %228 = bitcast <2 x i8> %227 to i16, !dbg !26
  %229 = zext i16 %228 to i32, !dbg !26
  %230 = insertelement <4 x float> poison, float %177, i64 0, !dbg !26
  %231 = insertelement <4 x float> %230, float %178, i64 1, !dbg !26
  %232 = insertelement <4 x float> %231, float %179, i64 2, !dbg !26
  %233 = insertelement <4 x float> %232, float %180, i64 3, !dbg !26
  %234 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %221, <4 x i32> %201, <4 x float> %233, i32 1, i32 4, i32 0, i32 %229, i32 0, i32 %226), !dbg !26
  %235 = extractelement <4 x float> %234, i64 0, !dbg !26
  %236 = extractelement <4 x float> %234, i64 1, !dbg !26
  %237 = extractelement <4 x float> %234, i64 2, !dbg !26
  %238 = extractelement <4 x float> %234, i64 3, !dbg !26
  %239 = insertelement <4 x float> poison, float %181, i64 0, !dbg !26
  %240 = insertelement <4 x float> %239, float %182, i64 1, !dbg !26
  %241 = insertelement <4 x float> %240, float %183, i64 2, !dbg !26
  %242 = insertelement <4 x float> %241, float %184, i64 3, !dbg !26
  %243 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %223, <4 x i32> %201, <4 x float> %242, i32 1, i32 4, i32 1, i32 %229, i32 0, i32 %226), !dbg !26
  %244 = extractelement <4 x float> %243, i64 0, !dbg !26
  %245 = extractelement <4 x float> %243, i64 1, !dbg !26
  %246 = extractelement <4 x float> %243, i64 2, !dbg !26
  %247 = extractelement <4 x float> %243, i64 3, !dbg !26
  %248 = insertelement <4 x float> poison, float %185, i64 0, !dbg !26
  %249 = insertelement <4 x float> %248, float %186, i64 1, !dbg !26
  %250 = insertelement <4 x float> %249, float %187, i64 2, !dbg !26
  %251 = insertelement <4 x float> %250, float %188, i64 3, !dbg !26
  %252 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %221, <4 x i32> %202, <4 x float> %251, i32 1, i32 4, i32 0, i32 %229, i32 1, i32 %226), !dbg !26
  %253 = extractelement <4 x float> %252, i64 0, !dbg !26
  %254 = extractelement <4 x float> %252, i64 1, !dbg !26
  %255 = extractelement <4 x float> %252, i64 2, !dbg !26
  %256 = extractelement <4 x float> %252, i64 3, !dbg !26
  %257 = insertelement <4 x float> poison, float %189, i64 0, !dbg !26
  %258 = insertelement <4 x float> %257, float %190, i64 1, !dbg !26
  %259 = insertelement <4 x float> %258, float %191, i64 2, !dbg !26
  %260 = insertelement <4 x float> %259, float %192, i64 3, !dbg !26
  %261 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %223, <4 x i32> %202, <4 x float> %260, i32 1, i32 4, i32 1, i32 %229, i32 1, i32 %226), !dbg !26
  %262 = extractelement <4 x float> %261, i64 0, !dbg !26
  %263 = extractelement <4 x float> %261, i64 1, !dbg !26
  %264 = extractelement <4 x float> %261, i64 2, !dbg !26
  %265 = extractelement <4 x float> %261, i64 3, !dbg !26
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <2 x i32> %199, ptr addrspace(3) %61, align 8, !dbg !20
  store <2 x i32> %200, ptr addrspace(3) %62, align 8, !dbg !20
  store <4 x i32> %206, ptr addrspace(3) %65, align 16, !dbg !22
  store <4 x i32> %207, ptr addrspace(3) %66, align 16, !dbg !22
  %266 = insertelement <1 x i8> poison, i8 %213, i64 0, !dbg !24
  store <1 x i8> %266, ptr addrspace(3) %67, align 1, !dbg !24
  %267 = insertelement <1 x i8> poison, i8 %217, i64 0, !dbg !25
  store <1 x i8> %267, ptr addrspace(3) %69, align 1, !dbg !25
  %268 = icmp slt i32 %194, %71, !dbg !18
  br i1 %268, label %176, label %._crit_edge, !dbg !18, !llvm.loop !30

._crit_edge:                                      ; preds = %176, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi10 = phi i32 [ %.pre9, %.._crit_edge_crit_edge ], [ %78, %.lr.ph ], [ %78, %176 ], !dbg !20
  %269 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %143, %.lr.ph ], [ %235, %176 ], !dbg !32
  %270 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %144, %.lr.ph ], [ %236, %176 ], !dbg !32
  %271 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %145, %.lr.ph ], [ %237, %176 ], !dbg !32
  %272 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %146, %.lr.ph ], [ %238, %176 ], !dbg !32
  %273 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %148, %.lr.ph ], [ %244, %176 ], !dbg !32
  %274 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %149, %.lr.ph ], [ %245, %176 ], !dbg !32
  %275 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %150, %.lr.ph ], [ %246, %176 ], !dbg !32
  %276 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %151, %.lr.ph ], [ %247, %176 ], !dbg !32
  %277 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %153, %.lr.ph ], [ %253, %176 ], !dbg !32
  %278 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %154, %.lr.ph ], [ %254, %176 ], !dbg !32
  %279 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %155, %.lr.ph ], [ %255, %176 ], !dbg !32
  %280 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %156, %.lr.ph ], [ %256, %176 ], !dbg !32
  %281 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %158, %.lr.ph ], [ %262, %176 ], !dbg !32
  %282 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %159, %.lr.ph ], [ %263, %176 ], !dbg !32
  %283 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %160, %.lr.ph ], [ %264, %176 ], !dbg !32
  %284 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %161, %.lr.ph ], [ %265, %176 ], !dbg !32
  %285 = add i32 %5, 127, !dbg !18
  %286 = icmp sgt i32 %285, 127, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  br i1 %286, label %287, label %._crit_edge._crit_edge, !dbg !26

287:                                              ; preds = %._crit_edge
  %288 = and i32 %10, 48, !dbg !20
  %289 = lshr exact i32 %288, 4, !dbg !24
  %290 = lshr exact i32 %.pre-phi10, 1, !dbg !25
  %291 = shl nuw nsw i32 %73, 2, !dbg !24
  %292 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12288), i32 %289, !dbg !25
  %293 = getelementptr inbounds nuw i8, ptr addrspace(3) %292, i32 %290, !dbg !25
  %294 = getelementptr inbounds nuw i8, ptr addrspace(3) %293, i32 %291, !dbg !25
  %295 = getelementptr inbounds nuw i8, ptr addrspace(3) %294, i32 128, !dbg !25
  %296 = load <1 x i8>, ptr addrspace(3) %295, align 1, !dbg !25
  %297 = load <1 x i8>, ptr addrspace(3) %294, align 1, !dbg !25
  %298 = and i32 %10, 64, !dbg !26
  %299 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 12544), i32 %289, !dbg !24
  %300 = getelementptr inbounds nuw i8, ptr addrspace(3) %299, i32 %298, !dbg !24
  %301 = getelementptr inbounds nuw i8, ptr addrspace(3) %300, i32 %291, !dbg !24
  %302 = getelementptr inbounds nuw i8, ptr addrspace(3) %301, i32 128, !dbg !24
  %303 = load <1 x i8>, ptr addrspace(3) %302, align 1, !dbg !24
  %304 = load <1 x i8>, ptr addrspace(3) %301, align 1, !dbg !24
  %305 = shl nuw nsw i32 %298, 5, !dbg !26
  %306 = shl nuw nsw i32 %73, 7, !dbg !26
  %307 = shl nuw nsw i32 %10, 3, !dbg !26
  %308 = and i32 %307, 112, !dbg !26
  %309 = or disjoint i32 %306, %308, !dbg !26
  %310 = xor i32 %309, %288, !dbg !26
  %311 = or disjoint i32 %310, %305, !dbg !26
  %312 = xor i32 %311, 64, !dbg !26
  %313 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %312, !dbg !26
  %314 = getelementptr inbounds nuw i8, ptr addrspace(3) %313, i32 4096, !dbg !26
  %315 = load <16 x i8>, ptr addrspace(3) %314, align 16, !dbg !26
  %316 = load <16 x i8>, ptr addrspace(3) %313, align 16, !dbg !26
  %317 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %311, !dbg !26
  %318 = getelementptr inbounds nuw i8, ptr addrspace(3) %317, i32 4096, !dbg !26
  %319 = load <16 x i8>, ptr addrspace(3) %318, align 16, !dbg !26
  %320 = load <16 x i8>, ptr addrspace(3) %317, align 16, !dbg !26
  %321 = shl nuw nsw i32 %.pre-phi10, 3, !dbg !20
  %322 = shl nuw nsw i32 %73, 6, !dbg !20
  %323 = shl nuw nsw i32 %10, 2, !dbg !20
  %324 = and i32 %323, 48, !dbg !20
  %325 = or disjoint i32 %322, %324, !dbg !20
  %326 = xor i32 %325, %288, !dbg !20
  %327 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %321, !dbg !20
  %328 = getelementptr inbounds nuw i8, ptr addrspace(3) %327, i32 %326, !dbg !20
  %329 = getelementptr inbounds nuw i8, ptr addrspace(3) %328, i32 2048, !dbg !20
  %330 = load <4 x i32>, ptr addrspace(3) %329, align 16, !dbg !20
  %331 = load <4 x i32>, ptr addrspace(3) %328, align 16, !dbg !20
  %332 = shufflevector <16 x i8> %320, <16 x i8> %316, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %333 = bitcast <32 x i8> %332 to <8 x i32>, !dbg !26
  %334 = shufflevector <16 x i8> %319, <16 x i8> %315, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !26
  %335 = bitcast <32 x i8> %334 to <8 x i32>, !dbg !26
  %336 = shufflevector <1 x i8> %297, <1 x i8> %296, <2 x i32> <i32 0, i32 1>, !dbg !26
  %337 = bitcast <2 x i8> %336 to i16, !dbg !26
  %338 = zext i16 %337 to i32, !dbg !26
  %339 = shufflevector <1 x i8> %304, <1 x i8> %303, <2 x i32> <i32 0, i32 1>, !dbg !26
  %340 = bitcast <2 x i8> %339 to i16, !dbg !26
  %341 = zext i16 %340 to i32, !dbg !26
  %342 = insertelement <4 x float> poison, float %269, i64 0, !dbg !26
  %343 = insertelement <4 x float> %342, float %270, i64 1, !dbg !26
  %344 = insertelement <4 x float> %343, float %271, i64 2, !dbg !26
  %345 = insertelement <4 x float> %344, float %272, i64 3, !dbg !26
  %346 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %333, <4 x i32> %331, <4 x float> %345, i32 1, i32 4, i32 0, i32 %341, i32 0, i32 %338), !dbg !26
  %347 = extractelement <4 x float> %346, i64 0, !dbg !26
  %348 = extractelement <4 x float> %346, i64 1, !dbg !26
  %349 = extractelement <4 x float> %346, i64 2, !dbg !26
  %350 = extractelement <4 x float> %346, i64 3, !dbg !26
  %351 = insertelement <4 x float> poison, float %273, i64 0, !dbg !26
  %352 = insertelement <4 x float> %351, float %274, i64 1, !dbg !26
  %353 = insertelement <4 x float> %352, float %275, i64 2, !dbg !26
  %354 = insertelement <4 x float> %353, float %276, i64 3, !dbg !26
  %355 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %335, <4 x i32> %331, <4 x float> %354, i32 1, i32 4, i32 1, i32 %341, i32 0, i32 %338), !dbg !26
  %356 = extractelement <4 x float> %355, i64 0, !dbg !26
  %357 = extractelement <4 x float> %355, i64 1, !dbg !26
  %358 = extractelement <4 x float> %355, i64 2, !dbg !26
  %359 = extractelement <4 x float> %355, i64 3, !dbg !26
  %360 = insertelement <4 x float> poison, float %277, i64 0, !dbg !26
  %361 = insertelement <4 x float> %360, float %278, i64 1, !dbg !26
  %362 = insertelement <4 x float> %361, float %279, i64 2, !dbg !26
  %363 = insertelement <4 x float> %362, float %280, i64 3, !dbg !26
  %364 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %333, <4 x i32> %330, <4 x float> %363, i32 1, i32 4, i32 0, i32 %341, i32 1, i32 %338), !dbg !26
  %365 = extractelement <4 x float> %364, i64 0, !dbg !26
  %366 = extractelement <4 x float> %364, i64 1, !dbg !26
  %367 = extractelement <4 x float> %364, i64 2, !dbg !26
  %368 = extractelement <4 x float> %364, i64 3, !dbg !26
  %369 = insertelement <4 x float> poison, float %281, i64 0, !dbg !26
  %370 = insertelement <4 x float> %369, float %282, i64 1, !dbg !26
  %371 = insertelement <4 x float> %370, float %283, i64 2, !dbg !26
  %372 = insertelement <4 x float> %371, float %284, i64 3, !dbg !26
  %373 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32> %335, <4 x i32> %330, <4 x float> %372, i32 1, i32 4, i32 1, i32 %341, i32 1, i32 %338), !dbg !26
  %374 = extractelement <4 x float> %373, i64 0, !dbg !26
  %375 = extractelement <4 x float> %373, i64 1, !dbg !26
  %376 = extractelement <4 x float> %373, i64 2, !dbg !26
  %377 = extractelement <4 x float> %373, i64 3, !dbg !26
  br label %._crit_edge._crit_edge, !dbg !26

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %287
  %378 = phi float [ %377, %287 ], [ %284, %._crit_edge ], !dbg !18
  %379 = phi float [ %376, %287 ], [ %283, %._crit_edge ], !dbg !18
  %380 = phi float [ %375, %287 ], [ %282, %._crit_edge ], !dbg !18
  %381 = phi float [ %374, %287 ], [ %281, %._crit_edge ], !dbg !18
  %382 = phi float [ %368, %287 ], [ %280, %._crit_edge ], !dbg !18
  %383 = phi float [ %367, %287 ], [ %279, %._crit_edge ], !dbg !18
  %384 = phi float [ %366, %287 ], [ %278, %._crit_edge ], !dbg !18
  %385 = phi float [ %365, %287 ], [ %277, %._crit_edge ], !dbg !18
  %386 = phi float [ %359, %287 ], [ %276, %._crit_edge ], !dbg !18
  %387 = phi float [ %358, %287 ], [ %275, %._crit_edge ], !dbg !18
  %388 = phi float [ %357, %287 ], [ %274, %._crit_edge ], !dbg !18
  %389 = phi float [ %356, %287 ], [ %273, %._crit_edge ], !dbg !18
  %390 = phi float [ %350, %287 ], [ %272, %._crit_edge ], !dbg !18
  %391 = phi float [ %349, %287 ], [ %271, %._crit_edge ], !dbg !18
  %392 = phi float [ %348, %287 ], [ %270, %._crit_edge ], !dbg !18
  %393 = phi float [ %347, %287 ], [ %269, %._crit_edge ], !dbg !18
  %394 = lshr exact i32 %19, 2, !dbg !10
  %395 = lshr exact i32 %.pre-phi10, 3, !dbg !33
  %396 = or disjoint i32 %395, %73, !dbg !33
  %397 = or disjoint i32 %396, 32, !dbg !33
  %398 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !34
  %399 = load i32, ptr addrspace(4) %398, align 4, !dbg !34, !tbaa !35
  %400 = shl i32 %399, 6, !dbg !39
  %401 = mul i32 %400, %396, !dbg !40
  %402 = mul i32 %400, %397, !dbg !40
  %403 = or disjoint i32 %394, %20, !dbg !40
  %404 = add i32 %403, %401, !dbg !40
  %405 = or disjoint i32 %394, %20, !dbg !40
  %406 = or disjoint i32 %405, 32, !dbg !40
  %407 = add i32 %406, %401, !dbg !40
  %408 = add i32 %403, %402, !dbg !40
  %409 = add i32 %406, %402, !dbg !40
  %410 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !41
  %411 = insertelement <4 x float> poison, float %393, i64 0, !dbg !41
  %412 = insertelement <4 x float> %411, float %392, i64 1, !dbg !41
  %413 = insertelement <4 x float> %412, float %391, i64 2, !dbg !41
  %414 = insertelement <4 x float> %413, float %390, i64 3, !dbg !41
  %415 = shl i32 %404, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %414, ptr addrspace(8) %410, i32 %415, i32 0, i32 0), !dbg !41
  %416 = insertelement <4 x float> poison, float %389, i64 0, !dbg !41
  %417 = insertelement <4 x float> %416, float %388, i64 1, !dbg !41
  %418 = insertelement <4 x float> %417, float %387, i64 2, !dbg !41
  %419 = insertelement <4 x float> %418, float %386, i64 3, !dbg !41
  %420 = shl i32 %407, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %419, ptr addrspace(8) %410, i32 %420, i32 0, i32 0), !dbg !41
  %421 = insertelement <4 x float> poison, float %385, i64 0, !dbg !41
  %422 = insertelement <4 x float> %421, float %384, i64 1, !dbg !41
  %423 = insertelement <4 x float> %422, float %383, i64 2, !dbg !41
  %424 = insertelement <4 x float> %423, float %382, i64 3, !dbg !41
  %425 = shl i32 %408, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %424, ptr addrspace(8) %410, i32 %425, i32 0, i32 0), !dbg !41
  %426 = insertelement <4 x float> poison, float %381, i64 0, !dbg !41
  %427 = insertelement <4 x float> %426, float %380, i64 1, !dbg !41
  %428 = insertelement <4 x float> %427, float %379, i64 2, !dbg !41
  %429 = insertelement <4 x float> %428, float %378, i64 3, !dbg !41
  %430 = shl i32 %409, 2, !dbg !41
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %429, ptr addrspace(8) %410, i32 %430, i32 0, i32 0), !dbg !41
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
declare <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32(<8 x i32>, <4 x i32>, <4 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
