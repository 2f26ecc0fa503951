// Problem-level ops reaching the primitive lowering: a clear error, not a
// crash or a silently dropped op.
// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl -verify-diagnostics

func.func @stage2(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                  %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                  %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  // expected-error @+1 {{'moe.stage2' op is a problem-level op: run its lowering pass (moe-lower-stage2, moe-tile-stage1, moe-lower-slot-reduce, moe-lower-stage1-finish, moe-lower-quantize-mx, moe-lower-sort, moe-lower-route-slots, moe-expand-layer; all part of the moe-to-llvm pipeline) first}}
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// -----

func.func @quantize(%x: memref<?xbf16, 1>, %t: i32, %c: memref<?xi8, 1>, %s: memref<?xi8, 1>) {
  // expected-error @+1 {{'moe.quantize_mx' op is a problem-level op}}
  moe.quantize_mx %x : memref<?xbf16, 1> rows %t -> %c : memref<?xi8, 1>, %s : memref<?xi8, 1>
    {format = #moe.output<mxfp8>, cols = 2880, block_size = 256}
  return
}
