// RUN: moe-opt %s -split-input-file --moe-fuse-stages | FileCheck %s

// Stage 2's fused routing (everything before its routing-ready barrier,
// which reads only the routing inputs) runs before the workgroup waits for
// stage 1; the rest of stage 2, which reads h, after the acquire fence.
// CHECK-LABEL: gpu.func @fused
// CHECK: scf.if
// CHECK: memref.load %arg1[%{{.*}}] : memref<?xf32, 1>
// CHECK: llvm.atomicrmw add {{.*}} release
// CHECK: } else {
// CHECK: %[[SORTED:.*]] = memref.view
// CHECK: %[[ID:.*]] = memref.load %arg0[%{{.*}}] : memref<?xi32, 1>
// CHECK-NEXT: memref.store %[[ID]], %[[SORTED]]
// CHECK-NEXT: gpu.barrier {moe.routing_ready}
// CHECK: scf.while
// CHECK: rocdl.s.sleep 1
// CHECK: gpu.barrier
// CHECK-NEXT: llvm.fence syncscope("agent") acquire
// CHECK-NEXT: memref.load %[[SORTED]]
// CHECK: memref.load %arg1
gpu.module @m {
  gpu.func @s1(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    %c0 = arith.constant 0 : index
    %v = memref.load %h[%c0] : memref<?xf32, 1>
    gpu.return
  }
  gpu.func @s2(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>) workgroup(%sorted: memref<4xi32, #gpu.address_space<workgroup>>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    %c0 = arith.constant 0 : index
    %id = memref.load %ids[%c0] : memref<?xi32, 1>
    memref.store %id, %sorted[%c0] : memref<4xi32, #gpu.address_space<workgroup>>
    gpu.barrier {moe.routing_ready}
    %r = memref.load %sorted[%c0] : memref<4xi32, #gpu.address_space<workgroup>>
    %i = arith.index_cast %r : i32 to index
    %v = memref.load %h[%i] : memref<?xf32, 1>
    gpu.return
  }
  gpu.func @fused(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>, %t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    moe.fused_stages @s1(%ids, %h : memref<?xi32, 1>, memref<?xf32, 1>) then @s2(%ids, %h : memref<?xi32, 1>, memref<?xf32, 1>) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}

// -----

// Without a routing-ready barrier (stage 2 reads the sort kernel's buffers)
// the whole of stage 2 runs after the wait.
// CHECK-LABEL: gpu.func @fused
// CHECK: } else {
// CHECK-NOT: memref.load
// CHECK: scf.while
// CHECK: llvm.fence syncscope("agent") acquire
// CHECK: memref.load %arg0
gpu.module @m {
  gpu.func @s1(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @s2(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    %c0 = arith.constant 0 : index
    %id = memref.load %ids[%c0] : memref<?xi32, 1>
    %i = arith.index_cast %id : i32 to index
    %v = memref.load %h[%i] : memref<?xf32, 1>
    gpu.return
  }
  gpu.func @fused(%ids: memref<?xi32, 1>, %h: memref<?xf32, 1>, %t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    moe.fused_stages @s1(%ids, %h : memref<?xi32, 1>, memref<?xf32, 1>) then @s2(%ids, %h : memref<?xi32, 1>, memref<?xf32, 1>) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}
