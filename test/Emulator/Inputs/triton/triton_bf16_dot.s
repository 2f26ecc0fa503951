	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	bf16_dot                        ; -- Begin function bf16_dot
	.p2align	8
	.type	bf16_dot,@function
bf16_dot:                               ; @bf16_dot
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.92:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 21 0 prologue_end             ; make_fixtures.py:21:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.93:
.LBB0_0:
.Ltmp1:
	.loc	1 26 17 is_stmt 1               ; make_fixtures.py:26:17
	s_lshl_b32 s11, s16, 5
	.loc	1 26 35 is_stmt 0               ; make_fixtures.py:26:35
	v_lshrrev_b32_e32 v25, 5, v0
	.loc	1 26 22                         ; make_fixtures.py:26:22
	v_or_b32_e32 v2, s11, v25
	.loc	1 26 35                         ; make_fixtures.py:26:35
	v_and_b32_e32 v1, 31, v0
	.loc	1 32 40 is_stmt 1               ; make_fixtures.py:32:40
	v_cmp_gt_i32_e64 s[0:1], s8, v2
	.loc	1 31 42                         ; make_fixtures.py:31:42
	v_mul_lo_u32 v2, s10, v2
	.loc	1 31 28 is_stmt 0               ; make_fixtures.py:31:28
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 32 60 is_stmt 1               ; make_fixtures.py:32:60
	v_cmp_gt_i32_e32 vcc, s10, v1
	.loc	1 31 28                         ; make_fixtures.py:31:28
	v_lshl_add_u64 v[10:11], v[2:3], 1, s[2:3]
	.loc	1 32 46                         ; make_fixtures.py:32:46
	s_and_b64 s[14:15], s[0:1], vcc
	.loc	1 31 46                         ; make_fixtures.py:31:46
	v_mov_b32_e32 v23, 0
	v_lshlrev_b32_e32 v2, 1, v1
	v_mov_b32_e32 v26, 0
	.loc	1 31 20 is_stmt 0               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	v_mov_b32_e32 v3, 0
	v_lshl_add_u64 v[4:5], v[10:11], 0, v[2:3]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v26, v[4:5], off
.LBB0_2:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[12:13]
	.loc	1 26 35 is_stmt 1               ; make_fixtures.py:26:35
	v_or_b32_e32 v20, 8, v25
	.loc	1 26 22 is_stmt 0               ; make_fixtures.py:26:22
	v_or_b32_e32 v3, s11, v20
	.loc	1 31 42 is_stmt 1               ; make_fixtures.py:31:42
	v_mul_lo_u32 v4, s10, v3
	.loc	1 31 28 is_stmt 0               ; make_fixtures.py:31:28
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 32 40 is_stmt 1               ; make_fixtures.py:32:40
	v_cmp_gt_i32_e64 s[20:21], s8, v3
	.loc	1 31 28                         ; make_fixtures.py:31:28
	v_lshl_add_u64 v[12:13], v[4:5], 1, s[2:3]
	.loc	1 31 46 is_stmt 0               ; make_fixtures.py:31:46
	v_mov_b32_e32 v3, v23
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[14:15], s[20:21], vcc
	.loc	1 31 46                         ; make_fixtures.py:31:46
	v_lshl_add_u64 v[4:5], v[12:13], 0, v[2:3]
	.loc	1 31 20 is_stmt 0               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_ushort v23, v[4:5], off
.LBB0_4:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[12:13]
	.loc	1 26 35 is_stmt 1               ; make_fixtures.py:26:35
	v_or_b32_e32 v22, 16, v25
	.loc	1 26 22 is_stmt 0               ; make_fixtures.py:26:22
	v_or_b32_e32 v3, s11, v22
	.loc	1 31 42 is_stmt 1               ; make_fixtures.py:31:42
	v_mul_lo_u32 v6, s10, v3
	.loc	1 31 28 is_stmt 0               ; make_fixtures.py:31:28
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 32 40 is_stmt 1               ; make_fixtures.py:32:40
	v_cmp_gt_i32_e64 s[12:13], s8, v3
	.loc	1 31 28                         ; make_fixtures.py:31:28
	v_lshl_add_u64 v[14:15], v[6:7], 1, s[2:3]
	.loc	1 31 46 is_stmt 0               ; make_fixtures.py:31:46
	v_mov_b32_e32 v3, 0
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[18:19], s[12:13], vcc
	.loc	1 31 46                         ; make_fixtures.py:31:46
	v_lshl_add_u64 v[6:7], v[14:15], 0, v[2:3]
	v_mov_b32_e32 v28, v3
	.loc	1 31 20 is_stmt 0               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_ushort v28, v[6:7], off
.LBB0_6:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 26 35 is_stmt 1               ; make_fixtures.py:26:35
	v_or_b32_e32 v31, 24, v25
	.loc	1 26 22 is_stmt 0               ; make_fixtures.py:26:22
	v_or_b32_e32 v8, s11, v31
	.loc	1 32 40 is_stmt 1               ; make_fixtures.py:32:40
	v_cmp_gt_i32_e64 s[18:19], s8, v8
	.loc	1 31 42                         ; make_fixtures.py:31:42
	v_mul_lo_u32 v8, s10, v8
	.loc	1 31 28 is_stmt 0               ; make_fixtures.py:31:28
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[16:17], v[8:9], 1, s[2:3]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[14:15], s[18:19], vcc
	.loc	1 31 46                         ; make_fixtures.py:31:46
	v_lshl_add_u64 v[8:9], v[16:17], 0, v[2:3]
	.loc	1 31 20 is_stmt 0               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[2:3], s[14:15]
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_ushort v3, v[8:9], off
.LBB0_8:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 17 is_stmt 1               ; make_fixtures.py:27:17
	s_lshl_b32 s22, s17, 5
	.loc	1 27 22 is_stmt 0               ; make_fixtures.py:27:22
	v_or_b32_e32 v18, s22, v1
	.loc	1 34 60 is_stmt 1               ; make_fixtures.py:34:60
	v_cmp_gt_i32_e64 s[2:3], s9, v18
	.loc	1 34 40 is_stmt 0               ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v25
	.loc	1 34 46                         ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 46 is_stmt 1               ; make_fixtures.py:33:46
	v_ashrrev_i32_e32 v19, 31, v18
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v29, 0
	.loc	1 33 20 is_stmt 0               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	v_mul_lo_u32 v32, s9, v25
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[32:33], v[32:33], 1, s[4:5]
	v_lshl_add_u64 v[32:33], v[18:19], 1, v[32:33]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v29, v[32:33], off
.LBB0_10:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 29 26 is_stmt 1               ; make_fixtures.py:29:26
	s_cmp_gt_i32 s10, 0
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v20
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cselect_b64 s[14:15], -1, 0
	.loc	1 34 46                         ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 42                         ; make_fixtures.py:33:42
	v_mul_lo_u32 v20, s9, v20
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_and_b64 s[24:25], s[14:15], s[16:17]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[16:17], s[24:25]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 33 28 is_stmt 0               ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[32:33], v[20:21], 1, s[4:5]
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[32:33], v[18:19], 1, v[32:33]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v21, v[32:33], off
.LBB0_12:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 34 40 is_stmt 1               ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v22
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 42 is_stmt 1               ; make_fixtures.py:33:42
	s_lshl_b32 s24, s9, 3
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_and_b64 s[26:27], s[14:15], s[16:17]
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v30, 0
	.loc	1 33 20                         ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[16:17], s[26:27]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 33 42 is_stmt 0               ; make_fixtures.py:33:42
	v_add_u32_e32 v32, s24, v20
	.loc	1 33 28                         ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[32:33], v[32:33], 1, s[4:5]
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[32:33], v[18:19], 1, v[32:33]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v30, v[32:33], off
.LBB0_14:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 34 40 is_stmt 1               ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v31
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 29 26 is_stmt 1               ; make_fixtures.py:29:26
	s_and_b64 s[16:17], s[14:15], s[16:17]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_16
; %bb.15:
	.loc	1 33 42 is_stmt 0               ; make_fixtures.py:33:42
	v_mul_lo_u32 v32, s9, v31
	.loc	1 33 28                         ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[32:33], v[32:33], 1, s[4:5]
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[32:33], v[18:19], 1, v[32:33]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v22, v[32:33], off
.LBB0_16:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 31 20 is_stmt 1               ; make_fixtures.py:31:20
	v_lshlrev_b32_e32 v32, 1, v0
	v_and_b32_e32 v20, 0xfe, v32
	v_bfe_i32 v27, v0, 7, 1
	s_movk_i32 s16, 0x110
	v_bitop3_b32 v20, v27, v20, s16 bitop3:0x6c
	.loc	1 26 35                         ; make_fixtures.py:26:35
	v_and_b32_e32 v24, 32, v0
	.loc	1 31 20                         ; make_fixtures.py:31:20
	v_add_u32_e32 v27, 0, v20
	v_xor_b32_e32 v20, 32, v20
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_sub_i32 s23, s10, 32
	.loc	1 26 35                         ; make_fixtures.py:26:35
	v_cmp_eq_u32_e64 s[14:15], 0, v24
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_waitcnt vmcnt(0)
	ds_write_b16 v27, v26
	ds_write_b16 v27, v28 offset:1024
	v_add_u32_e32 v28, 0, v20
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cmp_gt_i32 s23, 0
	v_and_b32_e32 v26, 12, v0
	v_lshlrev_b32_e32 v33, 3, v0
	.loc	1 31 20                         ; make_fixtures.py:31:20
	ds_write_b16 v28, v23 offset:512
	ds_write_b16 v28, v3 offset:1536
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_write_b16 v27, v29 offset:2048
	ds_write_b16 v27, v30 offset:3072
	ds_write_b16 v28, v21 offset:2560
	ds_write_b16 v28, v22 offset:3584
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cbranch_scc1 .LBB0_18
; %bb.17:                               ; %.._crit_edge_crit_edge
	.loc	1 33 20                         ; make_fixtures.py:33:20
	v_mov_b32_e32 v21, 0x220
	.loc	1 31 20                         ; make_fixtures.py:31:20
	v_and_b32_e32 v3, 12, v0
	.loc	1 33 20                         ; make_fixtures.py:33:20
	v_and_b32_e32 v20, 24, v33
	v_cndmask_b32_e64 v21, v21, 0, s[14:15]
	v_lshl_or_b32 v22, v3, 4, v20
	v_bitop3_b32 v21, v21, v32, 32 bitop3:0x78
	v_or_b32_e32 v20, v21, v22
	v_bitop3_b32 v21, v21, s16, v22 bitop3:0x36
	s_mov_b64 s[16:17], 0
	s_branch .LBB0_19
.LBB0_18:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_mov_b64 s[16:17], -1
                                        ; implicit-def: $vgpr3
                                        ; implicit-def: $vgpr20
                                        ; implicit-def: $vgpr21
.LBB0_19:                               ; %Flow78
	v_mov_b32_e32 v34, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	s_andn2_b64 vcc, exec, s[16:17]
	v_accvgpr_write_b32 a15, 0
	s_cbranch_vccnz .LBB0_57
; %bb.20:                               ; %.lr.ph
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_or_b32_e32 v3, 32, v1
	.loc	1 32 60                         ; make_fixtures.py:32:60
	v_cmp_gt_i32_e32 vcc, s10, v3
	.loc	1 32 46 is_stmt 0               ; make_fixtures.py:32:46
	s_and_b64 s[26:27], s[0:1], vcc
	v_mov_b32_e32 v35, 0
	.loc	1 31 20 is_stmt 1               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[16:17], s[26:27]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	v_mov_b32_e32 v3, 0
	v_lshl_add_u64 v[2:3], v[10:11], 0, v[2:3]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v35, v[2:3], off offset:64
.LBB0_22:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[26:27], s[20:21], vcc
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[16:17], s[26:27]
	s_cbranch_execz .LBB0_24
; %bb.23:
	global_load_ushort v34, v[4:5], off offset:64
.LBB0_24:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[26:27], s[12:13], vcc
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v37, 0
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[16:17], s[26:27]
	s_cbranch_execz .LBB0_26
; %bb.25:
	global_load_ushort v37, v[6:7], off offset:64
.LBB0_26:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[26:27], s[18:19], vcc
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[16:17], s[26:27]
	s_cbranch_execz .LBB0_28
; %bb.27:
	global_load_ushort v36, v[8:9], off offset:64
.LBB0_28:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[16:17]
	v_lshlrev_b32_e32 v2, 6, v1
	v_lshlrev_b32_e32 v3, 2, v26
	v_lshrrev_b32_e32 v4, 1, v24
	v_xor_b32_e32 v5, v3, v4
	v_bitop3_b32 v3, v3, v2, v4 bitop3:0xde
	v_bitop3_b32 v2, v5, 32, v2 bitop3:0x36
	.loc	1 31 20                         ; make_fixtures.py:31:20
	v_add_u32_e32 v29, 0, v3
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v30, 0, v2
	ds_read_b128 v[6:9], v29
	ds_read_b128 v[2:5], v30
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_or_b32_e32 v20, 32, v25
	v_or_b32_e32 v21, 40, v25
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v20
	.loc	1 33 42                         ; make_fixtures.py:33:42
	v_mul_lo_u32 v22, v21, s9
	.loc	1 29 26                         ; make_fixtures.py:29:26
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[4:5]
	.loc	1 34 46                         ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 42                         ; make_fixtures.py:33:42
	v_add_u32_e32 v20, s24, v22
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v39, 0
	.loc	1 33 20 is_stmt 0               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_lshl_b32 s16, s9, 4
	v_subrev_u32_e32 v40, s16, v20
	v_ashrrev_i32_e32 v41, 31, v40
	v_lshl_add_u64 v[40:41], v[40:41], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v39, v[40:41], off
.LBB0_30:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 34 40 is_stmt 1               ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v21
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 33 28 is_stmt 0               ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v23, 31, v22
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[22:23], v[22:23], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v38, v[22:23], off
.LBB0_32:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_or_b32_e32 v21, 48, v25
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v21
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v41, 0
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 33 28 is_stmt 0               ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[20:21], v[20:21], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v41, v[20:21], off
.LBB0_34:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_or_b32_e32 v20, 56, v25
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v20
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[16:17], s[2:3], vcc
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_36
; %bb.35:
	.loc	1 33 42 is_stmt 0               ; make_fixtures.py:33:42
	v_mul_lo_u32 v20, v20, s9
	.loc	1 33 28                         ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[20:21], v[20:21], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v40, v[20:21], off
.LBB0_36:
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v21, 0x220
	v_and_b32_e32 v20, 24, v33
	v_cndmask_b32_e64 v22, v21, 0, s[14:15]
	v_lshl_or_b32 v21, v26, 4, v20
	v_bitop3_b32 v22, v22, v32, 32 bitop3:0x78
	v_or_b32_e32 v20, v22, v21
	.loc	1 33 20                         ; make_fixtures.py:33:20
	v_add_u32_e32 v23, 0, v20
	v_bitop3_b32 v32, v22, 16, v21 bitop3:0x36
	v_add_u32_e32 v32, 0, v32
	ds_read_b64_tr_b16 v[42:43], v23 offset:2048
	ds_read_b64_tr_b16 v[44:45], v32 offset:2304
	ds_read_b64_tr_b16 v[46:47], v23 offset:3072
	ds_read_b64_tr_b16 v[48:49], v32 offset:3328
	.loc	1 35 25 is_stmt 1               ; make_fixtures.py:35:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[42:45], v[6:9], 0
	s_movk_i32 s14, 0x110
	s_mov_b32 s15, 0
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cmp_lt_u32 s23, 33
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b16 v27, v35
	ds_write_b16 v27, v37 offset:1024
	ds_write_b16 v28, v34 offset:512
	ds_write_b16 v28, v36 offset:1536
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_write_b16 v27, v39 offset:2048
	ds_write_b16 v27, v41 offset:3072
	ds_write_b16 v28, v38 offset:2560
	.loc	1 35 25                         ; make_fixtures.py:35:25
	v_mfma_f32_32x32x16_bf16 a[0:15], v[46:49], v[2:5], a[0:15]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_write_b16 v28, v40 offset:3584
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cbranch_scc1 .LBB0_56
; %bb.37:                               ; %.peel.next
	v_or_b32_e32 v2, 0x50, v25
	v_mul_lo_u32 v34, s9, v2
	v_or_b32_e32 v2, 0x48, v25
	v_or_b32_e32 v31, 64, v31
	v_mul_lo_u32 v35, s9, v2
	v_or_b32_e32 v2, 64, v25
	v_mul_lo_u32 v33, s9, v31
	s_lshl_b32 s16, s9, 5
	v_mul_lo_u32 v36, s9, v2
	v_or_b32_e32 v37, 64, v1
	s_mov_b32 s17, 0
.LBB0_38:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 30 18                         ; make_fixtures.py:30:18
	v_add_u32_e32 v2, s17, v37
	.loc	1 32 60                         ; make_fixtures.py:32:60
	v_cmp_gt_i32_e32 vcc, s10, v2
	.loc	1 32 46 is_stmt 0               ; make_fixtures.py:32:46
	s_and_b64 s[24:25], s[0:1], vcc
	.loc	1 31 46 is_stmt 1               ; make_fixtures.py:31:46
	v_ashrrev_i32_e32 v3, 31, v2
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v40, 0
	.loc	1 31 20 is_stmt 0               ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_40
; %bb.39:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	v_lshl_add_u64 v[4:5], v[2:3], 1, v[10:11]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v40, v[4:5], off
.LBB0_40:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[24:25], s[20:21], vcc
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_42
; %bb.41:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 31 46 is_stmt 0               ; make_fixtures.py:31:46
	v_lshl_add_u64 v[4:5], v[2:3], 1, v[12:13]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v39, v[4:5], off
.LBB0_42:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[24:25], s[12:13], vcc
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v42, 0
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_44
; %bb.43:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 31 46 is_stmt 0               ; make_fixtures.py:31:46
	v_lshl_add_u64 v[4:5], v[2:3], 1, v[14:15]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v42, v[4:5], off
.LBB0_44:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 32 46 is_stmt 1               ; make_fixtures.py:32:46
	s_and_b64 s[24:25], s[18:19], vcc
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_46
; %bb.45:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 31 46 is_stmt 0               ; make_fixtures.py:31:46
	v_lshl_add_u64 v[2:3], v[2:3], 1, v[16:17]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	global_load_ushort v41, v[2:3], off
.LBB0_46:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[6:9], v29
	ds_read_b128 v[2:5], v30
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_add_u32_e32 v38, s17, v25
	v_add_u32_e32 v43, 64, v38
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v43
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[24:25], s[2:3], vcc
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v44, 0
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_48
; %bb.47:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	v_add_u32_e32 v44, s15, v36
	v_ashrrev_i32_e32 v45, 31, v44
	v_lshl_add_u64 v[44:45], v[44:45], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v44, v[44:45], off
.LBB0_48:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_add_u32_e32 v45, 0x48, v38
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v45
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[24:25], s[2:3], vcc
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_50
; %bb.49:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 33 42 is_stmt 0               ; make_fixtures.py:33:42
	v_add_u32_e32 v46, s15, v35
	.loc	1 33 28                         ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[46:47], v[46:47], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v43, v[46:47], off
.LBB0_50:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 18 is_stmt 1               ; make_fixtures.py:30:18
	v_add_u32_e32 v38, 0x50, v38
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v38
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[24:25], s[2:3], vcc
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v45, 0
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_52
; %bb.51:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 33 42 is_stmt 0               ; make_fixtures.py:33:42
	v_add_u32_e32 v46, s15, v34
	.loc	1 33 28                         ; make_fixtures.py:33:28
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[46:47], v[46:47], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v45, v[46:47], off
.LBB0_52:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 32 60 is_stmt 1               ; make_fixtures.py:32:60
	v_add_u32_e32 v46, s17, v31
	.loc	1 34 40                         ; make_fixtures.py:34:40
	v_cmp_gt_i32_e32 vcc, s10, v46
	.loc	1 34 46 is_stmt 0               ; make_fixtures.py:34:46
	s_and_b64 s[24:25], s[2:3], vcc
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_54
; %bb.53:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 33 28 is_stmt 0               ; make_fixtures.py:33:28
	v_add_u32_e32 v46, s15, v33
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 33 46                         ; make_fixtures.py:33:46
	v_lshl_add_u64 v[46:47], v[46:47], 1, v[18:19]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	global_load_ushort v38, v[46:47], off
.LBB0_54:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 20                          ; make_fixtures.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_read_b64_tr_b16 v[46:47], v23 offset:2048
	ds_read_b64_tr_b16 v[48:49], v32 offset:2304
	ds_read_b64_tr_b16 v[50:51], v23 offset:3072
	ds_read_b64_tr_b16 v[52:53], v32 offset:3328
	.loc	1 29 26 is_stmt 1               ; make_fixtures.py:29:26
	s_add_i32 s4, s17, 32
	s_add_i32 s5, s17, 64
	.loc	1 35 25                         ; make_fixtures.py:35:25
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[46:49], v[6:9], a[0:15]
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_add_i32 s15, s15, s16
	s_cmp_lt_i32 s5, s23
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b16 v27, v40
	ds_write_b16 v27, v42 offset:1024
	ds_write_b16 v28, v39 offset:512
	ds_write_b16 v28, v41 offset:1536
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_write_b16 v27, v44 offset:2048
	ds_write_b16 v27, v45 offset:3072
	ds_write_b16 v28, v43 offset:2560
	ds_write_b16 v28, v38 offset:3584
	.loc	1 35 25                         ; make_fixtures.py:35:25
	v_mfma_f32_32x32x16_bf16 a[0:15], v[50:53], v[2:5], a[0:15]
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_cbranch_scc0 .LBB0_56
; %bb.55:                               ;   in Loop: Header=BB0_38 Depth=1
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_mov_b32 s17, s4
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_branch .LBB0_38
.LBB0_56:                               ; %Flow77
	.loc	1 0 26                          ; make_fixtures.py:0:26
	v_bitop3_b32 v21, v22, s14, v21 bitop3:0x36
	v_mov_b32_e32 v3, v26
.LBB0_57:                               ; %._crit_edge
	.loc	1 33 20 is_stmt 1               ; make_fixtures.py:33:20
	v_add_u32_e32 v2, 0, v20
	v_add_u32_e32 v22, 0, v21
	.loc	1 31 20                         ; make_fixtures.py:31:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 33 20                         ; make_fixtures.py:33:20
	ds_read_b64_tr_b16 v[26:27], v2 offset:2048
	ds_read_b64_tr_b16 v[20:21], v2 offset:3072
	ds_read_b64_tr_b16 v[28:29], v22 offset:2048
	ds_read_b64_tr_b16 v[22:23], v22 offset:3072
	.loc	1 29 26                         ; make_fixtures.py:29:26
	s_add_i32 s10, s10, 31
	s_cmp_lt_i32 s10, 32
	.loc	1 35 25                         ; make_fixtures.py:35:25
	s_cbranch_scc1 .LBB0_59
; %bb.58:
	.loc	1 31 20                         ; make_fixtures.py:31:20
	v_lshlrev_b32_e32 v2, 6, v1
	v_lshlrev_b32_e32 v3, 2, v3
	v_lshrrev_b32_e32 v25, 1, v24
	v_bitop3_b32 v2, v3, v2, v25 bitop3:0xde
	v_add_u32_e32 v3, 0, v2
	ds_read_b128 v[30:33], v3
	v_accvgpr_read_b32 v4, a0
	v_accvgpr_read_b32 v5, a1
	v_accvgpr_read_b32 v6, a2
	v_accvgpr_read_b32 v7, a3
	v_accvgpr_read_b32 v8, a4
	v_accvgpr_read_b32 v9, a5
	v_accvgpr_read_b32 v10, a6
	v_accvgpr_read_b32 v11, a7
	v_accvgpr_read_b32 v12, a8
	v_accvgpr_read_b32 v13, a9
	v_accvgpr_read_b32 v14, a10
	v_accvgpr_read_b32 v15, a11
	v_accvgpr_read_b32 v16, a12
	v_accvgpr_read_b32 v17, a13
	v_accvgpr_read_b32 v18, a14
	v_accvgpr_read_b32 v19, a15
	.loc	1 35 25                         ; make_fixtures.py:35:25
	v_accvgpr_write_b32 a0, v4
	v_accvgpr_write_b32 a1, v5
	v_accvgpr_write_b32 a2, v6
	v_accvgpr_write_b32 a3, v7
	v_accvgpr_write_b32 a4, v8
	v_accvgpr_write_b32 a5, v9
	v_accvgpr_write_b32 a6, v10
	v_accvgpr_write_b32 a7, v11
	v_accvgpr_write_b32 a8, v12
	v_accvgpr_write_b32 a9, v13
	v_accvgpr_write_b32 a10, v14
	v_accvgpr_write_b32 a11, v15
	v_accvgpr_write_b32 a12, v16
	v_accvgpr_write_b32 a13, v17
	v_accvgpr_write_b32 a14, v18
	v_accvgpr_write_b32 a15, v19
	.loc	1 31 20                         ; make_fixtures.py:31:20
	v_xad_u32 v2, v2, 32, 0
	ds_read_b128 v[2:5], v2
	.loc	1 35 25                         ; make_fixtures.py:35:25
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[26:29], v[30:33], a[0:15]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[20:23], v[2:5], a[0:15]
.LBB0_59:                               ; %._crit_edge._crit_edge
	.loc	1 26 35                         ; make_fixtures.py:26:35
	v_lshrrev_b32_e32 v2, 3, v24
	.loc	1 26 22 is_stmt 0               ; make_fixtures.py:26:22
	v_or_b32_e32 v1, s11, v1
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v2, s22, v2
	.loc	1 36 35                         ; make_fixtures.py:36:35
	v_mul_lo_u32 v4, s9, v1
	.loc	1 37 33                         ; make_fixtures.py:37:33
	v_cmp_gt_i32_e32 vcc, s8, v1
	.loc	1 37 53 is_stmt 0               ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[0:1], s9, v2
	.loc	1 36 21 is_stmt 1               ; make_fixtures.py:36:21
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 36 52 is_stmt 0               ; make_fixtures.py:36:52
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 37 39 is_stmt 1               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 36 21                         ; make_fixtures.py:36:21
	v_lshl_add_u64 v[4:5], v[4:5], 2, s[6:7]
	.loc	1 36 39 is_stmt 0               ; make_fixtures.py:36:39
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 36 52                         ; make_fixtures.py:36:52
	v_cmp_eq_u32_e64 s[0:1], 0, v0
	.loc	1 36 39                         ; make_fixtures.py:36:39
	v_lshl_add_u64 v[4:5], v[2:3], 2, v[4:5]
	.loc	1 36 52                         ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_61
; %bb.60:
	global_store_dword v[4:5], a0, off
.LBB0_61:
	.loc	1 0 52                          ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 1, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_63
; %bb.62:
	global_store_dword v[4:5], a1, off offset:4
.LBB0_63:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 2, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_65
; %bb.64:
	global_store_dword v[4:5], a2, off offset:8
.LBB0_65:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 3, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_67
; %bb.66:
	global_store_dword v[4:5], a3, off offset:12
.LBB0_67:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 8, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_69
; %bb.68:
	global_store_dword v[4:5], a4, off offset:32
.LBB0_69:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 9, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_71
; %bb.70:
	global_store_dword v[4:5], a5, off offset:36
.LBB0_71:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 10, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_73
; %bb.72:
	global_store_dword v[4:5], a6, off offset:40
.LBB0_73:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 11, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_75
; %bb.74:
	global_store_dword v[4:5], a7, off offset:44
.LBB0_75:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 16, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_77
; %bb.76:
	global_store_dword v[4:5], a8, off offset:64
.LBB0_77:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 17, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_79
; %bb.78:
	global_store_dword v[4:5], a9, off offset:68
.LBB0_79:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 18, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_81
; %bb.80:
	global_store_dword v[4:5], a10, off offset:72
.LBB0_81:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 19, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_83
; %bb.82:
	global_store_dword v[4:5], a11, off offset:76
.LBB0_83:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 24, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_85
; %bb.84:
	global_store_dword v[4:5], a12, off offset:96
.LBB0_85:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 25, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_87
; %bb.86:
	global_store_dword v[4:5], a13, off offset:100
.LBB0_87:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 26, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[4:5], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_89
; %bb.88:
	global_store_dword v[4:5], a14, off offset:104
.LBB0_89:
	.loc	1 0 52 is_stmt 0                ; make_fixtures.py:0:52
	s_or_b64 exec, exec, s[2:3]
	.loc	1 27 22 is_stmt 1               ; make_fixtures.py:27:22
	v_or_b32_e32 v0, 27, v2
	.loc	1 37 53                         ; make_fixtures.py:37:53
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 37 39 is_stmt 0               ; make_fixtures.py:37:39
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 52 is_stmt 1               ; make_fixtures.py:36:52
	s_and_b64 s[0:1], s[0:1], s[2:3]
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_91
; %bb.90:
	global_store_dword v[4:5], a15, off offset:108
.LBB0_91:
	.loc	1 36 4 is_stmt 0                ; make_fixtures.py:36:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel bf16_dot
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
		.amdhsa_next_free_sgpr 28
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
	.size	bf16_dot, .Lfunc_end0-bf16_dot
	.cfi_endproc
                                        ; -- End function
	.set bf16_dot.num_vgpr, 54
	.set bf16_dot.num_agpr, 16
	.set bf16_dot.numbered_sgpr, 28
	.set bf16_dot.num_named_barrier, 0
	.set bf16_dot.private_seg_size, 0
	.set bf16_dot.uses_vcc, 1
	.set bf16_dot.uses_flat_scratch, 0
	.set bf16_dot.has_dyn_sized_stack, 0
	.set bf16_dot.has_recursion, 0
	.set bf16_dot.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3540
; TotalNumSgprs: 34
; NumVgprs: 54
; NumAgprs: 16
; TotalNumVgprs: 72
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 34
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
    .name:           bf16_dot
    .private_segment_fixed_size: 0
    .sgpr_count:     34
    .sgpr_spill_count: 0
    .symbol:         bf16_dot.kd
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
