// 16-bit outputs combined by atomics add column pairs with one packed buffer
// atomic per dword: bf16 needs gfx950's buffer_atomic_pk_add_bf16, f16 works
// on gfx942 too.
// RUN: moe-opt %s --moe-lower-stage2 | FileCheck %s
// RUN: not moe-opt %s --moe-lower-stage2=chip=gfx942 2>&1 | FileCheck %s --check-prefix=GFX942
// RUN: moe-compile %s --emit=isa --chip=gfx950 | FileCheck %s --check-prefix=ISA

// Two pairs per 16x16 tile per lane (accumulator elements 0-1 and 2-3).
// CHECK-LABEL: gpu.func @bf16_atomic
// CHECK-NOT: amdgpu.raw_buffer_atomic_fadd {{.*}} : f32
// CHECK-COUNT-2: amdgpu.raw_buffer_atomic_fadd %{{.*}} -> %{{.*}}[%{{.*}}] : vector<2xbf16> -> memref<?xbf16, 1>, i32
// CHECK-NOT: amdgpu.raw_buffer_atomic_fadd
// GFX942: error: 'moe.stage2' op cannot be lowered: combine = atomic with a bf16 output needs buffer_atomic_pk_add_bf16, which gfx942 lacks (use f32 or f16 output, or combine = store)
// ISA-LABEL: {{^}}bf16_atomic:
// ISA-COUNT-2: buffer_atomic_pk_add_bf16
// ISA-NOT: buffer_atomic_add_f32
// ISA: s_endpgm
gpu.module @m {
  gpu.func @bf16_atomic(%h: memref<?xbf16, 1>, %w: memref<?xi8, 1>, %ws: memref<?xi8, 1>,
                        %ids: memref<?xi32, 1>, %sw: memref<?xf32, 1>, %eids: memref<?xi32, 1>,
                        %nv: memref<?xi32, 1>, %t: i32, %y: memref<?xbf16, 1>) kernel {
    moe.stage2 <a16w4> h(%h : memref<?xbf16, 1>) w(%w : memref<?xi8, 1>, %ws : memref<?xi8, 1>)
      routing(%ids : memref<?xi32, 1>, %sw : memref<?xf32, 1>, %eids : memref<?xi32, 1>, %nv : memref<?xi32, 1>, %t)
      -> %y : memref<?xbf16, 1>
      {weight_layout = #moe.weight_layout<preshuffle16x16>, scale_layout = #moe.scale_layout<e8m0_shuffle>,
       model_dim = 2880, inter_dim = 2880, experts = 8, topk = 4, combine = #moe.combine<atomic>,
       tile = #moe.tile<m = 16, n = 64, k = 128, waves = 4>}
    gpu.return
  }
}
