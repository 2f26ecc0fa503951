// f32 -> fp4 with an E8M0 scale, written with upstream arith.scaling_truncf
// and lowered by upstream MLIR 22 alone (convert-arith-to-amdgpu selects
// v_cvt_scalef32_pk_fp4_f32): regenerate scaling_truncf.ll with
// make_scaling_truncf.sh. Lane i converts x[2i], x[2i+1] with scale s[i].
module attributes {gpu.container_module} {
  gpu.module @m [#rocdl.target<chip = "gfx950">] {
    gpu.func @scaling_truncf(%x: memref<?xf32, 1>, %s: memref<?xi8, 1>, %out: memref<?xi8, 1>) kernel {
      %tid = gpu.thread_id x
      %bid = gpu.block_id x
      %c64 = arith.constant 64 : index
      %c2 = arith.constant 2 : index
      %base = arith.muli %bid, %c64 : index
      %i = arith.addi %base, %tid : index
      %i2 = arith.muli %i, %c2 : index
      %c1 = arith.constant 1 : index
      %i21 = arith.addi %i2, %c1 : index
      %a = memref.load %x[%i2] : memref<?xf32, 1>
      %b = memref.load %x[%i21] : memref<?xf32, 1>
      %sb = memref.load %s[%i] : memref<?xi8, 1>
      %se = arith.bitcast %sb : i8 to f8E8M0FNU
      %v0 = vector.from_elements %a, %b : vector<2xf32>
      %sv = vector.broadcast %se : f8E8M0FNU to vector<2xf8E8M0FNU>
      %q = arith.scaling_truncf %v0, %sv : vector<2xf32>, vector<2xf8E8M0FNU> to vector<2xf4E2M1FN>
      %qi = vector.bitcast %q : vector<2xf4E2M1FN> to vector<1xi8>
      %byte = vector.extract %qi[0] : i8 from vector<1xi8>
      memref.store %byte, %out[%i] : memref<?xi8, 1>
      gpu.return
    }
  }
}
