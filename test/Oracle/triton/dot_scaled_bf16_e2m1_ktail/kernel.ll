; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @dot_scaled_ktail_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, i32 inreg %5, i32 inreg %6, ptr addrspace(1) inreg readnone captures(none) %7, ptr addrspace(1) inreg readnone captures(none) %8) local_unnamed_addr #0 !dbg !4 {
  %10 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %11 = tail call i32 @llvm.amdgcn.workgroup.id.y(), !dbg !8
  %12 = shl i32 %10, 5, !dbg !9
  %13 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %14 = and i32 %13, 255, !dbg !10
  %15 = and i32 %13, 240, !dbg !10
  %16 = lshr exact i32 %15, 4, !dbg !10
  %17 = or disjoint i32 %16, 16, !dbg !10
  %18 = lshr i32 %13, 3, !dbg !10
  %19 = and i32 %18, 31, !dbg !10
  %20 = and i32 %13, 31, !dbg !10
  %21 = and i32 %13, 15, !dbg !10
  %22 = and i32 %13, 128, !dbg !10
  %23 = or disjoint i32 %16, %12, !dbg !11
  %24 = or disjoint i32 %17, %12, !dbg !11
  %25 = shl i32 %11, 5, !dbg !12
  %26 = or disjoint i32 %19, %25, !dbg !13
  %27 = or disjoint i32 %25, %20, !dbg !13
  %28 = shl nuw nsw i32 %21, 3, !dbg !14
  %29 = shl nuw nsw i32 %13, 3, !dbg !15
  %30 = and i32 %29, 56, !dbg !15
  %31 = icmp slt i32 %23, %4, !dbg !16
  %32 = icmp slt i32 %24, %4, !dbg !16
  %33 = mul i32 %6, %12, !dbg !17
  %34 = icmp slt i32 %26, %5, !dbg !18
  %35 = icmp slt i32 %27, %5, !dbg !18
  %36 = sdiv i32 %6, 2, !dbg !19
  %37 = mul i32 %36, %25, !dbg !20
  %38 = sdiv i32 %6, 32, !dbg !21
  %39 = mul i32 %38, %25, !dbg !22
  %40 = icmp sgt i32 %6, 0, !dbg !23
  %41 = icmp slt i32 %28, %6, !dbg !24
  %42 = and i1 %31, %41, !dbg !25
  %43 = and i1 %32, %41, !dbg !25
  %44 = mul i32 %6, %16, !dbg !26
  %45 = mul i32 %6, %17, !dbg !26
  %46 = add i32 %44, %28, !dbg !26
  %47 = add i32 %45, %28, !dbg !26
  %48 = add i32 %46, %33, !dbg !26
  %49 = add i32 %47, %33, !dbg !26
  %50 = and i1 %40, %42, !dbg !23
  %51 = and i1 %40, %43, !dbg !23
  %52 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !27
  %53 = shl i32 %48, 1, !dbg !27
  %54 = select i1 %50, i32 %53, i32 -2147483648, !dbg !27
  %55 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %54, i32 0, i32 0), !dbg !27
  %56 = shl i32 %49, 1, !dbg !27
  %57 = select i1 %51, i32 %56, i32 -2147483648, !dbg !27
  %58 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %57, i32 0, i32 0), !dbg !27
  %59 = icmp slt i32 %30, %36, !dbg !28
  %60 = and i1 %34, %59, !dbg !29
  %61 = mul i32 %36, %19, !dbg !30
  %62 = add i32 %61, %30, !dbg !30
  %63 = add i32 %62, %37, !dbg !30
  %64 = and i1 %40, %60, !dbg !23
  %65 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !31
  %66 = select i1 %64, i32 %63, i32 -2147483648, !dbg !31
  %67 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %65, i32 %66, i32 0, i32 0), !dbg !31
  %68 = icmp sgt i32 %6, 31, !dbg !32
  %69 = icmp sgt i32 %6, 63, !dbg !32
  %70 = icmp sgt i32 %6, 95, !dbg !32
  %71 = icmp sgt i32 %6, 127, !dbg !32
  %72 = and i1 %35, %68, !dbg !33
  %73 = and i1 %35, %69, !dbg !33
  %74 = and i1 %35, %70, !dbg !33
  %75 = and i1 %35, %71, !dbg !33
  %76 = mul nsw i32 %38, %20, !dbg !34
  %77 = add nsw i32 %76, 1, !dbg !34
  %78 = add nsw i32 %76, 2, !dbg !34
  %79 = add nsw i32 %76, 3, !dbg !34
  %80 = add i32 %39, %76, !dbg !34
  %81 = add i32 %77, %39, !dbg !34
  %82 = add i32 %78, %39, !dbg !34
  %83 = add i32 %79, %39, !dbg !34
  %84 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !35
  %85 = select i1 %72, i32 %80, i32 -2147483648, !dbg !35
  %86 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %85, i32 0, i32 0), !dbg !35
  %87 = select i1 %72, i8 %86, i8 127, !dbg !35
  %88 = select i1 %73, i32 %81, i32 -2147483648, !dbg !35
  %89 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %88, i32 0, i32 0), !dbg !35
  %90 = select i1 %73, i8 %89, i8 127, !dbg !35
  %91 = select i1 %74, i32 %82, i32 -2147483648, !dbg !35
  %92 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %91, i32 0, i32 0), !dbg !35
  %93 = select i1 %74, i8 %92, i8 127, !dbg !35
  %94 = select i1 %75, i32 %83, i32 -2147483648, !dbg !35
  %95 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %94, i32 0, i32 0), !dbg !35
  %96 = select i1 %75, i8 %95, i8 127, !dbg !35
  %97 = shl nuw nsw i32 %14, 4, !dbg !27
  %98 = xor i32 %97, %15, !dbg !27
  %99 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %98, !dbg !27
  store <4 x i32> %55, ptr addrspace(3) %99, align 16, !dbg !27
  %100 = getelementptr inbounds nuw i8, ptr addrspace(3) %99, i32 4096, !dbg !27
  store <4 x i32> %58, ptr addrspace(3) %100, align 16, !dbg !27
  %101 = shl nuw nsw i32 %14, 3, !dbg !31
  %102 = lshr i32 %13, 2, !dbg !31
  %103 = and i32 %102, 24, !dbg !31
  %104 = xor i32 %101, %103, !dbg !31
  %105 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %104, !dbg !31
  store <2 x i32> %67, ptr addrspace(3) %105, align 8, !dbg !31
  %106 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 10240), i32 %20, !dbg !35
  %107 = insertelement <1 x i8> poison, i8 %87, i64 0, !dbg !35
  store <1 x i8> %107, ptr addrspace(3) %106, align 1, !dbg !35
  %108 = getelementptr inbounds nuw i8, ptr addrspace(3) %106, i32 32, !dbg !35
  %109 = insertelement <1 x i8> poison, i8 %90, i64 0, !dbg !35
  store <1 x i8> %109, ptr addrspace(3) %108, align 1, !dbg !35
  %110 = getelementptr inbounds nuw i8, ptr addrspace(3) %106, i32 64, !dbg !35
  %111 = insertelement <1 x i8> poison, i8 %93, i64 0, !dbg !35
  store <1 x i8> %111, ptr addrspace(3) %110, align 1, !dbg !35
  %112 = getelementptr inbounds nuw i8, ptr addrspace(3) %106, i32 96, !dbg !35
  %113 = insertelement <1 x i8> poison, i8 %96, i64 0, !dbg !35
  store <1 x i8> %113, ptr addrspace(3) %112, align 1, !dbg !35
  %114 = add i32 %6, -128, !dbg !23
  %115 = icmp sgt i32 %114, 0, !dbg !23
  br i1 %115, label %.lr.ph, label %._crit_edge, !dbg !23

.lr.ph:                                           ; preds = %9
  %116 = shl nuw nsw i32 %21, 8
  %117 = shl nuw nsw i32 %21, 4
  %118 = and i32 %13, 48
  %119 = shl nuw nsw i32 %22, 5
  %120 = or disjoint i32 %116, %119
  %121 = xor i32 %117, %118
  %122 = or disjoint i32 %120, %121
  %123 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %122
  %124 = xor i32 %122, 64
  %125 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %124
  %126 = xor i32 %122, 128
  %127 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %126
  %128 = xor i32 %122, 192
  %129 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %128
  %130 = shl nuw nsw i32 %21, 6
  %131 = shl nuw nsw i32 %13, 1
  %132 = and i32 %131, 24
  %133 = lshr exact i32 %118, 2
  %134 = and i32 %13, 64
  %135 = shl nuw nsw i32 %134, 4
  %136 = or disjoint i32 %130, %135
  %137 = xor i32 %132, %133
  %138 = or disjoint i32 %136, %137
  %139 = xor i32 %138, 16
  %140 = lshr exact i32 %134, 2
  %141 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %138
  %142 = getelementptr inbounds nuw i8, ptr addrspace(3) %141, i32 32
  %143 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %139
  %144 = getelementptr inbounds nuw i8, ptr addrspace(3) %143, i32 32
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 10240), i32 %140
  %146 = getelementptr inbounds nuw i8, ptr addrspace(3) %145, i32 %21
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) %146, i32 32
  %148 = getelementptr inbounds nuw i8, ptr addrspace(3) %146, i32 64
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) %146, i32 96
  br label %150, !dbg !23

150:                                              ; preds = %.lr.ph, %150
  %151 = phi float [ 0.000000e+00, %.lr.ph ], [ %354, %150 ]
  %152 = phi float [ 0.000000e+00, %.lr.ph ], [ %355, %150 ]
  %153 = phi float [ 0.000000e+00, %.lr.ph ], [ %356, %150 ]
  %154 = phi float [ 0.000000e+00, %.lr.ph ], [ %357, %150 ]
  %155 = phi i32 [ 0, %.lr.ph ], [ %156, %150 ]
  %156 = add i32 %155, 128, !dbg !23
  %157 = or disjoint i32 %156, %28, !dbg !36
  %158 = ashr exact i32 %156, 1, !dbg !37
  %159 = or disjoint i32 %158, %30, !dbg !38
  %160 = ashr exact i32 %156, 5, !dbg !39
  %161 = or disjoint i32 %160, 1, !dbg !40
  %162 = or disjoint i32 %160, 2, !dbg !40
  %163 = or disjoint i32 %160, 3, !dbg !40
  %164 = icmp slt i32 %157, %6, !dbg !24
  %165 = and i1 %31, %164, !dbg !25
  %166 = and i1 %32, %164, !dbg !25
  %167 = add i32 %156, %33, !dbg !26
  %168 = add i32 %167, %46, !dbg !26
  %169 = add i32 %167, %47, !dbg !26
  %170 = shl i32 %168, 1, !dbg !27
  %171 = select i1 %165, i32 %170, i32 -2147483648, !dbg !27
  %172 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %171, i32 0, i32 0), !dbg !27
  %173 = shl i32 %169, 1, !dbg !27
  %174 = select i1 %166, i32 %173, i32 -2147483648, !dbg !27
  %175 = tail call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %52, i32 %174, i32 0, i32 0), !dbg !27
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !27
  tail call void @llvm.amdgcn.s.barrier(), !dbg !27
  %176 = load <8 x bfloat>, ptr addrspace(3) %123, align 16, !dbg !27
  %177 = load <8 x bfloat>, ptr addrspace(3) %125, align 16, !dbg !27
  %178 = load <8 x bfloat>, ptr addrspace(3) %127, align 16, !dbg !27
  %179 = load <8 x bfloat>, ptr addrspace(3) %129, align 16, !dbg !27
  %180 = icmp slt i32 %159, %36, !dbg !28
  %181 = and i1 %34, %180, !dbg !29
  %182 = add i32 %63, %158, !dbg !30
  %183 = select i1 %181, i32 %182, i32 -2147483648, !dbg !31
  %184 = tail call <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) %65, i32 %183, i32 0, i32 0), !dbg !31
  %185 = load i32, ptr addrspace(3) %141, align 4, !dbg !41
  %186 = load i32, ptr addrspace(3) %142, align 4, !dbg !41
  %187 = load i32, ptr addrspace(3) %143, align 4, !dbg !41
  %188 = load i32, ptr addrspace(3) %144, align 4, !dbg !41
  %189 = icmp slt i32 %160, %38, !dbg !32
  %190 = icmp slt i32 %161, %38, !dbg !32
  %191 = icmp slt i32 %162, %38, !dbg !32
  %192 = icmp slt i32 %163, %38, !dbg !32
  %193 = and i1 %35, %189, !dbg !33
  %194 = and i1 %35, %190, !dbg !33
  %195 = and i1 %35, %191, !dbg !33
  %196 = and i1 %35, %192, !dbg !33
  %197 = add i32 %160, %39, !dbg !34
  %198 = add i32 %197, %76, !dbg !34
  %199 = add i32 %197, %77, !dbg !34
  %200 = add i32 %197, %78, !dbg !34
  %201 = add i32 %197, %79, !dbg !34
  %202 = select i1 %193, i32 %198, i32 -2147483648, !dbg !35
  %203 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %202, i32 0, i32 0), !dbg !35
  %204 = select i1 %193, i8 %203, i8 127, !dbg !35
  %205 = select i1 %194, i32 %199, i32 -2147483648, !dbg !35
  %206 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %205, i32 0, i32 0), !dbg !35
  %207 = select i1 %194, i8 %206, i8 127, !dbg !35
  %208 = select i1 %195, i32 %200, i32 -2147483648, !dbg !35
  %209 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %208, i32 0, i32 0), !dbg !35
  %210 = select i1 %195, i8 %209, i8 127, !dbg !35
  %211 = select i1 %196, i32 %201, i32 -2147483648, !dbg !35
  %212 = tail call i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) %84, i32 %211, i32 0, i32 0), !dbg !35
  %213 = select i1 %196, i8 %212, i8 127, !dbg !35
  %214 = load i8, ptr addrspace(3) %146, align 1, !dbg !35
  %215 = load i8, ptr addrspace(3) %147, align 1, !dbg !35
  %216 = load i8, ptr addrspace(3) %148, align 1, !dbg !35
  %217 = load i8, ptr addrspace(3) %149, align 1, !dbg !35
  %218 = zext i8 %214 to i32, !dbg !35
  %219 = zext i8 %215 to i32, !dbg !35
  %220 = zext i8 %216 to i32, !dbg !35
  %221 = zext i8 %217 to i32, !dbg !35
  %222 = shl nuw nsw i32 %218, 23, !dbg !35
  %223 = shl nuw nsw i32 %219, 23, !dbg !35
  %224 = shl nuw nsw i32 %220, 23, !dbg !35
  %225 = shl nuw nsw i32 %221, 23, !dbg !35
  %226 = bitcast i32 %222 to float, !dbg !41
  %227 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %185, float %226, i32 0), !dbg !41
  %228 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %185, float %226, i32 1), !dbg !41
  %229 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %185, float %226, i32 2), !dbg !41
  %230 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %185, float %226, i32 3), !dbg !41
  %231 = extractelement <2 x bfloat> %227, i64 0, !dbg !41
  %232 = extractelement <2 x bfloat> %227, i64 1, !dbg !41
  %233 = extractelement <2 x bfloat> %228, i64 0, !dbg !41
  %234 = extractelement <2 x bfloat> %228, i64 1, !dbg !41
  %235 = extractelement <2 x bfloat> %229, i64 0, !dbg !41
  %236 = extractelement <2 x bfloat> %229, i64 1, !dbg !41
  %237 = extractelement <2 x bfloat> %230, i64 0, !dbg !41
  %238 = extractelement <2 x bfloat> %230, i64 1, !dbg !41
  %239 = bitcast i32 %223 to float, !dbg !41
  %240 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %187, float %239, i32 0), !dbg !41
  %241 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %187, float %239, i32 1), !dbg !41
  %242 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %187, float %239, i32 2), !dbg !41
  %243 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %187, float %239, i32 3), !dbg !41
  %244 = extractelement <2 x bfloat> %240, i64 0, !dbg !41
  %245 = extractelement <2 x bfloat> %240, i64 1, !dbg !41
  %246 = extractelement <2 x bfloat> %241, i64 0, !dbg !41
  %247 = extractelement <2 x bfloat> %241, i64 1, !dbg !41
  %248 = extractelement <2 x bfloat> %242, i64 0, !dbg !41
  %249 = extractelement <2 x bfloat> %242, i64 1, !dbg !41
  %250 = extractelement <2 x bfloat> %243, i64 0, !dbg !41
  %251 = extractelement <2 x bfloat> %243, i64 1, !dbg !41
  %252 = bitcast i32 %224 to float, !dbg !41
  %253 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %186, float %252, i32 0), !dbg !41
  %254 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %186, float %252, i32 1), !dbg !41
  %255 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %186, float %252, i32 2), !dbg !41
  %256 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %186, float %252, i32 3), !dbg !41
  %257 = extractelement <2 x bfloat> %253, i64 0, !dbg !41
  %258 = extractelement <2 x bfloat> %253, i64 1, !dbg !41
  %259 = extractelement <2 x bfloat> %254, i64 0, !dbg !41
  %260 = extractelement <2 x bfloat> %254, i64 1, !dbg !41
  %261 = extractelement <2 x bfloat> %255, i64 0, !dbg !41
  %262 = extractelement <2 x bfloat> %255, i64 1, !dbg !41
  %263 = extractelement <2 x bfloat> %256, i64 0, !dbg !41
  %264 = extractelement <2 x bfloat> %256, i64 1, !dbg !41
  %265 = bitcast i32 %225 to float, !dbg !41
  %266 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %188, float %265, i32 0), !dbg !41
  %267 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %188, float %265, i32 1), !dbg !41
  %268 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %188, float %265, i32 2), !dbg !41
  %269 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %188, float %265, i32 3), !dbg !41
  %270 = extractelement <2 x bfloat> %266, i64 0, !dbg !41
  %271 = extractelement <2 x bfloat> %266, i64 1, !dbg !41
  %272 = extractelement <2 x bfloat> %267, i64 0, !dbg !41
  %273 = extractelement <2 x bfloat> %267, i64 1, !dbg !41
  %274 = extractelement <2 x bfloat> %268, i64 0, !dbg !41
  %275 = extractelement <2 x bfloat> %268, i64 1, !dbg !41
  %276 = extractelement <2 x bfloat> %269, i64 0, !dbg !41
  %277 = extractelement <2 x bfloat> %269, i64 1, !dbg !41
  %278 = icmp eq i8 %214, -1, !dbg !35
  %279 = icmp eq i8 %215, -1, !dbg !35
  %280 = icmp eq i8 %216, -1, !dbg !35
  %281 = icmp eq i8 %217, -1, !dbg !35
  %282 = select i1 %278, bfloat 0xR7FC0, bfloat %231, !dbg !35
  %283 = select i1 %278, bfloat 0xR7FC0, bfloat %232, !dbg !35
  %284 = select i1 %278, bfloat 0xR7FC0, bfloat %233, !dbg !35
  %285 = select i1 %278, bfloat 0xR7FC0, bfloat %234, !dbg !35
  %286 = select i1 %278, bfloat 0xR7FC0, bfloat %235, !dbg !35
  %287 = select i1 %278, bfloat 0xR7FC0, bfloat %236, !dbg !35
  %288 = select i1 %278, bfloat 0xR7FC0, bfloat %237, !dbg !35
  %289 = select i1 %278, bfloat 0xR7FC0, bfloat %238, !dbg !35
  %290 = select i1 %279, bfloat 0xR7FC0, bfloat %244, !dbg !35
  %291 = select i1 %279, bfloat 0xR7FC0, bfloat %245, !dbg !35
  %292 = select i1 %279, bfloat 0xR7FC0, bfloat %246, !dbg !35
  %293 = select i1 %279, bfloat 0xR7FC0, bfloat %247, !dbg !35
  %294 = select i1 %279, bfloat 0xR7FC0, bfloat %248, !dbg !35
  %295 = select i1 %279, bfloat 0xR7FC0, bfloat %249, !dbg !35
  %296 = select i1 %279, bfloat 0xR7FC0, bfloat %250, !dbg !35
  %297 = select i1 %279, bfloat 0xR7FC0, bfloat %251, !dbg !35
  %298 = select i1 %280, bfloat 0xR7FC0, bfloat %257, !dbg !35
  %299 = select i1 %280, bfloat 0xR7FC0, bfloat %258, !dbg !35
  %300 = select i1 %280, bfloat 0xR7FC0, bfloat %259, !dbg !35
  %301 = select i1 %280, bfloat 0xR7FC0, bfloat %260, !dbg !35
  %302 = select i1 %280, bfloat 0xR7FC0, bfloat %261, !dbg !35
  %303 = select i1 %280, bfloat 0xR7FC0, bfloat %262, !dbg !35
  %304 = select i1 %280, bfloat 0xR7FC0, bfloat %263, !dbg !35
  %305 = select i1 %280, bfloat 0xR7FC0, bfloat %264, !dbg !35
  %306 = select i1 %281, bfloat 0xR7FC0, bfloat %270, !dbg !35
  %307 = select i1 %281, bfloat 0xR7FC0, bfloat %271, !dbg !35
  %308 = select i1 %281, bfloat 0xR7FC0, bfloat %272, !dbg !35
  %309 = select i1 %281, bfloat 0xR7FC0, bfloat %273, !dbg !35
  %310 = select i1 %281, bfloat 0xR7FC0, bfloat %274, !dbg !35
  %311 = select i1 %281, bfloat 0xR7FC0, bfloat %275, !dbg !35
  %312 = select i1 %281, bfloat 0xR7FC0, bfloat %276, !dbg !35
  %313 = select i1 %281, bfloat 0xR7FC0, bfloat %277, !dbg !35
  %314 = insertelement <8 x bfloat> poison, bfloat %282, i64 0, !dbg !41
  %315 = insertelement <8 x bfloat> %314, bfloat %283, i64 1, !dbg !41
  %316 = insertelement <8 x bfloat> %315, bfloat %284, i64 2, !dbg !41
  %317 = insertelement <8 x bfloat> %316, bfloat %285, i64 3, !dbg !41
  %318 = insertelement <8 x bfloat> %317, bfloat %286, i64 4, !dbg !41
  %319 = insertelement <8 x bfloat> %318, bfloat %287, i64 5, !dbg !41
  %320 = insertelement <8 x bfloat> %319, bfloat %288, i64 6, !dbg !41
  %321 = insertelement <8 x bfloat> %320, bfloat %289, i64 7, !dbg !41
  %322 = insertelement <8 x bfloat> poison, bfloat %290, i64 0, !dbg !41
  %323 = insertelement <8 x bfloat> %322, bfloat %291, i64 1, !dbg !41
  %324 = insertelement <8 x bfloat> %323, bfloat %292, i64 2, !dbg !41
  %325 = insertelement <8 x bfloat> %324, bfloat %293, i64 3, !dbg !41
  %326 = insertelement <8 x bfloat> %325, bfloat %294, i64 4, !dbg !41
  %327 = insertelement <8 x bfloat> %326, bfloat %295, i64 5, !dbg !41
  %328 = insertelement <8 x bfloat> %327, bfloat %296, i64 6, !dbg !41
  %329 = insertelement <8 x bfloat> %328, bfloat %297, i64 7, !dbg !41
  %330 = insertelement <8 x bfloat> poison, bfloat %298, i64 0, !dbg !41
  %331 = insertelement <8 x bfloat> %330, bfloat %299, i64 1, !dbg !41
  %332 = insertelement <8 x bfloat> %331, bfloat %300, i64 2, !dbg !41
  %333 = insertelement <8 x bfloat> %332, bfloat %301, i64 3, !dbg !41
  %334 = insertelement <8 x bfloat> %333, bfloat %302, i64 4, !dbg !41
  %335 = insertelement <8 x bfloat> %334, bfloat %303, i64 5, !dbg !41
  %336 = insertelement <8 x bfloat> %335, bfloat %304, i64 6, !dbg !41
  %337 = insertelement <8 x bfloat> %336, bfloat %305, i64 7, !dbg !41
  %338 = insertelement <8 x bfloat> poison, bfloat %306, i64 0, !dbg !41
  %339 = insertelement <8 x bfloat> %338, bfloat %307, i64 1, !dbg !41
  %340 = insertelement <8 x bfloat> %339, bfloat %308, i64 2, !dbg !41
  %341 = insertelement <8 x bfloat> %340, bfloat %309, i64 3, !dbg !41
  %342 = insertelement <8 x bfloat> %341, bfloat %310, i64 4, !dbg !41
  %343 = insertelement <8 x bfloat> %342, bfloat %311, i64 5, !dbg !41
  %344 = insertelement <8 x bfloat> %343, bfloat %312, i64 6, !dbg !41
  %345 = insertelement <8 x bfloat> %344, bfloat %313, i64 7, !dbg !41
  %346 = insertelement <4 x float> poison, float %151, i64 0, !dbg !41
  %347 = insertelement <4 x float> %346, float %152, i64 1, !dbg !41
  %348 = insertelement <4 x float> %347, float %153, i64 2, !dbg !41
  %349 = insertelement <4 x float> %348, float %154, i64 3, !dbg !41
  %350 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %321, <8 x bfloat> %176, <4 x float> %349, i32 0, i32 0, i32 0), !dbg !41
  %351 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %329, <8 x bfloat> %177, <4 x float> %350, i32 0, i32 0, i32 0), !dbg !41
  %352 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %337, <8 x bfloat> %178, <4 x float> %351, i32 0, i32 0, i32 0), !dbg !41
  %353 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %345, <8 x bfloat> %179, <4 x float> %352, i32 0, i32 0, i32 0), !dbg !41
  %354 = extractelement <4 x float> %353, i64 0, !dbg !41
  %355 = extractelement <4 x float> %353, i64 1, !dbg !41
  %356 = extractelement <4 x float> %353, i64 2, !dbg !41
  %357 = extractelement <4 x float> %353, i64 3, !dbg !41
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !27
  tail call void @llvm.amdgcn.s.barrier(), !dbg !27
  store <4 x i32> %172, ptr addrspace(3) %99, align 16, !dbg !27
  store <4 x i32> %175, ptr addrspace(3) %100, align 16, !dbg !27
  store <2 x i32> %184, ptr addrspace(3) %105, align 8, !dbg !31
  %358 = insertelement <1 x i8> poison, i8 %204, i64 0, !dbg !35
  store <1 x i8> %358, ptr addrspace(3) %106, align 1, !dbg !35
  %359 = insertelement <1 x i8> poison, i8 %207, i64 0, !dbg !35
  store <1 x i8> %359, ptr addrspace(3) %108, align 1, !dbg !35
  %360 = insertelement <1 x i8> poison, i8 %210, i64 0, !dbg !35
  store <1 x i8> %360, ptr addrspace(3) %110, align 1, !dbg !35
  %361 = insertelement <1 x i8> poison, i8 %213, i64 0, !dbg !35
  store <1 x i8> %361, ptr addrspace(3) %112, align 1, !dbg !35
  %362 = icmp slt i32 %156, %114, !dbg !23
  br i1 %362, label %150, label %._crit_edge, !dbg !23

._crit_edge:                                      ; preds = %150, %9
  %363 = phi float [ 0.000000e+00, %9 ], [ %354, %150 ], !dbg !42
  %364 = phi float [ 0.000000e+00, %9 ], [ %355, %150 ], !dbg !42
  %365 = phi float [ 0.000000e+00, %9 ], [ %356, %150 ], !dbg !42
  %366 = phi float [ 0.000000e+00, %9 ], [ %357, %150 ], !dbg !42
  %367 = add i32 %6, 127, !dbg !23
  %368 = icmp sgt i32 %367, 127, !dbg !23
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !27
  tail call void @llvm.amdgcn.s.barrier(), !dbg !27
  br i1 %368, label %369, label %._crit_edge._crit_edge, !dbg !41

369:                                              ; preds = %._crit_edge
  %370 = and i32 %13, 64, !dbg !41
  %371 = lshr exact i32 %370, 2, !dbg !35
  %372 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 10240), i32 %371, !dbg !35
  %373 = getelementptr inbounds nuw i8, ptr addrspace(3) %372, i32 %21, !dbg !35
  %374 = getelementptr inbounds nuw i8, ptr addrspace(3) %373, i32 96, !dbg !35
  %375 = load i8, ptr addrspace(3) %374, align 1, !dbg !35
  %376 = icmp eq i8 %375, -1, !dbg !35
  %377 = shl nuw nsw i32 %21, 6, !dbg !41
  %378 = shl nuw nsw i32 %370, 4, !dbg !41
  %379 = or disjoint i32 %377, %378, !dbg !41
  %380 = shl nuw nsw i32 %13, 1, !dbg !41
  %381 = and i32 %380, 24, !dbg !41
  %382 = and i32 %13, 48, !dbg !27
  %383 = lshr exact i32 %382, 2, !dbg !41
  %384 = xor i32 %381, %383, !dbg !41
  %385 = or disjoint i32 %379, %384, !dbg !41
  %386 = xor i32 %385, 16, !dbg !41
  %387 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %386, !dbg !41
  %388 = getelementptr inbounds nuw i8, ptr addrspace(3) %387, i32 32, !dbg !41
  %389 = load i32, ptr addrspace(3) %388, align 4, !dbg !41
  %390 = zext i8 %375 to i32, !dbg !35
  %391 = shl nuw nsw i32 %390, 23, !dbg !35
  %392 = bitcast i32 %391 to float, !dbg !41
  %393 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %389, float %392, i32 3), !dbg !41
  %394 = extractelement <2 x bfloat> %393, i64 1, !dbg !41
  %395 = select i1 %376, bfloat 0xR7FC0, bfloat %394, !dbg !35
  %396 = extractelement <2 x bfloat> %393, i64 0, !dbg !41
  %397 = select i1 %376, bfloat 0xR7FC0, bfloat %396, !dbg !35
  %398 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %389, float %392, i32 2), !dbg !41
  %399 = extractelement <2 x bfloat> %398, i64 1, !dbg !41
  %400 = select i1 %376, bfloat 0xR7FC0, bfloat %399, !dbg !35
  %401 = extractelement <2 x bfloat> %398, i64 0, !dbg !41
  %402 = select i1 %376, bfloat 0xR7FC0, bfloat %401, !dbg !35
  %403 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %389, float %392, i32 1), !dbg !41
  %404 = extractelement <2 x bfloat> %403, i64 1, !dbg !41
  %405 = select i1 %376, bfloat 0xR7FC0, bfloat %404, !dbg !35
  %406 = extractelement <2 x bfloat> %403, i64 0, !dbg !41
  %407 = select i1 %376, bfloat 0xR7FC0, bfloat %406, !dbg !35
  %408 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %389, float %392, i32 0), !dbg !41
  %409 = extractelement <2 x bfloat> %408, i64 1, !dbg !41
  %410 = select i1 %376, bfloat 0xR7FC0, bfloat %409, !dbg !35
  %411 = extractelement <2 x bfloat> %408, i64 0, !dbg !41
  %412 = select i1 %376, bfloat 0xR7FC0, bfloat %411, !dbg !35
  %413 = getelementptr inbounds nuw i8, ptr addrspace(3) %373, i32 64, !dbg !35
  %414 = load i8, ptr addrspace(3) %413, align 1, !dbg !35
  %415 = icmp eq i8 %414, -1, !dbg !35
  %416 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 8192), i32 %385, !dbg !41
  %417 = getelementptr inbounds nuw i8, ptr addrspace(3) %416, i32 32, !dbg !41
  %418 = load i32, ptr addrspace(3) %417, align 4, !dbg !41
  %419 = zext i8 %414 to i32, !dbg !35
  %420 = shl nuw nsw i32 %419, 23, !dbg !35
  %421 = bitcast i32 %420 to float, !dbg !41
  %422 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %418, float %421, i32 3), !dbg !41
  %423 = extractelement <2 x bfloat> %422, i64 1, !dbg !41
  %424 = select i1 %415, bfloat 0xR7FC0, bfloat %423, !dbg !35
  %425 = extractelement <2 x bfloat> %422, i64 0, !dbg !41
  %426 = select i1 %415, bfloat 0xR7FC0, bfloat %425, !dbg !35
  %427 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %418, float %421, i32 2), !dbg !41
  %428 = extractelement <2 x bfloat> %427, i64 1, !dbg !41
  %429 = select i1 %415, bfloat 0xR7FC0, bfloat %428, !dbg !35
  %430 = extractelement <2 x bfloat> %427, i64 0, !dbg !41
  %431 = select i1 %415, bfloat 0xR7FC0, bfloat %430, !dbg !35
  %432 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %418, float %421, i32 1), !dbg !41
  %433 = extractelement <2 x bfloat> %432, i64 1, !dbg !41
  %434 = select i1 %415, bfloat 0xR7FC0, bfloat %433, !dbg !35
  %435 = extractelement <2 x bfloat> %432, i64 0, !dbg !41
  %436 = select i1 %415, bfloat 0xR7FC0, bfloat %435, !dbg !35
  %437 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %418, float %421, i32 0), !dbg !41
  %438 = extractelement <2 x bfloat> %437, i64 1, !dbg !41
  %439 = select i1 %415, bfloat 0xR7FC0, bfloat %438, !dbg !35
  %440 = extractelement <2 x bfloat> %437, i64 0, !dbg !41
  %441 = select i1 %415, bfloat 0xR7FC0, bfloat %440, !dbg !35
  %442 = getelementptr inbounds nuw i8, ptr addrspace(3) %373, i32 32, !dbg !35
  %443 = load i8, ptr addrspace(3) %442, align 1, !dbg !35
  %444 = icmp eq i8 %443, -1, !dbg !35
  %445 = load i32, ptr addrspace(3) %387, align 4, !dbg !41
  %446 = zext i8 %443 to i32, !dbg !35
  %447 = shl nuw nsw i32 %446, 23, !dbg !35
  %448 = bitcast i32 %447 to float, !dbg !41
  %449 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %445, float %448, i32 3), !dbg !41
  %450 = extractelement <2 x bfloat> %449, i64 1, !dbg !41
  %451 = select i1 %444, bfloat 0xR7FC0, bfloat %450, !dbg !35
  %452 = extractelement <2 x bfloat> %449, i64 0, !dbg !41
  %453 = select i1 %444, bfloat 0xR7FC0, bfloat %452, !dbg !35
  %454 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %445, float %448, i32 2), !dbg !41
  %455 = extractelement <2 x bfloat> %454, i64 1, !dbg !41
  %456 = select i1 %444, bfloat 0xR7FC0, bfloat %455, !dbg !35
  %457 = extractelement <2 x bfloat> %454, i64 0, !dbg !41
  %458 = select i1 %444, bfloat 0xR7FC0, bfloat %457, !dbg !35
  %459 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %445, float %448, i32 1), !dbg !41
  %460 = extractelement <2 x bfloat> %459, i64 1, !dbg !41
  %461 = select i1 %444, bfloat 0xR7FC0, bfloat %460, !dbg !35
  %462 = extractelement <2 x bfloat> %459, i64 0, !dbg !41
  %463 = select i1 %444, bfloat 0xR7FC0, bfloat %462, !dbg !35
  %464 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %445, float %448, i32 0), !dbg !41
  %465 = extractelement <2 x bfloat> %464, i64 1, !dbg !41
  %466 = select i1 %444, bfloat 0xR7FC0, bfloat %465, !dbg !35
  %467 = extractelement <2 x bfloat> %464, i64 0, !dbg !41
  %468 = select i1 %444, bfloat 0xR7FC0, bfloat %467, !dbg !35
  %469 = load i8, ptr addrspace(3) %373, align 1, !dbg !35
  %470 = icmp eq i8 %469, -1, !dbg !35
  %471 = load i32, ptr addrspace(3) %416, align 4, !dbg !41
  %472 = zext i8 %469 to i32, !dbg !35
  %473 = shl nuw nsw i32 %472, 23, !dbg !35
  %474 = bitcast i32 %473 to float, !dbg !41
  %475 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %471, float %474, i32 3), !dbg !41
  %476 = extractelement <2 x bfloat> %475, i64 1, !dbg !41
  %477 = select i1 %470, bfloat 0xR7FC0, bfloat %476, !dbg !35
  %478 = extractelement <2 x bfloat> %475, i64 0, !dbg !41
  %479 = select i1 %470, bfloat 0xR7FC0, bfloat %478, !dbg !35
  %480 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %471, float %474, i32 2), !dbg !41
  %481 = extractelement <2 x bfloat> %480, i64 1, !dbg !41
  %482 = select i1 %470, bfloat 0xR7FC0, bfloat %481, !dbg !35
  %483 = extractelement <2 x bfloat> %480, i64 0, !dbg !41
  %484 = select i1 %470, bfloat 0xR7FC0, bfloat %483, !dbg !35
  %485 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %471, float %474, i32 1), !dbg !41
  %486 = extractelement <2 x bfloat> %485, i64 1, !dbg !41
  %487 = select i1 %470, bfloat 0xR7FC0, bfloat %486, !dbg !35
  %488 = extractelement <2 x bfloat> %485, i64 0, !dbg !41
  %489 = select i1 %470, bfloat 0xR7FC0, bfloat %488, !dbg !35
  %490 = tail call <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32 %471, float %474, i32 0), !dbg !41
  %491 = extractelement <2 x bfloat> %490, i64 1, !dbg !41
  %492 = select i1 %470, bfloat 0xR7FC0, bfloat %491, !dbg !35
  %493 = extractelement <2 x bfloat> %490, i64 0, !dbg !41
  %494 = select i1 %470, bfloat 0xR7FC0, bfloat %493, !dbg !35
  %495 = shl nuw nsw i32 %21, 8, !dbg !27
  %496 = shl nuw nsw i32 %22, 5, !dbg !27
  %497 = or disjoint i32 %495, %496, !dbg !27
  %498 = shl nuw nsw i32 %21, 4, !dbg !27
  %499 = xor i32 %498, %382, !dbg !27
  %500 = or disjoint i32 %497, %499, !dbg !27
  %501 = xor i32 %500, 192, !dbg !27
  %502 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %501, !dbg !27
  %503 = load <8 x bfloat>, ptr addrspace(3) %502, align 16, !dbg !27
  %504 = xor i32 %500, 128, !dbg !27
  %505 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %504, !dbg !27
  %506 = load <8 x bfloat>, ptr addrspace(3) %505, align 16, !dbg !27
  %507 = xor i32 %500, 64, !dbg !27
  %508 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %507, !dbg !27
  %509 = load <8 x bfloat>, ptr addrspace(3) %508, align 16, !dbg !27
  %510 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %500, !dbg !27
  %511 = load <8 x bfloat>, ptr addrspace(3) %510, align 16, !dbg !27
  %512 = insertelement <8 x bfloat> poison, bfloat %494, i64 0, !dbg !41
  %513 = insertelement <8 x bfloat> %512, bfloat %492, i64 1, !dbg !41
  %514 = insertelement <8 x bfloat> %513, bfloat %489, i64 2, !dbg !41
  %515 = insertelement <8 x bfloat> %514, bfloat %487, i64 3, !dbg !41
  %516 = insertelement <8 x bfloat> %515, bfloat %484, i64 4, !dbg !41
  %517 = insertelement <8 x bfloat> %516, bfloat %482, i64 5, !dbg !41
  %518 = insertelement <8 x bfloat> %517, bfloat %479, i64 6, !dbg !41
  %519 = insertelement <8 x bfloat> %518, bfloat %477, i64 7, !dbg !41
  %520 = insertelement <8 x bfloat> poison, bfloat %468, i64 0, !dbg !41
  %521 = insertelement <8 x bfloat> %520, bfloat %466, i64 1, !dbg !41
  %522 = insertelement <8 x bfloat> %521, bfloat %463, i64 2, !dbg !41
  %523 = insertelement <8 x bfloat> %522, bfloat %461, i64 3, !dbg !41
  %524 = insertelement <8 x bfloat> %523, bfloat %458, i64 4, !dbg !41
  %525 = insertelement <8 x bfloat> %524, bfloat %456, i64 5, !dbg !41
  %526 = insertelement <8 x bfloat> %525, bfloat %453, i64 6, !dbg !41
  %527 = insertelement <8 x bfloat> %526, bfloat %451, i64 7, !dbg !41
  %528 = insertelement <8 x bfloat> poison, bfloat %441, i64 0, !dbg !41
  %529 = insertelement <8 x bfloat> %528, bfloat %439, i64 1, !dbg !41
  %530 = insertelement <8 x bfloat> %529, bfloat %436, i64 2, !dbg !41
  %531 = insertelement <8 x bfloat> %530, bfloat %434, i64 3, !dbg !41
  %532 = insertelement <8 x bfloat> %531, bfloat %431, i64 4, !dbg !41
  %533 = insertelement <8 x bfloat> %532, bfloat %429, i64 5, !dbg !41
  %534 = insertelement <8 x bfloat> %533, bfloat %426, i64 6, !dbg !41
  %535 = insertelement <8 x bfloat> %534, bfloat %424, i64 7, !dbg !41
  %536 = insertelement <8 x bfloat> poison, bfloat %412, i64 0, !dbg !41
  %537 = insertelement <8 x bfloat> %536, bfloat %410, i64 1, !dbg !41
  %538 = insertelement <8 x bfloat> %537, bfloat %407, i64 2, !dbg !41
  %539 = insertelement <8 x bfloat> %538, bfloat %405, i64 3, !dbg !41
  %540 = insertelement <8 x bfloat> %539, bfloat %402, i64 4, !dbg !41
  %541 = insertelement <8 x bfloat> %540, bfloat %400, i64 5, !dbg !41
  %542 = insertelement <8 x bfloat> %541, bfloat %397, i64 6, !dbg !41
  %543 = insertelement <8 x bfloat> %542, bfloat %395, i64 7, !dbg !41
  %544 = insertelement <4 x float> poison, float %363, i64 0, !dbg !41
  %545 = insertelement <4 x float> %544, float %364, i64 1, !dbg !41
  %546 = insertelement <4 x float> %545, float %365, i64 2, !dbg !41
  %547 = insertelement <4 x float> %546, float %366, i64 3, !dbg !41
  %548 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %519, <8 x bfloat> %511, <4 x float> %547, i32 0, i32 0, i32 0), !dbg !41
  %549 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %527, <8 x bfloat> %509, <4 x float> %548, i32 0, i32 0, i32 0), !dbg !41
  %550 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %535, <8 x bfloat> %506, <4 x float> %549, i32 0, i32 0, i32 0), !dbg !41
  %551 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %543, <8 x bfloat> %503, <4 x float> %550, i32 0, i32 0, i32 0), !dbg !41
  %552 = extractelement <4 x float> %551, i64 0, !dbg !41
  %553 = extractelement <4 x float> %551, i64 1, !dbg !41
  %554 = extractelement <4 x float> %551, i64 2, !dbg !41
  %555 = extractelement <4 x float> %551, i64 3, !dbg !41
  br label %._crit_edge._crit_edge, !dbg !41

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %369
  %556 = phi float [ %555, %369 ], [ %366, %._crit_edge ], !dbg !23
  %557 = phi float [ %554, %369 ], [ %365, %._crit_edge ], !dbg !23
  %558 = phi float [ %553, %369 ], [ %364, %._crit_edge ], !dbg !23
  %559 = phi float [ %552, %369 ], [ %363, %._crit_edge ], !dbg !23
  %560 = and i32 %102, 28, !dbg !10
  %561 = or disjoint i32 %560, 3, !dbg !10
  %562 = or disjoint i32 %561, %25, !dbg !13
  %563 = or disjoint i32 %560, 2, !dbg !10
  %564 = or disjoint i32 %563, %25, !dbg !13
  %565 = or disjoint i32 %560, 1, !dbg !10
  %566 = or disjoint i32 %565, %25, !dbg !13
  %567 = or disjoint i32 %560, %25, !dbg !13
  %568 = lshr exact i32 %22, 3, !dbg !10
  %569 = or disjoint i32 %568, %21, !dbg !10
  %570 = or disjoint i32 %569, %12, !dbg !11
  %571 = icmp slt i32 %570, %4, !dbg !43
  %572 = icmp slt i32 %567, %5, !dbg !44
  %573 = icmp slt i32 %566, %5, !dbg !44
  %574 = icmp slt i32 %564, %5, !dbg !44
  %575 = icmp slt i32 %562, %5, !dbg !44
  %576 = and i1 %571, %572, !dbg !45
  %577 = and i1 %571, %573, !dbg !45
  %578 = and i1 %571, %574, !dbg !45
  %579 = and i1 %571, %575, !dbg !45
  %580 = mul i32 %5, %12, !dbg !46
  %581 = mul i32 %5, %569, !dbg !47
  %582 = add i32 %580, %25, !dbg !47
  %583 = add i32 %582, %581, !dbg !47
  %584 = add i32 %583, %560, !dbg !47
  %585 = add i32 %583, %565, !dbg !47
  %586 = add i32 %583, %563, !dbg !47
  %587 = add i32 %583, %561, !dbg !47
  %588 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !48
  %589 = shl i32 %584, 2, !dbg !48
  %590 = select i1 %576, i32 %589, i32 -2147483648, !dbg !48
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %559, ptr addrspace(8) %588, i32 %590, i32 0, i32 0), !dbg !48
  %591 = shl i32 %585, 2, !dbg !48
  %592 = select i1 %577, i32 %591, i32 -2147483648, !dbg !48
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %558, ptr addrspace(8) %588, i32 %592, i32 0, i32 0), !dbg !48
  %593 = shl i32 %586, 2, !dbg !48
  %594 = select i1 %578, i32 %593, i32 -2147483648, !dbg !48
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %557, ptr addrspace(8) %588, i32 %594, i32 0, i32 0), !dbg !48
  %595 = shl i32 %587, 2, !dbg !48
  %596 = select i1 %579, i32 %595, i32 -2147483648, !dbg !48
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %556, ptr addrspace(8) %588, i32 %596, i32 0, i32 0), !dbg !48
  ret void, !dbg !49
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
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <2 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v2i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare i8 @llvm.amdgcn.raw.ptr.buffer.load.i8(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <2 x bfloat> @llvm.amdgcn.cvt.scalef32.pk.bf16.fp4(i32, float, i32 immarg) #5

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32 immarg, i32 immarg, i32 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.f32(float, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #7

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "dot_scaled_ktail_kernel", linkageName: "dot_scaled_ktail_kernel", scope: !1, file: !1, line: 66, type: !5, scopeLine: 66, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 71, column: 26, scope: !4)
!8 = !DILocation(line: 72, column: 26, scope: !4)
!9 = !DILocation(line: 73, column: 17, scope: !4)
!10 = !DILocation(line: 73, column: 35, scope: !4)
!11 = !DILocation(line: 73, column: 22, scope: !4)
!12 = !DILocation(line: 74, column: 17, scope: !4)
!13 = !DILocation(line: 74, column: 22, scope: !4)
!14 = !DILocation(line: 77, column: 31, scope: !4)
!15 = !DILocation(line: 78, column: 36, scope: !4)
!16 = !DILocation(line: 81, column: 40, scope: !4)
!17 = !DILocation(line: 80, column: 28, scope: !4)
!18 = !DILocation(line: 83, column: 40, scope: !4)
!19 = !DILocation(line: 83, column: 65, scope: !4)
!20 = !DILocation(line: 82, column: 28, scope: !4)
!21 = !DILocation(line: 85, column: 66, scope: !4)
!22 = !DILocation(line: 84, column: 30, scope: !4)
!23 = !DILocation(line: 76, column: 26, scope: !4)
!24 = !DILocation(line: 81, column: 60, scope: !4)
!25 = !DILocation(line: 81, column: 46, scope: !4)
!26 = !DILocation(line: 80, column: 46, scope: !4)
!27 = !DILocation(line: 80, column: 20, scope: !4)
!28 = !DILocation(line: 83, column: 60, scope: !4)
!29 = !DILocation(line: 83, column: 46, scope: !4)
!30 = !DILocation(line: 82, column: 53, scope: !4)
!31 = !DILocation(line: 82, column: 20, scope: !4)
!32 = !DILocation(line: 85, column: 61, scope: !4)
!33 = !DILocation(line: 85, column: 47, scope: !4)
!34 = !DILocation(line: 84, column: 56, scope: !4)
!35 = !DILocation(line: 84, column: 21, scope: !4)
!36 = !DILocation(line: 77, column: 18, scope: !4)
!37 = !DILocation(line: 78, column: 19, scope: !4)
!38 = !DILocation(line: 78, column: 23, scope: !4)
!39 = !DILocation(line: 79, column: 19, scope: !4)
!40 = !DILocation(line: 79, column: 24, scope: !4)
!41 = !DILocation(line: 87, column: 70, scope: !4)
!42 = !DILocation(line: 75, column: 19, scope: !4)
!43 = !DILocation(line: 89, column: 33, scope: !4)
!44 = !DILocation(line: 89, column: 53, scope: !4)
!45 = !DILocation(line: 89, column: 39, scope: !4)
!46 = !DILocation(line: 88, column: 21, scope: !4)
!47 = !DILocation(line: 88, column: 39, scope: !4)
!48 = !DILocation(line: 88, column: 52, scope: !4)
!49 = !DILocation(line: 88, column: 4, scope: !4)
