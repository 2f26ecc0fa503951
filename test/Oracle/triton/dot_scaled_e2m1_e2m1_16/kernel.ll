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
  %19 = shl i32 %9, 6, !dbg !11
  %20 = and i32 %10, 3, !dbg !12
  %21 = sdiv i32 %5, 2, !dbg !13
  %22 = mul i32 %21, %19, !dbg !14
  %23 = sdiv i32 %5, 32, !dbg !15
  %24 = mul i32 %23, %19, !dbg !16
  %25 = icmp sgt i32 %5, 0, !dbg !17
  %26 = mul i32 %21, %13, !dbg !18
  %27 = mul i32 %21, %14, !dbg !18
  %28 = add i32 %26, %18, !dbg !18
  %29 = add i32 %27, %18, !dbg !18
  %30 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !19
  %31 = select i1 %25, i32 %28, i32 -2147483648, !dbg !19
  %32 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %31, i32 0, i32 0), !dbg !19
  %33 = select i1 %25, i32 %29, i32 -2147483648, !dbg !19
  %34 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %33, i32 0, i32 0), !dbg !19
  %35 = add i32 %28, %22, !dbg !20
  %36 = add i32 %29, %22, !dbg !20
  %37 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !21
  %38 = select i1 %25, i32 %35, i32 -2147483648, !dbg !21
  %39 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %38, i32 0, i32 0), !dbg !21
  %40 = select i1 %25, i32 %36, i32 -2147483648, !dbg !21
  %41 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %40, i32 0, i32 0), !dbg !21
  %42 = mul i32 %23, %16, !dbg !22
  %43 = add i32 %42, %20, !dbg !22
  %44 = add i32 %43, %24, !dbg !22
  %45 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !23
  %46 = select i1 %25, i32 %44, i32 -2147483648, !dbg !23
  %47 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %46, i32 0, i32 0), !dbg !23
  %48 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !24
  %49 = select i1 %25, i32 %43, i32 -2147483648, !dbg !24
  %50 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %49, i32 0, i32 0), !dbg !24
  %51 = shl nuw nsw i32 %11, 3, !dbg !19
  %52 = lshr i32 %10, 1, !dbg !19
  %53 = and i32 %52, 48, !dbg !19
  %54 = xor i32 %51, %53, !dbg !19
  %55 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %54, !dbg !19
  store <2 x i32> %32, ptr addrspace(3) %55, align 8, !dbg !19
  %56 = or disjoint i32 %54, 2048, !dbg !19
  %57 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %56, !dbg !19
  store <2 x i32> %34, ptr addrspace(3) %57, align 8, !dbg !19
  %58 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %54, !dbg !21
  store <2 x i32> %39, ptr addrspace(3) %58, align 8, !dbg !21
  %59 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %56, !dbg !21
  store <2 x i32> %41, ptr addrspace(3) %59, align 8, !dbg !21
  %60 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %11, !dbg !23
  %61 = insertelement <1 x i8> poison, i8 %47, i64 0, !dbg !23
  store <1 x i8> %61, ptr addrspace(3) %60, align 1, !dbg !23
  %62 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %11, !dbg !24
  %63 = insertelement <1 x i8> poison, i8 %50, i64 0, !dbg !24
  store <1 x i8> %63, ptr addrspace(3) %62, align 1, !dbg !24
  %64 = add i32 %5, -128, !dbg !17
  %65 = icmp sgt i32 %64, 0, !dbg !17
  %66 = and i32 %10, 15
  br i1 %65, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !17

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre9 = and i32 %10, 128, !dbg !19
  br label %._crit_edge, !dbg !17

.lr.ph:                                           ; preds = %8
  %67 = shl nuw nsw i32 %66, 6
  %68 = shl nuw nsw i32 %10, 2
  %69 = and i32 %68, 48
  %70 = and i32 %10, 48
  %71 = and i32 %10, 128
  %72 = shl nuw nsw i32 %71, 3
  %73 = or disjoint i32 %67, %69
  %74 = xor i32 %73, %70
  %75 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %72
  %76 = getelementptr inbounds nuw i8, ptr addrspace(3) %75, i32 %74
  %77 = getelementptr inbounds nuw i8, ptr addrspace(3) %76, i32 2048
  %78 = and i32 %10, 64
  %79 = shl nuw nsw i32 %78, 4
  %80 = shl nuw nsw i32 %66, 2
  %81 = lshr exact i32 %70, 4
  %82 = lshr exact i32 %71, 1
  %83 = add i32 %28, 64, !dbg !18
  %84 = add i32 %29, 64, !dbg !18
  %85 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %83, i32 0, i32 0), !dbg !19
  %86 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %84, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %87 = load <4 x i32>, ptr addrspace(3) %76, align 16, !dbg !19
  %88 = load <4 x i32>, ptr addrspace(3) %77, align 16, !dbg !19
  %89 = add i32 %22, 64, !dbg !20
  %90 = add i32 %89, %28, !dbg !20
  %91 = add i32 %89, %29, !dbg !20
  %92 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %90, i32 0, i32 0), !dbg !21
  %93 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %91, i32 0, i32 0), !dbg !21
  %94 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %79, !dbg !25
  %95 = getelementptr inbounds nuw i8, ptr addrspace(3) %94, i32 %74, !dbg !25
  %96 = load <4 x i32>, ptr addrspace(3) %95, align 16, !dbg !25
  %97 = getelementptr inbounds nuw i8, ptr addrspace(3) %95, i32 2048, !dbg !25
  %98 = load <4 x i32>, ptr addrspace(3) %97, align 16, !dbg !25
  %99 = add i32 %44, 4, !dbg !22
  %100 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %99, i32 0, i32 0), !dbg !23
  %101 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %81, !dbg !23
  %102 = getelementptr inbounds nuw i8, ptr addrspace(3) %101, i32 %78, !dbg !23
  %103 = getelementptr inbounds nuw i8, ptr addrspace(3) %102, i32 %80, !dbg !23
  %104 = load <1 x i8>, ptr addrspace(3) %103, align 1, !dbg !23
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) %103, i32 128, !dbg !23
  %106 = load <1 x i8>, ptr addrspace(3) %105, align 1, !dbg !23
  %107 = add i32 %43, 4, !dbg !26
  %108 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %107, i32 0, i32 0), !dbg !24
  %109 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %81, !dbg !24
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) %109, i32 %82, !dbg !24
  %111 = getelementptr inbounds nuw i8, ptr addrspace(3) %110, i32 %80, !dbg !24
  %112 = load <1 x i8>, ptr addrspace(3) %111, align 1, !dbg !24
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) %111, i32 128, !dbg !24
  %114 = load <1 x i8>, ptr addrspace(3) %113, align 1, !dbg !24
  %115 = shufflevector <1 x i8> %112, <1 x i8> %114, <2 x i32> <i32 0, i32 1>, !dbg !25
  %116 = bitcast <2 x i8> %115 to i16, !dbg !25
  %117 = zext i16 %116 to i32, !dbg !25
  %118 = shufflevector <1 x i8> %104, <1 x i8> %106, <2 x i32> <i32 0, i32 1>, !dbg !25
  %119 = bitcast <2 x i8> %118 to i16, !dbg !25
  %120 = zext i16 %119 to i32, !dbg !25
  %121 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %96, <4 x i32> %87, <4 x float> zeroinitializer, i32 4, i32 4, i32 0, i32 %120, i32 0, i32 %117), !dbg !25
  %122 = extractelement <4 x float> %121, i64 0, !dbg !25
  %123 = extractelement <4 x float> %121, i64 1, !dbg !25
  %124 = extractelement <4 x float> %121, i64 2, !dbg !25
  %125 = extractelement <4 x float> %121, i64 3, !dbg !25
  %126 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %98, <4 x i32> %87, <4 x float> zeroinitializer, i32 4, i32 4, i32 1, i32 %120, i32 0, i32 %117), !dbg !25
  %127 = extractelement <4 x float> %126, i64 0, !dbg !25
  %128 = extractelement <4 x float> %126, i64 1, !dbg !25
  %129 = extractelement <4 x float> %126, i64 2, !dbg !25
  %130 = extractelement <4 x float> %126, i64 3, !dbg !25
  %131 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %96, <4 x i32> %88, <4 x float> zeroinitializer, i32 4, i32 4, i32 0, i32 %120, i32 1, i32 %117), !dbg !25
  %132 = extractelement <4 x float> %131, i64 0, !dbg !25
  %133 = extractelement <4 x float> %131, i64 1, !dbg !25
  %134 = extractelement <4 x float> %131, i64 2, !dbg !25
  %135 = extractelement <4 x float> %131, i64 3, !dbg !25
  %136 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %98, <4 x i32> %88, <4 x float> zeroinitializer, i32 4, i32 4, i32 1, i32 %120, i32 1, i32 %117), !dbg !25
  %137 = extractelement <4 x float> %136, i64 0, !dbg !25
  %138 = extractelement <4 x float> %136, i64 1, !dbg !25
  %139 = extractelement <4 x float> %136, i64 2, !dbg !25
  %140 = extractelement <4 x float> %136, i64 3, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <2 x i32> %85, ptr addrspace(3) %55, align 8, !dbg !19
  store <2 x i32> %86, ptr addrspace(3) %57, align 8, !dbg !19
  store <2 x i32> %92, ptr addrspace(3) %58, align 8, !dbg !21
  store <2 x i32> %93, ptr addrspace(3) %59, align 8, !dbg !21
  %141 = insertelement <1 x i8> poison, i8 %100, i64 0, !dbg !23
  store <1 x i8> %141, ptr addrspace(3) %60, align 1, !dbg !23
  %142 = insertelement <1 x i8> poison, i8 %108, i64 0, !dbg !24
  store <1 x i8> %142, ptr addrspace(3) %62, align 1, !dbg !24
  %143 = icmp samesign ugt i32 %64, 128, !dbg !17
  br i1 %143, label %.peel.next, label %._crit_edge, !dbg !17

.peel.next:                                       ; preds = %.lr.ph
  %144 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %79
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) %144, i32 %74
  %146 = getelementptr inbounds nuw i8, ptr addrspace(3) %145, i32 2048
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %81
  %148 = getelementptr inbounds nuw i8, ptr addrspace(3) %147, i32 %78
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) %148, i32 %80
  %150 = getelementptr inbounds nuw i8, ptr addrspace(3) %149, i32 128
  %151 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %81
  %152 = getelementptr inbounds nuw i8, ptr addrspace(3) %151, i32 %82
  %153 = getelementptr inbounds nuw i8, ptr addrspace(3) %152, i32 %80
  %154 = getelementptr inbounds nuw i8, ptr addrspace(3) %153, i32 128
  br label %155, !dbg !17

155:                                              ; preds = %.peel.next, %155
  %156 = phi float [ %122, %.peel.next ], [ %208, %155 ]
  %157 = phi float [ %123, %.peel.next ], [ %209, %155 ]
  %158 = phi float [ %124, %.peel.next ], [ %210, %155 ]
  %159 = phi float [ %125, %.peel.next ], [ %211, %155 ]
  %160 = phi float [ %127, %.peel.next ], [ %217, %155 ]
  %161 = phi float [ %128, %.peel.next ], [ %218, %155 ]
  %162 = phi float [ %129, %.peel.next ], [ %219, %155 ]
  %163 = phi float [ %130, %.peel.next ], [ %220, %155 ]
  %164 = phi float [ %132, %.peel.next ], [ %226, %155 ]
  %165 = phi float [ %133, %.peel.next ], [ %227, %155 ]
  %166 = phi float [ %134, %.peel.next ], [ %228, %155 ]
  %167 = phi float [ %135, %.peel.next ], [ %229, %155 ]
  %168 = phi float [ %137, %.peel.next ], [ %235, %155 ]
  %169 = phi float [ %138, %.peel.next ], [ %236, %155 ]
  %170 = phi float [ %139, %.peel.next ], [ %237, %155 ]
  %171 = phi float [ %140, %.peel.next ], [ %238, %155 ]
  %172 = phi i32 [ 128, %.peel.next ], [ %173, %155 ]
  %173 = add i32 %172, 128, !dbg !17
  %174 = ashr exact i32 %173, 1, !dbg !27
  %175 = ashr exact i32 %173, 5, !dbg !28
  %176 = add i32 %174, %28, !dbg !18
  %177 = add i32 %174, %29, !dbg !18
  %178 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %176, i32 0, i32 0), !dbg !19
  %179 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %30, i32 %177, i32 0, i32 0), !dbg !19
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  %180 = load <4 x i32>, ptr addrspace(3) %76, align 16, !dbg !19
  %181 = load <4 x i32>, ptr addrspace(3) %77, align 16, !dbg !19
  %182 = add i32 %174, %22, !dbg !20
  %183 = add i32 %182, %28, !dbg !20
  %184 = add i32 %182, %29, !dbg !20
  %185 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %183, i32 0, i32 0), !dbg !21
  %186 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %37, i32 %184, i32 0, i32 0), !dbg !21
  %187 = load <4 x i32>, ptr addrspace(3) %145, align 16, !dbg !25
  %188 = load <4 x i32>, ptr addrspace(3) %146, align 16, !dbg !25
  %189 = add i32 %44, %175, !dbg !22
  %190 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %45, i32 %189, i32 0, i32 0), !dbg !23
  %191 = load <1 x i8>, ptr addrspace(3) %149, align 1, !dbg !23
  %192 = load <1 x i8>, ptr addrspace(3) %150, align 1, !dbg !23
  %193 = add i32 %175, %43, !dbg !26
  %194 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %48, i32 %193, i32 0, i32 0), !dbg !24
  %195 = load <1 x i8>, ptr addrspace(3) %153, align 1, !dbg !24
  %196 = load <1 x i8>, ptr addrspace(3) %154, align 1, !dbg !24
  %197 = shufflevector <1 x i8> %195, <1 x i8> %196, <2 x i32> <i32 0, i32 1>, !dbg !25
  %198 = bitcast <2 x i8> %197 to i16, !dbg !25
  %199 = zext i16 %198 to i32, !dbg !25
  %200 = shufflevector <1 x i8> %191, <1 x i8> %192, <2 x i32> <i32 0, i32 1>, !dbg !25
  %201 = bitcast <2 x i8> %200 to i16, !dbg !25
  %202 = zext i16 %201 to i32, !dbg !25
  %203 = insertelement <4 x float> poison, float %156, i64 0, !dbg !25
  %204 = insertelement <4 x float> %203, float %157, i64 1, !dbg !25
  %205 = insertelement <4 x float> %204, float %158, i64 2, !dbg !25
  %206 = insertelement <4 x float> %205, float %159, i64 3, !dbg !25
  %207 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %187, <4 x i32> %180, <4 x float> %206, i32 4, i32 4, i32 0, i32 %202, i32 0, i32 %199), !dbg !25
  %208 = extractelement <4 x float> %207, i64 0, !dbg !25
  %209 = extractelement <4 x float> %207, i64 1, !dbg !25
  %210 = extractelement <4 x float> %207, i64 2, !dbg !25
  %211 = extractelement <4 x float> %207, i64 3, !dbg !25
  %212 = insertelement <4 x float> poison, float %160, i64 0, !dbg !25
  %213 = insertelement <4 x float> %212, float %161, i64 1, !dbg !25
  %214 = insertelement <4 x float> %213, float %162, i64 2, !dbg !25
  %215 = insertelement <4 x float> %214, float %163, i64 3, !dbg !25
  %216 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %188, <4 x i32> %180, <4 x float> %215, i32 4, i32 4, i32 1, i32 %202, i32 0, i32 %199), !dbg !25
  %217 = extractelement <4 x float> %216, i64 0, !dbg !25
  %218 = extractelement <4 x float> %216, i64 1, !dbg !25
  %219 = extractelement <4 x float> %216, i64 2, !dbg !25
  %220 = extractelement <4 x float> %216, i64 3, !dbg !25
  %221 = insertelement <4 x float> poison, float %164, i64 0, !dbg !25
  %222 = insertelement <4 x float> %221, float %165, i64 1, !dbg !25
  %223 = insertelement <4 x float> %222, float %166, i64 2, !dbg !25
  %224 = insertelement <4 x float> %223, float %167, i64 3, !dbg !25
  %225 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %187, <4 x i32> %181, <4 x float> %224, i32 4, i32 4, i32 0, i32 %202, i32 1, i32 %199), !dbg !25
  %226 = extractelement <4 x float> %225, i64 0, !dbg !25
  %227 = extractelement <4 x float> %225, i64 1, !dbg !25
  %228 = extractelement <4 x float> %225, i64 2, !dbg !25
  %229 = extractelement <4 x float> %225, i64 3, !dbg !25
  %230 = insertelement <4 x float> poison, float %168, i64 0, !dbg !25
  %231 = insertelement <4 x float> %230, float %169, i64 1, !dbg !25
  %232 = insertelement <4 x float> %231, float %170, i64 2, !dbg !25
  %233 = insertelement <4 x float> %232, float %171, i64 3, !dbg !25
  %234 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %188, <4 x i32> %181, <4 x float> %233, i32 4, i32 4, i32 1, i32 %202, i32 1, i32 %199), !dbg !25
  %235 = extractelement <4 x float> %234, i64 0, !dbg !25
  %236 = extractelement <4 x float> %234, i64 1, !dbg !25
  %237 = extractelement <4 x float> %234, i64 2, !dbg !25
  %238 = extractelement <4 x float> %234, i64 3, !dbg !25
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  store <2 x i32> %178, ptr addrspace(3) %55, align 8, !dbg !19
  store <2 x i32> %179, ptr addrspace(3) %57, align 8, !dbg !19
  store <2 x i32> %185, ptr addrspace(3) %58, align 8, !dbg !21
  store <2 x i32> %186, ptr addrspace(3) %59, align 8, !dbg !21
  %239 = insertelement <1 x i8> poison, i8 %190, i64 0, !dbg !23
  store <1 x i8> %239, ptr addrspace(3) %60, align 1, !dbg !23
  %240 = insertelement <1 x i8> poison, i8 %194, i64 0, !dbg !24
  store <1 x i8> %240, ptr addrspace(3) %62, align 1, !dbg !24
  %241 = icmp slt i32 %173, %64, !dbg !17
  br i1 %241, label %155, label %._crit_edge, !dbg !17, !llvm.loop !29

._crit_edge:                                      ; preds = %155, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi10 = phi i32 [ %.pre9, %.._crit_edge_crit_edge ], [ %71, %.lr.ph ], [ %71, %155 ], !dbg !19
  %242 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %122, %.lr.ph ], [ %208, %155 ], !dbg !31
  %243 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %123, %.lr.ph ], [ %209, %155 ], !dbg !31
  %244 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %124, %.lr.ph ], [ %210, %155 ], !dbg !31
  %245 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %125, %.lr.ph ], [ %211, %155 ], !dbg !31
  %246 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %127, %.lr.ph ], [ %217, %155 ], !dbg !31
  %247 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %128, %.lr.ph ], [ %218, %155 ], !dbg !31
  %248 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %129, %.lr.ph ], [ %219, %155 ], !dbg !31
  %249 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %130, %.lr.ph ], [ %220, %155 ], !dbg !31
  %250 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %132, %.lr.ph ], [ %226, %155 ], !dbg !31
  %251 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %133, %.lr.ph ], [ %227, %155 ], !dbg !31
  %252 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %134, %.lr.ph ], [ %228, %155 ], !dbg !31
  %253 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %135, %.lr.ph ], [ %229, %155 ], !dbg !31
  %254 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %137, %.lr.ph ], [ %235, %155 ], !dbg !31
  %255 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %138, %.lr.ph ], [ %236, %155 ], !dbg !31
  %256 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %139, %.lr.ph ], [ %237, %155 ], !dbg !31
  %257 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %140, %.lr.ph ], [ %238, %155 ], !dbg !31
  %258 = add i32 %5, 127, !dbg !17
  %259 = icmp sgt i32 %258, 127, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !19
  tail call void @llvm.amdgcn.s.barrier(), !dbg !19
  br i1 %259, label %260, label %._crit_edge._crit_edge, !dbg !25

260:                                              ; preds = %._crit_edge
  %261 = and i32 %10, 48, !dbg !19
  %262 = lshr exact i32 %261, 4, !dbg !23
  %263 = lshr exact i32 %.pre-phi10, 1, !dbg !24
  %264 = shl nuw nsw i32 %66, 2, !dbg !23
  %265 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %262, !dbg !24
  %266 = getelementptr inbounds nuw i8, ptr addrspace(3) %265, i32 %263, !dbg !24
  %267 = getelementptr inbounds nuw i8, ptr addrspace(3) %266, i32 %264, !dbg !24
  %268 = getelementptr inbounds nuw i8, ptr addrspace(3) %267, i32 128, !dbg !24
  %269 = load <1 x i8>, ptr addrspace(3) %268, align 1, !dbg !24
  %270 = load <1 x i8>, ptr addrspace(3) %267, align 1, !dbg !24
  %271 = and i32 %10, 64, !dbg !25
  %272 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8448), i32 %262, !dbg !23
  %273 = getelementptr inbounds nuw i8, ptr addrspace(3) %272, i32 %271, !dbg !23
  %274 = getelementptr inbounds nuw i8, ptr addrspace(3) %273, i32 %264, !dbg !23
  %275 = getelementptr inbounds nuw i8, ptr addrspace(3) %274, i32 128, !dbg !23
  %276 = load <1 x i8>, ptr addrspace(3) %275, align 1, !dbg !23
  %277 = load <1 x i8>, ptr addrspace(3) %274, align 1, !dbg !23
  %278 = shl nuw nsw i32 %271, 4, !dbg !25
  %279 = shl nuw nsw i32 %66, 6, !dbg !19
  %280 = shl nuw nsw i32 %10, 2, !dbg !19
  %281 = and i32 %280, 48, !dbg !19
  %282 = or disjoint i32 %279, %281, !dbg !19
  %283 = xor i32 %282, %261, !dbg !19
  %284 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %278, !dbg !25
  %285 = getelementptr inbounds nuw i8, ptr addrspace(3) %284, i32 %283, !dbg !25
  %286 = getelementptr inbounds nuw i8, ptr addrspace(3) %285, i32 2048, !dbg !25
  %287 = load <4 x i32>, ptr addrspace(3) %286, align 16, !dbg !25
  %288 = load <4 x i32>, ptr addrspace(3) %285, align 16, !dbg !25
  %289 = shl nuw nsw i32 %.pre-phi10, 3, !dbg !19
  %290 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %289, !dbg !19
  %291 = getelementptr inbounds nuw i8, ptr addrspace(3) %290, i32 %283, !dbg !19
  %292 = getelementptr inbounds nuw i8, ptr addrspace(3) %291, i32 2048, !dbg !19
  %293 = load <4 x i32>, ptr addrspace(3) %292, align 16, !dbg !19
  %294 = load <4 x i32>, ptr addrspace(3) %291, align 16, !dbg !19
  %295 = shufflevector <1 x i8> %270, <1 x i8> %269, <2 x i32> <i32 0, i32 1>, !dbg !25
  %296 = bitcast <2 x i8> %295 to i16, !dbg !25
  %297 = zext i16 %296 to i32, !dbg !25
  %298 = shufflevector <1 x i8> %277, <1 x i8> %276, <2 x i32> <i32 0, i32 1>, !dbg !25
  %299 = bitcast <2 x i8> %298 to i16, !dbg !25
  %300 = zext i16 %299 to i32, !dbg !25
  %301 = insertelement <4 x float> poison, float %242, i64 0, !dbg !25
  %302 = insertelement <4 x float> %301, float %243, i64 1, !dbg !25
  %303 = insertelement <4 x float> %302, float %244, i64 2, !dbg !25
  %304 = insertelement <4 x float> %303, float %245, i64 3, !dbg !25
  %305 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %288, <4 x i32> %294, <4 x float> %304, i32 4, i32 4, i32 0, i32 %300, i32 0, i32 %297), !dbg !25
  %306 = extractelement <4 x float> %305, i64 0, !dbg !25
  %307 = extractelement <4 x float> %305, i64 1, !dbg !25
  %308 = extractelement <4 x float> %305, i64 2, !dbg !25
  %309 = extractelement <4 x float> %305, i64 3, !dbg !25
  %310 = insertelement <4 x float> poison, float %246, i64 0, !dbg !25
  %311 = insertelement <4 x float> %310, float %247, i64 1, !dbg !25
  %312 = insertelement <4 x float> %311, float %248, i64 2, !dbg !25
  %313 = insertelement <4 x float> %312, float %249, i64 3, !dbg !25
  %314 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %287, <4 x i32> %294, <4 x float> %313, i32 4, i32 4, i32 1, i32 %300, i32 0, i32 %297), !dbg !25
  %315 = extractelement <4 x float> %314, i64 0, !dbg !25
  %316 = extractelement <4 x float> %314, i64 1, !dbg !25
  %317 = extractelement <4 x float> %314, i64 2, !dbg !25
  %318 = extractelement <4 x float> %314, i64 3, !dbg !25
  %319 = insertelement <4 x float> poison, float %250, i64 0, !dbg !25
  %320 = insertelement <4 x float> %319, float %251, i64 1, !dbg !25
  %321 = insertelement <4 x float> %320, float %252, i64 2, !dbg !25
  %322 = insertelement <4 x float> %321, float %253, i64 3, !dbg !25
  %323 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %288, <4 x i32> %293, <4 x float> %322, i32 4, i32 4, i32 0, i32 %300, i32 1, i32 %297), !dbg !25
  %324 = extractelement <4 x float> %323, i64 0, !dbg !25
  %325 = extractelement <4 x float> %323, i64 1, !dbg !25
  %326 = extractelement <4 x float> %323, i64 2, !dbg !25
  %327 = extractelement <4 x float> %323, i64 3, !dbg !25
  %328 = insertelement <4 x float> poison, float %254, i64 0, !dbg !25
  %329 = insertelement <4 x float> %328, float %255, i64 1, !dbg !25
  %330 = insertelement <4 x float> %329, float %256, i64 2, !dbg !25
  %331 = insertelement <4 x float> %330, float %257, i64 3, !dbg !25
  %332 = tail call <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32> %287, <4 x i32> %293, <4 x float> %331, i32 4, i32 4, i32 1, i32 %300, i32 1, i32 %297), !dbg !25
  %333 = extractelement <4 x float> %332, i64 0, !dbg !25
  %334 = extractelement <4 x float> %332, i64 1, !dbg !25
  %335 = extractelement <4 x float> %332, i64 2, !dbg !25
  %336 = extractelement <4 x float> %332, i64 3, !dbg !25
  br label %._crit_edge._crit_edge, !dbg !25

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %260
  %337 = phi float [ %336, %260 ], [ %257, %._crit_edge ], !dbg !17
  %338 = phi float [ %335, %260 ], [ %256, %._crit_edge ], !dbg !17
  %339 = phi float [ %334, %260 ], [ %255, %._crit_edge ], !dbg !17
  %340 = phi float [ %333, %260 ], [ %254, %._crit_edge ], !dbg !17
  %341 = phi float [ %327, %260 ], [ %253, %._crit_edge ], !dbg !17
  %342 = phi float [ %326, %260 ], [ %252, %._crit_edge ], !dbg !17
  %343 = phi float [ %325, %260 ], [ %251, %._crit_edge ], !dbg !17
  %344 = phi float [ %324, %260 ], [ %250, %._crit_edge ], !dbg !17
  %345 = phi float [ %318, %260 ], [ %249, %._crit_edge ], !dbg !17
  %346 = phi float [ %317, %260 ], [ %248, %._crit_edge ], !dbg !17
  %347 = phi float [ %316, %260 ], [ %247, %._crit_edge ], !dbg !17
  %348 = phi float [ %315, %260 ], [ %246, %._crit_edge ], !dbg !17
  %349 = phi float [ %309, %260 ], [ %245, %._crit_edge ], !dbg !17
  %350 = phi float [ %308, %260 ], [ %244, %._crit_edge ], !dbg !17
  %351 = phi float [ %307, %260 ], [ %243, %._crit_edge ], !dbg !17
  %352 = phi float [ %306, %260 ], [ %242, %._crit_edge ], !dbg !17
  %353 = and i32 %15, 28, !dbg !10
  %354 = lshr exact i32 %.pre-phi10, 3, !dbg !32
  %355 = or disjoint i32 %354, %66, !dbg !32
  %356 = or disjoint i32 %355, 32, !dbg !32
  %357 = tail call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr(), !dbg !33
  %358 = load i32, ptr addrspace(4) %357, align 4, !dbg !33, !tbaa !34
  %359 = shl i32 %358, 6, !dbg !38
  %360 = mul i32 %359, %355, !dbg !39
  %361 = mul i32 %359, %356, !dbg !39
  %362 = or disjoint i32 %353, %19, !dbg !39
  %363 = add i32 %362, %360, !dbg !39
  %364 = or disjoint i32 %353, %19, !dbg !39
  %365 = or disjoint i32 %364, 32, !dbg !39
  %366 = add i32 %365, %360, !dbg !39
  %367 = add i32 %362, %361, !dbg !39
  %368 = add i32 %365, %361, !dbg !39
  %369 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !40
  %370 = insertelement <4 x float> poison, float %352, i64 0, !dbg !40
  %371 = insertelement <4 x float> %370, float %351, i64 1, !dbg !40
  %372 = insertelement <4 x float> %371, float %350, i64 2, !dbg !40
  %373 = insertelement <4 x float> %372, float %349, i64 3, !dbg !40
  %374 = shl i32 %363, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %373, ptr addrspace(8) %369, i32 %374, i32 0, i32 0), !dbg !40
  %375 = insertelement <4 x float> poison, float %348, i64 0, !dbg !40
  %376 = insertelement <4 x float> %375, float %347, i64 1, !dbg !40
  %377 = insertelement <4 x float> %376, float %346, i64 2, !dbg !40
  %378 = insertelement <4 x float> %377, float %345, i64 3, !dbg !40
  %379 = shl i32 %366, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %378, ptr addrspace(8) %369, i32 %379, i32 0, i32 0), !dbg !40
  %380 = insertelement <4 x float> poison, float %344, i64 0, !dbg !40
  %381 = insertelement <4 x float> %380, float %343, i64 1, !dbg !40
  %382 = insertelement <4 x float> %381, float %342, i64 2, !dbg !40
  %383 = insertelement <4 x float> %382, float %341, i64 3, !dbg !40
  %384 = shl i32 %367, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %383, ptr addrspace(8) %369, i32 %384, i32 0, i32 0), !dbg !40
  %385 = insertelement <4 x float> poison, float %340, i64 0, !dbg !40
  %386 = insertelement <4 x float> %385, float %339, i64 1, !dbg !40
  %387 = insertelement <4 x float> %386, float %338, i64 2, !dbg !40
  %388 = insertelement <4 x float> %387, float %337, i64 3, !dbg !40
  %389 = shl i32 %368, 2, !dbg !40
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.v4f32(<4 x float> %388, ptr addrspace(8) %369, i32 %389, i32 0, i32 0), !dbg !40
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
declare <4 x float> @llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32(<4 x i32>, <4 x i32>, <4 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #5

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
