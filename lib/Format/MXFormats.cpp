//===- MXFormats.cpp - FP4 / E8M0 / FP8 / bf16 numerics -------------------===//

#include "mxmoe/Format/MXFormats.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>

namespace mxmoe::fmt {

double decodeFP4(uint8_t code) {
  double mag = kFP4Magnitudes[code & 0x7];
  return (code & 0x8) ? -mag : mag;
}

FP4Parts fp4Parts(uint8_t magnitudeCode) {
  assert(magnitudeCode >= 1 && magnitudeCode <= 7 && "nonzero magnitude");
  if (magnitudeCode == 1)
    return {-1, 0}; // 0.5
  // Codes 2..7 are normal: exponent field (code >> 1) with bias 1.
  return {int(magnitudeCode >> 1) - 1, int(magnitudeCode & 1)};
}

double decodeE8M0(uint8_t e) {
  if (e == kE8M0NaN)
    return std::numeric_limits<double>::quiet_NaN();
  return std::ldexp(1.0, int(e) - 127);
}

uint32_t decodeE8M0ToF32Bits(uint8_t e) {
  if (e == kE8M0NaN)
    return 0x7FC00000u;
  if (e == 0)
    return 0x00400000u; // 2^-127 is an f32 subnormal
  return uint32_t(e) << 23;
}

uint16_t fp4ScaledToBF16(uint8_t code, uint8_t e) {
  if (e == kE8M0NaN)
    return 0x7FC0;
  uint16_t sign = (code & 0x8) ? 0x8000 : 0;
  uint8_t mag = code & 0x7;
  if (mag == 0)
    return sign;
  FP4Parts p = fp4Parts(mag);
  int biased = p.exp + int(e); // bf16 exponent bias equals E8M0 bias (127)
  if (biased >= 255)
    return sign | 0x7F80; // overflow to infinity
  if (biased >= 1)
    return sign | uint16_t(biased << 7) | uint16_t(p.frac << 6);
  // Subnormal: value = (2 + frac) * 2^(biased - 128) = m * 2^-133.
  assert(biased >= -1 && "fp4 * 2^-127 is at least 2^-128");
  return sign | uint16_t((2 + p.frac) << (5 + biased));
}

uint32_t fp4ScaledToF32(uint8_t code, uint8_t e) {
  // f32 has bf16's exponent range and every scaled FP4 value has at most two
  // significant bits, so the bf16 result widened is the exact f32 result.
  return uint32_t(fp4ScaledToBF16(code, e)) << 16;
}

uint16_t fp4ScaledToF16(uint8_t code, uint8_t e) {
  if (e == kE8M0NaN)
    return 0x7E00;
  double v = decodeFP4(code) * std::ldexp(1.0, int(e) - 127);
  return doubleToF16(v);
}

namespace {
/// How a small float format spends its special codes.
enum class Specials {
  E4M3FN, ///< only S.1111.111 is NaN; no infinities (OCP E4M3FN)
  IEEE,   ///< the all-ones exponent holds infinities and NaNs (OCP E5M2)
  FNUZ,   ///< 0x80 (negative zero) is the one NaN; no infinities (gfx942)
};
} // namespace

/// The one decoder of sign-exponent-mantissa bytes: `manBits` mantissa bits
/// below the exponent, bias `bias`, subnormals at exponent 0.
static double decodeSmallFloat(uint8_t bits, int manBits, int bias,
                               Specials specials) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  int expBits = 7 - manBits, expMax = (1 << expBits) - 1;
  int s = bits >> 7, exp = (bits >> manBits) & expMax;
  int man = bits & ((1 << manBits) - 1);
  if (specials == Specials::FNUZ && bits == 0x80)
    return kNaN;
  if (specials == Specials::E4M3FN && exp == expMax &&
      man == (1 << manBits) - 1)
    return kNaN;
  if (specials == Specials::IEEE && exp == expMax)
    return man ? kNaN : (s ? -1 : 1) * std::numeric_limits<double>::infinity();
  double frac = double(man) / (1 << manBits);
  double v = exp == 0 ? std::ldexp(frac, 1 - bias)
                      : std::ldexp(1.0 + frac, exp - bias);
  return s ? -v : v;
}

double decodeFP8E4M3FN(uint8_t bits) {
  return decodeSmallFloat(bits, 3, 7, Specials::E4M3FN);
}
double decodeFP8E5M2(uint8_t bits) {
  return decodeSmallFloat(bits, 2, 15, Specials::IEEE);
}
double decodeFP8E4M3FNUZ(uint8_t bits) {
  return decodeSmallFloat(bits, 3, 8, Specials::FNUZ);
}
double decodeFP8E5M2FNUZ(uint8_t bits) {
  return decodeSmallFloat(bits, 2, 16, Specials::FNUZ);
}

/// RNE of |v| onto a small float format with `manBits` mantissa bits,
/// exponent bias `bias` and largest finite value `maxFinite`. Returns the
/// code of the magnitude (exponent << manBits | mantissa); `overflow` is set
/// when the rounded magnitude exceeds maxFinite.
static uint32_t encodeSmallFloat(double a, int manBits, int bias,
                                 double maxFinite, bool &overflow) {
  overflow = false;
  if (a == 0.0)
    return 0;
  int minNormalExp = 1 - bias;
  int exp;
  std::frexp(a, &exp);
  int unbiased = exp - 1;
  if (unbiased < minNormalExp)
    unbiased = minNormalExp; // subnormal: fixed quantum
  double q = std::ldexp(a, manBits - unbiased);
  double r = std::nearbyint(q); // RNE
  double value = std::ldexp(r, unbiased - manBits);
  if (value > maxFinite) {
    overflow = true;
    return 0;
  }
  if (r >= std::ldexp(1.0, manBits + 1)) { // rounded up to next binade
    r /= 2;
    ++unbiased;
  }
  if (r < std::ldexp(1.0, manBits)) // subnormal
    return uint32_t(r);
  return uint32_t((unbiased + bias) << manBits) |
         (uint32_t(r) - (1u << manBits));
}

uint8_t encodeFP4(double v) {
  if (std::isnan(v))
    return 0x7;
  uint8_t sign = std::signbit(v) ? 0x8 : 0;
  bool overflow;
  uint32_t code = encodeSmallFloat(std::fabs(v), 1, 1, 6.0, overflow);
  return sign | uint8_t(overflow ? 0x7 : code);
}

namespace {
/// An OCP FP8 format: mantissa bits, bias, largest finite value, and the
/// codes of its largest finite value and of overflow (NaN or infinity).
struct FP8Format {
  int manBits, bias;
  double maxFinite;
  uint8_t maxCode, overflowCode;
};
constexpr FP8Format kE4M3FN{3, 7, 448.0, 0x7E, 0x7F};
constexpr FP8Format kE5M2{2, 15, 57344.0, 0x7B, 0x7C};
} // namespace

static uint8_t encodeFP8(double v, bool saturate, const FP8Format &f) {
  if (std::isnan(v))
    return 0x7F;
  uint8_t sign = std::signbit(v) ? 0x80 : 0;
  bool overflow;
  uint32_t code =
      encodeSmallFloat(std::fabs(v), f.manBits, f.bias, f.maxFinite, overflow);
  if (overflow)
    return sign | (saturate ? f.maxCode : f.overflowCode);
  return sign | uint8_t(code);
}

uint8_t encodeFP8E4M3FN(double v, bool saturate) {
  return encodeFP8(v, saturate, kE4M3FN);
}

uint8_t encodeFP8E5M2(double v, bool saturate) {
  return encodeFP8(v, saturate, kE5M2);
}

/// FNUZ: one NaN code (0x80), which is also what overflow gives unsaturated;
/// zero has no sign.
static uint8_t encodeFnuz(double v, bool saturate, int manBits, int bias,
                          double maxFinite) {
  if (std::isnan(v))
    return 0x80;
  bool overflow;
  uint32_t code =
      encodeSmallFloat(std::fabs(v), manBits, bias, maxFinite, overflow);
  if (overflow)
    return saturate ? uint8_t((std::signbit(v) ? 0x80 : 0) | 0x7F) : 0x80;
  return code == 0 ? 0 : uint8_t((std::signbit(v) ? 0x80 : 0) | code);
}

uint8_t encodeFP8E4M3FNUZ(double v, bool saturate) {
  return encodeFnuz(v, saturate, 3, 8, 240.0);
}
uint8_t encodeFP8E5M2FNUZ(double v, bool saturate) {
  return encodeFnuz(v, saturate, 2, 16, 57344.0);
}

float bitsToF32(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

uint32_t f32ToBits(float v) {
  uint32_t b;
  std::memcpy(&b, &v, 4);
  return b;
}

float bf16ToF32(uint16_t bits) { return bitsToF32(uint32_t(bits) << 16); }

uint16_t f32ToBF16(float v) {
  uint32_t b = f32ToBits(v);
  if (std::isnan(v))
    return 0x7FC0;
  uint32_t lsb = (b >> 16) & 1;
  b += 0x7FFF + lsb;
  return uint16_t(b >> 16);
}

double f16ToDouble(uint16_t bits) {
  int s = bits >> 15, exp = (bits >> 10) & 0x1F, man = bits & 0x3FF;
  double v;
  if (exp == 0x1F)
    v = man ? std::numeric_limits<double>::quiet_NaN()
            : std::numeric_limits<double>::infinity();
  else if (exp == 0)
    v = std::ldexp(man / 1024.0, -14);
  else
    v = std::ldexp(1.0 + man / 1024.0, exp - 15);
  return s ? -v : v;
}

uint16_t doubleToF16(double v) {
  if (std::isnan(v))
    return 0x7E00;
  uint16_t sign = std::signbit(v) ? 0x8000 : 0;
  double a = std::fabs(v);
  if (a == 0.0)
    return sign;
  // Work in units of the smallest subnormal (2^-24): q = a * 2^24.
  int exp;
  std::frexp(a, &exp); // a = f * 2^exp, f in [0.5, 1)
  int unbiased = exp - 1;
  if (unbiased < -14) {
    // Subnormal range: quantum 2^-24.
    double q = std::ldexp(a, 24);
    double r = std::nearbyint(q); // default rounding mode is RNE
    return sign | uint16_t(r);    // r == 1024 rolls into the smallest normal
  }
  // Normal: 10 fraction bits, quantum 2^(unbiased-10).
  double q = std::ldexp(a, 10 - unbiased);
  double r = std::nearbyint(q); // in [1024, 2048]
  if (r == 2048.0) {
    r = 1024.0;
    ++unbiased;
  }
  if (unbiased > 15)
    return sign | 0x7C00;
  return sign | uint16_t((unbiased + 15) << 10) | uint16_t(int(r) - 1024);
}

} // namespace mxmoe::fmt
