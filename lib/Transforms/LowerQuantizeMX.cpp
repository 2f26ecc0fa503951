//===- LowerQuantizeMX.cpp - moe.quantize_mx to per-lane MX blocks --------===//
//
// One lane per 32-element block: the block is loaded as one vector, widened
// to f32 and quantized with the stage-1 epilogue's code (storeMXBlock), so
// the layer's input and its intermediate follow one rule.
//
//===----------------------------------------------------------------------===//

#include "ChipChecks.h"
#include "EpilogueMath.h"
#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERQUANTIZEMX
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

void lowerQuantize(QuantizeMXOp op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  const int64_t cols = op.getCols(), blocksPerRow = cols / kMXBlock;
  Value lane = gridLane(a, op.getBlockSize());
  // Rows as many as x, the codes and the scales hold.
  const bool fp4 = op.getFormat() == OutputFormat::MXFP4;
  Value tokens = a.toIndex(clampTokens(a, op.getTokens(),
                                       {{op.getX(), cols},
                                        {op.getCodes(), fp4 ? cols / 2 : cols},
                                        {op.getScales(), blocksPerRow}}));
  Value blocks = a.mul(tokens, blocksPerRow);
  auto inRange = scf::IfOp::create(b, loc, a.ult(lane, blocks));
  b.setInsertionPointToStart(inRange.thenBlock());
  // Blocks are contiguous: block i covers x[32 i, 32 i + 32).
  Type elem = op.getX().getType().getElementType();
  Value raw =
      vector::LoadOp::create(b, loc, VectorType::get({kMXBlock}, elem),
                             op.getX(), ValueRange{a.mul(lane, kMXBlock)});
  storeMXBlock(a, widenMXBlock(a, raw), fp4, op.getScaleRounding(),
               op.getCodes(), a.mul(lane, fp4 ? kMXBlock / 2 : kMXBlock),
               op.getScales(), lane);
  op.erase();
}

struct LowerQuantizeMXPass
    : public moe::impl::LowerQuantizeMXBase<LowerQuantizeMXPass> {
  using LowerQuantizeMXBase::LowerQuantizeMXBase;
  void runOnOperation() override {
    auto ops = collectLowerable<QuantizeMXOp>(
        getOperation(), chip,
        [](QuantizeMXOp op, const mxmoe::ChipInfo &info) -> std::string {
          if (!op->getParentOfType<gpu::GPUFuncOp>())
            return "must be inside a gpu.func kernel";
          return mxConversionUnsupported(info, op.getFormat(), "");
        });
    if (failed(ops))
      return signalPassFailure();
    for (QuantizeMXOp op : *ops)
      lowerQuantize(op);
  }
};

} // namespace
