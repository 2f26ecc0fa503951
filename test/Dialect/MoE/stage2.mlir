// Round trip of the stage-2 problem op.
// RUN: moe-opt %s | moe-opt | FileCheck %s
// RUN: moe-opt %s --mlir-print-op-generic | moe-opt | FileCheck %s

// CHECK-LABEL: func @a16w4_atomic
// CHECK: moe.stage2 <a16w4> h(%{{.*}} : memref<?xbf16, 1>) w(%{{.*}} : memref<?xi8, 1>, %{{.*}} : memref<?xi8, 1>) bias(%{{.*}} : memref<?xf32, 1>) routing(%{{.*}} : memref<?xi32, 1>, %{{.*}} : memref<?xf32, 1>, %{{.*}} : memref<?xi32, 1>, %{{.*}} : memref<?xi32, 1>, %{{.*}}) -> %{{.*}} : memref<?xf32, 1>
// CHECK-SAME: combine = #moe.combine<atomic>
// CHECK-SAME: tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>
func.func @a16w4_atomic(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                        %b: memref<?xf32, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                        %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xf32, 1>) {
  moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    bias(%b : memref<?xf32, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xf32, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
  return
}

// CHECK-LABEL: func @a4w4_store_split
// CHECK: moe.stage2 <a4w4> h(%{{.*}} : memref<?xi8, 1>, %{{.*}} : memref<?xi8, 1>) w(
// CHECK-NOT: bias
// CHECK-SAME: -> %{{.*}} : memref<?xbf16, 1>
// CHECK-SAME: combine = #moe.combine<store>
// CHECK-SAME: routing_weight = false
// CHECK-SAME: split_k = 2
func.func @a4w4_store_split(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>,
                            %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                            %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) {
  moe.stage2 <a4w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xbf16, 1>
    {weight_layout = #moe.weight_layout<row_major>, scale_layout = #moe.scale_layout<row_major>,
     model_dim = 7168, inter_dim = 1024, experts = 384, topk = 8, combine = #moe.combine<store>,
     routing_weight = false, split_k = 2, tile = #moe.tile<m = 32, n = 128, k = 256, waves = 8>}
  return
}

// The weight loads' cache policy: nt is kept, none (the default) is elided.
// CHECK-LABEL: func @a8w4_nt_weights
// CHECK: moe.stage2 <a8w4>
// CHECK-SAME: weight_cache = #moe.cache<nt>
// CHECK-LABEL: func @a8w4_none_weights
// CHECK: moe.stage2 <a8w4>
// CHECK-NOT: weight_cache
// CHECK: return
func.func @a8w4_nt_weights(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>,
                           %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                           %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) {
  moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xbf16, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<nt>}
  return
}
func.func @a8w4_none_weights(%h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %w: memref<?xi8, 1>,
                             %ws: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>,
                             %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) {
  moe.stage2 <a8w4> h(%h : memref<?xi8, 1>, %hs : memref<?xi8, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
    routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
    -> %y : memref<?xbf16, 1>
    {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, combine = #moe.combine<atomic>,
     tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>, weight_cache = #moe.cache<none>}
  return
}
