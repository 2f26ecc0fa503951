//===- LayerRun.h - run a planned MoE layer in the emulator ----*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_KERNELS_LAYERRUN_H
#define MXMOE_UNITTESTS_KERNELS_LAYERRUN_H

#include "mxmoe/Plan/Configs.h"

#include <cstdint>
#include <string>

namespace mxmoe::test {

struct LayerCase {
  const char *precision;
  int64_t tokens, topk, experts, d, inter;
  const char *gateUp, *activation;
  bool bias;
  const char *out, *combine;
  bool quantizeX = true; // a8w4/a4w4: the layer quantizes bf16 x itself
};

/// Plans the layer (with `configs` and `legal`: the dispatcher), runs every
/// kernel of the bucket of c.tokens in the emulator on random weights and
/// routing, and compares y with the f64 reference (gtest failures).
void runLayer(const LayerCase &c, unsigned seed,
              const ConfigTable *configs = nullptr,
              const LegalityCheck &legal = {},
              const std::string &chip = "gfx950");

} // namespace mxmoe::test

#endif // MXMOE_UNITTESTS_KERNELS_LAYERRUN_H
