// RUN: moe-opt %s --convert-moe-to-rocdl=chip=gfx950 | FileCheck %s --check-prefix=GFX950

// Scaled MFMA maps onto amdgpu.scaled_mfma (gfx950 only; see chip-invalid.mlir).
// GFX950-LABEL: func @scaled_mfma
// GFX950: amdgpu.scaled_mfma 16x16x128 (%{{.*}}[2] * %{{.*}}) * (%{{.*}}[1] * %{{.*}}) + %{{.*}} : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf32>
// GFX950: amdgpu.scaled_mfma 32x32x64 (%{{.*}}[0] * %{{.*}}) * (%{{.*}}[3] * %{{.*}}) + %{{.*}} : vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<16xf32>
func.func @scaled_mfma(%sa: vector<4xf8E8M0FNU>, %a: vector<32xf4E2M1FN>, %sb: vector<4xf8E8M0FNU>, %b: vector<32xf8E4M3FN>, %c: vector<4xf32>, %c16: vector<16xf32>) -> (vector<4xf32>, vector<16xf32>) {
  %0 = moe.scaled_mfma 16x16x128 (%sa[2] * %a) * (%sb[1] * %b) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf32>
  %1 = moe.scaled_mfma 32x32x64 (%sa[0] * %b) * (%sb[3] * %a) + %c16 : vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<16xf32>
  return %0, %1 : vector<4xf32>, vector<16xf32>
}
