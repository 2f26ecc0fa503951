//===- ChecksTest.cpp - bounds, races and divergence are reported ---------===//

#include "EmulatorTestUtil.h"

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

const char *kBoundsKernel = R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1), i16, i64, i32)
declare <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8), i32, i32, i32)
declare void @llvm.amdgcn.raw.ptr.buffer.store.v4i32(<4 x i32>, ptr addrspace(8), i32, i32, i32)
define amdgpu_kernel void @bounds(ptr addrspace(1) %src, ptr addrspace(1) %dst, ptr addrspace(1) %out, i64 %n) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %rs = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %src, i16 0, i64 %n, i32 159744)
  %off = mul i32 %l, 16
  %v = call <4 x i32> @llvm.amdgcn.raw.ptr.buffer.load.v4i32(ptr addrspace(8) %rs, i32 %off, i32 0, i32 0)
  %po = getelementptr <4 x i32>, ptr addrspace(1) %out, i32 %l
  store <4 x i32> %v, ptr addrspace(1) %po
  %rd = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %dst, i16 0, i64 %n, i32 159744)
  %i = insertelement <4 x i32> poison, i32 %l, i32 0
  %lv = shufflevector <4 x i32> %i, <4 x i32> poison, <4 x i32> zeroinitializer
  call void @llvm.amdgcn.raw.ptr.buffer.store.v4i32(<4 x i32> %lv, ptr addrspace(8) %rd, i32 %off, i32 0, i32 0)
  ret void
}
)ll";

} // namespace

TEST(Checks, BufferBoundsPerDword) {
  auto module = load(kBoundsKernel);
  ASSERT_TRUE(module);
  // num_records 20 and 22: the dword at 20..23 is out of range in both
  // (a dword straddling num_records counts as out of range).
  for (int64_t n : {20, 22}) {
    SCOPED_TRACE("num_records " + std::to_string(n));
    std::vector<uint8_t> src(64);
    for (int i = 0; i < 64; ++i)
      src[i] = uint8_t(i + 1);
    std::vector<Buffer> buffers = {
        {"src", src},
        {"dst", std::vector<uint8_t>(64, 0xEE)},
        {"out", std::vector<uint8_t>(64 * 16, 0xAB)}};
    Report report;
    std::string error;
    ASSERT_TRUE(module->launch("bounds", LaunchConfig{},
                               {KernelArg::buf(0), KernelArg::buf(1),
                                KernelArg::buf(2), KernelArg::i64(n)},
                               buffers, report, error))
        << error;
    EXPECT_TRUE(report.ok()) << describe(report, buffers);
    const auto &out = buffers[2].bytes;
    for (int b = 0; b < 64 * 16; ++b) {
      uint8_t want = b < 20 ? uint8_t(b + 1) : 0; // lane 1: one dword kept
      ASSERT_EQ(out[b], want) << "load byte " << b;
    }
    const auto &dst = buffers[1].bytes;
    for (int b = 0; b < 64; ++b) {
      // Lane 0 stores 0 to bytes 0..15, lane 1 stores 1 to the in-range
      // dword 16..19 only; the rest keeps its 0xEE fill.
      uint8_t want = b < 16 ? 0 : b == 16 ? 1 : b < 20 ? 0 : 0xEE;
      ASSERT_EQ(dst[b], want) << "store byte " << b;
    }
    // 3 + 62 * 4 dwords dropped by the loads, as many by the stores.
    EXPECT_EQ(report.counters.bufferOutOfBoundsDwords, 2u * (3 + 62 * 4));
  }
}

namespace {

std::string ldsKernel(const std::string &between) {
  return R"ll(
@lds = internal addrspace(3) global [128 x i32] undef, align 4
declare i32 @llvm.amdgcn.workitem.id.x()
declare void @llvm.amdgcn.s.barrier()
declare void @llvm.amdgcn.wave.barrier()
define amdgpu_kernel void @exchange(ptr addrspace(1) %out, i32 %xor) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %p = getelementptr [128 x i32], ptr addrspace(3) @lds, i32 0, i32 %l
  store i32 %l, ptr addrspace(3) %p
)ll" + between +
         R"ll(
  %r = xor i32 %l, %xor
  %q = getelementptr [128 x i32], ptr addrspace(3) @lds, i32 0, i32 %r
  %v = load i32, ptr addrspace(3) %q
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %v, ptr addrspace(1) %po
  ret void
}
)ll";
}

Report runExchange(Module &module, int lanes, int xorMask,
                   std::vector<int32_t> &out) {
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(lanes * 4, 0)}};
  LaunchConfig config;
  config.block = {uint32_t(lanes), 1, 1};
  Report report;
  std::string error;
  EXPECT_TRUE(module.launch("exchange", config,
                            {KernelArg::buf(0), KernelArg::i32(xorMask)},
                            buffers, report, error))
      << error;
  out = fromBytes<int32_t>(buffers[0].bytes);
  return report;
}

} // namespace

TEST(Checks, MissingBarrierIsAnLdsRace) {
  // Two waves swap halves through LDS (lane l reads lane l ^ 64).
  auto racy = load(ldsKernel(""));
  auto fixed = load(ldsKernel("  fence syncscope(\"workgroup\") release\n"
                              "  call void @llvm.amdgcn.s.barrier()\n"
                              "  fence syncscope(\"workgroup\") acquire\n"));
  ASSERT_TRUE(racy && fixed);
  std::vector<int32_t> out;
  Report bad = runExchange(*racy, 128, 64, out);
  EXPECT_GE(countIssues(bad, Issue::Kind::LdsRace), 1u);
  EXPECT_FALSE(bad.ok());
  Report good = runExchange(*fixed, 128, 64, out);
  EXPECT_TRUE(good.ok()) << describe(good, {});
  for (int l = 0; l < 128; ++l)
    ASSERT_EQ(out[l], l ^ 64);
  EXPECT_EQ(good.counters.barriers, 1u);
}

TEST(Checks, UninitializedLdsRead) {
  // Lane l reads lane l ^ 64, but only 64 lanes exist: nobody wrote it.
  auto module = load(ldsKernel("  call void @llvm.amdgcn.s.barrier()\n"));
  ASSERT_TRUE(module);
  std::vector<int32_t> out;
  Report r = runExchange(*module, 64, 64, out);
  EXPECT_EQ(countIssues(r, Issue::Kind::LdsUninitialized), 1u);
  EXPECT_EQ(r.issues.front().count, 64u * 4); // every byte of every read
}

TEST(Checks, SameWaveLdsHandoffNeedsWaveSync) {
  // Within one wave, lane l reads lane l ^ 1: fine on hardware (lockstep),
  // reported without a wave-wide sync because lanes run one after another.
  auto unsynced = load(ldsKernel(""));
  auto synced = load(ldsKernel("  call void @llvm.amdgcn.wave.barrier()\n"));
  ASSERT_TRUE(unsynced && synced);
  std::vector<int32_t> out;
  Report bad = runExchange(*unsynced, 64, 1, out);
  EXPECT_EQ(countIssues(bad, Issue::Kind::LaneDependency), 1u)
      << describe(bad, {});
  Report good = runExchange(*synced, 64, 1, out);
  EXPECT_TRUE(good.ok()) << describe(good, {});
  for (int l = 0; l < 64; ++l)
    ASSERT_EQ(out[l], l ^ 1);
}

TEST(Checks, LdsOutOfRangeIsReportedAndContained) {
  auto module = load(ldsKernel("  call void @llvm.amdgcn.s.barrier()\n"));
  ASSERT_TRUE(module);
  std::vector<int32_t> out;
  // xor 256 sends every read past the 512-byte LDS allocation.
  Report r = runExchange(*module, 64, 256, out);
  EXPECT_EQ(countIssues(r, Issue::Kind::LdsOutOfBounds), 1u);
  for (int l = 0; l < 64; ++l)
    ASSERT_EQ(out[l], 0); // redirected to a zeroed sink
}

TEST(Checks, DivergentCollectiveIsReportedNotDeadlocked) {
  auto module = load(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.readfirstlane.i32(i32)
define amdgpu_kernel void @div(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %c = icmp ult i32 %l, 32
  br i1 %c, label %a, label %b
a:
  %x = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %l)
  br label %j
b:
  %y = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %l)
  br label %j
j:
  %v = phi i32 [ %x, %a ], [ %y, %b ]
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %v, ptr addrspace(1) %po
  ret void
}
)ll");
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(256, 0)}};
  Report report;
  std::string error;
  ASSERT_TRUE(module->launch("div", LaunchConfig{}, {KernelArg::buf(0)},
                             buffers, report, error))
      << error;
  ASSERT_EQ(countIssues(report, Issue::Kind::DivergentCollective), 1u);
  EXPECT_NE(report.issues.front().message.find("wait at different collectives"),
            std::string::npos);
  EXPECT_EQ(report.issues.front().kernel, "div");
}

TEST(Checks, WaveCollectivesAcrossLanes) {
  // readfirstlane, readlane, ballot, bpermute, mbcnt and a DPP row shift.
  auto module = load(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.readfirstlane.i32(i32)
declare i32 @llvm.amdgcn.readlane.i32(i32, i32)
declare i64 @llvm.amdgcn.ballot.i64(i1)
declare i32 @llvm.amdgcn.ds.bpermute(i32, i32)
declare i32 @llvm.amdgcn.mbcnt.lo(i32, i32)
declare i32 @llvm.amdgcn.mbcnt.hi(i32, i32)
declare i32 @llvm.amdgcn.update.dpp.i32(i32, i32, i32, i32, i32, i1)
define amdgpu_kernel void @coll(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %v = mul i32 %l, 3
  %a = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %v)
  %b = call i32 @llvm.amdgcn.readlane.i32(i32 %v, i32 5)
  %odd = and i32 %l, 1
  %c1 = icmp eq i32 %odd, 1
  %m = call i64 @llvm.amdgcn.ballot.i64(i1 %c1)
  %mlo = trunc i64 %m to i32
  %rot = add i32 %l, 1
  %rot64 = and i32 %rot, 63
  %addr = shl i32 %rot64, 2
  %p = call i32 @llvm.amdgcn.ds.bpermute(i32 %addr, i32 %v)
  %lo = call i32 @llvm.amdgcn.mbcnt.lo(i32 -1, i32 0)
  %id = call i32 @llvm.amdgcn.mbcnt.hi(i32 -1, i32 %lo)
  %d = call i32 @llvm.amdgcn.update.dpp.i32(i32 -1, i32 %v, i32 273, i32 15, i32 15, i1 false)
  %base = mul i32 %l, 6
  %p0 = getelementptr i32, ptr addrspace(1) %out, i32 %base
  store i32 %a, ptr addrspace(1) %p0
  %p1 = getelementptr i32, ptr addrspace(1) %p0, i32 1
  store i32 %b, ptr addrspace(1) %p1
  %p2 = getelementptr i32, ptr addrspace(1) %p0, i32 2
  store i32 %mlo, ptr addrspace(1) %p2
  %p3 = getelementptr i32, ptr addrspace(1) %p0, i32 3
  store i32 %p, ptr addrspace(1) %p3
  %p4 = getelementptr i32, ptr addrspace(1) %p0, i32 4
  store i32 %id, ptr addrspace(1) %p4
  %p5 = getelementptr i32, ptr addrspace(1) %p0, i32 5
  store i32 %d, ptr addrspace(1) %p5
  ret void
}
)ll");
  ASSERT_TRUE(module);
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(64 * 24, 0)}};
  Report report;
  std::string error;
  ASSERT_TRUE(module->launch("coll", LaunchConfig{}, {KernelArg::buf(0)},
                             buffers, report, error))
      << error;
  ASSERT_TRUE(report.ok()) << describe(report, buffers);
  auto out = fromBytes<int32_t>(buffers[0].bytes);
  for (int l = 0; l < 64; ++l) {
    const int32_t *o = &out[l * 6];
    EXPECT_EQ(o[0], 0) << l;                     // lane 0's value
    EXPECT_EQ(o[1], 15) << l;                    // lane 5's value
    EXPECT_EQ(uint32_t(o[2]), 0xAAAAAAAAu) << l; // odd lanes
    EXPECT_EQ(o[3], 3 * ((l + 1) % 64)) << l;    // next lane's value
    EXPECT_EQ(o[4], l) << l;                     // lane id
    // row_shr:1 (0x111): lane 0 of each row keeps `old` (-1).
    EXPECT_EQ(o[5], l % 16 == 0 ? -1 : 3 * (l - 1)) << l;
  }
}
