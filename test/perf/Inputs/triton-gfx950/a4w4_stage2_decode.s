	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0 ; -- Begin function _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
	.p2align	8
	.type	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0,@function
_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0: ; @_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.15:
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
; %bb.16:
.LBB0_0:
	s_load_dwordx4 s[40:43], s[0:1], 0x80
	s_mov_b64 s[20:21], s[2:3]
	s_mov_b64 s[24:25], s[6:7]
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
	s_mov_b64 s[28:29], s[10:11]
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
	s_abs_i32 s9, s3
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s7, s3, s2
	s_ashr_i32 s7, s7, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s10, v1
	s_mul_i32 s4, s4, s10
	s_mul_hi_u32 s4, s10, s4
	s_add_i32 s10, s10, s4
	s_mul_hi_u32 s4, s9, s10
	s_mul_i32 s10, s4, s6
	s_sub_i32 s10, s9, s10
	s_add_i32 s11, s4, 1
	s_sub_i32 s13, s10, s6
	s_cmp_ge_u32 s10, s6
	s_cselect_b32 s4, s11, s4
	s_cselect_b32 s10, s13, s10
	s_add_i32 s11, s4, 1
	s_cmp_ge_u32 s10, s6
	s_cselect_b32 s4, s11, s4
	s_xor_b32 s4, s4, s7
	s_sub_i32 s13, s4, s7
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_lshl_b32 s6, s13, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s4, s42, s6
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_min_i32 s14, s4, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s4, s14
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s10, 0, s4
	s_ashr_i32 s7, s3, 31
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s15, v1
	s_mul_i32 s10, s10, s15
	s_mul_hi_u32 s10, s15, s10
	s_add_i32 s15, s15, s10
	s_mul_hi_u32 s10, s9, s15
	s_mul_i32 s10, s10, s4
	s_sub_i32 s9, s9, s10
	s_sub_i32 s10, s9, s4
	s_cmp_ge_u32 s9, s4
	s_cselect_b32 s9, s10, s9
	s_sub_i32 s10, s9, s4
	s_cmp_ge_u32 s9, s4
	s_cselect_b32 s9, s10, s9
	s_xor_b32 s9, s9, s7
	s_sub_i32 s7, s9, s7
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_add_i32 s6, s6, s7
.Ltmp5:
	.loc	1 335 24 is_stmt 1              ; moe_op_gemm_a4w4.py:335:24
	s_ashr_i32 s7, s6, 31
	s_lshl_b64 s[6:7], s[6:7], 2
	s_add_u32 s6, s40, s6
	s_addc_u32 s7, s41, s7
	s_load_dword s9, s[6:7], 0x0
	.loc	1 336 20                        ; moe_op_gemm_a4w4.py:336:20
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s9, -1
	s_cbranch_scc0 .LBB0_14
; %bb.1:
.Ltmp6:
	.loc	2 78 23                         ; pid_preprocessing.py:78:23 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_i32 s13, s13, s2
	s_sub_i32 s2, s3, s13
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s3, s2, 31
	s_abs_i32 s2, s2
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s14, s14, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_hi_u32 s13, s2, s15
	s_xor_b32 s3, s3, s14
	s_mul_i32 s14, s13, s4
	s_sub_i32 s2, s2, s14
	s_add_i32 s14, s13, 1
	s_sub_i32 s15, s2, s4
	s_cmp_ge_u32 s2, s4
	s_load_dwordx4 s[40:43], s[0:1], 0x38
	s_load_dwordx2 s[10:11], s[0:1], 0x48
	s_load_dwordx2 s[6:7], s[0:1], 0x5c
	s_load_dwordx4 s[44:47], s[0:1], 0x68
	s_cselect_b32 s13, s14, s13
	s_cselect_b32 s2, s15, s2
	s_add_i32 s14, s13, 1
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s2, s14, s13
.Ltmp7:
	.loc	1 338 26 is_stmt 1              ; moe_op_gemm_a4w4.py:338:26
	s_and_b32 s14, s9, 0xffff
	.loc	1 340 16                        ; moe_op_gemm_a4w4.py:340:16
	s_lshl_b32 s4, s14, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s13, s[44:45], s4 offset:0x0
.Ltmp8:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s2, s2, s3
.Ltmp9:
	.loc	1 357 34                        ; moe_op_gemm_a4w4.py:357:34
	s_ashr_i32 s23, s9, 12
.Ltmp10:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s18, s2, s3
.Ltmp11:
	.loc	1 357 34                        ; moe_op_gemm_a4w4.py:357:34
	s_and_b32 s2, s23, -16
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s33, s13
	v_cvt_f32_u32_e32 v1, s33
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_lshrrev_b32_e32 v2, 4, v0
	.loc	1 357 45 is_stmt 0              ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v2, s2, v2
	.loc	1 359 35 is_stmt 1              ; moe_op_gemm_a4w4.py:359:35
	s_sub_i32 s2, 0, s33
	v_rcp_iflag_f32_e32 v4, v1
	s_ashr_i32 s34, s9, 31
	v_add_u32_e32 v2, s34, v2
	v_xor_b32_e32 v2, s34, v2
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_bfi_b32 v1, -16, s23, v0
	.loc	1 341 22                        ; moe_op_gemm_a4w4.py:341:22
	s_load_dword s4, s[46:47], s4 offset:0x0
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_and_b32_e32 v10, 15, v0
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_mul_lo_u32 v5, s2, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v11, v4, v5
	v_mul_hi_u32 v4, v2, v11
	v_mul_lo_u32 v4, v4, s33
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s33, v2
	v_cmp_le_u32_e32 vcc, s33, v2
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_lshrrev_b32_e32 v3, 3, v0
.Ltmp12:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a4w4.py:427:28 ]
	s_add_i32 s15, s7, 0xff
.Ltmp13:
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s33, v2
	v_cmp_le_u32_e32 vcc, s33, v2
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmpk_gt_i32 s15, 0x1ff
	s_mov_b32 s27, 0x27000
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s34, v2
	v_subrev_u32_e32 v4, s34, v2
	v_add_u32_e32 v2, s34, v1
	v_xor_b32_e32 v2, s34, v2
	v_mul_hi_u32 v5, v2, v11
	v_mul_lo_u32 v5, v5, s33
	v_sub_u32_e32 v2, v2, v5
	v_subrev_u32_e32 v5, s33, v2
	v_cmp_le_u32_e32 vcc, s33, v2
	.loc	1 372 10                        ; moe_op_gemm_a4w4.py:372:10
	s_waitcnt lgkmcnt(0)
	v_add_u32_e32 v4, s4, v4
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s33, v2
	v_cmp_le_u32_e32 vcc, s33, v2
	.loc	1 375 26                        ; moe_op_gemm_a4w4.py:375:26
	s_mul_i32 s22, s14, s10
	s_mov_b64 s[16:17], s[42:43]
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_xor_b32_e32 v2, s34, v2
	v_subrev_u32_e32 v8, s34, v2
	.loc	1 368 55                        ; moe_op_gemm_a4w4.py:368:55
	v_lshlrev_b32_e32 v2, 3, v10
	.loc	1 372 10                        ; moe_op_gemm_a4w4.py:372:10
	v_mad_u64_u32 v[6:7], s[2:3], v4, s8, v[2:3]
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_abs_i32 s8, s6
	v_cvt_f32_u32_e32 v4, s8
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bfrev_b32_e32 v7, 1
	s_and_b32 s25, s25, 0xffff
	v_cndmask_b32_e64 v12, v7, v6, s[2:3]
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_rcp_iflag_f32_e32 v4, v4
	.loc	1 392 30 is_stmt 0              ; moe_op_gemm_a4w4.py:392:30
	s_lshl_b32 s7, s18, 5
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_sub_i32 s10, 0, s8
	.loc	1 434 20 is_stmt 1              ; moe_op_gemm_a4w4.py:434:20
	buffer_load_dwordx2 v[26:27], v12, s[24:27], 0 offen
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	.loc	1 392 46 is_stmt 0              ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v12, s7, v3
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_bfe_i32 s9, s18, 0x1001a
	v_add_u32_e32 v12, s9, v12
	v_mul_lo_u32 v13, s10, v4
	v_mul_hi_u32 v13, v4, v13
	v_xor_b32_e32 v12, s9, v12
	v_add_u32_e32 v4, v4, v13
	v_mul_hi_u32 v4, v12, v4
	v_mul_lo_u32 v4, v4, s8
	v_sub_u32_e32 v4, v12, v4
	v_subrev_u32_e32 v12, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 368 55 is_stmt 1              ; moe_op_gemm_a4w4.py:368:55
	v_and_b32_e32 v5, 7, v0
	v_lshlrev_b32_e32 v9, 4, v5
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s18, s26
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_xor_b32_e32 v4, s9, v4
	v_subrev_u32_e32 v13, s9, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v21, v13, s11
	v_add3_u32 v12, s22, v5, v21
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_mov_b32 s19, s27
	v_cndmask_b32_e64 v14, v7, v12, s[2:3]
	.loc	1 411 19                        ; moe_op_gemm_a4w4.py:411:19
	s_mul_i32 s8, s14, s40
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_mul_lo_u32 v13, v13, s41
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v15, v14, s[16:19], 0 offen
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_add3_u32 v14, s8, v9, v13
	.loc	1 400 40                        ; moe_op_gemm_a4w4.py:400:40
	v_bfe_u32 v4, v0, 4, 2
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	v_cndmask_b32_e64 v9, v7, v14, s[2:3]
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_add_u32_e32 v8, s4, v8
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	buffer_load_dwordx4 v[16:19], v9, s[36:39], 0 offen sc0 nt
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_mad_u64_u32 v[8:9], s[8:9], v8, s12, v[4:5]
	v_add_u32_e32 v24, 4, v8
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	v_cndmask_b32_e64 v9, v7, v8, s[2:3]
	v_cndmask_b32_e64 v7, v7, v24, s[2:3]
	buffer_load_ubyte v23, v9, s[28:31], 0 offen
	buffer_load_ubyte v22, v7, s[28:31], 0 offen
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_bfi_b32 v3, -16, s23, v3
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_add_u32_e32 v3, s34, v3
	v_xor_b32_e32 v3, s34, v3
	v_mul_hi_u32 v7, v3, v11
	v_mul_lo_u32 v7, v7, s33
	v_sub_u32_e32 v3, v3, v7
	v_subrev_u32_e32 v7, s33, v3
	v_cmp_le_u32_e32 vcc, s33, v3
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_lshlrev_b32_e32 v25, 3, v0
	s_movk_i32 s8, 0x70
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v3, v3, v7, vcc
	v_subrev_u32_e32 v7, s33, v3
	v_cmp_le_u32_e32 vcc, s33, v3
	.loc	1 419 34                        ; moe_op_gemm_a4w4.py:419:34
	s_mul_i32 s18, s4, s12
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmpk_gt_i32 s15, 0x2ff
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v3, v3, v7, vcc
	v_xor_b32_e32 v3, s34, v3
	v_subrev_u32_e32 v7, s34, v3
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_mul_lo_u32 v11, v7, s12
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_lshrrev_b32_e32 v7, 1, v0
	v_bitop3_b32 v7, v25, v7, s8 bitop3:0x78
	v_add_u32_e32 v9, 0, v7
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_lshlrev_b32_e32 v7, 4, v0
	v_bitop3_b32 v7, v7, v0, s8 bitop3:0x78
	v_add_u32_e32 v7, 0, v7
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_and_b32_e32 v3, 48, v0
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v9, v[26:27] offset:4096
	v_lshlrev_b32_e32 v26, 7, v10
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(2)
	ds_write_b128 v7, v[16:19]
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add_u32_e32 v19, 0, v0
	ds_write_b8 v19, v15 offset:6144
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_4
; %bb.2:                                ; %.._crit_edge_crit_edge
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_and_b32_e32 v15, 0x70, v25
	v_bitop3_b32 v16, v25, v3, s8 bitop3:0x6c
	v_bitop3_b32 v13, v15, v26, v3 bitop3:0xde
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_bitop3_b32 v15, v26, v3, v15 bitop3:0x36
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_bitop3_b32 v16, v16, 64, v26 bitop3:0x36
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_xor_b32_e32 v17, 64, v15
	s_load_dwordx2 s[8:9], s[0:1], 0x50
	v_add3_u32 v11, s18, v5, v11
	s_cbranch_execz .LBB0_5
; %bb.3:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a4w4.py:0:20
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v18, v23
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v20, v22
	s_branch .LBB0_11
.LBB0_4:
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr16
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr17
	s_load_dwordx2 s[8:9], s[0:1], 0x50
	v_add3_u32 v11, s18, v5, v11
.LBB0_5:                                ; %.lr.ph
	.loc	1 434 20 is_stmt 1              ; moe_op_gemm_a4w4.py:434:20
	buffer_load_dwordx2 v[52:53], v6, s[24:27], 0 offen offset:128
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	buffer_load_dwordx4 v[28:31], v14, s[36:39], 0 offen offset:128 sc0 nt
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v54, v12, s[16:19], 0 offen offset:8
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	buffer_load_ubyte v18, v8, s[28:31], 0 offen offset:8
	buffer_load_ubyte v20, v24, s[28:31], 0 offen offset:8
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add_u32_e32 v16, 0, v2
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(5)
	v_lshlrev_b16_e32 v17, 8, v22
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add_u32_e32 v22, v16, v4
	ds_read_u8 v27, v22 offset:6144
	ds_read_u8 v55, v22 offset:6148
	ds_read_u8 v56, v22 offset:6272
	ds_read_u8 v57, v22 offset:6276
	s_movk_i32 s10, 0x70
	v_and_b32_e32 v15, 0x70, v25
	v_bitop3_b32 v24, v25, v3, s10 bitop3:0x6c
	v_bitop3_b32 v13, v15, v26, v3 bitop3:0xde
	v_bitop3_b32 v15, v26, v3, v15 bitop3:0x36
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_or_b32_e32 v25, v23, v17
	v_bitop3_b32 v16, v24, 64, v26 bitop3:0x36
	v_add_u32_e32 v23, 0, v15
	v_xor_b32_e32 v17, 64, v15
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v24, 0, v13
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_and_b32_e32 v58, 0xffff, v25
	v_add_u32_e32 v25, 0, v17
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v26, 0, v16
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[32:35], v23
	ds_read_b128 v[36:39], v23 offset:2048
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[40:43], v24 offset:4096
	ds_read_b128 v[44:47], v26 offset:4096
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[48:51], v25
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(7)
	v_lshlrev_b16_e32 v55, 8, v55
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v57, 8, v57
	v_or_b32_e32 v27, v27, v55
	v_or_b32_sdwa v55, v56, v57 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
.Ltmp14:
	.loc	3 43 30                         ; standard.py:43:30 @[ moe_op_gemm_a4w4.py:427:28 ]
	s_lshr_b32 s11, s15, 8
.Ltmp15:
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_or_b32_sdwa v55, v27, v55 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_mov_b32 s10, 0
	.loc	1 466 17                        ; moe_op_gemm_a4w4.py:466:17
	v_add_u32_e32 v27, 0x80, v6
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(2)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[32:35], v[40:43], 0, v55, v58 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[32:35], v25 offset:2048
	.loc	1 467 17                        ; moe_op_gemm_a4w4.py:467:17
	v_add_u32_e32 v14, 0x80, v14
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v11, 8, v11
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[36:39], v[40:43], 0, v55, v58 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmp_eq_u32 s11, 3
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[48:51], v[44:47], a[0:3], v55, v58 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v9, v[52:53] offset:4096
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v7, v[28:31]
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(2)
	ds_write_b8 v19, v54 offset:6144
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[32:35], v[44:47], a[4:7], v55, v58 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_9
; %bb.6:                                ; %.peel.next
	v_add3_u32 v6, v21, s22, v5
	s_add_i32 s11, s11, -3
	s_movk_i32 s12, 0xff
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v12, s10, v6
	v_add_u32_e32 v29, s10, v8
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	buffer_load_dwordx2 v[50:51], v27, s[24:27], 0 offen offset:128
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	buffer_load_dwordx4 v[30:33], v14, s[36:39], 0 offen offset:128 sc0 nt
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v52, v12, s[16:19], 0 offen offset:16
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	buffer_load_ubyte v28, v29, s[28:31], 0 offen offset:20
	buffer_load_ubyte v21, v29, s[28:31], 0 offen offset:16
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(5)
	v_lshlrev_b16_e32 v12, 8, v20
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[34:37], v24 offset:4096
	ds_read_b128 v[38:41], v26 offset:4096
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[42:45], v23
	ds_read_b128 v[46:49], v23 offset:2048
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	ds_read_u8 v20, v22 offset:6144
	ds_read_u8 v29, v22 offset:6148
	ds_read_u8 v53, v22 offset:6272
	ds_read_u8 v54, v22 offset:6276
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_bitop3_b16 v12, v18, v12, s12 bitop3:0xec
	v_and_b32_e32 v12, 0xffff, v12
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v18, 8, v29
	v_or_b32_e32 v18, v20, v18
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v29, 8, v54
	v_or_b32_sdwa v20, v53, v29 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_add_i32 s10, s10, 8
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_or_b32_sdwa v18, v18, v20 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_add_i32 s11, s11, -1
	.loc	1 466 17                        ; moe_op_gemm_a4w4.py:466:17
	v_add_u32_e32 v27, 0x80, v27
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[42:45], v[34:37], a[0:3], v18, v12 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[42:45], v25
	.loc	1 467 17                        ; moe_op_gemm_a4w4.py:467:17
	v_add_u32_e32 v14, 0x80, v14
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmp_lg_u32 s11, 0
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[46:49], v[34:37], a[4:7], v18, v12 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[34:37], v25 offset:2048
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[42:45], v[38:41], a[0:3], v18, v12 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(4)
	ds_write_b64 v9, v[50:51] offset:4096
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v7, v[30:33]
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(2)
	ds_write_b8 v19, v52 offset:6144
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[34:37], v[38:41], a[4:7], v18, v12 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v20, v28
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v18, v21
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a4w4.py:0:19
	v_add3_u32 v12, v6, s10, 8
	v_add_u32_e32 v11, s10, v11
	v_mov_b32_e32 v20, v28
	v_mov_b32_e32 v18, v21
	s_branch .LBB0_10
.LBB0_9:
	v_add_u32_e32 v12, 8, v12
.LBB0_10:                               ; %Flow45
	v_mov_b32_e32 v6, v27
.LBB0_11:                               ; %._crit_edge
	s_load_dword s0, s[0:1], 0x58
	.loc	1 459 46 is_stmt 1              ; moe_op_gemm_a4w4.py:459:46
	s_andn2_b64 vcc, exec, s[2:3]
	v_add_u32_e32 v8, 0, v17
	v_add_u32_e32 v15, 0, v15
	v_add_u32_e32 v16, 0, v16
	v_add_u32_e32 v13, 0, v13
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_cbranch_vccnz .LBB0_13
; %bb.12:
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_add3_u32 v2, 0, v2, v4
	ds_read_u8 v4, v2 offset:6276
	ds_read_u8 v17, v2 offset:6272
	ds_read_u8 v19, v2 offset:6144
	ds_read_u8 v2, v2 offset:6148
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[30:33], v8
	ds_read_b128 v[34:37], v15
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	ds_read_b128 v[38:41], v16 offset:4096
	ds_read_b128 v[42:45], v13 offset:4096
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v20, 8, v20
	v_or_b32_e32 v18, v18, v20
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v2, 8, v2
	v_and_b32_e32 v46, 0xffff, v18
	v_or_b32_e32 v2, v19, v2
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[18:21], v15 offset:2048
	v_accvgpr_read_b32 v26, a0
	v_accvgpr_read_b32 v29, a3
	v_accvgpr_read_b32 v28, a2
	v_accvgpr_read_b32 v27, a1
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_accvgpr_write_b32 a0, v26
	v_accvgpr_write_b32 a1, v27
	v_accvgpr_write_b32 a2, v28
	v_accvgpr_write_b32 a3, v29
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[26:29], v8 offset:2048
	v_accvgpr_read_b32 v22, a4
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_lshlrev_b16_e32 v4, 8, v4
	v_accvgpr_read_b32 v25, a7
	v_accvgpr_read_b32 v24, a6
	v_accvgpr_read_b32 v23, a5
	v_or_b32_sdwa v4, v17, v4 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_accvgpr_write_b32 a4, v22
	v_or_b32_sdwa v2, v2, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_accvgpr_write_b32 a5, v23
	v_accvgpr_write_b32 a6, v24
	v_accvgpr_write_b32 a7, v25
	s_waitcnt lgkmcnt(2)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[34:37], v[42:45], a[0:3], v2, v46 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 467 17                        ; moe_op_gemm_a4w4.py:467:17
	v_add_u32_e32 v14, 0x80, v14
	.loc	1 466 17                        ; moe_op_gemm_a4w4.py:466:17
	v_add_u32_e32 v6, 0x80, v6
	.loc	1 462 24                        ; moe_op_gemm_a4w4.py:462:24
	v_add_u32_e32 v12, 8, v12
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[18:21], v[42:45], a[4:7], v2, v46 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[30:33], v[38:41], a[0:3], v2, v46 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[26:29], v[38:41], a[4:7], v2, v46 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
.LBB0_13:                               ; %._crit_edge._crit_edge
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_bfrev_b32_e32 v38, 1
	.loc	1 470 31                        ; moe_op_gemm_a4w4.py:470:31
	v_cmp_gt_u32_e32 vcc, 4, v10
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_cndmask_b32_e32 v2, v38, v6, vcc
	.loc	1 470 31                        ; moe_op_gemm_a4w4.py:470:31
	v_cmp_gt_u32_e32 vcc, 2, v5
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	buffer_load_dwordx2 v[22:23], v2, s[24:27], 0 offen
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_mov_b32 s30, s26
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	v_cndmask_b32_e32 v2, v38, v14, vcc
	buffer_load_dwordx4 v[18:21], v2, s[36:39], 0 offen sc0 nt
	.loc	1 464 28                        ; moe_op_gemm_a4w4.py:464:28
	v_add_u32_e32 v2, 8, v11
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	v_cndmask_b32_e64 v2, v11, v2, s[2:3]
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_mov_b32 s31, s27
	v_cndmask_b32_e32 v2, v38, v2, vcc
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_cndmask_b32_e32 v4, v38, v12, vcc
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	buffer_load_ubyte v2, v2, s[28:31], 0 offen
	v_and_b32_e32 v6, 3, v0
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	buffer_load_ubyte v30, v4, s[16:19], 0 offen
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_lshrrev_b32_e32 v4, 2, v3
	.loc	1 513 30                        ; moe_op_gemm_a4w4.py:513:30
	s_mul_i32 s14, s14, s0
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v11, 64, v0
	v_lshlrev_b32_e32 v39, 2, v5
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_or_b32_e32 v24, 16, v4
	.loc	1 392 46 is_stmt 0              ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v25, s7, v4
	.loc	1 483 31 is_stmt 1              ; moe_op_gemm_a4w4.py:483:31
	v_lshlrev_b32_e32 v6, 5, v6
	.loc	1 513 43                        ; moe_op_gemm_a4w4.py:513:43
	s_add_i32 s0, s7, s14
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v10, 60, v0
	v_lshlrev_b32_e32 v5, 1, v3
	v_bfe_u32 v14, v0, 3, 1
	v_add_u32_e32 v40, 0, v39
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshrrev_b32_e32 v11, 5, v11
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v34, s7, v24
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add_u32_e32 v27, 0, v6
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_add_lshl_u32 v4, s0, v4, 2
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e32 vcc, s6, v25
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_bfe_u32 v12, v0, 6, 1
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshrrev_b32_e32 v17, 7, v0
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_lshrrev_b32_e32 v26, 1, v10
	v_add3_u32 v31, v40, v14, v5
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_add_lshl_u32 v35, s0, v24, 2
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v5, v27, v6, v11
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_cndmask_b32_e32 v33, v38, v4, vcc
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e32 vcc, s6, v34
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add3_u32 v32, v27, v26, v12
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v36, v5, v17, v10
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v42, 8, v0
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_lshlrev_b32_e32 v3, 2, v3
	v_lshrrev_b32_e32 v42, 2, v42
	v_add_u32_e32 v39, v40, v39
	v_add3_u32 v3, v39, v42, v3
	s_mov_b32 s0, 0x1050004
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_lshrrev_b32_e32 v41, 2, v0
	v_and_b32_e32 v40, 8, v41
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s22, s10
	s_mov_b32 s23, s11
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt vmcnt(3)
	ds_write_b64 v9, v[22:23]
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_cndmask_b32_e32 v9, v38, v35, vcc
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[10:13], v13
	ds_read_b128 v[22:25], v16
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(2)
	ds_write_b128 v7, v[18:21]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[4:7], v15
	ds_read_b128 v[14:17], v15 offset:2048
	ds_read_b128 v[18:21], v8
	ds_read_b128 v[26:29], v8 offset:2048
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b8 v32, v2
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v2, v31
	ds_read_u8 v8, v31 offset:2
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b8 v36, v30
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	buffer_load_dwordx4 v[30:33], v33, s[8:11], 0 offen sc0 nt
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_lshlrev_b16_e32 v8, 8, v8
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	buffer_load_dwordx4 v[34:37], v9, s[8:11], 0 offen sc0 nt
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	ds_read_u16 v39, v3
	ds_read_u16 v3, v3 offset:4
	v_or_b32_e32 v2, v2, v8
	v_and_b32_e32 v2, 0xffff, v2
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_and_b32_e32 v9, 16, v0
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e32 vcc, s13, v1
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v3, v39, v3, s0
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_add_u32_e32 v1, s4, v1
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[4:7], v[10:13], a[0:3], v3, v2 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_mul_lo_u32 v1, v1, s5
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cmp_eq_u32_e64 s[0:1], 0, v0
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or3_b32 v0, v40, v9, s7
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[14:17], v[10:13], a[4:7], v3, v2 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e64 s[2:3], s6, v0
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add_lshl_u32 v10, v0, v1, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[18:21], v[22:25], a[0:3], v3, v2 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_and_b64 vcc, s[0:1], s[2:3]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[4:7], v[26:29], v[22:25], a[4:7], v3, v2 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_nop 5
	v_accvgpr_read_b32 v5, a1
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_accvgpr_read_b32 v1, a3
	v_accvgpr_read_b32 v0, a2
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	v_accvgpr_read_b32 v4, a0
	v_accvgpr_read_b32 v7, a5
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_accvgpr_read_b32 v3, a7
	v_accvgpr_read_b32 v2, a6
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	v_accvgpr_read_b32 v6, a4
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[8:9], v[0:1], v[32:33]
	v_pk_add_f32 v[0:1], v[4:5], v[30:31]
	s_waitcnt vmcnt(0)
	v_pk_add_f32 v[4:5], v[2:3], v[36:37]
	v_pk_add_f32 v[2:3], v[6:7], v[34:35]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v0, v0, v1
	v_cvt_pk_bf16_f32 v1, v8, v9
	v_cvt_pk_bf16_f32 v2, v2, v3
	v_cvt_pk_bf16_f32 v3, v4, v5
	s_nop 0
	v_permlane16_swap_b32_e32 v0, v2
	v_permlane16_swap_b32_e32 v1, v3
	v_cndmask_b32_e32 v4, v38, v10, vcc
	buffer_store_dwordx4 v[0:3], v4, s[20:23], 0 offen
.LBB0_14:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a4w4.py:0
	s_endpgm
.Ltmp16:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 168
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
		.amdhsa_next_free_vgpr 68
		.amdhsa_next_free_sgpr 48
		.amdhsa_accum_offset 60
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
	.size	_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0, .Lfunc_end0-_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_vgpr, 59
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_agpr, 8
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.numbered_sgpr, 48
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_named_barrier, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.private_seg_size, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.uses_vcc, 1
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.uses_flat_scratch, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_dyn_sized_stack, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_recursion, 0
	.set _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3828
; TotalNumSgprs: 54
; NumVgprs: 59
; NumAgprs: 8
; TotalNumVgprs: 68
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 8
; NumSGPRsForWavesPerEU: 54
; NumVGPRsForWavesPerEU: 68
; AccumOffset: 60
; Occupancy: 7
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 14
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x52 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x2c DW_TAG_subprogram
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
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
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
	.asciz	"_moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0" ; string offset=87
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
      - .offset:         136
        .size:           4
        .value_kind:     by_value
      - .offset:         140
        .size:           4
        .value_kind:     by_value
      - .offset:         144
        .size:           4
        .value_kind:     by_value
      - .offset:         148
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         152
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         160
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 168
    .max_flat_workgroup_size: 256
    .name:           _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
    .private_segment_fixed_size: 0
    .sgpr_count:     54
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a4w4_BLOCK_M_16_BLOCK_N_32_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     68
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
