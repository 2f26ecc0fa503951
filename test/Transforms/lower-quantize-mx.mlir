// RUN: moe-opt %s -split-input-file --moe-lower-quantize-mx --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-lower-quantize-mx --canonicalize --cse --convert-moe-to-rocdl --moe-check-no-device-libs > /dev/null

// MXFP8 from bf16, floor: lane i < T * 2880/32 takes elements [32 i, 32 i +
// 32) as one vector load, widens it, reduces the 32 magnitudes, derives the
// scale (exponent - 8), packs two pairs per word and stores 32 code bytes at
// 32 i and the scale byte at i.
// CHECK-LABEL: gpu.func @mxfp8
// CHECK-SAME: (%[[X:.*]]: memref<?xbf16, 1>, %[[T:.*]]: i32, %[[C:.*]]: memref<?xi8, 1>, %[[S:.*]]: memref<?xi8, 1>)
// CHECK: %[[LANE:.*]] = arith.addi %{{.*}}, %thread_id_x
// Rows as many as x (2880 per row), the codes (2880) and the scales (90)
// hold; a negative count is 0.
// CHECK: %[[XN:.*]] = memref.dim %[[X]], %c0
// CHECK: %[[XT:.*]] = arith.divui %[[XN]], %c2880
// CHECK: %[[H0:.*]] = arith.minui %[[XT]], %c16777215
// CHECK: %[[CN:.*]] = memref.dim %[[C]], %c0
// CHECK: %[[CT:.*]] = arith.divui %[[CN]], %c2880
// CHECK: %[[H1:.*]] = arith.minui %[[H0]], %[[CT]]
// CHECK: %[[SN:.*]] = memref.dim %[[S]], %c0
// CHECK: %[[ST:.*]] = arith.divui %[[SN]], %c90
// CHECK: %[[HELD:.*]] = arith.minui %[[H1]], %[[ST]]
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[T]], %c0_i32
// CHECK: %[[TU:.*]] = arith.index_castui %[[T]]
// CHECK: %[[TC:.*]] = arith.minui %[[TU]], %[[HELD]]
// CHECK: %[[TI:.*]] = arith.select %[[NEG]], %c0, %[[TC]]
// CHECK: %[[N:.*]] = arith.muli %[[TI]], %c90
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[LANE]], %[[N]]
// CHECK: scf.if %[[IN]] {
// CHECK: %[[AT:.*]] = arith.muli %[[LANE]], %c32
// CHECK: %[[V:.*]] = vector.load %[[X]][%[[AT]]] : memref<?xbf16, 1>, vector<32xbf16>
// CHECK: arith.extf %[[V]] : vector<32xbf16> to vector<32xf32>
// CHECK-COUNT-31: arith.maxui
// CHECK: %[[E:.*]] = arith.shrui %{{.*}}, %c23_i32
// CHECK: arith.subi %[[E]], %c8_i32
// CHECK: %[[BYTE:.*]] = arith.select
// CHECK: %[[L:.*]] = rocdl.cvt.scalef32.pk.fp8.f32 {{.*}}[false] : vector<2xi16>
// CHECK: rocdl.cvt.scalef32.pk.fp8.f32 {{.*}} -> %[[L]][true] : vector<2xi16>
// CHECK: %[[W:.*]] = vector.from_elements {{.*}} : vector<8xi32>
// CHECK: %[[B:.*]] = vector.bitcast %[[W]] : vector<8xi32> to vector<32xi8>
// CHECK: vector.store %[[B]], %[[C]][%[[AT]]] : memref<?xi8, 1>, vector<32xi8>
// CHECK: %[[SB:.*]] = arith.trunci %[[BYTE]] : i32 to i8
// CHECK: memref.store %[[SB]], %[[S]][%[[LANE]]]
gpu.module @m {
  gpu.func @mxfp8(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) kernel {
    moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
      {format = #moe.output<mxfp8>, cols = 2880, block_size = 256}
    gpu.return
  }
}

// -----

// MXFP4 from f32 with ceil scales: no widening, 16 code bytes per block at
// 16 i.
// CHECK-LABEL: gpu.func @mxfp4
// CHECK: %[[V:.*]] = vector.load %{{.*}} : memref<?xf32, 1>, vector<32xf32>
// CHECK-NOT: arith.extf
// CHECK: %[[AT:.*]] = arith.muli %{{.*}}, %c16
// CHECK: arith.cmpi ugt, %{{.*}}, %c4194304_i32
// CHECK-COUNT-16: rocdl.cvt.scalef32.pk.fp4.f32
// CHECK: vector.bitcast %{{.*}} : vector<4xi32> to vector<16xi8>
// CHECK: vector.store %{{.*}}, %{{.*}}[%[[AT]]] : memref<?xi8, 1>, vector<16xi8>
gpu.module @m {
  gpu.func @mxfp4(%x: memref<?xf32, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) kernel {
    moe.quantize_mx %x : memref<?xf32, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
      {format = #moe.output<mxfp4>, scale_rounding = #moe.scale_rounding<ceil>, cols = 7168, block_size = 256}
    gpu.return
  }
}
