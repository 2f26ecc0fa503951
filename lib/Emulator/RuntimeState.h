//===- RuntimeState.h - emulator launch state (internal) -------*- C++ -*-===//

#ifndef MXMOE_LIB_EMULATOR_RUNTIMESTATE_H
#define MXMOE_LIB_EMULATOR_RUNTIMESTATE_H

#include "Runtime.h"
#include "mxmoe/Emulator/Emulator.h"

#include "llvm/ADT/SmallVector.h"

#include <boost/context/fiber.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <tuple>
#include <unordered_set>

namespace mxmoe::emu {

constexpr int kWaveSize = 64;

/// A raw buffer resource (V#) as the kernel built it.
struct Allocation {
  uint64_t begin, end;
  int buffer; // index into the launch's buffers; -1 for module globals
};

/// A raw buffer resource (V#) as the kernel built it.
struct Descriptor {
  uint64_t base;
  uint32_t stride;
  uint32_t numRecords;
  uint32_t flags;
  /// The allocation holding `base` (null: none). An access the descriptor
  /// allows must stay inside it, or the descriptor lies about its buffer.
  const Allocation *home = nullptr;
};

/// The launch-wide budget and progress, shared by the workers.
struct LaunchBudget {
  uint64_t maxInstructions = 0;
  double timeLimit = 0;
  uint64_t workgroups = 0;
  std::chrono::steady_clock::time_point start;
  std::atomic<uint64_t> instructions{0}; // flushed by the workers
  std::atomic<uint64_t> workgroupsDone{0};
  std::atomic<bool> exceeded{false};
  std::atomic<uint64_t> firstCut{UINT64_MAX}; // first workgroup stopped early
  std::atomic<int64_t> nextProgressNs{0};
  std::mutex progressMutex;
  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  }
};

struct WaveState;

struct LaneState {
  int id = 0; // flat id in the workgroup
  int laneInWave = 0;
  WaveState *wave = nullptr;
  uint32_t tid[3] = {0, 0, 0};
  enum State { Ready, Blocked, Done } state = Ready;
  enum Block { None, Collective, Barrier } block = None;
  uint32_t site = 0;
  void **operands = nullptr;
  void *result = nullptr;
  boost::context::fiber fiber;       // the lane while it is suspended
  boost::context::fiber sink;        // the scheduler while the lane runs
  uint64_t stackLo = 0, stackHi = 0; // the fiber's stack, guard page included
  /// The lane's live private allocations [begin, end).
  llvm::SmallVector<std::pair<uint64_t, uint64_t>, 4> privateRanges;
  bool inPrivate(uint64_t addr, uint64_t size) const {
    for (const auto &[begin, end] : privateRanges)
      if (addr >= begin && addr <= end && size <= end - addr)
        return true;
    return false;
  }
  uint32_t mode = 0; ///< the MODE register's modelled bits (s.setreg)
  bool saturatesFp8() const { return (mode >> kModeFp16OverflowClampBit) & 1; }
};

struct WaveState {
  int index = 0;
  LaneState *lanes[kWaveSize] = {};
  uint32_t collectives = 0; ///< wave-wide rendezvous completed so far
};

/// Per LDS byte: who wrote and read it since the last barrier.
struct LdsShadow {
  uint32_t writeEpoch = 0; // epoch + 1 of the last write (0: never written)
  int16_t writeWave = -1;
  int16_t writeLane = -1;
  uint32_t writeCollectives = 0; // the writer wave's collective count
  uint32_t readEpoch = 0;        // epoch + 1 of readWaves
  uint64_t readWaves = 0;
};

/// What one worker thread runs workgroups with. Launch-wide inputs are
/// shared read-only; everything a workgroup changes is the worker's own, and
/// `report` collects the current workgroup's issues and counters, which the
/// launch merges in workgroup order.
struct LaunchState {
  const SiteTable *sites = nullptr;
  const LaunchConfig *config = nullptr;
  std::vector<Buffer> *buffers = nullptr;
  Report *report = nullptr; // the current workgroup's
  std::string kernel;
  std::string chip;
  bool fp8IsFnuz = false; ///< the chip's FP8 conversions use FNUZ encodings
  std::vector<Allocation> allocations;
  /// Hidden kernel arguments (code object v5): block counts (u32 x3) at 0,
  /// group sizes (u16 x3) at 12, remainders (u16 x3) at 18, grid dims (u16)
  /// at 64.
  alignas(8) std::array<uint8_t, 256> implicitArgs{};
  void fillImplicitArgs();
  const Allocation *lastAllocation = nullptr; // the last one hit

  // The current workgroup.
  uint32_t wgId[3] = {0, 0, 0};
  uint8_t *lds = nullptr; // base of the worker's 4 GiB reservation
  uint64_t ldsBytes = 0;  // the workgroup's allocation
  std::vector<LdsShadow> shadow;
  uint32_t epoch = 0; // barriers completed in this workgroup
  bool wroteOutput = false;
  /// IR instructions this worker's lanes executed, all workgroups; the
  /// share not yet added to the budget, and when to check it next.
  uint64_t laneInstructions = 0;
  uint64_t flushedInstructions = 0;
  uint64_t nextBudgetCheck = 0;
  LaunchBudget *budget = nullptr;
  /// Flushes this worker's count into the budget, calls the progress
  /// callback when due; true when the launch must stop.
  bool checkBudget();
  std::vector<uint64_t> mfmaBySite; // MFMAs per site in this workgroup
  std::vector<LaneState> lanes;
  std::vector<WaveState> waves;

  std::deque<Descriptor> descriptors;
  std::map<std::tuple<uint64_t, uint32_t, uint32_t, uint32_t>, Descriptor *>
      descriptorIndex;
  std::unordered_set<const void *> descriptorSet;
  const Descriptor *lastDescriptor = nullptr;
  std::map<std::pair<int, std::string>, size_t> issueIndex;
  std::vector<uint8_t> sink;
  bool aborted = false;
  /// Two waves wrote one LDS byte in an epoch: a race unless both wrote the
  /// same value, which checkPendingWaw() tells at the next barrier.
  struct PendingWaw {
    uint64_t offset;
    uint8_t firstValue;
    int firstWave;
    const std::string *site; // in the module's site table
    const LaneState *lane;
  };
  std::vector<PendingWaw> pendingWaw;
  void checkPendingWaw();

  void issue(Issue::Kind kind, const std::string &site,
             const std::string &message, const LaneState *lane);
  /// Checks an access of [addr, addr + size) and returns the address to use
  /// (a zeroed sink when the access must not happen).
  /// `origin`, when nonzero, is the pointer the address was derived from
  /// (its underlying object): a global access must then stay in the
  /// allocation holding it, not merely in some allocation.
  void *access(void *addr, uint64_t size, uint32_t flags,
               const std::string &site, LaneState *lane, uint64_t origin = 0);
  /// The check of access(): counts and reports; false when the access must
  /// not happen.
  bool checkRange(void *addr, uint64_t size, uint32_t flags,
                  const std::string &site, LaneState *lane,
                  uint64_t origin = 0);
  /// `size` zero bytes that an access which must not happen uses instead.
  void *zeroSink(uint64_t size);
  const Allocation *findAllocation(uint64_t addr, uint64_t size);
  // The messages of LDS shadow checks (out of access's fast path).
  [[gnu::noinline]] void ldsReadIssue(const LdsShadow &s, uint64_t b,
                                      const std::string &site,
                                      const LaneState *lane, int wave,
                                      int laneId, uint32_t now, bool write);
  [[gnu::noinline]] void ldsWriteIssue(const LdsShadow &s, uint64_t b,
                                       const std::string &site,
                                       const LaneState *lane, int wave,
                                       uint32_t now);
  Descriptor *descriptor(const void *rsrc, const std::string &site,
                         LaneState *lane);
  /// A descriptor for these fields (made once per worker).
  Descriptor *makeDescriptor(uint64_t base, uint32_t stride,
                             uint32_t numRecords, uint32_t flags);
};

/// Lane instructions a worker runs between two budget checks.
inline constexpr uint64_t kBudgetCheckInterval = 1 << 16;

extern thread_local LaunchState *gLaunch;
extern thread_local LaneState *gLane;

/// Lane-local intrinsic semantics (WaveOps.cpp).
void runLaneOp(LaunchState &launch, LaneState &lane, const SiteInfo &site,
               void **operands, void *result);
/// Wave collective semantics (WaveOps.cpp): `lanes[l]` is null for lanes that
/// do not exist or have exited.
void runWaveOp(LaunchState &launch, const SiteInfo &site,
               LaneState *const lanes[kWaveSize]);

} // namespace mxmoe::emu

#endif // MXMOE_LIB_EMULATOR_RUNTIMESTATE_H
