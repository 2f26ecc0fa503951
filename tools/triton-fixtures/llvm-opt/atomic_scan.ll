; Hand-written source of the atomic_scan_dpp fixture: every lane of
; workgroup g adds its x (i32) and y (f32) to acc[g] / facc[g] and keeps what
; the atomic returned. LLVM 22's AMDGPU atomic optimizer (DPP strategy,
; make_atomic_scan.sh) turns each atomic into one per wave and a DPP scan
; (row_shr 1/2/4/8, row_bcast:15 row_mask 0xa, row_bcast:31 row_mask 0xc,
; wave_shr:1), so lane l's result is acc + the sum over the lanes below it.
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @atomic_scan(ptr addrspace(1) %x, ptr addrspace(1) %y, ptr addrspace(1) %acc, ptr addrspace(1) %facc, ptr addrspace(1) %old, ptr addrspace(1) %fold) #0 {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %g = call i32 @llvm.amdgcn.workgroup.id.x()
  %g64 = mul i32 %g, 64
  %i = add i32 %g64, %l
  %px = getelementptr i32, ptr addrspace(1) %x, i32 %i
  %v = load i32, ptr addrspace(1) %px
  %py = getelementptr float, ptr addrspace(1) %y, i32 %i
  %w = load float, ptr addrspace(1) %py
  %pa = getelementptr i32, ptr addrspace(1) %acc, i32 %g
  %r = atomicrmw add ptr addrspace(1) %pa, i32 %v syncscope("agent") monotonic
  %pf = getelementptr float, ptr addrspace(1) %facc, i32 %g
  %fr = atomicrmw fadd ptr addrspace(1) %pf, float %w syncscope("agent") monotonic
  %po = getelementptr i32, ptr addrspace(1) %old, i32 %i
  store i32 %r, ptr addrspace(1) %po
  %pfo = getelementptr float, ptr addrspace(1) %fold, i32 %i
  store float %fr, ptr addrspace(1) %pfo
  ret void
}

declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()

attributes #0 = { "target-cpu"="gfx950" "amdgpu-flat-work-group-size"="64,64" }
