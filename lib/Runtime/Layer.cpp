//===- Layer.cpp - run a compiled MoE layer -------------------------------===//

#include "mxmoe/Runtime/Layer.h"

#include "mxmoe/Compiler/Layer.h"

#include "mlir/IR/Diagnostics.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <limits>
#include <map>

namespace mxmoe::rt {
namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<std::string> readFile(llvm::StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return fail("cannot read '" + path + "': " + buffer.getError().message());
  return (*buffer)->getBuffer().str();
}

/// Bytes per element of a plan parameter type ("memref<?xi32, 1>").
unsigned elementBytes(const std::string &type) {
  llvm::StringRef t(type);
  if (t.contains("xi32") || t.contains("xf32"))
    return 4;
  if (t.contains("xbf16") || t.contains("xf16"))
    return 2;
  return 1;
}

} // namespace

int64_t layerBufferElements(const LayerConfig &c, const LayerVariant &v,
                            const std::string &name, int64_t t) {
  const ProblemShape &p = c.problem;
  int64_t m = v.stage1.tile.m, k = p.topk, d = p.modelDim, i = p.interDim;
  int64_t capacity = layerCapacity(c, t, m);
  OutputFormat xFormat = activationFormat(p.precision);
  OutputFormat hFormat = c.intermediate();
  if (name == "topk_ids" || name == "topk_weights")
    return t * k;
  if (name == "sorted_ids" || name == "sorted_weights")
    return capacity;
  if (name == "sorted_expert_ids")
    return capacity / m;
  if (name == "num_valid_ids")
    return 1;
  if (name == "sort_counts")
    return v.sort.kind == SortKind::MultiWorkgroup
               ? sortCountsElements(v.sort, t)
               : -1;
  if (name == "x")
    return c.quantizesX() ? t * d : t * d / elementsPerByte(xFormat);
  if (name == "x_mx")
    return t * d / elementsPerByte(xFormat);
  if (name == "x_scales")
    return t * d / 32;
  if (name == "h")
    return t * k * i / elementsPerByte(hFormat);
  if (name == "h_scales")
    return t * k * i / 32;
  if (name == "h_planes") // split-K stage 1's f32 partial sums
    return v.stage1.splitK > 1 ? v.stage1.splitK * t * k * 2 * i : -1;
  if (name == "y")
    return t * d;
  if (name == "y_slots")
    return t * k * d;
  return -1;
}

llvm::Expected<LayerProgram> loadLayerDirectory(llvm::StringRef dir) {
  if (!llvm::sys::fs::is_directory(dir))
    return fail("'" + dir +
                "' is not a layer directory (moe-compile --model "
                "... -o DIR writes one)");
  llvm::SmallString<256> manifestPath(dir);
  llvm::sys::path::append(manifestPath, "manifest.json");
  auto text = readFile(manifestPath);
  if (!text)
    return text.takeError();
  auto manifest = parseLayerManifest(*text);
  if (!manifest)
    return fail(manifestPath + ": " + llvm::toString(manifest.takeError()));
  LayerProgram program;
  program.manifest = std::move(*manifest);
  for (const LayerVariant &v : program.manifest.variants)
    for (const LayerKernel &k : v.kernels) {
      if (llvm::any_of(program.modules, [&](const LayerProgram::Module &m) {
            return m.file == k.file;
          }))
        continue;
      LayerProgram::Module m;
      m.file = k.file;
      llvm::SmallString<256> path(dir), llPath(dir);
      llvm::sys::path::append(path, k.file);
      llvm::sys::path::append(llPath, llvmFileFor(k.file));
      auto code = readFile(path);
      if (!code)
        return code.takeError();
      auto ir = readFile(llPath);
      if (!ir)
        return ir.takeError();
      m.codeObject = std::move(*code);
      m.llvmIR = std::move(*ir);
      program.modules.push_back(std::move(m));
    }
  return program;
}

llvm::Expected<LayerProgram> compileLayerProgram(const LayerConfig &config,
                                                 const CompileOptions &options,
                                                 const ConfigTable *configs) {
  if (std::string why = checkLayerConfig(config); !why.empty())
    return fail(why);
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          if (diagnostics.empty())
                                            diagnostics = d.str();
                                          return mlir::success();
                                        });
  mlir::FailureOr<CompiledLayer> layer =
      compileLayer(config, options, *context, configs);
  if (mlir::failed(layer))
    return fail("cannot compile the layer: " + diagnostics);
  LayerProgram program;
  program.manifest = {config, options.chip, options.abi, layer->variants};
  for (CompiledModule &m : layer->modules)
    program.modules.push_back({m.file, std::move(m.llvm), std::move(m.hsaco)});
  return program;
}

LayerRunner::LayerRunner(LayerProgram program, std::unique_ptr<Backend> backend)
    : program_(std::move(program)), backend_(std::move(backend)) {}

LayerRunner::~LayerRunner() {
  for (auto &[name, id] : weights_)
    backend_->release(id);
}

llvm::Expected<std::unique_ptr<LayerRunner>>
LayerRunner::create(LayerProgram program, std::unique_ptr<Backend> backend,
                    const fmt::KernelExperts &w) {
  const LayerConfig &c = program.config();
  const ProblemShape &p = c.problem;
  // The converter's sizes for this shape: codes exact, scales padded.
  int64_t w13Codes = p.experts * 2 * p.interDim * p.modelDim / 2;
  int64_t w2Codes = p.experts * p.modelDim * p.interDim / 2;
  auto check = [&](const char *name, size_t got, int64_t want,
                   bool atLeast) -> llvm::Error {
    if (atLeast ? int64_t(got) >= want : int64_t(got) == want)
      return llvm::Error::success();
    return fail(llvm::formatv("weights: {0} has {1} elements, the layer "
                              "(E={2}, D={3}, I={4}) needs {5}{6}",
                              name, got, p.experts, p.modelDim, p.interDim,
                              atLeast ? "at least " : "", want)
                    .str());
  };
  if (llvm::Error e = check("w13", w.w13.size(), w13Codes, false))
    return std::move(e);
  if (llvm::Error e =
          check("w13_scales", w.w13Scales.size(), w13Codes / 16, true))
    return std::move(e);
  if (llvm::Error e = check("w2", w.w2.size(), w2Codes, false))
    return std::move(e);
  if (llvm::Error e = check("w2_scales", w.w2Scales.size(), w2Codes / 16, true))
    return std::move(e);
  if (llvm::Error e = check("b13", w.b13.size(),
                            c.bias ? p.experts * 2 * p.interDim : 0, false))
    return std::move(e);
  if (llvm::Error e =
          check("b2", w.b2.size(), c.bias ? p.experts * p.modelDim : 0, false))
    return std::move(e);

  std::unique_ptr<LayerRunner> runner(
      new LayerRunner(std::move(program), std::move(backend)));
  for (const LayerProgram::Module &m : runner->program_.modules)
    if (llvm::Error e =
            runner->backend_->loadModule(m.file, m.llvmIR, m.codeObject))
      return std::move(e);
  auto upload = [&](const char *name,
                    llvm::ArrayRef<uint8_t> bytes) -> llvm::Error {
    if (bytes.empty())
      return llvm::Error::success();
    auto id = runner->backend_->allocate(name, bytes.size());
    if (!id)
      return id.takeError();
    runner->weights_.emplace_back(name, *id);
    return runner->backend_->write(*id, 0, bytes);
  };
  auto floats = [](const std::vector<float> &v) {
    return llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(v.data()),
                                   v.size() * sizeof(float));
  };
  for (auto [name, bytes] :
       {std::pair<const char *, llvm::ArrayRef<uint8_t>>{"w13", w.w13},
        {"w13_scales", w.w13Scales},
        {"w2", w.w2},
        {"w2_scales", w.w2Scales},
        {"b13", floats(w.b13)},
        {"b2", floats(w.b2)}})
    if (llvm::Error e = upload(name, bytes))
      return std::move(e);
  // Fused launches count workgroups in layer_sync; each launch leaves it
  // zeroed, so it is zeroed once and kept with the weights.
  const std::vector<LayerVariant> &variants =
      runner->program_.manifest.variants;
  if (std::any_of(variants.begin(), variants.end(), [](const LayerVariant &v) {
        return v.launch == StageLaunch::Fused;
      })) {
    auto id = runner->backend_->allocate("layer_sync", 4 * kLayerSyncWords);
    if (!id)
      return id.takeError();
    runner->weights_.emplace_back("layer_sync", *id);
    if (llvm::Error e = runner->backend_->fill(*id, 0))
      return std::move(e);
  }
  return runner;
}

llvm::Expected<LayerRun>
LayerRunner::run(const LayerInputs &in,
                 const std::function<void(const KernelRun &)> &onKernel) {
  const LayerConfig &c = program_.config();
  const ProblemShape &p = c.problem;
  const std::vector<LayerVariant> &variants = program_.manifest.variants;
  int64_t t = in.tokens;
  if (t < 0)
    return fail(llvm::formatv("tokens is {0}; it must be at least 0", t).str());
  if (t > variants.back().maxTokens)
    return fail(llvm::formatv("{0} tokens is more than the largest bucket "
                              "({1}) the layer was compiled for",
                              t, variants.back().maxTokens)
                    .str());
  const LayerVariant &v = variantFor(variants, t);
  LayerRun run;
  run.bucket = v.maxTokens;
  run.y.assign(size_t(t * p.modelDim * byteWidth(c.out)), 0);
  if (t == 0)
    return run;

  // The caller's inputs, checked against the layer's shape.
  bool xIsBf16 = !hasMXActivations(p.precision) || c.quantizesX();
  auto elementsOf = [&](const std::string &name) {
    return layerBufferElements(c, v, name, t);
  };
  struct Input {
    const char *name;
    size_t bytes;   // the host array's
    int64_t needed; // bytes T tokens need
  };
  const Input inputs[] = {
      {"topk_ids", in.topkIds.size() * 4, 4 * t * p.topk},
      {"topk_weights", in.topkWeights.size() * 4, 4 * t * p.topk},
      {"x", in.x.size(), xIsBf16 ? 2 * t * p.modelDim : elementsOf("x")},
      {"x_scales", in.xScales.size(), xIsBf16 ? 0 : elementsOf("x_scales")},
      {"y", run.y.size(), int64_t(run.y.size())}};
  for (const Input &i : inputs) {
    auto device = in.deviceBuffers.find(i.name);
    if (device != in.deviceBuffers.end()) {
      if (backend_->size(device->second) < uint64_t(i.needed))
        return fail(llvm::formatv("device buffer {0} has {1} bytes; {2} "
                                  "tokens need {3}",
                                  i.name, backend_->size(device->second), t,
                                  i.needed)
                        .str());
    } else if (int64_t(i.bytes) != i.needed) {
      return fail(llvm::formatv("{0} has {1} bytes; {2} tokens need {3}",
                                i.name, i.bytes, t, i.needed)
                      .str());
    }
  }

  // Every buffer the bucket's kernels name, once: its id and bytes.
  std::map<std::string, std::pair<BufferId, uint64_t>> buffers;
  for (auto &[name, id] : weights_)
    buffers[name] = {id, backend_->size(id)};
  std::vector<BufferId> owned;
  auto releaseOwned = llvm::make_scope_exit([&] {
    for (BufferId id : owned)
      backend_->release(id);
  });
  auto bytesOf = [](auto ref) {
    return llvm::ArrayRef<uint8_t>(
        reinterpret_cast<const uint8_t *>(ref.data()),
        ref.size() * sizeof(ref[0]));
  };
  for (const LayerKernel &k : v.kernels)
    for (const KernelParam &param : k.params) {
      if (param.isScalar() || buffers.count(param.name))
        continue;
      int64_t elements = layerBufferElements(c, v, param.name, t);
      if (elements < 0)
        return fail(k.name + ": no buffer rule for parameter " + param.name +
                    " (weights missing?)");
      if (elements > std::numeric_limits<int32_t>::max())
        return fail(llvm::formatv("{0}: {1} elements of {2} do not fit the "
                                  "32-bit sizes of the kernels",
                                  k.name, elements, param.name)
                        .str());
      uint64_t bytes = uint64_t(elements) * elementBytes(param.type);
      // Atomics add into a zeroed y (a fused launch zeroes it itself);
      // everything else is written by a kernel before it is read, so it
      // starts poisoned.
      bool zeroed = param.name == "y" && c.combine == Combine::Atomic &&
                    v.launch == StageLaunch::Separate;
      if (auto device = in.deviceBuffers.find(param.name);
          device != in.deviceBuffers.end()) {
        // The caller's buffer, in place (its size was checked above).
        buffers[param.name] = {device->second, bytes};
        if (zeroed)
          if (llvm::Error e = backend_->fill(device->second, 0))
            return std::move(e);
        continue;
      }
      auto id = backend_->allocate(param.name, bytes);
      if (!id)
        return id.takeError();
      owned.push_back(*id);
      buffers[param.name] = {*id, bytes};
      llvm::Error e = llvm::Error::success();
      if (param.name == "topk_ids")
        e = backend_->write(*id, 0, bytesOf(in.topkIds));
      else if (param.name == "topk_weights")
        e = backend_->write(*id, 0, bytesOf(in.topkWeights));
      else if (param.name == "x")
        e = backend_->write(*id, 0, in.x);
      else if (param.name == "x_scales" && !c.quantizesX())
        e = backend_->write(*id, 0, in.xScales);
      else
        e = backend_->fill(*id, zeroed ? 0 : 0xAB);
      if (e)
        return std::move(e);
    }

  for (const LayerKernel &k : v.kernels) {
    KernelLaunch launch;
    launch.module = k.file;
    launch.kernel = k.name;
    std::array<int64_t, 3> grid = k.grid(t);
    for (int d = 0; d < 3; ++d) {
      if (grid[d] < 0 || grid[d] > std::numeric_limits<uint32_t>::max())
        return fail(k.name + ": grid does not fit 32 bits");
      launch.grid[d] = uint32_t(grid[d]);
    }
    launch.block = {uint32_t(k.lanes), 1, 1};
    using V = KernelArgument::Value;
    for (const KernelArgument &a :
         kernelArguments(k.params, program_.manifest.abi)) {
      const KernelParam &param = k.params[a.param];
      BufferId id = 0;
      int64_t elements = 0;
      if (!param.isScalar()) {
        const auto &[buffer, bytes] = buffers.at(param.name);
        id = buffer;
        elements = bytes / elementBytes(param.type);
      }
      switch (a.value) {
      case V::AllocatedPointer:
      case V::AlignedPointer:
        launch.args.push_back(LaunchArg::pointer(id));
        break;
      case V::Offset:
        launch.args.push_back(LaunchArg::i64(0));
        break;
      case V::Size:
        launch.args.push_back(LaunchArg::i64(elements));
        break;
      case V::Stride:
        launch.args.push_back(LaunchArg::i64(1));
        break;
      case V::Elements:
        launch.args.push_back(LaunchArg::i32(int32_t(elements)));
        break;
      case V::Scalar:
        if (param.name == "tokens")
          launch.args.push_back(LaunchArg::i32(int32_t(t)));
        else if (param.name == "expert_begin")
          launch.args.push_back(LaunchArg::i32(in.expertBegin));
        else
          return fail(k.name + ": no value for scalar parameter " + param.name);
        break;
      }
    }
    auto result = backend_->launch(launch);
    if (!result)
      return result.takeError();
    KernelRun kr{k.name, k.role, grid, k.lanes, std::move(*result), {}};
    for (const KernelParam &param : k.params)
      if (!param.isScalar())
        if (auto it = kr.result.bytesRead.find(buffers.at(param.name).first);
            it != kr.result.bytesRead.end())
          kr.bytesRead[param.name] = it->second;
    if (onKernel)
      onKernel(kr);
    if (!kr.result.findings.empty())
      return fail(k.name + ": the emulator found problems:\n" +
                  kr.result.findings);
    run.kernels.push_back(std::move(kr));
  }
  if (in.deviceBuffers.count("y")) {
    run.y.clear();
    return run;
  }
  if (llvm::Error e = backend_->read(buffers.at("y").first, 0, run.y))
    return std::move(e);
  return run;
}

} // namespace mxmoe::rt
