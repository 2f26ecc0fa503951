//===- LayerRun.h - run a planned MoE layer in the emulator ----*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_KERNELS_LAYERRUN_H
#define MXMOE_UNITTESTS_KERNELS_LAYERRUN_H

#include "mxmoe/Plan/Configs.h"
#include "mxmoe/Plan/Layer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mxmoe::test {

struct LayerCase {
  const char *precision;
  int64_t tokens, topk, experts, d, inter;
  const char *gateUp, *activation;
  bool bias;
  const char *out, *combine;
  bool quantizeX = true; // a8w4/a4w4: the layer quantizes bf16 x itself
  /// LayerConfig::fusedRoutingEntries; -1: its default.
  int64_t fusedRoutingEntries = -1;
  /// Expert-parallel shard: topk_ids are global ids, the layer's experts
  /// start at this one; some ids fall outside the shard (and past every
  /// expert) when `foreignIds`.
  int32_t expertBegin = 0;
  bool foreignIds = false;
  /// LayerConfig::fusedQuantizeTokens; -1: its default.
  int64_t fusedQuantizeTokens = -1;
  /// LayerConfig::fusedStagesTokens; -1: its default.
  int64_t fusedStagesTokens = -1;
  /// Fused launches: the `tokens` argument the kernels get minus the T the
  /// grid is sized for (a lying size; y is then not compared).
  int64_t tokensArgumentDelta = 0;
  /// Fused launches: the words of layer_sync the kernel is given (fewer than
  /// 3: it must run nothing, so y stays poisoned and is not compared).
  int64_t layerSyncWords = kLayerSyncWords;
  /// LayerConfig::slotRoutingTokens; -1: its default.
  int64_t slotRoutingTokens = -1;
};

/// What a layer run gives back besides its gtest checks.
struct LayerResult {
  Routing routing = Routing::SortKernel;
  InputQuantize inputQuantize = InputQuantize::None;
  int64_t kernels = 0;                // launched
  std::vector<uint8_t> y;             // the layer's output bytes
  std::string stage1Name, stage2Name; // the bucket's stage kernels
  StageLaunch launch = StageLaunch::Separate;
  std::vector<uint8_t> layerSync; // after the launches (fused)
};

/// Plans the layer (with `configs` and `legal`: the dispatcher), runs every
/// kernel of the bucket of c.tokens in the emulator on random weights and
/// routing, and compares y with the f64 reference (gtest failures). With
/// `result` the emulator runs deterministically (float atomics in one
/// order) and the run's routing, kernel count and y come back there.
void runLayer(const LayerCase &c, unsigned seed,
              const ConfigTable *configs = nullptr,
              const LegalityCheck &legal = {},
              const std::string &chip = "gfx950",
              LayerResult *result = nullptr);

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_KERNELS_LAYERRUN_H
