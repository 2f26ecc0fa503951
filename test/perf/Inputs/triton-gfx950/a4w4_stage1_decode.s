	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1 ; -- Begin function _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1
	.p2align	8
	.type	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1,@function
_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1: ; @_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.14:
	.file	1 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "moe_op_gemm_a4w4.py"
	.loc	1 208 0 prologue_end            ; moe_op_gemm_a4w4.py:208:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.15:
.LBB0_0:
	s_load_dwordx4 s[40:43], s[0:1], 0x88
	s_mov_b64 s[20:21], s[2:3]
	s_mov_b64 s[28:29], s[6:7]
.Ltmp1:
	.loc	1 327 26 is_stmt 1              ; moe_op_gemm_a4w4.py:327:26
	s_abs_i32 s4, s16
	s_ashr_i32 s3, s16, 31
	.loc	1 327 39 is_stmt 0              ; moe_op_gemm_a4w4.py:327:39
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s2, s43, s42
	.loc	1 327 26                        ; moe_op_gemm_a4w4.py:327:26
	s_abs_i32 s2, s2
	v_cvt_f32_u32_e32 v1, s2
	s_sub_i32 s6, 0, s2
	s_mov_b64 s[24:25], s[10:11]
	s_mov_b64 s[36:37], s[14:15]
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s7, v1
	s_mul_i32 s6, s6, s7
	s_mul_hi_u32 s6, s7, s6
	s_add_i32 s7, s7, s6
	s_mul_hi_u32 s6, s4, s7
	s_mul_i32 s6, s6, s2
	s_sub_i32 s4, s4, s6
	s_sub_i32 s6, s4, s2
	s_cmp_ge_u32 s4, s2
	s_cselect_b32 s4, s6, s4
	s_sub_i32 s6, s4, s2
	s_cmp_ge_u32 s4, s2
	s_cselect_b32 s4, s6, s4
.Ltmp2:
	.file	2 "/work/main/.peer-loops/aiter/ops/triton/utils/_triton" "pid_preprocessing.py"
	.loc	2 72 42 is_stmt 1               ; pid_preprocessing.py:72:42 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_lshl_b32 s2, s43, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s6, s2
	v_cvt_f32_u32_e32 v1, s6
.Ltmp3:
	.loc	1 327 26                        ; moe_op_gemm_a4w4.py:327:26
	s_xor_b32 s4, s4, s3
	s_sub_i32 s3, s4, s3
.Ltmp4:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s4, 0, s6
	v_rcp_iflag_f32_e32 v1, v1
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s11, s3
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s7, s3, s2
	s_ashr_i32 s7, s7, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s9, v1
	s_mul_i32 s4, s4, s9
	s_mul_hi_u32 s4, s9, s4
	s_add_i32 s9, s9, s4
	s_mul_hi_u32 s4, s11, s9
	s_mul_i32 s9, s4, s6
	s_sub_i32 s9, s11, s9
	s_add_i32 s10, s4, 1
	s_sub_i32 s13, s9, s6
	s_cmp_ge_u32 s9, s6
	s_cselect_b32 s4, s10, s4
	s_cselect_b32 s9, s13, s9
	s_add_i32 s10, s4, 1
	s_cmp_ge_u32 s9, s6
	s_cselect_b32 s4, s10, s4
	s_xor_b32 s4, s4, s7
	s_sub_i32 s7, s4, s7
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_lshl_b32 s6, s7, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s4, s42, s6
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_min_i32 s9, s4, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s4, s9
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s10, 0, s4
	s_ashr_i32 s13, s3, 31
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s14, v1
	s_mul_i32 s10, s10, s14
	s_mul_hi_u32 s10, s14, s10
	s_add_i32 s10, s14, s10
	s_mul_hi_u32 s14, s11, s10
	s_mul_i32 s14, s14, s4
	s_sub_i32 s11, s11, s14
	s_sub_i32 s14, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s14, s11
	s_sub_i32 s14, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s14, s11
	s_xor_b32 s11, s11, s13
	s_sub_i32 s11, s11, s13
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_add_i32 s14, s6, s11
.Ltmp5:
	.loc	1 335 24 is_stmt 1              ; moe_op_gemm_a4w4.py:335:24
	s_ashr_i32 s15, s14, 31
	s_lshl_b64 s[14:15], s[14:15], 2
	s_add_u32 s14, s40, s14
	s_addc_u32 s15, s41, s15
	s_load_dword s6, s[14:15], 0x0
	.loc	1 336 20                        ; moe_op_gemm_a4w4.py:336:20
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s6, -1
	s_cbranch_scc0 .LBB0_13
; %bb.1:
.Ltmp6:
	.loc	2 78 0                          ; pid_preprocessing.py:78 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_i32 s7, s7, s2
	s_sub_i32 s2, s3, s7
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s3, s2, 31
	s_abs_i32 s2, s2
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s9, s9, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_hi_u32 s7, s2, s10
	s_xor_b32 s9, s3, s9
	s_mul_i32 s3, s7, s4
	s_sub_i32 s2, s2, s3
	s_add_i32 s3, s7, 1
	s_sub_i32 s10, s2, s4
	s_cmp_ge_u32 s2, s4
	s_load_dwordx4 s[40:43], s[0:1], 0x68
	s_cselect_b32 s3, s3, s7
	s_cselect_b32 s2, s10, s2
	s_add_i32 s7, s3, 1
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s13, s7, s3
.Ltmp7:
	.loc	1 338 26 is_stmt 1              ; moe_op_gemm_a4w4.py:338:26
	s_and_b32 s15, s6, 0xffff
	.loc	1 340 16                        ; moe_op_gemm_a4w4.py:340:16
	s_lshl_b32 s4, s15, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s14, s[42:43], s4 offset:0x0
	s_load_dwordx2 s[2:3], s[0:1], 0x78
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_lshrrev_b32_e32 v2, 4, v0
	.loc	1 367 27                        ; moe_op_gemm_a4w4.py:367:27
	s_and_b32 s41, s41, 0xffff
	s_mov_b32 s43, 0x27000
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s18, s14
	v_cvt_f32_u32_e32 v1, s18
	.loc	1 341 22                        ; moe_op_gemm_a4w4.py:341:22
	s_load_dword s4, s[2:3], s4 offset:0x0
	.loc	1 357 34                        ; moe_op_gemm_a4w4.py:357:34
	s_ashr_i32 s2, s6, 12
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	s_ashr_i32 s3, s6, 31
	v_rcp_iflag_f32_e32 v3, v1
	s_sub_i32 s6, 0, s18
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_and_or_b32 v1, s2, -16, v2
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_add_u32_e32 v4, s3, v1
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_xor_b32_e32 v4, s3, v4
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_bfi_b32 v2, -16, s2, v0
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_add_u32_e32 v2, s3, v2
	v_mul_lo_u32 v5, s6, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v5, v3, v5
	v_mul_hi_u32 v3, v4, v5
	v_mul_lo_u32 v3, v3, s18
	v_sub_u32_e32 v3, v4, v3
	v_subrev_u32_e32 v4, s18, v3
	v_cmp_le_u32_e32 vcc, s18, v3
	v_xor_b32_e32 v2, s3, v2
	s_mov_b32 s42, 0x7ffffffe
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s18, v3
	v_cmp_le_u32_e32 vcc, s18, v3
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_lshrrev_b32_e32 v8, 3, v0
	.loc	1 357 45 is_stmt 0              ; moe_op_gemm_a4w4.py:357:45
	v_bfi_b32 v10, -16, s2, v8
	.loc	1 359 35 is_stmt 1              ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_mul_hi_u32 v4, v2, v5
	v_mul_lo_u32 v4, v4, s18
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s18, v2
	v_cmp_le_u32_e32 vcc, s18, v2
	v_xor_b32_e32 v3, s3, v3
	v_subrev_u32_e32 v3, s3, v3
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s18, v2
	v_cmp_le_u32_e32 vcc, s18, v2
	.loc	1 367 27                        ; moe_op_gemm_a4w4.py:367:27
	s_waitcnt lgkmcnt(0)
	v_add_lshl_u32 v3, v3, s4, 2
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_add_u32_e32 v10, s3, v10
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s3, v2
	v_subrev_u32_e32 v2, s3, v2
	.loc	1 367 27                        ; moe_op_gemm_a4w4.py:367:27
	v_add_lshl_u32 v2, v2, s4, 2
	buffer_load_dword v4, v3, s[40:43], 0 offen
	buffer_load_dword v7, v2, s[40:43], 0 offen
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_xor_b32_e32 v10, s3, v10
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s18
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v10, s18, v5
	v_cmp_le_u32_e32 vcc, s18, v5
	s_load_dwordx2 s[6:7], s[0:1], 0x5c
	s_load_dwordx4 s[44:47], s[0:1], 0x38
	s_load_dwordx2 s[10:11], s[0:1], 0x48
	v_cndmask_b32_e32 v5, v5, v10, vcc
	v_subrev_u32_e32 v10, s18, v5
	v_cmp_le_u32_e32 vcc, s18, v5
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_and_b32_e32 v3, 15, v0
.Ltmp8:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a4w4.py:427:28 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s23, s7, 0xff
.Ltmp9:
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v5, v5, v10, vcc
	v_xor_b32_e32 v5, s3, v5
	v_subrev_u32_e32 v5, s3, v5
	.loc	1 367 27                        ; moe_op_gemm_a4w4.py:367:27
	v_add_lshl_u32 v5, v5, s4, 2
	buffer_load_dword v10, v5, s[40:43], 0 offen
.Ltmp10:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s7, s13, s9
.Ltmp11:
	.loc	1 368 55                        ; moe_op_gemm_a4w4.py:368:55
	v_lshlrev_b32_e32 v6, 3, v3
.Ltmp12:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s7, s7, s9
.Ltmp13:
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmpk_gt_i32 s23, 0x1ff
	.loc	1 375 26                        ; moe_op_gemm_a4w4.py:375:26
	s_mul_i32 s13, s15, s10
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bfrev_b32_e32 v9, 1
	s_mov_b32 s40, s28
	.loc	1 368 55                        ; moe_op_gemm_a4w4.py:368:55
	v_and_b32_e32 v2, 7, v0
	v_lshlrev_b32_e32 v18, 4, v2
	.loc	1 411 19                        ; moe_op_gemm_a4w4.py:411:19
	s_mul_i32 s33, s15, s44
	s_mov_b64 s[16:17], s[46:47]
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_mov_b32 s18, s42
	s_mov_b32 s19, s43
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_mov_b32 s38, s42
	s_mov_b32 s39, s43
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_mov_b32 s26, s42
	s_mov_b32 s27, s43
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_lshlrev_b32_e32 v33, 3, v0
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add_u32_e32 v23, 0, v0
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_mov_b32 s30, s42
	s_mov_b32 s31, s43
	.loc	1 367 53                        ; moe_op_gemm_a4w4.py:367:53
	s_waitcnt vmcnt(2)
	v_ashrrev_i32_e32 v5, 31, v4
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v11, 31, v7
	v_lshrrev_b32_e32 v5, 30, v5
	v_lshrrev_b32_e32 v11, 30, v11
	v_add_u32_e32 v4, v4, v5
	v_add_u32_e32 v5, v7, v11
	v_ashrrev_i32_e32 v4, 2, v4
	v_ashrrev_i32_e32 v7, 2, v5
	.loc	1 372 10                        ; moe_op_gemm_a4w4.py:372:10
	v_mad_u64_u32 v[4:5], s[2:3], v4, s8, v[6:7]
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_abs_i32 s9, s6
	v_cvt_f32_u32_e32 v5, s9
	.loc	1 392 30 is_stmt 0              ; moe_op_gemm_a4w4.py:392:30
	s_lshl_b32 s22, s7, 6
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_sub_i32 s10, 0, s9
	.loc	1 434 20 is_stmt 1              ; moe_op_gemm_a4w4.py:434:20
	s_and_b32 s29, s29, 0xffff
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_rcp_iflag_f32_e32 v5, v5
	s_bfe_i32 s8, s7, 0x10019
	.loc	1 392 46 is_stmt 0              ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v8, s22, v8
	.loc	1 434 20 is_stmt 1              ; moe_op_gemm_a4w4.py:434:20
	s_mov_b32 s41, s29
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_cndmask_b32_e64 v11, v9, v4, s[2:3]
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_add_u32_e32 v8, s8, v8
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	buffer_load_dwordx2 v[20:21], v11, s[40:43], 0 offen
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_mul_lo_u32 v12, s10, v5
	v_mul_hi_u32 v12, v5, v12
	v_xor_b32_e32 v11, s8, v8
	v_add_u32_e32 v8, 32, v8
	v_add_u32_e32 v5, v5, v12
	v_xor_b32_e32 v8, s8, v8
	v_mul_hi_u32 v12, v11, v5
	v_mul_hi_u32 v5, v8, v5
	v_mul_lo_u32 v12, v12, s9
	v_mul_lo_u32 v5, v5, s9
	v_sub_u32_e32 v11, v11, v12
	v_sub_u32_e32 v5, v8, v5
	v_subrev_u32_e32 v8, s9, v11
	v_cmp_le_u32_e32 vcc, s9, v11
	v_subrev_u32_e32 v12, s9, v5
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_and_b32 s17, s17, 0xffff
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v8, v11, v8, vcc
	v_cmp_le_u32_e32 vcc, s9, v5
	v_subrev_u32_e32 v11, s9, v8
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_and_b32 s37, s37, 0xffff
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v5, v5, v12, vcc
	v_cmp_le_u32_e32 vcc, s9, v8
	v_subrev_u32_e32 v12, s9, v5
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_and_b32 s25, s25, 0xffff
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v8, v8, v11, vcc
	v_cmp_le_u32_e32 vcc, s9, v5
	v_xor_b32_e32 v8, s8, v8
	v_subrev_u32_e32 v11, s8, v8
	v_cndmask_b32_e32 v5, v5, v12, vcc
	v_xor_b32_e32 v5, s8, v5
	v_subrev_u32_e32 v5, s8, v5
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v25, v11, s11
	v_mul_lo_u32 v26, v5, s11
	v_add_u32_e32 v12, s13, v2
	v_add_u32_e32 v14, v12, v25
	v_add_u32_e32 v15, v12, v26
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_mul_lo_u32 v28, v11, s45
	v_mul_lo_u32 v29, v5, s45
	v_add_u32_e32 v5, s33, v18
	.loc	1 400 40                        ; moe_op_gemm_a4w4.py:400:40
	v_bfe_u32 v8, v0, 4, 2
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_cndmask_b32_e64 v12, v9, v14, s[2:3]
	v_cndmask_b32_e64 v13, v9, v15, s[2:3]
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_add_u32_e32 v17, v5, v28
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v19, v12, s[16:19], 0 offen
	buffer_load_ubyte v22, v13, s[16:19], 0 offen
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_add_u32_e32 v16, v5, v29
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_cndmask_b32_e64 v5, v9, v17, s[2:3]
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_mad_u64_u32 v[12:13], s[8:9], v7, s12, v[8:9]
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_cndmask_b32_e64 v11, v9, v16, s[2:3]
	buffer_load_dwordx4 v[34:37], v5, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[38:41], v11, s[36:39], 0 offen sc0 nt
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_add_u32_e32 v32, 4, v12
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	v_cndmask_b32_e64 v5, v9, v12, s[2:3]
	v_cndmask_b32_e64 v7, v9, v32, s[2:3]
	buffer_load_ubyte v30, v5, s[24:27], 0 offen
	buffer_load_ubyte v31, v7, s[24:27], 0 offen
	.loc	1 367 53                        ; moe_op_gemm_a4w4.py:367:53
	s_waitcnt vmcnt(7)
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_lshrrev_b32_e32 v13, 1, v0
	s_movk_i32 s8, 0x70
	.loc	1 367 53                        ; moe_op_gemm_a4w4.py:367:53
	v_lshrrev_b32_e32 v11, 30, v11
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_lshlrev_b32_e32 v7, 4, v0
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bitop3_b32 v9, v33, v13, s8 bitop3:0x78
	.loc	1 367 53                        ; moe_op_gemm_a4w4.py:367:53
	v_add_u32_e32 v10, v10, v11
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_bitop3_b32 v7, v7, v0, s8 bitop3:0x78
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v9, 0, v9
	.loc	1 367 53                        ; moe_op_gemm_a4w4.py:367:53
	v_ashrrev_i32_e32 v10, 2, v10
	.loc	1 400 40                        ; moe_op_gemm_a4w4.py:400:40
	v_and_b32_e32 v5, 48, v0
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_add_u32_e32 v7, 0, v7
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_mad_u64_u32 v[10:11], s[10:11], v10, s12, v[2:3]
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmpk_gt_i32 s23, 0x2ff
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(6)
	ds_write_b64 v9, v[20:21] offset:8192
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v7, v[34:37]
	s_waitcnt vmcnt(2)
	ds_write_b128 v7, v[38:41] offset:4096
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	ds_write_b8 v23, v19 offset:10240
	ds_write_b8 v23, v22 offset:10496
	v_lshlrev_b32_e32 v34, 7, v3
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_4
; %bb.2:                                ; %.._crit_edge_crit_edge
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bitop3_b32 v11, v33, v5, s8 bitop3:0x6c
	v_bitop3_b32 v20, v11, 64, v34 bitop3:0x36
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_and_b32_e32 v11, 0xc0, v0
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_and_b32_e32 v21, 0x70, v33
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_lshlrev_b32_e32 v22, 5, v11
	v_or_b32_e32 v24, v22, v21
	v_bitop3_b32 v22, v22, v5, v21 bitop3:0x36
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bitop3_b32 v19, v21, v34, v5 bitop3:0xde
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_bitop3_b32 v21, v24, v34, v5 bitop3:0xde
	v_bitop3_b32 v22, v22, 64, v34 bitop3:0x36
	s_load_dwordx2 s[8:9], s[0:1], 0x50
	s_cbranch_execz .LBB0_5
; %bb.3:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a4w4.py:0:20
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v24, v30
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v27, v31
	s_branch .LBB0_10
.LBB0_4:
                                        ; implicit-def: $vgpr19
                                        ; implicit-def: $vgpr20
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr21
                                        ; implicit-def: $vgpr22
	s_load_dwordx2 s[8:9], s[0:1], 0x50
.LBB0_5:                                ; %.lr.ph
	.loc	1 435 20 is_stmt 1              ; moe_op_gemm_a4w4.py:435:20
	s_mov_b32 s38, s30
	s_mov_b32 s39, s31
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	buffer_load_dwordx2 v[60:61], v4, s[28:31], 0 offen offset:128
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	buffer_load_dwordx4 v[36:39], v17, s[36:39], 0 offen offset:128 sc0 nt
	buffer_load_dwordx4 v[40:43], v16, s[36:39], 0 offen offset:128 sc0 nt
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_mov_b32 s18, s30
	s_mov_b32 s19, s31
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v35, v14, s[16:19], 0 offen offset:8
	buffer_load_ubyte v62, v15, s[16:19], 0 offen offset:8
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	buffer_load_ubyte v24, v12, s[24:27], 0 offen offset:8
	buffer_load_ubyte v27, v32, s[24:27], 0 offen offset:8
	s_movk_i32 s12, 0x70
	v_and_b32_e32 v11, 0xc0, v0
	v_and_b32_e32 v21, 0x70, v33
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v20, 8, v31
	v_bitop3_b32 v22, v33, v5, s12 bitop3:0x6c
	v_lshlrev_b32_e32 v31, 5, v11
	v_or_b32_e32 v33, v30, v20
	v_bitop3_b32 v20, v22, 64, v34 bitop3:0x36
	v_or_b32_e32 v22, v31, v21
	v_bitop3_b32 v19, v21, v34, v5 bitop3:0xde
	v_lshlrev_b32_e32 v32, 1, v11
	v_bitop3_b32 v31, v31, v5, v21 bitop3:0x36
	v_bitop3_b32 v21, v22, v34, v5 bitop3:0xde
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add3_u32 v32, 0, v6, v32
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_and_b32_e32 v63, 0xffff, v33
	v_add_u32_e32 v33, 0, v21
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add_u32_e32 v32, v32, v8
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[44:47], v33
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	ds_read_u8 v64, v32 offset:10244
	ds_read_u8 v65, v32 offset:10240
	v_bitop3_b32 v22, v31, 64, v34 bitop3:0x36
	v_add_u32_e32 v34, 0, v22
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v30, 0, v19
	v_add_u32_e32 v31, 0, v20
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[48:51], v34
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[52:55], v30 offset:8192
	ds_read_b128 v[56:59], v31 offset:8192
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v64, 8, v64
	s_waitcnt lgkmcnt(3)
	v_or_b32_e32 v64, v65, v64
	v_and_b32_e32 v64, 0xffff, v64
.Ltmp14:
	.loc	3 43 30                         ; standard.py:43:30 @[ moe_op_gemm_a4w4.py:427:28 ]
	s_lshr_b32 s11, s23, 8
	s_mov_b32 s10, 0
.Ltmp15:
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[44:47], v[52:55], 0, v64, v63 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v10, 8, v10
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmp_eq_u32 s11, 3
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[48:51], v[56:59], a[0:3], v64, v63 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_barrier
	s_waitcnt vmcnt(6)
	ds_write_b64 v9, v[60:61] offset:8192
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(5)
	ds_write_b128 v7, v[36:39]
	s_waitcnt vmcnt(4)
	ds_write_b128 v7, v[40:43] offset:4096
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v23, v35 offset:10240
	s_waitcnt vmcnt(2)
	ds_write_b8 v23, v62 offset:10496
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_9
; %bb.6:                                ; %.peel.next
	v_add3_u32 v16, v29, s33, v18
	v_add3_u32 v17, v28, s33, v18
	v_add3_u32 v15, v26, s13, v2
	v_add3_u32 v14, v25, s13, v2
	s_add_i32 s11, s11, -3
	s_movk_i32 s13, 0xff
	s_mov_b32 s12, 0
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 467 17                        ; moe_op_gemm_a4w4.py:467:17
	v_add_u32_e32 v18, s10, v4
	v_add_u32_e32 v35, s10, v17
	.loc	1 462 24                        ; moe_op_gemm_a4w4.py:462:24
	v_add_u32_e32 v26, s12, v14
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v28, s12, v15
	v_add_u32_e32 v29, s12, v12
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v44, s10, v16
	buffer_load_dwordx2 v[56:57], v18, s[28:31], 0 offen offset:256
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	buffer_load_dwordx4 v[36:39], v35, s[36:39], 0 offen offset:256 sc0 nt
	buffer_load_dwordx4 v[40:43], v44, s[36:39], 0 offen offset:256 sc0 nt
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v58, v26, s[16:19], 0 offen offset:16
	buffer_load_ubyte v59, v28, s[16:19], 0 offen offset:16
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	buffer_load_ubyte v25, v29, s[24:27], 0 offen offset:20
	buffer_load_ubyte v18, v29, s[24:27], 0 offen offset:16
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v35, 8, v27
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[26:29], v30 offset:8192
	ds_read_b128 v[44:47], v31 offset:8192
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[48:51], v33
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	ds_read_u8 v60, v32 offset:10240
	ds_read_u8 v61, v32 offset:10244
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[52:55], v34
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_bitop3_b16 v24, v24, v35, s13 bitop3:0xec
	v_and_b32_e32 v24, 0xffff, v24
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_add_i32 s12, s12, 8
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_e32 v35, 8, v61
	v_or_b32_e32 v35, v60, v35
	v_and_b32_e32 v35, 0xffff, v35
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_addk_i32 s10, 0x80
	s_add_i32 s11, s11, -1
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[48:51], v[26:29], a[0:3], v35, v24 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmp_lg_u32 s11, 0
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[52:55], v[44:47], a[0:3], v35, v24 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(6)
	ds_write_b64 v9, v[56:57] offset:8192
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(5)
	ds_write_b128 v7, v[36:39]
	s_waitcnt vmcnt(4)
	ds_write_b128 v7, v[40:43] offset:4096
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v23, v58 offset:10240
	s_waitcnt vmcnt(2)
	ds_write_b8 v23, v59 offset:10496
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v27, v25
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v24, v18
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a4w4.py:0:19
	v_add_u32_e32 v12, s10, v17
	v_add_u32_e32 v4, s10, v4
	v_add_u32_e32 v17, 0x80, v12
	v_add_u32_e32 v12, s10, v16
	v_add3_u32 v14, v14, s12, 8
	v_add3_u32 v15, v15, s12, 8
	v_add_u32_e32 v10, s12, v10
	v_add_u32_e32 v4, 0x80, v4
	v_add_u32_e32 v16, 0x80, v12
	v_mov_b32_e32 v27, v25
	v_mov_b32_e32 v24, v18
	s_branch .LBB0_10
.LBB0_9:
	v_add_u32_e32 v14, 8, v14
	v_add_u32_e32 v15, 8, v15
	v_add_u32_e32 v4, 0x80, v4
	v_add_u32_e32 v17, 0x80, v17
	v_add_u32_e32 v16, 0x80, v16
.LBB0_10:                               ; %._crit_edge
	s_load_dwordx2 s[12:13], s[0:1], 0x98
	s_load_dword s10, s[0:1], 0x58
	v_and_b32_e32 v23, 0xf0, v0
	.loc	1 459 46 is_stmt 1              ; moe_op_gemm_a4w4.py:459:46
	s_andn2_b64 vcc, exec, s[2:3]
	v_add_u32_e32 v12, 0, v22
	v_add_u32_e32 v18, 0, v21
	v_add_u32_e32 v20, 0, v20
	v_add_u32_e32 v19, 0, v19
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_cbranch_vccnz .LBB0_12
; %bb.11:
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_lshlrev_b32_e32 v11, 1, v11
	v_add_u32_e32 v6, 0, v6
	v_add3_u32 v6, v6, v11, v8
	ds_read_u8 v8, v6 offset:10240
	ds_read_u8 v6, v6 offset:10244
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[32:35], v12
	ds_read_b128 v[36:39], v18
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[40:43], v20 offset:8192
	ds_read_b128 v[44:47], v19 offset:8192
	v_accvgpr_read_b32 v28, a0
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v11, 8, v27
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v6, 8, v6
	v_accvgpr_read_b32 v31, a3
	v_accvgpr_read_b32 v30, a2
	v_accvgpr_read_b32 v29, a1
	v_or_b32_e32 v11, v24, v11
	v_or_b32_e32 v6, v8, v6
	v_accvgpr_write_b32 a0, v28
	v_and_b32_e32 v11, 0xffff, v11
	v_and_b32_e32 v6, 0xffff, v6
	v_accvgpr_write_b32 a1, v29
	v_accvgpr_write_b32 a2, v30
	v_accvgpr_write_b32 a3, v31
	.loc	1 467 17                        ; moe_op_gemm_a4w4.py:467:17
	v_add_u32_e32 v16, 0x80, v16
	v_add_u32_e32 v17, 0x80, v17
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[36:39], v[44:47], a[0:3], v6, v11 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 466 17                        ; moe_op_gemm_a4w4.py:466:17
	v_add_u32_e32 v4, 0x80, v4
	.loc	1 462 24                        ; moe_op_gemm_a4w4.py:462:24
	v_add_u32_e32 v15, 8, v15
	v_add_u32_e32 v14, 8, v14
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[32:35], v[40:43], a[0:3], v6, v11 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
.LBB0_12:                               ; %._crit_edge._crit_edge
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_bfrev_b32_e32 v34, 1
	.loc	1 470 31                        ; moe_op_gemm_a4w4.py:470:31
	v_cmp_gt_u32_e32 vcc, 4, v3
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v6, 8, v10
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_mov_b32 s38, s30
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_cndmask_b32_e32 v4, v34, v4, vcc
	.loc	1 470 31                        ; moe_op_gemm_a4w4.py:470:31
	v_cmp_gt_u32_e32 vcc, 2, v2
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	buffer_load_dwordx2 v[32:33], v4, s[28:31], 0 offen
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	v_cndmask_b32_e64 v4, v10, v6, s[2:3]
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	v_cndmask_b32_e32 v6, v34, v17, vcc
	s_mov_b32 s39, s31
	v_cndmask_b32_e32 v8, v34, v16, vcc
	buffer_load_dwordx4 v[24:27], v6, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[28:31], v8, s[36:39], 0 offen sc0 nt
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_cndmask_b32_e32 v4, v34, v4, vcc
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_mov_b32 s18, s30
	s_mov_b32 s19, s31
	v_cndmask_b32_e32 v6, v34, v15, vcc
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	buffer_load_ubyte v35, v6, s[16:19], 0 offen
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	buffer_load_ubyte v36, v4, s[24:27], 0 offen
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_cndmask_b32_e32 v4, v34, v14, vcc
	buffer_load_ubyte v4, v4, s[16:19], 0 offen
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_lshrrev_b32_e32 v6, 2, v23
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v37, 3, v0
	v_and_b32_e32 v8, 30, v13
	v_bfe_u32 v10, v0, 6, 1
	v_lshlrev_b32_e32 v39, 2, v2
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_and_b32_e32 v41, 0x80, v0
	.loc	1 513 30                        ; moe_op_gemm_a4w4.py:513:30
	s_mul_i32 s15, s15, s10
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v6, s22, v6
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_lshl_add_u32 v14, v37, 5, 0
	v_and_b32_e32 v38, 64, v0
	v_lshlrev_b32_e32 v40, 1, v5
	v_bfe_u32 v11, v0, 3, 1
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_mul_u32_u24_e32 v2, 28, v2
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add_u32_e32 v15, 0, v39
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshrrev_b32_e32 v16, 6, v41
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add3_u32 v43, v14, v8, v10
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_add_lshl_u32 v8, v6, s15, 2
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e32 vcc, s6, v6
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_and_b32_e32 v13, 28, v13
	v_lshlrev_b32_e32 v42, 2, v38
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add3_u32 v44, v15, v11, v40
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v2, v15, v2, v16
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_cndmask_b32_e32 v6, v34, v8, vcc
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v2, v2, v13, v42
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e64 s[0:1], s14, v1
	.loc	1 525 54                        ; moe_op_gemm_a4w4.py:525:54
	v_lshlrev_b32_e32 v3, 1, v3
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_add_u32_e32 v1, s4, v1
	s_movk_i32 s3, 0xc0
	.loc	1 304 14                        ; moe_op_gemm_a4w4.py:304:14
	s_lshr_b32 s2, s6, 31
	s_add_i32 s2, s6, s2
	s_ashr_i32 s2, s2, 1
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s22, s10
	s_mov_b32 s23, s11
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt vmcnt(5)
	ds_write_b64 v9, v[32:33]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[8:11], v19
	ds_read_b128 v[14:17], v20
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(4)
	ds_write_b128 v7, v[24:27]
	s_waitcnt vmcnt(3)
	ds_write_b128 v7, v[28:31] offset:4096
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[18:21], v18
	ds_read_b128 v[22:25], v12
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_waitcnt vmcnt(2) lgkmcnt(0)
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshlrev_b16_e32 v7, 8, v35
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b8 v43, v36
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v4, v4, v7
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v12, v44
	ds_read_u8 v13, v44 offset:2
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b16 v2, v4
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	buffer_load_dwordx4 v[26:29], v6, s[8:11], 0 offen sc0 nt
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v2, 8, v0
	v_bfe_i32 v4, v0, 3, 1
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_bfe_i32 v6, v0, 7, 1
	v_lshrrev_b32_e32 v7, 7, v0
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_and_b32_e32 v0, 4, v0
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshrrev_b32_e32 v33, 5, v38
	v_lshl_add_u32 v35, v2, 5, 0
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_lshlrev_b32_e32 v0, 6, v0
	v_lshlrev_b32_e32 v2, 3, v2
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v7, v35, v33, v7
	.loc	1 525 41                        ; moe_op_gemm_a4w4.py:525:41
	v_lshl_or_b32 v36, s7, 5, v3
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_mul_lo_u32 v43, v1, s5
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_lshlrev_b32_e32 v1, 2, v37
	v_lshlrev_b32_e32 v3, 3, v38
	v_add_u32_e32 v33, 0, v0
	v_bitop3_b32 v2, v6, v2, s3 bitop3:0x6c
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v6, v7, v39, v40
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add3_u32 v1, v33, v3, v1
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	ds_read_u8 v3, v6
	ds_read_u8 v6, v6 offset:128
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_lshrrev_b32_e32 v38, 1, v41
	v_bitop3_b32 v4, v4, v38, s3 bitop3:0x6c
	v_lshrrev_b32_e32 v32, 2, v5
	v_add3_u32 v4, v1, v4, v5
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_lshlrev_b16_e32 v1, 8, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v5, 8, v6
	v_or_b32_e32 v1, v12, v1
	v_or_b32_e32 v3, v3, v5
	v_and_b32_e32 v1, 0xffff, v1
	v_and_b32_e32 v3, 0xffff, v3
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_lshlrev_b32_e32 v37, 4, v37
	v_add_u32_e32 v0, v33, v0
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[18:21], v[8:11], a[0:3], v3, v1 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add3_u32 v0, v0, v37, v32
	v_add3_u32 v5, v0, v2, v42
.Ltmp16:
	.file	4 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "activations.py"
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_max_f32_e64 v30, s13, s13
.Ltmp17:
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[22:25], v[14:17], a[0:3], v3, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
.Ltmp18:
	.loc	4 28 45                         ; activations.py:28:45 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_mov_b32_e32 v31, 0xbfb8aa3b
	v_mul_f32_e32 v31, s12, v31
.Ltmp19:
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 526 28                        ; moe_op_gemm_a4w4.py:526:28
	v_cmp_gt_i32_e64 s[2:3], s2, v36
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	s_nop 2
	v_accvgpr_read_b32 v0, a0
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v1, a1
	v_accvgpr_read_b32 v3, a3
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_waitcnt vmcnt(0)
	v_add_f32_e32 v0, v0, v26
	v_add_f32_e32 v2, v2, v28
	v_add_f32_e32 v1, v1, v27
.Ltmp20:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_min_f32_e32 v6, v0, v30
	v_min_f32_e32 v7, v2, v30
.Ltmp21:
	.loc	4 7 24 is_stmt 0                ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_min_f32_e32 v2, v1, v30
.Ltmp22:
	.loc	4 28 53 is_stmt 1               ; activations.py:28:53 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_mul_f32_e32 v0, v31, v6
	v_mul_f32_e32 v1, v31, v7
	.loc	4 28 28 is_stmt 0               ; activations.py:28:28 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_exp_f32_e32 v0, v0
	v_exp_f32_e32 v1, v1
.Ltmp23:
	.loc	1 518 20 is_stmt 1              ; moe_op_gemm_a4w4.py:518:20
	v_add_f32_e32 v3, v3, v29
.Ltmp24:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_min_f32_e32 v3, v3, v30
	.loc	4 9 33                          ; activations.py:9:33 @[ activations.py:27:30 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_max_f32_e64 v2, -s13, v2
.Ltmp25:
	.loc	4 28 20                         ; activations.py:28:20 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_pk_add_f32 v[0:1], v[0:1], 1.0 op_sel_hi:[1,0]
.Ltmp26:
	.loc	4 9 33                          ; activations.py:9:33 @[ activations.py:27:30 @[ moe_op_gemm_a4w4.py:520:34 ] ]
	v_max_f32_e64 v3, -s13, v3
.Ltmp27:
	.loc	4 28 16                         ; activations.py:28:16 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_div_scale_f32 v8, s[4:5], v1, v1, v7
	v_div_scale_f32 v10, s[4:5], v0, v0, v6
	v_rcp_f32_e32 v11, v8
	v_rcp_f32_e32 v12, v10
	v_div_scale_f32 v9, vcc, v7, v1, v7
	v_fma_f32 v14, -v8, v11, 1.0
	v_fma_f32 v15, -v10, v12, 1.0
	v_fmac_f32_e32 v11, v14, v11
	v_div_scale_f32 v13, s[4:5], v6, v0, v6
	v_fmac_f32_e32 v12, v15, v12
	v_mul_f32_e32 v14, v9, v11
	v_mul_f32_e32 v15, v13, v12
	v_fma_f32 v16, -v8, v14, v9
	v_fma_f32 v17, -v10, v15, v13
	v_fmac_f32_e32 v14, v16, v11
	v_fmac_f32_e32 v15, v17, v12
	v_fma_f32 v8, -v8, v14, v9
	v_fma_f32 v9, -v10, v15, v13
	v_div_fmas_f32 v8, v8, v11, v14
	s_mov_b64 vcc, s[4:5]
	v_div_fixup_f32 v1, v8, v1, v7
	v_div_fmas_f32 v7, v9, v12, v15
	v_div_fixup_f32 v0, v7, v0, v6
	.loc	4 30 33                         ; activations.py:30:33 @[ moe_op_gemm_a4w4.py:520:34 ]
	v_pk_fma_f32 v[0:1], v[0:1], v[2:3], v[0:1]
.Ltmp28:
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 vcc, s[2:3], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v0, v0, v1
	ds_write_b32 v4, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v5
	v_add_lshl_u32 v1, v36, v43, 1
	v_cndmask_b32_e32 v1, v34, v1, vcc
	s_waitcnt lgkmcnt(0)
	buffer_store_dword v0, v1, s[20:23], 0 offen
.LBB0_13:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a4w4.py:0
	s_endpgm
.Ltmp29:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 176
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
	.size	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1, .Lfunc_end0-_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.num_vgpr, 66
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.num_agpr, 4
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.numbered_sgpr, 48
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.num_named_barrier, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.private_seg_size, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.uses_vcc, 1
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.uses_flat_scratch, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.has_dyn_sized_stack, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.has_recursion, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4268
; TotalNumSgprs: 54
; NumVgprs: 66
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
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
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
	.byte	1                               ; DW_CHILDREN_yes
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
	.byte	2                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	32                              ; DW_AT_inline
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	3                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	4                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	5                               ; DW_FORM_data2
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	5                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	1                               ; DW_CHILDREN_yes
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	5                               ; DW_FORM_data2
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	6                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	85                              ; DW_AT_ranges
	.byte	23                              ; DW_FORM_sec_offset
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
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
	.byte	1                               ; Abbrev [1] 0xb:0x78 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x2a:0x6 DW_TAG_subprogram
	.long	.Linfo_string3                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x30:0x52 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	330                             ; DW_AT_call_line
	.byte	56                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x4e:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	427                             ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5b:0x26 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	520                             ; DW_AT_call_line
	.byte	34                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x68:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	4                               ; DW_AT_call_file
	.byte	24                              ; DW_AT_call_line
	.byte	26                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x74:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges4                 ; DW_AT_ranges
	.byte	4                               ; DW_AT_call_file
	.byte	27                              ; DW_AT_call_line
	.byte	30                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"moe_op_gemm_a4w4.py"           ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" ; string offset=27
.Linfo_string3:
	.asciz	"_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1" ; string offset=87
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
      - .offset:         8
        .size:           4
        .value_kind:     by_value
      - .offset:         12
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         16
        .size:           8
        .value_kind:     global_buffer
      - .offset:         24
        .size:           4
        .value_kind:     by_value
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
      - .offset:         56
        .size:           4
        .value_kind:     by_value
      - .offset:         60
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
      - .offset:         88
        .size:           4
        .value_kind:     by_value
      - .offset:         92
        .size:           4
        .value_kind:     by_value
      - .offset:         96
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         104
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         112
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         120
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         128
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         136
        .size:           8
        .value_kind:     global_buffer
      - .offset:         144
        .size:           4
        .value_kind:     by_value
      - .offset:         148
        .size:           4
        .value_kind:     by_value
      - .offset:         152
        .size:           4
        .value_kind:     by_value
      - .offset:         156
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         160
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         168
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 176
    .max_flat_workgroup_size: 256
    .name:           _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1
    .private_segment_fixed_size: 0
    .sgpr_count:     54
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1.kd
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
