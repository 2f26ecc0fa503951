//===- RoutedTiling.cpp - workgroup tiles, waves and grids ----------------===//

#include "RoutedTiling.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::moe;

TileCoords mlir::moe::tileCoords(Arith &a, const BlockTiling &tiling,
                                 Value wave, int64_t j) {
  Value index = a.add(a.mul(wave, tiling.tilesPerWave()), j);
  return {a.rem(index, tiling.rowBlocks()), a.div(index, tiling.rowBlocks())};
}

WaveLane mlir::moe::waveLane(Arith &a) {
  WaveLane l;
  l.tid = gpu::ThreadIdOp::create(a.b, a.loc, gpu::Dimension::x);
  l.wave = a.div(l.tid, mxmoe::kWaveSize);
  Value lane = a.rem(l.tid, mxmoe::kWaveSize);
  l.r = a.rem(lane, 16);
  l.g = a.div(lane, 16);
  return l;
}

AccumulatorTile mlir::moe::accumulatorTile(Arith &a, const BlockTiling &tiling,
                                           const WaveLane &lane, int64_t j,
                                           Value blockRow, Value col0,
                                           Value sortedIds, Value tokens,
                                           int64_t topk) {
  TileCoords tc = tileCoords(a, tiling, lane.wave, j);
  AccumulatorTile t;
  t.position = a.add(a.add(blockRow, a.mul(tc.rowBlock, 16)), lane.r);
  t.row = loadRoutedRow(a, sortedIds, t.position, tokens, topk);
  t.colBase = a.add(col0, a.mul(tc.colBlock, 16));
  return t;
}

RoutedGridPosition mlir::moe::emitRoutedGrid(Arith &a, TileAttr tile,
                                             int64_t splitK, int64_t kDim,
                                             int64_t experts, Value numValidIds,
                                             Value sortedExpertIds,
                                             ArrayRef<Value> rowBuffers) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  const int64_t kt = tile.getK();
  int64_t steps = (kDim + kt - 1) / kt;
  int64_t sliceK = (steps + splitK - 1) / splitK * kt;
  Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value by = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
  Value block = a.div(by, splitK);
  RoutedGridPosition pos;
  pos.kSlice = a.rem(by, splitK);
  pos.blockRow = a.mul(block, tile.getM());
  // num_valid_ids[0] (0 from an empty buffer), clamped to the rows every
  // routing buffer holds; a block also needs its sorted_expert_ids entry.
  auto stored = scf::IfOp::create(b, loc, TypeRange{b.getI32Type()},
                                  a.ult(a.idx(0), a.dim(numValidIds)),
                                  /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(stored.thenBlock());
    scf::YieldOp::create(b, loc, a.load(numValidIds, a.idx(0)));
    b.setInsertionPointToStart(stored.elseBlock());
    scf::YieldOp::create(b, loc, a.i32(0));
  }
  Value held = a.dim(rowBuffers.front());
  for (Value buffer : rowBuffers.drop_front())
    held = a.minu(held, a.dim(buffer));
  Value numValid = clampCount(a, stored.getResult(0), held);
  auto inRange =
      scf::IfOp::create(b, loc,
                        a.both(a.ult(pos.blockRow, numValid),
                               a.ult(block, a.dim(sortedExpertIds))));
  b.setInsertionPointToStart(inRange.thenBlock());
  Value expert32 = a.load(sortedExpertIds, block);
  Value expertOk =
      a.both(a.sge(expert32, a.i32(0)), a.slt(expert32, a.i32(experts)));
  auto haveExpert = scf::IfOp::create(b, loc, expertOk);
  b.setInsertionPointToStart(haveExpert.thenBlock());
  pos.expert = a.toIndex(expert32);
  pos.col0 = a.mul(bx, tile.getN());
  pos.kBegin = a.mul(pos.kSlice, sliceK);
  pos.kEnd = a.minu(a.add(pos.kBegin, sliceK), a.idx(kDim));
  return pos;
}

Value mlir::moe::gridLane(Arith &a, int64_t blockSize) {
  return a.add(
      a.mul(gpu::BlockIdOp::create(a.b, a.loc, gpu::Dimension::x), blockSize),
      gpu::ThreadIdOp::create(a.b, a.loc, gpu::Dimension::x));
}

void mlir::moe::setKernelWavesPerEU(Operation *stageOp, int64_t waves) {
  if (waves <= 0)
    return;
  auto func = stageOp->getParentOfType<gpu::GPUFuncOp>();
  if (!func)
    return;
  MLIRContext *context = stageOp->getContext();
  ROCDL::ROCDLDialect::WavesPerEuAttrHelper(context).setAttr(
      func, IntegerAttr::get(IntegerType::get(context, 32), waves));
}
