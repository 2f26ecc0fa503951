// The gfx950 a16w4 stage-1 kernel (GPT-OSS-120B shape, interleaved gate/up,
// SwiGLU, bias): the same ping-pong main loop as stage 2, an epilogue with
// v_exp_f32/v_rcp_f32 for the sigmoid and the clamps, no scratch and no
// device-library symbol.
// RUN: moe-compile %s --emit=isa | FileCheck %s
// RUN: moe-compile %s --emit=llvm | FileCheck %s --check-prefix=LLVM
// CHECK: s_setprio 1
// CHECK: v_mfma_f32_16x16x32_bf16
// CHECK: s_setprio 0
// CHECK: v_exp_f32
// CHECK: v_rcp_f32
// CHECK: .private_segment_fixed_size: 0
// CHECK: .vgpr_spill_count: 0
// LLVM-NOT: __ocml
// LLVM-NOT: __ockl
// LLVM: call float @llvm.amdgcn.exp2.f32
// LLVM: call float @llvm.amdgcn.rcp.f32
gpu.module @moe_stage1 {
  gpu.func @stage1(%x: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>, %b: memref<?xf32, 1>,
                   %ids: memref<?xi32, 1>, %eids: memref<?xi32, 1>, %nv: memref<?xi32, 1>, %t: i32,
                   %h: memref<?xbf16, 1>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
    moe.stage1 <a16w4> x(%x : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      bias(%b : memref<?xf32, 1>)
      routing(%ids : memref<?xi32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t) -> %h : memref<?xbf16, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       gate_up = #moe.gate_up<interleaved>, activation = #moe.activation<swiglu>,
       model_dim = 2880, inter_dim = 2880, experts = 128, topk = 4,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
