	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	dot_scaled_ktail_kernel         ; -- Begin function dot_scaled_ktail_kernel
	.p2align	8
	.type	dot_scaled_ktail_kernel,@function
dot_scaled_ktail_kernel:                ; @dot_scaled_ktail_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 66 0 prologue_end             ; make_fixtures.py:66:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.8:
.LBB0_0:
	s_mov_b64 s[28:29], s[6:7]
.Ltmp1:
	.loc	1 83 65 is_stmt 1               ; make_fixtures.py:83:65
	s_lshr_b32 s6, s12, 31
	s_add_i32 s6, s12, s6
	s_ashr_i32 s34, s6, 1
	s_ashr_i32 s6, s12, 31
	.loc	1 73 17                         ; make_fixtures.py:73:17
	s_lshl_b32 s13, s16, 5
	.loc	1 73 35 is_stmt 0               ; make_fixtures.py:73:35
	v_lshrrev_b32_e32 v2, 4, v0
	.loc	1 85 66 is_stmt 1               ; make_fixtures.py:85:66
	s_lshr_b32 s6, s6, 27
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_and_b32_e32 v1, 15, v0
	v_or_b32_e32 v4, s13, v2
	.loc	1 85 66                         ; make_fixtures.py:85:66
	s_add_i32 s6, s12, s6
	.loc	1 73 22                         ; make_fixtures.py:73:22
	v_or_b32_e32 v5, 16, v4
	.loc	1 74 17                         ; make_fixtures.py:74:17
	s_lshl_b32 s33, s17, 5
	.loc	1 77 31                         ; make_fixtures.py:77:31
	v_lshlrev_b32_e32 v22, 3, v1
	.loc	1 85 66                         ; make_fixtures.py:85:66
	s_ashr_i32 s35, s6, 5
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_lshrrev_b32_e32 v3, 3, v0
	.loc	1 78 36                         ; make_fixtures.py:78:36
	v_lshlrev_b32_e32 v15, 3, v0
	.loc	1 81 40                         ; make_fixtures.py:81:40
	v_cmp_gt_i32_e32 vcc, s10, v4
	v_cmp_gt_i32_e64 s[0:1], s10, v5
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cmp_gt_i32 s12, 0
	.loc	1 81 60                         ; make_fixtures.py:81:60
	v_cmp_gt_i32_e64 s[6:7], s12, v22
	.loc	1 74 22                         ; make_fixtures.py:74:22
	v_or_b32_e32 v6, s33, v3
	.loc	1 78 36                         ; make_fixtures.py:78:36
	v_and_b32_e32 v33, 56, v15
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 81 46                         ; make_fixtures.py:81:46
	s_and_b64 s[14:15], vcc, s[6:7]
	s_and_b64 s[16:17], s[0:1], s[6:7]
	s_mov_b64 s[36:37], s[2:3]
	.loc	1 83 40                         ; make_fixtures.py:83:40
	v_cmp_gt_i32_e64 s[2:3], s11, v6
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_and_b64 s[6:7], s[18:19], s[14:15]
	s_and_b64 s[14:15], s[18:19], s[16:17]
	.loc	1 83 60                         ; make_fixtures.py:83:60
	v_cmp_gt_i32_e64 s[16:17], s34, v33
	.loc	1 83 46 is_stmt 0               ; make_fixtures.py:83:46
	s_and_b64 s[16:17], s[2:3], s[16:17]
	.loc	1 80 46 is_stmt 1               ; make_fixtures.py:80:46
	s_lshl_b32 s22, s12, 4
	.loc	1 80 20 is_stmt 0               ; make_fixtures.py:80:20
	s_and_b32 s37, s37, 0xffff
	.loc	1 76 26 is_stmt 1               ; make_fixtures.py:76:26
	s_and_b64 s[16:17], s[18:19], s[16:17]
	.loc	1 82 20                         ; make_fixtures.py:82:20
	s_and_b32 s5, s5, 0xffff
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cmp_gt_i32 s12, 31
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_and_b32_e32 v14, 31, v0
	.loc	1 80 28                         ; make_fixtures.py:80:28
	s_mul_i32 s20, s12, s13
	.loc	1 82 28                         ; make_fixtures.py:82:28
	s_mul_i32 s21, s34, s33
	.loc	1 80 46                         ; make_fixtures.py:80:46
	v_mul_lo_u32 v4, s12, v2
	.loc	1 82 53                         ; make_fixtures.py:82:53
	v_mul_lo_u32 v3, s34, v3
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cselect_b64 s[18:19], -1, 0
	s_cmp_gt_i32 s12, 63
	.loc	1 74 22                         ; make_fixtures.py:74:22
	v_or_b32_e32 v7, s33, v14
	.loc	1 80 46                         ; make_fixtures.py:80:46
	v_add3_u32 v4, v4, v22, s20
	.loc	1 82 53                         ; make_fixtures.py:82:53
	v_add3_u32 v35, v3, v33, s21
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cselect_b64 s[20:21], -1, 0
	s_cmpk_gt_i32 s12, 0x5f
	.loc	1 83 40                         ; make_fixtures.py:83:40
	v_cmp_gt_i32_e64 s[24:25], s11, v7
	.loc	1 84 30                         ; make_fixtures.py:84:30
	s_mul_i32 s40, s35, s33
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_lshlrev_b32_e32 v5, 1, v4
	v_add_lshl_u32 v4, v4, s22, 1
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cselect_b64 s[22:23], -1, 0
	s_cmpk_gt_i32 s12, 0x7f
	.loc	1 84 56                         ; make_fixtures.py:84:56
	v_mul_lo_u32 v36, s35, v14
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_bfrev_b32_e32 v34, 1
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cselect_b64 s[26:27], -1, 0
	.loc	1 84 56                         ; make_fixtures.py:84:56
	v_add_u32_e32 v37, 1, v36
	v_add_u32_e32 v38, 2, v36
	v_add_u32_e32 v39, 3, v36
	v_add_u32_e32 v3, s40, v36
	.loc	1 85 47                         ; make_fixtures.py:85:47
	s_and_b64 s[18:19], s[24:25], s[18:19]
	.loc	1 84 56                         ; make_fixtures.py:84:56
	v_add_u32_e32 v6, s40, v37
	v_add_u32_e32 v7, s40, v38
	v_add_u32_e32 v8, s40, v39
	.loc	1 84 21 is_stmt 0               ; make_fixtures.py:84:21
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
	v_cndmask_b32_e64 v3, v34, v3, s[18:19]
	.loc	1 85 47 is_stmt 1               ; make_fixtures.py:85:47
	s_and_b64 s[20:21], s[24:25], s[20:21]
	s_and_b64 s[22:23], s[24:25], s[22:23]
	s_and_b64 s[26:27], s[24:25], s[26:27]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v6, v34, v6, s[20:21]
	v_cndmask_b32_e64 v7, v34, v7, s[22:23]
	v_cndmask_b32_e64 v8, v34, v8, s[26:27]
	buffer_load_ubyte v16, v3, s[28:31], 0 offen
	buffer_load_ubyte v17, v6, s[28:31], 0 offen
	buffer_load_ubyte v18, v7, s[28:31], 0 offen
	buffer_load_ubyte v19, v8, s[28:31], 0 offen
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_cndmask_b32_e64 v3, v34, v5, s[6:7]
	v_cndmask_b32_e64 v12, v34, v4, s[14:15]
	buffer_load_dwordx4 v[4:7], v3, s[36:39], 0 offen
	buffer_load_dwordx4 v[8:11], v12, s[36:39], 0 offen
	.loc	1 82 20                         ; make_fixtures.py:82:20
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_cndmask_b32_e64 v3, v34, v35, s[16:17]
	buffer_load_dwordx2 v[12:13], v3, s[4:7], 0 offen
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_mov_b32_e32 v43, 0x7f
	s_movk_i32 s6, 0xf0
	.loc	1 82 20                         ; make_fixtures.py:82:20
	v_lshrrev_b32_e32 v30, 2, v0
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_and_b32_e32 v23, 0x80, v0
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_add_i32 s42, s12, 0xffffff80
	s_movk_i32 s41, 0x80
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_add_u32_e32 v46, 0, v14
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cmp_lt_i32 s42, 1
	v_lshlrev_b32_e32 v31, 4, v1
	v_and_b32_e32 v40, 48, v0
	v_lshlrev_b32_e32 v32, 5, v23
	v_lshlrev_b32_e32 v41, 1, v0
	v_and_b32_e32 v42, 64, v0
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt vmcnt(6)
	v_cndmask_b32_e64 v3, v43, v16, s[18:19]
	s_waitcnt vmcnt(5)
	v_cndmask_b32_e64 v16, v43, v17, s[20:21]
	s_waitcnt vmcnt(4)
	v_cndmask_b32_e64 v17, v43, v18, s[22:23]
	s_waitcnt vmcnt(3)
	v_cndmask_b32_e64 v18, v43, v19, s[26:27]
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_lshlrev_b32_e32 v19, 4, v0
	v_bitop3_b32 v19, v19, v0, s6 bitop3:0x78
	v_add_u32_e32 v44, 0, v19
	s_waitcnt vmcnt(2)
	ds_write_b128 v44, v[4:7]
	s_waitcnt vmcnt(1)
	ds_write_b128 v44, v[8:11] offset:4096
	.loc	1 82 20                         ; make_fixtures.py:82:20
	v_bitop3_b32 v4, v15, v30, 24 bitop3:0x78
	v_add_u32_e32 v45, 0, v4
	s_waitcnt vmcnt(0)
	ds_write_b64 v45, v[12:13] offset:8192
	.loc	1 84 21                         ; make_fixtures.py:84:21
	ds_write_b8 v46, v3 offset:10240
	ds_write_b8 v46, v16 offset:10272
	ds_write_b8 v46, v17 offset:10304
	ds_write_b8 v46, v18 offset:10336
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_lshl_or_b32 v3, v1, 8, v32
	v_bitop3_b32 v4, v31, v0, 48 bitop3:0x78
	s_movk_i32 s6, 0xc0
	v_or_b32_e32 v5, v3, v4
	v_bitop3_b32 v6, v3, 64, v4 bitop3:0x36
	v_bitop3_b32 v7, v3, s41, v4 bitop3:0x36
	v_bitop3_b32 v4, v3, s6, v4 bitop3:0x36
	v_lshrrev_b32_e32 v3, 2, v40
	v_lshlrev_b32_e32 v8, 4, v42
	v_lshl_or_b32 v8, v1, 6, v8
	v_bitop3_b32 v3, v41, v3, 24 bitop3:0x6c
	.loc	1 76 26                         ; make_fixtures.py:76:26
	v_add_u32_e32 v11, s13, v2
	v_or_b32_e32 v9, v8, v3
	v_bitop3_b32 v8, v8, 16, v3 bitop3:0x36
	v_lshrrev_b32_e32 v3, 2, v42
	v_add_u32_e32 v2, 16, v11
	v_add_u32_e32 v10, 0, v3
	v_mad_u64_u32 v[2:3], s[6:7], s12, v2, v[22:23]
	v_mov_b32_e32 v12, 0x100
	v_lshl_add_u32 v47, v2, 1, v12
	v_mad_u64_u32 v[2:3], s[6:7], s12, v11, v[22:23]
	v_lshl_add_u32 v48, v2, 1, v12
	v_add_u32_e32 v2, 0, v9
	v_add_u32_e32 v3, 0, v8
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_add_u32_e32 v49, 0, v5
	v_add_u32_e32 v50, 0, v6
	v_add_u32_e32 v51, 0, v7
	v_add_u32_e32 v52, 0, v4
	v_add_u32_e32 v53, v10, v1
	s_movk_i32 s43, 0xff
	v_mov_b32_e32 v54, 0x7fc0
	s_mov_b32 s44, 0x5040100
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_add_u32_e32 v55, 0x2000, v2
	v_add_u32_e32 v56, 0x2000, v3
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 78 19 is_stmt 1               ; make_fixtures.py:78:19
	v_add_u32_e32 v2, s41, v22
	s_ashr_i32 s16, s41, 1
	.loc	1 81 60                         ; make_fixtures.py:81:60
	v_cmp_gt_i32_e64 s[14:15], s12, v2
	.loc	1 78 23                         ; make_fixtures.py:78:23
	v_or_b32_e32 v3, s16, v33
	.loc	1 82 53                         ; make_fixtures.py:82:53
	v_add_u32_e32 v24, s16, v35
	.loc	1 81 46                         ; make_fixtures.py:81:46
	s_and_b64 s[16:17], vcc, s[14:15]
	s_and_b64 s[14:15], s[0:1], s[14:15]
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_cndmask_b32_e64 v10, v34, v48, s[16:17]
	v_cndmask_b32_e64 v11, v34, v47, s[14:15]
	.loc	1 83 60                         ; make_fixtures.py:83:60
	v_cmp_gt_i32_e64 s[14:15], s34, v3
	.loc	1 80 20                         ; make_fixtures.py:80:20
	buffer_load_dwordx4 v[2:5], v10, s[36:39], 0 offen
	buffer_load_dwordx4 v[6:9], v11, s[36:39], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[14:17], v49
	ds_read_b128 v[18:21], v50
	ds_read_b128 v[10:13], v51
	.loc	1 87 70                         ; make_fixtures.py:87:70
	ds_read2_b32 v[26:27], v55 offset1:8
	.loc	1 84 21                         ; make_fixtures.py:84:21
	ds_read_u8 v25, v53 offset:10240
	.loc	1 87 70                         ; make_fixtures.py:87:70
	ds_read2_b32 v[28:29], v56 offset1:8
	.loc	1 84 21                         ; make_fixtures.py:84:21
	ds_read_u8 v57, v53 offset:10272
	ds_read_u8 v62, v53 offset:10304
	ds_read_u8 v63, v53 offset:10336
	.loc	1 83 46                         ; make_fixtures.py:83:46
	s_and_b64 s[14:15], s[2:3], s[14:15]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b32_e32 v58, 23, v25
	.loc	1 82 20                         ; make_fixtures.py:82:20
	v_cndmask_b32_e64 v24, v34, v24, s[14:15]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v64, v26, v58
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cmp_eq_u32_e64 s[14:15], s43, v25
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v25, v26, v58 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v59, v26, v58 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v26, v58 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v61, 16, v59
	v_lshrrev_b32_e32 v58, 16, v26
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v59, v59, v54, s[14:15]
	v_cndmask_b32_e64 v61, v61, v54, s[14:15]
	v_cndmask_b32_e64 v26, v26, v54, s[14:15]
	v_cndmask_b32_e64 v58, v58, v54, s[14:15]
	.loc	1 79 19                         ; make_fixtures.py:79:19
	s_ashr_i32 s18, s41, 5
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v60, 16, v25
	v_perm_b32 v61, v61, v59, s44
	v_perm_b32 v59, v58, v26, s44
	v_lshrrev_b32_e32 v58, 16, v64
	.loc	1 79 24                         ; make_fixtures.py:79:24
	s_or_b32 s21, s18, 1
	s_or_b32 s20, s18, 2
	s_or_b32 s19, s18, 3
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v65, v64, v54, s[14:15]
	v_cndmask_b32_e64 v25, v25, v54, s[14:15]
	v_cndmask_b32_e64 v60, v60, v54, s[14:15]
	v_cndmask_b32_e64 v58, v58, v54, s[14:15]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v60, v60, v25, s44
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cmp_lt_i32 s18, s35
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v58, v58, v65, s44
	.loc	1 85 61                         ; make_fixtures.py:85:61
	s_cselect_b64 s[22:23], -1, 0
	s_cmp_lt_i32 s21, s35
	s_cselect_b64 s[16:17], -1, 0
	s_cmp_lt_i32 s20, s35
	s_cselect_b64 s[20:21], -1, 0
	s_cmp_lt_i32 s19, s35
	s_cselect_b64 s[46:47], -1, 0
	.loc	1 84 56                         ; make_fixtures.py:84:56
	s_add_i32 s18, s18, s40
	v_add_u32_e32 v66, s18, v37
	v_add_u32_e32 v64, s18, v38
	v_add_u32_e32 v65, s18, v39
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[58:61], v[14:17], a[0:3]
	.loc	1 84 56                         ; make_fixtures.py:84:56
	v_add_u32_e32 v14, s18, v36
	.loc	1 85 47                         ; make_fixtures.py:85:47
	s_and_b64 s[18:19], s[24:25], s[22:23]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_e32 v26, 23, v57
	.loc	1 85 47                         ; make_fixtures.py:85:47
	s_and_b64 s[26:27], s[24:25], s[16:17]
	s_and_b64 s[14:15], s[24:25], s[20:21]
	s_and_b64 s[16:17], s[24:25], s[46:47]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v14, v34, v14, s[18:19]
	.loc	1 82 20                         ; make_fixtures.py:82:20
	buffer_load_dwordx2 v[24:25], v24, s[4:7], 0 offen
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v15, v28, v26
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cmp_eq_u32_e64 s[20:21], s43, v57
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v16, v28, v26 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v17, v28, v26 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v28, v26 op_sel:[1,1,0]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v28, v34, v66, s[26:27]
	v_cndmask_b32_e64 v57, v34, v64, s[14:15]
	v_cndmask_b32_e64 v58, v34, v65, s[16:17]
	buffer_load_ubyte v64, v14, s[28:31], 0 offen
	buffer_load_ubyte v65, v28, s[28:31], 0 offen
	buffer_load_ubyte v66, v57, s[28:31], 0 offen
	buffer_load_ubyte v67, v58, s[28:31], 0 offen
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v60, 16, v17
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v17, v17, v54, s[20:21]
	v_cndmask_b32_e64 v14, v60, v54, s[20:21]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v59, 16, v15
	v_lshrrev_b32_e32 v61, 16, v26
	v_perm_b32 v60, v14, v17, s44
	v_lshrrev_b32_e32 v14, 16, v16
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v15, v15, v54, s[20:21]
	v_cndmask_b32_e64 v26, v26, v54, s[20:21]
	v_cndmask_b32_e64 v28, v61, v54, s[20:21]
	v_cndmask_b32_e64 v16, v16, v54, s[20:21]
	v_cndmask_b32_e64 v17, v59, v54, s[20:21]
	v_cndmask_b32_e64 v14, v14, v54, s[20:21]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v61, v28, v26, s44
	v_perm_b32 v59, v14, v16, s44
	v_perm_b32 v58, v17, v15, s44
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_e32 v26, 23, v62
	v_cmp_eq_u32_e64 s[20:21], s43, v62
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[58:61], v[18:21], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v20, v27, v26 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v21, v27, v26 op_sel:[1,1,0]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v18, 23, v63
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v19, v27, v26
	v_cvt_scalef32_pk_bf16_fp4 v57, v27, v26 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v59, 16, v20
	v_lshrrev_b32_e32 v60, 16, v21
	v_cvt_scalef32_pk_bf16_fp4 v28, v29, v18
	v_cvt_scalef32_pk_bf16_fp4 v26, v29, v18 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v27, v29, v18 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v18, v29, v18 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v29, 16, v19
	v_lshrrev_b32_e32 v58, 16, v57
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v62, v19, v54, s[20:21]
	v_cndmask_b32_e64 v19, v20, v54, s[20:21]
	v_cndmask_b32_e64 v20, v21, v54, s[20:21]
	v_cndmask_b32_e64 v59, v59, v54, s[20:21]
	v_cndmask_b32_e64 v21, v60, v54, s[20:21]
	v_cmp_eq_u32_e64 s[22:23], s43, v63
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v21, v21, v20, s44
	v_perm_b32 v20, v59, v19, s44
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v19, v57, v54, s[20:21]
	v_cndmask_b32_e64 v57, v58, v54, s[20:21]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v61, 16, v28
	v_perm_b32 v19, v57, v19, s44
	v_lshrrev_b32_e32 v57, 16, v18
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v58, v28, v54, s[22:23]
	v_cndmask_b32_e64 v28, v18, v54, s[22:23]
	v_cndmask_b32_e64 v18, v29, v54, s[20:21]
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v18, v18, v62, s44
	v_lshrrev_b32_e32 v59, 16, v26
	v_lshrrev_b32_e32 v60, 16, v27
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e64 v26, v26, v54, s[22:23]
	v_cndmask_b32_e64 v27, v27, v54, s[22:23]
	v_cndmask_b32_e64 v61, v61, v54, s[22:23]
	v_cndmask_b32_e64 v59, v59, v54, s[22:23]
	v_cndmask_b32_e64 v60, v60, v54, s[22:23]
	v_cndmask_b32_e64 v29, v57, v54, s[22:23]
	.loc	1 80 20                         ; make_fixtures.py:80:20
	ds_read_b128 v[14:17], v52
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v29, v29, v28, s44
	v_perm_b32 v28, v60, v27, s44
	v_perm_b32 v27, v59, v26, s44
	v_perm_b32 v26, v61, v58, s44
	v_mfma_f32_16x16x32_bf16 a[0:3], v[18:21], v[10:13], a[0:3]
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_add_i32 s45, s41, 0x80
	v_add_u32_e32 v47, 0x100, v47
	v_add_u32_e32 v48, 0x100, v48
	.loc	1 87 70                         ; make_fixtures.py:87:70
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[14:17], a[0:3]
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cmp_lt_i32 s41, s42
	s_mov_b32 s41, s45
	.loc	1 80 20                         ; make_fixtures.py:80:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(6)
	ds_write_b128 v44, v[2:5]
	s_waitcnt vmcnt(5)
	ds_write_b128 v44, v[6:9] offset:4096
	.loc	1 82 20                         ; make_fixtures.py:82:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v45, v[24:25] offset:8192
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt vmcnt(3)
	v_cndmask_b32_e64 v2, v43, v64, s[18:19]
	s_waitcnt vmcnt(2)
	v_cndmask_b32_e64 v3, v43, v65, s[26:27]
	s_waitcnt vmcnt(1)
	v_cndmask_b32_e64 v4, v43, v66, s[14:15]
	s_waitcnt vmcnt(0)
	v_cndmask_b32_e64 v5, v43, v67, s[16:17]
	ds_write_b8 v46, v2 offset:10240
	ds_write_b8 v46, v3 offset:10272
	ds_write_b8 v46, v4 offset:10304
	ds_write_b8 v46, v5 offset:10336
	.loc	1 76 26                         ; make_fixtures.py:76:26
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
.LBB0_4:                                ; %._crit_edge
	.loc	1 76 26 is_stmt 1               ; make_fixtures.py:76:26
	s_addk_i32 s12, 0x7f
	s_movk_i32 s0, 0x80
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 80 20                         ; make_fixtures.py:80:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 87 70                         ; make_fixtures.py:87:70
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_lshrrev_b32_e32 v6, 2, v42
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v9, 2, v40
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_add3_u32 v10, 0, v6, v1
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshlrev_b32_e32 v6, 6, v1
	v_lshlrev_b32_e32 v7, 4, v42
	v_bitop3_b32 v9, v41, v9, 24 bitop3:0x6c
	v_or3_b32 v9, v6, v7, v9
	v_xad_u32 v6, v9, 16, 0
	.loc	1 84 21                         ; make_fixtures.py:84:21
	ds_read_u8 v8, v10 offset:10336
	ds_read_u8 v11, v10 offset:10304
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_add_u32_e32 v6, 0x2000, v6
	ds_read2_b32 v[6:7], v6 offset1:8
	s_movk_i32 s1, 0xff
	.loc	1 84 21                         ; make_fixtures.py:84:21
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_e32 v12, 23, v8
	v_mov_b32_e32 v15, 0x7fc0
	v_cmp_eq_u32_e32 vcc, s1, v8
	.loc	1 87 70                         ; make_fixtures.py:87:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v13, v7, v12 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v8, v7, v12 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v14, 16, v13
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v36, v13, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v13, 16, v8
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v38, v8, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v8, v7, v12 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v7, v7, v12
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v37, v13, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v13, 16, v8
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v40, v8, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v8, 16, v7
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v41, v8, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_add_u32_e32 v8, 0, v9
	v_add_u32_e32 v8, 0x2000, v8
	ds_read2_b32 v[8:9], v8 offset1:8
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v42, v7, v15, vcc
	ds_read_u8 v7, v10 offset:10240
	ds_read_u8 v10, v10 offset:10272
	v_lshlrev_b32_e32 v12, 23, v11
	v_cndmask_b32_e32 v22, v14, v15, vcc
	v_cndmask_b32_e32 v39, v13, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	s_waitcnt lgkmcnt(2)
	v_cvt_scalef32_pk_bf16_fp4 v13, v9, v12 op_sel:[1,1,0]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cmp_eq_u32_e32 vcc, s1, v11
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v11, v9, v12 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v14, 16, v13
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v29, v13, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v13, 16, v11
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v44, v11, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v11, v9, v12 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v9, v12
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v43, v13, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v13, 16, v11
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v46, v11, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v48, v9, v15, vcc
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v9, 23, v10
	v_cndmask_b32_e32 v28, v14, v15, vcc
	v_cndmask_b32_e32 v45, v13, v15, vcc
	v_cndmask_b32_e32 v47, v11, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v11, v6, v9 op_sel:[1,1,0]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cmp_eq_u32_e32 vcc, s1, v10
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v10, v6, v9 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v12, 16, v11
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v34, v11, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v11, 16, v10
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v50, v10, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v10, v6, v9 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v6, v9
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v49, v11, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v11, 16, v10
	v_lshrrev_b32_e32 v9, 16, v6
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v54, v6, v15, vcc
	v_lshlrev_b32_e32 v6, 23, v7
	v_cndmask_b32_e32 v33, v12, v15, vcc
	v_cndmask_b32_e32 v51, v11, v15, vcc
	v_cndmask_b32_e32 v52, v10, v15, vcc
	v_cndmask_b32_e32 v53, v9, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v9, v8, v6 op_sel:[1,1,0]
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cmp_eq_u32_e32 vcc, s1, v7
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v7, v8, v6 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v10, 16, v9
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v25, v9, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v9, 16, v7
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v35, v7, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_cvt_scalef32_pk_bf16_fp4 v7, v8, v6 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v8, v6
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v26, v9, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v9, 16, v7
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v56, v7, v15, vcc
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_lshrrev_b32_e32 v7, 16, v6
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v58, v6, v15, vcc
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_lshl_or_b32 v6, v1, 8, v32
	v_bitop3_b32 v0, v31, v0, 48 bitop3:0x78
	s_movk_i32 s1, 0xc0
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v57, v7, v15, vcc
	.loc	1 80 20                         ; make_fixtures.py:80:20
	v_or_b32_e32 v14, v6, v0
	v_bitop3_b32 v7, v6, s1, v0 bitop3:0x36
	v_bitop3_b32 v0, v6, s0, v0 bitop3:0x36
	v_add_u32_e32 v7, 0, v7
	v_add_u32_e32 v0, 0, v0
	.loc	1 84 21                         ; make_fixtures.py:84:21
	v_cndmask_b32_e32 v24, v10, v15, vcc
	v_cndmask_b32_e32 v55, v9, v15, vcc
	.loc	1 80 20                         ; make_fixtures.py:80:20
	ds_read_b128 v[6:9], v7
	ds_read_b128 v[10:13], v0
	v_xad_u32 v0, v14, 64, 0
	v_add_u32_e32 v18, 0, v14
	.loc	1 87 70                         ; make_fixtures.py:87:70
	s_mov_b32 s0, 0x5040100
	.loc	1 80 20                         ; make_fixtures.py:80:20
	ds_read_b128 v[14:17], v0
	ds_read_b128 v[18:21], v18
	.loc	1 87 70                         ; make_fixtures.py:87:70
	v_perm_b32 v27, v24, v25, s0
	v_perm_b32 v26, v26, v35, s0
	v_perm_b32 v25, v55, v56, s0
	v_perm_b32 v24, v57, v58, s0
	v_accvgpr_read_b32 v2, a0
	v_accvgpr_read_b32 v3, a1
	v_accvgpr_read_b32 v4, a2
	v_accvgpr_read_b32 v5, a3
	v_accvgpr_write_b32 a0, v2
	v_perm_b32 v35, v33, v34, s0
	v_perm_b32 v34, v49, v50, s0
	v_perm_b32 v33, v51, v52, s0
	v_perm_b32 v32, v53, v54, s0
	v_accvgpr_write_b32 a1, v3
	v_accvgpr_write_b32 a2, v4
	v_accvgpr_write_b32 a3, v5
	v_perm_b32 v29, v28, v29, s0
	v_perm_b32 v28, v43, v44, s0
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[18:21], a[0:3]
	v_perm_b32 v27, v45, v46, s0
	v_perm_b32 v26, v47, v48, s0
	v_perm_b32 v5, v22, v36, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[32:35], v[14:17], a[0:3]
	v_perm_b32 v4, v37, v38, s0
	v_perm_b32 v3, v39, v40, s0
	v_perm_b32 v2, v41, v42, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[10:13], a[0:3]
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[2:5], v[6:9], a[0:3]
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_lshrrev_b32_e32 v9, 3, v23
	v_or_b32_e32 v1, v9, v1
	.loc	1 73 22 is_stmt 0               ; make_fixtures.py:73:22
	v_or_b32_e32 v9, s13, v1
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_and_b32_e32 v0, 28, v30
	.loc	1 89 33 is_stmt 1               ; make_fixtures.py:89:33
	v_cmp_gt_i32_e32 vcc, s10, v9
	.loc	1 88 21                         ; make_fixtures.py:88:21
	s_mul_i32 s10, s11, s13
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_or_b32_e32 v2, 3, v0
	.loc	1 74 22                         ; make_fixtures.py:74:22
	v_or_b32_e32 v8, s33, v0
	.loc	1 88 39                         ; make_fixtures.py:88:39
	v_mul_lo_u32 v1, s11, v1
	s_add_i32 s10, s10, s33
	.loc	1 74 22                         ; make_fixtures.py:74:22
	v_or_b32_e32 v3, s33, v2
	.loc	1 73 35                         ; make_fixtures.py:73:35
	v_or_b32_e32 v4, 2, v0
	v_or_b32_e32 v6, 1, v0
	.loc	1 89 53                         ; make_fixtures.py:89:53
	v_cmp_gt_i32_e64 s[0:1], s11, v8
	.loc	1 88 39                         ; make_fixtures.py:88:39
	v_add_u32_e32 v1, s10, v1
	.loc	1 74 22                         ; make_fixtures.py:74:22
	v_or_b32_e32 v5, s33, v4
	v_or_b32_e32 v7, s33, v6
	.loc	1 89 53                         ; make_fixtures.py:89:53
	v_cmp_gt_i32_e64 s[6:7], s11, v3
	.loc	1 88 52                         ; make_fixtures.py:88:52
	v_add_lshl_u32 v0, v1, v0, 2
	v_bfrev_b32_e32 v3, 1
	.loc	1 89 39                         ; make_fixtures.py:89:39
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 89 53 is_stmt 0               ; make_fixtures.py:89:53
	v_cmp_gt_i32_e64 s[2:3], s11, v7
	v_cmp_gt_i32_e64 s[4:5], s11, v5
	.loc	1 88 52 is_stmt 1               ; make_fixtures.py:88:52
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_store_dword a0, v0, s[8:11], 0 offen
	v_add_lshl_u32 v0, v1, v6, 2
	.loc	1 89 39                         ; make_fixtures.py:89:39
	s_and_b64 s[0:1], vcc, s[2:3]
	.loc	1 88 52                         ; make_fixtures.py:88:52
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_store_dword a1, v0, s[8:11], 0 offen
	v_add_lshl_u32 v0, v1, v4, 2
	.loc	1 89 39                         ; make_fixtures.py:89:39
	s_and_b64 s[0:1], vcc, s[4:5]
	.loc	1 88 52                         ; make_fixtures.py:88:52
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
	buffer_store_dword a2, v0, s[8:11], 0 offen
	v_add_lshl_u32 v0, v1, v2, 2
	.loc	1 89 39                         ; make_fixtures.py:89:39
	s_and_b64 vcc, vcc, s[6:7]
	.loc	1 88 52                         ; make_fixtures.py:88:52
	v_cndmask_b32_e32 v0, v3, v0, vcc
	buffer_store_dword a3, v0, s[8:11], 0 offen
	.loc	1 88 4 is_stmt 0                ; make_fixtures.py:88:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel dot_scaled_ktail_kernel
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 72
		.amdhsa_next_free_sgpr 48
		.amdhsa_accum_offset 68
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
	.size	dot_scaled_ktail_kernel, .Lfunc_end0-dot_scaled_ktail_kernel
	.cfi_endproc
                                        ; -- End function
	.set dot_scaled_ktail_kernel.num_vgpr, 68
	.set dot_scaled_ktail_kernel.num_agpr, 4
	.set dot_scaled_ktail_kernel.numbered_sgpr, 48
	.set dot_scaled_ktail_kernel.num_named_barrier, 0
	.set dot_scaled_ktail_kernel.private_seg_size, 0
	.set dot_scaled_ktail_kernel.uses_vcc, 1
	.set dot_scaled_ktail_kernel.uses_flat_scratch, 0
	.set dot_scaled_ktail_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_ktail_kernel.has_recursion, 0
	.set dot_scaled_ktail_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3492
; TotalNumSgprs: 54
; NumVgprs: 68
; NumAgprs: 4
; TotalNumVgprs: 72
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 54
; NumVGPRsForWavesPerEU: 72
; AccumOffset: 68
; Occupancy: 7
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 16
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
    .name:           dot_scaled_ktail_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     54
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_ktail_kernel.kd
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
