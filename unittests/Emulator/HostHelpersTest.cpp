//===- HostHelpersTest.cpp - the emulator's bf16/f16 conversion helpers ---===//
//
// The helpers the JIT-compiled kernels call for bf16/f16 conversions (the
// portable host CPU has no AVX512-BF16 or F16C) against an independent
// computation: every finite value of the small format, in order, as a table
// of doubles, and the nearest entry (ties to the even code) by search.
// Extensions are checked for every one of the 65536 inputs; truncations for
// every representable value, every midpoint between neighbours and the
// floats/doubles next to them, plus random inputs.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"

#include "mxmoe/Emulator/HostHelpers.h"

#include <algorithm>
#include <cmath>
#include <set>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

/// A binary format with `man` fraction bits and `exp` exponent bits.
struct Format {
  int man, exp;
  const char *name;
};
constexpr Format kBF16 = {7, 8, "bf16"}, kF16 = {10, 5, "f16"};

/// The value of non-negative finite code `c` computed from the definition
/// (fraction times a power of two), not by bit moves.
double valueOf(const Format &f, uint32_t c) {
  int bias = (1 << (f.exp - 1)) - 1;
  uint32_t e = c >> f.man, m = c & ((1u << f.man) - 1);
  if (e == 0)
    return std::ldexp(double(m), 1 - bias - f.man);
  return std::ldexp(double((1u << f.man) + m), int(e) - bias - f.man);
}

/// Every non-negative finite value in code order, then infinity's code with
/// the value 2^(emax+1) (where rounding to nearest even reaches infinity).
std::vector<std::pair<double, uint16_t>> table(const Format &f) {
  std::vector<std::pair<double, uint16_t>> t;
  uint32_t inf = ((1u << f.exp) - 1) << f.man;
  for (uint32_t c = 0; c < inf; ++c)
    t.push_back({valueOf(f, c), uint16_t(c)});
  int bias = (1 << (f.exp - 1)) - 1;
  t.push_back({std::ldexp(1.0, bias + 1), uint16_t(inf)});
  return t;
}

/// The reference rounding of a finite (or infinite) double.
uint16_t nearest(const Format &f,
                 const std::vector<std::pair<double, uint16_t>> &t, double v) {
  uint16_t sign = std::signbit(v) ? uint16_t(1u << (f.man + f.exp)) : 0;
  double a = std::fabs(v);
  if (a >= t.back().first)
    return sign | t.back().second;
  auto hi = std::lower_bound(t.begin(), t.end(), a,
                             [](const std::pair<double, uint16_t> &e,
                                double x) { return e.first < x; });
  if (hi->first == a)
    return sign | hi->second;
  auto lo = hi - 1;
  double dl = a - lo->first, dh = hi->first - a; // exact: same binade
  if (dl < dh || (dl == dh && (lo->second & 1) == 0))
    return sign | lo->second;
  return sign | hi->second;
}

bool isNaNCode(const Format &f, uint16_t c) {
  uint32_t inf = ((1u << f.exp) - 1) << f.man;
  return (c & inf) == inf && (c & ((1u << f.man) - 1));
}

/// Inputs around every value of the format: the values, the midpoints to
/// their neighbours and the f32/f64 numbers adjacent to each, both signs.
std::vector<double>
edgeInputs(const std::vector<std::pair<double, uint16_t>> &t) {
  std::vector<double> in;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    double v = t[i].first, mid = (t[i].first + t[i + 1].first) / 2;
    for (double x : {v, mid}) {
      in.push_back(x);
      in.push_back(std::nextafter(x, 0.0));
      in.push_back(std::nextafter(x, INFINITY));
      float xf = float(x);
      in.push_back(std::nextafter(xf, 0.0f));
      in.push_back(std::nextafter(xf, INFINITY));
    }
  }
  in.push_back(t.back().first);
  in.push_back(INFINITY);
  in.push_back(1e300);
  in.push_back(1e-300);
  in.push_back(4.9e-324); // a double subnormal
  size_t n = in.size();
  for (size_t i = 0; i < n; ++i)
    in.push_back(-in[i]);
  return in;
}

void checkTruncation(const Format &f, uint16_t (*fromF32)(float),
                     uint16_t (*fromF64)(double)) {
  SCOPED_TRACE(f.name);
  auto t = table(f);
  size_t failures = 0;
  auto check = [&](double v, bool asFloat) {
    uint16_t got = asFloat ? fromF32(float(v)) : fromF64(v);
    uint16_t want = nearest(f, t, asFloat ? double(float(v)) : v);
    if (got != want && failures++ < 10)
      ADD_FAILURE() << (asFloat ? "f32 " : "f64 ") << std::hexfloat << v
                    << std::defaultfloat << ": got 0x" << std::hex << got
                    << ", want 0x" << want;
  };
  for (double v : edgeInputs(t)) {
    check(v, false);
    check(v, true);
  }
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 2000000; ++i) {
    uint64_t bits = rng();
    float x;
    uint32_t b32 = uint32_t(bits);
    std::memcpy(&x, &b32, 4);
    if (!std::isnan(x))
      check(x, true);
    double d;
    std::memcpy(&d, &bits, 8);
    if (!std::isnan(d))
      check(d, false);
    // Doubles near the format's range, where rounding is interesting.
    double near = std::ldexp(double(bits >> 11) / double(1ull << 53),
                             int(bits % 80) - 40);
    check(near, false);
    check(near, true);
  }
  EXPECT_EQ(failures, 0u);

  // NaN in, NaN out, sign kept, quiet.
  for (uint32_t payload : {0x400000u, 0x000001u, 0x7FFFFFu, 0x200000u})
    for (uint32_t sign : {0u, 0x80000000u}) {
      uint32_t b = sign | 0x7F800000u | payload;
      float x;
      std::memcpy(&x, &b, 4);
      uint16_t r = fromF32(x);
      EXPECT_TRUE(isNaNCode(f, r)) << std::hex << b << " -> " << r;
      EXPECT_EQ(r >> (f.man + f.exp), sign >> 31);
      EXPECT_TRUE(r & (1u << (f.man - 1))) << "quiet bit";
      uint16_t rd = fromF64(double(x));
      EXPECT_TRUE(isNaNCode(f, rd));
      EXPECT_EQ(rd >> (f.man + f.exp), sign >> 31);
    }
}

} // namespace

TEST(HostHelpers, ExtendF16AndBF16Exhaustive) {
  for (uint32_t c = 0; c < 65536; ++c) {
    uint16_t h = uint16_t(c);
    float f16 = extendF16ToF32(h), bf16 = extendBF16ToF32(h);
    for (auto [f, got] :
         {std::make_pair(kF16, f16), std::make_pair(kBF16, bf16)}) {
      uint32_t magnitude = c & 0x7FFF;
      bool negative = c & 0x8000;
      uint32_t inf = ((1u << f.exp) - 1) << f.man;
      if (magnitude > inf) {
        EXPECT_TRUE(std::isnan(got)) << f.name << " " << c;
        EXPECT_EQ(std::signbit(got), negative);
        // The payload's top bits survive.
        uint32_t bits;
        std::memcpy(&bits, &got, 4);
        EXPECT_EQ((bits >> (23 - f.man)) & ((1u << f.man) - 1),
                  magnitude & ((1u << f.man) - 1));
        continue;
      }
      double want = magnitude == inf ? INFINITY : valueOf(f, magnitude);
      if (negative)
        want = -want;
      ASSERT_EQ(double(got), want) << f.name << " code " << c;
      ASSERT_EQ(std::signbit(got), negative) << f.name << " code " << c;
    }
  }
}

TEST(HostHelpers, TruncateToBF16RoundsToNearestEven) {
  checkTruncation(kBF16, truncF32ToBF16, truncF64ToBF16);
}

TEST(HostHelpers, TruncateToF16RoundsToNearestEven) {
  checkTruncation(kF16, truncF32ToF16, truncF64ToF16);
}

TEST(HostHelpers, TableEntriesFollowTheHostCallingConvention) {
  // The 16-bit value travels in the low bits of xmm0 (LLVM's x86-64 libcall
  // convention for half and bfloat), __gnu_* in integer registers.
  auto sfbf =
      reinterpret_cast<float (*)(float)>(findHostHelper("__truncsfbf2"));
  auto dfbf =
      reinterpret_cast<float (*)(double)>(findHostHelper("__truncdfbf2"));
  auto sfhf =
      reinterpret_cast<float (*)(float)>(findHostHelper("__truncsfhf2"));
  auto dfhf =
      reinterpret_cast<float (*)(double)>(findHostHelper("__truncdfhf2"));
  auto hfsf =
      reinterpret_cast<float (*)(float)>(findHostHelper("__extendhfsf2"));
  auto h2f =
      reinterpret_cast<float (*)(uint16_t)>(findHostHelper("__gnu_h2f_ieee"));
  auto f2h =
      reinterpret_cast<uint16_t (*)(float)>(findHostHelper("__gnu_f2h_ieee"));
  ASSERT_TRUE(sfbf && dfbf && sfhf && dfhf && hfsf && h2f && f2h);
  auto low = [](float f) {
    uint32_t b;
    std::memcpy(&b, &f, 4);
    return uint16_t(b);
  };
  auto inLow = [](uint16_t h) {
    uint32_t b = h;
    float f;
    std::memcpy(&f, &b, 4);
    return f;
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> dist(-70000, 70000);
  for (int i = 0; i < 10000; ++i) {
    double d = dist(rng) * std::ldexp(1.0, int(rng() % 40) - 30);
    float x = float(d);
    EXPECT_EQ(low(sfbf(x)), truncF32ToBF16(x));
    EXPECT_EQ(low(dfbf(d)), truncF64ToBF16(d));
    EXPECT_EQ(low(sfhf(x)), truncF32ToF16(x));
    EXPECT_EQ(low(dfhf(d)), truncF64ToF16(d));
    EXPECT_EQ(f2h(x), truncF32ToF16(x));
    uint16_t h = uint16_t(rng());
    if (!std::isnan(extendF16ToF32(h))) {
      EXPECT_EQ(hfsf(inLow(h)), extendF16ToF32(h));
      EXPECT_EQ(h2f(h), extendF16ToF32(h));
    }
  }
  // Every helper has an address; names are unique.
  std::set<std::string> names;
  for (const HostHelper &h : hostHelpers()) {
    EXPECT_TRUE(h.address) << h.name;
    EXPECT_TRUE(names.insert(h.name).second) << h.name;
  }
}
