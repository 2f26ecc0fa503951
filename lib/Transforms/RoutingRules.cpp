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
  Value held = a.dim(sortedIds);
  Value inBuffer = a.ult(position, held);
  Value last = arith::SubIOp::create(a.b, a.loc, held, a.idx(1));
  Value packed = a.load(sortedIds, a.minu(position, last));
  Value token32 = arith::AndIOp::create(a.b, a.loc, packed, a.i32(0xFFFFFF));
  Value slot32 = arith::ShRUIOp::create(a.b, a.loc, packed, a.i32(24));
  RoutedRow row;
  // Signed: a negative `tokens` routes nothing.
  row.valid = a.both(
      inBuffer, a.both(a.slt(token32, tokens), a.ult(slot32, a.i32(topk))));
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

Value mlir::moe::clampCount(Arith &a, Value count, Value held) {
  Value negative = a.slt(count, a.cst(count.getType(), 0));
  return a.select(negative, a.idx(0), a.minu(a.toIndex(count), held));
}

Value mlir::moe::clampTokens(Arith &a, Value tokens,
                             ArrayRef<PerTokenBuffer> buffers) {
  Value held = a.idx(kMaxRoutedTokens);
  for (const PerTokenBuffer &buffer : buffers)
    if (buffer.memref)
      held = a.minu(held, a.div(a.dim(buffer.memref), buffer.elemsPerToken));
  return a.toI32(clampCount(a, tokens, held));
}
