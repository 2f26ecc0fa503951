//===- EpilogueMath.h - gated activation, MX block quantization -*- C++ -*-===//
//
// The f32 math after a GEMM, emitted the same way by the fused stage-1
// epilogue (moe-lower-stage1-epilogue), the split-K finish kernel
// (moe-lower-stage1-finish) and the activation quantizer
// (moe-lower-quantize-mx), so all produce the same bits.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_EPILOGUEMATH_H
#define MXMOE_LIB_TRANSFORMS_EPILOGUEMATH_H

#include "RoutedTiling.h"

namespace mlir::moe {

/// The gated activation of docs/semantics.md §1.1 in f32: GPT-OSS SwiGLU
/// (clamps unless limit = inf) or SiLU, sigmoid through rocdl.exp2 / rocdl.rcp.
Value activate(OpBuilder &b, Location loc, ActivationAttr act, Value gate,
               Value up);

/// bias[expert * 2 inter + gateUpRow(arrangement, up, column, inter)].
Value gateUpBias(Arith &a, Value bias, Value expert, Value column,
                 GateUpArrangement arrangement, int64_t inter, bool up);

/// |v| of an f32 as its i32 bits (ordered like the magnitudes).
Value magnitudeBits(Arith &a, Value v);

/// The E8M0 byte (i32) of an MX block whose largest magnitude has f32 bits
/// `amax`, as mxmoe::ref::mxScaleByte computes it.
Value mxScaleByte(Arith &a, Value amax, bool fp4, ScaleRounding rounding);

/// 2^(byte - 127) as f32, the scale operand of the scaled conversions.
Value mxScaleValue(Arith &a, Value byte);

/// Clamps h to +-(element maximum x 2^(byte - 127)) so the scaled
/// conversion saturates instead of overflowing.
Value mxSaturate(Arith &a, Value h, Value byte, bool fp4);

/// Elements per MX block (one E8M0 scale each).
inline constexpr int64_t kMXBlock = 32;

/// The 32 elements of a loaded MX block (a vector of f32, bf16 or f16) as
/// f32 scalars, storeMXBlock's input: how moe.quantize_mx and the fused
/// stage-1 prologue widen x alike.
SmallVector<Value> widenMXBlock(Arith &a, Value raw);

/// Quantizes one MX block held by this lane (32 f32 values): the scale
/// from its largest magnitude, saturation, the codes packed into 32-bit
/// words by the scaled conversions; stores the 16 (FP4) or 32 (FP8) code
/// bytes at codes[codesAt] and the scale byte at scales[scaleAt]. `amax`,
/// when given, is the block's largest magnitudeBits (computed by the
/// caller on narrower values).
void storeMXBlock(Arith &a, ArrayRef<Value> block, bool fp4,
                  ScaleRounding rounding, Value codes, Value codesAt,
                  Value scales, Value scaleAt, Value amax = Value());

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_EPILOGUEMATH_H
