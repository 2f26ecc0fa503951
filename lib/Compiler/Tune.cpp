//===- Tune.cpp - legal stage configurations, ranked by the model ---------===//

#include "mxmoe/Compiler/Tune.h"

#include "mxmoe/Compiler/Compile.h"

#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

using namespace mlir;

namespace mxmoe {

namespace {
#include "BuiltinConfigs.inc"

const Tile &tileOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->tile;
  return std::get<Stage2Config>(config).tile;
}

const ProblemShape &problemOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->problem;
  return std::get<Stage2Config>(config).problem;
}

int64_t wavesPerEUOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->wavesPerEU;
  return std::get<Stage2Config>(config).wavesPerEU;
}

int64_t pipelineDepthOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->pipelineDepth;
  return std::get<Stage2Config>(config).pipelineDepth;
}

int64_t kWaveGroupsOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->kWaveGroups;
  return std::get<Stage2Config>(config).kWaveGroups;
}

int64_t splitKOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->splitK;
  return std::get<Stage2Config>(config).splitK;
}

int64_t fusedRoutingEntriesOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->fusedRoutingEntries;
  return std::get<Stage2Config>(config).fusedRoutingEntries;
}

/// Whether the kernel routes by slot (meaningful with fused routing).
bool routeSlotsOf(const KernelConfig &config) {
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    return s1->routeSlots;
  return std::get<Stage2Config>(config).routeSlots;
}

/// LDS and VGPRs the verifiers' resource model gives the stage tile.
moe::TileResources resourcesOf(MLIRContext *context,
                               const KernelConfig &config) {
  const Tile &t = tileOf(config);
  auto tile = moe::TileAttr::get(context, t.m, t.n, t.k, t.waves);
  moe::TileResources res = moe::estimateTileResources(
      tile, moe::fromPlan(problemOf(config).precision), pipelineDepthOf(config),
      kWaveGroupsOf(config));
  if (const auto *s1 = std::get_if<Stage1Config>(&config))
    if (s1->splitK == 1)
      res.ldsBytes += moe::stage1EpilogueLDSBytes(tile, moe::fromPlan(s1->out));
  if (int64_t entries = fusedRoutingEntriesOf(config); entries > 0)
    res.ldsBytes += fusedRoutingLDSBytes(entries, problemOf(config).experts, t,
                                         routeSlotsOf(config));
  if (const auto *s1 = std::get_if<Stage1Config>(&config); s1 && s1->quantizeX)
    res.ldsBytes += moe::stage1QuantizeLDSBytes(
        tile, moe::fromPlan(s1->problem.precision), s1->problem.modelDim);
  return res;
}

/// A context for the model's resource queries (attributes only).
MLIRContext &modelContext() {
  static std::unique_ptr<MLIRContext> context = createContext();
  return *context;
}

} // namespace

std::string checkStageKernel(const KernelConfig &config,
                             const std::string &chip, MLIRContext &context) {
  const ChipInfo *info = lookupChip(chip);
  if (!info)
    return unknownChipMessage(chip);
  const ProblemShape &p = problemOf(config);
  if (hasMXActivations(p.precision) && !info->hasScaledMFMA)
    return std::string(stringify(p.precision)) + " needs scaled MFMAs, which " +
           chip + " lacks";
  if (const auto *s2 = std::get_if<Stage2Config>(&config))
    if (s2->combine == Combine::Atomic)
      if (std::string why = outputAtomicUnsupported(*info, s2->out, p.modelDim);
          !why.empty())
        return why;
  // The tile attribute's own rules first: an invalid tile cannot be built.
  const Tile &t = tileOf(config);
  std::string diagnostics;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
    if (diagnostics.empty())
      diagnostics = d.str();
    return success();
  });
  if (failed(moe::TileAttr::verify(
          [&] { return emitError(UnknownLoc::get(&context)); }, t.m, t.n, t.k,
          t.waves)))
    return diagnostics;
  OwningOpRef<ModuleOp> module = moe::buildKernelModule(&context, config);
  if (failed(verify(*module)))
    return diagnostics.empty() ? "the kernel module does not verify"
                               : diagnostics;
  return checkStageLDS(config, chip);
}

std::string checkStageLDS(const KernelConfig &config, const std::string &chip) {
  const ChipInfo *info = lookupChip(chip);
  if (!info || (!std::holds_alternative<Stage1Config>(config) &&
                !std::holds_alternative<Stage2Config>(config)))
    return "";
  moe::TileResources res = resourcesOf(&modelContext(), config);
  if (res.ldsBytes <= info->ldsBytesPerWorkgroup)
    return "";
  int64_t depth = pipelineDepthOf(config);
  return "tile needs " + std::to_string(res.ldsBytes) + " bytes of LDS" +
         (depth != kDefaultPipelineDepth
              ? " (" + std::to_string(pipelineStageBuffers(depth)) +
                    " stage buffers of pipeline_depth " +
                    std::to_string(depth) + ")"
              : "") +
         ", more than the " + std::to_string(info->ldsBytesPerWorkgroup) +
         " of " + chip;
}

LegalityCheck legalityFor(const std::string &chip, MLIRContext &context) {
  return [chip, &context](const KernelConfig &config) {
    return checkStageKernel(config, chip, context);
  };
}

namespace {

struct Builtin {
  std::string error;
  std::optional<ConfigTable> table;
};

const Builtin *builtin(const std::string &chip) {
  static std::map<std::string, Builtin> tables = [] {
    std::map<std::string, Builtin> t;
    for (auto [name, text] : {std::pair{"gfx950", kConfigsGfx950},
                              std::pair{"gfx942", kConfigsGfx942}}) {
      ConfigParse parse = parseConfigTable(
          text, std::string("configs/") + name + ".json", name);
      t[name] = {parse.error, std::move(parse.table)};
    }
    return t;
  }();
  auto it = tables.find(chip);
  return it == tables.end() ? nullptr : &it->second;
}

} // namespace

const ConfigTable *builtinConfigs(const std::string &chip) {
  const Builtin *b = builtin(chip);
  return b && b->table ? &*b->table : nullptr;
}

std::string builtinConfigsError(const std::string &chip) {
  const Builtin *b = builtin(chip);
  return b ? b->error : "";
}

/// The verifiers' estimate of a stage kernel's VGPRs per lane (within its
/// occupancy target's budget: the backend keeps the registers there; it may
/// spill to get there, which only a compile shows: CompiledPredictor refuses
/// those) and LDS bytes.
static std::pair<int64_t, int64_t>
estimatedResources(const KernelConfig &config) {
  moe::TileResources res = resourcesOf(&modelContext(), config);
  int64_t vgprs = res.vgprsPerLane;
  if (int64_t target = wavesPerEUOf(config); target > 0)
    vgprs = std::min(vgprs, registerBudgetPerLane(target));
  return {vgprs, res.ldsBytes};
}

perf::KernelShape kernelShapeOf(const perf::ChipModel &model,
                                const KernelConfig &config) {
  perf::KernelShape ks;
  ks.tile = tileOf(config);
  ks.pipelineDepth = pipelineDepthOf(config);
  ks.kWaveGroups = kWaveGroupsOf(config);
  ks.slotRouting = fusedRoutingEntriesOf(config) > 0 && routeSlotsOf(config);
  if (const auto *s1 = std::get_if<Stage1Config>(&config)) {
    ks.stage = 1;
    ks.splitK = s1->splitK;
    ks.quantizeX = s1->quantizeX;
  } else {
    const auto &s2 = std::get<Stage2Config>(config);
    ks.stage = 2;
    ks.splitK = s2.splitK;
    ks.storeCombine = s2.combine == Combine::Store;
    ks.persistentWorkgroups = s2.persistentWorkgroups;
  }
  auto [vgprs, lds] = estimatedResources(config);
  ks.workgroupsPerCU = perf::workgroupsPerCU(model, ks.tile, vgprs, lds);
  return ks;
}

double fusedRoutingSeconds(const perf::ChipModel &model,
                           const KernelConfig &config, int64_t tokens) {
  if (fusedRoutingEntriesOf(config) == 0)
    return 0;
  if (routeSlotsOf(config))
    return perf::predictSlotRoutingPrologue(model, model.calibration);
  return perf::predictFusedRoutingPrologue(model, model.calibration,
                                           tokens * problemOf(config).topk,
                                           tileOf(config).lanes());
}

/// predictStageSeconds with the kernel's model view `ks`.
static double stageSeconds(const perf::ChipModel &model,
                           const KernelConfig &config, int64_t tokens,
                           const perf::KernelShape &ks,
                           perf::KernelTime *detail = nullptr) {
  const ProblemShape &p = problemOf(config);
  perf::KernelTime t = perf::predictStage(model, p, tokens, ks);
  if (detail)
    *detail = t;
  double seconds = t.totalSeconds;
  double rows = double(tokens) * p.topk;
  const perf::Calibration &cal = model.calibration;
  if (ks.stage == 1 && ks.splitK > 1)
    // The finish reads the f32 planes and writes the intermediate.
    seconds += perf::predictStreamingKernel(
        model, cal,
        ks.splitK * rows * 2.0 * p.interDim * 4 +
            rows * p.interDim * perf::intermediateBytesPerElement(p.precision));
  return seconds + fusedRoutingSeconds(model, config, tokens);
}

double hiddenStage2Routing(const perf::ChipModel &model,
                           const KernelConfig &stage1,
                           const KernelConfig &stage2, int64_t tokens,
                           int64_t vgprs, int64_t ldsBytes) {
  double routing = fusedRoutingSeconds(model, stage2, tokens);
  if (routing == 0)
    return 0;
  const ProblemShape &p = problemOf(stage1);
  double n1 = perf::predictStage(model, p, tokens, kernelShapeOf(model, stage1))
                  .workgroups;
  double n2 = perf::predictStage(model, p, tokens, kernelShapeOf(model, stage2))
                  .workgroups;
  double capacity =
      double(model.computeUnits) *
      double(perf::workgroupsPerCU(model, tileOf(stage1), vgprs, ldsBytes));
  return n1 + n2 <= capacity || n1 > capacity ? routing : 0;
}

double predictStageSeconds(const perf::ChipModel &model,
                           const KernelConfig &config, int64_t tokens,
                           perf::KernelTime *detail) {
  return stageSeconds(model, config, tokens, kernelShapeOf(model, config),
                      detail);
}

double predictSortSeconds(const perf::ChipModel &model, const SortConfig &s,
                          KernelRole role, int64_t tokens) {
  const perf::Calibration &cal = model.calibration;
  int64_t entries = tokens * s.topk;
  if (s.kind == SortKind::OneWorkgroup)
    return perf::predictSort(model, cal, entries, s.blockSize);
  perf::SortChunksTime t = perf::predictSortChunks(
      model, cal, entries, s.blockSize, s.chunk, s.experts, s.blockM);
  switch (role) {
  case KernelRole::SortCount:
    return t.count;
  case KernelRole::SortOffsets:
    return t.offsets;
  case KernelRole::SortScatter:
    return t.scatter;
  default:
    return t.total();
  }
}

/// The quantize_x kernel: reads bf16 x, writes its MX codes and scales.
static double quantizeKernelSeconds(const perf::ChipModel &model,
                                    const ProblemShape &p, int64_t tokens) {
  return perf::predictStreamingKernel(
      model, model.calibration,
      double(tokens) * p.modelDim *
          (2.0 + perf::activationBytesPerElement(p.precision)));
}

/// The stage-2 slot reduction: reads the bf16 slots, writes bf16 y.
static double slotReduceSeconds(const perf::ChipModel &model,
                                const ProblemShape &p, int64_t tokens) {
  return perf::predictStreamingKernel(model, model.calibration,
                                      double(tokens) * p.topk * p.modelDim *
                                              2.0 +
                                          double(tokens) * p.modelDim * 2.0);
}

LayerPrediction predictLayer(const perf::ChipModel &model,
                             const LayerConfig &config,
                             const LayerVariant &variant, int64_t tokens) {
  LayerPrediction r;
  const ProblemShape &p = config.problem;
  const perf::Calibration &cal = model.calibration;
  if (variant.inputQuantize == InputQuantize::Kernel)
    r.quantize = quantizeKernelSeconds(model, p, tokens);
  if (variant.routing == Routing::SortKernel)
    r.sort = predictSortSeconds(model, variant.sort, KernelRole::Sort, tokens);
  if (variant.launch == StageLaunch::Fused) {
    // One kernel: both stages run at the occupancy of the larger registers
    // and LDS of the two (the fused kernel's).
    auto [v1, l1] = estimatedResources(variant.stage1);
    auto [v2, l2] = estimatedResources(variant.stage2);
    auto atFusedOccupancy = [&](const KernelConfig &config) {
      perf::KernelShape ks = kernelShapeOf(model, config);
      ks.workgroupsPerCU = perf::workgroupsPerCU(
          model, ks.tile, std::max(v1, v2), std::max(l1, l2));
      return stageSeconds(model, config, tokens, ks);
    };
    r.stage1 = atFusedOccupancy(variant.stage1);
    r.stage2 = atFusedOccupancy(variant.stage2) +
               perf::fusedStagesHandoffSeconds(cal) -
               hiddenStage2Routing(model, variant.stage1, variant.stage2,
                                   tokens, std::max(v1, v2), std::max(l1, l2));
  } else {
    r.stage1 = predictStageSeconds(model, variant.stage1, tokens);
    r.stage2 = predictStageSeconds(model, variant.stage2, tokens);
  }
  if (variant.stage2.combine == Combine::Store)
    r.reduce = slotReduceSeconds(model, p, tokens);
  return r;
}

int64_t tuneFusedRoutingEntries(const perf::ChipModel &model,
                                const LayerConfig &config,
                                const ConfigTable *configs) {
  int64_t bound = 0;
  LayerConfig c = config;
  for (int64_t bucket : tunedBuckets()) {
    int64_t entries = bucket * c.problem.topk;
    if (entries > kMaxFusedRoutingEntries)
      break;
    // A bucket above it: the last bucket never fuses.
    c.tokenBuckets = {bucket, bucket + 1};
    auto layerSeconds = [&](int64_t fusedEntries) {
      c.fusedRoutingEntries = fusedEntries;
      LayerVariant v = planLayer(c, configs).front();
      return predictLayer(model, c, v, bucket).total();
    };
    if (layerSeconds(entries) >= layerSeconds(0))
      break;
    bound = entries;
  }
  return bound;
}

int64_t tuneFusedQuantizeTokens(const perf::ChipModel &model,
                                const LayerConfig &config,
                                const ConfigTable *configs) {
  if (!config.quantizesX())
    return 0;
  int64_t bound = 0;
  LayerConfig c = config;
  for (int64_t bucket : tunedBuckets()) {
    if (bucket > kMaxFusedQuantizeTokens)
      break;
    c.tokenBuckets = {bucket};
    auto layerSeconds = [&](int64_t fusedTokens) {
      c.fusedQuantizeTokens = fusedTokens;
      LayerVariant v = planLayer(c, configs).front();
      // A stage 1 whose LDS cannot hold the rows is no candidate.
      if (fusedTokens > 0 &&
          resourcesOf(&modelContext(), v.stage1).ldsBytes > model.ldsBytesPerCU)
        return std::numeric_limits<double>::infinity();
      return predictLayer(model, c, v, bucket).total();
    };
    if (layerSeconds(bucket) >= layerSeconds(0))
      break;
    bound = bucket;
  }
  return bound;
}

/// A bucket's predicted layer: compiled where a predictor is given.
static double layerSeconds(const perf::ChipModel &model,
                           const LayerConfig &config, const LayerVariant &v,
                           int64_t tokens, CompiledPredictor *compiled) {
  return (compiled ? predictCompiledLayer(model, config, v, tokens, *compiled)
                   : predictLayer(model, config, v, tokens))
      .total();
}

int64_t tuneSlotRoutingTokens(const perf::ChipModel &model,
                              const LayerConfig &config,
                              const ConfigTable *configs,
                              CompiledPredictor *compiled) {
  int64_t bound = 0;
  LayerConfig c = config;
  for (int64_t bucket : tunedBuckets()) {
    // A bucket above it: the last bucket never routes in its stages.
    c.tokenBuckets = {bucket, bucket + 1};
    c.slotRoutingTokens = bucket;
    LayerVariant slots = planLayer(c, configs).front();
    if (slots.routing != Routing::Slots)
      break;
    c.slotRoutingTokens = 0;
    LayerVariant sorted = planLayer(c, configs).front();
    auto seconds = [&](const LayerVariant &v) {
      return layerSeconds(model, c, v, bucket, compiled);
    };
    if (seconds(slots) >= seconds(sorted))
      break;
    bound = bucket;
  }
  return bound;
}

int64_t tuneFusedStagesTokens(const perf::ChipModel &model,
                              const LayerConfig &config,
                              const ConfigTable *configs,
                              CompiledPredictor *compiled) {
  int64_t bound = 0;
  LayerConfig c = config;
  for (int64_t bucket : tunedBuckets()) {
    if (bucket > config.fusedStagesTokens)
      break;
    // A bucket above it: the last bucket never fuses its routing.
    c.tokenBuckets = {bucket, bucket + 1};
    c.fusedStagesTokens = bucket;
    LayerVariant fused = planLayer(c, configs).front();
    c.fusedStagesTokens = 0;
    LayerVariant apart = planLayer(c, configs).front();
    auto seconds = [&](const LayerVariant &v) {
      return layerSeconds(model, c, v, bucket, compiled);
    };
    if (fused.launch == StageLaunch::Fused && seconds(fused) >= seconds(apart))
      break;
    bound = bucket;
  }
  return bound;
}

namespace {

/// Predicted seconds of one stage choice, with the stage-2 slot reduction.
double choiceSeconds(const perf::ChipModel &model, const LayerConfig &c,
                     const StageChoice &s, int stage, int64_t tokens) {
  if (stage == 1)
    return predictStageSeconds(model, stage1Config(c, s), tokens);
  double seconds = predictStageSeconds(model, stage2Config(c, s), tokens);
  if (s.combine == Combine::Store)
    seconds += slotReduceSeconds(model, c.problem, tokens);
  return seconds;
}

} // namespace

/// The pipeline depths the tuner tries (where LDS allows).
constexpr int64_t kTunedPipelineDepths[] = {2, 3, 4};
/// The K wave-group splits the tuner tries besides none (where the waves
/// divide and LDS allows).
constexpr int64_t kTunedKWaveGroups[] = {2, 4};

LegalSpace legalSpace(const LayerConfig &c, const std::string &chip,
                      MLIRContext &context) {
  // Stage 1 splits K with its finish kernel (planned into the layer, its
  // launch and bytes in predictStageSeconds); the layer sizes stage 2's
  // slot planes for one K slice, so stage 2 splits with atomics only.
  // Occupancy targets are tried on the picks only after compiling them
  // (tuneLayer): the model cannot see the spills a target may cause.
  LegalSpace space;
  auto offer = [](std::vector<StageChoice> &to, StageChoice s) {
    for (WeightCache cache : EnumValues<WeightCache>::all) {
      s.weightCache = cache;
      to.push_back(s);
    }
  };
  // Deeper pipelines where the chip's LDS (and the register estimate) hold
  // them: one depth past the first that does not fit cannot fit either.
  auto offerDepths = [&](std::vector<StageChoice> &to, StageChoice s,
                         auto &&check) {
    for (int64_t depth : kTunedPipelineDepths) {
      s.pipelineDepth = depth;
      if (depth != kDefaultPipelineDepth && !check(s).empty())
        break;
      offer(to, s);
      // K split over wave groups at this depth.
      for (int64_t groups : kTunedKWaveGroups) {
        StageChoice g = s;
        g.kWaveGroups = groups;
        if (s.tile.waves % groups == 0 && check(g).empty())
          offer(to, g);
      }
    }
  };
  for (int64_t m : {16, 32, 64, 128})
    for (int64_t n : {64, 128, 256})
      for (int64_t k : {128, 256, 512})
        for (int64_t waves : {2, 4, 8}) {
          StageChoice s;
          s.tile = {m, n, k, waves};
          for (int64_t split : {1, 2, 4, 8}) {
            s.splitK = split;
            if (checkStageKernel(stage1Config(c, s), chip, context).empty())
              offerDepths(space.stage1, s, [&](const StageChoice &d) {
                return checkStageKernel(stage1Config(c, d), chip, context);
              });
          }
          for (int64_t split : {1, 2, 4, 8})
            for (Combine combine : {Combine::Atomic, Combine::Store}) {
              if (split > 1 && combine == Combine::Store)
                continue;
              s.splitK = split;
              s.combine = combine;
              if (checkStageKernel(stage2Config(c, s), chip, context).empty())
                offerDepths(space.stage2, s, [&](const StageChoice &d) {
                  return checkStageKernel(stage2Config(c, d), chip, context);
                });
            }
        }
  return space;
}

WeightCache weightCacheRule(const ProblemShape &p, int64_t tokens,
                            int64_t tileM) {
  double touched = perf::expectedDistinctExperts(p.experts, p.topk, tokens);
  double rowsPerExpert = touched > 0 ? double(tokens) * p.topk / touched : 0;
  return rowsPerExpert <= double(tileM) ? WeightCache::NT : WeightCache::None;
}

static bool stage1PlanesFit(const LayerConfig &c, const StageChoice &s,
                            int64_t tokens) {
  // The kernels take 32-bit element counts.
  return s.splitK == 1 || double(s.splitK) * tokens * c.problem.topk * 2.0 *
                                  c.problem.interDim <=
                              double(std::numeric_limits<int32_t>::max());
}

/// Candidates ordered by predicted time; within 0.1 us (the model's
/// resolution; latency-bound decode ties, where the model cannot see the
/// loop) the K step of 256 first, which spreads a step's fixed work
/// (barriers, waits, addresses) over two MFMAs per tile and keeps a decode
/// tile's registers near Triton's (docs/perf/loops.md; 512 has fewer
/// instructions per MFMA but about 1.5x the VGPRs), then the larger step,
/// then the smaller split, then the shallower pipeline (fewer registers).
static std::tuple<long long, bool, int64_t, int64_t, int64_t>
tieBreakKey(const TuneCandidate &t) {
  return {std::llround(t.seconds * 1e7), t.choice.tile.k != 256,
          -t.choice.tile.k, t.choice.splitK, t.choice.pipelineDepth};
}

/// Arch plus acc VGPRs of a compiled kernel (0 for an unknown count).
static int64_t registersPerLane(const perf::KernelReport &r) {
  return std::max<int64_t>(r.vgprs, 0) + std::max<int64_t>(r.agprs, 0);
}

CompiledCandidate compiledCandidate(const TuneCandidate &candidate,
                                    const perf::KernelReport &report) {
  CompiledCandidate c{candidate, registersPerLane(report),
                      std::numeric_limits<double>::infinity()};
  if (report.mainLoop) {
    int mfmas = 0, all = 0;
    for (auto [cls, n] : report.mainLoop->mix) {
      all += n;
      if (cls == perf::InstClass::MFMA)
        mfmas += n;
    }
    if (mfmas > 0)
      c.instructionsPerMFMA = double(all) / mfmas;
  }
  return c;
}

size_t pickCompiled(const std::vector<CompiledCandidate> &candidates,
                    double tolerance) {
  assert(!candidates.empty() && "a pick needs a candidate");
  double fastest = candidates[0].candidate.seconds;
  for (const CompiledCandidate &c : candidates)
    fastest = std::min(fastest, c.candidate.seconds);
  auto key = [](const CompiledCandidate &c) {
    return std::tuple(c.registers, c.instructionsPerMFMA,
                      tieBreakKey(c.candidate));
  };
  std::optional<size_t> pick;
  for (size_t i = 0; i < candidates.size(); ++i)
    if (candidates[i].candidate.seconds <= fastest * (1 + tolerance) &&
        (!pick || key(candidates[i]) < key(candidates[*pick])))
      pick = i;
  return *pick;
}

std::vector<TuneCandidate> rankStage(const perf::ChipModel &model,
                                     const LayerConfig &c,
                                     const std::vector<StageChoice> &space,
                                     int stage, int64_t tokens) {
  std::vector<TuneCandidate> ranked;
  for (const StageChoice &s : space)
    if (s.weightCache == weightCacheRule(c.problem, tokens, s.tile.m) &&
        (stage == 2 || stage1PlanesFit(c, s, tokens)))
      ranked.push_back({s, choiceSeconds(model, c, s, stage, tokens)});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const TuneCandidate &a, const TuneCandidate &b) {
                     return tieBreakKey(a) < tieBreakKey(b);
                   });
  return ranked;
}

/// What CompiledPredictor caches a compiled kernel under.
static std::string compiledKey(const KernelConfig &config) {
  const Tile &t = tileOf(config);
  bool stage1 = std::holds_alternative<Stage1Config>(config);
  std::string name = stage1 ? std::get<Stage1Config>(config).kernelName()
                            : std::get<Stage2Config>(config).kernelName();
  // The persistent loop changes the registers (values hoisted out of it
  // stay live across tiles), the order only the prologue.
  int64_t persistent =
      stage1 ? 0 : std::get<Stage2Config>(config).persistentWorkgroups;
  return name + "/" + std::to_string(t.m) + "x" + std::to_string(t.n) + "x" +
         std::to_string(t.k) + "w" + std::to_string(t.waves) + "s" +
         std::to_string(splitKOf(config)) + "o" +
         std::to_string(wavesPerEUOf(config)) + "p" +
         std::to_string(persistent) + "d" +
         std::to_string(pipelineDepthOf(config)) + "kw" +
         std::to_string(kWaveGroupsOf(config));
}

std::optional<double> CompiledPredictor::seconds(const KernelConfig &config,
                                                 int64_t tokens) {
  bool stage1 = std::holds_alternative<Stage1Config>(config);
  std::string name = stage1 ? std::get<Stage1Config>(config).kernelName()
                            : std::get<Stage2Config>(config).kernelName();
  auto [it, added] = reports.try_emplace(compiledKey(config));
  if (added) {
    CompileOptions options;
    options.chip = chip;
    ScopedDiagnosticHandler quiet(&context,
                                  [](Diagnostic &) { return success(); });
    FailureOr<std::string> isa =
        compileKernel(config, EmitKind::ISA, options, context);
    if (succeeded(isa)) {
      std::vector<perf::KernelReport> found = perf::analyzeIsa(*isa);
      if (!perf::runMca(found, llvmMca, chip))
        for (perf::KernelReport &r : found)
          if (r.name == name)
            it->second = r;
    }
  }
  if (!it->second)
    return std::nullopt;
  const perf::KernelReport &report = *it->second;
  // A spill (registers or scratch) makes the candidate invalid: the model
  // has no term for the scratch traffic.
  if (report.vgprSpills > 0 || report.sgprSpills > 0 || report.scratchBytes > 0)
    return std::nullopt;
  const ProblemShape &p = problemOf(config);
  double extra =
      predictStageSeconds(model, config, tokens) -
      perf::predictStage(model, p, tokens, kernelShapeOf(model, config))
          .totalSeconds;
  return predictCompiledStage(model, *lookupChip(chip), config, tokens, report)
             .totalSeconds +
         extra;
}

perf::KernelTime predictCompiledStage(const perf::ChipModel &model,
                                      const ChipInfo &info,
                                      const KernelConfig &config,
                                      int64_t tokens,
                                      const perf::KernelReport &report) {
  bool stage1 = std::holds_alternative<Stage1Config>(config);
  const Tile &t = tileOf(config);
  const ProblemShape &p = problemOf(config);
  perf::KernelShape shape = kernelShapeOf(model, config);
  int waves =
      report.wavesPerSIMD(info.ldsBytesPerWorkgroup, info.maxWavesPerSIMD);
  KernelGrid grid = stage1 ? std::get<Stage1Config>(config).grid()
                           : std::get<Stage2Config>(config).grid();
  perf::Launch launch = perf::routedLaunch(
      grid, tokens, stage1 ? p.modelDim : p.interDim, t, report, waves,
      mainLoopKSteps(pipelineDepthOf(config)) * kWaveGroupsOf(config));
  shape.mcaCyclesPerIteration = launch.cyclesPerIteration;
  shape.loopIterations = launch.loopIterations;
  shape.workgroupsPerCU = perf::workgroupsPerCU(
      model, t, registersPerLane(report), report.ldsBytes);
  return perf::predictStage(model, p, tokens, shape);
}

/// A fused kernel's phase: `config`'s compiled main loop (`alone`, the stage
/// compiled on its own) at the occupancy of `shared`'s registers and LDS.
static double fusedPhaseSeconds(const perf::ChipModel &model,
                                const ChipInfo &info,
                                const KernelConfig &config, int64_t tokens,
                                const perf::KernelReport &alone,
                                const perf::KernelReport &shared) {
  perf::KernelReport phase = alone;
  phase.vgprs = shared.vgprs;
  phase.agprs = shared.agprs;
  phase.ldsBytes = shared.ldsBytes;
  return predictCompiledStage(model, info, config, tokens, phase).totalSeconds +
         fusedRoutingSeconds(model, config, tokens);
}

/// The larger registers and LDS of two compiled stages: what their fused
/// kernel has at least.
static perf::KernelReport largerResources(const perf::KernelReport &a,
                                          const perf::KernelReport &b) {
  perf::KernelReport r;
  r.vgprs = std::max(a.vgprs, b.vgprs);
  r.agprs = std::max(a.agprs, b.agprs);
  r.ldsBytes = std::max(a.ldsBytes, b.ldsBytes);
  return r;
}

LayerPrediction predictCompiledLayer(const perf::ChipModel &model,
                                     const LayerConfig &config,
                                     const LayerVariant &v, int64_t tokens,
                                     CompiledPredictor &compiled,
                                     const perf::KernelReport *fusedKernel) {
  LayerPrediction r = predictLayer(model, config, v, tokens);
  const ChipInfo &info = *lookupChip(compiled.chipName());
  bool fused = v.launch == StageLaunch::Fused;
  const perf::KernelReport *alone1 = compiled.report(v.stage1),
                           *alone2 = compiled.report(v.stage2);
  std::optional<perf::KernelReport> shared;
  if (fusedKernel)
    shared = *fusedKernel;
  else if (alone1 && alone2)
    shared = largerResources(*alone1, *alone2);
  auto stage = [&](const KernelConfig &config, const perf::KernelReport *alone,
                   double modelSeconds) {
    if (!alone)
      return modelSeconds;
    if (!fused)
      return *compiled.seconds(config, tokens);
    return fusedPhaseSeconds(model, info, config, tokens, *alone,
                             shared ? *shared : *alone);
  };
  double handoff =
      fused ? perf::fusedStagesHandoffSeconds(model.calibration) : 0.0;
  double hidden = 0;
  if (fused && alone1 && alone2 && shared)
    hidden = hiddenStage2Routing(model, v.stage1, v.stage2, tokens,
                                 registersPerLane(*shared), shared->ldsBytes);
  r.stage1 = stage(v.stage1, alone1, r.stage1);
  // predictLayer's stage 2 is only the fallback here: without its hand-off
  // and hiding where stage() replaces it.
  if (alone2)
    r.stage2 = stage(v.stage2, alone2, 0.0) + handoff - hidden;
  return r;
}

std::optional<double> fusedStagesSeconds(const perf::ChipModel &model,
                                         CompiledPredictor &compiled,
                                         const KernelConfig &stage1,
                                         const KernelConfig &stage2,
                                         const std::vector<int64_t> &points) {
  const perf::KernelReport *a = compiled.report(stage1),
                           *b = compiled.report(stage2);
  if (!a || !b)
    return std::nullopt;
  const ChipInfo &info = *lookupChip(compiled.chipName());
  perf::KernelReport shared = largerResources(*a, *b);
  double sum = 0;
  for (int64_t tokens : points)
    sum += fusedPhaseSeconds(model, info, stage1, tokens, *a, shared) +
           fusedPhaseSeconds(model, info, stage2, tokens, *b, shared) +
           perf::fusedStagesHandoffSeconds(model.calibration) -
           hiddenStage2Routing(model, stage1, stage2, tokens,
                               registersPerLane(shared), shared.ldsBytes);
  return sum;
}

const perf::KernelReport *
CompiledPredictor::report(const KernelConfig &config) {
  if (!seconds(config, 1))
    return nullptr;
  auto it = reports.find(compiledKey(config));
  return it != reports.end() && it->second ? &*it->second : nullptr;
}

namespace {

/// The token counts a bucket's pick is judged at: its largest and, above
/// the previous tuned bucket, twice that one (the bucket also serves those
/// T: a pick that only ties at the bound can be far slower below it).
std::vector<int64_t> judgedTokens(int64_t previous, int64_t bucket) {
  if (previous > 0 && 2 * previous < bucket)
    return {2 * previous, bucket};
  return {bucket};
}

/// A stage's compiled time summed over `points`, with stage 2's slot
/// reduction (the model's) where it stores; nullopt as
/// CompiledPredictor::seconds.
std::optional<double> compiledOverPoints(const perf::ChipModel &model,
                                         CompiledPredictor &compiled,
                                         const KernelConfig &config,
                                         const std::vector<int64_t> &points) {
  double sum = 0;
  const auto *s2 = std::get_if<Stage2Config>(&config);
  for (int64_t tokens : points) {
    std::optional<double> seconds = compiled.seconds(config, tokens);
    if (!seconds)
      return std::nullopt;
    sum += *seconds;
    if (s2 && s2->combine == Combine::Store)
      sum += slotReduceSeconds(model, s2->problem, tokens);
  }
  return sum;
}

/// The occupancy targets tried on a compiled pick.
constexpr int64_t kOccupancyTargets[] = {2, 3, 4, 6, 8};

/// `pick` with the occupancy target whose compiled kernel uses the fewest
/// registers, fewer than the pick's own and within the target's budget,
/// with no spills, and is predicted no slower (compiled: with the loop's
/// mca cycles under the target); `pick` itself when none is. LLVM 22 takes the
/// target as a scheduling goal and keeps an allocation that misses it ("failed
/// to meet occupancy target"), so only the compiled kernel says whether a
/// target helps.
TuneCandidate withOccupancyTarget(
    CompiledPredictor &compiled,
    const std::function<KernelConfig(const StageChoice &)> &configOf,
    const std::function<std::optional<double>(const StageChoice &)> &judge,
    const TuneCandidate &pick) {
  const perf::KernelReport *base = compiled.report(configOf(pick.choice));
  if (!base)
    return pick;
  auto registers = registersPerLane;
  TuneCandidate best = pick;
  int64_t fewest = registers(*base);
  for (int64_t target : kOccupancyTargets) {
    StageChoice s = pick.choice;
    s.wavesPerEU = target;
    if (target < (s.tile.waves + 3) / 4)
      continue;
    std::optional<double> seconds = judge(s);
    const perf::KernelReport *r = compiled.report(configOf(s));
    if (!seconds || !r || registers(*r) > registerBudgetPerLane(target) ||
        registers(*r) >= fewest)
      continue;
    // Not slower at all: the tie window of the tile ranking would let a
    // target that costs mca cycles through.
    if (*seconds > pick.seconds)
      continue;
    best = {s, *seconds};
    fewest = registers(*r);
  }
  return best;
}

} // namespace

std::vector<ConfigEntry> tuneLayer(const perf::ChipModel &model,
                                   const LayerConfig &c,
                                   const LegalSpace &space,
                                   const std::vector<int64_t> &buckets,
                                   CompiledPredictor *compiled, int refineTop) {
  std::vector<ConfigEntry> entries;
  int64_t previous = 0;
  for (int64_t bucket : buckets) {
    // Compiled candidates are judged over the T the bucket serves.
    std::vector<int64_t> points = judgedTokens(previous, bucket);
    previous = bucket;
    // The kernels as the plan builds them for the bucket: stage 1 quantizes
    // x in LDS where its rows fit (its LDS and registers), both sort their
    // own routing up to the layer's bound.
    int64_t routingEntries =
        bucket * c.problem.topk <= fusedRoutingBound(c, nullptr)
            ? bucket * c.problem.topk
            : 0;
    // Slot routing as routingFor picks it for the bucket.
    bool routeSlots = routingEntries > 0 && routesBySlot(c, bucket);
    // At `tokens` (a judged point; the bucket's bound by default), as the
    // plan builds that T: below fused_quantize_tokens stage 1 quantizes x.
    auto configOf = [&](int stage, const StageChoice &s,
                        int64_t tokens = 0) -> KernelConfig {
      if (stage == 2) {
        Stage2Config s2 = stage2Config(c, s);
        s2.fusedRoutingEntries = routingEntries;
        s2.routeSlots = routeSlots;
        return s2;
      }
      Stage1Config s1 = stage1Config(c, s);
      s1.fusedRoutingEntries = routingEntries;
      s1.routeSlots = routeSlots;
      s1.quantizeX = c.quantizesX() &&
                     (tokens > 0 ? tokens : bucket) <= c.fusedQuantizeTokens &&
                     fusedQuantizeFits(c.problem, s.tile.m);
      return s1;
    };
    // A stage's compiled time summed over the judged points, each point's
    // kernel as the plan builds it there.
    auto overPoints = [&](int stage,
                          const StageChoice &s) -> std::optional<double> {
      double sum = 0;
      for (int64_t tokens : points) {
        std::optional<double> seconds = compiledOverPoints(
            model, *compiled, configOf(stage, s, tokens), {tokens});
        if (!seconds)
          return std::nullopt;
        sum += *seconds;
      }
      return sum;
    };
    std::vector<TuneCandidate> r1 =
                                   rankStage(model, c, space.stage1, 1, bucket),
                               r2 =
                                   rankStage(model, c, space.stage2, 2, bucket);
    // The best candidate with tile m, re-ranked after compiling the first
    // few when a predictor is given.
    // The pick and the fastest time (the tile m is chosen on the fastest,
    // so that the register tie-break cannot move it).
    struct Best {
      TuneCandidate pick;
      double fastest;
      std::vector<CompiledCandidate> timed; // compiled: every one timed
    };
    auto best = [&](const std::vector<TuneCandidate> &ranked, int stage,
                    int64_t m) -> std::optional<Best> {
      std::vector<CompiledCandidate> timed;
      // The first few of each K step and K wave-group count are compiled
      // (the model's ranking cannot tell their loops apart at decode).
      std::map<std::pair<int64_t, int64_t>, int> tried;
      for (const TuneCandidate &t : ranked) {
        if (t.choice.tile.m != m)
          continue;
        if (!compiled)
          return Best{t, t.seconds};
        if (tried[{t.choice.tile.k, t.choice.kWaveGroups}]++ >= refineTop)
          continue;
        std::optional<double> seconds = overPoints(stage, t.choice);
        const perf::KernelReport *report =
            compiled->report(configOf(stage, t.choice));
        if (!seconds || !report)
          continue;
        timed.push_back(compiledCandidate({t.choice, *seconds}, *report));
      }
      if (timed.empty())
        return std::nullopt;
      double fastest = timed[0].candidate.seconds;
      for (const CompiledCandidate &x : timed)
        fastest = std::min(fastest, x.candidate.seconds);
      return Best{timed[pickCompiled(timed)].candidate, fastest, timed};
    };
    // What a tile m costs the layer beyond its stages: a bucket that could
    // quantize x inside stage 1 keeps the quantize kernel where the m rows
    // do not fit the LDS (planVariant).
    auto quantizes = [&](int64_t tokens, int64_t m) {
      return c.quantizesX() && tokens <= c.fusedQuantizeTokens &&
             !fusedQuantizeFits(c.problem, m);
    };
    auto layerExtra = [&](int64_t m) {
      double extra = 0;
      for (int64_t tokens : compiled ? points : std::vector<int64_t>{bucket})
        if (quantizes(tokens, m))
          extra += quantizeKernelSeconds(model, c.problem, tokens);
      return extra;
    };
    // A T the plan launches as one kernel (planVariant: fused routing, no
    // quantize kernel, stage-1 split-K 1, atomic combine, no persistent
    // grid, equal waves). A bucket's lower judged point may be one (bucket
    // 4's T = 2 quantizes x in stage 1) while its bound is not.
    auto fusesAt = [&](int64_t tokens, int64_t m) {
      return tokens <= c.fusedStagesTokens && routingEntries != 0 &&
             !(c.quantizesX() && (tokens > c.fusedQuantizeTokens ||
                                  !fusedQuantizeFits(c.problem, m)));
    };
    // Compiled, each timed pair of that kind is judged as the plan runs it
    // at each point: where it fuses, as the fused kernel runs it, at the
    // occupancy of the larger registers and LDS of the two, with one
    // launch and the hand-off; elsewhere as two launches.
    auto fusedPair = [&](const Best &a, const Best &b, int64_t m)
        -> std::optional<std::pair<TuneCandidate, TuneCandidate>> {
      if (!compiled ||
          llvm::none_of(points, [&](int64_t t) { return fusesAt(t, m); }))
        return std::nullopt;
      std::optional<std::pair<TuneCandidate, TuneCandidate>> pair;
      double fastest = 0;
      for (const CompiledCandidate &x : a.timed) {
        if (x.candidate.choice.splitK != 1)
          continue;
        for (const CompiledCandidate &y : b.timed) {
          const StageChoice &s2 = y.candidate.choice;
          if (s2.combine != Combine::Atomic || s2.persistentWorkgroups > 0 ||
              s2.tile.waves != x.candidate.choice.tile.waves)
            continue;
          std::optional<double> seconds = 0.0;
          for (int64_t tokens : points) {
            KernelConfig k1 = configOf(1, x.candidate.choice, tokens),
                         k2 = configOf(2, s2, tokens);
            std::optional<double> t, t2;
            if (fusesAt(tokens, m)) {
              t = fusedStagesSeconds(model, *compiled, k1, k2, {tokens});
              t2 = 0.0;
            } else {
              t = compiledOverPoints(model, *compiled, k1, {tokens});
              t2 = compiledOverPoints(model, *compiled, k2, {tokens});
            }
            if (!t || !t2) {
              seconds.reset();
              break;
            }
            *seconds += *t + *t2;
          }
          if (seconds && (!pair || *seconds < fastest)) {
            pair = {{x.candidate.choice, *seconds}, {s2, 0.0}};
            fastest = *seconds;
          }
        }
      }
      return pair;
    };
    std::optional<TuneCandidate> best1, best2;
    double bestFastest = 0;
    for (int64_t m : {16, 32, 64, 128}) {
      std::optional<Best> a = best(r1, 1, m), b = best(r2, 2, m);
      if (a && b)
        if (auto pair = fusedPair(*a, *b, m);
            pair && pair->first.seconds < a->fastest + b->fastest) {
          // The stages' own times, for the occupancy targets' comparison.
          double s1 = *overPoints(1, pair->first.choice),
                 s2 = *overPoints(2, pair->second.choice);
          a->fastest = pair->first.seconds - s2;
          a->pick = {pair->first.choice, s1};
          b->fastest = s2;
          b->pick = {pair->second.choice, s2};
        }
      if (a)
        a->fastest += layerExtra(m);
      // Ties within the model's 0.1 us keep the smaller m (fewer padded rows
      // at decode).
      auto tenthsOfUs = [](double seconds) {
        return std::llround(seconds * 1e7);
      };
      if (a && b &&
          (!best1 ||
           tenthsOfUs(a->fastest + b->fastest) < tenthsOfUs(bestFastest))) {
        best1 = a->pick;
        best2 = b->pick;
        bestFastest = a->fastest + b->fastest;
      }
    }
    if (!best1)
      continue;
    if (compiled)
      for (auto [stage, pick] : {std::pair{1, &*best1}, std::pair{2, &*best2}})
        *pick = withOccupancyTarget(
            *compiled, [&](const StageChoice &s) { return configOf(stage, s); },
            [&](const StageChoice &s) { return overPoints(stage, s); }, *pick);
    for (auto [stage, pick] : {std::pair{1, &*best1}, std::pair{2, &*best2}}) {
      ConfigEntry e;
      e.name = c.model;
      e.problem = c.problem;
      e.stage = stage;
      e.maxTokens = bucket;
      e.choice = pick->choice;
      // The time at the bucket's bound (compiled picks were judged over
      // more token counts).
      std::optional<double> atBound;
      if (compiled)
        atBound = compiledOverPoints(model, *compiled,
                                     configOf(stage, pick->choice), {bucket});
      e.predictedUs = atBound.value_or(pick->seconds) * 1e6;
      e.origin = ConfigOrigin::ModelTuned;
      entries.push_back(e);
    }
  }
  return entries;
}

std::vector<LayerConfig> tunedLayers(const std::string &chip) {
  std::vector<LayerConfig> layers;
  const ChipInfo *info = lookupChip(chip);
  auto add = [&](const char *base, const char *name, Precision p, int64_t d,
                 int64_t i, int64_t e) {
    if (hasMXActivations(p) && !(info && info->hasScaledMFMA))
      return;
    LayerConfig c = *knownModel(base);
    c.model = name;
    c.problem.precision = p;
    c.problem.modelDim = d;
    c.problem.interDim = i;
    c.problem.experts = e;
    layers.push_back(c);
  };
  for (Precision p : {Precision::A16W4, Precision::A8W4, Precision::A4W4})
    add("gpt-oss-120b", "gpt-oss-120b", p, 2880, 2880, 128);
  for (Precision p : {Precision::A16W4, Precision::A8W4, Precision::A4W4})
    add("gpt-oss-120b", "gpt-oss-3072", p, 3072, 3072, 128);
  add("deepseek-r1", "deepseek-r1", Precision::A4W4, 7168, 2048, 256);
  add("deepseek-r1", "deepseek-r1-tp4", Precision::A4W4, 7168, 512, 256);
  add("deepseek-r1", "deepseek-r1-tp8", Precision::A4W4, 7168, 256, 256);
  return layers;
}

std::vector<int64_t> tunedBuckets() {
  return {1, 4, 16, 64, 256, 1024, 4096, 32768};
}

} // namespace mxmoe
