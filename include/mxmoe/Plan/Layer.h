//===- Layer.h - the kernels of a whole MoE layer --------------*- C++ -*-===//
//
// An MoE layer (docs/semantics.md §1) is three kernels: the routing sort, stage
// 1 (gate/up + activation) and stage 2 (down + combine), plus the buffers
// between them; at small T the stage kernels sort the routing themselves
// (Routing::Fused) or each take one routed slot per block (Routing::Slots)
// and no sort kernel runs.
// This plans them per token bucket for a known model or a custom shape, so
// moe-compile, the layer expansion, the manifest and the tests launch
// exactly the same kernels. No MLIR here: the kernels are configurations
// (Kernels.h) that mlir::moe's kernel builders build.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_LAYER_H
#define MXMOE_PLAN_LAYER_H

#include "mxmoe/Plan/Configs.h"
#include "mxmoe/Plan/Kernels.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe {

/// The fused-routing bound of a layer whose config gives none and whose
/// shape has no tuned bound in the configs (configs "layers"; moe-tune
/// writes the model's per shape): T*K up to 64 routed entries (GPT-OSS
/// T <= 16, DeepSeek-R1 T <= 8) sort inside the stage kernels. Kept small
/// for shapes nobody tuned: the LDS copies grow with T*K (16 KiB at 128
/// entries and m = 16) and can cost a stage kernel occupancy.
inline constexpr int64_t kDefaultFusedRoutingEntries = 64;
/// Default LayerConfig::fusedQuantizeTokens: buckets of at most this many
/// tokens quantize x inside stage 1 (no quantize_x launch). The calibrated
/// model (moe-tune --compare) predicts it faster for GPT-OSS-120B a8w4 at
/// every T <= 32, but for DeepSeek-R1 (D = 7168: each workgroup's prologue
/// is 7 load round trips) only up to T = 8 (TP8), 4 (TP4) and 2
/// (unsharded): 2 loses nowhere. moe-tune --model prints the shape's bound
/// (tuneFusedQuantizeTokens).
inline constexpr int64_t kDefaultFusedQuantizeTokens = 2;
/// Default LayerConfig::slotRoutingTokens: buckets of at most this many
/// tokens (and T*K at most E) route by slot (Routing::Slots: no sort at
/// all, each routed slot its own block). At T = 1 a token's K experts are
/// distinct, so no expert's weights are read twice; from T = 2 two tokens
/// may share an expert and read it twice. moe-tune --write stores the
/// calibrated model's bound per shape in the configs (tuneSlotRoutingTokens:
/// 4 for GPT-OSS a8w4, 16 for DeepSeek-R1 TP8, 1 unsharded).
inline constexpr int64_t kDefaultSlotRoutingTokens = 2;
/// The LDS a stage-1 tile's quantized rows may take for InputQuantize::Stage1
/// (its main loop's stage buffers need the rest).
inline constexpr int64_t kMaxFusedQuantizeLDSBytes = 64 * 1024;
/// Whether a stage-1 tile of `m` rows can quantize x in LDS (its MX rows of
/// `problem`'s model_dim take at most kMaxFusedQuantizeLDSBytes).
inline bool fusedQuantizeFits(const ProblemShape &problem, int64_t m) {
  int64_t rowBytes =
      problem.modelDim / elementsPerByte(activationFormat(problem.precision)) +
      problem.modelDim / 32;
  return m * rowBytes <= kMaxFusedQuantizeLDSBytes;
}
/// The largest bound accepted (a bucket's stage 1 quantizes its block's
/// rows whatever T is; past this the separate kernel is cheaper per token).
inline constexpr int64_t kMaxFusedQuantizeTokens = 4096;

/// Default LayerConfig::fusedStagesTokens: buckets of at most this many
/// tokens whose stages qualify (FusedStagesConfig) run stage 1 and stage 2
/// in one launch (one launch fewer, one counter round trip more, and both
/// stages at the occupancy of the larger one's registers and LDS); a tuned
/// configs table may lower it per shape (fusedStagesBound).
inline constexpr int64_t kDefaultFusedStagesTokens = 64;
/// The i32 words of a fused launch's `layer_sync` buffer.
inline constexpr int64_t kLayerSyncWords = 4;

struct LayerConfig {
  std::string model = "custom"; // prefix of the kernel names
  ProblemShape problem;
  bool bias = false;
  fmt::GateUpArrangement gateUp = fmt::GateUpArrangement::Interleaved;
  Activation activation;
  ElementType out = ElementType::BF16; // y
  Combine combine = Combine::Atomic;   // stage 2
  ScaleRounding scaleRounding = ScaleRounding::Floor;
  /// a8w4 / a4w4: x arrives as bf16 and a quantize kernel (moe.quantize_mx)
  /// makes the stage-1 input first; false: x and x_scales arrive quantized.
  bool quantizeInput = true;
  /// Largest token count of each bucket, ascending; a launch for T tokens
  /// uses the first bucket with T <= its bound (the last one above that).
  std::vector<int64_t> tokenBuckets = {1, 32, 256, 4096};
  /// A bucket whose max tokens times topk is at most this, other than the
  /// last bucket (moe.layer runs it for every larger T), launches no sort
  /// kernel: its stage kernels sort topk_ids into LDS (Routing::Fused).
  /// 0: every bucket launches the sort kernel. Unset: the configs' tuned
  /// bound for the shape (planLayer with a table), else
  /// kDefaultFusedRoutingEntries (fusedRoutingBound).
  std::optional<int64_t> fusedRoutingEntries;
  /// A bucket of at most this many max tokens, when the layer quantizes x,
  /// launches no quantize_x kernel: stage 1 takes bf16 x and each
  /// workgroup quantizes its block's rows into LDS
  /// (InputQuantize::Stage1), when the stage-1 tile's quantized rows take
  /// at most 64 KB of LDS (else the bucket keeps the kernel). 0: every
  /// bucket launches the kernel.
  int64_t fusedQuantizeTokens = kDefaultFusedQuantizeTokens;
  /// A bucket that routes in its stage kernels (Routing::Fused) with at
  /// most this many max tokens and T*K at most E routes by slot instead
  /// (Routing::Slots): block b of each stage is routed slot b, so there is
  /// no sort, only each slot's id and weight read. 0: never. Unset: the
  /// configs' tuned bound for the shape, else kDefaultSlotRoutingTokens
  /// (slotRoutingBound).
  std::optional<int64_t> slotRoutingTokens;
  /// A bucket of at most this many max tokens whose stage kernels qualify
  /// (FusedStagesConfig::whyNotFusable) launches them as one kernel
  /// (StageLaunch::Fused); a configs table's tuned bound for the shape
  /// lowers it (fusedStagesBound). 0: never.
  int64_t fusedStagesTokens = kDefaultFusedStagesTokens;

  /// The stage-1 output format: bf16 (a16w4), mxfp8 (a8w4), mxfp4 (a4w4).
  OutputFormat intermediate() const {
    return activationFormat(problem.precision);
  }
  /// Whether the layer runs the quantize_x kernel.
  bool quantizesX() const {
    return hasMXActivations(problem.precision) && quantizeInput;
  }
};

/// gpt-oss-120b, gpt-oss-20b, deepseek-r1; nullopt for another name.
std::optional<LayerConfig> knownModel(const std::string &name);
/// "gpt-oss-120b, gpt-oss-20b, deepseek-r1".
std::string knownModelNames();
/// Why the configuration cannot be built, or empty.
std::string checkLayerConfig(const LayerConfig &config);

/// One parameter of a kernel: a 1-D memref (passed as the five values of
/// its descriptor: allocated and aligned pointer, offset, size, stride) or
/// an i32 scalar; `elements` is its size in terms of T, capacity, D, I.
struct KernelParam {
  std::string name, type, elements;
  bool isScalar() const { return type == "i32"; }
};

/// One argument as a kernel takes it under an ABI (KernelAbi): what the
/// caller passes in that position, for the parameter `param`.
struct KernelArgument {
  enum class Value {
    AllocatedPointer, ///< memref: allocated pointer (== aligned here)
    AlignedPointer,   ///< memref: aligned pointer; bare: the buffer
    Offset,           ///< memref: i64 offset, always 0
    Size,             ///< memref: i64 element count
    Stride,           ///< memref: i64 stride, always 1
    Scalar,           ///< the i32 parameter itself
    Elements,         ///< bare: i32 element count, after all parameters
  };
  Value value;
  size_t param; // index into the kernel's params
  /// Bytes the argument takes: 8 for pointers and i64, 4 for i32.
  unsigned bytes() const;
  bool isPointer() const {
    return value == Value::AllocatedPointer || value == Value::AlignedPointer;
  }
};

/// The kernel's arguments in order under `abi`: memref, each buffer as its
/// five descriptor values in place; bare, each buffer as one pointer in place
/// and its element count as an i32 after all parameters, in buffer order.
std::vector<KernelArgument>
kernelArguments(const std::vector<KernelParam> &params, KernelAbi abi);

struct LayerKernel {
  KernelRole role = KernelRole::Sort;
  std::string name;
  std::string file; // code object holding it: <module kernel>.hsaco
  /// The problem whose kernel module holds this kernel (stage2_reduce lives
  /// in its stage 2's module).
  KernelConfig module;
  int64_t lanes = 0; // workgroup size
  KernelGrid launch;
  std::string gridRule; // the manifest's words for `launch`
  std::vector<KernelParam> params;
  /// Which configs entry (or the heuristic) chose this kernel's tile.
  std::string configSource = "heuristic";
  /// Workgroups for `tokens` tokens (x, y, z).
  std::array<int64_t, 3> grid(int64_t tokens) const {
    return launch.workgroups(tokens);
  }
};

/// The kernels of one token bucket, in launch order.
struct LayerVariant {
  int64_t maxTokens = 0;
  Routing routing = Routing::SortKernel;
  InputQuantize inputQuantize = InputQuantize::None;
  QuantizeConfig quantize; // launched when inputQuantize is Kernel
  SortConfig sort;         // launched when routing is SortKernel
  Stage1Config stage1;
  Stage2Config stage2;
  StageLaunch launch = StageLaunch::Separate;
  FusedStagesConfig fused; // the one kernel when launch is Fused
  /// Which configs entry (or the heuristic) chose each stage's tile.
  std::string stage1Source, stage2Source;
  std::vector<LayerKernel> kernels;
};

/// Stage 1's parameters (KernelBuilders' order); `xFromQuantizeKernel`
/// names its input x_mx (the layer's quantize kernel writes it).
std::vector<KernelParam> stage1Params(const Stage1Config &s,
                                      bool xFromQuantizeKernel);
/// Stage 2's parameters (KernelBuilders' order).
std::vector<KernelParam> stage2Params(const Stage2Config &s);
/// A fused launch's: stage 1's, stage 2's not named yet, layer_sync.
std::vector<KernelParam> fusedStagesParams(const FusedStagesConfig &f);

/// T*K from which a bucket sorts with the multi-workgroup sort (three
/// launches; the one-workgroup sort walks T*K / 256 chunks one memory round
/// trip each): where the calibrated MI355X model's times cross
/// (predictSortChunks against predictSort with sortChunkFor's chunk, for
/// any experts and block m; PerfModel.MultiWorkgroupSortBound checks it).
inline constexpr int64_t kMultiWorkgroupSortMinEntries = 2368;
/// The multi-workgroup sort's entries per workgroup for `entries` T*K: the
/// multiple of `blockSize` nearest sqrt(T K blockSize / 24), which minimizes
/// the model's round trips 3 C / blockSize (count and scatter walks) + T K /
/// (8 C) (the offsets kernel's prefix sums, 8 loads in flight).
int64_t sortChunkFor(int64_t entries, int64_t blockSize);
/// The bucket's sort: one workgroup below kMultiWorkgroupSortMinEntries
/// bucket * K entries, the multi-workgroup sort from there.
SortConfig sortConfig(const LayerConfig &config, int64_t bucket,
                      int64_t blockM);
/// How the bucket of `bucket` max tokens routes (see
/// LayerConfig::fusedRoutingEntries).
Routing routingFor(const LayerConfig &config, int64_t bucket);
/// Whether a bucket that routes in its stage kernels routes by slot (at
/// most the layer's slot bound, T*K at most E): routingFor's rule.
bool routesBySlot(const LayerConfig &config, int64_t bucket);
/// The layer's fused-routing bound: its own, else the tuned bound `configs`
/// (may be null) stores for its shape, else kDefaultFusedRoutingEntries.
int64_t fusedRoutingBound(const LayerConfig &config,
                          const ConfigTable *configs);
/// The layer's slot-routing bound: its own, else the tuned bound `configs`
/// (may be null) stores for its shape, else kDefaultSlotRoutingTokens.
int64_t slotRoutingBound(const LayerConfig &config, const ConfigTable *configs);
/// The layer's fused-stages bound: its own, lowered to the tuned bound
/// `configs` (may be null) stores for its shape.
int64_t fusedStagesBound(const LayerConfig &config, const ConfigTable *configs);
/// How the bucket of `bucket` max tokens quantizes x (see
/// LayerConfig::fusedQuantizeTokens).
InputQuantize inputQuantizeFor(const LayerConfig &config, int64_t bucket);

/// The routing-buffer capacity (rows) for `tokens` tokens and block m.
int64_t layerCapacity(const LayerConfig &config, int64_t tokens,
                      int64_t blockM);

/// One variant per token bucket: tile 16x64x128 (4 waves) up to 32 tokens,
/// 64x128x128 (8 waves) above. Kernels in launch order: [quantize_x]
/// (InputQuantize::Kernel), [sort] (Routing::SortKernel), stage1,
/// [stage1_finish] (stage-1 split-K: stage 1 writes f32 planes `h_planes`),
/// stage2, [stage2_reduce].
std::vector<LayerVariant> planLayer(const LayerConfig &config);
/// One variant per token bucket with the stage kernels the dispatcher picks
/// from `configs` (null: the heuristic alone): the shape's tuned entry, else
/// the nearest tuned shape's, else heuristicChoices(); a candidate is taken
/// only when `legal` (if given) accepts both of its stage kernels.
std::vector<LayerVariant> planLayer(const LayerConfig &config,
                                    const ConfigTable *configs,
                                    const LegalityCheck &legal = {});

/// The layer's stage kernels for one choice of tile, split-K and combine
/// (unnamed: planLayer adds the name suffix).
Stage1Config stage1Config(const LayerConfig &config, const StageChoice &choice);
Stage2Config stage2Config(const LayerConfig &config, const StageChoice &choice);

/// The variant of one bucket whose stage kernels are already picked (what a
/// manifest records): the kernels planLayer builds for those picks.
LayerVariant planBucket(const LayerConfig &config, int64_t bucket,
                        const StagePick &stage1, const StagePick &stage2);

/// The variant a launch for `tokens` tokens uses: the first bucket with
/// tokens <= its bound, the last one above them all.
const LayerVariant &variantFor(const std::vector<LayerVariant> &variants,
                               int64_t tokens);

} // namespace mxmoe

#endif // MXMOE_PLAN_LAYER_H
