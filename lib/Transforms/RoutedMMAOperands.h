//===- RoutedMMAOperands.h - routed-MMA operands and MFMAs ------*- C++ -*-===//
//
// The precision-specific half of moe-pipeline-routed-mma: how a wave reads
// its MFMA operands for one stage out of an LDS stage buffer, and which
// MFMAs consume them (a16w4: FP4 unpack to bf16 and 16x16x32 bf16 MFMAs;
// a8w4: FP8 activations gathered as the scaled MFMA's K runs; a4w4: FP4 on
// both sides). The software pipeline around it (PipelineRoutedMMA.cpp) is
// precision-independent.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_ROUTEDMMAOPERANDS_H
#define MXMOE_LIB_TRANSFORMS_ROUTEDMMAOPERANDS_H

#include "RoutedTiling.h"

namespace mlir::moe {

/// Operand bytes [byte, byte + length) of lane r + 16g of a 16x16x128 FP8
/// scaled-MFMA operand hold K [base + groupStride * g, + length) of row r:
/// the runs of fmt::scaledMfmaOperandSlot, found by inverting it (no run
/// length is assumed; the asserts check that each run is linear in g).
struct OperandRun {
  int64_t byte, length, base, groupStride;
};
SmallVector<OperandRun> fp8OperandRuns();

/// Where a stage buffer keeps scale byte `kb` (32-element K block `kb` of the
/// stage) of a row, (kb mod 4) sub + kb div 4: lane group g's blocks 4s + g
/// of the `sub` = tile.k / 128 sub-steps side by side, so that one LDS read
/// gives a lane its scales for several sub-steps and each MFMA picks its
/// byte (scale_a_byte / scale_b_byte) instead of a register shuffle.
inline Value scaleLdsByte(Arith &a, Value kb, int64_t sub) {
  return a.add(a.mul(a.rem(kb, 4), sub), a.div(kb, 4));
}

/// Scale bytes one LDS read gives a lane (the MFMA's byte select): the
/// weight (A) scales use all four bytes of the scale register; the
/// activation (B) scales bytes 0 and 1 only, the B-operand selects that
/// Triton-compiled oracle kernels exercise (test/Oracle/fixtures).
inline constexpr int64_t kWeightScalesPerRead = 4;
inline constexpr int64_t kActScalesPerRead = 2;

/// Reads a wave's operands of one stage from an LDS stage buffer and emits
/// the MFMAs of that stage.
class RoutedMMAOperands {
public:
  /// A stage's operands: per 128-wide sub-step, by weight key (w, wScale)
  /// and by row key (act, actScale).
  struct Operands {
    SmallVector<SmallVector<Value>> w, wScale, act, actScale;
  };

  /// `r` and `g` are the lane's row and group in the 16x16 MFMA layout,
  /// `coords` the wave's MFMA tiles; `groupBase` (bytes, or null) is where
  /// the wave's K wave group keeps its part of every stage buffer.
  RoutedMMAOperands(Arith &a, const BlockTiling &tiling,
                    const PipelineLDSLayout &layout, Precision precision,
                    Value lds, Value r, Value g, ArrayRef<TileCoords> coords,
                    Value groupBase = Value())
      : a(a), b(a.b), loc(a.loc), tiling(tiling), layout(layout),
        precision(precision), kt(tiling.tile.getK()), lds(lds), r(r), g(g),
        coords(coords), groupBase(groupBase) {}

  /// The operands of stage buffer `buffer` (0 or 1).
  Operands read(int64_t buffer);
  /// The MFMAs of one stage on `ops`, accumulating into `accs`.
  SmallVector<Value> mfmaCluster(const Operands &ops, ValueRange accs);
  /// MFMA ops emitted so far.
  int64_t mfmasEmitted() const { return numMFMAs; }

private:
  Value ldsAt(int64_t buffer, Value offset) {
    Value at = a.add(offset, buffer * layout.bufferBytes);
    return groupBase ? a.add(at, groupBase) : at;
  }

  Arith &a;
  OpBuilder &b;
  Location loc;
  const BlockTiling &tiling;
  const PipelineLDSLayout &layout;
  Precision precision;
  int64_t kt;
  Value lds, r, g;
  ArrayRef<TileCoords> coords;
  Value groupBase;
  int64_t numMFMAs = 0;
};

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_ROUTEDMMAOPERANDS_H
