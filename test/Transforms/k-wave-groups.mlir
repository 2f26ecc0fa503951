// RUN: moe-opt %s --moe-pipeline-routed-mma --canonicalize --cse | FileCheck %s

// k_wave_groups 2 on a 16x64x128 tile of 4 waves: a step stages 256 of K
// (each buffer holds both groups' 9728-byte parts: 2 x 2 x 9728 bytes),
// every thread copies both groups' units (6 prefetched registers instead
// of 3), and each wave multiplies two 16x16 tiles of its group (waves 0-1:
// K group 0, waves 2-3: group 1), so the loop carries two accumulators and
// issues 8 MFMAs per step. After the loop each wave stores its two partial
// tiles over the stage buffers (rows of 64 f32 + 16 bytes), one barrier,
// and sums group 0's and group 1's part of its own tile in that order.
// CHECK-LABEL: gpu.func @kw2
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<38912xi8, #gpu.address_space<workgroup>>)
// CHECK: scf.for %{{.*}} = %c0_i32 to %{{.*}} step %c2_i32 iter_args(%{{.*}} = %cst, %{{.*}} = %cst, {{.*}}) -> (vector<4xf32>, vector<4xf32>, vector<16xi8>, i8, vector<16xi8>, vector<16xi8>, i8, vector<16xi8>)
// CHECK: rocdl.s.setprio 1
// CHECK-COUNT-8: moe.mfma 16x16x32
// CHECK: rocdl.s.setprio 0
// CHECK: } {llvm.loop_annotation = #loop_annotation}
// CHECK: %[[P0:.*]] = vector.bitcast %[[ACCS:.*]]#0 : vector<4xf32> to vector<16xi8>
// CHECK: vector.store %[[P0]], %[[LDS]][%{{.*}}] {alignment = 16 : i64}
// CHECK: %[[P1:.*]] = vector.bitcast %[[ACCS]]#1 : vector<4xf32> to vector<16xi8>
// CHECK: vector.store %[[P1]], %[[LDS]][%{{.*}}] {alignment = 16 : i64}
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK: %[[G0:.*]] = vector.load %[[LDS]][%{{.*}}] {alignment = 16 : i64}
// CHECK-NEXT: %[[F0:.*]] = vector.bitcast %[[G0]] : vector<16xi8> to vector<4xf32>
// CHECK: %[[G1:.*]] = vector.load %[[LDS]][%{{.*}}] {alignment = 16 : i64}
// CHECK-NEXT: %[[F1:.*]] = vector.bitcast %[[G1]] : vector<16xi8> to vector<4xf32>
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[F0]], %[[F1]] : vector<4xf32>
// CHECK-NEXT: vector.store %[[SUM]], %{{.*}}[%c0]
// CHECK-NEXT: gpu.return
gpu.module @m {
  gpu.func @kw2(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
              %ids: memref<?xi32, 1>, %t: i32, %row: index, %e: index, %col: index,
              %kb: index, %ke: index, %out: memref<?xf32, 1>) kernel {
    %acc = moe.routed_mma <a16w4> a(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      rows(%ids : memref<?xi32, 1>, %t, %row) expert %e cols %col k(%kb to %ke)
      {experts = 8 : i64, k_dim = 2880 : i64, n_dim = 2880 : i64, weight_layout = #moe.weight_layout<preshuffle16x16>,
       scale_layout = #moe.scale_layout<e8m0_shuffle>, slot_rows, topk = 4 : i64,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, k_wave_groups = 2 : i64} -> vector<4xf32>
    %c0 = arith.constant 0 : index
    vector.store %acc, %out[%c0] : memref<?xf32, 1>, vector<4xf32>
    gpu.return
  }
}
