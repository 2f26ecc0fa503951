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
  %19 = shl i32 %13, 5, !dbg !10
  %20 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !11
  %urem = and i32 %20, 255, !dbg !11
  %21 = lshr i32 %20, 3, !dbg !11
  %22 = and i32 %21, 31, !dbg !11
  %23 = and i32 %20, 31, !dbg !11
  %24 = or disjoint i32 %22, %19, !dbg !12
  %25 = or disjoint i32 %19, %23, !dbg !12
  %26 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %5, i16 0, i64 2147483646, i32 159744), !dbg !13
  %27 = shl i32 %24, 2, !dbg !13
  %28 = tail call i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) %26, i32 %27, i32 0, i32 0), !dbg !13
  %29 = shl i32 %25, 2, !dbg !13
  %30 = tail call i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) %26, i32 %29, i32 0, i32 0), !dbg !13
  %31 = icmp slt i32 %28, %7, !dbg !14
  %32 = icmp slt i32 %30, %7, !dbg !14
  %33 = select i1 %31, i32 %28, i32 0, !dbg !15
  %34 = select i1 %32, i32 %30, i32 0, !dbg !15
  %35 = shl i32 %14, 6, !dbg !16
  %36 = or disjoint i32 %22, 32, !dbg !17
  %37 = lshr i32 %20, 2, !dbg !17
  %38 = and i32 %37, 63, !dbg !17
  %39 = and i32 %20, 7, !dbg !17
  %40 = shl nuw nsw i32 %39, 3, !dbg !17
  %41 = and i32 %20, 32, !dbg !17
  %42 = mul i32 %18, %8, !dbg !18
  %43 = sdiv i32 %9, 2, !dbg !19
  %44 = sdiv i32 %9, 32, !dbg !20
  %45 = shl nuw nsw i32 %39, 4, !dbg !21
  %.lobit = lshr exact i32 %41, 5, !dbg !22
  %46 = or disjoint i32 %.lobit, 2, !dbg !22
  %47 = and i32 %20, 3, !dbg !22
  %48 = icmp sgt i32 %9, 0, !dbg !23
  %49 = mul i32 %33, %9, !dbg !24
  %50 = add i32 %49, %45, !dbg !24
  %51 = and i1 %48, %31, !dbg !23
  %52 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !25
  %53 = select i1 %51, i32 %50, i32 -2147483648, !dbg !25
  %54 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %53, i32 0, i32 0), !dbg !25
  %55 = mul i32 %43, %22, !dbg !26
  %56 = mul i32 %43, %36, !dbg !26
  %57 = add i32 %42, %35, !dbg !26
  %58 = mul i32 %57, %43, !dbg !26
  %59 = add i32 %55, %40, !dbg !26
  %60 = add i32 %56, %40, !dbg !26
  %61 = add i32 %58, %59, !dbg !26
  %62 = add i32 %58, %60, !dbg !26
  %63 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !27
  %64 = select i1 %48, i32 %61, i32 -2147483648, !dbg !27
  %65 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %64, i32 0, i32 0), !dbg !27
  %66 = select i1 %48, i32 %62, i32 -2147483648, !dbg !27
  %67 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %66, i32 0, i32 0), !dbg !27
  %68 = mul i32 %44, %38, !dbg !28
  %69 = mul i32 %57, %44, !dbg !28
  %70 = add i32 %68, %47, !dbg !28
  %71 = add i32 %69, %70, !dbg !28
  %72 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !29
  %73 = select i1 %48, i32 %71, i32 -2147483648, !dbg !29
  %74 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %72, i32 %73, i32 0, i32 0), !dbg !29
  %75 = mul i32 %34, %44, !dbg !30
  %76 = add i32 %75, %.lobit, !dbg !30
  %77 = add i32 %75, %46, !dbg !30
  %78 = and i1 %48, %32, !dbg !23
  %79 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !31
  %80 = select i1 %78, i32 %76, i32 -2147483648, !dbg !31
  %81 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %80, i32 0, i32 0), !dbg !31
  %82 = select i1 %78, i8 %81, i8 127, !dbg !31
  %83 = select i1 %78, i32 %77, i32 -2147483648, !dbg !31
  %84 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %83, i32 0, i32 0), !dbg !31
  %85 = select i1 %78, i8 %84, i8 127, !dbg !31
  %86 = shl nuw nsw i32 %urem, 4, !dbg !25
  %87 = and i32 %20, 112, !dbg !25
  %88 = xor i32 %86, %87, !dbg !25
  %89 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %88, !dbg !25
  store <4 x i32> %54, ptr addrspace(3) %89, align 16, !dbg !25
  %90 = shl nuw nsw i32 %urem, 3, !dbg !27
  %91 = lshr i32 %20, 1, !dbg !27
  %92 = and i32 %91, 48, !dbg !27
  %93 = xor i32 %90, %92, !dbg !27
  %94 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %93, !dbg !27
  store <2 x i32> %65, ptr addrspace(3) %94, align 8, !dbg !27
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) %94, i32 2048, !dbg !27
  store <2 x i32> %67, ptr addrspace(3) %95, align 8, !dbg !27
  %96 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %urem, !dbg !29
  %97 = insertelement <1 x i8> poison, i8 %74, i64 0, !dbg !29
  store <1 x i8> %97, ptr addrspace(3) %96, align 1, !dbg !29
  %98 = add i32 %9, -128, !dbg !23
  %99 = icmp sgt i32 %98, 0, !dbg !23
  br i1 %99, label %.lr.ph, label %._crit_edge, !dbg !23

.lr.ph:                                           ; preds = %12
  %100 = shl nuw nsw i32 %23, 7
  %101 = shl nuw nsw i32 %20, 3
  %102 = and i32 %101, 112
  %103 = lshr exact i32 %41, 1
  %104 = xor i32 %102, %103
  %105 = or disjoint i32 %104, %100
  %106 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %105
  %107 = xor i32 %105, 32
  %108 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %107
  %109 = xor i32 %105, 64
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %109
  %111 = xor i32 %105, 96
  %112 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %111
  %113 = shl nuw nsw i32 %23, 6
  %114 = shl nuw nsw i32 %20, 2
  %115 = and i32 %114, 48
  %116 = or disjoint i32 %113, %115
  %117 = xor i32 %116, %103
  %118 = xor i32 %117, 32
  %119 = shl nuw nsw i32 %23, 2
  %120 = add i32 %50, 128, !dbg !24
  %121 = select i1 %31, i32 %120, i32 -2147483648, !dbg !25
  %122 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %121, i32 0, i32 0), !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !25
  tail call void @llvm.amdgcn.s.barrier(), !dbg !25
  %123 = load <16 x i8>, ptr addrspace(3) %106, align 16, !dbg !25
  %124 = load <16 x i8>, ptr addrspace(3) %108, align 16, !dbg !25
  %125 = load <16 x i8>, ptr addrspace(3) %110, align 16, !dbg !25
  %126 = load <16 x i8>, ptr addrspace(3) %112, align 16, !dbg !25
  %127 = add i32 %58, 64, !dbg !26
  %128 = add i32 %127, %59, !dbg !26
  %129 = add i32 %127, %60, !dbg !26
  %130 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %128, i32 0, i32 0), !dbg !27
  %131 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %129, i32 0, i32 0), !dbg !27
  %132 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %117, !dbg !32
  %133 = load <4 x i32>, ptr addrspace(3) %132, align 16, !dbg !32
  %134 = getelementptr inbounds nuw i8, ptr addrspace(3) %132, i32 2048, !dbg !32
  %135 = load <4 x i32>, ptr addrspace(3) %134, align 16, !dbg !32
  %136 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %118, !dbg !32
  %137 = load <4 x i32>, ptr addrspace(3) %136, align 16, !dbg !32
  %138 = getelementptr inbounds nuw i8, ptr addrspace(3) %136, i32 2048, !dbg !32
  %139 = load <4 x i32>, ptr addrspace(3) %138, align 16, !dbg !32
  %140 = add i32 %71, 4, !dbg !28
  %141 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %72, i32 %140, i32 0, i32 0), !dbg !29
  %142 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %.lobit, !dbg !29
  %143 = getelementptr inbounds nuw i8, ptr addrspace(3) %142, i32 %119, !dbg !29
  %144 = load <1 x i8>, ptr addrspace(3) %143, align 1, !dbg !29
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) %143, i32 2, !dbg !29
  %146 = load <1 x i8>, ptr addrspace(3) %145, align 1, !dbg !29
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) %143, i32 128, !dbg !29
  %148 = load <1 x i8>, ptr addrspace(3) %147, align 1, !dbg !29
  %149 = shufflevector <1 x i8> %148, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %150 = getelementptr inbounds nuw i8, ptr addrspace(3) %143, i32 130, !dbg !29
  %151 = load <1 x i8>, ptr addrspace(3) %150, align 1, !dbg !29
  %152 = shufflevector <1 x i8> %151, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %153 = add i32 %76, 4, !dbg !30
  %154 = add i32 %77, 4, !dbg !30
  %155 = select i1 %32, i32 %153, i32 -2147483648, !dbg !31
  %156 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %155, i32 0, i32 0), !dbg !31
  %157 = select i1 %32, i8 %156, i8 127, !dbg !31
  %158 = select i1 %32, i32 %154, i32 -2147483648, !dbg !31
  %159 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %158, i32 0, i32 0), !dbg !31
  %160 = select i1 %32, i8 %159, i8 127, !dbg !31
  %161 = shufflevector <16 x i8> %123, <16 x i8> %124, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %162 = bitcast <32 x i8> %161 to <8 x i32>, !dbg !32
  %163 = shufflevector <16 x i8> %125, <16 x i8> %126, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %164 = bitcast <32 x i8> %163 to <8 x i32>, !dbg !32
  %165 = insertelement <2 x i8> poison, i8 %82, i64 0, !dbg !32
  %166 = insertelement <2 x i8> %165, i8 %85, i64 1, !dbg !32
  %167 = bitcast <2 x i8> %166 to i16, !dbg !32
  %168 = zext i16 %167 to i32, !dbg !32
  %169 = shufflevector <1 x i8> %144, <1 x i8> %146, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !32
  %170 = shufflevector <4 x i8> %169, <4 x i8> %149, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !32
  %171 = shufflevector <4 x i8> %170, <4 x i8> %152, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !32
  %172 = bitcast <4 x i8> %171 to i32, !dbg !32
  %173 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %133, <8 x i32> %162, <16 x float> zeroinitializer, i32 4, i32 0, i32 0, i32 %172, i32 0, i32 %168), !dbg !32
  %174 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %137, <8 x i32> %164, <16 x float> %173, i32 4, i32 0, i32 1, i32 %172, i32 1, i32 %168), !dbg !32
  %175 = extractelement <16 x float> %174, i64 0, !dbg !32
  %176 = extractelement <16 x float> %174, i64 1, !dbg !32
  %177 = extractelement <16 x float> %174, i64 2, !dbg !32
  %178 = extractelement <16 x float> %174, i64 3, !dbg !32
  %179 = extractelement <16 x float> %174, i64 4, !dbg !32
  %180 = extractelement <16 x float> %174, i64 5, !dbg !32
  %181 = extractelement <16 x float> %174, i64 6, !dbg !32
  %182 = extractelement <16 x float> %174, i64 7, !dbg !32
  %183 = extractelement <16 x float> %174, i64 8, !dbg !32
  %184 = extractelement <16 x float> %174, i64 9, !dbg !32
  %185 = extractelement <16 x float> %174, i64 10, !dbg !32
  %186 = extractelement <16 x float> %174, i64 11, !dbg !32
  %187 = extractelement <16 x float> %174, i64 12, !dbg !32
  %188 = extractelement <16 x float> %174, i64 13, !dbg !32
  %189 = extractelement <16 x float> %174, i64 14, !dbg !32
  %190 = extractelement <16 x float> %174, i64 15, !dbg !32
  %191 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %135, <8 x i32> %162, <16 x float> zeroinitializer, i32 4, i32 0, i32 2, i32 %172, i32 0, i32 %168), !dbg !32
  %192 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %139, <8 x i32> %164, <16 x float> %191, i32 4, i32 0, i32 3, i32 %172, i32 1, i32 %168), !dbg !32
  %193 = extractelement <16 x float> %192, i64 0, !dbg !32
  %194 = extractelement <16 x float> %192, i64 1, !dbg !32
  %195 = extractelement <16 x float> %192, i64 2, !dbg !32
  %196 = extractelement <16 x float> %192, i64 3, !dbg !32
  %197 = extractelement <16 x float> %192, i64 4, !dbg !32
  %198 = extractelement <16 x float> %192, i64 5, !dbg !32
  %199 = extractelement <16 x float> %192, i64 6, !dbg !32
  %200 = extractelement <16 x float> %192, i64 7, !dbg !32
  %201 = extractelement <16 x float> %192, i64 8, !dbg !32
  %202 = extractelement <16 x float> %192, i64 9, !dbg !32
  %203 = extractelement <16 x float> %192, i64 10, !dbg !32
  %204 = extractelement <16 x float> %192, i64 11, !dbg !32
  %205 = extractelement <16 x float> %192, i64 12, !dbg !32
  %206 = extractelement <16 x float> %192, i64 13, !dbg !32
  %207 = extractelement <16 x float> %192, i64 14, !dbg !32
  %208 = extractelement <16 x float> %192, i64 15, !dbg !32
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !25
  tail call void @llvm.amdgcn.s.barrier(), !dbg !25
  store <4 x i32> %122, ptr addrspace(3) %89, align 16, !dbg !25
  store <2 x i32> %130, ptr addrspace(3) %94, align 8, !dbg !27
  store <2 x i32> %131, ptr addrspace(3) %95, align 8, !dbg !27
  %209 = insertelement <1 x i8> poison, i8 %141, i64 0, !dbg !29
  store <1 x i8> %209, ptr addrspace(3) %96, align 1, !dbg !29
  %210 = icmp samesign ugt i32 %98, 128, !dbg !23
  br i1 %210, label %.peel.next, label %._crit_edge, !dbg !23

.peel.next:                                       ; preds = %.lr.ph
  %211 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %117
  %212 = getelementptr inbounds nuw i8, ptr addrspace(3) %211, i32 2048
  %213 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %118
  %214 = getelementptr inbounds nuw i8, ptr addrspace(3) %213, i32 2048
  %215 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %.lobit
  %216 = getelementptr inbounds nuw i8, ptr addrspace(3) %215, i32 %119
  %217 = getelementptr inbounds nuw i8, ptr addrspace(3) %216, i32 2
  %218 = getelementptr inbounds nuw i8, ptr addrspace(3) %216, i32 128
  %219 = getelementptr inbounds nuw i8, ptr addrspace(3) %216, i32 130
  br label %220, !dbg !23

220:                                              ; preds = %.peel.next, %220
  %.pn17 = phi i8 [ %160, %.peel.next ], [ %288, %220 ]
  %.pn36 = phi i8 [ %157, %.peel.next ], [ %285, %220 ]
  %221 = phi float [ %175, %.peel.next ], [ %319, %220 ]
  %222 = phi float [ %176, %.peel.next ], [ %320, %220 ]
  %223 = phi float [ %177, %.peel.next ], [ %321, %220 ]
  %224 = phi float [ %178, %.peel.next ], [ %322, %220 ]
  %225 = phi float [ %179, %.peel.next ], [ %323, %220 ]
  %226 = phi float [ %180, %.peel.next ], [ %324, %220 ]
  %227 = phi float [ %181, %.peel.next ], [ %325, %220 ]
  %228 = phi float [ %182, %.peel.next ], [ %326, %220 ]
  %229 = phi float [ %183, %.peel.next ], [ %327, %220 ]
  %230 = phi float [ %184, %.peel.next ], [ %328, %220 ]
  %231 = phi float [ %185, %.peel.next ], [ %329, %220 ]
  %232 = phi float [ %186, %.peel.next ], [ %330, %220 ]
  %233 = phi float [ %187, %.peel.next ], [ %331, %220 ]
  %234 = phi float [ %188, %.peel.next ], [ %332, %220 ]
  %235 = phi float [ %189, %.peel.next ], [ %333, %220 ]
  %236 = phi float [ %190, %.peel.next ], [ %334, %220 ]
  %237 = phi float [ %193, %.peel.next ], [ %353, %220 ]
  %238 = phi float [ %194, %.peel.next ], [ %354, %220 ]
  %239 = phi float [ %195, %.peel.next ], [ %355, %220 ]
  %240 = phi float [ %196, %.peel.next ], [ %356, %220 ]
  %241 = phi float [ %197, %.peel.next ], [ %357, %220 ]
  %242 = phi float [ %198, %.peel.next ], [ %358, %220 ]
  %243 = phi float [ %199, %.peel.next ], [ %359, %220 ]
  %244 = phi float [ %200, %.peel.next ], [ %360, %220 ]
  %245 = phi float [ %201, %.peel.next ], [ %361, %220 ]
  %246 = phi float [ %202, %.peel.next ], [ %362, %220 ]
  %247 = phi float [ %203, %.peel.next ], [ %363, %220 ]
  %248 = phi float [ %204, %.peel.next ], [ %364, %220 ]
  %249 = phi float [ %205, %.peel.next ], [ %365, %220 ]
  %250 = phi float [ %206, %.peel.next ], [ %366, %220 ]
  %251 = phi float [ %207, %.peel.next ], [ %367, %220 ]
  %252 = phi float [ %208, %.peel.next ], [ %368, %220 ]
  %253 = phi i32 [ 128, %.peel.next ], [ %254, %220 ]
  %254 = add i32 %253, 128, !dbg !23
  %255 = ashr exact i32 %254, 1, !dbg !33
  %256 = ashr exact i32 %254, 5, !dbg !34
  %257 = add i32 %254, %50, !dbg !24
  %258 = select i1 %31, i32 %257, i32 -2147483648, !dbg !25
  %259 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %258, i32 0, i32 0), !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !25
  tail call void @llvm.amdgcn.s.barrier(), !dbg !25
  %260 = load <16 x i8>, ptr addrspace(3) %106, align 16, !dbg !25
  %261 = load <16 x i8>, ptr addrspace(3) %108, align 16, !dbg !25
  %262 = load <16 x i8>, ptr addrspace(3) %110, align 16, !dbg !25
  %263 = load <16 x i8>, ptr addrspace(3) %112, align 16, !dbg !25
  %264 = add i32 %255, %58, !dbg !26
  %265 = add i32 %264, %59, !dbg !26
  %266 = add i32 %264, %60, !dbg !26
  %267 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %265, i32 0, i32 0), !dbg !27
  %268 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %63, i32 %266, i32 0, i32 0), !dbg !27
  %269 = load <4 x i32>, ptr addrspace(3) %211, align 16, !dbg !32
  %270 = load <4 x i32>, ptr addrspace(3) %212, align 16, !dbg !32
  %271 = load <4 x i32>, ptr addrspace(3) %213, align 16, !dbg !32
  %272 = load <4 x i32>, ptr addrspace(3) %214, align 16, !dbg !32
  %273 = add i32 %71, %256, !dbg !28
  %274 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %72, i32 %273, i32 0, i32 0), !dbg !29
  %275 = load <1 x i8>, ptr addrspace(3) %216, align 1, !dbg !29
  %276 = load <1 x i8>, ptr addrspace(3) %217, align 1, !dbg !29
  %277 = load <1 x i8>, ptr addrspace(3) %218, align 1, !dbg !29
  %278 = shufflevector <1 x i8> %277, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %279 = load <1 x i8>, ptr addrspace(3) %219, align 1, !dbg !29
  %280 = shufflevector <1 x i8> %279, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %281 = add i32 %256, %76, !dbg !30
  %282 = add i32 %256, %77, !dbg !30
  %283 = select i1 %32, i32 %281, i32 -2147483648, !dbg !31
  %284 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %283, i32 0, i32 0), !dbg !31
  %285 = select i1 %32, i8 %284, i8 127, !dbg !31
  %286 = select i1 %32, i32 %282, i32 -2147483648, !dbg !31
  %287 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %79, i32 %286, i32 0, i32 0), !dbg !31
  %288 = select i1 %32, i8 %287, i8 127, !dbg !31
  %289 = shufflevector <16 x i8> %260, <16 x i8> %261, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %290 = bitcast <32 x i8> %289 to <8 x i32>, !dbg !32
  %291 = shufflevector <16 x i8> %262, <16 x i8> %263, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %292 = bitcast <32 x i8> %291 to <8 x i32>, !dbg !32
  %293 = insertelement <2 x i8> poison, i8 %.pn36, i64 0, !dbg !32
  %294 = insertelement <2 x i8> %293, i8 %.pn17, i64 1, !dbg !32
  %295 = bitcast <2 x i8> %294 to i16, !dbg !32
  %296 = zext i16 %295 to i32, !dbg !32
  %297 = shufflevector <1 x i8> %275, <1 x i8> %276, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !32
  %298 = shufflevector <4 x i8> %297, <4 x i8> %278, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !32
  %299 = shufflevector <4 x i8> %298, <4 x i8> %280, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !32
  %300 = bitcast <4 x i8> %299 to i32, !dbg !32
  %301 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %221, i64 0, !dbg !32
  %302 = insertelement <16 x float> %301, float %222, i64 1, !dbg !32
  %303 = insertelement <16 x float> %302, float %223, i64 2, !dbg !32
  %304 = insertelement <16 x float> %303, float %224, i64 3, !dbg !32
  %305 = insertelement <16 x float> %304, float %225, i64 4, !dbg !32
  %306 = insertelement <16 x float> %305, float %226, i64 5, !dbg !32
  %307 = insertelement <16 x float> %306, float %227, i64 6, !dbg !32
  %308 = insertelement <16 x float> %307, float %228, i64 7, !dbg !32
  %309 = insertelement <16 x float> %308, float %229, i64 8, !dbg !32
  %310 = insertelement <16 x float> %309, float %230, i64 9, !dbg !32
  %311 = insertelement <16 x float> %310, float %231, i64 10, !dbg !32
  %312 = insertelement <16 x float> %311, float %232, i64 11, !dbg !32
  %313 = insertelement <16 x float> %312, float %233, i64 12, !dbg !32
  %314 = insertelement <16 x float> %313, float %234, i64 13, !dbg !32
  %315 = insertelement <16 x float> %314, float %235, i64 14, !dbg !32
  %316 = insertelement <16 x float> %315, float %236, i64 15, !dbg !32
  %317 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %269, <8 x i32> %290, <16 x float> %316, i32 4, i32 0, i32 0, i32 %300, i32 0, i32 %296), !dbg !32
  %318 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %271, <8 x i32> %292, <16 x float> %317, i32 4, i32 0, i32 1, i32 %300, i32 1, i32 %296), !dbg !32
  %319 = extractelement <16 x float> %318, i64 0, !dbg !32
  %320 = extractelement <16 x float> %318, i64 1, !dbg !32
  %321 = extractelement <16 x float> %318, i64 2, !dbg !32
  %322 = extractelement <16 x float> %318, i64 3, !dbg !32
  %323 = extractelement <16 x float> %318, i64 4, !dbg !32
  %324 = extractelement <16 x float> %318, i64 5, !dbg !32
  %325 = extractelement <16 x float> %318, i64 6, !dbg !32
  %326 = extractelement <16 x float> %318, i64 7, !dbg !32
  %327 = extractelement <16 x float> %318, i64 8, !dbg !32
  %328 = extractelement <16 x float> %318, i64 9, !dbg !32
  %329 = extractelement <16 x float> %318, i64 10, !dbg !32
  %330 = extractelement <16 x float> %318, i64 11, !dbg !32
  %331 = extractelement <16 x float> %318, i64 12, !dbg !32
  %332 = extractelement <16 x float> %318, i64 13, !dbg !32
  %333 = extractelement <16 x float> %318, i64 14, !dbg !32
  %334 = extractelement <16 x float> %318, i64 15, !dbg !32
  %335 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %237, i64 0, !dbg !32
  %336 = insertelement <16 x float> %335, float %238, i64 1, !dbg !32
  %337 = insertelement <16 x float> %336, float %239, i64 2, !dbg !32
  %338 = insertelement <16 x float> %337, float %240, i64 3, !dbg !32
  %339 = insertelement <16 x float> %338, float %241, i64 4, !dbg !32
  %340 = insertelement <16 x float> %339, float %242, i64 5, !dbg !32
  %341 = insertelement <16 x float> %340, float %243, i64 6, !dbg !32
  %342 = insertelement <16 x float> %341, float %244, i64 7, !dbg !32
  %343 = insertelement <16 x float> %342, float %245, i64 8, !dbg !32
  %344 = insertelement <16 x float> %343, float %246, i64 9, !dbg !32
  %345 = insertelement <16 x float> %344, float %247, i64 10, !dbg !32
  %346 = insertelement <16 x float> %345, float %248, i64 11, !dbg !32
  %347 = insertelement <16 x float> %346, float %249, i64 12, !dbg !32
  %348 = insertelement <16 x float> %347, float %250, i64 13, !dbg !32
  %349 = insertelement <16 x float> %348, float %251, i64 14, !dbg !32
  %350 = insertelement <16 x float> %349, float %252, i64 15, !dbg !32
  %351 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %270, <8 x i32> %290, <16 x float> %350, i32 4, i32 0, i32 2, i32 %300, i32 0, i32 %296), !dbg !32
  %352 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %272, <8 x i32> %292, <16 x float> %351, i32 4, i32 0, i32 3, i32 %300, i32 1, i32 %296), !dbg !32
  %353 = extractelement <16 x float> %352, i64 0, !dbg !32
  %354 = extractelement <16 x float> %352, i64 1, !dbg !32
  %355 = extractelement <16 x float> %352, i64 2, !dbg !32
  %356 = extractelement <16 x float> %352, i64 3, !dbg !32
  %357 = extractelement <16 x float> %352, i64 4, !dbg !32
  %358 = extractelement <16 x float> %352, i64 5, !dbg !32
  %359 = extractelement <16 x float> %352, i64 6, !dbg !32
  %360 = extractelement <16 x float> %352, i64 7, !dbg !32
  %361 = extractelement <16 x float> %352, i64 8, !dbg !32
  %362 = extractelement <16 x float> %352, i64 9, !dbg !32
  %363 = extractelement <16 x float> %352, i64 10, !dbg !32
  %364 = extractelement <16 x float> %352, i64 11, !dbg !32
  %365 = extractelement <16 x float> %352, i64 12, !dbg !32
  %366 = extractelement <16 x float> %352, i64 13, !dbg !32
  %367 = extractelement <16 x float> %352, i64 14, !dbg !32
  %368 = extractelement <16 x float> %352, i64 15, !dbg !32
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !25
  tail call void @llvm.amdgcn.s.barrier(), !dbg !25
  store <4 x i32> %259, ptr addrspace(3) %89, align 16, !dbg !25
  store <2 x i32> %267, ptr addrspace(3) %94, align 8, !dbg !27
  store <2 x i32> %268, ptr addrspace(3) %95, align 8, !dbg !27
  %369 = insertelement <1 x i8> poison, i8 %274, i64 0, !dbg !29
  store <1 x i8> %369, ptr addrspace(3) %96, align 1, !dbg !29
  %370 = icmp slt i32 %254, %98, !dbg !23
  br i1 %370, label %220, label %._crit_edge, !dbg !23, !llvm.loop !35

._crit_edge:                                      ; preds = %220, %.lr.ph, %12
  %371 = phi float [ 0.000000e+00, %12 ], [ %175, %.lr.ph ], [ %319, %220 ], !dbg !37
  %372 = phi float [ 0.000000e+00, %12 ], [ %176, %.lr.ph ], [ %320, %220 ], !dbg !37
  %373 = phi float [ 0.000000e+00, %12 ], [ %177, %.lr.ph ], [ %321, %220 ], !dbg !37
  %374 = phi float [ 0.000000e+00, %12 ], [ %178, %.lr.ph ], [ %322, %220 ], !dbg !37
  %375 = phi float [ 0.000000e+00, %12 ], [ %179, %.lr.ph ], [ %323, %220 ], !dbg !37
  %376 = phi float [ 0.000000e+00, %12 ], [ %180, %.lr.ph ], [ %324, %220 ], !dbg !37
  %377 = phi float [ 0.000000e+00, %12 ], [ %181, %.lr.ph ], [ %325, %220 ], !dbg !37
  %378 = phi float [ 0.000000e+00, %12 ], [ %182, %.lr.ph ], [ %326, %220 ], !dbg !37
  %379 = phi float [ 0.000000e+00, %12 ], [ %183, %.lr.ph ], [ %327, %220 ], !dbg !37
  %380 = phi float [ 0.000000e+00, %12 ], [ %184, %.lr.ph ], [ %328, %220 ], !dbg !37
  %381 = phi float [ 0.000000e+00, %12 ], [ %185, %.lr.ph ], [ %329, %220 ], !dbg !37
  %382 = phi float [ 0.000000e+00, %12 ], [ %186, %.lr.ph ], [ %330, %220 ], !dbg !37
  %383 = phi float [ 0.000000e+00, %12 ], [ %187, %.lr.ph ], [ %331, %220 ], !dbg !37
  %384 = phi float [ 0.000000e+00, %12 ], [ %188, %.lr.ph ], [ %332, %220 ], !dbg !37
  %385 = phi float [ 0.000000e+00, %12 ], [ %189, %.lr.ph ], [ %333, %220 ], !dbg !37
  %386 = phi float [ 0.000000e+00, %12 ], [ %190, %.lr.ph ], [ %334, %220 ], !dbg !37
  %387 = phi float [ 0.000000e+00, %12 ], [ %193, %.lr.ph ], [ %353, %220 ], !dbg !37
  %388 = phi float [ 0.000000e+00, %12 ], [ %194, %.lr.ph ], [ %354, %220 ], !dbg !37
  %389 = phi float [ 0.000000e+00, %12 ], [ %195, %.lr.ph ], [ %355, %220 ], !dbg !37
  %390 = phi float [ 0.000000e+00, %12 ], [ %196, %.lr.ph ], [ %356, %220 ], !dbg !37
  %391 = phi float [ 0.000000e+00, %12 ], [ %197, %.lr.ph ], [ %357, %220 ], !dbg !37
  %392 = phi float [ 0.000000e+00, %12 ], [ %198, %.lr.ph ], [ %358, %220 ], !dbg !37
  %393 = phi float [ 0.000000e+00, %12 ], [ %199, %.lr.ph ], [ %359, %220 ], !dbg !37
  %394 = phi float [ 0.000000e+00, %12 ], [ %200, %.lr.ph ], [ %360, %220 ], !dbg !37
  %395 = phi float [ 0.000000e+00, %12 ], [ %201, %.lr.ph ], [ %361, %220 ], !dbg !37
  %396 = phi float [ 0.000000e+00, %12 ], [ %202, %.lr.ph ], [ %362, %220 ], !dbg !37
  %397 = phi float [ 0.000000e+00, %12 ], [ %203, %.lr.ph ], [ %363, %220 ], !dbg !37
  %398 = phi float [ 0.000000e+00, %12 ], [ %204, %.lr.ph ], [ %364, %220 ], !dbg !37
  %399 = phi float [ 0.000000e+00, %12 ], [ %205, %.lr.ph ], [ %365, %220 ], !dbg !37
  %400 = phi float [ 0.000000e+00, %12 ], [ %206, %.lr.ph ], [ %366, %220 ], !dbg !37
  %401 = phi float [ 0.000000e+00, %12 ], [ %207, %.lr.ph ], [ %367, %220 ], !dbg !37
  %402 = phi float [ 0.000000e+00, %12 ], [ %208, %.lr.ph ], [ %368, %220 ], !dbg !37
  %.pn3.lcssa = phi i8 [ %82, %12 ], [ %157, %.lr.ph ], [ %285, %220 ]
  %.pn1.lcssa = phi i8 [ %85, %12 ], [ %160, %.lr.ph ], [ %288, %220 ]
  %403 = add i32 %9, 127, !dbg !23
  %404 = icmp sgt i32 %403, 127, !dbg !23
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !25
  tail call void @llvm.amdgcn.s.barrier(), !dbg !25
  br i1 %404, label %405, label %._crit_edge._crit_edge, !dbg !32

405:                                              ; preds = %._crit_edge
  %406 = shl nuw nsw i32 %23, 2, !dbg !29
  %407 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %.lobit, !dbg !29
  %408 = getelementptr inbounds nuw i8, ptr addrspace(3) %407, i32 %406, !dbg !29
  %409 = getelementptr inbounds nuw i8, ptr addrspace(3) %408, i32 130, !dbg !29
  %410 = load <1 x i8>, ptr addrspace(3) %409, align 1, !dbg !29
  %411 = shufflevector <1 x i8> %410, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %412 = getelementptr inbounds nuw i8, ptr addrspace(3) %408, i32 128, !dbg !29
  %413 = load <1 x i8>, ptr addrspace(3) %412, align 1, !dbg !29
  %414 = shufflevector <1 x i8> %413, <1 x i8> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %415 = getelementptr inbounds nuw i8, ptr addrspace(3) %408, i32 2, !dbg !29
  %416 = load <1 x i8>, ptr addrspace(3) %415, align 1, !dbg !29
  %417 = load <1 x i8>, ptr addrspace(3) %408, align 1, !dbg !29
  %418 = shl nuw nsw i32 %23, 6, !dbg !32
  %419 = shl nuw nsw i32 %20, 2, !dbg !32
  %420 = and i32 %419, 48, !dbg !32
  %421 = or disjoint i32 %418, %420, !dbg !32
  %422 = lshr exact i32 %41, 1, !dbg !25
  %423 = xor i32 %421, %422, !dbg !32
  %424 = xor i32 %423, 32, !dbg !32
  %425 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %424, !dbg !32
  %426 = getelementptr inbounds nuw i8, ptr addrspace(3) %425, i32 2048, !dbg !32
  %427 = load <4 x i32>, ptr addrspace(3) %426, align 16, !dbg !32
  %428 = load <4 x i32>, ptr addrspace(3) %425, align 16, !dbg !32
  %429 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %423, !dbg !32
  %430 = getelementptr inbounds nuw i8, ptr addrspace(3) %429, i32 2048, !dbg !32
  %431 = load <4 x i32>, ptr addrspace(3) %430, align 16, !dbg !32
  %432 = load <4 x i32>, ptr addrspace(3) %429, align 16, !dbg !32
  %433 = shl nuw nsw i32 %23, 7, !dbg !25
  %434 = shl nuw nsw i32 %20, 3, !dbg !25
  %435 = and i32 %434, 112, !dbg !25
  %436 = xor i32 %435, %422, !dbg !25
  %437 = or disjoint i32 %436, %433, !dbg !25
  %438 = xor i32 %437, 96, !dbg !25
  %439 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %438, !dbg !25
  %440 = load <16 x i8>, ptr addrspace(3) %439, align 16, !dbg !25
  %441 = xor i32 %437, 64, !dbg !25
  %442 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %441, !dbg !25
  %443 = load <16 x i8>, ptr addrspace(3) %442, align 16, !dbg !25
  %444 = xor i32 %437, 32, !dbg !25
  %445 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %444, !dbg !25
  %446 = load <16 x i8>, ptr addrspace(3) %445, align 16, !dbg !25
  %447 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %437, !dbg !25
  %448 = load <16 x i8>, ptr addrspace(3) %447, align 16, !dbg !25
  %449 = shufflevector <16 x i8> %448, <16 x i8> %446, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %450 = bitcast <32 x i8> %449 to <8 x i32>, !dbg !32
  %451 = shufflevector <16 x i8> %443, <16 x i8> %440, <32 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>, !dbg !32
  %452 = bitcast <32 x i8> %451 to <8 x i32>, !dbg !32
  %453 = insertelement <2 x i8> poison, i8 %.pn3.lcssa, i64 0, !dbg !32
  %454 = insertelement <2 x i8> %453, i8 %.pn1.lcssa, i64 1, !dbg !32
  %455 = bitcast <2 x i8> %454 to i16, !dbg !32
  %456 = zext i16 %455 to i32, !dbg !32
  %457 = shufflevector <1 x i8> %417, <1 x i8> %416, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>, !dbg !32
  %458 = shufflevector <4 x i8> %457, <4 x i8> %414, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>, !dbg !32
  %459 = shufflevector <4 x i8> %458, <4 x i8> %411, <4 x i32> <i32 0, i32 1, i32 2, i32 4>, !dbg !32
  %460 = bitcast <4 x i8> %459 to i32, !dbg !32
  %461 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %371, i64 0, !dbg !32
  %462 = insertelement <16 x float> %461, float %372, i64 1, !dbg !32
  %463 = insertelement <16 x float> %462, float %373, i64 2, !dbg !32
  %464 = insertelement <16 x float> %463, float %374, i64 3, !dbg !32
  %465 = insertelement <16 x float> %464, float %375, i64 4, !dbg !32
  %466 = insertelement <16 x float> %465, float %376, i64 5, !dbg !32
  %467 = insertelement <16 x float> %466, float %377, i64 6, !dbg !32
  %468 = insertelement <16 x float> %467, float %378, i64 7, !dbg !32
  %469 = insertelement <16 x float> %468, float %379, i64 8, !dbg !32
  %470 = insertelement <16 x float> %469, float %380, i64 9, !dbg !32
  %471 = insertelement <16 x float> %470, float %381, i64 10, !dbg !32
  %472 = insertelement <16 x float> %471, float %382, i64 11, !dbg !32
  %473 = insertelement <16 x float> %472, float %383, i64 12, !dbg !32
  %474 = insertelement <16 x float> %473, float %384, i64 13, !dbg !32
  %475 = insertelement <16 x float> %474, float %385, i64 14, !dbg !32
  %476 = insertelement <16 x float> %475, float %386, i64 15, !dbg !32
  %477 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %432, <8 x i32> %450, <16 x float> %476, i32 4, i32 0, i32 0, i32 %460, i32 0, i32 %456), !dbg !32
  %478 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %428, <8 x i32> %452, <16 x float> %477, i32 4, i32 0, i32 1, i32 %460, i32 1, i32 %456), !dbg !32
  %479 = extractelement <16 x float> %478, i64 0, !dbg !32
  %480 = extractelement <16 x float> %478, i64 1, !dbg !32
  %481 = extractelement <16 x float> %478, i64 2, !dbg !32
  %482 = extractelement <16 x float> %478, i64 3, !dbg !32
  %483 = extractelement <16 x float> %478, i64 4, !dbg !32
  %484 = extractelement <16 x float> %478, i64 5, !dbg !32
  %485 = extractelement <16 x float> %478, i64 6, !dbg !32
  %486 = extractelement <16 x float> %478, i64 7, !dbg !32
  %487 = extractelement <16 x float> %478, i64 8, !dbg !32
  %488 = extractelement <16 x float> %478, i64 9, !dbg !32
  %489 = extractelement <16 x float> %478, i64 10, !dbg !32
  %490 = extractelement <16 x float> %478, i64 11, !dbg !32
  %491 = extractelement <16 x float> %478, i64 12, !dbg !32
  %492 = extractelement <16 x float> %478, i64 13, !dbg !32
  %493 = extractelement <16 x float> %478, i64 14, !dbg !32
  %494 = extractelement <16 x float> %478, i64 15, !dbg !32
  %495 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %387, i64 0, !dbg !32
  %496 = insertelement <16 x float> %495, float %388, i64 1, !dbg !32
  %497 = insertelement <16 x float> %496, float %389, i64 2, !dbg !32
  %498 = insertelement <16 x float> %497, float %390, i64 3, !dbg !32
  %499 = insertelement <16 x float> %498, float %391, i64 4, !dbg !32
  %500 = insertelement <16 x float> %499, float %392, i64 5, !dbg !32
  %501 = insertelement <16 x float> %500, float %393, i64 6, !dbg !32
  %502 = insertelement <16 x float> %501, float %394, i64 7, !dbg !32
  %503 = insertelement <16 x float> %502, float %395, i64 8, !dbg !32
  %504 = insertelement <16 x float> %503, float %396, i64 9, !dbg !32
  %505 = insertelement <16 x float> %504, float %397, i64 10, !dbg !32
  %506 = insertelement <16 x float> %505, float %398, i64 11, !dbg !32
  %507 = insertelement <16 x float> %506, float %399, i64 12, !dbg !32
  %508 = insertelement <16 x float> %507, float %400, i64 13, !dbg !32
  %509 = insertelement <16 x float> %508, float %401, i64 14, !dbg !32
  %510 = insertelement <16 x float> %509, float %402, i64 15, !dbg !32
  %511 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %431, <8 x i32> %450, <16 x float> %510, i32 4, i32 0, i32 2, i32 %460, i32 0, i32 %456), !dbg !32
  %512 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32> %427, <8 x i32> %452, <16 x float> %511, i32 4, i32 0, i32 3, i32 %460, i32 1, i32 %456), !dbg !32
  %513 = extractelement <16 x float> %512, i64 0, !dbg !32
  %514 = extractelement <16 x float> %512, i64 1, !dbg !32
  %515 = extractelement <16 x float> %512, i64 2, !dbg !32
  %516 = extractelement <16 x float> %512, i64 3, !dbg !32
  %517 = extractelement <16 x float> %512, i64 4, !dbg !32
  %518 = extractelement <16 x float> %512, i64 5, !dbg !32
  %519 = extractelement <16 x float> %512, i64 6, !dbg !32
  %520 = extractelement <16 x float> %512, i64 7, !dbg !32
  %521 = extractelement <16 x float> %512, i64 8, !dbg !32
  %522 = extractelement <16 x float> %512, i64 9, !dbg !32
  %523 = extractelement <16 x float> %512, i64 10, !dbg !32
  %524 = extractelement <16 x float> %512, i64 11, !dbg !32
  %525 = extractelement <16 x float> %512, i64 12, !dbg !32
  %526 = extractelement <16 x float> %512, i64 13, !dbg !32
  %527 = extractelement <16 x float> %512, i64 14, !dbg !32
  %528 = extractelement <16 x float> %512, i64 15, !dbg !32
  br label %._crit_edge._crit_edge, !dbg !32

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %405
  %529 = phi float [ %528, %405 ], [ %402, %._crit_edge ], !dbg !23
  %530 = phi float [ %527, %405 ], [ %401, %._crit_edge ], !dbg !23
  %531 = phi float [ %526, %405 ], [ %400, %._crit_edge ], !dbg !23
  %532 = phi float [ %525, %405 ], [ %399, %._crit_edge ], !dbg !23
  %533 = phi float [ %524, %405 ], [ %398, %._crit_edge ], !dbg !23
  %534 = phi float [ %523, %405 ], [ %397, %._crit_edge ], !dbg !23
  %535 = phi float [ %522, %405 ], [ %396, %._crit_edge ], !dbg !23
  %536 = phi float [ %521, %405 ], [ %395, %._crit_edge ], !dbg !23
  %537 = phi float [ %520, %405 ], [ %394, %._crit_edge ], !dbg !23
  %538 = phi float [ %519, %405 ], [ %393, %._crit_edge ], !dbg !23
  %539 = phi float [ %518, %405 ], [ %392, %._crit_edge ], !dbg !23
  %540 = phi float [ %517, %405 ], [ %391, %._crit_edge ], !dbg !23
  %541 = phi float [ %516, %405 ], [ %390, %._crit_edge ], !dbg !23
  %542 = phi float [ %515, %405 ], [ %389, %._crit_edge ], !dbg !23
  %543 = phi float [ %514, %405 ], [ %388, %._crit_edge ], !dbg !23
  %544 = phi float [ %513, %405 ], [ %387, %._crit_edge ], !dbg !23
  %545 = phi float [ %494, %405 ], [ %386, %._crit_edge ], !dbg !23
  %546 = phi float [ %493, %405 ], [ %385, %._crit_edge ], !dbg !23
  %547 = phi float [ %492, %405 ], [ %384, %._crit_edge ], !dbg !23
  %548 = phi float [ %491, %405 ], [ %383, %._crit_edge ], !dbg !23
  %549 = phi float [ %490, %405 ], [ %382, %._crit_edge ], !dbg !23
  %550 = phi float [ %489, %405 ], [ %381, %._crit_edge ], !dbg !23
  %551 = phi float [ %488, %405 ], [ %380, %._crit_edge ], !dbg !23
  %552 = phi float [ %487, %405 ], [ %379, %._crit_edge ], !dbg !23
  %553 = phi float [ %486, %405 ], [ %378, %._crit_edge ], !dbg !23
  %554 = phi float [ %485, %405 ], [ %377, %._crit_edge ], !dbg !23
  %555 = phi float [ %484, %405 ], [ %376, %._crit_edge ], !dbg !23
  %556 = phi float [ %483, %405 ], [ %375, %._crit_edge ], !dbg !23
  %557 = phi float [ %482, %405 ], [ %374, %._crit_edge ], !dbg !23
  %558 = phi float [ %481, %405 ], [ %373, %._crit_edge ], !dbg !23
  %559 = phi float [ %480, %405 ], [ %372, %._crit_edge ], !dbg !23
  %560 = phi float [ %479, %405 ], [ %371, %._crit_edge ], !dbg !23
  %561 = lshr exact i32 %41, 3, !dbg !17
  %562 = mul i32 %8, %19, !dbg !38
  %563 = mul i32 %8, %23, !dbg !39
  %564 = add i32 %562, %35, !dbg !39
  %565 = add i32 %564, %563, !dbg !39
  %566 = add i32 %565, %561, !dbg !39
  %567 = add i32 %565, 8, !dbg !39
  %568 = add i32 %567, %561, !dbg !39
  %569 = add i32 %565, 16, !dbg !39
  %570 = add i32 %569, %561, !dbg !39
  %571 = add i32 %565, 24, !dbg !39
  %572 = add i32 %571, %561, !dbg !39
  %573 = add i32 %565, 32, !dbg !39
  %574 = add i32 %573, %561, !dbg !39
  %575 = add i32 %565, 40, !dbg !39
  %576 = add i32 %575, %561, !dbg !39
  %577 = add i32 %565, 48, !dbg !39
  %578 = add i32 %577, %561, !dbg !39
  %579 = add i32 %565, 56, !dbg !39
  %580 = add i32 %579, %561, !dbg !39
  %581 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !40
  %582 = and i32 %20, 192, !dbg !40
  %583 = icmp eq i32 %582, 0, !dbg !40
  %584 = and i1 %583, %32, !dbg !40
  %585 = insertelement <4 x float> poison, float %560, i64 0, !dbg !40
  %586 = insertelement <4 x float> %585, float %559, i64 1, !dbg !40
  %587 = insertelement <4 x float> %586, float %558, i64 2, !dbg !40
  %588 = insertelement <4 x float> %587, float %557, i64 3, !dbg !40
  %589 = shl i32 %566, 2, !dbg !40
  %590 = select i1 %584, i32 %589, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %588, ptr addrspace(8) %581, i32 %590, i32 0, i32 0), !dbg !40
  %591 = insertelement <4 x float> poison, float %556, i64 0, !dbg !40
  %592 = insertelement <4 x float> %591, float %555, i64 1, !dbg !40
  %593 = insertelement <4 x float> %592, float %554, i64 2, !dbg !40
  %594 = insertelement <4 x float> %593, float %553, i64 3, !dbg !40
  %595 = shl i32 %568, 2, !dbg !40
  %596 = select i1 %584, i32 %595, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %594, ptr addrspace(8) %581, i32 %596, i32 0, i32 0), !dbg !40
  %597 = insertelement <4 x float> poison, float %552, i64 0, !dbg !40
  %598 = insertelement <4 x float> %597, float %551, i64 1, !dbg !40
  %599 = insertelement <4 x float> %598, float %550, i64 2, !dbg !40
  %600 = insertelement <4 x float> %599, float %549, i64 3, !dbg !40
  %601 = shl i32 %570, 2, !dbg !40
  %602 = select i1 %584, i32 %601, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %600, ptr addrspace(8) %581, i32 %602, i32 0, i32 0), !dbg !40
  %603 = insertelement <4 x float> poison, float %548, i64 0, !dbg !40
  %604 = insertelement <4 x float> %603, float %547, i64 1, !dbg !40
  %605 = insertelement <4 x float> %604, float %546, i64 2, !dbg !40
  %606 = insertelement <4 x float> %605, float %545, i64 3, !dbg !40
  %607 = shl i32 %572, 2, !dbg !40
  %608 = select i1 %584, i32 %607, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %606, ptr addrspace(8) %581, i32 %608, i32 0, i32 0), !dbg !40
  %609 = insertelement <4 x float> poison, float %544, i64 0, !dbg !40
  %610 = insertelement <4 x float> %609, float %543, i64 1, !dbg !40
  %611 = insertelement <4 x float> %610, float %542, i64 2, !dbg !40
  %612 = insertelement <4 x float> %611, float %541, i64 3, !dbg !40
  %613 = shl i32 %574, 2, !dbg !40
  %614 = select i1 %584, i32 %613, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %612, ptr addrspace(8) %581, i32 %614, i32 0, i32 0), !dbg !40
  %615 = insertelement <4 x float> poison, float %540, i64 0, !dbg !40
  %616 = insertelement <4 x float> %615, float %539, i64 1, !dbg !40
  %617 = insertelement <4 x float> %616, float %538, i64 2, !dbg !40
  %618 = insertelement <4 x float> %617, float %537, i64 3, !dbg !40
  %619 = shl i32 %576, 2, !dbg !40
  %620 = select i1 %584, i32 %619, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %618, ptr addrspace(8) %581, i32 %620, i32 0, i32 0), !dbg !40
  %621 = insertelement <4 x float> poison, float %536, i64 0, !dbg !40
  %622 = insertelement <4 x float> %621, float %535, i64 1, !dbg !40
  %623 = insertelement <4 x float> %622, float %534, i64 2, !dbg !40
  %624 = insertelement <4 x float> %623, float %533, i64 3, !dbg !40
  %625 = shl i32 %578, 2, !dbg !40
  %626 = select i1 %584, i32 %625, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %624, ptr addrspace(8) %581, i32 %626, i32 0, i32 0), !dbg !40
  %627 = insertelement <4 x float> poison, float %532, i64 0, !dbg !40
  %628 = insertelement <4 x float> %627, float %531, i64 1, !dbg !40
  %629 = insertelement <4 x float> %628, float %530, i64 2, !dbg !40
  %630 = insertelement <4 x float> %629, float %529, i64 3, !dbg !40
  %631 = shl i32 %580, 2, !dbg !40
  %632 = select i1 %584, i32 %631, i32 -2147483648, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %630, ptr addrspace(8) %581, i32 %632, i32 0, i32 0), !dbg !40
  ret void, !dbg !41
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
declare <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32(<4 x i32>, <8 x i32>, <16 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
!22 = !DILocation(line: 134, column: 37, scope: !4)
!23 = !DILocation(line: 131, column: 26, scope: !4)
!24 = !DILocation(line: 135, column: 47, scope: !4)
!25 = !DILocation(line: 135, column: 20, scope: !4)
!26 = !DILocation(line: 137, column: 54, scope: !4)
!27 = !DILocation(line: 137, column: 20, scope: !4)
!28 = !DILocation(line: 138, column: 56, scope: !4)
!29 = !DILocation(line: 138, column: 21, scope: !4)
!30 = !DILocation(line: 142, column: 61, scope: !4)
!31 = !DILocation(line: 142, column: 25, scope: !4)
!32 = !DILocation(line: 144, column: 71, scope: !4)
!33 = !DILocation(line: 133, column: 19, scope: !4)
!34 = !DILocation(line: 134, column: 19, scope: !4)
!35 = distinct !{!35, !36}
!36 = !{!"llvm.loop.peeled.count", i32 1}
!37 = !DILocation(line: 128, column: 19, scope: !4)
!38 = !DILocation(line: 145, column: 21, scope: !4)
!39 = !DILocation(line: 145, column: 41, scope: !4)
!40 = !DILocation(line: 145, column: 54, scope: !4)
!41 = !DILocation(line: 145, column: 4, scope: !4)
