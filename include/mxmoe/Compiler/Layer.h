//===- Layer.h - the kernels of a whole MoE layer --------------*- C++ -*-===//
//
// An MoE layer (SPEC §2) is three kernels: the routing sort, stage 1 (gate/up
// + activation) and stage 2 (down + combine), plus the buffers between them.
// This plans them per token bucket for a known model or a custom shape; the
// kernel sources come from Problems.h, so moe-compile, the manifest and the
// tests launch exactly the same kernels.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_LAYER_H
#define MXMOE_COMPILER_LAYER_H

#include "mxmoe/Compiler/Problems.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe {

struct LayerConfig {
  std::string model = "custom"; // prefix of the kernel names
  std::string precision = "a16w4";
  int64_t modelDim = 0, interDim = 0, experts = 0, topk = 0;
  bool bias = false;
  std::string gateUp = "interleaved";
  std::string activation = "swiglu";
  std::string out = "bf16";       // y: f32, bf16, f16
  std::string combine = "atomic"; // stage 2: atomic, store
  std::string scaleRounding = "floor";
  /// a8w4 / a4w4: x arrives as bf16 and a quantize kernel (moe.quantize_mx)
  /// makes the stage-1 input first; false: x and x_scales arrive quantized.
  bool quantizeInput = true;
  /// Largest token count of each bucket, ascending; a launch for T tokens
  /// uses the first bucket with T <= its bound (the last one above that).
  std::vector<int64_t> tokenBuckets = {1, 32, 256, 4096};

  /// The stage-1 output format: bf16 (a16w4), mxfp8 (a8w4), mxfp4 (a4w4).
  std::string intermediate() const;
};

/// gpt-oss-120b, gpt-oss-20b, deepseek-r1; nullopt for another name.
std::optional<LayerConfig> knownModel(const std::string &name);
/// "gpt-oss-120b, gpt-oss-20b, deepseek-r1".
std::string knownModelNames();
/// Why the configuration cannot be built, or empty.
std::string checkLayerConfig(const LayerConfig &config);

/// One parameter of a kernel: a 1-D memref (passed as the five values of
/// its descriptor: allocated and aligned pointer, offset, size, stride) or
/// an i32 scalar; `elements` is its size in terms of T, capacity, D, I.
struct KernelParam {
  std::string name, type, elements;
};

struct LayerKernel {
  std::string role; // quantize_x, sort, stage1, stage2, stage2_reduce
  std::string name;
  std::string file;   // code object holding it: <module kernel>.hsaco
  std::string source; // MLIR module text (one gpu.module)
  int64_t lanes = 0;  // workgroup size
  std::string gridRule;
  std::vector<KernelParam> params;
  /// Workgroups for `tokens` tokens (x, y, z).
  std::array<int64_t, 3> grid(int64_t tokens) const;
  // What grid() needs; lanesPerToken: the 1-D kernels (quantize_x,
  // stage2_reduce) run T * lanesPerToken lanes.
  int64_t gridX = 1, tileM = 0, splitK = 1, lanesPerToken = 0, topk = 0,
          experts = 0;
};

/// The kernels of one token bucket, in launch order.
struct LayerVariant {
  int64_t maxTokens = 0;
  QuantizeConfig quantize; // used when the layer quantizes x
  SortConfig sort;
  Stage1Config stage1;
  Stage2Config stage2;
  std::vector<LayerKernel> kernels;
};

/// The routing-buffer capacity (rows) for `tokens` tokens and block m.
int64_t layerCapacity(const LayerConfig &config, int64_t tokens,
                      int64_t blockM);

/// One variant per token bucket: tile 16x64x128 (4 waves) up to 32 tokens,
/// 64x128x128 (8 waves) above. Kernels in launch order: [quantize_x], sort,
/// stage1, stage2, [stage2_reduce].
std::vector<LayerVariant> planLayer(const LayerConfig &config);

/// The variant a launch for `tokens` tokens uses: the first bucket with
/// tokens <= its bound, the last one above them all.
const LayerVariant &variantFor(const std::vector<LayerVariant> &variants,
                               int64_t tokens);

/// The manifest moe-compile writes next to the code objects (JSON).
std::string layerManifest(const LayerConfig &config,
                          const std::vector<LayerVariant> &variants,
                          const std::string &chip);

} // namespace mxmoe

#endif // MXMOE_COMPILER_LAYER_H
