// RUN: moe-opt %s --moe-lower-route-slots | FileCheck %s

// Slot routing is one grid-stride loop over the blocks' rows: the slot's id
// and weight are loaded together (no dependent round trip), a block's first
// row gets the packed (slot << 24) | token or the sentinel, the rest the
// sentinel; the first row's lane writes the block's expert. No sort: no
// LDS of its own, no barrier, no second walk.
// CHECK-LABEL: gpu.func @slots
// The sentinel: (K << 24) | T.
// CHECK: %[[K24:.*]] = arith.constant 67108864 : index
// CHECK: %[[SENTINEL_IDX:.*]] = arith.addi %{{.*}}, %[[K24]] : index
// CHECK: %[[SENTINEL:.*]] = arith.index_castui %[[SENTINEL_IDX]] : index to i32
// Rows: min(T K, blocks held) * 16.
// CHECK: %[[ROWS:.*]] = arith.muli %{{.*}}, %c16{{.*}} : index
// CHECK-NOT: gpu.barrier
// CHECK: scf.for %[[R:.*]] = %thread_id_x to %[[ROWS]] step %c256 {
// CHECK:   %[[SLOT:.*]] = arith.divui %[[R]], %c16
// CHECK:   %[[IN:.*]] = arith.remui %[[R]], %c16
// CHECK:   %[[FIRST:.*]] = arith.cmpi eq, %[[IN]]
// CHECK:   %[[ID:.*]] = memref.load %arg0[%[[SLOT]]] : memref<?xi32, 1>
// CHECK:   %[[LOCAL:.*]] = arith.subi %[[ID]], %arg3 : i32
// CHECK:   %[[W:.*]] = memref.load %arg1[%[[SLOT]]] : memref<?xf32, 1>
// CHECK:   %[[ROUTED:.*]] = arith.andi %[[FIRST]], %{{.*}} : i1
// CHECK:   %[[TOKEN:.*]] = arith.divui %[[SLOT]], %c4
// CHECK:   %[[K:.*]] = arith.remui %[[SLOT]], %c4
// CHECK:   %[[HI:.*]] = arith.shli %[[K]], %c24
// CHECK:   %[[PACKED:.*]] = arith.ori %[[HI]], %[[TOKEN]]
// CHECK:   %[[PACKED32:.*]] = arith.index_castui %[[PACKED]] : index to i32
// CHECK:   %[[ROW:.*]] = arith.select %[[ROUTED]], %[[PACKED32]], %[[SENTINEL]] : i32
// CHECK:   memref.store %[[ROW]], %arg4[%[[R]]]
// CHECK:   %[[WEIGHT:.*]] = arith.select %[[ROUTED]], %[[W]], %cst : f32
// CHECK:   memref.store %[[WEIGHT]], %arg5[%[[R]]]
// CHECK:   scf.if %[[FIRST]] {
// CHECK:     %[[E:.*]] = arith.select %{{.*}}, %[[LOCAL]], %c-1_i32 : i32
// CHECK:     memref.store %[[E]], %arg6[%[[SLOT]]]
// CHECK:   }
// CHECK-NOT: memref.load
// CHECK: }
// Blocks past the slots: -1; lane 0 writes num_valid_ids = rows.
// CHECK: scf.for %[[B:.*]] = %{{.*}} to %{{.*}} step %c256 {
// CHECK:   memref.store %c-1_i32{{.*}}, %arg6[%[[B]]]
// CHECK: scf.if
// CHECK:   %[[NV:.*]] = arith.index_castui %[[ROWS]] : index to i32
// CHECK:   memref.store %[[NV]], %arg7[%c0
// CHECK-NOT: gpu.barrier
// CHECK-NOT: moe.route_slots
// CHECK: gpu.return

// Without weights every routed row weighs 1.
// CHECK-LABEL: gpu.func @unweighted
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: scf.for
// CHECK-NOT: memref.load %{{.*}} : memref<?xf32, 1>
// CHECK: arith.select %{{.*}}, %[[ONE]], %cst : f32

gpu.module @m {
  gpu.func @slots(%ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: i32, %eb: i32)
      workgroup(%sid: memref<64xi32, #gpu.address_space<workgroup>>,
                %sw: memref<64xf32, #gpu.address_space<workgroup>>,
                %seid: memref<4xi32, #gpu.address_space<workgroup>>,
                %nv: memref<1xi32, #gpu.address_space<workgroup>>) kernel {
    moe.route_slots %ids : memref<?xi32, 1> weights(%w : memref<?xf32, 1>) tokens %t experts_from %eb
      -> %sid : memref<64xi32, #gpu.address_space<workgroup>>,
         %sw : memref<64xf32, #gpu.address_space<workgroup>>,
         %seid : memref<4xi32, #gpu.address_space<workgroup>>,
         %nv : memref<1xi32, #gpu.address_space<workgroup>>
      {topk = 4, experts = 32, block_m = 16, block_size = 256}
    gpu.return
  }
  gpu.func @unweighted(%ids: memref<?xi32, 1>, %t: i32, %eb: i32,
                       %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                       %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) kernel {
    moe.route_slots %ids : memref<?xi32, 1> tokens %t experts_from %eb
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 8, experts = 256, block_m = 16, block_size = 256}
    gpu.return
  }
}
