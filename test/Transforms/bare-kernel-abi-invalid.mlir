// RUN: moe-opt %s --moe-bare-kernel-abi -verify-diagnostics -split-input-file

gpu.module @m {
  // expected-error @+1 {{argument 0 ('memref<?x?xf32, 1>') cannot be passed under the bare-pointer ABI, which takes 1-D identity-layout memrefs}}
  gpu.func @k(%a: memref<?x?xf32, 1>) kernel {
    gpu.return
  }
}
