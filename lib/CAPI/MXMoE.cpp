//===- MXMoE.cpp - C API of mxmoe -----------------------------------------===//

#include "mxmoe-c/MXMoE.h"

#include "mxmoe/Compiler/Compile.h"

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

extern "C" const char *mxmoeVersion(void) { return MXMOE_VERSION; }
