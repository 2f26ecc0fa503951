//===- Shape.h - element counts of file-described shapes --------*- C++ -*-===//

#ifndef MXMOE_LIB_SUPPORT_SHAPE_H
#define MXMOE_LIB_SUPPORT_SHAPE_H

#include <cstdint>
#include <optional>
#include <vector>

namespace mxmoe {

/// Elements of `shape` as a file claims it, or nullopt past 2^48 (no tensor
/// of ours is that large, and the product of untrusted extents must not
/// overflow).
inline std::optional<uint64_t>
checkedElements(const std::vector<int64_t> &shape) {
  constexpr uint64_t kLimit = uint64_t(1) << 48;
  uint64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0 || (d != 0 && n > kLimit / uint64_t(d)))
      return std::nullopt;
    n *= uint64_t(d);
  }
  return n;
}

} // namespace mxmoe

#endif // MXMOE_LIB_SUPPORT_SHAPE_H
