//===- Limits.h - sizes the routing format and buffers can hold -*- C++ -*-===//
//
// The limits every problem shape must respect before a kernel is built: the
// routing buffers pack a token index in 24 bits and a slot in 7
// (docs/semantics.md §2), and every buffer is addressed through a buffer
// resource whose num_records (bytes) and offsets are 32-bit. moe-compile,
// the layer plan and the compiler's kernel entry check them, so the C API
// gets the same answers.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_LIMITS_H
#define MXMOE_PLAN_LIMITS_H

#include "mxmoe/Plan/Kernels.h"

#include <cstdint>
#include <string>

namespace mxmoe {

/// Tokens per launch: the packed routing row holds the token in 24 bits.
inline constexpr int64_t kMaxTokens = (int64_t(1) << 24) - 1;
/// Experts per token: the packed routing row holds the slot in 7 bits.
inline constexpr int64_t kMaxTopk = 127;
/// Bytes one buffer resource addresses (32-bit num_records).
inline constexpr int64_t kMaxBufferBytes = 0xFFFFFFFFll;

/// The kernels a check is for: a whole layer, or one stage's kernel.
enum class Stages { Layer, Stage1, Stage2 };

/// Why `problem` cannot be built, or empty: sizes positive, topk <= experts
/// and <= kMaxTopk, and every weight buffer of `stages` (w13, w2, their
/// scales and biases) within kMaxBufferBytes.
std::string checkProblemShape(const ProblemShape &problem,
                              Stages stages = Stages::Layer);

/// Why a launch for `tokens` tokens cannot be served, or empty: 0 <= tokens
/// <= kMaxTokens, and the activation buffers of `stages` (x, h, y, the
/// routing buffers at block `blockM`, split-k planes, combine = store's
/// slots) within kMaxBufferBytes. `out` is y's element type.
std::string checkTokenCount(const ProblemShape &problem, int64_t tokens,
                            int64_t blockM, int64_t splitK, ElementType out,
                            Combine combine, Stages stages = Stages::Layer);

/// checkProblemShape plus the config's own sizes (tile, split-k).
std::string checkKernelConfig(const KernelConfig &config);

} // namespace mxmoe

#endif // MXMOE_PLAN_LIMITS_H
