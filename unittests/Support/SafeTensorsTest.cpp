//===- SafeTensorsTest.cpp - .npy, safetensors and GPT-OSS experts --------===//

#include "mxmoe/Support/SafeTensors.h"
#include "mxmoe/Support/GptOssCheckpoint.h"
#include "mxmoe/Support/Npy.h"

#include "../TestSeed.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

using namespace mxmoe;
namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> randomBytes(std::mt19937 &rng, size_t n) {
  std::vector<uint8_t> b(n);
  for (auto &x : b)
    x = uint8_t(rng());
  return b;
}

fs::path freshDir(const std::string &name) {
  fs::path dir = fs::temp_directory_path() /
                 ("mxmoe-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// A small GPT-OSS layer (E experts, model dim D, inter dim I) as two shards
/// plus an index, the way checkpoints are published.
struct SyntheticCheckpoint {
  int64_t e = 3, d = 64, inter = 96;
  int layer = 5;
  std::vector<st::Tensor> gateUp, down;
  fs::path dir;

  SyntheticCheckpoint(std::mt19937 &rng, const std::string &name) {
    dir = freshDir(name);
    auto t = [&](const char *suffix, st::DType dtype,
                 std::vector<int64_t> shape) {
      int64_t n = 1;
      for (int64_t s : shape)
        n *= s;
      return st::Tensor{gptOssExpertTensor(layer, suffix), dtype, shape,
                        randomBytes(rng, n * st::elementBytes(dtype))};
    };
    gateUp = {
        t("gate_up_proj_blocks", st::DType::U8, {e, 2 * inter, d / 32, 16}),
        t("gate_up_proj_scales", st::DType::U8, {e, 2 * inter, d / 32}),
        t("gate_up_proj_bias", st::DType::BF16, {e, 2 * inter})};
    down = {t("down_proj_blocks", st::DType::U8, {e, d, inter / 32, 16}),
            t("down_proj_scales", st::DType::U8, {e, d, inter / 32}),
            t("down_proj_bias", st::DType::BF16, {e, d})};
  }
  void write() const {
    std::string error;
    ASSERT_TRUE(st::write((dir / "model-00001-of-00002.safetensors").string(),
                          gateUp, error))
        << error;
    ASSERT_TRUE(st::write((dir / "model-00002-of-00002.safetensors").string(),
                          down, error))
        << error;
    std::ofstream index(dir / "model.safetensors.index.json");
    index << "{\"metadata\": {\"total_size\": 0}, \"weight_map\": {";
    bool first = true;
    for (auto [tensors, file] :
         {std::pair{&gateUp, "model-00001-of-00002.safetensors"},
          std::pair{&down, "model-00002-of-00002.safetensors"}})
      for (const st::Tensor &t : *tensors) {
        index << (first ? "" : ", ") << "\"" << t.name << "\": \"" << file
              << "\"";
        first = false;
      }
    index << "}}";
  }
};

TEST(Npy, RoundTripAndErrors) {
  npy::Array a;
  a.type = npy::DType::F32;
  a.shape = {3, 5};
  a.bytes.resize(60);
  for (size_t i = 0; i < a.bytes.size(); ++i)
    a.bytes[i] = uint8_t(i * 7);
  std::string error;
  auto back = npy::parse(npy::serialize(a), "a.npy", error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->shape, a.shape);
  EXPECT_EQ(back->bytes, a.bytes);
  std::vector<uint8_t> file = npy::serialize(a);
  file.pop_back();
  EXPECT_FALSE(npy::parse(file, "cut.npy", error));
  EXPECT_NE(error.find("cut.npy: holds 59 data bytes"), std::string::npos)
      << error;
  file[0] = 'X';
  EXPECT_FALSE(npy::parse(file, "bad.npy", error));
  EXPECT_NE(error.find("bad magic"), std::string::npos) << error;
  // Extents whose product overflows are refused, not multiplied.
  npy::Array huge;
  huge.shape = {int64_t(1) << 30, int64_t(1) << 30, int64_t(1) << 30};
  EXPECT_FALSE(npy::parse(npy::serialize(huge), "huge.npy", error));
  EXPECT_NE(error.find("huge.npy: shape ("), std::string::npos) << error;
  EXPECT_NE(error.find("is too large"), std::string::npos) << error;
}

TEST(SafeTensors, GptOssExpertsFromTwoShards) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  SyntheticCheckpoint ck(rng, "st-shards");
  ck.write();
  std::string error;
  auto checkpoint = st::Checkpoint::open(ck.dir.string(), error);
  ASSERT_TRUE(checkpoint) << error;
  GptOssLayerExperts experts;
  ASSERT_TRUE(loadGptOssExperts(*checkpoint, ck.layer, experts, error))
      << error;
  EXPECT_EQ(experts.experts, ck.e);
  EXPECT_EQ(experts.modelDim, ck.d);
  EXPECT_EQ(experts.interDim, ck.inter);
  EXPECT_EQ(experts.w13, ck.gateUp[0].bytes);
  EXPECT_EQ(experts.w13Scales, ck.gateUp[1].bytes);
  EXPECT_EQ(experts.w2, ck.down[0].bytes);
  EXPECT_EQ(experts.w2Scales, ck.down[1].bytes);
  // bf16 biases widen exactly: the f32's high half is the bf16.
  ASSERT_EQ(experts.b13.size(), size_t(ck.e * 2 * ck.inter));
  for (size_t i = 0; i < experts.b13.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &experts.b13[i], 4);
    ASSERT_EQ(bits & 0xFFFF, 0u);
    ASSERT_EQ(bits >> 16, uint32_t(ck.gateUp[2].bytes[2 * i] |
                                   ck.gateUp[2].bytes[2 * i + 1] << 8));
  }
  // The kernels' arrangement takes them as they are.
  fmt::KernelExperts kernel;
  EXPECT_FALSE(fmt::convertCheckpointExperts(
      experts.view(), fmt::GateUpArrangement::Interleaved,
      fmt::WeightLayout::Preshuffle16x16, fmt::ScaleLayout::E8M0Shuffle,
      kernel));
  EXPECT_EQ(kernel.w13.size(), experts.w13.size());
  fs::remove_all(ck.dir);
}

/// Each broken checkpoint gives one line naming the tensor or file.
TEST(SafeTensors, BrokenCheckpointsGiveOneLine) {
  std::mt19937 rng(7);
  auto expectError = [](SyntheticCheckpoint &ck, const std::string &want) {
    std::string error;
    auto checkpoint = st::Checkpoint::open(ck.dir.string(), error);
    GptOssLayerExperts experts;
    bool ok =
        checkpoint && loadGptOssExperts(*checkpoint, ck.layer, experts, error);
    EXPECT_FALSE(ok);
    EXPECT_NE(error.find(want), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    fs::remove_all(ck.dir);
  };
  {
    SyntheticCheckpoint ck(rng, "st-missing");
    ck.down.pop_back(); // no down_proj_bias, and the index omits it
    ck.write();
    expectError(ck, "no tensor 'model.layers.5.mlp.experts.down_proj_bias'");
  }
  {
    SyntheticCheckpoint ck(rng, "st-dtype");
    ck.gateUp[2].dtype = st::DType::F16;
    ck.write();
    expectError(ck, "'model.layers.5.mlp.experts.gate_up_proj_bias' is F16, "
                    "expected BF16");
  }
  {
    SyntheticCheckpoint ck(rng, "st-shape");
    ck.down[1].shape = {ck.e, ck.d, ck.inter / 32 * 3};
    ck.down[1].bytes.resize(ck.e * ck.d * ck.inter / 32 * 3);
    ck.write();
    expectError(ck, "down_proj_scales' has shape [3, 64, 9], expected "
                    "[3, 64, 3]");
  }
  {
    SyntheticCheckpoint ck(rng, "st-truncated");
    ck.write();
    fs::path shard = ck.dir / "model-00002-of-00002.safetensors";
    fs::resize_file(shard, fs::file_size(shard) - 10);
    expectError(ck, "(truncated?)");
  }
  {
    SyntheticCheckpoint ck(rng, "st-noshard");
    ck.write();
    fs::remove(ck.dir / "model-00001-of-00002.safetensors");
    expectError(ck, "model-00001-of-00002.safetensors: cannot open");
  }
  {
    SyntheticCheckpoint ck(rng, "st-header");
    ck.write();
    std::fstream f(ck.dir / "model-00002-of-00002.safetensors",
                   std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(9);
    f.put('!');
    f.close();
    expectError(ck, "malformed safetensors header");
  }
  {
    fs::path dir = freshDir("st-huge");
    std::string error;
    int64_t big = int64_t(1) << 30;
    ASSERT_TRUE(st::write((dir / "model.safetensors").string(),
                          {{"t", st::DType::U8, {big, big, big}, {}}}, error))
        << error;
    EXPECT_FALSE(st::Checkpoint::open(dir.string(), error));
    EXPECT_NE(error.find("tensor 't': shape [1073741824, 1073741824, "
                         "1073741824] is too large"),
              std::string::npos)
        << error;
    fs::remove_all(dir);
  }
  {
    SyntheticCheckpoint ck(rng, "st-layer");
    ck.write();
    ck.layer = 6;
    expectError(ck, "is layer 6 a GPT-OSS MoE layer?");
  }
}

} // namespace
