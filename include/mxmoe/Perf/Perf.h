//===- Perf.h - static performance analysis of gfx9 kernels ----*- C++ -*-===//
//
// What moe-perf reports: register and LDS use, occupancy, the main loop's
// instruction mix and its llvm-mca cost, and an MI355X roofline for a
// problem shape. Works on ISA text from any compiler (ours, Triton's, ...).
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PERF_PERF_H
#define MXMOE_PERF_PERF_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mxmoe::perf {

/// Instruction classes of the mix.
enum class InstClass { MFMA, VALU, VMEM, DS, SALU, Wait, Barrier, Branch, Other };
const char *toString(InstClass c);
InstClass classify(const std::string &mnemonic);

struct LoopInfo {
  std::string label;
  std::vector<std::string> body; // instruction lines, label to back branch
  std::map<InstClass, int> mix;
  int mfmaPasses = 0;            // 4-cycle passes of the loop's MFMAs
  std::optional<double> mcaCyclesPerIteration;
  double mfmaBusy() const;       // mfmaPasses * 4 / cycles (0 if unknown)
};

struct KernelReport {
  std::string name;
  int64_t vgprs = -1, agprs = -1, sgprs = -1;
  int64_t ldsBytes = -1, scratchBytes = -1;
  int64_t vgprSpills = -1, sgprSpills = -1;
  int64_t workgroupSize = -1; // max flat workgroup size
  int64_t instructions = 0;
  std::map<InstClass, int> mix;   // whole kernel
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

/// An MoE GEMM's work for the roofline model.
struct ProblemShape {
  int64_t tokens = 0, modelDim = 0, interDim = 0, experts = 0, topk = 0;
  std::string precision = "a16w4";
  int stage = 2;
};

struct Roofline {
  double bytes = 0, flops = 0;
  double memorySeconds = 0, computeSeconds = 0;
  double boundSeconds = 0;     // max of the two
  double predictedSeconds = 0; // compute at the kernel's MFMA-busy fraction
};

/// MI355X: 8 TB/s HBM; dense MFMA peaks 2.5 (bf16), 5 (fp8), 10 (fp4)
/// PFLOP/s. Bytes: the weights and scales of the active experts
/// (min(E, T*K)), the activations and the output.
Roofline mi355xRoofline(const ProblemShape &shape, double mfmaBusy);

} // namespace mxmoe::perf

#endif // MXMOE_PERF_PERF_H
