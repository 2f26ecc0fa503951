//===- Stage1SplitLayerTest.cpp - split-K stage 1 in a whole layer --------===//
//
// A layer whose stage 1 splits K (the tuner may pick it; issue 15): the plan
// launches stage 1's f32 planes kernel and its finish kernel, and the layer
// run in the emulator (poisoned buffers, -1 ids) matches the f64 reference.
// An occupancy target (waves_per_eu) on both stages runs the same way.
//
//===----------------------------------------------------------------------===//

#include "Kernels/LayerRun.h"
#include "TestSeed.h"

#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Plan/Manifest.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace mxmoe;
using namespace mxmoe::test;

namespace {

struct SplitCase {
  LayerCase layer;
  int64_t splitK1, wavesPerEU;
};

/// A table whose one bucket (32 tokens) takes the decode tile with stage 1
/// split `splitK1` ways and the occupancy target on both stages.
ConfigTable splitTable(const LayerCase &c, int64_t splitK1,
                       int64_t wavesPerEU) {
  ConfigTable table;
  table.chip = "gfx950";
  table.path = "split";
  for (int stage : {1, 2}) {
    ConfigEntry e;
    e.name = "test";
    e.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                 c.topk};
    e.stage = stage;
    e.maxTokens = 32;
    e.choice.splitK = stage == 1 ? splitK1 : 1;
    e.choice.wavesPerEU = wavesPerEU;
    e.choice.combine = *parseEnum<Combine>(c.combine);
    e.origin = ConfigOrigin::ModelTuned;
    table.entries.push_back(e);
  }
  return table;
}

LayerConfig configOf(const LayerCase &c) {
  LayerConfig cfg = *knownModel("gpt-oss-120b");
  cfg.model = "test";
  cfg.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                 c.topk};
  cfg.bias = c.bias;
  cfg.combine = *parseEnum<Combine>(c.combine);
  return cfg;
}

} // namespace

TEST(Stage1SplitLayer, PlanLaunchesTheFinishKernel) {
  LayerCase c{"a8w4",        1,        4,    8,     352,     160,
              "interleaved", "swiglu", true, "f32", "atomic"};
  ConfigTable table = splitTable(c, 2, 0);
  LayerConfig cfg = configOf(c);
  cfg.tokenBuckets = {32};
  LayerVariant v = planLayer(cfg, &table).front();
  ASSERT_EQ(v.stage1.splitK, 2);
  std::vector<KernelRole> roles;
  for (const LayerKernel &k : v.kernels)
    roles.push_back(k.role);
  std::vector<KernelRole> want = {KernelRole::QuantizeX, KernelRole::Sort,
                                  KernelRole::Stage1, KernelRole::Stage1Finish,
                                  KernelRole::Stage2};
  EXPECT_EQ(roles, want);
  const LayerKernel &s1 = v.kernels[2], &finish = v.kernels[3];
  // Stage 1 writes the planes and takes no bias; the finish adds it and
  // writes h, in stage 1's code object.
  EXPECT_EQ(s1.params.back().name, "h_planes");
  for (const KernelParam &p : s1.params)
    EXPECT_NE(p.name, "b13");
  EXPECT_EQ(finish.params.front().name, "h_planes");
  EXPECT_EQ(finish.params[1].name, "b13");
  EXPECT_EQ(finish.file, s1.file);
  EXPECT_EQ(finish.name, v.stage1.finishName());
  // The layer time counts the finish kernel: more than the unsplit layer's
  // stage 1 GEMM alone by at least a launch.
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_TRUE(model);
  LayerPrediction split = predictLayer(*model, cfg, v, 1);
  double gemm = perf::predictStage(*model, cfg.problem, 1,
                                   kernelShapeOf(*model, v.stage1))
                    .totalSeconds;
  EXPECT_GE(split.stage1 - gemm, model->calibration.launchSeconds);
}

TEST(Stage1SplitLayer, ManifestRecordsSplitAndTarget) {
  // The manifest names the finish kernel and the targets; the runtime's
  // re-plan from it gives the same kernels, and a manifest without the
  // optional waves_per_eu key plans the compiler's occupancy.
  LayerCase c{"a16w4",       1,        4,    8,     352,     160,
              "interleaved", "swiglu", true, "f32", "atomic"};
  ConfigTable table = splitTable(c, 2, 4);
  LayerConfig cfg = configOf(c);
  cfg.tokenBuckets = {32, 64};
  std::vector<LayerVariant> variants = planLayer(cfg, &table);
  ASSERT_EQ(variants[0].stage1.wavesPerEU, 4);
  ASSERT_EQ(variants[0].stage2.wavesPerEU, 4);
  EXPECT_NE(variants[0].stage1.kernelName().find("s2_o4"), std::string::npos)
      << variants[0].stage1.kernelName();
  std::string text =
      writeLayerManifest({cfg, "gfx950", KernelAbi::Memref, variants});
  EXPECT_NE(text.find("\"waves_per_eu\": 4"), std::string::npos);
  llvm::Expected<LayerManifest> back = parseLayerManifest(text);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  ASSERT_EQ(back->variants.size(), variants.size());
  for (size_t b = 0; b < variants.size(); ++b) {
    ASSERT_EQ(back->variants[b].kernels.size(), variants[b].kernels.size());
    for (size_t k = 0; k < variants[b].kernels.size(); ++k) {
      EXPECT_EQ(back->variants[b].kernels[k].name, variants[b].kernels[k].name);
      EXPECT_EQ(back->variants[b].kernels[k].role, variants[b].kernels[k].role);
    }
    EXPECT_EQ(back->variants[b].stage1.wavesPerEU, 4);
    EXPECT_EQ(back->variants[b].stage1.splitK, 2);
  }
  // Without the key: target 0, so the kernel names (with _o4) disagree and
  // the manifest is refused in one line.
  std::string edited = text;
  const std::string key = "\"waves_per_eu\": 4";
  for (size_t at; (at = edited.find(key)) != std::string::npos;) {
    size_t comma = edited.rfind(',', at);
    edited.erase(comma, at + key.size() - comma);
  }
  llvm::Expected<LayerManifest> bad = parseLayerManifest(edited);
  ASSERT_FALSE(bool(bad));
  std::string why = llvm::toString(bad.takeError());
  EXPECT_EQ(why.find('\n'), std::string::npos) << why;
  EXPECT_NE(why.find("_o4"), std::string::npos) << why;
}

TEST(Stage1SplitLayer, MatchesReferenceEveryPrecision) {
  // a16w4 / a8w4 / a4w4 at T = 1 and 16 (one slot in five -1), split 2 and
  // 4 (D = 704: six K steps of 128 over four slices, the last empty), bias
  // on and off, with and without an occupancy target.
  const SplitCase cases[] = {
      {{"a16w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "bf16",
        "atomic"},
       2,
       0},
      {{"a16w4", 16, 2, 8, 704, 160, "interleaved", "swiglu", false, "f32",
        "atomic"},
       4,
       4},
      {{"a8w4", 1, 4, 8, 352, 160, "interleaved", "swiglu", true, "f32",
        "atomic"},
       2,
       4},
      {{"a8w4", 16, 4, 8, 704, 160, "interleaved", "swiglu", true, "bf16",
        "atomic"},
       4,
       0},
      {{"a4w4", 1, 4, 8, 704, 160, "interleaved", "swiglu", true, "f32",
        "atomic"},
       4,
       2},
      {{"a4w4", 16, 2, 8, 352, 160, "interleaved", "swiglu", false, "f32",
        "store"},
       2,
       0},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const SplitCase &cs : cases) {
    LayerCase c = cs.layer;
    c.fusedStagesTokens = 0; // both runs launch their stages apart
    SCOPED_TRACE(std::string(c.precision) + " T=" + std::to_string(c.tokens) +
                 " D=" + std::to_string(c.d) + " stage-1 split-K " +
                 std::to_string(cs.splitK1) + " waves_per_eu " +
                 std::to_string(cs.wavesPerEU));
    ConfigTable table = splitTable(c, cs.splitK1, cs.wavesPerEU);
    LayerResult split, whole;
    runLayer(c, seed + index, &table, {}, "gfx950", &split);
    if (::testing::Test::HasFatalFailure())
      return;
    ConfigTable unsplit = splitTable(c, 1, 0);
    runLayer(c, seed + index, &unsplit, {}, "gfx950", &whole);
    if (::testing::Test::HasFatalFailure())
      return;
    ++index;
    EXPECT_EQ(split.kernels, whole.kernels + 1) << "one finish kernel more";
  }
}

TEST(OccupancyTarget, ModelOccupancyFollowsTheTarget) {
  // The model's occupancy view: a target caps the registers per lane at its
  // budget (512 / N), so a CU holds at least as many workgroups.
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_TRUE(model);
  LayerConfig cfg = *knownModel("gpt-oss-120b");
  StageChoice s;
  s.tile = {64, 256, 256, 4};
  int64_t previous = 0;
  for (int64_t target : {0, 2, 4, 8}) {
    s.wavesPerEU = target;
    int64_t groups =
        kernelShapeOf(*model, stage2Config(cfg, s)).workgroupsPerCU;
    EXPECT_GE(groups, previous) << "target " << target;
    previous = groups;
  }
  // Over the whole tile space a target never lowers the model's occupancy;
  // the decode tiles are LDS-bound there (16x64x512: two workgroups per CU,
  // whatever the registers), so a target does not change their predicted
  // time, and only the compiled kernel's registers can show a gain.
  for (int64_t m : {16, 32, 64, 128})
    for (int64_t n : {64, 128, 256})
      for (int64_t k : {128, 256, 512})
        for (int64_t waves : {2, 4, 8}) {
          s.tile = {m, n, k, waves};
          s.wavesPerEU = 0;
          int64_t none =
              kernelShapeOf(*model, stage2Config(cfg, s)).workgroupsPerCU;
          s.wavesPerEU = 8;
          int64_t eight =
              kernelShapeOf(*model, stage2Config(cfg, s)).workgroupsPerCU;
          EXPECT_GE(eight, none) << m << "x" << n << "x" << k << " w" << waves;
        }
  s.tile = {16, 64, 512, 4};
  s.wavesPerEU = 0;
  int64_t decode = kernelShapeOf(*model, stage2Config(cfg, s)).workgroupsPerCU;
  s.wavesPerEU = 4;
  EXPECT_EQ(kernelShapeOf(*model, stage2Config(cfg, s)).workgroupsPerCU,
            decode);
  EXPECT_EQ(registerBudgetPerLane(4), 128);
  EXPECT_EQ(registerBudgetPerLane(3), 168);
  EXPECT_EQ(registerBudgetPerLane(8), 64);
}
