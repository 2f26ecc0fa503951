//===- MoEDialect.cpp - The moe dialect -----------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEDialect.h"
#include "mxmoe/Dialect/MoE/IR/MoEOps.h"

using namespace mlir;
using namespace mlir::moe;

#include "mxmoe/Dialect/MoE/IR/MoEDialect.cpp.inc"

void MoEDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "mxmoe/Dialect/MoE/IR/MoEOps.cpp.inc"
      >();
  registerAttributes();
}
