// One wave computes a 16 x 16 tile of out[n][t] = sum_k W[n][k] * X[t][k]:
// W is MXFP4 (preshuffle16x16 weights, e8m0_shuffle scales) with N rows, X is
// bf16 [16, K] row-major. Workgroup b handles rows [16b, 16b + 16).
//
// Lane l owns weight row n = l % 16 and, per 128-wide K step, the MX block
// g = l / 16: one dwordx4 load gives its 32 FP4 values and one scale byte
// decodes them (hardware cvt on gfx950). Those 32 values feed four
// 16x16x32 bf16 MFMAs (8 each); the activations are sliced the same way, so
// every product pairs W[n][k] with X[t][k].
module {
gpu.module @a16w4 {
  gpu.func @a16w4_tile(%w: memref<?xi8, 1>, %scales: memref<?xi8, 1>,
                       %x: memref<?xbf16, 1>, %out: memref<?xf32, 1>) kernel
      attributes {known_block_size = array<i32: 64, 1, 1>} {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c16 = arith.constant 16 : index
    %c32 = arith.constant 32 : index
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
      %wq = moe.mxfp4_load %w[%row, %k] layout <preshuffle16x16> k_dim 2880 cache <nt>
          : memref<?xi8, 1> -> vector<32xf4E2M1FN>
      %s = moe.e8m0_load %scales[%row, %kb] layout <e8m0_shuffle> k_dim 2880
          : memref<?xi8, 1> -> f8E8M0FNU
      %wf = moe.fp4_unpack %wq, %s : vector<32xf4E2M1FN>, f8E8M0FNU -> vector<32xbf16>
      // Token t = r reads X[t][k .. k + 32); K = 2880 is not a multiple of
      // the 128-wide step, so the last step's upper lanes read a clamped
      // address and contribute zeros (the weight loads return zeros there).
      %inK = arith.cmpi ult, %k, %cK : index
      %kLast = arith.constant 2848 : index
      %kc = arith.minui %k, %kLast : index
      %xrow = arith.muli %r, %cK : index
      %xoff = arith.addi %xrow, %kc : index
      %xl = vector.load %x[%xoff] : memref<?xbf16, 1>, vector<32xbf16>
      %xz = arith.constant dense<0.0> : vector<32xbf16>
      %xv = arith.select %inK, %xl, %xz : vector<32xbf16>
      %a0 = vector.extract_strided_slice %wf {offsets = [0], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %b0 = vector.extract_strided_slice %xv {offsets = [0], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %d0 = moe.mfma 16x16x32 %a0 * %b0 + %acc0 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
      %a1 = vector.extract_strided_slice %wf {offsets = [8], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %b1 = vector.extract_strided_slice %xv {offsets = [8], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %d1 = moe.mfma 16x16x32 %a1 * %b1 + %d0 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
      %a2 = vector.extract_strided_slice %wf {offsets = [16], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %b2 = vector.extract_strided_slice %xv {offsets = [16], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %d2 = moe.mfma 16x16x32 %a2 * %b2 + %d1 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
      %a3 = vector.extract_strided_slice %wf {offsets = [24], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %b3 = vector.extract_strided_slice %xv {offsets = [24], sizes = [8], strides = [1]} : vector<32xbf16> to vector<8xbf16>
      %d3 = moe.mfma 16x16x32 %a3 * %b3 + %d2 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
      scf.yield %d3 : vector<4xf32>
    }
    // D[i][j] is element i % 4 of lane j + 16 * (i / 4): i = 4g + e, j = r.
    %i0 = arith.muli %g, %c4 : index
    %orow = arith.addi %rowBase, %i0 : index
    %obase = arith.muli %orow, %c16 : index
    %o = arith.addi %obase, %r : index
    %v0 = vector.extract %acc[0] : f32 from vector<4xf32>
    %v1 = vector.extract %acc[1] : f32 from vector<4xf32>
    %v2 = vector.extract %acc[2] : f32 from vector<4xf32>
    %v3 = vector.extract %acc[3] : f32 from vector<4xf32>
    %o1 = arith.addi %o, %c16 : index
    %c48 = arith.constant 48 : index
    %o2 = arith.addi %o1, %c16 : index
    %o3 = arith.addi %o, %c48 : index
    memref.store %v0, %out[%o] : memref<?xf32, 1>
    memref.store %v1, %out[%o1] : memref<?xf32, 1>
    memref.store %v2, %out[%o2] : memref<?xf32, 1>
    memref.store %v3, %out[%o3] : memref<?xf32, 1>
    gpu.return
  }
}
}
