//===- Model.h - the calibrated per-kernel time model ----------*- C++ -*-===//
//
// Predicted time of one routed MoE GEMM kernel (stage 1 or 2) and of the
// small kernels of a layer (quantize, sort, slot reduction) on a chip part:
//
//   time = launch overhead + max(bandwidth, MFMA, loop issue, latency)
//
// bandwidth: HBM bytes of the expected distinct experts touched
// E * (1 - (1 - K/E)^T) plus activations and outputs, at the attainable
// bandwidth; MFMA: the tile-padded FLOPs at the sustained clock; issue: the
// main loop's llvm-mca cycles (when a compiled kernel is known); latency
// (Little's law): the bytes a kernel loads divided by what it keeps in
// flight (resident workgroups x stages in flight x bytes per stage), times
// the loaded memory latency. Every constant lives in one table (ChipModel)
// with its source; the four free parameters (Calibration) are fitted to
// published measurements by moe-tune --calibrate.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PERF_MODEL_H
#define MXMOE_PERF_MODEL_H

#include "mxmoe/Plan/Kernels.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::perf {

/// The parameters fitted to measurements (the rest of the model is fixed
/// hardware facts).
struct Calibration {
  double launchSeconds = 0;           ///< fixed cost of one kernel
  double latencySeconds = 0;          ///< loaded HBM latency of one load
  double bandwidthBytesPerSecond = 0; ///< attainable HBM bandwidth
  double sustainedClockHz = 0;        ///< clock of MFMA-bound kernels
};

/// One chip part's facts for the model, each with its source in Model.cpp.
struct ChipModel {
  const char *chip; ///< gfx950
  const char *part; ///< MI355X
  int64_t computeUnits = 0, simdsPerCU = 0, maxWavesPerSIMD = 0;
  int64_t ldsBytesPerCU = 0, vgprsPerSIMDLane = 0;
  double nameplateClockHz = 0, nameplateBytesPerSecond = 0;
  /// The engine clock a compiled loop's llvm-mca cycles are issued at (a
  /// measured fact, not fitted: the issue term has no published row to fit
  /// it; the fitted clock is an MFMA-busy-weighted one, and llvm-mca's
  /// cycles already count the stalls it models).
  double issueClockHz = 0;
  /// Dense MFMA FLOP per clock per SIMD with bf16, fp8 and fp4 operands.
  double flopsPerClockBF16 = 0, flopsPerClockFP8 = 0, flopsPerClockFP4 = 0;
  /// Bytes one 16-byte-per-lane wave64 load (buffer_load_dwordx4) moves.
  int64_t bytesPerWaveLoad = 0;
  /// Whether `calibration` was fitted on this part's measurements (else it
  /// is another part's fit scaled to this part's nameplate figures).
  bool calibrated = false;
  Calibration calibration;

  double flopsPerClock(Precision p) const;
};

/// The model table of `chip` (gfx950, gfx942), or nullptr.
const ChipModel *lookupChipModel(const std::string &chip);

/// Bytes per element: MXFP4 weights with their E8M0 scales (4 bits + 8 bits
/// per 32), and a precision's activations.
inline constexpr double kMXFP4BytesPerElement = 0.5 + 1.0 / 32;
double activationBytesPerElement(Precision p);
/// The stage-1 output (bf16, MXFP8 or MXFP4 with scales) per element.
double intermediateBytesPerElement(Precision p);

/// Expected distinct experts that T tokens of top-K uniform routing touch:
/// E * (1 - (1 - K/E)^T).
double expectedDistinctExperts(int64_t experts, int64_t topk, int64_t tokens);

/// How a routed GEMM kernel runs: its tile, split-K, pipeline depth and the
/// workgroups of it one CU holds at once.
struct KernelShape {
  int stage = 2;
  Tile tile;
  int64_t splitK = 1;
  /// The main loop's pipeline depth: depth - 1 K steps of loads are in
  /// flight while the MFMAs consume one (the stage config's pipelineDepth;
  /// 2: the ping-pong).
  int64_t pipelineDepth = 2;
  /// Wave groups splitting K (the stage config's kWaveGroups): a step loads
  /// kWaveGroups tile.k, so a workgroup makes ceil(K steps / groups)
  /// dependent trips, then sums the groups' partials through LDS.
  int64_t kWaveGroups = 1;
  int64_t workgroupsPerCU = 1;
  /// > 0: a persistent grid of this many workgroups; at most that many are
  /// resident (the model has no term for what it saves: per-workgroup
  /// dispatch of the empty blocks past num_valid_ids).
  int64_t persistentWorkgroups = 0;
  /// Stage 2: per-slot stores plus a reduction instead of atomics.
  bool storeCombine = false;
  /// Stage 1 (a8w4 / a4w4) reading bf16 x and quantizing its block's rows
  /// itself (quantize_x): bf16 x in, and a prologue before the main loop.
  bool quantizeX = false;
  /// Slot routing (moe.route_slots): every routed slot is its own block, so
  /// an expert two slots share is read twice (T*K blocks of one row).
  bool slotRouting = false;
  /// The main loop's llvm-mca cycles per iteration and iterations per
  /// workgroup, when the kernel has been compiled (0: no issue term).
  double mcaCyclesPerIteration = 0;
  int64_t loopIterations = 0;
};

struct KernelTime {
  double distinctExperts = 0, workgroups = 0, residentWorkgroups = 0;
  double hbmBytes = 0, flops = 0, bytesInFlight = 0;
  double launchSeconds = 0, bandwidthSeconds = 0, mfmaSeconds = 0,
         issueSeconds = 0, latencySeconds = 0;
  double totalSeconds = 0;
  /// The largest of the four terms: "bandwidth", "mfma", "issue", "latency".
  const char *bound = "";
};

/// The predicted time of one routed stage kernel for `tokens` tokens.
KernelTime predictStage(const ChipModel &chip, const Calibration &cal,
                        const ProblemShape &problem, int64_t tokens,
                        const KernelShape &kernel);
KernelTime predictStage(const ChipModel &chip, const ProblemShape &problem,
                        int64_t tokens, const KernelShape &kernel);

/// The small kernels: a bandwidth-and-latency-bound elementwise kernel
/// moving `bytes` (quantize, slot reduction, split-K finish), and the
/// one-workgroup routing sort of T*K entries.
/// What moe.fused_stages changes in a layer's time: stage 2 pays no launch
/// of its own but its workgroups draw a ticket and wait for the stage-1
/// counter (two dependent global round trips), added to the two stages'
/// separate times.
double fusedStagesHandoffSeconds(const Calibration &cal);
double predictStreamingKernel(const ChipModel &chip, const Calibration &cal,
                              double bytes);
double predictSort(const ChipModel &chip, const Calibration &cal,
                   int64_t entries, int64_t lanes);
/// The multi-workgroup sort's three kernels (moe.sort_chunks) over T*K
/// `entries` with `chunk` entries per workgroup of `lanes` lanes, for
/// `experts` experts and blocks of `blockM` rows.
struct SortChunksTime {
  double count = 0, offsets = 0, scatter = 0;
  double total() const { return count + offsets + scatter; }
};
SortChunksTime predictSortChunks(const ChipModel &chip, const Calibration &cal,
                                 int64_t entries, int64_t lanes, int64_t chunk,
                                 int64_t experts, int64_t blockM);
/// The sort's work without its launch: what a stage kernel with fused
/// routing adds to its prologue (its workgroups sort in parallel).
double predictFusedRoutingPrologue(const ChipModel &chip,
                                   const Calibration &cal, int64_t entries,
                                   int64_t lanes);
/// Slot routing's prologue (moe.route_slots): one round trip for the ids
/// and weights, the LDS stores and the barrier before the stage reads them.
double predictSlotRoutingPrologue(const ChipModel &chip,
                                  const Calibration &cal);

/// Workgroups of a routed tile one CU holds at once: limited by the waves
/// a SIMD runs (VGPRs per lane, at most maxWavesPerSIMD) and the LDS.
int64_t workgroupsPerCU(const ChipModel &chip, const Tile &tile,
                        int64_t vgprsPerLane, int64_t ldsBytes);

//===----------------------------------------------------------------------===//
// Calibration against published measurements
//===----------------------------------------------------------------------===//

/// One published stage timing with the kernel configuration its name gives.
struct MeasuredStage {
  std::string source; ///< file or thread it comes from
  std::string model;  ///< e.g. "gpt-oss TP1"
  std::string kernel; ///< the kernel name as published
  ProblemShape problem;
  int64_t tokens = 0;
  int stage = 1;
  double seconds = 0;
  KernelShape shape;
  bool fit = false; ///< in the fit set (else held out)
};

/// One published whole-layer time: every kernel of a MoE layer back to
/// back, kernel configurations unknown. Whatever its tiles, a layer of N
/// launches costs the model at least N launches plus its HBM bytes at the
/// attainable bandwidth (layerFloorSeconds), so a layer measured faster
/// than that floor falsifies the parameters: the fit keeps only parameters
/// under which every bounding layer's (fit = true) floor is at most its
/// measured time; the others are reported only.
struct MeasuredLayer {
  std::string source; ///< file or thread it comes from
  std::string model;  ///< e.g. "MiniMax-M3 TP4"
  ProblemShape problem;
  double activationBytesPerElement = 2.0; ///< x in (bf16: 2)
  double weightBytesPerElement = kMXFP4BytesPerElement;
  int64_t tokens = 0;
  int64_t kernels = 0; ///< launches the measured layer makes
  double seconds = 0;
  bool fit = false; ///< bounds the fit (else reported only)
};

/// The least time the model gives a layer of `l.kernels` launches:
/// launches plus the touched experts' weights, x in, the intermediate
/// written and read (bf16) and y out (bf16), at the attainable bandwidth.
double layerFloorSeconds(const Calibration &cal, const MeasuredLayer &l);

/// Reads the committed data table (configs/calibration/*.json); an error
/// line on a malformed file.
struct CalibrationData {
  std::vector<MeasuredStage> rows;
  /// Optional "layers": whole-layer measurements bounding the fit.
  std::vector<MeasuredLayer> layers;
  std::string error;
};
CalibrationData parseCalibrationData(const std::string &json,
                                     const std::string &path);

struct FitResult {
  Calibration calibration;
  double fitMeanError = 0, fitMaxError = 0;
  double heldOutMeanError = 0, heldOutMaxError = 0;
  std::vector<double> predictedSeconds; ///< per row
  /// Per layer: its floor under `calibration` (<= its measured time when
  /// the calibration was fitted with the layers).
  std::vector<double> layerFloorSeconds;
};

/// Grid search minimizing the mean absolute relative error over the fit
/// rows among the parameters no layer measurement falsifies; reports both
/// sets' mean and max absolute relative error and the layers' floors.
FitResult fitCalibration(const ChipModel &chip,
                         const std::vector<MeasuredStage> &rows,
                         const std::vector<MeasuredLayer> &layers = {});
/// The errors of `cal` on the rows and its layer floors (fitting nothing).
FitResult evaluateCalibration(const ChipModel &chip, const Calibration &cal,
                              const std::vector<MeasuredStage> &rows,
                              const std::vector<MeasuredLayer> &layers = {});

/// docs/perf/calibration.md: every row, model vs measured, split, errors,
/// and every layer bound.
std::string calibrationReport(const ChipModel &chip,
                              const std::vector<MeasuredStage> &rows,
                              const FitResult &fit,
                              const std::vector<MeasuredLayer> &layers = {});

} // namespace mxmoe::perf

#endif // MXMOE_PERF_MODEL_H
