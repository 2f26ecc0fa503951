	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	dot_scaled_kernel               ; -- Begin function dot_scaled_kernel
	.p2align	8
	.type	dot_scaled_kernel,@function
dot_scaled_kernel:                      ; @dot_scaled_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.10:
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
; %bb.11:
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
	v_and_b32_e32 v1, 15, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s2, s12, s2
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s6, s16, 5
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_lshlrev_b32_e32 v2, 3, v1
	.loc	1 53 31                         ; make_fixtures.py:53:31
	v_lshrrev_b32_e32 v3, 4, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s7, s2, 5
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v10, 3, v0
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v17, 3, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mad_u64_u32 v[4:5], s[2:3], s12, v3, v[2:3]
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_and_b32_e32 v11, 56, v17
	.loc	1 54 28                         ; make_fixtures.py:54:28
	s_mul_i32 s11, s10, s6
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v5, 1, v4
	v_bfrev_b32_e32 v12, 1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_mul_lo_u32 v10, s10, v10
	.loc	1 53 57                         ; make_fixtures.py:53:57
	s_lshl_b32 s2, s12, 4
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	v_cndmask_b32_e32 v5, v12, v5, vcc
	.loc	1 54 57 is_stmt 1               ; make_fixtures.py:54:57
	v_add3_u32 v16, v10, v11, s11
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[6:9], v5, s[24:27], 0 offen
	v_add_lshl_u32 v5, v4, s2, 1
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	v_cndmask_b32_e32 v10, v12, v16, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v5, v12, v5, vcc
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[22:23], v10, s[20:23], 0 offen
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[12:15], v5, s[24:27], 0 offen
	.loc	1 53 31 is_stmt 0               ; make_fixtures.py:53:31
	v_and_b32_e32 v10, 0xf0, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v11, 4, v0
	.loc	1 46 22 is_stmt 1               ; make_fixtures.py:46:22
	v_bfe_u32 v5, v0, 2, 5
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v10, v11, v10
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s13, s12, 0xffffff80
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v19, 0, v17
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v20, 0, v10
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s13, 0
	v_mul_lo_u32 v18, s7, v5
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(2)
	ds_write_b128 v20, v[6:9]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(1)
	ds_write_b64 v19, v[22:23] offset:8192
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v20, v[12:15] offset:4096
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_and_b32_e32 v12, 0xf0, v11
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_mul_lo_u32 v5, s7, v5
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s17, s9, 0xffff
	s_mov_b32 s16, s8
	.loc	1 57 72 is_stmt 1               ; make_fixtures.py:57:72
	v_or_b32_e32 v13, 4, v12
	v_or_b32_e32 v14, 8, v12
	v_or_b32_e32 v15, 12, v12
	s_mov_b64 s[2:3], 0
	s_mov_b64 s[18:19], s[26:27]
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 72 is_stmt 0                ; make_fixtures.py:0:72
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $vgpr5
                                        ; implicit-def: $sgpr16_sgpr17
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr12
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr14
                                        ; implicit-def: $vgpr15
.LBB0_3:                                ; %Flow34
	v_and_b32_e32 v17, 3, v0
	s_mul_i32 s7, s7, s6
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	s_andn2_b64 vcc, exec, s[2:3]
	v_and_b32_e32 v10, 48, v0
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	v_lshlrev_b32_e32 v11, 4, v0
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	v_or_b32_e32 v3, 16, v3
	v_or_b32_e32 v5, s7, v17
	v_mul_u32_u24_e32 v6, 0x110, v1
	v_lshlrev_b32_e32 v22, 6, v1
	v_and_b32_e32 v23, 0x400, v11
	v_mad_u64_u32 v[2:3], s[2:3], s12, v3, v[2:3]
	v_xor_b32_e32 v6, v6, v10
	v_lshrrev_b32_e32 v28, 2, v10
	v_add_u32_e32 v21, v18, v5
	v_add3_u32 v5, 0, v22, v23
	v_mov_b32_e32 v3, 0x100
	v_xor_b32_e32 v7, 64, v6
	v_xor_b32_e32 v8, 0x80, v6
	v_xor_b32_e32 v9, 0xc0, v6
	s_mov_b32 s19, 0x27000
	s_mov_b32 s18, 0x7ffffffe
	s_and_b32 s9, s9, 0xffff
	v_and_b32_e32 v12, 0xf0, v11
	v_lshl_add_u32 v22, v2, 1, v3
	v_add_u32_e32 v2, v5, v28
	s_mov_b64 s[16:17], s[8:9]
	v_or_b32_e32 v13, 4, v12
	v_or_b32_e32 v14, 8, v12
	v_or_b32_e32 v15, 12, v12
	s_mov_b32 s15, 0
	v_lshl_add_u32 v23, v4, 1, v3
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_add_u32_e32 v24, 0, v6
	v_add_u32_e32 v25, 0, v7
	v_add_u32_e32 v26, 0, v8
	v_add_u32_e32 v27, 0, v9
	s_mov_b32 s22, s26
	s_mov_b32 s23, s27
	s_mov_b32 s10, s18
	s_mov_b32 s11, s19
	s_mov_b32 s2, 0xd4d0ccc8
	v_mov_b32_e32 v28, 0xc4c0b800
	v_mov_b32_e32 v29, 0x7f7f7f7f
	s_mov_b32 s3, 0x7060302
	v_add_u32_e32 v30, 0x2000, v2
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	s_add_i32 s14, s15, 0x80
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s15, s15, 5
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v31, s15, v21
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[2:5], v23, s[24:27], 0 offen
	buffer_load_dwordx4 v[6:9], v22, s[24:27], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[74:77], v24
	ds_read_b128 v[78:81], v24 offset:4096
	ds_read_b128 v[82:85], v25
	ds_read_b128 v[86:89], v25 offset:4096
	ds_read_b128 v[90:93], v26
	ds_read_b128 v[94:97], v26 offset:4096
	ds_read_b128 v[98:101], v27
	ds_read_b128 v[102:105], v27 offset:4096
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_read2_b32 v[32:33], v30 offset1:4
	ds_read2_b32 v[34:35], v30 offset0:8 offset1:12
	buffer_load_sbyte v31, v31, s[8:11], 0 offen
	.loc	1 51 19                         ; make_fixtures.py:51:19
	s_ashr_i32 s28, s14, 1
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v36, s28, v16
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[36:37], v36, s[20:23], 0 offen
	.loc	1 57 72 is_stmt 1               ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v39, 4, v32
	v_and_b32_e32 v38, 0x7070707, v32
	v_and_b32_e32 v41, 0x7070707, v33
	v_lshrrev_b32_e32 v42, 4, v33
	v_lshl_or_b32 v43, v33, 4, v29
	v_or_b32_e32 v44, 0x7f7f7f7f, v33
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v33, 0x7070707, v34
	v_lshrrev_b32_e32 v45, 4, v34
	v_lshl_or_b32 v46, v34, 4, v29
	v_or_b32_e32 v47, 0x7f7f7f7f, v34
	v_and_b32_e32 v34, 0x7070707, v35
	v_lshrrev_b32_e32 v48, 4, v35
	v_lshl_or_b32 v49, v35, 4, v29
	v_or_b32_e32 v50, 0x7f7f7f7f, v35
	v_and_b32_e32 v35, 0x7070707, v39
	v_lshl_or_b32 v40, v32, 4, v29
	v_or_b32_e32 v32, 0x7f7f7f7f, v32
	v_perm_b32 v38, s2, v28, v38
	v_and_b32_e32 v39, 0x7070707, v42
	v_and_b32_e32 v42, 0x7070707, v45
	v_and_b32_e32 v45, 0x7070707, v48
	v_perm_b32 v35, s2, v28, v35
	v_perm_b32 v33, s2, v28, v33
	v_and_b32_e32 v38, v38, v40
	v_perm_b32 v48, s2, v28, v45
	v_and_b32_e32 v52, v35, v32
	v_and_b32_e32 v46, v33, v46
	v_cvt_pk_f32_fp8_e32 v[32:33], v38
	v_and_b32_e32 v64, v48, v50
	v_cvt_pk_f32_fp8_e32 v[50:51], v52
	v_perm_b32 v34, s2, v28, v34
	v_and_b32_e32 v49, v34, v49
	v_cvt_pk_f32_fp8_sdwa v[34:35], v38 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_sdwa v[52:53], v52 src0_sel:WORD_1
	v_perm_b32 v41, s2, v28, v41
	v_perm_b32 v39, s2, v28, v39
	v_and_b32_e32 v40, v41, v43
	v_and_b32_e32 v56, v39, v44
	v_cvt_pk_f32_fp8_e32 v[38:39], v40
	v_cvt_pk_f32_fp8_e32 v[54:55], v56
	v_cvt_pk_f32_fp8_sdwa v[40:41], v40 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_sdwa v[56:57], v56 src0_sel:WORD_1
	v_perm_b32 v42, s2, v28, v42
	v_and_b32_e32 v60, v42, v47
	v_cvt_pk_f32_fp8_e32 v[42:43], v46
	v_cvt_pk_f32_fp8_e32 v[58:59], v60
	v_cvt_pk_f32_fp8_sdwa v[44:45], v46 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_sdwa v[60:61], v60 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_e32 v[46:47], v49
	v_cvt_pk_f32_fp8_e32 v[62:63], v64
	v_cvt_pk_f32_fp8_sdwa v[48:49], v49 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_sdwa v[64:65], v64 src0_sel:WORD_1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	v_add_u32_e32 v22, 0x100, v22
	v_add_u32_e32 v23, 0x100, v23
	s_mov_b32 s15, s14
	s_cmp_lt_i32 s14, s13
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(3)
	ds_write_b128 v20, v[2:5]
	s_waitcnt vmcnt(2)
	ds_write_b128 v20, v[6:9] offset:4096
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(0)
	ds_write_b64 v19, v[36:37] offset:8192
	.loc	1 57 72                         ; make_fixtures.py:57:72
	ds_bpermute_b32 v66, v12, v31
	ds_bpermute_b32 v67, v13, v31
	ds_bpermute_b32 v68, v14, v31
	ds_bpermute_b32 v31, v15, v31
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b32_e32 v66, 23, v66
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_e32 v67, 23, v67
	v_and_b32_e32 v66, 0x7f800000, v66
	v_pk_mul_f32 v[32:33], v[32:33], v[66:67] op_sel_hi:[1,0]
	v_pk_mul_f32 v[50:51], v[66:67], v[50:51] op_sel_hi:[0,1]
	v_perm_b32 v32, v50, v32, s3
	v_perm_b32 v33, v51, v33, s3
	v_pk_mul_f32 v[34:35], v[66:67], v[34:35] op_sel_hi:[0,1]
	v_pk_mul_f32 v[50:51], v[66:67], v[52:53] op_sel_hi:[0,1]
	v_perm_b32 v34, v50, v34, s3
	v_perm_b32 v35, v51, v35, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[32:33], v[74:75], a[0:3]
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_e32 v69, 23, v68
	v_and_b32_e32 v68, 0x7f800000, v67
	v_and_b32_e32 v70, 0x7f800000, v69
	v_mfma_f32_16x16x16_bf16 a[4:7], v[32:33], v[78:79], a[4:7]
	v_mul_f32_e64 v32, v68, v38
	v_mul_f32_e64 v33, v68, v39
	v_pk_mul_f32 v[38:39], v[68:69], v[54:55] op_sel_hi:[0,1]
	v_perm_b32 v32, v38, v32, s3
	v_perm_b32 v33, v39, v33, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[34:35], v[76:77], a[0:3]
	v_mul_f32_e64 v38, v68, v56
	v_mul_f32_e64 v39, v68, v57
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v31, 23, v31
	v_and_b32_e32 v72, 0x7f800000, v31
	v_mfma_f32_16x16x16_bf16 a[4:7], v[34:35], v[80:81], a[4:7]
	v_mul_f32_e64 v34, v68, v40
	v_mul_f32_e64 v35, v68, v41
	v_perm_b32 v34, v38, v34, s3
	v_perm_b32 v35, v39, v35, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[32:33], v[82:83], a[0:3]
	v_mul_f32_e64 v38, v70, v58
	v_mul_f32_e64 v39, v70, v59
	v_mfma_f32_16x16x16_bf16 a[4:7], v[32:33], v[86:87], a[4:7]
	v_mul_f32_e64 v32, v70, v42
	v_mul_f32_e64 v33, v70, v43
	v_perm_b32 v32, v38, v32, s3
	v_perm_b32 v33, v39, v33, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[34:35], v[84:85], a[0:3]
	v_mul_f32_e64 v38, v70, v60
	v_mul_f32_e64 v39, v70, v61
	v_mfma_f32_16x16x16_bf16 a[4:7], v[34:35], v[88:89], a[4:7]
	v_mul_f32_e64 v34, v70, v44
	v_mul_f32_e64 v35, v70, v45
	v_perm_b32 v34, v38, v34, s3
	v_perm_b32 v35, v39, v35, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[32:33], v[90:91], a[0:3]
	v_mul_f32_e64 v38, v72, v62
	v_mul_f32_e64 v39, v72, v63
	v_mfma_f32_16x16x16_bf16 a[4:7], v[32:33], v[94:95], a[4:7]
	v_mul_f32_e64 v32, v72, v46
	v_mul_f32_e64 v33, v72, v47
	v_perm_b32 v32, v38, v32, s3
	v_perm_b32 v33, v39, v33, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[34:35], v[92:93], a[0:3]
	v_mul_f32_e64 v38, v72, v64
	v_mul_f32_e64 v39, v72, v65
	v_mfma_f32_16x16x16_bf16 a[4:7], v[34:35], v[96:97], a[4:7]
	v_mul_f32_e64 v34, v72, v48
	v_mul_f32_e64 v35, v72, v49
	v_perm_b32 v34, v38, v34, s3
	v_perm_b32 v35, v39, v35, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[32:33], v[98:99], a[0:3]
	v_mfma_f32_16x16x16_bf16 a[4:7], v[32:33], v[102:103], a[4:7]
	v_mfma_f32_16x16x16_bf16 a[0:3], v[34:35], v[100:101], a[0:3]
	v_mfma_f32_16x16x16_bf16 a[4:7], v[34:35], v[104:105], a[4:7]
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_5
; %bb.6:                                ; %Flow
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_mov_b32_e32 v5, v18
.LBB0_7:                                ; %Flow35
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_add_i32 s2, s12, 0x7f
	s_ashr_i32 s3, s2, 31
	s_lshr_b32 s3, s3, 25
	s_add_i32 s3, s2, s3
	s_ashr_i32 s3, s3, 7
	s_max_i32 s3, s3, 1
	s_lshl_b32 s3, s3, 7
	s_addk_i32 s3, 0xff80
	s_cmpk_gt_i32 s2, 0x7f
	s_cselect_b64 vcc, -1, 0
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_lshr_b32 s3, s3, 5
	.loc	1 55 56                         ; make_fixtures.py:55:56
	s_add_i32 s3, s3, s7
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	v_bfrev_b32_e32 v2, 1
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add3_u32 v4, v5, v17, s3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v4, v2, v4, vcc
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 57 72                         ; make_fixtures.py:57:72
	buffer_load_sbyte v7, v4, s[16:19], 0 offen
	v_lshrrev_b32_e32 v3, 2, v0
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmpk_lt_i32 s2, 0x80
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v4, v12, v7
	ds_bpermute_b32 v5, v13, v7
	ds_bpermute_b32 v6, v14, v7
	ds_bpermute_b32 v7, v15, v7
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	v_and_b32_e32 v8, 0x400, v11
	v_lshrrev_b32_e32 v9, 2, v10
	v_lshl_add_u32 v11, v1, 6, 0
	v_add3_u32 v8, v11, v8, v9
	v_add_u32_e32 v11, 0x2000, v8
	ds_read2_b32 v[8:9], v11 offset0:8 offset1:12
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_e32 v7, 23, v7
	v_and_b32_e32 v12, 0x7f800000, v7
	ds_read2_b32 v[14:15], v11 offset1:4
	s_mov_b32 s2, 0xd4d0ccc8
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v7, 4, v9
	v_and_b32_e32 v7, 0x7070707, v7
	v_mov_b32_e32 v11, 0xc4c0b800
	v_perm_b32 v7, s2, v11, v7
	v_or_b32_e32 v13, 0x7f7f7f7f, v9
	v_and_b32_e32 v7, v7, v13
	v_and_b32_e32 v13, 0x7070707, v9
	v_mov_b32_e32 v46, 0x7f7f7f7f
	v_perm_b32 v13, s2, v11, v13
	v_lshl_or_b32 v9, v9, 4, v46
	v_cvt_pk_f32_fp8_sdwa v[16:17], v7 src0_sel:WORD_1
	v_and_b32_e32 v9, v13, v9
	v_cvt_pk_f32_fp8_e32 v[26:27], v7
	v_lshrrev_b32_e32 v7, 4, v8
	v_cvt_pk_f32_fp8_e32 v[28:29], v9
	v_and_b32_e32 v7, 0x7070707, v7
	v_cvt_pk_f32_fp8_sdwa v[30:31], v9 src0_sel:WORD_1
	v_perm_b32 v7, s2, v11, v7
	v_or_b32_e32 v9, 0x7f7f7f7f, v8
	v_and_b32_e32 v7, v7, v9
	v_and_b32_e32 v9, 0x7070707, v8
	v_perm_b32 v9, s2, v11, v9
	v_lshl_or_b32 v8, v8, 4, v46
	v_pk_mul_f32 v[26:27], v[12:13], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[12:13], v[28:29] op_sel_hi:[0,1]
	v_and_b32_e32 v13, v9, v8
	v_cvt_pk_f32_fp8_e32 v[8:9], v7
	v_cvt_pk_f32_fp8_e32 v[32:33], v13
	s_mov_b32 s3, 0x7060302
	v_lshlrev_b32_e32 v6, 23, v6
	v_perm_b32 v27, v27, v29, s3
	v_perm_b32 v26, v26, v28, s3
	v_and_b32_e32 v6, 0x7f800000, v6
	v_cvt_pk_f32_fp8_sdwa v[28:29], v7 src0_sel:WORD_1
	v_pk_mul_f32 v[8:9], v[6:7], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[32:33], v[6:7], v[32:33] op_sel_hi:[0,1]
	v_lshlrev_b32_e32 v5, 23, v5
	v_perm_b32 v8, v8, v32, s3
	v_and_b32_e32 v32, 0x7f800000, v5
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v5, 4, v15
	v_and_b32_e32 v5, 0x7070707, v5
	v_pk_mul_f32 v[28:29], v[6:7], v[28:29] op_sel_hi:[0,1]
	v_perm_b32 v5, s2, v11, v5
	v_or_b32_e32 v7, 0x7f7f7f7f, v15
	v_and_b32_e32 v5, v5, v7
	v_and_b32_e32 v7, 0x7070707, v15
	v_cvt_pk_f32_fp8_sdwa v[34:35], v13 src0_sel:WORD_1
	v_perm_b32 v7, s2, v11, v7
	v_lshl_or_b32 v13, v15, 4, v46
	v_and_b32_e32 v7, v7, v13
	v_cvt_pk_f32_fp8_e32 v[40:41], v7
	v_cvt_pk_f32_fp8_sdwa v[42:43], v7 src0_sel:WORD_1
	v_lshrrev_b32_e32 v7, 4, v14
	v_and_b32_e32 v7, 0x7070707, v7
	v_perm_b32 v7, s2, v11, v7
	v_or_b32_e32 v13, 0x7f7f7f7f, v14
	v_and_b32_e32 v7, v7, v13
	v_and_b32_e32 v13, 0x7070707, v14
	v_cvt_pk_f32_fp8_e32 v[38:39], v5
	v_perm_b32 v11, s2, v11, v13
	v_lshl_or_b32 v13, v14, 4, v46
	v_and_b32_e32 v11, v11, v13
	v_cvt_pk_f32_fp8_sdwa v[36:37], v5 src0_sel:WORD_1
	v_cvt_pk_f32_fp8_e32 v[14:15], v7
	v_cvt_pk_f32_fp8_e32 v[46:47], v11
	v_cvt_pk_f32_fp8_sdwa v[44:45], v7 src0_sel:WORD_1
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_mul_u32_u24_e32 v7, 0x110, v1
	v_accvgpr_read_b32 v22, a0
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_pk_mul_f32 v[38:39], v[32:33], v[38:39] op_sel_hi:[0,1]
	v_pk_mul_f32 v[40:41], v[32:33], v[40:41] op_sel_hi:[0,1]
	v_lshlrev_b32_e32 v4, 23, v4
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v13, v7, v10
	v_accvgpr_read_b32 v23, a1
	v_accvgpr_read_b32 v24, a2
	v_accvgpr_read_b32 v25, a3
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v5, v39, v41, s3
	v_and_b32_e32 v4, 0x7f800000, v4
	v_accvgpr_write_b32 a0, v22
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v7, 0x80, v13
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v9, v9, v33, s3
	v_pk_mul_f32 v[36:37], v[32:33], v[36:37] op_sel_hi:[0,1]
	v_cvt_pk_f32_fp8_sdwa v[48:49], v11 src0_sel:WORD_1
	v_pk_mul_f32 v[14:15], v[4:5], v[14:15] op_sel_hi:[0,1]
	v_pk_mul_f32 v[46:47], v[4:5], v[46:47] op_sel_hi:[0,1]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v33, 0, v13
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_accvgpr_write_b32 a1, v23
	v_accvgpr_write_b32 a2, v24
	v_accvgpr_write_b32 a3, v25
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xad_u32 v24, v13, 64, 0
	v_add_u32_e32 v25, 0, v7
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_pk_mul_f32 v[6:7], v[6:7], v[34:35] op_sel_hi:[0,1]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v13, 0xc0, v13
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v15, v15, v47, s3
	v_perm_b32 v14, v14, v46, s3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[50:53], v33
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_pk_mul_f32 v[22:23], v[32:33], v[42:43] op_sel_hi:[0,1]
	v_perm_b32 v6, v28, v6, s3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v28, 0, v13
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_pk_mul_f32 v[16:17], v[12:13], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[12:13], v[30:31] op_sel_hi:[0,1]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[30:33], v33 offset:4096
	v_accvgpr_read_b32 v18, a4
	v_accvgpr_read_b32 v19, a5
	v_accvgpr_read_b32 v20, a6
	v_accvgpr_read_b32 v21, a7
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_pk_mul_f32 v[44:45], v[4:5], v[44:45] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[4:5], v[48:49] op_sel_hi:[0,1]
	v_accvgpr_write_b32 a4, v18
	v_perm_b32 v11, v45, v11, s3
	v_perm_b32 v10, v44, v10, s3
	v_accvgpr_write_b32 a5, v19
	v_accvgpr_write_b32 a6, v20
	v_accvgpr_write_b32 a7, v21
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[0:3], v[14:15], v[50:51], a[0:3]
	v_perm_b32 v4, v38, v40, s3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[38:41], v24
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v13, v17, v13, s3
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[4:7], v[14:15], v[30:31], a[4:7]
	v_perm_b32 v12, v16, v12, s3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[14:17], v24 offset:4096
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_perm_b32 v23, v37, v23, s3
	v_mfma_f32_16x16x16_bf16 a[4:7], v[10:11], v[32:33], a[4:7]
	v_perm_b32 v22, v36, v22, s3
	v_perm_b32 v7, v29, v7, s3
	v_mfma_f32_16x16x16_bf16 a[0:3], v[10:11], v[52:53], a[0:3]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x16_bf16 a[4:7], v[4:5], v[14:15], a[4:7]
	v_mfma_f32_16x16x16_bf16 a[0:3], v[4:5], v[38:39], a[0:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[36:39], v25
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x16_bf16 a[4:7], v[22:23], v[16:17], a[4:7]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[14:17], v25 offset:4096
	.loc	1 57 72                         ; make_fixtures.py:57:72
	v_mfma_f32_16x16x16_bf16 a[0:3], v[22:23], v[40:41], a[0:3]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[0:3], v[8:9], v[36:37], a[0:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[34:37], v28
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[4:7], v[8:9], v[14:15], a[4:7]
	v_mfma_f32_16x16x16_bf16 a[0:3], v[6:7], v[38:39], a[0:3]
	v_mfma_f32_16x16x16_bf16 a[4:7], v[6:7], v[16:17], a[4:7]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[4:7], v28 offset:4096
	.loc	1 57 72                         ; make_fixtures.py:57:72
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x16_bf16 a[0:3], v[26:27], v[34:35], a[0:3]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x16_bf16 a[4:7], v[26:27], v[4:5], a[4:7]
	v_mfma_f32_16x16x16_bf16 a[0:3], v[12:13], v[36:37], a[0:3]
	v_mfma_f32_16x16x16_bf16 a[4:7], v[12:13], v[6:7], a[4:7]
.LBB0_9:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 63 is_stmt 0               ; make_fixtures.py:61:63
	v_and_or_b32 v3, v3, 28, s6
	.loc	1 62 13 is_stmt 1               ; make_fixtures.py:62:13
	v_and_b32_e32 v0, 0x80, v0
	v_cmp_eq_u32_e32 vcc, 0, v0
	s_and_b32 s5, s5, 0xffff
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, s0, v1
	v_lshlrev_b32_e32 v1, 5, v1
	v_lshl_add_u32 v4, s0, 9, v1
	.loc	1 62 13                         ; make_fixtures.py:62:13
	v_add_lshl_u32 v1, v3, v1, 2
	s_mov_b32 s7, 0x27000
	s_mov_b32 s6, 0x7ffffffe
	v_cndmask_b32_e32 v0, v2, v1, vcc
	buffer_store_dwordx4 a[0:3], v0, s[4:7], 0 offen
	v_add_lshl_u32 v0, v3, v4, 2
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 a[4:7], v0, s[4:7], 0 offen
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
		.amdhsa_next_free_vgpr 116
		.amdhsa_next_free_sgpr 29
		.amdhsa_accum_offset 108
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
	.set dot_scaled_kernel.num_vgpr, 106
	.set dot_scaled_kernel.num_agpr, 8
	.set dot_scaled_kernel.numbered_sgpr, 29
	.set dot_scaled_kernel.num_named_barrier, 0
	.set dot_scaled_kernel.private_seg_size, 0
	.set dot_scaled_kernel.uses_vcc, 1
	.set dot_scaled_kernel.uses_flat_scratch, 0
	.set dot_scaled_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_kernel.has_recursion, 0
	.set dot_scaled_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3500
; TotalNumSgprs: 35
; NumVgprs: 106
; NumAgprs: 8
; TotalNumVgprs: 116
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 35
; NumVGPRsForWavesPerEU: 116
; AccumOffset: 108
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 26
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
    .max_flat_workgroup_size: 256
    .name:           dot_scaled_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     35
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     116
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
