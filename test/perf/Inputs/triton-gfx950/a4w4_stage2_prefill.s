	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0 ; -- Begin function _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
	.p2align	8
	.type	_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0,@function
_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0: ; @_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.10:
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
; %bb.11:
.LBB0_0:
	s_load_dwordx4 s[28:31], s[0:1], 0x80
	s_mov_b64 s[24:25], s[2:3]
	v_mov_b32_e32 v234, v0
	s_mov_b64 s[20:21], s[6:7]
.Ltmp1:
	.loc	1 327 26 is_stmt 1              ; moe_op_gemm_a4w4.py:327:26
	s_abs_i32 s4, s16
	.loc	1 327 39 is_stmt 0              ; moe_op_gemm_a4w4.py:327:39
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s2, s31, s30
	.loc	1 327 26                        ; moe_op_gemm_a4w4.py:327:26
	s_abs_i32 s2, s2
	v_cvt_f32_u32_e32 v0, s2
	s_sub_i32 s6, 0, s2
	s_ashr_i32 s3, s16, 31
	s_mov_b64 s[40:41], s[10:11]
	v_rcp_iflag_f32_e32 v0, v0
	s_mov_b64 s[36:37], s[14:15]
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_nop 0
	v_readfirstlane_b32 s7, v0
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
	s_cselect_b32 s2, s6, s4
.Ltmp2:
	.file	2 "/work/main/.peer-loops/aiter/ops/triton/utils/_triton" "pid_preprocessing.py"
	.loc	2 72 42 is_stmt 1               ; pid_preprocessing.py:72:42 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_lshl_b32 s4, s31, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s7, s4
	v_cvt_f32_u32_e32 v0, s7
.Ltmp3:
	.loc	1 327 26                        ; moe_op_gemm_a4w4.py:327:26
	s_xor_b32 s2, s2, s3
	s_sub_i32 s6, s2, s3
.Ltmp4:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s2, 0, s7
	v_rcp_iflag_f32_e32 v0, v0
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s9, s6
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s3, s6, s4
	s_ashr_i32 s3, s3, 31
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_nop 0
	v_readfirstlane_b32 s10, v0
	s_mul_i32 s2, s2, s10
	s_mul_hi_u32 s2, s10, s2
	s_add_i32 s10, s10, s2
	s_mul_hi_u32 s2, s9, s10
	s_mul_i32 s10, s2, s7
	s_sub_i32 s10, s9, s10
	s_add_i32 s11, s2, 1
	s_sub_i32 s13, s10, s7
	s_cmp_ge_u32 s10, s7
	s_cselect_b32 s2, s11, s2
	s_cselect_b32 s10, s13, s10
	s_add_i32 s11, s2, 1
	s_cmp_ge_u32 s10, s7
	s_cselect_b32 s2, s11, s2
	s_xor_b32 s2, s2, s3
	s_sub_i32 s10, s2, s3
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_lshl_b32 s2, s10, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s3, s30, s2
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_min_i32 s11, s3, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_abs_i32 s7, s11
	v_cvt_f32_u32_e32 v0, s7
	s_sub_i32 s13, 0, s7
	s_ashr_i32 s3, s6, 31
	v_rcp_iflag_f32_e32 v0, v0
	s_nop 0
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_nop 0
	v_readfirstlane_b32 s14, v0
	s_mul_i32 s13, s13, s14
	s_mul_hi_u32 s13, s14, s13
	s_add_i32 s13, s14, s13
	s_mul_hi_u32 s14, s9, s13
	s_mul_i32 s14, s14, s7
	s_sub_i32 s9, s9, s14
	s_sub_i32 s14, s9, s7
	s_cmp_ge_u32 s9, s7
	s_cselect_b32 s9, s14, s9
	s_sub_i32 s14, s9, s7
	s_cmp_ge_u32 s9, s7
	s_cselect_b32 s9, s14, s9
	s_xor_b32 s9, s9, s3
	s_sub_i32 s3, s9, s3
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_add_i32 s2, s2, s3
.Ltmp5:
	.loc	1 335 24 is_stmt 1              ; moe_op_gemm_a4w4.py:335:24
	s_ashr_i32 s3, s2, 31
	s_lshl_b64 s[2:3], s[2:3], 2
	s_add_u32 s2, s28, s2
	s_addc_u32 s3, s29, s3
	s_load_dword s9, s[2:3], 0x0
	.loc	1 336 20                        ; moe_op_gemm_a4w4.py:336:20
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s9, -1
	s_cbranch_scc0 .LBB0_9
; %bb.1:
.Ltmp6:
	.loc	2 78 23                         ; pid_preprocessing.py:78:23 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_i32 s10, s10, s4
	s_sub_i32 s4, s6, s10
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s6, s4, 31
	s_abs_i32 s4, s4
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_ashr_i32 s11, s11, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_mul_hi_u32 s10, s4, s13
	s_xor_b32 s6, s6, s11
	s_mul_i32 s11, s10, s7
	s_sub_i32 s4, s4, s11
	s_add_i32 s11, s10, 1
	s_sub_i32 s13, s4, s7
	s_cmp_ge_u32 s4, s7
	s_load_dwordx4 s[16:19], s[0:1], 0x38
	s_load_dwordx2 s[2:3], s[0:1], 0x48
	s_load_dwordx2 s[26:27], s[0:1], 0x5c
	s_load_dwordx4 s[28:31], s[0:1], 0x68
	s_cselect_b32 s10, s11, s10
	s_cselect_b32 s4, s13, s4
	s_add_i32 s11, s10, 1
	s_cmp_ge_u32 s4, s7
	s_cselect_b32 s4, s11, s10
.Ltmp7:
	.loc	1 338 26 is_stmt 1              ; moe_op_gemm_a4w4.py:338:26
	s_and_b32 s7, s9, 0xffff
.Ltmp8:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_xor_b32 s4, s4, s6
.Ltmp9:
	.loc	1 340 16                        ; moe_op_gemm_a4w4.py:340:16
	s_lshl_b32 s10, s7, 2
.Ltmp10:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a4w4.py:330:56 ]
	s_sub_i32 s13, s4, s6
.Ltmp11:
	.loc	1 340 16                        ; moe_op_gemm_a4w4.py:340:16
	s_waitcnt lgkmcnt(0)
	s_load_dword s6, s[28:29], s10 offset:0x0
	.loc	1 341 22                        ; moe_op_gemm_a4w4.py:341:22
	s_load_dword s4, s[30:31], s10 offset:0x0
	.loc	1 357 34                        ; moe_op_gemm_a4w4.py:357:34
	s_ashr_i32 s10, s9, 9
	s_and_b32 s33, s10, 0xffffff80
	.loc	1 357 58 is_stmt 0              ; moe_op_gemm_a4w4.py:357:58
	v_lshrrev_b32_e32 v1, 3, v234
	.loc	1 359 35 is_stmt 1              ; moe_op_gemm_a4w4.py:359:35
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s11, s6
	v_cvt_f32_u32_e32 v0, s11
	s_ashr_i32 s10, s9, 31
	s_sub_i32 s9, 0, s11
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v2, s33, v1
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_rcp_iflag_f32_e32 v0, v0
	v_add_u32_e32 v2, s10, v2
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_or_b32_e32 v4, 64, v1
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_xor_b32_e32 v2, s10, v2
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v3, s33, v4
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_add_u32_e32 v3, s10, v3
	v_xor_b32_e32 v3, s10, v3
	v_mul_lo_u32 v6, s9, v0
	v_mul_hi_u32 v6, v0, v6
	v_add_u32_e32 v0, v0, v6
	v_mul_hi_u32 v6, v2, v0
	v_mul_lo_u32 v6, v6, s11
	v_sub_u32_e32 v2, v2, v6
	v_subrev_u32_e32 v6, s11, v2
	v_cmp_le_u32_e32 vcc, s11, v2
	v_mul_hi_u32 v0, v3, v0
	v_mul_lo_u32 v0, v0, s11
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_subrev_u32_e32 v6, s11, v2
	v_cmp_le_u32_e32 vcc, s11, v2
	v_sub_u32_e32 v0, v3, v0
	v_subrev_u32_e32 v3, s11, v0
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_cmp_le_u32_e32 vcc, s11, v0
	.loc	1 357 58                        ; moe_op_gemm_a4w4.py:357:58
	v_and_b32_e32 v235, 7, v234
	v_lshlrev_b32_e32 v5, 4, v235
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v0, v0, v3, vcc
	v_subrev_u32_e32 v3, s11, v0
	v_cmp_le_u32_e32 vcc, s11, v0
	v_xor_b32_e32 v142, s10, v2
	.loc	1 363 23                        ; moe_op_gemm_a4w4.py:363:23
	s_mul_i32 s9, s4, s8
	.loc	1 359 35                        ; moe_op_gemm_a4w4.py:359:35
	v_cndmask_b32_e32 v0, v0, v3, vcc
	v_xor_b32_e32 v143, s10, v0
	v_subrev_u32_e32 v2, s10, v142
	v_subrev_u32_e32 v3, s10, v143
	.loc	1 372 10                        ; moe_op_gemm_a4w4.py:372:10
	v_add_u32_e32 v0, s9, v5
	v_mad_u64_u32 v[242:243], s[14:15], v2, s8, v[0:1]
	v_mad_u64_u32 v[162:163], s[8:9], v3, s8, v[0:1]
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_abs_i32 s8, s26
	s_nop 0
	v_cvt_f32_u32_e32 v0, s8
	.loc	1 392 30 is_stmt 0              ; moe_op_gemm_a4w4.py:392:30
	s_lshl_b32 s34, s13, 9
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_sub_i32 s9, 0, s8
	.loc	1 375 26 is_stmt 1              ; moe_op_gemm_a4w4.py:375:26
	s_mul_i32 s11, s7, s2
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_rcp_iflag_f32_e32 v0, v0
	.loc	1 392 59 is_stmt 0              ; moe_op_gemm_a4w4.py:392:59
	v_or_b32_e32 v1, s34, v1
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	s_bfe_i32 s2, s13, 0x10016
	v_add_u32_e32 v1, s2, v1
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_xor_b32_e32 v6, s2, v1
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v4, s34, v4
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_add_u32_e32 v4, s2, v4
	v_mul_lo_u32 v7, s9, v0
	v_mul_hi_u32 v7, v0, v7
	v_add_u32_e32 v0, v0, v7
	v_mul_hi_u32 v7, v6, v0
	v_mul_lo_u32 v7, v7, s8
	v_sub_u32_e32 v6, v6, v7
	v_subrev_u32_e32 v7, s8, v6
	v_cmp_le_u32_e32 vcc, s8, v6
	v_xor_b32_e32 v4, s2, v4
	.loc	1 357 58 is_stmt 1              ; moe_op_gemm_a4w4.py:357:58
	v_and_b32_e32 v240, 15, v234
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_subrev_u32_e32 v7, s8, v6
	v_cmp_le_u32_e32 vcc, s8, v6
	.loc	1 392 59 is_stmt 0              ; moe_op_gemm_a4w4.py:392:59
	v_and_b32_e32 v241, 0x1f0, v234
.Ltmp12:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17 is_stmt 1               ; standard.py:43:17 @[ moe_op_gemm_a4w4.py:427:28 ]
	s_add_i32 s13, s27, 0xff
.Ltmp13:
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_mul_hi_u32 v7, v4, v0
	v_mul_lo_u32 v7, v7, s8
	v_sub_u32_e32 v4, v4, v7
	v_subrev_u32_e32 v7, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_xor_b32_e32 v6, s2, v6
	v_subrev_u32_e32 v6, s2, v6
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_subrev_u32_e32 v7, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v144, v6, s3
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cmpk_gt_i32 s13, 0x1ff
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v7, vcc
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v7, s2, v4
	v_add_u32_e32 v4, 0x80, v1
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v8, v4, v0
	v_mul_lo_u32 v8, v8, s8
	v_sub_u32_e32 v4, v4, v8
	v_subrev_u32_e32 v8, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v145, v7, s3
	v_lshlrev_b32_e32 v160, 4, v234
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v8, vcc
	v_subrev_u32_e32 v8, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_lshlrev_b32_e32 v158, 7, v240
	v_lshlrev_b32_e32 v157, 3, v234
	v_cndmask_b32_e32 v4, v4, v8, vcc
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v8, s2, v4
	v_add_u32_e32 v4, 0xc0, v1
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v9, v4, v0
	v_mul_lo_u32 v9, v9, s8
	v_sub_u32_e32 v4, v4, v9
	v_subrev_u32_e32 v9, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v146, v8, s3
	v_and_b32_e32 v156, 48, v234
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v9, vcc
	v_subrev_u32_e32 v9, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_lshlrev_b32_e32 v155, 5, v234
	v_lshrrev_b32_e32 v152, 1, v234
	v_cndmask_b32_e32 v4, v4, v9, vcc
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v9, s2, v4
	v_add_u32_e32 v4, 0x100, v1
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v10, v4, v0
	v_mul_lo_u32 v10, v10, s8
	v_sub_u32_e32 v4, v4, v10
	v_subrev_u32_e32 v10, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v147, v9, s3
	v_and_b32_e32 v153, 4, v234
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v10, vcc
	v_subrev_u32_e32 v10, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_lshrrev_b32_e32 v159, 6, v234
	v_lshlrev_b32_e32 v163, 2, v235
	v_cndmask_b32_e32 v4, v4, v10, vcc
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v10, s2, v4
	v_add_u32_e32 v4, 0x140, v1
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v11, v4, v0
	v_mul_lo_u32 v11, v11, s8
	v_sub_u32_e32 v4, v4, v11
	v_subrev_u32_e32 v11, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v148, v10, s3
	v_and_b32_e32 v154, 8, v234
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_subrev_u32_e32 v11, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_lshlrev_b32_e32 v161, 1, v241
	s_nop 0
	v_cndmask_b32_e32 v4, v4, v11, vcc
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v11, s2, v4
	v_add_u32_e32 v4, 0x180, v1
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v12, v4, v0
	v_mul_lo_u32 v12, v12, s8
	v_add_u32_e32 v1, 0x1c0, v1
	v_sub_u32_e32 v4, v4, v12
	v_xor_b32_e32 v1, s2, v1
	v_subrev_u32_e32 v12, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_mul_hi_u32 v0, v1, v0
	v_mul_lo_u32 v0, v0, s8
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_subrev_u32_e32 v12, s8, v4
	v_cmp_le_u32_e32 vcc, s8, v4
	v_sub_u32_e32 v0, v1, v0
	v_subrev_u32_e32 v1, s8, v0
	v_cndmask_b32_e32 v4, v4, v12, vcc
	v_cmp_le_u32_e32 vcc, s8, v0
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v12, s2, v4
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s8, v0
	v_cmp_le_u32_e32 vcc, s8, v0
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v149, v11, s3
	v_mul_lo_u32 v150, v12, s3
	.loc	1 392 77                        ; moe_op_gemm_a4w4.py:392:77
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_xor_b32_e32 v0, s2, v0
	v_subrev_u32_e32 v0, s2, v0
	.loc	1 411 19                        ; moe_op_gemm_a4w4.py:411:19
	s_mul_i32 s2, s7, s16
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_add_u32_e32 v4, s2, v5
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_mul_lo_u32 v151, v0, s3
	.loc	1 413 8                         ; moe_op_gemm_a4w4.py:413:8
	v_mad_u64_u32 v[232:233], s[2:3], v6, s17, v[4:5]
	v_mad_u64_u32 v[178:179], s[2:3], v7, s17, v[4:5]
	v_mad_u64_u32 v[176:177], s[2:3], v8, s17, v[4:5]
	v_mad_u64_u32 v[174:175], s[2:3], v9, s17, v[4:5]
	v_mad_u64_u32 v[172:173], s[2:3], v10, s17, v[4:5]
	v_mad_u64_u32 v[170:171], s[2:3], v11, s17, v[4:5]
	v_mad_u64_u32 v[168:169], s[2:3], v12, s17, v[4:5]
	v_mad_u64_u32 v[166:167], s[2:3], v0, s17, v[4:5]
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_3
; %bb.2:                                ; %.._crit_edge_crit_edge
	.loc	1 419 34                        ; moe_op_gemm_a4w4.py:419:34
	s_mul_i32 s2, s4, s12
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_add_u32_e32 v4, s2, v235
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_add_u32_e32 v0, s11, v235
	.loc	1 424 14                        ; moe_op_gemm_a4w4.py:424:14
	v_mad_u64_u32 v[130:131], s[2:3], v2, s12, v[4:5]
	v_mad_u64_u32 v[132:133], s[2:3], v3, s12, v[4:5]
	.loc	1 401 10                        ; moe_op_gemm_a4w4.py:401:10
	v_add_u32_e32 v141, v0, v144
	v_add_u32_e32 v140, v0, v145
	v_add_u32_e32 v139, v0, v146
	v_add_u32_e32 v138, v0, v147
	v_add_u32_e32 v137, v0, v148
	v_add_u32_e32 v136, v0, v149
	v_add_u32_e32 v135, v0, v150
	v_add_u32_e32 v134, v0, v151
	s_movk_i32 s2, 0x70
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_and_b32_e32 v0, 0x70, v157
	v_bitop3_b32 v177, v160, v234, s2 bitop3:0x78
	v_bitop3_b32 v243, v158, v156, v0 bitop3:0x36
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	v_bitop3_b32 v0, v157, v156, s2 bitop3:0x6c
	s_movk_i32 s2, 0x3800
	v_and_or_b32 v0, v155, s2, v0
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_and_b32 s49, s21, 0xffff
	s_mov_b32 s48, s20
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_and_b32 s17, s37, 0xffff
	s_mov_b32 s16, s36
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_and_b32 s45, s41, 0xffff
	s_mov_b32 s44, s40
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_and_b32 s9, s19, 0xffff
	s_mov_b32 s8, s18
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_xor_b32_e32 v230, 64, v243
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	v_or_b32_e32 v228, v0, v158
	v_bitop3_b32 v8, v0, 64, v158 bitop3:0x36
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_and_b32_e32 v6, 0x60, v155
	v_and_b32_e32 v7, 0x9c, v152
	v_lshlrev_b32_e32 v9, 6, v153
	v_and_b32_e32 v10, 0x200, v157
	v_and_b32_e32 v11, 2, v159
	v_lshlrev_b32_e32 v131, 2, v235
	v_lshlrev_b32_e32 v12, 1, v156
	v_lshlrev_b32_e32 v224, 6, v154
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_and_b32_e32 v227, 0x860, v155
	v_and_b32_e32 v229, 0x180, v234
	v_and_b32_e32 v254, 28, v152
	v_lshlrev_b32_e32 v255, 8, v153
	v_lshlrev_b32_e32 v133, 1, v241
	v_lshlrev_b32_e32 v13, 8, v154
	s_mov_b64 s[2:3], 0
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 31 is_stmt 0                ; moe_op_gemm_a4w4.py:0:31
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $vgpr132
                                        ; implicit-def: $vgpr130
                                        ; implicit-def: $vgpr134
                                        ; implicit-def: $vgpr135
                                        ; implicit-def: $vgpr136
                                        ; implicit-def: $vgpr137
                                        ; implicit-def: $vgpr138
                                        ; implicit-def: $vgpr139
                                        ; implicit-def: $vgpr140
                                        ; implicit-def: $vgpr141
                                        ; implicit-def: $sgpr48_sgpr49
                                        ; implicit-def: $sgpr16_sgpr17
                                        ; implicit-def: $sgpr44_sgpr45
                                        ; implicit-def: $sgpr8_sgpr9
                                        ; implicit-def: $vgpr177
                                        ; implicit-def: $vgpr243
                                        ; implicit-def: $vgpr230
                                        ; implicit-def: $vgpr228
                                        ; implicit-def: $vgpr8
                                        ; implicit-def: $vgpr6
                                        ; implicit-def: $vgpr7
                                        ; implicit-def: $vgpr9
                                        ; implicit-def: $vgpr10
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr131
                                        ; implicit-def: $vgpr12
                                        ; implicit-def: $vgpr224
                                        ; implicit-def: $vgpr227
                                        ; implicit-def: $vgpr229
                                        ; implicit-def: $vgpr254
                                        ; implicit-def: $vgpr255
                                        ; implicit-def: $vgpr133
                                        ; implicit-def: $vgpr13
.LBB0_4:                                ; %Flow240
	s_load_dwordx2 s[28:29], s[0:1], 0x50
	v_mov_b32_e32 v5, 0
	s_andn2_b64 vcc, exec, s[2:3]
	v_mov_b32_e32 v4, v5
	v_mov_b32_e32 v3, v5
	v_mov_b32_e32 v2, v5
	v_mov_b32_e32 v183, v5
	v_mov_b32_e32 v182, v5
	v_mov_b32_e32 v181, v5
	v_mov_b32_e32 v180, v5
	v_mov_b32_e32 v187, v5
	v_mov_b32_e32 v186, v5
	v_mov_b32_e32 v185, v5
	v_mov_b32_e32 v184, v5
	v_mov_b32_e32 v17, v5
	v_mov_b32_e32 v16, v5
	v_mov_b32_e32 v15, v5
	v_mov_b32_e32 v14, v5
	v_mov_b32_e32 v21, v5
	v_mov_b32_e32 v20, v5
	v_mov_b32_e32 v19, v5
	v_mov_b32_e32 v18, v5
	v_mov_b32_e32 v25, v5
	v_mov_b32_e32 v24, v5
	v_mov_b32_e32 v23, v5
	v_mov_b32_e32 v22, v5
	v_mov_b32_e32 v29, v5
	v_mov_b32_e32 v28, v5
	v_mov_b32_e32 v27, v5
	v_mov_b32_e32 v26, v5
	v_mov_b32_e32 v33, v5
	v_mov_b32_e32 v32, v5
	v_mov_b32_e32 v31, v5
	v_mov_b32_e32 v30, v5
	v_mov_b32_e32 v37, v5
	v_mov_b32_e32 v36, v5
	v_mov_b32_e32 v35, v5
	v_mov_b32_e32 v34, v5
	v_mov_b32_e32 v41, v5
	v_mov_b32_e32 v40, v5
	v_mov_b32_e32 v39, v5
	v_mov_b32_e32 v38, v5
	v_mov_b32_e32 v45, v5
	v_mov_b32_e32 v44, v5
	v_mov_b32_e32 v43, v5
	v_mov_b32_e32 v42, v5
	v_mov_b32_e32 v49, v5
	v_mov_b32_e32 v48, v5
	v_mov_b32_e32 v47, v5
	v_mov_b32_e32 v46, v5
	v_mov_b32_e32 v53, v5
	v_mov_b32_e32 v52, v5
	v_mov_b32_e32 v51, v5
	v_mov_b32_e32 v50, v5
	v_mov_b32_e32 v57, v5
	v_mov_b32_e32 v56, v5
	v_mov_b32_e32 v55, v5
	v_mov_b32_e32 v54, v5
	v_mov_b32_e32 v61, v5
	v_mov_b32_e32 v60, v5
	v_mov_b32_e32 v59, v5
	v_mov_b32_e32 v58, v5
	v_mov_b32_e32 v65, v5
	v_mov_b32_e32 v64, v5
	v_mov_b32_e32 v63, v5
	v_mov_b32_e32 v62, v5
	v_mov_b32_e32 v69, v5
	v_mov_b32_e32 v68, v5
	v_mov_b32_e32 v67, v5
	v_mov_b32_e32 v66, v5
	v_mov_b32_e32 v73, v5
	v_mov_b32_e32 v72, v5
	v_mov_b32_e32 v71, v5
	v_mov_b32_e32 v70, v5
	v_mov_b32_e32 v77, v5
	v_mov_b32_e32 v76, v5
	v_mov_b32_e32 v75, v5
	v_mov_b32_e32 v74, v5
	v_mov_b32_e32 v81, v5
	v_mov_b32_e32 v80, v5
	v_mov_b32_e32 v79, v5
	v_mov_b32_e32 v78, v5
	v_mov_b32_e32 v85, v5
	v_mov_b32_e32 v84, v5
	v_mov_b32_e32 v83, v5
	v_mov_b32_e32 v82, v5
	v_mov_b32_e32 v89, v5
	v_mov_b32_e32 v88, v5
	v_mov_b32_e32 v87, v5
	v_mov_b32_e32 v86, v5
	v_mov_b32_e32 v93, v5
	v_mov_b32_e32 v92, v5
	v_mov_b32_e32 v91, v5
	v_mov_b32_e32 v90, v5
	v_mov_b32_e32 v97, v5
	v_mov_b32_e32 v96, v5
	v_mov_b32_e32 v95, v5
	v_mov_b32_e32 v94, v5
	v_mov_b32_e32 v101, v5
	v_mov_b32_e32 v100, v5
	v_mov_b32_e32 v99, v5
	v_mov_b32_e32 v98, v5
	v_mov_b32_e32 v105, v5
	v_mov_b32_e32 v104, v5
	v_mov_b32_e32 v103, v5
	v_mov_b32_e32 v102, v5
	v_mov_b32_e32 v109, v5
	v_mov_b32_e32 v108, v5
	v_mov_b32_e32 v107, v5
	v_mov_b32_e32 v106, v5
	v_mov_b32_e32 v113, v5
	v_mov_b32_e32 v112, v5
	v_mov_b32_e32 v111, v5
	v_mov_b32_e32 v110, v5
	v_mov_b32_e32 v117, v5
	v_mov_b32_e32 v116, v5
	v_mov_b32_e32 v115, v5
	v_mov_b32_e32 v114, v5
	v_mov_b32_e32 v125, v5
	v_mov_b32_e32 v124, v5
	v_mov_b32_e32 v123, v5
	v_mov_b32_e32 v122, v5
	v_mov_b32_e32 v129, v5
	v_mov_b32_e32 v128, v5
	v_mov_b32_e32 v127, v5
	v_mov_b32_e32 v126, v5
	v_mov_b32_e32 v121, v5
	v_mov_b32_e32 v120, v5
	v_mov_b32_e32 v119, v5
	v_mov_b32_e32 v118, v5
	s_cbranch_vccnz .LBB0_8
; %bb.5:                                ; %.lr.ph
	s_movk_i32 s2, 0x70
	v_and_b32_e32 v0, 0x70, v157
	v_bitop3_b32 v177, v160, v234, s2 bitop3:0x78
	v_bitop3_b32 v243, v158, v156, v0 bitop3:0x36
	v_bitop3_b32 v0, v157, v156, s2 bitop3:0x6c
	s_movk_i32 s2, 0x3800
	v_and_or_b32 v0, v155, s2, v0
	v_or_b32_e32 v228, v0, v158
	v_bitop3_b32 v8, v0, 64, v158 bitop3:0x36
	v_and_b32_e32 v0, 0x60, v155
	v_lshlrev_b32_e32 v1, 6, v153
	scratch_store_dword off, v241, off offset:88 ; 4-byte Folded Spill
	scratch_store_dword off, v240, off offset:84 ; 4-byte Folded Spill
	v_and_b32_e32 v2, 0x200, v157
	v_and_b32_e32 v3, 2, v159
	scratch_store_dword off, v0, off offset:92 ; 4-byte Folded Spill
	scratch_store_dword off, v1, off offset:100 ; 4-byte Folded Spill
	v_add3_u32 v0, 0, v0, v1
	scratch_store_dword off, v2, off offset:104 ; 4-byte Folded Spill
	scratch_store_dword off, v3, off offset:108 ; 4-byte Folded Spill
	v_add3_u32 v0, v0, v2, v3
	v_lshlrev_b32_e32 v1, 1, v156
	v_lshlrev_b32_e32 v2, 6, v154
	scratch_store_dword off, v1, off offset:112 ; 4-byte Folded Spill
	scratch_store_dword off, v2, off offset:124 ; 4-byte Folded Spill
	v_add3_u32 v1, 0, v1, v2
	v_lshlrev_b32_e32 v2, 8, v153
	v_and_b32_e32 v3, 0x860, v155
	v_and_b32_e32 v4, 0x180, v234
	scratch_store_dword off, v2, off offset:136 ; 4-byte Folded Spill
	v_add_u32_e32 v2, 0, v2
	scratch_store_dword off, v234, off offset:80 ; 4-byte Folded Spill
	scratch_store_dword off, v3, off offset:120 ; 4-byte Folded Spill
	scratch_store_dword off, v4, off offset:128 ; 4-byte Folded Spill
	v_add3_u32 v2, v2, v3, v4
	.loc	1 433 19 is_stmt 1              ; moe_op_gemm_a4w4.py:433:19
	v_add_u32_e32 v4, s4, v143
	v_subrev_u32_e32 v4, s10, v4
	v_lshlrev_b32_e32 v3, 8, v154
	v_mul_lo_u32 v245, s12, v4
	v_add_u32_e32 v4, s4, v142
	s_lshr_b32 s3, s13, 1
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	s_and_b32 s37, s37, 0xffff
	s_and_b32 s41, s41, 0xffff
	s_and_b32 s19, s19, 0xffff
	v_and_b32_e32 v5, 0x9c, v152
	v_and_b32_e32 v6, 28, v152
	scratch_store_dword off, v3, off offset:116 ; 4-byte Folded Spill
	scratch_store_dword off, v161, off offset:140 ; 4-byte Folded Spill
	v_add3_u32 v3, 0, v161, v3
	v_subrev_u32_e32 v4, s10, v4
	s_and_b32 s3, s3, 0x7fffff80
	v_mov_b32_e32 v118, 0
	s_mov_b64 s[48:49], s[20:21]
	s_mov_b64 s[16:17], s[36:37]
	s_mov_b64 s[44:45], s[40:41]
	s_mov_b64 s[8:9], s[18:19]
	v_xor_b32_e32 v230, 64, v243
	s_mov_b32 s2, 0
	v_mul_lo_u32 v246, s12, v4
	v_add_u32_e32 v247, s11, v151
	v_add_u32_e32 v248, s11, v150
	v_add_u32_e32 v249, s11, v149
	v_add_u32_e32 v250, s11, v148
	v_add_u32_e32 v251, s11, v147
	v_add_u32_e32 v252, s11, v146
	v_add_u32_e32 v253, s11, v145
	v_add_u32_e32 v254, s11, v144
	s_addk_i32 s3, 0xff80
	s_mov_b32 s38, s22
	s_mov_b32 s39, s23
	scratch_store_dword off, v5, off offset:96 ; 4-byte Folded Spill
	v_add_u32_e32 v255, v0, v5
	v_add_u32_e32 v226, v1, v163
	v_add_u32_e32 v244, v2, v6
	v_add_u32_e32 v215, v3, v163
	s_mov_b32 s10, 0x2060004
	s_mov_b32 s11, 0x3070105
	s_mov_b32 s27, 0x1050004
	s_mov_b32 s30, 0x3070206
	s_mov_b32 s42, s22
	s_mov_b32 s43, s23
	s_mov_b32 s12, s18
	s_mov_b32 s13, s19
	s_mov_b32 s14, s22
	s_mov_b32 s15, s23
	v_mov_b32_e32 v119, v118
	v_mov_b32_e32 v120, v118
	v_mov_b32_e32 v121, v118
	v_mov_b32_e32 v126, v118
	v_mov_b32_e32 v127, v118
	v_mov_b32_e32 v128, v118
	v_mov_b32_e32 v129, v118
	v_mov_b32_e32 v122, v118
	v_mov_b32_e32 v123, v118
	v_mov_b32_e32 v124, v118
	v_mov_b32_e32 v125, v118
	v_mov_b32_e32 v114, v118
	v_mov_b32_e32 v115, v118
	v_mov_b32_e32 v116, v118
	v_mov_b32_e32 v117, v118
	v_mov_b32_e32 v110, v118
	v_mov_b32_e32 v111, v118
	v_mov_b32_e32 v112, v118
	v_mov_b32_e32 v113, v118
	v_mov_b32_e32 v106, v118
	v_mov_b32_e32 v107, v118
	v_mov_b32_e32 v108, v118
	v_mov_b32_e32 v109, v118
	v_mov_b32_e32 v102, v118
	v_mov_b32_e32 v103, v118
	v_mov_b32_e32 v104, v118
	v_mov_b32_e32 v105, v118
	v_mov_b32_e32 v98, v118
	v_mov_b32_e32 v99, v118
	v_mov_b32_e32 v100, v118
	v_mov_b32_e32 v101, v118
	v_mov_b32_e32 v94, v118
	v_mov_b32_e32 v95, v118
	v_mov_b32_e32 v96, v118
	v_mov_b32_e32 v97, v118
	v_mov_b32_e32 v90, v118
	v_mov_b32_e32 v91, v118
	v_mov_b32_e32 v92, v118
	v_mov_b32_e32 v93, v118
	v_mov_b32_e32 v86, v118
	v_mov_b32_e32 v87, v118
	v_mov_b32_e32 v88, v118
	v_mov_b32_e32 v89, v118
	v_mov_b32_e32 v82, v118
	v_mov_b32_e32 v83, v118
	v_mov_b32_e32 v84, v118
	v_mov_b32_e32 v85, v118
	v_mov_b32_e32 v78, v118
	v_mov_b32_e32 v79, v118
	v_mov_b32_e32 v80, v118
	v_mov_b32_e32 v81, v118
	v_mov_b32_e32 v74, v118
	v_mov_b32_e32 v75, v118
	v_mov_b32_e32 v76, v118
	v_mov_b32_e32 v77, v118
	v_mov_b32_e32 v70, v118
	v_mov_b32_e32 v71, v118
	v_mov_b32_e32 v72, v118
	v_mov_b32_e32 v73, v118
	v_mov_b32_e32 v66, v118
	v_mov_b32_e32 v67, v118
	v_mov_b32_e32 v68, v118
	v_mov_b32_e32 v69, v118
	v_mov_b32_e32 v62, v118
	v_mov_b32_e32 v63, v118
	v_mov_b32_e32 v64, v118
	v_mov_b32_e32 v65, v118
	v_mov_b32_e32 v58, v118
	v_mov_b32_e32 v59, v118
	v_mov_b32_e32 v60, v118
	v_mov_b32_e32 v61, v118
	v_mov_b32_e32 v54, v118
	v_mov_b32_e32 v55, v118
	v_mov_b32_e32 v56, v118
	v_mov_b32_e32 v57, v118
	v_mov_b32_e32 v50, v118
	v_mov_b32_e32 v51, v118
	v_mov_b32_e32 v52, v118
	v_mov_b32_e32 v53, v118
	v_mov_b32_e32 v46, v118
	v_mov_b32_e32 v47, v118
	v_mov_b32_e32 v48, v118
	v_mov_b32_e32 v49, v118
	v_mov_b32_e32 v42, v118
	v_mov_b32_e32 v43, v118
	v_mov_b32_e32 v44, v118
	v_mov_b32_e32 v45, v118
	v_mov_b32_e32 v38, v118
	v_mov_b32_e32 v39, v118
	v_mov_b32_e32 v40, v118
	v_mov_b32_e32 v41, v118
	v_mov_b32_e32 v34, v118
	v_mov_b32_e32 v35, v118
	v_mov_b32_e32 v36, v118
	v_mov_b32_e32 v37, v118
	v_mov_b32_e32 v30, v118
	v_mov_b32_e32 v31, v118
	v_mov_b32_e32 v32, v118
	v_mov_b32_e32 v33, v118
	v_mov_b32_e32 v26, v118
	v_mov_b32_e32 v27, v118
	v_mov_b32_e32 v28, v118
	v_mov_b32_e32 v29, v118
	v_mov_b32_e32 v22, v118
	v_mov_b32_e32 v23, v118
	v_mov_b32_e32 v24, v118
	v_mov_b32_e32 v25, v118
	v_mov_b32_e32 v18, v118
	v_mov_b32_e32 v19, v118
	v_mov_b32_e32 v20, v118
	v_mov_b32_e32 v21, v118
	v_mov_b32_e32 v14, v118
	v_mov_b32_e32 v15, v118
	v_mov_b32_e32 v16, v118
	v_mov_b32_e32 v17, v118
	v_mov_b32_e32 v184, v118
	v_mov_b32_e32 v185, v118
	v_mov_b32_e32 v186, v118
	v_mov_b32_e32 v187, v118
	v_mov_b32_e32 v180, v118
	v_mov_b32_e32 v181, v118
	v_mov_b32_e32 v182, v118
	v_mov_b32_e32 v183, v118
	v_mov_b32_e32 v2, v118
	v_mov_b32_e32 v3, v118
	v_mov_b32_e32 v4, v118
	v_mov_b32_e32 v5, v118
	scratch_store_dword off, v6, off offset:132 ; 4-byte Folded Spill
	scratch_store_dwordx2 off, v[162:163], off offset:32 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[166:167], off offset:40 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[168:169], off offset:48 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[170:171], off offset:56 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[172:173], off offset:64 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[178:179], off offset:72 ; 8-byte Folded Spill
.LBB0_6:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	scratch_store_dwordx4 off, v[184:187], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[180:183], off ; 16-byte Folded Spill
	s_waitcnt vmcnt(2)
	v_add_u32_e32 v0, s2, v166
	v_add_u32_e32 v1, s2, v168
	v_add_u32_e32 v134, s2, v162
	v_add_u32_e32 v130, s2, v242
	v_add_u32_e32 v138, s2, v170
	v_add_u32_e32 v139, s2, v172
	v_add_u32_e32 v140, s2, v174
	v_add_u32_e32 v141, s2, v176
	v_add_u32_e32 v142, s2, v178
	v_add_u32_e32 v143, s2, v232
	v_add_u32_e32 v144, v235, v245
	v_add_u32_e32 v145, v235, v246
	v_add_u32_e32 v146, v235, v247
	v_add_u32_e32 v147, v235, v248
	v_add_u32_e32 v148, v235, v249
	v_add_u32_e32 v149, v235, v250
	v_add_u32_e32 v150, v235, v251
	v_add_u32_e32 v151, v235, v252
	v_add_u32_e32 v152, v235, v253
	v_add_u32_e32 v153, v235, v254
	buffer_load_dwordx4 v[130:133], v130, s[20:23], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[134:137], v134, s[20:23], 0 offen
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_nop 0
	buffer_load_dwordx4 v[166:169], v143, s[36:39], 0 offen
	buffer_load_dwordx4 v[170:173], v142, s[36:39], 0 offen
	buffer_load_dwordx4 v[178:181], v141, s[36:39], 0 offen
	buffer_load_dwordx4 v[182:185], v140, s[36:39], 0 offen
	buffer_load_dwordx4 v[186:189], v139, s[36:39], 0 offen
	buffer_load_dwordx4 v[190:193], v138, s[36:39], 0 offen
	buffer_load_dwordx4 v[194:197], v1, s[36:39], 0 offen
	buffer_load_dwordx4 v[198:201], v0, s[36:39], 0 offen
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_nop 0
	buffer_load_ubyte v0, v144, s[40:43], 0 offen
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v1, v151, s[12:15], 0 offen
	buffer_load_ubyte v240, v147, s[12:15], 0 offen
	buffer_load_ubyte v241, v152, s[12:15], 0 offen
	buffer_load_ubyte v234, v150, s[12:15], 0 offen
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	buffer_load_ubyte v214, v145, s[40:43], 0 offen
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	buffer_load_ubyte v229, v153, s[12:15], 0 offen
	buffer_load_ubyte v227, v149, s[12:15], 0 offen
	buffer_load_ubyte v231, v148, s[12:15], 0 offen
	buffer_load_ubyte v233, v146, s[12:15], 0 offen
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	v_add_u32_e32 v224, 0, v177
	v_add_u32_e32 v154, 0, v243
	v_add_u32_e32 v225, 0, v230
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_mov_b32_e32 v6, v174
	v_mov_b32_e32 v10, v176
	v_mov_b32_e32 v7, v177
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_addk_i32 s2, 0x80
	v_add_u32_e32 v245, 8, v245
	v_add_u32_e32 v246, 8, v246
	v_add_u32_e32 v247, 8, v247
	v_add_u32_e32 v248, 8, v248
	v_add_u32_e32 v249, 8, v249
	v_add_u32_e32 v250, 8, v250
	v_add_u32_e32 v251, 8, v251
	v_add_u32_e32 v252, 8, v252
	v_add_u32_e32 v253, 8, v253
	s_cmp_lg_u32 s3, s2
	v_add_u32_e32 v254, 8, v254
	.loc	1 434 20                        ; moe_op_gemm_a4w4.py:434:20
	s_waitcnt vmcnt(19)
	ds_write_b128 v224, v[130:133]
	s_waitcnt vmcnt(18)
	ds_write_b128 v224, v[134:137] offset:8192
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[236:239], v154
	ds_read_b128 v[216:219], v154 offset:2048
	ds_read_b128 v[220:223], v154 offset:4096
	ds_read_b128 v[210:213], v154 offset:6144
	ds_read_b128 v[206:209], v154 offset:8192
	ds_read_b128 v[202:205], v154 offset:10240
	ds_read_b128 v[174:177], v154 offset:12288
	ds_read_b128 v[162:165], v154 offset:14336
	ds_read_b128 v[158:161], v225
	ds_read_b128 v[154:157], v225 offset:2048
	ds_read_b128 v[150:153], v225 offset:4096
	ds_read_b128 v[146:149], v225 offset:6144
	ds_read_b128 v[142:145], v225 offset:8192
	ds_read_b128 v[138:141], v225 offset:10240
	ds_read_b128 v[134:137], v225 offset:12288
	ds_read_b128 v[130:133], v225 offset:14336
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(17)
	ds_write_b128 v224, v[166:169]
	s_waitcnt vmcnt(16)
	ds_write_b128 v224, v[170:173] offset:8192
	s_waitcnt vmcnt(15)
	ds_write_b128 v224, v[178:181] offset:16384
	s_waitcnt vmcnt(14)
	ds_write_b128 v224, v[182:185] offset:24576
	s_waitcnt vmcnt(13)
	ds_write_b128 v224, v[186:189] offset:32768
	s_waitcnt vmcnt(12)
	ds_write_b128 v224, v[190:193] offset:40960
	v_add_u32_e32 v166, 0, v228
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_waitcnt vmcnt(9)
	v_lshlrev_b16_e32 v0, 8, v0
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_write_b128 v224, v[194:197] offset:49152
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v168, 8, v240
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_write_b128 v224, v[198:201] offset:57344
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[190:193], v166
	ds_read_b128 v[186:189], v166 offset:16384
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_lshlrev_b16_e32 v1, 8, v1
	s_waitcnt vmcnt(5)
	v_lshlrev_b16_e32 v169, 8, v234
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_waitcnt vmcnt(4)
	v_or_b32_e32 v0, v214, v0
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(2)
	v_or_b32_sdwa v214, v227, v168 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[198:201], v166 offset:32768
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v168, 8, v233
	v_or_b32_e32 v1, v229, v1
	v_or_b32_e32 v224, v241, v169
	v_or_b32_sdwa v225, v231, v168 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	v_add_u32_e32 v167, 0, v8
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	v_or_b32_sdwa v214, v1, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v224, v224, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 435 20                        ; moe_op_gemm_a4w4.py:435:20
	ds_read_b128 v[194:197], v166 offset:49152
	ds_read_b128 v[182:185], v167
	ds_read_b128 v[178:181], v167 offset:16384
	ds_read_b128 v[170:173], v167 offset:32768
	ds_read_b128 v[166:169], v167 offset:49152
	.loc	1 438 31                        ; moe_op_gemm_a4w4.py:438:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b16 v255, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[0:1], v226 offset1:32
	ds_read2_b32 v[240:241], v226 offset0:64 offset1:96
	.loc	1 456 31                        ; moe_op_gemm_a4w4.py:456:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2st64_b32 v244, v214, v224 offset1:2
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b32 v[224:225], v215 offset1:4
	.loc	1 459 46                        ; moe_op_gemm_a4w4.py:459:46
	v_perm_b32 v214, v0, v240, s10
	v_perm_b32 v0, v0, v240, s11
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v227, v224, v225, s27
	v_perm_b32 v224, v224, v225, s30
	s_nop 0
	v_mfma_scale_f32_16x16x128_f8f6f4 v[110:113], v[190:193], v[216:219], v[110:113], v227, v214 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[106:109], v[186:189], v[216:219], v[106:109], v227, v214 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[102:105], v[198:201], v[216:219], v[102:105], v224, v214 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[98:101], v[194:197], v[216:219], v[98:101], v224, v214 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_perm_b32 v216, v1, v241, s10
	v_perm_b32 v1, v1, v241, s11
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[190:193], v[236:239], v[118:121], v227, v214 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	s_nop 0
	v_mfma_scale_f32_16x16x128_f8f6f4 v[30:33], v[190:193], v[174:177], v[30:33], v227, v1 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[26:29], v[186:189], v[174:177], v[26:29], v227, v1 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[22:25], v[198:201], v[174:177], v[22:25], v224, v1 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[18:21], v[194:197], v[174:177], v[18:21], v224, v1 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mov_b32_e32 v177, v7
	v_mov_b32_e32 v176, v10
	v_mov_b32_e32 v174, v6
	scratch_load_dwordx4 v[10:13], off, off offset:16 ; 16-byte Folded Reload
	v_mov_b32_e32 v175, v8
	scratch_load_dwordx4 v[6:9], off, off   ; 16-byte Folded Reload
	v_mfma_scale_f32_16x16x128_f8f6f4 v[126:129], v[186:189], v[236:239], v[126:129], v227, v214 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[122:125], v[198:201], v[236:239], v[122:125], v224, v214 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[114:117], v[194:197], v[236:239], v[114:117], v224, v214 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[94:97], v[190:193], v[220:223], v[94:97], v227, v216 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[90:93], v[186:189], v[220:223], v[90:93], v227, v216 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[86:89], v[198:201], v[220:223], v[86:89], v224, v216 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[82:85], v[194:197], v[220:223], v[82:85], v224, v216 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[78:81], v[190:193], v[210:213], v[78:81], v227, v216 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[74:77], v[186:189], v[210:213], v[74:77], v227, v216 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[70:73], v[198:201], v[210:213], v[70:73], v224, v216 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[66:69], v[194:197], v[210:213], v[66:69], v224, v216 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[62:65], v[190:193], v[206:209], v[62:65], v227, v0 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[58:61], v[186:189], v[206:209], v[58:61], v227, v0 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[54:57], v[198:201], v[206:209], v[54:57], v224, v0 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[50:53], v[194:197], v[206:209], v[50:53], v224, v0 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[46:49], v[190:193], v[202:205], v[46:49], v227, v0 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[42:45], v[186:189], v[202:205], v[42:45], v227, v0 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[38:41], v[198:201], v[202:205], v[38:41], v224, v0 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[34:37], v[194:197], v[202:205], v[34:37], v224, v0 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[14:17], v[190:193], v[162:165], v[14:17], v227, v1 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	s_waitcnt vmcnt(1)
	v_mfma_scale_f32_16x16x128_f8f6f4 v[10:13], v[186:189], v[162:165], v[10:13], v227, v1 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	s_waitcnt vmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 v[6:9], v[198:201], v[162:165], v[6:9], v224, v1 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[2:5], v[194:197], v[162:165], v[2:5], v224, v1 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	scratch_load_dwordx2 v[162:163], off, off offset:32 ; 8-byte Folded Reload
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[182:185], v[158:161], v[118:121], v227, v214 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[126:129], v[178:181], v[158:161], v[126:129], v227, v214 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[122:125], v[170:173], v[158:161], v[122:125], v224, v214 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[114:117], v[166:169], v[158:161], v[114:117], v224, v214 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[110:113], v[182:185], v[154:157], v[110:113], v227, v214 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[106:109], v[178:181], v[154:157], v[106:109], v227, v214 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[102:105], v[170:173], v[154:157], v[102:105], v224, v214 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[98:101], v[166:169], v[154:157], v[98:101], v224, v214 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[94:97], v[182:185], v[150:153], v[94:97], v227, v216 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[90:93], v[178:181], v[150:153], v[90:93], v227, v216 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[86:89], v[170:173], v[150:153], v[86:89], v224, v216 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[82:85], v[166:169], v[150:153], v[82:85], v224, v216 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[78:81], v[182:185], v[146:149], v[78:81], v227, v216 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[74:77], v[178:181], v[146:149], v[74:77], v227, v216 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[70:73], v[170:173], v[146:149], v[70:73], v224, v216 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[66:69], v[166:169], v[146:149], v[66:69], v224, v216 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[62:65], v[182:185], v[142:145], v[62:65], v227, v0 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[58:61], v[178:181], v[142:145], v[58:61], v227, v0 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[54:57], v[170:173], v[142:145], v[54:57], v224, v0 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[50:53], v[166:169], v[142:145], v[50:53], v224, v0 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[46:49], v[182:185], v[138:141], v[46:49], v227, v0 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[42:45], v[178:181], v[138:141], v[42:45], v227, v0 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[38:41], v[170:173], v[138:141], v[38:41], v224, v0 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[34:37], v[166:169], v[138:141], v[34:37], v224, v0 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[30:33], v[182:185], v[134:137], v[30:33], v227, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[26:29], v[178:181], v[134:137], v[26:29], v227, v1 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[22:25], v[170:173], v[134:137], v[22:25], v224, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[18:21], v[166:169], v[134:137], v[18:21], v224, v1 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[14:17], v[182:185], v[130:133], v[14:17], v227, v1 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[184:187], v[178:181], v[130:133], v[10:13], v227, v1 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	scratch_load_dwordx2 v[178:179], off, off offset:72 ; 8-byte Folded Reload
	v_mfma_scale_f32_16x16x128_f8f6f4 v[180:183], v[170:173], v[130:133], v[6:9], v224, v1 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	scratch_load_dwordx2 v[172:173], off, off offset:64 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[170:171], off, off offset:56 ; 8-byte Folded Reload
	s_nop 0
	v_mov_b32_e32 v8, v175
	v_mfma_scale_f32_16x16x128_f8f6f4 v[2:5], v[166:169], v[130:133], v[2:5], v224, v1 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	scratch_load_dwordx2 v[168:169], off, off offset:48 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[166:167], off, off offset:40 ; 8-byte Folded Reload
	.loc	1 433 19                        ; moe_op_gemm_a4w4.py:433:19
	s_cbranch_scc1 .LBB0_6
; %bb.7:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a4w4.py:0:19
	v_add_u32_e32 v141, v235, v254
	scratch_load_dword v133, off, off offset:140 ; 4-byte Folded Reload
	scratch_load_dword v234, off, off offset:80 ; 4-byte Folded Reload
	scratch_load_dword v240, off, off offset:84 ; 4-byte Folded Reload
	scratch_load_dword v241, off, off offset:88 ; 4-byte Folded Reload
	scratch_load_dword v6, off, off offset:92 ; 4-byte Folded Reload
	scratch_load_dword v7, off, off offset:96 ; 4-byte Folded Reload
	scratch_load_dword v9, off, off offset:100 ; 4-byte Folded Reload
	scratch_load_dword v10, off, off offset:104 ; 4-byte Folded Reload
	scratch_load_dword v11, off, off offset:108 ; 4-byte Folded Reload
	scratch_load_dword v12, off, off offset:112 ; 4-byte Folded Reload
	scratch_load_dword v13, off, off offset:116 ; 4-byte Folded Reload
	scratch_load_dword v227, off, off offset:120 ; 4-byte Folded Reload
	scratch_load_dword v224, off, off offset:124 ; 4-byte Folded Reload
	scratch_load_dword v229, off, off offset:128 ; 4-byte Folded Reload
	scratch_load_dword v254, off, off offset:132 ; 4-byte Folded Reload
	scratch_load_dword v255, off, off offset:136 ; 4-byte Folded Reload
	v_add_u32_e32 v140, v235, v253
	v_add_u32_e32 v139, v235, v252
	v_add_u32_e32 v138, v235, v251
	v_add_u32_e32 v137, v235, v250
	v_add_u32_e32 v136, v235, v249
	v_add_u32_e32 v135, v235, v248
	v_add_u32_e32 v134, v235, v247
	v_add_u32_e32 v130, v235, v246
	v_add_u32_e32 v132, v235, v245
	v_add_u32_e32 v242, s2, v242
	s_waitcnt vmcnt(21)
	v_add_u32_e32 v162, s2, v162
	v_add_u32_e32 v232, s2, v232
	s_waitcnt vmcnt(20)
	v_add_u32_e32 v178, s2, v178
	v_add_u32_e32 v176, s2, v176
	v_add_u32_e32 v174, s2, v174
	s_waitcnt vmcnt(19)
	v_add_u32_e32 v172, s2, v172
	s_waitcnt vmcnt(18)
	v_add_u32_e32 v170, s2, v170
	s_waitcnt vmcnt(17)
	v_add_u32_e32 v168, s2, v168
	s_waitcnt vmcnt(16)
	v_add_u32_e32 v166, s2, v166
	v_lshlrev_b32_e32 v131, 2, v235
.LBB0_8:                                ; %Flow241
	.loc	1 477 20 is_stmt 1              ; moe_op_gemm_a4w4.py:477:20
	v_bfrev_b32_e32 v194, 1
	.loc	1 470 31                        ; moe_op_gemm_a4w4.py:470:31
	v_cmp_gt_u32_e32 vcc, 2, v235
	scratch_store_dwordx4 off, v[184:187], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[180:183], off ; 16-byte Folded Spill
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_cndmask_b32_e32 v0, v194, v242, vcc
	s_mov_b32 s50, s22
	s_mov_b32 s51, s23
	v_cndmask_b32_e32 v1, v194, v162, vcc
	buffer_load_dwordx4 v[142:145], v0, s[48:51], 0 offen
	buffer_load_dwordx4 v[146:149], v1, s[48:51], 0 offen
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_mov_b32 s18, s22
	s_mov_b32 s19, s23
	v_cndmask_b32_e32 v0, v194, v232, vcc
	v_cndmask_b32_e32 v158, v194, v176, vcc
	v_cndmask_b32_e32 v1, v194, v178, vcc
	v_cndmask_b32_e32 v162, v194, v174, vcc
	v_cndmask_b32_e32 v163, v194, v172, vcc
	v_cndmask_b32_e32 v164, v194, v170, vcc
	v_cndmask_b32_e32 v165, v194, v168, vcc
	v_cndmask_b32_e32 v174, v194, v166, vcc
	buffer_load_dwordx4 v[150:153], v0, s[16:19], 0 offen
	buffer_load_dwordx4 v[154:157], v1, s[16:19], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[158:161], v158, s[16:19], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[166:169], v162, s[16:19], 0 offen
	buffer_load_dwordx4 v[170:173], v163, s[16:19], 0 offen
	buffer_load_dwordx4 v[178:181], v164, s[16:19], 0 offen
	buffer_load_dwordx4 v[182:185], v165, s[16:19], 0 offen
	buffer_load_dwordx4 v[186:189], v174, s[16:19], 0 offen
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_mov_b32 s46, s22
	s_mov_b32 s47, s23
	v_cndmask_b32_e32 v0, v194, v130, vcc
	v_cndmask_b32_e32 v1, v194, v132, vcc
	buffer_load_ubyte v1, v1, s[44:47], 0 offen
	s_nop 0
	buffer_load_ubyte v0, v0, s[44:47], 0 offen
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_mov_b32 s10, s22
	s_mov_b32 s11, s23
	v_cndmask_b32_e32 v130, v194, v141, vcc
	v_cndmask_b32_e32 v132, v194, v140, vcc
	v_cndmask_b32_e32 v139, v194, v139, vcc
	v_cndmask_b32_e32 v138, v194, v138, vcc
	v_cndmask_b32_e32 v137, v194, v137, vcc
	v_cndmask_b32_e32 v136, v194, v136, vcc
	v_cndmask_b32_e32 v135, v194, v135, vcc
	buffer_load_ubyte v139, v139, s[8:11], 0 offen
	s_nop 0
	buffer_load_ubyte v130, v130, s[8:11], 0 offen
	s_nop 0
	buffer_load_ubyte v140, v135, s[8:11], 0 offen
	buffer_load_ubyte v141, v137, s[8:11], 0 offen
	v_cndmask_b32_e32 v134, v194, v134, vcc
	buffer_load_ubyte v138, v138, s[8:11], 0 offen
	s_nop 0
	buffer_load_ubyte v132, v132, s[8:11], 0 offen
	s_nop 0
	buffer_load_ubyte v195, v134, s[8:11], 0 offen
	buffer_load_ubyte v226, v136, s[8:11], 0 offen
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	v_add_u32_e32 v190, 0, v177
	v_add_u32_e32 v134, 0, v243
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v191, 0, v230
	s_load_dword s0, s[0:1], 0x58
	s_mov_b32 s1, 0x2060004
	s_mov_b32 s2, 0x1050004
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	.loc	1 513 30                        ; moe_op_gemm_a4w4.py:513:30
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s7, s7, s0
	.loc	1 513 43 is_stmt 0              ; moe_op_gemm_a4w4.py:513:43
	s_add_i32 s0, s34, s7
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 542 10 is_stmt 1              ; moe_op_gemm_a4w4.py:542:10
	s_add_i32 s4, s4, s33
	s_mul_i32 s4, s4, s5
	s_add_i32 s4, s4, s34
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, s31
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt vmcnt(19)
	ds_write_b128 v190, v[142:145]
	s_waitcnt vmcnt(18)
	ds_write_b128 v190, v[146:149] offset:8192
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	v_add_u32_e32 v146, 0, v228
	.loc	1 477 20                        ; moe_op_gemm_a4w4.py:477:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[196:199], v134
	ds_read_b128 v[200:203], v134 offset:2048
	ds_read_b128 v[204:207], v134 offset:4096
	ds_read_b128 v[208:211], v134 offset:6144
	ds_read_b128 v[212:215], v134 offset:8192
	ds_read_b128 v[216:219], v134 offset:10240
	ds_read_b128 v[162:165], v134 offset:12288
	ds_read_b128 v[134:137], v134 offset:14336
	ds_read_b128 v[220:223], v191
	ds_read_b128 v[230:233], v191 offset:2048
	ds_read_b128 v[236:239], v191 offset:4096
	ds_read_b128 v[242:245], v191 offset:6144
	ds_read_b128 v[246:249], v191 offset:8192
	ds_read_b128 v[250:253], v191 offset:10240
	ds_read_b128 v[174:177], v191 offset:12288
	ds_read_b128 v[142:145], v191 offset:14336
	.loc	1 479 12                        ; moe_op_gemm_a4w4.py:479:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(17)
	ds_write_b128 v190, v[150:153]
	s_waitcnt vmcnt(16)
	ds_write_b128 v190, v[154:157] offset:8192
	s_waitcnt vmcnt(15)
	ds_write_b128 v190, v[158:161] offset:16384
	s_waitcnt vmcnt(14)
	ds_write_b128 v190, v[166:169] offset:24576
	s_waitcnt vmcnt(13)
	ds_write_b128 v190, v[170:173] offset:32768
	s_waitcnt vmcnt(12)
	ds_write_b128 v190, v[178:181] offset:40960
	s_waitcnt vmcnt(11)
	ds_write_b128 v190, v[182:185] offset:49152
	s_waitcnt vmcnt(10)
	ds_write_b128 v190, v[186:189] offset:57344
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[186:189], v146
	ds_read_b128 v[178:181], v146 offset:16384
	ds_read_b128 v[166:169], v146 offset:32768
	ds_read_b128 v[154:157], v146 offset:49152
	v_add_u32_e32 v146, 0, v8
	ds_read_b128 v[190:193], v146
	ds_read_b128 v[182:185], v146 offset:16384
	ds_read_b128 v[170:173], v146 offset:32768
	ds_read_b128 v[158:161], v146 offset:49152
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add_u32_e32 v146, 0, v6
	v_add3_u32 v146, v146, v9, v10
	s_waitcnt vmcnt(9)
	v_lshlrev_b16_e32 v1, 8, v1
	v_add3_u32 v146, v146, v11, v7
	s_waitcnt vmcnt(8)
	v_or_b32_e32 v0, v0, v1
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b16 v146, v0
	v_add_u32_e32 v0, 0, v12
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v139, 8, v139
	s_waitcnt vmcnt(3)
	v_lshlrev_b16_e32 v138, 8, v138
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	v_add3_u32 v146, v0, v224, v131
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_or_b32_e32 v130, v130, v139
	v_lshlrev_b16_e32 v139, 8, v140
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v132, v132, v138
	s_waitcnt vmcnt(1)
	v_lshlrev_b16_e32 v138, 8, v195
	.loc	1 483 31                        ; moe_op_gemm_a4w4.py:483:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[0:1], v146 offset1:32
	ds_read2_b32 v[224:225], v146 offset0:64 offset1:96
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add3_u32 v146, 0, v255, v227
	v_or_b32_sdwa v139, v141, v139 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_waitcnt vmcnt(0)
	v_or_b32_sdwa v138, v226, v138 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_add3_u32 v146, v146, v229, v254
	v_or_b32_sdwa v130, v130, v139 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v132, v132, v138 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2st64_b32 v146, v130, v132 offset1:2
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	scratch_load_dwordx4 v[6:9], off, off offset:16 ; 16-byte Folded Reload
	.loc	1 501 31                        ; moe_op_gemm_a4w4.py:501:31
	v_add_u32_e32 v130, 0, v133
	v_add3_u32 v130, v130, v13, v131
	ds_read2st64_b32 v[130:131], v130 offset1:4
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_perm_b32 v195, v0, v224, s1
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v226, v130, v131, s2
	s_nop 1
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[186:189], v[196:199], v[118:121], v226, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	s_mov_b32 s2, 0x3070206
	v_perm_b32 v227, v130, v131, s2
	v_mfma_scale_f32_16x16x128_f8f6f4 v[150:153], v[190:193], v[220:223], v[118:121], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[178:181], v[196:199], v[126:129], v226, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[146:149], v[182:185], v[220:223], v[118:121], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[166:169], v[196:199], v[122:125], v227, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[114:117], v[154:157], v[196:199], v[114:117], v227, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_lshrrev_b32_e32 v196, 2, v241
	v_or_b32_e32 v197, 0x80, v196
	v_or_b32_e32 v198, 0x100, v196
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[110:113], v[186:189], v[200:203], v[110:113], v226, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[106:109], v[178:181], v[200:203], v[106:109], v226, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[102:105], v[166:169], v[200:203], v[102:105], v227, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[98:101], v[154:157], v[200:203], v[98:101], v227, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[138:141], v[170:173], v[220:223], v[118:121], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[130:133], v[158:161], v[220:223], v[114:117], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[126:129], v[190:193], v[230:233], v[110:113], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[122:125], v[182:185], v[230:233], v[106:109], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[118:121], v[170:173], v[230:233], v[102:105], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[114:117], v[158:161], v[230:233], v[98:101], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_perm_b32 v195, v1, v225, s1
	s_mov_b32 s1, 0x3070105
	v_perm_b32 v0, v0, v224, s1
	v_mfma_scale_f32_16x16x128_f8f6f4 v[90:93], v[178:181], v[204:207], v[90:93], v226, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[78:81], v[186:189], v[208:211], v[78:81], v226, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[74:77], v[178:181], v[208:211], v[74:77], v226, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[62:65], v[186:189], v[212:215], v[62:65], v226, v0 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[58:61], v[178:181], v[212:215], v[58:61], v226, v0 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[54:57], v[166:169], v[212:215], v[54:57], v227, v0 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[50:53], v[154:157], v[212:215], v[50:53], v227, v0 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[46:49], v[186:189], v[216:219], v[46:49], v226, v0 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[42:45], v[178:181], v[216:219], v[42:45], v226, v0 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[38:41], v[166:169], v[216:219], v[38:41], v227, v0 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[34:37], v[154:157], v[216:219], v[34:37], v227, v0 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[94:97], v[186:189], v[204:207], v[94:97], v226, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[86:89], v[166:169], v[204:207], v[86:89], v227, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[82:85], v[154:157], v[204:207], v[82:85], v227, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[70:73], v[166:169], v[208:211], v[70:73], v227, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[66:69], v[154:157], v[208:211], v[66:69], v227, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[106:109], v[182:185], v[236:239], v[90:93], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[90:93], v[190:193], v[242:245], v[78:81], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[78:81], v[182:185], v[242:245], v[74:77], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	s_nop 2
	v_or_b32_e32 v74, s34, v234
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[62:65], v[190:193], v[246:249], v[62:65], v226, v0 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e32 vcc, s26, v74
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[58:61], v[182:185], v[246:249], v[58:61], v226, v0 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[54:57], v[170:173], v[246:249], v[54:57], v227, v0 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[50:53], v[158:161], v[246:249], v[50:53], v227, v0 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[46:49], v[190:193], v[250:253], v[46:49], v226, v0 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[42:45], v[182:185], v[250:253], v[42:45], v226, v0 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[38:41], v[170:173], v[250:253], v[38:41], v227, v0 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[34:37], v[158:161], v[250:253], v[34:37], v227, v0 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 515 27                        ; moe_op_gemm_a4w4.py:515:27
	v_add_lshl_u32 v0, s0, v234, 2
	v_cndmask_b32_e32 v0, v194, v0, vcc
	buffer_load_dword v0, v0, s[28:31], 0 offen
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[110:113], v[190:193], v[236:239], v[94:97], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_waitcnt lgkmcnt(0)
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[102:105], v[170:173], v[236:239], v[86:89], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[98:101], v[158:161], v[236:239], v[82:85], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[70:73], v[170:173], v[242:245], v[70:73], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	v_mfma_scale_f32_16x16x128_f8f6f4 v[66:69], v[158:161], v[242:245], v[66:69], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	v_perm_b32 v195, v1, v225, s1
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v1, s33, v240
	v_or_b32_e32 v74, 48, v1
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	s_waitcnt vmcnt(1)
	v_mfma_scale_f32_16x16x128_f8f6f4 v[10:13], v[178:181], v[134:137], v[6:9], v226, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v75, 64, v1
	v_or_b32_e32 v76, 0x50, v1
	v_or_b32_e32 v77, 0x60, v1
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	scratch_load_dwordx4 v[6:9], off, off   ; 16-byte Folded Reload
	v_mfma_scale_f32_16x16x128_f8f6f4 v[30:33], v[186:189], v[162:165], v[30:33], v226, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	v_or_b32_e32 v94, 0x70, v1
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e64 s[20:21], s6, v1
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_barrier
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[26:29], v[178:181], v[162:165], v[26:29], v226, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e64 s[14:15], s6, v74
	v_cmp_gt_i32_e64 s[12:13], s6, v75
	v_cmp_gt_i32_e64 s[10:11], s6, v76
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[22:25], v[166:169], v[162:165], v[22:25], v227, v195 op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e64 s[8:9], s6, v77
	v_cmp_gt_i32_e32 vcc, s6, v94
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[18:21], v[154:157], v[162:165], v[18:21], v227, v195 op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 392 59                        ; moe_op_gemm_a4w4.py:392:59
	v_or_b32_e32 v162, 0x180, v196
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[82:85], v[190:193], v[174:177], v[30:33], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 357 45                        ; moe_op_gemm_a4w4.py:357:45
	s_nop 2
	v_or_b32_e32 v32, 16, v1
	v_or_b32_e32 v33, 32, v1
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	v_lshl_add_u32 v1, v234, 2, 0
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[14:17], v[186:189], v[134:137], v[14:17], v226, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	.loc	1 510 22                        ; moe_op_gemm_a4w4.py:510:22
	v_cmp_gt_i32_e64 s[18:19], s6, v32
	v_cmp_gt_i32_e64 s[16:17], s6, v33
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_waitcnt vmcnt(1)
	ds_write_b32 v1, v0
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	s_waitcnt vmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 v[6:9], v[166:169], v[134:137], v[6:9], v227, v195 op_sel_hi:[0,1,0] cbsz:4 blgp:4
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[0:3], v[154:157], v[134:137], v[2:5], v227, v195 op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_mul_lo_u32 v136, s5, v240
	v_add_u32_e32 v156, s4, v196
	v_add_u32_e32 v157, s4, v197
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[86:89], v[182:185], v[174:177], v[26:29], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	v_add_u32_e32 v4, 0, v241
	ds_read_b128 v[94:97], v4
	ds_read_b128 v[74:77], v4 offset:512
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_waitcnt lgkmcnt(1)
	v_pk_add_f32 v[32:33], v[152:153], v[96:97]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[28:31], v[170:173], v[174:177], v[22:25], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:4
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add_f32_e64 v134, v150, v94
	v_add_f32_e64 v135, v151, v95
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v134, v135
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v22, s34, v196
	v_or_b32_e32 v23, s34, v197
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[24:27], v[158:161], v[174:177], v[18:21], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e64 s[6:7], s26, v22
	v_cmp_gt_i32_e64 s[22:23], s26, v23
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add_lshl_u32 v134, v156, v136, 1
	.loc	1 392 46                        ; moe_op_gemm_a4w4.py:392:46
	v_or_b32_e32 v20, s34, v198
	v_or_b32_e32 v21, s34, v162
	.loc	1 511 24                        ; moe_op_gemm_a4w4.py:511:24
	v_cmp_gt_i32_e64 s[2:3], s26, v20
	v_cmp_gt_i32_e64 s[0:1], s26, v21
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	s_lshl_b32 s26, s5, 4
	v_add_u32_e32 v137, s26, v136
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[16:19], v[190:193], v[142:145], v[14:17], v226, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add_f32_e64 v126, v126, v94
	v_add_f32_e64 v127, v127, v95
	s_waitcnt lgkmcnt(0)
	v_pk_add_f32 v[122:123], v[122:123], v[74:75]
	v_pk_add_f32 v[110:111], v[110:111], v[94:95]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[12:15], v[182:185], v[142:145], v[10:13], v226, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_add_f32_e64 v106, v106, v74
	v_add_f32_e64 v107, v107, v75
	v_pk_add_f32 v[90:91], v[90:91], v[94:95]
	v_pk_add_f32 v[78:79], v[78:79], v[74:75]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[8:11], v[170:173], v[142:145], v[6:9], v227, v195 op_sel:[1,1,0] op_sel_hi:[0,1,0] cbsz:4 blgp:4
	.loc	1 518 20                        ; moe_op_gemm_a4w4.py:518:20
	ds_read_b128 v[20:23], v4 offset:1024
	s_nop 1
	ds_read_b128 v[4:7], v4 offset:1536
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_pk_add_f32 v[62:63], v[62:63], v[94:95]
	v_pk_add_f32 v[58:59], v[58:59], v[74:75]
	.loc	1 504 46                        ; moe_op_gemm_a4w4.py:504:46
	v_mfma_scale_f32_16x16x128_f8f6f4 v[0:3], v[158:161], v[142:145], v[0:3], v227, v195 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4 blgp:4
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_add_u32_e32 v142, s26, v137
	v_add_u32_e32 v143, s26, v142
	v_add_u32_e32 v144, s26, v143
	v_add_u32_e32 v145, s26, v144
	v_add_u32_e32 v154, s26, v145
	v_add_u32_e32 v158, s4, v198
	v_add_u32_e32 v159, s4, v162
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[20:21], s[6:7]
	.loc	1 542 10                        ; moe_op_gemm_a4w4.py:542:10
	v_add_u32_e32 v155, s26, v154
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	s_mov_b32 s26, s30
	v_cndmask_b32_e64 v134, v194, v134, s[4:5]
	buffer_store_dwordx2 v[32:33], v134, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[148:149], v[76:77]
	v_pk_add_f32 v[134:135], v[146:147], v[74:75]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v134, v135
	v_add_lshl_u32 v134, v157, v136, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[20:21], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v134, v194, v134, s[4:5]
	buffer_store_dwordx2 v[32:33], v134, s[24:27], 0 offen
	s_waitcnt lgkmcnt(1)
	v_pk_add_f32 v[32:33], v[140:141], v[22:23]
	v_pk_add_f32 v[134:135], v[138:139], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v134, v135
	v_add_lshl_u32 v134, v158, v136, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[20:21], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v134, v194, v134, s[4:5]
	buffer_store_dwordx2 v[32:33], v134, s[24:27], 0 offen
	s_waitcnt lgkmcnt(0)
	v_pk_add_f32 v[32:33], v[132:133], v[6:7]
	v_pk_add_f32 v[130:131], v[130:131], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v130, v131
	v_add_lshl_u32 v130, v159, v136, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[20:21], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v130, v194, v130, s[4:5]
	buffer_store_dwordx2 v[32:33], v130, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[128:129], v[96:97]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[18:19], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v126, v127
	v_add_lshl_u32 v126, v156, v137, 1
	v_cndmask_b32_e64 v126, v194, v126, s[4:5]
	buffer_store_dwordx2 v[32:33], v126, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[124:125], v[76:77]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[18:19], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v122, v123
	v_add_lshl_u32 v122, v157, v137, 1
	v_cndmask_b32_e64 v122, v194, v122, s[4:5]
	buffer_store_dwordx2 v[32:33], v122, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[120:121], v[22:23]
	v_pk_add_f32 v[118:119], v[118:119], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v118, v119
	v_add_lshl_u32 v118, v158, v137, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[18:19], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v118, v194, v118, s[4:5]
	buffer_store_dwordx2 v[32:33], v118, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[116:117], v[6:7]
	v_pk_add_f32 v[114:115], v[114:115], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v114, v115
	v_add_lshl_u32 v114, v159, v137, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[18:19], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v114, v194, v114, s[4:5]
	buffer_store_dwordx2 v[32:33], v114, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[112:113], v[96:97]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[16:17], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v110, v111
	v_add_lshl_u32 v110, v156, v142, 1
	v_cndmask_b32_e64 v110, v194, v110, s[4:5]
	buffer_store_dwordx2 v[32:33], v110, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[108:109], v[76:77]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[16:17], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v106, v107
	v_add_lshl_u32 v106, v157, v142, 1
	v_cndmask_b32_e64 v106, v194, v106, s[4:5]
	buffer_store_dwordx2 v[32:33], v106, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[104:105], v[22:23]
	v_pk_add_f32 v[102:103], v[102:103], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v102, v103
	v_add_lshl_u32 v102, v158, v142, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[16:17], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v102, v194, v102, s[4:5]
	buffer_store_dwordx2 v[32:33], v102, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[100:101], v[6:7]
	v_pk_add_f32 v[98:99], v[98:99], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v98, v99
	v_add_lshl_u32 v98, v159, v142, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[16:17], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v98, v194, v98, s[4:5]
	buffer_store_dwordx2 v[32:33], v98, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[92:93], v[96:97]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[14:15], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v90, v91
	v_add_lshl_u32 v90, v156, v143, 1
	v_cndmask_b32_e64 v90, v194, v90, s[4:5]
	buffer_store_dwordx2 v[32:33], v90, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[80:81], v[76:77]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[14:15], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v78, v79
	v_add_lshl_u32 v78, v157, v143, 1
	v_cndmask_b32_e64 v78, v194, v78, s[4:5]
	buffer_store_dwordx2 v[32:33], v78, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[72:73], v[22:23]
	v_pk_add_f32 v[70:71], v[70:71], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v70, v71
	v_add_lshl_u32 v70, v158, v143, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[14:15], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v70, v194, v70, s[4:5]
	buffer_store_dwordx2 v[32:33], v70, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[68:69], v[6:7]
	v_pk_add_f32 v[66:67], v[66:67], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v66, v67
	v_add_lshl_u32 v66, v159, v143, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[14:15], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v66, v194, v66, s[4:5]
	buffer_store_dwordx2 v[32:33], v66, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[64:65], v[96:97]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[12:13], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v62, v63
	v_add_lshl_u32 v62, v156, v144, 1
	v_cndmask_b32_e64 v62, v194, v62, s[4:5]
	buffer_store_dwordx2 v[32:33], v62, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[60:61], v[76:77]
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[12:13], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v58, v59
	v_add_lshl_u32 v58, v157, v144, 1
	v_cndmask_b32_e64 v58, v194, v58, s[4:5]
	buffer_store_dwordx2 v[32:33], v58, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[56:57], v[22:23]
	v_pk_add_f32 v[54:55], v[54:55], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v54, v55
	v_add_lshl_u32 v54, v158, v144, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[12:13], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v54, v194, v54, s[4:5]
	buffer_store_dwordx2 v[32:33], v54, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[52:53], v[6:7]
	v_pk_add_f32 v[50:51], v[50:51], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v50, v51
	v_add_lshl_u32 v50, v159, v144, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[12:13], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v50, v194, v50, s[4:5]
	buffer_store_dwordx2 v[32:33], v50, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[48:49], v[96:97]
	v_pk_add_f32 v[46:47], v[46:47], v[94:95]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v46, v47
	v_add_lshl_u32 v46, v156, v145, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[10:11], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v46, v194, v46, s[4:5]
	buffer_store_dwordx2 v[32:33], v46, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[44:45], v[76:77]
	v_pk_add_f32 v[42:43], v[42:43], v[74:75]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v42, v43
	v_add_lshl_u32 v42, v157, v145, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[10:11], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v42, v194, v42, s[4:5]
	buffer_store_dwordx2 v[32:33], v42, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[40:41], v[22:23]
	v_pk_add_f32 v[38:39], v[38:39], v[20:21]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v38, v39
	v_add_lshl_u32 v38, v158, v145, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[10:11], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v38, v194, v38, s[4:5]
	buffer_store_dwordx2 v[32:33], v38, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[36:37], v[6:7]
	v_pk_add_f32 v[34:35], v[34:35], v[4:5]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v34, v35
	v_add_lshl_u32 v34, v159, v145, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[10:11], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v34, v194, v34, s[4:5]
	buffer_store_dwordx2 v[32:33], v34, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[84:85], v[96:97]
	v_pk_add_f32 v[34:35], v[82:83], v[94:95]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v34, v35
	v_add_lshl_u32 v34, v156, v154, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[8:9], s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v34, v194, v34, s[4:5]
	buffer_store_dwordx2 v[32:33], v34, s[24:27], 0 offen
	v_pk_add_f32 v[32:33], v[88:89], v[76:77]
	v_pk_add_f32 v[34:35], v[86:87], v[74:75]
	v_cvt_pk_bf16_f32 v33, v32, v33
	v_cvt_pk_bf16_f32 v32, v34, v35
	v_add_lshl_u32 v34, v157, v154, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[8:9], s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_pk_add_f32 v[30:31], v[30:31], v[22:23]
	v_pk_add_f32 v[28:29], v[28:29], v[20:21]
	v_cndmask_b32_e64 v34, v194, v34, s[4:5]
	v_cvt_pk_bf16_f32 v31, v30, v31
	v_cvt_pk_bf16_f32 v30, v28, v29
	v_add_lshl_u32 v28, v158, v154, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[8:9], s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_pk_add_f32 v[26:27], v[26:27], v[6:7]
	v_pk_add_f32 v[24:25], v[24:25], v[4:5]
	v_cndmask_b32_e64 v28, v194, v28, s[4:5]
	v_cvt_pk_bf16_f32 v27, v26, v27
	v_cvt_pk_bf16_f32 v26, v24, v25
	v_add_lshl_u32 v24, v159, v154, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], s[8:9], s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_pk_add_f32 v[18:19], v[18:19], v[96:97]
	v_pk_add_f32 v[16:17], v[16:17], v[94:95]
	v_cndmask_b32_e64 v24, v194, v24, s[4:5]
	v_cvt_pk_bf16_f32 v19, v18, v19
	v_cvt_pk_bf16_f32 v18, v16, v17
	v_add_lshl_u32 v16, v156, v155, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], vcc, s[6:7]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_pk_add_f32 v[14:15], v[14:15], v[76:77]
	v_pk_add_f32 v[12:13], v[12:13], v[74:75]
	v_pk_add_f32 v[10:11], v[10:11], v[22:23]
	v_pk_add_f32 v[8:9], v[8:9], v[20:21]
	v_pk_add_f32 v[2:3], v[2:3], v[6:7]
	v_pk_add_f32 v[0:1], v[0:1], v[4:5]
	v_cndmask_b32_e64 v16, v194, v16, s[4:5]
	v_cvt_pk_bf16_f32 v15, v14, v15
	v_cvt_pk_bf16_f32 v14, v12, v13
	v_add_lshl_u32 v12, v157, v155, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[4:5], vcc, s[22:23]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v11, v10, v11
	v_cvt_pk_bf16_f32 v10, v8, v9
	v_add_lshl_u32 v8, v158, v155, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cvt_pk_bf16_f32 v3, v2, v3
	v_cvt_pk_bf16_f32 v2, v0, v1
	v_add_lshl_u32 v0, v159, v155, 1
	.loc	1 544 29                        ; moe_op_gemm_a4w4.py:544:29
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 545 20                        ; moe_op_gemm_a4w4.py:545:20
	v_cndmask_b32_e64 v12, v194, v12, s[4:5]
	v_cndmask_b32_e64 v8, v194, v8, s[2:3]
	v_cndmask_b32_e32 v0, v194, v0, vcc
	buffer_store_dwordx2 v[32:33], v34, s[24:27], 0 offen
	buffer_store_dwordx2 v[30:31], v28, s[24:27], 0 offen
	buffer_store_dwordx2 v[26:27], v24, s[24:27], 0 offen
	buffer_store_dwordx2 v[18:19], v16, s[24:27], 0 offen
	buffer_store_dwordx2 v[14:15], v12, s[24:27], 0 offen
	buffer_store_dwordx2 v[10:11], v8, s[24:27], 0 offen
	buffer_store_dwordx2 v[2:3], v0, s[24:27], 0 offen
.LBB0_9:                                ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a4w4.py:0
	s_endpgm
.Ltmp14:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 148
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
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 256
		.amdhsa_next_free_sgpr 52
		.amdhsa_accum_offset 256
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
	.size	_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0, .Lfunc_end0-_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_vgpr, 256
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_agpr, 0
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.numbered_sgpr, 52
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.num_named_barrier, 0
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.private_seg_size, 148
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.uses_vcc, 1
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.uses_flat_scratch, 0
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_dyn_sized_stack, 0
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_recursion, 0
	.set _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 10420
; TotalNumSgprs: 58
; NumVgprs: 256
; NumAgprs: 0
; TotalNumVgprs: 256
; ScratchSize: 148
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 58
; NumVGPRsForWavesPerEU: 256
; AccumOffset: 256
; Occupancy: 2
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 63
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
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
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
	.byte	1                               ; Abbrev [1] 0xb:0x5a DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x34 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	330                             ; DW_AT_call_line
	.byte	56                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4e:0x15 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.quad	.Ltmp12                         ; DW_AT_low_pc
	.long	.Ltmp13-.Ltmp12                 ; DW_AT_high_pc
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
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"moe_op_gemm_a4w4.py"           ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" ; string offset=27
.Linfo_string3:
	.asciz	"_moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0" ; string offset=87
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
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
    .max_flat_workgroup_size: 512
    .name:           _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0
    .private_segment_fixed_size: 148
    .sgpr_count:     58
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a4w4_BLOCK_M_128_BLOCK_N_512_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 44
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:
