//===- BlockTiling.h - workgroup tiles, waves and routed rows --*- C++ -*-===//
//
// How a workgroup's m x n tile maps onto 16x16 MFMA tiles and waves, and how
// a routed row is read from sorted_token_ids. The tiling, pipeline and
// epilogue passes all build their index math from these helpers, so the
// accumulator a pipeline produces is the one the epilogue consumes.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_TRANSFORMS_BLOCKTILING_H
#define MXMOE_TRANSFORMS_BLOCKTILING_H

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"

namespace mlir::moe {

/// Terse arithmetic on index and i32 values at one location.
struct Arith {
  OpBuilder &b;
  Location loc;
  Value idx(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value add(Value x, int64_t c) { return c ? add(x, idx(c)) : x; }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value mul(Value x, int64_t c) { return mul(x, idx(c)); }
  Value div(Value x, int64_t c) {
    return arith::DivUIOp::create(b, loc, x, idx(c));
  }
  Value rem(Value x, int64_t c) {
    return arith::RemUIOp::create(b, loc, x, idx(c));
  }
  Value minu(Value x, Value y) { return arith::MinUIOp::create(b, loc, x, y); }
  Value cmp(arith::CmpIPredicate p, Value x, Value y) {
    return arith::CmpIOp::create(b, loc, p, x, y);
  }
  Value ult(Value x, Value y) { return cmp(arith::CmpIPredicate::ult, x, y); }
  Value slt(Value x, Value y) { return cmp(arith::CmpIPredicate::slt, x, y); }
  Value sge(Value x, Value y) { return cmp(arith::CmpIPredicate::sge, x, y); }
  Value eq(Value x, Value y) { return cmp(arith::CmpIPredicate::eq, x, y); }
  Value both(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value toIndex(Value v) {
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  }
  Value toI32(Value v) {
    return arith::IndexCastUIOp::create(b, loc, b.getI32Type(), v);
  }
  Value load(Value memref, Value i) {
    return memref::LoadOp::create(b, loc, memref, ValueRange{i});
  }
};

/// The m x n workgroup tile as 16x16 MFMA tiles: tile index i covers routed
/// rows 16 (i mod m/16) and weight rows 16 (i div m/16); wave w owns tiles
/// w P + j, j < P (see moe.routed_mma).
struct BlockTiling {
  TileAttr tile;
  int64_t m, n, waves;
  explicit BlockTiling(TileAttr tile)
      : tile(tile), m(tile.getM()), n(tile.getN()), waves(tile.getWaves()) {}
  int64_t rowBlocks() const { return m / 16; }
  int64_t tilesPerWave() const { return mfmaTilesPerWave(tile); }
  int64_t weightKey(int64_t j) const { return mfmaWeightKey(tile, j); }
  int64_t rowKey(int64_t j) const { return mfmaRowKey(tile, j); }
};

/// Routed row and weight-row block of a wave's tile j, in 16-row units.
struct TileCoords {
  Value rowBlock, colBlock;
};
TileCoords tileCoords(Arith &a, const BlockTiling &tiling, Value wave,
                      int64_t j);

/// This lane's wave and its place in the 16x16 MFMA layout: row r = lane
/// mod 16 and group g = lane div 16.
struct WaveLane {
  Value tid, wave, r, g;
};
WaveLane waveLane(Arith &a);

/// The lane's index in a 1-D grid of `blockSize`-lane workgroups:
/// block_id.x * blockSize + thread_id.x.
Value gridLane(Arith &a, int64_t blockSize);

/// A topk_ids entry `id` (i32) as an expert-parallel shard sees it: its
/// local expert id - expertBegin, and whether moe.sort routes it (id >= 0
/// and the local id in [0, experts)). The sort and every kernel that reads
/// topk_ids after it use this one rule.
struct LocalExpert {
  Value id, routed; // i32, i1
};
LocalExpert localExpert(Arith &a, Value id, Value expertBegin,
                        int64_t experts);

/// One routed row: sorted_ids[position] = (slot << 24) | token.
struct RoutedRow {
  Value valid;       // i1: token < tokens and slot < topk
  Value token, slot; // index
  /// Its activation row: token, or token * topk + slot for per-slot rows.
  Value activationRow(Arith &a, int64_t topk, bool slotRows) const;
};
RoutedRow loadRoutedRow(Arith &a, Value sortedIds, Value position, Value tokens,
                        int64_t topk);

/// What an epilogue needs of tile j's accumulator in this lane: its routed
/// row (lane row r of the tile) and its first weight row, col0 + 16 colBlock
/// (element q is weight row colBase + 4 g + q).
struct AccumulatorTile {
  Value position; // in sorted_ids
  RoutedRow row;
  Value colBase;
};
AccumulatorTile accumulatorTile(Arith &a, const BlockTiling &tiling,
                                const WaveLane &lane, int64_t j, Value blockRow,
                                Value col0, Value sortedIds, Value tokens,
                                int64_t topk);

/// A workgroup's place in a routed-row grid: x walks the weight-row tiles
/// of `tile.n`, y the routed blocks of `tile.m` times `split_k` K slices.
struct RoutedGridPosition {
  Value blockRow, expert, col0, kSlice, kBegin, kEnd; // index
};
/// Emits the grid mapping and the workgroup-uniform early exits (block past
/// num_valid_ids[0], expert outside [0, experts)) and leaves the builder
/// inside them. K slice s covers whole steps of tile.k:
/// [s S, min((s + 1) S, kDim)), S = ceil(ceil(kDim / tile.k) / splitK) tile.k.
RoutedGridPosition emitRoutedGrid(Arith &a, TileAttr tile, int64_t splitK,
                                  int64_t kDim, int64_t experts,
                                  Value numValidIds, Value sortedExpertIds);

/// The ops of type OpT under `root` that a pass may lower for `chip`: an
/// unknown chip is an error on `root`, and every op with a non-empty
/// `reason(op, chip)` gets "cannot be lowered: <reason>". Failure if any.
template <typename OpT, typename ReasonFn>
FailureOr<SmallVector<OpT>>
collectLowerable(Operation *root, const std::string &chip, ReasonFn reason) {
  const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);
  if (!info)
    return root->emitError(mxmoe::unknownChipMessage(chip)), failure();
  SmallVector<OpT> ops;
  root->walk([&](OpT op) { ops.push_back(op); });
  bool bad = false;
  for (OpT op : ops)
    if (std::string why = reason(op, *info); !why.empty()) {
      op.emitOpError("cannot be lowered: ") << why;
      bad = true;
    }
  if (bad)
    return failure();
  return ops;
}

/// Why `chip` cannot produce MX `format` codes ("<format><what> needs
/// v_cvt_scalef32_pk_* (gfx950), which <chip> lacks"), or empty (bf16, or a
/// chip with the scaled conversions).
std::string mxConversionUnsupported(const mxmoe::ChipInfo &chip,
                                    OutputFormat format, StringRef what);

/// Why `chip` cannot combine into the output memref `y` this way, or empty:
/// mxmoe::outputAtomicUnsupported for atomics, nothing for stores.
std::string combineUnsupported(const mxmoe::ChipInfo &chip, Combine combine,
                               MemRefType y, int64_t modelDim);

} // namespace mlir::moe

#endif // MXMOE_TRANSFORMS_BLOCKTILING_H
