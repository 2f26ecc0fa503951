	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	mxfp4_dot_scaled                ; -- Begin function mxfp4_dot_scaled
	.p2align	8
	.type	mxfp4_dot_scaled,@function
mxfp4_dot_scaled:                       ; @mxfp4_dot_scaled
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.51:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 41 0 prologue_end             ; make_fixtures.py:41:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.52:
.LBB0_0:
.Ltmp1:
	.loc	1 52 48 is_stmt 1               ; make_fixtures.py:52:48
	s_lshr_b32 s0, s12, 31
	s_add_i32 s0, s12, s0
	.loc	1 52 31 is_stmt 0               ; make_fixtures.py:52:31
	v_lshrrev_b32_e32 v1, 6, v0
	.loc	1 52 48                         ; make_fixtures.py:52:48
	s_ashr_i32 s13, s0, 1
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_mul_lo_u32 v8, s13, v1
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_mov_b32_e32 v81, 0
	.loc	1 50 36 is_stmt 1               ; make_fixtures.py:50:36
	v_and_b32_e32 v2, 63, v0
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[8:9]
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_mov_b32_e32 v3, v81
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 s[14:15], -1, 0
	s_cmp_lt_i32 s12, 1
	v_lshl_add_u64 v[48:49], v[4:5], 0, v[2:3]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	global_load_ubyte v80, v[48:49], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	v_mov_b32_e32 v80, 0
.LBB0_3:
	.loc	1 52 43 is_stmt 1               ; make_fixtures.py:52:43
	s_lshl_b32 s16, s13, 2
	v_add_u32_e32 v24, s16, v8
	.loc	1 52 28 is_stmt 0               ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[24:25]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	v_cndmask_b32_e64 v10, 0, 1, s[14:15]
	v_cmp_ne_u32_e64 s[0:1], 1, v10
	s_andn2_b64 vcc, exec, s[14:15]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[50:51], v[6:7], 0, v[2:3]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_cbranch_vccnz .LBB0_5
; %bb.4:
	global_load_ubyte v81, v[50:51], off
.LBB0_5:
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_add_u32_e32 v26, s16, v24
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[10:11], s[2:3], 0, v[26:27]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[52:53], v[10:11], 0, v[2:3]
	v_mov_b32_e32 v87, 0
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v82, 0
	s_cbranch_vccnz .LBB0_7
; %bb.6:
	global_load_ubyte v82, v[52:53], off
.LBB0_7:
	.loc	1 52 31                         ; make_fixtures.py:52:31
	v_or_b32_e32 v12, 12, v1
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_mul_lo_u32 v28, s13, v12
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[12:13], s[2:3], 0, v[28:29]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[54:55], v[12:13], 0, v[2:3]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_cbranch_vccnz .LBB0_9
; %bb.8:
	global_load_ubyte v87, v[54:55], off
.LBB0_9:
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_lshl_add_u32 v30, s13, 3, v26
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v31, 31, v30
	v_lshl_add_u64 v[14:15], s[2:3], 0, v[30:31]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[56:57], v[14:15], 0, v[2:3]
	v_mov_b32_e32 v88, 0
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v89, 0
	s_cbranch_vccnz .LBB0_11
; %bb.10:
	global_load_ubyte v89, v[56:57], off
.LBB0_11:
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_add_u32_e32 v32, s16, v30
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v33, 31, v32
	v_lshl_add_u64 v[16:17], s[2:3], 0, v[32:33]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[58:59], v[16:17], 0, v[2:3]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_cbranch_vccnz .LBB0_13
; %bb.12:
	global_load_ubyte v88, v[58:59], off
.LBB0_13:
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_add_u32_e32 v34, s16, v32
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v35, 31, v34
	v_lshl_add_u64 v[18:19], s[2:3], 0, v[34:35]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[60:61], v[18:19], 0, v[2:3]
	v_mov_b32_e32 v90, 0
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v91, 0
	s_cbranch_vccnz .LBB0_15
; %bb.14:
	global_load_ubyte v91, v[60:61], off
.LBB0_15:
	.loc	1 52 31                         ; make_fixtures.py:52:31
	v_or_b32_e32 v1, 28, v1
	.loc	1 52 43                         ; make_fixtures.py:52:43
	v_mul_lo_u32 v36, s13, v1
	.loc	1 52 28                         ; make_fixtures.py:52:28
	v_ashrrev_i32_e32 v37, 31, v36
	v_lshl_add_u64 v[20:21], s[2:3], 0, v[36:37]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[64:65], v[20:21], 0, v[2:3]
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_cbranch_vccnz .LBB0_17
; %bb.16:
	global_load_ubyte v90, v[64:65], off
.LBB0_17:
	.loc	1 53 28 is_stmt 1               ; make_fixtures.py:53:28
	v_lshl_add_u64 v[22:23], s[6:7], 0, v[8:9]
	v_mov_b32_e32 v92, 0
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	v_lshl_add_u64 v[62:63], v[22:23], 0, v[2:3]
	v_mov_b32_e32 v93, 0
	s_cbranch_vccnz .LBB0_19
; %bb.18:
	global_load_ubyte v93, v[62:63], off
.LBB0_19:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[24:25], s[6:7], 0, v[24:25]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[66:67], v[24:25], 0, v[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_cbranch_vccnz .LBB0_21
; %bb.20:
	global_load_ubyte v92, v[66:67], off
.LBB0_21:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[26:27], s[6:7], 0, v[26:27]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[68:69], v[26:27], 0, v[2:3]
	v_mov_b32_e32 v94, 0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v95, 0
	s_cbranch_vccnz .LBB0_23
; %bb.22:
	global_load_ubyte v95, v[68:69], off
.LBB0_23:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[28:29], s[6:7], 0, v[28:29]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[70:71], v[28:29], 0, v[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_cbranch_vccnz .LBB0_25
; %bb.24:
	global_load_ubyte v94, v[70:71], off
.LBB0_25:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[30:31], s[6:7], 0, v[30:31]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[72:73], v[30:31], 0, v[2:3]
	v_mov_b32_e32 v96, 0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v97, 0
	s_cbranch_vccnz .LBB0_27
; %bb.26:
	global_load_ubyte v97, v[72:73], off
.LBB0_27:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[32:33], s[6:7], 0, v[32:33]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[74:75], v[32:33], 0, v[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_cbranch_vccnz .LBB0_29
; %bb.28:
	global_load_ubyte v96, v[74:75], off
.LBB0_29:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[34:35], s[6:7], 0, v[34:35]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[76:77], v[34:35], 0, v[2:3]
	v_mov_b32_e32 v98, 0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v99, 0
	s_cbranch_vccnz .LBB0_31
; %bb.30:
	global_load_ubyte v99, v[76:77], off
.LBB0_31:
	.loc	1 53 28                         ; make_fixtures.py:53:28
	v_lshl_add_u64 v[36:37], s[6:7], 0, v[36:37]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[78:79], v[36:37], 0, v[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_cbranch_vccnz .LBB0_33
; %bb.32:
	global_load_ubyte v98, v[78:79], off
.LBB0_33:
	.loc	1 54 50 is_stmt 1               ; make_fixtures.py:54:50
	s_ashr_i32 s2, s12, 31
	s_lshr_b32 s2, s2, 27
	s_add_i32 s2, s12, s2
	.loc	1 52 31                         ; make_fixtures.py:52:31
	v_and_b32_e32 v1, 31, v0
	.loc	1 54 50                         ; make_fixtures.py:54:50
	s_ashr_i32 s2, s2, 5
	.loc	1 54 45 is_stmt 0               ; make_fixtures.py:54:45
	v_mul_lo_u32 v8, s2, v1
	.loc	1 54 30                         ; make_fixtures.py:54:30
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 51 37 is_stmt 1               ; make_fixtures.py:51:37
	v_bfe_u32 v38, v0, 5, 1
	.loc	1 54 30                         ; make_fixtures.py:54:30
	v_lshl_add_u64 v[40:41], s[4:5], 0, v[8:9]
	.loc	1 54 56 is_stmt 0               ; make_fixtures.py:54:56
	v_mov_b32_e32 v39, 0
	v_lshl_add_u64 v[42:43], v[40:41], 0, v[38:39]
	.loc	1 54 21                         ; make_fixtures.py:54:21
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v83, v39
	s_cbranch_vccnz .LBB0_35
; %bb.34:
	global_load_ubyte v83, v[42:43], off
.LBB0_35:
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v84, v39
	s_cbranch_vccnz .LBB0_37
; %bb.36:
	global_load_ubyte v84, v[42:43], off offset:2
.LBB0_37:
	.loc	1 55 30 is_stmt 1               ; make_fixtures.py:55:30
	v_lshl_add_u64 v[44:45], s[8:9], 0, v[8:9]
	.loc	1 55 56 is_stmt 0               ; make_fixtures.py:55:56
	v_lshl_add_u64 v[46:47], v[44:45], 0, v[38:39]
	v_mov_b32_e32 v86, 0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v85, 0
	s_cbranch_vccnz .LBB0_39
; %bb.38:
	global_load_ubyte v85, v[46:47], off
.LBB0_39:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_41
; %bb.40:
	global_load_ubyte v86, v[46:47], off offset:2
.LBB0_41:
	.loc	1 52 20 is_stmt 1               ; make_fixtures.py:52:20
	v_add_u32_e32 v39, 0, v0
	v_xor_b32_e32 v3, 16, v0
	s_waitcnt vmcnt(0)
	ds_write_b8 v39, v80
	ds_write_b8 v39, v89 offset:1024
	v_add_u32_e32 v80, 0, v3
	v_xor_b32_e32 v3, 32, v0
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_and_b32_e32 v8, 32, v0
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_write_b8 v80, v81 offset:256
	ds_write_b8 v80, v88 offset:1280
	v_add_u32_e32 v81, 0, v3
	v_xor_b32_e32 v3, 48, v0
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_add_i32 s2, s12, 0xffffff80
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_write_b8 v81, v82 offset:512
	ds_write_b8 v81, v91 offset:1536
	v_add_u32_e32 v82, 0, v3
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s2, 1
	v_lshlrev_b32_e32 v3, 6, v1
	v_lshlrev_b32_e32 v9, 2, v0
	v_lshrrev_b32_e32 v8, 1, v8
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_write_b8 v82, v87 offset:768
	ds_write_b8 v82, v90 offset:1792
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_write_b8 v39, v93 offset:2048
	ds_write_b8 v39, v97 offset:3072
	ds_write_b8 v80, v92 offset:2304
	ds_write_b8 v80, v96 offset:3328
	ds_write_b8 v81, v95 offset:2560
	ds_write_b8 v81, v99 offset:3584
	ds_write_b8 v82, v94 offset:2816
	ds_write_b8 v82, v98 offset:3840
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_45
; %bb.42:                               ; %.lr.ph
	.loc	1 52 20                         ; make_fixtures.py:52:20
	global_load_ubyte v87, v[48:49], off offset:64
	global_load_ubyte v88, v[50:51], off offset:64
	global_load_ubyte v89, v[52:53], off offset:64
	global_load_ubyte v90, v[54:55], off offset:64
	global_load_ubyte v91, v[56:57], off offset:64
	global_load_ubyte v92, v[58:59], off offset:64
	global_load_ubyte v93, v[60:61], off offset:64
	global_load_ubyte v94, v[64:65], off offset:64
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 53 20                         ; make_fixtures.py:53:20
	global_load_ubyte v64, v[62:63], off offset:64
	global_load_ubyte v65, v[66:67], off offset:64
	global_load_ubyte v95, v[68:69], off offset:64
	global_load_ubyte v96, v[70:71], off offset:64
	global_load_ubyte v97, v[72:73], off offset:64
	global_load_ubyte v98, v[74:75], off offset:64
	global_load_ubyte v99, v[76:77], off offset:64
	global_load_ubyte v100, v[78:79], off offset:64
	.loc	1 54 21                         ; make_fixtures.py:54:21
	global_load_ubyte v48, v[42:43], off offset:4
	global_load_ubyte v49, v[42:43], off offset:6
	.loc	1 55 21                         ; make_fixtures.py:55:21
	global_load_ubyte v52, v[46:47], off offset:4
	global_load_ubyte v53, v[46:47], off offset:6
	v_and_b32_e32 v50, 48, v9
	v_bitop3_b32 v50, v50, v3, v8 bitop3:0xde
	v_add_u32_e32 v50, 0, v50
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_read_b128 v[54:57], v50
	.loc	1 56 68                         ; make_fixtures.py:56:68
	ds_read_b128 v[58:61], v50 offset:2048
	v_lshlrev_b16_e32 v62, 8, v84
	v_lshlrev_b16_e32 v63, 8, v86
	v_or_b32_e32 v62, v83, v62
	v_or_b32_e32 v63, v85, v63
	v_and_b32_e32 v62, 0xffff, v62
	v_and_b32_e32 v63, 0xffff, v63
	v_bitop3_b32 v51, v9, v8, 48 bitop3:0x6c
	v_bitop3_b32 v51, v51, 32, v3 bitop3:0x36
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[58:61], v[54:57], 0, v63, v62 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_add_u32_e32 v51, 0, v51
	ds_read_b128 v[54:57], v51 offset:2048
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_read_b128 v[58:61], v51
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmpk_lt_u32 s2, 0x81
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(19)
	ds_write_b8 v39, v87
	s_waitcnt vmcnt(15)
	ds_write_b8 v39, v91 offset:1024
	ds_write_b8 v80, v88 offset:256
	s_waitcnt vmcnt(14)
	ds_write_b8 v80, v92 offset:1280
	ds_write_b8 v81, v89 offset:512
	s_waitcnt vmcnt(13)
	ds_write_b8 v81, v93 offset:1536
	ds_write_b8 v82, v90 offset:768
	s_waitcnt vmcnt(12)
	ds_write_b8 v82, v94 offset:1792
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(11)
	ds_write_b8 v39, v64 offset:2048
	s_waitcnt vmcnt(7)
	ds_write_b8 v39, v97 offset:3072
	ds_write_b8 v80, v65 offset:2304
	s_waitcnt vmcnt(6)
	ds_write_b8 v80, v98 offset:3328
	ds_write_b8 v81, v95 offset:2560
	s_waitcnt vmcnt(5)
	ds_write_b8 v81, v99 offset:3584
	ds_write_b8 v82, v96 offset:2816
	s_waitcnt vmcnt(4)
	ds_write_b8 v82, v100 offset:3840
	.loc	1 56 68                         ; make_fixtures.py:56:68
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[54:57], v[58:61], a[0:15], v63, v62 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_46
; %bb.43:                               ; %.peel.next
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_movk_i32 s3, 0x80
	s_movk_i32 s4, 0xff
.LBB0_44:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_addk_i32 s3, 0x80
	.loc	1 50 19                         ; make_fixtures.py:50:19
	s_ashr_i32 s0, s3, 1
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v76, v48
	.loc	1 50 23 is_stmt 0               ; make_fixtures.py:50:23
	v_or_b32_e32 v48, s0, v2
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v77, v49
	.loc	1 51 19 is_stmt 1               ; make_fixtures.py:51:19
	s_ashr_i32 s0, s3, 5
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_ashrrev_i32_e32 v49, 31, v48
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v78, v52
	.loc	1 51 24                         ; make_fixtures.py:51:24
	v_or_b32_e32 v52, s0, v38
	.loc	1 52 53                         ; make_fixtures.py:52:53
	v_lshl_add_u64 v[54:55], v[4:5], 0, v[48:49]
	v_lshl_add_u64 v[62:63], v[14:15], 0, v[48:49]
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v79, v53
	v_lshl_add_u64 v[56:57], v[6:7], 0, v[48:49]
	v_lshl_add_u64 v[58:59], v[10:11], 0, v[48:49]
	v_lshl_add_u64 v[60:61], v[12:13], 0, v[48:49]
	v_lshl_add_u64 v[64:65], v[16:17], 0, v[48:49]
	v_lshl_add_u64 v[66:67], v[18:19], 0, v[48:49]
	v_lshl_add_u64 v[68:69], v[20:21], 0, v[48:49]
	.loc	1 52 20 is_stmt 0               ; make_fixtures.py:52:20
	global_load_ubyte v83, v[54:55], off
	global_load_ubyte v84, v[56:57], off
	global_load_ubyte v85, v[58:59], off
	global_load_ubyte v86, v[60:61], off
	global_load_ubyte v87, v[62:63], off
	global_load_ubyte v88, v[64:65], off
	global_load_ubyte v89, v[66:67], off
	global_load_ubyte v90, v[68:69], off
	.loc	1 53 53 is_stmt 1               ; make_fixtures.py:53:53
	v_lshl_add_u64 v[62:63], v[22:23], 0, v[48:49]
	v_lshl_add_u64 v[70:71], v[30:31], 0, v[48:49]
	.loc	1 54 56                         ; make_fixtures.py:54:56
	v_ashrrev_i32_e32 v53, 31, v52
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[54:57], v50
	ds_read_b128 v[58:61], v51
	.loc	1 53 53                         ; make_fixtures.py:53:53
	v_lshl_add_u64 v[64:65], v[24:25], 0, v[48:49]
	v_lshl_add_u64 v[66:67], v[26:27], 0, v[48:49]
	v_lshl_add_u64 v[68:69], v[28:29], 0, v[48:49]
	v_lshl_add_u64 v[72:73], v[32:33], 0, v[48:49]
	v_lshl_add_u64 v[74:75], v[34:35], 0, v[48:49]
	v_lshl_add_u64 v[48:49], v[36:37], 0, v[48:49]
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	global_load_ubyte v91, v[62:63], off
	global_load_ubyte v92, v[64:65], off
	global_load_ubyte v93, v[66:67], off
	global_load_ubyte v94, v[68:69], off
	global_load_ubyte v95, v[70:71], off
	global_load_ubyte v96, v[72:73], off
	global_load_ubyte v97, v[74:75], off
	global_load_ubyte v98, v[48:49], off
	.loc	1 54 56 is_stmt 1               ; make_fixtures.py:54:56
	v_lshl_add_u64 v[70:71], v[40:41], 0, v[52:53]
	s_ashr_i32 s1, s0, 31
	.loc	1 56 68                         ; make_fixtures.py:56:68
	ds_read_b128 v[62:65], v50 offset:2048
	ds_read_b128 v[66:69], v51 offset:2048
	.loc	1 54 56                         ; make_fixtures.py:54:56
	v_lshl_add_u64 v[72:73], v[42:43], 0, s[0:1]
	.loc	1 54 21 is_stmt 0               ; make_fixtures.py:54:21
	global_load_ubyte v48, v[70:71], off
	global_load_ubyte v49, v[72:73], off offset:2
	.loc	1 55 56 is_stmt 1               ; make_fixtures.py:55:56
	v_lshl_add_u64 v[70:71], v[44:45], 0, v[52:53]
	v_lshl_add_u64 v[72:73], v[46:47], 0, s[0:1]
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	global_load_ubyte v52, v[70:71], off
	global_load_ubyte v53, v[72:73], off offset:2
	.loc	1 56 68 is_stmt 1               ; make_fixtures.py:56:68
	v_lshlrev_b16_e32 v70, 8, v77
	v_lshlrev_b16_e32 v71, 8, v79
	v_bitop3_b16 v70, v76, v70, s4 bitop3:0xec
	v_bitop3_b16 v71, v78, v71, s4 bitop3:0xec
	v_and_b32_e32 v70, 0xffff, v70
	v_and_b32_e32 v71, 0xffff, v71
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s3, s2
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_waitcnt lgkmcnt(0)
	.loc	1 56 68                         ; make_fixtures.py:56:68
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[62:65], v[54:57], a[0:15], v71, v70 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_barrier
	s_waitcnt vmcnt(19)
	ds_write_b8 v39, v83
	s_waitcnt vmcnt(15)
	ds_write_b8 v39, v87 offset:1024
	ds_write_b8 v80, v84 offset:256
	s_waitcnt vmcnt(14)
	ds_write_b8 v80, v88 offset:1280
	ds_write_b8 v81, v85 offset:512
	s_waitcnt vmcnt(13)
	ds_write_b8 v81, v89 offset:1536
	ds_write_b8 v82, v86 offset:768
	s_waitcnt vmcnt(12)
	ds_write_b8 v82, v90 offset:1792
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(11)
	ds_write_b8 v39, v91 offset:2048
	s_waitcnt vmcnt(7)
	ds_write_b8 v39, v95 offset:3072
	ds_write_b8 v80, v92 offset:2304
	s_waitcnt vmcnt(6)
	ds_write_b8 v80, v96 offset:3328
	ds_write_b8 v81, v93 offset:2560
	s_waitcnt vmcnt(5)
	ds_write_b8 v81, v97 offset:3584
	ds_write_b8 v82, v94 offset:2816
	s_waitcnt vmcnt(4)
	ds_write_b8 v82, v98 offset:3840
	.loc	1 56 68                         ; make_fixtures.py:56:68
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[66:69], v[58:61], a[0:15], v71, v70 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_44
	s_branch .LBB0_46
.LBB0_45:
	.loc	1 48 19                         ; make_fixtures.py:48:19
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
	v_mov_b32_e32 v48, v83
	v_mov_b32_e32 v49, v84
	v_mov_b32_e32 v52, v85
	v_mov_b32_e32 v53, v86
.LBB0_46:                               ; %._crit_edge
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_addk_i32 s12, 0x7f
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 52 20                         ; make_fixtures.py:52:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 56 68                         ; make_fixtures.py:56:68
	s_cbranch_scc0 .LBB0_49
; %bb.47:
	.loc	1 57 53                         ; make_fixtures.py:57:53
	v_and_b32_e32 v0, 0xc0, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execnz .LBB0_50
.LBB0_48:                               ; %.critedge28
	.loc	1 57 4 is_stmt 0                ; make_fixtures.py:57:4
	s_endpgm
.LBB0_49:
	.loc	1 52 20 is_stmt 1               ; make_fixtures.py:52:20
	v_and_b32_e32 v2, 48, v9
	v_bitop3_b32 v2, v2, v3, v8 bitop3:0xde
	.loc	1 56 68                         ; make_fixtures.py:56:68
	v_add_u32_e32 v7, 0, v2
	v_xad_u32 v6, v2, 32, 0
	ds_read_b128 v[2:5], v7 offset:2048
	.loc	1 52 20                         ; make_fixtures.py:52:20
	ds_read_b128 v[26:29], v7
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v10, a0
	.loc	1 56 68 is_stmt 1               ; make_fixtures.py:56:68
	s_waitcnt vmcnt(2)
	v_lshlrev_b16_e32 v7, 8, v49
	s_movk_i32 s0, 0xff
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v9, 8, v53
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v25, a15
	v_accvgpr_read_b32 v24, a14
	v_accvgpr_read_b32 v23, a13
	v_accvgpr_read_b32 v22, a12
	v_accvgpr_read_b32 v21, a11
	v_accvgpr_read_b32 v20, a10
	v_accvgpr_read_b32 v19, a9
	v_accvgpr_read_b32 v18, a8
	v_accvgpr_read_b32 v17, a7
	v_accvgpr_read_b32 v16, a6
	v_accvgpr_read_b32 v15, a5
	v_accvgpr_read_b32 v14, a4
	v_accvgpr_read_b32 v13, a3
	v_accvgpr_read_b32 v12, a2
	v_accvgpr_read_b32 v11, a1
	.loc	1 56 68                         ; make_fixtures.py:56:68
	v_bitop3_b16 v7, v48, v7, s0 bitop3:0xec
	v_bitop3_b16 v9, v52, v9, s0 bitop3:0xec
	v_accvgpr_write_b32 a0, v10
	v_and_b32_e32 v7, 0xffff, v7
	v_and_b32_e32 v9, 0xffff, v9
	v_accvgpr_write_b32 a1, v11
	v_accvgpr_write_b32 a2, v12
	v_accvgpr_write_b32 a3, v13
	v_accvgpr_write_b32 a4, v14
	v_accvgpr_write_b32 a5, v15
	v_accvgpr_write_b32 a6, v16
	v_accvgpr_write_b32 a7, v17
	v_accvgpr_write_b32 a8, v18
	v_accvgpr_write_b32 a9, v19
	v_accvgpr_write_b32 a10, v20
	v_accvgpr_write_b32 a11, v21
	v_accvgpr_write_b32 a12, v22
	v_accvgpr_write_b32 a13, v23
	v_accvgpr_write_b32 a14, v24
	v_accvgpr_write_b32 a15, v25
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[2:5], v[26:29], a[0:15], v9, v7 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	ds_read_b128 v[2:5], v6 offset:2048
	.loc	1 52 20 is_stmt 1               ; make_fixtures.py:52:20
	ds_read_b128 v[10:13], v6
	.loc	1 56 68                         ; make_fixtures.py:56:68
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[2:5], v[10:13], a[0:15], v9, v7 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 57 53                         ; make_fixtures.py:57:53
	v_and_b32_e32 v0, 0xc0, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_48
.LBB0_50:                               ; %.critedge
	.loc	1 57 21 is_stmt 0               ; make_fixtures.py:57:21
	v_lshlrev_b32_e32 v0, 7, v1
	v_mov_b32_e32 v1, 0
	v_lshl_add_u64 v[2:3], s[10:11], 0, v[0:1]
	.loc	1 57 40                         ; make_fixtures.py:57:40
	v_mov_b32_e32 v9, v1
	v_lshl_add_u64 v[0:1], v[2:3], 0, v[8:9]
	.loc	1 57 53                         ; make_fixtures.py:57:53
	s_nop 2
	global_store_dwordx4 v[0:1], a[0:3], off
	global_store_dwordx4 v[0:1], a[4:7], off offset:32
	global_store_dwordx4 v[0:1], a[8:11], off offset:64
	global_store_dwordx4 v[0:1], a[12:15], off offset:96
	.loc	1 57 4                          ; make_fixtures.py:57:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel mxfp4_dot_scaled
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 64
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
		.amdhsa_next_free_vgpr 120
		.amdhsa_next_free_sgpr 17
		.amdhsa_accum_offset 104
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
	.size	mxfp4_dot_scaled, .Lfunc_end0-mxfp4_dot_scaled
	.cfi_endproc
                                        ; -- End function
	.set mxfp4_dot_scaled.num_vgpr, 101
	.set mxfp4_dot_scaled.num_agpr, 16
	.set mxfp4_dot_scaled.numbered_sgpr, 17
	.set mxfp4_dot_scaled.num_named_barrier, 0
	.set mxfp4_dot_scaled.private_seg_size, 0
	.set mxfp4_dot_scaled.uses_vcc, 1
	.set mxfp4_dot_scaled.uses_flat_scratch, 0
	.set mxfp4_dot_scaled.has_dyn_sized_stack, 0
	.set mxfp4_dot_scaled.has_recursion, 0
	.set mxfp4_dot_scaled.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3188
; TotalNumSgprs: 23
; NumVgprs: 101
; NumAgprs: 16
; TotalNumVgprs: 120
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 23
; NumVGPRsForWavesPerEU: 120
; AccumOffset: 104
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 25
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
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 256
    .name:           mxfp4_dot_scaled
    .private_segment_fixed_size: 0
    .sgpr_count:     23
    .sgpr_spill_count: 0
    .symbol:         mxfp4_dot_scaled.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     120
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
