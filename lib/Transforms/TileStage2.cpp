//===- TileStage2.cpp - moe.stage2 to a workgroup's grid position ---------===//
//
// Maps the grid onto the routed blocks, model_dim tiles and K slices of a
// moe.stage2, exits early where a workgroup has no work, and leaves the
// workgroup's main loop (moe.routed_mma) and epilogue (moe.stage2_epilogue)
// to their own passes.
//
//===----------------------------------------------------------------------===//

#include "ChipChecks.h"
#include "RoutedTiling.h"

#include "mxmoe/Target/Chip.h"
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
  Value weights = op.getRoutingWeight() ? op.getSortedWeights() : Value();
  SmallVector<Value> rowBuffers{op.getSortedIds()};
  if (weights)
    rowBuffers.push_back(weights);
  // Tokens as many as y holds: a store combine writes split_k planes of
  // T * K rows.
  const int64_t d = op.getModelDim();
  int64_t perToken = op.getCombine() == Combine::Atomic
                         ? d
                         : int64_t(op.getSplitK()) * op.getTopk() * d;
  SmallVector<PerTokenBuffer> outputs{{op.getY(), perToken}};
  RoutedGridShape shape;
  shape.tile = tile;
  shape.splitK = op.getSplitK();
  shape.nDim = op.getModelDim();
  shape.kDim = op.getInterDim();
  shape.experts = op.getExperts();
  shape.topk = op.getTopk();
  shape.order = op.getWorkgroupOrder();
  shape.persistentWorkgroups = op.getPersistentWorkgroups();
  // The grid a remap or a persistent loop covers is sized by the tokens the
  // kernel may act on (a larger tokens argument than the launch's must not
  // move tiles out of the launched grid).
  if (shape.order != WorkgroupOrder::Linear || shape.persistentWorkgroups > 0)
    shape.tokens = clampTokens(a, op.getTokens(), outputs);
  RoutedGridPosition pos = emitRoutedGrid(a, shape, op.getNumValidIds(),
                                          op.getSortedExpertIds(), rowBuffers);
  Value tokens = clampTokens(a, op.getTokens(), outputs);
  SmallVector<Type> accTypes(mfmaTilesPerWave(tile),
                             VectorType::get({4}, b.getF32Type()));
  auto mma = RoutedMMAOp::create(
      b, loc, accTypes, op.getH(), op.getHScales(), op.getW2(),
      op.getW2Scales(), op.getSortedIds(), tokens, pos.blockRow, pos.expert,
      pos.col0, pos.kBegin, pos.kEnd, op.getPrecisionAttr(),
      op.getWeightLayoutAttr(), op.getScaleLayoutAttr(), op.getModelDimAttr(),
      op.getInterDimAttr(), op.getExpertsAttr(), op.getTopkAttr(),
      b.getUnitAttr(),
      /*gate_up=*/GateUpArrangementAttr(), op.getTileAttr(),
      op.getWeightCacheAttr(), op.getPipelineDepthAttr(),
      op.getKWaveGroupsAttr());
  Stage2EpilogueOp::create(b, loc, mma.getAccs(), op.getY(), op.getBias(),
                           op.getSortedIds(), weights, tokens, pos.blockRow,
                           pos.expert, pos.col0, pos.kSlice,
                           op.getModelDimAttr(), op.getTopkAttr(),
                           op.getCombineAttr(), op.getTileAttr());
  setKernelWavesPerEU(op, op.getWavesPerEu());
  op.erase();
}

struct TileStage2Pass : public moe::impl::TileStage2Base<TileStage2Pass> {
  using TileStage2Base::TileStage2Base;
  void runOnOperation() override {
    auto ops = collectLowerable<Stage2Op>(
        getOperation(), chip,
        [](Stage2Op op, const mxmoe::ChipInfo &info) -> std::string {
          if (!op->getParentOfType<gpu::GPUFuncOp>())
            return "must be inside a gpu.func kernel";
          return combineUnsupported(info, op.getCombine(), op.getY().getType(),
                                    op.getModelDim());
        });
    if (failed(ops))
      return signalPassFailure();
    for (Stage2Op op : *ops)
      tileStage2(op);
    numTiled += ops->size();
  }
};

} // namespace
