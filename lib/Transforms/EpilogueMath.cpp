//===- EpilogueMath.cpp - bias, gated activation, MX quantization ---------===//

#include "EpilogueMath.h"

#include "mxmoe/Format/Layouts.h"

#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <cmath>

using namespace mlir;
using namespace mlir::moe;

namespace {

/// sigmoid(x) = 1 / (1 + 2^(-x log2 e)), without device libraries.
Value sigmoid(OpBuilder &b, Location loc, Value x) {
  Type f32 = b.getF32Type();
  Value scale =
      arith::ConstantOp::create(b, loc, b.getF32FloatAttr(-1.4426950408889634));
  Value e = ROCDL::ROCDLExp2::create(b, loc, f32,
                                     arith::MulFOp::create(b, loc, x, scale));
  Value one = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0));
  return ROCDL::ROCDLRcp::create(b, loc, f32,
                                 arith::AddFOp::create(b, loc, one, e));
}

/// An MX element's largest value, 1.m x 2^emax: FP4 E2M1 6 = 1.5 x 2^2,
/// FP8 E4M3 448 = 1.75 x 2^8 (mantissa as f32 fraction bits).
struct ElementMax {
  int64_t emax, mantissa;
  explicit ElementMax(bool fp4)
      : emax(fp4 ? 2 : 8), mantissa(fp4 ? 0x400000 : 0x600000) {}
};

} // namespace

Value mlir::moe::activate(OpBuilder &b, Location loc, ActivationAttr act,
                          Value g, Value u) {
  auto cst = [&](double v) {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(float(v)));
  };
  if (act.getKind() == ActivationKind::SiLU)
    return arith::MulFOp::create(
        b, loc, arith::MulFOp::create(b, loc, g, sigmoid(b, loc, g)), u);
  double limit = act.getLimit().convertToDouble();
  if (!std::isinf(limit)) {
    g = arith::MinimumFOp::create(b, loc, g, cst(limit));
    u = arith::MaximumFOp::create(
        b, loc, arith::MinimumFOp::create(b, loc, u, cst(limit)), cst(-limit));
  }
  Value alphaG =
      arith::MulFOp::create(b, loc, g, cst(act.getAlpha().convertToDouble()));
  Value glu = arith::MulFOp::create(b, loc, g, sigmoid(b, loc, alphaG));
  return arith::MulFOp::create(b, loc, glu,
                               arith::AddFOp::create(b, loc, u, cst(1.0)));
}

Value mlir::moe::gateUpBias(Arith &a, Value bias, Value expert, Value column,
                            GateUpArrangement arrangement, int64_t inter,
                            bool up) {
  IRIndex j{&a.b, a.loc, column};
  Value row = mxmoe::fmt::gateUpRow(toFormat(arrangement), up, j, inter).v;
  return a.load(bias, a.add(a.mul(expert, 2 * inter), row));
}

Value mlir::moe::magnitudeBits(Arith &a, Value v) {
  return arith::AndIOp::create(
      a.b, a.loc, arith::BitcastOp::create(a.b, a.loc, a.b.getI32Type(), v),
      a.i32(0x7FFFFFFF));
}

// The exponent field minus the element's emax, one more for ceil when the
// mantissa exceeds the element maximum's; clamped to [0, 254]; 255 for NaN.
Value mlir::moe::mxScaleByte(Arith &a, Value amax, bool fp4,
                             ScaleRounding rounding) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  ElementMax max(fp4);
  Value exponent = arith::ShRUIOp::create(b, loc, amax, a.i32(23));
  Value byte = arith::SubIOp::create(b, loc, exponent, a.i32(max.emax));
  if (rounding == ScaleRounding::Ceil) {
    Value mantissa = arith::AndIOp::create(b, loc, amax, a.i32(0x7FFFFF));
    Value above =
        a.cmp(arith::CmpIPredicate::ugt, mantissa, a.i32(max.mantissa));
    byte = arith::AddIOp::create(
        b, loc, byte, arith::ExtUIOp::create(b, loc, b.getI32Type(), above));
  }
  byte = arith::MaxSIOp::create(b, loc, byte, a.i32(0));
  byte = arith::MinSIOp::create(b, loc, byte, a.i32(254));
  Value nan = a.cmp(arith::CmpIPredicate::ugt, amax, a.i32(0x7F800000));
  return a.select(nan, a.i32(255), byte);
}

Value mlir::moe::mxScaleValue(Arith &a, Value byte) {
  return arith::BitcastOp::create(
      a.b, a.loc, a.b.getF32Type(),
      arith::ShLIOp::create(a.b, a.loc, byte, a.i32(23)));
}

// Exact: the bound is the element maximum times a power of two.
Value mlir::moe::mxSaturate(Arith &a, Value h, Value byte, bool fp4) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  ElementMax max(fp4);
  Value exponent = arith::AddIOp::create(b, loc, byte, a.i32(max.emax));
  Value bits = arith::OrIOp::create(
      b, loc, arith::ShLIOp::create(b, loc, exponent, a.i32(23)),
      a.i32(max.mantissa));
  bits = a.select(a.cmp(arith::CmpIPredicate::sgt, exponent, a.i32(254)),
                  a.i32(0x7F800000), bits);
  Value bound = arith::BitcastOp::create(b, loc, b.getF32Type(), bits);
  Value low = arith::NegFOp::create(b, loc, bound);
  return arith::MinimumFOp::create(
      b, loc, arith::MaximumFOp::create(b, loc, h, low), bound);
}

SmallVector<Value> mlir::moe::widenMXBlock(Arith &a, Value raw) {
  auto type = cast<VectorType>(raw.getType());
  if (!type.getElementType().isF32())
    raw = arith::ExtFOp::create(
        a.b, a.loc, VectorType::get(type.getShape(), a.b.getF32Type()), raw);
  SmallVector<Value> block;
  for (int64_t c = 0; c < type.getNumElements(); ++c)
    block.push_back(vector::ExtractOp::create(a.b, a.loc, raw, c));
  return block;
}

void mlir::moe::storeMXBlock(Arith &a, ArrayRef<Value> block, bool fp4,
                             ScaleRounding rounding, Value codes, Value codesAt,
                             Value scales, Value scaleAt, Value amax) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  Type i32 = b.getI32Type();
  if (!amax) {
    for (Value v : block) {
      Value m = magnitudeBits(a, v);
      amax = amax ? arith::MaxUIOp::create(b, loc, amax, m) : m;
    }
  }
  Value byte = mxScaleByte(a, amax, fp4, rounding);
  Value scale = mxScaleValue(a, byte);
  SmallVector<Value> h;
  for (Value v : block)
    h.push_back(mxSaturate(a, v, byte, fp4));
  SmallVector<Value> words;
  const int64_t n = int64_t(h.size());
  if (fp4) {
    // Four pairs per word, byte by byte.
    for (int64_t w = 0; w < n / 8; ++w) {
      Value word = a.i32(0);
      for (int64_t sel = 0; sel < 4; ++sel) {
        int64_t c = 8 * w + 2 * sel;
        word = ROCDL::CvtScaleF32PkFp4F32Op::create(b, loc, i32, word, h[c],
                                                    h[c + 1], scale, sel);
      }
      words.push_back(word);
    }
  } else {
    // Two pairs per word, low half then high half.
    auto v2i16 = VectorType::get({2}, b.getI16Type());
    for (int64_t w = 0; w < n / 4; ++w) {
      Value word = arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(v2i16, b.getI16IntegerAttr(0)));
      for (int64_t hi = 0; hi < 2; ++hi) {
        int64_t c = 4 * w + 2 * hi;
        word = ROCDL::CvtScaleF32PkFp8F32Op::create(b, loc, v2i16, word, h[c],
                                                    h[c + 1], scale, hi == 1);
      }
      words.push_back(vector::ExtractOp::create(
          b, loc,
          vector::BitCastOp::create(b, loc, VectorType::get({1}, i32), word),
          0));
    }
  }
  Value packed = vector::BitCastOp::create(
      b, loc, VectorType::get({fp4 ? n / 2 : n}, b.getI8Type()),
      vector::FromElementsOp::create(
          b, loc, VectorType::get({int64_t(words.size())}, i32), words));
  vector::StoreOp::create(b, loc, packed, codes, ValueRange{codesAt});
  memref::StoreOp::create(b, loc,
                          arith::TruncIOp::create(b, loc, b.getI8Type(), byte),
                          scales, ValueRange{scaleAt});
}
