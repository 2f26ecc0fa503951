gpu.module @a {
  gpu.func @k() kernel {
    gpu.return
  }
}
gpu.module @b {
  gpu.func @k() kernel {
    gpu.return
  }
}
