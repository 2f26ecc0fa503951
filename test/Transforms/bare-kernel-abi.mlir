// RUN: moe-opt %s --moe-bare-kernel-abi | FileCheck %s
// RUN: moe-opt %s --moe-to-llvm="chip=gfx950 kernel-abi=bare" | FileCheck %s --check-prefix=LLVM

// Each buffer becomes a one-element memref (a pointer once lowered) in place
// and its element count an i32 appended in buffer order; the body sees the
// original dynamic memref, as large as the size argument (negative sizes
// count as 0). Scalars stay where they were.
// CHECK-LABEL: gpu.func @reduce
// CHECK-SAME: (%[[SLOTS:[^:]*]]: memref<1xbf16, 1>, %[[IDS:[^:]*]]: memref<1xi32, 1>, %{{[^:]*}}: i32, %{{[^:]*}}: i32, %[[Y:[^:]*]]: memref<1xbf16, 1>, %[[NS:[^:]*]]: i32, %[[NI:[^:]*]]: i32, %[[NY:[^:]*]]: i32) kernel
// CHECK: %[[C0:.*]] = arith.constant 0 : i32
// CHECK: %[[M0:.*]] = arith.maxsi %[[NS]], %[[C0]] : i32
// CHECK: %[[E0:.*]] = arith.index_cast %[[M0]] : i32 to index
// CHECK: %[[V0:.*]] = memref.reinterpret_cast %[[SLOTS]] to offset: [0], sizes: [%[[E0]]], strides: [1] : memref<1xbf16, 1> to memref<?xbf16, 1>
// CHECK: arith.maxsi %[[NI]], %[[C0]]
// CHECK: %[[V1:.*]] = memref.reinterpret_cast %[[IDS]]
// CHECK: arith.maxsi %[[NY]], %[[C0]]
// CHECK: %[[V2:.*]] = memref.reinterpret_cast %[[Y]]
// CHECK: moe.slot_reduce %[[V0]] : memref<?xbf16, 1> ids(%[[V1]] : memref<?xi32, 1>, {{.*}}) -> %[[V2]] : memref<?xbf16, 1>

// Launches pass views and sizes.
// CHECK-LABEL: func.func @host
// CHECK: %[[D:.*]] = memref.dim %arg0, %{{.*}} : memref<?xbf16, 1>
// CHECK: %[[N:.*]] = arith.index_cast %[[D]] : index to i32
// CHECK: %[[P:.*]] = memref.reinterpret_cast %arg0 to offset: [0], sizes: [1], strides: [1] : memref<?xbf16, 1> to memref<1xbf16, 1>
// CHECK: gpu.launch_func @m::@reduce {{.*}} args(%[[P]] : memref<1xbf16, 1>, {{.*}}, %[[N]] : i32, {{.*}} : i32, {{.*}} : i32)

// After the whole pipeline each buffer is one global pointer.
// LLVM: llvm.func @reduce(%{{[^:]*}}: !llvm.ptr<1>, %{{[^:]*}}: !llvm.ptr<1>, %{{[^:]*}}: i32, %{{[^:]*}}: i32, %{{[^:]*}}: !llvm.ptr<1>, %{{[^:]*}}: i32, %{{[^:]*}}: i32, %{{[^:]*}}: i32)
// LLVM-SAME: rocdl.kernel
module attributes {gpu.container_module} {
gpu.module @m {
  gpu.func @reduce(%slots: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %y: memref<?xbf16, 1>) kernel {
    moe.slot_reduce %slots : memref<?xbf16, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %y : memref<?xbf16, 1>
      {model_dim = 40, topk = 2, experts = 8, block_size = 256}
    gpu.return
  }
}
func.func @host(%slots: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : i32
  gpu.launch_func @m::@reduce blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1)
    args(%slots : memref<?xbf16, 1>, %ids : memref<?xi32, 1>, %t : i32, %c0 : i32, %y : memref<?xbf16, 1>)
  return
}
}
