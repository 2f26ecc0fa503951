	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	moe_gemm_kernel                 ; -- Begin function moe_gemm_kernel
	.p2align	8
	.type	moe_gemm_kernel,@function
moe_gemm_kernel:                        ; @moe_gemm_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.10:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 112 0 prologue_end            ; make_fixtures.py:112:0
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
	s_mov_b32 s4, s17
.Ltmp1:
	.loc	1 122 16 is_stmt 1              ; make_fixtures.py:122:16
	s_ashr_i32 s17, s16, 31
	s_mov_b64 s[28:29], s[2:3]
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s14, s2
	s_addc_u32 s3, s15, s3
	.loc	1 123 19                        ; make_fixtures.py:123:19
	s_lshl_b32 s5, s16, 4
	.loc	1 123 37 is_stmt 0              ; make_fixtures.py:123:37
	v_lshrrev_b32_e32 v6, 5, v0
	.loc	1 124 35 is_stmt 1              ; make_fixtures.py:124:35
	v_or_b32_e32 v1, s5, v6
	.loc	1 124 18 is_stmt 0              ; make_fixtures.py:124:18
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_lshlrev_b32_e32 v1, 2, v1
	buffer_load_dword v2, v1, s[12:15], 0 offen
	buffer_load_dword v3, v1, s[12:15], 0 offen offset:32
	s_load_dwordx2 s[16:17], s[0:1], 0x38
	s_load_dword s19, s[0:1], 0x40
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 122 16 is_stmt 1              ; make_fixtures.py:122:16
	s_load_dword s0, s[2:3], 0x0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v1, 4, v0
	.loc	1 127 17 is_stmt 0              ; make_fixtures.py:127:17
	s_lshl_b32 s18, s4, 6
	.loc	1 129 48 is_stmt 1              ; make_fixtures.py:129:48
	s_waitcnt lgkmcnt(0)
	s_ashr_i32 s2, s19, 31
	s_lshr_b32 s1, s19, 31
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_lshr_b32 s2, s2, 27
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_add_i32 s1, s19, s1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_add_i32 s2, s19, s2
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_ashr_i32 s1, s1, 1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_ashr_i32 s6, s2, 5
	.loc	1 123 37                        ; make_fixtures.py:123:37
	v_and_b32_e32 v10, 15, v0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_mul_lo_u32 v1, s1, v1
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_gt_i32 s19, 0
	.loc	1 129 38                        ; make_fixtures.py:129:38
	s_mul_i32 s0, s0, s17
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_lshl_add_u32 v1, v10, 3, v1
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cselect_b64 vcc, -1, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_lshl_b32 s3, s1, 4
	.loc	1 124 35                        ; make_fixtures.py:124:35
	v_or_b32_e32 v61, s5, v10
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s23, s0, s18
	v_add_u32_e32 v62, s3, v1
	.loc	1 124 18                        ; make_fixtures.py:124:18
	v_lshlrev_b32_e32 v5, 2, v61
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_mul_i32 s22, s23, s1
	v_add_u32_e32 v63, s3, v62
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bfrev_b32_e32 v7, 1
	.loc	1 124 18                        ; make_fixtures.py:124:18
	buffer_load_dword v60, v5, s[12:15], 0 offen
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v5, s22, v1
	v_add_u32_e32 v64, s3, v63
	.loc	1 132 31                        ; make_fixtures.py:132:31
	v_lshlrev_b32_e32 v12, 3, v0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_mov_b32 s26, s14
	s_mov_b32 s27, s15
	s_and_b32 s25, s25, 0xffff
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_and_b32 s7, s2, 0xffffffe0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v11, s22, v62
	v_add_u32_e32 v13, s22, v63
	.loc	1 137 20 is_stmt 0              ; make_fixtures.py:137:20
	v_cndmask_b32_e32 v5, v7, v5, vcc
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v14, s22, v64
	.loc	1 132 31 is_stmt 1              ; make_fixtures.py:132:31
	v_and_b32_e32 v4, 0xf8, v12
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_cndmask_b32_e32 v11, v7, v11, vcc
	v_cndmask_b32_e32 v13, v7, v13, vcc
	v_cndmask_b32_e32 v14, v7, v14, vcc
	buffer_load_dwordx2 v[24:25], v5, s[24:27], 0 offen
	buffer_load_dwordx2 v[26:27], v11, s[24:27], 0 offen
	buffer_load_dwordx2 v[28:29], v13, s[24:27], 0 offen
	buffer_load_dwordx2 v[30:31], v14, s[24:27], 0 offen
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v9, 3, v0
	.loc	1 134 37                        ; make_fixtures.py:134:37
	v_and_b32_e32 v8, 7, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	s_and_b32 s29, s29, 0xffff
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_mul_i32 s23, s23, s6
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s14
	s_mov_b32 s11, s15
	.loc	1 123 37 is_stmt 1              ; make_fixtures.py:123:37
	v_and_b32_e32 v11, 0xe0, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v13, 4, v0
	v_lshrrev_b32_e32 v32, 1, v11
	v_and_b32_e32 v15, 48, v0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_lshrrev_b32_e32 v33, 2, v11
	v_lshlrev_b32_e32 v34, 9, v10
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_xor_b32_e32 v13, v13, v32
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_xor_b32_e32 v32, v12, v33
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v78, 0, v13
	v_xor_b32_e32 v13, 0x80, v13
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s33, s19, 0xffffff00
	v_lshrrev_b32_e32 v11, 2, v15
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_add_u32_e32 v79, 0, v32
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v80, 0, v13
	v_lshrrev_b32_e32 v65, 7, v0
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(6)
	v_cmp_gt_i32_e64 s[0:1], s16, v2
	s_waitcnt vmcnt(5)
	v_cmp_gt_i32_e64 s[2:3], s16, v3
	.loc	1 126 31                        ; make_fixtures.py:126:31
	v_cndmask_b32_e64 v2, 0, v2, s[0:1]
	s_nop 0
	v_cndmask_b32_e64 v5, 0, v3, s[2:3]
	.loc	1 135 47                        ; make_fixtures.py:135:47
	v_mad_u64_u32 v[2:3], s[4:5], v2, s19, v[4:5]
	v_mad_u64_u32 v[4:5], s[4:5], v5, s19, v[4:5]
	.loc	1 135 20 is_stmt 0              ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v3, 1, v2
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_and_b64 s[4:5], vcc, s[0:1]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v5, 1, v4
	v_cndmask_b32_e64 v3, v7, v3, s[4:5]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_and_b64 s[4:5], vcc, s[2:3]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v5, v7, v5, s[4:5]
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_mad_u64_u32 v[42:43], s[4:5], s6, v9, v[8:9]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[16:19], v3, s[28:31], 0 offen
	buffer_load_dwordx4 v[20:23], v5, s[28:31], 0 offen
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v69, s7, v42
	v_add_u32_e32 v3, s23, v42
	v_add_u32_e32 v5, s23, v69
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v8, v7, v3, vcc
	v_cndmask_b32_e32 v5, v7, v5, vcc
	buffer_load_ubyte v14, v8, s[8:11], 0 offen
	buffer_load_ubyte v3, v5, s[8:11], 0 offen
	v_lshlrev_b32_e32 v43, 4, v10
	v_bitop3_b32 v12, v43, v34, v15 bitop3:0xde
	v_lshlrev_b32_e32 v8, 5, v0
	v_lshlrev_b32_e32 v9, 2, v0
	v_lshlrev_b32_e32 v5, 1, v0
	v_lshlrev_b32_e32 v7, 8, v0
	v_lshlrev_b32_e32 v10, 7, v10
	v_xor_b32_e32 v66, 64, v12
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_cmp_gt_i32 s33, 0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(6)
	ds_write2st64_b64 v79, v[24:25], v[26:27] offset0:16 offset1:20
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v79, v[28:29], v[30:31] offset0:24 offset1:28
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v78, v[16:19]
	s_waitcnt vmcnt(2)
	ds_write_b128 v80, v[20:23] offset:4096
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge_crit_edge
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_and_b32_e32 v15, 0x1800, v8
	v_and_b32_e32 v16, 56, v9
	v_or_b32_e32 v17, v15, v16
	v_bitop3_b32 v15, v15, v11, v16 bitop3:0x36
	v_bitop3_b32 v71, v15, 16, v10 bitop3:0x36
	v_bitop3_b32 v72, v15, 32, v10 bitop3:0x36
	v_bitop3_b32 v73, v15, 48, v10 bitop3:0x36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_and_b32_e32 v15, 0x80, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_xor_b32_e32 v13, 64, v12
	v_xor_b32_e32 v67, 0x80, v12
	v_xor_b32_e32 v68, 0xc0, v12
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_bitop3_b32 v70, v17, v10, v11 bitop3:0xde
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_and_b32_e32 v74, 0xfc, v5
	v_and_b32_e32 v75, 0x100, v7
	v_lshrrev_b32_e32 v77, 6, v15
	v_and_b32_e32 v76, 2, v6
	v_lshrrev_b32_e32 v15, 7, v0
	s_mov_b64 s[4:5], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 21 is_stmt 0                ; make_fixtures.py:0:21
	s_mov_b64 s[4:5], -1
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr67
                                        ; implicit-def: $vgpr68
                                        ; implicit-def: $vgpr70
                                        ; implicit-def: $vgpr71
                                        ; implicit-def: $vgpr72
                                        ; implicit-def: $vgpr73
                                        ; implicit-def: $vgpr74
                                        ; implicit-def: $vgpr75
                                        ; implicit-def: $vgpr77
                                        ; implicit-def: $vgpr76
                                        ; implicit-def: $vgpr15
.LBB0_3:                                ; %Flow80
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	s_andn2_b64 vcc, exec, s[4:5]
	v_add_u32_e32 v81, 0, v12
	s_cbranch_vccnz .LBB0_6
; %bb.4:                                ; %.lr.ph
	v_and_b32_e32 v8, 0x1800, v8
	v_and_b32_e32 v9, 56, v9
	v_xor_b32_e32 v67, 0x80, v12
	v_xor_b32_e32 v68, 0xc0, v12
	v_or_b32_e32 v12, v8, v9
	v_bitop3_b32 v8, v8, v11, v9 bitop3:0x36
	v_bitop3_b32 v70, v12, v10, v11 bitop3:0xde
	v_bitop3_b32 v71, v8, 16, v10 bitop3:0x36
	v_bitop3_b32 v72, v8, 32, v10 bitop3:0x36
	v_bitop3_b32 v73, v8, 48, v10 bitop3:0x36
	v_and_b32_e32 v74, 0xfc, v5
	v_and_b32_e32 v75, 0x100, v7
	v_and_b32_e32 v5, 0x80, v0
	v_and_b32_e32 v76, 2, v6
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	v_mov_b32_e32 v7, 0x200
	v_lshrrev_b32_e32 v77, 6, v5
	v_add3_u32 v5, 0, v74, v75
	v_add3_u32 v6, 0, v76, v65
	v_lshl_add_u32 v82, v4, 1, v7
	v_lshl_add_u32 v83, v2, 1, v7
	v_add_u32_e32 v2, 0, v70
	v_add_u32_e32 v4, 0, v71
	v_add_u32_e32 v7, 0, v72
	v_add_u32_e32 v8, 0, v73
	s_mov_b32 s34, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_bfrev_b32_e32 v84, 1
	s_mov_b32 s30, s14
	s_mov_b32 s31, s15
	v_add_u32_e32 v85, 0, v66
	v_add_u32_e32 v86, 0, v67
	v_add_u32_e32 v87, 0, v68
	s_mov_b32 s26, s14
	s_mov_b32 s27, s15
	s_mov_b32 s10, s14
	s_mov_b32 s11, s15
	s_movk_i32 s35, 0xff
	v_add_u32_e32 v90, v5, v77
	v_add_u32_e32 v91, v6, v43
	v_mov_b32_e32 v92, 0x7fc0
	s_mov_b32 s36, 0x5040100
	v_add_u32_e32 v93, 0x2000, v2
	v_add_u32_e32 v94, 0x2000, v4
	v_add_u32_e32 v95, 0x2000, v7
	v_add_u32_e32 v96, 0x2000, v8
.LBB0_5:                                ; =>This Inner Loop Header: Depth=1
	s_addk_i32 s34, 0x100
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v15, 8, v3
	.loc	1 133 19                        ; make_fixtures.py:133:19
	s_ashr_i32 s4, s34, 1
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v10, v84, v83, s[0:1]
	v_cndmask_b32_e64 v11, v84, v82, s[2:3]
	.loc	1 134 19                        ; make_fixtures.py:134:19
	s_ashr_i32 s5, s34, 5
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_bitop3_b16 v44, v14, v15, s35 bitop3:0xec
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s4, s4, s22
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[2:5], v10, s[28:31], 0 offen
	buffer_load_dwordx4 v[6:9], v11, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[38:41], v81
	ds_read_b128 v[10:13], v81 offset:256
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[58:59], v93 offset1:16
	ds_read2_b32 v[56:57], v94 offset1:16
	ds_read2_b32 v[54:55], v95 offset1:16
	ds_read2_b32 v[52:53], v96 offset1:16
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[34:37], v85
	ds_read_b128 v[22:25], v85 offset:256
	ds_read_b128 v[30:33], v86
	ds_read_b128 v[18:21], v86 offset:256
	ds_read_b128 v[26:29], v87
	ds_read_b128 v[14:17], v87 offset:256
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_add_i32 s5, s5, s23
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	ds_write_b16 v90, v44 offset:16384
	.loc	1 137 54 is_stmt 1              ; make_fixtures.py:137:54
	v_add_u32_e32 v97, s4, v1
	v_add_u32_e32 v98, s4, v62
	v_add_u32_e32 v99, s4, v63
	v_add_u32_e32 v100, s4, v64
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v101, s5, v42
	v_add_u32_e32 v102, s5, v69
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[44:45], v97, s[24:27], 0 offen
	buffer_load_dwordx2 v[46:47], v98, s[24:27], 0 offen
	buffer_load_dwordx2 v[48:49], v99, s[24:27], 0 offen
	buffer_load_dwordx2 v[50:51], v100, s[24:27], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v89, v101, s[8:11], 0 offen
	buffer_load_ubyte v88, v102, s[8:11], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v97, v91 offset:16384
	.loc	1 131 26                        ; make_fixtures.py:131:26
	v_add_u32_e32 v82, 0x200, v82
	v_add_u32_e32 v83, 0x200, v83
	s_cmp_lt_i32 s34, s33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v98, 23, v97
	v_cmp_eq_u32_e32 vcc, s35, v97
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v97, v58, v98 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v100, v58, v98 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v99, 16, v97
	v_lshrrev_b32_e32 v101, 16, v100
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v97, v97, v92, vcc
	v_cndmask_b32_e32 v100, v100, v92, vcc
	v_cndmask_b32_e32 v99, v99, v92, vcc
	v_cndmask_b32_e32 v101, v101, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v101, v101, v100, s36
	v_perm_b32 v100, v99, v97, s36
	v_cvt_scalef32_pk_bf16_fp4 v97, v58, v98 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v99, 16, v97
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v97, v97, v92, vcc
	v_cndmask_b32_e32 v99, v99, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v58, v58, v98
	v_perm_b32 v99, v99, v97, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v97, v58, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v58, 16, v58
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v58, v58, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v98, v58, v97, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v97, v91 offset:16388
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[98:101], v[38:41], a[0:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v38, v91 offset:16640
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v58, 23, v38
	v_cmp_eq_u32_e32 vcc, s35, v38
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v38, v56, v58 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v56, v58 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v40, 16, v38
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v38, v38, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v41, 16, v39
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v40, v40, v92, vcc
	v_cndmask_b32_e32 v39, v39, v92, vcc
	v_cndmask_b32_e32 v41, v41, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v40, v40, v38, s36
	v_cvt_scalef32_pk_bf16_fp4 v38, v56, v58 op_sel:[1,0,0]
	v_perm_b32 v41, v41, v39, s36
	v_lshrrev_b32_e32 v39, 16, v38
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v38, v38, v92, vcc
	v_cndmask_b32_e32 v39, v39, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v39, v39, v38, s36
	v_cvt_scalef32_pk_bf16_fp4 v38, v56, v58
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v56, v38, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v38, 16, v38
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v38, v38, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v38, v38, v56, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, s35, v97
	ds_read_u8 v56, v91 offset:16392
	ds_read_u8 v58, v91 offset:16396
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[0:3], v[38:41], v[34:37], a[0:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_lshlrev_b32_e32 v34, 23, v97
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v35, v54, v34 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v36, v54, v34 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v37, 16, v35
	v_lshrrev_b32_e32 v40, 16, v36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v35, v35, v92, vcc
	v_cndmask_b32_e32 v36, v36, v92, vcc
	v_cndmask_b32_e32 v41, v37, v92, vcc
	v_cndmask_b32_e32 v37, v40, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v37, v37, v36, s36
	v_perm_b32 v36, v41, v35, s36
	v_cvt_scalef32_pk_bf16_fp4 v35, v54, v34 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v34, v54, v34
	v_lshrrev_b32_e32 v40, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v41, v34, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v34, 16, v34
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v35, v35, v92, vcc
	v_cndmask_b32_e32 v40, v40, v92, vcc
	v_cndmask_b32_e32 v34, v34, v92, vcc
	ds_read_u8 v38, v91 offset:16644
	ds_read_u8 v39, v91 offset:16648
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v35, v40, v35, s36
	v_perm_b32 v34, v34, v41, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v40, v91 offset:16652
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b32_e32 v41, 23, v38
	v_lshlrev_b32_e32 v54, 23, v56
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[30:33], a[0:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b32_e32 v30, 23, v39
	v_lshlrev_b32_e32 v31, 23, v58
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v35, v59, v54
	v_cvt_scalef32_pk_bf16_fp4 v36, v59, v54 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v37, v59, v54 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v54, v59, v54 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v59, v57, v30
	v_cvt_scalef32_pk_bf16_fp4 v97, v57, v30 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v98, v57, v30 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v57, v57, v30 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v30, v52, v41 op_sel:[0,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b32_e32 v32, 23, v40
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v34, v52, v41
	v_cvt_scalef32_pk_bf16_fp4 v99, v55, v31
	v_cvt_scalef32_pk_bf16_fp4 v100, v55, v31 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v101, v55, v31 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v55, v55, v31 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v31, v52, v41 op_sel:[1,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v41, v52, v41 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v52, v53, v32
	v_cvt_scalef32_pk_bf16_fp4 v102, v53, v32 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v103, v53, v32 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v53, v53, v32 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e64 s[12:13], s35, v38
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v32, 16, v30
	v_lshrrev_b32_e32 v33, 16, v31
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v30, v30, v92, s[12:13]
	v_cndmask_b32_e64 v32, v32, v92, s[12:13]
	v_cndmask_b32_e64 v31, v31, v92, s[12:13]
	v_cndmask_b32_e64 v33, v33, v92, s[12:13]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v32, v32, v30, s36
	v_lshrrev_b32_e32 v30, 16, v41
	v_perm_b32 v33, v33, v31, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v31, v41, v92, s[12:13]
	v_cndmask_b32_e64 v30, v30, v92, s[12:13]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v31, v30, v31, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v30, v34, v92, s[12:13]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v34, 16, v34
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v34, v34, v92, s[12:13]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v30, v34, v30, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e64 s[6:7], s35, v56
	v_cmp_eq_u32_e64 s[4:5], s35, v39
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[0:3], v[30:33], v[26:29], a[0:3]
	v_lshrrev_b32_e32 v26, 16, v36
	v_lshrrev_b32_e32 v38, 16, v37
	v_lshrrev_b32_e32 v39, 16, v54
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v27, v36, v92, s[6:7]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v30, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v26, v26, v92, s[6:7]
	v_cmp_eq_u32_e64 s[14:15], s35, v40
	v_cndmask_b32_e64 v34, v35, v92, s[6:7]
	v_cndmask_b32_e64 v37, v37, v92, s[6:7]
	v_cndmask_b32_e64 v40, v54, v92, s[6:7]
	v_cndmask_b32_e64 v28, v38, v92, s[6:7]
	v_cndmask_b32_e64 v29, v39, v92, s[6:7]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v27, v26, v27, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v26, v30, v92, s[6:7]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v29, v29, v40, s36
	v_perm_b32 v28, v28, v37, s36
	v_perm_b32 v26, v26, v34, s36
	v_lshrrev_b32_e32 v31, 16, v98
	v_lshrrev_b32_e32 v33, 16, v57
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v32, v98, v92, s[4:5]
	v_cndmask_b32_e64 v36, v57, v92, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v41, 16, v97
	v_lshrrev_b32_e32 v56, 16, v59
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v30, v31, v92, s[4:5]
	v_cndmask_b32_e64 v31, v33, v92, s[4:5]
	v_cmp_eq_u32_e32 vcc, s35, v58
	v_cndmask_b32_e64 v35, v59, v92, s[4:5]
	v_cndmask_b32_e64 v54, v97, v92, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v59, 16, v99
	v_perm_b32 v33, v31, v36, s36
	v_perm_b32 v32, v30, v32, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v98, v52, v92, s[14:15]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v30, 16, v53
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v31, v41, v92, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v36, 16, v52
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v52, v56, v92, s[4:5]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v31, v31, v54, s36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v56, v59, v92, vcc
	v_cndmask_b32_e64 v59, v30, v92, s[14:15]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v30, v52, v35, s36
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[10:13], a[0:3]
	v_lshrrev_b32_e32 v57, 16, v101
	v_lshrrev_b32_e32 v37, 16, v55
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v40, v55, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v55, 16, v100
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v38, v99, v92, vcc
	v_cndmask_b32_e32 v39, v101, v92, vcc
	v_cndmask_b32_e32 v58, v100, v92, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v97, 16, v103
	v_lshrrev_b32_e32 v34, 16, v102
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v54, v57, v92, vcc
	v_cndmask_b32_e32 v37, v37, v92, vcc
	v_cndmask_b32_e32 v55, v55, v92, vcc
	v_cndmask_b32_e64 v57, v97, v92, s[14:15]
	v_cndmask_b32_e64 v97, v34, v92, s[14:15]
	v_cndmask_b32_e64 v100, v36, v92, s[14:15]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v37, v37, v40, s36
	v_perm_b32 v36, v54, v39, s36
	v_perm_b32 v35, v55, v58, s36
	v_perm_b32 v34, v56, v38, s36
	v_mfma_f32_16x16x32_bf16 a[0:3], v[30:33], v[22:25], a[0:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v99, v103, v92, s[14:15]
	v_cndmask_b32_e64 v53, v53, v92, s[14:15]
	v_cndmask_b32_e64 v41, v102, v92, s[14:15]
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_perm_b32 v13, v59, v53, s36
	v_perm_b32 v12, v57, v99, s36
	v_perm_b32 v11, v97, v41, s36
	v_perm_b32 v10, v100, v98, s36
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[18:21], a[0:3]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt vmcnt(7)
	ds_write_b128 v78, v[2:5]
	s_waitcnt vmcnt(6)
	ds_write_b128 v80, v[6:9] offset:4096
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v79, v[44:45], v[46:47] offset0:16 offset1:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v79, v[48:49], v[50:51] offset0:24 offset1:28
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v3, v88
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_mfma_f32_16x16x32_bf16 a[0:3], v[10:13], v[14:17], a[0:3]
	v_mov_b32_e32 v14, v89
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_5
	s_branch .LBB0_7
.LBB0_6:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v88, v3
	v_mov_b32_e32 v89, v14
	v_mov_b32_e32 v66, v13
	v_mov_b32_e32 v65, v15
.LBB0_7:                                ; %Flow81
	.loc	1 138 21 is_stmt 1              ; make_fixtures.py:138:21
	v_add_u32_e32 v41, 0, v74
	v_and_b32_e32 v40, 0xf0, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v0, 0, v66
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_add_u32_e32 v32, 0, v70
	v_add_u32_e32 v34, 0, v71
	v_add_u32_e32 v36, 0, v72
	v_add_u32_e32 v38, 0, v73
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_add3_u32 v54, v41, v75, v77
	v_lshlrev_b16_e32 v41, 8, v88
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[28:31], v81
	ds_read_b128 v[12:15], v81 offset:256
	ds_read_b128 v[24:27], v0
	ds_read_b128 v[4:7], v0 offset:256
	v_add_u32_e32 v0, 0, v67
	v_add_u32_e32 v8, 0, v68
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_add_u32_e32 v32, 0x2000, v32
	v_add_u32_e32 v34, 0x2000, v34
	v_add_u32_e32 v36, 0x2000, v36
	v_add_u32_e32 v38, 0x2000, v38
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_or_b32_e32 v41, v89, v41
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[20:23], v0
	ds_read_b128 v[0:3], v0 offset:256
	ds_read_b128 v[16:19], v8
	ds_read_b128 v[8:11], v8 offset:256
	.loc	1 140 74                        ; make_fixtures.py:140:74
	ds_read2_b32 v[32:33], v32 offset1:16
	ds_read2_b32 v[34:35], v34 offset1:16
	ds_read2_b32 v[36:37], v36 offset1:16
	ds_read2_b32 v[38:39], v38 offset1:16
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_write_b16 v54, v41 offset:16384
	v_add3_u32 v41, 0, v76, v65
	v_add_u32_e32 v47, v41, v43
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v41, v47 offset:16384
	ds_read_u8 v43, v47 offset:16388
	ds_read_u8 v45, v47 offset:16392
	ds_read_u8 v48, v47 offset:16396
	ds_read_u8 v42, v47 offset:16640
	ds_read_u8 v44, v47 offset:16644
	ds_read_u8 v46, v47 offset:16648
	ds_read_u8 v49, v47 offset:16652
	s_movk_i32 s0, 0xff
	v_cmp_eq_u16_e32 vcc, s0, v89
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_addk_i32 s19, 0xff
	s_cmpk_lt_i32 s19, 0x100
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v55, 0, 1, vcc
	v_cmp_eq_u16_e32 vcc, s0, v88
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_cndmask_b32_e64 v56, 0, 1, vcc
	v_lshlrev_b16_e32 v56, 8, v56
	v_or_b32_e32 v55, v55, v56
	ds_write_b16 v54, v55 offset:16384
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_cbranch_scc1 .LBB0_9
; %bb.8:
	ds_read_u8 v54, v47 offset:16652
	ds_read_u8 v56, v47 offset:16648
	v_mov_b32_e32 v55, 23
	v_lshlrev_b32_sdwa v49, v55, v49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v57, v39, v49 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt lgkmcnt(1)
	v_and_b32_e32 v54, 1, v54
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v59, v39, v49 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v63, v39, v49 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v39, v39, v49
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_mov_b32_e32 v58, 0x7fc0
	v_cmp_eq_u32_e32 vcc, 1, v54
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v49, 16, v39
	v_lshrrev_b32_e32 v62, 16, v59
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v65, v49, v58, vcc
	v_cndmask_b32_e32 v66, v39, v58, vcc
	ds_read_u8 v39, v47 offset:16384
	ds_read_u8 v49, v47 offset:16396
	ds_read_u8 v67, v47 offset:16388
	ds_read_u8 v68, v47 offset:16392
	ds_read_u8 v69, v47 offset:16644
	ds_read_u8 v47, v47 offset:16640
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v64, 16, v63
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt lgkmcnt(4)
	v_and_b32_e32 v49, 1, v49
	v_lshlrev_b32_sdwa v48, v55, v48 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v54, v57, v58, vcc
	v_cndmask_b32_sdwa v57, v57, v58, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v62, v62, v58, vcc
	v_cndmask_b32_e32 v59, v59, v58, vcc
	v_cndmask_b32_e32 v64, v64, v58, vcc
	v_cndmask_b32_e32 v63, v63, v58, vcc
	v_cmp_eq_u32_e32 vcc, 1, v49
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v49, v37, v48 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v70, v37, v48 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v72, 16, v49
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v73, v49, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v49, v37, v48 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v37, v37, v48
	v_lshrrev_b32_e32 v71, 16, v70
	v_lshrrev_b32_e32 v74, 16, v49
	v_lshrrev_b32_e32 v48, 16, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v77, v37, v58, vcc
	v_and_b32_e32 v37, 1, v56
	v_lshlrev_b32_sdwa v46, v55, v46 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v71, v71, v58, vcc
	v_cndmask_b32_e32 v70, v70, v58, vcc
	v_cndmask_b32_e32 v72, v72, v58, vcc
	v_cndmask_b32_e32 v74, v74, v58, vcc
	v_cndmask_b32_e32 v75, v49, v58, vcc
	v_cndmask_b32_e32 v76, v48, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v48, v35, v46 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, 1, v37
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v37, v35, v46 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v49, 16, v48
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v78, v48, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v48, 16, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v80, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v37, v35, v46 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v35, v35, v46
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v79, v48, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v48, 16, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v82, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v83, v37, v58, vcc
	v_cndmask_b32_e32 v84, v35, v58, vcc
	s_waitcnt lgkmcnt(2)
	v_and_b32_e32 v35, 1, v68
	v_lshlrev_b32_sdwa v37, v55, v45 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v56, v49, v58, vcc
	v_cndmask_b32_e32 v81, v48, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v45, v33, v37 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, 1, v35
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v35, v33, v37 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v46, 16, v45
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v85, v45, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v45, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v87, v35, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v35, v33, v37 op_sel:[1,0,0]
	v_cvt_scalef32_pk_bf16_fp4 v33, v33, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v86, v45, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v45, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v89, v35, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v35, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v90, v35, v58, vcc
	v_cndmask_b32_e32 v91, v33, v58, vcc
	s_waitcnt lgkmcnt(1)
	v_and_b32_e32 v33, 1, v69
	v_lshlrev_b32_sdwa v35, v55, v44 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v68, v46, v58, vcc
	v_cndmask_b32_e32 v88, v45, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v37, v38, v35 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, 1, v33
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v38, v35 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v44, 16, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v48, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v92, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v38, v35 op_sel:[1,0,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v69, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v94, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v38, v35
	v_lshrrev_b32_e32 v35, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v95, v35, v58, vcc
	v_cndmask_b32_e32 v96, v33, v58, vcc
	v_and_b32_e32 v33, 1, v67
	v_lshlrev_b32_sdwa v35, v55, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v46, v44, v58, vcc
	v_cndmask_b32_e32 v93, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v37, v36, v35 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, 1, v33
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v36, v35 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v38, 16, v37
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v44, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v67, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v36, v35 op_sel:[1,0,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v49, v37, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v98, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v36, v35
	v_lshrrev_b32_e32 v35, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v99, v35, v58, vcc
	v_cndmask_b32_e32 v100, v33, v58, vcc
	s_waitcnt lgkmcnt(0)
	v_and_b32_e32 v33, 1, v47
	v_lshlrev_b32_sdwa v35, v55, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	v_cndmask_b32_e32 v43, v38, v58, vcc
	v_cndmask_b32_e32 v97, v37, v58, vcc
	v_cmp_eq_u32_e32 vcc, 1, v33
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v34, v35 op_sel:[0,1,0]
	v_lshrrev_b32_e32 v38, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v42, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v34, v35 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v45, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v47, v33, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v33, v34, v35
	v_cvt_scalef32_pk_bf16_fp4 v36, v34, v35 op_sel:[1,1,0]
	v_lshrrev_b32_e32 v34, 16, v33
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v101, v34, v58, vcc
	v_lshlrev_b32_sdwa v34, v55, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_0
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v37, 16, v36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v102, v33, v58, vcc
	v_and_b32_e32 v33, 1, v39
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v35, v32, v34 op_sel:[1,1,0]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v37, v37, v58, vcc
	v_cndmask_b32_e32 v36, v36, v58, vcc
	v_cndmask_b32_e32 v38, v38, v58, vcc
	v_cndmask_b32_e32 v45, v45, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_lshrrev_b32_e32 v39, 16, v35
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cmp_eq_u32_e32 vcc, 1, v33
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v55, v32, v34 op_sel:[1,0,0]
	v_lshrrev_b32_e32 v103, 16, v55
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v33, v39, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	v_cvt_scalef32_pk_bf16_fp4 v39, v32, v34 op_sel:[0,1,0]
	v_cvt_scalef32_pk_bf16_fp4 v32, v32, v34
	v_lshrrev_b32_e32 v41, 16, v39
	v_lshrrev_b32_e32 v34, 16, v32
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e32 v35, v35, v58, vcc
	v_cndmask_b32_e32 v41, v41, v58, vcc
	v_cndmask_b32_e32 v39, v39, v58, vcc
	v_cndmask_b32_e32 v103, v103, v58, vcc
	v_cndmask_b32_e32 v55, v55, v58, vcc
	v_cndmask_b32_e32 v104, v34, v58, vcc
	v_cndmask_b32_e32 v32, v32, v58, vcc
	.loc	1 140 74                        ; make_fixtures.py:140:74
	s_mov_b32 s0, 0x5040100
	v_perm_b32 v35, v33, v35, s0
	v_perm_b32 v34, v41, v39, s0
	v_perm_b32 v33, v103, v55, s0
	v_perm_b32 v32, v104, v32, s0
	v_accvgpr_read_b32 v50, a0
	v_accvgpr_read_b32 v51, a1
	v_accvgpr_read_b32 v52, a2
	v_accvgpr_read_b32 v53, a3
	v_accvgpr_write_b32 a0, v50
	v_perm_b32 v39, v37, v36, s0
	v_perm_b32 v38, v38, v42, s0
	v_perm_b32 v37, v45, v47, s0
	v_perm_b32 v36, v101, v102, s0
	v_accvgpr_write_b32 a1, v51
	v_accvgpr_write_b32 a2, v52
	v_accvgpr_write_b32 a3, v53
	v_perm_b32 v45, v43, v44, s0
	v_perm_b32 v44, v49, v67, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[32:35], v[28:31], a[0:3]
	v_perm_b32 v43, v97, v98, s0
	v_perm_b32 v42, v99, v100, s0
	v_perm_b32 v49, v46, v48, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[36:39], v[24:27], a[0:3]
	v_perm_b32 v48, v69, v92, s0
	v_perm_b32 v47, v93, v94, s0
	v_perm_b32 v46, v95, v96, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[42:45], v[20:23], a[0:3]
	v_perm_b32 v27, v68, v85, s0
	v_perm_b32 v26, v86, v87, s0
	v_perm_b32 v25, v88, v89, s0
	v_perm_b32 v24, v90, v91, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[46:49], v[16:19], a[0:3]
	v_perm_b32 v21, v56, v78, s0
	v_perm_b32 v20, v79, v80, s0
	v_perm_b32 v19, v81, v82, s0
	v_perm_b32 v18, v83, v84, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[24:27], v[12:15], a[0:3]
	v_perm_b32 v17, v71, v70, s0
	v_perm_b32 v16, v72, v73, s0
	v_perm_b32 v15, v74, v75, s0
	v_perm_b32 v14, v76, v77, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[18:21], v[4:7], a[0:3]
	v_perm_b32 v7, v57, v54, s0
	v_perm_b32 v6, v62, v59, s0
	v_perm_b32 v5, v64, v63, s0
	v_perm_b32 v4, v65, v66, s0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[14:17], v[0:3], a[0:3]
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[4:7], v[8:11], a[0:3]
.LBB0_9:                                ; %._crit_edge._crit_edge
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v0, 2, v40
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_mul_lo_u32 v1, s17, v61
	v_or_b32_e32 v0, s18, v0
	.loc	1 145 54 is_stmt 0              ; make_fixtures.py:145:54
	v_add_lshl_u32 v0, v0, v1, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 125 18 is_stmt 1              ; make_fixtures.py:125:18
	v_cmp_gt_i32_e32 vcc, s16, v60
	.loc	1 145 54                        ; make_fixtures.py:145:54
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
	.loc	1 145 4 is_stmt 0               ; make_fixtures.py:145:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel moe_gemm_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 88
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 112
		.amdhsa_next_free_sgpr 37
		.amdhsa_accum_offset 108
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
	.size	moe_gemm_kernel, .Lfunc_end0-moe_gemm_kernel
	.cfi_endproc
                                        ; -- End function
	.set moe_gemm_kernel.num_vgpr, 105
	.set moe_gemm_kernel.num_agpr, 4
	.set moe_gemm_kernel.numbered_sgpr, 37
	.set moe_gemm_kernel.num_named_barrier, 0
	.set moe_gemm_kernel.private_seg_size, 0
	.set moe_gemm_kernel.uses_vcc, 1
	.set moe_gemm_kernel.uses_flat_scratch, 0
	.set moe_gemm_kernel.has_dyn_sized_stack, 0
	.set moe_gemm_kernel.has_recursion, 0
	.set moe_gemm_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 4720
; TotalNumSgprs: 43
; NumVgprs: 105
; NumAgprs: 4
; TotalNumVgprs: 112
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 13
; NumSGPRsForWavesPerEU: 43
; NumVGPRsForWavesPerEU: 112
; AccumOffset: 108
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 26
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
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
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
      - .offset:         64
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 88
    .max_flat_workgroup_size: 256
    .name:           moe_gemm_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     43
    .sgpr_spill_count: 0
    .symbol:         moe_gemm_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     112
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
