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
; %bb.9:
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
; %bb.10:
.LBB0_0:
	s_mov_b32 s18, s17
.Ltmp1:
	.loc	1 122 16 is_stmt 1              ; make_fixtures.py:122:16
	s_ashr_i32 s17, s16, 31
	s_mov_b64 s[28:29], s[2:3]
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s14, s2
	s_addc_u32 s3, s15, s3
	.loc	1 123 19                        ; make_fixtures.py:123:19
	s_lshl_b32 s16, s16, 5
	.loc	1 123 37 is_stmt 0              ; make_fixtures.py:123:37
	v_lshrrev_b32_e32 v3, 3, v0
	v_and_b32_e32 v1, 31, v0
	.loc	1 124 35 is_stmt 1              ; make_fixtures.py:124:35
	v_or_b32_e32 v2, s16, v3
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	v_or_b32_e32 v4, s16, v1
	.loc	1 124 18 is_stmt 0              ; make_fixtures.py:124:18
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s14, s30
	s_mov_b32 s15, s31
	v_lshlrev_b32_e32 v2, 2, v2
	buffer_load_dword v5, v2, s[12:15], 0 offen
	v_lshlrev_b32_e32 v2, 2, v4
	buffer_load_dword v4, v2, s[12:15], 0 offen
	s_load_dwordx2 s[12:13], s[0:1], 0x38
	s_load_dword s15, s[0:1], 0x40
	.loc	1 127 17 is_stmt 1              ; make_fixtures.py:127:17
	s_lshl_b32 s14, s18, 6
	.loc	1 122 16                        ; make_fixtures.py:122:16
	s_load_dword s0, s[2:3], 0x0
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_and_b32_e32 v7, 7, v0
	v_lshrrev_b32_e32 v6, 2, v0
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_waitcnt lgkmcnt(0)
	s_ashr_i32 s2, s15, 31
	s_lshr_b32 s1, s15, 31
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_lshr_b32 s2, s2, 27
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_add_i32 s1, s15, s1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_add_i32 s2, s15, s2
	.loc	1 129 48                        ; make_fixtures.py:129:48
	s_ashr_i32 s1, s1, 1
	.loc	1 130 49                        ; make_fixtures.py:130:49
	s_ashr_i32 s18, s2, 5
	.loc	1 129 38                        ; make_fixtures.py:129:38
	s_mul_i32 s0, s0, s13
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_gt_i32 s15, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_mul_lo_u32 v3, s1, v3
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s0, s0, s14
	v_lshl_add_u32 v11, v7, 3, v3
	s_mul_i32 s17, s0, s1
	s_mov_b64 s[24:25], s[6:7]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bfrev_b32_e32 v26, 1
	.loc	1 134 37                        ; make_fixtures.py:134:37
	v_and_b32_e32 v8, 3, v0
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_mul_lo_u32 v3, s18, v6
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_lshl_add_u32 v12, s1, 5, v11
	.loc	1 138 56                        ; make_fixtures.py:138:56
	s_mul_i32 s0, s0, s18
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v6, s17, v11
	.loc	1 137 20 is_stmt 0              ; make_fixtures.py:137:20
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	s_and_b32 s25, s25, 0xffff
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v9, s17, v12
	.loc	1 138 56 is_stmt 1              ; make_fixtures.py:138:56
	v_add3_u32 v13, v3, v8, s0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v3, v26, v6, s[2:3]
	s_mov_b64 s[20:21], s[10:11]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_mov_b32 s10, s30
	s_mov_b32 s11, s31
	s_and_b32 s9, s9, 0xffff
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_cndmask_b32_e64 v6, v26, v9, s[2:3]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_cndmask_b32_e64 v8, v26, v13, s[2:3]
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[20:21], v3, s[24:27], 0 offen
	buffer_load_dwordx2 v[22:23], v6, s[24:27], 0 offen
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v10, v8, s[8:11], 0 offen
	.loc	1 134 37                        ; make_fixtures.py:134:37
	v_bfe_u32 v2, v0, 5, 1
	.loc	1 142 25                        ; make_fixtures.py:142:25
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	s_and_b32 s5, s5, 0xffff
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_and_b32 s29, s29, 0xffff
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_mov_b32_e32 v27, 0x7f
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_add_u32_e32 v16, 0, v0
	v_lshlrev_b32_e32 v8, 2, v0
	v_lshlrev_b32_e32 v9, 6, v1
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(4)
	v_cmp_gt_i32_e64 s[0:1], s12, v5
	.loc	1 126 31                        ; make_fixtures.py:126:31
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v5, s[0:1]
	.loc	1 125 18                        ; make_fixtures.py:125:18
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e32 vcc, s12, v4
	.loc	1 135 47                        ; make_fixtures.py:135:47
	v_mul_lo_u32 v3, v3, s15
	v_lshl_add_u32 v14, v7, 4, v3
	.loc	1 126 31                        ; make_fixtures.py:126:31
	v_cndmask_b32_e32 v4, 0, v4, vcc
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_mad_u64_u32 v[4:5], s[10:11], v4, s18, v[2:3]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_and_b64 s[10:11], s[2:3], vcc
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v15, 2, v4
	.loc	1 142 25 is_stmt 0              ; make_fixtures.py:142:25
	v_cndmask_b32_e64 v3, v26, v4, s[10:11]
	.loc	1 131 26 is_stmt 1              ; make_fixtures.py:131:26
	s_and_b64 s[2:3], s[2:3], s[0:1]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v5, v26, v14, s[2:3]
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e64 v6, v26, v15, s[10:11]
	buffer_load_ubyte v19, v3, s[4:7], 0 offen
	buffer_load_ubyte v24, v6, s[4:7], 0 offen
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[28:31], v5, s[28:31], 0 offen
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_lshlrev_b32_e32 v5, 3, v0
	v_lshrrev_b32_e32 v7, 1, v0
	s_movk_i32 s3, 0x70
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_lshlrev_b32_e32 v6, 4, v0
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_bitop3_b32 v18, v5, v7, 48 bitop3:0x78
	.loc	1 127 35                        ; make_fixtures.py:127:35
	v_and_b32_e32 v3, 32, v0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v17, v6, v0, s3 bitop3:0x78
	.loc	1 137 20                        ; make_fixtures.py:137:20
	v_add_u32_e32 v18, 0, v18
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s2, s15, 0xffffff80
	v_lshlrev_b32_e32 v6, 7, v1
	v_lshrrev_b32_e32 v7, 1, v3
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v17, 0, v17
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmp_lt_i32 s2, 1
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v18, v[20:21], v[22:23] offset0:8 offset1:12
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(3)
	ds_write_b8 v16, v10 offset:8192
	v_lshlrev_b32_e32 v10, 2, v1
	.loc	1 142 25                        ; make_fixtures.py:142:25
	s_waitcnt vmcnt(2)
	v_cndmask_b32_e64 v23, v27, v19, s[10:11]
	s_waitcnt vmcnt(1)
	v_cndmask_b32_e64 v24, v27, v24, s[10:11]
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt vmcnt(0)
	ds_write_b128 v17, v[28:31]
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_5
; %bb.1:                                ; %.lr.ph
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_and_b32_e32 v21, 48, v8
	v_and_b32_e32 v19, 0x70, v5
	v_bitop3_b32 v28, v9, v7, v21 bitop3:0x36
	.loc	1 135 47 is_stmt 1              ; make_fixtures.py:135:47
	v_add_u32_e32 v21, 0x80, v14
	v_bitop3_b32 v25, v5, v7, s3 bitop3:0x6c
	v_bitop3_b32 v19, v19, v6, v7 bitop3:0xde
	.loc	1 135 20 is_stmt 0              ; make_fixtures.py:135:20
	v_cndmask_b32_e64 v21, v26, v21, s[0:1]
	.loc	1 138 21 is_stmt 1              ; make_fixtures.py:138:21
	v_add_u32_e32 v22, 0, v2
	v_add_u32_e32 v19, 0, v19
	v_bitop3_b32 v20, v25, 32, v6 bitop3:0x36
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[30:33], v21, s[28:31], 0 offen
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_add_u32_e32 v21, 0, v28
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_add_u32_e32 v22, v22, v10
	v_add_u32_e32 v20, 0, v20
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[50:53], v19
	ds_read_b128 v[54:57], v20
	.loc	1 144 71                        ; make_fixtures.py:144:71
	ds_read_b128 v[34:37], v21 offset:4096
	ds_read_b128 v[38:41], v21 offset:6144
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v29, v22 offset:8192
	ds_read_u8 v42, v22 offset:8194
	ds_read_u8 v43, v22 offset:8320
	ds_read_u8 v44, v22 offset:8322
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_lshlrev_b16_e32 v24, 8, v24
	v_or_b32_e32 v23, v23, v24
	v_and_b32_e32 v46, 0xffff, v23
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v23, 8, v42
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v24, 8, v44
	v_or_b32_e32 v23, v29, v23
	v_or_b32_sdwa v24, v43, v24 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_movk_i32 s3, 0x60
	v_or_b32_sdwa v29, v23, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	v_xor_b32_e32 v24, 32, v28
	v_add_u32_e32 v24, 0, v24
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[34:37], v[50:57], 0, v29, v46 op_sel_hi:[0,0,0] cbsz:4
	ds_read_b128 v[34:37], v24 offset:4096
	v_bitop3_b32 v23, v25, 64, v6 bitop3:0x36
	v_add_u32_e32 v23, 0, v23
	v_bitop3_b32 v25, v25, s3, v6 bitop3:0x36
	v_add_u32_e32 v25, 0, v25
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[58:61], v23
	ds_read_b128 v[62:65], v25
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s3, s17, 64
	v_add_u32_e32 v28, s3, v11
	.loc	1 137 20 is_stmt 0              ; make_fixtures.py:137:20
	s_mov_b32 s26, s30
	s_mov_b32 s27, s31
	.loc	1 144 71 is_stmt 1              ; make_fixtures.py:144:71
	ds_read_b128 v[42:45], v24 offset:6144
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v47, s3, v12
	.loc	1 142 25                        ; make_fixtures.py:142:25
	s_mov_b32 s6, s30
	s_mov_b32 s7, s31
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_mov_b32 s10, s30
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[34:37], v[58:65], a[16:31], v29, v46 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[34:35], v28, s[24:27], 0 offen
	buffer_load_dwordx2 v[36:37], v47, s[24:27], 0 offen
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v28, 4, v4
	v_add_u32_e32 v47, 4, v15
	.loc	1 142 25 is_stmt 0              ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v28, v26, v28, vcc
	v_cndmask_b32_e32 v26, v26, v47, vcc
	buffer_load_ubyte v47, v28, s[4:7], 0 offen
	buffer_load_ubyte v48, v26, s[4:7], 0 offen
	.loc	1 138 21 is_stmt 1              ; make_fixtures.py:138:21
	s_mov_b32 s11, s31
	buffer_load_ubyte v26, v13, s[8:11], 0 offen offset:4
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cmpk_lt_u32 s2, 0x81
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(5)
	ds_write_b128 v17, v[30:33]
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(3)
	ds_write2st64_b64 v18, v[34:35], v[36:37] offset0:8 offset1:12
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(0)
	ds_write_b8 v16, v26 offset:8192
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[38:41], v[50:57], 0, v29, v46 op_sel_hi:[1,0,0] cbsz:4
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v28, v27, v48, vcc
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[42:45], v[58:65], a[0:15], v29, v46 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v29, v27, v47, vcc
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_4
; %bb.2:                                ; %.peel.next
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_movk_i32 s12, 0x100
	s_movk_i32 s3, 0xff
	v_bfrev_b32_e32 v26, 1
	v_mov_b32_e32 v27, 0x7f
.LBB0_3:                                ; =>This Inner Loop Header: Depth=1
	v_mov_b32_e32 v40, v29
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	v_add_u32_e32 v29, s12, v14
	v_cndmask_b32_e64 v29, v26, v29, s[0:1]
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_lshlrev_b16_e32 v41, 8, v28
	.loc	1 135 20                        ; make_fixtures.py:135:20
	buffer_load_dwordx4 v[28:31], v29, s[28:31], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[48:51], v19
	ds_read_b128 v[52:55], v20
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v42, v22 offset:8192
	ds_read_u8 v43, v22 offset:8194
	ds_read_u8 v44, v22 offset:8320
	ds_read_u8 v45, v22 offset:8322
	.loc	1 144 71                        ; make_fixtures.py:144:71
	ds_read_b128 v[32:35], v21 offset:4096
	ds_read_b128 v[36:39], v21 offset:6144
	v_bitop3_b16 v40, v40, v41, s3 bitop3:0xec
	v_and_b32_e32 v46, 0xffff, v40
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_e32 v40, 8, v43
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_e32 v41, 8, v45
	v_or_b32_e32 v40, v42, v40
	v_or_b32_sdwa v41, v44, v41 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 133 19                        ; make_fixtures.py:133:19
	s_ashr_i32 s18, s12, 1
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_or_b32_sdwa v42, v40, v41 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 134 19                        ; make_fixtures.py:134:19
	s_ashr_i32 s19, s12, 5
	.loc	1 137 54                        ; make_fixtures.py:137:54
	s_add_i32 s18, s18, s17
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[32:35], v[48:55], a[16:31], v42, v46 op_sel_hi:[0,0,0] cbsz:4
	.loc	1 138 56                        ; make_fixtures.py:138:56
	v_add_u32_e32 v40, s19, v13
	.loc	1 142 61                        ; make_fixtures.py:142:61
	v_add_u32_e32 v41, s19, v4
	v_add_u32_e32 v43, s19, v15
	.loc	1 137 54                        ; make_fixtures.py:137:54
	v_add_u32_e32 v44, s18, v11
	v_add_u32_e32 v45, s18, v12
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v43, v26, v43, vcc
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_add_i32 s18, s12, 0x80
	s_cmp_lt_i32 s12, s2
	s_mov_b32 s12, s18
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[36:39], v[48:55], a[0:15], v42, v46 op_sel_hi:[1,0,0] cbsz:4
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[52:55], v23
	ds_read_b128 v[56:59], v25
	.loc	1 144 71                        ; make_fixtures.py:144:71
	ds_read_b128 v[32:35], v24 offset:4096
	ds_read_b128 v[36:39], v24 offset:6144
	.loc	1 138 21                        ; make_fixtures.py:138:21
	buffer_load_ubyte v47, v40, s[8:11], 0 offen
	.loc	1 142 25                        ; make_fixtures.py:142:25
	v_cndmask_b32_e32 v48, v26, v41, vcc
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[40:41], v44, s[24:27], 0 offen
	.loc	1 142 25                        ; make_fixtures.py:142:25
	buffer_load_ubyte v49, v48, s[4:7], 0 offen
	buffer_load_ubyte v50, v43, s[4:7], 0 offen
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[32:35], v[52:59], a[16:31], v42, v46 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	.loc	1 137 20                        ; make_fixtures.py:137:20
	buffer_load_dwordx2 v[32:33], v45, s[24:27], 0 offen
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(5)
	ds_write_b128 v17, v[28:31]
	.loc	1 138 21                        ; make_fixtures.py:138:21
	s_waitcnt vmcnt(4)
	ds_write_b8 v16, v47 offset:8192
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[36:39], v[52:59], a[0:15], v42, v46 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4
	.loc	1 142 25                        ; make_fixtures.py:142:25
	s_waitcnt vmcnt(2)
	v_cndmask_b32_e32 v29, v27, v49, vcc
	s_waitcnt vmcnt(1)
	v_cndmask_b32_e32 v28, v27, v50, vcc
	.loc	1 137 20                        ; make_fixtures.py:137:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v18, v[40:41], v[32:33] offset0:8 offset1:12
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_cbranch_scc1 .LBB0_3
.LBB0_4:                                ; %Flow67
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	v_mov_b32_e32 v23, v29
	v_mov_b32_e32 v24, v28
	s_branch .LBB0_6
.LBB0_5:
	.loc	1 128 19 is_stmt 1              ; make_fixtures.py:128:19
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
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
.LBB0_6:                                ; %._crit_edge
	.loc	1 131 26                        ; make_fixtures.py:131:26
	s_addk_i32 s15, 0x7f
	s_cmpk_lt_i32 s15, 0x80
	.loc	1 135 20                        ; make_fixtures.py:135:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_cbranch_scc1 .LBB0_8
; %bb.7:
	v_and_b32_e32 v8, 48, v8
	.loc	1 138 21                        ; make_fixtures.py:138:21
	v_add3_u32 v2, 0, v2, v10
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_bitop3_b32 v14, v9, v7, v8 bitop3:0x36
	.loc	1 138 21                        ; make_fixtures.py:138:21
	ds_read_u8 v4, v2 offset:8322
	ds_read_u8 v12, v2 offset:8320
	ds_read_u8 v13, v2 offset:8192
	ds_read_u8 v2, v2 offset:8194
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_add_u32_e32 v15, 0, v14
	ds_read_b128 v[8:11], v15 offset:4096
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_and_b32_e32 v16, 0x70, v5
	v_bitop3_b32 v16, v16, v6, v7 bitop3:0xde
	v_xad_u32 v17, v16, 32, 0
	v_add_u32_e32 v18, 0, v16
	ds_read_b128 v[62:65], v17
	ds_read_b128 v[58:61], v18
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_e32 v2, 8, v2
	v_lshlrev_b16_e32 v4, 8, v4
	v_or_b32_e32 v2, v13, v2
	v_or_b32_sdwa v4, v12, v4 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_movk_i32 s0, 0x70
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v42, a16
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_lshlrev_b16_e32 v17, 8, v24
	v_or_b32_sdwa v2, v2, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_0 src1_sel:DWORD
	.loc	1 135 20 is_stmt 1              ; make_fixtures.py:135:20
	v_bitop3_b32 v4, v5, v7, s0 bitop3:0x6c
	s_movk_i32 s0, 0x60
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v57, a31
	v_accvgpr_read_b32 v56, a30
	v_accvgpr_read_b32 v55, a29
	v_accvgpr_read_b32 v54, a28
	v_accvgpr_read_b32 v53, a27
	v_accvgpr_read_b32 v52, a26
	v_accvgpr_read_b32 v51, a25
	v_accvgpr_read_b32 v50, a24
	v_accvgpr_read_b32 v49, a23
	v_accvgpr_read_b32 v48, a22
	v_accvgpr_read_b32 v47, a21
	v_accvgpr_read_b32 v46, a20
	v_accvgpr_read_b32 v45, a19
	v_accvgpr_read_b32 v44, a18
	v_accvgpr_read_b32 v43, a17
	.loc	1 144 71 is_stmt 1              ; make_fixtures.py:144:71
	v_or_b32_e32 v17, v23, v17
	v_accvgpr_write_b32 a16, v42
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_bitop3_b32 v4, v4, s0, v6 bitop3:0x36
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_and_b32_e32 v17, 0xffff, v17
	v_accvgpr_write_b32 a17, v43
	v_accvgpr_write_b32 a18, v44
	v_accvgpr_write_b32 a19, v45
	v_accvgpr_write_b32 a20, v46
	v_accvgpr_write_b32 a21, v47
	v_accvgpr_write_b32 a22, v48
	v_accvgpr_write_b32 a23, v49
	v_accvgpr_write_b32 a24, v50
	v_accvgpr_write_b32 a25, v51
	v_accvgpr_write_b32 a26, v52
	v_accvgpr_write_b32 a27, v53
	v_accvgpr_write_b32 a28, v54
	v_accvgpr_write_b32 a29, v55
	v_accvgpr_write_b32 a30, v56
	v_accvgpr_write_b32 a31, v57
	v_xad_u32 v12, v14, 32, 0
	.loc	1 135 20                        ; make_fixtures.py:135:20
	v_add_u32_e32 v4, 0, v4
	v_xad_u32 v5, v16, 64, 0
	.loc	1 144 71                        ; make_fixtures.py:144:71
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[8:11], v[58:65], a[16:31], v2, v17 op_sel_hi:[0,0,0] cbsz:4
	ds_read_b128 v[8:11], v12 offset:4096
	.loc	1 135 20                        ; make_fixtures.py:135:20
	ds_read_b128 v[22:25], v4
	ds_read_b128 v[18:21], v5
	.loc	1 144 71                        ; make_fixtures.py:144:71
	ds_read_b128 v[4:7], v15 offset:6144
	.loc	1 0 0 is_stmt 0                 ; make_fixtures.py:0
	v_accvgpr_read_b32 v26, a0
	v_accvgpr_read_b32 v41, a15
	v_accvgpr_read_b32 v40, a14
	v_accvgpr_read_b32 v39, a13
	v_accvgpr_read_b32 v38, a12
	v_accvgpr_read_b32 v37, a11
	v_accvgpr_read_b32 v36, a10
	v_accvgpr_read_b32 v35, a9
	v_accvgpr_read_b32 v34, a8
	v_accvgpr_read_b32 v33, a7
	v_accvgpr_read_b32 v32, a6
	v_accvgpr_read_b32 v31, a5
	v_accvgpr_read_b32 v30, a4
	v_accvgpr_read_b32 v29, a3
	v_accvgpr_read_b32 v28, a2
	v_accvgpr_read_b32 v27, a1
	.loc	1 144 71                        ; make_fixtures.py:144:71
	v_accvgpr_write_b32 a0, v26
	v_accvgpr_write_b32 a1, v27
	v_accvgpr_write_b32 a2, v28
	v_accvgpr_write_b32 a3, v29
	v_accvgpr_write_b32 a4, v30
	v_accvgpr_write_b32 a5, v31
	v_accvgpr_write_b32 a6, v32
	v_accvgpr_write_b32 a7, v33
	v_accvgpr_write_b32 a8, v34
	v_accvgpr_write_b32 a9, v35
	v_accvgpr_write_b32 a10, v36
	v_accvgpr_write_b32 a11, v37
	v_accvgpr_write_b32 a12, v38
	v_accvgpr_write_b32 a13, v39
	v_accvgpr_write_b32 a14, v40
	v_accvgpr_write_b32 a15, v41
	s_waitcnt lgkmcnt(1)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[16:31], v[8:11], v[18:25], a[16:31], v2, v17 op_sel:[1,1,0] op_sel_hi:[0,0,0] cbsz:4
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[4:7], v[58:65], a[0:15], v2, v17 op_sel_hi:[1,0,0] cbsz:4
	ds_read_b128 v[4:7], v12 offset:6144
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 a[0:15], v[4:7], v[18:25], a[0:15], v2, v17 op_sel:[1,1,0] op_sel_hi:[1,0,0] cbsz:4
.LBB0_8:                                ; %._crit_edge._crit_edge
	.loc	1 145 21 is_stmt 1              ; make_fixtures.py:145:21
	s_mul_i32 s0, s13, s16
	.loc	1 145 41 is_stmt 0              ; make_fixtures.py:145:41
	v_mul_lo_u32 v1, s13, v1
	s_add_i32 s0, s0, s14
	.loc	1 145 54                        ; make_fixtures.py:145:54
	v_and_b32_e32 v0, 0xc0, v0
	.loc	1 127 35 is_stmt 1              ; make_fixtures.py:127:35
	v_lshrrev_b32_e32 v2, 3, v3
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_add_u32_e32 v1, s0, v1
	.loc	1 145 54 is_stmt 0              ; make_fixtures.py:145:54
	v_cmp_eq_u32_e64 s[0:1], 0, v0
	.loc	1 145 41                        ; make_fixtures.py:145:41
	v_add_lshl_u32 v0, v1, v2, 2
	.loc	1 145 54                        ; make_fixtures.py:145:54
	v_bfrev_b32_e32 v1, 1
	s_and_b64 vcc, s[0:1], vcc
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v2, v1, v0, vcc
	buffer_store_dwordx4 a[16:19], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 32, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_store_dwordx4 a[20:23], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 64, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_store_dwordx4 a[24:27], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 0x60, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_store_dwordx4 a[28:31], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 0x80, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_store_dwordx4 a[0:3], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 0xa0, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_store_dwordx4 a[4:7], v2, s[20:23], 0 offen
	v_add_u32_e32 v2, 0xc0, v0
	v_add_u32_e32 v0, 0xe0, v0
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v0, v1, v0, vcc
	buffer_store_dwordx4 a[8:11], v2, s[20:23], 0 offen
	buffer_store_dwordx4 a[12:15], v0, s[20:23], 0 offen
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
		.amdhsa_next_free_vgpr 100
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 68
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
	.set moe_gemm_kernel.num_vgpr, 66
	.set moe_gemm_kernel.num_agpr, 32
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
; codeLenInByte = 3184
; TotalNumSgprs: 38
; NumVgprs: 66
; NumAgprs: 32
; TotalNumVgprs: 100
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 12
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 100
; AccumOffset: 68
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 16
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
  - .agpr_count:     32
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
    .vgpr_count:     100
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
