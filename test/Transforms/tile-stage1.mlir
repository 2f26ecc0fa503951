// RUN: moe-opt %s -split-input-file --moe-tile-stage1 --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-tile-stage1 --moe-lower-stage1-epilogue --canonicalize --cse | FileCheck %s --check-prefix=PLANE

// split_k = 2 over model_dim 2880 (23 steps of 128): grid y = block * 2 +
// slice, slice s covers K [1536 s, min(1536 (s + 1), 2880)); the epilogue
// takes the slice and writes the f32 planes, with no bias or activation.
// CHECK-LABEL: gpu.func @split
// CHECK: %[[BY:.*]] = gpu.block_id y
// CHECK: %[[BLOCK:.*]] = arith.divui %[[BY]], %c2
// CHECK: %[[SLICE:.*]] = arith.remui %[[BY]], %c2
// CHECK: %[[KB:.*]] = arith.muli %[[SLICE]], %c1536
// CHECK: %[[KE0:.*]] = arith.addi %[[KB]], %c1536
// CHECK: %[[KE:.*]] = arith.minui %[[KE0]], %c2880
// CHECK: %[[ACC:.*]] = moe.routed_mma <a16w4> {{.*}} k(%[[KB]] to %[[KE]]) {{.*}}gate_up = #moe.gate_up<halves>{{.*}}n_dim = 5760
// CHECK: moe.stage1_epilogue(%[[ACC]]) : vector<4xf32> rows({{.*}}) slice %[[SLICE]] expert %{{.*}} cols %{{.*}} -> %{{.*}} : memref<?xf32, 1>
// CHECK-NOT: activation

// Plane `slice` of [T * K, 2I] rows: element (slice * T * K + token * K +
// slot) * 5760 + the lane's first interleaved row colBase + 4 g; the four
// rows go out as one vector<4xf32> when the row is valid and in range.
// PLANE-LABEL: gpu.func @split
// PLANE: %[[SLICE:.*]] = arith.remui %{{.*}}, %c2
// Tokens: the argument, negative as 0, at most what the planes hold
// (split_k * K * 2I = 46080 f32 per token).
// PLANE: %[[HN:.*]] = memref.dim %arg7
// PLANE: %[[HT:.*]] = arith.divui %[[HN]], %c46080
// PLANE: %[[HELD:.*]] = arith.minui %[[HT]], %c16777215
// PLANE: %[[TNEG:.*]] = arith.cmpi slt, %arg6, %c0_i32
// PLANE: %[[TI:.*]] = arith.index_castui %arg6
// PLANE: %[[TC:.*]] = arith.minui %[[TI]], %[[HELD]]
// PLANE: %[[T:.*]] = arith.select %[[TNEG]], %c0, %[[TC]]
// PLANE: %[[ROWS:.*]] = arith.muli %[[T]], %c4
// PLANE: %[[PLANE:.*]] = arith.muli %[[SLICE]], %[[ROWS]]
// PLANE: %[[ROW:.*]] = arith.addi %[[PLANE]], %{{.*}}
// PLANE: %[[BASE:.*]] = arith.muli %[[ROW]], %c5760
// PLANE: %[[AT:.*]] = arith.addi %[[BASE]], %[[FIRST:.*]] : index
// PLANE: %[[FITS:.*]] = arith.cmpi ult, %[[FIRST]], %c5760
// PLANE: %[[OK:.*]] = arith.andi %{{.*}}, %[[FITS]]
// PLANE: scf.if %[[OK]] {
// PLANE-NEXT: vector.store %{{.*}}, %arg7[%[[AT]]] : memref<?xf32, 1>, vector<4xf32>
// PLANE-NOT: rocdl.exp2
gpu.module @m {
  gpu.func @split(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %p: memref<?xf32, 1>) kernel {
    moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %p : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<halves>, split_k = 2,
       model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// An odd inter_dim (2I = 82 = 2 mod 4): the four rows are stored one by one, each
// guarded.
// PLANE-LABEL: gpu.func @odd_inter
// PLANE-COUNT-4: memref.store %{{.*}}, %arg7
// CHECK-LABEL: gpu.func @odd_inter
gpu.module @m2 {
  gpu.func @odd_inter(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %p: memref<?xf32, 1>) kernel {
    moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %p : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, split_k = 2,
       model_dim = 256, inter_dim = 41, experts = 8, topk = 2,
       tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}
