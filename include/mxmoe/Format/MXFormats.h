//===- MXFormats.h - FP4 / E8M0 / FP8 / bf16 numerics ----------*- C++ -*-===//
//
// The single definition of the MX number formats used by mxmoe: the host
// reference, the lowering (software FP4 unpack tables) and the emulator all
// call these functions, so the three cannot disagree.
//
// This header has no MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_FORMAT_MXFORMATS_H
#define MXMOE_FORMAT_MXFORMATS_H

#include <cstdint>

namespace mxmoe::fmt {

//===----------------------------------------------------------------------===//
// FP4 E2M1: bit 3 sign, bits 2:0 magnitude code. Two per byte, low nibble is
// the even element.
//===----------------------------------------------------------------------===//

/// Magnitudes of the 8 FP4 codes (bits 2:0).
inline constexpr float kFP4Magnitudes[8] = {0.0f, 0.5f, 1.0f, 1.5f,
                                            2.0f, 3.0f, 4.0f, 6.0f};

/// Exact value of an FP4 code (only the low 4 bits are used). Code 0x8 is -0.
double decodeFP4(uint8_t code);

/// A nonzero FP4 magnitude written as (1 + frac/2) * 2^exp; the lowering's
/// software path builds its tables from this.
struct FP4Parts {
  int exp;  // unbiased exponent in [-1, 2]
  int frac; // 0 or 1
};
FP4Parts fp4Parts(uint8_t magnitudeCode); // requires code in [1, 7]

/// Low nibble of byte `i/2` holds element `i` when `i` is even.
inline uint8_t fp4Nibble(const uint8_t *packed, int64_t i) {
  uint8_t b = packed[i / 2];
  return (i % 2 == 0) ? (b & 0xF) : (b >> 4);
}

//===----------------------------------------------------------------------===//
// E8M0: unsigned biased exponent, value 2^(e-127); 255 is NaN; 0 is 2^-127
// (never zero). "Scale one" is 127.
//===----------------------------------------------------------------------===//

inline constexpr uint8_t kE8M0One = 127;
inline constexpr uint8_t kE8M0NaN = 255;

/// Exact value (NaN for 255).
double decodeE8M0(uint8_t e);

/// The f32 bit pattern of the decoded scale: 2^(e-127) exactly, 0 -> 2^-127
/// (subnormal 0x00400000), 255 -> canonical quiet NaN 0x7FC00000.
uint32_t decodeE8M0ToF32Bits(uint8_t e);

/// The f32 operand v_cvt_scalef32_* expects: only its exponent field is read
/// by the hardware, so the E8M0 byte is placed there.
inline uint32_t e8m0ToCvtScaleBits(uint8_t e) { return uint32_t(e) << 23; }

//===----------------------------------------------------------------------===//
// Scaled FP4 up-conversion (v_cvt_scalef32_pk_{bf16,f16,f32}_fp4 semantics).
// The result is the exact value code * 2^(e-127) rounded to the destination
// (RNE, IEEE subnormals, overflow to infinity); any code with e = 255 gives
// the canonical quiet NaN. For bf16/f32 the rounding never changes the value
// (2 significant bits); f16 can underflow or overflow.
//===----------------------------------------------------------------------===//

uint16_t fp4ScaledToBF16(uint8_t code, uint8_t e);
uint16_t fp4ScaledToF16(uint8_t code, uint8_t e);
uint32_t fp4ScaledToF32(uint8_t code, uint8_t e);

//===----------------------------------------------------------------------===//
// FP8 (OCP, as on gfx950).
//===----------------------------------------------------------------------===//

double decodeFP8E4M3FN(uint8_t bits); // no infinities; 0x7F/0xFF are NaN
double decodeFP8E5M2(uint8_t bits);   // IEEE-like with infinities
/// The FNUZ encodings of gfx942 (biases 8 and 16; 0x80 is NaN; no
/// infinities, no negative zero).
double decodeFP8E4M3FNUZ(uint8_t bits);
double decodeFP8E5M2FNUZ(uint8_t bits);

/// Round-to-nearest-even encoders. FP4 saturates to +-6 (it has no infinity
/// or NaN; NaN encodes as +6). FP8: `saturate` clamps to the largest finite
/// value, otherwise out-of-range values become NaN (E4M3FN) or infinity
/// (E5M2).
uint8_t encodeFP4(double v);
uint8_t encodeFP8E4M3FN(double v, bool saturate);
uint8_t encodeFP8E5M2(double v, bool saturate);
uint8_t encodeFP8E4M3FNUZ(double v, bool saturate);
uint8_t encodeFP8E5M2FNUZ(double v, bool saturate);

//===----------------------------------------------------------------------===//
// bf16 / f16 / f32 bit helpers.
//===----------------------------------------------------------------------===//

float bitsToF32(uint32_t bits);
uint32_t f32ToBits(float v);
float bf16ToF32(uint16_t bits);
/// Round-to-nearest-even; NaN becomes the canonical quiet NaN.
uint16_t f32ToBF16(float v);
double f16ToDouble(uint16_t bits);
/// Exact double -> f16 with RNE, IEEE subnormals, overflow to infinity.
uint16_t doubleToF16(double v);

} // namespace mxmoe::fmt

#endif // MXMOE_FORMAT_MXFORMATS_H
