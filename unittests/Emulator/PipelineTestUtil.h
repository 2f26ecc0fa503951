//===- PipelineTestUtil.h - compile with mxmoe, run in moe-emu -*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H
#define MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H

#include "EmulatorTestUtil.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Reference/MoEReference.h"

#include <cmath>

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

namespace mxmoe::test {

/// Compiles MLIR text with our pipeline and loads the LLVM IR it hands to
/// the backend into the emulator.
inline std::unique_ptr<emu::Module>
compileAndLoad(const std::string &mlir, const std::string &chip,
               const std::string &strategy = "") {
  mlir::DialectRegistry registry;
  mlir::moe::registerMXMoEDialects(registry);
  mlir::MLIRContext context(registry);
  context.loadAllAvailableDialects();
  auto module = mlir::parseSourceString<mlir::ModuleOp>(mlir, &context);
  EXPECT_TRUE(module);
  if (!module)
    return nullptr;
  CompileOptions options;
  options.chip = chip;
  options.unpackStrategy = strategy;
  mlir::FailureOr<std::string> ir =
      compileModule(*module, EmitKind::LLVM, options);
  EXPECT_TRUE(succeeded(ir));
  if (failed(ir))
    return nullptr;
  std::string error;
  auto loaded = emu::Module::loadFromString(*ir, error);
  EXPECT_TRUE(loaded) << error;
  return loaded;
}

/// The reference activation of a kernel's activation attribute body
/// ("swiglu", "swiglu, limit = inf", "silu").
inline ref::ActivationSpec activationOf(const std::string &body) {
  ref::ActivationSpec spec;
  if (body == "silu")
    spec.kind = ref::Activation::SiLU;
  else if (body.find("inf") != std::string::npos)
    spec.limit = INFINITY;
  return spec;
}

/// The five parameters of a 1-D memref descriptor over buffer `b`.
inline void addMemref(std::vector<emu::KernelArg> &args, int b,
                      int64_t elements) {
  args.push_back(emu::KernelArg::buf(b));
  args.push_back(emu::KernelArg::buf(b));
  args.push_back(emu::KernelArg::i64(0));
  args.push_back(emu::KernelArg::i64(elements));
  args.push_back(emu::KernelArg::i64(1));
}

/// The buffers and kernel parameters of a launch, appended in parameter
/// order.
struct LaunchArgs {
  std::vector<emu::Buffer> buffers;
  std::vector<emu::KernelArg> args;
  /// A 1-D memref parameter over a new buffer of `elements` elements;
  /// returns the buffer's index.
  int add(const char *name, std::vector<uint8_t> bytes, int64_t elements) {
    buffers.push_back({name, std::move(bytes)});
    int index = int(buffers.size() - 1);
    addMemref(args, index, elements);
    return index;
  }
};

/// Launches `kernel` on `launch`'s buffers (outputs land back in them) and
/// expects a clean run: no emulator reports. Call it inside
/// ASSERT_NO_FATAL_FAILURE.
inline void launchClean(emu::Module &module, const std::string &kernel,
                        const emu::LaunchConfig &config, LaunchArgs &launch) {
  emu::Report report;
  std::string error;
  ASSERT_TRUE(module.launch(kernel, config, launch.args, launch.buffers,
                            report, error))
      << kernel << ": " << error;
  EXPECT_TRUE(report.ok()) << kernel << ": " << describe(report, {});
}

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H
