//===- LowerSort.cpp - moe.sort to a one-workgroup counting sort ----------===//
//
// Deterministic, atomic-free: each wave owns a contiguous range of the
// [T, K] entries and walks it in chunks of 64 (SortWalk.h). One pass counts,
// wave 0 turns the counts into per-wave bases (a scan across its lanes, each
// owning a few experts) and writes the expert blocks, a second pass
// scatters. Entry order within an expert is therefore (token,
// slot), as in mxmoe::ref::sortRouting.
//
//===----------------------------------------------------------------------===//

#include "RoutingRules.h"
#include "SortWalk.h"

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSORT
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;
using mxmoe::kWaveSize;

namespace {

/// Chunk entries per scan trip of a fused sort: 16 VGPRs of ids in flight.
constexpr int64_t kStageScanEntries = 16;

class SortBuilder {
public:
  SortBuilder(SortOp op, Value lds)
      : op(op), b(op), loc(op.getLoc()), a{b, loc}, lds(lds),
        waves(op.getBlockSize() / kWaveSize), experts(op.getExperts()),
        topk(op.getTopk()), blockM(op.getBlockM()) {}
  void build();

private:
  /// for (i = start; i < end; i += step) body(i), with index bounds.
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
  Value ldsLoad(Value at) { return a.load(lds, at); }
  void ldsStore(Value v, Value at) {
    memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
  }
  Value counter(Value e) { return a.add(a.mul(wave, experts), e); }
  SortWalk makeWalk() {
    // Sorting into LDS copies: a stage kernel's fused routing, whose scan
    // would otherwise hold 64 chunk entries in VGPRs above its main loop's.
    auto space = dyn_cast_or_null<gpu::AddressSpaceAttr>(
        op.getSortedIds().getType().getMemorySpace());
    bool inStageKernel =
        space && space.getValue() == gpu::AddressSpace::Workgroup;
    return SortWalk::of(op, b, a, lds, waves, wave, lane, rowsHeld,
                        inStageKernel ? kStageScanEntries : 0);
  }
  SortWalk::ChunkLanes walk(bool scatter) {
    return makeWalk().walk(rangeBegin, rangeEnd, scatter);
  }

  SortOp op;
  OpBuilder b;
  Location loc;
  Arith a;
  Value lds;
  int64_t waves, experts, topk, blockM;
  Value tid, wave, lane, entries, rangeBegin, rangeEnd;
  /// Rows sorted_ids and sorted_weights both hold: no write goes past them.
  Value rowsHeld;
};

void SortBuilder::build() {
  tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  wave = a.div(tid, kWaveSize);
  lane = a.rem(tid, kWaveSize);
  Value threads = a.idx(kWaveSize * waves);
  // Trust only the buffers' sizes: tokens as many as topk_ids (and
  // topk_weights) hold, writes within the sorted buffers.
  Value tokens = a.toIndex(
      clampTokens(a, op.getTokens(),
                  {{op.getTopkIds(), topk}, {op.getTopkWeights(), topk}}));
  entries = a.mul(tokens, topk);
  Value capacity =
      a.mul(a.div(a.add(entries, experts * (blockM - 1) + blockM - 1), blockM),
            blockM);
  Value sentinel = a.toI32(a.add(tokens, topk << 24));
  rowsHeld = a.minu(a.dim(op.getSortedIds()), a.dim(op.getSortedWeights()));
  Value blocksHeld = a.dim(op.getSortedExpertIds());

  // Fill every capacity row and block; zero this wave's counters.
  loop(tid, a.minu(capacity, rowsHeld), threads, [&](Value i) {
    memref::StoreOp::create(b, loc, sentinel, op.getSortedIds(), ValueRange{i});
    memref::StoreOp::create(
        b, loc, arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0)),
        op.getSortedWeights(), ValueRange{i});
  });
  loop(tid, a.minu(a.div(capacity, blockM), blocksHeld), threads,
       [&](Value blk) {
         memref::StoreOp::create(b, loc, a.i32(-1), op.getSortedExpertIds(),
                                 ValueRange{blk});
       });
  loop(lane, a.idx(experts), a.idx(kWaveSize),
       [&](Value e) { ldsStore(a.i32(0), counter(e)); });
  gpu::BarrierOp::create(b, loc);

  // Wave w owns entries [w R, min((w + 1) R, T K)), R a multiple of the wave
  // size.
  Value perWave =
      a.mul(a.div(a.add(a.div(a.add(entries, waves - 1), waves), kWaveSize - 1),
                  kWaveSize),
            kWaveSize);
  rangeBegin = a.minu(a.mul(wave, perWave), entries);
  rangeEnd = a.minu(a.add(rangeBegin, perWave), entries);
  SortWalk::ChunkLanes counted = walk(/*scatter=*/false);
  gpu::BarrierOp::create(b, loc);

  // Wave 0: expert offsets (padded to block_m), each wave's base within its
  // expert, the expert of every valid block, and num_valid_ids. The scan
  // uses wave 0's chunk slot, free between the walks.
  when(a.eq(wave, a.idx(0)), [&] {
    auto counts = [&](Value e) {
      SmallVector<Value> n;
      for (int64_t w = 0; w < waves; ++w)
        n.push_back(ldsLoad(a.add(a.idx(w * experts), e)));
      return n;
    };
    auto padded = [&](Value e) {
      Value total = a.i32(0);
      for (Value n : counts(e))
        total = arith::AddIOp::create(b, loc, total, n);
      return a.toI32(
          a.mul(a.div(a.add(a.toIndex(total), blockM - 1), blockM), blockM));
    };
    Value used = makeWalk().expertFirstRows(
        a.idx(waves * experts), padded, [&](Value e, Value row, Value rows) {
          Value total = row;
          for (auto [w, count] : llvm::enumerate(counts(e))) {
            ldsStore(a.toI32(total), a.add(a.idx(int64_t(w) * experts), e));
            total = a.add(total, a.toIndex(count));
          }
          Value lastBlock = a.minu(a.div(a.add(row, rows), blockM), blocksHeld);
          loop(a.div(row, blockM), lastBlock, a.idx(1), [&](Value blk) {
            memref::StoreOp::create(b, loc, a.toI32(e), op.getSortedExpertIds(),
                                    ValueRange{blk});
          });
        });
    // Rows in use, as many as the sorted buffers hold.
    used = a.minu(used, rowsHeld);
    when(a.both(a.eq(lane, a.idx(0)),
                a.ult(a.idx(0), a.dim(op.getNumValidIds()))),
         [&] {
           memref::StoreOp::create(b, loc, a.toI32(used), op.getNumValidIds(),
                                   ValueRange{a.idx(0)});
         });
  });
  gpu::BarrierOp::create(b, loc);
  // A wave whose entries were one chunk (every wave at decode) scatters the
  // lanes its count ranked; the rest walk again.
  Value oneChunk =
      a.cmp(arith::CmpIPredicate::ule,
            arith::SubIOp::create(b, loc, rangeEnd, rangeBegin), a.idx(64));
  auto ifOp = scf::IfOp::create(b, loc, oneChunk, /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    makeWalk().scatterCounted(counted);
    b.setInsertionPointToStart(ifOp.elseBlock());
    walk(/*scatter=*/true);
  }
  op.erase();
}

struct LowerSortPass : public moe::impl::LowerSortBase<LowerSortPass> {
  void runOnOperation() override {
    SmallVector<SortOp> ops;
    getOperation()->walk([&](SortOp op) { ops.push_back(op); });
    for (SortOp op : ops) {
      auto func = op->getParentOfType<gpu::GPUFuncOp>();
      if (!func || !func.isKernel()) {
        op.emitOpError("must be inside a gpu.func kernel (it needs LDS)");
        return signalPassFailure();
      }
      SortBuilder(op, SortWalk::addLds(func, op.getBlockSize(), op.getExperts(),
                                       op.getLoc()))
          .build();
    }
  }
};

} // namespace
