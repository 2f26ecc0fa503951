//===- EmulatorTestUtil.h - helpers for emulator tests ---------*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_EMULATOR_EMULATORTESTUTIL_H
#define MXMOE_UNITTESTS_EMULATOR_EMULATORTESTUTIL_H

#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Format/MXFormats.h"

#include "../TestSeed.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <sstream>

namespace mxmoe::test {

/// Header of hand-written kernels.
inline constexpr const char *kTriple =
    "target triple = \"amdgcn-amd-amdhsa\"\n";

template <typename T> std::vector<uint8_t> toBytes(const std::vector<T> &v) {
  std::vector<uint8_t> b(v.size() * sizeof(T));
  if (!b.empty()) // memcpy's pointers may not be null, even for 0 bytes
    std::memcpy(b.data(), v.data(), b.size());
  return b;
}

template <typename T> std::vector<T> fromBytes(const std::vector<uint8_t> &b) {
  std::vector<T> v(b.size() / sizeof(T));
  if (!v.empty())
    std::memcpy(v.data(), b.data(), v.size() * sizeof(T));
  return v;
}

/// ||out - ref|| / ||ref||.
inline double relativeError(const std::vector<float> &out,
                            const std::vector<double> &ref) {
  double num = 0, den = 0;
  for (size_t i = 0; i < ref.size(); ++i) {
    double d = double(out[i]) - ref[i];
    num += d * d;
    den += ref[i] * ref[i];
  }
  return std::sqrt(num / (den > 0 ? den : 1));
}

/// A float pattern no kernel computes: outputs are poisoned with it before a
/// run so unwritten elements are caught.
inline constexpr uint32_t kPoisonBits = 0x7FBADBAD; // a NaN

inline std::vector<uint8_t> poisonF32(size_t n) {
  std::vector<uint32_t> v(n, kPoisonBits);
  return toBytes(v);
}

inline size_t countPoison(const std::vector<uint8_t> &bytes) {
  auto v = fromBytes<uint32_t>(bytes);
  size_t n = 0;
  for (uint32_t x : v)
    n += x == kPoisonBits;
  return n;
}

inline std::string describe(const emu::Report &report,
                            const std::vector<emu::Buffer> &buffers) {
  std::ostringstream os;
  report.print(os, buffers);
  return os.str();
}

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_EMULATOR_EMULATORTESTUTIL_H
