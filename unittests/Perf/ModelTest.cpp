//===- ModelTest.cpp - the calibrated kernel time model -------------------===//

#include "../TestSeed.h"

#include "mxmoe/Perf/Model.h"
#include "mxmoe/Perf/Perf.h"
#include "mxmoe/Plan/Layer.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

using namespace mxmoe;
using namespace mxmoe::perf;

namespace {

const ChipModel &mi355x() { return *lookupChipModel("gfx950"); }

std::string readSource(const std::string &relative) {
  std::ifstream in(std::string(MXMOE_SOURCE_DIR) + "/" + relative);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

} // namespace

TEST(PerfModel, DistinctExpertsMatchUniformRouting) {
  // One token touches exactly K experts; many touch all E.
  EXPECT_NEAR(expectedDistinctExperts(128, 4, 1), 4.0, 1e-9);
  EXPECT_NEAR(expectedDistinctExperts(128, 4, 100000), 128.0, 1e-6);
  EXPECT_EQ(expectedDistinctExperts(128, 4, 0), 0.0);
  // Monte Carlo: K distinct experts per token, uniformly.
  unsigned seed = mxmoe::test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (auto [e, k, t] : {std::tuple{128, 4, 16}, std::tuple{256, 8, 32},
                         std::tuple{32, 8, 3}, std::tuple{257, 9, 64}}) {
    std::vector<int> perm(e);
    std::iota(perm.begin(), perm.end(), 0);
    double sum = 0;
    const int trials = 2000;
    for (int trial = 0; trial < trials; ++trial) {
      std::set<int> touched;
      for (int i = 0; i < t; ++i) {
        std::shuffle(perm.begin(), perm.end(), rng);
        touched.insert(perm.begin(), perm.begin() + k);
      }
      sum += touched.size();
    }
    double expected = expectedDistinctExperts(e, k, t);
    EXPECT_NEAR(sum / trials, expected, 0.02 * expected)
        << "E=" << e << " K=" << k << " T=" << t;
    // The old model's min(E, T*K) overcounts.
    EXPECT_LT(expected, std::min(e, t * k) + 1e-9);
  }
}

TEST(PerfModel, LatencyTermIsLittlesLaw) {
  const ChipModel &chip = mi355x();
  Calibration cal{0, 1e-6, 6e12, 1.5e9};
  ProblemShape p{Precision::A16W4, 2048, 1024, 64, 1};
  KernelShape ks;
  ks.stage = 2;
  ks.tile = {16, 128, 128, 4};
  ks.workgroupsPerCU = 1;
  // T = 1, K = 1: one expert, 2048 / 128 = 16 workgroups, all resident:
  // each does 1024 / 128 = 8 dependent K steps, one stage in flight.
  KernelTime t = predictStage(chip, cal, p, 1, ks);
  EXPECT_NEAR(t.distinctExperts, 1.0, 1e-12);
  EXPECT_EQ(t.workgroups, 16);
  EXPECT_EQ(t.residentWorkgroups, 16);
  double stageBytes = 128 * 128 * kMXFP4BytesPerElement + 16 * 128 * 2.0;
  EXPECT_NEAR(t.bytesInFlight, 16 * stageBytes, 1e-6);
  EXPECT_NEAR(t.latencySeconds, 8 * 1e-6, 1e-12);
  // Three stages keep two in flight: half the latency term.
  ks.pipelineDepth = 3;
  EXPECT_NEAR(predictStage(chip, cal, p, 1, ks).latencySeconds, 4e-6, 1e-12);
  ks.pipelineDepth = 2;
  // Split-K 4: four times the workgroups in flight, a quarter of the steps.
  ks.splitK = 4;
  EXPECT_NEAR(predictStage(chip, cal, p, 1, ks).latencySeconds, 2e-6, 1e-12);
  ks.splitK = 1;
  // Many tokens: more workgroups than the chip holds; doubling the
  // workgroups per CU doubles the bytes in flight and halves the term.
  KernelTime one = predictStage(chip, cal, p, 4096, ks);
  ks.workgroupsPerCU = 2;
  KernelTime two = predictStage(chip, cal, p, 4096, ks);
  ASSERT_GT(one.workgroups, 2.0 * chip.computeUnits);
  EXPECT_NEAR(two.bytesInFlight, 2 * one.bytesInFlight, 1e-3);
  EXPECT_NEAR(two.latencySeconds, one.latencySeconds / 2, 1e-12);
}

TEST(PerfModel, TotalIsLaunchPlusLargestTerm) {
  const ChipModel &chip = mi355x();
  ProblemShape p{Precision::A8W4, 3072, 3072, 128, 4};
  KernelShape ks;
  ks.stage = 1;
  ks.tile = {32, 128, 256, 4};
  ks.workgroupsPerCU = 2;
  for (int64_t t : {1, 64, 32768}) {
    KernelTime k = predictStage(chip, p, t, ks);
    double largest = std::max(
        {k.bandwidthSeconds, k.mfmaSeconds, k.issueSeconds, k.latencySeconds});
    EXPECT_NEAR(k.totalSeconds, chip.calibration.launchSeconds + largest,
                1e-15);
    EXPECT_GT(k.totalSeconds, chip.calibration.launchSeconds);
  }
  // Decode is latency- or bandwidth-bound, prefill MFMA-bound.
  EXPECT_STRNE(predictStage(chip, p, 1, ks).bound, "mfma");
  EXPECT_STREQ(predictStage(chip, p, 32768, ks).bound, "mfma");
  // A wider main loop's llvm-mca cycles become the bound when large enough.
  ks.mcaCyclesPerIteration = 1e5;
  ks.loopIterations = 6;
  EXPECT_STREQ(predictStage(chip, p, 1, ks).bound, "issue");
}

TEST(PerfModel, FitRecoversKnownParameters) {
  // Rows the model itself produced with known parameters (on the search
  // grid; each term dominates somewhere: launch and latency at decode,
  // bandwidth in between, MFMAs at 32768 tokens): the fit must find them.
  const ChipModel &chip = mi355x();
  Calibration truth{6e-6, 0.4e-6, 5.5e12, 1.0e9};
  std::vector<MeasuredStage> rows;
  int i = 0;
  for (int64_t t : {1, 8, 64, 512, 4096, 32768})
    for (int stage : {1, 2}) {
      MeasuredStage m;
      m.problem = {Precision::A4W4, 7168, 512, 256, 8};
      m.tokens = t;
      m.stage = stage;
      m.shape.stage = stage;
      m.shape.tile = {t > 1024 ? 64 : 32, 128, 256, 4};
      m.shape.workgroupsPerCU = 2;
      m.seconds = predictStage(chip, truth, m.problem, t, m.shape).totalSeconds;
      m.fit = i++ % 3 != 2;
      rows.push_back(m);
    }
  FitResult fit = fitCalibration(chip, rows);
  EXPECT_LT(fit.fitMeanError, 1e-6);
  EXPECT_LT(fit.heldOutMaxError, 1e-6);
  EXPECT_NEAR(fit.calibration.launchSeconds, truth.launchSeconds, 1e-8);
  EXPECT_NEAR(fit.calibration.sustainedClockHz, truth.sustainedClockHz, 1e6);
  EXPECT_NEAR(fit.calibration.bandwidthBytesPerSecond,
              truth.bandwidthBytesPerSecond, 1e9);
  std::set<std::string> bounds;
  for (const MeasuredStage &m : rows)
    bounds.insert(
        predictStage(chip, truth, m.problem, m.tokens, m.shape).bound);
  EXPECT_TRUE(bounds.count("mfma"));
  EXPECT_TRUE(bounds.count("bandwidth"));
}

TEST(PerfModel, CommittedCalibrationMeetsTheHeldOutGoal) {
  // The published table and the constants in the chip table: the held-out
  // rows (other models and token counts) stay within 25% mean error.
  std::string path = "configs/calibration/mi355x-aiter.json";
  CalibrationData data = parseCalibrationData(readSource(path), path);
  ASSERT_EQ(data.error, "");
  int fit = 0;
  for (const MeasuredStage &m : data.rows)
    fit += m.fit;
  EXPECT_GT(fit, 20);
  EXPECT_GT(int(data.rows.size()) - fit, 100);
  FitResult r = evaluateCalibration(mi355x(), mi355x().calibration, data.rows,
                                    data.layers);
  std::printf("committed calibration: fit mean %.1f%%, held out mean %.1f%% "
              "max %.1f%%\n",
              100 * r.fitMeanError, 100 * r.heldOutMeanError,
              100 * r.heldOutMaxError);
  EXPECT_LE(r.heldOutMeanError, 0.25);
  // No bounding layer measurement is faster than the model's floor for it.
  ASSERT_FALSE(data.layers.empty());
  for (size_t i = 0; i < data.layers.size(); ++i)
    if (data.layers[i].fit)
      EXPECT_LE(r.layerFloorSeconds[i], data.layers[i].seconds)
          << data.layers[i].model;
  // The committed constants are the fit's (refit gives no better fit error).
  FitResult refit = fitCalibration(mi355x(), data.rows, data.layers);
  EXPECT_GE(r.fitMeanError, refit.fitMeanError - 1e-9);
  EXPECT_LE(r.fitMeanError, refit.fitMeanError + 0.01);
}

TEST(PerfModel, LayerMeasurementsBoundTheFit) {
  // Rows from known parameters with a 6 us launch, and a two-kernel layer
  // measured faster than the floor those parameters give it: the fit must
  // leave the truth for parameters whose floor meets the layer, and a
  // check layer (fit = false) must change nothing.
  const ChipModel &chip = mi355x();
  Calibration truth{6e-6, 0.4e-6, 5.5e12, 1.0e9};
  std::vector<MeasuredStage> rows;
  for (int64_t t : {1, 8, 64, 512, 4096, 32768})
    for (int stage : {1, 2}) {
      MeasuredStage m;
      m.problem = {Precision::A4W4, 7168, 512, 256, 8};
      m.tokens = t;
      m.stage = stage;
      m.shape.stage = stage;
      m.shape.tile = {t > 1024 ? 64 : 32, 128, 256, 4};
      m.shape.workgroupsPerCU = 2;
      m.seconds = predictStage(chip, truth, m.problem, t, m.shape).totalSeconds;
      m.fit = true;
      rows.push_back(m);
    }
  MeasuredLayer layer;
  layer.problem = {Precision::A16W4, 6144, 768, 128, 4};
  layer.weightBytesPerElement = 1.0 + 1.0 / 32;
  layer.tokens = 1;
  layer.kernels = 2;
  double truthFloor = layerFloorSeconds(truth, layer);
  layer.seconds = truthFloor - 4e-6;
  layer.fit = false;
  FitResult checked = fitCalibration(chip, rows, {layer});
  EXPECT_NEAR(checked.calibration.launchSeconds, truth.launchSeconds, 1e-8);
  ASSERT_EQ(checked.layerFloorSeconds.size(), 1u);
  EXPECT_NEAR(checked.layerFloorSeconds[0], truthFloor, 1e-9);
  layer.fit = true;
  FitResult bound = fitCalibration(chip, rows, {layer});
  ASSERT_EQ(bound.layerFloorSeconds.size(), 1u);
  EXPECT_LE(bound.layerFloorSeconds[0], layer.seconds);
  EXPECT_LT(bound.calibration.launchSeconds, truth.launchSeconds - 1e-6);
  EXPECT_GT(bound.fitMeanError, 1e-3);
  // The floor: two launches plus the bytes at the bandwidth.
  double experts = expectedDistinctExperts(128, 4, 1);
  double bytes = experts * 3.0 * 768 * 6144 * (1.0 + 1.0 / 32) + 6144 * 2.0 +
                 2.0 * 4 * 768 * 2.0 + 6144 * 2.0;
  EXPECT_NEAR(truthFloor, 2 * truth.launchSeconds + bytes / 5.5e12, 1e-12);
}

TEST(PerfModel, MalformedCalibrationDataIsOneLine) {
  const char *good =
      R"({"source": "s", "model": "m", "kernel": "k", "precision": "a8w4",
      "model_dim": 64, "inter_dim": 64, "experts": 4, "topk": 1, "tokens": 1,
      "stage": 1, "us": 3.5, "tile": [16, 64, 128, 4]})";
  const char *layer =
      R"({"source": "s", "model": "m", "activations": "bf16", "weights":
      "mxfp8", "model_dim": 64, "inter_dim": 64, "experts": 4, "topk": 1,
      "tokens": 1, "kernels": 2, "us": 9.5, "fit": true})";
  CalibrationData ok =
      parseCalibrationData(std::string("{\"rows\": [") + good + "]}", "d.json");
  ASSERT_EQ(ok.error, "");
  ASSERT_EQ(ok.rows.size(), 1u);
  EXPECT_EQ(ok.rows[0].shape.tile.n, 64);
  CalibrationData withLayer = parseCalibrationData(
      std::string("{\"rows\": [") + good + "], \"layers\": [" + layer + "]}",
      "d.json");
  ASSERT_EQ(withLayer.error, "");
  ASSERT_EQ(withLayer.layers.size(), 1u);
  EXPECT_TRUE(withLayer.layers[0].fit);
  EXPECT_EQ(withLayer.layers[0].kernels, 2);
  EXPECT_DOUBLE_EQ(withLayer.layers[0].weightBytesPerElement, 1.0 + 1.0 / 32);
  struct Bad {
    std::string json, error;
  } bad[] = {
      {"{", "d.json: not JSON"},
      {"[]", "d.json: expected an object with a \"rows\" array"},
      {"{\"rows\": []}", "d.json: no rows"},
      {"{\"rows\": [1]}", "d.json: row 0: not an object"},
      {std::string("{\"rows\": [") + good + "," +
           std::string(good).replace(std::string(good).find("a8w4"), 4,
                                     "a3w4") +
           "]}",
       "d.json: row 1: unknown precision 'a3w4'"},
      {std::string("{\"rows\": [") +
           std::string(good).replace(std::string(good).find("\"stage\": 1"), 10,
                                     "\"stage\": 3") +
           "]}",
       "d.json: row 0: needs positive model_dim"},
      {std::string("{\"rows\": [") +
           std::string(good).replace(std::string(good).find("[16, 64, 128, 4]"),
                                     16, "[16, 64]") +
           "]}",
       "d.json: row 0: needs tile [m, n, k, waves]"},
      {std::string("{\"rows\": [") + good + "], \"layers\": {}}",
       "d.json: \"layers\" must be an array"},
      {std::string("{\"rows\": [") + good + "], \"layers\": [" + layer + "," +
           std::string(layer).replace(std::string(layer).find("mxfp8"), 5,
                                      "bf16") +
           "]}",
       "d.json: layer 1: unknown weights 'bf16'"},
      {std::string("{\"rows\": [") + good + "], \"layers\": [" +
           std::string(layer).replace(std::string(layer).find("\"kernels\": 2"),
                                      12, "\"kernels\": 0") +
           "]}",
       "d.json: layer 0: needs positive model_dim"},
  };
  for (const Bad &b : bad) {
    CalibrationData d = parseCalibrationData(b.json, "d.json");
    EXPECT_TRUE(d.rows.empty());
    EXPECT_EQ(d.error.rfind(b.error, 0), 0u) << d.error;
    EXPECT_EQ(d.error.find('\n'), std::string::npos) << d.error;
  }
}

TEST(PerfModel, MultiWorkgroupSortBound) {
  // The plan's bound is where the model prefers the multi-workgroup sort:
  // slower below it, faster from it on, for any experts and block m.
  const ChipModel &chip = mi355x();
  for (int64_t experts : {8, 32, 128, 256})
    for (int64_t blockM : {16, 64, 128})
      for (int64_t entries = 64; entries <= (int64_t(1) << 20);
           entries += entries < 16384 ? 64 : 4096) {
        double one = predictSort(chip, chip.calibration, entries, 256);
        double many =
            predictSortChunks(chip, chip.calibration, entries, 256,
                              sortChunkFor(entries, 256), experts, blockM)
                .total();
        ASSERT_EQ(many < one, entries >= kMultiWorkgroupSortMinEntries)
            << "E=" << experts << " m=" << blockM << " T*K=" << entries
            << ": one workgroup " << one * 1e6 << " us, multi " << many * 1e6
            << " us";
      }
  // GPT-OSS (K = 4, E = 128, m = 64) at T = 4096 and 32768: the one
  // workgroup is a launch plus two walks of T*K / 256 round trips (and one
  // more each); the three kernels' times are the model's at 2.75 us per
  // launch and 0.55 us per round trip; both add one wave's scan of the
  // experts' first rows (9 LDS round trips of 128 clocks).
  const Calibration &cal = chip.calibration;
  double scanUs = 9 * 128 / chip.issueClockHz * 1e6;
  for (auto [tokens, manyUs] :
       {std::tuple<int64_t, double>{4096, 17.05}, {32768, 26.95}}) {
    double oneUs = (cal.launchSeconds +
                    2.0 * (tokens * 4 / 256 + 1) * cal.latencySeconds) *
                       1e6 +
                   scanUs;
    EXPECT_NEAR(predictSort(chip, chip.calibration, tokens * 4, 256) * 1e6,
                oneUs, 1e-6);
    EXPECT_NEAR(predictSortChunks(chip, chip.calibration, tokens * 4, 256,
                                  sortChunkFor(tokens * 4, 256), 128, 64)
                        .total() *
                    1e6,
                manyUs + scanUs, 1e-6);
  }
}

TEST(PerfModel, FusedRoutingIsTheSortWithoutItsLaunch) {
  const ChipModel *chip = lookupChipModel("gfx950");
  ASSERT_TRUE(chip);
  const Calibration &cal = chip->calibration;
  for (int64_t entries : {1, 4, 64, 256, 257, 4096}) {
    double prologue = predictFusedRoutingPrologue(*chip, cal, entries, 256);
    EXPECT_DOUBLE_EQ(predictSort(*chip, cal, entries, 256),
                     cal.launchSeconds + prologue)
        << entries;
    // Two dependent round trips per chunk of 256 plus one per pass (one
    // chunk: the scatter has none), and the experts' scan: 9 LDS round
    // trips of 128 clocks at the issue clock.
    int64_t chunks = (entries + 255) / 256;
    double trips = chunks == 1 ? 2 : 2.0 * (chunks + 1);
    EXPECT_DOUBLE_EQ(prologue,
                     trips * cal.latencySeconds + 9 * 128 / chip->issueClockHz)
        << entries;
  }
}

TEST(PerfModel, RoutedLaunchTripsOverTheSplitKSlice) {
  // A workgroup walks its slice of K: 2880 / 256 = 12 steps, split 1, 2 and
  // 4 leave 12, 6 and 3 steps, 6, 3 and 2 trips of 2 steps; a kernel
  // without a main loop (the whole kernel analyzed) is one trip.
  Stage2Config s2;
  s2.problem = {Precision::A8W4, 2880, 2880, 128, 4};
  s2.tile = {16, 64, 256, 4};
  KernelReport report;
  report.mainLoop = LoopInfo{};
  report.mainLoop->mcaCyclesPerIteration = 100;
  for (auto [split, trips] : {std::pair{1, 6}, {2, 3}, {4, 2}}) {
    s2.splitK = split;
    Launch l = routedLaunch(s2.grid(), 1, 2880, s2.tile, report, 1);
    EXPECT_EQ(l.loopIterations, trips) << "split-K " << split;
    EXPECT_EQ(l.workgroups, s2.grid().workgroups<int64_t>(1)[0] *
                                s2.grid().workgroups<int64_t>(1)[1]);
  }
  report.mainLoop->wholeKernel = true;
  EXPECT_EQ(routedLaunch(s2.grid(), 1, 2880, s2.tile, report, 1).loopIterations,
            1);
}

TEST(PerfModel, AKernelWithoutAnMfmaLoopIsCountedWhole) {
  // A routing walk (a back branch without MFMAs) before a fully unrolled K
  // loop is no main loop: the whole kernel is the trip, its MFMAs counted.
  const std::string isa = R"(
	.text
	.globl	k
	.type	k,@function
k:
	s_mov_b32 s0, 0
.LBB0_1:
	ds_read_b32 v1, v0
	s_add_u32 s0, s0, 1
	s_cmp_lt_u32 s0, 8
	s_cbranch_scc1 .LBB0_1
	v_mfma_f32_16x16x32_bf16 v[0:3], v[4:7], v[8:11], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[0:3], v[4:7], v[8:11], v[0:3]
	s_endpgm
)";
  std::vector<KernelReport> kernels = analyzeIsa(isa);
  ASSERT_EQ(kernels.size(), 1u);
  ASSERT_TRUE(kernels[0].mainLoop);
  EXPECT_TRUE(kernels[0].mainLoop->wholeKernel);
  EXPECT_EQ(kernels[0].mainLoop->mix[InstClass::MFMA], 2);
}

TEST(PerfModel, SlotRoutingReadsEverySlotsExpertAndSkipsTheSort) {
  // Slot routing: one round trip and two LDS round trips, no scan; each
  // slot a one-row block whose expert's weights it reads (T*K experts'
  // weights, where the sort's blocks read the distinct experts').
  const ChipModel *chip = lookupChipModel("gfx950");
  ASSERT_TRUE(chip);
  const Calibration &cal = chip->calibration;
  EXPECT_DOUBLE_EQ(predictSlotRoutingPrologue(*chip, cal),
                   cal.latencySeconds + 2 * 128 / chip->issueClockHz);
  EXPECT_LT(predictSlotRoutingPrologue(*chip, cal),
            predictFusedRoutingPrologue(*chip, cal, 4, 256));
  ProblemShape p{Precision::A8W4, 2880, 2880, 128, 4};
  KernelShape ks;
  ks.stage = 1;
  ks.tile = {16, 64, 256, 4};
  for (int64_t tokens : {1, 2, 8}) {
    KernelTime sorted = predictStage(*chip, cal, p, tokens, ks);
    KernelShape slots = ks;
    slots.slotRouting = true;
    KernelTime bySlot = predictStage(*chip, cal, p, tokens, slots);
    EXPECT_DOUBLE_EQ(bySlot.distinctExperts, double(tokens * 4)) << tokens;
    EXPECT_DOUBLE_EQ(bySlot.workgroups, 90.0 * tokens * 4) << tokens;
    if (tokens == 1)
      EXPECT_DOUBLE_EQ(bySlot.hbmBytes, sorted.hbmBytes);
    else
      EXPECT_GT(bySlot.hbmBytes, sorted.hbmBytes) << tokens;
  }
}

TEST(PerfModel, QuantizeXLoadsOnlyTheBlocksValidRows) {
  // Stage 1 quantizing x: a dependent round trip per 2 MX blocks a lane
  // loads, over the block's valid rows only. GPT-OSS (D = 2880: 90 blocks
  // a row), 256 lanes: slot routing's one row is 1 trip; a full 16-row
  // block (T = 4096) is 1440 blocks, 6 a lane, 3 trips.
  const ChipModel *chip = lookupChipModel("gfx950");
  ASSERT_TRUE(chip);
  const Calibration &cal = chip->calibration;
  ProblemShape p{Precision::A8W4, 2880, 2880, 128, 4};
  KernelShape ks;
  ks.stage = 1;
  ks.tile = {16, 64, 256, 4};
  auto prologue = [&](KernelShape shape, int64_t tokens) {
    KernelShape plain = shape;
    plain.quantizeX = false;
    shape.quantizeX = true;
    return predictStage(*chip, cal, p, tokens, shape).latencySeconds -
           predictStage(*chip, cal, p, tokens, plain).latencySeconds;
  };
  KernelShape slots = ks;
  slots.slotRouting = true;
  EXPECT_NEAR(prologue(slots, 1), cal.latencySeconds, 1e-15);
  EXPECT_NEAR(prologue(ks, 1), cal.latencySeconds, 1e-15);
  EXPECT_NEAR(prologue(ks, 4096), 3 * cal.latencySeconds, 1e-15);
}
