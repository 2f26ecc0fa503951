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
  %17 = and i32 %10, 112, !dbg !10
  %18 = shl i32 %9, 6, !dbg !11
  %19 = shl nuw nsw i32 %10, 4, !dbg !12
  %20 = and i32 %19, 112, !dbg !12
  %21 = and i32 %10, 3, !dbg !13
  %22 = mul i32 %5, %18, !dbg !14
  %23 = sdiv i32 %5, 32, !dbg !15
  %24 = mul i32 %23, %18, !dbg !16
  %25 = icmp sgt i32 %5, 0, !dbg !17
  %26 = mul i32 %5, %13, !dbg !18
  %27 = mul i32 %5, %14, !dbg !18
  %28 = add i32 %26, %20, !dbg !18
  %29 = add i32 %27, %20, !dbg !18
  %30 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !19
  %31 = select i1 %25, i32 %28, i32 -2147483648, !dbg !19
  %32 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %31, i32 0, i32 0), !dbg !19
  %33 = select i1 %25, i32 %29, i32 -2147483648, !dbg !19
  %34 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %33, i32 0, i32 0), !dbg !19
  %35 = add i32 %28, %22, !dbg !20
  %36 = add i32 %29, %22, !dbg !20
  %37 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !21
  %38 = select i1 %25, i32 %35, i32 -2147483648, !dbg !21
  %39 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %38, i32 0, i32 0), !dbg !21
  %40 = select i1 %25, i32 %36, i32 -2147483648, !dbg !21
  %41 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %40, i32 0, i32 0), !dbg !21
  %42 = mul i32 %23, %16, !dbg !22
  %43 = add i32 %42, %21, !dbg !22
  %44 = add i32 %43, %24, !dbg !22
  %45 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %46 = select i1 %25, i32 %44, i32 -2147483648, !dbg !23
  %47 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %46, i32 0, i32 0), !dbg !23
  %48 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !24
  %49 = select i1 %25, i32 %43, i32 -2147483648, !dbg !24
  %50 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %49, i32 0, i32 0), !dbg !24
  %51 = shl nuw nsw i32 %11, 4, !dbg !19
  %52 = xor i32 %51, %17, !dbg !19
  %53 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %52, !dbg !19
  store <4 x i32> %32, ptr addrspace(3) %53, align 16, !dbg !19
  %54 = or disjoint i32 %52, 4096, !dbg !19
  %55 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %54, !dbg !19
  store <4 x i32> %34, ptr addrspace(3) %55, align 16, !dbg !19
  %56 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %52, !dbg !21
  store <4 x i32> %39, ptr addrspace(3) %56, align 16, !dbg !21
  %57 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %54, !dbg !21
  store <4 x i32> %41, ptr addrspace(3) %57, align 16, !dbg !21
  %58 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %11, !dbg !23
  %59 = insertelement <1 x i8> poison, i8 %47, i64 0, !dbg !23
  store <1 x i8> %59, ptr addrspace(3) %58, align 1, !dbg !23
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %11, !dbg !24
  %61 = insertelement <1 x i8> poison, i8 %50, i64 0, !dbg !24
  store <1 x i8> %61, ptr addrspace(3) %60, align 1, !dbg !24
  %62 = add i32 %5, -128, !dbg !17
  %63 = icmp sgt i32 %62, 0, !dbg !17
  %64 = and i32 %10, 15
  br i1 %63, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !17

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre9 = and i32 %10, 128, !dbg !19
  br label %._crit_edge, !dbg !17

.lr.ph:                                           ; preds = %8
  %65 = shl nuw nsw i32 %64, 7
  %66 = shl nuw nsw i32 %10, 3
  %67 = and i32 %66, 112
  %68 = and i32 %10, 48
  %69 = and i32 %10, 128
  %70 = shl nuw nsw i32 %69, 4
  %71 = or disjoint i32 %65, %67
  %72 = xor i32 %71, %68
  %73 = or disjoint i32 %72, %70
  %74 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %73
  %75 = getelementptr inbounds nuw i8, ptr addrspace(3) %74, i32 4096
  %76 = xor i32 %73, 64
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %76
  %78 = getelementptr inbounds nuw i8, ptr addrspace(3) %77, i32 4096
  %79 = and i32 %10, 64
  %80 = shl nuw nsw i32 %79, 5
  %81 = or disjoint i32 %72, %80
  %82 = xor i32 %81, 64
  %83 = shl nuw nsw i32 %64, 2
  %84 = lshr exact i32 %68, 4
  %85 = lshr exact i32 %69, 1
  %86 = add i32 %28, 128, !dbg !18
  %87 = add i32 %29, 128, !dbg !18
  %88 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %86, i32 0, i32 0), !dbg !19
  %89 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %87, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %90 = load <16 x i8>, ptr addrspace(3) %74, align 16, !dbg !19
  %91 = load <16 x i8>, ptr addrspace(3) %75, align 16, !dbg !19
  %92 = load <16 x i8>, ptr addrspace(3) %77, align 16, !dbg !19
  %93 = load <16 x i8>, ptr addrspace(3) %78, align 16, !dbg !19
  %94 = add i32 %22, 128, !dbg !20
  %95 = add i32 %94, %28, !dbg !20
  %96 = add i32 %94, %29, !dbg !20
  %97 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %95, i32 0, i32 0), !dbg !21
  %98 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %96, i32 0, i32 0), !dbg !21
  %99 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %81, !dbg !25
  %100 = load <16 x i8>, ptr addrspace(3) %99, align 16, !dbg !25
  %101 = getelementptr inbounds nuw i8, ptr addrspace(3) %99, i32 4096, !dbg !25
  %102 = load <16 x i8>, ptr addrspace(3) %101, align 16, !dbg !25
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %82, !dbg !25
  %104 = load <16 x i8>, ptr addrspace(3) %103, align 16, !dbg !25
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) %103, i32 4096, !dbg !25
  %106 = load <16 x i8>, ptr addrspace(3) %105, align 16, !dbg !25
  %107 = add i32 %44, 4, !dbg !22
  %108 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %107, i32 0, i32 0), !dbg !23
  %109 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %84, !dbg !23
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) %109, i32 %79, !dbg !23
  %111 = getelementptr inbounds nuw i8, ptr addrspace(3) %110, i32 %83, !dbg !23
  %112 = load <1 x i8>, ptr addrspace(3) %111, align 1, !dbg !23
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) %111, i32 128, !dbg !23
  %114 = load <1 x i8>, ptr addrspace(3) %113, align 1, !dbg !23
  %115 = add i32 %43, 4, !dbg !26
  %116 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %115, i32 0, i32 0), !dbg !24
  %117 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %84, !dbg !24
  %118 = getelementptr inbounds nuw i8, ptr addrspace(3) %117, i32 %85, !dbg !24
  %119 = getelementptr inbounds nuw i8, ptr addrspace(3) %118, i32 %83, !dbg !24
  %120 = load <1 x i8>, ptr addrspace(3) %119, align 1, !dbg !24
  %121 = getelementptr inbounds nuw i8, ptr addrspace(3) %119, i32 128, !dbg !24
  %122 = load <1 x i8>, ptr addrspace(3) %121, align 1, !dbg !24
  %123 = shufflevector <16 x i8> %90, <16 x i8> %92, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %124 = bitcast <32 x i8> %123 to <8 x i32>, !dbg !25
  %125 = shufflevector <16 x i8> %91, <16 x i8> %93, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %126 = bitcast <32 x i8> %125 to <8 x i32>, !dbg !25
  %127 = shufflevector <16 x i8> %100, <16 x i8> %104, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %128 = bitcast <32 x i8> %127 to <8 x i32>, !dbg !25
  %129 = shufflevector <16 x i8> %102, <16 x i8> %106, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %130 = bitcast <32 x i8> %129 to <8 x i32>, !dbg !25
  %131 = shufflevector <1 x i8> %120, <1 x i8> %122, <2 x i32> <i32 0, i32 1>, !dbg !25
  %132 = bitcast <2 x i8> %131 to i16, !dbg !25
  %133 = zext i16 %132 to i32, !dbg !25
  %134 = shufflevector <1 x i8> %112, <1 x i8> %114, <2 x i32> <i32 0, i32 1>, !dbg !25
  %135 = bitcast <2 x i8> %134 to i16, !dbg !25
  %136 = zext i16 %135 to i32, !dbg !25
  %137 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %128, <8 x i32> %124, <4 x float> zeroinitializer, i32 0, i32 0, i32 0, i32 %136, i32 0, i32 %133), !dbg !25
  %138 = extractelement <4 x float> %137, i64 0, !dbg !25
  %139 = extractelement <4 x float> %137, i64 1, !dbg !25
  %140 = extractelement <4 x float> %137, i64 2, !dbg !25
  %141 = extractelement <4 x float> %137, i64 3, !dbg !25
  %142 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %130, <8 x i32> %124, <4 x float> zeroinitializer, i32 0, i32 0, i32 1, i32 %136, i32 0, i32 %133), !dbg !25
  %143 = extractelement <4 x float> %142, i64 0, !dbg !25
  %144 = extractelement <4 x float> %142, i64 1, !dbg !25
  %145 = extractelement <4 x float> %142, i64 2, !dbg !25
  %146 = extractelement <4 x float> %142, i64 3, !dbg !25
  %147 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %128, <8 x i32> %126, <4 x float> zeroinitializer, i32 0, i32 0, i32 0, i32 %136, i32 1, i32 %133), !dbg !25
  %148 = extractelement <4 x float> %147, i64 0, !dbg !25
  %149 = extractelement <4 x float> %147, i64 1, !dbg !25
  %150 = extractelement <4 x float> %147, i64 2, !dbg !25
  %151 = extractelement <4 x float> %147, i64 3, !dbg !25
  %152 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %130, <8 x i32> %126, <4 x float> zeroinitializer, i32 0, i32 0, i32 1, i32 %136, i32 1, i32 %133), !dbg !25
  %153 = extractelement <4 x float> %152, i64 0, !dbg !25
  %154 = extractelement <4 x float> %152, i64 1, !dbg !25
  %155 = extractelement <4 x float> %152, i64 2, !dbg !25
  %156 = extractelement <4 x float> %152, i64 3, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <4 x i32> %88, ptr addrspace(3) %53, align 16, !dbg !19
  store <4 x i32> %89, ptr addrspace(3) %55, align 16, !dbg !19
  store <4 x i32> %97, ptr addrspace(3) %56, align 16, !dbg !21
  store <4 x i32> %98, ptr addrspace(3) %57, align 16, !dbg !21
  %157 = insertelement <1 x i8> poison, i8 %108, i64 0, !dbg !23
  store <1 x i8> %157, ptr addrspace(3) %58, align 1, !dbg !23
  %158 = insertelement <1 x i8> poison, i8 %116, i64 0, !dbg !24
  store <1 x i8> %158, ptr addrspace(3) %60, align 1, !dbg !24
  %159 = icmp samesign ugt i32 %62, 128, !dbg !17
  br i1 %159, label %.peel.next, label %._crit_edge, !dbg !17

.peel.next:                                       ; preds = %.lr.ph
  %160 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %81
  %161 = getelementptr inbounds nuw i8, ptr addrspace(3) %160, i32 4096
  %162 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %82
  %163 = getelementptr inbounds nuw i8, ptr addrspace(3) %162, i32 4096
  %164 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %84
  %165 = getelementptr inbounds nuw i8, ptr addrspace(3) %164, i32 %79
  %166 = getelementptr inbounds nuw i8, ptr addrspace(3) %165, i32 %83
  %167 = getelementptr inbounds nuw i8, ptr addrspace(3) %166, i32 128
  %168 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %84
  %169 = getelementptr inbounds nuw i8, ptr addrspace(3) %168, i32 %85
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) %169, i32 %83
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) %170, i32 128
  br label %172, !dbg !17

172:                                              ; preds = %.peel.next, %172
  %173 = phi float [ %138, %.peel.next ], [ %236, %172 ]
  %174 = phi float [ %139, %.peel.next ], [ %237, %172 ]
  %175 = phi float [ %140, %.peel.next ], [ %238, %172 ]
  %176 = phi float [ %141, %.peel.next ], [ %239, %172 ]
  %177 = phi float [ %143, %.peel.next ], [ %245, %172 ]
  %178 = phi float [ %144, %.peel.next ], [ %246, %172 ]
  %179 = phi float [ %145, %.peel.next ], [ %247, %172 ]
  %180 = phi float [ %146, %.peel.next ], [ %248, %172 ]
  %181 = phi float [ %148, %.peel.next ], [ %254, %172 ]
  %182 = phi float [ %149, %.peel.next ], [ %255, %172 ]
  %183 = phi float [ %150, %.peel.next ], [ %256, %172 ]
  %184 = phi float [ %151, %.peel.next ], [ %257, %172 ]
  %185 = phi float [ %153, %.peel.next ], [ %263, %172 ]
  %186 = phi float [ %154, %.peel.next ], [ %264, %172 ]
  %187 = phi float [ %155, %.peel.next ], [ %265, %172 ]
  %188 = phi float [ %156, %.peel.next ], [ %266, %172 ]
  %189 = phi i32 [ 128, %.peel.next ], [ %190, %172 ]
  %190 = add i32 %189, 128, !dbg !17
  %191 = ashr exact i32 %190, 5, !dbg !27
  %192 = add i32 %190, %28, !dbg !18
  %193 = add i32 %190, %29, !dbg !18
  %194 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %192, i32 0, i32 0), !dbg !19
  %195 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %30, i32 %193, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %196 = load <16 x i8>, ptr addrspace(3) %74, align 16, !dbg !19
  %197 = load <16 x i8>, ptr addrspace(3) %75, align 16, !dbg !19
  %198 = load <16 x i8>, ptr addrspace(3) %77, align 16, !dbg !19
  %199 = load <16 x i8>, ptr addrspace(3) %78, align 16, !dbg !19
  %200 = add i32 %190, %22, !dbg !20
  %201 = add i32 %200, %28, !dbg !20
  %202 = add i32 %200, %29, !dbg !20
  %203 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %201, i32 0, i32 0), !dbg !21
  %204 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %37, i32 %202, i32 0, i32 0), !dbg !21
  %205 = load <16 x i8>, ptr addrspace(3) %160, align 16, !dbg !25
  %206 = load <16 x i8>, ptr addrspace(3) %161, align 16, !dbg !25
  %207 = load <16 x i8>, ptr addrspace(3) %162, align 16, !dbg !25
  %208 = load <16 x i8>, ptr addrspace(3) %163, align 16, !dbg !25
  %209 = add i32 %44, %191, !dbg !22
  %210 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %209, i32 0, i32 0), !dbg !23
  %211 = load <1 x i8>, ptr addrspace(3) %166, align 1, !dbg !23
  %212 = load <1 x i8>, ptr addrspace(3) %167, align 1, !dbg !23
  %213 = add i32 %191, %43, !dbg !26
  %214 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %213, i32 0, i32 0), !dbg !24
  %215 = load <1 x i8>, ptr addrspace(3) %170, align 1, !dbg !24
  %216 = load <1 x i8>, ptr addrspace(3) %171, align 1, !dbg !24
  %217 = shufflevector <16 x i8> %196, <16 x i8> %198, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %218 = bitcast <32 x i8> %217 to <8 x i32>, !dbg !25
  %219 = shufflevector <16 x i8> %197, <16 x i8> %199, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %220 = bitcast <32 x i8> %219 to <8 x i32>, !dbg !25
  %221 = shufflevector <16 x i8> %205, <16 x i8> %207, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %222 = bitcast <32 x i8> %221 to <8 x i32>, !dbg !25
  %223 = shufflevector <16 x i8> %206, <16 x i8> %208, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %224 = bitcast <32 x i8> %223 to <8 x i32>, !dbg !25
  %225 = shufflevector <1 x i8> %215, <1 x i8> %216, <2 x i32> <i32 0, i32 1>, !dbg !25
  %226 = bitcast <2 x i8> %225 to i16, !dbg !25
  %227 = zext i16 %226 to i32, !dbg !25
  %228 = shufflevector <1 x i8> %211, <1 x i8> %212, <2 x i32> <i32 0, i32 1>, !dbg !25
  %229 = bitcast <2 x i8> %228 to i16, !dbg !25
  %230 = zext i16 %229 to i32, !dbg !25
  %231 = insertelement <4 x float> poison, float %173, i64 0, !dbg !25
  %232 = insertelement <4 x float> %231, float %174, i64 1, !dbg !25
  %233 = insertelement <4 x float> %232, float %175, i64 2, !dbg !25
  %234 = insertelement <4 x float> %233, float %176, i64 3, !dbg !25
  %235 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %222, <8 x i32> %218, <4 x float> %234, i32 0, i32 0, i32 0, i32 %230, i32 0, i32 %227), !dbg !25
  %236 = extractelement <4 x float> %235, i64 0, !dbg !25
  %237 = extractelement <4 x float> %235, i64 1, !dbg !25
  %238 = extractelement <4 x float> %235, i64 2, !dbg !25
  %239 = extractelement <4 x float> %235, i64 3, !dbg !25
  %240 = insertelement <4 x float> poison, float %177, i64 0, !dbg !25
  %241 = insertelement <4 x float> %240, float %178, i64 1, !dbg !25
  %242 = insertelement <4 x float> %241, float %179, i64 2, !dbg !25
  %243 = insertelement <4 x float> %242, float %180, i64 3, !dbg !25
  %244 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %224, <8 x i32> %218, <4 x float> %243, i32 0, i32 0, i32 1, i32 %230, i32 0, i32 %227), !dbg !25
  %245 = extractelement <4 x float> %244, i64 0, !dbg !25
  %246 = extractelement <4 x float> %244, i64 1, !dbg !25
  %247 = extractelement <4 x float> %244, i64 2, !dbg !25
  %248 = extractelement <4 x float> %244, i64 3, !dbg !25
  %249 = insertelement <4 x float> poison, float %181, i64 0, !dbg !25
  %250 = insertelement <4 x float> %249, float %182, i64 1, !dbg !25
  %251 = insertelement <4 x float> %250, float %183, i64 2, !dbg !25
  %252 = insertelement <4 x float> %251, float %184, i64 3, !dbg !25
  %253 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %222, <8 x i32> %220, <4 x float> %252, i32 0, i32 0, i32 0, i32 %230, i32 1, i32 %227), !dbg !25
  %254 = extractelement <4 x float> %253, i64 0, !dbg !25
  %255 = extractelement <4 x float> %253, i64 1, !dbg !25
  %256 = extractelement <4 x float> %253, i64 2, !dbg !25
  %257 = extractelement <4 x float> %253, i64 3, !dbg !25
  %258 = insertelement <4 x float> poison, float %185, i64 0, !dbg !25
  %259 = insertelement <4 x float> %258, float %186, i64 1, !dbg !25
  %260 = insertelement <4 x float> %259, float %187, i64 2, !dbg !25
  %261 = insertelement <4 x float> %260, float %188, i64 3, !dbg !25
  %262 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %224, <8 x i32> %220, <4 x float> %261, i32 0, i32 0, i32 1, i32 %230, i32 1, i32 %227), !dbg !25
  %263 = extractelement <4 x float> %262, i64 0, !dbg !25
  %264 = extractelement <4 x float> %262, i64 1, !dbg !25
  %265 = extractelement <4 x float> %262, i64 2, !dbg !25
  %266 = extractelement <4 x float> %262, i64 3, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <4 x i32> %194, ptr addrspace(3) %53, align 16, !dbg !19
  store <4 x i32> %195, ptr addrspace(3) %55, align 16, !dbg !19
  store <4 x i32> %203, ptr addrspace(3) %56, align 16, !dbg !21
  store <4 x i32> %204, ptr addrspace(3) %57, align 16, !dbg !21
  %267 = insertelement <1 x i8> poison, i8 %210, i64 0, !dbg !23
  store <1 x i8> %267, ptr addrspace(3) %58, align 1, !dbg !23
  %268 = insertelement <1 x i8> poison, i8 %214, i64 0, !dbg !24
  store <1 x i8> %268, ptr addrspace(3) %60, align 1, !dbg !24
  %269 = icmp slt i32 %190, %62, !dbg !17
  br i1 %269, label %172, label %._crit_edge, !dbg !17, !llvm.loop !28

._crit_edge:                                      ; preds = %172, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi10 = phi i32 [ %.pre9, %.._crit_edge_crit_edge ], [ %69, %.lr.ph ], [ %69, %172 ], !dbg !19
  %270 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %138, %.lr.ph ], [ %236, %172 ], !dbg !30
  %271 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %139, %.lr.ph ], [ %237, %172 ], !dbg !30
  %272 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %140, %.lr.ph ], [ %238, %172 ], !dbg !30
  %273 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %141, %.lr.ph ], [ %239, %172 ], !dbg !30
  %274 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %143, %.lr.ph ], [ %245, %172 ], !dbg !30
  %275 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %144, %.lr.ph ], [ %246, %172 ], !dbg !30
  %276 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %145, %.lr.ph ], [ %247, %172 ], !dbg !30
  %277 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %146, %.lr.ph ], [ %248, %172 ], !dbg !30
  %278 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %148, %.lr.ph ], [ %254, %172 ], !dbg !30
  %279 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %149, %.lr.ph ], [ %255, %172 ], !dbg !30
  %280 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %150, %.lr.ph ], [ %256, %172 ], !dbg !30
  %281 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %151, %.lr.ph ], [ %257, %172 ], !dbg !30
  %282 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %153, %.lr.ph ], [ %263, %172 ], !dbg !30
  %283 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %154, %.lr.ph ], [ %264, %172 ], !dbg !30
  %284 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %155, %.lr.ph ], [ %265, %172 ], !dbg !30
  %285 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %156, %.lr.ph ], [ %266, %172 ], !dbg !30
  %286 = add i32 %5, 127, !dbg !17
  %287 = icmp sgt i32 %286, 127, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  br i1 %287, label %288, label %._crit_edge._crit_edge, !dbg !25

288:                                              ; preds = %._crit_edge
  %289 = and i32 %10, 48, !dbg !19
  %290 = lshr exact i32 %289, 4, !dbg !23
  %291 = lshr exact i32 %.pre-phi10, 1, !dbg !24
  %292 = shl nuw nsw i32 %64, 2, !dbg !23
  %293 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %290, !dbg !24
  %294 = getelementptr inbounds nuw i8, ptr addrspace(3) %293, i32 %291, !dbg !24
  %295 = getelementptr inbounds nuw i8, ptr addrspace(3) %294, i32 %292, !dbg !24
  %296 = getelementptr inbounds nuw i8, ptr addrspace(3) %295, i32 128, !dbg !24
  %297 = load <1 x i8>, ptr addrspace(3) %296, align 1, !dbg !24
  %298 = load <1 x i8>, ptr addrspace(3) %295, align 1, !dbg !24
  %299 = and i32 %10, 64, !dbg !25
  %300 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %290, !dbg !23
  %301 = getelementptr inbounds nuw i8, ptr addrspace(3) %300, i32 %299, !dbg !23
  %302 = getelementptr inbounds nuw i8, ptr addrspace(3) %301, i32 %292, !dbg !23
  %303 = getelementptr inbounds nuw i8, ptr addrspace(3) %302, i32 128, !dbg !23
  %304 = load <1 x i8>, ptr addrspace(3) %303, align 1, !dbg !23
  %305 = load <1 x i8>, ptr addrspace(3) %302, align 1, !dbg !23
  %306 = shl nuw nsw i32 %299, 5, !dbg !25
  %307 = shl nuw nsw i32 %64, 7, !dbg !19
  %308 = shl nuw nsw i32 %10, 3, !dbg !19
  %309 = and i32 %308, 112, !dbg !19
  %310 = or disjoint i32 %307, %309, !dbg !19
  %311 = xor i32 %310, %289, !dbg !19
  %312 = or disjoint i32 %311, %306, !dbg !25
  %313 = xor i32 %312, 64, !dbg !25
  %314 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %313, !dbg !25
  %315 = getelementptr inbounds nuw i8, ptr addrspace(3) %314, i32 4096, !dbg !25
  %316 = load <16 x i8>, ptr addrspace(3) %315, align 16, !dbg !25
  %317 = load <16 x i8>, ptr addrspace(3) %314, align 16, !dbg !25
  %318 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %312, !dbg !25
  %319 = getelementptr inbounds nuw i8, ptr addrspace(3) %318, i32 4096, !dbg !25
  %320 = load <16 x i8>, ptr addrspace(3) %319, align 16, !dbg !25
  %321 = load <16 x i8>, ptr addrspace(3) %318, align 16, !dbg !25
  %322 = shl nuw nsw i32 %.pre-phi10, 4, !dbg !19
  %323 = or disjoint i32 %311, %322, !dbg !19
  %324 = xor i32 %323, 64, !dbg !19
  %325 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %324, !dbg !19
  %326 = getelementptr inbounds nuw i8, ptr addrspace(3) %325, i32 4096, !dbg !19
  %327 = load <16 x i8>, ptr addrspace(3) %326, align 16, !dbg !19
  %328 = load <16 x i8>, ptr addrspace(3) %325, align 16, !dbg !19
  %329 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %323, !dbg !19
  %330 = getelementptr inbounds nuw i8, ptr addrspace(3) %329, i32 4096, !dbg !19
  %331 = load <16 x i8>, ptr addrspace(3) %330, align 16, !dbg !19
  %332 = load <16 x i8>, ptr addrspace(3) %329, align 16, !dbg !19
  %333 = shufflevector <16 x i8> %332, <16 x i8> %328, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %334 = bitcast <32 x i8> %333 to <8 x i32>, !dbg !25
  %335 = shufflevector <16 x i8> %331, <16 x i8> %327, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %336 = bitcast <32 x i8> %335 to <8 x i32>, !dbg !25
  %337 = shufflevector <16 x i8> %321, <16 x i8> %317, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %338 = bitcast <32 x i8> %337 to <8 x i32>, !dbg !25
  %339 = shufflevector <16 x i8> %320, <16 x i8> %316, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %340 = bitcast <32 x i8> %339 to <8 x i32>, !dbg !25
  %341 = shufflevector <1 x i8> %298, <1 x i8> %297, <2 x i32> <i32 0, i32 1>, !dbg !25
  %342 = bitcast <2 x i8> %341 to i16, !dbg !25
  %343 = zext i16 %342 to i32, !dbg !25
  %344 = shufflevector <1 x i8> %305, <1 x i8> %304, <2 x i32> <i32 0, i32 1>, !dbg !25
  %345 = bitcast <2 x i8> %344 to i16, !dbg !25
  %346 = zext i16 %345 to i32, !dbg !25
  %347 = insertelement <4 x float> poison, float %270, i64 0, !dbg !25
  %348 = insertelement <4 x float> %347, float %271, i64 1, !dbg !25
  %349 = insertelement <4 x float> %348, float %272, i64 2, !dbg !25
  %350 = insertelement <4 x float> %349, float %273, i64 3, !dbg !25
  %351 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %338, <8 x i32> %334, <4 x float> %350, i32 0, i32 0, i32 0, i32 %346, i32 0, i32 %343), !dbg !25
  %352 = extractelement <4 x float> %351, i64 0, !dbg !25
  %353 = extractelement <4 x float> %351, i64 1, !dbg !25
  %354 = extractelement <4 x float> %351, i64 2, !dbg !25
  %355 = extractelement <4 x float> %351, i64 3, !dbg !25
  %356 = insertelement <4 x float> poison, float %274, i64 0, !dbg !25
  %357 = insertelement <4 x float> %356, float %275, i64 1, !dbg !25
  %358 = insertelement <4 x float> %357, float %276, i64 2, !dbg !25
  %359 = insertelement <4 x float> %358, float %277, i64 3, !dbg !25
  %360 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %340, <8 x i32> %334, <4 x float> %359, i32 0, i32 0, i32 1, i32 %346, i32 0, i32 %343), !dbg !25
  %361 = extractelement <4 x float> %360, i64 0, !dbg !25
  %362 = extractelement <4 x float> %360, i64 1, !dbg !25
  %363 = extractelement <4 x float> %360, i64 2, !dbg !25
  %364 = extractelement <4 x float> %360, i64 3, !dbg !25
  %365 = insertelement <4 x float> poison, float %278, i64 0, !dbg !25
  %366 = insertelement <4 x float> %365, float %279, i64 1, !dbg !25
  %367 = insertelement <4 x float> %366, float %280, i64 2, !dbg !25
  %368 = insertelement <4 x float> %367, float %281, i64 3, !dbg !25
  %369 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %338, <8 x i32> %336, <4 x float> %368, i32 0, i32 0, i32 0, i32 %346, i32 1, i32 %343), !dbg !25
  %370 = extractelement <4 x float> %369, i64 0, !dbg !25
  %371 = extractelement <4 x float> %369, i64 1, !dbg !25
  %372 = extractelement <4 x float> %369, i64 2, !dbg !25
  %373 = extractelement <4 x float> %369, i64 3, !dbg !25
  %374 = insertelement <4 x float> poison, float %282, i64 0, !dbg !25
  %375 = insertelement <4 x float> %374, float %283, i64 1, !dbg !25
  %376 = insertelement <4 x float> %375, float %284, i64 2, !dbg !25
  %377 = insertelement <4 x float> %376, float %285, i64 3, !dbg !25
  %378 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32> %340, <8 x i32> %336, <4 x float> %377, i32 0, i32 0, i32 1, i32 %346, i32 1, i32 %343), !dbg !25
  %379 = extractelement <4 x float> %378, i64 0, !dbg !25
  %380 = extractelement <4 x float> %378, i64 1, !dbg !25
  %381 = extractelement <4 x float> %378, i64 2, !dbg !25
  %382 = extractelement <4 x float> %378, i64 3, !dbg !25
  br label %._crit_edge._crit_edge, !dbg !25

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %288
  %383 = phi float [ %382, %288 ], [ %285, %._crit_edge ], !dbg !17
  %384 = phi float [ %381, %288 ], [ %284, %._crit_edge ], !dbg !17
  %385 = phi float [ %380, %288 ], [ %283, %._crit_edge ], !dbg !17
  %386 = phi float [ %379, %288 ], [ %282, %._crit_edge ], !dbg !17
  %387 = phi float [ %373, %288 ], [ %281, %._crit_edge ], !dbg !17
  %388 = phi float [ %372, %288 ], [ %280, %._crit_edge ], !dbg !17
  %389 = phi float [ %371, %288 ], [ %279, %._crit_edge ], !dbg !17
  %390 = phi float [ %370, %288 ], [ %278, %._crit_edge ], !dbg !17
  %391 = phi float [ %364, %288 ], [ %277, %._crit_edge ], !dbg !17
  %392 = phi float [ %363, %288 ], [ %276, %._crit_edge ], !dbg !17
  %393 = phi float [ %362, %288 ], [ %275, %._crit_edge ], !dbg !17
  %394 = phi float [ %361, %288 ], [ %274, %._crit_edge ], !dbg !17
  %395 = phi float [ %355, %288 ], [ %273, %._crit_edge ], !dbg !17
  %396 = phi float [ %354, %288 ], [ %272, %._crit_edge ], !dbg !17
  %397 = phi float [ %353, %288 ], [ %271, %._crit_edge ], !dbg !17
  %398 = phi float [ %352, %288 ], [ %270, %._crit_edge ], !dbg !17
  %399 = lshr exact i32 %17, 2, !dbg !10
  %400 = lshr exact i32 %.pre-phi10, 3, !dbg !31
  %401 = or disjoint i32 %400, %64, !dbg !31
  %402 = or disjoint i32 %401, 32, !dbg !31
  %403 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !32
  %404 = load i32, ptr addrspace(4) %403, align 4, !dbg !32, !tbaa !33
  %405 = shl i32 %404, 6, !dbg !37
  %406 = mul i32 %405, %401, !dbg !38
  %407 = mul i32 %405, %402, !dbg !38
  %408 = or disjoint i32 %399, %18, !dbg !38
  %409 = add i32 %408, %406, !dbg !38
  %410 = or disjoint i32 %399, %18, !dbg !38
  %411 = or disjoint i32 %410, 32, !dbg !38
  %412 = add i32 %411, %406, !dbg !38
  %413 = add i32 %408, %407, !dbg !38
  %414 = add i32 %411, %407, !dbg !38
  %415 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !39
  %416 = insertelement <4 x float> poison, float %398, i64 0, !dbg !39
  %417 = insertelement <4 x float> %416, float %397, i64 1, !dbg !39
  %418 = insertelement <4 x float> %417, float %396, i64 2, !dbg !39
  %419 = insertelement <4 x float> %418, float %395, i64 3, !dbg !39
  %420 = shl i32 %409, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %419, ptr addrspace(8) %415, i32 %420, i32 0, i32 0), !dbg !39
  %421 = insertelement <4 x float> poison, float %394, i64 0, !dbg !39
  %422 = insertelement <4 x float> %421, float %393, i64 1, !dbg !39
  %423 = insertelement <4 x float> %422, float %392, i64 2, !dbg !39
  %424 = insertelement <4 x float> %423, float %391, i64 3, !dbg !39
  %425 = shl i32 %412, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %424, ptr addrspace(8) %415, i32 %425, i32 0, i32 0), !dbg !39
  %426 = insertelement <4 x float> poison, float %390, i64 0, !dbg !39
  %427 = insertelement <4 x float> %426, float %389, i64 1, !dbg !39
  %428 = insertelement <4 x float> %427, float %388, i64 2, !dbg !39
  %429 = insertelement <4 x float> %428, float %387, i64 3, !dbg !39
  %430 = shl i32 %413, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %429, ptr addrspace(8) %415, i32 %430, i32 0, i32 0), !dbg !39
  %431 = insertelement <4 x float> poison, float %386, i64 0, !dbg !39
  %432 = insertelement <4 x float> %431, float %385, i64 1, !dbg !39
  %433 = insertelement <4 x float> %432, float %384, i64 2, !dbg !39
  %434 = insertelement <4 x float> %433, float %383, i64 3, !dbg !39
  %435 = shl i32 %414, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %434, ptr addrspace(8) %415, i32 %435, i32 0, i32 0), !dbg !39
  ret void, !dbg !40
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32(<8 x i32>, <8 x i32>, <4 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
!12 = !DILocation(line: 50, column: 40, scope: !6)
!13 = !DILocation(line: 52, column: 37, scope: !6)
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
!27 = !DILocation(line: 52, column: 19, scope: !6)
!28 = distinct !{!28, !29}
!29 = !{!"llvm.loop.peeled.count", i32 1}
!30 = !DILocation(line: 48, column: 19, scope: !6)
!31 = !DILocation(line: 61, column: 24, scope: !6)
!32 = !DILocation(line: 61, column: 57, scope: !6)
!33 = !{!34, !34, i64 0}
!34 = !{!"int", !35, i64 0}
!35 = !{!"omnipotent char", !36, i64 0}
!36 = !{!"Simple C/C++ TBAA"}
!37 = !DILocation(line: 61, column: 41, scope: !6)
!38 = !DILocation(line: 61, column: 63, scope: !6)
!39 = !DILocation(line: 62, column: 13, scope: !6)
!40 = !DILocation(line: 61, column: 4, scope: !6)
