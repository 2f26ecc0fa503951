//===- MoEToROCDL.cpp - moe primitives to amdgpu/rocdl --------------------===//

#include "mxmoe/Conversion/MoEToROCDL/MoEToROCDL.h"
#include "mxmoe/Conversion/Passes.h"
#include "mxmoe/Dialect/MoE/Utils/BufferAccess.h"
#include "mxmoe/Format/Layouts.h"

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::moe {
#define GEN_PASS_DEF_CONVERTMOETOROCDL
#include "mxmoe/Conversion/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;
using mlir::moe::IRIndex;

namespace {

struct MXFP4LoadLowering : OpRewritePattern<MXFP4LoadOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MXFP4LoadOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    IRIndex row{&rewriter, loc, op.getRow()};
    IRIndex kb{&rewriter, loc, op.getK()};
    kb = kb / 2;
    IRIndex off = mxmoe::fmt::weightByteOffset(toFormat(op.getLayout()), row,
                                               kb, op.getKDim() / 2);
    off.v = maskOffset(rewriter, loc, off.v, op.getK(), op.getKDim());
    VectorType resultType = op.getResult().getType();
    int64_t dwords = resultType.getNumElements() / 8;
    Value bits;
    if (dwords == 1) {
      Value word = loadFromBuffer(rewriter, loc, op.getBuffer(), off.v,
                                  rewriter.getI32Type(), op.getCache());
      bits = vector::BroadcastOp::create(
          rewriter, loc, VectorType::get({1}, rewriter.getI32Type()), word);
    } else {
      bits = loadFromBuffer(rewriter, loc, op.getBuffer(), off.v,
                            VectorType::get({dwords}, rewriter.getI32Type()),
                            op.getCache());
    }
    rewriter.replaceOpWithNewOp<vector::BitCastOp>(op, resultType, bits);
    return success();
  }
};

struct E8M0LoadLowering : OpRewritePattern<E8M0LoadOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(E8M0LoadOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    IRIndex row{&rewriter, loc, op.getRow()};
    IRIndex kb{&rewriter, loc, op.getKblock()};
    IRIndex off = mxmoe::fmt::scaleByteOffset(toFormat(op.getLayout()), row, kb,
                                              op.getKDim() / 32);
    off.v = maskOffset(rewriter, loc, off.v, op.getKblock(), op.getKDim() / 32);
    Value byte = loadFromBuffer(rewriter, loc, op.getBuffer(), off.v,
                                rewriter.getI8Type(), op.getCache());
    rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, op.getType(), byte);
    return success();
  }
};

struct E8M0DecodeLowering : OpRewritePattern<E8M0DecodeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(E8M0DecodeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto i32 = rewriter.getI32Type();
    auto c = [&](int64_t v) {
      return arith::ConstantIntOp::create(rewriter, loc, i32, v);
    };
    Value byte = arith::BitcastOp::create(rewriter, loc, rewriter.getI8Type(),
                                          op.getScale());
    Value e = arith::ExtUIOp::create(rewriter, loc, i32, byte);
    Value bits = arith::ShLIOp::create(rewriter, loc, e, c(23));
    Value isZero =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, e, c(0));
    Value isNaN = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        e, c(255));
    bits = arith::SelectOp::create(rewriter, loc, isZero, c(0x00400000), bits);
    bits = arith::SelectOp::create(rewriter, loc, isNaN, c(0x7FC00000), bits);
    rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, rewriter.getF32Type(),
                                                  bits);
    return success();
  }
};

struct MFMALowering : OpRewritePattern<MFMAOp> {
  MFMALowering(MLIRContext *ctx, const mxmoe::ChipInfo &chip)
      : OpRewritePattern(ctx), chip(chip) {}

  LogicalResult matchAndRewrite(MFMAOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    uint32_t m = op.getM(), n = op.getN(), k = op.getK();
    if (chip.hasBF16MFMAK32) {
      rewriter.replaceOpWithNewOp<amdgpu::MFMAOp>(op, op.getType(), m, n, k,
                                                  /*blocks=*/1, op.getA(),
                                                  op.getB(), op.getAcc());
      return success();
    }
    if (!chip.hasBF16MFMA1K)
      return rewriter.notifyMatchFailure(op, "chip has no bf16 MFMA");
    // Two K-halves: each lane's elements [0,4) and [4,8) form a K/2 MFMA
    // with the same lane mapping on A and B, so the sum is unchanged.
    auto half = [&](Value v, int64_t offset) {
      return vector::ExtractStridedSliceOp::create(
          rewriter, loc, v, ArrayRef<int64_t>{offset}, ArrayRef<int64_t>{4},
          ArrayRef<int64_t>{1});
    };
    Value acc = op.getAcc();
    for (int64_t offset : {0, 4})
      acc = amdgpu::MFMAOp::create(rewriter, loc, op.getType(), m, n, k / 2,
                                   /*blocks=*/1, half(op.getA(), offset),
                                   half(op.getB(), offset), acc);
    rewriter.replaceOp(op, acc);
    return success();
  }

  const mxmoe::ChipInfo &chip;
};

struct ScaledMFMALowering : OpRewritePattern<ScaledMFMAOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ScaledMFMAOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<amdgpu::ScaledMFMAOp>(
        op, op.getType(), op.getM(), op.getN(), op.getK(), op.getA(), op.getB(),
        op.getAcc(), op.getScaleA(), op.getScaleB(), op.getScaleAByte(),
        op.getScaleBByte());
    return success();
  }
};

struct ConvertMoEToROCDL
    : public moe::impl::ConvertMoEToROCDLBase<ConvertMoEToROCDL> {
  using ConvertMoEToROCDLBase::ConvertMoEToROCDLBase;

  void runOnOperation() override {
    const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);
    if (!info) {
      getOperation()->emitError(mxmoe::unknownChipMessage(chip));
      return signalPassFailure();
    }
    std::optional<UnpackStrategy> override;
    if (!unpackStrategy.empty()) {
      override = symbolizeUnpackStrategy(unpackStrategy);
      if (!override) {
        getOperation()->emitError("unknown unpack-strategy '")
            << unpackStrategy << "' (expected auto, hw or sw)";
        return signalPassFailure();
      }
    }

    // Requests the chip cannot honour are errors, reported per op.
    bool bad = false;
    getOperation()->walk([&](Operation *op) {
      if (isa<ScaledMFMAOp>(op) && !info->hasScaledMFMA) {
        op->emitOpError("needs the scaled MFMA instructions of gfx950; chip ")
            << info->name << " has none";
        bad = true;
      }
      if (auto unpack = dyn_cast<FP4UnpackOp>(op)) {
        UnpackStrategy s = override.value_or(unpack.getStrategy());
        if (s == UnpackStrategy::Hardware && !info->hasScaledFP4Cvt) {
          op->emitOpError("strategy hw needs v_cvt_scalef32_pk_*_fp4 "
                          "(gfx950); chip ")
              << info->name << " has no such instruction, use sw or auto";
          bad = true;
        }
      }
    });
    if (bad)
      return signalPassFailure();

    auto countMoEOps = [&] {
      int64_t count = 0;
      getOperation()->walk([&](Operation *op) {
        count += isa_and_nonnull<MoEDialect>(op->getDialect());
      });
      return count;
    };
    int64_t before = countMoEOps();
    RewritePatternSet patterns(&getContext());
    populateMoEToROCDLPatterns(patterns, *info);
    populateFP4UnpackPatterns(patterns, *info, override);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();

    WalkResult leftover = getOperation()->walk([](Operation *op) {
      if (isa<Stage1Op, Stage2Op, SlotReduceOp, Stage1FinishOp, QuantizeMXOp,
              SortOp, RouteSlotsOp, LayerOp>(op)) {
        op->emitOpError("is a problem-level op: run its lowering pass "
                        "(moe-lower-stage2, moe-tile-stage1, "
                        "moe-lower-slot-reduce, moe-lower-stage1-finish, "
                        "moe-lower-quantize-mx, moe-lower-sort, "
                        "moe-lower-route-slots, "
                        "moe-expand-layer; all part of the moe-to-llvm "
                        "pipeline) first");
        return WalkResult::interrupt();
      }
      if (isa<MoEDialect>(op->getDialect())) {
        op->emitOpError("could not be lowered to ROCDL");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (leftover.wasInterrupted())
      return signalPassFailure();
    numConverted += before - countMoEOps();
  }
};

} // namespace

void mlir::moe::populateMoEToROCDLPatterns(RewritePatternSet &patterns,
                                           const mxmoe::ChipInfo &chip) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<MXFP4LoadLowering, E8M0LoadLowering, E8M0DecodeLowering,
               ScaledMFMALowering>(ctx);
  patterns.add<MFMALowering>(ctx, chip);
}
