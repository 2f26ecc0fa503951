//===- WaveOps.cpp - semantics of the emulated AMDGPU intrinsics ----------===//
//
// Sources for each rule are listed in docs/emulator.md. Number formats come
// from mxmoe/Format so the emulator, the host reference and the lowering agree.
//
//===----------------------------------------------------------------------===//

#include "RuntimeState.h"

#include "mxmoe/Format/MFMALayouts.h"
#include "mxmoe/Format/MXFormats.h"

#include <cmath>
#include <cstring>
#include <mutex>

namespace mxmoe::emu {
namespace {

using namespace mxmoe::fmt;

template <typename T> T get(void **ops, int i) {
  T v;
  std::memcpy(&v, ops[i], sizeof(T));
  return v;
}
template <typename T> void put(void *dst, int i, T v) {
  std::memcpy(static_cast<uint8_t *>(dst) + i * sizeof(T), &v, sizeof(T));
}

/// Writes `v` as element `i` of an array of `kind` values.
void putElem(void *dst, int i, ElemKind kind, double v) {
  switch (kind) {
  case ElemKind::BF16:
    put<uint16_t>(dst, i, f32ToBF16(float(v)));
    break;
  case ElemKind::F16:
    put<uint16_t>(dst, i, doubleToF16(v));
    break;
  case ElemKind::F32:
    put<float>(dst, i, float(v));
    break;
  }
}

double getElem(const uint8_t *src, int i, ElemKind kind) {
  uint16_t h;
  switch (kind) {
  case ElemKind::BF16:
    std::memcpy(&h, src + 2 * i, 2);
    return bf16ToF32(h);
  case ElemKind::F16:
    std::memcpy(&h, src + 2 * i, 2);
    return f16ToDouble(h);
  case ElemKind::F32: {
    float f;
    std::memcpy(&f, src + 4 * i, 4);
    return f;
  }
  }
  return 0;
}

/// v_perm_b32 byte select (CDNA3/4 ISA, V_PERM_B32).
uint8_t permByte(uint64_t bytes, uint32_t s0, uint32_t s1, uint8_t sel) {
  if (sel < 8)
    return uint8_t(bytes >> (8 * sel));
  switch (sel) {
  case 8:
    return (s1 & 0x8000) ? 0xFF : 0;
  case 9:
    return (s1 & 0x80000000u) ? 0xFF : 0;
  case 10:
    return (s0 & 0x8000) ? 0xFF : 0;
  case 11:
    return (s0 & 0x80000000u) ? 0xFF : 0;
  case 12:
    return 0;
  default:
    return 0xFF;
  }
}

uint8_t scaleByteOf(float scale) {
  uint32_t bits;
  std::memcpy(&bits, &scale, 4);
  return uint8_t((bits >> 23) & 0xFF); // only the exponent field is read
}

/// f32 to an FP8/BF8 byte in the launch chip's encoding.
uint8_t encodeFp8(const LaunchState &launch, double v, bool bf8,
                  bool saturate) {
  if (launch.fp8IsFnuz)
    return bf8 ? encodeFP8E5M2FNUZ(v, saturate)
               : encodeFP8E4M3FNUZ(v, saturate);
  return bf8 ? encodeFP8E5M2(v, saturate) : encodeFP8E4M3FN(v, saturate);
}

/// `old` with a and b encoded (fp8 or bf8, saturating as the lane's MODE
/// says) into its low or high 16-bit half, a in the lower byte: the packing
/// of every pk f32 -> fp8 conversion.
uint32_t insertFp8Pair(const LaunchState &launch, const LaneState &lane,
                       uint32_t old, double a, double b, bool bf8, bool hi) {
  bool saturate = lane.saturatesFp8();
  uint32_t packed = encodeFp8(launch, a, bf8, saturate) |
                    (uint32_t(encodeFp8(launch, b, bf8, saturate)) << 8);
  return hi ? ((old & 0xFFFF) | (packed << 16))
            : ((old & 0xFFFF0000u) | packed);
}

/// An FP8/BF8 byte in the launch chip's encoding (FNUZ on gfx942).
double decodeFp8(const LaunchState &launch, uint8_t b, bool bf8) {
  if (launch.fp8IsFnuz)
    return bf8 ? decodeFP8E5M2FNUZ(b) : decodeFP8E4M3FNUZ(b);
  return bf8 ? decodeFP8E5M2(b) : decodeFP8E4M3FN(b);
}

// Buffer accesses ------------------------------------------------------------

/// Bytes [off, off + size) of a raw buffer: which are in range. Rules from
/// research/verification.md §3d: raw buffers check each dword of a
/// multi-dword access; soffset is excluded from the check (LLVM), and a case
/// where gem5's rule (which subtracts soffset) disagrees is reported.
bool bufferDwordInRange(LaunchState &launch, const Descriptor &d, uint32_t voff,
                        uint32_t soff, uint32_t first, uint32_t bytes,
                        const SiteInfo &site, LaneState &lane) {
  uint64_t end = uint64_t(voff) + first + bytes;
  bool llvmRule = end <= d.numRecords;
  bool gem5Rule = soff <= d.numRecords && end <= d.numRecords - soff;
  if (soff != 0 && llvmRule != gem5Rule)
    launch.issue(Issue::Kind::BufferSemantics, site.text,
                 "bounds check depends on whether soffset counts (soffset = " +
                     std::to_string(soff) + "); pass soffset 0",
                 &lane);
  return llvmRule;
}

/// Whether an access the descriptor allows lies in the buffer it was made
/// for; if not the descriptor claims more than its memory (a caller bug,
/// unlike the hardware's dropping of out-of-range dwords): reported, and the
/// access does not happen.
bool insideHome(LaunchState &launch, const Descriptor &d, uint64_t offset,
                uint32_t bytes, const SiteInfo &site, LaneState &lane) {
  uint64_t addr = d.base + offset;
  const Allocation *home = d.home;
  if (home && addr >= home->begin && addr <= home->end &&
      bytes <= home->end - addr)
    return true;
  std::string what = std::to_string(bytes) + "-byte access at offset " +
                     std::to_string(offset) +
                     ", inside the descriptor's num_records " +
                     std::to_string(d.numRecords) + ", ";
  launch.issue(Issue::Kind::DescriptorOverrun, site.text,
               home ? what + "is past the end of the buffer it addresses (" +
                          std::to_string(home->end - d.base) +
                          " bytes from the descriptor's base)"
                    : what + "but the descriptor's base is in no buffer",
               &lane);
  return false;
}

void bufferAccess(LaunchState &launch, LaneState &lane, const SiteInfo &site,
                  const void *rsrc, uint32_t voff, uint32_t soff, void *data,
                  uint32_t size, bool write) {
  Descriptor *d = launch.descriptor(rsrc, site.text, &lane);
  if (!d) {
    if (!write)
      std::memset(data, 0, size);
    return;
  }
  if (d->stride != 0) {
    launch.issue(Issue::Kind::Unsupported, site.text,
                 "buffer resource with a nonzero stride (structured or "
                 "swizzled buffers are not modelled)",
                 &lane);
    if (!write)
      std::memset(data, 0, size);
    return;
  }
  uint32_t unit = size < 4 ? size : 4;
  for (uint32_t first = 0; first < size; first += unit) {
    uint8_t *bytes = static_cast<uint8_t *>(data) + first;
    if (!bufferDwordInRange(launch, *d, voff, soff, first, unit, site, lane)) {
      ++launch.report->counters.bufferOutOfBoundsDwords;
      if (!write)
        std::memset(bytes, 0, unit);
      continue;
    }
    if (!insideHome(launch, *d, uint64_t(voff) + soff + first, unit, site,
                    lane)) {
      if (!write)
        std::memset(bytes, 0, unit);
      continue;
    }
    void *addr =
        reinterpret_cast<void *>(d->base + uint64_t(voff) + soff + first);
    void *safe = launch.access(addr, unit, write ? AccessWrite : AccessRead,
                               site.text, &lane);
    if (write)
      std::memcpy(safe, bytes, unit);
    else
      std::memcpy(bytes, safe, unit);
  }
}

/// The packed 16-bit element type of a buffer fadd (F32 for the scalar f32
/// form): the three forms are 4 bytes and only the overload suffix tells.
ElemKind fadd16Kind(const SiteInfo &site) {
  if (site.intrinsic.find("v2bf16") != std::string::npos)
    return ElemKind::BF16;
  if (site.intrinsic.find("v2f16") != std::string::npos)
    return ElemKind::F16;
  return ElemKind::F32;
}

/// The new value of a 4-byte atomic `kind` with operand `b` on old value `a`.
uint32_t atomicApply(AtomicKind kind, ElemKind fadd, uint32_t a, uint32_t b) {
  switch (kind) {
  case AtomicKind::Add:
    return a + b;
  case AtomicKind::Max:
    return uint32_t(std::max(int32_t(a), int32_t(b)));
  case AtomicKind::Min:
    return uint32_t(std::min(int32_t(a), int32_t(b)));
  case AtomicKind::UMax:
    return std::max(a, b);
  case AtomicKind::UMin:
    return std::min(a, b);
  case AtomicKind::Swap:
    return b;
  case AtomicKind::FAdd:
    break;
  }
  uint8_t mem[4], src[4];
  std::memcpy(mem, &a, 4);
  std::memcpy(src, &b, 4);
  if (fadd == ElemKind::F32) {
    float x, y;
    std::memcpy(&x, mem, 4);
    std::memcpy(&y, src, 4);
    x += y;
    std::memcpy(mem, &x, 4);
  } else {
    for (int i = 0; i < 2; ++i)
      putElem(mem, i, fadd, getElem(mem, i, fadd) + getElem(src, i, fadd));
  }
  uint32_t r;
  std::memcpy(&r, mem, 4);
  return r;
}

/// Applies the atomic to the 4 bytes at `mem` and returns the old value:
/// one hardware atomic for add and swap, a compare-and-swap loop otherwise.
/// Misaligned words (the hardware requires dword alignment) fall back to a
/// lock so that no host atomic straddles a cache line.
uint32_t atomicUpdate(uint8_t *mem, AtomicKind kind, ElemKind fadd,
                      uint32_t b) {
  if (reinterpret_cast<uintptr_t>(mem) % 4 != 0) {
    static std::mutex misaligned;
    std::lock_guard<std::mutex> lock(misaligned);
    uint32_t a;
    std::memcpy(&a, mem, 4);
    uint32_t r = atomicApply(kind, fadd, a, b);
    std::memcpy(mem, &r, 4);
    return a;
  }
  auto *word = reinterpret_cast<uint32_t *>(mem);
  if (kind == AtomicKind::Add)
    return __atomic_fetch_add(word, b, __ATOMIC_SEQ_CST);
  if (kind == AtomicKind::Swap)
    return __atomic_exchange_n(word, b, __ATOMIC_SEQ_CST);
  uint32_t a = __atomic_load_n(word, __ATOMIC_RELAXED);
  while (!__atomic_compare_exchange_n(word, &a, atomicApply(kind, fadd, a, b),
                                      /*weak=*/true, __ATOMIC_SEQ_CST,
                                      __ATOMIC_RELAXED)) {
  }
  return a;
}

void bufferAtomic(LaunchState &launch, LaneState &lane, const SiteInfo &site,
                  void **ops, void *result) {
  // Operands: data, rsrc, voffset, soffset, aux. All-or-nothing bounds.
  uint32_t size = site.operandBytes[0];
  const void *rsrc = get<void *>(ops, 1);
  uint32_t voff = get<uint32_t>(ops, 2), soff = get<uint32_t>(ops, 3);
  Descriptor *d = launch.descriptor(rsrc, site.text, &lane);
  if (result)
    std::memset(result, 0, site.resultBytes);
  if (!d || !bufferDwordInRange(launch, *d, voff, soff, 0, size, site, lane)) {
    if (d)
      ++launch.report->counters.bufferOutOfBoundsDwords;
    return;
  }
  if (!insideHome(launch, *d, uint64_t(voff) + soff, size, site, lane))
    return;
  void *addr = reinterpret_cast<void *>(d->base + uint64_t(voff) + soff);
  uint8_t *mem = static_cast<uint8_t *>(
      launch.access(addr, size, AccessRead | AccessWrite, site.text, &lane));
  // A real atomic read-modify-write: workgroups run on several threads.
  uint32_t operand;
  std::memcpy(&operand, ops[0], 4);
  uint32_t old =
      atomicUpdate(mem, AtomicKind(site.imm[0]), fadd16Kind(site), operand);
  if (result)
    std::memcpy(result, &old, 4);
}

/// LDS DMA: `size` bytes from `src` land at lds + offset + lane * size.
void loadToLds(LaunchState &launch, LaneState &lane, const SiteInfo &site,
               const uint8_t *data, void *ldsPtr, uint32_t size,
               uint32_t offset) {
  uint8_t *dst = static_cast<uint8_t *>(ldsPtr) + offset +
                 uint64_t(lane.laneInWave) * size;
  void *safe = launch.access(dst, size, AccessWrite, site.text, &lane);
  std::memcpy(safe, data, size);
}

} // namespace

void runLaneOp(LaunchState &launch, LaneState &lane, const SiteInfo &site,
               void **ops, void *result) {
  switch (site.op) {
  case SiteOp::Perm: {
    uint32_t s0 = get<uint32_t>(ops, 0), s1 = get<uint32_t>(ops, 1),
             sel = get<uint32_t>(ops, 2);
    uint64_t bytes = (uint64_t(s0) << 32) | s1;
    uint32_t r = 0;
    for (int i = 0; i < 4; ++i)
      r |= uint32_t(permByte(bytes, s0, s1, uint8_t(sel >> (8 * i))))
           << (8 * i);
    put<uint32_t>(result, 0, r);
    return;
  }
  case SiteOp::Fmed3: {
    auto kind = ElemKind(site.imm[0]);
    double a = getElem(static_cast<uint8_t *>(ops[0]), 0, kind),
           b = getElem(static_cast<uint8_t *>(ops[1]), 0, kind),
           c = getElem(static_cast<uint8_t *>(ops[2]), 0, kind);
    double med = std::max(std::min(a, b), std::min(std::max(a, b), c));
    putElem(result, 0, kind, med);
    return;
  }
  case SiteOp::Rcp:
  case SiteOp::Exp2: {
    auto kind = ElemKind(site.imm[0]);
    double x = getElem(static_cast<uint8_t *>(ops[0]), 0, kind);
    putElem(result, 0, kind, site.op == SiteOp::Rcp ? 1.0 / x : std::exp2(x));
    return;
  }
  case SiteOp::Ldexp: {
    auto kind = ElemKind(site.imm[0]);
    double x = getElem(static_cast<uint8_t *>(ops[0]), 0, kind);
    putElem(result, 0, kind, std::ldexp(x, get<int32_t>(ops, 1)));
    return;
  }
  case SiteOp::MbcntLo:
  case SiteOp::MbcntHi: {
    uint32_t mask = get<uint32_t>(ops, 0), acc = get<uint32_t>(ops, 1);
    int l = lane.laneInWave;
    int below =
        site.op == SiteOp::MbcntLo ? std::min(l, 32) : std::max(l - 32, 0);
    uint32_t bits = below >= 32 ? mask : (mask & ((1u << below) - 1));
    put<uint32_t>(result, 0, acc + uint32_t(__builtin_popcount(bits)));
    return;
  }
  case SiteOp::ImplicitArgPtr:
    put<void *>(result, 0, launch.implicitArgs.data());
    return;
  case SiteOp::SetMode: {
    // (i32 hwreg, i32 value): value's low `width` bits into MODE at offset.
    uint32_t width = uint32_t(site.imm[2]), offset = uint32_t(site.imm[1]);
    uint32_t mask = (width >= 32 ? ~0u : ((1u << width) - 1)) << offset;
    lane.mode =
        (lane.mode & ~mask) | ((get<uint32_t>(ops, 1) << offset) & mask);
    return;
  }
  case SiteOp::CvtScaleF32PkFp4: {
    // (i32 src, float scale, i32 sel): low nibble of the byte -> element 0.
    uint32_t src = get<uint32_t>(ops, 0);
    uint8_t e = scaleByteOf(get<float>(ops, 1));
    uint8_t byte = uint8_t(src >> (8 * (get<uint32_t>(ops, 2) & 3)));
    auto kind = ElemKind(site.imm[0]);
    for (int i = 0; i < 2; ++i) {
      uint8_t code = i == 0 ? (byte & 0xF) : (byte >> 4);
      if (kind == ElemKind::BF16)
        put<uint16_t>(result, i, fp4ScaledToBF16(code, e));
      else if (kind == ElemKind::F16)
        put<uint16_t>(result, i, fp4ScaledToF16(code, e));
      else
        put<uint32_t>(result, i, fp4ScaledToF32(code, e));
    }
    return;
  }
  case SiteOp::CvtScaleF32PkFp8: {
    // (i32 src, float scale, i1 hi): bytes of the selected 16-bit half.
    uint32_t src = get<uint32_t>(ops, 0);
    uint8_t e = scaleByteOf(get<float>(ops, 1));
    bool hi = get<uint8_t>(ops, 2) & 1;
    uint32_t word = hi ? (src >> 16) : src;
    for (int i = 0; i < 2; ++i) {
      double v = decodeFp8(launch, uint8_t(word >> (8 * i)), site.imm[1]);
      v = e == 255 ? NAN : v * std::ldexp(1.0, int(e) - 127);
      putElem(result, i, ElemKind(site.imm[0]), v);
    }
    return;
  }
  case SiteOp::CvtScaleF32PkFp4F32: {
    // (i32 old, float a, float b, float scale, i32 dst byte).
    uint32_t old = get<uint32_t>(ops, 0);
    uint8_t e = scaleByteOf(get<float>(ops, 3));
    double div = std::ldexp(1.0, int(e) - 127);
    uint8_t lo = encodeFP4(get<float>(ops, 1) / div);
    uint8_t hi = encodeFP4(get<float>(ops, 2) / div);
    int sel = get<int32_t>(ops, 4) & 3;
    old &= ~(0xFFu << (8 * sel));
    old |= uint32_t(lo | (hi << 4)) << (8 * sel);
    put<uint32_t>(result, 0, old);
    return;
  }
  case SiteOp::CvtScaleF32PkFp8F32: {
    // (<2 x i16> old, float a, float b, float scale, i1 hi): a/scale, b/scale
    // rounded to nearest even into the selected 16-bit half; saturating
    // when MODE.FP16_OVFL is set (as Triton's fp8 downcast relies on),
    // else overflow gives NaN (E4M3FN) / infinity (E5M2).
    uint8_t e = scaleByteOf(get<float>(ops, 3));
    double div = std::ldexp(1.0, int(e) - 127);
    put<uint32_t>(result, 0,
                  insertFp8Pair(launch, lane, get<uint32_t>(ops, 0),
                                get<float>(ops, 1) / div,
                                get<float>(ops, 2) / div, site.imm[1],
                                get<uint8_t>(ops, 4) & 1));
    return;
  }
  case SiteOp::CvtScaleF32Fp8: {
    // (i32 src, float scale, i32 byte select).
    uint32_t src = get<uint32_t>(ops, 0);
    uint8_t e = scaleByteOf(get<float>(ops, 1));
    int sel = get<int32_t>(ops, 2) & 3;
    double v = decodeFp8(launch, uint8_t(src >> (8 * sel)), site.imm[1]);
    put<float>(result, 0,
               float(e == 255 ? NAN : v * std::ldexp(1.0, int(e) - 127)));
    return;
  }
  case SiteOp::CvtPkFp8F32: {
    // (float a, float b, i32 old, i1 word_sel).
    put<uint32_t>(result, 0,
                  insertFp8Pair(launch, lane, get<uint32_t>(ops, 2),
                                get<float>(ops, 0), get<float>(ops, 1),
                                site.imm[1], get<uint8_t>(ops, 3) & 1));
    return;
  }
  case SiteOp::CvtF32Fp8: {
    uint32_t src = get<uint32_t>(ops, 0);
    int sel = get<int32_t>(ops, 1) & 3;
    put<float>(
        result, 0,
        float(decodeFp8(launch, uint8_t(src >> (8 * sel)), site.imm[1])));
    return;
  }
  case SiteOp::CvtPkF32Fp8: {
    uint32_t src = get<uint32_t>(ops, 0);
    uint32_t word = (get<uint8_t>(ops, 1) & 1) ? src >> 16 : src;
    for (int i = 0; i < 2; ++i)
      put<float>(
          result, i,
          float(decodeFp8(launch, uint8_t(word >> (8 * i)), site.imm[1])));
    return;
  }
  case SiteOp::MakeBufferRsrc: {
    // (ptr base, i16 stride, i64 numrecords, i32 flags).
    uint64_t base = get<uint64_t>(ops, 0);
    uint32_t stride = get<uint16_t>(ops, 1);
    uint64_t numRecords = site.operandBytes[2] == 8 ? get<uint64_t>(ops, 2)
                                                    : get<uint32_t>(ops, 2);
    uint32_t flags = get<uint32_t>(ops, 3);
    if (numRecords > 0xFFFFFFFFull) {
      launch.issue(Issue::Kind::BufferSemantics, site.text,
                   "num_records " + std::to_string(numRecords) +
                       " does not fit the 32-bit descriptor field",
                   &lane);
      numRecords = 0xFFFFFFFFull;
    }
    put<void *>(
        result, 0,
        launch.makeDescriptor(base, stride, uint32_t(numRecords), flags));
    return;
  }
  case SiteOp::BufferLoad:
    // (rsrc, voffset, soffset, aux)
    bufferAccess(launch, lane, site, get<void *>(ops, 0), get<uint32_t>(ops, 1),
                 get<uint32_t>(ops, 2), result, site.resultBytes, false);
    return;
  case SiteOp::BufferStore:
    // (data, rsrc, voffset, soffset, aux)
    bufferAccess(launch, lane, site, get<void *>(ops, 1), get<uint32_t>(ops, 2),
                 get<uint32_t>(ops, 3), ops[0], site.operandBytes[0], true);
    return;
  case SiteOp::BufferAtomic:
    bufferAtomic(launch, lane, site, ops, result);
    return;
  case SiteOp::BufferLoadLds: {
    // (rsrc, lds ptr, size, voffset, soffset, offset, aux)
    uint32_t size = get<uint32_t>(ops, 2), offset = get<uint32_t>(ops, 5);
    uint8_t data[16] = {};
    bufferAccess(launch, lane, site, get<void *>(ops, 0),
                 get<uint32_t>(ops, 3) + offset, get<uint32_t>(ops, 4), data,
                 std::min<uint32_t>(size, 16), false);
    loadToLds(launch, lane, site, data, get<void *>(ops, 1), size, offset);
    return;
  }
  case SiteOp::GlobalLoadLds: {
    // (global ptr, lds ptr, size, offset, aux)
    uint32_t size = get<uint32_t>(ops, 2), offset = get<uint32_t>(ops, 3);
    uint8_t *src = get<uint8_t *>(ops, 0) + offset;
    const uint8_t *safe = static_cast<const uint8_t *>(
        launch.access(src, size, AccessRead, site.text, &lane));
    uint8_t data[16] = {};
    std::memcpy(data, safe, std::min<uint32_t>(size, 16));
    loadToLds(launch, lane, site, data, get<void *>(ops, 1), size, offset);
    return;
  }
  default:
    launch.issue(Issue::Kind::Unsupported, site.text,
                 "internal: wave op run as a lane op", &lane);
  }
}

namespace {

// Matrix cores
// -----------------------------------------------------------------

void countMfma(LaunchState &launch, const SiteInfo &site) {
  size_t index = &site - launch.sites->sites.data();
  if (launch.mfmaBySite.size() <= index)
    launch.mfmaBySite.resize(launch.sites->sites.size());
  ++launch.mfmaBySite[index];
}

/// The operand values of one MFMA, gathered once into doubles: A as
/// a[row][k], B as b[k][col] (columns contiguous, so the products of one
/// row vectorize across columns).
struct MfmaOperands {
  static constexpr int kMaxElems = 64 * 32; // m * k of the largest MFMA
  double a[kMaxElems], b[kMaxElems];
};

/// A bf16/f16 operand element as a double (exact).
inline double halfElem(const uint8_t *src, int i, ElemKind kind) {
  uint16_t h;
  std::memcpy(&h, src + 2 * i, 2);
  if (kind == ElemKind::BF16) {
    uint32_t bits = uint32_t(h) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
  }
  return f16ToDouble(h);
}

/// D = C + A x B with every product exact in double, summed in k order in
/// double and rounded to f32 once.
void mfma(LaunchState &launch, const SiteInfo &site,
          LaneState *const lanes[kWaveSize]) {
  int m = int(site.imm[0]), k = int(site.imm[2]), kPerLane = int(site.imm[3]);
  auto kind = ElemKind(site.imm[4]);
  thread_local MfmaOperands ops;
  for (int row = 0; row < m; ++row)
    for (int kk = 0; kk < k; ++kk) {
      fmt::LaneSlot s = fmt::mfmaOperandSlot(m, kPerLane, row, kk);
      ops.a[row * k + kk] = halfElem(
          static_cast<uint8_t *>(lanes[s.lane]->operands[0]), s.index, kind);
      ops.b[kk * m + row] = halfElem(
          static_cast<uint8_t *>(lanes[s.lane]->operands[1]), s.index, kind);
    }
  double acc[32];
  for (int i = 0; i < m; ++i) {
    for (int j = 0; j < m; ++j) {
      fmt::LaneSlot c = fmt::mfmaAccumulatorSlot(m, i, j);
      acc[j] = getElem(static_cast<uint8_t *>(lanes[c.lane]->operands[2]),
                       c.index, ElemKind::F32);
    }
    const double *arow = &ops.a[i * k];
    for (int kk = 0; kk < k; ++kk) {
      double av = arow[kk];
      const double *bk = &ops.b[kk * m];
      for (int j = 0; j < m; ++j)
        acc[j] += av * bk[j];
    }
    for (int j = 0; j < m; ++j) {
      fmt::LaneSlot c = fmt::mfmaAccumulatorSlot(m, i, j);
      put<float>(lanes[c.lane]->result, c.index, float(acc[j]));
    }
  }
  countMfma(launch, site);
}

/// Decoded FP4/FP8/BF8 values by code (OCP: scaled MFMAs are gfx950's).
struct ScaledTables {
  double fp4[16], fp8[256], bf8[256];
  ScaledTables() {
    for (int c = 0; c < 16; ++c)
      fp4[c] = decodeFP4(uint8_t(c));
    for (int c = 0; c < 256; ++c) {
      fp8[c] = decodeFP8E4M3FN(uint8_t(c));
      bf8[c] = decodeFP8E5M2(uint8_t(c));
    }
  }
};

/// Element (row, k) of a scaled-MFMA operand in format `fmt` (0 FP8, 1 BF8,
/// 4 FP4), placed by fmt::scaledMfmaOperandSlot.
double scaledOperand(const ScaledTables &t, LaneState *const lanes[kWaveSize],
                     int operand, int m, int fmt, int row, int k) {
  bool fp4 = fmt == 4;
  fmt::LaneSlot s = fmt::scaledMfmaOperandSlot(m, fp4, row, k);
  uint8_t byte =
      static_cast<uint8_t *>(lanes[s.lane]->operands[operand])[s.index];
  if (fp4)
    return t.fp4[k % 2 == 0 ? (byte & 0xF) : (byte >> 4)];
  return fmt == 1 ? t.bf8[byte] : t.fp8[byte];
}

void mfmaScale(LaunchState &launch, const SiteInfo &site,
               LaneState *const lanes[kWaveSize]) {
  // Operands: A, B, C, cbsz, blgp, opsel_a, scale_a, opsel_b, scale_b.
  int m = int(site.imm[0]), k = int(site.imm[2]);
  bool unscaled = site.imm[3] != 0;
  LaneState *first = lanes[0];
  int fmtA = get<int32_t>(first->operands, 3);
  int fmtB = get<int32_t>(first->operands, 4);
  int selA = get<int32_t>(first->operands, 5) & 3;
  int selB = get<int32_t>(first->operands, 7) & 3;
  for (int fmt : {fmtA, fmtB})
    if (fmt != 0 && fmt != 1 && fmt != 4) {
      launch.issue(Issue::Kind::Unsupported, site.text,
                   "scaled MFMA format " + std::to_string(fmt) +
                       " (FP6/BF6) is not modelled",
                   first);
      return;
    }
  static const ScaledTables tables;
  thread_local MfmaOperands ops;
  for (int row = 0; row < m; ++row)
    for (int kk = 0; kk < k; ++kk) {
      ops.a[row * k + kk] = scaledOperand(tables, lanes, 0, m, fmtA, row, kk);
      ops.b[kk * m + row] = scaledOperand(tables, lanes, 1, m, fmtB, row, kk);
    }
  int blocks = k / 32;
  double acc[32], dot[32];
  for (int i = 0; i < m; ++i) {
    for (int j = 0; j < m; ++j) {
      fmt::LaneSlot c = fmt::mfmaAccumulatorSlot(m, i, j);
      acc[j] = getElem(static_cast<uint8_t *>(lanes[c.lane]->operands[2]),
                       c.index, ElemKind::F32);
    }
    const double *arow = &ops.a[i * k];
    for (int kb = 0; kb < blocks; ++kb) {
      for (int j = 0; j < m; ++j)
        dot[j] = 0;
      for (int kk = 32 * kb; kk < 32 * kb + 32; ++kk) {
        double av = arow[kk];
        const double *bk = &ops.b[kk * m];
        for (int j = 0; j < m; ++j)
          dot[j] += av * bk[j];
      }
      int sa = 127;
      if (!unscaled)
        sa = uint8_t(get<uint32_t>(lanes[i + m * kb]->operands, 6) >>
                     (8 * selA));
      for (int j = 0; j < m; ++j) {
        int sb = 127;
        if (!unscaled)
          sb = uint8_t(get<uint32_t>(lanes[j + m * kb]->operands, 8) >>
                       (8 * selB));
        if (sa == 255 || sb == 255)
          acc[j] = NAN;
        else
          acc[j] += std::ldexp(dot[j], (sa - 127) + (sb - 127));
      }
    }
    for (int j = 0; j < m; ++j) {
      fmt::LaneSlot c = fmt::mfmaAccumulatorSlot(m, i, j);
      put<float>(lanes[c.lane]->result, c.index, float(acc[j]));
    }
  }
  countMfma(launch, site);
}

// Cross-lane data movement
// ------------------------------------------------------

/// The lowest live lane: its operands carry the wave-uniform immediates.
LaneState *firstLive(LaneState *const lanes[kWaveSize]) {
  for (int l = 0; l < kWaveSize; ++l)
    if (lanes[l])
      return lanes[l];
  return nullptr;
}

/// DPP source lane for `lane` under dpp_ctrl, or -1 when out of range.
int dppSource(uint32_t ctrl, int lane) {
  int row = lane / 16, inRow = lane % 16;
  if (ctrl <= 0xFF) // quad_perm
    return (lane & ~3) | ((ctrl >> (2 * (lane & 3))) & 3);
  if (ctrl >= 0x101 && ctrl <= 0x10F) { // row_shl
    int s = inRow + int(ctrl & 0xF);
    return s < 16 ? row * 16 + s : -1;
  }
  if (ctrl >= 0x111 && ctrl <= 0x11F) { // row_shr
    int s = inRow - int(ctrl & 0xF);
    return s >= 0 ? row * 16 + s : -1;
  }
  if (ctrl >= 0x121 && ctrl <= 0x12F) // row_ror
    return row * 16 + (inRow + 16 - int(ctrl & 0xF)) % 16;
  switch (ctrl) {
  case 0x130: // wave_shl1
    return lane + 1 < 64 ? lane + 1 : -1;
  case 0x134: // wave_rol1
    return (lane + 1) % 64;
  case 0x138: // wave_shr1
    return lane - 1;
  case 0x13C: // wave_ror1
    return (lane + 63) % 64;
  case 0x140: // row_mirror
    return row * 16 + (15 - inRow);
  case 0x141: // row_half_mirror
    return row * 16 + (inRow & 8) + (7 - (inRow & 7));
  case 0x142: // row_bcast15: lane 15 of the previous row into the next row
    return row == 0 ? -1 : (row - 1) * 16 + 15;
  case 0x143: // row_bcast31
    return lane < 32 ? -1 : 31;
  }
  return -2; // unknown control
}

void updateDpp(LaunchState &launch, const SiteInfo &site,
               LaneState *const lanes[kWaveSize]) {
  bool hasOld = site.imm[0] != 0;
  int base = hasOld ? 1 : 0;
  uint32_t bytes = site.resultBytes;
  LaneState *first = firstLive(lanes);
  uint32_t ctrl = get<uint32_t>(first->operands, base + 1);
  uint32_t rowMask = get<uint32_t>(first->operands, base + 2);
  uint32_t bankMask = get<uint32_t>(first->operands, base + 3);
  bool boundCtrl = get<uint8_t>(first->operands, base + 4) & 1;
  for (int l = 0; l < kWaveSize; ++l) {
    if (!lanes[l])
      continue;
    const void *old = hasOld ? lanes[l]->operands[0] : nullptr;
    bool enabled =
        ((rowMask >> (l / 16)) & 1) && ((bankMask >> ((l % 16) / 4)) & 1);
    if (!enabled) {
      if (old)
        std::memcpy(lanes[l]->result, old, bytes);
      else
        std::memset(lanes[l]->result, 0, bytes);
      continue;
    }
    int src = dppSource(ctrl, l);
    if (src == -2) {
      launch.issue(Issue::Kind::Unsupported, site.text,
                   "DPP control " + std::to_string(ctrl) + " is not modelled",
                   lanes[l]);
      return;
    }
    if (src >= 0 && lanes[src]) {
      std::memcpy(lanes[l]->result, lanes[src]->operands[base], bytes);
    } else if (boundCtrl || !old) {
      std::memset(lanes[l]->result, 0, bytes);
    } else {
      std::memcpy(lanes[l]->result, old, bytes);
    }
  }
}

void dsSwizzle(LaunchState &launch, const SiteInfo &site,
               LaneState *const lanes[kWaveSize]) {
  LaneState *first = firstLive(lanes);
  uint32_t pattern = get<uint32_t>(first->operands, 1);
  for (int l = 0; l < kWaveSize; ++l) {
    if (!lanes[l])
      continue;
    int src;
    if (pattern & 0x8000) { // quad permute
      src = (l & ~3) | ((pattern >> (2 * (l & 3))) & 3);
    } else { // bitmask mode within 32 lanes
      int andMask = pattern & 0x1F, orMask = (pattern >> 5) & 0x1F,
          xorMask = (pattern >> 10) & 0x1F;
      src = (l & 0x20) | ((((l & 0x1F) & andMask) | orMask) ^ xorMask);
    }
    uint32_t v = lanes[src] ? get<uint32_t>(lanes[src]->operands, 0) : 0;
    put<uint32_t>(lanes[l]->result, 0, v);
  }
  (void)launch;
  (void)site;
}

/// ds_read_b64_tr_b{16,8,4}: each lane reads 64 bits (E = 64 / bits
/// elements) at its own address. Within each 16-lane group the data is a
/// (16 / (16/E) = E) x 16 tile whose rows are 16/E lanes wide (lane s holds
/// row s / (16/E), columns (s % (16/E)) * E ...); each lane receives one
/// column: result[l][e] = data[16g + e * (16/E) + (l % 16) / E][l % E].
/// The b16 rule (4 x 16 tile, "each lane gets a column") is validated by
/// Triton's bf16 dot fixture; b8/b4 follow the same pattern [inferred].
void dsReadTr(LaunchState &launch, const SiteInfo &site,
              LaneState *const lanes[kWaveSize]) {
  int bits = int(site.imm[0]);
  int e = 64 / bits;
  uint64_t data[kWaveSize] = {};
  for (int l = 0; l < kWaveSize; ++l) {
    if (!lanes[l])
      continue;
    void *addr = get<void *>(lanes[l]->operands, 0);
    const void *safe = launch.access(addr, 8, AccessRead, site.text, lanes[l]);
    std::memcpy(&data[l], safe, 8);
  }
  uint64_t mask = bits == 64 ? ~0ull : ((1ull << bits) - 1);
  int lanesPerRow = 16 / e;
  for (int l = 0; l < kWaveSize; ++l) {
    if (!lanes[l])
      continue;
    uint64_t r = 0;
    for (int el = 0; el < e; ++el) {
      int src = 16 * (l / 16) + el * lanesPerRow + (l % 16) / e;
      uint64_t v = (data[src] >> (bits * (l % e))) & mask;
      r |= v << (bits * el);
    }
    std::memcpy(lanes[l]->result, &r, 8);
  }
}

} // namespace

/// v_permlane{16,32}_swap_b32 (i32 vdst_old, i32 vsrc_old, i1 fi, i1
/// bound_ctrl) -> {vdst, vsrc}: with n = 16, the odd 16-lane rows of the
/// first operand trade places with the even rows of the second; with n = 32
/// the upper half of the first with the lower half of the second (LLVM's
/// AMDGPUUsage; pinned by the Triton chain-dot fixtures).
void permlaneSwap(LaunchState &launch, const SiteInfo &site,
                  LaneState *const lanes[kWaveSize]) {
  int n = int(site.imm[0]);
  uint32_t first[kWaveSize] = {}, second[kWaveSize] = {};
  for (int l = 0; l < kWaveSize; ++l)
    if (lanes[l]) {
      first[l] = get<uint32_t>(lanes[l]->operands, 0);
      second[l] = get<uint32_t>(lanes[l]->operands, 1);
    }
  for (int l = 0; l < kWaveSize; ++l) {
    if (!lanes[l])
      continue;
    // Lane l of the first operand is in the swapped part when its n-lane
    // group is odd; its partner is lane l - n of the second operand.
    bool upper = (l / n) % 2 == 1;
    int partner = upper ? l - n : l + n;
    if (!lanes[partner]) {
      launch.issue(Issue::Kind::Unsupported, site.text,
                   "permlane swap with inactive partner lane " +
                       std::to_string(partner),
                   lanes[l]);
      return;
    }
    uint32_t outFirst = upper ? second[partner] : first[l];
    uint32_t outSecond = upper ? second[l] : first[partner];
    put<uint32_t>(lanes[l]->result, 0, outFirst);
    put<uint32_t>(lanes[l]->result, 1, outSecond);
  }
}

void runWaveOp(LaunchState &launch, const SiteInfo &site,
               LaneState *const lanes[kWaveSize]) {
  int live = 0, firstLane = -1;
  for (int l = 0; l < kWaveSize; ++l)
    if (lanes[l]) {
      ++live;
      if (firstLane < 0)
        firstLane = l;
    }
  if (site.op == SiteOp::Mfma || site.op == SiteOp::MfmaScale) {
    if (live != kWaveSize) {
      launch.issue(Issue::Kind::Unsupported, site.text,
                   "MFMA executed by " + std::to_string(live) +
                       " of 64 lanes (partial EXEC is not modelled)",
                   lanes[firstLane]);
      return;
    }
    if (site.op == SiteOp::Mfma)
      mfma(launch, site, lanes);
    else
      mfmaScale(launch, site, lanes);
    return;
  }
  uint32_t bytes = site.resultBytes;
  switch (site.op) {
  case SiteOp::ReadFirstLane:
    for (int l = 0; l < kWaveSize; ++l)
      if (lanes[l])
        std::memcpy(lanes[l]->result, lanes[firstLane]->operands[0], bytes);
    return;
  case SiteOp::ReadLane:
    for (int l = 0; l < kWaveSize; ++l) {
      if (!lanes[l])
        continue;
      uint32_t src = get<uint32_t>(lanes[l]->operands, 1) & 63;
      if (lanes[src])
        std::memcpy(lanes[l]->result, lanes[src]->operands[0], bytes);
      else
        std::memset(lanes[l]->result, 0, bytes);
    }
    return;
  case SiteOp::Ballot: {
    uint64_t mask = 0;
    for (int l = 0; l < kWaveSize; ++l)
      if (lanes[l] && (get<uint8_t>(lanes[l]->operands, 0) & 1))
        mask |= uint64_t(1) << l;
    for (int l = 0; l < kWaveSize; ++l)
      if (lanes[l])
        std::memcpy(lanes[l]->result, &mask, bytes);
    return;
  }
  case SiteOp::DsBpermute:
    // (i32 byte address, i32 data): reads lane (addr / 4) % 64; 0 if inactive.
    for (int l = 0; l < kWaveSize; ++l) {
      if (!lanes[l])
        continue;
      uint32_t src = (get<uint32_t>(lanes[l]->operands, 0) >> 2) & 63;
      uint32_t v = lanes[src] ? get<uint32_t>(lanes[src]->operands, 1) : 0;
      put<uint32_t>(lanes[l]->result, 0, v);
    }
    return;
  case SiteOp::DsSwizzle:
    dsSwizzle(launch, site, lanes);
    return;
  case SiteOp::UpdateDpp:
    updateDpp(launch, site, lanes);
    return;
  case SiteOp::SetInactive: {
    // Inactive lanes would take the second operand and run the whole-wave
    // code; the emulator does not run them, so only full waves are modelled
    // (LLVM's atomic optimizer's scans, on a full wave, are).
    for (int l = 0; l < kWaveSize; ++l)
      if (!lanes[l]) {
        launch.issue(Issue::Kind::Unsupported, site.text,
                     "set.inactive on a wave with inactive lanes (whole-wave "
                     "mode) is not modelled",
                     firstLive(lanes));
        return;
      }
    for (int l = 0; l < kWaveSize; ++l)
      std::memcpy(lanes[l]->result, lanes[l]->operands[0], bytes);
    return;
  }
  case SiteOp::DsReadTr:
    dsReadTr(launch, site, lanes);
    return;
  case SiteOp::WaveBarrier:
    return; // the rendezvous itself is the semantics
  case SiteOp::PermlaneSwap:
    permlaneSwap(launch, site, lanes);
    return;
  default:
    launch.issue(Issue::Kind::Unsupported, site.text,
                 "internal: lane op run as a wave op", lanes[firstLane]);
  }
}

} // namespace mxmoe::emu
