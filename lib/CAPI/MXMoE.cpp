//===- MXMoE.cpp - C API of mxmoe -----------------------------------------===//

#include "mxmoe-c/MXMoE.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Runtime/Layer.h"
#include "mxmoe/Runtime/Weights.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <cstdlib>
#include <cstring>

static char *copyString(const std::string &s) {
  char *p = static_cast<char *>(std::malloc(s.size() + 1));
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

extern "C" MxmoeResult mxmoeCompile(const char *mlir, size_t length,
                                    const char *chip, MxmoeEmitKind emit) {
  MxmoeResult result = {0, nullptr, 0, nullptr};
  if (!mlir || !chip || emit < MXMOE_EMIT_MLIR || emit > MXMOE_EMIT_HSACO) {
    result.error = copyString("mxmoeCompile: invalid argument");
    return result;
  }
  std::unique_ptr<mlir::MLIRContext> context = mxmoe::createContext();
  std::string errors;
  mlir::ScopedDiagnosticHandler handler(
      context.get(), [&](mlir::Diagnostic &d) {
        if (auto loc = llvm::dyn_cast<mlir::FileLineColLoc>(d.getLocation()))
          errors += std::to_string(loc.getLine()) + ":" +
                    std::to_string(loc.getColumn()) + ": ";
        errors += d.str() + "\n";
        return mlir::success();
      });
  mxmoe::CompileOptions options;
  options.chip = chip;
  mlir::FailureOr<std::string> artifact = mxmoe::compileSource(
      llvm::StringRef(mlir, length), mxmoe::EmitKind(emit), options, *context);
  if (succeeded(artifact)) {
    result.ok = 1;
    result.size = artifact->size();
    result.data = copyString(*artifact);
    return result;
  }
  result.error = copyString(errors.empty() ? "compilation failed" : errors);
  return result;
}

extern "C" void mxmoeResultDestroy(MxmoeResult *result) {
  if (!result)
    return;
  std::free(result->data);
  std::free(result->error);
  result->data = result->error = nullptr;
  result->size = 0;
}

struct MxmoeLayer {
  std::unique_ptr<mxmoe::rt::LayerRunner> runner;
};

/// Sets *error (when asked for) and returns `value`.
template <typename T> static T failWith(char **error, llvm::Error e, T value) {
  std::string message = llvm::toString(std::move(e));
  if (error)
    *error = copyString(message);
  return value;
}

extern "C" MxmoeLayer *mxmoeLayerLoad(const char *layerDir,
                                      const char *checkpoint, int layer,
                                      MxmoeDevice device, char **error) {
  using namespace mxmoe;
  if (error)
    *error = nullptr;
  if (!layerDir || !checkpoint ||
      (device != MXMOE_DEVICE_EMU && device != MXMOE_DEVICE_HIP))
    return failWith<MxmoeLayer *>(
        error,
        llvm::createStringError(llvm::inconvertibleErrorCode(),
                                "mxmoeLayerLoad: invalid argument"),
        nullptr);
  auto program = rt::loadLayerDirectory(layerDir);
  if (!program)
    return failWith<MxmoeLayer *>(error, program.takeError(), nullptr);
  auto weights = rt::loadGptOssWeights(checkpoint, layer, program->config(),
                                       program->manifest.variants.front());
  if (!weights)
    return failWith<MxmoeLayer *>(error, weights.takeError(), nullptr);
  std::unique_ptr<rt::Backend> backend;
  if (device == MXMOE_DEVICE_EMU) {
    backend = rt::createEmuBackend({});
  } else {
    auto hip = rt::createHipBackend();
    if (!hip)
      return failWith<MxmoeLayer *>(error, hip.takeError(), nullptr);
    backend = std::move(*hip);
  }
  auto runner = rt::LayerRunner::create(std::move(*program), std::move(backend),
                                        *weights);
  if (!runner)
    return failWith<MxmoeLayer *>(error, runner.takeError(), nullptr);
  return new MxmoeLayer{std::move(*runner)};
}

extern "C" int64_t mxmoeLayerModelDim(const MxmoeLayer *layer) {
  return layer ? layer->runner->program().config().problem.modelDim : 0;
}
extern "C" int64_t mxmoeLayerTopk(const MxmoeLayer *layer) {
  return layer ? layer->runner->program().config().problem.topk : 0;
}
extern "C" int64_t mxmoeLayerMaxTokens(const MxmoeLayer *layer) {
  return layer ? layer->runner->program().manifest.variants.back().maxTokens
               : 0;
}
extern "C" int mxmoeLayerOutputBytes(const MxmoeLayer *layer) {
  if (!layer)
    return 0;
  return int(mxmoe::byteWidth(layer->runner->program().config().out));
}

static llvm::Error invalid(const char *what) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), what);
}

extern "C" int mxmoeLayerRun(MxmoeLayer *layer, int64_t tokens,
                             const uint16_t *x, const int32_t *topkIds,
                             const float *topkWeights, void *y, char **error) {
  using namespace mxmoe;
  if (error)
    *error = nullptr;
  if (!layer || tokens < 0 ||
      (tokens > 0 && (!x || !topkIds || !topkWeights || !y)))
    return failWith(error, invalid("mxmoeLayerRun: invalid argument"), 1);
  const LayerConfig &c = layer->runner->program().config();
  if (hasMXActivations(c.problem.precision) && !c.quantizesX())
    return failWith(error,
                    invalid("mxmoeLayerRun: the layer takes x MX-quantized; "
                            "the C API passes bf16 x"),
                    1);
  int64_t d = c.problem.modelDim, k = c.problem.topk;
  rt::LayerInputs in;
  in.tokens = tokens;
  in.x = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(x),
                                 size_t(2 * tokens * d));
  in.topkIds = llvm::ArrayRef<int32_t>(topkIds, size_t(tokens * k));
  in.topkWeights = llvm::ArrayRef<float>(topkWeights, size_t(tokens * k));
  auto run = layer->runner->run(in);
  if (!run)
    return failWith(error, run.takeError(), 1);
  std::memcpy(y, run->y.data(), run->y.size());
  return 0;
}

extern "C" int mxmoeLayerRunDevice(MxmoeLayer *layer, int64_t tokens, void *x,
                                   void *topkIds, void *topkWeights, void *y,
                                   char **error) {
  using namespace mxmoe;
  if (error)
    *error = nullptr;
  if (!layer || tokens < 0 || !x || !topkIds || !topkWeights || !y)
    return failWith(error, invalid("mxmoeLayerRunDevice: invalid argument"), 1);
  rt::Backend &backend = layer->runner->backend();
  const LayerConfig &c = layer->runner->program().config();
  int64_t d = c.problem.modelDim, k = c.problem.topk;
  rt::LayerInputs in;
  in.tokens = tokens;
  std::vector<rt::BufferId> wrapped;
  auto wrap = [&](const char *name, void *p, uint64_t bytes) -> llvm::Error {
    auto id = backend.wrap(name, p, bytes);
    if (!id)
      return id.takeError();
    wrapped.push_back(*id);
    in.deviceBuffers[name] = *id;
    return llvm::Error::success();
  };
  llvm::Error e = wrap("x", x, uint64_t(2 * tokens * d));
  if (!e)
    e = wrap("topk_ids", topkIds, uint64_t(4 * tokens * k));
  if (!e)
    e = wrap("topk_weights", topkWeights, uint64_t(4 * tokens * k));
  if (!e)
    e = wrap("y", y, uint64_t(tokens * d * mxmoeLayerOutputBytes(layer)));
  llvm::Expected<rt::LayerRun> run =
      e ? llvm::Expected<rt::LayerRun>(std::move(e)) : layer->runner->run(in);
  for (rt::BufferId id : wrapped)
    backend.release(id);
  if (!run)
    return failWith(error, run.takeError(), 1);
  return 0;
}

extern "C" void mxmoeLayerDestroy(MxmoeLayer *layer) { delete layer; }

extern "C" void mxmoeStringDestroy(char *string) { std::free(string); }

extern "C" const char *mxmoeVersion(void) { return MXMOE_VERSION; }
