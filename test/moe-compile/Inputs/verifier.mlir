gpu.module @m {
  gpu.func @k(%w: memref<?xi8, 1>) kernel {
    %c0 = arith.constant 0 : index
    // k_dim is not a multiple of 32.
    %0 = moe.mxfp4_load %w[%c0, %c0] layout <row_major> k_dim 48 : memref<?xi8, 1> -> vector<8xf4E2M1FN>
    gpu.return
  }
}
