// RUN: moe-opt %s --moe-pipeline-routed-mma --canonicalize --cse | FileCheck %s

// pipeline_depth 3: two register sets in flight, the two stage buffers of
// depth 2 (2 x 9728 bytes). The prologue copies step 0 into buffer 0 and
// loads steps 1 and 2 into registers before the two barriers; the steady
// loop (two steps per iteration) carries both sets and waits only for the
// oldest (3 loads per set stay in flight); four guarded steps finish.
// CHECK-LABEL: gpu.func @k3
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<19456xi8, #gpu.address_space<workgroup>>)
// CHECK: moe.mxfp4_load
// CHECK: vector.store %{{.*}}, %[[LDS]]
// CHECK: %[[S1:.*]]:3 = scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK: %[[S2:.*]]:3 = scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// CHECK: scf.for %{{.*}} = %c0_i32 to %{{.*}} step %c2_i32 iter_args(%{{.*}} = %cst, %[[A0:.*]] = %[[S1]]#0, %{{.*}} = %[[S1]]#1, %{{.*}} = %[[S1]]#2, %[[B0:.*]] = %[[S2]]#0, %{{.*}} = %[[S2]]#1, %{{.*}} = %[[S2]]#2) -> (vector<4xf32>, vector<16xi8>, i8, vector<16xi8>, vector<16xi8>, i8, vector<16xi8>)
// CHECK-NOT: scf.if
// CHECK: amdgpu.memory_counter_wait load(3)
// CHECK-NEXT: %[[AT1:.*]] = arith.addi %{{.*}}, %c9728
// CHECK-NEXT: vector.store %[[A0]], %[[LDS]][%[[AT1]]]
// CHECK: rocdl.raw.ptr.buffer.load
// CHECK: rocdl.s.setprio 1
// CHECK: amdgpu.memory_counter_wait load(3)
// CHECK-NEXT: vector.store %[[B0]], %[[LDS]][%{{[0-9]+}}]
// CHECK: rocdl.s.setprio 1
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK: scf.yield
// CHECK-NEXT: } {llvm.loop_annotation = #loop_annotation}
// CHECK-COUNT-4: amdgpu.memory_counter_wait load(3)
// CHECK-NOT: amdgpu.memory_counter_wait
// CHECK: gpu.return

// pipeline_depth 4: three register sets, three stage buffers (3 x 9728
// bytes), three steps per loop iteration (buffers 0, 1, 2: each step
// writes the oldest set into the next buffer), six guarded steps finish.
// CHECK-LABEL: gpu.func @k4
// CHECK-SAME: workgroup(%[[LDS4:.*]] : memref<29184xi8, #gpu.address_space<workgroup>>)
// CHECK: vector.store %{{.*}}, %[[LDS4]]
// CHECK: %[[T1:.*]]:3 = scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK: %[[T2:.*]]:3 = scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK: %[[T3:.*]]:3 = scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK: gpu.barrier
// CHECK: scf.for %{{.*}} step %c3_i32 iter_args(%{{.*}} = %cst, %[[C0:.*]] = %[[T1]]#0, %{{.*}} = %[[T1]]#1, %{{.*}} = %[[T1]]#2, %[[D0:.*]] = %[[T2]]#0, %{{.*}} = %[[T2]]#1, %{{.*}} = %[[T2]]#2, %[[E0:.*]] = %[[T3]]#0, %{{.*}} = %[[T3]]#1, %{{.*}} = %[[T3]]#2)
// CHECK-NOT: scf.if
// CHECK: amdgpu.memory_counter_wait load(6)
// CHECK-NEXT: %[[AT41:.*]] = arith.addi %{{.*}}, %c9728
// CHECK-NEXT: vector.store %[[C0]], %[[LDS4]][%[[AT41]]]
// CHECK: rocdl.s.setprio 1
// CHECK: amdgpu.memory_counter_wait load(6)
// CHECK-NEXT: %[[AT42:.*]] = arith.addi %{{.*}}, %c19456
// CHECK-NEXT: vector.store %[[D0]], %[[LDS4]][%[[AT42]]]
// CHECK: rocdl.s.setprio 1
// CHECK: amdgpu.memory_counter_wait load(6)
// CHECK-NEXT: vector.store %[[E0]], %[[LDS4]][%{{[0-9]+}}]
// CHECK: rocdl.s.setprio 1
// CHECK: scf.yield
// CHECK-NEXT: } {llvm.loop_annotation = #loop_annotation}
// CHECK-COUNT-6: amdgpu.memory_counter_wait load(6)
// CHECK-NOT: amdgpu.memory_counter_wait
// CHECK: gpu.return
gpu.module @m {
  gpu.func @k3(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
              %ids: memref<?xi32, 1>, %t: i32, %row: index, %e: index, %col: index,
              %kb: index, %ke: index, %out: memref<?xf32, 1>) kernel {
    %acc = moe.routed_mma <a16w4> a(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      rows(%ids : memref<?xi32, 1>, %t, %row) expert %e cols %col k(%kb to %ke)
      {experts = 8 : i64, k_dim = 2880 : i64, n_dim = 2880 : i64, weight_layout = #moe.weight_layout<preshuffle16x16>,
       scale_layout = #moe.scale_layout<e8m0_shuffle>, slot_rows, topk = 4 : i64,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, pipeline_depth = 3 : i64} -> vector<4xf32>
    %c0 = arith.constant 0 : index
    vector.store %acc, %out[%c0] : memref<?xf32, 1>, vector<4xf32>
    gpu.return
  }
  gpu.func @k4(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
              %ids: memref<?xi32, 1>, %t: i32, %row: index, %e: index, %col: index,
              %kb: index, %ke: index, %out: memref<?xf32, 1>) kernel {
    %acc = moe.routed_mma <a16w4> a(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      rows(%ids : memref<?xi32, 1>, %t, %row) expert %e cols %col k(%kb to %ke)
      {experts = 8 : i64, k_dim = 2880 : i64, n_dim = 2880 : i64, weight_layout = #moe.weight_layout<preshuffle16x16>,
       scale_layout = #moe.scale_layout<e8m0_shuffle>, slot_rows, topk = 4 : i64,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, pipeline_depth = 4 : i64} -> vector<4xf32>
    %c0 = arith.constant 0 : index
    vector.store %acc, %out[%c0] : memref<?xf32, 1>, vector<4xf32>
    gpu.return
  }
}
