// RUN: moe-opt %s --moe-attach-loop-annotations | FileCheck %s
// RUN: moe-opt %s --convert-scf-to-cf --convert-to-llvm --moe-attach-loop-annotations | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVMIR

// The discardable attribute becomes the branch's loop_annotation property
// (the one the LLVM IR translation reads); branches without it are left
// alone.
// CHECK-LABEL: llvm.func @branches
// CHECK: llvm.br ^bb1 {loop_annotation = #[[ANN:.*]]}
// CHECK-NOT: llvm.loop_annotation =
// CHECK: llvm.cond_br %{{.*}}, ^bb1, ^bb2 {loop_annotation = #[[ANN]]}
// CHECK: llvm.return
#unroll = #llvm.loop_unroll<disable = true>
#ann = #llvm.loop_annotation<unroll = #unroll>
llvm.func @branches(%c: i1) {
  llvm.br ^bb1 {llvm.loop_annotation = #ann}
^bb1:
  llvm.cond_br %c, ^bb1, ^bb2 {llvm.loop_annotation = #ann}
^bb2:
  llvm.return
}

// From an annotated scf.for to !llvm.loop metadata on its back-edge.
// LLVMIR-LABEL: define void @loop
// LLVMIR: br label %{{.*}}, !llvm.loop ![[LOOP:[0-9]+]]
// LLVMIR: ![[LOOP]] = distinct !{![[LOOP]], ![[UNROLL:[0-9]+]]}
// LLVMIR: ![[UNROLL]] = !{!"llvm.loop.unroll.disable"}
func.func @loop(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    llvm.call_intrinsic "llvm.amdgcn.s.barrier"() : () -> ()
  } {llvm.loop_annotation = #ann}
  return
}
