// RUN: moe-opt %s --moe-lower-slot-reduce | FileCheck %s
// RUN: moe-opt %s | moe-opt | FileCheck %s --check-prefix=ROUNDTRIP

// ROUNDTRIP: moe.slot_reduce %{{.*}} : memref<?xbf16, 1> ids(%{{.*}} : memref<?xi32, 1>, %{{.*}}, %{{.*}}) -> %{{.*}} : memref<?xbf16, 1> {block_size = 256 : i64, experts = 8 : i64, model_dim = 40 : i64, topk = 2 : i64}

// One element per lane, the K slots added in order when their expert, made
// local by expert_begin, is in the shard's range; accumulated in f32 and
// rounded once.
// CHECK-LABEL: gpu.func @reduce
// CHECK-SAME: %[[EB:[^ ]*]]: i32, %{{[^ ]*}}: memref<?xbf16, 1>)
// CHECK: %[[ID:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// Only the buffers' sizes are trusted: the planes' stride uses the tokens
// the slot rows hold (2 x 40 = 80 per token); a token also needs its
// topk_ids (2) and y (40) rows; a negative count is 0.
// CHECK: %[[SN:.*]] = memref.dim %arg0
// CHECK: arith.divui %[[SN]], %c80
// CHECK: %[[IDN:.*]] = memref.dim %arg1
// CHECK: arith.divui %[[IDN]], %c2
// CHECK: %[[YN:.*]] = memref.dim %arg4
// CHECK: arith.divui %[[YN]], %c40
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %arg2, %{{.*}} : i32
// CHECK: %[[T:.*]] = arith.select %[[NEG]]
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %c40
// CHECK: arith.cmpi ult, %[[ID]], %[[TOTAL]]
// CHECK: scf.if
// CHECK: %[[G0:.*]] = memref.load %{{.*}} : memref<?xi32, 1>
// CHECK: %[[E0:.*]] = arith.subi %[[G0]], %[[EB]]
// CHECK-DAG: arith.cmpi sge, %[[E0]]
// CHECK-DAG: arith.cmpi slt, %[[E0]], %c8_i32
// CHECK: %[[S0:.*]] = scf.if %{{.*}} -> (f32)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: %[[E1:.*]] = memref.load %{{.*}} : memref<?xi32, 1>
// CHECK: scf.if %{{.*}} -> (f32)
// CHECK: arith.addf %[[S0]]
// CHECK: arith.truncf %{{.*}} : f32 to bf16
// CHECK: memref.store
gpu.module @m {
  gpu.func @reduce(%slots: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %t: i32, %eb: i32, %y: memref<?xbf16, 1>) kernel {
    moe.slot_reduce %slots : memref<?xbf16, 1> ids(%ids : memref<?xi32, 1>, %t, %eb) -> %y : memref<?xbf16, 1>
      {model_dim = 40, topk = 2, experts = 8, block_size = 256}
    gpu.return
  }
}
