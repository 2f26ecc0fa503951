//===- Compile.h - compile moe IR to LLVM IR, ISA or HSACO -----*- C++ -*-===//
//
// The in-process driver behind moe-compile, the C API and the tests, usable
// by other compilers: lower a module of moe kernels for one chip, then
// serialize its gpu.module with the AMDGPU backend and link the code object
// with ld.lld. Entry points for source text, a module, a problem's kernel
// (built, never printed and parsed) and a whole layer (Layer.h).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_COMPILE_H
#define MXMOE_COMPILER_COMPILE_H

#include "mxmoe/Plan/Kernels.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/LogicalResult.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace mlir {
class PassManager;
} // namespace mlir

namespace mxmoe {

enum class EmitKind { MLIR, LLVM, ISA, HSACO };

std::optional<EmitKind> parseEmitKind(const std::string &name);

struct CompileOptions {
  std::string chip = "gfx950";
  /// "" keeps each moe.fp4_unpack's own strategy; else auto, hw or sw.
  std::string unpackStrategy;
  unsigned optLevel = 3;
  /// How the kernels take their buffers (docs/runtime.md, "Kernel ABIs").
  KernelAbi abi = KernelAbi::Memref;
  /// ld.lld used to link HSACO; empty means the one found at build time.
  std::string ldLld;
  /// Called on the moe-to-llvm pass manager after the pipeline is built and
  /// before it runs; a failure stops the compilation. Tools use it to apply
  /// MLIR's pass-manager command-line options (`--mlir-print-ir-after=...`,
  /// `--mlir-timing`, ...); the library itself never reads global
  /// command-line options.
  std::function<mlir::LogicalResult(mlir::PassManager &)> configurePassManager;
};

/// A context with the dialects mxmoe compiles, all loaded. Install a
/// diagnostic handler on it to see the errors of the calls below.
std::unique_ptr<mlir::MLIRContext> createContext();

/// Runs the moe-to-llvm pipeline on `module` in place. Diagnostics go to the
/// context's handler.
mlir::LogicalResult lowerModule(mlir::ModuleOp module,
                                const CompileOptions &options);

/// What one backend run yields for a module's gpu.module.
struct Artifacts {
  std::string llvm;  // the optimized LLVM IR handed to the backend
  std::string isa;   // gfx assembly
  std::string hsaco; // the linked code object (if asked for)
};

/// Lowers `module` (in place; exactly one gpu.module) and runs the backend
/// once: LLVM IR, ISA and, with `hsaco`, the code object assembled from that
/// ISA and linked.
mlir::FailureOr<Artifacts> compileArtifacts(mlir::ModuleOp module,
                                            const CompileOptions &options,
                                            bool hsaco = true);

/// Lowers `module` (in place) and returns the requested artifact: MLIR text,
/// the optimized LLVM IR handed to the backend, gfx ISA text, or an HSACO.
/// LLVM/ISA/HSACO need exactly one gpu.module.
mlir::FailureOr<std::string> compileModule(mlir::ModuleOp module, EmitKind emit,
                                           const CompileOptions &options);

/// Parses `source` (a user's input; `sourceName` names it in locations) in
/// `context` and compiles it: the one "text in, artifact out" path of
/// moe-compile, the C API and the tests.
mlir::FailureOr<std::string>
compileSource(llvm::StringRef source, EmitKind emit,
              const CompileOptions &options, mlir::MLIRContext &context,
              llvm::StringRef sourceName = "<source>");

/// Builds the kernel module of a problem (mlir::moe::buildKernelModule),
/// verifies it and compiles it.
mlir::FailureOr<std::string> compileKernel(const KernelConfig &config,
                                           EmitKind emit,
                                           const CompileOptions &options,
                                           mlir::MLIRContext &context);

} // namespace mxmoe

#endif // MXMOE_COMPILER_COMPILE_H
