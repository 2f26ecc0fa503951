// RUN: moe-opt %s -split-input-file --moe-lower-stage1-epilogue="chip=gfx942" -verify-diagnostics

// gfx942 has no v_cvt_scalef32_pk_*: an MX output cannot be lowered there.
gpu.module @m {
  gpu.func @mxfp4_gfx942(%acc0: vector<4xf32>, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %ids: memref<?xi32, 1>,
                         %t: i32, %row: index, %e: index, %col: index) kernel {
    // expected-error @+1 {{cannot be lowered: mxfp4 output needs v_cvt_scalef32_pk_* (gfx950), which gfx942 lacks}}
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<swiglu>, output = #moe.output<mxfp4>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// A bf16 output lowers on gfx942.
gpu.module @m2 {
  gpu.func @bf16_gfx942(%acc0: vector<4xf32>, %h: memref<?xbf16, 1>, %ids: memref<?xi32, 1>,
                        %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xbf16, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<swiglu>,
       tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}
