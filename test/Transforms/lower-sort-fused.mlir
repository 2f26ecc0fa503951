// RUN: moe-opt %s --moe-lower-sort | FileCheck %s

// A sort into LDS copies (a stage kernel's fused routing) scans a chunk 16
// entries per trip: the scan loop asks LLVM to unroll 8 of its 32 trips
// (two entries each), so 16 chunk ids are in VGPRs at once, not 64.
// CHECK: #[[UNROLL:.*]] = #llvm.loop_unroll<count = 8 : i32>
// CHECK: #[[ANNOTATION:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL]]>
// CHECK-LABEL: gpu.func @fused
// Count pass, then scatter pass.
// CHECK: scf.for {{.*}} iter_args({{.*}}) -> (i32, i32)
// CHECK: } {llvm.loop_annotation = #[[ANNOTATION]]}
// CHECK: scf.for {{.*}} iter_args({{.*}}) -> (i32, i32)
// CHECK: } {llvm.loop_annotation = #[[ANNOTATION]]}
// The sort kernel's own sort (global outputs) leaves the scan to LLVM.
// CHECK-LABEL: gpu.func @global
// CHECK-NOT: llvm.loop_annotation
// CHECK: gpu.return

gpu.module @m {
  gpu.func @fused(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %out: memref<?xi32, 1>)
      workgroup(%sid: memref<64xi32, #gpu.address_space<workgroup>>,
                %sw: memref<64xf32, #gpu.address_space<workgroup>>,
                %seid: memref<8xi32, #gpu.address_space<workgroup>>,
                %nv: memref<1xi32, #gpu.address_space<workgroup>>) kernel {
    moe.sort %ids : memref<?xi32, 1> tokens %t experts_from %eb
      -> %sid : memref<64xi32, #gpu.address_space<workgroup>>,
         %sw : memref<64xf32, #gpu.address_space<workgroup>>,
         %seid : memref<8xi32, #gpu.address_space<workgroup>>,
         %nv : memref<1xi32, #gpu.address_space<workgroup>>
      {topk = 4, experts = 32, block_m = 16, block_size = 256}
    %tid = gpu.thread_id x
    %c64 = arith.constant 64 : index
    %in = arith.cmpi ult, %tid, %c64 : index
    scf.if %in {
      %v = memref.load %sid[%tid] : memref<64xi32, #gpu.address_space<workgroup>>
      memref.store %v, %out[%tid] : memref<?xi32, 1>
    }
    gpu.return
  }
  gpu.func @global(%ids: memref<?xi32, 1>, %t: i32, %eb: i32,
                   %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>,
                   %nv: memref<?xi32, 1>) kernel {
    moe.sort %ids : memref<?xi32, 1> tokens %t experts_from %eb
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 4, experts = 32, block_m = 16, block_size = 256}
    gpu.return
  }
}
