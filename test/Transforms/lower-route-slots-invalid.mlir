// RUN: moe-opt %s --split-input-file --verify-diagnostics --moe-lower-route-slots

gpu.module @m {
  gpu.func @too_many_blocks(%ids: memref<?xi32, 1>, %t: i32, %eb: i32)
      workgroup(%sid: memref<160xi32, #gpu.address_space<workgroup>>,
                %sw: memref<160xf32, #gpu.address_space<workgroup>>,
                %seid: memref<10xi32, #gpu.address_space<workgroup>>,
                %nv: memref<1xi32, #gpu.address_space<workgroup>>) kernel {
    // expected-error @+1 {{holds 10 blocks, more than the 8 experts}}
    moe.route_slots %ids : memref<?xi32, 1> tokens %t experts_from %eb
      -> %sid : memref<160xi32, #gpu.address_space<workgroup>>,
         %sw : memref<160xf32, #gpu.address_space<workgroup>>,
         %seid : memref<10xi32, #gpu.address_space<workgroup>>,
         %nv : memref<1xi32, #gpu.address_space<workgroup>>
      {topk = 2, experts = 8, block_m = 16, block_size = 256}
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @lanes(%ids: memref<?xi32, 1>, %t: i32, %eb: i32,
                  %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                  %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) kernel {
    // expected-error @+1 {{block_size}}
    moe.route_slots %ids : memref<?xi32, 1> tokens %t experts_from %eb
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 2, experts = 8, block_m = 16, block_size = 100}
    gpu.return
  }
}

// -----

func.func @host(%ids: memref<?xi32, 1>, %t: i32, %eb: i32,
                %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                %seid: memref<?xi32, 1>, %nv: memref<?xi32, 1>) {
  // expected-error @+1 {{must be inside a gpu.func kernel}}
  moe.route_slots %ids : memref<?xi32, 1> tokens %t experts_from %eb
    -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
    {topk = 2, experts = 8, block_m = 16, block_size = 256}
  return
}
