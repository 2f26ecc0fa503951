//===- SafeTensors.cpp - safetensors checkpoints --------------------------===//

#include "mxmoe/Support/SafeTensors.h"

#include "Shape.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <filesystem>
#include <fstream>

namespace mxmoe::st {

namespace {

struct DTypeInfo {
  DType type;
  const char *name;
  unsigned bytes;
};

constexpr DTypeInfo kTypes[] = {
    {DType::Bool, "BOOL", 1}, {DType::U8, "U8", 1},   {DType::I8, "I8", 1},
    {DType::U16, "U16", 2},   {DType::I16, "I16", 2}, {DType::F16, "F16", 2},
    {DType::BF16, "BF16", 2}, {DType::U32, "U32", 4}, {DType::I32, "I32", 4},
    {DType::F32, "F32", 4},   {DType::U64, "U64", 8}, {DType::I64, "I64", 8},
    {DType::F64, "F64", 8},
};

/// Headers beyond this are not checkpoints (the format caps them at 100 MB).
constexpr uint64_t kMaxHeaderBytes = 100u << 20;

std::string shapeText(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

} // namespace

const char *toString(DType type) {
  for (const DTypeInfo &t : kTypes)
    if (t.type == type)
      return t.name;
  return "?";
}

std::optional<DType> parseDType(const std::string &name) {
  for (const DTypeInfo &t : kTypes)
    if (name == t.name)
      return t.type;
  return std::nullopt;
}

unsigned elementBytes(DType type) {
  for (const DTypeInfo &t : kTypes)
    if (t.type == type)
      return t.bytes;
  return 1;
}

int64_t TensorInfo::elements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

std::unique_ptr<File> File::open(const std::string &path, std::string &error) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    error = path + ": cannot open";
    return nullptr;
  }
  uint64_t fileBytes = uint64_t(in.tellg());
  in.seekg(0);
  uint8_t lenBytes[8];
  if (fileBytes < 8 || !in.read(reinterpret_cast<char *>(lenBytes), 8)) {
    error = path + ": truncated safetensors file (no header length)";
    return nullptr;
  }
  uint64_t headerBytes = 0;
  for (int i = 7; i >= 0; --i)
    headerBytes = headerBytes << 8 | lenBytes[i];
  if (headerBytes > kMaxHeaderBytes || 8 + headerBytes > fileBytes) {
    error = path + ": truncated safetensors file (header of " +
            std::to_string(headerBytes) + " bytes, file of " +
            std::to_string(fileBytes) + ")";
    return nullptr;
  }
  std::string header(headerBytes, '\0');
  in.read(header.data(), std::streamsize(headerBytes));
  auto json = llvm::json::parse(header);
  if (!json) {
    error = path + ": malformed safetensors header: " +
            llvm::toString(json.takeError());
    return nullptr;
  }
  const llvm::json::Object *root = json->getAsObject();
  if (!root) {
    error = path + ": malformed safetensors header (not an object)";
    return nullptr;
  }
  auto file = std::unique_ptr<File>(new File());
  file->filePath = path;
  file->dataStart = 8 + headerBytes;
  uint64_t dataBytes = fileBytes - file->dataStart;
  for (const auto &[key, value] : *root) {
    std::string name = key.str();
    if (name == "__metadata__")
      continue;
    auto bad = [&](const std::string &why) {
      error = path + ": tensor '" + name + "': " + why;
      return nullptr;
    };
    const llvm::json::Object *t = value.getAsObject();
    if (!t)
      return bad("header entry is not an object");
    TensorInfo info;
    auto dtype = t->getString("dtype");
    if (!dtype)
      return bad("no dtype");
    auto parsed = parseDType(dtype->str());
    if (!parsed)
      return bad("unsupported dtype " + dtype->str());
    info.dtype = *parsed;
    const llvm::json::Array *shape = t->getArray("shape");
    const llvm::json::Array *offsets = t->getArray("data_offsets");
    if (!shape || !offsets || offsets->size() != 2)
      return bad("needs shape and two data_offsets");
    for (const llvm::json::Value &d : *shape) {
      auto v = d.getAsInteger();
      if (!v || *v < 0 || *v > (int64_t(1) << 40))
        return bad("bad shape");
      info.shape.push_back(*v);
    }
    auto b = (*offsets)[0].getAsInteger(), e = (*offsets)[1].getAsInteger();
    if (!b || !e || *b < 0 || *e < *b)
      return bad("bad data_offsets");
    info.begin = uint64_t(*b);
    info.end = uint64_t(*e);
    std::optional<uint64_t> elements = checkedElements(info.shape);
    if (!elements)
      return bad("shape " + shapeText(info.shape) + " is too large");
    uint64_t want = *elements * elementBytes(info.dtype);
    if (info.end - info.begin != want)
      return bad("data_offsets span " + std::to_string(info.end - info.begin) +
                 " bytes, dtype and shape need " + std::to_string(want));
    if (info.end > dataBytes)
      return bad("data ends at byte " + std::to_string(info.end) +
                 " but the file holds " + std::to_string(dataBytes) +
                 " data bytes (truncated?)");
    file->index[name] = info;
  }
  return file;
}

bool File::read(const std::string &name, std::vector<uint8_t> &bytes,
                std::string &error) const {
  auto it = index.find(name);
  if (it == index.end()) {
    error = filePath + ": no tensor '" + name + "'";
    return false;
  }
  std::ifstream in(filePath, std::ios::binary);
  bytes.resize(it->second.end - it->second.begin);
  in.seekg(std::streamoff(dataStart + it->second.begin));
  if (!in || !in.read(reinterpret_cast<char *>(bytes.data()),
                      std::streamsize(bytes.size()))) {
    error = filePath + ": cannot read tensor '" + name + "'";
    return false;
  }
  return true;
}

std::unique_ptr<Checkpoint> Checkpoint::open(const std::string &path,
                                             std::string &error) {
  namespace fs = std::filesystem;
  std::string indexPath, single;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (fs::exists(fs::path(path) / "model.safetensors.index.json"))
      indexPath = (fs::path(path) / "model.safetensors.index.json").string();
    else if (fs::exists(fs::path(path) / "model.safetensors"))
      single = (fs::path(path) / "model.safetensors").string();
    else {
      error = path + ": no model.safetensors.index.json or model.safetensors";
      return nullptr;
    }
  } else if (llvm::StringRef(path).ends_with(".json")) {
    indexPath = path;
  } else {
    single = path;
  }
  auto ckpt = std::unique_ptr<Checkpoint>(new Checkpoint());
  auto add = [&](const std::string &file) -> const File * {
    for (auto &f : ckpt->files)
      if (f->path() == file)
        return f.get();
    auto f = File::open(file, error);
    if (!f)
      return nullptr;
    ckpt->files.push_back(std::move(f));
    return ckpt->files.back().get();
  };
  if (!single.empty()) {
    const File *f = add(single);
    if (!f)
      return nullptr;
    for (const auto &[name, info] : f->tensors())
      ckpt->owner[name] = f;
    return ckpt;
  }
  auto buffer = llvm::MemoryBuffer::getFile(indexPath);
  if (!buffer) {
    error = indexPath + ": cannot open";
    return nullptr;
  }
  auto json = llvm::json::parse((*buffer)->getBuffer());
  if (!json) {
    error =
        indexPath + ": malformed index: " + llvm::toString(json.takeError());
    return nullptr;
  }
  const llvm::json::Object *map =
      json->getAsObject() ? json->getAsObject()->getObject("weight_map")
                          : nullptr;
  if (!map) {
    error = indexPath + ": index has no weight_map";
    return nullptr;
  }
  std::string dir = fs::path(indexPath).parent_path().string();
  for (const auto &[key, value] : *map) {
    auto shard = value.getAsString();
    if (!shard) {
      error = indexPath + ": weight_map entry '" + key.str() +
              "' is not a file name";
      return nullptr;
    }
    const File *f = add((fs::path(dir) / shard->str()).string());
    if (!f)
      return nullptr;
    if (!f->tensors().count(key.str())) {
      error = f->path() + ": no tensor '" + key.str() +
              "' (the index places it there)";
      return nullptr;
    }
    ckpt->owner[key.str()] = f;
  }
  return ckpt;
}

const TensorInfo *Checkpoint::find(const std::string &name) const {
  auto it = owner.find(name);
  return it == owner.end() ? nullptr : &it->second->tensors().at(name);
}

bool Checkpoint::read(const std::string &name, DType dtype,
                      const std::vector<int64_t> &shape,
                      std::vector<uint8_t> &bytes, std::string &error) const {
  const TensorInfo *info = find(name);
  if (!info) {
    error = "checkpoint has no tensor '" + name + "'";
    return false;
  }
  if (info->dtype != dtype) {
    error = "tensor '" + name + "' is " + toString(info->dtype) +
            ", expected " + toString(dtype);
    return false;
  }
  bool match = info->shape.size() == shape.size();
  for (size_t i = 0; match && i < shape.size(); ++i)
    match = shape[i] < 0 || shape[i] == info->shape[i];
  if (!match) {
    error = "tensor '" + name + "' has shape " + shapeText(info->shape) +
            ", expected " + shapeText(shape);
    return false;
  }
  return owner.at(name)->read(name, bytes, error);
}

bool write(const std::string &path, const std::vector<Tensor> &tensors,
           std::string &error) {
  llvm::json::Object header;
  uint64_t offset = 0;
  for (const Tensor &t : tensors) {
    llvm::json::Array shape;
    for (int64_t d : t.shape)
      shape.push_back(d);
    header[t.name] = llvm::json::Object{
        {"dtype", toString(t.dtype)},
        {"shape", std::move(shape)},
        {"data_offsets",
         llvm::json::Array{int64_t(offset), int64_t(offset + t.bytes.size())}}};
    offset += t.bytes.size();
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::json::Value(std::move(header));
  os.flush();
  text.append((8 - text.size() % 8) % 8, ' '); // data 8-byte aligned
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = path + ": cannot open for writing";
    return false;
  }
  uint64_t n = text.size();
  for (int i = 0; i < 8; ++i)
    out.put(char(n >> (8 * i)));
  out.write(text.data(), std::streamsize(text.size()));
  for (const Tensor &t : tensors)
    out.write(reinterpret_cast<const char *>(t.bytes.data()),
              std::streamsize(t.bytes.size()));
  if (!out) {
    error = path + ": write failed";
    return false;
  }
  return true;
}

} // namespace mxmoe::st
