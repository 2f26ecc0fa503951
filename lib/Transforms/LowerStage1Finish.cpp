//===- LowerStage1Finish.cpp - split-K planes to stage-1 outputs ----------===//
//
// One lane per (routed row, 32-column block): the planes are added in order,
// then bias, activation and the output conversion run once, with the math of
// the fused epilogue (EpilogueMath.h). An MX block lies in one lane, so its
// scale needs no exchange.
//
//===----------------------------------------------------------------------===//

#include "ChipChecks.h"
#include "EpilogueMath.h"
#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSTAGE1FINISH
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void lowerFinish(Stage1FinishOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  const int64_t inter = op.getInterDim(), topk = op.getTopk();
  const int64_t blocksPerRow = (inter + kMXBlock - 1) / kMXBlock;
  Type f32 = b.getF32Type();

  Value lane = gridLane(a, op.getBlockSize());
  // The planes' stride follows the tokens the planes hold (as the stage-1
  // kernel wrote them); rows also need topk_ids and h to hold them.
  const bool fp4 = op.getOutput() == OutputFormat::MXFP4;
  const int64_t codeElems = fp4 ? inter / 2 : inter;
  PerTokenBuffer planes{op.getPartials(),
                        int64_t(op.getSplitK()) * topk * 2 * inter};
  Value planeTokens = a.toIndex(clampTokens(a, op.getTokens(), {planes}));
  Value tokens =
      a.toIndex(clampTokens(a, op.getTokens(),
                            {planes,
                             {op.getTopkIds(), topk},
                             {op.getH(), topk * codeElems},
                             {op.getHScales(), topk * (inter / kMXBlock)}}));
  Value rows = a.mul(tokens, topk);
  Value row = a.div(lane, blocksPerRow);
  Value block = a.rem(lane, blocksPerRow);
  auto inRange = scf::IfOp::create(b, loc, a.ult(row, rows));
  b.setInsertionPointToStart(inRange.thenBlock());
  // Only rows the sort routed (expert in the shard's range) were written.
  LocalExpert expert = localExpert(a, a.load(op.getTopkIds(), row),
                                   op.getExpertBegin(), op.getExperts());
  auto isRouted = scf::IfOp::create(b, loc, expert.routed);
  b.setInsertionPointToStart(isRouted.thenBlock());
  Value expertIdx = a.toIndex(expert.id);

  // Column c of the block: the planes' (gate, up) pairs in plane order, the
  // bias, the activation.
  Value planeStride = a.mul(a.mul(planeTokens, topk), 2 * inter);
  Value rowBase = a.add(a.mul(row, 2 * inter), a.mul(block, 2 * kMXBlock));
  Value firstColumn = a.mul(block, kMXBlock);
  auto vec2 = VectorType::get({2}, f32);
  auto activated = [&](int64_t c) {
    Value pair;
    for (int64_t p = 0, e = op.getSplitK(); p < e; ++p) {
      Value at = a.add(a.add(a.mul(planeStride, p), rowBase), a.idx(2 * c));
      Value v = vector::LoadOp::create(b, loc, vec2, op.getPartials(),
                                       ValueRange{at});
      pair = pair ? arith::AddFOp::create(b, loc, pair, v) : v;
    }
    Value gate = vector::ExtractOp::create(b, loc, pair, 0);
    Value up = vector::ExtractOp::create(b, loc, pair, 1);
    if (Value bias = op.getBias()) {
      Value column = a.add(firstColumn, c);
      gate = arith::AddFOp::create(
          b, loc, gate,
          gateUpBias(a, bias, expertIdx, column, op.getGateUp(), inter, false));
      up = arith::AddFOp::create(
          b, loc, up,
          gateUpBias(a, bias, expertIdx, column, op.getGateUp(), inter, true));
    }
    return activate(b, loc, op.getActivation(), gate, up);
  };

  if (op.getOutput() == OutputFormat::BF16) {
    Value hBase = a.add(a.mul(row, inter), firstColumn);
    for (int64_t c = 0; c < kMXBlock; ++c) {
      OpBuilder::InsertionGuard guard(b);
      if (inter % kMXBlock != 0) {
        // The row's last block may end past inter_dim.
        auto tail = scf::IfOp::create(
            b, loc, a.ult(a.add(firstColumn, c), a.idx(inter)));
        b.setInsertionPointToStart(tail.thenBlock());
      }
      Value h = arith::TruncFOp::create(b, loc, b.getBF16Type(), activated(c));
      memref::StoreOp::create(b, loc, h, op.getH(),
                              ValueRange{a.add(hBase, c)});
    }
    op.erase();
    return;
  }

  // MX (inter_dim is a multiple of 32): the block is this lane's alone.
  SmallVector<Value> h;
  for (int64_t c = 0; c < kMXBlock; ++c)
    h.push_back(activated(c));
  storeMXBlock(a, h, fp4, op.getScaleRounding(), op.getH(),
               a.add(a.mul(row, fp4 ? inter / 2 : inter),
                     a.mul(block, fp4 ? kMXBlock / 2 : kMXBlock)),
               op.getHScales(), a.add(a.mul(row, inter / kMXBlock), block));
  op.erase();
}

struct LowerStage1FinishPass
    : public moe::impl::LowerStage1FinishBase<LowerStage1FinishPass> {
  using LowerStage1FinishBase::LowerStage1FinishBase;
  void runOnOperation() override {
    auto ops = collectLowerable<Stage1FinishOp>(
        getOperation(), chip,
        [](Stage1FinishOp op, const mxmoe::ChipInfo &info) -> std::string {
          if (!op->getParentOfType<gpu::GPUFuncOp>())
            return "must be inside a gpu.func kernel";
          return mxConversionUnsupported(info, op.getOutput(), " output");
        });
    if (failed(ops))
      return signalPassFailure();
    for (Stage1FinishOp op : *ops)
      lowerFinish(op);
  }
};

} // namespace
