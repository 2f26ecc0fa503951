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
/// nibble even k). FP8/BF8 lanes hold two runs of 16 consecutive K: with
/// m = 16, lane group g = (k % 64) / 16 holds K [16g, 16g + 16) in bytes
/// 0-15 and [64 + 16g, 64 + 16g + 16) in bytes 16-31; with m = 32, group
/// g = (k % 32) / 16 holds [16g, +16) and [32 + 16g, +16). Both rules, for
/// FP8 in A and in B, are pinned by Triton-compiled fixtures
/// (test/Oracle/fixtures/dot_scaled_*); the 8-wide stripes once written here
/// for m = 16 were wrong.
constexpr LaneSlot scaledMfmaOperandSlot(int m, bool fp4, int row, int k) {
  if (fp4)
    return {row + m * (k / 32), (k % 32) / 2};
  if (m == 16)
    return {row + 16 * ((k % 64) / 16), 16 * (k / 64) + k % 16};
  return {row + 32 * ((k % 32) / 16), 16 * (k / 32) + k % 16};
}

/// The length of the runs of consecutive K (and consecutive bytes) a lane
/// holds in a scaled-MFMA operand: 32 for FP4 (16 bytes), 16 for FP8.
constexpr int scaledMfmaOperandRun(bool fp4) { return fp4 ? 32 : 16; }

} // namespace mxmoe::fmt

#endif // MXMOE_FORMAT_MFMALAYOUTS_H
