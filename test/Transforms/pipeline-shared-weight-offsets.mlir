// RUN: moe-opt %s --moe-lower-stage2 --canonicalize --cse | FileCheck %s

// A scaled loop whose weight units of later copy passes are a fixed number
// of rows from the first pass's (16x64x512, 4 waves: each lane copies 4
// weight chunks 16 rows apart, 16 x 1440 bytes in preshuffle16x16): the
// steady loop loads all four at the first pass's offset, through resources
// moved by 0, 23040, 46080 and 69120 bytes, made once before the loop.
// (e8m0_shuffle's scales are linear over 32 rows, not 16: only some share.)
// CHECK-LABEL: gpu.func @k
// CHECK-DAG: arith.constant 23040 : i64
// CHECK-DAG: arith.constant 46080 : i64
// CHECK-DAG: arith.constant 69120 : i64
// CHECK: %[[W0:.*]] = rocdl.make.buffer.rsrc
// CHECK: %[[W1:.*]] = rocdl.make.buffer.rsrc
// CHECK: %[[W2:.*]] = rocdl.make.buffer.rsrc
// CHECK: %[[W3:.*]] = rocdl.make.buffer.rsrc
// CHECK: scf.for
// CHECK: %[[OFF:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: rocdl.raw.ptr.buffer.load %[[W0]], %[[OFF]], %c0_i32, %c2_i32 : vector<4xi32>
// CHECK-NEXT: vector.bitcast
// CHECK-NEXT: rocdl.raw.ptr.buffer.load %[[W1]], %[[OFF]], %c0_i32, %c2_i32 : vector<4xi32>
// CHECK-NEXT: vector.bitcast
// CHECK-NEXT: rocdl.raw.ptr.buffer.load %[[W2]], %[[OFF]], %c0_i32, %c2_i32 : vector<4xi32>
// CHECK-NEXT: vector.bitcast
// CHECK-NEXT: rocdl.raw.ptr.buffer.load %[[W3]], %[[OFF]], %c0_i32, %c2_i32 : vector<4xi32>
gpu.module @m {
  gpu.func @k(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %b: memref<?xf32, 1>,
              %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
              %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a4w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      bias(%b : memref<?xf32, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       weight_cache = #moe.cache<nt>,
       tile = #moe.tile<m = 16, n = 64, k = 512, waves = 4>}
    gpu.return
  }
}
