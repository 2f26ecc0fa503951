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
#include "mxmoe/Compiler/Tune.h"
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
/// backend run each). Diagnostics go to the context's handler. With
/// `configs` the dispatcher picks the stage kernels (tuned entry, nearest
/// tuned shape or heuristic), each checked against options.chip first.
mlir::FailureOr<CompiledLayer>
compileLayer(const LayerConfig &config, const CompileOptions &options,
             mlir::MLIRContext &context, const ConfigTable *configs = nullptr);

/// A row of the kernel table.
struct KernelPerformance {
  perf::KernelReport report;
  int wavesPerSIMD = 0; // occupancy
  /// The predicted time for the bucket's largest token count: the
  /// calibrated model (perf::predictStage with the main loop's llvm-mca
  /// issue term for stage kernels; streaming or sort model otherwise).
  std::optional<double> predictedSeconds;
  /// Stage kernels: the model's largest term ("bandwidth", "latency", ...).
  std::string bound;
  /// A fused-stages kernel: the stage-1 share of predictedSeconds (stage 2
  /// and the hand-off are the rest).
  std::optional<double> stage1Seconds;
};

/// Analyzes every module's ISA (llvm-mca at `llvmMca` for the main loops)
/// and predicts each kernel of each variant; keyed by kernel name and
/// bucket. A fused-stages kernel is predicted from its two stages compiled on
/// their own in `context` (its ISA holds both main loops, which the ISA
/// analysis cannot tell apart). An error message on failure.
struct LayerPerformance {
  std::map<std::pair<int64_t, std::string>, KernelPerformance> kernels;
  std::string error;
};
LayerPerformance analyzeLayer(const CompiledLayer &layer,
                              const std::string &chip,
                              const std::string &llvmMca,
                              mlir::MLIRContext &context);

} // namespace mxmoe

#endif // MXMOE_COMPILER_LAYER_H
