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

def AttachLoopAnnotations : Pass<"moe-attach-loop-annotations"> {
  let summary = "Turn llvm.loop_annotation attributes on LLVM branches into "
                "their loop metadata";
  let description = [{
    `scf.for` carries an `llvm.loop_annotation` attribute to the back-edge
    branch when it is lowered to control flow, but the LLVM dialect's
    branches translate only their `loop_annotation` property into `!llvm.loop`
    metadata. This pass moves the attribute into the property of every
    `llvm.br` and `llvm.cond_br` that has one, so that, for example, the
    routed-MMA main loop (`unroll = <disable = true>`, set by
    moe-pipeline-routed-mma) keeps its ping-pong barriers in place instead of
    being fully unrolled by LLVM.
  }];
  let dependentDialects = ["LLVM::LLVMDialect"];
}

def TileStage2 : Pass<"moe-tile-stage2"> {
  let summary = "Map moe.stage2 onto the grid: routed blocks, columns, K slices";
  let description = [{
    Rewrites each `moe.stage2` inside a `gpu.func` into the grid mapping of
    one workgroup plus its main loop (`moe.routed_mma`) and epilogue
    (`moe.stage2_epilogue`):

    * `x` walks the model_dim tiles of width `tile.n`; `y` walks the routed
      m-row blocks times `split_k`;
    * a workgroup whose block is past `num_valid_ids[0]` or whose expert is
      outside `[0, experts)` exits at once, so the host may launch
      `min(capacity / m, T * K) * split_k` rows of workgroups for decode
      instead of the full expert grid;
    * K slice `s` covers whole pipeline steps of `tile.k`:
      `[s * S, min((s + 1) * S, inter_dim))` with
      `S = ceil(ceil(inter_dim / tile.k) / split_k) * tile.k`; a slice past
      the end has no steps.

    A combine the chip cannot do (bf16 atomics without
    `buffer_atomic_pk_add_bf16`, 16-bit atomics with an odd model_dim) is
    an error on the `moe.stage2`. This is the first of the stage-2 passes;
    `moe-lower-stage2` runs all of them.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::moe::MoEDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; decides which output atomics exist">,
  ];
  let statistics = [
    Statistic<"numTiled", "tiled", "moe.stage2 ops mapped onto the grid">,
  ];
}

def PipelineRoutedMMA : Pass<"moe-pipeline-routed-mma"> {
  let summary = "Expand moe.routed_mma into a ping-pong LDS-pipelined MFMA loop";
  let description = [{
    Each `moe.routed_mma` becomes a software pipeline over steps of
    `tile.k` of K, with two LDS stage buffers (a workgroup attribution of
    the kernel; layout shared with the verifiers' resource estimate) at
    `pipeline_depth` 2, the ping-pong this describes. At depth d > 2 the
    global loads of step i + d, not i + 2, go out in step i: the d - 1
    register sets of steps i + 1 .. i + d - 1 are in flight (the wait before
    the LDS writes is `load((d - 2) * loads per set)`: only the oldest set),
    the step writes the oldest into the next of `max(2, d - 1)` stage
    buffers, the prologue loads steps 1 .. d - 1, the steady loop runs the
    steps whose load of step i + d is whole (one step per buffer and
    iteration, so buffers and register sets keep fixed places) and up to
    d + buffers - 1 guarded steps finish; the barriers, the one-phase
    ping-pong offset and the reuse distance (at least as long) are those of
    depth 2:

    * every thread copies its share of a step (16-byte chunks of weights
      through `moe.mxfp4_load`, of activations through bounds-checked buffer
      loads, scale bytes through `moe.e8m0_load`) into registers; rows past
      the weights, invalid routed rows and K past `k_dim` read zeros;
    * a K slice's n = ceil(span / tile.k) steps end at its `k_end`: the
      partial step, if any, is the first (K below `k_begin` reads zeros), so
      every later step is whole;
    * a steady-state loop runs the iterations whose steps all store a next
      step and load the one depth - 1 after it: no guards and no K masks,
      each copy unit's address advanced from a base computed before the
      loop (where the unit's layout is linear in whole steps: checked on the
      layout's address function; otherwise it keeps its load op), one
      `amdgpu.memory_counter_wait load(0)` for the prefetched registers
      before the LDS writes; up to depth + B - 1 guarded steps finish (B
      stage buffers). Where the whole K has fewer than depth + 2 B steps
      that loop would have one trip or none (LLVM deletes a loop of one
      trip: the whole K straight-line), so it runs the (n div B) B steps
      instead: the LDS writes past the last step go to a buffer no later
      step reads, the loads of a step past the end read nothing (a16w4: an
      empty window; otherwise every offset moves 2^31 up, past the buffer;
      a scalar compare and a select or two per buffer and step; general-path
      loads read on bounds-checked, gathered activations reread the last
      step), and at most B - 1 guarded steps finish. The loops carry
      `llvm.loop_annotation` unroll-disable (moe-attach-loop-annotations
      makes it LLVM metadata) so that LLVM keeps each MFMA cluster between
      its barriers;
    * a stage buffer keeps a row's scale bytes so that one LDS read gives a
      lane its scales for several 128-wide sub-steps (weights: 4, the
      scaled MFMA's A bytes; activations: 2, its B bytes 0 and 1, the
      selects Triton-compiled oracle kernels exercise); each MFMA picks its
      byte with `scale_a_byte` / `scale_b_byte`;
    * a step is a memory cluster (LDS reads of this step's MFMA operands
      from one buffer; LDS writes of the next step's registers into the
      other; global loads of the step after that) and an MFMA cluster
      (`moe.fp4_unpack` + `moe.mfma` for a16w4, `moe.scaled_mfma` otherwise)
      between `rocdl.s.setprio 1` and `0`;
    * every cluster ends at a fenced workgroup barrier (`gpu.barrier`:
      release/acquire fences around `s_barrier`, so LDS writes are complete
      and visible) bracketed by `rocdl.sched.barrier 0`; this pass emits
      every barrier of the loop. Writes of LDS from registers wait for the
      global loads through the register dependence (`s_waitcnt vmcnt`);
    * ping-pong (option `ping-pong`, with an even wave count): waves
      `[waves/2, waves)` pass one extra barrier before the prologue and the
      first half one after the loop, so one group's MFMA cluster overlaps the
      other's memory cluster. With that one-phase offset a buffer is read
      two phases after it is written and rewritten two phases after it is
      read, which is why the prologue ends with two barriers;
    * the loop is unrolled twice, so buffer 0 and buffer 1 have fixed LDS
      offsets;
    * `k_wave_groups` s > 1: a step is s `tile.k` wide (each copy unit
      repeated s times, moved by q `tile.k` in K and q group parts in the
      buffer), wave w belongs to K group w div (waves / s) and reads and
      multiplies only its group's part, over the m x n tiling of waves / s
      waves. Every group walks every step, so the barriers, the ping-pong
      and the pipeline are those above; the K tail, K slices and fewer
      steps than groups are the partial first step's zeros. After the loop
      (every wave past its last stage-buffer read) each wave stores its
      partial accumulators to LDS over the stage buffers, one barrier, then
      each wave sums its own tiles' s partials in group order 0, 1, ... (a
      fixed order: the result is the same on every run).
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::moe::MoEDialect",
    "::mlir::amdgpu::AMDGPUDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
  let options = [
    Option<"pingPong", "ping-pong", "bool", /*default=*/"true",
           "Offset the two wave groups by one phase (needs an even wave count)">,
  ];
  let statistics = [
    Statistic<"numMFMAs", "mfmas", "MFMA ops emitted">,
    Statistic<"ldsStageBytes", "lds-stage-bytes",
              "LDS bytes of one pipeline stage buffer, summed over the ops">,
  ];
}

def LowerStage2Epilogue : Pass<"moe-lower-stage2-epilogue"> {
  let summary = "Expand moe.stage2_epilogue into bias, weight and combine";
  let description = [{
    Per valid routed row and model_dim column of the accumulators: + bias
    (K slice 0 only), x routing weight, then an f32 buffer atomic add
    (`buffer_atomic_add_f32`) into `y[t]` or a store of the per-slot row of
    the slice's plane. With a bf16 or f16 `y`, the atomic adds column pairs
    with `buffer_atomic_pk_add_bf16` (gfx950 only) or
    `buffer_atomic_pk_add_f16`; model_dim must then be even so that every
    pair is one aligned dword. Each atomic rounds the running sum to `y`'s
    type: use combine = store and `moe.slot_reduce` for an f32 sum rounded
    once. What the chip lacks is an error naming it.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::amdgpu::AMDGPUDialect",
    "::mlir::ROCDL::ROCDLDialect"
  ];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; decides which output atomics exist">,
  ];
}

def TileStage1 : Pass<"moe-tile-stage1"> {
  let summary = "Map moe.stage1 onto the routed grid (shared with stage 2)";
  let description = [{
    Rewrites each `moe.stage1` inside a `gpu.func` into the routed grid of
    `moe-tile-stage2` (x: `tile.n` interleaved gate/up weight rows, i.e.
    `tile.n / 2` columns of h; y: routed blocks; early exits), a
    `moe.routed_mma` over the x rows (row = token) and the W13 rows with its
    `gate_up` arrangement, and a `moe.stage1_epilogue`. With `split_k` > 1
    the grid's y also walks the K slices of model_dim and the epilogue
    stores the slice's raw partial plane (see `moe.stage1_finish`).
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::moe::MoEDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
  let statistics = [
    Statistic<"numTiled", "tiled", "moe.stage1 ops mapped onto the grid">,
  ];
}

def LowerStage1Epilogue : Pass<"moe-lower-stage1-epilogue"> {
  let summary = "Expand moe.stage1_epilogue into bias, clamp, activation, store";
  let description = [{
    Per valid routed row and h column: gate and up from the same lane's
    accumulator, + bias (in the weight's gate/up arrangement), then GPT-OSS
    SwiGLU (`min`/clamp unless limit = inf, `g * sigmoid(alpha g) * (u + 1)`)
    or SiLU (`g * sigmoid(g) * u`) in f32, with sigmoid as
    `rocdl.rcp(1 + rocdl.exp2(-x log2 e))` (no device library), stored as
    bf16 or MX-quantized. MX outputs: each lane writes the largest magnitude
    of its column pair to an LDS array `[m, n / 4]` (a workgroup
    attribution), one fenced barrier, then every lane reduces the 16 pairs of
    its 32-column block, derives the E8M0 byte from the f32 exponent bits
    (`floor` / `ceil`), clamps to the format's maximum times the scale
    (saturation), converts its pair with `rocdl.cvt.scalef32.pk.fp4.f32` /
    `.fp8.f32` and stores it; the lane holding a block's first pair stores
    the scale byte. A chip without those conversions is an error naming it.
  }];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; MX outputs need v_cvt_scalef32_pk_* (gfx950)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
}

def LowerStage1Finish : Pass<"moe-lower-stage1-finish"> {
  let summary = "Expand moe.stage1_finish into per-lane plane sums and the epilogue";
  let description = [{
    Each lane takes one routed row's block of 32 h columns: it loads the
    (gate, up) pair of every column from each split-K plane, adds the planes
    in order, then applies the bias, the activation and the output format
    with the same IR as `moe-lower-stage1-epilogue`. For MX outputs the lane
    holds the whole block, takes its largest magnitude, derives the E8M0
    byte, saturates, packs the codes with `rocdl.cvt.scalef32.pk.fp4.f32` /
    `.fp8.f32` into 32-bit words and stores the block's 16 or 32 bytes and
    its scale byte. Rows with an expert outside the shard are skipped; lanes
    past the last row do nothing. A chip without the MX conversions is an
    error naming it.
  }];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; MX outputs need v_cvt_scalef32_pk_* (gfx950)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
}

def LowerQuantizeMX : Pass<"moe-lower-quantize-mx"> {
  let summary = "Expand moe.quantize_mx into one MX block per lane";
  let description = [{
    Each lane loads its 32-element block as one vector, widens it to f32,
    takes the largest magnitude, derives the E8M0 byte (`floor` / `ceil`),
    saturates, packs the codes with `rocdl.cvt.scalef32.pk.fp4.f32` /
    `.fp8.f32` into 32-bit words and stores the 16 or 32 code bytes and the
    scale byte: the same IR as the stage-1 MX epilogues. Lanes past the last
    block do nothing. A chip without the conversions is an error naming it.
  }];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip; needs v_cvt_scalef32_pk_* (gfx950)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::vector::VectorDialect",
    "::mlir::gpu::GPUDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
}

def LowerSort : Pass<"moe-lower-sort"> {
  let summary = "Expand moe.sort into a one-workgroup deterministic counting sort";
  let description = [{
    Each wave of the workgroup owns a contiguous range of the `[T, K]`
    entries (a multiple of 64) and walks it in chunks of 64 lanes. A lane's
    rank among the chunk's lanes routed to the same expert is read from an
    LDS copy of the chunk (between wave barriers); the last of them advances
    the wave's counter for that expert, so no atomics are needed and the
    order within an expert is (token, slot). Pass 1 counts; lane 0 then turns
    the per-wave counts into bases, pads every expert to `block_m`, writes
    `sorted_expert_ids` and `num_valid_ids`; pass 2 scatters the packed rows
    and weights. All capacity rows are first filled with the sentinel (weight
    0) and all blocks with -1. LDS: `4 * waves * (experts + 64)` bytes.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::LLVM::LLVMDialect"
  ];
}

def LowerRouteSlots : Pass<"moe-lower-route-slots"> {
  let summary = "Expand moe.route_slots into one grid-stride pass of stores";
  let description = [{
    Row `r` of the buffers is row `r mod block_m` of slot `r / block_m`'s
    block: each lane writes rows `tid, tid + block_size, ...` of the first
    `min(T K, blocks held)` blocks. Every lane of a block loads its slot's
    id (and weight) together, one global round trip; the block's first row
    gets the packed row (or the sentinel when the id is not routed), the
    others the sentinel; the first lane of a block writes its expert. Blocks
    past the slots get -1, lane 0 writes `num_valid_ids`. No LDS of its own,
    no barrier (the stage kernel's follows), no sort.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect"
  ];
}

def LowerSortChunks : Pass<"moe-lower-sort-chunks"> {
  let summary = "Expand moe.sort_chunks into one kernel of the multi-workgroup sort";
  let description = [{
    `count`: workgroup `block_id.x` walks the `chunk` entries it owns as
    `moe-lower-sort` walks a workgroup's (each wave a contiguous range in
    chunks of 64, per-wave LDS counters) and stores the per-expert sums;
    the grid fills the capacity rows and blocks (grid-stride loops over
    `grid_dim.x` workgroups). `offsets`: each lane owns experts `tid, tid +
    block_size, ...` and prefix-sums their column of counts with 8 loads in
    flight; lane 0 pads the totals to `block_m` in expert order; the lanes
    then write the experts' blocks and first rows. `scatter`: the count walk
    again, per-wave bases from the chunk's base plus the expert's first row,
    then the scatter walk. Every index is clamped to the buffers' sizes.
    LDS: `4 * waves * (experts + 64)` bytes.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::LLVM::LLVMDialect"
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

def FuseStages : Pass<"moe-fuse-stages", "::mlir::gpu::GPUModuleOp"> {
  let summary = "Inline the phases of moe.fused_stages into one kernel";
  let description = [{
    Replaces each `moe.fused_stages` with the ticket protocol of its
    description around clones of its two phase functions' bodies (run
    after the moe lowering passes, so the bodies are exactly what the
    stand-alone stage kernels would run): `gpu.block_id` becomes the
    ticket's tile in each phase's grid, and the phases' workgroup
    attributions become `memref.view`s of one shared i8 attribution (16-byte
    aligned offsets; a workgroup runs one phase, so the two layouts
    overlap), plus one i32 word for the ticket. Synchronization is LLVM
    atomics and fences at agent scope; the launch's workgroup count comes
    from `llvm.amdgcn.implicitarg.ptr`. The phase functions are erased once
    no `moe.fused_stages` names them.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::LLVM::LLVMDialect", "::mlir::ROCDL::ROCDLDialect"
  ];
}

def ExpandLayer : Pass<"moe-expand-layer", "::mlir::ModuleOp"> {
  let summary = "Expand moe.layer into its kernels, buffers and launches";
  let description = [{
    Each `moe.layer` becomes the kernels of every token bucket (the same
    sort, stage-1 and stage-2 kernels, with the same parameters and grids,
    that `moe-compile --model` writes to its manifest) as `gpu.func`s of one
    `gpu.module @moe_layer_kernels` (shared by the layers of a module; equal
    kernels are emitted once), and host code in place of the op: an `scf.if`
    chain on `tokens` picks the bucket; inside it `gpu.alloc` creates the
    routing buffers (capacity `ceil((T K + E (m - 1)) / m) m` rows) and the
    stage-1 output, `gpu.launch_func` runs sort -> stage 1 -> stage 2 (->
    slot reduction) with grids computed from `tokens`, and `gpu.dealloc`
    frees the buffers. The module becomes a `gpu.container_module`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect", "::mlir::gpu::GPUDialect",
    "::mlir::moe::MoEDialect"
  ];
}

def BareKernelAbi : Pass<"moe-bare-kernel-abi", "::mlir::ModuleOp"> {
  let summary = "Give kernels the bare-pointer ABI: one pointer per buffer, "
                "sizes as i32 arguments";
  let description = [{
    Rewrites every kernel `gpu.func` whose buffers are 1-D identity memrefs
    so that, once `convert-gpu-to-rocdl` runs with bare pointers, each
    buffer is one pointer argument (in place) and its element count one
    `i32` argument appended after all parameters, in buffer order
    (docs/runtime.md, "Kernel ABIs"). Inside the kernel the buffer is a
    `memref.reinterpret_cast` of the pointer to the size argument, so every
    buffer resource stays exactly as large as the caller says; a negative
    size counts as 0. `gpu.launch_func`s of the rewritten kernels pass
    `memref<1xT>` views of their buffers and the buffers' sizes.
    Kernels with other memref arguments are diagnosed.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect",
    "::mlir::gpu::GPUDialect"
  ];
}

#endif // MXMOE_TRANSFORMS_PASSES_TD
