	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	chain_dot_kernel                ; -- Begin function chain_dot_kernel
	.p2align	8
	.type	chain_dot_kernel,@function
chain_dot_kernel:                       ; @chain_dot_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.8:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 444 0 prologue_end            ; make_fixtures.py:444:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.9:
.LBB0_0:
.Ltmp1:
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_cmp_lt_i32 s11, 1
	s_cbranch_scc1 .LBB0_6
; %bb.1:                                ; %.preheader.lr.ph
	.loc	1 449 22                        ; make_fixtures.py:449:22
	v_lshlrev_b32_e32 v1, 3, v0
	v_and_b32_e32 v5, 24, v1
	v_and_b32_e32 v1, 2, v0
	v_and_b32_e32 v4, 16, v0
	v_cmp_eq_u32_e64 s[0:1], 0, v1
	v_lshlrev_b32_e32 v3, 4, v0
	v_lshrrev_b32_e32 v1, 1, v4
	v_and_b32_e32 v2, 32, v0
	s_movk_i32 s12, 0xf0
	v_lshrrev_b32_e32 v2, 3, v2
	v_and_or_b32 v9, v3, s12, v1
	v_lshlrev_b32_e32 v13, 1, v0
	v_bfe_i32 v6, v0, 5, 1
	v_or_b32_e32 v1, v9, v2
	v_bitop3_b32 v2, v9, 8, v2 bitop3:0x36
	v_bitop3_b32 v9, v3, v0, 48 bitop3:0x78
	v_and_b32_e32 v10, 0xc0, v3
	v_lshlrev_b32_e32 v3, 1, v4
	s_movk_i32 s12, 0x220
	v_and_b32_e32 v13, 32, v13
	v_bitop3_b32 v3, v6, v3, s12 bitop3:0x6c
	v_bitop3_b32 v6, v6, v13, s12 bitop3:0x6c
	v_lshrrev_b32_e32 v8, 2, v0
	v_or_b32_e32 v6, v10, v6
	v_or_b32_e32 v7, 16, v8
	s_cmp_gt_i32 s10, 0
	v_or_b32_e32 v3, v10, v3
	v_or_b32_e32 v13, v6, v5
	v_bitop3_b32 v14, v6, 16, v5 bitop3:0x36
	.loc	1 453 26                        ; make_fixtures.py:453:26
	v_and_b32_e32 v6, 3, v0
	s_mov_b64 s[16:17], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	s_cselect_b64 s[6:7], -1, 0
	v_cmp_eq_u32_e64 s[2:3], 0, v4
	v_or_b32_e32 v11, v3, v5
	v_bitop3_b32 v12, v3, 16, v5 bitop3:0x36
	v_lshl_or_b32 v3, v8, 5, v5
	v_lshl_or_b32 v4, v7, 5, v5
	v_mul_lo_u32 v5, s11, v8
	v_lshlrev_b32_e32 v10, 4, v6
	v_mul_lo_u32 v6, s11, v7
	v_mul_lo_u32 v7, s10, v7
	v_mul_lo_u32 v8, s10, v8
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_lshl_add_u32 v5, v5, 1, v10
	v_lshl_add_u32 v6, v6, 1, v10
	v_lshl_add_u32 v7, v7, 1, v10
	v_lshl_add_u32 v8, v8, 1, v10
	v_cndmask_b32_e64 v10, 0, 1, s[6:7]
	s_mov_b32 s14, 0
	s_and_b32 s21, s21, 0xffff
	s_and_b32 s5, s5, 0xffff
	s_and_b32 s17, s17, 0xffff
	s_lshl_b32 s15, s11, 6
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
	v_cmp_ne_u32_e64 s[12:13], 1, v10
	v_add_u32_e32 v9, 0, v9
	v_add_u32_e32 v10, 0, v11
	v_add_u32_e32 v11, 0, v12
	s_mov_b32 s18, s22
	s_mov_b32 s19, s23
	v_add_u32_e32 v12, 0, v13
	v_add_u32_e32 v13, 0, v14
	s_branch .LBB0_3
.LBB0_2:                                ; %._crit_edge
                                        ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 460 28                        ; make_fixtures.py:460:28
	s_lshl_b32 s6, s14, 5
	.loc	1 460 54 is_stmt 0              ; make_fixtures.py:460:54
	v_or_b32_e32 v15, s6, v3
	v_or_b32_e32 v16, s6, v4
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v15, 1, v15
	v_lshlrev_b32_e32 v24, 1, v16
	buffer_load_dwordx4 v[16:19], v15, s[16:19], 0 offen
	buffer_load_dwordx4 v[20:23], v24, s[16:19], 0 offen
	s_waitcnt lgkmcnt(0)
	; wave barrier
	s_nop 1
	v_accvgpr_read_b32 v14, a0
	.loc	1 461 26 is_stmt 1              ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v15, a1
	v_accvgpr_read_b32 v25, a3
	v_accvgpr_read_b32 v26, a2
	v_accvgpr_read_b32 v27, a5
	v_accvgpr_read_b32 v28, a4
	v_accvgpr_read_b32 v29, a7
	v_accvgpr_read_b32 v30, a6
	v_cvt_pk_bf16_f32 v24, v14, v15
	v_cvt_pk_bf16_f32 v25, v26, v25
	v_cvt_pk_bf16_f32 v26, v28, v27
	v_cvt_pk_bf16_f32 v27, v30, v29
	s_nop 0
	v_permlane32_swap_b32_e32 v24, v26
	v_permlane32_swap_b32_e32 v25, v27
	v_accvgpr_read_b32 v31, a9
	v_accvgpr_read_b32 v32, a8
	v_cvt_pk_bf16_f32 v14, v32, v31
	v_accvgpr_read_b32 v33, a11
	v_accvgpr_read_b32 v34, a10
	v_accvgpr_read_b32 v35, a13
	v_accvgpr_read_b32 v36, a12
	v_cvt_pk_bf16_f32 v15, v34, v33
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_add_i32 s14, s14, 32
	v_add_u32_e32 v5, 64, v5
	s_cmp_lt_i32 s14, s11
	v_add_u32_e32 v6, 64, v6
	.loc	1 460 20                        ; make_fixtures.py:460:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v9, v[16:19]
	s_waitcnt vmcnt(0)
	ds_write_b128 v9, v[20:23] offset:1024
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[18:19], v12
	ds_read_b64_tr_b16 v[20:21], v13 offset:256
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[16:31], v[18:21], v[24:27], a[16:31]
	.loc	1 460 20                        ; make_fixtures.py:460:20
	ds_read_b64_tr_b16 v[28:29], v12 offset:1024
	ds_read_b64_tr_b16 v[30:31], v13 offset:1280
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v17, a15
	v_accvgpr_read_b32 v18, a14
	v_cvt_pk_bf16_f32 v16, v36, v35
	v_cvt_pk_bf16_f32 v17, v18, v17
	s_nop 0
	v_permlane32_swap_b32_e32 v14, v16
	v_permlane32_swap_b32_e32 v15, v17
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mfma_f32_32x32x16_bf16 a[16:31], v[28:31], v[14:17], a[16:31]
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_cbranch_scc0 .LBB0_7
.LBB0_3:                                ; %.preheader
                                        ; =>This Loop Header: Depth=1
                                        ;     Child Loop BB0_5 Depth 2
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_and_b64 vcc, exec, s[12:13]
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_cbranch_vccnz .LBB0_2
; %bb.4:                                ; %.lr.ph.preheader
                                        ;   in Loop: Header=BB0_3 Depth=1
	.loc	1 0 30 is_stmt 0                ; make_fixtures.py:0:30
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_mov_b32 s24, 0
	v_mov_b32_e32 v14, v8
	v_mov_b32_e32 v15, v7
	s_mov_b32 s25, 0
.LBB0_5:                                ; %.lr.ph
                                        ;   Parent Loop BB0_3 Depth=1
                                        ; =>  This Inner Loop Header: Depth=2
	.loc	1 458 24 is_stmt 1              ; make_fixtures.py:458:24
	v_add_u32_e32 v32, s24, v5
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[16:19], v14, s[20:23], 0 offen
	.loc	1 458 24                        ; make_fixtures.py:458:24
	v_add_u32_e32 v33, s24, v6
	buffer_load_dwordx4 v[20:23], v32, s[4:7], 0 offen
	buffer_load_dwordx4 v[24:27], v33, s[4:7], 0 offen
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[28:31], v15, s[20:23], 0 offen
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_add_i32 s25, s25, 32
	s_add_i32 s24, s24, s15
	v_add_u32_e32 v15, 64, v15
	s_cmp_lt_i32 s25, s10
	v_add_u32_e32 v14, 64, v14
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt vmcnt(2)
	ds_write_b128 v9, v[20:23]
	s_waitcnt vmcnt(1)
	ds_write_b128 v9, v[24:27] offset:1024
	.loc	1 457 24                        ; make_fixtures.py:457:24
	s_waitcnt vmcnt(0)
	v_cndmask_b32_e64 v32, v28, v16, s[0:1]
	v_cndmask_b32_e64 v16, v16, v28, s[0:1]
	v_cndmask_b32_e64 v28, v29, v17, s[0:1]
	v_cndmask_b32_e64 v17, v17, v29, s[0:1]
	v_cndmask_b32_e64 v29, v30, v18, s[0:1]
	v_cndmask_b32_e64 v18, v18, v30, s[0:1]
	v_cndmask_b32_e64 v30, v31, v19, s[0:1]
	v_cndmask_b32_e64 v19, v19, v31, s[0:1]
	ds_bpermute_b32 v31, v1, v32
	ds_bpermute_b32 v28, v1, v28
	ds_bpermute_b32 v29, v1, v29
	ds_bpermute_b32 v30, v1, v30
	ds_bpermute_b32 v32, v2, v16
	ds_bpermute_b32 v20, v2, v17
	ds_bpermute_b32 v21, v2, v18
	ds_bpermute_b32 v22, v2, v19
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[24:25], v10
	ds_read_b64_tr_b16 v[34:35], v10 offset:1024
	ds_read_b64_tr_b16 v[26:27], v11 offset:256
	ds_read_b64_tr_b16 v[36:37], v11 offset:1280
	.loc	1 457 24                        ; make_fixtures.py:457:24
	v_cndmask_b32_e64 v16, v32, v31, s[2:3]
	v_cndmask_b32_e64 v17, v20, v28, s[2:3]
	v_cndmask_b32_e64 v18, v21, v29, s[2:3]
	v_cndmask_b32_e64 v19, v22, v30, s[2:3]
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(1)
	s_nop 0
	v_mfma_f32_32x32x16_bf16 a[0:15], v[24:27], v[16:19], a[0:15]
	.loc	1 457 24                        ; make_fixtures.py:457:24
	v_cndmask_b32_e64 v16, v31, v32, s[2:3]
	v_cndmask_b32_e64 v17, v28, v20, s[2:3]
	v_cndmask_b32_e64 v18, v29, v21, s[2:3]
	v_cndmask_b32_e64 v19, v30, v22, s[2:3]
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mfma_f32_32x32x16_bf16 a[0:15], v[34:37], v[16:19], a[0:15]
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_cbranch_scc1 .LBB0_5
	s_branch .LBB0_2
.LBB0_6:
	.loc	1 0 30 is_stmt 0                ; make_fixtures.py:0:30
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a31, 0
.LBB0_7:                                ; %._crit_edge12
	.loc	1 462 43 is_stmt 1              ; make_fixtures.py:462:43
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 462 40 is_stmt 0              ; make_fixtures.py:462:40
	v_lshlrev_b32_e32 v0, 5, v0
	s_movk_i32 s0, 0x3e4
	v_bitop3_b32 v0, v0, s0, v1 bitop3:0xc8
	.loc	1 462 53                        ; make_fixtures.py:462:53
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_lshlrev_b32_e32 v0, 2, v0
	s_nop 2
	buffer_store_dwordx4 a[16:19], v0, s[8:11], 0 offen
	buffer_store_dwordx4 a[20:23], v0, s[8:11], 0 offen offset:32
	buffer_store_dwordx4 a[24:27], v0, s[8:11], 0 offen offset:64
	buffer_store_dwordx4 a[28:31], v0, s[8:11], 0 offen offset:96
	.loc	1 462 4                         ; make_fixtures.py:462:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel chain_dot_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 14
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 72
		.amdhsa_next_free_sgpr 26
		.amdhsa_accum_offset 40
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_tg_split 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	chain_dot_kernel, .Lfunc_end0-chain_dot_kernel
	.cfi_endproc
                                        ; -- End function
	.set chain_dot_kernel.num_vgpr, 38
	.set chain_dot_kernel.num_agpr, 32
	.set chain_dot_kernel.numbered_sgpr, 26
	.set chain_dot_kernel.num_named_barrier, 0
	.set chain_dot_kernel.private_seg_size, 0
	.set chain_dot_kernel.uses_vcc, 1
	.set chain_dot_kernel.uses_flat_scratch, 0
	.set chain_dot_kernel.has_dyn_sized_stack, 0
	.set chain_dot_kernel.has_recursion, 0
	.set chain_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1992
; TotalNumSgprs: 32
; NumVgprs: 38
; NumAgprs: 32
; TotalNumVgprs: 72
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 32
; NumVGPRsForWavesPerEU: 72
; AccumOffset: 40
; Occupancy: 7
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 9
; COMPUTE_PGM_RSRC3_GFX90A:TG_SPLIT: 0
	.text
	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	.AMDGPU.gpr_maximums,"",@progbits
	.set amdgpu.max_num_vgpr, 0
	.set amdgpu.max_num_agpr, 0
	.set amdgpu.max_num_sgpr, 0
	.text
	.section	.debug_abbrev,"",@progbits
	.byte	1                               ; Abbreviation Code
	.byte	17                              ; DW_TAG_compile_unit
	.byte	0                               ; DW_CHILDREN_no
	.byte	37                              ; DW_AT_producer
	.byte	14                              ; DW_FORM_strp
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.byte	27                              ; DW_AT_comp_dir
	.byte	14                              ; DW_FORM_strp
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x1f DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"make_fixtures.py"              ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/tools/triton-fixtures" ; string offset=24
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     32
    .args:
      - .address_space:  global
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         8
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         16
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 64
    .name:           chain_dot_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     32
    .sgpr_spill_count: 0
    .symbol:         chain_dot_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     72
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:
