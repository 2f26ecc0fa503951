//===- CodeObject.h - kernel metadata of an AMDGPU code object -*- C++ -*-===//
//
// What a code object says about its kernels (the AMDGPU metadata note,
// code object v5: .kernels with .args, .kernarg_segment_size, ...), and
// kernel-argument packing driven by it, so a launch never relies on a
// hand-kept table of offsets.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_RUNTIME_CODEOBJECT_H
#define MXMOE_RUNTIME_CODEOBJECT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mxmoe::rt {

/// One entry of a kernel's .args.
struct KernargField {
  std::string name;      // .name (may be empty)
  std::string valueKind; // .value_kind: global_buffer, by_value, hidden_*
  uint32_t offset = 0, size = 0;
  /// The alignment the field's offset must have (its size rounded up to a
  /// power of two, at most 8: .args carries no explicit alignment).
  uint32_t align = 1;
  bool isHidden() const {
    return llvm::StringRef(valueKind).starts_with("hidden_");
  }
};

struct CodeObjectKernel {
  std::string name;   // .name
  std::string symbol; // .symbol (the kernel descriptor, name.kd)
  uint32_t kernargSegmentSize = 0, kernargSegmentAlign = 0;
  uint32_t groupSegmentSize = 0, privateSegmentSize = 0;
  uint32_t wavefrontSize = 0, maxFlatWorkgroupSize = 0;
  uint32_t sgprCount = 0, vgprCount = 0;
  std::vector<KernargField> args;
  /// The explicit (not hidden) arguments, in order.
  std::vector<const KernargField *> explicitArgs() const;
};

/// Reads the kernels of an AMDGPU ELF code object. One-line errors: not an
/// ELF, no AMDGPU metadata note, malformed metadata.
llvm::Expected<std::vector<CodeObjectKernel>>
readCodeObjectKernels(llvm::StringRef codeObject);

/// One explicit argument value to pack: a pointer (8 bytes) or a scalar of
/// `bytes` bytes.
struct KernargValue {
  bool pointer = false;
  unsigned bytes = 0;
  uint64_t bits = 0;
};

/// The kernel-argument segment for `values`: each value at its field's
/// offset, the buffer kernargSegmentSize bytes long, hidden arguments left
/// zero (the HIP runtime fills them). Fails with one line naming the kernel
/// and the argument when the count, a size or a kind (pointer vs by_value)
/// disagrees with the metadata, or a field's offset breaks its alignment.
llvm::Expected<std::vector<uint8_t>>
packKernargs(const CodeObjectKernel &kernel,
             llvm::ArrayRef<KernargValue> values);

} // namespace mxmoe::rt

#endif // MXMOE_RUNTIME_CODEOBJECT_H
