// RUN: moe-opt %s --moe-lower-sort --canonicalize --cse | FileCheck %s
// RUN: moe-compile %s --emit=isa | FileCheck %s --check-prefix=ISA

// One workgroup: fill every capacity row with the sentinel (4 << 24 | T) and
// weight 0 and every block with -1; zero the per-wave counters (4 waves x 32
// experts + 4 x 64 chunk slots = 384 words of LDS); count pass; lane 0 turns
// counts into bases and writes the expert blocks and num_valid_ids; scatter
// pass. Chunks of 64 entries are shared through LDS between wave barriers.
// CHECK-LABEL: gpu.func @sort
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<384xi32, #gpu.address_space<workgroup>>)
// CHECK: %[[SENT:.*]] = arith.index_castui %{{.*}} : index to i32
// CHECK: scf.for %{{.*}} = %thread_id_x to %{{.*}} step %c256
// CHECK-NEXT: memref.store %[[SENT]]
// CHECK: scf.for %{{.*}} = %thread_id_x to %{{.*}} step %c256
// CHECK-NEXT: memref.store %c-1_i32
// CHECK: memref.store %c0_i32, %[[LDS]]
// CHECK: gpu.barrier
// CHECK: scf.for {{.*}} step %c64
// CHECK: memref.store %{{.*}}, %[[LDS]]
// CHECK-NEXT: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// CHECK: scf.for {{.*}} = %c0 to %c64 step %c1 iter_args
// CHECK: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// CHECK: gpu.barrier
// CHECK: scf.for {{.*}} = %c0 to %c32 step %c1 iter_args
// CHECK: memref.store %{{.*}}, %{{.*}}[%c0] : memref<?xi32, 1>
// CHECK: gpu.barrier
// CHECK: scf.for {{.*}} step %c64
// CHECK: %[[SLOT:.*]] = arith.shli %{{.*}}, %c24_i32 : i32
// CHECK: %[[PACKED:.*]] = arith.ori %[[SLOT]], %{{.*}} : i32
// CHECK-NEXT: memref.store %[[PACKED]]
// CHECK-NOT: moe.sort

// ISA: s_barrier
// ISA-NOT: scratch_
// ISA: .private_segment_fixed_size: 0
gpu.module @m {
  gpu.func @sort(%ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: i32, %eb: i32,
                 %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>,
                 %nv: memref<?xi32, 1>) kernel {
    moe.sort %ids : memref<?xi32, 1> weights(%w : memref<?xf32, 1>) tokens %t experts_from %eb
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 4, experts = 32, block_m = 16, block_size = 256}
    gpu.return
  }
}
