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
  %17 = and i32 %10, 32, !dbg !10
  %18 = and i32 %10, 64, !dbg !10
  %19 = shl i32 %9, 6, !dbg !11
  %20 = shl nuw nsw i32 %10, 4, !dbg !12
  %21 = and i32 %20, 112, !dbg !12
  %22 = and i32 %10, 3, !dbg !13
  %23 = mul i32 %5, %19, !dbg !14
  %24 = sdiv i32 %5, 32, !dbg !15
  %25 = mul i32 %24, %19, !dbg !16
  %26 = icmp sgt i32 %5, 0, !dbg !17
  %27 = mul i32 %5, %13, !dbg !18
  %28 = mul i32 %5, %14, !dbg !18
  %29 = add i32 %27, %21, !dbg !18
  %30 = add i32 %28, %21, !dbg !18
  %31 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !19
  %32 = select i1 %26, i32 %29, i32 -2147483648, !dbg !19
  %33 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %32, i32 0, i32 0), !dbg !19
  %34 = select i1 %26, i32 %30, i32 -2147483648, !dbg !19
  %35 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %34, i32 0, i32 0), !dbg !19
  %36 = add i32 %29, %23, !dbg !20
  %37 = add i32 %30, %23, !dbg !20
  %38 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !21
  %39 = select i1 %26, i32 %36, i32 -2147483648, !dbg !21
  %40 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %39, i32 0, i32 0), !dbg !21
  %41 = select i1 %26, i32 %37, i32 -2147483648, !dbg !21
  %42 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %41, i32 0, i32 0), !dbg !21
  %43 = mul i32 %24, %16, !dbg !22
  %44 = add i32 %43, %22, !dbg !22
  %45 = add i32 %44, %25, !dbg !22
  %46 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %47 = select i1 %26, i32 %45, i32 -2147483648, !dbg !23
  %48 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %46, i32 %47, i32 0, i32 0), !dbg !23
  %49 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !24
  %50 = select i1 %26, i32 %44, i32 -2147483648, !dbg !24
  %51 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %49, i32 %50, i32 0, i32 0), !dbg !24
  %52 = shl nuw nsw i32 %11, 4, !dbg !19
  %53 = and i32 %10, 112, !dbg !19
  %54 = xor i32 %52, %53, !dbg !19
  %55 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %54, !dbg !19
  store <4 x i32> %33, ptr addrspace(3) %55, align 16, !dbg !19
  %56 = or disjoint i32 %54, 4096, !dbg !19
  %57 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %56, !dbg !19
  store <4 x i32> %35, ptr addrspace(3) %57, align 16, !dbg !19
  %58 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %54, !dbg !21
  store <4 x i32> %40, ptr addrspace(3) %58, align 16, !dbg !21
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %56, !dbg !21
  store <4 x i32> %42, ptr addrspace(3) %59, align 16, !dbg !21
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %11, !dbg !23
  %61 = insertelement <1 x i8> poison, i8 %48, i64 0, !dbg !23
  store <1 x i8> %61, ptr addrspace(3) %60, align 1, !dbg !23
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %11, !dbg !24
  %63 = insertelement <1 x i8> poison, i8 %51, i64 0, !dbg !24
  store <1 x i8> %63, ptr addrspace(3) %62, align 1, !dbg !24
  %64 = add i32 %5, -128, !dbg !17
  %65 = icmp sgt i32 %64, 0, !dbg !17
  %66 = and i32 %10, 31
  br i1 %65, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !17

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre10 = and i32 %10, 128, !dbg !19
  br label %._crit_edge, !dbg !17

.lr.ph:                                           ; preds = %8
  %67 = shl nuw nsw i32 %66, 7
  %68 = shl nuw nsw i32 %10, 3
  %69 = and i32 %68, 112
  %70 = lshr exact i32 %17, 1
  %71 = and i32 %10, 128
  %72 = shl nuw nsw i32 %71, 5
  %73 = or disjoint i32 %67, %72
  %74 = xor i32 %69, %70
  %75 = or disjoint i32 %73, %74
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %75
  %77 = xor i32 %75, 32
  %78 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %77
  %79 = xor i32 %75, 64
  %80 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %79
  %81 = xor i32 %75, 96
  %82 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %81
  %83 = shl nuw nsw i32 %18, 6
  %84 = or disjoint i32 %67, %83
  %85 = or disjoint i32 %84, %74
  %86 = xor i32 %85, 32
  %87 = xor i32 %85, 64
  %88 = xor i32 %85, 96
  %89 = shl nuw nsw i32 %66, 2
  %.lobit1 = lshr exact i32 %17, 5
  %90 = shl nuw nsw i32 %18, 1
  %91 = or disjoint i32 %89, %.lobit1
  %92 = add i32 %29, 128, !dbg !18
  %93 = add i32 %30, 128, !dbg !18
  %94 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %92, i32 0, i32 0), !dbg !19
  %95 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %93, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %96 = load <16 x i8>, ptr addrspace(3) %76, align 16, !dbg !19
  %97 = load <16 x i8>, ptr addrspace(3) %78, align 16, !dbg !19
  %98 = load <16 x i8>, ptr addrspace(3) %80, align 16, !dbg !19
  %99 = load <16 x i8>, ptr addrspace(3) %82, align 16, !dbg !19
  %100 = add i32 %23, 128, !dbg !20
  %101 = add i32 %100, %29, !dbg !20
  %102 = add i32 %100, %30, !dbg !20
  %103 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %101, i32 0, i32 0), !dbg !21
  %104 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %102, i32 0, i32 0), !dbg !21
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %85, !dbg !25
  %106 = load <16 x i8>, ptr addrspace(3) %105, align 16, !dbg !25
  %107 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %86, !dbg !25
  %108 = load <16 x i8>, ptr addrspace(3) %107, align 16, !dbg !25
  %109 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %87, !dbg !25
  %110 = load <16 x i8>, ptr addrspace(3) %109, align 16, !dbg !25
  %111 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %88, !dbg !25
  %112 = load <16 x i8>, ptr addrspace(3) %111, align 16, !dbg !25
  %113 = add i32 %45, 4, !dbg !22
  %114 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %46, i32 %113, i32 0, i32 0), !dbg !23
  %115 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %91, !dbg !23
  %116 = getelementptr inbounds nuw i8, ptr addrspace(3) %115, i32 %90, !dbg !23
  %117 = load <1 x i8>, ptr addrspace(3) %116, align 1, !dbg !23
  %118 = getelementptr inbounds nuw i8, ptr addrspace(3) %116, i32 2, !dbg !23
  %119 = load <1 x i8>, ptr addrspace(3) %118, align 1, !dbg !23
  %120 = add i32 %44, 4, !dbg !26
  %121 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %49, i32 %120, i32 0, i32 0), !dbg !24
  %122 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %91, !dbg !24
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) %122, i32 %71, !dbg !24
  %124 = load <1 x i8>, ptr addrspace(3) %123, align 1, !dbg !24
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) %123, i32 2, !dbg !24
  %126 = load <1 x i8>, ptr addrspace(3) %125, align 1, !dbg !24
  %127 = shufflevector <16 x i8> %96, <16 x i8> %97, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %128 = bitcast <32 x i8> %127 to <8 x i32>, !dbg !25
  %129 = shufflevector <16 x i8> %98, <16 x i8> %99, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %130 = bitcast <32 x i8> %129 to <8 x i32>, !dbg !25
  %131 = shufflevector <16 x i8> %106, <16 x i8> %108, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %132 = bitcast <32 x i8> %131 to <8 x i32>, !dbg !25
  %133 = shufflevector <16 x i8> %110, <16 x i8> %112, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %134 = bitcast <32 x i8> %133 to <8 x i32>, !dbg !25
  %135 = shufflevector <1 x i8> %124, <1 x i8> %126, <2 x i32> <i32 0, i32 1>, !dbg !25
  %136 = bitcast <2 x i8> %135 to i16, !dbg !25
  %137 = zext i16 %136 to i32, !dbg !25
  %138 = shufflevector <1 x i8> %117, <1 x i8> %119, <2 x i32> <i32 0, i32 1>, !dbg !25
  %139 = bitcast <2 x i8> %138 to i16, !dbg !25
  %140 = zext i16 %139 to i32, !dbg !25
  %141 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %132, <8 x i32> %128, <16 x float> zeroinitializer, i32 0, i32 0, i32 0, i32 %140, i32 0, i32 %137), !dbg !25
  %142 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %134, <8 x i32> %130, <16 x float> %141, i32 0, i32 0, i32 1, i32 %140, i32 1, i32 %137), !dbg !25
  %143 = extractelement <16 x float> %142, i64 0, !dbg !25
  %144 = extractelement <16 x float> %142, i64 1, !dbg !25
  %145 = extractelement <16 x float> %142, i64 2, !dbg !25
  %146 = extractelement <16 x float> %142, i64 3, !dbg !25
  %147 = extractelement <16 x float> %142, i64 4, !dbg !25
  %148 = extractelement <16 x float> %142, i64 5, !dbg !25
  %149 = extractelement <16 x float> %142, i64 6, !dbg !25
  %150 = extractelement <16 x float> %142, i64 7, !dbg !25
  %151 = extractelement <16 x float> %142, i64 8, !dbg !25
  %152 = extractelement <16 x float> %142, i64 9, !dbg !25
  %153 = extractelement <16 x float> %142, i64 10, !dbg !25
  %154 = extractelement <16 x float> %142, i64 11, !dbg !25
  %155 = extractelement <16 x float> %142, i64 12, !dbg !25
  %156 = extractelement <16 x float> %142, i64 13, !dbg !25
  %157 = extractelement <16 x float> %142, i64 14, !dbg !25
  %158 = extractelement <16 x float> %142, i64 15, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <4 x i32> %94, ptr addrspace(3) %55, align 16, !dbg !19
  store <4 x i32> %95, ptr addrspace(3) %57, align 16, !dbg !19
  store <4 x i32> %103, ptr addrspace(3) %58, align 16, !dbg !21
  store <4 x i32> %104, ptr addrspace(3) %59, align 16, !dbg !21
  %159 = insertelement <1 x i8> poison, i8 %114, i64 0, !dbg !23
  store <1 x i8> %159, ptr addrspace(3) %60, align 1, !dbg !23
  %160 = insertelement <1 x i8> poison, i8 %121, i64 0, !dbg !24
  store <1 x i8> %160, ptr addrspace(3) %62, align 1, !dbg !24
  %161 = icmp samesign ugt i32 %64, 128, !dbg !17
  br i1 %161, label %.peel.next, label %._crit_edge, !dbg !17

.peel.next:                                       ; preds = %.lr.ph
  %162 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %85
  %163 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %86
  %164 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %87
  %165 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %88
  %166 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %91
  %167 = getelementptr inbounds nuw i8, ptr addrspace(3) %166, i32 %90
  %168 = getelementptr inbounds nuw i8, ptr addrspace(3) %167, i32 2
  %169 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %91
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) %169, i32 %71
  %171 = getelementptr inbounds nuw i8, ptr addrspace(3) %170, i32 2
  br label %172, !dbg !17

172:                                              ; preds = %.peel.next, %172
  %173 = phi float [ %143, %.peel.next ], [ %249, %172 ]
  %174 = phi float [ %144, %.peel.next ], [ %250, %172 ]
  %175 = phi float [ %145, %.peel.next ], [ %251, %172 ]
  %176 = phi float [ %146, %.peel.next ], [ %252, %172 ]
  %177 = phi float [ %147, %.peel.next ], [ %253, %172 ]
  %178 = phi float [ %148, %.peel.next ], [ %254, %172 ]
  %179 = phi float [ %149, %.peel.next ], [ %255, %172 ]
  %180 = phi float [ %150, %.peel.next ], [ %256, %172 ]
  %181 = phi float [ %151, %.peel.next ], [ %257, %172 ]
  %182 = phi float [ %152, %.peel.next ], [ %258, %172 ]
  %183 = phi float [ %153, %.peel.next ], [ %259, %172 ]
  %184 = phi float [ %154, %.peel.next ], [ %260, %172 ]
  %185 = phi float [ %155, %.peel.next ], [ %261, %172 ]
  %186 = phi float [ %156, %.peel.next ], [ %262, %172 ]
  %187 = phi float [ %157, %.peel.next ], [ %263, %172 ]
  %188 = phi float [ %158, %.peel.next ], [ %264, %172 ]
  %189 = phi i32 [ 128, %.peel.next ], [ %190, %172 ]
  %190 = add i32 %189, 128, !dbg !17
  %191 = ashr exact i32 %190, 5, !dbg !27
  %192 = add i32 %190, %29, !dbg !18
  %193 = add i32 %190, %30, !dbg !18
  %194 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %192, i32 0, i32 0), !dbg !19
  %195 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %31, i32 %193, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %196 = load <16 x i8>, ptr addrspace(3) %76, align 16, !dbg !19
  %197 = load <16 x i8>, ptr addrspace(3) %78, align 16, !dbg !19
  %198 = load <16 x i8>, ptr addrspace(3) %80, align 16, !dbg !19
  %199 = load <16 x i8>, ptr addrspace(3) %82, align 16, !dbg !19
  %200 = add i32 %190, %23, !dbg !20
  %201 = add i32 %200, %29, !dbg !20
  %202 = add i32 %200, %30, !dbg !20
  %203 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %201, i32 0, i32 0), !dbg !21
  %204 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %38, i32 %202, i32 0, i32 0), !dbg !21
  %205 = load <16 x i8>, ptr addrspace(3) %162, align 16, !dbg !25
  %206 = load <16 x i8>, ptr addrspace(3) %163, align 16, !dbg !25
  %207 = load <16 x i8>, ptr addrspace(3) %164, align 16, !dbg !25
  %208 = load <16 x i8>, ptr addrspace(3) %165, align 16, !dbg !25
  %209 = add i32 %45, %191, !dbg !22
  %210 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %46, i32 %209, i32 0, i32 0), !dbg !23
  %211 = load <1 x i8>, ptr addrspace(3) %167, align 1, !dbg !23
  %212 = load <1 x i8>, ptr addrspace(3) %168, align 1, !dbg !23
  %213 = add i32 %191, %44, !dbg !26
  %214 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %49, i32 %213, i32 0, i32 0), !dbg !24
  %215 = load <1 x i8>, ptr addrspace(3) %170, align 1, !dbg !24
  %216 = load <1 x i8>, ptr addrspace(3) %171, align 1, !dbg !24
  %217 = shufflevector <16 x i8> %196, <16 x i8> %197, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %218 = bitcast <32 x i8> %217 to <8 x i32>, !dbg !25
  %219 = shufflevector <16 x i8> %198, <16 x i8> %199, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %220 = bitcast <32 x i8> %219 to <8 x i32>, !dbg !25
  %221 = shufflevector <16 x i8> %205, <16 x i8> %206, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %222 = bitcast <32 x i8> %221 to <8 x i32>, !dbg !25
  %223 = shufflevector <16 x i8> %207, <16 x i8> %208, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %224 = bitcast <32 x i8> %223 to <8 x i32>, !dbg !25
  %225 = shufflevector <1 x i8> %215, <1 x i8> %216, <2 x i32> <i32 0, i32 1>, !dbg !25
  %226 = bitcast <2 x i8> %225 to i16, !dbg !25
  %227 = zext i16 %226 to i32, !dbg !25
  %228 = shufflevector <1 x i8> %211, <1 x i8> %212, <2 x i32> <i32 0, i32 1>, !dbg !25
  %229 = bitcast <2 x i8> %228 to i16, !dbg !25
  %230 = zext i16 %229 to i32, !dbg !25
  %231 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %173, i64 0, !dbg !25
  %232 = insertelement <16 x float> %231, float %174, i64 1, !dbg !25
  %233 = insertelement <16 x float> %232, float %175, i64 2, !dbg !25
  %234 = insertelement <16 x float> %233, float %176, i64 3, !dbg !25
  %235 = insertelement <16 x float> %234, float %177, i64 4, !dbg !25
  %236 = insertelement <16 x float> %235, float %178, i64 5, !dbg !25
  %237 = insertelement <16 x float> %236, float %179, i64 6, !dbg !25
  %238 = insertelement <16 x float> %237, float %180, i64 7, !dbg !25
  %239 = insertelement <16 x float> %238, float %181, i64 8, !dbg !25
  %240 = insertelement <16 x float> %239, float %182, i64 9, !dbg !25
  %241 = insertelement <16 x float> %240, float %183, i64 10, !dbg !25
  %242 = insertelement <16 x float> %241, float %184, i64 11, !dbg !25
  %243 = insertelement <16 x float> %242, float %185, i64 12, !dbg !25
  %244 = insertelement <16 x float> %243, float %186, i64 13, !dbg !25
  %245 = insertelement <16 x float> %244, float %187, i64 14, !dbg !25
  %246 = insertelement <16 x float> %245, float %188, i64 15, !dbg !25
  %247 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %222, <8 x i32> %218, <16 x float> %246, i32 0, i32 0, i32 0, i32 %230, i32 0, i32 %227), !dbg !25
  %248 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %224, <8 x i32> %220, <16 x float> %247, i32 0, i32 0, i32 1, i32 %230, i32 1, i32 %227), !dbg !25
  %249 = extractelement <16 x float> %248, i64 0, !dbg !25
  %250 = extractelement <16 x float> %248, i64 1, !dbg !25
  %251 = extractelement <16 x float> %248, i64 2, !dbg !25
  %252 = extractelement <16 x float> %248, i64 3, !dbg !25
  %253 = extractelement <16 x float> %248, i64 4, !dbg !25
  %254 = extractelement <16 x float> %248, i64 5, !dbg !25
  %255 = extractelement <16 x float> %248, i64 6, !dbg !25
  %256 = extractelement <16 x float> %248, i64 7, !dbg !25
  %257 = extractelement <16 x float> %248, i64 8, !dbg !25
  %258 = extractelement <16 x float> %248, i64 9, !dbg !25
  %259 = extractelement <16 x float> %248, i64 10, !dbg !25
  %260 = extractelement <16 x float> %248, i64 11, !dbg !25
  %261 = extractelement <16 x float> %248, i64 12, !dbg !25
  %262 = extractelement <16 x float> %248, i64 13, !dbg !25
  %263 = extractelement <16 x float> %248, i64 14, !dbg !25
  %264 = extractelement <16 x float> %248, i64 15, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <4 x i32> %194, ptr addrspace(3) %55, align 16, !dbg !19
  store <4 x i32> %195, ptr addrspace(3) %57, align 16, !dbg !19
  store <4 x i32> %203, ptr addrspace(3) %58, align 16, !dbg !21
  store <4 x i32> %204, ptr addrspace(3) %59, align 16, !dbg !21
  %265 = insertelement <1 x i8> poison, i8 %210, i64 0, !dbg !23
  store <1 x i8> %265, ptr addrspace(3) %60, align 1, !dbg !23
  %266 = insertelement <1 x i8> poison, i8 %214, i64 0, !dbg !24
  store <1 x i8> %266, ptr addrspace(3) %62, align 1, !dbg !24
  %267 = icmp slt i32 %190, %64, !dbg !17
  br i1 %267, label %172, label %._crit_edge, !dbg !17, !llvm.loop !28

._crit_edge:                                      ; preds = %172, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi11 = phi i32 [ %.pre10, %.._crit_edge_crit_edge ], [ %71, %.lr.ph ], [ %71, %172 ], !dbg !19
  %268 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %143, %.lr.ph ], [ %249, %172 ], !dbg !30
  %269 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %144, %.lr.ph ], [ %250, %172 ], !dbg !30
  %270 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %145, %.lr.ph ], [ %251, %172 ], !dbg !30
  %271 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %146, %.lr.ph ], [ %252, %172 ], !dbg !30
  %272 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %147, %.lr.ph ], [ %253, %172 ], !dbg !30
  %273 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %148, %.lr.ph ], [ %254, %172 ], !dbg !30
  %274 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %149, %.lr.ph ], [ %255, %172 ], !dbg !30
  %275 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %150, %.lr.ph ], [ %256, %172 ], !dbg !30
  %276 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %151, %.lr.ph ], [ %257, %172 ], !dbg !30
  %277 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %152, %.lr.ph ], [ %258, %172 ], !dbg !30
  %278 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %153, %.lr.ph ], [ %259, %172 ], !dbg !30
  %279 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %154, %.lr.ph ], [ %260, %172 ], !dbg !30
  %280 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %155, %.lr.ph ], [ %261, %172 ], !dbg !30
  %281 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %156, %.lr.ph ], [ %262, %172 ], !dbg !30
  %282 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %157, %.lr.ph ], [ %263, %172 ], !dbg !30
  %283 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %158, %.lr.ph ], [ %264, %172 ], !dbg !30
  %284 = add i32 %5, 127, !dbg !17
  %285 = icmp sgt i32 %284, 127, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  br i1 %285, label %286, label %._crit_edge._crit_edge, !dbg !25

286:                                              ; preds = %._crit_edge
  %287 = shl nuw nsw i32 %66, 2, !dbg !23
  %.lobit = lshr exact i32 %17, 5, !dbg !23
  %288 = or disjoint i32 %287, %.lobit, !dbg !23
  %289 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16384), i32 %288, !dbg !24
  %290 = getelementptr inbounds nuw i8, ptr addrspace(3) %289, i32 %.pre-phi11, !dbg !24
  %291 = getelementptr inbounds nuw i8, ptr addrspace(3) %290, i32 2, !dbg !24
  %292 = load <1 x i8>, ptr addrspace(3) %291, align 1, !dbg !24
  %293 = load <1 x i8>, ptr addrspace(3) %290, align 1, !dbg !24
  %294 = shl nuw nsw i32 %18, 1, !dbg !23
  %295 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 16640), i32 %288, !dbg !23
  %296 = getelementptr inbounds nuw i8, ptr addrspace(3) %295, i32 %294, !dbg !23
  %297 = getelementptr inbounds nuw i8, ptr addrspace(3) %296, i32 2, !dbg !23
  %298 = load <1 x i8>, ptr addrspace(3) %297, align 1, !dbg !23
  %299 = load <1 x i8>, ptr addrspace(3) %296, align 1, !dbg !23
  %300 = shl nuw nsw i32 %66, 7, !dbg !19
  %301 = shl nuw nsw i32 %18, 6, !dbg !25
  %302 = or disjoint i32 %300, %301, !dbg !25
  %303 = shl nuw nsw i32 %10, 3, !dbg !19
  %304 = and i32 %303, 112, !dbg !19
  %305 = lshr exact i32 %17, 1, !dbg !19
  %306 = xor i32 %304, %305, !dbg !19
  %307 = or disjoint i32 %302, %306, !dbg !25
  %308 = xor i32 %307, 96, !dbg !25
  %309 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %308, !dbg !25
  %310 = load <16 x i8>, ptr addrspace(3) %309, align 16, !dbg !25
  %311 = xor i32 %307, 64, !dbg !25
  %312 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %311, !dbg !25
  %313 = load <16 x i8>, ptr addrspace(3) %312, align 16, !dbg !25
  %314 = xor i32 %307, 32, !dbg !25
  %315 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %314, !dbg !25
  %316 = load <16 x i8>, ptr addrspace(3) %315, align 16, !dbg !25
  %317 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %307, !dbg !25
  %318 = load <16 x i8>, ptr addrspace(3) %317, align 16, !dbg !25
  %319 = shl nuw nsw i32 %.pre-phi11, 5, !dbg !19
  %320 = or disjoint i32 %300, %319, !dbg !19
  %321 = or disjoint i32 %320, %306, !dbg !19
  %322 = xor i32 %321, 96, !dbg !19
  %323 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %322, !dbg !19
  %324 = load <16 x i8>, ptr addrspace(3) %323, align 16, !dbg !19
  %325 = xor i32 %321, 64, !dbg !19
  %326 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %325, !dbg !19
  %327 = load <16 x i8>, ptr addrspace(3) %326, align 16, !dbg !19
  %328 = xor i32 %321, 32, !dbg !19
  %329 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %328, !dbg !19
  %330 = load <16 x i8>, ptr addrspace(3) %329, align 16, !dbg !19
  %331 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %321, !dbg !19
  %332 = load <16 x i8>, ptr addrspace(3) %331, align 16, !dbg !19
  %333 = shufflevector <16 x i8> %332, <16 x i8> %330, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %334 = bitcast <32 x i8> %333 to <8 x i32>, !dbg !25
  %335 = shufflevector <16 x i8> %327, <16 x i8> %324, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %336 = bitcast <32 x i8> %335 to <8 x i32>, !dbg !25
  %337 = shufflevector <16 x i8> %318, <16 x i8> %316, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %338 = bitcast <32 x i8> %337 to <8 x i32>, !dbg !25
  %339 = shufflevector <16 x i8> %313, <16 x i8> %310, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !25
  %340 = bitcast <32 x i8> %339 to <8 x i32>, !dbg !25
  %341 = shufflevector <1 x i8> %293, <1 x i8> %292, <2 x i32> <i32 0, i32 1>, !dbg !25
  %342 = bitcast <2 x i8> %341 to i16, !dbg !25
  %343 = zext i16 %342 to i32, !dbg !25
  %344 = shufflevector <1 x i8> %299, <1 x i8> %298, <2 x i32> <i32 0, i32 1>, !dbg !25
  %345 = bitcast <2 x i8> %344 to i16, !dbg !25
  %346 = zext i16 %345 to i32, !dbg !25
  %347 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %268, i64 0, !dbg !25
  %348 = insertelement <16 x float> %347, float %269, i64 1, !dbg !25
  %349 = insertelement <16 x float> %348, float %270, i64 2, !dbg !25
  %350 = insertelement <16 x float> %349, float %271, i64 3, !dbg !25
  %351 = insertelement <16 x float> %350, float %272, i64 4, !dbg !25
  %352 = insertelement <16 x float> %351, float %273, i64 5, !dbg !25
  %353 = insertelement <16 x float> %352, float %274, i64 6, !dbg !25
  %354 = insertelement <16 x float> %353, float %275, i64 7, !dbg !25
  %355 = insertelement <16 x float> %354, float %276, i64 8, !dbg !25
  %356 = insertelement <16 x float> %355, float %277, i64 9, !dbg !25
  %357 = insertelement <16 x float> %356, float %278, i64 10, !dbg !25
  %358 = insertelement <16 x float> %357, float %279, i64 11, !dbg !25
  %359 = insertelement <16 x float> %358, float %280, i64 12, !dbg !25
  %360 = insertelement <16 x float> %359, float %281, i64 13, !dbg !25
  %361 = insertelement <16 x float> %360, float %282, i64 14, !dbg !25
  %362 = insertelement <16 x float> %361, float %283, i64 15, !dbg !25
  %363 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %338, <8 x i32> %334, <16 x float> %362, i32 0, i32 0, i32 0, i32 %346, i32 0, i32 %343), !dbg !25
  %364 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32> %340, <8 x i32> %336, <16 x float> %363, i32 0, i32 0, i32 1, i32 %346, i32 1, i32 %343), !dbg !25
  %365 = extractelement <16 x float> %364, i64 0, !dbg !25
  %366 = extractelement <16 x float> %364, i64 1, !dbg !25
  %367 = extractelement <16 x float> %364, i64 2, !dbg !25
  %368 = extractelement <16 x float> %364, i64 3, !dbg !25
  %369 = extractelement <16 x float> %364, i64 4, !dbg !25
  %370 = extractelement <16 x float> %364, i64 5, !dbg !25
  %371 = extractelement <16 x float> %364, i64 6, !dbg !25
  %372 = extractelement <16 x float> %364, i64 7, !dbg !25
  %373 = extractelement <16 x float> %364, i64 8, !dbg !25
  %374 = extractelement <16 x float> %364, i64 9, !dbg !25
  %375 = extractelement <16 x float> %364, i64 10, !dbg !25
  %376 = extractelement <16 x float> %364, i64 11, !dbg !25
  %377 = extractelement <16 x float> %364, i64 12, !dbg !25
  %378 = extractelement <16 x float> %364, i64 13, !dbg !25
  %379 = extractelement <16 x float> %364, i64 14, !dbg !25
  %380 = extractelement <16 x float> %364, i64 15, !dbg !25
  br label %._crit_edge._crit_edge, !dbg !25

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %286
  %381 = phi float [ %380, %286 ], [ %283, %._crit_edge ], !dbg !17
  %382 = phi float [ %379, %286 ], [ %282, %._crit_edge ], !dbg !17
  %383 = phi float [ %378, %286 ], [ %281, %._crit_edge ], !dbg !17
  %384 = phi float [ %377, %286 ], [ %280, %._crit_edge ], !dbg !17
  %385 = phi float [ %376, %286 ], [ %279, %._crit_edge ], !dbg !17
  %386 = phi float [ %375, %286 ], [ %278, %._crit_edge ], !dbg !17
  %387 = phi float [ %374, %286 ], [ %277, %._crit_edge ], !dbg !17
  %388 = phi float [ %373, %286 ], [ %276, %._crit_edge ], !dbg !17
  %389 = phi float [ %372, %286 ], [ %275, %._crit_edge ], !dbg !17
  %390 = phi float [ %371, %286 ], [ %274, %._crit_edge ], !dbg !17
  %391 = phi float [ %370, %286 ], [ %273, %._crit_edge ], !dbg !17
  %392 = phi float [ %369, %286 ], [ %272, %._crit_edge ], !dbg !17
  %393 = phi float [ %368, %286 ], [ %271, %._crit_edge ], !dbg !17
  %394 = phi float [ %367, %286 ], [ %270, %._crit_edge ], !dbg !17
  %395 = phi float [ %366, %286 ], [ %269, %._crit_edge ], !dbg !17
  %396 = phi float [ %365, %286 ], [ %268, %._crit_edge ], !dbg !17
  %397 = lshr exact i32 %17, 3, !dbg !10
  %398 = lshr exact i32 %18, 1, !dbg !10
  %399 = or disjoint i32 %397, %398, !dbg !10
  %400 = lshr exact i32 %.pre-phi11, 2, !dbg !31
  %401 = or disjoint i32 %400, %66, !dbg !31
  %402 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !32
  %403 = load i32, ptr addrspace(4) %402, align 4, !dbg !32, !tbaa !33
  %404 = shl i32 %403, 6, !dbg !37
  %405 = mul i32 %404, %401, !dbg !38
  %406 = or disjoint i32 %399, %19, !dbg !38
  %407 = add i32 %406, %405, !dbg !38
  %408 = or disjoint i32 %406, 8, !dbg !38
  %409 = add i32 %408, %405, !dbg !38
  %410 = or disjoint i32 %406, 16, !dbg !38
  %411 = add i32 %410, %405, !dbg !38
  %412 = or disjoint i32 %406, 24, !dbg !38
  %413 = add i32 %412, %405, !dbg !38
  %414 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !39
  %415 = insertelement <4 x float> poison, float %396, i64 0, !dbg !39
  %416 = insertelement <4 x float> %415, float %395, i64 1, !dbg !39
  %417 = insertelement <4 x float> %416, float %394, i64 2, !dbg !39
  %418 = insertelement <4 x float> %417, float %393, i64 3, !dbg !39
  %419 = shl i32 %407, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %418, ptr addrspace(8) %414, i32 %419, i32 0, i32 0), !dbg !39
  %420 = insertelement <4 x float> poison, float %392, i64 0, !dbg !39
  %421 = insertelement <4 x float> %420, float %391, i64 1, !dbg !39
  %422 = insertelement <4 x float> %421, float %390, i64 2, !dbg !39
  %423 = insertelement <4 x float> %422, float %389, i64 3, !dbg !39
  %424 = shl i32 %409, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %423, ptr addrspace(8) %414, i32 %424, i32 0, i32 0), !dbg !39
  %425 = insertelement <4 x float> poison, float %388, i64 0, !dbg !39
  %426 = insertelement <4 x float> %425, float %387, i64 1, !dbg !39
  %427 = insertelement <4 x float> %426, float %386, i64 2, !dbg !39
  %428 = insertelement <4 x float> %427, float %385, i64 3, !dbg !39
  %429 = shl i32 %411, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %428, ptr addrspace(8) %414, i32 %429, i32 0, i32 0), !dbg !39
  %430 = insertelement <4 x float> poison, float %384, i64 0, !dbg !39
  %431 = insertelement <4 x float> %430, float %383, i64 1, !dbg !39
  %432 = insertelement <4 x float> %431, float %382, i64 2, !dbg !39
  %433 = insertelement <4 x float> %432, float %381, i64 3, !dbg !39
  %434 = shl i32 %413, 2, !dbg !39
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %433, ptr addrspace(8) %414, i32 %434, i32 0, i32 0), !dbg !39
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
declare <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32(<8 x i32>, <8 x i32>, <16 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
