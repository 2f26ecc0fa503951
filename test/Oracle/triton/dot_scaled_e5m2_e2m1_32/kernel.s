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
; %bb.10:
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
; %bb.11:
.LBB0_0:
	s_mov_b64 s[28:29], s[2:3]
.Ltmp1:
	.loc	1 54 48 is_stmt 1               ; make_fixtures.py:54:48
	s_lshr_b32 s2, s12, 31
	s_ashr_i32 s3, s12, 31
	s_add_i32 s2, s12, s2
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s3, s3, 27
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 54 48                         ; make_fixtures.py:54:48
	s_ashr_i32 s2, s2, 1
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s3, s12, s3
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v4, 7, v0
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s13, s16, 6
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s3, s3, 5
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mul_lo_u32 v5, s12, v1
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_mul_lo_u32 v1, s2, v1
	.loc	1 54 28 is_stmt 0               ; make_fixtures.py:54:28
	s_mul_i32 s14, s2, s13
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_lshl_add_u32 v11, v4, 4, v5
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_lshl_add_u32 v13, v4, 3, v1
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v3, 2, v0
	.loc	1 52 37                         ; make_fixtures.py:52:37
	v_and_b32_e32 v2, 3, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bfrev_b32_e32 v6, 1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_lshl_add_u32 v12, s12, 5, v11
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_lshl_add_u32 v14, s2, 5, v13
	v_add_u32_e32 v1, s14, v13
	.loc	1 55 30                         ; make_fixtures.py:55:30
	s_mul_i32 s6, s3, s13
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b32 s29, s29, 0xffff
	v_cndmask_b32_e32 v5, v6, v11, vcc
	v_cndmask_b32_e32 v7, v6, v12, vcc
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v4, s14, v14
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_cndmask_b32_e32 v1, v6, v1, vcc
	.loc	1 55 56 is_stmt 1               ; make_fixtures.py:55:56
	v_mad_u64_u32 v[2:3], s[2:3], s3, v3, v[2:3]
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[20:23], v5, s[28:31], 0 offen
	buffer_load_dwordx4 v[24:27], v7, s[28:31], 0 offen
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_cndmask_b32_e32 v7, v6, v4, vcc
	buffer_load_dwordx2 v[4:5], v1, s[24:27], 0 offen
	buffer_load_dwordx2 v[8:9], v7, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v15, s6, v2
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_cndmask_b32_e32 v1, v6, v15, vcc
	buffer_load_ubyte v1, v1, s[8:11], 0 offen
	.loc	1 59 25 is_stmt 1               ; make_fixtures.py:59:25
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v3, v6, v2, vcc
	buffer_load_ubyte v3, v3, s[4:7], 0 offen
	s_movk_i32 s2, 0x70
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v7, 4, v0
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_lshlrev_b32_e32 v6, 3, v0
	v_lshrrev_b32_e32 v10, 1, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v7, v7, v0, s2 bitop3:0x78
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_bitop3_b32 v10, v6, v10, 48 bitop3:0x78
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s15, s12, 0xffffff80
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v16, 0, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v17, 0, v7
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v18, 0, v10
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s15, 0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(5)
	ds_write_b128 v17, v[20:23]
	s_waitcnt vmcnt(4)
	ds_write_b128 v17, v[24:27] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v16, v1 offset:12544
	.loc	1 54 20                         ; make_fixtures.py:54:20
	ds_write2st64_b64 v18, v[4:5], v[8:9] offset0:16 offset1:20
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(0)
	ds_write_b8 v16, v3 offset:12288
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_and_b32_e32 v1, 0x80, v0
	s_mov_b64 s[2:3], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $vgpr1
.LBB0_3:                                ; %Flow54
	v_and_b32_e32 v4, 32, v0
	v_and_b32_e32 v5, 64, v0
	v_and_b32_e32 v3, 31, v0
	.loc	1 48 19 is_stmt 1               ; make_fixtures.py:48:19
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_andn2_b64 vcc, exec, s[2:3]
	v_lshrrev_b32_e32 v7, 1, v4
	v_lshlrev_b32_e32 v8, 2, v0
	v_lshlrev_b32_e32 v9, 5, v5
	v_lshrrev_b32_e32 v10, 5, v4
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	.loc	1 0 19 is_stmt 0                ; make_fixtures.py:0:19
	v_and_b32_e32 v1, 0x80, v0
	v_lshlrev_b32_e32 v0, 5, v1
	s_movk_i32 s2, 0x70
	v_lshl_or_b32 v24, v3, 7, v0
	v_bitop3_b32 v25, v6, v7, s2 bitop3:0x6c
	v_or_b32_e32 v0, v24, v25
	v_lshl_or_b32 v20, v3, 6, v9
	v_bitop3_b32 v21, v8, v7, 48 bitop3:0x6c
	v_lshl_or_b32 v46, v3, 2, v10
	.loc	1 54 57 is_stmt 1               ; make_fixtures.py:54:57
	s_add_i32 s2, s14, 64
	v_add_u32_e32 v0, 0, v0
	v_bitop3_b32 v19, v24, 32, v25 bitop3:0x36
	v_or_b32_e32 v22, v20, v21
	v_bitop3_b32 v21, v20, 32, v21 bitop3:0x36
	v_lshlrev_b32_e32 v23, 1, v5
	v_add_u32_e32 v20, s2, v13
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	v_add_u32_e32 v46, 0, v46
	v_add_u32_e32 v19, 0, v19
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx4 v[26:29], v11, s[28:31], 0 offen offset:128
	buffer_load_dwordx4 v[30:33], v12, s[28:31], 0 offen offset:128
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[52:55], v0
	ds_read_b128 v[56:59], v19
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v34, s2, v14
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[42:43], v20, s[24:27], 0 offen
	buffer_load_dwordx2 v[44:45], v34, s[24:27], 0 offen
	.loc	1 60 70 is_stmt 1               ; make_fixtures.py:60:70
	v_add_u32_e32 v20, 0, v22
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v22, v46, v23
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_add_u32_e32 v21, 0, v21
	ds_read_b128 v[34:37], v20 offset:8192
	ds_read_b128 v[38:41], v21 offset:8192
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v23, v46, v1
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v46, v22 offset:12544
	ds_read_u8 v47, v22 offset:12546
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v48, v23 offset:12288
	ds_read_u8 v49, v23 offset:12290
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v47, 8, v47
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v50, v15, s[8:11], 0 offen offset:4
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v49, 8, v49
	v_or_b32_e32 v48, v48, v49
	v_or_b32_e32 v46, v46, v47
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_and_b32_e32 v48, 0xffff, v48
	v_and_b32_e32 v46, 0xffff, v46
	s_movk_i32 s2, 0x60
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmpk_lt_u32 s15, 0x81
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[34:37], v[52:59], 0, v46, v48 op_sel_hi:[0,0,0] cbsz:4 blgp:1
	.loc	1 59 25                         ; make_fixtures.py:59:25
	buffer_load_ubyte v34, v2, s[4:7], 0 offen offset:4
	v_bitop3_b32 v35, v24, 64, v25 bitop3:0x36
	v_bitop3_b32 v25, v24, s2, v25 bitop3:0x36
	v_add_u32_e32 v24, 0, v35
	v_add_u32_e32 v25, 0, v25
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[52:55], v24
	ds_read_b128 v[56:59], v25
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(5)
	ds_write_b128 v17, v[26:29]
	s_waitcnt vmcnt(4)
	ds_write_b128 v17, v[30:33] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v16, v50 offset:12544
	.loc	1 54 20                         ; make_fixtures.py:54:20
	ds_write2st64_b64 v18, v[42:43], v[44:45] offset0:16 offset1:20
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(0)
	ds_write_b8 v16, v34 offset:12288
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[38:41], v[52:59], a[0:15], v46, v48 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_7
; %bb.5:                                ; %.peel.next
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_movk_i32 s2, 0x100
.LBB0_6:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 53 57 is_stmt 1               ; make_fixtures.py:53:57
	v_add_u32_e32 v34, s2, v11
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_add_u32_e32 v35, s2, v12
	buffer_load_dwordx4 v[26:29], v34, s[28:31], 0 offen
	buffer_load_dwordx4 v[30:33], v35, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[54:57], v0
	ds_read_b128 v[58:61], v19
	.loc	1 60 70 is_stmt 1               ; make_fixtures.py:60:70
	ds_read_b128 v[34:37], v20 offset:8192
	ds_read_b128 v[38:41], v21 offset:8192
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v46, v22 offset:12544
	ds_read_u8 v47, v22 offset:12546
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v48, v23 offset:12288
	ds_read_u8 v49, v23 offset:12290
	.loc	1 51 19                         ; make_fixtures.py:51:19
	s_ashr_i32 s3, s2, 1
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s16, s2, 5
	.loc	1 54 57                         ; make_fixtures.py:54:57
	s_add_i32 s3, s3, s14
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_add_u32_e32 v44, s16, v15
	.loc	1 59 60                         ; make_fixtures.py:59:60
	v_add_u32_e32 v45, s16, v2
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v50, s3, v13
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v52, v44, s[8:11], 0 offen
	.loc	1 59 25                         ; make_fixtures.py:59:25
	buffer_load_ubyte v53, v45, s[4:7], 0 offen
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[42:43], v50, s[24:27], 0 offen
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v44, 8, v49
	v_lshlrev_b16_e32 v45, 8, v47
	v_or_b32_e32 v44, v48, v44
	v_or_b32_e32 v45, v46, v45
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v51, s3, v14
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_and_b32_e32 v44, 0xffff, v44
	v_and_b32_e32 v45, 0xffff, v45
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s3, s2, 0x80
	s_cmp_lt_i32 s2, s15
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[34:37], v[54:61], a[0:15], v45, v44 op_sel_hi:[0,0,0] cbsz:4 blgp:1
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx2 v[34:35], v51, s[24:27], 0 offen
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[54:57], v24
	ds_read_b128 v[58:61], v25
	s_mov_b32 s2, s3
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(5)
	ds_write_b128 v17, v[26:29]
	s_waitcnt vmcnt(4)
	ds_write_b128 v17, v[30:33] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v16, v52 offset:12544
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(2)
	ds_write_b8 v16, v53 offset:12288
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v18, v[42:43], v[34:35] offset0:16 offset1:20
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[38:41], v[54:61], a[0:15], v45, v44 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_6
.LBB0_7:                                ; %._crit_edge
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_addk_i32 s12, 0x7f
	s_cmpk_lt_i32 s12, 0x80
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshl_or_b32 v0, v3, 2, v10
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshlrev_b32_e32 v10, 6, v3
	v_bitop3_b32 v8, v8, v7, 48 bitop3:0x6c
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v0, 0, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_or3_b32 v30, v10, v9, v8
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v2, v0, v1
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshl_add_u32 v0, v5, 1, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_add_u32_e32 v8, 0, v30
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v28, v2 offset:12288
	ds_read_u8 v2, v2 offset:12290
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v29, v0 offset:12544
	ds_read_u8 v0, v0 offset:12546
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read_b128 v[8:11], v8 offset:8192
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v31, 5, v1
	s_movk_i32 s2, 0x70
	v_lshl_or_b32 v31, v3, 7, v31
	v_bitop3_b32 v32, v6, v7, s2 bitop3:0x6c
	v_or_b32_e32 v33, v31, v32
	v_xad_u32 v6, v33, 32, 0
	v_add_u32_e32 v7, 0, v33
	ds_read_b128 v[38:41], v6
	ds_read_b128 v[34:37], v7
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v12, a0
	.loc	1 60 70 is_stmt 1               ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v2, 8, v2
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v0, 8, v0
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v27, a15
	v_accvgpr_read_b32 v26, a14
	v_accvgpr_read_b32 v25, a13
	v_accvgpr_read_b32 v24, a12
	v_accvgpr_read_b32 v23, a11
	v_accvgpr_read_b32 v22, a10
	v_accvgpr_read_b32 v21, a9
	v_accvgpr_read_b32 v20, a8
	v_accvgpr_read_b32 v19, a7
	v_accvgpr_read_b32 v18, a6
	v_accvgpr_read_b32 v17, a5
	v_accvgpr_read_b32 v16, a4
	v_accvgpr_read_b32 v15, a3
	v_accvgpr_read_b32 v14, a2
	v_accvgpr_read_b32 v13, a1
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_or_b32_e32 v2, v28, v2
	v_or_b32_e32 v0, v29, v0
	v_accvgpr_write_b32 a0, v12
	v_and_b32_e32 v2, 0xffff, v2
	v_and_b32_e32 v0, 0xffff, v0
	v_accvgpr_write_b32 a1, v13
	v_accvgpr_write_b32 a2, v14
	v_accvgpr_write_b32 a3, v15
	v_accvgpr_write_b32 a4, v16
	v_accvgpr_write_b32 a5, v17
	v_accvgpr_write_b32 a6, v18
	v_accvgpr_write_b32 a7, v19
	v_accvgpr_write_b32 a8, v20
	v_accvgpr_write_b32 a9, v21
	v_accvgpr_write_b32 a10, v22
	v_accvgpr_write_b32 a11, v23
	v_accvgpr_write_b32 a12, v24
	v_accvgpr_write_b32 a13, v25
	v_accvgpr_write_b32 a14, v26
	v_accvgpr_write_b32 a15, v27
	v_xad_u32 v6, v30, 32, 0
	s_movk_i32 s2, 0x60
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[8:11], v[34:41], a[0:15], v0, v2 op_sel_hi:[0,0,0] cbsz:4 blgp:1
	ds_read_b128 v[6:9], v6 offset:8192
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_bitop3_b32 v10, v31, s2, v32 bitop3:0x36
	v_add_u32_e32 v10, 0, v10
	v_xad_u32 v11, v33, 64, 0
	ds_read_b128 v[14:17], v10
	ds_read_b128 v[10:13], v11
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[6:9], v[10:17], a[0:15], v0, v2 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4 blgp:1
.LBB0_9:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 24 is_stmt 0               ; make_fixtures.py:61:24
	v_lshrrev_b32_e32 v1, 2, v1
	v_or_b32_e32 v1, v1, v3
	.loc	1 46 22 is_stmt 1               ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v0, 3, v4
	v_lshrrev_b32_e32 v2, 1, v5
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v1, s0, v1
	v_lshlrev_b32_e32 v1, 6, v1
	v_or3_b32 v0, v0, v2, s13
	.loc	1 62 13                         ; make_fixtures.py:62:13
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 61 63                         ; make_fixtures.py:61:63
	v_add_lshl_u32 v0, v0, v1, 2
	.loc	1 62 13                         ; make_fixtures.py:62:13
	s_nop 6
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
	buffer_store_dwordx4 a[4:7], v0, s[20:23], 0 offen offset:32
	buffer_store_dwordx4 a[8:11], v0, s[20:23], 0 offen offset:64
	buffer_store_dwordx4 a[12:15], v0, s[20:23], 0 offen offset:96
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
		.amdhsa_next_free_vgpr 80
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 64
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
	.set dot_scaled_kernel.num_vgpr, 62
	.set dot_scaled_kernel.num_agpr, 16
	.set dot_scaled_kernel.numbered_sgpr, 32
	.set dot_scaled_kernel.num_named_barrier, 0
	.set dot_scaled_kernel.private_seg_size, 0
	.set dot_scaled_kernel.uses_vcc, 1
	.set dot_scaled_kernel.uses_flat_scratch, 0
	.set dot_scaled_kernel.has_dyn_sized_stack, 0
	.set dot_scaled_kernel.has_recursion, 0
	.set dot_scaled_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2312
; TotalNumSgprs: 38
; NumVgprs: 62
; NumAgprs: 16
; TotalNumVgprs: 80
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 9
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 80
; AccumOffset: 64
; Occupancy: 6
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 15
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
  - .agpr_count:     16
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
    .max_flat_workgroup_size: 256
    .name:           dot_scaled_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         dot_scaled_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     80
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
