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

void SortWalk::walk(Value begin, Value end, bool scatter) {
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
  auto step = scf::ForOp::create(b, loc, begin, end, a.idx(kWave));
  OpBuilder::InsertionGuard stepGuard(b);
  b.setInsertionPointToStart(step.getBody());
  Value i = a.add(step.getInductionVar(), lane);
  Value inRange = a.ult(i, end);
  Value id =
      a.load(topkIds, a.minu(i, arith::SubIOp::create(b, loc, end, a.idx(1))));
  // A local expert in [0, experts), or -1.
  LocalExpert local = localExpert(a, id, expertBegin, experts);
  Value e32 = local.id, ok = a.both(inRange, local.routed);
  Value mine = a.select(ok, e32, a.i32(-1));
  ldsStore(mine, a.add(chunkBase, lane));
  waveBarrier();
  // Rank among the chunk's earlier lanes with this expert; is any later?
  Value zero = a.idx(0), no = arith::ConstantIntOp::create(b, loc, 0, 1);
  auto scan = scf::ForOp::create(b, loc, a.idx(0), a.idx(kWave), a.idx(1),
                                 ValueRange{zero, no});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(scan.getBody());
    Value j = scan.getInductionVar();
    Value same = a.eq(ldsLoad(a.add(chunkBase, j)), mine);
    Value before = a.both(same, a.ult(j, lane));
    Value after = a.both(same, a.ult(lane, j));
    Value rank = a.add(scan.getRegionIterArgs()[0],
                       a.select(before, a.idx(1), a.idx(0)));
    Value later =
        arith::OrIOp::create(b, loc, scan.getRegionIterArgs()[1], after);
    scf::YieldOp::create(b, loc, ValueRange{rank, later});
  }
  Value rank = scan.getResult(0);
  Value last = a.both(
      ok, arith::XOrIOp::create(b, loc, scan.getResult(1),
                                arith::ConstantIntOp::create(b, loc, 1, 1)));
  Value e = a.toIndex(a.select(ok, e32, a.i32(0)));
  Value base = a.toIndex(ldsLoad(counter(e)));
  if (scatter) {
    Value pos = a.add(base, rank);
    when(a.both(ok, a.ult(pos, rowsHeld)), [&] {
      Value token = a.div(i, topk), slot = a.rem(i, topk);
      Value packed = arith::OrIOp::create(
          b, loc, arith::ShLIOp::create(b, loc, a.toI32(slot), a.i32(24)),
          a.toI32(token));
      memref::StoreOp::create(b, loc, packed, sortedIds, ValueRange{pos});
      Value w = topkWeights
                    ? a.load(topkWeights, i)
                    : arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0));
      memref::StoreOp::create(b, loc, w, sortedWeights, ValueRange{pos});
    });
  }
  // Every lane has read its counter before the last one advances it.
  waveBarrier();
  when(last,
       [&] { ldsStore(a.toI32(a.add(base, a.add(rank, 1))), counter(e)); });
  waveBarrier();
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
