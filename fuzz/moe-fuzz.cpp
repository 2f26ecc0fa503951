//===- moe-fuzz.cpp - libFuzzer target over parse, verify and lower -------===//
//
// Each input is a module's text. MXMOE_FUZZ_MODE picks how far it goes:
//   verify  parse (which verifies) only: the fast mode;
//   lower   parse, verify and the whole moe-to-llvm pipeline (default);
//   llvm    that, then the AMDGPU backend to optimized LLVM IR and ISA.
// The source goes through mxmoe::compileSource, the path moe-compile and
// the C API take, guards included. Diagnostics are dropped: a rejected
// input is a good outcome; a crash, an abort or a hang is a finding.
// scripts/fuzz.sh builds and runs it.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/InputGuards.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace mlir;

namespace {

enum class Mode { Verify, Lower, LLVM };

Mode mode = Mode::Lower;

/// A fresh context every so many inputs: uniqued attributes and types of
/// earlier inputs never go away, so one context would only grow.
constexpr int kInputsPerContext = 2000;

struct FuzzContext {
  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<ScopedDiagnosticHandler> handler;
  int inputs = 0;

  MLIRContext &get() {
    if (!context || inputs++ == kInputsPerContext) {
      handler.reset();
      context = mxmoe::createContext();
      context->disableMultithreading();
      context->printOpOnDiagnostic(false);
      context->printStackTraceOnDiagnostic(false);
      handler = std::make_unique<ScopedDiagnosticHandler>(
          context.get(), [](Diagnostic &) { return success(); });
      inputs = 1;
    }
    return *context;
  }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  const char *name = std::getenv("MXMOE_FUZZ_MODE");
  if (!name || !std::strcmp(name, "lower")) {
    mode = Mode::Lower;
  } else if (!std::strcmp(name, "verify")) {
    mode = Mode::Verify;
  } else if (!std::strcmp(name, "llvm")) {
    mode = Mode::LLVM;
  } else {
    std::fprintf(stderr,
                 "moe-fuzz: error: unknown MXMOE_FUZZ_MODE '%s' (expected "
                 "verify, lower or llvm)\n",
                 name);
    std::exit(2);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FuzzContext fuzzContext;
  MLIRContext &context = fuzzContext.get();
  llvm::StringRef source(reinterpret_cast<const char *>(data), size);
  if (mode == Mode::Verify) {
    if (mxmoe::findParserHazard(source))
      return 0;
    // Terminated, as compileSource parses it (MLIR's lexer needs the NUL).
    std::string terminated(source);
    ParserConfig config(&context);
    (void)parseSourceString<ModuleOp>(terminated, config, "fuzz");
    return 0;
  }
  mxmoe::CompileOptions options;
  (void)mxmoe::compileSource(
      source, mode == Mode::LLVM ? mxmoe::EmitKind::ISA : mxmoe::EmitKind::MLIR,
      options, context, "fuzz");
  return 0;
}
