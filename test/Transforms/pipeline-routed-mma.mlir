// RUN: moe-opt %s --moe-pipeline-routed-mma --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s --moe-pipeline-routed-mma=ping-pong=false --canonicalize --cse | FileCheck %s --check-prefix=NOPP
// RUN: moe-opt %s --moe-pipeline-routed-mma --canonicalize --cse | FileCheck %s --check-prefix=ROWS

// The routed rows are read once, before the main loop, at min(position,
// size - 1) of sorted_ids (a position past the buffer is an invalid row);
// the main loop reads no routing and checks no buffer size.
// ROWS-LABEL: gpu.func @k
// ROWS: %[[IDSN:.*]] = memref.dim %arg3, %c0
// ROWS-NEXT: %[[IN:.*]] = arith.cmpi ult, %[[POS:.*]], %[[IDSN]]
// ROWS-NEXT: %[[LAST:.*]] = arith.subi %[[IDSN]], %c1
// ROWS-NEXT: %[[AT:.*]] = arith.minui %[[POS]], %[[LAST]]
// ROWS-NEXT: memref.load %arg3[%[[AT]]]
// ROWS: scf.for %{{.*}} step %c2_i32 iter_args
// ROWS-NOT: memref<?xi32, 1>
// ROWS-NOT: memref.dim
// ROWS: gpu.return

// Two LDS stage buffers of 9728 bytes (weights 64 x 80, scales, activations
// 16 x 272) in one workgroup attribution; the second wave group (waves 2, 3)
// starts one barrier late; the prologue copies step 0 into buffer 0 and
// prefetches step 1 into registers, then two barriers; the loops do two
// steps per iteration (buffer 0, then buffer 1). Each step: LDS reads, LDS
// writes of the next step, global loads of the step after, barrier, MFMA
// cluster at priority 1, barrier.
// CHECK-LABEL: gpu.func @k
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<19456xi8, #gpu.address_space<workgroup>>)
// CHECK: %[[TID:.*]] = gpu.thread_id x
// CHECK: %[[WAVE:.*]] = arith.divui %[[TID]], %c64
// CHECK: %[[SECOND:.*]] = arith.cmpi uge, %[[WAVE]], %c2
// CHECK: scf.if %[[SECOND]] {
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: }
// CHECK: scf.if
// CHECK: moe.mxfp4_load
// CHECK: moe.e8m0_load
// CHECK: amdgpu.raw_buffer_load {{.*}} -> vector<8xbf16>
// CHECK: vector.store %{{.*}}, %[[LDS]]
// CHECK: moe.mxfp4_load
// CHECK: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// The steady-state loop: two unguarded steps per iteration (no scf.if
// around the LDS writes or the prefetch), one wait for the prefetch, loads
// at loop-invariant lane offsets through a resource per buffer and step
// that starts at the step's offset (a16w4: empty where the buffer is
// shorter than the loop's last offset; the weight scales of e8m0_shuffle
// at tile.k = 128 are not linear in the step and keep moe.e8m0_load),
// counted in i32, not unrolled by LLVM.
// CHECK: %[[STEADY_END:.*]] = arith.addi %{{.*}}, %c-2 : index
// CHECK: %[[STEADY_END32:.*]] = arith.index_castui %[[STEADY_END]] : index to i32
// CHECK: scf.for %{{.*}} = %c0_i32 to %[[STEADY_END32]] step %c2_i32 iter_args
// CHECK-NOT: scf.if
// CHECK: amdgpu.memory_counter_wait load(0)
// CHECK-NOT: scf.if
// The LDS writes of the prefetched registers, then a scheduling fence, then
// the global loads into those registers (no second stage of them).
// CHECK: vector.store
// CHECK: memref.store
// CHECK: vector.store
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NOT: vector.store
// CHECK: moe.e8m0_load
// CHECK: %[[WINDOW:.*]] = arith.select %[[FITS:.*]], %{{.*}}, %c0_i32 : i32
// CHECK: %[[RECORDS:.*]] = arith.extui %[[WINDOW]] : i32 to i64
// CHECK: %[[RSRC:.*]] = rocdl.make.buffer.rsrc %{{.*}}, %c0_i16, %[[RECORDS]]
// CHECK: rocdl.raw.ptr.buffer.load %[[RSRC]], %[[OFF:[^,]*]], %c0_i32
// CHECK: rocdl.make.buffer.rsrc
// CHECK: rocdl.raw.ptr.buffer.load {{.*}} : vector<4xi32>
// CHECK: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: rocdl.s.setprio 1
// CHECK: moe.fp4_unpack
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK-NEXT: rocdl.s.setprio 0
// CHECK-NOT: scf.if
// CHECK: amdgpu.memory_counter_wait load(0)
// CHECK-NOT: scf.if
// CHECK: rocdl.s.setprio 1
// CHECK: moe.fp4_unpack
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK-NEXT: rocdl.s.setprio 0
// CHECK-NOT: scf.if
// CHECK: scf.yield
// CHECK-NEXT: } {llvm.loop_annotation = #loop_annotation}
// Up to three guarded steps finish from there (buffers 0, 1, 0): each runs
// when it exists, its LDS writes and loads guarded (the loads of step i + 2,
// a whole step, through the steady loop's offsets), then its MFMA cluster;
// the last one only accumulates.
// CHECK: scf.if {{.*}} -> (vector<4xf32>, vector<16xi8>, i8, vector<16xi8>)
// CHECK: vector.load %[[LDS]]{{.*}} vector<16xi8>
// CHECK: vector.load %[[LDS]]{{.*}} vector<64xi8>
// CHECK: amdgpu.memory_counter_wait load(0)
// CHECK: scf.if
// CHECK-NEXT: arith.addi %{{.*}}, %c9728
// CHECK: vector.store %{{.*}}, %[[LDS]]
// CHECK: scf.if {{.*}} -> (vector<16xi8>, i8, vector<16xi8>)
// CHECK-NOT: moe.mxfp4_load
// CHECK: rocdl.raw.ptr.buffer.load {{.*}} : vector<4xi32>
// CHECK: gpu.barrier
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: rocdl.s.setprio 1
// CHECK: moe.fp4_unpack
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK-NEXT: rocdl.s.setprio 0
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// CHECK: scf.if {{.*}} -> (vector<4xf32>, vector<16xi8>, i8, vector<16xi8>)
// CHECK: rocdl.s.setprio 1
// CHECK: rocdl.s.setprio 0
// CHECK: scf.if {{.*}} -> (vector<4xf32>) {
// CHECK: rocdl.s.setprio 1
// CHECK: rocdl.s.setprio 0
// CHECK-NOT: scf.for
// One MFMA tile per wave: its accumulator leaves the finish steps through
// an identity DPP move per element (convergent, so LLVM's MachineSink
// cannot sink the MFMA chain into the epilogue's divergent branch).
// CHECK-COUNT-4: rocdl.update.dpp %{{.*}}, %{{.*}} with 228, 15, 15, false : f32
// CHECK-NEXT: vector.from_elements
// CHECK: %[[FIRST:.*]] = arith.cmpi ult, %[[WAVE]], %c2
// CHECK: scf.if %[[FIRST]] {
// CHECK-NEXT: rocdl.sched.barrier 0
// CHECK-NEXT: gpu.barrier
// CHECK-NOT: moe.routed_mma

// Without ping-pong every wave runs the same barriers.
// NOPP-LABEL: gpu.func @k
// NOPP-NOT: arith.cmpi uge
// NOPP: scf.for
// NOPP: rocdl.s.setprio 1
gpu.module @m {
  gpu.func @k(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
              %ids: memref<?xi32, 1>, %t: i32, %row: index, %e: index, %col: index,
              %kb: index, %ke: index, %out: memref<?xf32, 1>) kernel {
    %acc = moe.routed_mma <a16w4> a(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      rows(%ids : memref<?xi32, 1>, %t, %row) expert %e cols %col k(%kb to %ke)
      {experts = 8 : i64, k_dim = 2880 : i64, n_dim = 2880 : i64, weight_layout = #moe.weight_layout<preshuffle16x16>,
       scale_layout = #moe.scale_layout<e8m0_shuffle>, slot_rows, topk = 4 : i64,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>} -> vector<4xf32>
    %c0 = arith.constant 0 : index
    vector.store %acc, %out[%c0] : memref<?xf32, 1>, vector<4xf32>
    gpu.return
  }
}
