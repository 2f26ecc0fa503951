// Every verifier error of moe.sort_chunks.
// RUN: moe-opt %s -split-input-file -verify-diagnostics

func.func @chunk_not_whole_steps(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %c: memref<?xi32, 1>, %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{chunk (300) must be a multiple of block_size (256)}}
  moe.sort_chunks <count> %ids : memref<?xi32, 1> tokens %t experts_from %eb counts %c : memref<?xi32, 1> -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 4, experts = 32, block_m = 16, block_size = 256, chunk = 300}
  return
}

// -----

func.func @lds(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %c: memref<?xi32, 1>, %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{needs 165888 bytes of LDS for 2528 experts and 16 waves, more than the 163840 of gfx950}}
  moe.sort_chunks <scatter> %ids : memref<?xi32, 1> tokens %t experts_from %eb counts %c : memref<?xi32, 1> -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 4, experts = 2528, block_m = 16, block_size = 1024, chunk = 1024}
  return
}

// -----

func.func @topk(%ids: memref<?xi32, 1>, %t: i32, %eb: i32, %c: memref<?xi32, 1>, %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{topk (128) must be at most 127 (7-bit slot field)}}
  moe.sort_chunks <offsets> %ids : memref<?xi32, 1> tokens %t experts_from %eb counts %c : memref<?xi32, 1> -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 128, experts = 32, block_m = 16, block_size = 256, chunk = 256}
  return
}
