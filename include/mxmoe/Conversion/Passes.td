//===- Passes.td - mxmoe conversion passes -----------------*- tablegen -*-===//

#ifndef MXMOE_CONVERSION_PASSES_TD
#define MXMOE_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertMoEToROCDL : Pass<"convert-moe-to-rocdl"> {
  let summary = "Lower moe kernel primitives to amdgpu/rocdl/arith/vector";
  let description = [{
    Rewrites the `moe` kernel primitives into upstream dialects for one chip:

    * `moe.mxfp4_load` / `moe.e8m0_load`: a raw buffer resource over the whole
      memref (`num_records` = its byte size, stride 0, soffset 0) and one
      `rocdl.raw.ptr.buffer.load` whose `aux` operand carries the cache bits.
      Addresses come from the shared layout functions (`mxmoe/Format`).
    * `moe.e8m0_decode`: integer shift with the 0 and 255 special cases.
    * `moe.fp4_unpack`: `rocdl.cvt.scalef32.pk.*.fp4` (hardware) or an exact
      `v_perm_b32` table lookup scaled by `v_ldexp_f32` (software).
    * `moe.mfma` / `moe.scaled_mfma`: `amdgpu.mfma` / `amdgpu.scaled_mfma`;
      16x16x32 / 32x32x16 bf16 MFMAs become two `_1k` K-halves on chips that
      lack them.

    Requests the chip cannot honour (hardware unpack or scaled MFMA off
    gfx950) are errors, not silent fallbacks.
  }];
  let dependentDialects = [
    "::mlir::amdgpu::AMDGPUDialect",
    "::mlir::ROCDL::ROCDLDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect"
  ];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"gfx950\"",
           "Target chip (gfx950, gfx942, gfx90a)">,
    Option<"unpackStrategy", "unpack-strategy", "std::string",
           /*default=*/"\"\"",
           "Override every moe.fp4_unpack strategy: auto, hw or sw (empty: "
           "keep each op's own)">
  ];
  let statistics = [
    Statistic<"numConverted", "converted", "moe ops lowered to ROCDL">,
  ];
}

#endif // MXMOE_CONVERSION_PASSES_TD
