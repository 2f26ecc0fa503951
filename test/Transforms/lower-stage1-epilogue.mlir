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
