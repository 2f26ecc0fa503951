//===- HostileRoutingTest.cpp - kernels that trust only their buffers -----===//
//
// The sorts, stage 1, stage 2, stage-1 finish, slot-reduce and quantize
// kernels run in the emulator on routing data and size arguments a hostile
// or buggy caller could pass: num_valid_ids far past the capacity (with the
// grid that follows it), routing buffers shorter than their contract,
// garbage expert ids and routed rows, token counts that are negative, huge
// or larger than the buffers, NaN/Inf weights, T = 0. Every run must end
// with no emulator report (no out-of-bounds access) in bounded time, and
// where the routing is partly valid the valid rows still match the host
// reference while the invalid ones write nothing.
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/MXQuant.h"
#include "mxmoe/Reference/MoEReference.h"
#include "mxmoe/Reference/Routing.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <functional>
#include <numeric>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

/// A run's wall-time limit: every hostile case is small work once clamped.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MXMOE_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MXMOE_SANITIZED 1
#endif
#ifdef MXMOE_SANITIZED
// Instrumented emulation runs several times slower (scripts/sanitize.sh).
constexpr double kMaxSeconds = 600;
#else
constexpr double kMaxSeconds = 60;
#endif

/// Launches and expects a clean, bounded run; returns the report.
Report launchBounded(Module &module, const std::string &kernel,
                     const LaunchConfig &config, LaunchArgs &launch) {
  Report report;
  std::string error;
  EXPECT_TRUE(
      module.launch(kernel, config, launch.args, launch.buffers, report, error))
      << kernel << ": " << error;
  EXPECT_TRUE(report.ok()) << kernel << ": "
                           << describe(report, launch.buffers);
  EXPECT_LT(report.counters.seconds, kMaxSeconds) << kernel;
  return report;
}

/// Unit-weight-free routing of T tokens to K distinct experts of E, some
/// slots empty (-1).
std::vector<int32_t> randomIds(std::mt19937 &rng, int64_t tokens, int64_t topk,
                               int64_t experts, double empty) {
  std::vector<int32_t> ids(tokens * topk);
  std::vector<int32_t> perm(experts);
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t t = 0; t < tokens; ++t) {
    std::shuffle(perm.begin(), perm.end(), rng);
    for (int64_t s = 0; s < topk; ++s)
      ids[t * topk + s] = double(rng() % 1000) < empty * 1000 ? -1 : perm[s];
  }
  return ids;
}

//===----------------------------------------------------------------------===//
// Hostile routing buffers for the stage kernels
//===----------------------------------------------------------------------===//

/// The routing a stage kernel is launched with, and what it should compute
/// from it: `ids` and `weights` [T, K] with every slot the kernel must skip
/// set to -1 (`nothing`: no slot at all).
struct HostileRouting {
  std::vector<int32_t> sortedIds, sortedExpertIds, numValidIds;
  std::vector<float> sortedWeights;
  int32_t tokens = 0;
  uint32_t blocks = 0; // grid y before split-K
  std::vector<int32_t> ids;
  std::vector<float> weights;
};
using Mutation = std::function<void(HostileRouting &, std::mt19937 &)>;

struct NamedMutation {
  const char *name;
  Mutation apply;
  bool weightsOnly = false; // only meaningful with sorted_weights read
};

/// Drops the routed row at `position` from the expected slots.
void dropRow(HostileRouting &r, int64_t position, int64_t tokens,
             int64_t topk) {
  int32_t packed = r.sortedIds[position];
  int64_t t = ref::routedToken(packed), s = ref::routedSlot(packed);
  if (t < tokens && s < topk)
    r.ids[t * topk + s] = -1;
}

/// The hostile cases of the stage kernels, over routing of `tokens` tokens,
/// top-`topk` and blocks of `blockM` rows.
std::vector<NamedMutation> stageMutations(int64_t tokens, int64_t topk,
                                          int64_t experts, int64_t blockM) {
  auto dropAll = [](HostileRouting &r) {
    std::fill(r.ids.begin(), r.ids.end(), -1);
  };
  auto dropFrom = [=](HostileRouting &r, int64_t position) {
    for (int64_t p = position; p < int64_t(r.sortedIds.size()); ++p)
      dropRow(r, p, tokens, topk);
  };
  auto dropBlock = [=](HostileRouting &r, int64_t block) {
    for (int64_t p = block * blockM; p < (block + 1) * blockM; ++p)
      dropRow(r, p, tokens, topk);
  };
  auto clampedTokens = [=](int32_t arg) {
    return [=](HostileRouting &r, std::mt19937 &) {
      r.tokens = arg;
      if (arg < 0)
        std::fill(r.ids.begin(), r.ids.end(), -1);
      for (int64_t t = std::max<int64_t>(arg, 0); t < tokens; ++t)
        for (int64_t s = 0; s < topk; ++s)
          r.ids[t * topk + s] = -1;
    };
  };
  return {
      {"valid", [](HostileRouting &, std::mt19937 &) {}},
      {"num_valid_4x_capacity",
       [=](HostileRouting &r, std::mt19937 &) {
         r.numValidIds[0] = int32_t(4 * r.sortedIds.size());
         r.blocks = uint32_t(r.numValidIds[0] / blockM);
       }},
      {"num_valid_2^20",
       [=](HostileRouting &r, std::mt19937 &) {
         r.numValidIds[0] = 1 << 20;
         r.blocks = uint32_t((1 << 20) / blockM);
       }},
      {"num_valid_negative",
       [=](HostileRouting &r, std::mt19937 &) {
         r.numValidIds[0] = -5;
         dropAll(r);
       }},
      {"num_valid_ids_empty",
       [=](HostileRouting &r, std::mt19937 &) {
         r.numValidIds.clear();
         dropAll(r);
       }},
      {"sorted_ids_half_capacity",
       [=](HostileRouting &r, std::mt19937 &) {
         // Not a multiple of the block: the last block is partial.
         int64_t keep = int64_t(r.sortedIds.size()) / 2 + 3;
         dropFrom(r, keep);
         r.sortedIds.resize(keep);
       }},
      {"sorted_weights_short",
       [=](HostileRouting &r, std::mt19937 &) {
         int64_t keep = blockM + 5;
         dropFrom(r, keep);
         r.sortedWeights.resize(keep);
       },
       /*weightsOnly=*/true},
      {"sorted_expert_ids_one_block",
       [=](HostileRouting &r, std::mt19937 &) {
         for (int64_t b = 1; b < int64_t(r.sortedExpertIds.size()); ++b)
           dropBlock(r, b);
         r.sortedExpertIds.resize(1);
       }},
      {"sorted_expert_ids_empty",
       [=](HostileRouting &r, std::mt19937 &) {
         r.sortedExpertIds.clear();
         dropAll(r);
       }},
      {"sorted_expert_ids_garbage",
       [=](HostileRouting &r, std::mt19937 &) {
         const int32_t garbage[] = {int32_t(experts), -7, INT_MAX, INT_MIN};
         int64_t blocks = r.numValidIds[0] / blockM;
         for (int64_t b = 0; b < blocks; b += 2) {
           r.sortedExpertIds[b] = garbage[(b / 2) % 4];
           dropBlock(r, b);
         }
       }},
      {"sorted_ids_garbage",
       [=](HostileRouting &r, std::mt19937 &rng) {
         // Tokens >= T, slots >= K, random words with a slot >= 128.
         for (int64_t p = 0; p < r.numValidIds[0]; p += 3) {
           dropRow(r, p, tokens, topk);
           switch (p % 9) {
           case 0:
             r.sortedIds[p] =
                 ref::packRoutedRow(tokens + int64_t(rng() % 9), 0);
             break;
           case 3:
             r.sortedIds[p] = ref::packRoutedRow(0, topk + int64_t(rng() % 3));
             break;
           default:
             r.sortedIds[p] = int32_t(rng() | 0x80000000u);
           }
         }
       }},
      {"tokens_4x_buffers", clampedTokens(int32_t(4 * tokens))},
      {"tokens_int_max", clampedTokens(INT_MAX)},
      {"tokens_2^24+1", clampedTokens((1 << 24) + 1)},
      {"tokens_minus_1", clampedTokens(-1)},
      {"tokens_fewer", clampedTokens(int32_t(tokens - 2))},
      {"nan_inf_weights",
       [=](HostileRouting &r, std::mt19937 &) {
         const float bad[] = {NAN, INFINITY, -INFINITY};
         for (int64_t p = 1, n = 0; p < r.numValidIds[0]; p += 5) {
           int32_t packed = r.sortedIds[p];
           int64_t t = ref::routedToken(packed), s = ref::routedSlot(packed);
           if (t >= tokens || s >= topk)
             continue;
           r.sortedWeights[p] = bad[n % 3];
           r.weights[t * topk + s] = bad[n++ % 3];
         }
       },
       /*weightsOnly=*/true},
  };
}

/// Sorted routing from the host sort, ready for a mutation.
HostileRouting hostSorted(const std::vector<int32_t> &ids,
                          const std::vector<float> &weights, int64_t tokens,
                          int64_t topk, int64_t experts, int64_t blockM) {
  ref::RoutingBuffers routing;
  EXPECT_FALSE(ref::sortRouting(ids.data(), weights.data(), tokens, topk,
                                experts, blockM, routing));
  HostileRouting r;
  r.sortedIds = routing.sortedTokenIds;
  r.sortedWeights = routing.sortedWeights;
  r.sortedExpertIds = routing.sortedExpertIds;
  r.numValidIds = {routing.numValidIds};
  r.tokens = int32_t(tokens);
  r.blocks = uint32_t(
      std::max<int64_t>(1, fmt::routedBlocks(tokens, topk, experts, blockM)));
  r.ids = ids;
  r.weights = weights;
  return r;
}

/// Adds the routing buffers (possibly shorter than their contract; their
/// descriptors are honest) in kernel parameter order.
void addRouting(LaunchArgs &launch, const HostileRouting &r, bool weights) {
  launch.add("sorted_ids", toBytes(r.sortedIds), r.sortedIds.size());
  if (weights)
    launch.add("sorted_weights", toBytes(r.sortedWeights),
               r.sortedWeights.size());
  launch.add("sorted_expert_ids", toBytes(r.sortedExpertIds),
             r.sortedExpertIds.size());
  launch.add("num_valid_ids", toBytes(r.numValidIds), r.numValidIds.size());
  launch.args.push_back(KernelArg::i32(r.tokens));
}

/// Expects `got` to match `want` where `want` is finite (relative to the
/// largest magnitude) and to be non-finite where it is not.
void expectClose(const std::vector<double> &got,
                 const std::vector<double> &want, double tol) {
  ASSERT_EQ(got.size(), want.size());
  double scale = 1e-30;
  for (double v : want)
    if (std::isfinite(v))
      scale = std::max(scale, std::fabs(v));
  int64_t bad = 0;
  for (size_t i = 0; i < want.size(); ++i) {
    bool ok = std::isfinite(want[i])
                  ? std::fabs(got[i] - want[i]) <= tol * scale
                  : !std::isfinite(got[i]);
    if (!ok && bad++ < 5)
      ADD_FAILURE() << "element " << i << ": got " << got[i] << ", want "
                    << want[i];
  }
  EXPECT_EQ(bad, 0);
}

struct StageShape {
  int64_t tokens = 6, topk = 2, experts = 4, d = 64, inter = 64;
  int64_t tileM = 16, tileN = 64, waves = 1;
};

//===----------------------------------------------------------------------===//
// Stage 2 (and its slot reduce)
//===----------------------------------------------------------------------===//

struct Stage2Problem {
  StageShape s;
  Stage2Config cfg;
  ref::MXFP4Matrix w2;
  std::vector<uint8_t> wPacked, sPacked;
  std::vector<uint16_t> h;
  std::vector<double> hd;
  std::vector<int32_t> ids;
  std::vector<float> weights;
  std::unique_ptr<Module> module;
};

void makeStage2(Stage2Problem &p, Combine combine, unsigned seed,
                int64_t fusedRoutingEntries = 0,
                WorkgroupOrder order = WorkgroupOrder::Linear,
                int64_t persistentWorkgroups = 0) {
  std::mt19937 rng(seed);
  const StageShape &s = p.s;
  p.cfg.problem = {Precision::A16W4, s.d, s.inter, s.experts, s.topk};
  p.cfg.combine = combine;
  p.cfg.order = order;
  p.cfg.persistentWorkgroups = persistentWorkgroups;
  p.cfg.fusedRoutingEntries = fusedRoutingEntries;
  p.cfg.tile.m = s.tileM;
  p.cfg.tile.n = s.tileN;
  p.cfg.tile.waves = s.waves;
  p.w2.rows = s.experts * s.d;
  p.w2.k = s.inter;
  p.w2.codes.resize(p.w2.rows * s.inter / 2);
  p.w2.scales.resize(p.w2.rows * s.inter / 32);
  for (auto &b : p.w2.codes)
    b = uint8_t(rng());
  for (auto &sc : p.w2.scales)
    sc = uint8_t(118 + rng() % 14);
  ASSERT_FALSE(fmt::packWeights(fmt::WeightLayout::Preshuffle16x16, p.w2.codes,
                                p.w2.rows, s.inter, p.wPacked));
  ASSERT_FALSE(fmt::packScales(fmt::ScaleLayout::E8M0Shuffle, p.w2.scales,
                               p.w2.rows, s.inter, p.sPacked));
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  p.h.resize(s.tokens * s.topk * s.inter);
  p.hd.resize(p.h.size());
  for (size_t i = 0; i < p.h.size(); ++i) {
    p.h[i] = fmt::f32ToBF16(dist(rng));
    p.hd[i] = fmt::bf16ToF32(p.h[i]);
  }
  p.ids = randomIds(rng, s.tokens, s.topk, s.experts, 0.2);
  p.weights.resize(p.ids.size());
  for (auto &w : p.weights)
    w = 0.25f + float(rng() % 64) / 64.0f;
  p.module = compileAndLoad(KernelConfig(p.cfg), "gfx950");
  ASSERT_TRUE(p.module);
}

/// Runs stage 2 on `r`; returns the y buffer's bytes.
std::vector<uint8_t> runStage2(Stage2Problem &p, const HostileRouting &r,
                               size_t yElems, Report *reportOut = nullptr) {
  LaunchArgs launch;
  launch.add("h", toBytes(p.h), p.h.size());
  launch.add("w", p.wPacked, p.wPacked.size());
  launch.add("ws", p.sPacked, p.sPacked.size());
  addRouting(launch, r, /*weights=*/true);
  bool atomic = p.cfg.combine == Combine::Atomic;
  int y = launch.add(
      "y", atomic ? std::vector<uint8_t>(4 * yElems, 0) : poisonF32(yElems),
      yElems);
  LaunchConfig config;
  config.grid = {uint32_t(p.cfg.grid().workgroups(p.s.tokens)[0]),
                 p.cfg.persistentWorkgroups > 0 ? 1u : r.blocks, 1};
  config.block = {uint32_t(64 * p.s.waves), 1, 1};
  Report report = launchBounded(*p.module, p.cfg.kernelName(), config, launch);
  if (reportOut)
    *reportOut = report;
  return launch.buffers[y].bytes;
}

std::vector<double> asDoubles(const std::vector<uint8_t> &bytes) {
  std::vector<float> f = fromBytes<float>(bytes);
  return std::vector<double>(f.begin(), f.end());
}

/// Stage 2 on every hostile routing case: no emulator report, and y as the
/// reference computes it from the routing the kernel must honour.
void expectMutationsMatchReference(Stage2Problem &p, unsigned seed) {
  const StageShape &s = p.s;
  std::mt19937 rng(seed + 1);
  for (const NamedMutation &m :
       stageMutations(s.tokens, s.topk, s.experts, s.tileM)) {
    SCOPED_TRACE(m.name);
    HostileRouting r =
        hostSorted(p.ids, p.weights, s.tokens, s.topk, s.experts, s.tileM);
    m.apply(r, rng);
    Report report;
    std::vector<double> got =
        asDoubles(runStage2(p, r, s.tokens * s.d, &report));
    std::vector<double> want =
        ref::referenceStage2(p.hd, r.ids, r.weights.data(), s.tokens, s.topk,
                             s.experts, s.d, p.w2, nullptr);
    expectClose(got, want, 1e-5);
    std::printf("stage2 %-28s %6llu workgroups %10llu lane instructions "
                "%.2f s\n",
                m.name, (unsigned long long)report.counters.workgroupsLaunched,
                (unsigned long long)report.counters.laneInstructions,
                report.counters.seconds);
  }
}

} // namespace

TEST(HostileRouting, Stage2) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage2Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage2(p, Combine::Atomic, seed));
  expectMutationsMatchReference(p, seed);
}

TEST(HostileRouting, Stage2OperandBuffersShorterThanTheLayout) {
  // K = 1024 in steps of 256: the steady-state loop runs, and its loads
  // move a window per buffer and step (a16w4). Buffers cut short read
  // zeros past their end, exactly as if the rows there were not routed.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage2Problem p;
  p.s.inter = 1024;
  p.cfg.tile.k = 256;
  ASSERT_NO_FATAL_FAILURE(makeStage2(p, Combine::Atomic, seed));
  const StageShape &s = p.s;
  HostileRouting full =
      hostSorted(p.ids, p.weights, s.tokens, s.topk, s.experts, s.tileM);
  auto expertBytes = [&](const std::vector<uint8_t> &packed) {
    return packed.size() / s.experts;
  };
  struct Cut {
    const char *name;
    size_t wBytes, sBytes, hRows;
    int32_t keptExperts; // experts below it keep their slots
  };
  size_t rows = s.tokens * s.topk;
  const Cut cuts[] = {
      {"whole", p.wPacked.size(), p.sPacked.size(), rows, int32_t(s.experts)},
      {"w_three_experts", 3 * expertBytes(p.wPacked), p.sPacked.size(), rows,
       3},
      {"w_scales_two_experts", p.wPacked.size(), 2 * expertBytes(p.sPacked),
       rows, 2},
      {"h_seven_rows", p.wPacked.size(), p.sPacked.size(), 7,
       int32_t(s.experts)},
      {"w_64_bytes", 64, p.sPacked.size(), rows, 0},
  };
  for (const Cut &c : cuts) {
    SCOPED_TRACE(c.name);
    Stage2Problem q;
    q.s = p.s;
    q.cfg = p.cfg;
    q.w2 = p.w2;
    q.wPacked.assign(p.wPacked.begin(), p.wPacked.begin() + c.wBytes);
    // Shorter than one K step of every row: the bytes kept are zero codes,
    // so nothing any row reads adds to y.
    if (c.keptExperts == 0)
      std::fill(q.wPacked.begin(), q.wPacked.end(), 0);
    q.sPacked.assign(p.sPacked.begin(), p.sPacked.begin() + c.sBytes);
    q.h.assign(p.h.begin(), p.h.begin() + c.hRows * s.inter);
    q.module = std::move(p.module);
    std::vector<int32_t> ids = p.ids;
    for (size_t i = 0; i < ids.size(); ++i)
      if (ids[i] >= c.keptExperts || i >= c.hRows)
        ids[i] = -1;
    std::vector<double> got = asDoubles(runStage2(q, full, s.tokens * s.d));
    p.module = std::move(q.module);
    std::vector<double> want =
        ref::referenceStage2(p.hd, ids, p.weights.data(), s.tokens, s.topk,
                             s.experts, s.d, p.w2, nullptr);
    // Missing scales read e8m0 0 (2^-127), not zero: within tolerance.
    expectClose(got, want, 1e-5);
  }
}

TEST(HostileRouting, Stage2XcdOrderAndPersistentGrid) {
  // The same hostile routing with the XCD-grouped order, and with a
  // persistent grid of 7 workgroups (XCD order on top): every tile the
  // linear grid would run, no out-of-bounds access, the reference's y.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (int64_t persistent : {int64_t(0), int64_t(7)}) {
    SCOPED_TRACE("persistent " + std::to_string(persistent));
    Stage2Problem p;
    ASSERT_NO_FATAL_FAILURE(makeStage2(p, Combine::Atomic, seed, 0,
                                       WorkgroupOrder::XcdGrouped, persistent));
    expectMutationsMatchReference(p, seed);
  }
}

/// Stage 2 routing topk_ids itself into LDS sized for 12 entries (T = 6,
/// K = 2), by sorting or (`slots`, 16 experts) by slot: the caller's token
/// count, topk_ids size and ids are untrusted. More tokens than the bound
/// (with their grid), a negative or huge count, a topk_ids shorter than
/// T*K, garbage ids, expert_begin shifting every id out: no access outside
/// a buffer, and where the routing is exact y matches the reference.
static void expectFusedRoutingStaysInBounds(bool slots) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage2Problem p;
  if (slots)
    p.s.experts = 16; // T*K <= E
  p.cfg.routeSlots = slots;
  const StageShape &s = p.s;
  ASSERT_NO_FATAL_FAILURE(
      makeStage2(p, Combine::Atomic, seed, s.tokens * s.topk));
  ASSERT_NE(p.cfg.kernelName().find(slots ? "_fs12" : "_fr12"),
            std::string::npos);
  struct Case {
    const char *name;
    int32_t tokens;     // the kernel's argument
    int64_t gridTokens; // the grid's T
    int64_t idsHeld;    // topk_ids elements passed
    int32_t expertBegin;
    bool garbage; // ids anywhere in int32
    bool exact;   // y must match the reference
  };
  const int32_t t = int32_t(s.tokens);
  const int64_t tk = s.tokens * s.topk;
  const Case cases[] = {
      {"as planned", t, t, tk, 0, false, true},
      {"shifted shard, nothing routed", t, t, tk, 100, false, true},
      {"tokens past the bound", 4 * t, 4 * t, 4 * tk, 0, false, false},
      {"tokens past topk_ids", 4 * t, 4 * t, tk, 0, false, false},
      {"negative tokens", -5, t, tk, 0, false, false},
      {"huge tokens", INT32_MAX, t, tk, 0, false, false},
      {"short topk_ids", t, t, tk - 3, 0, false, false},
      {"garbage ids", t, t, tk, 0, true, false},
  };
  std::mt19937 rng(seed + 7);
  for (const Case &c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<int32_t> ids(c.idsHeld);
    std::vector<float> weights(c.idsHeld);
    for (int64_t i = 0; i < c.idsHeld; ++i) {
      ids[i] = c.garbage ? int32_t(rng()) : p.ids[i % tk];
      weights[i] = p.weights[i % tk];
    }
    int64_t rows = std::max<int64_t>(c.gridTokens, s.tokens);
    std::vector<uint16_t> h(rows * s.topk * s.inter);
    for (size_t i = 0; i < h.size(); ++i)
      h[i] = p.h[i % p.h.size()];
    LaunchArgs launch;
    launch.add("h", toBytes(h), h.size());
    launch.add("w", p.wPacked, p.wPacked.size());
    launch.add("ws", p.sPacked, p.sPacked.size());
    launch.add("topk_ids", toBytes(ids), ids.size());
    launch.add("topk_weights", toBytes(weights), weights.size());
    launch.args.push_back(KernelArg::i32(c.tokens));
    launch.args.push_back(KernelArg::i32(c.expertBegin));
    int y =
        launch.add("y", std::vector<uint8_t>(4 * rows * s.d, 0), rows * s.d);
    LaunchConfig config;
    std::array<int64_t, 3> grid = p.cfg.grid().workgroups(c.gridTokens);
    config.grid = {uint32_t(grid[0]), uint32_t(grid[1]), 1};
    config.block = {uint32_t(64 * s.waves), 1, 1};
    launchBounded(*p.module, p.cfg.kernelName(), config, launch);
    if (!c.exact)
      continue;
    std::vector<int32_t> local = p.ids;
    if (c.expertBegin)
      std::fill(local.begin(), local.end(), -1);
    std::vector<double> want =
        ref::referenceStage2(p.hd, local, p.weights.data(), s.tokens, s.topk,
                             s.experts, s.d, p.w2, nullptr);
    expectClose(asDoubles(launch.buffers[y].bytes), want, 1e-5);
  }
}

TEST(HostileRouting, Stage2FusedRouting) {
  expectFusedRoutingStaysInBounds(/*slots=*/false);
}

TEST(HostileRouting, Stage2SlotRouting) {
  expectFusedRoutingStaysInBounds(/*slots=*/true);
}

TEST(HostileRouting, Stage2NoTokens) {
  // T = 0: every capacity row is the sentinel, num_valid_ids is 0; one
  // workgroup still launched writes nothing.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage2Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage2(p, Combine::Atomic, seed));
  HostileRouting r = hostSorted({}, {}, 0, p.s.topk, p.s.experts, p.s.tileM);
  std::vector<uint8_t> y = runStage2(p, r, p.s.d);
  EXPECT_EQ(y, std::vector<uint8_t>(4 * p.s.d, 0));
}

TEST(HostileRouting, Stage2StoreAndSlotReduce) {
  // combine = store: the per-slot rows stage 2 writes, then the slot reduce
  // on hostile topk_ids and token counts. Its expected y is the project's
  // reduction order over the rows actually written (slots in order, then
  // planes), so valid tokens must match bit for bit.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage2Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage2(p, Combine::Store, seed));
  const StageShape &s = p.s;
  const int64_t rows = s.tokens * s.topk;
  std::mt19937 rng(seed + 2);
  // Stage 2 itself on hostile routing: no write outside y, valid rows right.
  for (const NamedMutation &m :
       stageMutations(s.tokens, s.topk, s.experts, s.tileM)) {
    if (m.weightsOnly)
      continue;
    SCOPED_TRACE(m.name);
    HostileRouting r =
        hostSorted(p.ids, p.weights, s.tokens, s.topk, s.experts, s.tileM);
    m.apply(r, rng);
    std::vector<float> got = fromBytes<float>(runStage2(p, r, rows * s.d));
    // Each kept slot's row is its (t, s) stage-2 contribution; dropped
    // slots keep the poison.
    for (int64_t row = 0; row < rows; ++row) {
      std::vector<int32_t> one(rows, -1);
      one[row] = r.ids[row];
      bool kept = r.ids[row] >= 0;
      std::vector<double> want =
          ref::referenceStage2(p.hd, one, r.weights.data(), s.tokens, s.topk,
                               s.experts, s.d, p.w2, nullptr);
      int64_t t = row / s.topk;
      for (int64_t n = 0; n < s.d; ++n) {
        float v = got[row * s.d + n];
        uint32_t bits;
        std::memcpy(&bits, &v, 4);
        if (!kept) {
          EXPECT_EQ(bits, kPoisonBits) << "row " << row << " col " << n;
          continue;
        }
        double w = want[t * s.d + n];
        EXPECT_NEAR(v, w, 1e-5 * std::max(1.0, std::fabs(w)))
            << "row " << row << " col " << n;
      }
    }
  }

  // The slot reduce over the clean per-slot rows.
  HostileRouting clean =
      hostSorted(p.ids, p.weights, s.tokens, s.topk, s.experts, s.tileM);
  const std::vector<uint8_t> slots = runStage2(p, clean, rows * s.d);
  std::vector<float> slotValues = fromBytes<float>(slots);
  struct ReduceCase {
    const char *name;
    int32_t tokensArg;
    int64_t idsTokens, slotTokens, yTokens; // tokens each buffer holds
    bool garbageIds;
  };
  const int64_t T = s.tokens;
  const ReduceCase cases[] = {
      {"valid", int32_t(T), T, T, T, false},
      {"tokens_4x_buffers", int32_t(4 * T), T, T, T, false},
      {"tokens_int_max", INT_MAX, T, T, T, false},
      {"tokens_2^24+1", (1 << 24) + 1, T, T, T, false},
      {"tokens_minus_1", -1, T, T, T, false},
      {"topk_ids_short", int32_t(T), T - 2, T, T, false},
      {"slots_short", int32_t(T), T, T - 1, T, false},
      {"y_short", int32_t(T), T, T, T - 3, false},
      {"topk_ids_garbage", int32_t(T), T, T, T, true},
      {"no_tokens", 0, 0, 0, 0, false},
  };
  for (const ReduceCase &c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<int32_t> ids(p.ids.begin(),
                             p.ids.begin() + c.idsTokens * s.topk);
    const int32_t garbage[] = {-1, int32_t(s.experts), -100, INT_MAX, INT_MIN};
    if (c.garbageIds)
      for (size_t i = 0; i < ids.size(); i += 2)
        ids[i] = ids[i] < 0 ? ids[i] : garbage[i / 2 % 5];
    LaunchArgs launch;
    std::vector<uint8_t> slotBytes(
        slots.begin(), slots.begin() + 4 * c.slotTokens * s.topk * s.d);
    launch.add("slots", slotBytes, c.slotTokens * s.topk * s.d);
    launch.add("topk_ids", toBytes(ids), ids.size());
    launch.args.push_back(KernelArg::i32(c.tokensArg));
    launch.args.push_back(KernelArg::i32(0)); // expert_begin
    int y = launch.add("y", poisonF32(std::max<int64_t>(c.yTokens * s.d, 0)),
                       c.yTokens * s.d);
    LaunchConfig config;
    // The grid the (hostile) token count asks for, capped for the emulator.
    int64_t lanes = std::min<int64_t>(std::max(c.tokensArg, 0), 4 * T) * s.d;
    config.grid = {uint32_t(std::max<int64_t>(
                       1, (lanes + kSlotReduceBlock - 1) / kSlotReduceBlock)),
                   1, 1};
    config.block = {uint32_t(kSlotReduceBlock), 1, 1};
    launchBounded(*p.module, p.cfg.reduceName(), config, launch);
    std::vector<float> got = fromBytes<float>(launch.buffers[y].bytes);
    int64_t reduced = std::min({int64_t(std::max(c.tokensArg, 0)), c.idsTokens,
                                c.slotTokens, c.yTokens});
    for (int64_t t = 0; t < c.yTokens; ++t)
      for (int64_t n = 0; n < s.d; ++n) {
        uint32_t bits;
        std::memcpy(&bits, &got[t * s.d + n], 4);
        if (t >= reduced) {
          EXPECT_EQ(bits, kPoisonBits) << "token " << t;
          continue;
        }
        float acc = 0;
        for (int64_t k = 0; k < s.topk; ++k) {
          int32_t id = ids[t * s.topk + k];
          if (id >= 0 && id < s.experts)
            acc += slotValues[(t * s.topk + k) * s.d + n];
        }
        uint32_t want;
        std::memcpy(&want, &acc, 4);
        EXPECT_EQ(bits, want) << "token " << t << " col " << n;
      }
  }
}

//===----------------------------------------------------------------------===//
// Stage 1 and the split-K finish
//===----------------------------------------------------------------------===//

namespace {

struct Stage1Problem {
  StageShape s;
  Stage1Config cfg;
  ref::MXFP4Matrix w13;
  std::vector<uint8_t> wPacked, sPacked;
  std::vector<uint16_t> x;
  std::vector<float> xf;
  std::vector<int32_t> ids;
  std::unique_ptr<Module> module;
};

void makeStage1(Stage1Problem &p, int64_t splitK, unsigned seed,
                OutputFormat out = OutputFormat::BF16) {
  std::mt19937 rng(seed);
  StageShape &s = p.s;
  s.d = splitK > 1 ? 256 : 64;
  p.cfg.problem = {Precision::A16W4, s.d, s.inter, s.experts, s.topk};
  p.cfg.splitK = splitK;
  p.cfg.out = out;
  p.cfg.tile.m = s.tileM;
  p.cfg.tile.n = s.tileN;
  p.cfg.tile.waves = s.waves;
  p.w13.rows = s.experts * 2 * s.inter;
  p.w13.k = s.d;
  p.w13.codes.resize(p.w13.rows * s.d / 2);
  p.w13.scales.resize(p.w13.rows * s.d / 32);
  for (auto &b : p.w13.codes)
    b = uint8_t(rng());
  for (auto &sc : p.w13.scales)
    sc = uint8_t(120 + rng() % 6);
  ASSERT_FALSE(fmt::packWeights(fmt::WeightLayout::Preshuffle16x16, p.w13.codes,
                                p.w13.rows, s.d, p.wPacked));
  ASSERT_FALSE(fmt::packScales(fmt::ScaleLayout::E8M0Shuffle, p.w13.scales,
                               p.w13.rows, s.d, p.sPacked));
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  p.x.resize(s.tokens * s.d);
  p.xf.resize(p.x.size());
  for (size_t i = 0; i < p.x.size(); ++i) {
    p.x[i] = fmt::f32ToBF16(dist(rng));
    p.xf[i] = fmt::bf16ToF32(p.x[i]);
  }
  p.ids = randomIds(rng, s.tokens, s.topk, s.experts, 0.2);
  p.module = compileAndLoad(KernelConfig(p.cfg), "gfx950");
  ASSERT_TRUE(p.module);
}

/// Runs stage 1 on `r` into a poisoned output of `outElems` elements (bf16
/// h, or f32 planes with split-K); returns its bytes.
std::vector<uint8_t> runStage1(Stage1Problem &p, const HostileRouting &r,
                               size_t outElems) {
  LaunchArgs launch;
  launch.add("x", toBytes(p.x), p.x.size());
  launch.add("w", p.wPacked, p.wPacked.size());
  launch.add("ws", p.sPacked, p.sPacked.size());
  addRouting(launch, r, /*weights=*/false);
  bool split = p.cfg.splitK > 1;
  int h = launch.add(
      "h", std::vector<uint8_t>((split ? 4 : 2) * outElems, 0xFF), outElems);
  LaunchConfig config;
  config.grid = {uint32_t(p.cfg.grid().workgroups(p.s.tokens)[0]),
                 uint32_t(r.blocks * p.cfg.splitK), 1};
  config.block = {uint32_t(64 * p.s.waves), 1, 1};
  launchBounded(*p.module, p.cfg.kernelName(), config, launch);
  return launch.buffers[h].bytes;
}

/// Expects bf16 rows [T*K, inter] to match `want` where `ids` keeps the
/// slot and to hold the poison (0xFFFF) where it does not.
void expectRows(const std::vector<uint16_t> &got,
                const std::vector<double> &want,
                const std::vector<int32_t> &ids, int64_t inter) {
  int64_t bad = 0;
  for (size_t row = 0; row < ids.size(); ++row)
    for (int64_t c = 0; c < inter; ++c) {
      uint16_t bits = got[row * inter + c];
      double w = want[row * inter + c];
      bool ok = ids[row] < 0 ? bits == 0xFFFF
                             : std::fabs(fmt::bf16ToF32(bits) - w) <=
                                   1e-2 * std::max(1.0, std::fabs(w));
      if (!ok && bad++ < 5)
        ADD_FAILURE() << "row " << row << " col " << c << ": got "
                      << fmt::bf16ToF32(bits) << " (bits " << bits << "), want "
                      << (ids[row] < 0 ? NAN : w);
    }
  EXPECT_EQ(bad, 0);
}

} // namespace

TEST(HostileRouting, Stage1) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage1Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage1(p, 1, seed));
  const StageShape &s = p.s;
  std::mt19937 rng(seed + 3);
  ref::ActivationSpec act;
  for (const NamedMutation &m :
       stageMutations(s.tokens, s.topk, s.experts, s.tileM)) {
    if (m.weightsOnly)
      continue;
    SCOPED_TRACE(m.name);
    std::vector<float> unit(p.ids.size(), 1.0f);
    HostileRouting r =
        hostSorted(p.ids, unit, s.tokens, s.topk, s.experts, s.tileM);
    m.apply(r, rng);
    std::vector<uint16_t> got =
        fromBytes<uint16_t>(runStage1(p, r, s.tokens * s.topk * s.inter));
    std::vector<double> want =
        ref::referenceStage1(p.xf, r.ids, s.tokens, s.topk, s.experts, s.inter,
                             p.w13, p.cfg.gateUp, nullptr, act);
    expectRows(got, want, r.ids, s.inter);
  }
}

TEST(HostileRouting, Stage1NoTokens) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage1Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage1(p, 1, seed));
  HostileRouting r = hostSorted({}, {}, 0, p.s.topk, p.s.experts, p.s.tileM);
  std::vector<uint8_t> h = runStage1(p, r, p.s.inter);
  EXPECT_EQ(h, std::vector<uint8_t>(2 * p.s.inter, 0xFF));
}

TEST(HostileRouting, Stage1MXFP8Output) {
  // MX output: codes [T * K, I] and scales [T * K, I / 32]. Rows the kernel
  // must skip keep their poison (scale 0xFF is NaN, which no row gets);
  // kept rows get a scale.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage1Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage1(p, 1, seed, OutputFormat::MXFP8));
  const StageShape &s = p.s;
  const int64_t rows = s.tokens * s.topk, rowScales = s.inter / 32;
  std::mt19937 rng(seed + 5);
  std::vector<float> unit(p.ids.size(), 1.0f);
  for (const NamedMutation &m :
       stageMutations(s.tokens, s.topk, s.experts, s.tileM)) {
    if (m.weightsOnly)
      continue;
    SCOPED_TRACE(m.name);
    HostileRouting r =
        hostSorted(p.ids, unit, s.tokens, s.topk, s.experts, s.tileM);
    m.apply(r, rng);
    LaunchArgs launch;
    launch.add("x", toBytes(p.x), p.x.size());
    launch.add("w", p.wPacked, p.wPacked.size());
    launch.add("ws", p.sPacked, p.sPacked.size());
    addRouting(launch, r, /*weights=*/false);
    launch.add("h", std::vector<uint8_t>(rows * s.inter, 0xFF), rows * s.inter);
    int hs =
        launch.add("h_scales", std::vector<uint8_t>(rows * rowScales, 0xFF),
                   rows * rowScales);
    LaunchConfig config;
    config.grid = {uint32_t(p.cfg.grid().workgroups(s.tokens)[0]), r.blocks, 1};
    config.block = {uint32_t(64 * s.waves), 1, 1};
    launchBounded(*p.module, p.cfg.kernelName(), config, launch);
    int64_t wrong = 0;
    for (int64_t row = 0; row < rows; ++row)
      for (int64_t b = 0; b < rowScales; ++b)
        wrong += (launch.buffers[hs].bytes[row * rowScales + b] == 0xFF) !=
                 (r.ids[row] < 0);
    EXPECT_EQ(wrong, 0) << "scales written for skipped rows or missing for "
                           "kept ones";
  }
}

TEST(HostileRouting, Stage1SplitKAndFinish) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  Stage1Problem p;
  ASSERT_NO_FATAL_FAILURE(makeStage1(p, 2, seed));
  const StageShape &s = p.s;
  const int64_t T = s.tokens, K = s.topk, rows = T * K;
  const int64_t planeElems = 2 * rows * 2 * s.inter;
  std::vector<float> unit(p.ids.size(), 1.0f);
  std::mt19937 rng(seed + 4);
  ref::ActivationSpec act;
  // The split-K GEMM on hostile routing: bounded, and the planes of the
  // kept rows right (the finish below checks their sum).
  for (const NamedMutation &m : stageMutations(T, K, s.experts, s.tileM)) {
    if (m.weightsOnly)
      continue;
    SCOPED_TRACE(m.name);
    HostileRouting r = hostSorted(p.ids, unit, T, K, s.experts, s.tileM);
    m.apply(r, rng);
    std::vector<float> planes = fromBytes<float>(runStage1(p, r, planeElems));
    // Plane 0's rows of the tokens the kernel acts on (the other planes'
    // place depends on that count); nothing at all for a negative count.
    int64_t acted = std::clamp<int64_t>(r.tokens, 0, T);
    int64_t checkedRows = acted ? acted * K : rows;
    int64_t wrongPoison = 0;
    for (int64_t row = 0; row < checkedRows; ++row)
      for (int64_t i = 0; i < 2 * s.inter; ++i) {
        uint32_t bits;
        std::memcpy(&bits, &planes[row * 2 * s.inter + i], 4);
        wrongPoison += (bits == 0xFFFFFFFF) != (!acted || r.ids[row] < 0);
      }
    EXPECT_EQ(wrongPoison, 0) << "plane elements written for dropped rows or "
                                 "left for kept ones";
  }

  // The finish on the clean planes, with hostile topk_ids and sizes.
  HostileRouting clean = hostSorted(p.ids, unit, T, K, s.experts, s.tileM);
  const std::vector<uint8_t> planes = runStage1(p, clean, planeElems);
  std::vector<double> want = ref::referenceStage1(
      p.xf, p.ids, T, K, s.experts, s.inter, p.w13, p.cfg.gateUp, nullptr, act);
  struct FinishCase {
    const char *name;
    int32_t tokensArg;
    int64_t idsTokens, planeTokens, hTokens;
    bool garbageIds;
  };
  const FinishCase cases[] = {
      {"valid", int32_t(T), T, T, T, false},
      {"tokens_4x_buffers", int32_t(4 * T), T, T, T, false},
      {"tokens_int_max", INT_MAX, T, T, T, false},
      {"tokens_2^24+1", (1 << 24) + 1, T, T, T, false},
      {"tokens_minus_1", -1, T, T, T, false},
      {"topk_ids_short", int32_t(T), T - 2, T, T, false},
      {"planes_short", int32_t(T), T, T - 1, T, false},
      {"h_short", int32_t(T), T, T, T - 3, false},
      {"topk_ids_garbage", int32_t(T), T, T, T, true},
      {"no_tokens", 0, 0, 0, 0, false},
  };
  for (const FinishCase &c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<int32_t> ids(p.ids.begin(), p.ids.begin() + c.idsTokens * K);
    const int32_t garbage[] = {int32_t(s.experts), -100, INT_MAX, INT_MIN};
    if (c.garbageIds)
      for (size_t i = 0; i < ids.size(); i += 2)
        ids[i] = ids[i] < 0 ? ids[i] : garbage[i / 2 % 4];
    // Planes of fewer tokens: each plane keeps its first rows, as a stage 1
    // of that many tokens would have written them.
    int64_t pRows = c.planeTokens * K;
    std::vector<float> all = fromBytes<float>(planes), cut;
    for (int64_t plane = 0; plane < 2; ++plane)
      cut.insert(cut.end(), all.begin() + plane * rows * 2 * s.inter,
                 all.begin() + (plane * rows + pRows) * 2 * s.inter);
    LaunchArgs launch;
    launch.add("planes", toBytes(cut), cut.size());
    launch.add("topk_ids", toBytes(ids), ids.size());
    launch.args.push_back(KernelArg::i32(c.tokensArg));
    launch.args.push_back(KernelArg::i32(0)); // expert_begin
    int64_t hElems = c.hTokens * K * s.inter;
    int h = launch.add("h", std::vector<uint8_t>(2 * hElems, 0xFF), hElems);
    LaunchConfig config;
    int64_t asked = std::min<int64_t>(std::max(c.tokensArg, 0), 4 * T);
    config.grid = {
        uint32_t(std::max<int64_t>(1, p.cfg.finishGrid().workgroups(asked)[0])),
        1, 1};
    config.block = {uint32_t(kStage1FinishBlock), 1, 1};
    launchBounded(*p.module, p.cfg.finishName(), config, launch);
    int64_t finished = std::min({int64_t(std::max(c.tokensArg, 0)), c.idsTokens,
                                 c.planeTokens, c.hTokens});
    std::vector<int32_t> kept(c.hTokens * K, -1);
    for (int64_t row = 0; row < finished * K; ++row)
      kept[row] = ids[row] >= 0 && ids[row] < s.experts ? ids[row] : -1;
    std::vector<double> wantRows(want.begin(),
                                 want.begin() + c.hTokens * K * s.inter);
    expectRows(fromBytes<uint16_t>(launch.buffers[h].bytes), wantRows, kept,
               s.inter);
  }
}

//===----------------------------------------------------------------------===//
// Sort
//===----------------------------------------------------------------------===//

namespace {

struct SortRun {
  std::vector<int32_t> sortedIds, sortedExpertIds, numValidIds;
  std::vector<float> sortedWeights;
  Report report;
};

/// Runs the sort kernel with `tokensArg` over topk_ids/weights and sorted
/// buffers of the given sizes (poisoned).
SortRun runSort(Module &module, const SortConfig &cfg,
                const std::vector<int32_t> &ids, const std::vector<float> &w,
                int32_t tokensArg, int64_t rows, int64_t blocks,
                int64_t numValid) {
  LaunchArgs launch;
  launch.add("topk_ids", toBytes(ids), ids.size());
  launch.add("topk_weights", toBytes(w), w.size());
  launch.args.push_back(KernelArg::i32(tokensArg));
  launch.args.push_back(KernelArg::i32(0));
  int first =
      launch.add("sorted_ids", std::vector<uint8_t>(4 * rows, 0xAB), rows);
  launch.add("sorted_weights", std::vector<uint8_t>(4 * rows, 0xAB), rows);
  launch.add("sorted_expert_ids", std::vector<uint8_t>(4 * blocks, 0xAB),
             blocks);
  launch.add("num_valid_ids", std::vector<uint8_t>(4 * numValid, 0xAB),
             numValid);
  LaunchConfig config;
  config.block = {uint32_t(cfg.blockSize), 1, 1};
  SortRun run;
  run.report = launchBounded(module, cfg.kernelName(), config, launch);
  run.sortedIds = fromBytes<int32_t>(launch.buffers[first].bytes);
  run.sortedWeights = fromBytes<float>(launch.buffers[first + 1].bytes);
  run.sortedExpertIds = fromBytes<int32_t>(launch.buffers[first + 2].bytes);
  run.numValidIds = fromBytes<int32_t>(launch.buffers[first + 3].bytes);
  return run;
}

/// `got` equals the first got.size() elements of `want` (bit for bit).
template <typename T>
void expectPrefix(const std::vector<T> &got, const std::vector<T> &want,
                  const char *what) {
  ASSERT_LE(got.size(), want.size()) << what;
  EXPECT_EQ(0, std::memcmp(got.data(), want.data(), got.size() * sizeof(T)))
      << what;
}

} // namespace

TEST(HostileRouting, Sort) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int64_t T = 40, K = 4, E = 16, BM = 16;
  SortConfig cfg;
  cfg.topk = K;
  cfg.experts = E;
  cfg.blockM = BM;
  cfg.blockSize = 256;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  // Ids: -1, ids >= E, negative and huge garbage among valid ones; weights
  // with NaN and infinities (the sort copies them bit for bit).
  std::vector<int32_t> ids(T * K);
  std::vector<float> w(T * K);
  const int32_t garbage[] = {-1, int32_t(E), -5, INT_MAX, INT_MIN, 1 << 30};
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i] = rng() % 4 == 0 ? garbage[rng() % 6] : int32_t(rng() % E);
    w[i] = float(rng() % 1000) / 997.0f;
  }
  w[3] = NAN;
  w[7] = INFINITY;
  w[11] = -INFINITY;

  struct SortCase {
    const char *name;
    int32_t tokensArg;
    int64_t idsTokens;   // tokens the topk_ids buffer holds
    int64_t sortTokens;  // what the kernel must sort
    double rowsFraction; // sorted buffers' rows, of the capacity
    bool noNumValid;
  };
  const SortCase cases[] = {
      {"valid", int32_t(T), T, T, 1.0, false},
      {"T_0", 0, T, 0, 1.0, false},
      {"tokens_minus_1", -1, T, 0, 1.0, false},
      {"tokens_int_max", INT_MAX, T, T, 1.0, false},
      {"tokens_2^24+1", (1 << 24) + 1, T, T, 1.0, false},
      {"tokens_past_topk_ids", int32_t(T), 25, 25, 1.0, false},
      {"sorted_buffers_half", int32_t(T), T, T, 0.5, false},
      {"sorted_buffers_one_row", int32_t(T), T, T, 0.0, false},
      {"num_valid_ids_empty", int32_t(T), T, T, 1.0, true},
  };
  for (const SortCase &c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<int32_t> heldIds(ids.begin(), ids.begin() + c.idsTokens * K);
    std::vector<float> heldW(w.begin(), w.begin() + c.idsTokens * K);
    ref::RoutingBuffers expect;
    ASSERT_FALSE(ref::sortRouting(heldIds.data(), heldW.data(), c.sortTokens, K,
                                  E, BM, expect));
    int64_t capacity = ref::routingCapacity(c.sortTokens, K, E, BM);
    int64_t rows = std::max<int64_t>(1, int64_t(capacity * c.rowsFraction));
    int64_t blocks = std::max<int64_t>(1, rows / BM);
    SortRun got = runSort(*module, cfg, heldIds, heldW, c.tokensArg, rows,
                          blocks, c.noNumValid ? 0 : 1);
    expectPrefix(got.sortedIds, expect.sortedTokenIds, "sorted_ids");
    expectPrefix(got.sortedWeights, expect.sortedWeights, "sorted_weights");
    expectPrefix(got.sortedExpertIds, expect.sortedExpertIds,
                 "sorted_expert_ids");
    if (!c.noNumValid) {
      EXPECT_EQ(got.numValidIds[0],
                std::min<int64_t>(expect.numValidIds, rows));
    }
    std::printf("sort %-24s %10llu lane instructions %.3f s\n", c.name,
                (unsigned long long)got.report.counters.laneInstructions,
                got.report.counters.seconds);
  }
}

/// The multi-workgroup sort on the same hostile arguments, launched with
/// the grid its rule gives for the tokens it must sort plus two idle
/// workgroups, and with a counts buffer shorter than its rule (it sorts the
/// chunks it holds, never past them).
TEST(HostileRouting, SortChunks) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int64_t T = 200, K = 4, E = 16, BM = 16;
  SortConfig cfg;
  cfg.topk = K;
  cfg.experts = E;
  cfg.blockM = BM;
  cfg.blockSize = 128;
  cfg.kind = SortKind::MultiWorkgroup;
  cfg.chunk = 256;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  std::vector<int32_t> ids(T * K);
  std::vector<float> w(T * K);
  const int32_t garbage[] = {-1, int32_t(E), -5, INT_MAX, INT_MIN, 1 << 30};
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i] = rng() % 4 == 0 ? garbage[rng() % 6] : int32_t(rng() % E);
    w[i] = float(rng() % 1000) / 997.0f;
  }
  w[3] = NAN;
  w[7] = INFINITY;

  struct ChunkCase {
    const char *name;
    int32_t tokensArg;
    int64_t idsTokens, sortTokens;
    double rowsFraction;
    bool noNumValid = false;
    int64_t countRows = -1; // rows of E counts; -1: the rule's
  };
  const ChunkCase cases[] = {
      {"valid", int32_t(T), T, T, 1.0},
      {"T_0", 0, T, 0, 1.0},
      {"tokens_minus_1", -1, T, 0, 1.0},
      {"tokens_int_max", INT_MAX, T, T, 1.0},
      {"tokens_2^24+1", (1 << 24) + 1, T, T, 1.0},
      {"tokens_past_topk_ids", int32_t(T), 77, 77, 1.0},
      {"sorted_buffers_half", int32_t(T), T, T, 0.5},
      {"sorted_buffers_one_row", int32_t(T), T, T, 0.0},
      {"num_valid_ids_empty", int32_t(T), T, T, 1.0, true},
      {"sort_counts_two_chunks", int32_t(T), T, 2 * 256 / K, 1.0, false, 3},
      {"sort_counts_empty", int32_t(T), T, 0, 1.0, false, 0},
  };
  for (const ChunkCase &c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<int32_t> heldIds(ids.begin(), ids.begin() + c.idsTokens * K);
    std::vector<float> heldW(w.begin(), w.begin() + c.idsTokens * K);
    ref::RoutingBuffers expect;
    ASSERT_FALSE(ref::sortRouting(heldIds.data(), heldW.data(), c.sortTokens, K,
                                  E, BM, expect));
    int64_t capacity = ref::routingCapacity(c.sortTokens, K, E, BM);
    int64_t rows = std::max<int64_t>(1, int64_t(capacity * c.rowsFraction));
    int64_t blocks = std::max<int64_t>(1, rows / BM);
    int64_t counts = c.countRows < 0 ? sortCountsElements(cfg, c.sortTokens)
                                     : c.countRows * E;
    LaunchArgs launch;
    launch.add("topk_ids", toBytes(heldIds), heldIds.size());
    launch.add("topk_weights", toBytes(heldW), heldW.size());
    launch.args.push_back(KernelArg::i32(c.tokensArg));
    launch.args.push_back(KernelArg::i32(0));
    int first =
        launch.add("sorted_ids", std::vector<uint8_t>(4 * rows, 0xAB), rows);
    launch.add("sorted_weights", std::vector<uint8_t>(4 * rows, 0xAB), rows);
    launch.add("sorted_expert_ids", std::vector<uint8_t>(4 * blocks, 0xAB),
               blocks);
    int64_t numValid = c.noNumValid ? 0 : 1;
    launch.add("num_valid_ids", std::vector<uint8_t>(4 * numValid, 0xAB),
               numValid);
    launch.add("sort_counts", std::vector<uint8_t>(4 * counts, 0xAB), counts);
    uint32_t groups = uint32_t(cfg.chunkGrid().workgroups(c.sortTokens)[0] + 2);
    for (KernelRole role : {KernelRole::SortCount, KernelRole::SortOffsets,
                            KernelRole::SortScatter}) {
      LaunchConfig config;
      config.grid = {role == KernelRole::SortOffsets ? 1u : groups, 1, 1};
      config.block = {uint32_t(cfg.blockSize), 1, 1};
      launchBounded(*module, cfg.phaseName(role), config, launch);
    }
    expectPrefix(fromBytes<int32_t>(launch.buffers[first].bytes),
                 expect.sortedTokenIds, "sorted_ids");
    expectPrefix(fromBytes<float>(launch.buffers[first + 1].bytes),
                 expect.sortedWeights, "sorted_weights");
    expectPrefix(fromBytes<int32_t>(launch.buffers[first + 2].bytes),
                 expect.sortedExpertIds, "sorted_expert_ids");
    if (!c.noNumValid)
      EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first + 3].bytes)[0],
                std::min<int64_t>(expect.numValidIds, rows));
  }
}

//===----------------------------------------------------------------------===//
// Quantize
//===----------------------------------------------------------------------===//

TEST(HostileRouting, Quantize) {
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int64_t T = 5, cols = 64, rowScales = cols / 32;
  QuantizeConfig cfg;
  cfg.format = OutputFormat::MXFP8;
  cfg.input = ElementType::F32;
  cfg.cols = cols;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  std::uniform_real_distribution<float> dist(-4.0f, 4.0f);
  std::vector<float> x(T * cols);
  for (auto &v : x)
    v = dist(rng);
  std::vector<uint8_t> codes, scales;
  ref::quantizeMX(x.data(), T, cols, ref::MXElement::FP8E4M3,
                  ref::ScaleRounding::Floor, codes, scales);
  struct QuantizeCase {
    const char *name;
    int32_t tokensArg;
    int64_t xTokens, codeTokens, scaleTokens;
    bool nonFinite = false; // NaN and Inf in row 0's two blocks
  };
  const QuantizeCase cases[] = {
      {"valid", int32_t(T), T, T, T},
      {"tokens_4x_buffers", int32_t(4 * T), T, T, T},
      {"tokens_int_max", INT_MAX, T, T, T},
      {"tokens_2^24+1", (1 << 24) + 1, T, T, T},
      {"tokens_minus_1", -1, T, T, T},
      {"x_short", int32_t(T), T - 2, T, T},
      {"codes_short", int32_t(T), T, T - 1, T},
      {"scales_short", int32_t(T), T, T, T - 3},
      {"T_0", 0, 0, 0, 0},
      {"nan_inf_input", int32_t(T), T, T, T, true},
  };
  for (const QuantizeCase &c : cases) {
    SCOPED_TRACE(c.name);
    LaunchArgs launch;
    std::vector<float> heldX(x.begin(), x.begin() + c.xTokens * cols);
    if (c.nonFinite) {
      heldX[5] = NAN;
      heldX[40] = INFINITY;
    }
    launch.add("x", toBytes(heldX), heldX.size());
    launch.args.push_back(KernelArg::i32(c.tokensArg));
    int codeIndex =
        launch.add("codes", std::vector<uint8_t>(c.codeTokens * cols, 0xA5),
                   c.codeTokens * cols);
    int scaleIndex = launch.add(
        "scales", std::vector<uint8_t>(c.scaleTokens * rowScales, 0xA5),
        c.scaleTokens * rowScales);
    LaunchConfig config;
    int64_t asked = std::min<int64_t>(std::max(c.tokensArg, 0), 4 * T);
    config.grid = {
        uint32_t(std::max<int64_t>(1, cfg.grid().workgroups(asked)[0])), 1, 1};
    config.block = {uint32_t(kQuantizeBlock), 1, 1};
    launchBounded(*module, cfg.kernelName(), config, launch);
    int64_t done = std::min({int64_t(std::max(c.tokensArg, 0)), c.xTokens,
                             c.codeTokens, c.scaleTokens});
    const std::vector<uint8_t> &gotCodes = launch.buffers[codeIndex].bytes;
    const std::vector<uint8_t> &gotScales = launch.buffers[scaleIndex].bytes;
    // With non-finite input only the other rows are compared (no bounds
    // question there; the row's codes follow the format's NaN rules).
    int64_t skipped = c.nonFinite ? 1 : 0, wrong = 0;
    for (int64_t i = skipped * cols; i < int64_t(gotCodes.size()); ++i)
      wrong += gotCodes[i] != (i < done * cols ? codes[i] : 0xA5);
    for (int64_t i = skipped * rowScales; i < int64_t(gotScales.size()); ++i)
      wrong += gotScales[i] != (i < done * rowScales ? scales[i] : 0xA5);
    EXPECT_EQ(wrong, 0);
  }
}
