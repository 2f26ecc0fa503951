//===- ChipChecks.cpp - what a chip can lower -----------------------------===//

#include "ChipChecks.h"

using namespace mlir;
using namespace mlir::moe;

std::string mlir::moe::combineUnsupported(const mxmoe::ChipInfo &chip,
                                          Combine combine, MemRefType y,
                                          int64_t modelDim) {
  if (combine != Combine::Atomic)
    return "";
  Type t = y.getElementType();
  mxmoe::ElementType elem = t.isF32()    ? mxmoe::ElementType::F32
                            : t.isBF16() ? mxmoe::ElementType::BF16
                                         : mxmoe::ElementType::F16;
  return mxmoe::outputAtomicUnsupported(chip, elem, modelDim);
}

std::string mlir::moe::mxConversionUnsupported(const mxmoe::ChipInfo &chip,
                                               OutputFormat format,
                                               StringRef what) {
  if (format == OutputFormat::BF16 || chip.hasScaledFP4Cvt)
    return "";
  return (stringifyOutputFormat(format) + what +
          " needs v_cvt_scalef32_pk_* (gfx950), which " + chip.name + " lacks")
      .str();
}
