//===- LowerStage1Epilogue.cpp - bias and gated activation ----------------===//

#include "ChipChecks.h"
#include "EpilogueMath.h"
#include "RoutedTiling.h"

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSTAGE1EPILOGUE
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

/// One lane's column pair of tile j: gate/up of h columns `column0` and
/// `column0 + 1` for routed row `row`.
struct ColumnPair {
  AccumulatorTile tile;
  Value column0;
  Value inRange(Arith &a, int64_t half, int64_t inter) const {
    return a.both(tile.row.valid, a.ult(a.add(column0, half), a.idx(inter)));
  }
  Value hRow(Arith &a, int64_t topk) const {
    return a.add(a.mul(tile.row.token, topk), tile.row.slot);
  }
};

/// h of one column (pair element `half`) in f32: bias, then the activation.
Value activatedColumn(Stage1EpilogueOp op, Arith &a, const ColumnPair &pair,
                      Value acc, int64_t half) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  const int64_t inter = op.getInterDim();
  Value column = a.add(pair.column0, half);
  Value gate = vector::ExtractOp::create(b, loc, acc, 2 * half);
  Value up = vector::ExtractOp::create(b, loc, acc, 2 * half + 1);
  if (Value bias = op.getBias()) {
    auto biasAt = [&](bool isUp) {
      return gateUpBias(a, bias, op.getExpert(), column, op.getGateUp(), inter,
                        isUp);
    };
    gate = arith::AddFOp::create(b, loc, gate, biasAt(false));
    up = arith::AddFOp::create(b, loc, up, biasAt(true));
  }
  return activate(b, loc, op.getActivationAttr(), gate, up);
}

void lowerEpilogue(Stage1EpilogueOp op, Value lds) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  BlockTiling tiling(op.getTile());
  const int64_t inter = op.getInterDim(), topk = op.getTopk();
  WaveLane lane = waveLaneAfterLoop(a);
  SmallVector<ColumnPair> pairs;
  for (int64_t j = 0; j < tiling.tilesPerWave(); ++j) {
    ColumnPair pair;
    pair.tile =
        accumulatorTile(a, tiling, lane, j, op.getBlockRow(), op.getCol0(),
                        op.getSortedIds(), op.getTokens(), topk);
    // Interleaved rows colBase + 4g + q: gate (q even) and up of 2 columns.
    pair.column0 = a.add(a.div(pair.tile.colBase, 2), a.mul(lane.g, 2));
    pairs.push_back(pair);
  }

  if (Value slice = op.getKSlice()) {
    // Split-K: the raw accumulators, interleaved (gate, up) per column, to
    // the slice's plane [T * K, 2 inter]; element q is interleaved row
    // colBase + 4g + q.
    Value rows = a.mul(a.toIndex(op.getTokens()), topk);
    Value plane = a.mul(slice, rows);
    for (auto [pair, acc] : llvm::zip(pairs, op.getAccs())) {
      Value first = a.add(pair.tile.colBase, a.mul(lane.g, 4));
      Value at =
          a.add(a.mul(a.add(plane, pair.hRow(a, topk)), 2 * inter), first);
      OpBuilder::InsertionGuard guard(b);
      if (inter % 2 == 0) {
        // 2 inter is a multiple of 4: all four elements or none in range.
        auto store = scf::IfOp::create(
            b, loc,
            a.both(pair.tile.row.valid, a.ult(first, a.idx(2 * inter))));
        b.setInsertionPointToStart(store.thenBlock());
        vector::StoreOp::create(b, loc, acc, op.getH(), ValueRange{at});
        continue;
      }
      for (int64_t q = 0; q < 4; ++q) {
        OpBuilder::InsertionGuard inner(b);
        auto store =
            scf::IfOp::create(b, loc,
                              a.both(pair.tile.row.valid,
                                     a.ult(a.add(first, q), a.idx(2 * inter))));
        b.setInsertionPointToStart(store.thenBlock());
        memref::StoreOp::create(b, loc,
                                vector::ExtractOp::create(b, loc, acc, q),
                                op.getH(), ValueRange{a.add(at, q)});
      }
    }
    op.erase();
    return;
  }

  if (op.getOutput() == OutputFormat::BF16) {
    for (auto [pair, acc] : llvm::zip(pairs, op.getAccs()))
      for (int64_t half = 0; half < 2; ++half) {
        OpBuilder::InsertionGuard guard(b);
        auto store = scf::IfOp::create(b, loc, pair.inRange(a, half, inter));
        b.setInsertionPointToStart(store.thenBlock());
        Value h = activatedColumn(op, a, pair, acc, half);
        h = arith::TruncFOp::create(b, loc, b.getBF16Type(), h);
        Value at =
            a.add(a.mul(pair.hRow(a, topk), inter), a.add(pair.column0, half));
        memref::StoreOp::create(b, loc, h, op.getH(), ValueRange{at});
      }
    op.erase();
    return;
  }

  // MX output. Phase 1: h of both columns (0 out of range) and the pair's
  // largest magnitude, as f32 bits, to lds[local row][pair].
  const bool fp4 = op.getOutput() == OutputFormat::MXFP4;
  const int64_t pairsPerRow = tiling.n / 4;
  Type f32 = b.getF32Type(), i32 = b.getI32Type();
  Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0));
  SmallVector<std::array<Value, 2>> hs;
  SmallVector<Value> ldsRow, pairIndex;
  for (auto [j, pair, acc] : llvm::enumerate(pairs, op.getAccs())) {
    std::array<Value, 2> h;
    for (int64_t half = 0; half < 2; ++half) {
      OpBuilder::InsertionGuard guard(b);
      auto compute =
          scf::IfOp::create(b, loc, f32, pair.inRange(a, half, inter), true);
      b.setInsertionPointToStart(compute.thenBlock());
      scf::YieldOp::create(b, loc, activatedColumn(op, a, pair, acc, half));
      b.setInsertionPointToStart(compute.elseBlock());
      scf::YieldOp::create(b, loc, zero);
      h[half] = compute.getResult(0);
    }
    hs.push_back(h);
    Value pairMax = arith::MaxUIOp::create(b, loc, magnitudeBits(a, h[0]),
                                           magnitudeBits(a, h[1]));
    TileCoords tc = tileCoords(a, tiling, lane.wave, j);
    Value row = a.add(a.mul(tc.rowBlock, 16), lane.r);
    Value index = a.add(a.mul(tc.colBlock, 4), lane.g);
    ldsRow.push_back(a.mul(row, pairsPerRow));
    pairIndex.push_back(index);
    memref::StoreOp::create(b, loc, pairMax, lds,
                            ValueRange{a.add(ldsRow.back(), index)});
  }
  gpu::BarrierOp::create(b, loc);

  // Phase 2: the block's 16 pairs, its scale, this lane's pair converted.
  auto vec16 = VectorType::get({16}, i32);
  for (auto [j, pair] : llvm::enumerate(pairs)) {
    Value first = a.mul(a.div(pairIndex[j], 16), 16);
    Value block = vector::LoadOp::create(b, loc, vec16, lds,
                                         ValueRange{a.add(ldsRow[j], first)});
    Value amax = vector::ReductionOp::create(
        b, loc, vector::CombiningKind::MAXUI, block);
    Value byte = mxScaleByte(a, amax, fp4, op.getScaleRounding());
    Value scale = mxScaleValue(a, byte);
    Value h0 = mxSaturate(a, hs[j][0], byte, fp4);
    Value h1 = mxSaturate(a, hs[j][1], byte, fp4);
    Value hRow = pair.hRow(a, topk);
    OpBuilder::InsertionGuard guard(b);
    // inter_dim is a multiple of 32, so both columns are in range or neither.
    auto store = scf::IfOp::create(b, loc, pair.inRange(a, 0, inter));
    b.setInsertionPointToStart(store.thenBlock());
    Type i8 = b.getI8Type();
    if (fp4) {
      Value packed = ROCDL::CvtScaleF32PkFp4F32Op::create(
          b, loc, i32, a.i32(0), h0, h1, scale, /*dstSelIndex=*/0);
      memref::StoreOp::create(
          b, loc, arith::TruncIOp::create(b, loc, i8, packed), op.getH(),
          ValueRange{a.add(a.mul(hRow, inter / 2), a.div(pair.column0, 2))});
    } else {
      auto v2i16 = VectorType::get({2}, b.getI16Type());
      Value old = arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(v2i16, b.getI16IntegerAttr(0)));
      Value packed = ROCDL::CvtScaleF32PkFp8F32Op::create(
          b, loc, v2i16, old, h0, h1, scale, /*dstLoHiSel=*/false);
      Value bytes = vector::ExtractStridedSliceOp::create(
          b, loc,
          vector::BitCastOp::create(b, loc, VectorType::get({4}, i8), packed),
          ArrayRef<int64_t>{0}, ArrayRef<int64_t>{2}, ArrayRef<int64_t>{1});
      vector::StoreOp::create(
          b, loc, bytes, op.getH(),
          ValueRange{a.add(a.mul(hRow, inter), pair.column0)});
    }
    // The lane of the block's first pair writes its scale.
    auto scaleStore = scf::IfOp::create(b, loc, a.eq(pairIndex[j], first));
    b.setInsertionPointToStart(scaleStore.thenBlock());
    memref::StoreOp::create(
        b, loc, arith::TruncIOp::create(b, loc, i8, byte), op.getHScales(),
        ValueRange{a.add(a.mul(hRow, inter / 32), a.div(pair.column0, 32))});
  }
  op.erase();
}

struct LowerStage1EpiloguePass
    : public moe::impl::LowerStage1EpilogueBase<LowerStage1EpiloguePass> {
  using LowerStage1EpilogueBase::LowerStage1EpilogueBase;
  void runOnOperation() override {
    auto ops = collectLowerable<Stage1EpilogueOp>(
        getOperation(), chip,
        [](Stage1EpilogueOp op, const mxmoe::ChipInfo &info) -> std::string {
          return mxConversionUnsupported(info, op.getOutput(), " output");
        });
    if (failed(ops))
      return signalPassFailure();
    for (Stage1EpilogueOp op : *ops) {
      Value lds;
      if (int64_t bytes =
              stage1EpilogueLDSBytes(op.getTile(), op.getOutput())) {
        auto func = op->getParentOfType<gpu::GPUFuncOp>();
        if (!func || !func.isKernel()) {
          op.emitOpError("with an MX output must be inside a gpu.func kernel "
                         "(it exchanges block maxima through LDS)");
          return signalPassFailure();
        }
        auto type =
            MemRefType::get({bytes / 4}, IntegerType::get(&getContext(), 32),
                            MemRefLayoutAttrInterface(),
                            gpu::AddressSpaceAttr::get(
                                &getContext(), gpu::AddressSpace::Workgroup));
        lds = func.addWorkgroupAttribution(type, op.getLoc());
      }
      lowerEpilogue(op, lds);
    }
  }
};

} // namespace
