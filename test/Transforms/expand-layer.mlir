// RUN: moe-opt %s -split-input-file --moe-expand-layer --cse | FileCheck %s
// Both layers' kernels in one gpu.module, compiled for gfx950.
// RUN: moe-compile %s --emit=isa | FileCheck %s --check-prefix=ISA
// RUN: moe-compile %s --emit=isa | FileCheck %s --check-prefix=FUSEDISA

// A GPT-OSS-120B layer in one op, two token buckets: per bucket the sort,
// stage-1 and stage-2 kernels (the ones moe-compile --model builds), the
// routing buffers and h allocated from `tokens`, and the launches in order.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK: func.func @gpt_oss_120b(%[[X:.*]]: memref<?xbf16, 1>, %[[IDS:.*]]: memref<?xi32, 1>, %[[W:.*]]: memref<?xf32, 1>, %[[T:.*]]: index
// CHECK: %[[FITS:.*]] = arith.cmpi ule, %[[T]], %c1
// CHECK: scf.if %[[FITS]] {
// CHECK: %[[ROWS:.*]] = arith.muli %[[T]], %c4
// Capacity ceil((T*4 + 128*15) / 16) * 16.
// CHECK: %[[PAD:.*]] = arith.addi %[[ROWS]], %c1935
// CHECK: %[[BLK:.*]] = arith.divui %[[PAD]], %c16
// CHECK: %[[CAP:.*]] = arith.muli %[[BLK]], %c16
// CHECK: %[[SID:.*]] = gpu.alloc (%[[CAP]]) : memref<?xi32, 1>
// CHECK: %[[SW:.*]] = gpu.alloc (%[[CAP]]) : memref<?xf32, 1>
// CHECK: %[[CB:.*]] = arith.divui %[[CAP]], %c16
// CHECK: %[[SEID:.*]] = gpu.alloc (%[[CB]]) : memref<?xi32, 1>
// CHECK: %[[NV:.*]] = gpu.alloc (%{{.*}}) : memref<?xi32, 1>
// CHECK: %[[H:.*]] = gpu.alloc (%{{.*}}) : memref<?xbf16, 1>
// CHECK: gpu.memset %{{.*}}, %{{.*}} : memref<?xbf16, 1>, bf16
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_e128_k4_bm16_layer blocks in (%c1{{.*}}, %c1{{.*}}, %c1{{.*}}) threads in (%c256{{.*}}) args(%[[IDS]] : memref<?xi32, 1>, %[[W]] : memref<?xf32, 1>, %{{.*}} : i32, %c0_i32 : i32, %[[SID]] : memref<?xi32, 1>, %[[SW]] : memref<?xf32, 1>, %[[SEID]] : memref<?xi32, 1>, %[[NV]] : memref<?xi32, 1>)
// Grid y = min(capacity / 16, T * K).
// CHECK: %[[GY:.*]] = arith.minui %[[CB]], %[[ROWS]]
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a16w4_d2880_i2880_e128_k4_layer_m16 blocks in (%c90, %[[GY]], %c1) threads in (%c256{{.*}}) args(%[[X]] : memref<?xbf16, 1>, {{.*}}, %[[SID]] : memref<?xi32, 1>, %[[SEID]] : memref<?xi32, 1>, %[[NV]] : memref<?xi32, 1>, %{{.*}} : i32, %[[H]] : memref<?xbf16, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a16w4_d2880_i2880_e128_k4_layer_m16 blocks in (%c45, {{.*}}) threads in (%c256{{.*}}) args(%[[H]] : memref<?xbf16, 1>, {{.*}}, %[[SID]] : memref<?xi32, 1>, %[[SW]] : memref<?xf32, 1>, %[[SEID]] : memref<?xi32, 1>, %[[NV]] : memref<?xi32, 1>, %{{.*}} : i32, %{{.*}} : memref<?xbf16, 1>)
// CHECK: gpu.dealloc %[[SID]]
// CHECK: } else {
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_e128_k4_bm64_layer
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a16w4_d2880_i2880_e128_k4_layer_m64 blocks in (%c45,
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a16w4_d2880_i2880_e128_k4_layer_m64 blocks in (%c23,
// CHECK-NOT: moe.layer
// CHECK: gpu.module @moe_layer_kernels
// CHECK: gpu.func @moe_sort_e128_k4_bm16_layer
// CHECK-NEXT: moe.sort
// CHECK: gpu.func @moe_stage1_a16w4_d2880_i2880_e128_k4_layer_m16
// CHECK-NEXT: moe.stage1 <a16w4>
// CHECK: gpu.func @moe_stage2_a16w4_d2880_i2880_e128_k4_layer_m16
// CHECK-NEXT: moe.stage2 <a16w4>
// ISA: .name: moe_sort_e128_k4_bm16_layer
// ISA: .name: moe_stage1_a16w4_d2880_i2880_e128_k4_layer_m16
// ISA: .private_segment_fixed_size: 0
// ISA: .name: moe_stage2_a16w4_d2880_i2880_e128_k4_layer_m16
func.func @gpt_oss_120b(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                        %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %b13: memref<?xf32, 1>,
                        %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %b2: memref<?xf32, 1>, %y: memref<?xbf16, 1>) {
  moe.layer <a16w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) bias13(%b13 : memref<?xf32, 1>)
    w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) bias2(%b2 : memref<?xf32, 1>) -> %y : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, token_buckets = array<i64: 1, 256>,
     fused_routing_entries = 0}
  return
}

// -----

// Fused routing (a bound of 64 entries): buckets 1 and 16 (T*K <=
// 4 and 64) launch no sort kernel and allocate no routing buffers; their
// stage kernels take topk_ids, [topk_weights,] tokens and expert_begin and
// route into LDS copies sized for the bucket, a barrier, then the stage op
// reads those: bucket 1 (at most slot_routing_tokens, 2 by default) by
// slot (moe.route_slots: 4 blocks of 16 rows), bucket 16 by sorting. The
// last bucket keeps the sort kernel.
// CHECK-LABEL: func.func @fused_routing
// CHECK-SAME: (%[[X:.*]]: memref<?xbf16, 1>, %[[IDS:.*]]: memref<?xi32, 1>, %[[W:.*]]: memref<?xf32, 1>, %[[T:.*]]: index
// CHECK: scf.if
// CHECK-NOT: gpu.alloc ({{.*}}) : memref<?xi32, 1>
// CHECK-NOT: moe_sort
// CHECK: %[[H:.*]] = gpu.alloc (%{{.*}}) : memref<?xbf16, 1>
// CHECK-NOT: moe_sort
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a16w4_d2880_i2880_e128_k4_fs4_layer_m16 blocks in (%c90, {{.*}}) threads in (%c256{{.*}}) args(%[[X]] : memref<?xbf16, 1>, {{.*}}, %[[IDS]] : memref<?xi32, 1>, %{{.*}} : i32, %c0_i32 : i32, %[[H]] : memref<?xbf16, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a16w4_d2880_i2880_e128_k4_fs4_layer_m16 {{.*}}args(%[[H]] : memref<?xbf16, 1>, {{.*}}, %[[IDS]] : memref<?xi32, 1>, %[[W]] : memref<?xf32, 1>, %{{.*}} : i32, %c0_i32 : i32, %{{.*}} : memref<?xf32, 1>)
// CHECK: } else {
// CHECK-NOT: moe_sort
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a16w4_d2880_i2880_e128_k4_fr64_layer_m16
// CHECK: } else {
// CHECK: gpu.alloc ({{.*}}) : memref<?xi32, 1>
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_e128_k4_bm64_layer
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a16w4_d2880_i2880_e128_k4_layer_m64
// CHECK: gpu.module @moe_layer_kernels
// CHECK: gpu.func @moe_stage1_a16w4_d2880_i2880_e128_k4_fs4_layer_m16({{.*}}%[[KIDS:.*]]: memref<?xi32, 1>, %[[KT:.*]]: i32, %[[KEB:.*]]: i32, %{{.*}}: memref<?xbf16, 1>) workgroup(%[[SID:.*]] : memref<64xi32, #gpu.address_space<workgroup>>, %[[SW:.*]] : memref<64xf32, #gpu.address_space<workgroup>>, %[[SEID:.*]] : memref<4xi32, #gpu.address_space<workgroup>>, %[[NV:.*]] : memref<1xi32, #gpu.address_space<workgroup>>)
// CHECK-NEXT: moe.route_slots %[[KIDS]] : memref<?xi32, 1> tokens %[[KT]] experts_from %[[KEB]] -> %[[SID]] : {{.*}}, %[[SW]] : {{.*}}, %[[SEID]] : {{.*}}, %[[NV]] : {{.*}} {block_m = 16 : i64, block_size = 256 : i64, experts = 128 : i64, topk = 4 : i64}
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: moe.stage1 <a16w4> {{.*}} routing(%[[SID]] : memref<64xi32, #gpu.address_space<workgroup>>, %[[SEID]] : memref<4xi32, #gpu.address_space<workgroup>>, %[[NV]] : memref<1xi32, #gpu.address_space<workgroup>>, %[[KT]])
// CHECK: gpu.func @moe_stage2_a16w4_d2880_i2880_e128_k4_fs4_layer_m16({{.*}}%[[K2IDS:.*]]: memref<?xi32, 1>, %[[K2W:.*]]: memref<?xf32, 1>, %[[K2T:.*]]: i32, %[[K2EB:.*]]: i32, %{{.*}}: memref<?xf32, 1>) workgroup(
// CHECK-NEXT: moe.route_slots %[[K2IDS]] : memref<?xi32, 1> weights(%[[K2W]] : memref<?xf32, 1>) tokens %[[K2T]] experts_from %[[K2EB]]
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: moe.stage2 <a16w4>
// ISA: .name: moe_stage1_a16w4_d2880_i2880_e128_k4_fs4_layer_m16
// ISA: .group_segment_fixed_size:
// ISA: .private_segment_fixed_size: 0
func.func @fused_routing(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                         %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>,
                         %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  moe.layer <a16w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>)
    w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, token_buckets = array<i64: 1, 16, 256>,
     fused_routing_entries = 64, fused_stages_tokens = 0}
  return
}

// -----

// Fused stages (the default bound, 64 tokens): bucket 1 launches one kernel
// over 90 x 4 stage-1 and 45 x 4 stage-2 tiles (1-D), with h and a zeroed
// 4-word layer_sync, and no y memset (the kernel zeroes y). The phases
// are inlined and erased by moe-fuse-stages; the fused kernel draws tickets and hands off
// with agent-scope atomics and fences: release (buffer_wbl2 sc1, then the
// wait) before the stage-1 count, the spin's sleep, acquire (the wait,
// then buffer_inv sc1) before stage 2 reads h (test/Oracle/fixtures/README.md
// gives these sequences from Triton's and Debian's LLVM).
// CHECK-LABEL: func.func @fused_stages
// CHECK: scf.if
// CHECK-NOT: gpu.memset
// CHECK: %[[H:.*]] = gpu.alloc (%{{.*}}) : memref<?xbf16, 1>
// CHECK: %[[SYNC:.*]] = gpu.alloc (%c4{{.*}}) : memref<?xi32, 1>
// CHECK: gpu.memset %[[SYNC]], %c0_i32
// CHECK-NOT: gpu.memset
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16 blocks in (%{{.*}}, %c1{{.*}}, %c1{{.*}}) threads in (%c256{{.*}}) args({{.*}}%[[H]] : memref<?xbf16, 1>, {{.*}}, %[[SYNC]] : memref<?xi32, 1>)
// CHECK: } else {
// CHECK: gpu.memset
// CHECK: gpu.module @moe_layer_kernels
// CHECK: gpu.func @moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16_stage1(
// CHECK: gpu.func @moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16_stage2(
// CHECK: gpu.func @moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16(
// CHECK: moe.fused_stages @moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16_stage1({{.*}}) then @moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16_stage2({{.*}}) tokens %{{.*}} zero %{{.*}} sync %{{.*}} {experts = 128 : i64, first_block_m = 16 : i64, first_tiles_x = 90 : i64, second_block_m = 16 : i64, second_split_k = 1 : i64, second_tiles_x = 45 : i64, topk = 4 : i64}
// FUSEDISA-LABEL: moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16:
// FUSEDISA: global_atomic_add {{.*}} sc0
// Stage 2 routes (here by slot) before the wait; the acquire is the
// spin's counter load waited for (s_waitcnt vmcnt(0), before its compare),
// then buffer_inv sc1 after the barrier (semantics §5.5).
// FUSEDISA: global_load_dword {{.*}} offset:4 sc1
// FUSEDISA: s_waitcnt vmcnt(0)
// FUSEDISA-NEXT: v_readfirstlane_b32
// FUSEDISA: s_sleep 1
// FUSEDISA: s_barrier
// FUSEDISA-NEXT: buffer_inv sc1
// FUSEDISA: buffer_wbl2 sc1
// FUSEDISA-NEXT: s_waitcnt vmcnt(0)
// FUSEDISA-NEXT: s_barrier
// FUSEDISA: buffer_wbl2 sc1
// FUSEDISA-NEXT: global_atomic_add {{.*}} offset:4
// FUSEDISA: global_atomic_add {{.*}} offset:8 sc0
// FUSEDISA-NOT: moe_fused_{{.*}}_stage1:
// FUSEDISA: .name: moe_fused_a16w4_d2880_i2880_e128_k4_fs4_layer_m16__s2_fs4_layer_m16
// FUSEDISA-NOT: .name: moe_fused_{{.*}}_stage
// FUSEDISA: .private_segment_fixed_size: 0
func.func @fused_stages(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                        %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>,
                        %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>, %y: memref<?xf32, 1>) {
  moe.layer <a16w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>)
    w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4, token_buckets = array<i64: 1, 256>,
     fused_routing_entries = 64}
  return
}

// -----

// a4w4 from pre-quantized x with one bucket and the deterministic store
// combine (no memset, no quantize kernel): MXFP4 h with its scales between
// the stages, per-slot rows, then the slot reduction over
// ceil(T * 7168 / 256) workgroups.
// The bucket's 1024 x 8 entries sort with the multi-workgroup sort in chunks
// of 256: E * (floor(T K / 256) + 2) counts, count and scatter over
// floor(T K / 256) + 1 workgroups, offsets over one.
// CHECK-LABEL: func.func @deepseek
// CHECK-NOT: scf.if
// CHECK: %[[ROWS:.*]] = arith.muli %{{.*}}, %c8
// CHECK: %[[PER:.*]] = arith.divui %[[ROWS]], %c256
// CHECK: %[[ROWS2:.*]] = arith.addi %[[PER]], %c2
// CHECK: %[[NC:.*]] = arith.muli %[[ROWS2]], %c256
// CHECK: %[[COUNTS:.*]] = gpu.alloc (%[[NC]]) : memref<?xi32, 1>
// CHECK: %[[H:.*]] = gpu.alloc (%{{.*}}) : memref<?xi8, 1>
// CHECK: %[[HS:.*]] = gpu.alloc (%{{.*}}) : memref<?xi8, 1>
// CHECK: %[[SLOTS:.*]] = gpu.alloc (%{{.*}}) : memref<?xf32, 1>
// CHECK-NOT: gpu.memset
// CHECK-NOT: moe_quantize
// CHECK: %[[GROUPS:.*]] = arith.addi %[[PER]], %c1
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_count_e256_k8_bm64_c256_layer blocks in (%[[GROUPS]], %c1{{.*}}, %c1{{.*}}) threads in (%c256{{.*}}) args({{.*}}, %[[COUNTS]] : memref<?xi32, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_offsets_e256_k8_bm64_c256_layer blocks in (%c1{{.*}}, %c1{{.*}}, %c1{{.*}}) {{.*}}, %[[COUNTS]] : memref<?xi32, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_scatter_e256_k8_bm64_c256_layer blocks in (%[[GROUPS]], {{.*}}, %[[COUNTS]] : memref<?xi32, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a4w4_d7168_i2048_e256_k8_mxfp4_layer_m64 {{.*}} %[[H]] : memref<?xi8, 1>, %[[HS]] : memref<?xi8, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a4w4_d7168_i2048_e256_k8_layer_m64 {{.*}}args(%[[H]] : memref<?xi8, 1>, %[[HS]] : memref<?xi8, 1>, {{.*}}, %[[SLOTS]] : memref<?xf32, 1>)
// CHECK: %[[N:.*]] = arith.muli %{{.*}}, %c7168
// CHECK: %[[N1:.*]] = arith.addi %[[N]], %c255
// CHECK: %[[GX:.*]] = arith.divui %[[N1]], %c256
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a4w4_d7168_i2048_e256_k8_layer_m64_reduce blocks in (%[[GX]], {{.*}} args(%[[SLOTS]] : memref<?xf32, 1>, %{{.*}} : memref<?xi32, 1>, %{{.*}} : i32, %{{.*}} : memref<?xf32, 1>)
// CHECK: gpu.func @moe_stage1_a4w4_d7168_i2048_e256_k8_mxfp4_layer_m64
// CHECK-NEXT: moe.stage1 <a4w4> {{.*}} {activation = #moe.activation<silu>, {{.*}}gate_up = #moe.gate_up<halves>, {{.*}}output = #moe.output<mxfp4>
// ISA: .name: moe_stage1_a4w4_d7168_i2048_e256_k8_mxfp4_layer_m64
// ISA: .private_segment_fixed_size: 0
func.func @deepseek(%x: memref<?xi8, 1>, %xs: memref<?xi8, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                    %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>,
                    %y: memref<?xf32, 1>) {
  moe.layer <a4w4> x(%x : memref<?xi8, 1>, %xs : memref<?xi8, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xf32, 1>
    {gate_up = #moe.gate_up<halves>, activation = #moe.activation<silu>, combine = #moe.combine<store>,
     model_dim = 7168, inter_dim = 2048, experts = 256, topk = 8, token_buckets = array<i64: 1024>}
  return
}

// -----

// a8w4 from bf16 x with atomic combine (fused_quantize_tokens = 0): the
// layer's own MXFP8 copy of x (codes T*D, scales T*D/32) made by the
// quantize kernel over
// ceil(T * 2880/32 / 256) workgroups, read by stage 1; y zeroed before the
// stage-2 atomics.
// CHECK-LABEL: func.func @a8w4_bf16_x
// CHECK-SAME: (%[[X:.*]]: memref<?xbf16, 1>, {{.*}}, %[[T:.*]]: index, {{.*}}, %[[Y:.*]]: memref<?xbf16, 1>)
// CHECK: %[[XN:.*]] = arith.muli %[[T]], %c2880
// CHECK: %[[XMX:.*]] = gpu.alloc (%[[XN]]) : memref<?xi8, 1>
// CHECK: %[[XSN:.*]] = arith.divui %[[XN]], %c32
// CHECK: %[[XS:.*]] = gpu.alloc (%[[XSN]]) : memref<?xi8, 1>
// CHECK: gpu.memset %[[Y]], %{{.*}} : memref<?xbf16, 1>, bf16
// CHECK: %[[L:.*]] = arith.muli %[[T]], %c90
// CHECK: %[[L1:.*]] = arith.addi %[[L]], %c255
// CHECK: %[[QX:.*]] = arith.divui %[[L1]], %c256
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_quantize_mxfp8_bf16_c2880_layer blocks in (%[[QX]], %c1{{.*}}, %c1{{.*}}) threads in (%c256{{.*}}) args(%[[X]] : memref<?xbf16, 1>, %{{.*}} : i32, %[[XMX]] : memref<?xi8, 1>, %[[XS]] : memref<?xi8, 1>)
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_e32_k4_bm16_layer
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a8w4_d2880_i2880_e32_k4_mxfp8_layer_m16 {{.*}}args(%[[XMX]] : memref<?xi8, 1>, %[[XS]] : memref<?xi8, 1>,
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage2_a8w4_d2880_i2880_e32_k4_layer_m16 {{.*}}%[[Y]] : memref<?xbf16, 1>)
// CHECK: gpu.func @moe_quantize_mxfp8_bf16_c2880_layer
// CHECK-NEXT: moe.quantize_mx {{.*}}format = #moe.output<mxfp8>
// ISA: .name: moe_quantize_mxfp8_bf16_c2880_layer
// ISA: .private_segment_fixed_size: 0
func.func @a8w4_bf16_x(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                       %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>,
                       %y: memref<?xbf16, 1>) {
  moe.layer <a8w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 32, topk = 4, token_buckets = array<i64: 16>,
     fused_quantize_tokens = 0}
  return
}

// -----

// fused_quantize_tokens = 16: the 16-token bucket launches no quantize
// kernel and allocates no MX copy of x; its stage 1 takes bf16 x and
// quantizes its blocks' rows itself (quantize_x). The 256-token bucket
// keeps the quantize kernel.
// CHECK-LABEL: func.func @a8w4_fused_quantize
// CHECK-SAME: (%[[X:.*]]: memref<?xbf16, 1>,
// CHECK: scf.if
// CHECK-NOT: moe_quantize
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_sort_e32_k4_bm16_layer
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a8w4_d2880_i2880_e32_k4_mxfp8_qx_layer_m16 {{.*}}args(%[[X]] : memref<?xbf16, 1>, %{{.*}} : memref<?xi8, 1>, %{{.*}} : memref<?xi8, 1>, %{{.*}} : memref<?xi32, 1>,
// CHECK: } else {
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_quantize_mxfp8_bf16_c2880_layer
// CHECK: gpu.launch_func @moe_layer_kernels::@moe_stage1_a8w4_d2880_i2880_e32_k4_mxfp8_layer_m64
// CHECK: gpu.func @moe_stage1_a8w4_d2880_i2880_e32_k4_mxfp8_qx_layer_m16
// CHECK-NEXT: moe.stage1 <a8w4> x(%{{.*}} : memref<?xbf16, 1>) w({{.*}}quantize_x = #moe.scale_rounding<floor>
func.func @a8w4_fused_quantize(%x: memref<?xbf16, 1>, %ids: memref<?xi32, 1>, %w: memref<?xf32, 1>, %t: index,
                       %w13: memref<?xi8, 1>, %s13: memref<?xi8, 1>, %w2: memref<?xi8, 1>, %s2: memref<?xi8, 1>,
                       %y: memref<?xbf16, 1>) {
  moe.layer <a8w4> x(%x : memref<?xbf16, 1>) routing(%ids : memref<?xi32, 1>, %w : memref<?xf32, 1>, %t)
    w13(%w13 : memref<?xi8, 1>, %s13 : memref<?xi8, 1>) w2(%w2 : memref<?xi8, 1>, %s2 : memref<?xi8, 1>) -> %y : memref<?xbf16, 1>
    {gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
     model_dim = 2880, inter_dim = 2880, experts = 32, topk = 4, token_buckets = array<i64: 16, 256>,
     fused_quantize_tokens = 16, fused_routing_entries = 0}
  return
}
