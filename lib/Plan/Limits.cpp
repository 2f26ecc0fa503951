//===- Limits.cpp - sizes the routing format and buffers can hold ---------===//

#include "mxmoe/Plan/Limits.h"

#include "mxmoe/Format/Layouts.h"

#include <initializer_list>

namespace mxmoe {

namespace {

/// The bytes of a buffer given as a product of sizes over a divisor; the
/// first one past kMaxBufferBytes (or overflowing int64) is reported.
class BufferLimit {
public:
  void check(const char *name, const char *formula,
             std::initializer_list<int64_t> factors, int64_t divisor = 1) {
    if (!why.empty())
      return;
    int64_t bytes = 1;
    bool overflow = false;
    for (int64_t f : factors)
      overflow |= __builtin_mul_overflow(bytes, f, &bytes);
    if (!overflow)
      bytes /= divisor;
    if (!overflow && bytes <= kMaxBufferBytes)
      return;
    why = std::string(name) + " (" + formula + " = " +
          (overflow ? std::string("more than 2^63") : std::to_string(bytes)) +
          " bytes) exceeds the " + std::to_string(kMaxBufferBytes) +
          " bytes a buffer resource addresses (32-bit num_records)";
  }
  std::string why;
};

/// Bytes per 2 elements of a format (bf16 4, mxfp8 2, mxfp4 1).
int64_t bytesPerPair(OutputFormat f) {
  return f == OutputFormat::BF16 ? 4 : 2 / elementsPerByte(f);
}

} // namespace

std::string checkProblemShape(const ProblemShape &p, Stages stages) {
  for (auto [name, value] :
       {std::pair<const char *, int64_t>{"model_dim", p.modelDim},
        {"inter_dim", p.interDim},
        {"experts", p.experts},
        {"topk", p.topk}})
    if (value <= 0)
      return std::string(name) + " (" + std::to_string(value) +
             ") must be positive";
  if (p.topk > p.experts)
    return "topk (" + std::to_string(p.topk) + ") exceeds experts (" +
           std::to_string(p.experts) + "): a token picks distinct experts";
  if (p.topk > kMaxTopk)
    return "topk (" + std::to_string(p.topk) + ") must be at most " +
           std::to_string(kMaxTopk) + " (7-bit slot field of the routing rows)";
  BufferLimit limit;
  int64_t e = p.experts, d = p.modelDim, i = p.interDim;
  if (stages != Stages::Stage2) {
    limit.check("w13", "E*2I*D/2", {e, 2, i, d}, 2);
    limit.check("w13_scales", "E*2I*D/32", {e, 2, i, d}, 32);
    limit.check("b13", "E*2I*4", {e, 2, i, 4});
  }
  if (stages != Stages::Stage1) {
    limit.check("w2", "E*D*I/2", {e, d, i}, 2);
    limit.check("w2_scales", "E*D*I/32", {e, d, i}, 32);
    limit.check("b2", "E*D*4", {e, d, 4});
  }
  return limit.why;
}

std::string checkTokenCount(const ProblemShape &p, int64_t tokens,
                            int64_t blockM, int64_t splitK, ElementType out,
                            Combine combine, Stages stages) {
  if (tokens < 0 || tokens > kMaxTokens)
    return "tokens (" + std::to_string(tokens) + ") must be in [0, " +
           std::to_string(kMaxTokens) +
           "] (24-bit token field of the routing rows)";
  if (blockM <= 0 || splitK <= 0)
    return "block m and split-k must be positive";
  BufferLimit limit;
  int64_t t = tokens, k = p.topk, d = p.modelDim, i = p.interDim;
  OutputFormat in = activationFormat(p.precision);
  bool stage1 = stages != Stages::Stage2, stage2 = stages != Stages::Stage1;
  if (stage1)
    limit.check("x", "T*D", {t, d, bytesPerPair(OutputFormat::BF16)}, 2);
  limit.check("h", "T*K*I", {t, k, i, bytesPerPair(in)}, 2);
  if (stage1 && splitK > 1)
    limit.check("planes", "split_k*T*K*2I*4", {splitK, t, k, 2, i, 4});
  if (stage2)
    limit.check("y", "T*D", {t, d, byteWidth(out)});
  if (stage2 && combine == Combine::Store)
    limit.check("slots", "T*K*D", {t, k, d, byteWidth(out)});
  // T*K < 2^31 and E*BM < 2^31 here, so the capacity cannot overflow.
  if (limit.why.empty() && blockM < (int64_t(1) << 20) &&
      p.experts < (int64_t(1) << 20))
    limit.check("sorted_ids", "capacity*4",
                {fmt::routingCapacity(t, k, p.experts, blockM), 4});
  return limit.why;
}

std::string checkKernelConfig(const KernelConfig &config) {
  auto checkStage = [](const ProblemShape &p, Stages stage, const Tile &tile,
                       int64_t splitK) -> std::string {
    if (std::string why = checkProblemShape(p, stage); !why.empty())
      return why;
    if (tile.m <= 0 || tile.n <= 0 || tile.k <= 0)
      return "tile sizes must be positive";
    if (splitK <= 0)
      return "split_k (" + std::to_string(splitK) + ") must be positive";
    return "";
  };
  if (auto *s1 = std::get_if<Stage1Config>(&config))
    return checkStage(s1->problem, Stages::Stage1, s1->tile, s1->splitK);
  if (auto *s2 = std::get_if<Stage2Config>(&config))
    return checkStage(s2->problem, Stages::Stage2, s2->tile, s2->splitK);
  if (auto *s = std::get_if<SortConfig>(&config)) {
    ProblemShape p;
    p.modelDim = p.interDim = 1;
    p.experts = s->experts;
    p.topk = s->topk;
    if (std::string why = checkProblemShape(p); !why.empty())
      return why;
    if (s->blockM <= 0 || s->blockSize <= 0)
      return "block m and block size must be positive";
    if (s->kind == SortKind::MultiWorkgroup &&
        (s->chunk <= 0 || s->chunk % s->blockSize != 0))
      return "chunk (" + std::to_string(s->chunk) +
             ") must be a positive multiple of the block size (" +
             std::to_string(s->blockSize) + ")";
    return "";
  }
  if (auto *q = std::get_if<QuantizeConfig>(&config))
    if (q->cols <= 0 || q->cols % 32 != 0)
      return "cols (" + std::to_string(q->cols) +
             ") must be a positive multiple of 32";
  return "";
}

} // namespace mxmoe
