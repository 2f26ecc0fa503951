//===- EmulatorBench.cpp - emulator throughput ----------------------------===//
//
// Not a test: prints how fast the emulator runs, so changes to its speed are
// visible.
//
//   mxmoe-emu-bench [loop] [ITERATIONS] [--threads N]
//     a loop of bf16 MFMAs with LDS traffic and two barriers per iteration
//     (4 workgroups of 256 lanes): lane-instructions and MFMAs per second.
//   mxmoe-emu-bench layer [--threads N] [--model gpt-oss-120b]
//                         [--precision a16w4,a8w4] [--tokens 1]
//     the kernels of one MoE layer as moe-compile --model plans them
//     (planLayer: [quantize_x], sort, stage 1, stage 2, [reduce]) for T
//     tokens, launched in order on checkpoint-sized weight buffers (random
//     FP4 codes and valid E8M0 scales written straight in kernel layout):
//     per kernel lane instructions, lane-instructions/s and wall time.
//
// --threads 0 (the default) uses every core; --deterministic runs the
// workgroups in order on one thread.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Format/MXFormats.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Plan/Layer.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <numeric>
#include <random>
#include <string>

using namespace mxmoe;
using namespace mxmoe::emu;

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

struct Options {
  std::string mode = "loop";
  int iterations = 200;
  unsigned threads = 0;
  bool deterministic = false;
  std::string model = "gpt-oss-120b";
  std::vector<std::string> precisions = {"a16w4", "a8w4"};
  int64_t tokens = 1;
};

const char *kLoopKernel = R"ll(
target triple = "amdgcn-amd-amdhsa"
@lds = internal addrspace(3) global [4096 x i32] undef, align 16
declare i32 @llvm.amdgcn.workitem.id.x()
declare void @llvm.amdgcn.s.barrier()
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32, i32, i32)
define amdgpu_kernel void @loop(ptr addrspace(1) %a, ptr addrspace(1) %out, i32 %n) {
entry:
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %pa = getelementptr <8 x bfloat>, ptr addrspace(1) %a, i32 %l
  %va = load <8 x bfloat>, ptr addrspace(1) %pa
  %slot = getelementptr <4 x i32>, ptr addrspace(3) @lds, i32 %l
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %next, %body ]
  %acc = phi <4 x float> [ zeroinitializer, %entry ], [ %d, %body ]
  %bits = bitcast <8 x bfloat> %va to <4 x i32>
  store <4 x i32> %bits, ptr addrspace(3) %slot
  call void @llvm.amdgcn.s.barrier()
  %rd = load <4 x i32>, ptr addrspace(3) %slot
  %vb = bitcast <4 x i32> %rd to <8 x bfloat>
  %d = call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %va, <8 x bfloat> %vb, <4 x float> %acc, i32 0, i32 0, i32 0)
  call void @llvm.amdgcn.s.barrier()
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %body
exit:
  %po = getelementptr <4 x float>, ptr addrspace(1) %out, i32 %l
  store <4 x float> %d, ptr addrspace(1) %po
  ret void
}
)ll";

LaunchConfig baseConfig(const Options &o) {
  LaunchConfig config;
  config.threads = o.threads;
  config.deterministic = o.deterministic;
  return config;
}

int runLoop(const Options &o) {
  std::string error;
  auto module = Module::loadFromString(kLoopKernel, error);
  if (!module) {
    std::fprintf(stderr, "mxmoe-emu-bench: %s\n", error.c_str());
    return 1;
  }
  const uint32_t lanes = 256, groups = 4;
  std::vector<Buffer> buffers = {{"a", std::vector<uint8_t>(lanes * 16, 0x3F)},
                                 {"out", std::vector<uint8_t>(lanes * 16, 0)}};
  LaunchConfig config = baseConfig(o);
  config.grid = {groups, 1, 1};
  config.block = {lanes, 1, 1};
  Report report;
  if (!module->launch(
          "loop", config,
          {KernelArg::buf(0), KernelArg::buf(1), KernelArg::i32(o.iterations)},
          buffers, report, error) ||
      !report.ok()) {
    std::fprintf(stderr, "mxmoe-emu-bench: launch failed: %s\n", error.c_str());
    return 1;
  }
  const Counters &c = report.counters;
  uint64_t mfmas = 0;
  for (auto &[name, n] : c.mfma)
    mfmas += n;
  std::printf("workgroups %u x %u lanes, %d iterations (MFMA + 2 barriers + "
              "LDS store/load each), threads %u\n",
              groups, lanes, o.iterations, o.threads);
  std::printf("time                      %.3f s\n", c.seconds);
  std::printf("lane-instructions         %llu\n",
              (unsigned long long)c.laneInstructions);
  std::printf("lane-instructions / s     %.3g\n",
              c.laneInstructions / c.seconds);
  std::printf("wave MFMAs / s            %.3g\n", mfmas / c.seconds);
  std::printf("barriers / s              %.3g\n", c.barriers / c.seconds);
  return 0;
}

/// Fast random bytes (the buffers are gigabytes).
void fillRandom(std::vector<uint8_t> &b, uint64_t seed) {
  uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
  size_t i = 0;
  for (; i + 8 <= b.size(); i += 8) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    std::memcpy(&b[i], &s, 8);
  }
  for (; i < b.size(); ++i)
    b[i] = uint8_t(s >> (8 * (i % 8)));
}

/// E8M0 scales near one (2^-7 .. 2^-3): valid, no NaN (255).
void fillScales(std::vector<uint8_t> &b, uint64_t seed) {
  fillRandom(b, seed);
  for (uint8_t &x : b)
    x = uint8_t(120 + x % 5);
}

std::unique_ptr<Module> loadKernel(const LayerKernel &k, std::string &error) {
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  CompileOptions options;
  options.chip = "gfx950";
  mlir::FailureOr<std::string> ir =
      compileKernel(k.module, EmitKind::LLVM, options, *context);
  if (mlir::failed(ir)) {
    error = "cannot compile " + k.name;
    return nullptr;
  }
  return Module::loadFromString(*ir, error);
}

int runLayer(const Options &o, const std::string &precision) {
  std::optional<LayerConfig> known = knownModel(o.model);
  if (!known) {
    std::fprintf(stderr, "mxmoe-emu-bench: unknown model %s (%s)\n",
                 o.model.c_str(), knownModelNames().c_str());
    return 1;
  }
  LayerConfig cfg = *known;
  std::optional<Precision> parsed = parseEnum<Precision>(precision);
  if (!parsed) {
    std::fprintf(stderr, "mxmoe-emu-bench: unknown precision %s\n",
                 precision.c_str());
    return 1;
  }
  cfg.problem.precision = *parsed;
  cfg.model = o.model;
  if (std::string why = checkLayerConfig(cfg); !why.empty()) {
    std::fprintf(stderr, "mxmoe-emu-bench: %s\n", why.c_str());
    return 1;
  }
  std::vector<LayerVariant> variants = planLayer(cfg);
  const LayerVariant &v = variantFor(variants, o.tokens);
  const int64_t t = o.tokens, k = cfg.problem.topk, e = cfg.problem.experts,
                d = cfg.problem.modelDim, inter = cfg.problem.interDim,
                m = v.stage1.tile.m;
  int64_t capacity = layerCapacity(cfg, t, m);

  // Buffers by parameter name, all in one launch vector (no copies between
  // kernels): bytes and the memref's element count.
  std::vector<Buffer> buffers;
  std::map<std::string, std::pair<int, int64_t>> byName;
  auto set = [&](const std::string &name, std::vector<uint8_t> bytes,
                 int64_t elements) {
    buffers.push_back({name, std::move(bytes)});
    byName[name] = {int(buffers.size() - 1), elements};
  };
  auto start = Clock::now();
  std::mt19937 rng(12345);
  // Routing: K distinct experts per token.
  std::vector<int32_t> ids(t * k);
  std::vector<float> w(t * k);
  std::vector<int32_t> perm(e);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t i = 0; i < t; ++i) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < k; ++s) {
      ids[i * k + s] = perm[s];
      w[i * k + s] = 0.25f + float(rng() % 64) / 64.0f;
    }
  }
  auto bytesOf = [](const auto &vec) {
    std::vector<uint8_t> b(vec.size() * sizeof(vec[0]));
    std::memcpy(b.data(), vec.data(), b.size());
    return b;
  };
  std::vector<uint16_t> x(t * d);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  for (auto &xv : x)
    xv = fmt::f32ToBF16(dist(rng));
  set("x", bytesOf(x), x.size());
  if (*parsed != Precision::A16W4) {
    int64_t codes = *parsed == Precision::A4W4 ? t * d / 2 : t * d;
    set("x_mx", std::vector<uint8_t>(codes, 0xFF), codes);
    set("x_scales", std::vector<uint8_t>(t * d / 32, 0xFF), t * d / 32);
  }
  set("topk_ids", bytesOf(ids), ids.size());
  set("topk_weights", bytesOf(w), w.size());
  set("sorted_ids", std::vector<uint8_t>(4 * capacity, 0xAB), capacity);
  set("sorted_weights", std::vector<uint8_t>(4 * capacity, 0xAB), capacity);
  set("sorted_expert_ids", std::vector<uint8_t>(4 * capacity / m, 0xAB),
      capacity / m);
  set("num_valid_ids", std::vector<uint8_t>(4, 0xAB), 1);
  auto weights = [&](const char *name, const char *scales,
                     const WeightStorage &storage, int64_t rows, int64_t kElems,
                     uint64_t seed) {
    int64_t wb = fmt::weightBufferBytes(storage.weights, rows, kElems);
    int64_t sb = fmt::scaleBufferBytes(storage.scales, rows, kElems);
    std::vector<uint8_t> wv(wb), sv(sb);
    fillRandom(wv, seed);
    fillScales(sv, seed + 1);
    set(name, std::move(wv), wb);
    set(scales, std::move(sv), sb);
  };
  weights("w13", "w13_scales", v.stage1.storage, e * 2 * inter, d, 1);
  weights("w2", "w2_scales", v.stage2.storage, e * d, inter, 3);
  if (cfg.bias) {
    std::vector<float> b13(e * 2 * inter), b2(e * d);
    for (auto &b : b13)
      b = float(int(rng() % 17) - 8) / 8;
    for (auto &b : b2)
      b = float(int(rng() % 17) - 8) / 8;
    set("b13", bytesOf(b13), b13.size());
    set("b2", bytesOf(b2), b2.size());
  }
  int64_t hElems = t * k * inter;
  OutputFormat intermediate = cfg.intermediate();
  if (intermediate == OutputFormat::BF16) {
    set("h", std::vector<uint8_t>(2 * hElems, 0xFF), hElems);
  } else {
    int64_t bytes = intermediate == OutputFormat::MXFP4 ? hElems / 2 : hElems;
    set("h", std::vector<uint8_t>(bytes, 0xFF), bytes);
    set("h_scales", std::vector<uint8_t>(hElems / 32, 0xFF), hElems / 32);
  }
  int64_t yBytes = cfg.out == ElementType::F32 ? 4 : 2;
  bool atomic = cfg.combine == Combine::Atomic;
  set("y", std::vector<uint8_t>(t * d * yBytes, atomic ? 0 : 0xFF), t * d);
  if (!atomic)
    set("y_slots", std::vector<uint8_t>(t * k * d * yBytes, 0xFF), t * k * d);
  uint64_t weightBytes = 0;
  for (const char *n : {"w13", "w13_scales", "w2", "w2_scales"})
    weightBytes += buffers[byName[n].first].bytes.size();
  std::printf("\nlayer %s %s: T=%lld D=%lld I=%lld E=%lld topk %lld, tile "
              "m=%lld, weights %.2f GB (set up in %.2f s), threads %u%s\n",
              o.model.c_str(), precision.c_str(), (long long)t, (long long)d,
              (long long)inter, (long long)e, (long long)k, (long long)m,
              weightBytes / 1e9, since(start), o.threads,
              o.deterministic ? " (deterministic)" : "");
  std::printf("  %-48s %12s %14s %9s %9s %9s\n", "kernel", "workgroups",
              "lane-instr", "instr/s", "run s", "jit s");

  double totalRun = 0, totalJit = 0;
  uint64_t totalInstr = 0;
  for (const LayerKernel &kernel : v.kernels) {
    auto jitStart = Clock::now();
    std::string error;
    auto module = loadKernel(kernel, error);
    if (!module) {
      std::fprintf(stderr, "mxmoe-emu-bench: %s\n", error.c_str());
      return 1;
    }
    double jit = since(jitStart);
    std::vector<KernelArg> args;
    for (const KernelParam &p : kernel.params) {
      if (p.isScalar()) {
        args.push_back(KernelArg::i32(p.name == "tokens" ? int32_t(t) : 0));
        continue;
      }
      auto it = byName.find(p.name);
      if (it == byName.end()) {
        std::fprintf(stderr, "mxmoe-emu-bench: no buffer for %s of %s\n",
                     p.name.c_str(), kernel.name.c_str());
        return 1;
      }
      auto [index, elements] = it->second;
      args.push_back(KernelArg::buf(index));
      args.push_back(KernelArg::buf(index));
      args.push_back(KernelArg::i64(0));
      args.push_back(KernelArg::i64(elements));
      args.push_back(KernelArg::i64(1));
    }
    std::array<int64_t, 3> grid = kernel.grid(t);
    LaunchConfig config = baseConfig(o);
    config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), uint32_t(grid[2])};
    config.block = {uint32_t(kernel.lanes), 1, 1};
    Report report;
    if (!module->launch(kernel.name, config, args, buffers, report, error)) {
      std::fprintf(stderr, "mxmoe-emu-bench: %s: %s\n", kernel.name.c_str(),
                   error.c_str());
      return 1;
    }
    if (!report.ok()) {
      std::fprintf(stderr, "mxmoe-emu-bench: %s reported issues:\n",
                   kernel.name.c_str());
      report.print(std::cerr, buffers);
      return 1;
    }
    const Counters &c = report.counters;
    std::printf("  %-48s %12llu %14llu %9.3g %9.3f %9.3f\n",
                (std::string(stringify(kernel.role)) + " " + kernel.name)
                    .substr(0, 48)
                    .c_str(),
                (unsigned long long)c.workgroupsLaunched,
                (unsigned long long)c.laneInstructions,
                c.laneInstructions / c.seconds, c.seconds, jit);
    totalRun += c.seconds;
    totalJit += jit;
    totalInstr += c.laneInstructions;
  }
  std::printf("  %-48s %12s %14llu %9.3g %9.3f %9.3f\n", "total", "",
              (unsigned long long)totalInstr, totalInstr / totalRun, totalRun,
              totalJit);
  std::printf("  emulated wall %.2f s; with compile + JIT %.2f s\n", totalRun,
              totalRun + totalJit);
  return 0;
}

std::vector<std::string> splitList(const std::string &s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos)
      comma = s.size();
    if (comma > start)
      out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

} // namespace

int main(int argc, char **argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "mxmoe-emu-bench: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "loop" || a == "layer")
      o.mode = a;
    else if (a == "--threads")
      o.threads = unsigned(std::atoi(value().c_str()));
    else if (a == "--deterministic")
      o.deterministic = true;
    else if (a == "--model")
      o.model = value();
    else if (a == "--precision")
      o.precisions = splitList(value());
    else if (a == "--tokens")
      o.tokens = std::atoll(value().c_str());
    else if (!a.empty() && std::isdigit(static_cast<unsigned char>(a[0])))
      o.iterations = std::atoi(a.c_str());
    else {
      std::fprintf(stderr,
                   "usage: mxmoe-emu-bench [loop] [ITERATIONS] [--threads N] "
                   "[--deterministic]\n"
                   "       mxmoe-emu-bench layer [--threads N] [--model M] "
                   "[--precision a16w4,a8w4] [--tokens T]\n");
      return 2;
    }
  }
  if (o.mode == "loop")
    return runLoop(o);
  for (const std::string &p : o.precisions)
    if (int rc = runLayer(o, p))
      return rc;
  return 0;
}
