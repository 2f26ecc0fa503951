//===- Compile.h - compile moe IR to LLVM IR, ISA or HSACO -----*- C++ -*-===//
//
// The in-process driver behind moe-compile, usable by other compilers: lower
// a module of moe kernels for one chip, then serialize its gpu.module with the
// AMDGPU backend and link the code object with ld.lld.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_COMPILE_H
#define MXMOE_COMPILER_COMPILE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LogicalResult.h"

#include <optional>
#include <string>

namespace mxmoe {

enum class EmitKind { MLIR, LLVM, ISA, HSACO };

std::optional<EmitKind> parseEmitKind(const std::string &name);

struct CompileOptions {
  std::string chip = "gfx950";
  /// "" keeps each moe.fp4_unpack's own strategy; else auto, hw or sw.
  std::string unpackStrategy;
  unsigned optLevel = 3;
  /// ld.lld used to link HSACO; empty means the one found at build time.
  std::string ldLld;
};

/// Runs the moe-to-llvm pipeline on `module` in place. Diagnostics go to the
/// context's handler.
mlir::LogicalResult lowerModule(mlir::ModuleOp module,
                                const CompileOptions &options);

/// Lowers `module` (in place) and returns the requested artifact: MLIR text,
/// the optimized LLVM IR handed to the backend, gfx ISA text, or an HSACO.
/// LLVM/ISA/HSACO need exactly one gpu.module.
mlir::FailureOr<std::string> compileModule(mlir::ModuleOp module,
                                           EmitKind emit,
                                           const CompileOptions &options);

} // namespace mxmoe

#endif // MXMOE_COMPILER_COMPILE_H
