//===- EmuBackend.cpp - layers run in the emulator ------------------------===//
//
// Buffers are host vectors handed to the emulator in place; each launch is
// one emu::Module::launch whose findings fail the launch.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Runtime/Backend.h"

#include "llvm/Support/FormatVariadic.h"

#include <map>
#include <sstream>

namespace mxmoe::rt {
namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

class EmuBackend final : public Backend {
public:
  explicit EmuBackend(const EmuBackendOptions &options) : options(options) {}

  BackendKind kind() const override { return BackendKind::Emu; }

  llvm::Error loadModule(llvm::StringRef name, llvm::StringRef llvmIR,
                         llvm::StringRef) override {
    if (llvmIR.empty())
      return fail(name + ": no LLVM IR for the emulator");
    std::string error;
    auto module = emu::Module::loadFromString(llvmIR.str(), error);
    if (!module)
      return fail(name + ": " + error);
    modules[name.str()] = std::move(module);
    return llvm::Error::success();
  }

  llvm::Expected<BufferId> allocate(llvm::StringRef name,
                                    uint64_t bytes) override {
    emu::Buffer b;
    b.name = name.str();
    try {
      b.bytes.resize(bytes);
    } catch (const std::bad_alloc &) {
      return fail(
          llvm::formatv("{0}: cannot allocate {1} bytes", name, bytes).str());
    }
    BufferId id = nextId++;
    buffers.emplace(id, std::move(b));
    return id;
  }

  llvm::Expected<BufferId> wrap(llvm::StringRef name, void *,
                                uint64_t) override {
    return fail(name + ": the emulator runs on host buffers it owns; copy "
                       "the data in instead of passing a device pointer");
  }

  uint64_t size(BufferId id) const override {
    auto it = buffers.find(id);
    return it == buffers.end() ? 0 : it->second.bytes.size();
  }

  llvm::Error write(BufferId id, uint64_t offset,
                    llvm::ArrayRef<uint8_t> bytes) override {
    auto b = lookup(id, offset, bytes.size());
    if (!b)
      return b.takeError();
    std::copy(bytes.begin(), bytes.end(), (*b)->bytes.begin() + offset);
    return llvm::Error::success();
  }

  llvm::Error fill(BufferId id, uint8_t byte) override {
    auto b = lookup(id, 0, 0);
    if (!b)
      return b.takeError();
    std::fill((*b)->bytes.begin(), (*b)->bytes.end(), byte);
    return llvm::Error::success();
  }

  llvm::Error read(BufferId id, uint64_t offset,
                   llvm::MutableArrayRef<uint8_t> bytes) override {
    auto b = lookup(id, offset, bytes.size());
    if (!b)
      return b.takeError();
    std::copy_n((*b)->bytes.begin() + offset, bytes.size(), bytes.begin());
    return llvm::Error::success();
  }

  void release(BufferId id) override { buffers.erase(id); }

  llvm::Expected<LaunchResult> launch(const KernelLaunch &l) override {
    auto m = modules.find(l.module);
    if (m == modules.end())
      return fail(l.kernel + ": module " + l.module + " is not loaded");
    // The emulator takes buffers by index: gather the launch's own, in
    // order of first use, and hand them back afterwards.
    std::vector<emu::Buffer> launchBuffers;
    std::vector<BufferId> ids;
    std::vector<emu::KernelArg> args;
    for (const LaunchArg &a : l.args) {
      switch (a.kind) {
      case LaunchArg::Kind::I32:
        args.push_back(emu::KernelArg::i32(int32_t(a.bits)));
        break;
      case LaunchArg::Kind::I64:
        args.push_back(emu::KernelArg::i64(int64_t(a.bits)));
        break;
      case LaunchArg::Kind::Buffer: {
        auto it = std::find(ids.begin(), ids.end(), a.buffer);
        if (it == ids.end()) {
          auto b = buffers.find(a.buffer);
          if (b == buffers.end())
            return fail(l.kernel + ": argument names no live buffer");
          ids.push_back(a.buffer);
          launchBuffers.push_back(std::move(b->second));
          it = ids.end() - 1;
        }
        args.push_back(emu::KernelArg::buf(int(it - ids.begin())));
        break;
      }
      }
    }
    emu::LaunchConfig config;
    config.grid = l.grid;
    config.block = l.block;
    config.threads = options.threads;
    config.deterministic = options.deterministic;
    emu::Report report;
    std::string error;
    bool started =
        m->second->launch(l.kernel, config, args, launchBuffers, report, error);
    for (size_t i = 0; i < ids.size(); ++i)
      buffers[ids[i]] = std::move(launchBuffers[i]);
    if (!started)
      return fail(l.kernel + ": " + error);
    LaunchResult result;
    result.seconds = report.counters.seconds;
    const emu::Counters &c = report.counters;
    uint64_t read = 0, written = 0, mfma = 0;
    for (uint64_t v : c.globalBytesRead)
      read += v;
    for (uint64_t v : c.globalBytesWritten)
      written += v;
    for (const auto &[name, n] : c.mfma)
      mfma += n;
    result.counters =
        llvm::formatv("read {0} B, written {1} B, {2} MFMA, {3}/{4} "
                      "workgroups wrote, {5} lane instructions",
                      read, written, mfma, c.workgroupsWithOutput,
                      c.workgroupsLaunched, c.laneInstructions)
            .str();
    for (size_t i = 0; i < ids.size(); ++i)
      result.bytesRead[ids[i]] = c.globalBytesRead[i];
    result.workgroupsLaunched = c.workgroupsLaunched;
    result.workgroupsWithOutput = c.workgroupsWithOutput;
    if (!report.ok()) {
      std::ostringstream os;
      report.print(os, {});
      result.findings = os.str();
    }
    return result;
  }

private:
  llvm::Expected<emu::Buffer *> lookup(BufferId id, uint64_t offset,
                                       uint64_t bytes) {
    auto it = buffers.find(id);
    if (it == buffers.end())
      return fail("no live buffer with that id");
    if (offset > it->second.bytes.size() ||
        bytes > it->second.bytes.size() - offset)
      return fail(llvm::formatv("{0}: {1} bytes at {2} outside its {3} bytes",
                                it->second.name, bytes, offset,
                                it->second.bytes.size())
                      .str());
    return &it->second;
  }

  EmuBackendOptions options;
  std::map<std::string, std::unique_ptr<emu::Module>, std::less<>> modules;
  std::map<BufferId, emu::Buffer> buffers;
  BufferId nextId = 1;
};

} // namespace

std::unique_ptr<Backend> createEmuBackend(const EmuBackendOptions &options) {
  return std::make_unique<EmuBackend>(options);
}

} // namespace mxmoe::rt
