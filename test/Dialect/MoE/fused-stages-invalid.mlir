// RUN: moe-opt %s -split-input-file -verify-diagnostics

// moe.fused_stages names two kernels of its module whose parameters are its
// operands and whose block size is the fused kernel's.

gpu.module @m {
  gpu.func @fused(%t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+1 {{first (@missing) is not a gpu.func kernel of this module}}
    moe.fused_stages @missing(%t : i32) then @missing(%t : i32) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @a(%t: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @b(%t: i32, %u: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @fused(%t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+1 {{second (@b) takes '(i32, i32) -> ()', its operands here are 'i32'}}
    moe.fused_stages @a(%t : i32) then @b(%t : i32) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @a(%t: i32) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
    gpu.return
  }
  gpu.func @b(%t: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @fused(%t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+1 {{first (@a) must have the enclosing kernel's known block size}}
    moe.fused_stages @a(%t : i32) then @b(%t : i32) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @a(%t: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @fused(%t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+1 {{first and second must be different kernels}}
    moe.fused_stages @a(%t : i32) then @a(%t : i32) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 2 : i64, topk = 2 : i64}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @a(%t: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @b(%t: i32) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    gpu.return
  }
  gpu.func @fused(%t: i32, %y: memref<?xf32, 1>, %s: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    // expected-error @+1 {{attribute 'second_tiles_x' failed to satisfy constraint}}
    moe.fused_stages @a(%t : i32) then @b(%t : i32) tokens %t zero %y : memref<?xf32, 1> sync %s : memref<?xi32, 1> {experts = 8 : i64, first_block_m = 16 : i64, first_tiles_x = 2 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 0 : i64, topk = 2 : i64}
    gpu.return
  }
}
