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

#endif // MXMOE_TRANSFORMS_PASSES_TD
