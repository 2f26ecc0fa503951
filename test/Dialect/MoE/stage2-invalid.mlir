// Every verifier error of moe.stage2 and #moe.tile.
// RUN: moe-opt %s -split-input-file -verify-diagnostics

func.func @a16w4_i8(%h: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{a16w4 activations must be bf16, got 'i8'}}
  moe.stage2 <a16w4> h(%h : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @a4w4_bf16(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{a4w4 activations must be i8 (FP8 bytes or packed FP4), got 'bf16'}}
  moe.stage2 <a4w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @a8w4_no_scales(%h: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{needs activation scales for a8w4}}
  moe.stage2 <a8w4> h(%h : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @a16w4_scales(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{takes no activation scales for a16w4}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @inter_tail(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{inter_dim (2890) must be a multiple of the MX block size 32}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2890, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @preshuffle_rows(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{weights [experts * model_dim, inter_dim]: preshuffle16x16 needs rows (72) to be a multiple of 16}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 9, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @topk(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{topk (200) must be at most 127 (7-bit slot field)}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 200, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @scaled_k(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{tile k (64) must be a multiple of 128 (the K of one pipeline step)}}
  moe.stage2 <a4w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 64, waves = 4>}
  return
}

// -----

func.func @split_k(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{split_k (30) exceeds the 23 K steps of 128 in inter_dim 2880}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, split_k = 30}
  return
}

// -----

func.func @lds(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{tile needs 174080 bytes of LDS (two buffers), more than the 163840 of gfx950}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 128, n = 128, k = 256, waves = 8>}
  return
}

// -----

func.func @vgprs(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{tile needs about 592 VGPRs per lane; more than 256 leaves fewer than two waves per SIMD}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 128, n = 128, k = 128, waves = 1>}
  return
}

// -----

func.func @weight_space(%h: memref<?xbf16, 1>, %w: memref<?xi8, 3>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{buffer must be in global memory}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 3>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

// expected-error @+1 {{tile m (24) must be 16, 32, 64 or 128}}
func.func @tile_m() attributes {t = #moe.tile<m = 24, n = 64, k = 128, waves = 4>} { return }

// -----

// expected-error @+1 {{tile n (40) must be a positive multiple of 16}}
func.func @tile_n() attributes {t = #moe.tile<m = 16, n = 40, k = 128, waves = 4>} { return }

// -----

// expected-error @+1 {{tile k (48) must be a positive multiple of 32}}
func.func @tile_k() attributes {t = #moe.tile<m = 16, n = 64, k = 48, waves = 4>} { return }

// -----

// expected-error @+1 {{tile waves (3) must be 1, 2, 4 or 8}}
func.func @tile_waves() attributes {t = #moe.tile<m = 16, n = 64, k = 128, waves = 3>} { return }

// -----

// expected-error @+1 {{tile 16x32 has 2 16x16 MFMA tiles, which do not split evenly over 4 waves}}
func.func @tile_split() attributes {t = #moe.tile<m = 16, n = 32, k = 128, waves = 4>} { return }

// -----

func.func @sort_lds(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{needs 165888 bytes of LDS for 2528 experts and 16 waves, more than the 163840 of gfx950}}
  moe.sort %ids : memref<?xi32, 1> tokens %t experts_from %eb -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 4, experts = 2528, block_m = 16, block_size = 1024}
  return
}

// -----

func.func @sort_block(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{block_size (100) must be a multiple of 64, at most 1024}}
  moe.sort %ids : memref<?xi32, 1> tokens %t experts_from %eb -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 4, experts = 32, block_m = 16, block_size = 100}
  return
}

// -----

func.func @stage1_bf16_type(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>) {
  // expected-error @+1 {{bf16 output h must be bf16, got 'i8'}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_bf16_scales(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xbf16, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{bf16 output takes no h_scales}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>, %hs : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_mx_type(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xbf16, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{mxfp4 output h must be i8 bytes, got 'bf16'}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>, %hs : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp4>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_mx_scales(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>) {
  // expected-error @+1 {{mxfp8 output needs h_scales (E8M0 bytes)}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp8>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_mx_inter(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{mxfp4 output needs inter_dim (2896) to be a multiple of the MX block size 32}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp4>,
     model_dim = 2880, inter_dim = 2896, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_mx_tile(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{mxfp4 output needs tile n (32) to be a multiple of 64 (32 columns of gate and up rows), so no MX block spans two workgroups}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp4>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 32, k = 128, waves = 2>}
  return
}

// -----

func.func @stage1_split_type(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xbf16, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{with split_k > 1 writes f32 partial planes, h must be f32, got 'bf16'}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, split_k = 2,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_split_bias(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xf32, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{with split_k > 1 writes raw partial sums; the bias belongs to moe.stage1_finish}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>) bias(%b : memref<?xf32, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, split_k = 2,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_split_activation(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xf32, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{with split_k > 1 writes raw partial sums; the activation belongs to moe.stage1_finish}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, split_k = 2, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_split_output(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xf32, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{with split_k > 1 writes raw partial sums; the output format belongs to moe.stage1_finish}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, split_k = 2, output = #moe.output<mxfp4>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_split_steps(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xf32, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{split_k (4) exceeds the 3 K steps of 128 in model_dim 288}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, split_k = 4,
     model_dim = 288, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_f32_unsplit(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xf32, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{writes f32 partial sums only with split_k > 1 (h must be bf16 or i8)}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @stage1_no_activation(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %h: memref<?xbf16, 1>, %b: memref<?xf32, 1>) {
  // expected-error @+1 {{needs an activation}}
  moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     gate_up = #moe.gate_up<interleaved>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @finish_type(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xi8, 1>) {
  // expected-error @+1 {{bf16 output h must be bf16, got 'i8'}}
  moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xi8, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 256}
  return
}

// -----

func.func @finish_mx_inter(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) {
  // expected-error @+1 {{mxfp8 output needs inter_dim (2888) to be a multiple of the MX block size 32}}
  moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp8>, inter_dim = 2888, experts = 128, topk = 4, split_k = 2, block_size = 256}
  return
}

// -----

func.func @finish_block(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) {
  // expected-error @+1 {{block_size (96) must be a multiple of 64, at most 1024}}
  moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 96}
  return
}

// -----

func.func @finish_blocks16(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) {
  // expected-error @+1 {{blocks16 needs the intermediate size (2888) to be a multiple of 16}}
  moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<blocks16>, activation = #moe.activation<swiglu>, inter_dim = 2888, experts = 128, topk = 4, split_k = 2, block_size = 256}
  return
}

// -----

func.func @layer_x(%x: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index, %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{a16w4 activations x must be bf16, got 'i8'}}
  moe.layer <a16w4> x(%x : memref<?xi8, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4}
  return
}

// -----

func.func @layer_x_scales(%x: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index, %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{needs x_scales with MX-coded x}}
  moe.layer <a8w4> x(%x : memref<?xi8, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4}
  return
}

// -----

func.func @layer_buckets(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index, %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{token_buckets must be positive and ascending}}
  moe.layer <a16w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
     token_buckets = array<i64: 64, 32>}
  return
}

// -----

func.func @layer_inter(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index, %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{inter_dim (2890) must be a multiple of the MX block size 32}}
  moe.layer <a16w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, model_dim = 2880, inter_dim = 2890, experts = 128, topk = 4}
  return
}

// -----

func.func @quantize_bf16(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) {
  // expected-error @+1 {{format must be mxfp8 or mxfp4, not bf16}}
  moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
    {format = #moe.output<bf16>, cols = 2880, block_size = 256}
  return
}

// -----

func.func @quantize_cols(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) {
  // expected-error @+1 {{cols (2888) must be a multiple of the MX block size 32}}
  moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
    {format = #moe.output<mxfp4>, cols = 2888, block_size = 256}
  return
}

// -----

func.func @weight_cache_sc1(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{weight_cache must be none or nt, not sc1}}
  moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<sc1>}
  return
}

// -----

func.func @weight_cache_sc0_nt(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{weight_cache must be none or nt, not sc0|nt}}
  moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<sc0|nt>}
  return
}

// -----

func.func @waves_per_eu_above_8(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{waves_per_eu (9) must be 0 or in [1, 8] for a tile of 4 waves}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, waves_per_eu = 9}
  return
}

// -----

func.func @waves_per_eu_below_a_workgroup(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{waves_per_eu (1) must be 0 or in [2, 8] for a tile of 8 waves}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 64, n = 128, k = 128, waves = 8>, waves_per_eu = 1}
  return
}

// -----

func.func @pipeline_depth_1(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{pipeline_depth (1) must be in [2, 4] (K steps of loads in flight plus the one the MFMAs consume)}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, pipeline_depth = 1}
  return
}

// -----

func.func @pipeline_depth_5(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{pipeline_depth (5) must be in [2, 4]}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, pipeline_depth = 5}
  return
}

// -----

// 2 x 77312 bytes fit at depth 2 (and 3); depth 4's three buffers do not.
func.func @pipeline_depth_lds(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 128, n = 64, k = 256, waves = 8>, pipeline_depth = 3}
  // expected-error @+1 {{tile needs 231936 bytes of LDS (3 buffers of pipeline_depth 4), more than the 163840 of gfx950}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 128, n = 64, k = 256, waves = 8>, pipeline_depth = 4}
  return
}

// -----

func.func @k_wave_groups_3(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{k_wave_groups (3) must be in [1, 8] and divide the tile's 4 waves}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, k_wave_groups = 3}
  return
}

// -----

func.func @k_wave_groups_0(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{k_wave_groups (0) must be in [1, 8] and divide the tile's 4 waves}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, k_wave_groups = 0}
  return
}

// -----

func.func @k_wave_groups_more_than_waves(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{k_wave_groups (4) must be in [1, 8] and divide the tile's 2 waves}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 128, waves = 2>, k_wave_groups = 4}
  return
}

// -----

// 2 x 77312 bytes fit without K wave groups; two groups need twice the
// buffers.
func.func @k_wave_groups_lds(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 16, n = 64, k = 256, waves = 4>, k_wave_groups = 4}
  // expected-error @+1 {{tile needs 309248 bytes of LDS (two buffers for each of 2 k_wave_groups, or their partial sums), more than the 163840 of gfx950}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1> {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>, model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>, tile = #moe.tile<m = 128, n = 64, k = 256, waves = 8>, k_wave_groups = 2}
  return
}
