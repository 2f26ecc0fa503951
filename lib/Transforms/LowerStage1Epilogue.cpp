//===- LowerStage1Epilogue.cpp - bias and gated activation ----------------===//

#include "mxmoe/Transforms/BlockTiling.h"
#include "mxmoe/Transforms/IRIndex.h"
#include "mxmoe/Transforms/Passes.h"

#include "mxmoe/Format/Layouts.h"

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
    IRIndex jIdx{&b, loc, column};
    Value base = a.mul(op.getExpert(), 2 * inter);
    auto biasAt = [&](bool isUp) {
      return a.load(bias, a.add(base, mxmoe::fmt::gateUpRow(
                                          toFormat(op.getGateUp()), isUp,
                                          jIdx, inter)
                                          .v));
    };
    gate = arith::AddFOp::create(b, loc, gate, biasAt(false));
    up = arith::AddFOp::create(b, loc, up, biasAt(true));
  }
  return activate(b, loc, op.getActivation(), gate, up);
}

/// An MX element's largest value, 1.m x 2^emax: FP4 E2M1 6 = 1.5 x 2^2,
/// FP8 E4M3 448 = 1.75 x 2^8 (mantissa as f32 fraction bits).
struct ElementMax {
  int64_t emax, mantissa;
  explicit ElementMax(bool fp4)
      : emax(fp4 ? 2 : 8), mantissa(fp4 ? 0x400000 : 0x600000) {}
};

/// The E8M0 byte (i32) of a block whose largest magnitude has f32 bits
/// `amax` (sign clear): the exponent field minus the element's emax, one
/// more for `ceil` when the mantissa exceeds the element maximum's; clamped
/// to [0, 254]; 255 for NaN. Matches mxmoe::ref::mxScaleByte.
Value scaleByte(Arith &a, Value amax, bool fp4, ScaleRounding rounding) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  ElementMax max(fp4);
  Value exponent = arith::ShRUIOp::create(b, loc, amax, a.i32(23));
  Value byte = arith::SubIOp::create(b, loc, exponent, a.i32(max.emax));
  if (rounding == ScaleRounding::Ceil) {
    Value mantissa = arith::AndIOp::create(b, loc, amax, a.i32(0x7FFFFF));
    Value above =
        a.cmp(arith::CmpIPredicate::ugt, mantissa, a.i32(max.mantissa));
    byte = arith::AddIOp::create(
        b, loc, byte, arith::ExtUIOp::create(b, loc, b.getI32Type(), above));
  }
  byte = arith::MaxSIOp::create(b, loc, byte, a.i32(0));
  byte = arith::MinSIOp::create(b, loc, byte, a.i32(254));
  Value nan = a.cmp(arith::CmpIPredicate::ugt, amax, a.i32(0x7F800000));
  return a.select(nan, a.i32(255), byte);
}

/// Clamps h to +-(element maximum x 2^(byte - 127)), exact since the bound
/// is a power-of-two multiple; the conversion then never overflows.
Value saturate(Arith &a, Value h, Value byte, bool fp4) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  ElementMax max(fp4);
  Value exponent = arith::AddIOp::create(b, loc, byte, a.i32(max.emax));
  Value bits = arith::OrIOp::create(
      b, loc, arith::ShLIOp::create(b, loc, exponent, a.i32(23)),
      a.i32(max.mantissa));
  bits = a.select(a.cmp(arith::CmpIPredicate::sgt, exponent, a.i32(254)),
                  a.i32(0x7F800000), bits);
  Value bound = arith::BitcastOp::create(b, loc, b.getF32Type(), bits);
  Value low = arith::NegFOp::create(b, loc, bound);
  return arith::MinimumFOp::create(
      b, loc, arith::MaximumFOp::create(b, loc, h, low), bound);
}

void lowerEpilogue(Stage1EpilogueOp op, Value lds) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  BlockTiling tiling(op.getTile());
  const int64_t inter = op.getInterDim(), topk = op.getTopk();
  WaveLane lane = waveLane(a);
  SmallVector<ColumnPair> pairs;
  for (int64_t j = 0; j < tiling.tilesPerWave(); ++j) {
    ColumnPair pair;
    pair.tile = accumulatorTile(a, tiling, lane, j, op.getBlockRow(),
                                op.getCol0(), op.getSortedIds(), op.getTokens(),
                                topk);
    // Interleaved rows colBase + 4g + q: gate (q even) and up of 2 columns.
    pair.column0 = a.add(a.div(pair.tile.colBase, 2), a.mul(lane.g, 2));
    pairs.push_back(pair);
  }

  if (op.getOutput() == OutputFormat::BF16) {
    for (auto [pair, acc] : llvm::zip(pairs, op.getAccs()))
      for (int64_t half = 0; half < 2; ++half) {
        OpBuilder::InsertionGuard guard(b);
        auto store = scf::IfOp::create(b, loc, pair.inRange(a, half, inter));
        b.setInsertionPointToStart(store.thenBlock());
        Value h = activatedColumn(op, a, pair, acc, half);
        h = arith::TruncFOp::create(b, loc, b.getBF16Type(), h);
        Value at = a.add(a.mul(pair.hRow(a, topk), inter),
                         a.add(pair.column0, half));
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
      auto compute = scf::IfOp::create(b, loc, f32,
                                       pair.inRange(a, half, inter), true);
      b.setInsertionPointToStart(compute.thenBlock());
      scf::YieldOp::create(b, loc,
                           activatedColumn(op, a, pair, acc, half));
      b.setInsertionPointToStart(compute.elseBlock());
      scf::YieldOp::create(b, loc, zero);
      h[half] = compute.getResult(0);
    }
    hs.push_back(h);
    auto magnitude = [&](Value v) {
      return arith::AndIOp::create(
          b, loc, arith::BitcastOp::create(b, loc, i32, v), a.i32(0x7FFFFFFF));
    };
    Value pairMax =
        arith::MaxUIOp::create(b, loc, magnitude(h[0]), magnitude(h[1]));
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
    Value byte = scaleByte(a, amax, fp4, op.getScaleRounding());
    Value scale = arith::BitcastOp::create(
        b, loc, f32, arith::ShLIOp::create(b, loc, byte, a.i32(23)));
    Value h0 = saturate(a, hs[j][0], byte, fp4);
    Value h1 = saturate(a, hs[j][1], byte, fp4);
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
          if (op.getOutput() == OutputFormat::BF16 || info.hasScaledFP4Cvt)
            return "";
          return (stringifyOutputFormat(op.getOutput()) +
                  " output needs v_cvt_scalef32_pk_* (gfx950), which " +
                  info.name + " lacks")
              .str();
        });
    if (failed(ops))
      return signalPassFailure();
    for (Stage1EpilogueOp op : *ops) {
      Value lds;
      if (int64_t bytes = stage1EpilogueLDSBytes(op.getTile(), op.getOutput())) {
        auto func = op->getParentOfType<gpu::GPUFuncOp>();
        if (!func || !func.isKernel()) {
          op.emitOpError("with an MX output must be inside a gpu.func kernel "
                         "(it exchanges block maxima through LDS)");
          return signalPassFailure();
        }
        auto type = MemRefType::get(
            {bytes / 4}, IntegerType::get(&getContext(), 32),
            MemRefLayoutAttrInterface(),
            gpu::AddressSpaceAttr::get(&getContext(),
                                       gpu::AddressSpace::Workgroup));
        lds = func.addWorkgroupAttribution(type, op.getLoc());
      }
      lowerEpilogue(op, lds);
    }
  }
};

} // namespace
