//===- MoEDialect.h - The moe dialect --------------------------*- C++ -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEDIALECT_H
#define MXMOE_DIALECT_MOE_IR_MOEDIALECT_H

#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Dialect.h"

#include "mxmoe/Dialect/MoE/IR/MoEDialect.h.inc"

#endif // MXMOE_DIALECT_MOE_IR_MOEDIALECT_H
