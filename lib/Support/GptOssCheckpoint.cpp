//===- GptOssCheckpoint.cpp - GPT-OSS expert tensors ----------------------===//

#include "mxmoe/Support/GptOssCheckpoint.h"

#include <cstring>

namespace mxmoe {

std::string gptOssExpertTensor(int layer, const std::string &suffix) {
  return "model.layers." + std::to_string(layer) + ".mlp.experts." + suffix;
}

fmt::CheckpointExperts GptOssLayerExperts::view() const {
  fmt::CheckpointExperts v;
  v.w13 = w13.data();
  v.w13Scales = w13Scales.data();
  v.b13 = b13.empty() ? nullptr : b13.data();
  v.w2 = w2.data();
  v.w2Scales = w2Scales.data();
  v.b2 = b2.empty() ? nullptr : b2.data();
  v.experts = experts;
  v.modelDim = modelDim;
  v.interDim = interDim;
  return v;
}

static std::vector<float> widenBF16(const std::vector<uint8_t> &bytes) {
  std::vector<float> out(bytes.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) {
    uint32_t bits = uint32_t(bytes[2 * i] | (bytes[2 * i + 1] << 8)) << 16;
    std::memcpy(&out[i], &bits, 4);
  }
  return out;
}

bool loadGptOssExperts(const st::Checkpoint &checkpoint, int layer,
                       GptOssLayerExperts &out, std::string &error) {
  auto name = [&](const char *suffix) {
    return gptOssExpertTensor(layer, suffix);
  };
  const st::TensorInfo *blocks = checkpoint.find(name("gate_up_proj_blocks"));
  if (!blocks) {
    error = "checkpoint has no tensor '" + name("gate_up_proj_blocks") +
            "' (is layer " + std::to_string(layer) + " a GPT-OSS MoE layer?)";
    return false;
  }
  if (blocks->shape.size() != 4 || blocks->shape[3] != 16 ||
      blocks->shape[1] % 2) {
    error = "tensor '" + name("gate_up_proj_blocks") +
            "' must be [E, 2I, D/32, 16] MXFP4 blocks";
    return false;
  }
  int64_t e = blocks->shape[0], i2 = blocks->shape[1], db = blocks->shape[2];
  out.experts = e;
  out.interDim = i2 / 2;
  out.modelDim = db * 32;
  int64_t d = out.modelDim, inter = out.interDim;
  if (inter % 32) {
    error = "tensor '" + name("gate_up_proj_blocks") + "': inter_dim " +
            std::to_string(inter) + " is not a multiple of 32";
    return false;
  }
  std::vector<uint8_t> b13, b2;
  using st::DType;
  if (!checkpoint.read(name("gate_up_proj_blocks"), DType::U8, {e, i2, db, 16},
                       out.w13, error) ||
      !checkpoint.read(name("gate_up_proj_scales"), DType::U8, {e, i2, db},
                       out.w13Scales, error) ||
      !checkpoint.read(name("gate_up_proj_bias"), DType::BF16, {e, i2}, b13,
                       error) ||
      !checkpoint.read(name("down_proj_blocks"), DType::U8,
                       {e, d, inter / 32, 16}, out.w2, error) ||
      !checkpoint.read(name("down_proj_scales"), DType::U8, {e, d, inter / 32},
                       out.w2Scales, error) ||
      !checkpoint.read(name("down_proj_bias"), DType::BF16, {e, d}, b2, error))
    return false;
  out.b13 = widenBF16(b13);
  out.b2 = widenBF16(b2);
  return true;
}

} // namespace mxmoe
