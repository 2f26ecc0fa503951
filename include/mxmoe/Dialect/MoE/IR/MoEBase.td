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
    The `moe` dialect describes MoE GEMMs with MXFP4 weights at two levels:
    problem ops say *what* a layer computes; kernel primitives (MXFP4 loads,
    E8M0 scale loads and decode, FP4 unpack, MFMA and scaled MFMA) say *how*.
    The primitives lower to the upstream `amdgpu`, `rocdl`, `arith` and
    `vector` dialects with `convert-moe-to-rocdl`; layouts and formats are
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
