//===- RoutedTiling.h - workgroup tiles, waves and grids --------*- C++ -*-===//
//
// How a workgroup's m x n tile maps onto 16x16 MFMA tiles and waves, and how
// a workgroup finds its routed rows, expert and K slice. The tiling, pipeline
// and epilogue passes all build their index math from these helpers, so the
// accumulator a pipeline produces is the one the epilogue consumes.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_ROUTEDTILING_H
#define MXMOE_LIB_TRANSFORMS_ROUTEDTILING_H

#include "RoutingRules.h"

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"
#include "mxmoe/Target/Chip.h"

namespace mlir::moe {

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
/// waveLane for code after the main loop: the thread id passes through an
/// identity DPP move, so LLVM recomputes the lane's row and group there
/// instead of holding the prologue's in VGPRs across the loop.
WaveLane waveLaneAfterLoop(Arith &a);

/// The lane's index in a 1-D grid of `blockSize`-lane workgroups:
/// block_id.x * blockSize + thread_id.x.
Value gridLane(Arith &a, int64_t blockSize);

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
/// How a routed grid is launched and ordered (moe.stage1 / moe.stage2).
struct RoutedGridShape {
  TileAttr tile;
  int64_t splitK = 1;
  int64_t nDim = 0, kDim = 0, experts = 0, topk = 0;
  /// i32: the tokens the kernel acts on (clampTokens), read only by the
  /// xcd order and the persistent grid.
  Value tokens;
  WorkgroupOrder order = WorkgroupOrder::Linear;
  /// > 0: that many workgroups loop over the tiles (scf.for, a barrier
  /// between tiles); 0: one workgroup per tile.
  int64_t persistentWorkgroups = 0;
};
/// Emits the grid mapping and the workgroup-uniform early exits (block past
/// num_valid_ids[0], expert outside [0, experts)) and leaves the builder
/// inside them. K slice s covers whole steps of tile.k:
/// [s S, min((s + 1) S, kDim)), S = ceil(ceil(kDim / tile.k) / splitK) tile.k.
/// Only the buffers' sizes are trusted: num_valid_ids[0] is clamped to the
/// size of every buffer of `rowBuffers` (sorted_ids first, sorted_weights),
/// a block needs its sorted_expert_ids entry, an empty num_valid_ids means
/// no rows. These checks run once per tile, before its main loop. The
/// linear workgroup id is block_id.y * grid_x + block_id.x over the grid the
/// host launches for `tokens` (KernelGrid::routed; clamped tokens give a
/// grid no larger than the launch); with `xcd` order it is remapped by
/// xcdGroupedTile (ids past that grid keep their tile).
RoutedGridPosition emitRoutedGrid(Arith &a, const RoutedGridShape &shape,
                                  Value numValidIds, Value sortedExpertIds,
                                  ArrayRef<Value> rowBuffers);

/// A stage op's occupancy target (`waves_per_eu` > 0) on its kernel:
/// `rocdl.waves_per_eu` on the enclosing gpu.func, which the GPU-to-ROCDL
/// lowering carries to the llvm.func and its translation to LLVM's
/// "amdgpu-waves-per-eu".
void setKernelWavesPerEU(Operation *stageOp, int64_t waves);

/// The XCD-grouped tile of linear id `id` in a grid of `count` tiles
/// (mxmoe::xcdGroupedTile); ids >= count keep their value.
Value emitXcdGroupedTile(Arith &a, Value id, Value count);

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_ROUTEDTILING_H
