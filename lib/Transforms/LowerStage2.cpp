//===- LowerStage2.cpp - moe.stage2 to a tiled kernel body ----------------===//
//
// The first, non-pipelined stage-2 kernel: every wave owns a 16 x 16 output
// tile and streams weights and activations straight from global memory.
// See the pass description in Passes.td for the grid and tail rules.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Builders.h"

namespace mlir::moe {
#define GEN_PASS_DEF_LOWERSTAGE2
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

/// Terse arithmetic on index and i32 values.
struct Arith {
  OpBuilder &b;
  Location loc;
  Value idx(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value div(Value x, int64_t c) {
    return arith::DivUIOp::create(b, loc, x, idx(c));
  }
  Value rem(Value x, int64_t c) {
    return arith::RemUIOp::create(b, loc, x, idx(c));
  }
  Value ult(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, x, y);
  }
  Value slt(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, x, y);
  }
  Value sge(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, x, y);
  }
  Value both(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value toIndex(Value v) {
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  }
  Value load(Value memref, Value i) {
    return memref::LoadOp::create(b, loc, memref, ValueRange{i});
  }
};

/// Why this first lowering cannot handle `op`, or empty.
std::string unsupportedReason(Stage2Op op, const mxmoe::ChipInfo &chip) {
  TileAttr tile = op.getTile();
  if (tile.getK() % 128 != 0)
    return "tile k must be a multiple of 128";
  Type yElem = op.getY().getType().getElementType();
  if (op.getCombine() == Combine::Atomic && !yElem.isF32()) {
    if (yElem.isBF16() && !chip.hasBufferPkAddBF16)
      return std::string("combine = atomic with a bf16 output needs "
                         "buffer_atomic_pk_add_bf16, which ") +
             chip.name + " lacks (use f32 or f16 output, or combine = store)";
    if (op.getModelDim() % 2 != 0)
      return "combine = atomic with a " +
             std::string(yElem.isBF16() ? "bf16" : "f16") +
             " output adds column pairs as one dword and needs an even "
             "model_dim, got " +
             std::to_string(op.getModelDim());
  }
  if (op.getCombine() == Combine::Store && op.getSplitK() > 1)
    return "split_k > 1 needs combine = atomic (a store would overwrite the "
           "other K slices)";
  if (!op->getParentOfType<gpu::GPUFuncOp>())
    return "must be inside a gpu.func kernel";
  return "";
}

/// One MFMA tile of a wave: a 16-row sub-block of the routed block (this
/// lane's routed row) by a 16-column sub-block of model_dim (this lane's
/// weight row).
struct WaveTile {
  Value slot, valid, token, slotIdx, hRow; // routed row
  Value colBase, weightRow;                // model_dim columns
};

/// One 128-wide K step of one tile: loads, conversion and MFMAs.
Value emitKStep(OpBuilder &b, Location loc, Stage2Op op, Arith &a, Value k0,
                Value g, const WaveTile &t, Value acc) {
  const int64_t inter = op.getInterDim();
  auto accType = VectorType::get({4}, b.getF32Type());
  Value k = a.add(k0, a.mul(g, a.idx(32)));
  auto none = CacheModifierAttr::get(b.getContext(), CacheModifier::none);
  auto fp4Type = VectorType::get({32}, b.getType<Float4E2M1FNType>());
  auto e8m0 = b.getType<Float8E8M0FNUType>();
  Value wq = MXFP4LoadOp::create(b, loc, fp4Type, op.getW2(), t.weightRow, k,
                                 op.getWeightLayoutAttr(),
                                 b.getI64IntegerAttr(inter), none);
  Value scale = E8M0LoadOp::create(b, loc, e8m0, op.getW2Scales(), t.weightRow,
                                   a.div(k, 32), op.getScaleLayoutAttr(),
                                   b.getI64IntegerAttr(inter), none);
  auto scaleVec = VectorType::get({4}, e8m0);
  auto activationScale = [&]() {
    return E8M0LoadOp::create(
        b, loc, e8m0, op.getHScales(), t.hRow, a.div(k, 32),
        ScaleLayoutAttr::get(b.getContext(), ScaleLayout::RowMajor),
        b.getI64IntegerAttr(inter), none);
  };
  auto scaledMfma = [&](Value h, Value hScale) {
    Value sa = vector::BroadcastOp::create(b, loc, scaleVec, scale);
    Value sb = vector::BroadcastOp::create(b, loc, scaleVec, hScale);
    return ScaledMFMAOp::create(b, loc, accType, 16, 16, 128, sa, 0, wq, sb,
                                0, h, acc)
        .getResult();
  };
  switch (op.getPrecision()) {
  case Precision::A8W4: {
    // FP8 operands of the scaled MFMA are striped: lane r + 16g holds bytes
    // [32kb + 8g, +8) of each 32-block kb of the step
    // (research/verification.md §3a); its scale is that of block g, like the
    // FP4 weights' 32 consecutive K.
    auto bytes8 = VectorType::get({8}, b.getI8Type());
    auto bytes32 = VectorType::get({32}, b.getI8Type());
    Value zero8 =
        arith::ConstantOp::create(b, loc, bytes8, b.getZeroAttr(bytes8));
    Value hb =
        arith::ConstantOp::create(b, loc, bytes32, b.getZeroAttr(bytes32));
    for (int64_t kb = 0; kb < 4; ++kb) {
      Value kk = a.add(a.add(k0, a.idx(32 * kb)), a.mul(g, a.idx(8)));
      Value inK = a.ult(kk, a.idx(inter));
      Value kc = arith::MinUIOp::create(b, loc, kk, a.idx(inter - 8));
      Value off = a.add(a.mul(t.hRow, a.idx(inter)), kc);
      Value part =
          vector::LoadOp::create(b, loc, bytes8, op.getH(), ValueRange{off});
      part = a.select(a.both(t.valid, inK), part, zero8);
      hb = vector::InsertStridedSliceOp::create(
          b, loc, part, hb, ArrayRef<int64_t>{8 * kb}, ArrayRef<int64_t>{1});
    }
    auto fp8Type = VectorType::get({32}, b.getType<Float8E4M3FNType>());
    return scaledMfma(vector::BitCastOp::create(b, loc, fp8Type, hb),
                      activationScale());
  }
  case Precision::A4W4: {
    // Both operands FP4 with 32 consecutive K per lane; the K tail reads
    // zeros through the loads' bounds, padding rows are zeroed.
    Value hq = MXFP4LoadOp::create(
        b, loc, fp4Type, op.getH(), t.hRow, k,
        WeightLayoutAttr::get(b.getContext(), WeightLayout::RowMajor),
        b.getI64IntegerAttr(inter), none);
    Value zero = arith::ConstantOp::create(b, loc, fp4Type,
                                           b.getZeroAttr(fp4Type));
    return scaledMfma(a.select(t.valid, hq, zero), activationScale());
  }
  case Precision::A16W4: {
    auto bf16x32 = VectorType::get({32}, b.getBF16Type());
    Value wf = FP4UnpackOp::create(
        b, loc, bf16x32, wq, scale,
        UnpackStrategyAttr::get(b.getContext(), UnpackStrategy::Auto));
    // 32 bf16 of the routed row; zeros for padding rows and the K tail (the
    // address is clamped in range).
    Value inK = a.ult(k, a.idx(inter));
    Value kc = arith::MinUIOp::create(b, loc, k, a.idx(inter - 32));
    Value hOff = a.add(a.mul(t.hRow, a.idx(inter)), kc);
    Value hLoaded =
        vector::LoadOp::create(b, loc, bf16x32, op.getH(), ValueRange{hOff});
    Value zeros =
        arith::ConstantOp::create(b, loc, bf16x32, b.getZeroAttr(bf16x32));
    Value hv = a.select(a.both(t.valid, inK), hLoaded, zeros);
    for (int64_t part = 0; part < 4; ++part) {
      auto slice8 = [&](Value v) {
        return vector::ExtractStridedSliceOp::create(
            b, loc, v, ArrayRef<int64_t>{8 * part}, ArrayRef<int64_t>{8},
            ArrayRef<int64_t>{1});
      };
      acc = MFMAOp::create(b, loc, accType, 16, 16, 32, slice8(wf), slice8(hv),
                           acc);
    }
    return acc;
  }
  }
  llvm_unreachable("unknown precision");
}

void lowerStage2(Stage2Op op) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Arith a{b, loc};
  TileAttr tile = op.getTile();
  const int64_t m = tile.getM(), n = tile.getN(), d = op.getModelDim(),
                inter = op.getInterDim(), experts = op.getExperts(),
                topk = op.getTopk(), split = op.getSplitK();
  const int64_t rowBlocks = m / 16;
  const int64_t tilesPerWave = rowBlocks * (n / 16) / tile.getWaves();
  // K range of one slice, a multiple of the 128-wide step.
  int64_t steps = (inter + 127) / 128;
  int64_t sliceK = (steps + split - 1) / split * 128;

  Value tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value by = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
  Value wave = a.div(tid, 64), lane = a.rem(tid, 64);
  Value r = a.rem(lane, 16), g = a.div(lane, 16);
  Value block = a.div(by, split), slice = a.rem(by, split);
  Value blockRow = a.mul(block, a.idx(m));
  Value numValid = a.toIndex(a.load(op.getNumValidIds(), a.idx(0)));

  // Workgroup-uniform early exits: past the valid blocks or a bad expert.
  auto inRange = scf::IfOp::create(b, loc, a.ult(blockRow, numValid));
  b.setInsertionPointToStart(inRange.thenBlock());
  Value expert32 = a.load(op.getSortedExpertIds(), block);
  Value expertOk = a.both(a.sge(expert32, a.i32(0)),
                          a.slt(expert32, a.i32(experts)));
  auto haveExpert = scf::IfOp::create(b, loc, expertOk);
  b.setInsertionPointToStart(haveExpert.thenBlock());
  Value expert = a.toIndex(expert32);

  // The wave's tiles: consecutive tiles share a column sub-block.
  SmallVector<WaveTile> tiles;
  for (int64_t j = 0; j < tilesPerWave; ++j) {
    WaveTile t;
    Value index = a.add(a.mul(wave, a.idx(tilesPerWave)), a.idx(j));
    Value rowBlock = a.rem(index, rowBlocks), colBlock = a.div(index, rowBlocks);
    t.slot = a.add(a.add(blockRow, a.mul(rowBlock, a.idx(16))), r);
    Value packed = a.load(op.getSortedIds(), t.slot);
    Value token32 = arith::AndIOp::create(b, loc, packed, a.i32(0xFFFFFF));
    Value slot32 = arith::ShRUIOp::create(b, loc, packed, a.i32(24));
    t.valid = a.both(a.ult(token32, op.getTokens()),
                     a.ult(slot32, a.i32(topk)));
    t.token = a.toIndex(token32);
    t.slotIdx = a.toIndex(slot32);
    t.hRow = a.select(t.valid, a.add(a.mul(t.token, a.idx(topk)), t.slotIdx),
                      a.idx(0));
    // A column past model_dim reads a row past the weight buffer (zeros).
    t.colBase = a.add(a.mul(bx, a.idx(n)), a.mul(colBlock, a.idx(16)));
    Value col = a.add(t.colBase, r);
    t.weightRow = a.select(a.ult(col, a.idx(d)),
                           a.add(a.mul(expert, a.idx(d)), col),
                           a.idx(experts * d));
    tiles.push_back(t);
  }

  Value kBegin = a.mul(slice, a.idx(sliceK));
  Value kEnd = arith::MinUIOp::create(b, loc, a.add(kBegin, a.idx(sliceK)),
                                      a.idx(inter));
  auto accType = VectorType::get({4}, b.getF32Type());
  Value zeroAcc = arith::ConstantOp::create(b, loc, accType,
                                            b.getZeroAttr(accType));
  SmallVector<Value> inits(tilesPerWave, zeroAcc);
  auto loop = scf::ForOp::create(b, loc, kBegin, kEnd, a.idx(128), inits);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    SmallVector<Value> accs;
    for (int64_t j = 0; j < tilesPerWave; ++j)
      accs.push_back(emitKStep(b, loc, op, a, loop.getInductionVar(), g,
                               tiles[j], loop.getRegionIterArgs()[j]));
    scf::YieldOp::create(b, loc, accs);
  }

  // Epilogue: element q of a tile's accumulator is column colBase + 4g + q
  // of this lane's routed row.
  Value firstSlice = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                           slice, a.idx(0));
  for (int64_t j = 0; j < tilesPerWave; ++j) {
    const WaveTile &t = tiles[j];
    Value acc = loop.getResult(j);
    Value weight = op.getRoutingWeight()
                       ? a.load(op.getSortedWeights(), t.slot)
                       : Value();
    Value y = op.getY();
    Type yElem = cast<MemRefType>(y.getType()).getElementType();
    // Bias (first K slice only), then routing weight, in f32.
    auto finish = [&](Value c, int64_t q) {
      Value v = vector::ExtractOp::create(b, loc, acc, q);
      if (Value bias = op.getBias()) {
        Value bv = a.load(bias, a.add(a.mul(expert, a.idx(d)), c));
        Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
        v = arith::AddFOp::create(b, loc, v, a.select(firstSlice, bv, zero));
      }
      if (weight)
        v = arith::MulFOp::create(b, loc, v, weight);
      return v;
    };
    auto column = [&](int64_t q) {
      return a.add(t.colBase, a.add(a.mul(g, a.idx(4)), a.idx(q)));
    };
    auto atomicAdd = [&](Value v, Value c) {
      // A buffer atomic is native (global atomicrmw fadd becomes a CAS loop
      // unless the IR says the memory is not fine-grained) and
      // bounds-checked.
      Value at = arith::IndexCastUIOp::create(
          b, loc, b.getI32Type(), a.add(a.mul(t.token, a.idx(d)), c));
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
        Value c = column(q);
        auto store =
            scf::IfOp::create(b, loc, a.both(t.valid, a.ult(c, a.idx(d))));
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(store.thenBlock());
        Value lo = arith::TruncFOp::create(b, loc, yElem, finish(c, q));
        Value hi = arith::TruncFOp::create(
            b, loc, yElem, finish(a.add(c, a.idx(1)), q + 1));
        Value pair = vector::FromElementsOp::create(
            b, loc, VectorType::get({2}, yElem), ValueRange{lo, hi});
        atomicAdd(pair, c);
      }
      continue;
    }
    for (int64_t q = 0; q < 4; ++q) {
      Value c = column(q);
      auto store =
          scf::IfOp::create(b, loc, a.both(t.valid, a.ult(c, a.idx(d))));
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(store.thenBlock());
      Value v = finish(c, q);
      if (op.getCombine() == Combine::Atomic) {
        atomicAdd(v, c);
      } else {
        Value row = a.add(a.mul(t.token, a.idx(topk)), t.slotIdx);
        Value at = a.add(a.mul(row, a.idx(d)), c);
        if (!yElem.isF32())
          v = arith::TruncFOp::create(b, loc, yElem, v);
        memref::StoreOp::create(b, loc, v, y, ValueRange{at});
      }
    }
  }
  op.erase();
}

struct LowerStage2Pass
    : public moe::impl::LowerStage2Base<LowerStage2Pass> {
  using LowerStage2Base::LowerStage2Base;
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
      std::string reason = unsupportedReason(op, *info);
      if (!reason.empty()) {
        op.emitOpError("cannot be lowered yet: ") << reason;
        bad = true;
      }
    }
    if (bad)
      return signalPassFailure();
    for (Stage2Op op : ops)
      lowerStage2(op);
  }
};

} // namespace
