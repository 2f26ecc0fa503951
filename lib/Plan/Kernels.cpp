//===- Kernels.cpp - problem configurations of the moe kernels ------------===//

#include "mxmoe/Plan/Kernels.h"

#include <cmath>
#include <sstream>

namespace mxmoe {

std::string Activation::describe() const {
  if (kind == ActivationKind::SiLU)
    return stringify(kind);
  if (alpha == kSwiGLUDefaultAlpha && limit == kSwiGLUDefaultLimit)
    return stringify(kind);
  std::ostringstream os;
  os << stringify(kind) << ", alpha = " << alpha << ", limit = ";
  if (std::isinf(limit))
    os << "inf";
  else
    os << limit;
  return os.str();
}

const char *stringify(fmt::WeightLayout v) {
  switch (v) {
  case fmt::WeightLayout::RowMajor:
    return "row_major";
  case fmt::WeightLayout::Preshuffle16x16:
    return "preshuffle16x16";
  }
  return "?";
}

const char *stringify(fmt::ScaleLayout v) {
  switch (v) {
  case fmt::ScaleLayout::RowMajor:
    return "row_major";
  case fmt::ScaleLayout::E8M0Shuffle:
    return "e8m0_shuffle";
  }
  return "?";
}

const char *stringify(fmt::GateUpArrangement v) {
  switch (v) {
  case fmt::GateUpArrangement::Interleaved:
    return "interleaved";
  case fmt::GateUpArrangement::Halves:
    return "halves";
  case fmt::GateUpArrangement::Blocks16:
    return "blocks16";
  }
  return "?";
}

std::string KernelGrid::describe() const {
  switch (kind) {
  case Kind::Single:
    return "1 x 1 (one workgroup)";
  case Kind::PerToken:
    return "ceil(T*" + std::to_string(lanesPerToken) + "/" +
           std::to_string(lanes) + ")";
  case Kind::PerChunk:
    return "floor(T*" + std::to_string(topk) + "/" + std::to_string(chunk) +
           ")+1";
  case Kind::Routed:
    if (persistent > 0)
      return std::to_string(persistent) + " (persistent over " +
             std::to_string(x) + " x min(capacity/" + std::to_string(blockM) +
             ", T*K)" + (splitK > 1 ? " * " + std::to_string(splitK) : "") +
             " tiles)";
    return std::to_string(x) + " x min(capacity/" + std::to_string(blockM) +
           ", T*K)" + (splitK > 1 ? " * " + std::to_string(splitK) : "");
  case Kind::TwoPhase:
    return std::to_string(x) + " x min(capacity/" + std::to_string(blockM) +
           ", T*K) + " + std::to_string(x2) + " x min(capacity/" +
           std::to_string(blockM2) + ", T*K)" +
           (splitK2 > 1 ? " * " + std::to_string(splitK2) : "") +
           " (stage 1 then stage 2, 1-D)";
  }
  return "";
}

int64_t fusedRoutingLDSBytes(int64_t entries, int64_t experts, const Tile &tile,
                             bool routeSlots) {
  if (routeSlots)
    // One block of m rows per entry, its expert, num_valid_ids.
    return 4 * (2 * entries * tile.m + entries + 1);
  int64_t rows = fusedRoutingRows(entries, experts, tile.m);
  // sorted_ids and sorted_weights, a block's expert per m rows,
  // num_valid_ids; the sort's per-wave counters and chunk (LowerSort).
  return 4 * (2 * rows + rows / tile.m + 1) + 4 * tile.waves * (experts + 64);
}

/// "a16w4_d2880_i2880_e128_k4": the problem part of a stage kernel's name.
static std::string problemName(const ProblemShape &p) {
  return std::string(stringify(p.precision)) + "_d" +
         std::to_string(p.modelDim) + "_i" + std::to_string(p.interDim) + "_e" +
         std::to_string(p.experts) + "_k" + std::to_string(p.topk);
}

std::string whyNoSlotRouting(int64_t entries, int64_t experts) {
  if (entries <= experts)
    return "";
  return "slot routing of " + std::to_string(entries) +
         " entries needs at most as many as the " + std::to_string(experts) +
         " experts (a stage grid covers min(capacity / m, T*K) blocks)";
}

std::string Stage2Config::kernelName() const {
  std::ostringstream os;
  os << "moe_stage2_" << problemName(problem);
  if (fusedRoutingEntries > 0)
    os << (routeSlots ? "_fs" : "_fr") << fusedRoutingEntries;
  os << nameSuffix;
  return os.str();
}

KernelGrid Stage2Config::grid() const {
  KernelGrid g =
      KernelGrid::routed(tile.lanes(), problem.modelDim, tile.n, problem.topk,
                         problem.experts, tile.m, splitK);
  g.persistent = persistentWorkgroups;
  return g;
}

KernelGrid Stage2Config::reduceGrid() const {
  return KernelGrid::perToken(kSlotReduceBlock, problem.modelDim);
}

std::string Stage1Config::kernelName() const {
  std::ostringstream os;
  os << "moe_stage1_" << problemName(problem);
  if (out != OutputFormat::BF16)
    os << "_" << stringify(out);
  if (splitK > 1)
    os << "_sk" << splitK;
  if (fusedRoutingEntries > 0)
    os << (routeSlots ? "_fs" : "_fr") << fusedRoutingEntries;
  if (quantizeX)
    os << "_qx";
  os << nameSuffix;
  return os.str();
}

KernelGrid Stage1Config::grid() const {
  return KernelGrid::routed(tile.lanes(), 2 * problem.interDim, tile.n,
                            problem.topk, problem.experts, tile.m, splitK);
}

KernelGrid Stage1Config::finishGrid() const {
  return KernelGrid::perToken(kStage1FinishBlock,
                              problem.topk * ((problem.interDim + 31) / 32));
}

std::string QuantizeConfig::kernelName() const {
  std::ostringstream os;
  os << "moe_quantize_" << stringify(format) << "_" << stringify(input) << "_c"
     << cols;
  if (scaleRounding != ScaleRounding::Floor)
    os << "_" << stringify(scaleRounding);
  os << nameSuffix;
  return os.str();
}

KernelGrid QuantizeConfig::grid() const {
  return KernelGrid::perToken(kQuantizeBlock, cols / 32);
}

std::string SortConfig::kernelName() const {
  std::ostringstream os;
  os << "moe_sort_";
  if (kind == SortKind::MultiWorkgroup)
    os << "chunks_";
  os << "e" << experts << "_k" << topk << "_bm" << blockM;
  if (kind == SortKind::MultiWorkgroup)
    os << "_c" << chunk;
  os << nameSuffix;
  return os.str();
}

std::string SortConfig::phaseName(KernelRole role) const {
  const char *phase = role == KernelRole::SortCount     ? "count"
                      : role == KernelRole::SortOffsets ? "offsets"
                                                        : "scatter";
  std::ostringstream os;
  os << "moe_sort_" << phase << "_e" << experts << "_k" << topk << "_bm"
     << blockM << "_c" << chunk << nameSuffix;
  return os.str();
}

std::string FusedStagesConfig::kernelName() const {
  std::string first = stage1.kernelName(), second = stage2.kernelName();
  // Stage 2's name repeats the problem: keep what follows it.
  std::string tail =
      second.substr(("moe_stage2_" + problemName(stage2.problem)).size());
  return "moe_fused_" + first.substr(std::string("moe_stage1_").size()) +
         "__s2" + tail;
}

KernelGrid FusedStagesConfig::grid() const {
  KernelGrid g1 = stage1.grid(), g2 = stage2.grid();
  KernelGrid g = g1;
  g.kind = KernelGrid::Kind::TwoPhase;
  g.x2 = g2.x;
  g.blockM2 = g2.blockM;
  g.splitK2 = g2.splitK;
  return g;
}

std::string FusedStagesConfig::whyNotFusable() const {
  if (stage1.fusedRoutingEntries <= 0 || stage2.fusedRoutingEntries <= 0)
    return "both stages must sort their own routing (fused routing)";
  if (stage1.splitK != 1)
    return "stage 1 must not split K (its finish kernel is a launch)";
  if (stage2.combine != Combine::Atomic)
    return "stage 2 must combine atomically (the store combine reduces in a "
           "kernel of its own)";
  if (stage2.persistentWorkgroups > 0)
    return "stage 2 must not use a persistent grid";
  if (stage1.tile.waves != stage2.tile.waves)
    return "both stages need the same waves (" +
           std::to_string(stage1.tile.waves) + " vs " +
           std::to_string(stage2.tile.waves) + ")";
  return "";
}

const char *kernelModuleName(const KernelConfig &config) {
  struct Names {
    const char *operator()(const QuantizeConfig &) { return "moe_quantize"; }
    const char *operator()(const SortConfig &) { return "moe_sort"; }
    const char *operator()(const Stage1Config &) { return "moe_stage1"; }
    const char *operator()(const Stage2Config &) { return "moe_stage2"; }
    const char *operator()(const FusedStagesConfig &) { return "moe_fused"; }
  };
  return std::visit(Names{}, config);
}

} // namespace mxmoe
