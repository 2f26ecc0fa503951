//===- Passes.td - mxmoe transformation passes -------------*- tablegen -*-===//

#ifndef MXMOE_TRANSFORMS_PASSES_TD
#define MXMOE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def CheckNoDeviceLibCalls : Pass<"moe-check-no-device-libs"> {
  let summary = "Fail if the IR references ROCm device-library functions";
  let description = [{
    ROCm's device libraries (`__ocml_*`, `__ockl_*`) are not available to
    mxmoe, and the ROCDL serializer would fail late and obscurely if the
    module referenced them. This pass reports every such symbol (declared or
    called) together with the op that introduced it. Typical causes are
    `gpu.block_dim`, `gpu.grid_dim` and `math.exp2`/`math.tanh`; use
    compile-time block sizes and `rocdl.exp2`/`rocdl.rcp` instead.
  }];
}

def LowerStage2 : Pass<"moe-lower-stage2"> {
  let summary = "Expand moe.stage2 into a tiled kernel body of moe primitives";
  let description = [{
    Rewrites each `moe.stage2` inside a `gpu.func` into the work of one
    workgroup, built from the kernel primitives (`moe.mxfp4_load`,
    `moe.e8m0_load`, `moe.fp4_unpack`, `moe.mfma`) and memref/vector/scf ops:

    * grid: `x` walks the model_dim tiles of width `tile.n`; `y` walks the
      routed m-row blocks times `split_k`. A workgroup whose block is past
      `num_valid_ids[0]` or whose expert is outside `[0, experts)` exits at
      once, so the host may launch `min(capacity / m, T * K) * split_k` rows
      of workgroups for decode instead of the full expert grid;
    * the m x n workgroup tile splits into 16 x 16 MFMA tiles (16 model_dim
      columns x 16 routed rows), (m/16)(n/16)/waves per wave, consecutive
      ones sharing columns; weights are the A operand; lane `l` holds 32
      consecutive K of one weight row and of one routed row per tile;
    * tails: model_dim columns past the end read a row past the weight
      buffer (zeros) and are not stored; K past inter_dim reads zeros;
    * epilogue per routed row and column: + bias (first K slice only), x
      routing weight, then an f32 buffer atomic add (`buffer_atomic_add_f32`)
      into `y[t]` or a store of the per-slot row `y[t * K + s]`. With a bf16
      or f16 `y`, the atomic adds column pairs with `buffer_atomic_pk_add_bf16`
      (gfx950 only) or `buffer_atomic_pk_add_f16`; model_dim must then be even
      so that every pair is one aligned dword. Each atomic rounds the running
      sum to `y`'s type: use combine = store and `moe.slot_reduce` for an f32
      sum rounded once.

    a16w4 unpacks the weights (hardware cvt on gfx950) and uses bf16
    MFMAs; a4w4 and a8w4 feed the FP4 weights, the FP4 or FP8 activations
    (FP8 gathered into the instruction's striped lane layout) and their
    E8M0 scales straight to one 16x16x128 scaled MFMA per step (gfx950).
    This first version streams operands from global memory (no LDS staging
    or ping-pong yet) with a 128-wide K step.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::moe::MoEDialect",
    "::mlir::amdgpu::AMDGPUDialect"
  ];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; decides which output atomics exist">,
  ];
}

def LowerSlotReduce : Pass<"moe-lower-slot-reduce"> {
  let summary = "Expand moe.slot_reduce into per-lane element sums";
  let description = [{
    Each lane computes one output element `(t, d)`: it adds the K per-slot
    values of token t in slot order, skipping slots whose expert is outside
    `[0, experts)`, in f32, and stores the result rounded to y's type. Lanes
    past `T * model_dim` do nothing.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect"
  ];
}

#endif // MXMOE_TRANSFORMS_PASSES_TD
