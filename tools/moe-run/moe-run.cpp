//===- moe-run.cpp - run a compiled MoE layer -----------------------------===//
//
//   moe-run LAYER_DIR --weights CKPT --layer N --x x.npy --topk-ids ids.npy
//           --topk-weights w.npy -o y.npy [--device emu|hip]
//   moe-run LAYER_DIR --weights CKPT --synthetic-tokens 5 --seed 1
//
// LAYER_DIR is what `moe-compile --model ... -o LAYER_DIR` writes. Weights
// come from a GPT-OSS checkpoint (safetensors, one file or shards with an
// index) and are converted to the kernels' layouts; --weight-cache keeps
// the converted buffers. x is f32 [T, D] (rounded to bf16) or u16 [T, D]
// (bf16 bits); y is written as f32 [T, D]. Prints one row per kernel.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Format/MXFormats.h"
#include "mxmoe/Runtime/Layer.h"
#include "mxmoe/Runtime/Weights.h"
#include "mxmoe/Support/Npy.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <chrono>
#include <cstring>
#include <numeric>
#include <random>

using namespace mxmoe;

static llvm::cl::OptionCategory category("moe-run options");
static llvm::cl::opt<std::string> layerDir(llvm::cl::Positional,
                                           llvm::cl::desc("<layer directory>"),
                                           llvm::cl::Required,
                                           llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    weights("weights",
            llvm::cl::desc("GPT-OSS checkpoint: .safetensors, shard "
                           "directory or index JSON"),
            llvm::cl::cat(category));
static llvm::cl::opt<int> layer("layer", llvm::cl::desc("decoder layer N"),
                                llvm::cl::init(0), llvm::cl::cat(category));
static llvm::cl::opt<std::string> weightCache(
    "weight-cache",
    llvm::cl::desc("converted weights: read if present and matching, else "
                   "written after converting"),
    llvm::cl::cat(category));
static llvm::cl::opt<bool> randomWeights(
    "random-weights",
    llvm::cl::desc("random MXFP4 experts instead of a checkpoint"),
    llvm::cl::cat(category));
static llvm::cl::opt<std::string> xFile("x", llvm::cl::desc("x.npy"),
                                        llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    xScalesFile("x-scales",
                llvm::cl::desc("x_scales.npy (layers compiled --x-quantized)"),
                llvm::cl::cat(category));
static llvm::cl::opt<std::string> idsFile("topk-ids",
                                          llvm::cl::desc("topk_ids.npy"),
                                          llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    topkWeightsFile("topk-weights", llvm::cl::desc("topk_weights.npy"),
                    llvm::cl::cat(category));
static llvm::cl::opt<int64_t>
    syntheticTokens("synthetic-tokens",
                    llvm::cl::desc("random x and routing for this many tokens"),
                    llvm::cl::init(-1), llvm::cl::cat(category));
static llvm::cl::opt<unsigned> seed("seed", llvm::cl::desc("synthetic seed"),
                                    llvm::cl::init(1), llvm::cl::cat(category));
static llvm::cl::opt<std::string> outputFile("o", llvm::cl::desc("y.npy"),
                                             llvm::cl::cat(category));
static llvm::cl::opt<std::string> device("device", llvm::cl::desc("emu or hip"),
                                         llvm::cl::init("emu"),
                                         llvm::cl::cat(category));
static llvm::cl::opt<unsigned>
    threads("emu-threads", llvm::cl::desc("emu: worker threads (0: all cores)"),
            llvm::cl::init(0), llvm::cl::cat(category));
static llvm::cl::opt<bool>
    deterministic("deterministic",
                  llvm::cl::desc("emu: workgroups in order on one thread"),
                  llvm::cl::cat(category));

static llvm::cl::opt<bool> readByBuffer(
    "read-by-buffer",
    llvm::cl::desc("emu: after the table, each kernel's global bytes read "
                   "per buffer parameter"),
    llvm::cl::cat(category));

static int fail(const llvm::Twine &message) {
  llvm::errs() << "moe-run: " << message << "\n";
  return 1;
}

static int fail(llvm::Error error) {
  return fail(llvm::toString(std::move(error)));
}

static std::optional<npy::Array> readNpy(const std::string &path,
                                         const char *flag) {
  std::string error;
  std::optional<npy::Array> a = npy::read(path, error);
  if (!a)
    fail(std::string("--") + flag + ": " + error);
  return a;
}

/// Random MXFP4 experts of the layer's shape (no checkpoint needed).
static fmt::CheckpointExperts
randomExperts(const LayerConfig &c, std::mt19937 &rng,
              std::array<std::vector<uint8_t>, 4> &store,
              std::array<std::vector<float>, 2> &bias) {
  const ProblemShape &p = c.problem;
  int64_t rows13 = p.experts * 2 * p.interDim, rows2 = p.experts * p.modelDim;
  int64_t sizes[4] = {rows13 * p.modelDim / 2, rows13 * p.modelDim / 32,
                      rows2 * p.interDim / 2, rows2 * p.interDim / 32};
  for (int i = 0; i < 4; ++i) {
    store[i].resize(sizes[i]);
    for (uint8_t &b : store[i])
      b = i % 2 ? uint8_t(120 + rng() % 5) : uint8_t(rng());
  }
  bias[0].assign(c.bias ? rows13 : 0, 0);
  bias[1].assign(c.bias ? rows2 : 0, 0);
  for (auto &v : bias)
    for (float &b : v)
      b = float(int(rng() % 17) - 8) / 8;
  fmt::CheckpointExperts e;
  e.w13 = store[0].data();
  e.w13Scales = store[1].data();
  e.w2 = store[2].data();
  e.w2Scales = store[3].data();
  e.b13 = c.bias ? bias[0].data() : nullptr;
  e.b2 = c.bias ? bias[1].data() : nullptr;
  e.experts = p.experts;
  e.modelDim = p.modelDim;
  e.interDim = p.interDim;
  return e;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(argc, argv, "mxmoe layer runner\n");

  std::optional<rt::BackendKind> kind = rt::parseBackendKind(device);
  if (!kind)
    return fail("unknown --device '" + device + "' (expected emu or hip)");
  bool synthetic = syntheticTokens.getNumOccurrences() > 0;
  if (synthetic && (syntheticTokens < 0 || syntheticTokens > (1 << 24)))
    return fail("--synthetic-tokens must be in [0, 2^24]");
  if (synthetic && (!xFile.empty() || !idsFile.empty() ||
                    !topkWeightsFile.empty() || !xScalesFile.empty()))
    return fail("--synthetic-tokens makes x and the routing; drop --x, "
                "--x-scales, --topk-ids and --topk-weights");
  if (!synthetic &&
      (xFile.empty() || idsFile.empty() || topkWeightsFile.empty()))
    return fail("give --x, --topk-ids and --topk-weights, or "
                "--synthetic-tokens T");
  if (weights.empty() == !randomWeights && weightCache.empty())
    return fail("give one of --weights CKPT and --random-weights");
  if (kind != rt::BackendKind::Emu &&
      (threads.getNumOccurrences() || deterministic || readByBuffer))
    return fail("--emu-threads, --deterministic and --read-by-buffer apply to "
                "--device=emu only");

  auto program = rt::loadLayerDirectory(layerDir);
  if (!program)
    return fail(program.takeError());
  const LayerConfig &c = program->config();
  const ProblemShape &p = c.problem;

  std::unique_ptr<rt::Backend> backend;
  if (*kind == rt::BackendKind::Emu) {
    rt::EmuBackendOptions options;
    options.threads = threads;
    options.deterministic = deterministic;
    backend = rt::createEmuBackend(options);
  } else {
    auto hip = rt::createHipBackend();
    if (!hip)
      return fail(hip.takeError());
    backend = std::move(*hip);
  }

  // Weights: the cache when it matches, else converted (and cached).
  const LayerVariant &layout = program->manifest.variants.front();
  std::optional<fmt::KernelExperts> experts;
  auto started = std::chrono::steady_clock::now();
  if (!weightCache.empty() && llvm::sys::fs::exists(weightCache)) {
    auto cached = rt::loadWeightCache(weightCache, c, layout);
    if (!cached)
      return fail(cached.takeError());
    experts = std::move(*cached);
  } else if (randomWeights) {
    std::mt19937 rng(seed);
    std::array<std::vector<uint8_t>, 4> store;
    std::array<std::vector<float>, 2> bias;
    auto converted =
        rt::convertForLayer(c, layout, randomExperts(c, rng, store, bias));
    if (!converted)
      return fail(converted.takeError());
    experts = std::move(*converted);
  } else {
    if (weights.empty())
      return fail("--weight-cache '" + weightCache +
                  "' does not exist yet; give --weights to fill it");
    auto loaded = rt::loadGptOssWeights(weights, layer, c, layout);
    if (!loaded)
      return fail(loaded.takeError());
    experts = std::move(*loaded);
  }
  if (!weightCache.empty() && !llvm::sys::fs::exists(weightCache))
    if (llvm::Error e = rt::saveWeightCache(weightCache, c, layout, *experts))
      return fail(std::move(e));
  double convertSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
          .count();

  // Inputs.
  int64_t t = 0;
  std::vector<uint8_t> x, xScales;
  std::vector<int32_t> ids;
  std::vector<float> topkWeights;
  bool xIsBf16 = !hasMXActivations(p.precision) || c.quantizesX();
  if (synthetic) {
    t = syntheticTokens;
    std::mt19937 rng(seed + 1);
    if (!xIsBf16)
      return fail("--synthetic-tokens needs a layer that takes bf16 x");
    x.resize(2 * t * p.modelDim);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (int64_t i = 0; i < t * p.modelDim; ++i) {
      uint16_t b = fmt::f32ToBF16(dist(rng));
      std::memcpy(&x[2 * i], &b, 2);
    }
    std::vector<int32_t> perm(p.experts);
    std::iota(perm.begin(), perm.end(), 0);
    for (int64_t i = 0; i < t; ++i) {
      std::shuffle(perm.begin(), perm.end(), rng);
      for (int64_t s = 0; s < p.topk; ++s) {
        ids.push_back(perm[s]);
        topkWeights.push_back(1.0f / float(p.topk));
      }
    }
  } else {
    auto xa = readNpy(xFile, "x");
    auto ia = readNpy(idsFile, "topk-ids");
    auto wa = readNpy(topkWeightsFile, "topk-weights");
    if (!xa || !ia || !wa)
      return 1;
    if (ia->shape.size() != 2 || ia->shape[1] != p.topk)
      return fail("--topk-ids must be [T, " + std::to_string(p.topk) + "]");
    t = ia->shape[0];
    if (wa->shape != ia->shape || wa->type != npy::DType::F32)
      return fail("--topk-weights must be f32 of the shape of --topk-ids");
    topkWeights.resize(t * p.topk);
    std::memcpy(topkWeights.data(), wa->bytes.data(), wa->bytes.size());
    if (ia->type == npy::DType::I32) {
      ids.resize(t * p.topk);
      std::memcpy(ids.data(), ia->bytes.data(), ia->bytes.size());
    } else if (ia->type == npy::DType::I64) {
      for (int64_t i = 0; i < t * p.topk; ++i) {
        int64_t v;
        std::memcpy(&v, &ia->bytes[8 * i], 8);
        if (v < INT32_MIN || v > INT32_MAX)
          return fail("--topk-ids: entry " + std::to_string(i) +
                      " does not fit i32");
        ids.push_back(int32_t(v));
      }
    } else {
      return fail("--topk-ids must be i32 or i64");
    }
    std::vector<int64_t> xShape = {t, p.modelDim};
    if (xIsBf16) {
      if (xa->shape != xShape)
        return fail("--x must be [" + std::to_string(t) + ", " +
                    std::to_string(p.modelDim) + "]");
      if (xa->type == npy::DType::F32) {
        x.resize(2 * t * p.modelDim);
        for (int64_t i = 0; i < t * p.modelDim; ++i) {
          float f;
          std::memcpy(&f, &xa->bytes[4 * i], 4);
          uint16_t b = fmt::f32ToBF16(f);
          std::memcpy(&x[2 * i], &b, 2);
        }
      } else if (xa->type == npy::DType::U16) {
        x = xa->bytes;
      } else {
        return fail("--x must be f32, or u16 holding bf16 bits");
      }
    } else {
      if (xa->type != npy::DType::U8 || xScalesFile.empty())
        return fail("the layer takes x MX-quantized: --x u8 codes and "
                    "--x-scales u8 E8M0 scales");
      auto sa = readNpy(xScalesFile, "x-scales");
      if (!sa)
        return 1;
      x = xa->bytes;
      xScales = sa->bytes;
    }
  }

  int64_t largest = program->manifest.variants.back().maxTokens;
  if (t > largest)
    return fail(std::to_string(t) +
                " tokens is more than the largest bucket (" +
                std::to_string(largest) + ") the layer was compiled for");
  auto runner = rt::LayerRunner::create(std::move(*program), std::move(backend),
                                        *experts);
  if (!runner)
    return fail(runner.takeError());
  rt::LayerInputs in;
  in.tokens = t;
  in.x = x;
  in.xScales = xScales;
  in.topkIds = ids;
  in.topkWeights = topkWeights;
  llvm::errs() << "moe-run: " << t << " tokens on " << device
               << (convertSeconds > 0.5
                       ? " (weights ready in " +
                             std::to_string(convertSeconds).substr(0, 5) + " s)"
                       : std::string())
               << "\n";
  auto run = (*runner)->run(in, [&](const rt::KernelRun &k) {
    // Progress: emulated kernels can take a while.
    llvm::errs() << "moe-run: " << k.name << " done in "
                 << llvm::format("%.2f", k.result.seconds) << " s\n";
  });
  if (!run)
    return fail(run.takeError());

  llvm::outs() << llvm::format(
      "%-60s %-16s %5s %12s  %s\n", "kernel", "grid", "lanes",
      *kind == rt::BackendKind::Emu ? "emulated s" : "GPU us", "counters");
  for (const rt::KernelRun &k : run->kernels) {
    std::string grid = std::to_string(k.grid[0]) + "x" +
                       std::to_string(k.grid[1]) + "x" +
                       std::to_string(k.grid[2]);
    double time = *kind == rt::BackendKind::Emu ? k.result.seconds
                                                : k.result.seconds * 1e6;
    llvm::outs() << llvm::format("%-60s %-16s %5lld %12.3f  ", k.name.c_str(),
                                 grid.c_str(), (long long)k.lanes, time)
                 << k.result.counters << "\n";
  }
  llvm::outs() << "bucket " << run->bucket << ", " << t << " tokens\n";
  if (readByBuffer)
    for (const rt::KernelRun &k : run->kernels) {
      llvm::outs() << k.name << " read:";
      for (const auto &[name, bytes] : k.bytesRead)
        llvm::outs() << " " << name << " " << bytes;
      llvm::outs() << " (B; " << k.result.workgroupsWithOutput << "/"
                   << k.result.workgroupsLaunched << " workgroups wrote)\n";
    }

  if (!outputFile.empty()) {
    npy::Array y;
    y.type = npy::DType::F32;
    y.shape = {t, p.modelDim};
    y.bytes.resize(4 * t * p.modelDim);
    for (int64_t i = 0; i < t * p.modelDim; ++i) {
      float f;
      if (c.out == ElementType::F32) {
        std::memcpy(&f, &run->y[4 * i], 4);
      } else {
        uint16_t b;
        std::memcpy(&b, &run->y[2 * i], 2);
        f = c.out == ElementType::BF16
                ? fmt::bf16ToF32(b)
                : llvm::APFloat(llvm::APFloat::IEEEhalf(), llvm::APInt(16, b))
                      .convertToFloat();
      }
      std::memcpy(&y.bytes[4 * i], &f, 4);
    }
    std::string error;
    if (!npy::write(outputFile, y, error))
      return fail("-o: " + error);
  }
  return 0;
}
