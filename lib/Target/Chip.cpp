//===- Chip.cpp - AMD chip capabilities used by mxmoe ---------------------===//

#include "mxmoe/Target/Chip.h"

namespace mxmoe {

// clang-format off
static const ChipInfo kChips[] = {
    // name, family, LDS, VGPRs, SIMDs, waves, cvt, scaled MFMA, K32, 1K,
    // buffer pk_add_bf16 (all three have buffer pk_add_f16), FNUZ fp8;
    // performance:
    // part, CUs, clock, HBM bandwidth, bf16 / fp8 / fp4 dense MFMA peaks.
    {"gfx950", "CDNA4 (MI350/MI355X)", 163840, 512, 4, 8, true, true, true,
     true, true, /*fp8IsFnuz=*/false,
     {"MI355X", 256, 2.4e9, 8e12, 2.5e15, 5e15, 10e15}},
    {"gfx942", "CDNA3 (MI300)", 65536, 512, 4, 8, false, false, false, true,
     false, /*fp8IsFnuz=*/true, {"", 0, 0, 0, 0, 0, 0}},
    {"gfx90a", "CDNA2 (MI200)", 65536, 512, 4, 8, false, false, false, true,
     false, /*fp8IsFnuz=*/true, {"", 0, 0, 0, 0, 0, 0}},
};
// clang-format on

const ChipInfo *lookupChip(const std::string &name) {
  for (const ChipInfo &chip : kChips)
    if (name == chip.name)
      return &chip;
  return nullptr;
}

std::string unknownChipMessage(const std::string &name) {
  std::string names;
  for (const ChipInfo &chip : kChips) {
    if (!names.empty())
      names += ", ";
    names += chip.name;
  }
  return "unknown chip '" + name + "' (known: " + names + ")";
}

std::string outputAtomicUnsupported(const ChipInfo &chip, ElementType elem,
                                    int64_t modelDim) {
  if (elem == ElementType::F32)
    return "";
  if (elem == ElementType::BF16 && !chip.hasBufferPkAddBF16)
    return std::string("combine = atomic with a bf16 output needs "
                       "buffer_atomic_pk_add_bf16, which ") +
           chip.name + " lacks (use f32 or f16 output, or combine = store)";
  if (modelDim % 2 != 0)
    return std::string("combine = atomic with a ") + stringify(elem) +
           " output adds column pairs as one dword and needs an even "
           "model_dim, got " +
           std::to_string(modelDim);
  return "";
}

} // namespace mxmoe
