//===- Layouts.h - MXFP4 weight / E8M0 scale storage layouts ---*- C++ -*-===//
//
// The address functions of every weight and scale layout mxmoe knows, written
// once as templates over the index type. The host converters and reference
// instantiate them with int64_t; the MoE-to-ROCDL lowering instantiates them
// with an IR-building index type, so the kernel computes addresses with the
// very same formula that is unit-tested here against brute-force permutations.
//
// This header has no MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_FORMAT_LAYOUTS_H
#define MXMOE_FORMAT_LAYOUTS_H

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::fmt {

/// How the packed FP4 matrix [rows, kBytes] (two K elements per byte, low
/// nibble even) is stored.
enum class WeightLayout {
  /// byte (n, kb) at n * kBytes + kb.
  RowMajor,
  /// 16-row x 16-byte tiles, N-block-major then K-chunk, row-major inside
  /// (ROCm's generic MXFP4 preshuffle).
  Preshuffle16x16,
};

/// How E8M0 scales [rows, kBlocks] (one per 32 K elements) are stored.
enum class ScaleLayout {
  /// byte (n, kb) at n * kBlocks + kb.
  RowMajor,
  /// 2x2-packed E8M0 in i32 words, rows padded to 256 and K-blocks to 8.
  E8M0Shuffle,
};

/// How the gate and up halves of a stage-1 weight (and bias) are arranged
/// along the 2*I output rows.
enum class GateUpArrangement {
  Interleaved, ///< row 2j gate, 2j+1 up (GPT-OSS checkpoints)
  Halves,      ///< [gate | up]
  Blocks16,    ///< 16-row blocks alternating gate and up (GUGU16)
};

inline constexpr int64_t roundUp(int64_t v, int64_t m) {
  return (v + m - 1) / m * m;
}

//===----------------------------------------------------------------------===//
// Address functions. `I` is int64_t on the host or an IR index value in the
// lowering; it needs +, * and unsigned / and % by constants.
//===----------------------------------------------------------------------===//

/// Byte offset of packed byte `kb` of row `n` (rows flattened over experts).
template <typename I>
I weightByteOffset(WeightLayout layout, I n, I kb, int64_t kBytes) {
  switch (layout) {
  case WeightLayout::RowMajor:
    return n * kBytes + kb;
  case WeightLayout::Preshuffle16x16:
    return ((n / 16) * (kBytes / 16) + kb / 16) * 256 + (n % 16) * 16 + kb % 16;
  }
  return n * kBytes + kb;
}

/// Byte offset of the scale of row `n` and 32-element K block `kb`.
template <typename I>
I scaleByteOffset(ScaleLayout layout, I n, I kb, int64_t kBlocks) {
  switch (layout) {
  case ScaleLayout::RowMajor:
    return n * kBlocks + kb;
  case ScaleLayout::E8M0Shuffle: {
    int64_t wordsPer32Rows = roundUp(kBlocks, 8) * 8;
    I word = (n / 32) * wordsPer32Rows + (kb / 8) * 64 + (kb % 4) * 16 + n % 16;
    I byte = ((kb / 4) % 2) * 2 + (n / 16) % 2;
    return word * 4 + byte;
  }
  }
  return n * kBlocks + kb;
}

/// Physical row of gate row `j` (up == false) or up row `j` of a stage-1
/// weight with `inter` rows per half.
template <typename I>
I gateUpRow(GateUpArrangement arrangement, bool up, I j, int64_t inter) {
  switch (arrangement) {
  case GateUpArrangement::Interleaved:
    return j * 2 + (up ? 1 : 0);
  case GateUpArrangement::Halves:
    return up ? j + inter : j;
  case GateUpArrangement::Blocks16:
    return (j / 16) * 32 + (up ? 16 : 0) + j % 16;
  }
  return j;
}

/// Rows of the routing buffers (docs/semantics.md §2) for `tokens` tokens,
/// top-k `topk`, `experts` experts and block `blockM`: the worst case, every
/// expert's rows padded, ceil((T*K + E*(BM-1)) / BM) * BM. `I` is int64_t,
/// or an IR index type for code that computes it on device or host at run time.
template <typename I>
I routingCapacity(I tokens, int64_t topk, int64_t experts, int64_t blockM) {
  return (tokens * topk + (experts * (blockM - 1) + blockM - 1)) / blockM *
         blockM;
}

/// The routed blocks a stage kernel's grid covers: min(capacity / BM, T*K),
/// since at most T*K blocks hold a routed row (decode never launches the
/// whole expert grid).
template <typename I>
I routedBlocks(I tokens, int64_t topk, int64_t experts, int64_t blockM) {
  using std::min;
  return min(routingCapacity(tokens, topk, experts, blockM) / blockM,
             tokens * topk);
}

//===----------------------------------------------------------------------===//
// Shape rules and buffer sizes.
//===----------------------------------------------------------------------===//

/// Returns an error message if `rows` x `kElems` cannot be stored in `layout`.
std::optional<std::string> checkWeightShape(WeightLayout layout, int64_t rows,
                                            int64_t kElems);
std::optional<std::string> checkScaleShape(ScaleLayout layout, int64_t rows,
                                           int64_t kElems);
std::optional<std::string> checkGateUpShape(GateUpArrangement arrangement,
                                            int64_t inter);

/// Bytes a buffer in `layout` occupies (including padding).
int64_t weightBufferBytes(WeightLayout layout, int64_t rows, int64_t kElems);
int64_t scaleBufferBytes(ScaleLayout layout, int64_t rows, int64_t kElems);

//===----------------------------------------------------------------------===//
// Host converters (what an integrator calls at weight-load time).
//===----------------------------------------------------------------------===//

/// Row-major packed FP4 [rows, kElems/2] -> `layout` in `out`. Returns an
/// error message (and leaves `out` empty) on a bad shape or input size.
std::optional<std::string> packWeights(WeightLayout layout,
                                       const std::vector<uint8_t> &rowMajor,
                                       int64_t rows, int64_t kElems,
                                       std::vector<uint8_t> &out);
/// Row-major E8M0 [rows, kElems/32] -> `layout`; padding holds scale one.
std::optional<std::string> packScales(ScaleLayout layout,
                                      const std::vector<uint8_t> &rowMajor,
                                      int64_t rows, int64_t kElems,
                                      std::vector<uint8_t> &out);

/// The MXFP4 expert weights of one MoE layer as a checkpoint stores them
/// (GPT-OSS `*_blocks` / `*_scales` / `*_bias`): per expert, row-major packed
/// FP4 [rows, k/2] (low nibble = even k) and E8M0 [rows, k/32]; stage 1's
/// rows are gate and up interleaved per output element (row 2j gate, 2j+1
/// up), as is its f32 bias. Pointers are to experts * rows rows.
struct CheckpointExperts {
  const uint8_t *w13 = nullptr,
                *w13Scales = nullptr; // [E, 2I, D/2], [E, 2I, D/32]
  const float *b13 = nullptr;         // [E, 2I] or null
  const uint8_t *w2 = nullptr, *w2Scales = nullptr; // [E, D, I/2], [E, D, I/32]
  const float *b2 = nullptr;                        // [E, D] or null
  int64_t experts = 0, modelDim = 0, interDim = 0;
};

/// The buffers our stage kernels read.
struct KernelExperts {
  std::vector<uint8_t> w13, w13Scales, w2, w2Scales;
  std::vector<float> b13, b2; // empty without bias
};

/// Converts checkpoint experts for kernels that read stage-1 rows in
/// `arrangement` and weights/scales in `weightLayout`/`scaleLayout`.
/// Returns an error message on a bad shape.
std::optional<std::string> convertCheckpointExperts(
    const CheckpointExperts &in, GateUpArrangement arrangement,
    WeightLayout weightLayout, ScaleLayout scaleLayout, KernelExperts &out);

/// Name <-> enum (the textual names used in IR, configs and CLI flags).
const char *toString(WeightLayout layout);
const char *toString(ScaleLayout layout);
const char *toString(GateUpArrangement arrangement);
std::optional<WeightLayout> parseWeightLayout(const std::string &name);
std::optional<ScaleLayout> parseScaleLayout(const std::string &name);
std::optional<GateUpArrangement> parseGateUpArrangement(const std::string &n);

} // namespace mxmoe::fmt

#endif // MXMOE_FORMAT_LAYOUTS_H
