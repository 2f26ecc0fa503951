//===- IntrinsicTest.cpp - lane-local and memory intrinsics ---------------===//
//
// Each test runs a small hand-written kernel and checks the results against
// the format library or plain arithmetic.
//
//===----------------------------------------------------------------------===//

#include "EmulatorTestUtil.h"

#include <algorithm>

using namespace mxmoe;
using namespace mxmoe::emu;
using namespace mxmoe::test;

namespace {

Report run(const std::string &body, const std::string &kernel,
           std::vector<Buffer> &buffers, std::vector<KernelArg> args,
           uint32_t lanes = 64) {
  std::string error;
  auto module = Module::loadFromString(std::string(kTriple) + body, error);
  EXPECT_TRUE(module) << error;
  Report report;
  if (!module)
    return report;
  LaunchConfig config;
  config.block = {lanes, 1, 1};
  EXPECT_TRUE(module->launch(kernel, config, args, buffers, report, error))
      << error;
  EXPECT_TRUE(report.ok()) << describe(report, buffers);
  return report;
}

} // namespace

TEST(Intrinsic, BufferAtomicsAccumulate) {
  // Every lane adds 1.5 (f32), (0.5, 2) as <2 x bfloat> and <2 x half>, and
  // its id (integer add, max) at the same addresses; one lane is out of range.
  std::vector<Buffer> buffers = {{"acc", std::vector<uint8_t>(32, 0)}};
  run(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1), i16, i64, i32)
declare float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float, ptr addrspace(8), i32, i32, i32)
declare <2 x bfloat> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2bf16(<2 x bfloat>, ptr addrspace(8), i32, i32, i32)
declare <2 x half> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2f16(<2 x half>, ptr addrspace(8), i32, i32, i32)
declare i32 @llvm.amdgcn.raw.ptr.buffer.atomic.add.i32(i32, ptr addrspace(8), i32, i32, i32)
declare i32 @llvm.amdgcn.raw.ptr.buffer.atomic.smax.i32(i32, ptr addrspace(8), i32, i32, i32)
define amdgpu_kernel void @atomics(ptr addrspace(1) %acc) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %r = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %acc, i16 0, i64 20, i32 159744)
  %a = call float @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.f32(float 1.5, ptr addrspace(8) %r, i32 0, i32 0, i32 0)
  %b = call <2 x bfloat> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2bf16(<2 x bfloat> <bfloat 0.5, bfloat 2.0>, ptr addrspace(8) %r, i32 4, i32 0, i32 0)
  %c = call <2 x half> @llvm.amdgcn.raw.ptr.buffer.atomic.fadd.v2f16(<2 x half> <half 0.5, half 2.0>, ptr addrspace(8) %r, i32 8, i32 0, i32 0)
  %d = call i32 @llvm.amdgcn.raw.ptr.buffer.atomic.add.i32(i32 %l, ptr addrspace(8) %r, i32 12, i32 0, i32 0)
  %e = call i32 @llvm.amdgcn.raw.ptr.buffer.atomic.smax.i32(i32 %l, ptr addrspace(8) %r, i32 16, i32 0, i32 0)
  %f = call i32 @llvm.amdgcn.raw.ptr.buffer.atomic.add.i32(i32 1, ptr addrspace(8) %r, i32 20, i32 0, i32 0)
  ret void
}
)ll",
      "atomics", buffers, {KernelArg::buf(0)});
  auto f = fromBytes<float>(buffers[0].bytes);
  auto h = fromBytes<uint16_t>(buffers[0].bytes);
  auto i = fromBytes<int32_t>(buffers[0].bytes);
  EXPECT_EQ(f[0], 96.0f);
  EXPECT_EQ(fmt::bf16ToF32(h[2]), 32.0f);
  EXPECT_EQ(fmt::bf16ToF32(h[3]), 128.0f);
  EXPECT_EQ(fmt::f16ToDouble(h[4]), 32.0);
  EXPECT_EQ(fmt::f16ToDouble(h[5]), 128.0);
  EXPECT_EQ(i[3], 64 * 63 / 2);
  EXPECT_EQ(i[4], 63);
  EXPECT_EQ(i[5], 0); // offset 20 is past num_records: dropped
}

TEST(Intrinsic, LoadsToLdsLandPerLane) {
  // buffer_load ... lds and global_load_lds: lane l's dword lands at
  // lds + offset + 4 * l; then every lane reads its slot back.
  std::vector<uint32_t> src(80);
  for (int i = 0; i < 80; ++i)
    src[i] = 1000 + i;
  std::vector<Buffer> buffers = {{"src", toBytes(src)},
                                 {"out", std::vector<uint8_t>(64 * 8, 0)}};
  run(R"ll(
@lds = internal addrspace(3) global [160 x i32] undef, align 16
declare i32 @llvm.amdgcn.workitem.id.x()
declare void @llvm.amdgcn.s.barrier()
declare ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1), i16, i64, i32)
declare void @llvm.amdgcn.raw.ptr.buffer.load.lds(ptr addrspace(8), ptr addrspace(3), i32, i32, i32, i32, i32)
declare void @llvm.amdgcn.global.load.lds(ptr addrspace(1), ptr addrspace(3), i32, i32, i32)
define amdgpu_kernel void @dma(ptr addrspace(1) %src, ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %r = call ptr addrspace(8) @llvm.amdgcn.make.buffer.rsrc.p8.p1(ptr addrspace(1) %src, i16 0, i64 240, i32 159744)
  %voff = mul i32 %l, 4
  call void @llvm.amdgcn.raw.ptr.buffer.load.lds(ptr addrspace(8) %r, ptr addrspace(3) @lds, i32 4, i32 %voff, i32 0, i32 0, i32 0)
  %g = getelementptr i32, ptr addrspace(1) %src, i32 %l
  %lds2 = getelementptr i8, ptr addrspace(3) @lds, i32 256
  call void @llvm.amdgcn.global.load.lds(ptr addrspace(1) %g, ptr addrspace(3) %lds2, i32 4, i32 64, i32 0)
  call void @llvm.amdgcn.s.barrier()
  %p0 = getelementptr i32, ptr addrspace(3) @lds, i32 %l
  %v0 = load i32, ptr addrspace(3) %p0
  %i1 = add i32 %l, 80
  %p1 = getelementptr i32, ptr addrspace(3) @lds, i32 %i1
  %v1 = load i32, ptr addrspace(3) %p1
  %o = mul i32 %l, 2
  %po = getelementptr i32, ptr addrspace(1) %out, i32 %o
  store i32 %v0, ptr addrspace(1) %po
  %po1 = getelementptr i32, ptr addrspace(1) %po, i32 1
  store i32 %v1, ptr addrspace(1) %po1
  ret void
}
)ll",
      "dma", buffers, {KernelArg::buf(0), KernelArg::buf(1)});
  auto out = fromBytes<uint32_t>(buffers[1].bytes);
  for (int l = 0; l < 64; ++l) {
    // buffer: 240 bytes = 60 dwords in range, the rest reads 0.
    EXPECT_EQ(out[2 * l], l < 60 ? 1000u + l : 0u) << l;
    // global: src + 4l + 64 (the instruction offset) -> element l + 16, at
    // LDS byte 256 + 64 + 4l = dword 80 + l.
    EXPECT_EQ(out[2 * l + 1], 1016u + l) << l;
  }
}

TEST(Intrinsic, ScaledConversionsRoundTrip) {
  // Per lane: value v = (l - 32) * 0.75 * 2^(l % 5 - 2); scale 2^(l % 7 - 3).
  // Down to fp4 and fp8 with the scale, up again, compared with the format
  // library's encoders.
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(64 * 16, 0)}};
  run(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.cvt.scalef32.pk.fp4.f32(i32, float, float, float, i32)
declare <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp4(i32, float, i32)
declare <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16>, float, float, float, i1)
declare <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp8(i32, float, i1)
declare i32 @llvm.amdgcn.cvt.pk.fp8.f32(float, float, i32, i1)
declare float @llvm.amdgcn.cvt.f32.fp8(i32, i32)
define amdgpu_kernel void @cvt(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %c = sub i32 %l, 32
  %cf = sitofp i32 %c to float
  %e1 = urem i32 %l, 5
  %e2 = sub i32 %e1, 2
  %v0 = fmul float %cf, 0.75
  %v = call float @llvm.ldexp.f32.i32(float %v0, i32 %e2)
  %s1 = urem i32 %l, 7
  %s2 = add i32 %s1, 124
  %sb = shl i32 %s2, 23
  %scale = bitcast i32 %sb to float
  %neg = fneg float %v
  %q4 = call i32 @llvm.amdgcn.cvt.scalef32.pk.fp4.f32(i32 0, float %v, float %neg, float %scale, i32 2)
  %u4 = call <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp4(i32 %q4, float %scale, i32 2)
  %q8 = call <2 x i16> @llvm.amdgcn.cvt.scalef32.pk.fp8.f32(<2 x i16> zeroinitializer, float %v, float %neg, float %scale, i1 true)
  %q8i = bitcast <2 x i16> %q8 to i32
  %u8 = call <2 x float> @llvm.amdgcn.cvt.scalef32.pk.f32.fp8(i32 %q8i, float %scale, i1 true)
  %p8 = call i32 @llvm.amdgcn.cvt.pk.fp8.f32(float %v, float %neg, i32 0, i1 false)
  %w8 = call float @llvm.amdgcn.cvt.f32.fp8(i32 %p8, i32 1)
  %base = mul i32 %l, 4
  %po = getelementptr float, ptr addrspace(1) %out, i32 %base
  %a = extractelement <2 x float> %u4, i32 0
  %b = extractelement <2 x float> %u4, i32 1
  %d = extractelement <2 x float> %u8, i32 0
  store float %a, ptr addrspace(1) %po
  %p1 = getelementptr float, ptr addrspace(1) %po, i32 1
  store float %b, ptr addrspace(1) %p1
  %p2 = getelementptr float, ptr addrspace(1) %po, i32 2
  store float %d, ptr addrspace(1) %p2
  %p3 = getelementptr float, ptr addrspace(1) %po, i32 3
  store float %w8, ptr addrspace(1) %p3
  ret void
}
declare float @llvm.ldexp.f32.i32(float, i32)
)ll",
      "cvt", buffers, {KernelArg::buf(0)});
  auto out = fromBytes<float>(buffers[0].bytes);
  for (int l = 0; l < 64; ++l) {
    double v = float(std::ldexp((l - 32) * 0.75, l % 5 - 2));
    double scale = std::ldexp(1.0, int(l % 7) - 3);
    double fp4 = fmt::decodeFP4(fmt::encodeFP4(v / scale)) * scale;
    double fp4n = fmt::decodeFP4(fmt::encodeFP4(-v / scale)) * scale;
    double fp8 =
        fmt::decodeFP8E4M3FN(fmt::encodeFP8E4M3FN(v / scale, false)) * scale;
    double fp8u = fmt::decodeFP8E4M3FN(fmt::encodeFP8E4M3FN(-v, false));
    EXPECT_EQ(out[4 * l], float(fp4)) << l;
    EXPECT_EQ(out[4 * l + 1], float(fp4n)) << l;
    EXPECT_EQ(out[4 * l + 2], float(fp8)) << l;
    EXPECT_EQ(out[4 * l + 3], float(fp8u)) << l;
  }
}

TEST(Intrinsic, MathAndSwizzle) {
  std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(64 * 16, 0)}};
  run(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare float @llvm.amdgcn.fmed3.f32(float, float, float)
declare float @llvm.amdgcn.rcp.f32(float)
declare float @llvm.amdgcn.exp2.f32(float)
declare i32 @llvm.amdgcn.ds.swizzle(i32, i32)
define amdgpu_kernel void @math(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %f = uitofp i32 %l to float
  %m = call float @llvm.amdgcn.fmed3.f32(float %f, float 10.0, float 20.0)
  %f1 = fadd float %f, 1.0
  %r = call float @llvm.amdgcn.rcp.f32(float %f1)
  %x = fsub float %f, 32.0
  %e = call float @llvm.amdgcn.exp2.f32(float %x)
  ; bitmask mode: xor_mask 1 (swap neighbours) = 0x0400 | and_mask 0x1F
  %s = call i32 @llvm.amdgcn.ds.swizzle(i32 %l, i32 1055)
  %base = mul i32 %l, 4
  %po = getelementptr float, ptr addrspace(1) %out, i32 %base
  store float %m, ptr addrspace(1) %po
  %p1 = getelementptr float, ptr addrspace(1) %po, i32 1
  store float %r, ptr addrspace(1) %p1
  %p2 = getelementptr float, ptr addrspace(1) %po, i32 2
  store float %e, ptr addrspace(1) %p2
  %p3 = getelementptr float, ptr addrspace(1) %po, i32 3
  store i32 %s, ptr addrspace(1) %p3
  ret void
}
)ll",
      "math", buffers, {KernelArg::buf(0)});
  auto f = fromBytes<float>(buffers[0].bytes);
  auto i = fromBytes<int32_t>(buffers[0].bytes);
  for (int l = 0; l < 64; ++l) {
    EXPECT_EQ(f[4 * l], float(std::min(std::max(l, 10), 20))) << l;
    EXPECT_EQ(f[4 * l + 1], float(1.0 / (l + 1))) << l;
    EXPECT_EQ(f[4 * l + 2], std::ldexp(1.0f, l - 32)) << l;
    EXPECT_EQ(i[4 * l + 3], l ^ 1) << l;
  }
}

TEST(Intrinsic, IdentityDppMoveKeepsF32Bits) {
  // The routed-MMA accumulator anchor: update.dpp.f32(x, x, quad_perm
  // [0,1,2,3], row_mask 0xf, bank_mask 0xf, bound_ctrl off) is a move, so
  // NaN payloads (quiet and signalling), -0.0, denormals and infinities come
  // back bit-exact; with another `old` it still reads the lane itself.
  unsigned seed = testSeed();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::vector<uint32_t> bits(64);
  for (uint32_t &b : bits)
    b = uint32_t(rng());
  const uint32_t special[] = {0x7FC00001, 0xFFC00000, 0x7F800001, 0xFFBFFFFF,
                              0x80000000, 0x00000000, 0x00000001, 0x807FFFFF,
                              0x7F800000, 0xFF800000, 0x7FFFFFFF, 0xFFFFFFFF};
  std::shuffle(bits.begin(), bits.end(), rng);
  for (size_t i = 0; i < std::size(special); ++i)
    bits[(i * 5 + seed) % 64] = special[i];
  std::vector<Buffer> buffers = {{"in", toBytes(bits)},
                                 {"out", std::vector<uint8_t>(64 * 8, 0xBD)}};
  run(R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare float @llvm.amdgcn.update.dpp.f32(float, float, i32, i32, i32, i1)
define amdgpu_kernel void @ident(ptr addrspace(1) %in, ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %pi = getelementptr i32, ptr addrspace(1) %in, i32 %l
  %b = load i32, ptr addrspace(1) %pi
  %x = bitcast i32 %b to float
  %same = call float @llvm.amdgcn.update.dpp.f32(float %x, float %x, i32 228, i32 15, i32 15, i1 false)
  %other = call float @llvm.amdgcn.update.dpp.f32(float 7.0, float %x, i32 228, i32 15, i32 15, i1 false)
  %s = bitcast float %same to i32
  %o = bitcast float %other to i32
  %j = mul i32 %l, 2
  %p0 = getelementptr i32, ptr addrspace(1) %out, i32 %j
  store i32 %s, ptr addrspace(1) %p0
  %p1 = getelementptr i32, ptr addrspace(1) %p0, i32 1
  store i32 %o, ptr addrspace(1) %p1
  ret void
}
)ll",
      "ident", buffers, {KernelArg::buf(0), KernelArg::buf(1)});
  auto out = fromBytes<uint32_t>(buffers[1].bytes);
  for (int l = 0; l < 64; ++l) {
    EXPECT_EQ(out[2 * l], bits[l]) << "lane " << l;
    EXPECT_EQ(out[2 * l + 1], bits[l]) << "lane " << l << ", old 7.0";
  }
}

TEST(Intrinsic, SetInactiveNeedsAFullWave) {
  // Whole-wave mode (LLVM's atomic optimizer's scans): on a full wave
  // set.inactive and strict.wwm give the lane's own value; with inactive
  // lanes, which the emulator does not run, set.inactive is refused.
  const std::string ir = std::string(kTriple) + R"ll(
declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.set.inactive.i32(i32, i32)
declare i32 @llvm.amdgcn.strict.wwm.i32(i32)
define amdgpu_kernel void @wwm(ptr addrspace(1) %out) {
  %l = call i32 @llvm.amdgcn.workitem.id.x()
  %v = mul i32 %l, 3
  %s = call i32 @llvm.amdgcn.set.inactive.i32(i32 %v, i32 -1)
  %w = call i32 @llvm.amdgcn.strict.wwm.i32(i32 %s)
  %p = getelementptr i32, ptr addrspace(1) %out, i32 %l
  store i32 %w, ptr addrspace(1) %p
  ret void
}
)ll";
  std::string error;
  auto module = Module::loadFromString(ir, error);
  ASSERT_TRUE(module) << error;
  for (uint32_t lanes : {64u, 40u}) {
    SCOPED_TRACE(std::to_string(lanes) + " lanes");
    std::vector<Buffer> buffers = {{"out", std::vector<uint8_t>(256, 0xBD)}};
    LaunchConfig config;
    config.block = {lanes, 1, 1};
    Report report;
    ASSERT_TRUE(module->launch("wwm", config, {KernelArg::buf(0)}, buffers,
                               report, error))
        << error;
    bool unsupported = false;
    for (const Issue &issue : report.issues)
      unsupported |= issue.kind == Issue::Kind::Unsupported;
    EXPECT_EQ(unsupported, lanes < 64) << describe(report, buffers);
    if (lanes == 64) {
      auto out = fromBytes<int32_t>(buffers[0].bytes);
      for (int l = 0; l < 64; ++l)
        EXPECT_EQ(out[l], 3 * l) << "lane " << l;
    }
  }
}
