//===- Chip.cpp - AMD chip capabilities used by mxmoe ---------------------===//

#include "mxmoe/Target/Chip.h"

namespace mxmoe {

static const ChipInfo kChips[] = {
    // name, family, LDS, VGPRs, SIMDs, waves, cvt, scaled MFMA, K32, 1K,
    // buffer pk_add_bf16 (all three have buffer pk_add_f16)
    {"gfx950", "CDNA4 (MI350/MI355X)", 163840, 512, 4, 8, true, true, true,
     true, true},
    {"gfx942", "CDNA3 (MI300)", 65536, 512, 4, 8, false, false, false, true,
     false},
    {"gfx90a", "CDNA2 (MI200)", 65536, 512, 4, 8, false, false, false, true,
     false},
};

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

} // namespace mxmoe
