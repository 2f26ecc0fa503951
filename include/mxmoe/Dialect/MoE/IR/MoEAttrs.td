//===- MoEAttrs.td - moe dialect attributes ----------------*- tablegen -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEATTRS_TD
#define MXMOE_DIALECT_MOE_IR_MOEATTRS_TD

include "mxmoe/Dialect/MoE/IR/MoEBase.td"
include "mlir/IR/EnumAttr.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def MoE_WeightLayout : I32EnumAttr<"WeightLayout",
    "storage layout of a packed MXFP4 weight matrix", [
      I32EnumAttrCase<"RowMajor", 0, "row_major">,
      I32EnumAttrCase<"Preshuffle16x16", 1, "preshuffle16x16">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_WeightLayoutAttr : EnumAttr<MoE_Dialect, MoE_WeightLayout,
                                    "weight_layout"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    How the packed FP4 matrix `[rows, K/2]` (two K elements per byte, the low
    nibble holds the even element) is laid out in memory:

    * `row_major`: byte `(n, kb)` at `n * K/2 + kb`.
    * `preshuffle16x16`: 16-row x 16-byte tiles, N-block-major then K-chunk,
      row-major inside: byte `(n, kb)` at
      `((n/16) * (K/2/16) + kb/16) * 256 + (n%16) * 16 + kb%16`.
      Rows must be a multiple of 16.

    Rows of all experts are flattened: row `e * N + n`.
  }];
}

def MoE_ScaleLayout : I32EnumAttr<"ScaleLayout",
    "storage layout of E8M0 block scales", [
      I32EnumAttrCase<"RowMajor", 0, "row_major">,
      I32EnumAttrCase<"E8M0Shuffle", 1, "e8m0_shuffle">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_ScaleLayoutAttr : EnumAttr<MoE_Dialect, MoE_ScaleLayout,
                                   "scale_layout"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    How E8M0 scales `[rows, K/32]` are laid out:

    * `row_major`: byte `(n, kb)` at `n * K/32 + kb`.
    * `e8m0_shuffle`: 2x2-packed bytes in i32 words, rows padded to 256 and
      K-blocks to 8; word `(n/32) * (ceil8(K/32) * 8) + (kb/8) * 64 +
      (kb%4) * 16 + n%16`, byte `((kb/4)%2) * 2 + (n/16)%2`.
  }];
}

def MoE_GateUpArrangement : I32EnumAttr<"GateUpArrangement",
    "arrangement of gate and up rows in a stage-1 weight", [
      I32EnumAttrCase<"Interleaved", 0, "interleaved">,
      I32EnumAttrCase<"Halves", 1, "halves">,
      I32EnumAttrCase<"Blocks16", 2, "blocks16">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_GateUpArrangementAttr : EnumAttr<MoE_Dialect, MoE_GateUpArrangement,
                                         "gate_up"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    Where the gate and up rows of the `[2I, D]` stage-1 weight live (the bias
    follows the same arrangement): `interleaved` (row 2j gate, 2j+1 up: GPT-OSS
    checkpoints), `halves` (`[gate | up]`) or `blocks16` (16-row blocks
    alternating gate and up; I must be a multiple of 16).
  }];
}

def MoE_Precision : I32EnumAttr<"Precision",
    "activation x weight precision of an MoE GEMM", [
      I32EnumAttrCase<"A16W4", 0, "a16w4">,
      I32EnumAttrCase<"A8W4", 1, "a8w4">,
      I32EnumAttrCase<"A4W4", 2, "a4w4">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_PrecisionAttr : EnumAttr<MoE_Dialect, MoE_Precision, "precision"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `a16w4`: bf16 activations x MXFP4 weights (weights unpacked to bf16, bf16
    MFMA). `a8w4`: MXFP8 E4M3 x MXFP4 (scaled MFMA). `a4w4`: MXFP4 x MXFP4
    (scaled MFMA).
  }];
}

def MoE_UnpackStrategy : I32EnumAttr<"UnpackStrategy",
    "how FP4 values are converted", [
      I32EnumAttrCase<"Auto", 0, "auto">,
      I32EnumAttrCase<"Hardware", 1, "hw">,
      I32EnumAttrCase<"Software", 2, "sw">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_UnpackStrategyAttr : EnumAttr<MoE_Dialect, MoE_UnpackStrategy,
                                      "unpack_strategy"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `hw` uses `v_cvt_scalef32_pk_*_fp4` (gfx950 only); `sw` uses an exact
    lookup/permute sequence that runs on any CDNA chip; `auto` picks `hw`
    where the chip has it. Both produce bit-identical results.
  }];
}

def MoE_CacheModifier : I32BitEnumAttr<"CacheModifier",
    "cache-policy bits of a gfx94x/gfx950 buffer access", [
      I32BitEnumAttrCaseNone<"none">,
      I32BitEnumAttrCaseBit<"sc0", 0>,
      I32BitEnumAttrCaseBit<"nt", 1>,
      I32BitEnumAttrCaseBit<"sc1", 4>]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
  let separator = "|";
}
def MoE_CacheModifierAttr : EnumAttr<MoE_Dialect, MoE_CacheModifier,
                                     "cache"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    The `aux` cache-policy bits of a buffer instruction on gfx942/gfx950:
    `sc0` (bit 0), `nt` (bit 1, non-temporal / streaming) and `sc1` (bit 4).
    They appear on the instruction as `sc0`, `nt` and `sc1`.
  }];
}

def MoE_WorkgroupOrder : I32EnumAttr<"WorkgroupOrder",
    "the order in which a routed grid's workgroups take their tiles", [
      I32EnumAttrCase<"Linear", 0, "linear">,
      I32EnumAttrCase<"XcdGrouped", 1, "xcd">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_WorkgroupOrderAttr : EnumAttr<MoE_Dialect, MoE_WorkgroupOrder,
                                      "workgroup_order"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `linear`: workgroup `id = block_id.y * grid_x + block_id.x` takes tile
    `id`. `xcd`: the hardware hands ids round-robin to the 8 XCDs (each its
    own L2), so id `id` takes tile `mxmoe::xcdGroupedTile(id, N)` of the `N`
    tiles of the grid: XCD `id mod 8` gets the `(id mod 8)`-th contiguous
    run of tiles (column tiles of one routed block side by side, then the
    next blocks of the same expert). A bijection of `[0, N)` for every `N`;
    the result is the same.
  }];
}

def MoE_ActivationKind : I32EnumAttr<"ActivationKind",
    "gated activation of stage 1", [
      I32EnumAttrCase<"SwiGLU", 0, "swiglu">,
      I32EnumAttrCase<"SiLU", 1, "silu">]> {
  let cppNamespace = "::mlir::moe";
}

def MoE_Combine : I32EnumAttr<"Combine",
    "how the top-k contributions of a token are summed", [
      I32EnumAttrCase<"Atomic", 0, "atomic">,
      I32EnumAttrCase<"Store", 1, "store">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_CombineAttr : EnumAttr<MoE_Dialect, MoE_Combine, "combine"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `atomic`: each routed row adds its weighted result into `y[t]` with
    global atomics (order-dependent rounding). `store`: each routed row
    writes its own row `y[t * K + s]`; a separate reduction sums the K slots
    in a fixed order (deterministic).
  }];
}

def MoE_OutputFormat : I32EnumAttr<"OutputFormat",
    "element format of the activations stage 1 hands to stage 2", [
      I32EnumAttrCase<"BF16", 0, "bf16">,
      I32EnumAttrCase<"MXFP8", 1, "mxfp8">,
      I32EnumAttrCase<"MXFP4", 2, "mxfp4">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_OutputFormatAttr : EnumAttr<MoE_Dialect, MoE_OutputFormat, "output"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `bf16`: one bf16 per element. `mxfp8` / `mxfp4`: OCP MX blocks of 32
    consecutive columns, FP8 E4M3 bytes or packed FP4 (low nibble = even
    column), with one E8M0 scale byte per block in a separate row-major
    `[rows, columns / 32]` buffer: the activation layout of the a8w4 / a4w4
    stage 2.
  }];
}

def MoE_SortPhase : I32EnumAttr<"SortPhase",
    "one kernel of the multi-workgroup routing sort", [
      I32EnumAttrCase<"Count", 0, "count">,
      I32EnumAttrCase<"Offsets", 1, "offsets">,
      I32EnumAttrCase<"Scatter", 2, "scatter">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_SortPhaseAttr : EnumAttr<MoE_Dialect, MoE_SortPhase, "sort_phase"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `count`: every workgroup counts its chunk's entries per expert into
    `counts`. `offsets`: one workgroup turns the counts into each chunk's
    base within its expert and each expert's first row. `scatter`: every
    workgroup writes its chunk's rows from those bases.
  }];
}

def MoE_ScaleRounding : I32EnumAttr<"ScaleRounding",
    "how an MX block scale is chosen from the block's largest magnitude", [
      I32EnumAttrCase<"Floor", 0, "floor">,
      I32EnumAttrCase<"Ceil", 1, "ceil">]> {
  let cppNamespace = "::mlir::moe";
  let genSpecializedAttr = 0;
}
def MoE_ScaleRoundingAttr : EnumAttr<MoE_Dialect, MoE_ScaleRounding,
                                     "scale_rounding"> {
  let assemblyFormat = "`<` $value `>`";
  let description = [{
    `floor` (OCP MX v1.0): scale `2^(floor(log2 amax) - emax)`, emax = 2 for
    FP4 and 8 for FP8 E4M3; elements above the format's maximum saturate.
    `ceil`: the smallest power of two with `amax / scale <= max` (6 or 448),
    so nothing saturates. Scale bytes are clamped to [0, 254]; an all-zero
    block gets byte 0. Elements round to nearest even.
  }];
}

//===----------------------------------------------------------------------===//
// Tile configuration
//===----------------------------------------------------------------------===//

def MoE_TileAttr : AttrDef<MoE_Dialect, "Tile"> {
  let mnemonic = "tile";
  let summary = "workgroup tile of an MoE GEMM kernel";
  let description = [{
    `#moe.tile<m = 16, n = 64, k = 128, waves = 4>`: a workgroup computes
    `m` routed rows (the routing block size BM) by `n` output columns,
    stepping `k` along the reduction dimension, with `waves` waves of 64
    lanes. `m` is one of 16, 32, 64, 128; `n` a multiple of 16; `k` a
    multiple of 32 (128 for the scaled-MFMA precisions); `waves` one of 1, 2,
    4, 8, and the m x n tile must split into 16 x 16 MFMA tiles over them.
  }];
  let parameters = (ins "int64_t":$m, "int64_t":$n, "int64_t":$k,
                        "int64_t":$waves);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Activation
//===----------------------------------------------------------------------===//

def MoE_ActivationAttr : AttrDef<MoE_Dialect, "Activation"> {
  let mnemonic = "activation";
  let summary = "the gated activation of an MoE stage 1";
  let description = [{
    `#moe.activation<swiglu, alpha = 1.702, limit = 7.0>` is GPT-OSS SwiGLU:
    `g = min(g, limit); u = clamp(u, -limit, limit); h = g * sigmoid(alpha * g)
    * (u + 1)`. `limit = inf` disables both clamps. Omitted parameters take the
    GPT-OSS defaults 1.702 and 7.0.

    `#moe.activation<silu>` is `h = g * sigmoid(g) * u` and takes no
    parameters.
  }];
  let parameters = (ins "ActivationKind":$kind,
                        APFloatParameter<"sigmoid scale">:$alpha,
                        APFloatParameter<"clamp limit (inf: none)">:$limit);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

#endif // MXMOE_DIALECT_MOE_IR_MOEATTRS_TD
