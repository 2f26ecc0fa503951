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
  %13 = lshr i32 %12, 6, !dbg !10
  %14 = and i32 %13, 3, !dbg !10
  %15 = or disjoint i32 %14, 4, !dbg !10
  %16 = or disjoint i32 %14, 8, !dbg !10
  %17 = or i32 %13, 12, !dbg !10
  %18 = or disjoint i32 %14, 16, !dbg !10
  %19 = or disjoint i32 %14, 20, !dbg !10
  %20 = or disjoint i32 %14, 24, !dbg !10
  %21 = or i32 %13, 28, !dbg !10
  %22 = and i32 %12, 15, !dbg !10
  %23 = and i32 %12, 128, !dbg !10
  %24 = icmp eq i32 %23, 0, !dbg !10
  %25 = and i32 %12, 31, !dbg !10
  %26 = or disjoint i32 %14, %11, !dbg !11
  %27 = or disjoint i32 %15, %11, !dbg !11
  %28 = or disjoint i32 %16, %11, !dbg !11
  %29 = or disjoint i32 %17, %11, !dbg !11
  %30 = or disjoint i32 %18, %11, !dbg !11
  %31 = or disjoint i32 %19, %11, !dbg !11
  %32 = or disjoint i32 %20, %11, !dbg !11
  %33 = or disjoint i32 %21, %11, !dbg !11
  %34 = shl i32 %10, 5, !dbg !12
  %35 = or disjoint i32 %34, %25, !dbg !13
  %36 = and i32 %12, 63, !dbg !14
  %37 = lshr i32 %12, 5, !dbg !14
  %38 = and i32 %37, 7, !dbg !14
  %39 = or disjoint i32 %38, 8, !dbg !14
  %40 = or disjoint i32 %38, 16, !dbg !14
  %41 = or i32 %37, 24, !dbg !14
  %42 = or disjoint i32 %38, 32, !dbg !14
  %43 = or disjoint i32 %38, 40, !dbg !14
  %44 = or disjoint i32 %38, 48, !dbg !14
  %45 = or i32 %37, 56, !dbg !14
  %46 = icmp slt i32 %26, %3, !dbg !15
  %47 = icmp slt i32 %27, %3, !dbg !15
  %48 = icmp slt i32 %28, %3, !dbg !15
  %49 = icmp slt i32 %29, %3, !dbg !15
  %50 = icmp slt i32 %30, %3, !dbg !15
  %51 = icmp slt i32 %31, %3, !dbg !15
  %52 = icmp slt i32 %32, %3, !dbg !15
  %53 = icmp slt i32 %33, %3, !dbg !15
  %54 = mul i32 %5, %11, !dbg !16
  %55 = icmp slt i32 %35, %4, !dbg !17
  %56 = icmp sgt i32 %5, 0, !dbg !18
  %57 = icmp slt i32 %36, %5, !dbg !19
  %58 = and i1 %46, %57, !dbg !20
  %59 = and i1 %47, %57, !dbg !20
  %60 = and i1 %48, %57, !dbg !20
  %61 = and i1 %49, %57, !dbg !20
  %62 = and i1 %50, %57, !dbg !20
  %63 = and i1 %51, %57, !dbg !20
  %64 = and i1 %52, %57, !dbg !20
  %65 = and i1 %53, %57, !dbg !20
  %66 = mul i32 %5, %14, !dbg !21
  %67 = mul i32 %5, %15, !dbg !21
  %68 = mul i32 %5, %16, !dbg !21
  %69 = mul i32 %5, %17, !dbg !21
  %70 = mul i32 %5, %18, !dbg !21
  %71 = mul i32 %5, %19, !dbg !21
  %72 = mul i32 %5, %20, !dbg !21
  %73 = mul i32 %5, %21, !dbg !21
  %74 = add i32 %66, %36, !dbg !21
  %75 = add i32 %67, %36, !dbg !21
  %76 = add i32 %68, %36, !dbg !21
  %77 = add i32 %69, %36, !dbg !21
  %78 = add i32 %70, %36, !dbg !21
  %79 = add i32 %71, %36, !dbg !21
  %80 = add i32 %72, %36, !dbg !21
  %81 = add i32 %73, %36, !dbg !21
  %82 = add i32 %74, %54, !dbg !21
  %83 = add i32 %75, %54, !dbg !21
  %84 = add i32 %76, %54, !dbg !21
  %85 = add i32 %77, %54, !dbg !21
  %86 = add i32 %78, %54, !dbg !21
  %87 = add i32 %79, %54, !dbg !21
  %88 = add i32 %80, %54, !dbg !21
  %89 = add i32 %81, %54, !dbg !21
  %90 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !22
  %91 = shl i32 %82, 1, !dbg !22
  %92 = select i1 %58, i32 %91, i32 -2147483648, !dbg !22
  %93 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %92, i32 0, i32 0), !dbg !22
  %94 = shl i32 %83, 1, !dbg !22
  %95 = select i1 %59, i32 %94, i32 -2147483648, !dbg !22
  %96 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %95, i32 0, i32 0), !dbg !22
  %97 = shl i32 %84, 1, !dbg !22
  %98 = select i1 %60, i32 %97, i32 -2147483648, !dbg !22
  %99 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %98, i32 0, i32 0), !dbg !22
  %100 = shl i32 %85, 1, !dbg !22
  %101 = select i1 %61, i32 %100, i32 -2147483648, !dbg !22
  %102 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %101, i32 0, i32 0), !dbg !22
  %103 = shl i32 %86, 1, !dbg !22
  %104 = select i1 %62, i32 %103, i32 -2147483648, !dbg !22
  %105 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %104, i32 0, i32 0), !dbg !22
  %106 = shl i32 %87, 1, !dbg !22
  %107 = select i1 %63, i32 %106, i32 -2147483648, !dbg !22
  %108 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %107, i32 0, i32 0), !dbg !22
  %109 = shl i32 %88, 1, !dbg !22
  %110 = select i1 %64, i32 %109, i32 -2147483648, !dbg !22
  %111 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %110, i32 0, i32 0), !dbg !22
  %112 = shl i32 %89, 1, !dbg !22
  %113 = select i1 %65, i32 %112, i32 -2147483648, !dbg !22
  %114 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %113, i32 0, i32 0), !dbg !22
  %115 = icmp slt i32 %38, %5, !dbg !23
  %116 = icmp slt i32 %39, %5, !dbg !23
  %117 = icmp slt i32 %40, %5, !dbg !23
  %118 = icmp slt i32 %41, %5, !dbg !23
  %119 = icmp slt i32 %42, %5, !dbg !23
  %120 = icmp slt i32 %43, %5, !dbg !23
  %121 = icmp slt i32 %44, %5, !dbg !23
  %122 = icmp slt i32 %45, %5, !dbg !23
  %123 = and i1 %55, %115, !dbg !24
  %124 = and i1 %55, %116, !dbg !24
  %125 = and i1 %55, %117, !dbg !24
  %126 = and i1 %55, %118, !dbg !24
  %127 = and i1 %55, %119, !dbg !24
  %128 = and i1 %55, %120, !dbg !24
  %129 = and i1 %55, %121, !dbg !24
  %130 = and i1 %55, %122, !dbg !24
  %131 = mul i32 %4, %38, !dbg !25
  %132 = mul i32 %4, %39, !dbg !25
  %133 = mul i32 %4, %40, !dbg !25
  %134 = mul i32 %4, %41, !dbg !25
  %135 = mul i32 %4, %42, !dbg !25
  %136 = mul i32 %4, %43, !dbg !25
  %137 = mul i32 %4, %44, !dbg !25
  %138 = mul i32 %4, %45, !dbg !25
  %139 = add i32 %131, %25, !dbg !25
  %140 = add i32 %132, %25, !dbg !25
  %141 = add i32 %133, %25, !dbg !25
  %142 = add i32 %134, %25, !dbg !25
  %143 = add i32 %135, %25, !dbg !25
  %144 = add i32 %136, %25, !dbg !25
  %145 = add i32 %137, %25, !dbg !25
  %146 = add i32 %138, %25, !dbg !25
  %147 = add i32 %139, %34, !dbg !25
  %148 = add i32 %140, %34, !dbg !25
  %149 = add i32 %141, %34, !dbg !25
  %150 = add i32 %142, %34, !dbg !25
  %151 = add i32 %143, %34, !dbg !25
  %152 = add i32 %144, %34, !dbg !25
  %153 = add i32 %145, %34, !dbg !25
  %154 = add i32 %146, %34, !dbg !25
  %155 = and i1 %56, %124, !dbg !18
  %156 = and i1 %56, %125, !dbg !18
  %157 = and i1 %56, %126, !dbg !18
  %158 = and i1 %56, %127, !dbg !18
  %159 = and i1 %56, %128, !dbg !18
  %160 = and i1 %56, %129, !dbg !18
  %161 = and i1 %56, %130, !dbg !18
  %162 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !26
  %163 = shl i32 %147, 1, !dbg !26
  %164 = select i1 %123, i32 %163, i32 -2147483648, !dbg !26
  %165 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %164, i32 0, i32 0), !dbg !26
  %166 = shl i32 %148, 1, !dbg !26
  %167 = select i1 %155, i32 %166, i32 -2147483648, !dbg !26
  %168 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %167, i32 0, i32 0), !dbg !26
  %169 = shl i32 %149, 1, !dbg !26
  %170 = select i1 %156, i32 %169, i32 -2147483648, !dbg !26
  %171 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %170, i32 0, i32 0), !dbg !26
  %172 = shl i32 %150, 1, !dbg !26
  %173 = select i1 %157, i32 %172, i32 -2147483648, !dbg !26
  %174 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %173, i32 0, i32 0), !dbg !26
  %175 = shl i32 %151, 1, !dbg !26
  %176 = select i1 %158, i32 %175, i32 -2147483648, !dbg !26
  %177 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %176, i32 0, i32 0), !dbg !26
  %178 = shl i32 %152, 1, !dbg !26
  %179 = select i1 %159, i32 %178, i32 -2147483648, !dbg !26
  %180 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %179, i32 0, i32 0), !dbg !26
  %181 = shl i32 %153, 1, !dbg !26
  %182 = select i1 %160, i32 %181, i32 -2147483648, !dbg !26
  %183 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %182, i32 0, i32 0), !dbg !26
  %184 = shl i32 %154, 1, !dbg !26
  %185 = select i1 %161, i32 %184, i32 -2147483648, !dbg !26
  %186 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %185, i32 0, i32 0), !dbg !26
  %187 = shl nuw nsw i32 %12, 1, !dbg !22
  %188 = and i32 %187, 254, !dbg !22
  %189 = select i1 %24, i32 0, i32 272, !dbg !22
  %190 = xor i32 %189, %188, !dbg !22
  %191 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %190, !dbg !22
  store i16 %93, ptr addrspace(3) %191, align 2, !dbg !22
  %192 = or disjoint i32 %190, 2048, !dbg !22
  %193 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %192, !dbg !22
  store i16 %105, ptr addrspace(3) %193, align 2, !dbg !22
  %194 = xor i32 %190, 544, !dbg !22
  %195 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %194, !dbg !22
  store i16 %96, ptr addrspace(3) %195, align 2, !dbg !22
  %196 = or disjoint i32 %194, 2048, !dbg !22
  %197 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %196, !dbg !22
  store i16 %108, ptr addrspace(3) %197, align 2, !dbg !22
  %198 = xor i32 %190, 1088, !dbg !22
  %199 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %198, !dbg !22
  store i16 %99, ptr addrspace(3) %199, align 2, !dbg !22
  %200 = getelementptr inbounds nuw i8, ptr addrspace(3) %199, i32 2048, !dbg !22
  store i16 %111, ptr addrspace(3) %200, align 2, !dbg !22
  %201 = xor i32 %190, 1632, !dbg !22
  %202 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %201, !dbg !22
  store i16 %102, ptr addrspace(3) %202, align 2, !dbg !22
  %203 = getelementptr inbounds nuw i8, ptr addrspace(3) %202, i32 2048, !dbg !22
  store i16 %114, ptr addrspace(3) %203, align 2, !dbg !22
  %204 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %190, !dbg !26
  store i16 %165, ptr addrspace(3) %204, align 2, !dbg !26
  %205 = getelementptr inbounds nuw i8, ptr addrspace(3) %204, i32 1024, !dbg !26
  store i16 %171, ptr addrspace(3) %205, align 2, !dbg !26
  %206 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %192, !dbg !26
  store i16 %177, ptr addrspace(3) %206, align 2, !dbg !26
  %207 = getelementptr inbounds nuw i8, ptr addrspace(3) %204, i32 3072, !dbg !26
  store i16 %183, ptr addrspace(3) %207, align 2, !dbg !26
  %208 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %194, !dbg !26
  store i16 %168, ptr addrspace(3) %208, align 2, !dbg !26
  %209 = getelementptr inbounds nuw i8, ptr addrspace(3) %208, i32 1024, !dbg !26
  store i16 %174, ptr addrspace(3) %209, align 2, !dbg !26
  %210 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %196, !dbg !26
  store i16 %180, ptr addrspace(3) %210, align 2, !dbg !26
  %211 = getelementptr inbounds nuw i8, ptr addrspace(3) %208, i32 3072, !dbg !26
  store i16 %186, ptr addrspace(3) %211, align 2, !dbg !26
  %212 = add i32 %5, -64, !dbg !18
  %213 = icmp sgt i32 %212, 0, !dbg !18
  br i1 %213, label %.lr.ph, label %.._crit_edge_crit_edge, !dbg !18

.._crit_edge_crit_edge:                           ; preds = %8
  %.pre = shl nuw nsw i32 %12, 4, !dbg !26
  %.pre5 = and i32 %.pre, 192, !dbg !26
  %.pre7 = shl nuw nsw i32 %12, 3, !dbg !26
  %.pre9 = and i32 %.pre7, 24, !dbg !26
  %.pre11 = and i32 %12, 16, !dbg !26
  %.pre13 = shl nuw nsw i32 %12, 5, !dbg !26
  %.pre15 = and i32 %.pre13, 1024, !dbg !26
  %.pre17 = lshr i32 %12, 1, !dbg !26
  %.pre19 = and i32 %.pre17, 32, !dbg !26
  %.pre21 = or disjoint i32 %.pre5, %.pre9, !dbg !26
  %.pre23 = or disjoint i32 %.pre21, %.pre15, !dbg !26
  br label %._crit_edge, !dbg !18

.lr.ph:                                           ; preds = %8
  %214 = shl nuw nsw i32 %22, 7
  %215 = shl nuw nsw i32 %12, 3
  %216 = and i32 %215, 112
  %217 = and i32 %12, 48
  %218 = shl nuw nsw i32 %23, 4
  %219 = or disjoint i32 %214, %218
  %220 = xor i32 %216, %217
  %221 = or disjoint i32 %219, %220
  %222 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %221
  %223 = xor i32 %221, 64
  %224 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %223
  %225 = shl nuw nsw i32 %12, 4
  %226 = and i32 %225, 192
  %227 = and i32 %215, 24
  %228 = and i32 %12, 16
  %229 = icmp eq i32 %228, 0
  %230 = select i1 %229, i32 0, i32 544
  %231 = shl nuw nsw i32 %12, 5
  %232 = and i32 %231, 1024
  %233 = lshr i32 %12, 1
  %234 = and i32 %233, 32
  %235 = or disjoint i32 %226, %227
  %236 = xor i32 %230, %234
  %237 = or disjoint i32 %235, %232
  %238 = or disjoint i32 %237, %236
  %239 = xor i32 %238, 272
  %240 = or disjoint i32 %36, 64, !dbg !27
  %241 = or disjoint i32 %38, 64, !dbg !27
  %242 = or disjoint i32 %38, 72, !dbg !27
  %243 = or disjoint i32 %38, 80, !dbg !27
  %244 = or i32 %37, 88, !dbg !27
  %245 = or disjoint i32 %38, 96, !dbg !27
  %246 = or disjoint i32 %38, 104, !dbg !27
  %247 = or disjoint i32 %38, 112, !dbg !27
  %248 = or i32 %37, 120, !dbg !27
  %249 = icmp slt i32 %240, %5, !dbg !19
  %250 = and i1 %46, %249, !dbg !20
  %251 = and i1 %47, %249, !dbg !20
  %252 = and i1 %48, %249, !dbg !20
  %253 = and i1 %49, %249, !dbg !20
  %254 = and i1 %50, %249, !dbg !20
  %255 = and i1 %51, %249, !dbg !20
  %256 = and i1 %52, %249, !dbg !20
  %257 = and i1 %53, %249, !dbg !20
  %258 = add i32 %54, 64, !dbg !21
  %259 = add i32 %258, %74, !dbg !21
  %260 = add i32 %258, %75, !dbg !21
  %261 = add i32 %258, %76, !dbg !21
  %262 = add i32 %258, %77, !dbg !21
  %263 = add i32 %258, %78, !dbg !21
  %264 = add i32 %258, %79, !dbg !21
  %265 = add i32 %258, %80, !dbg !21
  %266 = add i32 %258, %81, !dbg !21
  %267 = shl i32 %259, 1, !dbg !22
  %268 = select i1 %250, i32 %267, i32 -2147483648, !dbg !22
  %269 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %268, i32 0, i32 0), !dbg !22
  %270 = shl i32 %260, 1, !dbg !22
  %271 = select i1 %251, i32 %270, i32 -2147483648, !dbg !22
  %272 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %271, i32 0, i32 0), !dbg !22
  %273 = shl i32 %261, 1, !dbg !22
  %274 = select i1 %252, i32 %273, i32 -2147483648, !dbg !22
  %275 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %274, i32 0, i32 0), !dbg !22
  %276 = shl i32 %262, 1, !dbg !22
  %277 = select i1 %253, i32 %276, i32 -2147483648, !dbg !22
  %278 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %277, i32 0, i32 0), !dbg !22
  %279 = shl i32 %263, 1, !dbg !22
  %280 = select i1 %254, i32 %279, i32 -2147483648, !dbg !22
  %281 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %280, i32 0, i32 0), !dbg !22
  %282 = shl i32 %264, 1, !dbg !22
  %283 = select i1 %255, i32 %282, i32 -2147483648, !dbg !22
  %284 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %283, i32 0, i32 0), !dbg !22
  %285 = shl i32 %265, 1, !dbg !22
  %286 = select i1 %256, i32 %285, i32 -2147483648, !dbg !22
  %287 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %286, i32 0, i32 0), !dbg !22
  %288 = shl i32 %266, 1, !dbg !22
  %289 = select i1 %257, i32 %288, i32 -2147483648, !dbg !22
  %290 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %289, i32 0, i32 0), !dbg !22
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %291 = load <8 x bfloat>, ptr addrspace(3) %222, align 16, !dbg !22
  %292 = load <8 x bfloat>, ptr addrspace(3) %224, align 16, !dbg !22
  %293 = icmp slt i32 %241, %5, !dbg !23
  %294 = icmp slt i32 %242, %5, !dbg !23
  %295 = icmp slt i32 %243, %5, !dbg !23
  %296 = icmp slt i32 %244, %5, !dbg !23
  %297 = icmp slt i32 %245, %5, !dbg !23
  %298 = icmp slt i32 %246, %5, !dbg !23
  %299 = icmp slt i32 %247, %5, !dbg !23
  %300 = icmp slt i32 %248, %5, !dbg !23
  %301 = and i1 %55, %293, !dbg !24
  %302 = and i1 %55, %294, !dbg !24
  %303 = and i1 %55, %295, !dbg !24
  %304 = and i1 %55, %296, !dbg !24
  %305 = and i1 %55, %297, !dbg !24
  %306 = and i1 %55, %298, !dbg !24
  %307 = and i1 %55, %299, !dbg !24
  %308 = and i1 %55, %300, !dbg !24
  %309 = shl i32 %4, 6, !dbg !28
  %310 = add i32 %309, %34, !dbg !25
  %311 = add i32 %310, %139, !dbg !25
  %312 = add i32 %310, %140, !dbg !25
  %313 = add i32 %310, %141, !dbg !25
  %314 = add i32 %310, %142, !dbg !25
  %315 = add i32 %310, %143, !dbg !25
  %316 = add i32 %310, %144, !dbg !25
  %317 = add i32 %310, %145, !dbg !25
  %318 = add i32 %310, %146, !dbg !25
  %319 = shl i32 %311, 1, !dbg !26
  %320 = select i1 %301, i32 %319, i32 -2147483648, !dbg !26
  %321 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %320, i32 0, i32 0), !dbg !26
  %322 = shl i32 %312, 1, !dbg !26
  %323 = select i1 %302, i32 %322, i32 -2147483648, !dbg !26
  %324 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %323, i32 0, i32 0), !dbg !26
  %325 = shl i32 %313, 1, !dbg !26
  %326 = select i1 %303, i32 %325, i32 -2147483648, !dbg !26
  %327 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %326, i32 0, i32 0), !dbg !26
  %328 = shl i32 %314, 1, !dbg !26
  %329 = select i1 %304, i32 %328, i32 -2147483648, !dbg !26
  %330 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %329, i32 0, i32 0), !dbg !26
  %331 = shl i32 %315, 1, !dbg !26
  %332 = select i1 %305, i32 %331, i32 -2147483648, !dbg !26
  %333 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %332, i32 0, i32 0), !dbg !26
  %334 = shl i32 %316, 1, !dbg !26
  %335 = select i1 %306, i32 %334, i32 -2147483648, !dbg !26
  %336 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %335, i32 0, i32 0), !dbg !26
  %337 = shl i32 %317, 1, !dbg !26
  %338 = select i1 %307, i32 %337, i32 -2147483648, !dbg !26
  %339 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %338, i32 0, i32 0), !dbg !26
  %340 = shl i32 %318, 1, !dbg !26
  %341 = select i1 %308, i32 %340, i32 -2147483648, !dbg !26
  %342 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %341, i32 0, i32 0), !dbg !26
  %343 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %238, !dbg !26
  %344 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %343), !dbg !26
  %345 = getelementptr inbounds nuw i8, ptr addrspace(3) %343, i32 2048, !dbg !26
  %346 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %345), !dbg !26
  %347 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %239, !dbg !26
  %348 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %347), !dbg !26
  %349 = getelementptr inbounds nuw i8, ptr addrspace(3) %347, i32 2048, !dbg !26
  %350 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %349), !dbg !26
  %351 = shufflevector <4 x bfloat> %344, <4 x bfloat> %348, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %352 = shufflevector <4 x bfloat> %346, <4 x bfloat> %350, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %353 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %351, <8 x bfloat> %291, <4 x float> zeroinitializer, i32 0, i32 0, i32 0), !dbg !29
  %354 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %352, <8 x bfloat> %292, <4 x float> %353, i32 0, i32 0, i32 0), !dbg !29
  %355 = extractelement <4 x float> %354, i64 0, !dbg !29
  %356 = extractelement <4 x float> %354, i64 1, !dbg !29
  %357 = extractelement <4 x float> %354, i64 2, !dbg !29
  %358 = extractelement <4 x float> %354, i64 3, !dbg !29
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  store i16 %269, ptr addrspace(3) %191, align 2, !dbg !22
  store i16 %281, ptr addrspace(3) %193, align 2, !dbg !22
  store i16 %272, ptr addrspace(3) %195, align 2, !dbg !22
  store i16 %284, ptr addrspace(3) %197, align 2, !dbg !22
  store i16 %275, ptr addrspace(3) %199, align 2, !dbg !22
  store i16 %287, ptr addrspace(3) %200, align 2, !dbg !22
  store i16 %278, ptr addrspace(3) %202, align 2, !dbg !22
  store i16 %290, ptr addrspace(3) %203, align 2, !dbg !22
  store i16 %321, ptr addrspace(3) %204, align 2, !dbg !26
  store i16 %327, ptr addrspace(3) %205, align 2, !dbg !26
  store i16 %333, ptr addrspace(3) %206, align 2, !dbg !26
  store i16 %339, ptr addrspace(3) %207, align 2, !dbg !26
  store i16 %324, ptr addrspace(3) %208, align 2, !dbg !26
  store i16 %330, ptr addrspace(3) %209, align 2, !dbg !26
  store i16 %336, ptr addrspace(3) %210, align 2, !dbg !26
  store i16 %342, ptr addrspace(3) %211, align 2, !dbg !26
  %359 = icmp samesign ugt i32 %212, 64, !dbg !18
  br i1 %359, label %.peel.next, label %._crit_edge, !dbg !18

.peel.next:                                       ; preds = %.lr.ph
  %360 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %238
  %361 = getelementptr inbounds nuw i8, ptr addrspace(3) %360, i32 2048
  %362 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %239
  %363 = getelementptr inbounds nuw i8, ptr addrspace(3) %362, i32 2048
  br label %364, !dbg !18

364:                                              ; preds = %.peel.next, %364
  %365 = phi float [ %355, %.peel.next ], [ %486, %364 ]
  %366 = phi float [ %356, %.peel.next ], [ %487, %364 ]
  %367 = phi float [ %357, %.peel.next ], [ %488, %364 ]
  %368 = phi float [ %358, %.peel.next ], [ %489, %364 ]
  %369 = phi i32 [ 64, %.peel.next ], [ %370, %364 ]
  %370 = add i32 %369, 64, !dbg !18
  %371 = or disjoint i32 %370, %36, !dbg !27
  %372 = or disjoint i32 %370, %38, !dbg !27
  %373 = or disjoint i32 %370, %39, !dbg !27
  %374 = or disjoint i32 %370, %40, !dbg !27
  %375 = or disjoint i32 %370, %41, !dbg !27
  %376 = or disjoint i32 %370, %42, !dbg !27
  %377 = or disjoint i32 %370, %43, !dbg !27
  %378 = or disjoint i32 %370, %44, !dbg !27
  %379 = or disjoint i32 %370, %45, !dbg !27
  %380 = icmp slt i32 %371, %5, !dbg !19
  %381 = and i1 %46, %380, !dbg !20
  %382 = and i1 %47, %380, !dbg !20
  %383 = and i1 %48, %380, !dbg !20
  %384 = and i1 %49, %380, !dbg !20
  %385 = and i1 %50, %380, !dbg !20
  %386 = and i1 %51, %380, !dbg !20
  %387 = and i1 %52, %380, !dbg !20
  %388 = and i1 %53, %380, !dbg !20
  %389 = add i32 %370, %54, !dbg !21
  %390 = add i32 %389, %74, !dbg !21
  %391 = add i32 %389, %75, !dbg !21
  %392 = add i32 %389, %76, !dbg !21
  %393 = add i32 %389, %77, !dbg !21
  %394 = add i32 %389, %78, !dbg !21
  %395 = add i32 %389, %79, !dbg !21
  %396 = add i32 %389, %80, !dbg !21
  %397 = add i32 %389, %81, !dbg !21
  %398 = shl i32 %390, 1, !dbg !22
  %399 = select i1 %381, i32 %398, i32 -2147483648, !dbg !22
  %400 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %399, i32 0, i32 0), !dbg !22
  %401 = shl i32 %391, 1, !dbg !22
  %402 = select i1 %382, i32 %401, i32 -2147483648, !dbg !22
  %403 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %402, i32 0, i32 0), !dbg !22
  %404 = shl i32 %392, 1, !dbg !22
  %405 = select i1 %383, i32 %404, i32 -2147483648, !dbg !22
  %406 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %405, i32 0, i32 0), !dbg !22
  %407 = shl i32 %393, 1, !dbg !22
  %408 = select i1 %384, i32 %407, i32 -2147483648, !dbg !22
  %409 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %408, i32 0, i32 0), !dbg !22
  %410 = shl i32 %394, 1, !dbg !22
  %411 = select i1 %385, i32 %410, i32 -2147483648, !dbg !22
  %412 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %411, i32 0, i32 0), !dbg !22
  %413 = shl i32 %395, 1, !dbg !22
  %414 = select i1 %386, i32 %413, i32 -2147483648, !dbg !22
  %415 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %414, i32 0, i32 0), !dbg !22
  %416 = shl i32 %396, 1, !dbg !22
  %417 = select i1 %387, i32 %416, i32 -2147483648, !dbg !22
  %418 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %417, i32 0, i32 0), !dbg !22
  %419 = shl i32 %397, 1, !dbg !22
  %420 = select i1 %388, i32 %419, i32 -2147483648, !dbg !22
  %421 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %90, i32 %420, i32 0, i32 0), !dbg !22
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %422 = load <8 x bfloat>, ptr addrspace(3) %222, align 16, !dbg !22
  %423 = load <8 x bfloat>, ptr addrspace(3) %224, align 16, !dbg !22
  %424 = icmp slt i32 %372, %5, !dbg !23
  %425 = icmp slt i32 %373, %5, !dbg !23
  %426 = icmp slt i32 %374, %5, !dbg !23
  %427 = icmp slt i32 %375, %5, !dbg !23
  %428 = icmp slt i32 %376, %5, !dbg !23
  %429 = icmp slt i32 %377, %5, !dbg !23
  %430 = icmp slt i32 %378, %5, !dbg !23
  %431 = icmp slt i32 %379, %5, !dbg !23
  %432 = and i1 %55, %424, !dbg !24
  %433 = and i1 %55, %425, !dbg !24
  %434 = and i1 %55, %426, !dbg !24
  %435 = and i1 %55, %427, !dbg !24
  %436 = and i1 %55, %428, !dbg !24
  %437 = and i1 %55, %429, !dbg !24
  %438 = and i1 %55, %430, !dbg !24
  %439 = and i1 %55, %431, !dbg !24
  %440 = mul i32 %370, %4, !dbg !28
  %441 = add i32 %440, %34, !dbg !25
  %442 = add i32 %441, %139, !dbg !25
  %443 = add i32 %441, %140, !dbg !25
  %444 = add i32 %441, %141, !dbg !25
  %445 = add i32 %441, %142, !dbg !25
  %446 = add i32 %441, %143, !dbg !25
  %447 = add i32 %441, %144, !dbg !25
  %448 = add i32 %441, %145, !dbg !25
  %449 = add i32 %441, %146, !dbg !25
  %450 = shl i32 %442, 1, !dbg !26
  %451 = select i1 %432, i32 %450, i32 -2147483648, !dbg !26
  %452 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %451, i32 0, i32 0), !dbg !26
  %453 = shl i32 %443, 1, !dbg !26
  %454 = select i1 %433, i32 %453, i32 -2147483648, !dbg !26
  %455 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %454, i32 0, i32 0), !dbg !26
  %456 = shl i32 %444, 1, !dbg !26
  %457 = select i1 %434, i32 %456, i32 -2147483648, !dbg !26
  %458 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %457, i32 0, i32 0), !dbg !26
  %459 = shl i32 %445, 1, !dbg !26
  %460 = select i1 %435, i32 %459, i32 -2147483648, !dbg !26
  %461 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %460, i32 0, i32 0), !dbg !26
  %462 = shl i32 %446, 1, !dbg !26
  %463 = select i1 %436, i32 %462, i32 -2147483648, !dbg !26
  %464 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %463, i32 0, i32 0), !dbg !26
  %465 = shl i32 %447, 1, !dbg !26
  %466 = select i1 %437, i32 %465, i32 -2147483648, !dbg !26
  %467 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %466, i32 0, i32 0), !dbg !26
  %468 = shl i32 %448, 1, !dbg !26
  %469 = select i1 %438, i32 %468, i32 -2147483648, !dbg !26
  %470 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %469, i32 0, i32 0), !dbg !26
  %471 = shl i32 %449, 1, !dbg !26
  %472 = select i1 %439, i32 %471, i32 -2147483648, !dbg !26
  %473 = tail call i16 @llvm.amdgcn.raw.ptr.buffer.load.i16(ptr addrspace(8) %162, i32 %472, i32 0, i32 0), !dbg !26
  %474 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %360), !dbg !26
  %475 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %361), !dbg !26
  %476 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %362), !dbg !26
  %477 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %363), !dbg !26
  %478 = shufflevector <4 x bfloat> %474, <4 x bfloat> %476, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %479 = shufflevector <4 x bfloat> %475, <4 x bfloat> %477, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %480 = insertelement <4 x float> poison, float %365, i64 0, !dbg !29
  %481 = insertelement <4 x float> %480, float %366, i64 1, !dbg !29
  %482 = insertelement <4 x float> %481, float %367, i64 2, !dbg !29
  %483 = insertelement <4 x float> %482, float %368, i64 3, !dbg !29
  %484 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %478, <8 x bfloat> %422, <4 x float> %483, i32 0, i32 0, i32 0), !dbg !29
  %485 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %479, <8 x bfloat> %423, <4 x float> %484, i32 0, i32 0, i32 0), !dbg !29
  %486 = extractelement <4 x float> %485, i64 0, !dbg !29
  %487 = extractelement <4 x float> %485, i64 1, !dbg !29
  %488 = extractelement <4 x float> %485, i64 2, !dbg !29
  %489 = extractelement <4 x float> %485, i64 3, !dbg !29
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  store i16 %400, ptr addrspace(3) %191, align 2, !dbg !22
  store i16 %412, ptr addrspace(3) %193, align 2, !dbg !22
  store i16 %403, ptr addrspace(3) %195, align 2, !dbg !22
  store i16 %415, ptr addrspace(3) %197, align 2, !dbg !22
  store i16 %406, ptr addrspace(3) %199, align 2, !dbg !22
  store i16 %418, ptr addrspace(3) %200, align 2, !dbg !22
  store i16 %409, ptr addrspace(3) %202, align 2, !dbg !22
  store i16 %421, ptr addrspace(3) %203, align 2, !dbg !22
  store i16 %452, ptr addrspace(3) %204, align 2, !dbg !26
  store i16 %458, ptr addrspace(3) %205, align 2, !dbg !26
  store i16 %464, ptr addrspace(3) %206, align 2, !dbg !26
  store i16 %470, ptr addrspace(3) %207, align 2, !dbg !26
  store i16 %455, ptr addrspace(3) %208, align 2, !dbg !26
  store i16 %461, ptr addrspace(3) %209, align 2, !dbg !26
  store i16 %467, ptr addrspace(3) %210, align 2, !dbg !26
  store i16 %473, ptr addrspace(3) %211, align 2, !dbg !26
  %490 = icmp slt i32 %370, %212, !dbg !18
  br i1 %490, label %364, label %._crit_edge, !dbg !18, !llvm.loop !30

._crit_edge:                                      ; preds = %364, %.lr.ph, %.._crit_edge_crit_edge
  %.pre-phi24 = phi i32 [ %.pre23, %.._crit_edge_crit_edge ], [ %237, %.lr.ph ], [ %237, %364 ], !dbg !26
  %.pre-phi20 = phi i32 [ %.pre19, %.._crit_edge_crit_edge ], [ %234, %.lr.ph ], [ %234, %364 ], !dbg !26
  %.pre-phi12 = phi i32 [ %.pre11, %.._crit_edge_crit_edge ], [ %228, %.lr.ph ], [ %228, %364 ], !dbg !26
  %.pre-phi8 = phi i32 [ %.pre7, %.._crit_edge_crit_edge ], [ %215, %.lr.ph ], [ %215, %364 ], !dbg !26
  %491 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %355, %.lr.ph ], [ %486, %364 ]
  %492 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %356, %.lr.ph ], [ %487, %364 ]
  %493 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %357, %.lr.ph ], [ %488, %364 ]
  %494 = phi float [ 0.000000e+00, %.._crit_edge_crit_edge ], [ %358, %.lr.ph ], [ %489, %364 ]
  %495 = add i32 %5, 63, !dbg !18
  %496 = icmp sgt i32 %495, 63, !dbg !18
  tail call void @llvm.amdgcn.s.waitcnt(i32 49279), !dbg !22
  tail call void @llvm.amdgcn.s.barrier(), !dbg !22
  %497 = icmp eq i32 %.pre-phi12, 0, !dbg !26
  %498 = select i1 %497, i32 0, i32 544, !dbg !26
  %499 = xor i32 %498, %.pre-phi20, !dbg !26
  %500 = or disjoint i32 %.pre-phi24, %499, !dbg !26
  %501 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %500, !dbg !26
  %502 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %501), !dbg !26
  %503 = getelementptr inbounds nuw i8, ptr addrspace(3) %501, i32 2048, !dbg !26
  %504 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %503), !dbg !26
  %505 = xor i32 %500, 272, !dbg !26
  %506 = getelementptr inbounds nuw i8, ptr addrspace(3) getelementptr (i8, ptr addrspace(3) @global_smem, i32 4096), i32 %505, !dbg !26
  %507 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) %506), !dbg !26
  %508 = getelementptr inbounds nuw i8, ptr addrspace(3) %506, i32 2048, !dbg !26
  %509 = tail call <4 x bfloat> @llvm.amdgcn.ds.read.tr16.b64.v4bf16(ptr addrspace(3) nonnull %508), !dbg !26
  br i1 %496, label %510, label %._crit_edge._crit_edge, !dbg !29

510:                                              ; preds = %._crit_edge
  %511 = shl nuw nsw i32 %22, 7, !dbg !22
  %512 = shl nuw nsw i32 %23, 4, !dbg !22
  %513 = or disjoint i32 %511, %512, !dbg !22
  %514 = and i32 %.pre-phi8, 112, !dbg !22
  %515 = and i32 %12, 48, !dbg !22
  %516 = xor i32 %514, %515, !dbg !22
  %517 = or disjoint i32 %513, %516, !dbg !22
  %518 = xor i32 %517, 64, !dbg !22
  %519 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %518, !dbg !22
  %520 = load <8 x bfloat>, ptr addrspace(3) %519, align 16, !dbg !22
  %521 = getelementptr inbounds nuw i8, ptr addrspace(3) @global_smem, i32 %517, !dbg !22
  %522 = load <8 x bfloat>, ptr addrspace(3) %521, align 16, !dbg !22
  %523 = shufflevector <4 x bfloat> %502, <4 x bfloat> %507, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %524 = shufflevector <4 x bfloat> %504, <4 x bfloat> %509, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !29
  %525 = insertelement <4 x float> poison, float %491, i64 0, !dbg !29
  %526 = insertelement <4 x float> %525, float %492, i64 1, !dbg !29
  %527 = insertelement <4 x float> %526, float %493, i64 2, !dbg !29
  %528 = insertelement <4 x float> %527, float %494, i64 3, !dbg !29
  %529 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %523, <8 x bfloat> %522, <4 x float> %528, i32 0, i32 0, i32 0), !dbg !29
  %530 = tail call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %524, <8 x bfloat> %520, <4 x float> %529, i32 0, i32 0, i32 0), !dbg !29
  %531 = extractelement <4 x float> %530, i64 0, !dbg !29
  %532 = extractelement <4 x float> %530, i64 1, !dbg !29
  %533 = extractelement <4 x float> %530, i64 2, !dbg !29
  %534 = extractelement <4 x float> %530, i64 3, !dbg !29
  br label %._crit_edge._crit_edge, !dbg !29

._crit_edge._crit_edge:                           ; preds = %._crit_edge, %510
  %535 = phi float [ %534, %510 ], [ %494, %._crit_edge ], !dbg !18
  %536 = phi float [ %533, %510 ], [ %493, %._crit_edge ], !dbg !18
  %537 = phi float [ %532, %510 ], [ %492, %._crit_edge ], !dbg !18
  %538 = phi float [ %531, %510 ], [ %491, %._crit_edge ], !dbg !18
  %539 = lshr i32 %12, 2, !dbg !10
  %540 = and i32 %539, 28, !dbg !10
  %541 = or disjoint i32 %540, 3, !dbg !10
  %542 = or disjoint i32 %541, %34, !dbg !13
  %543 = or disjoint i32 %540, 2, !dbg !10
  %544 = or disjoint i32 %543, %34, !dbg !13
  %545 = or disjoint i32 %540, 1, !dbg !10
  %546 = or disjoint i32 %545, %34, !dbg !13
  %547 = or disjoint i32 %540, %34, !dbg !13
  %548 = lshr exact i32 %23, 3, !dbg !10
  %549 = or disjoint i32 %548, %22, !dbg !10
  %550 = or disjoint i32 %549, %11, !dbg !11
  %551 = icmp slt i32 %550, %3, !dbg !32
  %552 = icmp slt i32 %547, %4, !dbg !33
  %553 = icmp slt i32 %546, %4, !dbg !33
  %554 = icmp slt i32 %544, %4, !dbg !33
  %555 = icmp slt i32 %542, %4, !dbg !33
  %556 = and i1 %551, %552, !dbg !34
  %557 = and i1 %551, %553, !dbg !34
  %558 = and i1 %551, %554, !dbg !34
  %559 = and i1 %551, %555, !dbg !34
  %560 = mul i32 %4, %11, !dbg !35
  %561 = mul i32 %4, %549, !dbg !36
  %562 = add i32 %560, %34, !dbg !36
  %563 = add i32 %562, %561, !dbg !36
  %564 = add i32 %563, %540, !dbg !36
  %565 = add i32 %563, %545, !dbg !36
  %566 = add i32 %563, %543, !dbg !36
  %567 = add i32 %563, %541, !dbg !36
  %568 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !37
  %569 = shl i32 %564, 2, !dbg !37
  %570 = select i1 %556, i32 %569, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %538, ptr addrspace(8) %568, i32 %570, i32 0, i32 0), !dbg !37
  %571 = shl i32 %565, 2, !dbg !37
  %572 = select i1 %557, i32 %571, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %537, ptr addrspace(8) %568, i32 %572, i32 0, i32 0), !dbg !37
  %573 = shl i32 %566, 2, !dbg !37
  %574 = select i1 %558, i32 %573, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %536, ptr addrspace(8) %568, i32 %574, i32 0, i32 0), !dbg !37
  %575 = shl i32 %567, 2, !dbg !37
  %576 = select i1 %559, i32 %575, i32 -2147483648, !dbg !37
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %535, ptr addrspace(8) %568, i32 %576, i32 0, i32 0), !dbg !37
  ret void, !dbg !38
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
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32 immarg, i32 immarg, i32 immarg) #6

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
!14 = !DILocation(line: 101, column: 31, scope: !4)
!15 = !DILocation(line: 103, column: 40, scope: !4)
!16 = !DILocation(line: 102, column: 28, scope: !4)
!17 = !DILocation(line: 105, column: 60, scope: !4)
!18 = !DILocation(line: 100, column: 26, scope: !4)
!19 = !DILocation(line: 103, column: 60, scope: !4)
!20 = !DILocation(line: 103, column: 46, scope: !4)
!21 = !DILocation(line: 102, column: 46, scope: !4)
!22 = !DILocation(line: 102, column: 20, scope: !4)
!23 = !DILocation(line: 105, column: 40, scope: !4)
!24 = !DILocation(line: 105, column: 46, scope: !4)
!25 = !DILocation(line: 104, column: 46, scope: !4)
!26 = !DILocation(line: 104, column: 20, scope: !4)
!27 = !DILocation(line: 101, column: 18, scope: !4)
!28 = !DILocation(line: 104, column: 28, scope: !4)
!29 = !DILocation(line: 106, column: 25, scope: !4)
!30 = distinct !{!30, !31}
!31 = !{!"llvm.loop.peeled.count", i32 1}
!32 = !DILocation(line: 108, column: 33, scope: !4)
!33 = !DILocation(line: 108, column: 53, scope: !4)
!34 = !DILocation(line: 108, column: 39, scope: !4)
!35 = !DILocation(line: 107, column: 21, scope: !4)
!36 = !DILocation(line: 107, column: 39, scope: !4)
!37 = !DILocation(line: 107, column: 52, scope: !4)
!38 = !DILocation(line: 107, column: 4, scope: !4)
