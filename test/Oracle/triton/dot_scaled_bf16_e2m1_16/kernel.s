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
	s_mov_b64 s[24:25], s[2:3]
.Ltmp1:
	.loc	1 54 48 is_stmt 1               ; make_fixtures.py:54:48
	s_lshr_b32 s2, s12, 31
	s_add_i32 s2, s12, s2
	s_mov_b64 s[4:5], s[10:11]
	s_ashr_i32 s10, s2, 1
	s_ashr_i32 s2, s12, 31
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s2, s2, 27
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_and_b32_e32 v28, 15, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s2, s12, s2
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s6, s16, 5
	.loc	1 47 35 is_stmt 0               ; make_fixtures.py:47:35
	v_lshrrev_b32_e32 v3, 3, v0
	.loc	1 50 40 is_stmt 1               ; make_fixtures.py:50:40
	v_lshlrev_b32_e32 v2, 3, v28
	.loc	1 53 31                         ; make_fixtures.py:53:31
	v_lshrrev_b32_e32 v1, 4, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s11, s2, 5
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mad_u64_u32 v[4:5], s[2:3], s12, v1, v[2:3]
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	s_lshl_b32 s2, s12, 2
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v5, 1, v4
	v_bfrev_b32_e32 v30, 1
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v6, s2, v4
	v_add_u32_e32 v15, s2, v6
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	v_cndmask_b32_e32 v5, v30, v5, vcc
	v_lshlrev_b32_e32 v6, 1, v6
	.loc	1 51 40 is_stmt 1               ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v29, 3, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v16, v30, v6, vcc
	buffer_load_dwordx4 v[6:9], v5, s[24:27], 0 offen
	buffer_load_dwordx4 v[10:13], v16, s[24:27], 0 offen
	v_lshlrev_b32_e32 v5, 1, v15
	v_add_lshl_u32 v15, v15, s2, 1
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_and_b32_e32 v14, 56, v29
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v15, v30, v15, vcc
	.loc	1 54 57                         ; make_fixtures.py:54:57
	s_lshl_b32 s14, s10, 3
	v_mad_u64_u32 v[16:17], s[2:3], s10, v3, v[14:15]
	v_add_u32_e32 v31, s14, v16
	v_add_u32_e32 v32, s14, v31
	.loc	1 54 28 is_stmt 0               ; make_fixtures.py:54:28
	s_mul_i32 s7, s10, s6
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v5, v30, v5, vcc
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v33, s14, v32
	.loc	1 47 35                         ; make_fixtures.py:47:35
	v_lshrrev_b32_e32 v19, 2, v0
	.loc	1 52 37                         ; make_fixtures.py:52:37
	v_and_b32_e32 v18, 3, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[20:23], v5, s[24:27], 0 offen
	buffer_load_dwordx4 v[24:27], v15, s[24:27], 0 offen
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v3, s7, v16
	v_add_u32_e32 v15, s7, v33
	.loc	1 55 30                         ; make_fixtures.py:55:30
	s_mul_i32 s13, s11, s6
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v5, s7, v31
	v_add_u32_e32 v14, s7, v32
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	v_cndmask_b32_e32 v3, v30, v3, vcc
	v_cndmask_b32_e32 v36, v30, v15, vcc
	.loc	1 55 56 is_stmt 1               ; make_fixtures.py:55:56
	v_mad_u64_u32 v[18:19], s[2:3], s11, v19, v[18:19]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_cndmask_b32_e32 v5, v30, v5, vcc
	v_cndmask_b32_e32 v17, v30, v14, vcc
	buffer_load_dwordx2 v[14:15], v3, s[20:23], 0 offen
	buffer_load_dwordx2 v[34:35], v5, s[20:23], 0 offen
	buffer_load_dwordx2 v[42:43], v17, s[20:23], 0 offen
	buffer_load_dwordx2 v[44:45], v36, s[20:23], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_lshl_add_u32 v36, s11, 4, v18
	v_add_u32_e32 v3, s13, v18
	v_add_u32_e32 v5, s13, v36
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s26
	s_mov_b32 s11, s27
	v_cndmask_b32_e32 v3, v30, v3, vcc
	v_cndmask_b32_e32 v5, v30, v5, vcc
	buffer_load_ubyte v30, v3, s[8:11], 0 offen
	buffer_load_ubyte v46, v5, s[8:11], 0 offen
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v3, 4, v0
	v_bitop3_b32 v3, v3, v0, 48 bitop3:0x78
	v_xor_b32_e32 v5, 64, v3
	v_add_u32_e32 v37, 0, v3
	v_add_u32_e32 v38, 0, v5
	v_xor_b32_e32 v5, 0x80, v3
	v_xor_b32_e32 v3, 0xc0, v3
	v_add_u32_e32 v39, 0, v5
	v_add_u32_e32 v40, 0, v3
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_and_b32_e32 v3, 0xf8, v29
	v_bfe_i32 v5, v0, 5, 1
	s_movk_i32 s10, 0x108
	v_bitop3_b32 v3, v5, v3, s10 bitop3:0x6c
	v_add_u32_e32 v41, 0, v3
	v_xor_b32_e32 v3, 16, v3
	.loc	1 47 35                         ; make_fixtures.py:47:35
	v_and_b32_e32 v19, 48, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s15, s12, 0xffffff80
	.loc	1 47 35                         ; make_fixtures.py:47:35
	v_lshrrev_b32_e32 v17, 2, v19
	s_mov_b32 s14, 0
	s_movk_i32 s2, 0x80
	s_movk_i32 s3, 0xc0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_lt_i32 s15, 1
	v_lshlrev_b32_e32 v29, 8, v28
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(9)
	ds_write_b128 v37, v[6:9]
	s_waitcnt vmcnt(8)
	ds_write_b128 v38, v[10:13] offset:1024
	s_waitcnt vmcnt(7)
	ds_write_b128 v39, v[20:23] offset:2048
	s_waitcnt vmcnt(6)
	ds_write_b128 v40, v[24:27] offset:3072
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(3)
	ds_write2st64_b64 v41, v[14:15], v[42:43] offset0:8 offset1:10
	v_add_u32_e32 v42, 0, v3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v43, 0, v0
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v42, v[34:35], v[44:45] offset0:9 offset1:11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v43, v30 offset:6144
	s_waitcnt vmcnt(0)
	ds_write_b8 v43, v46 offset:6208
	v_lshlrev_b32_e32 v30, 4, v28
	v_lshlrev_b32_e32 v34, 6, v28
	v_lshlrev_b32_e32 v35, 1, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_xor_b32_e32 v0, v30, v19
	v_bitop3_b32 v5, v0, 64, v29 bitop3:0x36
	v_bitop3_b32 v8, v0, s2, v29 bitop3:0x36
	v_bitop3_b32 v9, v0, s3, v29 bitop3:0x36
	v_and_b32_e32 v0, 24, v35
	v_bitop3_b32 v3, v30, v29, v19 bitop3:0xde
	v_bitop3_b32 v10, v34, v17, v0 bitop3:0x36
	.loc	1 49 26                         ; make_fixtures.py:49:26
	v_or_b32_e32 v0, 12, v1
	v_mad_u64_u32 v[6:7], s[2:3], s12, v0, v[2:3]
	v_mov_b32_e32 v13, 0x100
	v_or_b32_e32 v0, 8, v1
	v_lshl_add_u32 v44, v6, 1, v13
	v_mad_u64_u32 v[6:7], s[2:3], s12, v0, v[2:3]
	v_or_b32_e32 v0, 4, v1
	v_xor_b32_e32 v11, 16, v10
	v_lshlrev_b32_e32 v12, 2, v28
	v_mad_u64_u32 v[0:1], s[2:3], s12, v0, v[2:3]
	v_lshl_add_u32 v46, v0, 1, v13
	v_add_u32_e32 v0, 0, v10
	v_add_u32_e32 v1, 0, v11
	v_add_u32_e32 v2, 0, v12
	v_lshl_add_u32 v45, v6, 1, v13
	v_lshl_add_u32 v47, v4, 1, v13
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_add_u32_e32 v48, 0, v3
	v_add_u32_e32 v49, 0, v5
	v_add_u32_e32 v50, 0, v8
	v_add_u32_e32 v51, 0, v9
	s_movk_i32 s16, 0xff
	v_mov_b32_e32 v52, 0x7fc0
	s_mov_b32 s17, 0x5040100
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	v_add_u32_e32 v53, 0x1000, v0
	v_add_u32_e32 v54, 0x1400, v0
	v_add_u32_e32 v55, 0x1000, v1
	v_add_u32_e32 v56, 0x1400, v1
	s_mov_b32 s10, s26
	s_mov_b32 s11, s27
	v_add_u32_e32 v57, 0x1800, v2
	v_mov_b32_e32 v58, 23
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[0:3], v47, s[24:27], 0 offen
	buffer_load_dwordx4 v[4:7], v46, s[24:27], 0 offen
	buffer_load_dwordx4 v[8:11], v45, s[24:27], 0 offen
	buffer_load_dwordx4 v[12:15], v44, s[24:27], 0 offen
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read2_b32 v[20:21], v57 offset1:16
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[22:23], v53 offset1:8
	ds_read2_b32 v[68:69], v54 offset1:8
	ds_read2_b32 v[72:73], v56 offset1:8
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_addk_i32 s14, 0x80
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b32_sdwa v24, v58, v20 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(2)
	v_cvt_scalef32_pk_bf16_fp4 v59, v22, v24
	v_cvt_scalef32_pk_bf16_fp4 v25, v22, v24 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v22, v24 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v22, v24 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v20, s16 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v27, 16, v26
	v_lshrrev_b32_e32 v60, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v61, v27, v52, vcc
	v_cndmask_b32_e32 v27, v60, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v24, 16, v25
	v_perm_b32 v27, v27, v22, s17
	v_lshrrev_b32_e32 v22, 16, v59
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v64, v59, v52, vcc
	v_cndmask_b32_e32 v25, v25, v52, vcc
	v_cndmask_b32_e32 v26, v26, v52, vcc
	v_cndmask_b32_e32 v24, v24, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v26, v61, v26, s17
	v_perm_b32 v25, v24, v25, s17
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[60:63], v48
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v24, v22, v64, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v22, v58, v21 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[64:67], v49
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[24:27], v[60:63], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v25, v68, v22 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v21, s16 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v26, 16, v25
	v_cvt_scalef32_pk_bf16_fp4 v24, v68, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v25, v25, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v27, v68, v22 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v26, v26, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v22, v68, v22 op_sel:[1,0,0]
	v_perm_b32 v26, v26, v25, s17
	v_lshrrev_b32_e32 v25, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v25, v25, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v70, 16, v27
	v_perm_b32 v25, v25, v22, s17
	v_lshrrev_b32_e32 v22, 16, v24
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v59, v24, v52, vcc
	v_cndmask_b32_e32 v27, v27, v52, vcc
	v_cndmask_b32_e32 v70, v70, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v27, v70, v27, s17
	v_perm_b32 v24, v22, v59, s17
	ds_read2_b32 v[70:71], v55 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshrrev_b32_e32 v22, 8, v20
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[60:63], a[0:3]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v24, 15, v20
	v_and_b32_e32 v24, 0x7f800000, v24
	v_cmp_eq_u16_sdwa vcc, v22, s16 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v22, v70, v24 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v70, v24 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v25, 16, v22
	v_lshrrev_b32_e32 v27, 16, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v26, v26, v52, vcc
	v_cndmask_b32_e32 v25, v25, v52, vcc
	v_cndmask_b32_e32 v27, v27, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v27, v27, v26, s17
	v_perm_b32 v26, v25, v22, s17
	v_cvt_scalef32_pk_bf16_fp4 v22, v70, v24 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v59, v70, v24
	v_lshrrev_b32_e32 v24, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v24, v24, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v25, v24, v22, s17
	v_lshrrev_b32_e32 v22, 16, v59
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v60, v59, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v24, v22, v60, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshrrev_b32_e32 v22, 8, v21
	v_cmp_eq_u16_sdwa vcc, v22, s16 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x32_bf16 a[4:7], v[24:27], v[64:67], a[4:7]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v24, 15, v21
	v_and_b32_e32 v24, 0x7f800000, v24
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v22, v72, v24 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v72, v24 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v25, 16, v22
	v_lshrrev_b32_e32 v27, 16, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v26, v26, v52, vcc
	v_cndmask_b32_e32 v25, v25, v52, vcc
	v_cndmask_b32_e32 v27, v27, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v27, v27, v26, s17
	v_perm_b32 v26, v25, v22, s17
	v_cvt_scalef32_pk_bf16_fp4 v22, v72, v24 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v59, v72, v24
	v_lshrrev_b32_e32 v24, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v24, v24, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v25, v24, v22, s17
	v_lshrrev_b32_e32 v22, 16, v59
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v60, v59, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v24, v22, v60, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v22, 7, v20
	v_and_b32_e32 v22, 0x7f800000, v22
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[64:67], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v26, v23, v22
	v_cvt_scalef32_pk_bf16_fp4 v27, v23, v22 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v24, v23, v22 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v23, v22 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v23, v20, s16 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_eq_u16_e32 vcc, s16, v23
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v25, 16, v22
	v_lshrrev_b32_e32 v23, 16, v24
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v25, v25, v52, vcc
	v_cndmask_b32_e32 v24, v24, v52, vcc
	v_cndmask_b32_e32 v23, v23, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v25, v25, v22, s17
	v_lshrrev_b32_e32 v22, 16, v27
	v_perm_b32 v24, v23, v24, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v23, v27, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v22, v23, s17
	v_lshrrev_b32_e32 v22, 16, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v59, v26, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v22, v22, v59, s17
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[60:63], v50
	ds_read_b128 v[64:67], v51
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[22:25], v[60:63], a[4:7]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v22, 7, v21
	v_and_b32_e32 v22, 0x7f800000, v22
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v26, v69, v22
	v_cvt_scalef32_pk_bf16_fp4 v23, v69, v22 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v24, v69, v22 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v69, v22 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v25, v21, s16 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_eq_u16_e32 vcc, s16, v25
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v25, 16, v24
	v_lshrrev_b32_e32 v59, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v68, v25, v52, vcc
	v_cndmask_b32_e32 v25, v59, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v25, v25, v22, s17
	v_lshrrev_b32_e32 v22, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v23, v23, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v22, v23, s17
	v_lshrrev_b32_e32 v22, 16, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v27, v26, v52, vcc
	v_cndmask_b32_e32 v24, v24, v52, vcc
	v_cndmask_b32_e32 v22, v22, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v24, v68, v24, s17
	v_perm_b32 v22, v22, v27, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v20, s16 src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b32_sdwa v26, v58, v21 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x32_bf16 a[0:3], v[22:25], v[60:63], a[0:3]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v22, v58, v20 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v24, v71, v22
	v_cvt_scalef32_pk_bf16_fp4 v25, v71, v22 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v23, v71, v22 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v71, v22 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa s[2:3], v21, s16 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v20, 16, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v21, v23, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v23, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v22, v22, v52, vcc
	v_cndmask_b32_e32 v20, v20, v52, vcc
	v_cndmask_b32_e32 v23, v23, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v23, v22, s17
	v_perm_b32 v22, v20, v21, s17
	v_lshrrev_b32_e32 v20, 16, v25
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v21, v25, v52, vcc
	v_cndmask_b32_e32 v20, v20, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v21, v20, v21, s17
	v_lshrrev_b32_e32 v20, 16, v24
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v61, v24, v52, vcc
	v_cndmask_b32_e32 v20, v20, v52, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v20, v20, v61, s17
	v_cvt_scalef32_pk_bf16_fp4 v27, v73, v26
	v_cvt_scalef32_pk_bf16_fp4 v59, v73, v26 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v60, v73, v26 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v73, v26 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[20:23], v[64:67], a[4:7]
	v_lshrrev_b32_e32 v20, 16, v26
	v_lshrrev_b32_e32 v24, 16, v60
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v22, v26, v52, s[2:3]
	v_cndmask_b32_e64 v20, v20, v52, s[2:3]
	v_cndmask_b32_e64 v21, v60, v52, s[2:3]
	v_cndmask_b32_e64 v24, v24, v52, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v20, v22, s17
	v_lshrrev_b32_e32 v20, 16, v59
	v_perm_b32 v22, v24, v21, s17
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v21, v59, v52, s[2:3]
	v_cndmask_b32_e64 v20, v20, v52, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v21, v20, v21, s17
	v_lshrrev_b32_e32 v20, 16, v27
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v25, v27, v52, s[2:3]
	v_cndmask_b32_e64 v20, v20, v52, s[2:3]
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v20, v20, v25, s17
	.loc	1 51 19                         ; make_fixtures.py:51:19
	s_ashr_i32 s18, s14, 1
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s19, s14, 5
	.loc	1 54 57                         ; make_fixtures.py:54:57
	s_add_i32 s18, s18, s7
	.loc	1 55 56                         ; make_fixtures.py:55:56
	s_add_i32 s19, s19, s13
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v61, s18, v16
	v_add_u32_e32 v60, s18, v31
	v_add_u32_e32 v59, s18, v32
	v_add_u32_e32 v62, s18, v33
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v63, s19, v18
	v_add_u32_e32 v68, s19, v36
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x32_bf16 a[0:3], v[20:23], v[64:67], a[0:3]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[20:21], v61, s[20:23], 0 offen
	buffer_load_dwordx2 v[22:23], v60, s[20:23], 0 offen
	buffer_load_dwordx2 v[24:25], v59, s[20:23], 0 offen
	buffer_load_dwordx2 v[26:27], v62, s[20:23], 0 offen
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v64, v63, s[8:11], 0 offen
	buffer_load_ubyte v65, v68, s[8:11], 0 offen
	.loc	1 49 26                         ; make_fixtures.py:49:26
	v_add_u32_e32 v44, 0x100, v44
	v_add_u32_e32 v45, 0x100, v45
	v_add_u32_e32 v46, 0x100, v46
	v_add_u32_e32 v47, 0x100, v47
	s_cmp_lt_i32 s14, s15
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(9) lgkmcnt(0)
	; wave barrier
	ds_write_b128 v37, v[0:3]
	s_waitcnt vmcnt(8)
	ds_write_b128 v38, v[4:7] offset:1024
	s_waitcnt vmcnt(7)
	ds_write_b128 v39, v[8:11] offset:2048
	s_waitcnt vmcnt(6)
	ds_write_b128 v40, v[12:15] offset:3072
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(3)
	ds_write2st64_b64 v41, v[20:21], v[24:25] offset0:8 offset1:10
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v42, v[22:23], v[26:27] offset0:9 offset1:11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v43, v64 offset:6144
	s_waitcnt vmcnt(0)
	ds_write_b8 v43, v65 offset:6208
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
.LBB0_4:                                ; %._crit_edge
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_addk_i32 s12, 0x7f
	s_movk_i32 s2, 0x80
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	v_and_b32_e32 v10, 24, v35
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshl_add_u32 v8, v28, 2, 0
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_bitop3_b32 v12, v34, v17, v10 bitop3:0x36
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v8, 0x1800, v8
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_xad_u32 v14, v12, 16, 0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read2_b32 v[8:9], v8 offset1:16
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_add_u32_e32 v10, 0x1400, v14
	ds_read2_b32 v[10:11], v10 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_mov_b32_e32 v15, 23
	s_movk_i32 s3, 0xff
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_sdwa v13, v15, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_mov_b32_e32 v20, 0x7fc0
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v16, v11, v13 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v18, 16, v16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v9, s3 src0_sel:BYTE_3 src1_sel:DWORD
	v_accvgpr_read_b32 v4, a4
	v_accvgpr_read_b32 v5, a5
	v_cndmask_b32_e32 v46, v18, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v11, v13 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v48, v18, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v18, v11, v13 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v47, v21, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v50, v18, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v11, v13
	v_add_u32_e32 v18, 0, v12
	v_lshrrev_b32_e32 v13, 16, v11
	v_add_u32_e32 v12, 0x1400, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v51, v13, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[12:13], v12 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v49, v21, v20, vcc
	v_lshlrev_b32_e32 v21, 7, v9
	v_cndmask_b32_e32 v52, v11, v20, vcc
	v_and_b32_sdwa v11, v9, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v21, 0x7f800000, v21
	v_cndmask_b32_e32 v16, v16, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v22, v13, v21 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_e32 vcc, s3, v11
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v13, v21 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v23, 16, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v27, v22, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v22, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v54, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v13, v21 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v53, v22, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v22, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v56, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v13, v21
	v_lshrrev_b32_e32 v13, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v57, v13, v20, vcc
	v_lshlrev_b32_e32 v13, 15, v9
	v_cndmask_b32_e32 v58, v11, v20, vcc
	v_lshrrev_b32_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x7f800000, v13
	v_cndmask_b32_e32 v26, v23, v20, vcc
	v_cndmask_b32_e32 v55, v22, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v21, v10, v13 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v11, s3 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v10, v13 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v22, 16, v21
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v60, v21, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v62, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v10, v13 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v10, v13
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v61, v21, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v21, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v64, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v11, 16, v10
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v66, v10, v20, vcc
	v_lshlrev_b32_sdwa v10, v15, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v59, v22, v20, vcc
	v_cndmask_b32_e32 v63, v21, v20, vcc
	v_cndmask_b32_e32 v65, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v11, v12, v10 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v9, s3 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v12, v10 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v13, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v68, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v70, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v12, v10 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v69, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v72, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v12, v10
	v_add_u32_e32 v10, 0x1000, v14
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v71, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[10:11], v10 offset1:8
	v_lshrrev_b32_e32 v12, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v74, v9, v20, vcc
	v_lshlrev_b32_sdwa v9, v15, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v67, v13, v20, vcc
	v_cndmask_b32_e32 v73, v12, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v12, v11, v9 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v8, s3 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v13, 16, v12
	v_accvgpr_read_b32 v6, a6
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v43, v12, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v12, v11, v9 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v42, v13, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v13, 16, v12
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v75, v12, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v12, v11, v9 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v11, v9
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v44, v13, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v13, 16, v12
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v78, v11, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_add_u32_e32 v11, 0x1000, v18
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v76, v13, v20, vcc
	v_cndmask_b32_e32 v77, v12, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[12:13], v11 offset1:8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v11, 7, v8
	v_cndmask_b32_e32 v79, v9, v20, vcc
	v_and_b32_sdwa v9, v8, s3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v11, 0x7f800000, v11
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v14, v13, v11 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_e32 vcc, s3, v9
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v13, v11 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v18, 16, v14
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v39, v14, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v14, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v45, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v13, v11 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v40, v14, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v14, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v81, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v13, v11
	v_lshrrev_b32_e32 v11, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v82, v11, v20, vcc
	v_lshlrev_b32_e32 v11, 15, v8
	v_cndmask_b32_e32 v83, v9, v20, vcc
	v_lshrrev_b32_e32 v9, 8, v8
	v_and_b32_e32 v11, 0x7f800000, v11
	v_cndmask_b32_e32 v38, v18, v20, vcc
	v_cndmask_b32_e32 v80, v14, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v13, v10, v11 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v9, s3 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v10, v11 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v14, 16, v13
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v35, v13, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v13, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v41, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v10, v11 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v36, v13, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v13, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v85, v9, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v9, v10, v11
	v_lshrrev_b32_e32 v10, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v87, v9, v20, vcc
	v_lshlrev_b32_sdwa v9, v15, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v34, v14, v20, vcc
	v_cndmask_b32_e32 v84, v13, v20, vcc
	v_cndmask_b32_e32 v86, v10, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v10, v12, v9 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v8, s3 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v8, v12, v9 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v11, 16, v10
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v32, v10, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v10, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v88, v8, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v8, v12, v9 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v37, v10, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_lshrrev_b32_e32 v10, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v90, v8, v20, vcc
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_cvt_scalef32_pk_bf16_fp4 v8, v12, v9
	v_lshrrev_b32_e32 v9, 16, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v92, v8, v20, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v8, v30, v19
	s_movk_i32 s3, 0xc0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v91, v9, v20, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v18, v30, v29, v19 bitop3:0xde
	v_bitop3_b32 v9, v8, s3, v29 bitop3:0x36
	v_bitop3_b32 v8, v8, s2, v29 bitop3:0x36
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v31, v11, v20, vcc
	v_cndmask_b32_e32 v89, v10, v20, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v9, 0, v9
	v_add_u32_e32 v12, 0, v8
	v_xad_u32 v19, v18, 64, 0
	v_add_u32_e32 v22, 0, v18
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_mov_b32 s2, 0x5040100
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[8:11], v9
	ds_read_b128 v[12:15], v12
	ds_read_b128 v[18:21], v19
	ds_read_b128 v[22:25], v22
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v33, v31, v32, s2
	v_perm_b32 v32, v37, v88, s2
	v_perm_b32 v31, v89, v90, s2
	v_perm_b32 v30, v91, v92, s2
	v_accvgpr_read_b32 v7, a7
	v_accvgpr_read_b32 v0, a0
	v_accvgpr_read_b32 v1, a1
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	v_accvgpr_write_b32 a0, v4
	v_perm_b32 v37, v34, v35, s2
	v_perm_b32 v36, v36, v41, s2
	v_perm_b32 v35, v84, v85, s2
	v_perm_b32 v34, v86, v87, s2
	v_accvgpr_write_b32 a1, v5
	v_accvgpr_write_b32 a2, v6
	v_accvgpr_write_b32 a3, v7
	v_perm_b32 v41, v38, v39, s2
	v_perm_b32 v40, v40, v45, s2
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[30:33], v[22:25], a[0:3]
	v_perm_b32 v39, v80, v81, s2
	v_perm_b32 v38, v82, v83, s2
	v_perm_b32 v45, v42, v43, s2
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[18:21], a[0:3]
	v_perm_b32 v44, v44, v75, s2
	v_perm_b32 v43, v76, v77, s2
	v_perm_b32 v42, v78, v79, s2
	v_mfma_f32_16x16x32_bf16 a[0:3], v[38:41], v[12:15], a[0:3]
	v_perm_b32 v7, v67, v68, s2
	v_perm_b32 v6, v69, v70, s2
	v_perm_b32 v5, v71, v72, s2
	v_perm_b32 v4, v73, v74, s2
	v_mfma_f32_16x16x32_bf16 a[4:7], v[42:45], v[8:11], a[0:3]
	v_perm_b32 v33, v59, v60, s2
	v_perm_b32 v32, v61, v62, s2
	v_perm_b32 v31, v63, v64, s2
	v_accvgpr_write_b32 a0, v0
	v_perm_b32 v30, v65, v66, s2
	v_accvgpr_write_b32 a1, v1
	v_accvgpr_write_b32 a2, v2
	v_accvgpr_write_b32 a3, v3
	v_perm_b32 v27, v26, v27, s2
	v_perm_b32 v26, v53, v54, s2
	v_mfma_f32_16x16x32_bf16 a[0:3], v[4:7], v[22:25], a[0:3]
	v_perm_b32 v25, v55, v56, s2
	v_perm_b32 v24, v57, v58, s2
	v_perm_b32 v3, v46, v16, s2
	v_mfma_f32_16x16x32_bf16 a[0:3], v[30:33], v[18:21], a[0:3]
	v_perm_b32 v2, v47, v48, s2
	v_perm_b32 v1, v49, v50, s2
	v_perm_b32 v0, v51, v52, s2
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[12:15], a[0:3]
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[0:3], v[8:11], a[0:3]
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 63 is_stmt 0               ; make_fixtures.py:61:63
	v_or_b32_e32 v0, s6, v17
	.loc	1 62 13 is_stmt 1               ; make_fixtures.py:62:13
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s7, 0x27000
	s_mov_b32 s6, 0x7ffffffe
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, s0, v28
	v_lshlrev_b32_e32 v1, 5, v1
	v_add_lshl_u32 v0, v0, v1, 2
	.loc	1 62 13                         ; make_fixtures.py:62:13
	buffer_store_dwordx4 a[4:7], v0, s[4:7], 0 offen
	buffer_store_dwordx4 a[0:3], v0, s[4:7], 0 offen offset:64
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
		.amdhsa_next_free_vgpr 104
		.amdhsa_next_free_sgpr 28
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
	.set dot_scaled_kernel.num_vgpr, 93
	.set dot_scaled_kernel.num_agpr, 8
	.set dot_scaled_kernel.numbered_sgpr, 28
	.set dot_scaled_kernel.num_named_barrier, 0
	.set dot_scaled_kernel.private_seg_size, 0
	.set dot_scaled_kernel.uses_vcc, 1
	.set dot_scaled_kernel.uses_flat_scratch, 0
	.set dot_scaled_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_kernel.has_recursion, 0
	.set dot_scaled_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4352
; TotalNumSgprs: 34
; NumVgprs: 93
; NumAgprs: 8
; TotalNumVgprs: 104
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 12
; NumSGPRsForWavesPerEU: 34
; NumVGPRsForWavesPerEU: 104
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
  - .agpr_count:     8
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
    .sgpr_count:     34
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     104
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
