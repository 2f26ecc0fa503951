// Round trip of every moe op through the custom and the generic syntax.
// RUN: moe-opt %s | moe-opt | FileCheck %s
// RUN: moe-opt %s --mlir-print-op-generic | moe-opt | FileCheck %s

// CHECK-LABEL: func @loads
func.func @loads(%w: memref<?xi8, 1>, %s: memref<2880xi8, #gpu.address_space<global>>,
                 %row: index, %k: index) -> (vector<32xf4E2M1FN>, vector<8xf4E2M1FN>, f8E8M0FNU, f8E8M0FNU) {
  // CHECK: moe.mxfp4_load %{{.*}}[%{{.*}}, %{{.*}}] layout <preshuffle16x16> k_dim 2880 cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  %0 = moe.mxfp4_load %w[%row, %k] layout <preshuffle16x16> k_dim 2880 cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
  // CHECK: moe.mxfp4_load %{{.*}}[%{{.*}}, %{{.*}}] layout <row_major> k_dim 64 : memref<?xi8, 1> -> vector<8xf4E2M1FN>
  %1 = moe.mxfp4_load %w[%row, %k] layout <row_major> k_dim 64 : memref<?xi8, 1> -> vector<8xf4E2M1FN>
  // CHECK: moe.e8m0_load %{{.*}}[%{{.*}}, %{{.*}}] layout <e8m0_shuffle> k_dim 2880 cache <sc0|sc1> : memref<2880xi8, #gpu.address_space<global>> -> f8E8M0FNU
  %2 = moe.e8m0_load %s[%row, %k] layout <e8m0_shuffle> k_dim 2880 cache <sc0|sc1> : memref<2880xi8, #gpu.address_space<global>> -> f8E8M0FNU
  // CHECK: moe.e8m0_load %{{.*}}[%{{.*}}, %{{.*}}] layout <row_major> k_dim 32 : memref<?xi8, 1> -> f8E8M0FNU
  %3 = moe.e8m0_load %w[%row, %k] layout <row_major> k_dim 32 : memref<?xi8, 1> -> f8E8M0FNU
  return %0, %1, %2, %3 : vector<32xf4E2M1FN>, vector<8xf4E2M1FN>, f8E8M0FNU, f8E8M0FNU
}

// CHECK-LABEL: func @conversions
func.func @conversions(%v: vector<32xf4E2M1FN>, %v8: vector<8xf4E2M1FN>, %s: f8E8M0FNU)
    -> (f32, vector<32xbf16>, vector<8xf16>, vector<16xf32>) {
  // CHECK: moe.e8m0_decode %{{.*}} : f8E8M0FNU -> f32
  %0 = moe.e8m0_decode %s : f8E8M0FNU -> f32
  // CHECK: moe.fp4_unpack %{{.*}}, %{{.*}} : vector<32xf4E2M1FN>, f8E8M0FNU -> vector<32xbf16>
  %1 = moe.fp4_unpack %v, %s strategy <auto> : vector<32xf4E2M1FN>, f8E8M0FNU -> vector<32xbf16>
  // CHECK: moe.fp4_unpack %{{.*}}, %{{.*}} strategy <hw> : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xf16>
  %2 = moe.fp4_unpack %v8, %s strategy <hw> : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xf16>
  %v16 = vector.extract_strided_slice %v {offsets = [0], sizes = [16], strides = [1]} : vector<32xf4E2M1FN> to vector<16xf4E2M1FN>
  // CHECK: moe.fp4_unpack %{{.*}}, %{{.*}} strategy <sw> : vector<16xf4E2M1FN>, f8E8M0FNU -> vector<16xf32>
  %3 = moe.fp4_unpack %v16, %s strategy <sw> : vector<16xf4E2M1FN>, f8E8M0FNU -> vector<16xf32>
  return %0, %1, %2, %3 : f32, vector<32xbf16>, vector<8xf16>, vector<16xf32>
}

// CHECK-LABEL: func @mfma
func.func @mfma(%a: vector<8xbf16>, %h: vector<8xf16>, %c4: vector<4xf32>, %c16: vector<16xf32>)
    -> (vector<4xf32>, vector<16xf32>, vector<4xf32>) {
  // CHECK: moe.mfma 16x16x32 %{{.*}} * %{{.*}} + %{{.*}} : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  %0 = moe.mfma 16x16x32 %a * %a + %c4 : vector<8xbf16>, vector<8xbf16>, vector<4xf32>
  // CHECK: moe.mfma 32x32x16 %{{.*}} * %{{.*}} + %{{.*}} : vector<8xbf16>, vector<8xbf16>, vector<16xf32>
  %1 = moe.mfma 32x32x16 %a * %a + %c16 : vector<8xbf16>, vector<8xbf16>, vector<16xf32>
  // CHECK: moe.mfma 16x16x32 %{{.*}} * %{{.*}} + %{{.*}} : vector<8xf16>, vector<8xf16>, vector<4xf32>
  %2 = moe.mfma 16x16x32 %h * %h + %c4 : vector<8xf16>, vector<8xf16>, vector<4xf32>
  return %0, %1, %2 : vector<4xf32>, vector<16xf32>, vector<4xf32>
}

// CHECK-LABEL: func @scaled_mfma
func.func @scaled_mfma(%sa: vector<4xf8E8M0FNU>, %sb: vector<4xf8E8M0FNU>,
                       %a4: vector<32xf4E2M1FN>, %a8: vector<32xf8E4M3FN>,
                       %b8: vector<32xf8E5M2>, %c4: vector<4xf32>, %c16: vector<16xf32>)
    -> (vector<4xf32>, vector<16xf32>) {
  // CHECK: moe.scaled_mfma 16x16x128 (%{{.*}}[0] * %{{.*}}) * (%{{.*}}[3] * %{{.*}}) + %{{.*}} : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf32>
  %0 = moe.scaled_mfma 16x16x128 (%sa[0] * %a4) * (%sb[3] * %a8) + %c4 : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf8E4M3FN>, vector<4xf32>
  // CHECK: moe.scaled_mfma 32x32x64 (%{{.*}}[2] * %{{.*}}) * (%{{.*}}[1] * %{{.*}}) + %{{.*}} : vector<4xf8E8M0FNU>, vector<32xf8E5M2>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<16xf32>
  %1 = moe.scaled_mfma 32x32x64 (%sa[2] * %b8) * (%sb[1] * %a4) + %c16 : vector<4xf8E8M0FNU>, vector<32xf8E5M2>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<16xf32>
  return %0, %1 : vector<4xf32>, vector<16xf32>
}
