// One wave computes a 16 x 16 tile of out[n][t] = sum_k W[n][k] * X[t][k]
// with both operands MXFP4 (gfx950 scaled MFMA). W: preshuffle16x16 weights
// and e8m0_shuffle scales, N rows; X: row-major FP4 [16, K] with row-major
// scales. Workgroup b handles rows [16b, 16b + 16).
//
// For v_mfma_scale_f32_16x16x128_f8f6f4 with FP4 operands, lane l holds row
// l % 16 and the 32 consecutive K of block l / 16, and the scale of exactly
// that (row, block): one dwordx4 load and one scale byte per operand.
module {
gpu.module @a4w4 {
  gpu.func @a4w4_tile(%w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                      %x: memref<?xi8, 1>, %xs: memref<?xi8, 1>,
                      %out: memref<?xf32, 1>) kernel
      attributes {known_block_size = array<i32: 64, 1, 1>} {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c16 = arith.constant 16 : index
    %c32 = arith.constant 32 : index
    %c48 = arith.constant 48 : index
    %c128 = arith.constant 128 : index
    %cK = arith.constant 2880 : index
    %lane = gpu.thread_id x
    %block = gpu.block_id x
    %r = arith.remui %lane, %c16 : index
    %g = arith.divui %lane, %c16 : index
    %rowBase = arith.muli %block, %c16 : index
    %row = arith.addi %rowBase, %r : index
    %g32 = arith.muli %g, %c32 : index
    %zero = arith.constant dense<0.0> : vector<4xf32>
    %acc = scf.for %k0 = %c0 to %cK step %c128 iter_args(%acc0 = %zero) -> vector<4xf32> {
      %k = arith.addi %k0, %g32 : index
      %kb = arith.divui %k, %c32 : index
      %a = moe.mxfp4_load %w[%row, %k] layout <preshuffle16x16> k_dim 2880
          : memref<?xi8, 1> -> vector<32xf4E2M1FN>
      %sa = moe.e8m0_load %ws[%row, %kb] layout <e8m0_shuffle> k_dim 2880
          : memref<?xi8, 1> -> f8E8M0FNU
      %b = moe.mxfp4_load %x[%r, %k] layout <row_major> k_dim 2880
          : memref<?xi8, 1> -> vector<32xf4E2M1FN>
      %sb = moe.e8m0_load %xs[%r, %kb] layout <row_major> k_dim 2880
          : memref<?xi8, 1> -> f8E8M0FNU
      %sav = vector.broadcast %sa : f8E8M0FNU to vector<4xf8E8M0FNU>
      %sbv = vector.broadcast %sb : f8E8M0FNU to vector<4xf8E8M0FNU>
      %d = moe.scaled_mfma 16x16x128 (%sav[0] * %a) * (%sbv[0] * %b) + %acc0
          : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>,
            vector<32xf4E2M1FN>, vector<4xf32>
      scf.yield %d : vector<4xf32>
    }
    %i0 = arith.muli %g, %c4 : index
    %orow = arith.addi %rowBase, %i0 : index
    %obase = arith.muli %orow, %c16 : index
    %o = arith.addi %obase, %r : index
    %o1 = arith.addi %o, %c16 : index
    %o2 = arith.addi %o1, %c16 : index
    %o3 = arith.addi %o, %c48 : index
    %v0 = vector.extract %acc[0] : f32 from vector<4xf32>
    %v1 = vector.extract %acc[1] : f32 from vector<4xf32>
    %v2 = vector.extract %acc[2] : f32 from vector<4xf32>
    %v3 = vector.extract %acc[3] : f32 from vector<4xf32>
    memref.store %v0, %out[%o] : memref<?xf32, 1>
    memref.store %v1, %out[%o1] : memref<?xf32, 1>
    memref.store %v2, %out[%o2] : memref<?xf32, 1>
    memref.store %v3, %out[%o3] : memref<?xf32, 1>
    gpu.return
  }
}
}
