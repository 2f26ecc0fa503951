// RUN: moe-opt %s -split-input-file --moe-check-no-device-libs -verify-diagnostics
// The pipeline runs the check, so a kernel needing the device libraries fails
// with a clear message instead of a late serializer error.
// RUN: not moe-opt %s -split-input-file --moe-to-llvm 2>&1 | FileCheck %s --check-prefix=PIPELINE

// PIPELINE: error: references ROCm device-library function '__ocml_exp2_f32'

gpu.module @decl {
  // expected-error @+1 {{references ROCm device-library function '__ocml_exp2_f32', which mxmoe cannot link (no device libraries)}}
  llvm.func @__ocml_exp2_f32(f32) -> f32
  llvm.func @k(%x: f32) -> f32 attributes {rocdl.kernel} {
    // expected-error @+1 {{calls ROCm device-library function '__ocml_exp2_f32', which mxmoe cannot link}}
    %0 = llvm.call @__ocml_exp2_f32(%x) : (f32) -> f32
    llvm.return %0 : f32
  }
}

// -----

// gpu.block_dim lowers to __ockl_get_local_size.
gpu.module @blockdim {
  gpu.func @k(%out: memref<?xindex, 1>) kernel {
    %c0 = arith.constant 0 : index
    %d = gpu.block_dim x
    memref.store %d, %out[%c0] : memref<?xindex, 1>
    gpu.return
  }
}

// -----

// Clean IR passes untouched.
gpu.module @clean {
  llvm.func @k(%x: f32) -> f32 attributes {rocdl.kernel} {
    %0 = rocdl.exp2 %x f32 -> f32
    llvm.return %0 : f32
  }
}
