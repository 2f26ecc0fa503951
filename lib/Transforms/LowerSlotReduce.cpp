//===- LowerSlotReduce.cpp - moe.slot_reduce to per-lane sums -------------===//

#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/IR/Builders.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSLOTREDUCE
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void lowerSlotReduce(SlotReduceOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  auto idx = [&](int64_t v) { return a.idx(v); };
  int64_t d = op.getModelDim(), k = op.getTopk();
  Value id = gridLane(a, op.getBlockSize());
  // The planes' stride follows the tokens the slot rows hold (as the stage
  // wrote them); a token also needs its topk_ids row and its y row.
  PerTokenBuffer slotRows{op.getSlots(), int64_t(op.getPlanes()) * k * d};
  Value planeTokens = a.toIndex(clampTokens(a, op.getTokens(), {slotRows}));
  Value tokens = a.toIndex(clampTokens(
      a, op.getTokens(), {slotRows, {op.getTopkIds(), k}, {op.getY(), d}}));
  Value total = arith::MulIOp::create(b, loc, tokens, idx(d));
  Value inRange =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, id, total);
  auto guard = scf::IfOp::create(b, loc, inRange);
  b.setInsertionPointToStart(guard.thenBlock());
  Value t = arith::DivUIOp::create(b, loc, id, idx(d));
  Value col = arith::RemUIOp::create(b, loc, id, idx(d));
  Value acc = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
  Type slotElem = op.getSlots().getType().getElementType();
  for (int64_t s = 0; s < k; ++s) {
    Value row = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, t, idx(k)), idx(s));
    // Slots moe.sort routed to this shard's experts.
    Value valid = localExpert(a, a.load(op.getTopkIds(), row),
                              op.getExpertBegin(), op.getExperts())
                      .routed;
    auto add = scf::IfOp::create(b, loc, TypeRange{b.getF32Type()}, valid,
                                 /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard g(b);
      b.setInsertionPointToStart(add.thenBlock());
      Value sum = acc;
      for (int64_t p = 0; p < op.getPlanes(); ++p) {
        // Row (p * T + t) * K + s of the planes.
        Value planeRow = arith::AddIOp::create(
            b, loc, arith::MulIOp::create(b, loc, planeTokens, idx(p * k)),
            row);
        Value at = arith::AddIOp::create(
            b, loc, arith::MulIOp::create(b, loc, planeRow, idx(d)), col);
        Value v = memref::LoadOp::create(b, loc, op.getSlots(), ValueRange{at});
        if (!slotElem.isF32())
          v = arith::ExtFOp::create(b, loc, b.getF32Type(), v);
        sum = arith::AddFOp::create(b, loc, sum, v);
      }
      scf::YieldOp::create(b, loc, sum);
      b.setInsertionPointToStart(add.elseBlock());
      scf::YieldOp::create(b, loc, acc);
    }
    acc = add.getResult(0);
  }
  Type yElem = op.getY().getType().getElementType();
  if (!yElem.isF32())
    acc = arith::TruncFOp::create(b, loc, yElem, acc);
  Value at = arith::AddIOp::create(
      b, loc, arith::MulIOp::create(b, loc, t, idx(d)), col);
  memref::StoreOp::create(b, loc, acc, op.getY(), ValueRange{at});
  op.erase();
}

struct LowerSlotReducePass
    : public moe::impl::LowerSlotReduceBase<LowerSlotReducePass> {
  void runOnOperation() override {
    SmallVector<SlotReduceOp> ops;
    getOperation()->walk([&](SlotReduceOp op) { ops.push_back(op); });
    for (SlotReduceOp op : ops) {
      if (!op->getParentOfType<gpu::GPUFuncOp>()) {
        op.emitOpError("must be inside a gpu.func kernel");
        return signalPassFailure();
      }
      lowerSlotReduce(op);
    }
  }
};

} // namespace
