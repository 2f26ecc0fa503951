// gfx950 scaled MFMA: format codes (cbsz/blgp) and op_sel scale bytes.
// RUN: moe-compile %s --emit=isa --chip=gfx950 | FileCheck %s
// RUN: moe-compile %mxmoe_src_root/examples/a4w4_tile.mlir --emit=isa --chip=gfx950 | FileCheck %s --check-prefix=TILE

// CHECK-LABEL: scaled:
// FP4 x FP4, scale bytes A = 2, B = 1 (byte = op_sel[i] + 2 * op_sel_hi[i]).
// CHECK: v_mfma_scale_f32_16x16x128_f8f6f4 v[{{.*}}], v[{{.*}}], v[{{.*}}], {{.*}}, v{{[0-9]+}}, v{{[0-9]+}} op_sel:[0,1,0] op_sel_hi:[1,0,0] cbsz:4 blgp:4
// FP8 (cbsz 0, not printed) x FP4, bytes 3 and 0.
// CHECK: v_mfma_scale_f32_16x16x128_f8f6f4 v[{{.*}}], v[{{[0-9]+}}:{{[0-9]+}}], v[{{.*}}], v[{{.*}}], v{{[0-9]+}}, v{{[0-9]+}} op_sel:[1,0,0] op_sel_hi:[1,0,0] blgp:4
// BF8 x FP4 on the 32x32x64 shape.
// CHECK: v_mfma_scale_f32_32x32x64_f8f6f4 {{.*}} cbsz:1 blgp:4
gpu.module @m {
  gpu.func @scaled(%a4: vector<32xf4E2M1FN>, %a8: vector<32xf8E4M3FN>, %b8: vector<32xf8E5M2>,
                   %sa: vector<4xf8E8M0FNU>, %sb: vector<4xf8E8M0FNU>,
                   %out: memref<?xf32, 1>) kernel {
    %lane = gpu.thread_id x
    %c4 = arith.constant dense<0.0> : vector<4xf32>
    %c16 = arith.constant dense<0.0> : vector<16xf32>
    %0 = moe.scaled_mfma 16x16x128 (%sa[2] * %a4) * (%sb[1] * %a4) + %c4 : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
    %1 = moe.scaled_mfma 16x16x128 (%sa[3] * %a8) * (%sb[0] * %a4) + %0 : vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
    %2 = moe.scaled_mfma 32x32x64 (%sa[0] * %b8) * (%sb[0] * %a4) + %c16 : vector<4xf8E8M0FNU>, vector<32xf8E5M2>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<16xf32>
    %x = vector.reduction <add>, %1 : vector<4xf32> into f32
    %y = vector.reduction <add>, %2 : vector<16xf32> into f32
    %z = arith.addf %x, %y : f32
    memref.store %z, %out[%lane] : memref<?xf32, 1>
    gpu.return
  }
}

// TILE-LABEL: a4w4_tile:
// TILE: buffer_load_dwordx4
// TILE: v_mfma_scale_f32_16x16x128_f8f6f4 {{.*}} cbsz:4 blgp:4
// TILE-NOT: v_cvt_scalef32
