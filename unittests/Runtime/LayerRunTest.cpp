//===- LayerRunTest.cpp - moe-compile + moe-run on a GPT-OSS checkpoint ---===//
//
// End to end as a user runs a layer: a small synthetic GPT-OSS checkpoint
// (two safetensors shards plus the index, tensors named and shaped as
// published), `moe-compile --model=gpt-oss-120b` at a reduced shape for each
// precision and ABI, and `moe-run --device emu` on .npy inputs for T in
// {1, 5, 40} (both tiles) with some topk_ids = -1. y is compared with the f64
// reference of docs/semantics.md §1 (for a8w4/a4w4 the reference quantizes x
// and the intermediate the way the kernels do); the two ABIs must give the
// same bytes. Then the bad inputs: each ends in one line and exit code 1.
//
//===----------------------------------------------------------------------===//

#include "Emulator/EmulatorTestUtil.h"
#include "TestSeed.h"

#include "mxmoe-c/MXMoE.h"
#include "mxmoe/Format/MXFormats.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Support/Npy.h"
#include "mxmoe/Support/SafeTensors.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>

using namespace mxmoe;

namespace {

constexpr int64_t kE = 8, kK = 4, kD = 352, kI = 160;
constexpr int kLayer = 3;

std::string tensorName(const char *suffix) {
  return "model.layers." + std::to_string(kLayer) + ".mlp.experts." + suffix;
}

struct Checkpoint {
  ref::MXFP4Matrix w13, w2; // [E*2I, D], [E*D, I], interleaved gate/up rows
  std::vector<float> b13, b2;
  std::vector<uint16_t> b13Bits, b2Bits;
};

std::vector<uint8_t> bytesOf(const std::vector<uint16_t> &v) {
  std::vector<uint8_t> b(v.size() * 2);
  std::memcpy(b.data(), v.data(), b.size());
  return b;
}

/// The six expert tensors of layer kLayer as GPT-OSS names and shapes them:
/// gate_up_proj_{blocks,scales,bias}, then down_proj_{blocks,scales,bias}.
std::vector<st::Tensor> gptOssTensors(const Checkpoint &c) {
  return {{tensorName("gate_up_proj_blocks"),
           st::DType::U8,
           {kE, 2 * kI, kD / 32, 16},
           c.w13.codes},
          {tensorName("gate_up_proj_scales"),
           st::DType::U8,
           {kE, 2 * kI, kD / 32},
           c.w13.scales},
          {tensorName("gate_up_proj_bias"),
           st::DType::BF16,
           {kE, 2 * kI},
           bytesOf(c.b13Bits)},
          {tensorName("down_proj_blocks"),
           st::DType::U8,
           {kE, kD, kI / 32, 16},
           c.w2.codes},
          {tensorName("down_proj_scales"),
           st::DType::U8,
           {kE, kD, kI / 32},
           c.w2.scales},
          {tensorName("down_proj_bias"),
           st::DType::BF16,
           {kE, kD},
           bytesOf(c.b2Bits)}};
}

/// Random experts, written as GPT-OSS publishes them: gate/up in shard 1,
/// down in shard 2, and model.safetensors.index.json.
Checkpoint writeCheckpoint(const std::string &dir, std::mt19937 &rng,
                           const std::string &skip = "",
                           bool truncateShard2 = false) {
  Checkpoint c;
  c.w13.rows = kE * 2 * kI;
  c.w13.k = kD;
  c.w2.rows = kE * kD;
  c.w2.k = kI;
  for (ref::MXFP4Matrix *m : {&c.w13, &c.w2}) {
    m->codes.resize(m->rows * m->k / 2);
    m->scales.resize(m->rows * m->k / 32);
    for (uint8_t &b : m->codes)
      b = uint8_t(rng());
    for (uint8_t &s : m->scales)
      s = uint8_t(120 + rng() % 5);
  }
  auto bias = [&](int64_t n, std::vector<float> &f, std::vector<uint16_t> &b) {
    for (int64_t i = 0; i < n; ++i) {
      b.push_back(fmt::f32ToBF16(float(int(rng() % 17) - 8) / 8));
      f.push_back(fmt::bf16ToF32(b.back()));
    }
  };
  bias(c.w13.rows, c.b13, c.b13Bits);
  bias(c.w2.rows, c.b2, c.b2Bits);
  std::vector<st::Tensor> all = gptOssTensors(c);
  std::vector<st::Tensor> shard1(all.begin(), all.begin() + 3),
      shard2(all.begin() + 3, all.end());
  auto drop = [&](std::vector<st::Tensor> &v) {
    v.erase(std::remove_if(v.begin(), v.end(),
                           [&](const st::Tensor &t) {
                             return t.name == tensorName(skip.c_str());
                           }),
            v.end());
  };
  drop(shard1);
  drop(shard2);
  llvm::sys::fs::create_directories(dir);
  std::string error;
  const char *files[2] = {"model-00001-of-00002.safetensors",
                          "model-00002-of-00002.safetensors"};
  std::string index = "{\"metadata\": {}, \"weight_map\": {";
  bool first = true;
  for (int s = 0; s < 2; ++s) {
    const std::vector<st::Tensor> &shard = s ? shard2 : shard1;
    EXPECT_TRUE(st::write(dir + "/" + files[s], shard, error)) << error;
    for (const st::Tensor &t : shard) {
      index += (first ? "\"" : ", \"") + t.name + "\": \"" + files[s] + "\"";
      first = false;
    }
  }
  std::ofstream(dir + "/model.safetensors.index.json") << index << "}}\n";
  if (truncateShard2)
    std::filesystem::resize_file(dir + "/" + files[1], 4096);
  return c;
}

struct ToolResult {
  int rc = -1;
  std::string err;
};

ToolResult runTool(const char *tool, const std::vector<std::string> &args) {
  llvm::SmallString<128> errPath;
  llvm::sys::fs::createTemporaryFile("mxmoe-run", "err", errPath);
  std::vector<llvm::StringRef> argv = {tool};
  for (const std::string &a : args)
    argv.push_back(a);
  std::optional<llvm::StringRef> redirects[] = {
      std::nullopt, llvm::StringRef("/dev/null"), llvm::StringRef(errPath)};
  ToolResult r;
  std::string message;
  r.rc = llvm::sys::ExecuteAndWait(tool, argv, std::nullopt, redirects, 0, 0,
                                   &message);
  if (auto b = llvm::MemoryBuffer::getFile(errPath))
    r.err = (*b)->getBuffer().str();
  llvm::sys::fs::remove(errPath);
  return r;
}

std::string tempDir(const char *name) {
  llvm::SmallString<128> dir;
  llvm::sys::fs::createUniqueDirectory(name, dir);
  return std::string(dir);
}

void writeNpy(const std::string &path, npy::DType type,
              std::vector<int64_t> shape, const void *data, size_t bytes) {
  npy::Array a;
  a.type = type;
  a.shape = std::move(shape);
  a.bytes.assign(static_cast<const uint8_t *>(data),
                 static_cast<const uint8_t *>(data) + bytes);
  std::string error;
  ASSERT_TRUE(npy::write(path, a, error)) << error;
}

struct Inputs {
  std::vector<float> x; // bf16-exact
  std::vector<int32_t> ids;
  std::vector<float> w;
};

Inputs writeInputs(const std::string &dir, int64_t t, std::mt19937 &rng) {
  Inputs in;
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  for (int64_t i = 0; i < t * kD; ++i)
    in.x.push_back(fmt::bf16ToF32(fmt::f32ToBF16(dist(rng))));
  std::vector<int32_t> perm(kE);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t i = 0; i < t; ++i) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < kK; ++s) {
      in.ids.push_back(rng() % 5 == 0 ? -1 : perm[s]);
      in.w.push_back(0.25f + float(rng() % 64) / 64.0f);
    }
  }
  writeNpy(dir + "/x.npy", npy::DType::F32, {t, kD}, in.x.data(),
           4 * in.x.size());
  writeNpy(dir + "/ids.npy", npy::DType::I32, {t, kK}, in.ids.data(),
           4 * in.ids.size());
  writeNpy(dir + "/w.npy", npy::DType::F32, {t, kK}, in.w.data(),
           4 * in.w.size());
  return in;
}

/// The f64 reference; MX precisions quantize x and h as the kernels do.
std::vector<double> reference(const Checkpoint &c, const Inputs &in, int64_t t,
                              const std::string &precision) {
  std::vector<float> x = in.x;
  auto quantize = [](std::vector<float> &v, int64_t rows, int64_t cols,
                     ref::MXElement elem) {
    std::vector<uint8_t> codes, scales;
    ref::quantizeMX(v.data(), rows, cols, elem, ref::ScaleRounding::Floor,
                    codes, scales);
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t j = 0; j < cols; ++j)
        v[r * cols + j] =
            float(ref::dequantizeMX(codes, scales, cols, elem, r, j));
  };
  ref::MXElement elem =
      precision == "a8w4" ? ref::MXElement::FP8E4M3 : ref::MXElement::FP4;
  if (precision != "a16w4")
    quantize(x, t, kD, elem);
  ref::ActivationSpec act; // GPT-OSS: SwiGLU, alpha 1.702, limit 7
  std::vector<double> h = ref::referenceStage1(
      x, in.ids, t, kK, kE, kI, c.w13, fmt::GateUpArrangement::Interleaved,
      c.b13.data(), act);
  if (precision != "a16w4") {
    std::vector<float> hf(h.begin(), h.end());
    quantize(hf, t * kK, kI, elem);
    h.assign(hf.begin(), hf.end());
  }
  return ref::referenceStage2(h, in.ids, in.w.data(), t, kK, kE, kD, c.w2,
                              c.b2.data());
}

std::string compileLayer(const std::string &precision, const std::string &abi,
                         const std::string &dir) {
  ToolResult r = runTool(MXMOE_MOE_COMPILE,
                         {"--model=gpt-oss-120b", "--precision=" + precision,
                          "--model-dim=" + std::to_string(kD),
                          "--inter-dim=" + std::to_string(kI),
                          "--experts=" + std::to_string(kE),
                          "--buckets=1,32,256", "--abi=" + abi, "-o", dir});
  EXPECT_EQ(r.rc, 0) << r.err;
  return dir;
}

std::vector<float> readY(const std::string &path) {
  std::string error;
  std::optional<npy::Array> a = npy::read(path, error);
  EXPECT_TRUE(a) << error;
  if (!a)
    return {};
  std::vector<float> y(a->bytes.size() / 4);
  std::memcpy(y.data(), a->bytes.data(), a->bytes.size());
  return y;
}

/// One line ("moe-run: ...\n") and exit code 1: refused, not crashed.
void expectOneLineError(const ToolResult &r, const std::string &mentions) {
  EXPECT_EQ(r.rc, 1) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(r.err.rfind("moe-run: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(mentions), std::string::npos)
      << "expected '" << mentions << "' in: " << r.err;
}

} // namespace

TEST(LayerRun, GptOssCheckpointMatchesReferenceForEveryPrecisionAndAbi) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::string root = tempDir("mxmoe-layer-run");
  std::string ckpt = root + "/ckpt";
  Checkpoint c = writeCheckpoint(ckpt, rng);
  for (const char *precision : {"a16w4", "a8w4", "a4w4"}) {
    std::string layers[2] = {
        compileLayer(precision, "memref", root + "/" + precision + "-memref"),
        compileLayer(precision, "bare", root + "/" + precision + "-bare")};
    for (int64_t t : {1, 5, 40}) {
      SCOPED_TRACE(std::string(precision) + " T=" + std::to_string(t));
      Inputs in = writeInputs(root, t, rng);
      std::vector<double> expect = reference(c, in, t, precision);
      std::vector<float> ys[2];
      for (int a = 0; a < 2; ++a) {
        std::string y = root + "/y" + std::to_string(a) + ".npy";
        ToolResult r = runTool(MXMOE_MOE_RUN,
                               {layers[a], "--weights", ckpt, "--layer",
                                std::to_string(kLayer), "--x", root + "/x.npy",
                                "--topk-ids", root + "/ids.npy",
                                "--topk-weights", root + "/w.npy", "-o", y,
                                "--device", "emu", "--deterministic"});
        ASSERT_EQ(r.rc, 0) << r.err;
        ys[a] = readY(y);
        ASSERT_EQ(ys[a].size(), expect.size());
      }
      double err = test::relativeError(ys[0], expect);
      std::printf("moe-run %s T=%lld: y relative error %.2e\n", precision,
                  (long long)t, err);
      EXPECT_LT(err, 2e-2);
      EXPECT_EQ(ys[0], ys[1]) << "memref and bare ABIs disagree";
    }
  }
  llvm::sys::fs::remove_directories(root);
}

TEST(LayerRun, BadInputsGiveOneLine) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::string root = tempDir("mxmoe-layer-bad");
  std::string layer = compileLayer("a16w4", "memref", root + "/layer");
  writeInputs(root, 5, rng);
  auto run = [&](const std::string &ckpt, std::vector<std::string> extra = {},
                 const std::string &dir = "") {
    std::vector<std::string> args = {dir.empty() ? layer : dir, "--weights",
                                     ckpt, "--layer", std::to_string(kLayer)};
    if (extra.empty())
      extra = {"--x",
               root + "/x.npy",
               "--topk-ids",
               root + "/ids.npy",
               "--topk-weights",
               root + "/w.npy"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runTool(MXMOE_MOE_RUN, args);
  };
  std::string good = root + "/good";
  writeCheckpoint(good, rng);

  // Checkpoints: a missing tensor, a truncated shard, another layer.
  writeCheckpoint(root + "/missing", rng, "down_proj_bias");
  expectOneLineError(run(root + "/missing"), tensorName("down_proj_bias"));
  writeCheckpoint(root + "/truncated", rng, "", /*truncateShard2=*/true);
  expectOneLineError(run(root + "/truncated"), "model-00002-of-00002");
  {
    std::vector<std::string> args = {layer,
                                     "--weights",
                                     good,
                                     "--layer",
                                     "7",
                                     "--x",
                                     root + "/x.npy",
                                     "--topk-ids",
                                     root + "/ids.npy",
                                     "--topk-weights",
                                     root + "/w.npy"};
    expectOneLineError(runTool(MXMOE_MOE_RUN, args), "model.layers.7");
  }
  // A checkpoint whose bias is f32 instead of bf16, and one of another shape.
  {
    std::string dir = root + "/dtype";
    llvm::sys::fs::create_directories(dir);
    std::string error;
    Checkpoint c = writeCheckpoint(dir, rng);
    std::vector<st::Tensor> wrongType = gptOssTensors(c);
    wrongType[2].dtype = st::DType::F32;
    wrongType[2].bytes.resize(wrongType[2].bytes.size() * 2);
    ASSERT_TRUE(st::write(dir + "/dtype.safetensors", wrongType, error))
        << error;
    expectOneLineError(run(dir + "/dtype.safetensors"),
                       tensorName("gate_up_proj_bias"));
    std::vector<st::Tensor> wrongShape = gptOssTensors(c);
    wrongShape[5].shape = {kE, kD / 2};
    wrongShape[5].bytes.resize(wrongShape[5].bytes.size() / 2);
    ASSERT_TRUE(st::write(dir + "/shape.safetensors", wrongShape, error))
        << error;
    expectOneLineError(run(dir + "/shape.safetensors"),
                       tensorName("down_proj_bias"));
  }
  // Inputs: a truncated .npy, the wrong shape, more tokens than the largest
  // bucket (256).
  {
    std::ifstream in(root + "/x.npy", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::ofstream(root + "/short.npy", std::ios::binary)
        << bytes.substr(0, bytes.size() - 100);
    expectOneLineError(
        run(good, {"--x", root + "/short.npy", "--topk-ids", root + "/ids.npy",
                   "--topk-weights", root + "/w.npy"}),
        "short.npy");
    std::vector<int32_t> ids3(5 * 3, 0);
    writeNpy(root + "/ids3.npy", npy::DType::I32, {5, 3}, ids3.data(),
             4 * ids3.size());
    expectOneLineError(
        run(good, {"--x", root + "/x.npy", "--topk-ids", root + "/ids3.npy",
                   "--topk-weights", root + "/w.npy"}),
        "--topk-ids");
    std::mt19937 r2(seed + 7);
    std::string big = root + "/big";
    llvm::sys::fs::create_directories(big);
    writeInputs(big, 300, r2);
    expectOneLineError(
        run(good, {"--x", big + "/x.npy", "--topk-ids", big + "/ids.npy",
                   "--topk-weights", big + "/w.npy"}),
        "largest bucket");
  }
  // A manifest that does not describe what its configuration plans, and a
  // directory without one.
  {
    std::string edited = root + "/edited";
    compileLayer("a16w4", "memref", edited);
    std::string path = edited + "/manifest.json";
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    size_t at = text.find("\"lanes\": 256");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 12, "\"lanes\": 128");
    std::ofstream(path) << text;
    expectOneLineError(run(good, {}, edited), "lanes");
    expectOneLineError(run(good, {}, root), "manifest.json");
  }
  llvm::sys::fs::remove_directories(root);
}

TEST(LayerRun, CApiRunsTheLayerLikeMoeRun) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::string root = tempDir("mxmoe-layer-capi");
  std::string ckpt = root + "/ckpt";
  Checkpoint c = writeCheckpoint(ckpt, rng);
  std::string layerDir = compileLayer("a16w4", "bare", root + "/layer");

  char *error = nullptr;
  EXPECT_EQ(mxmoeLayerLoad((root + "/nowhere").c_str(), ckpt.c_str(), kLayer,
                           MXMOE_DEVICE_EMU, &error),
            nullptr);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(std::string(error).find('\n'), std::string::npos) << error;
  mxmoeStringDestroy(error);

  MxmoeLayer *layer = mxmoeLayerLoad(layerDir.c_str(), ckpt.c_str(), kLayer,
                                     MXMOE_DEVICE_EMU, &error);
  ASSERT_NE(layer, nullptr) << error;
  EXPECT_EQ(mxmoeLayerModelDim(layer), kD);
  EXPECT_EQ(mxmoeLayerTopk(layer), kK);
  EXPECT_EQ(mxmoeLayerMaxTokens(layer), 256);
  ASSERT_EQ(mxmoeLayerOutputBytes(layer), 2);
  for (int64_t t : {1, 40}) {
    Inputs in = writeInputs(root, t, rng);
    std::vector<uint16_t> x(in.x.size());
    for (size_t i = 0; i < x.size(); ++i)
      x[i] = fmt::f32ToBF16(in.x[i]);
    std::vector<uint16_t> y(t * kD, 0xFFFF);
    ASSERT_EQ(mxmoeLayerRun(layer, t, x.data(), in.ids.data(), in.w.data(),
                            y.data(), &error),
              0)
        << error;
    std::vector<float> got(y.size());
    for (size_t i = 0; i < y.size(); ++i)
      got[i] = fmt::bf16ToF32(y[i]);
    double err = test::relativeError(got, reference(c, in, t, "a16w4"));
    std::printf("C API a16w4 T=%lld: y relative error %.2e\n", (long long)t,
                err);
    EXPECT_LT(err, 2e-2);
  }
  // Device pointers are for HIP; the emulator says so in one line.
  uint16_t dummy = 0;
  EXPECT_NE(
      mxmoeLayerRunDevice(layer, 1, &dummy, &dummy, &dummy, &dummy, &error), 0);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(std::string(error).find('\n'), std::string::npos) << error;
  mxmoeStringDestroy(error);
  // More tokens than the largest bucket.
  std::vector<uint16_t> big(300 * kD);
  std::vector<int32_t> ids(300 * kK);
  std::vector<float> w(300 * kK);
  EXPECT_NE(mxmoeLayerRun(layer, 300, big.data(), ids.data(), w.data(),
                          big.data(), &error),
            0);
  ASSERT_NE(error, nullptr);
  EXPECT_NE(std::string(error).find("largest bucket"), std::string::npos)
      << error;
  mxmoeStringDestroy(error);
  mxmoeLayerDestroy(layer);
  llvm::sys::fs::remove_directories(root);
}

TEST(LayerRun, Stage1SplitKWithOccupancyTargetMatchesReference) {
  // A configs table whose stage 1 splits K in two (the planes kernel plus
  // the finish kernel) and whose stage kernels carry an occupancy target:
  // moe-compile records both in the manifest, moe-run re-plans the same
  // kernels from it, allocates the f32 planes and launches the finish; y
  // matches the reference for every precision at T = 1 and 16 (about one
  // slot in five -1; the runtime poisons every buffer a kernel writes).
  unsigned seed = test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::string root = tempDir("mxmoe-layer-split");
  std::string ckpt = root + "/ckpt";
  Checkpoint c = writeCheckpoint(ckpt, rng);
  for (const char *precision : {"a16w4", "a8w4", "a4w4"}) {
    std::string configs = root + "/" + precision + ".json";
    {
      std::ofstream os(configs);
      os << "{\"chip\": \"gfx950\", \"entries\": [\n";
      for (int stage : {1, 2})
        os << "{\"name\": \"test\", \"precision\": \"" << precision
           << "\", \"model_dim\": " << kD << ", \"inter_dim\": " << kI
           << ", \"experts\": " << kE << ", \"topk\": " << kK
           << ", \"stage\": " << stage
           << ", \"max_tokens\": 32, \"tile\": {\"m\": 16, \"n\": 64, \"k\": "
              "128, \"waves\": 4}, \"split_k\": "
           << (stage == 1 ? 2 : 1)
           << ", \"pipeline_depth\": 2, \"weight_cache\": \"none\", "
              "\"waves_per_eu\": "
           << (stage == 1 ? 4 : 3)
           << (stage == 2 ? ", \"combine\": \"atomic\"" : "")
           << ", \"predicted_us\": 1, \"measured_us\": null, \"origin\": "
              "\"model-tuned\"}"
           << (stage == 1 ? ",\n" : "\n");
      os << "]}\n";
    }
    std::string dir = root + "/" + precision;
    ToolResult compiled = runTool(
        MXMOE_MOE_COMPILE,
        {"--model=gpt-oss-120b", "--precision=" + std::string(precision),
         "--model-dim=" + std::to_string(kD),
         "--inter-dim=" + std::to_string(kI), "--experts=" + std::to_string(kE),
         "--buckets=1,32", "--configs=" + configs, "-o", dir});
    ASSERT_EQ(compiled.rc, 0) << compiled.err;
    auto manifest = llvm::MemoryBuffer::getFile(dir + "/manifest.json");
    ASSERT_TRUE(manifest);
    llvm::StringRef text = (*manifest)->getBuffer();
    EXPECT_TRUE(text.contains("\"role\": \"stage1_finish\"")) << text.str();
    EXPECT_TRUE(text.contains("\"waves_per_eu\": 4")) << text.str();
    for (int64_t t : {1, 16}) {
      SCOPED_TRACE(std::string(precision) + " T=" + std::to_string(t));
      Inputs in = writeInputs(root, t, rng);
      std::vector<double> expect = reference(c, in, t, precision);
      std::string y = root + "/y.npy";
      ToolResult r = runTool(MXMOE_MOE_RUN,
                             {dir, "--weights", ckpt, "--layer",
                              std::to_string(kLayer), "--x", root + "/x.npy",
                              "--topk-ids", root + "/ids.npy", "--topk-weights",
                              root + "/w.npy", "-o", y, "--device", "emu"});
      ASSERT_EQ(r.rc, 0) << r.err;
      std::vector<float> got = readY(y);
      ASSERT_EQ(got.size(), expect.size());
      double err = test::relativeError(got, expect);
      std::printf("moe-run split-K stage 1 %s T=%lld: y relative error "
                  "%.2e\n",
                  precision, (long long)t, err);
      EXPECT_LT(err, 2e-2);
    }
  }
  llvm::sys::fs::remove_directories(root);
}
