//===- QuantizeKernelTest.cpp - moe.quantize_mx against the host rule -----===//
//
// The activation quantizer (the a8w4 / a4w4 layer input) in the emulator:
// its code and scale bytes must equal mxmoe::ref::quantizeMX bit for bit, for
// MXFP8 and MXFP4, floor and ceil scales, bf16 and f32 input, over blocks of
// very different magnitudes, all-zero blocks, values that saturate, ties and
// f32 subnormals. Bytes past the last row stay untouched.
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/MXFormats.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/MXQuant.h"

#include <cmath>
#include <cstring>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

/// Values block by block: a random exponent per block (2^-140 .. 2^60),
/// some blocks all zero, some with exact element values and ties.
std::vector<float> blockValues(std::mt19937 &rng, int64_t rows, int64_t cols) {
  std::vector<float> v(rows * cols);
  std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
  for (int64_t b = 0; b < rows * cols / 32; ++b) {
    float *block = &v[b * 32];
    int kind = int(rng() % 8);
    int exponent = int(rng() % 200) - 140;
    for (int i = 0; i < 32; ++i) {
      if (kind == 0)
        block[i] = 0.0f;
      else if (kind == 1) // multiples of 0.25: element values and RNE ties
        block[i] = std::ldexp(float(int(rng() % 57) - 28) / 4, exponent % 8);
      else
        block[i] = std::ldexp(unit(rng), exponent);
    }
  }
  return v;
}

void runQuantize(const QuantizeConfig &cfg, int64_t tokens, unsigned seed,
                 int64_t &checkedBytes) {
  std::mt19937 rng(seed);
  const int64_t cols = cfg.cols;
  std::vector<float> values = blockValues(rng, tokens, cols);
  std::vector<uint8_t> input;
  if (cfg.input == ElementType::BF16) {
    std::vector<uint16_t> bits(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
      bits[i] = fmt::f32ToBF16(values[i]);
      values[i] = fmt::bf16ToF32(bits[i]);
    }
    input = toBytes(bits);
  } else {
    input = toBytes(values);
  }
  const bool fp4 = cfg.format == OutputFormat::MXFP4;
  std::vector<uint8_t> codes, scales;
  ref::quantizeMX(values.data(), tokens, cols,
                  fp4 ? ref::MXElement::FP4 : ref::MXElement::FP8E4M3,
                  cfg.scaleRounding == ScaleRounding::Ceil
                      ? ref::ScaleRounding::Ceil
                      : ref::ScaleRounding::Floor,
                  codes, scales);

  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  // One poisoned spare row after each output.
  int64_t rowBytes = fp4 ? cols / 2 : cols, rowScales = cols / 32;
  LaunchArgs launch;
  launch.add("x", input, tokens * cols);
  launch.args.push_back(KernelArg::i32(int32_t(tokens)));
  int c =
      launch.add("codes", std::vector<uint8_t>((tokens + 1) * rowBytes, 0xA5),
                 (tokens + 1) * rowBytes);
  int s =
      launch.add("scales", std::vector<uint8_t>((tokens + 1) * rowScales, 0xA5),
                 (tokens + 1) * rowScales);
  LaunchConfig config;
  config.grid = {uint32_t(cfg.grid().workgroups(tokens)[0]), 1, 1};
  config.block = {uint32_t(kQuantizeBlock), 1, 1};
  ASSERT_NO_FATAL_FAILURE(
      launchClean(*module, cfg.kernelName(), config, launch));
  const std::vector<uint8_t> &gotCodes = launch.buffers[c].bytes;
  const std::vector<uint8_t> &gotScales = launch.buffers[s].bytes;
  int64_t codeDiffs = 0, scaleDiffs = 0, spareWritten = 0;
  for (int64_t i = 0; i < tokens * rowBytes; ++i)
    codeDiffs += gotCodes[i] != codes[i];
  for (int64_t i = 0; i < tokens * rowScales; ++i)
    scaleDiffs += gotScales[i] != scales[i];
  for (int64_t i = tokens * rowBytes; i < (tokens + 1) * rowBytes; ++i)
    spareWritten += gotCodes[i] != 0xA5;
  for (int64_t i = tokens * rowScales; i < (tokens + 1) * rowScales; ++i)
    spareWritten += gotScales[i] != 0xA5;
  EXPECT_EQ(codeDiffs, 0);
  EXPECT_EQ(scaleDiffs, 0);
  EXPECT_EQ(spareWritten, 0);
  checkedBytes += tokens * (rowBytes + rowScales);
}

} // namespace

TEST(QuantizeKernel, BitIdenticalToReference) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  const int64_t tokens[] = {1, 5, 64};
  const int64_t cols[] = {2880, 352, 64};
  int64_t checked = 0;
  int index = 0;
  for (const char *format : {"mxfp8", "mxfp4"})
    for (const char *input : {"bf16", "f32"})
      for (const char *rounding : {"floor", "ceil"}) {
        QuantizeConfig cfg;
        cfg.format = *parseEnum<OutputFormat>(format);
        cfg.input = *parseEnum<ElementType>(input);
        cfg.scaleRounding = *parseEnum<ScaleRounding>(rounding);
        cfg.cols = cols[index % 3];
        int64_t t = tokens[(index + 1) % 3];
        ++index;
        SCOPED_TRACE(std::string(format) + " " + input + " " + rounding +
                     " T=" + std::to_string(t) +
                     " cols=" + std::to_string(cfg.cols));
        runQuantize(cfg, t, seed + index, checked);
      }
  std::printf("quantize_mx: %lld code and scale bytes compared\n",
              (long long)checked);
}
