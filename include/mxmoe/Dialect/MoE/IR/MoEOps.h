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

namespace mlir::moe {

/// Resources a stage tile needs, by the model the verifiers and lowerings
/// share: LDS holds two buffers (ping-pong) of the activation and weight
/// tiles with their scales; each lane holds its share of the accumulators
/// plus two k-steps of operand fragments.
struct TileResources {
  int64_t ldsBytes;
  int64_t vgprsPerLane;
};
TileResources estimateTileResources(TileAttr tile, Precision precision);

/// VGPRs (arch + acc) per lane that still allow two waves per SIMD.
inline constexpr int64_t kVgprsForTwoWaves = 256;

} // namespace mlir::moe
