; A hand-written kernel whose innermost MFMA loop is known, for
; test/perf/loop-table.test: the loop at .LBB0_3 (nested in .LBB0_1, with a
; forward branch inside and two branches back to its header) has 16
; instructions: mfma 2, valu 4 (cvt 2), lds 1, vmem 1, smem 1, salu 4,
; branch 3. The loop at .LBB0_2 is smaller but holds no MFMA; .LBB0_1 holds
; MFMAs but is larger. `no_loop` has an MFMA and no loop (the whole kernel
; is its one trip), `no_mfma` a loop and no MFMA.
	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.text
	.globl	counted
	.p2align	8
	.type	counted,@function
counted:
	s_mov_b32 s4, 0
	v_mov_b32_e32 v0, 0
.LBB0_1:
	s_mov_b32 s5, 0
.LBB0_2:
	v_add_u32_e32 v1, 1, v1
	s_add_i32 s5, s5, 1
	s_cmp_lt_i32 s5, 4
	s_cbranch_scc1 .LBB0_2
.LBB0_3:
	ds_read_b128 v[4:7], v2
	global_load_dwordx4 v[8:11], v[12:13], off
	s_waitcnt vmcnt(0) lgkmcnt(0)
	v_cvt_f32_f16_e32 v14, v4
	v_cvt_f32_f16_e32 v15, v5
	v_add_f32_e32 v16, v14, v15
	s_cbranch_scc0 .LBB0_4
	v_mfma_f32_16x16x32_bf16 v[20:23], v[4:7], v[8:11], v[20:23]
.LBB0_4:
	s_load_dword s6, s[0:1], 0x0
	v_mfma_f32_16x16x32_bf16 v[24:27], v[4:7], v[8:11], v[24:27]
	s_add_i32 s4, s4, 1
	s_cmp_lt_i32 s4, 8
	s_cbranch_scc1 .LBB0_3
	v_mov_b32_e32 v1, 0
	s_cmp_lt_i32 s4, 16
	s_cbranch_scc1 .LBB0_3
	v_mfma_f32_16x16x32_bf16 v[24:27], v[4:7], v[8:11], v[24:27]
	s_cmp_lt_i32 s4, 32
	s_cbranch_scc1 .LBB0_1
	s_endpgm
.Lfunc_end0:
	.size	counted, .Lfunc_end0-counted

	.globl	no_loop
	.p2align	8
	.type	no_loop,@function
no_loop:
	v_mfma_f32_16x16x32_bf16 v[0:3], v[4:7], v[8:11], v[0:3]
	s_endpgm
.Lfunc_end1:
	.size	no_loop, .Lfunc_end1-no_loop

	.globl	no_mfma
	.p2align	8
	.type	no_mfma,@function
no_mfma:
.LBB2_1:
	v_add_u32_e32 v1, 1, v1
	s_cbranch_scc1 .LBB2_1
	s_endpgm
.Lfunc_end2:
	.size	no_mfma, .Lfunc_end2-no_mfma

	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
      - .address_space:  global
        .name:           counted
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
    .name:           counted
    .private_segment_fixed_size: 16
    .sgpr_count:     8
    .sgpr_spill_count: 1
    .vgpr_count:     28
    .vgpr_spill_count: 2
  - .agpr_count:     4
    .name:           no_loop
    .private_segment_fixed_size: 0
    .sgpr_spill_count: 0
    .vgpr_count:     12
    .vgpr_spill_count: 0
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
...
	.end_amdgpu_metadata
