//===- RoutingRules.cpp - routing rules of sorted rows --------------------===//

#include "RoutingRules.h"

using namespace mlir;
using namespace mlir::moe;

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

LocalExpert mlir::moe::localExpert(Arith &a, Value id, Value expertBegin,
                                   int64_t experts) {
  Value local = arith::SubIOp::create(a.b, a.loc, id, expertBegin);
  Value routed =
      a.both(a.sge(id, a.i32(0)),
             a.both(a.sge(local, a.i32(0)), a.slt(local, a.i32(experts))));
  return {local, routed};
}
