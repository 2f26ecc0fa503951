//===- CheckNoDeviceLibCalls.cpp - reject __ocml/__ockl references
//---------===//

#include "mxmoe/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::moe {
#define GEN_PASS_DEF_CHECKNODEVICELIBCALLS
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;

static bool isDeviceLibName(StringRef name) {
  return name.starts_with("__ocml_") || name.starts_with("__ockl_") ||
         name.starts_with("__oclc_");
}

namespace {
struct CheckNoDeviceLibCalls
    : public moe::impl::CheckNoDeviceLibCallsBase<CheckNoDeviceLibCalls> {
  void runOnOperation() override {
    bool found = false;
    getOperation()->walk([&](Operation *op) {
      // Definitions/declarations of device-library symbols.
      if (auto sym =
              op->getAttrOfType<StringAttr>(SymbolTable::getSymbolAttrName()))
        if (isDeviceLibName(sym.getValue())) {
          op->emitError("references ROCm device-library function '")
              << sym.getValue()
              << "', which mxmoe cannot link (no device libraries)";
          found = true;
        }
      // Calls and other symbol uses.
      for (NamedAttribute attr : op->getAttrs()) {
        auto ref = dyn_cast<FlatSymbolRefAttr>(attr.getValue());
        if (ref && isDeviceLibName(ref.getValue())) {
          op->emitError("calls ROCm device-library function '")
              << ref.getValue()
              << "', which mxmoe cannot link; use compile-time block sizes "
                 "and rocdl.exp2/rocdl.rcp instead";
          found = true;
        }
      }
    });
    if (found)
      signalPassFailure();
  }
};
} // namespace
