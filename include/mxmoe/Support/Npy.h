//===- Npy.h - NumPy .npy files ---------------------------------*- C++ -*-===//
//
// Reads and writes NumPy's .npy format (versions 1-3, C order, little-endian
// numeric dtypes): the exchange format of the oracle fixtures and of tools
// that take tensors. Errors name the file and the problem; nothing here
// aborts.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_SUPPORT_NPY_H
#define MXMOE_SUPPORT_NPY_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::npy {

/// The element types .npy files of ours carry.
enum class DType { U8, I8, U16, I16, U32, I32, U64, I64, F16, F32, F64, Bool };

/// Bytes per element.
unsigned elementBytes(DType type);
/// NumPy's descr string, e.g. "<f4".
const char *descr(DType type);

struct Array {
  DType type = DType::U8;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes; ///< C-order element data
  int64_t elements() const;
};

/// Parses a whole .npy file held in memory; `name` is used in messages.
std::optional<Array> parse(const std::vector<uint8_t> &file,
                           const std::string &name, std::string &error);
std::optional<Array> read(const std::string &path, std::string &error);
/// Serializes as version 1.0.
std::vector<uint8_t> serialize(const Array &array);
bool write(const std::string &path, const Array &array, std::string &error);

} // namespace mxmoe::npy

#endif // MXMOE_SUPPORT_NPY_H
