//===- Configs.h - tuned kernel choices and the dispatcher -----*- C++ -*-===//
//
// configs/<chip>.json: per problem shape (precision, D, I, E, K), stage and
// token bucket, the stage kernel's configuration (tile, split-K, combine)
// with its predicted time and origin. The dispatcher picks a stage kernel
// for any shape: the shape's own entry, else the nearest tuned shape's, else
// a heuristic, each candidate checked by a legality callback (the op
// verifiers, supplied by the compiler library) before it is taken. Per
// layer shape, the tuned fused-routing bound (LayerConfig::
// fusedRoutingEntries) the planner takes when none is given.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_CONFIGS_H
#define MXMOE_PLAN_CONFIGS_H

#include "mxmoe/Plan/Kernels.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe {

/// The routed main loop's default pipeline depth (the ping-pong double
/// buffer); entries may ask for up to kMaxPipelineDepth.
inline constexpr int64_t kPipelineDepth = kDefaultPipelineDepth;

/// The largest fused-routing bound (T*K entries) accepted: its LDS copies
/// stay a fraction of a workgroup's LDS.
inline constexpr int64_t kMaxFusedRoutingEntries = 1024;

/// Where a configuration came from.
enum class ConfigOrigin { ModelTuned, HardwareMeasured };
const char *stringify(ConfigOrigin origin);

/// One stage kernel's tunable choices (only knobs the builders support).
struct StageChoice {
  Tile tile;
  int64_t splitK = 1;
  Combine combine = Combine::Atomic; // stage 2
  WeightCache weightCache = WeightCache::None;
  /// Occupancy target (waves per SIMD the backend keeps registers for); 0:
  /// the compiler's choice.
  int64_t wavesPerEU = 0;
  WorkgroupOrder order = WorkgroupOrder::Linear;
  int64_t persistentWorkgroups = 0; // stage 2; 0: one workgroup per tile
  int64_t pipelineDepth = kDefaultPipelineDepth; // 2..kMaxPipelineDepth
  int64_t kWaveGroups = 1; // wave groups splitting K (divides tile.waves)
};

struct ConfigEntry {
  std::string name; // the model it was tuned for, e.g. "gpt-oss-120b"
  ProblemShape problem;
  int stage = 1;
  int64_t maxTokens = 0; // the token bucket's upper bound
  StageChoice choice;
  double predictedUs = 0;
  std::optional<double> measuredUs;
  ConfigOrigin origin = ConfigOrigin::ModelTuned;
};

/// A layer shape's tuned knobs that are not per stage or bucket.
struct LayerTuning {
  std::string name; // the model it was tuned for
  ProblemShape problem;
  /// Buckets of at most this many T*K entries fuse their routing (the
  /// model's bound, tuneFusedRoutingEntries).
  int64_t fusedRoutingEntries = 0;
  /// Buckets of at most this many tokens may launch both stages as one
  /// kernel (tuneFusedStagesTokens); unset: no tuned bound.
  std::optional<int64_t> fusedStagesTokens;
  /// Buckets of at most this many tokens route by slot
  /// (tuneSlotRoutingTokens); unset: no tuned bound.
  std::optional<int64_t> slotRoutingTokens;
};

struct ConfigTable {
  std::string chip;
  std::string path; // for the manifest's "config" key
  std::vector<ConfigEntry> entries;
  std::vector<LayerTuning> layers; // "layers": at most one per shape

  /// The tuned fused-routing bound of exactly this shape, if any.
  std::optional<int64_t> fusedRoutingEntries(const ProblemShape &problem) const;
  std::optional<int64_t> fusedStagesTokens(const ProblemShape &problem) const;
  std::optional<int64_t> slotRoutingTokens(const ProblemShape &problem) const;
  /// The "layers" entry of `problem`'s shape, or null.
  const LayerTuning *layerTuning(const ProblemShape &problem) const;

  /// The entry of exactly this shape and stage whose bucket covers
  /// `tokens` (smallest max_tokens >= tokens, else the largest), or null.
  const ConfigEntry *find(const ProblemShape &problem, int stage,
                          int64_t tokens) const;
  /// The entry of the tuned shape nearest to `problem` (same precision and
  /// stage; log-distance over D, I, E, K), bucket as in find(), or null.
  const ConfigEntry *nearest(const ProblemShape &problem, int stage,
                             int64_t tokens) const;
  int64_t indexOf(const ConfigEntry *entry) const {
    return entry - entries.data();
  }
};

/// Parses and checks a configs file: one-line errors for malformed JSON,
/// unknown keys' values, unsupported knobs, duplicates and stage pairs that
/// disagree on tile m (both stages read the sort's blocks of m rows).
/// `expectChip` non-empty: the file must be for that chip.
struct ConfigParse {
  std::optional<ConfigTable> table;
  std::string error; // "<path>: entry N: why"
};
ConfigParse parseConfigTable(const std::string &json, const std::string &path,
                             const std::string &expectChip = "");
/// The JSON text of a table (what moe-tune writes; parseConfigTable reads
/// it back unchanged).
std::string printConfigTable(const ConfigTable &table);

/// Why a stage kernel configuration cannot be built for the chip, or empty.
using LegalityCheck = std::function<std::string(const KernelConfig &)>;

/// What the dispatcher decided for one stage of one bucket.
struct StagePick {
  StageChoice choice;
  /// "configs/gfx950.json#3 (model-tuned)", "nearest configs/...#7
  /// (model-tuned, tuned for d2880_i2880_e128_k4)" or "heuristic".
  std::string source;
  std::optional<double> predictedUs; // tuned entries only
};

/// The heuristic candidates for a stage, best first: tile m from the rows
/// per touched expert, then smaller tiles; ends with 16x64x128 (4 waves).
std::vector<StageChoice> heuristicChoices(const ProblemShape &problem,
                                          int64_t tokens);

} // namespace mxmoe

#endif // MXMOE_PLAN_CONFIGS_H
