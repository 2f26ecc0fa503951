//===- TritonFixtureTest.cpp - the emulator on Triton-compiled kernels ----===//
//
// Validation against code nobody here wrote: two gfx950 kernels compiled by
// Triton 3.6's AMD backend (tools/triton-fixtures/make_fixtures.py), their
// LLVM IR committed under test/Emulator/Inputs/triton. They exercise Triton's
// own LDS staging, barriers, ds_read_b64_tr_b16 and both MFMA families.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

static std::string fixture(const char *name) {
  return std::string(MXMOE_SOURCE_DIR) + "/test/Emulator/Inputs/triton/" + name;
}

TEST(TritonFixture, Bf16DotWithTails) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> dist(-2.0f, 2.0f);
  const int M = 45, N = 40, K = 70; // tails in every dimension
  std::vector<uint16_t> a(M * K), b(K * N);
  for (auto &x : a)
    x = fmt::f32ToBF16(dist(rng));
  for (auto &x : b)
    x = fmt::f32ToBF16(dist(rng));
  std::vector<double> ref(M * N, 0.0);
  for (int m = 0; m < M; ++m)
    for (int n = 0; n < N; ++n)
      for (int k = 0; k < K; ++k)
        ref[m * N + n] += double(fmt::bf16ToF32(a[m * K + k])) *
                          fmt::bf16ToF32(b[k * N + n]);

  std::string error;
  auto module = Module::load(fixture("triton_bf16_dot.ll"), error);
  ASSERT_TRUE(module) << error;
  EXPECT_EQ(module->chip(), "gfx950");
  std::vector<Buffer> buffers = {{"a", toBytes(a)},
                                 {"b", toBytes(b)},
                                 {"c", poisonF32(M * N)},
                                 {"scratch0", {}},
                                 {"scratch1", {}}};
  std::vector<KernelArg> args = {
      KernelArg::buf(0),    KernelArg::buf(1),    KernelArg::buf(2),
      KernelArg::i32(M),    KernelArg::i32(N),    KernelArg::i32(K),
      KernelArg::buf(3),    KernelArg::buf(4)};
  LaunchConfig config;
  config.grid = {2, 2, 1};      // ceil(45/32) x ceil(40/32)
  config.block = {256, 1, 1};   // num_warps = 4
  config.dynamicLdsBytes = 4096; // Triton's "shared"
  Report report;
  ASSERT_TRUE(module->launch("bf16_dot", config, args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(countPoison(buffers[2].bytes), 0u) << "unwritten outputs";
  auto c = fromBytes<float>(buffers[2].bytes);
  EXPECT_LT(relativeError(c, ref), 1e-6);
  EXPECT_EQ(report.counters.mfma["llvm.amdgcn.mfma.f32.32x32x16.bf16"],
            4u * 4 * 3 * 2); // 4 workgroups x 4 waves x 3 K steps x 2
  EXPECT_EQ(report.counters.workgroupsWithOutput, 4u);
}

TEST(TritonFixture, Mxfp4DotScaledDistinctScales) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int BM = 32, BN = 32, K = 256, KB = K / 32;
  std::vector<uint8_t> a(BM * K / 2), b(BN * K / 2), sa(BM * KB), sb(BN * KB);
  for (auto &x : a)
    x = uint8_t(rng());
  for (auto &x : b)
    x = uint8_t(rng());
  // Distinct per-(row, block) scales: a wrong scale lane shows up at once.
  for (auto &x : sa)
    x = uint8_t(118 + rng() % 16);
  for (auto &x : sb)
    x = uint8_t(118 + rng() % 16);
  std::vector<double> ref(BM * BN, 0.0);
  for (int m = 0; m < BM; ++m)
    for (int n = 0; n < BN; ++n)
      for (int k = 0; k < K; ++k)
        ref[m * BN + n] +=
            fmt::decodeFP4(fmt::fp4Nibble(&a[m * K / 2], k)) *
            fmt::decodeE8M0(sa[m * KB + k / 32]) *
            fmt::decodeFP4(fmt::fp4Nibble(&b[n * K / 2], k)) *
            fmt::decodeE8M0(sb[n * KB + k / 32]);

  std::string error;
  auto module = Module::load(fixture("triton_mxfp4_dot_scaled.ll"), error);
  ASSERT_TRUE(module) << error;
  std::vector<Buffer> buffers = {{"a", a},  {"as", sa}, {"b", b},
                                 {"bs", sb}, {"c", poisonF32(BM * BN)},
                                 {"scratch0", {}}, {"scratch1", {}}};
  std::vector<KernelArg> args = {KernelArg::buf(0), KernelArg::buf(1),
                                 KernelArg::buf(2), KernelArg::buf(3),
                                 KernelArg::buf(4), KernelArg::i32(K),
                                 KernelArg::buf(5), KernelArg::buf(6)};
  LaunchConfig config;
  config.block = {256, 1, 1};
  config.dynamicLdsBytes = 4096;
  Report report;
  ASSERT_TRUE(module->launch("mxfp4_dot_scaled", config, args, buffers, report,
                             error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(countPoison(buffers[4].bytes), 0u);
  auto c = fromBytes<float>(buffers[4].bytes);
  EXPECT_LT(relativeError(c, ref), 1e-6);
  EXPECT_GT(report.counters.mfma["llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32"], 0u);
}
