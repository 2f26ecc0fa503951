// The registered pipeline lowers moe kernels to LLVM-dialect gpu.modules with
// a #rocdl.target for the requested chip.
// RUN: moe-opt %s --moe-to-llvm | FileCheck %s --check-prefix=GFX950
// RUN: moe-opt %s --moe-to-llvm="chip=gfx942 opt-level=2" | FileCheck %s --check-prefix=GFX942
// RUN: moe-opt %s --moe-to-llvm="chip=gfx942 unpack-strategy=sw" | FileCheck %s --check-prefix=GFX942

// GFX950: gpu.module @m [#rocdl.target<O = 3, chip = "gfx950">]
// GFX950: llvm.func @k(
// GFX950-SAME: rocdl.kernel
// GFX950: rocdl.raw.ptr.buffer.load
// GFX950: rocdl.cvt.scalef32.pk.bf16.fp4
// GFX950: rocdl.mfma.f32.16x16x32.bf16
// GFX950-NOT: moe.
// GFX942: gpu.module @m [#rocdl.target<{{(O = 3, )?}}chip = "gfx942">]
// GFX942: llvm.call_intrinsic "llvm.amdgcn.perm"
// GFX942: rocdl.mfma.f32.16x16x16bf16.1k
// GFX942: rocdl.mfma.f32.16x16x16bf16.1k
// GFX942-NOT: moe.
gpu.module @m {
  gpu.func @k(%w: memref<?xi8, 1>, %s: memref<?xi8, 1>, %out: memref<?xf32, 1>) kernel {
    %lane = gpu.thread_id x
    %c0 = arith.constant 0 : index
    %v = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 64 : memref<?xi8, 1> -> vector<8xf4E2M1FN>
    %sc = moe.e8m0_load %s[%lane, %c0] layout <row_major> k_dim 64 : memref<?xi8, 1> -> f8E8M0FNU
    %u = moe.fp4_unpack %v, %sc : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
    %acc = arith.constant dense<0.0> : vector<4xf32>
    %d = moe.mfma 16x16x32 %u * %u + %acc : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
    %x = vector.reduction <add>, %d : vector<4xf32> into f32
    memref.store %x, %out[%lane] : memref<?xf32, 1>
    gpu.return
  }
}
