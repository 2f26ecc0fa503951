//===- MoEReference.h - what an MoE layer computes -------------*- C++ -*-===//
//
// The host reference of the two MoE GEMM stages (docs/semantics.md §1), in
// f64 from exactly decoded MXFP4 weights. Kernels are tested against it.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_REFERENCE_MOEREFERENCE_H
#define MXMOE_REFERENCE_MOEREFERENCE_H

#include "mxmoe/Format/Layouts.h"

#include <cstdint>
#include <vector>

namespace mxmoe::ref {

/// A row-major logical MXFP4 matrix [rows, k]: packed codes [rows, k/2] (low
/// nibble = even k) and E8M0 scales [rows, k/32]. Rows of all experts are
/// flattened (row e * N + n).
struct MXFP4Matrix {
  int64_t rows = 0, k = 0;
  std::vector<uint8_t> codes, scales;
  double at(int64_t row, int64_t col) const;
};

enum class Activation { SwiGLU, SiLU };

struct ActivationSpec {
  Activation kind = Activation::SwiGLU;
  double alpha = 1.702, limit = 7.0; // SwiGLU only; limit = inf: no clamps
};

/// GPT-OSS SwiGLU: g = min(g, limit); u = clamp(u, -limit, limit);
/// h = g * sigmoid(alpha * g) * (u + 1). SiLU: h = g * sigmoid(g) * u.
double activate(const ActivationSpec &spec, double gate, double up);

/// Stage 1 (gate/up): for each token t and slot s with a valid expert e,
/// z = x[t] . W13[e]^T + b13[e], split into gate and up by `arrangement`,
/// then the activation. Returns h [T*K, I] (row t*K + s; zero for invalid
/// slots). `x` is [T, D]; `w13` has E*2I rows of D; `bias13` is [E*2I] in
/// the same arrangement, or null.
std::vector<double>
referenceStage1(const std::vector<float> &x,
                const std::vector<int32_t> &topkIds, int64_t tokens,
                int64_t topk, int64_t experts, int64_t inter,
                const MXFP4Matrix &w13, fmt::GateUpArrangement arrangement,
                const float *bias13, const ActivationSpec &activation);

/// Stage 2 (down): y[t] = sum_s w[t,s] * (h[t,s] . W2[e]^T + b2[e]), the bias
/// once per (t, s), before the routing weight. `h` is [T*K, I]; `w2` has
/// E*D rows of I; `bias2` is [E*D] or null; `topkWeights` null means 1.
/// Returns y [T, D].
std::vector<double> referenceStage2(const std::vector<double> &h,
                                    const std::vector<int32_t> &topkIds,
                                    const float *topkWeights, int64_t tokens,
                                    int64_t topk, int64_t experts,
                                    int64_t modelDim, const MXFP4Matrix &w2,
                                    const float *bias2);

} // namespace mxmoe::ref

#endif // MXMOE_REFERENCE_MOEREFERENCE_H
