//===- PipelineKernelTest.cpp - our own kernels, executed
//------------------===//
//
// Kernels compiled by mxmoe's pipeline (moe-compile --emit=llvm) run in the
// emulator against host references:
// * moe.fp4_unpack, hw strategy (gfx950 cvt) and sw strategy (gfx942 v_perm),
//   for all 16 codes x 256 scale bytes x 4 byte positions, bf16/f16/f32:
//   bit-identical to each other and to the exact decode;
// * the example a16w4 and a4w4 tile GEMMs (preshuffled weights, shuffled
//   scales, K = 2880 with its 90 scale blocks) for gfx950, and the a16w4 one
//   for gfx942 too (software unpack, split MFMA).
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"

#include <fstream>
#include <sstream>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

std::string readFile(const std::string &path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char *kUnpackKernel = R"mlir(
gpu.module @m {
  gpu.func @unpack(%x: memref<?xi32, 1>, %s: memref<?xi8, 1>,
                   %obf: memref<?xbf16, 1>, %oh: memref<?xf16, 1>,
                   %of: memref<?xf32, 1>) kernel {
    %c8 = arith.constant 8 : index
    %c64 = arith.constant 64 : index
    %wg = gpu.block_id x
    %l = gpu.thread_id x
    %base = arith.muli %wg, %c64 : index
    %id = arith.addi %base, %l : index
    %w = memref.load %x[%id] : memref<?xi32, 1>
    %sb = memref.load %s[%id] : memref<?xi8, 1>
    %sc = arith.bitcast %sb : i8 to f8E8M0FNU
    %wv = vector.broadcast %w : i32 to vector<1xi32>
    %v = vector.bitcast %wv : vector<1xi32> to vector<8xf4E2M1FN>
    %o = arith.muli %id, %c8 : index
    %a = moe.fp4_unpack %v, %sc : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
    vector.store %a, %obf[%o] : memref<?xbf16, 1>, vector<8xbf16>
    %b = moe.fp4_unpack %v, %sc : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xf16>
    vector.store %b, %oh[%o] : memref<?xf16, 1>, vector<8xf16>
    %c = moe.fp4_unpack %v, %sc : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xf32>
    vector.store %c, %of[%o] : memref<?xf32, 1>, vector<8xf32>
    gpu.return
  }
}
)mlir";

struct UnpackOutputs {
  std::vector<uint16_t> bf16, f16;
  std::vector<uint32_t> f32;
};

/// 256 scales x 8 words: two base words holding all 16 codes, rotated so
/// every code sits in every byte position.
UnpackOutputs runUnpack(Module &module, std::vector<uint32_t> &words,
                        std::vector<uint8_t> &scales) {
  const int lanes = 256 * 8;
  words.resize(lanes);
  scales.resize(lanes);
  for (int i = 0; i < lanes; ++i) {
    uint32_t base = (i % 2) ? 0xFEDCBA98u : 0x76543210u;
    int rot = 8 * ((i / 2) % 4);
    words[i] = rot ? (base << rot) | (base >> (32 - rot)) : base;
    scales[i] = uint8_t(i / 8);
  }
  std::vector<Buffer> buffers = {
      {"x", toBytes(words)},
      {"s", scales},
      {"bf16", std::vector<uint8_t>(lanes * 16, 0xAB)},
      {"f16", std::vector<uint8_t>(lanes * 16, 0xAB)},
      {"f32", std::vector<uint8_t>(lanes * 32, 0xAB)}};
  std::vector<KernelArg> args;
  addMemref(args, 0, lanes);
  addMemref(args, 1, lanes);
  addMemref(args, 2, lanes * 8);
  addMemref(args, 3, lanes * 8);
  addMemref(args, 4, lanes * 8);
  LaunchConfig config;
  config.grid = {lanes / 64, 1, 1};
  Report report;
  std::string error;
  EXPECT_TRUE(module.launch("unpack", config, args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  return {fromBytes<uint16_t>(buffers[2].bytes),
          fromBytes<uint16_t>(buffers[3].bytes),
          fromBytes<uint32_t>(buffers[4].bytes)};
}

} // namespace

TEST(PipelineKernel, Fp4UnpackHardwareAndSoftwareBitIdentical) {
  auto hw = compileAndLoad(kUnpackKernel, "gfx950");
  auto sw = compileAndLoad(kUnpackKernel, "gfx942");
  auto sw950 = compileAndLoad(kUnpackKernel, "gfx950", "sw");
  ASSERT_TRUE(hw && sw && sw950);
  std::vector<uint32_t> words;
  std::vector<uint8_t> scales;
  UnpackOutputs h = runUnpack(*hw, words, scales);
  UnpackOutputs s = runUnpack(*sw, words, scales);
  UnpackOutputs s2 = runUnpack(*sw950, words, scales);
  for (size_t lane = 0; lane < words.size(); ++lane)
    for (int e = 0; e < 8; ++e) {
      size_t i = lane * 8 + e;
      uint8_t code = uint8_t((words[lane] >> (4 * e)) & 0xF);
      uint8_t scale = scales[lane];
      SCOPED_TRACE("code " + std::to_string(code) + " scale " +
                   std::to_string(scale) + " nibble " + std::to_string(e));
      ASSERT_EQ(h.bf16[i], fmt::fp4ScaledToBF16(code, scale));
      ASSERT_EQ(s.bf16[i], h.bf16[i]);
      ASSERT_EQ(s2.bf16[i], h.bf16[i]);
      ASSERT_EQ(h.f16[i], fmt::fp4ScaledToF16(code, scale));
      ASSERT_EQ(s.f16[i], h.f16[i]);
      ASSERT_EQ(h.f32[i], fmt::fp4ScaledToF32(code, scale));
      ASSERT_EQ(s.f32[i], h.f32[i]);
    }
}

namespace {

struct TileData {
  static constexpr int kN = 32, kT = 16, kK = 2880, kKB = kK / 32;
  std::vector<uint8_t> w, ws, wPacked, wsPacked; // row-major and packed
  std::vector<double> ref;                       // out[n][t]
};

/// Weights and scales of the example tiles, with distinct per-block scales.
void makeWeights(TileData &d, std::mt19937 &rng) {
  d.w.resize(TileData::kN * TileData::kK / 2);
  d.ws.resize(TileData::kN * TileData::kKB);
  for (auto &b : d.w)
    b = uint8_t(rng());
  for (auto &s : d.ws)
    s = uint8_t(118 + rng() % 16);
  ASSERT_FALSE(fmt::packWeights(fmt::WeightLayout::Preshuffle16x16, d.w,
                                TileData::kN, TileData::kK, d.wPacked));
  ASSERT_FALSE(fmt::packScales(fmt::ScaleLayout::E8M0Shuffle, d.ws,
                               TileData::kN, TileData::kK, d.wsPacked));
}

double weight(const TileData &d, int n, int k) {
  return fmt::decodeFP4(fmt::fp4Nibble(&d.w[n * TileData::kK / 2], k)) *
         fmt::decodeE8M0(d.ws[n * TileData::kKB + k / 32]);
}

void checkTile(Module &module, const std::string &kernel, const TileData &d,
               std::vector<Buffer> buffers, std::vector<KernelArg> args,
               int outBuffer, double tolerance) {
  LaunchConfig config;
  config.grid = {TileData::kN / 16, 1, 1};
  Report report;
  std::string error;
  ASSERT_TRUE(module.launch(kernel, config, args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(countPoison(buffers[outBuffer].bytes), 0u);
  auto out = fromBytes<float>(buffers[outBuffer].bytes);
  EXPECT_LT(relativeError(out, d.ref), tolerance);
  EXPECT_EQ(report.counters.workgroupsWithOutput, uint64_t(TileData::kN / 16));
  // Each weight byte is read exactly once (and each scale byte once).
  EXPECT_EQ(report.counters.globalBytesRead[0], d.w.size());
}

} // namespace

TEST(PipelineKernel, A16W4TileGfx950AndGfx942) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  TileData d;
  makeWeights(d, rng);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<uint16_t> x(TileData::kT * TileData::kK);
  for (auto &v : x)
    v = fmt::f32ToBF16(dist(rng));
  d.ref.assign(TileData::kN * TileData::kT, 0.0);
  for (int n = 0; n < TileData::kN; ++n)
    for (int t = 0; t < TileData::kT; ++t)
      for (int k = 0; k < TileData::kK; ++k)
        d.ref[n * TileData::kT + t] +=
            weight(d, n, k) * fmt::bf16ToF32(x[t * TileData::kK + k]);

  std::string src =
      readFile(std::string(MXMOE_SOURCE_DIR) + "/examples/a16w4_tile.mlir");
  for (const char *chip : {"gfx950", "gfx942"}) {
    SCOPED_TRACE(chip);
    auto module = compileAndLoad(src, chip);
    ASSERT_TRUE(module);
    std::vector<Buffer> buffers = {{"w", d.wPacked},
                                   {"ws", d.wsPacked},
                                   {"x", toBytes(x)},
                                   {"out", poisonF32(d.ref.size())}};
    std::vector<KernelArg> args;
    addMemref(args, 0, d.wPacked.size());
    addMemref(args, 1, d.wsPacked.size());
    addMemref(args, 2, x.size());
    addMemref(args, 3, d.ref.size());
    checkTile(*module, "a16w4_tile", d, buffers, args, 3, 1e-5);
  }
}

TEST(PipelineKernel, A4W4TileGfx950) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  TileData d;
  makeWeights(d, rng);
  std::vector<uint8_t> x(TileData::kT * TileData::kK / 2),
      xs(TileData::kT * TileData::kKB);
  for (auto &b : x)
    b = uint8_t(rng());
  for (auto &s : xs)
    s = uint8_t(120 + rng() % 12);
  d.ref.assign(TileData::kN * TileData::kT, 0.0);
  for (int n = 0; n < TileData::kN; ++n)
    for (int t = 0; t < TileData::kT; ++t)
      for (int k = 0; k < TileData::kK; ++k)
        d.ref[n * TileData::kT + t] +=
            weight(d, n, k) *
            fmt::decodeFP4(fmt::fp4Nibble(&x[t * TileData::kK / 2], k)) *
            fmt::decodeE8M0(xs[t * TileData::kKB + k / 32]);
  std::string src =
      readFile(std::string(MXMOE_SOURCE_DIR) + "/examples/a4w4_tile.mlir");
  auto module = compileAndLoad(src, "gfx950");
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"w", d.wPacked},
                                 {"ws", d.wsPacked},
                                 {"x", x},
                                 {"xs", xs},
                                 {"out", poisonF32(d.ref.size())}};
  std::vector<KernelArg> args;
  addMemref(args, 0, d.wPacked.size());
  addMemref(args, 1, d.wsPacked.size());
  addMemref(args, 2, x.size());
  addMemref(args, 3, xs.size());
  addMemref(args, 4, d.ref.size());
  checkTile(*module, "a4w4_tile", d, buffers, args, 4, 1e-6);
}
