//===- Weights.cpp - checkpoint experts to kernel layouts, cached ---------===//

#include "mxmoe/Runtime/Weights.h"

#include "mxmoe/Support/GptOssCheckpoint.h"
#include "mxmoe/Support/SafeTensors.h"

#include "llvm/Support/FormatVariadic.h"

#include <cstring>

namespace mxmoe::rt {
namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// What the converted buffers depend on; a cache must match it.
std::string layoutKey(const LayerConfig &c, const LayerVariant &v) {
  const ProblemShape &p = c.problem;
  return llvm::formatv("E={0} D={1} I={2} gate_up={3} w13={4}/{5} w2={6}/{7}",
                       p.experts, p.modelDim, p.interDim, stringify(c.gateUp),
                       stringify(v.stage1.storage.weights),
                       stringify(v.stage1.storage.scales),
                       stringify(v.stage2.storage.weights),
                       stringify(v.stage2.storage.scales))
      .str();
}

constexpr const char *kKeyTensor = "mxmoe.layout";

} // namespace

llvm::Expected<fmt::KernelExperts>
convertForLayer(const LayerConfig &c, const LayerVariant &v,
                const fmt::CheckpointExperts &in) {
  const ProblemShape &p = c.problem;
  if (in.experts != p.experts || in.modelDim != p.modelDim ||
      in.interDim != p.interDim)
    return fail(llvm::formatv("the checkpoint's experts are E={0}, D={1}, "
                              "I={2}; the layer was compiled for E={3}, "
                              "D={4}, I={5}",
                              in.experts, in.modelDim, in.interDim, p.experts,
                              p.modelDim, p.interDim)
                    .str());
  if (c.bias != (in.b13 != nullptr))
    return fail(c.bias ? "the layer adds biases but the checkpoint has none"
                       : "the checkpoint has biases but the layer was "
                         "compiled without them");
  if (v.stage1.storage.weights != v.stage2.storage.weights ||
      v.stage1.storage.scales != v.stage2.storage.scales)
    return fail("the layer's stages read different weight layouts, which the "
                "converter cannot produce in one pass");
  fmt::KernelExperts out;
  if (std::optional<std::string> why = fmt::convertCheckpointExperts(
          in, c.gateUp, v.stage1.storage.weights, v.stage1.storage.scales, out))
    return fail(*why);
  return out;
}

llvm::Expected<fmt::KernelExperts> loadGptOssWeights(const std::string &path,
                                                     int layer,
                                                     const LayerConfig &c,
                                                     const LayerVariant &v) {
  std::string error;
  std::unique_ptr<st::Checkpoint> checkpoint =
      st::Checkpoint::open(path, error);
  if (!checkpoint)
    return fail(error);
  GptOssLayerExperts experts;
  if (!loadGptOssExperts(*checkpoint, layer, experts, error))
    return fail(error);
  return convertForLayer(c, v, experts.view());
}

llvm::Error saveWeightCache(const std::string &path, const LayerConfig &c,
                            const LayerVariant &v,
                            const fmt::KernelExperts &w) {
  std::string key = layoutKey(c, v);
  auto bytes = [](const std::vector<float> &f) {
    std::vector<uint8_t> b(f.size() * 4);
    std::memcpy(b.data(), f.data(), b.size());
    return b;
  };
  std::vector<st::Tensor> tensors = {
      {kKeyTensor,
       st::DType::U8,
       {int64_t(key.size())},
       std::vector<uint8_t>(key.begin(), key.end())},
      {"w13", st::DType::U8, {int64_t(w.w13.size())}, w.w13},
      {"w13_scales", st::DType::U8, {int64_t(w.w13Scales.size())}, w.w13Scales},
      {"w2", st::DType::U8, {int64_t(w.w2.size())}, w.w2},
      {"w2_scales", st::DType::U8, {int64_t(w.w2Scales.size())}, w.w2Scales},
      {"b13", st::DType::F32, {int64_t(w.b13.size())}, bytes(w.b13)},
      {"b2", st::DType::F32, {int64_t(w.b2.size())}, bytes(w.b2)}};
  std::string error;
  if (!st::write(path, tensors, error))
    return fail(error);
  return llvm::Error::success();
}

llvm::Expected<fmt::KernelExperts> loadWeightCache(const std::string &path,
                                                   const LayerConfig &c,
                                                   const LayerVariant &v) {
  std::string error;
  std::unique_ptr<st::File> file = st::File::open(path, error);
  if (!file)
    return fail(error);
  std::vector<uint8_t> key;
  if (!file->tensors().count(kKeyTensor) || !file->read(kKeyTensor, key, error))
    return fail(path + ": not an mxmoe weight cache (no " + kKeyTensor +
                " tensor)");
  std::string want = layoutKey(c, v);
  if (std::string(key.begin(), key.end()) != want)
    return fail(path + ": converted for " +
                std::string(key.begin(), key.end()) + ", the layer needs " +
                want);
  fmt::KernelExperts w;
  std::vector<uint8_t> b13, b2;
  for (auto [name, into] :
       {std::pair<const char *, std::vector<uint8_t> *>{"w13", &w.w13},
        {"w13_scales", &w.w13Scales},
        {"w2", &w.w2},
        {"w2_scales", &w.w2Scales},
        {"b13", &b13},
        {"b2", &b2}}) {
    if (!file->tensors().count(name))
      return fail(path + ": weight cache has no tensor " + name);
    if (!file->read(name, *into, error))
      return fail(error);
  }
  auto floats = [](const std::vector<uint8_t> &b) {
    std::vector<float> f(b.size() / 4);
    std::memcpy(f.data(), b.data(), f.size() * 4);
    return f;
  };
  w.b13 = floats(b13);
  w.b2 = floats(b2);
  return w;
}

} // namespace mxmoe::rt
