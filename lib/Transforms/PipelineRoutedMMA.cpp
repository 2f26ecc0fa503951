//===- PipelineRoutedMMA.cpp - moe.routed_mma as a ping-pong pipeline -----===//
//
// The workgroup stages tile.k of weights and activations per step through
// LDS stage buffers (two at pipeline depth 2). Each step of a wave is two
// clusters separated by fenced barriers: a memory cluster (read this step's
// operands from one buffer, write the next step's prefetched registers to
// the next buffer, issue the global loads of the step depth - 1 later into
// the registers just written) and an MFMA cluster under raised priority.
// The second wave group starts one barrier late, so one group's MFMA
// cluster runs beside the other's memory cluster. See the pass description
// for why the buffer reuse distance is race-free with that offset.
//
// With k_wave_groups = s the waves form s groups along K: a step stages
// s tile.k of K (group q's part at q groupBytes of each buffer), every
// wave reads and multiplies its group's part over its group's m x n
// tiling, and after the loop the partial sums meet in LDS, added in group
// order. Every group walks every step (the same barriers, so the ping-pong
// and pipeline schedule stay as they are); only the step is s times wider.
//
//===----------------------------------------------------------------------===//

#include "RoutedMMAOperands.h"

#include "mxmoe/Dialect/MoE/Utils/BufferAccess.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/AMDGPU/IR/AMDGPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

namespace mlir::moe {
#define GEN_PASS_DEF_PIPELINEROUTEDMMA
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

class PipelineBuilder {
public:
  PipelineBuilder(RoutedMMAOp op, Value lds, bool pingPong)
      : op(op), b(op), loc(op.getLoc()), a{b, loc}, tiling(op.getTile()),
        groupTiling(kWaveGroupTile(op.getTile(), op.getKWaveGroups())),
        layout(pipelineLDSLayout(op.getTile(), op.getPrecision(),
                                 op.getPipelineDepth(), op.getKWaveGroups())),
        lds(lds), precision(op.getPrecision()), kt(op.getTile().getK()),
        kWaveGroups(layout.kWaveGroups), kStep(kWaveGroups * kt),
        depth(op.getPipelineDepth()), buffers(layout.stageBuffers),
        threads(mxmoe::kWaveSize * op.getTile().getWaves()),
        groups(pingPong && op.getTile().getWaves() % 2 == 0 ? 2 : 1),
        scalarWindows(precision == Precision::A16W4),
        gatheredActs(isWorkgroupMemory(op.getA())) {}

  void build();
  /// MFMA ops the pipeline emitted.
  int64_t mfmasEmitted() const {
    return operands ? operands->mfmasEmitted() : 0;
  }

private:
  /// A copy unit of a stage: a 16-byte chunk or a scale byte, with where it
  /// comes from (up to the stage's K) and where it goes in a stage buffer.
  struct CopyUnit {
    enum Kind { Weight, WeightScale, Act, ActScale } kind;
    Value row;         // weight row or activation row in global memory
    Value kOffset;     // K of the unit within the stage (elements)
    Value ldsOffset;   // within a stage buffer
    Value active;      // i1, or null when every thread has one
    int64_t pass = 0;  // the copy loop's pass: unit tid + pass * threads
    int64_t group = 0; // the K wave group whose tile.k of the step it is
  };

  /// A copy unit's load in the steady-state loop: its byte offset at the
  /// slice's first whole step (i32) and how far one step of tile.k moves it.
  /// Null base: the unit's layout is not linear in whole steps, so it loads
  /// through the general path.
  struct SteadyLoad {
    Value base;
    int64_t stride = 0;
    /// >= 0: the load is at unit `shared`'s base plus `delta` bytes (a
    /// weight or weight-scale unit whose rows are a fixed distance from the
    /// first pass's), so that the loop keeps one offset per kind.
    int64_t shared = -1, delta = 0;
  };
  /// A buffer the steady-state loop reads. With scalar windows, through a
  /// resource per step that starts at the step's offset: where the buffer
  /// is (i64), its bytes (i32: the descriptor's num_records), its units'
  /// stride, and whether the loop's last offset is within it (else the
  /// window is empty: a buffer too short for the layout reads zeros, and
  /// the i32 subtract cannot wrap). Otherwise through `whole`, made once,
  /// with the step in every lane's offset.
  struct SteadyBuffer {
    Value base, records, fits, whole;
    /// With scalar windows: fits ? the last step's window + 1 : 0 (i32), so
    /// that one compare of a step's window with it says fits and before
    /// the end.
    Value liveBound;
    int64_t stride = 0;
    /// Without scalar windows: `whole` moved up by each shared unit's delta
    /// (SteadyLoad::shared), so that those units take the first pass's
    /// offset register.
    std::map<int64_t, Value> shifted;
  };

  // Setup, prefetch and LDS traffic.
  void planCopies();
  void planSteadyLoads();
  /// Weight and weight-scale units of later copy passes load at the first
  /// pass's offset plus a constant where the layouts allow.
  void shareWeightBases(mxmoe::fmt::WeightLayout weightLayout,
                        mxmoe::fmt::ScaleLayout scaleLayout);
  /// The SteadyBuffers of loads whose last step is `lastWindow` + 1.
  void planSteadyBuffers(Value lastWindow);
  /// The resource of `kind`'s buffer at step `step32` + 1 (empty unless
  /// `live`, when given).
  Value steadyResource(CopyUnit::Kind kind, Value step32, Value live);

  /// The stage at K `k0`, bounds-checked. With `onlyGeneral`, the units of
  /// a steady-state load are left null.
  /// With `kFloor`, K below it reads zeros (the slice's partial first
  /// step).
  /// With `gatheredK0`, gathered activation units load at it instead.
  SmallVector<Value> loadStage(Value k0, bool onlyGeneral = false,
                               Value kFloor = Value(),
                               Value gatheredK0 = Value());
  /// With `live` (i1, false past the slice's last step) the steady loads
  /// of a step past the end read nothing (empty windows or offsets past
  /// the buffer).
  /// `lastStep`: with `live`, the step the gathered activations read past
  /// the end (index).
  SmallVector<Value> loadSteadyStage(Value step, Value k0, Value live = Value(),
                                     Value lastStep = Value());
  /// loadSteadyStage of whole step `step` when `cond`, else `otherwise`.
  SmallVector<Value> loadSteadyStageIf(Value cond, Value step,
                                       ValueRange otherwise);
  /// An activation or activation-scale unit from the block's LDS rows.
  /// With `whole`, K is within k_dim (a whole step): no zero select.
  Value loadGatheredAct(const CopyUnit &u, Value k, bool whole = false);
  static bool isWorkgroupMemory(Value memref) {
    auto space = dyn_cast_or_null<gpu::AddressSpaceAttr>(
        cast<MemRefType>(memref.getType()).getMemorySpace());
    return space && space.getValue() == gpu::AddressSpace::Workgroup;
  }
  void storeStage(ArrayRef<Value> regs, int64_t buffer);
  SmallVector<Value> zeroRegs();
  SmallVector<Value> loadStageIf(Value cond, Value k0, ValueRange otherwise,
                                 Value kFloor = Value());

  void barrier();
  void waitForPrefetch();
  void storesBeforeLoads();
  /// A step on `buffer`: `queue` holds the register sets of the steps
  /// i + 1 .. i + depth - 1 (oldest first); the result is the accumulators
  /// and the queue of step i + 1.
  SmallVector<Value> step(Value i, Value n, int64_t buffer, ValueRange accs,
                          ValueRange queue);
  /// `n32`: the slice's steps (i32), for the loads past its last step.
  SmallVector<Value> steadyStep(Value i, Value i32, Value n32, int64_t buffer,
                                ValueRange accs, ValueRange queue);
  /// The main loop over steps [0, end), `end` a multiple of the buffers.
  scf::ForOp buildSteadyLoop(Value end, Value n, ValueRange inits,
                             int64_t numAccs);
  /// The steps [begin, n) after it, at most maxFinishSteps(), each guarded.
  SmallVector<Value> finishSteps(Value begin, Value n, ValueRange inits,
                                 int64_t numAccs);
  /// The K wave groups' partial sums `partial` (this wave's group tiles)
  /// through LDS, added in group order: the accumulators of the tile's own
  /// wave tiling.
  SmallVector<Value> reduceKWaveGroups(ValueRange partial);
  /// `acc` through an identity DPP move: see its definition.
  Value anchorAccumulator(Value acc);
  /// quad_perm [0, 1, 2, 3]: every lane reads its own value.
  static constexpr int64_t kDppIdentity = 0xe4;
  /// After the loop (begin = n rounded down to the buffers) at most
  /// buffers - 1 steps remain; after the guard-free steady loop (begin a
  /// multiple of the buffers, n < begin + depth + buffers) at most
  /// depth + buffers - 1.
  int64_t maxFinishSteps() const {
    return wholeKLoop ? buffers - 1 : depth + buffers - 1;
  }
  int64_t nextBuffer(int64_t buffer) const { return (buffer + 1) % buffers; }
  /// The largest vector-memory wait count (gfx9's 6-bit vmcnt).
  static constexpr int64_t kMaxLoadWait = 63;

  /// Byte offset of K `k` of activation row `row` (x or h, row-major).
  Value actByteOffset(Value row, Value k) {
    int64_t rowBytes = layout.actRowBytes * op.getKDim() / kt;
    int64_t elemBytes2 = 2 * layout.actRowBytes / kt; // 4, 2 or 1
    return a.add(a.mul(row, rowBytes), a.div(a.mul(k, elemBytes2), 2));
  }

  Value ldsAt(int64_t buffer, Value offset) {
    return a.add(offset, buffer * layout.bufferBytes);
  }

  RoutedMMAOp op;
  OpBuilder b;
  Location loc;
  Arith a;
  BlockTiling tiling;
  // A K wave group's tiling (the tile's own without K wave groups).
  BlockTiling groupTiling;
  PipelineLDSLayout layout;
  Value lds;
  Precision precision;
  int64_t kt;
  // K wave groups and the K of one pipeline step (kWaveGroups * tile.k).
  int64_t kWaveGroups, kStep;
  // Pipeline depth: depth - 1 register sets of prefetched steps, and
  // max(2, depth - 1) LDS stage buffers (one main-loop step each).
  int64_t depth, buffers;
  int64_t threads, groups;
  // Vector-memory loads one register set issues (its wait count).
  int64_t loadsPerSet = 0;
  // Whether the steady-state loop moves its loads by a window per buffer
  // and step (about 6 scalar instructions each) instead of in every lane's
  // offset (one VALU add per copy unit, more for offsets past the 4 KiB
  // immediate). a16w4's VALU carries 4 cvt per bf16 MFMA, so its address
  // adds go to the scalar unit; in the scaled loops the VALU has room and
  // a buffer has fewer units per lane than a window costs.
  bool scalarWindows;
  // The activations are the block's rows in LDS (a stage 1 with
  // quantize_x): row i is the block's row i, loaded from LDS.
  bool gatheredActs;
  // Whether the main loop runs every whole iteration of the slice, its
  // loads past the end reading nothing (see build()), or only those whose
  // loads all exist.
  bool wholeKLoop = false;
  Value tid, wave, r, g;
  // K of the slice's first (possibly partial) step.
  Value kStart;
  SmallVector<CopyUnit> units;
  SmallVector<SteadyLoad> steadyLoads;
  std::array<SteadyBuffer, 4> steadyBuffers;
  SmallVector<TileCoords> coords;
  SmallVector<Type> regTypes;
  // The precision-specific operand reads and MFMAs of a stage.
  std::optional<RoutedMMAOperands> operands;
};

void PipelineBuilder::planCopies() {
  const int64_t n = tiling.n, m = tiling.m;
  auto forEach = [&](CopyUnit::Kind kind, int64_t count, int64_t perRow,
                     auto &&fill) {
    for (int64_t it = 0; it * threads < count; ++it) {
      Value c = a.add(tid, it * threads);
      CopyUnit u;
      u.kind = kind;
      u.active = (it + 1) * threads > count ? a.ult(c, a.idx(count)) : Value();
      if (u.active)
        c = a.minu(c, a.idx(count - 1));
      u.pass = it;
      fill(u, a.div(c, perRow), a.rem(c, perRow));
      units.push_back(u);
    }
  };
  // Weight rows: a column past n_dim reads a row past the buffer (zeros).
  // With gate_up, the interleaved row 2j + up is the arrangement's row.
  auto weightRow = [&](Value row) {
    Value col = a.add(op.getCol0(), row);
    Value physical = col;
    if (auto gateUp = op.getGateUp()) {
      mxmoe::fmt::GateUpArrangement arrangement = toFormat(*gateUp);
      IRIndex j{&b, loc, a.div(col, 2)};
      int64_t inter = op.getNDim() / 2;
      Value up = a.eq(a.rem(col, 2), a.idx(1));
      physical =
          a.select(up, mxmoe::fmt::gateUpRow(arrangement, true, j, inter).v,
                   mxmoe::fmt::gateUpRow(arrangement, false, j, inter).v);
    }
    return a.select(a.ult(col, a.idx(op.getNDim())),
                    a.add(a.mul(op.getExpert(), op.getNDim()), physical),
                    a.idx(op.getExperts() * op.getNDim()));
  };
  forEach(CopyUnit::Weight, n * kt / 32, kt / 32,
          [&](CopyUnit &u, Value row, Value kc) {
            u.row = weightRow(row);
            u.kOffset = a.mul(kc, 32);
            u.ldsOffset =
                a.add(a.add(a.mul(row, layout.weightStride), a.mul(kc, 16)),
                      layout.weightOffset);
          });
  forEach(CopyUnit::WeightScale, n * kt / 32, kt / 32,
          [&](CopyUnit &u, Value row, Value kb) {
            u.row = weightRow(row);
            u.kOffset = a.mul(kb, 32);
            u.ldsOffset = a.add(a.add(a.mul(row, layout.scaleStride),
                                      scaleLdsByte(a, kb, kt / 128)),
                                layout.wScaleOffset);
          });
  // Activation rows through the routing; invalid rows read zeros.
  int64_t chunksPerRow = layout.actRowBytes / 16;
  int64_t elemsPerChunk = 16 * kt / layout.actRowBytes;
  auto actRow = [&](Value row) {
    if (gatheredActs)
      return std::make_pair(row, a.ult(row, a.idx(m)));
    RoutedRow rr =
        loadRoutedRow(a, op.getSortedIds(), a.add(op.getBlockRow(), row),
                      op.getTokens(), op.getTopk());
    Value r = rr.activationRow(a, op.getTopk(), op.getSlotRows());
    return std::make_pair(r, rr.valid);
  };
  forEach(CopyUnit::Act, m * chunksPerRow, chunksPerRow,
          [&](CopyUnit &u, Value row, Value kc) {
            auto [r, valid] = actRow(row);
            // Encode an invalid row as one past every row.
            u.row = a.select(valid, r, a.idx(kInvalidRow));
            u.kOffset = a.mul(kc, elemsPerChunk);
            u.ldsOffset =
                a.add(a.add(a.mul(row, layout.actStride), a.mul(kc, 16)),
                      layout.actOffset);
          });
  if (precision != Precision::A16W4)
    forEach(CopyUnit::ActScale, m * kt / 32, kt / 32,
            [&](CopyUnit &u, Value row, Value kb) {
              u.row = actRow(row).first;
              u.kOffset = a.mul(kb, 32);
              u.ldsOffset = a.add(a.add(a.mul(row, layout.scaleStride),
                                        scaleLdsByte(a, kb, kt / 128)),
                                  layout.aScaleOffset);
            });
  // The other K wave groups' tile.k of the step: the same units moved by
  // q tile.k in K and q groupBytes in the buffer.
  int64_t perGroup = units.size();
  for (int64_t q = 1; q < kWaveGroups; ++q)
    for (int64_t i = 0; i < perGroup; ++i) {
      CopyUnit u = units[i];
      u.group = q;
      u.kOffset = a.add(u.kOffset, q * kt);
      u.ldsOffset = a.add(u.ldsOffset, q * layout.groupBytes);
      units.push_back(u);
    }
  auto chunk = VectorType::get({16}, b.getI8Type());
  for (const CopyUnit &u : units)
    regTypes.push_back(u.kind == CopyUnit::Weight || u.kind == CopyUnit::Act
                           ? Type(chunk)
                           : b.getI8Type());
}

SmallVector<Value> PipelineBuilder::loadStage(Value k0, bool onlyGeneral,
                                              Value kFloor, Value gatheredK0) {
  const int64_t kDim = op.getKDim();
  auto none = CacheModifierAttr::get(b.getContext(), CacheModifier::none);
  auto e8m0 = b.getType<Float8E8M0FNUType>();
  auto chunk = VectorType::get({16}, b.getI8Type());
  SmallVector<Value> regs;
  for (auto [i, u] : llvm::enumerate(units)) {
    if (onlyGeneral && steadyLoads[i].base) {
      regs.push_back(Value());
      continue;
    }
    Value k = a.add(k0, u.kOffset);
    if (kFloor)
      k = a.select(a.slt(k, kFloor), a.idx(kDim), k);
    if (gatheredActs &&
        (u.kind == CopyUnit::Act || u.kind == CopyUnit::ActScale)) {
      if (gatheredK0)
        k = a.add(gatheredK0, u.kOffset);
      // onlyGeneral: a steady step, whole.
      regs.push_back(loadGatheredAct(u, k, /*whole=*/onlyGeneral));
      continue;
    }
    switch (u.kind) {
    case CopyUnit::Weight: {
      auto fp4 = VectorType::get({32}, b.getType<Float4E2M1FNType>());
      Value v = MXFP4LoadOp::create(
          b, loc, fp4, op.getW(), u.row, k, op.getWeightLayoutAttr(),
          b.getI64IntegerAttr(kDim), op.getWeightCacheAttr());
      regs.push_back(vector::BitCastOp::create(b, loc, chunk, v));
      break;
    }
    case CopyUnit::WeightScale:
    case CopyUnit::ActScale: {
      bool w = u.kind == CopyUnit::WeightScale;
      Value s = E8M0LoadOp::create(
          b, loc, e8m0, w ? op.getWScales() : op.getAScales(), u.row,
          a.div(k, 32),
          w ? op.getScaleLayoutAttr()
            : ScaleLayoutAttr::get(b.getContext(), ScaleLayout::RowMajor),
          b.getI64IntegerAttr(kDim), w ? op.getWeightCacheAttr() : none);
      regs.push_back(arith::BitcastOp::create(b, loc, b.getI8Type(), s));
      break;
    }
    case CopyUnit::Act: {
      // A buffer load: rows past the end and K past k_dim read zeros.
      bool bf16 = precision == Precision::A16W4;
      Value byte = actByteOffset(u.row, k);
      Value inRange =
          a.both(a.ult(k, a.idx(kDim)), a.ult(u.row, a.idx(kInvalidRow)));
      byte = maskOffset(a, inRange, byte);
      Value index = bf16 ? a.div(byte, 2) : byte;
      Type type = bf16 ? VectorType::get({8}, b.getBF16Type()) : Type(chunk);
      Value v = amdgpu::RawBufferLoadOp::create(
          b, loc, type, op.getA(), ValueRange{a.toI32(index)},
          /*boundsCheck=*/true, /*indexOffset=*/IntegerAttr(),
          /*sgprOffset=*/Value());
      regs.push_back(bf16 ? vector::BitCastOp::create(b, loc, chunk, v) : v);
      break;
    }
    }
  }
  return regs;
}

Value PipelineBuilder::loadGatheredAct(const CopyUnit &u, Value k, bool whole) {
  // K past k_dim reads zeros, as the global loads' bounds check.
  const int64_t kDim = op.getKDim();
  if (whole) {
    if (u.kind == CopyUnit::ActScale)
      return memref::LoadOp::create(
          b, loc, op.getAScales(),
          ValueRange{a.add(a.mul(u.row, kDim / 32), a.div(k, 32))});
    auto chunk = VectorType::get({16}, b.getI8Type());
    auto load = vector::LoadOp::create(b, loc, chunk, op.getA(),
                                       ValueRange{actByteOffset(u.row, k)});
    load.setAlignment(uint64_t(16));
    return load.getResult();
  }
  Value inRange = a.ult(k, a.idx(kDim));
  if (u.kind == CopyUnit::ActScale) {
    Value at = a.add(a.mul(u.row, kDim / 32), a.div(k, 32));
    Value s = memref::LoadOp::create(
        b, loc, op.getAScales(), ValueRange{a.select(inRange, at, a.idx(0))});
    return a.select(inRange, s, a.cst(b.getI8Type(), 0));
  }
  auto chunk = VectorType::get({16}, b.getI8Type());
  Value at = a.select(inRange, actByteOffset(u.row, k), a.idx(0));
  auto load = vector::LoadOp::create(b, loc, chunk, op.getA(), ValueRange{at});
  load.setAlignment(uint64_t(16));
  return a.select(
      inRange, load.getResult(),
      arith::ConstantOp::create(b, loc, chunk, b.getZeroAttr(chunk)));
}

/// The stride of `offset(row, k)` per `kStep` when it is the same for every
/// row and every start `granule` apart (a slice's steps start at any 32-K
/// block; checked on the layout's int64_t instantiation over rows of two
/// layout periods), else nullopt.
template <typename Fn>
static std::optional<int64_t> linearStride(Fn offset, int64_t kStep,
                                           int64_t granule, int64_t kEnd) {
  std::optional<int64_t> stride;
  for (int64_t row = 0; row < 512; ++row)
    for (int64_t k = 0; k + kStep < kEnd; k += granule) {
      int64_t d = offset(row, k + kStep) - offset(row, k);
      if (stride && *stride != d)
        return std::nullopt;
      stride = d;
    }
  return stride;
}

void PipelineBuilder::planSteadyLoads() {
  const int64_t kDim = op.getKDim();
  auto weightLayout = toFormat(op.getWeightLayout());
  auto scaleLayout = toFormat(op.getScaleLayout());
  int64_t elemBytes2 = 2 * layout.actRowBytes / kt; // 4, 2 or 1
  std::optional<int64_t> weightStride = linearStride(
      [&](int64_t row, int64_t kb) {
        return mxmoe::fmt::weightByteOffset<int64_t>(weightLayout, row, kb,
                                                     kDim / 2);
      },
      kStep / 2, 16, kDim / 2);
  std::optional<int64_t> wScaleStride = linearStride(
      [&](int64_t row, int64_t kb) {
        return mxmoe::fmt::scaleByteOffset<int64_t>(scaleLayout, row, kb,
                                                    kDim / 32);
      },
      kStep / 32, 1, kDim / 32);
  // Bases at step 1, the first whole step.
  Value k1 = a.add(kStart, kStep);
  for (const CopyUnit &u : units) {
    SteadyLoad l;
    if (gatheredActs &&
        (u.kind == CopyUnit::Act || u.kind == CopyUnit::ActScale)) {
      steadyLoads.push_back(l); // LDS loads, the general path
      continue;
    }
    IRIndex k{&b, loc, a.add(k1, u.kOffset)};
    IRIndex row{&b, loc, u.row};
    switch (u.kind) {
    case CopyUnit::Weight:
      if (weightStride) {
        l.base =
            mxmoe::fmt::weightByteOffset(weightLayout, row, k / 2, kDim / 2).v;
        l.stride = *weightStride;
      }
      break;
    case CopyUnit::WeightScale:
      if (wScaleStride) {
        l.base =
            mxmoe::fmt::scaleByteOffset(scaleLayout, row, k / 32, kDim / 32).v;
        l.stride = *wScaleStride;
      }
      break;
    case CopyUnit::ActScale:
      l.base = mxmoe::fmt::scaleByteOffset(mxmoe::fmt::ScaleLayout::RowMajor,
                                           row, k / 32, kDim / 32)
                   .v;
      l.stride = kStep / 32;
      break;
    case CopyUnit::Act: {
      Value byte = actByteOffset(u.row, k.v);
      // An invalid row stays out of range at every step: with scalar
      // windows its offset does not move; otherwise it starts the slice's
      // span below the far offset.
      int64_t span =
          scalarWindows ? 0 : (kDim / kStep + 1) * kStep * elemBytes2 / 2;
      l.base = a.select(a.ult(u.row, a.idx(kInvalidRow)), byte,
                        a.idx(kFarByteOffset - span));
      l.stride = kStep * elemBytes2 / 2;
      break;
    }
    }
    if (l.base)
      l.base = a.toI32(l.base);
    steadyLoads.push_back(l);
  }
  shareWeightBases(weightLayout, scaleLayout);
}

void PipelineBuilder::shareWeightBases(mxmoe::fmt::WeightLayout weightLayout,
                                       mxmoe::fmt::ScaleLayout scaleLayout) {
  // With scalar windows the units' offsets are loop-invariant and a shared
  // base would cost a VALU add per unit and step (a16w4's VALU is the cvt
  // floor's); in the scaled loops each unit adds the step anyway.
  const int64_t kDim = op.getKDim(), nDim = op.getNDim();
  const int64_t perRow = kt / 32; // units per weight row and stage
  if (scalarWindows || threads % perRow != 0)
    return;
  // Pass p's rows are the first pass's plus p threads / perRow columns:
  // the physical row of column c (gate_up's arrangement), in expert e.
  std::optional<mxmoe::fmt::GateUpArrangement> arrangement;
  if (auto gateUp = op.getGateUp())
    arrangement = toFormat(*gateUp);
  auto physical = [&](int64_t e, int64_t c) {
    if (!arrangement)
      return e * nDim + c;
    return e * nDim +
           mxmoe::fmt::gateUpRow(*arrangement, c % 2 == 1, c / 2, nDim / 2);
  };
  // The byte distance of `offset` between columns `d` apart and K `dk`
  // apart (a later K wave group's units), when it is the same for every
  // column, expert and K block.
  auto rowDelta = [&](auto offset, int64_t d, int64_t dk, int64_t kEnd,
                      int64_t granule) -> std::optional<int64_t> {
    std::optional<int64_t> delta;
    for (int64_t e = 0; e < 2; ++e)
      for (int64_t c = 0; c < 256; ++c)
        for (int64_t k = 0; k + dk < kEnd; k += granule) {
          int64_t x =
              offset(physical(e, c + d), k + dk) - offset(physical(e, c), k);
          if (delta && *delta != x)
            return std::nullopt;
          delta = x;
        }
    return delta;
  };
  std::array<int64_t, 4> first = {-1, -1, -1, -1};
  for (auto [i, u] : llvm::enumerate(units)) {
    SteadyLoad &l = steadyLoads[i];
    if (!l.base ||
        (u.kind != CopyUnit::Weight && u.kind != CopyUnit::WeightScale))
      continue;
    if (u.pass == 0 && u.group == 0) {
      first[u.kind] = i;
      continue;
    }
    if (first[u.kind] < 0)
      continue;
    int64_t d = u.pass * (threads / perRow);
    std::optional<int64_t> delta =
        u.kind == CopyUnit::Weight
            ? rowDelta(
                  [&](int64_t row, int64_t kb) {
                    return mxmoe::fmt::weightByteOffset<int64_t>(
                        weightLayout, row, kb, kDim / 2);
                  },
                  d, u.group * kt / 2, kDim / 2, 16)
            : rowDelta(
                  [&](int64_t row, int64_t kb) {
                    return mxmoe::fmt::scaleByteOffset<int64_t>(
                        scaleLayout, row, kb, kDim / 32);
                  },
                  d, u.group * kt / 32, kDim / 32, 1);
    // A column past n_dim then reads another row instead of zeros: its
    // accumulator column is never stored (the epilogues check n_dim).
    if (delta) {
      l.shared = first[u.kind];
      l.delta = *delta;
    }
  }
}

SmallVector<Value> PipelineBuilder::loadSteadyStage(Value step, Value k0,
                                                    Value live,
                                                    Value lastStep) {
  auto chunk = VectorType::get({16}, b.getI8Type());
  CacheModifier weightCache = op.getWeightCache();
  Value step32 = a.toI32(a.add(step, -1));
  // One resource per buffer and step (every unit of a kind has the same
  // stride).
  std::array<Value, 4> resources;
  auto resourceOf = [&](CopyUnit::Kind kind) {
    if (!resources[kind])
      resources[kind] = steadyResource(kind, step32, live);
    return resources[kind];
  };

  SmallVector<Value> regs;
  // The general path has no window to empty. Past the end its global
  // loads read on (past k_dim: zeros; a K slice's next K: bytes never
  // multiplied), and the gathered activations reread the slice's last step
  // (past it they would read beyond their LDS rows).
  Value gatheredK0;
  if (live && gatheredActs)
    gatheredK0 = a.add(kStart, a.mul(lastStep, kStep));
  SmallVector<Value> general =
      loadStage(k0, /*onlyGeneral=*/true, Value(), gatheredK0);
  for (auto [u, l, g] : llvm::zip(units, steadyLoads, general)) {
    if (!l.base) {
      regs.push_back(g);
      continue;
    }
    Value rsrc = l.shared >= 0 ? steadyBuffers[u.kind].shifted.at(l.delta)
                               : resourceOf(u.kind);
    // A shared unit: the first pass's offset (one VALU add per kind and
    // step) in a resource moved by its delta.
    Value off = l.shared >= 0 ? steadyLoads[l.shared].base : l.base;
    if (!scalarWindows) {
      auto i32 = b.getI32Type();
      Value move = arith::MulIOp::create(
          b, loc, step32, arith::ConstantIntOp::create(b, loc, i32, l.stride));
      // Past the end every offset moves 2^31 up, beyond the buffer (one
      // scalar select per stride; an invalid activation row's far offset
      // wraps to 2^31 - span - 16, beyond any buffer that much short of
      // 2 GiB, and what a longer one reads is never multiplied).
      if (live)
        move = arith::SelectOp::create(
            b, loc, live, move,
            arith::ConstantIntOp::create(b, loc, i32, int64_t(1) << 31));
      off = arith::AddIOp::create(b, loc, off, move);
    }
    switch (u.kind) {
    case CopyUnit::Weight:
    case CopyUnit::Act: {
      CacheModifier cache =
          u.kind == CopyUnit::Weight ? weightCache : CacheModifier::none;
      regs.push_back(vector::BitCastOp::create(
          b, loc, chunk,
          loadFromResource(b, loc, rsrc, off,
                           VectorType::get({4}, b.getI32Type()), cache)));
      break;
    }
    case CopyUnit::WeightScale:
    case CopyUnit::ActScale:
      regs.push_back(loadFromResource(
          b, loc, rsrc, off, b.getI8Type(),
          u.kind == CopyUnit::WeightScale ? weightCache : CacheModifier::none));
      break;
    }
  }
  return regs;
}

void PipelineBuilder::planSteadyBuffers(Value lastWindow) {
  auto i32 = b.getI32Type();
  Value end32 = a.toI32(lastWindow);
  for (auto [u, l] : llvm::zip(units, steadyLoads)) {
    SteadyBuffer &buffer = steadyBuffers[u.kind];
    if (!l.base || buffer.base)
      continue;
    Value memref = u.kind == CopyUnit::Weight        ? op.getW()
                   : u.kind == CopyUnit::WeightScale ? op.getWScales()
                   : u.kind == CopyUnit::Act         ? op.getA()
                                                     : op.getAScales();
    BufferExtent extent = bufferExtent(b, loc, memref);
    buffer.base = extent.base;
    buffer.stride = l.stride;
    if (!scalarWindows) {
      buffer.whole = makeBufferResource(b, loc, extent.base, extent.bytes);
      // A unit `delta` bytes on reads [delta, bytes) at its offset: the
      // same bounds check as the whole buffer at offset + delta.
      for (auto [v, w] : llvm::zip(units, steadyLoads)) {
        if (v.kind != u.kind || w.shared < 0 || buffer.shifted.count(w.delta))
          continue;
        auto i64 = b.getI64Type();
        Value delta = arith::ConstantIntOp::create(b, loc, i64, w.delta);
        Value bytes = arith::SelectOp::create(
            b, loc,
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt,
                                  extent.bytes, delta),
            arith::SubIOp::create(b, loc, extent.bytes, delta),
            arith::ConstantIntOp::create(b, loc, i64, 0));
        buffer.shifted[w.delta] = makeBufferResource(
            b, loc, arith::AddIOp::create(b, loc, extent.base, delta), bytes);
      }
      continue;
    }
    buffer.records = arith::TruncIOp::create(b, loc, i32, extent.bytes);
    Value lastOffset = arith::MulIOp::create(
        b, loc, end32, arith::ConstantIntOp::create(b, loc, i32, l.stride));
    buffer.fits = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule,
                                        lastOffset, buffer.records);
    buffer.liveBound = arith::SelectOp::create(
        b, loc, buffer.fits,
        arith::AddIOp::create(b, loc, end32,
                              arith::ConstantIntOp::create(b, loc, i32, 1)),
        arith::ConstantIntOp::create(b, loc, i32, 0));
  }
}

Value PipelineBuilder::steadyResource(CopyUnit::Kind kind, Value step32,
                                      Value live) {
  const SteadyBuffer &buffer = steadyBuffers[kind];
  if (!scalarWindows)
    return buffer.whole;
  auto i32 = b.getI32Type();
  Value off = arith::MulIOp::create(
      b, loc, step32, arith::ConstantIntOp::create(b, loc, i32, buffer.stride));
  Value base = arith::AddIOp::create(
      b, loc, buffer.base, arith::ExtUIOp::create(b, loc, b.getI64Type(), off));
  Value fits = live ? arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                            step32, buffer.liveBound)
                    : buffer.fits;
  Value window = arith::SelectOp::create(
      b, loc, fits, arith::SubIOp::create(b, loc, buffer.records, off),
      arith::ConstantIntOp::create(b, loc, i32, 0));
  return makeBufferResource(
      b, loc, base, arith::ExtUIOp::create(b, loc, b.getI64Type(), window));
}

SmallVector<Value> PipelineBuilder::zeroRegs() {
  SmallVector<Value> regs;
  for (Type t : regTypes)
    regs.push_back(arith::ConstantOp::create(b, loc, t, b.getZeroAttr(t)));
  return regs;
}

SmallVector<Value> PipelineBuilder::loadSteadyStageIf(Value cond, Value step,
                                                      ValueRange otherwise) {
  auto ifOp = scf::IfOp::create(b, loc, regTypes, cond, true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(
      b, loc, loadSteadyStage(step, a.add(kStart, a.mul(step, kStep))));
  b.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(b, loc, otherwise);
  return SmallVector<Value>(ifOp.getResults());
}

SmallVector<Value> PipelineBuilder::loadStageIf(Value cond, Value k0,
                                                ValueRange otherwise,
                                                Value kFloor) {
  auto ifOp = scf::IfOp::create(b, loc, regTypes, cond, true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(b, loc, loadStage(k0, /*onlyGeneral=*/false, kFloor));
  b.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(b, loc, otherwise);
  return SmallVector<Value>(ifOp.getResults());
}

void PipelineBuilder::storeStage(ArrayRef<Value> regs, int64_t buffer) {
  for (auto [u, v] : llvm::zip(units, regs)) {
    OpBuilder::InsertionGuard guard(b);
    if (u.active) {
      auto ifOp = scf::IfOp::create(b, loc, u.active);
      b.setInsertionPointToStart(ifOp.thenBlock());
    }
    Value at = ldsAt(buffer, u.ldsOffset);
    if (isa<VectorType>(v.getType())) {
      auto store = vector::StoreOp::create(b, loc, v, lds, ValueRange{at});
      store.setAlignment(uint64_t(16));
    } else {
      memref::StoreOp::create(b, loc, v, lds, ValueRange{at});
    }
  }
}

void PipelineBuilder::waitForPrefetch() {
  // The oldest prefetched set arrived a step ago: one wait for all of it
  // instead of one per LDS write (the backend's per-register waits). The
  // depth - 2 younger sets stay in flight (vector-memory loads complete in
  // order); where fewer were issued (the tail) the backend's own waits on
  // the LDS writes' registers still order them.
  int64_t younger = std::min<int64_t>(kMaxLoadWait, (depth - 2) * loadsPerSet);
  amdgpu::MemoryCounterWaitOp::create(
      b, loc, TypeRange(), b.getI32IntegerAttr(younger), {}, {}, {}, {});
}

void PipelineBuilder::storesBeforeLoads() {
  // The prefetched registers go to LDS before the next global loads issue,
  // so that those loads can land in the same registers: hoisted above the
  // LDS writes (the scheduler's choice), they hold a second stage of
  // registers across the memory cluster.
  ROCDL::SchedBarrier::create(b, loc, 0);
}

void PipelineBuilder::barrier() {
  // Phases stay apart: nothing is scheduled across a phase boundary.
  ROCDL::SchedBarrier::create(b, loc, 0);
  gpu::BarrierOp::create(b, loc);
  ROCDL::SchedBarrier::create(b, loc, 0);
}

SmallVector<Value> PipelineBuilder::step(Value i, Value n, int64_t buffer,
                                         ValueRange accs, ValueRange queue) {
  // Memory cluster: this step's operands, the next step's LDS writes, the
  // global loads of the step depth - 1 after it.
  RoutedMMAOperands::Operands ops = operands->read(buffer);
  ValueRange oldest = queue.take_front(units.size());
  waitForPrefetch();
  {
    auto ifOp = scf::IfOp::create(b, loc, a.ult(a.add(i, 1), n));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    storeStage(SmallVector<Value>(oldest), nextBuffer(buffer));
  }
  storesBeforeLoads();
  // Step i + depth >= 2 is whole: the steady loop's loads, whose offsets the
  // loop keeps live anyway (the general path's per-unit address math would
  // be computed before the loop and held across it).
  Value ahead = a.add(i, depth);
  SmallVector<Value> next = loadSteadyStageIf(a.ult(ahead, n), ahead, oldest);
  barrier();
  // MFMA cluster at raised priority.
  ROCDL::SetPrioOp::create(b, loc, 1);
  SmallVector<Value> out = operands->mfmaCluster(ops, accs);
  ROCDL::SetPrioOp::create(b, loc, 0);
  barrier();
  ValueRange younger = queue.drop_front(units.size());
  out.append(younger.begin(), younger.end());
  out.append(next);
  return out;
}

SmallVector<Value> PipelineBuilder::steadyStep(Value i, Value i32, Value n32,
                                               int64_t buffer, ValueRange accs,
                                               ValueRange queue) {
  // step() without its branches. The LDS writes of step i + 1 need no
  // guard: past the last step they write a buffer no later step reads. The
  // loads of step i + depth are whole where it exists (no K mask) and read
  // nothing past the end (empty resources, selected by a scalar compare).
  RoutedMMAOperands::Operands ops = operands->read(buffer);
  waitForPrefetch();
  storeStage(SmallVector<Value>(queue.take_front(units.size())),
             nextBuffer(buffer));
  storesBeforeLoads();
  Value ahead = a.add(i, depth);
  Value live = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::ult,
      arith::AddIOp::create(
          b, loc, i32,
          arith::ConstantIntOp::create(b, loc, b.getI32Type(), depth)),
      n32);
  // The step the gathered activations read: the last one past the end, a
  // scalar select in i32 (an index select is a 64-bit one).
  Value gatheredStep;
  if (gatheredActs)
    gatheredStep = arith::IndexCastUIOp::create(
        b, loc, b.getIndexType(),
        arith::SelectOp::create(
            b, loc, live,
            arith::AddIOp::create(
                b, loc, i32,
                arith::ConstantIntOp::create(b, loc, b.getI32Type(), depth)),
            arith::AddIOp::create(
                b, loc, n32,
                arith::ConstantIntOp::create(b, loc, b.getI32Type(), -1))));
  if (!wholeKLoop)
    live = gatheredStep = Value();
  SmallVector<Value> next = loadSteadyStage(
      ahead, a.add(kStart, a.mul(ahead, kStep)), live, gatheredStep);
  barrier();
  ROCDL::SetPrioOp::create(b, loc, 1);
  SmallVector<Value> out = operands->mfmaCluster(ops, accs);
  ROCDL::SetPrioOp::create(b, loc, 0);
  barrier();
  ValueRange younger = queue.drop_front(units.size());
  out.append(younger.begin(), younger.end());
  out.append(next);
  return out;
}

scf::ForOp PipelineBuilder::buildSteadyLoop(Value end, Value n,
                                            ValueRange inits, int64_t numAccs) {
  // One step per stage buffer and iteration (depth 2: an even step on
  // buffer 0, an odd one on buffer 1) so that each buffer has a fixed LDS
  // address and, with one register set per buffer from depth 3 on, each
  // set a fixed place in the loop-carried values (no copies); counted in
  // i32, so the exit test is a scalar compare (gfx9 has no 64-bit unsigned
  // scalar compare).
  static_assert(mxmoe::kMainLoopKSteps == 2,
                "the depth-2 main loop body is one step per LDS stage buffer");
  int64_t stepsPerIteration = mxmoe::mainLoopKSteps(depth);
  assert(stepsPerIteration == buffers && "one step per stage buffer");
  auto i32 = b.getI32Type();
  Value n32 = a.toI32(n);
  auto loop = scf::ForOp::create(
      b, loc, arith::ConstantIntOp::create(b, loc, i32, 0), a.toI32(end),
      arith::ConstantIntOp::create(b, loc, i32, stepsPerIteration), inits);
  // Unrolled, LLVM would schedule the MFMAs of later steps across the
  // barriers that keep the two wave groups a phase apart (and hold every
  // step's operands at once); moe-attach-loop-annotations makes this
  // !llvm.loop metadata.
  MLIRContext *context = b.getContext();
  auto unroll = LLVM::LoopUnrollAttr::get(context, b.getBoolAttr(true), {}, {},
                                          {}, {}, {}, {});
  auto noUnroll = LLVM::LoopAnnotationAttr::get(
      context, {}, {}, {}, unroll, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {});
  loop->setAttr("llvm.loop_annotation", noUnroll);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  Value iv = loop.getInductionVar();
  Value i = arith::IndexCastOp::create(b, loc, b.getIndexType(), iv);
  SmallVector<Value> state(loop.getRegionIterArgs());
  for (int64_t j = 0; j < stepsPerIteration; ++j) {
    ValueRange st(state);
    Value ij =
        j == 0 ? iv
               : arith::AddIOp::create(
                     b, loc, iv, arith::ConstantIntOp::create(b, loc, i32, j));
    state = steadyStep(j == 0 ? i : a.add(i, j), ij, n32, j,
                       st.take_front(numAccs), st.drop_front(numAccs));
  }
  scf::YieldOp::create(b, loc, state);
  return loop;
}

Value PipelineBuilder::anchorAccumulator(Value acc) {
  // Used only by the epilogue's divergent stores, the last steps' MFMA
  // chains would be sunk there by LLVM's MachineSink, past the barriers,
  // holding every finish step's operands at once (a4w4 stage-2 decode: 12
  // VGPRs above the loop's). An identity DPP move is convergent, so it is
  // never sunk, and it keeps the chains in their clusters: one VALU per
  // accumulator element, after the loop.
  auto type = cast<VectorType>(acc.getType());
  SmallVector<Value> elements;
  for (int64_t e = 0; e < type.getNumElements(); ++e) {
    Value x = vector::ExtractOp::create(b, loc, acc, e);
    elements.push_back(ROCDL::DPPUpdateOp::create(
        b, loc, x.getType(), x, x, b.getI32IntegerAttr(kDppIdentity),
        b.getI32IntegerAttr(0xf), b.getI32IntegerAttr(0xf),
        b.getBoolAttr(false)));
  }
  return vector::FromElementsOp::create(b, loc, type, elements);
}

SmallVector<Value> PipelineBuilder::finishSteps(Value begin, Value n,
                                                ValueRange inits,
                                                int64_t numAccs) {
  // After the steady loop (begin a multiple of the buffers) at most
  // maxFinishSteps() steps remain; each runs when it exists, with step()'s
  // guards on its LDS writes and loads.
  SmallVector<Value> state(inits);
  for (int64_t j = 0; j < maxFinishSteps(); ++j) {
    Value i = a.add(begin, j);
    SmallVector<Type> types(ValueRange(state).getTypes());
    auto ifOp = scf::IfOp::create(b, loc, types, a.ult(i, n), true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    ValueRange st(state);
    scf::YieldOp::create(b, loc,
                         step(i, n, j % buffers, st.take_front(numAccs),
                              st.drop_front(numAccs)));
    b.setInsertionPointToStart(ifOp.elseBlock());
    scf::YieldOp::create(b, loc, state);
    state.assign(ifOp.getResults().begin(), ifOp.getResults().end());
  }
  return state;
}

void PipelineBuilder::build() {
  WaveLane lane = waveLane(a);
  tid = lane.tid;
  wave = lane.wave;
  r = lane.r;
  g = lane.g;
  // A wave's K wave group and its place in the group's tiling.
  Value groupWave = wave, groupBase;
  if (kWaveGroups > 1) {
    groupWave = a.rem(wave, groupTiling.waves);
    groupBase = a.mul(a.div(wave, groupTiling.waves), layout.groupBytes);
  }
  for (int64_t j = 0; j < groupTiling.tilesPerWave(); ++j)
    coords.push_back(tileCoords(a, groupTiling, groupWave, j));
  operands.emplace(a, groupTiling, layout, precision, lds, r, g, coords,
                   groupBase);
  planCopies();
  // Gathered activations load from LDS (not counted by the load counter).
  for (const CopyUnit &u : units)
    if (!gatheredActs ||
        (u.kind != CopyUnit::Act && u.kind != CopyUnit::ActScale))
      ++loadsPerSet;

  // The slice's n steps end at kEnd: a partial step comes first (from
  // kStart = kBegin - shift, K below kBegin reads zeros), so that every
  // later step is whole and the steady-state loop needs no K mask.
  Value kBegin = op.getKBegin(), kEnd = op.getKEnd();
  Value span = a.select(a.ult(kBegin, kEnd),
                        arith::SubIOp::create(b, loc, kEnd, kBegin), a.idx(0));
  Value n = a.div(a.add(span, kStep - 1), kStep);
  Value shift = arith::SubIOp::create(b, loc, a.mul(n, kStep), span);
  kStart = arith::SubIOp::create(b, loc, kBegin, shift);
  planSteadyLoads();
  Value second = groups == 2 ? a.cmp(arith::CmpIPredicate::uge, wave,
                                     a.idx(tiling.waves / 2))
                             : Value();
  auto barrierIf = [&](Value cond) {
    auto ifOp = scf::IfOp::create(b, loc, cond);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    barrier();
  };
  // The second group starts one phase late.
  if (second)
    barrierIf(second);

  // Prologue: step 0 into buffer 0, steps 1 .. depth - 1 into registers.
  // Two barriers: a buffer written in one phase is read two phases later.
  SmallVector<Value> zeros = zeroRegs();
  SmallVector<Value> regs0 =
      loadStageIf(a.ult(a.idx(0), n), kStart, zeros, /*kFloor=*/kBegin);
  {
    auto ifOp = scf::IfOp::create(b, loc, a.ult(a.idx(0), n));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    storeStage(regs0, 0);
  }
  SmallVector<Value> queue =
      loadStageIf(a.ult(a.idx(1), n), a.add(kStart, kStep), zeros);
  for (int64_t s = 2; s < depth; ++s)
    queue.append(
        loadStageIf(a.ult(a.idx(s), n), a.add(kStart, s * kStep), zeros));
  barrier();
  barrier();

  auto accType = VectorType::get({4}, b.getF32Type());
  Value zeroAcc =
      arith::ConstantOp::create(b, loc, accType, b.getZeroAttr(accType));
  SmallVector<Value> inits(groupTiling.tilesPerWave(), zeroAcc);
  int64_t numAccs = inits.size();
  inits.append(queue);
  // The main loop. Where the whole K has steps enough for two iterations
  // whose loads all exist (n >= depth + 2 B for B buffers), it runs only
  // those, without a guard or mask, and up to depth + B - 1 guarded steps
  // finish. With fewer, that loop would have one trip or none (LLVM deletes
  // a loop of one trip: the whole K straight-line, code and registers
  // growing with K), so it runs the (n div B) B steps, its loads past step
  // n - 1 reading nothing (a scalar compare and a select or two per buffer
  // and step), and at most B - 1 guarded steps finish.
  wholeKLoop = llvm::divideCeil(op.getKDim(), kStep) < depth + 2 * buffers;
  Value atLeast2 = a.select(a.ult(n, a.idx(2)), a.idx(2), n);
  Value steadyEnd;
  if (wholeKLoop) {
    steadyEnd = a.mul(a.div(n, buffers), buffers);
  } else if (depth == 2) {
    steadyEnd = a.add(a.mul(a.div(atLeast2, 2), 2), -2);
  } else {
    Value atLeastDepth = a.select(a.ult(n, a.idx(depth)), a.idx(depth), n);
    steadyEnd = a.mul(a.div(a.add(atLeastDepth, -depth), buffers), buffers);
  }
  // The last whole step a steady load reads, n - 1 (finishSteps' too).
  planSteadyBuffers(a.add(atLeast2, -2));
  scf::ForOp steady = buildSteadyLoop(steadyEnd, n, inits, numAccs);
  SmallVector<Value> done =
      finishSteps(steadyEnd, n, steady.getResults(), numAccs);
  // With one MFMA tile per wave the sunk finish steps' operands outnumber
  // the loop's live registers; with more, the accumulators dominate and
  // the anchor measured only as a different allocation (GPT-OSS a8w4
  // prefill: 3 more s_nop in the loop).
  if (numAccs == 1)
    done[0] = anchorAccumulator(done[0]);
  // The first group catches up with the second's extra barrier.
  if (second)
    barrierIf(a.cmp(arith::CmpIPredicate::ult, wave, a.idx(tiling.waves / 2)));
  SmallVector<Value> accs(ValueRange(done).take_front(numAccs));
  if (kWaveGroups > 1)
    accs = reduceKWaveGroups(accs);
  op.replaceAllUsesWith(accs);
  op.erase();
}

SmallVector<Value> PipelineBuilder::reduceKWaveGroups(ValueRange partial) {
  // Every wave passed its last step's barriers after its last stage-buffer
  // read, so the buffers are free. Lane (r, g) of a 16x16 accumulator holds
  // row r, columns 4 g .. 4 g + 3: one 16-byte store per tile.
  auto bytes = VectorType::get({16}, b.getI8Type());
  auto accType = VectorType::get({4}, b.getF32Type());
  int64_t rowBytes = layout.reductionRowBytes;
  auto at = [&](Value group, const TileCoords &c) {
    Value row = a.add(a.mul(c.rowBlock, 16), r);
    Value col = a.add(a.mul(c.colBlock, 16), a.mul(g, 4));
    Value groupRows = a.mul(group, tiling.m);
    return a.add(a.mul(a.add(groupRows, row), rowBytes), a.mul(col, 4));
  };
  Value group = a.div(wave, groupTiling.waves);
  for (auto [c, acc] : llvm::zip(coords, partial)) {
    Value v = vector::BitCastOp::create(b, loc, bytes, acc);
    auto store =
        vector::StoreOp::create(b, loc, v, lds, ValueRange{at(group, c)});
    store.setAlignment(uint64_t(16));
  }
  barrier();
  // The tile's own tiling; group 0 + group 1 + ... in that order.
  SmallVector<Value> sums;
  for (int64_t j = 0; j < tiling.tilesPerWave(); ++j) {
    TileCoords c = tileCoords(a, tiling, wave, j);
    Value sum;
    for (int64_t q = 0; q < kWaveGroups; ++q) {
      auto load = vector::LoadOp::create(b, loc, bytes, lds,
                                         ValueRange{at(a.idx(q), c)});
      load.setAlignment(uint64_t(16));
      Value p = vector::BitCastOp::create(b, loc, accType, load.getResult());
      sum = sum ? arith::AddFOp::create(b, loc, sum, p).getResult() : p;
    }
    sums.push_back(sum);
  }
  return sums;
}

struct PipelineRoutedMMAPass
    : public moe::impl::PipelineRoutedMMABase<PipelineRoutedMMAPass> {
  using PipelineRoutedMMABase::PipelineRoutedMMABase;
  void runOnOperation() override {
    SmallVector<RoutedMMAOp> ops;
    getOperation()->walk([&](RoutedMMAOp op) { ops.push_back(op); });
    for (RoutedMMAOp op : ops) {
      auto func = op->getParentOfType<gpu::GPUFuncOp>();
      if (!func || !func.isKernel()) {
        op.emitOpError("must be inside a gpu.func kernel (it needs LDS)");
        return signalPassFailure();
      }
      PipelineLDSLayout layout =
          pipelineLDSLayout(op.getTile(), op.getPrecision(),
                            op.getPipelineDepth(), op.getKWaveGroups());
      auto ldsType = MemRefType::get(
          {layout.totalBytes()}, IntegerType::get(&getContext(), 8),
          MemRefLayoutAttrInterface(),
          gpu::AddressSpaceAttr::get(&getContext(),
                                     gpu::AddressSpace::Workgroup));
      Value lds = func.addWorkgroupAttribution(ldsType, op.getLoc());
      PipelineBuilder builder(op, lds, pingPong);
      builder.build();
      numMFMAs += builder.mfmasEmitted();
      ldsStageBytes += layout.bufferBytes;
    }
  }
};

} // namespace
