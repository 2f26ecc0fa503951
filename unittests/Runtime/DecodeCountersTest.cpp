//===- DecodeCountersTest.cpp - emulator counters of a T = 1 layer --------===//
//
// Issue 15's decode bound on what the kernels touch: GPT-OSS-120B's layer at
// its full shape (D = I = 2880, E = 128, K = 4), compiled as
// `moe-compile --model=gpt-oss-120b --buckets=1,2` compiles it (the built-in
// configs; T = 1 fuses its routing), runs one token routed to K distinct
// random experts (and, a8w4, with one slot -1) in the emulator with random
// weights. Per stage kernel:
//   - weight + weight-scale bytes read <= 1.05x the bytes of the K active
//     experts' weights + scales (and at least 1x: every one is needed);
//   - idle workgroups (ones that wrote no global memory: no store and no
//     atomic, the emulator's workgroupsWithOutput) <= 10% of those launched.
// y is checked against the f64 reference. docs/perf/decode.md records the
// numbers this prints.
//
//===----------------------------------------------------------------------===//

#include "Emulator/EmulatorTestUtil.h"
#include "TestSeed.h"

#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Format/MXFormats.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Runtime/Layer.h"
#include "mxmoe/Runtime/Weights.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <numeric>
#include <random>

using namespace mxmoe;

namespace {

/// Random experts in GPT-OSS's checkpoint arrangement, the reference's
/// matrices (codes random, scales 2^-7..2^-3 so sums stay in range).
struct Experts {
  ref::MXFP4Matrix w13, w2;
  std::vector<float> b13, b2;
};

void fillRandom(std::vector<uint8_t> &bytes, std::mt19937_64 &rng) {
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t v = rng();
    std::memcpy(&bytes[i], &v, 8);
  }
  for (; i < bytes.size(); ++i)
    bytes[i] = uint8_t(rng());
}

Experts randomExperts(const ProblemShape &p, std::mt19937_64 &rng) {
  Experts e;
  e.w13.rows = p.experts * 2 * p.interDim;
  e.w13.k = p.modelDim;
  e.w2.rows = p.experts * p.modelDim;
  e.w2.k = p.interDim;
  for (ref::MXFP4Matrix *m : {&e.w13, &e.w2}) {
    m->codes.resize(m->rows * m->k / 2);
    fillRandom(m->codes, rng);
    m->scales.resize(m->rows * m->k / 32);
    for (uint8_t &s : m->scales)
      s = uint8_t(120 + rng() % 5);
  }
  auto bias = [&](int64_t n, std::vector<float> &b) {
    for (int64_t i = 0; i < n; ++i)
      b.push_back(float(int(rng() % 17) - 8) / 8);
  };
  bias(e.w13.rows, e.b13);
  bias(e.w2.rows, e.b2);
  return e;
}

/// The f64 reference; MX precisions quantize x and h as the kernels do.
std::vector<double> reference(const LayerConfig &c, const Experts &e,
                              const std::vector<float> &x,
                              const std::vector<int32_t> &ids,
                              const std::vector<float> &w) {
  const ProblemShape &p = c.problem;
  auto quantize = [](std::vector<float> &v, int64_t rows, int64_t cols,
                     ref::MXElement elem) {
    std::vector<uint8_t> codes, scales;
    ref::quantizeMX(v.data(), rows, cols, elem, ref::ScaleRounding::Floor,
                    codes, scales);
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t j = 0; j < cols; ++j)
        v[r * cols + j] =
            float(ref::dequantizeMX(codes, scales, cols, elem, r, j));
  };
  ref::MXElement elem = p.precision == Precision::A8W4 ? ref::MXElement::FP8E4M3
                                                       : ref::MXElement::FP4;
  bool mx = hasMXActivations(p.precision);
  std::vector<float> xq = x;
  if (mx)
    quantize(xq, 1, p.modelDim, elem);
  ref::ActivationSpec act; // GPT-OSS: SwiGLU, alpha 1.702, limit 7
  std::vector<double> h =
      ref::referenceStage1(xq, ids, 1, p.topk, p.experts, p.interDim, e.w13,
                           c.gateUp, e.b13.data(), act);
  if (mx) {
    std::vector<float> hf(h.begin(), h.end());
    quantize(hf, p.topk, p.interDim, elem);
    h.assign(hf.begin(), hf.end());
  }
  return ref::referenceStage2(h, ids, w.data(), 1, p.topk, p.experts,
                              p.modelDim, e.w2, e.b2.data());
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

} // namespace

TEST(DecodeCounters, GptOss120bAtOneTokenReadsOnlyActiveExpertsWithoutIdle) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::printf("decode counters: MXMOE_TEST_SEED=%u\n", seed);
  std::mt19937_64 rng(seed);
  std::optional<LayerConfig> model = knownModel("gpt-oss-120b");
  ASSERT_TRUE(model);
  // T = 1 in a bucket of its own below the last (the last bucket never
  // fuses its routing): the stage kernels route topk_ids by slot in LDS, as
  // the shipped plan runs T = 1.
  model->tokenBuckets = {1, 2};
  const ProblemShape shape = model->problem;
  const ConfigTable *configs = builtinConfigs("gfx950");
  ASSERT_NE(configs, nullptr) << builtinConfigsError("gfx950");

  auto start = std::chrono::steady_clock::now();
  Experts experts = randomExperts(shape, rng);
  fmt::CheckpointExperts checkpoint;
  checkpoint.w13 = experts.w13.codes.data();
  checkpoint.w13Scales = experts.w13.scales.data();
  checkpoint.b13 = experts.b13.data();
  checkpoint.w2 = experts.w2.codes.data();
  checkpoint.w2Scales = experts.w2.scales.data();
  checkpoint.b2 = experts.b2.data();
  checkpoint.experts = shape.experts;
  checkpoint.modelDim = shape.modelDim;
  checkpoint.interDim = shape.interDim;
  std::printf("random experts in %.1f s\n", secondsSince(start));

  // One token, K distinct experts, bf16-exact x.
  std::vector<int32_t> perm(shape.experts);
  std::iota(perm.begin(), perm.end(), 0);
  std::shuffle(perm.begin(), perm.end(), rng);
  std::vector<int32_t> ids(perm.begin(), perm.begin() + shape.topk);
  std::vector<float> topkWeights, x;
  for (int64_t s = 0; s < shape.topk; ++s)
    topkWeights.push_back(0.25f + float(rng() % 64) / 64.0f);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<uint8_t> xBits(2 * shape.modelDim);
  for (int64_t i = 0; i < shape.modelDim; ++i) {
    uint16_t b = fmt::f32ToBF16(dist(rng));
    x.push_back(fmt::bf16ToF32(b));
    std::memcpy(&xBits[2 * i], &b, 2);
  }

  // Bytes of the K active experts' weights and scales, per stage.
  const int64_t dim = shape.modelDim, inter = shape.interDim, k = shape.topk;
  const int64_t active1 = k * (2 * inter * dim / 2 + 2 * inter * dim / 32);
  const int64_t active2 = k * (dim * inter / 2 + dim * inter / 32);

  for (Precision precision :
       {Precision::A16W4, Precision::A8W4, Precision::A4W4}) {
    SCOPED_TRACE(stringify(precision));
    LayerConfig config = *model;
    config.problem.precision = precision;
    // The stages' kernels on their own: a fused launch runs the same phase
    // bodies (Layer.FusedStagesMatchTheTwoLaunchesBitwise), but each of its
    // workgroups writes (its share of y, layer_sync), so the emulator's
    // workgroups-with-output counter could not tell idle tiles apart.
    config.fusedStagesTokens = 0;
    start = std::chrono::steady_clock::now();
    CompileOptions options;
    options.chip = "gfx950";
    auto program = rt::compileLayerProgram(config, options, configs);
    ASSERT_TRUE(bool(program)) << llvm::toString(program.takeError());
    double compileSeconds = secondsSince(start);
    start = std::chrono::steady_clock::now();
    ASSERT_EQ(program->manifest.variants.front().routing, Routing::Slots);
    auto converted = rt::convertForLayer(
        config, program->manifest.variants.front(), checkpoint);
    ASSERT_TRUE(bool(converted)) << llvm::toString(converted.takeError());
    auto runner = rt::LayerRunner::create(std::move(*program),
                                          rt::createEmuBackend({}), *converted);
    ASSERT_TRUE(bool(runner)) << llvm::toString(runner.takeError());
    *converted = {}; // the runner holds its own copy
    double convertSeconds = secondsSince(start);
    std::printf("%s: compiled in %.1f s, weights converted in %.1f s\n",
                stringify(precision), compileSeconds, convertSeconds);

    // One run: y against the reference, then per stage kernel the weight
    // bytes against `routed` experts' and the idle workgroups against
    // `idleBound` (a fraction of those launched).
    auto check = [&](const std::vector<int32_t> &routing, int64_t routed,
                     double idleBound) {
      SCOPED_TRACE(std::to_string(routed) + " routed experts");
      auto start = std::chrono::steady_clock::now();
      rt::LayerInputs in;
      in.tokens = 1;
      in.x = xBits;
      in.topkIds = routing;
      in.topkWeights = topkWeights;
      auto run = (*runner)->run(in);
      ASSERT_TRUE(bool(run)) << llvm::toString(run.takeError());
      std::printf("%s: run in %.1f s\n", stringify(precision),
                  secondsSince(start));
      std::vector<float> y(shape.modelDim);
      ASSERT_EQ(run->y.size(), 2 * y.size()); // bf16
      for (size_t j = 0; j < y.size(); ++j) {
        uint16_t b;
        std::memcpy(&b, &run->y[2 * j], 2);
        y[j] = fmt::bf16ToF32(b);
      }
      double err = test::relativeError(
          y, reference(config, experts, x, routing, topkWeights));
      std::printf("%s: y relative error %.2e\n", stringify(precision), err);
      EXPECT_LT(err, 2e-2);
      int stageKernels = 0;
      for (const rt::KernelRun &kr : run->kernels) {
        std::string buffers;
        for (const auto &[name, bytes] : kr.bytesRead)
          buffers += " " + name + " " + std::to_string(bytes);
        std::printf("%s  bytes read:%s\n", kr.name.c_str(), buffers.c_str());
        EXPECT_NE(kr.role, KernelRole::Sort) << "T = 1 fuses its routing";
        bool stage1 = kr.role == KernelRole::Stage1;
        if (!stage1 && kr.role != KernelRole::Stage2)
          continue;
        ++stageKernels;
        SCOPED_TRACE(kr.name);
        const char *weights = stage1 ? "w13" : "w2";
        const std::string scales = std::string(weights) + "_scales";
        ASSERT_TRUE(kr.bytesRead.count(weights) && kr.bytesRead.count(scales));
        uint64_t read = kr.bytesRead.at(weights) + kr.bytesRead.at(scales);
        int64_t active = (stage1 ? active1 : active2) / k * routed;
        uint64_t launched = kr.result.workgroupsLaunched;
        uint64_t idle = launched - kr.result.workgroupsWithOutput;
        std::printf(
            "%s  grid %lldx%lldx%lld: weights+scales read %llu B "
            "(%llu + %llu) = %.4fx the %lld B of %lld active experts; "
            "%llu/%llu workgroups idle (%.1f%%)\n",
            kr.name.c_str(), (long long)kr.grid[0], (long long)kr.grid[1],
            (long long)kr.grid[2], (unsigned long long)read,
            (unsigned long long)kr.bytesRead.at(weights),
            (unsigned long long)kr.bytesRead.at(scales),
            double(read) / double(active), (long long)active, (long long)routed,
            (unsigned long long)idle, (unsigned long long)launched,
            launched ? 100.0 * double(idle) / double(launched) : 0.0);
        // docs/perf/decode.md's table rows (grep "decode.md|").
        std::printf("decode.md| %s | %lld routed | `%s` | %lldx%lld | %llu + "
                    "%llu | %.4f | %llu / %llu |\n",
                    stringify(precision), (long long)routed, kr.name.c_str(),
                    (long long)kr.grid[0], (long long)kr.grid[1],
                    (unsigned long long)kr.bytesRead.at(weights),
                    (unsigned long long)kr.bytesRead.at(scales),
                    double(read) / double(active), (unsigned long long)idle,
                    (unsigned long long)launched);
        EXPECT_GE(read, uint64_t(active)) << "an active weight was not read";
        EXPECT_LE(double(read), 1.05 * double(active));
        EXPECT_GT(launched, 0u);
        EXPECT_LE(double(idle), idleBound * double(launched))
            << "too many idle workgroups";
      }
      EXPECT_EQ(stageKernels, 2);
    };
    check(ids, k, 0.10);
    // One slot -1 (a8w4, as docs/perf/decode.md): 3 experts' weights; the
    // grid, sized on the host from T, keeps the empty block's workgroups,
    // which find their slot unrouted and exit (a quarter of the grid).
    if (precision == Precision::A8W4) {
      std::vector<int32_t> dropped = ids;
      dropped[2] = -1;
      check(dropped, k - 1, 0.25);
    }
  }
}
