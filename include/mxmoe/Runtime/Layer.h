//===- Layer.h - run a compiled MoE layer ----------------------*- C++ -*-===//
//
// A layer compiled once (a `moe-compile --model` directory, or compiled in
// process) runs on any backend: the runner uploads the kernel-layout
// weights once, and per call allocates every intermediate from the plan's
// rules, zeroes y where the combine adds into it, launches the bucket's
// kernels in order and returns y (docs/runtime.md).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_RUNTIME_LAYER_H
#define MXMOE_RUNTIME_LAYER_H

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Manifest.h"
#include "mxmoe/Runtime/Backend.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mxmoe::rt {

/// What a layer directory holds: the manifest and, per code object, the
/// LLVM IR the emulator runs and the code object HIP loads.
struct LayerProgram {
  LayerManifest manifest;
  struct Module {
    std::string file; // the code object's name (the manifest's "file")
    std::string llvmIR, codeObject;
  };
  std::vector<Module> modules;
  const LayerConfig &config() const { return manifest.config; }
};

/// Reads a `moe-compile --model` directory. One line naming the file on a
/// missing or inconsistent part.
llvm::Expected<LayerProgram> loadLayerDirectory(llvm::StringRef dir);

/// Plans and compiles `config` in process (options.chip, options.abi);
/// with `configs` the stage kernels come from it as in `moe-compile --model`.
llvm::Expected<LayerProgram>
compileLayerProgram(const LayerConfig &config, const CompileOptions &options,
                    const ConfigTable *configs = nullptr);

/// One call's inputs, host memory. x is bf16 [T, D], or, for a layer
/// compiled with quantize_input = false, MX codes with xScales.
struct LayerInputs {
  int64_t tokens = 0;
  llvm::ArrayRef<uint8_t> x, xScales;
  llvm::ArrayRef<int32_t> topkIds;   // [T, K]; -1 or out of range: skipped
  llvm::ArrayRef<float> topkWeights; // [T, K]
  int32_t expertBegin = 0;           // first local expert (0 unsharded)
  /// Caller-owned device buffers (Backend::wrap) by parameter name: x,
  /// x_scales, topk_ids, topk_weights, y. They are used in place of the
  /// host arrays above (which are then ignored), and y is written there
  /// instead of into LayerRun::y. Each must hold at least what T tokens need.
  std::map<std::string, BufferId> deviceBuffers;
};

struct KernelRun {
  std::string name;
  KernelRole role;
  std::array<int64_t, 3> grid{};
  int64_t lanes = 0;
  LaunchResult result;
  /// emu: result.bytesRead by the kernel's buffer parameter names.
  std::map<std::string, uint64_t> bytesRead;
};

struct LayerRun {
  int64_t bucket = 0; // the variant's max_tokens
  std::vector<KernelRun> kernels;
  std::vector<uint8_t> y; // [T, D] of the layer's y type
};

/// The size in elements of the layer buffer `name` for `tokens` tokens in
/// `variant` (weights excluded: they have the converter's sizes).
int64_t layerBufferElements(const LayerConfig &config,
                            const LayerVariant &variant,
                            const std::string &name, int64_t tokens);

class LayerRunner {
public:
  /// Loads every module on `backend` and uploads the weights (converted to
  /// the kernels' layouts, fmt::convertCheckpointExperts), checking their
  /// sizes against the layer's shape.
  static llvm::Expected<std::unique_ptr<LayerRunner>>
  create(LayerProgram program, std::unique_ptr<Backend> backend,
         const fmt::KernelExperts &weights);
  ~LayerRunner();

  /// Runs the layer for inputs.tokens tokens. `onKernel` is called after
  /// each kernel (progress). A kernel whose launch fails or whose emulator
  /// run finds anything fails the call.
  llvm::Expected<LayerRun>
  run(const LayerInputs &inputs,
      const std::function<void(const KernelRun &)> &onKernel = {});

  const LayerProgram &program() const { return program_; }
  Backend &backend() { return *backend_; }

private:
  LayerRunner(LayerProgram program, std::unique_ptr<Backend> backend);
  LayerProgram program_;
  std::unique_ptr<Backend> backend_;
  std::vector<std::pair<std::string, BufferId>> weights_;
};

} // namespace mxmoe::rt

#endif // MXMOE_RUNTIME_LAYER_H
