	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	dot_scaled_kernel               ; -- Begin function dot_scaled_kernel
	.p2align	8
	.type	dot_scaled_kernel,@function
dot_scaled_kernel:                      ; @dot_scaled_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 38 0 prologue_end             ; make_fixtures.py:38:0
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
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 54 48 is_stmt 1               ; make_fixtures.py:54:48
	s_lshr_b32 s2, s12, 31
	s_add_i32 s2, s12, s2
	s_ashr_i32 s4, s2, 1
	s_ashr_i32 s2, s12, 31
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s2, s2, 27
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_and_b32_e32 v16, 15, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s2, s12, s2
	s_mov_b64 s[24:25], s[6:7]
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s6, s16, 5
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_lshlrev_b32_e32 v2, 3, v16
	.loc	1 53 31                         ; make_fixtures.py:53:31
	v_lshrrev_b32_e32 v3, 4, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s10, s2, 5
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mad_u64_u32 v[4:5], s[2:3], s12, v3, v[2:3]
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v5, 1, v4
	v_bfrev_b32_e32 v18, 1
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	s_lshl_b32 s2, s12, 4
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v14, 3, v0
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v17, 3, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_add_lshl_u32 v6, v4, s2, 1
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v1, 31, v0
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_and_b32_e32 v15, 56, v17
	.loc	1 54 28                         ; make_fixtures.py:54:28
	s_mul_i32 s5, s4, s6
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v19, v18, v6, vcc
	buffer_load_dwordx4 v[6:9], v5, s[28:31], 0 offen
	buffer_load_dwordx4 v[10:13], v19, s[28:31], 0 offen
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_mul_lo_u32 v5, s4, v14
	v_add3_u32 v52, v5, v15, s5
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_mul_lo_u32 v53, s10, v1
	.loc	1 55 30 is_stmt 0               ; make_fixtures.py:55:30
	s_mul_i32 s7, s10, s6
	.loc	1 54 20 is_stmt 1               ; make_fixtures.py:54:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_cndmask_b32_e32 v5, v18, v52, vcc
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v54, 1, v53
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[14:15], v5, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v55, 2, v53
	v_add_u32_e32 v56, 3, v53
	v_add_u32_e32 v5, s7, v53
	v_add_u32_e32 v19, s7, v54
	v_add_u32_e32 v20, s7, v55
	v_add_u32_e32 v21, s7, v56
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cndmask_b32_e32 v19, v18, v19, vcc
	buffer_load_ubyte v5, v5, s[8:11], 0 offen
	v_cndmask_b32_e32 v20, v18, v20, vcc
	v_cndmask_b32_e32 v18, v18, v21, vcc
	buffer_load_ubyte v21, v19, s[8:11], 0 offen
	buffer_load_ubyte v22, v20, s[8:11], 0 offen
	buffer_load_ubyte v23, v18, s[8:11], 0 offen
	s_movk_i32 s2, 0xf0
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v19, 4, v0
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_lshrrev_b32_e32 v20, 2, v0
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v18, 32, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v19, v19, v0, s2 bitop3:0x78
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_bitop3_b32 v17, v17, v20, 24 bitop3:0x78
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s14, s12, 0xffffff80
	s_mov_b32 s13, 0
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v46, 3, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v50, 0, v1
	v_lshlrev_b32_e32 v47, 8, v1
	v_lshlrev_b32_e32 v48, 4, v16
	v_lshrrev_b32_e32 v49, 1, v18
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v57, 0, v19
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v58, 0, v17
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s14, 1
	v_lshlrev_b32_e32 v51, 1, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(6)
	ds_write_b128 v57, v[6:9]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v58, v[14:15] offset:8192
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v50, v5 offset:10240
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_write_b128 v57, v[10:13] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(2)
	ds_write_b8 v50, v21 offset:10272
	s_waitcnt vmcnt(1)
	ds_write_b8 v50, v22 offset:10304
	s_waitcnt vmcnt(0)
	ds_write_b8 v50, v23 offset:10336
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_xor_b32_e32 v5, v48, v49
	s_movk_i32 s2, 0x60
	v_bitop3_b32 v9, v5, s2, v47 bitop3:0x36
	s_movk_i32 s2, 0x80
	v_bitop3_b32 v10, v5, s2, v47 bitop3:0x36
	s_movk_i32 s2, 0xa0
	v_bitop3_b32 v11, v5, s2, v47 bitop3:0x36
	s_movk_i32 s2, 0xc0
	v_bitop3_b32 v12, v5, s2, v47 bitop3:0x36
	s_movk_i32 s2, 0xe0
	v_and_b32_e32 v13, 24, v51
	.loc	1 49 26                         ; make_fixtures.py:49:26
	v_or_b32_e32 v3, 16, v3
	v_bitop3_b32 v7, v5, 32, v47 bitop3:0x36
	v_bitop3_b32 v8, v5, 64, v47 bitop3:0x36
	v_bitop3_b32 v5, v5, s2, v47 bitop3:0x36
	v_lshl_or_b32 v13, v1, 6, v13
	v_mad_u64_u32 v[2:3], s[2:3], s12, v3, v[2:3]
	v_or_b32_e32 v14, v13, v46
	v_bitop3_b32 v15, v13, 8, v46 bitop3:0x36
	v_bitop3_b32 v16, v13, 16, v46 bitop3:0x36
	v_bitop3_b32 v13, v13, 24, v46 bitop3:0x36
	v_mov_b32_e32 v3, 0x100
	v_bitop3_b32 v6, v48, v47, v49 bitop3:0xde
	v_lshl_add_u32 v59, v2, 1, v3
	v_lshl_add_u32 v60, v4, 1, v3
	v_add_u32_e32 v68, 0, v5
	v_add_u32_e32 v2, 0, v14
	v_add_u32_e32 v3, 0, v15
	v_add_u32_e32 v4, 0, v16
	v_add_u32_e32 v5, 0, v13
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
	v_add_u32_e32 v61, 0, v6
	v_add_u32_e32 v62, 0, v7
	v_add_u32_e32 v63, 0, v8
	v_add_u32_e32 v64, 0, v9
	v_add_u32_e32 v65, 0, v10
	v_add_u32_e32 v66, 0, v11
	v_add_u32_e32 v67, 0, v12
	s_movk_i32 s15, 0xff
	v_mov_b32_e32 v69, 0x7fc0
	s_mov_b32 s16, 0x5040100
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_add_u32_e32 v70, 0x2000, v2
	v_add_u32_e32 v71, 0x2000, v3
	v_add_u32_e32 v72, 0x2000, v4
	v_add_u32_e32 v73, 0x2000, v5
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[2:5], v60, s[28:31], 0 offen
	buffer_load_dwordx4 v[6:9], v59, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[34:37], v61
	ds_read_b128 v[26:29], v62
	ds_read_b128 v[10:13], v63
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[42:43], v70 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v76, v50 offset:10240
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[44:45], v71 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v77, v50 offset:10272
	ds_read_u8 v75, v50 offset:10304
	ds_read_u8 v74, v50 offset:10336
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[14:17], v64
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[80:81], v72 offset1:8
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[18:21], v65
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[82:83], v73 offset1:8
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[22:25], v66
	ds_read_b128 v[30:33], v67
	ds_read_b128 v[38:41], v68
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt lgkmcnt(11)
	v_lshlrev_b32_e32 v84, 23, v76
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v78, v42, v84 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u32_e64 s[2:3], s15, v76
	s_waitcnt lgkmcnt(9)
	v_lshlrev_b32_e32 v85, 23, v77
	v_cmp_eq_u32_e32 vcc, s15, v77
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v76, v42, v84
	v_cvt_scalef32_pk_bf16_fp4 v77, v42, v84 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v42, v42, v84 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v79, 16, v78
	v_lshrrev_b32_e32 v88, 16, v42
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v78, v78, v69, s[2:3]
	v_cndmask_b32_e64 v89, v79, v69, s[2:3]
	v_cndmask_b32_e64 v79, v88, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v78, v89, v78, s16
	v_lshrrev_b32_e32 v88, 16, v77
	v_lshrrev_b32_e32 v89, 16, v76
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v42, v42, v69, s[2:3]
	v_cndmask_b32_e64 v77, v77, v69, s[2:3]
	v_cndmask_b32_e64 v88, v88, v69, s[2:3]
	v_cndmask_b32_e64 v76, v76, v69, s[2:3]
	v_cndmask_b32_e64 v89, v89, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v79, v79, v42, s16
	v_perm_b32 v77, v88, v77, s16
	v_perm_b32 v76, v89, v76, s16
	v_cvt_scalef32_pk_bf16_fp4 v89, v44, v84 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v42, v44, v84
	v_cvt_scalef32_pk_bf16_fp4 v88, v44, v84 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v44, v44, v84 op_sel:[1,1,0]
	v_mfma_f32_32x32x16_bf16 a[0:15], v[76:79], v[34:37], a[0:15]
	v_lshrrev_b32_e32 v34, 16, v89
	v_lshrrev_b32_e32 v35, 16, v44
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v36, v89, v69, s[2:3]
	v_cndmask_b32_e64 v34, v34, v69, s[2:3]
	v_cndmask_b32_e64 v37, v44, v69, s[2:3]
	v_cndmask_b32_e64 v35, v35, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v36, v34, v36, s16
	v_lshrrev_b32_e32 v34, 16, v88
	v_perm_b32 v37, v35, v37, s16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v35, v88, v69, s[2:3]
	v_cndmask_b32_e64 v34, v34, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v35, v34, v35, s16
	v_lshrrev_b32_e32 v34, 16, v42
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v42, v42, v69, s[2:3]
	v_cndmask_b32_e64 v34, v34, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v34, v34, v42, s16
	s_waitcnt lgkmcnt(5)
	v_cvt_scalef32_pk_bf16_fp4 v77, v80, v85 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v76, v80, v85 op_sel:[0,1,0]
	v_mfma_f32_32x32x16_bf16 a[0:15], v[34:37], v[26:29], a[0:15]
	v_lshrrev_b32_e32 v27, 16, v77
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_addk_i32 s13, 0x80
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v78, v80, v85 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v26, 16, v76
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v29, v77, v69, vcc
	v_cndmask_b32_e32 v27, v27, v69, vcc
	.loc	1 51 19                         ; make_fixtures.py:51:19
	s_ashr_i32 s4, s13, 1
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v84, v80, v85
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v28, v76, v69, vcc
	v_cndmask_b32_e32 v26, v26, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v29, v27, v29, s16
	v_lshrrev_b32_e32 v27, 16, v78
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s5, s13, 5
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v28, v26, v28, s16
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v26, s4, v52
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v34, v78, v69, vcc
	v_cndmask_b32_e32 v27, v27, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v76, 16, v84
	.loc	1 55 56                         ; make_fixtures.py:55:56
	s_add_i32 s17, s5, s7
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v27, v27, v34, s16
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[34:35], v26, s[24:27], 0 offen
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v26, v84, v69, vcc
	v_cndmask_b32_e32 v76, v76, v69, vcc
	v_lshlrev_b32_e32 v86, 23, v75
	v_lshlrev_b32_e32 v87, 23, v74
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v26, v76, v26, s16
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v76, s17, v53
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(3)
	v_cvt_scalef32_pk_bf16_fp4 v79, v82, v85 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v44, v82, v85 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v80, v43, v86
	v_cvt_scalef32_pk_bf16_fp4 v42, v43, v86 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v88, v43, v86 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v43, v43, v86 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v89, v82, v85 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v82, v82, v85
	v_cvt_scalef32_pk_bf16_fp4 v36, v81, v87
	v_cvt_scalef32_pk_bf16_fp4 v37, v45, v86
	v_cvt_scalef32_pk_bf16_fp4 v85, v45, v86 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v90, v45, v86 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v45, v45, v86 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v86, v81, v87 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v91, v81, v87 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v81, v81, v87 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v92, v83, v87
	v_cvt_scalef32_pk_bf16_fp4 v93, v83, v87 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v94, v83, v87 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v83, v83, v87 op_sel:[1,1,0]
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v77, s17, v54
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	v_cmp_eq_u32_e64 s[4:5], s15, v75
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v75, s17, v55
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u32_e64 s[2:3], s15, v74
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v74, s17, v56
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v78, v76, s[8:11], 0 offen
	buffer_load_ubyte v84, v77, s[8:11], 0 offen
	buffer_load_ubyte v87, v75, s[8:11], 0 offen
	buffer_load_ubyte v95, v74, s[8:11], 0 offen
	.loc	1 57 72 is_stmt 1               ; make_fixtures.py:57:72
	v_mfma_f32_32x32x16_bf16 a[0:15], v[26:29], v[10:13], a[0:15]
	v_lshrrev_b32_e32 v10, 16, v79
	v_lshrrev_b32_e32 v11, 16, v44
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v12, v79, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v26, 16, v89
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v10, v10, v69, vcc
	v_cndmask_b32_e32 v13, v44, v69, vcc
	v_cndmask_b32_e32 v27, v89, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v28, 16, v82
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v11, v11, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v12, v10, v12, s16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v10, v26, v69, vcc
	v_cndmask_b32_e32 v29, v82, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v13, v11, v13, s16
	v_perm_b32 v11, v10, v27, s16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v10, v28, v69, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v10, v10, v29, s16
	v_lshrrev_b32_e32 v44, 16, v42
	v_lshrrev_b32_e32 v74, 16, v88
	v_mfma_f32_32x32x16_bf16 a[0:15], v[10:13], v[14:17], a[0:15]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v42, v42, v69, s[4:5]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v77, 16, v43
	v_lshrrev_b32_e32 v79, 16, v80
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v10, v44, v69, s[4:5]
	v_cndmask_b32_e64 v75, v80, v69, s[4:5]
	v_cndmask_b32_e64 v76, v88, v69, s[4:5]
	v_cndmask_b32_e64 v43, v43, v69, s[4:5]
	v_cndmask_b32_e64 v11, v74, v69, s[4:5]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v12, v10, v42, s16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v10, v77, v69, s[4:5]
	v_cndmask_b32_e64 v77, v79, v69, s[4:5]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v13, v11, v76, s16
	v_perm_b32 v11, v10, v43, s16
	v_perm_b32 v10, v77, v75, s16
	v_lshrrev_b32_e32 v26, 16, v90
	v_lshrrev_b32_e32 v27, 16, v45
	v_mfma_f32_32x32x16_bf16 a[0:15], v[10:13], v[18:21], a[0:15]
	v_lshrrev_b32_e32 v28, 16, v37
	v_lshrrev_b32_e32 v29, 16, v85
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v80, v90, v69, s[4:5]
	v_cndmask_b32_e64 v45, v45, v69, s[4:5]
	v_cndmask_b32_e64 v37, v37, v69, s[4:5]
	v_cndmask_b32_e64 v82, v85, v69, s[4:5]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v14, 16, v91
	v_lshrrev_b32_e32 v15, 16, v81
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v26, v26, v69, s[4:5]
	v_cndmask_b32_e64 v27, v27, v69, s[4:5]
	v_cndmask_b32_e64 v28, v28, v69, s[4:5]
	v_cndmask_b32_e64 v29, v29, v69, s[4:5]
	v_cndmask_b32_e64 v43, v14, v69, s[2:3]
	v_cndmask_b32_e64 v75, v15, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v15, v27, v45, s16
	v_perm_b32 v14, v26, v80, s16
	v_perm_b32 v13, v29, v82, s16
	v_perm_b32 v12, v28, v37, s16
	v_lshrrev_b32_e32 v16, 16, v36
	v_lshrrev_b32_e32 v17, 16, v86
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[12:15], v[22:25], a[0:15]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v36, v36, v69, s[2:3]
	v_cndmask_b32_e64 v88, v91, v69, s[2:3]
	v_cndmask_b32_e64 v81, v81, v69, s[2:3]
	v_cndmask_b32_e64 v44, v86, v69, s[2:3]
	v_cndmask_b32_e64 v10, v17, v69, s[2:3]
	v_cndmask_b32_e64 v11, v16, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v17, v75, v81, s16
	v_perm_b32 v16, v43, v88, s16
	v_perm_b32 v15, v10, v44, s16
	v_perm_b32 v14, v11, v36, s16
	v_lshrrev_b32_e32 v85, 16, v92
	v_lshrrev_b32_e32 v89, 16, v93
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[14:17], v[30:33], a[0:15]
	v_lshrrev_b32_e32 v42, 16, v94
	v_lshrrev_b32_e32 v74, 16, v83
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v76, v92, v69, s[2:3]
	v_cndmask_b32_e64 v86, v93, v69, s[2:3]
	v_cndmask_b32_e64 v90, v94, v69, s[2:3]
	v_cndmask_b32_e64 v83, v83, v69, s[2:3]
	v_cndmask_b32_e64 v18, v85, v69, s[2:3]
	v_cndmask_b32_e64 v10, v89, v69, s[2:3]
	v_cndmask_b32_e64 v11, v42, v69, s[2:3]
	v_cndmask_b32_e64 v12, v74, v69, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v13, v12, v83, s16
	v_perm_b32 v12, v11, v90, s16
	v_perm_b32 v11, v10, v86, s16
	v_perm_b32 v10, v18, v76, s16
	.loc	1 49 26                         ; make_fixtures.py:49:26
	v_add_u32_e32 v59, 0x100, v59
	v_add_u32_e32 v60, 0x100, v60
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[10:13], v[38:41], a[0:15]
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s13, s14
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(6)
	ds_write_b128 v57, v[2:5]
	s_waitcnt vmcnt(5)
	ds_write_b128 v57, v[6:9] offset:4096
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v58, v[34:35] offset:8192
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v50, v78 offset:10240
	s_waitcnt vmcnt(2)
	ds_write_b8 v50, v84 offset:10272
	s_waitcnt vmcnt(1)
	ds_write_b8 v50, v87 offset:10304
	s_waitcnt vmcnt(0)
	ds_write_b8 v50, v95 offset:10336
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
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
	v_accvgpr_write_b32 a15, 0
.LBB0_4:                                ; %._crit_edge
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_addk_i32 s12, 0x7f
	s_movk_i32 s4, 0x80
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	v_lshlrev_b32_e32 v18, 6, v1
	v_and_b32_e32 v19, 24, v51
	v_or3_b32 v24, v18, v19, v46
	v_xad_u32 v18, v24, 24, 0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v20, v50 offset:10336
	ds_read_u8 v25, v50 offset:10304
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_add_u32_e32 v18, 0x2000, v18
	ds_read2_b32 v[18:19], v18 offset1:8
	s_movk_i32 s5, 0xff
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_e32 v22, 23, v20
	v_mov_b32_e32 v32, 0x7fc0
	v_cmp_eq_u32_e32 vcc, s5, v20
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v21, v19, v22 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v20, v19, v22 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v23, 16, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v34, v21, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v20
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v36, v20, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_xad_u32 v20, v24, 16, 0
	v_add_u32_e32 v20, 0x2000, v20
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v35, v21, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[20:21], v20 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v33, v23, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v23, v19, v22 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v19, v22
	v_lshrrev_b32_e32 v26, 16, v23
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v19, v21, v22 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v38, v23, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v23, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v41, v19, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v21, v22 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v40, v23, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v23, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v43, v19, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v21, v22 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v42, v23, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v23, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v45, v19, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v21, v22
	v_lshrrev_b32_e32 v21, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v51, v21, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_xad_u32 v21, v24, 8, 0
	v_add_u32_e32 v21, 0x2000, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v44, v23, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[22:23], v21 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v37, v26, v32, vcc
	v_lshlrev_b32_e32 v26, 23, v25
	v_cmp_eq_u32_e64 s[2:3], s5, v25
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_add_u32_e32 v24, 0, v24
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v27, v23, v26 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v25, v23, v26 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v28, 16, v27
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v53, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v25
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v55, v25, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v25, v23, v26 op_sel:[1,0,0]
	v_add_u32_e32 v24, 0x2000, v24
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v52, v19, v32, vcc
	ds_read_u8 v19, v50 offset:10240
	ds_read_u8 v21, v50 offset:10272
	v_cndmask_b32_e64 v54, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v25
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v57, v25, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[24:25], v24 offset1:8
	v_cvt_scalef32_pk_bf16_fp4 v23, v23, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v56, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v59, v23, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v23, v25, v26 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v58, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v61, v23, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v23, v25, v26 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v60, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v63, v23, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v23, v25, v26 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v62, v27, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v65, v23, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v23, v25, v26
	v_lshrrev_b32_e32 v25, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v67, v23, v32, s[2:3]
	v_lshlrev_b32_e32 v23, 23, v21
	v_cndmask_b32_e64 v50, v28, v32, s[2:3]
	v_cndmask_b32_e64 v64, v27, v32, s[2:3]
	v_cndmask_b32_e64 v66, v25, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v25, v18, v23 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u32_e64 s[2:3], s5, v21
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v21, v18, v23 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v26, 16, v25
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v69, v25, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v25, 16, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v71, v21, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v21, v18, v23 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v18, v18, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v70, v25, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v25, 16, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v73, v21, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v75, v18, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v20, v23 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v74, v21, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v77, v18, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v20, v23 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v76, v21, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v79, v18, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v20, v23 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v78, v21, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v81, v18, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v20, v23
	v_lshrrev_b32_e32 v20, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v83, v18, v32, s[2:3]
	v_lshlrev_b32_e32 v18, 23, v19
	v_cndmask_b32_e64 v68, v26, v32, s[2:3]
	v_cndmask_b32_e64 v72, v25, v32, s[2:3]
	v_cndmask_b32_e64 v80, v21, v32, s[2:3]
	v_cndmask_b32_e64 v82, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v20, v22, v18 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u32_e64 s[2:3], s5, v19
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v22, v18 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v21, 16, v20
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v31, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v85, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v22, v18 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v84, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v87, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v22, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v86, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v89, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v24, v18 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v88, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v27, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v24, v18 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v26, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v90, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v19, v24, v18 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v18, v24, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v28, v20, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v92, v19, v32, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v19, 16, v18
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v95, v48, v49
	v_bitop3_b32 v48, v48, v47, v49 bitop3:0xde
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v91, v20, v32, s[2:3]
	v_cndmask_b32_e64 v93, v19, v32, s[2:3]
	v_cndmask_b32_e64 v94, v18, v32, s[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xad_u32 v18, v48, 32, 0
	v_add_u32_e32 v22, 0, v48
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_mov_b32 s5, 0x5040100
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v30, v21, v32, s[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[18:21], v18
	ds_read_b128 v[22:25], v22
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v29, v26, v27, s5
	v_perm_b32 v28, v28, v90, s5
	v_perm_b32 v27, v91, v92, s5
	v_perm_b32 v26, v93, v94, s5
	v_accvgpr_read_b32 v2, a0
	v_accvgpr_read_b32 v3, a1
	v_accvgpr_read_b32 v4, a2
	v_accvgpr_read_b32 v5, a3
	v_accvgpr_read_b32 v6, a4
	v_accvgpr_read_b32 v7, a5
	v_accvgpr_read_b32 v8, a6
	v_accvgpr_read_b32 v9, a7
	v_accvgpr_read_b32 v10, a8
	v_accvgpr_read_b32 v11, a9
	v_accvgpr_read_b32 v12, a10
	v_accvgpr_read_b32 v13, a11
	v_accvgpr_read_b32 v14, a12
	v_accvgpr_read_b32 v15, a13
	v_accvgpr_read_b32 v16, a14
	v_accvgpr_read_b32 v17, a15
	v_accvgpr_write_b32 a0, v2
	v_accvgpr_write_b32 a1, v3
	v_accvgpr_write_b32 a2, v4
	v_accvgpr_write_b32 a3, v5
	v_accvgpr_write_b32 a4, v6
	v_accvgpr_write_b32 a5, v7
	v_accvgpr_write_b32 a6, v8
	v_accvgpr_write_b32 a7, v9
	v_accvgpr_write_b32 a8, v10
	v_accvgpr_write_b32 a9, v11
	v_accvgpr_write_b32 a10, v12
	v_accvgpr_write_b32 a11, v13
	v_accvgpr_write_b32 a12, v14
	v_accvgpr_write_b32 a13, v15
	v_accvgpr_write_b32 a14, v16
	v_accvgpr_write_b32 a15, v17
	v_perm_b32 v31, v30, v31, s5
	v_perm_b32 v30, v84, v85, s5
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[26:29], v[22:25], a[0:15]
	v_perm_b32 v29, v86, v87, s5
	v_perm_b32 v28, v88, v89, s5
	s_movk_i32 s3, 0x60
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v90, v95, s3, v47 bitop3:0x36
	v_add_u32_e32 v90, 0, v90
	v_xad_u32 v6, v48, 64, 0
	ds_read_b128 v[2:5], v90
	ds_read_b128 v[6:9], v6
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_32x32x16_bf16 a[0:15], v[28:31], v[18:21], a[0:15]
	v_perm_b32 v13, v76, v77, s5
	v_perm_b32 v12, v78, v79, s5
	v_perm_b32 v11, v80, v81, s5
	v_perm_b32 v10, v82, v83, s5
	s_movk_i32 s2, 0xe0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v49, v95, s2, v47 bitop3:0x36
	s_movk_i32 s2, 0xa0
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[10:13], v[6:9], a[0:15]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v14, v95, s2, v47 bitop3:0x36
	v_add_u32_e32 v16, 0, v14
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v15, v68, v69, s5
	v_perm_b32 v14, v70, v71, s5
	v_perm_b32 v13, v72, v73, s5
	v_perm_b32 v12, v74, v75, s5
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v17, v95, s4, v47 bitop3:0x36
	v_add_u32_e32 v10, 0, v17
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_32x32x16_bf16 a[0:15], v[12:15], v[2:5], a[0:15]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[6:9], v16
	ds_read_b128 v[16:19], v10
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v60, v61, s5
	v_perm_b32 v22, v62, v63, s5
	v_perm_b32 v21, v64, v65, s5
	v_perm_b32 v20, v66, v67, s5
	v_perm_b32 v5, v50, v53, s5
	v_perm_b32 v4, v54, v55, s5
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[20:23], v[16:19], a[0:15]
	v_perm_b32 v3, v56, v57, s5
	v_perm_b32 v2, v58, v59, s5
	s_movk_i32 s2, 0xc0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v11, v95, s2, v47 bitop3:0x36
	v_add_u32_e32 v10, 0, v49
	v_add_u32_e32 v14, 0, v11
	ds_read_b128 v[10:13], v10
	ds_read_b128 v[14:17], v14
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_32x32x16_bf16 a[0:15], v[2:5], v[6:9], a[0:15]
	v_perm_b32 v21, v40, v41, s5
	v_perm_b32 v20, v42, v43, s5
	v_perm_b32 v19, v44, v45, s5
	v_perm_b32 v18, v51, v52, s5
	v_lshrrev_b32_e32 v2, 16, v39
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v2, v2, v32, vcc
	v_cndmask_b32_e32 v6, v39, v32, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[18:21], v[14:17], a[0:15]
	v_perm_b32 v5, v33, v34, s5
	v_perm_b32 v4, v35, v36, s5
	v_perm_b32 v3, v37, v38, s5
	v_perm_b32 v2, v2, v6, s5
	s_nop 1
	v_mfma_f32_32x32x16_bf16 a[0:15], v[2:5], v[10:13], a[0:15]
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 63 is_stmt 0               ; make_fixtures.py:61:63
	v_or_b32_e32 v2, s6, v46
	.loc	1 62 13 is_stmt 1               ; make_fixtures.py:62:13
	v_and_b32_e32 v0, 0xc0, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_b32 s21, s21, 0xffff
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, s0, v1
	v_lshlrev_b32_e32 v1, 5, v1
	v_add_lshl_u32 v1, v2, v1, 2
	.loc	1 62 13                         ; make_fixtures.py:62:13
	v_bfrev_b32_e32 v2, 1
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v0, v2, v1, vcc
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
	v_add_u32_e32 v0, 32, v1
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 a[4:7], v0, s[20:23], 0 offen
	v_add_u32_e32 v0, 64, v1
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 a[8:11], v0, s[20:23], 0 offen
	v_add_u32_e32 v0, 0x60, v1
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 a[12:15], v0, s[20:23], 0 offen
	.loc	1 61 4                          ; make_fixtures.py:61:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel dot_scaled_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 320
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
		.amdhsa_next_free_vgpr 112
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 96
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
	.size	dot_scaled_kernel, .Lfunc_end0-dot_scaled_kernel
	.cfi_endproc
                                        ; -- End function
	.set dot_scaled_kernel.num_vgpr, 96
	.set dot_scaled_kernel.num_agpr, 16
	.set dot_scaled_kernel.numbered_sgpr, 32
	.set dot_scaled_kernel.num_named_barrier, 0
	.set dot_scaled_kernel.private_seg_size, 0
	.set dot_scaled_kernel.uses_vcc, 1
	.set dot_scaled_kernel.uses_flat_scratch, 0
	.set dot_scaled_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_kernel.has_recursion, 0
	.set dot_scaled_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4828
; TotalNumSgprs: 38
; NumVgprs: 96
; NumAgprs: 16
; TotalNumVgprs: 112
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 13
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 112
; AccumOffset: 96
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 23
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
      - .offset:         64
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         68
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         72
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         76
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         78
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         80
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         82
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         84
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         86
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         104
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         112
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         120
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         128
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         184
        .size:           4
        .value_kind:     hidden_dynamic_lds_size
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 320
    .max_flat_workgroup_size: 256
    .name:           dot_scaled_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     112
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
