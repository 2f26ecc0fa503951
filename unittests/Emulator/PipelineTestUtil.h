//===- PipelineTestUtil.h - compile with mxmoe, run in moe-emu -*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H
#define MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H

#include "EmulatorTestUtil.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Reference/MoEReference.h"

#include <cmath>
#include <variant>

#include "mlir/IR/Diagnostics.h"

namespace mxmoe::test {

/// Compiles MLIR text (a test's own kernel) or a problem's kernel (built by
/// the kernel builders) with our pipeline and loads the LLVM IR it hands to
/// the backend into the emulator.
inline std::unique_ptr<emu::Module>
compileAndLoad(const std::variant<std::string, KernelConfig> &kernel,
               const std::string &chip, const std::string &strategy = "") {
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          diagnostics += d.str() + "\n";
                                          return mlir::success();
                                        });
  CompileOptions options;
  options.chip = chip;
  options.unpackStrategy = strategy;
  mlir::FailureOr<std::string> ir =
      std::holds_alternative<std::string>(kernel)
          ? compileSource(std::get<std::string>(kernel), EmitKind::LLVM,
                          options, *context)
          : compileKernel(std::get<KernelConfig>(kernel), EmitKind::LLVM,
                          options, *context);
  EXPECT_TRUE(succeeded(ir)) << diagnostics;
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

/// The kernel configuration's activation for the same body.
inline Activation planActivation(const std::string &body) {
  if (body == "silu")
    return Activation::silu();
  Activation act;
  if (body.find("inf") != std::string::npos)
    act.limit = INFINITY;
  return act;
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
  ASSERT_TRUE(
      module.launch(kernel, config, launch.args, launch.buffers, report, error))
      << kernel << ": " << error;
  EXPECT_TRUE(report.ok()) << kernel << ": " << describe(report, {});
}

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_EMULATOR_PIPELINETESTUTIL_H
