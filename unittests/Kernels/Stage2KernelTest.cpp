//===- Stage2KernelTest.cpp - moe.stage2 kernels against the reference ----===//
//
// The stage-2 (down projection) kernel built by moe-lower-stage2 runs in the
// emulator on routing buffers from the host sort, against the f64 reference
// of docs/semantics.md §1: empty slots (-1), model_dim and inter_dim tails,
// bias once per routed row before the routing weight, atomic and per-slot
// store combines, split-K, gfx950 and gfx942 code.
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Reference/Routing.h"

#include <algorithm>
#include <numeric>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

struct Case {
  const char *name;
  int64_t tokens, topk, experts, d, inter;
  bool bias, routingWeight;
  const char *out, *combine;
  int64_t splitK, tileN, waves;
  const char *chip;
  double emptySlots; // fraction of slots routed to no expert
  const char *precision = "a16w4";
  int64_t tileM = 16;
  int64_t tileK = 128;
  WorkgroupOrder order = WorkgroupOrder::Linear;
  int64_t persistent = 0; // > 0: a persistent grid of this many workgroups
  int64_t pipelineDepth = kDefaultPipelineDepth;
  int64_t kWaveGroups = 1;
};

struct Result {
  Report report;
  std::vector<double> ref;     // y [T, D]
  std::vector<double> out;     // y [T, D] from the kernel (store: summed)
  std::vector<double> reduced; // store: y [T, D] from the reduce kernel
  bool allValidRowsWritten = true;
  uint64_t activeWeightBytes = 0;
  int weightBuffer = 0;
  std::vector<uint8_t> y; // the kernel's raw output
};

double halfValue(uint16_t bits, const std::string &type) {
  return type == "bf16" ? double(fmt::bf16ToF32(bits)) : fmt::f16ToDouble(bits);
}

Result run(const Case &c, unsigned seed) {
  std::mt19937 rng(seed);
  Result res;
  Stage2Config cfg;
  cfg.problem = {*parseEnum<Precision>(c.precision), c.d, c.inter, c.experts,
                 c.topk};
  cfg.bias = c.bias;
  cfg.routingWeight = c.routingWeight;
  cfg.out = *parseEnum<ElementType>(c.out);
  cfg.combine = *parseEnum<Combine>(c.combine);
  cfg.splitK = c.splitK;
  cfg.tile.n = c.tileN;
  cfg.tile.waves = c.waves;
  cfg.tile.m = c.tileM;
  cfg.tile.k = c.tileK;
  cfg.order = c.order;
  cfg.persistentWorkgroups = c.persistent;
  cfg.pipelineDepth = c.pipelineDepth;
  cfg.kWaveGroups = c.kWaveGroups;
  bool a4w4 = std::string(c.precision) == "a4w4";
  bool a8w4 = std::string(c.precision) == "a8w4";
  ref::MXElement hElement =
      a8w4 ? ref::MXElement::FP8E4M3 : ref::MXElement::FP4;

  // Routing: K distinct experts per token (as top-k gives), some empty.
  std::vector<int32_t> ids(c.tokens * c.topk);
  std::vector<float> w(c.tokens * c.topk);
  std::vector<int32_t> perm(c.experts);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t t = 0; t < c.tokens; ++t) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < c.topk; ++s) {
      bool empty = double(rng() % 1000) < c.emptySlots * 1000;
      ids[t * c.topk + s] = empty ? -1 : perm[s];
      w[t * c.topk + s] = 0.25f + float(rng() % 64) / 64.0f;
    }
  }
  ref::RoutingBuffers routing;
  EXPECT_FALSE(ref::sortRouting(ids.data(), w.data(), c.tokens, c.topk,
                                c.experts, c.tileM, routing));

  // Weights [E*D, I] with distinct per-block scales; bias; activations.
  ref::MXFP4Matrix w2;
  w2.rows = c.experts * c.d;
  w2.k = c.inter;
  w2.codes.resize(w2.rows * c.inter / 2);
  w2.scales.resize(w2.rows * c.inter / 32);
  for (auto &b : w2.codes)
    b = uint8_t(rng());
  for (auto &s : w2.scales)
    s = uint8_t(118 + rng() % 14);
  std::vector<uint8_t> wPacked, sPacked;
  EXPECT_FALSE(fmt::packWeights(fmt::WeightLayout::Preshuffle16x16, w2.codes,
                                w2.rows, c.inter, wPacked));
  EXPECT_FALSE(fmt::packScales(fmt::ScaleLayout::E8M0Shuffle, w2.scales,
                               w2.rows, c.inter, sPacked));
  std::vector<float> bias(c.experts * c.d);
  for (auto &b : bias)
    b = float(int(rng() % 17) - 8) / 4;
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  int64_t hRows = c.tokens * c.topk;
  std::vector<uint16_t> h(hRows * c.inter);
  std::vector<double> hd(h.size());
  std::vector<uint8_t> hCodes, hScales;
  if (a4w4 || a8w4) {
    // MX-quantized activations; the reference uses their exact values.
    std::vector<float> hf(h.size());
    for (auto &v : hf)
      v = dist(rng) * std::exp2(float(int(rng() % 5) - 2));
    ref::quantizeMX(hf.data(), hRows, c.inter, hElement,
                    ref::ScaleRounding::Floor, hCodes, hScales);
    for (int64_t r = 0; r < hRows; ++r)
      for (int64_t k = 0; k < c.inter; ++k)
        hd[r * c.inter + k] =
            ref::dequantizeMX(hCodes, hScales, c.inter, hElement, r, k);
  } else {
    for (size_t i = 0; i < h.size(); ++i) {
      h[i] = fmt::f32ToBF16(dist(rng));
      hd[i] = fmt::bf16ToF32(h[i]);
    }
  }
  res.ref = ref::referenceStage2(hd, ids, c.routingWeight ? w.data() : nullptr,
                                 c.tokens, c.topk, c.experts, c.d, w2,
                                 c.bias ? bias.data() : nullptr);

  auto module = compileAndLoad(KernelConfig(cfg), c.chip);
  EXPECT_TRUE(module);
  if (!module)
    return res;
  bool atomic = std::string(c.combine) == "atomic";
  // Store: one plane of per-slot rows per K slice.
  int64_t yElems = atomic ? c.tokens * c.d : c.splitK * c.tokens * c.topk * c.d;
  int64_t yBytes = std::string(c.out) == "f32" ? 4 : 2;
  std::vector<uint8_t> y(yElems * yBytes, 0);
  if (!atomic)
    std::fill(y.begin(), y.end(), 0xFF); // poison (a NaN in every type)
  LaunchArgs launch;
  if (a4w4 || a8w4) {
    launch.add("h", hCodes, hCodes.size());
    launch.add("h_scales", hScales, hScales.size());
  } else {
    launch.add("h", toBytes(h), h.size());
  }
  int weightIndex = launch.add("w", wPacked, wPacked.size());
  launch.add("ws", sPacked, sPacked.size());
  if (c.bias)
    launch.add("bias", toBytes(bias), bias.size());
  launch.add("sorted_ids", toBytes(routing.sortedTokenIds),
             routing.sortedTokenIds.size());
  launch.add("sorted_weights", toBytes(routing.sortedWeights),
             routing.sortedWeights.size());
  launch.add("sorted_expert_ids", toBytes(routing.sortedExpertIds),
             routing.sortedExpertIds.size());
  launch.add(
      "num_valid_ids",
      toBytes(std::vector<int32_t>{routing.numValidIds, int32_t(c.tokens)}), 2);
  launch.args.push_back(KernelArg::i32(int32_t(c.tokens)));
  int yIndex = launch.add("y", y, yElems);

  std::array<int64_t, 3> grid = cfg.grid().workgroups(c.tokens);
  LaunchConfig config;
  config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), 1};
  config.block = {uint32_t(64 * c.waves), 1, 1};
  std::string error;
  EXPECT_TRUE(module->launch(cfg.kernelName(), config, launch.args,
                             launch.buffers, res.report, error))
      << error;

  res.weightBuffer = weightIndex;
  res.out.assign(c.tokens * c.d, 0.0);
  const std::vector<uint8_t> &yb = launch.buffers[yIndex].bytes;
  res.y = yb;
  if (atomic) {
    for (size_t i = 0; i < res.out.size(); ++i) {
      if (yBytes == 4) {
        float f;
        std::memcpy(&f, &yb[4 * i], 4);
        res.out[i] = f;
      } else {
        uint16_t bits;
        std::memcpy(&bits, &yb[2 * i], 2);
        res.out[i] = halfValue(bits, c.out);
      }
    }
  } else {
    for (int64_t t = 0; t < c.tokens; ++t)
      for (int64_t s = 0; s < c.topk; ++s) {
        if (ids[t * c.topk + s] < 0)
          continue;
        for (int64_t p = 0; p < c.splitK; ++p)
          for (int64_t n = 0; n < c.d; ++n) {
            int64_t i = ((p * c.tokens + t) * c.topk + s) * c.d + n;
            double v;
            if (yBytes == 4) {
              float f;
              std::memcpy(&f, &yb[4 * i], 4);
              v = f;
            } else {
              uint16_t bits;
              std::memcpy(&bits, &yb[2 * i], 2);
              v = halfValue(bits, c.out);
            }
            if (std::isnan(v))
              res.allValidRowsWritten = false;
            res.out[t * c.d + n] += v;
          }
      }
  }
  if (!atomic) {
    // The project's deterministic reduction of the per-slot rows, given the
    // ids as an expert-parallel shard holding experts [100, 100 + E) sees
    // them.
    std::vector<int32_t> shardIds(ids);
    for (int32_t &id : shardIds)
      if (id >= 0)
        id += 100;
    std::vector<Buffer> rb = {
        {"slots", yb},
        {"topk_ids", toBytes(shardIds)},
        {"y", std::vector<uint8_t>(c.tokens * c.d * yBytes, 0xFF)}};
    std::vector<KernelArg> ra;
    addMemref(ra, 0, yElems);
    addMemref(ra, 1, ids.size());
    ra.push_back(KernelArg::i32(int32_t(c.tokens)));
    ra.push_back(KernelArg::i32(100)); // expert_begin
    addMemref(ra, 2, c.tokens * c.d);
    LaunchConfig rc;
    rc.grid = {uint32_t(cfg.reduceGrid().workgroups(c.tokens)[0]), 1, 1};
    rc.block = {uint32_t(kSlotReduceBlock), 1, 1};
    Report rr;
    EXPECT_TRUE(module->launch(cfg.reduceName(), rc, ra, rb, rr, error))
        << error;
    EXPECT_TRUE(rr.ok()) << describe(rr, rb);
    for (int64_t i = 0; i < c.tokens * c.d; ++i) {
      if (yBytes == 4) {
        float f;
        std::memcpy(&f, &rb[2].bytes[4 * i], 4);
        res.reduced.push_back(f);
      } else {
        uint16_t bits;
        std::memcpy(&bits, &rb[2].bytes[2 * i], 2);
        res.reduced.push_back(halfValue(bits, c.out));
      }
    }
  }
  std::vector<bool> active(c.experts, false);
  for (int32_t e : ids)
    if (e >= 0)
      active[e] = true;
  for (int64_t e = 0; e < c.experts; ++e)
    if (active[e])
      res.activeWeightBytes += c.d * c.inter / 2;
  return res;
}

} // namespace

namespace {
void expectMatches(const Case &c, const Result &r) {
  EXPECT_TRUE(r.report.ok()) << describe(r.report, {});
  EXPECT_TRUE(r.allValidRowsWritten);
  double tol = std::string(c.out) == "f32" ? 1e-5 : 1e-2;
  EXPECT_LT(
      relativeError(std::vector<float>(r.out.begin(), r.out.end()), r.ref),
      tol);
  if (!r.reduced.empty()) {
    // Every output element written (no NaN poison left), within tolerance.
    for (double v : r.reduced)
      ASSERT_FALSE(std::isnan(v));
    EXPECT_LT(
        relativeError(std::vector<float>(r.reduced.begin(), r.reduced.end()),
                      r.ref),
        tol);
  }
}
} // namespace

TEST(Stage2Kernel, MatchesReference) {
  const Case cases[] = {
      // name, T, K, E, D, I, bias, rw, out, combine, splitK, tileN, waves,
      // chip, empty
      {"tails_bias_atomic", 5, 2, 4, 40, 160, true, true, "f32", "atomic", 1,
       32, 2, "gfx950", 0.2},
      {"no_bias_no_weight", 3, 4, 8, 48, 96, false, false, "f32", "atomic", 1,
       16, 1, "gfx950", 0.25},
      {"split_k_2", 4, 2, 4, 32, 288, true, true, "f32", "atomic", 2, 32, 2,
       "gfx950", 0.1},
      {"store_f32", 6, 2, 4, 40, 128, true, true, "f32", "store", 1, 32, 2,
       "gfx950", 0.2},
      {"store_bf16", 6, 2, 3, 48, 160, true, true, "bf16", "store", 1, 16, 1,
       "gfx950", 0.2},
      {"gfx942_sw_unpack", 4, 2, 4, 40, 160, true, true, "f32", "atomic", 1, 32,
       2, "gfx942", 0.2},
      // Packed 16-bit atomics (pk_add_bf16 is gfx950-only; pk_add_f16 is
      // also on gfx942), with column tails and split-K.
      {"atomic_bf16", 5, 2, 4, 40, 160, true, true, "bf16", "atomic", 1, 32, 2,
       "gfx950", 0.2},
      {"a4w4_atomic_bf16_split_k", 4, 2, 4, 48, 288, true, true, "bf16",
       "atomic", 2, 16, 1, "gfx950", 0.1, "a4w4"},
      {"atomic_f16_gfx942", 5, 4, 8, 40, 160, true, true, "f16", "atomic", 1,
       32, 2, "gfx942", 0.2},
      {"a4w4_tails_bias", 5, 2, 4, 40, 160, true, true, "f32", "atomic", 1, 32,
       2, "gfx950", 0.2, "a4w4"},
      {"a4w4_split_k", 4, 2, 4, 48, 288, true, true, "f32", "atomic", 2, 16, 1,
       "gfx950", 0.1, "a4w4"},
      {"a4w4_store_bf16", 6, 2, 4, 40, 128, false, true, "bf16", "store", 1, 32,
       2, "gfx950", 0.2, "a4w4"},
      {"a8w4_tails_bias", 5, 2, 4, 40, 160, true, true, "f32", "atomic", 1, 32,
       2, "gfx950", 0.2, "a8w4"},
      {"a8w4_split_k", 4, 2, 4, 48, 288, false, false, "f32", "atomic", 2, 16,
       1, "gfx950", 0.1, "a8w4"},
      {"a8w4_store_f32", 6, 2, 4, 40, 128, true, true, "f32", "store", 1, 32, 2,
       "gfx950", 0.2, "a8w4"},
      // Issue-matrix shapes: T = 64 with E = 32, K = 4 and D/I tails of
      // remainders (D = 104, I = 352); K = 1 with the full 2880 inter_dim; T
      // = 3.
      {"T64_E32_K4_tails", 64, 4, 32, 104, 352, true, true, "f32", "atomic", 1,
       64, 4, "gfx950", 0.1, "a16w4", 64},
      {"T16_E8_K1_I2880_a4w4", 16, 1, 8, 40, 2880, false, true, "bf16",
       "atomic", 2, 32, 2, "gfx950", 0.1, "a4w4"},
      {"T3_E32_K4_a8w4_store_bf16", 3, 4, 32, 56, 352, true, false, "bf16",
       "store", 1, 16, 1, "gfx950", 0.25, "a8w4"},
      // Wider routed blocks: 4 and 2 MFMA tiles per wave.
      {"tile_m64_a16w4", 40, 2, 4, 40, 160, true, true, "f32", "atomic", 1, 64,
       4, "gfx950", 0.2, "a16w4", 64},
      {"tile_m32_a4w4", 24, 2, 4, 48, 160, true, true, "f32", "atomic", 1, 32,
       2, "gfx950", 0.2, "a4w4", 32},
      {"tile_m64_a8w4_split_k", 30, 2, 4, 32, 288, true, true, "f32", "atomic",
       2, 16, 4, "gfx950", 0.1, "a8w4", 64},
      {"tile_m32_gfx942", 20, 2, 4, 40, 160, true, true, "f32", "atomic", 1, 32,
       2, "gfx942", 0.2, "a16w4", 32},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (const Case &c : cases) {
    SCOPED_TRACE(c.name);
    expectMatches(c, run(c, seed));
  }
}

TEST(Stage2Kernel, KSteps256And512) {
  // Every precision with K steps of 256 and 512: inter_dim with whole steps
  // only (2048), with a tail (1184 = 4 x 256 + 160, 2880 = 11 x 256 + 64 =
  // 5 x 512 + 320), steady-state loops of 0 to 4 iterations, split-K 1 to 3
  // and wider tiles.
  struct Shape {
    int64_t tokens, topk, experts, d, inter, splitK, tileM, tileN, waves;
    double empty;
  };
  const Shape shapes[] = {
      {1, 4, 8, 48, 2880, 1, 16, 64, 4, 0.0},
      {5, 2, 4, 40, 1184, 1, 16, 32, 2, 0.2},
      {3, 4, 8, 64, 2048, 2, 16, 64, 4, 0.25},
      {16, 2, 4, 40, 2880, 3, 32, 32, 2, 0.1},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  std::vector<std::string> names;
  names.reserve(24);
  for (const char *precision : precisions)
    for (int64_t tileK : {256, 512})
      for (const Shape &sh : shapes) {
        ++index;
        names.push_back(std::string(precision) + "_k" + std::to_string(tileK) +
                        "_I" + std::to_string(sh.inter) + "_split" +
                        std::to_string(sh.splitK) + "_T" +
                        std::to_string(sh.tokens));
        Case c{names.back().c_str(),
               sh.tokens,
               sh.topk,
               sh.experts,
               sh.d,
               sh.inter,
               true,
               true,
               "f32",
               "atomic",
               sh.splitK,
               sh.tileN,
               sh.waves,
               "gfx950",
               sh.empty,
               precision,
               sh.tileM,
               tileK};
        SCOPED_TRACE(c.name);
        expectMatches(c, run(c, seed + index));
      }
}

TEST(Stage2Kernel, FullMatrix) {
  // Every precision x bias x {f32, bf16} x {atomic, store} x split-K
  // {1, 2}, spread over shapes with T in {1, 3, 16, 64}, E in {8, 32},
  // K in {1, 2, 4}, model_dim tails (360, 104, 40 are not multiples of the
  // tile), inter_dim tails (352 and 2880 are not multiples of 128), empty
  // slots and tile_m 16, 32 and 64.
  struct Shape {
    int64_t tokens, topk, experts, d, inter, tileM, tileN, waves;
    double empty;
  };
  const Shape shapes[] = {
      {1, 4, 32, 360, 352, 16, 32, 2, 0.25},
      {3, 2, 8, 104, 2880, 16, 16, 1, 0.2},
      {16, 1, 8, 48, 352, 32, 32, 2, 0.2},
      {64, 4, 32, 40, 160, 64, 32, 4, 0.1},
  };
  const char *precisions[] = {"a16w4", "a8w4", "a4w4"};
  const char *outs[] = {"f32", "bf16"};
  const char *combines[] = {"atomic", "store"};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  std::vector<std::string> names;
  names.reserve(48);
  for (const char *precision : precisions)
    for (bool bias : {false, true})
      for (const char *out : outs)
        for (const char *combine : combines)
          for (int64_t split : {1, 2}) {
            const Shape &sh = shapes[index++ % 4];
            names.push_back(std::string(precision) + (bias ? "_bias_" : "_") +
                            out + "_" + combine + "_split" +
                            std::to_string(split) + "_T" +
                            std::to_string(sh.tokens));
            Case c{names.back().c_str(),
                   sh.tokens,
                   sh.topk,
                   sh.experts,
                   sh.d,
                   sh.inter,
                   bias,
                   true,
                   out,
                   combine,
                   split,
                   sh.tileN,
                   sh.waves,
                   "gfx950",
                   sh.empty,
                   precision,
                   sh.tileM};
            SCOPED_TRACE(c.name);
            expectMatches(c, run(c, seed + index));
          }
}

TEST(Stage2Kernel, DecodeReadsOnlyActiveExperts) {
  // T = 1 with K = 4 distinct experts out of 32: the grid is bounded by
  // T * K blocks, every launched workgroup is useful, and the weights read
  // are those of the active experts.
  Case c{"decode", 1,        4, 32, 64, 256,      true, true,
         "f32",    "atomic", 1, 64, 4,  "gfx950", 0.0};
  Result r = run(c, testSeed());
  ASSERT_TRUE(r.report.ok()) << describe(r.report, {});
  EXPECT_LT(
      relativeError(std::vector<float>(r.out.begin(), r.out.end()), r.ref),
      1e-5);
  const Counters &k = r.report.counters;
  EXPECT_EQ(k.workgroupsLaunched, 4u); // 1 column tile x 4 blocks
  EXPECT_EQ(k.workgroupsWithOutput, k.workgroupsLaunched);
  EXPECT_LE(double(k.globalBytesRead[r.weightBuffer]),
            1.1 * double(r.activeWeightBytes));
  EXPECT_GE(double(k.globalBytesRead[r.weightBuffer]),
            double(r.activeWeightBytes));
}

TEST(Stage2Kernel, DecodeLoopPastTheLastStepReadsNothing) {
  // The main loop runs the (n div B) B steps of a slice and the loads of
  // the steps past its end read empty windows (a16w4) or offsets moved
  // past the buffer (a8w4, a4w4): the GPT-OSS decode tile 16x64x512 over
  // K = 2880 (6 steps, the first partial; split in two: slices of 3) at
  // depths 2, 3 and 4 matches the reference and reads the active experts'
  // weights once (before, the loop of 6 steps at depth 3 was one trip that
  // LLVM deleted; loads past the end would read up to depth - 1 more steps).
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const char *precision : {"a16w4", "a8w4", "a4w4"})
    for (int64_t splitK : {1, 2})
      for (int64_t depth : {2, 3, 4}) {
        ++index;
        std::string name = std::string(precision) + "_split" +
                           std::to_string(splitK) + "_depth" +
                           std::to_string(depth);
        SCOPED_TRACE(name);
        Case c{name.c_str(), 1,         4,        32,     64, 2880, true,
               true,         "f32",     "atomic", splitK, 64, 4,    "gfx950",
               0.0,          precision, 16,       512};
        c.pipelineDepth = depth;
        Result r = run(c, seed + index);
        expectMatches(c, r);
        double read = double(r.report.counters.globalBytesRead[r.weightBuffer]);
        EXPECT_GE(read, double(r.activeWeightBytes));
        EXPECT_LE(read, 1.05 * double(r.activeWeightBytes));
      }
}

TEST(Stage2Kernel, XcdOrderAndPersistentGridMatchTheReference) {
  // The XCD-grouped order and persistent grids (fewer workgroups than
  // tiles, a count not a multiple of 8, one workgroup, more workgroups than
  // tiles) over grids that are not multiples of 8: model_dim and inter_dim
  // tails, empty slots (-1), split-K, every precision, both combines. A
  // store combine writes each element once, so its y is bit-identical to
  // the linear one-workgroup-per-tile kernel's; atomics match the reference.
  struct Variant {
    const char *name;
    WorkgroupOrder order;
    int64_t persistent;
  };
  const Variant variants[] = {
      {"xcd", WorkgroupOrder::XcdGrouped, 0},
      {"persistent5", WorkgroupOrder::Linear, 5},
      {"persistent1", WorkgroupOrder::Linear, 1},
      {"xcd_persistent8", WorkgroupOrder::XcdGrouped, 8},
      {"xcd_persistent600", WorkgroupOrder::XcdGrouped, 600}};
  const Case bases[] = {
      {"tails_bias_atomic", 5, 2, 4, 40, 160, true, true, "f32", "atomic", 1,
       32, 2, "gfx950", 0.2},
      {"split_k_2", 4, 2, 4, 32, 288, true, true, "f32", "atomic", 2, 32, 2,
       "gfx950", 0.1},
      {"store_bf16", 6, 2, 3, 48, 160, true, true, "bf16", "store", 1, 16, 1,
       "gfx950", 0.2},
      {"a4w4_store_f32_m32", 24, 2, 4, 40, 160, false, true, "f32", "store", 1,
       32, 2, "gfx950", 0.25, "a4w4", 32},
      {"a8w4_split_k_store", 6, 2, 4, 40, 288, true, true, "f32", "store", 2,
       32, 2, "gfx950", 0.2, "a8w4"},
      {"T64_E32_K4_tails", 64, 4, 32, 104, 352, true, true, "f32", "atomic", 1,
       64, 4, "gfx950", 0.1, "a16w4", 64},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Case &base : bases) {
    ++index;
    SCOPED_TRACE(base.name);
    Result linear = run(base, seed + index);
    expectMatches(base, linear);
    for (const Variant &v : variants) {
      SCOPED_TRACE(v.name);
      Case c = base;
      c.order = v.order;
      c.persistent = v.persistent;
      Result r = run(c, seed + index);
      expectMatches(c, r);
      if (std::string(c.combine) == "store")
        EXPECT_TRUE(r.y == linear.y) << "y differs from the linear grid's";
      // Every tile with rows writes once: the same workgroups with output,
      // none of a persistent grid past its count.
      if (v.persistent > 0)
        EXPECT_EQ(r.report.counters.workgroupsLaunched, uint64_t(v.persistent));
    }
  }
}

TEST(Stage2Kernel, PipelineDepth3And4MatchTheReference) {
  // Pipeline depths 3 and 4 against the reference and depth 2, every
  // precision over: inter_dim of one partial K step (96, fewer steps than
  // the depth), exactly 3 and 4 steps (384, 512), 10 steps with a tail
  // (1184 = 9 x 128 + 32) split in two, and 12 steps of 256 with a tail
  // (2880: the steady loop runs at both depths); empty slots (-1), tails
  // of model_dim. Store combines write each element once: y bit-identical
  // to depth 2's.
  struct Shape {
    const char *precision;
    int64_t tokens, topk, experts, d, inter, splitK, tileM, tileN, waves;
    double empty;
    int64_t tileK;
    const char *combine;
  };
  const Shape shapes[] = {
      {"a16w4", 1, 4, 8, 48, 96, 1, 16, 64, 4, 0.0, 128, "atomic"},
      {"a8w4", 5, 2, 4, 40, 384, 1, 16, 32, 2, 0.2, 128, "store"},
      {"a4w4", 3, 4, 8, 64, 512, 1, 16, 64, 4, 0.25, 128, "store"},
      {"a8w4", 6, 2, 4, 40, 1184, 2, 32, 32, 2, 0.1, 128, "atomic"},
      {"a16w4", 2, 4, 8, 48, 2880, 1, 16, 64, 4, 0.25, 256, "store"},
      {"a4w4", 2, 4, 8, 48, 2880, 1, 16, 64, 4, 0.25, 256, "store"},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Shape &sh : shapes) {
    ++index;
    std::string name = std::string(sh.precision) + "_I" +
                       std::to_string(sh.inter) + "_k" +
                       std::to_string(sh.tileK) + "_split" +
                       std::to_string(sh.splitK) + "_" + sh.combine;
    Case c{name.c_str(), sh.tokens, sh.topk,  sh.experts, sh.d,
           sh.inter,     true,      true,     "f32",      sh.combine,
           sh.splitK,    sh.tileN,  sh.waves, "gfx950",   sh.empty,
           sh.precision, sh.tileM,  sh.tileK};
    SCOPED_TRACE(c.name);
    bool store = std::string(sh.combine) == "store";
    Result base;
    if (store) {
      base = run(c, seed + index);
      expectMatches(c, base);
    }
    for (int64_t depth : {3, 4}) {
      SCOPED_TRACE("pipeline_depth " + std::to_string(depth));
      c.pipelineDepth = depth;
      Result r = run(c, seed + index);
      expectMatches(c, r);
      if (store)
        EXPECT_TRUE(r.y == base.y) << "y differs from depth 2's";
    }
  }
}

TEST(Stage2Kernel, KWaveGroupsMatchTheReferenceAndRepeat) {
  // K split over 2 and 4 wave groups against the reference, every
  // precision, T in {1, 3, 16}: inter_dim of one partial step (96, fewer
  // steps than groups), odd step counts (5 and 7 steps of 128, 23 with a
  // tail: the steady loop runs), a split across workgroups (1184 in two
  // slices), depths 2 to 4, atomic and store combines, a persistent grid;
  // empty slots, tails of model_dim. Store combines write each element
  // once: a second run writes the same bytes.
  struct Shape {
    const char *precision;
    int64_t tokens, topk, experts, d, inter, splitK, tileM, tileN, waves;
    double empty;
    int64_t tileK;
    const char *combine;
    int64_t depth, groups;
    int64_t persistent = 0;
  };
  const Shape shapes[] = {
      {"a16w4", 1, 4, 8, 48, 96, 1, 16, 64, 4, 0.0, 128, "store", 2, 2},
      {"a8w4", 3, 2, 4, 40, 640, 1, 16, 32, 2, 0.2, 128, "store", 3, 2},
      {"a4w4", 16, 2, 8, 64, 896, 1, 16, 64, 4, 0.25, 128, "store", 4, 4},
      {"a8w4", 3, 2, 4, 40, 1184, 2, 16, 64, 4, 0.1, 128, "atomic", 2, 4},
      {"a4w4", 1, 4, 8, 48, 2880, 1, 16, 64, 4, 0.25, 256, "store", 3, 4},
      {"a16w4", 16, 2, 4, 40, 2976, 1, 32, 64, 8, 0.2, 128, "store", 2, 4},
      // A persistent grid: the next tile's prologue rewrites the buffers
      // the last tile's partial sums were read from.
      {"a8w4", 16, 2, 4, 40, 640, 1, 16, 32, 2, 0.2, 128, "store", 3, 2, 3},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  int index = 0;
  for (const Shape &sh : shapes) {
    ++index;
    std::string name =
        std::string(sh.precision) + "_I" + std::to_string(sh.inter) + "_k" +
        std::to_string(sh.tileK) + "_split" + std::to_string(sh.splitK) + "_" +
        sh.combine + "_d" + std::to_string(sh.depth) + "_kw" +
        std::to_string(sh.groups);
    Case c{name.c_str(), sh.tokens, sh.topk,  sh.experts, sh.d,
           sh.inter,     true,      true,     "f32",      sh.combine,
           sh.splitK,    sh.tileN,  sh.waves, "gfx950",   sh.empty,
           sh.precision, sh.tileM,  sh.tileK};
    c.pipelineDepth = sh.depth;
    c.kWaveGroups = sh.groups;
    c.persistent = sh.persistent;
    SCOPED_TRACE(c.name + std::string(" persistent ") +
                 std::to_string(sh.persistent));
    Result first = run(c, seed + index);
    expectMatches(c, first);
    if (std::string(sh.combine) == "store") {
      Result second = run(c, seed + index);
      EXPECT_TRUE(first.y == second.y) << "a second run wrote other bytes";
    }
  }
}
