//===- Npy.cpp - NumPy .npy files -----------------------------------------===//

#include "mxmoe/Support/Npy.h"

#include "Shape.h"

#include <cstring>
#include <fstream>
#include <iterator>

namespace mxmoe::npy {

namespace {

struct DTypeInfo {
  DType type;
  const char *descr;
  unsigned bytes;
};

constexpr DTypeInfo kTypes[] = {
    {DType::U8, "|u1", 1},  {DType::I8, "|i1", 1},  {DType::U16, "<u2", 2},
    {DType::I16, "<i2", 2}, {DType::U32, "<u4", 4}, {DType::I32, "<i4", 4},
    {DType::U64, "<u8", 8}, {DType::I64, "<i8", 8}, {DType::F16, "<f2", 2},
    {DType::F32, "<f4", 4}, {DType::F64, "<f8", 8}, {DType::Bool, "|b1", 1},
};

const DTypeInfo &info(DType type) {
  for (const DTypeInfo &t : kTypes)
    if (t.type == type)
      return t;
  return kTypes[0];
}

/// The value text of `key` in the header dict ("'descr': '<f4', ...").
bool field(const std::string &header, const std::string &key,
           std::string &value) {
  size_t k = header.find("'" + key + "'");
  if (k == std::string::npos)
    return false;
  size_t colon = header.find(':', k);
  if (colon == std::string::npos)
    return false;
  size_t begin = header.find_first_not_of(' ', colon + 1);
  if (begin == std::string::npos)
    return false;
  size_t end;
  if (header[begin] == '\'') {
    end = header.find('\'', begin + 1);
    if (end == std::string::npos)
      return false;
    value = header.substr(begin + 1, end - begin - 1);
  } else if (header[begin] == '(') {
    end = header.find(')', begin);
    if (end == std::string::npos)
      return false;
    value = header.substr(begin + 1, end - begin - 1);
  } else {
    end = header.find_first_of(",}", begin);
    value = header.substr(begin, end - begin);
  }
  return true;
}

} // namespace

unsigned elementBytes(DType type) { return info(type).bytes; }
const char *descr(DType type) { return info(type).descr; }

int64_t Array::elements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

std::optional<Array> parse(const std::vector<uint8_t> &file,
                           const std::string &name, std::string &error) {
  static const uint8_t kMagic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
  if (file.size() < 10 || std::memcmp(file.data(), kMagic, 6) != 0) {
    error = name + ": not a .npy file (bad magic)";
    return std::nullopt;
  }
  uint8_t major = file[6];
  size_t headerLen, offset;
  if (major == 1) {
    headerLen = file[8] | (size_t(file[9]) << 8);
    offset = 10;
  } else if (major == 2 || major == 3) {
    if (file.size() < 12) {
      error = name + ": truncated .npy header";
      return std::nullopt;
    }
    headerLen = file[8] | (size_t(file[9]) << 8) | (size_t(file[10]) << 16) |
                (size_t(file[11]) << 24);
    offset = 12;
  } else {
    error = name + ": unsupported .npy version " + std::to_string(major);
    return std::nullopt;
  }
  if (file.size() < offset + headerLen) {
    error = name + ": truncated .npy header";
    return std::nullopt;
  }
  std::string header(reinterpret_cast<const char *>(file.data()) + offset,
                     headerLen);
  std::string descrText, order, shapeText;
  if (!field(header, "descr", descrText) ||
      !field(header, "fortran_order", order) ||
      !field(header, "shape", shapeText)) {
    error = name + ": malformed .npy header '" + header + "'";
    return std::nullopt;
  }
  if (order.find("False") == std::string::npos) {
    error = name + ": Fortran-order arrays are not supported";
    return std::nullopt;
  }
  Array array;
  bool known = false;
  for (const DTypeInfo &t : kTypes)
    if (descrText == t.descr ||
        (t.bytes == 1 && descrText.size() == 3 &&
         descrText.substr(1) == std::string(t.descr).substr(1))) {
      array.type = t.type;
      known = true;
    }
  if (!known) {
    error = name + ": unsupported dtype '" + descrText +
            "' (little-endian ints, floats and bool only)";
    return std::nullopt;
  }
  size_t pos = 0;
  while (pos < shapeText.size()) {
    size_t next = shapeText.find(',', pos);
    std::string dim = shapeText.substr(
        pos, next == std::string::npos ? std::string::npos : next - pos);
    size_t digits = dim.find_first_of("0123456789");
    if (digits != std::string::npos) {
      char *end = nullptr;
      long long v = std::strtoll(dim.c_str() + digits, &end, 10);
      if (v < 0 || v > (int64_t(1) << 40)) {
        error = name + ": bad dimension '" + dim + "'";
        return std::nullopt;
      }
      array.shape.push_back(v);
    } else if (dim.find_first_not_of(' ') != std::string::npos) {
      error = name + ": bad shape '(" + shapeText + ")'";
      return std::nullopt;
    }
    if (next == std::string::npos)
      break;
    pos = next + 1;
  }
  std::optional<uint64_t> elements = checkedElements(array.shape);
  if (!elements) {
    error = name + ": shape (" + shapeText + ") is too large";
    return std::nullopt;
  }
  uint64_t bytes = *elements * elementBytes(array.type);
  size_t dataStart = offset + headerLen;
  if (file.size() - dataStart != bytes) {
    error = name + ": holds " + std::to_string(file.size() - dataStart) +
            " data bytes, its header says " + std::to_string(bytes);
    return std::nullopt;
  }
  array.bytes.assign(file.begin() + dataStart, file.end());
  return array;
}

std::optional<Array> read(const std::string &path, std::string &error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open";
    return std::nullopt;
  }
  std::vector<uint8_t> file((std::istreambuf_iterator<char>(in)),
                            std::istreambuf_iterator<char>());
  return parse(file, path, error);
}

std::vector<uint8_t> serialize(const Array &array) {
  std::string header = std::string("{'descr': '") + descr(array.type) +
                       "', 'fortran_order': False, 'shape': (";
  for (int64_t d : array.shape)
    header += std::to_string(d) + ",";
  if (array.shape.size() > 1)
    header.pop_back();
  header += "), }";
  // Pad so the data starts at a multiple of 64 bytes; end with a newline.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::vector<uint8_t> out = {0x93,
                              'N',
                              'U',
                              'M',
                              'P',
                              'Y',
                              1,
                              0,
                              uint8_t(header.size() & 0xFF),
                              uint8_t(header.size() >> 8)};
  out.insert(out.end(), header.begin(), header.end());
  out.insert(out.end(), array.bytes.begin(), array.bytes.end());
  return out;
}

bool write(const std::string &path, const Array &array, std::string &error) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = path + ": cannot open for writing";
    return false;
  }
  std::vector<uint8_t> bytes = serialize(array);
  out.write(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  if (!out) {
    error = path + ": write failed";
    return false;
  }
  return true;
}

} // namespace mxmoe::npy
