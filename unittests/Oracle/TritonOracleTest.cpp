//===- TritonOracleTest.cpp - the emulator against outside compilers ------===//
//
// Every hardware semantic the emulator implements is checked here against
// code nobody in this project wrote: kernels compiled by Triton 3.6's AMD
// backend (tools/triton-fixtures/make_fixtures.py, run on the lent device),
// committed under test/Oracle/fixtures/NAME/ with their inputs and a numpy
// float64 reference computed with ml_dtypes' decoders. Triton's lowering is
// what runs on MI355X in production, so a kernel that matches numpy here
// pins the emulator's MFMA layouts, conversions and buffer rules to the
// hardware's. docs/emulator.md maps each semantic to its fixtures.
//
//===----------------------------------------------------------------------===//

#include "../Emulator/EmulatorTestUtil.h"
#include "mxmoe/Support/Npy.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <thread>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

const std::string kFixtureRoot =
    std::string(MXMOE_SOURCE_DIR) + "/test/Oracle/fixtures";

std::vector<std::string> fixtureNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto &entry :
       std::filesystem::directory_iterator(kFixtureRoot, ec))
    if (std::filesystem::exists(entry.path() / "fixture.json"))
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string readText(const std::string &path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

/// The amdgcn intrinsics an IR file calls.
std::set<std::string> intrinsicsOf(const std::string &ir) {
  std::set<std::string> out;
  std::regex re(R"(@(llvm\.amdgcn\.[\w.]+)\()");
  for (auto it = std::sregex_iterator(ir.begin(), ir.end(), re);
       it != std::sregex_iterator(); ++it)
    out.insert((*it)[1].str());
  return out;
}

struct Output {
  int buffer;
  std::string name, dtype;
  double tol;
  bool exact, sorted;
  npy::Array ref;
};

/// Poison patterns per output element type (NaNs no kernel computes).
constexpr uint16_t kPoisonBF16 = 0x7FBD;

/// An output buffer of n elements of `dtype` (f32, bf16, u16, u8 or i32):
/// zeroed, or filled with the poison of its element type.
std::vector<uint8_t> outputBuffer(const std::string &dtype, int64_t n,
                                  bool zero) {
  if (dtype == "f32")
    return zero ? std::vector<uint8_t>(4 * n, 0) : poisonF32(n);
  if (dtype == "bf16" || dtype == "u16")
    return zero ? std::vector<uint8_t>(2 * n, 0)
                : toBytes(std::vector<uint16_t>(n, kPoisonBF16));
  if (dtype == "i32")
    return std::vector<uint8_t>(4 * n, zero ? 0 : 0xBD);
  return std::vector<uint8_t>(n, zero ? 0 : 0xBD);
}

double relErr(const std::vector<double> &out, const std::vector<double> &ref) {
  double num = 0, den = 0;
  for (size_t i = 0; i < ref.size(); ++i) {
    if (std::isnan(ref[i]))
      continue;
    num += (out[i] - ref[i]) * (out[i] - ref[i]);
    den += ref[i] * ref[i];
  }
  return std::sqrt(num / (den > 0 ? den : 1));
}

/// A fixture loaded and ready to launch: its module, arguments, initial
/// buffers (inputs, poisoned or zeroed outputs) and launch shape.
struct Fixture {
  llvm::json::Object json;
  std::unique_ptr<Module> module;
  std::string kernel;
  std::set<std::string> used; // intrinsics its IR calls
  std::vector<Buffer> buffers;
  std::vector<KernelArg> args;
  std::vector<Output> outputs;
  LaunchConfig config;

  int bufferNamed(const std::string &name) const {
    for (size_t i = 0; i < buffers.size(); ++i)
      if (buffers[i].name == name)
        return int(i);
    return -1;
  }
};

void loadFixture(const std::string &name, Fixture &fx) {
  const std::string dir = kFixtureRoot + "/" + name;
  auto json = llvm::json::parse(readText(dir + "/fixture.json"));
  ASSERT_TRUE(bool(json)) << llvm::toString(json.takeError());
  ASSERT_TRUE(json->getAsObject());
  fx.json = *json->getAsObject();
  const llvm::json::Object *desc = &fx.json;

  std::string ir = readText(dir + "/kernel.ll");
  fx.used = intrinsicsOf(ir);
  std::set<std::string> listed;
  for (const llvm::json::Value &v : *desc->getArray("intrinsics"))
    listed.insert(v.getAsString()->str());
  EXPECT_EQ(fx.used, listed) << "fixture.json's intrinsic list is stale";

  // Triton leaves the chip to llc (its IR names none): name it on the
  // kernel's attributes, as llc's -mcpu would.
  std::string chip = desc->getString("chip")->str();
  if (ir.find("\"target-cpu\"") == std::string::npos)
    ir = std::regex_replace(
        ir,
        std::regex(
            R"((attributes #\d+ = \{ )(.*"amdgpu-flat-work-group-size"))"),
        "$1\"target-cpu\"=\"" + chip + "\" $2");
  std::string error;
  fx.module = Module::loadFromString(ir, error);
  ASSERT_TRUE(fx.module) << error;
  EXPECT_EQ(fx.module->chip(), chip);
  fx.kernel = desc->getString("kernel")->str();
  const KernelInfo *info = nullptr;
  for (const KernelInfo &k : fx.module->kernels())
    if (k.name == fx.kernel)
      info = &k;
  ASSERT_TRUE(info) << "no kernel " << fx.kernel;

  std::vector<Buffer> &buffers = fx.buffers;
  std::vector<KernelArg> &args = fx.args;
  for (const llvm::json::Value &v : *desc->getArray("args")) {
    const llvm::json::Object *a = v.getAsObject();
    if (auto value = a->getInteger("i32")) {
      args.push_back(KernelArg::i32(int32_t(*value)));
      continue;
    }
    // A buffer is one pointer, or MLIR's 1-D memref descriptor (allocated
    // and aligned pointer, offset 0, size, stride 1).
    bool memref = a->getBoolean("memref").value_or(false);
    auto pushBuffer = [&](int index, int64_t elements) {
      args.push_back(KernelArg::buf(index));
      if (!memref)
        return;
      args.push_back(KernelArg::buf(index));
      args.push_back(KernelArg::i64(0));
      args.push_back(KernelArg::i64(elements));
      args.push_back(KernelArg::i64(1));
    };
    if (auto input = a->getString("input")) {
      auto array = npy::read(dir + "/" + input->str(), error);
      ASSERT_TRUE(array) << error;
      pushBuffer(int(buffers.size()), array->elements());
      buffers.push_back({input->str(), std::move(array->bytes)});
      continue;
    }
    Output o;
    o.buffer = int(buffers.size());
    o.name = a->getString("output")->str();
    o.dtype = a->getString("dtype")->str();
    o.tol = a->getNumber("tol").value_or(0);
    o.exact = a->getBoolean("exact").value_or(false);
    o.sorted = a->getBoolean("sorted").value_or(false);
    auto ref = npy::read(dir + "/" + a->getString("ref")->str(), error);
    ASSERT_TRUE(ref) << error;
    o.ref = std::move(*ref);
    int64_t n = o.ref.elements();
    bool zero = a->getBoolean("zero").value_or(false);
    pushBuffer(o.buffer, n);
    buffers.push_back({o.name, outputBuffer(o.dtype, n, zero)});
    fx.outputs.push_back(std::move(o));
  }
  // Triton appends its global and profile scratch pointers.
  while (args.size() < info->numParams) {
    args.push_back(KernelArg::buf(int(buffers.size())));
    buffers.push_back({"scratch", {}});
  }

  const llvm::json::Array *grid = desc->getArray("grid");
  for (int d = 0; d < 3; ++d)
    fx.config.grid[d] = uint32_t(*(*grid)[d].getAsInteger());
  fx.config.block = {uint32_t(*desc->getInteger("block")), 1, 1};
  fx.config.dynamicLdsBytes = uint32_t(*desc->getInteger("shared"));
  // A kernel that waits for another workgroup must not hang the test.
  fx.config.timeLimitSeconds = 120;
}

/// Every output of a finished launch against numpy. `inOrder`: compare the
/// outputs marked sorted (what depends on which workgroup ran first) as they
/// are, for runs in workgroup order.
void expectOutputsMatch(const Fixture &fx, const std::vector<Buffer> &buffers,
                        bool inOrder = false,
                        const std::set<std::string> &skip = {}) {
  for (const Output &o : fx.outputs) {
    if (skip.count(o.name))
      continue;
    SCOPED_TRACE("output " + o.name);
    const std::vector<uint8_t> &got = buffers[o.buffer].bytes;
    if (o.dtype == "i32") {
      ASSERT_EQ(got.size(), o.ref.bytes.size());
      auto values = fromBytes<int32_t>(got);
      auto ref = fromBytes<int32_t>(o.ref.bytes);
      if (o.sorted && !inOrder) {
        std::sort(values.begin(), values.end());
        std::sort(ref.begin(), ref.end());
      }
      size_t differ = 0, first = values.size();
      for (size_t i = 0; i < values.size(); ++i)
        if (values[i] != ref[i]) {
          ++differ;
          first = std::min(first, i);
        }
      EXPECT_EQ(differ, 0u)
          << (o.sorted && !inOrder ? "sorted, " : "")
          << "first differing element " << first << ": got "
          << (first < values.size() ? values[first] : 0) << ", numpy "
          << (first < ref.size() ? ref[first] : 0);
      continue;
    }
    if (o.dtype == "u8" || o.dtype == "u16") {
      ASSERT_EQ(got.size(), o.ref.bytes.size());
      size_t differ = 0, first = got.size();
      for (size_t i = 0; i < got.size(); ++i)
        if (got[i] != o.ref.bytes[i]) {
          ++differ;
          first = std::min(first, i);
        }
      EXPECT_EQ(differ, 0u)
          << "first differing byte " << first << ": got " << int(got[first])
          << ", numpy " << int(o.ref.bytes[first]);
      continue;
    }
    auto ref = fromBytes<double>(o.ref.bytes);
    std::vector<double> out(ref.size());
    size_t unwrittenValid = 0, writtenInvalid = 0;
    for (size_t i = 0; i < ref.size(); ++i) {
      bool poison;
      if (o.dtype == "f32") {
        uint32_t bits;
        std::memcpy(&bits, &got[4 * i], 4);
        poison = bits == kPoisonBits;
        out[i] = fmt::bitsToF32(bits);
      } else {
        uint16_t bits;
        std::memcpy(&bits, &got[2 * i], 2);
        poison = bits == kPoisonBF16;
        out[i] = fmt::bf16ToF32(bits);
      }
      if (std::isnan(ref[i]))
        writtenInvalid += !poison;
      else
        unwrittenValid += poison;
    }
    EXPECT_EQ(unwrittenValid, 0u) << "elements the kernel never wrote";
    EXPECT_EQ(writtenInvalid, 0u) << "elements written that must not be";
    if (o.exact) {
      size_t differ = 0;
      for (size_t i = 0; i < ref.size(); ++i) {
        float r = float(ref[i]), g = float(out[i]);
        differ += !(std::isnan(r) && std::isnan(g)) &&
                  fmt::f32ToBits(r) != fmt::f32ToBits(g);
      }
      EXPECT_EQ(differ, 0u) << "elements not bit-identical to numpy";
    } else {
      double err = relErr(out, ref);
      EXPECT_LT(err, o.tol) << "relative error vs numpy float64";
    }
  }
}

class TritonOracle : public ::testing::TestWithParam<std::string> {};

TEST_P(TritonOracle, MatchesNumpy) {
  Fixture fx;
  loadFixture(GetParam(), fx);
  if (HasFatalFailure())
    return;
  SCOPED_TRACE("fixture " + GetParam() + ", generated with seed " +
               std::to_string(fx.json.getInteger("seed").value_or(-1)));
  std::vector<Buffer> buffers = fx.buffers;
  Report report;
  std::string error;
  ASSERT_TRUE(
      fx.module->launch(fx.kernel, fx.config, fx.args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  for (const std::string &name : fx.used) {
    if (name.find(".mfma.") != std::string::npos) {
      EXPECT_GT(report.counters.mfma[name], 0u) << name << " never ran";
    }
  }
  expectOutputsMatch(fx, buffers);
}

INSTANTIATE_TEST_SUITE_P(Triton, TritonOracle,
                         ::testing::ValuesIn(fixtureNames()),
                         [](const ::testing::TestParamInfo<std::string> &p) {
                           return p.param;
                         });

/// The DPP reduction fixtures (Triton's and upstream MLIR's).
std::vector<std::string> dppFixtureNames() {
  std::vector<std::string> names;
  for (const std::string &name : fixtureNames())
    if (name.find("dpp_") != std::string::npos)
      names.push_back(name);
  return names;
}

class TritonDppOracle : public ::testing::TestWithParam<std::string> {};

/// The reduction kernels on fresh random inputs: f32 values (k + 1/2) / 256
/// (never zero; every sum, and every butterfly step's a * 0.5 + b, exact in
/// f32, so the order of the kernel's DPP steps cannot change a bit), the
/// references computed here.
TEST_P(TritonDppOracle, ReductionsMatchOnFreshInputs) {
  Fixture fx;
  loadFixture(GetParam(), fx);
  if (HasFatalFailure())
    return;
  unsigned seed = testSeed();
  SCOPED_TRACE("fixture " + GetParam() + ", inputs from seed " +
               std::to_string(seed));
  std::mt19937 rng(seed);
  int x = fx.bufferNamed("x.npy");
  ASSERT_GE(x, 0);
  std::vector<float> values(fx.buffers[x].bytes.size() / 4);
  std::uniform_int_distribution<int> k(-2048, 2047);
  for (float &v : values)
    v = (float(k(rng)) + 0.5f) / 256;
  fx.buffers[x].bytes = toBytes(values);
  // Reduces groups of `width` consecutive values; each result repeated
  // `repeat` times (the upstream kernel writes it to every lane).
  auto reduce = [&](bool max, size_t width, size_t repeat) {
    std::vector<double> out;
    for (size_t g = 0; g < values.size(); g += width) {
      double acc = max ? -INFINITY : 0;
      for (size_t i = g; i < g + width; ++i)
        acc = max ? std::max(acc, double(values[i])) : acc + values[i];
      out.insert(out.end(), repeat, acc);
    }
    return out;
  };
  const llvm::json::Object *constexprs = fx.json.getObject("constexprs");
  size_t width = 0;
  if (auto block = constexprs->getInteger("BLOCK"))
    width = size_t(*block); // a whole program's block
  else if (auto n = constexprs->getInteger("N"))
    width = size_t(*n); // one row
  for (Output &o : fx.outputs) {
    std::vector<double> ref;
    if (o.name == "sum" || o.name == "max")
      ref = reduce(o.name == "max", width, 1);
    else if (o.name == "sum4" || o.name == "sum64" || o.name == "max16") {
      size_t w = o.name == "sum4" ? 4 : o.name == "max16" ? 16 : 64;
      ref = reduce(o.name == "max16", w, w);
    } else if (o.name == "ident") {
      // Random f32 bits with NaN payloads and signed zeros mixed in.
      int bits = fx.bufferNamed("bits.npy");
      ASSERT_GE(bits, 0);
      std::vector<uint32_t> raw(fx.buffers[bits].bytes.size() / 4);
      for (uint32_t &b : raw)
        b = uint32_t(rng());
      raw[seed % raw.size()] = 0x7FC00001;
      raw[(seed + 1) % raw.size()] = 0x80000000;
      fx.buffers[bits].bytes = toBytes(raw);
      o.ref.bytes = toBytes(raw);
      continue;
    } else if (o.name == "out") {
      // The butterfly: x holds rows of N values at stride S; lane c of a
      // row ends with v[c] = v[c] * 0.5 + v[c ^ s] for s = N/2, ..., 1,
      // written back at its own element; the other elements stay unwritten.
      size_t n = size_t(*constexprs->getInteger("N"));
      size_t stride = 0;
      for (const llvm::json::Value &v : *fx.json.getArray("args"))
        if (auto value = v.getAsObject()->getInteger("i32"))
          stride = size_t(*value);
      ASSERT_GT(stride, 0u);
      ref.assign(values.size(), NAN);
      for (size_t row = 0; row * n * stride < values.size(); ++row) {
        std::vector<double> v(n);
        for (size_t c = 0; c < n; ++c)
          v[c] = values[(row * n + c) * stride];
        for (size_t step = n / 2; step > 0; step /= 2) {
          std::vector<double> next(n);
          for (size_t c = 0; c < n; ++c)
            next[c] = v[c] * 0.5 + v[c ^ step];
          v = next;
        }
        for (size_t c = 0; c < n; ++c)
          ref[(row * n + c) * stride] = v[c];
      }
    }
    ASSERT_EQ(ref.size(), size_t(o.ref.elements())) << o.name;
    o.ref.bytes = toBytes(ref);
  }
  std::vector<Buffer> buffers = fx.buffers;
  Report report;
  std::string error;
  ASSERT_TRUE(
      fx.module->launch(fx.kernel, fx.config, fx.args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  expectOutputsMatch(fx, buffers);
}

/// LLVM's atomic optimizer's DPP scan on fresh inputs: lane l of workgroup g
/// gets acc[g] + the sum of x (i32) and y (dyadic f32, exact) below it.
TEST(TritonDppOracleSet, AtomicScanOnFreshInputs) {
  Fixture fx;
  loadFixture("llvm_atomic_scan", fx);
  if (HasFatalFailure())
    return;
  unsigned seed = testSeed();
  SCOPED_TRACE("inputs from seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  int xb = fx.bufferNamed("x.npy"), yb = fx.bufferNamed("y.npy");
  ASSERT_GE(xb, 0);
  ASSERT_GE(yb, 0);
  size_t n = fx.buffers[xb].bytes.size() / 4;
  std::vector<int32_t> x(n);
  std::vector<float> y(n);
  std::uniform_int_distribution<int> k(-2048, 2047);
  for (size_t i = 0; i < n; ++i) {
    x[i] = k(rng);
    y[i] = (float(k(rng)) + 0.5f) / 256;
  }
  fx.buffers[xb].bytes = toBytes(x);
  fx.buffers[yb].bytes = toBytes(y);
  std::vector<int32_t> acc(n / 64, 0), old(n);
  std::vector<double> facc(n / 64, 0), fold(n);
  for (size_t i = 0; i < n; ++i) {
    old[i] = acc[i / 64];
    fold[i] = facc[i / 64];
    acc[i / 64] += x[i];
    facc[i / 64] += y[i];
  }
  for (Output &o : fx.outputs) {
    if (o.name == "acc")
      o.ref.bytes = toBytes(acc);
    else if (o.name == "old")
      o.ref.bytes = toBytes(old);
    else if (o.name == "facc")
      o.ref.bytes = toBytes(facc);
    else
      o.ref.bytes = toBytes(fold);
  }
  std::vector<Buffer> buffers = fx.buffers;
  Report report;
  std::string error;
  ASSERT_TRUE(
      fx.module->launch(fx.kernel, fx.config, fx.args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  expectOutputsMatch(fx, buffers);
}

INSTANTIATE_TEST_SUITE_P(Triton, TritonDppOracle,
                         ::testing::ValuesIn(dppFixtureNames()),
                         [](const ::testing::TestParamInfo<std::string> &p) {
                           return p.param;
                         });

/// The fixtures whose workgroups wait for each other (fixture.json "sync").
std::vector<std::string> syncFixtureNames() {
  std::vector<std::string> names;
  for (const std::string &name : fixtureNames())
    if (readText(kFixtureRoot + "/" + name + "/fixture.json")
            .find("\"sync\"") != std::string::npos)
      names.push_back(name);
  return names;
}

class TritonSyncOracle : public ::testing::TestWithParam<std::string> {};

/// The producer/consumer handoff with workgroups in order on one thread and
/// racing on 2-4 worker threads (more workgroups than threads, so consumers
/// spin while producers run elsewhere), each several times: every run
/// matches numpy with no issue, and the last workgroup reset the counters.
TEST_P(TritonSyncOracle, MatchesNumpyWithConcurrentWorkgroups) {
  Fixture fx;
  loadFixture(GetParam(), fx);
  if (HasFatalFailure())
    return;
  struct Mode {
    bool deterministic;
    unsigned threads, runs;
  };
  const Mode modes[] = {
      {true, 1, 1}, {false, 2, 4}, {false, 3, 3}, {false, 4, 3}};
  // Consumers spin only when they start before the producers are done,
  // which workgroup order never lets happen: lane instructions tell.
  uint64_t inOrderInstructions = 0, mostInstructions = 0;
  for (const Mode &mode : modes) {
    ASSERT_GT(fx.config.grid[0], mode.threads);
    for (unsigned run = 0; run < mode.runs; ++run) {
      SCOPED_TRACE(
          std::string(mode.deterministic ? "deterministic" : "threads ") +
          (mode.deterministic ? "" : std::to_string(mode.threads)) + ", run " +
          std::to_string(run));
      LaunchConfig config = fx.config;
      config.deterministic = mode.deterministic;
      config.threads = mode.threads;
      std::vector<Buffer> buffers = fx.buffers;
      Report report;
      std::string error;
      ASSERT_TRUE(
          fx.module->launch(fx.kernel, config, fx.args, buffers, report, error))
          << error;
      EXPECT_TRUE(report.ok()) << describe(report, buffers);
      EXPECT_EQ(report.counters.workgroupsLaunched, uint64_t(config.grid[0]));
      // In workgroup order the tickets are the workgroup ids.
      expectOutputsMatch(fx, buffers, /*inOrder=*/mode.deterministic);
      uint64_t &most =
          mode.deterministic ? inOrderInstructions : mostInstructions;
      most = std::max(most, report.counters.laneInstructions);
    }
  }
  std::cout << GetParam() << ": lane instructions in workgroup order "
            << inOrderInstructions << ", most with racing threads "
            << mostInstructions << "\n";
}

/// Consumers that start before any producer: the launch runs only the
/// G - P consumer workgroups (the ticket counter starts at P), and a host
/// thread plays the P producers 100 ms later (writes numpy's data, then a
/// release store of done). Every consumer spins meanwhile, sees the data
/// once done arrives, and the outputs match numpy, on one thread and on
/// several.
TEST_P(TritonSyncOracle, ConsumersWaitForALateProducer) {
  Fixture fx;
  loadFixture(GetParam(), fx);
  if (HasFatalFailure())
    return;
  const llvm::json::Object *sync = fx.json.getObject("sync");
  ASSERT_TRUE(sync);
  int counters = fx.bufferNamed(sync->getString("counters")->str());
  int data = fx.bufferNamed("data");
  ASSERT_GE(counters, 0);
  ASSERT_GE(data, 0);
  const Output *dataOut = nullptr;
  for (const Output &o : fx.outputs)
    if (o.name == "data")
      dataOut = &o;
  ASSERT_TRUE(dataOut);
  // P is the kernel's last i32 argument; done counts producers, or every
  // producer lane for the tensor variant.
  int32_t producers = 0;
  for (const KernelArg &a : fx.args)
    if (a.kind == KernelArg::Kind::I32)
      producers = int32_t(uint32_t(a.bits));
  ASSERT_GT(producers, 0);
  int32_t done = producers;
  const llvm::json::Object *constexprs = fx.json.getObject("constexprs");
  if (constexprs && constexprs->getString("SPIN") == "tensor")
    done *= int32_t(*constexprs->getInteger("BLOCK"));
  // numpy's data in the buffer's element type.
  std::vector<uint8_t> produced = dataOut->ref.bytes;
  if (dataOut->dtype == "f32") {
    std::vector<float> values;
    for (double v : fromBytes<double>(dataOut->ref.bytes))
      values.push_back(float(v));
    produced = toBytes(values);
  }
  ASSERT_EQ(produced.size(), fx.buffers[data].bytes.size());

  struct Mode {
    bool deterministic;
    unsigned threads;
  };
  for (const Mode &mode : {Mode{true, 1}, Mode{false, 2}, Mode{false, 4}}) {
    SCOPED_TRACE(mode.deterministic
                     ? std::string("deterministic")
                     : "threads " + std::to_string(mode.threads));
    LaunchConfig config = fx.config;
    config.grid[0] -= uint32_t(producers);
    config.deterministic = mode.deterministic;
    config.threads = mode.threads;
    config.timeLimitSeconds = 60;
    std::vector<Buffer> buffers = fx.buffers;
    std::memcpy(buffers[counters].bytes.data(), &producers, 4);
    uint8_t *dataBytes = buffers[data].bytes.data();
    int32_t *doneWord =
        reinterpret_cast<int32_t *>(buffers[counters].bytes.data()) + 1;
    std::thread producer([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      std::memcpy(dataBytes, produced.data(), produced.size());
      __atomic_store_n(doneWord, done, __ATOMIC_RELEASE);
    });
    Report report;
    std::string error;
    auto start = std::chrono::steady_clock::now();
    bool launched =
        fx.module->launch(fx.kernel, config, fx.args, buffers, report, error);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    producer.join();
    ASSERT_TRUE(launched) << error;
    EXPECT_TRUE(report.ok()) << describe(report, buffers);
    EXPECT_GE(seconds, 0.1) << "a consumer did not wait for done";
    // Tickets P..G-1 only: the order output is not numpy's.
    expectOutputsMatch(fx, buffers, false, {"order"});
  }
}

/// A ticket counter left stale by an earlier launch (never reset): every
/// workgroup draws a consumer ticket and spins for producers that never
/// come. The launch must stop at its budget, time or instructions, with a
/// budget-exceeded report, on one thread and on several.
TEST_P(TritonSyncOracle, StaleTicketCounterStopsAtTheBudget) {
  Fixture fx;
  loadFixture(GetParam(), fx);
  if (HasFatalFailure())
    return;
  const llvm::json::Object *sync = fx.json.getObject("sync");
  ASSERT_TRUE(sync);
  int counters = fx.bufferNamed(sync->getString("counters")->str());
  ASSERT_GE(counters, 0);
  int32_t stale = int32_t(*sync->getInteger("stale_ticket"));
  int data = fx.bufferNamed("data");
  ASSERT_GE(data, 0);
  struct Mode {
    bool deterministic;
    unsigned threads;
    double seconds;
    uint64_t instructions;
  };
  const Mode modes[] = {{true, 1, 1.0, 0},
                        {false, 2, 1.0, 0},
                        {true, 1, 0, 3000000},
                        {false, 2, 0, 3000000}};
  for (const Mode &mode : modes) {
    SCOPED_TRACE(std::string(mode.deterministic ? "deterministic" : "threads") +
                 (mode.seconds ? ", time limit" : ", instruction budget"));
    LaunchConfig config = fx.config;
    config.deterministic = mode.deterministic;
    config.threads = mode.threads;
    config.timeLimitSeconds = mode.seconds;
    config.maxLaneInstructions = mode.instructions;
    std::vector<Buffer> buffers = fx.buffers;
    std::memcpy(buffers[counters].bytes.data(), &stale, 4);
    Report report;
    std::string error;
    auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE(
        fx.module->launch(fx.kernel, config, fx.args, buffers, report, error))
        << error;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    EXPECT_LT(seconds, 30.0) << "the budget did not stop the spinning lanes";
    bool budget = false;
    for (const Issue &issue : report.issues)
      budget |= issue.kind == Issue::Kind::BudgetExceeded;
    EXPECT_TRUE(budget) << describe(report, buffers);
    // Nobody produced: done stayed 0 and the data buffer is all poison.
    auto counts = fromBytes<int32_t>(buffers[counters].bytes);
    EXPECT_EQ(counts[1], 0);
    EXPECT_GE(counts[0], stale + 1);
    EXPECT_EQ(buffers[data].bytes, fx.buffers[data].bytes);
  }
}

/// Triton's scalar cmpxchg comes with inline assembly holding one s_waitcnt,
/// which the emulator drops; any other inline assembly is still refused.
TEST(TritonSyncOracleSet, OnlyABareWaitcntInlineAsmIsAccepted) {
  std::string ir = readText(kFixtureRoot + "/sync_ticket_cas/kernel.ll");
  const std::string wait = "asm sideeffect \"s_waitcnt lgkmcnt(0) \"";
  ASSERT_NE(ir.find(wait), std::string::npos);
  std::string error;
  EXPECT_TRUE(Module::loadFromString(ir, error)) << error;
  for (const char *other :
       {"asm sideeffect \"s_nop 0\"",
        "asm sideeffect \"s_waitcnt lgkmcnt(0); s_nop 0\""}) {
    std::string changed = ir;
    changed.replace(changed.find(wait), wait.size(), other);
    error.clear();
    EXPECT_FALSE(Module::loadFromString(changed, error)) << other;
    EXPECT_NE(error.find("unsupported inline assembly"), std::string::npos)
        << error;
  }
}

/// What docs/emulator.md says the emulator does not model, pinned: a
/// readfirstlane inside `if (lane == 0)` is a divergent collective (hardware
/// would return lane 0's value) and stops the launch with a report, never a
/// hang.
TEST(TritonSyncOracleSet, ReadFirstLaneInALaneZeroBranchIsDivergent) {
  const std::string ir = std::string(kTriple) + R"(
define amdgpu_kernel void @k(ptr addrspace(1) %out) #0 {
  %tid = call i32 @llvm.amdgcn.workitem.id.x()
  %lane0 = icmp eq i32 %tid, 0
  br i1 %lane0, label %one, label %join
one:
  %v = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %tid)
  store i32 %v, ptr addrspace(1) %out, align 4
  br label %join
join:
  call void @llvm.amdgcn.s.barrier()
  ret void
}
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.readfirstlane.i32(i32)
declare void @llvm.amdgcn.s.barrier()
attributes #0 = { "target-cpu"="gfx950" "amdgpu-flat-work-group-size"="1,64" }
)";
  std::string error;
  auto module = Module::loadFromString(ir, error);
  ASSERT_TRUE(module) << error;
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4, 0)}};
  LaunchConfig config;
  config.timeLimitSeconds = 30;
  Report report;
  ASSERT_TRUE(
      module->launch("k", config, {KernelArg::buf(0)}, buffers, report, error))
      << error;
  ASSERT_EQ(report.issues.size(), 1u) << describe(report, buffers);
  EXPECT_EQ(report.issues[0].kind, Issue::Kind::DivergentCollective);
}

/// Workgroups are not preempted: a grid-wide barrier (every workgroup
/// waits until all have arrived) completes when every workgroup has a
/// worker thread, and spins to the budget when the grid has more
/// workgroups than threads (the ones waiting hold every thread).
TEST(TritonSyncOracleSet, GridBarrierNeedsAThreadPerWorkgroup) {
  const std::string ir = std::string(kTriple) + R"(
define amdgpu_kernel void @k(ptr addrspace(1) %arrived) #0 {
entry:
  %a = atomicrmw add ptr addrspace(1) %arrived, i32 1 syncscope("agent") acq_rel, align 4
  %ia = call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr()
  %blocks = load i32, ptr addrspace(4) %ia, align 4
  br label %spin
spin:
  %n = load atomic i32, ptr addrspace(1) %arrived syncscope("agent") acquire, align 4
  %all = icmp uge i32 %n, %blocks
  br i1 %all, label %exit, label %sleep
sleep:
  call void @llvm.amdgcn.s.sleep(i32 1)
  br label %spin
exit:
  ret void
}
declare ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr()
declare void @llvm.amdgcn.s.sleep(i32 immarg)
attributes #0 = { "target-cpu"="gfx950" "amdgpu-flat-work-group-size"="1,64" }
)";
  std::string error;
  auto module = Module::loadFromString(ir, error);
  ASSERT_TRUE(module) << error;
  for (unsigned threads : {4u, 2u}) {
    SCOPED_TRACE("4 workgroups on " + std::to_string(threads) + " threads");
    std::vector<Buffer> buffers = {{"arrived", std::vector<uint8_t>(4, 0)}};
    LaunchConfig config;
    config.grid = {4, 1, 1};
    config.block = {1, 1, 1};
    config.threads = threads;
    config.timeLimitSeconds = 1;
    Report report;
    ASSERT_TRUE(module->launch("k", config, {KernelArg::buf(0)}, buffers,
                               report, error))
        << error;
    bool budget = false;
    for (const Issue &issue : report.issues)
      budget |= issue.kind == Issue::Kind::BudgetExceeded;
    EXPECT_EQ(budget, threads < 4) << describe(report, buffers);
    EXPECT_EQ(fromBytes<int32_t>(buffers[0].bytes)[0],
              threads < 4 ? int32_t(threads) : 4);
  }
}

INSTANTIATE_TEST_SUITE_P(Triton, TritonSyncOracle,
                         ::testing::ValuesIn(syncFixtureNames()),
                         [](const ::testing::TestParamInfo<std::string> &p) {
                           return p.param;
                         });

/// The fixture set must keep covering what the kernels of this project rely
/// on; dropping a fixture that is the only evidence for a semantic fails.
TEST(TritonOracleSet, CoversTheRequiredSemantics) {
  std::map<std::string, std::set<std::string>> uses;
  for (const std::string &name : fixtureNames())
    uses[name] =
        intrinsicsOf(readText(kFixtureRoot + "/" + name + "/kernel.ll"));
  auto count = [&](const std::string &intrinsic) {
    int n = 0;
    for (auto &[name, set] : uses)
      n += set.count(intrinsic);
    return n;
  };
  EXPECT_GE(uses.size(), 12u);
  const char *required[] = {
      // FP8 in A / in B, both shapes (operand vector types: v8i32 = FP8).
      "llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v4i32",
      "llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v8i32",
      "llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v8i32.v8i32",
      "llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v4i32",
      "llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v8i32",
      "llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v8i32.v8i32",
      // fp4 x fp4.
      "llvm.amdgcn.mfma.scale.f32.16x16x128.f8f6f4.v4i32.v4i32",
      "llvm.amdgcn.mfma.scale.f32.32x32x64.f8f6f4.v4i32.v4i32",
      // bf16 x fp4 through the hardware upcast.
      "llvm.amdgcn.cvt.scalef32.pk.bf16.fp4",
      "llvm.amdgcn.mfma.f32.16x16x32.bf16",
      "llvm.amdgcn.mfma.f32.32x32x16.bf16",
      // Lane permutes.
      "llvm.amdgcn.permlane16.swap",
      "llvm.amdgcn.permlane32.swap",
      // DPP on f32 (the routed-MMA accumulator anchor is one).
      "llvm.amdgcn.update.dpp.f32",
  };
  for (const char *intrinsic : required)
    EXPECT_GT(count(intrinsic), 0) << "no fixture exercises " << intrinsic;
  // DPP controls from outside compilers: the f32 identity anchor, quad_perm,
  // row shifts, mirrors and broadcasts with row masks, banked shifts with
  // an `old` operand. "type ctrl row_mask bank_mask bound_ctrl".
  std::set<std::string> dpp;
  std::regex dppCall(R"(@llvm\.amdgcn\.update\.dpp\.(\w+)\([^,]+, [^,]+, )"
                     R"(i32 (\d+), i32 (\d+), i32 (\d+), i1 (\w+)\))");
  for (const std::string &name : fixtureNames()) {
    std::string ir = readText(kFixtureRoot + "/" + name + "/kernel.ll");
    for (auto it = std::sregex_iterator(ir.begin(), ir.end(), dppCall);
         it != std::sregex_iterator(); ++it)
      dpp.insert((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str() +
                 " " + (*it)[4].str() + " " + (*it)[5].str());
  }
  for (const char *form :
       {"f32 228 15 15 false", "f32 177 15 15 true",  "f32 78 15 15 true",
        "f32 320 15 15 true",  "f32 321 15 15 true",  "f32 322 10 15 false",
        "f32 322 10 15 true",  "f32 323 15 15 true",  "f32 273 15 15 true",
        "f32 280 15 15 true",  "i32 177 15 15 false", "i32 78 15 15 false",
        "i32 260 15 5 false",  "i32 276 15 10 false", "i32 264 15 3 false",
        "i32 280 15 12 false", "i32 322 10 15 false", "i32 323 12 15 false",
        "f32 323 12 15 false", "f32 312 15 15 false"})
    EXPECT_TRUE(dpp.count(form)) << "no fixture exercises update.dpp " << form;
  // Only per-lane results see a wrong bank mask (reductions do not).
  bool butterfly = false;
  for (auto &[name, set] : uses)
    butterfly |= name.find("butterfly") != std::string::npos &&
                 set.count("llvm.amdgcn.update.dpp.i32");
  EXPECT_TRUE(butterfly) << "no fixture with per-lane DPP butterfly results";
  bool tail = false;
  for (auto &[name, set] : uses)
    tail |= name.find("tail") != std::string::npos;
  EXPECT_TRUE(tail) << "no fixture with a K tail";
  // The fused layer's cross-workgroup handoff: what it emits must stay
  // exercised by a fixture that races workgroups (TritonSyncOracle).
  std::string syncIr;
  for (const std::string &name : syncFixtureNames())
    syncIr += readText(kFixtureRoot + "/" + name + "/kernel.ll");
  for (const char *construct :
       {"fence syncscope(\"agent\") release",
        "fence syncscope(\"agent\") acquire", "load atomic i32",
        "store atomic i32", "cmpxchg ptr addrspace(1)",
        "syncscope(\"agent\") acq_rel", "atomicrmw xchg",
        "@llvm.amdgcn.s.sleep(", "@llvm.amdgcn.readfirstlane.i32(",
        "@llvm.amdgcn.implicitarg.ptr("})
    EXPECT_NE(syncIr.find(construct), std::string::npos)
        << "no sync fixture exercises " << construct;
}

} // namespace
