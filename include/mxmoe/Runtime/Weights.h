//===- Weights.h - a layer's weights in its kernels' layouts ---*- C++ -*-===//
//
// Expert weights for a compiled layer: from a GPT-OSS checkpoint as
// published (sharded safetensors + index), converted with the host
// converters to the layouts the layer's stage kernels read, and a cache
// file of the converted buffers that reloads without converting again.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_RUNTIME_WEIGHTS_H
#define MXMOE_RUNTIME_WEIGHTS_H

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Layer.h"

#include "llvm/Support/Error.h"

#include <string>

namespace mxmoe::rt {

/// Converts checkpoint experts (fmt::CheckpointExperts, GPT-OSS's
/// arrangement) for the layer: its gate/up arrangement and its stage
/// kernels' weight and scale layouts. Fails when the shape differs from the
/// layer's.
llvm::Expected<fmt::KernelExperts>
convertForLayer(const LayerConfig &config, const LayerVariant &variant,
                const fmt::CheckpointExperts &experts);

/// Reads layer `layer`'s experts from a GPT-OSS checkpoint (a .safetensors
/// file, or a directory / index JSON of shards) and converts them.
llvm::Expected<fmt::KernelExperts>
loadGptOssWeights(const std::string &checkpoint, int layer,
                  const LayerConfig &config, const LayerVariant &variant);

/// Writes converted weights to `path` (a safetensors file whose header
/// records the layer shape and layouts they were converted for).
llvm::Error saveWeightCache(const std::string &path, const LayerConfig &config,
                            const LayerVariant &variant,
                            const fmt::KernelExperts &weights);
/// Reads a cache written for the same shape and layouts.
llvm::Expected<fmt::KernelExperts> loadWeightCache(const std::string &path,
                                                   const LayerConfig &config,
                                                   const LayerVariant &variant);

} // namespace mxmoe::rt

#endif // MXMOE_RUNTIME_WEIGHTS_H
