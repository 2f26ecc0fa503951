	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	dot_scaled_kernel               ; -- Begin function dot_scaled_kernel
	.p2align	8
	.type	dot_scaled_kernel,@function
dot_scaled_kernel:                      ; @dot_scaled_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
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
; %bb.8:
.LBB0_0:
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 54 48 is_stmt 1               ; make_fixtures.py:54:48
	s_lshr_b32 s2, s12, 31
	s_add_i32 s2, s12, s2
	s_mov_b64 s[24:25], s[6:7]
	s_ashr_i32 s6, s2, 1
	s_ashr_i32 s2, s12, 31
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s2, s2, 27
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_and_b32_e32 v12, 15, v0
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s2, s12, s2
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v1, 4, v0
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s13, s16, 4
	.loc	1 50 40                         ; make_fixtures.py:50:40
	v_lshlrev_b32_e32 v16, 4, v12
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s7, s2, 5
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mad_u64_u32 v[20:21], s[2:3], s12, v1, v[16:17]
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	s_lshl_b32 s2, s12, 2
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_bfrev_b32_e32 v13, 1
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v30, s2, v20
	.loc	1 51 40 is_stmt 1               ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v18, 3, v12
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v31, s2, v30
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e32 v4, v13, v20, vcc
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v32, s2, v31
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v5, v13, v30, vcc
	buffer_load_dwordx4 v[26:29], v4, s[28:31], 0 offen
	buffer_load_dwordx4 v[40:43], v5, s[28:31], 0 offen
	.loc	1 54 57 is_stmt 1               ; make_fixtures.py:54:57
	s_lshl_b32 s10, s6, 2
	v_mad_u64_u32 v[22:23], s[2:3], s6, v1, v[18:19]
	v_add_u32_e32 v33, s10, v22
	.loc	1 54 28 is_stmt 0               ; make_fixtures.py:54:28
	s_mul_i32 s14, s6, s13
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v4, v13, v31, vcc
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v34, s10, v33
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v3, 3, v0
	.loc	1 52 37                         ; make_fixtures.py:52:37
	v_and_b32_e32 v2, 7, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_cndmask_b32_e32 v5, v13, v32, vcc
	buffer_load_dwordx4 v[44:47], v4, s[28:31], 0 offen
	buffer_load_dwordx4 v[48:51], v5, s[28:31], 0 offen
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v35, s10, v34
	v_add_u32_e32 v1, s14, v22
	.loc	1 55 30                         ; make_fixtures.py:55:30
	s_mul_i32 s15, s7, s13
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v4, s14, v33
	v_add_u32_e32 v5, s14, v34
	v_add_u32_e32 v6, s14, v35
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_cndmask_b32_e32 v1, v13, v1, vcc
	.loc	1 55 56 is_stmt 1               ; make_fixtures.py:55:56
	v_mad_u64_u32 v[24:25], s[2:3], s7, v3, v[2:3]
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_cndmask_b32_e32 v14, v13, v4, vcc
	v_cndmask_b32_e32 v15, v13, v5, vcc
	v_cndmask_b32_e32 v17, v13, v6, vcc
	buffer_load_dwordx2 v[4:5], v1, s[24:27], 0 offen
	buffer_load_dwordx2 v[6:7], v14, s[24:27], 0 offen
	buffer_load_dwordx2 v[8:9], v15, s[24:27], 0 offen
	buffer_load_dwordx2 v[10:11], v17, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_lshl_add_u32 v25, s7, 3, v24
	v_add_u32_e32 v1, s15, v24
	v_add_u32_e32 v2, s15, v25
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_cndmask_b32_e32 v1, v13, v1, vcc
	v_cndmask_b32_e32 v2, v13, v2, vcc
	buffer_load_ubyte v3, v1, s[8:11], 0 offen
	buffer_load_ubyte v14, v2, s[8:11], 0 offen
	.loc	1 59 25 is_stmt 1               ; make_fixtures.py:59:25
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v1, v13, v24, vcc
	v_cndmask_b32_e32 v2, v13, v25, vcc
	buffer_load_ubyte v13, v1, s[4:7], 0 offen
	buffer_load_ubyte v15, v2, s[4:7], 0 offen
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v1, 48, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v2, 4, v0
	v_lshrrev_b32_e32 v19, 1, v1
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v17, 2, v1
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xor_b32_e32 v1, v2, v19
	v_xor_b32_e32 v2, 8, v1
	v_add_u32_e32 v37, 0, v2
	v_xor_b32_e32 v2, 32, v1
	v_add_u32_e32 v38, 0, v2
	v_xor_b32_e32 v2, 40, v1
	v_add_u32_e32 v39, 0, v2
	v_xor_b32_e32 v2, 64, v1
	v_add_u32_e32 v36, 0, v1
	s_movk_i32 s3, 0x108
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s16, s12, 0xffffff00
	s_movk_i32 s2, 0x60
	s_cmp_lt_i32 s16, 1
	v_xor_b32_e32 v23, v18, v19
	v_lshlrev_b32_e32 v21, 8, v12
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(11)
	ds_write_b64 v36, v[26:27]
	s_waitcnt vmcnt(10)
	ds_write_b64 v38, v[40:41] offset:1024
	v_add_u32_e32 v41, 0, v2
	v_xor_b32_e32 v2, 0x48, v1
	ds_write_b64 v39, v[42:43] offset:1024
	v_add_u32_e32 v43, 0, v2
	v_xor_b32_e32 v2, 0x60, v1
	v_xor_b32_e32 v1, 0x68, v1
	v_lshlrev_b32_e32 v40, 7, v12
	v_lshlrev_b32_e32 v42, 2, v0
	ds_write_b64 v37, v[28:29]
	s_waitcnt vmcnt(9)
	ds_write_b64 v41, v[44:45] offset:2048
	v_add_u32_e32 v45, 0, v1
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_lshlrev_b32_e32 v1, 3, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v44, 0, v2
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_and_b32_e32 v1, 0xf8, v1
	v_bfe_i32 v2, v0, 5, 1
	v_bitop3_b32 v1, v2, v1, s3 bitop3:0x6c
	v_xor_b32_e32 v2, 16, v1
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_write_b64 v43, v[46:47] offset:2048
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v46, 0, v1
	v_add_u32_e32 v47, 0, v2
	v_xor_b32_e32 v2, 32, v1
	v_xor_b32_e32 v1, 48, v1
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(8)
	ds_write_b64 v44, v[48:49] offset:3072
	ds_write_b64 v45, v[50:51] offset:3072
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v48, 0, v2
	v_add_u32_e32 v49, 0, v1
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v50, 0, v0
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(7)
	ds_write_b64 v46, v[4:5] offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b64 v47, v[6:7] offset:4608
	s_waitcnt vmcnt(5)
	ds_write_b64 v48, v[8:9] offset:5120
	s_waitcnt vmcnt(4)
	ds_write_b64 v49, v[10:11] offset:5632
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v50, v3 offset:6272
	s_waitcnt vmcnt(2)
	ds_write_b8 v50, v14 offset:6336
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(1)
	ds_write_b8 v50, v13 offset:6144
	s_waitcnt vmcnt(0)
	ds_write_b8 v50, v15 offset:6208
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_and_b32_e32 v4, 56, v42
	v_bitop3_b32 v5, v42, v17, 56 bitop3:0x6c
	v_bitop3_b32 v0, v18, v21, v19 bitop3:0xde
	v_bitop3_b32 v1, v23, 32, v21 bitop3:0x36
	v_bitop3_b32 v2, v23, 64, v21 bitop3:0x36
	v_bitop3_b32 v3, v23, s2, v21 bitop3:0x36
	v_bitop3_b32 v4, v4, v40, v17 bitop3:0xde
	v_bitop3_b32 v6, v5, 16, v40 bitop3:0x36
	v_bitop3_b32 v7, v5, 32, v40 bitop3:0x36
	v_bitop3_b32 v5, v5, 48, v40 bitop3:0x36
	v_add_u32_e32 v51, 0, v0
	v_add_u32_e32 v52, 0, v1
	v_add_u32_e32 v53, 0, v2
	v_add_u32_e32 v54, 0, v3
	v_add_u32_e32 v0, 0, v4
	v_add_u32_e32 v1, 0, v6
	v_add_u32_e32 v2, 0, v7
	v_add_u32_e32 v3, 0, v5
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_movk_i32 s17, 0x100
	s_movk_i32 s18, 0xff
	s_mov_b32 s19, 0x5040100
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_add_u32_e32 v55, 0x1000, v0
	v_add_u32_e32 v56, 0x1000, v1
	v_add_u32_e32 v57, 0x1000, v2
	v_add_u32_e32 v58, 0x1000, v3
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_mov_b32_e32 v59, 23
	v_mov_b32_e32 v60, 0x7fc0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 53 57 is_stmt 1               ; make_fixtures.py:53:57
	v_add_u32_e32 v0, s17, v20
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v8, 0, v18
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v1, s17, v30
	v_add_u32_e32 v2, s17, v31
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_add_u32_e32 v3, s17, v32
	buffer_load_dwordx4 v[74:77], v0, s[28:31], 0 offen
	buffer_load_dwordx4 v[70:73], v1, s[28:31], 0 offen
	buffer_load_dwordx4 v[66:69], v2, s[28:31], 0 offen
	buffer_load_dwordx4 v[62:65], v3, s[28:31], 0 offen
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	v_add_u32_e32 v0, 0x1800, v8
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read2_b64 v[4:7], v51 offset1:16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read2_b32 v[26:27], v55 offset1:16
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read2_b64 v[0:3], v0 offset1:16
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[78:81], v52 offset1:16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read2_b32 v[90:91], v56 offset1:16
	.loc	1 51 19                         ; make_fixtures.py:51:19
	s_ashr_i32 s22, s17, 1
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s23, s17, 5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_sdwa v8, v59, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v10, v5, v8
	v_cvt_scalef32_pk_bf16_fp8 v5, v5, v8 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v9, v59, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v0, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v11, 16, v10
	v_lshrrev_b32_e32 v14, 16, v5
	v_cvt_scalef32_pk_bf16_fp4 v13, v26, v9 op_sel:[0,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v10, v10, v60, vcc
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v15, v11, v60, vcc
	v_cndmask_b32_e32 v11, v14, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v14, v26, v9 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa s[2:3], v2, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v11, v11, v5, s19
	v_perm_b32 v10, v15, v10, s19
	v_lshrrev_b32_e32 v5, 16, v13
	v_lshrrev_b32_e32 v15, 16, v14
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v13, v13, v60, s[2:3]
	v_cndmask_b32_e64 v14, v14, v60, s[2:3]
	v_cndmask_b32_e64 v5, v5, v60, s[2:3]
	v_cndmask_b32_e64 v15, v15, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v15, v15, v14, s19
	v_perm_b32 v14, v5, v13, s19
	v_cvt_scalef32_pk_bf16_fp4 v5, v26, v9 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v12, v26, v9
	v_lshrrev_b32_e32 v9, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v5, v5, v60, s[2:3]
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v13, v9, v5, s19
	v_lshrrev_b32_e32 v5, 16, v12
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v61, v12, v60, s[2:3]
	v_cndmask_b32_e64 v5, v5, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v28, v4, v8
	v_perm_b32 v12, v5, v61, s19
	v_cvt_scalef32_pk_bf16_fp8 v4, v4, v8 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v5, 16, v28
	v_lshrrev_b32_e32 v8, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v29, v28, v60, vcc
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v8, v8, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v9, v8, v4, s19
	v_perm_b32 v8, v5, v29, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v5, 15, v0
	v_and_b32_e32 v5, 0x7f800000, v5
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[12:15], v[8:11], a[0:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshrrev_b32_e32 v4, 8, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_fp8 v9, v79, v5
	v_cvt_scalef32_pk_bf16_fp8 v10, v79, v5 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v4, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v4, 16, v9
	v_lshrrev_b32_e32 v11, 16, v10
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v9, v9, v60, vcc
	v_cndmask_b32_e32 v10, v10, v60, vcc
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v11, v11, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v11, v11, v10, s19
	v_perm_b32 v10, v4, v9, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v4, 15, v2
	v_and_b32_e32 v4, 0x7f800000, v4
	v_lshrrev_b32_e32 v9, 8, v2
	v_cmp_eq_u16_sdwa s[2:3], v9, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v9, v90, v4 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v14, v90, v4 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v13, 16, v9
	v_lshrrev_b32_e32 v15, 16, v14
	v_cvt_scalef32_pk_bf16_fp4 v12, v90, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	v_cndmask_b32_e64 v14, v14, v60, s[2:3]
	v_cndmask_b32_e64 v13, v13, v60, s[2:3]
	v_cndmask_b32_e64 v15, v15, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v4, v90, v4 op_sel:[1,0,0]
	v_perm_b32 v15, v15, v14, s19
	v_perm_b32 v14, v13, v9, s19
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v13, v9, v4, s19
	v_lshrrev_b32_e32 v4, 16, v12
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v28, v12, v60, s[2:3]
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v12, v4, v28, s19
	v_cvt_scalef32_pk_bf16_fp8 v4, v78, v5 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v8, v78, v5
	v_lshrrev_b32_e32 v5, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v5, v5, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v9, v5, v4, s19
	v_lshrrev_b32_e32 v4, 16, v8
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v26, v8, v60, vcc
	v_cndmask_b32_e32 v4, v4, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v8, v4, v26, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v5, 7, v0
	v_and_b32_sdwa v4, v0, s18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[12:15], v[8:11], a[0:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[10:13], v53 offset1:16
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_and_b32_e32 v5, 0x7f800000, v5
	v_cmp_eq_u16_e32 vcc, s18, v4
	.loc	1 54 57                         ; make_fixtures.py:54:57
	s_add_i32 s22, s22, s14
	.loc	1 55 56                         ; make_fixtures.py:55:56
	s_add_i32 s33, s23, s15
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v4, v11, v5
	v_cvt_scalef32_pk_bf16_fp8 v11, v11, v5 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v14, 16, v11
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v11, v11, v60, vcc
	v_cndmask_b32_e32 v14, v14, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v85, v14, v11, s19
	ds_read2_b32 v[14:15], v57 offset1:16
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v9, v9, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v84, v9, v4, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v4, 7, v2
	v_and_b32_e32 v4, 0x7f800000, v4
	v_and_b32_sdwa v9, v2, s18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_eq_u16_e64 s[2:3], s18, v9
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v9, v14, v4 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v28, 16, v9
	v_cvt_scalef32_pk_bf16_fp4 v11, v14, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v61, v14, v4 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v28, v28, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v4, v14, v4 op_sel:[1,0,0]
	v_perm_b32 v88, v28, v9, s19
	v_lshrrev_b32_e32 v9, 16, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v87, v9, v4, s19
	v_lshrrev_b32_e32 v4, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v29, v11, v60, s[2:3]
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v86, v4, v29, s19
	v_cvt_scalef32_pk_bf16_fp8 v4, v10, v5 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v8, v10, v5
	v_lshrrev_b32_e32 v5, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v26, v8, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v83, v5, v4, s19
	v_lshrrev_b32_e32 v4, 16, v8
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[8:11], v54 offset1:16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v78, 16, v61
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v61, v61, v60, s[2:3]
	v_cndmask_b32_e64 v78, v78, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v89, v78, v61, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v82, v4, v26, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v4, v59, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_eq_u16_sdwa vcc, v0, s18 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v0, v9, v4
	v_cvt_scalef32_pk_bf16_fp8 v9, v9, v4 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v28, 16, v9
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v9, v9, v60, vcc
	v_cndmask_b32_e32 v28, v28, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[86:89], v[82:85], a[0:3]
	v_perm_b32 v85, v28, v9, s19
	ds_read2_b32 v[28:29], v58 offset1:16
	v_lshrrev_b32_e32 v14, 16, v0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v60, vcc
	v_cndmask_b32_e32 v14, v14, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v84, v14, v0, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v0, v59, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_eq_u16_sdwa s[2:3], v2, s18 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v2, v28, v0 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v14, 16, v2
	v_cvt_scalef32_pk_bf16_fp4 v9, v28, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v2, v2, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v78, v28, v0 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v14, v14, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v0, v28, v0 op_sel:[1,0,0]
	v_perm_b32 v88, v14, v2, s19
	v_lshrrev_b32_e32 v2, 16, v0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	v_cndmask_b32_e64 v2, v2, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v87, v2, v0, s19
	v_lshrrev_b32_e32 v0, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v61, v9, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v86, v0, v61, s19
	v_cvt_scalef32_pk_bf16_fp8 v0, v8, v4 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v2, 16, v0
	v_cvt_scalef32_pk_bf16_fp8 v5, v8, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v60, vcc
	v_cndmask_b32_e32 v2, v2, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v83, v2, v0, s19
	v_lshrrev_b32_e32 v0, 16, v5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v26, v5, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v79, 16, v78
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v60, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v78, v78, v60, s[2:3]
	v_cndmask_b32_e64 v79, v79, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v82, v0, v26, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v0, v59, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v89, v79, v78, s19
	v_cvt_scalef32_pk_bf16_fp8 v2, v6, v0
	v_cvt_scalef32_pk_bf16_fp8 v4, v6, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v5, v7, v0
	v_cvt_scalef32_pk_bf16_fp8 v0, v7, v0 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v6, v59, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v1, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v7, 16, v0
	v_cvt_scalef32_pk_bf16_fp4 v14, v27, v6 op_sel:[0,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v60, vcc
	v_cndmask_b32_e32 v7, v7, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v0, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa s[2:3], v3, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v0, 16, v14
	v_cvt_scalef32_pk_bf16_fp4 v9, v27, v6 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v14, v14, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[86:89], v[82:85], a[0:3]
	v_perm_b32 v84, v0, v14, s19
	v_lshrrev_b32_e32 v0, 16, v9
	v_cvt_scalef32_pk_bf16_fp4 v8, v27, v6
	v_cvt_scalef32_pk_bf16_fp4 v26, v27, v6 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v6, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v6, v6, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v26
	v_perm_b32 v83, v0, v9, s19
	v_lshrrev_b32_e32 v0, 16, v8
	v_perm_b32 v6, v6, v5, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v5, v8, v60, s[2:3]
	v_cndmask_b32_e64 v26, v26, v60, s[2:3]
	v_cndmask_b32_e64 v28, v28, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v85, v28, v26, s19
	v_perm_b32 v82, v0, v5, s19
	v_lshrrev_b32_e32 v0, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v0, v0, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v0, v4, s19
	v_lshrrev_b32_e32 v0, 16, v2
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v27, v2, v60, vcc
	v_cndmask_b32_e32 v0, v0, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v0, v27, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v0, 15, v1
	v_and_b32_e32 v0, 0x7f800000, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[82:85], v[4:7], a[0:3]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v6, 15, v3
	v_and_b32_e32 v6, 0x7f800000, v6
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v2, v80, v0
	v_cvt_scalef32_pk_bf16_fp8 v4, v80, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v5, v81, v0
	v_cvt_scalef32_pk_bf16_fp8 v0, v81, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v8, v91, v6
	v_cvt_scalef32_pk_bf16_fp4 v9, v91, v6 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v14, v91, v6 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v26, v91, v6 op_sel:[1,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshrrev_b32_e32 v6, 8, v1
	v_cmp_eq_u16_sdwa vcc, v6, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v7, 16, v0
	v_lshrrev_b32_e32 v6, 16, v5
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v60, vcc
	v_cndmask_b32_e32 v7, v7, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v0, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshrrev_b32_e32 v0, 8, v3
	v_cmp_eq_u16_sdwa s[2:3], v0, s18 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v0, 16, v14
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v60, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v14, v14, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v80, v0, v14, s19
	v_lshrrev_b32_e32 v0, 16, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v9, v9, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v6, v6, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v26
	v_perm_b32 v79, v0, v9, s19
	v_lshrrev_b32_e32 v0, 16, v8
	v_perm_b32 v6, v6, v5, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v5, v8, v60, s[2:3]
	v_cndmask_b32_e64 v26, v26, v60, s[2:3]
	v_cndmask_b32_e64 v28, v28, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v81, v28, v26, s19
	v_perm_b32 v78, v0, v5, s19
	v_lshrrev_b32_e32 v0, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v4, v4, v60, vcc
	v_cndmask_b32_e32 v0, v0, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v0, v4, s19
	v_lshrrev_b32_e32 v0, 16, v2
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v27, v2, v60, vcc
	v_cndmask_b32_e32 v0, v0, v60, vcc
	v_lshlrev_b32_e32 v2, 7, v1
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v0, v27, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_and_b32_e32 v2, 0x7f800000, v2
	v_and_b32_sdwa v0, v1, s18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[78:81], v[4:7], a[0:3]
	v_cvt_scalef32_pk_bf16_fp8 v8, v12, v2
	v_cvt_scalef32_pk_bf16_fp8 v5, v12, v2 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v6, v13, v2
	v_cvt_scalef32_pk_bf16_fp8 v2, v13, v2 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_e32 vcc, s18, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v7, 16, v6
	v_lshrrev_b32_e32 v13, 16, v2
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v2, v2, v60, vcc
	v_cndmask_b32_e32 v14, v7, v60, vcc
	v_cndmask_b32_e32 v7, v13, v60, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v4, 7, v3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v7, v7, v2, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v2, v3, s18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v4, 0x7f800000, v4
	v_cmp_eq_u16_e64 s[2:3], s18, v2
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v2, 16, v5
	v_cvt_scalef32_pk_bf16_fp4 v12, v15, v4 op_sel:[0,1,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v2, v2, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v0, v15, v4
	v_cvt_scalef32_pk_bf16_fp4 v9, v15, v4 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v4, v15, v4 op_sel:[1,1,0]
	v_perm_b32 v5, v2, v5, s19
	v_lshrrev_b32_e32 v2, 16, v12
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v6, v6, v60, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v12, v12, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v13, 16, v4
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v2, v2, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v6, v14, v6, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v27, v0, v60, s[2:3]
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	v_cndmask_b32_e64 v13, v13, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v14, v2, v12, s19
	v_lshrrev_b32_e32 v2, 16, v9
	v_lshrrev_b32_e32 v0, 16, v0
	v_perm_b32 v15, v13, v4, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v4, v9, v60, s[2:3]
	v_cndmask_b32_e64 v2, v2, v60, s[2:3]
	v_cndmask_b32_e64 v0, v0, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v13, v2, v4, s19
	v_perm_b32 v12, v0, v27, s19
	v_lshrrev_b32_e32 v0, 16, v8
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v26, v8, v60, vcc
	v_cndmask_b32_e32 v0, v0, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v0, v26, s19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v0, v59, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v2, v59, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[12:15], v[4:7], a[0:3]
	v_cvt_scalef32_pk_bf16_fp8 v5, v11, v0
	v_cvt_scalef32_pk_bf16_fp8 v6, v11, v0 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v4, v10, v0 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v1, s18 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v12, v29, v2
	v_cvt_scalef32_pk_bf16_fp4 v8, v29, v2 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v1, v29, v2 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v7, v29, v2 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa s[2:3], v3, s18 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v2, 16, v5
	v_lshrrev_b32_e32 v3, 16, v6
	v_cvt_scalef32_pk_bf16_fp8 v82, v10, v0
	v_lshrrev_b32_e32 v10, 16, v4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v5, v5, v60, vcc
	v_cndmask_b32_e32 v6, v6, v60, vcc
	v_cndmask_b32_e32 v2, v2, v60, vcc
	v_cndmask_b32_e32 v3, v3, v60, vcc
	v_cndmask_b32_e32 v4, v4, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v11, 16, v1
	v_perm_b32 v3, v3, v6, s19
	v_perm_b32 v2, v2, v5, s19
	v_lshrrev_b32_e32 v5, 16, v7
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v6, v1, v60, s[2:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v10, v60, vcc
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v7, v7, v60, s[2:3]
	v_cndmask_b32_e64 v5, v5, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v1, v1, v4, s19
	v_lshrrev_b32_e32 v4, 16, v8
	v_perm_b32 v7, v5, v7, s19
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v5, v8, v60, s[2:3]
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v5, v4, v5, s19
	v_lshrrev_b32_e32 v4, 16, v12
	.loc	1 59 60                         ; make_fixtures.py:59:60
	v_add_u32_e32 v9, s23, v24
	v_add_u32_e32 v28, s23, v25
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v61, s22, v22
	v_add_u32_e32 v79, s22, v34
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e64 v13, v12, v60, s[2:3]
	v_cndmask_b32_e64 v10, v11, v60, s[2:3]
	v_cndmask_b32_e64 v4, v4, v60, s[2:3]
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v78, s22, v33
	v_add_u32_e32 v80, s22, v35
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v81, s33, v24
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v6, v10, v6, s19
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v83, s33, v25
	.loc	1 59 25                         ; make_fixtures.py:59:25
	buffer_load_ubyte v26, v9, s[4:7], 0 offen
	buffer_load_ubyte v27, v28, s[4:7], 0 offen
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_nop 0
	buffer_load_dwordx2 v[8:9], v61, s[24:27], 0 offen
	buffer_load_dwordx2 v[10:11], v78, s[24:27], 0 offen
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v4, v4, v13, s19
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[12:13], v79, s[24:27], 0 offen
	buffer_load_dwordx2 v[14:15], v80, s[24:27], 0 offen
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v28, v81, s[8:11], 0 offen
	buffer_load_ubyte v29, v83, s[8:11], 0 offen
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v61, 16, v82
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v82, v60, vcc
	v_cndmask_b32_e32 v61, v61, v60, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v0, v61, v0, s19
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s2, s17, 0x100
	s_cmp_lt_i32 s17, s16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[4:7], v[0:3], a[0:3]
	s_mov_b32 s17, s2
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(11) lgkmcnt(0)
	; wave barrier
	ds_write_b64 v36, v[74:75]
	ds_write_b64 v37, v[76:77]
	s_waitcnt vmcnt(10)
	ds_write_b64 v38, v[70:71] offset:1024
	ds_write_b64 v39, v[72:73] offset:1024
	s_waitcnt vmcnt(9)
	ds_write_b64 v41, v[66:67] offset:2048
	ds_write_b64 v43, v[68:69] offset:2048
	s_waitcnt vmcnt(8)
	ds_write_b64 v44, v[62:63] offset:3072
	ds_write_b64 v45, v[64:65] offset:3072
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(7)
	ds_write_b8 v50, v26 offset:6144
	s_waitcnt vmcnt(6)
	ds_write_b8 v50, v27 offset:6208
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(5)
	ds_write_b64 v46, v[8:9] offset:4096
	s_waitcnt vmcnt(4)
	ds_write_b64 v47, v[10:11] offset:4608
	s_waitcnt vmcnt(3)
	ds_write_b64 v48, v[12:13] offset:5120
	s_waitcnt vmcnt(2)
	ds_write_b64 v49, v[14:15] offset:5632
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v50, v28 offset:6272
	s_waitcnt vmcnt(0)
	ds_write_b8 v50, v29 offset:6336
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
.LBB0_4:                                ; %._crit_edge
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_addk_i32 s12, 0xff
	s_movk_i32 s6, 0xff
	s_cmpk_lt_i32 s12, 0x100
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	v_and_b32_e32 v4, 56, v42
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v0, 0, v18
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_bitop3_b32 v32, v4, v40, v17 bitop3:0xde
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v0, 0x1800, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_xad_u32 v4, v32, 48, 0
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read2_b64 v[0:3], v0 offset1:16
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_add_u32_e32 v4, 0x1000, v4
	v_xad_u32 v12, v32, 32, 0
	ds_read2_b32 v[38:39], v4 offset1:16
	v_add_u32_e32 v12, 0x1000, v12
	ds_read2_b32 v[40:41], v12 offset1:16
	v_xad_u32 v26, v32, 16, 0
	v_add_u32_e32 v26, 0x1000, v26
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_mov_b32_e32 v37, 23
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read2_b32 v[42:43], v26 offset1:16
	v_add_u32_e32 v32, 0, v32
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b32_sdwa v10, v37, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b32_e32 v13, 7, v3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_add_u32_e32 v32, 0x1000, v32
	s_waitcnt lgkmcnt(2)
	v_cvt_scalef32_pk_bf16_fp4 v5, v39, v10 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v7, v39, v10 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v9, v39, v10 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v11, v39, v10
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_e32 v24, 0x7f800000, v13
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read2_b32 v[48:49], v32 offset1:16
	v_lshrrev_b32_e32 v4, 16, v5
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_mov_b32_e32 v56, 0x7fc0
	v_cmp_eq_u16_sdwa vcc, v3, s6 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v6, 16, v7
	v_lshrrev_b32_e32 v8, 16, v9
	v_lshrrev_b32_e32 v10, 16, v11
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_sdwa v12, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(2)
	v_cvt_scalef32_pk_bf16_fp4 v13, v41, v24 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_e32 v27, 15, v3
	v_cndmask_b32_e32 v4, v4, v56, vcc
	v_cndmask_b32_e32 v5, v5, v56, vcc
	v_cndmask_b32_e32 v6, v6, v56, vcc
	v_cndmask_b32_e32 v7, v7, v56, vcc
	v_cndmask_b32_e32 v8, v8, v56, vcc
	v_cndmask_b32_e32 v9, v9, v56, vcc
	v_cndmask_b32_e32 v10, v10, v56, vcc
	v_cndmask_b32_e32 v11, v11, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v14, 16, v13
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_e32 vcc, s6, v12
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v15, v41, v24 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v22, v41, v24 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v25, v41, v24
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_and_b32_e32 v33, 0x7f800000, v27
	v_cndmask_b32_e32 v12, v14, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v14, 16, v15
	v_lshrrev_b32_e32 v20, 16, v22
	v_lshrrev_b32_e32 v24, 16, v25
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshrrev_b32_e32 v26, 8, v3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_cvt_scalef32_pk_bf16_fp4 v27, v43, v33 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v13, v13, v56, vcc
	v_cndmask_b32_e32 v14, v14, v56, vcc
	v_cndmask_b32_e32 v15, v15, v56, vcc
	v_cndmask_b32_e32 v20, v20, v56, vcc
	v_cndmask_b32_e32 v22, v22, v56, vcc
	v_cndmask_b32_e32 v24, v24, v56, vcc
	v_cndmask_b32_e32 v25, v25, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v27
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v26, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v29, v43, v33 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v31, v43, v33 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v33, v43, v33
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshlrev_b32_sdwa v39, v37, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v26, v28, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v28, 16, v29
	v_lshrrev_b32_e32 v30, 16, v31
	v_lshrrev_b32_e32 v32, 16, v33
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp4 v34, v49, v39 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v27, v27, v56, vcc
	v_cndmask_b32_e32 v28, v28, v56, vcc
	v_cndmask_b32_e32 v29, v29, v56, vcc
	v_cndmask_b32_e32 v30, v30, v56, vcc
	v_cndmask_b32_e32 v31, v31, v56, vcc
	v_cndmask_b32_e32 v32, v32, v56, vcc
	v_cndmask_b32_e32 v33, v33, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v35, 16, v34
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v3, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v36, v49, v39 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v41, v49, v39 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v49, v39
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v3, v35, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v35, 16, v36
	v_lshrrev_b32_e32 v43, 16, v41
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v85, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v39
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v87, v39, v56, vcc
	v_lshlrev_b32_sdwa v39, v37, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v34, v34, v56, vcc
	v_cndmask_b32_e32 v35, v35, v56, vcc
	v_cndmask_b32_e32 v36, v36, v56, vcc
	v_cndmask_b32_e32 v84, v43, v56, vcc
	v_cndmask_b32_e32 v86, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v41, v38, v39 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v2, s6 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v43, 16, v41
	s_movk_i32 s2, 0x60
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v89, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v41, v38, v39 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v88, v43, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v43, 16, v41
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v91, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v41, v38, v39 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v38, v38, v39
	v_lshrrev_b32_e32 v39, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v94, v39, v56, vcc
	v_lshlrev_b32_e32 v39, 7, v2
	v_cndmask_b32_e32 v90, v43, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v43, 16, v41
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v95, v38, v56, vcc
	v_and_b32_sdwa v38, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v39, 0x7f800000, v39
	v_cndmask_b32_e32 v92, v43, v56, vcc
	v_cndmask_b32_e32 v93, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v41, v40, v39 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_e32 vcc, s6, v38
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v40, v39 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v43, 16, v41
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v81, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v96, v38, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v40, v39 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v82, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v98, v38, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v40, v39
	v_lshrrev_b32_e32 v39, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v99, v39, v56, vcc
	v_lshlrev_b32_e32 v39, 15, v2
	v_cndmask_b32_e32 v100, v38, v56, vcc
	v_lshrrev_b32_e32 v38, 8, v2
	v_and_b32_e32 v39, 0x7f800000, v39
	v_cndmask_b32_e32 v80, v43, v56, vcc
	v_cndmask_b32_e32 v97, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v40, v42, v39 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v38, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v42, v39 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v41, 16, v40
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v77, v40, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v40, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v83, v38, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v42, v39 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v78, v40, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v40, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v102, v38, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v38, v42, v39
	v_lshrrev_b32_e32 v39, 16, v38
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v104, v38, v56, vcc
	v_lshlrev_b32_sdwa v38, v37, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v76, v41, v56, vcc
	v_cndmask_b32_e32 v101, v40, v56, vcc
	v_cndmask_b32_e32 v103, v39, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v39, v48, v38 op_sel:[1,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cmp_eq_u16_sdwa vcc, v2, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v40, 16, v39
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v23, v23, s2, v21 bitop3:0x36
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v72, v39, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v39, v48, v38 op_sel:[0,1,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v2, v40, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v40, 16, v39
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v74, v39, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v39, v48, v38 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v73, v40, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v40, 16, v39
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v23, 0, v23
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v79, v40, v56, vcc
	v_cndmask_b32_e32 v105, v39, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp4 v42, v48, v38
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[38:41], v23 offset1:16
	v_bitop3_b32 v18, v18, v21, v19 bitop3:0xde
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v19, v37, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v43, 16, v42
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v23, v43, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v21, v41, v19 op_sel:[1,0,0]
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_cndmask_b32_e32 v106, v42, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v42, 16, v21
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v1, s6 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v41, v41, v19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v48, 7, v1
	v_cndmask_b32_e32 v75, v42, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v42, 16, v41
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v108, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v41, v40, v19 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v19, v40, v19
	v_lshrrev_b32_e32 v40, 16, v19
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v107, v42, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v42, 16, v41
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v111, v40, v56, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xad_u32 v40, v18, 64, 0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v109, v42, v56, vcc
	v_cndmask_b32_e32 v110, v41, v56, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[40:43], v40 offset1:16
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v112, v19, v56, vcc
	v_and_b32_sdwa v19, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v48, 0x7f800000, v48
	v_cndmask_b32_e32 v21, v21, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v49, v43, v48 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_e32 vcc, s6, v19
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v43, v43, v48
	v_lshrrev_b32_e32 v50, 16, v49
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v68, v49, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v49, 16, v43
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v69, v49, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v49, v42, v48 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v42, v42, v48
	v_lshrrev_b32_e32 v48, 16, v42
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v19, v50, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v50, 16, v49
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v115, v48, v56, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_xad_u32 v48, v18, 32, 0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v113, v50, v56, vcc
	v_cndmask_b32_e32 v114, v49, v56, vcc
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[48:51], v48 offset1:16
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v53, 15, v1
	v_lshrrev_b32_e32 v52, 8, v1
	v_and_b32_e32 v57, 0x7f800000, v53
	v_cndmask_b32_e32 v43, v43, v56, vcc
	v_cndmask_b32_e32 v42, v42, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v53, v51, v57 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v52, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v51, v51, v57
	v_lshrrev_b32_e32 v54, 16, v53
	v_lshrrev_b32_e32 v52, 16, v51
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v70, v51, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v51, v50, v57 op_sel:[1,0,0]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v18, 0, v18
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v64, v54, v56, vcc
	v_cndmask_b32_e32 v65, v53, v56, vcc
	v_cndmask_b32_e32 v66, v52, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v58, 16, v51
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read2_b64 v[52:55], v18 offset1:16
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v18, v58, v56, vcc
	v_lshlrev_b32_sdwa v58, v37, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v61, v38, v58 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v62, v38, v58
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v38, 7, v0
	v_and_b32_e32 v38, 0x7f800000, v38
	v_cndmask_b32_e32 v71, v51, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v50, v50, v57
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_sdwa v51, v37, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v59, v39, v58 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v60, v39, v58
	v_cvt_scalef32_pk_bf16_fp8 v58, v41, v38 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v63, v41, v38
	v_cvt_scalef32_pk_bf16_fp8 v67, v40, v38 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v116, v40, v38
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshlrev_b32_e32 v38, 15, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_cvt_scalef32_pk_bf16_fp8 v57, v55, v51 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_and_b32_e32 v38, 0x7f800000, v38
	v_lshlrev_b32_sdwa v37, v37, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v50
	v_cvt_scalef32_pk_bf16_fp8 v39, v49, v38 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v49, v49, v38
	v_cvt_scalef32_pk_bf16_fp8 v117, v48, v38 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v48, v48, v38
	v_cvt_scalef32_pk_bf16_fp8 v38, v53, v37 op_sel:[1,0,0]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v120, v41, v56, vcc
	v_cndmask_b32_e32 v121, v50, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v57
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa vcc, v1, s6 src0_sel:BYTE_0 src1_sel:DWORD
	v_cmp_eq_u16_sdwa s[2:3], v0, s6 src0_sel:BYTE_0 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_cvt_scalef32_pk_bf16_fp8 v55, v55, v51
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v1, v41, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v41, 16, v38
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v41, v41, v56, s[2:3]
	v_cndmask_b32_e64 v38, v38, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_mov_b32 s7, 0x5040100
	v_cvt_scalef32_pk_bf16_fp8 v40, v53, v37
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_lshrrev_b32_e32 v50, 8, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v41, v41, v38, s7
	v_lshrrev_b32_e32 v38, 16, v55
	v_cvt_scalef32_pk_bf16_fp8 v118, v54, v51 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp8 v119, v54, v51
	v_cvt_scalef32_pk_bf16_fp8 v51, v52, v37 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v53, 16, v40
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v123, v38, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v38, 16, v39
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa s[4:5], v50, s6 src0_sel:BYTE_0 src1_sel:DWORD
	v_cndmask_b32_e64 v53, v53, v56, s[2:3]
	v_cndmask_b32_e64 v40, v40, v56, s[2:3]
	v_cndmask_b32_e64 v50, v38, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v38, 16, v51
	v_perm_b32 v40, v53, v40, s7
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v53, v39, v56, s[4:5]
	v_cndmask_b32_e64 v38, v38, v56, s[2:3]
	v_cndmask_b32_e64 v39, v51, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v21, v75, v21, s7
	v_perm_b32 v75, v2, v72, s7
	v_perm_b32 v74, v73, v74, s7
	v_perm_b32 v73, v79, v105, s7
	v_perm_b32 v72, v23, v106, s7
	v_cvt_scalef32_pk_bf16_fp8 v37, v52, v37
	v_perm_b32 v39, v38, v39, s7
	v_lshrrev_b32_e32 v38, 16, v49
	v_accvgpr_read_b32 v44, a0
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v54, v38, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v38, 16, v37
	v_accvgpr_read_b32 v45, a1
	v_accvgpr_read_b32 v46, a2
	v_accvgpr_read_b32 v47, a3
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_and_b32_sdwa v52, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v49, v49, v56, s[4:5]
	v_cndmask_b32_e64 v38, v38, v56, s[2:3]
	v_cndmask_b32_e64 v37, v37, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_accvgpr_write_b32 a0, v44
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v124, v55, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v38, v38, v37, s7
	v_perm_b32 v51, v50, v53, s7
	v_perm_b32 v50, v54, v49, s7
	v_lshrrev_b32_e32 v49, 16, v58
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_e64 s[2:3], s6, v52
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v55, 16, v48
	v_perm_b32 v79, v76, v77, s7
	v_perm_b32 v78, v78, v83, s7
	v_perm_b32 v77, v101, v102, s7
	v_perm_b32 v76, v103, v104, s7
	v_accvgpr_write_b32 a1, v45
	v_accvgpr_write_b32 a2, v46
	v_accvgpr_write_b32 a3, v47
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v52, v49, v56, s[2:3]
	v_cndmask_b32_e64 v53, v58, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v49, 16, v117
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v55, v55, v56, s[4:5]
	v_cndmask_b32_e64 v48, v48, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_f32_16x16x32_bf16 a[0:3], v[72:75], v[38:41], a[0:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v49, v49, v56, s[4:5]
	v_cndmask_b32_e64 v54, v117, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v48, v55, v48, s7
	v_perm_b32 v55, v52, v53, s7
	v_lshrrev_b32_e32 v52, 16, v59
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cmp_eq_u16_sdwa s[4:5], v0, s6 src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v49, v49, v54, s7
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v53, v67, v56, s[2:3]
	v_cndmask_b32_e64 v0, v52, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v52, 16, v67
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v52, v52, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v83, v80, v81, s7
	v_perm_b32 v82, v82, v96, s7
	v_perm_b32 v81, v97, v98, s7
	v_perm_b32 v80, v99, v100, s7
	v_lshrrev_b32_e32 v54, 16, v63
	v_perm_b32 v53, v52, v53, s7
	v_lshrrev_b32_e32 v52, 16, v60
	v_mfma_f32_16x16x32_bf16 a[0:3], v[76:79], v[48:51], a[0:3]
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v122, v57, v56, vcc
	v_cndmask_b32_e64 v54, v54, v56, s[2:3]
	v_cndmask_b32_e64 v57, v63, v56, s[2:3]
	v_cndmask_b32_e64 v58, v52, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshrrev_b32_e32 v52, 16, v116
	v_perm_b32 v54, v54, v57, s7
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v57, v59, v56, s[4:5]
	v_cndmask_b32_e64 v52, v52, v56, s[2:3]
	v_cndmask_b32_e64 v59, v116, v56, s[2:3]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v52, v52, v59, s7
	v_perm_b32 v67, v64, v65, s7
	v_perm_b32 v66, v66, v70, s7
	v_perm_b32 v65, v18, v71, s7
	v_perm_b32 v71, v19, v68, s7
	v_perm_b32 v70, v69, v43, s7
	v_perm_b32 v68, v115, v42, s7
	v_perm_b32 v43, v88, v89, s7
	v_perm_b32 v42, v90, v91, s7
	v_perm_b32 v41, v92, v93, s7
	v_perm_b32 v40, v94, v95, s7
	v_mfma_f32_16x16x32_bf16 a[0:3], v[80:83], v[52:55], a[0:3]
	v_lshrrev_b32_e32 v37, 16, v118
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e64 v60, v60, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v59, v0, v57, s7
	v_lshrrev_b32_e32 v0, 16, v119
	v_lshrrev_b32_e32 v57, 16, v61
	v_lshrrev_b32_e32 v63, 16, v62
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v37, v37, v56, vcc
	v_cndmask_b32_e32 v118, v118, v56, vcc
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v58, v58, v60, s7
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_cndmask_b32_e32 v0, v0, v56, vcc
	v_cndmask_b32_e32 v60, v119, v56, vcc
	v_cndmask_b32_e64 v57, v57, v56, s[4:5]
	v_cndmask_b32_e64 v61, v61, v56, s[4:5]
	v_cndmask_b32_e64 v63, v63, v56, s[4:5]
	v_cndmask_b32_e64 v56, v62, v56, s[4:5]
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_perm_b32 v57, v57, v61, s7
	v_perm_b32 v56, v63, v56, s7
	v_perm_b32 v63, v1, v122, s7
	v_perm_b32 v60, v0, v60, s7
	v_perm_b32 v3, v3, v34, s7
	v_perm_b32 v2, v35, v36, s7
	v_perm_b32 v1, v84, v85, s7
	v_perm_b32 v0, v86, v87, s7
	v_mfma_f32_16x16x32_bf16 a[0:3], v[40:43], v[56:59], a[0:3]
	v_perm_b32 v62, v123, v124, s7
	v_perm_b32 v61, v37, v118, s7
	v_perm_b32 v37, v26, v27, s7
	v_perm_b32 v36, v28, v29, s7
	v_perm_b32 v35, v30, v31, s7
	v_perm_b32 v34, v32, v33, s7
	v_mfma_f32_16x16x32_bf16 a[0:3], v[0:3], v[60:63], a[0:3]
	v_perm_b32 v64, v120, v121, s7
	v_perm_b32 v29, v12, v13, s7
	v_perm_b32 v28, v14, v15, s7
	v_perm_b32 v27, v20, v22, s7
	v_perm_b32 v26, v24, v25, s7
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[64:67], a[0:3]
	v_perm_b32 v69, v113, v114, s7
	v_perm_b32 v3, v4, v5, s7
	v_perm_b32 v2, v6, v7, s7
	v_perm_b32 v1, v8, v9, s7
	v_perm_b32 v0, v10, v11, s7
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[68:71], a[0:3]
	v_perm_b32 v20, v107, v108, s7
	v_perm_b32 v19, v109, v110, s7
	v_perm_b32 v18, v111, v112, s7
	s_nop 1
	v_mfma_f32_16x16x32_bf16 a[0:3], v[0:3], v[18:21], a[0:3]
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 63 is_stmt 0               ; make_fixtures.py:61:63
	v_or_b32_e32 v0, s13, v17
	.loc	1 62 13 is_stmt 1               ; make_fixtures.py:62:13
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, v16, s0
	.loc	1 62 13                         ; make_fixtures.py:62:13
	v_add_lshl_u32 v0, v0, v1, 2
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
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
		.amdhsa_next_free_vgpr 132
		.amdhsa_next_free_sgpr 34
		.amdhsa_accum_offset 128
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
	.set dot_scaled_kernel.num_vgpr, 125
	.set dot_scaled_kernel.num_agpr, 4
	.set dot_scaled_kernel.numbered_sgpr, 34
	.set dot_scaled_kernel.num_named_barrier, 0
	.set dot_scaled_kernel.private_seg_size, 0
	.set dot_scaled_kernel.uses_vcc, 1
	.set dot_scaled_kernel.uses_flat_scratch, 0
	.set dot_scaled_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_kernel.has_recursion, 0
	.set dot_scaled_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 6912
; TotalNumSgprs: 40
; NumVgprs: 125
; NumAgprs: 4
; TotalNumVgprs: 132
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 16
; NumSGPRsForWavesPerEU: 40
; NumVGPRsForWavesPerEU: 132
; AccumOffset: 128
; Occupancy: 3
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 31
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
  - .agpr_count:     4
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
    .max_flat_workgroup_size: 64
    .name:           dot_scaled_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     40
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     132
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
