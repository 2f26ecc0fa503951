target triple = "amdgcn-amd-amdhsa"
declare float @__ocml_exp2_f32(float)
define amdgpu_kernel void @k(ptr addrspace(1) %out, float %x) {
  %y = call float @__ocml_exp2_f32(float %x)
  store float %y, ptr addrspace(1) %out
  ret void
}
