//===- Kernels.h - problem configurations of the moe kernels ---*- C++ -*-===//
//
// What a kernel computes, without MLIR: the problem shape, the tile, the
// per-kernel configurations that mlir::moe's kernel builders turn into a
// gpu.func around one problem op, their names, and the one grid rule
// (KernelGrid, templated over the index type like fmt::routedBlocks) that the
// host, the layer expansion and the tools launch them with.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_KERNELS_H
#define MXMOE_PLAN_KERNELS_H

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Enums.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>

namespace mxmoe {

/// The GEMM problem an MoE layer poses: precision and dimensions.
struct ProblemShape {
  Precision precision = Precision::A16W4;
  int64_t modelDim = 0, interDim = 0, experts = 0, topk = 0;
};

/// A workgroup tile: m routed rows by n output columns (stage 1: weight
/// rows), stepping k, with `waves` waves of 64 lanes.
struct Tile {
  int64_t m = 16, n = 64, k = 128, waves = 4;
  int64_t lanes() const { return 64 * waves; }
};

/// The most waves a SIMD runs (gfx942, gfx950): the largest occupancy
/// target (`waves_per_eu`) a stage kernel takes.
inline constexpr int64_t kMaxWavesPerEU = 8;
/// VGPRs + AGPRs per lane a wave may use so that `waves` waves fit on a
/// SIMD: the 512 registers of a lane split in granules of 8.
inline int64_t registerBudgetPerLane(int64_t waves) {
  return waves > 0 ? 512 / waves / 8 * 8 : 512;
}

/// K steps of tile.k per iteration of the ping-pong main loop
/// (moe-pipeline-routed-mma's two LDS stage buffers unroll it twice).
inline constexpr int64_t kMainLoopKSteps = 2;

/// The routed main loop's software-pipeline depth: depth - 1 K steps of
/// global loads in flight (one register set each) ahead of the step the
/// MFMAs consume. 2 is the ping-pong double buffer.
inline constexpr int64_t kDefaultPipelineDepth = 2;
inline constexpr int64_t kMaxPipelineDepth = 4;
/// LDS stage buffers of a depth: one per register set, at least two; the
/// main loop is unrolled once per buffer (fixed LDS offsets, and each
/// register set in a fixed place).
inline int64_t pipelineStageBuffers(int64_t depth) {
  return depth > 3 ? depth - 1 : 2;
}
/// K steps per main-loop iteration at `depth` (kMainLoopKSteps at 2).
inline int64_t mainLoopKSteps(int64_t depth) {
  return pipelineStageBuffers(depth);
}

/// Wave groups that split a routed main loop's K (moe.stage1/stage2
/// k_wave_groups): each takes tile.k of every step, so a step covers
/// groups * tile.k; the partial sums meet in LDS after the loop. 1: no
/// split.
inline constexpr int64_t kMaxKWaveGroups = 8;

/// The GPT-OSS SwiGLU defaults.
inline constexpr double kSwiGLUDefaultAlpha = 1.702;
inline constexpr double kSwiGLUDefaultLimit = 7.0;

/// The gated activation of stage 1 (#moe.activation).
struct Activation {
  ActivationKind kind = ActivationKind::SwiGLU;
  double alpha = kSwiGLUDefaultAlpha, limit = kSwiGLUDefaultLimit;
  static Activation silu() { return {ActivationKind::SiLU, 0.0, 0.0}; }
  /// "swiglu", "swiglu, alpha = 1.5, limit = inf" or "silu".
  std::string describe() const;
};

const char *stringify(fmt::WeightLayout v);
const char *stringify(fmt::ScaleLayout v);
const char *stringify(fmt::GateUpArrangement v);

//===----------------------------------------------------------------------===//
// The grid rule
//===----------------------------------------------------------------------===//

namespace detail {
inline int64_t constantLike(int64_t, int64_t c) { return c; }
/// An IR index type (mlir::moe::IRIndex) builds its constants.
template <typename I, typename = std::enable_if_t<!std::is_integral_v<I>>>
I constantLike(const I &like, int64_t c) {
  return like.cst(c);
}
} // namespace detail

/// How many workgroups a kernel launches for T tokens. The one rule the
/// host (int64_t) and the layer expansion (IR index values) evaluate.
struct KernelGrid {
  enum class Kind {
    Single,   ///< one workgroup (the sort)
    PerToken, ///< 1-D: ceil(T * lanesPerToken / lanes)
    Routed,   ///< x column tiles by min(capacity / m, T * K) * split_k
    PerChunk, ///< 1-D: floor(T * K / chunk) + 1 (the multi-workgroup sort)
    TwoPhase, ///< 1-D: a Routed grid (x, blockM) then another (x2, blockM2,
              ///< splitK2): moe.fused_stages
  };
  Kind kind = Kind::Single;
  int64_t lanes = 0; ///< workgroup size
  int64_t lanesPerToken = 0;
  int64_t x = 1, topk = 0, experts = 0, blockM = 0, splitK = 1;
  int64_t chunk = 0; ///< PerChunk: entries per workgroup
  /// Routed: > 0 launches this many workgroups (1-D) whatever T, each
  /// looping over the tiles of the routed grid (a persistent grid).
  int64_t persistent = 0;
  /// TwoPhase: the second phase's routed grid.
  int64_t x2 = 0, blockM2 = 0, splitK2 = 1;

  static KernelGrid single(int64_t lanes) { return {Kind::Single, lanes}; }
  static KernelGrid perToken(int64_t lanes, int64_t lanesPerToken) {
    return {Kind::PerToken, lanes, lanesPerToken};
  }
  static KernelGrid perChunk(int64_t lanes, int64_t topk, int64_t chunk) {
    KernelGrid g{Kind::PerChunk, lanes};
    g.topk = topk;
    g.chunk = chunk;
    return g;
  }
  static KernelGrid routed(int64_t lanes, int64_t columns, int64_t tileN,
                           int64_t topk, int64_t experts, int64_t blockM,
                           int64_t splitK) {
    return {Kind::Routed, lanes,   0,      (columns + tileN - 1) / tileN,
            topk,         experts, blockM, splitK};
  }

  /// Workgroups (x, y, z) for `tokens` tokens.
  template <typename I> std::array<I, 3> workgroups(I tokens) const {
    using detail::constantLike;
    I one = constantLike(tokens, 1);
    switch (kind) {
    case Kind::Single:
      break;
    case Kind::PerToken:
      return {(tokens * lanesPerToken + (lanes - 1)) / lanes, one, one};
    case Kind::PerChunk:
      return {tokens * topk / chunk + 1, one, one};
    case Kind::Routed: {
      if (persistent > 0)
        return {constantLike(tokens, persistent), one, one};
      I y = fmt::routedBlocks(tokens, topk, experts, blockM);
      if (splitK > 1)
        y = y * splitK;
      return {constantLike(tokens, x), y, one};
    }
    case Kind::TwoPhase: {
      I first = fmt::routedBlocks(tokens, topk, experts, blockM) * x;
      I second = fmt::routedBlocks(tokens, topk, experts, blockM2) * x2;
      if (splitK2 > 1)
        second = second * splitK2;
      return {first + second, one, one};
    }
    }
    return {one, one, one};
  }

  /// The rule in words, for the manifest: "90 x min(capacity/16, T*K)".
  std::string describe() const;
};

/// XCDs of gfx942 (MI300X) and gfx950 (MI355X): the hardware hands linear
/// workgroup ids round-robin to them, id mod 8 (perf-mi355x.md §1, §5).
inline constexpr int64_t kXcdCount = 8;

/// WorkgroupOrder::XcdGrouped: the tile that linear workgroup id `id` of a
/// grid of `count` workgroups takes, Triton AMD's remap_xcd. Id id runs on
/// XCD x = id mod X as the (id div X)-th of that XCD's ids; XCD x takes the
/// x-th contiguous run of tiles, the first (count - 1) mod X + 1 runs
/// ceil(count / X) long and the others one shorter:
///   tile = x ceil(count / X) + id div X - max(x - tall, 0).
/// A bijection of [0, count) for every count >= 1, written branch-free for
/// the IR (`max(x, tall) - tall`, no negative intermediate). `I` is int64_t
/// or an IR index type; `maxOf` is max for it. Callers keep ids >= count.
template <typename I, typename MaxFn>
I xcdGroupedTile(I id, I count, int64_t xcds, MaxFn maxOf) {
  I perXcd = (count + (xcds - 1)) / xcds;
  I tall = (count + (-1)) % xcds + 1;
  I xcd = id % xcds;
  return xcd * perXcd + id / xcds + tall - maxOf(xcd, tall);
}
inline int64_t xcdGroupedTile(int64_t id, int64_t count,
                              int64_t xcds = kXcdCount) {
  return xcdGroupedTile<int64_t>(
      id, count, xcds, [](int64_t a, int64_t b) { return std::max(a, b); });
}

//===----------------------------------------------------------------------===//
// Kernel configurations
//===----------------------------------------------------------------------===//

/// The MXFP4 weight storage of a stage.
struct WeightStorage {
  fmt::WeightLayout weights = fmt::WeightLayout::Preshuffle16x16;
  fmt::ScaleLayout scales = fmt::ScaleLayout::E8M0Shuffle;
};

/// Fused routing: a stage kernel that takes topk_ids instead of the sort
/// kernel's buffers sorts at most `entries` T*K entries (moe.sort's
/// algorithm, run by the stage kernel's workgroup) into LDS copies of
/// sorted_ids / sorted_weights / sorted_expert_ids / num_valid_ids of this
/// many rows: every routed expert's rows padded to blockM, at most
/// min(entries, experts) of them.
inline int64_t fusedRoutingRows(int64_t entries, int64_t experts,
                                int64_t blockM) {
  int64_t rows = entries + std::min(entries, experts) * (blockM - 1);
  return (rows + blockM - 1) / blockM * blockM;
}
/// The LDS those copies and the sort's own counters take; with
/// `routeSlots` (moe.route_slots) the copies alone, `entries` blocks.
int64_t fusedRoutingLDSBytes(int64_t entries, int64_t experts, const Tile &tile,
                             bool routeSlots = false);
/// Why slot routing cannot route `entries` entries of `experts` experts
/// (empty if it can): a stage grid covers min(capacity / BM, T*K) blocks,
/// which is T*K only while T*K <= E.
std::string whyNoSlotRouting(int64_t entries, int64_t experts);

/// moe.stage2: parameters h, [h_scales], w2, w2_scales, [bias], sorted_ids,
/// sorted_weights, sorted_expert_ids, num_valid_ids, tokens (i32), y; with
/// fusedRoutingEntries > 0 topk_ids, [topk_weights], tokens (i32),
/// expert_begin (i32), y instead (see fusedRoutingRows). With
/// combine = store the module also holds `<name>_reduce(slots, topk_ids,
/// tokens, expert_begin, y)` (moe.slot_reduce; expert_begin as given to the
/// sort), launched with reduceGrid().
struct Stage2Config {
  ProblemShape problem;
  bool bias = false;
  bool routingWeight = true;
  ElementType out = ElementType::F32;
  Combine combine = Combine::Atomic;
  int64_t splitK = 1;
  /// > 0: the kernel sorts at most this many topk_ids entries itself.
  int64_t fusedRoutingEntries = 0;
  /// With fusedRoutingEntries: block b is routed slot b (moe.route_slots)
  /// instead of moe.sort's expert order; at most `experts` entries.
  bool routeSlots = false;
  Tile tile;
  WeightStorage storage;
  WeightCache weightCache = WeightCache::None; // weight + scale loads
  int64_t wavesPerEU = 0; // occupancy target, 0: the compiler's choice
  WorkgroupOrder order = WorkgroupOrder::Linear;
  /// > 0: a persistent grid of this many workgroups loops over the tiles
  /// (in the same order); 0: one workgroup per tile.
  int64_t persistentWorkgroups = 0;
  int64_t pipelineDepth = kDefaultPipelineDepth; // main loop, 2..max
  int64_t kWaveGroups = 1; // wave groups splitting K, divides tile.waves
  std::string nameSuffix;  // appended to the kernel name

  /// Kernel name, e.g. moe_stage2_a16w4_d2880_i2880_e128_k4.
  std::string kernelName() const;
  std::string reduceName() const { return kernelName() + "_reduce"; }
  /// x = model_dim tiles, y = routed blocks times split_k; persistent:
  /// persistentWorkgroups x 1.
  KernelGrid grid() const;
  KernelGrid reduceGrid() const;
};
/// Lanes per workgroup of the slot reduction.
inline constexpr int64_t kSlotReduceBlock = 256;

/// moe.stage1: parameters x, [x_scales], w13, w13_scales, [bias],
/// sorted_ids, sorted_expert_ids, num_valid_ids, tokens (i32), h,
/// [h_scales] (MX outputs); with fusedRoutingEntries > 0 topk_ids, tokens
/// (i32), expert_begin (i32) take the place of the four routing
/// parameters (see fusedRoutingRows). With splitK > 1 the kernel takes no bias
/// and writes f32 planes `[splitK, T * K, 2 inter_dim]` to its last parameter,
/// and the module also holds `<name>_finish(planes, [bias], topk_ids, tokens
/// (i32), expert_begin (i32), h, [h_scales])` (moe.stage1_finish), launched
/// after it with finishGrid().
struct Stage1Config {
  ProblemShape problem;
  bool bias = false;
  fmt::GateUpArrangement gateUp = fmt::GateUpArrangement::Interleaved;
  Activation activation;
  OutputFormat out = OutputFormat::BF16;
  ScaleRounding scaleRounding = ScaleRounding::Floor; // MX outputs
  int64_t splitK = 1; // > 1: partial planes plus a finish kernel
  /// > 0: the kernel sorts at most this many topk_ids entries itself.
  int64_t fusedRoutingEntries = 0;
  /// With fusedRoutingEntries: block b is routed slot b (moe.route_slots)
  /// instead of moe.sort's expert order; at most `experts` entries.
  bool routeSlots = false;
  /// a8w4 / a4w4: x is bf16 (no x_scales) and each workgroup MX-quantizes
  /// its block's rows into LDS itself, block scales rounded by
  /// scaleRounding (moe.stage1 quantize_x); no quantize kernel runs.
  bool quantizeX = false;
  Tile tile;
  WeightStorage storage;
  WeightCache weightCache = WeightCache::None; // weight + scale loads
  int64_t wavesPerEU = 0; // occupancy target, 0: the compiler's choice
  WorkgroupOrder order = WorkgroupOrder::Linear;
  int64_t pipelineDepth = kDefaultPipelineDepth; // main loop, 2..max
  int64_t kWaveGroups = 1; // wave groups splitting K, divides tile.waves
  std::string nameSuffix;  // appended to the kernel name

  /// Kernel name, e.g. moe_stage1_a16w4_d2880_i2880_e128_k4.
  std::string kernelName() const;
  std::string finishName() const { return kernelName() + "_finish"; }
  /// x: weight-row tiles of 2 inter_dim; y: routed blocks times split_k.
  KernelGrid grid() const;
  KernelGrid finishGrid() const;
};
inline constexpr int64_t kStage1FinishBlock = 256;

/// moe.quantize_mx: parameters x (`input` elements [T, cols]), tokens
/// (i32), codes, scales (row-major E8M0 [T, cols / 32]).
struct QuantizeConfig {
  OutputFormat format = OutputFormat::MXFP8; // mxfp8, mxfp4
  ElementType input = ElementType::BF16;     // bf16, f32
  ScaleRounding scaleRounding = ScaleRounding::Floor;
  int64_t cols = 0;       // a multiple of 32
  std::string nameSuffix; // appended to the kernel name

  /// Kernel name, e.g. moe_quantize_mxfp8_bf16_c2880.
  std::string kernelName() const;
  KernelGrid grid() const;
};
inline constexpr int64_t kQuantizeBlock = 256;

/// moe.sort: parameters topk_ids, [topk_weights], tokens (i32),
/// expert_begin (i32), sorted_ids, sorted_weights, sorted_expert_ids,
/// num_valid_ids. One workgroup of `blockSize` lanes; size the outputs with
/// fmt::routingCapacity. The multi-workgroup sort (moe.sort_chunks) is three
/// kernels in one module, count, offsets and scatter, each with those
/// parameters plus `sort_counts` (sortCountsElements i32) last.
struct SortConfig {
  int64_t topk = 0, experts = 0, blockM = 16;
  int64_t blockSize = 256; // lanes of a workgroup
  bool weights = true;     // topk_weights given (else every weight is 1)
  SortKind kind = SortKind::OneWorkgroup;
  int64_t chunk = 0;      // multi-workgroup: entries per workgroup
  std::string nameSuffix; // appended to the kernel name

  /// Kernel name, e.g. moe_sort_e128_k4_bm16; for the multi-workgroup sort
  /// the module's name, e.g. moe_sort_chunks_e128_k4_bm64_c1024.
  std::string kernelName() const;
  /// The multi-workgroup sort's kernel of `role` (SortCount, SortOffsets,
  /// SortScatter), e.g. moe_sort_count_e128_k4_bm64_c1024.
  std::string phaseName(KernelRole role) const;
  /// One workgroup: the one-workgroup sort and the offsets kernel.
  KernelGrid grid() const { return KernelGrid::single(blockSize); }
  /// floor(T K / chunk) + 1 workgroups: the count and scatter kernels.
  KernelGrid chunkGrid() const {
    return KernelGrid::perChunk(blockSize, topk, chunk);
  }
};
/// The i32 elements of the multi-workgroup sort's counts for T tokens:
/// E * (floor(T K / chunk) + 2), one row per workgroup plus the experts'
/// first rows.
inline int64_t sortCountsElements(const SortConfig &s, int64_t tokens) {
  return s.experts * (tokens * s.topk / s.chunk + 2);
}

/// Stage 1 and stage 2 of a token bucket in one launch (moe.fused_stages,
/// docs/semantics.md §5.5): stage 1 with fused routing, split_k 1 and no
/// quantize kernel before it; stage 2 with fused routing, atomic combine
/// and no persistent grid; both with the same waves. Parameters: stage 1's,
/// stage 2's not already named (h and the routing are shared), then
/// `layer_sync` (i32 [4], zeroed once: each launch leaves it zeroed). y
/// is zeroed by the kernel itself.
struct FusedStagesConfig {
  Stage1Config stage1;
  Stage2Config stage2;

  /// moe_fused_<stage 1's name past moe_stage1_>__<stage 2's tile and
  /// options>, e.g. moe_fused_a8w4_d2880_i2880_e128_k4_fr4_qx_gpt_oss....
  std::string kernelName() const;
  /// The stage-1 tiles, then the stage-2 tiles, 1-D.
  KernelGrid grid() const;
  /// Why the two stage kernels cannot share a launch, or empty.
  std::string whyNotFusable() const;
};

/// One kernel module's problem: what the kernel builders build and the
/// compiler compiles.
using KernelConfig = std::variant<QuantizeConfig, SortConfig, Stage1Config,
                                  Stage2Config, FusedStagesConfig>;

/// The name of the kernel module (gpu.module) a config's kernels live in.
const char *kernelModuleName(const KernelConfig &config);

} // namespace mxmoe

#endif // MXMOE_PLAN_KERNELS_H
