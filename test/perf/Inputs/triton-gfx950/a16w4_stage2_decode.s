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
; %bb.15:
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
; %bb.16:
.LBB0_0:
	s_mov_b64 s[36:37], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	s_load_dwordx2 s[6:7], s[0:1], 0x68
	s_load_dwordx2 s[2:3], s[0:1], 0x78
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
	s_cbranch_vccz .LBB0_14
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
	s_cselect_b32 s2, s9, s6
.Ltmp12:
	.file	2 "/work/main/.peer-loops/aiter/ops/triton/utils/_triton" "pid_preprocessing.py"
	.loc	2 72 42                         ; pid_preprocessing.py:72:42 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_lshl_b32 s9, s3, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s3, s9
	v_cvt_f32_u32_e32 v1, s3
.Ltmp13:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	s_xor_b32 s2, s2, s7
	s_sub_i32 s10, s2, s7
.Ltmp14:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s6, 0, s3
	v_rcp_iflag_f32_e32 v1, v1
	s_xor_b32 s2, s10, s9
	s_mov_b64 s[24:25], s[14:15]
	s_ashr_i32 s2, s2, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s7, v1
	s_mul_i32 s6, s6, s7
	s_mul_hi_u32 s6, s7, s6
	s_add_i32 s7, s7, s6
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s6, s10
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_hi_u32 s7, s6, s7
	s_mul_i32 s11, s7, s3
	s_sub_i32 s11, s6, s11
	s_add_i32 s14, s7, 1
	s_sub_i32 s15, s11, s3
	s_cmp_ge_u32 s11, s3
	s_cselect_b32 s7, s14, s7
	s_cselect_b32 s11, s15, s11
	s_add_i32 s14, s7, 1
	s_cmp_ge_u32 s11, s3
	s_cselect_b32 s3, s14, s7
	s_xor_b32 s3, s3, s2
	s_sub_i32 s14, s3, s2
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_lshl_b32 s7, s14, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s2, s4, s7
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_min_i32 s15, s2, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s4, s15
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s16, 0, s4
	s_ashr_i32 s11, s10, 31
	s_load_dwordx2 s[2:3], s[0:1], 0x70
	v_rcp_iflag_f32_e32 v1, v1
	s_nop 0
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_nop 0
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s16, s16, s17
	s_mul_hi_u32 s16, s17, s16
	s_add_i32 s16, s17, s16
	s_mul_hi_u32 s17, s6, s16
	s_mul_i32 s17, s17, s4
	s_sub_i32 s6, s6, s17
	s_sub_i32 s17, s6, s4
	s_cmp_ge_u32 s6, s4
	s_cselect_b32 s6, s17, s6
	s_sub_i32 s17, s6, s4
	s_cmp_ge_u32 s6, s4
	s_cselect_b32 s6, s17, s6
	s_xor_b32 s6, s6, s11
	s_sub_i32 s6, s6, s11
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_add_i32 s6, s7, s6
.Ltmp15:
	.loc	1 217 24 is_stmt 1              ; moe_op_gemm_a16w4.py:217:24
	s_ashr_i32 s7, s6, 31
	s_lshl_b64 s[6:7], s[6:7], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s2, s6
	s_addc_u32 s3, s3, s7
	s_load_dword s11, s[2:3], 0x0
	.loc	1 218 20                        ; moe_op_gemm_a16w4.py:218:20
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u32 s11, -1
	s_cbranch_scc1 .LBB0_14
; %bb.2:
.Ltmp16:
	.loc	2 78 23                         ; pid_preprocessing.py:78:23 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_i32 s14, s14, s9
	s_sub_i32 s9, s10, s14
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s10, s9, 31
	s_abs_i32 s9, s9
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s15, s15, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_hi_u32 s14, s9, s16
	s_xor_b32 s10, s10, s15
	s_mul_i32 s15, s14, s4
	s_sub_i32 s9, s9, s15
	s_add_i32 s15, s14, 1
	s_sub_i32 s16, s9, s4
	s_cmp_ge_u32 s9, s4
	s_load_dwordx2 s[6:7], s[0:1], 0x38
	s_load_dwordx2 s[2:3], s[0:1], 0x4c
	s_load_dwordx4 s[40:43], s[0:1], 0x58
	s_cselect_b32 s14, s15, s14
	s_cselect_b32 s9, s16, s9
	s_add_i32 s15, s14, 1
	s_cmp_ge_u32 s9, s4
	s_cselect_b32 s4, s15, s14
.Ltmp17:
	.loc	1 220 26 is_stmt 1              ; moe_op_gemm_a16w4.py:220:26
	s_and_b32 s33, s11, 0xffff
	.loc	1 222 16                        ; moe_op_gemm_a16w4.py:222:16
	s_lshl_b32 s14, s33, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s9, s[40:41], s14 offset:0x0
.Ltmp18:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_xor_b32 s4, s4, s10
	s_sub_i32 s15, s4, s10
.Ltmp19:
	.loc	1 223 22                        ; moe_op_gemm_a16w4.py:223:22
	s_load_dword s4, s[42:43], s14 offset:0x0
	.loc	1 229 25                        ; moe_op_gemm_a16w4.py:229:25
	s_ashr_i32 s10, s11, 12
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s14, s9
	v_cvt_f32_u32_e32 v1, s14
	.loc	1 229 25                        ; moe_op_gemm_a16w4.py:229:25
	s_and_b32 s22, s10, -16
	.loc	1 229 49 is_stmt 0              ; moe_op_gemm_a16w4.py:229:49
	v_lshrrev_b32_e32 v20, 5, v0
	.loc	1 230 59 is_stmt 1              ; moe_op_gemm_a16w4.py:230:59
	s_sub_i32 s10, 0, s14
	v_rcp_iflag_f32_e32 v2, v1
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	v_or_b32_e32 v3, s22, v20
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	s_ashr_i32 s26, s11, 31
	v_add_u32_e32 v3, s26, v3
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_xor_b32_e32 v4, s26, v3
	v_add_u32_e32 v3, 8, v3
	v_xor_b32_e32 v3, s26, v3
	v_mul_lo_u32 v6, s10, v2
	v_mul_hi_u32 v6, v2, v6
	v_add_u32_e32 v6, v2, v6
	v_mul_hi_u32 v2, v4, v6
	v_mul_lo_u32 v2, v2, s14
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s14, v2
	v_cmp_le_u32_e32 vcc, s14, v2
	.loc	1 232 23                        ; moe_op_gemm_a16w4.py:232:23
	s_mul_i32 s10, s4, s8
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v5, 0xe0, v0
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s14, v2
	v_cmp_le_u32_e32 vcc, s14, v2
	.loc	1 250 26                        ; moe_op_gemm_a16w4.py:250:26
	s_mul_i32 s27, s33, s6
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_abs_i32 s6, s2
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_mul_hi_u32 v4, v3, v6
	v_mul_lo_u32 v4, v4, s14
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s14, v3
	v_cmp_le_u32_e32 vcc, s14, v3
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v7, s26, v2
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s14, v3
	v_cmp_le_u32_e32 vcc, s14, v3
	.loc	1 260 30                        ; moe_op_gemm_a16w4.py:260:30
	s_lshl_b32 s23, s15, 5
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v1, 15, v0
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v3, v3, v4, vcc
	.loc	1 237 46                        ; moe_op_gemm_a16w4.py:237:46
	v_lshlrev_b32_e32 v4, 3, v0
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_xor_b32_e32 v3, s26, v3
	.loc	1 237 46                        ; moe_op_gemm_a16w4.py:237:46
	v_and_b32_e32 v26, 0xf8, v4
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_subrev_u32_e32 v6, s26, v3
	.loc	1 241 10                        ; moe_op_gemm_a16w4.py:241:10
	v_add_u32_e32 v4, s10, v26
	v_mad_u64_u32 v[16:17], s[10:11], v6, s8, v[4:5]
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cvt_f32_u32_e32 v6, s6
	.loc	1 241 10                        ; moe_op_gemm_a16w4.py:241:10
	v_mad_u64_u32 v[14:15], s[10:11], v7, s8, v[4:5]
	.loc	1 260 59                        ; moe_op_gemm_a16w4.py:260:59
	v_lshrrev_b32_e32 v7, 3, v0
	.loc	1 260 77 is_stmt 0              ; moe_op_gemm_a16w4.py:260:77
	v_rcp_iflag_f32_e32 v6, v6
	s_sub_i32 s11, 0, s6
	.loc	1 260 46                        ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v7, s23, v7
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_bfe_i32 s10, s15, 0x1001a
	v_mul_f32_e32 v6, 0x4f7ffffe, v6
	v_cvt_u32_f32_e32 v6, v6
	v_add_u32_e32 v7, s10, v7
	v_xor_b32_e32 v7, s10, v7
	.loc	1 260 59                        ; moe_op_gemm_a16w4.py:260:59
	v_and_b32_e32 v4, 48, v0
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_mul_lo_u32 v8, s11, v6
	v_mul_hi_u32 v8, v6, v8
	v_add_u32_e32 v6, v6, v8
	v_mul_hi_u32 v6, v7, v6
	v_mul_lo_u32 v6, v6, s6
	v_sub_u32_e32 v6, v7, v6
	v_subrev_u32_e32 v7, s6, v6
	v_cmp_le_u32_e32 vcc, s6, v6
	.loc	1 265 60 is_stmt 1              ; moe_op_gemm_a16w4.py:265:60
	v_and_b32_e32 v25, 7, v0
.Ltmp20:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a16w4.py:285:28 ]
	s_addk_i32 s3, 0xff
.Ltmp21:
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_subrev_u32_e32 v7, s6, v6
	v_cmp_le_u32_e32 vcc, s6, v6
	.loc	1 260 59 is_stmt 0              ; moe_op_gemm_a16w4.py:260:59
	v_lshrrev_b32_e32 v18, 2, v0
	v_lshrrev_b32_e32 v19, 2, v4
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_xor_b32_e32 v6, s10, v6
	v_subrev_u32_e32 v6, s10, v6
	.loc	1 269 10 is_stmt 1              ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v11, v6, s7
	.loc	1 278 55                        ; moe_op_gemm_a16w4.py:278:55
	v_lshlrev_b32_e32 v12, 4, v25
	.loc	1 279 19                        ; moe_op_gemm_a16w4.py:279:19
	s_mul_i32 s30, s33, s12
	.loc	1 281 8                         ; moe_op_gemm_a16w4.py:281:8
	v_mul_lo_u32 v13, v6, s13
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cmpk_gt_i32 s3, 0x1ff
	v_lshlrev_b32_e32 v6, 4, v0
	v_lshlrev_b32_e32 v9, 7, v1
	v_lshlrev_b32_e32 v10, 1, v0
	v_lshrrev_b32_e32 v8, 1, v5
	v_lshlrev_b32_e32 v5, 9, v1
	v_lshlrev_b32_e32 v7, 4, v1
	s_cbranch_scc1 .LBB0_4
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_and_b32_e32 v15, 28, v10
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v24, v7, v4
	s_movk_i32 s6, 0x80
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_bitop3_b32 v29, v6, v18, 28 bitop3:0x78
	v_bitop3_b32 v27, v9, v19, v15 bitop3:0x36
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v15, v6, v8
	v_bitop3_b32 v23, v24, s6, v5 bitop3:0x36
	s_movk_i32 s6, 0xc0
	s_and_b32 s13, s37, 0xffff
	s_mov_b32 s12, s36
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_and_b32 s41, s29, 0xffff
	s_mov_b32 s40, s28
	v_xor_b32_e32 v30, 4, v29
	v_xor_b32_e32 v31, 8, v29
	v_xor_b32_e32 v32, 12, v29
	v_xor_b32_e32 v28, 16, v27
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_and_b32 s17, s25, 0xffff
	s_mov_b32 s16, s24
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v17, 0x1080, v15
	v_bitop3_b32 v21, v7, v5, v4 bitop3:0xde
	v_bitop3_b32 v22, v24, 64, v5 bitop3:0x36
	v_bitop3_b32 v24, v24, s6, v5 bitop3:0x36
	s_mov_b64 s[10:11], 0
	s_mov_b64 s[42:43], s[14:15]
	s_mov_b64 s[18:19], s[14:15]
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a16w4.py:0:20
	s_mov_b64 s[10:11], -1
                                        ; implicit-def: $sgpr12_sgpr13
                                        ; implicit-def: $sgpr40_sgpr41
                                        ; implicit-def: $vgpr29
                                        ; implicit-def: $vgpr30
                                        ; implicit-def: $vgpr31
                                        ; implicit-def: $vgpr32
                                        ; implicit-def: $vgpr27
                                        ; implicit-def: $vgpr28
                                        ; implicit-def: $sgpr16_sgpr17
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr17
                                        ; implicit-def: $vgpr21
                                        ; implicit-def: $vgpr22
                                        ; implicit-def: $vgpr23
                                        ; implicit-def: $vgpr24
.LBB0_5:                                ; %Flow104
	s_load_dwordx2 s[6:7], s[0:1], 0x40
	v_add3_u32 v33, s27, v25, v11
	v_add3_u32 v34, s30, v12, v13
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	s_andn2_b64 vcc, exec, s[10:11]
	v_accvgpr_write_b32 a3, 0
	s_cbranch_vccnz .LBB0_9
; %bb.6:                                ; %.lr.ph
	v_and_b32_e32 v10, 28, v10
	v_bitop3_b32 v27, v9, v19, v10 bitop3:0x36
	v_xor_b32_e32 v15, v6, v8
	s_movk_i32 s10, 0x80
	v_xor_b32_e32 v8, v7, v4
	.loc	1 291 19 is_stmt 1              ; moe_op_gemm_a16w4.py:291:19
	v_add_u32_e32 v3, s4, v3
	v_add_u32_e32 v2, s4, v2
	v_bitop3_b32 v29, v6, v18, 28 bitop3:0x78
	v_xor_b32_e32 v28, 16, v27
	v_bitop3_b32 v21, v7, v5, v4 bitop3:0xde
	v_bitop3_b32 v23, v8, s10, v5 bitop3:0x36
	s_movk_i32 s10, 0xc0
	v_subrev_u32_e32 v3, s26, v3
	v_and_b32_e32 v4, 31, v0
	v_subrev_u32_e32 v2, s26, v2
.Ltmp22:
	.loc	3 43 30                         ; standard.py:43:30 @[ moe_op_gemm_a16w4.py:285:28 ]
	s_lshr_b32 s3, s3, 8
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	s_and_b32 s29, s29, 0xffff
	v_xor_b32_e32 v30, 4, v29
	v_xor_b32_e32 v31, 8, v29
	v_xor_b32_e32 v32, 12, v29
	s_and_b32 s25, s25, 0xffff
	v_lshlrev_b32_e32 v9, 3, v1
	v_xor_b32_e32 v6, 0x80, v15
	v_bitop3_b32 v22, v8, 64, v5 bitop3:0x36
	v_bitop3_b32 v24, v8, s10, v5 bitop3:0x36
.Ltmp23:
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	v_mul_lo_u32 v3, s8, v3
	v_lshlrev_b32_e32 v4, 4, v4
	v_mul_lo_u32 v2, s8, v2
	v_add_u32_e32 v41, 0, v27
	v_add_u32_e32 v42, 0, v28
	s_mov_b64 s[12:13], s[36:37]
	s_mov_b64 s[40:41], s[28:29]
	s_mov_b64 s[16:17], s[24:25]
	v_xor_b32_e32 v17, 0x1080, v15
	v_lshl_add_u32 v35, v3, 1, v4
	v_lshl_add_u32 v36, v2, 1, v4
	s_add_i32 s3, s3, -1
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	s_mov_b32 s38, s14
	s_mov_b32 s39, s15
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	v_add_u32_e32 v37, 0, v29
	v_add_u32_e32 v38, 0, v30
	v_add_u32_e32 v39, 0, v31
	v_add_u32_e32 v40, 0, v32
	s_mov_b32 s26, s14
	s_mov_b32 s27, s15
	v_add_u32_e32 v43, 0, v0
	v_add_u32_e32 v44, 0, v9
	v_add_u32_e32 v45, 0, v15
	v_add_u32_e32 v46, 0, v6
	v_add_u32_e32 v47, 0, v21
	v_add_u32_e32 v48, 0, v22
	v_add_u32_e32 v49, 0, v23
	v_add_u32_e32 v50, 0, v24
	v_add_u32_e32 v51, 0x800, v41
	v_add_u32_e32 v52, 0x800, v42
	v_mov_b32_e32 v53, 23
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	buffer_load_dwordx4 v[10:13], v34, s[28:31], 0 offen sc0 nt
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	buffer_load_dwordx4 v[2:5], v36, s[36:39], 0 offen
	buffer_load_dwordx4 v[6:9], v35, s[36:39], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_nop 1
	v_accvgpr_read_b32 v57, a3
	v_accvgpr_read_b32 v56, a2
	v_accvgpr_read_b32 v55, a1
	v_accvgpr_read_b32 v54, a0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_accvgpr_mov_b32 a0, a4
	v_accvgpr_mov_b32 a1, a5
	v_accvgpr_mov_b32 a2, a6
	v_accvgpr_mov_b32 a3, a7
	v_accvgpr_write_b32 a4, v54
	v_accvgpr_write_b32 a5, v55
	v_accvgpr_write_b32 a6, v56
	v_accvgpr_write_b32 a7, v57
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_add_i32 s3, s3, -1
	.loc	1 311 17                        ; moe_op_gemm_a16w4.py:311:17
	v_add_u32_e32 v14, 0x100, v14
	v_add_u32_e32 v16, 0x100, v16
	.loc	1 312 17                        ; moe_op_gemm_a16w4.py:312:17
	v_add_u32_e32 v34, 0x80, v34
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	v_add_u32_e32 v35, 0x200, v35
	v_add_u32_e32 v36, 0x200, v36
	s_cmp_lg_u32 s3, 0
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt vmcnt(2)
	ds_write_b32 v37, v10
	ds_write_b32 v38, v11
	ds_write_b32 v39, v12
	ds_write_b32 v40, v13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	buffer_load_ubyte v10, v33, s[24:27], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	ds_read2_b32 v[76:77], v41 offset1:8
	ds_read2_b32 v[86:87], v41 offset0:16 offset1:24
	ds_read2_b32 v[80:81], v51 offset1:8
	ds_read2_b32 v[88:89], v51 offset0:16 offset1:24
	ds_read2_b32 v[74:75], v42 offset1:8
	ds_read2_b32 v[90:91], v42 offset0:16 offset1:24
	ds_read2_b32 v[78:79], v52 offset1:8
	ds_read2_b32 v[92:93], v52 offset0:16 offset1:24
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 309 24                        ; moe_op_gemm_a16w4.py:309:24
	v_add_u32_e32 v33, 8, v33
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_waitcnt vmcnt(0)
	ds_write_b8 v43, v10
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b64 v[10:13], v44 offset1:16
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v45, v[2:5]
	ds_write_b128 v46, v[6:9] offset:4096
	s_waitcnt lgkmcnt(0)
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v70, v53, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v71, v53, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v72, 15, v10
	v_lshlrev_b32_e32 v73, 15, v12
	v_lshlrev_b32_e32 v82, 7, v10
	v_lshlrev_b32_e32 v83, 7, v12
	v_lshlrev_b32_sdwa v84, v53, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v85, v53, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v94, v53, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v95, 15, v11
	v_lshlrev_b32_e32 v96, 7, v11
	v_lshlrev_b32_sdwa v97, v53, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v98, v53, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v99, 15, v13
	v_lshlrev_b32_e32 v100, 7, v13
	v_lshlrev_b32_sdwa v101, v53, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v10, v76, v70
	v_cvt_scalef32_pk_bf16_fp4 v11, v76, v70 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v76, v70 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v76, v70 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_barrier
	ds_read_b128 v[2:5], v47
	ds_read_b128 v[6:9], v47 offset:256
	ds_read_b128 v[54:57], v48
	ds_read_b128 v[58:61], v48 offset:256
	ds_read_b128 v[62:65], v49
	ds_read_b128 v[66:69], v49 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[2:5], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v10, v80, v71
	v_cvt_scalef32_pk_bf16_fp4 v11, v80, v71 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v80, v71 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v80, v71 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v70, 0x7f800000, v72
	v_and_b32_e32 v71, 0x7f800000, v73
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 a[4:7], v[10:13], v[2:5], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v2, v74, v70
	v_cvt_scalef32_pk_bf16_fp4 v3, v74, v70 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v4, v74, v70 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v5, v74, v70 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v78, v71
	v_cvt_scalef32_pk_bf16_fp4 v11, v78, v71 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v78, v71 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v78, v71 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v78, 0x7f800000, v82
	v_and_b32_e32 v82, 0x7f800000, v83
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[2:5], v[54:57], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v74, v77, v78
	v_cvt_scalef32_pk_bf16_fp4 v76, v77, v78 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v80, v81, v82 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[10:13], v[54:57], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v10, v75, v84
	v_cvt_scalef32_pk_bf16_fp4 v11, v75, v84 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v75, v84 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v75, v84 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v54, v79, v85
	v_cvt_scalef32_pk_bf16_fp4 v55, v79, v85 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v79, v85 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v57, v79, v85 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v75, v77, v78 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v77, v77, v78 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v78, v81, v82
	v_cvt_scalef32_pk_bf16_fp4 v79, v81, v82 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v81, v81, v82 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[70:73], v50
	ds_read_b128 v[2:5], v50 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[74:77], v[62:65], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v82, v86, v94
	v_cvt_scalef32_pk_bf16_fp4 v83, v86, v94 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v84, v86, v94 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[78:81], v[62:65], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v85, v86, v94 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v74, v88, v98
	v_cvt_scalef32_pk_bf16_fp4 v75, v88, v98 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v76, v88, v98 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v77, v88, v98 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[70:73], a[0:3]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v86, 0x7f800000, v95
	v_and_b32_e32 v94, 0x7f800000, v99
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v78, v92, v94
	v_mfma_f32_16x16x32_bf16 a[4:7], v[54:57], v[70:73], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v54, v90, v86
	v_cvt_scalef32_pk_bf16_fp4 v55, v90, v86 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v90, v86 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v57, v90, v86 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v79, v92, v94 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v80, v92, v94 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v81, v92, v94 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[82:85], v[6:9], a[0:3]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v88, 0x7f800000, v96
	v_and_b32_e32 v95, 0x7f800000, v100
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v70, v87, v88
	v_mfma_f32_16x16x32_bf16 a[4:7], v[74:77], v[6:9], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v71, v87, v88 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v72, v87, v88 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v73, v87, v88 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v89, v95
	v_cvt_scalef32_pk_bf16_fp4 v7, v89, v95 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v8, v89, v95 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v89, v95 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[54:57], v[58:61], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v62, v91, v97
	v_cvt_scalef32_pk_bf16_fp4 v63, v91, v97 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v64, v91, v97 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[78:81], v[58:61], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v65, v91, v97 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v93, v101
	v_cvt_scalef32_pk_bf16_fp4 v11, v93, v101 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v93, v101 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v93, v101 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[70:73], v[66:69], a[0:3]
	v_mfma_f32_16x16x32_bf16 a[8:11], v[6:9], v[66:69], a[4:7]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[62:65], v[2:5], a[0:3]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[2:5], a[8:11]
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a16w4.py:0:19
	s_mov_b64 s[42:43], s[14:15]
	s_mov_b64 s[18:19], s[14:15]
.LBB0_9:                                ; %Flow105
	.loc	1 320 20 is_stmt 1              ; moe_op_gemm_a16w4.py:320:20
	v_bfrev_b32_e32 v2, 1
	.loc	1 316 31                        ; moe_op_gemm_a16w4.py:316:31
	v_cmp_gt_u32_e32 vcc, 2, v25
	s_load_dword s3, s[0:1], 0x48
	.loc	1 315 30                        ; moe_op_gemm_a16w4.py:315:30
	v_cmp_gt_u32_e64 s[0:1], 64, v26
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_cndmask_b32_e32 v3, v2, v34, vcc
	buffer_load_dwordx4 v[10:13], v3, s[40:43], 0 offen sc0 nt
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_lshlrev_b32_e32 v3, 1, v14
	v_lshlrev_b32_e32 v4, 1, v16
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v14, 0, v29
	v_add_u32_e32 v16, 0, v30
	v_add_u32_e32 v30, 0, v32
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v26, v2, v3, s[0:1]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cndmask_b32_e32 v32, v2, v33, vcc
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v29, 0, v31
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v31, v2, v4, s[0:1]
	buffer_load_dwordx4 v[2:5], v26, s[12:15], 0 offen
	buffer_load_dwordx4 v[6:9], v31, s[12:15], 0 offen
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v26, 0, v23
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_mov_b32_e32 v36, 23
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v15, 0, v15
	v_add_u32_e32 v17, 0, v17
	v_add_u32_e32 v21, 0, v21
	v_add_u32_e32 v22, 0, v22
	.loc	1 260 46                        ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v72, s23, v19
	.loc	1 344 30                        ; moe_op_gemm_a16w4.py:344:30
	s_mul_i32 s33, s33, s3
	.loc	1 342 24                        ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e32 vcc, s2, v72
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt vmcnt(2)
	ds_write_b32 v14, v10
	ds_write_b32 v16, v11
	ds_write_b32 v29, v12
	ds_write_b32 v30, v13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	buffer_load_ubyte v10, v32, s[16:19], 0 offen
	v_lshlrev_b32_e32 v13, 2, v0
	v_and_b32_e32 v13, 0xfc, v13
	v_and_b32_e32 v14, 2, v20
	v_lshrrev_b32_e32 v16, 7, v0
	v_lshlrev_b32_e32 v20, 5, v25
	v_and_b32_e32 v25, 2, v18
	v_add_u32_e32 v13, 0, v13
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v11, 0, v27
	v_add_u32_e32 v12, 0, v28
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_add3_u32 v20, 0, v20, v25
	v_add3_u32 v13, v13, v14, v16
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v32, 0, v24
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v23, 0x800, v11
	v_add_u32_e32 v24, 0x800, v12
	ds_read2_b32 v[46:47], v11 offset1:8
	ds_read2_b32 v[60:61], v11 offset0:16 offset1:24
	ds_read2_b32 v[62:63], v23 offset1:8
	ds_read2_b32 v[64:65], v23 offset0:16 offset1:24
	ds_read2_b32 v[50:51], v12 offset1:8
	ds_read2_b32 v[66:67], v12 offset0:16 offset1:24
	ds_read2_b32 v[68:69], v24 offset1:8
	ds_read2_b32 v[70:71], v24 offset0:16 offset1:24
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b8 v13, v10
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u16 v37, v20
	ds_read_u16 v38, v20 offset:4
	ds_read_u16 v39, v20 offset:8
	ds_read_u16 v40, v20 offset:12
	ds_read_u16 v41, v20 offset:16
	ds_read_u16 v42, v20 offset:20
	ds_read_u16 v43, v20 offset:24
	ds_read_u16 v44, v20 offset:28
	s_waitcnt lgkmcnt(7)
	v_lshlrev_b32_sdwa v45, v36, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(6)
	v_lshlrev_b32_sdwa v48, v36, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b32_sdwa v49, v36, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b32_sdwa v52, v36, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b32_sdwa v55, v36, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_sdwa v73, v36, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_sdwa v74, v36, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_sdwa v75, v36, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v54, v36, v37 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v76, v36, v38 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v77, v36, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v78, v36, v40 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v79, v36, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v80, v36, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v81, v36, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	v_lshlrev_b32_sdwa v82, v36, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_1
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v36, v46, v45
	v_cvt_scalef32_pk_bf16_fp4 v37, v46, v45 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v38, v46, v45 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v46, v45 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v62, v54
	v_cvt_scalef32_pk_bf16_fp4 v57, v62, v54 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v58, v62, v54 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v59, v62, v54 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v40, v50, v48
	v_cvt_scalef32_pk_bf16_fp4 v41, v50, v48 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v42, v50, v48 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v43, v50, v48 op_sel:[1,1,0]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v15, v[2:5]
	ds_write_b128 v17, v[6:9]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[2:5], v21
	ds_read_b128 v[6:9], v21 offset:256
	ds_read_b128 v[10:13], v22
	ds_read_b128 v[14:17], v22 offset:256
	ds_read_b128 v[20:23], v26
	ds_read_b128 v[24:27], v26 offset:256
	ds_read_b128 v[28:31], v32
	ds_read_b128 v[32:35], v32 offset:256
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[36:39], v[2:5], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v36, v68, v76
	v_cvt_scalef32_pk_bf16_fp4 v37, v68, v76 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v38, v68, v76 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v68, v76 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[56:59], v[2:5], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v44, v47, v49
	v_cvt_scalef32_pk_bf16_fp4 v45, v47, v49 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v46, v47, v49 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v47, v47, v49 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[40:43], v[10:13], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v40, v63, v77
	v_cvt_scalef32_pk_bf16_fp4 v41, v63, v77 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v42, v63, v77 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v43, v63, v77 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[36:39], v[10:13], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v48, v51, v52
	v_cvt_scalef32_pk_bf16_fp4 v49, v51, v52 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v50, v51, v52 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v51, v51, v52 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v69, v78
	v_cvt_scalef32_pk_bf16_fp4 v11, v69, v78 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v69, v78 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v69, v78 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[44:47], v[20:23], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v52, v60, v55
	v_cvt_scalef32_pk_bf16_fp4 v53, v60, v55 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v54, v60, v55 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[40:43], v[20:23], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v55, v60, v55 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v36, v64, v79
	v_cvt_scalef32_pk_bf16_fp4 v37, v64, v79 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v38, v64, v79 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v64, v79 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[48:51], v[28:31], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v2, v66, v73
	v_cvt_scalef32_pk_bf16_fp4 v3, v66, v73 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v4, v66, v73 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[28:31], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v5, v66, v73 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v70, v80
	v_cvt_scalef32_pk_bf16_fp4 v11, v70, v80 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v70, v80 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v70, v80 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[52:55], v[6:9], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v20, v61, v74
	v_cvt_scalef32_pk_bf16_fp4 v21, v61, v74 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v61, v74 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[36:39], v[6:9], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v23, v61, v74 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v6, v65, v81
	v_cvt_scalef32_pk_bf16_fp4 v7, v65, v81 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v8, v65, v81 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v65, v81 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[2:5], v[14:17], a[4:7]
	v_cvt_scalef32_pk_bf16_fp4 v2, v67, v75
	v_cvt_scalef32_pk_bf16_fp4 v3, v67, v75 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v4, v67, v75 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[14:17], a[0:3]
	v_cvt_scalef32_pk_bf16_fp4 v5, v67, v75 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v10, v71, v82
	v_cvt_scalef32_pk_bf16_fp4 v11, v71, v82 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v71, v82 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v13, v71, v82 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[20:23], v[24:27], a[4:7]
	v_mfma_f32_16x16x32_bf16 a[8:11], v[6:9], v[24:27], a[0:3]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[2:5], v[32:35], a[4:7]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v9, 0
	v_mfma_f32_16x16x32_bf16 a[4:7], v[10:13], v[32:35], a[8:11]
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_11
; %bb.10:
	.loc	1 0 27 is_stmt 0                ; moe_op_gemm_a16w4.py:0:27
	s_add_i32 s3, s23, s33
	v_add_u32_e32 v4, s3, v19
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], v[4:5], 2, s[6:7]
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	global_load_dwordx4 v[6:9], v[4:5], off nt
.LBB0_11:
	.loc	1 0 27                          ; moe_op_gemm_a16w4.py:0:27
	s_or_b64 exec, exec, s[0:1]
	.loc	1 260 59 is_stmt 1              ; moe_op_gemm_a16w4.py:260:59
	v_or_b32_e32 v19, 16, v19
	v_accvgpr_read_b32 v17, a3
	v_accvgpr_read_b32 v13, a7
	.loc	1 260 46 is_stmt 0              ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v3, s23, v19
	v_accvgpr_read_b32 v16, a2
	v_accvgpr_read_b32 v15, a1
	v_accvgpr_read_b32 v14, a0
	v_accvgpr_read_b32 v12, a6
	v_accvgpr_read_b32 v11, a5
	v_accvgpr_read_b32 v10, a4
	.loc	1 342 24 is_stmt 1              ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e32 vcc, s2, v3
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_13
; %bb.12:
	.loc	1 344 43                        ; moe_op_gemm_a16w4.py:344:43
	s_add_i32 s3, s23, s33
	v_add_u32_e32 v2, s3, v19
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[6:7]
	global_load_dwordx4 v[2:5], v[2:3], off nt
.LBB0_13:
	.loc	1 0 27 is_stmt 0                ; moe_op_gemm_a16w4.py:0:27
	s_or_b64 exec, exec, s[0:1]
	.loc	1 260 59 is_stmt 1              ; moe_op_gemm_a16w4.py:260:59
	v_and_b32_e32 v19, 16, v0
	v_and_b32_e32 v18, 8, v18
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	v_or_b32_e32 v1, s22, v1
	.loc	1 260 46                        ; moe_op_gemm_a16w4.py:260:46
	v_or3_b32 v18, v18, v19, s23
	.loc	1 341 22                        ; moe_op_gemm_a16w4.py:341:22
	v_cmp_gt_i32_e32 vcc, s9, v1
	.loc	1 342 24                        ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e64 s[0:1], s2, v18
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_add_u32_e32 v1, s4, v1
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	s_waitcnt vmcnt(0)
	v_pk_add_f32 v[8:9], v[16:17], v[8:9]
	v_pk_add_f32 v[6:7], v[14:15], v[6:7]
	v_pk_add_f32 v[12:13], v[12:13], v[4:5]
	v_pk_add_f32 v[4:5], v[10:11], v[2:3]
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_mul_lo_u32 v1, v1, s5
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cmp_eq_u32_e32 vcc, 0, v0
	v_cvt_pk_bf16_f32 v2, v6, v7
	v_cvt_pk_bf16_f32 v3, v8, v9
	v_cvt_pk_bf16_f32 v4, v4, v5
	v_cvt_pk_bf16_f32 v5, v12, v13
	v_add_lshl_u32 v0, v18, v1, 1
	v_bfrev_b32_e32 v1, 1
	s_and_b64 vcc, vcc, s[0:1]
	v_permlane16_swap_b32_e32 v2, v4
	v_permlane16_swap_b32_e32 v3, v5
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 v[2:5], v0, s[20:23], 0 offen
.LBB0_14:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a16w4.py:0
	s_endpgm
.Ltmp24:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a16w4
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 152
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
		.amdhsa_next_free_sgpr 44
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
	.set _moe_gemm_a16w4.num_agpr, 12
	.set _moe_gemm_a16w4.numbered_sgpr, 44
	.set _moe_gemm_a16w4.num_named_barrier, 0
	.set _moe_gemm_a16w4.private_seg_size, 0
	.set _moe_gemm_a16w4.uses_vcc, 1
	.set _moe_gemm_a16w4.uses_flat_scratch, 0
	.set _moe_gemm_a16w4.has_dyn_sized_stack, 0
	.set _moe_gemm_a16w4.has_recursion, 0
	.set _moe_gemm_a16w4.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4972
; TotalNumSgprs: 50
; NumVgprs: 102
; NumAgprs: 12
; TotalNumVgprs: 116
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 50
; NumVGPRsForWavesPerEU: 116
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
	.byte	1                               ; Abbrev [1] 0xb:0x5d DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x37 DW_TAG_subprogram
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
	.byte	5                               ; Abbrev [5] 0x59:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	285                             ; DW_AT_call_line
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
.Ldebug_ranges2:
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
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
  - .agpr_count:     12
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
      - .offset:         120
        .size:           4
        .value_kind:     by_value
      - .offset:         124
        .size:           4
        .value_kind:     by_value
      - .offset:         128
        .size:           4
        .value_kind:     by_value
      - .offset:         132
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         136
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         144
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 152
    .max_flat_workgroup_size: 256
    .name:           _moe_gemm_a16w4
    .private_segment_fixed_size: 0
    .sgpr_count:     50
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a16w4.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     116
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
