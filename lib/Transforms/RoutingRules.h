//===- RoutingRules.h - routing rules of sorted rows ------------*- C++ -*-===//
//
// How moe.sort routes a topk_ids entry and how a kernel reads a routed row
// back from sorted_token_ids: the sort and every kernel after it use these
// rules.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_ROUTINGRULES_H
#define MXMOE_LIB_TRANSFORMS_ROUTINGRULES_H

#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"

namespace mlir::moe {

/// A topk_ids entry `id` (i32) as an expert-parallel shard sees it: its
/// local expert id - expertBegin, and whether moe.sort routes it (id >= 0
/// and the local id in [0, experts)). The sort and every kernel that reads
/// topk_ids after it use this one rule.
struct LocalExpert {
  Value id, routed; // i32, i1
};
LocalExpert localExpert(Arith &a, Value id, Value expertBegin, int64_t experts);

/// One routed row: sorted_ids[position] = (slot << 24) | token.
struct RoutedRow {
  Value valid;       // i1: position < sorted_ids' size, token < tokens, slot
                     // < topk
  Value token, slot; // index
  /// Its activation row: token, or token * topk + slot for per-slot rows.
  Value activationRow(Arith &a, int64_t topk, bool slotRows) const;
};
/// Reads sorted_ids at min(position, size - 1): a position past the buffer
/// is an invalid row, never an access past it. The caller guarantees a
/// non-empty buffer (emitRoutedGrid runs no block otherwise).
RoutedRow loadRoutedRow(Arith &a, Value sortedIds, Value position, Value tokens,
                        int64_t topk);

/// The largest token count the routing format can name (a 24-bit field).
inline constexpr int64_t kMaxRoutedTokens = (int64_t(1) << 24) - 1;

/// `count` (i32, a caller's size argument) clamped to [0, held] (index): a
/// negative or oversized argument shrinks the work, never widens an access.
Value clampCount(Arith &a, Value count, Value held);

/// A buffer indexed by token: `elemsPerToken` of its elements per token
/// (its size argument is `tokens`). A null memref holds any count.
struct PerTokenBuffer {
  Value memref;
  int64_t elemsPerToken;
};
/// `tokens` (i32) clamped to [0, kMaxRoutedTokens] and to the tokens every
/// buffer holds (its size / elemsPerToken), as i32. Kernels take it for
/// their `tokens` argument where a block's routing is read, so the bound is
/// checked once, not per access.
Value clampTokens(Arith &a, Value tokens, ArrayRef<PerTokenBuffer> buffers);

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_ROUTINGRULES_H
