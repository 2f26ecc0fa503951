//===- CodeObjectTest.cpp - kernarg layout from the code objects ----------===//
//
// The layout a caller packs from mxmoe::kernelArguments (each argument at
// the next offset aligned to its size) is the one the AMDGPU backend wrote
// into each code object's metadata, for every kernel of the three models'
// layers; packKernargs puts values where that metadata says; broken
// inputs give one line.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Runtime/CodeObject.h"
#include "mxmoe/Compiler/Layer.h"

#include "../TestSeed.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/MathExtras.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

using namespace mxmoe;
using namespace mxmoe::rt;

namespace {

/// The message of a failed Expected, or "" when it succeeded.
template <typename T> std::string errorOf(llvm::Expected<T> &value) {
  if (value)
    return "";
  return llvm::toString(value.takeError());
}

bool isOneLine(const std::string &message) {
  return !message.empty() && message.find('\n') == std::string::npos;
}

/// Compiles `config` for gfx950 under `abi`; the code objects by file name.
std::map<std::string, std::string> compileCodeObjects(const LayerConfig &config,
                                                      KernelAbi abi,
                                                      std::string &error) {
  auto context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          diagnostics += d.str() + "\n";
                                          return mlir::success();
                                        });
  CompileOptions options;
  options.chip = "gfx950";
  options.abi = abi;
  mlir::FailureOr<CompiledLayer> layer =
      compileLayer(config, options, *context);
  std::map<std::string, std::string> result;
  if (mlir::failed(layer)) {
    error = diagnostics;
    return result;
  }
  for (const CompiledModule &m : layer->modules)
    result[m.file] = m.hsaco;
  return result;
}

/// The smallest layer we compile: its code objects feed the error tests.
std::string tinyCodeObject() {
  LayerConfig config;
  config.model = "tiny";
  config.problem = {Precision::A16W4, 256, 128, 4, 2};
  config.combine = Combine::Store;
  config.tokenBuckets = {1};
  std::string error;
  auto objects = compileCodeObjects(config, KernelAbi::Memref, error);
  EXPECT_EQ(error, "");
  return objects.empty() ? std::string() : objects.begin()->second;
}

class ModelKernargs : public ::testing::TestWithParam<const char *> {};

// Every kernel of the model's layer, buckets {1, 256}: one per tile (16x64
// up to 32 tokens, 64x128 above) and routing (bucket 1 sorts in its stage
// kernels, 256 launches the sort kernel), so every kind of kernel the full
// bucket list launches is among them, at a third of the compile time.
TEST_P(ModelKernargs, LayoutMatchesCodeObjectMetadata) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937_64 random(seed);
  std::optional<LayerConfig> config = knownModel(GetParam());
  ASSERT_TRUE(config);
  config->tokenBuckets = {1, 256};
  std::vector<LayerVariant> variants = planLayer(*config);
  for (KernelAbi abi : EnumValues<KernelAbi>::all) {
    SCOPED_TRACE(std::string("abi ") + stringify(abi));
    std::string error;
    std::map<std::string, std::string> objects =
        compileCodeObjects(*config, abi, error);
    ASSERT_EQ(error, "");
    std::map<std::string, CodeObjectKernel> metadata;
    for (const auto &[file, hsaco] : objects) {
      auto kernels = readCodeObjectKernels(hsaco);
      ASSERT_TRUE(bool(kernels)) << file << ": " << errorOf(kernels);
      for (CodeObjectKernel &k : *kernels)
        metadata[k.name] = std::move(k);
    }
    size_t checked = 0;
    for (const LayerVariant &variant : variants) {
      for (const LayerKernel &kernel : variant.kernels) {
        SCOPED_TRACE(kernel.name);
        ASSERT_TRUE(metadata.count(kernel.name));
        const CodeObjectKernel &meta = metadata[kernel.name];
        EXPECT_EQ(meta.symbol, kernel.name + ".kd");
        EXPECT_GE(meta.maxFlatWorkgroupSize, uint32_t(kernel.lanes));
        EXPECT_EQ(meta.wavefrontSize, 64u);
        std::vector<KernelArgument> args = kernelArguments(kernel.params, abi);
        std::vector<const KernargField *> fields = meta.explicitArgs();
        ASSERT_EQ(fields.size(), args.size());
        // Explicit arguments come first in .args, hidden ones after.
        for (size_t i = 0; i < fields.size(); ++i)
          EXPECT_EQ(fields[i], &meta.args[i]);
        uint64_t offset = 0;
        std::vector<KernargValue> values;
        for (size_t i = 0; i < args.size(); ++i) {
          SCOPED_TRACE("argument " + std::to_string(i));
          offset = llvm::alignTo(offset, args[i].bytes());
          EXPECT_EQ(fields[i]->offset, offset);
          EXPECT_EQ(fields[i]->size, args[i].bytes());
          EXPECT_EQ(fields[i]->valueKind,
                    args[i].isPointer() ? "global_buffer" : "by_value");
          offset += args[i].bytes();
          KernargValue v;
          v.pointer = args[i].isPointer();
          v.bytes = args[i].bytes();
          v.bits = random() >> (64 - 8 * v.bytes);
          values.push_back(v);
        }
        ASSERT_TRUE(llvm::isPowerOf2_32(meta.kernargSegmentAlign));
        EXPECT_GE(meta.kernargSegmentAlign, 8u);
        EXPECT_LE(offset, meta.kernargSegmentSize);
        std::vector<bool> covered(meta.kernargSegmentSize, false);
        for (const KernargField &field : meta.args) {
          SCOPED_TRACE(field.valueKind + " at " + std::to_string(field.offset));
          EXPECT_EQ(field.offset % field.align, 0u);
          EXPECT_LE(uint64_t(field.offset) + field.size,
                    meta.kernargSegmentSize);
          if (field.isHidden()) {
            EXPECT_GE(field.offset, offset);
          }
          for (uint32_t b = field.offset;
               b < field.offset + field.size && b < covered.size(); ++b) {
            EXPECT_FALSE(covered[b]) << "fields overlap at byte " << b;
            covered[b] = true;
          }
        }
        auto packed = packKernargs(meta, values);
        ASSERT_TRUE(bool(packed)) << errorOf(packed);
        ASSERT_EQ(packed->size(), meta.kernargSegmentSize);
        std::vector<bool> written(packed->size(), false);
        for (size_t i = 0; i < values.size(); ++i) {
          for (unsigned b = 0; b < values[i].bytes; ++b) {
            EXPECT_EQ((*packed)[fields[i]->offset + b],
                      uint8_t(values[i].bits >> (8 * b)))
                << "argument " << i << " byte " << b;
            written[fields[i]->offset + b] = true;
          }
        }
        // Padding and hidden arguments stay zero for the runtime to fill.
        for (size_t b = 0; b < packed->size(); ++b) {
          if (!written[b]) {
            EXPECT_EQ((*packed)[b], 0) << "byte " << b;
          }
        }
        ++checked;
      }
    }
    std::cout << GetParam() << " " << stringify(abi) << ": " << checked
              << " kernel launches (" << metadata.size() << " kernels, "
              << objects.size() << " code objects) checked\n";
    // At least sort + 2 stages at 256 and, at 1, the stages' one fused
    // kernel (its hidden block count included in the layout).
    EXPECT_GE(checked, 4u);
  }
}

INSTANTIATE_TEST_SUITE_P(Models, ModelKernargs,
                         ::testing::Values("gpt-oss-120b", "gpt-oss-20b",
                                           "deepseek-r1"),
                         [](const auto &info) {
                           std::string name = info.param;
                           for (char &c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           return name;
                         });

/// A kernel as the metadata of `void k(float *out, int n, long m)` reads.
CodeObjectKernel sampleKernel() {
  CodeObjectKernel k;
  k.name = "sample";
  k.kernargSegmentSize = 272;
  k.kernargSegmentAlign = 8;
  k.maxFlatWorkgroupSize = 256;
  k.args = {{"out", "global_buffer", 0, 8, 8},
            {"n", "by_value", 8, 4, 4},
            {"m", "by_value", 16, 8, 8},
            {"", "hidden_block_count_x", 24, 4, 4}};
  return k;
}

TEST(PackKernargs, ErrorsNameKernelAndArgument) {
  CodeObjectKernel k = sampleKernel();
  KernargValue pointer{true, 8, 0x1122334455667788}, i32{false, 4, 0xa1b2c3d4},
      i64{false, 8, 0x8070605040302010};
  auto ok = packKernargs(k, {pointer, i32, i64});
  ASSERT_TRUE(bool(ok)) << errorOf(ok);
  ASSERT_EQ(ok->size(), 272u);
  // Little-endian at each offset; padding and the hidden argument zero.
  std::vector<uint8_t> expected(272, 0);
  for (unsigned b = 0; b < 8; ++b) {
    expected[0 + b] = uint8_t(pointer.bits >> (8 * b));
    expected[16 + b] = uint8_t(i64.bits >> (8 * b));
  }
  for (unsigned b = 0; b < 4; ++b)
    expected[8 + b] = uint8_t(i32.bits >> (8 * b));
  EXPECT_EQ(*ok, expected);

  auto fewer = packKernargs(k, {pointer, i32});
  std::string message = errorOf(fewer);
  EXPECT_TRUE(isOneLine(message)) << message;
  EXPECT_NE(message.find("kernel sample: 2 argument values for 3 explicit"),
            std::string::npos)
      << message;

  auto pointerForScalar = packKernargs(k, {pointer, pointer, i64});
  message = errorOf(pointerForScalar);
  EXPECT_TRUE(isOneLine(message)) << message;
  EXPECT_NE(message.find("kernel sample: argument 1 n: a pointer given where "
                         "the code object expects by_value"),
            std::string::npos)
      << message;

  auto scalarForPointer = packKernargs(k, {i64, i32, i64});
  message = errorOf(scalarForPointer);
  EXPECT_NE(message.find("argument 0 out: a scalar given where the code "
                         "object expects global_buffer"),
            std::string::npos)
      << message;

  auto wrongSize = packKernargs(k, {pointer, i32, i32});
  message = errorOf(wrongSize);
  EXPECT_TRUE(isOneLine(message)) << message;
  EXPECT_NE(message.find("kernel sample: argument 2 m: 4 bytes given, the "
                         "code object says 8"),
            std::string::npos)
      << message;

  CodeObjectKernel misaligned = k;
  misaligned.args[2].offset = 12;
  auto broken = packKernargs(misaligned, {pointer, i32, i64});
  message = errorOf(broken);
  EXPECT_NE(message.find("argument 2 m: offset 12 breaks its 8-byte "
                         "alignment"),
            std::string::npos)
      << message;

  CodeObjectKernel shortSegment = k;
  shortSegment.kernargSegmentSize = 20;
  auto outside = packKernargs(shortSegment, {pointer, i32, i64});
  message = errorOf(outside);
  EXPECT_NE(message.find("argument 2 m: bytes 16..24 outside the 20-byte "
                         "kernarg segment"),
            std::string::npos)
      << message;
}

TEST(ReadCodeObjectKernels, ReadsACompiledCodeObject) {
  std::string hsaco = tinyCodeObject();
  ASSERT_FALSE(hsaco.empty());
  auto kernels = readCodeObjectKernels(hsaco);
  ASSERT_TRUE(bool(kernels)) << errorOf(kernels);
  ASSERT_EQ(kernels->size(), 1u);
  const CodeObjectKernel &k = kernels->front();
  EXPECT_EQ(k.symbol, k.name + ".kd");
  EXPECT_GT(k.sgprCount, 0u);
  EXPECT_GT(k.vgprCount, 0u);
  EXPECT_GT(k.kernargSegmentSize, 0u);
  EXPECT_EQ(k.wavefrontSize, 64u);
  // Our kernels read no implicit arguments, so the backend lists no
  // hidden_* ones: the segment ends with the last explicit argument.
  ASSERT_FALSE(k.args.empty());
  EXPECT_TRUE(k.explicitArgs().size() == k.args.size());
  uint64_t end = k.args.back().offset + k.args.back().size;
  EXPECT_GE(k.kernargSegmentSize, end);
  EXPECT_LE(k.kernargSegmentSize, llvm::alignTo(end, k.kernargSegmentAlign));
}

TEST(ReadCodeObjectKernels, BrokenInputsGiveOneLine) {
  unsigned seed = test::testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  auto expectOneLineError = [](llvm::StringRef bytes, llvm::StringRef what,
                               llvm::StringRef expected) {
    auto kernels = readCodeObjectKernels(bytes);
    std::string message = errorOf(kernels);
    EXPECT_TRUE(isOneLine(message)) << what.str() << ": " << message;
    EXPECT_NE(message.find(expected.str()), std::string::npos)
        << what.str() << ": " << message;
  };
  expectOneLineError("", "empty", "code object: not an ELF file");
  expectOneLineError("garbage, not a code object", "garbage",
                     "code object: not an ELF file");
  std::string random256(256, '\0');
  for (char &c : random256)
    c = char(random());
  expectOneLineError(random256, "random bytes", "code object: not an ELF");

  // An ELF for another machine: this test binary.
  std::ifstream self("/proc/self/exe", std::ios::binary);
  std::string host((std::istreambuf_iterator<char>(self)), {});
  ASSERT_GT(host.size(), 64u);
  expectOneLineError(llvm::StringRef(host).take_front(1 << 16), "host ELF",
                     "not AMDGPU");

  std::string hsaco = tinyCodeObject();
  ASSERT_FALSE(hsaco.empty());
  // Truncated anywhere: the section headers sit at the end, so every cut
  // loses them; cut inside the ELF header too.
  std::vector<size_t> cuts = {
      4, 16, 63, 64, hsaco.size() / 2, hsaco.size() - 1};
  for (int i = 0; i < 20; ++i)
    cuts.push_back(4 + random() % (hsaco.size() - 4));
  for (size_t cut : cuts)
    expectOneLineError(llvm::StringRef(hsaco).take_front(cut),
                       "truncated at " + std::to_string(cut), "code object: ");

  // Bytes flipped anywhere in the file: an error or kernels, never a crash.
  for (int i = 0; i < 200; ++i) {
    std::string mutated = hsaco;
    for (int j = 0; j < 4; ++j)
      mutated[random() % mutated.size()] ^= char(1 + random() % 255);
    auto kernels = readCodeObjectKernels(mutated);
    if (!kernels) {
      std::string message = llvm::toString(kernels.takeError());
      EXPECT_TRUE(isOneLine(message)) << message;
    }
  }
}

} // namespace
