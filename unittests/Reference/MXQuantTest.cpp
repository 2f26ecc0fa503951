//===- MXQuantTest.cpp - MX block quantization ----------------------------===//

#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Format/MXFormats.h"

#include "../TestSeed.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace mxmoe;
using namespace mxmoe::ref;

static uint8_t scaleOf(float amax, MXElement e, ScaleRounding r) {
  std::vector<float> block(32, 0.0f);
  block[7] = amax;
  block[3] = -amax / 3;
  return mxScaleByte(block.data(), 32, e, r);
}

TEST(MXQuant, ScaleRules) {
  using E = MXElement;
  using R = ScaleRounding;
  EXPECT_EQ(scaleOf(6.0f, E::FP4, R::Floor), 127);
  EXPECT_EQ(scaleOf(7.0f, E::FP4, R::Floor), 127); // 7 saturates to 6
  EXPECT_EQ(scaleOf(8.0f, E::FP4, R::Floor), 128);
  EXPECT_EQ(scaleOf(0.1f, E::FP4, R::Floor), 121); // floor(log2 .1) - 2 = -6
  EXPECT_EQ(scaleOf(6.0f, E::FP4, R::Ceil), 127);
  EXPECT_EQ(scaleOf(7.0f, E::FP4, R::Ceil), 128); // 7/2 = 3.5 fits
  EXPECT_EQ(scaleOf(12.0f, E::FP4, R::Ceil), 128);
  EXPECT_EQ(scaleOf(12.5f, E::FP4, R::Ceil), 129);
  EXPECT_EQ(scaleOf(448.0f, E::FP8E4M3, R::Floor), 127);
  EXPECT_EQ(scaleOf(449.0f, E::FP8E4M3, R::Ceil), 128);
  EXPECT_EQ(scaleOf(0.0f, E::FP4, R::Floor), 0);
  EXPECT_EQ(scaleOf(1e-40f, E::FP4, R::Floor), 0); // clamped at 2^-127
  EXPECT_EQ(scaleOf(std::numeric_limits<float>::quiet_NaN(), E::FP4, R::Floor),
            255);
}

/// Nearest FP4 value of v by brute force over the table (ties to even code),
/// saturated: an independent check of the encoder.
static double nearestFP4(double v) {
  double best = 0, bestErr = INFINITY;
  int bestCode = 0;
  for (int c = 0; c < 8; ++c) {
    double m = fmt::kFP4Magnitudes[c];
    double err = std::fabs(std::fabs(v) - m);
    if (err < bestErr || (err == bestErr && (c % 2 == 0) && (bestCode % 2))) {
      best = m;
      bestErr = err;
      bestCode = c;
    }
  }
  return v < 0 ? -best : best;
}

TEST(MXQuant, FP4RoundTripMatchesBruteForce) {
  unsigned seed = mxmoe::test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist(0.0f, 3.0f);
  const int64_t rows = 7, cols = 96;
  std::vector<float> v(rows * cols);
  for (auto &x : v)
    x = dist(rng) * std::exp2(float(int(rng() % 9) - 4));
  for (ScaleRounding r : {ScaleRounding::Floor, ScaleRounding::Ceil}) {
    std::vector<uint8_t> codes, scales;
    quantizeMX(v.data(), rows, cols, MXElement::FP4, r, codes, scales);
    ASSERT_EQ(codes.size(), size_t(rows * cols / 2));
    ASSERT_EQ(scales.size(), size_t(rows * cols / 32));
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < cols; ++j) {
        double scale = fmt::decodeE8M0(scales[i * 3 + j / 32]);
        double want = nearestFP4(v[i * cols + j] / scale) * scale;
        ASSERT_EQ(dequantizeMX(codes, scales, cols, MXElement::FP4, i, j), want)
            << i << "," << j;
        if (r == ScaleRounding::Ceil) // nothing saturates
          ASSERT_LE(std::fabs(v[i * cols + j]) / scale, 6.0);
      }
  }
}

TEST(MXQuant, FP8RelativeErrorBound) {
  std::mt19937 rng(1234);
  std::normal_distribution<float> dist(0.0f, 10.0f);
  std::vector<float> v(4 * 64);
  for (auto &x : v)
    x = dist(rng);
  std::vector<uint8_t> codes, scales;
  quantizeMX(v.data(), 4, 64, MXElement::FP8E4M3, ScaleRounding::Floor, codes,
             scales);
  for (int64_t i = 0; i < 4; ++i)
    for (int64_t j = 0; j < 64; ++j) {
      double x = v[i * 64 + j];
      double q = dequantizeMX(codes, scales, 64, MXElement::FP8E4M3, i, j);
      double scale = fmt::decodeE8M0(scales[i * 2 + j / 32]);
      // Half a unit in the last place (3 mantissa bits), or the subnormal
      // quantum.
      double ulp =
          std::max(std::ldexp(std::fabs(x), -3), std::ldexp(scale, -9));
      ASSERT_LE(std::fabs(q - x), ulp / 2 + 1e-12) << x;
    }
}
