// RUN: moe-opt %s --moe-lower-sort-chunks --canonicalize --cse | FileCheck %s
// RUN: moe-compile %s --emit=isa | FileCheck %s --check-prefix=ISA

// The multi-workgroup sort, 4 waves, 32 experts, chunks of 512 entries.
// Every kernel trusts only the buffers' sizes: T clamped to the tokens
// topk_ids and topk_weights hold (4 per token), then to the whole tokens of
// the chunks the counts buffer holds (its rows of 32 counts minus the row
// of first rows).
// CHECK-LABEL: gpu.func @count
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<384xi32, #gpu.address_space<workgroup>>)
// CHECK: %[[WG:.*]] = gpu.block_id x
// CHECK: %[[TC:.*]] = arith.select %{{.*}}, %c0, %{{.*}} : index
// CHECK: %[[CN:.*]] = memref.dim %arg8, %c0
// CHECK: %[[CROWS:.*]] = arith.divui %[[CN]], %c32
// CHECK: %[[ONE:.*]] = arith.minui %[[CROWS]], %c1
// CHECK: %[[CHELD:.*]] = arith.subi %[[CROWS]], %[[ONE]]
// CHECK: %[[HELDE:.*]] = arith.muli %[[CHELD]], %c512
// CHECK: %[[HELDT:.*]] = arith.divui %[[HELDE]], %c4
// CHECK: %[[T:.*]] = arith.minui %[[TC]], %[[HELDT]]
// CHECK: %[[ENTRIES:.*]] = arith.muli %[[T]], %c4
// CHECK: %[[CHUNKS:.*]] = arith.divui %{{.*}}, %c512
// The grid, floor(T K / 512) + 1 workgroups, fills the capacity rows
// (sentinel, weight 0) and the blocks (-1) in slices of whole 256-lane
// steps, within the rows and blocks the buffers hold.
// CHECK: %[[GROUPS:.*]] = arith.addi %{{.*}}, %c1
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c256 {
// CHECK-NEXT: memref.store %{{.*}}, %arg4
// CHECK-NEXT: memref.store %cst, %arg5
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c256 {
// CHECK-NEXT: memref.store %c-1_i32, %arg6
// CHECK: memref.store %c0_i32, %[[LDS]]
// CHECK: gpu.barrier
// This workgroup's chunk [512 wg, 512 wg + 512), a quarter per wave, in
// steps of 64 lanes with the rank scan.
// CHECK: %[[BEGIN:.*]] = arith.muli %[[WG]], %c512
// CHECK: scf.for {{.*}} step %c64
// CHECK: llvm.call_intrinsic "llvm.amdgcn.wave.barrier"
// CHECK: scf.for {{.*}} = %c0 to %c32 step %c1 iter_args({{.*}}) -> (i32, i32)
// CHECK: llvm.intr.ctpop
// CHECK: gpu.barrier
// The per-expert sums of the four waves, one row of counts per chunk.
// CHECK: %[[MINE:.*]] = arith.cmpi ult, %[[WG]], %[[CHUNKS]]
// CHECK: scf.if %[[MINE]]
// CHECK: %[[ROW:.*]] = arith.muli %[[WG]], %c32
// CHECK: %[[AT:.*]] = arith.addi %[[ROW]]
// CHECK-NEXT: memref.store %{{.*}}, %arg8[%[[AT]]]

// One workgroup: each lane's expert column of counts becomes its exclusive
// prefix, eight loads before the first add; wave 0 pads the totals to
// block_m and scans them across its lanes (each owning one of the 32
// experts; no lane walks them one by one), lane 0 writes the rows in use;
// the lanes write the first rows after the chunk rows (only inside the
// buffer) and their experts' blocks.
// CHECK-LABEL: gpu.func @offsets
// CHECK: scf.for %[[E:.*]] = %thread_id_x to %c32 step %c256
// CHECK: scf.for %{{.*}} = %c0 to %{{.*}} step %c8 iter_args
// CHECK-COUNT-8: memref.load %arg8
// CHECK: scf.if
// CHECK-NEXT: memref.store %{{.*}}, %arg8
// CHECK: gpu.barrier
// CHECK: %[[W0:.*]] = arith.cmpi eq, %{{.*}}, %c0 : index
// CHECK-NEXT: scf.if %[[W0]]
// CHECK-NOT: scf.for
// CHECK: arith.cmpi uge, %[[LANE:.*]], %c1 : index
// CHECK: arith.cmpi uge, %[[LANE]], %c32 : index
// CHECK-NOT: scf.for
// CHECK: memref.store %{{.*}}, %{{.*}}[%c32] : memref<384xi32
// CHECK: scf.if
// CHECK: memref.store %{{.*}}, %arg7[%c0]
// CHECK: gpu.barrier
// CHECK: %[[INSIDE:.*]] = arith.cmpi ult, %[[FIRSTAT:.*]], %dim{{.*}} : index
// CHECK: scf.if %[[INSIDE]]
// CHECK-NEXT: memref.store %{{.*}}, %arg8[%[[FIRSTAT]]]
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %arg6

// The chunk counted again; each wave's counters start at the chunk's base
// plus the expert's first row; the scatter walk writes rows below the rows
// held.
// CHECK-LABEL: gpu.func @scatter
// CHECK: scf.for {{.*}} step %c64
// CHECK: gpu.barrier
// CHECK: scf.if
// CHECK: memref.load %arg8
// CHECK: memref.load %arg8
// CHECK-COUNT-4: memref.store %{{.*}}, %{{.*}} : memref<384xi32
// CHECK: gpu.barrier
// CHECK: scf.for {{.*}} step %c64
// CHECK: %[[SRANK64:.*]] = llvm.intr.ctpop
// CHECK: %[[SRANK:.*]] = arith.index_castui %[[SRANK64]] : i64 to index
// CHECK: %[[POS:.*]] = arith.addi %{{.*}}, %[[SRANK]] : index
// CHECK: %[[FITS:.*]] = arith.cmpi ult, %[[POS]], %{{.*}}
// CHECK: %[[OK:.*]] = arith.andi %{{.*}}, %[[FITS]]
// CHECK: scf.if %[[OK]]
// CHECK: memref.store %{{.*}}, %arg4[%[[POS]]]
// CHECK: memref.store %{{.*}}, %arg5[%[[POS]]]
// CHECK-NOT: moe.sort_chunks

// ISA: s_barrier
// ISA-NOT: scratch_
// ISA: .private_segment_fixed_size: 0
// No kernel spills (the rank scan once held 128 lane masks in SGPRs).
// ISA-NOT: _spill_count: {{[1-9]}}
gpu.module @m {
  gpu.func @count(%ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: i32, %eb: i32,
                  %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>,
                  %nv: memref<?xi32, 1>, %c: memref<?xi32, 1>) kernel {
    moe.sort_chunks <count> %ids : memref<?xi32, 1> weights(%w : memref<?xf32, 1>)
      tokens %t experts_from %eb counts %c : memref<?xi32, 1>
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 4, experts = 32, block_m = 16, block_size = 256, chunk = 512}
    gpu.return
  }
  gpu.func @offsets(%ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: i32, %eb: i32,
                    %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>,
                    %nv: memref<?xi32, 1>, %c: memref<?xi32, 1>) kernel {
    moe.sort_chunks <offsets> %ids : memref<?xi32, 1> weights(%w : memref<?xf32, 1>)
      tokens %t experts_from %eb counts %c : memref<?xi32, 1>
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 4, experts = 32, block_m = 16, block_size = 256, chunk = 512}
    gpu.return
  }
  gpu.func @scatter(%ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: i32, %eb: i32,
                    %sid: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %seid: memref<?xi32, 1>,
                    %nv: memref<?xi32, 1>, %c: memref<?xi32, 1>) kernel {
    moe.sort_chunks <scatter> %ids : memref<?xi32, 1> weights(%w : memref<?xf32, 1>)
      tokens %t experts_from %eb counts %c : memref<?xi32, 1>
      -> %sid : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %seid : memref<?xi32, 1>, %nv : memref<?xi32, 1>
      {topk = 4, experts = 32, block_m = 16, block_size = 256, chunk = 512}
    gpu.return
  }
}
