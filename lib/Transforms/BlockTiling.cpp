//===- BlockTiling.cpp - workgroup tiles, waves and routed rows -----------===//

#include "mxmoe/Transforms/BlockTiling.h"

using namespace mlir;
using namespace mlir::moe;

TileCoords mlir::moe::tileCoords(Arith &a, const BlockTiling &tiling,
                                 Value wave, int64_t j) {
  Value index = a.add(a.mul(wave, tiling.tilesPerWave()), j);
  return {a.rem(index, tiling.rowBlocks()), a.div(index, tiling.rowBlocks())};
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

std::string mlir::moe::outputAtomicUnsupported(const mxmoe::ChipInfo &chip,
                                               MemRefType y,
                                               int64_t modelDim) {
  std::string elem;
  llvm::raw_string_ostream os(elem);
  y.getElementType().print(os);
  return mxmoe::outputAtomicUnsupported(chip, elem, modelDim);
}
