//===- MFMALayouts.h - where MFMA operands live in a wave -------*- C++ -*-===//
//
// The lane/register placement of MFMA and scaled-MFMA operands and
// accumulators (research/verification.md §3a), written once: the emulator
// executes with these functions and the tests build their registers with
// them. No MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_FORMAT_MFMALAYOUTS_H
#define MXMOE_FORMAT_MFMALAYOUTS_H

namespace mxmoe::fmt {

/// A lane of the 64-wide wave and an element index within its register(s).
struct LaneSlot {
  int lane;
  int index;
};

/// Element (i, j) of an m x m f32 accumulator, m = 16 or 32: lane and f32
/// register.
constexpr LaneSlot mfmaAccumulatorSlot(int m, int i, int j) {
  if (m == 16)
    return {j + 16 * (i / 4), i % 4};
  return {j + 32 * ((i / 4) % 2), 4 * (i / 8) + i % 4};
}

/// Element (row, k) of an A (row = i) or B (row = j) operand of a bf16/f16
/// MFMA with m rows and `kPerLane` consecutive K per lane: lane and element.
constexpr LaneSlot mfmaOperandSlot(int m, int kPerLane, int row, int k) {
  return {row + m * (k / kPerLane), k % kPerLane};
}

/// Element (row, k) of a scaled-MFMA (f8f6f4) operand with m = 16 or 32
/// rows: lane and byte. FP4 lanes hold 32 consecutive K, two per byte (low
/// nibble even k); FP8/BF8 lanes hold 8-wide (m = 16) or 16-wide (m = 32)
/// stripes of each 32-element block.
constexpr LaneSlot scaledMfmaOperandSlot(int m, bool fp4, int row, int k) {
  if (fp4)
    return {row + m * (k / 32), (k % 32) / 2};
  if (m == 16)
    return {row + 16 * ((k % 32) / 8), 8 * (k / 32) + k % 8};
  return {row + 32 * ((k % 32) / 16), 16 * (k / 32) + k % 16};
}

} // namespace mxmoe::fmt

#endif // MXMOE_FORMAT_MFMALAYOUTS_H
