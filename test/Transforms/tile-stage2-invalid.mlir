// What the target cannot do is an error on the moe.stage2 naming it.
// RUN: moe-opt %s -split-input-file --moe-tile-stage2 -verify-diagnostics

gpu.module @m {
  gpu.func @odd_f16_atomic(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                           %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                           %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf16, 1>) kernel {
    // expected-error @+1 {{combine = atomic with a f16 output adds column pairs as one dword and needs an even model_dim, got 2881}}
    moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf16, 1>
      {weight_layout = #moe.weight_layout<row_major>, scale_layout = #moe.scale_layout<row_major>,
       model_dim = 2881, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

func.func @not_in_kernel(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                         %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                         %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{must be inside a gpu.func kernel}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}
