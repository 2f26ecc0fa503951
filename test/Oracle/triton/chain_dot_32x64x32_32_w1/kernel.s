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
	s_mov_b64 s[16:17], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
.Ltmp1:
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_cmp_gt_i32 s11, 0
	s_cbranch_scc1 .LBB0_2
; %bb.1:                                ; %.._crit_edge16_crit_edge
	.loc	1 462 40                        ; make_fixtures.py:462:40
	v_lshlrev_b32_e32 v2, 5, v0
	s_mov_b64 s[0:1], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 40 is_stmt 0                ; make_fixtures.py:0:40
	s_mov_b64 s[0:1], -1
                                        ; implicit-def: $vgpr2
.LBB0_3:                                ; %Flow111
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a31, 0
	s_andn2_b64 vcc, exec, s[0:1]
	v_lshrrev_b32_e32 v1, 3, v0
	s_cbranch_vccnz .LBB0_9
; %bb.4:                                ; %.preheader.lr.ph
	.loc	1 449 22 is_stmt 1              ; make_fixtures.py:449:22
	v_lshlrev_b32_e32 v2, 3, v0
	v_and_b32_e32 v9, 24, v2
	v_and_b32_e32 v2, 2, v0
	v_cmp_eq_u32_e64 s[0:1], 0, v2
	v_lshlrev_b32_e32 v2, 2, v0
	v_and_b32_e32 v3, 16, v0
	v_and_b32_e32 v2, 60, v2
	v_cmp_eq_u32_e64 s[2:3], 0, v3
	v_lshrrev_b32_e32 v3, 3, v3
	v_lshrrev_b32_e32 v4, 5, v0
	v_lshlrev_b32_e32 v11, 1, v0
	v_or3_b32 v2, v2, v3, v4
	v_and_b32_e32 v11, 32, v11
	v_bfe_i32 v12, v0, 5, 1
	s_movk_i32 s12, 0x220
	.loc	1 450 22                        ; make_fixtures.py:450:22
	v_lshrrev_b32_e32 v14, 2, v0
	.loc	1 449 22                        ; make_fixtures.py:449:22
	v_and_b32_e32 v5, 56, v0
	v_lshlrev_b32_e32 v3, 2, v2
	v_lshlrev_b32_e32 v10, 4, v0
	v_lshlrev_b32_e32 v2, 5, v0
	v_bitop3_b32 v11, v12, v11, s12 bitop3:0x6c
	s_movk_i32 s12, 0xc0
	.loc	1 450 22                        ; make_fixtures.py:450:22
	v_or_b32_e32 v15, 16, v14
	v_bitop3_b32 v16, v10, v0, 48 bitop3:0x78
	v_and_b32_e32 v6, 0x580, v2
	v_lshlrev_b32_e32 v5, 1, v5
	v_and_or_b32 v10, v10, s12, v11
	s_cmp_gt_i32 s10, 0
	v_bitop3_b32 v18, v6, v5, v9 bitop3:0x36
	v_lshl_or_b32 v5, v14, 5, v9
	v_lshl_or_b32 v6, v15, 5, v9
	v_or_b32_e32 v22, v10, v9
	v_bitop3_b32 v23, v10, 16, v9 bitop3:0x36
	.loc	1 453 26                        ; make_fixtures.py:453:26
	v_and_b32_e32 v9, 7, v0
	v_and_b32_e32 v0, 3, v0
	s_cselect_b64 s[6:7], -1, 0
	v_or_b32_e32 v11, 8, v1
	v_or_b32_e32 v12, 16, v1
	v_or_b32_e32 v13, 24, v1
	v_mul_lo_u32 v15, s10, v15
	v_lshlrev_b32_e32 v24, 4, v0
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_xor_b32_e32 v17, 64, v16
	v_xor_b32_e32 v19, 32, v18
	v_xor_b32_e32 v20, 64, v18
	v_xor_b32_e32 v21, 0x60, v18
	v_mul_lo_u32 v10, s11, v1
	v_mul_lo_u32 v11, s11, v11
	v_mul_lo_u32 v12, s11, v12
	v_mul_lo_u32 v13, s11, v13
	v_lshl_add_u32 v0, v15, 1, v24
	v_mul_lo_u32 v14, s10, v14
	v_cndmask_b32_e64 v15, 0, 1, s[6:7]
	s_mov_b32 s14, 0
	s_and_b32 s21, s21, 0xffff
	s_and_b32 s5, s5, 0xffff
	v_xor_b32_e32 v4, 8, v3
	v_or_b32_e32 v7, 0x400, v5
	v_or_b32_e32 v8, 0x600, v5
	s_and_b32 s17, s17, 0xffff
	v_lshlrev_b32_e32 v9, 4, v9
	v_lshlrev_b32_e32 v10, 1, v10
	s_lshl_b32 s15, s11, 6
	v_lshlrev_b32_e32 v11, 1, v11
	v_lshlrev_b32_e32 v12, 1, v12
	v_lshlrev_b32_e32 v13, 1, v13
	v_lshl_add_u32 v14, v14, 1, v24
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
	v_cmp_ne_u32_e64 s[12:13], 1, v15
	v_add_u32_e32 v15, 0, v16
	v_add_u32_e32 v16, 0, v17
	v_add_u32_e32 v17, 0, v18
	v_add_u32_e32 v18, 0, v19
	v_add_u32_e32 v19, 0, v20
	v_add_u32_e32 v20, 0, v21
	s_mov_b32 s18, s22
	s_mov_b32 s19, s23
	v_add_u32_e32 v21, 0, v22
	v_add_u32_e32 v22, 0, v23
	s_branch .LBB0_6
.LBB0_5:                                ; %._crit_edge
                                        ;   in Loop: Header=BB0_6 Depth=1
	.loc	1 460 28                        ; make_fixtures.py:460:28
	s_lshl_b32 s6, s14, 5
	.loc	1 460 54 is_stmt 0              ; make_fixtures.py:460:54
	v_or_b32_e32 v24, s6, v5
	v_or_b32_e32 v25, s6, v6
	v_or_b32_e32 v28, s6, v7
	v_or_b32_e32 v29, s6, v8
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v50, 1, v24
	v_lshlrev_b32_e32 v51, 1, v25
	v_lshlrev_b32_e32 v28, 1, v28
	buffer_load_dwordx4 v[24:27], v50, s[16:19], 0 offen
	buffer_load_dwordx4 v[46:49], v51, s[16:19], 0 offen
	v_lshlrev_b32_e32 v29, 1, v29
	buffer_load_dwordx4 v[50:53], v28, s[16:19], 0 offen
	buffer_load_dwordx4 v[54:57], v29, s[16:19], 0 offen
	s_waitcnt lgkmcnt(0)
	; wave barrier
	v_accvgpr_read_b32 v23, a16
	.loc	1 461 26 is_stmt 1              ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v28, a17
	v_accvgpr_read_b32 v29, a19
	v_accvgpr_read_b32 v59, a18
	v_accvgpr_read_b32 v60, a21
	v_accvgpr_read_b32 v61, a20
	v_accvgpr_read_b32 v62, a23
	v_accvgpr_read_b32 v63, a22
	v_accvgpr_read_b32 v64, a25
	v_accvgpr_read_b32 v65, a24
	v_accvgpr_read_b32 v66, a27
	v_accvgpr_read_b32 v67, a26
	v_accvgpr_read_b32 v68, a29
	v_accvgpr_read_b32 v69, a28
	v_accvgpr_read_b32 v70, a31
	v_accvgpr_read_b32 v71, a30
	v_cvt_pk_bf16_f32 v58, v23, v28
	v_cvt_pk_bf16_f32 v59, v59, v29
	v_cvt_pk_bf16_f32 v60, v61, v60
	v_cvt_pk_bf16_f32 v61, v63, v62
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a16, v30
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_permlane32_swap_b32_e32 v58, v60
	v_permlane32_swap_b32_e32 v59, v61
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a17, v31
	v_accvgpr_write_b32 a18, v32
	v_accvgpr_write_b32 a19, v33
	v_accvgpr_write_b32 a20, v34
	v_accvgpr_write_b32 a21, v35
	v_accvgpr_write_b32 a22, v36
	v_accvgpr_write_b32 a23, v37
	v_accvgpr_write_b32 a24, v38
	v_accvgpr_write_b32 a25, v39
	v_accvgpr_write_b32 a26, v40
	v_accvgpr_write_b32 a27, v41
	v_accvgpr_write_b32 a28, v42
	v_accvgpr_write_b32 a29, v43
	v_accvgpr_write_b32 a30, v44
	v_accvgpr_write_b32 a31, v45
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_cvt_pk_bf16_f32 v62, v65, v64
	v_cvt_pk_bf16_f32 v63, v67, v66
	v_cvt_pk_bf16_f32 v64, v69, v68
	v_cvt_pk_bf16_f32 v65, v71, v70
	s_nop 0
	v_permlane32_swap_b32_e32 v62, v64
	v_permlane32_swap_b32_e32 v63, v65
	v_accvgpr_read_b32 v72, a1
	v_accvgpr_read_b32 v73, a0
	v_accvgpr_read_b32 v74, a3
	v_accvgpr_read_b32 v75, a2
	v_accvgpr_read_b32 v76, a5
	v_accvgpr_read_b32 v77, a4
	v_accvgpr_read_b32 v78, a7
	v_accvgpr_read_b32 v79, a6
	v_cvt_pk_bf16_f32 v66, v73, v72
	v_cvt_pk_bf16_f32 v67, v75, v74
	v_cvt_pk_bf16_f32 v68, v77, v76
	v_cvt_pk_bf16_f32 v69, v79, v78
	s_nop 0
	v_permlane32_swap_b32_e32 v66, v68
	v_permlane32_swap_b32_e32 v67, v69
	v_accvgpr_read_b32 v23, a11
	v_accvgpr_read_b32 v80, a9
	v_accvgpr_read_b32 v81, a8
	v_cvt_pk_bf16_f32 v28, v81, v80
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_add_i32 s14, s14, 64
	v_add_u32_e32 v10, 0x80, v10
	v_add_u32_e32 v11, 0x80, v11
	.loc	1 460 20                        ; make_fixtures.py:460:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v15, v[24:27]
	s_waitcnt vmcnt(2)
	ds_write_b128 v15, v[46:49] offset:1024
	s_waitcnt vmcnt(1)
	ds_write_b128 v15, v[50:53] offset:2048
	s_waitcnt vmcnt(0)
	ds_write_b128 v15, v[54:57] offset:3072
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[24:25], v21
	ds_read_b64_tr_b16 v[26:27], v22 offset:256
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[16:31], v[24:27], v[58:61], a[16:31]
	.loc	1 460 20                        ; make_fixtures.py:460:20
	ds_read_b64_tr_b16 v[46:47], v21 offset:1024
	ds_read_b64_tr_b16 v[50:51], v21 offset:2048
	ds_read_b64_tr_b16 v[54:55], v21 offset:3072
	ds_read_b64_tr_b16 v[48:49], v22 offset:1280
	ds_read_b64_tr_b16 v[52:53], v22 offset:2304
	ds_read_b64_tr_b16 v[56:57], v22 offset:3328
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v24, a10
	v_cvt_pk_bf16_f32 v29, v24, v23
	v_accvgpr_read_b32 v23, a13
	v_accvgpr_read_b32 v24, a12
	v_cvt_pk_bf16_f32 v30, v24, v23
	v_accvgpr_read_b32 v23, a15
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[16:31], v[46:49], v[62:65], a[16:31]
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v24, a14
	v_cvt_pk_bf16_f32 v31, v24, v23
	v_permlane32_swap_b32_e32 v28, v30
	s_nop 0
	v_permlane32_swap_b32_e32 v29, v31
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	v_add_u32_e32 v12, 0x80, v12
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_bf16 a[16:31], v[50:53], v[66:69], a[16:31]
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_cmp_lt_i32 s14, s11
	v_add_u32_e32 v13, 0x80, v13
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[16:31], v[54:57], v[28:31], a[16:31]
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_cbranch_scc0 .LBB0_9
.LBB0_6:                                ; %.preheader
                                        ; =>This Loop Header: Depth=1
                                        ;     Child Loop BB0_8 Depth 2
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_nop 10
	v_accvgpr_read_b32 v45, a31
	v_accvgpr_read_b32 v44, a30
	v_accvgpr_read_b32 v43, a29
	v_accvgpr_read_b32 v42, a28
	v_accvgpr_read_b32 v41, a27
	v_accvgpr_read_b32 v40, a26
	v_accvgpr_read_b32 v39, a25
	v_accvgpr_read_b32 v38, a24
	v_accvgpr_read_b32 v37, a23
	v_accvgpr_read_b32 v36, a22
	v_accvgpr_read_b32 v35, a21
	v_accvgpr_read_b32 v34, a20
	v_accvgpr_read_b32 v33, a19
	v_accvgpr_read_b32 v32, a18
	v_accvgpr_read_b32 v31, a17
	v_accvgpr_read_b32 v30, a16
	.loc	1 455 30 is_stmt 1              ; make_fixtures.py:455:30
	s_and_b64 vcc, exec, s[12:13]
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
	s_cbranch_vccnz .LBB0_5
; %bb.7:                                ; %.lr.ph.preheader
                                        ;   in Loop: Header=BB0_6 Depth=1
	.loc	1 0 30 is_stmt 0                ; make_fixtures.py:0:30
	s_mov_b32 s24, 0
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
	v_mov_b32_e32 v23, v14
	v_mov_b32_e32 v24, v0
	v_mov_b32_e32 v25, v13
	v_mov_b32_e32 v26, v12
	v_mov_b32_e32 v27, v11
	v_mov_b32_e32 v28, v10
.LBB0_8:                                ; %.lr.ph
                                        ;   Parent Loop BB0_6 Depth=1
                                        ; =>  This Inner Loop Header: Depth=2
	.loc	1 458 24 is_stmt 1              ; make_fixtures.py:458:24
	v_add_u32_e32 v29, v9, v28
	s_mov_b32 s6, s22
	s_mov_b32 s7, s23
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[46:49], v23, s[20:23], 0 offen
	.loc	1 458 24                        ; make_fixtures.py:458:24
	v_add_u32_e32 v70, v9, v27
	v_add_u32_e32 v71, v9, v26
	v_add_u32_e32 v72, v9, v25
	buffer_load_dwordx4 v[50:53], v29, s[4:7], 0 offen
	buffer_load_dwordx4 v[54:57], v70, s[4:7], 0 offen
	buffer_load_dwordx4 v[58:61], v71, s[4:7], 0 offen
	buffer_load_dwordx4 v[62:65], v72, s[4:7], 0 offen
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[66:69], v24, s[20:23], 0 offen
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_add_i32 s24, s24, 32
	v_add_u32_e32 v28, s15, v28
	v_add_u32_e32 v27, s15, v27
	v_add_u32_e32 v26, s15, v26
	v_add_u32_e32 v25, s15, v25
	v_add_u32_e32 v24, 64, v24
	s_cmp_lt_i32 s24, s10
	v_add_u32_e32 v23, 64, v23
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt vmcnt(4)
	ds_write_b128 v15, v[50:53]
	s_waitcnt vmcnt(2)
	ds_write_b128 v15, v[58:61] offset:2048
	ds_write_b128 v16, v[54:57] offset:1024
	s_waitcnt vmcnt(1)
	ds_write_b128 v16, v[62:65] offset:3072
	.loc	1 457 24                        ; make_fixtures.py:457:24
	s_waitcnt vmcnt(0)
	v_cndmask_b32_e64 v29, v66, v46, s[0:1]
	v_cndmask_b32_e64 v46, v46, v66, s[0:1]
	v_cndmask_b32_e64 v66, v67, v47, s[0:1]
	v_cndmask_b32_e64 v47, v47, v67, s[0:1]
	v_cndmask_b32_e64 v67, v68, v48, s[0:1]
	v_cndmask_b32_e64 v48, v48, v68, s[0:1]
	v_cndmask_b32_e64 v68, v69, v49, s[0:1]
	v_cndmask_b32_e64 v49, v49, v69, s[0:1]
	ds_bpermute_b32 v29, v3, v29
	ds_bpermute_b32 v66, v3, v66
	ds_bpermute_b32 v67, v3, v67
	ds_bpermute_b32 v68, v3, v68
	ds_bpermute_b32 v69, v4, v46
	ds_bpermute_b32 v70, v4, v47
	ds_bpermute_b32 v71, v4, v48
	ds_bpermute_b32 v50, v4, v49
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[52:53], v17
	ds_read_b64_tr_b16 v[54:55], v18 offset:512
	ds_read_b64_tr_b16 v[56:57], v17 offset:2048
	ds_read_b64_tr_b16 v[58:59], v18 offset:2560
	ds_read_b64_tr_b16 v[60:61], v19
	.loc	1 457 24                        ; make_fixtures.py:457:24
	v_cndmask_b32_e64 v46, v69, v29, s[2:3]
	v_cndmask_b32_e64 v47, v70, v66, s[2:3]
	v_cndmask_b32_e64 v48, v71, v67, s[2:3]
	v_cndmask_b32_e64 v49, v50, v68, s[2:3]
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(3)
	s_nop 0
	v_mfma_f32_32x32x16_bf16 a[16:31], v[52:55], v[46:49], a[16:31]
	.loc	1 458 24                        ; make_fixtures.py:458:24
	ds_read_b64_tr_b16 v[62:63], v20 offset:512
	ds_read_b64_tr_b16 v[52:53], v19 offset:2048
	ds_read_b64_tr_b16 v[54:55], v20 offset:2560
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[60:63], v[46:49], a[0:15]
	.loc	1 457 24                        ; make_fixtures.py:457:24
	v_cndmask_b32_e64 v46, v29, v69, s[2:3]
	v_cndmask_b32_e64 v47, v66, v70, s[2:3]
	v_cndmask_b32_e64 v48, v67, v71, s[2:3]
	v_cndmask_b32_e64 v49, v68, v50, s[2:3]
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_nop 1
	v_mfma_f32_32x32x16_bf16 a[16:31], v[56:59], v[46:49], a[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_bf16 a[0:15], v[52:55], v[46:49], a[0:15]
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_cbranch_scc1 .LBB0_8
	s_branch .LBB0_5
.LBB0_9:                                ; %._crit_edge16
	.loc	1 462 43                        ; make_fixtures.py:462:43
	v_and_b32_e32 v0, 4, v1
	s_movk_i32 s0, 0x3e0
	.loc	1 462 40 is_stmt 0              ; make_fixtures.py:462:40
	v_and_or_b32 v0, v2, s0, v0
	.loc	1 462 53                        ; make_fixtures.py:462:53
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_lshlrev_b32_e32 v0, 2, v0
	s_nop 3
	buffer_store_dwordx4 a[16:19], v0, s[8:11], 0 offen
	buffer_store_dwordx4 a[20:23], v0, s[8:11], 0 offen offset:32
	buffer_store_dwordx4 a[24:27], v0, s[8:11], 0 offen offset:64
	buffer_store_dwordx4 a[28:31], v0, s[8:11], 0 offen offset:96
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
		.amdhsa_next_free_vgpr 116
		.amdhsa_next_free_sgpr 25
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
	.set chain_dot_kernel.num_vgpr, 82
	.set chain_dot_kernel.num_agpr, 32
	.set chain_dot_kernel.numbered_sgpr, 25
	.set chain_dot_kernel.num_named_barrier, 0
	.set chain_dot_kernel.private_seg_size, 0
	.set chain_dot_kernel.uses_vcc, 1
	.set chain_dot_kernel.uses_flat_scratch, 0
	.set chain_dot_kernel.has_dyn_sized_stack, 0
	.set chain_dot_kernel.has_recursion, 0
	.set chain_dot_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 3072
; TotalNumSgprs: 31
; NumVgprs: 82
; NumAgprs: 32
; TotalNumVgprs: 116
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 14
; NumSGPRsForWavesPerEU: 31
; NumVGPRsForWavesPerEU: 116
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
    .sgpr_count:     31
    .sgpr_spill_count: 0
    .symbol:         chain_dot_kernel.kd
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
