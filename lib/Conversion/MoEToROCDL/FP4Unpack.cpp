//===- FP4Unpack.cpp - moe.fp4_unpack: hardware cvt or exact permute
//-------===//
//
// Hardware path (gfx950): one v_cvt_scalef32_pk_*_fp4 per byte.
// Software path (any CDNA chip): bf16 bits of the eight FP4 magnitudes (and
// signs) are looked up with v_perm_b32 (tables derived from mxmoe/Format);
// each value is then scaled exactly by v_ldexp_f32 on its f32 widening, and
// the high halves are packed back with v_perm_b32. Branch-free and exact for
// every scale byte (subnormals, overflow, NaN). f32/f16 results widen (and
// for f16 round) the exact bf16 result.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Conversion/MoEToROCDL/MoEToROCDL.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"
#include "mxmoe/Format/MXFormats.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::moe;

UnpackStrategy mlir::moe::resolveUnpackStrategy(UnpackStrategy requested,
                                                const mxmoe::ChipInfo &chip) {
  if (requested != UnpackStrategy::Auto)
    return requested;
  return chip.hasScaledFP4Cvt ? UnpackStrategy::Hardware
                              : UnpackStrategy::Software;
}

namespace {

/// v_perm_b32: byte i of the result is byte sel[i] of {src0:src1} (src1 holds
/// bytes 0-3).
Value perm(OpBuilder &b, Location loc, Value src0, Value src1, Value sel) {
  auto call = LLVM::CallIntrinsicOp::create(b, loc, b.getI32Type(),
                                            b.getStringAttr("llvm.amdgcn.perm"),
                                            ValueRange{src0, src1, sel});
  return call.getResult(0);
}

/// Packs byte `byteOf(bf16 bits of magnitude u at scale one)` for u in
/// [first, first + 4) into an i32 table for v_perm_b32.
uint32_t magnitudeTable(int first, bool highByte) {
  uint32_t table = 0;
  for (int i = 0; i < 4; ++i) {
    uint16_t bits =
        mxmoe::fmt::fp4ScaledToBF16(uint8_t(first + i), mxmoe::fmt::kE8M0One);
    uint32_t byte = highByte ? (bits >> 8) : (bits & 0xFF);
    table |= byte << (8 * i);
  }
  return table;
}

/// One dword of 8 FP4 codes to 4 dwords of bf16 pairs at scale one (exact
/// table values, signs included).
SmallVector<Value, 4> lookupDword(OpBuilder &b, Location loc, Value x) {
  Arith i{b, loc};
  Value loLo = i.i32(magnitudeTable(0, false)),
        loHi = i.i32(magnitudeTable(4, false));
  Value hiLo = i.i32(magnitudeTable(0, true)),
        hiHi = i.i32(magnitudeTable(4, true));

  // Even nibbles (elements 0,2,4,6) and odd nibbles, one per byte.
  Value even = i.andI(x, 0x0F0F0F0F);
  Value odd = i.andI(i.shrU(x, 4), 0x0F0F0F0F);
  auto lookup = [&](Value nibbles, Value &lo, Value &hi) {
    Value mag = i.andI(nibbles, 0x07070707);
    lo = perm(b, loc, loHi, loLo, mag);
    // Sign (nibble bit 3) becomes bit 7 of the high byte.
    Value sign = i.shl(i.andI(nibbles, 0x08080808), 4);
    hi = i.orI(perm(b, loc, hiHi, hiLo, mag), sign);
  };
  Value loEven, hiEven, loOdd, hiOdd;
  lookup(even, loEven, hiEven);
  lookup(odd, loOdd, hiOdd);

  // (lo, hi) byte pairs: elements {0,2} / {4,6} and {1,3} / {5,7}.
  Value e02 = perm(b, loc, hiEven, loEven, i.i32(0x05010400));
  Value e46 = perm(b, loc, hiEven, loEven, i.i32(0x07030602));
  Value o13 = perm(b, loc, hiOdd, loOdd, i.i32(0x05010400));
  Value o57 = perm(b, loc, hiOdd, loOdd, i.i32(0x07030602));
  SmallVector<Value, 4> words = {
      perm(b, loc, o13, e02, i.i32(0x05040100)), // elements 0, 1
      perm(b, loc, o13, e02, i.i32(0x07060302)), // elements 2, 3
      perm(b, loc, o57, e46, i.i32(0x05040100)), // elements 4, 5
      perm(b, loc, o57, e46, i.i32(0x07060302)), // elements 6, 7
  };

  return words;
}

struct FP4UnpackLowering : OpRewritePattern<FP4UnpackOp> {
  FP4UnpackLowering(MLIRContext *ctx, const mxmoe::ChipInfo &chip,
                    std::optional<UnpackStrategy> override)
      : OpRewritePattern(ctx), chip(chip), override(override) {}

  LogicalResult matchAndRewrite(FP4UnpackOp op,
                                PatternRewriter &rewriter) const override {
    UnpackStrategy strategy =
        resolveUnpackStrategy(override.value_or(op.getStrategy()), chip);
    if (strategy == UnpackStrategy::Hardware && !chip.hasScaledFP4Cvt)
      return rewriter.notifyMatchFailure(op, "no hardware fp4 cvt");
    Location loc = op.getLoc();
    auto i32 = rewriter.getI32Type();
    int64_t n = op.getResult().getType().getNumElements();
    Value byte = arith::BitcastOp::create(rewriter, loc, rewriter.getI8Type(),
                                          op.getScale());
    Value e = arith::ExtUIOp::create(rewriter, loc, i32, byte);
    Value words = vector::BitCastOp::create(
        rewriter, loc, VectorType::get({n / 8}, i32), op.getSource());
    Value result = strategy == UnpackStrategy::Hardware
                       ? lowerHardware(rewriter, loc, op, words, e)
                       : lowerSoftware(rewriter, loc, op, words, e);
    rewriter.replaceOp(op, result);
    return success();
  }

  Value lowerHardware(OpBuilder &b, Location loc, FP4UnpackOp op, Value words,
                      Value e) const {
    VectorType resultType = op.getResult().getType();
    Type elem = resultType.getElementType();
    int64_t n = resultType.getNumElements();
    // The cvt reads only the exponent field of its f32 scale operand.
    Value scale = arith::BitcastOp::create(
        b, loc, b.getF32Type(),
        arith::ShLIOp::create(
            b, loc, e,
            arith::ConstantIntOp::create(b, loc, b.getI32Type(), 23)));
    auto pairType = VectorType::get({2}, elem);
    Value result = arith::ConstantOp::create(b, loc, resultType,
                                             b.getZeroAttr(resultType));
    for (int64_t w = 0; w < n / 8; ++w) {
      Value word = vector::ExtractOp::create(b, loc, words, w);
      for (int64_t sel = 0; sel < 4; ++sel) {
        Value pair;
        if (elem.isBF16())
          pair = ROCDL::CvtScaleF32PkBf16Fp4Op::create(b, loc, pairType, word,
                                                       scale, sel);
        else if (elem.isF16())
          pair = ROCDL::CvtScaleF32PkF16Fp4Op::create(b, loc, pairType, word,
                                                      scale, sel);
        else
          pair = ROCDL::CvtScaleF32PkF32Fp4Op::create(b, loc, pairType, word,
                                                      scale, sel);
        result = vector::InsertStridedSliceOp::create(
            b, loc, pair, result, ArrayRef<int64_t>{w * 8 + sel * 2},
            ArrayRef<int64_t>{1});
      }
    }
    return result;
  }

  Value lowerSoftware(OpBuilder &b, Location loc, FP4UnpackOp op, Value words,
                      Value e) const {
    VectorType resultType = op.getResult().getType();
    int64_t n = resultType.getNumElements();
    auto i32 = b.getI32Type();
    auto bf16Type = VectorType::get({n}, b.getBF16Type());
    Arith s{b, loc};

    // Scale each value exactly: widen the bf16 table value to f32 (exact),
    // ldexp by e - 127 (exact, IEEE subnormals, overflow to infinity), keep
    // the high half (exact: scaled FP4 values have two significant bits).
    Value exp = s.add(e, s.i32(-127));
    auto ldexp = [&](Value bits) {
      Value f = arith::BitcastOp::create(b, loc, b.getF32Type(), bits);
      auto call = LLVM::CallIntrinsicOp::create(
          b, loc, b.getF32Type(), b.getStringAttr("llvm.ldexp.f32.i32"),
          ValueRange{f, exp});
      return arith::BitcastOp::create(b, loc, i32, call.getResult(0))
          .getResult();
    };
    Value isNaN = s.cmp(arith::CmpIPredicate::eq, e, s.i32(255));
    Value nanPair = s.i32(0x7FC07FC0);
    Value highHalves = s.i32(0x07060302);
    SmallVector<Value> pairs;
    for (int64_t w = 0; w < n / 8; ++w) {
      Value word = vector::ExtractOp::create(b, loc, words, w);
      for (Value pair : lookupDword(b, loc, word)) {
        Value lo = ldexp(s.shl(pair, 16));
        Value hi = ldexp(s.andI(pair, 0xFFFF0000));
        Value scaled = perm(b, loc, hi, lo, highHalves);
        pairs.push_back(s.select(isNaN, nanPair, scaled));
      }
    }
    Value packed = vector::FromElementsOp::create(
        b, loc, VectorType::get({n / 2}, i32), pairs);
    Value bf16 = vector::BitCastOp::create(b, loc, bf16Type, packed);
    Type elem = resultType.getElementType();
    if (elem.isBF16())
      return bf16;
    auto f32Type = VectorType::get({n}, b.getF32Type());
    Value f32 = arith::ExtFOp::create(b, loc, f32Type, bf16); // exact
    if (elem.isF32())
      return f32;
    return arith::TruncFOp::create(b, loc, resultType, f32); // RNE
  }

  const mxmoe::ChipInfo &chip;
  std::optional<UnpackStrategy> override;
};

} // namespace

void mlir::moe::populateFP4UnpackPatterns(
    RewritePatternSet &patterns, const mxmoe::ChipInfo &chip,
    std::optional<UnpackStrategy> override) {
  patterns.add<FP4UnpackLowering>(patterns.getContext(), chip, override);
}
