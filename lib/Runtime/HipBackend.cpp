//===- HipBackend.cpp - layers run on an AMD GPU through HIP --------------===//
//
// The HIP runtime is dlopen'ed, never linked: the library and the tools
// build and run where ROCm is absent, and only a HIP launch needs it. The
// HIP C API headers (Debian's libamdhip64-dev) give the types and the
// functions' signatures; every function comes from dlsym.
//
// Kernel arguments are packed from each code object's own metadata
// (CodeObject.h) and passed through hipModuleLaunchKernel's `extra`. With
// `extra`, ROCm's runtime (ROCm/clr) copies each *explicit* argument from
// the buffer at the offset its own reading of the metadata gives
// (hipamd/src/hip_module.cpp, ihipLaunchKernelCommand: one
// parameters().set per signature().numParameters(), from kernargs +
// desc.offset_) and writes the hidden_* arguments itself when it builds
// the dispatch (rocclr/device/rocm/rocvirtual.cpp, "Check if runtime has to
// setup hidden arguments": the loop from numParameters() to
// numParametersAll()). So the buffer carries the explicit arguments and
// zeroed hidden ones, and its size is the whole kernarg segment
// (.kernarg_segment_size): the direct path does not read the size, graph
// capture (hip_graph_internal.hpp) copies that many bytes from the buffer.
//
//===----------------------------------------------------------------------===//

#define __HIP_PLATFORM_AMD__ 1
#include <hip/hip_runtime_api.h>

#include "mxmoe/Runtime/Backend.h"
#include "mxmoe/Runtime/CodeObject.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"

#include <dlfcn.h>
#include <map>

namespace mxmoe::rt {
namespace {

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The HIP functions the backend calls, resolved from the runtime library.
struct HipApi {
  decltype(&::hipInit) init = nullptr;
  decltype(&::hipGetDeviceCount) getDeviceCount = nullptr;
  decltype(&::hipSetDevice) setDevice = nullptr;
  decltype(&::hipDeviceSynchronize) deviceSynchronize = nullptr;
  decltype(&::hipGetErrorString) getErrorString = nullptr;
  decltype(&::hipModuleLoadData) moduleLoadData = nullptr;
  decltype(&::hipModuleGetFunction) moduleGetFunction = nullptr;
  decltype(&::hipModuleLaunchKernel) moduleLaunchKernel = nullptr;
  decltype(&::hipModuleUnload) moduleUnload = nullptr;
  // hipMalloc also has a template overload in C++.
  hipError_t (*malloc)(void **, size_t) = nullptr;
  decltype(&::hipFree) free = nullptr;
  decltype(&::hipMemcpy) memcpy = nullptr;
  decltype(&::hipMemset) memset = nullptr;
  decltype(&::hipStreamCreate) streamCreate = nullptr;
  decltype(&::hipStreamDestroy) streamDestroy = nullptr;
  decltype(&::hipEventCreate) eventCreate = nullptr;
  decltype(&::hipEventDestroy) eventDestroy = nullptr;
  decltype(&::hipEventRecord) eventRecord = nullptr;
  decltype(&::hipEventSynchronize) eventSynchronize = nullptr;
  decltype(&::hipEventElapsedTime) eventElapsedTime = nullptr;

  /// "what failed: hipErrorX (N)" for a failed call.
  std::string describe(llvm::StringRef what, hipError_t status) const {
    return llvm::formatv("hip: {0} failed: {1} ({2})", what,
                         getErrorString(status), int(status))
        .str();
  }
};

/// dlopen's the first of `libraries` that loads and resolves every
/// function. The handle is never closed: the HIP runtime keeps threads and
/// exit handlers that must outlive any of our objects.
llvm::Expected<HipApi> loadHipApi(llvm::ArrayRef<std::string> libraries) {
  std::string tried;
  void *handle = nullptr;
  std::string loaded;
  for (const std::string &library : libraries) {
    handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle) {
      loaded = library;
      break;
    }
    const char *why = dlerror();
    tried += (tried.empty() ? "" : "; ") + std::string(why ? why : library);
  }
  if (!handle)
    return fail("hip: libamdhip64.so not found (no ROCm runtime): " + tried);
  HipApi api;
  std::string missing;
  auto resolve = [&](auto &function, const char *symbol) {
    void *address = dlsym(handle, symbol);
    if (!address)
      missing += (missing.empty() ? "" : ", ") + std::string(symbol);
    function =
        reinterpret_cast<std::remove_reference_t<decltype(function)>>(address);
  };
  resolve(api.init, "hipInit");
  resolve(api.getDeviceCount, "hipGetDeviceCount");
  resolve(api.setDevice, "hipSetDevice");
  resolve(api.deviceSynchronize, "hipDeviceSynchronize");
  resolve(api.getErrorString, "hipGetErrorString");
  resolve(api.moduleLoadData, "hipModuleLoadData");
  resolve(api.moduleGetFunction, "hipModuleGetFunction");
  resolve(api.moduleLaunchKernel, "hipModuleLaunchKernel");
  resolve(api.moduleUnload, "hipModuleUnload");
  resolve(api.malloc, "hipMalloc");
  resolve(api.free, "hipFree");
  resolve(api.memcpy, "hipMemcpy");
  resolve(api.memset, "hipMemset");
  resolve(api.streamCreate, "hipStreamCreate");
  resolve(api.streamDestroy, "hipStreamDestroy");
  resolve(api.eventCreate, "hipEventCreate");
  resolve(api.eventDestroy, "hipEventDestroy");
  resolve(api.eventRecord, "hipEventRecord");
  resolve(api.eventSynchronize, "hipEventSynchronize");
  resolve(api.eventElapsedTime, "hipEventElapsedTime");
  if (!missing.empty())
    return fail("hip: " + loaded + " lacks " + missing +
                " (not a HIP runtime?)");
  return api;
}

class HipBackend final : public Backend {
public:
  HipBackend(HipApi api, hipStream_t stream, hipEvent_t start, hipEvent_t stop)
      : api(api), stream(stream), start(start), stop(stop) {}

  // Teardown and the cleanup after a failure have no one to report to:
  // their statuses are dropped ((void)).
  ~HipBackend() override {
    (void)api.deviceSynchronize();
    for (auto &[id, buffer] : buffers)
      if (buffer.owned)
        (void)api.free(buffer.pointer);
    for (auto &entry : modules)
      (void)api.moduleUnload(entry.second.module);
    (void)api.eventDestroy(start);
    (void)api.eventDestroy(stop);
    (void)api.streamDestroy(stream);
  }

  BackendKind kind() const override { return BackendKind::Hip; }

  llvm::Error loadModule(llvm::StringRef name, llvm::StringRef,
                         llvm::StringRef codeObject) override {
    if (codeObject.empty())
      return fail(name + ": no code object for the HIP backend");
    if (modules.count(name.str()))
      return fail(name + ": module already loaded");
    llvm::Expected<std::vector<CodeObjectKernel>> kernels =
        readCodeObjectKernels(codeObject);
    if (!kernels)
      return fail(name + ": " + llvm::toString(kernels.takeError()));
    LoadedModule loaded;
    // The runtime may read the image after the call returns; keep it.
    loaded.image = codeObject.str();
    if (hipError_t s = api.moduleLoadData(&loaded.module, loaded.image.data()))
      return fail(name + ": " + api.describe("hipModuleLoadData", s));
    for (CodeObjectKernel &kernel : *kernels) {
      LoadedKernel entry;
      if (hipError_t s = api.moduleGetFunction(&entry.function, loaded.module,
                                               kernel.name.c_str())) {
        (void)api.moduleUnload(loaded.module);
        return fail(name + ": " +
                    api.describe("hipModuleGetFunction " + kernel.name, s));
      }
      std::string kernelName = kernel.name;
      entry.metadata = std::move(kernel);
      loaded.kernels[kernelName] = std::move(entry);
    }
    modules[name.str()] = std::move(loaded);
    return llvm::Error::success();
  }

  llvm::Expected<BufferId> allocate(llvm::StringRef name,
                                    uint64_t bytes) override {
    void *pointer = nullptr;
    // hipMalloc(0) gives no pointer; a buffer always has an address.
    if (hipError_t s = api.malloc(&pointer, std::max<uint64_t>(bytes, 1)))
      return fail(name + ": " +
                  api.describe(
                      llvm::formatv("hipMalloc of {0} bytes", bytes).str(), s));
    return add(name, pointer, bytes, /*owned=*/true);
  }

  llvm::Expected<BufferId> wrap(llvm::StringRef name, void *pointer,
                                uint64_t bytes) override {
    if (!pointer)
      return fail(name + ": a null device pointer");
    return add(name, pointer, bytes, /*owned=*/false);
  }

  uint64_t size(BufferId id) const override {
    auto it = buffers.find(id);
    return it == buffers.end() ? 0 : it->second.bytes;
  }

  llvm::Error write(BufferId id, uint64_t offset,
                    llvm::ArrayRef<uint8_t> bytes) override {
    auto b = lookup(id, offset, bytes.size());
    if (!b)
      return b.takeError();
    if (bytes.empty())
      return llvm::Error::success();
    if (hipError_t s =
            api.memcpy(static_cast<char *>((*b)->pointer) + offset,
                       bytes.data(), bytes.size(), hipMemcpyHostToDevice))
      return fail((*b)->name + ": " + api.describe("hipMemcpy to device", s));
    return llvm::Error::success();
  }

  llvm::Error fill(BufferId id, uint8_t byte) override {
    auto b = lookup(id, 0, 0);
    if (!b)
      return b.takeError();
    if ((*b)->bytes == 0)
      return llvm::Error::success();
    if (hipError_t s = api.memset((*b)->pointer, byte, (*b)->bytes))
      return fail((*b)->name + ": " + api.describe("hipMemset", s));
    return llvm::Error::success();
  }

  llvm::Error read(BufferId id, uint64_t offset,
                   llvm::MutableArrayRef<uint8_t> bytes) override {
    auto b = lookup(id, offset, bytes.size());
    if (!b)
      return b.takeError();
    if (bytes.empty())
      return llvm::Error::success();
    if (hipError_t s = api.memcpy(bytes.data(),
                                  static_cast<char *>((*b)->pointer) + offset,
                                  bytes.size(), hipMemcpyDeviceToHost))
      return fail((*b)->name + ": " + api.describe("hipMemcpy to host", s));
    return llvm::Error::success();
  }

  void release(BufferId id) override {
    auto it = buffers.find(id);
    if (it == buffers.end())
      return;
    if (it->second.owned)
      (void)api.free(it->second.pointer);
    buffers.erase(it);
  }

  llvm::Expected<LaunchResult> launch(const KernelLaunch &l) override {
    auto m = modules.find(l.module);
    if (m == modules.end())
      return fail(l.kernel + ": module " + l.module + " is not loaded");
    auto k = m->second.kernels.find(l.kernel);
    if (k == m->second.kernels.end())
      return fail(l.kernel + ": not a kernel of " + l.module);
    const CodeObjectKernel &metadata = k->second.metadata;
    uint64_t lanes = uint64_t(l.block[0]) * l.block[1] * l.block[2];
    if (lanes == 0 || lanes > metadata.maxFlatWorkgroupSize)
      return fail(llvm::formatv("{0}: a block of {1} lanes, the code object "
                                "allows 1..{2}",
                                l.kernel, lanes, metadata.maxFlatWorkgroupSize)
                      .str());
    if (l.grid[0] == 0 || l.grid[1] == 0 || l.grid[2] == 0)
      return fail(l.kernel + ": an empty grid");
    std::vector<KernargValue> values;
    values.reserve(l.args.size());
    for (const LaunchArg &a : l.args) {
      KernargValue v;
      if (a.kind == LaunchArg::Kind::Buffer) {
        auto b = buffers.find(a.buffer);
        if (b == buffers.end())
          return fail(l.kernel + ": argument names no live buffer");
        v.pointer = true;
        v.bytes = 8;
        v.bits = reinterpret_cast<uintptr_t>(b->second.pointer);
      } else {
        v.bytes = a.bytes();
        v.bits = a.bits;
      }
      values.push_back(v);
    }
    llvm::Expected<std::vector<uint8_t>> kernargs =
        packKernargs(metadata, values);
    if (!kernargs)
      return kernargs.takeError();
    size_t kernargBytes = kernargs->size();
    void *extra[] = {HIP_LAUNCH_PARAM_BUFFER_POINTER, kernargs->data(),
                     HIP_LAUNCH_PARAM_BUFFER_SIZE, &kernargBytes,
                     HIP_LAUNCH_PARAM_END};
    if (hipError_t s = api.eventRecord(start, stream))
      return fail(l.kernel + ": " + api.describe("hipEventRecord", s));
    // Grid in workgroups (hipModuleLaunchKernel multiplies by the block);
    // the kernel's LDS is static, in its descriptor: no dynamic LDS.
    if (hipError_t s = api.moduleLaunchKernel(
            k->second.function, l.grid[0], l.grid[1], l.grid[2], l.block[0],
            l.block[1], l.block[2], /*sharedMemBytes=*/0, stream,
            /*kernelParams=*/nullptr, extra))
      return fail(l.kernel + ": " + api.describe("hipModuleLaunchKernel", s));
    if (hipError_t s = api.eventRecord(stop, stream))
      return fail(l.kernel + ": " + api.describe("hipEventRecord", s));
    if (hipError_t s = api.eventSynchronize(stop))
      return fail(l.kernel + ": " +
                  api.describe("the kernel (hipEventSynchronize)", s));
    float milliseconds = 0;
    if (hipError_t s = api.eventElapsedTime(&milliseconds, start, stop))
      return fail(l.kernel + ": " + api.describe("hipEventElapsedTime", s));
    LaunchResult result;
    result.seconds = double(milliseconds) * 1e-3;
    return result;
  }

private:
  struct Buffer {
    std::string name;
    void *pointer = nullptr;
    uint64_t bytes = 0;
    bool owned = false;
  };
  struct LoadedKernel {
    hipFunction_t function = nullptr;
    CodeObjectKernel metadata;
  };
  struct LoadedModule {
    std::string image;
    hipModule_t module = nullptr;
    std::map<std::string, LoadedKernel, std::less<>> kernels;
  };

  BufferId add(llvm::StringRef name, void *pointer, uint64_t bytes,
               bool owned) {
    BufferId id = nextId++;
    buffers[id] = Buffer{name.str(), pointer, bytes, owned};
    return id;
  }

  llvm::Expected<Buffer *> lookup(BufferId id, uint64_t offset,
                                  uint64_t bytes) {
    auto it = buffers.find(id);
    if (it == buffers.end())
      return fail("no live buffer with that id");
    if (offset > it->second.bytes || bytes > it->second.bytes - offset)
      return fail(llvm::formatv("{0}: {1} bytes at {2} outside its {3} bytes",
                                it->second.name, bytes, offset,
                                it->second.bytes)
                      .str());
    return &it->second;
  }

  HipApi api;
  hipStream_t stream;
  hipEvent_t start, stop;
  std::map<std::string, LoadedModule, std::less<>> modules;
  std::map<BufferId, Buffer> buffers;
  BufferId nextId = 1;
};

} // namespace

llvm::Expected<std::unique_ptr<Backend>>
createHipBackend(int device, llvm::ArrayRef<std::string> libraries) {
  llvm::Expected<HipApi> loaded = loadHipApi(libraries);
  if (!loaded)
    return loaded.takeError();
  HipApi api = *loaded;
  hipError_t initStatus = api.init(0);
  int count = 0;
  hipError_t countStatus = api.getDeviceCount(&count);
  if (initStatus != hipSuccess || countStatus != hipSuccess || count <= 0)
    return fail(llvm::formatv("hip: no AMD GPU: hipGetDeviceCount returned "
                              "{0} ({1}), {2} devices; hipInit {3} ({4})",
                              api.getErrorString(countStatus), int(countStatus),
                              count, api.getErrorString(initStatus),
                              int(initStatus))
                    .str());
  if (device < 0 || device >= count)
    return fail(
        llvm::formatv("hip: no device {0}: {1} AMD GPUs", device, count).str());
  if (hipError_t s = api.setDevice(device))
    return fail(
        api.describe(llvm::formatv("hipSetDevice({0})", device).str(), s));
  hipStream_t stream = nullptr;
  if (hipError_t s = api.streamCreate(&stream))
    return fail(api.describe("hipStreamCreate", s));
  hipEvent_t start = nullptr, stop = nullptr;
  hipError_t s = api.eventCreate(&start);
  if (s == hipSuccess)
    s = api.eventCreate(&stop);
  if (s != hipSuccess) {
    if (start)
      (void)api.eventDestroy(start);
    (void)api.streamDestroy(stream);
    return fail(api.describe("hipEventCreate", s));
  }
  return std::make_unique<HipBackend>(api, stream, start, stop);
}

llvm::Expected<std::unique_ptr<Backend>> createHipBackend(int device) {
  static const std::string libraries[] = {"libamdhip64.so", "libamdhip64.so.6",
                                          "libamdhip64.so.5"};
  return createHipBackend(device, libraries);
}

} // namespace mxmoe::rt
