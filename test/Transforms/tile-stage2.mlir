// RUN: moe-opt %s --moe-tile-stage2 | FileCheck %s

// Grid: x = model_dim tile (col0 = bx * n), y = routed block * split_k +
// K slice; early exits past num_valid_ids and for experts outside
// [0, experts); the slice's K range is whole steps of tile.k:
// ceil(ceil(2880 / 128) / 2) * 128 = 1536, the last slice clamped to 2880.
// CHECK-LABEL: gpu.func @k
// CHECK: %[[BX:.*]] = gpu.block_id x
// CHECK: %[[BY:.*]] = gpu.block_id y
// CHECK: %[[BLOCK:.*]] = arith.divui %[[BY]], %c2
// CHECK: %[[SLICE:.*]] = arith.remui %[[BY]], %c2
// CHECK: %[[ROW:.*]] = arith.muli %[[BLOCK]], %c32
// Only the buffers' sizes are trusted: num_valid_ids[0] (0 from an empty
// buffer), negative as 0, clamped to the rows sorted_ids and sorted_weights
// hold; the block also needs its sorted_expert_ids entry.
// CHECK: %[[NVN:.*]] = memref.dim %arg8, %c0
// CHECK: %[[HAS:.*]] = arith.cmpi ult, %{{.*}}, %[[NVN]]
// CHECK: %[[NV:.*]] = scf.if %[[HAS]] -> (i32)
// CHECK: memref.load %arg8
// CHECK: %[[IDSN:.*]] = memref.dim %arg5
// CHECK: %[[SWN:.*]] = memref.dim %arg6
// CHECK: %[[HELD:.*]] = arith.minui %[[IDSN]], %[[SWN]]
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[NV]], %c0_i32
// CHECK: %[[NVI:.*]] = arith.index_castui %[[NV]]
// CHECK: %[[NVC:.*]] = arith.minui %[[NVI]], %[[HELD]]
// CHECK: %[[ROWS:.*]] = arith.select %[[NEG]], %{{.*}}, %[[NVC]]
// CHECK: %[[EN:.*]] = memref.dim %arg7
// CHECK: %[[EIN:.*]] = arith.cmpi ult, %[[BLOCK]], %[[EN]]
// CHECK: %[[RIN:.*]] = arith.cmpi ult, %[[ROW]], %[[ROWS]]
// CHECK: %[[IN:.*]] = arith.andi %[[RIN]], %[[EIN]]
// CHECK: scf.if %[[IN]]
// The expert is workgroup-uniform: readfirstlane keeps it in an SGPR.
// CHECK: %[[ELOAD:.*]] = memref.load %{{.*}}[%[[BLOCK]]]
// CHECK: %[[E:.*]] = rocdl.readfirstlane %[[ELOAD]] : i32
// CHECK-DAG: arith.cmpi slt, %[[E]], %c8_i32
// CHECK-DAG: arith.cmpi sge, %[[E]], %c0_i32
// CHECK: scf.if
// CHECK: %[[EXPERT:.*]] = arith.index_castui %[[E]]
// CHECK: %[[COL0:.*]] = arith.muli %[[BX]], %c64
// CHECK: %[[KB:.*]] = arith.muli %[[SLICE]], %c1536
// CHECK: %[[KE0:.*]] = arith.addi %[[KB]], %c1536
// CHECK: %[[KE:.*]] = arith.minui %[[KE0]], %c2880
// The tokens the kernel acts on: the argument, negative as 0, at most the
// 24-bit token field and the rows y holds (model_dim = 1000 per token).
// CHECK: %[[YN:.*]] = memref.dim %arg10
// CHECK: %[[YT:.*]] = arith.divui %[[YN]], %c1000
// CHECK: %[[HELDT:.*]] = arith.minui %c16777215, %[[YT]]
// CHECK: %[[TNEG:.*]] = arith.cmpi slt, %arg9, %c0_i32
// CHECK: %[[TI:.*]] = arith.index_castui %arg9
// CHECK: %[[TC:.*]] = arith.minui %[[TI]], %[[HELDT]]
// CHECK: %[[TS:.*]] = arith.select %[[TNEG]], %{{.*}}, %[[TC]]
// CHECK: %[[T:.*]] = arith.index_castui %[[TS]] : index to i32
// CHECK: %[[ACC:.*]]:2 = moe.routed_mma <a8w4> a(%{{.*}} : memref<?xi8, 1>, %{{.*}} : memref<?xi8, 1>)
// CHECK-SAME: rows(%{{.*}} : memref<?xi32, 1>, %[[T]], %[[ROW]]) expert %[[EXPERT]] cols %[[COL0]] k(%[[KB]] to %[[KE]])
// CHECK-SAME: k_dim = 2880
// CHECK-SAME: n_dim = 1000
// CHECK-SAME: slot_rows
// CHECK-SAME: -> vector<4xf32>, vector<4xf32>
// CHECK: moe.stage2_epilogue(%[[ACC]]#0, %[[ACC]]#1)
// CHECK-SAME: rows(%{{.*}}, %[[T]], %[[ROW]]) weights(%{{.*}}) bias(%{{.*}}) slice %[[SLICE]] expert %[[EXPERT]] cols %[[COL0]]
// CHECK-SAME: combine = #moe.combine<atomic>, model_dim = 1000
// CHECK-NOT: moe.stage2 <
gpu.module @m {
  gpu.func @k(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %b: memref<?xf32, 1>,
              %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
              %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      bias(%b : memref<?xf32, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 1000, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       split_k = 2, tile = #moe.tile<m = 32, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
