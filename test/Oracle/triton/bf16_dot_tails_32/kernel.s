	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	bf16_dot_kernel                 ; -- Begin function bf16_dot_kernel
	.p2align	8
	.type	bf16_dot_kernel,@function
bf16_dot_kernel:                        ; @bf16_dot_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.11:
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
; %bb.12:
.LBB0_0:
.Ltmp1:
	.loc	1 97 35 is_stmt 1               ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v3, 5, v0
	.loc	1 97 17 is_stmt 0               ; make_fixtures.py:97:17
	s_lshl_b32 s33, s16, 5
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v2, 31, v0
	v_or_b32_e32 v1, 8, v3
	v_or_b32_e32 v4, 16, v3
	v_or_b32_e32 v12, 24, v3
	.loc	1 98 17 is_stmt 1               ; make_fixtures.py:98:17
	s_lshl_b32 s38, s17, 5
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v5, s33, v3
	v_or_b32_e32 v6, s33, v1
	v_or_b32_e32 v7, s33, v4
	v_or_b32_e32 v8, s33, v12
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v9, s38, v2
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_gt_i32 s10, 0
	s_mov_b64 s[36:37], s[6:7]
	s_mov_b64 s[28:29], s[2:3]
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e64 s[0:1], s8, v5
	v_cmp_gt_i32_e64 s[2:3], s8, v6
	v_cmp_gt_i32_e64 s[14:15], s8, v7
	v_cmp_gt_i32_e64 s[18:19], s8, v8
	.loc	1 102 28                        ; make_fixtures.py:102:28
	s_mul_i32 s16, s10, s33
	.loc	1 105 60                        ; make_fixtures.py:105:60
	v_cmp_gt_i32_e64 s[12:13], s9, v9
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cselect_b64 s[24:25], -1, 0
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v2
	.loc	1 102 46                        ; make_fixtures.py:102:46
	s_lshl_b32 s11, s10, 3
	v_mad_u64_u32 v[8:9], s[6:7], s10, v3, v[2:3]
	v_mad_u64_u32 v[6:7], s[6:7], s10, v12, v[2:3]
	v_add_u32_e32 v21, s11, v8
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_add_lshl_u32 v5, v8, s16, 1
	v_bfrev_b32_e32 v7, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[0:1], vcc
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_add_u32_e32 v20, s11, v21
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v5, v7, v5, s[6:7]
	v_add_lshl_u32 v9, v21, s16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[2:3], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v9, v7, v9, s[6:7]
	v_add_lshl_u32 v10, v20, s16, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[14:15], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_lshl_u32 v11, v6, s16, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e64 v10, v7, v10, s[6:7]
	v_cndmask_b32_e32 v11, v7, v11, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[6:7], s10, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v14, v5, s[28:31], 0 offen
	buffer_load_ushort v15, v9, s[28:31], 0 offen
	buffer_load_ushort v16, v10, s[28:31], 0 offen
	buffer_load_ushort v17, v11, s[28:31], 0 offen
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v3
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[26:27], s[12:13], s[6:7]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	s_lshl_b32 s11, s9, 3
	v_mad_u64_u32 v[10:11], s[6:7], s9, v3, v[2:3]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[20:21], s10, v4
	.loc	1 104 46                        ; make_fixtures.py:104:46
	v_add_u32_e32 v22, s11, v10
	v_mad_u64_u32 v[4:5], s[6:7], s9, v12, v[2:3]
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_add_lshl_u32 v1, v10, s38, 1
	.loc	1 105 46 is_stmt 1              ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], vcc
	.loc	1 105 40 is_stmt 0              ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[22:23], s10, v12
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[20:21], s[12:13], s[20:21]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	v_add_u32_e32 v19, s11, v22
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v1, v7, v1, vcc
	v_add_lshl_u32 v5, v22, s38, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[24:25], s[26:27]
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[22:23], s[12:13], s[22:23]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v5, v7, v5, vcc
	v_add_lshl_u32 v9, v19, s38, 1
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_and_b64 vcc, s[24:25], s[20:21]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v9, v7, v9, vcc
	v_add_lshl_u32 v11, v4, s38, 1
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_and_b64 vcc, s[24:25], s[22:23]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v7, v7, v11, vcc
	buffer_load_ushort v11, v1, s[4:7], 0 offen
	buffer_load_ushort v18, v9, s[4:7], 0 offen
	buffer_load_ushort v24, v5, s[4:7], 0 offen
	buffer_load_ushort v25, v7, s[4:7], 0 offen
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v23, 1, v0
	v_and_b32_e32 v5, 0xfe, v23
	v_bfe_i32 v7, v0, 7, 1
	s_movk_i32 s20, 0x110
	v_bitop3_b32 v5, v7, v5, s20 bitop3:0x6c
	v_add_u32_e32 v13, 0, v5
	v_xor_b32_e32 v5, 32, v5
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v1, 32, v0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_sub_i32 s11, s10, 32
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt vmcnt(7)
	ds_write_b16 v13, v14
	s_waitcnt vmcnt(5)
	ds_write_b16 v13, v16 offset:1024
	v_add_u32_e32 v14, 0, v5
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_cmp_eq_u32_e64 s[6:7], 0, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_write_b16 v14, v15 offset:512
	s_waitcnt vmcnt(4)
	ds_write_b16 v14, v17 offset:1536
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(3)
	ds_write_b16 v13, v11 offset:2048
	s_waitcnt vmcnt(2)
	ds_write_b16 v13, v18 offset:3072
	s_waitcnt vmcnt(1)
	ds_write_b16 v14, v24 offset:2560
	s_waitcnt vmcnt(0)
	ds_write_b16 v14, v25 offset:3584
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_gt_i32 s11, 0
	v_and_b32_e32 v11, 12, v0
	v_lshlrev_b32_e32 v24, 3, v0
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_mov_b32_e32 v7, 0x220
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_and_b32_e32 v15, 12, v0
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_and_b32_e32 v5, 24, v24
	v_cndmask_b32_e64 v7, v7, 0, s[6:7]
	v_lshl_or_b32 v9, v15, 4, v5
	v_bitop3_b32 v7, v7, v23, 32 bitop3:0x78
	v_or_b32_e32 v5, v7, v9
	v_bitop3_b32 v16, v7, s20, v9 bitop3:0x36
	s_mov_b64 s[20:21], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_mov_b64 s[20:21], -1
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr5
                                        ; implicit-def: $vgpr16
.LBB0_3:                                ; %Flow72
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
	s_andn2_b64 vcc, exec, s[20:21]
	v_lshlrev_b32_e32 v7, 6, v2
	v_lshrrev_b32_e32 v9, 1, v1
	s_cbranch_vccnz .LBB0_8
; %bb.4:                                ; %.lr.ph
	v_lshlrev_b32_e32 v5, 2, v11
	v_xor_b32_e32 v15, v5, v9
	v_bitop3_b32 v5, v5, v7, v9 bitop3:0xde
	v_add_u32_e32 v17, 0, v5
	v_bitop3_b32 v5, v15, 32, v7 bitop3:0x36
	v_mov_b32_e32 v15, 0x220
	v_cndmask_b32_e64 v16, v15, 0, s[6:7]
	v_bitop3_b32 v16, v16, v23, 32 bitop3:0x78
	.loc	1 101 18 is_stmt 1              ; make_fixtures.py:101:18
	v_or_b32_e32 v23, 32, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v23
	.loc	1 102 46                        ; make_fixtures.py:102:46
	s_add_i32 s16, s16, 32
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_add_lshl_u32 v23, s16, v8, 1
	v_bfrev_b32_e32 v8, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[0:1], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v23, v8, v23, s[6:7]
	v_add_lshl_u32 v21, s16, v21, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[2:3], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v21, v8, v21, s[6:7]
	v_add_lshl_u32 v20, s16, v20, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[14:15], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v32, 32, v3
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v20, v8, v20, s[6:7]
	v_add_lshl_u32 v6, s16, v6, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 104 46                        ; make_fixtures.py:104:46
	s_add_i32 s6, s9, s17
	v_add_u32_e32 v18, 0, v5
	v_and_b32_e32 v5, 24, v24
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v33, 40, v3
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e32 v6, v8, v6, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v32
	.loc	1 104 46                        ; make_fixtures.py:104:46
	s_lshl_b32 s16, s6, 5
	v_lshl_or_b32 v15, v11, 4, v5
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v36, v23, s[28:31], 0 offen
	buffer_load_ushort v37, v21, s[28:31], 0 offen
	buffer_load_ushort v38, v20, s[28:31], 0 offen
	buffer_load_ushort v39, v6, s[28:31], 0 offen
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[20:21], s10, v33
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_lshl_u32 v6, s16, v10, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], vcc
	v_or_b32_e32 v5, v16, v15
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v20, v8, v6, vcc
	v_add_lshl_u32 v6, s16, v22, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], s[20:21]
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v34, 48, v3
	v_or_b32_e32 v35, 56, v3
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v21, v8, v6, vcc
	v_add_u32_e32 v6, 0, v5
	v_bitop3_b32 v10, v16, 16, v15 bitop3:0x36
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[24:27], v17
	ds_read_b128 v[28:31], v18
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[22:23], s10, v34
	v_cmp_gt_i32_e64 s[24:25], s10, v35
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v10, 0, v10
	ds_read_b64_tr_b16 v[32:33], v6 offset:2048
	ds_read_b64_tr_b16 v[34:35], v10 offset:2304
	v_add_lshl_u32 v19, s16, v19, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], s[22:23]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v19, v8, v19, vcc
	v_add_lshl_u32 v4, s16, v4, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], s[24:25]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v4, v8, v4, vcc
	ds_read_b64_tr_b16 v[40:41], v6 offset:3072
	ds_read_b64_tr_b16 v[42:43], v10 offset:3328
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[32:35], v[24:27], 0
	.loc	1 104 20                        ; make_fixtures.py:104:20
	buffer_load_ushort v22, v20, s[4:7], 0 offen
	buffer_load_ushort v23, v19, s[4:7], 0 offen
	buffer_load_ushort v24, v21, s[4:7], 0 offen
	buffer_load_ushort v25, v4, s[4:7], 0 offen
	s_movk_i32 s24, 0x110
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_lt_u32 s11, 33
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(7)
	ds_write_b16 v13, v36
	s_waitcnt vmcnt(5)
	ds_write_b16 v13, v38 offset:1024
	ds_write_b16 v14, v37 offset:512
	s_waitcnt vmcnt(4)
	ds_write_b16 v14, v39 offset:1536
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(3)
	ds_write_b16 v13, v22 offset:2048
	s_waitcnt vmcnt(2)
	ds_write_b16 v13, v23 offset:3072
	s_waitcnt vmcnt(1)
	ds_write_b16 v14, v24 offset:2560
	s_waitcnt vmcnt(0)
	ds_write_b16 v14, v25 offset:3584
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_32x32x16_bf16 a[0:15], v[40:43], v[28:31], a[0:15]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_7
; %bb.5:                                ; %.peel.next
	v_add_u32_e32 v27, s33, v3
	v_or_b32_e32 v19, 64, v12
	v_or_b32_e32 v20, 0x50, v3
	v_or_b32_e32 v21, 0x48, v3
	v_or_b32_e32 v22, 64, v3
	v_add_u32_e32 v23, s33, v12
	v_add_u32_e32 v24, 16, v27
	v_add_u32_e32 v25, 8, v27
	v_mul_lo_u32 v19, s9, v19
	s_lshl_b32 s16, s17, 6
	v_mul_lo_u32 v20, s9, v20
	v_mul_lo_u32 v21, s9, v21
	v_mul_lo_u32 v22, s9, v22
	v_mul_lo_u32 v23, s10, v23
	v_mov_b32_e32 v26, 0x80
	v_mul_lo_u32 v24, s10, v24
	v_mul_lo_u32 v25, s10, v25
	v_mul_lo_u32 v27, s10, v27
	v_lshlrev_b32_e32 v4, 1, v2
	s_mov_b32 s26, 64
	v_lshl_add_u32 v19, v19, 1, s16
	s_lshl_b32 s25, s9, 6
	v_lshl_add_u32 v20, v20, 1, s16
	v_lshl_add_u32 v21, v21, 1, s16
	v_lshl_add_u32 v22, v22, 1, s16
	v_lshl_add_u32 v23, v23, 1, v26
	v_lshl_add_u32 v24, v24, 1, v26
	v_lshl_add_u32 v25, v25, 1, v26
	v_lshl_add_u32 v26, v27, 1, v26
.LBB0_6:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v27, s26, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v27
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v30, v4, v26
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[22:23], s[0:1], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v28, s26, v3
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v31, v4, v25
	v_cndmask_b32_e64 v27, v8, v30, s[22:23]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[22:23], s[2:3], vcc
	.loc	1 103 60 is_stmt 0              ; make_fixtures.py:103:60
	v_add_u32_e32 v29, s26, v12
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	v_add_u32_e32 v33, v4, v23
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v38, 8, v28
	v_add_u32_e32 v39, 16, v28
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[16:17], s10, v28
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v28, v8, v31, s[22:23]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[22:23], s[14:15], vcc
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v32, v4, v24
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v34, v4, v22
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[20:21], s10, v29
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e32 v30, v8, v33, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v38
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[16:17], s[12:13], s[16:17]
	.loc	1 104 20 is_stmt 1              ; make_fixtures.py:104:20
	v_add_u32_e32 v35, v4, v21
	v_add_u32_e32 v37, v4, v19
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v29, v8, v32, s[22:23]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[22:23], s10, v39
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v31, v8, v34, s[16:17]
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[16:17], s[12:13], s[20:21]
	s_and_b64 vcc, s[12:13], vcc
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v36, v4, v20
	v_cndmask_b32_e64 v32, v8, v37, s[16:17]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v37, v27, s[28:31], 0 offen
	buffer_load_ushort v38, v28, s[28:31], 0 offen
	buffer_load_ushort v39, v29, s[28:31], 0 offen
	buffer_load_ushort v40, v30, s[28:31], 0 offen
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v27, v8, v35, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[12:13], s[22:23]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v28, v8, v36, vcc
	buffer_load_ushort v36, v31, s[4:7], 0 offen
	buffer_load_ushort v41, v28, s[4:7], 0 offen
	buffer_load_ushort v42, v27, s[4:7], 0 offen
	buffer_load_ushort v43, v32, s[4:7], 0 offen
	ds_read_b64_tr_b16 v[44:45], v6 offset:2048
	ds_read_b64_tr_b16 v[46:47], v10 offset:2304
	ds_read_b64_tr_b16 v[48:49], v6 offset:3072
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b128 v[28:31], v17
	ds_read_b128 v[32:35], v18
	.loc	1 104 20                        ; make_fixtures.py:104:20
	ds_read_b64_tr_b16 v[50:51], v10 offset:3328
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[44:47], v[28:31], a[0:15]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_add_i32 s16, s26, 32
	v_add_u32_e32 v19, s25, v19
	v_add_u32_e32 v20, s25, v20
	v_add_u32_e32 v21, s25, v21
	v_add_u32_e32 v22, s25, v22
	v_add_u32_e32 v23, 64, v23
	v_add_u32_e32 v24, 64, v24
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[48:51], v[32:35], a[0:15]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	v_add_u32_e32 v25, 64, v25
	v_add_u32_e32 v26, 64, v26
	s_cmp_lt_i32 s26, s11
	s_mov_b32 s26, s16
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(7)
	ds_write_b16 v13, v37
	s_waitcnt vmcnt(5)
	ds_write_b16 v13, v39 offset:1024
	ds_write_b16 v14, v38 offset:512
	s_waitcnt vmcnt(4)
	ds_write_b16 v14, v40 offset:1536
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(3)
	ds_write_b16 v13, v36 offset:2048
	s_waitcnt vmcnt(2)
	ds_write_b16 v13, v41 offset:3072
	s_waitcnt vmcnt(1)
	ds_write_b16 v14, v42 offset:2560
	s_waitcnt vmcnt(0)
	ds_write_b16 v14, v43 offset:3584
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_6
.LBB0_7:                                ; %Flow71
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_bitop3_b32 v16, v16, s24, v15 bitop3:0x36
	v_mov_b32_e32 v15, v11
.LBB0_8:                                ; %._crit_edge
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_add_i32 s10, s10, 31
	s_cmp_lt_i32 s10, 32
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_cbranch_scc1 .LBB0_10
; %bb.9:
	.loc	1 0 25 is_stmt 0                ; make_fixtures.py:0:25
	v_add_u32_e32 v3, 0, v5
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v4, 2, v15
	v_add_u32_e32 v8, 0, v16
	ds_read_b64_tr_b16 v[10:11], v3 offset:2048
	ds_read_b64_tr_b16 v[12:13], v8 offset:2048
	v_bitop3_b32 v9, v4, v7, v9 bitop3:0xde
	v_add_u32_e32 v4, 0, v9
	v_accvgpr_read_b32 v18, a0
	ds_read_b128 v[4:7], v4
	ds_read_b64_tr_b16 v[14:15], v3 offset:3072
	ds_read_b64_tr_b16 v[16:17], v8 offset:3072
	v_accvgpr_read_b32 v33, a15
	v_accvgpr_read_b32 v32, a14
	v_accvgpr_read_b32 v31, a13
	v_accvgpr_read_b32 v30, a12
	v_accvgpr_read_b32 v29, a11
	v_accvgpr_read_b32 v28, a10
	v_accvgpr_read_b32 v27, a9
	v_accvgpr_read_b32 v26, a8
	v_accvgpr_read_b32 v25, a7
	v_accvgpr_read_b32 v24, a6
	v_accvgpr_read_b32 v23, a5
	v_accvgpr_read_b32 v22, a4
	v_accvgpr_read_b32 v21, a3
	v_accvgpr_read_b32 v20, a2
	v_accvgpr_read_b32 v19, a1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_accvgpr_write_b32 a0, v18
	v_accvgpr_write_b32 a1, v19
	v_accvgpr_write_b32 a2, v20
	v_accvgpr_write_b32 a3, v21
	v_accvgpr_write_b32 a4, v22
	v_accvgpr_write_b32 a5, v23
	v_accvgpr_write_b32 a6, v24
	v_accvgpr_write_b32 a7, v25
	v_accvgpr_write_b32 a8, v26
	v_accvgpr_write_b32 a9, v27
	v_accvgpr_write_b32 a10, v28
	v_accvgpr_write_b32 a11, v29
	v_accvgpr_write_b32 a12, v30
	v_accvgpr_write_b32 a13, v31
	v_accvgpr_write_b32 a14, v32
	v_accvgpr_write_b32 a15, v33
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v3, v9, 32, 0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[10:13], v[4:7], a[0:15]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b128 v[4:7], v3
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[14:17], v[4:7], a[0:15]
.LBB0_10:                               ; %._crit_edge._crit_edge
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v1, 3, v1
	v_or_b32_e32 v3, 27, v1
	v_or_b32_e32 v5, 26, v1
	v_or_b32_e32 v7, 25, v1
	v_or_b32_e32 v9, 24, v1
	v_or_b32_e32 v11, 19, v1
	v_or_b32_e32 v13, 18, v1
	v_or_b32_e32 v15, 17, v1
	v_or_b32_e32 v17, 16, v1
	v_or_b32_e32 v19, 11, v1
	v_or_b32_e32 v21, 10, v1
	v_or_b32_e32 v23, 9, v1
	v_or_b32_e32 v25, 8, v1
	v_or_b32_e32 v27, 3, v1
	v_or_b32_e32 v29, 2, v1
	v_or_b32_e32 v31, 1, v1
	.loc	1 97 22 is_stmt 0               ; make_fixtures.py:97:22
	v_or_b32_e32 v34, s33, v2
	.loc	1 98 22 is_stmt 1               ; make_fixtures.py:98:22
	v_or_b32_e32 v4, s38, v3
	v_or_b32_e32 v6, s38, v5
	v_or_b32_e32 v8, s38, v7
	v_or_b32_e32 v10, s38, v9
	v_or_b32_e32 v12, s38, v11
	v_or_b32_e32 v14, s38, v13
	v_or_b32_e32 v16, s38, v15
	v_or_b32_e32 v18, s38, v17
	v_or_b32_e32 v20, s38, v19
	v_or_b32_e32 v22, s38, v21
	v_or_b32_e32 v24, s38, v23
	v_or_b32_e32 v26, s38, v25
	v_or_b32_e32 v28, s38, v27
	v_or_b32_e32 v30, s38, v29
	v_or_b32_e32 v32, s38, v31
	v_or_b32_e32 v33, s38, v1
	.loc	1 108 33                        ; make_fixtures.py:108:33
	v_cmp_gt_i32_e32 vcc, s8, v34
	.loc	1 107 21                        ; make_fixtures.py:107:21
	s_mul_i32 s8, s9, s33
	.loc	1 108 53                        ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[0:1], s9, v33
	v_cmp_gt_i32_e64 s[2:3], s9, v32
	v_cmp_gt_i32_e64 s[4:5], s9, v30
	v_cmp_gt_i32_e64 s[6:7], s9, v28
	v_cmp_gt_i32_e64 s[10:11], s9, v26
	v_cmp_gt_i32_e64 s[12:13], s9, v24
	v_cmp_gt_i32_e64 s[14:15], s9, v22
	v_cmp_gt_i32_e64 s[16:17], s9, v20
	v_cmp_gt_i32_e64 s[18:19], s9, v18
	v_cmp_gt_i32_e64 s[20:21], s9, v16
	v_cmp_gt_i32_e64 s[22:23], s9, v14
	v_cmp_gt_i32_e64 s[24:25], s9, v12
	v_cmp_gt_i32_e64 s[26:27], s9, v10
	v_cmp_gt_i32_e64 s[28:29], s9, v8
	v_cmp_gt_i32_e64 s[30:31], s9, v6
	v_cmp_gt_i32_e64 s[34:35], s9, v4
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_mul_lo_u32 v2, s9, v2
	s_add_i32 s8, s8, s38
	.loc	1 107 52 is_stmt 0              ; make_fixtures.py:107:52
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 108 39 is_stmt 1              ; make_fixtures.py:108:39
	s_and_b64 s[0:1], vcc, s[0:1]
	s_and_b64 s[2:3], vcc, s[2:3]
	s_and_b64 s[4:5], vcc, s[4:5]
	s_and_b64 s[6:7], vcc, s[6:7]
	s_and_b64 s[10:11], vcc, s[10:11]
	s_and_b64 s[12:13], vcc, s[12:13]
	s_and_b64 s[14:15], vcc, s[14:15]
	s_and_b64 s[16:17], vcc, s[16:17]
	s_and_b64 s[18:19], vcc, s[18:19]
	s_and_b64 s[20:21], vcc, s[20:21]
	s_and_b64 s[22:23], vcc, s[22:23]
	s_and_b64 s[24:25], vcc, s[24:25]
	s_and_b64 s[26:27], vcc, s[26:27]
	s_and_b64 s[28:29], vcc, s[28:29]
	s_and_b64 s[30:31], vcc, s[30:31]
	s_and_b64 s[34:35], vcc, s[34:35]
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_add_u32_e32 v2, s8, v2
	.loc	1 107 52 is_stmt 0              ; make_fixtures.py:107:52
	v_cmp_eq_u32_e32 vcc, 0, v0
	v_add_lshl_u32 v0, v2, v1, 2
	v_bfrev_b32_e32 v1, 1
	s_and_b64 s[0:1], vcc, s[0:1]
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a0, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v31, 2
	s_and_b64 s[0:1], vcc, s[2:3]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a1, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v29, 2
	s_and_b64 s[0:1], vcc, s[4:5]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a2, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v27, 2
	s_and_b64 s[0:1], vcc, s[6:7]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a3, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v25, 2
	s_and_b64 s[0:1], vcc, s[10:11]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a4, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v23, 2
	s_and_b64 s[0:1], vcc, s[12:13]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a5, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v21, 2
	s_and_b64 s[0:1], vcc, s[14:15]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a6, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v19, 2
	s_and_b64 s[0:1], vcc, s[16:17]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a7, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v17, 2
	s_and_b64 s[0:1], vcc, s[18:19]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a8, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v15, 2
	s_and_b64 s[0:1], vcc, s[20:21]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a9, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v13, 2
	s_and_b64 s[0:1], vcc, s[22:23]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a10, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v11, 2
	s_and_b64 s[0:1], vcc, s[24:25]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a11, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v9, 2
	s_and_b64 s[0:1], vcc, s[26:27]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a12, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v7, 2
	s_and_b64 s[0:1], vcc, s[28:29]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a13, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v5, 2
	s_and_b64 s[0:1], vcc, s[30:31]
	v_cndmask_b32_e64 v0, v1, v0, s[0:1]
	buffer_store_dword a14, v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v2, v3, 2
	s_and_b64 vcc, vcc, s[34:35]
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dword a15, v0, s[36:39], 0 offen
	.loc	1 107 4                         ; make_fixtures.py:107:4
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
		.amdhsa_next_free_vgpr 68
		.amdhsa_next_free_sgpr 40
		.amdhsa_accum_offset 52
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
	.set bf16_dot_kernel.num_vgpr, 52
	.set bf16_dot_kernel.num_agpr, 16
	.set bf16_dot_kernel.numbered_sgpr, 40
	.set bf16_dot_kernel.num_named_barrier, 0
	.set bf16_dot_kernel.private_seg_size, 0
	.set bf16_dot_kernel.uses_vcc, 1
	.set bf16_dot_kernel.uses_flat_scratch, 0
	.set bf16_dot_kernel.has_dyn_sized_stack, 0
	.set bf16_dot_kernel.has_recursion, 0
	.set bf16_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3524
; TotalNumSgprs: 46
; NumVgprs: 52
; NumAgprs: 16
; TotalNumVgprs: 68
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 46
; NumVGPRsForWavesPerEU: 68
; AccumOffset: 52
; Occupancy: 7
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 12
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
    .sgpr_count:     46
    .sgpr_spill_count: 0
    .symbol:         bf16_dot_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     68
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
