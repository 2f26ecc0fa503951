; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @scaling_truncf_fp8(ptr addrspace(1) %0, ptr addrspace(1) %1, i64 %2, i64 %3, i64 %4, ptr addrspace(1) %5, ptr addrspace(1) %6, i64 %7, i64 %8, i64 %9, ptr addrspace(1) %10, ptr addrspace(1) %11, i64 %12, i64 %13, i64 %14) #0 {
  %16 = call i32 @llvm.amdgcn.workitem.id.x()
  %17 = sext i32 %16 to i64
  %18 = call i32 @llvm.amdgcn.workgroup.id.x()
  %19 = sext i32 %18 to i64
  %20 = mul i64 %19, 64
  %21 = add i64 %20, %17
  %22 = mul i64 %21, 2
  %23 = add i64 %22, 1
  %24 = getelementptr inbounds nuw float, ptr addrspace(1) %1, i64 %22
  %25 = load float, ptr addrspace(1) %24, align 4
  %26 = getelementptr inbounds nuw float, ptr addrspace(1) %1, i64 %23
  %27 = load float, ptr addrspace(1) %26, align 4
  %28 = getelementptr inbounds nuw i8, ptr addrspace(1) %6, i64 %21
  %29 = load i8, ptr addrspace(1) %28, align 1
  %30 = insertelement <2 x float> poison, float %25, i64 0
  %31 = insertelement <2 x float> %30, float %27, i64 1
  %32 = insertelement <2 x i8> poison, i8 %29, i32 0
  %33 = shufflevector <2 x i8> %32, <2 x i8> poison, <2 x i32> zeroinitializer
  %34 = zext <2 x i8> %33 to <2 x i32>
  %35 = shl <2 x i32> %34, splat (i32 23)
  %36 = icmp eq <2 x i8> %33, splat (i8 -1)
  %37 = select <2 x i1> %36, <2 x i32> splat (i32 -1), <2 x i32> %35
  %38 = bitcast <2 x i32> %37 to <2 x float>
  %39 = extractelement <2 x float> %38, i64 0
  %40 = extractelement <2 x float> %31, i32 0
  %41 = extractelement <2 x float> %31, i32 1
  %42 = call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16> zeroinitializer, float %40, float %41, float %39, i1 false)
  %43 = bitcast <2 x i16> %42 to <4 x i8>
  %44 = shufflevector <4 x i8> %43, <4 x i8> %43, <2 x i32> <i32 0, i32 1>
  %45 = extractelement <2 x i8> %44, i64 0
  %46 = extractelement <2 x i8> %44, i64 1
  %47 = getelementptr inbounds nuw i8, ptr addrspace(1) %11, i64 %22
  store i8 %45, ptr addrspace(1) %47, align 1
  %48 = getelementptr inbounds nuw i8, ptr addrspace(1) %11, i64 %23
  store i8 %46, ptr addrspace(1) %48, align 1
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16>, float, float, float, i1 immarg) #2

attributes #0 = { "amdgpu-flat-work-group-size"="1,256" "uniform-work-group-size"="true" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"Debug Info Version", i32 3}
