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
	.loc	1 97 17 is_stmt 1               ; make_fixtures.py:97:17
	s_lshl_b32 s11, s16, 5
	.loc	1 97 35 is_stmt 0               ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v25, 6, v0
	v_or_b32_e32 v26, 28, v25
	v_or_b32_e32 v3, s11, v25
	.loc	1 98 17 is_stmt 1               ; make_fixtures.py:98:17
	s_lshl_b32 s33, s17, 5
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_or_b32_e32 v24, 12, v25
	.loc	1 97 22 is_stmt 0               ; make_fixtures.py:97:22
	v_or_b32_e32 v8, 16, v3
	v_or_b32_e32 v9, 20, v3
	v_or_b32_e32 v10, 24, v3
	v_or_b32_e32 v11, s11, v26
	.loc	1 101 31 is_stmt 1              ; make_fixtures.py:101:31
	v_and_b32_e32 v2, 63, v0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_gt_i32 s10, 0
	s_mov_b64 s[44:45], s[6:7]
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v5, 4, v3
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e64 s[0:1], s8, v3
	v_cmp_gt_i32_e64 s[12:13], s8, v8
	v_cmp_gt_i32_e64 s[14:15], s8, v9
	v_cmp_gt_i32_e64 s[26:27], s8, v10
	v_cmp_gt_i32_e64 s[18:19], s8, v11
	.loc	1 102 28                        ; make_fixtures.py:102:28
	s_mul_i32 s16, s10, s11
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cselect_b64 s[42:43], -1, 0
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v2
	.loc	1 102 46                        ; make_fixtures.py:102:46
	s_lshl_b32 s28, s10, 2
	v_mad_u64_u32 v[14:15], s[6:7], s10, v25, v[2:3]
	v_mad_u64_u32 v[10:11], s[6:7], s10, v24, v[2:3]
	v_mad_u64_u32 v[8:9], s[6:7], s10, v26, v[2:3]
	s_mov_b64 s[48:49], s[2:3]
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v6, 8, v3
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e64 s[2:3], s8, v5
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_add_u32_e32 v36, s28, v14
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_add_lshl_u32 v3, v14, s16, 1
	v_bfrev_b32_e32 v5, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[0:1], vcc
	.loc	1 97 22                         ; make_fixtures.py:97:22
	v_or_b32_e32 v7, s11, v24
	.loc	1 103 40                        ; make_fixtures.py:103:40
	v_cmp_gt_i32_e64 s[22:23], s8, v6
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_add_u32_e32 v34, s28, v36
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v3, v5, v3, s[6:7]
	v_add_lshl_u32 v6, v36, s16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[2:3], vcc
	.loc	1 103 40 is_stmt 0              ; make_fixtures.py:103:40
	v_cmp_gt_i32_e64 s[24:25], s8, v7
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v6, v5, v6, s[6:7]
	v_add_lshl_u32 v7, v34, s16, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[22:23], vcc
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_and_b32_e32 v4, 31, v0
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_lshl_add_u32 v31, s10, 3, v34
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v7, v5, v7, s[6:7]
	v_add_lshl_u32 v9, v10, s16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[24:25], vcc
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v12, s33, v4
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_add_u32_e32 v30, s28, v31
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v9, v5, v9, s[6:7]
	v_add_lshl_u32 v11, v31, s16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[12:13], vcc
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_lshrrev_b32_e32 v1, 5, v0
	.loc	1 105 60                        ; make_fixtures.py:105:60
	v_cmp_gt_i32_e64 s[20:21], s9, v12
	.loc	1 102 46                        ; make_fixtures.py:102:46
	v_add_u32_e32 v29, s28, v30
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v11, v5, v11, s[6:7]
	v_add_lshl_u32 v12, v30, s16, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[14:15], vcc
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v13, 8, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v12, v5, v12, s[6:7]
	v_add_lshl_u32 v15, v29, s16, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[26:27], vcc
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v16, 16, v1
	v_or_b32_e32 v17, 32, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v15, v5, v15, s[6:7]
	v_add_lshl_u32 v20, v8, s16, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[6:7], s10, v13
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v28, 56, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_and_b32 s49, s49, 0xffff
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	v_cndmask_b32_e32 v20, v5, v20, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v1
	v_cmp_gt_i32_e64 s[28:29], s10, v16
	v_cmp_gt_i32_e64 s[34:35], s10, v17
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[46:47], s[20:21], s[6:7]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	s_lshl_b32 s52, s9, 3
	v_mad_u64_u32 v[16:17], s[6:7], s9, v1, v[4:5]
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v27, 24, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v21, v3, s[48:51], 0 offen
	buffer_load_ushort v22, v6, s[48:51], 0 offen
	buffer_load_ushort v23, v7, s[48:51], 0 offen
	buffer_load_ushort v39, v9, s[48:51], 0 offen
	buffer_load_ushort v40, v11, s[48:51], 0 offen
	buffer_load_ushort v41, v12, s[48:51], 0 offen
	buffer_load_ushort v42, v15, s[48:51], 0 offen
	buffer_load_ushort v43, v20, s[48:51], 0 offen
	.loc	1 104 46                        ; make_fixtures.py:104:46
	v_add_u32_e32 v38, s52, v16
	v_mad_u64_u32 v[6:7], s[6:7], s9, v28, v[4:5]
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_add_lshl_u32 v3, v16, s33, 1
	.loc	1 105 46 is_stmt 1              ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], vcc
	.loc	1 105 40 is_stmt 0              ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[30:31], s10, v27
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[28:29], s[20:21], s[28:29]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	v_add_u32_e32 v37, s52, v38
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v3, v5, v3, vcc
	v_add_lshl_u32 v7, v38, s33, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[46:47]
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v18, 40, v1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[30:31], s[20:21], s[30:31]
	.loc	1 104 46                        ; make_fixtures.py:104:46
	v_mad_u64_u32 v[12:13], s[6:7], s9, v27, v[4:5]
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v7, v5, v7, vcc
	v_add_lshl_u32 v9, v37, s33, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[28:29]
	.loc	1 101 31                        ; make_fixtures.py:101:31
	v_or_b32_e32 v19, 48, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[36:37], s10, v18
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[34:35], s[20:21], s[34:35]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	v_lshl_add_u32 v35, s9, 4, v37
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v9, v5, v9, vcc
	v_add_lshl_u32 v11, v12, s33, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[30:31]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[38:39], s10, v19
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[36:37], s[20:21], s[36:37]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	v_add_u32_e32 v33, s52, v35
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v11, v5, v11, vcc
	v_add_lshl_u32 v13, v35, s33, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[34:35]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[40:41], s10, v28
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[38:39], s[20:21], s[38:39]
	.loc	1 104 46 is_stmt 1              ; make_fixtures.py:104:46
	v_add_u32_e32 v32, s52, v33
	.loc	1 104 20 is_stmt 0              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v13, v5, v13, vcc
	v_add_lshl_u32 v15, v33, s33, 1
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[36:37]
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[40:41], s[20:21], s[40:41]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v15, v5, v15, vcc
	v_add_lshl_u32 v17, v32, s33, 1
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[38:39]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s50
	s_mov_b32 s7, s51
	v_cndmask_b32_e32 v17, v5, v17, vcc
	v_add_lshl_u32 v18, v6, s33, 1
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_and_b64 vcc, s[42:43], s[40:41]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v5, v5, v18, vcc
	buffer_load_ushort v3, v3, s[4:7], 0 offen
	s_nop 0
	buffer_load_ushort v18, v9, s[4:7], 0 offen
	buffer_load_ushort v19, v13, s[4:7], 0 offen
	buffer_load_ushort v44, v17, s[4:7], 0 offen
	buffer_load_ushort v45, v7, s[4:7], 0 offen
	buffer_load_ushort v46, v11, s[4:7], 0 offen
	buffer_load_ushort v47, v15, s[4:7], 0 offen
	buffer_load_ushort v48, v5, s[4:7], 0 offen
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v7, 1, v0
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_bfe_i32 v5, v0, 7, 1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_and_b32_e32 v7, 0xfe, v7
	s_movk_i32 s6, 0x110
	v_bitop3_b32 v5, v5, v7, s6 bitop3:0x6c
	v_xor_b32_e32 v9, 32, v5
	v_add_u32_e32 v7, 0, v5
	v_add_u32_e32 v17, 0, v9
	v_xor_b32_e32 v9, 64, v5
	v_xor_b32_e32 v5, 0x60, v5
	s_waitcnt vmcnt(15)
	ds_write_b16 v7, v21
	s_waitcnt vmcnt(11)
	ds_write_b16 v7, v40 offset:2048
	v_add_u32_e32 v20, 0, v9
	v_add_u32_e32 v21, 0, v5
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_sub_i32 s46, s10, 64
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_write_b16 v17, v22 offset:512
	s_waitcnt vmcnt(10)
	ds_write_b16 v17, v41 offset:2560
	ds_write_b16 v20, v23 offset:1024
	s_waitcnt vmcnt(9)
	ds_write_b16 v20, v42 offset:3072
	ds_write_b16 v21, v39 offset:1536
	s_waitcnt vmcnt(8)
	ds_write_b16 v21, v43 offset:3584
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(7)
	ds_write_b16 v7, v3 offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b16 v7, v18 offset:5120
	s_waitcnt vmcnt(5)
	ds_write_b16 v7, v19 offset:6144
	s_waitcnt vmcnt(4)
	ds_write_b16 v7, v44 offset:7168
	s_waitcnt vmcnt(3)
	ds_write_b16 v17, v45 offset:4608
	s_waitcnt vmcnt(2)
	ds_write_b16 v17, v46 offset:5632
	s_waitcnt vmcnt(1)
	ds_write_b16 v17, v47 offset:6656
	s_waitcnt vmcnt(0)
	ds_write_b16 v17, v48 offset:7680
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmp_gt_i32 s46, 0
	v_lshlrev_b32_e32 v39, 4, v0
	v_lshlrev_b32_e32 v18, 3, v0
	v_and_b32_e32 v19, 16, v0
	v_lshlrev_b32_e32 v40, 5, v0
	v_lshrrev_b32_e32 v41, 1, v0
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_lshlrev_b32_e32 v22, 3, v0
	v_and_b32_e32 v3, 0xc0, v39
	v_and_b32_e32 v5, 24, v22
	v_and_b32_e32 v9, 0x400, v40
	v_and_b32_e32 v23, 16, v0
	v_and_b32_e32 v11, 32, v41
	v_or3_b32 v9, v3, v5, v9
	s_mov_b64 s[6:7], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $vgpr22
                                        ; implicit-def: $vgpr23
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr9
.LBB0_3:                                ; %Flow108
	v_and_b32_e32 v5, 0x80, v0
	v_and_b32_e32 v3, 15, v0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_andn2_b64 vcc, exec, s[6:7]
	v_and_b32_e32 v13, 48, v0
	v_lshlrev_b32_e32 v15, 4, v5
	s_cbranch_vccnz .LBB0_8
; %bb.4:                                ; %.lr.ph
	s_movk_i32 s6, 0x70
	v_lshl_or_b32 v9, v3, 7, v15
	v_bitop3_b32 v11, v18, v13, s6 bitop3:0x6c
	v_or_b32_e32 v22, v9, v11
	v_bitop3_b32 v9, v9, 64, v11 bitop3:0x36
	v_add_u32_e32 v23, 0, v9
	v_and_b32_e32 v9, 0xc0, v39
	v_and_b32_e32 v39, 24, v18
	v_and_b32_e32 v40, 0x400, v40
	v_or3_b32 v9, v9, v39, v40
	.loc	1 101 18 is_stmt 1              ; make_fixtures.py:101:18
	v_or_b32_e32 v40, 64, v2
	v_bfe_i32 v42, v0, 4, 1
	v_and_b32_e32 v11, 32, v41
	s_movk_i32 s6, 0x220
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v40
	.loc	1 102 46                        ; make_fixtures.py:102:46
	s_add_i32 s16, s16, 64
	v_bitop3_b32 v48, v42, v11, s6 bitop3:0x6c
	.loc	1 102 20 is_stmt 0              ; make_fixtures.py:102:20
	v_add_lshl_u32 v40, s16, v14, 1
	v_bfrev_b32_e32 v14, 1
	.loc	1 103 46 is_stmt 1              ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[0:1], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v40, v14, v40, s[6:7]
	v_add_lshl_u32 v36, s16, v36, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[2:3], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v36, v14, v36, s[6:7]
	v_add_lshl_u32 v34, s16, v34, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[22:23], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v34, v14, v34, s[6:7]
	v_add_lshl_u32 v10, s16, v10, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[24:25], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v10, v14, v10, s[6:7]
	v_add_lshl_u32 v31, s16, v31, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[12:13], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v31, v14, v31, s[6:7]
	v_add_lshl_u32 v30, s16, v30, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[14:15], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v30, v14, v30, s[6:7]
	v_add_lshl_u32 v29, s16, v29, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[6:7], s[26:27], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v49, 64, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v29, v14, v29, s[6:7]
	v_add_lshl_u32 v8, s16, v8, 1
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 104 28                        ; make_fixtures.py:104:28
	s_lshl_b32 s6, s9, 6
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v50, 0x48, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e32 v8, v14, v8, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v49
	.loc	1 104 46                        ; make_fixtures.py:104:46
	s_add_i32 s16, s6, s33
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v51, 0x50, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v57, v40, s[48:51], 0 offen
	buffer_load_ushort v58, v36, s[48:51], 0 offen
	buffer_load_ushort v59, v34, s[48:51], 0 offen
	buffer_load_ushort v60, v10, s[48:51], 0 offen
	buffer_load_ushort v61, v31, s[48:51], 0 offen
	buffer_load_ushort v62, v30, s[48:51], 0 offen
	buffer_load_ushort v63, v29, s[48:51], 0 offen
	buffer_load_ushort v64, v8, s[48:51], 0 offen
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[28:29], s10, v50
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_lshl_u32 v8, s16, v16, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v52, 0x58, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[30:31], s10, v51
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v16, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v38, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[28:29]
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v53, 0x60, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[34:35], s10, v52
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v29, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v37, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[30:31]
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v54, 0x68, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[36:37], s10, v53
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v30, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v12, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[34:35]
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v55, 0x70, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[38:39], s10, v54
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v12, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v35, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[36:37]
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_or_b32_e32 v56, 0x78, v1
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[40:41], s10, v55
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v31, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v33, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[38:39]
	.loc	1 105 40 is_stmt 0              ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[42:43], s10, v56
	.loc	1 104 20 is_stmt 1              ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v33, v14, v8, vcc
	v_add_lshl_u32 v8, s16, v32, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[40:41]
	v_or_b32_e32 v39, v9, v48
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v32, v14, v8, vcc
	v_add_lshl_u32 v6, s16, v6, 1
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[42:43]
	v_add_u32_e32 v22, 0, v22
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_mov_b32 s6, s50
	s_mov_b32 s7, s51
	v_add_u32_e32 v8, 0, v39
	v_bitop3_b32 v10, v9, 16, v48 bitop3:0x36
	v_cndmask_b32_e32 v6, v14, v6, vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[40:43], v22
	ds_read_b128 v[44:47], v23
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v10, 0, v10
	ds_read_b64_tr_b16 v[48:49], v8 offset:4096
	ds_read_b64_tr_b16 v[50:51], v10 offset:4352
	buffer_load_ushort v16, v16, s[4:7], 0 offen
	s_nop 0
	buffer_load_ushort v34, v29, s[4:7], 0 offen
	buffer_load_ushort v35, v30, s[4:7], 0 offen
	buffer_load_ushort v36, v12, s[4:7], 0 offen
	buffer_load_ushort v37, v31, s[4:7], 0 offen
	buffer_load_ushort v38, v33, s[4:7], 0 offen
	buffer_load_ushort v39, v32, s[4:7], 0 offen
	ds_read_b64_tr_b16 v[30:31], v8 offset:6144
	ds_read_b64_tr_b16 v[32:33], v10 offset:6400
	buffer_load_ushort v6, v6, s[4:7], 0 offen
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[48:51], v[40:43], 0
	s_mov_b32 s43, 0
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cmpk_lt_u32 s46, 0x41
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_mfma_f32_16x16x32_bf16 a[0:3], v[30:33], v[44:47], a[0:3]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_barrier
	s_waitcnt vmcnt(15)
	ds_write_b16 v7, v57
	s_waitcnt vmcnt(11)
	ds_write_b16 v7, v61 offset:2048
	ds_write_b16 v17, v58 offset:512
	s_waitcnt vmcnt(10)
	ds_write_b16 v17, v62 offset:2560
	ds_write_b16 v20, v59 offset:1024
	s_waitcnt vmcnt(9)
	ds_write_b16 v20, v63 offset:3072
	ds_write_b16 v21, v60 offset:1536
	s_waitcnt vmcnt(8)
	ds_write_b16 v21, v64 offset:3584
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(7)
	ds_write_b16 v7, v16 offset:4096
	s_waitcnt vmcnt(5)
	ds_write_b16 v7, v35 offset:5120
	s_waitcnt vmcnt(3)
	ds_write_b16 v7, v37 offset:6144
	s_waitcnt vmcnt(1)
	ds_write_b16 v7, v39 offset:7168
	ds_write_b16 v17, v34 offset:4608
	ds_write_b16 v17, v36 offset:5632
	ds_write_b16 v17, v38 offset:6656
	s_waitcnt vmcnt(0)
	ds_write_b16 v17, v6 offset:7680
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_7
; %bb.5:                                ; %.peel.next
	v_add_u32_e32 v40, s11, v25
	v_or_b32_e32 v6, 0x80, v28
	v_or_b32_e32 v16, 0xb0, v1
	v_or_b32_e32 v28, 0xa8, v1
	v_or_b32_e32 v29, 0xa0, v1
	v_or_b32_e32 v27, 0x80, v27
	v_or_b32_e32 v31, 0x90, v1
	v_or_b32_e32 v32, 0x88, v1
	v_or_b32_e32 v33, 0x80, v1
	v_add_u32_e32 v26, s11, v26
	v_add_u32_e32 v25, 24, v40
	v_add_u32_e32 v35, 20, v40
	v_add_u32_e32 v36, 16, v40
	v_add_u32_e32 v24, s11, v24
	v_add_u32_e32 v37, 8, v40
	v_add_u32_e32 v38, 4, v40
	v_mul_lo_u32 v12, s9, v6
	s_lshl_b32 s16, s17, 6
	v_mul_lo_u32 v16, s9, v16
	v_mul_lo_u32 v28, s9, v28
	v_mul_lo_u32 v29, s9, v29
	v_mul_lo_u32 v30, s9, v27
	v_mul_lo_u32 v31, s9, v31
	v_mul_lo_u32 v32, s9, v32
	v_mul_lo_u32 v33, s9, v33
	v_mul_lo_u32 v26, s10, v26
	v_mov_b32_e32 v39, 0x100
	v_mul_lo_u32 v25, s10, v25
	v_mul_lo_u32 v35, s10, v35
	v_mul_lo_u32 v36, s10, v36
	v_mul_lo_u32 v24, s10, v24
	v_mul_lo_u32 v37, s10, v37
	v_mul_lo_u32 v38, s10, v38
	v_mul_lo_u32 v40, s10, v40
	v_lshlrev_b32_e32 v4, 1, v4
	v_lshl_add_u32 v12, v12, 1, s16
	s_lshl_b32 s42, s9, 7
	v_lshl_add_u32 v16, v16, 1, s16
	v_lshl_add_u32 v28, v28, 1, s16
	v_lshl_add_u32 v29, v29, 1, s16
	v_lshl_add_u32 v30, v30, 1, s16
	v_lshl_add_u32 v31, v31, 1, s16
	v_lshl_add_u32 v32, v32, 1, s16
	v_lshl_add_u32 v33, v33, 1, s16
	v_lshlrev_b32_e32 v34, 1, v2
	v_lshl_add_u32 v26, v26, 1, v39
	v_lshl_add_u32 v25, v25, 1, v39
	v_lshl_add_u32 v35, v35, 1, v39
	v_lshl_add_u32 v36, v36, 1, v39
	v_lshl_add_u32 v24, v24, 1, v39
	v_lshl_add_u32 v37, v37, 1, v39
	v_lshl_add_u32 v38, v38, 1, v39
	v_lshl_add_u32 v39, v40, 1, v39
	v_or_b32_e32 v2, 0x80, v2
.LBB0_6:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v40, s43, v2
	.loc	1 103 60                        ; make_fixtures.py:103:60
	v_cmp_gt_i32_e32 vcc, s10, v40
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v44, v34, v39
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[0:1], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v42, s43, v27
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v45, v34, v38
	v_cndmask_b32_e64 v40, v14, v44, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[2:3], vcc
	.loc	1 103 60 is_stmt 0              ; make_fixtures.py:103:60
	v_add_u32_e32 v43, s43, v6
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	v_add_u32_e32 v46, v34, v37
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[16:17], s10, v42
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v42, v14, v45, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[22:23], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v47, v34, v24
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[28:29], s10, v43
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v43, v14, v46, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[24:25], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v48, v34, v36
	v_cndmask_b32_e64 v44, v14, v47, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[12:13], vcc
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v41, s43, v1
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v49, v34, v35
	v_cndmask_b32_e64 v45, v14, v48, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[14:15], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v51, v34, v26
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v60, 0x80, v41
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v46, v14, v49, s[30:31]
	.loc	1 103 46                        ; make_fixtures.py:103:46
	s_and_b64 s[30:31], s[26:27], vcc
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_add_u32_e32 v50, v34, v25
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v55, v4, v30
	.loc	1 101 18                        ; make_fixtures.py:101:18
	v_add_u32_e32 v61, 0x88, v41
	v_add_u32_e32 v62, 0x90, v41
	v_add_u32_e32 v63, 0xa0, v41
	v_add_u32_e32 v64, 0xa8, v41
	v_add_u32_e32 v41, 0xb0, v41
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e32 v48, v14, v51, vcc
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e32 vcc, s10, v60
	.loc	1 105 46 is_stmt 0              ; make_fixtures.py:105:46
	s_and_b64 s[16:17], s[20:21], s[16:17]
	.loc	1 104 20 is_stmt 1              ; make_fixtures.py:104:20
	v_add_u32_e32 v52, v4, v33
	v_add_u32_e32 v59, v4, v12
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_cndmask_b32_e64 v47, v14, v50, s[30:31]
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[30:31], s10, v61
	v_cmp_gt_i32_e64 s[40:41], s10, v41
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v41, v14, v55, s[16:17]
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 s[16:17], s[20:21], s[28:29]
	s_and_b64 vcc, s[20:21], vcc
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v53, v4, v32
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[34:35], s10, v62
	v_cmp_gt_i32_e64 s[36:37], s10, v63
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e64 v49, v14, v59, s[16:17]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	buffer_load_ushort v50, v40, s[48:51], 0 offen
	buffer_load_ushort v51, v42, s[48:51], 0 offen
	buffer_load_ushort v55, v43, s[48:51], 0 offen
	buffer_load_ushort v59, v44, s[48:51], 0 offen
	buffer_load_ushort v60, v45, s[48:51], 0 offen
	buffer_load_ushort v61, v46, s[48:51], 0 offen
	buffer_load_ushort v62, v47, s[48:51], 0 offen
	buffer_load_ushort v63, v48, s[48:51], 0 offen
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v40, v14, v52, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[30:31]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v54, v4, v31
	v_cndmask_b32_e32 v42, v14, v53, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[34:35]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v56, v4, v29
	.loc	1 105 40                        ; make_fixtures.py:105:40
	v_cmp_gt_i32_e64 s[38:39], s10, v64
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v43, v14, v54, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[36:37]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v57, v4, v28
	v_cndmask_b32_e32 v44, v14, v56, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[38:39]
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_add_u32_e32 v58, v4, v16
	v_cndmask_b32_e32 v45, v14, v57, vcc
	.loc	1 105 46                        ; make_fixtures.py:105:46
	s_and_b64 vcc, s[20:21], s[40:41]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 104 20                        ; make_fixtures.py:104:20
	v_cndmask_b32_e32 v46, v14, v58, vcc
	buffer_load_ushort v48, v40, s[4:7], 0 offen
	buffer_load_ushort v52, v43, s[4:7], 0 offen
	buffer_load_ushort v53, v44, s[4:7], 0 offen
	buffer_load_ushort v54, v46, s[4:7], 0 offen
	buffer_load_ushort v56, v42, s[4:7], 0 offen
	buffer_load_ushort v57, v41, s[4:7], 0 offen
	buffer_load_ushort v58, v45, s[4:7], 0 offen
	buffer_load_ushort v64, v49, s[4:7], 0 offen
	ds_read_b64_tr_b16 v[66:67], v8 offset:4096
	ds_read_b64_tr_b16 v[68:69], v10 offset:4352
	ds_read_b64_tr_b16 v[70:71], v8 offset:6144
	ds_read_b64_tr_b16 v[72:73], v10 offset:6400
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b128 v[40:43], v22
	ds_read_b128 v[44:47], v23
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[66:69], v[40:43], a[0:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_add_i32 s16, s43, 64
	s_add_i32 s17, s43, 0x80
	v_add_u32_e32 v12, s42, v12
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[70:73], v[44:47], a[0:3]
	.loc	1 100 26                        ; make_fixtures.py:100:26
	v_add_u32_e32 v16, s42, v16
	v_add_u32_e32 v28, s42, v28
	v_add_u32_e32 v29, s42, v29
	v_add_u32_e32 v30, s42, v30
	v_add_u32_e32 v31, s42, v31
	v_add_u32_e32 v32, s42, v32
	v_add_u32_e32 v33, s42, v33
	v_add_u32_e32 v26, 0x80, v26
	v_add_u32_e32 v25, 0x80, v25
	v_add_u32_e32 v35, 0x80, v35
	v_add_u32_e32 v36, 0x80, v36
	v_add_u32_e32 v24, 0x80, v24
	v_add_u32_e32 v37, 0x80, v37
	v_add_u32_e32 v38, 0x80, v38
	v_add_u32_e32 v39, 0x80, v39
	s_mov_b32 s43, s16
	s_cmp_lt_i32 s17, s46
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(15)
	ds_write_b16 v7, v50
	s_waitcnt vmcnt(11)
	ds_write_b16 v7, v60 offset:2048
	ds_write_b16 v17, v51 offset:512
	s_waitcnt vmcnt(10)
	ds_write_b16 v17, v61 offset:2560
	ds_write_b16 v20, v55 offset:1024
	s_waitcnt vmcnt(9)
	ds_write_b16 v20, v62 offset:3072
	ds_write_b16 v21, v59 offset:1536
	s_waitcnt vmcnt(8)
	ds_write_b16 v21, v63 offset:3584
	.loc	1 104 20                        ; make_fixtures.py:104:20
	s_waitcnt vmcnt(7)
	ds_write_b16 v7, v48 offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b16 v7, v52 offset:5120
	s_waitcnt vmcnt(5)
	ds_write_b16 v7, v53 offset:6144
	s_waitcnt vmcnt(4)
	ds_write_b16 v7, v54 offset:7168
	s_waitcnt vmcnt(3)
	ds_write_b16 v17, v56 offset:4608
	s_waitcnt vmcnt(2)
	ds_write_b16 v17, v57 offset:5632
	s_waitcnt vmcnt(1)
	ds_write_b16 v17, v58 offset:6656
	s_waitcnt vmcnt(0)
	ds_write_b16 v17, v64 offset:7680
	.loc	1 100 26                        ; make_fixtures.py:100:26
	s_cbranch_scc1 .LBB0_6
.LBB0_7:                                ; %Flow107
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_mov_b32_e32 v23, v19
	v_mov_b32_e32 v22, v18
.LBB0_8:                                ; %._crit_edge
	.loc	1 100 26 is_stmt 1              ; make_fixtures.py:100:26
	s_add_i32 s10, s10, 63
	s_cmp_lt_i32 s10, 64
	.loc	1 102 20                        ; make_fixtures.py:102:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_cbranch_scc1 .LBB0_10
; %bb.9:
	.loc	1 0 25 is_stmt 0                ; make_fixtures.py:0:25
	v_mov_b32_e32 v1, 0x220
	v_cmp_eq_u32_e32 vcc, 0, v23
	s_movk_i32 s0, 0x110
	.loc	1 102 20 is_stmt 1              ; make_fixtures.py:102:20
	v_lshlrev_b32_e32 v4, 7, v3
	v_cndmask_b32_e64 v1, v1, 0, vcc
	v_xor_b32_e32 v2, v1, v11
	v_bitop3_b32 v1, v9, v1, v11 bitop3:0xf6
	v_bitop3_b32 v2, v9, s0, v2 bitop3:0x36
	s_movk_i32 s0, 0x70
	v_add_u32_e32 v1, 0, v1
	v_bitop3_b32 v6, v22, v13, s0 bitop3:0x6c
	v_add_u32_e32 v2, 0, v2
	ds_read_b64_tr_b16 v[24:25], v1 offset:4096
	ds_read_b64_tr_b16 v[26:27], v2 offset:4096
	v_or3_b32 v4, v4, v15, v6
	v_add_u32_e32 v6, 0, v4
	v_accvgpr_read_b32 v16, a0
	ds_read_b128 v[6:9], v6
	ds_read_b64_tr_b16 v[10:11], v1 offset:6144
	ds_read_b64_tr_b16 v[12:13], v2 offset:6144
	v_accvgpr_read_b32 v19, a3
	v_accvgpr_read_b32 v18, a2
	v_accvgpr_read_b32 v17, a1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_accvgpr_write_b32 a0, v16
	.loc	1 102 20                        ; make_fixtures.py:102:20
	v_xad_u32 v1, v4, 64, 0
	.loc	1 106 25                        ; make_fixtures.py:106:25
	v_accvgpr_write_b32 a1, v17
	v_accvgpr_write_b32 a2, v18
	v_accvgpr_write_b32 a3, v19
	s_waitcnt lgkmcnt(2)
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[6:9], a[0:3]
	.loc	1 102 20                        ; make_fixtures.py:102:20
	ds_read_b128 v[6:9], v1
	.loc	1 106 25                        ; make_fixtures.py:106:25
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[6:9], a[0:3]
.LBB0_10:                               ; %._crit_edge._crit_edge
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_lshrrev_b32_e32 v0, 2, v0
	v_lshrrev_b32_e32 v5, 3, v5
	v_and_b32_e32 v0, 28, v0
	v_or_b32_e32 v3, v5, v3
	v_or_b32_e32 v1, 3, v0
	.loc	1 97 22 is_stmt 0               ; make_fixtures.py:97:22
	v_or_b32_e32 v5, s11, v3
	.loc	1 98 22 is_stmt 1               ; make_fixtures.py:98:22
	v_or_b32_e32 v2, s33, v1
	.loc	1 108 33                        ; make_fixtures.py:108:33
	v_cmp_gt_i32_e32 vcc, s8, v5
	.loc	1 107 21                        ; make_fixtures.py:107:21
	s_mul_i32 s8, s9, s11
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v9, s33, v0
	.loc	1 108 53                        ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[6:7], s9, v2
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_mul_lo_u32 v2, s9, v3
	s_add_i32 s8, s8, s33
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_or_b32_e32 v7, 1, v0
	.loc	1 108 53                        ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[0:1], s9, v9
	.loc	1 107 39                        ; make_fixtures.py:107:39
	v_add_u32_e32 v2, s8, v2
	.loc	1 97 35                         ; make_fixtures.py:97:35
	v_or_b32_e32 v4, 2, v0
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v8, s33, v7
	.loc	1 107 52                        ; make_fixtures.py:107:52
	v_add_lshl_u32 v0, v2, v0, 2
	v_bfrev_b32_e32 v3, 1
	.loc	1 108 39                        ; make_fixtures.py:108:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 108 53 is_stmt 0              ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[2:3], s9, v8
	.loc	1 107 52 is_stmt 1              ; make_fixtures.py:107:52
	s_and_b32 s45, s45, 0xffff
	s_mov_b32 s47, 0x27000
	s_mov_b32 s46, 0x7ffffffe
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	.loc	1 98 22                         ; make_fixtures.py:98:22
	v_or_b32_e32 v6, s33, v4
	.loc	1 107 52                        ; make_fixtures.py:107:52
	buffer_store_dword a0, v0, s[44:47], 0 offen
	v_add_lshl_u32 v0, v2, v7, 2
	.loc	1 108 39                        ; make_fixtures.py:108:39
	s_and_b64 s[0:1], vcc, s[2:3]
	.loc	1 108 53 is_stmt 0              ; make_fixtures.py:108:53
	v_cmp_gt_i32_e64 s[4:5], s9, v6
	.loc	1 107 52 is_stmt 1              ; make_fixtures.py:107:52
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_store_dword a1, v0, s[44:47], 0 offen
	v_add_lshl_u32 v0, v2, v4, 2
	.loc	1 108 39                        ; make_fixtures.py:108:39
	s_and_b64 s[0:1], vcc, s[4:5]
	.loc	1 107 52                        ; make_fixtures.py:107:52
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_store_dword a2, v0, s[44:47], 0 offen
	v_add_lshl_u32 v0, v2, v1, 2
	.loc	1 108 39                        ; make_fixtures.py:108:39
	s_and_b64 vcc, vcc, s[6:7]
	.loc	1 107 52                        ; make_fixtures.py:107:52
	v_cndmask_b32_e32 v0, v3, v0, vcc
	buffer_store_dword a3, v0, s[44:47], 0 offen
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
		.amdhsa_next_free_vgpr 80
		.amdhsa_next_free_sgpr 53
		.amdhsa_accum_offset 76
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
	.set bf16_dot_kernel.num_vgpr, 74
	.set bf16_dot_kernel.num_agpr, 4
	.set bf16_dot_kernel.numbered_sgpr, 53
	.set bf16_dot_kernel.num_named_barrier, 0
	.set bf16_dot_kernel.private_seg_size, 0
	.set bf16_dot_kernel.uses_vcc, 1
	.set bf16_dot_kernel.uses_flat_scratch, 0
	.set bf16_dot_kernel.has_dyn_sized_stack, 0
	.set bf16_dot_kernel.has_recursion, 0
	.set bf16_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4188
; TotalNumSgprs: 59
; NumVgprs: 74
; NumAgprs: 4
; TotalNumVgprs: 80
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 9
; NumSGPRsForWavesPerEU: 59
; NumVGPRsForWavesPerEU: 80
; AccumOffset: 76
; Occupancy: 6
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 18
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
    .sgpr_count:     59
    .sgpr_spill_count: 0
    .symbol:         bf16_dot_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     80
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
