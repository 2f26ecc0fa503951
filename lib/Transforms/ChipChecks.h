//===- ChipChecks.h - what a chip can lower ---------------------*- C++ -*-===//
//
// The passes' legality checks against mxmoe::ChipInfo: which ops a pass may
// lower for a chip, and why a chip cannot produce an output format or
// combine.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_LIB_TRANSFORMS_CHIPCHECKS_H
#define MXMOE_LIB_TRANSFORMS_CHIPCHECKS_H

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Target/Chip.h"

namespace mlir::moe {

/// The ops of type OpT under `root` that a pass may lower for `chip`: an
/// unknown chip is an error on `root`, and every op with a non-empty
/// `reason(op, chip)` gets "cannot be lowered: <reason>". Failure if any.
template <typename OpT, typename ReasonFn>
FailureOr<SmallVector<OpT>>
collectLowerable(Operation *root, const std::string &chip, ReasonFn reason) {
  const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);
  if (!info)
    return root->emitError(mxmoe::unknownChipMessage(chip)), failure();
  SmallVector<OpT> ops;
  root->walk([&](OpT op) { ops.push_back(op); });
  bool bad = false;
  for (OpT op : ops)
    if (std::string why = reason(op, *info); !why.empty()) {
      op.emitOpError("cannot be lowered: ") << why;
      bad = true;
    }
  if (bad)
    return failure();
  return ops;
}

/// Why `chip` cannot produce MX `format` codes ("<format><what> needs
/// v_cvt_scalef32_pk_* (gfx950), which <chip> lacks"), or empty (bf16, or a
/// chip with the scaled conversions).
std::string mxConversionUnsupported(const mxmoe::ChipInfo &chip,
                                    OutputFormat format, StringRef what);

/// Why `chip` cannot combine into the output memref `y` this way, or empty:
/// mxmoe::outputAtomicUnsupported for atomics, nothing for stores.
std::string combineUnsupported(const mxmoe::ChipInfo &chip, Combine combine,
                               MemRefType y, int64_t modelDim);

} // namespace mlir::moe

#endif // MXMOE_LIB_TRANSFORMS_CHIPCHECKS_H
