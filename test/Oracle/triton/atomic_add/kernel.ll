; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none)
define amdgpu_kernel void @atomic_add_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg captures(none) %2, ptr addrspace(1) inreg %3, i32 inreg %4, ptr addrspace(1) inreg readnone captures(none) %5, ptr addrspace(1) inreg readnone captures(none) %6) local_unnamed_addr #0 !dbg !4 {
  %8 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !7
  %9 = shl i32 %8, 8, !dbg !8
  %10 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !9
  %11 = and i32 %10, 255, !dbg !9
  %12 = or disjoint i32 %9, %11, !dbg !10
  %13 = icmp slt i32 %12, %4, !dbg !11
  %14 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !12
  %15 = shl i32 %12, 2, !dbg !12
  %16 = select i1 %13, i32 %15, i32 -2147483648, !dbg !12
  %17 = tail call float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) %14, i32 %16, i32 0, i32 0), !dbg !12
  %18 = bitcast float %17 to <1 x float>, !dbg !12
  %19 = extractelement <1 x float> %18, i64 0, !dbg !12
  %20 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !13
  %21 = tail call i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) %20, i32 %16, i32 0, i32 0), !dbg !13
  %22 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !14
  %23 = shl i32 %21, 2, !dbg !14
  %24 = select i1 %13, i32 %23, i32 -2147483648, !dbg !14
  %25 = tail call float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float %19, ptr addrspace(8) %22, i32 %24, i32 0, i32 0), !dbg !14
  %26 = fptrunc float %19 to bfloat, !dbg !15
  %27 = sext i32 %21 to i64, !dbg !16
  %28 = getelementptr bfloat, ptr addrspace(1) %3, i64 %27, !dbg !16
  %29 = and i32 %10, 1, !dbg !16
  %30 = ptrtoint ptr addrspace(1) %28 to i64, !dbg !16
  %31 = select i1 %13, i64 %30, i64 -1, !dbg !16
  %32 = insertelement <2 x bfloat> zeroinitializer, bfloat %26, i32 %29, !dbg !16
  %33 = bitcast <2 x bfloat> %32 to i32, !dbg !16
  %34 = select i1 %13, i32 %33, i32 0, !dbg !16
  %35 = tail call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %34, i32 257, i32 15, i32 15, i1 false), !dbg !16
  %36 = or i32 %34, %35, !dbg !16
  %37 = bitcast i32 %36 to <2 x bfloat>, !dbg !16
  %38 = bitcast i64 %31 to <2 x i32>, !dbg !16
  %39 = extractelement <2 x i32> %38, i64 0, !dbg !16
  %40 = tail call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %39, i32 257, i32 15, i32 15, i1 false), !dbg !16
  %41 = insertelement <2 x i32> poison, i32 %40, i64 0, !dbg !16
  %42 = extractelement <2 x i32> %38, i64 1, !dbg !16
  %43 = tail call i32 @llvm.amdgcn.update.dpp.i32(i32 0, i32 %42, i32 257, i32 15, i32 15, i1 false), !dbg !16
  %44 = insertelement <2 x i32> %41, i32 %43, i64 1, !dbg !16
  %45 = bitcast <2 x i32> %44 to i64, !dbg !16
  %46 = icmp ne i64 %45, -1, !dbg !16
  %47 = or i1 %13, %46, !dbg !16
  %48 = select i1 %46, i64 %45, i64 %31, !dbg !16
  %49 = icmp eq i32 %29, 0, !dbg !16
  %50 = and i1 %49, %47, !dbg !16
  %51 = inttoptr i64 %48 to ptr addrspace(1), !dbg !16
  %52 = inttoptr i64 %45 to ptr addrspace(1), !dbg !16
  %53 = select i1 %13, ptr addrspace(1) %28, ptr addrspace(1) %52, !dbg !16
  br i1 %50, label %54, label %69, !dbg !16

54:                                               ; preds = %7
  %55 = add i64 %31, 2, !dbg !16
  %56 = icmp eq i64 %55, %45, !dbg !16
  %57 = and i64 %31, 3, !dbg !16
  %58 = icmp eq i64 %57, 0, !dbg !16
  %59 = and i1 %58, %56, !dbg !16
  %60 = and i1 %13, %59, !dbg !16
  %61 = and i1 %46, %60, !dbg !16
  br i1 %61, label %67, label %62, !dbg !16

62:                                               ; preds = %54
  %63 = extractelement <2 x bfloat> %37, i64 0, !dbg !16
  %64 = extractelement <2 x bfloat> %37, i64 1, !dbg !16
  %65 = atomicrmw fadd ptr addrspace(1) %53, bfloat %63 syncscope("agent") monotonic, align 2, !dbg !16
  %66 = atomicrmw fadd ptr addrspace(1) %51, bfloat %64 syncscope("agent") monotonic, align 2, !dbg !16
  br label %69, !dbg !16

67:                                               ; preds = %54
  %68 = atomicrmw fadd ptr addrspace(1) %53, <2 x bfloat> %37 syncscope("agent") monotonic, align 4, !dbg !16
  br label %69, !dbg !16

69:                                               ; preds = %67, %62, %7
  ret void, !dbg !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare i32 @llvm.amdgcn.raw.ptr.buffer.load.i32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float, ptr addrspace(8) captures(none), i32, i32, i32 immarg) #3

; Function Attrs: convergent mustprogress nocallback nofree nounwind willreturn memory(none)
declare i32 @llvm.amdgcn.update.dpp.i32(i32, i32, i32 immarg, i32 immarg, i32 immarg, i1 immarg) #4

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { convergent mustprogress nocallback nofree nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "atomic_add_kernel", linkageName: "atomic_add_kernel", scope: !1, file: !1, line: 178, type: !5, scopeLine: 178, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 182, column: 25, scope: !4)
!8 = !DILocation(line: 182, column: 30, scope: !4)
!9 = !DILocation(line: 182, column: 51, scope: !4)
!10 = !DILocation(line: 182, column: 38, scope: !4)
!11 = !DILocation(line: 183, column: 15, scope: !4)
!12 = !DILocation(line: 184, column: 16, scope: !4)
!13 = !DILocation(line: 185, column: 16, scope: !4)
!14 = !DILocation(line: 186, column: 31, scope: !4)
!15 = !DILocation(line: 187, column: 37, scope: !4)
!16 = !DILocation(line: 187, column: 32, scope: !4)
!17 = !DILocation(line: 187, column: 4, scope: !4)
