// RUN: moe-opt %s --moe-lower-sort --canonicalize --cse | FileCheck %s
// RUN: moe-compile %s --emit=isa | FileCheck %s --check-prefix=ISA

// One workgroup: fill every capacity row with the sentinel (4 << 24 | T) and
// weight 0 and every block with -1; zero the per-wave counters (4 waves x 32
// experts + 4 x 64 chunk slots = 384 words of LDS); count pass; wave 0 turns
// counts into bases and writes the expert blocks and num_valid_ids; scatter
// pass. Chunks of 64 entries are shared through LDS between wave barriers.
// Only the buffers' sizes are trusted: T is the argument (negative as 0)
// clamped to the tokens topk_ids and topk_weights hold (4 per token); the
// fills stop at the rows sorted_ids and sorted_weights hold and the blocks
// sorted_expert_ids holds.
// CHECK-LABEL: gpu.func @sort
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<384xi32, #gpu.address_space<workgroup>>)
// CHECK: %[[IDN:.*]] = memref.dim %arg0, %c0
// CHECK: %[[IDT:.*]] = arith.divui %[[IDN]], %c4
// CHECK: %[[H0:.*]] = arith.minui %[[IDT]], %c16777215
// CHECK: %[[WN:.*]] = memref.dim %arg1, %c0
// CHECK: %[[WT:.*]] = arith.divui %[[WN]], %c4
// CHECK: %[[HELD:.*]] = arith.minui %[[H0]], %[[WT]]
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %arg2, %c0_i32
// CHECK: %[[TU:.*]] = arith.index_castui %arg2
// CHECK: %[[TC:.*]] = arith.minui %[[TU]], %[[HELD]]
// CHECK: %[[T:.*]] = arith.select %[[NEG]], %c0, %[[TC]]
// CHECK: %[[ENTRIES:.*]] = arith.muli %[[T]], %c4
// CHECK: %[[CAP:.*]] = arith.muli %{{.*}}, %c16
// CHECK: %[[SENT:.*]] = arith.index_castui %{{.*}} : index to i32
// CHECK: %[[SWN:.*]] = memref.dim %arg5, %c0
// CHECK: %[[SIN:.*]] = memref.dim %arg4, %c0
// CHECK: %[[ROWS:.*]] = arith.minui %[[SIN]], %[[SWN]]
// CHECK: %[[BLOCKS:.*]] = memref.dim %arg6, %c0
// CHECK: %[[FILL:.*]] = arith.minui %[[CAP]], %[[ROWS]]
// CHECK: scf.for %{{.*}} = %thread_id_x to %[[FILL]] step %c256
// CHECK-NEXT: memref.store %[[SENT]]
// CHECK: %[[CAPB:.*]] = arith.divui %[[CAP]], %c16
// CHECK: %[[FILLB:.*]] = arith.minui %[[CAPB]], %[[BLOCKS]]
// CHECK: scf.for %{{.*}} = %thread_id_x to %[[FILLB]] step %c256
// CHECK-NEXT: memref.store %c-1_i32
// CHECK: memref.store %c0_i32, %[[LDS]]
// CHECK: gpu.barrier
// CHECK: scf.for {{.*}} step %c64
// CHECK: memref.store %{{.*}}, %[[LDS]]
// CHECK-NEXT: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// The lanes with this lane's expert as two 32-bit halves of a mask, each
// shifted in from its top lane; rank: the mask's bits below the lane.
// CHECK: %[[HALVES:.*]]:2 = scf.for {{.*}} = %c0 to %c32 step %c1 iter_args({{.*}}) -> (i32, i32)
// CHECK: arith.shli %{{.*}}, %c1_i32 : i32
// CHECK: %[[BELOW:.*]] = arith.andi %{{.*}}, %{{.*}} : i64
// CHECK: %[[RANK64:.*]] = llvm.intr.ctpop(%[[BELOW]]) : (i64) -> i64
// CHECK: %[[RANK:.*]] = arith.index_castui %[[RANK64]] : i64 to index
// CHECK: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// CHECK: gpu.barrier
// Wave 0: lane l owns expert l (32 experts, one each), sums its 4 waves'
// counts padded to 16 and scans the sums across the wave in wave 0's chunk
// slot (words 128 .. 191) in six doubling steps; the last lane's sum (word
// 191) is every expert's rows. No lane walks the experts one by one.
// CHECK: %[[W0:.*]] = arith.cmpi eq, %{{.*}}, %c0 : index
// CHECK-NEXT: scf.if %[[W0]]
// CHECK-NOT: scf.for
// CHECK: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// CHECK: arith.cmpi uge, %[[LANE:.*]], %c1 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c2 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c4 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c8 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c16 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c32 : index
// CHECK-NOT: scf.for
// CHECK: %[[ALL:.*]] = memref.load %[[LDS]][%c191]
// Expert blocks only where sorted_expert_ids holds them; num_valid_ids, at
// most the rows held, only into a non-empty buffer.
// CHECK: %[[LASTB:.*]] = arith.minui %{{.*}}, %[[BLOCKS]]
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[LASTB]] step %c1
// CHECK: %[[USED:.*]] = arith.index_castui %[[ALL]] : i32 to index
// CHECK: %[[NV:.*]] = arith.minui %[[USED]], %[[ROWS]]
// CHECK: %[[NVN:.*]] = memref.dim %arg7, %c0
// CHECK: %[[HASNV:.*]] = arith.cmpi ugt, %[[NVN]], %c0
// CHECK: %[[LANE0:.*]] = arith.cmpi eq, %[[LANE]], %c0 : index
// CHECK: %[[WRITE:.*]] = arith.andi %[[LANE0]], %[[HASNV]]
// CHECK: scf.if %[[WRITE]]
// CHECK: memref.store %{{.*}}, %{{.*}}[%c0] : memref<?xi32, 1>
// CHECK: gpu.barrier
// Scatter: a wave whose entries were one chunk writes the lanes its count
// ranked, with the weight the count loaded (no second walk); the others
// walk again. A row lands only below the rows held.
// CHECK: %[[SPAN:.*]] = arith.subi
// CHECK: %[[ONE:.*]] = arith.cmpi ule, %[[SPAN]], %c64 : index
// CHECK-NEXT: scf.if %[[ONE]]
// CHECK-NOT: scf.for
// CHECK: memref.store %{{.*}}, %arg4[%[[CPOS:.*]]] : memref<?xi32, 1>
// CHECK-NEXT: memref.store %[[COUNTED:.*]]#4, %arg5[%[[CPOS]]]
// CHECK: } else {
// CHECK: scf.for {{.*}} step %c64
// CHECK: %[[SRANK64:.*]] = llvm.intr.ctpop
// CHECK: %[[SRANK:.*]] = arith.index_castui %[[SRANK64]] : i64 to index
// CHECK: %[[POS:.*]] = arith.addi %{{.*}}, %[[SRANK]] : index
// CHECK: %[[FITS:.*]] = arith.cmpi ult, %[[POS]], %[[ROWS]]
// CHECK: %[[OK:.*]] = arith.andi %{{.*}}, %[[FITS]]
// CHECK: scf.if %[[OK]]
// CHECK: %[[SLOT:.*]] = arith.shli %{{.*}}, %c24_i32 : i32
// CHECK: %[[PACKED:.*]] = arith.ori %[[SLOT]], %{{.*}} : i32
// CHECK-NEXT: memref.store %[[PACKED]], %arg4[%[[POS]]]
// CHECK-NOT: moe.sort

// ISA: s_barrier
// ISA-NOT: scratch_
// ISA: .private_segment_fixed_size: 0
// ISA: .sgpr_spill_count: 0
// ISA: .vgpr_spill_count: 0
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
