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
	s_mov_b64 s[24:25], s[6:7]
.Ltmp1:
	.loc	1 53 48 is_stmt 1               ; make_fixtures.py:53:48
	s_ashr_i32 s6, s12, 31
	s_mov_b64 s[28:29], s[2:3]
	s_lshr_b32 s2, s12, 31
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s6, s6, 27
	.loc	1 53 48                         ; make_fixtures.py:53:48
	s_add_i32 s2, s12, s2
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s6, s12, s6
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s13, s16, 5
	.loc	1 53 48                         ; make_fixtures.py:53:48
	s_ashr_i32 s2, s2, 1
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s6, s6, 5
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_and_b32_e32 v4, 7, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mul_lo_u32 v5, s2, v1
	v_lshl_add_u32 v37, v4, 3, v5
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	s_lshl_b32 s2, s2, 3
	v_add_u32_e32 v38, s2, v37
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_bfrev_b32_e32 v30, 1
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v39, s2, v38
	.loc	1 51 40 is_stmt 1               ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v2, 4, v4
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v40, s2, v39
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e32 v4, v30, v37, vcc
	.loc	1 54 28 is_stmt 1               ; make_fixtures.py:54:28
	s_mul_i32 s3, s12, s13
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v5, v30, v38, vcc
	v_cndmask_b32_e32 v6, v30, v39, vcc
	v_cndmask_b32_e32 v7, v30, v40, vcc
	buffer_load_dwordx2 v[22:23], v4, s[28:31], 0 offen
	buffer_load_dwordx2 v[24:25], v5, s[28:31], 0 offen
	buffer_load_dwordx2 v[26:27], v6, s[28:31], 0 offen
	buffer_load_dwordx2 v[28:29], v7, s[28:31], 0 offen
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_mul_lo_u32 v4, s12, v1
	s_lshl_b32 s2, s12, 3
	v_add3_u32 v4, v4, v2, s3
	v_add_u32_e32 v5, s2, v4
	v_add_u32_e32 v12, s2, v5
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v3, 2, v0
	.loc	1 52 37                         ; make_fixtures.py:52:37
	v_and_b32_e32 v16, 3, v0
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v13, s2, v12
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_cndmask_b32_e32 v14, v30, v4, vcc
	v_cndmask_b32_e32 v15, v30, v5, vcc
	v_cndmask_b32_e32 v17, v30, v12, vcc
	.loc	1 55 30 is_stmt 1               ; make_fixtures.py:55:30
	s_mul_i32 s14, s6, s13
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[4:7], v14, s[24:27], 0 offen
	buffer_load_dwordx4 v[8:11], v15, s[24:27], 0 offen
	v_cndmask_b32_e32 v31, v30, v13, vcc
	buffer_load_dwordx4 v[12:15], v17, s[24:27], 0 offen
	buffer_load_dwordx4 v[18:21], v31, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_mad_u64_u32 v[16:17], s[2:3], s6, v3, v[16:17]
	v_lshl_add_u32 v44, s6, 4, v16
	v_add_u32_e32 v3, s14, v16
	s_mov_b64 s[20:21], s[10:11]
	v_add_u32_e32 v17, s14, v44
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_cndmask_b32_e32 v3, v30, v3, vcc
	v_cndmask_b32_e32 v17, v30, v17, vcc
	buffer_load_ubyte v31, v3, s[8:11], 0 offen
	buffer_load_ubyte v32, v17, s[8:11], 0 offen
	.loc	1 59 25 is_stmt 1               ; make_fixtures.py:59:25
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v3, v30, v16, vcc
	v_cndmask_b32_e32 v17, v30, v44, vcc
	buffer_load_ubyte v30, v3, s[4:7], 0 offen
	buffer_load_ubyte v33, v17, s[4:7], 0 offen
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_bfe_i32 v35, v0, 5, 1
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_and_b32_e32 v17, 31, v0
	v_lshlrev_b32_e32 v36, 3, v17
	v_and_b32_e32 v35, 0x104, v35
	v_or_b32_e32 v41, v35, v36
	v_bitop3_b32 v42, v35, 4, v36 bitop3:0x36
	v_add_u32_e32 v45, 0, v41
	v_add_u32_e32 v46, 0, v42
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v3, 32, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s15, s12, 0xffffff80
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v34, 3, v3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v53, 0, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s15, 1
	v_lshlrev_b32_e32 v41, 7, v17
	v_lshlrev_b32_e32 v42, 2, v0
	v_lshrrev_b32_e32 v43, 2, v3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(9)
	ds_write2st64_b32 v45, v22, v26 offset0:16 offset1:20
	ds_write2st64_b32 v46, v23, v27 offset0:16 offset1:20
	v_bitop3_b32 v22, v35, 8, v36 bitop3:0x36
	v_add_u32_e32 v47, 0, v22
	v_bitop3_b32 v22, v35, 12, v36 bitop3:0x36
	v_add_u32_e32 v48, 0, v22
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_lshlrev_b32_e32 v22, 4, v0
	v_lshrrev_b32_e32 v23, 1, v0
	v_bitop3_b32 v22, v22, v23, 24 bitop3:0x78
	v_add_u32_e32 v49, 0, v22
	v_lshlrev_b32_e32 v35, 6, v17
	v_and_b32_e32 v36, 12, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(8)
	ds_write2st64_b32 v47, v24, v28 offset0:18 offset1:22
	ds_write2st64_b32 v48, v25, v29 offset0:18 offset1:22
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(5)
	ds_write2st64_b64 v49, v[4:5], v[12:13] offset1:4
	v_xor_b32_e32 v4, 8, v22
	v_add_u32_e32 v50, 0, v4
	v_xor_b32_e32 v4, 32, v22
	v_add_u32_e32 v51, 0, v4
	v_xor_b32_e32 v4, 40, v22
	v_add_u32_e32 v52, 0, v4
	ds_write2st64_b64 v50, v[6:7], v[14:15] offset1:4
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v51, v[8:9], v[18:19] offset0:2 offset1:6
	ds_write2st64_b64 v52, v[10:11], v[20:21] offset0:2 offset1:6
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v53, v31 offset:6272
	s_waitcnt vmcnt(2)
	ds_write_b8 v53, v32 offset:6336
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(1)
	ds_write_b8 v53, v30 offset:6144
	s_waitcnt vmcnt(0)
	ds_write_b8 v53, v33 offset:6208
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	v_add_u32_e32 v1, s13, v1
	v_bitop3_b32 v3, v34, v35, v36 bitop3:0xde
	v_add_u32_e32 v9, 24, v1
	v_bitop3_b32 v0, v34, v0, 12 bitop3:0x78
	v_mad_u64_u32 v[18:19], s[2:3], s12, v9, v[2:3]
	v_add_u32_e32 v9, 16, v1
	v_bitop3_b32 v0, v0, 8, v35 bitop3:0x36
	v_and_b32_e32 v4, 56, v42
	v_bitop3_b32 v5, v42, v43, 56 bitop3:0x6c
	v_lshlrev_b32_e32 v8, 2, v17
	v_mad_u64_u32 v[20:21], s[2:3], s12, v9, v[2:3]
	v_add_u32_e32 v9, 8, v1
	v_bitop3_b32 v4, v4, v41, v43 bitop3:0xde
	v_bitop3_b32 v6, v5, 16, v41 bitop3:0x36
	v_bitop3_b32 v7, v5, 32, v41 bitop3:0x36
	v_bitop3_b32 v5, v5, 48, v41 bitop3:0x36
	v_mad_u64_u32 v[22:23], s[2:3], s12, v9, v[2:3]
	v_mad_u64_u32 v[24:25], s[2:3], s12, v1, v[2:3]
	v_add_u32_e32 v21, 0, v0
	v_add_u32_e32 v0, 0, v8
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
	s_movk_i32 s16, 0x80
	v_add_u32_e32 v19, 0, v3
	v_add_u32_e32 v23, 0, v4
	v_add_u32_e32 v25, 0, v6
	v_add_u32_e32 v54, 0, v7
	v_add_u32_e32 v55, 0, v5
	s_movk_i32 s17, 0xff
	s_mov_b32 s18, 0x5040100
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_add_u32_e32 v56, 0x1800, v0
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_mov_b32_e32 v57, 23
	v_mov_b32_e32 v58, 0x7fc0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 50 19                         ; make_fixtures.py:50:19
	s_ashr_i32 s2, s16, 1
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v0, s2, v37
	v_add_u32_e32 v1, s2, v38
	v_add_u32_e32 v2, s2, v39
	v_add_u32_e32 v3, s2, v40
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_add_u32_e32 v59, 0x1000, v19
	buffer_load_dwordx2 v[30:31], v0, s[28:31], 0 offen
	buffer_load_dwordx2 v[26:27], v1, s[28:31], 0 offen
	buffer_load_dwordx2 v[32:33], v2, s[28:31], 0 offen
	buffer_load_dwordx2 v[28:29], v3, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	ds_read2_b32 v[12:13], v56 offset1:32
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[14:15], v59 offset1:4
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read2_b64 v[0:3], v23 offset1:8
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v72, 0x1000, v21
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s19, s16, 5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_sdwa v60, v57, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_fp4 v5, v14, v60 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v14, v60 op_sel:[1,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v12, s17 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v7, 16, v5
	v_lshrrev_b32_e32 v8, 16, v6
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v6, v6, v58, vcc
	v_cndmask_b32_e32 v10, v7, v58, vcc
	v_cndmask_b32_e32 v7, v8, v58, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v61, v57, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v6, s18
	v_perm_b32 v6, v10, v5, s18
	v_cvt_scalef32_pk_bf16_fp4 v5, v14, v60 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v4, v14, v60
	v_lshrrev_b32_e32 v8, 16, v5
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v10, v1, v61
	v_cvt_scalef32_pk_bf16_bf8 v1, v1, v61 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v9, v4, v58, vcc
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v8, v8, v58, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa s[2:3], v13, s17 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v4, 16, v4
	v_lshrrev_b32_e32 v11, 16, v1
	v_perm_b32 v5, v8, v5, s18
	v_cvt_scalef32_pk_bf16_bf8 v8, v0, v61
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v58, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	v_cndmask_b32_e64 v11, v11, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v0, v0, v61 op_sel:[1,0,0]
	v_perm_b32 v4, v4, v9, s18
	v_lshrrev_b32_e32 v9, 16, v10
	v_perm_b32 v11, v11, v1, s18
	v_lshrrev_b32_e32 v1, 16, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v10, v10, v58, s[2:3]
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v10, v9, v10, s18
	v_perm_b32 v9, v1, v0, s18
	v_lshrrev_b32_e32 v0, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v14, v8, v58, s[2:3]
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v8, v0, v14, s18
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[0:1], v72 offset1:4
	.loc	1 55 56                         ; make_fixtures.py:55:56
	s_add_i32 s22, s19, s14
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_32x32x16_bf16 a[0:15], v[8:11], v[4:7], a[0:15]
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v4, v0, v60 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v5, v0, v60 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v6, 16, v4
	ds_read2_b64 v[8:11], v25 offset1:8
	v_lshrrev_b32_e32 v7, 16, v5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v58, vcc
	v_cndmask_b32_e32 v6, v6, v58, vcc
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v7, v7, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v6, v6, v4, s18
	v_cvt_scalef32_pk_bf16_fp4 v4, v0, v60 op_sel:[1,0,0]
	v_perm_b32 v7, v7, v5, s18
	v_lshrrev_b32_e32 v5, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v58, vcc
	v_cndmask_b32_e32 v5, v5, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v5, v4, s18
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v4, v9, v61
	v_lshrrev_b32_e32 v14, 16, v4
	v_cvt_scalef32_pk_bf16_bf8 v9, v9, v61 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v4, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v62, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v14, v14, v58, s[2:3]
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	v_cndmask_b32_e64 v62, v62, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v64, v14, v4, s18
	v_cvt_scalef32_pk_bf16_bf8 v4, v8, v61 op_sel:[1,0,0]
	v_perm_b32 v65, v62, v9, s18
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v4, v58, s[2:3]
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v63, v9, v4, s18
	v_cvt_scalef32_pk_bf16_bf8 v4, v8, v61
	v_lshrrev_b32_e32 v8, 16, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v4, v58, s[2:3]
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v62, v8, v4, s18
	v_cvt_scalef32_pk_bf16_fp4 v0, v0, v60
	v_lshrrev_b32_e32 v4, 16, v0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v58, vcc
	v_cndmask_b32_e32 v4, v4, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v4, v0, s18
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshrrev_b32_e32 v0, 8, v12
	v_cmp_eq_u16_sdwa vcc, v0, s17 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_32x32x16_bf16 a[0:15], v[62:65], v[4:7], a[0:15]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v4, 15, v12
	v_and_b32_e32 v8, 0x7f800000, v4
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v0, v15, v8 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v15, v8 op_sel:[1,1,0]
	ds_read2_b64 v[60:63], v54 offset1:8
	v_lshrrev_b32_e32 v5, 16, v0
	v_lshrrev_b32_e32 v7, 16, v6
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v58, vcc
	v_cndmask_b32_e32 v6, v6, v58, vcc
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v7, v7, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v6, s18
	v_perm_b32 v6, v5, v0, s18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v0, 15, v13
	v_and_b32_e32 v0, 0x7f800000, v0
	v_lshrrev_b32_e32 v5, 8, v13
	v_cmp_eq_u16_sdwa s[2:3], v5, s17 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v5, v61, v0
	v_lshrrev_b32_e32 v64, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	v_cndmask_b32_e64 v64, v64, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v61, v61, v0 op_sel:[1,0,0]
	v_perm_b32 v66, v64, v5, s18
	v_cvt_scalef32_pk_bf16_bf8 v5, v60, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v14, v60, v0
	v_lshrrev_b32_e32 v65, 16, v61
	v_lshrrev_b32_e32 v60, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v61, v61, v58, s[2:3]
	v_cndmask_b32_e64 v65, v65, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	v_cndmask_b32_e64 v60, v60, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v67, v65, v61, s18
	v_perm_b32 v65, v60, v5, s18
	v_lshrrev_b32_e32 v5, 16, v14
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v68, v14, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v64, v5, v68, s18
	v_cvt_scalef32_pk_bf16_fp4 v4, v15, v8
	v_cvt_scalef32_pk_bf16_fp4 v5, v15, v8 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v9, v4, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v14, 16, v5
	v_lshrrev_b32_e32 v4, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v14, v14, v58, vcc
	v_cndmask_b32_e32 v4, v4, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v14, v5, s18
	v_perm_b32 v4, v4, v9, s18
	v_cvt_scalef32_pk_bf16_fp4 v9, v1, v8
	s_nop 0
	v_mfma_f32_32x32x16_bf16 a[0:15], v[64:67], v[4:7], a[0:15]
	v_cvt_scalef32_pk_bf16_fp4 v4, v1, v8 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v5, v1, v8 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v1, v1, v8 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v7, 16, v1
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	v_cndmask_b32_e32 v7, v7, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v6, 16, v5
	v_perm_b32 v67, v7, v1, s18
	v_lshrrev_b32_e32 v1, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v58, vcc
	v_cndmask_b32_e32 v6, v6, v58, vcc
	v_cndmask_b32_e32 v4, v4, v58, vcc
	v_cndmask_b32_e32 v1, v1, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v66, v6, v5, s18
	v_perm_b32 v65, v1, v4, s18
	ds_read2_b64 v[4:7], v55 offset1:8
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v1, v5, v0
	v_lshrrev_b32_e32 v8, 16, v1
	v_cvt_scalef32_pk_bf16_bf8 v5, v5, v0 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v14, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	v_cndmask_b32_e64 v14, v14, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v70, v8, v1, s18
	v_cvt_scalef32_pk_bf16_bf8 v1, v4, v0 op_sel:[1,0,0]
	v_perm_b32 v71, v14, v5, s18
	v_lshrrev_b32_e32 v5, 16, v1
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v0, v4, v0
	v_perm_b32 v69, v5, v1, s18
	v_lshrrev_b32_e32 v1, 16, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v68, v1, v0, s18
	v_lshrrev_b32_e32 v0, 16, v9
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v9, v58, vcc
	v_cndmask_b32_e32 v0, v0, v58, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[14:15], v59 offset0:8 offset1:12
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v64, v0, v1, s18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v0, 7, v13
	v_and_b32_e32 v4, 0x7f800000, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v0, v2, v4
	v_cvt_scalef32_pk_bf16_bf8 v1, v2, v4 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v2, 7, v12
	v_and_b32_e32 v60, 0x7f800000, v2
	v_and_b32_sdwa v2, v12, s17 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_eq_u16_e32 vcc, s17, v2
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v2, v14, v60 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v61, v14, v60 op_sel:[1,1,0]
	v_mfma_f32_32x32x16_bf16 a[0:15], v[68:71], v[64:67], a[0:15]
	v_cvt_scalef32_pk_bf16_bf8 v5, v3, v4
	v_cvt_scalef32_pk_bf16_bf8 v8, v3, v4 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v3, 16, v2
	v_lshrrev_b32_e32 v64, 16, v61
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v61, v61, v58, vcc
	v_cndmask_b32_e32 v65, v3, v58, vcc
	v_cndmask_b32_e32 v3, v64, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v3, v3, v61, s18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v61, v13, s17 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_eq_u16_e64 s[2:3], s17, v61
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v61, 16, v5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v2, v2, v58, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v64, v0, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	v_cndmask_b32_e64 v61, v61, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v0, 16, v0
	v_perm_b32 v2, v65, v2, s18
	v_lshrrev_b32_e32 v65, 16, v8
	v_perm_b32 v66, v61, v5, s18
	v_lshrrev_b32_e32 v5, 16, v1
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	v_cndmask_b32_e64 v65, v65, v58, s[2:3]
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	v_cndmask_b32_e64 v5, v5, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v64, v0, v64, s18
	v_cvt_scalef32_pk_bf16_fp4 v0, v14, v60 op_sel:[1,0,0]
	v_perm_b32 v67, v65, v8, s18
	v_perm_b32 v65, v5, v1, s18
	v_lshrrev_b32_e32 v1, 16, v0
	v_cvt_scalef32_pk_bf16_fp4 v9, v14, v60
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v58, vcc
	v_cndmask_b32_e32 v1, v1, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v1, v1, v0, s18
	v_lshrrev_b32_e32 v0, 16, v9
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v59, v9, v58, vcc
	v_cndmask_b32_e32 v0, v0, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v0, v0, v59, s18
	v_cvt_scalef32_pk_bf16_bf8 v8, v10, v4 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v9, v11, v4
	v_mfma_f32_32x32x16_bf16 a[0:15], v[64:67], v[0:3], a[0:15]
	v_cvt_scalef32_pk_bf16_bf8 v0, v10, v4
	v_cvt_scalef32_pk_bf16_bf8 v10, v11, v4 op_sel:[1,0,0]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[4:5], v72 offset0:8 offset1:12
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v14, 16, v10
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v10, v10, v58, s[2:3]
	.loc	1 59 60                         ; make_fixtures.py:59:60
	v_add_u32_e32 v61, s19, v44
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v1, v4, v60 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v2, 16, v1
	v_cvt_scalef32_pk_bf16_fp4 v3, v4, v60 op_sel:[1,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v11, 16, v3
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v2, v2, v58, vcc
	v_cndmask_b32_e32 v3, v3, v58, vcc
	v_cndmask_b32_e32 v11, v11, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v2, v2, v1, s18
	v_cvt_scalef32_pk_bf16_fp4 v1, v4, v60 op_sel:[1,0,0]
	v_perm_b32 v3, v11, v3, s18
	v_lshrrev_b32_e32 v11, 16, v1
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	v_cndmask_b32_e32 v11, v11, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v1, v11, v1, s18
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	v_cndmask_b32_e64 v59, v11, v58, s[2:3]
	v_cndmask_b32_e64 v11, v14, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v11, v11, v10, s18
	v_perm_b32 v10, v59, v9, s18
	v_lshrrev_b32_e32 v9, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v9, v9, v8, s18
	v_lshrrev_b32_e32 v8, 16, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v8, v8, v0, s18
	v_cvt_scalef32_pk_bf16_fp4 v0, v4, v60
	v_lshrrev_b32_e32 v4, 16, v0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v58, vcc
	v_cndmask_b32_e32 v4, v4, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v0, v4, v0, s18
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v4, v57, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_eq_u16_sdwa vcc, v12, s17 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_32x32x16_bf16 a[0:15], v[8:11], v[0:3], a[0:15]
	v_cvt_scalef32_pk_bf16_fp4 v1, v15, v4 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v2, v15, v4 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v3, 16, v1
	v_lshrrev_b32_e32 v11, 16, v2
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v14, v57, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_eq_u16_sdwa s[2:3], v13, s17 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	v_cndmask_b32_e32 v2, v2, v58, vcc
	v_cndmask_b32_e32 v13, v3, v58, vcc
	v_cndmask_b32_e32 v3, v11, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v3, v3, v2, s18
	v_perm_b32 v2, v13, v1, s18
	v_cvt_scalef32_pk_bf16_fp4 v1, v15, v4 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v11, 16, v1
	v_cvt_scalef32_pk_bf16_bf8 v9, v63, v14
	v_cvt_scalef32_pk_bf16_bf8 v10, v63, v14 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	v_cndmask_b32_e32 v11, v11, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v59, v15, v4
	v_perm_b32 v1, v11, v1, s18
	v_lshrrev_b32_e32 v11, 16, v9
	v_lshrrev_b32_e32 v15, 16, v10
	v_cvt_scalef32_pk_bf16_bf8 v0, v62, v14
	v_cvt_scalef32_pk_bf16_bf8 v8, v62, v14 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	v_cndmask_b32_e64 v10, v10, v58, s[2:3]
	v_cndmask_b32_e64 v60, v11, v58, s[2:3]
	v_cndmask_b32_e64 v11, v15, v58, s[2:3]
	v_cndmask_b32_e64 v13, v0, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v11, v11, v10, s18
	v_perm_b32 v10, v60, v9, s18
	v_lshrrev_b32_e32 v9, 16, v8
	v_lshrrev_b32_e32 v0, 16, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	v_cndmask_b32_e64 v9, v9, v58, s[2:3]
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v9, v9, v8, s18
	v_perm_b32 v8, v0, v13, s18
	v_lshrrev_b32_e32 v0, 16, v59
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v12, v59, v58, vcc
	v_cndmask_b32_e32 v0, v0, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v0, v0, v12, s18
	v_cvt_scalef32_pk_bf16_fp4 v62, v5, v4
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v13, s16, v24
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_32x32x16_bf16 a[0:15], v[8:11], v[0:3], a[0:15]
	v_cvt_scalef32_pk_bf16_fp4 v1, v5, v4 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v0, v5, v4 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v2, v5, v4 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_bf8 v3, v6, v14
	v_cvt_scalef32_pk_bf16_bf8 v4, v6, v14 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v6, 16, v1
	v_cvt_scalef32_pk_bf16_bf8 v5, v7, v14
	v_cvt_scalef32_pk_bf16_bf8 v8, v7, v14 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v7, 16, v2
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v1, v58, vcc
	v_cndmask_b32_e32 v6, v6, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v9, 16, v0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v2, v2, v58, vcc
	v_cndmask_b32_e32 v7, v7, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v6, v6, v1, s18
	v_lshrrev_b32_e32 v1, 16, v5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v58, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v2, s18
	v_lshrrev_b32_e32 v2, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v10, v5, v58, s[2:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v9, v58, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	v_cndmask_b32_e64 v8, v8, v58, s[2:3]
	v_cndmask_b32_e64 v2, v2, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v5, v0, s18
	v_perm_b32 v10, v1, v10, s18
	v_lshrrev_b32_e32 v0, 16, v3
	v_lshrrev_b32_e32 v1, 16, v4
	v_perm_b32 v11, v2, v8, s18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v2, v3, v58, s[2:3]
	v_cndmask_b32_e64 v3, v4, v58, s[2:3]
	v_cndmask_b32_e64 v0, v0, v58, s[2:3]
	v_cndmask_b32_e64 v1, v1, v58, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v9, v1, v3, s18
	v_perm_b32 v8, v0, v2, s18
	v_lshrrev_b32_e32 v4, 16, v62
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[0:3], v13, s[24:27], 0 offen
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v13, v62, v58, vcc
	v_cndmask_b32_e32 v4, v4, v58, vcc
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v12, s16, v22
	v_add_u32_e32 v15, s16, v20
	.loc	1 59 60                         ; make_fixtures.py:59:60
	v_add_u32_e32 v60, s19, v16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v4, v13, s18
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v59, s16, v18
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v62, s22, v16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_32x32x16_bf16 a[0:15], v[8:11], v[4:7], a[0:15]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[4:7], v12, s[24:27], 0 offen
	buffer_load_dwordx4 v[8:11], v15, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v63, s22, v44
	.loc	1 59 25                         ; make_fixtures.py:59:25
	buffer_load_ubyte v64, v60, s[4:7], 0 offen
	buffer_load_ubyte v65, v61, s[4:7], 0 offen
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v66, v62, s[8:11], 0 offen
	buffer_load_ubyte v67, v63, s[8:11], 0 offen
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[12:15], v59, s[24:27], 0 offen
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s2, s16, 0x80
	s_cmp_lt_i32 s16, s15
	s_mov_b32 s16, s2
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(9) lgkmcnt(0)
	; wave barrier
	ds_write2st64_b32 v45, v30, v32 offset0:16 offset1:20
	ds_write2st64_b32 v46, v31, v33 offset0:16 offset1:20
	s_waitcnt vmcnt(8)
	ds_write2st64_b32 v47, v26, v28 offset0:18 offset1:22
	ds_write2st64_b32 v48, v27, v29 offset0:18 offset1:22
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(5)
	ds_write2st64_b64 v49, v[0:1], v[8:9] offset1:4
	ds_write2st64_b64 v50, v[2:3], v[10:11] offset1:4
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v51, v[4:5], v[12:13] offset0:2 offset1:6
	ds_write2st64_b64 v52, v[6:7], v[14:15] offset0:2 offset1:6
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_write_b8 v53, v64 offset:6144
	ds_write_b8 v53, v65 offset:6208
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_write_b8 v53, v66 offset:6272
	ds_write_b8 v53, v67 offset:6336
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
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshl_add_u32 v0, v17, 2, 0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_and_b32_e32 v2, 56, v42
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v0, 0x1800, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_bitop3_b32 v26, v2, v41, v43 bitop3:0xde
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read2_b32 v[0:1], v0 offset1:32
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_xad_u32 v2, v26, 48, 0
	v_xad_u32 v8, v26, 32, 0
	ds_read2_b64 v[28:31], v2 offset1:8
	ds_read2_b64 v[38:41], v8 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_mov_b32_e32 v60, 23
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_sdwa v16, v60, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_xad_u32 v20, v26, 16, 0
	v_add_u32_e32 v26, 0, v26
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_bf8 v3, v31, v16 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v5, v31, v16
	v_cvt_scalef32_pk_bf16_bf8 v7, v30, v16 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v9, v30, v16
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v11, v41, v16 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v13, v41, v16
	v_cvt_scalef32_pk_bf16_bf8 v15, v40, v16 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v18, v40, v16
	ds_read2_b64 v[30:33], v20 offset1:8
	ds_read2_b64 v[40:43], v26 offset1:8
	s_movk_i32 s4, 0xff
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v21, 7, v1
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v2, 16, v3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_mov_b32_e32 v19, 0x7fc0
	v_cmp_eq_u16_sdwa vcc, v1, s4 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v4, 16, v5
	v_lshrrev_b32_e32 v6, 16, v7
	v_lshrrev_b32_e32 v8, 16, v9
	v_lshrrev_b32_e32 v10, 16, v11
	v_lshrrev_b32_e32 v12, 16, v13
	v_lshrrev_b32_e32 v14, 16, v15
	v_lshrrev_b32_e32 v16, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v20, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v37, 0x7f800000, v21
	v_cndmask_b32_e32 v2, v2, v19, vcc
	v_cndmask_b32_e32 v3, v3, v19, vcc
	v_cndmask_b32_e32 v4, v4, v19, vcc
	v_cndmask_b32_e32 v5, v5, v19, vcc
	v_cndmask_b32_e32 v6, v6, v19, vcc
	v_cndmask_b32_e32 v7, v7, v19, vcc
	v_cndmask_b32_e32 v8, v8, v19, vcc
	v_cndmask_b32_e32 v9, v9, v19, vcc
	v_cndmask_b32_e32 v10, v10, v19, vcc
	v_cndmask_b32_e32 v11, v11, v19, vcc
	v_cndmask_b32_e32 v12, v12, v19, vcc
	v_cndmask_b32_e32 v13, v13, v19, vcc
	v_cndmask_b32_e32 v14, v14, v19, vcc
	v_cndmask_b32_e32 v15, v15, v19, vcc
	v_cndmask_b32_e32 v16, v16, v19, vcc
	v_cndmask_b32_e32 v18, v18, v19, vcc
	v_cmp_eq_u16_e32 vcc, s4, v20
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_bf8 v25, v32, v37 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v27, v32, v37
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_bf8 v32, v43, v37 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v21, v33, v37 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v23, v33, v37
	v_lshrrev_b32_e32 v33, 16, v32
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v62, v32, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v32, v43, v37
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v61, v33, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v32
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v64, v32, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v32, v42, v37 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v63, v33, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v32
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v66, v32, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v32, v42, v37
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v65, v33, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v32
	v_lshrrev_b32_e32 v22, 16, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v67, v33, v19, vcc
	v_lshlrev_b32_e32 v33, 15, v1
	v_cndmask_b32_e32 v20, v22, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v22, 16, v23
	v_lshrrev_b32_e32 v24, 16, v25
	v_lshrrev_b32_e32 v26, 16, v27
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v68, v32, v19, vcc
	v_lshrrev_b32_e32 v32, 8, v1
	v_and_b32_e32 v33, 0x7f800000, v33
	v_cndmask_b32_e32 v21, v21, v19, vcc
	v_cndmask_b32_e32 v22, v22, v19, vcc
	v_cndmask_b32_e32 v23, v23, v19, vcc
	v_cndmask_b32_e32 v24, v24, v19, vcc
	v_cndmask_b32_e32 v25, v25, v19, vcc
	v_cndmask_b32_e32 v26, v26, v19, vcc
	v_cndmask_b32_e32 v27, v27, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v37, v29, v33 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v32, s4 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v29, v33
	v_lshrrev_b32_e32 v32, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v72, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v28, v33 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_bf8 v28, v28, v33
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v71, v32, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v32, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v74, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v76, v28, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v28, v39, v33 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v75, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v78, v28, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v28, v39, v33
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v77, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v80, v28, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v28, v38, v33 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v79, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v82, v28, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v28, v38, v33
	v_lshrrev_b32_e32 v42, 16, v37
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v81, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v84, v28, v19, vcc
	v_lshlrev_b32_sdwa v28, v60, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v69, v42, v19, vcc
	v_cndmask_b32_e32 v70, v37, v19, vcc
	v_cndmask_b32_e32 v73, v32, v19, vcc
	v_cndmask_b32_e32 v83, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v31, v28 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v1, s4 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v32, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v93, v60, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v42, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v31, v28
	v_lshrrev_b32_e32 v31, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v86, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v30, v28 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v85, v31, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v31, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v88, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v30, v28
	v_lshrrev_b32_e32 v30, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v90, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v41, v28 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v89, v30, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v30, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v39, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v41, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v38, v30, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v30, 16, v29
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v43, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v29, v40, v28 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v1, v32, v19, vcc
	v_cndmask_b32_e32 v41, v30, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v30, 16, v29
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v32, v34, v35, v36 bitop3:0xde
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v91, v30, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_bf8 v30, v40, v28
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xad_u32 v28, v32, 8, 0
	v_add_u32_e32 v33, 0x1000, v28
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v92, v29, v19, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[28:29], v33 offset0:8 offset1:12
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v87, v31, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v31, 16, v30
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v35, v31, v19, vcc
	v_cndmask_b32_e32 v40, v30, v19, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[30:31], v33 offset1:4
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_fp4 v33, v29, v93 op_sel:[1,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v0, s4 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v36, 16, v33
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v32, 0, v32
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v95, v33, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v33, v29, v93 op_sel:[0,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v94, v36, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v36, 16, v33
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v97, v33, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v33, v29, v93 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v96, v36, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v36, 16, v33
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v98, v36, v19, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v36, 0x1000, v32
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v99, v33, v19, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[32:33], v36 offset0:8 offset1:12
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v29, v93
	v_lshrrev_b32_e32 v37, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v101, v29, v19, vcc
	v_cndmask_b32_e32 v100, v37, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v29, v33, v93 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v102, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v103, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v33, v93 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v104, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v105, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v33, v93 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v106, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v107, v29, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v33, v93
	v_lshrrev_b32_e32 v33, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v93, v33, v19, vcc
	v_lshlrev_b32_e32 v33, 7, v0
	v_cndmask_b32_e32 v108, v29, v19, vcc
	v_and_b32_sdwa v29, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v33, 0x7f800000, v33
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b32 v[36:37], v36 offset1:4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_e64 s[2:3], s4, v29
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v28, v33 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v109, v28, v33 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v111, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v112, v29, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v28, v33 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v28, v28, v33
	v_lshrrev_b32_e32 v113, 16, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v114, v29, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v115, v29, v19, s[2:3]
	v_lshlrev_b32_e32 v29, 15, v0
	v_and_b32_e32 v29, 0x7f800000, v29
	v_cndmask_b32_e64 v116, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v28, v32, v33 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v117, v32, v33 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v118, v32, v33 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v32, v32, v33
	v_cvt_scalef32_pk_bf16_fp4 v33, v31, v29 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v119, v31, v29 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v120, v31, v29 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v121, v31, v29
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v122, v37, v29 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v123, v37, v29 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v124, v37, v29 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v125, v37, v29
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v29, v60, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v60, v30, v29 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v126, v30, v29 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v127, v30, v29 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v128, v30, v29
	v_cvt_scalef32_pk_bf16_fp4 v30, v36, v29 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v37, v36, v29 op_sel:[0,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v102, v102, v19, vcc
	v_cndmask_b32_e32 v104, v104, v19, vcc
	v_cndmask_b32_e32 v106, v106, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v31, 16, v30
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v0, s4 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v129, 16, v37
	v_cvt_scalef32_pk_bf16_fp4 v130, v36, v29 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v31, v31, v19, vcc
	v_cndmask_b32_e32 v30, v30, v19, vcc
	v_cndmask_b32_e32 v129, v129, v19, vcc
	v_cndmask_b32_e32 v37, v37, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v36, v36, v29
	s_mov_b32 s5, 0x5040100
	v_lshrrev_b32_e32 v29, 16, v28
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v131, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v130
	v_perm_b32 v31, v31, v30, s5
	v_perm_b32 v30, v129, v37, s5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v129, v29, v19, s[2:3]
	v_cndmask_b32_e32 v28, v28, v19, vcc
	v_cndmask_b32_e32 v29, v130, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v29, v28, v29, s5
	v_lshrrev_b32_e32 v28, 16, v117
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v130, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v36
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v28, v28, v19, vcc
	v_cndmask_b32_e32 v36, v36, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v28, v28, v36, s5
	v_lshrrev_b32_e32 v36, 16, v118
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v132, v36, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v36, 16, v32
	v_perm_b32 v39, v38, v39, s5
	v_perm_b32 v38, v41, v43, s5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v133, v36, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v37, v91, v92, s5
	v_perm_b32 v36, v35, v40, s5
	v_lshrrev_b32_e32 v110, 16, v109
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshrrev_b32_e32 v0, 8, v0
	v_accvgpr_read_b32 v44, a0
	v_cndmask_b32_e64 v110, v110, v19, s[2:3]
	v_cndmask_b32_e64 v109, v109, v19, s[2:3]
	v_cndmask_b32_e64 v111, v111, v19, s[2:3]
	v_cndmask_b32_e64 v113, v113, v19, s[2:3]
	v_cndmask_b32_e64 v117, v117, v19, s[2:3]
	v_cndmask_b32_e64 v118, v118, v19, s[2:3]
	v_cndmask_b32_e64 v134, v32, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v32, 16, v33
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa s[2:3], v0, s4 src0_sel:BYTE_0 src1_sel:DWORD
	v_accvgpr_read_b32 v45, a1
	v_accvgpr_read_b32 v46, a2
	v_accvgpr_read_b32 v47, a3
	v_accvgpr_read_b32 v48, a4
	v_accvgpr_read_b32 v49, a5
	v_accvgpr_read_b32 v50, a6
	v_accvgpr_read_b32 v51, a7
	v_accvgpr_read_b32 v52, a8
	v_accvgpr_read_b32 v53, a9
	v_accvgpr_read_b32 v54, a10
	v_accvgpr_read_b32 v55, a11
	v_accvgpr_read_b32 v56, a12
	v_accvgpr_read_b32 v57, a13
	v_accvgpr_read_b32 v58, a14
	v_accvgpr_read_b32 v59, a15
	v_cndmask_b32_e64 v0, v32, v19, s[2:3]
	v_cndmask_b32_e64 v32, v33, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v119
	v_accvgpr_write_b32 a0, v44
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v135, v33, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v120
	v_accvgpr_write_b32 a1, v45
	v_accvgpr_write_b32 a2, v46
	v_accvgpr_write_b32 a3, v47
	v_accvgpr_write_b32 a4, v48
	v_accvgpr_write_b32 a5, v49
	v_accvgpr_write_b32 a6, v50
	v_accvgpr_write_b32 a7, v51
	v_accvgpr_write_b32 a8, v52
	v_accvgpr_write_b32 a9, v53
	v_accvgpr_write_b32 a10, v54
	v_accvgpr_write_b32 a11, v55
	v_accvgpr_write_b32 a12, v56
	v_accvgpr_write_b32 a13, v57
	v_accvgpr_write_b32 a14, v58
	v_accvgpr_write_b32 a15, v59
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v91, v33, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v121
	v_mfma_f32_32x32x16_bf16 a[0:15], v[36:39], v[28:31], a[0:15]
	v_lshrrev_b32_e32 v28, 16, v126
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v92, v120, v19, s[2:3]
	v_cndmask_b32_e64 v120, v33, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v33, 16, v60
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v28, v28, v19, vcc
	v_cndmask_b32_e32 v29, v126, v19, vcc
	v_cndmask_b32_e32 v33, v33, v19, vcc
	v_cndmask_b32_e32 v41, v60, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v30, v28, v29, s5
	v_lshrrev_b32_e32 v28, 16, v123
	v_lshrrev_b32_e32 v35, 16, v122
	v_perm_b32 v31, v33, v41, s5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v33, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v127
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v35, v35, v19, s[2:3]
	v_cndmask_b32_e64 v40, v122, v19, s[2:3]
	v_cndmask_b32_e32 v28, v28, v19, vcc
	v_cndmask_b32_e32 v29, v127, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v29, v28, v29, s5
	v_lshrrev_b32_e32 v28, 16, v124
	v_perm_b32 v39, v35, v40, s5
	v_perm_b32 v43, v1, v42, s5
	v_perm_b32 v42, v85, v86, s5
	v_perm_b32 v41, v87, v88, s5
	v_perm_b32 v40, v89, v90, s5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v37, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v125
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v45, v28, v19, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v128
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v119, v119, v19, s[2:3]
	v_cndmask_b32_e64 v121, v121, v19, s[2:3]
	v_cndmask_b32_e64 v36, v123, v19, s[2:3]
	v_cndmask_b32_e64 v44, v124, v19, s[2:3]
	v_cndmask_b32_e64 v46, v125, v19, s[2:3]
	v_cndmask_b32_e32 v28, v28, v19, vcc
	v_cndmask_b32_e32 v19, v128, v19, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v28, v28, v19, s5
	v_perm_b32 v38, v33, v36, s5
	v_perm_b32 v37, v37, v44, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[40:43], v[28:31], a[0:15]
	v_perm_b32 v36, v45, v46, s5
	v_perm_b32 v45, v77, v78, s5
	v_perm_b32 v44, v79, v80, s5
	v_perm_b32 v43, v81, v82, s5
	v_perm_b32 v42, v83, v84, s5
	v_perm_b32 v41, v69, v70, s5
	v_perm_b32 v40, v71, v72, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[42:45], v[36:39], a[0:15]
	v_perm_b32 v39, v73, v74, s5
	v_perm_b32 v38, v75, v76, s5
	v_perm_b32 v33, v0, v32, s5
	v_perm_b32 v32, v135, v119, s5
	v_perm_b32 v31, v91, v92, s5
	v_perm_b32 v30, v120, v121, s5
	v_perm_b32 v49, v61, v62, s5
	v_perm_b32 v48, v63, v64, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[38:41], v[30:33], a[0:15]
	v_perm_b32 v47, v65, v66, s5
	v_perm_b32 v46, v67, v68, s5
	v_perm_b32 v45, v129, v131, s5
	v_perm_b32 v44, v130, v117, s5
	v_perm_b32 v43, v132, v118, s5
	v_perm_b32 v42, v133, v134, s5
	v_perm_b32 v33, v20, v21, s5
	v_perm_b32 v32, v22, v23, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[46:49], v[42:45], a[0:15]
	v_perm_b32 v31, v24, v25, s5
	v_perm_b32 v30, v26, v27, s5
	v_perm_b32 v29, v110, v109, s5
	v_perm_b32 v28, v111, v112, s5
	v_perm_b32 v27, v113, v114, s5
	v_perm_b32 v26, v115, v116, s5
	v_perm_b32 v25, v10, v11, s5
	v_perm_b32 v24, v12, v13, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[30:33], v[26:29], a[0:15]
	v_perm_b32 v23, v14, v15, s5
	v_perm_b32 v22, v16, v18, s5
	v_perm_b32 v21, v102, v103, s5
	v_perm_b32 v20, v104, v105, s5
	v_perm_b32 v19, v106, v107, s5
	v_perm_b32 v18, v93, v108, s5
	v_perm_b32 v3, v2, v3, s5
	v_perm_b32 v2, v4, v5, s5
	v_mfma_f32_32x32x16_bf16 a[0:15], v[22:25], v[18:21], a[0:15]
	v_perm_b32 v1, v6, v7, s5
	v_perm_b32 v0, v8, v9, s5
	v_perm_b32 v7, v94, v95, s5
	v_perm_b32 v6, v96, v97, s5
	v_perm_b32 v5, v98, v99, s5
	v_perm_b32 v4, v100, v101, s5
	s_nop 1
	v_mfma_f32_32x32x16_bf16 a[0:15], v[0:3], v[4:7], a[0:15]
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 63 is_stmt 0               ; make_fixtures.py:61:63
	v_or_b32_e32 v0, s13, v34
	.loc	1 62 13 is_stmt 1               ; make_fixtures.py:62:13
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, s0, v17
	v_lshlrev_b32_e32 v1, 5, v1
	v_add_lshl_u32 v0, v0, v1, 2
	.loc	1 62 13                         ; make_fixtures.py:62:13
	s_nop 2
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
	buffer_store_dwordx4 a[4:7], v0, s[20:23], 0 offen offset:32
	buffer_store_dwordx4 a[8:11], v0, s[20:23], 0 offen offset:64
	buffer_store_dwordx4 a[12:15], v0, s[20:23], 0 offen offset:96
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
		.amdhsa_next_free_vgpr 152
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 136
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
	.set dot_scaled_kernel.num_vgpr, 136
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
; codeLenInByte = 6840
; TotalNumSgprs: 38
; NumVgprs: 136
; NumAgprs: 16
; TotalNumVgprs: 152
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 18
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 152
; AccumOffset: 136
; Occupancy: 3
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 33
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
    .max_flat_workgroup_size: 64
    .name:           dot_scaled_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     152
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
