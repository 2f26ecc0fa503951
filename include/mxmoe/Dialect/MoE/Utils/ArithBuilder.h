//===- ArithBuilder.h - terse index and integer arith ops -------*- C++ -*-===//
//
// The one arith builder of the lowering passes (Transforms) and the
// conversion to ROCDL: index and i32 arithmetic at one location, and
// IRIndex, an index value whose operators build the same ops so the layout
// templates of mxmoe/Format/Layouts.h emit address computations directly.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_DIALECT_MOE_UTILS_ARITHBUILDER_H
#define MXMOE_DIALECT_MOE_UTILS_ARITHBUILDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

namespace mlir::moe {

/// Terse arithmetic on index and integer values at one location. Indices
/// are non-negative, so division, remainder and minimum are unsigned.
struct Arith {
  OpBuilder &b;
  Location loc;

  Value idx(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  /// `v` as a constant of `type`: index, an integer, or a splat vector of
  /// integers.
  Value cst(Type type, int64_t v) {
    if (type.isIndex())
      return idx(v);
    if (auto vt = dyn_cast<VectorType>(type))
      return arith::ConstantOp::create(
          b, loc,
          DenseElementsAttr::get(vt, b.getIntegerAttr(vt.getElementType(), v)));
    return arith::ConstantIntOp::create(b, loc, type, v);
  }

  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value add(Value x, int64_t c) { return c ? add(x, idx(c)) : x; }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value mul(Value x, int64_t c) { return mul(x, idx(c)); }
  Value div(Value x, Value y) { return arith::DivUIOp::create(b, loc, x, y); }
  Value div(Value x, int64_t c) { return div(x, idx(c)); }
  Value rem(Value x, Value y) { return arith::RemUIOp::create(b, loc, x, y); }
  Value rem(Value x, int64_t c) { return rem(x, idx(c)); }
  Value minu(Value x, Value y) { return arith::MinUIOp::create(b, loc, x, y); }

  // Bitwise ops; an integer operand becomes a constant of x's type.
  Value both(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value andI(Value x, int64_t m) { return both(x, cst(x.getType(), m)); }
  Value orI(Value x, Value y) { return arith::OrIOp::create(b, loc, x, y); }
  Value shl(Value x, Value s) { return arith::ShLIOp::create(b, loc, x, s); }
  Value shl(Value x, int64_t s) { return shl(x, cst(x.getType(), s)); }
  Value shrU(Value x, int64_t s) {
    return arith::ShRUIOp::create(b, loc, x, cst(x.getType(), s));
  }

  Value cmp(arith::CmpIPredicate p, Value x, Value y) {
    return arith::CmpIOp::create(b, loc, p, x, y);
  }
  Value ult(Value x, Value y) { return cmp(arith::CmpIPredicate::ult, x, y); }
  Value slt(Value x, Value y) { return cmp(arith::CmpIPredicate::slt, x, y); }
  Value sge(Value x, Value y) { return cmp(arith::CmpIPredicate::sge, x, y); }
  Value eq(Value x, Value y) { return cmp(arith::CmpIPredicate::eq, x, y); }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }

  Value toIndex(Value v) {
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  }
  Value toI32(Value v) {
    return arith::IndexCastUIOp::create(b, loc, b.getI32Type(), v);
  }
  Value load(Value memref, Value i) {
    return memref::LoadOp::create(b, loc, memref, ValueRange{i});
  }
  /// The element count of a 1-D memref, from its descriptor: the one size
  /// a kernel may trust.
  Value dim(Value memref) { return memref::DimOp::create(b, loc, memref, 0); }
};

/// An index value whose operators build Arith ops, for the layout templates
/// of mxmoe/Format/Layouts.h.
struct IRIndex {
  OpBuilder *b;
  Location loc;
  Value v;

  Arith arith() const { return {*b, loc}; }
  IRIndex with(Value w) const { return {b, loc, w}; }
  IRIndex cst(int64_t c) const { return with(arith().idx(c)); }
  friend IRIndex operator+(IRIndex x, IRIndex y) {
    return x.with(x.arith().add(x.v, y.v));
  }
  friend IRIndex operator+(IRIndex x, int64_t c) { return x + x.cst(c); }
  friend IRIndex operator*(IRIndex x, int64_t c) {
    return x.with(x.arith().mul(x.v, x.cst(c).v));
  }
  friend IRIndex operator*(int64_t c, IRIndex x) { return x * c; }
  friend IRIndex operator*(IRIndex x, IRIndex y) {
    return x.with(x.arith().mul(x.v, y.v));
  }
  friend IRIndex operator-(IRIndex x, IRIndex y) {
    return x.with(arith::SubIOp::create(*x.b, x.loc, x.v, y.v));
  }
  friend IRIndex operator/(IRIndex x, int64_t c) {
    return x.with(x.arith().div(x.v, x.cst(c).v));
  }
  friend IRIndex operator%(IRIndex x, int64_t c) {
    return x.with(x.arith().rem(x.v, x.cst(c).v));
  }
  friend IRIndex min(IRIndex x, IRIndex y) {
    return x.with(x.arith().minu(x.v, y.v));
  }
  friend IRIndex maxu(IRIndex x, IRIndex y) {
    return x.with(arith::MaxUIOp::create(*x.b, x.loc, x.v, y.v));
  }
};

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_UTILS_ARITHBUILDER_H
