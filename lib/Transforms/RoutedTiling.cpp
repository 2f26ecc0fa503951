//===- RoutedTiling.cpp - workgroup tiles, waves and grids ----------------===//

#include "RoutedTiling.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"

using namespace mlir;
using namespace mlir::moe;

TileCoords mlir::moe::tileCoords(Arith &a, const BlockTiling &tiling,
                                 Value wave, int64_t j) {
  Value index = a.add(a.mul(wave, tiling.tilesPerWave()), j);
  return {a.rem(index, tiling.rowBlocks()), a.div(index, tiling.rowBlocks())};
}

static WaveLane waveLaneOf(Arith &a, Value tid) {
  WaveLane l;
  l.tid = tid;
  l.wave = a.div(l.tid, mxmoe::kWaveSize);
  Value lane = a.rem(l.tid, mxmoe::kWaveSize);
  l.r = a.rem(lane, 16);
  l.g = a.div(lane, 16);
  return l;
}

WaveLane mlir::moe::waveLane(Arith &a) {
  return waveLaneOf(a, gpu::ThreadIdOp::create(a.b, a.loc, gpu::Dimension::x));
}

WaveLane mlir::moe::waveLaneAfterLoop(Arith &a) {
  OpBuilder &b = a.b;
  Type i32 = b.getI32Type();
  Value tid = a.toI32(gpu::ThreadIdOp::create(b, a.loc, gpu::Dimension::x));
  // quad_perm [0, 1, 2, 3], all rows and banks: every lane its own value.
  constexpr int64_t kDppIdentity = 0xe4;
  Value opaque = ROCDL::DPPUpdateOp::create(
      b, a.loc, i32, tid, tid, b.getI32IntegerAttr(kDppIdentity),
      b.getI32IntegerAttr(0xf), b.getI32IntegerAttr(0xf), b.getBoolAttr(false));
  return waveLaneOf(a, a.toIndex(opaque));
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

Value mlir::moe::emitXcdGroupedTile(Arith &a, Value id, Value count) {
  IRIndex i{&a.b, a.loc, id}, n{&a.b, a.loc, count};
  IRIndex tile = mxmoe::xcdGroupedTile(
      i, n, mxmoe::kXcdCount,
      [](const IRIndex &x, const IRIndex &y) { return maxu(x, y); });
  return a.select(a.ult(id, count), tile.v, id);
}

RoutedGridPosition mlir::moe::emitRoutedGrid(Arith &a,
                                             const RoutedGridShape &shape,
                                             Value numValidIds,
                                             Value sortedExpertIds,
                                             ArrayRef<Value> rowBuffers) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  TileAttr tile = shape.tile;
  const int64_t kt = tile.getK(), splitK = shape.splitK;
  int64_t steps = (shape.kDim + kt - 1) / kt;
  int64_t sliceK = (steps + splitK - 1) / splitK * kt;
  const int64_t gridX = (shape.nDim + tile.getN() - 1) / tile.getN();
  Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value row, column;
  if (shape.order == WorkgroupOrder::Linear &&
      shape.persistentWorkgroups == 0) {
    row = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
    column = bx;
  } else {
    // The y extent of the launched grid (KernelGrid::routed).
    IRIndex tokens{&b, loc, a.toIndex(shape.tokens)};
    Value routedRows =
        mxmoe::fmt::routedBlocks(tokens, shape.topk, shape.experts, tile.getM())
            .v;
    Value linear, count;
    if (shape.persistentWorkgroups > 0) {
      // Tiles id, id + P, ...: the routed blocks the grid would launch, but
      // no more than sorted_expert_ids holds (the others exit anyway).
      Value blocks = a.minu(routedRows, a.dim(sortedExpertIds));
      count = a.mul(a.mul(blocks, splitK), gridX);
      const int64_t p = shape.persistentWorkgroups;
      // A workgroup past the persistent grid (a larger launch) takes none.
      Value upper = a.select(a.ult(bx, a.idx(p)), count, a.idx(0));
      auto loop = scf::ForOp::create(b, loc, bx, upper, a.idx(p));
      b.setInsertionPoint(loop.getBody()->getTerminator());
      // The next tile's main loop refills the LDS this tile's epilogue
      // reads.
      gpu::BarrierOp::create(b, loc);
      b.setInsertionPoint(loop.getBody()->getTerminator()->getPrevNode());
      linear = loop.getInductionVar();
    } else {
      Value by = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
      linear = a.add(a.mul(by, gridX), bx);
      count = a.mul(a.mul(routedRows, splitK), gridX);
    }
    if (shape.order == WorkgroupOrder::XcdGrouped)
      linear = emitXcdGroupedTile(a, linear, count);
    row = a.div(linear, gridX);
    column = a.rem(linear, gridX);
  }
  Value block = a.div(row, splitK);
  RoutedGridPosition pos;
  pos.kSlice = a.rem(row, splitK);
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
  // Uniform (the block is): in an SGPR the expert's address math stays
  // scalar and no VGPR carries it across the main loop to the epilogue
  // (a fused routing's sorted_expert_ids is LDS, read into a VGPR).
  Value expert32 = ROCDL::ReadfirstlaneOp::create(
      b, loc, b.getI32Type(), a.load(sortedExpertIds, block));
  Value expertOk =
      a.both(a.sge(expert32, a.i32(0)), a.slt(expert32, a.i32(shape.experts)));
  auto haveExpert = scf::IfOp::create(b, loc, expertOk);
  b.setInsertionPointToStart(haveExpert.thenBlock());
  pos.expert = a.toIndex(expert32);
  pos.col0 = a.mul(column, tile.getN());
  pos.kBegin = a.mul(pos.kSlice, sliceK);
  pos.kEnd = a.minu(a.add(pos.kBegin, sliceK), a.idx(shape.kDim));
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
