//===- SafeTensors.h - safetensors checkpoints ------------------*- C++ -*-===//
//
// Reads (and writes) the safetensors format: an 8-byte little-endian header
// length, a JSON header naming each tensor's dtype, shape and byte range,
// then the data. A checkpoint is one file or shards listed by an index JSON
// ({"weight_map": {tensor: shard file}}), as Hugging Face publishes models.
// Every problem (missing tensor, wrong dtype or shape, truncated file, bad
// header) is one message naming the file and tensor; nothing aborts.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_SUPPORT_SAFETENSORS_H
#define MXMOE_SUPPORT_SAFETENSORS_H

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::st {

enum class DType {
  Bool,
  U8,
  I8,
  U16,
  I16,
  F16,
  BF16,
  U32,
  I32,
  F32,
  U64,
  I64,
  F64
};

/// The header's spelling ("BF16") and the element size.
const char *toString(DType type);
std::optional<DType> parseDType(const std::string &name);
unsigned elementBytes(DType type);

struct TensorInfo {
  DType dtype = DType::U8;
  std::vector<int64_t> shape;
  uint64_t begin = 0, end = 0; // byte range in the file's data section
  int64_t elements() const;
};

/// One .safetensors file: the header parsed at open, data read on demand.
class File {
public:
  static std::unique_ptr<File> open(const std::string &path,
                                    std::string &error);
  const std::string &path() const { return filePath; }
  const std::map<std::string, TensorInfo> &tensors() const { return index; }
  /// The tensor's bytes; false with a message on a read failure.
  bool read(const std::string &name, std::vector<uint8_t> &bytes,
            std::string &error) const;

private:
  std::string filePath;
  uint64_t dataStart = 0;
  std::map<std::string, TensorInfo> index;
};

/// A checkpoint: a .safetensors file, an index JSON, or a directory holding
/// model.safetensors.index.json or model.safetensors.
class Checkpoint {
public:
  static std::unique_ptr<Checkpoint> open(const std::string &path,
                                          std::string &error);
  /// Null if the checkpoint has no such tensor.
  const TensorInfo *find(const std::string &name) const;
  /// Reads `name`, checking its dtype and shape (a -1 in `shape` accepts any
  /// extent). Messages name the tensor and the problem.
  bool read(const std::string &name, DType dtype,
            const std::vector<int64_t> &shape, std::vector<uint8_t> &bytes,
            std::string &error) const;

private:
  std::vector<std::unique_ptr<File>> files;
  std::map<std::string, const File *> owner;
};

/// A tensor to write.
struct Tensor {
  std::string name;
  DType dtype;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes;
};
bool write(const std::string &path, const std::vector<Tensor> &tensors,
           std::string &error);

} // namespace mxmoe::st

#endif // MXMOE_SUPPORT_SAFETENSORS_H
