//===- moe-opt.cpp - the mxmoe optimizer driver ---------------------------===//
//
// mlir-opt with the moe dialect, every mxmoe pass and the moe-to-llvm
// pipeline registered next to the upstream dialects and passes.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Pipeline/Pipeline.h"

#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::moe::registerMXMoEDialects(registry);
  mlir::registerAllPasses();
  mlir::moe::registerMXMoEPasses();
  mlir::moe::registerMoEPipelines();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "mxmoe optimizer driver\n", registry));
}
