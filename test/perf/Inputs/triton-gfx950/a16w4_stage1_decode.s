	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	_moe_gemm_a16w4                 ; -- Begin function _moe_gemm_a16w4
	.p2align	8
	.type	_moe_gemm_a16w4,@function
_moe_gemm_a16w4:                        ; @_moe_gemm_a16w4
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.14:
	.file	1 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "moe_op_gemm_a16w4.py"
	.loc	1 105 0 prologue_end            ; moe_op_gemm_a16w4.py:105:0
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
	s_mov_b64 s[36:37], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	s_load_dwordx2 s[6:7], s[0:1], 0x70
	s_load_dwordx2 s[2:3], s[0:1], 0x80
	s_mov_b64 s[28:29], s[10:11]
.Ltmp1:
	.loc	1 193 37 is_stmt 1              ; moe_op_gemm_a16w4.py:193:37
	s_waitcnt lgkmcnt(0)
	s_load_dword s4, s[6:7], 0x0
	.loc	1 193 29 is_stmt 0              ; moe_op_gemm_a16w4.py:193:29
	s_waitcnt lgkmcnt(0)
	s_sub_i32 s6, s2, s4
	.loc	1 201 38 is_stmt 1              ; moe_op_gemm_a16w4.py:201:38
	s_mul_i32 s2, s4, s3
	.loc	1 202 19                        ; moe_op_gemm_a16w4.py:202:19
	s_cmp_lt_i32 s6, 1
	s_cselect_b64 s[6:7], -1, 0
	.loc	1 202 32 is_stmt 0              ; moe_op_gemm_a16w4.py:202:32
	s_cmp_lt_i32 s16, s2
	s_cselect_b64 s[10:11], -1, 0
	s_or_b64 s[6:7], s[6:7], s[10:11]
	.loc	1 202 25                        ; moe_op_gemm_a16w4.py:202:25
	s_and_b64 vcc, exec, s[6:7]
	s_cbranch_vccz .LBB0_13
; %bb.1:
.Ltmp2:
	.loc	1 79 36 is_stmt 1               ; moe_op_gemm_a16w4.py:79:36 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_ashr_i32 s6, s2, 31
	s_lshr_b32 s6, s6, 29
	s_add_i32 s6, s2, s6
	s_ashr_i32 s7, s6, 3
	.loc	1 80 37                         ; moe_op_gemm_a16w4.py:80:37 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_and_b32 s6, s6, -8
	s_sub_i32 s6, s2, s6
.Ltmp3:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	s_abs_i32 s2, s2
	v_cvt_f32_u32_e32 v1, s2
.Ltmp4:
	.loc	1 84 23                         ; moe_op_gemm_a16w4.py:84:23 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_ashr_i32 s9, s16, 31
	s_lshr_b32 s9, s9, 29
	s_add_i32 s9, s16, s9
.Ltmp5:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	v_rcp_iflag_f32_e32 v1, v1
.Ltmp6:
	.loc	1 84 23                         ; moe_op_gemm_a16w4.py:84:23 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_ashr_i32 s10, s9, 3
	.loc	1 83 18                         ; moe_op_gemm_a16w4.py:83:18 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_and_b32 s9, s9, -8
	s_sub_i32 s9, s16, s9
.Ltmp7:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
.Ltmp8:
	.loc	1 87 50                         ; moe_op_gemm_a16w4.py:87:50 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_min_i32 s6, s9, s6
	.loc	1 87 22 is_stmt 0               ; moe_op_gemm_a16w4.py:87:22 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_mul_i32 s7, s7, s9
	.loc	1 87 39                         ; moe_op_gemm_a16w4.py:87:39 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_add_i32 s6, s6, s10
.Ltmp9:
	.loc	1 209 26 is_stmt 1              ; moe_op_gemm_a16w4.py:209:26
	s_sub_i32 s9, 0, s2
	v_readfirstlane_b32 s10, v1
	s_mul_i32 s9, s9, s10
.Ltmp10:
	.loc	1 87 70                         ; moe_op_gemm_a16w4.py:87:70 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_add_i32 s6, s6, s7
.Ltmp11:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
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
	.loc	2 72 42                         ; pid_preprocessing.py:72:42 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_lshl_b32 s2, s3, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s9, s2
	v_cvt_f32_u32_e32 v1, s9
.Ltmp13:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	s_xor_b32 s3, s6, s7
	s_sub_i32 s3, s3, s7
.Ltmp14:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s7, 0, s9
	v_rcp_iflag_f32_e32 v1, v1
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s11, s3
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_xor_b32 s6, s3, s2
	s_mov_b64 s[24:25], s[14:15]
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
	s_add_i32 s14, s7, 1
	s_sub_i32 s15, s10, s9
	s_cmp_ge_u32 s10, s9
	s_cselect_b32 s7, s14, s7
	s_cselect_b32 s10, s15, s10
	s_add_i32 s14, s7, 1
	s_cmp_ge_u32 s10, s9
	s_cselect_b32 s7, s14, s7
	s_xor_b32 s7, s7, s6
	s_sub_i32 s7, s7, s6
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_lshl_b32 s6, s7, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s4, s4, s6
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_min_i32 s9, s4, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s4, s9
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s10, 0, s4
	s_ashr_i32 s16, s3, 31
	s_load_dwordx2 s[14:15], s[0:1], 0x78
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s10, s10, s17
	s_mul_hi_u32 s10, s17, s10
	s_add_i32 s10, s17, s10
	s_mul_hi_u32 s17, s11, s10
	s_mul_i32 s17, s17, s4
	s_sub_i32 s11, s11, s17
	s_sub_i32 s17, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s17, s11
	s_sub_i32 s17, s11, s4
	s_cmp_ge_u32 s11, s4
	s_cselect_b32 s11, s17, s11
	s_xor_b32 s11, s11, s16
	s_sub_i32 s11, s11, s16
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_add_i32 s16, s6, s11
.Ltmp15:
	.loc	1 217 24 is_stmt 1              ; moe_op_gemm_a16w4.py:217:24
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[16:17], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s14, s14, s16
	s_addc_u32 s15, s15, s17
	s_load_dword s6, s[14:15], 0x0
	.loc	1 218 20                        ; moe_op_gemm_a16w4.py:218:20
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u32 s6, -1
	s_cbranch_scc1 .LBB0_13
; %bb.2:
.Ltmp16:
	.loc	2 78 0                          ; pid_preprocessing.py:78 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_i32 s7, s7, s2
	s_sub_i32 s2, s3, s7
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s3, s2, 31
	s_abs_i32 s2, s2
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s9, s9, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_hi_u32 s7, s2, s10
	s_xor_b32 s9, s3, s9
	s_mul_i32 s3, s7, s4
	s_sub_i32 s2, s2, s3
	s_add_i32 s3, s7, 1
	s_sub_i32 s10, s2, s4
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s3, s3, s7
	s_load_dwordx4 s[16:19], s[0:1], 0x58
	s_load_dwordx2 s[14:15], s[0:1], 0x68
	s_cselect_b32 s2, s10, s2
	s_add_i32 s7, s3, 1
	s_cmp_ge_u32 s2, s4
	s_cselect_b32 s10, s7, s3
.Ltmp17:
	.loc	1 220 26 is_stmt 1              ; moe_op_gemm_a16w4.py:220:26
	s_and_b32 s35, s6, 0xffff
	.loc	1 222 16                        ; moe_op_gemm_a16w4.py:222:16
	s_lshl_b32 s2, s35, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s33, s[18:19], s2 offset:0x0
	.loc	1 223 22                        ; moe_op_gemm_a16w4.py:223:22
	s_load_dword s4, s[14:15], s2 offset:0x0
	.loc	1 229 25                        ; moe_op_gemm_a16w4.py:229:25
	s_ashr_i32 s2, s6, 12
	s_and_b32 s34, s2, -16
	.loc	1 229 49 is_stmt 0              ; moe_op_gemm_a16w4.py:229:49
	v_lshrrev_b32_e32 v2, 5, v0
	.loc	1 230 59 is_stmt 1              ; moe_op_gemm_a16w4.py:230:59
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s3, s33
	v_cvt_f32_u32_e32 v1, s3
	s_ashr_i32 s2, s6, 31
	s_sub_i32 s6, 0, s3
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	v_or_b32_e32 v2, s34, v2
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_rcp_iflag_f32_e32 v1, v1
	v_add_u32_e32 v2, s2, v2
	v_xor_b32_e32 v3, s2, v2
	v_add_u32_e32 v2, 8, v2
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	v_xor_b32_e32 v2, s2, v2
	.loc	1 236 27                        ; moe_op_gemm_a16w4.py:236:27
	s_and_b32 s17, s17, 0xffff
	s_mov_b32 s19, 0x27000
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_mul_lo_u32 v4, s6, v1
	v_mul_hi_u32 v4, v1, v4
	v_add_u32_e32 v1, v1, v4
	v_mul_hi_u32 v4, v3, v1
	v_mul_lo_u32 v4, v4, s3
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s3, v3
	v_cmp_le_u32_e32 vcc, s3, v3
	v_mul_hi_u32 v1, v2, v1
	v_mul_lo_u32 v1, v1, s3
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s3, v3
	v_cmp_le_u32_e32 vcc, s3, v3
	v_sub_u32_e32 v1, v2, v1
	v_subrev_u32_e32 v2, s3, v1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_cmp_le_u32_e32 vcc, s3, v1
	v_xor_b32_e32 v3, s2, v3
	v_subrev_u32_e32 v3, s2, v3
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s3, v1
	v_cmp_le_u32_e32 vcc, s3, v1
	s_mov_b32 s18, 0x7ffffffe
.Ltmp18:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_xor_b32 s10, s10, s9
.Ltmp19:
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s2, v1
	v_subrev_u32_e32 v1, s2, v1
	.loc	1 236 27                        ; moe_op_gemm_a16w4.py:236:27
	v_add_lshl_u32 v2, v3, s4, 2
	v_add_lshl_u32 v1, v1, s4, 2
	buffer_load_dword v3, v2, s[16:19], 0 offen
	buffer_load_dword v4, v1, s[16:19], 0 offen
	s_load_dwordx2 s[6:7], s[0:1], 0x38
	s_load_dwordx2 s[2:3], s[0:1], 0x4c
	.loc	1 237 46                        ; moe_op_gemm_a16w4.py:237:46
	v_lshlrev_b32_e32 v1, 3, v0
	v_and_b32_e32 v13, 0xf8, v1
.Ltmp20:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s40, s10, s9
.Ltmp21:
	.loc	1 260 59                        ; moe_op_gemm_a16w4.py:260:59
	v_lshrrev_b32_e32 v5, 3, v0
	.loc	1 260 77 is_stmt 0              ; moe_op_gemm_a16w4.py:260:77
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s11, s2
	v_cvt_f32_u32_e32 v1, s11
	.loc	1 265 60 is_stmt 1              ; moe_op_gemm_a16w4.py:265:60
	v_and_b32_e32 v12, 7, v0
	.loc	1 250 26                        ; moe_op_gemm_a16w4.py:250:26
	s_mul_i32 s6, s35, s6
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_sub_i32 s14, 0, s11
	v_rcp_iflag_f32_e32 v1, v1
	.loc	1 260 30 is_stmt 0              ; moe_op_gemm_a16w4.py:260:30
	s_lshl_b32 s41, s40, 6
	.loc	1 269 10 is_stmt 1              ; moe_op_gemm_a16w4.py:269:10
	v_add_u32_e32 v2, s6, v12
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_bfe_i32 s6, s40, 0x10019
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	.loc	1 260 46 is_stmt 0              ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v5, s41, v5
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_add_u32_e32 v5, s6, v5
	v_xor_b32_e32 v6, s6, v5
	v_mul_lo_u32 v7, s14, v1
	v_mul_hi_u32 v7, v1, v7
	v_add_u32_e32 v5, 32, v5
	v_add_u32_e32 v1, v1, v7
	v_xor_b32_e32 v5, s6, v5
	v_mul_hi_u32 v7, v6, v1
	v_mul_hi_u32 v1, v5, v1
	v_mul_lo_u32 v7, v7, s11
	v_mul_lo_u32 v1, v1, s11
	v_sub_u32_e32 v6, v6, v7
	v_sub_u32_e32 v1, v5, v1
	v_subrev_u32_e32 v5, s11, v6
	v_cmp_le_u32_e32 vcc, s11, v6
	v_subrev_u32_e32 v7, s11, v1
	.loc	1 229 49 is_stmt 1              ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v11, 0xe0, v0
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cndmask_b32_e32 v5, v6, v5, vcc
	v_cmp_le_u32_e32 vcc, s11, v1
	v_subrev_u32_e32 v6, s11, v5
.Ltmp22:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a16w4.py:285:28 ]
	s_add_i32 s26, s3, 0xff
.Ltmp23:
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cndmask_b32_e32 v1, v1, v7, vcc
	v_cmp_le_u32_e32 vcc, s11, v5
	v_subrev_u32_e32 v7, s11, v1
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cmpk_gt_i32 s26, 0x1ff
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_cmp_le_u32_e32 vcc, s11, v1
	v_xor_b32_e32 v5, s6, v5
	v_lshrrev_b32_e32 v29, 2, v0
	v_cndmask_b32_e32 v1, v1, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_xor_b32_e32 v1, s6, v1
	v_subrev_u32_e32 v1, s6, v1
	v_and_b32_e32 v10, 15, v0
	v_lshlrev_b32_e32 v28, 1, v0
	v_lshrrev_b32_e32 v27, 1, v11
	.loc	1 236 53                        ; moe_op_gemm_a16w4.py:236:53
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v5, 31, v3
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v6, 31, v4
	v_lshrrev_b32_e32 v5, 30, v5
	v_lshrrev_b32_e32 v6, 30, v6
	v_add_u32_e32 v3, v3, v5
	v_add_u32_e32 v4, v4, v6
	v_ashrrev_i32_e32 v3, 2, v3
	v_ashrrev_i32_e32 v4, 2, v4
	.loc	1 241 10                        ; moe_op_gemm_a16w4.py:241:10
	v_mul_lo_u32 v26, v3, s8
	v_mul_lo_u32 v25, v4, s8
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mad_u64_u32 v[4:5], s[8:9], v7, s7, v[2:3]
	v_mad_u64_u32 v[2:3], s[6:7], v1, s7, v[2:3]
	.loc	1 279 19                        ; moe_op_gemm_a16w4.py:279:19
	s_mul_i32 s6, s35, s12
	.loc	1 281 8                         ; moe_op_gemm_a16w4.py:281:8
	s_nop 0
	v_lshl_add_u32 v6, v12, 4, s6
	v_mad_u64_u32 v[8:9], s[6:7], v7, s13, v[6:7]
	v_mad_u64_u32 v[6:7], s[6:7], v1, s13, v[6:7]
	v_lshlrev_b32_e32 v7, 4, v0
	v_and_b32_e32 v1, 48, v0
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cbranch_scc1 .LBB0_4
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_and_b32_e32 v30, 15, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_lshlrev_b32_e32 v15, 4, v30
	v_lshlrev_b32_e32 v18, 9, v30
	v_bitop3_b32 v23, v15, v0, 48 bitop3:0x78
	s_movk_i32 s3, 0x80
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_bitop3_b32 v19, v7, v29, 28 bitop3:0x78
	v_and_b32_e32 v31, 48, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v9, v7, v27
	v_bitop3_b32 v17, v23, s3, v18 bitop3:0x36
	s_movk_i32 s3, 0xc0
	s_and_b32 s17, s37, 0xffff
	s_mov_b32 s16, s36
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_and_b32 s13, s29, 0xffff
	s_mov_b32 s12, s28
	v_xor_b32_e32 v20, 4, v19
	v_xor_b32_e32 v21, 8, v19
	v_xor_b32_e32 v22, 12, v19
	v_lshlrev_b32_e32 v3, 7, v30
	v_and_b32_e32 v5, 28, v28
	v_lshrrev_b32_e32 v11, 2, v31
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_and_b32 s9, s25, 0xffff
	s_mov_b32 s8, s24
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v14, 0x1080, v9
	v_bitop3_b32 v15, v15, v18, v31 bitop3:0xde
	v_bitop3_b32 v16, v23, 64, v18 bitop3:0x36
	v_bitop3_b32 v18, v23, s3, v18 bitop3:0x36
	s_mov_b64 s[22:23], 0
	s_mov_b64 s[14:15], s[18:19]
	s_mov_b64 s[10:11], s[18:19]
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a16w4.py:0:20
	s_mov_b64 s[22:23], -1
                                        ; implicit-def: $sgpr16_sgpr17
                                        ; implicit-def: $sgpr12_sgpr13
                                        ; implicit-def: $vgpr19
                                        ; implicit-def: $vgpr20
                                        ; implicit-def: $vgpr21
                                        ; implicit-def: $vgpr22
                                        ; implicit-def: $vgpr30
                                        ; implicit-def: $vgpr3
                                        ; implicit-def: $vgpr5
                                        ; implicit-def: $vgpr31
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $sgpr8_sgpr9
                                        ; implicit-def: $vgpr9
                                        ; implicit-def: $vgpr14
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr16
                                        ; implicit-def: $vgpr17
                                        ; implicit-def: $vgpr18
.LBB0_5:                                ; %Flow72
	s_load_dwordx2 s[6:7], s[0:1], 0x40
	v_add_u32_e32 v24, v26, v13
	v_add_u32_e32 v23, v25, v13
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	s_andn2_b64 vcc, exec, s[22:23]
	v_accvgpr_write_b32 a3, 0
	s_cbranch_vccnz .LBB0_9
; %bb.6:                                ; %.lr.ph
	v_and_b32_e32 v9, 0xc0, v0
	v_lshlrev_b32_e32 v14, 5, v9
	v_and_b32_e32 v5, 28, v28
	v_lshlrev_b32_e32 v3, 7, v10
	v_lshrrev_b32_e32 v11, 2, v1
	v_or_b32_e32 v15, v14, v5
	v_bitop3_b32 v31, v15, v3, v11 bitop3:0xde
	v_lshlrev_b32_e32 v15, 4, v10
	s_movk_i32 s10, 0xc0
	v_lshlrev_b32_e32 v34, 1, v9
	v_xor_b32_e32 v9, v7, v27
	s_movk_i32 s11, 0x80
	v_lshlrev_b32_e32 v18, 9, v10
	v_bitop3_b32 v27, v15, v0, 48 bitop3:0x78
	v_bitop3_b32 v19, v7, v29, 28 bitop3:0x78
	v_bitop3_b32 v14, v14, v11, v5 bitop3:0x36
	v_bitop3_b32 v15, v15, v18, v1 bitop3:0xde
	v_bitop3_b32 v16, v27, 64, v18 bitop3:0x36
	v_bitop3_b32 v17, v27, s11, v18 bitop3:0x36
	v_bitop3_b32 v18, v27, s10, v18 bitop3:0x36
	.loc	1 291 19 is_stmt 1              ; moe_op_gemm_a16w4.py:291:19
	v_and_b32_e32 v27, 31, v0
	s_lshr_b32 s10, s26, 1
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s19, 0x27000
	s_mov_b32 s18, 0x7ffffffe
	s_and_b32 s29, s29, 0xffff
	v_xor_b32_e32 v20, 4, v19
	v_xor_b32_e32 v21, 8, v19
	v_xor_b32_e32 v22, 12, v19
	v_bitop3_b32 v32, v14, 16, v3 bitop3:0x36
	s_and_b32 s25, s25, 0xffff
	v_lshl_add_u32 v35, v10, 3, 0
	v_xor_b32_e32 v36, 0x80, v9
	v_lshlrev_b32_e32 v27, 4, v27
	s_and_b32 s10, s10, 0x7fffff80
	s_mov_b64 s[16:17], s[36:37]
	s_mov_b64 s[12:13], s[28:29]
	s_mov_b64 s[8:9], s[24:25]
	s_mov_b32 s3, 0
	v_xor_b32_e32 v14, 0x1080, v9
	v_lshl_add_u32 v25, v25, 1, v27
	v_lshl_add_u32 v26, v26, 1, v27
	s_addk_i32 s10, 0xff80
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_mov_b32 s38, s18
	s_mov_b32 s39, s19
	s_mov_b32 s30, s18
	s_mov_b32 s31, s19
	v_add_u32_e32 v27, 0, v19
	v_add_u32_e32 v28, 0, v20
	v_add_u32_e32 v29, 0, v21
	v_add_u32_e32 v30, 0, v22
	v_add_u32_e32 v31, 0, v31
	v_add_u32_e32 v32, 0, v32
	s_mov_b32 s26, s18
	s_mov_b32 s27, s19
	v_add_u32_e32 v33, 0, v0
	v_add_u32_e32 v34, v35, v34
	v_add_u32_e32 v35, 0, v9
	v_add_u32_e32 v36, 0, v36
	v_add_u32_e32 v37, 0, v15
	v_add_u32_e32 v38, 0, v16
	v_add_u32_e32 v39, 0, v17
	v_add_u32_e32 v40, 0, v18
	v_mov_b32_e32 v41, 23
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v59, s3, v8
	v_add_u32_e32 v58, s3, v6
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	buffer_load_dwordx4 v[42:45], v59, s[28:31], 0 offen sc0 nt
	buffer_load_dwordx4 v[46:49], v58, s[28:31], 0 offen sc0 nt
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	buffer_load_dwordx4 v[50:53], v26, s[36:39], 0 offen
	buffer_load_dwordx4 v[54:57], v25, s[36:39], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_addk_i32 s3, 0x80
	.loc	1 311 17                        ; moe_op_gemm_a16w4.py:311:17
	v_add_u32_e32 v24, 0x100, v24
	v_add_u32_e32 v23, 0x100, v23
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	v_add_u32_e32 v25, 0x200, v25
	v_add_u32_e32 v26, 0x200, v26
	s_cmp_lg_u32 s10, s3
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v27, v42, v46 offset1:16
	ds_write2st64_b32 v28, v43, v47 offset1:16
	ds_write2st64_b32 v29, v44, v48 offset1:16
	ds_write2st64_b32 v30, v45, v49 offset1:16
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	buffer_load_ubyte v42, v4, s[24:27], 0 offen
	buffer_load_ubyte v43, v2, s[24:27], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	ds_read2_b32 v[84:85], v31 offset1:8
	ds_read2_b32 v[94:95], v31 offset0:16 offset1:24
	ds_read2_b32 v[90:91], v32 offset1:8
	ds_read2_b32 v[96:97], v32 offset0:16 offset1:24
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 309 24                        ; moe_op_gemm_a16w4.py:309:24
	v_add_u32_e32 v4, 8, v4
	v_add_u32_e32 v2, 8, v2
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_waitcnt vmcnt(1)
	ds_write_b8 v33, v42
	s_waitcnt vmcnt(0)
	ds_write_b8 v33, v43 offset:256
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[74:75], v34
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v35, v[50:53]
	ds_write_b128 v36, v[54:57] offset:4096
	s_waitcnt lgkmcnt(0)
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v77, v41, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v78, 15, v74
	v_lshlrev_b32_e32 v79, 7, v74
	v_lshlrev_b32_sdwa v81, v41, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v98, v41, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v99, 15, v75
	v_lshlrev_b32_e32 v100, 7, v75
	v_lshlrev_b32_sdwa v101, v41, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v74, v84, v77
	v_cvt_scalef32_pk_bf16_fp4 v75, v84, v77 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v76, v84, v77 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v77, v84, v77 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v89, 0x7f800000, v78
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v86, v90, v89
	v_cvt_scalef32_pk_bf16_fp4 v87, v90, v89 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v88, v90, v89 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v89, v90, v89 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_barrier
	ds_read_b128 v[42:45], v37
	ds_read_b128 v[46:49], v37 offset:256
	ds_read_b128 v[50:53], v38
	ds_read_b128 v[54:57], v38 offset:256
	ds_read_b128 v[58:61], v39
	ds_read_b128 v[62:65], v39 offset:256
	ds_read_b128 v[66:69], v40
	ds_read_b128 v[70:73], v40 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[74:77], v[42:45], a[0:3]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v93, 0x7f800000, v79
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v78, v91, v81
	v_cvt_scalef32_pk_bf16_fp4 v79, v91, v81 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v80, v91, v81 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v81, v91, v81 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v90, v85, v93
	v_cvt_scalef32_pk_bf16_fp4 v91, v85, v93 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v92, v85, v93 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v93, v85, v93 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[86:89], v[50:53], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v82, v94, v98
	v_cvt_scalef32_pk_bf16_fp4 v83, v94, v98 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v84, v94, v98 op_sel:[0,1,0]
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[90:93], v[58:61], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v85, v94, v98 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v43, 0x7f800000, v99
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v50, v96, v43
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[78:81], v[66:69], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v51, v96, v43 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v52, v96, v43 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v53, v96, v43 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[82:85], v[46:49], a[0:3]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v44, 0x7f800000, v100
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v58, v95, v44
	v_cvt_scalef32_pk_bf16_fp4 v59, v95, v44 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v60, v95, v44 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v61, v95, v44 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[50:53], v[54:57], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v42, v97, v101
	v_cvt_scalef32_pk_bf16_fp4 v43, v97, v101 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v44, v97, v101 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v45, v97, v101 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[58:61], v[62:65], a[0:3]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[42:45], v[70:73], a[0:3]
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a16w4.py:0:19
	v_add_u32_e32 v8, s3, v8
	v_add_u32_e32 v6, s3, v6
	s_mov_b64 s[14:15], s[18:19]
	s_mov_b64 s[10:11], s[18:19]
	s_branch .LBB0_10
.LBB0_9:
	v_mov_b32_e32 v10, v30
	v_mov_b32_e32 v1, v31
.LBB0_10:                               ; %Flow73
	.loc	1 320 20 is_stmt 1              ; moe_op_gemm_a16w4.py:320:20
	v_bfrev_b32_e32 v25, 1
	.loc	1 316 31                        ; moe_op_gemm_a16w4.py:316:31
	v_cmp_gt_u32_e32 vcc, 2, v12
	s_load_dwordx2 s[22:23], s[0:1], 0x88
	s_load_dword s3, s[0:1], 0x48
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_cndmask_b32_e32 v8, v25, v8, vcc
	v_cndmask_b32_e32 v6, v25, v6, vcc
	buffer_load_dwordx4 v[26:29], v8, s[12:15], 0 offen sc0 nt
	buffer_load_dwordx4 v[30:33], v6, s[12:15], 0 offen sc0 nt
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_lshlrev_b32_e32 v6, 1, v24
	.loc	1 315 30                        ; moe_op_gemm_a16w4.py:315:30
	v_cmp_gt_u32_e64 s[0:1], 64, v13
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_lshlrev_b32_e32 v8, 1, v23
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v19, 0, v19
	v_add_u32_e32 v21, 0, v21
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v6, v25, v6, s[0:1]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cndmask_b32_e32 v2, v25, v2, vcc
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v20, 0, v20
	v_add_u32_e32 v22, 0, v22
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v8, v25, v8, s[0:1]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cndmask_b32_e32 v4, v25, v4, vcc
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	buffer_load_dwordx4 v[34:37], v6, s[16:19], 0 offen
	buffer_load_dwordx4 v[38:41], v8, s[16:19], 0 offen
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_movk_i32 s0, 0x1800
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v7, 0x60, v7
	v_lshrrev_b32_e32 v8, 1, v0
	v_and_b32_e32 v13, 64, v0
	v_lshlrev_b32_e32 v23, 2, v12
	v_and_b32_e32 v12, 8, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v42, 0, v17
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_add_u32_e32 v7, 0, v7
	v_lshlrev_b32_e32 v17, 4, v12
	v_lshrrev_b32_e32 v24, 7, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v14, 0, v14
	v_add_u32_e32 v15, 0, v15
	v_add_u32_e32 v18, 0, v18
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v19, v26, v30 offset1:16
	ds_write2st64_b32 v20, v27, v31 offset1:16
	ds_write2st64_b32 v21, v28, v32 offset1:16
	ds_write2st64_b32 v22, v29, v33 offset1:16
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	buffer_load_ubyte v6, v2, s[8:11], 0 offen
	buffer_load_ubyte v21, v4, s[8:11], 0 offen
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_lshlrev_b32_e32 v4, 5, v0
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v22, 8, v0
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_and_or_b32 v4, v4, s0, v5
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v19, 0x80, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v26, 0, v9
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v5, 28, v8
	v_and_b32_e32 v8, 0x100, v22
	v_lshlrev_b32_e32 v9, 1, v13
	v_lshrrev_b32_e32 v22, 5, v13
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_bitop3_b32 v3, v4, v3, v11 bitop3:0xde
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v30, 0, v16
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshrrev_b32_e32 v16, 6, v19
	v_add3_u32 v4, v7, v8, v9
	v_add3_u32 v7, 0, v17, v22
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v17, 0, v3
	v_xad_u32 v3, v3, 16, 0
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_add3_u32 v4, v4, v16, v5
	v_add3_u32 v5, v7, v24, v23
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	ds_read2_b32 v[8:9], v17 offset1:8
	ds_read2_b32 v[22:23], v17 offset0:16 offset1:24
	ds_read2_b32 v[64:65], v3 offset1:8
	ds_read2_b32 v[66:67], v3 offset0:16 offset1:24
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v20, 0xf0, v0
	v_mov_b32_e32 v2, 0
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_waitcnt vmcnt(1)
	v_lshlrev_b16_e32 v3, 8, v6
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v3, v21, v3
	ds_write_b16 v4, v3
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v3, v5 offset:256
	ds_read_u8 v21, v5
	ds_read_u8 v24, v5 offset:32
	ds_read_u8 v50, v5 offset:288
	ds_read_u8 v51, v5 offset:64
	ds_read_u8 v52, v5 offset:320
	ds_read_u8 v53, v5 offset:352
	ds_read_u8 v54, v5 offset:96
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v26, v[34:37]
	ds_write_b128 v14, v[38:41]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[4:7], v15
	ds_read_b128 v[14:17], v15 offset:256
	ds_read_b128 v[26:29], v30
	ds_read_b128 v[30:33], v30 offset:256
	ds_read_b128 v[34:37], v42
	ds_read_b128 v[38:41], v42 offset:256
	ds_read_b128 v[42:45], v18
	ds_read_b128 v[46:49], v18 offset:256
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v18, 23, v21
	v_lshlrev_b32_e32 v21, 23, v24
	v_lshlrev_b32_e32 v24, 23, v50
	v_lshlrev_b32_e32 v68, 23, v51
	v_lshlrev_b32_e32 v69, 23, v52
	v_lshlrev_b32_e32 v71, 23, v53
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v50, v8, v18
	v_cvt_scalef32_pk_bf16_fp4 v51, v8, v18 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v52, v8, v18 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v53, v8, v18 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v3, 23, v3
	v_lshlrev_b32_e32 v70, 23, v54
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v54, v64, v3
	v_cvt_scalef32_pk_bf16_fp4 v55, v64, v3 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v64, v3 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v57, v64, v3 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[50:53], v[4:7], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v58, v9, v21
	v_cvt_scalef32_pk_bf16_fp4 v59, v9, v21 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v60, v9, v21 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v61, v9, v21 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[54:57], v[26:29], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v62, v65, v24
	v_cvt_scalef32_pk_bf16_fp4 v63, v65, v24 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v64, v65, v24 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v65, v65, v24 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[58:61], v[34:37], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v4, v22, v68
	v_cvt_scalef32_pk_bf16_fp4 v5, v22, v68 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v22, v68 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v7, v22, v68 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[62:65], v[42:45], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v26, v66, v69
	v_cvt_scalef32_pk_bf16_fp4 v27, v66, v69 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v28, v66, v69 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v29, v66, v69 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[4:7], v[14:17], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v34, v23, v70
	v_cvt_scalef32_pk_bf16_fp4 v35, v23, v70 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v36, v23, v70 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v37, v23, v70 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[30:33], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v6, v67, v71
	v_cvt_scalef32_pk_bf16_fp4 v7, v67, v71 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v8, v67, v71 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v67, v71 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[38:41], a[0:3]
	.loc	1 260 59                        ; moe_op_gemm_a16w4.py:260:59
	v_lshrrev_b32_e32 v5, 2, v20
	.loc	1 260 46 is_stmt 0              ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v14, s41, v5
	v_mov_b32_e32 v3, 0
	.loc	1 336 46 is_stmt 1              ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[6:9], v[46:49], a[0:3]
	v_mov_b32_e32 v4, 0
	.loc	1 342 24                        ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e32 vcc, s2, v14
	v_mov_b32_e32 v5, 0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_nop 4
	v_accvgpr_read_b32 v9, a3
	v_accvgpr_read_b32 v8, a2
	v_accvgpr_read_b32 v7, a1
	v_accvgpr_read_b32 v6, a0
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 344 30                        ; moe_op_gemm_a16w4.py:344:30
	s_mul_i32 s35, s35, s3
	.loc	1 344 43 is_stmt 0              ; moe_op_gemm_a16w4.py:344:43
	v_add_u32_e32 v2, s35, v14
	.loc	1 346 27 is_stmt 1              ; moe_op_gemm_a16w4.py:346:27
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[6:7]
	global_load_dwordx4 v[2:5], v[2:3], off nt
.LBB0_12:
	.loc	1 0 27 is_stmt 0                ; moe_op_gemm_a16w4.py:0:27
	s_or_b64 exec, exec, s[0:1]
	.loc	1 349 20 is_stmt 1              ; moe_op_gemm_a16w4.py:349:20
	s_waitcnt vmcnt(0)
	v_add_f32_e32 v2, v6, v2
.Ltmp24:
	.file	4 "/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" "activations.py"
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_max_f32_e64 v6, s23, s23
.Ltmp25:
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	v_add_f32_e32 v4, v8, v4
.Ltmp26:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_min_f32_e32 v8, v2, v6
.Ltmp27:
	.loc	4 28 45                         ; activations.py:28:45 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_mov_b32_e32 v2, 0xbfb8aa3b
.Ltmp28:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:24:26 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_min_f32_e32 v17, v4, v6
.Ltmp29:
	.loc	4 28 45                         ; activations.py:28:45 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_mul_f32_e32 v2, s22, v2
.Ltmp30:
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_lshrrev_b32_e32 v14, 4, v20
.Ltmp31:
	.loc	4 28 53                         ; activations.py:28:53 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_mul_f32_e32 v4, v2, v8
	v_mul_f32_e32 v2, v2, v17
.Ltmp32:
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	v_or_b32_e32 v16, s34, v14
.Ltmp33:
	.loc	4 28 28                         ; activations.py:28:28 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_exp_f32_e32 v14, v4
	v_exp_f32_e32 v15, v2
.Ltmp34:
	.loc	1 187 14                        ; moe_op_gemm_a16w4.py:187:14
	s_lshr_b32 s3, s2, 31
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	v_add_f32_e32 v2, v7, v3
	.loc	1 187 14                        ; moe_op_gemm_a16w4.py:187:14
	s_add_i32 s2, s2, s3
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	v_add_f32_e32 v4, v9, v5
.Ltmp35:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_min_f32_e32 v5, v2, v6
.Ltmp36:
	.loc	4 28 20                         ; activations.py:28:20 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_pk_add_f32 v[2:3], v[14:15], 1.0 op_sel_hi:[1,0]
.Ltmp37:
	.loc	1 187 14                        ; moe_op_gemm_a16w4.py:187:14
	s_ashr_i32 s6, s2, 1
.Ltmp38:
	.loc	4 28 16                         ; activations.py:28:16 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_div_scale_f32 v7, s[2:3], v3, v3, v17
	v_rcp_f32_e32 v9, v7
.Ltmp39:
	.loc	4 7 24                          ; activations.py:7:24 @[ activations.py:27:30 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_min_f32_e32 v6, v4, v6
	.loc	4 9 33                          ; activations.py:9:33 @[ activations.py:27:30 @[ moe_op_gemm_a16w4.py:351:34 ] ]
	v_max_f32_e64 v4, -s23, v5
	v_max_f32_e64 v5, -s23, v6
.Ltmp40:
	.loc	4 28 16                         ; activations.py:28:16 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_fma_f32 v6, -v7, v9, 1.0
	v_fmac_f32_e32 v9, v6, v9
	v_div_scale_f32 v6, vcc, v17, v3, v17
	v_mul_f32_e32 v14, v6, v9
	v_fma_f32 v15, -v7, v14, v6
	v_fmac_f32_e32 v14, v15, v9
	v_fma_f32 v6, -v7, v14, v6
	v_div_scale_f32 v7, s[2:3], v2, v2, v8
	v_rcp_f32_e32 v15, v7
	v_div_fmas_f32 v6, v6, v9, v14
	v_div_fixup_f32 v3, v6, v3, v17
.Ltmp41:
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cmp_eq_u32_e64 s[2:3], 0, v12
.Ltmp42:
	.loc	4 28 16                         ; activations.py:28:16 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_fma_f32 v6, -v7, v15, 1.0
	v_fmac_f32_e32 v15, v6, v15
	v_div_scale_f32 v6, vcc, v8, v2, v8
	v_mul_f32_e32 v9, v6, v15
	v_fma_f32 v14, -v7, v9, v6
	v_fmac_f32_e32 v9, v14, v15
	v_fma_f32 v6, -v7, v9, v6
	v_div_fmas_f32 v6, v6, v15, v9
	v_div_fixup_f32 v2, v6, v2, v8
	.loc	4 30 33                         ; activations.py:30:33 @[ moe_op_gemm_a16w4.py:351:34 ]
	v_pk_fma_f32 v[2:3], v[2:3], v[4:5], v[2:3]
.Ltmp43:
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_mov_b32_e32 v7, 0xc0
	v_cvt_pk_bf16_f32 v2, v2, v3
	v_and_b32_e32 v3, 3, v0
	v_and_b32_e32 v0, 4, v0
	.loc	1 356 54                        ; moe_op_gemm_a16w4.py:356:54
	v_lshlrev_b32_e32 v4, 1, v10
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_lshlrev_b32_e32 v0, 6, v0
	v_cndmask_b32_e64 v8, v7, 0, s[2:3]
	v_lshrrev_b32_e32 v10, 1, v19
	v_lshlrev_b32_e32 v6, 2, v3
	v_lshlrev_b32_e32 v9, 3, v13
	v_xor_b32_e32 v8, v8, v10
	v_add_u32_e32 v10, 0, v0
	v_add3_u32 v6, v10, v9, v6
	v_add3_u32 v1, v6, v8, v1
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cmp_eq_u32_e64 s[2:3], 0, v19
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b32 v1, v2
	v_lshlrev_b32_e32 v1, 4, v3
	v_lshlrev_b32_e32 v2, 3, v12
	v_lshlrev_b32_e32 v3, 2, v13
	v_cndmask_b32_e64 v6, v7, 0, s[2:3]
	v_add_u32_e32 v0, v10, v0
	v_xor_b32_e32 v2, v6, v2
	v_add3_u32 v0, v0, v3, v1
	v_add3_u32 v0, v0, v2, v11
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v0
	.loc	1 356 41                        ; moe_op_gemm_a16w4.py:356:41
	v_lshl_or_b32 v4, s40, 5, v4
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_add_u32_e32 v5, s4, v16
	.loc	1 341 22                        ; moe_op_gemm_a16w4.py:341:22
	v_cmp_gt_i32_e64 s[0:1], s33, v16
	.loc	1 357 28                        ; moe_op_gemm_a16w4.py:357:28
	v_cmp_gt_i32_e32 vcc, s6, v4
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_mul_lo_u32 v5, v5, s5
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_add_lshl_u32 v1, v4, v5, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v1, v25, v1, vcc
	s_waitcnt lgkmcnt(0)
	buffer_store_dword v0, v1, s[20:23], 0 offen
.LBB0_13:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a16w4.py:0
	s_endpgm
.Ltmp44:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a16w4
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 160
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
		.amdhsa_next_free_vgpr 108
		.amdhsa_next_free_sgpr 42
		.amdhsa_accum_offset 104
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
	.size	_moe_gemm_a16w4, .Lfunc_end0-_moe_gemm_a16w4
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a16w4.num_vgpr, 102
	.set _moe_gemm_a16w4.num_agpr, 4
	.set _moe_gemm_a16w4.numbered_sgpr, 42
	.set _moe_gemm_a16w4.num_named_barrier, 0
	.set _moe_gemm_a16w4.private_seg_size, 0
	.set _moe_gemm_a16w4.uses_vcc, 1
	.set _moe_gemm_a16w4.uses_flat_scratch, 0
	.set _moe_gemm_a16w4.has_dyn_sized_stack, 0
	.set _moe_gemm_a16w4.has_recursion, 0
	.set _moe_gemm_a16w4.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4500
; TotalNumSgprs: 48
; NumVgprs: 102
; NumAgprs: 4
; TotalNumVgprs: 108
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 13
; NumSGPRsForWavesPerEU: 48
; NumVGPRsForWavesPerEU: 108
; AccumOffset: 104
; Occupancy: 4
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 25
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
	.byte	11                              ; DW_FORM_data1
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
	.byte	6                               ; Abbreviation Code
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x8b DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x65 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	208                             ; DW_AT_call_line
	.byte	61                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x4d:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	212                             ; DW_AT_call_line
	.byte	56                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x59:0x15 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.quad	.Ltmp22                         ; DW_AT_low_pc
	.long	.Ltmp23-.Ltmp22                 ; DW_AT_high_pc
	.byte	1                               ; DW_AT_call_file
	.short	285                             ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x6e:0x26 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	351                             ; DW_AT_call_line
	.byte	34                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x7b:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	4                               ; DW_AT_call_file
	.byte	24                              ; DW_AT_call_line
	.byte	26                              ; DW_AT_call_column
	.byte	4                               ; Abbrev [4] 0x87:0xc DW_TAG_inlined_subroutine
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
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"moe_op_gemm_a16w4.py"          ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/.peer-loops/aiter/ops/triton/_triton_kernels/moe" ; string offset=28
.Linfo_string3:
	.asciz	"_moe_gemm_a16w4"               ; string offset=88
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
      - .offset:         44
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
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         96
        .size:           8
        .value_kind:     global_buffer
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
      - .offset:         128
        .size:           4
        .value_kind:     by_value
      - .offset:         132
        .size:           4
        .value_kind:     by_value
      - .offset:         136
        .size:           4
        .value_kind:     by_value
      - .offset:         140
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         144
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         152
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 160
    .max_flat_workgroup_size: 256
    .name:           _moe_gemm_a16w4
    .private_segment_fixed_size: 0
    .sgpr_count:     48
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a16w4.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     108
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
