//===- KernelBuilders.h - gpu.funcs around the moe problem ops -*- C++ -*-===//
//
// Builds the kernel of a problem configuration (mxmoe/Plan/Kernels.h): a
// gpu.func with the kernel's parameters and known block size whose body is
// the one problem op, created with its ODS-generated builder. The layer
// expansion, moe-compile --stage, compileLayer and the tests all build their
// kernels here; MLIR text appears only when a module is printed.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_DIALECT_MOE_UTILS_KERNELBUILDERS_H
#define MXMOE_DIALECT_MOE_UTILS_KERNELBUILDERS_H

#include "mxmoe/Plan/Kernels.h"
#include "mxmoe/Plan/Layer.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace mlir::moe {

// Each builds one kernel at `b`'s insertion point (in a gpu.module) and
// leaves `b` after it.

/// `name(h, [h_scales], w2, w2_scales, [bias], sorted_ids, sorted_weights,
/// sorted_expert_ids, num_valid_ids, tokens, y)` around moe.stage2; with
/// fused routing `name(h, [h_scales], w2, w2_scales, [bias], topk_ids,
/// [topk_weights], tokens, expert_begin, y)`, moe.sort into LDS copies of
/// the routing buffers first.
gpu::GPUFuncOp buildStage2Kernel(OpBuilder &b, Location loc,
                                 const mxmoe::Stage2Config &config);
/// `<name>_reduce(slots, topk_ids, tokens, expert_begin, y)` around
/// moe.slot_reduce, for combine = store.
gpu::GPUFuncOp buildSlotReduceKernel(OpBuilder &b, Location loc,
                                     const mxmoe::Stage2Config &config);
/// `name(x, [x_scales], w13, w13_scales, [bias], sorted_ids,
/// sorted_expert_ids, num_valid_ids, tokens, h, [h_scales])` around
/// moe.stage1 (f32 planes and no bias with split_k > 1); with fused routing
/// topk_ids, tokens, expert_begin in place of the four routing parameters,
/// moe.sort into LDS copies of them first.
gpu::GPUFuncOp buildStage1Kernel(OpBuilder &b, Location loc,
                                 const mxmoe::Stage1Config &config);
/// `<name>_finish(planes, [bias], topk_ids, tokens, expert_begin, h,
/// [h_scales])` around moe.stage1_finish, for split_k > 1.
gpu::GPUFuncOp buildStage1FinishKernel(OpBuilder &b, Location loc,
                                       const mxmoe::Stage1Config &config);
/// Stage 1 and stage 2 in one launch: the two stage kernels as phase
/// functions `<name>_stage1` / `<name>_stage2` and the kernel
/// `name(fusedStagesParams)` around moe.fused_stages naming them.
gpu::GPUFuncOp buildFusedStagesKernel(OpBuilder &b, Location loc,
                                      const mxmoe::FusedStagesConfig &config);
/// `name(x, tokens, codes, scales)` around moe.quantize_mx.
gpu::GPUFuncOp buildQuantizeKernel(OpBuilder &b, Location loc,
                                   const mxmoe::QuantizeConfig &config);
/// `name(topk_ids, [topk_weights], tokens, expert_begin, sorted_ids,
/// sorted_weights, sorted_expert_ids, num_valid_ids)` around moe.sort.
gpu::GPUFuncOp buildSortKernel(OpBuilder &b, Location loc,
                               const mxmoe::SortConfig &config);
/// One kernel of the multi-workgroup sort: `role` is SortCount, SortOffsets
/// or SortScatter.
gpu::GPUFuncOp buildSortChunksKernel(OpBuilder &b, Location loc,
                                     const mxmoe::SortConfig &config,
                                     mxmoe::KernelRole role);

/// Every kernel of a config's module: stage 2 and its reduction (store),
/// stage 1 and its finish (split-K), or the one kernel.
void buildKernels(OpBuilder &b, Location loc,
                  const mxmoe::KernelConfig &config);
/// The one kernel of a layer plan (by its role).
gpu::GPUFuncOp buildLayerKernel(OpBuilder &b, Location loc,
                                const mxmoe::LayerKernel &kernel);

/// `module { gpu.module @<kernelModuleName(config)> { kernels } }`; the
/// context must have the moe and gpu dialects loaded.
OwningOpRef<ModuleOp> buildKernelModule(MLIRContext *context,
                                        const mxmoe::KernelConfig &config);

/// The MLIR type of a plan element type.
Type toType(MLIRContext *context, mxmoe::ElementType type);

} // namespace mlir::moe

#endif // MXMOE_DIALECT_MOE_UTILS_KERNELBUILDERS_H
