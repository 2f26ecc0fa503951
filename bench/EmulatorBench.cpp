//===- EmulatorBench.cpp - emulator throughput on an MFMA loop ------------===//
//
// Not a test: prints emulated lane-instructions per second and MFMAs per
// second for a loop of bf16 MFMAs with LDS traffic and barriers, so changes
// to the emulator's speed are visible. Usage: mxmoe-emu-bench [iterations]
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Emulator/Emulator.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace mxmoe::emu;

static const char *kKernel = R"ll(
target triple = "amdgcn-amd-amdhsa"
@lds = internal addrspace(3) global [4096 x i32] undef, align 16
declare i32 @llvm.amdgcn.workitem.id.x()
declare void @llvm.amdgcn.s.barrier()
declare <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat>, <8 x bfloat>, <4 x float>, i32, i32, i32)
define amdgpu_kernel void @loop(ptr addrspace(1) %a, ptr addrspace(1) %out, i32 %n) {
entry:
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %pa = getelementptr <8 x bfloat>, ptr addrspace(1) %a, i32 %l
  %va = load <8 x bfloat>, ptr addrspace(1) %pa
  %slot = getelementptr <4 x i32>, ptr addrspace(3) @lds, i32 %l
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %next, %body ]
  %acc = phi <4 x float> [ zeroinitializer, %entry ], [ %d, %body ]
  %bits = bitcast <8 x bfloat> %va to <4 x i32>
  store <4 x i32> %bits, ptr addrspace(3) %slot
  call void @llvm.amdgcn.s.barrier()
  %rd = load <4 x i32>, ptr addrspace(3) %slot
  %vb = bitcast <4 x i32> %rd to <8 x bfloat>
  %d = call <4 x float> @llvm.amdgcn.mfma.f32.16x16x32.bf16(<8 x bfloat> %va, <8 x bfloat> %vb, <4 x float> %acc, i32 0, i32 0, i32 0)
  call void @llvm.amdgcn.s.barrier()
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %body
exit:
  %po = getelementptr <4 x float>, ptr addrspace(1) %out, i32 %l
  store <4 x float> %d, ptr addrspace(1) %po
  ret void
}
)ll";

int main(int argc, char **argv) {
  int iterations = argc > 1 ? std::atoi(argv[1]) : 200;
  std::string error;
  auto module = Module::loadFromString(kKernel, error);
  if (!module) {
    std::fprintf(stderr, "mxmoe-emu-bench: %s\n", error.c_str());
    return 1;
  }
  const uint32_t lanes = 256, groups = 4;
  std::vector<Buffer> buffers = {{"a", std::vector<uint8_t>(lanes * 16, 0x3F)},
                                 {"out", std::vector<uint8_t>(lanes * 16, 0)}};
  LaunchConfig config;
  config.grid = {groups, 1, 1};
  config.block = {lanes, 1, 1};
  Report report;
  if (!module->launch("loop", config,
                      {KernelArg::buf(0), KernelArg::buf(1),
                       KernelArg::i32(iterations)},
                      buffers, report, error) ||
      !report.ok()) {
    std::fprintf(stderr, "mxmoe-emu-bench: launch failed: %s\n", error.c_str());
    return 1;
  }
  const Counters &c = report.counters;
  uint64_t mfmas = 0;
  for (auto &[name, n] : c.mfma)
    mfmas += n;
  std::printf("workgroups %u x %u lanes, %d iterations (MFMA + 2 barriers + "
              "LDS store/load each)\n",
              groups, lanes, iterations);
  std::printf("time                      %.3f s\n", c.seconds);
  std::printf("lane-instructions         %llu\n",
              (unsigned long long)c.laneInstructions);
  std::printf("lane-instructions / s     %.3g\n", c.laneInstructions / c.seconds);
  std::printf("wave MFMAs / s            %.3g\n", mfmas / c.seconds);
  std::printf("barriers / s              %.3g\n", c.barriers / c.seconds);
  return 0;
}
