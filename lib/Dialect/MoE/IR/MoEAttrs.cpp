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
  return parser.getChecked<ActivationAttr>(
      parser.getContext(), *kind, llvm::APFloat(alpha), llvm::APFloat(limit));
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

WeightLayout mlir::moe::fromFormat(mxmoe::fmt::WeightLayout layout) {
  switch (layout) {
  case mxmoe::fmt::WeightLayout::RowMajor:
    return WeightLayout::RowMajor;
  case mxmoe::fmt::WeightLayout::Preshuffle16x16:
    return WeightLayout::Preshuffle16x16;
  }
  llvm_unreachable("unknown weight layout");
}

ScaleLayout mlir::moe::fromFormat(mxmoe::fmt::ScaleLayout layout) {
  switch (layout) {
  case mxmoe::fmt::ScaleLayout::RowMajor:
    return ScaleLayout::RowMajor;
  case mxmoe::fmt::ScaleLayout::E8M0Shuffle:
    return ScaleLayout::E8M0Shuffle;
  }
  llvm_unreachable("unknown scale layout");
}

GateUpArrangement mlir::moe::fromFormat(mxmoe::fmt::GateUpArrangement a) {
  switch (a) {
  case mxmoe::fmt::GateUpArrangement::Interleaved:
    return GateUpArrangement::Interleaved;
  case mxmoe::fmt::GateUpArrangement::Halves:
    return GateUpArrangement::Halves;
  case mxmoe::fmt::GateUpArrangement::Blocks16:
    return GateUpArrangement::Blocks16;
  }
  llvm_unreachable("unknown gate/up arrangement");
}

//===----------------------------------------------------------------------===//
// Plan-library views
//===----------------------------------------------------------------------===//

// The plan's enums have the dialect's enumerators in the same order; each
// pair of functions below maps them by name.
#define MXMOE_ENUM_CASE(Enum, Name)                                            \
  case Enum::Name:                                                             \
    return To::Name;

mxmoe::Precision mlir::moe::toPlan(Precision v) {
  using To = mxmoe::Precision;
  switch (v) {
    MXMOE_ENUM_CASE(Precision, A16W4)
    MXMOE_ENUM_CASE(Precision, A8W4)
    MXMOE_ENUM_CASE(Precision, A4W4)
  }
  llvm_unreachable("unknown precision");
}

Precision mlir::moe::fromPlan(mxmoe::Precision v) {
  using To = Precision;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::Precision, A16W4)
    MXMOE_ENUM_CASE(mxmoe::Precision, A8W4)
    MXMOE_ENUM_CASE(mxmoe::Precision, A4W4)
  }
  llvm_unreachable("unknown precision");
}

mxmoe::OutputFormat mlir::moe::toPlan(OutputFormat v) {
  using To = mxmoe::OutputFormat;
  switch (v) {
    MXMOE_ENUM_CASE(OutputFormat, BF16)
    MXMOE_ENUM_CASE(OutputFormat, MXFP8)
    MXMOE_ENUM_CASE(OutputFormat, MXFP4)
  }
  llvm_unreachable("unknown output format");
}

OutputFormat mlir::moe::fromPlan(mxmoe::OutputFormat v) {
  using To = OutputFormat;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::OutputFormat, BF16)
    MXMOE_ENUM_CASE(mxmoe::OutputFormat, MXFP8)
    MXMOE_ENUM_CASE(mxmoe::OutputFormat, MXFP4)
  }
  llvm_unreachable("unknown output format");
}

std::optional<mxmoe::WeightCache> mlir::moe::toPlan(CacheModifier v) {
  if (v == CacheModifier::none)
    return mxmoe::WeightCache::None;
  if (v == CacheModifier::nt)
    return mxmoe::WeightCache::NT;
  return std::nullopt;
}

CacheModifier mlir::moe::fromPlan(mxmoe::WeightCache v) {
  switch (v) {
  case mxmoe::WeightCache::None:
    return CacheModifier::none;
  case mxmoe::WeightCache::NT:
    return CacheModifier::nt;
  }
  llvm_unreachable("unknown weight cache");
}

mxmoe::WorkgroupOrder mlir::moe::toPlan(WorkgroupOrder v) {
  using To = mxmoe::WorkgroupOrder;
  switch (v) {
    MXMOE_ENUM_CASE(WorkgroupOrder, Linear)
    MXMOE_ENUM_CASE(WorkgroupOrder, XcdGrouped)
  }
  llvm_unreachable("unknown workgroup order");
}

WorkgroupOrder mlir::moe::fromPlan(mxmoe::WorkgroupOrder v) {
  using To = WorkgroupOrder;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::WorkgroupOrder, Linear)
    MXMOE_ENUM_CASE(mxmoe::WorkgroupOrder, XcdGrouped)
  }
  llvm_unreachable("unknown workgroup order");
}

mxmoe::Combine mlir::moe::toPlan(Combine v) {
  using To = mxmoe::Combine;
  switch (v) {
    MXMOE_ENUM_CASE(Combine, Atomic)
    MXMOE_ENUM_CASE(Combine, Store)
  }
  llvm_unreachable("unknown combine");
}

Combine mlir::moe::fromPlan(mxmoe::Combine v) {
  using To = Combine;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::Combine, Atomic)
    MXMOE_ENUM_CASE(mxmoe::Combine, Store)
  }
  llvm_unreachable("unknown combine");
}

mxmoe::ScaleRounding mlir::moe::toPlan(ScaleRounding v) {
  using To = mxmoe::ScaleRounding;
  switch (v) {
    MXMOE_ENUM_CASE(ScaleRounding, Floor)
    MXMOE_ENUM_CASE(ScaleRounding, Ceil)
  }
  llvm_unreachable("unknown scale rounding");
}

ScaleRounding mlir::moe::fromPlan(mxmoe::ScaleRounding v) {
  using To = ScaleRounding;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::ScaleRounding, Floor)
    MXMOE_ENUM_CASE(mxmoe::ScaleRounding, Ceil)
  }
  llvm_unreachable("unknown scale rounding");
}

mxmoe::ActivationKind mlir::moe::toPlan(ActivationKind v) {
  using To = mxmoe::ActivationKind;
  switch (v) {
    MXMOE_ENUM_CASE(ActivationKind, SwiGLU)
    MXMOE_ENUM_CASE(ActivationKind, SiLU)
  }
  llvm_unreachable("unknown activation");
}

ActivationKind mlir::moe::fromPlan(mxmoe::ActivationKind v) {
  using To = ActivationKind;
  switch (v) {
    MXMOE_ENUM_CASE(mxmoe::ActivationKind, SwiGLU)
    MXMOE_ENUM_CASE(mxmoe::ActivationKind, SiLU)
  }
  llvm_unreachable("unknown activation");
}

#undef MXMOE_ENUM_CASE

mxmoe::Activation mlir::moe::toPlan(ActivationAttr attr) {
  return {toPlan(attr.getKind()), attr.getAlpha().convertToDouble(),
          attr.getLimit().convertToDouble()};
}

ActivationAttr mlir::moe::fromPlan(MLIRContext *context,
                                   const mxmoe::Activation &act) {
  // SiLU carries no parameters: the parser stores zeros.
  bool silu = act.kind == mxmoe::ActivationKind::SiLU;
  return ActivationAttr::get(context, fromPlan(act.kind),
                             llvm::APFloat(silu ? 0.0 : act.alpha),
                             llvm::APFloat(silu ? 0.0 : act.limit));
}

//===----------------------------------------------------------------------===//
// TileAttr
//===----------------------------------------------------------------------===//

LogicalResult TileAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               int64_t m, int64_t n, int64_t k, int64_t waves) {
  if (m != 16 && m != 32 && m != 64 && m != 128)
    return emitError() << "tile m (" << m << ") must be 16, 32, 64 or 128";
  if (n <= 0 || n % 16 != 0)
    return emitError() << "tile n (" << n
                       << ") must be a positive multiple of 16";
  if (k <= 0 || k % 32 != 0)
    return emitError() << "tile k (" << k
                       << ") must be a positive multiple of 32";
  if (waves != 1 && waves != 2 && waves != 4 && waves != 8)
    return emitError() << "tile waves (" << waves << ") must be 1, 2, 4 or 8";
  // Checked before anything iterates over the tile's MFMA tiles: two
  // pipeline stages of n x k MXFP4 weights (n * k bytes) must fit the
  // largest LDS of any chip (gfx950's 160 KiB).
  constexpr int64_t kMaxLdsBytes = 163840;
  if (n > kMaxLdsBytes || k > kMaxLdsBytes || n * k > kMaxLdsBytes)
    return emitError() << "tile " << n << "x" << k
                       << " (n x k) needs at least n * k bytes of LDS for two "
                          "stages of MXFP4 weights, more than the "
                       << kMaxLdsBytes << " of gfx950";
  int64_t mfmaTiles = (m / 16) * (n / 16);
  if (mfmaTiles % waves != 0)
    return emitError() << "tile " << m << "x" << n << " has " << mfmaTiles
                       << " 16x16 MFMA tiles, which do not split evenly over "
                       << waves << " waves";
  return success();
}
