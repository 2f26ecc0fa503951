//===- BlockTiling.cpp - workgroup tiles, waves and routed rows -----------===//

#include "mxmoe/Transforms/BlockTiling.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
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
  l.wave = a.div(l.tid, 64);
  Value lane = a.rem(l.tid, 64);
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

Value RoutedRow::activationRow(Arith &a, int64_t topk, bool slotRows) const {
  Value row = slotRows ? a.add(a.mul(token, topk), slot) : token;
  return a.select(valid, row, a.idx(0));
}

RoutedRow mlir::moe::loadRoutedRow(Arith &a, Value sortedIds, Value position,
                                   Value tokens, int64_t topk) {
  Value packed = a.load(sortedIds, position);
  Value token32 = arith::AndIOp::create(a.b, a.loc, packed, a.i32(0xFFFFFF));
  Value slot32 = arith::ShRUIOp::create(a.b, a.loc, packed, a.i32(24));
  RoutedRow row;
  row.valid = a.both(a.ult(token32, tokens), a.ult(slot32, a.i32(topk)));
  row.token = a.toIndex(token32);
  row.slot = a.toIndex(slot32);
  return row;
}

std::string mlir::moe::combineUnsupported(const mxmoe::ChipInfo &chip,
                                          Combine combine, MemRefType y,
                                          int64_t modelDim) {
  if (combine != Combine::Atomic)
    return "";
  Type t = y.getElementType();
  mxmoe::ElementType elem = t.isF32()    ? mxmoe::ElementType::F32
                            : t.isBF16() ? mxmoe::ElementType::BF16
                                         : mxmoe::ElementType::F16;
  return mxmoe::outputAtomicUnsupported(chip, elem, modelDim);
}

RoutedGridPosition mlir::moe::emitRoutedGrid(Arith &a, TileAttr tile,
                                             int64_t splitK, int64_t kDim,
                                             int64_t experts, Value numValidIds,
                                             Value sortedExpertIds) {
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
  Value numValid = a.toIndex(a.load(numValidIds, a.idx(0)));
  auto inRange = scf::IfOp::create(b, loc, a.ult(pos.blockRow, numValid));
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

std::string mlir::moe::mxConversionUnsupported(const mxmoe::ChipInfo &chip,
                                               OutputFormat format,
                                               StringRef what) {
  if (format == OutputFormat::BF16 || chip.hasScaledFP4Cvt)
    return "";
  return (stringifyOutputFormat(format) + what +
          " needs v_cvt_scalef32_pk_* (gfx950), which " + chip.name + " lacks")
      .str();
}

Value mlir::moe::gridLane(Arith &a, int64_t blockSize) {
  return a.add(
      a.mul(gpu::BlockIdOp::create(a.b, a.loc, gpu::Dimension::x), blockSize),
      gpu::ThreadIdOp::create(a.b, a.loc, gpu::Dimension::x));
}

LocalExpert mlir::moe::localExpert(Arith &a, Value id, Value expertBegin,
                                   int64_t experts) {
  Value local = arith::SubIOp::create(a.b, a.loc, id, expertBegin);
  Value routed =
      a.both(a.sge(id, a.i32(0)), a.both(a.sge(local, a.i32(0)),
                                         a.slt(local, a.i32(experts))));
  return {local, routed};
}
