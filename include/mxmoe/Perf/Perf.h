//===- Perf.h - static performance analysis of gfx9 kernels ----*- C++ -*-===//
//
// What moe-perf reports: register and LDS use, occupancy, the main loop's
// instruction mix and its llvm-mca cost, and an MI355X roofline for a
// problem shape. Works on ISA text from any compiler (ours, Triton's, ...).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PERF_PERF_H
#define MXMOE_PERF_PERF_H

#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Target/Chip.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::perf {

/// Instruction classes of the mix.
enum class InstClass {
  MFMA,
  VALU,
  VMEM,
  DS,
  SALU,
  Wait,
  Barrier,
  Branch,
  Other
};
const char *toString(InstClass c);
InstClass classify(const std::string &mnemonic);

struct LoopInfo {
  std::string label;
  /// No backward branch (e.g. a fully unrolled K loop): the whole kernel
  /// body is analyzed as one trip.
  bool wholeKernel = false;
  std::vector<std::string> body; // instruction lines, label to back branch
  std::map<InstClass, int> mix;
  int mfmaPasses = 0; // 4-cycle passes of the loop's MFMAs
  std::optional<double> mcaCyclesPerIteration;
  double mfmaBusy() const; // mfmaPasses * 4 / cycles (0 if unknown)
};

struct KernelReport {
  std::string name;
  int64_t vgprs = -1, agprs = -1, sgprs = -1;
  int64_t ldsBytes = -1, scratchBytes = -1;
  int64_t vgprSpills = -1, sgprSpills = -1;
  int64_t workgroupSize = -1; // max flat workgroup size
  int64_t instructions = 0;
  std::map<InstClass, int> mix; // whole kernel
  std::optional<LoopInfo> mainLoop;
  int wavesPerSIMD(int64_t ldsPerCU, int maxWaves) const;
};

/// Parses the kernels of an AMDGPU assembly file (`llc`/moe-compile/Triton
/// output, with its .amdgpu_metadata block).
std::vector<KernelReport> analyzeIsa(const std::string &isa);

/// Runs llvm-mca (gfx950 model) on each kernel's main loop; fills
/// mcaCyclesPerIteration. Returns an error message if llvm-mca failed.
std::optional<std::string> runMca(std::vector<KernelReport> &kernels,
                                  const std::string &llvmMca,
                                  const std::string &chip);

/// An MoE GEMM's work for the roofline model: one stage of the problem for
/// `tokens` tokens.
struct StageWork {
  ProblemShape problem;
  int64_t tokens = 0;
  int stage = 2;
};

/// How the kernel is launched, for the latency term.
struct Launch {
  int64_t workgroups = 0;     // 0: no latency term
  int64_t loopIterations = 0; // main-loop trips per workgroup
  int64_t wavesPerWorkgroup = 1;
  int wavesPerSIMD = 1;          // occupancy
  double cyclesPerIteration = 0; // llvm-mca (wave issue slots)
};

struct Roofline {
  double bytes = 0, flops = 0;
  double memorySeconds = 0, computeSeconds = 0;
  double boundSeconds = 0;     // max of the two
  double latencySeconds = 0;   // rounds x iterations x loop latency
  double predictedSeconds = 0; // max(memory, compute / MFMA busy, latency)
};

/// The launch of a routed stage kernel (stage 1 or 2) for the latency term:
/// its workgroups for `tokens` tokens, ceil(K steps of its split-K slice /
/// stepsPerIteration) main-loop trips over the reduction dimension `kDim` in
/// steps of tile.k (mainLoopKSteps of the pipeline depth, times the K wave
/// groups; one trip of the whole kernel when it has no main loop), the
/// loop's llvm-mca cycles. No latency term (workgroups 0) without them.
Launch routedLaunch(const KernelGrid &grid, int64_t tokens, int64_t kDim,
                    const Tile &tile, const KernelReport &report,
                    int wavesPerSIMD,
                    int64_t stepsPerIteration = kMainLoopKSteps);

/// The roofline of `chip`'s part (ChipInfo::perf): CUs of simdsPerCU SIMDs
/// at its clock, its HBM bandwidth and dense MFMA peak for the precision.
/// Bytes: the weights and scales of the active experts (min(E, T*K)), the
/// activations and the output. Latency: concurrent workgroups = CUs x
/// SIMDs x occupancy / waves per workgroup; each round takes iterations x
/// llvm-mca cycles x 4 clocks (a wave issues once per 4 clocks).
Roofline roofline(const ChipInfo &chip, const StageWork &work, double mfmaBusy,
                  const Launch &launch = {});
/// The roofline of MI355X (gfx950's part).
Roofline mi355xRoofline(const StageWork &work, double mfmaBusy,
                        const Launch &launch = {});

} // namespace mxmoe::perf

#endif // MXMOE_PERF_PERF_H
