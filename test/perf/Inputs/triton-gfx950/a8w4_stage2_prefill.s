	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0 ; -- Begin function _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0
	.p2align	8
	.type	_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0,@function
_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0: ; @_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.13:
	.file	1 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "moe_op_gemm_a8w4.py"
	.loc	1 150 0 prologue_end            ; moe_op_gemm_a8w4.py:150:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.14:
.LBB0_0:
	s_mov_b64 s[24:25], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	s_load_dwordx2 s[6:7], s[0:1], 0x78
	s_load_dwordx2 s[2:3], s[0:1], 0x88
	s_mov_b64 s[28:29], s[10:11]
.Ltmp1:
	.loc	1 262 37 is_stmt 1              ; moe_op_gemm_a8w4.py:262:37
	s_waitcnt lgkmcnt(0)
	s_load_dword s4, s[6:7], 0x0
	.loc	1 262 29 is_stmt 0              ; moe_op_gemm_a8w4.py:262:29
	s_waitcnt lgkmcnt(0)
	s_sub_i32 s6, s2, s4
	.loc	1 270 38 is_stmt 1              ; moe_op_gemm_a8w4.py:270:38
	s_mul_i32 s2, s4, s3
	.loc	1 271 19                        ; moe_op_gemm_a8w4.py:271:19
	s_cmp_lt_i32 s6, 1
	s_cselect_b64 s[6:7], -1, 0
	.loc	1 271 32 is_stmt 0              ; moe_op_gemm_a8w4.py:271:32
	s_cmp_lt_i32 s16, s2
	s_cselect_b64 s[10:11], -1, 0
	s_or_b64 s[6:7], s[6:7], s[10:11]
	.loc	1 271 25                        ; moe_op_gemm_a8w4.py:271:25
	s_and_b64 vcc, exec, s[6:7]
	s_cbranch_vccz .LBB0_12
; %bb.1:
.Ltmp2:
	.loc	1 84 36 is_stmt 1               ; moe_op_gemm_a8w4.py:84:36 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_ashr_i32 s6, s2, 31
	s_lshr_b32 s6, s6, 29
	s_add_i32 s6, s2, s6
	s_ashr_i32 s7, s6, 3
	.loc	1 85 37                         ; moe_op_gemm_a8w4.py:85:37 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_and_b32 s6, s6, -8
	s_sub_i32 s6, s2, s6
.Ltmp3:
	.loc	1 279 26                        ; moe_op_gemm_a8w4.py:279:26
	s_abs_i32 s2, s2
	v_cvt_f32_u32_e32 v1, s2
.Ltmp4:
	.loc	1 89 23                         ; moe_op_gemm_a8w4.py:89:23 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_ashr_i32 s9, s16, 31
	s_lshr_b32 s9, s9, 29
	s_add_i32 s9, s16, s9
.Ltmp5:
	.loc	1 279 26                        ; moe_op_gemm_a8w4.py:279:26
	v_rcp_iflag_f32_e32 v1, v1
.Ltmp6:
	.loc	1 89 23                         ; moe_op_gemm_a8w4.py:89:23 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_ashr_i32 s10, s9, 3
	.loc	1 88 18                         ; moe_op_gemm_a8w4.py:88:18 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_and_b32 s9, s9, -8
	s_sub_i32 s9, s16, s9
.Ltmp7:
	.loc	1 279 26                        ; moe_op_gemm_a8w4.py:279:26
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
.Ltmp8:
	.loc	1 92 50                         ; moe_op_gemm_a8w4.py:92:50 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_min_i32 s6, s9, s6
	.loc	1 92 22 is_stmt 0               ; moe_op_gemm_a8w4.py:92:22 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_mul_i32 s7, s7, s9
	.loc	1 92 39                         ; moe_op_gemm_a8w4.py:92:39 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_add_i32 s6, s6, s10
.Ltmp9:
	.loc	1 279 26 is_stmt 1              ; moe_op_gemm_a8w4.py:279:26
	s_sub_i32 s9, 0, s2
	v_readfirstlane_b32 s10, v1
	s_mul_i32 s9, s9, s10
.Ltmp10:
	.loc	1 92 70                         ; moe_op_gemm_a8w4.py:92:70 @[ moe_op_gemm_a8w4.py:277:61 ]
	s_add_i32 s6, s6, s7
.Ltmp11:
	.loc	1 279 26                        ; moe_op_gemm_a8w4.py:279:26
	s_mul_hi_u32 s9, s10, s9
	s_ashr_i32 s7, s6, 31
	s_abs_i32 s6, s6
	s_add_i32 s10, s10, s9
	s_mul_hi_u32 s9, s6, s10
	s_mul_i32 s9, s9, s2
	s_sub_i32 s6, s6, s9
	s_sub_i32 s9, s6, s2
	s_cmp_ge_u32 s6, s2
	s_cselect_b32 s6, s9, s6
	s_sub_i32 s9, s6, s2
	s_cmp_ge_u32 s6, s2
	s_cselect_b32 s6, s9, s6
.Ltmp12:
	.file	2 "/work/main/.peer-loops/aiter/ops/triton/utils/_triton" "pid_preprocessing.py"
	.loc	2 72 42                         ; pid_preprocessing.py:72:42 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_lshl_b32 s2, s3, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_abs_i32 s9, s2
	v_cvt_f32_u32_e32 v1, s9
.Ltmp13:
	.loc	1 279 26                        ; moe_op_gemm_a8w4.py:279:26
	s_xor_b32 s3, s6, s7
	s_sub_i32 s3, s3, s7
.Ltmp14:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_sub_i32 s7, 0, s9
	v_rcp_iflag_f32_e32 v1, v1
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_abs_i32 s11, s3
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_xor_b32 s6, s3, s2
	s_mov_b64 s[36:37], s[14:15]
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_ashr_i32 s6, s6, 31
	v_readfirstlane_b32 s10, v1
	s_mul_i32 s7, s7, s10
	s_mul_hi_u32 s7, s10, s7
	s_add_i32 s10, s10, s7
	s_mul_hi_u32 s7, s11, s10
	s_mul_i32 s10, s7, s9
	s_sub_i32 s10, s11, s10
	s_add_i32 s13, s7, 1
	s_sub_i32 s14, s10, s9
	s_cmp_ge_u32 s10, s9
	s_cselect_b32 s7, s13, s7
	s_cselect_b32 s10, s14, s10
	s_add_i32 s13, s7, 1
	s_cmp_ge_u32 s10, s9
	s_cselect_b32 s7, s13, s7
	s_xor_b32 s7, s7, s6
	s_sub_i32 s9, s7, s6
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_lshl_b32 s14, s9, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_sub_i32 s4, s4, s14
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_min_i32 s10, s4, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_abs_i32 s4, s10
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s13, 0, s4
	s_ashr_i32 s15, s3, 31
	s_load_dwordx2 s[6:7], s[0:1], 0x80
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s16, v1
	s_mul_i32 s13, s13, s16
	s_mul_hi_u32 s13, s16, s13
	s_add_i32 s13, s16, s13
	s_mul_hi_u32 s16, s11, s13
	s_mul_i32 s16, s16, s4
	s_sub_i32 s11, s11, s16
	s_sub_i32 s16, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s16, s11
	s_sub_i32 s16, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s16, s11
	s_xor_b32 s11, s11, s15
	s_sub_i32 s11, s11, s15
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_add_i32 s14, s14, s11
.Ltmp15:
	.loc	1 287 24 is_stmt 1              ; moe_op_gemm_a8w4.py:287:24
	s_ashr_i32 s15, s14, 31
	s_lshl_b64 s[14:15], s[14:15], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s6, s6, s14
	s_addc_u32 s7, s7, s15
	s_load_dword s11, s[6:7], 0x0
	.loc	1 288 20                        ; moe_op_gemm_a8w4.py:288:20
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u32 s11, -1
	s_cbranch_scc1 .LBB0_12
; %bb.2:
.Ltmp16:
	.loc	2 78 23                         ; pid_preprocessing.py:78:23 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_mul_i32 s9, s9, s2
	s_sub_i32 s2, s3, s9
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_ashr_i32 s3, s2, 31
	s_abs_i32 s2, s2
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_ashr_i32 s10, s10, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_mul_hi_u32 s9, s2, s13
	s_xor_b32 s3, s3, s10
	s_mul_i32 s10, s9, s4
	s_sub_i32 s2, s2, s10
	s_add_i32 s10, s9, 1
	s_sub_i32 s13, s2, s4
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s9, s10, s9
	s_load_dwordx4 s[40:43], s[0:1], 0x38
	s_load_dwordx2 s[6:7], s[0:1], 0x48
	s_load_dwordx2 s[22:23], s[0:1], 0x5c
	s_load_dwordx4 s[44:47], s[0:1], 0x68
	s_cselect_b32 s2, s13, s2
	s_add_i32 s10, s9, 1
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s2, s10, s9
	s_xor_b32 s2, s2, s3
.Ltmp17:
	.loc	1 290 26 is_stmt 1              ; moe_op_gemm_a8w4.py:290:26
	s_and_b32 s9, s11, 0xffff
.Ltmp18:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_sub_i32 s13, s2, s3
.Ltmp19:
	.loc	1 292 16                        ; moe_op_gemm_a8w4.py:292:16
	s_lshl_b32 s2, s9, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s10, s[44:45], s2 offset:0x0
	.loc	1 293 22                        ; moe_op_gemm_a8w4.py:293:22
	s_load_dword s4, s[46:47], s2 offset:0x0
	.loc	1 299 25                        ; moe_op_gemm_a8w4.py:299:25
	s_ashr_i32 s2, s11, 9
	s_and_b32 s33, s2, 0xffffff80
	.loc	1 299 49 is_stmt 0              ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v2, 4, v0
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s2, s10
	v_cvt_f32_u32_e32 v3, s2
	s_sub_i32 s3, 0, s2
	.loc	1 299 36                        ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v2, s33, v2
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	s_ashr_i32 s11, s11, 31
	v_rcp_iflag_f32_e32 v3, v3
	v_add_u32_e32 v2, s11, v2
	v_xor_b32_e32 v8, s11, v2
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v34, 3, v0
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	.loc	1 299 36                        ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v4, s33, v34
	.loc	1 299 49 is_stmt 0              ; moe_op_gemm_a8w4.py:299:49
	v_or_b32_e32 v35, 32, v34
	.loc	1 299 36                        ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v5, s33, v35
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	v_mul_lo_u32 v9, s3, v3
	v_mul_hi_u32 v9, v3, v9
	v_add_u32_e32 v3, v3, v9
	v_mul_hi_u32 v9, v8, v3
	v_mul_lo_u32 v9, v9, s2
	v_sub_u32_e32 v8, v8, v9
	v_subrev_u32_e32 v9, s2, v8
	v_cmp_le_u32_e32 vcc, s2, v8
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_or_b32_e32 v36, 64, v34
	.loc	1 299 36 is_stmt 0              ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v6, s33, v36
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v8, v8, v9, vcc
	v_subrev_u32_e32 v9, s2, v8
	v_cmp_le_u32_e32 vcc, s2, v8
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_or_b32_e32 v37, 0x60, v34
	.loc	1 299 36 is_stmt 0              ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v7, s33, v37
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v8, v8, v9, vcc
	v_add_u32_e32 v9, 16, v2
	v_xor_b32_e32 v9, s11, v9
	v_mul_hi_u32 v10, v9, v3
	v_mul_lo_u32 v10, v10, s2
	v_sub_u32_e32 v9, v9, v10
	v_subrev_u32_e32 v10, s2, v9
	v_cmp_le_u32_e32 vcc, s2, v9
	.loc	1 307 46                        ; moe_op_gemm_a8w4.py:307:46
	v_lshlrev_b32_e32 v126, 4, v0
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_xor_b32_e32 v82, s11, v8
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_subrev_u32_e32 v10, s2, v9
	v_cmp_le_u32_e32 vcc, s2, v9
	.loc	1 307 46                        ; moe_op_gemm_a8w4.py:307:46
	v_and_b32_e32 v127, 0xf0, v126
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_subrev_u32_e32 v8, s11, v82
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_add_u32_e32 v10, 32, v2
	v_xor_b32_e32 v10, s11, v10
	v_mul_hi_u32 v11, v10, v3
	v_mul_lo_u32 v11, v11, s2
	v_sub_u32_e32 v10, v10, v11
	v_subrev_u32_e32 v11, s2, v10
	v_cmp_le_u32_e32 vcc, s2, v10
	v_xor_b32_e32 v83, s11, v9
	v_subrev_u32_e32 v9, s11, v83
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_subrev_u32_e32 v11, s2, v10
	v_cmp_le_u32_e32 vcc, s2, v10
.Ltmp20:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a8w4.py:372:28 ]
	s_add_i32 s14, s23, 0xff
.Ltmp21:
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cmpk_gt_i32 s14, 0x1ff
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v10, v10, v11, vcc
	v_add_u32_e32 v11, 48, v2
	v_xor_b32_e32 v11, s11, v11
	v_mul_hi_u32 v12, v11, v3
	v_mul_lo_u32 v12, v12, s2
	v_sub_u32_e32 v11, v11, v12
	v_subrev_u32_e32 v12, s2, v11
	v_cmp_le_u32_e32 vcc, s2, v11
	v_xor_b32_e32 v84, s11, v10
	v_subrev_u32_e32 v10, s11, v84
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_subrev_u32_e32 v12, s2, v11
	v_cmp_le_u32_e32 vcc, s2, v11
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bfrev_b32_e32 v55, 1
	s_mov_b32 s27, 0x27000
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_add_u32_e32 v12, 64, v2
	v_xor_b32_e32 v12, s11, v12
	v_mul_hi_u32 v13, v12, v3
	v_mul_lo_u32 v13, v13, s2
	v_sub_u32_e32 v12, v12, v13
	v_subrev_u32_e32 v13, s2, v12
	v_cmp_le_u32_e32 vcc, s2, v12
	v_xor_b32_e32 v85, s11, v11
	v_subrev_u32_e32 v11, s11, v85
	v_cndmask_b32_e32 v12, v12, v13, vcc
	v_subrev_u32_e32 v13, s2, v12
	v_cmp_le_u32_e32 vcc, s2, v12
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_and_b32_e32 v1, 7, v0
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v12, v12, v13, vcc
	v_add_u32_e32 v13, 0x50, v2
	v_xor_b32_e32 v13, s11, v13
	v_mul_hi_u32 v14, v13, v3
	v_mul_lo_u32 v14, v14, s2
	v_sub_u32_e32 v13, v13, v14
	v_subrev_u32_e32 v14, s2, v13
	v_cmp_le_u32_e32 vcc, s2, v13
	v_xor_b32_e32 v86, s11, v12
	v_subrev_u32_e32 v12, s11, v86
	v_cndmask_b32_e32 v13, v13, v14, vcc
	v_subrev_u32_e32 v14, s2, v13
	v_cmp_le_u32_e32 vcc, s2, v13
	.loc	1 320 26                        ; moe_op_gemm_a8w4.py:320:26
	s_mul_i32 s6, s9, s6
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshlrev_b32_e32 v128, 4, v1
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v13, v13, v14, vcc
	v_add_u32_e32 v14, 0x60, v2
	v_xor_b32_e32 v14, s11, v14
	v_mul_hi_u32 v15, v14, v3
	v_mul_lo_u32 v15, v15, s2
	v_sub_u32_e32 v14, v14, v15
	v_subrev_u32_e32 v15, s2, v14
	v_cmp_le_u32_e32 vcc, s2, v14
	v_add_u32_e32 v2, 0x70, v2
	v_xor_b32_e32 v2, s11, v2
	v_cndmask_b32_e32 v14, v14, v15, vcc
	v_subrev_u32_e32 v15, s2, v14
	v_cmp_le_u32_e32 vcc, s2, v14
	v_xor_b32_e32 v87, s11, v13
	v_subrev_u32_e32 v13, s11, v87
	v_cndmask_b32_e32 v14, v14, v15, vcc
	v_mul_hi_u32 v15, v2, v3
	v_mul_lo_u32 v15, v15, s2
	v_sub_u32_e32 v2, v2, v15
	v_subrev_u32_e32 v15, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	v_xor_b32_e32 v88, s11, v14
	v_subrev_u32_e32 v14, s11, v88
	v_cndmask_b32_e32 v2, v2, v15, vcc
	v_subrev_u32_e32 v15, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v2, v2, v15, vcc
	v_xor_b32_e32 v89, s11, v2
	v_add_u32_e32 v2, s11, v4
	v_xor_b32_e32 v2, s11, v2
	v_mul_hi_u32 v4, v2, v3
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	v_subrev_u32_e32 v15, s11, v89
	s_mov_b64 s[16:17], s[42:43]
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s11, v2
	v_subrev_u32_e32 v51, s11, v2
	v_add_u32_e32 v2, s11, v5
	v_xor_b32_e32 v2, s11, v2
	v_mul_hi_u32 v4, v2, v3
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_add_u32_e32 v141, 0, v0
	v_lshlrev_b32_e32 v94, 3, v0
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s11, v2
	v_subrev_u32_e32 v52, s11, v2
	v_add_u32_e32 v2, s11, v6
	v_xor_b32_e32 v2, s11, v2
	v_mul_hi_u32 v4, v2, v3
	v_mul_lo_u32 v4, v4, s2
	v_sub_u32_e32 v2, v2, v4
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_xor_b32_e32 v2, s11, v2
	v_subrev_u32_e32 v53, s11, v2
	v_add_u32_e32 v2, s11, v7
	v_xor_b32_e32 v2, s11, v2
	v_mul_hi_u32 v3, v2, v3
	v_mul_lo_u32 v3, v3, s2
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s2, v2
	v_cmp_le_u32_e32 vcc, s2, v2
	.loc	1 302 23                        ; moe_op_gemm_a8w4.py:302:23
	s_mul_i32 s2, s4, s8
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	s_nop 0
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s11, v2
	v_subrev_u32_e32 v54, s11, v2
	.loc	1 311 10                        ; moe_op_gemm_a8w4.py:311:10
	v_add_u32_e32 v2, s2, v127
	v_mad_u64_u32 v[80:81], s[2:3], v8, s8, v[2:3]
	v_mad_u64_u32 v[78:79], s[2:3], v9, s8, v[2:3]
	v_mad_u64_u32 v[72:73], s[2:3], v10, s8, v[2:3]
	v_mad_u64_u32 v[76:77], s[2:3], v11, s8, v[2:3]
	v_mad_u64_u32 v[68:69], s[2:3], v12, s8, v[2:3]
	v_mad_u64_u32 v[74:75], s[2:3], v13, s8, v[2:3]
	v_mad_u64_u32 v[66:67], s[2:3], v14, s8, v[2:3]
	v_mad_u64_u32 v[70:71], s[2:3], v15, s8, v[2:3]
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_and_b32 s25, s25, 0xffff
	v_cndmask_b32_e64 v10, v55, v80, s[2:3]
	v_cndmask_b32_e64 v11, v55, v78, s[2:3]
	v_cndmask_b32_e64 v18, v55, v72, s[2:3]
	v_cndmask_b32_e64 v19, v55, v76, s[2:3]
	v_cndmask_b32_e64 v26, v55, v68, s[2:3]
	v_cndmask_b32_e64 v27, v55, v74, s[2:3]
	v_cndmask_b32_e64 v38, v55, v66, s[2:3]
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_abs_i32 s15, s22
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	buffer_load_dwordx4 v[2:5], v10, s[24:27], 0 offen
	buffer_load_dwordx4 v[6:9], v11, s[24:27], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[10:13], v18, s[24:27], 0 offen
	buffer_load_dwordx4 v[14:17], v19, s[24:27], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[18:21], v26, s[24:27], 0 offen
	buffer_load_dwordx4 v[22:25], v27, s[24:27], 0 offen
	v_cndmask_b32_e64 v39, v55, v70, s[2:3]
	buffer_load_dwordx4 v[26:29], v38, s[24:27], 0 offen
	buffer_load_dwordx4 v[30:33], v39, s[24:27], 0 offen
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cvt_f32_u32_e32 v38, s15
	.loc	1 337 30 is_stmt 0              ; moe_op_gemm_a8w4.py:337:30
	s_lshl_b32 s23, s13, 7
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_sub_i32 s18, 0, s15
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v34, s23, v34
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_rcp_iflag_f32_e32 v38, v38
	s_bfe_i32 s13, s13, 0x10018
	v_add_u32_e32 v34, s13, v34
	v_xor_b32_e32 v34, s13, v34
	v_mul_f32_e32 v38, 0x4f7ffffe, v38
	v_cvt_u32_f32_e32 v38, v38
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v35, s23, v35
	v_or_b32_e32 v36, s23, v36
	v_or_b32_e32 v37, s23, v37
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_mul_lo_u32 v39, s18, v38
	v_mul_hi_u32 v39, v38, v39
	v_add_u32_e32 v38, v38, v39
	v_mul_hi_u32 v39, v34, v38
	v_mul_lo_u32 v39, v39, s15
	v_sub_u32_e32 v34, v34, v39
	v_subrev_u32_e32 v39, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 380 20 is_stmt 1              ; moe_op_gemm_a8w4.py:380:20
	s_and_b32 s37, s37, 0xffff
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_and_b32 s29, s29, 0xffff
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cndmask_b32_e32 v34, v34, v39, vcc
	v_subrev_u32_e32 v39, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_and_b32 s17, s17, 0xffff
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cmpk_gt_i32 s14, 0x2ff
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cndmask_b32_e32 v34, v34, v39, vcc
	v_xor_b32_e32 v34, s13, v34
	v_subrev_u32_e32 v39, s13, v34
	v_add_u32_e32 v34, s13, v35
	v_xor_b32_e32 v34, s13, v34
	v_mul_hi_u32 v35, v34, v38
	v_mul_lo_u32 v35, v35, s15
	v_sub_u32_e32 v34, v34, v35
	v_subrev_u32_e32 v35, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_mul_lo_u32 v75, v39, s41
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_nop 0
	v_cndmask_b32_e32 v34, v34, v35, vcc
	v_subrev_u32_e32 v35, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	s_nop 1
	v_cndmask_b32_e32 v34, v34, v35, vcc
	v_xor_b32_e32 v34, s13, v34
	v_subrev_u32_e32 v35, s13, v34
	v_add_u32_e32 v34, s13, v36
	v_xor_b32_e32 v34, s13, v34
	v_mul_hi_u32 v36, v34, v38
	v_mul_lo_u32 v36, v36, s15
	v_sub_u32_e32 v34, v34, v36
	v_subrev_u32_e32 v36, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_mul_lo_u32 v77, v35, s41
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_nop 0
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_subrev_u32_e32 v36, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	s_nop 1
	v_cndmask_b32_e32 v34, v34, v36, vcc
	v_xor_b32_e32 v34, s13, v34
	v_subrev_u32_e32 v36, s13, v34
	v_add_u32_e32 v34, s13, v37
	v_xor_b32_e32 v34, s13, v34
	v_mul_hi_u32 v37, v34, v38
	v_mul_lo_u32 v37, v37, s15
	v_sub_u32_e32 v34, v34, v37
	v_subrev_u32_e32 v37, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_mul_lo_u32 v79, v36, s41
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_nop 0
	v_cndmask_b32_e32 v34, v34, v37, vcc
	v_subrev_u32_e32 v37, s15, v34
	v_cmp_le_u32_e32 vcc, s15, v34
	.loc	1 356 19                        ; moe_op_gemm_a8w4.py:356:19
	s_mul_i32 s15, s9, s40
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_nop 0
	v_cndmask_b32_e32 v34, v34, v37, vcc
	v_xor_b32_e32 v34, s13, v34
	v_subrev_u32_e32 v37, s13, v34
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_add_u32_e32 v34, s6, v1
	v_mad_u64_u32 v[110:111], s[18:19], v39, s7, v[34:35]
	v_mad_u64_u32 v[112:113], s[18:19], v35, s7, v[34:35]
	v_mad_u64_u32 v[114:115], s[18:19], v36, s7, v[34:35]
	v_mad_u64_u32 v[116:117], s[6:7], v37, s7, v[34:35]
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_add_u32_e32 v34, s15, v128
	v_mul_lo_u32 v81, v37, s41
	v_add_u32_e32 v73, v34, v75
	v_add_u32_e32 v71, v34, v77
	v_add_u32_e32 v69, v34, v79
	v_add_u32_e32 v67, v34, v81
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_cndmask_b32_e64 v42, v55, v73, s[2:3]
	v_cndmask_b32_e64 v43, v55, v71, s[2:3]
	v_cndmask_b32_e64 v50, v55, v69, s[2:3]
	.loc	1 364 34                        ; moe_op_gemm_a8w4.py:364:34
	s_mul_i32 s6, s4, s12
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	buffer_load_dwordx4 v[34:37], v42, s[36:39], 0 offen
	buffer_load_dwordx4 v[38:41], v43, s[36:39], 0 offen
	v_cndmask_b32_e64 v60, v55, v67, s[2:3]
	buffer_load_dwordx4 v[42:45], v50, s[36:39], 0 offen
	buffer_load_dwordx4 v[46:49], v60, s[36:39], 0 offen
	.loc	1 369 14                        ; moe_op_gemm_a8w4.py:369:14
	v_add_u32_e32 v50, s6, v1
	v_mad_u64_u32 v[118:119], s[6:7], v51, s12, v[50:51]
	v_mad_u64_u32 v[120:121], s[6:7], v52, s12, v[50:51]
	v_mad_u64_u32 v[122:123], s[6:7], v53, s12, v[50:51]
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_cndmask_b32_e64 v51, v55, v118, s[2:3]
	.loc	1 369 14                        ; moe_op_gemm_a8w4.py:369:14
	v_mad_u64_u32 v[124:125], s[6:7], v54, s12, v[50:51]
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_cndmask_b32_e64 v52, v55, v120, s[2:3]
	v_cndmask_b32_e64 v53, v55, v122, s[2:3]
	v_cndmask_b32_e64 v50, v55, v124, s[2:3]
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_cndmask_b32_e64 v56, v55, v110, s[2:3]
	v_cndmask_b32_e64 v57, v55, v112, s[2:3]
	v_cndmask_b32_e64 v58, v55, v114, s[2:3]
	v_cndmask_b32_e64 v59, v55, v116, s[2:3]
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	buffer_load_ubyte v60, v51, s[28:31], 0 offen
	buffer_load_ubyte v61, v52, s[28:31], 0 offen
	buffer_load_ubyte v62, v53, s[28:31], 0 offen
	s_nop 0
	buffer_load_ubyte v51, v50, s[28:31], 0 offen
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v52, v56, s[16:19], 0 offen
	buffer_load_ubyte v53, v57, s[16:19], 0 offen
	buffer_load_ubyte v54, v58, s[16:19], 0 offen
	buffer_load_ubyte v55, v59, s[16:19], 0 offen
	s_movk_i32 s13, 0xf0
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bitop3_b32 v50, v126, v0, s13 bitop3:0x78
	s_movk_i32 s12, 0x70
	v_add_u32_e32 v113, 0, v50
	s_waitcnt vmcnt(19)
	ds_write_b128 v113, v[2:5]
	s_waitcnt vmcnt(18)
	ds_write_b128 v113, v[6:9] offset:4096
	s_waitcnt vmcnt(17)
	ds_write_b128 v113, v[10:13] offset:8192
	s_waitcnt vmcnt(16)
	ds_write_b128 v113, v[14:17] offset:12288
	s_waitcnt vmcnt(15)
	ds_write_b128 v113, v[18:21] offset:16384
	s_waitcnt vmcnt(14)
	ds_write_b128 v113, v[22:25] offset:20480
	s_waitcnt vmcnt(13)
	ds_write_b128 v113, v[26:29] offset:24576
	s_waitcnt vmcnt(12)
	ds_write_b128 v113, v[30:33] offset:28672
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_bitop3_b32 v2, v126, v0, s12 bitop3:0x78
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_and_b32_e32 v115, 31, v0
	v_and_b32_e32 v119, 0x80, v0
	v_and_b32_e32 v117, 32, v0
	v_and_b32_e32 v121, 64, v0
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v111, 0, v2
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_or_b32_e32 v2, 0x300, v0
	s_movk_i32 s6, 0x60
	s_movk_i32 s7, 0x80
	v_add_u32_e32 v142, 0, v2
	v_lshlrev_b32_e32 v95, 8, v115
	v_lshrrev_b32_e32 v90, 1, v117
	v_lshlrev_b32_e32 v93, 6, v119
	v_lshlrev_b32_e32 v92, 7, v115
	v_lshlrev_b32_e32 v91, 6, v121
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_waitcnt vmcnt(11)
	ds_write_b128 v111, v[34:37] offset:32768
	s_waitcnt vmcnt(10)
	ds_write_b128 v111, v[38:41] offset:36864
	s_waitcnt vmcnt(9)
	ds_write_b128 v111, v[42:45] offset:40960
	s_waitcnt vmcnt(8)
	ds_write_b128 v111, v[46:49] offset:45056
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_waitcnt vmcnt(7)
	ds_write_b8 v141, v60 offset:49152
	s_waitcnt vmcnt(6)
	ds_write_b8 v141, v61 offset:49408
	s_waitcnt vmcnt(5)
	ds_write_b8 v141, v62 offset:49664
	s_waitcnt vmcnt(4)
	ds_write_b8 v142, v51 offset:49152
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v141, v52 offset:50176
	s_waitcnt vmcnt(2)
	ds_write_b8 v141, v53 offset:50432
	s_waitcnt vmcnt(1)
	ds_write_b8 v141, v54 offset:50688
	s_waitcnt vmcnt(0)
	ds_write_b8 v142, v55 offset:50176
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cbranch_scc1 .LBB0_4
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bitop3_b32 v3, v95, v90, v127 bitop3:0x36
	v_bitop3_b32 v131, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xa0
	v_or_b32_e32 v2, v95, v127
	v_bitop3_b32 v132, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xc0
	v_bitop3_b32 v123, v2, v93, v90 bitop3:0xde
	v_bitop3_b32 v134, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xe0
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_and_b32_e32 v2, 0x70, v94
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bitop3_b32 v125, v3, 32, v93 bitop3:0x36
	v_bitop3_b32 v129, v3, 64, v93 bitop3:0x36
	v_bitop3_b32 v130, v3, s6, v93 bitop3:0x36
	v_bitop3_b32 v135, v3, s7, v93 bitop3:0x36
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_or_b32_e32 v3, v92, v2
	v_bitop3_b32 v2, v92, v90, v2 bitop3:0x36
	v_bitop3_b32 v137, v3, v91, v90 bitop3:0xde
	v_bitop3_b32 v138, v2, 32, v91 bitop3:0x36
	v_bitop3_b32 v139, v2, 64, v91 bitop3:0x36
	v_bitop3_b32 v140, v2, s6, v91 bitop3:0x36
	s_mov_b64 s[6:7], 0
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a8w4.py:0:20
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $vgpr123
                                        ; implicit-def: $vgpr125
                                        ; implicit-def: $vgpr129
                                        ; implicit-def: $vgpr130
                                        ; implicit-def: $vgpr131
                                        ; implicit-def: $vgpr132
                                        ; implicit-def: $vgpr134
                                        ; implicit-def: $vgpr135
                                        ; implicit-def: $vgpr137
                                        ; implicit-def: $vgpr138
                                        ; implicit-def: $vgpr139
                                        ; implicit-def: $vgpr140
.LBB0_5:                                ; %Flow240
	s_load_dwordx2 s[12:13], s[0:1], 0x50
	v_mov_b32_e32 v17, 0
	s_andn2_b64 vcc, exec, s[6:7]
	v_lshlrev_b32_e32 v133, 3, v115
	v_lshrrev_b32_e32 v136, 5, v117
	v_mov_b32_e32 v16, v17
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v14, v17
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v12, v17
	v_mov_b32_e32 v11, v17
	v_mov_b32_e32 v10, v17
	v_mov_b32_e32 v9, v17
	v_mov_b32_e32 v8, v17
	v_mov_b32_e32 v7, v17
	v_mov_b32_e32 v6, v17
	v_mov_b32_e32 v5, v17
	v_mov_b32_e32 v4, v17
	v_mov_b32_e32 v3, v17
	v_mov_b32_e32 v2, v17
	v_mov_b32_e32 v33, v17
	v_mov_b32_e32 v32, v17
	v_mov_b32_e32 v31, v17
	v_mov_b32_e32 v30, v17
	v_mov_b32_e32 v29, v17
	v_mov_b32_e32 v28, v17
	v_mov_b32_e32 v27, v17
	v_mov_b32_e32 v26, v17
	v_mov_b32_e32 v25, v17
	v_mov_b32_e32 v24, v17
	v_mov_b32_e32 v23, v17
	v_mov_b32_e32 v22, v17
	v_mov_b32_e32 v21, v17
	v_mov_b32_e32 v20, v17
	v_mov_b32_e32 v19, v17
	v_mov_b32_e32 v18, v17
	v_mov_b32_e32 v65, v17
	v_mov_b32_e32 v64, v17
	v_mov_b32_e32 v63, v17
	v_mov_b32_e32 v62, v17
	v_mov_b32_e32 v61, v17
	v_mov_b32_e32 v60, v17
	v_mov_b32_e32 v59, v17
	v_mov_b32_e32 v58, v17
	v_mov_b32_e32 v57, v17
	v_mov_b32_e32 v56, v17
	v_mov_b32_e32 v55, v17
	v_mov_b32_e32 v54, v17
	v_mov_b32_e32 v53, v17
	v_mov_b32_e32 v52, v17
	v_mov_b32_e32 v51, v17
	v_mov_b32_e32 v50, v17
	v_mov_b32_e32 v49, v17
	v_mov_b32_e32 v48, v17
	v_mov_b32_e32 v47, v17
	v_mov_b32_e32 v46, v17
	v_mov_b32_e32 v45, v17
	v_mov_b32_e32 v44, v17
	v_mov_b32_e32 v43, v17
	v_mov_b32_e32 v42, v17
	v_mov_b32_e32 v41, v17
	v_mov_b32_e32 v40, v17
	v_mov_b32_e32 v39, v17
	v_mov_b32_e32 v38, v17
	v_mov_b32_e32 v37, v17
	v_mov_b32_e32 v36, v17
	v_mov_b32_e32 v35, v17
	v_mov_b32_e32 v34, v17
	s_cbranch_vccnz .LBB0_9
; %bb.6:                                ; %.lr.ph
	.loc	1 378 19 is_stmt 1              ; moe_op_gemm_a8w4.py:378:19
	v_add_u32_e32 v4, s4, v89
	v_subrev_u32_e32 v4, s11, v4
	v_mul_lo_u32 v147, s8, v4
	v_add_u32_e32 v4, s4, v88
	v_subrev_u32_e32 v4, s11, v4
	v_mul_lo_u32 v148, s8, v4
	v_add_u32_e32 v4, s4, v87
	v_subrev_u32_e32 v4, s11, v4
	v_mul_lo_u32 v149, s8, v4
	v_add_u32_e32 v4, s4, v86
	v_subrev_u32_e32 v4, s11, v4
	v_mul_lo_u32 v150, s8, v4
	v_add_u32_e32 v4, s4, v85
	v_bitop3_b32 v3, v95, v90, v127 bitop3:0x36
	s_movk_i32 s7, 0x80
	v_subrev_u32_e32 v4, s11, v4
	v_bitop3_b32 v131, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xa0
	v_mul_lo_u32 v151, s8, v4
	v_add_u32_e32 v4, s4, v84
	v_or_b32_e32 v2, v95, v127
	v_bitop3_b32 v132, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xc0
	v_subrev_u32_e32 v4, s11, v4
	v_bitop3_b32 v123, v2, v93, v90 bitop3:0xde
	s_movk_i32 s6, 0x60
	v_bitop3_b32 v134, v3, s7, v93 bitop3:0x36
	s_movk_i32 s7, 0xe0
	v_and_b32_e32 v2, 0x70, v94
	v_mul_lo_u32 v152, s8, v4
	v_add_u32_e32 v4, s4, v83
	v_bitop3_b32 v125, v3, 32, v93 bitop3:0x36
	v_bitop3_b32 v129, v3, 64, v93 bitop3:0x36
	v_bitop3_b32 v130, v3, s6, v93 bitop3:0x36
	v_bitop3_b32 v135, v3, s7, v93 bitop3:0x36
	v_or_b32_e32 v3, v92, v2
	v_bitop3_b32 v2, v92, v90, v2 bitop3:0x36
	v_subrev_u32_e32 v4, s11, v4
	v_bitop3_b32 v138, v2, 32, v91 bitop3:0x36
	v_bitop3_b32 v139, v2, 64, v91 bitop3:0x36
	v_bitop3_b32 v140, v2, s6, v91 bitop3:0x36
	v_add_u32_e32 v2, 0, v136
	v_mul_lo_u32 v153, s8, v4
	v_add_u32_e32 v4, s4, v82
	s_lshr_b32 s7, s14, 5
	v_bitop3_b32 v137, v3, v91, v90 bitop3:0xde
	v_lshl_add_u32 v3, v119, 1, v2
	v_lshl_add_u32 v2, v121, 2, v2
	v_subrev_u32_e32 v4, s11, v4
	s_and_b32 s7, s7, 0x7fffff8
	v_mov_b32_e32 v34, 0
	s_mov_b32 s6, 0
	v_add_u32_e32 v143, s15, v81
	v_add_u32_e32 v144, s15, v79
	v_add_u32_e32 v145, s15, v77
	v_add_u32_e32 v146, s15, v75
	v_mul_lo_u32 v154, s8, v4
	s_add_i32 s7, s7, -16
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	v_add_u32_e32 v155, v3, v133
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_add_u32_e32 v156, v2, v133
	v_mov_b32_e32 v35, v34
	v_mov_b32_e32 v36, v34
	v_mov_b32_e32 v37, v34
	v_mov_b32_e32 v38, v34
	v_mov_b32_e32 v39, v34
	v_mov_b32_e32 v40, v34
	v_mov_b32_e32 v41, v34
	v_mov_b32_e32 v42, v34
	v_mov_b32_e32 v43, v34
	v_mov_b32_e32 v44, v34
	v_mov_b32_e32 v45, v34
	v_mov_b32_e32 v46, v34
	v_mov_b32_e32 v47, v34
	v_mov_b32_e32 v48, v34
	v_mov_b32_e32 v49, v34
	v_mov_b32_e32 v50, v34
	v_mov_b32_e32 v51, v34
	v_mov_b32_e32 v52, v34
	v_mov_b32_e32 v53, v34
	v_mov_b32_e32 v54, v34
	v_mov_b32_e32 v55, v34
	v_mov_b32_e32 v56, v34
	v_mov_b32_e32 v57, v34
	v_mov_b32_e32 v58, v34
	v_mov_b32_e32 v59, v34
	v_mov_b32_e32 v60, v34
	v_mov_b32_e32 v61, v34
	v_mov_b32_e32 v62, v34
	v_mov_b32_e32 v63, v34
	v_mov_b32_e32 v64, v34
	v_mov_b32_e32 v65, v34
	v_mov_b32_e32 v18, v34
	v_mov_b32_e32 v19, v34
	v_mov_b32_e32 v20, v34
	v_mov_b32_e32 v21, v34
	v_mov_b32_e32 v22, v34
	v_mov_b32_e32 v23, v34
	v_mov_b32_e32 v24, v34
	v_mov_b32_e32 v25, v34
	v_mov_b32_e32 v26, v34
	v_mov_b32_e32 v27, v34
	v_mov_b32_e32 v28, v34
	v_mov_b32_e32 v29, v34
	v_mov_b32_e32 v30, v34
	v_mov_b32_e32 v31, v34
	v_mov_b32_e32 v32, v34
	v_mov_b32_e32 v33, v34
	v_mov_b32_e32 v2, v34
	v_mov_b32_e32 v3, v34
	v_mov_b32_e32 v4, v34
	v_mov_b32_e32 v5, v34
	v_mov_b32_e32 v6, v34
	v_mov_b32_e32 v7, v34
	v_mov_b32_e32 v8, v34
	v_mov_b32_e32 v9, v34
	v_mov_b32_e32 v10, v34
	v_mov_b32_e32 v11, v34
	v_mov_b32_e32 v12, v34
	v_mov_b32_e32 v13, v34
	v_mov_b32_e32 v14, v34
	v_mov_b32_e32 v15, v34
	v_mov_b32_e32 v16, v34
	v_mov_b32_e32 v17, v34
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v66, v127, v154
	v_add_u32_e32 v67, v127, v153
	v_add_u32_e32 v68, v127, v152
	v_add_u32_e32 v69, v127, v151
	v_add_u32_e32 v70, v127, v150
	v_add_u32_e32 v71, v127, v149
	v_add_u32_e32 v72, v127, v148
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v73, v127, v147
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v106, 0, v123
	v_add_u32_e32 v107, 0, v125
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v108, 0, v137
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	buffer_load_dwordx4 v[74:77], v66, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[78:81], v67, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[82:85], v68, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[86:89], v69, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[90:93], v70, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[94:97], v71, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[98:101], v72, s[24:27], 0 offen offset:256
	buffer_load_dwordx4 v[102:105], v73, s[24:27], 0 offen offset:256
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[158:161], v106
	ds_read_b128 v[66:69], v106 offset:16384
	ds_read_b128 v[162:165], v107
	ds_read_b128 v[70:73], v107 offset:16384
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[166:169], v108 offset:32768
	ds_read_b128 v[106:109], v108 offset:40960
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_read_u8 v157, v155 offset:49152
	ds_read_u8 v170, v155 offset:49154
	ds_read_u8 v171, v155 offset:49156
	ds_read_u8 v172, v155 offset:49158
	ds_read_u8 v173, v155 offset:49664
	ds_read_u8 v174, v155 offset:49666
	ds_read_u8 v175, v155 offset:49668
	ds_read_u8 v176, v155 offset:49670
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	ds_read_u8 v177, v156 offset:50176
	ds_read_u8 v178, v156 offset:50178
	ds_read_u8 v179, v156 offset:50180
	ds_read_u8 v180, v156 offset:50182
	ds_read_u8 v181, v156 offset:50688
	ds_read_u8 v182, v156 offset:50690
	ds_read_u8 v183, v156 offset:50692
	ds_read_u8 v184, v156 offset:50694
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(14)
	v_lshlrev_b16_e32 v170, 8, v170
	s_waitcnt lgkmcnt(12)
	v_lshlrev_b16_e32 v172, 8, v172
	s_waitcnt lgkmcnt(6)
	v_lshlrev_b16_e32 v178, 8, v178
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v180, 8, v180
	v_or_b32_e32 v157, v157, v170
	v_or_b32_sdwa v170, v171, v172 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v171, v177, v178
	v_or_b32_sdwa v172, v179, v180 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v157, v157, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v186, v171, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v170, 8, v182
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v171, 8, v184
	v_or_b32_e32 v170, v181, v170
	v_or_b32_sdwa v171, v183, v171 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[166:169], v[158:165], v[34:49], v186, v157 op_sel_hi:[0,0,0] cbsz:4
	v_or_b32_sdwa v187, v170, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 407 24                        ; moe_op_gemm_a8w4.py:407:24
	v_add_u32_e32 v189, s6, v110
	v_add_u32_e32 v190, s6, v112
	v_add_u32_e32 v191, s6, v114
	.loc	1 409 28                        ; moe_op_gemm_a8w4.py:409:28
	v_add_u32_e32 v193, s6, v118
	v_add_u32_e32 v194, s6, v120
	v_add_u32_e32 v195, s6, v122
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v196, s6, v124
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v170, v128, v146
	v_add_u32_e32 v178, v128, v144
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v182, v128, v143
	.loc	1 409 28                        ; moe_op_gemm_a8w4.py:409:28
	v_add_u32_e32 v192, s6, v116
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_add_i32 s6, s6, 8
	v_add_u32_e32 v143, 0x80, v143
	v_add_u32_e32 v144, 0x80, v144
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[106:109], v[158:165], v[50:65], v187, v157 op_sel_hi:[0,0,0] cbsz:4
	v_lshlrev_b16_e32 v158, 8, v174
	v_lshlrev_b16_e32 v159, 8, v176
	v_or_b32_e32 v158, v173, v158
	v_or_b32_sdwa v159, v175, v159 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v162, 0, v130
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_or_b32_sdwa v188, v158, v159 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v158, 0, v129
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v174, v128, v145
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	v_add_u32_e32 v145, 0x80, v145
	v_add_u32_e32 v146, 0x80, v146
	v_add_u32_e32 v147, 0x100, v147
	v_add_u32_e32 v148, 0x100, v148
	v_add_u32_e32 v149, 0x100, v149
	v_add_u32_e32 v150, 0x100, v150
	v_add_u32_e32 v151, 0x100, v151
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[166:169], v[66:73], v[18:33], v186, v188 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v166, 0, v138
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	v_add_u32_e32 v152, 0x100, v152
	v_add_u32_e32 v153, 0x100, v153
	v_add_u32_e32 v154, 0x100, v154
	s_cmp_lg_u32 s7, s6
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[106:109], v[66:73], v[2:17], v187, v188 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[106:109], v166 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[70:73], v162
	ds_read_b128 v[66:69], v158
	ds_read_b128 v[158:161], v158 offset:16384
	ds_read_b128 v[162:165], v162 offset:16384
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[166:169], v166 offset:40960
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[166:169], v[66:73], v[50:65], v187, v157 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[106:109], v[158:165], v[18:33], v186, v188 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[166:169], v[158:165], v[2:17], v187, v188 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v158, 0, v131
	v_add_u32_e32 v162, 0, v132
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v166, 0, v139
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[106:109], v[66:73], v[34:49], v186, v157 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[106:109], v166 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[70:73], v162
	ds_read_b128 v[66:69], v158
	ds_read_b128 v[158:161], v158 offset:16384
	ds_read_b128 v[162:165], v162 offset:16384
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[166:169], v166 offset:40960
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[166:169], v[66:73], v[50:65], v187, v157 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[106:109], v[158:165], v[18:33], v186, v188 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[166:169], v[158:165], v[2:17], v187, v188 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v158, 0, v134
	v_add_u32_e32 v162, 0, v135
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v166, 0, v140
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[106:109], v[66:73], v[34:49], v186, v157 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[106:109], v166 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[70:73], v162
	ds_read_b128 v[66:69], v158
	ds_read_b128 v[158:161], v158 offset:16384
	ds_read_b128 v[162:165], v162 offset:16384
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[166:169], v166 offset:40960
	buffer_load_dwordx4 v[170:173], v170, s[36:39], 0 offen offset:128
	s_nop 0
	buffer_load_dwordx4 v[174:177], v174, s[36:39], 0 offen offset:128
	s_nop 0
	buffer_load_dwordx4 v[178:181], v178, s[36:39], 0 offen offset:128
	s_nop 0
	buffer_load_dwordx4 v[182:185], v182, s[36:39], 0 offen offset:128
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_nop 0
	buffer_load_ubyte v193, v193, s[28:31], 0 offen offset:8
	s_nop 0
	buffer_load_ubyte v194, v194, s[28:31], 0 offen offset:8
	s_nop 0
	buffer_load_ubyte v195, v195, s[28:31], 0 offen offset:8
	s_nop 0
	buffer_load_ubyte v196, v196, s[28:31], 0 offen offset:8
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_nop 0
	buffer_load_ubyte v189, v189, s[16:19], 0 offen offset:8
	s_nop 0
	buffer_load_ubyte v190, v190, s[16:19], 0 offen offset:8
	s_nop 0
	buffer_load_ubyte v191, v191, s[16:19], 0 offen offset:8
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(3)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[106:109], v[66:73], v[34:49], v186, v157 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[166:169], v[66:73], v[50:65], v187, v157 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v66, v192, s[16:19], 0 offen offset:8
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(19)
	ds_write_b128 v113, v[74:77]
	s_waitcnt vmcnt(18)
	ds_write_b128 v113, v[78:81] offset:4096
	s_waitcnt vmcnt(17)
	ds_write_b128 v113, v[82:85] offset:8192
	s_waitcnt vmcnt(16)
	ds_write_b128 v113, v[86:89] offset:12288
	s_waitcnt vmcnt(15)
	ds_write_b128 v113, v[90:93] offset:16384
	s_waitcnt vmcnt(14)
	ds_write_b128 v113, v[94:97] offset:20480
	s_waitcnt vmcnt(13)
	ds_write_b128 v113, v[98:101] offset:24576
	s_waitcnt vmcnt(12)
	ds_write_b128 v113, v[102:105] offset:28672
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_waitcnt vmcnt(11)
	ds_write_b128 v111, v[170:173] offset:32768
	s_waitcnt vmcnt(10)
	ds_write_b128 v111, v[174:177] offset:36864
	s_waitcnt vmcnt(9)
	ds_write_b128 v111, v[178:181] offset:40960
	s_waitcnt vmcnt(8)
	ds_write_b128 v111, v[182:185] offset:45056
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_waitcnt vmcnt(7)
	ds_write_b8 v141, v193 offset:49152
	s_waitcnt vmcnt(6)
	ds_write_b8 v141, v194 offset:49408
	s_waitcnt vmcnt(5)
	ds_write_b8 v141, v195 offset:49664
	s_waitcnt vmcnt(4)
	ds_write_b8 v142, v196 offset:49152
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v141, v189 offset:50176
	s_waitcnt vmcnt(2)
	ds_write_b8 v141, v190 offset:50432
	s_waitcnt vmcnt(1)
	ds_write_b8 v141, v191 offset:50688
	s_waitcnt vmcnt(0)
	ds_write_b8 v142, v66 offset:50176
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[106:109], v[158:165], v[18:33], v186, v188 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[166:169], v[158:165], v[2:17], v187, v188 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a8w4.py:0:19
	v_add_u32_e32 v110, s6, v110
	v_add_u32_e32 v112, s6, v112
	v_add_u32_e32 v114, s6, v114
	v_add_u32_e32 v116, s6, v116
	v_add_u32_e32 v118, s6, v118
	v_add_u32_e32 v120, s6, v120
	v_add_u32_e32 v122, s6, v122
	v_add_u32_e32 v124, s6, v124
	v_add_u32_e32 v80, v127, v154
	v_add_u32_e32 v78, v127, v153
	v_add_u32_e32 v72, v127, v152
	v_add_u32_e32 v76, v127, v151
	v_add_u32_e32 v68, v127, v150
	v_add_u32_e32 v74, v127, v149
	v_add_u32_e32 v66, v127, v148
	v_add_u32_e32 v70, v127, v147
	v_add_u32_e32 v73, v128, v146
	v_add_u32_e32 v71, v128, v145
	v_add_u32_e32 v69, v128, v144
	v_add_u32_e32 v67, v128, v143
.LBB0_9:                                ; %Flow241
	s_load_dword s0, s[0:1], 0x58
	.loc	1 404 46 is_stmt 1              ; moe_op_gemm_a8w4.py:404:46
	s_andn2_b64 vcc, exec, s[2:3]
	v_add_u32_e32 v98, 0, v140
	v_add_u32_e32 v99, 0, v139
	v_add_u32_e32 v100, 0, v138
	v_add_u32_e32 v101, 0, v137
	v_add_u32_e32 v102, 0, v135
	v_add_u32_e32 v103, 0, v134
	v_add_u32_e32 v79, 0, v132
	v_add_u32_e32 v75, 0, v131
	v_add_u32_e32 v77, 0, v130
	v_add_u32_e32 v81, 0, v129
	v_add_u32_e32 v82, 0, v125
	v_add_u32_e32 v83, 0, v123
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_cbranch_vccnz .LBB0_11
; %bb.10:
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_lshlrev_b32_e32 v84, 2, v121
	v_add_u32_e32 v85, 0, v136
	v_add3_u32 v96, v85, v84, v133
	ds_read_u8 v97, v96 offset:50176
	ds_read_u8 v104, v96 offset:50178
	ds_read_u8 v105, v96 offset:50180
	ds_read_u8 v106, v96 offset:50182
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_lshlrev_b32_e32 v84, 1, v119
	v_add3_u32 v108, v85, v84, v133
	ds_read_u8 v107, v108 offset:49152
	ds_read_u8 v109, v108 offset:49154
	ds_read_u8 v123, v108 offset:49156
	ds_read_u8 v125, v108 offset:49158
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[92:95], v101 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[88:91], v82
	ds_read_b128 v[84:87], v83
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v109, 8, v109
	v_lshlrev_b16_e32 v104, 8, v104
	v_or_b32_e32 v107, v107, v109
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v109, 8, v125
	v_or_b32_e32 v97, v97, v104
	v_lshlrev_b16_e32 v104, 8, v106
	v_or_b32_sdwa v109, v123, v109 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v104, v105, v104 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v109, v107, v109 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v97, v97, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[104:107], v100 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[132:135], v77
	ds_read_b128 v[128:131], v81
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[152:155], v99 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[140:143], v79
	ds_read_b128 v[136:139], v75
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[156:159], v98 offset:32768
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[148:151], v102
	ds_read_b128 v[144:147], v103
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[160:163], v101 offset:40960
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	ds_read_u8 v123, v96 offset:50690
	ds_read_u8 v125, v96 offset:50688
	ds_read_u8 v164, v96 offset:50694
	ds_read_u8 v96, v96 offset:50692
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(14)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[92:95], v[84:91], v[34:49], v97, v109 op_sel_hi:[0,0,0] cbsz:4
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v123, 8, v123
	s_waitcnt lgkmcnt(2)
	v_or_b32_e32 v123, v125, v123
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_e32 v125, 8, v164
	s_waitcnt lgkmcnt(0)
	v_or_b32_sdwa v96, v96, v125 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[164:167], v100 offset:40960
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_or_b32_sdwa v96, v123, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[168:171], v99 offset:40960
	ds_read_b128 v[172:175], v98 offset:40960
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v67, 0x80, v67
	v_add_u32_e32 v69, 0x80, v69
	v_add_u32_e32 v71, 0x80, v71
	v_add_u32_e32 v73, 0x80, v73
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v70, 0x100, v70
	v_add_u32_e32 v66, 0x100, v66
	v_add_u32_e32 v74, 0x100, v74
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[160:163], v[84:91], v[50:65], v96, v109 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v68, 0x100, v68
	v_add_u32_e32 v76, 0x100, v76
	v_add_u32_e32 v72, 0x100, v72
	v_add_u32_e32 v78, 0x100, v78
	v_add_u32_e32 v80, 0x100, v80
	.loc	1 409 28                        ; moe_op_gemm_a8w4.py:409:28
	v_add_u32_e32 v124, 8, v124
	v_add_u32_e32 v122, 8, v122
	v_add_u32_e32 v120, 8, v120
	v_add_u32_e32 v118, 8, v118
	.loc	1 407 24                        ; moe_op_gemm_a8w4.py:407:24
	v_add_u32_e32 v116, 8, v116
	v_add_u32_e32 v114, 8, v114
	v_add_u32_e32 v112, 8, v112
	v_add_u32_e32 v110, 8, v110
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[104:107], v[128:135], v[34:49], v97, v109 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	s_waitcnt lgkmcnt(2)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[164:167], v[128:135], v[50:65], v96, v109 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[152:155], v[136:143], v[34:49], v97, v109 op_sel_hi:[1,1,0] cbsz:4
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[168:171], v[136:143], v[50:65], v96, v109 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[156:159], v[144:151], v[34:49], v97, v109 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[172:175], v[144:151], v[50:65], v96, v109 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_read_u8 v109, v108 offset:49666
	ds_read_u8 v123, v108 offset:49664
	ds_read_u8 v125, v108 offset:49670
	ds_read_u8 v108, v108 offset:49668
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[88:91], v82 offset:16384
	ds_read_b128 v[84:87], v83 offset:16384
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v109, 8, v109
	s_waitcnt lgkmcnt(4)
	v_or_b32_e32 v109, v123, v109
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v123, 8, v125
	s_waitcnt lgkmcnt(2)
	v_or_b32_sdwa v108, v108, v123 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[132:135], v77 offset:16384
	ds_read_b128 v[128:131], v81 offset:16384
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_or_b32_sdwa v108, v109, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[140:143], v79 offset:16384
	ds_read_b128 v[136:139], v75 offset:16384
	ds_read_b128 v[148:151], v102 offset:16384
	ds_read_b128 v[144:147], v103 offset:16384
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(6)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[92:95], v[84:91], v[18:33], v97, v108 op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[160:163], v[84:91], v[2:17], v96, v108 op_sel_hi:[0,0,0] cbsz:4
	s_waitcnt lgkmcnt(4)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[104:107], v[128:135], v[18:33], v97, v108 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[164:167], v[128:135], v[2:17], v96, v108 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	s_waitcnt lgkmcnt(2)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[152:155], v[136:143], v[18:33], v97, v108 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[168:171], v[136:143], v[2:17], v96, v108 op_sel_hi:[1,1,0] cbsz:4
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[156:159], v[144:151], v[18:33], v97, v108 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[172:175], v[144:151], v[2:17], v96, v108 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
.LBB0_11:                               ; %._crit_edge._crit_edge
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	v_bfrev_b32_e32 v123, 1
	.loc	1 415 30                        ; moe_op_gemm_a8w4.py:415:30
	v_cmp_gt_u32_e32 vcc, 64, v127
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	v_cndmask_b32_e32 v80, v123, v80, vcc
	v_cndmask_b32_e32 v72, v123, v72, vcc
	v_cndmask_b32_e32 v68, v123, v68, vcc
	v_cndmask_b32_e32 v78, v123, v78, vcc
	buffer_load_dwordx4 v[84:87], v80, s[24:27], 0 offen
	buffer_load_dwordx4 v[88:91], v78, s[24:27], 0 offen
	v_cndmask_b32_e32 v76, v123, v76, vcc
	buffer_load_dwordx4 v[92:95], v72, s[24:27], 0 offen
	buffer_load_dwordx4 v[104:107], v76, s[24:27], 0 offen
	v_cndmask_b32_e32 v72, v123, v74, vcc
	buffer_load_dwordx4 v[128:131], v68, s[24:27], 0 offen
	buffer_load_dwordx4 v[132:135], v72, s[24:27], 0 offen
	v_cndmask_b32_e32 v66, v123, v66, vcc
	v_cndmask_b32_e32 v68, v123, v70, vcc
	.loc	1 416 31                        ; moe_op_gemm_a8w4.py:416:31
	v_cmp_gt_u32_e32 vcc, 2, v1
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	buffer_load_dwordx4 v[136:139], v66, s[24:27], 0 offen
	buffer_load_dwordx4 v[140:143], v68, s[24:27], 0 offen
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	v_cndmask_b32_e32 v66, v123, v73, vcc
	v_cndmask_b32_e32 v68, v123, v71, vcc
	v_cndmask_b32_e32 v69, v123, v69, vcc
	v_cndmask_b32_e32 v67, v123, v67, vcc
	buffer_load_dwordx4 v[160:163], v66, s[36:39], 0 offen
	buffer_load_dwordx4 v[164:167], v68, s[36:39], 0 offen
	buffer_load_dwordx4 v[168:171], v69, s[36:39], 0 offen
	buffer_load_dwordx4 v[172:175], v67, s[36:39], 0 offen
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	v_cndmask_b32_e32 v68, v123, v122, vcc
	v_cndmask_b32_e32 v66, v123, v118, vcc
	v_cndmask_b32_e32 v67, v123, v120, vcc
	v_cndmask_b32_e32 v69, v123, v124, vcc
	buffer_load_ubyte v118, v68, s[28:31], 0 offen
	buffer_load_ubyte v120, v66, s[28:31], 0 offen
	buffer_load_ubyte v122, v69, s[28:31], 0 offen
	buffer_load_ubyte v124, v67, s[28:31], 0 offen
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_cndmask_b32_e32 v66, v123, v110, vcc
	v_cndmask_b32_e32 v67, v123, v112, vcc
	v_cndmask_b32_e32 v68, v123, v114, vcc
	v_cndmask_b32_e32 v69, v123, v116, vcc
	buffer_load_ubyte v114, v66, s[16:19], 0 offen
	buffer_load_ubyte v116, v67, s[16:19], 0 offen
	buffer_load_ubyte v125, v68, s[16:19], 0 offen
	buffer_load_ubyte v127, v69, s[16:19], 0 offen
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_lshrrev_b32_e32 v176, 1, v0
	v_lshlrev_b32_e32 v177, 5, v0
	v_lshlrev_b32_e32 v178, 7, v0
	v_mov_b32_e32 v180, 0xc0
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_cmp_eq_u32_e32 vcc, 0, v119
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_and_b32_e32 v176, 28, v176
	v_and_b32_e32 v177, 32, v177
	v_and_b32_e32 v178, 0x100, v178
	v_and_b32_e32 v126, 64, v126
	v_cndmask_b32_e64 v180, v180, 0, vcc
	v_lshlrev_b32_e32 v179, 3, v121
	v_bitop3_b32 v126, v176, v180, v126 bitop3:0x36
	v_add3_u32 v176, 0, v177, v178
	v_add3_u32 v126, v176, v179, v126
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_movk_i32 s1, 0xc0
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_lshlrev_b32_e32 v1, 2, v1
	.loc	1 461 30                        ; moe_op_gemm_a8w4.py:461:30
	s_mul_i32 s9, s9, s0
	.loc	1 461 43 is_stmt 0              ; moe_op_gemm_a8w4.py:461:43
	s_add_i32 s0, s23, s9
	.loc	1 463 27 is_stmt 1              ; moe_op_gemm_a8w4.py:463:27
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 493 10                        ; moe_op_gemm_a8w4.py:493:10
	s_add_i32 s4, s4, s33
	s_mul_i32 s4, s4, s5
	s_add_i32 s4, s4, s23
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	s_and_b32 s21, s21, 0xffff
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	s_waitcnt vmcnt(19)
	ds_write_b128 v113, v[84:87]
	s_waitcnt vmcnt(18)
	ds_write_b128 v113, v[88:91] offset:4096
	s_waitcnt vmcnt(17)
	ds_write_b128 v113, v[92:95] offset:8192
	s_waitcnt vmcnt(16)
	ds_write_b128 v113, v[104:107] offset:12288
	s_waitcnt vmcnt(15)
	ds_write_b128 v113, v[128:131] offset:16384
	s_waitcnt vmcnt(14)
	ds_write_b128 v113, v[132:135] offset:20480
	s_waitcnt vmcnt(13)
	ds_write_b128 v113, v[136:139] offset:24576
	s_waitcnt vmcnt(12)
	ds_write_b128 v113, v[140:143] offset:28672
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[128:131], v83
	ds_read_b128 v[90:93], v83 offset:16384
	ds_read_b128 v[132:135], v82
	ds_read_b128 v[94:97], v82 offset:16384
	ds_read_b128 v[136:139], v81
	ds_read_b128 v[82:85], v81 offset:16384
	ds_read_b128 v[140:143], v77
	ds_read_b128 v[86:89], v77 offset:16384
	ds_read_b128 v[144:147], v75
	ds_read_b128 v[74:77], v75 offset:16384
	ds_read_b128 v[148:151], v79
	ds_read_b128 v[78:81], v79 offset:16384
	ds_read_b128 v[152:155], v103
	ds_read_b128 v[66:69], v103 offset:16384
	ds_read_b128 v[156:159], v102
	ds_read_b128 v[70:73], v102 offset:16384
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(11)
	ds_write_b128 v111, v[160:163]
	s_waitcnt vmcnt(10)
	ds_write_b128 v111, v[164:167] offset:4096
	s_waitcnt vmcnt(9)
	ds_write_b128 v111, v[168:171] offset:8192
	s_waitcnt vmcnt(8)
	ds_write_b128 v111, v[172:175] offset:12288
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v118, 8, v118
	s_waitcnt vmcnt(6)
	v_or_b32_e32 v118, v120, v118
	s_waitcnt vmcnt(5)
	v_lshlrev_b16_e32 v120, 8, v122
	s_waitcnt vmcnt(4)
	v_or_b32_sdwa v120, v124, v120 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	ds_read_b128 v[160:163], v101
	ds_read_b128 v[110:113], v101 offset:8192
	ds_read_b128 v[164:167], v100
	ds_read_b128 v[106:109], v100 offset:8192
	ds_read_b128 v[168:171], v99
	ds_read_b128 v[102:105], v99 offset:8192
	ds_read_b128 v[172:175], v98
	ds_read_b128 v[98:101], v98 offset:8192
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_or_b32_sdwa v118, v118, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b32 v126, v118
	v_lshlrev_b32_e32 v118, 6, v0
	v_and_b32_e32 v118, 0x200, v118
	v_bfe_i32 v0, v0, 4, 1
	v_lshrrev_b32_e32 v120, 6, v119
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	s_waitcnt vmcnt(1)
	v_lshlrev_b16_e32 v125, 8, v125
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_and_or_b32 v0, v0, s1, v118
	v_or_b32_e32 v118, v117, v120
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_or_b32_e32 v114, v114, v125
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v125, 8, v127
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_or3_b32 v118, v118, v1, v0
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_or_b32_sdwa v116, v116, v125 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_add_u32_e32 v120, 0, v118
	v_xad_u32 v118, v118, 64, 0
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_or_b32_sdwa v114, v114, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u16 v122, v118
	ds_read_u16 v118, v118 offset:256
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	ds_read_u16 v124, v120 offset:256
	ds_read_u16 v120, v120
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b32 v126, v114
	v_lshrrev_b32_e32 v114, 5, v121
	v_or_b32_e32 v114, v117, v114
	v_or3_b32 v0, v114, v1, v0
	v_xad_u32 v1, v0, 64, 0
	v_add_u32_e32 v0, 0, v0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u16 v114, v1
	ds_read_u16 v1, v1 offset:256
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	ds_read_u16 v126, v0
	ds_read_u16 v0, v0 offset:256
	v_lshlrev_b16_e32 v116, 8, v118
	s_movk_i32 s1, 0xff
	v_bitop3_b16 v116, v122, v116, s1 bitop3:0xec
	v_lshlrev_b16_e32 v127, 8, v124
	v_bitop3_b16 v127, v120, v127, s1 bitop3:0xec
	v_lshlrev_b32_e32 v116, 16, v116
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v125, 8, v1
	v_or_b32_sdwa v116, v127, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v127, 8, v0
	v_bitop3_b16 v125, v114, v125, s1 bitop3:0xec
	v_bitop3_b16 v127, v126, v127, s1 bitop3:0xec
	s_movk_i32 s1, 0xff00
	v_lshrrev_b16_e32 v114, 8, v114
	v_bitop3_b16 v1, v114, v1, s1 bitop3:0xf8
	v_lshrrev_b16_e32 v114, 8, v126
	v_lshlrev_b32_e32 v125, 16, v125
	v_bitop3_b16 v0, v114, v0, s1 bitop3:0xf8
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_sdwa v125, v127, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_lshrrev_b16_e32 v1, 8, v122
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[160:163], v[128:135], v[34:49], v125, v116 op_sel_hi:[0,0,0] cbsz:4
	v_bitop3_b16 v1, v1, v118, s1 bitop3:0xf8
	v_lshrrev_b16_e32 v114, 8, v120
	v_bitop3_b16 v114, v114, v124, s1 bitop3:0xf8
	v_lshlrev_b32_e32 v1, 16, v1
	v_or_b32_sdwa v1, v114, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v114, 1, v121
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[110:113], v[128:135], v[50:65], v0, v116 op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[160:163], v[90:97], v[18:33], v125, v1 op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[164:167], v[136:143], v[34:49], v125, v116 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[106:109], v[136:143], v[50:65], v0, v116 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[164:167], v[82:89], v[18:33], v125, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[168:171], v[144:151], v[34:49], v125, v116 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[102:105], v[144:151], v[50:65], v0, v116 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[168:171], v[74:81], v[18:33], v125, v1 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[110:113], v[90:97], v[2:17], v0, v1 op_sel_hi:[0,0,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[34:49], v[172:175], v[152:159], v[34:49], v125, v116 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_32x32x64_f8f6f4 v[50:65], v[98:101], v[152:159], v[50:65], v0, v116 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v116, 3, v117
	v_or_b32_e32 v116, v116, v114
	v_or_b32_e32 v118, 16, v116
	v_or_b32_e32 v120, 64, v116
	v_or_b32_e32 v121, 0x50, v116
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v122, s23, v116
	.loc	1 461 43                        ; moe_op_gemm_a8w4.py:461:43
	v_add_lshl_u32 v116, s0, v116, 2
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v124, s23, v118
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e32 vcc, s22, v122
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_add_u32_e32 v91, 32, v116
	v_add_lshl_u32 v110, s0, v118, 2
	v_cndmask_b32_e32 v90, v123, v116, vcc
	v_cndmask_b32_e32 v94, v123, v91, vcc
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e32 vcc, s22, v124
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_add_u32_e32 v111, 0x60, v116
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v128, s23, v120
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_cndmask_b32_e32 v110, v123, v110, vcc
	v_cndmask_b32_e32 v118, v123, v111, vcc
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[18:33], v[172:175], v[66:73], v[18:33], v125, v1 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v129, s23, v121
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	buffer_load_dwordx4 v[90:93], v90, s[12:15], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[94:97], v94, s[12:15], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[110:113], v110, s[12:15], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[124:127], v118, s[12:15], 0 offen
	v_add_lshl_u32 v118, s0, v120, 2
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e32 vcc, s22, v128
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	s_waitcnt vmcnt(3)
	s_nop 8
	v_pk_add_f32 v[18:19], v[18:19], v[90:91]
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[106:109], v[82:89], v[2:17], v0, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_add_u32_e32 v83, 0x120, v116
	v_cndmask_b32_e32 v82, v123, v118, vcc
	v_cndmask_b32_e32 v86, v123, v83, vcc
	v_add_lshl_u32 v106, s0, v121, 2
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e32 vcc, s22, v129
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_add_u32_e32 v116, 0x160, v116
	buffer_load_dwordx4 v[82:85], v82, s[12:15], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[86:89], v86, s[12:15], 0 offen
	v_cndmask_b32_e32 v106, v123, v106, vcc
	v_cndmask_b32_e32 v116, v123, v116, vcc
	buffer_load_dwordx4 v[106:109], v106, s[12:15], 0 offen
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	s_waitcnt vmcnt(5)
	v_add_f32_e64 v22, v22, v94
	v_add_f32_e64 v23, v23, v95
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	buffer_load_dwordx4 v[128:131], v116, s[12:15], 0 offen
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v116, 2, v119
	v_or_b32_e32 v115, v116, v115
	.loc	1 493 10                        ; moe_op_gemm_a8w4.py:493:10
	s_lshl_b32 s12, s5, 6
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[102:105], v[74:81], v[2:17], v0, v1 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v74, 2, v117
	v_or_b32_e32 v80, v74, v114
	v_or_b32_e32 v102, 64, v80
	v_or_b32_e32 v103, 0x50, v80
	.loc	1 299 36 is_stmt 0              ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v74, s33, v115
	.loc	1 337 46 is_stmt 1              ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v76, s23, v80
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_or_b32_e32 v81, 16, v80
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v78, s23, v102
	v_or_b32_e32 v79, s23, v103
	.loc	1 458 22                        ; moe_op_gemm_a8w4.py:458:22
	v_cmp_gt_i32_e64 s[8:9], s10, v74
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e64 s[6:7], s22, v76
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	s_waitcnt vmcnt(4)
	v_add_f32_e64 v32, v32, v126
	v_add_f32_e64 v33, v33, v127
	.loc	1 299 36                        ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v75, 64, v74
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v77, s23, v81
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e64 s[2:3], s22, v78
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_32x32x64_f8f6f4 v[2:17], v[98:101], v[66:73], v[2:17], v0, v1 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_add_f32_e64 v0, v34, v90
	v_add_f32_e64 v1, v35, v91
	v_add_f32_e64 v34, v36, v92
	v_add_f32_e64 v35, v37, v93
	v_add_f32_e64 v36, v38, v94
	v_add_f32_e64 v37, v39, v95
	v_add_f32_e64 v38, v40, v96
	v_add_f32_e64 v39, v41, v97
	v_add_f32_e64 v40, v42, v110
	v_add_f32_e64 v41, v43, v111
	v_add_f32_e64 v42, v44, v112
	v_add_f32_e64 v43, v45, v113
	v_add_f32_e64 v44, v46, v124
	v_add_f32_e64 v45, v47, v125
	v_pk_add_f32 v[46:47], v[48:49], v[126:127]
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e64 s[0:1], s22, v79
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_cvt_pk_bf16_f32 v0, v0, v1
	v_cvt_pk_bf16_f32 v1, v34, v35
	.loc	1 458 22                        ; moe_op_gemm_a8w4.py:458:22
	v_cmp_gt_i32_e32 vcc, s10, v75
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e64 s[10:11], s22, v77
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	s_mov_b32 s22, s14
	s_mov_b32 s23, s15
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_pk_add_f32 v[20:21], v[20:21], v[92:93]
	v_pk_add_f32 v[24:25], v[24:25], v[96:97]
	v_pk_add_f32 v[26:27], v[26:27], v[110:111]
	v_pk_add_f32 v[28:29], v[28:29], v[112:113]
	v_pk_add_f32 v[30:31], v[30:31], v[124:125]
	s_waitcnt vmcnt(3)
	v_pk_add_f32 v[48:49], v[50:51], v[82:83]
	v_pk_add_f32 v[50:51], v[52:53], v[84:85]
	s_waitcnt vmcnt(2)
	v_pk_add_f32 v[52:53], v[54:55], v[86:87]
	v_pk_add_f32 v[54:55], v[56:57], v[88:89]
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[56:57], v[58:59], v[106:107]
	v_pk_add_f32 v[58:59], v[60:61], v[108:109]
	s_waitcnt vmcnt(0)
	v_pk_add_f32 v[60:61], v[62:63], v[128:129]
	v_pk_add_f32 v[62:63], v[64:65], v[130:131]
	v_pk_add_f32 v[64:65], v[2:3], v[82:83]
	.loc	1 493 10                        ; moe_op_gemm_a8w4.py:493:10
	v_mul_lo_u32 v2, s5, v115
	v_add_u32_e32 v82, s4, v2
	s_add_i32 s4, s4, s12
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_pk_add_f32 v[78:79], v[16:17], v[130:131]
	.loc	1 493 10                        ; moe_op_gemm_a8w4.py:493:10
	v_add_u32_e32 v83, s4, v2
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_cvt_pk_bf16_f32 v2, v36, v37
	v_cvt_pk_bf16_f32 v3, v38, v39
	v_cvt_pk_bf16_f32 v16, v18, v19
	v_cvt_pk_bf16_f32 v18, v22, v23
	v_cvt_pk_bf16_f32 v23, v32, v33
	v_add_lshl_u32 v32, v82, v80, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], s[8:9], s[6:7]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v0, v2
	v_permlane32_swap_b32_e32 v1, v3
	v_cndmask_b32_e64 v32, v123, v32, s[4:5]
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_pk_add_f32 v[66:67], v[4:5], v[84:85]
	v_pk_add_f32 v[68:69], v[6:7], v[86:87]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_cvt_pk_bf16_f32 v4, v40, v41
	v_cvt_pk_bf16_f32 v5, v42, v43
	v_cvt_pk_bf16_f32 v6, v44, v45
	v_cvt_pk_bf16_f32 v7, v46, v47
	buffer_store_dwordx4 v[0:3], v32, s[20:23], 0 offen
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], s[8:9], s[10:11]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v4, v6
	v_add_lshl_u32 v0, v82, v81, 1
	v_permlane32_swap_b32_e32 v5, v7
	v_cndmask_b32_e64 v0, v123, v0, s[4:5]
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_pk_add_f32 v[70:71], v[8:9], v[88:89]
	v_pk_add_f32 v[72:73], v[10:11], v[106:107]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_cvt_pk_bf16_f32 v8, v48, v49
	v_cvt_pk_bf16_f32 v9, v50, v51
	v_cvt_pk_bf16_f32 v10, v52, v53
	v_cvt_pk_bf16_f32 v11, v54, v55
	buffer_store_dwordx4 v[4:7], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v82, v102, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], s[8:9], s[2:3]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v8, v10
	v_permlane32_swap_b32_e32 v9, v11
	v_cndmask_b32_e64 v0, v123, v0, s[4:5]
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	v_pk_add_f32 v[74:75], v[12:13], v[108:109]
	v_pk_add_f32 v[76:77], v[14:15], v[128:129]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_cvt_pk_bf16_f32 v12, v56, v57
	v_cvt_pk_bf16_f32 v13, v58, v59
	v_cvt_pk_bf16_f32 v14, v60, v61
	v_cvt_pk_bf16_f32 v15, v62, v63
	buffer_store_dwordx4 v[8:11], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v82, v103, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], s[8:9], s[0:1]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v12, v14
	v_permlane32_swap_b32_e32 v13, v15
	v_cndmask_b32_e64 v0, v123, v0, s[4:5]
	v_cvt_pk_bf16_f32 v17, v20, v21
	v_cvt_pk_bf16_f32 v19, v24, v25
	buffer_store_dwordx4 v[12:15], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v83, v80, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], vcc, s[6:7]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v16, v18
	v_permlane32_swap_b32_e32 v17, v19
	v_cndmask_b32_e64 v0, v123, v0, s[4:5]
	v_cvt_pk_bf16_f32 v20, v26, v27
	v_cvt_pk_bf16_f32 v21, v28, v29
	v_cvt_pk_bf16_f32 v22, v30, v31
	buffer_store_dwordx4 v[16:19], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v83, v81, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[4:5], vcc, s[10:11]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v20, v22
	v_permlane32_swap_b32_e32 v21, v23
	v_cndmask_b32_e64 v0, v123, v0, s[4:5]
	v_cvt_pk_bf16_f32 v24, v64, v65
	v_cvt_pk_bf16_f32 v25, v66, v67
	v_cvt_pk_bf16_f32 v26, v68, v69
	v_cvt_pk_bf16_f32 v27, v70, v71
	buffer_store_dwordx4 v[20:23], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v83, v102, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v24, v26
	v_permlane32_swap_b32_e32 v25, v27
	v_cndmask_b32_e64 v0, v123, v0, s[2:3]
	v_cvt_pk_bf16_f32 v28, v72, v73
	v_cvt_pk_bf16_f32 v29, v74, v75
	v_cvt_pk_bf16_f32 v30, v76, v77
	v_cvt_pk_bf16_f32 v31, v78, v79
	buffer_store_dwordx4 v[24:27], v0, s[20:23], 0 offen
	v_add_lshl_u32 v0, v83, v103, 1
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_permlane32_swap_b32_e32 v28, v30
	v_permlane32_swap_b32_e32 v29, v31
	v_cndmask_b32_e32 v0, v123, v0, vcc
	buffer_store_dwordx4 v[28:31], v0, s[20:23], 0 offen
.LBB0_12:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a8w4.py:0
	s_endpgm
.Ltmp22:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0
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
		.amdhsa_next_free_vgpr 197
		.amdhsa_next_free_sgpr 96
		.amdhsa_accum_offset 200
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
	.size	_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0, .Lfunc_end0-_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.num_vgpr, 197
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.num_agpr, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.numbered_sgpr, 48
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.num_named_barrier, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.private_seg_size, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.uses_vcc, 1
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.uses_flat_scratch, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.has_dyn_sized_stack, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.has_recursion, 0
	.set _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 9408
; TotalNumSgprs: 54
; NumVgprs: 197
; NumAgprs: 0
; TotalNumVgprs: 197
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 12
; VGPRBlocks: 24
; NumSGPRsForWavesPerEU: 102
; NumVGPRsForWavesPerEU: 197
; AccumOffset: 200
; Occupancy: 2
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 49
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
	.byte	1                               ; Abbrev [1] 0xb:0x67 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x41 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	277                             ; DW_AT_call_line
	.byte	61                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x4e:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	282                             ; DW_AT_call_line
	.byte	56                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5b:0x15 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.quad	.Ltmp20                         ; DW_AT_low_pc
	.long	.Ltmp21-.Ltmp20                 ; DW_AT_high_pc
	.byte	1                               ; DW_AT_call_file
	.short	372                             ; DW_AT_call_line
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
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"moe_op_gemm_a8w4.py"           ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" ; string offset=27
.Linfo_string3:
	.asciz	"_moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0" ; string offset=87
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
    .name:           _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0
    .private_segment_fixed_size: 0
    .sgpr_count:     54
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a8w4_BLOCK_M_128_BLOCK_N_128_BLOCK_K_256_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_0_HAS_MX_OUT_0.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     197
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
