	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	moe_gemm_kernel                 ; -- Begin function moe_gemm_kernel
	.p2align	8
	.type	moe_gemm_kernel,@function
moe_gemm_kernel:                        ; @moe_gemm_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.8:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 112 0 prologue_end            ; make_fixtures.py:112:0
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
	s_mov_b32 s4, s17
.Ltmp1:
	.loc	1 122 16 is_stmt 1              ; make_fixtures.py:122:16
	s_ashr_i32 s17, s16, 31
	s_mov_b64 s[28:29], s[2:3]
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s14, s2
	s_addc_u32 s3, s15, s3
	.loc	1 123 19                        ; make_fixtures.py:123:19
	s_lshl_b32 s18, s16, 4
	.loc	1 123 37 is_stmt 0              ; make_fixtures.py:123:37
	v_lshrrev_b32_e32 v1, 4, v0
	.loc	1 124 35 is_stmt 1              ; make_fixtures.py:124:35
	v_or_b32_e32 v1, s18, v1
	.loc	1 124 18 is_stmt 0              ; make_fixtures.py:124:18
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_lshlrev_b32_e32 v1, 2, v1
	buffer_load_dword v2, v1, s[12:15], 0 offen
	s_load_dwordx2 s[16:17], s[0:1], 0x38
	s_load_dword s22, s[0:1], 0x40
	.loc	1 123 37 is_stmt 1              ; make_fixtures.py:123:37
	v_and_b32_e32 v1, 15, v0
	.loc	1 122 16                        ; make_fixtures.py:122:16
	s_load_dword s0, s[2:3], 0x0
	.loc	1 127 17                        ; make_fixtures.py:127:17
	s_lshl_b32 s19, s4, 5
	.loc	1 124 35                        ; make_fixtures.py:124:35
	v_or_b32_e32 v5, s18, v1
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s1, s22, 31
	s_ashr_i32 s2, s22, 31
	s_add_i32 s1, s22, s1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_lshr_b32 s2, s2, 27
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_ashr_i32 s3, s1, 1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_add_i32 s1, s22, s2
	s_ashr_i32 s2, s1, 5
	.loc	1 124 18                        ; make_fixtures.py:124:18
	v_lshlrev_b32_e32 v5, 2, v5
	.loc	1 129 38                        ; make_fixtures.py:129:38
	s_mul_i32 s4, s0, s17
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_gt_i32 s22, 0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v3, 3, v0
	.loc	1 133 36                        ; make_fixtures.py:133:36
	v_lshlrev_b32_e32 v9, 3, v0
	.loc	1 124 18                        ; make_fixtures.py:124:18
	buffer_load_dword v6, v5, s[12:15], 0 offen
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cselect_b64 s[0:1], -1, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s12, s4, s19
	.loc	1 133 36                        ; make_fixtures.py:133:36
	v_and_b32_e32 v4, 56, v9
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_mul_lo_u32 v3, s3, v3
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_mul_lo_u32 v13, s2, v1
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_mul_i32 s3, s12, s3
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bfrev_b32_e32 v11, 1
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v16, 1, v13
	v_add_u32_e32 v17, 2, v13
	s_mul_i32 s12, s12, s2
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add3_u32 v22, v3, v4, s3
	.loc	1 137 20 is_stmt 0              ; make_fixtures.py:137:20
	s_mov_b32 s26, s14
	s_mov_b32 s27, s15
	s_and_b32 s25, s25, 0xffff
	.loc	1 138 56 is_stmt 1              ; make_fixtures.py:138:56
	v_add_u32_e32 v4, s12, v16
	v_add_u32_e32 v5, s12, v17
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v23, v11, v22, s[0:1]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v25, v11, v4, s[0:1]
	v_cndmask_b32_e64 v26, v11, v5, s[0:1]
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[4:5], v23, s[24:27], 0 offen
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_lshl_add_u32 v15, s2, 4, v13
	v_add_u32_e32 v18, 3, v13
	v_add_u32_e32 v19, 1, v15
	v_add_u32_e32 v20, 2, v15
	v_add_u32_e32 v21, 3, v15
	v_add_u32_e32 v3, s12, v13
	v_add_u32_e32 v7, s12, v18
	v_add_u32_e32 v8, s12, v15
	v_add_u32_e32 v10, s12, v19
	v_add_u32_e32 v12, s12, v20
	v_add_u32_e32 v14, s12, v21
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v3, v11, v3, s[0:1]
	v_cndmask_b32_e64 v7, v11, v7, s[0:1]
	v_cndmask_b32_e64 v8, v11, v8, s[0:1]
	v_cndmask_b32_e64 v10, v11, v10, s[0:1]
	v_cndmask_b32_e64 v12, v11, v12, s[0:1]
	v_cndmask_b32_e64 v14, v11, v14, s[0:1]
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	s_and_b32 s29, s29, 0xffff
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_mov_b32 s10, s14
	s_mov_b32 s11, s15
	s_and_b32 s9, s9, 0xffff
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s23, s22, 0xffffff80
	s_mov_b32 s13, 0
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e32 vcc, s16, v2
	.loc	1 126 31                        ; make_fixtures.py:126:31
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	.loc	1 135 47                        ; make_fixtures.py:135:47
	v_mul_lo_u32 v2, v2, s22
	v_lshl_add_u32 v2, v1, 3, v2
	.loc	1 135 20 is_stmt 0              ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v23, 1, v2
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v32, v11, v23, s[0:1]
	buffer_load_dwordx4 v[28:31], v32, s[28:31], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v41, v3, s[8:11], 0 offen
	buffer_load_ubyte v40, v25, s[8:11], 0 offen
	buffer_load_ubyte v23, v26, s[8:11], 0 offen
	buffer_load_ubyte v24, v7, s[8:11], 0 offen
	buffer_load_ubyte v43, v8, s[8:11], 0 offen
	buffer_load_ubyte v42, v10, s[8:11], 0 offen
	buffer_load_ubyte v27, v12, s[8:11], 0 offen
	buffer_load_ubyte v34, v14, s[8:11], 0 offen
	s_movk_i32 s0, 0xf0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v3, 4, v0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_lshrrev_b32_e32 v10, 2, v0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_and_b32_e32 v8, 48, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v3, v3, v0, s0 bitop3:0x78
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_bitop3_b32 v14, v9, v10, 24 bitop3:0x78
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v7, 2, v8
	v_lshlrev_b32_e32 v9, 8, v1
	v_lshlrev_b32_e32 v10, 4, v1
	v_lshlrev_b32_e32 v12, 6, v1
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v25, 0, v3
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_add_u32_e32 v26, 0, v14
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_lt_i32 s23, 1
	v_lshlrev_b32_e32 v14, 1, v0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(9)
	ds_write_b64 v26, v[4:5] offset:4096
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt vmcnt(8)
	ds_write_b128 v25, v[28:31]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_4
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_xor_b32_e32 v3, v10, v8
	s_movk_i32 s0, 0x80
	v_and_b32_e32 v28, 24, v14
	v_bitop3_b32 v31, v3, s0, v9 bitop3:0x36
	s_movk_i32 s0, 0xc0
	v_bitop3_b32 v33, v12, v7, v28 bitop3:0x36
	v_bitop3_b32 v5, v3, 64, v9 bitop3:0x36
	v_bitop3_b32 v3, v3, s0, v9 bitop3:0x36
	v_xor_b32_e32 v35, 16, v33
	.loc	1 131 26                        ; make_fixtures.py:131:26
	v_mov_b32_e32 v28, 0x100
	v_bitop3_b32 v4, v10, v9, v8 bitop3:0xde
	v_lshl_add_u32 v28, v2, 1, v28
	v_add_u32_e32 v32, 0, v3
	v_add_u32_e32 v2, 0, v33
	v_add_u32_e32 v3, 0, v35
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_add_u32_e32 v29, 0, v4
	v_add_u32_e32 v30, 0, v5
	v_add_u32_e32 v31, 0, v31
	s_movk_i32 s33, 0xff
	v_mov_b32_e32 v33, 0x7fc0
	s_mov_b32 s34, 0x5040100
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	s_mov_b32 s26, s14
	s_mov_b32 s27, s15
	v_add_u32_e32 v35, 0x1000, v2
	v_add_u32_e32 v36, 0x1400, v2
	v_add_u32_e32 v37, 0x1000, v3
	v_add_u32_e32 v38, 0x1400, v3
	s_mov_b32 s10, s14
	s_mov_b32 s11, s15
	v_mov_b32_e32 v39, 23
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	v_cndmask_b32_e32 v2, v11, v28, vcc
	buffer_load_dwordx4 v[2:5], v2, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[60:61], v35 offset1:8
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(8)
	v_lshlrev_b32_sdwa v48, v39, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cmp_eq_u16_sdwa s[0:1], v41, s33 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[44:47], v29
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[62:63], v36 offset1:8
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(4)
	v_lshlrev_b32_sdwa v57, v39, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(2)
	v_cvt_scalef32_pk_bf16_fp4 v59, v60, v48
	v_cvt_scalef32_pk_bf16_fp4 v49, v60, v48 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v50, v60, v48 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v48, v60, v48 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v51, 16, v50
	v_lshrrev_b32_e32 v52, 16, v48
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v48, v48, v33, s[0:1]
	v_cndmask_b32_e64 v53, v51, v33, s[0:1]
	v_cndmask_b32_e64 v51, v52, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v41, 16, v49
	v_perm_b32 v51, v51, v48, s34
	v_lshrrev_b32_e32 v48, 16, v59
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v60, v59, v33, s[0:1]
	v_cndmask_b32_e64 v49, v49, v33, s[0:1]
	v_cndmask_b32_e64 v50, v50, v33, s[0:1]
	v_cndmask_b32_e64 v41, v41, v33, s[0:1]
	v_cndmask_b32_e64 v48, v48, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v50, v53, v50, s34
	v_perm_b32 v49, v41, v49, s34
	v_perm_b32 v48, v48, v60, s34
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v41, v62, v57
	v_cvt_scalef32_pk_bf16_fp4 v59, v62, v57 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v60, v62, v57 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v57, v62, v57 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_sdwa s[0:1], v43, s33 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v43, 16, v60
	v_mfma_f32_16x16x32_bf16 a[0:3], v[48:51], v[44:47], a[0:3]
	v_lshrrev_b32_e32 v48, 16, v57
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v49, v60, v33, s[0:1]
	v_cndmask_b32_e64 v50, v57, v33, s[0:1]
	v_cndmask_b32_e64 v43, v43, v33, s[0:1]
	v_cndmask_b32_e64 v48, v48, v33, s[0:1]
	v_cndmask_b32_e64 v62, v41, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v51, v48, v50, s34
	v_perm_b32 v50, v43, v49, s34
	v_lshrrev_b32_e32 v43, 16, v59
	ds_read2_b32 v[64:65], v37 offset1:8
	v_lshrrev_b32_e32 v41, 16, v41
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v48, v59, v33, s[0:1]
	v_cndmask_b32_e64 v43, v43, v33, s[0:1]
	v_cndmask_b32_e64 v41, v41, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v49, v43, v48, s34
	v_perm_b32 v48, v41, v62, s34
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_lshlrev_b32_sdwa v56, v39, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[66:67], v38 offset1:8
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_fp4 v43, v64, v56 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(3)
	v_lshlrev_b32_sdwa v58, v39, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v41, v64, v56
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_sdwa s[0:1], v40, s33 src0_sel:BYTE_0 src1_sel:DWORD
	v_cmp_eq_u16_sdwa s[2:3], v42, s33 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v42, 16, v43
	v_mfma_f32_16x16x32_bf16 a[4:7], v[48:51], v[44:47], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v44, v64, v56 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v40, 16, v41
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v51, v41, v33, s[0:1]
	v_cndmask_b32_e64 v41, v43, v33, s[0:1]
	v_cndmask_b32_e64 v42, v42, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v45, v64, v56 op_sel:[1,1,0]
	v_perm_b32 v42, v42, v41, s34
	v_lshrrev_b32_e32 v41, 16, v44
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v47, v66, v58 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v50, 16, v45
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v44, v44, v33, s[0:1]
	v_cndmask_b32_e64 v41, v41, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v46, v66, v58
	v_cvt_scalef32_pk_bf16_fp4 v49, v66, v58 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v43, v45, v33, s[0:1]
	v_cndmask_b32_e64 v45, v50, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v41, v41, v44, s34
	v_lshrrev_b32_e32 v44, 16, v47
	v_cvt_scalef32_pk_bf16_fp4 v48, v66, v58 op_sel:[1,0,0]
	v_perm_b32 v43, v45, v43, s34
	v_lshrrev_b32_e32 v45, 16, v46
	v_lshrrev_b32_e32 v50, 16, v49
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v56, v46, v33, s[2:3]
	v_cndmask_b32_e64 v46, v47, v33, s[2:3]
	v_cndmask_b32_e64 v44, v44, v33, s[2:3]
	v_cndmask_b32_e64 v47, v49, v33, s[2:3]
	v_cndmask_b32_e64 v49, v50, v33, s[2:3]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v46, v44, v46, s34
	v_lshrrev_b32_e32 v44, 16, v48
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v40, v40, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v47, v49, v47, s34
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v48, v48, v33, s[2:3]
	v_cndmask_b32_e64 v49, v45, v33, s[2:3]
	v_cndmask_b32_e64 v44, v44, v33, s[2:3]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[52:55], v30
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v40, v40, v51, s34
	v_perm_b32 v45, v44, v48, s34
	v_perm_b32 v44, v49, v56, s34
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_addk_i32 s13, 0x80
	.loc	1 134 19                        ; make_fixtures.py:134:19
	s_ashr_i32 s5, s13, 5
	.loc	1 133 19                        ; make_fixtures.py:133:19
	s_ashr_i32 s4, s13, 1
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_add_i32 s5, s5, s12
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[56:59], v31
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[40:43], v[52:55], a[0:3]
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v48, s4, v22
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[40:43], v32
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[68:69], v48, s[24:27], 0 offen
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[4:7], v[44:47], v[52:55], a[4:7]
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v44, s5, v13
	v_add_u32_e32 v52, s5, v16
	v_add_u32_e32 v53, s5, v17
	v_add_u32_e32 v54, s5, v18
	v_add_u32_e32 v55, s5, v15
	v_add_u32_e32 v60, s5, v19
	v_add_u32_e32 v62, s5, v20
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	buffer_load_ubyte v44, v44, s[8:11], 0 offen
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v64, s5, v21
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v45, v52, s[8:11], 0 offen
	buffer_load_ubyte v46, v53, s[8:11], 0 offen
	buffer_load_ubyte v47, v54, s[8:11], 0 offen
	buffer_load_ubyte v48, v55, s[8:11], 0 offen
	buffer_load_ubyte v49, v60, s[8:11], 0 offen
	buffer_load_ubyte v50, v62, s[8:11], 0 offen
	buffer_load_ubyte v51, v64, s[8:11], 0 offen
	v_lshlrev_b32_sdwa v70, v39, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74 is_stmt 1              ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v52, v61, v70
	v_cvt_scalef32_pk_bf16_fp4 v53, v61, v70 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v54, v61, v70 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v55, v61, v70 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_lshlrev_b32_sdwa v71, v39, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt vmcnt(11)
	v_lshlrev_b32_sdwa v72, v39, v27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt vmcnt(10)
	v_lshlrev_b32_sdwa v73, v39, v34 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cmp_eq_u16_sdwa s[6:7], v23, s33 src0_sel:BYTE_0 src1_sel:DWORD
	v_cmp_eq_u16_sdwa s[2:3], v24, s33 src0_sel:BYTE_0 src1_sel:DWORD
	v_cmp_eq_u16_sdwa s[4:5], v27, s33 src0_sel:BYTE_0 src1_sel:DWORD
	v_cmp_eq_u16_sdwa s[0:1], v34, s33 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v23, 16, v52
	v_lshrrev_b32_e32 v24, 16, v53
	v_lshrrev_b32_e32 v27, 16, v54
	v_lshrrev_b32_e32 v34, 16, v55
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v52, v52, v33, s[6:7]
	v_cndmask_b32_e64 v54, v54, v33, s[6:7]
	v_cndmask_b32_e64 v55, v55, v33, s[6:7]
	v_cndmask_b32_e64 v27, v27, v33, s[6:7]
	v_cndmask_b32_e64 v34, v34, v33, s[6:7]
	v_cndmask_b32_e64 v53, v53, v33, s[6:7]
	v_cndmask_b32_e64 v24, v24, v33, s[6:7]
	v_cndmask_b32_e64 v23, v23, v33, s[6:7]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v55, v34, v55, s34
	v_perm_b32 v54, v27, v54, s34
	v_perm_b32 v53, v24, v53, s34
	v_perm_b32 v52, v23, v52, s34
	v_cvt_scalef32_pk_bf16_fp4 v60, v65, v71
	v_cvt_scalef32_pk_bf16_fp4 v61, v65, v71 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v62, v65, v71 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v64, v65, v71 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v65, v63, v72
	v_cvt_scalef32_pk_bf16_fp4 v66, v63, v72 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v70, v63, v72 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v63, v63, v72 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v76, 16, v70
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[52:55], v[56:59], a[0:3]
	v_lshrrev_b32_e32 v52, 16, v63
	v_cvt_scalef32_pk_bf16_fp4 v71, v67, v73
	v_cvt_scalef32_pk_bf16_fp4 v72, v67, v73 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v74, v67, v73 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v67, v67, v73 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v73, 16, v60
	v_lshrrev_b32_e32 v75, 16, v65
	v_lshrrev_b32_e32 v23, 16, v66
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v53, v70, v33, s[4:5]
	v_cndmask_b32_e64 v54, v63, v33, s[4:5]
	v_cndmask_b32_e64 v63, v76, v33, s[4:5]
	v_cndmask_b32_e64 v52, v52, v33, s[4:5]
	v_cndmask_b32_e64 v65, v65, v33, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v55, v52, v54, s34
	v_perm_b32 v54, v63, v53, s34
	v_lshrrev_b32_e32 v52, 16, v72
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v53, v66, v33, s[4:5]
	v_cndmask_b32_e64 v23, v23, v33, s[4:5]
	v_cndmask_b32_e64 v70, v72, v33, s[0:1]
	v_cndmask_b32_e64 v72, v73, v33, s[2:3]
	v_cndmask_b32_e64 v73, v75, v33, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v53, v23, v53, s34
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v75, v52, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v52, v73, v65, s34
	v_lshrrev_b32_e32 v27, 16, v61
	v_lshrrev_b32_e32 v34, 16, v62
	v_lshrrev_b32_e32 v24, 16, v64
	v_lshrrev_b32_e32 v77, 16, v71
	v_lshrrev_b32_e32 v63, 16, v74
	v_lshrrev_b32_e32 v23, 16, v67
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v60, v60, v33, s[2:3]
	v_cndmask_b32_e64 v61, v61, v33, s[2:3]
	v_cndmask_b32_e64 v62, v62, v33, s[2:3]
	v_cndmask_b32_e64 v64, v64, v33, s[2:3]
	v_cndmask_b32_e64 v66, v71, v33, s[0:1]
	v_cndmask_b32_e64 v71, v74, v33, s[0:1]
	v_cndmask_b32_e64 v67, v67, v33, s[0:1]
	v_cndmask_b32_e64 v27, v27, v33, s[2:3]
	v_cndmask_b32_e64 v34, v34, v33, s[2:3]
	v_cndmask_b32_e64 v24, v24, v33, s[2:3]
	v_cndmask_b32_e64 v74, v77, v33, s[0:1]
	v_cndmask_b32_e64 v76, v63, v33, s[0:1]
	v_cndmask_b32_e64 v23, v23, v33, s[0:1]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v63, v24, v64, s34
	v_perm_b32 v62, v34, v62, s34
	v_perm_b32 v61, v27, v61, s34
	v_perm_b32 v60, v72, v60, s34
	v_mfma_f32_16x16x32_bf16 a[4:7], v[52:55], v[56:59], a[4:7]
	v_perm_b32 v55, v23, v67, s34
	v_perm_b32 v54, v76, v71, s34
	v_perm_b32 v53, v75, v70, s34
	v_perm_b32 v52, v74, v66, s34
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[60:63], v[40:43], a[0:3]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	v_add_u32_e32 v28, 0x100, v28
	s_cmp_lt_i32 s13, s23
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v34, v51
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[4:7], v[52:55], v[40:43], a[4:7]
	v_mov_b32_e32 v27, v50
	v_mov_b32_e32 v42, v49
	v_mov_b32_e32 v43, v48
	v_mov_b32_e32 v24, v47
	v_mov_b32_e32 v23, v46
	v_mov_b32_e32 v40, v45
	v_mov_b32_e32 v41, v44
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v25, v[2:5]
	.loc	1 137 20                        ; make_fixtures.py:137:20
	ds_write_b64 v26, v[68:69] offset:4096
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_mov_b32_e32 v34, v51
	v_mov_b32_e32 v27, v50
	v_mov_b32_e32 v42, v49
	v_mov_b32_e32 v43, v48
	v_mov_b32_e32 v24, v47
	v_mov_b32_e32 v23, v46
	v_mov_b32_e32 v40, v45
	v_mov_b32_e32 v41, v44
	s_branch .LBB0_5
.LBB0_4:
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
.LBB0_5:                                ; %._crit_edge
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_addk_i32 s22, 0x7f
	s_movk_i32 s0, 0x80
	s_cmpk_lt_i32 s22, 0x80
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_cbranch_scc1 .LBB0_7
; %bb.6:
	v_and_b32_e32 v11, 24, v14
	v_bitop3_b32 v11, v12, v7, v11 bitop3:0x36
	v_xad_u32 v20, v11, 16, 0
	v_add_u32_e32 v12, 0x1400, v20
	ds_read2_b32 v[12:13], v12 offset1:8
	s_movk_i32 s1, 0xff
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(0)
	v_lshlrev_b32_e32 v14, 23, v34
	v_mov_b32_e32 v21, 0x7fc0
	v_cmp_eq_u16_e32 vcc, s1, v34
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v22, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v45, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[0,1,0]
	v_add_u32_e32 v11, 0, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v44, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v47, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v13, v14
	v_add_u32_e32 v14, 0x1400, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v46, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v49, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[14:15], v14 offset1:8
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v48, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v51, v13, v21, vcc
	v_lshlrev_b32_e32 v13, 23, v27
	v_cndmask_b32_e32 v50, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v22, v15, v13 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v27
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v25, 16, v22
	v_add_u32_e32 v11, 0x1000, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v53, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v22, v15, v13 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v52, v25, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v25, 16, v22
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v55, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v22, v15, v13 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v15, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v54, v25, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v25, 16, v22
	v_lshrrev_b32_e32 v15, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v59, v13, v21, vcc
	v_lshlrev_b32_e32 v13, 23, v42
	v_cndmask_b32_e32 v56, v25, v21, vcc
	v_cndmask_b32_e32 v57, v22, v21, vcc
	v_cndmask_b32_e32 v58, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v12, v13 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v42
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v15
	v_accvgpr_read_b32 v16, a0
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v61, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v12, v13 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v60, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v63, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v12, v13 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v12, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v62, v22, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v22, 16, v15
	v_lshrrev_b32_e32 v13, 16, v12
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v67, v12, v21, vcc
	v_lshlrev_b32_e32 v12, 23, v43
	v_cndmask_b32_e32 v64, v22, v21, vcc
	v_cndmask_b32_e32 v65, v15, v21, vcc
	v_cndmask_b32_e32 v66, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v14, v12 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v43
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	v_accvgpr_read_b32 v17, a1
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v69, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v14, v12 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v68, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v71, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v14, v12 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v14, v14, v12
	v_add_u32_e32 v12, 0x1000, v20
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v70, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v73, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[12:13], v12 offset1:8
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v72, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v14
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v75, v14, v21, vcc
	v_lshlrev_b32_e32 v14, 23, v24
	v_cndmask_b32_e32 v74, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v24
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v15
	v_accvgpr_read_b32 v18, a2
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v43, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v42, v20, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v77, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v15, v13, v14 op_sel:[1,0,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v76, v20, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v15
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v79, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v13, v14
	ds_read2_b32 v[14:15], v11 offset1:8
	v_lshrrev_b32_e32 v11, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v80, v11, v21, vcc
	v_lshlrev_b32_e32 v11, 23, v23
	v_cndmask_b32_e32 v78, v20, v21, vcc
	v_cndmask_b32_e32 v81, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v13, v15, v11 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v23
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v13
	v_accvgpr_read_b32 v19, a3
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v37, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v15, v11 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v36, v20, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v82, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v15, v11 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v11, v15, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v38, v20, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v20, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v84, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v13, 16, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v86, v11, v21, vcc
	v_lshlrev_b32_e32 v11, 23, v40
	v_cndmask_b32_e32 v83, v20, v21, vcc
	v_cndmask_b32_e32 v85, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v12, v11 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v40
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v20, v10, v9, v8 bitop3:0xde
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v33, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v12, v11 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v32, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v39, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v13, v12, v11 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v11, v12, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v34, v15, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v15, 16, v13
	v_lshrrev_b32_e32 v12, 16, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v89, v11, v21, vcc
	v_lshlrev_b32_e32 v11, 23, v41
	v_cndmask_b32_e32 v40, v15, v21, vcc
	v_cndmask_b32_e32 v87, v13, v21, vcc
	v_cndmask_b32_e32 v88, v12, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v12, v14, v11 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u16_e32 vcc, s1, v41
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v13, 16, v12
	s_movk_i32 s1, 0xc0
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v29, v12, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v12, v14, v11 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v28, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v13, 16, v12
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v35, v12, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v12, v14, v11 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v11, v14, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v30, v13, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v13, 16, v12
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v90, v12, v21, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v12, 16, v11
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v92, v11, v21, vcc
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_xor_b32_e32 v11, v10, v8
	v_bitop3_b32 v8, v11, s1, v9 bitop3:0x36
	v_bitop3_b32 v9, v11, s0, v9 bitop3:0x36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v41, v13, v21, vcc
	v_cndmask_b32_e32 v91, v12, v21, vcc
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v8, 0, v8
	v_add_u32_e32 v12, 0, v9
	v_xad_u32 v21, v20, 64, 0
	v_add_u32_e32 v24, 0, v20
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_mov_b32 s0, 0x5040100
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[8:11], v8
	ds_read_b128 v[12:15], v12
	ds_read_b128 v[20:23], v21
	ds_read_b128 v[24:27], v24
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v31, v28, v29, s0
	v_perm_b32 v30, v30, v35, s0
	v_perm_b32 v29, v41, v90, s0
	v_perm_b32 v28, v91, v92, s0
	v_accvgpr_write_b32 a0, v16
	v_accvgpr_write_b32 a1, v17
	v_accvgpr_write_b32 a2, v18
	v_accvgpr_write_b32 a3, v19
	v_perm_b32 v19, v68, v69, s0
	v_perm_b32 v18, v70, v71, s0
	v_perm_b32 v17, v72, v73, s0
	v_perm_b32 v16, v74, v75, s0
	v_accvgpr_read_b32 v5, a7
	v_accvgpr_read_b32 v2, a4
	v_accvgpr_read_b32 v3, a5
	v_accvgpr_read_b32 v4, a6
	v_perm_b32 v35, v32, v33, s0
	v_perm_b32 v34, v34, v39, s0
	v_perm_b32 v33, v40, v87, s0
	v_perm_b32 v32, v88, v89, s0
	v_accvgpr_write_b32 a7, v5
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[28:31], v[24:27], a[0:3]
	v_perm_b32 v31, v60, v61, s0
	v_perm_b32 v30, v62, v63, s0
	v_perm_b32 v29, v64, v65, s0
	v_perm_b32 v28, v66, v67, s0
	v_accvgpr_write_b32 a6, v4
	v_accvgpr_write_b32 a5, v3
	v_accvgpr_write_b32 a4, v2
	v_perm_b32 v39, v36, v37, s0
	v_perm_b32 v38, v38, v82, s0
	v_mfma_f32_16x16x32_bf16 a[4:7], v[16:19], v[24:27], a[4:7]
	v_perm_b32 v37, v83, v84, s0
	v_perm_b32 v36, v85, v86, s0
	v_perm_b32 v43, v42, v43, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[32:35], v[20:23], a[0:3]
	v_perm_b32 v35, v52, v53, s0
	v_perm_b32 v34, v54, v55, s0
	v_perm_b32 v33, v56, v57, s0
	v_perm_b32 v32, v58, v59, s0
	v_mfma_f32_16x16x32_bf16 a[4:7], v[28:31], v[20:23], a[4:7]
	v_perm_b32 v42, v76, v77, s0
	v_perm_b32 v41, v78, v79, s0
	v_perm_b32 v40, v80, v81, s0
	v_perm_b32 v5, v44, v45, s0
	v_perm_b32 v4, v46, v47, s0
	v_perm_b32 v3, v48, v49, s0
	v_perm_b32 v2, v50, v51, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[36:39], v[12:15], a[0:3]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[32:35], v[12:15], a[4:7]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[40:43], v[8:11], a[0:3]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[2:5], v[8:11], a[4:7]
.LBB0_7:                                ; %._crit_edge._crit_edge
	.loc	1 145 21                        ; make_fixtures.py:145:21
	s_mul_i32 s0, s17, s18
	.loc	1 145 41 is_stmt 0              ; make_fixtures.py:145:41
	v_mul_lo_u32 v1, s17, v1
	s_add_i32 s0, s0, s19
	.loc	1 145 54                        ; make_fixtures.py:145:54
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 125 18 is_stmt 1              ; make_fixtures.py:125:18
	v_cmp_gt_i32_e32 vcc, s16, v6
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_add_u32_e32 v1, s0, v1
	.loc	1 145 54 is_stmt 0              ; make_fixtures.py:145:54
	v_cmp_eq_u32_e64 s[0:1], 0, v0
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_add_lshl_u32 v0, v1, v7, 2
	.loc	1 145 54                        ; make_fixtures.py:145:54
	v_bfrev_b32_e32 v1, 1
	s_and_b64 vcc, s[0:1], vcc
	v_cndmask_b32_e32 v2, v1, v0, vcc
	v_add_u32_e32 v0, 64, v0
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[0:3], v2, s[20:23], 0 offen
	buffer_store_dwordx4 a[4:7], v0, s[20:23], 0 offen
	.loc	1 145 4                         ; make_fixtures.py:145:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel moe_gemm_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 88
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
		.amdhsa_next_free_vgpr 104
		.amdhsa_next_free_sgpr 35
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
	.size	moe_gemm_kernel, .Lfunc_end0-moe_gemm_kernel
	.cfi_endproc
                                        ; -- End function
	.set moe_gemm_kernel.num_vgpr, 93
	.set moe_gemm_kernel.num_agpr, 8
	.set moe_gemm_kernel.numbered_sgpr, 35
	.set moe_gemm_kernel.num_named_barrier, 0
	.set moe_gemm_kernel.private_seg_size, 0
	.set moe_gemm_kernel.uses_vcc, 1
	.set moe_gemm_kernel.uses_flat_scratch, 0
	.set moe_gemm_kernel.has_dyn_sized_stack, 0
	.set moe_gemm_kernel.has_recursion, 0
	.set moe_gemm_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4420
; TotalNumSgprs: 41
; NumVgprs: 93
; NumAgprs: 8
; TotalNumVgprs: 104
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 12
; NumSGPRsForWavesPerEU: 41
; NumVGPRsForWavesPerEU: 104
; AccumOffset: 96
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
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
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .offset:         56
        .size:           4
        .value_kind:     by_value
      - .offset:         60
        .size:           4
        .value_kind:     by_value
      - .offset:         64
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 88
    .max_flat_workgroup_size: 256
    .name:           moe_gemm_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     41
    .sgpr_spill_count: 0
    .symbol:         moe_gemm_kernel.kd
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
