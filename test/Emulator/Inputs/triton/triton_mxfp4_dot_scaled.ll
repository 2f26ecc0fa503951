; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@global_smem = external addrspace(3) global [0 x i8], align 16

; Function Attrs: nofree norecurse nounwind
define amdgpu_kernel void @mxfp4_dot_scaled(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg readonly captures(none) %2, ptr addrspace(1) inreg readonly captures(none) %3, ptr addrspace(1) inreg writeonly captures(none) %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  %9 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !7
  %urem = and i32 %9, 255, !dbg !7
  %10 = and i32 %9, 63, !dbg !7
  %11 = and i32 %9, 32, !dbg !8
  %.lobit = lshr exact i32 %11, 5, !dbg !8
  %12 = or disjoint i32 %.lobit, 2, !dbg !8
  %13 = lshr i32 %9, 6, !dbg !9
  %14 = and i32 %13, 3, !dbg !9
  %15 = or disjoint i32 %14, 4, !dbg !9
  %16 = or disjoint i32 %14, 8, !dbg !9
  %17 = or i32 %13, 12, !dbg !9
  %18 = or disjoint i32 %14, 16, !dbg !9
  %19 = or disjoint i32 %14, 20, !dbg !9
  %20 = or disjoint i32 %14, 24, !dbg !9
  %21 = or i32 %13, 28, !dbg !9
  %22 = and i32 %9, 31, !dbg !9
  %23 = sdiv i32 %5, 2, !dbg !10
  %24 = mul i32 %23, %14, !dbg !11
  %25 = mul i32 %23, %15, !dbg !11
  %26 = mul i32 %23, %16, !dbg !11
  %27 = mul i32 %23, %17, !dbg !11
  %28 = mul i32 %23, %18, !dbg !11
  %29 = mul i32 %23, %19, !dbg !11
  %30 = mul i32 %23, %20, !dbg !11
  %31 = mul i32 %23, %21, !dbg !11
  %32 = sext i32 %24 to i64, !dbg !12
  %33 = getelementptr i8, ptr addrspace(1) %0, i64 %32, !dbg !12
  %34 = sext i32 %25 to i64, !dbg !12
  %35 = getelementptr i8, ptr addrspace(1) %0, i64 %34, !dbg !12
  %36 = sext i32 %26 to i64, !dbg !12
  %37 = getelementptr i8, ptr addrspace(1) %0, i64 %36, !dbg !12
  %38 = sext i32 %27 to i64, !dbg !12
  %39 = getelementptr i8, ptr addrspace(1) %0, i64 %38, !dbg !12
  %40 = sext i32 %28 to i64, !dbg !12
  %41 = getelementptr i8, ptr addrspace(1) %0, i64 %40, !dbg !12
  %42 = sext i32 %29 to i64, !dbg !12
  %43 = getelementptr i8, ptr addrspace(1) %0, i64 %42, !dbg !12
  %44 = sext i32 %30 to i64, !dbg !12
  %45 = getelementptr i8, ptr addrspace(1) %0, i64 %44, !dbg !12
  %46 = sext i32 %31 to i64, !dbg !12
  %47 = getelementptr i8, ptr addrspace(1) %0, i64 %46, !dbg !12
  %48 = getelementptr i8, ptr addrspace(1) %2, i64 %32, !dbg !13
  %49 = getelementptr i8, ptr addrspace(1) %2, i64 %34, !dbg !13
  %50 = getelementptr i8, ptr addrspace(1) %2, i64 %36, !dbg !13
  %51 = getelementptr i8, ptr addrspace(1) %2, i64 %38, !dbg !13
  %52 = getelementptr i8, ptr addrspace(1) %2, i64 %40, !dbg !13
  %53 = getelementptr i8, ptr addrspace(1) %2, i64 %42, !dbg !13
  %54 = getelementptr i8, ptr addrspace(1) %2, i64 %44, !dbg !13
  %55 = getelementptr i8, ptr addrspace(1) %2, i64 %46, !dbg !13
  %56 = sdiv i32 %5, 32, !dbg !14
  %57 = mul nsw i32 %56, %22, !dbg !15
  %58 = sext i32 %57 to i64, !dbg !16
  %59 = getelementptr i8, ptr addrspace(1) %1, i64 %58, !dbg !16
  %60 = getelementptr i8, ptr addrspace(1) %3, i64 %58, !dbg !17
  %61 = icmp sgt i32 %5, 0, !dbg !18
  %62 = zext nneg i32 %10 to i64, !dbg !19
  %63 = getelementptr i8, ptr addrspace(1) %35, i64 %62, !dbg !19
  %64 = getelementptr i8, ptr addrspace(1) %37, i64 %62, !dbg !19
  %65 = getelementptr i8, ptr addrspace(1) %39, i64 %62, !dbg !19
  %66 = getelementptr i8, ptr addrspace(1) %41, i64 %62, !dbg !19
  %67 = getelementptr i8, ptr addrspace(1) %43, i64 %62, !dbg !19
  %68 = getelementptr i8, ptr addrspace(1) %45, i64 %62, !dbg !19
  %69 = getelementptr i8, ptr addrspace(1) %47, i64 %62, !dbg !19
  br i1 %61, label %70, label %73, !dbg !20

70:                                               ; preds = %8
  %71 = getelementptr i8, ptr addrspace(1) %33, i64 %62
  %72 = load <1 x i8>, ptr addrspace(1) %71, align 1, !dbg !20
  br label %73, !dbg !20

73:                                               ; preds = %70, %8
  %74 = phi <1 x i8> [ %72, %70 ], [ zeroinitializer, %8 ], !dbg !20
  br i1 %61, label %75, label %77, !dbg !20

75:                                               ; preds = %73
  %76 = load <1 x i8>, ptr addrspace(1) %63, align 1, !dbg !20
  br label %77, !dbg !20

77:                                               ; preds = %75, %73
  %78 = phi <1 x i8> [ %76, %75 ], [ zeroinitializer, %73 ], !dbg !20
  br i1 %61, label %79, label %81, !dbg !20

79:                                               ; preds = %77
  %80 = load <1 x i8>, ptr addrspace(1) %64, align 1, !dbg !20
  br label %81, !dbg !20

81:                                               ; preds = %79, %77
  %82 = phi <1 x i8> [ %80, %79 ], [ zeroinitializer, %77 ], !dbg !20
  br i1 %61, label %83, label %85, !dbg !20

83:                                               ; preds = %81
  %84 = load <1 x i8>, ptr addrspace(1) %65, align 1, !dbg !20
  br label %85, !dbg !20

85:                                               ; preds = %83, %81
  %86 = phi <1 x i8> [ %84, %83 ], [ zeroinitializer, %81 ], !dbg !20
  br i1 %61, label %87, label %89, !dbg !20

87:                                               ; preds = %85
  %88 = load <1 x i8>, ptr addrspace(1) %66, align 1, !dbg !20
  br label %89, !dbg !20

89:                                               ; preds = %87, %85
  %90 = phi <1 x i8> [ %88, %87 ], [ zeroinitializer, %85 ], !dbg !20
  br i1 %61, label %91, label %93, !dbg !20

91:                                               ; preds = %89
  %92 = load <1 x i8>, ptr addrspace(1) %67, align 1, !dbg !20
  br label %93, !dbg !20

93:                                               ; preds = %91, %89
  %94 = phi <1 x i8> [ %92, %91 ], [ zeroinitializer, %89 ], !dbg !20
  br i1 %61, label %95, label %97, !dbg !20

95:                                               ; preds = %93
  %96 = load <1 x i8>, ptr addrspace(1) %68, align 1, !dbg !20
  br label %97, !dbg !20

97:                                               ; preds = %95, %93
  %98 = phi <1 x i8> [ %96, %95 ], [ zeroinitializer, %93 ], !dbg !20
  br i1 %61, label %99, label %101, !dbg !20

99:                                               ; preds = %97
  %100 = load <1 x i8>, ptr addrspace(1) %69, align 1, !dbg !20
  br label %101, !dbg !20

101:                                              ; preds = %99, %97
  %102 = phi <1 x i8> [ %100, %99 ], [ zeroinitializer, %97 ], !dbg !20
  %103 = getelementptr i8, ptr addrspace(1) %49, i64 %62, !dbg !21
  %104 = getelementptr i8, ptr addrspace(1) %50, i64 %62, !dbg !21
  %105 = getelementptr i8, ptr addrspace(1) %51, i64 %62, !dbg !21
  %106 = getelementptr i8, ptr addrspace(1) %52, i64 %62, !dbg !21
  %107 = getelementptr i8, ptr addrspace(1) %53, i64 %62, !dbg !21
  %108 = getelementptr i8, ptr addrspace(1) %54, i64 %62, !dbg !21
  %109 = getelementptr i8, ptr addrspace(1) %55, i64 %62, !dbg !21
  br i1 %61, label %110, label %113, !dbg !22

110:                                              ; preds = %101
  %111 = getelementptr i8, ptr addrspace(1) %48, i64 %62
  %112 = load <1 x i8>, ptr addrspace(1) %111, align 1, !dbg !22
  br label %113, !dbg !22

113:                                              ; preds = %110, %101
  %114 = phi <1 x i8> [ %112, %110 ], [ zeroinitializer, %101 ], !dbg !22
  br i1 %61, label %115, label %117, !dbg !22

115:                                              ; preds = %113
  %116 = load <1 x i8>, ptr addrspace(1) %103, align 1, !dbg !22
  br label %117, !dbg !22

117:                                              ; preds = %115, %113
  %118 = phi <1 x i8> [ %116, %115 ], [ zeroinitializer, %113 ], !dbg !22
  br i1 %61, label %119, label %121, !dbg !22

119:                                              ; preds = %117
  %120 = load <1 x i8>, ptr addrspace(1) %104, align 1, !dbg !22
  br label %121, !dbg !22

121:                                              ; preds = %119, %117
  %122 = phi <1 x i8> [ %120, %119 ], [ zeroinitializer, %117 ], !dbg !22
  br i1 %61, label %123, label %125, !dbg !22

123:                                              ; preds = %121
  %124 = load <1 x i8>, ptr addrspace(1) %105, align 1, !dbg !22
  br label %125, !dbg !22

125:                                              ; preds = %123, %121
  %126 = phi <1 x i8> [ %124, %123 ], [ zeroinitializer, %121 ], !dbg !22
  br i1 %61, label %127, label %129, !dbg !22

127:                                              ; preds = %125
  %128 = load <1 x i8>, ptr addrspace(1) %106, align 1, !dbg !22
  br label %129, !dbg !22

129:                                              ; preds = %127, %125
  %130 = phi <1 x i8> [ %128, %127 ], [ zeroinitializer, %125 ], !dbg !22
  br i1 %61, label %131, label %133, !dbg !22

131:                                              ; preds = %129
  %132 = load <1 x i8>, ptr addrspace(1) %107, align 1, !dbg !22
  br label %133, !dbg !22

133:                                              ; preds = %131, %129
  %134 = phi <1 x i8> [ %132, %131 ], [ zeroinitializer, %129 ], !dbg !22
  br i1 %61, label %135, label %137, !dbg !22

135:                                              ; preds = %133
  %136 = load <1 x i8>, ptr addrspace(1) %108, align 1, !dbg !22
  br label %137, !dbg !22

137:                                              ; preds = %135, %133
  %138 = phi <1 x i8> [ %136, %135 ], [ zeroinitializer, %133 ], !dbg !22
  br i1 %61, label %139, label %141, !dbg !22

139:                                              ; preds = %137
  %140 = load <1 x i8>, ptr addrspace(1) %109, align 1, !dbg !22
  br label %141, !dbg !22

141:                                              ; preds = %139, %137
  %142 = phi <1 x i8> [ %140, %139 ], [ zeroinitializer, %137 ], !dbg !22
  %143 = zext nneg i32 %12 to i64, !dbg !23
  %144 = getelementptr i8, ptr addrspace(1) %59, i64 %143, !dbg !23
  br i1 %61, label %145, label %149, !dbg !24

145:                                              ; preds = %141
  %146 = zext nneg i32 %.lobit to i64
  %147 = getelementptr i8, ptr addrspace(1) %59, i64 %146
  %148 = load <1 x i8>, ptr addrspace(1) %147, align 1, !dbg !24
  br label %149, !dbg !24

149:                                              ; preds = %145, %141
  %150 = phi <1 x i8> [ %148, %145 ], [ zeroinitializer, %141 ], !dbg !24
  %151 = extractelement <1 x i8> %150, i64 0, !dbg !24
  br i1 %61, label %152, label %154, !dbg !24

152:                                              ; preds = %149
  %153 = load <1 x i8>, ptr addrspace(1) %144, align 1, !dbg !24
  br label %154, !dbg !24

154:                                              ; preds = %152, %149
  %155 = phi <1 x i8> [ %153, %152 ], [ zeroinitializer, %149 ], !dbg !24
  %156 = extractelement <1 x i8> %155, i64 0, !dbg !24
  %157 = getelementptr i8, ptr addrspace(1) %60, i64 %143, !dbg !25
  br i1 %61, label %158, label %162, !dbg !26

158:                                              ; preds = %154
  %159 = zext nneg i32 %.lobit to i64
  %160 = getelementptr i8, ptr addrspace(1) %60, i64 %159
  %161 = load <1 x i8>, ptr addrspace(1) %160, align 1, !dbg !26
  br label %162, !dbg !26

162:                                              ; preds = %158, %154
  %163 = phi <1 x i8> [ %161, %158 ], [ zeroinitializer, %154 ], !dbg !26
  %164 = extractelement <1 x i8> %163, i64 0, !dbg !26
  br i1 %61, label %165, label %167, !dbg !26

165:                                              ; preds = %162
  %166 = load <1 x i8>, ptr addrspace(1) %157, align 1, !dbg !26
  br label %167, !dbg !26

167:                                              ; preds = %165, %162
  %168 = phi <1 x i8> [ %166, %165 ], [ zeroinitializer, %162 ], !dbg !26
  %169 = extractelement <1 x i8> %168, i64 0, !dbg !26
  %170 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %urem, !dbg !20
  store <1 x i8> %74, ptr addrspace(3) %170, align 1, !dbg !20
  %171 = or disjoint i32 %urem, 1024, !dbg !20
  %172 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %171, !dbg !20
  store <1 x i8> %90, ptr addrspace(3) %172, align 1, !dbg !20
  %173 = xor i32 %urem, 272, !dbg !20
  %174 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %173, !dbg !20
  store <1 x i8> %78, ptr addrspace(3) %174, align 1, !dbg !20
  %175 = or disjoint i32 %173, 1024, !dbg !20
  %176 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %175, !dbg !20
  store <1 x i8> %94, ptr addrspace(3) %176, align 1, !dbg !20
  %177 = xor i32 %urem, 544, !dbg !20
  %178 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %177, !dbg !20
  store <1 x i8> %82, ptr addrspace(3) %178, align 1, !dbg !20
  %179 = or disjoint i32 %177, 1024, !dbg !20
  %180 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %179, !dbg !20
  store <1 x i8> %98, ptr addrspace(3) %180, align 1, !dbg !20
  %181 = xor i32 %urem, 816, !dbg !20
  %182 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %181, !dbg !20
  store <1 x i8> %86, ptr addrspace(3) %182, align 1, !dbg !20
  %183 = or disjoint i32 %181, 1024, !dbg !20
  %184 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %183, !dbg !20
  store <1 x i8> %102, ptr addrspace(3) %184, align 1, !dbg !20
  %185 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %urem, !dbg !22
  store <1 x i8> %114, ptr addrspace(3) %185, align 1, !dbg !22
  %186 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %171, !dbg !22
  store <1 x i8> %130, ptr addrspace(3) %186, align 1, !dbg !22
  %187 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %173, !dbg !22
  store <1 x i8> %118, ptr addrspace(3) %187, align 1, !dbg !22
  %188 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %175, !dbg !22
  store <1 x i8> %134, ptr addrspace(3) %188, align 1, !dbg !22
  %189 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %177, !dbg !22
  store <1 x i8> %122, ptr addrspace(3) %189, align 1, !dbg !22
  %190 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %179, !dbg !22
  store <1 x i8> %138, ptr addrspace(3) %190, align 1, !dbg !22
  %191 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %181, !dbg !22
  store <1 x i8> %126, ptr addrspace(3) %191, align 1, !dbg !22
  %192 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %183, !dbg !22
  store <1 x i8> %142, ptr addrspace(3) %192, align 1, !dbg !22
  %193 = add i32 %5, -128, !dbg !18
  %194 = icmp sgt i32 %193, 0, !dbg !18
  br i1 %194, label %.lr.ph, label %._crit_edge, !dbg !18

.lr.ph:                                           ; preds = %167
  %195 = shl nuw nsw i32 %22, 6
  %196 = shl nuw nsw i32 %9, 2
  %197 = and i32 %196, 48
  %198 = lshr exact i32 %11, 1
  %199 = xor i32 %197, %198
  %200 = or disjoint i32 %199, %195
  %201 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %200
  %202 = xor i32 %200, 32
  %203 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %202
  %204 = or disjoint i32 %10, 64, !dbg !27
  %205 = or disjoint i32 %.lobit, 4, !dbg !28
  %206 = or disjoint i32 %.lobit, 6, !dbg !28
  %207 = zext nneg i32 %204 to i64, !dbg !19
  %208 = getelementptr i8, ptr addrspace(1) %33, i64 %207, !dbg !19
  %209 = getelementptr i8, ptr addrspace(1) %35, i64 %207, !dbg !19
  %210 = getelementptr i8, ptr addrspace(1) %37, i64 %207, !dbg !19
  %211 = getelementptr i8, ptr addrspace(1) %39, i64 %207, !dbg !19
  %212 = getelementptr i8, ptr addrspace(1) %41, i64 %207, !dbg !19
  %213 = getelementptr i8, ptr addrspace(1) %43, i64 %207, !dbg !19
  %214 = getelementptr i8, ptr addrspace(1) %45, i64 %207, !dbg !19
  %215 = getelementptr i8, ptr addrspace(1) %47, i64 %207, !dbg !19
  %216 = load <1 x i8>, ptr addrspace(1) %208, align 1, !dbg !20
  %217 = load <1 x i8>, ptr addrspace(1) %209, align 1, !dbg !20
  %218 = load <1 x i8>, ptr addrspace(1) %210, align 1, !dbg !20
  %219 = load <1 x i8>, ptr addrspace(1) %211, align 1, !dbg !20
  %220 = load <1 x i8>, ptr addrspace(1) %212, align 1, !dbg !20
  %221 = load <1 x i8>, ptr addrspace(1) %213, align 1, !dbg !20
  %222 = load <1 x i8>, ptr addrspace(1) %214, align 1, !dbg !20
  %223 = load <1 x i8>, ptr addrspace(1) %215, align 1, !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %224 = load <4 x i32>, ptr addrspace(3) %201, align 16, !dbg !20
  %225 = load <4 x i32>, ptr addrspace(3) %203, align 16, !dbg !20
  %226 = getelementptr i8, ptr addrspace(1) %48, i64 %207, !dbg !21
  %227 = getelementptr i8, ptr addrspace(1) %49, i64 %207, !dbg !21
  %228 = getelementptr i8, ptr addrspace(1) %50, i64 %207, !dbg !21
  %229 = getelementptr i8, ptr addrspace(1) %51, i64 %207, !dbg !21
  %230 = getelementptr i8, ptr addrspace(1) %52, i64 %207, !dbg !21
  %231 = getelementptr i8, ptr addrspace(1) %53, i64 %207, !dbg !21
  %232 = getelementptr i8, ptr addrspace(1) %54, i64 %207, !dbg !21
  %233 = getelementptr i8, ptr addrspace(1) %55, i64 %207, !dbg !21
  %234 = load <1 x i8>, ptr addrspace(1) %226, align 1, !dbg !22
  %235 = load <1 x i8>, ptr addrspace(1) %227, align 1, !dbg !22
  %236 = load <1 x i8>, ptr addrspace(1) %228, align 1, !dbg !22
  %237 = load <1 x i8>, ptr addrspace(1) %229, align 1, !dbg !22
  %238 = load <1 x i8>, ptr addrspace(1) %230, align 1, !dbg !22
  %239 = load <1 x i8>, ptr addrspace(1) %231, align 1, !dbg !22
  %240 = load <1 x i8>, ptr addrspace(1) %232, align 1, !dbg !22
  %241 = load <1 x i8>, ptr addrspace(1) %233, align 1, !dbg !22
  %242 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %200, !dbg !29
  %243 = load <4 x i32>, ptr addrspace(3) %242, align 16, !dbg !29
  %244 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %202, !dbg !29
  %245 = load <4 x i32>, ptr addrspace(3) %244, align 16, !dbg !29
  %246 = zext nneg i32 %205 to i64, !dbg !23
  %247 = getelementptr i8, ptr addrspace(1) %59, i64 %246, !dbg !23
  %248 = zext nneg i32 %206 to i64, !dbg !23
  %249 = getelementptr i8, ptr addrspace(1) %59, i64 %248, !dbg !23
  %250 = load i8, ptr addrspace(1) %247, align 1, !dbg !24
  %251 = load i8, ptr addrspace(1) %249, align 1, !dbg !24
  %252 = getelementptr i8, ptr addrspace(1) %60, i64 %246, !dbg !25
  %253 = getelementptr i8, ptr addrspace(1) %60, i64 %248, !dbg !25
  %254 = load i8, ptr addrspace(1) %252, align 1, !dbg !26
  %255 = load i8, ptr addrspace(1) %253, align 1, !dbg !26
  %256 = shufflevector <1 x i8> %150, <1 x i8> %155, <2 x i32> <i32 0, i32 1>, !dbg !29
  %257 = bitcast <2 x i8> %256 to i16, !dbg !29
  %258 = zext i16 %257 to i32, !dbg !29
  %259 = shufflevector <1 x i8> %163, <1 x i8> %168, <2 x i32> <i32 0, i32 1>, !dbg !29
  %260 = bitcast <2 x i8> %259 to i16, !dbg !29
  %261 = zext i16 %260 to i32, !dbg !29
  %262 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %243, <4 x i32> %224, <16 x float> zeroinitializer, i32 4, i32 4, i32 0, i32 %261, i32 0, i32 %258), !dbg !29
  %263 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %245, <4 x i32> %225, <16 x float> %262, i32 4, i32 4, i32 1, i32 %261, i32 1, i32 %258), !dbg !29
  %264 = extractelement <16 x float> %263, i64 0, !dbg !29
  %265 = extractelement <16 x float> %263, i64 1, !dbg !29
  %266 = extractelement <16 x float> %263, i64 2, !dbg !29
  %267 = extractelement <16 x float> %263, i64 3, !dbg !29
  %268 = extractelement <16 x float> %263, i64 4, !dbg !29
  %269 = extractelement <16 x float> %263, i64 5, !dbg !29
  %270 = extractelement <16 x float> %263, i64 6, !dbg !29
  %271 = extractelement <16 x float> %263, i64 7, !dbg !29
  %272 = extractelement <16 x float> %263, i64 8, !dbg !29
  %273 = extractelement <16 x float> %263, i64 9, !dbg !29
  %274 = extractelement <16 x float> %263, i64 10, !dbg !29
  %275 = extractelement <16 x float> %263, i64 11, !dbg !29
  %276 = extractelement <16 x float> %263, i64 12, !dbg !29
  %277 = extractelement <16 x float> %263, i64 13, !dbg !29
  %278 = extractelement <16 x float> %263, i64 14, !dbg !29
  %279 = extractelement <16 x float> %263, i64 15, !dbg !29
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <1 x i8> %216, ptr addrspace(3) %170, align 1, !dbg !20
  store <1 x i8> %220, ptr addrspace(3) %172, align 1, !dbg !20
  store <1 x i8> %217, ptr addrspace(3) %174, align 1, !dbg !20
  store <1 x i8> %221, ptr addrspace(3) %176, align 1, !dbg !20
  store <1 x i8> %218, ptr addrspace(3) %178, align 1, !dbg !20
  store <1 x i8> %222, ptr addrspace(3) %180, align 1, !dbg !20
  store <1 x i8> %219, ptr addrspace(3) %182, align 1, !dbg !20
  store <1 x i8> %223, ptr addrspace(3) %184, align 1, !dbg !20
  store <1 x i8> %234, ptr addrspace(3) %185, align 1, !dbg !22
  store <1 x i8> %238, ptr addrspace(3) %186, align 1, !dbg !22
  store <1 x i8> %235, ptr addrspace(3) %187, align 1, !dbg !22
  store <1 x i8> %239, ptr addrspace(3) %188, align 1, !dbg !22
  store <1 x i8> %236, ptr addrspace(3) %189, align 1, !dbg !22
  store <1 x i8> %240, ptr addrspace(3) %190, align 1, !dbg !22
  store <1 x i8> %237, ptr addrspace(3) %191, align 1, !dbg !22
  store <1 x i8> %241, ptr addrspace(3) %192, align 1, !dbg !22
  %280 = icmp samesign ugt i32 %193, 128, !dbg !18
  br i1 %280, label %.peel.next, label %._crit_edge, !dbg !18

.peel.next:                                       ; preds = %.lr.ph
  %281 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %200
  %282 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %202
  br label %283, !dbg !18

283:                                              ; preds = %.peel.next, %283
  %.pn3340 = phi i8 [ %255, %.peel.next ], [ %353, %283 ]
  %.pn3539 = phi i8 [ %254, %.peel.next ], [ %352, %283 ]
  %.pn2938 = phi i8 [ %251, %.peel.next ], [ %349, %283 ]
  %.pn3137 = phi i8 [ %250, %.peel.next ], [ %348, %283 ]
  %284 = phi float [ %264, %.peel.next ], [ %380, %283 ]
  %285 = phi float [ %265, %.peel.next ], [ %381, %283 ]
  %286 = phi float [ %266, %.peel.next ], [ %382, %283 ]
  %287 = phi float [ %267, %.peel.next ], [ %383, %283 ]
  %288 = phi float [ %268, %.peel.next ], [ %384, %283 ]
  %289 = phi float [ %269, %.peel.next ], [ %385, %283 ]
  %290 = phi float [ %270, %.peel.next ], [ %386, %283 ]
  %291 = phi float [ %271, %.peel.next ], [ %387, %283 ]
  %292 = phi float [ %272, %.peel.next ], [ %388, %283 ]
  %293 = phi float [ %273, %.peel.next ], [ %389, %283 ]
  %294 = phi float [ %274, %.peel.next ], [ %390, %283 ]
  %295 = phi float [ %275, %.peel.next ], [ %391, %283 ]
  %296 = phi float [ %276, %.peel.next ], [ %392, %283 ]
  %297 = phi float [ %277, %.peel.next ], [ %393, %283 ]
  %298 = phi float [ %278, %.peel.next ], [ %394, %283 ]
  %299 = phi float [ %279, %.peel.next ], [ %395, %283 ]
  %300 = phi i32 [ 128, %.peel.next ], [ %301, %283 ]
  %301 = add i32 %300, 128, !dbg !18
  %302 = ashr exact i32 %301, 1, !dbg !30
  %303 = or disjoint i32 %302, %10, !dbg !27
  %304 = ashr exact i32 %301, 5, !dbg !31
  %305 = or disjoint i32 %304, %.lobit, !dbg !28
  %306 = or disjoint i32 %304, %12, !dbg !28
  %307 = sext i32 %303 to i64, !dbg !19
  %308 = getelementptr i8, ptr addrspace(1) %33, i64 %307, !dbg !19
  %309 = getelementptr i8, ptr addrspace(1) %35, i64 %307, !dbg !19
  %310 = getelementptr i8, ptr addrspace(1) %37, i64 %307, !dbg !19
  %311 = getelementptr i8, ptr addrspace(1) %39, i64 %307, !dbg !19
  %312 = getelementptr i8, ptr addrspace(1) %41, i64 %307, !dbg !19
  %313 = getelementptr i8, ptr addrspace(1) %43, i64 %307, !dbg !19
  %314 = getelementptr i8, ptr addrspace(1) %45, i64 %307, !dbg !19
  %315 = getelementptr i8, ptr addrspace(1) %47, i64 %307, !dbg !19
  %316 = load <1 x i8>, ptr addrspace(1) %308, align 1, !dbg !20
  %317 = load <1 x i8>, ptr addrspace(1) %309, align 1, !dbg !20
  %318 = load <1 x i8>, ptr addrspace(1) %310, align 1, !dbg !20
  %319 = load <1 x i8>, ptr addrspace(1) %311, align 1, !dbg !20
  %320 = load <1 x i8>, ptr addrspace(1) %312, align 1, !dbg !20
  %321 = load <1 x i8>, ptr addrspace(1) %313, align 1, !dbg !20
  %322 = load <1 x i8>, ptr addrspace(1) %314, align 1, !dbg !20
  %323 = load <1 x i8>, ptr addrspace(1) %315, align 1, !dbg !20
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  %324 = load <4 x i32>, ptr addrspace(3) %201, align 16, !dbg !20
  %325 = load <4 x i32>, ptr addrspace(3) %203, align 16, !dbg !20
  %326 = getelementptr i8, ptr addrspace(1) %48, i64 %307, !dbg !21
  %327 = getelementptr i8, ptr addrspace(1) %49, i64 %307, !dbg !21
  %328 = getelementptr i8, ptr addrspace(1) %50, i64 %307, !dbg !21
  %329 = getelementptr i8, ptr addrspace(1) %51, i64 %307, !dbg !21
  %330 = getelementptr i8, ptr addrspace(1) %52, i64 %307, !dbg !21
  %331 = getelementptr i8, ptr addrspace(1) %53, i64 %307, !dbg !21
  %332 = getelementptr i8, ptr addrspace(1) %54, i64 %307, !dbg !21
  %333 = getelementptr i8, ptr addrspace(1) %55, i64 %307, !dbg !21
  %334 = load <1 x i8>, ptr addrspace(1) %326, align 1, !dbg !22
  %335 = load <1 x i8>, ptr addrspace(1) %327, align 1, !dbg !22
  %336 = load <1 x i8>, ptr addrspace(1) %328, align 1, !dbg !22
  %337 = load <1 x i8>, ptr addrspace(1) %329, align 1, !dbg !22
  %338 = load <1 x i8>, ptr addrspace(1) %330, align 1, !dbg !22
  %339 = load <1 x i8>, ptr addrspace(1) %331, align 1, !dbg !22
  %340 = load <1 x i8>, ptr addrspace(1) %332, align 1, !dbg !22
  %341 = load <1 x i8>, ptr addrspace(1) %333, align 1, !dbg !22
  %342 = load <4 x i32>, ptr addrspace(3) %281, align 16, !dbg !29
  %343 = load <4 x i32>, ptr addrspace(3) %282, align 16, !dbg !29
  %344 = sext i32 %305 to i64, !dbg !23
  %345 = getelementptr i8, ptr addrspace(1) %59, i64 %344, !dbg !23
  %346 = sext i32 %306 to i64, !dbg !23
  %347 = getelementptr i8, ptr addrspace(1) %59, i64 %346, !dbg !23
  %348 = load i8, ptr addrspace(1) %345, align 1, !dbg !24
  %349 = load i8, ptr addrspace(1) %347, align 1, !dbg !24
  %350 = getelementptr i8, ptr addrspace(1) %60, i64 %344, !dbg !25
  %351 = getelementptr i8, ptr addrspace(1) %60, i64 %346, !dbg !25
  %352 = load i8, ptr addrspace(1) %350, align 1, !dbg !26
  %353 = load i8, ptr addrspace(1) %351, align 1, !dbg !26
  %354 = insertelement <2 x i8> poison, i8 %.pn3137, i64 0, !dbg !29
  %355 = insertelement <2 x i8> %354, i8 %.pn2938, i64 1, !dbg !29
  %356 = bitcast <2 x i8> %355 to i16, !dbg !29
  %357 = zext i16 %356 to i32, !dbg !29
  %358 = insertelement <2 x i8> poison, i8 %.pn3539, i64 0, !dbg !29
  %359 = insertelement <2 x i8> %358, i8 %.pn3340, i64 1, !dbg !29
  %360 = bitcast <2 x i8> %359 to i16, !dbg !29
  %361 = zext i16 %360 to i32, !dbg !29
  %362 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %284, i64 0, !dbg !29
  %363 = insertelement <16 x float> %362, float %285, i64 1, !dbg !29
  %364 = insertelement <16 x float> %363, float %286, i64 2, !dbg !29
  %365 = insertelement <16 x float> %364, float %287, i64 3, !dbg !29
  %366 = insertelement <16 x float> %365, float %288, i64 4, !dbg !29
  %367 = insertelement <16 x float> %366, float %289, i64 5, !dbg !29
  %368 = insertelement <16 x float> %367, float %290, i64 6, !dbg !29
  %369 = insertelement <16 x float> %368, float %291, i64 7, !dbg !29
  %370 = insertelement <16 x float> %369, float %292, i64 8, !dbg !29
  %371 = insertelement <16 x float> %370, float %293, i64 9, !dbg !29
  %372 = insertelement <16 x float> %371, float %294, i64 10, !dbg !29
  %373 = insertelement <16 x float> %372, float %295, i64 11, !dbg !29
  %374 = insertelement <16 x float> %373, float %296, i64 12, !dbg !29
  %375 = insertelement <16 x float> %374, float %297, i64 13, !dbg !29
  %376 = insertelement <16 x float> %375, float %298, i64 14, !dbg !29
  %377 = insertelement <16 x float> %376, float %299, i64 15, !dbg !29
  %378 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %342, <4 x i32> %324, <16 x float> %377, i32 4, i32 4, i32 0, i32 %361, i32 0, i32 %357), !dbg !29
  %379 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %343, <4 x i32> %325, <16 x float> %378, i32 4, i32 4, i32 1, i32 %361, i32 1, i32 %357), !dbg !29
  %380 = extractelement <16 x float> %379, i64 0, !dbg !29
  %381 = extractelement <16 x float> %379, i64 1, !dbg !29
  %382 = extractelement <16 x float> %379, i64 2, !dbg !29
  %383 = extractelement <16 x float> %379, i64 3, !dbg !29
  %384 = extractelement <16 x float> %379, i64 4, !dbg !29
  %385 = extractelement <16 x float> %379, i64 5, !dbg !29
  %386 = extractelement <16 x float> %379, i64 6, !dbg !29
  %387 = extractelement <16 x float> %379, i64 7, !dbg !29
  %388 = extractelement <16 x float> %379, i64 8, !dbg !29
  %389 = extractelement <16 x float> %379, i64 9, !dbg !29
  %390 = extractelement <16 x float> %379, i64 10, !dbg !29
  %391 = extractelement <16 x float> %379, i64 11, !dbg !29
  %392 = extractelement <16 x float> %379, i64 12, !dbg !29
  %393 = extractelement <16 x float> %379, i64 13, !dbg !29
  %394 = extractelement <16 x float> %379, i64 14, !dbg !29
  %395 = extractelement <16 x float> %379, i64 15, !dbg !29
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  store <1 x i8> %316, ptr addrspace(3) %170, align 1, !dbg !20
  store <1 x i8> %320, ptr addrspace(3) %172, align 1, !dbg !20
  store <1 x i8> %317, ptr addrspace(3) %174, align 1, !dbg !20
  store <1 x i8> %321, ptr addrspace(3) %176, align 1, !dbg !20
  store <1 x i8> %318, ptr addrspace(3) %178, align 1, !dbg !20
  store <1 x i8> %322, ptr addrspace(3) %180, align 1, !dbg !20
  store <1 x i8> %319, ptr addrspace(3) %182, align 1, !dbg !20
  store <1 x i8> %323, ptr addrspace(3) %184, align 1, !dbg !20
  store <1 x i8> %334, ptr addrspace(3) %185, align 1, !dbg !22
  store <1 x i8> %338, ptr addrspace(3) %186, align 1, !dbg !22
  store <1 x i8> %335, ptr addrspace(3) %187, align 1, !dbg !22
  store <1 x i8> %339, ptr addrspace(3) %188, align 1, !dbg !22
  store <1 x i8> %336, ptr addrspace(3) %189, align 1, !dbg !22
  store <1 x i8> %340, ptr addrspace(3) %190, align 1, !dbg !22
  store <1 x i8> %337, ptr addrspace(3) %191, align 1, !dbg !22
  store <1 x i8> %341, ptr addrspace(3) %192, align 1, !dbg !22
  %396 = icmp slt i32 %301, %193, !dbg !18
  br i1 %396, label %283, label %._crit_edge, !dbg !18, !llvm.loop !32

._crit_edge:                                      ; preds = %283, %.lr.ph, %167
  %397 = phi float [ 0.000000e+00, %167 ], [ %264, %.lr.ph ], [ %380, %283 ], !dbg !34
  %398 = phi float [ 0.000000e+00, %167 ], [ %265, %.lr.ph ], [ %381, %283 ], !dbg !34
  %399 = phi float [ 0.000000e+00, %167 ], [ %266, %.lr.ph ], [ %382, %283 ], !dbg !34
  %400 = phi float [ 0.000000e+00, %167 ], [ %267, %.lr.ph ], [ %383, %283 ], !dbg !34
  %401 = phi float [ 0.000000e+00, %167 ], [ %268, %.lr.ph ], [ %384, %283 ], !dbg !34
  %402 = phi float [ 0.000000e+00, %167 ], [ %269, %.lr.ph ], [ %385, %283 ], !dbg !34
  %403 = phi float [ 0.000000e+00, %167 ], [ %270, %.lr.ph ], [ %386, %283 ], !dbg !34
  %404 = phi float [ 0.000000e+00, %167 ], [ %271, %.lr.ph ], [ %387, %283 ], !dbg !34
  %405 = phi float [ 0.000000e+00, %167 ], [ %272, %.lr.ph ], [ %388, %283 ], !dbg !34
  %406 = phi float [ 0.000000e+00, %167 ], [ %273, %.lr.ph ], [ %389, %283 ], !dbg !34
  %407 = phi float [ 0.000000e+00, %167 ], [ %274, %.lr.ph ], [ %390, %283 ], !dbg !34
  %408 = phi float [ 0.000000e+00, %167 ], [ %275, %.lr.ph ], [ %391, %283 ], !dbg !34
  %409 = phi float [ 0.000000e+00, %167 ], [ %276, %.lr.ph ], [ %392, %283 ], !dbg !34
  %410 = phi float [ 0.000000e+00, %167 ], [ %277, %.lr.ph ], [ %393, %283 ], !dbg !34
  %411 = phi float [ 0.000000e+00, %167 ], [ %278, %.lr.ph ], [ %394, %283 ], !dbg !34
  %412 = phi float [ 0.000000e+00, %167 ], [ %279, %.lr.ph ], [ %395, %283 ], !dbg !34
  %.pn31.lcssa = phi i8 [ %151, %167 ], [ %250, %.lr.ph ], [ %348, %283 ]
  %.pn29.lcssa = phi i8 [ %156, %167 ], [ %251, %.lr.ph ], [ %349, %283 ]
  %.pn35.lcssa = phi i8 [ %164, %167 ], [ %254, %.lr.ph ], [ %352, %283 ]
  %.pn33.lcssa = phi i8 [ %169, %167 ], [ %255, %.lr.ph ], [ %353, %283 ]
  %413 = add i32 %5, 127, !dbg !18
  %414 = icmp sgt i32 %413, 127, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !20
  tail call void @llvm.amdgcn.s.barrier(), !dbg !20
  br i1 %414, label %415, label %473, !dbg !29

415:                                              ; preds = %._crit_edge
  %416 = shl nuw nsw i32 %22, 6, !dbg !20
  %417 = shl nuw nsw i32 %9, 2, !dbg !20
  %418 = and i32 %417, 48, !dbg !20
  %419 = lshr exact i32 %11, 1, !dbg !20
  %420 = xor i32 %418, %419, !dbg !20
  %421 = or disjoint i32 %420, %416, !dbg !20
  %422 = xor i32 %421, 32, !dbg !20
  %423 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %422, !dbg !29
  %424 = load <4 x i32>, ptr addrspace(3) %423, align 16, !dbg !29
  %425 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 2048), i32 %421, !dbg !29
  %426 = load <4 x i32>, ptr addrspace(3) %425, align 16, !dbg !29
  %427 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %422, !dbg !20
  %428 = load <4 x i32>, ptr addrspace(3) %427, align 16, !dbg !20
  %429 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %421, !dbg !20
  %430 = load <4 x i32>, ptr addrspace(3) %429, align 16, !dbg !20
  %431 = insertelement <2 x i8> poison, i8 %.pn31.lcssa, i64 0, !dbg !29
  %432 = insertelement <2 x i8> %431, i8 %.pn29.lcssa, i64 1, !dbg !29
  %433 = bitcast <2 x i8> %432 to i16, !dbg !29
  %434 = zext i16 %433 to i32, !dbg !29
  %435 = insertelement <2 x i8> poison, i8 %.pn35.lcssa, i64 0, !dbg !29
  %436 = insertelement <2 x i8> %435, i8 %.pn33.lcssa, i64 1, !dbg !29
  %437 = bitcast <2 x i8> %436 to i16, !dbg !29
  %438 = zext i16 %437 to i32, !dbg !29
  %439 = insertelement <16 x float> <float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float poison, float undef, float undef, float undef, float undef, float undef, float undef>, float %397, i64 0, !dbg !29
  %440 = insertelement <16 x float> %439, float %398, i64 1, !dbg !29
  %441 = insertelement <16 x float> %440, float %399, i64 2, !dbg !29
  %442 = insertelement <16 x float> %441, float %400, i64 3, !dbg !29
  %443 = insertelement <16 x float> %442, float %401, i64 4, !dbg !29
  %444 = insertelement <16 x float> %443, float %402, i64 5, !dbg !29
  %445 = insertelement <16 x float> %444, float %403, i64 6, !dbg !29
  %446 = insertelement <16 x float> %445, float %404, i64 7, !dbg !29
  %447 = insertelement <16 x float> %446, float %405, i64 8, !dbg !29
  %448 = insertelement <16 x float> %447, float %406, i64 9, !dbg !29
  %449 = insertelement <16 x float> %448, float %407, i64 10, !dbg !29
  %450 = insertelement <16 x float> %449, float %408, i64 11, !dbg !29
  %451 = insertelement <16 x float> %450, float %409, i64 12, !dbg !29
  %452 = insertelement <16 x float> %451, float %410, i64 13, !dbg !29
  %453 = insertelement <16 x float> %452, float %411, i64 14, !dbg !29
  %454 = insertelement <16 x float> %453, float %412, i64 15, !dbg !29
  %455 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %426, <4 x i32> %430, <16 x float> %454, i32 4, i32 4, i32 0, i32 %438, i32 0, i32 %434), !dbg !29
  %456 = tail call <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32> %424, <4 x i32> %428, <16 x float> %455, i32 4, i32 4, i32 1, i32 %438, i32 1, i32 %434), !dbg !29
  %457 = extractelement <16 x float> %456, i64 0, !dbg !29
  %458 = extractelement <16 x float> %456, i64 1, !dbg !29
  %459 = extractelement <16 x float> %456, i64 2, !dbg !29
  %460 = extractelement <16 x float> %456, i64 3, !dbg !29
  %461 = extractelement <16 x float> %456, i64 4, !dbg !29
  %462 = extractelement <16 x float> %456, i64 5, !dbg !29
  %463 = extractelement <16 x float> %456, i64 6, !dbg !29
  %464 = extractelement <16 x float> %456, i64 7, !dbg !29
  %465 = extractelement <16 x float> %456, i64 8, !dbg !29
  %466 = extractelement <16 x float> %456, i64 9, !dbg !29
  %467 = extractelement <16 x float> %456, i64 10, !dbg !29
  %468 = extractelement <16 x float> %456, i64 11, !dbg !29
  %469 = extractelement <16 x float> %456, i64 12, !dbg !29
  %470 = extractelement <16 x float> %456, i64 13, !dbg !29
  %471 = extractelement <16 x float> %456, i64 14, !dbg !29
  %472 = extractelement <16 x float> %456, i64 15, !dbg !29
  br label %473, !dbg !29

473:                                              ; preds = %415, %._crit_edge
  %474 = phi float [ %458, %415 ], [ %398, %._crit_edge ], !dbg !29
  %475 = phi float [ %457, %415 ], [ %397, %._crit_edge ], !dbg !29
  %476 = phi float [ %459, %415 ], [ %399, %._crit_edge ], !dbg !29
  %477 = phi float [ %460, %415 ], [ %400, %._crit_edge ], !dbg !29
  %478 = phi float [ %461, %415 ], [ %401, %._crit_edge ], !dbg !29
  %479 = phi float [ %462, %415 ], [ %402, %._crit_edge ], !dbg !29
  %480 = phi float [ %463, %415 ], [ %403, %._crit_edge ], !dbg !29
  %481 = phi float [ %464, %415 ], [ %404, %._crit_edge ], !dbg !29
  %482 = phi float [ %465, %415 ], [ %405, %._crit_edge ], !dbg !29
  %483 = phi float [ %466, %415 ], [ %406, %._crit_edge ], !dbg !29
  %484 = phi float [ %467, %415 ], [ %407, %._crit_edge ], !dbg !29
  %485 = phi float [ %468, %415 ], [ %408, %._crit_edge ], !dbg !29
  %486 = phi float [ %469, %415 ], [ %409, %._crit_edge ], !dbg !29
  %487 = phi float [ %470, %415 ], [ %410, %._crit_edge ], !dbg !29
  %488 = phi float [ %471, %415 ], [ %411, %._crit_edge ], !dbg !29
  %489 = phi float [ %472, %415 ], [ %412, %._crit_edge ], !dbg !29
  %490 = and i32 %9, 192, !dbg !35
  %491 = icmp eq i32 %490, 0, !dbg !35
  br i1 %491, label %.critedge, label %.critedge28, !dbg !35

.critedge:                                        ; preds = %473
  %492 = shl nuw nsw i32 %22, 5, !dbg !36
  %493 = zext nneg i32 %492 to i64, !dbg !37
  %494 = getelementptr float, ptr addrspace(1) %4, i64 %493, !dbg !37
  %495 = lshr exact i32 %11, 3, !dbg !38
  %496 = zext nneg i32 %495 to i64, !dbg !39
  %497 = getelementptr float, ptr addrspace(1) %494, i64 %496, !dbg !39
  %498 = getelementptr i8, ptr addrspace(1) %497, i64 108, !dbg !39
  %499 = getelementptr i8, ptr addrspace(1) %497, i64 104, !dbg !39
  %500 = getelementptr i8, ptr addrspace(1) %497, i64 100, !dbg !39
  %501 = getelementptr i8, ptr addrspace(1) %497, i64 96, !dbg !39
  %502 = getelementptr i8, ptr addrspace(1) %497, i64 76, !dbg !39
  %503 = getelementptr i8, ptr addrspace(1) %497, i64 72, !dbg !39
  %504 = getelementptr i8, ptr addrspace(1) %497, i64 68, !dbg !39
  %505 = getelementptr i8, ptr addrspace(1) %497, i64 64, !dbg !39
  %506 = getelementptr i8, ptr addrspace(1) %497, i64 44, !dbg !39
  %507 = getelementptr i8, ptr addrspace(1) %497, i64 40, !dbg !39
  %508 = getelementptr i8, ptr addrspace(1) %497, i64 36, !dbg !39
  %509 = getelementptr i8, ptr addrspace(1) %497, i64 32, !dbg !39
  %510 = getelementptr i8, ptr addrspace(1) %497, i64 12, !dbg !39
  %511 = getelementptr i8, ptr addrspace(1) %497, i64 8, !dbg !39
  %512 = insertelement <1 x float> poison, float %475, i64 0, !dbg !35
  %513 = getelementptr i8, ptr addrspace(1) %497, i64 4, !dbg !39
  store <1 x float> %512, ptr addrspace(1) %497, align 4, !dbg !35
  %514 = insertelement <1 x float> poison, float %474, i64 0, !dbg !35
  store <1 x float> %514, ptr addrspace(1) %513, align 4, !dbg !35
  %515 = insertelement <1 x float> poison, float %476, i64 0, !dbg !35
  store <1 x float> %515, ptr addrspace(1) %511, align 4, !dbg !35
  %516 = insertelement <1 x float> poison, float %477, i64 0, !dbg !35
  store <1 x float> %516, ptr addrspace(1) %510, align 4, !dbg !35
  %517 = insertelement <1 x float> poison, float %478, i64 0, !dbg !35
  store <1 x float> %517, ptr addrspace(1) %509, align 4, !dbg !35
  %518 = insertelement <1 x float> poison, float %479, i64 0, !dbg !35
  store <1 x float> %518, ptr addrspace(1) %508, align 4, !dbg !35
  %519 = insertelement <1 x float> poison, float %480, i64 0, !dbg !35
  store <1 x float> %519, ptr addrspace(1) %507, align 4, !dbg !35
  %520 = insertelement <1 x float> poison, float %481, i64 0, !dbg !35
  store <1 x float> %520, ptr addrspace(1) %506, align 4, !dbg !35
  %521 = insertelement <1 x float> poison, float %482, i64 0, !dbg !35
  store <1 x float> %521, ptr addrspace(1) %505, align 4, !dbg !35
  %522 = insertelement <1 x float> poison, float %483, i64 0, !dbg !35
  store <1 x float> %522, ptr addrspace(1) %504, align 4, !dbg !35
  %523 = insertelement <1 x float> poison, float %484, i64 0, !dbg !35
  store <1 x float> %523, ptr addrspace(1) %503, align 4, !dbg !35
  %524 = insertelement <1 x float> poison, float %485, i64 0, !dbg !35
  store <1 x float> %524, ptr addrspace(1) %502, align 4, !dbg !35
  %525 = insertelement <1 x float> poison, float %486, i64 0, !dbg !35
  store <1 x float> %525, ptr addrspace(1) %501, align 4, !dbg !35
  %526 = insertelement <1 x float> poison, float %487, i64 0, !dbg !35
  store <1 x float> %526, ptr addrspace(1) %500, align 4, !dbg !35
  %527 = insertelement <1 x float> poison, float %488, i64 0, !dbg !35
  store <1 x float> %527, ptr addrspace(1) %499, align 4, !dbg !35
  %528 = insertelement <1 x float> poison, float %489, i64 0, !dbg !35
  store <1 x float> %528, ptr addrspace(1) %498, align 4, !dbg !35
  br label %.critedge28, !dbg !35

.critedge28:                                      ; preds = %473, %.critedge
  ret void, !dbg !40
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.waitcnt(i32 immarg) #2

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn
declare void @llvm.amdgcn.s.barrier() #3

; Function Attrs: convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x float> @llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32(<4 x i32>, <4 x i32>, <16 x float>, i32 immarg, i32 immarg, i32 immarg, i32, i32 immarg, i32) #4

attributes #0 = { nofree norecurse nounwind "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn }
attributes #3 = { convergent mustprogress nocallback nofree nounwind willreturn }
attributes #4 = { convergent mustprogress nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "mxfp4_dot_scaled", linkageName: "mxfp4_dot_scaled", scope: !1, file: !1, line: 41, type: !5, scopeLine: 41, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 50, column: 36, scope: !4)
!8 = !DILocation(line: 51, column: 37, scope: !4)
!9 = !DILocation(line: 52, column: 31, scope: !4)
!10 = !DILocation(line: 52, column: 48, scope: !4)
!11 = !DILocation(line: 52, column: 43, scope: !4)
!12 = !DILocation(line: 52, column: 28, scope: !4)
!13 = !DILocation(line: 53, column: 28, scope: !4)
!14 = !DILocation(line: 54, column: 50, scope: !4)
!15 = !DILocation(line: 54, column: 45, scope: !4)
!16 = !DILocation(line: 54, column: 30, scope: !4)
!17 = !DILocation(line: 55, column: 30, scope: !4)
!18 = !DILocation(line: 49, column: 26, scope: !4)
!19 = !DILocation(line: 52, column: 53, scope: !4)
!20 = !DILocation(line: 52, column: 20, scope: !4)
!21 = !DILocation(line: 53, column: 53, scope: !4)
!22 = !DILocation(line: 53, column: 20, scope: !4)
!23 = !DILocation(line: 54, column: 56, scope: !4)
!24 = !DILocation(line: 54, column: 21, scope: !4)
!25 = !DILocation(line: 55, column: 56, scope: !4)
!26 = !DILocation(line: 55, column: 21, scope: !4)
!27 = !DILocation(line: 50, column: 23, scope: !4)
!28 = !DILocation(line: 51, column: 24, scope: !4)
!29 = !DILocation(line: 56, column: 68, scope: !4)
!30 = !DILocation(line: 50, column: 19, scope: !4)
!31 = !DILocation(line: 51, column: 19, scope: !4)
!32 = distinct !{!32, !33}
!33 = !{!"llvm.loop.peeled.count", i32 1}
!34 = !DILocation(line: 48, column: 19, scope: !4)
!35 = !DILocation(line: 57, column: 53, scope: !4)
!36 = !DILocation(line: 57, column: 35, scope: !4)
!37 = !DILocation(line: 57, column: 21, scope: !4)
!38 = !DILocation(line: 57, column: 43, scope: !4)
!39 = !DILocation(line: 57, column: 40, scope: !4)
!40 = !DILocation(line: 57, column: 4, scope: !4)
