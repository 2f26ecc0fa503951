//===- AttachLoopAnnotations.cpp - loop_annotation attrs to metadata ------===//

#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::moe {
#define GEN_PASS_DEF_ATTACHLOOPANNOTATIONS
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;

namespace {

/// The discardable attribute scf-to-cf copies from an scf.for to its
/// back-edge branch.
constexpr StringLiteral kLoopAnnotation = "llvm.loop_annotation";

struct AttachLoopAnnotations
    : public moe::impl::AttachLoopAnnotationsBase<AttachLoopAnnotations> {
  void runOnOperation() override {
    getOperation()->walk([](Operation *op) {
      auto annotation =
          op->getAttrOfType<LLVM::LoopAnnotationAttr>(kLoopAnnotation);
      if (!annotation)
        return;
      if (auto br = dyn_cast<LLVM::BrOp>(op))
        br.setLoopAnnotationAttr(annotation);
      else if (auto condBr = dyn_cast<LLVM::CondBrOp>(op))
        condBr.setLoopAnnotationAttr(annotation);
      else
        return;
      op->removeAttr(kLoopAnnotation);
    });
  }
};

} // namespace
