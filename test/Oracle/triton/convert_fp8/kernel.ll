; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn
define amdgpu_kernel void @convert_kernel(ptr addrspace(1) inreg readonly captures(none) %0, ptr addrspace(1) inreg readonly captures(none) %1, ptr addrspace(1) inreg writeonly captures(none) %2, ptr addrspace(1) inreg writeonly captures(none) %3, ptr addrspace(1) inreg writeonly captures(none) %4, i32 inreg %5, ptr addrspace(1) inreg readnone captures(none) %6, ptr addrspace(1) inreg readnone captures(none) %7) local_unnamed_addr #0 !dbg !4 {
  tail call void @llvm.amdgcn.s.setreg(i32 1473, i32 1), !dbg !7
  %9 = tail call i32 @llvm.amdgcn.workgroup.id.x(), !dbg !8
  %10 = shl i32 %9, 8, !dbg !9
  %11 = tail call i32 @llvm.amdgcn.workitem.id.x(), !dbg !10
  %12 = and i32 %11, 255, !dbg !10
  %13 = or disjoint i32 %10, %12, !dbg !11
  %14 = icmp slt i32 %13, %5, !dbg !12
  %15 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %0, i16 0, i64 2147483646, i32 159744), !dbg !13
  %16 = shl i32 %13, 2, !dbg !13
  %17 = select i1 %14, i32 %16, i32 -2147483648, !dbg !13
  %18 = tail call float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) %15, i32 %17, i32 0, i32 0), !dbg !13
  %19 = bitcast float %18 to <1 x float>, !dbg !13
  %20 = load <1 x float>, ptr addrspace(1) %1, align 4, !dbg !14
  %21 = extractelement <1 x float> %20, i64 0, !dbg !15
  %22 = extractelement <1 x float> %19, i64 0, !dbg !15
  %23 = fmul float %21, %22, !dbg !15
  %24 = tail call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16> undef, float %23, float undef, float 1.000000e+00, i1 false), !dbg !16
  %25 = tail call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16> %24, float undef, float undef, float 1.000000e+00, i1 true), !dbg !16
  %26 = bitcast <2 x i16> %25 to <4 x i8>, !dbg !16
  %27 = tail call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.bf8.f32(<2 x i16> undef, float %23, float undef, float 1.000000e+00, i1 false), !dbg !17
  %28 = tail call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.bf8.f32(<2 x i16> %27, float undef, float undef, float 1.000000e+00, i1 true), !dbg !17
  %29 = bitcast <2 x i16> %28 to <4 x i8>, !dbg !17
  %30 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %2, i16 0, i64 2147483646, i32 159744), !dbg !18
  %.extract = extractelement <4 x i8> %26, i64 0, !dbg !18
  %31 = select i1 %14, i32 %13, i32 -2147483648, !dbg !18
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.i8(i8 %.extract, ptr addrspace(8) %30, i32 %31, i32 0, i32 0), !dbg !18
  %32 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %3, i16 0, i64 2147483646, i32 159744), !dbg !19
  %.extract1 = extractelement <4 x i8> %29, i64 0, !dbg !19
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.i8(i8 %.extract1, ptr addrspace(8) %32, i32 %31, i32 0, i32 0), !dbg !19
  %33 = shufflevector <4 x i8> %26, <4 x i8> <i8 poison, i8 undef, i8 undef, i8 undef>, <4 x i32> <i32 0, i32 5, i32 6, i32 7>, !dbg !20
  %34 = bitcast <4 x i8> %33 to i32, !dbg !20
  %35 = tail call <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp8(i32 %34, float 1.000000e+00, i1 false), !dbg !20
  %36 = shufflevector <4 x i8> %29, <4 x i8> <i8 poison, i8 undef, i8 undef, i8 undef>, <4 x i32> <i32 0, i32 5, i32 6, i32 7>, !dbg !21
  %37 = bitcast <4 x i8> %36 to i32, !dbg !21
  %38 = tail call <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.bf8(i32 %37, float 1.000000e+00, i1 false), !dbg !21
  %foldExtExtBinop3 = fadd <2 x float> %35, %38, !dbg !22
  %39 = extractelement <2 x float> %foldExtExtBinop3, i64 0, !dbg !22
  %40 = tail call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %4, i16 0, i64 2147483646, i32 159744), !dbg !23
  tail call void @llvm.amdgcn.raw.ptr.buffer.store.f32(float %39, ptr addrspace(8) %40, i32 %17, i32 0, i32 0), !dbg !23
  ret void, !dbg !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.amdgcn.s.setreg(i32 immarg, i32) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.amdgcn.workgroup.id.x() #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.amdgcn.workitem.id.x() #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) readnone, i16, i64, i32) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare float @llvm.amdgcn.raw.ptr.buffer.load.f32(ptr addrspace(8) readonly captures(none), i32, i32, i32 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16>, float, float, float, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.bf8.f32(<2 x i16>, float, float, float, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.i8(i8, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp8(i32, float, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.bf8(i32, float, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.amdgcn.raw.ptr.buffer.store.f32(float, ptr addrspace(8) writeonly captures(none), i32, i32, i32 immarg) #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn "amdgpu-agpr-alloc"="0" "amdgpu-flat-work-group-size"="1,256" "amdgpu-no-cluster-id-x" "amdgpu-no-cluster-id-y" "amdgpu-no-cluster-id-z" "amdgpu-no-completion-action" "amdgpu-no-default-queue" "amdgpu-no-dispatch-id" "amdgpu-no-dispatch-ptr" "amdgpu-no-flat-scratch-init" "amdgpu-no-heap-ptr" "amdgpu-no-hostcall-ptr" "amdgpu-no-implicitarg-ptr" "amdgpu-no-lds-kernel-id" "amdgpu-no-multigrid-sync-arg" "amdgpu-no-queue-ptr" "amdgpu-no-workgroup-id-x" "amdgpu-no-workgroup-id-y" "amdgpu-no-workgroup-id-z" "amdgpu-no-workitem-id-x" "amdgpu-no-workitem-id-y" "amdgpu-no-workitem-id-z" "amdgpu-waves-per-eu"="0, 0" "denormal-fp-math-f32"="ieee" "uniform-work-group-size"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "triton", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "make_fixtures.py", directory: "/work/main/tools/triton-fixtures")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"amdhsa_code_object_version", i32 500}
!4 = distinct !DISubprogram(name: "convert_kernel", linkageName: "convert_kernel", scope: !1, file: !1, line: 150, type: !5, scopeLine: 150, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!5 = !DISubroutineType(cc: DW_CC_normal, types: !6)
!6 = !{}
!7 = !DILocation(line: 150, scope: !4)
!8 = !DILocation(line: 154, column: 25, scope: !4)
!9 = !DILocation(line: 154, column: 30, scope: !4)
!10 = !DILocation(line: 154, column: 51, scope: !4)
!11 = !DILocation(line: 154, column: 38, scope: !4)
!12 = !DILocation(line: 155, column: 15, scope: !4)
!13 = !DILocation(line: 156, column: 16, scope: !4)
!14 = !DILocation(line: 157, column: 16, scope: !4)
!15 = !DILocation(line: 158, column: 12, scope: !4)
!16 = !DILocation(line: 159, column: 14, scope: !4)
!17 = !DILocation(line: 160, column: 14, scope: !4)
!18 = !DILocation(line: 161, column: 28, scope: !4)
!19 = !DILocation(line: 162, column: 28, scope: !4)
!20 = !DILocation(line: 163, column: 34, scope: !4)
!21 = !DILocation(line: 163, column: 54, scope: !4)
!22 = !DILocation(line: 163, column: 48, scope: !4)
!23 = !DILocation(line: 163, column: 28, scope: !4)
!24 = !DILocation(line: 163, column: 4, scope: !4)
