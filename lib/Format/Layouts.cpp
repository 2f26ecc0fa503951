//===- Layouts.cpp - MXFP4 weight / E8M0 scale storage layouts ------------===//

#include "mxmoe/Format/Layouts.h"


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

std::optional<std::string> packWeights(WeightLayout layout,
                                       const std::vector<uint8_t> &rowMajor,
                                       int64_t rows, int64_t kElems,
                                       std::vector<uint8_t> &out) {
  out.clear();
  if (auto err = checkWeightShape(layout, rows, kElems))
    return err;
  int64_t kBytes = kElems / 2;
  if (int64_t(rowMajor.size()) != rows * kBytes)
    return "packWeights: input has " + std::to_string(rowMajor.size()) +
           " bytes, expected rows * K / 2 = " + std::to_string(rows * kBytes);
  out.assign(weightBufferBytes(layout, rows, kElems), 0);
  for (int64_t n = 0; n < rows; ++n)
    for (int64_t kb = 0; kb < kBytes; ++kb)
      out[weightByteOffset<int64_t>(layout, n, kb, kBytes)] =
          rowMajor[n * kBytes + kb];
  return std::nullopt;
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
  for (int64_t n = 0; n < rows; ++n)
    for (int64_t kb = 0; kb < kBlocks; ++kb)
      out[scaleByteOffset<int64_t>(layout, n, kb, kBlocks)] =
          rowMajor[n * kBlocks + kb];
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

} // namespace mxmoe::fmt
