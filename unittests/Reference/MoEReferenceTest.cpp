//===- MoEReferenceTest.cpp - the reference MoE stages --------------------===//

#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Format/MXFormats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace mxmoe;
using namespace mxmoe::ref;

namespace {

MXFP4Matrix randomMatrix(int64_t rows, int64_t k, std::mt19937 &rng) {
  MXFP4Matrix m;
  m.rows = rows;
  m.k = k;
  m.codes.resize(rows * k / 2);
  m.scales.resize(rows * k / 32);
  for (auto &b : m.codes)
    b = uint8_t(rng());
  for (auto &s : m.scales)
    s = uint8_t(120 + rng() % 12);
  return m;
}

/// Copies logical row `from` of `src` to row `to` of `dst`.
void copyRow(const MXFP4Matrix &src, int64_t from, MXFP4Matrix &dst,
             int64_t to) {
  for (int64_t b = 0; b < src.k / 2; ++b)
    dst.codes[to * src.k / 2 + b] = src.codes[from * src.k / 2 + b];
  for (int64_t b = 0; b < src.k / 32; ++b)
    dst.scales[to * src.k / 32 + b] = src.scales[from * src.k / 32 + b];
}

} // namespace

TEST(MoEReference, Activations) {
  ActivationSpec swiglu;
  double s = 1.0 / (1.0 + std::exp(-1.702 * 7.0));
  EXPECT_DOUBLE_EQ(activate(swiglu, 10.0, 10.0), 7.0 * s * 8.0); // clamped
  EXPECT_DOUBLE_EQ(activate(swiglu, -3.0, -9.0),
                   -3.0 / (1.0 + std::exp(1.702 * 3.0)) * (-7.0 + 1.0));
  ActivationSpec noLimit{Activation::SwiGLU, 1.702, INFINITY};
  EXPECT_DOUBLE_EQ(activate(noLimit, 10.0, 10.0),
                   10.0 / (1.0 + std::exp(-17.02)) * 11.0);
  ActivationSpec silu{Activation::SiLU};
  EXPECT_DOUBLE_EQ(activate(silu, 2.0, 3.0),
                   2.0 / (1.0 + std::exp(-2.0)) * 3.0);
}

TEST(MoEReference, Stage1SameResultInEveryGateUpArrangement) {
  std::mt19937 rng(7);
  const int64_t T = 3, K = 2, E = 2, D = 64, I = 32;
  MXFP4Matrix halves = randomMatrix(E * 2 * I, D, rng);
  std::vector<float> biasHalves(E * 2 * I);
  for (auto &b : biasHalves)
    b = float(int(rng() % 9) - 4) / 4;
  std::vector<float> x(T * D);
  for (auto &v : x)
    v = float(int(rng() % 17) - 8) / 8;
  std::vector<int32_t> ids = {0, 1, 1, -1, 0, 0};
  auto h0 = referenceStage1(x, ids, T, K, E, I, halves,
                            fmt::GateUpArrangement::Halves, biasHalves.data(),
                            ActivationSpec{});
  for (auto arr : {fmt::GateUpArrangement::Interleaved,
                   fmt::GateUpArrangement::Blocks16}) {
    MXFP4Matrix w = halves;
    std::vector<float> bias(biasHalves.size());
    for (int64_t e = 0; e < E; ++e)
      for (int up = 0; up < 2; ++up)
        for (int64_t j = 0; j < I; ++j) {
          int64_t from = e * 2 * I + (up ? I + j : j);
          int64_t to = e * 2 * I + fmt::gateUpRow<int64_t>(arr, up, j, I);
          copyRow(halves, from, w, to);
          bias[to] = biasHalves[from];
        }
    auto h = referenceStage1(x, ids, T, K, E, I, w, arr, bias.data(),
                             ActivationSpec{});
    EXPECT_EQ(h, h0) << fmt::toString(arr);
  }
  // The empty slot (token 1, slot 1) produces zeros.
  for (int64_t j = 0; j < I; ++j)
    EXPECT_EQ(h0[(1 * K + 1) * I + j], 0.0);
}

TEST(MoEReference, Stage2BiasOncePerSlotBeforeWeight) {
  std::mt19937 rng(11);
  const int64_t T = 2, K = 3, E = 4, D = 16, I = 64;
  MXFP4Matrix w2 = randomMatrix(E * D, I, rng);
  std::vector<float> bias(E * D);
  for (auto &b : bias)
    b = float(int(rng() % 9) - 4);
  std::vector<double> h(T * K * I);
  for (auto &v : h)
    v = double(int(rng() % 11) - 5) / 4;
  std::vector<int32_t> ids = {3, 0, -1, 2, 2, 7}; // -1 and 7 (>= E) skipped
  std::vector<float> w = {0.5f, 0.25f, 9.0f, 0.125f, 1.0f, 9.0f};
  auto y = referenceStage2(h, ids, w.data(), T, K, E, D, w2, bias.data());
  // Independent: per (t, s), dense dequantized GEMV.
  for (int64_t t = 0; t < T; ++t)
    for (int64_t n = 0; n < D; ++n) {
      double want = 0;
      for (int64_t s = 0; s < K; ++s) {
        int32_t e = ids[t * K + s];
        if (e < 0 || e >= E)
          continue;
        double dot = bias[e * D + n];
        for (int64_t k = 0; k < I; ++k) {
          uint8_t byte = w2.codes[(e * D + n) * I / 2 + k / 2];
          double q = fmt::decodeFP4(k % 2 ? byte >> 4 : byte & 0xF);
          dot +=
              h[(t * K + s) * I + k] * q *
              std::ldexp(1.0, w2.scales[(e * D + n) * I / 32 + k / 32] - 127);
        }
        want += w[t * K + s] * dot;
      }
      EXPECT_NEAR(y[t * D + n], want, 1e-9 * (1 + std::fabs(want)));
    }
  std::vector<int32_t> none(T * K, -1);
  for (double v :
       referenceStage2(h, none, w.data(), T, K, E, D, w2, bias.data()))
    EXPECT_EQ(v, 0.0);
}
