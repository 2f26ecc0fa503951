// RUN: moe-opt %s -split-input-file --moe-lower-stage1-epilogue --canonicalize --cse | FileCheck %s
// RUN: moe-opt %s -split-input-file --moe-lower-stage1-epilogue --canonicalize --cse --convert-moe-to-rocdl --moe-check-no-device-libs > /dev/null

// GPT-OSS SwiGLU on gate (q = 0) and up (q = 1) of the same lane, with the
// bias in the halves arrangement (gate j, up I + j):
// g = min(g, 7); u = max(min(u, 7), -7); h = g * rcp(1 + exp2(-1.702 g log2 e)) * (u + 1).
// CHECK-LABEL: gpu.func @swiglu
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[LOG2E:.*]] = arith.constant -1.44269502 : f32
// CHECK-DAG: %[[ALPHA:.*]] = arith.constant 1.702000e+00 : f32
// CHECK-DAG: %[[NEG:.*]] = arith.constant -7.000000e+00 : f32
// CHECK-DAG: %[[LIM:.*]] = arith.constant 7.000000e+00 : f32
// CHECK: scf.if
// CHECK: %[[G0:.*]] = vector.extract %{{.*}}[0]
// CHECK: %[[U0:.*]] = vector.extract %{{.*}}[1]
// CHECK: %[[BG:.*]] = memref.load
// CHECK: %[[G:.*]] = arith.addf %[[G0]], %[[BG]]
// CHECK: arith.addi %{{.*}}, %c2880
// CHECK: %[[BU:.*]] = memref.load
// CHECK: %[[U:.*]] = arith.addf %[[U0]], %[[BU]]
// CHECK: %[[GC:.*]] = arith.minimumf %[[G]], %[[LIM]]
// CHECK: %[[UC0:.*]] = arith.minimumf %[[U]], %[[LIM]]
// CHECK: %[[UC:.*]] = arith.maximumf %[[UC0]], %[[NEG]]
// CHECK: %[[AG:.*]] = arith.mulf %[[GC]], %[[ALPHA]]
// CHECK: %[[X:.*]] = arith.mulf %[[AG]], %[[LOG2E]]
// CHECK: %[[E:.*]] = rocdl.exp2 %[[X]]
// CHECK: %[[D:.*]] = arith.addf %[[E]], %[[ONE]]
// CHECK: %[[S:.*]] = rocdl.rcp %[[D]]
// CHECK: %[[GS:.*]] = arith.mulf %[[GC]], %[[S]]
// CHECK: %[[U1:.*]] = arith.addf %[[UC]], %[[ONE]]
// CHECK: %[[H:.*]] = arith.mulf %[[GS]], %[[U1]]
// CHECK: %[[HB:.*]] = arith.truncf %[[H]] : f32 to bf16
// CHECK: memref.store %[[HB]]
// CHECK: vector.extract %{{.*}}[2]
// CHECK: vector.extract %{{.*}}[3]
// CHECK-NOT: moe.stage1_epilogue
gpu.module @m {
  gpu.func @swiglu(%acc0: vector<4xf32>, %h: memref<?xbf16, 1>, %b: memref<?xf32, 1>, %ids: memref<?xi32, 1>,
                   %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row) bias(%b : memref<?xf32, 1>)
      expert %e cols %col -> %h : memref<?xbf16, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<halves>,
       activation = #moe.activation<swiglu>, tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}

// -----

// limit = inf drops the clamps; SiLU is g * sigmoid(g) * u.
// CHECK-LABEL: gpu.func @no_limit
// CHECK-NOT: arith.minimumf
// CHECK-NOT: arith.maximumf
// CHECK: rocdl.exp2
// CHECK-LABEL: gpu.func @silu
// CHECK-NOT: arith.minimumf
// CHECK: %[[G:.*]] = vector.extract %{{.*}}[0]
// CHECK: %[[U:.*]] = vector.extract %{{.*}}[1]
// CHECK: %[[X:.*]] = arith.mulf %[[G]], %{{.*}}
// CHECK: rocdl.exp2 %[[X]]
// CHECK: %[[S:.*]] = rocdl.rcp
// CHECK: %[[GS:.*]] = arith.mulf %[[G]], %[[S]]
// CHECK: arith.mulf %[[GS]], %[[U]]
gpu.module @m2 {
  gpu.func @no_limit(%acc0: vector<4xf32>, %h: memref<?xbf16, 1>, %ids: memref<?xi32, 1>,
                     %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xbf16, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<swiglu, limit = inf>, tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
  gpu.func @silu(%acc0: vector<4xf32>, %h: memref<?xbf16, 1>, %ids: memref<?xi32, 1>,
                 %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xbf16, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<silu>, tile = #moe.tile<m = 16, n = 16, k = 128, waves = 1>}
    gpu.return
  }
}

// -----

// MXFP4 output: every lane publishes its column pair's largest magnitude
// (f32 bits, sign cleared) to an LDS array of m x n/4 = 16 x 16 words, one
// fenced barrier, then reduces its 32-column block's 16 pairs, derives the
// E8M0 byte from the exponent field (floor: e - 2, clamped to [0, 254]; NaN
// gives 255), clamps to +-6 * scale and converts with the gfx950 scaled
// conversion. The lane of the block's first pair stores the scale byte.
// CHECK-LABEL: gpu.func @mxfp4
// CHECK-SAME: workgroup(%[[LDS:.*]] : memref<256xi32, #gpu.address_space<workgroup>>)
// CHECK-DAG: %[[MAG:.*]] = arith.constant 2147483647 : i32
// CHECK-DAG: %[[NANBITS:.*]] = arith.constant 2139095040 : i32
// CHECK: arith.andi %{{.*}}, %[[MAG]]
// CHECK: arith.andi %{{.*}}, %[[MAG]]
// CHECK: %[[PMAX:.*]] = arith.maxui
// CHECK: memref.store %[[PMAX]], %[[LDS]]
// CHECK: gpu.barrier
// CHECK: %[[BLOCK:.*]] = vector.load %[[LDS]][%{{.*}}] : memref<256xi32, #gpu.address_space<workgroup>>, vector<16xi32>
// CHECK: %[[AMAX:.*]] = vector.reduction <maxui>, %[[BLOCK]]
// CHECK: %[[EXP:.*]] = arith.shrui %[[AMAX]], %c23
// CHECK: %[[B0:.*]] = arith.subi %[[EXP]], %c2
// CHECK: %[[B1:.*]] = arith.maxsi %[[B0]], %c0
// CHECK: %[[B2:.*]] = arith.minsi %[[B1]], %c254
// CHECK: %[[ISNAN:.*]] = arith.cmpi ugt, %[[AMAX]], %[[NANBITS]]
// CHECK: %[[BYTE:.*]] = arith.select %[[ISNAN]], %c255{{.*}}, %[[B2]]
// CHECK: %[[SBITS:.*]] = arith.shli %[[BYTE]], %c23
// CHECK: %[[SCALE:.*]] = arith.bitcast %[[SBITS]] : i32 to f32
// CHECK: %[[BEXP:.*]] = arith.addi %[[BYTE]], %c2
// CHECK: arith.ori %{{.*}}, %c4194304
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK: rocdl.cvt.scalef32.pk.fp4.f32 %{{.*}}, %{{.*}}, %[[SCALE]] -> %{{.*}}[0] : i32
// CHECK: memref.store %{{.*}} : memref<?xi8, 1>
// CHECK: %[[SB:.*]] = arith.trunci %[[BYTE]] : i32 to i8
// CHECK: memref.store %[[SB]], %{{.*}} : memref<?xi8, 1>
// CHECK-NOT: moe.stage1_epilogue
gpu.module @m3 {
  gpu.func @mxfp4(%acc0: vector<4xf32>, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %ids: memref<?xi32, 1>,
                  %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<swiglu>, output = #moe.output<mxfp4>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}

// -----

// MXFP8 with the ceil rule: one more than e - 8 when the mantissa exceeds
// 448's (1.75 = 0x600000); two FP8 bytes per lane stored together.
// CHECK-LABEL: gpu.func @mxfp8_ceil
// CHECK: vector.reduction <maxui>
// CHECK: arith.andi %{{.*}}, %c8388607
// CHECK: arith.cmpi ugt, %{{.*}}, %c6291456
// CHECK: rocdl.cvt.scalef32.pk.fp8.f32
// CHECK: vector.store %{{.*}} : memref<?xi8, 1>, vector<2xi8>
gpu.module @m4 {
  gpu.func @mxfp8_ceil(%acc0: vector<4xf32>, %h: memref<?xi8, 1>, %hs: memref<?xi8, 1>, %ids: memref<?xi32, 1>,
                       %t: i32, %row: index, %e: index, %col: index) kernel {
    moe.stage1_epilogue(%acc0) : vector<4xf32> rows(%ids : memref<?xi32, 1>, %t, %row)
      expert %e cols %col -> %h : memref<?xi8, 1>, %hs : memref<?xi8, 1>
      {inter_dim = 2880 : i64, topk = 4 : i64, gate_up = #moe.gate_up<interleaved>,
       activation = #moe.activation<silu>, output = #moe.output<mxfp8>,
       scale_rounding = #moe.scale_rounding<ceil>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
