//===- Problems.h - kernels for MoE problem descriptions -------*- C++ -*-===//
//
// Builds the kernel source (a gpu.module holding a moe problem op) for a
// problem described by flags or a config entry, and the grid to launch it
// with. moe-compile and the tests share these.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_PROBLEMS_H
#define MXMOE_COMPILER_PROBLEMS_H

#include <array>
#include <cstdint>
#include <string>

namespace mxmoe {

struct Stage2Config {
  std::string precision = "a16w4";
  int64_t modelDim = 0, interDim = 0, experts = 0, topk = 0;
  bool bias = false;
  bool routingWeight = true;
  std::string out = "f32";        // f32, bf16, f16
  std::string combine = "atomic"; // atomic, store
  int64_t splitK = 1;
  int64_t tileM = 16, tileN = 64, tileK = 128, waves = 4;
  std::string weightLayout = "preshuffle16x16";
  std::string scaleLayout = "e8m0_shuffle";
  std::string nameSuffix; // appended to the kernel name

  /// Kernel name, e.g. moe_stage2_a16w4_d2880_i2880_e128_k4.
  std::string kernelName() const;
};

/// A module with one gpu.module and one kernel wrapping moe.stage2. The
/// kernel's parameters, each memref as its 5-value descriptor: h, w2,
/// w2_scales, [bias], sorted_ids, sorted_weights, sorted_expert_ids,
/// num_valid_ids, tokens (i32), y. With combine = store the module also
/// holds `<name>_reduce(slots, topk_ids, tokens, expert_begin, y)`
/// (moe.slot_reduce; expert_begin as given to the sort).
std::string stage2KernelSource(const Stage2Config &config);

/// Lanes per workgroup of the slot reduction, and its grid (1-D).
inline constexpr int64_t kSlotReduceBlock = 256;
int64_t slotReduceWorkgroups(const Stage2Config &config, int64_t tokens);

/// Workgroups to launch for `tokens` tokens: x = model_dim tiles, y =
/// fmt::routedBlocks (min(capacity / m, T * K): decode never launches the
/// whole expert grid) times split_k.
std::array<int64_t, 3> stage2Grid(const Stage2Config &config, int64_t tokens);

struct Stage1Config {
  std::string precision = "a16w4";
  int64_t modelDim = 0, interDim = 0, experts = 0, topk = 0;
  bool bias = false;
  std::string gateUp = "interleaved"; // interleaved, halves, blocks16
  /// An activation attribute body: "swiglu" (GPT-OSS defaults), "swiglu,
  /// alpha = 1.5, limit = inf" or "silu".
  std::string activation = "swiglu";
  std::string out = "bf16";             // bf16, mxfp8, mxfp4
  std::string scaleRounding = "floor"; // floor, ceil (MX outputs)
  int64_t splitK = 1; // > 1: partial planes plus a finish kernel
  int64_t tileM = 16, tileN = 64, tileK = 128, waves = 4;
  std::string weightLayout = "preshuffle16x16";
  std::string scaleLayout = "e8m0_shuffle";
  std::string nameSuffix; // appended to the kernel name

  /// Kernel name, e.g. moe_stage1_a16w4_d2880_i2880_e128_k4.
  std::string kernelName() const;
};

/// A module with one kernel wrapping moe.stage1, parameters: x, [x_scales],
/// w13, w13_scales, [bias], sorted_ids, sorted_expert_ids, num_valid_ids,
/// tokens (i32), h, [h_scales] (MX outputs). Launch stage1Grid workgroups of
/// 64 * waves lanes. With splitK > 1 the kernel takes no bias and writes
/// f32 planes `[splitK, T * K, 2 inter_dim]` to its last parameter, and the
/// module also holds `<name>_finish(planes, [bias], topk_ids, tokens (i32),
/// expert_begin (i32), h, [h_scales])` (moe.stage1_finish), launched after
/// it with stage1FinishWorkgroups workgroups of kStage1FinishBlock lanes.
std::string stage1KernelSource(const Stage1Config &config);
/// x: weight-row tiles of 2 inter_dim; y: routed blocks times split_k.
std::array<int64_t, 3> stage1Grid(const Stage1Config &config, int64_t tokens);
inline constexpr int64_t kStage1FinishBlock = 256;
int64_t stage1FinishWorkgroups(const Stage1Config &config, int64_t tokens);

struct QuantizeConfig {
  std::string format = "mxfp8";        // mxfp8, mxfp4
  std::string input = "bf16";          // bf16, f32
  std::string scaleRounding = "floor"; // floor, ceil
  int64_t cols = 0;                    // a multiple of 32
  std::string nameSuffix;              // appended to the kernel name

  /// Kernel name, e.g. moe_quantize_mxfp8_bf16_c2880.
  std::string kernelName() const;
};

/// A module with one kernel wrapping moe.quantize_mx, parameters: x
/// (`input` elements [T, cols]), tokens (i32), codes, scales (row-major
/// E8M0 [T, cols / 32]). Launch quantizeWorkgroups workgroups of
/// kQuantizeBlock lanes.
std::string quantizeKernelSource(const QuantizeConfig &config);
inline constexpr int64_t kQuantizeBlock = 256;
int64_t quantizeWorkgroups(const QuantizeConfig &config, int64_t tokens);

struct SortConfig {
  int64_t topk = 0, experts = 0, blockM = 16;
  int64_t blockSize = 256; // lanes of the one workgroup
  bool weights = true;     // topk_weights given (else every weight is 1)
  std::string nameSuffix;  // appended to the kernel name

  /// Kernel name, e.g. moe_sort_e128_k4_bm16.
  std::string kernelName() const;
};

/// A module with one kernel wrapping moe.sort, parameters: topk_ids,
/// [topk_weights], tokens (i32), expert_begin (i32), sorted_ids,
/// sorted_weights, sorted_expert_ids, num_valid_ids. Launch one workgroup
/// of `blockSize` lanes; size the outputs with fmt::routingCapacity.
std::string sortKernelSource(const SortConfig &config);

} // namespace mxmoe

#endif // MXMOE_COMPILER_PROBLEMS_H
