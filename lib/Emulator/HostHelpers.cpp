//===- HostHelpers.cpp - library calls of the JIT-compiled kernels --------===//
//
// The x86-64 calling convention LLVM uses for the half/bfloat helpers passes
// and returns the 16-bit value in the low bits of xmm0 (as GCC's _Float16 and
// __bf16), so the wrappers below take and return `float` and move the bits
// in and out of it; the __gnu_* pair uses integer registers.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Emulator/HostHelpers.h"

#include <cmath>
#include <cstring>

namespace mxmoe::emu {
namespace {

uint64_t bitsOf(double v) {
  uint64_t b;
  std::memcpy(&b, &v, 8);
  return b;
}
uint32_t bitsOf(float v) {
  uint32_t b;
  std::memcpy(&b, &v, 4);
  return b;
}
float floatOf(uint32_t b) {
  float v;
  std::memcpy(&v, &b, 4);
  return v;
}

/// Rounds the finite, nonzero-or-zero double `v` (given by its bits) onto a
/// binary format with `man` fraction bits and `exp` exponent bits: round to
/// nearest, ties to even; overflow gives infinity; subnormals kept.
uint16_t roundFinite(uint64_t b, int man, int exp) {
  uint16_t sign = uint16_t((b >> 63) << (man + exp));
  int e = int((b >> 52) & 0x7FF);
  uint64_t frac = b & ((uint64_t(1) << 52) - 1);
  if (e == 0)    // zero or a double subnormal: far below half the target's
    return sign; // smallest subnormal
  int bias = (1 << (exp - 1)) - 1;
  int target = e - 1023 + bias; // biased target exponent if normal
  uint64_t sig = (uint64_t(1) << 52) | frac;
  int shift = 52 - man;
  if (target < 1) {
    shift += 1 - target;
    target = 1;
  }
  if (shift >= 64)
    return sign;
  uint64_t kept = sig >> shift;
  uint64_t rem = sig & ((uint64_t(1) << shift) - 1);
  uint64_t half = uint64_t(1) << (shift - 1);
  if (rem > half || (rem == half && (kept & 1)))
    ++kept;
  // `kept` carries the implicit bit for normals: a carry out of the fraction
  // moves into the exponent (and a subnormal rounding up becomes normal).
  uint64_t r = (uint64_t(target - 1) << man) + kept;
  uint64_t inf = uint64_t((1 << exp) - 1) << man;
  if (r >= inf)
    r = inf;
  return uint16_t(sign | r);
}

/// NaN of the target format from a NaN's sign and fraction bits (`fracBits`
/// wide): quiet, with the top payload bits kept.
uint16_t truncNaN(uint64_t sign, uint64_t frac, int fracBits, int man,
                  int exp) {
  uint64_t r = (sign << (man + exp)) | (uint64_t((1 << exp) - 1) << man) |
               (uint64_t(1) << (man - 1)) | (frac >> (fracBits - man));
  return uint16_t(r);
}

uint16_t truncF32(float v, int man, int exp) {
  uint32_t b = bitsOf(v);
  if ((b & 0x7F800000u) == 0x7F800000u && (b & 0x7FFFFFu))
    return truncNaN(b >> 31, b & 0x7FFFFFu, 23, man, exp);
  if ((b & 0x7FFFFFFFu) == 0x7F800000u) // infinity
    return uint16_t(((b >> 31) << (man + exp)) | (((1u << exp) - 1) << man));
  return roundFinite(bitsOf(double(v)), man, exp); // float -> double is exact
}

uint16_t truncF64(double v, int man, int exp) {
  uint64_t b = bitsOf(v);
  uint64_t frac = b & ((uint64_t(1) << 52) - 1);
  if (((b >> 52) & 0x7FF) == 0x7FF) {
    if (frac)
      return truncNaN(b >> 63, frac, 52, man, exp);
    return uint16_t(((b >> 63) << (man + exp)) |
                    (uint64_t((1 << exp) - 1) << man));
  }
  return roundFinite(b, man, exp);
}

// The wrappers the JIT-compiled code calls ------------------------------------

float lowBits(uint16_t h) { return floatOf(h); }
uint16_t lowBits(float f) { return uint16_t(bitsOf(f)); }

float emuTruncSfBf2(float v) { return lowBits(truncF32ToBF16(v)); }
float emuTruncDfBf2(double v) { return lowBits(truncF64ToBF16(v)); }
float emuTruncSfHf2(float v) { return lowBits(truncF32ToF16(v)); }
float emuTruncDfHf2(double v) { return lowBits(truncF64ToF16(v)); }
float emuExtendHfSf2(float h) { return extendF16ToF32(lowBits(h)); }
double emuExtendHfDf2(float h) { return extendF16ToF32(lowBits(h)); }
float emuExtendBfSf2(float h) { return extendBF16ToF32(lowBits(h)); }
float emuGnuH2F(uint16_t h) { return extendF16ToF32(h); }
uint16_t emuGnuF2H(float v) { return truncF32ToF16(v); }

void *emuMemcpy(void *d, const void *s, size_t n) {
  return std::memcpy(d, s, n);
}
void *emuMemmove(void *d, const void *s, size_t n) {
  return std::memmove(d, s, n);
}
void *emuMemset(void *d, int c, size_t n) { return std::memset(d, c, n); }
void emuBzero(void *d, size_t n) { std::memset(d, 0, n); }
int emuMemcmp(const void *a, const void *b, size_t n) {
  return std::memcmp(a, b, n);
}

float emuPowisf2(float a, int b) {
  bool recip = b < 0; // as compiler-rt: repeated squaring in the type
  float rf = 1, xf = a;
  for (unsigned n = recip ? 0u - unsigned(b) : unsigned(b); n; n >>= 1) {
    if (n & 1)
      rf *= xf;
    xf *= xf;
  }
  return recip ? 1 / rf : rf;
}
double emuPowidf2(double a, int b) {
  bool recip = b < 0;
  double r = 1, x = a;
  for (unsigned n = recip ? 0u - unsigned(b) : unsigned(b); n; n >>= 1) {
    if (n & 1)
      r *= x;
    x *= x;
  }
  return recip ? 1 / r : r;
}

__int128 emuDivti3(__int128 a, __int128 b) { return a / b; }
__int128 emuModti3(__int128 a, __int128 b) { return a % b; }
unsigned __int128 emuUdivti3(unsigned __int128 a, unsigned __int128 b) {
  return a / b;
}
unsigned __int128 emuUmodti3(unsigned __int128 a, unsigned __int128 b) {
  return a % b;
}

void emuSincosf(float x, float *s, float *c) {
  *s = std::sin(x);
  *c = std::cos(x);
}
void emuSincos(double x, double *s, double *c) {
  *s = std::sin(x);
  *c = std::cos(x);
}
float emuFrexpf(float x, int *e) { return std::frexp(x, e); }
double emuFrexp(double x, int *e) { return std::frexp(x, e); }
float emuLdexpf(float x, int e) { return std::ldexp(x, e); }
double emuLdexp(double x, int e) { return std::ldexp(x, e); }
float emuModff(float x, float *i) { return std::modf(x, i); }
double emuModf(double x, double *i) { return std::modf(x, i); }
long emuLroundf(float x) { return std::lround(x); }
long emuLround(double x) { return std::lround(x); }
long emuLrintf(float x) { return std::lrint(x); }
long emuLrint(double x) { return std::lrint(x); }
float emuExp10f(float x) { return float(std::pow(10.0, double(x))); }
double emuExp10(double x) { return std::pow(10.0, x); }

// One-argument and two-argument libm functions, float and double.
#define EMU_MATH1(name)                                                        \
  float emu_##name##f(float x) { return std::name(x); }                        \
  double emu_##name(double x) { return std::name(x); }
#define EMU_MATH2(name)                                                        \
  float emu_##name##f(float x, float y) { return std::name(x, y); }            \
  double emu_##name(double x, double y) { return std::name(x, y); }
// clang-format off
#define EMU_MATH1_LIST(X)                                                      \
  X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh) X(cosh) X(tanh)         \
  X(asinh) X(acosh) X(atanh) X(exp) X(exp2) X(expm1) X(log) X(log2) X(log10)  \
  X(log1p) X(cbrt) X(sqrt) X(floor) X(ceil) X(trunc) X(round) X(rint)         \
  X(nearbyint) X(fabs) X(erf) X(erfc) X(tgamma) X(lgamma)
#define EMU_MATH2_LIST(X)                                                      \
  X(atan2) X(pow) X(fmod) X(fmin) X(fmax) X(hypot) X(copysign) X(remainder)
// clang-format on
EMU_MATH1_LIST(EMU_MATH1)
EMU_MATH2_LIST(EMU_MATH2)
float emu_roundevenf(float x) { return std::nearbyint(x); } // RNE mode
double emu_roundeven(double x) { return std::nearbyint(x); }
float emu_fmaf(float x, float y, float z) { return std::fma(x, y, z); }
double emu_fma(double x, double y, double z) { return std::fma(x, y, z); }

template <typename F> void *addr(F *f) { return reinterpret_cast<void *>(f); }

std::vector<HostHelper> makeTable() {
  std::vector<HostHelper> t = {
      {"__truncsfbf2", addr(emuTruncSfBf2)},
      {"__truncdfbf2", addr(emuTruncDfBf2)},
      {"__truncsfhf2", addr(emuTruncSfHf2)},
      {"__truncdfhf2", addr(emuTruncDfHf2)},
      {"__extendhfsf2", addr(emuExtendHfSf2)},
      {"__extendhfdf2", addr(emuExtendHfDf2)},
      {"__extendbfsf2", addr(emuExtendBfSf2)},
      {"__gnu_h2f_ieee", addr(emuGnuH2F)},
      {"__gnu_f2h_ieee", addr(emuGnuF2H)},
      {"memcpy", addr(emuMemcpy)},
      {"memmove", addr(emuMemmove)},
      {"memset", addr(emuMemset)},
      {"bzero", addr(emuBzero)},
      {"memcmp", addr(emuMemcmp)},
      {"bcmp", addr(emuMemcmp)},
      {"__powisf2", addr(emuPowisf2)},
      {"__powidf2", addr(emuPowidf2)},
      {"__divti3", addr(emuDivti3)},
      {"__modti3", addr(emuModti3)},
      {"__udivti3", addr(emuUdivti3)},
      {"__umodti3", addr(emuUmodti3)},
      {"sincosf", addr(emuSincosf)},
      {"sincos", addr(emuSincos)},
      {"frexpf", addr(emuFrexpf)},
      {"frexp", addr(emuFrexp)},
      {"ldexpf", addr(emuLdexpf)},
      {"ldexp", addr(emuLdexp)},
      {"modff", addr(emuModff)},
      {"modf", addr(emuModf)},
      {"lroundf", addr(emuLroundf)},
      {"lround", addr(emuLround)},
      {"llroundf", addr(emuLroundf)},
      {"llround", addr(emuLround)},
      {"lrintf", addr(emuLrintf)},
      {"lrint", addr(emuLrint)},
      {"llrintf", addr(emuLrintf)},
      {"llrint", addr(emuLrint)},
      {"exp10f", addr(emuExp10f)},
      {"exp10", addr(emuExp10)},
      {"roundevenf", addr(emu_roundevenf)},
      {"roundeven", addr(emu_roundeven)},
      {"fmaf", addr(emu_fmaf)},
      {"fma", addr(emu_fma)},
  };
#define EMU_ENTRY(name)                                                        \
  t.push_back({#name "f", addr(emu_##name##f)});                               \
  t.push_back({#name, addr(emu_##name)});
  EMU_MATH1_LIST(EMU_ENTRY)
  EMU_MATH2_LIST(EMU_ENTRY)
#undef EMU_ENTRY
  return t;
}

} // namespace

uint16_t truncF32ToBF16(float v) {
  // bf16 has f32's exponent range: rounding the low 16 bits to nearest even
  // is the whole conversion for finite values (subnormals included; a carry
  // into the exponent gives the next binade or infinity).
  uint32_t b = bitsOf(v);
  if ((b & 0x7FFFFFFFu) > 0x7F800000u)
    return truncF32(v, 7, 8); // NaN
  return uint16_t((b + 0x7FFFu + ((b >> 16) & 1)) >> 16);
}
uint16_t truncF64ToBF16(double v) { return truncF64(v, 7, 8); }
uint16_t truncF32ToF16(float v) { return truncF32(v, 10, 5); }
uint16_t truncF64ToF16(double v) { return truncF64(v, 10, 5); }

float extendF16ToF32(uint16_t h) {
  uint32_t sign = uint32_t(h >> 15) << 31;
  uint32_t e = (h >> 10) & 0x1F, man = h & 0x3FF;
  if (e == 0x1F) // infinity or NaN: payload kept
    return floatOf(sign | 0x7F800000u | (man << 13));
  if (e == 0) {
    if (man == 0)
      return floatOf(sign);
    // Subnormal: normalize (the f32 exponent range holds every f16 value).
    int shift = 0;
    while (!(man & 0x400)) {
      man <<= 1;
      ++shift;
    }
    return floatOf(sign | (uint32_t(127 - 15 + 1 - shift) << 23) |
                   ((man & 0x3FF) << 13));
  }
  return floatOf(sign | ((e - 15 + 127) << 23) | (man << 13));
}

float extendBF16ToF32(uint16_t bits) { return floatOf(uint32_t(bits) << 16); }

const std::vector<HostHelper> &hostHelpers() {
  static const std::vector<HostHelper> table = makeTable();
  return table;
}

void *findHostHelper(const char *name) {
  for (const HostHelper &h : hostHelpers())
    if (std::strcmp(h.name, name) == 0)
      return h.address;
  return nullptr;
}

} // namespace mxmoe::emu
