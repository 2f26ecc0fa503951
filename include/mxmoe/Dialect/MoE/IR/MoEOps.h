//===- MoEOps.h - moe dialect operations -----------------------*- C++ -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEOPS_H
#define MXMOE_DIALECT_MOE_IR_MOEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/IR/MoEDialect.h"

#define GET_OP_CLASSES
#include "mxmoe/Dialect/MoE/IR/MoEOps.h.inc"

#endif // MXMOE_DIALECT_MOE_IR_MOEOPS_H
