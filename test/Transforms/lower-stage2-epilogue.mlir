// RUN: moe-opt %s -split-input-file --moe-lower-stage2-epilogue --canonicalize --cse | FileCheck %s
// RUN: not moe-opt %s -split-input-file --moe-lower-stage2-epilogue=chip=gfx942 2>&1 | FileCheck %s --check-prefix=GFX942

// Per accumulator element: the routed row from sorted_ids, a column guard
// (c < model_dim) and validity guard, + bias only in K slice 0, x routing
// weight, then one f32 buffer atomic at y[token * D + c].
// CHECK-LABEL: gpu.func @atomic
// CHECK-SAME: %[[Y:[a-z0-9]+]]: memref<?xf32, 1>, %[[B:[a-z0-9]+]]: memref<?xf32, 1>, %[[IDS:[a-z0-9]+]]: memref<?xi32, 1>, %[[SW:[a-z0-9]+]]: memref<?xf32, 1>
// CHECK-SAME: %[[T:[a-z0-9]+]]: i32, %[[ROW:[a-z0-9]+]]: index, %[[E:[a-z0-9]+]]: index, %[[COL:[a-z0-9]+]]: index, %[[SLICE:[a-z0-9]+]]: index
// The lane's row and group come from the thread id through an identity DPP
// move (recomputed after the main loop, not held across it).
// CHECK: gpu.thread_id x
// CHECK: rocdl.update.dpp %{{.*}}, %{{.*}} with 228, 15, 15, false : i32
// A position past sorted_ids or sorted_weights (their own sizes) is an
// invalid row, read at the buffer's last element, never past it; a negative
// token count routes nothing (signed compare).
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[SLICE]], %c0
// CHECK: %[[IDSN:.*]] = memref.dim %[[IDS]], %c0
// CHECK: %[[INIDS:.*]] = arith.cmpi ult, %[[POS:[^,]*]], %[[IDSN]]
// CHECK: %[[IDSL:.*]] = arith.subi %[[IDSN]], %c1
// CHECK: %[[AT:.*]] = arith.minui %[[POS]], %[[IDSL]]
// CHECK: %[[PACKED:.*]] = memref.load %[[IDS]][%[[AT]]]
// CHECK: %[[TOKEN:.*]] = arith.andi %[[PACKED]], %c16777215_i32
// CHECK: %[[SLOT:.*]] = arith.shrui %[[PACKED]], %c24_i32
// CHECK-DAG: arith.cmpi ult, %[[SLOT]], %c4_i32
// CHECK-DAG: arith.cmpi slt, %[[TOKEN]], %[[T]]
// CHECK: %[[SWN:.*]] = memref.dim %[[SW]], %c0
// CHECK: arith.cmpi ult, %[[POS]], %[[SWN]]
// CHECK: %[[SWL:.*]] = arith.subi %[[SWN]], %c1
// CHECK: %[[WAT:.*]] = arith.minui %[[POS]], %[[SWL]]
// CHECK: %[[W:.*]] = memref.load %[[SW]][%[[WAT]]]
// CHECK: arith.cmpi ult, %{{.*}}, %c360
// CHECK: scf.if
// CHECK: vector.extract %{{.*}}[0]
// CHECK: %[[BV:.*]] = memref.load %[[B]]
// CHECK: %[[BIAS:.*]] = arith.select %[[FIRST]], %[[BV]], %cst
// CHECK: %[[SUM:.*]] = arith.addf %{{.*}}, %[[BIAS]]
// CHECK: %[[V:.*]] = arith.mulf %[[SUM]], %[[W]]
// CHECK: amdgpu.raw_buffer_atomic_fadd %[[V]] -> %[[Y]]
// CHECK-COUNT-7: amdgpu.raw_buffer_atomic_fadd
// CHECK-NOT: moe.stage2_epilogue
gpu.module @m {
  gpu.func @atomic(%acc0: vector<4xf32>, %acc1: vector<4xf32>, %y: memref<?xf32, 1>, %b: memref<?xf32, 1>,
                   %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %t: i32, %row: index,
                   %e: index, %col: index, %slice: index) kernel {
    moe.stage2_epilogue(%acc0, %acc1) : vector<4xf32>, vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      weights(%sw : memref<?xf32, 1>) bias(%b : memref<?xf32, 1>) slice %slice expert %e cols %col
      -> %y : memref<?xf32, 1> {combine = #moe.combine<atomic>, model_dim = 360 : i64, topk = 4 : i64,
                                tile = #moe.tile<m = 32, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// Store: the per-slot row of this K slice's plane,
// ((slice * T + token) * K + slot) * D + c, rounded to bf16; no bias, no
// routing weight.
// CHECK-LABEL: gpu.func @store
// CHECK-SAME: %[[Y:[a-z0-9]+]]: memref<?xbf16, 1>
// CHECK-SAME: %[[T:[a-z0-9]+]]: i32, %[[ROW:[a-z0-9]+]]: index, %[[E:[a-z0-9]+]]: index, %[[COL:[a-z0-9]+]]: index, %[[SLICE:[a-z0-9]+]]: index
// CHECK: %[[TI:.*]] = arith.index_castui %[[T]]
// CHECK: %[[TOKEN:.*]] = arith.index_castui
// CHECK: %[[SLOT:.*]] = arith.index_castui
// CHECK-NOT: arith.mulf
// CHECK: scf.if
// CHECK: %[[PLANE:.*]] = arith.muli %[[SLICE]], %[[TI]]
// CHECK: %[[PT:.*]] = arith.addi %[[PLANE]], %[[TOKEN]]
// CHECK: %[[PK:.*]] = arith.muli %[[PT]], %c4
// CHECK: %[[SROW:.*]] = arith.addi %[[PK]], %[[SLOT]]
// CHECK: %[[V:.*]] = arith.truncf %{{.*}} : f32 to bf16
// CHECK: %[[AT0:.*]] = arith.muli %[[SROW]], %c40
// CHECK: %[[AT:.*]] = arith.addi %[[AT0]]
// CHECK: memref.store %[[V]], %[[Y]][%[[AT]]]
// CHECK-NOT: amdgpu.raw_buffer_atomic_fadd
gpu.module @m2 {
  gpu.func @store(%acc0: vector<4xf32>, %y: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32,
                  %row: index, %e: index, %col: index, %slice: index) kernel {
    moe.stage2_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row) slice %slice expert %e cols %col
      -> %y : memref<?xbf16, 1> {combine = #moe.combine<store>, model_dim = 40 : i64, topk = 4 : i64,
                                 tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}

// -----

// bf16 atomics add column pairs with one packed atomic (gfx950 only).
// CHECK-LABEL: gpu.func @bf16_atomic
// CHECK-COUNT-2: amdgpu.raw_buffer_atomic_fadd %{{.*}} -> %{{.*}} : vector<2xbf16> -> memref<?xbf16, 1>, i32
// GFX942: error: 'moe.stage2_epilogue' op cannot be lowered: combine = atomic with a bf16 output needs buffer_atomic_pk_add_bf16, which gfx942 lacks
gpu.module @m3 {
  gpu.func @bf16_atomic(%acc0: vector<4xf32>, %y: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32,
                        %row: index, %e: index, %col: index, %slice: index) kernel {
    moe.stage2_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row) slice %slice expert %e cols %col
      -> %y : memref<?xbf16, 1> {combine = #moe.combine<atomic>, model_dim = 40 : i64, topk = 4 : i64,
                                 tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}
