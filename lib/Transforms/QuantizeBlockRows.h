//===- QuantizeBlockRows.h - a stage-1 block's rows of x into LDS -*- C++
//-*-===//
//
// The prologue of a stage 1 with quantize_x: the workgroup MX-quantizes the
// bf16 x rows of its block's routed positions into LDS (moe.quantize_mx's
// math, storeMXBlock), and its main loop reads the activations from there.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_QUANTIZEBLOCKROWS_H
#define MXMOE_LIB_TRANSFORMS_QUANTIZEBLOCKROWS_H

#include "RoutedTiling.h"

namespace mlir::moe {

/// LDS rows of MX codes (model_dim elements each) and their row-major E8M0
/// scales; row i is routed position block_row + i.
struct QuantizedBlockRows {
  Value codes, scales;
};

/// Emits the prologue in `op`'s kernel at the builder: every lane quantizes
/// MX blocks of the tile.m rows (an invalid row, or a token past what x
/// holds, quantizes zeros), then a barrier. `tokens` is the stage's
/// clamped token count.
QuantizedBlockRows quantizeBlockRows(Arith &a, Stage1Op op, Value tokens,
                                     Value blockRow);

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_QUANTIZEBLOCKROWS_H
