//===- Routing.h - MoE routing buffers (host sort) -------------*- C++ -*-===//
//
// The routing buffers every mxmoe MoE kernel reads, in the format ROCm's MoE
// stacks pass around (docs/semantics.md §2), and the host function that builds
// them. The sort kernel (moe.sort) must match this function bit for bit.
//
// This header has no MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_REFERENCE_ROUTING_H
#define MXMOE_REFERENCE_ROUTING_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::ref {

/// `(slot << 24) | token`.
inline int32_t packRoutedRow(int64_t token, int64_t slot) {
  return int32_t((uint32_t(slot) << 24) | uint32_t(token));
}
inline int64_t routedToken(int32_t packed) { return packed & 0xFFFFFF; }
inline int64_t routedSlot(int32_t packed) { return uint32_t(packed) >> 24; }

struct RoutingBuffers {
  int64_t tokens = 0, topk = 0, experts = 0, blockM = 0;
  /// Capacity rows: packed rows grouped by expert, each group padded to a
  /// multiple of blockM with the sentinel (topk << 24) | tokens.
  std::vector<int32_t> sortedTokenIds;
  /// Routing weight of each row (0 for padding).
  std::vector<float> sortedWeights;
  /// Expert of each blockM-row block; -1 past the valid blocks.
  std::vector<int32_t> sortedExpertIds;
  /// Padded rows in use; valid blocks are [0, numValidIds / blockM).
  int32_t numValidIds = 0;

  int32_t sentinel() const { return packRoutedRow(tokens, topk); }
  /// A row is valid iff token < T and slot < K.
  bool isValidRow(int32_t packed) const {
    return routedToken(packed) < tokens && routedSlot(packed) < topk;
  }
  int64_t validBlocks() const { return numValidIds / blockM; }
};

/// Rows the buffers hold for T tokens, top-k K, E experts and block BM (the
/// worst case: every expert's count padded): ceil((T*K + E*(BM-1)) / BM)*BM.
int64_t routingCapacity(int64_t tokens, int64_t topk, int64_t experts,
                        int64_t blockM);

/// Sorts `topkIds` [T, K] (with weights `topkWeights`, may be null) into
/// routing buffers for the experts [expertBegin, expertBegin + experts):
/// slots whose id is -1 or outside that range are skipped (expert-parallel
/// shards pass their local range); expert ids in the buffers are local
/// (id - expertBegin). Within an expert, rows are ordered by token, then
/// slot. Returns an error message on invalid sizes (T >= 2^24, K > 127,
/// blockM < 1, experts < 1).
std::optional<std::string> sortRouting(const int32_t *topkIds,
                                       const float *topkWeights, int64_t tokens,
                                       int64_t topk, int64_t experts,
                                       int64_t blockM, RoutingBuffers &out,
                                       int64_t expertBegin = 0);

/// Routes `topkIds` [T, K] in slot order (moe.route_slots, docs/semantics.md
/// §2): T*K blocks of blockM rows, block b holding slot b's row (token b / K,
/// slot b % K) and the rest of it the sentinel; a slot whose id is -1 or
/// outside [expertBegin, expertBegin + experts) leaves its block all
/// sentinel with expert -1. numValidIds = T*K*blockM. The same errors as
/// sortRouting.
std::optional<std::string> slotRouting(const int32_t *topkIds,
                                       const float *topkWeights, int64_t tokens,
                                       int64_t topk, int64_t experts,
                                       int64_t blockM, RoutingBuffers &out,
                                       int64_t expertBegin = 0);

} // namespace mxmoe::ref

#endif // MXMOE_REFERENCE_ROUTING_H
