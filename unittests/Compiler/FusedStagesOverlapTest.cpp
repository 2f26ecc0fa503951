//===- FusedStagesOverlapTest.cpp - stage 2's routing behind stage 1 ------===//
//
// In one launch of both stages, stage-2 workgroups sort their routing before
// they wait for stage 1 (moe-fuse-stages, test/Transforms/fuse-stages.mlir),
// so the model hides that prologue exactly where stage-2 workgroups are
// resident while stage 1 runs.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Plan/Layer.h"

#include <gtest/gtest.h>

using namespace mxmoe;

namespace {

const LayerConfig &layerOf(const std::vector<LayerConfig> &layers,
                           const std::string &name, Precision precision) {
  for (const LayerConfig &c : layers)
    if (c.model == name && c.problem.precision == precision)
      return c;
  ADD_FAILURE() << name;
  return layers.front();
}

StageChoice choice(Tile tile) {
  StageChoice s;
  s.tile = tile;
  s.combine = Combine::Atomic;
  return s;
}

} // namespace

TEST(FusedStagesOverlap, Stage2RoutingHiddenOnlyWhileStage1Runs) {
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_NE(model, nullptr);
  std::vector<LayerConfig> layers = tunedLayers("gfx950");
  struct Case {
    const char *layer;
    Precision precision;
    Tile s1, s2;
    int64_t vgprs, lds;
    bool hidden;
  };
  const Case cases[] = {
      // GPT-OSS-120B T = 1: 90 x 4 = 360 stage-1 workgroups, one per CU
      // (109 KB of LDS): stage 1 takes two rounds, stage 2's 180 start in
      // the CUs its first round frees.
      {"gpt-oss-120b",
       Precision::A8W4,
       {16, 64, 256, 4},
       {16, 64, 256, 4},
       161,
       108996,
       true},
      // The same at 4 workgroups per CU: all 540 resident at once.
      {"gpt-oss-120b",
       Precision::A8W4,
       {16, 64, 256, 4},
       {16, 64, 256, 4},
       120,
       36000,
       true},
      // DeepSeek-R1 TP8 T = 1: 8 x 8 = 64 stage-1 workgroups fit in one
      // round, 64 + 448 do not fit at once at one per CU: the stage-2
      // workgroups that start after stage 1 pay their sort.
      {"deepseek-r1-tp8",
       Precision::A4W4,
       {16, 64, 512, 4},
       {16, 128, 128, 4},
       161,
       108996,
       false},
  };
  for (const Case &c : cases) {
    SCOPED_TRACE(std::string(c.layer) + " " + std::to_string(c.vgprs));
    const LayerConfig &layer = layerOf(layers, c.layer, c.precision);
    Stage1Config s1 = stage1Config(layer, choice(c.s1));
    Stage2Config s2 = stage2Config(layer, choice(c.s2));
    s1.fusedRoutingEntries = s2.fusedRoutingEntries = layer.problem.topk;
    double routing = fusedRoutingSeconds(*model, s2, 1);
    ASSERT_GT(routing, 0);
    EXPECT_DOUBLE_EQ(hiddenStage2Routing(*model, s1, s2, 1, c.vgprs, c.lds),
                     c.hidden ? routing : 0.0);
    // Stage 2 with the sort kernel's buffers has no routing to hide.
    s2.fusedRoutingEntries = 0;
    EXPECT_EQ(hiddenStage2Routing(*model, s1, s2, 1, c.vgprs, c.lds), 0.0);
  }
}
