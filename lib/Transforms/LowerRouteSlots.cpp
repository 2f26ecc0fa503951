//===- LowerRouteSlots.cpp - moe.route_slots to one pass of stores --------===//
//
// Slot routing has no order to compute: row r of the routing buffers is row
// r % block_m of slot r / block_m's block, so each lane writes its rows in
// one grid-stride loop and only a block's first row reads global memory
// (the slot's id and weight, loaded together: one round trip).
//
//===----------------------------------------------------------------------===//

#include "RoutingRules.h"

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"

#include "mxmoe/Transforms/Passes.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERROUTESLOTS
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void lowerRouteSlots(RouteSlotsOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  int64_t topk = op.getTopk(), blockM = op.getBlockM();
  auto store = [&](Value v, Value memref, Value at) {
    memref::StoreOp::create(b, loc, v, memref, ValueRange{at});
  };
  // for (i = start; i < end; i += step) body(i).
  auto loop = [&](Value start, Value end, Value step,
                  function_ref<void(Value)> body) {
    auto f = scf::ForOp::create(b, loc, start, end, step);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(f.getBody());
    body(f.getInductionVar());
  };
  auto when = [&](Value cond, function_ref<void()> body) {
    auto ifOp = scf::IfOp::create(b, loc, cond);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    body();
  };

  Value tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  Value lanes = a.idx(op.getBlockSize());
  // Trust only the buffers' sizes: tokens as many as topk_ids (and
  // topk_weights) hold; blocks as many as every routing buffer holds.
  Value tokensI32 =
      clampTokens(a, op.getTokens(),
                  {{op.getTopkIds(), topk}, {op.getTopkWeights(), topk}});
  Value tokens = a.toIndex(tokensI32);
  Value sentinel = a.toI32(a.add(tokens, topk << 24));
  Value rowsHeld =
      a.minu(a.dim(op.getSortedIds()), a.dim(op.getSortedWeights()));
  Value blocksHeld = a.dim(op.getSortedExpertIds());
  Value blocks =
      a.minu(a.mul(tokens, topk), a.minu(blocksHeld, a.div(rowsHeld, blockM)));
  Value rows = a.mul(blocks, blockM);
  Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
  Value one = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1));

  loop(tid, rows, lanes, [&](Value r) {
    Value slot = a.div(r, blockM);
    Value first = a.eq(a.rem(r, blockM), a.idx(0));
    // Every lane of a block reads its slot (one address per block), so the
    // loads need no branch; slot < T*K, within the buffers.
    LocalExpert expert = localExpert(a, a.load(op.getTopkIds(), slot),
                                     op.getExpertBegin(), op.getExperts());
    Value weight =
        op.getTopkWeights() ? a.load(op.getTopkWeights(), slot) : one;
    Value routedRow = a.both(first, expert.routed);
    Value packed =
        a.toI32(a.orI(a.shl(a.rem(slot, topk), 24), a.div(slot, topk)));
    store(a.select(routedRow, packed, sentinel), op.getSortedIds(), r);
    store(a.select(routedRow, weight, zero), op.getSortedWeights(), r);
    when(first, [&] {
      store(a.select(expert.routed, expert.id, a.i32(-1)),
            op.getSortedExpertIds(), slot);
    });
  });
  // Blocks past the slots: no expert.
  loop(a.add(blocks, tid), blocksHeld, lanes,
       [&](Value blk) { store(a.i32(-1), op.getSortedExpertIds(), blk); });
  when(a.both(a.eq(tid, a.idx(0)), a.ult(a.idx(0), a.dim(op.getNumValidIds()))),
       [&] { store(a.toI32(rows), op.getNumValidIds(), a.idx(0)); });
  op.erase();
}

struct LowerRouteSlotsPass
    : public moe::impl::LowerRouteSlotsBase<LowerRouteSlotsPass> {
  void runOnOperation() override {
    SmallVector<RouteSlotsOp> ops;
    getOperation()->walk([&](RouteSlotsOp op) { ops.push_back(op); });
    for (RouteSlotsOp op : ops) {
      auto func = op->getParentOfType<gpu::GPUFuncOp>();
      if (!func || !func.isKernel()) {
        op.emitOpError("must be inside a gpu.func kernel (its lanes write "
                       "the rows)");
        return signalPassFailure();
      }
      lowerRouteSlots(op);
    }
  }
};

} // namespace
