//===- MoEBase.td - The moe dialect ------------------------*- tablegen -*-===//

#ifndef MXMOE_DIALECT_MOE_IR_MOEBASE_TD
#define MXMOE_DIALECT_MOE_IR_MOEBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def MoE_Dialect : Dialect {
  let name = "moe";
  let cppNamespace = "::mlir::moe";
  let summary = "Mixture-of-Experts GEMM kernels for AMD CDNA GPUs";
  let description = [{
    The `moe` dialect describes MoE GEMMs with MXFP4 weights (the math, the
    routing buffers and the formats are in `docs/semantics.md`) at three
    levels, each lowered to the next by named passes:

    1. **Problem ops** say *what* is computed: `moe.layer` (a whole layer, in
       host code), and the kernels' bodies `moe.stage1`, `moe.stage2`,
       `moe.stage1_finish`, `moe.sort`, `moe.quantize_mx` and
       `moe.slot_reduce` (inside a `gpu.func`). `moe-expand-layer` turns a
       `moe.layer` into `gpu.func`s holding the other problem ops, with the
       buffers and launches between them.
    2. **Workgroup ops** say what one workgroup does on its tile:
       `moe.routed_mma` (routed rows times one expert's weight tile) and the
       fused epilogues `moe.stage1_epilogue` and `moe.stage2_epilogue`.
       `moe-tile-stage1` and `moe-tile-stage2` map the stage ops onto the
       routed grid and produce them.
    3. **Primitives** say *how*, one wave instruction or load at a time:
       `moe.mxfp4_load`, `moe.e8m0_load`, `moe.e8m0_decode`,
       `moe.fp4_unpack`, `moe.mfma` and `moe.scaled_mfma`.
       `moe-pipeline-routed-mma` expands `moe.routed_mma` into a ping-pong
       LDS-pipelined loop of primitives; `moe-lower-stage1-epilogue`,
       `moe-lower-stage2-epilogue`, `moe-lower-stage1-finish`,
       `moe-lower-sort`, `moe-lower-quantize-mx` and `moe-lower-slot-reduce`
       expand the remaining ops into primitives and upstream
       `arith`/`vector`/`gpu`/`rocdl` IR.

    `convert-moe-to-rocdl` lowers the primitives to the upstream `amdgpu`,
    `rocdl`, `arith` and `vector` dialects for a chip; the `moe-to-llvm`
    pipeline runs every step down to the LLVM dialect. Layouts and formats are
    attributes, never conventions hidden in code.
  }];
  let useDefaultAttributePrinterParser = 1;
  let dependentDialects = ["::mlir::vector::VectorDialect"];
  let extraClassDeclaration = [{
    void registerAttributes();
  }];
}

class MoE_Op<string mnemonic, list<Trait> traits = []>
    : Op<MoE_Dialect, mnemonic, traits>;

#endif // MXMOE_DIALECT_MOE_IR_MOEBASE_TD
