//===- Model.cpp - the calibrated per-kernel time model -------------------===//
//
// Sources are cited as "perf §N" = ../shared/research/perf-mi355x.md, the
// project's collected facts (each with its own upstream source there).
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Perf/Model.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace mxmoe::perf {

namespace {

/// An LDS write or read a wave waits on, with the barrier between them
/// (clocks; CDNA3's LDS latency is about 64 to 128).
constexpr double kLdsRoundTripCycles = 128;

/// The experts' first rows (SortWalk::expertFirstRows): one wave's lanes
/// read their experts' counts, scan their sums in six doubling steps, read
/// the total and read the counts again to place them: dependent LDS round
/// trips, whatever E (a lane owns ceil(E / 64) experts, read together).
constexpr double kExpertScanLdsRoundTrips = 9;

/// MX blocks of x a quantize_x lane loads per dependent round trip
/// (QuantizeBlockRows.cpp's kBlocksInFlight).
constexpr double kQuantizeBlocksInFlight = 2;

double expertScanSeconds(const ChipModel &chip) {
  return kExpertScanLdsRoundTrips * kLdsRoundTripCycles / chip.issueClockHz;
}

// clang-format off
const ChipModel kChipModels[] = {
    {/*chip=*/"gfx950", /*part=*/"MI355X",
     // 256 CUs of 4 SIMDs, 8 waves per SIMD, 160 KiB LDS per CU, 512 VGPRs
     // per lane per SIMD: ROCm GPU specifications table (perf §1); waves:
     // LLVM getMaxWavesPerEU for gfx90a-class targets (perf §1).
     256, 4, 8, 163840, 512,
     // Nameplate: 2.4 GHz engine clock (perf §1, Hot Chips coverage) and
     // 8 stacks x 1024 bit x 8 Gbps = 8.0 TB/s HBM3E (perf §1).
     2.4e9, 8.0e12,
     // Issue clock: 1.45 GHz, the clock HipKittens' FP8 GEMM sustains at
     // its power limit (perf §1a); decode kernels draw far less power, so
     // this is the low end of what they run at.
     1.45e9,
     // Dense MFMA FLOP/clk/SIMD: bf16 16x16x32 1024, f8f6f4 with an fp8
     // operand 2048 (8 passes), fp4 4096 (4 passes): LLVM's gfx950
     // scheduling model, matching the 2.5/5/10 PF vendor peaks (perf §2).
     1024, 2048, 4096,
     // dwordx4 x 64 lanes (perf §3).
     1024,
     /*calibrated=*/true,
     // Fitted by `moe-tune --calibrate` on aiter's tuned MI355X fused-MoE
     // tables (configs/calibration/mi355x-aiter.json; docs/perf/
     // calibration.md has the fit and the held-out error). For scale: the
     // fixed cost of a two-kernel decode pair is about 19-26 us (perf §4),
     // tuned MoE kernels reach 5.5-6.4 TB/s (perf §6), compute-bound GEMMs
     // sustain about 1.45 GHz (perf §1a, HipKittens), HBM latency is
     // 500-800 cycles idle on MI308X (perf §3). The fitted "clock" is an
     // effective MFMA clock: the sustained clock times the MFMA-busy
     // fraction the model otherwise takes as 1. The fit is bounded by a
     // whole-layer measurement (MiniMax-M3 TP4 at M = 1, two kernels in
     // 15.8 us, vllm#56488, perf §4): aiter's rows alone fit 7.5 us per
     // launch, under which no two-kernel layer of its 58 MB could take
     // less than 24.8 us; the per-launch cost aiter's rows carry is their
     // kernels' fixed cost, not the chip's.
     {/*launch=*/2.75e-6, /*latency=*/0.55e-6, /*bandwidth=*/5.6875e12,
      /*clock=*/0.875e9}},
    {/*chip=*/"gfx942", /*part=*/"MI300X",
     // 304 CUs (aiter's MI300X tables run on cu_num 304, perf §5.2), 4
     // SIMDs, 64 KiB LDS (perf §1), 512 VGPRs per lane.
     304, 4, 8, 65536, 512,
     // 2.1 GHz and 5.3 TB/s: AMD's MI300X specification (not in perf; the
     // model of this part is not calibrated).
     2.1e9, 5.3e12,
     // MI355X's sustained clock scaled by 2.1 / 2.4.
     1.45e9 * 2.1 / 2.4,
     // Per-CU FP8 rate 4096 FLOP/clk (perf §1, ISSCC: half of MI355X's),
     // bf16 half of that; no f8f6f4 MFMA, so no fp4 rate (a4w4 does not
     // lower for gfx942).
     512, 1024, 0,
     1024,
     /*calibrated=*/false,
     // MI355X's fit scaled: bandwidth by the rocprofiler-compute memcopy
     // ratio MI300X / MI350 = 3911 / 5690 GB/s (perf §1a), the clock by
     // 2.1 / 2.4; launch and latency unchanged.
     {2.75e-6, 0.55e-6, 5.6875e12 * 3911.0 / 5690.0, 0.875e9 * 2.1 / 2.4}},
};
// clang-format on

double divCeil(double a, double b) { return std::ceil(a / b); }

} // namespace

double ChipModel::flopsPerClock(Precision p) const {
  switch (p) {
  case Precision::A16W4:
    return flopsPerClockBF16;
  case Precision::A8W4:
    return flopsPerClockFP8;
  case Precision::A4W4:
    return flopsPerClockFP4;
  }
  return 0;
}

const ChipModel *lookupChipModel(const std::string &chip) {
  for (const ChipModel &m : kChipModels)
    if (chip == m.chip)
      return &m;
  return nullptr;
}

double activationBytesPerElement(Precision p) {
  switch (p) {
  case Precision::A16W4:
    return 2.0;
  case Precision::A8W4:
    return 1.0 + 1.0 / 32;
  case Precision::A4W4:
    return kMXFP4BytesPerElement;
  }
  return 2.0;
}

double intermediateBytesPerElement(Precision p) {
  // The stage-1 output has the stage-2 input's format (Enums.h).
  return activationBytesPerElement(p);
}

double expectedDistinctExperts(int64_t experts, int64_t topk, int64_t tokens) {
  if (experts <= 0 || topk <= 0 || tokens <= 0)
    return 0;
  double k = std::min<double>(topk, experts);
  return experts * (1.0 - std::pow(1.0 - k / experts, double(tokens)));
}

int64_t workgroupsPerCU(const ChipModel &chip, const Tile &tile,
                        int64_t vgprsPerLane, int64_t ldsBytes) {
  int64_t waves = chip.maxWavesPerSIMD;
  if (vgprsPerLane > 0)
    waves = std::min<int64_t>(waves, chip.vgprsPerSIMDLane /
                                         ((vgprsPerLane + 7) / 8 * 8));
  int64_t groups = waves * chip.simdsPerCU / std::max<int64_t>(1, tile.waves);
  if (ldsBytes > 0)
    groups = std::min(groups, chip.ldsBytesPerCU / ldsBytes);
  return std::max<int64_t>(1, groups);
}

KernelTime predictStage(const ChipModel &chip, const Calibration &cal,
                        const ProblemShape &p, int64_t tokens,
                        const KernelShape &ks) {
  KernelTime t;
  const Tile &tile = ks.tile;
  bool stage1 = ks.stage == 1;
  double n = stage1 ? 2.0 * p.interDim : double(p.modelDim);
  double kDim = stage1 ? double(p.modelDim) : double(p.interDim);
  double rows = double(tokens) * p.topk;
  double act = activationBytesPerElement(p.precision);
  double mid = intermediateBytesPerElement(p.precision);

  // Slot routing: each slot a block of one row, its expert's weights read
  // by every slot routed to it (no reuse assumed).
  t.distinctExperts = ks.slotRouting
                          ? rows
                          : expectedDistinctExperts(p.experts, p.topk, tokens);
  double perExpert = t.distinctExperts > 0 ? rows / t.distinctExperts : 0;
  double mBlocks = t.distinctExperts * divCeil(perExpert, double(tile.m));
  double xTiles = divCeil(n, double(tile.n));
  double splitK = double(std::max<int64_t>(1, ks.splitK));
  t.workgroups = xTiles * mBlocks * splitK;

  // HBM bytes: each touched expert's weights once (re-reads by further m
  // blocks and x tiles hit L2/MALL), activations in, outputs out.
  double weights = t.distinctExperts * n * kDim * kMXFP4BytesPerElement;
  // quantize_x: stage 1 reads bf16 x (the quantize kernel's MX x is gone).
  double in = stage1 ? double(tokens) * p.modelDim * (ks.quantizeX ? 2.0 : act)
                     : rows * p.interDim * mid;
  double out;
  if (stage1)
    out = splitK > 1 ? splitK * rows * n * 4.0 : rows * p.interDim * mid;
  else
    // Every routed row adds (atomics: a read-modify-write of 2 x bf16 or
    // f32 at L2/HBM) or stores (bf16 slots) its own D columns.
    out = rows * p.modelDim * (ks.storeCombine ? 2.0 : 4.0);
  t.hbmBytes = weights + in + out;
  t.bandwidthSeconds = t.hbmBytes / cal.bandwidthBytesPerSecond;

  // MFMAs over the padded tiles at the sustained clock; one workgroup's
  // MFMAs on its own SIMDs bound it from below.
  t.flops = 2.0 * mBlocks * tile.m * xTiles * tile.n * kDim;
  double perClock = chip.flopsPerClock(p.precision);
  double chipRate = double(chip.computeUnits) * chip.simdsPerCU * perClock *
                    cal.sustainedClockHz;
  double wgRate = double(std::min<int64_t>(tile.waves, chip.simdsPerCU)) *
                  perClock * cal.sustainedClockHz;
  if (perClock > 0)
    t.mfmaSeconds = std::max(t.flops / chipRate,
                             2.0 * tile.m * tile.n * (kDim / splitK) / wgRate);

  // Little's law: each workgroup keeps depth - 1 stages (the weight tile
  // n x k and the activation rows m x k) in flight.
  double resident =
      std::min(t.workgroups, double(chip.computeUnits) *
                                 std::max<int64_t>(1, ks.workgroupsPerCU));
  if (ks.persistentWorkgroups > 0)
    resident = std::min(resident, double(ks.persistentWorkgroups));
  t.residentWorkgroups = resident;
  // A step of K wave groups loads each group's tile.k.
  double groups = double(std::max<int64_t>(1, ks.kWaveGroups));
  double stageBytes = groups * (tile.n * tile.k * kMXFP4BytesPerElement +
                                tile.m * tile.k * act);
  double kStepsPerGroup =
      divCeil(divCeil(divCeil(kDim, double(tile.k)), splitK), groups);
  double depth = double(std::max<int64_t>(2, ks.pipelineDepth));
  t.bytesInFlight = resident * (depth - 1) * stageBytes;
  double loaded = t.workgroups * kStepsPerGroup * stageBytes;
  if (t.bytesInFlight > 0)
    t.latencySeconds = loaded / t.bytesInFlight * cal.latencySeconds;

  // The compiled main loop's issue time (llvm-mca, 4 clocks per cycle of a
  // wave's issue: one pass of a wave64 on 16 lanes, perf §2), round by
  // round, at the issue clock.
  if (ks.mcaCyclesPerIteration > 0 && ks.loopIterations > 0) {
    double rounds = divCeil(t.workgroups, std::max(1.0, resident));
    t.issueSeconds = rounds * ks.loopIterations * ks.mcaCyclesPerIteration *
                     4.0 / chip.issueClockHz;
  }
  // K wave groups: after the loop each wave stores its partial tiles to
  // LDS, waits at a barrier and reads every group's part of its own tiles
  // (two dependent LDS round trips plus the reads' issue), once per round.
  if (groups > 1) {
    double rounds = divCeil(t.workgroups, std::max(1.0, resident));
    double tiles = double(tile.m / 16) * (tile.n / 16) /
                   double(std::max<int64_t>(1, tile.waves));
    double cycles = 2.0 * kLdsRoundTripCycles + 4.0 * tiles * (1.0 + groups);
    t.latencySeconds += rounds * cycles / chip.issueClockHz;
  }

  // quantize_x: each workgroup first loads its block's rows of bf16 x (L2
  // after the first x tile), lane-major over the rows' MX blocks, 2 per
  // lane per dependent round trip (QuantizeBlockRows' kBlocksInFlight),
  // before its main loop starts. Only valid rows load (a wave with none
  // waits for nothing); they are a prefix of the block: the sort pads at
  // its end, slot routing holds one row.
  if (stage1 && ks.quantizeX) {
    double lanes = 64.0 * std::max<int64_t>(1, tile.waves);
    double validRows =
        ks.slotRouting ? 1.0 : std::min(double(tile.m), std::ceil(perExpert));
    double perLane = divCeil(validRows * (p.modelDim / 32), lanes);
    t.latencySeconds +=
        divCeil(perLane, kQuantizeBlocksInFlight) * cal.latencySeconds;
  }

  t.launchSeconds = cal.launchSeconds;
  struct Term {
    double seconds;
    const char *name;
  } terms[] = {{t.bandwidthSeconds, "bandwidth"},
               {t.mfmaSeconds, "mfma"},
               {t.issueSeconds, "issue"},
               {t.latencySeconds, "latency"}};
  const Term *worst = &terms[0];
  for (const Term &term : terms)
    if (term.seconds > worst->seconds)
      worst = &term;
  t.bound = worst->name;
  t.totalSeconds = t.launchSeconds + worst->seconds;
  return t;
}

KernelTime predictStage(const ChipModel &chip, const ProblemShape &problem,
                        int64_t tokens, const KernelShape &kernel) {
  return predictStage(chip, chip.calibration, problem, tokens, kernel);
}

double fusedStagesHandoffSeconds(const Calibration &cal) {
  return 2.0 * cal.latencySeconds - cal.launchSeconds;
}

double predictStreamingKernel(const ChipModel &chip, const Calibration &cal,
                              double bytes) {
  (void)chip;
  return cal.launchSeconds +
         std::max(bytes / cal.bandwidthBytesPerSecond, cal.latencySeconds);
}

double predictSort(const ChipModel &chip, const Calibration &cal,
                   int64_t entries, int64_t lanes) {
  return cal.launchSeconds +
         predictFusedRoutingPrologue(chip, cal, entries, lanes);
}

double predictFusedRoutingPrologue(const ChipModel &chip,
                                   const Calibration &cal, int64_t entries,
                                   int64_t lanes) {
  // One workgroup: a counting pass and a scatter pass over the T*K ids,
  // each chunk of `lanes` a dependent global round trip plus one per pass,
  // and between them the experts' first rows. With one chunk (T*K at most
  // the lanes) the scatter writes the lanes the count ranked: no round trip.
  double chunks = divCeil(double(std::max<int64_t>(1, entries)),
                          double(std::max<int64_t>(64, lanes)));
  double scatterTrips = chunks > 1 ? chunks + 1.0 : 0.0;
  return (chunks + 1.0 + scatterTrips) * cal.latencySeconds +
         expertScanSeconds(chip);
}

double predictSlotRoutingPrologue(const ChipModel &chip,
                                  const Calibration &cal) {
  // The store, then the barrier's wait before the first LDS read.
  return cal.latencySeconds + 2.0 * kLdsRoundTripCycles / chip.issueClockHz;
}

SortChunksTime predictSortChunks(const ChipModel &chip, const Calibration &cal,
                                 int64_t entries, int64_t lanes, int64_t chunk,
                                 int64_t experts, int64_t blockM) {
  double n = double(std::max<int64_t>(1, entries));
  double l = double(std::max<int64_t>(64, lanes)), c = double(chunk);
  double e = double(experts);
  double groups = std::floor(n / c) + 1, chunks = divCeil(n, c);
  double capacity = divCeil(n + e * (blockM - 1), double(blockM)) * blockM;
  // Workgroups resident at once: waves per SIMD and the LDS of the walk
  // (per-wave counters plus a 64-entry chunk per wave).
  double waves = l / 64;
  double perCU = std::min(
      std::floor(double(chip.simdsPerCU * chip.maxWavesPerSIMD) / waves),
      std::floor(double(chip.ldsBytesPerCU) / (4.0 * waves * (e + 64))));
  double rounds =
      divCeil(groups, double(chip.computeUnits) * std::max(1.0, perCU));
  // A walk step over `lanes` entries is one dependent round trip, as in
  // the one-workgroup sort; each kernel is launch + max(bandwidth, latency).
  auto kernel = [&](double bytes, double roundTrips) {
    return cal.launchSeconds + std::max(bytes / cal.bandwidthBytesPerSecond,
                                        roundTrips * cal.latencySeconds);
  };
  double steps = c / l;
  SortChunksTime t;
  // Reads the ids, fills the capacity rows (id and weight) and blocks,
  // writes a row of counts per chunk.
  t.count =
      kernel(4 * n + 8 * capacity + 4 * capacity / blockM + 4 * e * chunks,
             rounds * (steps + 1));
  // One workgroup: each lane prefix-sums its experts' columns of counts 8
  // loads at a time (a round trip per 8 chunks), one wave scans the
  // experts' first rows, then the experts' blocks.
  t.offsets = kernel(8 * e * chunks + 4 * capacity / blockM,
                     divCeil(e, l) * (divCeil(chunks, 8) + 1) + 2) +
              expertScanSeconds(chip);
  // Reads the ids twice and the weights, writes id and weight per entry.
  t.scatter = kernel(12 * n + 8 * n + 8 * e * chunks, rounds * (2 * steps + 2));
  return t;
}

//===----------------------------------------------------------------------===//
// Calibration
//===----------------------------------------------------------------------===//

namespace {

/// A data row's string field into `to`; false when absent or not a string.
bool stringField(const llvm::json::Object &r, const char *key,
                 std::string &to) {
  if (std::optional<llvm::StringRef> s = r.getString(key)) {
    to = s->str();
    return true;
  }
  return false;
}

/// A data row's integer field into `to`; false unless present and > 0.
bool positiveField(const llvm::json::Object &r, const char *key, int64_t &to) {
  std::optional<int64_t> v = r.getInteger(key);
  if (v)
    to = *v;
  return v && *v > 0;
}

} // namespace

CalibrationData parseCalibrationData(const std::string &text,
                                     const std::string &path) {
  CalibrationData data;
  auto fail = [&](const std::string &why) {
    data.rows.clear();
    data.layers.clear();
    data.error = path + ": " + why;
    return data;
  };
  llvm::Expected<llvm::json::Value> value = llvm::json::parse(text);
  if (!value)
    return fail("not JSON: " + llvm::toString(value.takeError()));
  const llvm::json::Object *root = value->getAsObject();
  const llvm::json::Array *rows = root ? root->getArray("rows") : nullptr;
  if (!rows)
    return fail("expected an object with a \"rows\" array");
  for (size_t i = 0; i < rows->size(); ++i) {
    std::string at = "row " + std::to_string(i) + ": ";
    const llvm::json::Object *r = (*rows)[i].getAsObject();
    if (!r)
      return fail(at + "not an object");
    MeasuredStage m;
    auto str = [&](const char *key, std::string &to) {
      return stringField(*r, key, to);
    };
    auto integer = [&](const char *key, int64_t &to) {
      return positiveField(*r, key, to);
    };
    std::string precision;
    int64_t stage = 0, split = 1, perCU = 1, depth = 2;
    if (!str("source", m.source) || !str("model", m.model) ||
        !str("kernel", m.kernel) || !str("precision", precision))
      return fail(at + "needs strings source, model, kernel, precision");
    std::optional<Precision> prec = parseEnum<Precision>(precision);
    if (!prec)
      return fail(at + "unknown precision '" + precision + "' (expected " +
                  enumSpellings<Precision>() + ")");
    m.problem.precision = *prec;
    if (!integer("model_dim", m.problem.modelDim) ||
        !integer("inter_dim", m.problem.interDim) ||
        !integer("experts", m.problem.experts) ||
        !integer("topk", m.problem.topk) || !integer("tokens", m.tokens) ||
        !integer("stage", stage) || (stage != 1 && stage != 2))
      return fail(at + "needs positive model_dim, inter_dim, experts, topk, "
                       "tokens and stage 1 or 2");
    const llvm::json::Array *tile = r->getArray("tile");
    if (!tile || tile->size() != 4)
      return fail(at + "needs tile [m, n, k, waves]");
    int64_t dims[4];
    for (int d = 0; d < 4; ++d) {
      std::optional<int64_t> v = (*tile)[d].getAsInteger();
      if (!v || *v <= 0)
        return fail(at + "tile entries must be positive integers");
      dims[d] = *v;
    }
    if (r->get("split_k") && !integer("split_k", split))
      return fail(at + "split_k must be a positive integer");
    if (r->get("workgroups_per_cu") && !integer("workgroups_per_cu", perCU))
      return fail(at + "workgroups_per_cu must be a positive integer");
    if (r->get("pipeline_depth") &&
        (!integer("pipeline_depth", depth) || depth < 2))
      return fail(at + "pipeline_depth must be an integer of at least 2");
    std::optional<double> us = r->getNumber("us");
    if (!us || *us <= 0)
      return fail(at + "needs a positive \"us\"");
    m.stage = int(stage);
    m.seconds = *us * 1e-6;
    m.shape.stage = m.stage;
    m.shape.tile = {dims[0], dims[1], dims[2], dims[3]};
    m.shape.splitK = split;
    m.shape.workgroupsPerCU = perCU;
    m.shape.pipelineDepth = depth;
    m.fit = r->getBoolean("fit").value_or(false);
    data.rows.push_back(m);
  }
  if (data.rows.empty())
    return fail("no rows");
  if (const llvm::json::Value *layers = root->get("layers")) {
    const llvm::json::Array *list = layers->getAsArray();
    if (!list)
      return fail("\"layers\" must be an array");
    for (size_t i = 0; i < list->size(); ++i) {
      std::string at = "layer " + std::to_string(i) + ": ";
      const llvm::json::Object *r = (*list)[i].getAsObject();
      if (!r)
        return fail(at + "not an object");
      MeasuredLayer l;
      auto str = [&](const char *key, std::string &to) {
        return stringField(*r, key, to);
      };
      auto integer = [&](const char *key, int64_t &to) {
        return positiveField(*r, key, to);
      };
      std::string activations, weights;
      if (!str("source", l.source) || !str("model", l.model) ||
          !str("activations", activations) || !str("weights", weights))
        return fail(at + "needs strings source, model, activations, weights");
      // The formats' bytes per element (MX: one E8M0 scale per 32).
      auto bytesOf = [](OutputFormat f) {
        switch (f) {
        case OutputFormat::BF16:
          return 2.0;
        case OutputFormat::MXFP8:
          return 1.0 + 1.0 / 32;
        case OutputFormat::MXFP4:
          return kMXFP4BytesPerElement;
        }
        return 2.0;
      };
      std::optional<OutputFormat> act = parseEnum<OutputFormat>(activations),
                                  w = parseEnum<OutputFormat>(weights);
      if (!act)
        return fail(at + "unknown activations '" + activations +
                    "' (expected " + enumSpellings<OutputFormat>() + ")");
      if (!w || *w == OutputFormat::BF16)
        return fail(at + "unknown weights '" + weights +
                    "' (expected an MX format)");
      l.activationBytesPerElement = bytesOf(*act);
      l.weightBytesPerElement = bytesOf(*w);
      if (!integer("model_dim", l.problem.modelDim) ||
          !integer("inter_dim", l.problem.interDim) ||
          !integer("experts", l.problem.experts) ||
          !integer("topk", l.problem.topk) || !integer("tokens", l.tokens) ||
          !integer("kernels", l.kernels))
        return fail(at + "needs positive model_dim, inter_dim, experts, "
                         "topk, tokens and kernels");
      std::optional<double> us = r->getNumber("us");
      if (!us || *us <= 0)
        return fail(at + "needs a positive \"us\"");
      l.seconds = *us * 1e-6;
      l.fit = r->getBoolean("fit").value_or(false);
      data.layers.push_back(l);
    }
  }
  return data;
}

double layerFloorSeconds(const Calibration &cal, const MeasuredLayer &l) {
  const ProblemShape &p = l.problem;
  double experts = expectedDistinctExperts(p.experts, p.topk, l.tokens);
  double weights =
      experts * 3.0 * p.interDim * p.modelDim * l.weightBytesPerElement;
  double x = double(l.tokens) * p.modelDim * l.activationBytesPerElement;
  double mid = 2.0 * double(l.tokens) * p.topk * p.interDim * 2.0;
  double y = double(l.tokens) * p.modelDim * 2.0;
  return double(l.kernels) * cal.launchSeconds +
         (weights + x + mid + y) / cal.bandwidthBytesPerSecond;
}

FitResult evaluateCalibration(const ChipModel &chip, const Calibration &cal,
                              const std::vector<MeasuredStage> &rows,
                              const std::vector<MeasuredLayer> &layers) {
  FitResult r;
  r.calibration = cal;
  for (const MeasuredLayer &l : layers)
    r.layerFloorSeconds.push_back(layerFloorSeconds(cal, l));
  int fitCount = 0, heldCount = 0;
  for (const MeasuredStage &m : rows) {
    double predicted =
        predictStage(chip, cal, m.problem, m.tokens, m.shape).totalSeconds;
    r.predictedSeconds.push_back(predicted);
    double err = std::abs(predicted - m.seconds) / m.seconds;
    if (m.fit) {
      r.fitMeanError += err;
      r.fitMaxError = std::max(r.fitMaxError, err);
      ++fitCount;
    } else {
      r.heldOutMeanError += err;
      r.heldOutMaxError = std::max(r.heldOutMaxError, err);
      ++heldCount;
    }
  }
  if (fitCount)
    r.fitMeanError /= fitCount;
  if (heldCount)
    r.heldOutMeanError /= heldCount;
  return r;
}

namespace {

/// Mean absolute relative error over the fit rows only.
double fitError(const ChipModel &chip, const Calibration &cal,
                const std::vector<const MeasuredStage *> &rows) {
  double sum = 0;
  for (const MeasuredStage *m : rows)
    sum += std::abs(predictStage(chip, cal, m->problem, m->tokens, m->shape)
                        .totalSeconds -
                    m->seconds) /
           m->seconds;
  return rows.empty() ? 0 : sum / rows.size();
}

} // namespace

FitResult fitCalibration(const ChipModel &chip,
                         const std::vector<MeasuredStage> &rows,
                         const std::vector<MeasuredLayer> &layers) {
  auto falsified = [&](const Calibration &cal) {
    for (const MeasuredLayer &l : layers)
      if (l.fit && layerFloorSeconds(cal, l) > l.seconds)
        return true;
    return false;
  };
  std::vector<const MeasuredStage *> fitRows;
  for (const MeasuredStage &m : rows)
    if (m.fit)
      fitRows.push_back(&m);
  // A coarse grid over physically plausible ranges (perf §1a, §3, §4),
  // then three rounds of a finer grid around the best point.
  struct Axis {
    double lo, hi, step;
  };
  Axis launch{0.0, 14e-6, 1e-6}, latency{0.2e-6, 4e-6, 0.2e-6},
      bandwidth{3.5e12, 7.6e12, 0.25e12},
      clock{0.5e9, chip.nameplateClockHz, 0.1e9};
  Calibration best = chip.calibration;
  double bestError = falsified(best) ? HUGE_VAL : fitError(chip, best, fitRows);
  auto search = [&](Axis a, Axis b, Axis c, Axis d) {
    for (double l = a.lo; l <= a.hi + 1e-18; l += a.step)
      for (double t = b.lo; t <= b.hi + 1e-18; t += b.step)
        for (double w = c.lo; w <= c.hi + 1; w += c.step)
          for (double f = d.lo; f <= d.hi + 1; f += d.step) {
            Calibration cal{l, t, w, f};
            if (falsified(cal))
              continue;
            double e = fitError(chip, cal, fitRows);
            if (e < bestError) {
              bestError = e;
              best = cal;
            }
          }
  };
  search(launch, latency, bandwidth, clock);
  for (int round = 0; round < 3; ++round) {
    auto around = [](double at, Axis a) {
      double s = a.step / 2;
      return Axis{std::max(a.lo, at - 2 * s), std::min(a.hi, at + 2 * s), s};
    };
    launch = around(best.launchSeconds, launch);
    latency = around(best.latencySeconds, latency);
    bandwidth = around(best.bandwidthBytesPerSecond, bandwidth);
    clock = around(best.sustainedClockHz, clock);
    search(launch, latency, bandwidth, clock);
  }
  return evaluateCalibration(chip, best, rows, layers);
}

std::string calibrationReport(const ChipModel &chip,
                              const std::vector<MeasuredStage> &rows,
                              const FitResult &fit,
                              const std::vector<MeasuredLayer> &layers) {
  std::ostringstream os;
  char line[512];
  const Calibration &c = fit.calibration;
  os << "# Calibration of the " << chip.part << " (" << chip.chip
     << ") kernel time model\n\n"
     << "Generated by `moe-tune --calibrate` from "
        "`configs/calibration/mi355x-aiter.json`; do not edit.\n\n"
     << "The model (lib/Perf/Model.cpp): time = launch + max(bandwidth, "
        "MFMA at the sustained clock, loop issue, Little's-law latency), "
        "with the expected distinct experts E(1-(1-K/E)^T). Its four free "
        "parameters were fitted (grid search, mean absolute relative "
        "error) on the rows marked *fit*; the rows marked *held out* "
        "(other models, other token counts) were not used. The measured "
        "times are aiter's tuned MI355X fused-MoE tables (cold caches, "
        "kernel time only); the kernel configuration of each row comes from "
        "its published kernel name (stage-2 names are not published: "
        "stage 2 is assumed to use stage 1's tile m with n = 128, k = 256, "
        "4 waves).\n\n";
  std::snprintf(line, sizeof(line),
                "Fitted: launch %.3g us, loaded latency %.3g us, attainable "
                "bandwidth %.4g TB/s, effective MFMA clock %.4g GHz (the "
                "sustained clock times the MFMA-busy fraction; HipKittens' "
                "best GEMMs sustain about 1.45 GHz at 78-81%% busy, perf "
                "§1a).\n\n",
                c.launchSeconds * 1e6, c.latencySeconds * 1e6,
                c.bandwidthBytesPerSecond / 1e12, c.sustainedClockHz / 1e9);
  os << line;
  int fitCount = 0;
  for (const MeasuredStage &m : rows)
    fitCount += m.fit;
  std::snprintf(line, sizeof(line),
                "| set | rows | mean abs. error | max abs. error |\n"
                "|---|---|---|---|\n"
                "| fit | %d | %.1f%% | %.1f%% |\n"
                "| held out | %d | %.1f%% | %.1f%% |\n\n",
                fitCount, 100 * fit.fitMeanError, 100 * fit.fitMaxError,
                int(rows.size()) - fitCount, 100 * fit.heldOutMeanError,
                100 * fit.heldOutMaxError);
  os << line;
  if (!layers.empty()) {
    os << "Whole-layer measurements (every kernel of a layer; kernel "
          "configurations unknown): whatever its kernels, a layer of N "
          "launches costs the model at least N launches plus its bytes "
          "(touched experts' weights, x, the bf16 intermediate written and "
          "read, y) at the attainable bandwidth. A *bound* layer limits the "
          "fit: only parameters under which its floor is at most its "
          "measured time are searched; a *check* layer is reported "
          "only.\n\n"
          "| use | source | model | D | I | E | K | T | bytes per weight | "
          "kernels | measured us | floor us |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (size_t i = 0; i < layers.size(); ++i) {
      const MeasuredLayer &l = layers[i];
      std::snprintf(line, sizeof(line),
                    "| %s | %s | %s | %lld | %lld | %lld | %lld | %lld | "
                    "%.4g | %lld | %.1f | %.1f |\n",
                    l.fit ? "bound" : "check", l.source.c_str(),
                    l.model.c_str(), (long long)l.problem.modelDim,
                    (long long)l.problem.interDim, (long long)l.problem.experts,
                    (long long)l.problem.topk, (long long)l.tokens,
                    l.weightBytesPerElement, (long long)l.kernels,
                    l.seconds * 1e6, fit.layerFloorSeconds[i] * 1e6);
      os << line;
    }
    os << "\n";
  }
  os << "| set | model | precision | D | I | E | K | T | stage | tile "
        "(m x n x k, waves, split-K, wg/CU) | kernel | measured us | "
        "predicted us | error | bound |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const MeasuredStage &m = rows[i];
    KernelTime t = predictStage(chip, c, m.problem, m.tokens, m.shape);
    const Tile &tl = m.shape.tile;
    std::snprintf(
        line, sizeof(line),
        "| %s | %s | %s | %lld | %lld | %lld | %lld | %lld | %d | "
        "%lldx%lldx%lld"
        ", %lld, %lld, %lld | `%s` | %.1f | %.1f | %+.0f%% | %s |\n",
        m.fit ? "fit" : "held out", m.model.c_str(),
        stringify(m.problem.precision), (long long)m.problem.modelDim,
        (long long)m.problem.interDim, (long long)m.problem.experts,
        (long long)m.problem.topk, (long long)m.tokens, m.stage,
        (long long)tl.m, (long long)tl.n, (long long)tl.k, (long long)tl.waves,
        (long long)m.shape.splitK, (long long)m.shape.workgroupsPerCU,
        m.kernel.c_str(), m.seconds * 1e6, fit.predictedSeconds[i] * 1e6,
        100 * (fit.predictedSeconds[i] - m.seconds) / m.seconds, t.bound);
    os << line;
  }
  return os.str();
}

} // namespace mxmoe::perf
