//===- LayoutTest.cpp - weight/scale layouts vs brute-force permutations --===//

#include "mxmoe/Format/Layouts.h"

#include "../TestSeed.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <set>

using namespace mxmoe::fmt;

namespace {

using mxmoe::test::testSeed;

std::vector<uint8_t> randomBytes(std::mt19937 &rng, size_t n) {
  std::vector<uint8_t> v(n);
  for (auto &b : v)
    b = uint8_t(rng());
  return v;
}

/// ROCm's preshuffle as a tensor reshape: view(N/16, 16, Kb/16, 16) then
/// permute(0, 2, 1, 3), written out as nested loops in output order.
std::vector<uint8_t> bruteForcePreshuffle(const std::vector<uint8_t> &w,
                                          int64_t rows, int64_t kBytes) {
  std::vector<uint8_t> out;
  for (int64_t n0 = 0; n0 < rows / 16; ++n0)
    for (int64_t k0 = 0; k0 < kBytes / 16; ++k0)
      for (int64_t n1 = 0; n1 < 16; ++n1)
        for (int64_t k1 = 0; k1 < 16; ++k1)
          out.push_back(w[(n0 * 16 + n1) * kBytes + k0 * 16 + k1]);
  return out;
}

/// aiter's e8m0_shuffle: pad to (ceil256(M), ceil8(Kb)) with `pad`, then
/// view(M/32, 2, 16, Kc/8, 2, 4).permute(0, 3, 5, 2, 4, 1).
std::vector<uint8_t> bruteForceScaleShuffle(const std::vector<uint8_t> &s,
                                            int64_t rows, int64_t kBlocks,
                                            uint8_t pad) {
  int64_t rowsP = roundUp(rows, 256), kbP = roundUp(kBlocks, 8);
  auto at = [&](int64_t n, int64_t kb) -> uint8_t {
    return (n < rows && kb < kBlocks) ? s[n * kBlocks + kb] : pad;
  };
  std::vector<uint8_t> out;
  for (int64_t m0 = 0; m0 < rowsP / 32; ++m0)
    for (int64_t k0 = 0; k0 < kbP / 8; ++k0)
      for (int64_t k2 = 0; k2 < 4; ++k2)
        for (int64_t m2 = 0; m2 < 16; ++m2)
          for (int64_t k1 = 0; k1 < 2; ++k1)
            for (int64_t m1 = 0; m1 < 2; ++m1)
              out.push_back(at(m0 * 32 + m1 * 16 + m2, k0 * 8 + k1 * 4 + k2));
  return out;
}

struct Shape {
  int64_t rows, kElems;
};

// Includes GPT-OSS tails: K = 2880 is 90 scale blocks, not a multiple of 8.
const Shape kShapes[] = {{16, 32},   {32, 64},   {48, 96},
                         {64, 2880}, {272, 352}, {2880, 2880}};

} // namespace

TEST(WeightLayout, PreshuffleMatchesBruteForce) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (Shape s : kShapes) {
    SCOPED_TRACE("rows=" + std::to_string(s.rows) +
                 " K=" + std::to_string(s.kElems));
    std::vector<uint8_t> w = randomBytes(rng, s.rows * s.kElems / 2);
    std::vector<uint8_t> packed;
    ASSERT_FALSE(packWeights(WeightLayout::Preshuffle16x16, w, s.rows, s.kElems,
                             packed));
    EXPECT_EQ(packed, bruteForcePreshuffle(w, s.rows, s.kElems / 2));
  }
}

TEST(WeightLayout, AddressFunctionsArePermutations) {
  for (WeightLayout layout :
       {WeightLayout::RowMajor, WeightLayout::Preshuffle16x16})
    for (Shape s : {Shape{32, 64}, Shape{48, 2880}}) {
      int64_t kBytes = s.kElems / 2;
      int64_t size = weightBufferBytes(layout, s.rows, s.kElems);
      std::vector<bool> hit(size, false);
      for (int64_t n = 0; n < s.rows; ++n)
        for (int64_t kb = 0; kb < kBytes; ++kb) {
          int64_t off = weightByteOffset<int64_t>(layout, n, kb, kBytes);
          ASSERT_GE(off, 0);
          ASSERT_LT(off, size);
          ASSERT_FALSE(hit[off]) << toString(layout) << " collides at " << off;
          hit[off] = true;
        }
    }
}

TEST(WeightLayout, SixteenByteChunksAreContiguous) {
  // A dwordx4 load of K elements [k, k+32) must be 16 contiguous bytes.
  for (WeightLayout layout :
       {WeightLayout::RowMajor, WeightLayout::Preshuffle16x16})
    for (int64_t n = 0; n < 32; ++n)
      for (int64_t kb = 0; kb < 1440; kb += 16) {
        int64_t base = weightByteOffset<int64_t>(layout, n, kb, 1440);
        for (int64_t i = 1; i < 16; ++i)
          ASSERT_EQ(weightByteOffset<int64_t>(layout, n, kb + i, 1440),
                    base + i);
      }
}

TEST(WeightLayout, RowMajorIsIdentity) {
  std::mt19937 rng(testSeed());
  std::vector<uint8_t> w = randomBytes(rng, 24 * 48), packed;
  ASSERT_FALSE(packWeights(WeightLayout::RowMajor, w, 24, 96, packed));
  EXPECT_EQ(packed, w);
}

TEST(WeightLayout, RejectsBadShapes) {
  std::vector<uint8_t> out;
  auto err = packWeights(WeightLayout::Preshuffle16x16,
                         std::vector<uint8_t>(24 * 16), 24, 32, out);
  ASSERT_TRUE(err);
  EXPECT_NE(err->find("multiple of 16"), std::string::npos) << *err;
  EXPECT_TRUE(out.empty());
  err =
      packWeights(WeightLayout::RowMajor, std::vector<uint8_t>(8), 1, 16, out);
  ASSERT_TRUE(err);
  EXPECT_NE(err->find("multiple of the MX block size 32"), std::string::npos);
  err =
      packWeights(WeightLayout::RowMajor, std::vector<uint8_t>(5), 1, 32, out);
  ASSERT_TRUE(err);
  EXPECT_NE(err->find("expected rows * K / 2 = 16"), std::string::npos);
}

TEST(ScaleLayout, ShuffleMatchesBruteForce) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (Shape s : kShapes) {
    SCOPED_TRACE("rows=" + std::to_string(s.rows) +
                 " K=" + std::to_string(s.kElems));
    int64_t kBlocks = s.kElems / 32;
    std::vector<uint8_t> sc = randomBytes(rng, s.rows * kBlocks);
    std::vector<uint8_t> packed;
    ASSERT_FALSE(
        packScales(ScaleLayout::E8M0Shuffle, sc, s.rows, s.kElems, packed));
    EXPECT_EQ(packed, bruteForceScaleShuffle(sc, s.rows, kBlocks, 127));
  }
}

TEST(ScaleLayout, AddressFunctionsArePermutations) {
  for (ScaleLayout layout : {ScaleLayout::RowMajor, ScaleLayout::E8M0Shuffle}) {
    int64_t rows = 300, kElems = 2880, kBlocks = kElems / 32;
    int64_t size = scaleBufferBytes(layout, rows, kElems);
    std::set<int64_t> seen;
    for (int64_t n = 0; n < rows; ++n)
      for (int64_t kb = 0; kb < kBlocks; ++kb) {
        int64_t off = scaleByteOffset<int64_t>(layout, n, kb, kBlocks);
        ASSERT_GE(off, 0);
        ASSERT_LT(off, size);
        ASSERT_TRUE(seen.insert(off).second) << toString(layout);
      }
  }
}

TEST(ScaleLayout, PaddedSizes) {
  // GPT-OSS: 2880 rows, 90 K blocks -> 3072 x 96.
  EXPECT_EQ(scaleBufferBytes(ScaleLayout::E8M0Shuffle, 2880, 2880), 3072 * 96);
  EXPECT_EQ(scaleBufferBytes(ScaleLayout::RowMajor, 2880, 2880), 2880 * 90);
}

TEST(GateUp, ArrangementsArePermutations) {
  const int64_t inter = 48;
  for (GateUpArrangement a :
       {GateUpArrangement::Interleaved, GateUpArrangement::Halves,
        GateUpArrangement::Blocks16}) {
    ASSERT_FALSE(checkGateUpShape(a, inter));
    std::set<int64_t> rows;
    for (int up = 0; up < 2; ++up)
      for (int64_t j = 0; j < inter; ++j) {
        int64_t r = gateUpRow<int64_t>(a, up, j, inter);
        ASSERT_GE(r, 0);
        ASSERT_LT(r, 2 * inter);
        ASSERT_TRUE(rows.insert(r).second) << toString(a);
      }
  }
  EXPECT_EQ(gateUpRow<int64_t>(GateUpArrangement::Interleaved, true, 5, 48),
            11);
  EXPECT_EQ(gateUpRow<int64_t>(GateUpArrangement::Halves, true, 5, 48), 53);
  EXPECT_EQ(gateUpRow<int64_t>(GateUpArrangement::Blocks16, false, 17, 48), 33);
  EXPECT_EQ(gateUpRow<int64_t>(GateUpArrangement::Blocks16, true, 17, 48), 49);
  EXPECT_TRUE(checkGateUpShape(GateUpArrangement::Blocks16, 40));
}

TEST(Names, RoundTrip) {
  for (auto l : {WeightLayout::RowMajor, WeightLayout::Preshuffle16x16})
    EXPECT_EQ(parseWeightLayout(toString(l)), l);
  for (auto l : {ScaleLayout::RowMajor, ScaleLayout::E8M0Shuffle})
    EXPECT_EQ(parseScaleLayout(toString(l)), l);
  for (auto a : {GateUpArrangement::Interleaved, GateUpArrangement::Halves,
                 GateUpArrangement::Blocks16})
    EXPECT_EQ(parseGateUpArrangement(toString(a)), a);
  EXPECT_FALSE(parseWeightLayout("gugu16"));
}

TEST(CheckpointConversion, EveryRowLandsWhereTheKernelsReadIt) {
  // A GPT-OSS-style checkpoint (gate/up interleaved rows, row-major MXFP4)
  // converted for each arrangement: every code byte, scale and bias must
  // be found at the address the kernels compute for (expert, gate/up, j).
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int64_t e = 3, d = 64, inter = 96;
  CheckpointExperts in;
  in.experts = e;
  in.modelDim = d;
  in.interDim = inter;
  auto w13 = randomBytes(rng, e * 2 * inter * d / 2);
  auto s13 = randomBytes(rng, e * 2 * inter * d / 32);
  auto w2 = randomBytes(rng, e * d * inter / 2);
  auto s2 = randomBytes(rng, e * d * inter / 32);
  std::vector<float> b13(e * 2 * inter), b2(e * d);
  for (auto &v : b13)
    v = float(rng() % 1000);
  for (auto &v : b2)
    v = float(rng() % 1000);
  in.w13 = w13.data();
  in.w13Scales = s13.data();
  in.b13 = b13.data();
  in.w2 = w2.data();
  in.w2Scales = s2.data();
  in.b2 = b2.data();
  for (GateUpArrangement arrangement :
       {GateUpArrangement::Interleaved, GateUpArrangement::Halves,
        GateUpArrangement::Blocks16}) {
    SCOPED_TRACE(toString(arrangement));
    KernelExperts out;
    ASSERT_FALSE(convertCheckpointExperts(in, arrangement,
                                          WeightLayout::Preshuffle16x16,
                                          ScaleLayout::E8M0Shuffle, out));
    int64_t wrong = 0;
    for (int64_t x = 0; x < e; ++x)
      for (int64_t j = 0; j < inter; ++j)
        for (int up = 0; up < 2; ++up) {
          int64_t src = x * 2 * inter + 2 * j + up;
          int64_t row =
              x * 2 * inter + gateUpRow<int64_t>(arrangement, up, j, inter);
          for (int64_t kb = 0; kb < d / 2; ++kb)
            wrong += out.w13[weightByteOffset<int64_t>(
                         WeightLayout::Preshuffle16x16, row, kb, d / 2)] !=
                     w13[src * d / 2 + kb];
          for (int64_t kb = 0; kb < d / 32; ++kb)
            wrong += out.w13Scales[scaleByteOffset<int64_t>(
                         ScaleLayout::E8M0Shuffle, row, kb, d / 32)] !=
                     s13[src * d / 32 + kb];
          wrong += out.b13[row] != b13[src];
        }
    for (int64_t row = 0; row < e * d; ++row) {
      for (int64_t kb = 0; kb < inter / 2; ++kb)
        wrong += out.w2[weightByteOffset<int64_t>(WeightLayout::Preshuffle16x16,
                                                  row, kb, inter / 2)] !=
                 w2[row * inter / 2 + kb];
      for (int64_t kb = 0; kb < inter / 32; ++kb)
        wrong += out.w2Scales[scaleByteOffset<int64_t>(ScaleLayout::E8M0Shuffle,
                                                       row, kb, inter / 32)] !=
                 s2[row * inter / 32 + kb];
    }
    EXPECT_EQ(out.b2, b2);
    EXPECT_EQ(wrong, 0);
  }
  // Bad input: a message, no crash.
  CheckpointExperts bad = in;
  bad.interDim = 40;
  KernelExperts out;
  auto err = convertCheckpointExperts(bad, GateUpArrangement::Blocks16,
                                      WeightLayout::Preshuffle16x16,
                                      ScaleLayout::E8M0Shuffle, out);
  ASSERT_TRUE(err);
  bad.w2 = nullptr;
  bad.interDim = inter;
  EXPECT_EQ(*convertCheckpointExperts(bad, GateUpArrangement::Interleaved,
                                      WeightLayout::RowMajor,
                                      ScaleLayout::RowMajor, out),
            "missing weights or scales");
}
