//===- TileStage1.cpp - moe.stage1 to a workgroup's grid position ---------===//
//
// The stage-1 counterpart of moe-tile-stage2: the same routed grid
// (emitRoutedGrid) and main loop (moe.routed_mma, here over x rows and the
// interleaved gate/up rows of W13), with the activation epilogue, or with
// split_k > 1 one K slice per workgroup that stores its raw partial plane.
//
//===----------------------------------------------------------------------===//

#include "EpilogueMath.h"
#include "QuantizeBlockRows.h"
#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

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
  // Tokens as many as h holds: K rows per token, or split_k planes of T * K
  // rows of 2 inter_dim f32 partials.
  const int64_t inter = op.getInterDim(), topk = op.getTopk();
  SmallVector<PerTokenBuffer> outputs;
  if (op.getSplitK() > 1) {
    outputs.push_back({op.getH(), int64_t(op.getSplitK()) * topk * 2 * inter});
  } else {
    int64_t codeElems =
        op.getOutput() == OutputFormat::MXFP4 ? inter / 2 : inter;
    outputs.push_back({op.getH(), topk * codeElems});
    if (Value scales = op.getHScales())
      outputs.push_back({scales, topk * (inter / kMXBlock)});
  }
  RoutedGridShape shape;
  shape.tile = tile;
  shape.splitK = op.getSplitK();
  shape.nDim = 2 * op.getInterDim();
  shape.kDim = op.getModelDim();
  shape.experts = op.getExperts();
  shape.topk = op.getTopk();
  shape.order = op.getWorkgroupOrder();
  // The remapped grid is sized by the tokens the kernel may act on (as
  // moe-tile-stage2).
  if (shape.order != WorkgroupOrder::Linear)
    shape.tokens = clampTokens(a, op.getTokens(), outputs);
  RoutedGridPosition pos =
      emitRoutedGrid(a, shape, op.getNumValidIds(), op.getSortedExpertIds(),
                     {op.getSortedIds()});
  Value tokens = clampTokens(a, op.getTokens(), outputs);
  // quantize_x: the main loop reads the block's rows quantized into LDS.
  Value act = op.getX(), actScales = op.getXScales();
  if (op.getQuantizeX()) {
    QuantizedBlockRows rows = quantizeBlockRows(a, op, tokens, pos.blockRow);
    act = rows.codes;
    actScales = rows.scales;
  }
  SmallVector<Type> accTypes(mfmaTilesPerWave(tile),
                             VectorType::get({4}, b.getF32Type()));
  auto mma = RoutedMMAOp::create(
      b, loc, accTypes, act, actScales, op.getW13(), op.getW13Scales(),
      op.getSortedIds(), tokens, pos.blockRow, pos.expert, pos.col0, pos.kBegin,
      pos.kEnd, op.getPrecisionAttr(), op.getWeightLayoutAttr(),
      op.getScaleLayoutAttr(), b.getI64IntegerAttr(2 * op.getInterDim()),
      op.getModelDimAttr(), op.getExpertsAttr(), op.getTopkAttr(),
      /*slot_rows=*/UnitAttr(), op.getGateUpAttr(), op.getTileAttr(),
      op.getWeightCacheAttr(), op.getPipelineDepthAttr(),
      op.getKWaveGroupsAttr());
  Stage1EpilogueOp::create(
      b, loc, mma.getAccs(), op.getH(), op.getHScales(), op.getBias(),
      op.getSortedIds(), tokens, pos.blockRow, pos.expert, pos.col0,
      op.getSplitK() > 1 ? pos.kSlice : Value(), op.getInterDimAttr(),
      op.getTopkAttr(), op.getGateUpAttr(), op.getActivationAttr(),
      op.getOutputAttr(), op.getScaleRoundingAttr(), op.getTileAttr());
  setKernelWavesPerEU(op, op.getWavesPerEu());
  op.erase();
}

struct TileStage1Pass : public moe::impl::TileStage1Base<TileStage1Pass> {
  // quantize_x's prologue: buffer loads, vector ops, the scaled
  // conversions.
  void getDependentDialects(DialectRegistry &registry) const override {
    TileStage1Base::getDependentDialects(registry);
    registry.insert<amdgpu::AMDGPUDialect, ROCDL::ROCDLDialect,
                    vector::VectorDialect>();
  }
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
