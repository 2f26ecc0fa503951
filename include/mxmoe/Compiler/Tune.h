//===- Tune.h - legal stage configurations, ranked by the model -*- C++ -*-===//
//
// What moe-tune does, as library calls: which stage-kernel configurations a
// chip can build (the op verifiers decide, plus the chip's LDS, MFMA and
// atomic support), their predicted time by the calibrated model, the best
// per shape and token bucket as configs entries, the configs compiled into
// the library (configs/<chip>.json) and a layer's predicted time per kernel.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_TUNE_H
#define MXMOE_COMPILER_TUNE_H

#include "mxmoe/Perf/Model.h"
#include "mxmoe/Perf/Perf.h"
#include "mxmoe/Plan/Configs.h"
#include "mxmoe/Plan/Layer.h"

#include "mlir/IR/MLIRContext.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe {

class CompiledPredictor;

/// Why `config` (a Stage1Config or Stage2Config) cannot be built for
/// `chip`, or empty: the first verifier diagnostic of its kernel module,
/// the chip's LDS budget, scaled MFMAs for a8w4/a4w4, output atomics.
std::string checkStageKernel(const KernelConfig &config,
                             const std::string &chip,
                             mlir::MLIRContext &context);
/// Why a stage kernel's LDS (its pipeline depth's stage buffers, the
/// epilogue's, fused routing's and quantize_x's) does not fit `chip`, or
/// empty (also for other kernels and unknown chips).
std::string checkStageLDS(const KernelConfig &config, const std::string &chip);
/// checkStageKernel as the dispatcher's callback.
LegalityCheck legalityFor(const std::string &chip, mlir::MLIRContext &context);

/// The configs file compiled into the library for `chip` (configs/
/// <chip>.json), or null when there is none. Aborts never: a broken
/// built-in file is reported by `builtinConfigsError`.
const ConfigTable *builtinConfigs(const std::string &chip);
std::string builtinConfigsError(const std::string &chip);

/// The model's view of a stage kernel: occupancy from the verifiers' tile
/// resource estimate, the pipeline depth, split-K, combine.
perf::KernelShape kernelShapeOf(const perf::ChipModel &model,
                                const KernelConfig &config);

/// Predicted time of a stage kernel plus its helper (stage-1 split-K
/// finish, stage-2 slot reduction) for `tokens` tokens.
double predictStageSeconds(const perf::ChipModel &model,
                           const KernelConfig &config, int64_t tokens,
                           perf::KernelTime *detail = nullptr);

/// Predicted seconds of one sort kernel (`role`: Sort for the one-workgroup
/// sort, SortCount / SortOffsets / SortScatter for the multi-workgroup
/// sort's) for `tokens` tokens; any other role: the whole sort.
double predictSortSeconds(const perf::ChipModel &model, const SortConfig &sort,
                          KernelRole role, int64_t tokens);

/// What fused routing adds to a stage kernel's prologue for `tokens`
/// tokens (0 when the kernel takes the sort kernel's buffers).
double fusedRoutingSeconds(const perf::ChipModel &model,
                           const KernelConfig &config, int64_t tokens);

/// What a launch of both stages (moe.fused_stages) hides of stage 2's fused
/// routing: stage-2 workgroups sort before they wait for stage 1, so where
/// they are resident while stage 1 runs (every workgroup fits at once, or
/// stage 1 takes more than one round) its whole fusedRoutingSeconds; else
/// 0. `vgprs` and `ldsBytes` are the fused kernel's.
double hiddenStage2Routing(const perf::ChipModel &model,
                           const KernelConfig &stage1,
                           const KernelConfig &stage2, int64_t tokens,
                           int64_t vgprs, int64_t ldsBytes);

/// The fused-routing bound the model picks: the largest T*K of
/// tunedBuckets() up to which every bucket's layer (planned from `configs`,
/// null: the heuristic) is predicted faster with fused routing than with
/// the sort kernel; 0 when the smallest is not; at most
/// kMaxFusedRoutingEntries.
int64_t tuneFusedRoutingEntries(const perf::ChipModel &model,
                                const LayerConfig &config,
                                const ConfigTable *configs);

/// The fused-quantize bound the model picks: the largest bucket of
/// tunedBuckets() up to which every bucket's layer is predicted faster with
/// stage 1 quantizing x (no quantize kernel) than with the quantize kernel;
/// 0 when the smallest is not or the layer does not quantize x; at most
/// kMaxFusedQuantizeTokens.
int64_t tuneFusedQuantizeTokens(const perf::ChipModel &model,
                                const LayerConfig &config,
                                const ConfigTable *configs);

/// The slot-routing bound the model picks: the largest bucket of
/// tunedBuckets() whose T*K is within the layer's fused-routing bound and
/// at most E, up to which every bucket's layer is predicted faster routing
/// by slot than sorting in its stage kernels (the duplicate experts' reads
/// against the sort's prologue; predictCompiledLayer with `compiled`: the
/// sort's walks in a loop-less kernel's issue); 0 when the smallest is not.
int64_t tuneSlotRoutingTokens(const perf::ChipModel &model,
                              const LayerConfig &config,
                              const ConfigTable *configs,
                              CompiledPredictor *compiled = nullptr);

/// The fused-stages bound the model picks: the largest bucket of
/// tunedBuckets(), up to the layer's own bound, up to which no bucket whose
/// stages qualify is predicted slower as one launch (predictLayer, or
/// predictCompiledLayer with `compiled`: both stages at the fused kernel's
/// occupancy, the hand-off for a launch) than as two; 0 when the smallest
/// is.
int64_t tuneFusedStagesTokens(const perf::ChipModel &model,
                              const LayerConfig &config,
                              const ConfigTable *configs,
                              CompiledPredictor *compiled = nullptr);

/// Per-kernel predicted time of one layer launch for `tokens` tokens
/// (quantize, sort (0 for fused routing), stage 1 [+ finish], stage 2 [+
/// reduce]).
struct LayerPrediction {
  double quantize = 0, sort = 0, stage1 = 0, stage2 = 0, reduce = 0;
  double total() const { return quantize + sort + stage1 + stage2 + reduce; }
};
LayerPrediction predictLayer(const perf::ChipModel &model,
                             const LayerConfig &config,
                             const LayerVariant &variant, int64_t tokens);

/// One candidate of a stage's legal space.
struct TuneCandidate {
  StageChoice choice;
  double seconds = 0;
};

/// Every legal stage configuration (tile m/n/k/waves, split-K with the
/// stage-1 finish kernel's cost, combine for stage 2, weight cache policy) of
/// `config`'s layer for `stage`, ranked by predicted time at `tokens`. Legality
/// does not depend on tokens: legalSpace checks each candidate once per layer
/// (the cache policy does not change legality, so each legal tile is offered
/// with none and nt).
struct LegalSpace {
  std::vector<StageChoice> stage1, stage2;
};
LegalSpace legalSpace(const LayerConfig &config, const std::string &chip,
                      mlir::MLIRContext &context);
/// The weight cache policy by rule, not by the model (which has no term for
/// it: there is no published measurement of nt on MI355X): nt when a
/// block's rows cannot reuse the weights, i.e. the expected rows per
/// touched expert T*K / E_active <= tile m (issue 15); none otherwise.
WeightCache weightCacheRule(const ProblemShape &problem, int64_t tokens,
                            int64_t tileM);
/// The workgroup order (xcd) and the persistent stage-2 grid are user
/// options the tuner leaves at their defaults: the model has no L2 term to
/// credit the order with (it counts each touched expert's weights once, and
/// no per-XCD L2 or MALL bandwidth of MI355X is published, perf §8) and no
/// term for what a persistent grid saves (dispatching the empty blocks past
/// num_valid_ids); compiled, both cost registers and prologue work, which
/// the compiled model sees (configs/README.md has its numbers).
/// Ranks `space` at `tokens`, keeping of each candidate only the weight
/// cache policy weightCacheRule picks.
std::vector<TuneCandidate> rankStage(const perf::ChipModel &model,
                                     const LayerConfig &config,
                                     const std::vector<StageChoice> &space,
                                     int stage, int64_t tokens);

/// A compiled stage kernel's model time for `tokens` tokens: the model with
/// `report`'s main-loop llvm-mca cycles (trips at its pipeline depth) and the
/// occupancy of its real registers and LDS. The one rule CompiledPredictor
/// and analyzeLayer share; callers add fusedRoutingSeconds and the helper
/// kernels.
perf::KernelTime predictCompiledStage(const perf::ChipModel &model,
                                      const ChipInfo &chip,
                                      const KernelConfig &config,
                                      int64_t tokens,
                                      const perf::KernelReport &report);

/// A stage kernel's predicted seconds after compiling it: the model with
/// its main loop's llvm-mca issue time and the occupancy of its real
/// registers and LDS (compiled once per configuration, then cached).
class CompiledPredictor {
public:
  CompiledPredictor(const perf::ChipModel &model, std::string chip,
                    std::string llvmMca, mlir::MLIRContext &context)
      : model(model), chip(std::move(chip)), llvmMca(std::move(llvmMca)),
        context(context) {}
  /// nullopt when the kernel does not compile or llvm-mca fails.
  /// nullopt also when the kernel spills: the model has no scratch term.
  std::optional<double> seconds(const KernelConfig &config, int64_t tokens);
  /// The compiled kernel's report (registers, spills, loop), or null when
  /// seconds() refuses it.
  const perf::KernelReport *report(const KernelConfig &config);
  int compiled() const { return int(reports.size()); }
  const std::string &chipName() const { return chip; }

private:
  const perf::ChipModel &model;
  std::string chip, llvmMca;
  mlir::MLIRContext &context;
  std::map<std::string, std::optional<perf::KernelReport>> reports;
};

/// predictLayer with each stage kernel compiled (`compiled`; the model's
/// time for one that does not compile or spills). A fused launch's stages
/// run at the occupancy of `fusedKernel`'s registers and LDS (the compiled
/// fused kernel; null: the larger of its two stages' compiled ones).
LayerPrediction
predictCompiledLayer(const perf::ChipModel &model, const LayerConfig &config,
                     const LayerVariant &variant, int64_t tokens,
                     CompiledPredictor &compiled,
                     const perf::KernelReport *fusedKernel = nullptr);

/// Stage 1 and stage 2 compiled on their own and launched as one fused
/// kernel, summed over `points` token counts: each at the occupancy of the
/// larger registers and LDS of the two, one launch and the hand-off.
/// nullopt where either does not compile or spills.
std::optional<double> fusedStagesSeconds(const perf::ChipModel &model,
                                         CompiledPredictor &compiled,
                                         const KernelConfig &stage1,
                                         const KernelConfig &stage2,
                                         const std::vector<int64_t> &points);

/// A candidate CompiledPredictor timed, with what its compiled kernel uses.
struct CompiledCandidate {
  TuneCandidate candidate;
  int64_t registers = 0; // VGPRs + AGPRs per lane
  /// Of the main loop; infinity when the kernel has none the report found.
  double instructionsPerMFMA = 0;
};
/// Refined predictions this close (a fraction of the fastest) are ties:
/// the model with llvm-mca's cycles does not resolve them at decode, where
/// the kernels are latency-bound.
inline constexpr double kCompiledTieTolerance = 0.02;
/// The index of the pick among `candidates` (non-empty): of those predicted
/// within `tolerance` of the fastest, the fewest registers, then the fewest
/// main-loop instructions per MFMA, then the model ranking's tie order.
size_t pickCompiled(const std::vector<CompiledCandidate> &candidates,
                    double tolerance = kCompiledTieTolerance);
/// `report`'s registers and main-loop instructions per MFMA for `candidate`.
CompiledCandidate compiledCandidate(const TuneCandidate &candidate,
                                    const perf::KernelReport &report);

/// The configs entries of a layer: per bucket the pair of stage kernels
/// (one tile m, as the sort needs) with the least predicted time. With
/// `compiled`, the best `refineTop` candidates per stage and tile m by the
/// model alone are compiled and re-ranked by CompiledPredictor summed over
/// the bucket's bound and twice the previous bucket's (a bucket serves every
/// T between; near-ties: pickCompiled; the tile m is chosen on each m's
/// fastest time, so the register tie-break does not move it), and each
/// pick takes the occupancy target (StageChoice::wavesPerEU) whose compiled
/// kernel uses the fewest registers, fewer than without it and within the
/// target's budget, spills nothing and is predicted no slower.
std::vector<ConfigEntry>
tuneLayer(const perf::ChipModel &model, const LayerConfig &config,
          const LegalSpace &space, const std::vector<int64_t> &buckets,
          CompiledPredictor *compiled = nullptr, int refineTop = 3);

/// The layers configs/<chip>.json is tuned for: gpt-oss-120b (D = I = 2880)
/// a16w4/a8w4/a4w4, gpt-oss at aiter's padded 3072, deepseek-r1 (I = 2048)
/// and its TP8/TP4 shards (I = 256/512), a4w4; gfx942 (no scaled MFMAs):
/// the a16w4 ones. Each LayerConfig's model names it.
std::vector<LayerConfig> tunedLayers(const std::string &chip);
/// The token buckets the configs are tuned at.
std::vector<int64_t> tunedBuckets();

} // namespace mxmoe

#endif // MXMOE_COMPILER_TUNE_H
