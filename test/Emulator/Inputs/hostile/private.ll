; Each lane stores %val at element %idx of a 4-element private array, directly
; (@direct) or through a flat pointer rebuilt from an integer (@flat).
target triple = "amdgcn-amd-amdhsa"
declare i32 @llvm.amdgcn.workitem.id.x()

define amdgpu_kernel void @direct(ptr addrspace(1) %out, i32 %idx, i32 %val) {
  %a = alloca [4 x i32], align 4, addrspace(5)
  %p = getelementptr [4 x i32], ptr addrspace(5) %a, i32 0, i32 %idx
  store i32 %val, ptr addrspace(5) %p
  %v = load i32, ptr addrspace(5) %a
  store i32 %v, ptr addrspace(1) %out
  ret void
}

define amdgpu_kernel void @flat(ptr addrspace(1) %out, i32 %idx, i32 %val) {
  %a = alloca [4 x i32], align 4, addrspace(5)
  %f = addrspacecast ptr addrspace(5) %a to ptr
  %fi = ptrtoint ptr %f to i64
  %ix = sext i32 %idx to i64
  %ob = mul i64 %ix, 4
  %fj = add i64 %fi, %ob
  %fp = inttoptr i64 %fj to ptr
  store i32 %val, ptr %fp
  %v = load i32, ptr addrspace(5) %a
  store i32 %v, ptr addrspace(1) %out
  ret void
}

; 160000 bytes per lane: more than a gfx9 lane's scratch.
define amdgpu_kernel void @big(ptr addrspace(1) %out) {
  %a = alloca [40000 x i32], align 4, addrspace(5)
  store i32 1, ptr addrspace(5) %a
  ret void
}
