; One construct per kernel, so that the ISA (make_fixtures.py, Triton's
; bundled LLVM, gfx950) shows the exact sequence LLVM emits for each: the
; strings docs and FileCheck tests compare our kernels' ISA against.
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @probe_fence_release_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag) #0 {
  store i32 1, ptr addrspace(1) %data, align 4
  fence syncscope("agent") release
  store atomic i32 1, ptr addrspace(1) %flag syncscope("agent") monotonic, align 4
  ret void
}

define amdgpu_kernel void @probe_fence_acquire_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag, ptr addrspace(1) %out) #0 {
  %f = load atomic i32, ptr addrspace(1) %flag syncscope("agent") monotonic, align 4
  fence syncscope("agent") acquire
  %d = load i32, ptr addrspace(1) %data, align 4
  %s = add i32 %f, %d
  store i32 %s, ptr addrspace(1) %out, align 4
  ret void
}

define amdgpu_kernel void @probe_fence_acq_rel_agent(ptr addrspace(1) %data, ptr addrspace(1) %out) #0 {
  store i32 1, ptr addrspace(1) %data, align 4
  fence syncscope("agent") acq_rel
  %d = load i32, ptr addrspace(1) %out, align 4
  store i32 %d, ptr addrspace(1) %data, align 4
  ret void
}

define amdgpu_kernel void @probe_fence_release_workgroup(ptr addrspace(1) %data, ptr addrspace(1) %flag) #0 {
  store i32 1, ptr addrspace(1) %data, align 4
  fence syncscope("workgroup") release
  store atomic i32 1, ptr addrspace(1) %flag syncscope("workgroup") monotonic, align 4
  ret void
}

define amdgpu_kernel void @probe_load_acquire_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag, ptr addrspace(1) %out) #0 {
  %f = load atomic i32, ptr addrspace(1) %flag syncscope("agent") acquire, align 4
  %d = load i32, ptr addrspace(1) %data, align 4
  %s = add i32 %f, %d
  store i32 %s, ptr addrspace(1) %out, align 4
  ret void
}

define amdgpu_kernel void @probe_load_monotonic_agent(ptr addrspace(1) %flag, ptr addrspace(1) %out) #0 {
  %f = load atomic i32, ptr addrspace(1) %flag syncscope("agent") monotonic, align 4
  store i32 %f, ptr addrspace(1) %out, align 4
  ret void
}

define amdgpu_kernel void @probe_rmw_add_release_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag) #0 {
  store i32 1, ptr addrspace(1) %data, align 4
  %o = atomicrmw add ptr addrspace(1) %flag, i32 1 syncscope("agent") release, align 4
  ret void
}

define amdgpu_kernel void @probe_rmw_add_acquire_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag, ptr addrspace(1) %out) #0 {
  %f = atomicrmw add ptr addrspace(1) %flag, i32 0 syncscope("agent") acquire, align 4
  %d = load i32, ptr addrspace(1) %data, align 4
  %s = add i32 %f, %d
  store i32 %s, ptr addrspace(1) %out, align 4
  ret void
}

define amdgpu_kernel void @probe_rmw_add_monotonic_agent(ptr addrspace(1) %flag, ptr addrspace(1) %out) #0 {
  %f = atomicrmw add ptr addrspace(1) %flag, i32 1 syncscope("agent") monotonic, align 4
  store i32 %f, ptr addrspace(1) %out, align 4
  ret void
}

define amdgpu_kernel void @probe_store_release_agent(ptr addrspace(1) %data, ptr addrspace(1) %flag) #0 {
  store i32 1, ptr addrspace(1) %data, align 4
  store atomic i32 0, ptr addrspace(1) %flag syncscope("agent") release, align 4
  ret void
}

define amdgpu_kernel void @probe_xchg_monotonic_agent(ptr addrspace(1) %flag) #0 {
  %o = atomicrmw xchg ptr addrspace(1) %flag, i32 0 syncscope("agent") monotonic, align 4
  ret void
}

define amdgpu_kernel void @probe_spin_sleep(ptr addrspace(1) %flag, i32 %target) #0 {
entry:
  br label %spin
spin:
  %v = load atomic i32, ptr addrspace(1) %flag syncscope("agent") monotonic, align 4
  %ready = icmp uge i32 %v, %target
  br i1 %ready, label %exit, label %sleep
sleep:
  call void @llvm.amdgcn.s.sleep(i32 2)
  br label %spin
exit:
  ret void
}

declare void @llvm.amdgcn.s.sleep(i32 immarg)

attributes #0 = { nounwind "amdgpu-flat-work-group-size"="1,256" }
