//===- RoutingTest.cpp - the host routing sort ----------------------------===//

#include "mxmoe/Reference/Routing.h"

#include "../TestSeed.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace mxmoe::ref;

TEST(Routing, HandWorkedExample) {
  // T = 3, K = 2, E = 3, BM = 2; token 1's second slot is empty (-1).
  const int32_t ids[] = {0, 2, 2, -1, 0, 0};
  const float w[] = {0.5f, 0.25f, 1.0f, 9.0f, 0.125f, 2.0f};
  RoutingBuffers r;
  ASSERT_FALSE(sortRouting(ids, w, 3, 2, 3, 2, r));
  const int32_t S = (2 << 24) | 3;
  std::vector<int32_t> wantIds = {packRoutedRow(0, 0),
                                  packRoutedRow(2, 0),
                                  packRoutedRow(2, 1),
                                  S,
                                  packRoutedRow(0, 1),
                                  packRoutedRow(1, 0),
                                  S,
                                  S,
                                  S,
                                  S};
  EXPECT_EQ(r.sortedTokenIds, wantIds);
  EXPECT_EQ(r.sortedWeights, (std::vector<float>{0.5f, 0.125f, 2.0f, 0, 0.25f,
                                                 1.0f, 0, 0, 0, 0}));
  EXPECT_EQ(r.sortedExpertIds, (std::vector<int32_t>{0, 0, 2, -1, -1}));
  EXPECT_EQ(r.numValidIds, 6);
  EXPECT_EQ(r.sentinel(), S);
  EXPECT_FALSE(r.isValidRow(S));
  EXPECT_TRUE(r.isValidRow(packRoutedRow(2, 1)));
}

TEST(Routing, RandomInvariants) {
  unsigned seed = mxmoe::test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (int trial = 0; trial < 40; ++trial) {
    int64_t T = 1 + rng() % 70, K = 1 + rng() % 8, E = 1 + rng() % 40;
    int64_t BM = int64_t(16) << (rng() % 4);
    int64_t begin = (trial % 3 == 0) ? int64_t(rng() % 8) : 0; // EP shard
    std::vector<int32_t> ids(T * K);
    std::vector<float> w(T * K);
    for (int64_t i = 0; i < T * K; ++i) {
      // -1, in range, and outside the shard's range.
      int kind = rng() % 8;
      ids[i] = kind == 0 ? -1 : int32_t(rng() % (E + 2 * begin + 3));
      w[i] = float(rng() % 1000) / 1000.0f;
    }
    RoutingBuffers r;
    ASSERT_FALSE(sortRouting(ids.data(), w.data(), T, K, E, BM, r, begin));
    ASSERT_EQ(r.numValidIds % BM, 0);
    ASSERT_LE(r.numValidIds, int64_t(r.sortedTokenIds.size()));
    ASSERT_EQ(int64_t(r.sortedTokenIds.size()), routingCapacity(T, K, E, BM));
    std::map<std::pair<int64_t, int64_t>, int> seen;
    int64_t expectedRows = 0;
    std::vector<int64_t> counts(E, 0);
    for (int64_t i = 0; i < T * K; ++i) {
      int64_t e = int64_t(ids[i]) - begin;
      if (ids[i] >= 0 && e >= 0 && e < E)
        ++counts[e];
    }
    for (int64_t e = 0; e < E; ++e)
      expectedRows += (counts[e] + BM - 1) / BM * BM;
    ASSERT_EQ(r.numValidIds, expectedRows);
    int32_t lastExpert = -1;
    for (int64_t b = 0; b < int64_t(r.sortedExpertIds.size()); ++b) {
      int32_t e = r.sortedExpertIds[b];
      if (b >= r.validBlocks()) {
        ASSERT_EQ(e, -1);
        for (int64_t i = b * BM; i < (b + 1) * BM; ++i)
          ASSERT_EQ(r.sortedTokenIds[i], r.sentinel());
        continue;
      }
      ASSERT_GE(e, lastExpert) << "experts in increasing order";
      ASSERT_LT(e, E);
      lastExpert = e;
      int64_t prevKey = -1;
      for (int64_t i = b * BM; i < (b + 1) * BM; ++i) {
        int32_t p = r.sortedTokenIds[i];
        if (!r.isValidRow(p)) {
          ASSERT_EQ(p, r.sentinel());
          ASSERT_EQ(r.sortedWeights[i], 0.0f);
          continue;
        }
        int64_t t = routedToken(p), s = routedSlot(p);
        ASSERT_EQ(ids[t * K + s] - begin, e);
        ASSERT_EQ(r.sortedWeights[i], w[t * K + s]);
        ASSERT_EQ(seen[std::make_pair(t, s)]++, 0) << "each routed row once";
        int64_t key = t * K + s;
        ASSERT_GT(key, prevKey) << "token-then-slot order within a block";
        prevKey = key;
      }
    }
    int64_t valid = 0;
    for (int64_t e = 0; e < E; ++e)
      valid += counts[e];
    ASSERT_EQ(int64_t(seen.size()), valid);
  }
}

TEST(Routing, RejectsBadSizes) {
  RoutingBuffers r;
  int32_t id = 0;
  auto err = sortRouting(&id, nullptr, 1, 200, 4, 16, r);
  ASSERT_TRUE(err);
  EXPECT_NE(err->find("[1, 127]"), std::string::npos);
  err = sortRouting(&id, nullptr, int64_t(1) << 24, 1, 4, 16, r);
  ASSERT_TRUE(err);
  EXPECT_NE(err->find("24-bit"), std::string::npos);
  EXPECT_TRUE(sortRouting(&id, nullptr, 1, 1, 0, 16, r));
  EXPECT_TRUE(sortRouting(&id, nullptr, 1, 1, 4, 0, r));
}

TEST(Routing, SlotRoutingRoutesTheSortsRows) {
  // Random ids (about one in five -1, some outside the shard [3, 3 + E)):
  // slot routing gives block b slot b's row, the sentinel elsewhere, and
  // routes exactly the rows, experts and weights the sort routes.
  unsigned seed = mxmoe::test::testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  const int64_t T = 7, K = 3, E = 24, BM = 4, begin = 3;
  std::vector<int32_t> ids(T * K);
  std::vector<float> w(T * K);
  for (int64_t i = 0; i < T * K; ++i) {
    ids[i] = rng() % 5 == 0 ? -1 : int32_t(rng() % (E + 6));
    w[i] = float(rng() % 64) / 16.0f;
  }
  RoutingBuffers slots, sorted;
  ASSERT_FALSE(slotRouting(ids.data(), w.data(), T, K, E, BM, slots, begin));
  ASSERT_FALSE(sortRouting(ids.data(), w.data(), T, K, E, BM, sorted, begin));
  EXPECT_EQ(slots.numValidIds, T * K * BM);
  ASSERT_EQ(slots.sortedTokenIds.size(), size_t(T * K * BM));
  ASSERT_EQ(slots.sortedExpertIds.size(), size_t(T * K));
  std::multimap<int32_t, std::pair<int32_t, float>> fromSlots, fromSort;
  for (int64_t b = 0; b < T * K; ++b) {
    int64_t local = int64_t(ids[b]) - begin;
    bool routed = ids[b] >= 0 && local >= 0 && local < E;
    EXPECT_EQ(slots.sortedExpertIds[b], routed ? local : -1) << b;
    for (int64_t i = 0; i < BM; ++i) {
      int32_t row = slots.sortedTokenIds[b * BM + i];
      float weight = slots.sortedWeights[b * BM + i];
      if (i == 0 && routed) {
        EXPECT_EQ(row, packRoutedRow(b / K, b % K)) << b;
        EXPECT_EQ(weight, w[b]) << b;
        fromSlots.insert({row, {slots.sortedExpertIds[b], weight}});
      } else {
        EXPECT_EQ(row, slots.sentinel()) << b << " " << i;
        EXPECT_EQ(weight, 0.0f) << b << " " << i;
      }
    }
  }
  for (int64_t r = 0; r < sorted.numValidIds; ++r)
    if (sorted.isValidRow(sorted.sortedTokenIds[r]))
      fromSort.insert(
          {sorted.sortedTokenIds[r],
           {sorted.sortedExpertIds[r / BM], sorted.sortedWeights[r]}});
  EXPECT_EQ(fromSlots, fromSort);
  // The sort's size errors.
  EXPECT_TRUE(slotRouting(ids.data(), w.data(), T, 128, E, BM, slots));
  EXPECT_TRUE(slotRouting(ids.data(), w.data(), -1, K, E, BM, slots));
}
