	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	convert_kernel                  ; -- Begin function convert_kernel
	.p2align	8
	.type	convert_kernel,@function
convert_kernel:                         ; @convert_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 150 0 prologue_end            ; make_fixtures.py:150:0
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
	s_mov_b64 s[0:1], s[10:11]
	s_mov_b64 s[24:25], s[6:7]
	s_mov_b64 s[20:21], s[2:3]
	v_mov_b32_e32 v1, 0
.Ltmp1:
	.loc	1 150 0 is_stmt 1               ; make_fixtures.py:150
	s_setreg_imm32_b32 hwreg(HW_REG_MODE, 23, 1), 1
	.loc	1 154 38                        ; make_fixtures.py:154:38
	v_lshl_or_b32 v0, s16, 8, v0
	.loc	1 156 16                        ; make_fixtures.py:156:16
	v_lshlrev_b32_e32 v2, 2, v0
	v_bfrev_b32_e32 v3, 1
	.loc	1 155 15                        ; make_fixtures.py:155:15
	v_cmp_gt_i32_e32 vcc, s12, v0
	.loc	1 156 16                        ; make_fixtures.py:156:16
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	v_cndmask_b32_e32 v4, v3, v2, vcc
	.loc	1 157 16                        ; make_fixtures.py:157:16
	global_load_dword v2, v1, s[4:5]
	.loc	1 156 16                        ; make_fixtures.py:156:16
	buffer_load_dword v5, v4, s[20:23], 0 offen
                                        ; kill: killed $vgpr1
	.loc	1 161 28                        ; make_fixtures.py:161:28
	v_cndmask_b32_e32 v0, v3, v0, vcc
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s26, s22
	s_mov_b32 s27, s23
	.loc	1 162 28                        ; make_fixtures.py:162:28
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s10, s22
	s_mov_b32 s11, s23
	.loc	1 163 28                        ; make_fixtures.py:163:28
	s_and_b32 s1, s1, 0xffff
	s_mov_b32 s2, s22
	s_mov_b32 s3, s23
                                        ; kill: killed $sgpr4_sgpr5
                                        ; kill: killed $sgpr20_sgpr21
	.loc	1 158 12                        ; make_fixtures.py:158:12
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v2, v5
	.loc	1 159 14                        ; make_fixtures.py:159:14
	v_cvt_scalef32_pk_fp8_f32 v2, v1, s0, 1.0
	.loc	1 160 14                        ; make_fixtures.py:160:14
	v_cvt_scalef32_pk_bf8_f32 v3, v1, s0, 1.0
	.loc	1 159 14                        ; make_fixtures.py:159:14
	v_cvt_scalef32_pk_fp8_f32 v2, s0, v0, 1.0 op_sel:[0,0,0,1]
	.loc	1 160 14                        ; make_fixtures.py:160:14
	v_cvt_scalef32_pk_bf8_f32 v3, s0, v0, 1.0 op_sel:[0,0,0,1]
	.loc	1 161 28                        ; make_fixtures.py:161:28
	buffer_store_byte v2, v0, s[24:27], 0 offen
	.loc	1 162 28                        ; make_fixtures.py:162:28
	buffer_store_byte v3, v0, s[8:11], 0 offen
	.loc	1 163 34                        ; make_fixtures.py:163:34
	v_cvt_scalef32_pk_f32_fp8 v[0:1], v2, 1.0
	.loc	1 163 54 is_stmt 0              ; make_fixtures.py:163:54
	v_cvt_scalef32_pk_f32_bf8 v[2:3], v3, 1.0
	.loc	1 163 48                        ; make_fixtures.py:163:48
	v_add_f32_e32 v0, v0, v2
	.loc	1 163 28                        ; make_fixtures.py:163:28
	buffer_store_dword v0, v4, s[0:3], 0 offen
	.loc	1 163 4                         ; make_fixtures.py:163:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel convert_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 64
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
		.amdhsa_next_free_vgpr 6
		.amdhsa_next_free_sgpr 28
		.amdhsa_accum_offset 8
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
	.size	convert_kernel, .Lfunc_end0-convert_kernel
	.cfi_endproc
                                        ; -- End function
	.set convert_kernel.num_vgpr, 6
	.set convert_kernel.num_agpr, 0
	.set convert_kernel.numbered_sgpr, 28
	.set convert_kernel.num_named_barrier, 0
	.set convert_kernel.private_seg_size, 0
	.set convert_kernel.uses_vcc, 1
	.set convert_kernel.uses_flat_scratch, 0
	.set convert_kernel.has_dyn_sized_stack, 0
	.set convert_kernel.has_recursion, 0
	.set convert_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 484
; TotalNumSgprs: 34
; NumVgprs: 6
; NumAgprs: 0
; TotalNumVgprs: 6
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 0
; NumSGPRsForWavesPerEU: 34
; NumVGPRsForWavesPerEU: 6
; AccumOffset: 8
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 1
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 256
    .name:           convert_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     34
    .sgpr_spill_count: 0
    .symbol:         convert_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     6
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
