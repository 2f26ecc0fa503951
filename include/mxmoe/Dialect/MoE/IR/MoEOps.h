//===- MoEOps.h - moe dialect operations -----------------------*- C++ -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEOPS_H
#define MXMOE_DIALECT_MOE_IR_MOEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/IR/MoEDialect.h"

#define GET_OP_CLASSES
#include "mxmoe/Dialect/MoE/IR/MoEOps.h.inc"

namespace mlir::moe {

/// One LDS stage buffer of the ping-pong pipeline: the tile's weights,
/// weight scales, activations and activation scales for `tile.k` of K, as
/// padded row-major byte regions. The pipeline pass and the verifiers'
/// resource estimate both use this layout.
struct PipelineLDSLayout {
  int64_t weightOffset, weightStride; // n rows of k/2 bytes
  int64_t wScaleOffset, scaleStride;  // n (then m) rows of k/32 bytes
  int64_t actOffset, actStride;       // m rows of actRowBytes bytes
  int64_t aScaleOffset;               // m rows (MX activations only)
  int64_t actRowBytes;                // k * bytes per activation element
  int64_t groupBytes;                 // one K wave group's tile.k, x16
  int64_t bufferBytes;                // one stage: kWaveGroups groupBytes
  int64_t stageBuffers = 2;           // mxmoe::pipelineStageBuffers(depth)
  int64_t kWaveGroups = 1;
  /// With K wave groups, the partial sums after the main loop (over the
  /// then free stage buffers): group q's m rows of n f32 at q m
  /// reductionRowBytes, rows padded by 16 bytes (no bank conflicts between
  /// a wave's 16 rows).
  int64_t reductionRowBytes = 0, reductionBytes = 0;
  int64_t totalBytes() const {
    return std::max(stageBuffers * bufferBytes, reductionBytes);
  }
};
PipelineLDSLayout pipelineLDSLayout(TileAttr tile, Precision precision,
                                    int64_t pipelineDepth = 2,
                                    int64_t kWaveGroups = 1);

/// 16x16 MFMA tiles each wave of a `tile` owns.
int64_t mfmaTilesPerWave(TileAttr tile);

/// Tiles j and j' of any wave share weight rows iff their weight keys are
/// equal, and routed rows iff their row keys are (keys < tiles per wave);
/// the pipeline reads each shared operand once.
int64_t mfmaWeightKey(TileAttr tile, int64_t j);
int64_t mfmaRowKey(TileAttr tile, int64_t j);

/// Resources a stage tile needs, by the model the verifiers and lowerings
/// share: LDS holds the pipeline's stage buffers (two at depth 2); each lane
/// holds its share of the accumulators, the register prefetch of the
/// depth - 1 steps in flight and the operands of one stage.
struct TileResources {
  int64_t ldsBytes;
  int64_t vgprsPerLane;
};
TileResources estimateTileResources(TileAttr tile, Precision precision,
                                    int64_t pipelineDepth = 2,
                                    int64_t kWaveGroups = 1);

/// The tile one K wave group works on: the same m x n x k over
/// waves / kWaveGroups waves.
TileAttr kWaveGroupTile(TileAttr tile, int64_t kWaveGroups);

/// LDS bytes the stage-1 epilogue adds for `output` (the MX amax exchange).
int64_t stage1EpilogueLDSBytes(TileAttr tile, OutputFormat output);

/// LDS bytes a stage 1 with quantize_x adds: the block's quantized rows of
/// x (codes and scales over all of model_dim).
int64_t stage1QuantizeLDSBytes(TileAttr tile, Precision precision,
                               int64_t modelDim);

/// The unit attribute on the barrier after a stage kernel's fused routing
/// (its LDS sort of topk_ids): what comes before it reads only the routing
/// inputs, so moe-fuse-stages runs it before stage 2's wait for stage 1.
inline constexpr llvm::StringLiteral kRoutingReadyAttrName =
    "moe.routing_ready";

/// VGPRs (arch + acc) per lane that still allow two waves per SIMD.
inline constexpr int64_t kVgprsForTwoWaves = 256;

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_IR_MOEOPS_H
