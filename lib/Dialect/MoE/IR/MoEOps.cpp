//===- MoEOps.cpp - moe dialect operations --------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Target/Chip.h"

using namespace mlir;
using namespace mlir::moe;

//===----------------------------------------------------------------------===//
// Custom directive: `16x16x32`
//===----------------------------------------------------------------------===//

static ParseResult parseMNKShape(OpAsmParser &parser, IntegerAttr &m,
                                 IntegerAttr &n, IntegerAttr &k) {
  SmallVector<int64_t, 3> dims;
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseDimensionList(dims, /*allowDynamic=*/false,
                                /*withTrailingX=*/false))
    return failure();
  if (dims.size() != 3)
    return parser.emitError(loc, "expected an MxNxK shape, got ")
           << dims.size() << " dimensions";
  Builder b(parser.getContext());
  m = b.getI32IntegerAttr(dims[0]);
  n = b.getI32IntegerAttr(dims[1]);
  k = b.getI32IntegerAttr(dims[2]);
  return success();
}

static void printMNKShape(OpAsmPrinter &printer, Operation *, IntegerAttr m,
                          IntegerAttr n, IntegerAttr k) {
  printer << m.getInt() << "x" << n.getInt() << "x" << k.getInt();
}

//===----------------------------------------------------------------------===//
// Shared verification helpers
//===----------------------------------------------------------------------===//

/// The buffer of a load must be a plain global (or default-space) byte array:
/// the lowering builds a raw buffer resource from its base pointer and size.
static LogicalResult verifyByteBuffer(Operation *op, MemRefType type) {
  if (!type.getLayout().isIdentity())
    return op->emitOpError("buffer must have an identity layout, got ") << type;
  Attribute space = type.getMemorySpace();
  if (!space)
    return success();
  if (auto intSpace = dyn_cast<IntegerAttr>(space))
    if (intSpace.getInt() == 1)
      return success();
  if (auto gpuSpace = dyn_cast<gpu::AddressSpaceAttr>(space))
    if (gpuSpace.getValue() == gpu::AddressSpace::Global)
      return success();
  return op->emitOpError("buffer must be in global memory (address space 1 "
                         "or #gpu.address_space<global>), got ")
         << space;
}

static LogicalResult verifyKDim(Operation *op, int64_t kDim) {
  if (kDim % 32 != 0)
    return op->emitOpError("k_dim (")
           << kDim << ") must be a multiple of the MX block size 32";
  return success();
}

//===----------------------------------------------------------------------===//
// MXFP4LoadOp
//===----------------------------------------------------------------------===//

LogicalResult MXFP4LoadOp::verify() {
  if (failed(verifyByteBuffer(*this, getBuffer().getType())) ||
      failed(verifyKDim(*this, getKDim())))
    return failure();
  int64_t width = getResult().getType().getNumElements();
  int64_t kBytes = getKDim() / 2;
  MemRefType type = getBuffer().getType();
  if (type.hasStaticShape()) {
    int64_t bytes = type.getNumElements();
    if (bytes % kBytes != 0)
      return emitOpError("buffer size (")
             << bytes << " bytes) is not a whole number of rows of k_dim / 2 = "
             << kBytes << " bytes";
    int64_t rows = bytes / kBytes;
    if (auto err = mxmoe::fmt::checkWeightShape(toFormat(getLayout()), rows,
                                                getKDim()))
      return emitOpError() << *err;
  }
  APInt k;
  if (matchPattern(getK(), m_ConstantInt(&k))) {
    if (k.getZExtValue() % width != 0)
      return emitOpError("k (")
             << k.getZExtValue() << ") must be a multiple of the " << width
             << "-element load width";
    if (k.getSExtValue() >= int64_t(getKDim()))
      return emitOpError("k (")
             << k.getSExtValue() << ") is outside k_dim (" << getKDim() << ")";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// E8M0LoadOp
//===----------------------------------------------------------------------===//

LogicalResult E8M0LoadOp::verify() {
  if (failed(verifyByteBuffer(*this, getBuffer().getType())) ||
      failed(verifyKDim(*this, getKDim())))
    return failure();
  APInt kb;
  if (matchPattern(getKblock(), m_ConstantInt(&kb)) &&
      kb.getSExtValue() >= int64_t(getKDim() / 32))
    return emitOpError("kblock (")
           << kb.getSExtValue() << ") is outside k_dim / 32 (" << getKDim() / 32
           << ")";
  return success();
}

//===----------------------------------------------------------------------===//
// FP4UnpackOp
//===----------------------------------------------------------------------===//

LogicalResult FP4UnpackOp::verify() {
  int64_t in = cast<VectorType>(getSource().getType()).getNumElements();
  int64_t out = getResult().getType().getNumElements();
  if (in != out)
    return emitOpError("result has ")
           << out << " elements but the source has " << in;
  return success();
}

//===----------------------------------------------------------------------===//
// MFMAOp / ScaledMFMAOp
//===----------------------------------------------------------------------===//

/// Checks that (m, n, k) is one of `shapes` and that the accumulator holds the
/// 16x16 (4 per lane) or 32x32 (16 per lane) tile.
static LogicalResult verifyMFMAShape(Operation *op, int64_t m, int64_t n,
                                     int64_t k, VectorType acc, int64_t k16,
                                     int64_t k32) {
  bool ok =
      (m == 16 && n == 16 && k == k16) || (m == 32 && n == 32 && k == k32);
  if (!ok)
    return op->emitOpError("unsupported shape ")
           << m << "x" << n << "x" << k << " (expected 16x16x" << k16
           << " or 32x32x" << k32 << ")";
  int64_t perLane = m * n / 64;
  if (acc.getNumElements() != perLane)
    return op->emitOpError("accumulator of a ")
           << m << "x" << n << " MFMA must hold " << perLane
           << " f32 per lane, got " << acc;
  return success();
}

LogicalResult MFMAOp::verify() {
  if (getA().getType() != getB().getType())
    return emitOpError("A and B must have the same type, got ")
           << getA().getType() << " and " << getB().getType();
  return verifyMFMAShape(*this, getM(), getN(), getK(), getAcc().getType(), 32,
                         16);
}

/// Rejects a constant scale whose selected byte is 0: the backend would turn
/// the instruction into the unscaled MFMA, while a runtime 0 means 2^-127.
static LogicalResult verifyScaleNotConstantZero(Operation *op, Value scale,
                                                int64_t byte, StringRef name) {
  DenseElementsAttr attr;
  if (!matchPattern(scale, m_Constant(&attr)))
    return success();
  APFloat value = attr.getValues<APFloat>()[byte];
  if (value.bitcastToAPInt().isZero())
    return op->emitOpError("constant ")
           << name << " byte " << byte
           << " is E8M0 0, which the backend turns into an unscaled MFMA; use "
              "127 (scale one, 0x7F7F7F7F) instead";
  return success();
}

LogicalResult ScaledMFMAOp::verify() {
  if (failed(verifyMFMAShape(*this, getM(), getN(), getK(), getAcc().getType(),
                             128, 64)))
    return failure();
  if (failed(verifyScaleNotConstantZero(*this, getScaleA(), getScaleAByte(),
                                        "scale_a")) ||
      failed(verifyScaleNotConstantZero(*this, getScaleB(), getScaleBByte(),
                                        "scale_b")))
    return failure();
  return success();
}

#define GET_OP_CLASSES
#include "mxmoe/Dialect/MoE/IR/MoEOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Stage2Op
//===----------------------------------------------------------------------===//

static int64_t alignTo16(int64_t x) { return (x + 15) / 16 * 16; }

PipelineLDSLayout mlir::moe::pipelineLDSLayout(TileAttr tile,
                                               Precision precision,
                                               int64_t pipelineDepth,
                                               int64_t kWaveGroups) {
  int64_t m = tile.getM(), n = tile.getN(), k = tile.getK();
  PipelineLDSLayout l;
  l.actRowBytes = precision == Precision::A16W4  ? 2 * k
                  : precision == Precision::A8W4 ? k
                                                 : k / 2;
  // Rows padded by 16 bytes so that the 16 rows a wave reads at once start
  // in different banks.
  l.weightOffset = 0;
  l.weightStride = k / 2 + 16;
  l.scaleStride = k / 32;
  l.wScaleOffset = alignTo16(n * l.weightStride);
  l.actOffset = alignTo16(l.wScaleOffset + n * l.scaleStride);
  l.actStride = l.actRowBytes + 16;
  l.aScaleOffset = alignTo16(l.actOffset + m * l.actStride);
  int64_t end =
      l.aScaleOffset + (precision == Precision::A16W4 ? 0 : m * l.scaleStride);
  l.groupBytes = alignTo16(end);
  l.kWaveGroups = std::max<int64_t>(1, kWaveGroups);
  l.bufferBytes = l.kWaveGroups * l.groupBytes;
  l.stageBuffers = mxmoe::pipelineStageBuffers(pipelineDepth);
  if (l.kWaveGroups > 1) {
    l.reductionRowBytes = 4 * n + 16;
    l.reductionBytes = l.kWaveGroups * m * l.reductionRowBytes;
  }
  return l;
}

TileAttr mlir::moe::kWaveGroupTile(TileAttr tile, int64_t kWaveGroups) {
  if (kWaveGroups <= 1 || tile.getWaves() % kWaveGroups != 0)
    return tile;
  return TileAttr::get(tile.getContext(), tile.getM(), tile.getN(), tile.getK(),
                       tile.getWaves() / kWaveGroups);
}

int64_t mlir::moe::mfmaTilesPerWave(TileAttr tile) {
  return (tile.getM() / 16) * (tile.getN() / 16) / tile.getWaves();
}

int64_t mlir::moe::mfmaWeightKey(TileAttr tile, int64_t j) {
  int64_t p = mfmaTilesPerWave(tile), rb = tile.getM() / 16;
  // A wave's first tile index w P is a multiple of rb when rb divides P, and
  // its tiles stay in one column block when P divides rb.
  if (p % rb == 0)
    return j / rb;
  if (rb % p == 0)
    return 0;
  return j;
}

int64_t mlir::moe::mfmaRowKey(TileAttr tile, int64_t j) {
  int64_t p = mfmaTilesPerWave(tile), rb = tile.getM() / 16;
  return p % rb == 0 ? j % rb : j;
}

TileResources mlir::moe::estimateTileResources(TileAttr tile,
                                               Precision precision,
                                               int64_t pipelineDepth,
                                               int64_t kWaveGroups) {
  PipelineLDSLayout l =
      pipelineLDSLayout(tile, precision, pipelineDepth, kWaveGroups);
  int64_t m = tile.getM(), n = tile.getN(), k = tile.getK();
  int64_t threads = 64 * tile.getWaves();
  // A step copies every group's tile.k; a wave tiles m x n with its group.
  kWaveGroups = l.kWaveGroups;
  k *= kWaveGroups;
  tile = kWaveGroupTile(tile, kWaveGroups);
  int64_t accRegs = 4 * mfmaTilesPerWave(tile);
  // The register prefetch: the stage's 16-byte chunks and scale bytes
  // spread over the workgroup.
  auto perThread = [&](int64_t units) {
    return (units + threads - 1) / threads;
  };
  int64_t prefetchRegs =
      (std::max<int64_t>(2, pipelineDepth) - 1) *
      (4 * perThread(n * k / 32 + m * l.actRowBytes * kWaveGroups / 16) +
       perThread(n * k / 32) +
       (precision == Precision::A16W4 ? 0 : perThread(m * k / 32)));
  // A stage's operands: each distinct weight fragment (4 + 1 registers per
  // 128 K) and activation fragment (a16w4: 16, else 8 + 1).
  int64_t sub = k / kWaveGroups / 128, tiles = mfmaTilesPerWave(tile);
  llvm::SmallDenseSet<int64_t> weightKeys, rowKeys;
  for (int64_t j = 0; j < tiles; ++j) {
    weightKeys.insert(mfmaWeightKey(tile, j));
    rowKeys.insert(mfmaRowKey(tile, j));
  }
  int64_t actFrag = precision == Precision::A16W4 ? 16 : 9;
  int64_t operandRegs = sub * (5 * int64_t(weightKeys.size()) +
                               actFrag * int64_t(rowKeys.size()));
  return {l.totalBytes(), accRegs + prefetchRegs + operandRegs};
}

/// The checks every routed GEMM op shares: activation element type and
/// scales for the precision, byte buffers for the MXFP4 weights, the MX
/// block size of the reduction dimension `kName`, and the tile's K step.
static LogicalResult verifyRoutedGemm(Operation *op, Precision precision,
                                      Value act, Value actScales, Value w,
                                      Value wScales, StringRef kName, int64_t k,
                                      TileAttr tile) {
  Type elem = cast<MemRefType>(act.getType()).getElementType();
  bool scaled = precision != Precision::A16W4;
  if (!scaled && !elem.isBF16())
    return op->emitOpError("a16w4 activations must be bf16, got ") << elem;
  if (scaled && !elem.isInteger(8))
    return op->emitOpError(stringifyPrecision(precision))
           << " activations must be i8 (FP8 bytes or packed FP4), got " << elem;
  if (scaled != bool(actScales))
    return op->emitOpError(scaled ? "needs" : "takes no")
           << " activation scales for " << stringifyPrecision(precision);
  for (Value buffer : {w, wScales})
    if (failed(verifyByteBuffer(op, cast<MemRefType>(buffer.getType()))))
      return failure();
  if (k % 32 != 0)
    return op->emitOpError() << kName << " (" << k
                             << ") must be a multiple of the MX block size 32";
  if (tile.getK() % 128 != 0)
    return op->emitOpError("tile k (")
           << tile.getK()
           << ") must be a multiple of 128 (the K of one pipeline step)";
  return success();
}

/// The main loop's pipeline depth: 2 (the ping-pong) to
/// mxmoe::kMaxPipelineDepth.
static LogicalResult verifyPipelineDepth(Operation *op, int64_t depth) {
  if (depth < 2 || depth > mxmoe::kMaxPipelineDepth)
    return op->emitOpError("pipeline_depth (")
           << depth << ") must be in [2, " << mxmoe::kMaxPipelineDepth
           << "] (K steps of loads in flight plus the one the MFMAs consume)";
  return success();
}

/// K wave groups split the tile's waves evenly.
static LogicalResult verifyKWaveGroups(Operation *op, int64_t groups,
                                       TileAttr tile) {
  if (groups < 1 || groups > mxmoe::kMaxKWaveGroups ||
      tile.getWaves() % groups != 0)
    return op->emitOpError("k_wave_groups (")
           << groups << ") must be in [1, " << mxmoe::kMaxKWaveGroups
           << "] and divide the tile's " << tile.getWaves() << " waves";
  return success();
}

/// The problem ops' tile against gfx950's LDS and register budget.
static LogicalResult
verifyTileResources(Operation *op, TileAttr tile, Precision precision,
                    int64_t pipelineDepth, int64_t kWaveGroups,
                    int64_t epilogueLDS = 0, StringRef alsoHolds = "") {
  const mxmoe::ChipInfo *gfx950 = mxmoe::lookupChip("gfx950");
  TileResources res =
      estimateTileResources(tile, precision, pipelineDepth, kWaveGroups);
  res.ldsBytes += epilogueLDS;
  if (res.ldsBytes > gfx950->ldsBytesPerWorkgroup)
    return op->emitOpError("tile needs ")
           << res.ldsBytes << " bytes of LDS ("
           << (pipelineDepth == 2 ? std::string("two buffers")
                                  : std::to_string(mxmoe::pipelineStageBuffers(
                                        pipelineDepth)) +
                                        " buffers of pipeline_depth " +
                                        std::to_string(pipelineDepth))
           << (kWaveGroups > 1 ? " for each of " + std::to_string(kWaveGroups) +
                                     " k_wave_groups, or their partial sums"
                               : std::string())
           << (epilogueLDS ? " and the epilogue's exchange" : "")
           << (alsoHolds.empty() ? "" : ", ") << alsoHolds
           << "), more than the " << gfx950->ldsBytesPerWorkgroup
           << " of gfx950";
  if (res.vgprsPerLane > kVgprsForTwoWaves)
    return op->emitOpError("tile needs about ")
           << res.vgprsPerLane << " VGPRs per lane; more than "
           << kVgprsForTwoWaves << " leaves fewer than two waves per SIMD";
  return success();
}

/// Every K slice must get at least one step of tile.k.
static LogicalResult verifySplitK(Operation *op, int64_t splitK,
                                  StringRef kName, int64_t k, TileAttr tile) {
  int64_t kSteps = (k + tile.getK() - 1) / tile.getK();
  if (splitK > kSteps)
    return op->emitOpError("split_k (")
           << splitK << ") exceeds the " << kSteps << " K steps of "
           << tile.getK() << " in " << kName << " " << k;
  return success();
}

/// Lanes of a one-workgroup-row kernel op: whole waves, a legal workgroup.
static LogicalResult verifyBlockSize(Operation *op, int64_t blockSize) {
  if (blockSize % 64 != 0 || blockSize > 1024)
    return op->emitOpError("block_size (")
           << blockSize << ") must be a multiple of 64, at most 1024";
  return success();
}

/// The weight loads' cache policy: `none` or `nt`. sc0/sc1 pick a
/// coherence scope, which weights (read-only) have no use for.
static LogicalResult verifyWeightCache(Operation *op, CacheModifier cache) {
  if (cache != CacheModifier::none && cache != CacheModifier::nt)
    return op->emitOpError("weight_cache must be none or nt, not ")
           << stringifyCacheModifier(cache);
  return success();
}

/// The occupancy target: the backend ignores one below the waves a
/// workgroup puts on each SIMD, and no SIMD runs more than 8.
static LogicalResult verifyWavesPerEU(Operation *op, int64_t waves,
                                      TileAttr tile) {
  int64_t perSIMD = (tile.getWaves() + 3) / 4;
  if (waves != 0 && (waves < perSIMD || waves > mxmoe::kMaxWavesPerEU))
    return op->emitOpError("waves_per_eu (")
           << waves << ") must be 0 or in [" << perSIMD << ", "
           << mxmoe::kMaxWavesPerEU << "] for a tile of " << tile.getWaves()
           << " waves";
  return success();
}

static LogicalResult verifyTopk(Operation *op, int64_t topk) {
  if (topk > 127)
    return op->emitOpError("topk (")
           << topk << ") must be at most 127 (7-bit slot field)";
  return success();
}

LogicalResult Stage2Op::verify() {
  if (failed(verifyRoutedGemm(*this, getPrecision(), getH(), getHScales(),
                              getW2(), getW2Scales(), "inter_dim",
                              getInterDim(), getTile())))
    return failure();
  if (auto err = mxmoe::fmt::checkWeightShape(toFormat(getWeightLayout()),
                                              getExperts() * getModelDim(),
                                              getInterDim()))
    return emitOpError("weights [experts * model_dim, inter_dim]: ") << *err;
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyWeightCache(*this, getWeightCache())) ||
      failed(verifyWavesPerEU(*this, getWavesPerEu(), getTile())) ||
      failed(verifyPipelineDepth(*this, getPipelineDepth())) ||
      failed(verifyKWaveGroups(*this, getKWaveGroups(), getTile())))
    return failure();
  TileAttr tile = getTile();
  if (failed(
          verifySplitK(*this, getSplitK(), "inter_dim", getInterDim(), tile)))
    return failure();
  return verifyTileResources(*this, tile, getPrecision(), getPipelineDepth(),
                             getKWaveGroups());
}

//===----------------------------------------------------------------------===//
// RoutedMMAOp, Stage2EpilogueOp
//===----------------------------------------------------------------------===//

/// Workgroup-level ops carry one accumulator per MFMA tile of a wave.
static LogicalResult verifyAccumulatorCount(Operation *op, TileAttr tile,
                                            size_t count, StringRef what) {
  int64_t tiles = mfmaTilesPerWave(tile);
  if (int64_t(count) != tiles)
    return op->emitOpError("has ")
           << count << " " << what << " but each wave owns " << tiles
           << " MFMA tiles";
  return success();
}

LogicalResult RoutedMMAOp::verify() {
  if (failed(verifyRoutedGemm(*this, getPrecision(), getA(), getAScales(),
                              getW(), getWScales(), "k_dim", getKDim(),
                              getTile())) ||
      failed(verifyWeightCache(*this, getWeightCache())) ||
      failed(verifyPipelineDepth(*this, getPipelineDepth())) ||
      failed(verifyKWaveGroups(*this, getKWaveGroups(), getTile())))
    return failure();
  return verifyAccumulatorCount(*this, getTile(), getAccs().size(), "results");
}

LogicalResult Stage2EpilogueOp::verify() {
  return verifyAccumulatorCount(*this, getTile(), getAccs().size(),
                                "accumulators");
}

//===----------------------------------------------------------------------===//
// SortOp
//===----------------------------------------------------------------------===//

/// The sorts' LDS: per-wave expert counters and one chunk of expert ids per
/// wave.
static LogicalResult verifySortLDS(Operation *op, int64_t experts,
                                   int64_t blockSize) {
  int64_t waves = blockSize / 64;
  int64_t lds = 4 * waves * (experts + 64);
  const mxmoe::ChipInfo *gfx950 = mxmoe::lookupChip("gfx950");
  if (lds > gfx950->ldsBytesPerWorkgroup)
    return op->emitOpError("needs ")
           << lds << " bytes of LDS for " << experts << " experts and " << waves
           << " waves, more than the " << gfx950->ldsBytesPerWorkgroup
           << " of gfx950";
  return success();
}

LogicalResult SortOp::verify() {
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyBlockSize(*this, getBlockSize())))
    return failure();
  return verifySortLDS(*this, getExperts(), getBlockSize());
}

LogicalResult RouteSlotsOp::verify() {
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyBlockSize(*this, getBlockSize())))
    return failure();
  auto blocks = cast<MemRefType>(getSortedExpertIds().getType());
  if (blocks.hasStaticShape() && blocks.getDimSize(0) > getExperts())
    return emitOpError("holds ")
           << blocks.getDimSize(0) << " blocks, more than the " << getExperts()
           << " experts: a stage grid covers min(capacity / block_m, T*K) "
              "blocks, fewer than T*K slots past E";
  return success();
}

LogicalResult SortChunksOp::verify() {
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyBlockSize(*this, getBlockSize())))
    return failure();
  // Each wave's share of a chunk is whole 64-entry steps.
  if (getChunk() % getBlockSize() != 0)
    return emitOpError("chunk (")
           << getChunk() << ") must be a multiple of block_size ("
           << getBlockSize() << ")";
  return verifySortLDS(*this, getExperts(), getBlockSize());
}

//===----------------------------------------------------------------------===//
// Stage1Op, Stage1EpilogueOp
//===----------------------------------------------------------------------===//

int64_t mlir::moe::stage1EpilogueLDSBytes(TileAttr tile, OutputFormat output) {
  // One f32 largest magnitude per routed row and column pair.
  return output == OutputFormat::BF16 ? 0 : tile.getM() * tile.getN();
}

/// `h` and `h_scales` against the output format; MX blocks of 32 columns
/// must not straddle workgroups (tile.n / 2 columns each) when a tile is
/// given.
static LogicalResult verifyStage1Output(Operation *op, OutputFormat output,
                                        Value h, Value hScales,
                                        int64_t interDim, TileAttr tile) {
  Type elem = cast<MemRefType>(h.getType()).getElementType();
  StringRef name = stringifyOutputFormat(output);
  if (output == OutputFormat::BF16) {
    if (!elem.isBF16())
      return op->emitOpError("bf16 output h must be bf16, got ") << elem;
    if (hScales)
      return op->emitOpError("bf16 output takes no h_scales");
    return success();
  }
  if (!elem.isInteger(8))
    return op->emitOpError(name) << " output h must be i8 bytes, got " << elem;
  if (!hScales)
    return op->emitOpError(name) << " output needs h_scales (E8M0 bytes)";
  if (failed(verifyByteBuffer(op, cast<MemRefType>(hScales.getType()))))
    return failure();
  if (interDim % 32 != 0)
    return op->emitOpError(name)
           << " output needs inter_dim (" << interDim
           << ") to be a multiple of the MX block size 32";
  if (tile && tile.getN() % 64 != 0)
    return op->emitOpError(name)
           << " output needs tile n (" << tile.getN()
           << ") to be a multiple of 64 (32 columns of gate and up rows), so "
              "no MX block spans two workgroups";
  return success();
}

/// What stage 1 writes: the activated output, or with `partials` (split-K)
/// the raw f32 planes, which take no bias, activation or output format.
static LogicalResult verifyStage1Result(Operation *op, bool partials,
                                        OutputFormat output, Value h,
                                        Value hScales, Value bias,
                                        ActivationAttr activation,
                                        int64_t interDim, TileAttr tile) {
  Type elem = cast<MemRefType>(h.getType()).getElementType();
  if (!partials) {
    if (!activation)
      return op->emitOpError("needs an activation");
    if (elem.isF32())
      return op->emitOpError("writes f32 partial sums only with split_k > 1 "
                             "(h must be bf16 or i8)");
    return verifyStage1Output(op, output, h, hScales, interDim, tile);
  }
  auto misplaced = [&](StringRef what) {
    return op->emitOpError("with split_k > 1 writes raw partial sums; ")
           << what << " belongs to moe.stage1_finish";
  };
  if (!elem.isF32())
    return op->emitOpError("with split_k > 1 writes f32 partial planes, "
                           "h must be f32, got ")
           << elem;
  if (hScales)
    return misplaced("h_scales");
  if (bias)
    return misplaced("the bias");
  if (activation)
    return misplaced("the activation");
  if (output != OutputFormat::BF16)
    return misplaced("the output format");
  return success();
}

int64_t mlir::moe::stage1QuantizeLDSBytes(TileAttr tile, Precision precision,
                                          int64_t modelDim) {
  // The block's rows of MX codes and their row-major E8M0 scales.
  int64_t codes = precision == Precision::A4W4 ? modelDim / 2 : modelDim;
  return tile.getM() * (codes + modelDim / 32);
}

/// A stage 1 with quantize_x: MX precision, bf16 x, no x_scales.
static LogicalResult verifyQuantizeX(Stage1Op op) {
  if (op.getPrecision() == Precision::A16W4)
    return op.emitOpError("quantize_x needs a8w4 or a4w4 (a16w4 reads bf16 x)");
  if (!cast<MemRefType>(op.getX().getType()).getElementType().isBF16())
    return op.emitOpError("quantize_x needs bf16 x");
  if (op.getXScales())
    return op.emitOpError("quantize_x takes no x_scales (it makes them)");
  if (op.getModelDim() % 32 != 0)
    return op.emitOpError("model_dim (")
           << op.getModelDim()
           << ") must be a multiple of the MX block size 32";
  for (Value buffer : {op.getW13(), op.getW13Scales()})
    if (failed(verifyByteBuffer(op, cast<MemRefType>(buffer.getType()))))
      return failure();
  if (op.getTile().getK() % 128 != 0)
    return op.emitOpError("tile k (")
           << op.getTile().getK()
           << ") must be a multiple of 128 (the K of one pipeline step)";
  return success();
}

LogicalResult Stage1Op::verify() {
  bool quantizeX = getQuantizeX().has_value();
  if (quantizeX && failed(verifyQuantizeX(*this)))
    return failure();
  // With quantize_x the routed GEMM's activations are the LDS codes.
  if ((!quantizeX &&
       failed(verifyRoutedGemm(*this, getPrecision(), getX(), getXScales(),
                               getW13(), getW13Scales(), "model_dim",
                               getModelDim(), getTile()))) ||
      failed(verifyWeightCache(*this, getWeightCache())) ||
      failed(verifyWavesPerEU(*this, getWavesPerEu(), getTile())) ||
      failed(verifyPipelineDepth(*this, getPipelineDepth())) ||
      failed(verifyKWaveGroups(*this, getKWaveGroups(), getTile())))
    return failure();
  if (auto err =
          mxmoe::fmt::checkGateUpShape(toFormat(getGateUp()), getInterDim()))
    return emitOpError(*err);
  if (auto err = mxmoe::fmt::checkWeightShape(toFormat(getWeightLayout()),
                                              getExperts() * 2 * getInterDim(),
                                              getModelDim()))
    return emitOpError("weights [experts * 2 inter_dim, model_dim]: ") << *err;
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyStage1Result(*this, getSplitK() > 1, getOutput(), getH(),
                                getHScales(), getBias(), getActivationAttr(),
                                getInterDim(), getTile())))
    return failure();
  TileAttr tile = getTile();
  if (failed(
          verifySplitK(*this, getSplitK(), "model_dim", getModelDim(), tile)))
    return failure();
  int64_t extraLDS = stage1EpilogueLDSBytes(tile, getOutput());
  if (quantizeX)
    extraLDS += stage1QuantizeLDSBytes(tile, getPrecision(), getModelDim());
  return verifyTileResources(*this, tile, getPrecision(), getPipelineDepth(),
                             getKWaveGroups(), extraLDS,
                             quantizeX ? "the quantized rows of x" : "");
}

LogicalResult Stage1EpilogueOp::verify() {
  if (failed(verifyStage1Result(*this, bool(getKSlice()), getOutput(), getH(),
                                getHScales(), getBias(), getActivationAttr(),
                                getInterDim(), getTile())))
    return failure();
  return verifyAccumulatorCount(*this, getTile(), getAccs().size(),
                                "accumulators");
}

/// The split-K finish unrolls one load and add per plane: bounded so a
/// kernel stays small and compiles in seconds (a K slice holds at least one
/// 128-wide K step, so 64 slices cover model dims up to 8192 at one step
/// per slice).
constexpr int64_t kMaxFinishPlanes = 64;

LogicalResult Stage1FinishOp::verify() {
  if (getSplitK() > kMaxFinishPlanes)
    return emitOpError("split_k (")
           << getSplitK() << ") must be at most " << kMaxFinishPlanes
           << ": the finish unrolls one add per partial plane";
  if (failed(verifyTopk(*this, getTopk())) ||
      failed(verifyStage1Output(*this, getOutput(), getH(), getHScales(),
                                getInterDim(), TileAttr())))
    return failure();
  if (auto err =
          mxmoe::fmt::checkGateUpShape(toFormat(getGateUp()), getInterDim()))
    return emitOpError(*err);
  return verifyBlockSize(*this, getBlockSize());
}

//===----------------------------------------------------------------------===//
// SlotReduceOp
//===----------------------------------------------------------------------===//

LogicalResult SlotReduceOp::verify() {
  // The lowering unrolls one guarded load and add per slot.
  if (failed(verifyTopk(*this, getTopk())))
    return failure();
  return verifyBlockSize(*this, getBlockSize());
}

//===----------------------------------------------------------------------===//
// QuantizeMXOp
//===----------------------------------------------------------------------===//

LogicalResult QuantizeMXOp::verify() {
  if (getFormat() == OutputFormat::BF16)
    return emitOpError("format must be mxfp8 or mxfp4, not bf16");
  if (getCols() % 32 != 0)
    return emitOpError("cols (")
           << getCols() << ") must be a multiple of the MX block size 32";
  for (Value buffer : {getCodes(), getScales()})
    if (failed(verifyByteBuffer(*this, cast<MemRefType>(buffer.getType()))))
      return failure();
  return verifyBlockSize(*this, getBlockSize());
}

//===----------------------------------------------------------------------===//
// LayerOp
//===----------------------------------------------------------------------===//

LogicalResult LayerOp::verify() {
  Type elem = getX().getType().getElementType();
  Precision precision = getPrecision();
  bool scaled = precision != Precision::A16W4;
  // a8w4 / a4w4 take bf16 x (quantized by the layer) or MX codes + scales.
  if (!elem.isBF16() && !(scaled && elem.isInteger(8)))
    return emitOpError(stringifyPrecision(precision))
           << " activations x must be bf16" << (scaled ? " or i8 MX codes" : "")
           << ", got " << elem;
  bool quantized = elem.isInteger(8);
  if (quantized != bool(getXScales()))
    return emitOpError(quantized ? "needs x_scales with MX-coded x"
                                 : "takes no x_scales with bf16 x");
  for (auto [name, dim] :
       {std::pair<StringRef, int64_t>{"model_dim", getModelDim()},
        {"inter_dim", getInterDim()}})
    if (dim % 32 != 0)
      return emitOpError() << name << " (" << dim
                           << ") must be a multiple of the MX block size 32";
  if (failed(verifyTopk(*this, getTopk())))
    return failure();
  if (auto err =
          mxmoe::fmt::checkGateUpShape(toFormat(getGateUp()), getInterDim()))
    return emitOpError(*err);
  ArrayRef<int64_t> buckets = getTokenBuckets();
  if (buckets.empty())
    return emitOpError("needs at least one token bucket");
  for (size_t i = 0; i < buckets.size(); ++i)
    if (buckets[i] <= 0 || (i && buckets[i] <= buckets[i - 1]))
      return emitOpError("token_buckets must be positive and ascending");
  return success();
}

//===----------------------------------------------------------------------===//
// FusedStagesOp
//===----------------------------------------------------------------------===//

LogicalResult FusedStagesOp::verify() {
  if (!(*this)->getParentOfType<gpu::GPUFuncOp>())
    return emitOpError("must be inside a gpu.func (the fused kernel)");
  return success();
}

LogicalResult
FusedStagesOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto kernel = (*this)->getParentOfType<gpu::GPUFuncOp>();
  std::optional<DenseI32ArrayAttr> lanes;
  if (kernel)
    if (DenseI32ArrayAttr size = kernel.getKnownBlockSizeAttr())
      lanes = size;
  auto check = [&](FlatSymbolRefAttr name, OperandRange operands,
                   StringRef which) -> LogicalResult {
    auto func =
        symbolTable.lookupNearestSymbolFrom<gpu::GPUFuncOp>(*this, name);
    if (!func || !func.isKernel())
      return emitOpError() << which << " (" << name
                           << ") is not a gpu.func kernel of this module";
    if (func == kernel)
      return emitOpError() << which << " cannot be the enclosing kernel";
    if (TypeRange(func.getFunctionType().getInputs()) !=
        TypeRange(operands.getTypes()))
      return emitOpError() << which << " (" << name << ") takes "
                           << func.getFunctionType()
                           << ", its operands here are " << operands.getTypes();
    DenseI32ArrayAttr size = func.getKnownBlockSizeAttr();
    if (!size || !lanes || size != *lanes)
      return emitOpError()
             << which << " (" << name
             << ") must have the enclosing kernel's known block size";
    return success();
  };
  if (failed(check(getFirstAttr(), getFirstOperands(), "first")) ||
      failed(check(getSecondAttr(), getSecondOperands(), "second")))
    return failure();
  if (getFirst() == getSecond())
    return emitOpError("first and second must be different kernels");
  return success();
}
