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
; %bb.13:
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
; %bb.14:
.LBB0_0:
	s_mov_b64 s[36:37], s[6:7]
	s_mov_b64 s[24:25], s[2:3]
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
	s_cbranch_vccz .LBB0_12
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
	v_mov_b32_e32 v222, v0
	v_cvt_f32_u32_e32 v0, s2
.Ltmp4:
	.loc	1 84 23                         ; moe_op_gemm_a16w4.py:84:23 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_ashr_i32 s9, s16, 31
	s_lshr_b32 s9, s9, 29
	s_add_i32 s9, s16, s9
.Ltmp5:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	v_rcp_iflag_f32_e32 v0, v0
.Ltmp6:
	.loc	1 84 23                         ; moe_op_gemm_a16w4.py:84:23 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_ashr_i32 s10, s9, 3
	.loc	1 83 18                         ; moe_op_gemm_a16w4.py:83:18 @[ moe_op_gemm_a16w4.py:208:61 ]
	s_and_b32 s9, s9, -8
	s_sub_i32 s9, s16, s9
.Ltmp7:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
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
	v_readfirstlane_b32 s10, v0
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
	s_lshl_b32 s6, s3, 2
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s3, s6
	v_cvt_f32_u32_e32 v0, s3
	s_sub_i32 s9, 0, s3
.Ltmp13:
	.loc	1 209 26                        ; moe_op_gemm_a16w4.py:209:26
	s_xor_b32 s2, s2, s7
	s_sub_i32 s7, s2, s7
.Ltmp14:
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	v_rcp_iflag_f32_e32 v0, v0
	s_mov_b64 s[20:21], s[14:15]
	.loc	2 77 37                         ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s15, s7
	.loc	2 73 26                         ; pid_preprocessing.py:73:26 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_xor_b32 s2, s7, s6
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_ashr_i32 s2, s2, 31
	v_readfirstlane_b32 s10, v0
	s_mul_i32 s9, s9, s10
	s_mul_hi_u32 s9, s10, s9
	s_add_i32 s10, s10, s9
	s_mul_hi_u32 s9, s15, s10
	s_mul_i32 s10, s9, s3
	s_sub_i32 s10, s15, s10
	s_add_i32 s11, s9, 1
	s_sub_i32 s14, s10, s3
	s_cmp_ge_u32 s10, s3
	s_cselect_b32 s9, s11, s9
	s_cselect_b32 s10, s14, s10
	s_add_i32 s11, s9, 1
	s_cmp_ge_u32 s10, s3
	s_cselect_b32 s3, s11, s9
	s_xor_b32 s3, s3, s2
	s_sub_i32 s9, s3, s2
	.loc	2 74 33                         ; pid_preprocessing.py:74:33 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_lshl_b32 s10, s9, 2
	.loc	2 75 39                         ; pid_preprocessing.py:75:39 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s2, s4, s10
	.loc	2 75 52 is_stmt 0               ; pid_preprocessing.py:75:52 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_min_i32 s11, s2, 4
	.loc	2 77 37 is_stmt 1               ; pid_preprocessing.py:77:37 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_abs_i32 s4, s11
	v_cvt_f32_u32_e32 v0, s4
	s_sub_i32 s14, 0, s4
	s_ashr_i32 s16, s7, 31
	s_load_dwordx2 s[2:3], s[0:1], 0x70
	v_rcp_iflag_f32_e32 v0, v0
	s_nop 0
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_nop 0
	v_readfirstlane_b32 s17, v0
	s_mul_i32 s14, s14, s17
	s_mul_hi_u32 s14, s17, s14
	s_add_i32 s14, s17, s14
	s_mul_hi_u32 s17, s15, s14
	s_mul_i32 s17, s17, s4
	s_sub_i32 s15, s15, s17
	s_sub_i32 s17, s15, s4
	s_cmp_ge_u32 s15, s4
	s_cselect_b32 s15, s17, s15
	s_sub_i32 s17, s15, s4
	s_cmp_ge_u32 s15, s4
	s_cselect_b32 s15, s17, s15
	s_xor_b32 s15, s15, s16
	s_sub_i32 s15, s15, s16
	.loc	2 77 31 is_stmt 0               ; pid_preprocessing.py:77:31 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_add_i32 s16, s10, s15
.Ltmp15:
	.loc	1 217 24 is_stmt 1              ; moe_op_gemm_a16w4.py:217:24
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[16:17], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s2, s16
	s_addc_u32 s3, s3, s17
	s_load_dword s10, s[2:3], 0x0
	.loc	1 218 20                        ; moe_op_gemm_a16w4.py:218:20
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u32 s10, -1
	s_cbranch_scc1 .LBB0_12
; %bb.2:
.Ltmp16:
	.loc	2 78 23                         ; pid_preprocessing.py:78:23 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_i32 s9, s9, s6
	s_sub_i32 s6, s7, s9
	.loc	2 78 44 is_stmt 0               ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s7, s6, 31
	s_abs_i32 s6, s6
	.loc	2 0 0                           ; pid_preprocessing.py:0 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_ashr_i32 s11, s11, 31
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_mul_hi_u32 s9, s6, s14
	s_xor_b32 s7, s7, s11
	s_mul_i32 s11, s9, s4
	s_sub_i32 s6, s6, s11
	s_add_i32 s11, s9, 1
	s_sub_i32 s14, s6, s4
	s_cmp_ge_u32 s6, s4
	s_cselect_b32 s9, s11, s9
	s_load_dwordx2 s[2:3], s[0:1], 0x38
	s_load_dwordx2 s[26:27], s[0:1], 0x4c
	s_load_dwordx4 s[16:19], s[0:1], 0x58
	s_cselect_b32 s6, s14, s6
	s_add_i32 s11, s9, 1
	s_cmp_ge_u32 s6, s4
	s_cselect_b32 s4, s11, s9
	s_xor_b32 s4, s4, s7
.Ltmp17:
	.loc	1 220 26 is_stmt 1              ; moe_op_gemm_a16w4.py:220:26
	s_and_b32 s9, s10, 0xffff
.Ltmp18:
	.loc	2 78 44                         ; pid_preprocessing.py:78:44 @[ moe_op_gemm_a16w4.py:212:56 ]
	s_sub_i32 s6, s4, s7
.Ltmp19:
	.loc	1 222 16                        ; moe_op_gemm_a16w4.py:222:16
	s_lshl_b32 s7, s9, 2
	s_waitcnt lgkmcnt(0)
	s_load_dword s34, s[16:17], s7 offset:0x0
	.loc	1 223 22                        ; moe_op_gemm_a16w4.py:223:22
	s_load_dword s4, s[18:19], s7 offset:0x0
	.loc	1 229 25                        ; moe_op_gemm_a16w4.py:229:25
	s_ashr_i32 s7, s10, 9
	s_and_b32 s33, s7, 0xffffff80
	.loc	1 229 49 is_stmt 0              ; moe_op_gemm_a16w4.py:229:49
	v_lshrrev_b32_e32 v2, 5, v222
	.loc	1 230 59 is_stmt 1              ; moe_op_gemm_a16w4.py:230:59
	s_waitcnt lgkmcnt(0)
	s_abs_i32 s7, s34
	v_cvt_f32_u32_e32 v0, s7
	s_sub_i32 s11, 0, s7
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	v_or_b32_e32 v2, s33, v2
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	s_ashr_i32 s10, s10, 31
	v_rcp_iflag_f32_e32 v0, v0
	v_add_u32_e32 v2, s10, v2
	v_xor_b32_e32 v3, s10, v2
	.loc	1 260 30                        ; moe_op_gemm_a16w4.py:260:30
	s_lshl_b32 s35, s6, 9
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v219, 7, v222
	v_lshlrev_b32_e32 v213, 4, v219
	v_and_b32_e32 v1, 0x1e0, v222
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_mul_lo_u32 v4, s11, v0
	v_mul_hi_u32 v4, v0, v4
	v_add_u32_e32 v0, v0, v4
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	.loc	1 250 26                        ; moe_op_gemm_a16w4.py:250:26
	s_mul_i32 s11, s9, s2
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_bfe_i32 s2, s6, 0x10016
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
.Ltmp20:
	.file	3 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	3 43 17                         ; standard.py:43:17 @[ moe_op_gemm_a16w4.py:285:28 ]
	s_add_i32 s22, s27, 0xff
.Ltmp21:
	.loc	1 229 49                        ; moe_op_gemm_a16w4.py:229:49
	v_and_b32_e32 v11, 15, v222
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v146, s10, v3
	v_add_u32_e32 v3, 16, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	v_lshlrev_b32_e32 v214, 4, v222
	v_lshrrev_b32_e32 v164, 2, v222
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	v_and_b32_e32 v163, 48, v222
	v_lshrrev_b32_e32 v162, 1, v1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v147, s10, v3
	v_add_u32_e32 v3, 32, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	scratch_store_dword off, v11, off offset:148 ; 4-byte Folded Spill
	s_nop 0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v148, s10, v3
	v_add_u32_e32 v3, 48, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v149, s10, v3
	v_add_u32_e32 v3, 64, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v150, s10, v3
	v_add_u32_e32 v3, 0x50, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_xor_b32_e32 v151, s10, v3
	v_add_u32_e32 v3, 0x60, v2
	v_xor_b32_e32 v3, s10, v3
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_add_u32_e32 v2, 0x70, v2
	v_sub_u32_e32 v3, v3, v4
	v_xor_b32_e32 v2, s10, v2
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	v_mul_hi_u32 v0, v2, v0
	v_mul_lo_u32 v0, v0, s7
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	v_sub_u32_e32 v0, v2, v0
	v_subrev_u32_e32 v2, s7, v0
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_cmp_le_u32_e32 vcc, s7, v0
	v_xor_b32_e32 v152, s10, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_subrev_u32_e32 v2, s7, v0
	v_cmp_le_u32_e32 vcc, s7, v0
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_abs_i32 s7, s26
	s_sub_i32 s6, 0, s7
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_cndmask_b32_e32 v0, v0, v2, vcc
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_cvt_f32_u32_e32 v2, s7
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_xor_b32_e32 v153, s10, v0
	.loc	1 237 46                        ; moe_op_gemm_a16w4.py:237:46
	v_lshlrev_b32_e32 v0, 3, v222
	v_and_b32_e32 v165, 0xf8, v0
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_rcp_iflag_f32_e32 v0, v2
	.loc	1 260 59 is_stmt 0              ; moe_op_gemm_a16w4.py:260:59
	v_lshrrev_b32_e32 v2, 3, v222
	v_or_b32_e32 v2, s35, v2
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_add_u32_e32 v2, s2, v2
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_xor_b32_e32 v3, s2, v2
	.loc	1 291 19 is_stmt 1              ; moe_op_gemm_a16w4.py:291:19
	s_cmpk_gt_i32 s22, 0x1ff
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	v_mul_lo_u32 v4, s6, v0
	v_mul_hi_u32 v4, v0, v4
	v_add_u32_e32 v0, v0, v4
	v_mul_hi_u32 v4, v3, v0
	v_mul_lo_u32 v4, v4, s7
	v_sub_u32_e32 v3, v3, v4
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s7, v3
	v_cmp_le_u32_e32 vcc, s7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_add_u32_e32 v4, 64, v2
	v_xor_b32_e32 v4, s2, v4
	v_mul_hi_u32 v5, v4, v0
	v_mul_lo_u32 v5, v5, s7
	v_sub_u32_e32 v4, v4, v5
	v_subrev_u32_e32 v5, s7, v4
	v_cmp_le_u32_e32 vcc, s7, v4
	v_xor_b32_e32 v3, s2, v3
	v_subrev_u32_e32 v3, s2, v3
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s7, v4
	v_cmp_le_u32_e32 vcc, s7, v4
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v154, v3, s3
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_nop 0
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_add_u32_e32 v5, 0x80, v2
	v_xor_b32_e32 v5, s2, v5
	v_mul_hi_u32 v6, v5, v0
	v_mul_lo_u32 v6, v6, s7
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s7, v5
	v_cmp_le_u32_e32 vcc, s7, v5
	v_xor_b32_e32 v4, s2, v4
	v_subrev_u32_e32 v4, s2, v4
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s7, v5
	v_cmp_le_u32_e32 vcc, s7, v5
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v155, v4, s3
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_nop 0
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_add_u32_e32 v6, 0xc0, v2
	v_xor_b32_e32 v6, s2, v6
	v_mul_hi_u32 v7, v6, v0
	v_mul_lo_u32 v7, v7, s7
	v_sub_u32_e32 v6, v6, v7
	v_subrev_u32_e32 v7, s7, v6
	v_cmp_le_u32_e32 vcc, s7, v6
	v_xor_b32_e32 v5, s2, v5
	v_subrev_u32_e32 v5, s2, v5
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_subrev_u32_e32 v7, s7, v6
	v_cmp_le_u32_e32 vcc, s7, v6
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v156, v5, s3
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_nop 0
	v_cndmask_b32_e32 v6, v6, v7, vcc
	v_add_u32_e32 v7, 0x100, v2
	v_xor_b32_e32 v7, s2, v7
	v_mul_hi_u32 v8, v7, v0
	v_mul_lo_u32 v8, v8, s7
	v_sub_u32_e32 v7, v7, v8
	v_subrev_u32_e32 v8, s7, v7
	v_cmp_le_u32_e32 vcc, s7, v7
	v_xor_b32_e32 v6, s2, v6
	v_subrev_u32_e32 v6, s2, v6
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_subrev_u32_e32 v8, s7, v7
	v_cmp_le_u32_e32 vcc, s7, v7
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v157, v6, s3
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_nop 0
	v_cndmask_b32_e32 v7, v7, v8, vcc
	v_add_u32_e32 v8, 0x140, v2
	v_xor_b32_e32 v8, s2, v8
	v_mul_hi_u32 v9, v8, v0
	v_mul_lo_u32 v9, v9, s7
	v_sub_u32_e32 v8, v8, v9
	v_subrev_u32_e32 v9, s7, v8
	v_cmp_le_u32_e32 vcc, s7, v8
	v_xor_b32_e32 v7, s2, v7
	v_subrev_u32_e32 v7, s2, v7
	v_cndmask_b32_e32 v8, v8, v9, vcc
	v_subrev_u32_e32 v9, s7, v8
	v_cmp_le_u32_e32 vcc, s7, v8
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v158, v7, s3
	.loc	1 260 77                        ; moe_op_gemm_a16w4.py:260:77
	s_nop 0
	v_cndmask_b32_e32 v8, v8, v9, vcc
	v_add_u32_e32 v9, 0x180, v2
	v_xor_b32_e32 v9, s2, v9
	v_mul_hi_u32 v10, v9, v0
	v_mul_lo_u32 v10, v10, s7
	v_add_u32_e32 v2, 0x1c0, v2
	v_sub_u32_e32 v9, v9, v10
	v_xor_b32_e32 v2, s2, v2
	v_subrev_u32_e32 v10, s7, v9
	v_cmp_le_u32_e32 vcc, s7, v9
	v_mul_hi_u32 v0, v2, v0
	v_mul_lo_u32 v0, v0, s7
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_subrev_u32_e32 v10, s7, v9
	v_cmp_le_u32_e32 vcc, s7, v9
	v_sub_u32_e32 v0, v2, v0
	v_subrev_u32_e32 v2, s7, v0
	v_cndmask_b32_e32 v9, v9, v10, vcc
	v_cmp_le_u32_e32 vcc, s7, v0
	v_xor_b32_e32 v8, s2, v8
	v_xor_b32_e32 v9, s2, v9
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_subrev_u32_e32 v2, s7, v0
	v_cmp_le_u32_e32 vcc, s7, v0
	v_subrev_u32_e32 v8, s2, v8
	v_subrev_u32_e32 v9, s2, v9
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_xor_b32_e32 v0, s2, v0
	v_subrev_u32_e32 v2, s2, v0
	.loc	1 279 19                        ; moe_op_gemm_a16w4.py:279:19
	s_mul_i32 s2, s9, s12
	.loc	1 281 8                         ; moe_op_gemm_a16w4.py:281:8
	v_add_u32_e32 v0, s2, v213
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_mul_lo_u32 v159, v8, s3
	v_mul_lo_u32 v160, v9, s3
	v_mul_lo_u32 v161, v2, s3
	.loc	1 281 8                         ; moe_op_gemm_a16w4.py:281:8
	v_mad_u64_u32 v[166:167], s[2:3], v2, s13, v[0:1]
	v_mad_u64_u32 v[236:237], s[2:3], v3, s13, v[0:1]
	v_mad_u64_u32 v[178:179], s[2:3], v4, s13, v[0:1]
	v_mad_u64_u32 v[176:177], s[2:3], v5, s13, v[0:1]
	v_mad_u64_u32 v[174:175], s[2:3], v6, s13, v[0:1]
	v_mad_u64_u32 v[172:173], s[2:3], v7, s13, v[0:1]
	v_mad_u64_u32 v[170:171], s[2:3], v8, s13, v[0:1]
	v_mad_u64_u32 v[168:169], s[2:3], v9, s13, v[0:1]
	v_lshlrev_b32_e32 v167, 1, v222
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cbranch_scc1 .LBB0_4
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 232 23                        ; moe_op_gemm_a16w4.py:232:23
	s_mul_i32 s2, s4, s8
	.loc	1 230 59                        ; moe_op_gemm_a16w4.py:230:59
	v_subrev_u32_e32 v1, s10, v146
	v_subrev_u32_e32 v2, s10, v147
	v_subrev_u32_e32 v3, s10, v148
	v_subrev_u32_e32 v4, s10, v149
	v_subrev_u32_e32 v5, s10, v150
	v_subrev_u32_e32 v6, s10, v151
	v_subrev_u32_e32 v7, s10, v152
	v_subrev_u32_e32 v8, s10, v153
	.loc	1 241 10                        ; moe_op_gemm_a16w4.py:241:10
	v_add_u32_e32 v0, s2, v165
	v_mad_u64_u32 v[130:131], s[2:3], v1, s8, v[0:1]
	v_mad_u64_u32 v[132:133], s[2:3], v2, s8, v[0:1]
	v_mad_u64_u32 v[134:135], s[2:3], v3, s8, v[0:1]
	v_mad_u64_u32 v[136:137], s[2:3], v4, s8, v[0:1]
	v_mad_u64_u32 v[138:139], s[2:3], v5, s8, v[0:1]
	v_mad_u64_u32 v[140:141], s[2:3], v6, s8, v[0:1]
	v_mad_u64_u32 v[142:143], s[2:3], v7, s8, v[0:1]
	v_mad_u64_u32 v[144:145], s[2:3], v8, s8, v[0:1]
	.loc	1 269 10                        ; moe_op_gemm_a16w4.py:269:10
	v_add_u32_e32 v0, s11, v219
	v_add_u32_e32 v143, v0, v154
	v_add_u32_e32 v141, v0, v155
	v_add_u32_e32 v139, v0, v156
	v_add_u32_e32 v137, v0, v157
	v_add_u32_e32 v135, v0, v158
	v_add_u32_e32 v133, v0, v159
	v_add_u32_e32 v131, v0, v160
	v_add_u32_e32 v1, v0, v161
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_and_b32_e32 v0, 0x1c0, v222
	v_lshlrev_b32_e32 v2, 5, v0
	v_lshlrev_b32_e32 v145, 1, v222
	v_lshrrev_b32_e32 v3, 2, v163
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v215, 1, v0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_mul_u32_u24_e32 v0, 0x210, v11
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_bitop3_b32 v184, v214, v164, 28 bitop3:0x78
	v_lshl_or_b32 v2, v11, 7, v2
	v_bitop3_b32 v3, v145, v3, 28 bitop3:0x6c
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_bitop3_b32 v238, v0, v222, 48 bitop3:0x78
	s_and_b32 s13, s37, 0xffff
	s_mov_b32 s12, s36
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_and_b32 s41, s29, 0xffff
	s_mov_b32 s40, s28
	v_xor_b32_e32 v226, 4, v184
	v_xor_b32_e32 v218, 8, v184
	v_xor_b32_e32 v237, 12, v184
	v_or_b32_e32 v216, v2, v3
	v_bitop3_b32 v217, v2, 16, v3 bitop3:0x36
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_and_b32 s17, s21, 0xffff
	s_mov_b32 s16, s20
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_xor_b32_e32 v255, v214, v162
	v_xor_b32_e32 v232, 64, v238
	v_xor_b32_e32 v231, 0x80, v238
	s_mov_b64 s[6:7], 0
	s_mov_b64 s[42:43], s[14:15]
	s_mov_b64 s[18:19], s[14:15]
	v_xor_b32_e32 v233, 0xc0, v238
	s_branch .LBB0_5
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; moe_op_gemm_a16w4.py:0:20
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $vgpr144
                                        ; implicit-def: $vgpr142
                                        ; implicit-def: $vgpr140
                                        ; implicit-def: $vgpr138
                                        ; implicit-def: $vgpr136
                                        ; implicit-def: $vgpr134
                                        ; implicit-def: $vgpr132
                                        ; implicit-def: $vgpr130
                                        ; implicit-def: $vgpr1
                                        ; implicit-def: $vgpr131
                                        ; implicit-def: $vgpr133
                                        ; implicit-def: $vgpr135
                                        ; implicit-def: $vgpr137
                                        ; implicit-def: $vgpr139
                                        ; implicit-def: $vgpr141
                                        ; implicit-def: $vgpr143
                                        ; implicit-def: $sgpr12_sgpr13
                                        ; implicit-def: $sgpr40_sgpr41
                                        ; implicit-def: $vgpr184
                                        ; implicit-def: $vgpr226
                                        ; implicit-def: $vgpr218
                                        ; implicit-def: $vgpr237
                                        ; implicit-def: $vgpr145
                                        ; implicit-def: $vgpr216
                                        ; implicit-def: $vgpr217
                                        ; implicit-def: $sgpr16_sgpr17
                                        ; implicit-def: $vgpr215
                                        ; implicit-def: $vgpr255
                                        ; implicit-def: $vgpr238
                                        ; implicit-def: $vgpr232
                                        ; implicit-def: $vgpr231
                                        ; implicit-def: $vgpr233
.LBB0_5:                                ; %Flow534
	s_load_dwordx2 s[2:3], s[0:1], 0x40
	v_mov_b32_e32 v21, 0
	s_andn2_b64 vcc, exec, s[6:7]
	v_mov_b32_e32 v20, v21
	v_mov_b32_e32 v19, v21
	v_mov_b32_e32 v18, v21
	v_mov_b32_e32 v25, v21
	v_mov_b32_e32 v24, v21
	v_mov_b32_e32 v23, v21
	v_mov_b32_e32 v22, v21
	v_mov_b32_e32 v29, v21
	v_mov_b32_e32 v28, v21
	v_mov_b32_e32 v27, v21
	v_mov_b32_e32 v26, v21
	v_mov_b32_e32 v45, v21
	v_mov_b32_e32 v44, v21
	v_mov_b32_e32 v43, v21
	v_mov_b32_e32 v42, v21
	v_mov_b32_e32 v17, v21
	v_mov_b32_e32 v16, v21
	v_mov_b32_e32 v15, v21
	v_mov_b32_e32 v14, v21
	v_mov_b32_e32 v13, v21
	v_mov_b32_e32 v12, v21
	v_mov_b32_e32 v11, v21
	v_mov_b32_e32 v10, v21
	v_mov_b32_e32 v9, v21
	v_mov_b32_e32 v8, v21
	v_mov_b32_e32 v7, v21
	v_mov_b32_e32 v6, v21
	v_mov_b32_e32 v5, v21
	v_mov_b32_e32 v4, v21
	v_mov_b32_e32 v3, v21
	v_mov_b32_e32 v2, v21
	v_mov_b32_e32 v49, v21
	v_mov_b32_e32 v48, v21
	v_mov_b32_e32 v47, v21
	v_mov_b32_e32 v46, v21
	v_mov_b32_e32 v37, v21
	v_mov_b32_e32 v36, v21
	v_mov_b32_e32 v35, v21
	v_mov_b32_e32 v34, v21
	v_mov_b32_e32 v33, v21
	v_mov_b32_e32 v32, v21
	v_mov_b32_e32 v31, v21
	v_mov_b32_e32 v30, v21
	v_mov_b32_e32 v41, v21
	v_mov_b32_e32 v40, v21
	v_mov_b32_e32 v39, v21
	v_mov_b32_e32 v38, v21
	v_mov_b32_e32 v53, v21
	v_mov_b32_e32 v52, v21
	v_mov_b32_e32 v51, v21
	v_mov_b32_e32 v50, v21
	v_mov_b32_e32 v57, v21
	v_mov_b32_e32 v56, v21
	v_mov_b32_e32 v55, v21
	v_mov_b32_e32 v54, v21
	v_mov_b32_e32 v61, v21
	v_mov_b32_e32 v60, v21
	v_mov_b32_e32 v59, v21
	v_mov_b32_e32 v58, v21
	v_mov_b32_e32 v65, v21
	v_mov_b32_e32 v64, v21
	v_mov_b32_e32 v63, v21
	v_mov_b32_e32 v62, v21
	v_mov_b32_e32 v69, v21
	v_mov_b32_e32 v68, v21
	v_mov_b32_e32 v67, v21
	v_mov_b32_e32 v66, v21
	v_mov_b32_e32 v73, v21
	v_mov_b32_e32 v72, v21
	v_mov_b32_e32 v71, v21
	v_mov_b32_e32 v70, v21
	v_mov_b32_e32 v77, v21
	v_mov_b32_e32 v76, v21
	v_mov_b32_e32 v75, v21
	v_mov_b32_e32 v74, v21
	v_mov_b32_e32 v81, v21
	v_mov_b32_e32 v80, v21
	v_mov_b32_e32 v79, v21
	v_mov_b32_e32 v78, v21
	v_mov_b32_e32 v85, v21
	v_mov_b32_e32 v84, v21
	v_mov_b32_e32 v83, v21
	v_mov_b32_e32 v82, v21
	v_mov_b32_e32 v89, v21
	v_mov_b32_e32 v88, v21
	v_mov_b32_e32 v87, v21
	v_mov_b32_e32 v86, v21
	v_mov_b32_e32 v93, v21
	v_mov_b32_e32 v92, v21
	v_mov_b32_e32 v91, v21
	v_mov_b32_e32 v90, v21
	v_mov_b32_e32 v97, v21
	v_mov_b32_e32 v96, v21
	v_mov_b32_e32 v95, v21
	v_mov_b32_e32 v94, v21
	v_mov_b32_e32 v101, v21
	v_mov_b32_e32 v100, v21
	v_mov_b32_e32 v99, v21
	v_mov_b32_e32 v98, v21
	v_mov_b32_e32 v105, v21
	v_mov_b32_e32 v104, v21
	v_mov_b32_e32 v103, v21
	v_mov_b32_e32 v102, v21
	v_mov_b32_e32 v109, v21
	v_mov_b32_e32 v108, v21
	v_mov_b32_e32 v107, v21
	v_mov_b32_e32 v106, v21
	v_mov_b32_e32 v113, v21
	v_mov_b32_e32 v112, v21
	v_mov_b32_e32 v111, v21
	v_mov_b32_e32 v110, v21
	v_mov_b32_e32 v117, v21
	v_mov_b32_e32 v116, v21
	v_mov_b32_e32 v115, v21
	v_mov_b32_e32 v114, v21
	v_mov_b32_e32 v121, v21
	v_mov_b32_e32 v120, v21
	v_mov_b32_e32 v119, v21
	v_mov_b32_e32 v118, v21
	v_mov_b32_e32 v125, v21
	v_mov_b32_e32 v124, v21
	v_mov_b32_e32 v123, v21
	v_mov_b32_e32 v122, v21
	v_mov_b32_e32 v129, v21
	v_mov_b32_e32 v128, v21
	v_mov_b32_e32 v127, v21
	v_mov_b32_e32 v126, v21
	scratch_store_dword off, v222, off      ; 4-byte Folded Spill
	s_cbranch_vccnz .LBB0_9
; %bb.6:                                ; %.lr.ph
	v_and_b32_e32 v0, 0x1c0, v222
	v_lshlrev_b32_e32 v1, 5, v0
	v_and_b32_e32 v5, 15, v222
	v_lshl_or_b32 v1, v5, 7, v1
	v_lshlrev_b32_e32 v6, 1, v0
	v_lshl_add_u32 v0, v5, 3, 0
	v_mul_u32_u24_e32 v5, 0x210, v5
	v_bitop3_b32 v238, v5, v222, 48 bitop3:0x78
	.loc	1 291 19 is_stmt 1              ; moe_op_gemm_a16w4.py:291:19
	v_add_u32_e32 v5, s4, v153
	v_subrev_u32_e32 v5, s10, v5
	v_mul_lo_u32 v181, s8, v5
	v_and_b32_e32 v5, 31, v222
	v_lshlrev_b32_e32 v228, 4, v5
	v_add_u32_e32 v5, s4, v152
	v_subrev_u32_e32 v5, s10, v5
	v_mul_lo_u32 v183, s8, v5
	v_add_u32_e32 v5, s4, v151
	v_subrev_u32_e32 v5, s10, v5
	v_mul_lo_u32 v185, s8, v5
	v_add_u32_e32 v5, s4, v150
	v_subrev_u32_e32 v5, s10, v5
	v_mul_lo_u32 v227, s8, v5
	v_add_u32_e32 v5, s4, v149
	v_subrev_u32_e32 v5, s10, v5
	v_mul_lo_u32 v230, s8, v5
	v_add_u32_e32 v5, s4, v148
	v_subrev_u32_e32 v5, s10, v5
	v_lshrrev_b32_e32 v2, 2, v163
	v_mul_lo_u32 v232, s8, v5
	v_add_u32_e32 v5, s4, v147
	v_bitop3_b32 v2, v167, v2, 28 bitop3:0x6c
	v_subrev_u32_e32 v5, s10, v5
	v_or_b32_e32 v216, v1, v2
	v_bitop3_b32 v217, v1, 16, v2 bitop3:0x36
	v_or_b32_e32 v1, 0x200, v222
	v_mul_lo_u32 v235, s8, v5
	v_add_u32_e32 v5, s4, v146
	v_or_b32_e32 v2, 0x600, v222
	v_subrev_u32_e32 v5, s10, v5
	s_lshr_b32 s7, s22, 1
	v_add_u32_e32 v1, 0, v1
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	s_and_b32 s29, s29, 0xffff
	v_bitop3_b32 v184, v214, v164, 28 bitop3:0x78
	s_and_b32 s21, s21, 0xffff
	v_or_b32_e32 v3, 0xa00, v222
	v_or_b32_e32 v4, 0xe00, v222
	v_mul_lo_u32 v240, s8, v5
	s_and_b32 s7, s7, 0x7fffff80
	v_mov_b32_e32 v126, 0
	scratch_store_dword off, v1, off offset:100 ; 4-byte Folded Spill
	v_add_u32_e32 v1, 0, v2
	s_mov_b64 s[12:13], s[36:37]
	s_mov_b64 s[40:41], s[28:29]
	v_xor_b32_e32 v226, 4, v184
	v_xor_b32_e32 v218, 8, v184
	v_xor_b32_e32 v237, 12, v184
	s_mov_b64 s[16:17], s[20:21]
	s_mov_b32 s6, 0
	v_xor_b32_e32 v255, v214, v162
	v_lshlrev_b32_e32 v229, 1, v181
	v_lshlrev_b32_e32 v231, 1, v183
	v_lshlrev_b32_e32 v233, 1, v185
	v_lshlrev_b32_e32 v234, 1, v227
	v_lshlrev_b32_e32 v239, 1, v230
	v_lshlrev_b32_e32 v241, 1, v232
	v_lshlrev_b32_e32 v244, 1, v235
	v_lshlrev_b32_e32 v247, 1, v240
	v_add_u32_e32 v242, s11, v161
	v_add_u32_e32 v243, s11, v160
	v_add_u32_e32 v245, s11, v159
	v_add_u32_e32 v246, s11, v158
	v_add_u32_e32 v248, s11, v157
	v_add_u32_e32 v249, s11, v156
	v_add_u32_e32 v250, s11, v155
	v_add_u32_e32 v251, s11, v154
	s_addk_i32 s7, 0xff80
	s_mov_b32 s38, s14
	s_mov_b32 s39, s15
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	s_mov_b32 s22, s14
	s_mov_b32 s23, s15
	scratch_store_dword off, v1, off offset:116 ; 4-byte Folded Spill
	v_add_u32_e32 v1, 0, v3
	v_add_u32_e32 v220, 0, v4
	scratch_store_dword off, v6, off offset:184 ; 4-byte Folded Spill
	v_add_u32_e32 v182, v0, v6
	v_mov_b32_e32 v221, 23
	v_mov_b32_e32 v127, v126
	v_mov_b32_e32 v128, v126
	v_mov_b32_e32 v129, v126
	v_mov_b32_e32 v122, v126
	v_mov_b32_e32 v123, v126
	v_mov_b32_e32 v124, v126
	v_mov_b32_e32 v125, v126
	v_mov_b32_e32 v118, v126
	v_mov_b32_e32 v119, v126
	v_mov_b32_e32 v120, v126
	v_mov_b32_e32 v121, v126
	v_mov_b32_e32 v114, v126
	v_mov_b32_e32 v115, v126
	v_mov_b32_e32 v116, v126
	v_mov_b32_e32 v117, v126
	v_mov_b32_e32 v110, v126
	v_mov_b32_e32 v111, v126
	v_mov_b32_e32 v112, v126
	v_mov_b32_e32 v113, v126
	v_mov_b32_e32 v106, v126
	v_mov_b32_e32 v107, v126
	v_mov_b32_e32 v108, v126
	v_mov_b32_e32 v109, v126
	v_mov_b32_e32 v102, v126
	v_mov_b32_e32 v103, v126
	v_mov_b32_e32 v104, v126
	v_mov_b32_e32 v105, v126
	v_mov_b32_e32 v98, v126
	v_mov_b32_e32 v99, v126
	v_mov_b32_e32 v100, v126
	v_mov_b32_e32 v101, v126
	v_mov_b32_e32 v94, v126
	v_mov_b32_e32 v95, v126
	v_mov_b32_e32 v96, v126
	v_mov_b32_e32 v97, v126
	v_mov_b32_e32 v90, v126
	v_mov_b32_e32 v91, v126
	v_mov_b32_e32 v92, v126
	v_mov_b32_e32 v93, v126
	v_mov_b32_e32 v86, v126
	v_mov_b32_e32 v87, v126
	v_mov_b32_e32 v88, v126
	v_mov_b32_e32 v89, v126
	v_mov_b32_e32 v82, v126
	v_mov_b32_e32 v83, v126
	v_mov_b32_e32 v84, v126
	v_mov_b32_e32 v85, v126
	v_mov_b32_e32 v78, v126
	v_mov_b32_e32 v79, v126
	v_mov_b32_e32 v80, v126
	v_mov_b32_e32 v81, v126
	v_mov_b32_e32 v74, v126
	v_mov_b32_e32 v75, v126
	v_mov_b32_e32 v76, v126
	v_mov_b32_e32 v77, v126
	v_mov_b32_e32 v70, v126
	v_mov_b32_e32 v71, v126
	v_mov_b32_e32 v72, v126
	v_mov_b32_e32 v73, v126
	v_mov_b32_e32 v66, v126
	v_mov_b32_e32 v67, v126
	v_mov_b32_e32 v68, v126
	v_mov_b32_e32 v69, v126
	v_mov_b32_e32 v62, v126
	v_mov_b32_e32 v63, v126
	v_mov_b32_e32 v64, v126
	v_mov_b32_e32 v65, v126
	v_mov_b32_e32 v58, v126
	v_mov_b32_e32 v59, v126
	v_mov_b32_e32 v60, v126
	v_mov_b32_e32 v61, v126
	v_mov_b32_e32 v54, v126
	v_mov_b32_e32 v55, v126
	v_mov_b32_e32 v56, v126
	v_mov_b32_e32 v57, v126
	v_mov_b32_e32 v50, v126
	v_mov_b32_e32 v51, v126
	v_mov_b32_e32 v52, v126
	v_mov_b32_e32 v53, v126
	v_mov_b32_e32 v38, v126
	v_mov_b32_e32 v39, v126
	v_mov_b32_e32 v40, v126
	v_mov_b32_e32 v41, v126
	v_mov_b32_e32 v30, v126
	v_mov_b32_e32 v31, v126
	v_mov_b32_e32 v32, v126
	v_mov_b32_e32 v33, v126
	v_mov_b32_e32 v34, v126
	v_mov_b32_e32 v35, v126
	v_mov_b32_e32 v36, v126
	v_mov_b32_e32 v37, v126
	v_mov_b32_e32 v46, v126
	v_mov_b32_e32 v47, v126
	v_mov_b32_e32 v48, v126
	v_mov_b32_e32 v49, v126
	v_mov_b32_e32 v2, v126
	v_mov_b32_e32 v3, v126
	v_mov_b32_e32 v4, v126
	v_mov_b32_e32 v5, v126
	v_mov_b32_e32 v6, v126
	v_mov_b32_e32 v7, v126
	v_mov_b32_e32 v8, v126
	v_mov_b32_e32 v9, v126
	v_mov_b32_e32 v10, v126
	v_mov_b32_e32 v11, v126
	v_mov_b32_e32 v12, v126
	v_mov_b32_e32 v13, v126
	v_mov_b32_e32 v14, v126
	v_mov_b32_e32 v15, v126
	v_mov_b32_e32 v16, v126
	v_mov_b32_e32 v17, v126
	v_mov_b32_e32 v42, v126
	v_mov_b32_e32 v43, v126
	v_mov_b32_e32 v44, v126
	v_mov_b32_e32 v45, v126
	v_mov_b32_e32 v26, v126
	v_mov_b32_e32 v27, v126
	v_mov_b32_e32 v28, v126
	v_mov_b32_e32 v29, v126
	v_mov_b32_e32 v22, v126
	v_mov_b32_e32 v23, v126
	v_mov_b32_e32 v24, v126
	v_mov_b32_e32 v25, v126
	v_mov_b32_e32 v18, v126
	v_mov_b32_e32 v19, v126
	v_mov_b32_e32 v20, v126
	v_mov_b32_e32 v21, v126
	scratch_store_dword off, v165, off offset:152 ; 4-byte Folded Spill
	scratch_store_dword off, v167, off offset:200 ; 4-byte Folded Spill
	scratch_store_dword off, v214, off offset:168 ; 4-byte Folded Spill
	scratch_store_dword off, v1, off offset:132 ; 4-byte Folded Spill
	scratch_store_dwordx2 off, v[168:169], off offset:4 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[166:167], off offset:20 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[170:171], off offset:36 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[172:173], off offset:52 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[178:179], off offset:68 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[174:175], off offset:84 ; 8-byte Folded Spill
.LBB0_7:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_waitcnt vmcnt(4)
	v_add_u32_e32 v138, s6, v170
	s_waitcnt vmcnt(1)
	v_add_u32_e32 v139, s6, v172
	v_add_u32_e32 v140, s6, v174
	v_add_u32_e32 v141, s6, v176
	s_waitcnt vmcnt(0)
	v_add_u32_e32 v134, s6, v178
	v_add_u32_e32 v130, s6, v236
	v_add_u32_e32 v142, v228, v247
	v_add_u32_e32 v143, v228, v244
	v_add_u32_e32 v144, v228, v241
	v_add_u32_e32 v145, v228, v239
	v_add_u32_e32 v146, v228, v234
	v_add_u32_e32 v147, v228, v233
	v_add_u32_e32 v148, v228, v231
	v_add_u32_e32 v149, v228, v229
	v_add_u32_e32 v0, s6, v166
	v_add_u32_e32 v1, s6, v168
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	buffer_load_dwordx4 v[130:133], v130, s[28:31], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[134:137], v134, s[28:31], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[186:189], v141, s[28:31], 0 offen
	buffer_load_dwordx4 v[190:193], v140, s[28:31], 0 offen
	buffer_load_dwordx4 v[194:197], v139, s[28:31], 0 offen
	buffer_load_dwordx4 v[198:201], v138, s[28:31], 0 offen
	buffer_load_dwordx4 v[202:205], v1, s[28:31], 0 offen
	buffer_load_dwordx4 v[206:209], v0, s[28:31], 0 offen
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	buffer_load_dwordx4 v[150:153], v142, s[36:39], 0 offen
	buffer_load_dwordx4 v[154:157], v143, s[36:39], 0 offen
	buffer_load_dwordx4 v[158:161], v144, s[36:39], 0 offen
	buffer_load_dwordx4 v[162:165], v145, s[36:39], 0 offen
	buffer_load_dwordx4 v[166:169], v146, s[36:39], 0 offen
	buffer_load_dwordx4 v[138:141], v147, s[36:39], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[142:145], v148, s[36:39], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[146:149], v149, s[36:39], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	v_add_u32_e32 v0, 0, v184
	v_add_u32_e32 v1, 0, v226
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v170, v219, v250
	v_add_u32_e32 v171, v219, v251
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	v_add_u32_e32 v173, 0, v217
	v_add_u32_e32 v172, 0, v216
	v_add_u32_e32 v174, 0x4000, v172
	v_add_u32_e32 v175, 0x8000, v172
	v_mov_b32_e32 v178, v176
	v_add_u32_e32 v176, 0xc000, v172
	v_mov_b32_e32 v179, v216
	v_mov_b32_e32 v180, v217
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_addk_i32 s6, 0x80
	v_add_u32_e32 v181, 0x100, v181
	v_add_u32_e32 v229, 0x200, v229
	v_add_u32_e32 v183, 0x100, v183
	v_add_u32_e32 v231, 0x200, v231
	v_add_u32_e32 v185, 0x100, v185
	v_add_u32_e32 v233, 0x200, v233
	v_add_u32_e32 v227, 0x100, v227
	v_add_u32_e32 v234, 0x200, v234
	v_add_u32_e32 v230, 0x100, v230
	v_add_u32_e32 v239, 0x200, v239
	v_add_u32_e32 v232, 0x100, v232
	v_add_u32_e32 v241, 0x200, v241
	v_add_u32_e32 v235, 0x100, v235
	v_add_u32_e32 v244, 0x200, v244
	v_add_u32_e32 v240, 0x100, v240
	v_add_u32_e32 v247, 0x200, v247
	v_add_u32_e32 v250, 8, v250
	s_cmp_lg_u32 s7, s6
	v_add_u32_e32 v251, 8, v251
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt vmcnt(14)
	ds_write2st64_b32 v0, v130, v134 offset1:32
	ds_write2st64_b32 v1, v131, v135 offset1:32
	v_add_u32_e32 v130, 0, v218
	v_add_u32_e32 v131, 0, v237
	ds_write2st64_b32 v130, v132, v136 offset1:32
	ds_write2st64_b32 v131, v133, v137 offset1:32
	s_waitcnt vmcnt(12)
	ds_write2st64_b32 v0, v186, v190 offset0:64 offset1:96
	ds_write2st64_b32 v1, v187, v191 offset0:64 offset1:96
	ds_write2st64_b32 v130, v188, v192 offset0:64 offset1:96
	ds_write2st64_b32 v131, v189, v193 offset0:64 offset1:96
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v132, v219, v242
	v_add_u32_e32 v133, v219, v243
	v_add_u32_e32 v134, v219, v245
	v_add_u32_e32 v135, v219, v246
	v_add_u32_e32 v136, v219, v248
	v_add_u32_e32 v137, v219, v249
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	s_waitcnt vmcnt(10)
	ds_write2st64_b32 v0, v194, v198 offset0:128 offset1:160
	ds_write2st64_b32 v1, v195, v199 offset0:128 offset1:160
	ds_write2st64_b32 v130, v196, v200 offset0:128 offset1:160
	ds_write2st64_b32 v131, v197, v201 offset0:128 offset1:160
	s_waitcnt vmcnt(8)
	ds_write2st64_b32 v0, v202, v206 offset0:192 offset1:224
	ds_write2st64_b32 v1, v203, v207 offset0:192 offset1:224
	ds_write2st64_b32 v130, v204, v208 offset0:192 offset1:224
	ds_write2st64_b32 v131, v205, v209 offset0:192 offset1:224
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	buffer_load_ubyte v131, v171, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v137, v137, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v135, v135, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v133, v133, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v170, v170, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v136, v136, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v134, v134, s[20:23], 0 offen
	s_nop 0
	buffer_load_ubyte v132, v132, s[20:23], 0 offen
	.loc	1 293 20                        ; moe_op_gemm_a16w4.py:293:20
	v_add_u32_e32 v0, 0x4000, v173
	v_add_u32_e32 v1, 0x8000, v173
	v_add_u32_e32 v130, 0xc000, v173
	ds_read2_b32 v[216:217], v172 offset1:8
	ds_read2_b32 v[200:201], v172 offset0:16 offset1:24
	ds_read2_b32 v[214:215], v174 offset1:8
	ds_read2_b32 v[198:199], v174 offset0:16 offset1:24
	ds_read2_b32 v[212:213], v175 offset1:8
	ds_read2_b32 v[196:197], v175 offset0:16 offset1:24
	ds_read2_b32 v[210:211], v176 offset1:8
	ds_read2_b32 v[194:195], v176 offset0:16 offset1:24
	ds_read2_b32 v[208:209], v173 offset1:8
	ds_read2_b32 v[192:193], v173 offset0:16 offset1:24
	ds_read2_b32 v[206:207], v0 offset1:8
	ds_read2_b32 v[190:191], v0 offset0:16 offset1:24
	ds_read2_b32 v[204:205], v1 offset1:8
	ds_read2_b32 v[188:189], v1 offset0:16 offset1:24
	ds_read2_b32 v[202:203], v130 offset1:8
	ds_read2_b32 v[186:187], v130 offset0:16 offset1:24
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_add_u32_e32 v0, 0, v222
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v1, 0, v238
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	v_add_u32_e32 v242, 8, v242
	v_add_u32_e32 v243, 8, v243
	v_add_u32_e32 v245, 8, v245
	v_add_u32_e32 v246, 8, v246
	v_add_u32_e32 v248, 8, v248
	v_add_u32_e32 v249, 8, v249
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_waitcnt vmcnt(7)
	ds_write_b8 v0, v131
	s_waitcnt vmcnt(6)
	ds_write_b8 v0, v137 offset:1024
	s_waitcnt vmcnt(5)
	ds_write_b8 v0, v135 offset:2048
	s_waitcnt vmcnt(4)
	ds_write_b8 v0, v133 offset:3072
	scratch_load_dword v0, off, off offset:100 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b8 v0, v170
	scratch_load_dword v0, off, off offset:116 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b8 v0, v136
	scratch_load_dword v0, off, off offset:132 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b8 v0, v134
	ds_write_b8 v220, v132
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[130:133], v182 offset1:2
	ds_read2st64_b64 v[134:137], v182 offset0:4 offset1:6
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v0, 0, v255
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v0, v[150:153]
	ds_write_b128 v0, v[154:157] offset:8192
	ds_write_b128 v0, v[158:161] offset:16384
	ds_write_b128 v0, v[162:165] offset:24576
	ds_write_b128 v0, v[166:169] offset:32768
	ds_write_b128 v0, v[138:141] offset:40960
	ds_write_b128 v0, v[142:145] offset:49152
	ds_write_b128 v0, v[146:149] offset:57344
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v0, v221, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v149, v221, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v153, v221, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v142, v216, v0
	v_cvt_scalef32_pk_bf16_fp4 v143, v216, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v144, v216, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v145, v216, v0 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v0, v221, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[138:141], v1
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v146, v214, v149
	v_cvt_scalef32_pk_bf16_fp4 v147, v214, v149 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v148, v214, v149 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v149, v214, v149 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v150, v212, v153
	v_cvt_scalef32_pk_bf16_fp4 v151, v212, v153 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v152, v212, v153 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v153, v212, v153 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v154, v210, v0
	v_cvt_scalef32_pk_bf16_fp4 v155, v210, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v156, v210, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v157, v210, v0 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[126:129], v[142:145], v[138:141], v[126:129]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_xor_b32_e32 v0, 64, v238
	v_add_u32_e32 v160, 0, v0
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v0, 15, v130
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[122:125], v[146:149], v[138:141], v[122:125]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v0, 0x7f800000, v0
	v_mov_b32_e32 v161, v255
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[118:121], v[150:153], v[138:141], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[114:117], v[154:157], v[138:141], v[114:117]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:8192
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[142:145], v[138:141], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[146:149], v[138:141], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[150:153], v[138:141], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[154:157], v[138:141], v[98:101]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:16384
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[142:145], v[138:141], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[146:149], v[138:141], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[150:153], v[138:141], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[154:157], v[138:141], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:24576
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[142:145], v[138:141], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[146:149], v[138:141], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[150:153], v[138:141], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[154:157], v[138:141], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:32768
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[142:145], v[138:141], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[146:149], v[138:141], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[150:153], v[138:141], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[154:157], v[138:141], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:40960
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[142:145], v[138:141], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[146:149], v[138:141], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[150:153], v[138:141], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[154:157], v[138:141], v[46:49]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:49152
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[2:5], v[142:145], v[138:141], v[2:5]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[146:149], v[138:141], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[150:153], v[138:141], v[10:13]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[154:157], v[138:141], v[14:17]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v1 offset:57344
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[42:45], v[142:145], v[138:141], v[42:45]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v142, 15, v132
	v_lshlrev_b32_e32 v143, 15, v134
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v144, v208, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[146:149], v[138:141], v[26:29]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v146, 0x7f800000, v142
	v_and_b32_e32 v149, 0x7f800000, v143
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v142, v208, v0
	v_cvt_scalef32_pk_bf16_fp4 v143, v208, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v145, v208, v0 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v0, 15, v136
	v_and_b32_e32 v0, 0x7f800000, v0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[22:25], v[150:153], v[138:141], v[22:25]
	v_cvt_scalef32_pk_bf16_fp4 v147, v204, v149 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v148, v204, v149 op_sel:[0,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[18:21], v[154:157], v[138:141], v[18:21]
	v_cvt_scalef32_pk_bf16_fp4 v138, v206, v146
	v_cvt_scalef32_pk_bf16_fp4 v139, v206, v146 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v140, v206, v146 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v141, v206, v146 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v146, v204, v149
	v_cvt_scalef32_pk_bf16_fp4 v149, v204, v149 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v154, v202, v0
	v_cvt_scalef32_pk_bf16_fp4 v155, v202, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v156, v202, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v157, v202, v0 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[126:129], v[142:145], v[150:153], v[126:129]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_xor_b32_e32 v0, 0x80, v238
	v_add_u32_e32 v159, 0, v0
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v0, 7, v130
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[122:125], v[138:141], v[150:153], v[122:125]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v0, 0x7f800000, v0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[118:121], v[146:149], v[150:153], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[114:117], v[154:157], v[150:153], v[114:117]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:8192
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[142:145], v[150:153], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[138:141], v[150:153], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[146:149], v[150:153], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[154:157], v[150:153], v[98:101]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:16384
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[142:145], v[150:153], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[138:141], v[150:153], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[146:149], v[150:153], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[154:157], v[150:153], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:24576
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[142:145], v[150:153], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[138:141], v[150:153], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[146:149], v[150:153], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[154:157], v[150:153], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:32768
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[142:145], v[150:153], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[138:141], v[150:153], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[146:149], v[150:153], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[154:157], v[150:153], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:40960
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[142:145], v[150:153], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[138:141], v[150:153], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[146:149], v[150:153], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[154:157], v[150:153], v[46:49]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:49152
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[2:5], v[142:145], v[150:153], v[2:5]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[138:141], v[150:153], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[146:149], v[150:153], v[10:13]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[154:157], v[150:153], v[14:17]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[150:153], v160 offset:57344
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[42:45], v[142:145], v[150:153], v[42:45]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v142, 7, v132
	v_lshlrev_b32_e32 v143, 7, v134
	v_lshlrev_b32_e32 v144, 7, v136
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[138:141], v[150:153], v[26:29]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v158, 0x7f800000, v144
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v144, v217, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[146:149], v[150:153], v[22:25]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v149, 0x7f800000, v142
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v142, v217, v0
	v_cvt_scalef32_pk_bf16_fp4 v145, v217, v0 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[154:157], v[150:153], v[18:21]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v153, 0x7f800000, v143
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v143, v217, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v150, v213, v153
	v_cvt_scalef32_pk_bf16_fp4 v151, v213, v153 op_sel:[1,0,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[154:157], v[142:145], v[138:141], v[126:129]
	v_cvt_scalef32_pk_bf16_fp4 v152, v213, v153 op_sel:[0,1,0]
	s_nop 1
	v_cvt_scalef32_pk_bf16_fp4 v126, v211, v158
	v_cvt_scalef32_pk_bf16_fp4 v127, v211, v158 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v128, v211, v158 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v129, v211, v158 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v153, v213, v153 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v146, v215, v149
	v_mfma_f32_16x16x32_bf16 v[162:165], v[126:129], v[138:141], v[114:117]
	v_cvt_scalef32_pk_bf16_fp4 v147, v215, v149 op_sel:[1,0,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 1
	ds_read_b128 v[114:117], v159 offset:8192
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v148, v215, v149 op_sel:[0,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[222:225], v[126:129], v[114:117], v[98:101]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[98:101], v159 offset:16384
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_cvt_scalef32_pk_bf16_fp4 v149, v215, v149 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_xor_b32_e32 v0, 0xc0, v238
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[174:177], v[150:153], v[98:101], v[86:89]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	v_add_u32_e32 v158, 0, v0
	s_nop 1
	ds_read_b128 v[86:89], v159 offset:24576
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v0, v221, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[142:145], v[86:89], v[78:81]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v130, v221, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[74:77], v[146:149], v[86:89], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[150:153], v[86:89], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[126:129], v[86:89], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[86:89], v159 offset:32768
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[142:145], v[86:89], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[146:149], v[86:89], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[150:153], v[86:89], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[126:129], v[86:89], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[86:89], v159 offset:40960
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[142:145], v[86:89], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[146:149], v[86:89], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[150:153], v[86:89], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[126:129], v[86:89], v[46:49]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[86:89], v159 offset:49152
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[2:5], v[142:145], v[86:89], v[2:5]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[146:149], v[86:89], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[150:153], v[86:89], v[10:13]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[126:129], v[86:89], v[14:17]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[86:89], v159 offset:57344
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[214:217], v[150:153], v[114:117], v[102:105]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[102:105], v[146:149], v[86:89], v[26:29]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_nop 2
	v_lshlrev_b32_sdwa v26, v221, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v27, v221, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v28, v221, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[122:125], v[146:149], v[138:141], v[122:125]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v132, v221, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v134, v221, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[118:121], v[150:153], v[138:141], v[118:121]
	v_cvt_scalef32_pk_bf16_fp4 v138, v207, v26
	v_cvt_scalef32_pk_bf16_fp4 v139, v207, v26 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v140, v207, v26 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[166:169], v[142:145], v[114:117], v[110:113]
	v_cvt_scalef32_pk_bf16_fp4 v141, v207, v26 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[210:213], v[146:149], v[114:117], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[170:173], v[142:145], v[98:101], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[252:255], v[146:149], v[98:101], v[90:93]
	v_cvt_scalef32_pk_bf16_fp4 v146, v205, v27
	v_cvt_scalef32_pk_bf16_fp4 v147, v205, v27 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v148, v205, v27 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[126:129], v[98:101], v[82:85]
	v_cvt_scalef32_pk_bf16_fp4 v149, v205, v27 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[142:145], v[86:89], v[42:45]
	v_cvt_scalef32_pk_bf16_fp4 v142, v209, v0
	v_cvt_scalef32_pk_bf16_fp4 v143, v209, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v144, v209, v0 op_sel:[0,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[42:45], v158
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[106:109], v[150:153], v[86:89], v[22:25]
	v_cvt_scalef32_pk_bf16_fp4 v145, v209, v0 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v150, v203, v28
	v_cvt_scalef32_pk_bf16_fp4 v151, v203, v28 op_sel:[1,0,0]
	v_mfma_f32_16x16x32_bf16 v[126:129], v[126:129], v[86:89], v[18:21]
	v_cvt_scalef32_pk_bf16_fp4 v152, v203, v28 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v153, v203, v28 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v0, v221, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[18:21], v158 offset:8192
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[114:117], v[138:141], v[42:45], v[122:125]
	v_mfma_f32_16x16x32_bf16 v[122:125], v[150:153], v[42:45], v[162:165]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[162:165], v[142:145], v[18:21], v[166:169]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[138:141], v[18:21], v[210:213]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[146:149], v[18:21], v[214:217]
	v_mfma_f32_16x16x32_bf16 v[94:97], v[150:153], v[18:21], v[222:225]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[18:21], v158 offset:16384
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[202:205], v[142:145], v[18:21], v[170:173]
	scratch_load_dword v222, off, off       ; 4-byte Folded Reload
	v_mfma_f32_16x16x32_bf16 v[170:173], v[138:141], v[18:21], v[252:255]
	v_mfma_f32_16x16x32_bf16 v[166:169], v[146:149], v[18:21], v[174:177]
	s_nop 1
	v_mov_b32_e32 v255, v161
	v_mfma_f32_16x16x32_bf16 v[82:85], v[150:153], v[18:21], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[18:21], v158 offset:24576
	v_mov_b32_e32 v176, v178
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[142:145], v[18:21], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[138:141], v[18:21], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[146:149], v[18:21], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[150:153], v[18:21], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[18:21], v158 offset:32768
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[110:113], v[142:145], v[42:45], v[154:157]
	v_mfma_f32_16x16x32_bf16 v[118:121], v[146:149], v[42:45], v[118:121]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[42:45], v[146:149], v[18:21], v[54:57]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[54:57], v158 offset:40960
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[22:25], v[138:141], v[54:57], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[150:153], v[54:57], v[46:49]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[46:49], v158 offset:49152
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[62:65], v[142:145], v[18:21], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[138:141], v[18:21], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[150:153], v[18:21], v[50:53]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[142:145], v[54:57], v[38:41]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[138:141], v[46:49], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[146:149], v[46:49], v[10:13]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[154:157], v158 offset:57344
	s_nop 1
	ds_read_b128 v[10:13], v1 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[146:149], v[54:57], v[34:37]
	v_cvt_scalef32_pk_bf16_fp4 v54, v200, v0
	v_cvt_scalef32_pk_bf16_fp4 v55, v200, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v200, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[142:145], v[46:49], v[2:5]
	v_cvt_scalef32_pk_bf16_fp4 v57, v200, v0 op_sel:[1,1,0]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v0, 15, v131
	v_and_b32_e32 v0, 0x7f800000, v0
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[2:5], v[150:153], v[46:49], v[14:17]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[142:145], v[154:157], v[98:101]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[138:141], v[154:157], v[102:105]
	v_cvt_scalef32_pk_bf16_fp4 v138, v194, v134
	v_cvt_scalef32_pk_bf16_fp4 v139, v194, v134 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v140, v194, v134 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[146:149], v[154:157], v[106:109]
	v_cvt_scalef32_pk_bf16_fp4 v102, v198, v130
	v_cvt_scalef32_pk_bf16_fp4 v103, v198, v130 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v104, v198, v130 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[150:153], v[154:157], v[126:129]
	v_cvt_scalef32_pk_bf16_fp4 v105, v198, v130 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v141, v194, v134 op_sel:[1,1,0]
	s_nop 0
	v_cvt_scalef32_pk_bf16_fp4 v126, v196, v132
	v_cvt_scalef32_pk_bf16_fp4 v127, v196, v132 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v128, v196, v132 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v129, v196, v132 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[54:57], v[10:13], v[110:113]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v132, 7, v137
	v_and_b32_e32 v132, 0x7f800000, v132
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[114:117], v[102:105], v[10:13], v[114:117]
	v_mfma_f32_16x16x32_bf16 v[118:121], v[126:129], v[10:13], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[138:141], v[10:13], v[122:125]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[122:125], v1 offset:8448
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[142:145], v[54:57], v[122:125], v[162:165]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[162:165], v1 offset:57600
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[86:89], v[102:105], v[122:125], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[126:129], v[122:125], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[94:97], v[138:141], v[122:125], v[94:97]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[122:125], v1 offset:16640
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[146:149], v[54:57], v[122:125], v[202:205]
	v_mfma_f32_16x16x32_bf16 v[150:153], v[102:105], v[122:125], v[170:173]
	v_mfma_f32_16x16x32_bf16 v[154:157], v[126:129], v[122:125], v[166:169]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[138:141], v[122:125], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[122:125], v1 offset:24832
	s_nop 0
	ds_read_b128 v[166:169], v160 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[54:57], v[122:125], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[102:105], v[122:125], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[126:129], v[122:125], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[138:141], v[122:125], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[122:125], v1 offset:33024
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[54:57], v[122:125], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[102:105], v[122:125], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[42:45], v[126:129], v[122:125], v[42:45]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[138:141], v[122:125], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[122:125], v1 offset:41216
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[18:21], v[54:57], v[122:125], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[102:105], v[122:125], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[126:129], v[122:125], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[138:141], v[122:125], v[30:33]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[122:125], v1 offset:49408
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v1, 15, v133
	v_and_b32_e32 v1, 0x7f800000, v1
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[34:37], v[54:57], v[122:125], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[38:41], v[102:105], v[122:125], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[126:129], v[122:125], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[2:5], v[138:141], v[122:125], v[2:5]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v122, 15, v135
	v_lshlrev_b32_e32 v123, 15, v137
	v_and_b32_e32 v125, 0x7f800000, v122
	v_and_b32_e32 v130, 0x7f800000, v123
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[14:17], v[54:57], v[162:165], v[14:17]
	v_cvt_scalef32_pk_bf16_fp4 v54, v192, v0
	v_cvt_scalef32_pk_bf16_fp4 v55, v192, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v192, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[102:105], v[162:165], v[46:49]
	v_cvt_scalef32_pk_bf16_fp4 v57, v192, v0 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v102, v190, v1
	v_cvt_scalef32_pk_bf16_fp4 v103, v190, v1 op_sel:[1,0,0]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[126:129], v[162:165], v[98:101]
	v_cvt_scalef32_pk_bf16_fp4 v104, v190, v1 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v105, v190, v1 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v122, v188, v125
	v_mfma_f32_16x16x32_bf16 v[106:109], v[138:141], v[162:165], v[106:109]
	v_cvt_scalef32_pk_bf16_fp4 v123, v188, v125 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v124, v188, v125 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v125, v188, v125 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v126, v186, v130
	v_cvt_scalef32_pk_bf16_fp4 v127, v186, v130 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v128, v186, v130 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v129, v186, v130 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:8448
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[142:145], v[54:57], v[138:141], v[142:145]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_e32 v0, 7, v131
	v_lshlrev_b32_e32 v1, 7, v133
	v_lshlrev_b32_e32 v130, 7, v135
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[86:89], v[102:105], v[138:141], v[86:89]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_and_b32_e32 v0, 0x7f800000, v0
	v_and_b32_e32 v1, 0x7f800000, v1
	v_and_b32_e32 v130, 0x7f800000, v130
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[90:93], v[122:125], v[138:141], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[94:97], v[126:129], v[138:141], v[94:97]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:16640
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[146:149], v[54:57], v[138:141], v[146:149]
	v_mfma_f32_16x16x32_bf16 v[150:153], v[102:105], v[138:141], v[150:153]
	v_mfma_f32_16x16x32_bf16 v[154:157], v[122:125], v[138:141], v[154:157]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[126:129], v[138:141], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:24832
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[54:57], v[138:141], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[102:105], v[138:141], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[122:125], v[138:141], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[126:129], v[138:141], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:33024
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[54:57], v[138:141], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[102:105], v[138:141], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[42:45], v[122:125], v[138:141], v[42:45]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[126:129], v[138:141], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:41216
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[18:21], v[54:57], v[138:141], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[102:105], v[138:141], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[122:125], v[138:141], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[126:129], v[138:141], v[30:33]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v160 offset:49408
	ds_read_b128 v[160:163], v160 offset:57600
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[110:113], v[54:57], v[166:169], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[114:117], v[102:105], v[166:169], v[114:117]
	v_mfma_f32_16x16x32_bf16 v[118:121], v[122:125], v[166:169], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[126:129], v[166:169], v[10:13]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[164:167], v159 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 v[34:37], v[54:57], v[138:141], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[38:41], v[102:105], v[138:141], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[122:125], v[138:141], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[2:5], v[126:129], v[138:141], v[2:5]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159 offset:8448
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[54:57], v[160:163], v[14:17]
	v_cvt_scalef32_pk_bf16_fp4 v54, v201, v0
	v_cvt_scalef32_pk_bf16_fp4 v55, v201, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v56, v201, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[102:105], v[160:163], v[46:49]
	v_cvt_scalef32_pk_bf16_fp4 v57, v201, v0 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v102, v199, v1
	v_cvt_scalef32_pk_bf16_fp4 v103, v199, v1 op_sel:[1,0,0]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[122:125], v[160:163], v[98:101]
	v_cvt_scalef32_pk_bf16_fp4 v104, v199, v1 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v105, v199, v1 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v122, v197, v130
	v_mfma_f32_16x16x32_bf16 v[106:109], v[126:129], v[160:163], v[106:109]
	v_cvt_scalef32_pk_bf16_fp4 v123, v197, v130 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v124, v197, v130 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v125, v197, v130 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v126, v195, v132
	v_cvt_scalef32_pk_bf16_fp4 v127, v195, v132 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v128, v195, v132 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v129, v195, v132 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[160:163], v[54:57], v[138:141], v[142:145]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	v_lshlrev_b32_sdwa v0, v221, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v1, v221, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[86:89], v[102:105], v[138:141], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[122:125], v[138:141], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[94:97], v[126:129], v[138:141], v[94:97]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159 offset:16640
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[110:113], v[54:57], v[164:167], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[114:117], v[102:105], v[164:167], v[114:117]
	v_mfma_f32_16x16x32_bf16 v[118:121], v[122:125], v[164:167], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[126:129], v[164:167], v[10:13]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[164:167], v[54:57], v[138:141], v[146:149]
	v_mfma_f32_16x16x32_bf16 v[150:153], v[102:105], v[138:141], v[150:153]
	v_mfma_f32_16x16x32_bf16 v[154:157], v[122:125], v[138:141], v[154:157]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[126:129], v[138:141], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159 offset:24832
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[54:57], v[138:141], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[102:105], v[138:141], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[122:125], v[138:141], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[126:129], v[138:141], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159 offset:33024
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[54:57], v[138:141], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[102:105], v[138:141], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[42:45], v[122:125], v[138:141], v[42:45]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[126:129], v[138:141], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[138:141], v159 offset:41216
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[168:171], v[54:57], v[138:141], v[18:21]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[18:21], v159 offset:49408
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[210:213], v[122:125], v[18:21], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[214:217], v[126:129], v[18:21], v[2:5]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	s_nop 2
	ds_read_b128 v[2:5], v159 offset:57600
	ds_read_b128 v[6:9], v158 offset:256
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[202:205], v[54:57], v[18:21], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[206:209], v[102:105], v[18:21], v[38:41]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[18:21], v[54:57], v[2:5], v[14:17]
	.loc	1 303 31                        ; moe_op_gemm_a16w4.py:303:31
	s_nop 2
	v_lshlrev_b32_sdwa v14, v221, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v15, v221, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[172:175], v[102:105], v[138:141], v[22:25]
	v_cvt_scalef32_pk_bf16_fp4 v142, v189, v14
	v_cvt_scalef32_pk_bf16_fp4 v143, v189, v14 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v144, v189, v14 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[194:197], v[122:125], v[138:141], v[26:29]
	v_cvt_scalef32_pk_bf16_fp4 v145, v189, v14 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v146, v187, v15
	v_cvt_scalef32_pk_bf16_fp4 v147, v187, v15 op_sel:[1,0,0]
	v_mfma_f32_16x16x32_bf16 v[198:201], v[126:129], v[138:141], v[30:33]
	v_cvt_scalef32_pk_bf16_fp4 v26, v193, v0
	v_cvt_scalef32_pk_bf16_fp4 v27, v193, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v28, v193, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[102:105], v[2:5], v[46:49]
	v_cvt_scalef32_pk_bf16_fp4 v29, v193, v0 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v138, v191, v1
	v_cvt_scalef32_pk_bf16_fp4 v139, v191, v1 op_sel:[1,0,0]
	v_mfma_f32_16x16x32_bf16 v[130:133], v[122:125], v[2:5], v[98:101]
	v_cvt_scalef32_pk_bf16_fp4 v140, v191, v1 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v141, v191, v1 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v148, v187, v15 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[134:137], v[126:129], v[2:5], v[106:109]
	v_cvt_scalef32_pk_bf16_fp4 v149, v187, v15 op_sel:[1,1,0]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[2:5], v158 offset:8448
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[126:129], v[26:29], v[6:9], v[110:113]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[26:29], v[2:5], v[160:163]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[138:141], v[2:5], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[142:145], v[2:5], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[146:149], v[2:5], v[94:97]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[2:5], v158 offset:16640
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[26:29], v[2:5], v[164:167]
	s_nop 2
	scratch_load_dwordx2 v[166:167], off, off offset:20 ; 8-byte Folded Reload
	v_mfma_f32_16x16x32_bf16 v[90:93], v[138:141], v[2:5], v[150:153]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[142:145], v[2:5], v[154:157]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[146:149], v[2:5], v[82:85]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[2:5], v158 offset:24832
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[26:29], v[2:5], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[138:141], v[2:5], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[142:145], v[2:5], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[146:149], v[2:5], v[66:69]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[2:5], v158 offset:33024
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[26:29], v[2:5], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[138:141], v[2:5], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[142:145], v[2:5], v[42:45]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[146:149], v[2:5], v[50:53]
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[2:5], v158 offset:41216
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[26:29], v[2:5], v[168:171]
	s_nop 2
	scratch_load_dwordx2 v[170:171], off, off offset:36 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[168:169], off, off offset:4 ; 8-byte Folded Reload
	v_mfma_f32_16x16x32_bf16 v[30:33], v[138:141], v[2:5], v[172:175]
	s_nop 2
	scratch_load_dwordx2 v[174:175], off, off offset:84 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[172:173], off, off offset:52 ; 8-byte Folded Reload
	.loc	1 292 20                        ; moe_op_gemm_a16w4.py:292:20
	ds_read_b128 v[14:17], v158 offset:49408
	ds_read_b128 v[150:153], v158 offset:57600
	.loc	1 306 46                        ; moe_op_gemm_a16w4.py:306:46
	v_mfma_f32_16x16x32_bf16 v[122:125], v[138:141], v[6:9], v[114:117]
	v_mfma_f32_16x16x32_bf16 v[118:121], v[142:145], v[6:9], v[118:121]
	v_mfma_f32_16x16x32_bf16 v[114:117], v[146:149], v[6:9], v[10:13]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[142:145], v[2:5], v[194:197]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[146:149], v[2:5], v[198:201]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[2:5], v[26:29], v[14:17], v[202:205]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[138:141], v[14:17], v[206:209]
	v_mfma_f32_16x16x32_bf16 v[10:13], v[142:145], v[14:17], v[210:213]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[146:149], v[14:17], v[214:217]
	s_nop 2
	v_mov_b32_e32 v216, v179
	scratch_load_dwordx2 v[178:179], off, off offset:68 ; 8-byte Folded Reload
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[42:45], v[26:29], v[150:153], v[18:21]
	v_mov_b32_e32 v217, v180
	v_mfma_f32_16x16x32_bf16 v[26:29], v[138:141], v[150:153], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[142:145], v[150:153], v[130:133]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[146:149], v[150:153], v[134:137]
	.loc	1 291 19                        ; moe_op_gemm_a16w4.py:291:19
	s_cbranch_scc1 .LBB0_7
; %bb.8:                                ; %Flow
	.loc	1 0 19 is_stmt 0                ; moe_op_gemm_a16w4.py:0:19
	scratch_load_dword v165, off, off offset:152 ; 4-byte Folded Reload
	scratch_load_dword v145, off, off offset:200 ; 4-byte Folded Reload
	scratch_load_dword v214, off, off offset:168 ; 4-byte Folded Reload
	scratch_load_dword v215, off, off offset:184 ; 4-byte Folded Reload
	v_add_u32_e32 v143, v219, v251
	v_add_u32_e32 v141, v219, v250
	v_add_u32_e32 v139, v219, v249
	v_add_u32_e32 v137, v219, v248
	v_add_u32_e32 v135, v219, v246
	v_add_u32_e32 v133, v219, v245
	v_add_u32_e32 v131, v219, v243
	v_add_u32_e32 v1, v219, v242
	v_add_u32_e32 v236, s6, v236
	s_waitcnt vmcnt(4)
	v_add_u32_e32 v178, s6, v178
	v_add_u32_e32 v176, s6, v176
	v_add_u32_e32 v174, s6, v174
	v_add_u32_e32 v172, s6, v172
	v_add_u32_e32 v170, s6, v170
	v_add_u32_e32 v168, s6, v168
	v_add_u32_e32 v166, s6, v166
	s_mov_b64 s[42:43], s[14:15]
	s_mov_b64 s[18:19], s[14:15]
	v_lshlrev_b32_e32 v213, 4, v219
	v_xor_b32_e32 v231, 0x80, v238
	v_xor_b32_e32 v233, 0xc0, v238
	s_waitcnt vmcnt(3)
	v_add_u32_e32 v130, v165, v240
	v_add_u32_e32 v132, v165, v235
	v_add_u32_e32 v134, v165, v232
	v_add_u32_e32 v136, v165, v230
	v_add_u32_e32 v138, v165, v227
	v_add_u32_e32 v140, v165, v185
	v_add_u32_e32 v142, v165, v183
	v_add_u32_e32 v144, v165, v181
	v_xor_b32_e32 v232, 64, v238
.LBB0_9:                                ; %Flow535
	.loc	1 320 20 is_stmt 1              ; moe_op_gemm_a16w4.py:320:20
	v_bfrev_b32_e32 v254, 1
	.loc	1 316 31                        ; moe_op_gemm_a16w4.py:316:31
	v_cmp_gt_u32_e32 vcc, 2, v219
	s_load_dword s6, s[0:1], 0x48
	.loc	1 315 30                        ; moe_op_gemm_a16w4.py:315:30
	v_cmp_gt_u32_e64 s[0:1], 64, v165
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_cndmask_b32_e32 v0, v254, v236, vcc
	v_cndmask_b32_e32 v150, v254, v178, vcc
	buffer_load_dwordx4 v[146:149], v0, s[40:43], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[150:153], v150, s[40:43], 0 offen
	v_cndmask_b32_e32 v0, v254, v176, vcc
	v_cndmask_b32_e32 v158, v254, v174, vcc
	buffer_load_dwordx4 v[154:157], v0, s[40:43], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[158:161], v158, s[40:43], 0 offen
	v_cndmask_b32_e32 v0, v254, v172, vcc
	v_cndmask_b32_e32 v162, v254, v170, vcc
	buffer_load_dwordx4 v[194:197], v0, s[40:43], 0 offen
	buffer_load_dwordx4 v[198:201], v162, s[40:43], 0 offen
	v_cndmask_b32_e32 v0, v254, v168, vcc
	v_cndmask_b32_e32 v162, v254, v166, vcc
	buffer_load_dwordx4 v[202:205], v0, s[40:43], 0 offen
	buffer_load_dwordx4 v[206:209], v162, s[40:43], 0 offen
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_lshlrev_b32_e32 v0, 1, v130
	v_lshlrev_b32_e32 v130, 1, v132
	v_lshlrev_b32_e32 v132, 1, v134
	v_lshlrev_b32_e32 v134, 1, v136
	v_lshlrev_b32_e32 v136, 1, v138
	v_lshlrev_b32_e32 v138, 1, v140
	v_lshlrev_b32_e32 v140, 1, v142
	v_lshlrev_b32_e32 v142, 1, v144
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v144, 0, v184
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v0, v254, v0, s[0:1]
	v_cndmask_b32_e64 v142, v254, v142, s[0:1]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cndmask_b32_e32 v143, v254, v143, vcc
	v_cndmask_b32_e32 v139, v254, v139, vcc
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v210, 0, v226
	v_add_u32_e32 v211, 0, v218
	v_add_u32_e32 v212, 0, v237
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_cndmask_b32_e64 v130, v254, v130, s[0:1]
	v_cndmask_b32_e64 v132, v254, v132, s[0:1]
	v_cndmask_b32_e64 v134, v254, v134, s[0:1]
	v_cndmask_b32_e64 v136, v254, v136, s[0:1]
	v_cndmask_b32_e64 v138, v254, v138, s[0:1]
	v_cndmask_b32_e64 v140, v254, v140, s[0:1]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_cndmask_b32_e32 v141, v254, v141, vcc
	v_cndmask_b32_e32 v137, v254, v137, vcc
	v_cndmask_b32_e32 v135, v254, v135, vcc
	v_cndmask_b32_e32 v133, v254, v133, vcc
	v_cndmask_b32_e32 v131, v254, v131, vcc
	v_cndmask_b32_e32 v1, v254, v1, vcc
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	buffer_load_dwordx4 v[162:165], v0, s[12:15], 0 offen
	buffer_load_dwordx4 v[166:169], v130, s[12:15], 0 offen
	buffer_load_dwordx4 v[170:173], v132, s[12:15], 0 offen
	buffer_load_dwordx4 v[174:177], v134, s[12:15], 0 offen
	buffer_load_dwordx4 v[178:181], v136, s[12:15], 0 offen
	buffer_load_dwordx4 v[182:185], v138, s[12:15], 0 offen
	buffer_load_dwordx4 v[186:189], v140, s[12:15], 0 offen
	buffer_load_dwordx4 v[190:193], v142, s[12:15], 0 offen
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v132, 11, v222
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v0, 0, v216
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v134, 7, v222
	v_and_b32_e32 v132, 0x800, v132
	s_waitcnt vmcnt(18)
	v_and_b32_e32 v130, 0x7c, v145
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v138, 0x4000, v0
	v_add_u32_e32 v140, 0xc000, v0
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v134, 0x400, v134
	v_mov_b32_e32 v240, 23
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v243, 0, v232
	v_add_u32_e32 v242, 0, v231
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	s_waitcnt vmcnt(14)
	ds_write2st64_b32 v144, v146, v150 offset1:32
	s_waitcnt vmcnt(12)
	ds_write2st64_b32 v144, v154, v158 offset0:64 offset1:96
	s_waitcnt vmcnt(10)
	ds_write2st64_b32 v144, v194, v198 offset0:128 offset1:160
	s_waitcnt vmcnt(8)
	ds_write2st64_b32 v144, v202, v206 offset0:192 offset1:224
	ds_write2st64_b32 v210, v147, v151 offset1:32
	ds_write2st64_b32 v210, v155, v159 offset0:64 offset1:96
	ds_write2st64_b32 v210, v195, v199 offset0:128 offset1:160
	ds_write2st64_b32 v210, v203, v207 offset0:192 offset1:224
	ds_write2st64_b32 v211, v148, v152 offset1:32
	ds_write2st64_b32 v211, v156, v160 offset0:64 offset1:96
	ds_write2st64_b32 v211, v196, v200 offset0:128 offset1:160
	ds_write2st64_b32 v211, v204, v208 offset0:192 offset1:224
	ds_write2st64_b32 v212, v149, v153 offset1:32
	ds_write2st64_b32 v212, v157, v161 offset0:64 offset1:96
	ds_write2st64_b32 v212, v197, v201 offset0:128 offset1:160
	ds_write2st64_b32 v212, v205, v209 offset0:192 offset1:224
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	buffer_load_ubyte v142, v139, s[16:19], 0 offen
	buffer_load_ubyte v144, v131, s[16:19], 0 offen
	buffer_load_ubyte v146, v137, s[16:19], 0 offen
	buffer_load_ubyte v147, v1, s[16:19], 0 offen
	s_nop 0
	buffer_load_ubyte v143, v143, s[16:19], 0 offen
	s_nop 0
	buffer_load_ubyte v148, v135, s[16:19], 0 offen
	buffer_load_ubyte v149, v141, s[16:19], 0 offen
	buffer_load_ubyte v150, v133, s[16:19], 0 offen
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v1, 0, v217
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v133, 0x400, v214
	v_and_b32_e32 v131, 0x180, v222
	v_add_u32_e32 v135, 0, v215
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v139, 0x8000, v0
	v_add_u32_e32 v145, 0x4000, v1
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_add3_u32 v132, 0, v132, v133
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	v_add_u32_e32 v151, 0x8000, v1
	v_add_u32_e32 v152, 0xc000, v1
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_add3_u32 v153, v135, v134, v213
	v_add3_u32 v154, v132, v130, v131
	.loc	1 322 12                        ; moe_op_gemm_a16w4.py:322:12
	ds_read2_b32 v[130:131], v0 offset1:8
	ds_read2_b32 v[216:217], v0 offset0:16 offset1:24
	ds_read2_b32 v[136:137], v138 offset1:8
	ds_read2_b32 v[212:213], v138 offset0:16 offset1:24
	ds_read2_b32 v[200:201], v139 offset1:8
	ds_read2_b32 v[218:219], v139 offset0:16 offset1:24
	ds_read2_b32 v[198:199], v140 offset1:8
	ds_read2_b32 v[220:221], v140 offset0:16 offset1:24
	ds_read2_b32 v[138:139], v1 offset1:8
	ds_read2_b32 v[0:1], v1 offset0:16 offset1:24
	ds_read2_b32 v[140:141], v145 offset1:8
	ds_read2_b32 v[252:253], v145 offset0:16 offset1:24
	ds_read2_b32 v[196:197], v151 offset1:8
	ds_read2_b32 v[132:133], v151 offset0:16 offset1:24
	ds_read2_b32 v[194:195], v152 offset1:8
	ds_read2_b32 v[134:135], v152 offset0:16 offset1:24
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(7)
	v_lshlrev_b16_e32 v142, 8, v142
	s_waitcnt vmcnt(6)
	v_lshlrev_b16_e32 v144, 8, v144
	s_waitcnt vmcnt(5)
	v_lshlrev_b16_e32 v145, 8, v146
	s_waitcnt vmcnt(4)
	v_lshlrev_b16_e32 v146, 8, v147
	s_waitcnt vmcnt(3)
	v_or_b32_e32 v142, v143, v142
	s_waitcnt vmcnt(2)
	v_or_b32_sdwa v143, v148, v144 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v144, v149, v145
	s_waitcnt vmcnt(0)
	v_or_b32_sdwa v145, v150, v146 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_sdwa v142, v142, v143 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_or_b32_sdwa v143, v144, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	ds_write2st64_b32 v154, v142, v143 offset1:2
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[208:211], v153
	ds_read_b128 v[224:227], v153 offset:2048
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_sdwa v142, v240, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v147, 15, v208
	v_lshlrev_b32_e32 v152, 7, v208
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v153, 7, v224
	v_lshlrev_b32_sdwa v143, v240, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v144, v240, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_sdwa v145, v240, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_lshlrev_b32_e32 v148, 15, v224
	v_lshlrev_b32_e32 v150, 15, v225
	v_lshlrev_b32_e32 v151, 15, v210
	v_lshlrev_b32_e32 v154, 7, v209
	v_lshlrev_b32_e32 v155, 7, v225
	v_lshlrev_b32_sdwa v215, v240, v224 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v147, 0x7f800000, v147
	v_and_b32_e32 v223, 0x7f800000, v152
	v_and_b32_e32 v224, 0x7f800000, v153
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v152, v130, v142 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v153, v130, v142 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v202, 0x7f800000, v150
	v_and_b32_e32 v228, 0x7f800000, v151
	v_and_b32_e32 v229, 0x7f800000, v154
	v_and_b32_e32 v230, 0x7f800000, v155
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v150, v130, v142
	v_cvt_scalef32_pk_bf16_fp4 v151, v130, v142 op_sel:[1,0,0]
	v_mov_b64_e32 v[206:207], v[152:153]
	v_cvt_scalef32_pk_bf16_fp4 v154, v131, v144
	v_cvt_scalef32_pk_bf16_fp4 v155, v131, v144 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v156, v131, v144 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v157, v131, v144 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v158, v139, v145
	v_cvt_scalef32_pk_bf16_fp4 v159, v139, v145 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v160, v139, v145 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v161, v139, v145 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v144, v136, v147 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v145, v136, v147 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v148, 0x7f800000, v148
	v_mov_b64_e32 v[204:205], v[150:151]
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v150, v138, v143
	v_cvt_scalef32_pk_bf16_fp4 v151, v138, v143 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v152, v138, v143 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v153, v138, v143 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v142, v136, v147
	v_cvt_scalef32_pk_bf16_fp4 v143, v136, v147 op_sel:[1,0,0]
	v_mov_b64_e32 v[246:247], v[144:145]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v149, 15, v209
	v_mov_b64_e32 v[244:245], v[142:143]
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v144, v140, v148 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v145, v140, v148 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v149, 0x7f800000, v149
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v142, v140, v148
	v_cvt_scalef32_pk_bf16_fp4 v143, v140, v148 op_sel:[1,0,0]
	v_mov_b64_e32 v[236:237], v[144:145]
	v_mov_b64_e32 v[234:235], v[142:143]
	v_cvt_scalef32_pk_bf16_fp4 v142, v137, v149
	v_cvt_scalef32_pk_bf16_fp4 v143, v137, v149 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v144, v137, v149 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v145, v137, v149 op_sel:[1,1,0]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	v_add_u32_e32 v130, 0, v255
	v_add_u32_e32 v255, 0, v238
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	scratch_store_dwordx4 off, v[204:207], off offset:116 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[244:247], off offset:132 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[234:237], off offset:168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[142:145], off offset:152 ; 16-byte Folded Spill
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b128 v130, v[162:165]
	ds_write_b128 v130, v[166:169] offset:8192
	ds_write_b128 v130, v[170:173] offset:16384
	ds_write_b128 v130, v[174:177] offset:24576
	ds_write_b128 v130, v[178:181] offset:32768
	ds_write_b128 v130, v[182:185] offset:40960
	ds_write_b128 v130, v[186:189] offset:49152
	ds_write_b128 v130, v[190:193] offset:57344
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[170:173], v255
	ds_read_b128 v[174:177], v243
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[126:129], v[204:207], v[170:173], v[126:129]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[178:181], v242
	v_add_u32_e32 v130, 0, v233
	ds_read_b128 v[182:185], v130
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 v[162:165], v[150:153], v[174:177], v[126:129]
	v_cvt_scalef32_pk_bf16_fp4 v138, v141, v202 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v139, v141, v202 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v214, v240, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[162:165], v[154:157], v[178:181], v[162:165]
	v_cvt_scalef32_pk_bf16_fp4 v136, v141, v202
	v_cvt_scalef32_pk_bf16_fp4 v137, v141, v202 op_sel:[1,0,0]
	v_mov_b64_e32 v[250:251], v[138:139]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v222, v240, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_mov_b64_e32 v[248:249], v[136:137]
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v136, v200, v223
	v_cvt_scalef32_pk_bf16_fp4 v137, v200, v223 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v138, v200, v223 op_sel:[0,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[206:209], v[158:161], v[182:185], v[162:165]
	v_cvt_scalef32_pk_bf16_fp4 v139, v200, v223 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v166, v196, v224
	v_cvt_scalef32_pk_bf16_fp4 v167, v196, v224 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v162, v198, v214
	v_cvt_scalef32_pk_bf16_fp4 v163, v198, v214 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v164, v198, v214 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v165, v198, v214 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[186:189], v[244:247], v[170:173], v[122:125]
	v_cvt_scalef32_pk_bf16_fp4 v168, v196, v224 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v169, v196, v224 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v127, v240, v225 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[190:193], v[136:139], v[170:173], v[118:121]
	v_cvt_scalef32_pk_bf16_fp4 v122, v201, v229
	v_cvt_scalef32_pk_bf16_fp4 v123, v201, v229 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v124, v201, v229 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[170:173], v[162:165], v[170:173], v[114:117]
	v_cvt_scalef32_pk_bf16_fp4 v120, v194, v215 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v121, v194, v215 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v125, v201, v229 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[116:119], v[234:237], v[174:177], v[186:189]
	v_cvt_scalef32_pk_bf16_fp4 v114, v199, v222
	v_cvt_scalef32_pk_bf16_fp4 v115, v199, v222 op_sel:[1,0,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v126, 7, v210
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[186:189], v[142:145], v[178:181], v[116:119]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v126, 0x7f800000, v126
	v_lshlrev_b32_sdwa v146, v240, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[202:205], v255 offset:256
	ds_read_b128 v[236:239], v243 offset:256
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v118, v194, v215
	v_cvt_scalef32_pk_bf16_fp4 v119, v194, v215 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v116, v199, v222 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v117, v199, v222 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[190:193], v[166:169], v[174:177], v[190:193]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	scratch_store_dwordx4 off, v[248:251], off offset:184 ; 16-byte Folded Spill
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v128, v240, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_sdwa v131, v240, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[170:173], v[118:121], v[174:177], v[170:173]
	v_cvt_scalef32_pk_bf16_fp4 v174, v197, v230
	v_cvt_scalef32_pk_bf16_fp4 v175, v197, v230 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v176, v197, v230 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[198:201], v[122:125], v[178:181], v[190:193]
	v_cvt_scalef32_pk_bf16_fp4 v177, v197, v230 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[178:181], v[114:117], v[178:181], v[170:173]
	s_nop 0
	v_cvt_scalef32_pk_bf16_fp4 v190, v216, v146
	v_cvt_scalef32_pk_bf16_fp4 v191, v216, v146 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v192, v216, v146 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v170, v195, v127
	v_cvt_scalef32_pk_bf16_fp4 v171, v195, v127 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v172, v195, v127 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v173, v195, v127 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[222:225], v[248:251], v[182:185], v[186:189]
	v_cvt_scalef32_pk_bf16_fp4 v193, v216, v146 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v127, 7, v211
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[194:197], v[174:177], v[182:185], v[198:201]
	v_cvt_scalef32_pk_bf16_fp4 v186, v212, v228
	v_cvt_scalef32_pk_bf16_fp4 v187, v212, v228 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v188, v212, v228 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[198:201], v[170:173], v[182:185], v[178:181]
	v_cvt_scalef32_pk_bf16_fp4 v182, v218, v126
	v_cvt_scalef32_pk_bf16_fp4 v183, v218, v126 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v184, v218, v126 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v185, v218, v126 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v126, v240, v210 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v178, v220, v126
	v_cvt_scalef32_pk_bf16_fp4 v179, v220, v126 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v180, v220, v126 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v181, v220, v126 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v126, v240, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v189, v212, v228 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[248:251], v[178:181], v[202:205], v[198:201]
	v_cvt_scalef32_pk_bf16_fp4 v218, v221, v128
	s_nop 1
	v_cvt_scalef32_pk_bf16_fp4 v198, v0, v126
	v_cvt_scalef32_pk_bf16_fp4 v199, v0, v126 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v200, v0, v126 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v201, v0, v126 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[206:209], v[190:193], v[202:205], v[206:209]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v0, 15, v226
	v_and_b32_e32 v0, 0x7f800000, v0
	v_lshlrev_b32_e32 v126, 15, v211
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[244:247], v[182:185], v[202:205], v[194:197]
	v_cvt_scalef32_pk_bf16_fp4 v220, v221, v128 op_sel:[0,1,0]
	s_nop 1
	v_cvt_scalef32_pk_bf16_fp4 v194, v252, v0
	v_cvt_scalef32_pk_bf16_fp4 v195, v252, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v196, v252, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v197, v252, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v0, 7, v226
	v_and_b32_e32 v0, 0x7f800000, v0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[232:235], v[198:201], v[236:239], v[206:209]
	v_cvt_scalef32_pk_bf16_fp4 v252, v135, v131 op_sel:[0,1,0]
	s_nop 1
	v_cvt_scalef32_pk_bf16_fp4 v206, v132, v0
	v_cvt_scalef32_pk_bf16_fp4 v207, v132, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v208, v132, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v209, v132, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v0, v240, v226 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[222:225], v[186:189], v[202:205], v[222:225]
	v_cvt_scalef32_pk_bf16_fp4 v202, v134, v0
	v_cvt_scalef32_pk_bf16_fp4 v203, v134, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v204, v134, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v205, v134, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v0, v240, v211 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v214, v217, v0
	v_cvt_scalef32_pk_bf16_fp4 v215, v217, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v216, v217, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v217, v217, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v0, 0x7f800000, v126
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_cvt_scalef32_pk_bf16_fp4 v210, v213, v0
	v_cvt_scalef32_pk_bf16_fp4 v211, v213, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v212, v213, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v213, v213, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v0, 0x7f800000, v127
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[228:231], v[194:197], v[236:239], v[222:225]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_e32 v126, 15, v227
	v_lshlrev_b32_e32 v127, 7, v227
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[244:247], v[206:209], v[236:239], v[244:247]
	v_cvt_scalef32_pk_bf16_fp4 v222, v219, v0
	v_cvt_scalef32_pk_bf16_fp4 v223, v219, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v224, v219, v0 op_sel:[0,1,0]
	v_mfma_f32_16x16x32_bf16 v[236:239], v[202:205], v[236:239], v[248:251]
	v_cvt_scalef32_pk_bf16_fp4 v225, v219, v0 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v219, v221, v128 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v221, v221, v128 op_sel:[1,1,0]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[248:251], v242 offset:256
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_lshlrev_b32_sdwa v0, v240, v227 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[142:145], v[218:221], v[248:251], v[236:239]
	s_nop 2
	v_cvt_scalef32_pk_bf16_fp4 v238, v1, v0
	v_cvt_scalef32_pk_bf16_fp4 v239, v1, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v240, v1, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v241, v1, v0 op_sel:[1,1,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v0, 0x7f800000, v126
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[146:149], v[214:217], v[248:251], v[232:235]
	v_cvt_scalef32_pk_bf16_fp4 v236, v253, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v237, v253, v0 op_sel:[1,1,0]
	s_nop 0
	v_cvt_scalef32_pk_bf16_fp4 v234, v253, v0
	v_cvt_scalef32_pk_bf16_fp4 v235, v253, v0 op_sel:[1,0,0]
	.loc	1 333 31                        ; moe_op_gemm_a16w4.py:333:31
	v_and_b32_e32 v0, 0x7f800000, v127
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:256
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[230:233], v[210:213], v[248:251], v[228:231]
	v_cvt_scalef32_pk_bf16_fp4 v226, v133, v0
	v_cvt_scalef32_pk_bf16_fp4 v227, v133, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v253, v135, v131 op_sel:[1,1,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[146:149], v[238:241], v[126:129], v[146:149]
	v_cvt_scalef32_pk_bf16_fp4 v228, v133, v0 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v229, v133, v0 op_sel:[1,1,0]
	v_mfma_f32_16x16x32_bf16 v[244:247], v[222:225], v[248:251], v[244:247]
	v_cvt_scalef32_pk_bf16_fp4 v250, v135, v131
	s_nop 3
	scratch_store_dwordx4 off, v[146:149], off offset:52 ; 16-byte Folded Spill
	v_cvt_scalef32_pk_bf16_fp4 v251, v135, v131 op_sel:[1,0,0]
	scratch_load_dwordx4 v[132:135], off, off offset:168 ; 16-byte Folded Reload
	v_mfma_f32_16x16x32_bf16 v[146:149], v[234:237], v[126:129], v[230:233]
	s_nop 2
	scratch_load_dwordx4 v[230:233], off, off offset:184 ; 16-byte Folded Reload
	s_nop 3
	scratch_store_dwordx4 off, v[146:149], off offset:36 ; 16-byte Folded Spill
	s_nop 1
	v_mfma_f32_16x16x32_bf16 v[146:149], v[226:229], v[126:129], v[244:247]
	v_mfma_f32_16x16x32_bf16 v[126:129], v[250:253], v[126:129], v[142:145]
	s_nop 1
	scratch_load_dwordx4 v[244:247], off, off offset:132 ; 16-byte Folded Reload
	s_nop 3
	scratch_store_dwordx4 off, v[146:149], off offset:20 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[144:147], off, off offset:116 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[140:143], off, off offset:152 ; 16-byte Folded Reload
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	s_nop 0
	scratch_store_dwordx4 off, v[126:129], off offset:4 ; 16-byte Folded Spill
	ds_read_b128 v[126:129], v255 offset:8192
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt vmcnt(2) lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[144:147], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[244:247], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[136:139], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[162:165], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:8192
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[150:153], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[132:135], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[166:169], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[118:121], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:8192
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[154:157], v[126:129], v[110:113]
	s_waitcnt vmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[106:109], v[140:143], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[122:125], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[114:117], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:8192
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[158:161], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[230:233], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[174:177], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[170:173], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:8448
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[190:193], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[186:189], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[182:185], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[178:181], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:8448
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[198:201], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[194:197], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[206:209], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[202:205], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:8448
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[214:217], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[210:213], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[222:225], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[218:221], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:8448
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[110:113], v[238:241], v[126:129], v[110:113]
	v_mfma_f32_16x16x32_bf16 v[106:109], v[234:237], v[126:129], v[106:109]
	v_mfma_f32_16x16x32_bf16 v[102:105], v[226:229], v[126:129], v[102:105]
	v_mfma_f32_16x16x32_bf16 v[98:101], v[250:253], v[126:129], v[98:101]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:16384
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_nop 5
	scratch_store_dwordx4 off, v[102:105], off offset:84 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[106:109], off offset:100 ; 16-byte Folded Spill
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[144:147], v[126:129], v[94:97]
	v_mov_b64_e32 v[102:103], v[140:141]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	scratch_store_dwordx4 off, v[98:101], off offset:68 ; 16-byte Folded Spill
	v_mov_b64_e32 v[104:105], v[142:143]
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[90:93], v[244:247], v[126:129], v[90:93]
	v_mov_b64_e32 v[98:99], v[132:133]
	v_mov_b64_e32 v[100:101], v[134:135]
	v_mov_b64_e32 v[106:107], v[230:231]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[136:139], v[126:129], v[86:89]
	v_mov_b64_e32 v[108:109], v[232:233]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[162:165], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:16384
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[150:153], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[132:135], v[126:129], v[90:93]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[132:135], v130 offset:41216
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[86:89], v[166:169], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[118:121], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:16384
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[154:157], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[140:143], v[126:129], v[90:93]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[140:143], v130 offset:57344
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[86:89], v[122:125], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[114:117], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:16384
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[158:161], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[230:233], v[126:129], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[174:177], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[170:173], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:16640
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[190:193], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[186:189], v[126:129], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[182:185], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[178:181], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:16640
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[198:201], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[194:197], v[126:129], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[206:209], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[202:205], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:16640
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[214:217], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[210:213], v[126:129], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[222:225], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[218:221], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:16640
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[94:97], v[238:241], v[126:129], v[94:97]
	v_mfma_f32_16x16x32_bf16 v[90:93], v[234:237], v[126:129], v[90:93]
	v_mfma_f32_16x16x32_bf16 v[86:89], v[226:229], v[126:129], v[86:89]
	v_mfma_f32_16x16x32_bf16 v[82:85], v[250:253], v[126:129], v[82:85]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:24576
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[144:147], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[244:247], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[136:139], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[162:165], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:24576
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[150:153], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[98:101], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[166:169], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[118:121], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:24576
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[154:157], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[102:105], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[122:125], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[114:117], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:24576
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[158:161], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[106:109], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[174:177], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[170:173], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:24832
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[190:193], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[186:189], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[182:185], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[178:181], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:24832
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[198:201], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[194:197], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[206:209], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[202:205], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:24832
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[214:217], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[210:213], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[222:225], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[218:221], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:24832
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[78:81], v[238:241], v[126:129], v[78:81]
	v_mfma_f32_16x16x32_bf16 v[74:77], v[234:237], v[126:129], v[74:77]
	v_mfma_f32_16x16x32_bf16 v[70:73], v[226:229], v[126:129], v[70:73]
	v_mfma_f32_16x16x32_bf16 v[66:69], v[250:253], v[126:129], v[66:69]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:32768
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[144:147], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[244:247], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[136:139], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[162:165], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:32768
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[150:153], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[98:101], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[166:169], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[118:121], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:32768
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[154:157], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[102:105], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[122:125], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[114:117], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:32768
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[158:161], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[106:109], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[174:177], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[170:173], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:33024
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[190:193], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[186:189], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[182:185], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[178:181], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:33024
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[198:201], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[194:197], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[206:209], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[202:205], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:33024
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[214:217], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[210:213], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[222:225], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[218:221], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:33024
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[62:65], v[238:241], v[126:129], v[62:65]
	v_mfma_f32_16x16x32_bf16 v[58:61], v[234:237], v[126:129], v[58:61]
	v_mfma_f32_16x16x32_bf16 v[54:57], v[226:229], v[126:129], v[54:57]
	v_mfma_f32_16x16x32_bf16 v[50:53], v[250:253], v[126:129], v[50:53]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:40960
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[144:147], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[244:247], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[136:139], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[162:165], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:40960
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[150:153], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[98:101], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[166:169], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[118:121], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:40960
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[154:157], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[102:105], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[122:125], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[114:117], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:40960
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[158:161], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[106:109], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[174:177], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[170:173], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:41216
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[190:193], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[186:189], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[182:185], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[178:181], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:41216
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[198:201], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[194:197], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[206:209], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[202:205], v[126:129], v[46:49]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:41216
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[38:41], v[214:217], v[126:129], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[210:213], v[126:129], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[34:37], v[222:225], v[126:129], v[34:37]
	v_mfma_f32_16x16x32_bf16 v[126:129], v[218:221], v[126:129], v[46:49]
	v_mfma_f32_16x16x32_bf16 v[46:49], v[238:241], v[132:135], v[38:41]
	v_mfma_f32_16x16x32_bf16 v[38:41], v[234:237], v[132:135], v[30:33]
	v_mfma_f32_16x16x32_bf16 v[30:33], v[250:253], v[132:135], v[126:129]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	s_nop 4
	ds_read_b128 v[126:129], v255 offset:49152
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[144:147], v[126:129], v[2:5]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[244:247], v[126:129], v[6:9]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[136:139], v[126:129], v[10:13]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[162:165], v[126:129], v[14:17]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:49152
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[150:153], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[98:101], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[166:169], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[118:121], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:49152
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[154:157], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[102:105], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[122:125], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[114:117], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:49152
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[158:161], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[106:109], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[174:177], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[170:173], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:49408
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[190:193], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[186:189], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[182:185], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[178:181], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v243 offset:49408
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[198:201], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[194:197], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[8:11], v[206:209], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[12:15], v[202:205], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v242 offset:49408
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[34:37], v[226:229], v[132:135], v[34:37]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[0:3], v[214:217], v[126:129], v[0:3]
	v_mfma_f32_16x16x32_bf16 v[4:7], v[210:213], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[132:135], v[222:225], v[126:129], v[8:11]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[218:221], v[126:129], v[12:15]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v130 offset:49408
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[230:233], v[238:241], v[126:129], v[0:3]
	s_nop 2
	v_mov_b32_e32 v1, 0
	v_mfma_f32_16x16x32_bf16 v[10:13], v[234:237], v[126:129], v[4:7]
	v_mfma_f32_16x16x32_bf16 v[6:9], v[226:229], v[126:129], v[132:135]
	v_mfma_f32_16x16x32_bf16 v[2:5], v[250:253], v[126:129], v[14:17]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[126:129], v255 offset:57344
	s_nop 0
	ds_read_b128 v[132:135], v242 offset:57344
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[144:147], v[126:129], v[42:45]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[144:147], v255 offset:57600
	s_nop 1
	ds_read_b128 v[42:45], v243 offset:57344
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[22:25], v[136:139], v[126:129], v[22:25]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[22:25], v[166:169], v[42:45], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[122:125], v[132:135], v[22:25]
	scratch_load_dword v122, off, off       ; 4-byte Folded Reload
	.loc	1 260 46                        ; moe_op_gemm_a16w4.py:260:46
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v0, s35, v122
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[244:247], v[126:129], v[26:29]
	.loc	1 342 24                        ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e32 vcc, s26, v0
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[18:21], v[162:165], v[126:129], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[150:153], v[42:45], v[14:17]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[148:151], v243 offset:57600
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[98:101], v[42:45], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[118:121], v[42:45], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[154:157], v[132:135], v[14:17]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[152:155], v242 offset:57600
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[102:105], v[132:135], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[114:117], v[132:135], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[158:161], v[140:143], v[14:17]
	.loc	1 320 20                        ; moe_op_gemm_a16w4.py:320:20
	ds_read_b128 v[156:159], v130 offset:57600
	.loc	1 336 46                        ; moe_op_gemm_a16w4.py:336:46
	v_mfma_f32_16x16x32_bf16 v[26:29], v[106:109], v[140:143], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[174:177], v[140:143], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[170:173], v[140:143], v[18:21]
	v_mfma_f32_16x16x32_bf16 v[14:17], v[190:193], v[144:147], v[14:17]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[186:189], v[144:147], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[182:185], v[144:147], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[178:181], v[144:147], v[18:21]
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[198:201], v[148:151], v[14:17]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[194:197], v[148:151], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[206:209], v[148:151], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[202:205], v[148:151], v[18:21]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[214:217], v[152:155], v[14:17]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[210:213], v[152:155], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[222:225], v[152:155], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[218:221], v[152:155], v[18:21]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 v[14:17], v[238:241], v[156:159], v[14:17]
	v_mfma_f32_16x16x32_bf16 v[26:29], v[234:237], v[156:159], v[26:29]
	v_mfma_f32_16x16x32_bf16 v[22:25], v[226:229], v[156:159], v[22:25]
	v_mfma_f32_16x16x32_bf16 v[18:21], v[250:253], v[156:159], v[18:21]
	.loc	1 346 27                        ; moe_op_gemm_a16w4.py:346:27
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_11
; %bb.10:
	.loc	1 344 30                        ; moe_op_gemm_a16w4.py:344:30
	s_mul_i32 s9, s9, s6
	.loc	1 344 43 is_stmt 0              ; moe_op_gemm_a16w4.py:344:43
	s_add_i32 s6, s35, s9
	v_add_u32_e32 v0, s6, v122
	.loc	1 346 27 is_stmt 1              ; moe_op_gemm_a16w4.py:346:27
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[2:3]
	global_load_dword v1, v[0:1], off
.LBB0_11:
	.loc	1 0 27 is_stmt 0                ; moe_op_gemm_a16w4.py:0:27
	s_or_b64 exec, exec, s[0:1]
	scratch_load_dword v130, off, off offset:148 ; 4-byte Folded Reload
	.loc	1 260 59 is_stmt 1              ; moe_op_gemm_a16w4.py:260:59
	v_and_b32_e32 v117, 0x1f0, v122
	v_lshrrev_b32_e32 v126, 2, v117
	v_or_b32_e32 v127, 0x80, v126
	v_or_b32_e32 v128, 0x100, v126
	v_or_b32_e32 v129, 0x180, v126
	.loc	1 260 46 is_stmt 0              ; moe_op_gemm_a16w4.py:260:46
	v_or_b32_e32 v118, s35, v126
	v_or_b32_e32 v119, s35, v127
	v_or_b32_e32 v120, s35, v128
	v_or_b32_e32 v121, s35, v129
	.loc	1 349 20 is_stmt 1              ; moe_op_gemm_a16w4.py:349:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 342 24                        ; moe_op_gemm_a16w4.py:342:24
	v_cmp_gt_i32_e64 s[6:7], s26, v118
	v_cmp_gt_i32_e64 s[22:23], s26, v119
	v_cmp_gt_i32_e64 s[2:3], s26, v120
	v_cmp_gt_i32_e64 s[0:1], s26, v121
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	s_add_i32 s4, s4, s33
	s_mul_i32 s4, s4, s5
	s_add_i32 s4, s4, s35
	v_add_u32_e32 v138, s4, v126
	v_add_u32_e32 v139, s4, v127
	s_lshl_b32 s26, s5, 4
	v_add_u32_e32 v128, s4, v128
	v_add_u32_e32 v129, s4, v129
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	.loc	1 229 36                        ; moe_op_gemm_a16w4.py:229:36
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v0, s33, v130
	v_or_b32_e32 v42, 16, v0
	v_or_b32_e32 v43, 32, v0
	v_or_b32_e32 v44, 48, v0
	v_or_b32_e32 v45, 64, v0
	v_or_b32_e32 v114, 0x50, v0
	v_or_b32_e32 v115, 0x60, v0
	v_or_b32_e32 v116, 0x70, v0
	.loc	1 341 22                        ; moe_op_gemm_a16w4.py:341:22
	v_cmp_gt_i32_e64 s[20:21], s34, v0
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	v_lshl_add_u32 v0, v122, 2, 0
	ds_write_b32 v0, v1
	v_add_u32_e32 v0, 0, v117
	.loc	1 341 22                        ; moe_op_gemm_a16w4.py:341:22
	v_cmp_gt_i32_e64 s[18:19], s34, v42
	v_cmp_gt_i32_e64 s[16:17], s34, v43
	v_cmp_gt_i32_e64 s[14:15], s34, v44
	v_cmp_gt_i32_e64 s[12:13], s34, v45
	v_cmp_gt_i32_e64 s[10:11], s34, v114
	v_cmp_gt_i32_e64 s[8:9], s34, v115
	v_cmp_gt_i32_e32 vcc, s34, v116
	.loc	1 349 20                        ; moe_op_gemm_a16w4.py:349:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[122:125], v0
	ds_read_b128 v[118:121], v0 offset:512
	ds_read_b128 v[114:117], v0 offset:1024
	ds_read_b128 v[42:45], v0 offset:1536
	scratch_load_dwordx4 v[98:101], off, off offset:52 ; 16-byte Folded Reload
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_mul_lo_u32 v130, s5, v130
	v_add_u32_e32 v131, s26, v130
	v_add_u32_e32 v132, s26, v131
	v_add_u32_e32 v133, s26, v132
	v_add_u32_e32 v134, s26, v133
	v_add_u32_e32 v135, s26, v134
	v_add_u32_e32 v136, s26, v135
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[20:21], s[6:7]
	.loc	1 374 10                        ; moe_op_gemm_a16w4.py:374:10
	v_add_u32_e32 v137, s26, v136
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt lgkmcnt(3)
	v_pk_add_f32 v[110:111], v[110:111], v[122:123]
	v_pk_add_f32 v[94:95], v[94:95], v[122:123]
	s_waitcnt lgkmcnt(2)
	v_pk_add_f32 v[90:91], v[90:91], v[118:119]
	s_waitcnt lgkmcnt(1)
	v_pk_add_f32 v[86:87], v[86:87], v[114:115]
	s_waitcnt lgkmcnt(0)
	v_pk_add_f32 v[82:83], v[82:83], v[42:43]
	v_pk_add_f32 v[78:79], v[78:79], v[122:123]
	v_pk_add_f32 v[74:75], v[74:75], v[118:119]
	v_pk_add_f32 v[70:71], v[70:71], v[114:115]
	v_pk_add_f32 v[66:67], v[66:67], v[42:43]
	v_pk_add_f32 v[62:63], v[62:63], v[122:123]
	v_pk_add_f32 v[58:59], v[58:59], v[118:119]
	v_pk_add_f32 v[54:55], v[54:55], v[114:115]
	v_pk_add_f32 v[50:51], v[50:51], v[42:43]
	v_pk_add_f32 v[46:47], v[46:47], v[122:123]
	v_pk_add_f32 v[38:39], v[38:39], v[118:119]
	v_pk_add_f32 v[34:35], v[34:35], v[114:115]
	v_pk_add_f32 v[30:31], v[30:31], v[42:43]
	v_pk_add_f32 v[10:11], v[10:11], v[118:119]
	v_pk_add_f32 v[6:7], v[6:7], v[114:115]
	v_pk_add_f32 v[2:3], v[2:3], v[42:43]
	s_waitcnt vmcnt(0)
	v_pk_add_f32 v[0:1], v[100:101], v[124:125]
	v_pk_add_f32 v[126:127], v[98:99], v[122:123]
	scratch_load_dwordx4 v[98:101], off, off offset:36 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v126, v127
	v_add_lshl_u32 v126, v138, v130, 1
	v_cndmask_b32_e64 v126, v254, v126, s[4:5]
	buffer_store_dwordx2 v[0:1], v126, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[20:21], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[0:1], v[100:101], v[120:121]
	v_pk_add_f32 v[126:127], v[98:99], v[118:119]
	scratch_load_dwordx4 v[98:101], off, off offset:20 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v126, v127
	v_add_lshl_u32 v126, v139, v130, 1
	v_cndmask_b32_e64 v126, v254, v126, s[4:5]
	buffer_store_dwordx2 v[0:1], v126, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[20:21], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[0:1], v[100:101], v[116:117]
	v_pk_add_f32 v[126:127], v[98:99], v[114:115]
	scratch_load_dwordx4 v[98:101], off, off offset:4 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v126, v127
	v_add_lshl_u32 v126, v128, v130, 1
	v_cndmask_b32_e64 v126, v254, v126, s[4:5]
	buffer_store_dwordx2 v[0:1], v126, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[20:21], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[0:1], v[100:101], v[44:45]
	v_pk_add_f32 v[126:127], v[98:99], v[42:43]
	scratch_load_dwordx4 v[98:101], off, off offset:100 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v126, v127
	v_add_lshl_u32 v126, v129, v130, 1
	v_cndmask_b32_e64 v126, v254, v126, s[4:5]
	buffer_store_dwordx2 v[0:1], v126, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[112:113], v[124:125]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[18:19], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v110, v111
	v_add_lshl_u32 v110, v138, v131, 1
	v_cndmask_b32_e64 v110, v254, v110, s[4:5]
	buffer_store_dwordx2 v[0:1], v110, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[18:19], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(2)
	v_pk_add_f32 v[0:1], v[100:101], v[120:121]
	v_pk_add_f32 v[106:107], v[98:99], v[118:119]
	scratch_load_dwordx4 v[98:101], off, off offset:84 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v106, v107
	v_add_lshl_u32 v106, v139, v131, 1
	v_cndmask_b32_e64 v106, v254, v106, s[4:5]
	buffer_store_dwordx2 v[0:1], v106, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[18:19], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[0:1], v[100:101], v[116:117]
	v_pk_add_f32 v[102:103], v[98:99], v[114:115]
	scratch_load_dwordx4 v[98:101], off, off offset:68 ; 16-byte Folded Reload
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v102, v103
	v_add_lshl_u32 v102, v128, v131, 1
	v_cndmask_b32_e64 v102, v254, v102, s[4:5]
	buffer_store_dwordx2 v[0:1], v102, s[24:27], 0 offen
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[18:19], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	s_waitcnt vmcnt(1)
	v_pk_add_f32 v[0:1], v[100:101], v[44:45]
	v_pk_add_f32 v[98:99], v[98:99], v[42:43]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v98, v99
	v_add_lshl_u32 v98, v129, v131, 1
	v_cndmask_b32_e64 v98, v254, v98, s[4:5]
	buffer_store_dwordx2 v[0:1], v98, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[96:97], v[124:125]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[16:17], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v94, v95
	v_add_lshl_u32 v94, v138, v132, 1
	v_cndmask_b32_e64 v94, v254, v94, s[4:5]
	buffer_store_dwordx2 v[0:1], v94, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[92:93], v[120:121]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[16:17], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v90, v91
	v_add_lshl_u32 v90, v139, v132, 1
	v_cndmask_b32_e64 v90, v254, v90, s[4:5]
	buffer_store_dwordx2 v[0:1], v90, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[88:89], v[116:117]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[16:17], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v86, v87
	v_add_lshl_u32 v86, v128, v132, 1
	v_cndmask_b32_e64 v86, v254, v86, s[4:5]
	buffer_store_dwordx2 v[0:1], v86, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[84:85], v[44:45]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[16:17], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v82, v83
	v_add_lshl_u32 v82, v129, v132, 1
	v_cndmask_b32_e64 v82, v254, v82, s[4:5]
	buffer_store_dwordx2 v[0:1], v82, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[80:81], v[124:125]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[14:15], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v78, v79
	v_add_lshl_u32 v78, v138, v133, 1
	v_cndmask_b32_e64 v78, v254, v78, s[4:5]
	buffer_store_dwordx2 v[0:1], v78, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[76:77], v[120:121]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[14:15], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v74, v75
	v_add_lshl_u32 v74, v139, v133, 1
	v_cndmask_b32_e64 v74, v254, v74, s[4:5]
	buffer_store_dwordx2 v[0:1], v74, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[72:73], v[116:117]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[14:15], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v70, v71
	v_add_lshl_u32 v70, v128, v133, 1
	v_cndmask_b32_e64 v70, v254, v70, s[4:5]
	buffer_store_dwordx2 v[0:1], v70, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[68:69], v[44:45]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[14:15], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v66, v67
	v_add_lshl_u32 v66, v129, v133, 1
	v_cndmask_b32_e64 v66, v254, v66, s[4:5]
	buffer_store_dwordx2 v[0:1], v66, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[64:65], v[124:125]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[12:13], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v62, v63
	v_add_lshl_u32 v62, v138, v134, 1
	v_cndmask_b32_e64 v62, v254, v62, s[4:5]
	buffer_store_dwordx2 v[0:1], v62, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[60:61], v[120:121]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[12:13], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v58, v59
	v_add_lshl_u32 v58, v139, v134, 1
	v_cndmask_b32_e64 v58, v254, v58, s[4:5]
	buffer_store_dwordx2 v[0:1], v58, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[56:57], v[116:117]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[12:13], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v54, v55
	v_add_lshl_u32 v54, v128, v134, 1
	v_cndmask_b32_e64 v54, v254, v54, s[4:5]
	buffer_store_dwordx2 v[0:1], v54, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[52:53], v[44:45]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[12:13], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v50, v51
	v_add_lshl_u32 v50, v129, v134, 1
	v_cndmask_b32_e64 v50, v254, v50, s[4:5]
	buffer_store_dwordx2 v[0:1], v50, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[48:49], v[124:125]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[10:11], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v46, v47
	v_add_lshl_u32 v46, v138, v135, 1
	v_cndmask_b32_e64 v46, v254, v46, s[4:5]
	buffer_store_dwordx2 v[0:1], v46, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[40:41], v[120:121]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[10:11], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v38, v39
	v_add_lshl_u32 v38, v139, v135, 1
	v_cndmask_b32_e64 v38, v254, v38, s[4:5]
	buffer_store_dwordx2 v[0:1], v38, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[36:37], v[116:117]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[10:11], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v34, v35
	v_add_lshl_u32 v34, v128, v135, 1
	v_cndmask_b32_e64 v34, v254, v34, s[4:5]
	buffer_store_dwordx2 v[0:1], v34, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[32:33], v[44:45]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[10:11], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v30, v31
	v_add_lshl_u32 v30, v129, v135, 1
	v_cndmask_b32_e64 v30, v254, v30, s[4:5]
	buffer_store_dwordx2 v[0:1], v30, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[232:233], v[124:125]
	v_pk_add_f32 v[30:31], v[230:231], v[122:123]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v30, v31
	v_add_lshl_u32 v30, v138, v136, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[8:9], s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cndmask_b32_e64 v30, v254, v30, s[4:5]
	buffer_store_dwordx2 v[0:1], v30, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[12:13], v[120:121]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[8:9], s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v10, v11
	v_add_lshl_u32 v10, v139, v136, 1
	v_cndmask_b32_e64 v10, v254, v10, s[4:5]
	buffer_store_dwordx2 v[0:1], v10, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[8:9], v[116:117]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[8:9], s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v6, v7
	v_add_lshl_u32 v6, v128, v136, 1
	v_cndmask_b32_e64 v6, v254, v6, s[4:5]
	buffer_store_dwordx2 v[0:1], v6, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[4:5], v[44:45]
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], s[8:9], s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v2, v3
	v_add_lshl_u32 v2, v129, v136, 1
	v_cndmask_b32_e64 v2, v254, v2, s[4:5]
	buffer_store_dwordx2 v[0:1], v2, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[16:17], v[124:125]
	v_pk_add_f32 v[2:3], v[14:15], v[122:123]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v2, v3
	v_add_lshl_u32 v2, v138, v137, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], vcc, s[6:7]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cndmask_b32_e64 v2, v254, v2, s[4:5]
	buffer_store_dwordx2 v[0:1], v2, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[28:29], v[120:121]
	v_pk_add_f32 v[2:3], v[26:27], v[118:119]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v2, v3
	v_add_lshl_u32 v2, v139, v137, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[4:5], vcc, s[22:23]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cndmask_b32_e64 v2, v254, v2, s[4:5]
	buffer_store_dwordx2 v[0:1], v2, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[24:25], v[116:117]
	v_pk_add_f32 v[2:3], v[22:23], v[114:115]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v2, v3
	v_add_lshl_u32 v2, v128, v137, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cndmask_b32_e64 v2, v254, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[24:27], 0 offen
	v_pk_add_f32 v[0:1], v[20:21], v[44:45]
	v_pk_add_f32 v[2:3], v[18:19], v[42:43]
	v_cvt_pk_bf16_f32 v1, v0, v1
	v_cvt_pk_bf16_f32 v0, v2, v3
	v_add_lshl_u32 v2, v129, v137, 1
	.loc	1 376 29                        ; moe_op_gemm_a16w4.py:376:29
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 377 20                        ; moe_op_gemm_a16w4.py:377:20
	v_cndmask_b32_e32 v2, v254, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[24:27], 0 offen
.LBB0_12:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; moe_op_gemm_a16w4.py:0
	s_endpgm
.Ltmp22:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel _moe_gemm_a16w4
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 208
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
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 256
		.amdhsa_next_free_sgpr 44
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
	.size	_moe_gemm_a16w4, .Lfunc_end0-_moe_gemm_a16w4
	.cfi_endproc
                                        ; -- End function
	.set _moe_gemm_a16w4.num_vgpr, 256
	.set _moe_gemm_a16w4.num_agpr, 0
	.set _moe_gemm_a16w4.numbered_sgpr, 44
	.set _moe_gemm_a16w4.num_named_barrier, 0
	.set _moe_gemm_a16w4.private_seg_size, 208
	.set _moe_gemm_a16w4.uses_vcc, 1
	.set _moe_gemm_a16w4.uses_flat_scratch, 0
	.set _moe_gemm_a16w4.has_dyn_sized_stack, 0
	.set _moe_gemm_a16w4.has_recursion, 0
	.set _moe_gemm_a16w4.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 17796
; TotalNumSgprs: 50
; NumVgprs: 256
; NumAgprs: 0
; TotalNumVgprs: 256
; ScratchSize: 208
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 31
; NumSGPRsForWavesPerEU: 50
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x65 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x3f DW_TAG_subprogram
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
	.quad	.Ltmp20                         ; DW_AT_low_pc
	.long	.Ltmp21-.Ltmp20                 ; DW_AT_high_pc
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
    .max_flat_workgroup_size: 512
    .name:           _moe_gemm_a16w4
    .private_segment_fixed_size: 208
    .sgpr_count:     50
    .sgpr_spill_count: 0
    .symbol:         _moe_gemm_a16w4.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     256
    .vgpr_spill_count: 69
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:
