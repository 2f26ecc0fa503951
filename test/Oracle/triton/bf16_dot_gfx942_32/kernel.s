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
	.loc	1 97 17 is_stmt 1               ; make_fixtures.py:97:17
	s_lshl_b32 s11, s16, 6
	.loc	1 97 35 is_stmt 0               ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v20, 2, v0
	v_lshlrev_b32_e32 v1, 3, v0
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v3, s11, v20
	.loc	1 101 31 is_stmt 1              ; make_fixtures.py:101:31
	v_and_b32_e32 v2, 24, v1
	s_mov_b64 s[20:21], s[2:3]
	s_mov_b64 s[12:13], s[6:7]
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v4, 56, v1
	.loc	1 98 17                         ; make_fixtures.py:98:17
	s_lshl_b32 s14, s17, 6
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e32 vcc, s8, v3
	.loc	1 102 28                        ; make_fixtures.py:102:28
	s_mul_i32 s15, s10, s11
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v2
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_mad_u64_u32 v[6:7], s[6:7], s10, v20, v[2:3]
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v5, s14, v4
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_lshrrev_b32_e32 v11, 3, v0
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_lshl_u32 v19, v6, s15, 1
	v_bfrev_b32_e32 v21, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 105 60                        ; make_fixtures.py:105:60
	v_cmp_gt_i32_e64 s[0:1], s9, v5
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e64 v1, v21, v19, s[2:3]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v11
	.loc	1 104 46                        ; make_fixtures.py:104:46
	v_mad_u64_u32 v[6:7], s[6:7], s9, v11, v[4:5]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_dwordx4 v[28:31], v1, s[20:23], 0 offen
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_lshl_u32 v22, v6, s14, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	v_cndmask_b32_e64 v1, v21, v22, s[2:3]
	buffer_load_dwordx4 v[24:27], v1, s[4:7], 0 offen
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v7, 4, v0
	v_and_b32_e32 v8, 56, v0
	v_xor_b32_e32 v10, v7, v8
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v1, 31, v0
	v_and_b32_e32 v3, 0x80, v0
	v_and_b32_e32 v5, 32, v0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_sub_i32 s15, s10, 32
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v13, 0, v10
	v_xor_b32_e32 v10, 8, v10
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v6, 64, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v12, 0, v7
	v_lshlrev_b32_e32 v7, 6, v1
	v_lshrrev_b32_e32 v8, 2, v5
	v_lshlrev_b32_e32 v9, 4, v3
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v14, 0, v10
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_lt_i32 s15, 1
	v_lshlrev_b32_e32 v10, 1, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt vmcnt(1)
	ds_write_b64 v13, v[28:29]
	ds_write_b64 v14, v[30:31]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v12, v[24:27] offset:4096
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_and_b32_e32 v15, 56, v0
	v_xor_b32_e32 v15, v15, v8
	v_or3_b32 v18, v7, v9, v15
	v_add_u32_e32 v15, 0, v18
	v_xor_b32_e32 v16, 16, v18
	v_xor_b32_e32 v17, 32, v18
	v_xor_b32_e32 v18, 48, v18
	v_add_u32_e32 v16, 0, v16
	v_add_u32_e32 v17, 0, v17
	v_add_u32_e32 v18, 0, v18
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[26:27], v15
	ds_read_b64 v[28:29], v16
	ds_read_b64 v[30:31], v17
	ds_read_b64 v[32:33], v18
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v24, 32, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v24
	v_lshlrev_b32_e32 v23, 4, v5
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v25, 32, v11
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v19, 64, v19
	v_cndmask_b32_e64 v19, v21, v19, s[2:3]
	buffer_load_dwordx4 v[50:53], v19, s[20:23], 0 offen
	; sched_barrier mask(0x00000000)
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add3_u32 v19, 0, v23, v10
	v_add_u32_e32 v19, v19, v6
	ds_read_u16 v34, v19 offset:4096
	ds_read_u16 v36, v19 offset:4224
	ds_read_u16 v35, v19 offset:4352
	ds_read_u16 v37, v19 offset:4480
	ds_read_u16 v38, v19 offset:5120
	ds_read_u16 v39, v19 offset:5248
	ds_read_u16 v40, v19 offset:5376
	ds_read_u16 v41, v19 offset:5504
	ds_read_u16 v42, v19 offset:6144
	ds_read_u16 v43, v19 offset:6272
	ds_read_u16 v44, v19 offset:6400
	ds_read_u16 v45, v19 offset:6528
	ds_read_u16 v46, v19 offset:7168
	ds_read_u16 v47, v19 offset:7296
	ds_read_u16 v48, v19 offset:7424
	ds_read_u16 v49, v19 offset:7552
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v25
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_lshl_b32 s16, s9, 6
	v_add_u32_e32 v22, s16, v22
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v21, v21, v22, s[2:3]
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	buffer_load_dwordx4 v[22:25], v21, s[4:7], 0 offen
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_mov_b32 s17, 0x5040100
	s_waitcnt lgkmcnt(12)
	v_perm_b32 v35, v37, v35, s17
	v_perm_b32 v34, v36, v34, s17
	; sched_barrier mask(0x00000001)
	s_waitcnt lgkmcnt(8)
	v_perm_b32 v37, v41, v40, s17
	v_perm_b32 v36, v39, v38, s17
	v_mfma_f32_32x32x8_bf16 a[0:15], v[34:35], v[26:27], 0
	s_waitcnt lgkmcnt(4)
	v_perm_b32 v39, v45, v44, s17
	v_perm_b32 v38, v43, v42, s17
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v41, v49, v48, s17
	v_perm_b32 v40, v47, v46, s17
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_32x32x8_bf16 a[0:15], v[36:37], v[28:29], a[0:15]
	v_mfma_f32_32x32x8_bf16 a[0:15], v[38:39], v[30:31], a[0:15]
	v_mfma_f32_32x32x8_bf16 a[0:15], v[40:41], v[32:33], a[0:15]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	s_cmp_lt_u32 s15, 33
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b64 v13, v[50:51]
	ds_write_b64 v14, v[52:53]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v12, v[22:25] offset:4096
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_5
; %bb.2:                                ; %.peel.next
	v_or_b32_e32 v21, 64, v11
	v_mul_lo_u32 v21, s9, v21
	v_add_u32_e32 v21, s14, v21
	v_add_u32_e32 v20, s11, v20
	v_add_lshl_u32 v4, v21, v4, 1
	v_mad_u64_u32 v[20:21], s[2:3], s10, v20, v[2:3]
	v_mov_b32_e32 v21, 0x80
	s_mov_b32 s18, 64
	v_lshl_add_u32 v20, v20, 1, v21
	v_bfrev_b32_e32 v21, 1
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[26:27], v15
	ds_read_b64 v[28:29], v16
	ds_read_b64 v[30:31], v17
	ds_read_b64 v[32:33], v18
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v22, s18, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e64 s[2:3], s10, v22
	v_add_u32_e32 v23, s18, v11
	.loc	1 103 46 is_stmt 0              ; make_fixtures.py:103:46
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v22, v21, v20, s[2:3]
	buffer_load_dwordx4 v[50:53], v22, s[20:23], 0 offen
	; sched_barrier mask(0x00000000)
	.loc	1 104 20                        ; make_fixtures.py:104:20
	ds_read_u16 v34, v19 offset:4096
	ds_read_u16 v36, v19 offset:4224
	ds_read_u16 v35, v19 offset:4352
	ds_read_u16 v37, v19 offset:4480
	ds_read_u16 v38, v19 offset:5120
	ds_read_u16 v39, v19 offset:5248
	ds_read_u16 v40, v19 offset:5376
	ds_read_u16 v41, v19 offset:5504
	ds_read_u16 v42, v19 offset:6144
	ds_read_u16 v43, v19 offset:6272
	ds_read_u16 v44, v19 offset:6400
	ds_read_u16 v45, v19 offset:6528
	ds_read_u16 v46, v19 offset:7168
	ds_read_u16 v47, v19 offset:7296
	ds_read_u16 v48, v19 offset:7424
	ds_read_u16 v49, v19 offset:7552
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[2:3], s10, v23
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 106 25 is_stmt 1              ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(12)
	v_perm_b32 v35, v37, v35, s17
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v22, v21, v4, s[2:3]
	buffer_load_dwordx4 v[22:25], v22, s[4:7], 0 offen
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_perm_b32 v34, v36, v34, s17
	; sched_barrier mask(0x00000001)
	s_waitcnt lgkmcnt(8)
	v_perm_b32 v37, v41, v40, s17
	v_perm_b32 v36, v39, v38, s17
	v_mfma_f32_32x32x8_bf16 a[0:15], v[34:35], v[26:27], a[0:15]
	s_waitcnt lgkmcnt(4)
	v_perm_b32 v39, v45, v44, s17
	v_perm_b32 v38, v43, v42, s17
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v41, v49, v48, s17
	v_perm_b32 v40, v47, v46, s17
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_32x32x8_bf16 a[0:15], v[36:37], v[28:29], a[0:15]
	v_mfma_f32_32x32x8_bf16 a[0:15], v[38:39], v[30:31], a[0:15]
	v_mfma_f32_32x32x8_bf16 a[0:15], v[40:41], v[32:33], a[0:15]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_setprio 0
	s_add_i32 s2, s18, 32
	v_add_u32_e32 v4, s16, v4
	v_add_u32_e32 v20, 64, v20
	s_cmp_lt_i32 s18, s15
	s_mov_b32 s18, s2
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b64 v13, v[50:51]
	ds_write_b64 v14, v[52:53]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v12, v[22:25] offset:4096
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_3
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
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
	v_lshl_add_u32 v2, v5, 4, 0
	v_add3_u32 v2, v2, v10, v6
	ds_read_u16 v4, v2 offset:5504
	ds_read_u16 v30, v2 offset:5376
	ds_read_u16 v32, v2 offset:5248
	ds_read_u16 v33, v2 offset:5120
	ds_read_u16 v10, v2 offset:4480
	ds_read_u16 v11, v2 offset:4352
	ds_read_u16 v28, v2 offset:4224
	ds_read_u16 v29, v2 offset:4096
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_and_b32_e32 v0, 56, v0
	v_xor_b32_e32 v0, v0, v8
	v_or3_b32 v0, v7, v9, v0
	v_add_u32_e32 v7, 0, v0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_mov_b32 s0, 0x5040100
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b64 v[8:9], v7
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(3)
	v_perm_b32 v11, v10, v11, s0
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v10, v28, v29, s0
	v_accvgpr_read_b32 v12, a0
	v_accvgpr_read_b32 v27, a15
	v_accvgpr_read_b32 v26, a14
	v_accvgpr_read_b32 v25, a13
	v_accvgpr_read_b32 v24, a12
	v_accvgpr_read_b32 v23, a11
	v_accvgpr_read_b32 v22, a10
	v_accvgpr_read_b32 v21, a9
	v_accvgpr_read_b32 v20, a8
	v_accvgpr_read_b32 v19, a7
	v_accvgpr_read_b32 v18, a6
	v_accvgpr_read_b32 v17, a5
	v_accvgpr_read_b32 v16, a4
	v_accvgpr_read_b32 v15, a3
	v_accvgpr_read_b32 v14, a2
	v_accvgpr_read_b32 v13, a1
	v_accvgpr_write_b32 a0, v12
	v_accvgpr_write_b32 a1, v13
	v_accvgpr_write_b32 a2, v14
	v_accvgpr_write_b32 a3, v15
	v_accvgpr_write_b32 a4, v16
	v_accvgpr_write_b32 a5, v17
	v_accvgpr_write_b32 a6, v18
	v_accvgpr_write_b32 a7, v19
	v_accvgpr_write_b32 a8, v20
	v_accvgpr_write_b32 a9, v21
	v_accvgpr_write_b32 a10, v22
	v_accvgpr_write_b32 a11, v23
	v_accvgpr_write_b32 a12, v24
	v_accvgpr_write_b32 a13, v25
	v_accvgpr_write_b32 a14, v26
	v_accvgpr_write_b32 a15, v27
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v7, v0, 16, 0
	ds_read_b64 v[28:29], v7
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x8_bf16 a[0:15], v[10:11], v[8:9], a[0:15]
	v_perm_b32 v31, v4, v30, s0
	v_perm_b32 v30, v32, v33, s0
	.loc	1 104 20                        ; make_fixtures.py:104:20
	ds_read_u16 v4, v2 offset:6528
	ds_read_u16 v7, v2 offset:6400
	ds_read_u16 v10, v2 offset:6272
	ds_read_u16 v12, v2 offset:6144
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v8, v0, 32, 0
	ds_read_b64 v[8:9], v8
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(3)
	v_perm_b32 v11, v4, v7, s0
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v0, v0, 48, 0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_32x32x8_bf16 a[0:15], v[30:31], v[28:29], a[0:15]
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v10, v10, v12, s0
	.loc	1 104 20                        ; make_fixtures.py:104:20
	ds_read_u16 v4, v2 offset:7552
	ds_read_u16 v7, v2 offset:7424
	ds_read_u16 v12, v2 offset:7296
	ds_read_u16 v2, v2 offset:7168
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x8_bf16 a[0:15], v[10:11], v[8:9], a[0:15]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b64 v[8:9], v0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(3)
	v_perm_b32 v11, v4, v7, s0
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v10, v12, v2, s0
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mfma_f32_32x32x8_bf16 a[0:15], v[10:11], v[8:9], a[0:15]
.LBB0_7:                                ; %._crit_edge._crit_edge
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v0, 3, v5
	v_lshrrev_b32_e32 v2, 1, v6
	v_lshrrev_b32_e32 v3, 2, v3
	v_or_b32_e32 v0, v0, v2
	v_or_b32_e32 v1, v3, v1
	.loc	1 107 21                        ; make_fixtures.py:107:21
	s_mul_i32 s4, s9, s11
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v5, s14, v0
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v3, s11, v1
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_mul_lo_u32 v1, s9, v1
	s_add_i32 s4, s4, s14
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_or_b32_e32 v2, 16, v0
	.loc	1 108 33                        ; make_fixtures.py:108:33
	v_cmp_gt_i32_e32 vcc, s8, v3
	.loc	1 108 53 is_stmt 0              ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[0:1], s9, v5
	.loc	1 107 39 is_stmt 1              ; make_fixtures.py:107:39
	v_add_u32_e32 v1, s4, v1
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v4, s14, v2
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_add_lshl_u32 v0, v1, v0, 2
	.loc	1 107 52 is_stmt 0              ; make_fixtures.py:107:52
	v_bfrev_b32_e32 v3, 1
	.loc	1 108 39 is_stmt 1              ; make_fixtures.py:108:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 108 53 is_stmt 0              ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[2:3], s9, v4
	.loc	1 107 52 is_stmt 1              ; make_fixtures.py:107:52
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v4, v3, v0, s[0:1]
	buffer_store_dwordx4 a[0:3], v4, s[12:15], 0 offen
	v_add_u32_e32 v4, 32, v0
	v_add_lshl_u32 v1, v1, v2, 2
	.loc	1 108 39                        ; make_fixtures.py:108:39
	s_and_b64 vcc, vcc, s[2:3]
	.loc	1 107 52                        ; make_fixtures.py:107:52
	v_add_u32_e32 v0, 0x60, v0
	v_cndmask_b32_e64 v4, v3, v4, s[0:1]
	v_cndmask_b32_e32 v1, v3, v1, vcc
	v_cndmask_b32_e32 v0, v3, v0, vcc
	buffer_store_dwordx4 a[4:7], v4, s[12:15], 0 offen
	buffer_store_dwordx4 a[8:11], v1, s[12:15], 0 offen
	buffer_store_dwordx4 a[12:15], v0, s[12:15], 0 offen
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
		.amdhsa_next_free_vgpr 72
		.amdhsa_next_free_sgpr 24
		.amdhsa_accum_offset 56
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
	.set bf16_dot_kernel.num_vgpr, 54
	.set bf16_dot_kernel.num_agpr, 16
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
; codeLenInByte = 2512
; TotalNumSgprs: 30
; NumVgprs: 54
; NumAgprs: 16
; TotalNumVgprs: 72
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 30
; NumVGPRsForWavesPerEU: 72
; AccumOffset: 56
; Occupancy: 7
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 13
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
  - .agpr_count:     16
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
    .vgpr_count:     72
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
