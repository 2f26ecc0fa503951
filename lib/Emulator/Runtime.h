//===- Runtime.h - emulator runtime interface ------------------*- C++ -*-===//
//
// The contract between the IR rewriter (Retarget.cpp), which replaces AMDGPU
// intrinsics and instruments memory accesses with calls to the extern "C"
// functions below, and the runtime (Runtime.cpp, WaveOps.cpp) that implements
// them on lane fibers. Each rewritten call carries a site index into a table
// that says what the call was.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_EMULATOR_RUNTIME_H
#define MXMOE_EMULATOR_RUNTIME_H

#include <cstdint>
#include <string>
#include <vector>

namespace llvm {
class Module;
} // namespace llvm

namespace mxmoe::emu {

/// What an intrinsic call site does.
enum class SiteOp : uint32_t {
  // Lane-local.
  Perm,
  Fmed3,
  Rcp,
  Exp2,
  Ldexp,
  MbcntLo,
  MbcntHi,
  CvtScaleF32PkFp4, ///< fp4 -> {bf16,f16,f32} pair (result kind in imm[0])
  CvtScaleF32PkFp8, ///< fp8/bf8 -> {bf16,f16,f32} pair (imm[0] dst, imm[1] bf8)
  CvtScaleF32PkFp4F32, ///< two f32 -> fp4 byte
  CvtScaleF32PkFp8F32, ///< two f32 -> 2 fp8/bf8 with scale (imm[1] bf8)
  CvtScaleF32Fp8,      ///< one fp8/bf8 byte -> f32 with scale (imm[1] bf8)
  CvtPkFp8F32,         ///< two f32 -> 2 fp8/bf8 (imm[1] bf8)
  CvtF32Fp8,           ///< one fp8/bf8 byte -> f32 (imm[1] bf8)
  CvtPkF32Fp8,         ///< two fp8/bf8 -> 2 f32 (imm[1] bf8)
  MakeBufferRsrc,
  BufferLoad,
  BufferStore,
  BufferAtomic, ///< imm[0]: AtomicKind
  BufferLoadLds,
  GlobalLoadLds,
  ImplicitArgPtr, ///< the hidden kernel arguments (code object v5 layout)
  SetMode,        ///< s.setreg of MODE: imm[1] offset, imm[2] width
  // Wave collectives.
  Mfma,      ///< imm: m, n, k, kPerLane, element kind
  MfmaScale, ///< imm: m, n, k, constant-zero scales
  ReadFirstLane,
  ReadLane,
  Ballot,
  DsBpermute,
  DsSwizzle,
  UpdateDpp,
  DsReadTr,     ///< imm[0]: element bits (4, 8, 16)
  WaveBarrier,  ///< llvm.amdgcn.wave.barrier: a wave-wide rendezvous
  PermlaneSwap, ///< permlane{16,32}.swap: imm[0] = 16 or 32
  SetInactive,  ///< set.inactive: whole-wave mode, modelled on full waves
};

/// s_setreg's hardware register id of MODE, and the MODE bit that makes
/// conversions to FP8/BF8 saturate instead of overflowing (FP16_OVFL).
inline constexpr int64_t kHwRegMode = 1;
inline constexpr unsigned kModeFp16OverflowClampBit = 23;

enum class ElemKind : int32_t { BF16, F16, F32 };
enum class AtomicKind : int32_t { FAdd, Add, Max, Min, UMax, UMin, Swap };

struct SiteInfo {
  SiteOp op;
  std::string intrinsic; ///< e.g. llvm.amdgcn.mfma.f32.16x16x32.bf16
  std::string text;      ///< the IR instruction, for messages
  std::vector<uint32_t> operandBytes;
  uint32_t resultBytes = 0;
  int64_t imm[6] = {0, 0, 0, 0, 0, 0};
};

/// Memory-access sites (instrumented loads/stores) share the table; their
/// op is unused.
struct SiteTable {
  std::vector<SiteInfo> sites;
  std::vector<std::string> accessSites; ///< text of instrumented accesses
  std::vector<std::string> barrierSites;
};

/// Flags of emu_access.
enum AccessFlags : uint32_t { AccessRead = 1, AccessWrite = 2 };

struct KernelInfo;

/// Rewrites an amdgcn module for the host. Fills `sites` and `kernels`;
/// returns false with `error` naming the first unsupported construct.
bool retargetModule(llvm::Module &module, const std::string &hostTriple,
                    const std::string &hostDataLayout, SiteTable &sites,
                    std::vector<KernelInfo> &kernels, std::string &chip,
                    std::string &error);

/// Names of the runtime entry points the rewriter calls.
namespace rt {
inline constexpr const char *WorkitemId = "__emu_workitem_id";
inline constexpr const char *WorkgroupId = "__emu_workgroup_id";
inline constexpr const char *LdsBase = "__emu_lds_base";
inline constexpr const char *Barrier = "__emu_barrier";
inline constexpr const char *WaveOp = "__emu_wave_op";
inline constexpr const char *LaneOp = "__emu_lane_op";
inline constexpr const char *Access = "__emu_access";
inline constexpr const char *Count = "__emu_count";
/// s.sleep: yields the host thread.
inline constexpr const char *Sleep = "__emu_sleep";
/// Private memory: each alloca registers its range with the lane, accesses
/// whose alloca is known are checked inline and report through
/// PrivateOutOfBounds, a dynamic alloca asks PrivateFits first.
inline constexpr const char *PrivateAlloca = "__emu_private_alloca";
inline constexpr const char *PrivateFits = "__emu_private_fits";
/// How many allocations the lane has (at a function's entry), and back to
/// that many (at its returns).
inline constexpr const char *PrivateDepth = "__emu_private_depth";
inline constexpr const char *PrivatePop = "__emu_private_pop";
inline constexpr const char *PrivateOutOfBounds = "__emu_private_oob";
/// memcpy/memmove/memset: checks both ranges, returns the length to use
/// (0 when either range is bad).
inline constexpr const char *MemRange = "__emu_mem_range";
inline constexpr const char *EntryPrefix = "__emu_entry_";
} // namespace rt

} // namespace mxmoe::emu

#endif // MXMOE_EMULATOR_RUNTIME_H
