//===- Layer.cpp - the kernels of a whole MoE layer -----------------------===//

#include "mxmoe/Plan/Layer.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Limits.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mxmoe {

std::optional<LayerConfig> knownModel(const std::string &name) {
  LayerConfig c;
  c.model = name;
  ProblemShape &p = c.problem;
  if (name == "gpt-oss-120b" || name == "gpt-oss-20b") {
    // config.json: hidden 2880, intermediate 2880, 128 / 32 local experts,
    // 4 per token, SwiGLU alpha 1.702 limit 7, biases, gate/up interleaved.
    p.modelDim = p.interDim = 2880;
    p.experts = name == "gpt-oss-120b" ? 128 : 32;
    p.topk = 4;
    c.bias = true;
    c.gateUp = fmt::GateUpArrangement::Interleaved;
    c.activation = Activation();
    return c;
  }
  if (name == "deepseek-r1") {
    // hidden 7168, moe_intermediate 2048, 256 routed experts, 8 per token,
    // SiLU, no biases; W1/W3 stacked as [gate | up]. MXFP4 checkpoints
    // quantize the activations too (a4w4).
    p.precision = Precision::A4W4;
    p.modelDim = 7168;
    p.interDim = 2048;
    p.experts = 256;
    p.topk = 8;
    c.gateUp = fmt::GateUpArrangement::Halves;
    c.activation = Activation::silu();
    return c;
  }
  return std::nullopt;
}

std::string knownModelNames() {
  return "gpt-oss-120b, gpt-oss-20b, deepseek-r1";
}

std::string checkLayerConfig(const LayerConfig &c) {
  const ProblemShape &p = c.problem;
  if (p.modelDim <= 0 || p.interDim <= 0 || p.experts <= 0 || p.topk <= 0)
    return "model_dim, inter_dim, experts and topk must be positive";
  if (std::string why = checkProblemShape(p); !why.empty())
    return why;
  if (c.tokenBuckets.empty())
    return "no token buckets";
  for (size_t i = 0; i < c.tokenBuckets.size(); ++i)
    if (c.tokenBuckets[i] <= 0 ||
        (i && c.tokenBuckets[i] <= c.tokenBuckets[i - 1]))
      return "token buckets must be positive and ascending";
  for (int64_t bucket : c.tokenBuckets) // planLayer's block m per bucket
    if (std::string why = checkTokenCount(p, bucket, bucket <= 32 ? 16 : 64, 1,
                                          c.out, c.combine);
        !why.empty())
      return "bucket " + std::to_string(bucket) + ": " + why;
  if (c.fusedStagesTokens < 0 || c.fusedStagesTokens > kMaxFusedQuantizeTokens)
    return "fused_stages_tokens (" + std::to_string(c.fusedStagesTokens) +
           ") must be in [0, " + std::to_string(kMaxFusedQuantizeTokens) + "]";
  if (c.fusedQuantizeTokens < 0 ||
      c.fusedQuantizeTokens > kMaxFusedQuantizeTokens)
    return "fused_quantize_tokens (" + std::to_string(c.fusedQuantizeTokens) +
           ") must be in [0, " + std::to_string(kMaxFusedQuantizeTokens) + "]";
  if (c.slotRoutingTokens && (*c.slotRoutingTokens < 0 ||
                              *c.slotRoutingTokens > kMaxFusedQuantizeTokens))
    return "slot_routing_tokens (" + std::to_string(*c.slotRoutingTokens) +
           ") must be in [0, " + std::to_string(kMaxFusedQuantizeTokens) + "]";
  if (c.fusedRoutingEntries &&
      (*c.fusedRoutingEntries < 0 ||
       *c.fusedRoutingEntries > kMaxFusedRoutingEntries))
    return "fused_routing_entries (" + std::to_string(*c.fusedRoutingEntries) +
           ") must be in [0, " + std::to_string(kMaxFusedRoutingEntries) + "]";
  if (hasMXActivations(p.precision) && p.modelDim % 32 != 0)
    return "model_dim (" + std::to_string(p.modelDim) +
           ") must be a multiple of 32 for the MX input of " +
           stringify(p.precision);
  if (isMX(c.intermediate()) && p.interDim % 32 != 0)
    return "inter_dim (" + std::to_string(p.interDim) +
           ") must be a multiple of 32 for the MX intermediate of " +
           stringify(p.precision);
  return "";
}

int64_t sortChunkFor(int64_t entries, int64_t blockSize) {
  double best = std::sqrt(double(std::max<int64_t>(entries, 1)) *
                          double(blockSize) / 24.0);
  return std::max<int64_t>(1, std::llround(best / double(blockSize))) *
         blockSize;
}

SortConfig sortConfig(const LayerConfig &c, int64_t bucket, int64_t blockM) {
  SortConfig s;
  s.topk = c.problem.topk;
  s.experts = c.problem.experts;
  s.blockM = blockM;
  int64_t entries = bucket * c.problem.topk;
  if (entries >= kMultiWorkgroupSortMinEntries) {
    s.kind = SortKind::MultiWorkgroup;
    s.chunk = sortChunkFor(entries, s.blockSize);
  }
  return s;
}

Routing routingFor(const LayerConfig &c, int64_t bucket) {
  bool last = !c.tokenBuckets.empty() && bucket >= c.tokenBuckets.back();
  int64_t entries = bucket * c.problem.topk;
  if (last || entries > fusedRoutingBound(c, nullptr))
    return Routing::SortKernel;
  return routesBySlot(c, bucket) ? Routing::Slots : Routing::Fused;
}

bool routesBySlot(const LayerConfig &c, int64_t bucket) {
  return bucket <= slotRoutingBound(c, nullptr) &&
         whyNoSlotRouting(bucket * c.problem.topk, c.problem.experts).empty();
}

/// A layer's bound: its own, else the tuned one, else the default.
static int64_t ownElseTuned(std::optional<int64_t> own,
                            std::optional<int64_t> tuned, int64_t fallback) {
  return own ? *own : tuned ? *tuned : fallback;
}

int64_t fusedRoutingBound(const LayerConfig &c, const ConfigTable *configs) {
  return ownElseTuned(c.fusedRoutingEntries,
                      configs ? configs->fusedRoutingEntries(c.problem)
                              : std::nullopt,
                      kDefaultFusedRoutingEntries);
}

int64_t slotRoutingBound(const LayerConfig &c, const ConfigTable *configs) {
  return ownElseTuned(c.slotRoutingTokens,
                      configs ? configs->slotRoutingTokens(c.problem)
                              : std::nullopt,
                      kDefaultSlotRoutingTokens);
}

int64_t fusedStagesBound(const LayerConfig &c, const ConfigTable *configs) {
  if (configs)
    if (std::optional<int64_t> tuned = configs->fusedStagesTokens(c.problem))
      return std::min(c.fusedStagesTokens, *tuned);
  return c.fusedStagesTokens;
}

InputQuantize inputQuantizeFor(const LayerConfig &c, int64_t bucket) {
  if (!c.quantizesX())
    return InputQuantize::None;
  return bucket <= c.fusedQuantizeTokens ? InputQuantize::Stage1
                                         : InputQuantize::Kernel;
}

int64_t layerCapacity(const LayerConfig &c, int64_t tokens, int64_t blockM) {
  return fmt::routingCapacity(tokens, c.problem.topk, c.problem.experts,
                              blockM);
}

namespace {

std::string mem(const char *elem) {
  return std::string("memref<?x") + elem + ", 1>";
}

/// "T*D" for bf16 or FP8 codes, "T*D/2" for packed FP4.
std::string codes(const char *elements, OutputFormat f) {
  return std::string(elements) + (elementsPerByte(f) == 2 ? "/2" : "");
}

LayerKernel kernelOf(KernelRole role, std::string name, KernelConfig module,
                     const KernelGrid &grid) {
  LayerKernel k;
  k.role = role;
  k.name = std::move(name);
  k.module = std::move(module);
  k.lanes = grid.lanes;
  k.launch = grid;
  k.gridRule = grid.describe();
  return k;
}

/// The one-workgroup sort, or the multi-workgroup sort's three kernels.
std::vector<LayerKernel> sortKernels(const SortConfig &s) {
  std::vector<KernelParam> params = {
      {"topk_ids", mem("i32"), "T*K"},
      {"topk_weights", mem("f32"), "T*K"},
      {"tokens", "i32", "T"},
      {"expert_begin", "i32", "first local expert (0 unsharded)"},
      {"sorted_ids", mem("i32"), "capacity"},
      {"sorted_weights", mem("f32"), "capacity"},
      {"sorted_expert_ids", mem("i32"), "capacity/m"},
      {"num_valid_ids", mem("i32"), "1"}};
  if (s.kind == SortKind::OneWorkgroup) {
    LayerKernel k = kernelOf(KernelRole::Sort, s.kernelName(), s, s.grid());
    k.params = std::move(params);
    return {k};
  }
  params.push_back({"sort_counts", mem("i32"),
                    "E*(floor(T*K/" + std::to_string(s.chunk) + ")+2)"});
  std::vector<LayerKernel> kernels;
  for (KernelRole role : {KernelRole::SortCount, KernelRole::SortOffsets,
                          KernelRole::SortScatter}) {
    LayerKernel k =
        kernelOf(role, s.phaseName(role), s,
                 role == KernelRole::SortOffsets ? s.grid() : s.chunkGrid());
    k.params = params;
    kernels.push_back(std::move(k));
  }
  return kernels;
}

/// A fused-routing stage kernel's routing parameters: what the sort kernel
/// takes (KernelBuilders' order).
void addFusedRouting(std::vector<KernelParam> &params, bool weights) {
  params.push_back({"topk_ids", mem("i32"), "T*K"});
  if (weights)
    params.push_back({"topk_weights", mem("f32"), "T*K"});
  params.push_back({"tokens", "i32", "T"});
  params.push_back({"expert_begin", "i32", "first local expert (0 unsharded)"});
}

/// The stage-1 output / stage-2 input: h and, for MX formats, its scales.
void addIntermediate(OutputFormat in, std::vector<KernelParam> &params) {
  params.push_back({"h", mem(isMX(in) ? "i8" : "bf16"), codes("T*K*I", in)});
  if (isMX(in))
    params.push_back({"h_scales", mem("i8"), "T*K*I/32"});
}

/// The MX stage-1 input, quantized on the device from bf16 x.
LayerKernel quantizeKernel(const QuantizeConfig &q) {
  LayerKernel k = kernelOf(KernelRole::QuantizeX, q.kernelName(), q, q.grid());
  k.gridRule = "ceil(T*D/32/" + std::to_string(kQuantizeBlock) + ")";
  k.params = {{"x", mem("bf16"), "T*D"},
              {"tokens", "i32", "T"},
              {"x_mx", mem("i8"), codes("T*D", q.format)},
              {"x_scales", mem("i8"), "T*D/32"}};
  return k;
}

LayerKernel stage1Kernel(const LayerConfig &c, const Stage1Config &s) {
  LayerKernel k = kernelOf(KernelRole::Stage1, s.kernelName(), s, s.grid());
  k.params = stage1Params(s, c.quantizesX());
  return k;
}

/// Split-K stage 1's finish: adds the f32 planes, bias and activation and
/// writes the intermediate (moe.stage1_finish, in stage 1's module).
LayerKernel stage1FinishKernel(const LayerConfig &c, const Stage1Config &s) {
  LayerKernel k =
      kernelOf(KernelRole::Stage1Finish, s.finishName(), s, s.finishGrid());
  k.params.push_back({"h_planes", mem("f32"),
                      std::to_string(s.splitK) + "*T*K*2I (f32 partials)"});
  if (c.bias)
    k.params.push_back({"b13", mem("f32"), "E*2I"});
  k.params.push_back({"topk_ids", mem("i32"), "T*K"});
  k.params.push_back({"tokens", "i32", "T"});
  k.params.push_back(
      {"expert_begin", "i32", "first local expert (0 unsharded)"});
  addIntermediate(c.intermediate(), k.params);
  return k;
}

std::vector<LayerKernel> stage2Kernels(const LayerConfig &c,
                                       const Stage2Config &s) {
  LayerKernel k = kernelOf(KernelRole::Stage2, s.kernelName(), s, s.grid());
  k.params = stage2Params(s);
  std::vector<LayerKernel> kernels{k};
  if (s.combine == Combine::Store) {
    LayerKernel r =
        kernelOf(KernelRole::Stage2Reduce, s.reduceName(), s, s.reduceGrid());
    r.gridRule = "ceil(T*D/" + std::to_string(kSlotReduceBlock) + ")";
    r.params = {{"y_slots", mem(stringify(c.out)), "T*K*D"},
                {"topk_ids", mem("i32"), "T*K"},
                {"tokens", "i32", "T"},
                {"expert_begin", "i32", "first local expert (0 unsharded)"},
                {"y", mem(stringify(c.out)), "T*D"}};
    kernels.push_back(r);
  }
  return kernels;
}

LayerKernel fusedStagesKernel(const FusedStagesConfig &f) {
  LayerKernel k =
      kernelOf(KernelRole::FusedStages, f.kernelName(), f, f.grid());
  k.params = fusedStagesParams(f);
  return k;
}

} // namespace

std::vector<KernelParam> stage1Params(const Stage1Config &s,
                                      bool xFromQuantizeKernel) {
  std::vector<KernelParam> params;
  Precision p = s.problem.precision;
  bool scaled = hasMXActivations(p);
  if (s.quantizeX) {
    // bf16 x, quantized by each workgroup into LDS.
    params.push_back({"x", mem("bf16"), "T*D"});
  } else {
    // The layer's own quantized copy of x, or the caller's.
    params.push_back({xFromQuantizeKernel ? "x_mx" : "x",
                      mem(scaled ? "i8" : "bf16"),
                      codes("T*D", activationFormat(p))});
    if (scaled)
      params.push_back({"x_scales", mem("i8"), "T*D/32"});
  }
  params.push_back(
      {"w13", mem("i8"),
       std::string("E*2I*D/2 (") + stringify(s.storage.weights) + ")"});
  params.push_back(
      {"w13_scales", mem("i8"),
       std::string("E*2I*D/32 (") + stringify(s.storage.scales) + ", padded)"});
  bool split = s.splitK > 1;
  // Split-K: the finish kernel adds the bias.
  if (s.bias && !split)
    params.push_back({"b13", mem("f32"), "E*2I"});
  if (s.fusedRoutingEntries > 0) {
    addFusedRouting(params, /*weights=*/false);
  } else {
    params.push_back({"sorted_ids", mem("i32"), "capacity"});
    params.push_back({"sorted_expert_ids", mem("i32"), "capacity/m"});
    params.push_back({"num_valid_ids", mem("i32"), "1"});
    params.push_back({"tokens", "i32", "T"});
  }
  if (split)
    params.push_back({"h_planes", mem("f32"),
                      std::to_string(s.splitK) + "*T*K*2I (f32 partials)"});
  else
    addIntermediate(s.out, params);
  return params;
}

std::vector<KernelParam> stage2Params(const Stage2Config &s) {
  std::vector<KernelParam> params;
  addIntermediate(activationFormat(s.problem.precision), params);
  params.push_back(
      {"w2", mem("i8"),
       std::string("E*D*I/2 (") + stringify(s.storage.weights) + ")"});
  params.push_back(
      {"w2_scales", mem("i8"),
       std::string("E*D*I/32 (") + stringify(s.storage.scales) + ", padded)"});
  if (s.bias)
    params.push_back({"b2", mem("f32"), "E*D"});
  if (s.fusedRoutingEntries > 0) {
    addFusedRouting(params, s.routingWeight);
  } else {
    params.push_back({"sorted_ids", mem("i32"), "capacity"});
    params.push_back({"sorted_weights", mem("f32"), "capacity"});
    params.push_back({"sorted_expert_ids", mem("i32"), "capacity/m"});
    params.push_back({"num_valid_ids", mem("i32"), "1"});
    params.push_back({"tokens", "i32", "T"});
  }
  bool store = s.combine == Combine::Store;
  params.push_back({store ? "y_slots" : "y", mem(stringify(s.out)),
                    store ? "T*K*D" : "T*D (zeroed: atomics add into it)"});
  return params;
}

std::vector<KernelParam> fusedStagesParams(const FusedStagesConfig &f) {
  std::vector<KernelParam> params = stage1Params(f.stage1, false);
  for (KernelParam &p : stage2Params(f.stage2)) {
    if (p.name == "y")
      p.elements = "T*D (zeroed by the kernel's stage-1 workgroups)";
    if (std::none_of(params.begin(), params.end(),
                     [&](const KernelParam &q) { return q.name == p.name; }))
      params.push_back(p);
  }
  params.push_back({"layer_sync", mem("i32"),
                    std::to_string(kLayerSyncWords) +
                        " (zeroed once; each launch leaves it zeroed)"});
  return params;
}

unsigned KernelArgument::bytes() const {
  switch (value) {
  case Value::Scalar:
  case Value::Elements:
    return 4;
  default:
    return 8;
  }
}

std::vector<KernelArgument>
kernelArguments(const std::vector<KernelParam> &params, KernelAbi abi) {
  using V = KernelArgument::Value;
  std::vector<KernelArgument> args;
  for (size_t p = 0; p < params.size(); ++p) {
    if (params[p].isScalar()) {
      args.push_back({V::Scalar, p});
    } else if (abi == KernelAbi::Bare) {
      args.push_back({V::AlignedPointer, p});
    } else {
      for (V v : {V::AllocatedPointer, V::AlignedPointer, V::Offset, V::Size,
                  V::Stride})
        args.push_back({v, p});
    }
  }
  if (abi == KernelAbi::Bare)
    for (size_t p = 0; p < params.size(); ++p)
      if (!params[p].isScalar())
        args.push_back({V::Elements, p});
  return args;
}

namespace {

/// The two stage kernels of one bucket and where they came from.
struct BucketPick {
  StagePick stage1, stage2;
};

/// The bucket's variant for the picked stage kernels.
LayerVariant planVariant(const LayerConfig &c, int64_t bucket,
                         const BucketPick &pick) {
  LayerVariant v;
  v.maxTokens = bucket;
  v.routing = routingFor(c, bucket);
  v.inputQuantize = inputQuantizeFor(c, bucket);
  // The tile's quantized rows must leave LDS to its main loop: a tile too
  // tall for them keeps the quantize kernel (DeepSeek-R1's 32-row T = 1
  // tile would need 122 KB; the model then prefers the kernel).
  if (v.inputQuantize == InputQuantize::Stage1 &&
      !fusedQuantizeFits(c.problem, pick.stage1.choice.tile.m))
    v.inputQuantize = InputQuantize::Kernel;
  int64_t fusedEntries =
      v.routing != Routing::SortKernel ? bucket * c.problem.topk : 0;
  const Tile &tile = pick.stage1.choice.tile;
  std::string suffix = "_m" + std::to_string(tile.m);
  std::string prefix = "_" + c.model;
  std::replace(prefix.begin(), prefix.end(), '-', '_');
  // Tuned kernels name their whole configuration; the heuristic's keep the
  // names they always had.
  auto tileName = [](const StageChoice &s) {
    const Tile &t = s.tile;
    return "_t" + std::to_string(t.m) + "x" + std::to_string(t.n) + "x" +
           std::to_string(t.k) + "w" + std::to_string(t.waves) +
           (s.splitK > 1 ? "s" + std::to_string(s.splitK) : "") +
           (s.weightCache == WeightCache::NT ? "_nt" : "") +
           (s.wavesPerEU > 0 ? "_o" + std::to_string(s.wavesPerEU) : "") +
           (s.order == WorkgroupOrder::XcdGrouped ? "_xcd" : "") +
           (s.persistentWorkgroups > 0
                ? "_p" + std::to_string(s.persistentWorkgroups)
                : "") +
           (s.pipelineDepth != kDefaultPipelineDepth
                ? "_d" + std::to_string(s.pipelineDepth)
                : "") +
           (s.kWaveGroups > 1 ? "_kw" + std::to_string(s.kWaveGroups) : "");
  };
  bool tuned1 = pick.stage1.source != "heuristic",
       tuned2 = pick.stage2.source != "heuristic";

  v.quantize.format = activationFormat(c.problem.precision);
  v.quantize.scaleRounding = c.scaleRounding;
  v.quantize.cols = c.problem.modelDim;
  v.quantize.nameSuffix = prefix;

  v.sort = sortConfig(c, bucket, tile.m);
  v.sort.nameSuffix = prefix;

  Stage1Config &s1 = v.stage1;
  s1 = stage1Config(c, pick.stage1.choice);
  s1.fusedRoutingEntries = fusedEntries;
  s1.routeSlots = v.routing == Routing::Slots;
  s1.quantizeX = v.inputQuantize == InputQuantize::Stage1;
  s1.nameSuffix = prefix + (tuned1 ? tileName(pick.stage1.choice) : suffix);

  Stage2Config &s2 = v.stage2;
  s2 = stage2Config(c, pick.stage2.choice);
  s2.combine = tuned2 ? pick.stage2.choice.combine : c.combine;
  s2.fusedRoutingEntries = fusedEntries;
  s2.routeSlots = v.routing == Routing::Slots;
  s2.nameSuffix = prefix + (tuned2 ? tileName(pick.stage2.choice) : suffix);

  v.fused = {s1, s2};
  v.stage1Source = pick.stage1.source;
  v.stage2Source = pick.stage2.source;
  bool fusable = bucket <= c.fusedStagesTokens &&
                 v.routing != Routing::SortKernel &&
                 v.inputQuantize != InputQuantize::Kernel;
  if (fusable && s1.tile.waves != s2.tile.waves) {
    // One launch has one workgroup size: stage 1 takes stage 2's waves
    // where its MFMA tiles split evenly over them (the model ties the
    // wave counts of a tile; the main loop is per wave).
    Tile &t = v.fused.stage1.tile;
    if ((t.m / 16) * (t.n / 16) % s2.tile.waves == 0 &&
        s2.tile.waves % s1.kWaveGroups == 0) {
      t.waves = s2.tile.waves;
      StageChoice widened = pick.stage1.choice;
      widened.tile.waves = t.waves;
      v.fused.stage1.nameSuffix =
          prefix + (tuned1 ? tileName(widened) : suffix);
    }
  }
  if (fusable && v.fused.whyNotFusable().empty()) {
    v.launch = StageLaunch::Fused;
    // The stage the fused kernel runs (its waves may differ from the
    // bucket's stand-alone pick).
    v.stage1 = v.fused.stage1;
    LayerKernel k = fusedStagesKernel(v.fused);
    k.configSource = pick.stage1.source == pick.stage2.source
                         ? pick.stage1.source
                         : pick.stage1.source + " + " + pick.stage2.source;
    k.file = k.name + ".hsaco";
    v.kernels.push_back(std::move(k));
    return v;
  }
  if (v.inputQuantize == InputQuantize::Kernel)
    v.kernels.push_back(quantizeKernel(v.quantize));
  if (v.routing == Routing::SortKernel)
    for (LayerKernel &k : sortKernels(v.sort))
      v.kernels.push_back(std::move(k));
  // Quantize and sort have no tuned knobs (the sort's m is stage 1's).
  for (LayerKernel &k : v.kernels)
    k.configSource = "fixed";
  v.kernels.push_back(stage1Kernel(c, s1));
  v.kernels.back().configSource = pick.stage1.source;
  if (s1.splitK > 1) {
    v.kernels.push_back(stage1FinishKernel(c, s1));
    v.kernels.back().configSource = pick.stage1.source;
  }
  for (LayerKernel &k : stage2Kernels(c, s2)) {
    k.configSource = pick.stage2.source;
    v.kernels.push_back(std::move(k));
  }
  // Kernels that share a module share its code object.
  for (LayerKernel &k : v.kernels)
    k.file =
        (k.role == KernelRole::Stage2Reduce             ? s2.kernelName()
         : k.role == KernelRole::Stage1Finish           ? s1.kernelName()
         : std::holds_alternative<SortConfig>(k.module) ? v.sort.kernelName()
                                                        : k.name) +
        ".hsaco";
  return v;
}

/// The heuristic pick without a table: 16x64x128 (4 waves) up to 32 tokens,
/// 64x128x128 (8 waves) above.
BucketPick defaultPick(const LayerConfig &c, int64_t bucket) {
  bool decode = bucket <= 32;
  StageChoice s;
  s.tile.m = decode ? 16 : 64;
  s.tile.n = decode ? 64 : 128;
  s.tile.waves = decode ? 4 : 8;
  s.combine = c.combine;
  return {{s, "heuristic", std::nullopt}, {s, "heuristic", std::nullopt}};
}

std::string entrySource(const ConfigTable &table, const ConfigEntry &e,
                        bool nearest) {
  std::string at = table.path + "#" + std::to_string(table.indexOf(&e)) + " (" +
                   stringify(e.origin);
  if (!nearest)
    return at + ")";
  const ProblemShape &p = e.problem;
  return "nearest " + at + ", tuned for d" + std::to_string(p.modelDim) + "_i" +
         std::to_string(p.interDim) + "_e" + std::to_string(p.experts) + "_k" +
         std::to_string(p.topk) + ")";
}

} // namespace

Stage1Config stage1Config(const LayerConfig &c, const StageChoice &s) {
  Stage1Config s1;
  s1.problem = c.problem;
  s1.bias = c.bias;
  s1.gateUp = c.gateUp;
  s1.activation = c.activation;
  s1.out = c.intermediate();
  s1.scaleRounding = c.scaleRounding;
  s1.tile = s.tile;
  s1.splitK = s.splitK;
  s1.weightCache = s.weightCache;
  s1.wavesPerEU = s.wavesPerEU;
  s1.order = s.order;
  s1.pipelineDepth = s.pipelineDepth;
  s1.kWaveGroups = s.kWaveGroups;
  return s1;
}

Stage2Config stage2Config(const LayerConfig &c, const StageChoice &s) {
  Stage2Config s2;
  s2.problem = c.problem;
  s2.bias = c.bias;
  s2.out = c.out;
  s2.combine = s.combine;
  s2.tile = s.tile;
  s2.splitK = s.splitK;
  s2.weightCache = s.weightCache;
  s2.wavesPerEU = s.wavesPerEU;
  s2.order = s.order;
  s2.persistentWorkgroups = s.persistentWorkgroups;
  s2.pipelineDepth = s.pipelineDepth;
  s2.kWaveGroups = s.kWaveGroups;
  return s2;
}

LayerVariant planBucket(const LayerConfig &c, int64_t bucket,
                        const StagePick &stage1, const StagePick &stage2) {
  return planVariant(c, bucket, {stage1, stage2});
}

std::vector<LayerVariant> planLayer(const LayerConfig &c) {
  std::vector<LayerVariant> variants;
  for (int64_t bucket : c.tokenBuckets)
    variants.push_back(planVariant(c, bucket, defaultPick(c, bucket)));
  return variants;
}

std::vector<LayerVariant> planLayer(const LayerConfig &config,
                                    const ConfigTable *configs,
                                    const LegalityCheck &legal) {
  if (!configs)
    return planLayer(config);
  LayerConfig c = config;
  c.fusedRoutingEntries = fusedRoutingBound(config, configs);
  c.slotRoutingTokens = slotRoutingBound(config, configs);
  c.fusedStagesTokens = fusedStagesBound(config, configs);
  std::vector<LayerVariant> variants;
  for (int64_t bucket : c.tokenBuckets) {
    std::vector<BucketPick> candidates;
    auto fromTable = [&](const ConfigEntry *e1, const ConfigEntry *e2,
                         bool nearest) {
      if (!e1 || !e2 || e1->choice.tile.m != e2->choice.tile.m)
        return;
      candidates.push_back(
          {{e1->choice, entrySource(*configs, *e1, nearest), e1->predictedUs},
           {e2->choice, entrySource(*configs, *e2, nearest), e2->predictedUs}});
    };
    fromTable(configs->find(c.problem, 1, bucket),
              configs->find(c.problem, 2, bucket), false);
    fromTable(configs->nearest(c.problem, 1, bucket),
              configs->nearest(c.problem, 2, bucket), true);
    for (StageChoice s : heuristicChoices(c.problem, bucket)) {
      s.combine = c.combine;
      candidates.push_back(
          {{s, "heuristic", std::nullopt}, {s, "heuristic", std::nullopt}});
    }
    std::optional<LayerVariant> chosen;
    for (const BucketPick &pick : candidates) {
      LayerVariant v = planVariant(c, bucket, pick);
      if (!legal || (legal(v.stage1).empty() && legal(v.stage2).empty())) {
        chosen = std::move(v);
        break;
      }
    }
    // The last heuristic (16x64x128, 4 waves) is what planLayer always
    // built; keep it when nothing passed so the compiler reports why.
    variants.push_back(chosen ? std::move(*chosen)
                              : planVariant(c, bucket, candidates.back()));
  }
  return variants;
}

const LayerVariant &variantFor(const std::vector<LayerVariant> &variants,
                               int64_t tokens) {
  for (const LayerVariant &v : variants)
    if (tokens <= v.maxTokens)
      return v;
  return variants.back();
}

} // namespace mxmoe
