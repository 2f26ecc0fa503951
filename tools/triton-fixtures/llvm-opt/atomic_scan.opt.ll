; ModuleID = 'atomic_scan.ll'
source_filename = "atomic_scan.ll"
target datalayout = "e-m:e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @atomic_scan(ptr addrspace(1) %x, ptr addrspace(1) %y, ptr addrspace(1) %acc, ptr addrspace(1) %facc, ptr addrspace(1) %old, ptr addrspace(1) %fold) #0 {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %g64 = mul i32 %g, 64
  %i = add i32 %g64, %l
  %px = getelementptr i32, ptr addrspace(1) %x, i32 %i
  %v = load i32, ptr addrspace(1) %px, align 4
  %py = getelementptr float, ptr addrspace(1) %y, i32 %i
  %w = load float, ptr addrspace(1) %py, align 4
  %pa = getelementptr i32, ptr addrspace(1) %acc, i32 %g
  %1 = call i64 @llvm.amdgcn.ballot.i64(i1 true)
  %2 = trunc i64 %1 to i32
  %3 = lshr i64 %1, 32
  %4 = trunc i64 %3 to i32
  %5 = call i32 @llvm.amdgcn.mbcnt.lo(i32 %2, i32 0)
  %6 = call i32 @llvm.amdgcn.mbcnt.hi(i32 %4, i32 %5)
  %7 = call i32 @llvm.amdgcn.set.inactive.i32(i32 %v, i32 0)
  %8 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %7, i32 273, i32 15, i32 15, i1 false)
  %9 = add i32 %7, %8
  %10 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %9, i32 274, i32 15, i32 15, i1 false)
  %11 = add i32 %9, %10
  %12 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %11, i32 276, i32 15, i32 15, i1 false)
  %13 = add i32 %11, %12
  %14 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %13, i32 280, i32 15, i32 15, i1 false)
  %15 = add i32 %13, %14
  %16 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %15, i32 322, i32 10, i32 15, i1 false)
  %17 = add i32 %15, %16
  %18 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %17, i32 323, i32 12, i32 15, i1 false)
  %19 = add i32 %17, %18
  %20 = call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %19, i32 312, i32 15, i32 15, i1 false)
  %21 = call i32 @llvm.amdgcn.readlane.i32(i32 %19, i32 63)
  %22 = call i32 @llvm.amdgcn.strict.wwm.i32(i32 %21)
  %23 = icmp eq i32 %6, 0
  br i1 %23, label %24, label %26

24:                                               ; preds = %0
  %25 = atomicrmw add ptr addrspace(1) %pa, i32 %22 syncscope("agent") monotonic, align 4
  br label %26

26:                                               ; preds = %0, %24
  %27 = phi i32 [ poison, %0 ], [ %25, %24 ]
  %28 = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %27)
  %29 = call i32 @llvm.amdgcn.strict.wwm.i32(i32 %20)
  %30 = add i32 %28, %29
  %pf = getelementptr float, ptr addrspace(1) %facc, i32 %g
  %31 = call i64 @llvm.amdgcn.ballot.i64(i1 true)
  %32 = trunc i64 %31 to i32
  %33 = lshr i64 %31, 32
  %34 = trunc i64 %33 to i32
  %35 = call i32 @llvm.amdgcn.mbcnt.lo(i32 %32, i32 0)
  %36 = call i32 @llvm.amdgcn.mbcnt.hi(i32 %34, i32 %35)
  %37 = call float @llvm.amdgcn.set.inactive.f32(float %w, float -0.000000e+00)
  %38 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %37, i32 273, i32 15, i32 15, i1 false)
  %39 = fadd float %37, %38
  %40 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %39, i32 274, i32 15, i32 15, i1 false)
  %41 = fadd float %39, %40
  %42 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %41, i32 276, i32 15, i32 15, i1 false)
  %43 = fadd float %41, %42
  %44 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %43, i32 280, i32 15, i32 15, i1 false)
  %45 = fadd float %43, %44
  %46 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %45, i32 322, i32 10, i32 15, i1 false)
  %47 = fadd float %45, %46
  %48 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %47, i32 323, i32 12, i32 15, i1 false)
  %49 = fadd float %47, %48
  %50 = call float @llvm.amdgcn.update.dpp.f32(float -0.000000e+00, float %49, i32 312, i32 15, i32 15, i1 false)
  %51 = call float @llvm.amdgcn.readlane.f32(float %49, i32 63)
  %52 = call float @llvm.amdgcn.strict.wwm.f32(float %51)
  %53 = icmp eq i32 %36, 0
  br i1 %53, label %54, label %56

54:                                               ; preds = %26
  %55 = atomicrmw fadd ptr addrspace(1) %pf, float %52 syncscope("agent") monotonic, align 4
  br label %56

56:                                               ; preds = %26, %54
  %57 = phi float [ poison, %26 ], [ %55, %54 ]
  %58 = call float @llvm.amdgcn.readfirstlane.f32(float %57)
  %59 = call float @llvm.amdgcn.strict.wwm.f32(float %50)
  %60 = fadd float %58, %59
  %61 = select i1 %53, float %58, float %60
  %po = getelementptr i32, ptr addrspace(1) %old, i32 %i
  store i32 %30, ptr addrspace(1) %po, align 4
  %pfo = getelementptr float, ptr addrspace(1) %fold, i32 %i
  store float %61, ptr addrspace(1) %pfo, align 4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: convergent nocallback nocreateundeforpoison nofree nounwind willreturn memory(none)
declare i64 @llvm.amdgcn.ballot.i64(i1) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.mbcnt.lo(i32, i32) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.mbcnt.hi(i32, i32) #3

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.set.inactive.i32(i32, i32) #4

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.update.dpp.i32(i32, i32, i32 immarg, i32 immarg, i32 immarg, i1 immarg) #4

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.readlane.i32(i32, i32) #4

; Function Attrs: convergent nocallback nofree nounwind speculatable willreturn memory(none)
declare i32 @llvm.amdgcn.strict.wwm.i32(i32) #5

; Function Attrs: convergent nocallback nocreateundeforpoison nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.readfirstlane.i32(i32) #2

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.set.inactive.f32(float, float) #4

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.update.dpp.f32(float, float, i32 immarg, i32 immarg, i32 immarg, i1 immarg) #4

; Function Attrs: convergent nocallback nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.readlane.f32(float, i32) #4

; Function Attrs: convergent nocallback nofree nounwind speculatable willreturn memory(none)
declare float @llvm.amdgcn.strict.wwm.f32(float) #5

; Function Attrs: convergent nocallback nocreateundeforpoison nofree nounwind willreturn memory(none)
declare float @llvm.amdgcn.readfirstlane.f32(float) #2

attributes #0 = { "amdgpu-flat-work-group-size"="64,64" "target-cpu"="gfx950" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) "target-cpu"="gfx950" }
attributes #2 = { convergent nocallback nocreateundeforpoison nofree nounwind willreturn memory(none) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind willreturn memory(none) }
attributes #4 = { convergent nocallback nofree nounwind willreturn memory(none) }
attributes #5 = { convergent nocallback nofree nounwind speculatable willreturn memory(none) }
