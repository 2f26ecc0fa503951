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
; %bb.1:                                ; %.._crit_edge8_crit_edge
	.loc	1 462 40                        ; make_fixtures.py:462:40
	v_lshlrev_b32_e32 v2, 5, v0
	s_mov_b64 s[0:1], 0
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 40 is_stmt 0                ; make_fixtures.py:0:40
	s_mov_b64 s[0:1], -1
                                        ; implicit-def: $vgpr2
.LBB0_3:                                ; %Flow42
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	s_andn2_b64 vcc, exec, s[0:1]
	v_lshrrev_b32_e32 v1, 2, v0
	s_cbranch_vccnz .LBB0_9
; %bb.4:                                ; %.preheader.lr.ph
	.loc	1 450 22 is_stmt 1              ; make_fixtures.py:450:22
	v_lshlrev_b32_e32 v2, 3, v0
	v_and_b32_e32 v3, 48, v0
	v_and_b32_e32 v5, 24, v2
	v_lshlrev_b32_e32 v2, 4, v0
	v_lshrrev_b32_e32 v3, 2, v3
	s_movk_i32 s3, 0xf0
	v_and_or_b32 v3, v2, s3, v3
	v_bitop3_b32 v8, v2, v0, 48 bitop3:0x78
	v_and_b32_e32 v4, 0xc0, v2
	v_bfe_i32 v2, v0, 4, 1
	v_and_b32_e32 v7, 0x220, v2
	v_lshlrev_b32_e32 v2, 5, v0
	v_and_b32_e32 v9, 0x400, v2
	.loc	1 453 26                        ; make_fixtures.py:453:26
	v_and_b32_e32 v0, 3, v0
	.loc	1 450 22                        ; make_fixtures.py:450:22
	v_or_b32_e32 v6, 16, v1
	s_cmp_gt_i32 s10, 0
	v_or3_b32 v4, v4, v9, v7
	.loc	1 453 26                        ; make_fixtures.py:453:26
	v_mul_lo_u32 v7, s11, v1
	v_lshlrev_b32_e32 v13, 4, v0
	s_cselect_b64 s[0:1], -1, 0
	v_or_b32_e32 v9, v4, v5
	v_bitop3_b32 v10, v4, 16, v5 bitop3:0x36
	v_bitop3_b32 v11, v4, 32, v5 bitop3:0x36
	v_bitop3_b32 v12, v4, 48, v5 bitop3:0x36
	v_lshl_or_b32 v4, v1, 5, v5
	v_lshl_or_b32 v5, v6, 5, v5
	v_lshl_add_u32 v0, v7, 1, v13
	v_mul_lo_u32 v6, s11, v6
	v_mul_lo_u32 v7, s10, v1
	s_mov_b32 s19, 0x27000
	s_mov_b32 s18, 0x7ffffffe
	v_lshl_add_u32 v6, v6, 1, v13
	v_lshl_add_u32 v7, v7, 1, v13
	v_cndmask_b32_e64 v13, 0, 1, s[0:1]
	s_mov_b32 s2, 0
	s_and_b32 s17, s17, 0xffff
	s_and_b32 s5, s5, 0xffff
	s_and_b32 s13, s13, 0xffff
	s_lshl_b32 s3, s11, 6
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_cmp_ne_u32_e64 s[0:1], 1, v13
	v_add_u32_e32 v8, 0, v8
	v_add_u32_e32 v9, 0, v9
	v_add_u32_e32 v10, 0, v10
	v_add_u32_e32 v11, 0, v11
	v_add_u32_e32 v12, 0, v12
	s_mov_b32 s14, s18
	s_mov_b32 s15, s19
	s_branch .LBB0_6
.LBB0_5:                                ; %._crit_edge
                                        ;   in Loop: Header=BB0_6 Depth=1
	.loc	1 460 28                        ; make_fixtures.py:460:28
	s_lshl_b32 s6, s2, 5
	.loc	1 460 54 is_stmt 0              ; make_fixtures.py:460:54
	v_or_b32_e32 v22, s6, v4
	v_or_b32_e32 v23, s6, v5
	.loc	1 460 20                        ; make_fixtures.py:460:20
	v_lshlrev_b32_e32 v30, 1, v22
	v_lshlrev_b32_e32 v31, 1, v23
	buffer_load_dwordx4 v[22:25], v30, s[12:15], 0 offen
	buffer_load_dwordx4 v[26:29], v31, s[12:15], 0 offen
	s_waitcnt lgkmcnt(0)
	; wave barrier
	v_accvgpr_read_b32 v13, a4
	.loc	1 461 26 is_stmt 1              ; make_fixtures.py:461:26
	v_accvgpr_read_b32 v30, a5
	v_accvgpr_read_b32 v31, a7
	v_accvgpr_read_b32 v32, a6
	v_accvgpr_read_b32 v33, a1
	v_accvgpr_read_b32 v34, a0
	v_accvgpr_read_b32 v35, a3
	v_accvgpr_read_b32 v36, a2
	.loc	1 461 43 is_stmt 0              ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a0, v18
	v_accvgpr_write_b32 a1, v19
	v_accvgpr_write_b32 a2, v20
	v_accvgpr_write_b32 a3, v21
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_cvt_pk_bf16_f32 v18, v13, v30
	v_cvt_pk_bf16_f32 v19, v32, v31
	v_cvt_pk_bf16_f32 v20, v34, v33
	v_cvt_pk_bf16_f32 v21, v36, v35
	s_nop 0
	v_permlane32_swap_b32_e32 v18, v20
	v_permlane32_swap_b32_e32 v19, v21
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a4, v14
	.loc	1 461 26                        ; make_fixtures.py:461:26
	v_permlane16_swap_b32_e32 v18, v20
	v_permlane16_swap_b32_e32 v19, v21
	.loc	1 461 43                        ; make_fixtures.py:461:43
	v_accvgpr_write_b32 a5, v15
	v_accvgpr_write_b32 a6, v16
	v_accvgpr_write_b32 a7, v17
	.loc	1 453 26 is_stmt 1              ; make_fixtures.py:453:26
	s_add_i32 s2, s2, 32
	v_add_u32_e32 v0, 64, v0
	s_cmp_lt_i32 s2, s11
	v_add_u32_e32 v6, 64, v6
	.loc	1 460 20                        ; make_fixtures.py:460:20
	s_waitcnt vmcnt(1)
	ds_write_b128 v8, v[22:25]
	s_waitcnt vmcnt(0)
	ds_write_b128 v8, v[26:29] offset:1024
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[22:23], v9
	ds_read_b64_tr_b16 v[24:25], v10 offset:256
	ds_read_b64_tr_b16 v[26:27], v11
	ds_read_b64_tr_b16 v[28:29], v12 offset:256
	.loc	1 461 43                        ; make_fixtures.py:461:43
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[0:3], v[22:25], v[18:21], a[0:3]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[26:29], v[18:21], a[4:7]
	.loc	1 453 26                        ; make_fixtures.py:453:26
	s_cbranch_scc0 .LBB0_9
.LBB0_6:                                ; %.preheader
                                        ; =>This Loop Header: Depth=1
                                        ;     Child Loop BB0_8 Depth 2
	.loc	1 0 26 is_stmt 0                ; make_fixtures.py:0:26
	s_nop 6
	v_accvgpr_read_b32 v17, a7
	v_accvgpr_read_b32 v16, a6
	v_accvgpr_read_b32 v15, a5
	v_accvgpr_read_b32 v14, a4
	v_accvgpr_read_b32 v21, a3
	v_accvgpr_read_b32 v20, a2
	v_accvgpr_read_b32 v19, a1
	v_accvgpr_read_b32 v18, a0
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
	s_mov_b32 s20, 0
	v_mov_b32_e32 v13, v7
	s_mov_b32 s21, 0
.LBB0_8:                                ; %.lr.ph
                                        ;   Parent Loop BB0_6 Depth=1
                                        ; =>  This Inner Loop Header: Depth=2
	.loc	1 458 24 is_stmt 1              ; make_fixtures.py:458:24
	v_add_u32_e32 v34, s20, v0
	s_mov_b32 s6, s18
	s_mov_b32 s7, s19
	v_add_u32_e32 v35, s20, v6
	buffer_load_dwordx4 v[22:25], v34, s[4:7], 0 offen
	buffer_load_dwordx4 v[26:29], v35, s[4:7], 0 offen
	.loc	1 457 24                        ; make_fixtures.py:457:24
	buffer_load_dwordx4 v[30:33], v13, s[16:19], 0 offen
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	v_accvgpr_read_b32 v37, a3
	v_accvgpr_read_b32 v36, a2
	.loc	1 459 29                        ; make_fixtures.py:459:29
	v_accvgpr_mov_b32 a2, a4
	v_accvgpr_mov_b32 a3, a5
	v_accvgpr_mov_b32 a4, a6
	v_accvgpr_mov_b32 a5, a7
	v_accvgpr_read_b32 v34, a0
	v_accvgpr_read_b32 v35, a1
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_add_i32 s21, s21, 32
	s_add_i32 s20, s20, s3
	s_cmp_lt_i32 s21, s10
	v_add_u32_e32 v13, 64, v13
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt vmcnt(2)
	ds_write_b128 v8, v[22:25]
	s_waitcnt vmcnt(1)
	ds_write_b128 v8, v[26:29] offset:1024
	.loc	1 457 24                        ; make_fixtures.py:457:24
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v30, v3, v30
	ds_bpermute_b32 v31, v3, v31
	ds_bpermute_b32 v32, v3, v32
	ds_bpermute_b32 v33, v3, v33
	.loc	1 458 24                        ; make_fixtures.py:458:24
	s_waitcnt lgkmcnt(0)
	; wave barrier
	ds_read_b64_tr_b16 v[22:23], v9
	ds_read_b64_tr_b16 v[24:25], v10 offset:256
	ds_read_b64_tr_b16 v[26:27], v11
	ds_read_b64_tr_b16 v[28:29], v12 offset:256
	.loc	1 459 29                        ; make_fixtures.py:459:29
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_16x16x32_bf16 a[4:7], v[22:25], v[30:33], a[2:5]
	v_accvgpr_write_b32 a0, v34
	v_accvgpr_write_b32 a1, v35
	s_nop 0
	v_accvgpr_write_b32 a2, v36
	v_accvgpr_write_b32 a3, v37
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mfma_f32_16x16x32_bf16 a[0:3], v[26:29], v[30:33], a[0:3]
	.loc	1 455 30                        ; make_fixtures.py:455:30
	s_cbranch_scc1 .LBB0_8
	s_branch .LBB0_5
.LBB0_9:                                ; %._crit_edge8
	.loc	1 462 43                        ; make_fixtures.py:462:43
	v_and_b32_e32 v0, 12, v1
	s_movk_i32 s0, 0x1e0
	.loc	1 462 40 is_stmt 0              ; make_fixtures.py:462:40
	v_and_or_b32 v0, v2, s0, v0
	.loc	1 462 53                        ; make_fixtures.py:462:53
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	v_lshlrev_b32_e32 v0, 2, v0
	buffer_store_dwordx4 a[0:3], v0, s[8:11], 0 offen
	buffer_store_dwordx4 a[4:7], v0, s[8:11], 0 offen offset:64
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
		.amdhsa_next_free_vgpr 48
		.amdhsa_next_free_sgpr 22
		.amdhsa_accum_offset 40
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
	.set chain_dot_kernel.num_vgpr, 38
	.set chain_dot_kernel.num_agpr, 8
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
; codeLenInByte = 1600
; TotalNumSgprs: 28
; NumVgprs: 38
; NumAgprs: 8
; TotalNumVgprs: 48
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 5
; NumSGPRsForWavesPerEU: 28
; NumVGPRsForWavesPerEU: 48
; AccumOffset: 40
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 9
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
  - .agpr_count:     8
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
    .vgpr_count:     48
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
