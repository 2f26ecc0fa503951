// f32 wave reductions lowered by upstream MLIR 22 alone: the gpu dialect's
// subgroup_reduce -> amdgpu.dpp patterns for gfx950 (quad_perm [1,0,3,2] and
// [2,3,0,1], row_half_mirror, row_mirror, row_bcast:15 with row_mask 0xa and
// bound_ctrl off, row_bcast:31, readlane 63), all on f32. Regenerate
// dpp_reduce_f32.ll with make_scaling_truncf.sh. Workgroup g (one wave)
// reads x[64g + lane] and writes, at the same index, the sum over its
// 4-lane cluster (sum4), the maximum over its 16-lane row (max16), the sum
// over the wave (sum64); `ident` is the one construct not from upstream's
// lowering: our routed-MMA anchor, an identity quad_perm [0,1,2,3] with
// both masks 0xf and bound_ctrl off on the f32 bits of `bits` (NaN
// payloads, -0.0, denormals), which must come back bit-exact.
module attributes {gpu.container_module} {
  gpu.module @m [#rocdl.target<chip = "gfx950">] {
    gpu.func @dpp_reduce_f32(%x: memref<?xf32, 1>, %bits: memref<?xi32, 1>, %sum4: memref<?xf32, 1>, %max16: memref<?xf32, 1>, %sum64: memref<?xf32, 1>, %ident: memref<?xi32, 1>) kernel attributes {known_block_size = array<i32: 64, 1, 1>} {
      %tid = gpu.thread_id x
      %bid = gpu.block_id x
      %c64 = arith.constant 64 : index
      %base = arith.muli %bid, %c64 : index
      %i = arith.addi %base, %tid : index
      %a = memref.load %x[%i] : memref<?xf32, 1>
      %r4 = gpu.subgroup_reduce add %a cluster(size = 4) : (f32) -> f32
      %r16 = gpu.subgroup_reduce maximumf %a cluster(size = 16) : (f32) -> f32
      %r64 = gpu.subgroup_reduce add %a : (f32) -> f32
      memref.store %r4, %sum4[%i] : memref<?xf32, 1>
      memref.store %r16, %max16[%i] : memref<?xf32, 1>
      memref.store %r64, %sum64[%i] : memref<?xf32, 1>
      %b = memref.load %bits[%i] : memref<?xi32, 1>
      %bf = arith.bitcast %b : i32 to f32
      %id = amdgpu.dpp %bf %bf quad_perm([0 : i32, 1 : i32, 2 : i32, 3 : i32]) {row_mask = 15 : i32, bank_mask = 15 : i32, bound_ctrl = false} : f32
      %idb = arith.bitcast %id : f32 to i32
      memref.store %idb, %ident[%i] : memref<?xi32, 1>
      gpu.return
    }
  }
}
