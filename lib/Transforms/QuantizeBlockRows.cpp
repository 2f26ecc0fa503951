//===- QuantizeBlockRows.cpp - a stage-1 block's rows of x into LDS -------===//
//
// Each workgroup quantizes its own copy of the rows: workgroups of the same
// block (its n tiles) write only their LDS, so nothing orders them.
//
//===----------------------------------------------------------------------===//

#include "QuantizeBlockRows.h"

#include "EpilogueMath.h"

#include "mxmoe/Dialect/MoE/Utils/BufferAccess.h"

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::moe;

namespace {
/// MX blocks a lane loads before quantizing them: 16 VGPRs of bf16 each
/// (4 set the a4w4 stage-1 decode kernels' VGPRs: 105, with 2 the main loop
/// does). The model charges a round trip per group
/// (lib/Perf/Model.cpp's kQuantizeBlocksInFlight).
constexpr int64_t kBlocksInFlight = 2;

/// The largest magnitudeBits of the bf16 chunks' elements, as i32: the
/// maximum of their low 15 bits, shifted up 16.
Value bf16MagnitudeMax(Arith &a, ArrayRef<Value> chunks) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  auto bits = VectorType::get({8}, b.getI16Type());
  Value mask = arith::ConstantOp::create(
      b, loc, DenseElementsAttr::get(bits, b.getI16IntegerAttr(0x7FFF)));
  Value m;
  for (Value chunk : chunks) {
    Value v = arith::AndIOp::create(
        b, loc, vector::BitCastOp::create(b, loc, bits, chunk), mask);
    m = m ? arith::MaxUIOp::create(b, loc, m, v).getResult() : v;
  }
  Value max =
      vector::ReductionOp::create(b, loc, vector::CombiningKind::MAXUI, m);
  return arith::ShLIOp::create(
      b, loc, arith::ExtUIOp::create(b, loc, b.getI32Type(), max), a.i32(16));
}
} // namespace

QuantizedBlockRows mlir::moe::quantizeBlockRows(Arith &a, Stage1Op op,
                                                Value tokens, Value blockRow) {
  OpBuilder &b = a.b;
  Location loc = a.loc;
  auto func = op->getParentOfType<gpu::GPUFuncOp>();
  TileAttr tile = op.getTile();
  const bool fp4 = op.getPrecision() == Precision::A4W4;
  const int64_t m = tile.getM(), cols = op.getModelDim(),
                blocksPerRow = cols / kMXBlock,
                codesPerBlock = fp4 ? kMXBlock / 2 : kMXBlock,
                lanes = tile.getWaves() * 64, blocks = m * blocksPerRow;
  auto workgroup =
      gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  auto lds = [&](int64_t bytes) {
    return func.addWorkgroupAttribution(
        MemRefType::get({bytes}, b.getI8Type(), MemRefLayoutAttrInterface(),
                        workgroup),
        loc);
  };
  QuantizedBlockRows rows{lds(m * blocksPerRow * codesPerBlock),
                          lds(m * blocksPerRow)};
  // Tokens as many as x holds too (the separate kernel's clamp).
  Value held = clampTokens(a, tokens, {{op.getX(), cols}});
  Value tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
  ScaleRounding rounding = *op.getQuantizeX();
  // Groups of blocks per lane: a group's loads are all in flight before
  // the first is quantized (one memory round trip per group).
  const int64_t perLane = (blocks + lanes - 1) / lanes,
                group = std::min(perLane, kBlocksInFlight);
  auto chunk = VectorType::get({8}, b.getBF16Type());
  auto loop = scf::ForOp::create(
      b, loc, a.idx(0), a.idx((perLane + group - 1) / group), a.idx(1));
  // Unrolled, LLVM schedules the next group's loads over this group's
  // quantizing and holds both groups' registers (a4w4 stage-1 decode 16x64
  // tiles 99 VGPRs); moe-attach-loop-annotations makes this !llvm.loop.
  {
    MLIRContext *context = b.getContext();
    auto unroll = LLVM::LoopUnrollAttr::get(context, b.getBoolAttr(true), {},
                                            {}, {}, {}, {}, {});
    loop->setAttr("llvm.loop_annotation",
                  LLVM::LoopAnnotationAttr::get(context, {}, {}, {}, unroll, {},
                                                {}, {}, {}, {}, {}, {}, {}, {},
                                                {}, {}));
  }
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    SmallVector<Value> ids, raw;
    for (int64_t j = 0; j < group; ++j) {
      Value block = a.add(
          tid, a.mul(a.add(a.mul(loop.getInductionVar(), group), j), lanes));
      Value inRange = a.ult(block, a.idx(blocks));
      Value row = a.div(block, blocksPerRow), kb = a.rem(block, blocksPerRow);
      RoutedRow rr = loadRoutedRow(a, op.getSortedIds(), a.add(blockRow, row),
                                   held, op.getTopk());
      // Bounds-checked buffer loads, issued only for a valid row: an
      // invalid row quantizes zeros, and a wave whose rows are all invalid
      // (a block's padding: all but row 0 with slot routing) issues no
      // load and waits for none.
      Value valid = a.both(inRange, rr.valid);
      Value byte = a.mul(a.add(a.mul(rr.token, cols), a.mul(kb, kMXBlock)), 2);
      byte = maskOffset(a, valid, byte);
      SmallVector<Type> chunkTypes(kMXBlock / 8, chunk);
      auto loads = scf::IfOp::create(b, loc, chunkTypes, valid,
                                     /*withElseRegion=*/true);
      {
        OpBuilder::InsertionGuard inner(b);
        b.setInsertionPointToStart(loads.thenBlock());
        SmallVector<Value> loaded;
        for (int64_t c = 0; c < kMXBlock / 8; ++c) {
          Value index = a.toI32(a.div(a.add(byte, 16 * c), 2));
          loaded.push_back(amdgpu::RawBufferLoadOp::create(
              b, loc, chunk, op.getX(), ValueRange{index},
              /*boundsCheck=*/true, /*indexOffset=*/IntegerAttr(),
              /*sgprOffset=*/Value()));
        }
        scf::YieldOp::create(b, loc, loaded);
        b.setInsertionPointToStart(loads.elseBlock());
        Value zero = arith::ConstantOp::create(
            b, loc,
            DenseElementsAttr::get(chunk, b.getZeroAttr(b.getBF16Type())));
        scf::YieldOp::create(b, loc, SmallVector<Value>(kMXBlock / 8, zero));
      }
      llvm::append_range(raw, loads.getResults());
      ids.push_back(block);
    }
    // Each block is widened to f32 only when it is quantized, its largest
    // magnitude taken on the bf16 bits (magnitudeBits of a widened bf16 is
    // its 15 magnitude bits shifted up 16, so the maximum is the same):
    // the group's loads stay packed, 16 VGPRs a block, and one block at a
    // time is 32 f32 values (all widened at once they set the kernel's
    // VGPR count: a4w4 stage-1 decode 122).
    const int64_t chunksPerBlock = kMXBlock / 8;
    for (int64_t j = 0; j < group; ++j) {
      OpBuilder::InsertionGuard inner(b);
      Value block = ids[j];
      auto store = scf::IfOp::create(b, loc, a.ult(block, a.idx(blocks)));
      b.setInsertionPointToStart(store.thenBlock());
      ArrayRef<Value> chunks =
          ArrayRef<Value>(raw).slice(j * chunksPerBlock, chunksPerBlock);
      SmallVector<Value> values;
      for (Value v : chunks)
        llvm::append_range(values, widenMXBlock(a, v));
      storeMXBlock(a, values, fp4, rounding, rows.codes,
                   a.mul(block, codesPerBlock), rows.scales, block,
                   bf16MagnitudeMax(a, chunks));
    }
  }
  gpu::BarrierOp::create(b, loc);
  return rows;
}
