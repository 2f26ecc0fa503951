// RUN: moe-opt %s -split-input-file --moe-lower-stage2 | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-lower-stage2 --convert-moe-to-rocdl=chip=gfx950 | FileCheck %s --check-prefix=ROCDL

// moe-lower-stage2 runs the three stage-2 passes (one lit file each):
// grid mapping and early exits, the ping-pong main loop, the epilogue.
// CHECK-LABEL: gpu.func @k
// CHECK-SAME: workgroup(%{{.*}} : memref<19456xi8, #gpu.address_space<workgroup>>)
// CHECK: gpu.block_id x
// CHECK: gpu.block_id y
// CHECK: scf.if
// CHECK: scf.if
// CHECK: gpu.barrier
// CHECK: moe.mxfp4_load %{{.*}} layout <preshuffle16x16> k_dim 2880
// CHECK: moe.e8m0_load %{{.*}} layout <e8m0_shuffle> k_dim 2880
// CHECK: scf.for
// CHECK: rocdl.s.setprio 1
// CHECK: moe.fp4_unpack
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK: rocdl.s.setprio 0
// CHECK: scf.yield
// CHECK: memref.load %{{.*}} : memref<?xf32, 1>
// CHECK-COUNT-4: amdgpu.raw_buffer_atomic_fadd %{{.*}} -> %{{.*}}[%{{.*}}] : f32 -> memref<?xf32, 1>, i32
// CHECK-NOT: moe.stage2
// CHECK-NOT: moe.routed_mma
// ROCDL-NOT: moe.
// ROCDL: rocdl.raw.ptr.buffer.load
gpu.module @m {
  gpu.func @k(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %b: memref<?xf32, 1>,
              %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
              %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      bias(%b : memref<?xf32, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// Per-slot stores convert to the output type.
// CHECK-LABEL: gpu.func @store
// CHECK-NOT: amdgpu.raw_buffer_atomic_fadd
// CHECK: arith.truncf %{{.*}} : f32 to bf16
// CHECK: memref.store %{{.*}} : memref<?xbf16, 1>
gpu.module @m2 {
  gpu.func @store(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                  %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                  %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) kernel {
    moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xbf16, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<store>,
       tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}
