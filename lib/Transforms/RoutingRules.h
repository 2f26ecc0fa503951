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
  Value valid;       // i1: token < tokens and slot < topk
  Value token, slot; // index
  /// Its activation row: token, or token * topk + slot for per-slot rows.
  Value activationRow(Arith &a, int64_t topk, bool slotRows) const;
};
RoutedRow loadRoutedRow(Arith &a, Value sortedIds, Value position, Value tokens,
                        int64_t topk);

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_ROUTINGRULES_H
