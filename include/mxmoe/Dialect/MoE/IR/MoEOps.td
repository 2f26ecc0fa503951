//===- MoEOps.td - moe dialect operations ------------------*- tablegen -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEOPS_TD
#define MXMOE_DIALECT_MOE_IR_MOEOPS_TD

include "mxmoe/Dialect/MoE/IR/MoEBase.td"
include "mxmoe/Dialect/MoE/IR/MoEAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/SymbolInterfaces.td"

def MoE_ByteBuffer : MemRefRankOf<[I8], [1]>;

def MoE_FP4Fragment : AnyTypeOf<[VectorOfLengthAndType<[8, 16, 32],
                                                       [F4E2M1FN]>]>;

//===----------------------------------------------------------------------===//
// Memory primitives
//===----------------------------------------------------------------------===//

def MoE_MXFP4LoadOp : MoE_Op<"mxfp4_load"> {
  let summary = "load 8 or 32 FP4 values of one weight row from a buffer";
  let description = [{
    Loads the FP4 elements `[k, k + n)` of weight row `row`, where `n` is the
    result length: 8 (one dword, a 4-byte `buffer_load_dword`) or 32 (one
    dwordx4, a 16-byte `buffer_load_dwordx4`). The weight is the packed matrix
    `[rows, k_dim / 2]` stored in `layout`; rows of all experts are flattened.
    `k` must be a multiple of `n` so the bytes are contiguous in every layout.

    The access is a raw buffer load whose resource covers exactly the memref
    (`num_records` = its size, soffset 0): a row past the end of the buffer
    reads zeros instead of faulting, and so does any `k >= k_dim` (its offset
    is moved past every buffer), so K tails need no padding. `cache` sets the
    instruction's cache-policy bits.

    ```mlir
    %w = moe.mxfp4_load %buf[%row, %k] layout <preshuffle16x16> k_dim 2880
           cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
    ```
  }];
  let arguments = (ins Arg<MoE_ByteBuffer, "weight bytes", [MemRead]>:$buffer,
                       Index:$row, Index:$k,
                       MoE_WeightLayoutAttr:$layout,
                       ConfinedAttr<I64Attr, [IntPositive]>:$k_dim,
                       DefaultValuedAttr<MoE_CacheModifierAttr,
                         "::mlir::moe::CacheModifier::none">:$cache);
  let results = (outs VectorOfLengthAndType<[8, 32], [F4E2M1FN]>:$result);
  let assemblyFormat = [{
    $buffer `[` $row `,` $k `]` `layout` $layout `k_dim` $k_dim
    (`cache` $cache^)? attr-dict `:` type($buffer) `->` type($result)
  }];
  let hasVerifier = 1;
}

def MoE_E8M0LoadOp : MoE_Op<"e8m0_load"> {
  let summary = "load the E8M0 scale of one row and 32-element K block";
  let description = [{
    Loads the scale of row `row` and K block `kblock` (elements
    `[32*kblock, 32*kblock + 32)`) of a scale tensor `[rows, k_dim / 32]`
    stored in `layout`, with one `buffer_load_ubyte`. A row past the buffer
    or `kblock >= k_dim / 32` reads 0 (which decodes to 2^-127, not 0.0; the
    matching weights read 0 too).

    ```mlir
    %s = moe.e8m0_load %scales[%row, %kb] layout <e8m0_shuffle> k_dim 2880
           : memref<?xi8, 1> -> f8E8M0FNU
    ```
  }];
  let arguments = (ins Arg<MoE_ByteBuffer, "scale bytes", [MemRead]>:$buffer,
                       Index:$row, Index:$kblock,
                       MoE_ScaleLayoutAttr:$layout,
                       ConfinedAttr<I64Attr, [IntPositive]>:$k_dim,
                       DefaultValuedAttr<MoE_CacheModifierAttr,
                         "::mlir::moe::CacheModifier::none">:$cache);
  let results = (outs F8E8M0FNU:$result);
  let assemblyFormat = [{
    $buffer `[` $row `,` $kblock `]` `layout` $layout `k_dim` $k_dim
    (`cache` $cache^)? attr-dict `:` type($buffer) `->` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Format conversion
//===----------------------------------------------------------------------===//

def MoE_E8M0DecodeOp : MoE_Op<"e8m0_decode", [Pure]> {
  let summary = "decode an E8M0 scale to f32";
  let description = [{
    Returns `2^(e - 127)` as f32. Byte 0 gives 2^-127 (the f32 subnormal
    `0x00400000`), never 0.0; byte 255 gives NaN, never infinity.
  }];
  let arguments = (ins F8E8M0FNU:$scale);
  let results = (outs F32:$result);
  let assemblyFormat = "$scale attr-dict `:` type($scale) `->` type($result)";
}

def MoE_FP4UnpackOp : MoE_Op<"fp4_unpack", [Pure]> {
  let summary = "convert FP4 values times an E8M0 scale to bf16/f16/f32";
  let description = [{
    Converts each FP4 element `x[i]` to `x[i] * 2^(scale - 127)` in the result
    element type. The scale is one E8M0 byte for the whole fragment (at most
    32 elements, one MX block). A scale of 255 gives NaN; results are exact
    for bf16 and f32 (subnormals kept, infinity past the range) and rounded to
    nearest even for f16.

    `strategy` chooses the instruction sequence: `hw`
    (`v_cvt_scalef32_pk_*_fp4`, gfx950 only), `sw` (exact lookup/permute on
    integer ALUs, any chip) or `auto` (hw where available). The lowering pass
    option `unpack-strategy` overrides it. Both produce bit-identical results.

    ```mlir
    %v = moe.fp4_unpack %w, %s strategy <auto>
           : vector<32xf4E2M1FN>, f8E8M0FNU -> vector<32xbf16>
    ```
  }];
  let arguments = (ins MoE_FP4Fragment:$source, F8E8M0FNU:$scale,
                       DefaultValuedAttr<MoE_UnpackStrategyAttr,
                         "::mlir::moe::UnpackStrategy::Auto">:$strategy);
  let results = (outs VectorOfLengthAndType<[8, 16, 32],
                                            [BF16, F16, F32]>:$result);
  let assemblyFormat = [{
    $source `,` $scale (`strategy` $strategy^)? attr-dict `:` type($source)
    `,` type($scale) `->` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Matrix cores
//===----------------------------------------------------------------------===//

def MoE_MFMAOp : MoE_Op<"mfma", [Pure, AllTypesMatch<["acc", "result"]>]> {
  let summary = "one wave-wide bf16/f16 MFMA with K = 32 (16x16) or 16 (32x32)";
  let description = [{
    `D = A * B + C` over a wave of 64 lanes with the CDNA3/4 register layouts:
    for `16x16x32`, `A[i][k]` is element `k % 8` of lane `i + 16 * (k / 8)` and
    `D[i][j]` is element `i % 4` of lane `j + 16 * (i / 4)`; for `32x32x16`,
    `A[i][k]` is element `k % 8` of lane `i + 32 * (k / 8)` and `D[i][j]` is
    element `4 * (i / 8) + i % 4` of lane `j + 32 * ((i / 4) % 2)`. B mirrors A
    with column `j`.

    On gfx950 this is one `v_mfma_f32_16x16x32_bf16` (or `32x32x16`). Chips
    without it (gfx942, gfx90a) get two K-halves on the `_1k` instructions,
    which computes the same sum.

    ```mlir
    %d = moe.mfma 16x16x32 %a * %b + %c
           : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
    ```
  }];
  let arguments = (ins ConfinedAttr<I32Attr, [IntIsOneOf<[16, 32]>]>:$m,
                       ConfinedAttr<I32Attr, [IntIsOneOf<[16, 32]>]>:$n,
                       ConfinedAttr<I32Attr, [IntIsOneOf<[16, 32]>]>:$k,
                       VectorOfLengthAndType<[8], [BF16, F16]>:$a,
                       VectorOfLengthAndType<[8], [BF16, F16]>:$b,
                       VectorOfLengthAndType<[4, 16], [F32]>:$acc);
  let results = (outs VectorOfLengthAndType<[4, 16], [F32]>:$result);
  let assemblyFormat = [{
    custom<MNKShape>($m, $n, $k) $a `*` $b `+` $acc attr-dict `:` type($a)
    `,` type($b) `,` type($acc)
  }];
  let hasVerifier = 1;
}

def MoE_ScaledMFMAOp : MoE_Op<"scaled_mfma",
    [Pure, AllTypesMatch<["acc", "result"]>]> {
  let summary = "one wave-wide MX-scaled MFMA (FP4/FP8 operands, E8M0 scales)";
  let description = [{
    `D = C + sum_kb 2^(SA - 127) * 2^(SB - 127) * sum_{k in kb} A * B` with
    32-element K blocks: `v_mfma_scale_f32_16x16x128_f8f6f4` or
    `v_mfma_scale_f32_32x32x64_f8f6f4` (gfx950 only).

    Operand formats come from the element types: `f4E2M1FN` (FP4, format code
    4), `f8E4M3FN` (FP8, code 0), `f8E5M2` (BF8, code 1); A and B may differ.
    Each lane holds 32 elements: an FP4 lane holds 32 consecutive K
    (`A[i][k]` in lane `i + 16 * (k / 32)` for 16x16x128), an FP8 lane holds
    two runs of 16 consecutive K (16x16x128: `A[i][k]` in lane
    `i + 16 * ((k % 64) / 16)`, byte `16 * (k / 64) + k % 16`; see
    docs/emulator.md for the evidence).

    Each scale operand holds four E8M0 bytes; `scale_a_byte`/`scale_b_byte`
    (0-3) select the byte this MFMA uses (the instruction's op_sel bits). The
    scale of row `i` and block `kb` lives in lane `i + 16 * kb` (16x16x128) or
    `i + 32 * kb` (32x32x64). Scale "one" is 127 (0x7F7F7F7F); a constant-zero
    scale is rejected because the backend would select the unscaled
    instruction, while a runtime zero means 2^-127.

    ```mlir
    %d = moe.scaled_mfma 16x16x128 (%sa[0] * %a) * (%sb[0] * %b) + %c
           : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>,
             vector<32xf4E2M1FN>, vector<4xf32>
    ```
  }];
  let arguments = (ins ConfinedAttr<I32Attr, [IntIsOneOf<[16, 32]>]>:$m,
                       ConfinedAttr<I32Attr, [IntIsOneOf<[16, 32]>]>:$n,
                       ConfinedAttr<I32Attr, [IntIsOneOf<[64, 128]>]>:$k,
                       VectorOfLengthAndType<[4], [F8E8M0FNU]>:$scale_a,
                       ConfinedAttr<I32Attr, [IntMinValue<0>, IntMaxValue<3>]>
                         :$scale_a_byte,
                       VectorOfLengthAndType<[32],
                         [F4E2M1FN, F8E4M3FN, F8E5M2]>:$a,
                       VectorOfLengthAndType<[4], [F8E8M0FNU]>:$scale_b,
                       ConfinedAttr<I32Attr, [IntMinValue<0>, IntMaxValue<3>]>
                         :$scale_b_byte,
                       VectorOfLengthAndType<[32],
                         [F4E2M1FN, F8E4M3FN, F8E5M2]>:$b,
                       VectorOfLengthAndType<[4, 16], [F32]>:$acc);
  let results = (outs VectorOfLengthAndType<[4, 16], [F32]>:$result);
  let assemblyFormat = [{
    custom<MNKShape>($m, $n, $k) ` ` `(` $scale_a `[` $scale_a_byte `]` `*` $a `)`
    `*` `(` $scale_b `[` $scale_b_byte `]` `*` $b `)` `+` $acc attr-dict `:`
    type($scale_a) `,` type($a) `,` type($scale_b) `,` type($b) `,` type($acc)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Problem-level ops
//===----------------------------------------------------------------------===//

def MoE_Stage2Op : MoE_Op<"stage2", [AttrSizedOperandSegments]> {
  let summary = "the down projection of an MoE layer over routed rows";
  let description = [{
    `y[t] = sum_s w[t,s] * (h[t,s] . W2[e]^T + b2[e])` for the routed rows in
    the routing buffers (docs/semantics.md §2): `sorted_ids` packs
    `(slot << 24) | token`
    (the sentinel `(K << 24) | T` pads each expert to a multiple of the tile's
    `m`), `sorted_weights` is aligned with it, `sorted_expert_ids` holds one
    expert per m-row block and `num_valid_ids[0]` the padded rows in use. A
    row is valid iff `token < tokens` and `slot < topk`; a block iff
    `block * m < num_valid_ids[0]` and its expert is in `[0, experts)`.

    Operands (all 1-D memrefs in global memory):
    * `h`: the intermediate activations `[T * K, inter_dim]` (row `t * K + s`):
      bf16 for `a16w4`; FP8 E4M3 bytes (`a8w4`) or packed FP4 (`a4w4`) with
      row-major E8M0 `h_scales`;
    * `w2`, `w2_scales`: MXFP4 weights `[experts * model_dim, inter_dim]` in
      `weight_layout` / `scale_layout`;
    * `bias`: optional f32 `[experts * model_dim]`, added once per routed row
      before the routing weight;
    * `y`: f32, bf16 or f16; `[T, model_dim]` when combining by atomics,
      `[T * K, model_dim]` per-slot rows when combining by stores.

    `routing_weight = false` skips the multiplication by `w[t,s]`.
    `split_k` > 1 splits `inter_dim` across workgroups; bias and routing
    weight are still applied once and the result equals `split_k = 1` up to
    f32 rounding. The tile configuration is checked against gfx950's limits
    here and against the target chip when lowering.

    `weight_cache` is the cache policy of the weight and weight-scale loads
    (activation loads take none): `none` or `nt` (non-temporal, for blocks
    whose rows cannot reuse the weights, e.g. decode); the coherence bits
    `sc0`/`sc1` are refused. It does not change the result.

    `waves_per_eu` > 0 is an occupancy target: the kernel's `gpu.func` gets
    `rocdl.waves_per_eu` (LLVM's `"amdgpu-waves-per-eu"`), so the backend
    keeps its registers within what that many waves per SIMD leave each
    wave (gfx950: 512 / N VGPRs + AGPRs per lane). At most 8, and at least
    the waves a workgroup puts on each SIMD (`ceil(tile.waves / 4)`, below
    which the backend ignores it); 0 leaves it to the compiler.
    `workgroup_order` (`#moe.workgroup_order<linear|xcd>`) is the tile a
    workgroup takes (see the attribute); it does not change the result.
    `persistent_workgroups` > 0 makes the grid persistent: that many
    workgroups (1-D, whatever `tokens`) take tiles `id, id + P, ...` of the
    routed grid's `ceil(model_dim / n) * min(routed blocks, sorted_expert_ids
    size) * split_k` tiles in the order above, with a barrier between
    tiles; each tile's result is the one its own workgroup would write.

    `pipeline_depth` (at least 2, at most `mxmoe::kMaxPipelineDepth`) is
    the main loop's software-pipeline depth: `depth - 1` K steps of global
    loads stay in flight ahead of the step the MFMAs consume, in `depth - 1`
    register sets and `max(2, depth - 1)` LDS stage buffers (see
    `moe-pipeline-routed-mma`); the LDS (gfx950's 160 KiB here, the target
    chip's when tuning) and the register estimate grow with it. It does not
    change the result.

    `k_wave_groups` (default 1) splits the workgroup's waves into that many
    groups along K: each group tiles m x n over `waves / k_wave_groups`
    waves and takes its own `tile.k` of every main-loop step (a step then
    covers `k_wave_groups * tile.k` of K); after the loop the groups'
    partial accumulators are summed through LDS in group order (0 + 1 +
    ...), so the result is deterministic, and the epilogue runs once on the
    sum. `waves` must be a multiple of it; the LDS holds `k_wave_groups`
    times the stage buffers, or the partial sums if larger.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[BF16, I8], [1]>, "activations", [MemRead]>:$h,
      Arg<Optional<MoE_ByteBuffer>, "activation scales", [MemRead]>:$h_scales,
      Arg<MoE_ByteBuffer, "weights", [MemRead]>:$w2,
      Arg<MoE_ByteBuffer, "weight scales", [MemRead]>:$w2_scales,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "bias", [MemRead]>:$bias,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemRead]>:$sorted_ids,
      Arg<MemRefRankOf<[F32], [1]>, "sorted_weights", [MemRead]>:$sorted_weights,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_expert_ids", [MemRead]>:$sorted_expert_ids,
      Arg<MemRefRankOf<[I32], [1]>, "num_valid_ids", [MemRead]>:$num_valid_ids,
      I32:$tokens,
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>, "output", [MemRead, MemWrite]>:$y,
      MoE_PrecisionAttr:$precision,
      MoE_WeightLayoutAttr:$weight_layout,
      MoE_ScaleLayoutAttr:$scale_layout,
      ConfinedAttr<I64Attr, [IntPositive]>:$model_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$inter_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      MoE_CombineAttr:$combine,
      DefaultValuedAttr<BoolAttr, "true">:$routing_weight,
      DefaultValuedAttr<ConfinedAttr<I64Attr, [IntPositive]>, "1">:$split_k,
      MoE_TileAttr:$tile,
      DefaultValuedAttr<MoE_CacheModifierAttr,
                        "::mlir::moe::CacheModifier::none">:$weight_cache,
      ConfinedAttr<DefaultValuedAttr<I64Attr, "0">,
                   [IntNonNegative]>:$waves_per_eu,
      DefaultValuedAttr<MoE_WorkgroupOrderAttr,
                        "::mlir::moe::WorkgroupOrder::Linear">:$workgroup_order,
      DefaultValuedAttr<ConfinedAttr<I64Attr, [IntNonNegative]>, "0">:$persistent_workgroups,
      DefaultValuedAttr<I64Attr, "2">:$pipeline_depth,
      DefaultValuedAttr<I64Attr, "1">:$k_wave_groups);
  let assemblyFormat = [{
    $precision `h` `(` $h `:` type($h) (`,` $h_scales^ `:` type($h_scales))? `)`
    `w` `(` $w2 `:` type($w2) `,` $w2_scales `:` type($w2_scales) `)`
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `routing` `(` $sorted_ids `:` type($sorted_ids) `,` $sorted_weights `:`
      type($sorted_weights) `,` $sorted_expert_ids `:` type($sorted_expert_ids)
      `,` $num_valid_ids `:` type($num_valid_ids) `,` $tokens `)`
    `->` $y `:` type($y) attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_F32x4 : VectorOfLengthAndType<[4], [F32]>;

def MoE_RoutedMMAOp : MoE_Op<"routed_mma"> {
  let summary = "one workgroup's routed rows times one expert's weight tile";
  let description = [{
    The main loop of a stage kernel, produced by tiling and consumed by the
    pipeline pass. The workgroup multiplies the `tile.m` routed rows starting
    at position `block_row` of `sorted_ids` by the `tile.n` weight rows
    `expert * n_dim + col0 + [0, tile.n)` of `w`, over `k` in
    `[k_begin, k_end)`. The activation row of routed position `p` is `token`
    (or `token * topk + slot` with `slot_rows`), where `sorted_ids[p]` packs
    `(slot << 24) | token`; invalid rows (`token >= tokens` or
    `slot >= topk`) contribute zeros, as do weight rows past `n_dim` and K
    past `k_dim`.

    The tile splits into 16 x 16 MFMA tiles: 16 weight rows by 16 routed
    rows. Wave `w` owns tiles `w * P + j` for `j < P = (m/16)(n/16)/waves`;
    tile index `i` covers routed rows `16 * (i mod m/16)` and weight rows
    `16 * (i div m/16)`. Result `j` is tile `j`'s accumulator in the MFMA
    layout: lane `l`, element `q` holds weight row `4 (l div 16) + q` and
    routed row `l mod 16` of the tile.

    With `gate_up` (stage 1), the `n_dim = 2I` weight rows are addressed in
    the interleaved order whatever the weight's arrangement: row `2j` is
    gate column `j` and `2j + 1` up column `j`, read from the arrangement's
    row (`mxmoe::fmt::gateUpRow`), so a lane's accumulator holds gate and up
    of the same two columns.

    Operands as for `moe.stage2` (`a` bf16 for a16w4, FP8 or packed FP4
    bytes with row-major E8M0 `a_scales` otherwise; `w` MXFP4 rows of
    `k_dim` in `weight_layout` with `w_scales` in `scale_layout`). An `a` in
    workgroup memory (a stage 1 with `quantize_x`) holds the block's rows
    already gathered: its row `i` (k_dim MX codes, `a_scales` row `i`) is
    routed position `block_row + i`, zeros for an invalid row.
    `weight_cache` (`none` or `nt`) goes on the loads of `w` and
    `w_scales` only. `pipeline_depth` and `k_wave_groups` as for
    `moe.stage2` (the results are the summed accumulators, in the tile's
    own wave tiling).
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[BF16, I8], [1]>, "activations", [MemRead]>:$a,
      Arg<Optional<MoE_ByteBuffer>, "activation scales", [MemRead]>:$a_scales,
      Arg<MoE_ByteBuffer, "weights", [MemRead]>:$w,
      Arg<MoE_ByteBuffer, "weight scales", [MemRead]>:$w_scales,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemRead]>:$sorted_ids,
      I32:$tokens,
      Index:$block_row,
      Index:$expert,
      Index:$col0,
      Index:$k_begin,
      Index:$k_end,
      MoE_PrecisionAttr:$precision,
      MoE_WeightLayoutAttr:$weight_layout,
      MoE_ScaleLayoutAttr:$scale_layout,
      ConfinedAttr<I64Attr, [IntPositive]>:$n_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$k_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      UnitAttr:$slot_rows,
      OptionalAttr<MoE_GateUpArrangementAttr>:$gate_up,
      MoE_TileAttr:$tile,
      DefaultValuedAttr<MoE_CacheModifierAttr,
                        "::mlir::moe::CacheModifier::none">:$weight_cache,
      DefaultValuedAttr<I64Attr, "2">:$pipeline_depth,
      DefaultValuedAttr<I64Attr, "1">:$k_wave_groups);
  let results = (outs Variadic<MoE_F32x4>:$accs);
  let assemblyFormat = [{
    $precision `a` `(` $a `:` type($a) (`,` $a_scales^ `:` type($a_scales))? `)`
    `w` `(` $w `:` type($w) `,` $w_scales `:` type($w_scales) `)`
    `rows` `(` $sorted_ids `:` type($sorted_ids) `,` $tokens `,` $block_row `)`
    `expert` $expert `cols` $col0 `k` `(` $k_begin `to` $k_end `)`
    attr-dict `->` type($accs)
  }];
  let hasVerifier = 1;
}

def MoE_Stage2EpilogueOp : MoE_Op<"stage2_epilogue",
                                  [AttrSizedOperandSegments]> {
  let summary = "bias, routing weight and combine of stage-2 accumulators";
  let description = [{
    Consumes the accumulators of a `moe.routed_mma` with the same tile,
    `block_row`, `expert` and `col0` (the MFMA layout described there). For
    each valid routed row `(token, slot)` and model_dim column `c < model_dim`
    it computes, in f32, `acc + bias[expert * model_dim + c]` (only in K
    slice 0) times `sorted_weights[position]` (when given), then adds it to
    `y[token * model_dim + c]` with a buffer atomic (`combine = atomic`;
    bf16/f16 outputs add column pairs as one packed dword, so `model_dim`
    must be even) or stores it, rounded to y's type, to the per-slot row
    `y[((k_slice * tokens + token) * topk + slot) * model_dim + c]`
    (`combine = store`: one plane of per-slot rows per K slice, summed by
    `moe.slot_reduce`). Invalid rows and columns past `model_dim` write
    nothing.
  }];
  let arguments = (ins
      Variadic<MoE_F32x4>:$accs,
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>, "output", [MemRead, MemWrite]>:$y,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "bias", [MemRead]>:$bias,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemRead]>:$sorted_ids,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "sorted_weights", [MemRead]>:$sorted_weights,
      I32:$tokens,
      Index:$block_row,
      Index:$expert,
      Index:$col0,
      Index:$k_slice,
      ConfinedAttr<I64Attr, [IntPositive]>:$model_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      MoE_CombineAttr:$combine,
      MoE_TileAttr:$tile);
  let assemblyFormat = [{
    `(` $accs `)` `:` type($accs)
    `rows` `(` $sorted_ids `:` type($sorted_ids) `,` $tokens `,` $block_row `)`
    (`weights` `(` $sorted_weights^ `:` type($sorted_weights) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `slice` $k_slice `expert` $expert `cols` $col0
    `->` $y `:` type($y) attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_Stage1Op : MoE_Op<"stage1", [AttrSizedOperandSegments]> {
  let summary = "the gate/up projection and activation of an MoE layer";
  let description = [{
    For each valid routed row `(t, s)` of the routing buffers
    (docs/semantics.md §2, as
    for `moe.stage2`) with expert `e`: `z = x[t] . W13[e]^T + b13[e]` in f32,
    gate and up split by `gate_up`, then `activation`, stored to row
    `t * K + s` of `h` `[T * K, inter_dim]` (the activations `moe.stage2`
    reads) in `output` format: bf16, or MX-quantized (`mxfp8` / `mxfp4`,
    i8 `h` and row-major E8M0 `h_scales` `[T * K, inter_dim / 32]`, the
    block scale chosen by `scale_rounding`). Rows of empty slots are not
    written.

    Operands (1-D memrefs in global memory): `x` `[T, model_dim]` (bf16 for
    a16w4; FP8 E4M3 or packed FP4 bytes with row-major E8M0 `x_scales`
    otherwise); `w13`, `w13_scales`: MXFP4 `[experts * 2 inter_dim,
    model_dim]` in `weight_layout`/`scale_layout`, gate and up rows per
    `gate_up`; `bias`: optional f32 `[experts * 2 inter_dim]` in the same
    arrangement. The tile's n counts weight rows (gate and up), so a
    workgroup produces `tile.n / 2` columns of h.

    `split_k` > 1 splits `model_dim` across workgroups. The op then writes
    the raw f32 partial sums instead: `h` is f32 `[split_k, T * K, 2
    inter_dim]` (plane `p` of K slice `p`, row `t * K + s`, element `2 c`
    gate and `2 c + 1` up of column `c` whatever the `gate_up`
    arrangement), with no bias, activation or output format; a
    `moe.stage1_finish` adds the planes and applies them once.

    `weight_cache` (`none` or `nt`) and `waves_per_eu` (the occupancy
    target) as for `moe.stage2`; the cache policy covers the weight and
    weight-scale loads only. `workgroup_order`, `pipeline_depth` and
    `k_wave_groups` as for `moe.stage2`.

    With `quantize_x` (a8w4 / a4w4), `x` is bf16 `[T, model_dim]` with no
    `x_scales`: each workgroup MX-quantizes its block's `tile.m` routed rows
    of x (the precision's activation format, block scales rounded as
    `quantize_x` says; the same bits as `moe.quantize_mx`) into LDS before
    its main loop, which reads the activations from there. No workgroup
    writes global memory for it, so no quantize kernel runs before.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[BF16, I8], [1]>, "activations", [MemRead]>:$x,
      Arg<Optional<MoE_ByteBuffer>, "activation scales", [MemRead]>:$x_scales,
      Arg<MoE_ByteBuffer, "weights", [MemRead]>:$w13,
      Arg<MoE_ByteBuffer, "weight scales", [MemRead]>:$w13_scales,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "bias", [MemRead]>:$bias,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemRead]>:$sorted_ids,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_expert_ids", [MemRead]>:$sorted_expert_ids,
      Arg<MemRefRankOf<[I32], [1]>, "num_valid_ids", [MemRead]>:$num_valid_ids,
      I32:$tokens,
      Arg<MemRefRankOf<[BF16, I8, F32], [1]>, "output", [MemWrite]>:$h,
      Arg<Optional<MoE_ByteBuffer>, "output scales", [MemWrite]>:$h_scales,
      MoE_PrecisionAttr:$precision,
      MoE_WeightLayoutAttr:$weight_layout,
      MoE_ScaleLayoutAttr:$scale_layout,
      MoE_GateUpArrangementAttr:$gate_up,
      OptionalAttr<MoE_ActivationAttr>:$activation,
      DefaultValuedAttr<MoE_OutputFormatAttr,
                        "::mlir::moe::OutputFormat::BF16">:$output,
      DefaultValuedAttr<MoE_ScaleRoundingAttr,
                        "::mlir::moe::ScaleRounding::Floor">:$scale_rounding,
      ConfinedAttr<I64Attr, [IntPositive]>:$model_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$inter_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      DefaultValuedAttr<ConfinedAttr<I64Attr, [IntPositive]>, "1">:$split_k,
      MoE_TileAttr:$tile,
      DefaultValuedAttr<MoE_CacheModifierAttr,
                        "::mlir::moe::CacheModifier::none">:$weight_cache,
      ConfinedAttr<DefaultValuedAttr<I64Attr, "0">,
                   [IntNonNegative]>:$waves_per_eu,
      DefaultValuedAttr<MoE_WorkgroupOrderAttr,
                        "::mlir::moe::WorkgroupOrder::Linear">:$workgroup_order,
      OptionalAttr<MoE_ScaleRoundingAttr>:$quantize_x,
      DefaultValuedAttr<I64Attr, "2">:$pipeline_depth,
      DefaultValuedAttr<I64Attr, "1">:$k_wave_groups);
  let assemblyFormat = [{
    $precision `x` `(` $x `:` type($x) (`,` $x_scales^ `:` type($x_scales))? `)`
    `w` `(` $w13 `:` type($w13) `,` $w13_scales `:` type($w13_scales) `)`
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `routing` `(` $sorted_ids `:` type($sorted_ids) `,` $sorted_expert_ids
      `:` type($sorted_expert_ids) `,` $num_valid_ids `:`
      type($num_valid_ids) `,` $tokens `)`
    `->` $h `:` type($h) (`,` $h_scales^ `:` type($h_scales))? attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_Stage1EpilogueOp : MoE_Op<"stage1_epilogue",
                                  [AttrSizedOperandSegments]> {
  let summary = "bias and gated activation of stage-1 accumulators";
  let description = [{
    Consumes the accumulators of a `moe.routed_mma` with `gate_up` (lane
    `l`, element `q` of tile `j` holds interleaved row `col0 + 16 c + 4
    (l div 16) + q`: gate (q even) and up (q odd) of column `(col0 + 16 c)
    / 2 + 2 (l div 16) + q div 2`). For each valid routed row and column
    `< inter_dim`: gate and up + bias (`bias[expert * 2 inter_dim +
    gateUpRow(...)]`), the activation in f32 (sigmoid through `rocdl.exp2`
    and `rocdl.rcp`), stored to row `token * topk + slot` of `h` in
    `output` format. For MX outputs the workgroup exchanges each lane's
    largest magnitude per column pair through LDS (one barrier), so every
    lane knows its 32-column block's scale and converts its own two columns
    with `v_cvt_scalef32_pk_{fp8,fp4}_f32` (gfx950).

    With `k_slice` (a split-K stage 1), `h` is the f32 partial planes of
    `moe.stage1`: the raw accumulators go to plane `k_slice` and there is no
    bias, activation or output format.
  }];
  let arguments = (ins
      Variadic<MoE_F32x4>:$accs,
      Arg<MemRefRankOf<[BF16, I8, F32], [1]>, "output", [MemWrite]>:$h,
      Arg<Optional<MoE_ByteBuffer>, "output scales", [MemWrite]>:$h_scales,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "bias", [MemRead]>:$bias,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemRead]>:$sorted_ids,
      I32:$tokens,
      Index:$block_row,
      Index:$expert,
      Index:$col0,
      Optional<Index>:$k_slice,
      ConfinedAttr<I64Attr, [IntPositive]>:$inter_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      MoE_GateUpArrangementAttr:$gate_up,
      OptionalAttr<MoE_ActivationAttr>:$activation,
      DefaultValuedAttr<MoE_OutputFormatAttr,
                        "::mlir::moe::OutputFormat::BF16">:$output,
      DefaultValuedAttr<MoE_ScaleRoundingAttr,
                        "::mlir::moe::ScaleRounding::Floor">:$scale_rounding,
      MoE_TileAttr:$tile);
  let assemblyFormat = [{
    `(` $accs `)` `:` type($accs)
    `rows` `(` $sorted_ids `:` type($sorted_ids) `,` $tokens `,` $block_row `)`
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    (`slice` $k_slice^)? `expert` $expert `cols` $col0
    `->` $h `:` type($h) (`,` $h_scales^ `:` type($h_scales))? attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_Stage1FinishOp : MoE_Op<"stage1_finish", [AttrSizedOperandSegments]> {
  let summary = "sum split-K stage-1 planes, then bias, activation, output";
  let description = [{
    The second half of a split-K stage 1. For each row `r = t * K + s`
    (`t < tokens`) that `moe.sort` routes (`topk_ids[r] >= 0` and its
    local expert `e = topk_ids[r] - expert_begin` in `[0, experts)`) and
    each column `c < inter_dim`: gate and up are the sums
    over `p = 0 .. split_k - 1`, in that order, of `partials[(p * T * K + r)
    * 2 inter_dim + 2 c]` and `[... + 2 c + 1]` (the planes `moe.stage1
    {split_k}` writes), plus `bias[e * 2 inter_dim + gateUpRow(...)]` in the
    `gate_up` arrangement; then `activation` in f32 and the store to row `r`
    of `h` in `output` format, exactly as the fused epilogue of `moe.stage1`
    does (same scale rule, saturation and conversions). Other rows are
    neither read nor written.

    Inside a `gpu.func`, each lane handles one row's block of 32 columns:
    lane `block_id.x * block_size + thread_id.x` of `T * K * ceil(inter_dim
    / 32)`; an MX block is one lane's, so there is no exchange.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[F32], [1]>, "partial planes", [MemRead]>:$partials,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "bias", [MemRead]>:$bias,
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      I32:$tokens,
      I32:$expert_begin,
      Arg<MemRefRankOf<[BF16, I8], [1]>, "output", [MemWrite]>:$h,
      Arg<Optional<MoE_ByteBuffer>, "output scales", [MemWrite]>:$h_scales,
      MoE_GateUpArrangementAttr:$gate_up,
      MoE_ActivationAttr:$activation,
      DefaultValuedAttr<MoE_OutputFormatAttr,
                        "::mlir::moe::OutputFormat::BF16">:$output,
      DefaultValuedAttr<MoE_ScaleRoundingAttr,
                        "::mlir::moe::ScaleRounding::Floor">:$scale_rounding,
      ConfinedAttr<I64Attr, [IntPositive]>:$inter_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$split_k,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size);
  let assemblyFormat = [{
    $partials `:` type($partials)
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `ids` `(` $topk_ids `:` type($topk_ids) `,` $tokens `,` $expert_begin `)`
    `->` $h `:` type($h) (`,` $h_scales^ `:` type($h_scales))? attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_QuantizeMXOp : MoE_Op<"quantize_mx"> {
  let summary = "MX-quantize activation rows (the a8w4 / a4w4 stage-1 input)";
  let description = [{
    For rows `r < tokens` of `x` `[T, cols]` (bf16 or f32) and each block of
    32 columns: the E8M0 scale of the block's largest magnitude by
    `scale_rounding` (as `mxmoe::ref::quantizeMX`), the elements divided by
    it, saturated and rounded to nearest even in `format` (`mxfp8`: FP8 E4M3
    bytes `[T, cols]`; `mxfp4`: packed FP4 `[T, cols / 2]`, low nibble
    first), and the scale bytes row-major `[T, cols / 32]`: the `x` /
    `x_scales` that `moe.stage1` reads for a8w4 / a4w4.

    Inside a `gpu.func`, each lane quantizes one block: lane
    `block_id.x * block_size + thread_id.x` of `T * cols / 32`.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[BF16, F32], [1]>, "activations [T, cols]", [MemRead]>:$x,
      I32:$tokens,
      Arg<MoE_ByteBuffer, "codes", [MemWrite]>:$codes,
      Arg<MoE_ByteBuffer, "E8M0 scales", [MemWrite]>:$scales,
      MoE_OutputFormatAttr:$format,
      DefaultValuedAttr<MoE_ScaleRoundingAttr,
                        "::mlir::moe::ScaleRounding::Floor">:$scale_rounding,
      ConfinedAttr<I64Attr, [IntPositive]>:$cols,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size);
  let assemblyFormat = [{
    $x `:` type($x) `rows` $tokens `->` $codes `:` type($codes) `,` $scales
    `:` type($scales) attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_SortOp : MoE_Op<"sort"> {
  let summary = "route top-k expert choices into the sorted routing buffers";
  let description = [{
    Builds the routing buffers of docs/semantics.md §2 from `topk_ids`
    `[T, K]` (and the
    optional `topk_weights`), bit for bit as `mxmoe::ref::sortRouting` does:
    for the experts `[expert_begin, expert_begin + experts)` (expert-parallel
    shards pass their local range; ids in the buffers are local), slots whose
    id is -1 or outside the range are skipped; each expert's rows, ordered by
    token then slot, are packed as `(slot << 24) | token` and padded to a
    multiple of `block_m` with the sentinel `(K << 24) | T` (weight 0);
    `sorted_expert_ids` holds each `block_m`-row block's expert (-1 past the
    valid blocks) and `num_valid_ids[0]` the padded rows in use. Every row of
    the capacity `ceil((T K + E (block_m - 1)) / block_m) * block_m` is
    written, so the outputs need no initialization. Without `topk_weights`
    every weight is 1.

    Inside a `gpu.func`, one workgroup of `block_size` lanes (a multiple of
    64) does the whole sort; launch a single workgroup. The outputs may be
    workgroup memory: a stage kernel with fused routing sorts into LDS
    copies sized for its bound on T*K, rows past them are dropped.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "topk_weights [T, K]", [MemRead]>:$topk_weights,
      I32:$tokens,
      I32:$expert_begin,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemWrite]>:$sorted_ids,
      Arg<MemRefRankOf<[F32], [1]>, "sorted_weights", [MemWrite]>:$sorted_weights,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_expert_ids", [MemWrite]>:$sorted_expert_ids,
      Arg<MemRefRankOf<[I32], [1]>, "num_valid_ids", [MemWrite]>:$num_valid_ids,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_m,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size);
  let assemblyFormat = [{
    $topk_ids `:` type($topk_ids)
    (`weights` `(` $topk_weights^ `:` type($topk_weights) `)`)?
    `tokens` $tokens `experts_from` $expert_begin
    `->` $sorted_ids `:` type($sorted_ids) `,` $sorted_weights `:`
      type($sorted_weights) `,` $sorted_expert_ids `:`
      type($sorted_expert_ids) `,` $num_valid_ids `:` type($num_valid_ids)
    attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_RouteSlotsOp : MoE_Op<"route_slots"> {
  let summary = "route each top-k slot into its own block, without sorting";
  let description = [{
    Fills routing buffers with the layout of docs/semantics.md §2 in slot
    order, bit for bit as `mxmoe::ref::slotRouting` does: block `b` (of the
    first `min(T K, blocks held)`) is slot `b` of `topk_ids [T, K]`. Its
    first row is `(b mod K) << 24 | b div K` with weight `topk_weights[b]`
    (1 without weights) and `sorted_expert_ids[b]` the slot's local expert
    `topk_ids[b] - expert_begin`, when that is in `[0, experts)`; otherwise
    (an id of -1 or of another shard) the row is the sentinel `(K << 24) |
    T` with weight 0 and the block's expert -1. The other `block_m - 1` rows
    of every block are the sentinel (weight 0). `num_valid_ids[0]` is the
    blocks' rows. A row's tokens and slots, hence every stage's `y`, are
    the sorted routing's; only the blocks' order and grouping differ (an
    expert routed by two slots is two blocks).

    Every stage workgroup runs it on its own LDS copies (`block_size`
    lanes); a stage grid covers `min(capacity / block_m, T K)` blocks, which
    is `T K` only while `T K <= experts`, so the copies hold at most
    `experts` blocks (the verifier's rule for static sizes).
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "topk_weights [T, K]", [MemRead]>:$topk_weights,
      I32:$tokens,
      I32:$expert_begin,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemWrite]>:$sorted_ids,
      Arg<MemRefRankOf<[F32], [1]>, "sorted_weights", [MemWrite]>:$sorted_weights,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_expert_ids", [MemWrite]>:$sorted_expert_ids,
      Arg<MemRefRankOf<[I32], [1]>, "num_valid_ids", [MemWrite]>:$num_valid_ids,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_m,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size);
  let assemblyFormat = [{
    $topk_ids `:` type($topk_ids)
    (`weights` `(` $topk_weights^ `:` type($topk_weights) `)`)?
    `tokens` $tokens `experts_from` $expert_begin
    `->` $sorted_ids `:` type($sorted_ids) `,` $sorted_weights `:`
      type($sorted_weights) `,` $sorted_expert_ids `:`
      type($sorted_expert_ids) `,` $num_valid_ids `:` type($num_valid_ids)
    attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_SortChunksOp : MoE_Op<"sort_chunks"> {
  let summary = "one kernel of the multi-workgroup routing sort";
  let description = [{
    The routing buffers `moe.sort` builds, bit for bit (the same skipped
    ids, order, padding, sentinel, blocks and `num_valid_ids`), by three
    kernels launched in order with the same operands, for large `T K`:

    - `phase = count`, `floor(T K / chunk) + 1` workgroups: workgroup `c`
      counts the routed entries of `[c chunk, (c + 1) chunk)` per expert into
      `counts[c E + e]`; all workgroups together fill every capacity row
      with the sentinel (weight 0) and every block with -1.
    - `phase = offsets`, one workgroup: per expert, the counts become each
      chunk's exclusive prefix (in place), `counts[chunks E + e]` the expert's
      first row (experts padded to `block_m` in order); it writes the expert
      of every valid block and `num_valid_ids`.
    - `phase = scatter`, as many workgroups as `count`: workgroup `c` ranks
      its chunk again and writes its rows at those bases.

    Within a chunk, waves and lanes rank entries as `moe.sort` does, so the
    order within an expert is (token, slot); no atomics. `counts` holds
    `E (chunks + 1)` i32 (`chunks = ceil(T K / chunk)`); a shorter buffer
    sorts only the whole tokens of the chunks it holds. `chunk` is a multiple
    of `block_size`.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "topk_weights [T, K]", [MemRead]>:$topk_weights,
      I32:$tokens,
      I32:$expert_begin,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_token_ids", [MemWrite]>:$sorted_ids,
      Arg<MemRefRankOf<[F32], [1]>, "sorted_weights", [MemWrite]>:$sorted_weights,
      Arg<MemRefRankOf<[I32], [1]>, "sorted_expert_ids", [MemWrite]>:$sorted_expert_ids,
      Arg<MemRefRankOf<[I32], [1]>, "num_valid_ids", [MemWrite]>:$num_valid_ids,
      Arg<MemRefRankOf<[I32], [1]>, "per-chunk counts, then expert offsets",
          [MemRead, MemWrite]>:$counts,
      MoE_SortPhaseAttr:$phase,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_m,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size,
      ConfinedAttr<I64Attr, [IntPositive]>:$chunk);
  let assemblyFormat = [{
    $phase $topk_ids `:` type($topk_ids)
    (`weights` `(` $topk_weights^ `:` type($topk_weights) `)`)?
    `tokens` $tokens `experts_from` $expert_begin
    `counts` $counts `:` type($counts)
    `->` $sorted_ids `:` type($sorted_ids) `,` $sorted_weights `:`
      type($sorted_weights) `,` $sorted_expert_ids `:`
      type($sorted_expert_ids) `,` $num_valid_ids `:` type($num_valid_ids)
    attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_SlotReduceOp : MoE_Op<"slot_reduce"> {
  let summary = "deterministic sum of the per-slot rows of a stage output";
  let description = [{
    `y[t][d] = sum over s = 0 .. K-1 in order, for slots `moe.sort`
    routed (topk_ids[t, s] >= 0 and topk_ids[t, s] - expert_begin in [0,
    experts), the shard's experts), of slots[t * K + s][d]`, accumulated
    in f32 and rounded once to y's element type. With `combine = store`, a
    stage writes one row per routed slot and this op combines them in a
    fixed order, so the result does not depend on scheduling (unlike
    atomics). Rows of empty slots are never read. With `planes` > 1 (a
    split-K stage stores one plane of `T * K` rows per K slice), slot `s`
    contributes `sum over p < planes of slots[(p * T + t) * K + s][d]`.

    Inside a `gpu.func`, each lane produces one element: lane
    `block_id.x * block_size + thread_id.x` of `T * model_dim`.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>, "per-slot rows", [MemRead]>:$slots,
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      I32:$tokens,
      I32:$expert_begin,
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>, "output [T, D]", [MemWrite]>:$y,
      ConfinedAttr<I64Attr, [IntPositive]>:$model_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$block_size,
      DefaultValuedAttr<ConfinedAttr<I64Attr, [IntPositive]>, "1">:$planes);
  let hasVerifier = 1;
  let assemblyFormat = [{
    $slots `:` type($slots) `ids` `(` $topk_ids `:` type($topk_ids) `,`
    $tokens `,` $expert_begin `)` `->` $y `:` type($y) attr-dict
  }];
}

def MoE_FusedStagesOp : MoE_Op<"fused_stages",
    [AttrSizedOperandSegments, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "stage 1 then stage 2 of a layer in one launch";
  let description = [{
    Runs the kernels `first` (a stage-1 `gpu.func` of the same module) and
    `second` (its stage 2) as the two phases of one launch of the enclosing
    kernel (docs/semantics.md §5.5). Each workgroup draws a ticket (an
    agent-scope atomic add on `sync[0]`): tickets below `n1 = first_tiles_x
    * routed_blocks(tokens, topk, experts, first_block_m)` run `first`'s
    body as its workgroup `(t mod first_tiles_x, t div first_tiles_x)` and
    then zero their `ceil(size(zero) / n1)` elements of `zero`, release
    (agent scope) and count themselves in `sync[1]`; the others wait until
    `sync[1]` reaches `n1`, acquire, and run `second`'s body as workgroup `t
    - n1` of its grid (`second_tiles_x` wide). Tickets are drawn by running
    workgroups, so every stage-1 ticket belongs to a workgroup that is
    already resident: the wait always ends. The last workgroup to finish
    (`sync[2]` reaching the launch's workgroup count) sets `sync[0..2]` back
    to 0, so the buffer needs zeroing once, not per launch. A `sync` buffer
    of fewer than 3 elements runs nothing.

    Both kernels must have one block ending in `gpu.return` and the same
    known block size as the enclosing kernel; their operands are given
    here. `moe-fuse-stages` inlines their bodies (lowered like any kernel)
    and lays their LDS over the same bytes: a workgroup runs one of them.
    The phases are kernels only so that the lowering passes accept them;
    moe-bare-kernel-abi leaves them alone and moe-fuse-stages erases them.
  }];
  let arguments = (ins
      FlatSymbolRefAttr:$first,
      Variadic<AnyType>:$first_operands,
      FlatSymbolRefAttr:$second,
      Variadic<AnyType>:$second_operands,
      I32:$tokens,
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>,
          "zeroed by the first phase (stage 2's atomic output)",
          [MemWrite]>:$zero,
      Arg<MemRefRankOf<[I32], [1]>, "tickets, stage-1 count, finished",
          [MemRead, MemWrite]>:$sync,
      ConfinedAttr<I64Attr, [IntPositive]>:$first_tiles_x,
      ConfinedAttr<I64Attr, [IntPositive]>:$first_block_m,
      ConfinedAttr<I64Attr, [IntPositive]>:$second_tiles_x,
      ConfinedAttr<I64Attr, [IntPositive]>:$second_block_m,
      ConfinedAttr<I64Attr, [IntPositive]>:$second_split_k,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts);
  let assemblyFormat = [{
    $first `(` $first_operands `:` type($first_operands) `)`
    `then` $second `(` $second_operands `:` type($second_operands) `)`
    `tokens` $tokens `zero` $zero `:` type($zero) `sync` $sync `:`
    type($sync) attr-dict
  }];
  let hasVerifier = 1;
}

def MoE_LayerOp : MoE_Op<"layer", [AttrSizedOperandSegments]> {
  let summary = "a whole MoE layer: routing sort, stage 1 and stage 2";
  let description = [{
    `y = MoE(x)` of docs/semantics.md §1 in one op, in host code: the
    routing sort of
    `topk_ids` / `topk_weights` (`[T, K]`, -1 = no expert), stage 1 (gate/up
    + bias + `activation`, its output bf16 for a16w4, MXFP8 for a8w4, MXFP4
    for a4w4) and stage 2 (down + bias + routing weight, combined into `y`
    `[T, model_dim]` by `combine`). `x` is `[T, model_dim]` bf16; for a8w4
    / a4w4 the layer MX-quantizes it first (`moe.quantize_mx`, with
    `scale_rounding`), or it is given already quantized (i8 codes with
    row-major `x_scales`). Weights are the MXFP4 experts in
    `preshuffle16x16` / `e8m0_shuffle` with stage-1 rows in `gate_up`
    (`mxmoe::fmt::convertCheckpointExperts` makes them from a checkpoint);
    biases f32. `y` is overwritten (for `combine = atomic` the expansion
    zeroes it with `gpu.memset` before stage 2 adds into it).

    `moe-expand-layer` replaces it with the kernels of every token bucket
    (`token_buckets`, ascending bounds; tile 16x64x128 up to 32 tokens,
    64x128x128 above) in one `gpu.module`, the device buffers between them
    (`gpu.alloc` / `gpu.dealloc`) and a `gpu.launch_func` chain selected by
    `tokens` at run time: the kernels and grids `moe-compile --model`
    writes to its manifest. A bucket other than the last whose bound times
    `topk` is at most `fused_routing_entries` (0: none; absent: 64,
    `mxmoe::kDefaultFusedRoutingEntries`) launches no sort
    kernel and allocates no routing buffers: each of its stage kernels' workgroups
    runs the sort of `topk_ids` into LDS copies of them in its prologue;
    where such a bucket's bound is at most `slot_routing_tokens` (0: none;
    absent: 2, `mxmoe::kDefaultSlotRoutingTokens`) and its bound times
    `topk` at most `experts`, they route by slot
    (`moe.route_slots`: each routed slot its own block, no sort).
    With bf16 `x` for a8w4 / a4w4, a bucket whose bound is at most
    `fused_quantize_tokens` (0: none) launches no quantize kernel and
    allocates no quantized copy of x: its stage 1 (`quantize_x`) quantizes
    each block's rows into LDS. A bucket whose bound is at most
    `fused_stages_tokens` (0: none) and whose stage kernels qualify (fused
    routing, no quantize kernel, stage-1 split_k 1, atomic combine, the same
    waves) launches one kernel (`moe.fused_stages`) for both stages, which
    zeroes y itself; the expansion allocates and zeroes its 4-word
    `layer_sync` buffer.
  }];
  let arguments = (ins
      Arg<MemRefRankOf<[BF16, I8], [1]>, "activations", [MemRead]>:$x,
      Arg<Optional<MoE_ByteBuffer>, "activation scales", [MemRead]>:$x_scales,
      Arg<MemRefRankOf<[I32], [1]>, "topk_ids [T, K]", [MemRead]>:$topk_ids,
      Arg<MemRefRankOf<[F32], [1]>, "topk_weights [T, K]", [MemRead]>:$topk_weights,
      Index:$tokens,
      Arg<MoE_ByteBuffer, "stage-1 weights", [MemRead]>:$w13,
      Arg<MoE_ByteBuffer, "stage-1 weight scales", [MemRead]>:$w13_scales,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "stage-1 bias", [MemRead]>:$b13,
      Arg<MoE_ByteBuffer, "stage-2 weights", [MemRead]>:$w2,
      Arg<MoE_ByteBuffer, "stage-2 weight scales", [MemRead]>:$w2_scales,
      Arg<Optional<MemRefRankOf<[F32], [1]>>, "stage-2 bias", [MemRead]>:$b2,
      Arg<MemRefRankOf<[F32, BF16, F16], [1]>, "output [T, D]", [MemWrite]>:$y,
      MoE_PrecisionAttr:$precision,
      MoE_GateUpArrangementAttr:$gate_up,
      MoE_ActivationAttr:$activation,
      ConfinedAttr<I64Attr, [IntPositive]>:$model_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$inter_dim,
      ConfinedAttr<I64Attr, [IntPositive]>:$experts,
      ConfinedAttr<I64Attr, [IntPositive]>:$topk,
      DefaultValuedAttr<MoE_CombineAttr, "::mlir::moe::Combine::Atomic">:$combine,
      DefaultValuedAttr<MoE_ScaleRoundingAttr,
                        "::mlir::moe::ScaleRounding::Floor">:$scale_rounding,
      DefaultValuedAttr<DenseI64ArrayAttr, "{1, 32, 256, 4096}">:$token_buckets,
      OptionalAttr<ConfinedAttr<I64Attr, [IntNonNegative]>>:$fused_routing_entries,
      // mxmoe::kDefaultFusedQuantizeTokens.
      ConfinedAttr<DefaultValuedAttr<I64Attr, "2">,
                   [IntNonNegative]>:$fused_quantize_tokens,
      // mxmoe::kDefaultFusedStagesTokens.
      ConfinedAttr<DefaultValuedAttr<I64Attr, "64">,
                   [IntNonNegative]>:$fused_stages_tokens,
      OptionalAttr<ConfinedAttr<I64Attr, [IntNonNegative]>>:$slot_routing_tokens);
  let assemblyFormat = [{
    $precision `x` `(` $x `:` type($x) (`,` $x_scales^ `:` type($x_scales))? `)`
    `routing` `(` $topk_ids `:` type($topk_ids) `,` $topk_weights `:`
      type($topk_weights) `,` $tokens `)`
    `w13` `(` $w13 `:` type($w13) `,` $w13_scales `:` type($w13_scales) `)`
    (`bias13` `(` $b13^ `:` type($b13) `)`)?
    `w2` `(` $w2 `:` type($w2) `,` $w2_scales `:` type($w2_scales) `)`
    (`bias2` `(` $b2^ `:` type($b2) `)`)?
    `->` $y `:` type($y) attr-dict
  }];
  let hasVerifier = 1;
}

#endif // MXMOE_DIALECT_MOE_IR_MOEOPS_TD
