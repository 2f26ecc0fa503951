//===- Emulator.h - run gfx9 AMDGPU LLVM IR on the CPU ---------*- C++ -*-===//
//
// moe-emu's library. A kernel's AMDGPU LLVM IR (what moe-compile --emit=llvm
// prints, or what another compiler hands to the backend) is retargeted to the
// host and JIT-compiled; every lane runs as a fiber, wave-wide intrinsics and
// s.barrier are rendezvous points, LDS is per-workgroup memory and buffer
// resources are bounds-checked like the hardware. The run reports
// out-of-bounds accesses, LDS races, divergent collectives and unsupported
// intrinsics, and counts memory traffic, MFMAs and useful workgroups.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_EMULATOR_EMULATOR_H
#define MXMOE_EMULATOR_EMULATOR_H

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mxmoe::emu {

/// One kernel argument, in the kernel's parameter order.
struct KernelArg {
  enum class Kind { Buffer, I32, I64, F32 };
  Kind kind = Kind::I32;
  /// For Buffer: index into the launch's buffers (the pointer passed is its
  /// base address).
  int buffer = -1;
  uint64_t bits = 0; // scalar value bits
  static KernelArg buf(int index) { return {Kind::Buffer, index, 0}; }
  static KernelArg i32(int32_t v) { return {Kind::I32, -1, uint32_t(v)}; }
  static KernelArg i64(int64_t v) { return {Kind::I64, -1, uint64_t(v)}; }
  static KernelArg f32(float v);
};

/// Device memory of one buffer; the emulator reads and writes it in place.
struct Buffer {
  std::string name;
  std::vector<uint8_t> bytes;
};

/// How far a launch has got, for LaunchConfig::progress.
struct LaunchProgress {
  uint64_t workgroupsDone = 0, workgroups = 0;
  uint64_t laneInstructions = 0;
  double seconds = 0;
};

/// The most private (scratch) memory one lane may have: gfx9's largest
/// wave scratch allocation, 8191 x 1 KiB, over 64 lanes (the AMDGPU
/// backend's MaxWaveScratchSize). A kernel needing more is refused.
inline constexpr uint64_t kMaxPrivateBytesPerLane = 8191 * 1024 / 64;

struct LaunchConfig {
  std::array<uint32_t, 3> grid = {1, 1, 1};   // workgroups
  std::array<uint32_t, 3> block = {64, 1, 1}; // lanes per workgroup
  uint32_t dynamicLdsBytes = 0;
  /// Stop after this many distinct issues (0: never).
  unsigned maxIssues = 64;
  /// Worker threads running workgroups concurrently (0: one per core). Each
  /// worker has its own LDS, lanes and checks; issues and counters are
  /// merged in workgroup order, so the report does not depend on the thread
  /// count. Global atomics are host atomics, but the order in which
  /// workgroups apply float atomics (and what returning atomics see) varies.
  unsigned threads = 0;
  /// Bit-exact replay: run the workgroups on one thread in workgroup order
  /// (x fastest), so every run gives the same bytes, float atomics included.
  bool deterministic = false;
  /// Budget: stop the launch (an Issue::Kind::BudgetExceeded report) once
  /// its lanes have executed this many IR instructions, or once it has run
  /// this many seconds (0: no limit). Checked every few ten thousand
  /// instructions per worker, so a launch may overshoot slightly.
  uint64_t maxLaneInstructions = 0;
  double timeLimitSeconds = 0;
  /// Called (from a worker thread, one call at a time) at most every
  /// progressIntervalSeconds while the launch runs; the first call comes
  /// after one interval, so short launches never see it.
  std::function<void(const LaunchProgress &)> progress;
  double progressIntervalSeconds = 5;
};

/// A problem found while running, attributed to the first lane that hit it.
struct Issue {
  enum class Kind {
    GlobalOutOfBounds,   ///< access outside every allocation
    LdsOutOfBounds,      ///< LDS access past the workgroup's allocation
    LdsRace,             ///< two waves, one writing, no barrier between
    LdsUninitialized,    ///< read of LDS never written in this workgroup
    LaneDependency,      ///< same-wave cross-lane LDS dependency (see docs)
    DivergentCollective, ///< lanes of a wave at different collectives
    Unsupported,         ///< an intrinsic or a case the emulator cannot model
    BufferSemantics,     ///< an access whose result depends on unclear rules
    PrivateOutOfBounds,  ///< private access outside the lane's allocations
    DescriptorOverrun,   ///< in a buffer resource's range, outside its buffer
    BudgetExceeded,      ///< the launch hit maxLaneInstructions or its time
  };
  Kind kind;
  std::string message;
  std::string kernel;
  std::string site; // the IR instruction
  std::array<uint32_t, 3> workgroup{};
  int wave = -1, lane = -1;
  uint64_t count = 1;
};
const char *toString(Issue::Kind kind);

struct Counters {
  std::vector<uint64_t> globalBytesRead;    // per buffer
  std::vector<uint64_t> globalBytesWritten; // per buffer
  uint64_t ldsBytesRead = 0, ldsBytesWritten = 0;
  std::map<std::string, uint64_t> mfma; // by intrinsic name
  uint64_t barriers = 0;
  uint64_t bufferOutOfBoundsDwords = 0; // dwords dropped/zeroed by bounds
  uint64_t workgroupsLaunched = 0;
  uint64_t workgroupsWithOutput = 0; // wrote global memory
  uint64_t laneInstructions = 0;     // IR instructions executed, all lanes
  double seconds = 0;                // wall time of the launch
};

struct Report {
  std::vector<Issue> issues;
  Counters counters;
  bool ok() const { return issues.empty(); }
  void print(std::ostream &os, const std::vector<Buffer> &buffers) const;
};

struct KernelInfo {
  std::string name;
  uint64_t staticLdsBytes = 0;
  bool usesDynamicLds = false;
  unsigned numParams = 0;
  /// The workgroup sizes the kernel was compiled for: lanes within
  /// "amdgpu-flat-work-group-size", and !reqd_work_group_size if present
  /// (0 = none). A launch outside them is refused.
  uint32_t minLanes = 1, maxLanes = 1024;
  std::array<uint32_t, 3> requiredBlock = {0, 0, 0};
  /// Private memory of one lane: the constant-size allocas of the kernel
  /// and of every function it may call (an upper bound).
  uint64_t privateBytes = 0;
};

/// How a module is JIT-compiled for the host.
struct LoadOptions {
  /// The host CPU the kernels are compiled for. Empty (the default): the
  /// portable baseline, kBaselineCpu with no optional feature (no AVX of any
  /// kind), so a module runs the same on every x86-64 host; "native": the
  /// host's CPU and features; otherwise an LLVM CPU name ("skylake-avx512").
  std::string cpu;
  /// Extra LLVM features for a named CPU ("+avx2,-fma"); ignored otherwise.
  std::string features;
};
inline constexpr const char *kBaselineCpu = "x86-64";

/// What the kernels were compiled for.
struct JitTarget {
  std::string triple, cpu, features;
};

/// A loaded, retargeted and JIT-compiled module.
class Module {
public:
  /// Loads LLVM IR text or bitcode for amdgcn-amd-amdhsa (gfx9 chips). On
  /// failure returns nullptr and sets `error` to one line (e.g. naming an
  /// unsupported intrinsic or a host symbol the emulator does not provide).
  static std::unique_ptr<Module> load(const std::string &path,
                                      std::string &error,
                                      const LoadOptions &options = {});
  static std::unique_ptr<Module>
  loadFromString(const std::string &ir, std::string &error,
                 const LoadOptions &options = {});
  ~Module();

  const std::vector<KernelInfo> &kernels() const;
  /// The target chip read from the module (e.g. "gfx950").
  const std::string &chip() const;
  /// The host target the kernels were compiled for.
  const JitTarget &jitTarget() const;
  /// Whether the code generator had host feature `feature` ("avx512bf16")
  /// enabled when it compiled the kernels.
  bool jitHasFeature(const std::string &feature) const;
  /// The emulator's host helpers (HostHelpers.h) the compiled kernels call,
  /// sorted.
  const std::vector<std::string> &hostHelpersUsed() const;

  /// Runs `kernel` over the grid. Buffers are device memory: read and
  /// written in place. Returns false (and sets error) when the launch could
  /// not start (unknown kernel, argument mismatch, LDS or private memory over
  /// the chip's limit, more than 2^63 workgroups).
  bool launch(const std::string &kernel, const LaunchConfig &config,
              const std::vector<KernelArg> &args, std::vector<Buffer> &buffers,
              Report &report, std::string &error);

  /// What LaunchConfig::threads = 0 means: the host's hardware threads.
  static unsigned defaultThreads();

  struct Impl;
  explicit Module(std::unique_ptr<Impl> impl); // use load()

private:
  std::unique_ptr<Impl> impl;
};

} // namespace mxmoe::emu

#endif // MXMOE_EMULATOR_EMULATOR_H
