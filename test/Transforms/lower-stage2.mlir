// RUN: moe-opt %s -split-input-file --moe-lower-stage2 | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-lower-stage2 --convert-moe-to-rocdl=chip=gfx950 | FileCheck %s --check-prefix=ROCDL

// Grid: x = model_dim tile, y = routed block x split_k; early exit past
// num_valid_ids and for experts outside [0, experts); a K loop of 128-wide
// steps over weights (mxfp4_load/e8m0_load/fp4_unpack) and activations,
// 4 MFMAs per step; epilogue with bias (first K slice), routing weight and
// an atomic add.
// CHECK-LABEL: gpu.func @k
// CHECK: %[[TID:.*]] = gpu.thread_id x
// CHECK: %[[BX:.*]] = gpu.block_id x
// CHECK: %[[BY:.*]] = gpu.block_id y
// CHECK: %[[NV:.*]] = memref.load %{{.*}}[%c0] : memref<?xi32, 1>
// CHECK: scf.if
// CHECK: %[[E:.*]] = memref.load %{{.*}} : memref<?xi32, 1>
// CHECK-DAG: arith.cmpi sge, %[[E]]
// CHECK-DAG: arith.cmpi slt, %[[E]], %c8_i32
// CHECK: scf.if
// CHECK-DAG: arith.andi %{{.*}}, %c16777215_i32
// CHECK-DAG: arith.shrui %{{.*}}, %c24_i32
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c128 iter_args
// CHECK: moe.mxfp4_load %{{.*}} layout <preshuffle16x16> k_dim 2880
// CHECK: moe.e8m0_load %{{.*}} layout <e8m0_shuffle> k_dim 2880
// CHECK: moe.fp4_unpack
// CHECK: vector.load %{{.*}} : memref<?xbf16, 1>, vector<32xbf16>
// CHECK-COUNT-4: moe.mfma 16x16x32
// CHECK: scf.yield
// CHECK: memref.load %{{.*}} : memref<?xf32, 1>
// CHECK-COUNT-4: amdgpu.raw_buffer_atomic_fadd %{{.*}} -> %{{.*}}[%{{.*}}] : f32 -> memref<?xf32, 1>, i32
// CHECK-NOT: moe.stage2
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
