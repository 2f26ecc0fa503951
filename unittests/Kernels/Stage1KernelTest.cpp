//===- Stage1KernelTest.cpp - moe.stage1 kernels against the reference ----===//
//
// The stage-1 (gate/up + activation) kernel runs in the emulator on routing
// buffers from the host sort, against the f64 reference of
// docs/semantics.md §1: every precision, gate/up arrangement and activation,
// bias on and off, empty slots, model_dim and inter_dim tails; bf16 output
// rows of valid slots written from poison, rows of empty slots untouched.
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Reference/Routing.h"

#include <cmath>
#include <cstring>
#include <numeric>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

struct Stage1Case {
  int64_t tokens, topk, experts, d, inter;
  const char *precision, *gateUp, *activation;
  bool bias;
  int64_t tileM, tileN, waves;
  double empty;
  const char *out = "bf16";       // bf16, mxfp8, mxfp4
  const char *rounding = "floor"; // MX scale rounding
  int64_t splitK = 1;             // > 1: partial planes, then the finish
  int64_t tileK = 128;
  /// x drawn as bf16 values and MX-quantized with `rounding` (what a layer
  /// that quantizes x computes); with quantizeX the kernel takes the bf16 x
  /// and quantizes it itself.
  bool bf16Source = false, quantizeX = false;
  WorkgroupOrder order = WorkgroupOrder::Linear;
  int64_t pipelineDepth = kDefaultPipelineDepth;
  int64_t kWaveGroups = 1;
};

/// The bytes a run left in h and h_scales, and its routing.
struct Stage1Output {
  std::vector<uint8_t> h, hScales;
  std::vector<int32_t> topkIds;
};

/// Codes of the MX outputs that differ from the reference's quantization of
/// the f64 result, over all cases of a test.
struct MXStats {
  int64_t elements = 0, differing = 0, beyondOneCode = 0, scaleBytes = 0,
          scaleMismatches = 0;
};

/// The position of an FP4 (4-bit) or FP8 E4M3 code on the number line, so
/// neighbouring values differ by one (+0 and -0 both 0).
int codeOrdinal(uint8_t code, bool fp4) {
  int magnitude = fp4 ? code & 0x7 : code & 0x7F;
  bool negative = fp4 ? code & 0x8 : code & 0x80;
  return negative ? -magnitude : magnitude;
}

fmt::GateUpArrangement arrangementOf(const std::string &s) {
  return s == "halves"     ? fmt::GateUpArrangement::Halves
         : s == "blocks16" ? fmt::GateUpArrangement::Blocks16
                           : fmt::GateUpArrangement::Interleaved;
}

void runStage1(const Stage1Case &c, unsigned seed, MXStats *mx = nullptr,
               Stage1Output *output = nullptr) {
  std::mt19937 rng(seed);
  std::string precision = c.precision;
  bool scaled = precision != "a16w4";
  // Routing: K distinct experts per token, some slots empty.
  std::vector<int32_t> ids(c.tokens * c.topk);
  std::vector<int32_t> perm(c.experts);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t t = 0; t < c.tokens; ++t) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < c.topk; ++s)
      ids[t * c.topk + s] =
          double(rng() % 1000) < c.empty * 1000 ? -1 : perm[s];
  }
  ref::RoutingBuffers routing;
  ASSERT_FALSE(ref::sortRouting(ids.data(), nullptr, c.tokens, c.topk,
                                c.experts, c.tileM, routing));

  // Weights [E * 2I, D] in the arrangement; bias; activations.
  ref::MXFP4Matrix w13;
  w13.rows = c.experts * 2 * c.inter;
  w13.k = c.d;
  w13.codes.resize(w13.rows * c.d / 2);
  w13.scales.resize(w13.rows * c.d / 32);
  for (auto &b : w13.codes)
    b = uint8_t(rng());
  for (auto &s : w13.scales)
    s = uint8_t(120 + rng() % 6);
  std::vector<uint8_t> wPacked, sPacked;
  ASSERT_FALSE(fmt::packWeights(fmt::WeightLayout::Preshuffle16x16, w13.codes,
                                w13.rows, c.d, wPacked));
  ASSERT_FALSE(fmt::packScales(fmt::ScaleLayout::E8M0Shuffle, w13.scales,
                               w13.rows, c.d, sPacked));
  std::vector<float> bias(w13.rows);
  for (auto &b : bias)
    b = float(int(rng() % 17) - 8) / 8;
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<float> x(c.tokens * c.d);
  std::vector<uint16_t> xBF16(x.size());
  std::vector<uint8_t> xCodes, xScales;
  for (auto &v : x)
    v = dist(rng);
  if (c.bf16Source)
    for (size_t i = 0; i < x.size(); ++i) {
      xBF16[i] = fmt::f32ToBF16(x[i]);
      x[i] = fmt::bf16ToF32(xBF16[i]);
    }
  if (scaled) {
    ref::MXElement elem =
        precision == "a8w4" ? ref::MXElement::FP8E4M3 : ref::MXElement::FP4;
    ref::quantizeMX(x.data(), c.tokens, c.d, elem,
                    c.bf16Source && std::string(c.rounding) == "ceil"
                        ? ref::ScaleRounding::Ceil
                        : ref::ScaleRounding::Floor,
                    xCodes, xScales);
    for (int64_t t = 0; t < c.tokens; ++t)
      for (int64_t k = 0; k < c.d; ++k)
        x[t * c.d + k] =
            float(ref::dequantizeMX(xCodes, xScales, c.d, elem, t, k));
  } else {
    for (size_t i = 0; i < x.size(); ++i) {
      xBF16[i] = fmt::f32ToBF16(x[i]);
      x[i] = fmt::bf16ToF32(xBF16[i]);
    }
  }
  std::vector<double> expect = ref::referenceStage1(
      x, ids, c.tokens, c.topk, c.experts, c.inter, w13,
      arrangementOf(c.gateUp), c.bias ? bias.data() : nullptr,
      activationOf(c.activation));

  Stage1Config cfg;
  cfg.problem = {*parseEnum<Precision>(precision), c.d, c.inter, c.experts,
                 c.topk};
  cfg.bias = c.bias;
  cfg.gateUp = arrangementOf(c.gateUp);
  cfg.activation = planActivation(c.activation);
  cfg.out = *parseEnum<OutputFormat>(c.out);
  cfg.scaleRounding = *parseEnum<ScaleRounding>(c.rounding);
  cfg.splitK = c.splitK;
  cfg.tile.m = c.tileM;
  cfg.tile.n = c.tileN;
  cfg.tile.waves = c.waves;
  cfg.tile.k = c.tileK;
  cfg.order = c.order;
  cfg.quantizeX = c.quantizeX;
  cfg.pipelineDepth = c.pipelineDepth;
  cfg.kWaveGroups = c.kWaveGroups;
  const bool split = c.splitK > 1;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  LaunchArgs launch;
  if (scaled && !c.quantizeX) {
    launch.add("x", xCodes, xCodes.size());
    launch.add("x_scales", xScales, xScales.size());
  } else {
    launch.add("x", toBytes(xBF16), xBF16.size());
  }
  launch.add("w", wPacked, wPacked.size());
  launch.add("ws", sPacked, sPacked.size());
  if (c.bias && !split)
    launch.add("bias", toBytes(bias), bias.size());
  launch.add("sorted_ids", toBytes(routing.sortedTokenIds),
             routing.sortedTokenIds.size());
  launch.add("sorted_expert_ids", toBytes(routing.sortedExpertIds),
             routing.sortedExpertIds.size());
  launch.add("num_valid_ids",
             toBytes(std::vector<int32_t>{routing.numValidIds}), 1);
  launch.args.push_back(KernelArg::i32(int32_t(c.tokens)));
  int64_t rows = c.tokens * c.topk, hElems = rows * c.inter;
  const std::string out = c.out;
  const bool quantized = out != "bf16", fp4 = out == "mxfp4";
  int64_t hBytes = quantized ? (fp4 ? hElems / 2 : hElems) : 2 * hElems;
  // Poison: bf16 and f32 NaN; MX scale 255 (NaN, which the reference never
  // gives).
  int64_t planeElems = c.splitK * rows * 2 * c.inter;
  int planesIndex =
      split ? launch.add("planes", std::vector<uint8_t>(4 * planeElems, 0xFF),
                         planeElems)
            : -1;
  // The kernel that writes h: stage 1 itself or, split, the finish.
  LaunchArgs finish;
  LaunchArgs &result = split ? finish : launch;
  int64_t scaleBytes = rows * (c.inter / 32);
  int hIndex = -1, hsIndex = -1;
  auto addOutputs = [&] {
    hIndex = result.add("h", std::vector<uint8_t>(hBytes, 0xFF),
                        quantized ? hBytes : hElems);
    if (quantized)
      hsIndex = result.add("h_scales", std::vector<uint8_t>(scaleBytes, 0xFF),
                           scaleBytes);
  };
  if (!split)
    addOutputs();

  std::array<int64_t, 3> grid = cfg.grid().workgroups(c.tokens);
  LaunchConfig config;
  config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), 1};
  config.block = {uint32_t(64 * c.waves), 1, 1};
  ASSERT_NO_FATAL_FAILURE(
      launchClean(*module, cfg.kernelName(), config, launch));
  if (split) {
    // Planes of routed rows are all written; the finish reads only those.
    const std::vector<uint8_t> &planes = launch.buffers[planesIndex].bytes;
    int64_t unwritten = 0;
    for (int64_t p = 0; p < c.splitK; ++p)
      for (int64_t row = 0; row < rows; ++row)
        for (int64_t i = 0; ids[row] >= 0 && i < 2 * c.inter; ++i) {
          float v;
          std::memcpy(&v, &planes[4 * ((p * rows + row) * 2 * c.inter + i)], 4);
          unwritten += std::isnan(v);
        }
    EXPECT_EQ(unwritten, 0) << "plane elements of routed rows not written";
    finish.add("planes", planes, planeElems);
    if (c.bias)
      finish.add("bias", toBytes(bias), bias.size());
    finish.add("topk_ids", toBytes(ids), ids.size());
    finish.args.push_back(KernelArg::i32(int32_t(c.tokens)));
    finish.args.push_back(KernelArg::i32(0)); // expert_begin
    addOutputs();
    LaunchConfig finishConfig;
    finishConfig.grid = {uint32_t(cfg.finishGrid().workgroups(c.tokens)[0]), 1,
                         1};
    finishConfig.block = {uint32_t(kStage1FinishBlock), 1, 1};
    ASSERT_NO_FATAL_FAILURE(
        launchClean(*module, cfg.finishName(), finishConfig, finish));
  }
  if (output) {
    output->h = result.buffers[hIndex].bytes;
    if (hsIndex >= 0)
      output->hScales = result.buffers[hsIndex].bytes;
    output->topkIds = ids;
  }
  if (quantized) {
    ASSERT_TRUE(mx);
    // The reference quantizes its own f64 result the same way.
    std::vector<float> expectF(expect.begin(), expect.end());
    std::vector<uint8_t> codes, scales;
    ref::quantizeMX(expectF.data(), rows, c.inter,
                    fp4 ? ref::MXElement::FP4 : ref::MXElement::FP8E4M3,
                    std::string(c.rounding) == "ceil"
                        ? ref::ScaleRounding::Ceil
                        : ref::ScaleRounding::Floor,
                    codes, scales);
    const std::vector<uint8_t> &gotCodes = result.buffers[hIndex].bytes;
    const std::vector<uint8_t> &gotScales = result.buffers[hsIndex].bytes;
    int64_t rowBytes = hBytes / rows, untouched = 0;
    for (int64_t row = 0; row < rows; ++row) {
      bool empty = ids[row] < 0;
      for (int64_t kb = 0; kb < c.inter / 32; ++kb) {
        int64_t i = row * (c.inter / 32) + kb;
        if (empty) {
          untouched += gotScales[i] != 0xFF;
          continue;
        }
        ++mx->scaleBytes;
        mx->scaleMismatches += gotScales[i] != scales[i];
      }
      for (int64_t col = 0; col < c.inter; ++col) {
        int64_t byte = row * rowBytes + (fp4 ? col / 2 : col);
        auto code = [&](const std::vector<uint8_t> &v) {
          return fp4 ? uint8_t(fmt::fp4Nibble(&v[row * rowBytes], col))
                     : v[byte];
        };
        if (empty) {
          untouched += gotCodes[byte] != 0xFF;
          continue;
        }
        ++mx->elements;
        int diff = std::abs(codeOrdinal(code(gotCodes), fp4) -
                            codeOrdinal(code(codes), fp4));
        mx->differing += diff != 0;
        mx->beyondOneCode += diff > 1;
      }
    }
    EXPECT_EQ(untouched, 0) << "bytes of empty-slot rows written";
    return;
  }
  std::vector<uint16_t> h(hElems);
  std::memcpy(h.data(), result.buffers[hIndex].bytes.data(), 2 * hElems);
  std::vector<float> got, want;
  int64_t unwrittenValid = 0, writtenEmpty = 0;
  for (int64_t row = 0; row < c.tokens * c.topk; ++row)
    for (int64_t j = 0; j < c.inter; ++j) {
      uint16_t bits = h[row * c.inter + j];
      if (ids[row] < 0) {
        writtenEmpty += bits != 0xFFFF;
        continue;
      }
      float v = fmt::bf16ToF32(bits);
      unwrittenValid += std::isnan(v);
      got.push_back(v);
      want.push_back(float(expect[row * c.inter + j]));
    }
  EXPECT_EQ(unwrittenValid, 0);
  EXPECT_EQ(writtenEmpty, 0);
  std::vector<double> wantD(want.begin(), want.end());
  EXPECT_LT(relativeError(got, wantD), 1e-2);
}

} // namespace

TEST(Stage1Kernel, MatchesReference) {
  // Every precision x arrangement x activation, bias on and off, over
  // T in {1, 5, 64}, model_dim tails (D = 160, 352 are not multiples of
  // 128) and inter_dim tails (I = 48, 112 are not multiples of the 32 columns
  // of a tile.n = 64 workgroup).
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
  };
  const Shape shapes[] = {
      {1, 4, 8, 160, 48, 16, 64, 4, 0.25},
      {5, 2, 8, 352, 48, 16, 64, 4, 0.2},
      {64, 4, 32, 160, 112, 64, 64, 8, 0.1},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  const char *arrangements[] = {"interleaved", "halves", "blocks16"};
  const char *activations[] = {"swiglu", "swiglu, limit = inf", "silu"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const char *precision : precisions)
    for (const char *arrangement : arrangements)
      for (const char *activation : activations) {
        const Shape &sh = shapes[index % 3];
        bool bias = (index / 3) % 2 == 0;
        ++index;
        Stage1Case c{sh.tokens, sh.topk,     sh.experts, sh.d, sh.inter,
                     precision, arrangement, activation, bias, sh.tileM,
                     sh.tileN,  sh.waves,    sh.empty};
        SCOPED_TRACE(std::string(precision) + " " + arrangement + " " +
                     activation + (bias ? " bias" : "") +
                     " T=" + std::to_string(sh.tokens));
        runStage1(c, seed + index);
      }
}

TEST(Stage1Kernel, KSteps256And512) {
  // Every precision with K steps of 256 and 512 over model_dim with whole
  // steps only (2048) and with tails (1184, 2880), split-K 1 and 2 (bf16
  // output: the accumulators unquantized).
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileN, waves;
    double empty;
    const char *out;
    int64_t splitK;
  };
  const Shape shapes[] = {
      {1, 4, 8, 2880, 48, 64, 4, 0.0, "bf16", 1},
      {5, 2, 4, 1184, 64, 64, 4, 0.2, "bf16", 1},
      {3, 4, 8, 2048, 48, 64, 4, 0.25, "bf16", 2},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const char *precision : precisions)
    for (int64_t tileK : {256, 512})
      for (const Shape &sh : shapes) {
        ++index;
        Stage1Case c{sh.tokens, sh.topk,       sh.experts, sh.d,   sh.inter,
                     precision, "interleaved", "swiglu",   true,   16,
                     sh.tileN,  sh.waves,      sh.empty,   sh.out, "floor",
                     sh.splitK, tileK};
        SCOPED_TRACE(std::string(precision) + " k" + std::to_string(tileK) +
                     " D=" + std::to_string(sh.d) + " " + sh.out +
                     " split=" + std::to_string(sh.splitK) +
                     " T=" + std::to_string(sh.tokens));
        runStage1(c, seed + index);
      }
}

TEST(Stage1Kernel, MXOutputsMatchReferenceQuantization) {
  // MXFP8 and MXFP4 outputs for every precision, rotating arrangement,
  // activation, bias and scale rounding; inter_dim tails of the 32- and
  // 64-column workgroup tiles (I = 96 with n = 64; I = 160 with n = 128).
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
  };
  const Shape shapes[] = {
      {1, 4, 8, 160, 96, 16, 64, 4, 0.25},
      {5, 2, 8, 352, 160, 16, 128, 4, 0.2},
      {64, 4, 32, 160, 64, 64, 128, 8, 0.1},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  const char *outputs[] = {"mxfp8", "mxfp4"};
  const char *arrangements[] = {"interleaved", "halves", "blocks16"};
  const char *activations[] = {"swiglu", "silu", "swiglu, limit = inf"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  MXStats stats;
  int index = 0;
  for (const char *precision : precisions)
    for (const char *out : outputs)
      for (int variant = 0; variant < 3; ++variant) {
        const Shape &sh = shapes[(index + variant) % 3];
        const char *arrangement = arrangements[(index / 3 + variant) % 3];
        const char *activation = activations[variant];
        bool bias = index % 2 == 0;
        const char *rounding = index % 4 < 2 ? "floor" : "ceil";
        ++index;
        Stage1Case c{sh.tokens, sh.topk,     sh.experts, sh.d, sh.inter,
                     precision, arrangement, activation, bias, sh.tileM,
                     sh.tileN,  sh.waves,    sh.empty,   out,  rounding};
        SCOPED_TRACE(std::string(precision) + " " + out + " " + rounding + " " +
                     arrangement + " " + activation + (bias ? " bias" : "") +
                     " T=" + std::to_string(sh.tokens) +
                     " I=" + std::to_string(sh.inter));
        runStage1(c, seed + index, &stats);
      }
  std::printf(
      "MX outputs: %lld of %lld codes differ, %lld of %lld scale bytes\n",
      (long long)stats.differing, (long long)stats.elements,
      (long long)stats.scaleMismatches, (long long)stats.scaleBytes);
  EXPECT_GT(stats.elements, 0);
  EXPECT_EQ(stats.scaleMismatches, 0);
  EXPECT_EQ(stats.beyondOneCode, 0);
  EXPECT_LT(double(stats.differing), 1e-3 * double(stats.elements));
}

TEST(Stage1Kernel, SplitKMatchesSplitOneAndReference) {
  // Split-K {2, 3} against the reference (as above) and against split-K 1
  // on the same inputs: every precision x output, rotating arrangement,
  // activation, bias and scale rounding; T in {1, 5, 64}; inter_dim tails
  // for bf16 (I = 48, 112); a K slice of one 128-step for D = 160 and 352.
  struct Shape {
    int64_t tokens, topk, experts, d, bf16Inter, mxInter, tileM, tileN, waves;
    double empty;
    int64_t splitK;
  };
  const Shape shapes[] = {
      {1, 4, 8, 160, 48, 96, 16, 64, 4, 0.25, 2},
      {5, 2, 8, 352, 112, 160, 16, 128, 4, 0.2, 3},
      {64, 4, 32, 160, 112, 64, 64, 128, 8, 0.1, 2},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  const char *outputs[] = {"bf16", "mxfp8", "mxfp4"};
  const char *arrangements[] = {"interleaved", "halves", "blocks16"};
  const char *activations[] = {"swiglu", "silu", "swiglu, limit = inf"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  MXStats splitStats, oneStats;
  int64_t compared = 0, differing = 0, beyondOne = 0, scaleBytes = 0,
          scaleMismatches = 0;
  int index = 0;
  for (const char *precision : precisions)
    for (const char *out : outputs) {
      const Shape &sh = shapes[index % 3];
      const bool bf16 = std::string(out) == "bf16";
      const bool fp4 = std::string(out) == "mxfp4";
      Stage1Case c{sh.tokens,
                   sh.topk,
                   sh.experts,
                   sh.d,
                   bf16 ? sh.bf16Inter : sh.mxInter,
                   precision,
                   arrangements[(index / 3 + index) % 3],
                   activations[index % 3],
                   index % 2 == 0,
                   sh.tileM,
                   sh.tileN,
                   sh.waves,
                   sh.empty,
                   out,
                   index % 4 < 2 ? "floor" : "ceil"};
      ++index;
      SCOPED_TRACE(std::string(precision) + " " + out + " " + c.rounding + " " +
                   c.gateUp + " " + c.activation + (c.bias ? " bias" : "") +
                   " T=" + std::to_string(c.tokens) +
                   " I=" + std::to_string(c.inter) +
                   " split_k=" + std::to_string(sh.splitK));
      Stage1Output one, split;
      runStage1(c, seed + index, &oneStats, &one);
      c.splitK = sh.splitK;
      runStage1(c, seed + index, &splitStats, &split);
      ASSERT_EQ(one.h.size(), split.h.size());
      // Rows of empty slots stay poison in both (checked by runStage1).
      ASSERT_EQ(one.topkIds, split.topkIds);
      int64_t rows = c.tokens * c.topk;
      int64_t rowBytes = int64_t(one.h.size()) / rows;
      for (int64_t row = 0; row < rows; ++row)
        for (int64_t col = 0; one.topkIds[row] >= 0 && col < c.inter; ++col) {
          int a, b;
          const uint8_t *ro = &one.h[row * rowBytes];
          const uint8_t *rs = &split.h[row * rowBytes];
          if (bf16) {
            uint16_t x, y;
            std::memcpy(&x, ro + 2 * col, 2);
            std::memcpy(&y, rs + 2 * col, 2);
            a = (x & 0x8000) ? -(x & 0x7FFF) : (x & 0x7FFF);
            b = (y & 0x8000) ? -(y & 0x7FFF) : (y & 0x7FFF);
          } else {
            a = codeOrdinal(fp4 ? fmt::fp4Nibble(ro, col) : ro[col], fp4);
            b = codeOrdinal(fp4 ? fmt::fp4Nibble(rs, col) : rs[col], fp4);
          }
          ++compared;
          differing += a != b;
          beyondOne += std::abs(a - b) > 1;
        }
      for (size_t i = 0; i < one.hScales.size(); ++i) {
        if (one.topkIds[i / (c.inter / 32)] < 0)
          continue;
        ++scaleBytes;
        scaleMismatches += one.hScales[i] != split.hScales[i];
      }
    }
  std::printf("split-K vs split 1: %lld of %lld elements differ (by one "
              "code/ulp), %lld of %lld scale bytes; vs reference: %lld of "
              "%lld MX codes differ\n",
              (long long)differing, (long long)compared,
              (long long)scaleMismatches, (long long)scaleBytes,
              (long long)splitStats.differing, (long long)splitStats.elements);
  EXPECT_GT(compared, 0);
  EXPECT_EQ(beyondOne, 0);
  EXPECT_LT(double(differing), 1e-3 * double(compared));
  EXPECT_EQ(scaleMismatches, 0);
  EXPECT_EQ(splitStats.scaleMismatches, 0);
  EXPECT_EQ(splitStats.beyondOneCode, 0);
  EXPECT_LT(double(splitStats.differing), 1e-3 * double(splitStats.elements));
}

TEST(Stage1Kernel, XcdOrderWritesTheLinearOrdersBytes) {
  // The XCD-grouped order over grids that are not multiples of 8 (inter_dim
  // and model_dim tails, T = 1, 5, 64, empty slots, split-K planes, MX
  // outputs): each h element is written by one workgroup, so h and
  // h_scales are bit-identical to the linear order's, and both match the
  // reference (runStage1 checks).
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
    const char *precision, *out;
    int64_t splitK;
  };
  const Shape shapes[] = {
      {1, 4, 8, 160, 48, 16, 64, 4, 0.25, "a16w4", "bf16", 1},
      {5, 2, 8, 352, 160, 16, 64, 4, 0.2, "a8w4", "mxfp8", 1},
      {64, 4, 32, 160, 112, 64, 64, 8, 0.1, "a4w4", "bf16", 1},
      {5, 2, 8, 352, 160, 16, 128, 4, 0.2, "a16w4", "mxfp4", 3},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Shape &sh : shapes) {
    ++index;
    Stage1Case c{sh.tokens,    sh.topk,       sh.experts, sh.d,  sh.inter,
                 sh.precision, "interleaved", "swiglu",   true,  sh.tileM,
                 sh.tileN,     sh.waves,      sh.empty,   sh.out};
    c.splitK = sh.splitK;
    SCOPED_TRACE(std::string(sh.precision) + " " + sh.out +
                 " T=" + std::to_string(sh.tokens) +
                 " split_k=" + std::to_string(sh.splitK));
    Stage1Output linear, xcd;
    MXStats linearStats, xcdStats;
    runStage1(c, seed + index, &linearStats, &linear);
    c.order = WorkgroupOrder::XcdGrouped;
    runStage1(c, seed + index, &xcdStats, &xcd);
    ASSERT_FALSE(linear.h.empty());
    EXPECT_TRUE(xcd.h == linear.h);
    EXPECT_TRUE(xcd.hScales == linear.hScales);
  }
}

TEST(Stage1Kernel, QuantizeXMatchesQuantizedInput) {
  // quantize_x (the kernel MX-quantizes its block's bf16 rows into LDS)
  // against the same kernel on x quantized on the host (what the quantize
  // kernel gives, moe.quantize_mx's tests): a8w4 and a4w4, T in {1, 3, 16},
  // empty slots, model_dim with a K-step tail (2880 with K = 256 and 512)
  // and a small one (192: one partial K = 256 step, or 128 + 64 split in
  // two), split-K 1 and 2, bf16 and MX
  // outputs, both scale roundings; h bit-identical, and the reference.
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileK;
    double empty;
    const char *out;
    int64_t splitK;
  };
  const Shape shapes[] = {
      {1, 4, 8, 2880, 48, 256, 0.25, "bf16", 1},
      {3, 4, 8, 2880, 64, 512, 0.2, "mxfp8", 1},
      {16, 2, 4, 192, 64, 256, 0.1, "mxfp4", 1},
      {3, 2, 4, 192, 48, 128, 0.2, "bf16", 2},
      {16, 4, 8, 2880, 64, 256, 0.1, "mxfp8", 2},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  MXStats stats;
  int64_t compared = 0;
  int index = 0;
  for (const char *precision : {"a8w4", "a4w4"})
    for (const Shape &sh : shapes) {
      ++index;
      const char *rounding = index % 2 ? "floor" : "ceil";
      Stage1Case c{
          sh.tokens,     sh.topk,  sh.experts, sh.d,      sh.inter, precision,
          "interleaved", "swiglu", true,       16,        64,       4,
          sh.empty,      sh.out,   rounding,   sh.splitK, sh.tileK, true};
      SCOPED_TRACE(std::string(precision) + " D=" + std::to_string(sh.d) +
                   " k" + std::to_string(sh.tileK) + " " + sh.out + " " +
                   rounding + " split=" + std::to_string(sh.splitK) +
                   " T=" + std::to_string(sh.tokens));
      Stage1Output quantized, fused;
      runStage1(c, seed + index, &stats, &quantized);
      c.quantizeX = true;
      runStage1(c, seed + index, &stats, &fused);
      ASSERT_EQ(quantized.topkIds, fused.topkIds);
      EXPECT_EQ(quantized.h, fused.h);
      EXPECT_EQ(quantized.hScales, fused.hScales);
      compared += int64_t(fused.h.size());
    }
  std::printf("quantize_x: %lld bytes of h compared, identical\n",
              (long long)compared);
  EXPECT_GT(compared, 0);
  EXPECT_EQ(stats.scaleMismatches, 0);
  EXPECT_EQ(stats.beyondOneCode, 0);
  EXPECT_LT(double(stats.differing), 1e-3 * double(stats.elements));
}

TEST(Stage1Kernel, PipelineDepth3And4WriteTheDepth2Bytes) {
  // Pipeline depths 3 and 4 (2 and 3 register sets in flight, 2 and 3 LDS
  // buffers) against depth 2 and the reference, every precision over:
  // model_dim of one partial K step (96, fewer steps than the depth),
  // exactly 3 and 4 steps (384, 512), 10 steps with a tail (1184 = 9 x 128
  // + 32) split in two, and 12 steps of 256 with a tail (2880: the steady
  // loop runs) with quantize_x (activations from LDS); empty slots. The K
  // order of the MFMAs is the same, so h is bit-identical to depth 2's.
  struct Shape {
    const char *precision;
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
    int64_t splitK, tileK;
    bool quantizeX;
  };
  const Shape shapes[] = {
      {"a8w4", 1, 4, 8, 96, 64, 16, 64, 4, 0.0, 1, 128, false},
      {"a16w4", 5, 2, 4, 384, 32, 16, 32, 2, 0.2, 1, 128, false},
      {"a4w4", 3, 4, 8, 512, 64, 16, 64, 4, 0.25, 1, 128, false},
      {"a16w4", 6, 2, 4, 1184, 32, 32, 32, 2, 0.1, 2, 128, false},
      {"a8w4", 2, 4, 8, 2880, 64, 16, 64, 4, 0.25, 1, 256, true},
      {"a4w4", 2, 4, 8, 2880, 64, 16, 64, 4, 0.25, 1, 256, true},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Shape &sh : shapes) {
    ++index;
    Stage1Case c{sh.tokens, sh.topk,      sh.experts,    sh.d,
                 sh.inter,  sh.precision, "interleaved", "swiglu",
                 true,      sh.tileM,     sh.tileN,      sh.waves,
                 sh.empty,  "bf16",       "floor",       sh.splitK,
                 sh.tileK,  sh.quantizeX, sh.quantizeX};
    SCOPED_TRACE(std::string(sh.precision) + " D=" + std::to_string(sh.d) +
                 " k" + std::to_string(sh.tileK) +
                 " split=" + std::to_string(sh.splitK) +
                 (sh.quantizeX ? " quantize_x" : "") +
                 " T=" + std::to_string(sh.tokens));
    Stage1Output base;
    runStage1(c, seed + index, nullptr, &base);
    for (int64_t depth : {3, 4}) {
      SCOPED_TRACE("pipeline_depth " + std::to_string(depth));
      Stage1Output deep;
      c.pipelineDepth = depth;
      runStage1(c, seed + index, nullptr, &deep);
      if (::testing::Test::HasFatalFailure())
        return;
      ASSERT_EQ(base.topkIds, deep.topkIds);
      EXPECT_TRUE(base.h == deep.h) << "h differs from depth 2's";
    }
  }
}

TEST(Stage1Kernel, KWaveGroupsMatchTheReferenceAndRepeat) {
  // K split over 2 and 4 wave groups against the reference, every
  // precision, T in {1, 3, 16}: model_dim of one partial step (96, fewer
  // steps than groups), odd step counts (5 and 7 steps of 128, 23 of 128
  // with a tail: the steady loop runs), a split across workgroups (1184 in
  // two slices of 5 steps), quantize_x (activations from LDS), depths 2 to
  // 4; empty slots. The groups' sums meet in a fixed order: a second run
  // writes the same bytes.
  struct Shape {
    const char *precision;
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
    int64_t splitK, tileK;
    bool quantizeX;
    int64_t depth, groups;
  };
  const Shape shapes[] = {
      {"a8w4", 1, 4, 8, 96, 64, 16, 64, 4, 0.0, 1, 128, false, 2, 2},
      {"a16w4", 3, 2, 4, 640, 32, 16, 32, 2, 0.2, 1, 128, false, 3, 2},
      {"a4w4", 16, 2, 8, 896, 64, 16, 64, 4, 0.25, 1, 128, false, 4, 4},
      {"a8w4", 3, 4, 8, 1184, 64, 16, 64, 4, 0.1, 2, 128, false, 2, 2},
      {"a4w4", 1, 4, 8, 2880, 64, 16, 64, 4, 0.25, 1, 256, true, 3, 4},
      {"a16w4", 16, 2, 4, 2976, 32, 32, 64, 8, 0.2, 1, 128, false, 2, 4},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Shape &sh : shapes) {
    ++index;
    Stage1Case c{sh.tokens, sh.topk,      sh.experts,    sh.d,
                 sh.inter,  sh.precision, "interleaved", "swiglu",
                 true,      sh.tileM,     sh.tileN,      sh.waves,
                 sh.empty,  "bf16",       "floor",       sh.splitK,
                 sh.tileK,  sh.quantizeX, sh.quantizeX};
    c.pipelineDepth = sh.depth;
    c.kWaveGroups = sh.groups;
    SCOPED_TRACE(std::string(sh.precision) + " D=" + std::to_string(sh.d) +
                 " k" + std::to_string(sh.tileK) +
                 " split=" + std::to_string(sh.splitK) +
                 (sh.quantizeX ? " quantize_x" : "") +
                 " T=" + std::to_string(sh.tokens) +
                 " depth=" + std::to_string(sh.depth) +
                 " k_wave_groups=" + std::to_string(sh.groups));
    Stage1Output first, second;
    runStage1(c, seed + index, nullptr, &first);
    if (::testing::Test::HasFatalFailure())
      return;
    runStage1(c, seed + index, nullptr, &second);
    if (::testing::Test::HasFatalFailure())
      return;
    ASSERT_EQ(first.topkIds, second.topkIds);
    EXPECT_TRUE(first.h == second.h) << "a second run wrote other bytes";
  }
}
