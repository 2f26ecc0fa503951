//===- ParallelTest.cpp - workgroups on several threads -------------------===//
//
// Workgroups run concurrently (LaunchConfig::threads). Global atomics from
// many workgroups — IR atomicrmw and buffer atomics, integer, f32 and packed
// bf16/f16 — must not lose updates; counters and issues must equal a
// one-thread run's; deterministic mode must give the same bytes every run.
//
//===----------------------------------------------------------------------===//

#include "PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/Routing.h"

#include <algorithm>
#include <numeric>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

const char *kAtomics = R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()
declare void @llvm.amdgcn.s.barrier()
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1), i16, i64, i32)
declare float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float, ptr addrspace(8), i32, i32, i32)
declare <2 x bfloat> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2bf16(<2 x bfloat>, ptr addrspace(8), i32, i32, i32)
declare <2 x half> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2f16(<2 x half>, ptr addrspace(8), i32, i32, i32)
declare i32 @llvm.amdgcn.raw.ptr.buffer.atomic.add.i32(i32, ptr addrspace(8), i32, i32, i32)
declare i32 @llvm.amdgcn.raw.ptr.buffer.atomic.smax.i32(i32, ptr addrspace(8), i32, i32, i32)

; Lane gid of workgroup g (256 lanes): 16 float slots get its integer value
; (IR atomicrmw fadd) and its random value (buffer fadd); 16 int slots gid
; (IR add) and 1 (buffer add); 64 packed slots +1.0 in bf16 and f16; one
; buffer smax; a ticket counter whose returned values must be a permutation.
define amdgpu_kernel void @atomics(ptr addrspace(1) %ints, ptr addrspace(1) %rands,
    ptr addrspace(1) %fsum, ptr addrspace(1) %isum, ptr addrspace(1) %bsum,
    ptr addrspace(1) %bcount, ptr addrspace(1) %packed, ptr addrspace(1) %max,
    ptr addrspace(1) %ticket, ptr addrspace(1) %order) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %base = mul i32 %g, 256
  %gid = add i32 %base, %l
  %slot = and i32 %gid, 15
  %pi = getelementptr float, ptr addrspace(1) %ints, i32 %gid
  %vi = load float, ptr addrspace(1) %pi
  %pr = getelementptr float, ptr addrspace(1) %rands, i32 %gid
  %vr = load float, ptr addrspace(1) %pr
  %pf = getelementptr float, ptr addrspace(1) %fsum, i32 %slot
  %o1 = atomicrmw fadd ptr addrspace(1) %pf, float %vi syncscope("agent") monotonic
  %pn = getelementptr i32, ptr addrspace(1) %isum, i32 %slot
  %o2 = atomicrmw add ptr addrspace(1) %pn, i32 %gid syncscope("agent") monotonic
  call void @llvm.amdgcn.s.barrier()
  %rb = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %bsum, i16 0, i64 64, i32 159744)
  %off = shl i32 %slot, 2
  %o3 = call float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float %vr, ptr addrspace(8) %rb, i32 %off, i32 0, i32 0)
  %rc = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %bcount, i16 0, i64 64, i32 159744)
  %o4 = call i32 @llvm.amdgcn.raw.ptr.buffer.atomic.add.i32(i32 1, ptr addrspace(8) %rc, i32 %off, i32 0, i32 0)
  %pslot = and i32 %gid, 63
  %poff = shl i32 %pslot, 2
  %rp = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %packed, i16 0, i64 512, i32 159744)
  %o5 = call <2 x bfloat> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2bf16(<2 x bfloat> <bfloat 1.0, bfloat 0.5>, ptr addrspace(8) %rp, i32 %poff, i32 0, i32 0)
  %hoff = add i32 %poff, 256
  %o6 = call <2 x half> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2f16(<2 x half> <half 1.0, half 0.25>, ptr addrspace(8) %rp, i32 %hoff, i32 0, i32 0)
  %rm = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %max, i16 0, i64 4, i32 159744)
  %key = mul i32 %gid, 2654435761
  %o7 = call i32 @llvm.amdgcn.raw.ptr.buffer.atomic.smax.i32(i32 %key, ptr addrspace(8) %rm, i32 0, i32 0, i32 0)
  %t = atomicrmw add ptr addrspace(1) %ticket, i32 1 monotonic
  %po = getelementptr i32, ptr addrspace(1) %order, i32 %t
  store i32 %gid, ptr addrspace(1) %po
  ret void
}
)ll";

constexpr int kGroups = 24, kLanes = 256, kN = kGroups * kLanes;

struct AtomicsRun {
  std::vector<Buffer> buffers;
  Report report;
};

AtomicsRun runAtomics(Module &m, const std::vector<float> &ints,
                      const std::vector<float> &rands, unsigned threads,
                      bool deterministic) {
  AtomicsRun r;
  r.buffers = {{"ints", toBytes(ints)},
               {"rands", toBytes(rands)},
               {"fsum", std::vector<uint8_t>(64, 0)},
               {"isum", std::vector<uint8_t>(64, 0)},
               {"bsum", std::vector<uint8_t>(64, 0)},
               {"bcount", std::vector<uint8_t>(64, 0)},
               {"packed", std::vector<uint8_t>(512, 0)},
               {"max", toBytes(std::vector<int32_t>{INT32_MIN})},
               {"ticket", std::vector<uint8_t>(4, 0)},
               {"order", std::vector<uint8_t>(4 * kN, 0xFF)}};
  std::vector<KernelArg> args;
  for (int i = 0; i < 10; ++i)
    args.push_back(KernelArg::buf(i));
  LaunchConfig config;
  config.grid = {kGroups, 1, 1};
  config.block = {kLanes, 1, 1};
  config.threads = threads;
  config.deterministic = deterministic;
  std::string error;
  EXPECT_TRUE(m.launch("atomics", config, args, r.buffers, r.report, error))
      << error;
  EXPECT_TRUE(r.report.ok()) << describe(r.report, r.buffers);
  return r;
}

void expectSameCounters(const Counters &a, const Counters &b) {
  EXPECT_EQ(a.globalBytesRead, b.globalBytesRead);
  EXPECT_EQ(a.globalBytesWritten, b.globalBytesWritten);
  EXPECT_EQ(a.ldsBytesRead, b.ldsBytesRead);
  EXPECT_EQ(a.ldsBytesWritten, b.ldsBytesWritten);
  EXPECT_EQ(a.mfma, b.mfma);
  EXPECT_EQ(a.barriers, b.barriers);
  EXPECT_EQ(a.bufferOutOfBoundsDwords, b.bufferOutOfBoundsDwords);
  EXPECT_EQ(a.workgroupsLaunched, b.workgroupsLaunched);
  EXPECT_EQ(a.workgroupsWithOutput, b.workgroupsWithOutput);
  EXPECT_EQ(a.laneInstructions, b.laneInstructions);
}

void expectSameIssues(const Report &a, const Report &b) {
  ASSERT_EQ(a.issues.size(), b.issues.size());
  for (size_t i = 0; i < a.issues.size(); ++i) {
    const Issue &x = a.issues[i], &y = b.issues[i];
    EXPECT_EQ(x.kind, y.kind) << i;
    EXPECT_EQ(x.site, y.site) << i;
    EXPECT_EQ(x.message, y.message) << i;
    EXPECT_EQ(x.workgroup, y.workgroup) << i;
    EXPECT_EQ(x.wave, y.wave) << i;
    EXPECT_EQ(x.lane, y.lane) << i;
    EXPECT_EQ(x.count, y.count) << i;
  }
}

std::unique_ptr<Module> load(const char *body) {
  std::string error;
  auto m = Module::loadFromString(std::string(kTriple) + body, error);
  EXPECT_TRUE(m) << error;
  return m;
}

} // namespace

TEST(EmulatorParallel, GlobalAtomicsFromManyWorkgroups) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<float> ints(kN), rands(kN);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  for (int i = 0; i < kN; ++i) {
    ints[i] = float(int(rng() % 17) - 8);
    rands[i] = dist(rng);
  }
  // The reference.
  std::vector<double> fsum(16, 0), bsum(16, 0);
  std::vector<uint32_t> isum(16, 0);
  int32_t max = INT32_MIN;
  for (int gid = 0; gid < kN; ++gid) {
    fsum[gid % 16] += ints[gid];
    bsum[gid % 16] += rands[gid];
    isum[gid % 16] += uint32_t(gid);
    max = std::max(max, int32_t(uint32_t(gid) * 2654435761u));
  }
  auto m = load(kAtomics);
  ASSERT_TRUE(m);
  AtomicsRun one = runAtomics(*m, ints, rands, 1, false);
  for (unsigned threads : {2u, 4u, 0u}) {
    SCOPED_TRACE("threads " + std::to_string(threads));
    for (int repeat = 0; repeat < 3; ++repeat) {
      AtomicsRun r = runAtomics(*m, ints, rands, threads, false);
      auto gotF = fromBytes<float>(r.buffers[2].bytes);
      auto gotI = fromBytes<uint32_t>(r.buffers[3].bytes);
      auto gotB = fromBytes<float>(r.buffers[4].bytes);
      auto gotC = fromBytes<uint32_t>(r.buffers[5].bytes);
      for (int s = 0; s < 16; ++s) {
        EXPECT_EQ(gotF[s], float(fsum[s])) << s; // exact: small integers
        EXPECT_EQ(gotI[s], isum[s]) << s;
        EXPECT_EQ(gotC[s], uint32_t(kN / 16)) << s;
        EXPECT_NEAR(gotB[s], bsum[s], 1e-4) << s; // order-dependent rounding
      }
      // 96 additions per packed slot: exact in bf16 and f16.
      auto packed = fromBytes<uint16_t>(r.buffers[6].bytes);
      for (int s = 0; s < 64; ++s) {
        EXPECT_EQ(fmt::bf16ToF32(packed[2 * s]), kN / 64.0f) << s;
        EXPECT_EQ(fmt::bf16ToF32(packed[2 * s + 1]), kN / 128.0f) << s;
        EXPECT_EQ(fmt::f16ToDouble(packed[128 + 2 * s]), kN / 64.0) << s;
        EXPECT_EQ(fmt::f16ToDouble(packed[128 + 2 * s + 1]), kN / 256.0) << s;
      }
      EXPECT_EQ(fromBytes<int32_t>(r.buffers[7].bytes)[0], max);
      // Returned tickets are unique: every lane's gid landed exactly once.
      EXPECT_EQ(fromBytes<uint32_t>(r.buffers[8].bytes)[0], uint32_t(kN));
      auto order = fromBytes<int32_t>(r.buffers[9].bytes);
      std::sort(order.begin(), order.end());
      for (int i = 0; i < kN; ++i)
        ASSERT_EQ(order[i], i);
      expectSameCounters(r.report.counters, one.report.counters);
    }
  }
  EXPECT_EQ(one.report.counters.workgroupsLaunched, uint64_t(kGroups));
  EXPECT_EQ(one.report.counters.barriers, uint64_t(kGroups));
}

TEST(EmulatorParallel, DeterministicModeIsBitExact) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<float> ints(kN), rands(kN);
  // Values of very different magnitudes: the float sums depend on the order.
  for (int i = 0; i < kN; ++i) {
    ints[i] = float(int(rng() % 17) - 8);
    rands[i] = std::ldexp(float(rng() % 1000) / 999.0f, int(rng() % 30) - 15);
  }
  auto m = load(kAtomics);
  ASSERT_TRUE(m);
  AtomicsRun first = runAtomics(*m, ints, rands, 4, true);
  AtomicsRun seq = runAtomics(*m, ints, rands, 1, false);
  for (int repeat = 0; repeat < 3; ++repeat) {
    AtomicsRun again = runAtomics(*m, ints, rands, 0, true);
    for (size_t b = 0; b < first.buffers.size(); ++b)
      EXPECT_EQ(first.buffers[b].bytes, again.buffers[b].bytes)
          << first.buffers[b].name;
    expectSameCounters(first.report.counters, again.report.counters);
  }
  // Deterministic mode is the workgroup-order run.
  for (size_t b = 0; b < first.buffers.size(); ++b)
    EXPECT_EQ(first.buffers[b].bytes, seq.buffers[b].bytes)
        << first.buffers[b].name;
}

TEST(EmulatorParallel, IssuesMergeInWorkgroupOrder) {
  // Workgroups 3, 5, 7, ... read out of bounds at one site, 6 and up at
  // another with lane-dependent addresses, workgroup 9's waves write different
  // values to the same LDS words. The report (first hits, counts, order, the
  // maxIssues cut) is the same at every thread count.
  auto m = load(R"ll(
@lds = internal addrspace(3) global [128 x i32] undef, align 16
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()
declare void @llvm.amdgcn.s.barrier()
define amdgpu_kernel void @bad(ptr addrspace(1) %in, ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %odd = and i32 %g, 1
  %big = icmp uge i32 %g, 3
  %isodd = icmp eq i32 %odd, 1
  %c1 = and i1 %big, %isodd
  %i1 = select i1 %c1, i32 100000, i32 %l
  %p1 = getelementptr i32, ptr addrspace(1) %in, i32 %i1
  %v1 = load i32, ptr addrspace(1) %p1
  %c2 = icmp uge i32 %g, 6
  %far = add i32 %l, 200000
  %i2 = select i1 %c2, i32 %far, i32 %l
  %p2 = getelementptr i32, ptr addrspace(1) %in, i32 %i2
  %v2 = load i32, ptr addrspace(1) %p2
  %s = add i32 %v1, %v2
  %c3 = icmp eq i32 %g, 9
  %w = and i32 %l, 63
  %slot = select i1 %c3, i32 %w, i32 %l
  %pl = getelementptr i32, ptr addrspace(3) @lds, i32 %slot
  ; Lane-dependent values: waves storing equal values would not race.
  %sl = add i32 %s, %l
  store i32 %sl, ptr addrspace(3) %pl
  call void @llvm.amdgcn.s.barrier()
  %r = load i32, ptr addrspace(3) %pl
  %base = mul i32 %g, 128
  %o = add i32 %base, %l
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %o
  store i32 %r, ptr addrspace(1) %po
  ret void
}
)ll");
  ASSERT_TRUE(m);
  for (unsigned maxIssues : {0u, 1u, 2u}) {
    SCOPED_TRACE("maxIssues " + std::to_string(maxIssues));
    Report reference;
    // The same buffers (messages name addresses).
    std::vector<Buffer> buffers = {{"in", std::vector<uint8_t>(512, 1)},
                                   {"out", std::vector<uint8_t>(12 * 512, 0)}};
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      LaunchConfig config;
      config.grid = {12, 1, 1};
      config.block = {128, 1, 1};
      config.threads = threads;
      config.maxIssues = maxIssues;
      Report report;
      std::string error;
      ASSERT_TRUE(m->launch("bad", config,
                            {KernelArg::buf(0), KernelArg::buf(1)}, buffers,
                            report, error))
          << error;
      if (threads == 1) {
        reference = report;
        continue;
      }
      SCOPED_TRACE("threads " + std::to_string(threads));
      expectSameIssues(report, reference);
      expectSameCounters(report.counters, reference.counters);
    }
    ASSERT_FALSE(reference.issues.empty());
    const Issue &first = reference.issues.front();
    EXPECT_EQ(first.kind, Issue::Kind::GlobalOutOfBounds);
    EXPECT_EQ(first.workgroup[0], 3u);
    EXPECT_EQ(first.lane, 0);
    if (maxIssues == 0) {
      ASSERT_EQ(reference.issues.size(), 3u) << describe(reference, {});
      EXPECT_EQ(first.count, 5u * 128); // workgroups 3, 5, 7, 9, 11
      EXPECT_EQ(reference.issues[1].workgroup[0], 6u);
      EXPECT_EQ(reference.issues[1].count, 6u * 128); // 6..11
      EXPECT_EQ(reference.issues[2].kind, Issue::Kind::LdsRace);
      EXPECT_EQ(reference.issues[2].workgroup[0], 9u);
    } else {
      EXPECT_EQ(reference.issues.size(), maxIssues);
    }
  }
}

TEST(EmulatorParallel, AbortedLaunchReportsLikeOneThread) {
  // Workgroup 5 of 40 has a divergent collective: the launch stops there and
  // the report covers workgroups 0-5 whatever the thread count.
  auto m = load(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()
declare i32 @llvm.amdgcn.readfirstlane.i32(i32)
define amdgpu_kernel void @div(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %lo = icmp ult i32 %l, 32
  %five = icmp eq i32 %g, 5
  %c = and i1 %lo, %five
  br i1 %c, label %a, label %b
a:
  %x = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %l)
  br label %j
b:
  %y = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %l)
  br label %j
j:
  %v = phi i32 [ %x, %a ], [ %y, %b ]
  %base = mul i32 %g, 64
  %o = add i32 %base, %l
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %o
  store i32 %v, ptr addrspace(1) %po
  ret void
}
)ll");
  ASSERT_TRUE(m);
  Report reference;
  for (unsigned threads : {1u, 2u, 4u}) {
    std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(40 * 256, 0)}};
    LaunchConfig config;
    config.grid = {40, 1, 1};
    config.threads = threads;
    Report report;
    std::string error;
    ASSERT_TRUE(
        m->launch("div", config, {KernelArg::buf(0)}, buffers, report, error))
        << error;
    if (threads == 1) {
      reference = report;
      continue;
    }
    SCOPED_TRACE("threads " + std::to_string(threads));
    expectSameIssues(report, reference);
    expectSameCounters(report.counters, reference.counters);
  }
  ASSERT_EQ(reference.issues.size(), 1u);
  EXPECT_EQ(reference.issues[0].kind, Issue::Kind::DivergentCollective);
  EXPECT_EQ(reference.issues[0].workgroup[0], 5u);
  EXPECT_EQ(reference.counters.workgroupsLaunched, 6u);
}

TEST(EmulatorParallel, Stage2AtomicCombineMatchesOneThread) {
  // Our stage-2 kernel (down projection, routing-weight scale, atomic bf16
  // combine into y) on several threads: the same counters as one thread,
  // y close to it, and deterministic mode bit-identical across runs.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  Stage2Config s;
  s.problem = {Precision::A16W4, 256, 256, 4, 2};
  s.out = ElementType::F32;
  s.combine = Combine::Atomic;
  s.splitK = 2;
  auto m = compileAndLoad(KernelConfig(s), "gfx950");
  ASSERT_TRUE(m);
  const int64_t t = 24, k = s.problem.topk, e = s.problem.experts,
                d = s.problem.modelDim, inter = s.problem.interDim,
                tileM = s.tile.m;
  (void)d;
  std::vector<int32_t> ids(t * k);
  std::vector<float> w(t * k);
  for (int64_t i = 0; i < t; ++i) {
    int32_t first = int32_t(rng() % e);
    ids[i * k] = first;
    ids[i * k + 1] = int32_t((first + 1 + rng() % (e - 1)) % e);
    w[i * k] = 0.5f + float(rng() % 8) / 16;
    w[i * k + 1] = 0.5f + float(rng() % 8) / 16;
  }
  ref::RoutingBuffers routing;
  ASSERT_FALSE(ref::sortRouting(ids.data(), w.data(), t, k, e, tileM, routing));
  std::vector<uint16_t> h(t * k * inter);
  for (auto &v : h)
    v = fmt::f32ToBF16(float(int(rng() % 9) - 4) / 4);
  std::vector<uint8_t> w2(e * d * inter / 2), w2s(e * d * inter / 32);
  for (auto &b : w2)
    b = uint8_t(rng());
  for (auto &b : w2s)
    b = uint8_t(120 + rng() % 5);

  auto run = [&](unsigned threads, bool deterministic, Report &report) {
    LaunchArgs launch;
    launch.add("h", toBytes(h), h.size());
    launch.add("w2", w2, w2.size());
    launch.add("w2_scales", w2s, w2s.size());
    launch.add("sorted_ids", toBytes(routing.sortedTokenIds),
               routing.sortedTokenIds.size());
    launch.add("sorted_weights", toBytes(routing.sortedWeights),
               routing.sortedWeights.size());
    launch.add("sorted_expert_ids", toBytes(routing.sortedExpertIds),
               routing.sortedExpertIds.size());
    launch.add("num_valid_ids",
               toBytes(std::vector<int32_t>{routing.numValidIds, int32_t(t)}),
               2);
    launch.args.push_back(KernelArg::i32(int32_t(t)));
    int y = launch.add("y", std::vector<uint8_t>(4 * t * d, 0), t * d);
    LaunchConfig config;
    std::array<int64_t, 3> grid = s.grid().workgroups(t);
    config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), 1};
    config.block = {uint32_t(s.tile.lanes()), 1, 1};
    config.threads = threads;
    config.deterministic = deterministic;
    std::string error;
    EXPECT_TRUE(m->launch(s.kernelName(), config, launch.args, launch.buffers,
                          report, error))
        << error;
    EXPECT_TRUE(report.ok()) << describe(report, launch.buffers);
    return fromBytes<float>(launch.buffers[y].bytes);
  };
  Report r1, r2, d1, d2;
  std::vector<float> one = run(1, false, r1);
  std::vector<float> two = run(2, false, r2);
  std::vector<double> oneD(one.begin(), one.end());
  double norm = 0;
  for (float v : one)
    norm += double(v) * v;
  EXPECT_GT(norm, 0.0);
  EXPECT_LT(relativeError(two, oneD), 1e-6);
  expectSameCounters(r1.counters, r2.counters);
  EXPECT_GT(r1.counters.workgroupsLaunched, 8u);
  std::vector<float> det1 = run(2, true, d1), det2 = run(0, true, d2);
  EXPECT_EQ(toBytes(det1), toBytes(det2));
  EXPECT_EQ(toBytes(det1), toBytes(one));
  expectSameCounters(d1.counters, r1.counters);
}
