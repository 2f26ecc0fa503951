// RUN: moe-opt %s -split-input-file --moe-tile-stage1 --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-tile-stage1 --moe-pipeline-routed-mma --canonicalize --cse | FileCheck %s --check-prefix=PIPE

// quantize_x: the workgroup quantizes its 16 rows of bf16 x (2880 columns:
// 90 MX blocks a row, 1440 over 256 lanes, groups of 2 per lane in a loop
// LLVM must not unroll) into LDS codes [16 x 2880] and scales [16 x 90], a
// barrier, then the main loop reads the activations from those LDS rows.
// CHECK: #[[UNROLL:.*]] = #llvm.loop_unroll<disable = true>
// CHECK: #[[NOUNROLL:.*]] = #llvm.loop_annotation<unroll = #[[UNROLL]]>
// CHECK-LABEL: gpu.func @fp8
// CHECK-SAME: workgroup(%[[CODES:.*]] : memref<46080xi8, #gpu.address_space<workgroup>>, %[[SCALES:.*]] : memref<1440xi8, #gpu.address_space<workgroup>>)
// CHECK: scf.for
// A lane loads a block only for a valid row; padding rows yield zeros and
// issue no load (a wave of padding waits for none).
// CHECK: scf.if %{{.*}} -> (vector<8xbf16>, vector<8xbf16>, vector<8xbf16>, vector<8xbf16>) {
// CHECK-COUNT-4: amdgpu.raw_buffer_load %arg0[
// CHECK: } else {
// CHECK-NEXT: scf.yield %[[Z:.*]], %[[Z]], %[[Z]], %[[Z]] : vector<8xbf16>
// CHECK: scf.if %{{.*}} -> (vector<8xbf16>, vector<8xbf16>, vector<8xbf16>, vector<8xbf16>) {
// CHECK-COUNT-4: amdgpu.raw_buffer_load %arg0[
// CHECK-NOT: amdgpu.raw_buffer_load %arg0[
// Each block is widened to f32 in its own store branch; its scale comes
// from the largest magnitude of its packed bf16 bits (u16 maximum).
// CHECK: scf.if
// CHECK-NEXT: arith.extf %{{.*}} : vector<8xbf16> to vector<8xf32>
// CHECK: arith.andi %{{.*}} : vector<8xi16>
// CHECK: arith.maxui %{{.*}} : vector<8xi16>
// CHECK: vector.reduction <maxui>, %{{.*}} : vector<8xi16> into i16
// CHECK: rocdl.cvt.scalef32.pk.fp8.f32
// CHECK: vector.store %{{.*}}, %[[CODES]]
// CHECK: memref.store %{{.*}}, %[[SCALES]]
// CHECK: } {llvm.loop_annotation = #[[NOUNROLL]]}
// CHECK: gpu.barrier
// CHECK: moe.routed_mma <a8w4> a(%[[CODES]] : memref<46080xi8, #gpu.address_space<workgroup>>, %[[SCALES]] : memref<1440xi8, #gpu.address_space<workgroup>>)
// No global load of x codes in the main loop: its activation units read
// the LDS rows.
// PIPE-LABEL: gpu.func @fp8
// PIPE: gpu.barrier
// PIPE-NOT: amdgpu.raw_buffer_load %arg0[
// PIPE: vector.load %{{.*}} : memref<46080xi8, #gpu.address_space<workgroup>>, vector<16xi8>
// PIPE: memref.load %{{.*}} : memref<1440xi8, #gpu.address_space<workgroup>>
// PIPE: moe.scaled_mfma
gpu.module @m {
  gpu.func @fp8(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1 <a8w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp8>, quantize_x = #moe.scale_rounding<floor>,
       model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
       tile = #moe.tile<m = 16, n = 64, k = 256, waves = 4>}
    gpu.return
  }
}

// -----

// a4w4: packed FP4 codes, 96 bytes a row; the ceil scale rounding.
// CHECK-LABEL: gpu.func @fp4
// CHECK-SAME: workgroup(%{{.*}} : memref<1536xi8, #gpu.address_space<workgroup>>, %{{.*}} : memref<96xi8, #gpu.address_space<workgroup>>)
// CHECK: rocdl.cvt.scalef32.pk.fp4.f32
// CHECK: gpu.barrier
// CHECK: moe.routed_mma <a4w4> a(%{{.*}} : memref<1536xi8, #gpu.address_space<workgroup>>
gpu.module @m2 {
  gpu.func @fp4(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1 <a4w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp4>, quantize_x = #moe.scale_rounding<ceil>,
       model_dim = 192, inter_dim = 64, experts = 4, topk = 2,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
