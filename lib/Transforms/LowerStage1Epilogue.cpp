//===- LowerStage1Epilogue.cpp - bias and gated activation ----------------===//

#include "mxmoe/Transforms/BlockTiling.h"
#include "mxmoe/Transforms/IRIndex.h"
#include "mxmoe/Transforms/Passes.h"

#include "mxmoe/Format/Layouts.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSTAGE1EPILOGUE
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

/// sigmoid(x) = 1 / (1 + 2^(-x log2 e)), without device libraries.
Value sigmoid(OpBuilder &b, Location loc, Value x) {
  Type f32 = b.getF32Type();
  Value scale =
      arith::ConstantOp::create(b, loc, b.getF32FloatAttr(-1.4426950408889634));
  Value e = ROCDL::ROCDLExp2::create(b, loc, f32,
                                     arith::MulFOp::create(b, loc, x, scale));
  Value one = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0));
  return ROCDL::ROCDLRcp::create(b, loc, f32,
                                 arith::AddFOp::create(b, loc, one, e));
}

/// The gated activation of SPEC §2 in f32.
Value activate(OpBuilder &b, Location loc, ActivationAttr act, Value g,
               Value u) {
  auto cst = [&](double v) {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(float(v)));
  };
  if (act.getKind() == ActivationKind::SiLU)
    return arith::MulFOp::create(
        b, loc, arith::MulFOp::create(b, loc, g, sigmoid(b, loc, g)), u);
  double limit = act.getLimit().convertToDouble();
  if (!std::isinf(limit)) {
    g = arith::MinimumFOp::create(b, loc, g, cst(limit));
    u = arith::MaximumFOp::create(
        b, loc, arith::MinimumFOp::create(b, loc, u, cst(limit)), cst(-limit));
  }
  Value alphaG =
      arith::MulFOp::create(b, loc, g, cst(act.getAlpha().convertToDouble()));
  Value glu = arith::MulFOp::create(b, loc, g, sigmoid(b, loc, alphaG));
  return arith::MulFOp::create(b, loc, glu,
                               arith::AddFOp::create(b, loc, u, cst(1.0)));
}

void lowerEpilogue(Stage1EpilogueOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  BlockTiling tiling(op.getTile());
  const int64_t inter = op.getInterDim(), topk = op.getTopk();
  mxmoe::fmt::GateUpArrangement arrangement = toFormat(op.getGateUp());
  WaveLane lane = waveLane(a);
  Value g = lane.g;
  for (auto [j, acc] : llvm::enumerate(op.getAccs())) {
    AccumulatorTile tile =
        accumulatorTile(a, tiling, lane, j, op.getBlockRow(), op.getCol0(),
                        op.getSortedIds(), op.getTokens(), topk);
    const RoutedRow &row = tile.row;
    Value colBase = tile.colBase;
    // Interleaved rows colBase + 4g + q: gate (q even) and up of 2 columns.
    Value firstColumn = a.add(a.div(colBase, 2), a.mul(g, 2));
    for (int64_t half = 0; half < 2; ++half) {
      OpBuilder::InsertionGuard guard(b);
      Value column = a.add(firstColumn, half);
      auto store = scf::IfOp::create(
          b, loc, a.both(row.valid, a.ult(column, a.idx(inter))));
      b.setInsertionPointToStart(store.thenBlock());
      Value gate = vector::ExtractOp::create(b, loc, acc, 2 * half);
      Value up = vector::ExtractOp::create(b, loc, acc, 2 * half + 1);
      if (Value bias = op.getBias()) {
        IRIndex jIdx{&b, loc, column};
        Value base = a.mul(op.getExpert(), 2 * inter);
        auto biasAt = [&](bool isUp) {
          return a.load(
              bias,
              a.add(base,
                    mxmoe::fmt::gateUpRow(arrangement, isUp, jIdx, inter).v));
        };
        gate = arith::AddFOp::create(b, loc, gate, biasAt(false));
        up = arith::AddFOp::create(b, loc, up, biasAt(true));
      }
      Value h = activate(b, loc, op.getActivation(), gate, up);
      h = arith::TruncFOp::create(b, loc, b.getBF16Type(), h);
      Value hRow = a.add(a.mul(row.token, topk), row.slot);
      memref::StoreOp::create(b, loc, h, op.getH(),
                              ValueRange{a.add(a.mul(hRow, inter), column)});
    }
  }
  op.erase();
}

struct LowerStage1EpiloguePass
    : public moe::impl::LowerStage1EpilogueBase<LowerStage1EpiloguePass> {
  void runOnOperation() override {
    SmallVector<Stage1EpilogueOp> ops;
    getOperation()->walk([&](Stage1EpilogueOp op) { ops.push_back(op); });
    for (Stage1EpilogueOp op : ops)
      lowerEpilogue(op);
  }
};

} // namespace
