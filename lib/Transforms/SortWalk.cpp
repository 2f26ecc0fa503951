//===- SortWalk.cpp - the chunk walk of the counting sorts ----------------===//

#include "SortWalk.h"

#include "RoutingRules.h"

#include "mxmoe/Target/Chip.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::moe;

namespace {
constexpr int64_t kWave = 64;
} // namespace

void SortWalk::waveBarrier() {
  LLVM::CallIntrinsicOp::create(
      b, loc, b.getStringAttr("llvm.amdgcn.wave.barrier"), ValueRange{});
}

SortWalk::ChunkLanes SortWalk::walk(Value begin, Value end, bool scatter) {
  auto ldsLoad = [&](Value at) { return a.load(lds, at); };
  auto ldsStore = [&](Value v, Value at) {
    memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
  };
  auto when = [&](Value cond, auto body) {
    auto ifOp = scf::IfOp::create(b, loc, cond);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    body();
  };
  Value chunkBase = a.add(a.mul(wave, kWave), waves * experts);
  // The last chunk's lanes, carried out of the walk (nothing routed when
  // the range is empty).
  Value zeroWeight = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
  SmallVector<Value> none = {a.idx(0), a.idx(0), a.idx(0),
                             arith::ConstantIntOp::create(b, loc, 0, 1),
                             zeroWeight};
  auto step = scf::ForOp::create(b, loc, begin, end, a.idx(kWave), none);
  ChunkLanes carried{step.getResult(0), step.getResult(1), step.getResult(2),
                     step.getResult(3), step.getResult(4)};
  OpBuilder::InsertionGuard stepGuard(b);
  b.setInsertionPointToStart(step.getBody());
  Value i = a.add(step.getInductionVar(), lane);
  Value inRange = a.ult(i, end);
  Value clamped = a.minu(i, arith::SubIOp::create(b, loc, end, a.idx(1)));
  Value id = a.load(topkIds, clamped);
  // Loaded with the id (not after the rank, one more dependent round trip):
  // the scatter of a one-chunk walk reuses it.
  Value weight = topkWeights ? a.load(topkWeights, clamped) : Value();
  // A local expert in [0, experts), or -1.
  LocalExpert local = localExpert(a, id, expertBegin, experts);
  Value e32 = local.id, ok = a.both(inRange, local.routed);
  Value mine = a.select(ok, e32, a.i32(-1));
  ldsStore(mine, a.add(chunkBase, lane));
  waveBarrier();
  // The chunk's lanes with this expert as a 64-bit mask (bit j: lane j);
  // rank: those below this lane, last: none above. A mask rather than
  // per-lane compares of j against the lane: those are invariant across
  // chunks, and hoisted out of the chunk loop they held 128 lane masks in
  // SGPRs (304 bytes spilled). Each 32-lane half is shifted in from its top
  // lane down (shifts by 1, not 32 constant bits held in VGPRs).
  Type i32 = b.getI32Type(), i64 = b.getI64Type();
  auto i64Cst = [&](int64_t v) {
    return arith::ConstantIntOp::create(b, loc, i64, v);
  };
  auto toI64 = [&](Value v) {
    return arith::IndexCastUIOp::create(b, loc, i64, v);
  };
  auto scan = scf::ForOp::create(b, loc, a.idx(0), a.idx(kWave / 2), a.idx(1),
                                 ValueRange{a.i32(0), a.i32(0)});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(scan.getBody());
    Value top = arith::SubIOp::create(b, loc, a.idx(kWave / 2 - 1),
                                      scan.getInductionVar());
    SmallVector<Value> halves;
    for (int64_t half = 0; half < 2; ++half) {
      Value j = a.add(top, half * kWave / 2);
      Value same = a.eq(ldsLoad(a.add(chunkBase, j)), mine);
      Value bits = scan.getRegionIterArgs()[half];
      halves.push_back(
          a.orI(a.shl(bits, 1), arith::ExtUIOp::create(b, loc, i32, same)));
    }
    scf::YieldOp::create(b, loc, halves);
  }
  if (entriesPerScanTrip > 0) {
    MLIRContext *context = b.getContext();
    auto unroll = LLVM::LoopUnrollAttr::get(
        context, /*disable=*/{},
        b.getI32IntegerAttr(std::max<int64_t>(1, entriesPerScanTrip / 2)), {},
        {}, {}, {}, {});
    scan->setAttr("llvm.loop_annotation",
                  LLVM::LoopAnnotationAttr::get(context, {}, {}, {}, unroll, {},
                                                {}, {}, {}, {}, {}, {}, {}, {},
                                                {}, {}));
  }
  Value matches =
      a.orI(a.shl(arith::ExtUIOp::create(b, loc, i64, scan.getResult(1)), 32),
            arith::ExtUIOp::create(b, loc, i64, scan.getResult(0)));
  Value lane64 = toI64(lane);
  Value below =
      arith::SubIOp::create(b, loc, a.shl(i64Cst(1), lane64), i64Cst(1));
  Value rank = a.toIndex(LLVM::CtPopOp::create(b, loc, a.both(matches, below)));
  // Bit `lane` is this lane's own: shift it out too.
  Value above = a.shrU(arith::ShRUIOp::create(b, loc, matches, lane64), 1);
  Value last = a.both(ok, a.eq(above, i64Cst(0)));
  Value e = a.toIndex(a.select(ok, e32, a.i32(0)));
  Value base = a.toIndex(ldsLoad(counter(e)));
  if (scatter) {
    writeRow(ok, a.add(base, rank), i, weight);
  }
  // Every lane has read its counter before the last one advances it.
  waveBarrier();
  when(last,
       [&] { ldsStore(a.toI32(a.add(base, a.add(rank, 1))), counter(e)); });
  waveBarrier();
  scf::YieldOp::create(
      b, loc, ValueRange{i, e, rank, ok, weight ? weight : zeroWeight});
  return carried;
}

void SortWalk::writeRow(Value routed, Value pos, Value entry, Value weight) {
  auto ifOp = scf::IfOp::create(b, loc, a.both(routed, a.ult(pos, rowsHeld)));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  Value token = a.div(entry, topk), slot = a.rem(entry, topk);
  Value packed = arith::OrIOp::create(
      b, loc, arith::ShLIOp::create(b, loc, a.toI32(slot), a.i32(24)),
      a.toI32(token));
  memref::StoreOp::create(b, loc, packed, sortedIds, ValueRange{pos});
  if (!weight)
    weight = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0));
  memref::StoreOp::create(b, loc, weight, sortedWeights, ValueRange{pos});
}

void SortWalk::scatterCounted(const ChunkLanes &lanes) {
  writeRow(lanes.routed,
           a.add(a.toIndex(a.load(lds, counter(lanes.expert))), lanes.rank),
           lanes.entry, topkWeights ? lanes.weight : Value());
}

std::pair<Value, Value> SortWalk::scanLanes(Value v, Value scratch) {
  Value at = a.add(scratch, lane), own = v;
  for (int64_t d = 1; d < kWave; d *= 2) {
    memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
    waveBarrier();
    Value has = a.cmp(arith::CmpIPredicate::uge, lane, a.idx(d));
    Value from = a.select(has, arith::SubIOp::create(b, loc, at, a.idx(d)), at);
    Value u = a.select(has, a.load(lds, from), a.i32(0));
    // Every lane has read before the next step overwrites.
    waveBarrier();
    v = arith::AddIOp::create(b, loc, v, u);
  }
  // The inclusive sum of the last lane is the wave's.
  memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
  waveBarrier();
  Value all = a.load(lds, a.add(scratch, kWave - 1));
  waveBarrier();
  return {arith::SubIOp::create(b, loc, v, own), all};
}

Value SortWalk::expertFirstRows(
    Value scratch, llvm::function_ref<Value(Value)> paddedRows,
    llvm::function_ref<void(Value, Value, Value)> place) {
  int64_t perLane = llvm::divideCeil(experts, kWave);
  Value first = a.mul(lane, perLane);
  auto sum = scf::ForOp::create(b, loc, a.idx(0), a.idx(perLane), a.idx(1),
                                ValueRange{a.i32(0)});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(sum.getBody());
    // Owned expert j's rows; 0 where it does not exist (its address clamped
    // to the last expert: no lane writes before the scan).
    Value e = a.add(first, sum.getInductionVar());
    Value exists = a.ult(e, a.idx(experts));
    Value rows =
        a.select(exists, paddedRows(a.minu(e, a.idx(experts - 1))), a.i32(0));
    scf::YieldOp::create(
        b, loc,
        ValueRange{
            arith::AddIOp::create(b, loc, sum.getRegionIterArgs()[0], rows)
                .getResult()});
  }
  auto [before, all] = scanLanes(sum.getResult(0), scratch);
  auto walkOwned = scf::ForOp::create(b, loc, a.idx(0), a.idx(perLane),
                                      a.idx(1), ValueRange{a.toIndex(before)});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(walkOwned.getBody());
    // An expert that does not exist reads nothing here: its clamped address
    // is another lane's expert, which that lane now writes.
    Value e = a.add(first, walkOwned.getInductionVar());
    Value row = walkOwned.getRegionIterArgs()[0];
    auto ifOp = scf::IfOp::create(b, loc, TypeRange{b.getIndexType()},
                                  a.ult(e, a.idx(experts)), true);
    {
      OpBuilder::InsertionGuard inner(b);
      b.setInsertionPointToStart(ifOp.thenBlock());
      Value padded = a.toIndex(paddedRows(e));
      place(e, row, padded);
      scf::YieldOp::create(b, loc, ValueRange{padded});
      b.setInsertionPointToStart(ifOp.elseBlock());
      scf::YieldOp::create(b, loc, ValueRange{a.idx(0)});
    }
    scf::YieldOp::create(b, loc, ValueRange{a.add(row, ifOp.getResult(0))});
  }
  return a.toIndex(all);
}

Value SortWalk::addLds(gpu::GPUFuncOp func, int64_t blockSize, int64_t experts,
                       Location loc) {
  MLIRContext *context = func.getContext();
  auto type = MemRefType::get(
      {ldsWords(blockSize / mxmoe::kWaveSize, experts)},
      IntegerType::get(context, 32), MemRefLayoutAttrInterface(),
      gpu::AddressSpaceAttr::get(context, gpu::AddressSpace::Workgroup));
  return func.addWorkgroupAttribution(type, loc);
}
