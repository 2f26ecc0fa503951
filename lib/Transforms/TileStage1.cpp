//===- TileStage1.cpp - moe.stage1 to a workgroup's grid position ---------===//
//
// The stage-1 counterpart of moe-tile-stage2: the same routed grid
// (emitRoutedGrid) and main loop (moe.routed_mma, here over x rows and the
// interleaved gate/up rows of W13), with the activation epilogue, or with
// split_k > 1 one K slice per workgroup that stores its raw partial plane.
//
//===----------------------------------------------------------------------===//

#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

namespace mlir::moe {
#define GEN_PASS_DEF_TILESTAGE1
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void tileStage1(Stage1Op op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  TileAttr tile = op.getTile();
  RoutedGridPosition pos =
      emitRoutedGrid(a, tile, op.getSplitK(), op.getModelDim(), op.getExperts(),
                     op.getNumValidIds(), op.getSortedExpertIds());
  SmallVector<Type> accTypes(mfmaTilesPerWave(tile),
                             VectorType::get({4}, b.getF32Type()));
  auto mma = RoutedMMAOp::create(
      b, loc, accTypes, op.getX(), op.getXScales(), op.getW13(),
      op.getW13Scales(), op.getSortedIds(), op.getTokens(), pos.blockRow,
      pos.expert, pos.col0, pos.kBegin, pos.kEnd, op.getPrecisionAttr(),
      op.getWeightLayoutAttr(), op.getScaleLayoutAttr(),
      b.getI64IntegerAttr(2 * op.getInterDim()), op.getModelDimAttr(),
      op.getExpertsAttr(), op.getTopkAttr(), /*slot_rows=*/UnitAttr(),
      op.getGateUpAttr(), op.getTileAttr());
  Stage1EpilogueOp::create(
      b, loc, mma.getAccs(), op.getH(), op.getHScales(), op.getBias(),
      op.getSortedIds(), op.getTokens(), pos.blockRow, pos.expert, pos.col0,
      op.getSplitK() > 1 ? pos.kSlice : Value(), op.getInterDimAttr(),
      op.getTopkAttr(), op.getGateUpAttr(), op.getActivationAttr(),
      op.getOutputAttr(), op.getScaleRoundingAttr(), op.getTileAttr());
  op.erase();
}

struct TileStage1Pass : public moe::impl::TileStage1Base<TileStage1Pass> {
  void runOnOperation() override {
    SmallVector<Stage1Op> ops;
    getOperation()->walk([&](Stage1Op op) { ops.push_back(op); });
    for (Stage1Op op : ops)
      if (!op->getParentOfType<gpu::GPUFuncOp>()) {
        op.emitOpError("must be inside a gpu.func kernel");
        return signalPassFailure();
      }
    for (Stage1Op op : ops)
      tileStage1(op);
    numTiled += ops.size();
  }
};

} // namespace
