; Every lane counts to %n: n = 0 wraps around, 2^32 iterations per lane.
target triple = "amdgcn-amd-amdhsa"

define amdgpu_kernel void @spin(ptr addrspace(1) %out, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%i1, %loop]
  %i1 = add i32 %i, 1
  %c = icmp ne i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  store i32 %i1, ptr addrspace(1) %out
  ret void
}
