//===- HostTargetTest.cpp - the emulator on any x86-64 host ---------------===//
//
// The JIT compiles for a fixed baseline CPU (no AVX of any kind) unless told
// otherwise, so these tests force the portable path even on a host with
// AVX512-BF16: bf16/f16 conversions become calls into the emulator's own
// helpers, and the results must match a host reference bit for bit. A load
// that cannot resolve a symbol fails with one line and leaves the process
// able to load and run other modules.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"

#include "mxmoe/Format/MFMALayouts.h"

#include <algorithm>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

/// Each lane converts its float and double to bf16 and f16 (both roundings),
/// adds in bf16 and f16 and widens back; a second kernel rounds f32 MFMA
/// operands to bf16 in the kernel and multiplies them.
const char *kConvertKernels = R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32, i32, i32)

define amdgpu_kernel void @convert(ptr addrspace(1) %xf, ptr addrspace(1) %xd,
                                   ptr addrspace(1) %out16, ptr addrspace(1) %out32) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %g64 = mul i32 %g, 64
  %i = add i32 %g64, %l
  %px = getelementptr float, ptr addrspace(1) %xf, i32 %i
  %x = load float, ptr addrspace(1) %px
  %pd = getelementptr double, ptr addrspace(1) %xd, i32 %i
  %d = load double, ptr addrspace(1) %pd
  %b1 = fptrunc float %x to bfloat
  %b2 = fptrunc double %d to bfloat
  %h1 = fptrunc float %x to half
  %h2 = fptrunc double %d to half
  %sb = fadd bfloat %b1, %b2
  %sh = fadd half %h1, %h2
  %e1 = fpext half %h1 to float
  %e2 = fpext bfloat %b1 to float
  %v0 = insertelement <6 x bfloat> poison, bfloat %b1, i32 0
  %v1 = insertelement <6 x bfloat> %v0, bfloat %b2, i32 1
  %v2 = insertelement <6 x bfloat> %v1, bfloat %sb, i32 2
  %hv0 = insertelement <3 x half> poison, half %h1, i32 0
  %hv1 = insertelement <3 x half> %hv0, half %h2, i32 1
  %hv2 = insertelement <3 x half> %hv1, half %sh, i32 2
  %i6 = mul i32 %i, 6
  %p16 = getelementptr bfloat, ptr addrspace(1) %out16, i32 %i6
  %vb = shufflevector <6 x bfloat> %v2, <6 x bfloat> poison, <3 x i32> <i32 0, i32 1, i32 2>
  store <3 x bfloat> %vb, ptr addrspace(1) %p16
  %p16h = getelementptr half, ptr addrspace(1) %p16, i32 3
  store <3 x half> %hv2, ptr addrspace(1) %p16h
  %i2 = mul i32 %i, 2
  %p32 = getelementptr float, ptr addrspace(1) %out32, i32 %i2
  store float %e1, ptr addrspace(1) %p32
  %p32b = getelementptr float, ptr addrspace(1) %p32, i32 1
  store float %e2, ptr addrspace(1) %p32b
  ret void
}

define amdgpu_kernel void @dot(ptr addrspace(1) %a, ptr addrspace(1) %b,
                               ptr addrspace(1) %c) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %pa = getelementptr <8 x float>, ptr addrspace(1) %a, i32 %l
  %va = load <8 x float>, ptr addrspace(1) %pa
  %pb = getelementptr <8 x float>, ptr addrspace(1) %b, i32 %l
  %vb = load <8 x float>, ptr addrspace(1) %pb
  %ba = fptrunc <8 x float> %va to <8 x bfloat>
  %bb = fptrunc <8 x float> %vb to <8 x bfloat>
  %d = call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %ba, <8 x bfloat> %bb, <4 x float> zeroinitializer, i32 0, i32 0, i32 0)
  %pc = getelementptr <4 x float>, ptr addrspace(1) %c, i32 %l
  store <4 x float> %d, ptr addrspace(1) %pc
  ret void
}
)ll";

std::string module(const char *body) { return std::string(kTriple) + body; }

uint16_t bitsAt(const std::vector<uint8_t> &b, size_t i) {
  uint16_t v;
  std::memcpy(&v, &b[2 * i], 2);
  return v;
}

/// Runs both kernels of kConvertKernels and compares them with the host
/// reference (mxmoe/Format's conversions, f64 sums).
void runConvertKernels(Module &m, unsigned seed) {
  std::mt19937 rng(seed);
  const int groups = 3, n = 64 * groups;
  // Magnitudes in [2^-10, 2^10]: sums of two bf16/f16 values are exact in
  // f64, so one rounding of the f64 sum is the IEEE bf16/f16 addition.
  std::uniform_real_distribution<double> mant(1.0, 2.0);
  auto value = [&] {
    double v = std::ldexp(mant(rng), int(rng() % 21) - 10);
    return rng() % 2 ? -v : v;
  };
  std::vector<float> xf(n);
  std::vector<double> xd(n);
  for (int i = 0; i < n; ++i) {
    xf[i] = float(value());
    xd[i] = value();
  }
  // Some exact ties of bf16 and f16 rounding (x.5 ulp).
  xf[0] = 1.0f + 1.0f / 256;       // bf16 tie, rounds to even (1.0)
  xf[1] = 1.0f + 3.0f / 256;       // bf16 tie, rounds up
  xd[2] = 1.0 + 1.0 / 2048;        // f16 tie
  xd[3] = 1.0 + 1.0 / 256 + 1e-12; // just above a bf16 tie
  std::vector<Buffer> buffers = {{"xf", toBytes(xf)},
                                 {"xd", toBytes(xd)},
                                 {"out16", std::vector<uint8_t>(12 * n, 0xFF)},
                                 {"out32", poisonF32(2 * n)}};
  LaunchConfig config;
  config.grid = {groups, 1, 1};
  Report report;
  std::string error;
  ASSERT_TRUE(m.launch("convert", config,
                       {KernelArg::buf(0), KernelArg::buf(1), KernelArg::buf(2),
                        KernelArg::buf(3)},
                       buffers, report, error))
      << error;
  ASSERT_TRUE(report.ok()) << describe(report, buffers);
  auto out32 = fromBytes<float>(buffers[3].bytes);
  for (int i = 0; i < n; ++i) {
    SCOPED_TRACE("lane " + std::to_string(i));
    uint16_t b1 = fmt::f32ToBF16(xf[i]);
    // f64 -> bf16 in one rounding (not through f32, which can round twice):
    // the nearest of the f32 cut's neighbours, ties to the even code.
    uint16_t b2 = 0;
    double best = INFINITY;
    for (int delta = -1; delta <= 1; ++delta) {
      uint16_t c = uint16_t(fmt::f32ToBF16(float(xd[i])) + delta);
      double err = std::fabs(double(fmt::bf16ToF32(c)) - xd[i]);
      if (err < best || (err == best && (c & 1) == 0)) {
        best = err;
        b2 = c;
      }
    }
    uint16_t h1 = fmt::doubleToF16(xf[i]);
    uint16_t h2 = fmt::doubleToF16(xd[i]);
    // Exact f64 sums; rounding the bf16 sum through f32 is innocuous
    // (24 >= 2 * 8 + 2 bits).
    double sb = double(fmt::bf16ToF32(b1)) + fmt::bf16ToF32(b2);
    double sh = fmt::f16ToDouble(h1) + fmt::f16ToDouble(h2);
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 0), b1);
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 1), b2)
        << std::hexfloat << xd[i];
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 2), fmt::f32ToBF16(float(sb)));
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 3), h1);
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 4), h2);
    EXPECT_EQ(bitsAt(buffers[2].bytes, 6 * i + 5), fmt::doubleToF16(sh));
    EXPECT_EQ(out32[2 * i], float(fmt::f16ToDouble(h1)));
    EXPECT_EQ(out32[2 * i + 1], fmt::bf16ToF32(b1));
  }
  EXPECT_EQ(bitsAt(buffers[2].bytes, 0), 0x3F80); // 1 + 2^-8 ties to 1.0
  EXPECT_EQ(bitsAt(buffers[2].bytes, 6), 0x3F82); // 1 + 3*2^-8 ties up

  // The MFMA on operands the kernel rounded to bf16.
  std::uniform_real_distribution<float> dist(-2.0f, 2.0f);
  std::vector<float> a(64 * 8), b(64 * 8);
  for (auto &v : a)
    v = dist(rng);
  for (auto &v : b)
    v = dist(rng);
  std::vector<Buffer> mb = {
      {"a", toBytes(a)}, {"b", toBytes(b)}, {"c", poisonF32(64 * 4)}};
  LaunchConfig one;
  ASSERT_TRUE(m.launch(
      "dot", one, {KernelArg::buf(0), KernelArg::buf(1), KernelArg::buf(2)}, mb,
      report, error))
      << error;
  ASSERT_TRUE(report.ok()) << describe(report, mb);
  auto c = fromBytes<float>(mb[2].bytes);
  for (int i = 0; i < 16; ++i)
    for (int j = 0; j < 16; ++j) {
      double acc = 0; // products exact in f64, summed in k order
      for (int k = 0; k < 32; ++k) {
        fmt::LaneSlot sa = fmt::mfmaOperandSlot(16, 8, i, k);
        fmt::LaneSlot sb = fmt::mfmaOperandSlot(16, 8, j, k);
        acc +=
            double(fmt::bf16ToF32(fmt::f32ToBF16(a[8 * sa.lane + sa.index]))) *
            fmt::bf16ToF32(fmt::f32ToBF16(b[8 * sb.lane + sb.index]));
      }
      fmt::LaneSlot sc = fmt::mfmaAccumulatorSlot(16, i, j);
      EXPECT_EQ(c[4 * sc.lane + sc.index], float(acc)) << i << "," << j;
    }
}

std::string fixture(const char *name) {
  return std::string(MXMOE_SOURCE_DIR) + "/test/Emulator/Inputs/triton/" + name;
}

} // namespace

TEST(HostTarget, BaselineHasNoAvx512AndCallsOwnHelpers) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::string error;
  LoadOptions baseline; // the default, spelled out: the portable CPU
  baseline.cpu = "";
  auto m = Module::loadFromString(module(kConvertKernels), error, baseline);
  ASSERT_TRUE(m) << error;
  EXPECT_EQ(m->jitTarget().cpu, kBaselineCpu);
  EXPECT_EQ(m->jitTarget().features, "");
  EXPECT_NE(m->jitTarget().triple.find("x86_64"), std::string::npos);
  for (const char *f :
       {"avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512bf16",
        "avx512fp16", "avx512vnni", "avx", "avx2", "f16c", "fma"})
    EXPECT_FALSE(m->jitHasFeature(f)) << f;
  EXPECT_TRUE(m->jitHasFeature("sse2"));
  // The conversions really went through the emulator's helpers.
  const std::vector<std::string> &used = m->hostHelpersUsed();
  for (const char *h : {"__truncsfbf2", "__truncdfbf2", "__truncsfhf2",
                        "__truncdfhf2", "__extendhfsf2"})
    EXPECT_TRUE(std::count(used.begin(), used.end(), h)) << h;
  runConvertKernels(*m, seed);
}

TEST(HostTarget, NativeAndNamedCpusGiveTheSameBits) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::string error;
  LoadOptions native;
  native.cpu = "native";
  auto m = Module::loadFromString(module(kConvertKernels), error, native);
  ASSERT_TRUE(m) << error;
  EXPECT_NE(m->jitTarget().cpu, "");
  runConvertKernels(*m, seed);
  // A named CPU with extra features (whatever this host has: the code is
  // only run if the host could run it).
  LoadOptions named;
  named.cpu = "x86-64-v2";
  named.features = "+popcnt,-avx";
  auto v2 = Module::loadFromString(module(kConvertKernels), error, named);
  ASSERT_TRUE(v2) << error;
  EXPECT_EQ(v2->jitTarget().cpu, "x86-64-v2");
  EXPECT_TRUE(v2->jitHasFeature("sse4.2"));
  EXPECT_FALSE(v2->jitHasFeature("avx"));
  runConvertKernels(*v2, seed);
}

TEST(HostTarget, TritonBf16DotUnderForcedBaseline) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-2.0f, 2.0f);
  const int M = 45, N = 40, K = 70;
  std::vector<uint16_t> a(M * K), b(K * N);
  for (auto &x : a)
    x = fmt::f32ToBF16(dist(rng));
  for (auto &x : b)
    x = fmt::f32ToBF16(dist(rng));
  std::vector<double> ref(M * N, 0.0);
  for (int m = 0; m < M; ++m)
    for (int n = 0; n < N; ++n)
      for (int k = 0; k < K; ++k)
        ref[m * N + n] +=
            double(fmt::bf16ToF32(a[m * K + k])) * fmt::bf16ToF32(b[k * N + n]);
  std::string error;
  LoadOptions baseline;
  auto module = Module::load(fixture("triton_bf16_dot.ll"), error, baseline);
  ASSERT_TRUE(module) << error;
  EXPECT_EQ(module->jitTarget().cpu, kBaselineCpu);
  EXPECT_FALSE(module->jitHasFeature("avx512bf16"));
  EXPECT_FALSE(module->jitHasFeature("avx512f"));
  std::vector<Buffer> buffers = {{"a", toBytes(a)},
                                 {"b", toBytes(b)},
                                 {"c", poisonF32(M * N)},
                                 {"s0", {}},
                                 {"s1", {}}};
  LaunchConfig config;
  config.grid = {2, 2, 1};
  config.block = {256, 1, 1};
  config.dynamicLdsBytes = 4096;
  config.threads = 2;
  Report report;
  ASSERT_TRUE(
      module->launch("bf16_dot", config,
                     {KernelArg::buf(0), KernelArg::buf(1), KernelArg::buf(2),
                      KernelArg::i32(M), KernelArg::i32(N), KernelArg::i32(K),
                      KernelArg::buf(3), KernelArg::buf(4)},
                     buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(countPoison(buffers[2].bytes), 0u);
  EXPECT_LT(relativeError(fromBytes<float>(buffers[2].bytes), ref), 1e-6);
}

TEST(HostTarget, FailedLoadsReportOneLineAndLaterModulesRun) {
  std::string error;
  // fp128 arithmetic needs __addtf3, which the emulator does not provide.
  const char *quad = R"ll(
define amdgpu_kernel void @quad(ptr addrspace(1) %p) {
  %v = load fp128, ptr addrspace(1) %p
  %s = fadd fp128 %v, %v
  store fp128 %s, ptr addrspace(1) %p
  ret void
}
)ll";
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto bad = Module::loadFromString(module(quad), error);
    EXPECT_FALSE(bad);
    EXPECT_NE(error.find("__addtf3"), std::string::npos) << error;
    EXPECT_NE(error.find("cannot JIT kernel quad"), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  // Bad IR, an unknown CPU and an unknown feature: one line each.
  EXPECT_FALSE(Module::loadFromString(module("define void @f( {"), error));
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  LoadOptions unknown;
  unknown.cpu = "no-such-cpu";
  EXPECT_FALSE(Module::loadFromString(module(kConvertKernels), error, unknown));
  EXPECT_EQ(error, "unknown host CPU 'no-such-cpu'");
  unknown.cpu = "x86-64";
  unknown.features = "+no-such-feature";
  EXPECT_FALSE(Module::loadFromString(module(kConvertKernels), error, unknown));
  EXPECT_EQ(error, "unknown host CPU feature 'no-such-feature'");

  // The process is fine: a good module loads and runs.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  auto good = Module::loadFromString(module(kConvertKernels), error);
  ASSERT_TRUE(good) << error;
  runConvertKernels(*good, seed);
}
