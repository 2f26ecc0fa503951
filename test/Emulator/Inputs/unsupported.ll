target triple = "amdgcn-amd-amdhsa"
declare i64 @llvm.amdgcn.s.memtime()
define amdgpu_kernel void @clock(ptr addrspace(1) %out) {
  %t = call i64 @llvm.amdgcn.s.memtime()
  store i64 %t, ptr addrspace(1) %out
  ret void
}
