//===- FP4Test.cpp - FP4 / E8M0 / FP8 / bf16 / f16 numerics ---------------===//

#include "mxmoe/Format/MXFormats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace mxmoe::fmt;

TEST(FP4, DecodeTable) {
  const double expected[16] = {0,    0.5,  1,  1.5,  2,  3,  4,  6,
                               -0.0, -0.5, -1, -1.5, -2, -3, -4, -6};
  for (int c = 0; c < 16; ++c) {
    EXPECT_EQ(decodeFP4(uint8_t(c)), expected[c]) << "code " << c;
    EXPECT_EQ(std::signbit(decodeFP4(uint8_t(c))), c >= 8) << "code " << c;
  }
  // Only the low nibble counts.
  EXPECT_EQ(decodeFP4(0xF7), 6.0);
}

TEST(FP4, PartsReconstructMagnitudes) {
  for (int u = 1; u < 8; ++u) {
    FP4Parts p = fp4Parts(uint8_t(u));
    EXPECT_EQ(std::ldexp(1.0 + p.frac / 2.0, p.exp), kFP4Magnitudes[u]);
  }
}

TEST(FP4, NibbleOrderLowIsEven) {
  const uint8_t packed[2] = {0x21, 0xF7}; // elements 1, 2, 7, 15
  EXPECT_EQ(fp4Nibble(packed, 0), 0x1);
  EXPECT_EQ(fp4Nibble(packed, 1), 0x2);
  EXPECT_EQ(fp4Nibble(packed, 2), 0x7);
  EXPECT_EQ(fp4Nibble(packed, 3), 0xF);
}

TEST(E8M0, DecodeAllBytes) {
  for (int e = 0; e < 256; ++e) {
    double v = decodeE8M0(uint8_t(e));
    float f = bitsToF32(decodeE8M0ToF32Bits(uint8_t(e)));
    if (e == 255) {
      EXPECT_TRUE(std::isnan(v));
      EXPECT_TRUE(std::isnan(f));
      continue;
    }
    EXPECT_EQ(v, std::ldexp(1.0, e - 127)) << "byte " << e;
    // The f32 decode is exact, never zero and never infinite.
    EXPECT_EQ(double(f), v) << "byte " << e;
    EXPECT_NE(f, 0.0f) << "byte " << e;
    EXPECT_TRUE(std::isfinite(f)) << "byte " << e;
  }
  EXPECT_EQ(decodeE8M0ToF32Bits(0), 0x00400000u);
  EXPECT_EQ(decodeE8M0ToF32Bits(127), 0x3F800000u);
  EXPECT_EQ(e8m0ToCvtScaleBits(127), 0x3F800000u);
  EXPECT_EQ(e8m0ToCvtScaleBits(0), 0u);
}

// Independent reference: the exact value through the host's float
// conversions (double -> float is exact or rounds to inf here, float -> bf16
// is exact because scaled FP4 values have at most two significant bits).
static uint16_t referenceBF16(uint8_t code, uint8_t e) {
  if (e == 255)
    return 0x7FC0;
  float f = float(decodeFP4(code) * std::ldexp(1.0, int(e) - 127));
  uint32_t bits;
  std::memcpy(&bits, &f, 4);
  EXPECT_EQ(bits & 0xFFFF, 0u) << "value not representable in bf16";
  return uint16_t(bits >> 16);
}

TEST(FP4Scaled, BF16AllCodesAllScales) {
  for (int e = 0; e < 256; ++e)
    for (int c = 0; c < 16; ++c)
      ASSERT_EQ(fp4ScaledToBF16(uint8_t(c), uint8_t(e)),
                referenceBF16(uint8_t(c), uint8_t(e)))
          << "code " << c << " scale " << e;
}

TEST(FP4Scaled, F32IsWidenedBF16) {
  for (int e = 0; e < 256; ++e)
    for (int c = 0; c < 16; ++c) {
      uint32_t bits = fp4ScaledToF32(uint8_t(c), uint8_t(e));
      if (e == 255) {
        EXPECT_TRUE(std::isnan(bitsToF32(bits)));
        continue;
      }
      // Exact, or infinity past the f32 range (6 * 2^127 overflows).
      ASSERT_EQ(bitsToF32(bits),
                float(decodeFP4(uint8_t(c)) * std::ldexp(1.0, e - 127)))
          << "code " << c << " scale " << e;
    }
}

TEST(FP4Scaled, F16RoundsToNearestEven) {
  for (int e = 0; e < 255; ++e)
    for (int c = 0; c < 16; ++c) {
      double v = decodeFP4(uint8_t(c)) * std::ldexp(1.0, e - 127);
      _Float16 h = static_cast<_Float16>(v); // host RNE, independent
      uint16_t bits;
      std::memcpy(&bits, &h, 2);
      ASSERT_EQ(fp4ScaledToF16(uint8_t(c), uint8_t(e)), bits)
          << "code " << c << " scale " << e;
    }
  EXPECT_EQ(fp4ScaledToF16(0x3, 255), 0x7E00);
}

TEST(Float, DoubleToF16Edges) {
  EXPECT_EQ(doubleToF16(65504.0), 0x7BFF);
  EXPECT_EQ(doubleToF16(65520.0), 0x7C00); // ties up to infinity
  EXPECT_EQ(doubleToF16(std::ldexp(1.0, -24)), 0x0001);
  EXPECT_EQ(doubleToF16(std::ldexp(1.0, -25)), 0x0000); // tie to even (0)
  EXPECT_EQ(doubleToF16(std::ldexp(3.0, -26)), 0x0001);
  EXPECT_EQ(doubleToF16(-0.0), 0x8000);
  EXPECT_EQ(doubleToF16(std::ldexp(1023.0, -24) + std::ldexp(1.0, -25)),
            0x0400); // rounds up into the smallest normal
  for (uint32_t b = 0; b < 0x7C00; ++b)
    ASSERT_EQ(doubleToF16(f16ToDouble(uint16_t(b))), b) << "bits " << b;
}

TEST(Float, BF16RoundToNearestEven) {
  EXPECT_EQ(f32ToBF16(1.0f), 0x3F80);
  EXPECT_EQ(f32ToBF16(bitsToF32(0x3F808000)), 0x3F80); // tie, even stays
  EXPECT_EQ(f32ToBF16(bitsToF32(0x3F818000)), 0x3F82); // tie, odd rounds up
  EXPECT_EQ(f32ToBF16(bitsToF32(0x3F808001)), 0x3F81);
  EXPECT_EQ(f32ToBF16(std::numeric_limits<float>::quiet_NaN()), 0x7FC0);
  EXPECT_EQ(bf16ToF32(0x4040), 3.0f);
}

TEST(FP8, DecodeEdges) {
  EXPECT_EQ(decodeFP8E4M3FN(0x7E), 448.0);
  EXPECT_TRUE(std::isnan(decodeFP8E4M3FN(0x7F)));
  EXPECT_TRUE(std::isnan(decodeFP8E4M3FN(0xFF)));
  EXPECT_EQ(decodeFP8E4M3FN(0x01), std::ldexp(1.0, -9));
  EXPECT_EQ(decodeFP8E4M3FN(0x38), 1.0);
  EXPECT_EQ(decodeFP8E4M3FN(0xB8), -1.0);
  EXPECT_EQ(decodeFP8E5M2(0x7B), 57344.0);
  EXPECT_TRUE(std::isinf(decodeFP8E5M2(0x7C)));
  EXPECT_TRUE(std::isnan(decodeFP8E5M2(0x7D)));
  EXPECT_EQ(decodeFP8E5M2(0x3C), 1.0);
  EXPECT_EQ(decodeFP8E5M2(0x01), std::ldexp(1.0, -16));
}

TEST(Encode, FP4RoundTripAndTies) {
  for (int c = 0; c < 16; ++c) {
    uint8_t back = encodeFP4(decodeFP4(uint8_t(c)));
    EXPECT_EQ(decodeFP4(back), decodeFP4(uint8_t(c))) << "code " << c;
  }
  // Ties go to the even code.
  EXPECT_EQ(encodeFP4(0.25), 0x0);
  EXPECT_EQ(encodeFP4(0.75), 0x2);
  EXPECT_EQ(encodeFP4(1.25), 0x2);
  EXPECT_EQ(encodeFP4(1.75), 0x4);
  EXPECT_EQ(encodeFP4(2.5), 0x4);
  EXPECT_EQ(encodeFP4(3.5), 0x6);
  EXPECT_EQ(encodeFP4(5.0), 0x6);
  EXPECT_EQ(encodeFP4(-5.5), 0xF);
  EXPECT_EQ(encodeFP4(100.0), 0x7); // saturates
  EXPECT_EQ(encodeFP4(-0.1), 0x8);
}

TEST(Encode, FP8RoundTrip) {
  for (int b = 0; b < 256; ++b) {
    double v = decodeFP8E4M3FN(uint8_t(b));
    if (!std::isnan(v)) {
      EXPECT_EQ(encodeFP8E4M3FN(v, false), b) << "e4m3 " << b;
    }
    double w = decodeFP8E5M2(uint8_t(b));
    if (!std::isnan(w)) {
      EXPECT_EQ(encodeFP8E5M2(w, false), b) << "e5m2 " << b;
    }
  }
  EXPECT_EQ(encodeFP8E4M3FN(1000.0, true), 0x7E);
  EXPECT_EQ(encodeFP8E4M3FN(1000.0, false), 0x7F);
  EXPECT_EQ(encodeFP8E4M3FN(464.0, false), 0x7E);  // tie to even (448)
  EXPECT_EQ(encodeFP8E4M3FN(470.0, false), 0x7F);  // rounds past 448
  EXPECT_EQ(encodeFP8E4M3FN(1.0625, false), 0x38); // tie to even
  EXPECT_EQ(encodeFP8E5M2(1e6, false), 0x7C);
}
