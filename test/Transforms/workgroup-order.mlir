// The XCD-grouped tile order and the persistent stage-2 grid of
// moe-tile-stage1/2: the linear id by * grid_x + bx over the grid launched
// for `tokens` (grid_x = ceil(1000 / 64) = 16, y = min(capacity / m, T K) *
// split_k), remapped by xcdGroupedTile (ids past the grid keep theirs), then
// split into row (block * split_k + slice) and column tile; a persistent
// grid loops tiles bx, bx + P, ... with a barrier between them.
// RUN: moe-opt %s --moe-tile-stage2 --moe-tile-stage1 | FileCheck %s

// The grid is sized by the tokens the kernel acts on (clamped to the rows
// y holds), not the raw argument.
// CHECK-LABEL: gpu.func @stage2_xcd
// CHECK: %[[YN:.*]] = memref.dim %arg9
// CHECK: arith.divui %[[YN]], %c1000
// CHECK: %[[TC:.*]] = arith.index_castui %{{.*}} : index to i32
// CHECK: %[[BX:.*]] = gpu.block_id x
// CHECK: %[[T:.*]] = arith.index_castui %[[TC]] : i32 to index
// CHECK: %[[TK:.*]] = arith.muli %[[T]], %c4
// CHECK: %[[BLOCKS:.*]] = arith.minui %{{.*}}, %[[TK]]
// CHECK: %[[BY:.*]] = gpu.block_id y
// CHECK: %[[BY16:.*]] = arith.muli %[[BY]], %c16
// CHECK: %[[ID:.*]] = arith.addi %[[BY16]], %[[BX]]
// CHECK: %[[ROWS:.*]] = arith.muli %[[BLOCKS]], %c2
// CHECK: %[[N:.*]] = arith.muli %[[ROWS]], %c16
// CHECK: %[[PER0:.*]] = arith.addi %[[N]], %c7
// CHECK: %[[PER:.*]] = arith.divui %[[PER0]], %c8
// CHECK: %[[NM1:.*]] = arith.addi %[[N]], %c-1
// CHECK: %[[TALL0:.*]] = arith.remui %[[NM1]], %c8
// CHECK: %[[TALL:.*]] = arith.addi %[[TALL0]], %c1
// CHECK: %[[XCD:.*]] = arith.remui %[[ID]], %c8
// CHECK: %[[MAX:.*]] = arith.maxui %[[XCD]], %[[TALL]]
// CHECK: %[[LOCAL:.*]] = arith.divui %[[ID]], %c8
// CHECK: %[[A:.*]] = arith.muli %[[XCD]], %[[PER]]
// CHECK: %[[B:.*]] = arith.addi %[[A]], %[[LOCAL]]
// CHECK: %[[C:.*]] = arith.addi %[[B]], %[[TALL]]
// CHECK: %[[REMAP:.*]] = arith.subi %[[C]], %[[MAX]]
// CHECK: %[[INGRID:.*]] = arith.cmpi ult, %[[ID]], %[[N]]
// CHECK: %[[TILE:.*]] = arith.select %[[INGRID]], %[[REMAP]], %[[ID]]
// CHECK: %[[ROW:.*]] = arith.divui %[[TILE]], %c16
// CHECK: %[[COL:.*]] = arith.remui %[[TILE]], %c16
// CHECK: %[[BLOCK:.*]] = arith.divui %[[ROW]], %c2
// CHECK: %[[SLICE:.*]] = arith.remui %[[ROW]], %c2
// CHECK: arith.muli %[[BLOCK]], %c32
// CHECK: %[[COL0:.*]] = arith.muli %[[COL]], %c64
// CHECK: arith.muli %[[SLICE]], %c1536
// CHECK: moe.routed_mma
// CHECK-SAME: cols %[[COL0]]
// CHECK: moe.stage2_epilogue
// CHECK-SAME: slice %[[SLICE]]
// CHECK-NOT: gpu.barrier
// CHECK: gpu.return

// CHECK-LABEL: gpu.func @stage2_persistent
// CHECK: %[[PBX:.*]] = gpu.block_id x
// CHECK-NOT: gpu.block_id y
// Tiles: 16 columns x min(routed blocks, sorted_expert_ids size) x 1.
// CHECK: %[[EN:.*]] = memref.dim %arg6
// CHECK: %[[PB:.*]] = arith.minui %{{.*}}, %[[EN]]
// CHECK: %[[PR:.*]] = arith.muli %[[PB]], %c1
// CHECK: %[[PN:.*]] = arith.muli %[[PR]], %c16
// CHECK: %[[MINE:.*]] = arith.cmpi ult, %[[PBX]], %c600
// CHECK: %[[UB:.*]] = arith.select %[[MINE]], %[[PN]], %c0
// CHECK: scf.for %[[IV:.*]] = %[[PBX]] to %[[UB]] step %c600
// CHECK: %[[PROW:.*]] = arith.divui %[[IV]], %c16
// CHECK: %[[PCOL:.*]] = arith.remui %[[IV]], %c16
// CHECK: scf.if
// CHECK: scf.if
// CHECK: %[[PCOL0:.*]] = arith.muli %[[PCOL]], %c64
// CHECK: moe.routed_mma
// CHECK-SAME: cols %[[PCOL0]]
// CHECK: moe.stage2_epilogue
// The barrier ends the loop body, after the early exits.
// CHECK: gpu.barrier
// CHECK-NEXT: }
// CHECK-NEXT: gpu.return

// Stage 1: grid_x = ceil(2 * 512 / 64) = 16 weight-row tiles, split_k 1.
// CHECK-LABEL: gpu.func @stage1_xcd
// CHECK: gpu.block_id y
// CHECK: arith.maxui
// CHECK: %[[S1TILE:.*]] = arith.select
// CHECK: arith.divui %[[S1TILE]], %c16
// CHECK: arith.remui %[[S1TILE]], %c16
// CHECK: moe.routed_mma
// CHECK-NOT: gpu.barrier
// CHECK: moe.stage1_epilogue
gpu.module @m {
  gpu.func @stage2_xcd(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                       %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                       %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 1000, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       split_k = 2, tile = #moe.tile<m = 32, n = 64, k = 128, waves = 4>,
       workgroup_order = #moe.workgroup_order<xcd>}
    gpu.return
  }
  gpu.func @stage2_persistent(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                              %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                              %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 1000, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, persistent_workgroups = 600}
    gpu.return
  }
  gpu.func @stage1_xcd(%x: memref<?xi8, 1>, %xs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                       %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32,
                       %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1 <a8w4> x(%x : memref<?xi8, 1>, %xs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp8>, model_dim = 2880, inter_dim = 512, experts = 8, topk = 4,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, workgroup_order = #moe.workgroup_order<xcd>}
    gpu.return
  }
}
