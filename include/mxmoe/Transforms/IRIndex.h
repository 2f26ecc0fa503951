//===- IRIndex.h - layout templates over IR index values --------*- C++ -*-===//

#ifndef MXMOE_TRANSFORMS_IRINDEX_H
#define MXMOE_TRANSFORMS_IRINDEX_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

namespace mlir::moe {

/// An index value that builds arith ops, so the layout templates of
/// mxmoe/Format/Layouts.h emit the address computation directly. Indices are
/// non-negative, so division and remainder are unsigned.
struct IRIndex {
  OpBuilder *b;
  Location loc;
  Value v;

  IRIndex cst(int64_t c) const {
    return {b, loc, arith::ConstantIndexOp::create(*b, loc, c)};
  }
  friend IRIndex operator+(IRIndex x, IRIndex y) {
    return {x.b, x.loc, arith::AddIOp::create(*x.b, x.loc, x.v, y.v)};
  }
  friend IRIndex operator+(IRIndex x, int64_t c) { return x + x.cst(c); }
  friend IRIndex operator*(IRIndex x, int64_t c) {
    return {x.b, x.loc, arith::MulIOp::create(*x.b, x.loc, x.v, x.cst(c).v)};
  }
  friend IRIndex operator*(int64_t c, IRIndex x) { return x * c; }
  friend IRIndex operator/(IRIndex x, int64_t c) {
    return {x.b, x.loc, arith::DivUIOp::create(*x.b, x.loc, x.v, x.cst(c).v)};
  }
  friend IRIndex operator%(IRIndex x, int64_t c) {
    return {x.b, x.loc, arith::RemUIOp::create(*x.b, x.loc, x.v, x.cst(c).v)};
  }
  friend IRIndex min(IRIndex x, IRIndex y) {
    return {x.b, x.loc, arith::MinUIOp::create(*x.b, x.loc, x.v, y.v)};
  }
};

} // namespace mlir::moe

#endif // MXMOE_TRANSFORMS_IRINDEX_H
