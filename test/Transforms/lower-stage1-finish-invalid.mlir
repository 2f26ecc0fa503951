// RUN: moe-opt %s -split-input-file --moe-lower-stage1-finish="chip=gfx942" -verify-diagnostics

// gfx942 has no v_cvt_scalef32_pk_*: an MX output cannot be lowered there.
gpu.module @m {
  gpu.func @mxfp8_gfx942(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    // expected-error @+1 {{cannot be lowered: mxfp8 output needs v_cvt_scalef32_pk_* (gfx950), which gfx942 lacks}}
    moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>, output = #moe.output<mxfp8>,
       inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 256}
    gpu.return
  }
}

// -----

// A bf16 output lowers on gfx942.
gpu.module @m2 {
  gpu.func @bf16_gfx942(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) kernel {
    moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
      {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 256}
    gpu.return
  }
}

// -----

// The lanes come from the kernel's grid, so the op must be in one.
func.func @host(%p: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %h: memref<?xbf16, 1>) {
  // expected-error @+1 {{cannot be lowered: must be inside a gpu.func kernel}}
  moe.stage1_finish %p : memref<?xf32, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %h : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     inter_dim = 2880, experts = 128, topk = 4, split_k = 2, block_size = 256}
  return
}
