//===- CodeObject.cpp - kernel metadata of an AMDGPU code object ----------===//
//
// The metadata is the msgpack descriptor of the NT_AMDGPU_METADATA note
// ("AMDGPU" owner) in the code object's SHT_NOTE sections (AMDGPUUsage,
// "Code Object V3+ Metadata"); LLVM's ELF and msgpack readers do the
// parsing.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Runtime/CodeObject.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/MsgPackDocument.h"
#include "llvm/BinaryFormat/MsgPackReader.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

#include <optional>

namespace mxmoe::rt {
namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// LLVM's messages may span lines; ours never do.
std::string oneLine(llvm::Error error) {
  std::string text = llvm::toString(std::move(error));
  for (char &c : text)
    if (c == '\n')
      c = ' ';
  return text;
}

/// The string at `key` of `map`, or nullopt when absent or not a string.
std::optional<std::string> stringAt(llvm::msgpack::MapDocNode &map,
                                    llvm::StringRef key) {
  auto it = map.find(key);
  if (it == map.end() || !it->second.isString())
    return std::nullopt;
  return it->second.getString().str();
}

/// The non-negative integer at `key` of `map` that fits 32 bits; msgpack
/// writers may encode it signed or unsigned.
std::optional<uint32_t> uintAt(llvm::msgpack::MapDocNode &map,
                               llvm::StringRef key) {
  auto it = map.find(key);
  if (it == map.end())
    return std::nullopt;
  llvm::msgpack::DocNode &node = it->second;
  uint64_t value;
  if (node.getKind() == llvm::msgpack::Type::UInt)
    value = node.getUInt();
  else if (node.getKind() == llvm::msgpack::Type::Int && node.getInt() >= 0)
    value = uint64_t(node.getInt());
  else
    return std::nullopt;
  if (value > UINT32_MAX)
    return std::nullopt;
  return uint32_t(value);
}

llvm::Expected<KernargField> readArg(llvm::msgpack::DocNode &node,
                                     const std::string &kernel, size_t index) {
  auto where = [&] {
    return llvm::formatv("code object: kernel {0}: .args[{1}]", kernel, index)
        .str();
  };
  if (!node.isMap())
    return fail(where() + " is not a map");
  llvm::msgpack::MapDocNode &map = node.getMap();
  KernargField field;
  field.name = stringAt(map, ".name").value_or("");
  std::optional<std::string> kind = stringAt(map, ".value_kind");
  std::optional<uint32_t> offset = uintAt(map, ".offset");
  std::optional<uint32_t> size = uintAt(map, ".size");
  if (!kind || !offset || !size)
    return fail(where() + " lacks .value_kind, .offset or .size");
  field.valueKind = *kind;
  field.offset = *offset;
  field.size = *size;
  field.align = uint32_t(std::min<uint64_t>(
      8, llvm::PowerOf2Ceil(std::max<uint32_t>(field.size, 1))));
  return field;
}

llvm::Expected<CodeObjectKernel> readKernel(llvm::msgpack::DocNode &node,
                                            size_t index) {
  if (!node.isMap())
    return fail(
        llvm::formatv("code object: amdhsa.kernels[{0}] is not a map", index)
            .str());
  llvm::msgpack::MapDocNode &map = node.getMap();
  CodeObjectKernel kernel;
  std::optional<std::string> name = stringAt(map, ".name");
  if (!name)
    return fail(
        llvm::formatv("code object: amdhsa.kernels[{0}] has no .name", index)
            .str());
  kernel.name = *name;
  kernel.symbol = stringAt(map, ".symbol").value_or("");
  struct Required {
    const char *key;
    uint32_t *into;
  };
  for (auto [key, into] :
       {Required{".kernarg_segment_size", &kernel.kernargSegmentSize},
        Required{".kernarg_segment_align", &kernel.kernargSegmentAlign},
        Required{".group_segment_fixed_size", &kernel.groupSegmentSize},
        Required{".private_segment_fixed_size", &kernel.privateSegmentSize},
        Required{".wavefront_size", &kernel.wavefrontSize},
        Required{".max_flat_workgroup_size", &kernel.maxFlatWorkgroupSize},
        Required{".sgpr_count", &kernel.sgprCount},
        Required{".vgpr_count", &kernel.vgprCount}}) {
    std::optional<uint32_t> value = uintAt(map, key);
    if (!value)
      return fail("code object: kernel " + kernel.name + " lacks " + key);
    *into = *value;
  }
  if (!llvm::isPowerOf2_32(kernel.kernargSegmentAlign))
    return fail(llvm::formatv("code object: kernel {0}: "
                              ".kernarg_segment_align {1} is not a power of 2",
                              kernel.name, kernel.kernargSegmentAlign)
                    .str());
  auto args = map.find(".args");
  if (args != map.end()) { // a kernel without arguments may omit .args
    if (!args->second.isArray())
      return fail("code object: kernel " + kernel.name +
                  ": .args is not an array");
    size_t i = 0;
    for (llvm::msgpack::DocNode &arg : args->second.getArray()) {
      llvm::Expected<KernargField> field = readArg(arg, kernel.name, i++);
      if (!field)
        return field.takeError();
      kernel.args.push_back(std::move(*field));
    }
  }
  return kernel;
}

/// Checks one msgpack object (and what it holds) with the streaming reader.
/// msgpack::Document stops the process (llvm_unreachable) on a map key that
/// is a map or an array, so a broken note must be refused before it gets
/// there; AMDGPU metadata keys are all strings.
llvm::Error checkMsgPack(llvm::msgpack::Reader &reader, bool isKey,
                         unsigned depth) {
  auto broken = [](const llvm::Twine &why) {
    return fail("code object: the AMDGPU metadata is not valid msgpack: " +
                why);
  };
  llvm::msgpack::Object object;
  llvm::Expected<bool> read = reader.read(object);
  if (!read)
    return broken(oneLine(read.takeError()));
  if (!*read)
    return broken("truncated");
  if (isKey && object.Kind != llvm::msgpack::Type::String)
    return broken("a map key that is not a string");
  if (object.Kind == llvm::msgpack::Type::Extension)
    return broken("an extension object");
  bool isMap = object.Kind == llvm::msgpack::Type::Map;
  if (!isMap && object.Kind != llvm::msgpack::Type::Array)
    return llvm::Error::success();
  if (depth >= 16) // the metadata nests 4 deep
    return broken("nested more than 16 deep");
  for (size_t i = 0; i < object.Length; ++i) {
    if (isMap)
      if (llvm::Error error = checkMsgPack(reader, /*isKey=*/true, depth + 1))
        return error;
    if (llvm::Error error = checkMsgPack(reader, /*isKey=*/false, depth + 1))
      return error;
  }
  return llvm::Error::success();
}

llvm::Expected<std::vector<CodeObjectKernel>>
readMetadata(llvm::StringRef blob) {
  llvm::msgpack::Reader reader(blob);
  if (llvm::Error error = checkMsgPack(reader, /*isKey=*/false, 0))
    return std::move(error);
  llvm::msgpack::Document document;
  if (!document.readFromBlob(blob, /*Multi=*/false))
    return fail("code object: the AMDGPU metadata is not valid msgpack");
  llvm::msgpack::DocNode &root = document.getRoot();
  if (!root.isMap())
    return fail("code object: the AMDGPU metadata is not a map");
  auto kernels = root.getMap().find("amdhsa.kernels");
  if (kernels == root.getMap().end() || !kernels->second.isArray())
    return fail("code object: the AMDGPU metadata has no amdhsa.kernels");
  std::vector<CodeObjectKernel> result;
  size_t i = 0;
  for (llvm::msgpack::DocNode &node : kernels->second.getArray()) {
    llvm::Expected<CodeObjectKernel> kernel = readKernel(node, i++);
    if (!kernel)
      return kernel.takeError();
    result.push_back(std::move(*kernel));
  }
  return result;
}

/// `result`, its error made one line: names read from a broken code
/// object may hold line breaks.
template <typename T> llvm::Expected<T> inOneLine(llvm::Expected<T> result) {
  if (result)
    return result;
  return fail(oneLine(result.takeError()));
}

llvm::Expected<std::vector<CodeObjectKernel>>
readKernels(llvm::StringRef codeObject) {
  using namespace llvm::object;
  if (!codeObject.starts_with("\x7f"
                              "ELF"))
    return fail("code object: not an ELF file");
  llvm::Expected<ELF64LEFile> file = ELF64LEFile::create(codeObject);
  if (!file)
    return fail("code object: " + oneLine(file.takeError()));
  if (file->getHeader().e_ident[llvm::ELF::EI_CLASS] != llvm::ELF::ELFCLASS64 ||
      file->getHeader().e_ident[llvm::ELF::EI_DATA] != llvm::ELF::ELFDATA2LSB)
    return fail("code object: not a 64-bit little-endian ELF file");
  if (file->getHeader().e_machine != llvm::ELF::EM_AMDGPU)
    return fail(llvm::formatv("code object: ELF machine {0}, not AMDGPU ({1})",
                              uint16_t(file->getHeader().e_machine),
                              unsigned(llvm::ELF::EM_AMDGPU))
                    .str());
  llvm::Expected<ELF64LEFile::Elf_Shdr_Range> sections = file->sections();
  if (!sections)
    return fail("code object: " + oneLine(sections.takeError()));
  for (const ELF64LEFile::Elf_Shdr &section : *sections) {
    if (section.sh_type != llvm::ELF::SHT_NOTE)
      continue;
    llvm::Error error = llvm::Error::success();
    for (const ELF64LEFile::Elf_Note &note : file->notes(section, error)) {
      if (note.getName() != "AMDGPU" ||
          note.getType() != llvm::ELF::NT_AMDGPU_METADATA)
        continue;
      // Consume the iteration's error before returning from inside it.
      llvm::consumeError(std::move(error));
      // The alignment the note iterator used (0 and 1 read as 4).
      return readMetadata(
          note.getDescAsStringRef(std::max<size_t>(section.sh_addralign, 4)));
    }
    if (error)
      return fail("code object: " + oneLine(std::move(error)));
  }
  return fail("code object: no AMDGPU metadata note (NT_AMDGPU_METADATA)");
}

llvm::Expected<std::vector<uint8_t>> pack(const CodeObjectKernel &kernel,
                                          llvm::ArrayRef<KernargValue> values) {
  std::vector<const KernargField *> fields = kernel.explicitArgs();
  if (fields.size() != values.size())
    return fail(llvm::formatv("kernel {0}: {1} argument values for {2} "
                              "explicit arguments in its code object",
                              kernel.name, values.size(), fields.size())
                    .str());
  std::vector<uint8_t> segment(kernel.kernargSegmentSize, 0);
  for (size_t i = 0; i < fields.size(); ++i) {
    const KernargField &field = *fields[i];
    const KernargValue &value = values[i];
    auto where = [&] {
      return llvm::formatv("kernel {0}: argument {1}{2}{3}", kernel.name, i,
                           field.name.empty() ? "" : " ", field.name)
          .str();
    };
    bool wantsPointer = field.valueKind == "global_buffer";
    if (!wantsPointer && field.valueKind != "by_value")
      return fail(where() + ": value kind " + field.valueKind +
                  " cannot be packed (global_buffer or by_value expected)");
    if (value.pointer != wantsPointer)
      return fail(where() + ": a " + (value.pointer ? "pointer" : "scalar") +
                  " given where the code object expects " + field.valueKind);
    unsigned bytes = value.pointer ? 8 : value.bytes;
    if (bytes == 0 || bytes > 8)
      return fail(llvm::formatv("{0}: a {1}-byte value cannot be packed",
                                where(), bytes)
                      .str());
    if (bytes != field.size)
      return fail(
          llvm::formatv("{0}: {1} bytes given, the code object says {2}",
                        where(), bytes, field.size)
              .str());
    if (field.offset % field.align != 0)
      return fail(llvm::formatv("{0}: offset {1} breaks its {2}-byte alignment",
                                where(), field.offset, field.align)
                      .str());
    if (uint64_t(field.offset) + field.size > segment.size())
      return fail(llvm::formatv("{0}: bytes {1}..{2} outside the {3}-byte "
                                "kernarg segment",
                                where(), field.offset,
                                uint64_t(field.offset) + field.size,
                                segment.size())
                      .str());
    // Kernel arguments are little-endian whatever the host.
    uint8_t little[8];
    llvm::support::endian::write64le(little, value.bits);
    std::copy_n(little, bytes, segment.begin() + field.offset);
  }
  return segment;
}

} // namespace

std::vector<const KernargField *> CodeObjectKernel::explicitArgs() const {
  std::vector<const KernargField *> result;
  for (const KernargField &field : args)
    if (!field.isHidden())
      result.push_back(&field);
  return result;
}

llvm::Expected<std::vector<CodeObjectKernel>>
readCodeObjectKernels(llvm::StringRef codeObject) {
  return inOneLine(readKernels(codeObject));
}

llvm::Expected<std::vector<uint8_t>>
packKernargs(const CodeObjectKernel &kernel,
             llvm::ArrayRef<KernargValue> values) {
  return inOneLine(pack(kernel, values));
}

} // namespace mxmoe::rt
