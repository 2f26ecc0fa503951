// The weight cache policy of a stage op reaches its weight and weight-scale
// loads and nothing else: moe-tile-stage1/2 copy it to moe.routed_mma, whose
// pipeline puts it on moe.mxfp4_load of w and moe.e8m0_load of w_scales;
// the activation scales keep no cache bits.
// RUN: moe-opt %s --moe-tile-stage2 | FileCheck %s --check-prefix=TILE2
// RUN: moe-opt %s --moe-tile-stage1 | FileCheck %s --check-prefix=TILE1
// RUN: moe-opt %s --moe-tile-stage2 --moe-tile-stage1 --moe-pipeline-routed-mma | FileCheck %s --check-prefix=LOADS

// TILE2-LABEL: gpu.func @stage2_nt
// TILE2: moe.routed_mma <a8w4>
// TILE2-SAME: weight_cache = #moe.cache<nt>
// TILE1-LABEL: gpu.func @stage1_nt
// TILE1: moe.routed_mma <a8w4>
// TILE1-SAME: weight_cache = #moe.cache<nt>

// LOADS-LABEL: gpu.func @stage2_nt
// LOADS-NOT: cache <{{.*}}> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
// LOADS-DAG: moe.mxfp4_load %arg2[{{.*}}] layout <preshuffle16x16> k_dim 2880 cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
// LOADS-DAG: moe.e8m0_load %arg3[{{.*}}] layout <e8m0_shuffle> k_dim 2880 cache <nt> : memref<?xi8, 1> -> f8E8M0FNU
// LOADS-DAG: moe.e8m0_load %arg1[{{.*}}] layout <row_major> k_dim 2880 : memref<?xi8, 1> -> f8E8M0FNU
// LOADS-NOT: moe.e8m0_load %arg1[{{.*}}] cache
// LOADS-LABEL: gpu.func @stage1_nt
// LOADS-DAG: moe.mxfp4_load %arg2[{{.*}}] layout <preshuffle16x16> k_dim 2880 cache <nt>
// LOADS-DAG: moe.e8m0_load %arg3[{{.*}}] layout <e8m0_shuffle> k_dim 2880 cache <nt>
// LOADS-DAG: moe.e8m0_load %arg1[{{.*}}] layout <row_major> k_dim 2880 : memref<?xi8, 1> -> f8E8M0FNU
// LOADS-LABEL: gpu.func @stage2_default
// LOADS-NOT: cache <
// LOADS: gpu.return
gpu.module @m {
  gpu.func @stage2_nt(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                      %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                      %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 1024, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<nt>}
    gpu.return
  }
  gpu.func @stage1_nt(%x: memref<?xi8, 1>, %xs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                      %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32,
                      %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>) kernel {
    moe.stage1 <a8w4> x(%x : memref<?xi8, 1>, %xs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       output = #moe.output<mxfp8>, model_dim = 2880, inter_dim = 512, experts = 8, topk = 4,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<nt>}
    gpu.return
  }
  gpu.func @stage2_default(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                           %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                           %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) kernel {
    moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xf32, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 1024, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
