//===- PipelineRoutedMMA.cpp - moe.routed_mma as a ping-pong pipeline -----===//
//
// The workgroup stages tile.k of weights and activations per step through
// two LDS buffers. Each step of a wave is two clusters separated by fenced
// barriers: a memory cluster (read this step's operands from one buffer,
// write the next step's prefetched registers to the other, issue the global
// loads of the step after) and an MFMA cluster under raised priority. The
// second wave group starts one barrier late, so one group's MFMA cluster
// runs beside the other's memory cluster. See the pass description for why
// the buffer reuse distance is race-free with that offset.
//
//===----------------------------------------------------------------------===//

#include "RoutedMMAOperands.h"

#include "mxmoe/Dialect/MoE/Utils/BufferAccess.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"

namespace mlir::moe {
#define GEN_PASS_DEF_PIPELINEROUTEDMMA
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

class PipelineBuilder {
public:
  PipelineBuilder(RoutedMMAOp op, Value lds, bool pingPong)
      : op(op), b(op), loc(op.getLoc()), a{b, loc}, tiling(op.getTile()),
        layout(pipelineLDSLayout(op.getTile(), op.getPrecision())), lds(lds),
        precision(op.getPrecision()), kt(op.getTile().getK()),
        threads(mxmoe::kWaveSize * op.getTile().getWaves()),
        groups(pingPong && op.getTile().getWaves() % 2 == 0 ? 2 : 1) {}

  void build();
  /// MFMA ops the pipeline emitted.
  int64_t mfmasEmitted() const {
    return operands ? operands->mfmasEmitted() : 0;
  }

private:
  /// A copy unit of a stage: a 16-byte chunk or a scale byte, with where it
  /// comes from (up to the stage's K) and where it goes in a stage buffer.
  struct CopyUnit {
    enum Kind { Weight, WeightScale, Act, ActScale } kind;
    Value row;       // weight row or activation row in global memory
    Value kOffset;   // K of the unit within the stage (elements)
    Value ldsOffset; // within a stage buffer
    Value active;    // i1, or null when every thread has one
  };

  // Setup, prefetch and LDS traffic.
  void planCopies();
  SmallVector<Value> loadStage(Value k0);
  void storeStage(ArrayRef<Value> regs, int64_t buffer);
  SmallVector<Value> zeroRegs();
  SmallVector<Value> loadStageIf(Value cond, Value k0, ValueRange otherwise);

  void barrier();
  SmallVector<Value> step(Value i, Value n, int64_t buffer, ValueRange accs,
                          ValueRange regs, Value kBegin);

  Value ldsAt(int64_t buffer, Value offset) {
    return a.add(offset, buffer * layout.bufferBytes);
  }

  RoutedMMAOp op;
  OpBuilder b;
  Location loc;
  Arith a;
  BlockTiling tiling;
  PipelineLDSLayout layout;
  Value lds;
  Precision precision;
  int64_t kt, threads, groups;
  Value tid, wave, r, g;
  SmallVector<CopyUnit> units;
  SmallVector<TileCoords> coords;
  SmallVector<Type> regTypes;
  // The precision-specific operand reads and MFMAs of a stage.
  std::optional<RoutedMMAOperands> operands;
};

void PipelineBuilder::planCopies() {
  const int64_t n = tiling.n, m = tiling.m;
  auto forEach = [&](CopyUnit::Kind kind, int64_t count, int64_t perRow,
                     auto &&fill) {
    for (int64_t it = 0; it * threads < count; ++it) {
      Value c = a.add(tid, it * threads);
      CopyUnit u;
      u.kind = kind;
      u.active = (it + 1) * threads > count ? a.ult(c, a.idx(count)) : Value();
      if (u.active)
        c = a.minu(c, a.idx(count - 1));
      fill(u, a.div(c, perRow), a.rem(c, perRow));
      units.push_back(u);
    }
  };
  // Weight rows: a column past n_dim reads a row past the buffer (zeros).
  // With gate_up, the interleaved row 2j + up is the arrangement's row.
  auto weightRow = [&](Value row) {
    Value col = a.add(op.getCol0(), row);
    Value physical = col;
    if (auto gateUp = op.getGateUp()) {
      mxmoe::fmt::GateUpArrangement arrangement = toFormat(*gateUp);
      IRIndex j{&b, loc, a.div(col, 2)};
      int64_t inter = op.getNDim() / 2;
      Value up = a.eq(a.rem(col, 2), a.idx(1));
      physical =
          a.select(up, mxmoe::fmt::gateUpRow(arrangement, true, j, inter).v,
                   mxmoe::fmt::gateUpRow(arrangement, false, j, inter).v);
    }
    return a.select(a.ult(col, a.idx(op.getNDim())),
                    a.add(a.mul(op.getExpert(), op.getNDim()), physical),
                    a.idx(op.getExperts() * op.getNDim()));
  };
  forEach(CopyUnit::Weight, n * kt / 32, kt / 32,
          [&](CopyUnit &u, Value row, Value kc) {
            u.row = weightRow(row);
            u.kOffset = a.mul(kc, 32);
            u.ldsOffset =
                a.add(a.add(a.mul(row, layout.weightStride), a.mul(kc, 16)),
                      layout.weightOffset);
          });
  forEach(CopyUnit::WeightScale, n * kt / 32, kt / 32,
          [&](CopyUnit &u, Value row, Value kb) {
            u.row = weightRow(row);
            u.kOffset = a.mul(kb, 32);
            u.ldsOffset = a.add(a.add(a.mul(row, layout.scaleStride), kb),
                                layout.wScaleOffset);
          });
  // Activation rows through the routing; invalid rows read zeros.
  int64_t chunksPerRow = layout.actRowBytes / 16;
  int64_t elemsPerChunk = 16 * kt / layout.actRowBytes;
  auto actRow = [&](Value row) {
    RoutedRow rr =
        loadRoutedRow(a, op.getSortedIds(), a.add(op.getBlockRow(), row),
                      op.getTokens(), op.getTopk());
    Value r = rr.activationRow(a, op.getTopk(), op.getSlotRows());
    return std::make_pair(r, rr.valid);
  };
  forEach(CopyUnit::Act, m * chunksPerRow, chunksPerRow,
          [&](CopyUnit &u, Value row, Value kc) {
            auto [r, valid] = actRow(row);
            // Encode an invalid row as one past every row.
            u.row = a.select(valid, r, a.idx(kInvalidRow));
            u.kOffset = a.mul(kc, elemsPerChunk);
            u.ldsOffset =
                a.add(a.add(a.mul(row, layout.actStride), a.mul(kc, 16)),
                      layout.actOffset);
          });
  if (precision != Precision::A16W4)
    forEach(CopyUnit::ActScale, m * kt / 32, kt / 32,
            [&](CopyUnit &u, Value row, Value kb) {
              u.row = actRow(row).first;
              u.kOffset = a.mul(kb, 32);
              u.ldsOffset = a.add(a.add(a.mul(row, layout.scaleStride), kb),
                                  layout.aScaleOffset);
            });
  auto chunk = VectorType::get({16}, b.getI8Type());
  for (const CopyUnit &u : units)
    regTypes.push_back(u.kind == CopyUnit::Weight || u.kind == CopyUnit::Act
                           ? Type(chunk)
                           : b.getI8Type());
}

SmallVector<Value> PipelineBuilder::loadStage(Value k0) {
  const int64_t kDim = op.getKDim();
  auto none = CacheModifierAttr::get(b.getContext(), CacheModifier::none);
  auto e8m0 = b.getType<Float8E8M0FNUType>();
  auto chunk = VectorType::get({16}, b.getI8Type());
  SmallVector<Value> regs;
  for (const CopyUnit &u : units) {
    Value k = a.add(k0, u.kOffset);
    switch (u.kind) {
    case CopyUnit::Weight: {
      auto fp4 = VectorType::get({32}, b.getType<Float4E2M1FNType>());
      Value v = MXFP4LoadOp::create(
          b, loc, fp4, op.getW(), u.row, k, op.getWeightLayoutAttr(),
          b.getI64IntegerAttr(kDim), op.getWeightCacheAttr());
      regs.push_back(vector::BitCastOp::create(b, loc, chunk, v));
      break;
    }
    case CopyUnit::WeightScale:
    case CopyUnit::ActScale: {
      bool w = u.kind == CopyUnit::WeightScale;
      Value s = E8M0LoadOp::create(
          b, loc, e8m0, w ? op.getWScales() : op.getAScales(), u.row,
          a.div(k, 32),
          w ? op.getScaleLayoutAttr()
            : ScaleLayoutAttr::get(b.getContext(), ScaleLayout::RowMajor),
          b.getI64IntegerAttr(kDim), w ? op.getWeightCacheAttr() : none);
      regs.push_back(arith::BitcastOp::create(b, loc, b.getI8Type(), s));
      break;
    }
    case CopyUnit::Act: {
      // A buffer load: rows past the end and K past k_dim read zeros.
      bool bf16 = precision == Precision::A16W4;
      int64_t rowBytes = layout.actRowBytes * kDim / kt;
      int64_t elemBytes2 = 2 * layout.actRowBytes / kt; // 4, 2 or 1
      Value byte =
          a.add(a.mul(u.row, rowBytes), a.div(a.mul(k, elemBytes2), 2));
      Value inRange =
          a.both(a.ult(k, a.idx(kDim)), a.ult(u.row, a.idx(kInvalidRow)));
      byte = maskOffset(a, inRange, byte);
      Value index = bf16 ? a.div(byte, 2) : byte;
      Type type = bf16 ? VectorType::get({8}, b.getBF16Type()) : Type(chunk);
      Value v = amdgpu::RawBufferLoadOp::create(
          b, loc, type, op.getA(), ValueRange{a.toI32(index)},
          /*boundsCheck=*/true, /*indexOffset=*/IntegerAttr(),
          /*sgprOffset=*/Value());
      regs.push_back(bf16 ? vector::BitCastOp::create(b, loc, chunk, v) : v);
      break;
    }
    }
  }
  return regs;
}

SmallVector<Value> PipelineBuilder::zeroRegs() {
  SmallVector<Value> regs;
  for (Type t : regTypes)
    regs.push_back(arith::ConstantOp::create(b, loc, t, b.getZeroAttr(t)));
  return regs;
}

SmallVector<Value> PipelineBuilder::loadStageIf(Value cond, Value k0,
                                                ValueRange otherwise) {
  auto ifOp = scf::IfOp::create(b, loc, regTypes, cond, true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(b, loc, loadStage(k0));
  b.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(b, loc, otherwise);
  return SmallVector<Value>(ifOp.getResults());
}

void PipelineBuilder::storeStage(ArrayRef<Value> regs, int64_t buffer) {
  for (auto [u, v] : llvm::zip(units, regs)) {
    OpBuilder::InsertionGuard guard(b);
    if (u.active) {
      auto ifOp = scf::IfOp::create(b, loc, u.active);
      b.setInsertionPointToStart(ifOp.thenBlock());
    }
    Value at = ldsAt(buffer, u.ldsOffset);
    if (isa<VectorType>(v.getType())) {
      auto store = vector::StoreOp::create(b, loc, v, lds, ValueRange{at});
      store.setAlignment(uint64_t(16));
    } else {
      memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
    }
  }
}

void PipelineBuilder::barrier() {
  // Phases stay apart: nothing is scheduled across a phase boundary.
  ROCDL::SchedBarrier::create(b, loc, 0);
  gpu::BarrierOp::create(b, loc);
  ROCDL::SchedBarrier::create(b, loc, 0);
}

SmallVector<Value> PipelineBuilder::step(Value i, Value n, int64_t buffer,
                                         ValueRange accs, ValueRange regs,
                                         Value kBegin) {
  // Memory cluster: this step's operands, the next step's LDS writes, the
  // global loads of the step after.
  RoutedMMAOperands::Operands ops = operands->read(buffer);
  {
    auto ifOp = scf::IfOp::create(b, loc, a.ult(a.add(i, 1), n));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    storeStage(SmallVector<Value>(regs), 1 - buffer);
  }
  SmallVector<Value> next = loadStageIf(
      a.ult(a.add(i, 2), n), a.add(kBegin, a.mul(a.add(i, 2), kt)), regs);
  barrier();
  // MFMA cluster at raised priority.
  ROCDL::SetPrioOp::create(b, loc, 1);
  SmallVector<Value> out = operands->mfmaCluster(ops, accs);
  ROCDL::SetPrioOp::create(b, loc, 0);
  barrier();
  out.append(next);
  return out;
}

void PipelineBuilder::build() {
  WaveLane lane = waveLane(a);
  tid = lane.tid;
  wave = lane.wave;
  r = lane.r;
  g = lane.g;
  for (int64_t j = 0; j < tiling.tilesPerWave(); ++j)
    coords.push_back(tileCoords(a, tiling, wave, j));
  operands.emplace(a, tiling, layout, precision, lds, r, g, coords);
  planCopies();

  Value kBegin = op.getKBegin(), kEnd = op.getKEnd();
  Value span = a.select(a.ult(kBegin, kEnd),
                        arith::SubIOp::create(b, loc, kEnd, kBegin), a.idx(0));
  Value n = a.div(a.add(span, kt - 1), kt);
  Value second = groups == 2 ? a.cmp(arith::CmpIPredicate::uge, wave,
                                     a.idx(tiling.waves / 2))
                             : Value();
  auto barrierIf = [&](Value cond) {
    auto ifOp = scf::IfOp::create(b, loc, cond);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    barrier();
  };
  // The second group starts one phase late.
  if (second)
    barrierIf(second);

  // Prologue: step 0 into buffer 0, step 1 into registers. Two barriers: a
  // buffer written in one phase is read two phases later.
  SmallVector<Value> zeros = zeroRegs();
  SmallVector<Value> regs0 = loadStageIf(a.ult(a.idx(0), n), kBegin, zeros);
  {
    auto ifOp = scf::IfOp::create(b, loc, a.ult(a.idx(0), n));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    storeStage(regs0, 0);
  }
  SmallVector<Value> regs1 =
      loadStageIf(a.ult(a.idx(1), n), a.add(kBegin, kt), zeros);
  barrier();
  barrier();

  // Two steps per iteration (an even step on buffer 0, an odd one on
  // buffer 1) so that each buffer has a fixed LDS address.
  static_assert(mxmoe::kMainLoopKSteps == 2,
                "the main loop body is one step per LDS stage buffer");
  auto accType = VectorType::get({4}, b.getF32Type());
  Value zeroAcc =
      arith::ConstantOp::create(b, loc, accType, b.getZeroAttr(accType));
  SmallVector<Value> inits(tiling.tilesPerWave(), zeroAcc);
  int64_t numAccs = inits.size();
  inits.append(regs1);
  auto loop = scf::ForOp::create(b, loc, a.idx(0), n,
                                 a.idx(mxmoe::kMainLoopKSteps), inits);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value i = loop.getInductionVar();
    ValueRange args = loop.getRegionIterArgs();
    SmallVector<Value> afterEven = step(i, n, 0, args.take_front(numAccs),
                                        args.drop_front(numAccs), kBegin);
    Value i1 = a.add(i, 1);
    SmallVector<Type> types(ValueRange(afterEven).getTypes());
    auto odd = scf::IfOp::create(b, loc, types, a.ult(i1, n), true);
    b.setInsertionPointToStart(odd.thenBlock());
    ValueRange ev(afterEven);
    scf::YieldOp::create(
        b, loc,
        step(i1, n, 1, ev.take_front(numAccs), ev.drop_front(numAccs), kBegin));
    b.setInsertionPointToStart(odd.elseBlock());
    scf::YieldOp::create(b, loc, afterEven);
    b.setInsertionPointAfter(odd);
    scf::YieldOp::create(b, loc, odd.getResults());
  }
  // The first group catches up with the second's extra barrier.
  if (second)
    barrierIf(a.cmp(arith::CmpIPredicate::ult, wave, a.idx(tiling.waves / 2)));
  op.replaceAllUsesWith(loop.getResults().take_front(numAccs));
  op.erase();
}

struct PipelineRoutedMMAPass
    : public moe::impl::PipelineRoutedMMABase<PipelineRoutedMMAPass> {
  using PipelineRoutedMMABase::PipelineRoutedMMABase;
  void runOnOperation() override {
    SmallVector<RoutedMMAOp> ops;
    getOperation()->walk([&](RoutedMMAOp op) { ops.push_back(op); });
    for (RoutedMMAOp op : ops) {
      auto func = op->getParentOfType<gpu::GPUFuncOp>();
      if (!func || !func.isKernel()) {
        op.emitOpError("must be inside a gpu.func kernel (it needs LDS)");
        return signalPassFailure();
      }
      PipelineLDSLayout layout =
          pipelineLDSLayout(op.getTile(), op.getPrecision());
      auto ldsType = MemRefType::get(
          {layout.totalBytes()}, IntegerType::get(&getContext(), 8),
          MemRefLayoutAttrInterface(),
          gpu::AddressSpaceAttr::get(&getContext(),
                                     gpu::AddressSpace::Workgroup));
      Value lds = func.addWorkgroupAttribution(ldsType, op.getLoc());
      PipelineBuilder builder(op, lds, pingPong);
      builder.build();
      numMFMAs += builder.mfmasEmitted();
      ldsStageBytes += layout.bufferBytes;
    }
  }
};

} // namespace
