; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @bf16_dot(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, i32 inreg %3, i32 inreg %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
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
  %21 = lshr exact i32 %19, 3, !dbg !10
  %22 = or disjoint i32 %11, %13, !dbg !11
  %23 = or disjoint i32 %15, %11, !dbg !11
  %24 = or disjoint i32 %16, %11, !dbg !11
  %25 = or disjoint i32 %17, %11, !dbg !11
  %26 = or disjoint i32 %18, %11, !dbg !11
  %27 = shl i32 %10, 5, !dbg !12
  %28 = or disjoint i32 %21, %27, !dbg !13
  %29 = or disjoint i32 %28, 1, !dbg !13
  %30 = or disjoint i32 %28, 2, !dbg !13
  %31 = or disjoint i32 %28, 3, !dbg !13
  %32 = or disjoint i32 %28, 8, !dbg !13
  %33 = or disjoint i32 %28, 9, !dbg !13
  %34 = or disjoint i32 %28, 10, !dbg !13
  %35 = or disjoint i32 %28, 11, !dbg !13
  %36 = or disjoint i32 %28, 16, !dbg !13
  %37 = or disjoint i32 %28, 17, !dbg !13
  %38 = or disjoint i32 %28, 18, !dbg !13
  %39 = or disjoint i32 %28, 19, !dbg !13
  %40 = or disjoint i32 %28, 24, !dbg !13
  %41 = or disjoint i32 %28, 25, !dbg !13
  %42 = or disjoint i32 %28, 26, !dbg !13
  %43 = or disjoint i32 %28, 27, !dbg !13
  %44 = or disjoint i32 %27, %13, !dbg !13
  %45 = icmp slt i32 %23, %3, !dbg !14
  %46 = icmp slt i32 %24, %3, !dbg !14
  %47 = icmp slt i32 %25, %3, !dbg !14
  %48 = icmp slt i32 %26, %3, !dbg !14
  %49 = mul i32 %5, %23, !dbg !15
  %50 = mul i32 %5, %24, !dbg !15
  %51 = mul i32 %5, %25, !dbg !15
  %52 = mul i32 %5, %26, !dbg !15
  %53 = sext i32 %49 to i64, !dbg !16
  %54 = getelementptr bfloat, ptr addrspace(1) %0, i64 %53, !dbg !16
  %55 = sext i32 %50 to i64, !dbg !16
  %56 = getelementptr bfloat, ptr addrspace(1) %0, i64 %55, !dbg !16
  %57 = sext i32 %51 to i64, !dbg !16
  %58 = getelementptr bfloat, ptr addrspace(1) %0, i64 %57, !dbg !16
  %59 = sext i32 %52 to i64, !dbg !16
  %60 = getelementptr bfloat, ptr addrspace(1) %0, i64 %59, !dbg !16
  %61 = icmp slt i32 %44, %4, !dbg !17
  %62 = icmp sgt i32 %5, 0, !dbg !18
  %63 = icmp slt i32 %13, %5, !dbg !19
  %64 = and i1 %45, %63, !dbg !20
  %65 = and i1 %46, %63, !dbg !20
  %66 = and i1 %47, %63, !dbg !20
  %67 = and i1 %48, %63, !dbg !20
  %68 = zext nneg i32 %13 to i64, !dbg !21
  %69 = getelementptr bfloat, ptr addrspace(1) %56, i64 %68, !dbg !21
  %70 = getelementptr bfloat, ptr addrspace(1) %58, i64 %68, !dbg !21
  %71 = getelementptr bfloat, ptr addrspace(1) %60, i64 %68, !dbg !21
  br i1 %64, label %72, label %75, !dbg !22

72:                                               ; preds = %8
  %73 = getelementptr bfloat, ptr addrspace(1) %54, i64 %68
  %74 = load <1 x bfloat>, ptr addrspace(1) %73, align 2, !dbg !22
  br label %75, !dbg !22

75:                                               ; preds = %72, %8
  %76 = phi <1 x bfloat> [ %74, %72 ], [ zeroinitializer, %8 ], !dbg !22
  br i1 %65, label %77, label %79, !dbg !22

77:                                               ; preds = %75
  %78 = load <1 x bfloat>, ptr addrspace(1) %69, align 2, !dbg !22
  br label %79, !dbg !22

79:                                               ; preds = %77, %75
  %80 = phi <1 x bfloat> [ %78, %77 ], [ zeroinitializer, %75 ], !dbg !22
  br i1 %66, label %81, label %83, !dbg !22

81:                                               ; preds = %79
  %82 = load <1 x bfloat>, ptr addrspace(1) %70, align 2, !dbg !22
  br label %83, !dbg !22

83:                                               ; preds = %81, %79
  %84 = phi <1 x bfloat> [ %82, %81 ], [ zeroinitializer, %79 ], !dbg !22
  br i1 %67, label %85, label %87, !dbg !22

85:                                               ; preds = %83
  %86 = load <1 x bfloat>, ptr addrspace(1) %71, align 2, !dbg !22
  br label %87, !dbg !22

87:                                               ; preds = %85, %83
  %88 = phi <1 x bfloat> [ %86, %85 ], [ zeroinitializer, %83 ], !dbg !22
  %89 = icmp slt i32 %15, %5, !dbg !23
  %90 = icmp slt i32 %16, %5, !dbg !23
  %91 = icmp slt i32 %17, %5, !dbg !23
  %92 = icmp slt i32 %18, %5, !dbg !23
  %93 = and i1 %61, %89, !dbg !24
  %94 = and i1 %61, %90, !dbg !24
  %95 = and i1 %61, %91, !dbg !24
  %96 = and i1 %61, %92, !dbg !24
  %97 = mul i32 %4, %16, !dbg !25
  %98 = mul i32 %4, %17, !dbg !25
  %99 = mul i32 %4, %18, !dbg !25
  %100 = sext i32 %97 to i64, !dbg !26
  %101 = getelementptr bfloat, ptr addrspace(1) %1, i64 %100, !dbg !26
  %102 = sext i32 %98 to i64, !dbg !26
  %103 = getelementptr bfloat, ptr addrspace(1) %1, i64 %102, !dbg !26
  %104 = sext i32 %99 to i64, !dbg !26
  %105 = getelementptr bfloat, ptr addrspace(1) %1, i64 %104, !dbg !26
  %106 = sext i32 %44 to i64, !dbg !27
  %107 = getelementptr bfloat, ptr addrspace(1) %101, i64 %106, !dbg !27
  %108 = getelementptr bfloat, ptr addrspace(1) %103, i64 %106, !dbg !27
  %109 = getelementptr bfloat, ptr addrspace(1) %105, i64 %106, !dbg !27
  %110 = and i1 %62, %94, !dbg !18
  %111 = and i1 %62, %95, !dbg !18
  %112 = and i1 %62, %96, !dbg !18
  br i1 %93, label %113, label %119, !dbg !28

113:                                              ; preds = %87
  %114 = mul i32 %4, %15
  %115 = sext i32 %114 to i64
  %116 = getelementptr bfloat, ptr addrspace(1) %1, i64 %115
  %117 = getelementptr bfloat, ptr addrspace(1) %116, i64 %106
  %118 = load <1 x bfloat>, ptr addrspace(1) %117, align 2, !dbg !28
  br label %119, !dbg !28

119:                                              ; preds = %113, %87
  %120 = phi <1 x bfloat> [ %118, %113 ], [ zeroinitializer, %87 ], !dbg !28
  br i1 %110, label %121, label %123, !dbg !28

121:                                              ; preds = %119
  %122 = load <1 x bfloat>, ptr addrspace(1) %107, align 2, !dbg !28
  br label %123, !dbg !28

123:                                              ; preds = %121, %119
  %124 = phi <1 x bfloat> [ %122, %121 ], [ zeroinitializer, %119 ], !dbg !28
  br i1 %111, label %125, label %127, !dbg !28

125:                                              ; preds = %123
  %126 = load <1 x bfloat>, ptr addrspace(1) %108, align 2, !dbg !28
  br label %127, !dbg !28

127:                                              ; preds = %125, %123
  %128 = phi <1 x bfloat> [ %126, %125 ], [ zeroinitializer, %123 ], !dbg !28
  br i1 %112, label %129, label %131, !dbg !28

129:                                              ; preds = %127
  %130 = load <1 x bfloat>, ptr addrspace(1) %109, align 2, !dbg !28
  br label %131, !dbg !28

131:                                              ; preds = %129, %127
  %132 = phi <1 x bfloat> [ %130, %129 ], [ zeroinitializer, %127 ], !dbg !28
  %133 = shl nuw nsw i32 %12, 1, !dbg !22
  %134 = and i32 %133, 254, !dbg !22
  %135 = and i32 %12, 128, !dbg !22
  %136 = icmp eq i32 %135, 0, !dbg !22
  %137 = select i1 %136, i32 0, i32 272, !dbg !22
  %138 = xor i32 %137, %134, !dbg !22
  %139 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %138, !dbg !22
  store <1 x bfloat> %76, ptr addrspace(3) %139, align 2, !dbg !22
  %140 = or disjoint i32 %138, 1024, !dbg !22
  %141 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %140, !dbg !22
  store <1 x bfloat> %84, ptr addrspace(3) %141, align 2, !dbg !22
  %142 = xor i32 %138, 544, !dbg !22
  %143 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %142, !dbg !22
  store <1 x bfloat> %80, ptr addrspace(3) %143, align 2, !dbg !22
  %144 = or disjoint i32 %142, 1024, !dbg !22
  %145 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %144, !dbg !22
  store <1 x bfloat> %88, ptr addrspace(3) %145, align 2, !dbg !22
  %146 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %138, !dbg !28
  store <1 x bfloat> %120, ptr addrspace(3) %146, align 2, !dbg !28
  %147 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %140, !dbg !28
  store <1 x bfloat> %128, ptr addrspace(3) %147, align 2, !dbg !28
  %148 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %142, !dbg !28
  store <1 x bfloat> %124, ptr addrspace(3) %148, align 2, !dbg !28
  %149 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %144, !dbg !28
  store <1 x bfloat> %132, ptr addrspace(3) %149, align 2, !dbg !28
  %150 = add i32 %5, -32, !dbg !18
  %invariant.gep = getelementptr bfloat, ptr addrspace(1) %1, i64 %106, !dbg !18
  %151 = icmp sgt i32 %150, 0, !dbg !18
  br i1 %151, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !18

.._crit_edge_crit_edge:                           ; preds = %131
  %.pre = and i32 %12, 12, !dbg !22
  %.pre11 = shl nuw nsw i32 %.pre, 4, !dbg !28
  %.pre13 = shl nuw nsw i32 %12, 3, !dbg !28
  %.pre15 = and i32 %.pre13, 24, !dbg !28
  %.pre17 = and i32 %133, 32, !dbg !28
  %.pre19 = select i1 %20, i32 0, i32 544, !dbg !28
  %.pre21 = or disjoint i32 %.pre11, %.pre15, !dbg !28
  %.pre23 = xor i32 %.pre19, %.pre17, !dbg !28
  %.pre25 = or disjoint i32 %.pre23, %.pre21, !dbg !28
  %.pre27 = xor i32 %.pre25, 272, !dbg !28
  br label %._crit_edge, !dbg !18

.lr.ph:                                           ; preds = %131
  %152 = shl nuw nsw i32 %13, 6
  %153 = and i32 %12, 12
  %154 = shl nuw nsw i32 %153, 2
  %155 = lshr exact i32 %19, 1
  %156 = xor i32 %154, %155
  %157 = or disjoint i32 %156, %152
  %158 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %157
  %159 = xor i32 %157, 32
  %160 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %159
  %161 = shl nuw nsw i32 %153, 4
  %162 = shl nuw nsw i32 %12, 3
  %163 = and i32 %162, 24
  %164 = and i32 %133, 32
  %165 = select i1 %20, i32 0, i32 544
  %166 = or disjoint i32 %161, %163
  %167 = xor i32 %165, %164
  %168 = or disjoint i32 %167, %166
  %169 = xor i32 %168, 272
  %170 = or disjoint i32 %13, 32, !dbg !29
  %171 = or disjoint i32 %15, 32, !dbg !29
  %172 = or disjoint i32 %15, 40, !dbg !29
  %173 = or disjoint i32 %15, 48, !dbg !29
  %174 = or i32 %14, 56, !dbg !29
  %175 = icmp slt i32 %170, %5, !dbg !19
  %176 = and i1 %45, %175, !dbg !20
  %177 = and i1 %46, %175, !dbg !20
  %178 = and i1 %47, %175, !dbg !20
  %179 = and i1 %48, %175, !dbg !20
  %180 = zext nneg i32 %170 to i64, !dbg !21
  %181 = getelementptr bfloat, ptr addrspace(1) %56, i64 %180, !dbg !21
  %182 = getelementptr bfloat, ptr addrspace(1) %58, i64 %180, !dbg !21
  %183 = getelementptr bfloat, ptr addrspace(1) %60, i64 %180, !dbg !21
  br i1 %176, label %184, label %187, !dbg !22

184:                                              ; preds = %.lr.ph
  %185 = getelementptr bfloat, ptr addrspace(1) %54, i64 %180
  %186 = load <1 x bfloat>, ptr addrspace(1) %185, align 2, !dbg !22
  br label %187, !dbg !22

187:                                              ; preds = %184, %.lr.ph
  %188 = phi <1 x bfloat> [ %186, %184 ], [ zeroinitializer, %.lr.ph ], !dbg !22
  br i1 %177, label %189, label %191, !dbg !22

189:                                              ; preds = %187
  %190 = load <1 x bfloat>, ptr addrspace(1) %181, align 2, !dbg !22
  br label %191, !dbg !22

191:                                              ; preds = %189, %187
  %192 = phi <1 x bfloat> [ %190, %189 ], [ zeroinitializer, %187 ], !dbg !22
  br i1 %178, label %193, label %195, !dbg !22

193:                                              ; preds = %191
  %194 = load <1 x bfloat>, ptr addrspace(1) %182, align 2, !dbg !22
  br label %195, !dbg !22

195:                                              ; preds = %193, %191
  %196 = phi <1 x bfloat> [ %194, %193 ], [ zeroinitializer, %191 ], !dbg !22
  br i1 %179, label %197, label %199, !dbg !22

197:                                              ; preds = %195
  %198 = load <1 x bfloat>, ptr addrspace(1) %183, align 2, !dbg !22
  br label %199, !dbg !22

199:                                              ; preds = %197, %195
  %200 = phi <1 x bfloat> [ %198, %197 ], [ zeroinitializer, %195 ], !dbg !22
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %201 = load <8 x bfloat>, ptr addrspace(3) %158, align 16, !dbg !22
  %202 = load <8 x bfloat>, ptr addrspace(3) %160, align 16, !dbg !22
  %203 = icmp slt i32 %171, %5, !dbg !23
  %204 = icmp slt i32 %172, %5, !dbg !23
  %205 = icmp slt i32 %173, %5, !dbg !23
  %206 = icmp slt i32 %174, %5, !dbg !23
  %207 = and i1 %61, %203, !dbg !24
  %208 = and i1 %61, %204, !dbg !24
  %209 = and i1 %61, %205, !dbg !24
  %210 = and i1 %61, %206, !dbg !24
  %211 = mul i32 %172, %4, !dbg !25
  %212 = mul i32 %173, %4, !dbg !25
  %213 = mul i32 %174, %4, !dbg !25
  %214 = sext i32 %211 to i64, !dbg !26
  %215 = sext i32 %212 to i64, !dbg !26
  %216 = sext i32 %213 to i64, !dbg !26
  %gep.peel = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %214, !dbg !27
  %gep3.peel = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %215, !dbg !27
  %gep5.peel = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %216, !dbg !27
  br i1 %207, label %217, label %221, !dbg !28

217:                                              ; preds = %199
  %218 = mul i32 %171, %4
  %219 = sext i32 %218 to i64
  %gep7.peel = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %219
  %220 = load <1 x bfloat>, ptr addrspace(1) %gep7.peel, align 2, !dbg !28
  br label %221, !dbg !28

221:                                              ; preds = %217, %199
  %222 = phi <1 x bfloat> [ %220, %217 ], [ zeroinitializer, %199 ], !dbg !28
  br i1 %208, label %223, label %225, !dbg !28

223:                                              ; preds = %221
  %224 = load <1 x bfloat>, ptr addrspace(1) %gep.peel, align 2, !dbg !28
  br label %225, !dbg !28

225:                                              ; preds = %223, %221
  %226 = phi <1 x bfloat> [ %224, %223 ], [ zeroinitializer, %221 ], !dbg !28
  br i1 %209, label %227, label %229, !dbg !28

227:                                              ; preds = %225
  %228 = load <1 x bfloat>, ptr addrspace(1) %gep3.peel, align 2, !dbg !28
  br label %229, !dbg !28

229:                                              ; preds = %227, %225
  %230 = phi <1 x bfloat> [ %228, %227 ], [ zeroinitializer, %225 ], !dbg !28
  br i1 %210, label %231, label %233, !dbg !28

231:                                              ; preds = %229
  %232 = load <1 x bfloat>, ptr addrspace(1) %gep5.peel, align 2, !dbg !28
  br label %233, !dbg !28

233:                                              ; preds = %231, %229
  %234 = phi <1 x bfloat> [ %232, %231 ], [ zeroinitializer, %229 ], !dbg !28
  %235 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %168, !dbg !28
  %236 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %235), !dbg !28
  %237 = getelementptr inbounds nuw i8, ptr addrspace(3) %235, i32 1024, !dbg !28
  %238 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %237), !dbg !28
  %239 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %169, !dbg !28
  %240 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %239), !dbg !28
  %241 = getelementptr inbounds nuw i8, ptr addrspace(3) %239, i32 1024, !dbg !28
  %242 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %241), !dbg !28
  %243 = shufflevector <4 x bfloat> %236, <4 x bfloat> %240, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %244 = shufflevector <4 x bfloat> %238, <4 x bfloat> %242, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %245 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %243, <8 x bfloat> %201, <16 x float> zeroinitializer, i32 0, i32 0, i32 0), !dbg !30
  %246 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %244, <8 x bfloat> %202, <16 x float> %245, i32 0, i32 0, i32 0), !dbg !30
  %247 = extractelement <16 x float> %246, i64 0, !dbg !30
  %248 = extractelement <16 x float> %246, i64 1, !dbg !30
  %249 = extractelement <16 x float> %246, i64 2, !dbg !30
  %250 = extractelement <16 x float> %246, i64 3, !dbg !30
  %251 = extractelement <16 x float> %246, i64 4, !dbg !30
  %252 = extractelement <16 x float> %246, i64 5, !dbg !30
  %253 = extractelement <16 x float> %246, i64 6, !dbg !30
  %254 = extractelement <16 x float> %246, i64 7, !dbg !30
  %255 = extractelement <16 x float> %246, i64 8, !dbg !30
  %256 = extractelement <16 x float> %246, i64 9, !dbg !30
  %257 = extractelement <16 x float> %246, i64 10, !dbg !30
  %258 = extractelement <16 x float> %246, i64 11, !dbg !30
  %259 = extractelement <16 x float> %246, i64 12, !dbg !30
  %260 = extractelement <16 x float> %246, i64 13, !dbg !30
  %261 = extractelement <16 x float> %246, i64 14, !dbg !30
  %262 = extractelement <16 x float> %246, i64 15, !dbg !30
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  store <1 x bfloat> %188, ptr addrspace(3) %139, align 2, !dbg !22
  store <1 x bfloat> %196, ptr addrspace(3) %141, align 2, !dbg !22
  store <1 x bfloat> %192, ptr addrspace(3) %143, align 2, !dbg !22
  store <1 x bfloat> %200, ptr addrspace(3) %145, align 2, !dbg !22
  store <1 x bfloat> %222, ptr addrspace(3) %146, align 2, !dbg !28
  store <1 x bfloat> %230, ptr addrspace(3) %147, align 2, !dbg !28
  store <1 x bfloat> %226, ptr addrspace(3) %148, align 2, !dbg !28
  store <1 x bfloat> %234, ptr addrspace(3) %149, align 2, !dbg !28
  %263 = icmp samesign ugt i32 %150, 32, !dbg !18
  br i1 %263, label %.peel.next, label %._crit_edge, !dbg !18

.peel.next:                                       ; preds = %233
  %264 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %168
  %265 = getelementptr inbounds nuw i8, ptr addrspace(3) %264, i32 1024
  %266 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %169
  %267 = getelementptr inbounds nuw i8, ptr addrspace(3) %266, i32 1024
  br label %268, !dbg !18

268:                                              ; preds = %.peel.next, %350
  %269 = phi float [ %247, %.peel.next ], [ %376, %350 ]
  %270 = phi float [ %248, %.peel.next ], [ %377, %350 ]
  %271 = phi float [ %249, %.peel.next ], [ %378, %350 ]
  %272 = phi float [ %250, %.peel.next ], [ %379, %350 ]
  %273 = phi float [ %251, %.peel.next ], [ %380, %350 ]
  %274 = phi float [ %252, %.peel.next ], [ %381, %350 ]
  %275 = phi float [ %253, %.peel.next ], [ %382, %350 ]
  %276 = phi float [ %254, %.peel.next ], [ %383, %350 ]
  %277 = phi float [ %255, %.peel.next ], [ %384, %350 ]
  %278 = phi float [ %256, %.peel.next ], [ %385, %350 ]
  %279 = phi float [ %257, %.peel.next ], [ %386, %350 ]
  %280 = phi float [ %258, %.peel.next ], [ %387, %350 ]
  %281 = phi float [ %259, %.peel.next ], [ %388, %350 ]
  %282 = phi float [ %260, %.peel.next ], [ %389, %350 ]
  %283 = phi float [ %261, %.peel.next ], [ %390, %350 ]
  %284 = phi float [ %262, %.peel.next ], [ %391, %350 ]
  %285 = phi i32 [ 32, %.peel.next ], [ %286, %350 ]
  %286 = add i32 %285, 32, !dbg !18
  %287 = or disjoint i32 %286, %13, !dbg !29
  %288 = or disjoint i32 %286, %15, !dbg !29
  %289 = or disjoint i32 %286, %16, !dbg !29
  %290 = or disjoint i32 %286, %17, !dbg !29
  %291 = or disjoint i32 %286, %18, !dbg !29
  %292 = icmp slt i32 %287, %5, !dbg !19
  %293 = and i1 %45, %292, !dbg !20
  %294 = and i1 %46, %292, !dbg !20
  %295 = and i1 %47, %292, !dbg !20
  %296 = and i1 %48, %292, !dbg !20
  %297 = sext i32 %287 to i64, !dbg !21
  %298 = getelementptr bfloat, ptr addrspace(1) %56, i64 %297, !dbg !21
  %299 = getelementptr bfloat, ptr addrspace(1) %58, i64 %297, !dbg !21
  %300 = getelementptr bfloat, ptr addrspace(1) %60, i64 %297, !dbg !21
  br i1 %293, label %301, label %304, !dbg !22

301:                                              ; preds = %268
  %302 = getelementptr bfloat, ptr addrspace(1) %54, i64 %297
  %303 = load <1 x bfloat>, ptr addrspace(1) %302, align 2, !dbg !22
  br label %304, !dbg !22

304:                                              ; preds = %301, %268
  %305 = phi <1 x bfloat> [ %303, %301 ], [ zeroinitializer, %268 ], !dbg !22
  br i1 %294, label %306, label %308, !dbg !22

306:                                              ; preds = %304
  %307 = load <1 x bfloat>, ptr addrspace(1) %298, align 2, !dbg !22
  br label %308, !dbg !22

308:                                              ; preds = %306, %304
  %309 = phi <1 x bfloat> [ %307, %306 ], [ zeroinitializer, %304 ], !dbg !22
  br i1 %295, label %310, label %312, !dbg !22

310:                                              ; preds = %308
  %311 = load <1 x bfloat>, ptr addrspace(1) %299, align 2, !dbg !22
  br label %312, !dbg !22

312:                                              ; preds = %310, %308
  %313 = phi <1 x bfloat> [ %311, %310 ], [ zeroinitializer, %308 ], !dbg !22
  br i1 %296, label %314, label %316, !dbg !22

314:                                              ; preds = %312
  %315 = load <1 x bfloat>, ptr addrspace(1) %300, align 2, !dbg !22
  br label %316, !dbg !22

316:                                              ; preds = %314, %312
  %317 = phi <1 x bfloat> [ %315, %314 ], [ zeroinitializer, %312 ], !dbg !22
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %318 = load <8 x bfloat>, ptr addrspace(3) %158, align 16, !dbg !22
  %319 = load <8 x bfloat>, ptr addrspace(3) %160, align 16, !dbg !22
  %320 = icmp slt i32 %288, %5, !dbg !23
  %321 = icmp slt i32 %289, %5, !dbg !23
  %322 = icmp slt i32 %290, %5, !dbg !23
  %323 = icmp slt i32 %291, %5, !dbg !23
  %324 = and i1 %61, %320, !dbg !24
  %325 = and i1 %61, %321, !dbg !24
  %326 = and i1 %61, %322, !dbg !24
  %327 = and i1 %61, %323, !dbg !24
  %328 = mul i32 %289, %4, !dbg !25
  %329 = mul i32 %290, %4, !dbg !25
  %330 = mul i32 %291, %4, !dbg !25
  %331 = sext i32 %328 to i64, !dbg !26
  %332 = sext i32 %329 to i64, !dbg !26
  %333 = sext i32 %330 to i64, !dbg !26
  %gep = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %331, !dbg !27
  %gep3 = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %332, !dbg !27
  %gep5 = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %333, !dbg !27
  br i1 %324, label %334, label %338, !dbg !28

334:                                              ; preds = %316
  %335 = mul i32 %288, %4
  %336 = sext i32 %335 to i64
  %gep7 = getelementptr bfloat, ptr addrspace(1) %invariant.gep, i64 %336
  %337 = load <1 x bfloat>, ptr addrspace(1) %gep7, align 2, !dbg !28
  br label %338, !dbg !28

338:                                              ; preds = %334, %316
  %339 = phi <1 x bfloat> [ %337, %334 ], [ zeroinitializer, %316 ], !dbg !28
  br i1 %325, label %340, label %342, !dbg !28

340:                                              ; preds = %338
  %341 = load <1 x bfloat>, ptr addrspace(1) %gep, align 2, !dbg !28
  br label %342, !dbg !28

342:                                              ; preds = %340, %338
  %343 = phi <1 x bfloat> [ %341, %340 ], [ zeroinitializer, %338 ], !dbg !28
  br i1 %326, label %344, label %346, !dbg !28

344:                                              ; preds = %342
  %345 = load <1 x bfloat>, ptr addrspace(1) %gep3, align 2, !dbg !28
  br label %346, !dbg !28

346:                                              ; preds = %344, %342
  %347 = phi <1 x bfloat> [ %345, %344 ], [ zeroinitializer, %342 ], !dbg !28
  br i1 %327, label %348, label %350, !dbg !28

348:                                              ; preds = %346
  %349 = load <1 x bfloat>, ptr addrspace(1) %gep5, align 2, !dbg !28
  br label %350, !dbg !28

350:                                              ; preds = %348, %346
  %351 = phi <1 x bfloat> [ %349, %348 ], [ zeroinitializer, %346 ], !dbg !28
  %352 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %264), !dbg !28
  %353 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %265), !dbg !28
  %354 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %266), !dbg !28
  %355 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %267), !dbg !28
  %356 = shufflevector <4 x bfloat> %352, <4 x bfloat> %354, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %357 = shufflevector <4 x bfloat> %353, <4 x bfloat> %355, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %358 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %269, i64 0, !dbg !30
  %359 = insertelement <16 x float> %358, float %270, i64 1, !dbg !30
  %360 = insertelement <16 x float> %359, float %271, i64 2, !dbg !30
  %361 = insertelement <16 x float> %360, float %272, i64 3, !dbg !30
  %362 = insertelement <16 x float> %361, float %273, i64 4, !dbg !30
  %363 = insertelement <16 x float> %362, float %274, i64 5, !dbg !30
  %364 = insertelement <16 x float> %363, float %275, i64 6, !dbg !30
  %365 = insertelement <16 x float> %364, float %276, i64 7, !dbg !30
  %366 = insertelement <16 x float> %365, float %277, i64 8, !dbg !30
  %367 = insertelement <16 x float> %366, float %278, i64 9, !dbg !30
  %368 = insertelement <16 x float> %367, float %279, i64 10, !dbg !30
  %369 = insertelement <16 x float> %368, float %280, i64 11, !dbg !30
  %370 = insertelement <16 x float> %369, float %281, i64 12, !dbg !30
  %371 = insertelement <16 x float> %370, float %282, i64 13, !dbg !30
  %372 = insertelement <16 x float> %371, float %283, i64 14, !dbg !30
  %373 = insertelement <16 x float> %372, float %284, i64 15, !dbg !30
  %374 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %356, <8 x bfloat> %318, <16 x float> %373, i32 0, i32 0, i32 0), !dbg !30
  %375 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %357, <8 x bfloat> %319, <16 x float> %374, i32 0, i32 0, i32 0), !dbg !30
  %376 = extractelement <16 x float> %375, i64 0, !dbg !30
  %377 = extractelement <16 x float> %375, i64 1, !dbg !30
  %378 = extractelement <16 x float> %375, i64 2, !dbg !30
  %379 = extractelement <16 x float> %375, i64 3, !dbg !30
  %380 = extractelement <16 x float> %375, i64 4, !dbg !30
  %381 = extractelement <16 x float> %375, i64 5, !dbg !30
  %382 = extractelement <16 x float> %375, i64 6, !dbg !30
  %383 = extractelement <16 x float> %375, i64 7, !dbg !30
  %384 = extractelement <16 x float> %375, i64 8, !dbg !30
  %385 = extractelement <16 x float> %375, i64 9, !dbg !30
  %386 = extractelement <16 x float> %375, i64 10, !dbg !30
  %387 = extractelement <16 x float> %375, i64 11, !dbg !30
  %388 = extractelement <16 x float> %375, i64 12, !dbg !30
  %389 = extractelement <16 x float> %375, i64 13, !dbg !30
  %390 = extractelement <16 x float> %375, i64 14, !dbg !30
  %391 = extractelement <16 x float> %375, i64 15, !dbg !30
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  store <1 x bfloat> %305, ptr addrspace(3) %139, align 2, !dbg !22
  store <1 x bfloat> %313, ptr addrspace(3) %141, align 2, !dbg !22
  store <1 x bfloat> %309, ptr addrspace(3) %143, align 2, !dbg !22
  store <1 x bfloat> %317, ptr addrspace(3) %145, align 2, !dbg !22
  store <1 x bfloat> %339, ptr addrspace(3) %146, align 2, !dbg !28
  store <1 x bfloat> %347, ptr addrspace(3) %147, align 2, !dbg !28
  store <1 x bfloat> %343, ptr addrspace(3) %148, align 2, !dbg !28
  store <1 x bfloat> %351, ptr addrspace(3) %149, align 2, !dbg !28
  %392 = icmp slt i32 %286, %150, !dbg !18
  br i1 %392, label %268, label %._crit_edge, !dbg !18, !llvm.loop !31

._crit_edge:                                      ; preds = %350, %233, %.._crit_edge_crit_edge
  %.pre-phi28 = phi i32 [ %.pre27, %.._crit_edge_crit_edge ], [ %169, %233 ], [ %169, %350 ], !dbg !28
  %.pre-phi26 = phi i32 [ %.pre25, %.._crit_edge_crit_edge ], [ %168, %233 ], [ %168, %350 ], !dbg !28
  %.pre-phi = phi i32 [ %.pre, %.._crit_edge_crit_edge ], [ %153, %233 ], [ %153, %350 ], !dbg !22
  %393 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %247, %233 ], [ %376, %350 ]
  %394 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %248, %233 ], [ %377, %350 ]
  %395 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %249, %233 ], [ %378, %350 ]
  %396 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %250, %233 ], [ %379, %350 ]
  %397 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %251, %233 ], [ %380, %350 ]
  %398 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %252, %233 ], [ %381, %350 ]
  %399 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %253, %233 ], [ %382, %350 ]
  %400 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %254, %233 ], [ %383, %350 ]
  %401 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %255, %233 ], [ %384, %350 ]
  %402 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %256, %233 ], [ %385, %350 ]
  %403 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %257, %233 ], [ %386, %350 ]
  %404 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %258, %233 ], [ %387, %350 ]
  %405 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %259, %233 ], [ %388, %350 ]
  %406 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %260, %233 ], [ %389, %350 ]
  %407 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %261, %233 ], [ %390, %350 ]
  %408 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %262, %233 ], [ %391, %350 ]
  %409 = add i32 %5, 31, !dbg !18
  %410 = icmp sgt i32 %409, 31, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %411 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %.pre-phi26, !dbg !28
  %412 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %411), !dbg !28
  %413 = getelementptr inbounds nuw i8, ptr addrspace(3) %411, i32 1024, !dbg !28
  %414 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %413), !dbg !28
  %415 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %.pre-phi28, !dbg !28
  %416 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %415), !dbg !28
  %417 = getelementptr inbounds nuw i8, ptr addrspace(3) %415, i32 1024, !dbg !28
  %418 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %417), !dbg !28
  br i1 %410, label %419, label %._crit_edge._crit_edge, !dbg !30

419:                                              ; preds = %._crit_edge
  %420 = shl nuw nsw i32 %13, 6, !dbg !22
  %421 = shl nuw nsw i32 %.pre-phi, 2, !dbg !22
  %422 = lshr exact i32 %19, 1, !dbg !22
  %423 = xor i32 %421, %422, !dbg !22
  %424 = or disjoint i32 %423, %420, !dbg !22
  %425 = xor i32 %424, 32, !dbg !22
  %426 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %425, !dbg !22
  %427 = load <8 x bfloat>, ptr addrspace(3) %426, align 16, !dbg !22
  %428 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %424, !dbg !22
  %429 = load <8 x bfloat>, ptr addrspace(3) %428, align 16, !dbg !22
  %430 = shufflevector <4 x bfloat> %412, <4 x bfloat> %416, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %431 = shufflevector <4 x bfloat> %414, <4 x bfloat> %418, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !30
  %432 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %393, i64 0, !dbg !30
  %433 = insertelement <16 x float> %432, float %394, i64 1, !dbg !30
  %434 = insertelement <16 x float> %433, float %395, i64 2, !dbg !30
  %435 = insertelement <16 x float> %434, float %396, i64 3, !dbg !30
  %436 = insertelement <16 x float> %435, float %397, i64 4, !dbg !30
  %437 = insertelement <16 x float> %436, float %398, i64 5, !dbg !30
  %438 = insertelement <16 x float> %437, float %399, i64 6, !dbg !30
  %439 = insertelement <16 x float> %438, float %400, i64 7, !dbg !30
  %440 = insertelement <16 x float> %439, float %401, i64 8, !dbg !30
  %441 = insertelement <16 x float> %440, float %402, i64 9, !dbg !30
  %442 = insertelement <16 x float> %441, float %403, i64 10, !dbg !30
  %443 = insertelement <16 x float> %442, float %404, i64 11, !dbg !30
  %444 = insertelement <16 x float> %443, float %405, i64 12, !dbg !30
  %445 = insertelement <16 x float> %444, float %406, i64 13, !dbg !30
  %446 = insertelement <16 x float> %445, float %407, i64 14, !dbg !30
  %447 = insertelement <16 x float> %446, float %408, i64 15, !dbg !30
  %448 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %430, <8 x bfloat> %429, <16 x float> %447, i32 0, i32 0, i32 0), !dbg !30
  %449 = tail call <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat> %431, <8 x bfloat> %427, <16 x float> %448, i32 0, i32 0, i32 0), !dbg !30
  %450 = extractelement <16 x float> %449, i64 0, !dbg !30
  %451 = extractelement <16 x float> %449, i64 1, !dbg !30
  %452 = extractelement <16 x float> %449, i64 2, !dbg !30
  %453 = extractelement <16 x float> %449, i64 3, !dbg !30
  %454 = extractelement <16 x float> %449, i64 4, !dbg !30
  %455 = extractelement <16 x float> %449, i64 5, !dbg !30
  %456 = extractelement <16 x float> %449, i64 6, !dbg !30
  %457 = extractelement <16 x float> %449, i64 7, !dbg !30
  %458 = extractelement <16 x float> %449, i64 8, !dbg !30
  %459 = extractelement <16 x float> %449, i64 9, !dbg !30
  %460 = extractelement <16 x float> %449, i64 10, !dbg !30
  %461 = extractelement <16 x float> %449, i64 11, !dbg !30
  %462 = extractelement <16 x float> %449, i64 12, !dbg !30
  %463 = extractelement <16 x float> %449, i64 13, !dbg !30
  %464 = extractelement <16 x float> %449, i64 14, !dbg !30
  %465 = extractelement <16 x float> %449, i64 15, !dbg !30
  br label %._crit_edge._crit_edge, !dbg !30

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %419
  %466 = phi float [ %450, %419 ], [ %393, %._crit_edge ], !dbg !18
  %467 = phi float [ %465, %419 ], [ %408, %._crit_edge ], !dbg !18
  %468 = phi float [ %464, %419 ], [ %407, %._crit_edge ], !dbg !18
  %469 = phi float [ %463, %419 ], [ %406, %._crit_edge ], !dbg !18
  %470 = phi float [ %462, %419 ], [ %405, %._crit_edge ], !dbg !18
  %471 = phi float [ %461, %419 ], [ %404, %._crit_edge ], !dbg !18
  %472 = phi float [ %460, %419 ], [ %403, %._crit_edge ], !dbg !18
  %473 = phi float [ %459, %419 ], [ %402, %._crit_edge ], !dbg !18
  %474 = phi float [ %458, %419 ], [ %401, %._crit_edge ], !dbg !18
  %475 = phi float [ %457, %419 ], [ %400, %._crit_edge ], !dbg !18
  %476 = phi float [ %456, %419 ], [ %399, %._crit_edge ], !dbg !18
  %477 = phi float [ %455, %419 ], [ %398, %._crit_edge ], !dbg !18
  %478 = phi float [ %454, %419 ], [ %397, %._crit_edge ], !dbg !18
  %479 = phi float [ %453, %419 ], [ %396, %._crit_edge ], !dbg !18
  %480 = phi float [ %452, %419 ], [ %395, %._crit_edge ], !dbg !18
  %481 = phi float [ %451, %419 ], [ %394, %._crit_edge ], !dbg !18
  %482 = icmp slt i32 %22, %3, !dbg !33
  %483 = icmp slt i32 %28, %4, !dbg !34
  %484 = icmp slt i32 %29, %4, !dbg !34
  %485 = icmp slt i32 %30, %4, !dbg !34
  %486 = icmp slt i32 %31, %4, !dbg !34
  %487 = icmp slt i32 %32, %4, !dbg !34
  %488 = icmp slt i32 %33, %4, !dbg !34
  %489 = icmp slt i32 %34, %4, !dbg !34
  %490 = icmp slt i32 %35, %4, !dbg !34
  %491 = icmp slt i32 %36, %4, !dbg !34
  %492 = icmp slt i32 %37, %4, !dbg !34
  %493 = icmp slt i32 %38, %4, !dbg !34
  %494 = icmp slt i32 %39, %4, !dbg !34
  %495 = icmp slt i32 %40, %4, !dbg !34
  %496 = icmp slt i32 %41, %4, !dbg !34
  %497 = icmp slt i32 %42, %4, !dbg !34
  %498 = icmp slt i32 %43, %4, !dbg !34
  %499 = and i1 %482, %483, !dbg !35
  %500 = and i1 %482, %484, !dbg !35
  %501 = and i1 %482, %485, !dbg !35
  %502 = and i1 %482, %486, !dbg !35
  %503 = and i1 %482, %487, !dbg !35
  %504 = and i1 %482, %488, !dbg !35
  %505 = and i1 %482, %489, !dbg !35
  %506 = and i1 %482, %490, !dbg !35
  %507 = and i1 %482, %491, !dbg !35
  %508 = and i1 %482, %492, !dbg !35
  %509 = and i1 %482, %493, !dbg !35
  %510 = and i1 %482, %494, !dbg !35
  %511 = and i1 %482, %495, !dbg !35
  %512 = and i1 %482, %496, !dbg !35
  %513 = and i1 %482, %497, !dbg !35
  %514 = and i1 %482, %498, !dbg !35
  %515 = mul i32 %4, %22, !dbg !36
  %516 = sext i32 %515 to i64, !dbg !37
  %517 = getelementptr float, ptr addrspace(1) %2, i64 %516, !dbg !37
  %518 = sext i32 %29 to i64, !dbg !38
  %519 = getelementptr float, ptr addrspace(1) %517, i64 %518, !dbg !38
  %520 = sext i32 %30 to i64, !dbg !38
  %521 = getelementptr float, ptr addrspace(1) %517, i64 %520, !dbg !38
  %522 = sext i32 %31 to i64, !dbg !38
  %523 = getelementptr float, ptr addrspace(1) %517, i64 %522, !dbg !38
  %524 = sext i32 %32 to i64, !dbg !38
  %525 = getelementptr float, ptr addrspace(1) %517, i64 %524, !dbg !38
  %526 = sext i32 %33 to i64, !dbg !38
  %527 = getelementptr float, ptr addrspace(1) %517, i64 %526, !dbg !38
  %528 = sext i32 %34 to i64, !dbg !38
  %529 = getelementptr float, ptr addrspace(1) %517, i64 %528, !dbg !38
  %530 = sext i32 %35 to i64, !dbg !38
  %531 = getelementptr float, ptr addrspace(1) %517, i64 %530, !dbg !38
  %532 = sext i32 %36 to i64, !dbg !38
  %533 = getelementptr float, ptr addrspace(1) %517, i64 %532, !dbg !38
  %534 = sext i32 %37 to i64, !dbg !38
  %535 = getelementptr float, ptr addrspace(1) %517, i64 %534, !dbg !38
  %536 = sext i32 %38 to i64, !dbg !38
  %537 = getelementptr float, ptr addrspace(1) %517, i64 %536, !dbg !38
  %538 = sext i32 %39 to i64, !dbg !38
  %539 = getelementptr float, ptr addrspace(1) %517, i64 %538, !dbg !38
  %540 = sext i32 %40 to i64, !dbg !38
  %541 = getelementptr float, ptr addrspace(1) %517, i64 %540, !dbg !38
  %542 = sext i32 %41 to i64, !dbg !38
  %543 = getelementptr float, ptr addrspace(1) %517, i64 %542, !dbg !38
  %544 = sext i32 %42 to i64, !dbg !38
  %545 = getelementptr float, ptr addrspace(1) %517, i64 %544, !dbg !38
  %546 = sext i32 %43 to i64, !dbg !38
  %547 = getelementptr float, ptr addrspace(1) %517, i64 %546, !dbg !38
  %548 = and i32 %12, 192, !dbg !39
  %549 = icmp eq i32 %548, 0, !dbg !39
  %550 = and i1 %549, %499, !dbg !39
  br i1 %550, label %551, label %555, !dbg !39

551:                                              ; preds = %._crit_edge._crit_edge
  %552 = sext i32 %28 to i64
  %553 = getelementptr float, ptr addrspace(1) %517, i64 %552
  %554 = insertelement <1 x float> poison, float %466, i64 0
  store <1 x float> %554, ptr addrspace(1) %553, align 4, !dbg !39
  br label %555, !dbg !39

555:                                              ; preds = %551, %._crit_edge._crit_edge
  %556 = and i1 %549, %500, !dbg !39
  br i1 %556, label %557, label %559, !dbg !39

557:                                              ; preds = %555
  %558 = insertelement <1 x float> poison, float %481, i64 0
  store <1 x float> %558, ptr addrspace(1) %519, align 4, !dbg !39
  br label %559, !dbg !39

559:                                              ; preds = %557, %555
  %560 = and i1 %549, %501, !dbg !39
  br i1 %560, label %561, label %563, !dbg !39

561:                                              ; preds = %559
  %562 = insertelement <1 x float> poison, float %480, i64 0
  store <1 x float> %562, ptr addrspace(1) %521, align 4, !dbg !39
  br label %563, !dbg !39

563:                                              ; preds = %561, %559
  %564 = and i1 %549, %502, !dbg !39
  br i1 %564, label %565, label %567, !dbg !39

565:                                              ; preds = %563
  %566 = insertelement <1 x float> poison, float %479, i64 0
  store <1 x float> %566, ptr addrspace(1) %523, align 4, !dbg !39
  br label %567, !dbg !39

567:                                              ; preds = %565, %563
  %568 = and i1 %549, %503, !dbg !39
  br i1 %568, label %569, label %571, !dbg !39

569:                                              ; preds = %567
  %570 = insertelement <1 x float> poison, float %478, i64 0
  store <1 x float> %570, ptr addrspace(1) %525, align 4, !dbg !39
  br label %571, !dbg !39

571:                                              ; preds = %569, %567
  %572 = and i1 %549, %504, !dbg !39
  br i1 %572, label %573, label %575, !dbg !39

573:                                              ; preds = %571
  %574 = insertelement <1 x float> poison, float %477, i64 0
  store <1 x float> %574, ptr addrspace(1) %527, align 4, !dbg !39
  br label %575, !dbg !39

575:                                              ; preds = %573, %571
  %576 = and i1 %549, %505, !dbg !39
  br i1 %576, label %577, label %579, !dbg !39

577:                                              ; preds = %575
  %578 = insertelement <1 x float> poison, float %476, i64 0
  store <1 x float> %578, ptr addrspace(1) %529, align 4, !dbg !39
  br label %579, !dbg !39

579:                                              ; preds = %577, %575
  %580 = and i1 %549, %506, !dbg !39
  br i1 %580, label %581, label %583, !dbg !39

581:                                              ; preds = %579
  %582 = insertelement <1 x float> poison, float %475, i64 0
  store <1 x float> %582, ptr addrspace(1) %531, align 4, !dbg !39
  br label %583, !dbg !39

583:                                              ; preds = %581, %579
  %584 = and i1 %549, %507, !dbg !39
  br i1 %584, label %585, label %587, !dbg !39

585:                                              ; preds = %583
  %586 = insertelement <1 x float> poison, float %474, i64 0
  store <1 x float> %586, ptr addrspace(1) %533, align 4, !dbg !39
  br label %587, !dbg !39

587:                                              ; preds = %585, %583
  %588 = and i1 %549, %508, !dbg !39
  br i1 %588, label %589, label %591, !dbg !39

589:                                              ; preds = %587
  %590 = insertelement <1 x float> poison, float %473, i64 0
  store <1 x float> %590, ptr addrspace(1) %535, align 4, !dbg !39
  br label %591, !dbg !39

591:                                              ; preds = %589, %587
  %592 = and i1 %549, %509, !dbg !39
  br i1 %592, label %593, label %595, !dbg !39

593:                                              ; preds = %591
  %594 = insertelement <1 x float> poison, float %472, i64 0
  store <1 x float> %594, ptr addrspace(1) %537, align 4, !dbg !39
  br label %595, !dbg !39

595:                                              ; preds = %593, %591
  %596 = and i1 %549, %510, !dbg !39
  br i1 %596, label %597, label %599, !dbg !39

597:                                              ; preds = %595
  %598 = insertelement <1 x float> poison, float %471, i64 0
  store <1 x float> %598, ptr addrspace(1) %539, align 4, !dbg !39
  br label %599, !dbg !39

599:                                              ; preds = %597, %595
  %600 = and i1 %549, %511, !dbg !39
  br i1 %600, label %601, label %603, !dbg !39

601:                                              ; preds = %599
  %602 = insertelement <1 x float> poison, float %470, i64 0
  store <1 x float> %602, ptr addrspace(1) %541, align 4, !dbg !39
  br label %603, !dbg !39

603:                                              ; preds = %601, %599
  %604 = and i1 %549, %512, !dbg !39
  br i1 %604, label %605, label %607, !dbg !39

605:                                              ; preds = %603
  %606 = insertelement <1 x float> poison, float %469, i64 0
  store <1 x float> %606, ptr addrspace(1) %543, align 4, !dbg !39
  br label %607, !dbg !39

607:                                              ; preds = %605, %603
  %608 = and i1 %549, %513, !dbg !39
  br i1 %608, label %609, label %611, !dbg !39

609:                                              ; preds = %607
  %610 = insertelement <1 x float> poison, float %468, i64 0
  store <1 x float> %610, ptr addrspace(1) %545, align 4, !dbg !39
  br label %611, !dbg !39

611:                                              ; preds = %609, %607
  %612 = and i1 %549, %514, !dbg !39
  br i1 %612, label %613, label %615, !dbg !39

613:                                              ; preds = %611
  %614 = insertelement <1 x float> poison, float %467, i64 0
  store <1 x float> %614, ptr addrspace(1) %547, align 4, !dbg !39
  br label %615, !dbg !39

615:                                              ; preds = %613, %611
  ret void, !dbg !40
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.y() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #2

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) captures(none)) #4

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.f32.32x32x16.bf16(<8 x bfloat>, <8 x bfloat>, <16 x float>, i32 immarg, i32 immarg, i32 immarg) #5

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn }
attributes #3 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #5 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "bf16_dot", linkageName: "bf16_dot", scope: !1, file: !1, line: 21, type: !5, scopeLine: 21, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 24, column: 26, scope: !4)
!8 = !DILocation(line: 25, column: 26, scope: !4)
!9 = !DILocation(line: 26, column: 17, scope: !4)
!10 = !DILocation(line: 26, column: 35, scope: !4)
!11 = !DILocation(line: 26, column: 22, scope: !4)
!12 = !DILocation(line: 27, column: 17, scope: !4)
!13 = !DILocation(line: 27, column: 22, scope: !4)
!14 = !DILocation(line: 32, column: 40, scope: !4)
!15 = !DILocation(line: 31, column: 42, scope: !4)
!16 = !DILocation(line: 31, column: 28, scope: !4)
!17 = !DILocation(line: 34, column: 60, scope: !4)
!18 = !DILocation(line: 29, column: 26, scope: !4)
!19 = !DILocation(line: 32, column: 60, scope: !4)
!20 = !DILocation(line: 32, column: 46, scope: !4)
!21 = !DILocation(line: 31, column: 46, scope: !4)
!22 = !DILocation(line: 31, column: 20, scope: !4)
!23 = !DILocation(line: 34, column: 40, scope: !4)
!24 = !DILocation(line: 34, column: 46, scope: !4)
!25 = !DILocation(line: 33, column: 42, scope: !4)
!26 = !DILocation(line: 33, column: 28, scope: !4)
!27 = !DILocation(line: 33, column: 46, scope: !4)
!28 = !DILocation(line: 33, column: 20, scope: !4)
!29 = !DILocation(line: 30, column: 18, scope: !4)
!30 = !DILocation(line: 35, column: 25, scope: !4)
!31 = distinct !{!31, !32}
!32 = !{!"llvm.loop.peeled.count", i32 1}
!33 = !DILocation(line: 37, column: 33, scope: !4)
!34 = !DILocation(line: 37, column: 53, scope: !4)
!35 = !DILocation(line: 37, column: 39, scope: !4)
!36 = !DILocation(line: 36, column: 35, scope: !4)
!37 = !DILocation(line: 36, column: 21, scope: !4)
!38 = !DILocation(line: 36, column: 39, scope: !4)
!39 = !DILocation(line: 36, column: 52, scope: !4)
!40 = !DILocation(line: 36, column: 4, scope: !4)
