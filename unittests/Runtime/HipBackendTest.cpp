//===- HipBackendTest.cpp - the HIP backend without an AMD GPU ------------===//
//
// Without the runtime or a GPU, createHipBackend fails in one line. With a
// host stand-in for libamdhip64.so (FakeHipRuntime.cpp) the backend's whole
// launch path runs: the kernarg buffer hipModuleLaunchKernel receives
// through `extra` holds each argument at the offset the code object's
// metadata gives.
//
//===----------------------------------------------------------------------===//

#include "FakeHipRuntime.h"

#include "mxmoe/Compiler/Layer.h"
#include "mxmoe/Runtime/Backend.h"
#include "mxmoe/Runtime/CodeObject.h"

#include "../TestSeed.h"

#include "mlir/IR/Diagnostics.h"

#include <gtest/gtest.h>

#include <cstring>
#include <dlfcn.h>
#include <random>

using namespace mxmoe;
using namespace mxmoe::rt;

namespace {

bool isOneLine(const std::string &message) {
  return !message.empty() && message.find('\n') == std::string::npos;
}

std::string failureOf(llvm::Expected<std::unique_ptr<Backend>> backend) {
  if (backend)
    return "";
  return llvm::toString(backend.takeError());
}

TEST(HipBackend, NoRuntimeIsOneLine) {
  std::string message =
      failureOf(createHipBackend(0, {std::string("libamdhip64-absent.so.99")}));
  EXPECT_TRUE(isOneLine(message)) << message;
  EXPECT_EQ(message.rfind("hip: libamdhip64.so not found (no ROCm runtime): "
                          "libamdhip64-absent.so.99",
                          0),
            0u)
      << message;
}

TEST(HipBackend, NotAHipLibraryIsOneLine) {
  std::string message =
      failureOf(createHipBackend(0, {std::string("libm.so.6")}));
  EXPECT_TRUE(isOneLine(message)) << message;
  EXPECT_EQ(message.rfind("hip: libm.so.6 lacks hipInit, hipGetDeviceCount", 0),
            0u)
      << message;
}

// This machine: no runtime, or (libamdhip64-5 installed) a runtime with no
// AMD GPU. Either way one line; on a machine with a GPU it opens.
TEST(HipBackend, DefaultLibraryOnThisMachine) {
  llvm::Expected<std::unique_ptr<Backend>> backend = createHipBackend();
  if (backend) {
    EXPECT_EQ((*backend)->kind(), BackendKind::Hip);
    return;
  }
  std::string message = llvm::toString(backend.takeError());
  std::cout << message << "\n";
  EXPECT_TRUE(isOneLine(message)) << message;
  bool noRuntime =
      message.rfind("hip: libamdhip64.so not found (no ROCm runtime): ", 0) ==
      0;
  bool noGpu =
      message.rfind("hip: no AMD GPU: hipGetDeviceCount returned ", 0) == 0;
  EXPECT_TRUE(noRuntime || noGpu) << message;
}

/// The tiny layer's compiled modules and plan.
struct TinyLayer {
  std::vector<LayerVariant> variants;
  std::vector<CompiledModule> modules;
};

TinyLayer compileTinyLayer(KernelAbi abi) {
  auto context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          diagnostics += d.str() + "\n";
                                          return mlir::success();
                                        });
  LayerConfig config;
  config.model = "tiny";
  config.problem = {Precision::A16W4, 256, 128, 4, 2};
  config.combine = Combine::Store;
  config.tokenBuckets = {1};
  CompileOptions options;
  options.abi = abi;
  mlir::FailureOr<CompiledLayer> layer =
      compileLayer(config, options, *context);
  EXPECT_TRUE(mlir::succeeded(layer)) << diagnostics;
  if (mlir::failed(layer))
    return {};
  return {layer->variants, layer->modules};
}

class FakeHip : public ::testing::Test {
protected:
  void SetUp() override {
    auto created = createHipBackend(0, {std::string(MXMOE_FAKE_HIP_LIBRARY)});
    ASSERT_TRUE(bool(created)) << llvm::toString(created.takeError());
    backend = std::move(*created);
    // The backend dlopen'ed it already; this finds the same copy.
    void *handle = dlopen(MXMOE_FAKE_HIP_LIBRARY, RTLD_NOW | RTLD_NOLOAD);
    ASSERT_TRUE(handle);
    auto lastLaunch = reinterpret_cast<FakeHipLastLaunchFn>(
        dlsym(handle, MXMOE_FAKE_HIP_LAST_LAUNCH));
    ASSERT_TRUE(lastLaunch);
    last = lastLaunch();
  }
  std::unique_ptr<Backend> backend;
  const FakeHipLaunch *last = nullptr;
};

TEST_F(FakeHip, BuffersRoundTrip) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  auto id = backend->allocate("b", 100);
  ASSERT_TRUE(bool(id)) << llvm::toString(id.takeError());
  EXPECT_EQ(backend->size(*id), 100u);
  ASSERT_FALSE(bool(backend->fill(*id, 0xab)));
  std::vector<uint8_t> data(40), back(100, 0);
  for (uint8_t &b : data)
    b = uint8_t(random());
  ASSERT_FALSE(bool(backend->write(*id, 50, data)));
  ASSERT_FALSE(bool(backend->read(*id, 0, back)));
  for (size_t i = 0; i < back.size(); ++i)
    EXPECT_EQ(back[i], i >= 50 && i < 90 ? data[i - 50] : 0xab) << i;
  llvm::Error outside = backend->write(*id, 70, data);
  ASSERT_TRUE(bool(outside));
  EXPECT_EQ(llvm::toString(std::move(outside)),
            "b: 40 bytes at 70 outside its 100 bytes");
  backend->release(*id);
  EXPECT_EQ(backend->size(*id), 0u);
}

class FakeHipAbi : public FakeHip,
                   public ::testing::WithParamInterface<KernelAbi> {};

TEST_P(FakeHipAbi, LaunchPacksKernargsFromTheCodeObject) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937_64 random(seed);
  KernelAbi abi = GetParam();
  TinyLayer layer = compileTinyLayer(abi);
  ASSERT_FALSE(layer.modules.empty());
  std::map<std::string, CodeObjectKernel> metadata;
  for (const CompiledModule &m : layer.modules) {
    ASSERT_FALSE(bool(backend->loadModule(m.file, "", m.hsaco))) << m.file;
    auto kernels = readCodeObjectKernels(m.hsaco);
    ASSERT_TRUE(bool(kernels)) << llvm::toString(kernels.takeError());
    for (CodeObjectKernel &k : *kernels)
      metadata[k.name] = k;
  }
  int launches = last->launches;
  for (const LayerKernel &kernel : layer.variants.front().kernels) {
    SCOPED_TRACE(kernel.name);
    // Host memory stands for device memory: wrapped, its addresses are
    // what the kernargs must carry.
    std::vector<std::vector<uint8_t>> memory(kernel.params.size(),
                                             std::vector<uint8_t>(64));
    std::vector<BufferId> ids(kernel.params.size());
    std::vector<int32_t> scalars(kernel.params.size());
    for (size_t p = 0; p < kernel.params.size(); ++p) {
      if (kernel.params[p].isScalar()) {
        scalars[p] = int32_t(random());
        continue;
      }
      auto id = backend->wrap(kernel.params[p].name, memory[p].data(), 64);
      ASSERT_TRUE(bool(id));
      ids[p] = *id;
    }
    KernelLaunch launch;
    launch.module = kernel.file;
    launch.kernel = kernel.name;
    launch.grid = {3, 2, 1};
    launch.block = {uint32_t(kernel.lanes), 1, 1};
    std::vector<uint64_t> expected; // each argument's bits
    using V = KernelArgument::Value;
    for (const KernelArgument &a : kernelArguments(kernel.params, abi)) {
      switch (a.value) {
      case V::AllocatedPointer:
      case V::AlignedPointer:
        launch.args.push_back(LaunchArg::pointer(ids[a.param]));
        expected.push_back(uint64_t(uintptr_t(memory[a.param].data())));
        break;
      case V::Offset:
        launch.args.push_back(LaunchArg::i64(0));
        expected.push_back(0);
        break;
      case V::Size:
      case V::Stride: {
        int64_t v = int64_t(random() >> 1);
        launch.args.push_back(LaunchArg::i64(v));
        expected.push_back(uint64_t(v));
        break;
      }
      case V::Scalar:
        launch.args.push_back(LaunchArg::i32(scalars[a.param]));
        expected.push_back(uint32_t(scalars[a.param]));
        break;
      case V::Elements: {
        int32_t n = int32_t(random() >> 33);
        launch.args.push_back(LaunchArg::i32(n));
        expected.push_back(uint32_t(n));
        break;
      }
      }
    }
    auto result = backend->launch(launch);
    ASSERT_TRUE(bool(result)) << llvm::toString(result.takeError());
    EXPECT_DOUBLE_EQ(result->seconds, 0.5e-3);
    ASSERT_EQ(last->launches, ++launches);
    EXPECT_EQ(last->kernel, kernel.name);
    EXPECT_EQ(last->grid[0], 3u);
    EXPECT_EQ(last->grid[1], 2u);
    EXPECT_EQ(last->block[0], uint32_t(kernel.lanes));
    const CodeObjectKernel &meta = metadata[kernel.name];
    ASSERT_EQ(last->kernargSize, meta.kernargSegmentSize);
    ASSERT_EQ(last->kernargs.size(), meta.kernargSegmentSize);
    std::vector<const KernargField *> fields = meta.explicitArgs();
    ASSERT_EQ(fields.size(), expected.size());
    for (size_t i = 0; i < fields.size(); ++i) {
      uint64_t bits = 0;
      std::memcpy(&bits, last->kernargs.data() + fields[i]->offset,
                  fields[i]->size);
      EXPECT_EQ(bits, expected[i]) << "argument " << i;
    }

    // The same launch, broken: one line naming the kernel, nothing run.
    KernelLaunch fewer = launch;
    fewer.args.pop_back();
    auto refused = backend->launch(fewer);
    ASSERT_FALSE(bool(refused));
    std::string message = llvm::toString(refused.takeError());
    EXPECT_TRUE(isOneLine(message)) << message;
    EXPECT_EQ(message.rfind("kernel " + kernel.name + ": ", 0), 0u) << message;
    KernelLaunch wide = launch;
    wide.block = {meta.maxFlatWorkgroupSize + 64, 1, 1};
    auto tooWide = backend->launch(wide);
    ASSERT_FALSE(bool(tooWide));
    message = llvm::toString(tooWide.takeError());
    EXPECT_NE(message.find("the code object allows 1.."), std::string::npos)
        << message;
    EXPECT_EQ(last->launches, launches);
    for (BufferId id : ids)
      if (id)
        backend->release(id);
  }

  KernelLaunch unknown;
  unknown.module = "absent.hsaco";
  unknown.kernel = "k";
  auto refused = backend->launch(unknown);
  ASSERT_FALSE(bool(refused));
  EXPECT_EQ(llvm::toString(refused.takeError()),
            "k: module absent.hsaco is not loaded");
  llvm::Error garbage = backend->loadModule("junk.hsaco", "", "not an ELF");
  ASSERT_TRUE(bool(garbage));
  EXPECT_EQ(llvm::toString(std::move(garbage)),
            "junk.hsaco: code object: not an ELF file");
}

INSTANTIATE_TEST_SUITE_P(Abis, FakeHipAbi,
                         ::testing::ValuesIn(EnumValues<KernelAbi>::all),
                         [](const auto &info) {
                           return std::string(stringify(info.param));
                         });

TEST(HipBackend, DeviceOutOfRangeIsOneLine) {
  std::string message =
      failureOf(createHipBackend(1, {std::string(MXMOE_FAKE_HIP_LIBRARY)}));
  EXPECT_EQ(message, "hip: no device 1: 1 AMD GPUs");
}

} // namespace
