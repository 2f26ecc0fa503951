//===- MoEToROCDL.h - moe primitives to amdgpu/rocdl -----------*- C++ -*-===//

#ifndef MXMOE_CONVERSION_MOETOROCDL_MOETOROCDL_H
#define MXMOE_CONVERSION_MOETOROCDL_MOETOROCDL_H

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::moe {

/// Memory, decode and matrix-core primitives.
void populateMoEToROCDLPatterns(RewritePatternSet &patterns,
                                const mxmoe::ChipInfo &chip);

/// moe.fp4_unpack; `override` replaces each op's own strategy.
void populateFP4UnpackPatterns(RewritePatternSet &patterns,
                               const mxmoe::ChipInfo &chip,
                               std::optional<UnpackStrategy> override);

/// The strategy an fp4_unpack uses on `chip` (resolves `auto`).
UnpackStrategy resolveUnpackStrategy(UnpackStrategy requested,
                                     const mxmoe::ChipInfo &chip);

} // namespace mlir::moe

#endif // MXMOE_CONVERSION_MOETOROCDL_MOETOROCDL_H
