//===- Layer.h - compile a whole MoE layer ---------------------*- C++ -*-===//
//
// What moe-compile --model does, as a library call: plan the layer, build
// each kernel module once in one context, run the backend once per module
// (ISA and code object from the same run), and analyze the ISA for the
// kernel table (registers, LDS, occupancy, predicted time on the chip).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_LAYER_H
#define MXMOE_COMPILER_LAYER_H

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Perf/Perf.h"
#include "mxmoe/Plan/Layer.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe {

/// One code object of a layer.
struct CompiledModule {
  std::string file;                 // <first kernel>.hsaco
  std::vector<std::string> kernels; // the kernels it holds
  /// The LLVM IR handed to the backend (what the emulator runs), the ISA
  /// and the code object, all from one backend run.
  std::string llvm, isa, hsaco;
};

struct CompiledLayer {
  LayerConfig config;
  std::vector<LayerVariant> variants;
  /// Each kernel module once (buckets share kernels), in first-use order.
  std::vector<CompiledModule> modules;
};

/// Plans `config` and compiles every kernel module in `context` (one
/// backend run each). Diagnostics go to the context's handler.
mlir::FailureOr<CompiledLayer> compileLayer(const LayerConfig &config,
                                            const CompileOptions &options,
                                            mlir::MLIRContext &context);

/// A row of the kernel table.
struct KernelPerformance {
  perf::KernelReport report;
  int wavesPerSIMD = 0; // occupancy
  /// Stage kernels: the predicted time for the bucket's largest token count
  /// (perf::roofline with the routed launch's latency term).
  std::optional<double> predictedSeconds;
};

/// Analyzes every module's ISA (llvm-mca at `llvmMca` for the main loops)
/// and predicts each kernel of each variant; keyed by kernel name and
/// bucket. An error message on failure.
struct LayerPerformance {
  std::map<std::pair<int64_t, std::string>, KernelPerformance> kernels;
  std::string error;
};
LayerPerformance analyzeLayer(const CompiledLayer &layer,
                              const std::string &chip,
                              const std::string &llvmMca);

} // namespace mxmoe

#endif // MXMOE_COMPILER_LAYER_H
