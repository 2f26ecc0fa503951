//===- SortWalk.h - the chunk walk of the counting sorts -------*- C++ -*-===//
//
// moe.sort (one workgroup) and moe.sort_chunks (the multi-workgroup sort)
// rank entries the same way: a wave walks a contiguous range of the [T, K]
// entries in chunks of 64 lanes; a lane's rank among the chunk's lanes
// routed to the same expert is read from an LDS copy of the chunk, and the
// last such lane advances the wave's per-expert counter. No atomics, and the
// order within an expert is (token, slot).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_SORTWALK_H
#define MXMOE_LIB_TRANSFORMS_SORTWALK_H

#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"

namespace mlir::moe {

/// One wave's view of the sort's LDS: `waves * experts` i32 counters (wave
/// w's counter of expert e at w * experts + e), then one 64-entry chunk
/// slot per wave.
struct SortWalk {
  OpBuilder &b;
  Location loc;
  Arith &a;
  Value lds;
  int64_t waves, experts, topk;
  Value topkIds, topkWeights, expertBegin; // topkWeights may be null
  Value sortedIds, sortedWeights;
  Value wave, lane; // index
  /// Rows sorted_ids and sorted_weights both hold: no write goes past them.
  Value rowsHeld;
  /// Chunk entries the lane compares per trip of its scan (0: LLVM unrolls
  /// the whole scan, 64 LDS reads in flight). A stage kernel's fused sort
  /// bounds it so that the reads do not set the kernel's VGPR count.
  int64_t entriesPerScanTrip = 0;

  /// The walk of a sort op (moe.sort or moe.sort_chunks) over its buffers.
  template <typename SortLikeOp>
  static SortWalk of(SortLikeOp op, OpBuilder &b, Arith &a, Value lds,
                     int64_t waves, Value wave, Value lane, Value rowsHeld,
                     int64_t entriesPerScanTrip = 0) {
    return SortWalk{b,
                    op.getLoc(),
                    a,
                    lds,
                    waves,
                    int64_t(op.getExperts()),
                    int64_t(op.getTopk()),
                    op.getTopkIds(),
                    op.getTopkWeights(),
                    op.getExpertBegin(),
                    op.getSortedIds(),
                    op.getSortedWeights(),
                    wave,
                    lane,
                    rowsHeld,
                    entriesPerScanTrip};
  }
  /// LDS words a workgroup of `waves` waves needs.
  static int64_t ldsWords(int64_t waves, int64_t experts) {
    return waves * (experts + 64);
  }
  /// Those words as a workgroup attribution of `func` for a sort of
  /// `blockSize` lanes.
  static Value addLds(gpu::GPUFuncOp func, int64_t blockSize, int64_t experts,
                      Location loc);
  Value counter(Value e) { return a.add(a.mul(wave, experts), e); }
  /// A chunk's lane after the walk ranked it: its entry, local expert and
  /// rank among the chunk's lanes of that expert (index), whether it is
  /// routed (i1), and its weight (f32; 0 without topk_weights).
  struct ChunkLanes {
    Value entry, expert, rank, routed, weight;
  };
  /// Walks this wave's entries [begin, end) (index, begin a multiple of 64
  /// apart from end) and advances its counters; with `scatter`, each routed
  /// entry is also written at its counter plus its rank: (slot << 24) |
  /// token into sorted_ids, its weight (1 without topk_weights) into
  /// sorted_weights. Returns the last chunk's lanes.
  ChunkLanes walk(Value begin, Value end, bool scatter);
  /// The scatter of a wave whose counting walk had one chunk, `lanes`:
  /// its counters now hold their bases, so each routed lane writes at its
  /// counter plus its rank, with no second walk (which re-loads the ids and
  /// re-ranks them: a dependent global round trip and 64 LDS reads).
  void scatterCounted(const ChunkLanes &lanes);
  /// A routed entry's row at `pos`, if below the rows held: (slot << 24) |
  /// token into sorted_ids, `weight` (1 when null) into sorted_weights.
  void writeRow(Value routed, Value pos, Value entry, Value weight);
  void waveBarrier();
  /// Exclusive prefix sum of `v` (i32) over the calling wave's 64 lanes and
  /// the wave's sum, through LDS words [scratch, scratch + 64) in six
  /// doubling steps between wave barriers. Every lane of the wave calls it.
  std::pair<Value, Value> scanLanes(Value v, Value scratch);
  /// The experts' first rows, in expert order, built by the calling wave:
  /// lane l owns experts [l c, l c + c), c = ceil(experts / 64), whose
  /// `paddedRows(e)` (i32, rows padded to block_m) it sums; a scan of the
  /// sums gives each lane its first row, then `place(e, first, padded)`
  /// (index) runs for each owned expert in order. Returns every expert's
  /// rows (index, in every lane). One lane walking all experts was E
  /// dependent LDS round trips (about 25 us for E = 128); this is about
  /// 2 c + 12. LDS words [scratch, scratch + 64) are the scan's.
  Value expertFirstRows(Value scratch,
                        llvm::function_ref<Value(Value)> paddedRows,
                        llvm::function_ref<void(Value, Value, Value)> place);
};

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_SORTWALK_H
