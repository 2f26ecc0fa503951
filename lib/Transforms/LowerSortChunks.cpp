//===- LowerSortChunks.cpp - the multi-workgroup routing sort -------------===//
//
// moe.sort_chunks is one of three kernels that together build moe.sort's
// buffers for large T K: `count` (a workgroup per chunk of entries counts
// them per expert), `offsets` (one workgroup prefix-sums the chunks' counts
// per expert and pads the experts) and `scatter` (a workgroup per chunk
// writes its rows). A chunk is walked exactly as moe.sort walks its one
// workgroup's entries (SortWalk.h), so the rows of an expert stay in
// (token, slot) order with no atomics.
//
//===----------------------------------------------------------------------===//

#include "RoutingRules.h"
#include "SortWalk.h"

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSORTCHUNKS
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;
using mxmoe::kWaveSize;

namespace {

/// Counts loaded before the first is added in the offsets kernel's prefix
/// sums, so a column of C chunks costs about C / 8 memory round trips.
constexpr int64_t kOffsetLoadsInFlight = 8;

class ChunkSortBuilder {
public:
  ChunkSortBuilder(SortChunksOp op, Value lds)
      : op(op), b(op), loc(op.getLoc()), a{b, loc}, lds(lds),
        waves(op.getBlockSize() / kWaveSize), experts(op.getExperts()),
        topk(op.getTopk()), blockM(op.getBlockM()),
        blockSize(op.getBlockSize()), chunk(op.getChunk()) {}
  void build();

private:
  template <typename Fn>
  void loop(Value start, Value end, Value step, Fn body) {
    auto f = scf::ForOp::create(b, loc, start, end, step);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(f.getBody());
    body(f.getInductionVar());
  }
  template <typename Fn> void when(Value cond, Fn body) {
    auto ifOp = scf::IfOp::create(b, loc, cond);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    body();
  }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value ldsLoad(Value at) { return a.load(lds, at); }
  void ldsStore(Value v, Value at) {
    memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
  }
  void store(Value v, Value memref, Value at) {
    memref::StoreOp::create(b, loc, v, memref, ValueRange{at});
  }
  /// Lanes tid, tid + block_size, ... below `end`.
  template <typename Fn> void perLane(Value end, Fn body) {
    loop(tid, end, a.idx(blockSize), body);
  }
  SortWalk walker() {
    return SortWalk::of(op, b, a, lds, waves, wave, lane, rowsHeld);
  }
  /// This workgroup's chunk, split into one range per wave (whole 64-entry
  /// steps), walked to count or to scatter.
  void walkChunk(bool scatter);
  void zeroCounters();
  void count();
  void offsets();
  void scatter();

  SortChunksOp op;
  OpBuilder b;
  Location loc;
  Arith a;
  Value lds;
  int64_t waves, experts, topk, blockM, blockSize, chunk;
  Value tid, wave, lane, group;
  Value tokens, entries, chunks, capacity, rowsHeld, blocksHeld, countsHeld;
};

void ChunkSortBuilder::walkChunk(bool scatter) {
  Value begin = a.minu(a.mul(group, chunk), entries);
  Value end = a.minu(a.add(begin, chunk), entries);
  Value perWave = a.idx(chunk / waves);
  Value waveBegin = a.minu(a.add(begin, a.mul(wave, perWave)), end);
  Value waveEnd = a.minu(a.add(waveBegin, perWave), end);
  walker().walk(waveBegin, waveEnd, scatter);
}

void ChunkSortBuilder::zeroCounters() {
  perLane(a.idx(waves * experts), [&](Value i) { ldsStore(a.i32(0), i); });
  gpu::BarrierOp::create(b, loc);
}

void ChunkSortBuilder::count() {
  // The grid (floor(T K / chunk) + 1 workgroups) fills the capacity rows
  // and blocks, each workgroup a slice of whole workgroup-size steps.
  Value groups = a.add(a.div(entries, chunk), 1);
  auto slice = [&](Value items, auto storeOne) {
    // ceil(items / groups) rounded up to the workgroup size.
    Value perGroup = a.div(sub(a.add(items, groups), a.idx(1)), groups);
    perGroup =
        a.mul(a.div(a.add(perGroup, blockSize - 1), blockSize), blockSize);
    Value begin = a.minu(a.mul(group, perGroup), items);
    Value end = a.minu(a.add(begin, perGroup), items);
    loop(a.add(begin, tid), end, a.idx(blockSize), storeOne);
  };
  Value sentinel = a.toI32(a.add(tokens, topk << 24));
  slice(a.minu(capacity, rowsHeld), [&](Value i) {
    store(sentinel, op.getSortedIds(), i);
    store(arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0)),
          op.getSortedWeights(), i);
  });
  slice(a.minu(a.div(capacity, blockM), blocksHeld),
        [&](Value blk) { store(a.i32(-1), op.getSortedExpertIds(), blk); });
  zeroCounters();
  walkChunk(/*scatter=*/false);
  gpu::BarrierOp::create(b, loc);
  when(a.ult(group, chunks), [&] {
    perLane(a.idx(experts), [&](Value e) {
      Value total = a.i32(0);
      for (int64_t w = 0; w < waves; ++w)
        total = arith::AddIOp::create(b, loc, total,
                                      ldsLoad(a.add(a.idx(w * experts), e)));
      store(total, op.getCounts(), a.add(a.mul(group, experts), e));
    });
  });
}

void ChunkSortBuilder::offsets() {
  // Lane-owned experts: each column of chunk counts becomes its exclusive
  // prefix, kOffsetLoadsInFlight loads at a time; the total goes to LDS[e].
  perLane(a.idx(experts), [&](Value e) {
    auto column =
        scf::ForOp::create(b, loc, a.idx(0), chunks,
                           a.idx(kOffsetLoadsInFlight), ValueRange{a.i32(0)});
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(column.getBody());
      Value c = column.getInductionVar();
      Value lastChunk = sub(chunks, a.idx(1));
      SmallVector<Value> at, held, counts;
      for (int64_t j = 0; j < kOffsetLoadsInFlight; ++j) {
        Value cj = a.add(c, j);
        held.push_back(a.ult(cj, chunks));
        at.push_back(a.add(a.mul(a.minu(cj, lastChunk), experts), e));
        counts.push_back(a.load(op.getCounts(), at.back()));
      }
      Value running = column.getRegionIterArgs()[0];
      for (int64_t j = 0; j < kOffsetLoadsInFlight; ++j) {
        Value before = running;
        when(held[j], [&] { store(before, op.getCounts(), at[j]); });
        running = arith::AddIOp::create(b, loc, running,
                                        a.select(held[j], counts[j], a.i32(0)));
      }
      scf::YieldOp::create(b, loc, running);
    }
    ldsStore(column.getResult(0), e);
  });
  gpu::BarrierOp::create(b, loc);
  // Wave 0: the experts' first rows, padded to block_m, in expert order
  // (a scan across its lanes in wave 0's chunk slot, which holds
  // LDS[experts] only with one wave: written after the scan); LDS[experts]
  // the rows in use.
  when(a.eq(wave, a.idx(0)), [&] {
    Value used = walker().expertFirstRows(
        a.idx(waves * experts),
        [&](Value e) {
          Value n = a.toIndex(ldsLoad(e));
          return a.toI32(a.mul(a.div(a.add(n, blockM - 1), blockM), blockM));
        },
        [&](Value e, Value row, Value) { ldsStore(a.toI32(row), e); });
    when(a.eq(lane, a.idx(0)), [&] {
      ldsStore(a.toI32(used), a.idx(experts));
      when(a.ult(a.idx(0), a.dim(op.getNumValidIds())), [&] {
        store(a.toI32(a.minu(used, rowsHeld)), op.getNumValidIds(), a.idx(0));
      });
    });
  });
  gpu::BarrierOp::create(b, loc);
  // Lane-owned experts again: the first row for the scatter kernel, and
  // the expert of each of its blocks that sorted_expert_ids holds.
  perLane(a.idx(experts), [&](Value e) {
    Value first = ldsLoad(e);
    Value next = a.toIndex(ldsLoad(a.add(e, 1)));
    Value at = a.add(a.mul(chunks, experts), e);
    when(a.ult(at, countsHeld), [&] { store(first, op.getCounts(), at); });
    loop(a.div(a.toIndex(first), blockM),
         a.minu(a.div(next, blockM), blocksHeld), a.idx(1),
         [&](Value blk) { store(a.toI32(e), op.getSortedExpertIds(), blk); });
  });
}

void ChunkSortBuilder::scatter() {
  zeroCounters();
  walkChunk(/*scatter=*/false);
  gpu::BarrierOp::create(b, loc);
  // Each wave's counter starts at the chunk's base within the expert plus
  // the expert's first row, after the earlier waves' entries.
  when(a.ult(group, chunks), [&] {
    perLane(a.idx(experts), [&](Value e) {
      Value base = arith::AddIOp::create(
          b, loc, a.load(op.getCounts(), a.add(a.mul(group, experts), e)),
          a.load(op.getCounts(), a.add(a.mul(chunks, experts), e)));
      for (int64_t w = 0; w < waves; ++w) {
        Value at = a.add(a.idx(w * experts), e);
        Value n = ldsLoad(at);
        ldsStore(base, at);
        base = arith::AddIOp::create(b, loc, base, n);
      }
    });
  });
  gpu::BarrierOp::create(b, loc);
  walkChunk(/*scatter=*/true);
}

void ChunkSortBuilder::build() {
  tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  wave = a.div(tid, kWaveSize);
  lane = a.rem(tid, kWaveSize);
  group = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  // Trust only the buffers' sizes, as moe.sort does; the counts buffer
  // holds a row of experts per chunk plus the row of first rows.
  tokens = a.toIndex(
      clampTokens(a, op.getTokens(),
                  {{op.getTopkIds(), topk}, {op.getTopkWeights(), topk}}));
  countsHeld = a.dim(op.getCounts());
  Value countRows = a.div(countsHeld, experts);
  Value chunksHeld = sub(countRows, a.minu(countRows, a.idx(1)));
  // A short counts buffer sorts the whole tokens its chunks hold.
  tokens = a.minu(tokens, a.div(a.mul(chunksHeld, chunk), topk));
  entries = a.mul(tokens, topk);
  chunks = a.div(a.add(entries, chunk - 1), chunk);
  capacity =
      a.mul(a.div(a.add(entries, experts * (blockM - 1) + blockM - 1), blockM),
            blockM);
  rowsHeld = a.minu(a.dim(op.getSortedIds()), a.dim(op.getSortedWeights()));
  blocksHeld = a.dim(op.getSortedExpertIds());
  switch (op.getPhase()) {
  case SortPhase::Count:
    count();
    break;
  case SortPhase::Offsets:
    offsets();
    break;
  case SortPhase::Scatter:
    scatter();
    break;
  }
  op.erase();
}

struct LowerSortChunksPass
    : public moe::impl::LowerSortChunksBase<LowerSortChunksPass> {
  void runOnOperation() override {
    SmallVector<SortChunksOp> ops;
    getOperation()->walk([&](SortChunksOp op) { ops.push_back(op); });
    for (SortChunksOp op : ops) {
      auto func = op->getParentOfType<gpu::GPUFuncOp>();
      if (!func || !func.isKernel()) {
        op.emitOpError("must be inside a gpu.func kernel (it needs LDS)");
        return signalPassFailure();
      }
      // The offsets kernel keeps E + 1 words, fewer than the walk's.
      ChunkSortBuilder(op, SortWalk::addLds(func, op.getBlockSize(),
                                            op.getExperts(), op.getLoc()))
          .build();
    }
  }
};

} // namespace
