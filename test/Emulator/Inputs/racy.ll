; Two waves swap halves through LDS with no barrier between write and read.
target triple = "amdgcn-amd-amdhsa"
@lds = internal addrspace(3) global [128 x i32] undef, align 4
declare i32 @llvm.amdgcn.workitem.id.x()
define amdgpu_kernel void @swap(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %p = getelementptr [128 x i32], ptr addrspace(3) @lds, i32 0, i32 %l
  store i32 %l, ptr addrspace(3) %p
  %r = xor i32 %l, 64
  %q = getelementptr [128 x i32], ptr addrspace(3) @lds, i32 0, i32 %r
  %v = load i32, ptr addrspace(3) %q
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %v, ptr addrspace(1) %po
  ret void
}
