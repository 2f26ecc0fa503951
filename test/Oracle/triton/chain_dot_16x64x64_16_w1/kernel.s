	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	chain_dot_kernel                ; -- Begin function chain_dot_kernel
	.p2align	8
	.type	chain_dot_kernel,@function
chain_dot_kernel:                       ; @chain_dot_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.10:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 444 0 prologue_end            ; make_fixtures.py:444:0
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
	s_mov_b64 s[12:13], s[6:7]
	s_mov_b64 s[16:17], s[2:3]
.Ltmp1:
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_cmp_gt_i32 s11, 0
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge12_crit_edge
	.loc	1 462 40                        ; make_fixtures.py:462:40
	v_lshlrev_b32_e32 v2, 6, v0
	s_mov_b64 s[0:1], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 40 is_stmt 0                ; make_fixtures.py:0:40
	s_mov_b64 s[0:1], -1
                                        ; implicit-def: $vgpr2
.LBB0_3:                                ; %Flow110
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	s_andn2_b64 vcc, exec, s[0:1]
	v_lshrrev_b32_e32 v1, 2, v0
	s_cbranch_vccnz .LBB0_9
; %bb.4:                                ; %.preheader.lr.ph
	.loc	1 450 22 is_stmt 1              ; make_fixtures.py:450:22
	v_lshlrev_b32_e32 v2, 3, v0
	v_and_b32_e32 v3, 48, v0
	.loc	1 456 35                        ; make_fixtures.py:456:35
	v_and_b32_e32 v4, 24, v2
	.loc	1 450 22                        ; make_fixtures.py:450:22
	v_and_b32_e32 v7, 56, v2
	v_lshlrev_b32_e32 v2, 4, v0
	v_lshrrev_b32_e32 v3, 2, v3
	s_movk_i32 s3, 0xf0
	v_and_or_b32 v3, v2, s3, v3
	v_bitop3_b32 v16, v2, v0, 48 bitop3:0x78
	v_lshlrev_b32_e32 v2, 5, v0
	v_and_b32_e32 v5, 0x80, v2
	v_bfe_i32 v2, v0, 4, 1
	v_and_b32_e32 v8, 0x440, v2
	v_lshlrev_b32_e32 v2, 6, v0
	v_lshrrev_b32_e32 v12, 3, v0
	v_bfe_i32 v6, v0, 3, 1
	v_and_b32_e32 v9, 0x800, v2
	s_movk_i32 s3, 0x110
	v_or_b32_e32 v15, 24, v12
	v_or_b32_e32 v14, 16, v12
	v_or_b32_e32 v13, 8, v12
	v_bitop3_b32 v4, v6, v4, s3 bitop3:0x6c
	v_or3_b32 v5, v9, v5, v8
	.loc	1 453 26                        ; make_fixtures.py:453:26
	v_and_b32_e32 v20, 7, v0
	s_cmp_gt_i32 s10, 0
	v_or_b32_e32 v18, v5, v4
	v_bitop3_b32 v19, v5, 64, v4 bitop3:0x36
	v_lshl_or_b32 v4, v12, 6, v7
	v_lshl_or_b32 v5, v13, 6, v7
	v_lshl_or_b32 v6, v14, 6, v7
	v_lshl_or_b32 v7, v15, 6, v7
	v_mul_lo_u32 v12, s11, v12
	v_lshlrev_b32_e32 v20, 4, v20
	v_mul_lo_u32 v13, s11, v13
	v_mul_lo_u32 v14, s11, v14
	v_mul_lo_u32 v15, s11, v15
	v_and_b32_e32 v0, 3, v0
	s_cselect_b64 s[0:1], -1, 0
	v_lshl_add_u32 v12, v12, 1, v20
	v_lshl_add_u32 v13, v13, 1, v20
	v_lshl_add_u32 v14, v14, 1, v20
	v_lshl_add_u32 v15, v15, 1, v20
	v_mul_lo_u32 v20, s10, v1
	v_lshlrev_b32_e32 v0, 4, v0
	s_mov_b32 s19, 0x27000
	s_mov_b32 s18, 0x7ffffffe
	v_xor_b32_e32 v17, 64, v16
	v_lshl_add_u32 v0, v20, 1, v0
	v_cndmask_b32_e64 v20, 0, 1, s[0:1]
	s_mov_b32 s2, 0
	s_and_b32 s17, s17, 0xffff
	s_and_b32 s5, s5, 0xffff
	v_or_b32_e32 v8, 0x800, v4
	v_or_b32_e32 v9, 0xa00, v4
	v_or_b32_e32 v10, 0xc00, v4
	v_or_b32_e32 v11, 0xe00, v4
	s_and_b32 s13, s13, 0xffff
	s_lshl_b32 s3, s11, 6
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
	v_cmp_ne_u32_e64 s[0:1], 1, v20
	v_add_u32_e32 v16, 0, v16
	v_add_u32_e32 v17, 0, v17
	v_add_u32_e32 v18, 0, v18
	v_add_u32_e32 v19, 0, v19
	s_mov_b32 s14, s18
	s_mov_b32 s15, s19
	s_branch .LBB0_6
.LBB0_5:                                ; %._crit_edge
                                        ;   in Loop: Header=BB0_6 Depth=1
	.loc	1 460 28                        ; make_fixtures.py:460:28
	s_lshl_b32 s6, s2, 6
	.loc	1 460 54 is_stmt 0              ; make_fixtures.py:460:54
	v_or_b32_e32 v21, s6, v4
	v_or_b32_e32 v38, s6, v5
	v_or_b32_e32 v46, s6, v6
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v21, 1, v21
	.loc	1 460 54                        ; make_fixtures.py:460:54
	v_or_b32_e32 v47, s6, v7
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v48, 1, v38
	buffer_load_dwordx4 v[38:41], v21, s[12:15], 0 offen
	buffer_load_dwordx4 v[42:45], v48, s[12:15], 0 offen
	v_lshlrev_b32_e32 v21, 1, v46
	.loc	1 460 54                        ; make_fixtures.py:460:54
	v_or_b32_e32 v54, s6, v8
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v55, 1, v47
	buffer_load_dwordx4 v[46:49], v21, s[12:15], 0 offen
	buffer_load_dwordx4 v[50:53], v55, s[12:15], 0 offen
	.loc	1 460 54                        ; make_fixtures.py:460:54
	v_or_b32_e32 v58, s6, v10
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v21, 1, v54
	buffer_load_dwordx4 v[54:57], v21, s[12:15], 0 offen
	v_lshlrev_b32_e32 v21, 1, v58
	buffer_load_dwordx4 v[58:61], v21, s[12:15], 0 offen
	.loc	1 460 54                        ; make_fixtures.py:460:54
	v_or_b32_e32 v62, s6, v9
	v_or_b32_e32 v66, s6, v11
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v21, 1, v62
	buffer_load_dwordx4 v[62:65], v21, s[12:15], 0 offen
	v_lshlrev_b32_e32 v21, 1, v66
	buffer_load_dwordx4 v[66:69], v21, s[12:15], 0 offen
	.loc	1 461 26 is_stmt 1              ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v80, a1
	v_accvgpr_read_b32 v81, a0
	v_accvgpr_read_b32 v82, a3
	v_accvgpr_read_b32 v83, a2
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a0, v34
	v_accvgpr_write_b32 a1, v35
	v_accvgpr_write_b32 a2, v36
	v_accvgpr_write_b32 a3, v37
	.loc	1 460 20 is_stmt 1              ; make_fixtures.py:460:20
	s_waitcnt lgkmcnt(0)
	; wave barrier
	v_accvgpr_read_b32 v20, a12
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v21, a13
	v_accvgpr_read_b32 v70, a15
	v_accvgpr_read_b32 v71, a14
	v_accvgpr_read_b32 v72, a9
	v_accvgpr_read_b32 v73, a8
	v_accvgpr_read_b32 v74, a11
	v_accvgpr_read_b32 v75, a10
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a8, v26
	v_accvgpr_write_b32 a9, v27
	v_accvgpr_write_b32 a10, v28
	v_accvgpr_write_b32 a11, v29
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_cvt_pk_bf16_f32 v26, v20, v21
	v_cvt_pk_bf16_f32 v27, v71, v70
	v_cvt_pk_bf16_f32 v28, v73, v72
	v_cvt_pk_bf16_f32 v29, v75, v74
	s_nop 0
	v_permlane32_swap_b32_e32 v26, v28
	v_permlane32_swap_b32_e32 v27, v29
	v_accvgpr_read_b32 v76, a5
	v_accvgpr_read_b32 v77, a4
	v_accvgpr_read_b32 v78, a7
	v_accvgpr_read_b32 v79, a6
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a4, v30
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_permlane16_swap_b32_e32 v26, v28
	v_permlane16_swap_b32_e32 v27, v29
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a5, v31
	v_accvgpr_write_b32 a6, v32
	v_accvgpr_write_b32 a7, v33
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_cvt_pk_bf16_f32 v30, v77, v76
	v_cvt_pk_bf16_f32 v31, v79, v78
	v_cvt_pk_bf16_f32 v32, v81, v80
	v_cvt_pk_bf16_f32 v33, v83, v82
	s_nop 0
	v_permlane32_swap_b32_e32 v30, v32
	v_permlane32_swap_b32_e32 v31, v33
	s_nop 0
	v_permlane16_swap_b32_e32 v30, v32
	v_permlane16_swap_b32_e32 v31, v33
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a12, v22
	v_accvgpr_write_b32 a13, v23
	v_accvgpr_write_b32 a14, v24
	v_accvgpr_write_b32 a15, v25
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_add_i32 s2, s2, 64
	v_add_u32_e32 v12, 0x80, v12
	v_add_u32_e32 v13, 0x80, v13
	v_add_u32_e32 v14, 0x80, v14
	.loc	1 460 20                        ; make_fixtures.py:460:20
	s_waitcnt vmcnt(7)
	ds_write_b128 v16, v[38:41]
	s_waitcnt vmcnt(5)
	ds_write_b128 v16, v[46:49] offset:2048
	s_waitcnt vmcnt(3)
	ds_write_b128 v16, v[54:57] offset:4096
	s_waitcnt vmcnt(2)
	ds_write_b128 v16, v[58:61] offset:6144
	ds_write_b128 v17, v[42:45] offset:1024
	ds_write_b128 v17, v[50:53] offset:3072
	s_waitcnt vmcnt(1)
	ds_write_b128 v17, v[62:65] offset:5120
	s_waitcnt vmcnt(0)
	ds_write_b128 v17, v[66:69] offset:7168
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[36:37], v18 offset:544
	ds_read_b64_tr_b16 v[34:35], v18
	ds_read_b64_tr_b16 v[38:39], v18 offset:32
	ds_read_b64_tr_b16 v[40:41], v18 offset:512
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[34:37], v[26:29], a[0:3]
	.loc	1 460 20                        ; make_fixtures.py:460:20
	ds_read_b64_tr_b16 v[36:37], v19 offset:544
	ds_read_b64_tr_b16 v[34:35], v19
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_cmp_lt_i32 s2, s11
	v_add_u32_e32 v15, 0x80, v15
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[38:41], v[26:29], a[4:7]
	.loc	1 460 20                        ; make_fixtures.py:460:20
	ds_read_b64_tr_b16 v[38:39], v18 offset:4096
	ds_read_b64_tr_b16 v[40:41], v18 offset:4640
	ds_read_b64_tr_b16 v[42:43], v18 offset:4128
	ds_read_b64_tr_b16 v[44:45], v18 offset:4608
	ds_read_b64_tr_b16 v[46:47], v19 offset:32
	ds_read_b64_tr_b16 v[48:49], v19 offset:512
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_16x16x32_bf16 a[8:11], v[34:37], v[26:29], a[8:11]
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[38:41], v[30:33], a[0:3]
	.loc	1 460 20                        ; make_fixtures.py:460:20
	ds_read_b64_tr_b16 v[34:35], v19 offset:4096
	ds_read_b64_tr_b16 v[36:37], v19 offset:4640
	ds_read_b64_tr_b16 v[38:39], v19 offset:4128
	ds_read_b64_tr_b16 v[40:41], v19 offset:4608
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_16x16x32_bf16 a[12:15], v[46:49], v[26:29], a[12:15]
	v_mfma_f32_16x16x32_bf16 a[4:7], v[42:45], v[30:33], a[4:7]
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[8:11], v[34:37], v[30:33], a[8:11]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[12:15], v[38:41], v[30:33], a[12:15]
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_cbranch_scc0 .LBB0_9
.LBB0_6:                                ; %.preheader
                                        ; =>This Loop Header: Depth=1
                                        ;     Child Loop BB0_8 Depth 2
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_nop 6
	v_accvgpr_read_b32 v25, a15
	v_accvgpr_read_b32 v24, a14
	v_accvgpr_read_b32 v23, a13
	v_accvgpr_read_b32 v22, a12
	v_accvgpr_read_b32 v29, a11
	v_accvgpr_read_b32 v28, a10
	v_accvgpr_read_b32 v27, a9
	v_accvgpr_read_b32 v26, a8
	v_accvgpr_read_b32 v33, a7
	v_accvgpr_read_b32 v32, a6
	v_accvgpr_read_b32 v31, a5
	v_accvgpr_read_b32 v30, a4
	v_accvgpr_read_b32 v37, a3
	v_accvgpr_read_b32 v36, a2
	v_accvgpr_read_b32 v35, a1
	v_accvgpr_read_b32 v34, a0
	.loc	1 455 30 is_stmt 1              ; make_fixtures.py:455:30
	s_and_b64 vcc, exec, s[0:1]
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	s_cbranch_vccnz .LBB0_5
; %bb.7:                                ; %.lr.ph.preheader
                                        ;   in Loop: Header=BB0_6 Depth=1
	.loc	1 0 30 is_stmt 0                ; make_fixtures.py:0:30
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	s_mov_b32 s20, 0
	v_mov_b32_e32 v20, v0
	s_mov_b32 s21, 0
.LBB0_8:                                ; %.lr.ph
                                        ;   Parent Loop BB0_6 Depth=1
                                        ; =>  This Inner Loop Header: Depth=2
	.loc	1 458 24 is_stmt 1              ; make_fixtures.py:458:24
	v_add_u32_e32 v21, s20, v12
	s_mov_b32 s6, s18
	s_mov_b32 s7, s19
	v_add_u32_e32 v58, s20, v13
	v_add_u32_e32 v59, s20, v14
	v_add_u32_e32 v60, s20, v15
	buffer_load_dwordx4 v[38:41], v21, s[4:7], 0 offen
	buffer_load_dwordx4 v[42:45], v58, s[4:7], 0 offen
	buffer_load_dwordx4 v[46:49], v59, s[4:7], 0 offen
	buffer_load_dwordx4 v[50:53], v60, s[4:7], 0 offen
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[54:57], v20, s[16:19], 0 offen
	v_accvgpr_read_b32 v65, a7
	v_accvgpr_read_b32 v64, a6
	v_accvgpr_mov_b32 a17, a9
	v_accvgpr_mov_b32 a16, a8
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 459 29                        ; make_fixtures.py:459:29
	v_accvgpr_mov_b32 a6, a12
	v_accvgpr_mov_b32 a7, a13
	v_accvgpr_mov_b32 a8, a14
	v_accvgpr_mov_b32 a9, a15
	v_accvgpr_read_b32 v62, a4
	v_accvgpr_read_b32 v61, a3
	v_accvgpr_read_b32 v60, a2
	v_accvgpr_read_b32 v63, a5
	v_accvgpr_write_b32 a2, v62
	v_accvgpr_write_b32 a3, v63
	v_accvgpr_write_b32 a4, v64
	v_accvgpr_write_b32 a5, v65
	v_accvgpr_read_b32 v58, a0
	v_accvgpr_read_b32 v59, a1
	v_accvgpr_mov_b32 a19, a11
	v_accvgpr_mov_b32 a18, a10
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_add_i32 s21, s21, 32
	s_add_i32 s20, s20, s3
	s_cmp_lt_i32 s21, s10
	v_add_u32_e32 v20, 64, v20
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt vmcnt(4)
	ds_write_b128 v16, v[38:41]
	s_waitcnt vmcnt(2)
	ds_write_b128 v16, v[46:49] offset:2048
	ds_write_b128 v17, v[42:45] offset:1024
	s_waitcnt vmcnt(1)
	ds_write_b128 v17, v[50:53] offset:3072
	.loc	1 457 24                        ; make_fixtures.py:457:24
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v54, v3, v54
	ds_bpermute_b32 v55, v3, v55
	ds_bpermute_b32 v56, v3, v56
	ds_bpermute_b32 v57, v3, v57
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[40:41], v18 offset:544
	ds_read_b64_tr_b16 v[38:39], v18
	ds_read_b64_tr_b16 v[42:43], v18 offset:32
	ds_read_b64_tr_b16 v[44:45], v18 offset:512
	ds_read_b64_tr_b16 v[48:49], v19 offset:544
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_16x16x32_bf16 a[12:15], v[38:41], v[54:57], a[6:9]
	.loc	1 458 24                        ; make_fixtures.py:458:24
	ds_read_b64_tr_b16 v[46:47], v19
	ds_read_b64_tr_b16 v[38:39], v19 offset:32
	ds_read_b64_tr_b16 v[40:41], v19 offset:512
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[46:49], v[54:57], a[2:5]
	v_accvgpr_write_b32 a0, v58
	v_accvgpr_write_b32 a1, v59
	s_nop 0
	v_accvgpr_write_b32 a2, v60
	v_accvgpr_write_b32 a3, v61
	v_mfma_f32_16x16x32_bf16 a[8:11], v[42:45], v[54:57], a[16:19]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[38:41], v[54:57], a[0:3]
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_cbranch_scc1 .LBB0_8
	s_branch .LBB0_5
.LBB0_9:                                ; %._crit_edge12
	.loc	1 462 43                        ; make_fixtures.py:462:43
	v_and_b32_e32 v0, 12, v1
	s_movk_i32 s0, 0x3c0
	.loc	1 462 40 is_stmt 0              ; make_fixtures.py:462:40
	v_and_or_b32 v0, v2, s0, v0
	.loc	1 462 53                        ; make_fixtures.py:462:53
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_lshlrev_b32_e32 v0, 2, v0
	buffer_store_dwordx4 a[0:3], v0, s[8:11], 0 offen
	buffer_store_dwordx4 a[4:7], v0, s[8:11], 0 offen offset:64
	buffer_store_dwordx4 a[8:11], v0, s[8:11], 0 offen offset:128
	buffer_store_dwordx4 a[12:15], v0, s[8:11], 0 offen offset:192
	.loc	1 462 4                         ; make_fixtures.py:462:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel chain_dot_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
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
		.amdhsa_next_free_vgpr 104
		.amdhsa_next_free_sgpr 22
		.amdhsa_accum_offset 84
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
	.size	chain_dot_kernel, .Lfunc_end0-chain_dot_kernel
	.cfi_endproc
                                        ; -- End function
	.set chain_dot_kernel.num_vgpr, 84
	.set chain_dot_kernel.num_agpr, 20
	.set chain_dot_kernel.numbered_sgpr, 22
	.set chain_dot_kernel.num_named_barrier, 0
	.set chain_dot_kernel.private_seg_size, 0
	.set chain_dot_kernel.uses_vcc, 1
	.set chain_dot_kernel.uses_flat_scratch, 0
	.set chain_dot_kernel.has_dyn_sized_stack, 0
	.set chain_dot_kernel.has_recursion, 0
	.set chain_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2752
; TotalNumSgprs: 28
; NumVgprs: 84
; NumAgprs: 20
; TotalNumVgprs: 104
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 12
; NumSGPRsForWavesPerEU: 28
; NumVGPRsForWavesPerEU: 104
; AccumOffset: 84
; Occupancy: 4
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 20
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
  - .agpr_count:     20
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
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 64
    .name:           chain_dot_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     28
    .sgpr_spill_count: 0
    .symbol:         chain_dot_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     104
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
