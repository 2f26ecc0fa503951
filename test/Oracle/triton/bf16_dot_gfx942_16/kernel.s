	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	bf16_dot_kernel                 ; -- Begin function bf16_dot_kernel
	.p2align	8
	.type	bf16_dot_kernel,@function
bf16_dot_kernel:                        ; @bf16_dot_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.8:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 93 0 prologue_end             ; make_fixtures.py:93:0
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
	.loc	1 97 35 is_stmt 1               ; make_fixtures.py:97:35
	v_lshlrev_b32_e32 v7, 2, v0
	.loc	1 97 17 is_stmt 0               ; make_fixtures.py:97:17
	s_lshl_b32 s11, s16, 5
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v9, 3, v0
	v_and_b32_e32 v2, 28, v7
	.loc	1 98 17 is_stmt 1               ; make_fixtures.py:98:17
	s_lshl_b32 s14, s17, 5
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v1, s11, v9
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v3, s14, v2
	s_mov_b64 s[20:21], s[2:3]
	s_mov_b64 s[12:13], s[6:7]
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e32 vcc, s8, v1
	.loc	1 102 28                        ; make_fixtures.py:102:28
	s_mul_i32 s15, s10, s11
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v2
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_mad_u64_u32 v[4:5], s[6:7], s10, v9, v[2:3]
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_add_lshl_u32 v15, v4, s15, 1
	v_bfrev_b32_e32 v16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 105 60                        ; make_fixtures.py:105:60
	v_cmp_gt_i32_e64 s[0:1], s9, v3
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v1, v16, v15, s[2:3]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v9
	.loc	1 104 46                        ; make_fixtures.py:104:46
	v_mad_u64_u32 v[4:5], s[6:7], s9, v9, v[2:3]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_lshl_u32 v17, v4, s14, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_dwordx2 v[18:19], v1, s[20:23], 0 offen
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	v_cndmask_b32_e64 v1, v16, v17, s[2:3]
	buffer_load_dwordx2 v[20:21], v1, s[4:7], 0 offen
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v4, 0x70, v0
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v12, 3, v0
	v_lshrrev_b32_e32 v13, 1, v4
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v1, 15, v0
	v_and_b32_e32 v3, 0x80, v0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_sub_i32 s15, s10, 32
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v11, 0, v12
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xor_b32_e32 v12, v12, v13
	v_and_b32_e32 v5, 48, v0
	v_lshlrev_b32_e32 v6, 6, v1
	v_and_b32_e32 v7, 56, v7
	v_lshlrev_b32_e32 v8, 3, v3
	v_lshlrev_b32_e32 v10, 1, v1
	v_add_u32_e32 v12, 0, v12
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_lt_i32 s15, 1
	v_lshrrev_b32_e32 v0, 1, v0
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt vmcnt(1)
	ds_write_b64 v12, v[18:19]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b64 v11, v[20:21] offset:2048
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_lshrrev_b32_e32 v13, 1, v5
	v_xor_b32_e32 v13, v7, v13
	v_or3_b32 v14, v6, v8, v13
	v_add_u32_e32 v13, 0, v14
	v_xor_b32_e32 v14, 32, v14
	v_add_u32_e32 v14, 0, v14
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[18:19], v13
	ds_read_b64 v[20:21], v14
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v22, 32, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v22
	v_lshlrev_b32_e32 v24, 4, v5
	v_and_b32_e32 v25, 32, v0
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v26, 32, v9
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v15, 64, v15
	v_cndmask_b32_e64 v15, v16, v15, s[2:3]
	buffer_load_dwordx2 v[22:23], v15, s[20:23], 0 offen
	s_mov_b32 s16, 64
	; sched_barrier mask(0x00000000)
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add3_u32 v15, 0, v25, v24
	v_add_u32_e32 v15, v15, v10
	ds_read_u16 v24, v15 offset:2048
	ds_read_u16 v27, v15 offset:2112
	ds_read_u16 v25, v15 offset:2176
	ds_read_u16 v28, v15 offset:2240
	ds_read_u16 v29, v15 offset:3072
	ds_read_u16 v30, v15 offset:3136
	ds_read_u16 v31, v15 offset:3200
	ds_read_u16 v32, v15 offset:3264
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v26
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_lshl_b32 s17, s9, 6
	v_add_u32_e32 v17, s17, v17
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v16, v16, v17, s[2:3]
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	buffer_load_dwordx2 v[16:17], v16, s[4:7], 0 offen
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_mov_b32 s18, 0x5040100
	s_waitcnt lgkmcnt(4)
	v_perm_b32 v25, v28, v25, s18
	v_perm_b32 v24, v27, v24, s18
	; sched_barrier mask(0x00000001)
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v27, v32, v31, s18
	v_perm_b32 v26, v30, v29, s18
	v_mfma_f32_16x16x16_bf16 a[0:3], v[24:25], v[18:19], 0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_16x16x16_bf16 a[0:3], v[26:27], v[20:21], a[0:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	s_cmp_lt_u32 s15, 33
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b64 v12, v[22:23]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b64 v11, v[16:17] offset:2048
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_5
; %bb.2:                                ; %.peel.next
	v_or_b32_e32 v16, 64, v9
	v_mul_lo_u32 v16, s9, v16
	v_add_u32_e32 v17, s11, v9
	v_add_u32_e32 v16, s14, v16
	v_mad_u64_u32 v[18:19], s[2:3], s10, v17, v[2:3]
	v_mov_b32_e32 v17, 0x80
	v_add_lshl_u32 v16, v16, v2, 1
	v_lshl_add_u32 v17, v18, 1, v17
	v_bfrev_b32_e32 v18, 1
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[20:21], v13
	ds_read_b64 v[22:23], v14
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v19, s16, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v19
	v_add_u32_e32 v26, s16, v9
	.loc	1 103 46 is_stmt 0              ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v19, v18, v17, s[2:3]
	buffer_load_dwordx2 v[24:25], v19, s[20:23], 0 offen
	; sched_barrier mask(0x00000000)
	.loc	1 104 20                        ; make_fixtures.py:104:20
	ds_read_u16 v19, v15 offset:2048
	ds_read_u16 v28, v15 offset:2112
	ds_read_u16 v29, v15 offset:2176
	ds_read_u16 v30, v15 offset:2240
	ds_read_u16 v32, v15 offset:3072
	ds_read_u16 v33, v15 offset:3136
	ds_read_u16 v31, v15 offset:3200
	ds_read_u16 v34, v15 offset:3264
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v26
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 106 25 is_stmt 1              ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(4)
	v_perm_b32 v29, v30, v29, s18
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v26, v18, v16, s[2:3]
	buffer_load_dwordx2 v[26:27], v26, s[4:7], 0 offen
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_perm_b32 v28, v28, v19, s18
	; sched_barrier mask(0x00000001)
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v31, v34, v31, s18
	v_perm_b32 v30, v33, v32, s18
	v_mfma_f32_16x16x16_bf16 a[0:3], v[28:29], v[20:21], a[0:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_16x16x16_bf16 a[0:3], v[30:31], v[22:23], a[0:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	s_add_i32 s2, s16, 32
	v_add_u32_e32 v16, s17, v16
	v_add_u32_e32 v17, 64, v17
	s_cmp_lt_i32 s16, s15
	s_mov_b32 s16, s2
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b64 v12, v[24:25]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b64 v11, v[26:27] offset:2048
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_3
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
.LBB0_5:                                ; %._crit_edge
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_add_i32 s10, s10, 31
	s_cmp_lt_i32 s10, 32
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_and_b32_e32 v0, 32, v0
	v_lshlrev_b32_e32 v2, 4, v5
	v_add_u32_e32 v0, 0, v0
	v_add3_u32 v0, v0, v2, v10
	ds_read_u16 v2, v0 offset:3264
	ds_read_u16 v16, v0 offset:3200
	ds_read_u16 v18, v0 offset:3136
	ds_read_u16 v19, v0 offset:3072
	ds_read_u16 v9, v0 offset:2240
	ds_read_u16 v10, v0 offset:2176
	ds_read_u16 v11, v0 offset:2112
	ds_read_u16 v0, v0 offset:2048
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_lshrrev_b32_e32 v5, 1, v5
	v_xor_b32_e32 v5, v7, v5
	v_or3_b32 v5, v6, v8, v5
	v_add_u32_e32 v6, 0, v5
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_mov_b32 s0, 0x5040100
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b64 v[6:7], v6
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(3)
	v_perm_b32 v9, v9, v10, s0
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v8, v11, v0, s0
	v_accvgpr_read_b32 v12, a0
	v_accvgpr_read_b32 v15, a3
	v_accvgpr_read_b32 v14, a2
	v_accvgpr_read_b32 v13, a1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v0, v5, 32, 0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_accvgpr_write_b32 a0, v12
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b64 v[10:11], v0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_perm_b32 v17, v2, v16, s0
	v_accvgpr_write_b32 a1, v13
	v_accvgpr_write_b32 a2, v14
	v_accvgpr_write_b32 a3, v15
	v_perm_b32 v16, v18, v19, s0
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[0:3], v[8:9], v[6:7], a[0:3]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x16_bf16 a[0:3], v[16:17], v[10:11], a[0:3]
.LBB0_7:                                ; %._crit_edge._crit_edge
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v0, 2, v4
	v_lshrrev_b32_e32 v2, 3, v3
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v0, s14, v0
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or3_b32 v1, v2, v1, s11
	.loc	1 108 33                        ; make_fixtures.py:108:33
	v_cmp_gt_i32_e32 vcc, s8, v1
	.loc	1 108 53 is_stmt 0              ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	.loc	1 107 39 is_stmt 1              ; make_fixtures.py:107:39
	v_mul_lo_u32 v1, s9, v1
	.loc	1 107 52 is_stmt 0              ; make_fixtures.py:107:52
	v_add_lshl_u32 v0, v0, v1, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 108 39 is_stmt 1              ; make_fixtures.py:108:39
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 107 52                        ; make_fixtures.py:107:52
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[0:3], v0, s[12:15], 0 offen
	.loc	1 107 4 is_stmt 0               ; make_fixtures.py:107:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel bf16_dot_kernel
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 40
		.amdhsa_next_free_sgpr 24
		.amdhsa_accum_offset 36
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
	.size	bf16_dot_kernel, .Lfunc_end0-bf16_dot_kernel
	.cfi_endproc
                                        ; -- End function
	.set bf16_dot_kernel.num_vgpr, 35
	.set bf16_dot_kernel.num_agpr, 4
	.set bf16_dot_kernel.numbered_sgpr, 24
	.set bf16_dot_kernel.num_named_barrier, 0
	.set bf16_dot_kernel.private_seg_size, 0
	.set bf16_dot_kernel.uses_vcc, 1
	.set bf16_dot_kernel.uses_flat_scratch, 0
	.set bf16_dot_kernel.has_dyn_sized_stack, 0
	.set bf16_dot_kernel.has_recursion, 0
	.set bf16_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1636
; TotalNumSgprs: 30
; NumVgprs: 35
; NumAgprs: 4
; TotalNumVgprs: 40
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 4
; NumSGPRsForWavesPerEU: 30
; NumVGPRsForWavesPerEU: 40
; AccumOffset: 36
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 8
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
  - .agpr_count:     4
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
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
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
    .max_flat_workgroup_size: 256
    .name:           bf16_dot_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     30
    .sgpr_spill_count: 0
    .symbol:         bf16_dot_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     40
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:
