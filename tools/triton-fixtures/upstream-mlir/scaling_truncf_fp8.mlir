// f32 -> fp8 E4M3FN with an E8M0 scale, written with upstream
// arith.scaling_truncf and lowered by upstream MLIR 22 alone (it selects
// v_cvt_scalef32_pk_fp8_f32): regenerate the .ll with make_scaling_truncf.sh.
// Lane i converts x[2i], x[2i+1] with scale s[i] into out[2i], out[2i+1].
module attributes {gpu.container_module} {
  gpu.module @m [#rocdl.target<chip = "gfx950">] {
    gpu.func @scaling_truncf_fp8(%x: memref<?xf32, 1>, %s: memref<?xi8, 1>, %out: memref<?xi8, 1>) kernel {
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
      %q = arith.scaling_truncf %v0, %sv : vector<2xf32>, vector<2xf8E8M0FNU> to vector<2xf8E4M3FN>
      %qi = vector.bitcast %q : vector<2xf8E4M3FN> to vector<2xi8>
      %lo = vector.extract %qi[0] : i8 from vector<2xi8>
      %hi = vector.extract %qi[1] : i8 from vector<2xi8>
      memref.store %lo, %out[%i2] : memref<?xi8, 1>
      memref.store %hi, %out[%i21] : memref<?xi8, 1>
      gpu.return
    }
  }
}
