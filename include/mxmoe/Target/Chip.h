//===- Chip.h - AMD chip capabilities used by mxmoe ------------*- C++ -*-===//
//
// One table of the target facts the verifiers, lowerings and tools consult.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_TARGET_CHIP_H
#define MXMOE_TARGET_CHIP_H

#include "mxmoe/Plan/Enums.h"

#include <cstdint>
#include <string>

namespace mxmoe {

/// Lanes per wave on every supported (CDNA) chip: the kernels are wave64.
inline constexpr int64_t kWaveSize = 64;

struct ChipInfo {
  const char *name;      // e.g. "gfx950"
  const char *isaFamily; // marketing family, for messages
  int64_t ldsBytesPerWorkgroup;
  int64_t vgprsPerLane; // arch + acc registers at one wave per SIMD
  int64_t simdsPerCU;
  int64_t maxWavesPerSIMD;
  bool hasScaledFP4Cvt;    // v_cvt_scalef32_pk_*_fp4
  bool hasScaledMFMA;      // v_mfma_scale_f32_*_f8f6f4
  bool hasBF16MFMAK32;     // v_mfma_f32_16x16x32_bf16 / 32x32x16_bf16
  bool hasBF16MFMA1K;      // v_mfma_f32_*bf16_1k (gfx90a and later)
  bool hasBufferPkAddBF16; // buffer_atomic_pk_add_bf16
  /// The FP8/BF8 encodings of the chip's fp8 conversions: the FNUZ variants
  /// (biases 8 and 16, 0x80 is NaN, no infinities or -0) on gfx942, OCP
  /// E4M3FN/E5M2 on gfx950.
  bool fp8IsFnuz;
  /// Performance facts of the chip's flagship part, for the roofline model
  /// (all zero where mxmoe does not model the chip).
  struct Performance {
    const char *part; // e.g. "MI355X"
    int64_t computeUnits;
    double clockHz;
    double hbmBytesPerSecond;
    /// Dense MFMA peaks (FLOP/s) for bf16, fp8 and fp4 operands.
    double peakBF16, peakFP8, peakFP4;
  } perf;
};

/// Returns nullptr for an unknown chip name.
const ChipInfo *lookupChip(const std::string &name);

/// "unknown chip 'NAME' (known: gfx950, ...)": the one wording every tool and
/// pass uses.
std::string unknownChipMessage(const std::string &name);

/// Why `chip` cannot add a stage's `elem` output by buffer atomics across
/// model_dim columns, or empty: 16-bit outputs add column pairs as one
/// packed dword.
std::string outputAtomicUnsupported(const ChipInfo &chip, ElementType elem,
                                    int64_t modelDim);

} // namespace mxmoe

#endif // MXMOE_TARGET_CHIP_H
