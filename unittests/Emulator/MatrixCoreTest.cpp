//===- MatrixCoreTest.cpp - MFMA / scaled MFMA layouts pinned -------------===//
//
// Hand-written IR calls each MFMA intrinsic with per-lane registers built from
// logical matrices by the documented layouts (research/verification.md §3a),
// here written independently of the emulator. One-hot A columns (every K
// index) against distinct B rows expose any K or lane permutation; distinct
// per-(row, block) scales and op_sel bytes expose scale-lane mistakes.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"
#include "mxmoe/Format/MFMALayouts.h"

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

std::string mfmaKernel(const std::string &intrinsic, const std::string &opTy,
                       const std::string &accTy, const std::string &extra) {
  return std::string(kTriple) + "declare " + accTy + " @" + intrinsic + "(" +
         opTy + ", " + opTy + ", " + accTy + extra +
         ")\n"
         "declare i32 @llvm.amdgcn.workitem.id.x()\n"
         "define amdgpu_kernel void @k(ptr addrspace(1) %a, ptr addrspace(1) "
         "%b, ptr addrspace(1) %c, ptr addrspace(1) %d) {\n"
         "  %l = call i32 @llvm.amdgcn.workitem.id.x()\n"
         "  %pa = getelementptr " +
         opTy +
         ", ptr addrspace(1) %a, i32 %l\n"
         "  %va = load " +
         opTy +
         ", ptr addrspace(1) %pa\n"
         "  %pb = getelementptr " +
         opTy +
         ", ptr addrspace(1) %b, i32 %l\n"
         "  %vb = load " +
         opTy +
         ", ptr addrspace(1) %pb\n"
         "  %pc = getelementptr " +
         accTy +
         ", ptr addrspace(1) %c, i32 %l\n"
         "  %vc = load " +
         accTy + ", ptr addrspace(1) %pc\n";
}

std::string mfmaKernelTail(const std::string &accTy) {
  return "  %pd = getelementptr " + accTy +
         ", ptr addrspace(1) %d, i32 %l\n"
         "  store " +
         accTy +
         " %r, ptr addrspace(1) %pd\n"
         "  ret void\n}\n";
}

/// Position of `slot` in a wave's registers laid out lane by lane,
/// `perLane` elements each.
int slotIndex(fmt::LaneSlot slot, int perLane) {
  return slot.lane * perLane + slot.index;
}

struct MfmaShape {
  const char *intrinsic;
  int m, k, kPerLane;
  bool f16;     // else bf16
  bool i16Bits; // operands typed <4 x i16> (old bf16_1k form)
};

uint16_t toHalfBits(double v, bool f16) {
  return f16 ? fmt::doubleToF16(v) : fmt::f32ToBF16(float(v));
}

} // namespace

TEST(MatrixCore, MfmaLayoutsOneHotEveryK) {
  const MfmaShape shapes[] = {
      {"llvm.amdgcn.mfma.f32.16x16x32.bf16", 16, 32, 8, false, false},
      {"llvm.amdgcn.mfma.f32.32x32x16.bf16", 32, 16, 8, false, false},
      {"llvm.amdgcn.mfma.f32.16x16x16bf16.1k", 16, 16, 4, false, true},
      {"llvm.amdgcn.mfma.f32.32x32x8bf16.1k", 32, 8, 4, false, true},
      {"llvm.amdgcn.mfma.f32.16x16x32.f16", 16, 32, 8, true, false},
      {"llvm.amdgcn.mfma.f32.32x32x16.f16", 32, 16, 8, true, false},
      {"llvm.amdgcn.mfma.f32.16x16x16f16", 16, 16, 4, true, false},
      {"llvm.amdgcn.mfma.f32.32x32x8f16", 32, 8, 4, true, false},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (const MfmaShape &s : shapes) {
    SCOPED_TRACE(s.intrinsic);
    int m = s.m, k = s.k, e = s.kPerLane, regs = m * m / 64;
    std::string elem = s.i16Bits ? "i16" : s.f16 ? "half" : "bfloat";
    std::string opTy = "<" + std::to_string(e) + " x " + elem + ">";
    std::string accTy = "<" + std::to_string(regs) + " x float>";
    std::string ir = mfmaKernel(s.intrinsic, opTy, accTy, ", i32, i32, i32") +
                     "  %r = call " + accTy + " @" + s.intrinsic + "(" + opTy +
                     " %va, " + opTy + " %vb, " + accTy +
                     " %vc, i32 0, i32 0, i32 0)\n" + mfmaKernelTail(accTy);
    std::string error;
    auto module = Module::loadFromString(ir, error);
    ASSERT_TRUE(module) << error;

    // B: distinct small integers (exact in bf16/f16); C: distinct too.
    std::vector<double> bLogical(k * m), cLogical(m * m);
    for (auto &x : bLogical)
      x = double(int(rng() % 15) - 7);
    for (auto &x : cLogical)
      x = double(int(rng() % 201) - 100);
    for (int kk = 0; kk < k; ++kk) {
      std::vector<uint16_t> a(64 * e, 0), b(64 * e);
      std::vector<float> c(64 * regs);
      for (int i = 0; i < m; ++i) // one-hot column kk of A, A[i][kk] = i + 1
        a[slotIndex(fmt::mfmaOperandSlot(m, e, i, kk), e)] =
            toHalfBits(i + 1, s.f16);
      for (int q = 0; q < k; ++q)
        for (int j = 0; j < m; ++j)
          b[slotIndex(fmt::mfmaOperandSlot(m, e, j, q), e)] =
              toHalfBits(bLogical[q * m + j], s.f16);
      for (int i = 0; i < m; ++i)
        for (int j = 0; j < m; ++j) {
          auto [lane, reg] = fmt::mfmaAccumulatorSlot(m, i, j);
          c[lane * regs + reg] = float(cLogical[i * m + j]);
        }
      std::vector<Buffer> buffers = {{"a", toBytes(a)},
                                     {"b", toBytes(b)},
                                     {"c", toBytes(c)},
                                     {"d", poisonF32(64 * regs)}};
      Report report;
      LaunchConfig config;
      ASSERT_TRUE(module->launch("k", config,
                                 {KernelArg::buf(0), KernelArg::buf(1),
                                  KernelArg::buf(2), KernelArg::buf(3)},
                                 buffers, report, error))
          << error;
      ASSERT_TRUE(report.ok()) << describe(report, buffers);
      auto d = fromBytes<float>(buffers[3].bytes);
      for (int i = 0; i < m; ++i)
        for (int j = 0; j < m; ++j) {
          auto [lane, reg] = fmt::mfmaAccumulatorSlot(m, i, j);
          double want = cLogical[i * m + j] + (i + 1) * bLogical[kk * m + j];
          ASSERT_EQ(d[lane * regs + reg], float(want))
              << "k " << kk << " i " << i << " j " << j;
        }
    }
  }
}

namespace {

struct ScaledCase {
  int m;          // 16 or 32
  int fmtA, fmtB; // 0 fp8, 1 bf8, 4 fp4
};

int regsFor(int fmt) { return fmt == 4 ? 4 : 8; }

uint8_t encodeSmall(double v, int fmt) {
  return fmt == 4   ? fmt::encodeFP4(v)
         : fmt == 0 ? fmt::encodeFP8E4M3FN(v, false)
                    : fmt::encodeFP8E5M2(v, false);
}

void setElem(std::vector<uint8_t> &regs, int bytesPerLane, int m, int fmt,
             int row, int k, double v) {
  uint8_t &b = regs[slotIndex(fmt::scaledMfmaOperandSlot(m, fmt == 4, row, k),
                              bytesPerLane)];
  uint8_t code = encodeSmall(v, fmt);
  if (fmt == 4)
    b = (k % 2 == 0) ? uint8_t((b & 0xF0) | code)
                     : uint8_t((b & 0x0F) | (code << 4));
  else
    b = code;
}

std::string scaledKernel(int m, int fmtA, int fmtB, int selA, int selB,
                         bool constantZeroScales) {
  int k = m == 16 ? 128 : 64, regs = m * m / 64;
  std::string shape = m == 16 ? "16x16x128" : "32x32x64";
  std::string ta = "<" + std::to_string(regsFor(fmtA)) + " x i32>";
  std::string tb = "<" + std::to_string(regsFor(fmtB)) + " x i32>";
  std::string acc = "<" + std::to_string(regs) + " x float>";
  std::string name = "llvm.amdgcn.mfma.scale.f32." + shape + ".f8f6f4.v" +
                     std::to_string(regsFor(fmtA)) + "i32.v" +
                     std::to_string(regsFor(fmtB)) + "i32";
  (void)k;
  std::string ir =
      std::string(kTriple) + "declare " + acc + " @" + name + "(" + ta + ", " +
      tb + ", " + acc +
      ", i32, i32, i32, i32, i32, i32)\n"
      "declare i32 @llvm.amdgcn.workitem.id.x()\n"
      "define amdgpu_kernel void @k(ptr addrspace(1) %a, ptr addrspace(1) %b, "
      "ptr addrspace(1) %c, ptr addrspace(1) %d, ptr addrspace(1) %sa, ptr "
      "addrspace(1) %sb) {\n"
      "  %l = call i32 @llvm.amdgcn.workitem.id.x()\n"
      "  %pa = getelementptr " +
      ta +
      ", ptr addrspace(1) %a, i32 %l\n"
      "  %va = load " +
      ta +
      ", ptr addrspace(1) %pa\n"
      "  %pb = getelementptr " +
      tb +
      ", ptr addrspace(1) %b, i32 %l\n"
      "  %vb = load " +
      tb +
      ", ptr addrspace(1) %pb\n"
      "  %pc = getelementptr " +
      acc +
      ", ptr addrspace(1) %c, i32 %l\n"
      "  %vc = load " +
      acc +
      ", ptr addrspace(1) %pc\n"
      "  %psa = getelementptr i32, ptr addrspace(1) %sa, i32 %l\n"
      "  %vsa = load i32, ptr addrspace(1) %psa\n"
      "  %psb = getelementptr i32, ptr addrspace(1) %sb, i32 %l\n"
      "  %vsb = load i32, ptr addrspace(1) %psb\n";
  std::string scaleA = constantZeroScales ? "i32 0" : "i32 %vsa";
  std::string scaleB = constantZeroScales ? "i32 0" : "i32 %vsb";
  ir += "  %r = call " + acc + " @" + name + "(" + ta + " %va, " + tb +
        " %vb, " + acc + " %vc, i32 " + std::to_string(fmtA) + ", i32 " +
        std::to_string(fmtB) + ", i32 " + std::to_string(selA) + ", " + scaleA +
        ", i32 " + std::to_string(selB) + ", " + scaleB + ")\n";
  ir += "  %pd = getelementptr " + acc +
        ", ptr addrspace(1) %d, i32 %l\n"
        "  store " +
        acc + " %r, ptr addrspace(1) %pd\n  ret void\n}\n";
  return ir;
}

/// Runs one scaled MFMA: A has a single nonzero column kk (or all columns
/// when kk < 0), B dense; scales per (row, block) are `sA`/`sB` (in byte
/// `sel` of each lane's word, other bytes hold decoys).
void runScaled(Module &module, const ScaledCase &c, int kk,
               const std::vector<double> &aLogical,
               const std::vector<double> &bLogical, const std::vector<int> &sA,
               const std::vector<int> &sB, int selA, int selB, bool unscaled,
               std::mt19937 &rng) {
  int m = c.m, k = m == 16 ? 128 : 64, regs = m * m / 64, blocks = k / 32;
  int bytesA = 4 * regsFor(c.fmtA), bytesB = 4 * regsFor(c.fmtB);
  std::vector<uint8_t> a(64 * bytesA, 0), b(64 * bytesB, 0);
  for (int i = 0; i < m; ++i)
    for (int q = 0; q < k; ++q)
      if (kk < 0 || q == kk)
        setElem(a, bytesA, m, c.fmtA, i, q, aLogical[i * k + q]);
  for (int j = 0; j < m; ++j)
    for (int q = 0; q < k; ++q)
      setElem(b, bytesB, m, c.fmtB, j, q, bLogical[j * k + q]);
  // Scale words: lane i + m*kb holds the scale of row i, block kb in byte
  // `sel`; the other bytes are decoys.
  std::vector<uint32_t> wa(64), wb(64);
  for (int l = 0; l < 64; ++l) {
    wa[l] = wb[l] = 0;
    for (int byte = 0; byte < 4; ++byte) {
      wa[l] |= uint32_t(100 + rng() % 50) << (8 * byte);
      wb[l] |= uint32_t(100 + rng() % 50) << (8 * byte);
    }
  }
  for (int i = 0; i < m; ++i)
    for (int kb = 0; kb < blocks; ++kb) {
      int l = i + m * kb;
      wa[l] = (wa[l] & ~(0xFFu << (8 * selA))) |
              (uint32_t(sA[i * blocks + kb]) << (8 * selA));
      wb[l] = (wb[l] & ~(0xFFu << (8 * selB))) |
              (uint32_t(sB[i * blocks + kb]) << (8 * selB));
    }
  std::vector<float> cReg(64 * regs);
  std::vector<double> cLogical(m * m);
  for (int i = 0; i < m; ++i)
    for (int j = 0; j < m; ++j) {
      cLogical[i * m + j] = double(int(rng() % 17) - 8);
      auto [lane, reg] = fmt::mfmaAccumulatorSlot(m, i, j);
      cReg[lane * regs + reg] = float(cLogical[i * m + j]);
    }
  std::vector<Buffer> buffers = {{"a", a},
                                 {"b", b},
                                 {"c", toBytes(cReg)},
                                 {"d", poisonF32(64 * regs)},
                                 {"sa", toBytes(wa)},
                                 {"sb", toBytes(wb)}};
  Report report;
  std::string error;
  LaunchConfig config;
  ASSERT_TRUE(
      module.launch("k", config,
                    {KernelArg::buf(0), KernelArg::buf(1), KernelArg::buf(2),
                     KernelArg::buf(3), KernelArg::buf(4), KernelArg::buf(5)},
                    buffers, report, error))
      << error;
  ASSERT_TRUE(report.ok()) << describe(report, buffers);
  auto d = fromBytes<float>(buffers[3].bytes);
  for (int i = 0; i < m; ++i)
    for (int j = 0; j < m; ++j) {
      double want = cLogical[i * m + j];
      for (int kb = 0; kb < blocks; ++kb) {
        double dot = 0;
        for (int q = 32 * kb; q < 32 * kb + 32; ++q)
          if (kk < 0 || q == kk)
            dot += aLogical[i * k + q] * bLogical[j * k + q];
        int sa = unscaled ? 127 : sA[i * blocks + kb];
        int sb = unscaled ? 127 : sB[j * blocks + kb];
        if (sa == 255 || sb == 255)
          want = NAN;
        else
          want += std::ldexp(dot, sa + sb - 254);
      }
      auto [lane, reg] = fmt::mfmaAccumulatorSlot(m, i, j);
      float got = d[lane * regs + reg];
      if (std::isnan(want))
        ASSERT_TRUE(std::isnan(got)) << "i " << i << " j " << j;
      else
        ASSERT_EQ(got, float(want)) << "k " << kk << " i " << i << " j " << j;
    }
}

/// Exactly representable values of a format (small, so sums stay exact).
double pick(std::mt19937 &rng, int fmt) {
  static const double fp4[] = {0.5, 1, 1.5, 2, 3, 4, 6};
  static const double fp8[] = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 5};
  double v = fmt == 4 ? fp4[rng() % 7] : fp8[rng() % 9];
  return (rng() & 1) ? -v : v;
}

} // namespace

TEST(MatrixCore, ScaledMfmaOneHotEveryKDistinctScales) {
  const ScaledCase cases[] = {{16, 4, 4}, {16, 0, 4}, {16, 4, 1},
                              {32, 4, 4}, {32, 0, 4}, {32, 1, 0}};
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (const ScaledCase &c : cases) {
    SCOPED_TRACE("m " + std::to_string(c.m) + " fmtA " +
                 std::to_string(c.fmtA) + " fmtB " + std::to_string(c.fmtB));
    int m = c.m, k = m == 16 ? 128 : 64, blocks = k / 32;
    int selA = 2, selB = 1;
    std::string error;
    auto module = Module::loadFromString(
        scaledKernel(m, c.fmtA, c.fmtB, selA, selB, false), error);
    ASSERT_TRUE(module) << error;
    std::vector<double> aLogical(m * k), bLogical(m * k);
    for (auto &x : aLogical)
      x = pick(rng, c.fmtA);
    for (auto &x : bLogical)
      x = pick(rng, c.fmtB);
    std::vector<int> sA(m * blocks), sB(m * blocks);
    for (auto &x : sA)
      x = int(120 + rng() % 15);
    for (auto &x : sB)
      x = int(120 + rng() % 15);
    for (int kk = 0; kk < k; ++kk)
      runScaled(*module, c, kk, aLogical, bLogical, sA, sB, selA, selB, false,
                rng);
    // Runtime scale bytes 0 (2^-127, not zero) and 255 (NaN).
    sA[0] = 0;
    sB[blocks * 3 + 1] = 255;
    runScaled(*module, c, -1, aLogical, bLogical, sA, sB, selA, selB, false,
              rng);
  }
}

TEST(MatrixCore, ConstantZeroScaleIsUnscaled) {
  // llc selects the unscaled instruction for constant-zero scales; the
  // emulator mirrors that (research/verification.md §3a, scale-0 trap).
  std::mt19937 rng(testSeed());
  ScaledCase c{16, 4, 4};
  std::string error;
  auto module =
      Module::loadFromString(scaledKernel(16, 4, 4, 0, 0, true), error);
  ASSERT_TRUE(module) << error;
  std::vector<double> a(16 * 128), b(16 * 128);
  for (auto &x : a)
    x = pick(rng, 4);
  for (auto &x : b)
    x = pick(rng, 4);
  std::vector<int> s(16 * 4, 0);
  runScaled(*module, c, -1, a, b, s, s, 0, 0, /*unscaled=*/true, rng);
}
