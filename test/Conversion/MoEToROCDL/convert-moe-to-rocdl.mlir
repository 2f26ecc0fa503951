// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl=chip=gfx950 | FileCheck %s --check-prefixes=CHECK,GFX950
// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl=chip=gfx942 | FileCheck %s --check-prefixes=CHECK,GFX942
// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl="chip=gfx950 unpack-strategy=sw" | FileCheck %s --check-prefixes=CHECK,SW950

// The preshuffle16x16 address ((n/16)*(K/2/16) + kb/16)*256 + (n%16)*16 + kb%16
// with K = 2880 (90 16-byte chunks per row), moved past every buffer when
// k >= K (so the K tail reads zeros), a raw buffer resource over the whole
// memref and the cache bits (nt = 2) in the aux operand.
// CHECK-LABEL: func @weight_load
// CHECK-SAME: (%[[W:.*]]: memref<?xi8, 1>, %[[ROW:.*]]: index, %[[K:.*]]: index)
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : index
// CHECK-DAG: %[[C90:.*]] = arith.constant 90 : index
// CHECK-DAG: %[[C256:.*]] = arith.constant 256 : index
// CHECK-DAG: %[[NT:.*]] = arith.constant 2 : i32
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 159744 : i32
// CHECK-DAG: %[[FAR:.*]] = arith.constant 4294967280 : index
// CHECK-DAG: %[[C2880:.*]] = arith.constant 2880 : index
// CHECK: %[[KB:.*]] = arith.divui %[[K]], %[[C2]]
// CHECK: %[[KIN:.*]] = arith.remui %[[KB]], %[[C16]]
// CHECK: %[[NIN:.*]] = arith.remui %[[ROW]], %[[C16]]
// CHECK: %[[NOFF:.*]] = arith.muli %[[NIN]], %[[C16]]
// CHECK: %[[KBLK:.*]] = arith.divui %[[KB]], %[[C16]]
// CHECK: %[[NBLK:.*]] = arith.divui %[[ROW]], %[[C16]]
// CHECK: %[[T0:.*]] = arith.muli %[[NBLK]], %[[C90]]
// CHECK: %[[T1:.*]] = arith.addi %[[T0]], %[[KBLK]]
// CHECK: %[[T2:.*]] = arith.muli %[[T1]], %[[C256]]
// CHECK: %[[T3:.*]] = arith.addi %[[T2]], %[[NOFF]]
// CHECK: %[[RAW:.*]] = arith.addi %[[T3]], %[[KIN]]
// CHECK: %[[INK:.*]] = arith.cmpi ult, %[[K]], %[[C2880]]
// CHECK: %[[OFF:.*]] = arith.select %[[INK]], %[[RAW]], %[[FAR]]
// CHECK: memref.extract_aligned_pointer_as_index %[[W]]
// CHECK: %[[DIM:.*]] = memref.dim %[[W]]
// CHECK: %[[NREC:.*]] = arith.index_castui %[[DIM]] : index to i64
// CHECK: %[[RSRC:.*]] = rocdl.make.buffer.rsrc %{{.*}}, %{{.*}}, %[[NREC]], %[[FLAGS]]
// CHECK: %[[OFF32:.*]] = arith.index_castui %[[OFF]] : index to i32
// CHECK: %[[V:.*]] = rocdl.raw.ptr.buffer.load %[[RSRC]], %[[OFF32]], %{{.*}}, %[[NT]] : vector<4xi32>
// CHECK: vector.bitcast %[[V]] : vector<4xi32> to vector<32xf4E2M1FN>
func.func @weight_load(%w: memref<?xi8, 1>, %row: index, %k: index) -> vector<32xf4E2M1FN> {
  %0 = moe.mxfp4_load %w[%row, %k] layout <preshuffle16x16> k_dim 2880 cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  return %0 : vector<32xf4E2M1FN>
}

// -----

// Row-major dword load: n * K/2 + k/2, one i32 with sc0|sc1 (aux = 17).
// CHECK-LABEL: func @weight_load_dword
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : index
// CHECK-DAG: %[[AUX:.*]] = arith.constant 17 : i32
// CHECK: arith.muli %{{.*}}, %[[C32]] : index
// CHECK: %[[W:.*]] = rocdl.raw.ptr.buffer.load %{{.*}}, %{{.*}}, %{{.*}}, %[[AUX]] : i32
// CHECK: %[[B:.*]] = vector.broadcast %[[W]] : i32 to vector<1xi32>
// CHECK: vector.bitcast %[[B]] : vector<1xi32> to vector<8xf4E2M1FN>
func.func @weight_load_dword(%w: memref<640xi8, 1>, %row: index, %k: index) -> vector<8xf4E2M1FN> {
  %0 = moe.mxfp4_load %w[%row, %k] layout <row_major> k_dim 64 cache <sc0|sc1> : memref<640xi8, 1> -> vector<8xf4E2M1FN>
  return %0 : vector<8xf4E2M1FN>
}

// -----

// e8m0_shuffle: word (n/32)*768 + (kb/8)*64 + (kb%4)*16 + n%16 for K = 2880
// (90 blocks padded to 96), byte ((kb/4)%2)*2 + (n/16)%2, one ubyte load.
// CHECK-LABEL: func @scale_load
// CHECK-DAG: %[[C768:.*]] = arith.constant 768 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[NMOD:.*]] = arith.remui %[[ROW:.*]], %c16
// CHECK: %[[KMOD:.*]] = arith.remui %[[KB:.*]], %c4
// CHECK: arith.muli %[[KMOD]], %c16
// CHECK: %[[KG:.*]] = arith.divui %[[KB]], %c8
// CHECK: arith.muli %[[KG]], %[[C64]]
// CHECK: %[[NG:.*]] = arith.divui %[[ROW]], %c32
// CHECK: arith.muli %[[NG]], %[[C768]]
// CHECK: %[[INKB:.*]] = arith.cmpi ult, %[[KB]], %c90
// CHECK: arith.select %[[INKB]]
// CHECK: %[[BYTE:.*]] = rocdl.raw.ptr.buffer.load %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : i8
// CHECK: arith.bitcast %[[BYTE]] : i8 to f8E8M0FNU
func.func @scale_load(%s: memref<?xi8, 1>, %row: index, %kb: index) -> f8E8M0FNU {
  %0 = moe.e8m0_load %s[%row, %kb] layout <e8m0_shuffle> k_dim 2880 : memref<?xi8, 1> -> f8E8M0FNU
  return %0 : f8E8M0FNU
}

// -----

// CHECK-LABEL: func @decode
// CHECK-DAG: %[[C23:.*]] = arith.constant 23 : i32
// CHECK-DAG: %[[TINY:.*]] = arith.constant 4194304 : i32
// CHECK-DAG: %[[NAN:.*]] = arith.constant 2143289344 : i32
// CHECK: %[[B:.*]] = arith.bitcast %{{.*}} : f8E8M0FNU to i8
// CHECK: %[[E:.*]] = arith.extui %[[B]] : i8 to i32
// CHECK: %[[SH:.*]] = arith.shli %[[E]], %[[C23]]
// CHECK: %[[S0:.*]] = arith.select %{{.*}}, %[[TINY]], %[[SH]]
// CHECK: %[[S1:.*]] = arith.select %{{.*}}, %[[NAN]], %[[S0]]
// CHECK: arith.bitcast %[[S1]] : i32 to f32
func.func @decode(%s: f8E8M0FNU) -> f32 {
  %0 = moe.e8m0_decode %s : f8E8M0FNU -> f32
  return %0 : f32
}

// -----

// auto: one v_cvt_scalef32_pk_bf16_fp4 per byte on gfx950 (scale in the f32
// exponent field), the v_perm table path elsewhere.
// CHECK-LABEL: func @unpack_auto
// GFX950: %[[SC:.*]] = arith.shli %{{.*}}, %c23_i32 : i32
// GFX950: %[[F:.*]] = arith.bitcast %[[SC]] : i32 to f32
// GFX950-COUNT-4: rocdl.cvt.scalef32.pk.bf16.fp4 %{{.*}}[{{[0-3]}}], %[[F]] : vector<2xbf16>
// GFX950-NOT: rocdl.cvt.scalef32
// GFX950-NOT: llvm.amdgcn.perm
// GFX942-NOT: rocdl.cvt.scalef32
// GFX942-COUNT-12: llvm.call_intrinsic "llvm.amdgcn.perm"
// GFX942-COUNT-2: llvm.call_intrinsic "llvm.ldexp.f32.i32"
// GFX942: llvm.call_intrinsic "llvm.amdgcn.perm"
// GFX942-NOT: scf.if
// SW950-NOT: rocdl.cvt.scalef32
// SW950: llvm.call_intrinsic "llvm.amdgcn.perm"
func.func @unpack_auto(%v: vector<8xf4E2M1FN>, %s: f8E8M0FNU) -> vector<8xbf16> {
  %0 = moe.fp4_unpack %v, %s : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
  return %0 : vector<8xbf16>
}

// -----

// f32 and f16 results: the hardware cvts directly, software widens the exact
// bf16 (and rounds to f16).
// CHECK-LABEL: func @unpack_wide
// GFX950-COUNT-8: rocdl.cvt.scalef32.pk.f32.fp4
// GFX950-COUNT-8: rocdl.cvt.scalef32.pk.f16.fp4
// GFX942: arith.extf %{{.*}} : vector<16xbf16> to vector<16xf32>
// GFX942: arith.extf %{{.*}} : vector<16xbf16> to vector<16xf32>
// GFX942: arith.truncf %{{.*}} : vector<16xf32> to vector<16xf16>
func.func @unpack_wide(%v: vector<16xf4E2M1FN>, %s: f8E8M0FNU) -> (vector<16xf32>, vector<16xf16>) {
  %0 = moe.fp4_unpack %v, %s : vector<16xf4E2M1FN>, f8E8M0FNU -> vector<16xf32>
  %1 = moe.fp4_unpack %v, %s : vector<16xf4E2M1FN>, f8E8M0FNU -> vector<16xf16>
  return %0, %1 : vector<16xf32>, vector<16xf16>
}

// -----

// An explicit sw strategy is honoured on gfx950 too.
// CHECK-LABEL: func @unpack_sw
// CHECK-NOT: rocdl.cvt.scalef32
// CHECK: llvm.call_intrinsic "llvm.amdgcn.perm"
func.func @unpack_sw(%v: vector<8xf4E2M1FN>, %s: f8E8M0FNU) -> vector<8xbf16> {
  %0 = moe.fp4_unpack %v, %s strategy <sw> : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
  return %0 : vector<8xbf16>
}

// -----

// gfx950 has the K=32 bf16 MFMA; gfx942 gets two K-halves on 16x16x16
// (lane elements [0,4) then [4,8) of both A and B, accumulating in order).
// CHECK-LABEL: func @mfma
// CHECK-SAME: (%[[A:.*]]: vector<8xbf16>, %[[B:.*]]: vector<8xbf16>, %[[C4:.*]]: vector<4xf32>, %[[C16:.*]]: vector<16xf32>)
// GFX950: amdgpu.mfma 16x16x32 %[[A]] * %[[B]] + %[[C4]] blgp = {{ *}}none : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
// GFX950: amdgpu.mfma 32x32x16 %[[A]] * %[[B]] + %[[C16]] blgp = {{ *}}none : vector<8xbf16>, vector<8xbf16>, vector<16xf32>
// GFX942-DAG: %[[A0:.*]] = vector.extract_strided_slice %[[A]] {offsets = [0], sizes = [4], strides = [1]}
// GFX942-DAG: %[[B0:.*]] = vector.extract_strided_slice %[[B]] {offsets = [0], sizes = [4], strides = [1]}
// GFX942: %[[M0:.*]] = amdgpu.mfma 16x16x16 %[[A0]] * %[[B0]] + %[[C4]] blgp = {{ *}}none : vector<4xbf16>, vector<4xbf16>, vector<4xf32>
// GFX942-DAG: %[[A1:.*]] = vector.extract_strided_slice %[[A]] {offsets = [4], sizes = [4], strides = [1]}
// GFX942-DAG: %[[B1:.*]] = vector.extract_strided_slice %[[B]] {offsets = [4], sizes = [4], strides = [1]}
// GFX942: amdgpu.mfma 16x16x16 %[[A1]] * %[[B1]] + %[[M0]]
// GFX942-COUNT-2: amdgpu.mfma 32x32x8
func.func @mfma(%a: vector<8xbf16>, %b: vector<8xbf16>, %c4: vector<4xf32>, %c16: vector<16xf32>) -> (vector<4xf32>, vector<16xf32>) {
  %0 = moe.mfma 16x16x32 %a * %b + %c4 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  %1 = moe.mfma 32x32x16 %a * %b + %c16 : vector<8xbf16>, vector<8xbf16>, vector<16xf32>
  return %0, %1 : vector<4xf32>, vector<16xf32>
}
