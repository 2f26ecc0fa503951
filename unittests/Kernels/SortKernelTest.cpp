//===- SortKernelTest.cpp - moe.sort against the host routing sort --------===//
//
// The moe.sort kernel runs in the emulator on random top-k ids (with -1 and
// ids outside the shard's expert range) and must reproduce
// mxmoe::ref::sortRouting bit for bit, over every capacity row, from
// poisoned output buffers, with no OOB or LDS race reports. The
// multi-workgroup sort (moe.sort_chunks: count, offsets and scatter
// kernels launched in turn on shared buffers) must reproduce it too.
//
//===----------------------------------------------------------------------===//

#include "Emulator/PipelineTestUtil.h"

#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Reference/Routing.h"

#include <cstring>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

struct SortCase {
  int64_t tokens, topk, experts, blockM;
  int64_t expertBegin, idRange; // ids drawn from [-1, idRange)
  int64_t blockSize;
  bool weights;
};

template <typename T> std::vector<T> fromBytes(const std::vector<uint8_t> &b) {
  std::vector<T> v(b.size() / sizeof(T));
  std::memcpy(v.data(), b.data(), v.size() * sizeof(T));
  return v;
}

void runSort(const SortCase &c, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<int32_t> ids(c.tokens * c.topk);
  std::vector<float> w(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i] = int32_t(rng() % (c.idRange + 1)) - 1;
    w[i] = float(rng() % 1000) / 997.0f;
  }
  ref::RoutingBuffers expect;
  ASSERT_FALSE(ref::sortRouting(ids.data(), c.weights ? w.data() : nullptr,
                                c.tokens, c.topk, c.experts, c.blockM, expect,
                                c.expertBegin));
  int64_t capacity =
      ref::routingCapacity(c.tokens, c.topk, c.experts, c.blockM);

  SortConfig cfg;
  cfg.topk = c.topk;
  cfg.experts = c.experts;
  cfg.blockM = c.blockM;
  cfg.blockSize = c.blockSize;
  cfg.weights = c.weights;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  LaunchArgs launch;
  launch.add("topk_ids", toBytes(ids), ids.size());
  if (c.weights)
    launch.add("topk_weights", toBytes(w), w.size());
  launch.args.push_back(KernelArg::i32(int32_t(c.tokens)));
  launch.args.push_back(KernelArg::i32(int32_t(c.expertBegin)));
  // Poisoned outputs: every capacity row and block must be written.
  int first = launch.add("sorted_ids", std::vector<uint8_t>(4 * capacity, 0xAB),
                         capacity);
  launch.add("sorted_weights", std::vector<uint8_t>(4 * capacity, 0xAB),
             capacity);
  launch.add("sorted_expert_ids",
             std::vector<uint8_t>(4 * (capacity / c.blockM), 0xAB),
             capacity / c.blockM);
  launch.add("num_valid_ids", std::vector<uint8_t>(4, 0xAB), 1);
  LaunchConfig config;
  config.grid = {1, 1, 1};
  config.block = {uint32_t(c.blockSize), 1, 1};
  Report report;
  std::string error;
  ASSERT_TRUE(module->launch(cfg.kernelName(), config, launch.args,
                             launch.buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, launch.buffers);
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first].bytes),
            expect.sortedTokenIds);
  std::vector<float> gotW = fromBytes<float>(launch.buffers[first + 1].bytes);
  ASSERT_EQ(gotW.size(), expect.sortedWeights.size());
  EXPECT_EQ(0, std::memcmp(gotW.data(), expect.sortedWeights.data(),
                           4 * gotW.size()));
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first + 2].bytes),
            expect.sortedExpertIds);
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first + 3].bytes)[0],
            expect.numValidIds);
}

} // namespace

TEST(SortKernel, MatchesHostSort) {
  const SortCase cases[] = {
      // T, K, E, BM, expert_begin, id range, lanes, weights
      {1, 4, 32, 16, 0, 32, 256, true},  // decode
      {5, 2, 8, 32, 0, 8, 256, true},    // more waves than entries
      {64, 4, 32, 64, 0, 32, 256, true}, // several chunks per wave
      {64, 8, 384, 128, 0, 384, 256, false},
      {300, 4, 128, 16, 0, 128, 512, true}, // partial last chunk, 8 waves
      {40, 4, 16, 32, 16, 64, 128, true},   // expert-parallel shard [16, 32)
      {17, 1, 4, 16, 0, 4, 64, true},       // one wave, K = 1
      // Wave 0's lanes own 5 experts each, the last lane 2 of them.
      {33, 8, 318, 16, 0, 318, 256, true},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (const SortCase &c : cases) {
    SCOPED_TRACE(
        "T=" + std::to_string(c.tokens) + " K=" + std::to_string(c.topk) +
        " E=" + std::to_string(c.experts) + " BM=" + std::to_string(c.blockM));
    runSort(c, seed);
  }
}

namespace {

/// The multi-workgroup sort's three kernels, launched as the layer does
/// (grids from SortConfig), from poisoned outputs and counts.
void runChunkSort(const SortCase &c, int64_t chunk, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<int32_t> ids(c.tokens * c.topk);
  std::vector<float> w(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i] = int32_t(rng() % (c.idRange + 1)) - 1;
    w[i] = float(rng() % 1000) / 997.0f;
  }
  ref::RoutingBuffers expect;
  ASSERT_FALSE(ref::sortRouting(ids.data(), c.weights ? w.data() : nullptr,
                                c.tokens, c.topk, c.experts, c.blockM, expect,
                                c.expertBegin));
  int64_t capacity =
      ref::routingCapacity(c.tokens, c.topk, c.experts, c.blockM);

  SortConfig cfg;
  cfg.topk = c.topk;
  cfg.experts = c.experts;
  cfg.blockM = c.blockM;
  cfg.blockSize = c.blockSize;
  cfg.weights = c.weights;
  cfg.kind = SortKind::MultiWorkgroup;
  cfg.chunk = chunk;
  auto module = compileAndLoad(KernelConfig(cfg), "gfx950");
  ASSERT_TRUE(module);
  LaunchArgs launch;
  launch.add("topk_ids", toBytes(ids), ids.size());
  if (c.weights)
    launch.add("topk_weights", toBytes(w), w.size());
  launch.args.push_back(KernelArg::i32(int32_t(c.tokens)));
  launch.args.push_back(KernelArg::i32(int32_t(c.expertBegin)));
  int first = launch.add("sorted_ids", std::vector<uint8_t>(4 * capacity, 0xAB),
                         capacity);
  launch.add("sorted_weights", std::vector<uint8_t>(4 * capacity, 0xAB),
             capacity);
  launch.add("sorted_expert_ids",
             std::vector<uint8_t>(4 * (capacity / c.blockM), 0xAB),
             capacity / c.blockM);
  launch.add("num_valid_ids", std::vector<uint8_t>(4, 0xAB), 1);
  int64_t counts = sortCountsElements(cfg, c.tokens);
  launch.add("sort_counts", std::vector<uint8_t>(4 * counts, 0xAB), counts);
  double seconds = 0;
  for (KernelRole role : {KernelRole::SortCount, KernelRole::SortOffsets,
                          KernelRole::SortScatter}) {
    KernelGrid grid =
        role == KernelRole::SortOffsets ? cfg.grid() : cfg.chunkGrid();
    LaunchConfig config;
    config.grid = {uint32_t(grid.workgroups(c.tokens)[0]), 1, 1};
    config.block = {uint32_t(c.blockSize), 1, 1};
    Report report;
    std::string error;
    ASSERT_TRUE(module->launch(cfg.phaseName(role), config, launch.args,
                               launch.buffers, report, error))
        << error;
    EXPECT_TRUE(report.ok())
        << stringify(role) << ": " << describe(report, launch.buffers);
    seconds += report.counters.seconds;
  }
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first].bytes),
            expect.sortedTokenIds);
  std::vector<float> gotW = fromBytes<float>(launch.buffers[first + 1].bytes);
  ASSERT_EQ(gotW.size(), expect.sortedWeights.size());
  EXPECT_EQ(0, std::memcmp(gotW.data(), expect.sortedWeights.data(),
                           4 * gotW.size()));
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first + 2].bytes),
            expect.sortedExpertIds);
  EXPECT_EQ(fromBytes<int32_t>(launch.buffers[first + 3].bytes)[0],
            expect.numValidIds);
  std::printf("sort_chunks T=%lld K=%lld E=%lld chunk=%lld: %.2f s emulated\n",
              (long long)c.tokens, (long long)c.topk, (long long)c.experts,
              (long long)chunk, seconds);
}

} // namespace

TEST(SortKernel, MultiWorkgroupMatchesHostSort) {
  struct ChunkCase {
    SortCase sort;
    int64_t chunk;
  };
  const ChunkCase cases[] = {
      // T, K, E, BM, expert_begin, id range, lanes, weights; chunk
      {{1000, 4, 128, 64, 0, 128, 256, true}, 512},
      {{4096 + 3, 8, 256, 64, 0, 256, 256, true}, 1024},  // partial last chunk
      {{4096 + 3, 4, 128, 16, 32, 200, 256, false}, 768}, // shard [32, 160)
      {{20000, 4, 128, 64, 0, 128, 256, true}, 1280},
      {{20000, 8, 256, 128, 0, 256, 512, true}, 2048}, // 8 waves
      {{3, 4, 16, 16, 0, 16, 256, true}, 256}, // one chunk, mostly empty
      {{0, 4, 16, 16, 0, 16, 256, true}, 256}, // T = 0
      // One wave: the offsets' scan shares its LDS words with the row count.
      {{700, 4, 100, 16, 0, 100, 64, true}, 128},
  };
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  for (const ChunkCase &c : cases) {
    const SortCase &s = c.sort;
    SCOPED_TRACE("T=" + std::to_string(s.tokens) + " K=" +
                 std::to_string(s.topk) + " E=" + std::to_string(s.experts) +
                 " chunk=" + std::to_string(c.chunk));
    runChunkSort(s, c.chunk, seed);
  }
}
