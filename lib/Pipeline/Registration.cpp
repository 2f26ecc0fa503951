//===- Registration.cpp - dialect and pass registration -------------------===//

#include "mxmoe/Conversion/Passes.h"
#include "mxmoe/Dialect/MoE/IR/MoEDialect.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Target/LLVM/ROCDL/Target.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

using namespace mlir;

void mlir::moe::registerMXMoEPasses() {
  registerMXMoEConversionPasses();
  registerMXMoETransformsPasses();
}

void mlir::moe::registerMXMoEDialects(DialectRegistry &registry) {
  registry.insert<moe::MoEDialect>();
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  ROCDL::registerROCDLTargetInterfaceExternalModels(registry);
}
