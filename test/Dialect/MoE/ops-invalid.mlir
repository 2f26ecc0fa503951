// Every verifier error of the moe dialect.
// RUN: moe-opt %s -split-input-file -verify-diagnostics

func.func @load_kdim(%w: memref<?xi8, 1>, %i: index) {
  // expected-error @+1 {{k_dim (48) must be a multiple of the MX block size 32}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 48 : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_space(%w: memref<?xi8, 3>, %i: index) {
  // expected-error @+1 {{buffer must be in global memory}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 64 : memref<?xi8, 3> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_layout(%w: memref<?xi8, strided<[2]>, 1>, %i: index) {
  // expected-error @+1 {{buffer must have an identity layout}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 64 : memref<?xi8, strided<[2]>, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_partial_row(%w: memref<100xi8, 1>, %i: index) {
  // expected-error @+1 {{buffer size (100 bytes) is not a whole number of rows of k_dim / 2 = 32 bytes}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 64 : memref<100xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_preshuffle_rows(%w: memref<320xi8, 1>, %i: index) {
  // expected-error @+1 {{preshuffle16x16 needs rows (10) to be a multiple of 16}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <preshuffle16x16> k_dim 64 : memref<320xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_k_alignment(%w: memref<?xi8, 1>, %i: index) {
  %k = arith.constant 16 : index
  // expected-error @+1 {{k (16) must be a multiple of the 32-element load width}}
  %0 = moe.mxfp4_load %w[%i, %k] layout <preshuffle16x16> k_dim 64 : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_k_range(%w: memref<?xi8, 1>, %i: index) {
  %k = arith.constant 64 : index
  // expected-error @+1 {{k (64) is outside k_dim (64)}}
  %0 = moe.mxfp4_load %w[%i, %k] layout <row_major> k_dim 64 : memref<?xi8, 1> -> vector<8xf4E2M1FN>
  return
}

// -----

func.func @load_width(%w: memref<?xi8, 1>, %i: index) {
  // expected-error @+1 {{result #0 must be vector of f4E2M1FN type values of length 8/32}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 64 : memref<?xi8, 1> -> vector<16xf4E2M1FN>
  return
}

// -----

func.func @load_elem(%w: memref<?xi16, 1>, %i: index) {
  // expected-error @+1 {{operand #0 must be 1D memref of 8-bit signless integer values}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 64 : memref<?xi16, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_bad_layout(%w: memref<?xi8, 1>, %i: index) {
  // expected-error @+2 {{expected ::mlir::moe::WeightLayout to be one of: row_major, preshuffle16x16}}
// expected-error @+1 {{custom op 'moe.mxfp4_load' failed to parse MoE_WeightLayoutAttr parameter 'value'}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <gugu16> k_dim 64 : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @load_bad_kdim(%w: memref<?xi8, 1>, %i: index) {
  // expected-error @+1 {{attribute 'k_dim' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %0 = moe.mxfp4_load %w[%i, %i] layout <row_major> k_dim 0 : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  return
}

// -----

func.func @scale_kdim(%s: memref<?xi8, 1>, %i: index) {
  // expected-error @+1 {{k_dim (100) must be a multiple of the MX block size 32}}
  %0 = moe.e8m0_load %s[%i, %i] layout <e8m0_shuffle> k_dim 100 : memref<?xi8, 1> -> f8E8M0FNU
  return
}

// -----

func.func @scale_kblock(%s: memref<?xi8, 1>, %i: index) {
  %kb = arith.constant 90 : index
  // expected-error @+1 {{kblock (90) is outside k_dim / 32 (90)}}
  %0 = moe.e8m0_load %s[%i, %kb] layout <e8m0_shuffle> k_dim 2880 : memref<?xi8, 1> -> f8E8M0FNU
  return
}

// -----

func.func @scale_space(%s: memref<?xi8, 5>, %i: index) {
  // expected-error @+1 {{buffer must be in global memory}}
  %0 = moe.e8m0_load %s[%i, %i] layout <row_major> k_dim 32 : memref<?xi8, 5> -> f8E8M0FNU
  return
}

// -----

func.func @scale_bad_layout(%s: memref<?xi8, 1>, %i: index) {
  // expected-error @+2 {{expected ::mlir::moe::ScaleLayout to be one of: row_major, e8m0_shuffle}}
// expected-error @+1 {{custom op 'moe.e8m0_load' failed to parse MoE_ScaleLayoutAttr parameter 'value'}}
  %0 = moe.e8m0_load %s[%i, %i] layout <shuffled> k_dim 32 : memref<?xi8, 1> -> f8E8M0FNU
  return
}

// -----

func.func @decode_type(%s: i8) {
  // expected-error @+1 {{operand #0 must be f8E8M0FNU type}}
  %0 = moe.e8m0_decode %s : i8 -> f32
  return
}

// -----

func.func @unpack_length(%v: vector<32xf4E2M1FN>, %s: f8E8M0FNU) {
  // expected-error @+1 {{result has 16 elements but the source has 32}}
  %0 = moe.fp4_unpack %v, %s : vector<32xf4E2M1FN>, f8E8M0FNU -> vector<16xbf16>
  return
}

// -----

func.func @unpack_type(%v: vector<8xf4E2M1FN>, %s: f8E8M0FNU) {
  // expected-error @+1 {{result #0 must be vector of bfloat16 type or 16-bit float or 32-bit float values of length 8/16/32}}
  %0 = moe.fp4_unpack %v, %s : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xf64>
  return
}

// -----

func.func @unpack_source(%v: vector<4xf4E2M1FN>, %s: f8E8M0FNU) {
  // expected-error @+1 {{operand #0 must be vector of f4E2M1FN type values of length 8/16/32}}
  %0 = moe.fp4_unpack %v, %s : vector<4xf4E2M1FN>, f8E8M0FNU -> vector<4xbf16>
  return
}

// -----

func.func @unpack_strategy(%v: vector<8xf4E2M1FN>, %s: f8E8M0FNU) {
  // expected-error @+2 {{expected ::mlir::moe::UnpackStrategy to be one of: auto, hw, sw}}
// expected-error @+1 {{custom op 'moe.fp4_unpack' failed to parse MoE_UnpackStrategyAttr parameter 'value'}}
  %0 = moe.fp4_unpack %v, %s strategy <fast> : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
  return
}

// -----

func.func @mfma_types(%a: vector<8xbf16>, %b: vector<8xf16>, %c: vector<4xf32>) {
  // expected-error @+1 {{A and B must have the same type, got 'vector<8xbf16>' and 'vector<8xf16>'}}
  %0 = moe.mfma 16x16x32 %a * %b + %c : vector<8xbf16>, vector<8xf16>, vector<4xf32>
  return
}

// -----

func.func @mfma_shape(%a: vector<8xbf16>, %c: vector<4xf32>) {
  // expected-error @+1 {{unsupported shape 16x16x16 (expected 16x16x32 or 32x32x16)}}
  %0 = moe.mfma 16x16x16 %a * %a + %c : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  return
}

// -----

func.func @mfma_acc(%a: vector<8xbf16>, %c: vector<16xf32>) {
  // expected-error @+1 {{accumulator of a 16x16 MFMA must hold 4 f32 per lane, got 'vector<16xf32>'}}
  %0 = moe.mfma 16x16x32 %a * %a + %c : vector<8xbf16>, vector<8xbf16>, vector<16xf32>
  return
}

// -----

func.func @mfma_dims(%a: vector<8xbf16>, %c: vector<4xf32>) {
  // expected-error @+1 {{expected an MxNxK shape, got 2 dimensions}}
  %0 = moe.mfma 16x16 %a * %a + %c : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  return
}

// -----

func.func @mfma_m(%a: vector<8xbf16>, %c: vector<4xf32>) {
  // expected-error @+1 {{attribute 'm' failed to satisfy constraint: 32-bit signless integer attribute whose value is one of {16, 32}}}
  %0 = moe.mfma 8x16x32 %a * %a + %c : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  return
}

// -----

func.func @scaled_zero(%a: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  %zero = arith.constant dense<[1.0, 0.0, 1.0, 1.0]> : vector<4xf8E8M0FNU>
  // expected-error @+1 {{constant scale_b byte 1 is E8M0 0, which the backend turns into an unscaled MFMA; use 127 (scale one, 0x7F7F7F7F) instead}}
  %0 = moe.scaled_mfma 16x16x128 (%s[0] * %a) * (%zero[1] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

func.func @scaled_zero_a(%a: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  %zero = arith.constant dense<0.0> : vector<4xf8E8M0FNU>
  // expected-error @+1 {{constant scale_a byte 2 is E8M0 0}}
  %0 = moe.scaled_mfma 16x16x128 (%zero[2] * %a) * (%s[0] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

func.func @scaled_shape(%a: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{unsupported shape 16x16x64 (expected 16x16x128 or 32x32x64)}}
  %0 = moe.scaled_mfma 16x16x64 (%s[0] * %a) * (%s[0] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

func.func @scaled_acc(%a: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{accumulator of a 32x32 MFMA must hold 16 f32 per lane, got 'vector<4xf32>'}}
  %0 = moe.scaled_mfma 32x32x64 (%s[0] * %a) * (%s[0] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

func.func @scaled_byte(%a: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{attribute 'scale_a_byte' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  %0 = moe.scaled_mfma 16x16x128 (%s[4] * %a) * (%s[0] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

func.func @scaled_format(%a: vector<32xbf16>, %b: vector<32xf4E2M1FN>, %c: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{operand #1 must be vector of f4E2M1FN type or f8E4M3FN type or f8E5M2 type values of length 32}}
  %0 = moe.scaled_mfma 16x16x128 (%s[0] * %a) * (%s[0] * %b) + %c : vector<4xf8E8M0FNU>, vector<32xbf16>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return
}

// -----

// expected-error @+1 {{unknown activation 'gelu' (expected swiglu or silu)}}
func.func @act_kind() attributes {a = #moe.activation<gelu>} { return }

// -----

// expected-error @+1 {{silu takes no parameters, got 'alpha'}}
func.func @act_silu_params() attributes {a = #moe.activation<silu, alpha = 1.0>} { return }

// -----

// expected-error @+1 {{swiglu alpha must be finite and positive, got -1}}
func.func @act_alpha() attributes {a = #moe.activation<swiglu, alpha = -1.0>} { return }

// -----

// expected-error @+1 {{swiglu limit must be positive (inf disables the clamps), got 0}}
func.func @act_limit() attributes {a = #moe.activation<swiglu, limit = 0.0>} { return }

// -----

// expected-error @+1 {{unexpected or repeated swiglu parameter 'alpha' (expected alpha or limit)}}
func.func @act_repeat() attributes {a = #moe.activation<swiglu, alpha = 1.0, alpha = 2.0>} { return }

// -----

// expected-error @+1 {{unexpected or repeated swiglu parameter 'beta' (expected alpha or limit)}}
func.func @act_unknown_param() attributes {a = #moe.activation<swiglu, beta = 1.0>} { return }

// -----

// expected-error @+2 {{expected ::mlir::moe::GateUpArrangement to be one of: interleaved, halves, blocks16}}
// expected-error @+1 {{failed to parse MoE_GateUpArrangementAttr parameter 'value'}}
func.func @gate_up() attributes {a = #moe.gate_up<gugu>} { return }

// -----

// expected-error @+2 {{expected ::mlir::moe::Precision to be one of: a16w4, a8w4, a4w4}}
// expected-error @+1 {{failed to parse MoE_PrecisionAttr parameter 'value'}}
func.func @precision() attributes {a = #moe.precision<a16w16>} { return }

// -----

// expected-error @+2 {{expected ::mlir::moe::CacheModifier to be one of: none, sc0, nt, sc1}}
// expected-error @+1 {{failed to parse MoE_CacheModifierAttr parameter 'value'}}
func.func @cache() attributes {a = #moe.cache<glc>} { return }
