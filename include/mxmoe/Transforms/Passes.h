//===- Passes.h - mxmoe transformation passes ------------------*- C++ -*-===//

#ifndef MXMOE_TRANSFORMS_PASSES_H
#define MXMOE_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::moe {

#define GEN_PASS_DECL
#include "mxmoe/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "mxmoe/Transforms/Passes.h.inc"

} // namespace mlir::moe

#endif // MXMOE_TRANSFORMS_PASSES_H
