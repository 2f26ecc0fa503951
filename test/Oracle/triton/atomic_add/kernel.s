	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	atomic_add_kernel               ; -- Begin function atomic_add_kernel
	.p2align	8
	.type	atomic_add_kernel,@function
atomic_add_kernel:                      ; @atomic_add_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.10:
	.file	1 "/work/main/tools/triton-fixtures" "make_fixtures.py"
	.loc	1 178 0 prologue_end            ; make_fixtures.py:178:0
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
.Ltmp1:
	.loc	1 182 38 is_stmt 1              ; make_fixtures.py:182:38
	v_lshl_or_b32 v1, s16, 8, v0
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 184 16                        ; make_fixtures.py:184:16
	v_lshlrev_b32_e32 v2, 2, v1
	v_bfrev_b32_e32 v3, 1
	.loc	1 183 15                        ; make_fixtures.py:183:15
	v_cmp_gt_i32_e64 s[0:1], s10, v1
	s_mov_b64 s[20:21], s[6:7]
	.loc	1 185 16                        ; make_fixtures.py:185:16
	s_and_b32 s5, s5, 0xffff
	.loc	1 184 16                        ; make_fixtures.py:184:16
	v_cndmask_b32_e64 v1, v3, v2, s[0:1]
	.loc	1 185 16                        ; make_fixtures.py:185:16
	s_mov_b32 s6, s14
	s_mov_b32 s7, s15
	s_mov_b64 s[12:13], s[2:3]
	buffer_load_dword v2, v1, s[4:7], 0 offen
	.loc	1 184 16                        ; make_fixtures.py:184:16
	s_and_b32 s13, s13, 0xffff
	buffer_load_dword v6, v1, s[12:15], 0 offen
	.loc	1 186 31                        ; make_fixtures.py:186:31
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s22, s14
	s_mov_b32 s23, s15
	.loc	1 187 32                        ; make_fixtures.py:187:32
	v_and_b32_e32 v8, 1, v0
	s_mov_b32 s2, 0xffff
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v9, 0
	.loc	1 186 31                        ; make_fixtures.py:186:31
	s_waitcnt vmcnt(1)
	v_lshlrev_b32_e32 v1, 2, v2
	v_cndmask_b32_e64 v1, v3, v1, s[0:1]
	s_waitcnt vmcnt(0)
	buffer_atomic_add_f32 v6, v1, s[20:23], 0 offen
	.loc	1 187 32                        ; make_fixtures.py:187:32
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 1, s[8:9]
	v_lshlrev_b32_e32 v3, 4, v8
	v_cvt_pk_bf16_f32 v2, v6, v6
	v_lshlrev_b32_e64 v3, v3, s2
	v_and_b32_e32 v2, v3, v2
	v_cndmask_b32_e64 v1, -1, v5, s[0:1]
	v_cndmask_b32_e64 v0, -1, v4, s[0:1]
	v_cndmask_b32_e64 v6, 0, v2, s[0:1]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	v_cmp_eq_u32_e64 s[2:3], 0, v8
	v_mov_b32_dpp v2, v0 row_shl:1 row_mask:0xf bank_mask:0xf
	v_mov_b32_dpp v3, v1 row_shl:1 row_mask:0xf bank_mask:0xf
	v_cmp_ne_u64_e32 vcc, -1, v[2:3]
	s_or_b64 s[4:5], s[0:1], vcc
	v_mov_b32_dpp v7, v6 row_shl:1 row_mask:0xf bank_mask:0xf
	s_and_b64 s[2:3], s[2:3], s[4:5]
	s_and_saveexec_b64 s[4:5], s[2:3]
	s_cbranch_execz .LBB0_9
; %bb.1:
	v_lshl_add_u64 v[12:13], v[0:1], 0, 2
	v_and_b32_e32 v8, 3, v0
	v_cmp_eq_u64_e64 s[2:3], v[12:13], v[2:3]
	v_cmp_eq_u64_e64 s[4:5], 0, v[8:9]
	s_and_b64 s[2:3], s[4:5], s[2:3]
	v_or_b32_e32 v10, v6, v7
	v_cndmask_b32_e64 v5, v3, v5, s[0:1]
	v_cndmask_b32_e64 v6, v2, v4, s[0:1]
	s_and_b64 s[0:1], s[0:1], s[2:3]
	s_and_b64 s[0:1], vcc, s[0:1]
	v_mov_b32_e32 v7, v5
	s_mov_b64 s[6:7], 0
	s_xor_b64 s[0:1], s[0:1], -1
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_7
; %bb.2:
	v_and_b32_e32 v4, -4, v6
	global_load_dword v7, v[4:5], off
	v_and_b32_e32 v6, 3, v6
	v_lshlrev_b32_e32 v8, 3, v6
	s_mov_b32 s0, 0xffff
	v_lshlrev_b32_e64 v6, v8, s0
	v_not_b32_e32 v9, v6
	v_lshlrev_b32_e32 v11, 16, v10
.LBB0_3:                                ; %atomicrmw.start10
                                        ; =>This Inner Loop Header: Depth=1
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_sdwa v6, v8, v7 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_add_f32_e32 v6, v6, v11
	v_cvt_pk_bf16_f32 v6, v6, s0
	v_lshlrev_b32_sdwa v6, v8, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_and_or_b32 v6, v7, v9, v6
	global_atomic_cmpswap v6, v[4:5], v[6:7], off sc0
	s_waitcnt vmcnt(0)
	v_cmp_eq_u32_e64 s[0:1], v6, v7
	s_or_b64 s[6:7], s[0:1], s[6:7]
	v_mov_b32_e32 v7, v6
	s_andn2_b64 exec, exec, s[6:7]
	s_cbranch_execnz .LBB0_3
; %bb.4:                                ; %atomicrmw.end9
	.loc	1 0 32 is_stmt 0                ; make_fixtures.py:0:32
	s_or_b64 exec, exec, s[6:7]
	.loc	1 187 32                        ; make_fixtures.py:187:32
	v_cndmask_b32_e32 v2, v0, v2, vcc
	v_cndmask_b32_e32 v1, v1, v3, vcc
	v_and_b32_e32 v0, -4, v2
	global_load_dword v3, v[0:1], off
	v_and_b32_e32 v2, 3, v2
	v_lshlrev_b32_e32 v4, 3, v2
	s_mov_b32 s0, 0xffff
	v_lshrrev_b32_e32 v6, 16, v10
	v_lshlrev_b32_e64 v2, v4, s0
	v_not_b32_e32 v5, v2
	s_mov_b64 s[0:1], 0
	v_lshlrev_b32_e32 v6, 16, v6
.LBB0_5:                                ; %atomicrmw.start
                                        ; =>This Inner Loop Header: Depth=1
	s_waitcnt vmcnt(0)
	v_lshrrev_b32_sdwa v2, v4, v3 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	s_nop 0
	v_add_f32_e32 v2, v2, v6
	v_cvt_pk_bf16_f32 v2, v2, s0
	v_lshlrev_b32_sdwa v2, v4, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_and_or_b32 v2, v3, v5, v2
	global_atomic_cmpswap v2, v[0:1], v[2:3], off sc0
	s_waitcnt vmcnt(0)
	v_cmp_eq_u32_e32 vcc, v2, v3
	s_or_b64 s[0:1], vcc, s[0:1]
	v_mov_b32_e32 v3, v2
	s_andn2_b64 exec, exec, s[0:1]
	s_cbranch_execnz .LBB0_5
; %bb.6:                                ; %atomicrmw.end
	.loc	1 0 32                          ; make_fixtures.py:0:32
	s_or_b64 exec, exec, s[0:1]
                                        ; implicit-def: $vgpr6_vgpr7
                                        ; implicit-def: $vgpr10
.LBB0_7:                                ; %Flow
	s_andn2_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_9
; %bb.8:
	.loc	1 187 32 is_stmt 1              ; make_fixtures.py:187:32
	global_atomic_pk_add_bf16 v[6:7], v10, off
.LBB0_9:
	.loc	1 187 4                         ; make_fixtures.py:187:4
	s_endpgm
.Ltmp2:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel atomic_add_kernel
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
		.amdhsa_next_free_vgpr 14
		.amdhsa_next_free_sgpr 24
		.amdhsa_accum_offset 16
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
	.size	atomic_add_kernel, .Lfunc_end0-atomic_add_kernel
	.cfi_endproc
                                        ; -- End function
	.set atomic_add_kernel.num_vgpr, 14
	.set atomic_add_kernel.num_agpr, 0
	.set atomic_add_kernel.numbered_sgpr, 24
	.set atomic_add_kernel.num_named_barrier, 0
	.set atomic_add_kernel.private_seg_size, 0
	.set atomic_add_kernel.uses_vcc, 1
	.set atomic_add_kernel.uses_flat_scratch, 0
	.set atomic_add_kernel.has_dyn_sized_stack, 0
	.set atomic_add_kernel.has_recursion, 0
	.set atomic_add_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 908
; TotalNumSgprs: 30
; NumVgprs: 14
; NumAgprs: 0
; TotalNumVgprs: 14
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 3
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 30
; NumVGPRsForWavesPerEU: 14
; AccumOffset: 16
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 3
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
    .name:           atomic_add_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     30
    .sgpr_spill_count: 0
    .symbol:         atomic_add_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     14
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
