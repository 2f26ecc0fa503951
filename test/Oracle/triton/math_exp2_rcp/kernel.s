	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	math_kernel                     ; -- Begin function math_kernel
	.p2align	8
	.type	math_kernel,@function
math_kernel:                            ; @math_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 574 0 prologue_end            ; make_fixtures.py:574:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.2:
.LBB0_0:
.Ltmp1:
	.loc	1 577 38 is_stmt 1              ; make_fixtures.py:577:38
	v_lshl_or_b32 v0, s16, 8, v0
	s_mov_b64 s[0:1], s[2:3]
	.loc	1 579 16                        ; make_fixtures.py:579:16
	v_lshlrev_b32_e32 v1, 2, v0
	v_bfrev_b32_e32 v2, 1
	.loc	1 578 15                        ; make_fixtures.py:578:15
	v_cmp_gt_i32_e32 vcc, s10, v0
	.loc	1 579 16                        ; make_fixtures.py:579:16
	s_and_b32 s1, s1, 0xffff
	s_mov_b32 s3, 0x27000
	s_mov_b32 s2, 0x7ffffffe
	v_cndmask_b32_e32 v0, v2, v1, vcc
	buffer_load_dword v1, v0, s[0:3], 0 offen
	s_mov_b32 s11, 0x3fb8aa3b
	s_mov_b32 s16, 0xc2fc0000
.Ltmp2:
	.file	2 "/opt/torch/.venv/lib/python3.12/site-packages/triton/language" "standard.py"
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_mov_b32_e32 v2, 0x42800000
	s_mov_b64 s[12:13], s[6:7]
.Ltmp3:
	.loc	1 580 27                        ; make_fixtures.py:580:27
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s2
	s_mov_b32 s7, s3
.Ltmp4:
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_not_b32_e32 v3, 63
.Ltmp5:
	.loc	1 581 27                        ; make_fixtures.py:581:27
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s14, s2
	s_mov_b32 s15, s3
	.loc	1 583 27                        ; make_fixtures.py:583:27
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s2
	.loc	1 579 16                        ; make_fixtures.py:579:16
	s_waitcnt vmcnt(0)
	v_cndmask_b32_e32 v1, 1.0, v1, vcc
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_div_scale_f32 v5, s[0:1], v1, v1, 1.0
.Ltmp6:
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_mul_f32_e64 v8, -v1, s11
	v_cmp_gt_f32_e64 s[0:1], s16, v8
.Ltmp7:
	.loc	1 580 40                        ; make_fixtures.py:580:40
	v_exp_f32_e32 v4, v1
.Ltmp8:
	.loc	2 50 30                         ; standard.py:50:30 @[ make_fixtures.py:583:38 ]
	v_sub_f32_e32 v7, 0, v1
.Ltmp9:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_rcp_f32_e32 v9, v5
.Ltmp10:
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_cndmask_b32_e64 v2, 0, v2, s[0:1]
	v_fmac_f32_e32 v2, 0x3fb8aa3b, v7
	v_exp_f32_e32 v2, v2
.Ltmp11:
	.loc	1 580 27                        ; make_fixtures.py:580:27
	buffer_store_dword v4, v0, s[4:7], 0 offen
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_fma_f32 v4, -v5, v9, 1.0
	v_div_scale_f32 v6, vcc, 1.0, v1, 1.0
.Ltmp12:
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_cndmask_b32_e64 v3, 0, v3, s[0:1]
.Ltmp13:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_fmac_f32_e32 v9, v4, v9
	v_mul_f32_e32 v4, v6, v9
.Ltmp14:
	.loc	2 50 29                         ; standard.py:50:29 @[ make_fixtures.py:583:38 ]
	v_ldexp_f32 v2, v2, v3
.Ltmp15:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_fma_f32 v3, -v5, v4, v6
.Ltmp16:
	.loc	2 50 20                         ; standard.py:50:20 @[ make_fixtures.py:583:38 ]
	v_add_f32_e32 v2, 1.0, v2
.Ltmp17:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_fmac_f32_e32 v4, v3, v9
.Ltmp18:
	.loc	2 50 16                         ; standard.py:50:16 @[ make_fixtures.py:583:38 ]
	v_div_scale_f32 v3, s[0:1], v2, v2, 1.0
.Ltmp19:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_fma_f32 v5, -v5, v4, v6
.Ltmp20:
	.loc	2 50 16                         ; standard.py:50:16 @[ make_fixtures.py:583:38 ]
	v_rcp_f32_e32 v6, v3
.Ltmp21:
	.loc	1 581 70                        ; make_fixtures.py:581:70
	v_div_fmas_f32 v4, v5, v9, v4
	v_div_fixup_f32 v1, v4, v1, 1.0
	.loc	1 581 27 is_stmt 0              ; make_fixtures.py:581:27
	buffer_store_dword v1, v0, s[12:15], 0 offen
.Ltmp22:
	.loc	2 50 16 is_stmt 1               ; standard.py:50:16 @[ make_fixtures.py:583:38 ]
	v_fma_f32 v1, -v3, v6, 1.0
	v_div_scale_f32 v7, s[0:1], 1.0, v2, 1.0
	v_fmac_f32_e32 v6, v1, v6
	v_mul_f32_e32 v1, v7, v6
	v_fma_f32 v4, -v3, v1, v7
	v_fmac_f32_e32 v1, v4, v6
	v_fma_f32 v3, -v3, v1, v7
	s_mov_b64 vcc, s[0:1]
	v_div_fmas_f32 v1, v3, v6, v1
	v_div_fixup_f32 v1, v1, v2, 1.0
.Ltmp23:
	.loc	1 583 27                        ; make_fixtures.py:583:27
	s_mov_b32 s11, s3
	buffer_store_dword v1, v0, s[8:11], 0 offen
	.loc	1 583 4 is_stmt 0               ; make_fixtures.py:583:4
	s_endpgm
.Ltmp24:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel math_kernel
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
		.amdhsa_next_free_vgpr 10
		.amdhsa_next_free_sgpr 17
		.amdhsa_accum_offset 12
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
	.size	math_kernel, .Lfunc_end0-math_kernel
	.cfi_endproc
                                        ; -- End function
	.set math_kernel.num_vgpr, 10
	.set math_kernel.num_agpr, 0
	.set math_kernel.numbered_sgpr, 17
	.set math_kernel.num_named_barrier, 0
	.set math_kernel.private_seg_size, 0
	.set math_kernel.uses_vcc, 1
	.set math_kernel.uses_flat_scratch, 0
	.set math_kernel.has_dyn_sized_stack, 0
	.set math_kernel.has_recursion, 0
	.set math_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 644
; TotalNumSgprs: 23
; NumVgprs: 10
; NumAgprs: 0
; TotalNumVgprs: 10
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 23
; NumVGPRsForWavesPerEU: 10
; AccumOffset: 12
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 2
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
	.byte	1                               ; Abbrev [1] 0xb:0x45 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x1f DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.short	583                             ; DW_AT_call_line
	.byte	38                              ; DW_AT_call_column
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
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"make_fixtures.py"              ; string offset=7
.Linfo_string2:
	.asciz	"/work/main/tools/triton-fixtures" ; string offset=24
.Linfo_string3:
	.asciz	"math_kernel"                   ; string offset=57
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
    .max_flat_workgroup_size: 256
    .name:           math_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     23
    .sgpr_spill_count: 0
    .symbol:         math_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     10
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
