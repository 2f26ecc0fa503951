//===- Layouts.cpp - MXFP4 weight / E8M0 scale storage layouts ------------===//

#include "mxmoe/Format/Layouts.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <thread>

namespace mxmoe::fmt {

std::optional<std::string> checkWeightShape(WeightLayout layout, int64_t rows,
                                            int64_t kElems) {
  if (rows <= 0 || kElems <= 0)
    return "weight shape must be positive";
  if (kElems % 32 != 0)
    return "K (" + std::to_string(kElems) +
           ") must be a multiple of the MX block size 32";
  if (layout == WeightLayout::Preshuffle16x16 && rows % 16 != 0)
    return "preshuffle16x16 needs rows (" + std::to_string(rows) +
           ") to be a multiple of 16";
  return std::nullopt;
}

std::optional<std::string> checkScaleShape(ScaleLayout layout, int64_t rows,
                                           int64_t kElems) {
  (void)layout;
  if (rows <= 0 || kElems <= 0)
    return "scale shape must be positive";
  if (kElems % 32 != 0)
    return "K (" + std::to_string(kElems) +
           ") must be a multiple of the MX block size 32";
  return std::nullopt;
}

std::optional<std::string> checkGateUpShape(GateUpArrangement arrangement,
                                            int64_t inter) {
  if (inter <= 0)
    return "intermediate size must be positive";
  if (arrangement == GateUpArrangement::Blocks16 && inter % 16 != 0)
    return "blocks16 needs the intermediate size (" + std::to_string(inter) +
           ") to be a multiple of 16";
  return std::nullopt;
}

int64_t weightBufferBytes(WeightLayout layout, int64_t rows, int64_t kElems) {
  (void)layout; // both layouts are dense permutations
  return rows * (kElems / 2);
}

int64_t scaleBufferBytes(ScaleLayout layout, int64_t rows, int64_t kElems) {
  int64_t kBlocks = kElems / 32;
  switch (layout) {
  case ScaleLayout::RowMajor:
    return rows * kBlocks;
  case ScaleLayout::E8M0Shuffle:
    return roundUp(rows, 256) * roundUp(kBlocks, 8);
  }
  return rows * kBlocks;
}

/// Runs `body(begin, end)` over row ranges on the machine's cores.
static void forRowRanges(int64_t rows,
                         const std::function<void(int64_t, int64_t)> &body) {
  int64_t threads = std::max<int64_t>(
      1, std::min<int64_t>(std::thread::hardware_concurrency(), rows / 4096));
  if (threads <= 1) {
    body(0, rows);
    return;
  }
  std::vector<std::thread> pool;
  int64_t per = (rows + threads - 1) / threads;
  for (int64_t t = 0; t < threads; ++t)
    pool.emplace_back(body, t * per, std::min(rows, (t + 1) * per));
  for (std::thread &t : pool)
    t.join();
}

/// Row n of `rowMajor` (rows x K/2 bytes) to row destRow(n) of `out`, which
/// already has the layout's size: both layouts keep runs of 16 consecutive
/// bytes of a row together (checkWeightShape asks K / 2 to be a multiple of
/// 16), so rows are copied by run, split over threads (checkpoint-sized
/// layers are gigabytes).
static void scatterWeightRows(WeightLayout layout, const uint8_t *rowMajor,
                              int64_t rows, int64_t kElems,
                              const std::function<int64_t(int64_t)> &destRow,
                              std::vector<uint8_t> &out) {
  const int64_t kBytes = kElems / 2;
  const int64_t run = layout == WeightLayout::RowMajor ? kBytes : 16;
  forRowRanges(rows, [&](int64_t begin, int64_t end) {
    for (int64_t n = begin; n < end; ++n) {
      int64_t to = destRow(n);
      for (int64_t kb = 0; kb < kBytes; kb += run)
        std::memcpy(&out[weightByteOffset<int64_t>(layout, to, kb, kBytes)],
                    rowMajor + n * kBytes + kb, size_t(run));
    }
  });
}

/// The same for E8M0 scales (rows x K/32 bytes), byte by byte.
static void scatterScaleRows(ScaleLayout layout, const uint8_t *rowMajor,
                             int64_t rows, int64_t kElems,
                             const std::function<int64_t(int64_t)> &destRow,
                             std::vector<uint8_t> &out) {
  const int64_t kBlocks = kElems / 32;
  forRowRanges(rows, [&](int64_t begin, int64_t end) {
    for (int64_t n = begin; n < end; ++n) {
      int64_t to = destRow(n);
      const uint8_t *from = rowMajor + n * kBlocks;
      if (layout == ScaleLayout::RowMajor) {
        std::memcpy(&out[to * kBlocks], from, size_t(kBlocks));
        continue;
      }
      for (int64_t kb = 0; kb < kBlocks; ++kb)
        out[scaleByteOffset<int64_t>(layout, to, kb, kBlocks)] = from[kb];
    }
  });
}

static int64_t sameRow(int64_t n) { return n; }

/// packWeights over `rows * K / 2` bytes at `rowMajor`.
static std::optional<std::string>
packWeightBytes(WeightLayout layout, const uint8_t *rowMajor, size_t size,
                int64_t rows, int64_t kElems, std::vector<uint8_t> &out) {
  out.clear();
  if (auto err = checkWeightShape(layout, rows, kElems))
    return err;
  int64_t kBytes = kElems / 2;
  if (int64_t(size) != rows * kBytes)
    return "packWeights: input has " + std::to_string(size) +
           " bytes, expected rows * K / 2 = " + std::to_string(rows * kBytes);
  out.assign(weightBufferBytes(layout, rows, kElems), 0);
  scatterWeightRows(layout, rowMajor, rows, kElems, sameRow, out);
  return std::nullopt;
}

std::optional<std::string> packWeights(WeightLayout layout,
                                       const std::vector<uint8_t> &rowMajor,
                                       int64_t rows, int64_t kElems,
                                       std::vector<uint8_t> &out) {
  return packWeightBytes(layout, rowMajor.data(), rowMajor.size(), rows, kElems,
                         out);
}

std::optional<std::string> packScales(ScaleLayout layout,
                                      const std::vector<uint8_t> &rowMajor,
                                      int64_t rows, int64_t kElems,
                                      std::vector<uint8_t> &out) {
  out.clear();
  if (auto err = checkScaleShape(layout, rows, kElems))
    return err;
  int64_t kBlocks = kElems / 32;
  if (int64_t(rowMajor.size()) != rows * kBlocks)
    return "packScales: input has " + std::to_string(rowMajor.size()) +
           " bytes, expected rows * K / 32 = " + std::to_string(rows * kBlocks);
  out.assign(scaleBufferBytes(layout, rows, kElems), 127);
  scatterScaleRows(layout, rowMajor.data(), rows, kElems, sameRow, out);
  return std::nullopt;
}

const char *toString(WeightLayout layout) {
  switch (layout) {
  case WeightLayout::RowMajor:
    return "row_major";
  case WeightLayout::Preshuffle16x16:
    return "preshuffle16x16";
  }
  return "?";
}

const char *toString(ScaleLayout layout) {
  switch (layout) {
  case ScaleLayout::RowMajor:
    return "row_major";
  case ScaleLayout::E8M0Shuffle:
    return "e8m0_shuffle";
  }
  return "?";
}

const char *toString(GateUpArrangement arrangement) {
  switch (arrangement) {
  case GateUpArrangement::Interleaved:
    return "interleaved";
  case GateUpArrangement::Halves:
    return "halves";
  case GateUpArrangement::Blocks16:
    return "blocks16";
  }
  return "?";
}

std::optional<WeightLayout> parseWeightLayout(const std::string &name) {
  for (auto l : {WeightLayout::RowMajor, WeightLayout::Preshuffle16x16})
    if (name == toString(l))
      return l;
  return std::nullopt;
}

std::optional<ScaleLayout> parseScaleLayout(const std::string &name) {
  for (auto l : {ScaleLayout::RowMajor, ScaleLayout::E8M0Shuffle})
    if (name == toString(l))
      return l;
  return std::nullopt;
}

std::optional<GateUpArrangement> parseGateUpArrangement(const std::string &n) {
  for (auto a : {GateUpArrangement::Interleaved, GateUpArrangement::Halves,
                 GateUpArrangement::Blocks16})
    if (n == toString(a))
      return a;
  return std::nullopt;
}

std::optional<std::string> convertCheckpointExperts(
    const CheckpointExperts &in, GateUpArrangement arrangement,
    WeightLayout weightLayout, ScaleLayout scaleLayout, KernelExperts &out) {
  out = KernelExperts();
  const int64_t e = in.experts, d = in.modelDim, inter = in.interDim;
  if (e <= 0 || d <= 0 || inter <= 0)
    return std::string("experts, model_dim and inter_dim must be positive");
  if (!in.w13 || !in.w13Scales || !in.w2 || !in.w2Scales)
    return std::string("missing weights or scales");
  if (auto err = checkGateUpShape(arrangement, inter))
    return err;
  if (d % 32 != 0 || inter % 32 != 0)
    return std::string("model_dim and inter_dim must be multiples of 32");
  // Each layout is written once, straight from the checkpoint: stage 1's
  // interleaved rows land at their place in `arrangement` as they are
  // packed.
  const int64_t rows13 = e * 2 * inter, rows2 = e * d;
  auto arranged = [&](int64_t n) {
    int64_t x = n / (2 * inter), p = n % (2 * inter);
    return x * 2 * inter + gateUpRow(arrangement, p % 2 == 1, p / 2, inter);
  };
  if (auto err = checkWeightShape(weightLayout, rows13, d))
    return "w13: " + *err;
  if (auto err = checkScaleShape(scaleLayout, rows13, d))
    return "w13 scales: " + *err;
  if (auto err = checkWeightShape(weightLayout, rows2, inter))
    return "w2: " + *err;
  if (auto err = checkScaleShape(scaleLayout, rows2, inter))
    return "w2 scales: " + *err;
  out.w13.assign(weightBufferBytes(weightLayout, rows13, d), 0);
  scatterWeightRows(weightLayout, in.w13, rows13, d, arranged, out.w13);
  out.w13Scales.assign(scaleBufferBytes(scaleLayout, rows13, d), 127);
  scatterScaleRows(scaleLayout, in.w13Scales, rows13, d, arranged,
                   out.w13Scales);
  if (in.b13) {
    out.b13.resize(rows13);
    for (int64_t n = 0; n < rows13; ++n)
      out.b13[arranged(n)] = in.b13[n];
  }
  // Stage 2: [E * D, I] as stored.
  out.w2.assign(weightBufferBytes(weightLayout, rows2, inter), 0);
  scatterWeightRows(weightLayout, in.w2, rows2, inter, sameRow, out.w2);
  out.w2Scales.assign(scaleBufferBytes(scaleLayout, rows2, inter), 127);
  scatterScaleRows(scaleLayout, in.w2Scales, rows2, inter, sameRow,
                   out.w2Scales);
  if (in.b2)
    out.b2.assign(in.b2, in.b2 + rows2);
  return std::nullopt;
}

} // namespace mxmoe::fmt
