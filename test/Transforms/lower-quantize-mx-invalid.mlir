// RUN: moe-opt %s -split-input-file --moe-lower-quantize-mx="chip=gfx942" -verify-diagnostics

// gfx942 has no v_cvt_scalef32_pk_*: the quantizer cannot be lowered there.
gpu.module @m {
  gpu.func @mxfp8_gfx942(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) kernel {
    // expected-error @+1 {{cannot be lowered: mxfp8 needs v_cvt_scalef32_pk_* (gfx950), which gfx942 lacks}}
    moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
      {format = #moe.output<mxfp8>, cols = 2880, block_size = 256}
    gpu.return
  }
}

// -----

// The lanes come from the kernel's grid, so the op must be in one.
func.func @host(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) {
  // expected-error @+1 {{cannot be lowered: must be inside a gpu.func kernel}}
  moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
    {format = #moe.output<mxfp8>, cols = 2880, block_size = 256}
  return
}
