//===- WeightCacheRuleTest.cpp - the tuner's non-temporal weight rule -----===//
//
// The model has no term for the weight cache policy, so the tuner picks it
// by rule: nt where the expected rows per touched expert fit one tile m
// (no block's weights are reused by another block), none elsewhere.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Perf/Model.h"

#include <gtest/gtest.h>

using namespace mxmoe;

TEST(WeightCacheRule, NonTemporalWhereRowsPerExpertFitTileM) {
  ProblemShape gptOss{Precision::A8W4, 2880, 2880, 128, 4};
  // T = 1: 4 rows on 4 experts.
  EXPECT_EQ(weightCacheRule(gptOss, 1, 16), WeightCache::NT);
  // T = 256: 1024 rows over ~128 experts, 8 each.
  EXPECT_EQ(weightCacheRule(gptOss, 256, 16), WeightCache::NT);
  // T = 1024: ~32 per expert: more than a 16-row block, within 64.
  EXPECT_EQ(weightCacheRule(gptOss, 1024, 16), WeightCache::None);
  EXPECT_EQ(weightCacheRule(gptOss, 1024, 64), WeightCache::NT);
  // Prefill: 4096 per expert.
  EXPECT_EQ(weightCacheRule(gptOss, 131072, 128), WeightCache::None);
  // One expert, top-1: every token on it.
  ProblemShape dense{Precision::A16W4, 256, 256, 1, 1};
  EXPECT_EQ(weightCacheRule(dense, 16, 16), WeightCache::NT);
  EXPECT_EQ(weightCacheRule(dense, 17, 16), WeightCache::None);
}

TEST(WeightCacheRule, RankStageKeepsTheRulesPolicyAtEqualTime) {
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_NE(model, nullptr);
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem.precision = Precision::A8W4;
  std::vector<StageChoice> space;
  for (WeightCache cache : {WeightCache::None, WeightCache::NT}) {
    StageChoice s;
    s.tile = {16, 64, 128, 4};
    s.weightCache = cache;
    space.push_back(s);
  }
  for (int stage : {1, 2}) {
    std::vector<TuneCandidate> decode = rankStage(*model, c, space, stage, 1);
    ASSERT_EQ(decode.size(), 1u);
    EXPECT_EQ(decode[0].choice.weightCache, WeightCache::NT);
    std::vector<TuneCandidate> prefill =
        rankStage(*model, c, space, stage, 8192);
    ASSERT_EQ(prefill.size(), 1u);
    EXPECT_EQ(prefill[0].choice.weightCache, WeightCache::None);
    // No model term: the policy does not change the prediction.
    space[0].weightCache = WeightCache::NT;
    std::vector<TuneCandidate> forced = rankStage(*model, c, space, stage, 1);
    ASSERT_EQ(forced.size(), 2u);
    EXPECT_EQ(forced[0].seconds, forced[1].seconds);
    space[0].weightCache = WeightCache::None;
  }
}

TEST(WeightCacheRule, PersistentGridCapsResidencyInTheModel) {
  // The model's only persistent term: no more than P workgroups resident.
  // P at the residency bound predicts the same time as one workgroup per
  // tile; a smaller P predicts more rounds.
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_NE(model, nullptr);
  LayerConfig c = *knownModel("gpt-oss-120b");
  StageChoice s;
  s.tile = {64, 128, 128, 4};
  Stage2Config plain = stage2Config(c, s);
  int64_t resident =
      model->computeUnits * kernelShapeOf(*model, plain).workgroupsPerCU;
  Stage2Config persistent = plain;
  persistent.persistentWorkgroups = resident;
  EXPECT_EQ(predictStageSeconds(*model, persistent, 8192),
            predictStageSeconds(*model, plain, 8192));
  persistent.persistentWorkgroups = 8;
  EXPECT_GT(predictStageSeconds(*model, persistent, 8192),
            predictStageSeconds(*model, plain, 8192));
}
