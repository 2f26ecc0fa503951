//===- Backend.h - where a layer's kernels run ------------------*- C++ -*-===//
//
// One interface over the machines a compiled layer runs on: the emulator
// (any host; it runs the LLVM IR handed to the backend and reports what it
// finds) and the HIP runtime (an AMD GPU; it runs the code objects). The
// runtime (Layer.h) allocates, fills and launches through it and never
// knows which one it has.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_RUNTIME_BACKEND_H
#define MXMOE_RUNTIME_BACKEND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::rt {

enum class BackendKind { Emu, Hip };
const char *stringify(BackendKind kind);
/// "emu" or "hip"; nullopt otherwise.
std::optional<BackendKind> parseBackendKind(llvm::StringRef name);

/// A buffer of device memory owned (or wrapped) by a backend.
using BufferId = uint32_t;

/// One kernel argument value, in the kernel's argument order
/// (mxmoe::kernelArguments): a buffer's base address or a scalar.
struct LaunchArg {
  enum class Kind { Buffer, I32, I64 };
  Kind kind = Kind::I32;
  BufferId buffer = 0;
  uint64_t bits = 0;
  static LaunchArg pointer(BufferId b) { return {Kind::Buffer, b, 0}; }
  static LaunchArg i32(int32_t v) { return {Kind::I32, 0, uint32_t(v)}; }
  static LaunchArg i64(int64_t v) { return {Kind::I64, 0, uint64_t(v)}; }
  /// Bytes the value takes in the kernel arguments.
  unsigned bytes() const { return kind == Kind::I32 ? 4 : 8; }
};

struct KernelLaunch {
  std::string module; // the code object's file name (the manifest's "file")
  std::string kernel;
  std::array<uint32_t, 3> grid = {1, 1, 1};  // workgroups
  std::array<uint32_t, 3> block = {1, 1, 1}; // lanes per workgroup
  std::vector<LaunchArg> args;
};

/// What one launch reports.
struct LaunchResult {
  /// hip: the kernel's time between two events on the stream; emu: the
  /// emulator's wall time.
  double seconds = 0;
  /// emu: the emulator's counters, one line; hip: empty.
  std::string counters;
  /// emu: global-memory bytes read per buffer of the launch; hip: empty.
  std::map<BufferId, uint64_t> bytesRead;
  /// emu: workgroups run, and those that wrote global memory (any store or
  /// atomic); hip: 0.
  uint64_t workgroupsLaunched = 0, workgroupsWithOutput = 0;
  /// emu: what the emulator found (out-of-bounds accesses, races, ...),
  /// one issue per line; empty when clean. A launch with findings fails.
  std::string findings;
};

class Backend {
public:
  virtual ~Backend();
  virtual BackendKind kind() const = 0;
  /// Makes the kernels of one code object launchable under `name`: the
  /// emulator reads `llvmIR`, HIP loads `codeObject`.
  virtual llvm::Error loadModule(llvm::StringRef name, llvm::StringRef llvmIR,
                                 llvm::StringRef codeObject) = 0;
  virtual llvm::Expected<BufferId> allocate(llvm::StringRef name,
                                            uint64_t bytes) = 0;
  /// A caller's device buffer, used in place (HIP only).
  virtual llvm::Expected<BufferId> wrap(llvm::StringRef name, void *pointer,
                                        uint64_t bytes) = 0;
  virtual uint64_t size(BufferId buffer) const = 0;
  virtual llvm::Error write(BufferId buffer, uint64_t offset,
                            llvm::ArrayRef<uint8_t> bytes) = 0;
  virtual llvm::Error fill(BufferId buffer, uint8_t byte) = 0;
  virtual llvm::Error read(BufferId buffer, uint64_t offset,
                           llvm::MutableArrayRef<uint8_t> bytes) = 0;
  virtual void release(BufferId buffer) = 0;
  /// Runs one kernel to completion.
  virtual llvm::Expected<LaunchResult> launch(const KernelLaunch &launch) = 0;
};

struct EmuBackendOptions {
  unsigned threads = 0;       // 0: one per core
  bool deterministic = false; // workgroups in order on one thread
};
std::unique_ptr<Backend> createEmuBackend(const EmuBackendOptions &options);

/// Loads the HIP runtime (libamdhip64.so) at run time and picks `device`.
/// Fails with one line when the runtime is absent or finds no AMD GPU.
llvm::Expected<std::unique_ptr<Backend>> createHipBackend(int device = 0);
/// The same, trying `libraries` (names for dlopen, or paths) in order
/// instead of libamdhip64.so, .so.6, .so.5: a ROCm outside the loader's
/// path, or a test that needs the runtime absent.
llvm::Expected<std::unique_ptr<Backend>>
createHipBackend(int device, llvm::ArrayRef<std::string> libraries);

} // namespace mxmoe::rt

#endif // MXMOE_RUNTIME_BACKEND_H
