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
#include "mxmoe/Plan/Kernels.h"

namespace mlir::moe {

/// The GPT-OSS SwiGLU defaults.
inline constexpr double kSwiGLUDefaultAlpha = mxmoe::kSwiGLUDefaultAlpha;
inline constexpr double kSwiGLUDefaultLimit = mxmoe::kSwiGLUDefaultLimit;

/// The format library's view of the layout attributes.
mxmoe::fmt::WeightLayout toFormat(WeightLayout layout);
mxmoe::fmt::ScaleLayout toFormat(ScaleLayout layout);
mxmoe::fmt::GateUpArrangement toFormat(GateUpArrangement arrangement);
WeightLayout fromFormat(mxmoe::fmt::WeightLayout layout);
ScaleLayout fromFormat(mxmoe::fmt::ScaleLayout layout);
GateUpArrangement fromFormat(mxmoe::fmt::GateUpArrangement arrangement);

/// The plan library's view of the enum attributes (mxmoe/Plan/Enums.h has
/// the same enumerators), one function each direction.
mxmoe::Precision toPlan(Precision v);
mxmoe::OutputFormat toPlan(OutputFormat v);
mxmoe::Combine toPlan(Combine v);
mxmoe::ScaleRounding toPlan(ScaleRounding v);
mxmoe::ActivationKind toPlan(ActivationKind v);
Precision fromPlan(mxmoe::Precision v);
OutputFormat fromPlan(mxmoe::OutputFormat v);
Combine fromPlan(mxmoe::Combine v);
ScaleRounding fromPlan(mxmoe::ScaleRounding v);
ActivationKind fromPlan(mxmoe::ActivationKind v);
/// The plan's weight cache policy is the CacheModifier `none` or `nt`; a
/// modifier with other bits has no plan value (the stage verifiers refuse
/// it).
std::optional<mxmoe::WeightCache> toPlan(CacheModifier v);
CacheModifier fromPlan(mxmoe::WeightCache v);
mxmoe::WorkgroupOrder toPlan(WorkgroupOrder v);
WorkgroupOrder fromPlan(mxmoe::WorkgroupOrder v);

/// #moe.activation as the plan's Activation, and back.
mxmoe::Activation toPlan(ActivationAttr attr);
ActivationAttr fromPlan(MLIRContext *context, const mxmoe::Activation &act);

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_IR_MOEATTRS_H
