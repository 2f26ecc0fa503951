//===- MoEAttrs.cpp - moe dialect attributes ------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/IR/MoEDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::moe;

#include "mxmoe/Dialect/MoE/IR/MoEEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.cpp.inc"

void MoEDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// ActivationAttr
//===----------------------------------------------------------------------===//

// Parses a float or the keyword `inf`.
static ParseResult parseFloatOrInf(AsmParser &parser, double &value) {
  if (succeeded(parser.parseOptionalKeyword("inf"))) {
    value = INFINITY;
    return success();
  }
  return parser.parseFloat(value);
}

static void printFloatOrInf(AsmPrinter &printer, double value) {
  if (std::isinf(value) && value > 0) {
    printer << "inf";
    return;
  }
  printer.printFloat(llvm::APFloat(value));
}

Attribute ActivationAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  SMLoc kindLoc = parser.getCurrentLocation();
  StringRef kindName;
  if (parser.parseKeyword(&kindName))
    return {};
  std::optional<ActivationKind> kind = symbolizeActivationKind(kindName);
  if (!kind) {
    parser.emitError(kindLoc, "unknown activation '")
        << kindName << "' (expected swiglu or silu)";
    return {};
  }
  double alpha = kSwiGLUDefaultAlpha, limit = kSwiGLUDefaultLimit;
  bool seenAlpha = false, seenLimit = false;
  while (succeeded(parser.parseOptionalComma())) {
    SMLoc keyLoc = parser.getCurrentLocation();
    StringRef key;
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return {};
    if (*kind == ActivationKind::SiLU) {
      parser.emitError(keyLoc, "silu takes no parameters, got '") << key << "'";
      return {};
    }
    if (key == "alpha" && !seenAlpha) {
      seenAlpha = true;
      if (parseFloatOrInf(parser, alpha))
        return {};
    } else if (key == "limit" && !seenLimit) {
      seenLimit = true;
      if (parseFloatOrInf(parser, limit))
        return {};
    } else {
      parser.emitError(keyLoc, "unexpected or repeated swiglu parameter '")
          << key << "' (expected alpha or limit)";
      return {};
    }
  }
  if (parser.parseGreater())
    return {};
  if (*kind == ActivationKind::SiLU)
    alpha = limit = 0.0;
  return parser.getChecked<ActivationAttr>(parser.getContext(), *kind,
                                           llvm::APFloat(alpha),
                                           llvm::APFloat(limit));
}

void ActivationAttr::print(AsmPrinter &printer) const {
  printer << "<" << stringifyActivationKind(getKind());
  if (getKind() == ActivationKind::SwiGLU) {
    printer << ", alpha = ";
    printFloatOrInf(printer, getAlpha().convertToDouble());
    printer << ", limit = ";
    printFloatOrInf(printer, getLimit().convertToDouble());
  }
  printer << ">";
}

LogicalResult
ActivationAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                       ActivationKind kind, llvm::APFloat alphaValue,
                       llvm::APFloat limitValue) {
  double alpha = alphaValue.convertToDouble();
  double limit = limitValue.convertToDouble();
  if (kind == ActivationKind::SiLU) {
    if (alpha != 0.0 || limit != 0.0)
      return emitError() << "silu takes no alpha or limit";
    return success();
  }
  if (!std::isfinite(alpha) || alpha <= 0.0)
    return emitError() << "swiglu alpha must be finite and positive, got "
                       << alpha;
  if (std::isnan(limit) || limit <= 0.0)
    return emitError() << "swiglu limit must be positive (inf disables the "
                          "clamps), got "
                       << limit;
  return success();
}

//===----------------------------------------------------------------------===//
// Format-library views
//===----------------------------------------------------------------------===//

mxmoe::fmt::WeightLayout mlir::moe::toFormat(WeightLayout layout) {
  switch (layout) {
  case WeightLayout::RowMajor:
    return mxmoe::fmt::WeightLayout::RowMajor;
  case WeightLayout::Preshuffle16x16:
    return mxmoe::fmt::WeightLayout::Preshuffle16x16;
  }
  llvm_unreachable("unknown weight layout");
}

mxmoe::fmt::ScaleLayout mlir::moe::toFormat(ScaleLayout layout) {
  switch (layout) {
  case ScaleLayout::RowMajor:
    return mxmoe::fmt::ScaleLayout::RowMajor;
  case ScaleLayout::E8M0Shuffle:
    return mxmoe::fmt::ScaleLayout::E8M0Shuffle;
  }
  llvm_unreachable("unknown scale layout");
}

mxmoe::fmt::GateUpArrangement mlir::moe::toFormat(GateUpArrangement a) {
  switch (a) {
  case GateUpArrangement::Interleaved:
    return mxmoe::fmt::GateUpArrangement::Interleaved;
  case GateUpArrangement::Halves:
    return mxmoe::fmt::GateUpArrangement::Halves;
  case GateUpArrangement::Blocks16:
    return mxmoe::fmt::GateUpArrangement::Blocks16;
  }
  llvm_unreachable("unknown gate/up arrangement");
}

//===----------------------------------------------------------------------===//
// TileAttr
//===----------------------------------------------------------------------===//

LogicalResult TileAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               int64_t m, int64_t n, int64_t k,
                               int64_t waves) {
  if (m != 16 && m != 32 && m != 64 && m != 128)
    return emitError() << "tile m (" << m << ") must be 16, 32, 64 or 128";
  if (n <= 0 || n % 16 != 0)
    return emitError() << "tile n (" << n << ") must be a positive multiple of 16";
  if (k <= 0 || k % 32 != 0)
    return emitError() << "tile k (" << k << ") must be a positive multiple of 32";
  if (waves != 1 && waves != 2 && waves != 4 && waves != 8)
    return emitError() << "tile waves (" << waves << ") must be 1, 2, 4 or 8";
  int64_t mfmaTiles = (m / 16) * (n / 16);
  if (mfmaTiles % waves != 0)
    return emitError() << "tile " << m << "x" << n << " has " << mfmaTiles
                       << " 16x16 MFMA tiles, which do not split evenly over "
                       << waves << " waves";
  return success();
}
