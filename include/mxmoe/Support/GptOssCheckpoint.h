//===- GptOssCheckpoint.h - GPT-OSS expert tensors --------------*- C++ -*-===//
//
// The MoE experts of one layer of a GPT-OSS checkpoint as published
// (safetensors, tensors model.layers.N.mlp.experts.{gate_up,down}_proj_
// {blocks,scales,bias}: MXFP4 blocks of 16 bytes per 32 elements, E8M0
// scales, bf16 biases), read and checked, in the arrangement
// fmt::convertCheckpointExperts takes.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_SUPPORT_GPTOSSCHECKPOINT_H
#define MXMOE_SUPPORT_GPTOSSCHECKPOINT_H

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Support/SafeTensors.h"

namespace mxmoe {

struct GptOssLayerExperts {
  int64_t experts = 0, modelDim = 0, interDim = 0;
  std::vector<uint8_t> w13, w13Scales, w2, w2Scales; // row-major, as stored
  std::vector<float> b13, b2; // the bf16 biases widened (exactly)
  /// Pointers into this object for fmt::convertCheckpointExperts.
  fmt::CheckpointExperts view() const;
};

/// The tensor name of layer `layer`'s experts, e.g.
/// "model.layers.3.mlp.experts.gate_up_proj_blocks" for "gate_up_proj_blocks".
std::string gptOssExpertTensor(int layer, const std::string &suffix);

/// Reads layer `layer`'s experts; the shapes fix E, D and I and must agree
/// across the six tensors. One message naming the tensor on any problem.
bool loadGptOssExperts(const st::Checkpoint &checkpoint, int layer,
                       GptOssLayerExperts &out, std::string &error);

} // namespace mxmoe

#endif // MXMOE_SUPPORT_GPTOSSCHECKPOINT_H
