// Every size a lowering iterates or unrolls over is bounded by the
// verifier, with the limit and its reason, before anything iterates over it
// (each of these once stalled the verifier or the lowering).
// RUN: moe-opt %s -split-input-file -verify-diagnostics

func.func @huge_tile_n(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+4 {{tile 1099511627776x128 (n x k) needs at least n * k bytes of LDS for two stages of MXFP4 weights, more than the 163840 of gfx950}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 1099511627776, k = 128, waves = 4>}
  return
}

// -----

func.func @tile_nk(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+4 {{tile 1024x256 (n x k) needs at least n * k bytes of LDS}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 1024, k = 256, waves = 4>}
  return
}

// -----

gpu.module @m {
  gpu.func @finish_planes(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) kernel {
    // expected-error @+1 {{split_k (65) must be at most 64: the finish unrolls one add per partial plane}}
    moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
      {gate_up = #moe.gate_up<halves>, activation = #moe.activation<swiglu>, inter_dim = 48, experts = 32, topk = 4, split_k = 65, block_size = 256}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @reduce_topk(%slots: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %y: memref<?xbf16, 1>) kernel {
    // expected-error @+1 {{topk (1000000) must be at most 127 (7-bit slot field)}}
    moe.slot_reduce %slots : memref<?xbf16, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %y : memref<?xbf16, 1>
      {model_dim = 40, topk = 1000000, experts = 8, block_size = 256}
    gpu.return
  }
}
