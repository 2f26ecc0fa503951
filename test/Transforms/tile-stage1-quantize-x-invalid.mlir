// RUN: moe-opt %s -split-input-file -verify-diagnostics

gpu.module @m {
  gpu.func @a16w4(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xbf16, 1>) kernel {
    // expected-error @+1 {{quantize_x needs a8w4 or a4w4}}
    moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, quantize_x = #moe.scale_rounding<floor>,
       model_dim = 256, inter_dim = 64, experts = 4, topk = 2,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @codes(%x: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    // expected-error @+1 {{quantize_x needs bf16 x}}
    moe.stage1 <a8w4> x(%x : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp8>, quantize_x = #moe.scale_rounding<floor>,
       model_dim = 256, inter_dim = 64, experts = 4, topk = 2,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// 64 rows of 7168 FP8 codes and their scales (473 KB) do not fit in LDS.
gpu.module @m {
  gpu.func @lds(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    // expected-error @+1 {{bytes of LDS (two buffers and the epilogue's exchange, the quantized rows of x), more than the 163840 of gfx950}}
    moe.stage1 <a8w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp8>, quantize_x = #moe.scale_rounding<floor>,
       model_dim = 7168, inter_dim = 256, experts = 4, topk = 2,
       tile = #moe.tile<m = 64, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
