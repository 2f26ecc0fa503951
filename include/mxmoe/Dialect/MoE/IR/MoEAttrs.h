//===- MoEAttrs.h - moe dialect attributes ---------------------*- C++ -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEATTRS_H
#define MXMOE_DIALECT_MOE_IR_MOEATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"

#include "mxmoe/Dialect/MoE/IR/MoEEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h.inc"

#include "mxmoe/Format/Layouts.h"

namespace mlir::moe {

/// The GPT-OSS SwiGLU defaults.
inline constexpr double kSwiGLUDefaultAlpha = 1.702;
inline constexpr double kSwiGLUDefaultLimit = 7.0;

/// The format library's view of the layout attributes.
mxmoe::fmt::WeightLayout toFormat(WeightLayout layout);
mxmoe::fmt::ScaleLayout toFormat(ScaleLayout layout);
mxmoe::fmt::GateUpArrangement toFormat(GateUpArrangement arrangement);

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_IR_MOEATTRS_H
