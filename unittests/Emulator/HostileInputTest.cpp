//===- HostileInputTest.cpp - the emulator survives hostile kernels -------===//
//
// Private overruns, wild pointers, oversized allocations, lying descriptors,
// wrong block sizes and endless work: each ends in an Issue or a one-line
// launch error, never in a crash or a run without end.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"

#include <chrono>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

std::unique_ptr<Module> load(const std::string &body) {
  std::string error;
  auto m = Module::loadFromString(std::string(kTriple) + body, error);
  EXPECT_TRUE(m) << error;
  return m;
}

size_t countIssues(const Report &r, Issue::Kind kind) {
  size_t n = 0;
  for (const Issue &i : r.issues)
    n += i.kind == kind;
  return n;
}

uint64_t hits(const Report &r, Issue::Kind kind) {
  uint64_t n = 0;
  for (const Issue &i : r.issues)
    if (i.kind == kind)
      n += i.count;
  return n;
}

/// Each lane fills a 4-element private array with l*4+e, stores `val` at
/// element `idx` (in range or not), then writes element l%4 to out[l]. The
/// flat variant stores through a pointer rebuilt from an integer, which only
/// the runtime can classify.
std::string privateKernel(bool flat) {
  std::string store = flat ? R"ll(
  %f = addrspacecast ptr addrspace(5) %a to ptr
  %fi = ptrtoint ptr %f to i64
  %ix = sext i32 %idx to i64
  %ob = mul i64 %ix, 4
  %fj = add i64 %fi, %ob
  %fp = inttoptr i64 %fj to ptr
  store i32 %val, ptr %fp
)ll"
                           : R"ll(
  %p = getelementptr [4 x i32], ptr addrspace(5) %a, i32 0, i32 %idx
  store i32 %val, ptr addrspace(5) %p
)ll";
  return R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
define amdgpu_kernel void @priv(ptr addrspace(1) %out, i32 %idx, i32 %val) {
  %a = alloca [4 x i32], align 4, addrspace(5)
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %b = mul i32 %l, 4
  br label %fill
fill:
  %e = phi i32 [0, %0], [%e1, %fill]
  %pe = getelementptr [4 x i32], ptr addrspace(5) %a, i32 0, i32 %e
  %x = add i32 %b, %e
  store i32 %x, ptr addrspace(5) %pe
  %e1 = add i32 %e, 1
  %more = icmp ult i32 %e1, 4
  br i1 %more, label %fill, label %done
done:
)ll" + store +
         R"ll(
  %m = and i32 %l, 3
  %q = getelementptr [4 x i32], ptr addrspace(5) %a, i32 0, i32 %m
  %v = load i32, ptr addrspace(5) %q
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %v, ptr addrspace(1) %po
  ret void
}
)ll";
}

Report runPrivate(Module &module, int32_t idx, int32_t val,
                  std::vector<int32_t> &out) {
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(64 * 4, 0xAB)}};
  Report report;
  std::string error;
  EXPECT_TRUE(module.launch(
      "priv", LaunchConfig{},
      {KernelArg::buf(0), KernelArg::i32(idx), KernelArg::i32(val)}, buffers,
      report, error))
      << error;
  out = fromBytes<int32_t>(buffers[0].bytes);
  return report;
}

} // namespace

TEST(HostileInput, PrivateOverrunIsReportedNotExecuted) {
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  for (bool flat : {false, true}) {
    SCOPED_TRACE(flat ? "flat pointer" : "private pointer");
    auto module = load(privateKernel(flat));
    ASSERT_TRUE(module);
    int32_t val = int32_t(rng() | 0x40000000);
    std::vector<int32_t> out;
    // In range: the value lands where asked.
    int32_t idx = int32_t(rng() % 4);
    Report good = runPrivate(*module, idx, val, out);
    EXPECT_TRUE(good.ok()) << describe(good, {});
    for (int l = 0; l < 64; ++l)
      ASSERT_EQ(out[l], (l & 3) == idx ? val : l * 4 + (l & 3)) << "lane " << l;
    // One past the end, one before the start, a lane stack away (past the
    // fiber's guard page): reported for every lane, the array intact.
    // Far through a flat pointer leaves the lane's stack altogether: then
    // it is whatever lies there (another lane's stack, the LDS window, no
    // memory), reported as such.
    for (int32_t bad : {4, -1, 1 << 20}) {
      SCOPED_TRACE("index " + std::to_string(bad));
      Report r = runPrivate(*module, bad, val, out);
      bool far = flat && bad == (1 << 20);
      uint64_t reported = hits(r, Issue::Kind::PrivateOutOfBounds);
      if (far)
        reported += hits(r, Issue::Kind::GlobalOutOfBounds) +
                    hits(r, Issue::Kind::LdsOutOfBounds);
      else
        EXPECT_EQ(r.issues.size(), 1u) << describe(r, {});
      EXPECT_EQ(reported, 64u) << describe(r, {});
      ASSERT_FALSE(r.issues.empty());
      EXPECT_EQ(r.issues[0].lane, 0);
      EXPECT_NE(r.issues[0].site.find("store i32 %val"), std::string::npos)
          << r.issues[0].site;
      for (int l = 0; l < 64; ++l)
        ASSERT_EQ(out[l], l * 4 + (l & 3)) << "lane " << l;
    }
  }
}

TEST(HostileInput, PrivateSizesAreCheckedBeforeRunning) {
  // Over gfx9's per-lane scratch limit: refused at launch.
  auto huge = load(R"ll(
define amdgpu_kernel void @big(ptr addrspace(1) %out) {
  %a = alloca [40000 x i32], align 4, addrspace(5)
  store i32 1, ptr addrspace(5) %a
  ret void
}
)ll");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->kernels()[0].privateBytes, 160000u);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4)}};
  Report report;
  std::string error;
  EXPECT_FALSE(huge->launch("big", LaunchConfig{}, {KernelArg::buf(0)}, buffers,
                            report, error));
  EXPECT_EQ(error, "kernel 'big' needs 160000 bytes of private memory per "
                   "lane; a gfx9 lane has at most 131056");

  // Just under it: the lane's stack grows to hold it, both ends usable.
  auto large = load(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
define amdgpu_kernel void @large(ptr addrspace(1) %out) {
  %a = alloca [32000 x i32], align 4, addrspace(5)
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %last = getelementptr [32000 x i32], ptr addrspace(5) %a, i32 0, i32 31999
  store i32 %l, ptr addrspace(5) %a
  store i32 7, ptr addrspace(5) %last
  %x = load i32, ptr addrspace(5) %a
  %y = load i32, ptr addrspace(5) %last
  %s = add i32 %x, %y
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %s, ptr addrspace(1) %po
  ret void
}
)ll");
  ASSERT_TRUE(large);
  buffers = {{"out", poisonF32(64)}};
  ASSERT_TRUE(large->launch("large", LaunchConfig{}, {KernelArg::buf(0)},
                            buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  auto out = fromBytes<int32_t>(buffers[0].bytes);
  for (int l = 0; l < 64; ++l)
    ASSERT_EQ(out[l], l + 7);

  // A dynamic alloca asks at run time: one too large gets no memory and
  // every access to it is reported, the lanes run on.
  auto dynamic = load(R"ll(
define amdgpu_kernel void @dyn(ptr addrspace(1) %out, i64 %n) {
  %a = alloca i32, i64 %n, align 4, addrspace(5)
  store i32 5, ptr addrspace(5) %a
  %v = load i32, ptr addrspace(5) %a
  store i32 %v, ptr addrspace(1) %out
  ret void
}
)ll");
  ASSERT_TRUE(dynamic);
  for (int64_t n : {int64_t(16), int64_t(1) << 40}) {
    SCOPED_TRACE("n " + std::to_string(n));
    buffers = {{"out", std::vector<uint8_t>(4, 0xEE)}};
    ASSERT_TRUE(dynamic->launch("dyn", LaunchConfig{},
                                {KernelArg::buf(0), KernelArg::i64(n)}, buffers,
                                report, error))
        << error;
    if (n == 16) {
      EXPECT_TRUE(report.ok()) << describe(report, buffers);
      EXPECT_EQ(fromBytes<int32_t>(buffers[0].bytes)[0], 5);
    } else {
      // The alloca's own refusal plus the store and the load.
      EXPECT_EQ(countIssues(report, Issue::Kind::PrivateOutOfBounds), 3u)
          << describe(report, buffers);
      EXPECT_EQ(fromBytes<int32_t>(buffers[0].bytes)[0], 0);
    }
  }
}

TEST(HostileInput, LdsSizesAreCheckedBeforeRunning) {
  auto module = load(R"ll(
@lds = internal addrspace(3) global [50000 x i32] undef, align 4
define amdgpu_kernel void @biglds(ptr addrspace(1) %out) {
  store i32 1, ptr addrspace(3) @lds
  ret void
}
)ll");
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4)}};
  Report report;
  std::string error;
  EXPECT_FALSE(module->launch("biglds", LaunchConfig{}, {KernelArg::buf(0)},
                              buffers, report, error));
  EXPECT_EQ(error, "kernel needs 200000 bytes of LDS (200000 static + 0 "
                   "dynamic); gfx950 has 163840");

  auto dynamic = load(R"ll(
@dyn = external addrspace(3) global [0 x i32], align 16
define amdgpu_kernel void @dynlds(ptr addrspace(1) %out) {
  store i32 1, ptr addrspace(3) @dyn
  ret void
}
)ll");
  ASSERT_TRUE(dynamic);
  LaunchConfig config;
  config.dynamicLdsBytes = 0xFFFFFFFFu;
  EXPECT_FALSE(dynamic->launch("dynlds", config, {KernelArg::buf(0)}, buffers,
                               report, error));
  EXPECT_EQ(error, "kernel needs 4294967295 bytes of LDS (0 static + "
                   "4294967295 dynamic); gfx950 has 163840");
}

TEST(HostileInput, WildPointersAreReportedNotExecuted) {
  auto module = load(R"ll(
declare void @llvm.memset.p1.i64(ptr addrspace(1), i8, i64, i1)
declare void @llvm.memcpy.p1.p1.i64(ptr addrspace(1), ptr addrspace(1), i64, i1)
define amdgpu_kernel void @wild(ptr addrspace(1) %buf, i64 %addr, i64 %len) {
  %p = inttoptr i64 %addr to ptr addrspace(1)
  store i32 7, ptr addrspace(1) %p
  %v = load i32, ptr addrspace(1) %p
  %f = inttoptr i64 %addr to ptr
  store i32 %v, ptr %f
  %w = atomicrmw add ptr %f, i32 1 monotonic
  call void @llvm.memset.p1.i64(ptr addrspace(1) %p, i8 0, i64 %len, i1 false)
  call void @llvm.memcpy.p1.p1.i64(ptr addrspace(1) %buf, ptr addrspace(1) %p, i64 %len, i1 false)
  store i32 %w, ptr addrspace(1) %buf
  ret void
}
)ll");
  ASSERT_TRUE(module);
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937_64 rng(seed);
  // Unmapped low memory and a random address in the upper half of the
  // user address space, with lengths up to 2^40.
  for (uint64_t addr : {uint64_t(16), (uint64_t(1) << 46) + (rng() >> 20)}) {
    SCOPED_TRACE("address " + std::to_string(addr));
    std::vector<Buffer> buffers = {{"buf", std::vector<uint8_t>(64, 0xEE)}};
    Report report;
    std::string error;
    ASSERT_TRUE(
        module->launch("wild", LaunchConfig{},
                       {KernelArg::buf(0), KernelArg::i64(int64_t(addr)),
                        KernelArg::i64(int64_t(1) << (20 + rng() % 21))},
                       buffers, report, error))
        << error;
    // The two stores, the load, the atomic, the memset and the memcpy: six
    // sites, each hit by all 64 lanes, the memcpy twice (its source is
    // wild, its length overruns buf).
    EXPECT_EQ(countIssues(report, Issue::Kind::GlobalOutOfBounds), 6u)
        << describe(report, buffers);
    EXPECT_EQ(hits(report, Issue::Kind::GlobalOutOfBounds), 7u * 64);
    auto words = fromBytes<uint32_t>(buffers[0].bytes);
    EXPECT_EQ(words[0], 0u); // the atomic read zero from the sink
    for (size_t i = 1; i < words.size(); ++i)
      ASSERT_EQ(words[i], 0xEEEEEEEEu) << "word " << i;
  }
}

TEST(HostileInput, MemIntrinsicsAreBoundsChecked) {
  auto module = load(R"ll(
declare void @llvm.memcpy.p1.p1.i64(ptr addrspace(1), ptr addrspace(1), i64, i1)
declare void @llvm.memset.p5.i64(ptr addrspace(5), i8, i64, i1)
define amdgpu_kernel void @copy(ptr addrspace(1) %dst, ptr addrspace(1) %src, i64 %len, i64 %plen) {
  %a = alloca [8 x i32], align 4, addrspace(5)
  call void @llvm.memset.p5.i64(ptr addrspace(5) %a, i8 1, i64 %plen, i1 false)
  call void @llvm.memcpy.p1.p1.i64(ptr addrspace(1) %dst, ptr addrspace(1) %src, i64 %len, i1 false)
  ret void
}
)ll");
  ASSERT_TRUE(module);
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<uint8_t> src(256);
  for (uint8_t &b : src)
    b = uint8_t(rng());
  struct Case {
    int64_t len, plen;
    size_t globalIssues, privateIssues;
  };
  for (Case c : {Case{256, 32, 0, 0}, Case{257, 32, 1, 0}, Case{128, 33, 0, 1},
                 Case{int64_t(1) << 40, 1 << 30, 1, 1}}) {
    SCOPED_TRACE("len " + std::to_string(c.len));
    std::vector<Buffer> buffers = {{"dst", std::vector<uint8_t>(256, 0xEE)},
                                   {"src", src}};
    Report report;
    std::string error;
    ASSERT_TRUE(module->launch("copy", LaunchConfig{},
                               {KernelArg::buf(0), KernelArg::buf(1),
                                KernelArg::i64(c.len), KernelArg::i64(c.plen)},
                               buffers, report, error))
        << error;
    EXPECT_EQ(countIssues(report, Issue::Kind::GlobalOutOfBounds),
              c.globalIssues)
        << describe(report, buffers);
    EXPECT_EQ(countIssues(report, Issue::Kind::PrivateOutOfBounds),
              c.privateIssues)
        << describe(report, buffers);
    bool copied = c.globalIssues == 0;
    for (size_t b = 0; b < 256; ++b) {
      uint8_t want = copied && int64_t(b) < c.len ? src[b] : 0xEE;
      ASSERT_EQ(buffers[0].bytes[b], want) << "byte " << b;
    }
  }
}

namespace {

const char *kDescriptorKernel = R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1), i16, i64, i32)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8), i32, i32, i32)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4i32(<4 x i32>, ptr addrspace(8), i32, i32, i32)
define amdgpu_kernel void @copy(ptr addrspace(1) %src, ptr addrspace(1) %out, i64 %n) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %rs = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %src, i16 0, i64 %n, i32 159744)
  %ro = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %out, i16 0, i64 %n, i32 159744)
  %off = mul i32 %l, 16
  %v = call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %rs, i32 %off, i32 0, i32 0)
  call void @llvm.amdgcn.raw.ptr.buffer.store.v4i32(<4 x i32> %v, ptr addrspace(8) %ro, i32 %off, i32 0, i32 0)
  ret void
}
)ll";

} // namespace

TEST(HostileInput, LyingDescriptorIsACallerBugNotABoundsDrop) {
  auto module = load(kDescriptorKernel);
  ASSERT_TRUE(module);
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  // src holds 4 lanes' data; out has room for all 64.
  std::vector<uint8_t> src(64);
  for (uint8_t &b : src)
    b = uint8_t(rng());
  auto run = [&](int64_t n, std::vector<Buffer> &buffers) {
    buffers = {{"src", src}, {"out", std::vector<uint8_t>(64 * 16, 0xEE)}};
    Report report;
    std::string error;
    EXPECT_TRUE(module->launch(
        "copy", LaunchConfig{},
        {KernelArg::buf(0), KernelArg::buf(1), KernelArg::i64(n)}, buffers,
        report, error))
        << error;
    return report;
  };
  std::vector<Buffer> buffers;
  // Honest (num_records = the buffer): lanes 4.. are dropped by bounds,
  // as the hardware does. Both descriptors use n, so out keeps 0xEE there.
  Report honest = run(64, buffers);
  EXPECT_TRUE(honest.ok()) << describe(honest, buffers);
  EXPECT_EQ(honest.counters.bufferOutOfBoundsDwords, 2u * 60 * 4);
  // Lying: num_records claims 460 times the 64 bytes src has. The reads
  // past src are the caller's bug, reported, and read zeros (not whatever
  // lies after src); the stores inside out are fine.
  Report lying = run(64 * 460, buffers);
  EXPECT_EQ(countIssues(lying, Issue::Kind::DescriptorOverrun), 1u)
      << describe(lying, buffers);
  EXPECT_EQ(hits(lying, Issue::Kind::DescriptorOverrun), 60u * 4);
  EXPECT_EQ(lying.issues.size(), 1u) << describe(lying, buffers);
  EXPECT_EQ(lying.counters.bufferOutOfBoundsDwords, 0u);
  EXPECT_EQ(lying.counters.globalBytesRead[0], 64u);
  EXPECT_EQ(lying.counters.globalBytesWritten[1], 64u * 16);
  ASSERT_FALSE(lying.issues.empty());
  EXPECT_NE(lying.issues[0].message.find("past the end of the buffer"),
            std::string::npos)
      << lying.issues[0].message;
  for (size_t b = 0; b < 64 * 16; ++b)
    ASSERT_EQ(buffers[1].bytes[b], b < 64 ? src[b] : 0) << "byte " << b;
}

TEST(HostileInput, BlockSizeMustMatchTheKernelsAttributes) {
  auto module = load(R"ll(
define amdgpu_kernel void @flat(ptr addrspace(1) %out) #0 {
  ret void
}
define amdgpu_kernel void @reqd(ptr addrspace(1) %out) !reqd_work_group_size !0 {
  ret void
}
attributes #0 = { "amdgpu-flat-work-group-size"="64,128" }
!0 = !{i32 64, i32 2, i32 1}
)ll");
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4)}};
  struct Case {
    const char *kernel;
    std::array<uint32_t, 3> block;
    const char *error; // empty: runs
  };
  for (Case c : {
           Case{"flat", {64, 1, 1}, ""},
           Case{"flat", {64, 2, 1}, ""},
           Case{"flat",
                {256, 1, 1},
                "kernel 'flat' was compiled for workgroups of 64..128 lanes, "
                "the launch has 256"},
           Case{"flat",
                {32, 1, 1},
                "kernel 'flat' was compiled for workgroups of 64..128 lanes, "
                "the launch has 32"},
           Case{"reqd", {64, 2, 1}, ""},
           Case{"reqd",
                {128, 1, 1},
                "kernel 'reqd' requires a block of 64x2x1 lanes, the launch "
                "has 128x1x1"},
       }) {
    SCOPED_TRACE(std::string(c.kernel) + " " + std::to_string(c.block[0]) +
                 "x" + std::to_string(c.block[1]));
    LaunchConfig config;
    config.block = c.block;
    Report report;
    std::string error;
    bool ran = module->launch(c.kernel, config, {KernelArg::buf(0)}, buffers,
                              report, error);
    EXPECT_EQ(ran, !*c.error);
    EXPECT_EQ(error, c.error);
  }
}

namespace {

/// Every lane counts to %n (0: 2^32 iterations, minutes of emulation).
const char *kSpinKernel = R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
define amdgpu_kernel void @spin(ptr addrspace(1) %out, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%i1, %loop]
  %i1 = add i32 %i, 1
  %c = icmp ne i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %i1, ptr addrspace(1) %po
  ret void
}
)ll";

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

} // namespace

TEST(HostileInput, InstructionBudgetStopsAnEndlessLaunch) {
  auto module = load(kSpinKernel);
  ASSERT_TRUE(module);
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<Buffer> buffers = {{"out", poisonF32(64)}};
  Report report;
  std::string error;
  LaunchConfig config;
  config.maxLaneInstructions = 20'000'000;
  // Within the budget: runs to the end, every lane's count written.
  int32_t n = int32_t(1000 + rng() % 1000);
  ASSERT_TRUE(module->launch("spin", config,
                             {KernelArg::buf(0), KernelArg::i32(n)}, buffers,
                             report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(countPoison(buffers[0].bytes), 0u);
  EXPECT_GT(report.counters.laneInstructions, 64u * 3 * uint64_t(n));
  // Endless: stopped at the budget with a report, and promptly.
  auto start = std::chrono::steady_clock::now();
  buffers = {{"out", poisonF32(64)}};
  ASSERT_TRUE(module->launch("spin", config,
                             {KernelArg::buf(0), KernelArg::i32(0)}, buffers,
                             report, error))
      << error;
  EXPECT_LT(secondsSince(start), 30.0);
  ASSERT_EQ(countIssues(report, Issue::Kind::BudgetExceeded), 1u)
      << describe(report, buffers);
  EXPECT_EQ(report.issues.size(), 1u) << describe(report, buffers);
  EXPECT_GE(report.counters.laneInstructions, config.maxLaneInstructions);
  EXPECT_LT(report.counters.laneInstructions,
            config.maxLaneInstructions + 200000);
  EXPECT_EQ(countPoison(buffers[0].bytes), 64u); // no lane finished
}

TEST(HostileInput, TimeLimitStopsAnEndlessLaunchWithProgress) {
  auto module = load(kSpinKernel);
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", poisonF32(64)}};
  Report report;
  std::string error;
  LaunchConfig config;
  config.timeLimitSeconds = 0.5;
  config.progressIntervalSeconds = 0.1;
  std::vector<LaunchProgress> seen;
  config.progress = [&](const LaunchProgress &p) { seen.push_back(p); };
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(module->launch("spin", config,
                             {KernelArg::buf(0), KernelArg::i32(0)}, buffers,
                             report, error))
      << error;
  double seconds = secondsSince(start);
  EXPECT_GE(seconds, 0.5);
  EXPECT_LT(seconds, 10.0);
  EXPECT_EQ(countIssues(report, Issue::Kind::BudgetExceeded), 1u)
      << describe(report, buffers);
  ASSERT_GE(seen.size(), 2u);
  for (size_t i = 1; i < seen.size(); ++i) {
    EXPECT_GE(seen[i].seconds - seen[i - 1].seconds, 0.09);
    EXPECT_GE(seen[i].laneInstructions, seen[i - 1].laneInstructions);
  }
  EXPECT_EQ(seen.back().workgroups, 1u);
  EXPECT_EQ(seen.back().workgroupsDone, 0u);
}

TEST(HostileInput, HugeGridEndsWithTheBudgetReport) {
  auto module = load(kSpinKernel);
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(64 * 4)}};
  Report report;
  std::string error;
  LaunchConfig config;
  config.grid = {0xFFFFFFFFu, 1, 1};
  config.threads = 2;
  config.maxLaneInstructions = 5'000'000;
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(module->launch("spin", config,
                             {KernelArg::buf(0), KernelArg::i32(4)}, buffers,
                             report, error))
      << error;
  EXPECT_LT(secondsSince(start), 30.0);
  EXPECT_EQ(countIssues(report, Issue::Kind::BudgetExceeded), 1u)
      << describe(report, buffers);
  EXPECT_GT(report.counters.workgroupsLaunched, 100u);
  EXPECT_LT(report.counters.workgroupsLaunched, 0xFFFFFFFFu);
  ASSERT_FALSE(report.issues.empty());
  EXPECT_NE(report.issues.back().message.find("of 4294967295 workgroups"),
            std::string::npos)
      << report.issues.back().message;

  // More workgroups than the emulator counts: refused.
  config.grid = {0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu};
  EXPECT_FALSE(module->launch("spin", config,
                              {KernelArg::buf(0), KernelArg::i32(4)}, buffers,
                              report, error));
  EXPECT_EQ(error, "a grid of 4294967295x4294967295x4294967295 workgroups is "
                   "more than the emulator counts (2^63)");
}

TEST(HostileInput, UncheckableMemoryIntrinsicsAreRefused) {
  // A masked store would run natively, unchecked: refused at load.
  std::string error;
  auto module = Module::loadFromString(std::string(kTriple) + R"ll(
declare void @llvm.masked.store.v4i32.p1(<4 x i32>, ptr addrspace(1), i32, <4 x i1>)
define amdgpu_kernel void @masked(ptr addrspace(1) %out) {
  call void @llvm.masked.store.v4i32.p1(<4 x i32> zeroinitializer, ptr addrspace(1) %out, i32 4, <4 x i1> <i1 1, i1 0, i1 1, i1 0>)
  ret void
}
)ll",
                                       error);
  EXPECT_FALSE(module);
  EXPECT_EQ(error, "unsupported intrinsic 'llvm.masked.store.v4i32.p1' (a "
                   "memory access the emulator cannot bounds-check)");
  // Lifetime markers on private arrays are fine.
  auto lifetime = load(R"ll(
declare void @llvm.lifetime.start.p5(ptr addrspace(5))
declare void @llvm.lifetime.end.p5(ptr addrspace(5))
define amdgpu_kernel void @life(ptr addrspace(1) %out) {
  %a = alloca i32, align 4, addrspace(5)
  call void @llvm.lifetime.start.p5(ptr addrspace(5) %a)
  store i32 3, ptr addrspace(5) %a
  %v = load i32, ptr addrspace(5) %a
  store i32 %v, ptr addrspace(1) %out
  call void @llvm.lifetime.end.p5(ptr addrspace(5) %a)
  ret void
}
)ll");
  ASSERT_TRUE(lifetime);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4)}};
  Report report;
  ASSERT_TRUE(lifetime->launch("life", LaunchConfig{}, {KernelArg::buf(0)},
                               buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  EXPECT_EQ(fromBytes<int32_t>(buffers[0].bytes)[0], 3);
}

TEST(HostileInput, PrivatePointerIntoAReturnedFrameIsOutOfBounds) {
  // @leak returns a pointer to its own private array; the kernel writes
  // through it after @leak returned (and again after another call reused the
  // stack). Inside @leak the same write is fine.
  auto module = load(R"ll(
define internal ptr addrspace(5) @leak(i32 %v) noinline {
  %a = alloca [4 x i32], align 4, addrspace(5)
  %p = getelementptr [4 x i32], ptr addrspace(5) %a, i32 0, i32 2
  store i32 %v, ptr addrspace(5) %p
  ret ptr addrspace(5) %p
}
define internal i32 @other(i32 %v) noinline {
  %b = alloca [64 x i32], align 4, addrspace(5)
  store i32 %v, ptr addrspace(5) %b
  %r = load i32, ptr addrspace(5) %b
  ret i32 %r
}
define amdgpu_kernel void @stale(ptr addrspace(1) %out) {
  %p = call ptr addrspace(5) @leak(i32 1)
  store i32 2, ptr addrspace(5) %p
  %r = call i32 @other(i32 3)
  store i32 %r, ptr addrspace(5) %p
  store i32 %r, ptr addrspace(1) %out
  ret void
}
)ll");
  ASSERT_TRUE(module);
  EXPECT_EQ(module->kernels()[0].privateBytes, 16u + 256u);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(4)}};
  Report report;
  std::string error;
  ASSERT_TRUE(module->launch("stale", LaunchConfig{}, {KernelArg::buf(0)},
                             buffers, report, error))
      << error;
  // The two stores through the stale pointer, for each of the 64 lanes.
  EXPECT_EQ(countIssues(report, Issue::Kind::PrivateOutOfBounds), 2u)
      << describe(report, buffers);
  EXPECT_EQ(hits(report, Issue::Kind::PrivateOutOfBounds), 2u * 64);
  EXPECT_EQ(report.issues.size(), 2u) << describe(report, buffers);
  EXPECT_EQ(fromBytes<int32_t>(buffers[0].bytes)[0], 3);
}

TEST(HostileInput, OverrunIntoAnotherBufferIsOutOfBounds) {
  // Lane l reads a[l + %skip]: %skip is the distance from a to b in
  // elements, so the reads land in b, memory the launch owns but not the
  // buffer the pointer comes from.
  auto module = load(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
define amdgpu_kernel void @over(ptr addrspace(1) %a, ptr addrspace(1) %b, ptr addrspace(1) %out, i64 %skip) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %l64 = zext i32 %l to i64
  %i = add i64 %l64, %skip
  %p = getelementptr i32, ptr addrspace(1) %a, i64 %i
  %v = load i32, ptr addrspace(1) %p
  %po = getelementptr i32, ptr addrspace(1) %out, i64 %l64
  store i32 %v, ptr addrspace(1) %po
  ret void
}
)ll");
  ASSERT_TRUE(module);
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<uint32_t> b(64);
  for (uint32_t &x : b)
    x = uint32_t(rng()) | 1;
  std::vector<Buffer> buffers = {{"a", std::vector<uint8_t>(256)},
                                 {"b", toBytes(b)},
                                 {"out", std::vector<uint8_t>(256, 0xEE)}};
  int64_t skip =
      (int64_t(reinterpret_cast<uintptr_t>(buffers[1].bytes.data())) -
       int64_t(reinterpret_cast<uintptr_t>(buffers[0].bytes.data()))) /
      4;
  ASSERT_EQ((reinterpret_cast<uintptr_t>(buffers[1].bytes.data()) -
             reinterpret_cast<uintptr_t>(buffers[0].bytes.data())) %
                4,
            0u);
  Report report;
  std::string error;
  ASSERT_TRUE(module->launch("over", LaunchConfig{},
                             {KernelArg::buf(0), KernelArg::buf(1),
                              KernelArg::buf(2), KernelArg::i64(skip)},
                             buffers, report, error))
      << error;
  EXPECT_EQ(countIssues(report, Issue::Kind::GlobalOutOfBounds), 1u)
      << describe(report, buffers);
  EXPECT_EQ(hits(report, Issue::Kind::GlobalOutOfBounds), 64u);
  ASSERT_FALSE(report.issues.empty());
  EXPECT_NE(report.issues[0].message.find("of buffer 0 (256 bytes), which its "
                                          "pointer comes from, lands in "
                                          "buffer 1"),
            std::string::npos)
      << report.issues[0].message;
  EXPECT_EQ(report.counters.globalBytesRead[1], 0u);
  auto out = fromBytes<uint32_t>(buffers[2].bytes);
  for (int l = 0; l < 64; ++l)
    ASSERT_EQ(out[l], 0u) << "lane " << l; // the sink, not b's data
}
