// The cache attribute reaches the buffer instruction's cache-policy bits.
// RUN: moe-compile %s --emit=isa --chip=gfx950 | FileCheck %s
// RUN: moe-compile %s --emit=isa --chip=gfx942 | FileCheck %s

// CHECK-LABEL: cache_bits:
// CHECK: buffer_load_dwordx4 v[{{[0-9]+:[0-9]+}}], v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen{{$}}
// CHECK: buffer_load_dwordx4 v[{{[0-9]+:[0-9]+}}], v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen sc0{{$}}
// CHECK: buffer_load_dwordx4 v[{{[0-9]+:[0-9]+}}], v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen nt{{$}}
// CHECK: buffer_load_dwordx4 v[{{[0-9]+:[0-9]+}}], v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen sc1{{$}}
// CHECK: buffer_load_dword v{{[0-9]+}}, v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen sc0 nt sc1{{$}}
// CHECK: buffer_load_ubyte v{{[0-9]+}}, v{{[0-9]+}}, s[{{[0-9]+:[0-9]+}}], 0 offen nt{{$}}
gpu.module @m {
  gpu.func @cache_bits(%w: memref<?xi8, 1>, %s: memref<?xi8, 1>, %out: memref<?xi32, 1>) kernel {
    %c0 = arith.constant 0 : index
    %lane = gpu.thread_id x
    %a = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 1024 : memref<?xi8, 1> -> vector<32xf4E2M1FN>
    %b = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 512 cache <sc0> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
    %c = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 256 cache <nt> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
    %d = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 128 cache <sc1> : memref<?xi8, 1> -> vector<32xf4E2M1FN>
    %e = moe.mxfp4_load %w[%lane, %c0] layout <row_major> k_dim 64 cache <sc0|sc1|nt> : memref<?xi8, 1> -> vector<8xf4E2M1FN>
    %f = moe.e8m0_load %s[%lane, %c0] layout <row_major> k_dim 64 cache <nt> : memref<?xi8, 1> -> f8E8M0FNU
    %ai = vector.bitcast %a : vector<32xf4E2M1FN> to vector<4xi32>
    %bi = vector.bitcast %b : vector<32xf4E2M1FN> to vector<4xi32>
    %ci = vector.bitcast %c : vector<32xf4E2M1FN> to vector<4xi32>
    %di = vector.bitcast %d : vector<32xf4E2M1FN> to vector<4xi32>
    %ei = vector.bitcast %e : vector<8xf4E2M1FN> to vector<1xi32>
    %s0 = arith.addi %ai, %bi : vector<4xi32>
    %s1 = arith.muli %ci, %di : vector<4xi32>
    %s2 = arith.xori %s0, %s1 : vector<4xi32>
    %x = vector.reduction <xor>, %s2 : vector<4xi32> into i32
    %y = vector.extract %ei[0] : i32 from vector<1xi32>
    %fb = arith.bitcast %f : f8E8M0FNU to i8
    %fi = arith.extui %fb : i8 to i32
    %z0 = arith.addi %x, %y : i32
    %z = arith.addi %z0, %fi : i32
    memref.store %z, %out[%lane] : memref<?xi32, 1>
    gpu.return
  }
}
