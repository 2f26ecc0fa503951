//===- Passes.h - mxmoe conversion passes ----------------------*- C++ -*-===//

#ifndef MXMOE_CONVERSION_PASSES_H
#define MXMOE_CONVERSION_PASSES_H

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::moe {

#define GEN_PASS_DECL
#include "mxmoe/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "mxmoe/Conversion/Passes.h.inc"

} // namespace mlir::moe

#endif // MXMOE_CONVERSION_PASSES_H
