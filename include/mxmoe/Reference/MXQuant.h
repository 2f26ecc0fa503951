//===- MXQuant.h - MX block quantization (host reference) ------*- C++ -*-===//
//
// OCP MX quantization of activations: one E8M0 scale per 32 consecutive
// values, elements rounded to nearest even with saturation. The fused
// quantization epilogues must produce the same bytes.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_REFERENCE_MXQUANT_H
#define MXMOE_REFERENCE_MXQUANT_H

#include <cstdint>
#include <vector>

namespace mxmoe::ref {

enum class MXElement { FP4, FP8E4M3 };

/// How the block scale is chosen from the block's largest magnitude amax.
enum class ScaleRounding {
  /// OCP MX v1.0: 2^(floor(log2 amax) - emax), emax = 2 (FP4) or 8 (FP8);
  /// values above the element maximum saturate.
  Floor,
  /// The smallest power of two with amax / scale <= element maximum
  /// (ceil(log2(amax / max))): nothing saturates.
  Ceil,
};

/// The E8M0 byte for one block of `n` values: clamped to [0, 254]; 255 when
/// the block holds a NaN; an all-zero block gets byte 0.
uint8_t mxScaleByte(const float *values, int n, MXElement element,
                    ScaleRounding rounding);

/// Quantizes a row-major [rows, cols] matrix (cols a multiple of 32). Codes:
/// FP4 packed [rows, cols/2] (low nibble = even column) or FP8 [rows, cols];
/// scales: [rows, cols/32].
void quantizeMX(const float *values, int64_t rows, int64_t cols,
                MXElement element, ScaleRounding rounding,
                std::vector<uint8_t> &codes, std::vector<uint8_t> &scales);

/// The value quantizeMX stored for (row, col).
double dequantizeMX(const std::vector<uint8_t> &codes,
                    const std::vector<uint8_t> &scales, int64_t cols,
                    MXElement element, int64_t row, int64_t col);

} // namespace mxmoe::ref

#endif // MXMOE_REFERENCE_MXQUANT_H
