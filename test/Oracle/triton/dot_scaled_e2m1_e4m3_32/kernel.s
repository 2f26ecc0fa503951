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
	.loc	1 53 48 is_stmt 1               ; make_fixtures.py:53:48
	s_lshr_b32 s2, s12, 31
	s_ashr_i32 s3, s12, 31
	s_add_i32 s2, s12, s2
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_lshr_b32 s3, s3, 27
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 53 48                         ; make_fixtures.py:53:48
	s_ashr_i32 s2, s2, 1
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_add_i32 s3, s12, s3
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_and_b32_e32 v5, 7, v0
	.loc	1 47 17                         ; make_fixtures.py:47:17
	s_lshl_b32 s13, s16, 6
	.loc	1 55 50                         ; make_fixtures.py:55:50
	s_ashr_i32 s6, s3, 5
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_mul_lo_u32 v6, s2, v1
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s12, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_lshl_add_u32 v15, v5, 3, v6
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	v_bfrev_b32_e32 v10, 1
	.loc	1 49 26 is_stmt 1               ; make_fixtures.py:49:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_lshl_add_u32 v16, s2, 5, v15
	.loc	1 51 40                         ; make_fixtures.py:51:40
	v_lshlrev_b32_e32 v4, 4, v5
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_cndmask_b32_e32 v5, v10, v15, vcc
	v_cndmask_b32_e32 v6, v10, v16, vcc
	.loc	1 54 28                         ; make_fixtures.py:54:28
	s_mul_i32 s15, s12, s13
	.loc	1 53 20                         ; make_fixtures.py:53:20
	buffer_load_dwordx2 v[8:9], v5, s[28:31], 0 offen
	buffer_load_dwordx2 v[12:13], v6, s[28:31], 0 offen
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_mad_u64_u32 v[6:7], s[2:3], s12, v1, v[4:5]
	v_lshl_add_u32 v5, s12, 5, v6
	v_add_u32_e32 v7, s15, v6
	.loc	1 46 22                         ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v3, 2, v0
	.loc	1 52 37                         ; make_fixtures.py:52:37
	v_and_b32_e32 v2, 3, v0
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v11, s15, v5
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	v_cndmask_b32_e32 v7, v10, v7, vcc
	.loc	1 55 30 is_stmt 1               ; make_fixtures.py:55:30
	s_mul_i32 s7, s6, s13
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_cndmask_b32_e32 v11, v10, v11, vcc
	buffer_load_dwordx4 v[22:25], v7, s[24:27], 0 offen
	buffer_load_dwordx4 v[26:29], v11, s[24:27], 0 offen
	.loc	1 55 56                         ; make_fixtures.py:55:56
	v_mad_u64_u32 v[2:3], s[2:3], s6, v3, v[2:3]
	v_add_u32_e32 v17, s7, v2
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 55 21 is_stmt 0               ; make_fixtures.py:55:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	v_cndmask_b32_e32 v3, v10, v17, vcc
	buffer_load_ubyte v3, v3, s[8:11], 0 offen
	.loc	1 59 25 is_stmt 1               ; make_fixtures.py:59:25
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	v_cndmask_b32_e32 v7, v10, v2, vcc
	buffer_load_ubyte v7, v7, s[4:7], 0 offen
	s_movk_i32 s2, 0x70
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v10, 3, v0
	v_lshrrev_b32_e32 v11, 1, v0
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_lshlrev_b32_e32 v14, 4, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_bitop3_b32 v11, v10, v11, 48 bitop3:0x78
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_bitop3_b32 v14, v14, v0, s2 bitop3:0x78
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s14, s12, 0xffffff80
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v18, 0, v0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v19, 0, v11
	.loc	1 54 20                         ; make_fixtures.py:54:20
	v_add_u32_e32 v20, 0, v14
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmp_gt_i32 s14, 0
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v19, v[8:9], v[12:13] offset0:16 offset1:20
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v20, v[22:25]
	s_waitcnt vmcnt(2)
	ds_write_b128 v20, v[26:29] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v18, v3 offset:12544
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(0)
	ds_write_b8 v18, v7 offset:12288
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_and_b32_e32 v9, 0x80, v0
	s_mov_b64 s[2:3], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; make_fixtures.py:0:20
	s_mov_b64 s[2:3], -1
                                        ; implicit-def: $vgpr9
.LBB0_3:                                ; %Flow54
	v_and_b32_e32 v7, 32, v0
	v_and_b32_e32 v8, 64, v0
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
	v_lshlrev_b32_e32 v11, 2, v0
	v_lshrrev_b32_e32 v12, 1, v7
	v_lshlrev_b32_e32 v13, 6, v8
	v_lshrrev_b32_e32 v14, 5, v7
	s_cbranch_vccnz .LBB0_7
; %bb.4:                                ; %.lr.ph
	.loc	1 54 57                         ; make_fixtures.py:54:57
	s_addk_i32 s15, 0x80
	v_add_u32_e32 v6, s15, v6
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	buffer_load_dwordx2 v[44:45], v15, s[28:31], 0 offen offset:64
	buffer_load_dwordx2 v[46:47], v16, s[28:31], 0 offen offset:64
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v5, s15, v5
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[28:31], v6, s[24:27], 0 offen
	buffer_load_dwordx4 v[32:35], v5, s[24:27], 0 offen
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	buffer_load_ubyte v5, v17, s[8:11], 0 offen offset:4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	buffer_load_ubyte v48, v2, s[4:7], 0 offen offset:4
	v_lshl_or_b32 v21, v3, 2, v14
	v_lshlrev_b32_e32 v6, 1, v8
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_add_u32_e32 v21, 0, v21
	v_and_b32_e32 v9, 0x80, v0
	v_add_u32_e32 v6, v21, v6
	s_movk_i32 s2, 0x70
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v21, v21, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v49, v6 offset:12544
	ds_read_u8 v50, v6 offset:12546
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v51, v21 offset:12288
	ds_read_u8 v52, v21 offset:12290
	v_lshl_or_b32 v26, v3, 7, v13
	v_lshlrev_b32_e32 v22, 4, v9
	v_bitop3_b32 v27, v10, v12, s2 bitop3:0x6c
	v_bitop3_b32 v0, v11, v12, 48 bitop3:0x6c
	v_lshl_or_b32 v22, v3, 6, v22
	v_or_b32_e32 v23, v26, v27
	v_bitop3_b32 v24, v26, 32, v27 bitop3:0x36
	v_or_b32_e32 v25, v22, v0
	v_bitop3_b32 v0, v22, 32, v0 bitop3:0x36
	v_add_u32_e32 v22, 0, v23
	v_add_u32_e32 v23, 0, v24
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_add_u32_e32 v24, 0, v25
	v_add_u32_e32 v25, 0, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read_b128 v[54:57], v22
	ds_read_b128 v[58:61], v23
	.loc	1 53 20                         ; make_fixtures.py:53:20
	ds_read_b128 v[36:39], v24 offset:8192
	ds_read_b128 v[40:43], v25 offset:8192
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v0, 8, v52
	v_lshlrev_b16_e32 v50, 8, v50
	v_or_b32_e32 v0, v51, v0
	v_or_b32_e32 v49, v49, v50
	v_and_b32_e32 v0, 0xffff, v0
	v_and_b32_e32 v49, 0xffff, v49
	s_movk_i32 s2, 0x60
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cmpk_lt_u32 s14, 0x81
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[54:61], v[36:39], 0, v49, v0 op_sel_hi:[0,0,0] blgp:4
	v_bitop3_b32 v36, v26, 64, v27 bitop3:0x36
	v_bitop3_b32 v27, v26, s2, v27 bitop3:0x36
	v_add_u32_e32 v26, 0, v36
	v_add_u32_e32 v27, 0, v27
	ds_read_b128 v[50:53], v26
	ds_read_b128 v[54:57], v27
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v19, v[44:45], v[46:47] offset0:16 offset1:20
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v18, v5 offset:12544
	.loc	1 54 20                         ; make_fixtures.py:54:20
	ds_write_b128 v20, v[28:31]
	ds_write_b128 v20, v[32:35] offset:4096
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(0)
	ds_write_b8 v18, v48 offset:12288
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[50:57], v[40:43], a[0:15], v49, v0 op_sel:[1,1,0] op_sel_hi:[0,0,0] blgp:4
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_cbranch_scc1 .LBB0_7
; %bb.5:                                ; %.peel.next
	v_add_u32_e32 v5, s13, v1
	v_add_u32_e32 v0, 32, v5
	v_mad_u64_u32 v[0:1], s[2:3], s12, v0, v[4:5]
	v_mad_u64_u32 v[4:5], s[2:3], s12, v5, v[4:5]
	s_movk_i32 s2, 0x100
.LBB0_6:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 50 19                         ; make_fixtures.py:50:19
	s_ashr_i32 s3, s2, 1
	.loc	1 53 57                         ; make_fixtures.py:53:57
	v_add_u32_e32 v28, s3, v15
	v_add_u32_e32 v29, s3, v16
	.loc	1 53 20 is_stmt 0               ; make_fixtures.py:53:20
	buffer_load_dwordx2 v[44:45], v28, s[28:31], 0 offen
	buffer_load_dwordx2 v[46:47], v29, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[28:31], v24 offset:8192
	ds_read_b128 v[32:35], v25 offset:8192
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	ds_read_u8 v50, v6 offset:12544
	ds_read_u8 v51, v6 offset:12546
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v52, v21 offset:12288
	ds_read_u8 v53, v21 offset:12290
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read_b128 v[56:59], v22
	ds_read_b128 v[60:63], v23
	.loc	1 52 19                         ; make_fixtures.py:52:19
	s_ashr_i32 s15, s2, 5
	.loc	1 54 57                         ; make_fixtures.py:54:57
	v_add_u32_e32 v1, s2, v4
	.loc	1 54 20 is_stmt 0               ; make_fixtures.py:54:20
	v_add_u32_e32 v5, s2, v0
	.loc	1 55 56 is_stmt 1               ; make_fixtures.py:55:56
	v_add_u32_e32 v48, s15, v17
	.loc	1 54 20                         ; make_fixtures.py:54:20
	buffer_load_dwordx4 v[36:39], v1, s[24:27], 0 offen
	buffer_load_dwordx4 v[40:43], v5, s[24:27], 0 offen
	.loc	1 55 21                         ; make_fixtures.py:55:21
	buffer_load_ubyte v54, v48, s[8:11], 0 offen
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v1, 8, v53
	v_lshlrev_b16_e32 v5, 8, v51
	v_or_b32_e32 v1, v52, v1
	v_or_b32_e32 v5, v50, v5
	.loc	1 59 60                         ; make_fixtures.py:59:60
	v_add_u32_e32 v49, s15, v2
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_and_b32_e32 v1, 0xffff, v1
	v_and_b32_e32 v5, 0xffff, v5
	.loc	1 49 26                         ; make_fixtures.py:49:26
	s_add_i32 s3, s2, 0x80
	s_cmp_lt_i32 s2, s14
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[56:63], v[28:31], a[0:15], v5, v1 op_sel_hi:[0,0,0] blgp:4
	.loc	1 59 25                         ; make_fixtures.py:59:25
	buffer_load_ubyte v28, v49, s[4:7], 0 offen
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read_b128 v[56:59], v26
	ds_read_b128 v[60:63], v27
	s_mov_b32 s2, s3
	.loc	1 53 20                         ; make_fixtures.py:53:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v19, v[44:45], v[46:47] offset0:16 offset1:20
	.loc	1 54 20                         ; make_fixtures.py:54:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v20, v[36:39]
	s_waitcnt vmcnt(2)
	ds_write_b128 v20, v[40:43] offset:4096
	.loc	1 55 21                         ; make_fixtures.py:55:21
	s_waitcnt vmcnt(1)
	ds_write_b8 v18, v54 offset:12544
	.loc	1 59 25                         ; make_fixtures.py:59:25
	s_waitcnt vmcnt(0)
	ds_write_b8 v18, v28 offset:12288
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[56:63], v[32:35], a[0:15], v5, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] blgp:4
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
	.loc	1 0 70 is_stmt 0                ; make_fixtures.py:0:70
	s_movk_i32 s2, 0x70
	.loc	1 55 21 is_stmt 1               ; make_fixtures.py:55:21
	v_lshl_or_b32 v0, v3, 2, v14
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_lshl_or_b32 v5, v3, 7, v13
	v_bitop3_b32 v6, v10, v12, s2 bitop3:0x6c
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v0, 0, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_or_b32_e32 v14, v5, v6
	.loc	1 59 25                         ; make_fixtures.py:59:25
	v_add_u32_e32 v1, v0, v9
	.loc	1 55 21                         ; make_fixtures.py:55:21
	v_lshl_add_u32 v0, v8, 1, v0
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_xad_u32 v10, v14, 32, 0
	v_add_u32_e32 v13, 0, v14
	.loc	1 59 25                         ; make_fixtures.py:59:25
	ds_read_u8 v2, v1 offset:12288
	ds_read_u8 v1, v1 offset:12290
	.loc	1 55 21                         ; make_fixtures.py:55:21
	ds_read_u8 v4, v0 offset:12544
	ds_read_u8 v0, v0 offset:12546
	.loc	1 60 70                         ; make_fixtures.py:60:70
	ds_read_b128 v[36:39], v10
	ds_read_b128 v[32:35], v13
	.loc	1 53 20                         ; make_fixtures.py:53:20
	v_lshlrev_b32_e32 v10, 6, v3
	v_lshlrev_b32_e32 v13, 4, v9
	v_bitop3_b32 v11, v11, v12, 48 bitop3:0x6c
	v_or3_b32 v15, v10, v13, v11
	v_add_u32_e32 v10, 0, v15
	ds_read_b128 v[10:13], v10 offset:8192
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v16, a0
	.loc	1 60 70 is_stmt 1               ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_e32 v1, 8, v1
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v0, 8, v0
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v31, a15
	v_accvgpr_read_b32 v30, a14
	v_accvgpr_read_b32 v29, a13
	v_accvgpr_read_b32 v28, a12
	v_accvgpr_read_b32 v27, a11
	v_accvgpr_read_b32 v26, a10
	v_accvgpr_read_b32 v25, a9
	v_accvgpr_read_b32 v24, a8
	v_accvgpr_read_b32 v23, a7
	v_accvgpr_read_b32 v22, a6
	v_accvgpr_read_b32 v21, a5
	v_accvgpr_read_b32 v20, a4
	v_accvgpr_read_b32 v19, a3
	v_accvgpr_read_b32 v18, a2
	v_accvgpr_read_b32 v17, a1
	.loc	1 60 70                         ; make_fixtures.py:60:70
	v_or_b32_e32 v1, v2, v1
	v_or_b32_e32 v0, v4, v0
	v_accvgpr_write_b32 a0, v16
	v_and_b32_e32 v1, 0xffff, v1
	v_and_b32_e32 v0, 0xffff, v0
	v_accvgpr_write_b32 a1, v17
	v_accvgpr_write_b32 a2, v18
	v_accvgpr_write_b32 a3, v19
	v_accvgpr_write_b32 a4, v20
	v_accvgpr_write_b32 a5, v21
	v_accvgpr_write_b32 a6, v22
	v_accvgpr_write_b32 a7, v23
	v_accvgpr_write_b32 a8, v24
	v_accvgpr_write_b32 a9, v25
	v_accvgpr_write_b32 a10, v26
	v_accvgpr_write_b32 a11, v27
	v_accvgpr_write_b32 a12, v28
	v_accvgpr_write_b32 a13, v29
	v_accvgpr_write_b32 a14, v30
	v_accvgpr_write_b32 a15, v31
	s_movk_i32 s2, 0x60
	v_bitop3_b32 v2, v5, s2, v6 bitop3:0x36
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[32:39], v[10:13], a[0:15], v0, v1 op_sel_hi:[0,0,0] blgp:4
	v_add_u32_e32 v2, 0, v2
	v_xad_u32 v4, v14, 64, 0
	ds_read_b128 v[20:23], v2
	ds_read_b128 v[16:19], v4
	.loc	1 53 20 is_stmt 1               ; make_fixtures.py:53:20
	v_xad_u32 v2, v15, 32, 0
	ds_read_b128 v[10:13], v2 offset:8192
	.loc	1 60 70                         ; make_fixtures.py:60:70
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[16:23], v[10:13], a[0:15], v0, v1 op_sel:[1,1,0] op_sel_hi:[0,0,0] blgp:4
.LBB0_9:                                ; %._crit_edge._crit_edge
	.loc	1 61 57                         ; make_fixtures.py:61:57
	s_load_dword s0, s[0:1], 0x40
	.loc	1 61 24 is_stmt 0               ; make_fixtures.py:61:24
	v_lshrrev_b32_e32 v2, 2, v9
	v_or_b32_e32 v2, v2, v3
	.loc	1 46 22 is_stmt 1               ; make_fixtures.py:46:22
	v_lshrrev_b32_e32 v0, 3, v7
	v_lshrrev_b32_e32 v1, 1, v8
	.loc	1 61 63                         ; make_fixtures.py:61:63
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v2, s0, v2
	v_lshlrev_b32_e32 v2, 6, v2
	v_or3_b32 v0, v0, v1, s13
	.loc	1 62 13                         ; make_fixtures.py:62:13
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 61 63                         ; make_fixtures.py:61:63
	v_add_lshl_u32 v0, v0, v2, 2
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
	.set dot_scaled_kernel.num_vgpr, 64
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
; codeLenInByte = 2332
; TotalNumSgprs: 38
; NumVgprs: 64
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
