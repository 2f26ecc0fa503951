//===- LayerTest.cpp - a whole MoE layer in the emulator ------------------===//
//
// The kernels moe-compile --model builds (planLayer): the routing sort, stage
// 1 and stage 2 (+ the slot reduction; the x quantizer for a8w4/a4w4),
// launched in order in the emulator on
// weights converted from a GPT-OSS-style checkpoint by the host converter,
// buffers handed from kernel to kernel as an integrator would. y is compared
// with the f64 reference of docs/semantics.md §1: for a16w4 against the
// unquantized math; for a8w4/a4w4 against a reference that MX-quantizes the
// intermediate the same way the fused stage-1 epilogue does.
//
//===----------------------------------------------------------------------===//

#include "Kernels/LayerRun.h"

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

std::vector<uint8_t> randomCodes(std::mt19937 &rng, int64_t n) {
  std::vector<uint8_t> v(n);
  for (auto &b : v)
    b = uint8_t(rng());
  return v;
}

std::vector<uint8_t> randomScales(std::mt19937 &rng, int64_t n, int base) {
  std::vector<uint8_t> v(n);
  for (auto &s : v)
    s = uint8_t(base + rng() % 5);
  return v;
}

/// The buffers of one layer launch, by the manifest's parameter names.
struct LayerBuffers {
  std::map<std::string, std::vector<uint8_t>> bytes;
  std::map<std::string, int64_t> elements;
  void set(const std::string &name, std::vector<uint8_t> b, int64_t n) {
    bytes[name] = std::move(b);
    elements[name] = n;
  }
};

/// Launches `k` with the buffers named by its parameters; outputs land back
/// in `buffers`.
void launchKernel(const LayerKernel &k, LayerBuffers &buffers, int64_t tokens,
                  int32_t expertBegin, bool deterministic, Report &report,
                  const std::string &chip, int64_t tokensArgumentDelta = 0) {
  auto module = compileAndLoad(k.module, chip);
  ASSERT_TRUE(module) << k.name;
  LaunchArgs launch;
  std::vector<std::string> names;
  for (const KernelParam &p : k.params) {
    if (p.isScalar()) {
      ASSERT_TRUE(p.name == "tokens" || p.name == "expert_begin")
          << k.name << ": " << p.name;
      launch.args.push_back(KernelArg::i32(
          p.name == "tokens" ? int32_t(tokens + tokensArgumentDelta)
                             : expertBegin));
      continue;
    }
    ASSERT_TRUE(buffers.bytes.count(p.name)) << k.name << ": " << p.name;
    launch.add(p.name.c_str(), buffers.bytes[p.name], buffers.elements[p.name]);
    names.push_back(p.name);
  }
  std::array<int64_t, 3> grid = k.grid(tokens);
  LaunchConfig config;
  config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), uint32_t(grid[2])};
  config.block = {uint32_t(k.lanes), 1, 1};
  config.deterministic = deterministic;
  // A fused launch's stage-2 workgroups wait for stage 1: a bug there would
  // spin forever instead of failing.
  config.timeLimitSeconds = 600;
  std::string error;
  ASSERT_TRUE(module->launch(k.name, config, launch.args, launch.buffers,
                             report, error))
      << k.name << ": " << error;
  EXPECT_TRUE(report.ok()) << k.name << ": " << describe(report, {});
  for (size_t i = 0; i < names.size(); ++i)
    buffers.bytes[names[i]] = launch.buffers[i].bytes;
}

} // namespace

void mxmoe::test::runLayer(const LayerCase &c, unsigned seed,
                           const ConfigTable *configs,
                           const LegalityCheck &legal, const std::string &chip,
                           LayerResult *result) {
  std::mt19937 rng(seed);
  LayerConfig cfg;
  cfg.model = "test";
  cfg.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                 c.topk};
  cfg.bias = c.bias;
  cfg.gateUp = *fmt::parseGateUpArrangement(c.gateUp);
  cfg.activation = planActivation(c.activation);
  cfg.out = *parseEnum<ElementType>(c.out);
  cfg.combine = *parseEnum<Combine>(c.combine);
  cfg.quantizeInput = c.quantizeX;
  if (c.fusedRoutingEntries >= 0)
    cfg.fusedRoutingEntries = c.fusedRoutingEntries;
  if (c.fusedQuantizeTokens >= 0)
    cfg.fusedQuantizeTokens = c.fusedQuantizeTokens;
  if (c.fusedStagesTokens >= 0)
    cfg.fusedStagesTokens = c.fusedStagesTokens;
  if (c.slotRoutingTokens >= 0)
    cfg.slotRoutingTokens = c.slotRoutingTokens;
  ASSERT_EQ(checkLayerConfig(cfg), "");
  std::vector<LayerVariant> variants = planLayer(cfg, configs, legal);
  const LayerVariant &variant = variantFor(variants, c.tokens);
  const int64_t t = c.tokens, k = c.topk, e = c.experts, d = c.d,
                inter = c.inter, m = variant.stage1.tile.m;

  // Routing: K distinct experts per token, about one slot in five empty.
  std::vector<int32_t> ids(t * k);
  std::vector<float> w(t * k);
  std::vector<int32_t> perm(e);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t i = 0; i < t; ++i) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < k; ++s) {
      ids[i * k + s] = rng() % 5 == 0 ? -1 : perm[s];
      w[i * k + s] = 0.25f + float(rng() % 64) / 64.0f;
    }
  }
  // The kernels see global ids of a shard starting at expertBegin (ids
  // outside it are another shard's: not routed here); the reference the
  // local ones, -1 for every id the shard does not route.
  std::vector<int32_t> globalIds = ids;
  for (int64_t i = 0; i < t * k; ++i) {
    if (c.foreignIds && rng() % 6 == 0) {
      // Below the shard, just past it, or past every expert.
      int32_t foreign[] = {c.expertBegin - 1, c.expertBegin + int32_t(e),
                           int32_t(1) << 30};
      globalIds[i] = foreign[rng() % 3];
      ids[i] = -1;
      continue;
    }
    if (ids[i] >= 0)
      globalIds[i] = ids[i] + c.expertBegin;
  }
  // At least one routed slot (y is compared against a non-zero reference):
  // a small T may draw none (MXMOE_TEST_SEED=2109279858, T = 1).
  if (std::none_of(ids.begin(), ids.end(),
                   [](int32_t id) { return id >= 0; })) {
    ids[0] = 0;
    globalIds[0] = c.expertBegin;
  }

  // A checkpoint (gate/up interleaved), converted for the kernels.
  ref::MXFP4Matrix w13, w2;
  w13.rows = e * 2 * inter;
  w13.k = d;
  w13.codes = randomCodes(rng, w13.rows * d / 2);
  w13.scales = randomScales(rng, w13.rows * d / 32, 120);
  w2.rows = e * d;
  w2.k = inter;
  w2.codes = randomCodes(rng, w2.rows * inter / 2);
  w2.scales = randomScales(rng, w2.rows * inter / 32, 120);
  std::vector<float> b13(w13.rows), b2(w2.rows);
  for (auto &b : b13)
    b = float(int(rng() % 17) - 8) / 8;
  for (auto &b : b2)
    b = float(int(rng() % 17) - 8) / 8;
  fmt::CheckpointExperts ckpt;
  ckpt.w13 = w13.codes.data();
  ckpt.w13Scales = w13.scales.data();
  ckpt.b13 = c.bias ? b13.data() : nullptr;
  ckpt.w2 = w2.codes.data();
  ckpt.w2Scales = w2.scales.data();
  ckpt.b2 = c.bias ? b2.data() : nullptr;
  ckpt.experts = e;
  ckpt.modelDim = d;
  ckpt.interDim = inter;
  fmt::KernelExperts experts;
  ASSERT_FALSE(fmt::convertCheckpointExperts(
      ckpt, *fmt::parseGateUpArrangement(c.gateUp),
      fmt::WeightLayout::Preshuffle16x16, fmt::ScaleLayout::E8M0Shuffle,
      experts));

  // x in bf16; for a8w4/a4w4 MX-quantized on the host (the reference, and
  // the input when the layer does not quantize it itself).
  std::string precision = c.precision;
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<float> x(t * d);
  std::vector<uint16_t> xb(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    xb[i] = fmt::f32ToBF16(dist(rng));
    x[i] = fmt::bf16ToF32(xb[i]);
  }
  LayerBuffers buf;
  if (precision == "a16w4" || c.quantizeX)
    buf.set("x", toBytes(xb), xb.size());
  if (precision != "a16w4") {
    ref::MXElement elem =
        precision == "a8w4" ? ref::MXElement::FP8E4M3 : ref::MXElement::FP4;
    std::vector<uint8_t> codes, scales;
    ref::quantizeMX(x.data(), t, d, elem, ref::ScaleRounding::Floor, codes,
                    scales);
    for (int64_t i = 0; i < t; ++i)
      for (int64_t j = 0; j < d; ++j)
        x[i * d + j] = float(ref::dequantizeMX(codes, scales, d, elem, i, j));
    if (c.quantizeX) {
      // Poisoned: the quantize kernel fills them.
      buf.set("x_mx", std::vector<uint8_t>(codes.size(), 0xFF), codes.size());
      buf.set("x_scales", std::vector<uint8_t>(scales.size(), 0xFF),
              scales.size());
    } else {
      buf.set("x", codes, codes.size());
      buf.set("x_scales", scales, scales.size());
    }
  }

  // The reference: stage 1 in f64 (the checkpoint's interleaved rows), the
  // intermediate quantized as the kernels do, stage 2.
  std::vector<double> h = ref::referenceStage1(
      x, ids, t, k, e, inter, w13, fmt::GateUpArrangement::Interleaved,
      c.bias ? b13.data() : nullptr, activationOf(c.activation));
  std::string intermediate = stringify(cfg.intermediate());
  if (intermediate != "bf16") {
    ref::MXElement elem =
        intermediate == "mxfp8" ? ref::MXElement::FP8E4M3 : ref::MXElement::FP4;
    std::vector<float> hf(h.begin(), h.end());
    std::vector<uint8_t> codes, scales;
    ref::quantizeMX(hf.data(), t * k, inter, elem, ref::ScaleRounding::Floor,
                    codes, scales);
    for (int64_t r = 0; r < t * k; ++r)
      for (int64_t j = 0; j < inter; ++j)
        h[r * inter + j] = ref::dequantizeMX(codes, scales, inter, elem, r, j);
  }
  std::vector<double> expect = ref::referenceStage2(
      h, ids, w.data(), t, k, e, d, w2, c.bias ? b2.data() : nullptr);

  // The layer's buffers, outputs poisoned (y zeroed for atomics).
  int64_t capacity = layerCapacity(cfg, t, m);
  buf.set("topk_ids", toBytes(globalIds), globalIds.size());
  buf.set("topk_weights", toBytes(w), w.size());
  buf.set("sorted_ids", std::vector<uint8_t>(4 * capacity, 0xAB), capacity);
  buf.set("sorted_weights", std::vector<uint8_t>(4 * capacity, 0xAB), capacity);
  buf.set("sorted_expert_ids", std::vector<uint8_t>(4 * capacity / m, 0xAB),
          capacity / m);
  buf.set("num_valid_ids", std::vector<uint8_t>(4, 0xAB), 1);
  if (variant.sort.kind == SortKind::MultiWorkgroup) {
    int64_t counts = sortCountsElements(variant.sort, t);
    buf.set("sort_counts", std::vector<uint8_t>(4 * counts, 0xAB), counts);
  }
  buf.set("w13", experts.w13, experts.w13.size());
  buf.set("w13_scales", experts.w13Scales, experts.w13Scales.size());
  buf.set("w2", experts.w2, experts.w2.size());
  buf.set("w2_scales", experts.w2Scales, experts.w2Scales.size());
  if (c.bias) {
    buf.set("b13", toBytes(experts.b13), experts.b13.size());
    buf.set("b2", toBytes(experts.b2), experts.b2.size());
  }
  int64_t hElems = t * k * inter;
  if (variant.stage1.splitK > 1) { // split-K stage 1's f32 planes
    int64_t planes = variant.stage1.splitK * hElems * 2;
    buf.set("h_planes", std::vector<uint8_t>(4 * planes, 0xFF), planes);
  }
  if (intermediate == "bf16") {
    buf.set("h", std::vector<uint8_t>(2 * hElems, 0xFF), hElems);
  } else {
    int64_t bytes = intermediate == "mxfp4" ? hElems / 2 : hElems;
    buf.set("h", std::vector<uint8_t>(bytes, 0xFF), bytes);
    buf.set("h_scales", std::vector<uint8_t>(hElems / 32, 0xFF), hElems / 32);
  }
  std::string out = c.out;
  int64_t yBytes = out == "f32" ? 4 : 2;
  // y poisoned too, except that atomics add into zeros (moe.layer's
  // expansion zeroes it with gpu.memset; the manifest says so) unless the
  // launch is fused (its stage-1 workgroups zero y).
  bool fused = variant.launch == StageLaunch::Fused;
  bool zeroY = variant.stage2.combine == Combine::Atomic && !fused;
  buf.set("y", std::vector<uint8_t>(t * d * yBytes, zeroY ? 0 : 0xFF), t * d);
  buf.set("layer_sync", std::vector<uint8_t>(4 * c.layerSyncWords, 0),
          c.layerSyncWords);
  buf.set("y_slots", std::vector<uint8_t>(t * k * d * yBytes, 0xFF), t * k * d);

  for (const LayerKernel &kernel : variant.kernels) {
    Report report;
    // Runs whose y is compared bytewise apply float atomics in one order.
    launchKernel(kernel, buf, t, c.expertBegin, /*deterministic=*/result,
                 report, chip, c.tokensArgumentDelta);
    if (::testing::Test::HasFatalFailure())
      return;
  }

  std::vector<float> got(t * d);
  const std::vector<uint8_t> &y = buf.bytes["y"];
  for (int64_t i = 0; i < t * d; ++i) {
    if (out == "f32") {
      std::memcpy(&got[i], &y[4 * i], 4);
    } else {
      uint16_t bits;
      std::memcpy(&bits, &y[2 * i], 2);
      got[i] = fmt::bf16ToF32(bits);
    }
  }
  double err = relativeError(got, expect), norm = 0;
  for (double v : expect)
    norm += v * v;
  std::printf("layer %s T=%lld (bucket %lld, m=%lld): |y_ref| %.3g, y relative "
              "error %.2e\n",
              c.precision, (long long)t, (long long)variant.maxTokens,
              (long long)m, std::sqrt(norm), err);
  if (result) {
    *result = {variant.routing, variant.inputQuantize,
               int64_t(variant.kernels.size()), y};
    result->stage1Name = variant.stage1.kernelName();
    result->stage2Name = variant.stage2.kernelName();
    result->launch = variant.launch;
    result->layerSync = buf.bytes["layer_sync"];
  }
  if (c.tokensArgumentDelta != 0)
    return;
  if (fused && c.layerSyncWords < 3) {
    EXPECT_EQ(y, std::vector<uint8_t>(y.size(), 0xFF))
        << "a fused launch with a short layer_sync must not write y";
    return;
  }
  EXPECT_GT(norm, 0.0);
  EXPECT_LT(err, 2e-2);
}

TEST(Layer, SortStage1Stage2MatchReference) {
  // Every precision at T in {1, 5, 64} (decode tile m = 16 and the m = 64
  // bucket), T = 300 (the multi-workgroup sort of bucket 4096), every
  // arrangement and activation, bias on and off, bf16/f32 y, atomic and store
  // combine, x quantized by the layer's kernel or given quantized; D = 352 and
  // I = 160 are tails of every tile.
  const LayerCase cases[] = {
      {"a16w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "bf16",
       "atomic"},
      {"a16w4", 5, 2, 8, 352, 160, "halves", "silu", false, "f32", "store"},
      {"a16w4", 64, 4, 16, 352, 160, "blocks16", "swiglu, limit = inf", true,
       "f32", "atomic"},
      {"a8w4", 1, 4, 8, 352, 160, "halves", "swiglu", true, "f32", "atomic",
       /*quantizeX=*/false},
      {"a8w4", 64, 2, 8, 352, 160, "interleaved", "silu", false, "bf16",
       "atomic"},
      {"a4w4", 5, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32", "store",
       /*quantizeX=*/false},
      {"a4w4", 64, 2, 16, 352, 160, "blocks16", "silu", false, "f32", "atomic"},
      // The 4096 bucket sorts with the multi-workgroup sort (3 chunks).
      {"a16w4", 300, 2, 8, 352, 160, "interleaved", "swiglu", true, "bf16",
       "atomic"},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const LayerCase &c : cases) {
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " " + c.gateUp + " " + c.activation + " y " + c.out + " " +
                 c.combine + (c.quantizeX ? "" : " x pre-quantized"));
    runLayer(c, seed + index++);
  }
}

TEST(Layer, FusedRoutingMatchesTheSortKernelBitwise) {
  // The same layer with the sort kernel and with routing fused into the
  // stage kernels (T*K up to the bound): every precision, T in {1, 3, 16},
  // -1 ids, ids of other shards and past every expert, an expert-parallel
  // shard, split-K stage 2 (the configs' tuned choice is not needed: the
  // heuristic stage 2 is split here by a table), store and atomic combine.
  // y must be bit-identical (the sort is deterministic and both read the
  // same rows in the same order) and match the reference. T = 1 also routes
  // by slot (no sort; T*K <= E): every row the same, so y
  // matches the reference and, with store combine (no atomic order),
  // is bit-identical too.
  struct Case {
    LayerCase layer;
    int64_t splitK2;
  };
  const Case cases[] = {
      {{"a16w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "bf16",
        "store"},
       1},
      {{"a16w4", 3, 4, 8, 352, 160, "halves", "silu", false, "f32", "atomic",
        true, -1, 3, true},
       2},
      {{"a8w4", 16, 2, 8, 352, 160, "interleaved", "swiglu", true, "f32",
        "store", true, -1, 0, true},
       1},
      {{"a8w4", 1, 4, 8, 352, 160, "halves", "swiglu", false, "f32", "atomic",
        /*quantizeX=*/false, -1, 5, true},
       1},
      {{"a4w4", 3, 4, 16, 352, 160, "interleaved", "swiglu", true, "f32",
        "store", true, -1, 4, true},
       1},
      {{"a4w4", 16, 2, 16, 352, 160, "blocks16", "silu", false, "f32", "atomic",
        /*quantizeX=*/false, -1, 0, true},
       2},
      {{"a4w4", 1, 4, 16, 352, 160, "interleaved", "swiglu", true, "bf16",
        "store", true, -1, 4, true},
       1},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Case &cs : cases) {
    const LayerCase &c = cs.layer;
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " " + c.combine + " expert_begin " +
                 std::to_string(c.expertBegin) + " stage-2 split-K " +
                 std::to_string(cs.splitK2));
    // A table that names the decode tile with stage 2 split.
    ConfigTable table;
    table.path = "test";
    for (int stage : {1, 2}) {
      ConfigEntry e;
      e.name = "test";
      e.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                   c.topk};
      e.stage = stage;
      e.maxTokens = 32;
      e.choice.splitK = stage == 2 ? cs.splitK2 : 1;
      e.choice.combine = *parseEnum<Combine>(c.combine);
      e.origin = ConfigOrigin::ModelTuned;
      table.entries.push_back(e);
    }
    LayerResult sorted, fused;
    LayerCase off = c;
    off.fusedRoutingEntries = 0;
    off.fusedStagesTokens = 0;
    runLayer(off, seed + index, &table, {}, "gfx950", &sorted);
    if (::testing::Test::HasFatalFailure())
      return;
    // T = 3 and 16 fall into the 32-token bucket: up to 128 entries.
    LayerCase on = c;
    on.fusedRoutingEntries = 128;
    on.fusedStagesTokens = 0; // a sort kernel fewer, stages launched apart
    on.slotRoutingTokens = 0;
    runLayer(on, seed + index, &table, {}, "gfx950", &fused);
    if (::testing::Test::HasFatalFailure())
      return;
    EXPECT_EQ(sorted.routing, Routing::SortKernel);
    EXPECT_EQ(fused.routing, Routing::Fused);
    EXPECT_EQ(fused.kernels + 1, sorted.kernels) << "no sort kernel";
    ASSERT_EQ(fused.y.size(), sorted.y.size());
    EXPECT_TRUE(fused.y == sorted.y) << "fused and sorted y differ";
    if (c.tokens == 1) {
      LayerResult slots;
      LayerCase bySlot = on;
      bySlot.slotRoutingTokens = 1;
      runLayer(bySlot, seed + index, &table, {}, "gfx950", &slots);
      if (::testing::Test::HasFatalFailure())
        return;
      EXPECT_EQ(slots.routing, Routing::Slots);
      EXPECT_NE(slots.stage1Name.find("_fs" + std::to_string(c.topk)),
                std::string::npos)
          << slots.stage1Name;
      EXPECT_EQ(slots.kernels, fused.kernels);
      ASSERT_EQ(slots.y.size(), sorted.y.size());
      if (std::string(c.combine) == "store") {
        EXPECT_TRUE(slots.y == sorted.y) << "slot-routed and sorted y differ";
      }
    }
    ++index;
  }
}

TEST(Layer, FusedQuantizeMatchesTheQuantizeKernelBitwise) {
  // a8w4 and a4w4 with the quantize kernel and with stage 1 quantizing x
  // in LDS (bound 32 tokens): T in {1, 3, 16}, -1 ids, ids of other shards
  // and past every expert, an expert-parallel shard, fused routing on and
  // off, store and atomic combine. y must be bit-identical (the same MX
  // bits reach the same MFMAs) and match the reference.
  const LayerCase cases[] = {
      {"a8w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
       "atomic"},
      {"a8w4", 3, 4, 8, 352, 160, "halves", "silu", false, "bf16", "store",
       true, 128, 3, true},
      {"a8w4", 16, 2, 8, 352, 160, "interleaved", "swiglu", true, "f32",
       "store", true, -1, 0, true},
      {"a4w4", 1, 4, 16, 352, 160, "blocks16", "swiglu", true, "f32", "atomic",
       true, 128, 0, true},
      {"a4w4", 3, 4, 16, 352, 160, "interleaved", "swiglu", false, "f32",
       "store", true, -1, 4, true},
      {"a4w4", 16, 2, 16, 352, 160, "interleaved", "silu", true, "bf16",
       "atomic"},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const LayerCase &c : cases) {
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " " + c.combine + " expert_begin " +
                 std::to_string(c.expertBegin) + " fused routing " +
                 std::to_string(c.fusedRoutingEntries));
    LayerResult separate, fused;
    LayerCase off = c;
    off.fusedQuantizeTokens = 0;
    off.fusedStagesTokens = 0; // two stage launches in both runs
    runLayer(off, seed + index, nullptr, {}, "gfx950", &separate);
    if (::testing::Test::HasFatalFailure())
      return;
    LayerCase on = c;
    on.fusedQuantizeTokens = 32;
    on.fusedStagesTokens = 0;
    runLayer(on, seed + index, nullptr, {}, "gfx950", &fused);
    if (::testing::Test::HasFatalFailure())
      return;
    ++index;
    EXPECT_EQ(separate.inputQuantize, InputQuantize::Kernel);
    EXPECT_EQ(fused.inputQuantize, InputQuantize::Stage1);
    EXPECT_EQ(fused.kernels + 1, separate.kernels) << "no quantize kernel";
    ASSERT_EQ(fused.y.size(), separate.y.size());
    EXPECT_TRUE(fused.y == separate.y) << "fused and separate y differ";
  }
}

TEST(Layer, FusedStagesMatchTheTwoLaunchesBitwise) {
  // Stage 1 and stage 2 in one launch (moe.fused_stages) against the same
  // kernels launched one after the other: every precision, T in {1, 3,
  // 16}, -1 ids and other shards' ids, bias, f32 and bf16 y, quantize in
  // stage 1 or x given quantized. y starts poisoned (the fused launch
  // zeroes it), must be bit-identical with float atomics in workgroup order
  // and match the reference when workgroups race on threads; layer_sync
  // must be zero again after the launch.
  const LayerCase cases[] = {
      {"a16w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
       "atomic"},
      {"a16w4", 16, 2, 8, 352, 160, "halves", "silu", false, "bf16", "atomic",
       true, 128, 3, true},
      {"a8w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
       "atomic", true, -1, 0, false, 32},
      {"a8w4", 3, 4, 8, 352, 160, "blocks16", "swiglu", false, "bf16", "atomic",
       false, 128, 0, true},
      {"a4w4", 1, 4, 16, 352, 160, "interleaved", "swiglu", true, "f32",
       "atomic", true, -1, 0, false, 32},
      {"a4w4", 3, 4, 16, 352, 160, "interleaved", "silu", true, "bf16",
       "atomic", true, 128, 4, true, 32},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const LayerCase &c : cases) {
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " expert_begin " + std::to_string(c.expertBegin));
    LayerResult separate, fused;
    LayerCase off = c;
    off.fusedStagesTokens = 0;
    runLayer(off, seed + index, nullptr, {}, "gfx950", &separate);
    if (::testing::Test::HasFatalFailure())
      return;
    runLayer(c, seed + index, nullptr, {}, "gfx950", &fused);
    if (::testing::Test::HasFatalFailure())
      return;
    // Racing workgroups: the spin waits run for real.
    runLayer(c, seed + index, nullptr, {}, "gfx950");
    if (::testing::Test::HasFatalFailure())
      return;
    ++index;
    EXPECT_EQ(separate.launch, StageLaunch::Separate);
    EXPECT_EQ(fused.launch, StageLaunch::Fused);
    EXPECT_EQ(fused.kernels, 1);
    EXPECT_EQ(separate.kernels, 2);
    ASSERT_EQ(fused.y.size(), separate.y.size());
    EXPECT_TRUE(fused.y == separate.y) << "fused and two-launch y differ";
    EXPECT_EQ(fused.layerSync, std::vector<uint8_t>(4 * kLayerSyncWords, 0))
        << "the launch must leave layer_sync zeroed";
  }
}

TEST(Layer, FusedStagesWithALyingTokensArgumentStayInBounds) {
  // The grid is sized for T but the kernel is told T - 1, T + 5 or 2^30
  // tokens: no access outside the buffers (the emulator reports any), no
  // hang (stage 2 waits only for tickets that running workgroups hold), and
  // layer_sync zeroed again.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (int64_t delta : {int64_t(-1), int64_t(5), int64_t(1) << 30}) {
    SCOPED_TRACE("tokens argument T + " + std::to_string(delta));
    LayerCase c{"a8w4",        3,        4,     8,     352,      160,
                "interleaved", "swiglu", true,  "f32", "atomic", true,
                128,           0,        false, 32};
    c.tokensArgumentDelta = delta;
    LayerResult result;
    runLayer(c, seed, nullptr, {}, "gfx950", &result);
    if (::testing::Test::HasFatalFailure())
      return;
    EXPECT_EQ(result.launch, StageLaunch::Fused);
    EXPECT_EQ(result.layerSync, std::vector<uint8_t>(4 * kLayerSyncWords, 0));
  }
}

TEST(Layer, FusedStagesWithAShortLayerSyncRunNothing) {
  // layer_sync of 2 or 1 words (the kernel needs 3): no access outside it,
  // no hang, y left as it was (poisoned) and layer_sync untouched.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (int64_t words : {2, 1}) {
    SCOPED_TRACE("layer_sync words " + std::to_string(words));
    LayerCase c{"a8w4",        3,        4,     8,     352,      160,
                "interleaved", "swiglu", true,  "f32", "atomic", true,
                128,           0,        false, 32};
    c.layerSyncWords = words;
    LayerResult result;
    runLayer(c, seed, nullptr, {}, "gfx950", &result);
    if (::testing::Test::HasFatalFailure())
      return;
    EXPECT_EQ(result.launch, StageLaunch::Fused);
    EXPECT_EQ(result.layerSync, std::vector<uint8_t>(4 * words, 0));
  }
}

TEST(Layer, PipelineDepthWritesTheDepth2Bytes) {
  // Both stages at pipeline depths 3 and 4 (a table names them) against
  // depth 2: every precision, the sort kernel and fused routing, stage 1
  // quantizing x in LDS (a8w4/a4w4), -1 ids and ids of other shards,
  // model_dim of 3 K steps (352: fewer than depth 4, exactly depth 3) and
  // 10 (1184, the steady loop runs), stage-2 split-K 2, store and atomic
  // combine. The K order of the MFMAs is the same, so y is bit-identical
  // (and matches the reference).
  struct Case {
    LayerCase layer;
    int64_t splitK2;
  };
  const Case cases[] = {
      {{"a16w4", 3, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
        "store", true, 0, 3, true},
       1},
      {{"a8w4", 1, 4, 8, 1184, 160, "halves", "silu", false, "f32", "atomic",
        true, 128, 0, true},
       2},
      {{"a4w4", 3, 4, 16, 352, 160, "interleaved", "swiglu", true, "bf16",
        "store", true, 128, 4, true},
       1},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Case &cs : cases) {
    const LayerCase &c = cs.layer;
    ++index;
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " D=" + std::to_string(c.d) + " " + c.combine +
                 " fused routing " + std::to_string(c.fusedRoutingEntries));
    auto tableAt = [&](int64_t depth) {
      ConfigTable table;
      table.path = "test";
      for (int stage : {1, 2}) {
        ConfigEntry e;
        e.name = "test";
        e.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter,
                     c.experts, c.topk};
        e.stage = stage;
        e.maxTokens = 32;
        e.choice.splitK = stage == 2 ? cs.splitK2 : 1;
        e.choice.combine = *parseEnum<Combine>(c.combine);
        e.choice.pipelineDepth = depth;
        table.entries.push_back(e);
      }
      return table;
    };
    ConfigTable base = tableAt(2);
    LayerResult shallow;
    runLayer(c, seed + index, &base, {}, "gfx950", &shallow);
    if (::testing::Test::HasFatalFailure())
      return;
    for (int64_t depth : {3, 4}) {
      SCOPED_TRACE("pipeline_depth " + std::to_string(depth));
      ConfigTable table = tableAt(depth);
      LayerResult deep;
      runLayer(c, seed + index, &table, {}, "gfx950", &deep);
      if (::testing::Test::HasFatalFailure())
        return;
      std::string suffix = "_d" + std::to_string(depth);
      EXPECT_NE(deep.stage1Name.find(suffix), std::string::npos)
          << deep.stage1Name;
      EXPECT_NE(deep.stage2Name.find(suffix), std::string::npos)
          << deep.stage2Name;
      EXPECT_EQ(deep.routing, shallow.routing);
      EXPECT_EQ(deep.inputQuantize, shallow.inputQuantize);
      ASSERT_EQ(deep.y.size(), shallow.y.size());
      EXPECT_TRUE(deep.y == shallow.y) << "y differs from depth 2's";
    }
  }
}

TEST(Layer, KWaveGroupsMatchTheReferenceAndRepeat) {
  // Both stages with K split over 2 and 4 wave groups (a table names them):
  // every precision, the sort kernel and fused routing, stage 1 quantizing
  // x in LDS (a8w4/a4w4), the fused stage launch (fused routing, atomic
  // combine) and two launches, -1 ids and ids of other shards, model_dim
  // of 3 K steps (352: fewer than 4 groups) and 10 (1184), stage-2 split-K
  // 2, depths 2 to 4, store and atomic combine; against the reference
  // (runLayer), and a second run of a store combine writes the same y.
  struct Case {
    LayerCase layer;
    int64_t splitK2, depth, groups;
    StageLaunch launch;
  };
  Case cases[] = {
      {{"a16w4", 3, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
        "atomic", true, 0, 3, true},
       2,
       2,
       4,
       StageLaunch::Separate},
      {{"a8w4", 1, 4, 8, 1184, 160, "halves", "silu", false, "f32", "atomic",
        true, 128, 0, true},
       1,
       3,
       2,
       StageLaunch::Fused},
      {{"a4w4", 16, 4, 16, 352, 160, "interleaved", "swiglu", true, "bf16",
        "atomic", true, 128, 4, true},
       1,
       4,
       2,
       StageLaunch::Separate}, // the quantize kernel runs (T > 2)
      {{"a8w4", 3, 4, 8, 1184, 160, "interleaved", "swiglu", true, "f32",
        "store", true, 128, 0, false},
       1,
       2,
       4,
       StageLaunch::Separate},
  };
  // The last case launches the stages separately though it could fuse.
  cases[3].layer.fusedStagesTokens = 0;
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Case &cs : cases) {
    const LayerCase &c = cs.layer;
    ++index;
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " D=" + std::to_string(c.d) + " " + c.combine +
                 " fused routing " + std::to_string(c.fusedRoutingEntries) +
                 " depth " + std::to_string(cs.depth) + " k_wave_groups " +
                 std::to_string(cs.groups));
    ConfigTable table;
    table.path = "test";
    for (int stage : {1, 2}) {
      ConfigEntry e;
      e.name = "test";
      e.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                   c.topk};
      e.stage = stage;
      e.maxTokens = 32;
      e.choice.splitK = stage == 2 ? cs.splitK2 : 1;
      e.choice.combine = *parseEnum<Combine>(c.combine);
      e.choice.pipelineDepth = cs.depth;
      e.choice.kWaveGroups = cs.groups;
      table.entries.push_back(e);
    }
    LayerResult first;
    runLayer(c, seed + index, &table, {}, "gfx950", &first);
    if (::testing::Test::HasFatalFailure())
      return;
    std::string suffix = "_kw" + std::to_string(cs.groups);
    EXPECT_NE(first.stage1Name.find(suffix), std::string::npos)
        << first.stage1Name;
    EXPECT_NE(first.stage2Name.find(suffix), std::string::npos)
        << first.stage2Name;
    EXPECT_EQ(first.launch, cs.launch);
    if (std::string(c.combine) != "store")
      continue;
    LayerResult second;
    runLayer(c, seed + index, &table, {}, "gfx950", &second);
    if (::testing::Test::HasFatalFailure())
      return;
    ASSERT_EQ(first.y.size(), second.y.size());
    EXPECT_TRUE(first.y == second.y) << "a second run wrote other y";
  }
}
