; Stores to an address given as an integer, and a memset of %len bytes there.
target triple = "amdgcn-amd-amdhsa"
declare void @llvm.memset.p1.i64(ptr addrspace(1), i8, i64, i1)

define amdgpu_kernel void @wild(i64 %addr, i64 %len) {
  %p = inttoptr i64 %addr to ptr addrspace(1)
  store i32 7, ptr addrspace(1) %p
  call void @llvm.memset.p1.i64(ptr addrspace(1) %p, i8 0, i64 %len, i1 false)
  ret void
}
