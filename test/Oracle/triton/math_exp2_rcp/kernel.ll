; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare !dbg !4 float @llvm.amdgcn.exp2.f32(float) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare !dbg !7 float @llvm.exp2.f32(float) #0

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define amdgpu_kernel void @math_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg writeonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, i32 inreg %4, ptr addrspace(1) inreg readnone captures(none) %5, ptr addrspace(1) inreg readnone captures(none) %6) local_unnamed_addr #1 !dbg !9 {
  %8 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !10
  %9 = shl i32 %8, 8, !dbg !11
  %10 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !12
  %11 = and i32 %10, 255, !dbg !12
  %12 = or disjoint i32 %9, %11, !dbg !13
  %13 = icmp slt i32 %12, %4, !dbg !14
  %14 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !15
  %15 = shl i32 %12, 2, !dbg !15
  %16 = select i1 %13, i32 %15, i32 -2147483648, !dbg !15
  %17 = tail call float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) %14, i32 %16, i32 0, i32 0), !dbg !15
  %18 = bitcast float %17 to <1 x float>, !dbg !15
  %19 = extractelement <1 x float> %18, i64 0, !dbg !15
  %20 = select i1 %13, float %19, float 1.000000e+00, !dbg !15
  %21 = tail call float @llvm.amdgcn.exp2.f32(float %20), !dbg !16
  %22 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %1, i16 0, i64 2147483646, i32 159744), !dbg !17
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %21, ptr addrspace(8) %22, i32 %16, i32 0, i32 0), !dbg !17
  %23 = fdiv float 1.000000e+00, %20, !dbg !18
  %24 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !19
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %23, ptr addrspace(8) %24, i32 %16, i32 0, i32 0), !dbg !19
  %25 = fsub float 0.000000e+00, %20, !dbg !20
  %26 = fmul float %25, 0x3FF7154760000000, !dbg !24
  %27 = tail call float @llvm.exp2.f32(float %26), !dbg !24
  %28 = fadd float %27, 1.000000e+00, !dbg !25
  %29 = fdiv float 1.000000e+00, %28, !dbg !26
  %30 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !27
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %29, ptr addrspace(8) %30, i32 %16, i32 0, i32 0), !dbg !27
  ret void, !dbg !28
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.f32(float, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #3

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = !DISubprogram(name: "llvm.amdgcn.exp2.f32", linkageName: "llvm.amdgcn.exp2.f32", scope: !1, file: !1, line: 580, type: !5, scopeLine: 580, spFlags: DISPFlagOptimized)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DISubprogram(name: "llvm.exp2.f32", linkageName: "llvm.exp2.f32", scope: !8, file: !8, line: 50, type: !5, scopeLine: 50, spFlags: DISPFlagOptimized)
!8 = !DIFile(filename: "standard.py", directory: "/opt/torch/.venv/lib/python3.12/site-packages/triton/language")
!9 = distinct !DISubprogram(name: "math_kernel", linkageName: "math_kernel", scope: !1, file: !1, line: 574, type: !5, scopeLine: 574, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!10 = !DILocation(line: 577, column: 25, scope: !9)
!11 = !DILocation(line: 577, column: 30, scope: !9)
!12 = !DILocation(line: 577, column: 51, scope: !9)
!13 = !DILocation(line: 577, column: 38, scope: !9)
!14 = !DILocation(line: 578, column: 15, scope: !9)
!15 = !DILocation(line: 579, column: 16, scope: !9)
!16 = !DILocation(line: 580, column: 40, scope: !9)
!17 = !DILocation(line: 580, column: 27, scope: !9)
!18 = !DILocation(line: 581, column: 70, scope: !9)
!19 = !DILocation(line: 581, column: 27, scope: !9)
!20 = !DILocation(line: 50, column: 30, scope: !21, inlinedAt: !22)
!21 = distinct !DILexicalBlockFile(scope: !9, file: !8, discriminator: 0)
!22 = !DILocation(line: 583, column: 38, scope: !23)
!23 = distinct !DILexicalBlockFile(scope: !9, file: !1, discriminator: 0)
!24 = !DILocation(line: 50, column: 29, scope: !21, inlinedAt: !22)
!25 = !DILocation(line: 50, column: 20, scope: !21, inlinedAt: !22)
!26 = !DILocation(line: 50, column: 16, scope: !21, inlinedAt: !22)
!27 = !DILocation(line: 583, column: 27, scope: !9)
!28 = !DILocation(line: 583, column: 4, scope: !9)
