; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @bf16_dot_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, i32 inreg %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %10 = tail call i32 @llvm.amdgcn.workgroup.id.y(), !dbg !8
  %11 = shl i32 %9, 5, !dbg !9
  %12 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %13 = and i32 %12, 31, !dbg !10
  %14 = lshr i32 %12, 5, !dbg !10
  %15 = and i32 %14, 7, !dbg !10
  %16 = or disjoint i32 %15, 8, !dbg !10
  %17 = or disjoint i32 %15, 16, !dbg !10
  %18 = or i32 %14, 24, !dbg !10
  %19 = and i32 %12, 32, !dbg !10
  %20 = icmp eq i32 %19, 0, !dbg !10
  %21 = or disjoint i32 %15, %11, !dbg !11
  %22 = or disjoint i32 %16, %11, !dbg !11
  %23 = or disjoint i32 %17, %11, !dbg !11
  %24 = or disjoint i32 %18, %11, !dbg !11
  %25 = shl i32 %10, 5, !dbg !12
  %26 = or disjoint i32 %25, %13, !dbg !13
  %27 = icmp slt i32 %21, %3, !dbg !14
  %28 = icmp slt i32 %22, %3, !dbg !14
  %29 = icmp slt i32 %23, %3, !dbg !14
  %30 = icmp slt i32 %24, %3, !dbg !14
  %31 = mul i32 %5, %11, !dbg !15
  %32 = icmp slt i32 %26, %4, !dbg !16
  %33 = icmp sgt i32 %5, 0, !dbg !17
  %34 = icmp slt i32 %13, %5, !dbg !18
  %35 = and i1 %27, %34, !dbg !19
  %36 = and i1 %28, %34, !dbg !19
  %37 = and i1 %29, %34, !dbg !19
  %38 = and i1 %30, %34, !dbg !19
  %39 = mul i32 %5, %15, !dbg !20
  %40 = mul i32 %5, %16, !dbg !20
  %41 = mul i32 %5, %17, !dbg !20
  %42 = mul i32 %5, %18, !dbg !20
  %43 = add i32 %39, %13, !dbg !20
  %44 = add i32 %40, %13, !dbg !20
  %45 = add i32 %41, %13, !dbg !20
  %46 = add i32 %42, %13, !dbg !20
  %47 = add i32 %43, %31, !dbg !20
  %48 = add i32 %44, %31, !dbg !20
  %49 = add i32 %45, %31, !dbg !20
  %50 = add i32 %46, %31, !dbg !20
  %51 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !21
  %52 = shl i32 %47, 1, !dbg !21
  %53 = select i1 %35, i32 %52, i32 -2147483648, !dbg !21
  %54 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %53, i32 0, i32 0), !dbg !21
  %55 = shl i32 %48, 1, !dbg !21
  %56 = select i1 %36, i32 %55, i32 -2147483648, !dbg !21
  %57 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %56, i32 0, i32 0), !dbg !21
  %58 = shl i32 %49, 1, !dbg !21
  %59 = select i1 %37, i32 %58, i32 -2147483648, !dbg !21
  %60 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %59, i32 0, i32 0), !dbg !21
  %61 = shl i32 %50, 1, !dbg !21
  %62 = select i1 %38, i32 %61, i32 -2147483648, !dbg !21
  %63 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %62, i32 0, i32 0), !dbg !21
  %64 = icmp slt i32 %15, %5, !dbg !22
  %65 = icmp slt i32 %16, %5, !dbg !22
  %66 = icmp slt i32 %17, %5, !dbg !22
  %67 = icmp slt i32 %18, %5, !dbg !22
  %68 = and i1 %32, %64, !dbg !23
  %69 = and i1 %32, %65, !dbg !23
  %70 = and i1 %32, %66, !dbg !23
  %71 = and i1 %32, %67, !dbg !23
  %72 = mul i32 %4, %15, !dbg !24
  %73 = mul i32 %4, %16, !dbg !24
  %74 = mul i32 %4, %17, !dbg !24
  %75 = mul i32 %4, %18, !dbg !24
  %76 = add i32 %72, %13, !dbg !24
  %77 = add i32 %73, %13, !dbg !24
  %78 = add i32 %74, %13, !dbg !24
  %79 = add i32 %75, %13, !dbg !24
  %80 = add i32 %76, %25, !dbg !24
  %81 = add i32 %77, %25, !dbg !24
  %82 = add i32 %78, %25, !dbg !24
  %83 = add i32 %79, %25, !dbg !24
  %84 = and i1 %33, %69, !dbg !17
  %85 = and i1 %33, %70, !dbg !17
  %86 = and i1 %33, %71, !dbg !17
  %87 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !25
  %88 = shl i32 %80, 1, !dbg !25
  %89 = select i1 %68, i32 %88, i32 -2147483648, !dbg !25
  %90 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %89, i32 0, i32 0), !dbg !25
  %91 = shl i32 %81, 1, !dbg !25
  %92 = select i1 %84, i32 %91, i32 -2147483648, !dbg !25
  %93 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %92, i32 0, i32 0), !dbg !25
  %94 = shl i32 %82, 1, !dbg !25
  %95 = select i1 %85, i32 %94, i32 -2147483648, !dbg !25
  %96 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %95, i32 0, i32 0), !dbg !25
  %97 = shl i32 %83, 1, !dbg !25
  %98 = select i1 %86, i32 %97, i32 -2147483648, !dbg !25
  %99 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %98, i32 0, i32 0), !dbg !25
  %100 = shl nuw nsw i32 %12, 1, !dbg !21
  %101 = and i32 %100, 254, !dbg !21
  %102 = and i32 %12, 128, !dbg !21
  %103 = icmp eq i32 %102, 0, !dbg !21
  %104 = select i1 %103, i32 0, i32 272, !dbg !21
  %105 = xor i32 %104, %101, !dbg !21
  %106 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %105, !dbg !21
  store i16 %54, ptr addrspace(3) %106, align 2, !dbg !21
  %107 = or disjoint i32 %105, 1024, !dbg !21
  %108 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %107, !dbg !21
  store i16 %60, ptr addrspace(3) %108, align 2, !dbg !21
  %109 = xor i32 %105, 544, !dbg !21
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %109, !dbg !21
  store i16 %57, ptr addrspace(3) %110, align 2, !dbg !21
  %111 = or disjoint i32 %109, 1024, !dbg !21
  %112 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %111, !dbg !21
  store i16 %63, ptr addrspace(3) %112, align 2, !dbg !21
  %113 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %105, !dbg !25
  store i16 %90, ptr addrspace(3) %113, align 2, !dbg !25
  %114 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %107, !dbg !25
  store i16 %96, ptr addrspace(3) %114, align 2, !dbg !25
  %115 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %109, !dbg !25
  store i16 %93, ptr addrspace(3) %115, align 2, !dbg !25
  %116 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %111, !dbg !25
  store i16 %99, ptr addrspace(3) %116, align 2, !dbg !25
  %117 = add i32 %5, -32, !dbg !17
  %118 = icmp sgt i32 %117, 0, !dbg !17
  br i1 %118, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !17

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre = and i32 %12, 12, !dbg !21
  %.pre5 = shl nuw nsw i32 %.pre, 4, !dbg !25
  %.pre7 = shl nuw nsw i32 %12, 3, !dbg !25
  %.pre9 = and i32 %.pre7, 24, !dbg !25
  %.pre11 = and i32 %100, 32, !dbg !25
  %.pre13 = select i1 %20, i32 0, i32 544, !dbg !25
  %.pre15 = or disjoint i32 %.pre5, %.pre9, !dbg !25
  %.pre17 = xor i32 %.pre13, %.pre11, !dbg !25
  %.pre19 = or disjoint i32 %.pre17, %.pre15, !dbg !25
  %.pre21 = xor i32 %.pre19, 272, !dbg !25
  br label %._crit_edge, !dbg !17

.lr.ph:                                           ; preds = %8
  %119 = shl nuw nsw i32 %13, 6
  %120 = and i32 %12, 12
  %121 = shl nuw nsw i32 %120, 2
  %122 = lshr exact i32 %19, 1
  %123 = xor i32 %121, %122
  %124 = or disjoint i32 %123, %119
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %124
  %126 = xor i32 %124, 32
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %126
  %128 = shl nuw nsw i32 %120, 4
  %129 = shl nuw nsw i32 %12, 3
  %130 = and i32 %129, 24
  %131 = and i32 %100, 32
  %132 = select i1 %20, i32 0, i32 544
  %133 = or disjoint i32 %128, %130
  %134 = xor i32 %132, %131
  %135 = or disjoint i32 %134, %133
  %136 = xor i32 %135, 272
  %137 = or disjoint i32 %13, 32, !dbg !26
  %138 = or disjoint i32 %15, 32, !dbg !26
  %139 = or disjoint i32 %15, 40, !dbg !26
  %140 = or disjoint i32 %15, 48, !dbg !26
  %141 = or i32 %14, 56, !dbg !26
  %142 = icmp slt i32 %137, %5, !dbg !18
  %143 = and i1 %27, %142, !dbg !19
  %144 = and i1 %28, %142, !dbg !19
  %145 = and i1 %29, %142, !dbg !19
  %146 = and i1 %30, %142, !dbg !19
  %147 = add i32 %31, 32, !dbg !20
  %148 = add i32 %147, %43, !dbg !20
  %149 = add i32 %147, %44, !dbg !20
  %150 = add i32 %147, %45, !dbg !20
  %151 = add i32 %147, %46, !dbg !20
  %152 = shl i32 %148, 1, !dbg !21
  %153 = select i1 %143, i32 %152, i32 -2147483648, !dbg !21
  %154 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %153, i32 0, i32 0), !dbg !21
  %155 = shl i32 %149, 1, !dbg !21
  %156 = select i1 %144, i32 %155, i32 -2147483648, !dbg !21
  %157 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %156, i32 0, i32 0), !dbg !21
  %158 = shl i32 %150, 1, !dbg !21
  %159 = select i1 %145, i32 %158, i32 -2147483648, !dbg !21
  %160 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %159, i32 0, i32 0), !dbg !21
  %161 = shl i32 %151, 1, !dbg !21
  %162 = select i1 %146, i32 %161, i32 -2147483648, !dbg !21
  %163 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %162, i32 0, i32 0), !dbg !21
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %164 = load <8 x bfloat>, ptr addrspace(3) %125, align 16, !dbg !21
  %165 = load <8 x bfloat>, ptr addrspace(3) %127, align 16, !dbg !21
  %166 = icmp slt i32 %138, %5, !dbg !22
  %167 = icmp slt i32 %139, %5, !dbg !22
  %168 = icmp slt i32 %140, %5, !dbg !22
  %169 = icmp slt i32 %141, %5, !dbg !22
  %170 = and i1 %32, %166, !dbg !23
  %171 = and i1 %32, %167, !dbg !23
  %172 = and i1 %32, %168, !dbg !23
  %173 = and i1 %32, %169, !dbg !23
  %174 = add i32 %4, %10, !dbg !24
  %175 = shl i32 %174, 5, !dbg !24
  %176 = add i32 %175, %76, !dbg !24
  %177 = add i32 %175, %77, !dbg !24
  %178 = add i32 %175, %78, !dbg !24
  %179 = add i32 %175, %79, !dbg !24
  %180 = shl i32 %176, 1, !dbg !25
  %181 = select i1 %170, i32 %180, i32 -2147483648, !dbg !25
  %182 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %181, i32 0, i32 0), !dbg !25
  %183 = shl i32 %177, 1, !dbg !25
  %184 = select i1 %171, i32 %183, i32 -2147483648, !dbg !25
  %185 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %184, i32 0, i32 0), !dbg !25
  %186 = shl i32 %178, 1, !dbg !25
  %187 = select i1 %172, i32 %186, i32 -2147483648, !dbg !25
  %188 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %187, i32 0, i32 0), !dbg !25
  %189 = shl i32 %179, 1, !dbg !25
  %190 = select i1 %173, i32 %189, i32 -2147483648, !dbg !25
  %191 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %190, i32 0, i32 0), !dbg !25
  %192 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %135, !dbg !25
  %193 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %192), !dbg !25
  %194 = getelementptr inbounds nuw i8, ptr addrspace(3) %192, i32 1024, !dbg !25
  %195 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %194), !dbg !25
  %196 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %136, !dbg !25
  %197 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %196), !dbg !25
  %198 = getelementptr inbounds nuw i8, ptr addrspace(3) %196, i32 1024, !dbg !25
  %199 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %198), !dbg !25
  %200 = shufflevector <4 x bfloat> %193, <4 x bfloat> %197, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %201 = shufflevector <4 x bfloat> %195, <4 x bfloat> %199, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %202 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %200, <8 x bfloat> %164, <16 x float> zeroinitializer, i32 0, i32 0, i32 0), !dbg !27
  %203 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %201, <8 x bfloat> %165, <16 x float> %202, i32 0, i32 0, i32 0), !dbg !27
  %204 = extractelement <16 x float> %203, i64 0, !dbg !27
  %205 = extractelement <16 x float> %203, i64 1, !dbg !27
  %206 = extractelement <16 x float> %203, i64 2, !dbg !27
  %207 = extractelement <16 x float> %203, i64 3, !dbg !27
  %208 = extractelement <16 x float> %203, i64 4, !dbg !27
  %209 = extractelement <16 x float> %203, i64 5, !dbg !27
  %210 = extractelement <16 x float> %203, i64 6, !dbg !27
  %211 = extractelement <16 x float> %203, i64 7, !dbg !27
  %212 = extractelement <16 x float> %203, i64 8, !dbg !27
  %213 = extractelement <16 x float> %203, i64 9, !dbg !27
  %214 = extractelement <16 x float> %203, i64 10, !dbg !27
  %215 = extractelement <16 x float> %203, i64 11, !dbg !27
  %216 = extractelement <16 x float> %203, i64 12, !dbg !27
  %217 = extractelement <16 x float> %203, i64 13, !dbg !27
  %218 = extractelement <16 x float> %203, i64 14, !dbg !27
  %219 = extractelement <16 x float> %203, i64 15, !dbg !27
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  store i16 %154, ptr addrspace(3) %106, align 2, !dbg !21
  store i16 %160, ptr addrspace(3) %108, align 2, !dbg !21
  store i16 %157, ptr addrspace(3) %110, align 2, !dbg !21
  store i16 %163, ptr addrspace(3) %112, align 2, !dbg !21
  store i16 %182, ptr addrspace(3) %113, align 2, !dbg !25
  store i16 %188, ptr addrspace(3) %114, align 2, !dbg !25
  store i16 %185, ptr addrspace(3) %115, align 2, !dbg !25
  store i16 %191, ptr addrspace(3) %116, align 2, !dbg !25
  %220 = icmp samesign ugt i32 %117, 32, !dbg !17
  br i1 %220, label %.peel.next, label %._crit_edge, !dbg !17

.peel.next:                                       ; preds = %.lr.ph
  %221 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %135
  %222 = getelementptr inbounds nuw i8, ptr addrspace(3) %221, i32 1024
  %223 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %136
  %224 = getelementptr inbounds nuw i8, ptr addrspace(3) %223, i32 1024
  br label %225, !dbg !17

225:                                              ; preds = %.peel.next, %225
  %226 = phi float [ %204, %.peel.next ], [ %323, %225 ]
  %227 = phi float [ %205, %.peel.next ], [ %324, %225 ]
  %228 = phi float [ %206, %.peel.next ], [ %325, %225 ]
  %229 = phi float [ %207, %.peel.next ], [ %326, %225 ]
  %230 = phi float [ %208, %.peel.next ], [ %327, %225 ]
  %231 = phi float [ %209, %.peel.next ], [ %328, %225 ]
  %232 = phi float [ %210, %.peel.next ], [ %329, %225 ]
  %233 = phi float [ %211, %.peel.next ], [ %330, %225 ]
  %234 = phi float [ %212, %.peel.next ], [ %331, %225 ]
  %235 = phi float [ %213, %.peel.next ], [ %332, %225 ]
  %236 = phi float [ %214, %.peel.next ], [ %333, %225 ]
  %237 = phi float [ %215, %.peel.next ], [ %334, %225 ]
  %238 = phi float [ %216, %.peel.next ], [ %335, %225 ]
  %239 = phi float [ %217, %.peel.next ], [ %336, %225 ]
  %240 = phi float [ %218, %.peel.next ], [ %337, %225 ]
  %241 = phi float [ %219, %.peel.next ], [ %338, %225 ]
  %242 = phi i32 [ 32, %.peel.next ], [ %243, %225 ]
  %243 = add i32 %242, 32, !dbg !17
  %244 = or disjoint i32 %243, %13, !dbg !26
  %245 = or disjoint i32 %243, %15, !dbg !26
  %246 = or disjoint i32 %243, %16, !dbg !26
  %247 = or disjoint i32 %243, %17, !dbg !26
  %248 = or disjoint i32 %243, %18, !dbg !26
  %249 = icmp slt i32 %244, %5, !dbg !18
  %250 = and i1 %27, %249, !dbg !19
  %251 = and i1 %28, %249, !dbg !19
  %252 = and i1 %29, %249, !dbg !19
  %253 = and i1 %30, %249, !dbg !19
  %254 = add i32 %243, %31, !dbg !20
  %255 = add i32 %254, %43, !dbg !20
  %256 = add i32 %254, %44, !dbg !20
  %257 = add i32 %254, %45, !dbg !20
  %258 = add i32 %254, %46, !dbg !20
  %259 = shl i32 %255, 1, !dbg !21
  %260 = select i1 %250, i32 %259, i32 -2147483648, !dbg !21
  %261 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %260, i32 0, i32 0), !dbg !21
  %262 = shl i32 %256, 1, !dbg !21
  %263 = select i1 %251, i32 %262, i32 -2147483648, !dbg !21
  %264 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %263, i32 0, i32 0), !dbg !21
  %265 = shl i32 %257, 1, !dbg !21
  %266 = select i1 %252, i32 %265, i32 -2147483648, !dbg !21
  %267 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %266, i32 0, i32 0), !dbg !21
  %268 = shl i32 %258, 1, !dbg !21
  %269 = select i1 %253, i32 %268, i32 -2147483648, !dbg !21
  %270 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %51, i32 %269, i32 0, i32 0), !dbg !21
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %271 = load <8 x bfloat>, ptr addrspace(3) %125, align 16, !dbg !21
  %272 = load <8 x bfloat>, ptr addrspace(3) %127, align 16, !dbg !21
  %273 = icmp slt i32 %245, %5, !dbg !22
  %274 = icmp slt i32 %246, %5, !dbg !22
  %275 = icmp slt i32 %247, %5, !dbg !22
  %276 = icmp slt i32 %248, %5, !dbg !22
  %277 = and i1 %32, %273, !dbg !23
  %278 = and i1 %32, %274, !dbg !23
  %279 = and i1 %32, %275, !dbg !23
  %280 = and i1 %32, %276, !dbg !23
  %281 = mul i32 %243, %4, !dbg !28
  %282 = add i32 %281, %25, !dbg !24
  %283 = add i32 %282, %76, !dbg !24
  %284 = add i32 %282, %77, !dbg !24
  %285 = add i32 %282, %78, !dbg !24
  %286 = add i32 %282, %79, !dbg !24
  %287 = shl i32 %283, 1, !dbg !25
  %288 = select i1 %277, i32 %287, i32 -2147483648, !dbg !25
  %289 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %288, i32 0, i32 0), !dbg !25
  %290 = shl i32 %284, 1, !dbg !25
  %291 = select i1 %278, i32 %290, i32 -2147483648, !dbg !25
  %292 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %291, i32 0, i32 0), !dbg !25
  %293 = shl i32 %285, 1, !dbg !25
  %294 = select i1 %279, i32 %293, i32 -2147483648, !dbg !25
  %295 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %294, i32 0, i32 0), !dbg !25
  %296 = shl i32 %286, 1, !dbg !25
  %297 = select i1 %280, i32 %296, i32 -2147483648, !dbg !25
  %298 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %87, i32 %297, i32 0, i32 0), !dbg !25
  %299 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %221), !dbg !25
  %300 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %222), !dbg !25
  %301 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %223), !dbg !25
  %302 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %224), !dbg !25
  %303 = shufflevector <4 x bfloat> %299, <4 x bfloat> %301, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %304 = shufflevector <4 x bfloat> %300, <4 x bfloat> %302, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %305 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %226, i64 0, !dbg !27
  %306 = insertelement <16 x float> %305, float %227, i64 1, !dbg !27
  %307 = insertelement <16 x float> %306, float %228, i64 2, !dbg !27
  %308 = insertelement <16 x float> %307, float %229, i64 3, !dbg !27
  %309 = insertelement <16 x float> %308, float %230, i64 4, !dbg !27
  %310 = insertelement <16 x float> %309, float %231, i64 5, !dbg !27
  %311 = insertelement <16 x float> %310, float %232, i64 6, !dbg !27
  %312 = insertelement <16 x float> %311, float %233, i64 7, !dbg !27
  %313 = insertelement <16 x float> %312, float %234, i64 8, !dbg !27
  %314 = insertelement <16 x float> %313, float %235, i64 9, !dbg !27
  %315 = insertelement <16 x float> %314, float %236, i64 10, !dbg !27
  %316 = insertelement <16 x float> %315, float %237, i64 11, !dbg !27
  %317 = insertelement <16 x float> %316, float %238, i64 12, !dbg !27
  %318 = insertelement <16 x float> %317, float %239, i64 13, !dbg !27
  %319 = insertelement <16 x float> %318, float %240, i64 14, !dbg !27
  %320 = insertelement <16 x float> %319, float %241, i64 15, !dbg !27
  %321 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %303, <8 x bfloat> %271, <16 x float> %320, i32 0, i32 0, i32 0), !dbg !27
  %322 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %304, <8 x bfloat> %272, <16 x float> %321, i32 0, i32 0, i32 0), !dbg !27
  %323 = extractelement <16 x float> %322, i64 0, !dbg !27
  %324 = extractelement <16 x float> %322, i64 1, !dbg !27
  %325 = extractelement <16 x float> %322, i64 2, !dbg !27
  %326 = extractelement <16 x float> %322, i64 3, !dbg !27
  %327 = extractelement <16 x float> %322, i64 4, !dbg !27
  %328 = extractelement <16 x float> %322, i64 5, !dbg !27
  %329 = extractelement <16 x float> %322, i64 6, !dbg !27
  %330 = extractelement <16 x float> %322, i64 7, !dbg !27
  %331 = extractelement <16 x float> %322, i64 8, !dbg !27
  %332 = extractelement <16 x float> %322, i64 9, !dbg !27
  %333 = extractelement <16 x float> %322, i64 10, !dbg !27
  %334 = extractelement <16 x float> %322, i64 11, !dbg !27
  %335 = extractelement <16 x float> %322, i64 12, !dbg !27
  %336 = extractelement <16 x float> %322, i64 13, !dbg !27
  %337 = extractelement <16 x float> %322, i64 14, !dbg !27
  %338 = extractelement <16 x float> %322, i64 15, !dbg !27
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  store i16 %261, ptr addrspace(3) %106, align 2, !dbg !21
  store i16 %267, ptr addrspace(3) %108, align 2, !dbg !21
  store i16 %264, ptr addrspace(3) %110, align 2, !dbg !21
  store i16 %270, ptr addrspace(3) %112, align 2, !dbg !21
  store i16 %289, ptr addrspace(3) %113, align 2, !dbg !25
  store i16 %295, ptr addrspace(3) %114, align 2, !dbg !25
  store i16 %292, ptr addrspace(3) %115, align 2, !dbg !25
  store i16 %298, ptr addrspace(3) %116, align 2, !dbg !25
  %339 = icmp slt i32 %243, %117, !dbg !17
  br i1 %339, label %225, label %._crit_edge, !dbg !17, !llvm.loop !29

._crit_edge:                                      ; preds = %225, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi22 = phi i32 [ %.pre21, %.._crit_edge_crit_edge ], [ %136, %.lr.ph ], [ %136, %225 ], !dbg !25
  %.pre-phi20 = phi i32 [ %.pre19, %.._crit_edge_crit_edge ], [ %135, %.lr.ph ], [ %135, %225 ], !dbg !25
  %.pre-phi = phi i32 [ %.pre, %.._crit_edge_crit_edge ], [ %120, %.lr.ph ], [ %120, %225 ], !dbg !21
  %340 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %204, %.lr.ph ], [ %323, %225 ]
  %341 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %205, %.lr.ph ], [ %324, %225 ]
  %342 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %206, %.lr.ph ], [ %325, %225 ]
  %343 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %207, %.lr.ph ], [ %326, %225 ]
  %344 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %208, %.lr.ph ], [ %327, %225 ]
  %345 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %209, %.lr.ph ], [ %328, %225 ]
  %346 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %210, %.lr.ph ], [ %329, %225 ]
  %347 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %211, %.lr.ph ], [ %330, %225 ]
  %348 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %212, %.lr.ph ], [ %331, %225 ]
  %349 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %213, %.lr.ph ], [ %332, %225 ]
  %350 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %214, %.lr.ph ], [ %333, %225 ]
  %351 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %215, %.lr.ph ], [ %334, %225 ]
  %352 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %216, %.lr.ph ], [ %335, %225 ]
  %353 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %217, %.lr.ph ], [ %336, %225 ]
  %354 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %218, %.lr.ph ], [ %337, %225 ]
  %355 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %219, %.lr.ph ], [ %338, %225 ]
  %356 = add i32 %5, 31, !dbg !17
  %357 = icmp sgt i32 %356, 31, !dbg !17
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !21
  tail call void @llvm.amdgcn.s.barrier(), !dbg !21
  %358 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %.pre-phi20, !dbg !25
  %359 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %358), !dbg !25
  %360 = getelementptr inbounds nuw i8, ptr addrspace(3) %358, i32 1024, !dbg !25
  %361 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %360), !dbg !25
  %362 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %.pre-phi22, !dbg !25
  %363 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %362), !dbg !25
  %364 = getelementptr inbounds nuw i8, ptr addrspace(3) %362, i32 1024, !dbg !25
  %365 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %364), !dbg !25
  br i1 %357, label %366, label %._crit_edge._crit_edge, !dbg !27

366:                                              ; preds = %._crit_edge
  %367 = shl nuw nsw i32 %13, 6, !dbg !21
  %368 = shl nuw nsw i32 %.pre-phi, 2, !dbg !21
  %369 = lshr exact i32 %19, 1, !dbg !21
  %370 = xor i32 %368, %369, !dbg !21
  %371 = or disjoint i32 %370, %367, !dbg !21
  %372 = xor i32 %371, 32, !dbg !21
  %373 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %372, !dbg !21
  %374 = load <8 x bfloat>, ptr addrspace(3) %373, align 16, !dbg !21
  %375 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %371, !dbg !21
  %376 = load <8 x bfloat>, ptr addrspace(3) %375, align 16, !dbg !21
  %377 = shufflevector <4 x bfloat> %359, <4 x bfloat> %363, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %378 = shufflevector <4 x bfloat> %361, <4 x bfloat> %365, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !27
  %379 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %340, i64 0, !dbg !27
  %380 = insertelement <16 x float> %379, float %341, i64 1, !dbg !27
  %381 = insertelement <16 x float> %380, float %342, i64 2, !dbg !27
  %382 = insertelement <16 x float> %381, float %343, i64 3, !dbg !27
  %383 = insertelement <16 x float> %382, float %344, i64 4, !dbg !27
  %384 = insertelement <16 x float> %383, float %345, i64 5, !dbg !27
  %385 = insertelement <16 x float> %384, float %346, i64 6, !dbg !27
  %386 = insertelement <16 x float> %385, float %347, i64 7, !dbg !27
  %387 = insertelement <16 x float> %386, float %348, i64 8, !dbg !27
  %388 = insertelement <16 x float> %387, float %349, i64 9, !dbg !27
  %389 = insertelement <16 x float> %388, float %350, i64 10, !dbg !27
  %390 = insertelement <16 x float> %389, float %351, i64 11, !dbg !27
  %391 = insertelement <16 x float> %390, float %352, i64 12, !dbg !27
  %392 = insertelement <16 x float> %391, float %353, i64 13, !dbg !27
  %393 = insertelement <16 x float> %392, float %354, i64 14, !dbg !27
  %394 = insertelement <16 x float> %393, float %355, i64 15, !dbg !27
  %395 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %377, <8 x bfloat> %376, <16 x float> %394, i32 0, i32 0, i32 0), !dbg !27
  %396 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %378, <8 x bfloat> %374, <16 x float> %395, i32 0, i32 0, i32 0), !dbg !27
  %397 = extractelement <16 x float> %396, i64 0, !dbg !27
  %398 = extractelement <16 x float> %396, i64 1, !dbg !27
  %399 = extractelement <16 x float> %396, i64 2, !dbg !27
  %400 = extractelement <16 x float> %396, i64 3, !dbg !27
  %401 = extractelement <16 x float> %396, i64 4, !dbg !27
  %402 = extractelement <16 x float> %396, i64 5, !dbg !27
  %403 = extractelement <16 x float> %396, i64 6, !dbg !27
  %404 = extractelement <16 x float> %396, i64 7, !dbg !27
  %405 = extractelement <16 x float> %396, i64 8, !dbg !27
  %406 = extractelement <16 x float> %396, i64 9, !dbg !27
  %407 = extractelement <16 x float> %396, i64 10, !dbg !27
  %408 = extractelement <16 x float> %396, i64 11, !dbg !27
  %409 = extractelement <16 x float> %396, i64 12, !dbg !27
  %410 = extractelement <16 x float> %396, i64 13, !dbg !27
  %411 = extractelement <16 x float> %396, i64 14, !dbg !27
  %412 = extractelement <16 x float> %396, i64 15, !dbg !27
  br label %._crit_edge._crit_edge, !dbg !27

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %366
  %413 = phi float [ %412, %366 ], [ %355, %._crit_edge ], !dbg !17
  %414 = phi float [ %411, %366 ], [ %354, %._crit_edge ], !dbg !17
  %415 = phi float [ %410, %366 ], [ %353, %._crit_edge ], !dbg !17
  %416 = phi float [ %409, %366 ], [ %352, %._crit_edge ], !dbg !17
  %417 = phi float [ %408, %366 ], [ %351, %._crit_edge ], !dbg !17
  %418 = phi float [ %407, %366 ], [ %350, %._crit_edge ], !dbg !17
  %419 = phi float [ %406, %366 ], [ %349, %._crit_edge ], !dbg !17
  %420 = phi float [ %405, %366 ], [ %348, %._crit_edge ], !dbg !17
  %421 = phi float [ %404, %366 ], [ %347, %._crit_edge ], !dbg !17
  %422 = phi float [ %403, %366 ], [ %346, %._crit_edge ], !dbg !17
  %423 = phi float [ %402, %366 ], [ %345, %._crit_edge ], !dbg !17
  %424 = phi float [ %401, %366 ], [ %344, %._crit_edge ], !dbg !17
  %425 = phi float [ %400, %366 ], [ %343, %._crit_edge ], !dbg !17
  %426 = phi float [ %399, %366 ], [ %342, %._crit_edge ], !dbg !17
  %427 = phi float [ %398, %366 ], [ %341, %._crit_edge ], !dbg !17
  %428 = phi float [ %397, %366 ], [ %340, %._crit_edge ], !dbg !17
  %429 = lshr exact i32 %19, 3, !dbg !10
  %430 = or disjoint i32 %429, 27, !dbg !10
  %431 = or disjoint i32 %430, %25, !dbg !13
  %432 = or disjoint i32 %429, 26, !dbg !10
  %433 = or disjoint i32 %432, %25, !dbg !13
  %434 = or disjoint i32 %429, 25, !dbg !10
  %435 = or disjoint i32 %434, %25, !dbg !13
  %436 = or disjoint i32 %429, 24, !dbg !10
  %437 = or disjoint i32 %436, %25, !dbg !13
  %438 = or disjoint i32 %429, 19, !dbg !10
  %439 = or disjoint i32 %438, %25, !dbg !13
  %440 = or disjoint i32 %429, 18, !dbg !10
  %441 = or disjoint i32 %440, %25, !dbg !13
  %442 = or disjoint i32 %429, 17, !dbg !10
  %443 = or disjoint i32 %442, %25, !dbg !13
  %444 = or disjoint i32 %429, 16, !dbg !10
  %445 = or disjoint i32 %444, %25, !dbg !13
  %446 = or disjoint i32 %429, 11, !dbg !10
  %447 = or disjoint i32 %446, %25, !dbg !13
  %448 = or disjoint i32 %429, 10, !dbg !10
  %449 = or disjoint i32 %448, %25, !dbg !13
  %450 = or disjoint i32 %429, 9, !dbg !10
  %451 = or disjoint i32 %450, %25, !dbg !13
  %452 = or disjoint i32 %429, 8, !dbg !10
  %453 = or disjoint i32 %452, %25, !dbg !13
  %454 = or disjoint i32 %429, 3, !dbg !10
  %455 = or disjoint i32 %454, %25, !dbg !13
  %456 = or disjoint i32 %429, 2, !dbg !10
  %457 = or disjoint i32 %456, %25, !dbg !13
  %458 = or disjoint i32 %429, 1, !dbg !10
  %459 = or disjoint i32 %458, %25, !dbg !13
  %460 = or disjoint i32 %429, %25, !dbg !13
  %461 = or disjoint i32 %11, %13, !dbg !11
  %462 = icmp slt i32 %461, %3, !dbg !31
  %463 = icmp slt i32 %460, %4, !dbg !32
  %464 = icmp slt i32 %459, %4, !dbg !32
  %465 = icmp slt i32 %457, %4, !dbg !32
  %466 = icmp slt i32 %455, %4, !dbg !32
  %467 = icmp slt i32 %453, %4, !dbg !32
  %468 = icmp slt i32 %451, %4, !dbg !32
  %469 = icmp slt i32 %449, %4, !dbg !32
  %470 = icmp slt i32 %447, %4, !dbg !32
  %471 = icmp slt i32 %445, %4, !dbg !32
  %472 = icmp slt i32 %443, %4, !dbg !32
  %473 = icmp slt i32 %441, %4, !dbg !32
  %474 = icmp slt i32 %439, %4, !dbg !32
  %475 = icmp slt i32 %437, %4, !dbg !32
  %476 = icmp slt i32 %435, %4, !dbg !32
  %477 = icmp slt i32 %433, %4, !dbg !32
  %478 = icmp slt i32 %431, %4, !dbg !32
  %479 = and i1 %462, %463, !dbg !33
  %480 = and i1 %462, %464, !dbg !33
  %481 = and i1 %462, %465, !dbg !33
  %482 = and i1 %462, %466, !dbg !33
  %483 = and i1 %462, %467, !dbg !33
  %484 = and i1 %462, %468, !dbg !33
  %485 = and i1 %462, %469, !dbg !33
  %486 = and i1 %462, %470, !dbg !33
  %487 = and i1 %462, %471, !dbg !33
  %488 = and i1 %462, %472, !dbg !33
  %489 = and i1 %462, %473, !dbg !33
  %490 = and i1 %462, %474, !dbg !33
  %491 = and i1 %462, %475, !dbg !33
  %492 = and i1 %462, %476, !dbg !33
  %493 = and i1 %462, %477, !dbg !33
  %494 = and i1 %462, %478, !dbg !33
  %495 = mul i32 %4, %11, !dbg !34
  %496 = mul i32 %4, %13, !dbg !35
  %497 = add i32 %495, %25, !dbg !35
  %498 = add i32 %497, %496, !dbg !35
  %499 = add i32 %498, %429, !dbg !35
  %500 = add i32 %498, %458, !dbg !35
  %501 = add i32 %498, %456, !dbg !35
  %502 = add i32 %498, %454, !dbg !35
  %503 = add i32 %498, %452, !dbg !35
  %504 = add i32 %498, %450, !dbg !35
  %505 = add i32 %498, %448, !dbg !35
  %506 = add i32 %498, %446, !dbg !35
  %507 = add i32 %498, %444, !dbg !35
  %508 = add i32 %498, %442, !dbg !35
  %509 = add i32 %498, %440, !dbg !35
  %510 = add i32 %498, %438, !dbg !35
  %511 = add i32 %498, %436, !dbg !35
  %512 = add i32 %498, %434, !dbg !35
  %513 = add i32 %498, %432, !dbg !35
  %514 = add i32 %498, %430, !dbg !35
  %515 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !36
  %516 = and i32 %12, 192, !dbg !36
  %517 = icmp eq i32 %516, 0, !dbg !36
  %518 = and i1 %517, %479, !dbg !36
  %519 = shl i32 %499, 2, !dbg !36
  %520 = select i1 %518, i32 %519, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %428, ptr addrspace(8) %515, i32 %520, i32 0, i32 0), !dbg !36
  %521 = and i1 %517, %480, !dbg !36
  %522 = shl i32 %500, 2, !dbg !36
  %523 = select i1 %521, i32 %522, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %427, ptr addrspace(8) %515, i32 %523, i32 0, i32 0), !dbg !36
  %524 = and i1 %517, %481, !dbg !36
  %525 = shl i32 %501, 2, !dbg !36
  %526 = select i1 %524, i32 %525, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %426, ptr addrspace(8) %515, i32 %526, i32 0, i32 0), !dbg !36
  %527 = and i1 %517, %482, !dbg !36
  %528 = shl i32 %502, 2, !dbg !36
  %529 = select i1 %527, i32 %528, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %425, ptr addrspace(8) %515, i32 %529, i32 0, i32 0), !dbg !36
  %530 = and i1 %517, %483, !dbg !36
  %531 = shl i32 %503, 2, !dbg !36
  %532 = select i1 %530, i32 %531, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %424, ptr addrspace(8) %515, i32 %532, i32 0, i32 0), !dbg !36
  %533 = and i1 %517, %484, !dbg !36
  %534 = shl i32 %504, 2, !dbg !36
  %535 = select i1 %533, i32 %534, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %423, ptr addrspace(8) %515, i32 %535, i32 0, i32 0), !dbg !36
  %536 = and i1 %517, %485, !dbg !36
  %537 = shl i32 %505, 2, !dbg !36
  %538 = select i1 %536, i32 %537, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %422, ptr addrspace(8) %515, i32 %538, i32 0, i32 0), !dbg !36
  %539 = and i1 %517, %486, !dbg !36
  %540 = shl i32 %506, 2, !dbg !36
  %541 = select i1 %539, i32 %540, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %421, ptr addrspace(8) %515, i32 %541, i32 0, i32 0), !dbg !36
  %542 = and i1 %517, %487, !dbg !36
  %543 = shl i32 %507, 2, !dbg !36
  %544 = select i1 %542, i32 %543, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %420, ptr addrspace(8) %515, i32 %544, i32 0, i32 0), !dbg !36
  %545 = and i1 %517, %488, !dbg !36
  %546 = shl i32 %508, 2, !dbg !36
  %547 = select i1 %545, i32 %546, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %419, ptr addrspace(8) %515, i32 %547, i32 0, i32 0), !dbg !36
  %548 = and i1 %517, %489, !dbg !36
  %549 = shl i32 %509, 2, !dbg !36
  %550 = select i1 %548, i32 %549, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %418, ptr addrspace(8) %515, i32 %550, i32 0, i32 0), !dbg !36
  %551 = and i1 %517, %490, !dbg !36
  %552 = shl i32 %510, 2, !dbg !36
  %553 = select i1 %551, i32 %552, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %417, ptr addrspace(8) %515, i32 %553, i32 0, i32 0), !dbg !36
  %554 = and i1 %517, %491, !dbg !36
  %555 = shl i32 %511, 2, !dbg !36
  %556 = select i1 %554, i32 %555, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %416, ptr addrspace(8) %515, i32 %556, i32 0, i32 0), !dbg !36
  %557 = and i1 %517, %492, !dbg !36
  %558 = shl i32 %512, 2, !dbg !36
  %559 = select i1 %557, i32 %558, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %415, ptr addrspace(8) %515, i32 %559, i32 0, i32 0), !dbg !36
  %560 = and i1 %517, %493, !dbg !36
  %561 = shl i32 %513, 2, !dbg !36
  %562 = select i1 %560, i32 %561, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %414, ptr addrspace(8) %515, i32 %562, i32 0, i32 0), !dbg !36
  %563 = and i1 %517, %494, !dbg !36
  %564 = shl i32 %514, 2, !dbg !36
  %565 = select i1 %563, i32 %564, i32 -2147483648, !dbg !36
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %413, ptr addrspace(8) %515, i32 %565, i32 0, i32 0), !dbg !36
  ret void, !dbg !37
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
declare i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) captures(none)) #5

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat>, <8 x bfloat>, <16 x float>, i32 immarg, i32 immarg, i32 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.f32(float, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #7

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #5 = { convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #6 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "bf16_dot_kernel", linkageName: "bf16_dot_kernel", scope: !1, file: !1, line: 93, type: !5, scopeLine: 93, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 95, column: 26, scope: !4)
!8 = !DILocation(line: 96, column: 26, scope: !4)
!9 = !DILocation(line: 97, column: 17, scope: !4)
!10 = !DILocation(line: 97, column: 35, scope: !4)
!11 = !DILocation(line: 97, column: 22, scope: !4)
!12 = !DILocation(line: 98, column: 17, scope: !4)
!13 = !DILocation(line: 98, column: 22, scope: !4)
!14 = !DILocation(line: 103, column: 40, scope: !4)
!15 = !DILocation(line: 102, column: 28, scope: !4)
!16 = !DILocation(line: 105, column: 60, scope: !4)
!17 = !DILocation(line: 100, column: 26, scope: !4)
!18 = !DILocation(line: 103, column: 60, scope: !4)
!19 = !DILocation(line: 103, column: 46, scope: !4)
!20 = !DILocation(line: 102, column: 46, scope: !4)
!21 = !DILocation(line: 102, column: 20, scope: !4)
!22 = !DILocation(line: 105, column: 40, scope: !4)
!23 = !DILocation(line: 105, column: 46, scope: !4)
!24 = !DILocation(line: 104, column: 46, scope: !4)
!25 = !DILocation(line: 104, column: 20, scope: !4)
!26 = !DILocation(line: 101, column: 18, scope: !4)
!27 = !DILocation(line: 106, column: 25, scope: !4)
!28 = !DILocation(line: 104, column: 28, scope: !4)
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.peeled.count", i32 1}
!31 = !DILocation(line: 108, column: 33, scope: !4)
!32 = !DILocation(line: 108, column: 53, scope: !4)
!33 = !DILocation(line: 108, column: 39, scope: !4)
!34 = !DILocation(line: 107, column: 21, scope: !4)
!35 = !DILocation(line: 107, column: 39, scope: !4)
!36 = !DILocation(line: 107, column: 52, scope: !4)
!37 = !DILocation(line: 107, column: 4, scope: !4)
