//===- CompiledTieBreakTest.cpp - the refined ranking's near-ties ---------===//
//
// After compiling the model's best candidates, the tuner treats refined
// predictions within 2% of the fastest as ties and takes the one with the
// fewest registers, then the fewest main-loop instructions per MFMA: at
// decode the kernels are latency-bound and the model cannot tell such tiles
// apart, but registers decide occupancy and the issue-15 loop table.
//
//===----------------------------------------------------------------------===//

#include "../TestSeed.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/Tune.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace mxmoe;

namespace {

CompiledCandidate candidate(int64_t k, double us, int64_t registers,
                            double instructionsPerMFMA) {
  CompiledCandidate c;
  c.candidate.choice.tile = {16, 64, k, 4};
  c.candidate.seconds = us * 1e-6;
  c.registers = registers;
  c.instructionsPerMFMA = instructionsPerMFMA;
  return c;
}

} // namespace

TEST(CompiledTieBreak, FewerRegistersWithinTheTolerance) {
  // GPT-OSS a8w4 stage-2 decode: 512 predicted 1.5% faster, 256 with
  // fewer registers.
  std::vector<CompiledCandidate> c = {candidate(512, 10.0, 122, 16.8),
                                      candidate(256, 10.15, 96, 13.6)};
  EXPECT_EQ(pickCompiled(c), 1u);
  // 3% slower is not a tie: the fastest stays.
  c[1].candidate.seconds = 10.3e-6;
  EXPECT_EQ(pickCompiled(c), 0u);
  // A wider tolerance takes it again.
  EXPECT_EQ(pickCompiled(c, 0.05), 1u);
  // No tolerance: only exact ties.
  EXPECT_EQ(pickCompiled(c, 0.0), 0u);
}

TEST(CompiledTieBreak, EqualRegistersFewerInstructionsPerMFMA) {
  std::vector<CompiledCandidate> c = {candidate(256, 10.1, 100, 13.6),
                                      candidate(512, 10.0, 100, 16.8),
                                      candidate(128, 10.05, 100, 25.0)};
  EXPECT_EQ(pickCompiled(c), 0u);
  // Unknown loop (infinity) loses to any counted one.
  c[0].instructionsPerMFMA = std::numeric_limits<double>::infinity();
  EXPECT_EQ(pickCompiled(c), 1u);
}

TEST(CompiledTieBreak, FullTiesKeepTheModelsOrder) {
  // Same time, registers and instructions: the model ranking's K = 256
  // first.
  std::vector<CompiledCandidate> c = {candidate(512, 10.0, 100, 16.0),
                                      candidate(256, 10.0, 100, 16.0)};
  EXPECT_EQ(pickCompiled(c), 1u);
  std::vector<CompiledCandidate> one = {candidate(128, 3.0, 200, 30.0)};
  EXPECT_EQ(pickCompiled(one), 0u);
}

TEST(CompiledTieBreak, RandomCandidatesMatchABruteForcePick) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> us(5.0, 6.0);
  std::uniform_int_distribution<int64_t> registers(60, 70), count(1, 8);
  std::uniform_int_distribution<int> instrs(10, 14), kPick(0, 2);
  const int64_t ks[] = {128, 256, 512};
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<CompiledCandidate> c;
    for (int64_t i = count(rng); i > 0; --i)
      c.push_back(candidate(ks[kPick(rng)], us(rng), registers(rng),
                            instrs(rng) / 2.0));
    double tolerance = trial % 3 == 0 ? 0.0 : 0.02 * (trial % 3);
    size_t pick = pickCompiled(c, tolerance);
    ASSERT_LT(pick, c.size());
    double fastest = std::numeric_limits<double>::infinity();
    for (const CompiledCandidate &x : c)
      fastest = std::min(fastest, x.candidate.seconds);
    const CompiledCandidate &p = c[pick];
    ASSERT_LE(p.candidate.seconds, fastest * (1 + tolerance));
    for (const CompiledCandidate &x : c) {
      if (x.candidate.seconds > fastest * (1 + tolerance))
        continue;
      ASSERT_GE(x.registers, p.registers) << "trial " << trial;
      if (x.registers == p.registers)
        ASSERT_GE(x.instructionsPerMFMA, p.instructionsPerMFMA)
            << "trial " << trial;
    }
  }
}

TEST(CompiledTieBreak, CompiledReportGivesRegistersAndLoopInstructions) {
  // The predictor's report for a configuration it timed (the occupancy
  // targets and the tie-break both read it): an a8w4 stage-2 decode tile.
  auto context = createContext();
  const perf::ChipModel *model = perf::lookupChipModel("gfx950");
  ASSERT_NE(model, nullptr);
  CompiledPredictor compiled(*model, "gfx950",
                             std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca",
                             *context);
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem.precision = Precision::A8W4;
  StageChoice s;
  s.tile = {16, 64, 256, 4};
  s.weightCache = WeightCache::NT;
  KernelConfig config(stage2Config(c, s));
  std::optional<double> seconds = compiled.seconds(config, 1);
  ASSERT_TRUE(seconds);
  EXPECT_GT(*seconds, 0);
  const perf::KernelReport *report = compiled.report(config);
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(compiled.compiled(), 1);
  CompiledCandidate cc = compiledCandidate({s, *seconds}, *report);
  EXPECT_EQ(cc.registers, report->vgprs + std::max<int64_t>(report->agprs, 0));
  EXPECT_GT(cc.registers, 0);
  // The loop has MFMAs and more than them.
  EXPECT_TRUE(std::isfinite(cc.instructionsPerMFMA));
  EXPECT_GT(cc.instructionsPerMFMA, 1.0);
}
