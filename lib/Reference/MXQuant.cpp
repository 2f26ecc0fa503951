//===- MXQuant.cpp - MX block quantization (host reference) ---------------===//

#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Format/MXFormats.h"

#include <algorithm>
#include <cmath>

namespace mxmoe::ref {

static double elementMax(MXElement e) {
  return e == MXElement::FP4 ? 6.0 : 448.0;
}
static int elementEmax(MXElement e) { return e == MXElement::FP4 ? 2 : 8; }

uint8_t mxScaleByte(const float *values, int n, MXElement element,
                    ScaleRounding rounding) {
  double amax = 0;
  for (int i = 0; i < n; ++i) {
    if (std::isnan(values[i]))
      return fmt::kE8M0NaN;
    amax = std::max(amax, std::fabs(double(values[i])));
  }
  if (amax == 0)
    return 0;
  int exp;
  if (rounding == ScaleRounding::Floor) {
    std::frexp(amax, &exp); // amax = f * 2^exp, f in [0.5, 1)
    exp = (exp - 1) - elementEmax(element);
  } else {
    // Smallest e with amax / 2^e <= max.
    exp = int(std::ceil(std::log2(amax / elementMax(element))));
    while (std::ldexp(elementMax(element), exp) < amax)
      ++exp;
    while (std::ldexp(elementMax(element), exp - 1) >= amax)
      --exp;
  }
  return uint8_t(std::clamp(exp + 127, 0, 254));
}

void quantizeMX(const float *values, int64_t rows, int64_t cols,
                MXElement element, ScaleRounding rounding,
                std::vector<uint8_t> &codes, std::vector<uint8_t> &scales) {
  int64_t blocks = cols / 32;
  bool fp4 = element == MXElement::FP4;
  codes.assign(fp4 ? rows * cols / 2 : rows * cols, 0);
  scales.assign(rows * blocks, 0);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t b = 0; b < blocks; ++b) {
      const float *block = values + r * cols + b * 32;
      uint8_t s = mxScaleByte(block, 32, element, rounding);
      scales[r * blocks + b] = s;
      double inv = s == fmt::kE8M0NaN ? NAN : std::ldexp(1.0, 127 - int(s));
      for (int i = 0; i < 32; ++i) {
        int64_t c = b * 32 + i;
        double v = double(block[i]) * inv;
        if (fp4) {
          uint8_t code = fmt::encodeFP4(v);
          uint8_t &byte = codes[r * cols / 2 + c / 2];
          byte = (c % 2 == 0) ? uint8_t((byte & 0xF0) | code)
                              : uint8_t((byte & 0x0F) | (code << 4));
        } else {
          codes[r * cols + c] = fmt::encodeFP8E4M3FN(v, /*saturate=*/true);
        }
      }
    }
}

double dequantizeMX(const std::vector<uint8_t> &codes,
                    const std::vector<uint8_t> &scales, int64_t cols,
                    MXElement element, int64_t row, int64_t col) {
  double scale = fmt::decodeE8M0(scales[row * (cols / 32) + col / 32]);
  if (element == MXElement::FP4)
    return fmt::decodeFP4(fmt::fp4Nibble(&codes[row * cols / 2], col)) * scale;
  return fmt::decodeFP8E4M3FN(codes[row * cols + col]) * scale;
}

} // namespace mxmoe::ref
