//===- LowerStage2Epilogue.cpp - bias, routing weight, combine ------------===//

#include "ChipChecks.h"
#include "RoutedTiling.h"

#include "mxmoe/Target/Chip.h"
#include "mxmoe/Transforms/Passes.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSTAGE2EPILOGUE
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void lowerEpilogue(Stage2EpilogueOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  BlockTiling tiling(op.getTile());
  const int64_t d = op.getModelDim(), topk = op.getTopk();
  Value y = op.getY();
  Type yElem = op.getY().getType().getElementType();
  WaveLane lane = waveLaneAfterLoop(a);
  Value g = lane.g;
  Value firstSlice = a.eq(op.getKSlice(), a.idx(0));
  Value tokens = a.toIndex(op.getTokens());

  for (auto [j, acc] : llvm::enumerate(op.getAccs())) {
    AccumulatorTile tile =
        accumulatorTile(a, tiling, lane, j, op.getBlockRow(), op.getCol0(),
                        op.getSortedIds(), op.getTokens(), topk);
    RoutedRow row = tile.row;
    Value position = tile.position, colBase = tile.colBase;
    Value weight;
    if (Value weights = op.getSortedWeights()) {
      // A row past sorted_weights has no weight and stores nothing; the grid
      // ran this block only if the buffer holds its first row.
      Value held = a.dim(weights);
      row.valid = a.both(row.valid, a.ult(position, held));
      Value last = arith::SubIOp::create(b, loc, held, a.idx(1));
      weight = a.load(weights, a.minu(position, last));
    }
    // Bias (first K slice only), then routing weight, in f32.
    auto finish = [&](Value c, int64_t q) {
      Value v = vector::ExtractOp::create(b, loc, acc, q);
      if (Value bias = op.getBias()) {
        Value bv = a.load(bias, a.add(a.mul(op.getExpert(), d), c));
        Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
        v = arith::AddFOp::create(b, loc, v, a.select(firstSlice, bv, zero));
      }
      if (weight)
        v = arith::MulFOp::create(b, loc, v, weight);
      return v;
    };
    // Element q of the accumulator is column colBase + 4g + q.
    auto column = [&](int64_t q) {
      return a.add(a.add(colBase, a.mul(g, 4)), q);
    };
    auto guarded = [&](Value c) {
      auto store =
          scf::IfOp::create(b, loc, a.both(row.valid, a.ult(c, a.idx(d))));
      b.setInsertionPointToStart(store.thenBlock());
    };
    auto atomicAdd = [&](Value v, Value c) {
      // A buffer atomic is native (global atomicrmw fadd becomes a CAS loop)
      // and bounds-checked.
      Value at = a.toI32(a.add(a.mul(row.token, d), c));
      amdgpu::RawBufferAtomicFaddOp::create(b, loc, v, y, ValueRange{at},
                                            /*boundsCheck=*/true,
                                            /*indexOffset=*/IntegerAttr(),
                                            /*sgprOffset=*/Value());
    };
    if (op.getCombine() == Combine::Atomic && !yElem.isF32()) {
      // Packed 16-bit atomics: columns (q, q+1) are adjacent and, with
      // model_dim even and colBase a multiple of 16, one aligned dword that
      // is wholly inside or wholly past model_dim.
      for (int64_t q = 0; q < 4; q += 2) {
        OpBuilder::InsertionGuard guard(b);
        Value c = column(q);
        guarded(c);
        Value lo = arith::TruncFOp::create(b, loc, yElem, finish(c, q));
        Value hi =
            arith::TruncFOp::create(b, loc, yElem, finish(a.add(c, 1), q + 1));
        Value pair = vector::FromElementsOp::create(
            b, loc, VectorType::get({2}, yElem), ValueRange{lo, hi});
        atomicAdd(pair, c);
      }
      continue;
    }
    for (int64_t q = 0; q < 4; ++q) {
      OpBuilder::InsertionGuard guard(b);
      Value c = column(q);
      guarded(c);
      Value v = finish(c, q);
      if (op.getCombine() == Combine::Atomic) {
        atomicAdd(v, c);
        continue;
      }
      // Per-slot row of this K slice's plane.
      Value plane = a.mul(op.getKSlice(), tokens);
      Value slotRow = a.add(a.mul(a.add(plane, row.token), topk), row.slot);
      if (!yElem.isF32())
        v = arith::TruncFOp::create(b, loc, yElem, v);
      memref::StoreOp::create(b, loc, v, y,
                              ValueRange{a.add(a.mul(slotRow, d), c)});
    }
  }
  op.erase();
}

struct LowerStage2EpiloguePass
    : public moe::impl::LowerStage2EpilogueBase<LowerStage2EpiloguePass> {
  using LowerStage2EpilogueBase::LowerStage2EpilogueBase;
  void runOnOperation() override {
    auto ops = collectLowerable<Stage2EpilogueOp>(
        getOperation(), chip,
        [](Stage2EpilogueOp op, const mxmoe::ChipInfo &info) -> std::string {
          return combineUnsupported(info, op.getCombine(), op.getY().getType(),
                                    op.getModelDim());
        });
    if (failed(ops))
      return signalPassFailure();
    for (Stage2EpilogueOp op : *ops)
      lowerEpilogue(op);
  }
};

} // namespace
