//===- Layer.cpp - the kernels of a whole MoE layer -----------------------===//

#include "mxmoe/Compiler/Layer.h"

#include "mxmoe/Format/Layouts.h"

#include <algorithm>
#include <sstream>

namespace mxmoe {

std::string LayerConfig::intermediate() const {
  return precision == "a16w4"  ? "bf16"
         : precision == "a8w4" ? "mxfp8"
                               : "mxfp4";
}

std::optional<LayerConfig> knownModel(const std::string &name) {
  LayerConfig c;
  c.model = name;
  if (name == "gpt-oss-120b" || name == "gpt-oss-20b") {
    // config.json: hidden 2880, intermediate 2880, 128 / 32 local experts,
    // 4 per token, SwiGLU alpha 1.702 limit 7, biases, gate/up interleaved.
    c.modelDim = c.interDim = 2880;
    c.experts = name == "gpt-oss-120b" ? 128 : 32;
    c.topk = 4;
    c.bias = true;
    c.gateUp = "interleaved";
    c.activation = "swiglu";
    return c;
  }
  if (name == "deepseek-r1") {
    // hidden 7168, moe_intermediate 2048, 256 routed experts, 8 per token,
    // SiLU, no biases; W1/W3 stacked as [gate | up]. MXFP4 checkpoints
    // quantize the activations too (a4w4).
    c.precision = "a4w4";
    c.modelDim = 7168;
    c.interDim = 2048;
    c.experts = 256;
    c.topk = 8;
    c.gateUp = "halves";
    c.activation = "silu";
    return c;
  }
  return std::nullopt;
}

std::string knownModelNames() {
  return "gpt-oss-120b, gpt-oss-20b, deepseek-r1";
}

std::string checkLayerConfig(const LayerConfig &c) {
  if (c.precision != "a16w4" && c.precision != "a8w4" && c.precision != "a4w4")
    return "unknown precision '" + c.precision +
           "' (expected a16w4, a8w4 or a4w4)";
  if (c.modelDim <= 0 || c.interDim <= 0 || c.experts <= 0 || c.topk <= 0)
    return "model_dim, inter_dim, experts and topk must be positive";
  if (c.tokenBuckets.empty())
    return "no token buckets";
  for (size_t i = 0; i < c.tokenBuckets.size(); ++i)
    if (c.tokenBuckets[i] <= 0 ||
        (i && c.tokenBuckets[i] <= c.tokenBuckets[i - 1]))
      return "token buckets must be positive and ascending";
  if (c.precision != "a16w4" && c.modelDim % 32 != 0)
    return "model_dim (" + std::to_string(c.modelDim) +
           ") must be a multiple of 32 for the MX input of " + c.precision;
  if (c.intermediate() != "bf16" && c.interDim % 32 != 0)
    return "inter_dim (" + std::to_string(c.interDim) +
           ") must be a multiple of 32 for the MX intermediate of " +
           c.precision;
  return "";
}

int64_t layerCapacity(const LayerConfig &c, int64_t tokens, int64_t blockM) {
  return fmt::routingCapacity(tokens, c.topk, c.experts, blockM);
}

std::array<int64_t, 3> LayerKernel::grid(int64_t tokens) const {
  if (role == "sort")
    return {1, 1, 1};
  if (role == "stage2_reduce" || role == "quantize_x")
    return {(tokens * lanesPerToken + lanes - 1) / lanes, 1, 1};
  return {gridX, fmt::routedBlocks(tokens, topk, experts, tileM) * splitK, 1};
}

namespace {

std::string mem(const std::string &elem) { return "memref<?x" + elem + ", 1>"; }

LayerKernel sortKernel(const SortConfig &s) {
  LayerKernel k;
  k.role = "sort";
  k.name = s.kernelName();
  k.source = sortKernelSource(s);
  k.lanes = s.blockSize;
  k.gridRule = "1 x 1 (one workgroup)";
  k.params = {{"topk_ids", mem("i32"), "T*K"},
              {"topk_weights", mem("f32"), "T*K"},
              {"tokens", "i32", "T"},
              {"expert_begin", "i32", "first local expert (0 unsharded)"},
              {"sorted_ids", mem("i32"), "capacity"},
              {"sorted_weights", mem("f32"), "capacity"},
              {"sorted_expert_ids", mem("i32"), "capacity/m"},
              {"num_valid_ids", mem("i32"), "1"}};
  return k;
}

/// A stage kernel over the routed grid: `columns` output columns in tiles of
/// tile n, min(capacity / m, T * K) routed blocks times the K slices.
template <typename Config>
LayerKernel routedKernel(const LayerConfig &c, const Config &s,
                         const char *role, std::string source, int64_t columns,
                         int64_t splitK) {
  LayerKernel k;
  k.role = role;
  k.name = s.kernelName();
  k.source = std::move(source);
  k.lanes = 64 * s.waves;
  k.tileM = s.tileM;
  k.gridX = (columns + s.tileN - 1) / s.tileN;
  k.splitK = splitK;
  k.topk = c.topk;
  k.experts = c.experts;
  k.gridRule = std::to_string(k.gridX) + " x min(capacity/" +
               std::to_string(s.tileM) + ", T*K)" +
               (splitK > 1 ? " * " + std::to_string(splitK) : "");
  return k;
}

/// The stage-1 output / stage-2 input: h and, for MX formats, its scales.
void addIntermediate(const LayerConfig &c, std::vector<KernelParam> &params) {
  std::string in = c.intermediate();
  params.push_back({"h", mem(in == "bf16" ? "bf16" : "i8"),
                    in == "mxfp4" ? "T*K*I/2" : "T*K*I"});
  if (in != "bf16")
    params.push_back({"h_scales", mem("i8"), "T*K*I/32"});
}

/// The MX stage-1 input, quantized on the device from bf16 x.
LayerKernel quantizeKernel(const LayerConfig &c, const QuantizeConfig &q) {
  LayerKernel k;
  k.role = "quantize_x";
  k.name = q.kernelName();
  k.source = quantizeKernelSource(q);
  k.lanes = kQuantizeBlock;
  k.lanesPerToken = c.modelDim / 32;
  k.gridRule = "ceil(T*D/32/" + std::to_string(kQuantizeBlock) + ")";
  k.params = {{"x", mem("bf16"), "T*D"},
              {"tokens", "i32", "T"},
              {"x_mx", mem("i8"), c.precision == "a4w4" ? "T*D/2" : "T*D"},
              {"x_scales", mem("i8"), "T*D/32"}};
  return k;
}

LayerKernel stage1Kernel(const LayerConfig &c, const Stage1Config &s) {
  LayerKernel k = routedKernel(c, s, "stage1", stage1KernelSource(s),
                               2 * c.interDim, /*splitK=*/1);
  bool scaled = c.precision != "a16w4";
  // The layer's own quantized copy of x, or the caller's.
  std::string x = scaled && c.quantizeInput ? "x_mx" : "x";
  k.params.push_back({x, mem(scaled ? "i8" : "bf16"),
                      c.precision == "a4w4" ? "T*D/2" : "T*D"});
  if (scaled)
    k.params.push_back({"x_scales", mem("i8"), "T*D/32"});
  k.params.push_back({"w13", mem("i8"), "E*2I*D/2 (" + s.weightLayout + ")"});
  k.params.push_back(
      {"w13_scales", mem("i8"), "E*2I*D/32 (" + s.scaleLayout + ", padded)"});
  if (c.bias)
    k.params.push_back({"b13", mem("f32"), "E*2I"});
  k.params.push_back({"sorted_ids", mem("i32"), "capacity"});
  k.params.push_back({"sorted_expert_ids", mem("i32"), "capacity/m"});
  k.params.push_back({"num_valid_ids", mem("i32"), "1"});
  k.params.push_back({"tokens", "i32", "T"});
  addIntermediate(c, k.params);
  return k;
}

std::vector<LayerKernel> stage2Kernels(const LayerConfig &c,
                                       const Stage2Config &s) {
  LayerKernel k =
      routedKernel(c, s, "stage2", stage2KernelSource(s), c.modelDim, s.splitK);
  addIntermediate(c, k.params);
  k.params.push_back({"w2", mem("i8"), "E*D*I/2 (" + s.weightLayout + ")"});
  k.params.push_back(
      {"w2_scales", mem("i8"), "E*D*I/32 (" + s.scaleLayout + ", padded)"});
  if (c.bias)
    k.params.push_back({"b2", mem("f32"), "E*D"});
  k.params.push_back({"sorted_ids", mem("i32"), "capacity"});
  k.params.push_back({"sorted_weights", mem("f32"), "capacity"});
  k.params.push_back({"sorted_expert_ids", mem("i32"), "capacity/m"});
  k.params.push_back({"num_valid_ids", mem("i32"), "1"});
  k.params.push_back({"tokens", "i32", "T"});
  bool store = s.combine == "store";
  k.params.push_back({store ? "y_slots" : "y", mem(c.out),
                      store ? "T*K*D" : "T*D (zeroed: atomics add into it)"});
  std::vector<LayerKernel> kernels{k};
  if (store) {
    LayerKernel r;
    r.role = "stage2_reduce";
    r.name = s.kernelName() + "_reduce";
    r.source = k.source; // the same module holds both
    r.lanes = kSlotReduceBlock;
    r.lanesPerToken = c.modelDim;
    r.gridRule = "ceil(T*D/" + std::to_string(kSlotReduceBlock) + ")";
    r.params = {{"y_slots", mem(c.out), "T*K*D"},
                {"topk_ids", mem("i32"), "T*K"},
                {"tokens", "i32", "T"},
                {"expert_begin", "i32", "first local expert (0 unsharded)"},
                {"y", mem(c.out), "T*D"}};
    kernels.push_back(r);
  }
  return kernels;
}

} // namespace

std::vector<LayerVariant> planLayer(const LayerConfig &c) {
  std::vector<LayerVariant> variants;
  for (int64_t bucket : c.tokenBuckets) {
    LayerVariant v;
    v.maxTokens = bucket;
    bool decode = bucket <= 32;
    int64_t m = decode ? 16 : 64, n = decode ? 64 : 128, waves = decode ? 4 : 8;
    std::string suffix = "_m" + std::to_string(m);
    std::string prefix = "_" + c.model;
    std::replace(prefix.begin(), prefix.end(), '-', '_');

    bool quantize = c.precision != "a16w4" && c.quantizeInput;
    v.quantize.format = c.precision == "a8w4" ? "mxfp8" : "mxfp4";
    v.quantize.scaleRounding = c.scaleRounding;
    v.quantize.cols = c.modelDim;
    v.quantize.nameSuffix = prefix;

    v.sort.topk = c.topk;
    v.sort.experts = c.experts;
    v.sort.blockM = m;
    v.sort.nameSuffix = prefix;

    Stage1Config &s1 = v.stage1;
    s1.precision = c.precision;
    s1.modelDim = c.modelDim;
    s1.interDim = c.interDim;
    s1.experts = c.experts;
    s1.topk = c.topk;
    s1.bias = c.bias;
    s1.gateUp = c.gateUp;
    s1.activation = c.activation;
    s1.out = c.intermediate();
    s1.scaleRounding = c.scaleRounding;
    s1.tileM = m;
    s1.tileN = n;
    s1.waves = waves;
    s1.nameSuffix = prefix + suffix;

    Stage2Config &s2 = v.stage2;
    s2.precision = c.precision;
    s2.modelDim = c.modelDim;
    s2.interDim = c.interDim;
    s2.experts = c.experts;
    s2.topk = c.topk;
    s2.bias = c.bias;
    s2.out = c.out;
    s2.combine = c.combine;
    s2.tileM = m;
    s2.tileN = n;
    s2.waves = waves;
    s2.nameSuffix = prefix + suffix;

    if (quantize)
      v.kernels.push_back(quantizeKernel(c, v.quantize));
    v.kernels.push_back(sortKernel(v.sort));
    v.kernels.push_back(stage1Kernel(c, s1));
    for (LayerKernel &k : stage2Kernels(c, s2))
      v.kernels.push_back(std::move(k));
    for (LayerKernel &k : v.kernels)
      k.file =
          (k.role == "stage2_reduce" ? s2.kernelName() : k.name) + ".hsaco";
    variants.push_back(std::move(v));
  }
  return variants;
}

const LayerVariant &variantFor(const std::vector<LayerVariant> &variants,
                               int64_t tokens) {
  for (const LayerVariant &v : variants)
    if (tokens <= v.maxTokens)
      return v;
  return variants.back();
}

std::string layerManifest(const LayerConfig &c,
                          const std::vector<LayerVariant> &variants,
                          const std::string &chip) {
  std::ostringstream os;
  auto q = [](const std::string &s) {
    std::string out = "\"";
    for (char ch : s)
      out += ch == '"' ? std::string("\\\"") : std::string(1, ch);
    return out + "\"";
  };
  os << "{\n  \"model\": " << q(c.model) << ",\n  \"chip\": " << q(chip)
     << ",\n  \"precision\": " << q(c.precision)
     << ",\n  \"model_dim\": " << c.modelDim
     << ",\n  \"inter_dim\": " << c.interDim
     << ",\n  \"experts\": " << c.experts << ",\n  \"topk\": " << c.topk
     << ",\n  \"bias\": " << (c.bias ? "true" : "false")
     << ",\n  \"gate_up\": " << q(c.gateUp)
     << ",\n  \"activation\": " << q(c.activation)
     << ",\n  \"x\": "
     << q(c.precision == "a16w4" ? "bf16"
          : c.quantizeInput      ? "bf16, quantized by the quantize_x kernel"
                                 : "MX codes and scales (x, x_scales)")
     << ",\n  \"intermediate\": " << q(c.intermediate())
     << ",\n  \"y\": " << q(c.out) << ",\n  \"combine\": " << q(c.combine)
     << ",\n  \"memref_abi\": "
     << q("each memref parameter is 5 kernel arguments: allocated pointer, "
          "aligned pointer, i64 offset, i64 size, i64 stride")
     << ",\n  \"capacity\": " << q("ceil((T*K + E*(m-1)) / m) * m routed rows")
     << ",\n  \"buckets\": [\n";
  for (size_t v = 0; v < variants.size(); ++v) {
    const LayerVariant &var = variants[v];
    os << "    {\"max_tokens\": " << var.maxTokens
       << ", \"m\": " << var.stage1.tileM << ", \"kernels\": [\n";
    for (size_t i = 0; i < var.kernels.size(); ++i) {
      const LayerKernel &k = var.kernels[i];
      os << "      {\"role\": " << q(k.role) << ", \"name\": " << q(k.name)
         << ", \"file\": " << q(k.file) << ", \"lanes\": " << k.lanes
         << ", \"grid\": " << q(k.gridRule) << ",\n       \"args\": [";
      for (size_t p = 0; p < k.params.size(); ++p)
        os << (p ? ", " : "") << "{\"name\": " << q(k.params[p].name)
           << ", \"type\": " << q(k.params[p].type)
           << ", \"elements\": " << q(k.params[p].elements) << "}";
      os << "]}" << (i + 1 < var.kernels.size() ? "," : "") << "\n";
    }
    os << "    ]}" << (v + 1 < variants.size() ? "," : "") << "\n";
  }
  os << "  ]\n}\n";
  return os.str();
}

} // namespace mxmoe
