//===- MoEReference.cpp - what an MoE layer computes ----------------------===//
//
// docs/semantics.md §1.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Format/MXFormats.h"

#include <algorithm>
#include <cmath>

namespace mxmoe::ref {

double MXFP4Matrix::at(int64_t row, int64_t col) const {
  return fmt::decodeFP4(fmt::fp4Nibble(&codes[row * k / 2], col)) *
         fmt::decodeE8M0(scales[row * (k / 32) + col / 32]);
}

static double sigmoid(double v) { return 1.0 / (1.0 + std::exp(-v)); }

double activate(const ActivationSpec &spec, double gate, double up) {
  if (spec.kind == Activation::SiLU)
    return gate * sigmoid(gate) * up;
  double g = std::min(gate, spec.limit);
  double u = std::clamp(up, -spec.limit, spec.limit);
  return g * sigmoid(spec.alpha * g) * (u + 1.0);
}

static bool validExpert(int32_t id, int64_t experts) {
  return id >= 0 && id < experts;
}

std::vector<double>
referenceStage1(const std::vector<float> &x,
                const std::vector<int32_t> &topkIds, int64_t tokens,
                int64_t topk, int64_t experts, int64_t inter,
                const MXFP4Matrix &w13, fmt::GateUpArrangement arrangement,
                const float *bias13, const ActivationSpec &activation) {
  int64_t d = w13.k;
  std::vector<double> h(tokens * topk * inter, 0.0);
  auto dot = [&](int64_t t, int64_t row) {
    double acc = 0;
    for (int64_t k = 0; k < d; ++k)
      acc += double(x[t * d + k]) * w13.at(row, k);
    return acc + (bias13 ? double(bias13[row]) : 0.0);
  };
  for (int64_t t = 0; t < tokens; ++t)
    for (int64_t s = 0; s < topk; ++s) {
      int32_t e = topkIds[t * topk + s];
      if (!validExpert(e, experts))
        continue;
      int64_t base = int64_t(e) * 2 * inter;
      for (int64_t j = 0; j < inter; ++j) {
        double gate = dot(
            t, base + fmt::gateUpRow<int64_t>(arrangement, false, j, inter));
        double up =
            dot(t, base + fmt::gateUpRow<int64_t>(arrangement, true, j, inter));
        h[(t * topk + s) * inter + j] = activate(activation, gate, up);
      }
    }
  return h;
}

std::vector<double> referenceStage2(const std::vector<double> &h,
                                    const std::vector<int32_t> &topkIds,
                                    const float *topkWeights, int64_t tokens,
                                    int64_t topk, int64_t experts,
                                    int64_t modelDim, const MXFP4Matrix &w2,
                                    const float *bias2) {
  int64_t inter = w2.k;
  std::vector<double> y(tokens * modelDim, 0.0);
  for (int64_t t = 0; t < tokens; ++t)
    for (int64_t s = 0; s < topk; ++s) {
      int32_t e = topkIds[t * topk + s];
      if (!validExpert(e, experts))
        continue;
      double w = topkWeights ? double(topkWeights[t * topk + s]) : 1.0;
      const double *hr = &h[(t * topk + s) * inter];
      for (int64_t n = 0; n < modelDim; ++n) {
        int64_t row = int64_t(e) * modelDim + n;
        double acc = 0;
        for (int64_t k = 0; k < inter; ++k)
          acc += hr[k] * w2.at(row, k);
        acc += bias2 ? double(bias2[row]) : 0.0;
        y[t * modelDim + n] += w * acc;
      }
    }
  return y;
}

} // namespace mxmoe::ref
