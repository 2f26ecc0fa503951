; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @dpp_reduce_f32(ptr addrspace(1) %0, ptr addrspace(1) %1, i64 %2, i64 %3, i64 %4, ptr addrspace(1) %5, ptr addrspace(1) %6, i64 %7, i64 %8, i64 %9, ptr addrspace(1) %10, ptr addrspace(1) %11, i64 %12, i64 %13, i64 %14, ptr addrspace(1) %15, ptr addrspace(1) %16, i64 %17, i64 %18, i64 %19, ptr addrspace(1) %20, ptr addrspace(1) %21, i64 %22, i64 %23, i64 %24, ptr addrspace(1) %25, ptr addrspace(1) %26, i64 %27, i64 %28, i64 %29) #0 !reqd_work_group_size !1 {
  %31 = call range(i32 0, 64) i32 @llvm.amdgcn.workitem.id.x()
  %32 = sext i32 %31 to i64
  %33 = call i32 @llvm.amdgcn.workgroup.id.x()
  %34 = sext i32 %33 to i64
  %35 = mul i64 %34, 64
  %36 = add i64 %35, %32
  %37 = getelementptr inbounds nuw float, ptr addrspace(1) %1, i64 %36
  %38 = load float, ptr addrspace(1) %37, align 4
  %39 = call float @llvm.amdgcn.update.dpp.f32(float %38, float %38, i32 177, i32 15, i32 15, i1 true)
  %40 = fadd float %38, %39
  %41 = call float @llvm.amdgcn.update.dpp.f32(float %40, float %40, i32 78, i32 15, i32 15, i1 true)
  %42 = fadd float %40, %41
  %43 = call float @llvm.amdgcn.update.dpp.f32(float %38, float %38, i32 177, i32 15, i32 15, i1 true)
  %44 = call float @llvm.maximum.f32(float %38, float %43)
  %45 = call float @llvm.amdgcn.update.dpp.f32(float %44, float %44, i32 78, i32 15, i32 15, i1 true)
  %46 = call float @llvm.maximum.f32(float %44, float %45)
  %47 = call float @llvm.amdgcn.update.dpp.f32(float %46, float %46, i32 321, i32 15, i32 15, i1 true)
  %48 = call float @llvm.maximum.f32(float %46, float %47)
  %49 = call float @llvm.amdgcn.update.dpp.f32(float %48, float %48, i32 320, i32 15, i32 15, i1 true)
  %50 = call float @llvm.maximum.f32(float %48, float %49)
  %51 = call float @llvm.amdgcn.update.dpp.f32(float %38, float %38, i32 177, i32 15, i32 15, i1 true)
  %52 = fadd float %38, %51
  %53 = call float @llvm.amdgcn.update.dpp.f32(float %52, float %52, i32 78, i32 15, i32 15, i1 true)
  %54 = fadd float %52, %53
  %55 = call float @llvm.amdgcn.update.dpp.f32(float %54, float %54, i32 321, i32 15, i32 15, i1 true)
  %56 = fadd float %54, %55
  %57 = call float @llvm.amdgcn.update.dpp.f32(float %56, float %56, i32 320, i32 15, i32 15, i1 true)
  %58 = fadd float %56, %57
  %59 = call float @llvm.amdgcn.update.dpp.f32(float %58, float %58, i32 322, i32 10, i32 15, i1 false)
  %60 = fadd float %58, %59
  %61 = call float @llvm.amdgcn.update.dpp.f32(float %60, float %60, i32 323, i32 15, i32 15, i1 true)
  %62 = fadd float %61, %60
  %63 = call float @llvm.amdgcn.readlane.f32(float %62, i32 63)
  %64 = getelementptr inbounds nuw float, ptr addrspace(1) %11, i64 %36
  store float %42, ptr addrspace(1) %64, align 4
  %65 = getelementptr inbounds nuw float, ptr addrspace(1) %16, i64 %36
  store float %50, ptr addrspace(1) %65, align 4
  %66 = getelementptr inbounds nuw float, ptr addrspace(1) %21, i64 %36
  store float %63, ptr addrspace(1) %66, align 4
  %67 = getelementptr inbounds nuw i32, ptr addrspace(1) %6, i64 %36
  %68 = load i32, ptr addrspace(1) %67, align 4
  %69 = bitcast i32 %68 to float
  %70 = call float @llvm.amdgcn.update.dpp.f32(float %69, float %69, i32 228, i32 15, i32 15, i1 false)
  %71 = bitcast float %70 to i32
  %72 = getelementptr inbounds nuw i32, ptr addrspace(1) %26, i64 %36
  store i32 %71, ptr addrspace(1) %72, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.update.dpp.f32(float, float, i32 immarg, i32 immarg, i32 immarg, i1 immarg) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maximum.f32(float, float) #3

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.readlane.f32(float, i32) #2

attributes #0 = { "amdgpu-flat-work-group-size"="64,64" "uniform-work-group-size"="true" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { convergent nocallback nofree nounwind willreturn memory(none) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 64, i32 1, i32 1}
