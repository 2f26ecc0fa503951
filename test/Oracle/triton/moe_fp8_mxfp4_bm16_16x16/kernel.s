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
; %bb.7:
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
; %bb.8:
.LBB0_0:
	s_mov_b32 s18, s17
.Ltmp1:
	.loc	1 122 16 is_stmt 1              ; make_fixtures.py:122:16
	s_ashr_i32 s17, s16, 31
	s_mov_b64 s[24:25], s[2:3]
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s14, s2
	s_mov_b64 s[28:29], s[6:7]
	s_addc_u32 s3, s15, s3
	.loc	1 123 19                        ; make_fixtures.py:123:19
	s_lshl_b32 s6, s16, 4
	.loc	1 123 37 is_stmt 0              ; make_fixtures.py:123:37
	v_lshrrev_b32_e32 v1, 4, v0
	v_and_b32_e32 v28, 15, v0
	.loc	1 124 35 is_stmt 1              ; make_fixtures.py:124:35
	v_or_b32_e32 v2, s6, v1
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	v_or_b32_e32 v1, s6, v28
	.loc	1 124 18 is_stmt 0              ; make_fixtures.py:124:18
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s14, s26
	s_mov_b32 s15, s27
	v_lshlrev_b32_e32 v2, 2, v2
	buffer_load_dword v7, v2, s[12:15], 0 offen
	v_lshlrev_b32_e32 v2, 2, v1
	buffer_load_dword v12, v2, s[12:15], 0 offen
	s_load_dwordx2 s[12:13], s[0:1], 0x38
	s_load_dword s15, s[0:1], 0x40
	.loc	1 127 35 is_stmt 1              ; make_fixtures.py:127:35
	v_and_b32_e32 v3, 0xc0, v0
	.loc	1 122 16                        ; make_fixtures.py:122:16
	s_load_dword s2, s[2:3], 0x0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v8, 2, v3
	.loc	1 127 17 is_stmt 0              ; make_fixtures.py:127:17
	s_lshl_b32 s14, s18, 6
	.loc	1 129 48 is_stmt 1              ; make_fixtures.py:129:48
	s_waitcnt lgkmcnt(0)
	s_ashr_i32 s1, s15, 31
	s_lshr_b32 s0, s15, 31
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_lshr_b32 s1, s1, 27
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_add_i32 s0, s15, s0
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_add_i32 s7, s15, s1
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_ashr_i32 s6, s0, 1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_ashr_i32 s18, s7, 5
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v11, 3, v0
	.loc	1 133 36                        ; make_fixtures.py:133:36
	v_and_b32_e32 v2, 48, v0
	.loc	1 134 37                        ; make_fixtures.py:134:37
	v_and_b32_e32 v10, 7, v0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_or_b32_e32 v8, v8, v28
	.loc	1 129 38                        ; make_fixtures.py:129:38
	s_mul_i32 s16, s2, s13
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_gt_i32 s15, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_mad_u64_u32 v[8:9], s[0:1], s6, v8, v[2:3]
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_mad_u64_u32 v[10:11], s[0:1], s18, v11, v[10:11]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s17, s16, s14
	v_add_u32_e32 v16, 8, v8
	v_add_u32_e32 v18, 0x48, v8
	s_mul_i32 s16, s17, s6
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bfrev_b32_e32 v5, 1
	.loc	1 132 31                        ; make_fixtures.py:132:31
	v_lshlrev_b32_e32 v6, 4, v28
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_andn2_b32 s7, s7, 31
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v13, s16, v16
	v_add_u32_e32 v15, s16, v18
	v_add_u32_e32 v17, 64, v8
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_mul_i32 s17, s17, s18
	v_add_u32_e32 v11, s7, v10
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v21, v5, v13, s[2:3]
	v_cndmask_b32_e64 v23, v5, v15, s[2:3]
	.loc	1 137 54 is_stmt 0              ; make_fixtures.py:137:54
	v_add_u32_e32 v14, s16, v17
	.loc	1 138 56 is_stmt 1              ; make_fixtures.py:138:56
	v_add_u32_e32 v19, s17, v10
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 138 21 is_stmt 0              ; make_fixtures.py:138:21
	s_mov_b32 s10, s26
	s_mov_b32 s11, s27
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	s_and_b32 s25, s25, 0xffff
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_and_b32 s9, s9, 0xffff
	.loc	1 138 56 is_stmt 0              ; make_fixtures.py:138:56
	v_add_u32_e32 v20, s17, v11
	.loc	1 137 20 is_stmt 1              ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v22, v5, v14, s[2:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v14, v5, v19, s[2:3]
	.loc	1 134 37                        ; make_fixtures.py:134:37
	v_bfe_u32 v4, v0, 4, 2
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v9, s16, v8
	.loc	1 137 20 is_stmt 0              ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v9, v5, v9, s[2:3]
	.loc	1 142 25 is_stmt 1              ; make_fixtures.py:142:25
	s_and_b32 s5, s5, 0xffff
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	s_and_b32 s29, s29, 0xffff
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[0:1], s12, v7
	.loc	1 126 31                        ; make_fixtures.py:126:31
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[0:1]
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e32 vcc, s12, v12
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s12, s15, 0xffffff00
	.loc	1 126 31                        ; make_fixtures.py:126:31
	s_nop 0
	v_cndmask_b32_e32 v15, 0, v12, vcc
	.loc	1 135 47                        ; make_fixtures.py:135:47
	v_mad_u64_u32 v[12:13], s[6:7], v7, s15, v[6:7]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_and_b64 s[6:7], s[2:3], s[0:1]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_nop 0
	v_cndmask_b32_e64 v7, v5, v12, s[6:7]
	buffer_load_dwordx4 v[24:27], v7, s[24:27], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v7, v5, v20, s[2:3]
	buffer_load_ubyte v13, v14, s[8:11], 0 offen
	buffer_load_ubyte v19, v7, s[8:11], 0 offen
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_mad_u64_u32 v[14:15], s[6:7], v15, s18, v[4:5]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v15, 4, v14
	.loc	1 142 25 is_stmt 0              ; make_fixtures.py:142:25
	s_mov_b32 s6, s26
	s_mov_b32 s7, s27
	v_cndmask_b32_e64 v7, v5, v14, s[2:3]
	v_cndmask_b32_e64 v20, v5, v15, s[2:3]
	buffer_load_ubyte v29, v7, s[4:7], 0 offen
	buffer_load_ubyte v38, v20, s[4:7], 0 offen
	.loc	1 137 20 is_stmt 1              ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[34:35], v9, s[28:31], 0 offen
	buffer_load_dwordx2 v[36:37], v21, s[28:31], 0 offen
	buffer_load_dwordx2 v[30:31], v22, s[28:31], 0 offen
	buffer_load_dwordx2 v[32:33], v23, s[28:31], 0 offen
	s_movk_i32 s7, 0xf0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v7, 4, v0
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_mov_b32_e32 v21, 0x7f
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_add_u32_e32 v22, 0, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v9, v7, v0, s7 bitop3:0x78
	s_movk_i32 s6, 0xc0
	v_lshlrev_b32_e32 v7, 8, v28
	v_add_u32_e32 v23, 0, v9
	v_xor_b32_e32 v9, v6, v2
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_lt_i32 s12, 1
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(7)
	ds_write_b8 v22, v13 offset:4096
	s_waitcnt vmcnt(6)
	ds_write_b8 v22, v19 offset:4352
	v_lshlrev_b32_e32 v13, 3, v28
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_write_b128 v23, v[24:27]
	.loc	1 142 25                        ; make_fixtures.py:142:25
	s_waitcnt vmcnt(5)
	v_cndmask_b32_e64 v19, v21, v29, s[2:3]
	s_waitcnt vmcnt(4)
	v_cndmask_b32_e64 v20, v21, v38, s[2:3]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_3
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_movk_i32 s2, 0x80
	v_lshlrev_b32_e32 v28, 1, v3
	v_bitop3_b32 v24, v6, v7, v2 bitop3:0xde
	v_bitop3_b32 v25, v9, 64, v7 bitop3:0x36
	v_bitop3_b32 v26, v9, s2, v7 bitop3:0x36
	v_bitop3_b32 v27, v9, s6, v7 bitop3:0x36
	v_add3_u32 v28, 0, v28, v13
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	s_movk_i32 s2, 0x100
	v_add_u32_e32 v24, 0, v24
	v_add_u32_e32 v25, 0, v25
	v_add_u32_e32 v26, 0, v26
	v_add_u32_e32 v27, 0, v27
	v_add_u32_e32 v28, v28, v4
	s_movk_i32 s3, 0xff
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 134 19 is_stmt 1              ; make_fixtures.py:134:19
	s_ashr_i32 s19, s2, 5
	.loc	1 133 19                        ; make_fixtures.py:133:19
	s_ashr_i32 s18, s2, 1
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v29, s2, v12
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v42, s19, v14
	.loc	1 142 25 is_stmt 0              ; make_fixtures.py:142:25
	s_mov_b32 s6, s26
	s_mov_b32 s7, s27
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v29, v5, v29, s[0:1]
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s18, s18, s16
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_add_i32 s22, s19, s17
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v43, s19, v15
	.loc	1 142 25 is_stmt 0              ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v55, v5, v42, vcc
	.loc	1 137 20 is_stmt 1              ; make_fixtures.py:137:20
	s_mov_b32 s30, s26
	s_mov_b32 s31, s27
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_mov_b32 s10, s26
	s_mov_b32 s11, s27
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[38:41], v29, s[24:27], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v29, s18, v8
	v_add_u32_e32 v50, s18, v16
	v_add_u32_e32 v51, s18, v17
	v_add_u32_e32 v52, s18, v18
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v53, s22, v10
	v_add_u32_e32 v54, s22, v11
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v56, v5, v43, vcc
	buffer_load_ubyte v57, v55, s[4:7], 0 offen
	buffer_load_ubyte v58, v56, s[4:7], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v59, v53, s[8:11], 0 offen
	buffer_load_ubyte v60, v54, s[8:11], 0 offen
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[42:43], v51, s[28:31], 0 offen
	buffer_load_dwordx2 v[44:45], v52, s[28:31], 0 offen
	buffer_load_dwordx2 v[46:47], v29, s[28:31], 0 offen
	buffer_load_dwordx2 v[48:49], v50, s[28:31], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v29, v28 offset:4096
	ds_read_u8 v50, v28 offset:4100
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[62:65], v24
	ds_read_b128 v[66:69], v25
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_lshlrev_b16_e32 v20, 8, v20
	v_bitop3_b16 v19, v19, v20, s3 bitop3:0xec
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v20, 8, v50
	v_or_b32_e32 v20, v29, v20
	v_and_b32_e32 v19, 0xffff, v19
	v_and_b32_e32 v20, 0xffff, v20
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s6, s2, 0x100
	s_cmp_lt_i32 s2, s12
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt vmcnt(11) lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[34:37], v[62:69], a[0:3], v20, v19 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[62:65], v26
	ds_read_b128 v[66:69], v27
	s_mov_b32 s2, s6
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(8)
	ds_write_b128 v23, v[38:41]
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[30:33], v[62:69], a[0:3], v20, v19 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(5)
	ds_write_b8 v22, v59 offset:4096
	s_waitcnt vmcnt(4)
	ds_write_b8 v22, v60 offset:4352
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v19, v21, v57, vcc
	v_cndmask_b32_e32 v20, v21, v58, vcc
	s_waitcnt vmcnt(3)
	v_mov_b32_e32 v30, v42
	v_mov_b32_e32 v31, v43
	s_waitcnt vmcnt(2)
	v_mov_b32_e32 v32, v44
	v_mov_b32_e32 v33, v45
	s_waitcnt vmcnt(1)
	v_mov_b32_e32 v34, v46
	v_mov_b32_e32 v35, v47
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v36, v48
	v_mov_b32_e32 v37, v49
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_2
	s_branch .LBB0_4
.LBB0_3:
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
.LBB0_4:                                ; %Flow56
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_addk_i32 s15, 0xff
	v_and_b32_e32 v0, 0xf0, v0
	s_cmpk_lt_i32 s15, 0x100
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_cbranch_scc1 .LBB0_6
; %bb.5:
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_lshl_add_u32 v3, v3, 1, 0
	s_movk_i32 s0, 0xc0
	v_add3_u32 v3, v3, v13, v4
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v4, v9, s0, v7 bitop3:0x36
	v_bitop3_b32 v2, v6, v7, v2 bitop3:0xde
	v_add_u32_e32 v4, 0, v4
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v5, v3 offset:4096
	ds_read_u8 v3, v3 offset:4100
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[10:13], v4
	v_xad_u32 v4, v2, 64, 0
	v_add_u32_e32 v2, 0, v2
	ds_read_b128 v[26:29], v4
	ds_read_b128 v[22:25], v2
	v_accvgpr_read_b32 v14, a0
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_lshlrev_b16_e32 v2, 8, v20
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v3, 8, v3
	v_accvgpr_read_b32 v15, a1
	v_accvgpr_read_b32 v16, a2
	v_accvgpr_read_b32 v17, a3
	v_or_b32_e32 v2, v19, v2
	v_or_b32_e32 v3, v5, v3
	v_accvgpr_write_b32 a0, v14
	v_and_b32_e32 v2, 0xffff, v2
	v_and_b32_e32 v3, 0xffff, v3
	v_accvgpr_write_b32 a1, v15
	v_accvgpr_write_b32 a2, v16
	v_accvgpr_write_b32 a3, v17
	s_movk_i32 s0, 0x80
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v4, v9, s0, v7 bitop3:0x36
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt vmcnt(2) lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[34:37], v[22:29], a[0:3], v3, v2 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v4, 0, v4
	ds_read_b128 v[6:9], v4
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt vmcnt(0) lgkmcnt(0)
	v_mfma_scale_f32_16x16x128_f8f6f4 a[0:3], v[30:33], v[6:13], a[0:3], v3, v2 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
.LBB0_6:                                ; %._crit_edge._crit_edge
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v0, 2, v0
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_mul_lo_u32 v1, s13, v1
	v_or_b32_e32 v0, s14, v0
	.loc	1 145 54 is_stmt 0              ; make_fixtures.py:145:54
	v_add_lshl_u32 v0, v0, v1, 2
	v_bfrev_b32_e32 v1, 1
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v0, v1, v0, vcc
	s_nop 2
	buffer_store_dwordx4 a[0:3], v0, s[20:23], 0 offen
	.loc	1 145 4                         ; make_fixtures.py:145:4
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
		.amdhsa_next_free_vgpr 76
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 72
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
	.set moe_gemm_kernel.num_vgpr, 70
	.set moe_gemm_kernel.num_agpr, 4
	.set moe_gemm_kernel.numbered_sgpr, 32
	.set moe_gemm_kernel.num_named_barrier, 0
	.set moe_gemm_kernel.private_seg_size, 0
	.set moe_gemm_kernel.uses_vcc, 1
	.set moe_gemm_kernel.uses_flat_scratch, 0
	.set moe_gemm_kernel.has_dyn_sized_stack, 0
	.set moe_gemm_kernel.has_recursion, 0
	.set moe_gemm_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1864
; TotalNumSgprs: 38
; NumVgprs: 70
; NumAgprs: 4
; TotalNumVgprs: 76
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 9
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 76
; AccumOffset: 72
; Occupancy: 6
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 17
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
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         moe_gemm_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     76
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
