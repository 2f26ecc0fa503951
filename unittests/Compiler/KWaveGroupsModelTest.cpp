//===- KWaveGroupsModelTest.cpp - the compiled model of K wave groups -----===//
//
// A stage with k_wave_groups = s: its compiled main loop issues s times the
// MFMAs per wave and iteration, the launch makes ceil(K steps / s) fewer
// trips, and the model adds the LDS reduction. Prints what the compiled
// model predicts for the decode picks of configs/gfx950.json (DeepSeek-R1
// TP8 a4w4 stage 1, GPT-OSS a8w4 both stages, T = 1) at s = 1, 2, 4, with
// the pick's tile.k and with tile.k / s (the same K per step).
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Target/Chip.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace mxmoe;

namespace {

int loopMFMAs(const perf::KernelReport &r) {
  auto it = r.mainLoop->mix.find(perf::InstClass::MFMA);
  return it == r.mainLoop->mix.end() ? 0 : it->second;
}

} // namespace

TEST(KWaveGroupsModel, TripsShrinkAndMFMAsPerWaveGrow) {
  auto context = createContext();
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_NE(model, nullptr);
  const ChipInfo *chip = lookupChip("gfx950");
  CompiledPredictor compiled(*model, "gfx950",
                             std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca",
                             *context);
  struct Pick {
    const char *layer;
    Precision precision;
    int stage;
    Tile tile;
    int64_t depth;
  };
  const Pick picks[] = {
      {"deepseek-r1-tp8", Precision::A4W4, 1, {16, 64, 512, 4}, 3},
      {"gpt-oss-120b", Precision::A8W4, 1, {16, 64, 256, 4}, 2},
      {"gpt-oss-120b", Precision::A8W4, 2, {16, 64, 512, 4}, 2},
  };
  std::vector<LayerConfig> layers = tunedLayers("gfx950");
  for (const Pick &pick : picks) {
    const LayerConfig *layer = nullptr;
    for (const LayerConfig &c : layers)
      if (c.model == pick.layer && c.problem.precision == pick.precision)
        layer = &c;
    ASSERT_NE(layer, nullptr) << pick.layer;
    for (bool sameStepK : {false, true}) {
      int baseMFMAs = 0;
      for (int64_t groups : {1, 2, 4}) {
        StageChoice s;
        s.tile = pick.tile;
        if (sameStepK)
          s.tile.k = pick.tile.k / groups;
        if (s.tile.k < 128)
          continue;
        s.pipelineDepth = pick.depth;
        s.weightCache = WeightCache::NT;
        s.kWaveGroups = groups;
        KernelConfig config = pick.stage == 1
                                  ? KernelConfig(stage1Config(*layer, s))
                                  : KernelConfig(stage2Config(*layer, s));
        SCOPED_TRACE(std::string(pick.layer) + " stage " +
                     std::to_string(pick.stage) + " k" +
                     std::to_string(s.tile.k) + " kw" + std::to_string(groups));
        std::string illegal = checkStageKernel(config, "gfx950", *context);
        if (groups > 1 && !illegal.empty()) {
          std::printf("%s %s stage %d k%lld kw%lld: %s\n", pick.layer,
                      stringify(pick.precision), pick.stage,
                      (long long)s.tile.k, (long long)groups, illegal.c_str());
          continue;
        }
        ASSERT_EQ(illegal, "");
        std::optional<double> seconds = compiled.seconds(config, 1);
        const perf::KernelReport *report = compiled.report(config);
        if (groups > 1 && !seconds) {
          std::printf("%s %s stage %d k%lld kw%lld: refused by the compiled "
                      "predictor (spills)\n",
                      pick.layer, stringify(pick.precision), pick.stage,
                      (long long)s.tile.k, (long long)groups);
          continue;
        }
        ASSERT_TRUE(seconds && report && report->mainLoop &&
                    report->mainLoop->mcaCyclesPerIteration);
        perf::KernelTime t =
            predictCompiledStage(*model, *chip, config, 1, *report);
        int64_t kDim =
            pick.stage == 1 ? layer->problem.modelDim : layer->problem.interDim;
        int64_t steps = (kDim + s.tile.k - 1) / s.tile.k;
        int64_t perTrip = mainLoopKSteps(pick.depth);
        perf::Launch launch = perf::routedLaunch(
            pick.stage == 1 ? std::get<Stage1Config>(config).grid()
                            : std::get<Stage2Config>(config).grid(),
            1, kDim, s.tile, *report, 1, perTrip * groups);
        // ceil(ceil(steps / groups) / steps per trip) trips; one where too
        // few steps leave no steady loop and the whole kernel was analyzed
        // as one trip (LoopInfo::wholeKernel).
        bool whole = report->mainLoop->wholeKernel;
        EXPECT_EQ(launch.loopIterations,
                  whole ? 1
                        : ((steps + groups - 1) / groups + perTrip - 1) /
                              perTrip);
        // Each wave multiplies `groups` times the MFMA tiles of a step.
        int mfmas = loopMFMAs(*report);
        if (groups == 1)
          baseMFMAs = whole ? 0 : mfmas;
        else if (whole || baseMFMAs == 0)
          ;
        else if (!sameStepK)
          EXPECT_EQ(mfmas, groups * baseMFMAs);
        else
          EXPECT_EQ(mfmas, baseMFMAs); // s tiles of tile.k / s
        std::printf(
            "%s %s stage %d T=1 %lldx%lldx%lld w%lld d%lld kw%lld: "
            "%.2f us (%s; issue %.2f, latency %.2f us), %lld trips x "
            "%.0f mca cycles%s, %d loop MFMAs, %lld VGPRs, %lld B LDS\n",
            pick.layer, stringify(pick.precision), pick.stage,
            (long long)s.tile.m, (long long)s.tile.n, (long long)s.tile.k,
            (long long)s.tile.waves, (long long)pick.depth, (long long)groups,
            *seconds * 1e6, t.bound, t.issueSeconds * 1e6,
            t.latencySeconds * 1e6, (long long)launch.loopIterations,
            launch.cyclesPerIteration, whole ? " (whole kernel)" : "", mfmas,
            (long long)(report->vgprs + std::max<int64_t>(0, report->agprs)),
            (long long)report->ldsBytes);
      }
    }
  }
}
