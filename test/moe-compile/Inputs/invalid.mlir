gpu.module @m {
  gpu.func @k() kernel {
    %c0 = arith.constant 0 : index
    %0 = moe.no_such_op %c0 : index
    gpu.return
  }
}
