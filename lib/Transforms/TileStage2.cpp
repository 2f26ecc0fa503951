//===- TileStage2.cpp - moe.stage2 to a workgroup's grid position ---------===//
//
// Maps the grid onto the routed blocks, model_dim tiles and K slices of a
// moe.stage2, exits early where a workgroup has no work, and leaves the
// workgroup's main loop (moe.routed_mma) and epilogue (moe.stage2_epilogue)
// to their own passes.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Target/Chip.h"
#include "mxmoe/Transforms/BlockTiling.h"
#include "mxmoe/Transforms/Passes.h"

namespace mlir::moe {
#define GEN_PASS_DEF_TILESTAGE2
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {


void tileStage2(Stage2Op op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  TileAttr tile = op.getTile();
  const int64_t m = tile.getM(), n = tile.getN(), kt = tile.getK(),
                split = op.getSplitK(), inter = op.getInterDim();
  // K range of one slice: whole pipeline steps of tile.k.
  int64_t steps = (inter + kt - 1) / kt;
  int64_t sliceK = (steps + split - 1) / split * kt;

  Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value by = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
  Value block = a.div(by, split), slice = a.rem(by, split);
  Value blockRow = a.mul(block, m);
  Value numValid = a.toIndex(a.load(op.getNumValidIds(), a.idx(0)));

  // Workgroup-uniform early exits: past the valid blocks or a bad expert.
  auto inRange = scf::IfOp::create(b, loc, a.ult(blockRow, numValid));
  b.setInsertionPointToStart(inRange.thenBlock());
  Value expert32 = a.load(op.getSortedExpertIds(), block);
  Value expertOk = a.both(a.sge(expert32, a.i32(0)),
                          a.slt(expert32, a.i32(op.getExperts())));
  auto haveExpert = scf::IfOp::create(b, loc, expertOk);
  b.setInsertionPointToStart(haveExpert.thenBlock());
  Value expert = a.toIndex(expert32);
  Value col0 = a.mul(bx, n);
  Value kBegin = a.mul(slice, sliceK);
  Value kEnd = a.minu(a.add(kBegin, sliceK), a.idx(inter));

  SmallVector<Type> accTypes(mfmaTilesPerWave(tile),
                             VectorType::get({4}, b.getF32Type()));
  auto mma = RoutedMMAOp::create(
      b, loc, accTypes, op.getH(), op.getHScales(), op.getW2(),
      op.getW2Scales(), op.getSortedIds(), op.getTokens(), blockRow, expert,
      col0, kBegin, kEnd, op.getPrecisionAttr(), op.getWeightLayoutAttr(),
      op.getScaleLayoutAttr(), op.getModelDimAttr(), op.getInterDimAttr(),
      op.getExpertsAttr(), op.getTopkAttr(), b.getUnitAttr(),
      op.getTileAttr());
  Stage2EpilogueOp::create(
      b, loc, mma.getAccs(), op.getY(), op.getBias(), op.getSortedIds(),
      op.getRoutingWeight() ? op.getSortedWeights() : Value(),
      op.getTokens(), blockRow, expert, col0, slice, op.getModelDimAttr(),
      op.getTopkAttr(), op.getCombineAttr(), op.getTileAttr());
  op.erase();
}

struct TileStage2Pass : public moe::impl::TileStage2Base<TileStage2Pass> {
  using TileStage2Base::TileStage2Base;
  void runOnOperation() override {
    const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);
    if (!info) {
      getOperation()->emitError(mxmoe::unknownChipMessage(chip));
      return signalPassFailure();
    }
    SmallVector<Stage2Op> ops;
    getOperation()->walk([&](Stage2Op op) { ops.push_back(op); });
    bool bad = false;
    for (Stage2Op op : ops) {
      std::string reason;
      if (!op->getParentOfType<gpu::GPUFuncOp>())
        reason = "must be inside a gpu.func kernel";
      else if (op.getCombine() == Combine::Atomic)
        reason = outputAtomicUnsupported(*info, op.getY().getType(),
                                         op.getModelDim());
      if (!reason.empty()) {
        op.emitOpError("cannot be lowered: ") << reason;
        bad = true;
      }
    }
    if (bad)
      return signalPassFailure();
    for (Stage2Op op : ops)
      tileStage2(op);
  }
};

} // namespace
