//===- Routing.cpp - MoE routing buffers (host sort) ----------------------===//

#include "mxmoe/Reference/Routing.h"

#include "mxmoe/Format/Layouts.h"

namespace mxmoe::ref {

int64_t routingCapacity(int64_t tokens, int64_t topk, int64_t experts,
                        int64_t blockM) {
  return fmt::routingCapacity(tokens, topk, experts, blockM);
}

namespace {
/// Checks the sizes and starts `out` empty for them: the error message of
/// an invalid size, else nullopt.
std::optional<std::string> startRouting(int64_t tokens, int64_t topk,
                                        int64_t experts, int64_t blockM,
                                        RoutingBuffers &out) {
  if (tokens < 0 || tokens >= (int64_t(1) << 24))
    return "token count " + std::to_string(tokens) +
           " does not fit the 24-bit token field";
  if (topk < 1 || topk > 127)
    return "top-k " + std::to_string(topk) + " must be in [1, 127]";
  if (experts < 1)
    return "expert count must be positive";
  if (blockM < 1)
    return "block size must be positive";
  out = RoutingBuffers();
  out.tokens = tokens;
  out.topk = topk;
  out.experts = experts;
  out.blockM = blockM;
  return std::nullopt;
}

/// The local expert of topk_ids entry `id`, or -1 when the shard
/// [expertBegin, expertBegin + experts) does not route it.
int64_t localExpert(int32_t id, int64_t expertBegin, int64_t experts) {
  int64_t e = int64_t(id) - expertBegin;
  return id < 0 || e < 0 || e >= experts ? -1 : e;
}
} // namespace

std::optional<std::string> slotRouting(const int32_t *topkIds,
                                       const float *topkWeights, int64_t tokens,
                                       int64_t topk, int64_t experts,
                                       int64_t blockM, RoutingBuffers &out,
                                       int64_t expertBegin) {
  if (std::optional<std::string> why =
          startRouting(tokens, topk, experts, blockM, out))
    return why;
  int64_t slots = tokens * topk;
  out.sortedTokenIds.assign(slots * blockM, out.sentinel());
  out.sortedWeights.assign(slots * blockM, 0.0f);
  out.sortedExpertIds.assign(slots, -1);
  for (int64_t b = 0; b < slots; ++b) {
    int64_t e = localExpert(topkIds[b], expertBegin, experts);
    if (e < 0)
      continue;
    out.sortedTokenIds[b * blockM] = packRoutedRow(b / topk, b % topk);
    out.sortedWeights[b * blockM] = topkWeights ? topkWeights[b] : 1.0f;
    out.sortedExpertIds[b] = int32_t(e);
  }
  out.numValidIds = int32_t(slots * blockM);
  return std::nullopt;
}

std::optional<std::string> sortRouting(const int32_t *topkIds,
                                       const float *topkWeights, int64_t tokens,
                                       int64_t topk, int64_t experts,
                                       int64_t blockM, RoutingBuffers &out,
                                       int64_t expertBegin) {
  if (std::optional<std::string> why =
          startRouting(tokens, topk, experts, blockM, out))
    return why;

  std::vector<std::vector<int32_t>> rows(experts);
  std::vector<std::vector<float>> weights(experts);
  for (int64_t t = 0; t < tokens; ++t)
    for (int64_t s = 0; s < topk; ++s) {
      int64_t e = localExpert(topkIds[t * topk + s], expertBegin, experts);
      if (e < 0)
        continue;
      rows[e].push_back(packRoutedRow(t, s));
      weights[e].push_back(topkWeights ? topkWeights[t * topk + s] : 1.0f);
    }

  int64_t capacity = routingCapacity(tokens, topk, experts, blockM);
  out.sortedTokenIds.assign(capacity, out.sentinel());
  out.sortedWeights.assign(capacity, 0.0f);
  out.sortedExpertIds.assign(capacity / blockM, -1);
  int64_t row = 0;
  for (int64_t e = 0; e < experts; ++e) {
    int64_t n = int64_t(rows[e].size());
    if (n == 0)
      continue;
    for (int64_t i = 0; i < n; ++i) {
      out.sortedTokenIds[row + i] = rows[e][i];
      out.sortedWeights[row + i] = weights[e][i];
    }
    int64_t padded = (n + blockM - 1) / blockM * blockM;
    for (int64_t b = row / blockM; b < (row + padded) / blockM; ++b)
      out.sortedExpertIds[b] = int32_t(e);
    row += padded;
  }
  out.numValidIds = int32_t(row);
  return std::nullopt;
}

} // namespace mxmoe::ref
