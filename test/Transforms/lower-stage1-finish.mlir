// RUN: moe-opt %s -split-input-file --moe-lower-stage1-finish --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-lower-stage1-finish --canonicalize --cse --convert-moe-to-rocdl --moe-check-no-device-libs > /dev/null

// bf16 output, I = 48 (a tail block), halves bias: lane = (row, block of 32
// columns); rows past T * K and rows whose expert is outside the shard do
// nothing (the sort's rule: id >= 0 and id - expert_begin in [0, E));
// plane 1 is plane 0's address + T * K * 2I (= T * 384); the bias
// of up is at I + column; each column of the tail block is guarded.
// CHECK-LABEL: gpu.func @bf16_tail
// CHECK-SAME: (%[[P:.*]]: memref<?xf32, 1>, %[[B:.*]]: memref<?xf32, 1>, %[[IDS:.*]]: memref<?xi32, 1>, %[[T:.*]]: i32, %[[EB:.*]]: i32, %[[H:.*]]: memref<?xbf16, 1>)
// CHECK: %[[LANE:.*]] = arith.addi %{{.*}}, %thread_id_x
// Only the buffers' sizes are trusted: the planes' stride uses the tokens
// the planes hold (2 planes x 4 x 96 = 768 f32 per token); the rows also
// need topk_ids (4 per token) and h (4 x 48 = 192 per token) to hold them;
// a negative count is 0.
// CHECK: %[[PN:.*]] = memref.dim %[[P]], %c0
// CHECK: %[[PT:.*]] = arith.divui %[[PN]], %c768
// CHECK: %[[PHELD:.*]] = arith.minui %[[PT]], %c16777215
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[T]], %c0_i32
// CHECK: %[[TU:.*]] = arith.index_castui %[[T]]
// CHECK: %[[TP:.*]] = arith.minui %[[TU]], %[[PHELD]]
// CHECK: %[[TI:.*]] = arith.select %[[NEG]], %c0, %[[TP]]
// CHECK: %[[IDSN:.*]] = memref.dim %[[IDS]], %c0
// CHECK: %[[IDST:.*]] = arith.divui %[[IDSN]], %c4
// CHECK: %[[H1:.*]] = arith.minui %[[PHELD]], %[[IDST]]
// CHECK: %[[HN:.*]] = memref.dim %[[H]], %c0
// CHECK: %[[HT:.*]] = arith.divui %[[HN]], %c192
// CHECK: %[[HELD:.*]] = arith.minui %[[H1]], %[[HT]]
// CHECK: %[[TR:.*]] = arith.minui %[[TU]], %[[HELD]]
// CHECK: %[[TOKENS:.*]] = arith.select %[[NEG]], %c0, %[[TR]]
// CHECK: %[[ROWS:.*]] = arith.muli %[[TOKENS]], %c4
// CHECK: %[[ROW:.*]] = arith.divui %[[LANE]], %c2
// CHECK: %[[BLK:.*]] = arith.remui %[[LANE]], %c2
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[ROW]], %[[ROWS]]
// CHECK: scf.if %[[IN]] {
// CHECK:   %[[ID:.*]] = memref.load %[[IDS]][%[[ROW]]]
// CHECK:   %[[E:.*]] = arith.subi %[[ID]], %[[EB]]
// CHECK:   %[[LT:.*]] = arith.cmpi slt, %[[E]], %c32_i32
// CHECK:   %[[GE:.*]] = arith.cmpi sge, %[[E]], %c0_i32
// CHECK:   %[[LOCAL:.*]] = arith.andi %[[GE]], %[[LT]]
// CHECK:   %[[ROUTED:.*]] = arith.cmpi sge, %[[ID]], %c0_i32
// CHECK:   %[[OK:.*]] = arith.andi %[[ROUTED]], %[[LOCAL]]
// CHECK:   scf.if %[[OK]] {
// CHECK:     %[[EI:.*]] = arith.index_castui %[[E]]
// CHECK:     %[[STRIDE:.*]] = arith.muli %[[TI]], %c384
// CHECK:     %[[COL0:.*]] = arith.muli %[[BLK]], %c32
// CHECK:     %[[FIT:.*]] = arith.cmpi ult, %[[COL0]], %c48
// CHECK:     scf.if %[[FIT]] {
// CHECK:       %[[P0:.*]] = vector.load %[[P]][%[[AT:.*]]] : memref<?xf32, 1>, vector<2xf32>
// CHECK:       %[[AT1:.*]] = arith.addi %[[STRIDE]], %[[AT]]
// CHECK:       %[[P1:.*]] = vector.load %[[P]][%[[AT1]]] : memref<?xf32, 1>, vector<2xf32>
// CHECK:       %[[Z:.*]] = arith.addf %[[P0]], %[[P1]] : vector<2xf32>
// CHECK:       %[[G:.*]] = vector.extract %[[Z]][0]
// CHECK:       %[[U:.*]] = vector.extract %[[Z]][1]
// CHECK:       %[[EB2:.*]] = arith.muli %[[EI]], %c96
// CHECK:       %[[BGI:.*]] = arith.addi %[[EB2]], %[[COL0]]
// CHECK:       %[[BG:.*]] = memref.load %[[B]][%[[BGI]]]
// CHECK:       arith.addf %[[G]], %[[BG]]
// CHECK:       arith.addi %[[COL0]], %c48
// CHECK:       %[[BU:.*]] = memref.load %[[B]]
// CHECK:       arith.addf %[[U]], %[[BU]]
// CHECK:       arith.minimumf
// CHECK:       rocdl.exp2
// CHECK:       rocdl.rcp
// CHECK:       %[[HV:.*]] = arith.truncf %{{.*}} : f32 to bf16
// CHECK:       memref.store %[[HV]], %[[H]]
// CHECK:     }
// CHECK:     arith.cmpi ult, %{{.*}}, %c48
// CHECK-NOT: moe.stage1_finish
gpu.module @m {
  gpu.func @bf16_tail(%p: memref<?xf32, 1>, %b: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) kernel {
    moe.stage1_finish %p : memref<?xf32, 1> bias(%b : memref<?xf32, 1>) ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
      {gate_up = #moe.gate_up<halves>, activation = #moe.activation<swiglu>, inter_dim = 48, experts = 32, topk = 4, split_k = 2, block_size = 256}
    gpu.return
  }
}

// -----

// MXFP4, split_k = 3, SiLU: three planes added in order; one lane holds the
// block, so the scale comes from a maxui chain over its 32 magnitudes (no
// LDS, no barrier); floor scale = exponent - 2; the codes are packed four
// pairs per word (byte selects 0..3) and stored as 16 bytes, then the scale.
// CHECK-LABEL: gpu.func @mxfp4
// CHECK-NOT: gpu.barrier
// CHECK: %[[A:.*]] = vector.load %arg0
// CHECK: %[[B:.*]] = vector.load %arg0
// CHECK: %[[AB:.*]] = arith.addf %[[A]], %[[B]]
// CHECK: %[[C:.*]] = vector.load %arg0
// CHECK: arith.addf %[[AB]], %[[C]]
// CHECK: arith.andi %{{.*}}, %c2147483647_i32
// CHECK-COUNT-31: arith.maxui
// CHECK: %[[EXP:.*]] = arith.shrui %{{.*}}, %c23_i32
// CHECK: %[[S0:.*]] = arith.subi %[[EXP]], %c2_i32
// CHECK: arith.maxsi %[[S0]], %c0_i32
// CHECK: %[[BYTE:.*]] = arith.select
// CHECK: %[[SC:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK: %[[W0:.*]] = rocdl.cvt.scalef32.pk.fp4.f32 %{{.*}}, %{{.*}}, %[[SC]] -> %c0_i32[0] : i32
// CHECK: %[[W1:.*]] = rocdl.cvt.scalef32.pk.fp4.f32 %{{.*}}, %{{.*}}, %[[SC]] -> %[[W0]][1] : i32
// CHECK: %[[W2:.*]] = rocdl.cvt.scalef32.pk.fp4.f32 %{{.*}}, %{{.*}}, %[[SC]] -> %[[W1]][2] : i32
// CHECK: %[[W3:.*]] = rocdl.cvt.scalef32.pk.fp4.f32 %{{.*}}, %{{.*}}, %[[SC]] -> %[[W2]][3] : i32
// CHECK: %[[V:.*]] = vector.from_elements %[[W3]], %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi32>
// CHECK: %[[BYTES:.*]] = vector.bitcast %[[V]] : vector<4xi32> to vector<16xi8>
// CHECK: vector.store %[[BYTES]], %arg4
// CHECK: %[[SB:.*]] = arith.trunci %[[BYTE]] : i32 to i8
// CHECK: memref.store %[[SB]], %arg5
gpu.module @m {
  gpu.func @mxfp4(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<silu>, output = #moe.output<mxfp4>,
       inter_dim = 64, experts = 32, topk = 4, split_k = 3, block_size = 64}
    gpu.return
  }
}

// -----

// MXFP8 with ceil rounding: two pairs per word (low then high half), eight
// words, 32 bytes.
// CHECK-LABEL: gpu.func @mxfp8_ceil
// CHECK: arith.cmpi ugt, %{{.*}}, %c6291456_i32
// CHECK: %[[L:.*]] = rocdl.cvt.scalef32.pk.fp8.f32 %{{.*}}, %{{.*}}, %{{.*}} -> %{{.*}}[false] : vector<2xi16>
// CHECK: rocdl.cvt.scalef32.pk.fp8.f32 %{{.*}}, %{{.*}}, %{{.*}} -> %[[L]][true] : vector<2xi16>
// CHECK: vector.from_elements {{.*}} : vector<8xi32>
// CHECK: vector.bitcast %{{.*}} : vector<8xi32> to vector<32xi8>
// CHECK: vector.store
gpu.module @m {
  gpu.func @mxfp8_ceil(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {gate_up = #moe.gate_up<blocks16>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp8>,
       scale_rounding = #moe.scale_rounding<ceil>, inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 256}
    gpu.return
  }
}
