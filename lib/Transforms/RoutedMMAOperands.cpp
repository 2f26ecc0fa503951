//===- RoutedMMAOperands.cpp - routed-MMA operands and MFMAs --------------===//

#include "RoutedMMAOperands.h"

#include "mxmoe/Format/MFMALayouts.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::moe;

SmallVector<OperandRun> mlir::moe::fp8OperandRuns() {
  constexpr int kBytes = 32;
  auto kOf = [](int g, int byte) {
    for (int k = 0; k < 128; ++k) {
      mxmoe::fmt::LaneSlot s =
          mxmoe::fmt::scaledMfmaOperandSlot(16, /*fp4=*/false, 0, k);
      if (s.lane == 16 * g && s.index == byte)
        return k;
    }
    llvm_unreachable("every operand byte holds one K");
  };
  SmallVector<OperandRun> runs;
  for (int byte = 0; byte < kBytes;) {
    int length = 1;
    while (byte + length < kBytes &&
           kOf(0, byte + length) == kOf(0, byte) + length)
      ++length;
    OperandRun run{byte, length, kOf(0, byte), kOf(1, byte) - kOf(0, byte)};
    for (int g = 0; g < 4; ++g)
      for (int j = 0; j < length; ++j)
        assert(kOf(g, byte + j) == run.base + run.groupStride * g + j &&
               "FP8 operand runs are consecutive K, linear in the group");
    runs.push_back(run);
    byte += length;
  }
  return runs;
}

RoutedMMAOperands::Operands RoutedMMAOperands::read(int64_t buffer) {
  Operands ops;
  int64_t sub = kt / 128, p = tiling.tilesPerWave();
  auto e8m0 = b.getType<Float8E8M0FNUType>();
  auto fp4 = VectorType::get({32}, b.getType<Float4E2M1FNType>());
  auto readVec = [&](int64_t bytes, Value at, int64_t align) {
    auto load =
        vector::LoadOp::create(b, loc, VectorType::get({bytes}, b.getI8Type()),
                               lds, ValueRange{ldsAt(buffer, at)});
    load.setAlignment(uint64_t(align));
    return load.getResult();
  };
  // A lane's scales of sub-steps [s0, s0 + n) (n <= 4) as the low bytes of a
  // scale register; the bytes above are poison (no MFMA selects them, so no
  // extension instruction).
  auto readScales = [&](Value rowAt, int64_t perRead, int64_t s) {
    int64_t n = std::min(perRead, sub), s0 = s / n * n;
    if (n < 4 && sub >= 4) {
      // The lane's four scale bytes are one aligned word: read it whole and
      // shift the selected pair down (LLVM merges pair reads of one word and
      // rebuilds the high pair in 5 VALU and a VGPR; this is one shift).
      Value word = vector::BitCastOp::create(
          b, loc, VectorType::get({1}, b.getI32Type()),
          readVec(4, a.add(a.add(rowAt, a.mul(g, sub)), s / 4 * 4), 4));
      Value w = vector::ExtractOp::create(b, loc, word, 0);
      if (int64_t shift = 8 * (s0 % 4))
        w = arith::ShRUIOp::create(b, loc, w, a.i32(shift));
      return vector::BitCastOp::create(
                 b, loc, VectorType::get({4}, e8m0),
                 vector::BroadcastOp::create(
                     b, loc, VectorType::get({1}, b.getI32Type()), w))
          .getResult();
    }
    Value at = a.add(a.add(rowAt, a.mul(g, sub)), s0);
    Value bytes;
    if (n == 1)
      bytes = vector::BroadcastOp::create(
          b, loc, VectorType::get({1}, b.getI8Type()),
          memref::LoadOp::create(b, loc, lds, ValueRange{ldsAt(buffer, at)}));
    else
      bytes = readVec(n, at, n);
    if (n < 4) {
      SmallVector<int64_t> mask(4, vector::ShuffleOp::kPoisonIndex);
      for (int64_t i = 0; i < n; ++i)
        mask[i] = i;
      bytes = vector::ShuffleOp::create(b, loc, bytes, bytes, mask);
    }
    return vector::BitCastOp::create(b, loc, VectorType::get({4}, e8m0), bytes)
        .getResult();
  };
  ops.w.resize(sub);
  ops.wScale.resize(sub);
  ops.act.resize(sub);
  ops.actScale.resize(sub);
  for (int64_t s = 0; s < sub; ++s) {
    ops.w[s].resize(p);
    ops.wScale[s].resize(p);
    ops.act[s].resize(p);
    ops.actScale[s].resize(p);
    for (int64_t j = 0; j < p; ++j) {
      if (int64_t key = tiling.weightKey(j); !ops.w[s][key]) {
        Value row = a.add(a.mul(coords[j].colBlock, 16), r);
        Value at = a.add(a.add(a.mul(row, layout.weightStride), a.mul(g, 16)),
                         layout.weightOffset + 64 * s);
        ops.w[s][key] =
            vector::BitCastOp::create(b, loc, fp4, readVec(16, at, 16));
        ops.wScale[s][key] = readScales(
            a.add(a.mul(row, layout.scaleStride), layout.wScaleOffset),
            kWeightScalesPerRead, s);
      }
      int64_t key = tiling.rowKey(j);
      if (ops.act[s][key])
        continue;
      Value row = a.add(a.mul(coords[j].rowBlock, 16), r);
      Value rowAt = a.add(a.mul(row, layout.actStride), layout.actOffset);
      switch (precision) {
      case Precision::A16W4:
        // 32 consecutive K of the routed row, as the weights.
        ops.act[s][key] = vector::BitCastOp::create(
            b, loc, VectorType::get({32}, b.getBF16Type()),
            readVec(64, a.add(a.add(rowAt, a.mul(g, 64)), 256 * s), 16));
        break;
      case Precision::A4W4:
        ops.act[s][key] = vector::BitCastOp::create(
            b, loc, fp4,
            readVec(16, a.add(a.add(rowAt, a.mul(g, 16)), 64 * s), 16));
        break;
      case Precision::A8W4: {
        // The FP8 operand's K runs are spread over the lane groups.
        auto bytes32 = VectorType::get({32}, b.getI8Type());
        Value v =
            arith::ConstantOp::create(b, loc, bytes32, b.getZeroAttr(bytes32));
        for (const OperandRun &run : fp8OperandRuns()) {
          Value part = readVec(run.length,
                               a.add(a.add(rowAt, a.mul(g, run.groupStride)),
                                     128 * s + run.base),
                               std::min<int64_t>(run.length, 16));
          v = vector::InsertStridedSliceOp::create(b, loc, part, v,
                                                   ArrayRef<int64_t>{run.byte},
                                                   ArrayRef<int64_t>{1});
        }
        ops.act[s][key] = vector::BitCastOp::create(
            b, loc, VectorType::get({32}, b.getType<Float8E4M3FNType>()), v);
        break;
      }
      }
      if (precision != Precision::A16W4)
        ops.actScale[s][key] = readScales(
            a.add(a.mul(row, layout.scaleStride), layout.aScaleOffset),
            kActScalesPerRead, s);
    }
  }
  return ops;
}

SmallVector<Value> RoutedMMAOperands::mfmaCluster(const Operands &ops,
                                                  ValueRange accsIn) {
  SmallVector<Value> accs(accsIn);
  auto accType = VectorType::get({4}, b.getF32Type());
  int64_t sub = kt / 128;
  for (int64_t s = 0; s < sub; ++s) {
    DenseMap<int64_t, Value> unpacked;
    for (auto [j, acc] : llvm::enumerate(accs)) {
      int64_t wk = tiling.weightKey(j), rk = tiling.rowKey(j);
      if (precision == Precision::A16W4) {
        Value &wf = unpacked[wk];
        if (!wf)
          wf = FP4UnpackOp::create(
              b, loc, VectorType::get({32}, b.getBF16Type()), ops.w[s][wk],
              vector::ExtractOp::create(
                  b, loc, ops.wScale[s][wk],
                  s % std::min(kWeightScalesPerRead, sub)),
              UnpackStrategyAttr::get(b.getContext(), UnpackStrategy::Auto));
        for (int64_t part = 0; part < 4; ++part) {
          auto slice8 = [&](Value v) {
            return vector::ExtractStridedSliceOp::create(
                b, loc, v, ArrayRef<int64_t>{8 * part}, ArrayRef<int64_t>{8},
                ArrayRef<int64_t>{1});
          };
          ++numMFMAs;
          acc = MFMAOp::create(b, loc, accType, 16, 16, 32, slice8(wf),
                               slice8(ops.act[s][rk]), acc);
        }
        continue;
      }
      ++numMFMAs;
      acc = ScaledMFMAOp::create(
          b, loc, accType, 16, 16, 128, ops.wScale[s][wk],
          s % std::min(kWeightScalesPerRead, sub), ops.w[s][wk],
          ops.actScale[s][rk], s % std::min(kActScalesPerRead, sub),
          ops.act[s][rk], acc);
    }
  }
  return accs;
}
