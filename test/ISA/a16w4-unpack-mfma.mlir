// The same a16w4 tile kernel for gfx950 (hardware FP4 cvt, K=32 bf16 MFMA)
// and for gfx942 (exact v_perm software unpack, two 16x16x16 MFMAs).
// RUN: moe-compile %mxmoe_src_root/examples/a16w4_tile.mlir --emit=isa --chip=gfx950 > %t.gfx950.s
// RUN: FileCheck %s --check-prefix=GFX950 --implicit-check-not=v_perm_b32 < %t.gfx950.s
// RUN: grep -c v_cvt_scalef32_pk_bf16_fp4 %t.gfx950.s | FileCheck %s --check-prefix=CVT950
// RUN: grep -c v_mfma_f32_16x16x32_bf16 %t.gfx950.s | FileCheck %s --check-prefix=MFMA950
// RUN: moe-compile %mxmoe_src_root/examples/a16w4_tile.mlir --emit=isa --chip=gfx942 > %t.gfx942.s
// RUN: FileCheck %s --check-prefix=GFX942 --implicit-check-not=v_cvt_scalef32 < %t.gfx942.s
// RUN: grep -c v_mfma_f32_16x16x16_bf16 %t.gfx942.s | FileCheck %s --check-prefix=MFMA942
// RUN: moe-compile %mxmoe_src_root/examples/a16w4_tile.mlir --emit=isa --chip=gfx950 --unpack-strategy=sw \
// RUN:   | FileCheck %s --check-prefix=SW950 --implicit-check-not=v_cvt_scalef32

// GFX950: .amdgcn_target "amdgcn-amd-amdhsa--gfx950
// GFX950-LABEL: a16w4_tile:
// GFX950-DAG: buffer_load_dwordx4 {{.*}} offen nt
// GFX950-DAG: buffer_load_ubyte
// GFX950: v_cvt_scalef32_pk_bf16_fp4
// GFX950: v_mfma_f32_16x16x32_bf16
// GFX950: s_cbranch_
// GFX950: global_store_dword
// GFX950: .private_segment_fixed_size: 0
// 32 FP4 values per lane and K step: 16 cvts, 4 MFMAs.
// CVT950: {{^}}16{{$}}
// MFMA950: {{^}}4{{$}}

// GFX942: .amdgcn_target "amdgcn-amd-amdhsa--gfx942
// GFX942-LABEL: a16w4_tile:
// GFX942: v_perm_b32
// GFX942: .private_segment_fixed_size: 0
// MFMA942: {{^}}8{{$}}

// SW950-LABEL: a16w4_tile:
// SW950: v_perm_b32
