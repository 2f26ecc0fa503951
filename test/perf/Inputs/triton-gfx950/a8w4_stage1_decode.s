	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0 ; -- Begin function _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0
	.p2align	8
	.type	_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0,@function
_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0: ; @_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.16:
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
; %bb.17:
.LBB0_0:
	s_mov_b64 s[24:25], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	s_load_dwordx2 s[6:7], s[0:1], 0x80
	s_load_dwordx2 s[2:3], s[0:1], 0x90
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
	s_cbranch_vccz .LBB0_15
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
	s_sub_i32 s7, s7, s6
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_lshl_b32 s6, s7, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_sub_i32 s4, s4, s6
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_min_i32 s9, s4, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_abs_i32 s4, s9
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s10, 0, s4
	s_ashr_i32 s13, s3, 31
	s_load_dwordx2 s[14:15], s[0:1], 0x88
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s16, v1
	s_mul_i32 s10, s10, s16
	s_mul_hi_u32 s10, s16, s10
	s_add_i32 s10, s16, s10
	s_mul_hi_u32 s16, s11, s10
	s_mul_i32 s16, s16, s4
	s_sub_i32 s11, s11, s16
	s_sub_i32 s16, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s16, s11
	s_sub_i32 s16, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s16, s11
	s_xor_b32 s11, s11, s13
	s_sub_i32 s11, s11, s13
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_add_i32 s16, s6, s11
.Ltmp15:
	.loc	1 287 24 is_stmt 1              ; moe_op_gemm_a8w4.py:287:24
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[16:17], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s14, s14, s16
	s_addc_u32 s15, s15, s17
	s_load_dword s6, s[14:15], 0x0
	.loc	1 288 20                        ; moe_op_gemm_a8w4.py:288:20
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u32 s6, -1
	s_cbranch_scc1 .LBB0_15
; %bb.2:
.Ltmp16:
	.loc	2 78 0                          ; pid_preprocessing.py:78 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_mul_i32 s7, s7, s2
	s_sub_i32 s2, s3, s7
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_ashr_i32 s3, s2, 31
	s_abs_i32 s2, s2
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_ashr_i32 s9, s9, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_mul_hi_u32 s7, s2, s10
	s_xor_b32 s3, s3, s9
	s_mul_i32 s9, s7, s4
	s_sub_i32 s2, s2, s9
	s_add_i32 s9, s7, 1
	s_sub_i32 s10, s2, s4
	s_cmp_ge_u32 s2, s4
	s_load_dwordx2 s[16:17], s[0:1], 0x78
	s_load_dwordx4 s[40:43], s[0:1], 0x68
	s_cselect_b32 s7, s9, s7
	s_cselect_b32 s2, s10, s2
	s_add_i32 s9, s7, 1
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s2, s9, s7
.Ltmp17:
	.loc	1 290 26 is_stmt 1              ; moe_op_gemm_a8w4.py:290:26
	s_and_b32 s15, s6, 0xffff
	.loc	1 292 16                        ; moe_op_gemm_a8w4.py:292:16
	s_lshl_b32 s7, s15, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s14, s[42:43], s7 offset:0x0
	.loc	1 293 22                        ; moe_op_gemm_a8w4.py:293:22
	s_load_dword s4, s[16:17], s7 offset:0x0
	.loc	1 299 25                        ; moe_op_gemm_a8w4.py:299:25
	s_ashr_i32 s7, s6, 12
	s_and_b32 s7, s7, -16
	.loc	1 299 49 is_stmt 0              ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v2, 5, v0
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s9, s14
	v_cvt_f32_u32_e32 v1, s9
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_lshrrev_b32_e32 v3, 4, v0
	.loc	1 299 36 is_stmt 0              ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v2, s7, v2
	.loc	1 300 59 is_stmt 1              ; moe_op_gemm_a8w4.py:300:59
	s_ashr_i32 s6, s6, 31
	v_rcp_iflag_f32_e32 v4, v1
	.loc	1 299 36                        ; moe_op_gemm_a8w4.py:299:36
	v_or_b32_e32 v1, s7, v3
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	s_sub_i32 s7, 0, s9
	v_add_u32_e32 v2, s6, v2
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_xor_b32_e32 v5, s6, v2
	v_add_u32_e32 v2, 8, v2
	v_xor_b32_e32 v2, s6, v2
	v_mul_lo_u32 v6, s7, v4
	v_mul_hi_u32 v6, v4, v6
	v_add_u32_e32 v4, v4, v6
	v_mul_hi_u32 v6, v5, v4
	v_mul_lo_u32 v6, v6, s9
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s9, v5
	v_cmp_le_u32_e32 vcc, s9, v5
	.loc	1 306 27                        ; moe_op_gemm_a8w4.py:306:27
	s_and_b32 s41, s41, 0xffff
	s_mov_b32 s43, 0x27000
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s9, v5
	v_cmp_le_u32_e32 vcc, s9, v5
	s_mov_b32 s42, 0x7ffffffe
.Ltmp18:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_xor_b32 s2, s2, s3
.Ltmp19:
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_mul_hi_u32 v6, v2, v4
	v_mul_lo_u32 v6, v6, s9
	v_sub_u32_e32 v2, v2, v6
	v_subrev_u32_e32 v6, s9, v2
	v_cmp_le_u32_e32 vcc, s9, v2
	v_xor_b32_e32 v5, s6, v5
	v_subrev_u32_e32 v5, s6, v5
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_subrev_u32_e32 v6, s9, v2
	v_cmp_le_u32_e32 vcc, s9, v2
	.loc	1 306 27                        ; moe_op_gemm_a8w4.py:306:27
	v_add_lshl_u32 v5, v5, s4, 2
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bfrev_b32_e32 v23, 1
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v2, v2, v6, vcc
	v_add_u32_e32 v6, s6, v1
	v_xor_b32_e32 v6, s6, v6
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s9
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v6, s9, v4
	v_cmp_le_u32_e32 vcc, s9, v4
	v_xor_b32_e32 v2, s6, v2
	v_subrev_u32_e32 v2, s6, v2
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_subrev_u32_e32 v6, s9, v4
	v_cmp_le_u32_e32 vcc, s9, v4
	.loc	1 306 27                        ; moe_op_gemm_a8w4.py:306:27
	v_add_lshl_u32 v2, v2, s4, 2
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_mov_b32 s38, s42
	.loc	1 300 59                        ; moe_op_gemm_a8w4.py:300:59
	v_cndmask_b32_e32 v4, v4, v6, vcc
	v_xor_b32_e32 v4, s6, v4
	v_subrev_u32_e32 v4, s6, v4
	.loc	1 306 27                        ; moe_op_gemm_a8w4.py:306:27
	v_add_lshl_u32 v4, v4, s4, 2
	buffer_load_dword v6, v5, s[40:43], 0 offen
	buffer_load_dword v7, v2, s[40:43], 0 offen
	buffer_load_dword v8, v4, s[40:43], 0 offen
	s_load_dwordx2 s[6:7], s[0:1], 0x5c
	s_load_dwordx4 s[44:47], s[0:1], 0x38
	s_load_dwordx2 s[10:11], s[0:1], 0x48
	.loc	1 307 46                        ; moe_op_gemm_a8w4.py:307:46
	v_lshlrev_b32_e32 v5, 4, v0
	v_and_b32_e32 v4, 0x1f0, v5
.Ltmp20:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a8w4.py:372:28 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s23, s7, 0x1ff
.Ltmp21:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a8w4.py:282:56 ]
	s_sub_i32 s7, s2, s3
.Ltmp22:
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cmpk_gt_i32 s23, 0x3ff
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	s_abs_i32 s9, s6
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s40, s24
	s_mov_b32 s41, s25
	.loc	1 320 26                        ; moe_op_gemm_a8w4.py:320:26
	s_mul_i32 s13, s15, s10
	.loc	1 337 30                        ; moe_op_gemm_a8w4.py:337:30
	s_lshl_b32 s22, s7, 6
	.loc	1 337 77 is_stmt 0              ; moe_op_gemm_a8w4.py:337:77
	s_sub_i32 s10, 0, s9
	.loc	1 337 46                        ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v3, s22, v3
	.loc	1 299 49 is_stmt 1              ; moe_op_gemm_a8w4.py:299:49
	v_and_b32_e32 v2, 15, v0
	.loc	1 356 19                        ; moe_op_gemm_a8w4.py:356:19
	s_mul_i32 s33, s15, s44
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s39, s43
	s_mov_b64 s[16:17], s[46:47]
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s30, s42
	s_mov_b32 s31, s43
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s18, s42
	s_mov_b32 s19, s43
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_mov_b32 s26, s42
	s_mov_b32 s27, s43
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	s_waitcnt vmcnt(2)
	v_ashrrev_i32_e32 v9, 31, v6
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v10, 31, v7
	v_lshrrev_b32_e32 v10, 30, v10
	v_add_u32_e32 v7, v7, v10
	v_ashrrev_i32_e32 v7, 2, v7
	.loc	1 311 10                        ; moe_op_gemm_a8w4.py:311:10
	v_mul_lo_u32 v16, v7, s8
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cvt_f32_u32_e32 v7, s9
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	v_lshrrev_b32_e32 v9, 30, v9
	v_add_u32_e32 v6, v6, v9
	v_ashrrev_i32_e32 v6, 2, v6
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_rcp_iflag_f32_e32 v7, v7
	.loc	1 311 10                        ; moe_op_gemm_a8w4.py:311:10
	v_mul_lo_u32 v15, v6, s8
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v11, 31, v8
	.loc	1 311 10                        ; moe_op_gemm_a8w4.py:311:10
	v_add_u32_e32 v10, v15, v4
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	v_lshrrev_b32_e32 v11, 30, v11
	.loc	1 311 10                        ; moe_op_gemm_a8w4.py:311:10
	v_add_u32_e32 v9, v16, v4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_cndmask_b32_e64 v6, v23, v10, s[2:3]
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	v_add_u32_e32 v8, v8, v11
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_cndmask_b32_e64 v11, v23, v9, s[2:3]
	buffer_load_dwordx4 v[28:31], v6, s[40:43], 0 offen
	buffer_load_dwordx4 v[42:45], v11, s[40:43], 0 offen
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_mul_f32_e32 v6, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v6, v6
	s_bfe_i32 s8, s7, 0x10019
	v_add_u32_e32 v3, s8, v3
	v_xor_b32_e32 v7, s8, v3
	v_mul_lo_u32 v12, s10, v6
	v_mul_hi_u32 v12, v6, v12
	v_add_u32_e32 v6, v6, v12
	v_mul_hi_u32 v12, v7, v6
	v_add_u32_e32 v11, 16, v3
	v_mul_lo_u32 v12, v12, s9
	v_xor_b32_e32 v11, s8, v11
	v_sub_u32_e32 v7, v7, v12
	v_mul_hi_u32 v13, v11, v6
	v_subrev_u32_e32 v12, s9, v7
	v_cmp_le_u32_e32 vcc, s9, v7
	v_mul_lo_u32 v13, v13, s9
	v_sub_u32_e32 v11, v11, v13
	v_cndmask_b32_e32 v7, v7, v12, vcc
	v_subrev_u32_e32 v12, s9, v7
	v_cmp_le_u32_e32 vcc, s9, v7
	v_subrev_u32_e32 v13, s9, v11
	.loc	1 306 53                        ; moe_op_gemm_a8w4.py:306:53
	v_ashrrev_i32_e32 v8, 2, v8
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cndmask_b32_e32 v7, v7, v12, vcc
	v_cmp_le_u32_e32 vcc, s9, v11
	v_xor_b32_e32 v7, s8, v7
	v_subrev_u32_e32 v7, s8, v7
	v_cndmask_b32_e32 v11, v11, v13, vcc
	v_subrev_u32_e32 v12, s9, v11
	v_cmp_le_u32_e32 vcc, s9, v11
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_mul_lo_u32 v38, v7, s45
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_mul_lo_u32 v34, v7, s11
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_xor_b32_e32 v11, s8, v11
	v_subrev_u32_e32 v17, s8, v11
	v_add_u32_e32 v11, 32, v3
	v_xor_b32_e32 v11, s8, v11
	v_mul_hi_u32 v12, v11, v6
	v_mul_lo_u32 v12, v12, s9
	v_add_u32_e32 v3, 48, v3
	v_sub_u32_e32 v11, v11, v12
	v_xor_b32_e32 v3, s8, v3
	v_subrev_u32_e32 v12, s9, v11
	v_cmp_le_u32_e32 vcc, s9, v11
	v_mul_hi_u32 v6, v3, v6
	v_mul_lo_u32 v6, v6, s9
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_subrev_u32_e32 v12, s9, v11
	v_cmp_le_u32_e32 vcc, s9, v11
	v_sub_u32_e32 v3, v3, v6
	v_subrev_u32_e32 v6, s9, v3
	v_cndmask_b32_e32 v11, v11, v12, vcc
	v_cmp_le_u32_e32 vcc, s9, v3
	v_xor_b32_e32 v11, s8, v11
	v_subrev_u32_e32 v18, s8, v11
	v_cndmask_b32_e32 v3, v3, v6, vcc
	v_subrev_u32_e32 v6, s9, v3
	v_cmp_le_u32_e32 vcc, s9, v3
	.loc	1 355 55                        ; moe_op_gemm_a8w4.py:355:55
	v_lshlrev_b32_e32 v11, 4, v2
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_mul_lo_u32 v35, v17, s11
	.loc	1 337 77                        ; moe_op_gemm_a8w4.py:337:77
	v_cndmask_b32_e32 v3, v3, v6, vcc
	v_xor_b32_e32 v3, s8, v3
	v_subrev_u32_e32 v3, s8, v3
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_mul_lo_u32 v37, v3, s11
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_mul_lo_u32 v41, v3, s45
	v_add_u32_e32 v3, s33, v11
	v_mul_lo_u32 v39, v17, s45
	v_mul_lo_u32 v40, v18, s45
	v_add_u32_e32 v17, v3, v38
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_mul_lo_u32 v36, v18, s11
	v_add_u32_e32 v6, s13, v2
	.loc	1 358 8                         ; moe_op_gemm_a8w4.py:358:8
	v_add_u32_e32 v18, v3, v39
	v_add_u32_e32 v19, v3, v40
	v_add_u32_e32 v20, v3, v41
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_cndmask_b32_e64 v3, v23, v17, s[2:3]
	.loc	1 369 14                        ; moe_op_gemm_a8w4.py:369:14
	v_mul_lo_u32 v27, v8, s12
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_add_u32_e32 v12, v6, v34
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_cndmask_b32_e64 v7, v23, v18, s[2:3]
	buffer_load_dwordx4 v[46:49], v3, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[50:53], v7, s[36:39], 0 offen sc0 nt
	v_cndmask_b32_e64 v3, v23, v19, s[2:3]
	.loc	1 369 14                        ; moe_op_gemm_a8w4.py:369:14
	v_add_u32_e32 v21, v27, v2
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_add_u32_e32 v13, v6, v35
	v_add_u32_e32 v14, v6, v36
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_cndmask_b32_e64 v22, v23, v12, s[2:3]
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_cndmask_b32_e64 v7, v23, v20, s[2:3]
	buffer_load_dwordx4 v[54:57], v3, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[58:61], v7, s[36:39], 0 offen sc0 nt
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_cndmask_b32_e64 v3, v23, v21, s[2:3]
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_cndmask_b32_e64 v24, v23, v13, s[2:3]
	v_cndmask_b32_e64 v25, v23, v14, s[2:3]
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	buffer_load_ubyte v8, v3, s[28:31], 0 offen
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v26, v22, s[16:19], 0 offen
	buffer_load_ubyte v32, v24, s[16:19], 0 offen
	buffer_load_ubyte v33, v25, s[16:19], 0 offen
	.loc	1 346 10                        ; moe_op_gemm_a8w4.py:346:10
	v_add_u32_e32 v22, v6, v37
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_cndmask_b32_e64 v3, v23, v22, s[2:3]
	buffer_load_ubyte v3, v3, s[16:19], 0 offen
	.loc	1 299 49                        ; moe_op_gemm_a8w4.py:299:49
	v_and_b32_e32 v6, 0xe0, v0
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_lshrrev_b32_e32 v6, 1, v6
	s_movk_i32 s9, 0xf0
	v_xor_b32_e32 v7, v5, v6
	v_add_u32_e32 v6, 0, v7
	v_xor_b32_e32 v7, 0x80, v7
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_bitop3_b32 v5, v5, v0, s9 bitop3:0x78
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt vmcnt(10)
	ds_write_b128 v6, v[28:31] offset:16384
	v_add_u32_e32 v7, 0, v7
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_add_u32_e32 v5, 0, v5
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_add_u32_e32 v28, 0, v0
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt vmcnt(9)
	ds_write_b128 v7, v[42:45] offset:20480
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_waitcnt vmcnt(8)
	ds_write_b128 v5, v[46:49]
	s_waitcnt vmcnt(7)
	ds_write_b128 v5, v[50:53] offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b128 v5, v[54:57] offset:8192
	s_waitcnt vmcnt(5)
	ds_write_b128 v5, v[58:61] offset:12288
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_waitcnt vmcnt(4)
	ds_write_b8 v28, v8 offset:25600
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v28, v26 offset:24576
	s_waitcnt vmcnt(2)
	ds_write_b8 v28, v32 offset:24832
	s_waitcnt vmcnt(1)
	ds_write_b8 v28, v33 offset:25088
	v_or_b32_e32 v8, 0x300, v0
	v_add_u32_e32 v29, 0, v8
	s_movk_i32 s8, 0x80
	s_waitcnt vmcnt(0)
	ds_write_b8 v29, v3 offset:24576
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cmpk_gt_i32 s23, 0x5ff
	v_lshlrev_b32_e32 v42, 9, v2
	v_and_b32_e32 v3, 48, v0
	v_bitop3_b32 v51, v11, v0, 48 bitop3:0x78
	s_cbranch_scc1 .LBB0_4
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_and_b32_e32 v8, 0xc0, v0
	v_lshlrev_b32_e32 v30, 6, v8
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_and_b32_e32 v43, 48, v0
	s_movk_i32 s9, 0xc0
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_lshl_or_b32 v33, v2, 8, v30
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_bitop3_b32 v23, v11, v42, v43 bitop3:0xde
	v_bitop3_b32 v24, v51, 64, v42 bitop3:0x36
	v_bitop3_b32 v25, v51, s8, v42 bitop3:0x36
	v_bitop3_b32 v26, v51, s9, v42 bitop3:0x36
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	v_or_b32_e32 v30, v33, v51
	v_bitop3_b32 v31, v33, 64, v51 bitop3:0x36
	v_bitop3_b32 v32, v33, s8, v51 bitop3:0x36
	v_bitop3_b32 v33, v33, s9, v51 bitop3:0x36
	s_mov_b64 s[10:11], 0
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a8w4.py:0:20
	s_mov_b64 s[10:11], -1
                                        ; implicit-def: $vgpr43
                                        ; implicit-def: $vgpr23
                                        ; implicit-def: $vgpr24
                                        ; implicit-def: $vgpr25
                                        ; implicit-def: $vgpr26
                                        ; implicit-def: $vgpr8
                                        ; implicit-def: $vgpr30
                                        ; implicit-def: $vgpr31
                                        ; implicit-def: $vgpr32
                                        ; implicit-def: $vgpr33
.LBB0_5:                                ; %Flow125
	s_load_dwordx2 s[8:9], s[0:1], 0x50
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	s_andn2_b64 vcc, exec, s[10:11]
	v_accvgpr_write_b32 a0, 0
	s_cbranch_vccnz .LBB0_10
; %bb.6:                                ; %.lr.ph
	v_and_b32_e32 v8, 0xc0, v0
	v_lshlrev_b32_e32 v30, 6, v8
	v_lshl_or_b32 v33, v2, 8, v30
	v_bitop3_b32 v23, v11, v42, v3 bitop3:0xde
	v_bitop3_b32 v24, v51, 64, v42 bitop3:0x36
	s_movk_i32 s11, 0x80
	s_movk_i32 s10, 0xc0
	v_or_b32_e32 v30, v33, v51
	v_bfe_u32 v32, v0, 4, 2
	.loc	1 383 31 is_stmt 1              ; moe_op_gemm_a8w4.py:383:31
	v_add_u32_e32 v48, 0, v11
	v_bitop3_b32 v25, v51, s11, v42 bitop3:0x36
	v_bitop3_b32 v26, v51, s10, v42 bitop3:0x36
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	v_add_u32_e32 v42, 0, v30
	v_bitop3_b32 v31, v33, 64, v51 bitop3:0x36
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v44, 0, v23
	v_add_u32_e32 v45, 0, v24
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_add_u32_e32 v47, v48, v32
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_lshl_add_u32 v48, v8, 2, v48
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	buffer_load_dwordx4 v[52:55], v10, s[24:27], 0 offen offset:512
	buffer_load_dwordx4 v[56:59], v9, s[24:27], 0 offen offset:512
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	buffer_load_dwordx4 v[60:63], v17, s[36:39], 0 offen offset:256 sc0 nt
	buffer_load_dwordx4 v[64:67], v18, s[36:39], 0 offen offset:256 sc0 nt
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	buffer_load_ubyte v84, v21, s[28:31], 0 offen offset:16
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	buffer_load_dwordx4 v[68:71], v19, s[36:39], 0 offen offset:256 sc0 nt
	buffer_load_dwordx4 v[72:75], v20, s[36:39], 0 offen offset:256 sc0 nt
	v_add_u32_e32 v43, 0, v31
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[90:93], v44 offset:16384
	ds_read_b128 v[94:97], v45 offset:16384
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[76:79], v42
	ds_read_b128 v[80:83], v43
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_add_u32_e32 v48, v48, v32
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_read_u8 v32, v47 offset:25600
	ds_read_u8 v49, v47 offset:25604
	ds_read_u8 v50, v47 offset:25608
	ds_read_u8 v85, v47 offset:25612
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	ds_read_u8 v86, v48 offset:24576
	ds_read_u8 v87, v48 offset:24580
	ds_read_u8 v88, v48 offset:24584
	ds_read_u8 v89, v48 offset:24588
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(6)
	v_lshlrev_b16_e32 v49, 8, v49
	v_or_b32_e32 v32, v32, v49
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v49, 8, v85
	v_or_b32_sdwa v49, v50, v49 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v46, 0, v25
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_or_b32_sdwa v85, v32, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v32, 8, v87
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v49, 8, v89
	v_or_b32_e32 v32, v86, v32
	v_or_b32_sdwa v49, v88, v49 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[98:101], v44 offset:16640
	ds_read_b128 v[102:105], v45 offset:16640
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_or_b32_sdwa v86, v32, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v49, 0, v26
	v_bitop3_b32 v32, v33, s11, v51 bitop3:0x36
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[76:79], v[90:97], 0, v86, v85 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[88:91], v46 offset:16384
	ds_read_b128 v[92:95], v49 offset:16384
	v_add_u32_e32 v50, 0, v32
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[76:79], v50
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[106:109], v46 offset:16640
	ds_read_b128 v[110:113], v49 offset:16640
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_bitop3_b32 v33, v33, s10, v51 bitop3:0x36
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(3)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[80:83], v[88:95], a[0:3], v86, v85 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v87, v12, s[16:19], 0 offen offset:16
	buffer_load_ubyte v88, v13, s[16:19], 0 offen offset:16
	buffer_load_ubyte v89, v14, s[16:19], 0 offen offset:16
	v_add_u32_e32 v51, 0, v33
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[80:83], v51
.Ltmp23:
	.loc	3 43 30                         ; standard.py:43:30 @[ moe_op_gemm_a8w4.py:372:28 ]
	s_lshr_b32 s12, s23, 9
	s_movk_i32 s11, 0x200
	s_movk_i32 s10, 0x100
.Ltmp24:
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cmp_eq_u32 s12, 3
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(3)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[76:79], v[98:105], a[0:3], v86, v85 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v76, v22, s[16:19], 0 offen offset:16
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(10)
	ds_write_b128 v6, v[52:55] offset:16384
	s_waitcnt vmcnt(9)
	ds_write_b128 v7, v[56:59] offset:20480
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[80:83], v[106:113], a[0:3], v86, v85 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_waitcnt vmcnt(8)
	ds_write_b128 v5, v[60:63]
	s_waitcnt vmcnt(7)
	ds_write_b128 v5, v[64:67] offset:4096
	s_waitcnt vmcnt(5)
	ds_write_b128 v5, v[68:71] offset:8192
	s_waitcnt vmcnt(4)
	ds_write_b128 v5, v[72:75] offset:12288
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_write_b8 v28, v84 offset:25600
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v28, v87 offset:24576
	s_waitcnt vmcnt(2)
	ds_write_b8 v28, v88 offset:24832
	s_waitcnt vmcnt(1)
	ds_write_b8 v28, v89 offset:25088
	s_waitcnt vmcnt(0)
	ds_write_b8 v29, v76 offset:24576
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cbranch_scc1 .LBB0_11
; %bb.7:                                ; %.peel.next
	v_add_u32_e32 v20, s33, v41
	v_add_u32_e32 v19, s33, v40
	v_add_u32_e32 v18, s33, v39
	v_add_u32_e32 v17, s33, v38
	v_add_u32_e32 v9, s13, v37
	v_add_u32_e32 v10, s13, v36
	v_add_u32_e32 v13, s13, v35
	v_add_u32_e32 v12, s13, v34
	s_add_i32 s12, s12, -3
.LBB0_8:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v52, v4, v15
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v53, v4, v16
	v_add_u32_e32 v70, v11, v17
	.loc	1 407 24                        ; moe_op_gemm_a8w4.py:407:24
	v_add_u32_e32 v14, v2, v12
	v_add_u32_e32 v21, v2, v13
	v_add_u32_e32 v22, v2, v10
	.loc	1 409 28                        ; moe_op_gemm_a8w4.py:409:28
	v_add_u32_e32 v68, v2, v9
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v69, v2, v27
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v71, v11, v18
	v_add_u32_e32 v72, v11, v19
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	v_add_u32_e32 v73, v11, v20
	buffer_load_dwordx4 v[34:37], v52, s[24:27], 0 offen offset:1024
	buffer_load_dwordx4 v[38:41], v53, s[24:27], 0 offen offset:1024
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	buffer_load_dwordx4 v[52:55], v70, s[36:39], 0 offen offset:512 sc0 nt
	buffer_load_dwordx4 v[56:59], v71, s[36:39], 0 offen offset:512 sc0 nt
	buffer_load_dwordx4 v[60:63], v72, s[36:39], 0 offen offset:512 sc0 nt
	buffer_load_dwordx4 v[64:67], v73, s[36:39], 0 offen offset:512 sc0 nt
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	buffer_load_ubyte v76, v69, s[28:31], 0 offen offset:32
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	buffer_load_ubyte v77, v14, s[16:19], 0 offen offset:32
	buffer_load_ubyte v78, v21, s[16:19], 0 offen offset:32
	buffer_load_ubyte v79, v22, s[16:19], 0 offen offset:32
	buffer_load_ubyte v80, v68, s[16:19], 0 offen offset:32
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[86:89], v44 offset:16384
	ds_read_b128 v[94:97], v44 offset:16640
	ds_read_b128 v[90:93], v45 offset:16384
	ds_read_b128 v[98:101], v45 offset:16640
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[68:71], v42
	ds_read_b128 v[72:75], v43
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_read_u8 v14, v47 offset:25600
	ds_read_u8 v21, v47 offset:25604
	ds_read_u8 v22, v47 offset:25608
	ds_read_u8 v81, v47 offset:25612
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	ds_read_u8 v82, v48 offset:24576
	ds_read_u8 v83, v48 offset:24580
	ds_read_u8 v84, v48 offset:24584
	ds_read_u8 v85, v48 offset:24588
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(6)
	v_lshlrev_b16_e32 v21, 8, v21
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v81, 8, v81
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v83, 8, v83
	v_or_b32_e32 v14, v14, v21
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v85, 8, v85
	v_or_b32_sdwa v21, v22, v81 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v22, v82, v83
	v_or_b32_sdwa v81, v84, v85 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v14, v14, v21 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v21, v22, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_add_i32 s12, s12, -1
	v_add_u32_e32 v20, 0x100, v20
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[68:71], v[86:93], a[0:3], v21, v14 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[86:89], v49 offset:16384
	ds_read_b128 v[82:85], v46 offset:16384
	ds_read_b128 v[102:105], v46 offset:16640
	ds_read_b128 v[106:109], v49 offset:16640
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[68:71], v50
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	v_add_u32_e32 v19, 0x100, v19
	v_add_u32_e32 v18, 0x100, v18
	v_add_u32_e32 v17, 0x100, v17
	v_add_u32_e32 v16, 0x200, v16
	v_add_u32_e32 v15, 0x200, v15
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(3)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[72:75], v[82:89], a[0:3], v21, v14 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[72:75], v51
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	v_add_u32_e32 v27, 16, v27
	v_add_u32_e32 v9, 16, v9
	v_add_u32_e32 v10, 16, v10
	v_add_u32_e32 v13, 16, v13
	v_add_u32_e32 v12, 16, v12
	s_cmp_lg_u32 s12, 0
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[68:71], v[94:101], a[0:3], v21, v14 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(10)
	ds_write_b128 v6, v[34:37] offset:16384
	s_waitcnt vmcnt(9)
	ds_write_b128 v7, v[38:41] offset:20480
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	s_waitcnt vmcnt(8)
	ds_write_b128 v5, v[52:55]
	s_waitcnt vmcnt(7)
	ds_write_b128 v5, v[56:59] offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b128 v5, v[60:63] offset:8192
	s_waitcnt vmcnt(5)
	ds_write_b128 v5, v[64:67] offset:12288
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	s_waitcnt vmcnt(4)
	ds_write_b8 v28, v76 offset:25600
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	s_waitcnt vmcnt(3)
	ds_write_b8 v28, v77 offset:24576
	s_waitcnt vmcnt(2)
	ds_write_b8 v28, v78 offset:24832
	s_waitcnt vmcnt(1)
	ds_write_b8 v28, v79 offset:25088
	s_waitcnt vmcnt(0)
	ds_write_b8 v29, v80 offset:24576
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[72:75], v[102:109], a[0:3], v21, v14 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	.loc	1 378 19                        ; moe_op_gemm_a8w4.py:378:19
	s_cbranch_scc1 .LBB0_8
; %bb.9:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a8w4.py:0:19
	v_add3_u32 v12, v2, v12, 16
	v_add3_u32 v13, v2, v13, 16
	v_add3_u32 v14, v2, v10, 16
	v_add3_u32 v22, v2, v9, 16
	v_add3_u32 v21, v2, v27, 16
	v_add3_u32 v10, v4, v15, s11
	v_add3_u32 v9, v4, v16, s11
	v_add3_u32 v17, v11, v17, s10
	v_add3_u32 v18, v11, v18, s10
	v_add3_u32 v19, v11, v19, s10
	v_add3_u32 v20, v11, v20, s10
	s_branch .LBB0_12
.LBB0_10:
	v_mov_b32_e32 v3, v43
	s_branch .LBB0_12
.LBB0_11:
	v_add_u32_e32 v12, 16, v12
	v_add_u32_e32 v13, 16, v13
	v_add_u32_e32 v14, 16, v14
	v_add_u32_e32 v22, 16, v22
	v_add_u32_e32 v21, 16, v21
	v_add_u32_e32 v10, 0x200, v10
	v_add_u32_e32 v9, 0x200, v9
	v_add_u32_e32 v17, 0x100, v17
	v_add_u32_e32 v18, 0x100, v18
	v_add_u32_e32 v19, 0x100, v19
	v_add_u32_e32 v20, 0x100, v20
.LBB0_12:                               ; %._crit_edge
	s_load_dwordx2 s[12:13], s[0:1], 0x98
	s_load_dword s10, s[0:1], 0x58
	v_and_b32_e32 v15, 0xf0, v0
	.loc	1 404 46 is_stmt 1              ; moe_op_gemm_a8w4.py:404:46
	s_andn2_b64 vcc, exec, s[2:3]
	v_add_u32_e32 v16, 0, v33
	v_add_u32_e32 v27, 0, v32
	v_add_u32_e32 v28, 0, v31
	v_add_u32_e32 v29, 0, v30
	v_add_u32_e32 v26, 0, v26
	v_add_u32_e32 v25, 0, v25
	v_add_u32_e32 v24, 0, v24
	v_add_u32_e32 v23, 0, v23
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_cbranch_vccnz .LBB0_14
; %bb.13:
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	v_lshrrev_b32_e32 v30, 4, v3
	v_add3_u32 v11, 0, v11, v30
	.loc	1 401 31                        ; moe_op_gemm_a8w4.py:401:31
	v_lshl_add_u32 v30, v8, 2, v11
	ds_read_u8 v38, v30 offset:24576
	ds_read_u8 v39, v30 offset:24580
	ds_read_u8 v40, v30 offset:24584
	ds_read_u8 v41, v30 offset:24588
	.loc	1 383 31                        ; moe_op_gemm_a8w4.py:383:31
	ds_read_u8 v42, v11 offset:25600
	ds_read_u8 v43, v11 offset:25604
	ds_read_u8 v44, v11 offset:25608
	ds_read_u8 v11, v11 offset:25612
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[30:33], v29
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[50:53], v24 offset:16384
	ds_read_b128 v[46:49], v23 offset:16384
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(9)
	v_lshlrev_b16_e32 v39, 8, v39
	v_accvgpr_read_b32 v34, a0
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v43, 8, v43
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v11, 8, v11
	v_or_b32_e32 v38, v38, v39
	v_lshlrev_b16_e32 v39, 8, v41
	v_accvgpr_read_b32 v37, a3
	v_accvgpr_read_b32 v36, a2
	v_accvgpr_read_b32 v35, a1
	v_or_b32_e32 v42, v42, v43
	v_or_b32_sdwa v11, v44, v11 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v39, v40, v39 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_accvgpr_write_b32 a0, v34
	v_or_b32_sdwa v11, v42, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v42, v38, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_accvgpr_write_b32 a1, v35
	v_accvgpr_write_b32 a2, v36
	v_accvgpr_write_b32 a3, v37
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v20, 0x100, v20
	v_add_u32_e32 v19, 0x100, v19
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[30:33], v[46:53], a[0:3], v42, v11 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[30:33], v28
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[44:47], v25 offset:16384
	ds_read_b128 v[48:51], v26 offset:16384
	ds_read_b128 v[52:55], v26 offset:16640
	.loc	1 380 20                        ; moe_op_gemm_a8w4.py:380:20
	ds_read_b128 v[34:37], v16
	ds_read_b128 v[38:41], v27
	.loc	1 412 17                        ; moe_op_gemm_a8w4.py:412:17
	v_add_u32_e32 v18, 0x100, v18
	v_add_u32_e32 v17, 0x100, v17
	.loc	1 411 17                        ; moe_op_gemm_a8w4.py:411:17
	v_add_u32_e32 v9, 0x200, v9
	v_add_u32_e32 v10, 0x200, v10
	.loc	1 409 28                        ; moe_op_gemm_a8w4.py:409:28
	v_add_u32_e32 v21, 16, v21
	.loc	1 407 24                        ; moe_op_gemm_a8w4.py:407:24
	v_add_u32_e32 v22, 16, v22
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(3)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[30:33], v[44:51], a[0:3], v42, v11 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 379 20                        ; moe_op_gemm_a8w4.py:379:20
	ds_read_b128 v[48:51], v25 offset:16640
	ds_read_b128 v[60:63], v24 offset:16640
	ds_read_b128 v[56:59], v23 offset:16640
	.loc	1 407 24                        ; moe_op_gemm_a8w4.py:407:24
	v_add_u32_e32 v14, 16, v14
	v_add_u32_e32 v13, 16, v13
	v_add_u32_e32 v12, 16, v12
	.loc	1 404 46                        ; moe_op_gemm_a8w4.py:404:46
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[38:41], v[56:63], a[0:3], v42, v11 op_sel_hi:[1,1,0] cbsz:4
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[34:37], v[48:55], a[0:3], v42, v11 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
.LBB0_14:                               ; %._crit_edge._crit_edge
	.loc	1 0 46 is_stmt 0                ; moe_op_gemm_a8w4.py:0:46
	s_movk_i32 s0, 0x140
	.loc	1 422 20 is_stmt 1              ; moe_op_gemm_a8w4.py:422:20
	v_bfrev_b32_e32 v54, 1
	.loc	1 415 30                        ; moe_op_gemm_a8w4.py:415:30
	v_cmp_gt_u32_e32 vcc, s0, v4
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	s_mov_b32 s38, s26
	s_mov_b32 s39, s27
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	v_cndmask_b32_e32 v4, v54, v10, vcc
	v_cndmask_b32_e32 v9, v54, v9, vcc
	.loc	1 416 31                        ; moe_op_gemm_a8w4.py:416:31
	v_cmp_gt_u32_e32 vcc, 10, v2
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	buffer_load_dwordx4 v[30:33], v4, s[24:27], 0 offen
	buffer_load_dwordx4 v[34:37], v9, s[24:27], 0 offen
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	v_cndmask_b32_e32 v4, v54, v17, vcc
	v_cndmask_b32_e32 v9, v54, v18, vcc
	v_cndmask_b32_e32 v10, v54, v19, vcc
	v_cndmask_b32_e32 v11, v54, v20, vcc
	buffer_load_dwordx4 v[38:41], v4, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[42:45], v9, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[46:49], v10, s[36:39], 0 offen sc0 nt
	buffer_load_dwordx4 v[50:53], v11, s[36:39], 0 offen sc0 nt
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	v_cndmask_b32_e32 v4, v54, v21, vcc
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	s_mov_b32 s18, s26
	s_mov_b32 s19, s27
	v_cndmask_b32_e32 v9, v54, v13, vcc
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	buffer_load_ubyte v17, v4, s[28:31], 0 offen
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_cndmask_b32_e32 v4, v54, v12, vcc
	v_cndmask_b32_e32 v10, v54, v14, vcc
	v_cndmask_b32_e32 v11, v54, v22, vcc
	buffer_load_ubyte v12, v9, s[16:19], 0 offen
	buffer_load_ubyte v13, v4, s[16:19], 0 offen
	buffer_load_ubyte v14, v11, s[16:19], 0 offen
	buffer_load_ubyte v55, v10, s[16:19], 0 offen
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_and_b32_e32 v56, 3, v0
	v_and_b32_e32 v4, 60, v0
	v_lshrrev_b32_e32 v57, 6, v8
	s_movk_i32 s0, 0xffd0
	v_lshl_add_u32 v10, v56, 6, 0
	v_lshlrev_b32_e32 v8, 2, v3
	v_bfe_u32 v9, v0, 2, 2
	v_add3_u32 v59, v10, v4, v57
	v_mad_i32_i24 v4, v56, s0, v10
	v_lshlrev_b32_e32 v58, 4, v56
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	v_add3_u32 v60, v4, v8, v9
	s_movk_i32 s0, 0x240
	.loc	1 461 30                        ; moe_op_gemm_a8w4.py:461:30
	s_mul_i32 s15, s15, s10
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	.loc	1 256 14                        ; moe_op_gemm_a8w4.py:256:14
	s_lshr_b32 s2, s6, 31
	s_add_i32 s2, s6, s2
	.loc	1 473 54                        ; moe_op_gemm_a8w4.py:473:54
	v_lshlrev_b32_e32 v2, 1, v2
	.loc	1 473 41 is_stmt 0              ; moe_op_gemm_a8w4.py:473:41
	v_lshl_or_b32 v2, s7, 5, v2
	.loc	1 528 24 is_stmt 1              ; moe_op_gemm_a8w4.py:528:24
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, s11
	.loc	1 422 20                        ; moe_op_gemm_a8w4.py:422:20
	s_waitcnt vmcnt(10)
	ds_write_b128 v6, v[30:33]
	s_waitcnt vmcnt(9)
	ds_write_b128 v7, v[34:37] offset:4096
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[62:65], v23
	ds_read_b128 v[70:73], v23 offset:256
	ds_read_b128 v[66:69], v24
	ds_read_b128 v[74:77], v24 offset:256
	ds_read_b128 v[78:81], v25
	ds_read_b128 v[86:89], v25 offset:256
	ds_read_b128 v[82:85], v26
	ds_read_b128 v[90:93], v26 offset:256
	.loc	1 424 12                        ; moe_op_gemm_a8w4.py:424:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(8)
	ds_write_b128 v5, v[38:41]
	s_waitcnt vmcnt(7)
	ds_write_b128 v5, v[42:45] offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b128 v5, v[46:49] offset:8192
	s_waitcnt vmcnt(5)
	ds_write_b128 v5, v[50:53] offset:12288
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[4:7], v29
	ds_read_b128 v[8:11], v28
	ds_read_b128 v[18:21], v27
	ds_read_b128 v[22:25], v16
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_lshlrev_b32_e32 v28, 3, v0
	v_bfe_i32 v32, v0, 7, 1
	v_lshrrev_b32_e32 v29, 2, v3
	s_waitcnt vmcnt(3)
	v_lshlrev_b16_e32 v12, 8, v12
	v_and_b32_e32 v30, 4, v0
	v_and_b32_e32 v32, 0xc0, v32
	v_and_or_b32 v28, v28, s0, v58
	s_waitcnt vmcnt(2)
	v_or_b32_e32 v12, v13, v12
	s_waitcnt vmcnt(1)
	v_lshlrev_b16_e32 v13, 8, v14
	v_lshlrev_b32_e32 v31, 6, v30
	v_bitop3_b32 v28, v32, v28, v29 bitop3:0x36
	s_waitcnt vmcnt(0)
	v_or_b32_sdwa v13, v55, v13 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_add3_u32 v28, 0, v31, v28
	v_or_b32_sdwa v12, v12, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 428 31                        ; moe_op_gemm_a8w4.py:428:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b8 v59, v17
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v16, v60
	ds_read_u8 v17, v60 offset:4
	ds_read_u8 v26, v60 offset:8
	ds_read_u8 v27, v60 offset:12
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b32 v28, v12
	v_lshlrev_b32_e32 v12, 2, v56
	v_lshlrev_b32_e32 v13, 7, v30
	v_bfe_i32 v14, v0, 3, 1
	v_and_b32_e32 v14, 0xc0, v14
	v_or3_b32 v28, v12, v3, v13
	v_or3_b32 v28, v28, v57, v14
	v_add_u32_e32 v30, 0, v28
	v_xad_u32 v28, v28, 64, 0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v33, v30
	ds_read_u8 v30, v30 offset:256
	ds_read_u8 v34, v28
	ds_read_u8 v28, v28 offset:256
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_lshlrev_b16_e32 v17, 8, v17
	v_or_b32_e32 v16, v16, v17
	v_lshlrev_b16_e32 v17, 8, v27
	v_or_b32_sdwa v17, v26, v17 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v26, 8, v28
	v_or_b32_sdwa v16, v16, v17 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_lshlrev_b16_e32 v17, 8, v30
	v_or_b32_e32 v17, v33, v17
	v_or_b32_sdwa v26, v34, v26 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 458 22                        ; moe_op_gemm_a8w4.py:458:22
	v_cmp_gt_i32_e64 s[0:1], s14, v1
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_or_b32_sdwa v17, v17, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 493 10                        ; moe_op_gemm_a8w4.py:493:10
	v_add_u32_e32 v1, s4, v1
	v_mul_lo_u32 v1, v1, s5
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[4:7], v[62:69], a[0:3], v17, v16 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 337 59                        ; moe_op_gemm_a8w4.py:337:59
	v_lshrrev_b32_e32 v4, 2, v15
	.loc	1 337 46 is_stmt 0              ; moe_op_gemm_a8w4.py:337:46
	v_or_b32_e32 v4, s22, v4
	.loc	1 463 27 is_stmt 1              ; moe_op_gemm_a8w4.py:463:27
	v_add_lshl_u32 v5, v4, s15, 2
	.loc	1 459 24                        ; moe_op_gemm_a8w4.py:459:24
	v_cmp_gt_i32_e32 vcc, s6, v4
	.loc	1 256 14                        ; moe_op_gemm_a8w4.py:256:14
	s_ashr_i32 s6, s2, 1
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_add_lshl_u32 v1, v2, v1, 1
	.loc	1 463 27                        ; moe_op_gemm_a8w4.py:463:27
	v_cndmask_b32_e32 v4, v54, v5, vcc
	buffer_load_dwordx4 v[4:7], v4, s[8:11], 0 offen sc0 nt
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[8:11], v[78:85], a[0:3], v17, v16 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
.Ltmp25:
	.file	4 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "activations.py"
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_max_f32_e64 v10, s13, s13
.Ltmp26:
	.loc	4 28 45                         ; activations.py:28:45 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_mov_b32_e32 v11, 0xbfb8aa3b
	v_mul_f32_e32 v11, s12, v11
.Ltmp27:
	.loc	1 446 31                        ; moe_op_gemm_a8w4.py:446:31
	v_and_b32_e32 v8, 0x80, v0
	v_and_b32_e32 v9, 8, v0
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_and_b32_e32 v0, 64, v0
	s_waitcnt lgkmcnt(0)
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[18:21], v[70:77], a[0:3], v17, v16 op_sel_hi:[1,1,0] cbsz:4
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	s_barrier
	s_mov_b32 s22, s10
	.loc	1 449 46                        ; moe_op_gemm_a8w4.py:449:46
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[22:25], v[86:93], a[0:3], v17, v16 op_sel:[1,1,0] op_sel_hi:[1,1,0] cbsz:4
	s_nop 11
	v_accvgpr_read_b32 v15, a0
	v_accvgpr_read_b32 v17, a2
	v_accvgpr_read_b32 v16, a1
	v_accvgpr_read_b32 v18, a3
	.loc	1 466 20                        ; moe_op_gemm_a8w4.py:466:20
	s_waitcnt vmcnt(0)
	v_add_f32_e32 v4, v15, v4
	v_add_f32_e32 v6, v17, v6
	v_add_f32_e32 v5, v16, v5
.Ltmp28:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_min_f32_e32 v15, v4, v10
	v_min_f32_e32 v16, v6, v10
.Ltmp29:
	.loc	4 7 24 is_stmt 0                ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_min_f32_e32 v6, v5, v10
.Ltmp30:
	.loc	4 28 53 is_stmt 1               ; activations.py:28:53 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_mul_f32_e32 v4, v11, v15
	v_mul_f32_e32 v5, v11, v16
	.loc	4 28 28 is_stmt 0               ; activations.py:28:28 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_exp_f32_e32 v4, v4
	v_exp_f32_e32 v5, v5
.Ltmp31:
	.loc	1 466 20 is_stmt 1              ; moe_op_gemm_a8w4.py:466:20
	v_add_f32_e32 v7, v18, v7
.Ltmp32:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_min_f32_e32 v7, v7, v10
	.loc	4 9 33                          ; activations.py:9:33 @[ activations.py:27:30 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_max_f32_e64 v6, -s13, v6
.Ltmp33:
	.loc	4 28 20                         ; activations.py:28:20 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_pk_add_f32 v[4:5], v[4:5], 1.0 op_sel_hi:[1,0]
.Ltmp34:
	.loc	4 9 33                          ; activations.py:9:33 @[ activations.py:27:30 @[ moe_op_gemm_a8w4.py:468:34 ] ]
	v_max_f32_e64 v7, -s13, v7
.Ltmp35:
	.loc	4 28 16                         ; activations.py:28:16 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_div_scale_f32 v10, s[2:3], v5, v5, v16
	v_rcp_f32_e32 v17, v10
	v_div_scale_f32 v11, vcc, v16, v5, v16
	v_div_scale_f32 v18, s[2:3], v4, v4, v15
	v_fma_f32 v20, -v10, v17, 1.0
	v_fmac_f32_e32 v17, v20, v17
	v_mul_f32_e32 v20, v11, v17
	v_rcp_f32_e32 v19, v18
	v_fma_f32 v21, -v10, v20, v11
	v_fmac_f32_e32 v20, v21, v17
	v_fma_f32 v10, -v10, v20, v11
	v_div_fmas_f32 v10, v10, v17, v20
	v_div_fixup_f32 v5, v10, v5, v16
	v_fma_f32 v10, -v18, v19, 1.0
	v_fmac_f32_e32 v19, v10, v19
	v_div_scale_f32 v10, vcc, v15, v4, v15
	v_mul_f32_e32 v11, v10, v19
	v_fma_f32 v16, -v18, v11, v10
	v_fmac_f32_e32 v11, v16, v19
	v_fma_f32 v10, -v18, v11, v10
	v_div_fmas_f32 v10, v10, v19, v11
	v_div_fixup_f32 v4, v10, v4, v15
	.loc	4 30 33                         ; activations.py:30:33 @[ moe_op_gemm_a8w4.py:468:34 ]
	v_pk_fma_f32 v[4:5], v[4:5], v[6:7], v[4:5]
.Ltmp36:
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	v_lshrrev_b32_e32 v6, 1, v8
	v_cvt_pk_bf16_f32 v4, v4, v5
	v_lshlrev_b32_e32 v5, 3, v0
	v_xad_u32 v6, v14, v6, 0
	v_add3_u32 v3, v6, v5, v3
	v_add3_u32 v3, v3, v12, v31
	ds_write_b32 v3, v4
	v_lshlrev_b32_e32 v3, 3, v9
	v_lshlrev_b32_e32 v0, 2, v0
	v_xad_u32 v3, v32, v3, 0
	v_add3_u32 v0, v3, v0, v29
	v_add3_u32 v0, v0, v58, v13
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v0
	.loc	1 474 28                        ; moe_op_gemm_a8w4.py:474:28
	v_cmp_gt_i32_e32 vcc, s6, v2
	.loc	1 495 29                        ; moe_op_gemm_a8w4.py:495:29
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 528 24                        ; moe_op_gemm_a8w4.py:528:24
	s_nop 0
	v_cndmask_b32_e32 v1, v54, v1, vcc
	s_waitcnt lgkmcnt(0)
	buffer_store_dword v0, v1, s[20:23], 0 offen
.LBB0_15:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a8w4.py:0
	s_endpgm
.Ltmp37:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 184
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
		.amdhsa_next_free_vgpr 120
		.amdhsa_next_free_sgpr 48
		.amdhsa_accum_offset 116
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
	.size	_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0, .Lfunc_end0-_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.num_vgpr, 114
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.num_agpr, 4
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.numbered_sgpr, 48
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.num_named_barrier, 0
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.private_seg_size, 0
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.uses_vcc, 1
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.uses_flat_scratch, 0
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.has_dyn_sized_stack, 0
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.has_recursion, 0
	.set _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 5952
; TotalNumSgprs: 54
; NumVgprs: 114
; NumAgprs: 4
; TotalNumVgprs: 120
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 54
; NumVGPRsForWavesPerEU: 120
; AccumOffset: 116
; Occupancy: 4
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 28
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
	.byte	1                               ; Abbrev [1] 0xb:0x85 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x5f DW_TAG_subprogram
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
	.byte	4                               ; Abbrev [4] 0x5b:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	372                             ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x68:0x26 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	468                             ; DW_AT_call_line
	.byte	34                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x75:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges4                 ; DW_AT_ranges
	.byte	4                               ; DW_AT_call_file
	.byte	24                              ; DW_AT_call_line
	.byte	26                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x81:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges5                 ; DW_AT_ranges
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
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges5:
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
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
	.asciz	"_moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0" ; string offset=87
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
      - .offset:         160
        .size:           4
        .value_kind:     by_value
      - .offset:         164
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         168
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         176
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 184
    .max_flat_workgroup_size: 256
    .name:           _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0
    .private_segment_fixed_size: 0
    .sgpr_count:     54
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a8w4_BLOCK_M_16_BLOCK_N_64_BLOCK_K_512_GROUP_M_4_SPLIT_K_1_EVEN_K_0_SWIZZLE_MX_SCALE_NONE_APPLY_SWIGLU_1_HAS_MX_OUT_0.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     120
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
