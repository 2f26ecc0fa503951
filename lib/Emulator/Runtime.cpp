//===- Runtime.cpp - lane fibers, rendezvous and memory checks ------------===//

#include "RuntimeState.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace mxmoe::emu {

thread_local LaunchState *gLaunch = nullptr;
thread_local LaneState *gLane = nullptr;

const char *toString(Issue::Kind kind) {
  switch (kind) {
  case Issue::Kind::GlobalOutOfBounds:
    return "global-out-of-bounds";
  case Issue::Kind::LdsOutOfBounds:
    return "lds-out-of-bounds";
  case Issue::Kind::LdsRace:
    return "lds-race";
  case Issue::Kind::LdsUninitialized:
    return "lds-uninitialized-read";
  case Issue::Kind::LaneDependency:
    return "same-wave-lds-dependency";
  case Issue::Kind::DivergentCollective:
    return "divergent-collective";
  case Issue::Kind::Unsupported:
    return "unsupported";
  case Issue::Kind::BufferSemantics:
    return "buffer-semantics";
  case Issue::Kind::PrivateOutOfBounds:
    return "private-out-of-bounds";
  case Issue::Kind::DescriptorOverrun:
    return "buffer-descriptor-overrun";
  case Issue::Kind::BudgetExceeded:
    return "budget-exceeded";
  }
  return "?";
}

void LaunchState::issue(Issue::Kind kind, const std::string &site,
                        const std::string &message, const LaneState *lane) {
  auto key = std::make_pair(int(kind), site);
  auto it = issueIndex.find(key);
  if (it != issueIndex.end()) {
    ++report->issues[it->second].count;
    return;
  }
  // Every distinct issue of the workgroup is kept: the launch applies
  // maxIssues when it merges the workgroups in order.
  Issue i;
  i.kind = kind;
  i.message = message;
  i.site = site;
  i.kernel = kernel;
  i.workgroup = {wgId[0], wgId[1], wgId[2]};
  if (lane) {
    i.wave = lane->wave ? lane->wave->index : -1;
    i.lane = lane->laneInWave;
  }
  issueIndex[key] = report->issues.size();
  report->issues.push_back(i);
}

void LaunchState::checkPendingWaw() {
  for (const PendingWaw &w : pendingWaw)
    if (lds[w.offset] != w.firstValue)
      issue(Issue::Kind::LdsRace, *w.site,
            "waves " + std::to_string(w.firstWave) + " and " +
                std::to_string(w.lane ? w.lane->wave->index : -1) +
                " write different values to LDS offset " +
                std::to_string(w.offset) + " with no barrier in between",
            w.lane);
  pendingWaw.clear();
}

void LaunchState::fillImplicitArgs() {
  implicitArgs.fill(0);
  uint16_t dims = 1;
  for (int d = 0; d < 3; ++d) {
    uint32_t count = config->grid[d];
    uint16_t group = uint16_t(config->block[d]);
    std::memcpy(&implicitArgs[4 * d], &count, 4);
    std::memcpy(&implicitArgs[12 + 2 * d], &group, 2);
    if (config->grid[d] > 1)
      dims = uint16_t(d + 1);
  }
  std::memcpy(&implicitArgs[64], &dims, 2);
  uint64_t base = reinterpret_cast<uint64_t>(implicitArgs.data());
  allocations.push_back({base, base + implicitArgs.size(), -1});
}

const Allocation *LaunchState::findAllocation(uint64_t addr, uint64_t size) {
  const Allocation *last = lastAllocation;
  if (last && addr >= last->begin && addr + size <= last->end)
    return last;
  for (const Allocation &a : allocations)
    if (addr >= a.begin && addr + size <= a.end)
      return lastAllocation = &a;
  return nullptr;
}

void LaunchState::ldsReadIssue(const LdsShadow &s, uint64_t b,
                               const std::string &site, const LaneState *lane,
                               int wave, int laneId, uint32_t now, bool write) {
  if (s.writeEpoch == 0 && !write) {
    issue(Issue::Kind::LdsUninitialized, site,
          "read of LDS offset " + std::to_string(b) +
              " that no lane of this workgroup has written",
          lane);
  } else if (s.writeEpoch == now && s.writeWave != wave) {
    issue(Issue::Kind::LdsRace, site,
          "wave " + std::to_string(wave) + " reads LDS offset " +
              std::to_string(b) + " written by wave " +
              std::to_string(s.writeWave) + " with no barrier in between",
          lane);
  } else if (s.writeEpoch == now && s.writeLane != laneId && lane &&
             s.writeCollectives == lane->wave->collectives) {
    issue(Issue::Kind::LaneDependency, site,
          "lane " + std::to_string(laneId) + " reads LDS offset " +
              std::to_string(b) + " written by lane " +
              std::to_string(s.writeLane) +
              " of the same wave with no wave-wide synchronization in "
              "between; the emulator runs a wave's lanes one after "
              "another, so put llvm.amdgcn.wave.barrier (or any wave "
              "collective, or s.barrier) between them",
          lane);
  }
}

void LaunchState::ldsWriteIssue(const LdsShadow &s, uint64_t b,
                                const std::string &site, const LaneState *lane,
                                int wave, uint32_t now) {
  if (s.writeEpoch == now && s.writeWave != wave)
    // Waves that store the same value (a broadcast layout, as Triton writes
    // replicated scales) do not race: judged at the next barrier.
    pendingWaw.push_back({b, lds[b], s.writeWave, &site, lane});
  else if (s.readEpoch == now && wave >= 0 &&
           (s.readWaves & ~(uint64_t(1) << wave)))
    issue(Issue::Kind::LdsRace, site,
          "wave " + std::to_string(wave) + " writes LDS offset " +
              std::to_string(b) +
              " that another wave read with no barrier in between",
          lane);
}

void *LaunchState::zeroSink(uint64_t size) {
  if (sink.size() < size)
    sink.resize(size);
  std::memset(sink.data(), 0, size);
  return sink.data();
}

void *LaunchState::access(void *ptr, uint64_t size, uint32_t flags,
                          const std::string &site, LaneState *lane,
                          uint64_t origin) {
  return checkRange(ptr, size, flags, site, lane, origin) ? ptr
                                                          : zeroSink(size);
}

bool LaunchState::checkRange(void *ptr, uint64_t size, uint32_t flags,
                             const std::string &site, LaneState *lane,
                             uint64_t origin) {
  uint64_t addr = reinterpret_cast<uint64_t>(ptr);
  uint64_t ldsBase = reinterpret_cast<uint64_t>(lds);
  constexpr uint64_t kLdsWindow = uint64_t(1) << 32;

  if (addr >= ldsBase && addr < ldsBase + kLdsWindow) {
    uint64_t off = addr - ldsBase;
    if (off > ldsBytes || size > ldsBytes - off) {
      issue(Issue::Kind::LdsOutOfBounds, site,
            "LDS access of " + std::to_string(size) + " bytes at offset " +
                std::to_string(off) + " is outside the workgroup's " +
                std::to_string(ldsBytes) + " bytes",
            lane);
      return false;
    }
    int wave = lane ? lane->wave->index : -1;
    int laneId = lane ? lane->laneInWave : -1;
    uint32_t now = epoch + 1;
    if (flags & AccessRead)
      report->counters.ldsBytesRead += size;
    if (flags & AccessWrite)
      report->counters.ldsBytesWritten += size;
    // One test per byte for any problem; ldsReadIssue/ldsWriteIssue name
    // it.
    bool read = flags & AccessRead, write = flags & AccessWrite;
    uint64_t waveBit = wave >= 0 && wave < 64 ? uint64_t(1) << wave : 0;
    uint32_t collectives = lane ? lane->wave->collectives : 0;
    LdsShadow *sh = shadow.data();
    for (uint64_t b = off; b < off + size; ++b) {
      LdsShadow &s = sh[b];
      if (read) {
        bool bad =
            s.writeEpoch == 0
                ? !write
                : s.writeEpoch == now && (s.writeWave != wave ||
                                          (s.writeLane != laneId && lane &&
                                           s.writeCollectives == collectives));
        if (__builtin_expect(bad, 0))
          ldsReadIssue(s, b, site, lane, wave, laneId, now, write);
        if (s.readEpoch != now) {
          s.readEpoch = now;
          s.readWaves = waveBit;
        } else {
          s.readWaves |= waveBit;
        }
      }
      if (write) {
        bool bad =
            (s.writeEpoch == now && s.writeWave != wave) ||
            (s.readEpoch == now && wave >= 0 && (s.readWaves & ~waveBit));
        if (__builtin_expect(bad, 0))
          ldsWriteIssue(s, b, site, lane, wave, now);
        s.writeEpoch = now;
        s.writeWave = int16_t(wave);
        s.writeLane = int16_t(laneId);
        s.writeCollectives = collectives;
      }
    }
    return true;
  }

  if (lane && addr >= lane->stackLo && addr < lane->stackHi) {
    // A flat pointer into the lane's stack: private memory, which must be
    // one of the lane's live allocations (never the host's frames).
    if (lane->inPrivate(addr, size))
      return true;
    issue(Issue::Kind::PrivateOutOfBounds, site,
          std::string(flags & AccessWrite ? "write" : "read") + " of " +
              std::to_string(size) +
              " bytes through a flat pointer into private memory is outside "
              "the lane's private allocations",
          lane);
    return false;
  }
  if (const Allocation *a = findAllocation(addr, size)) {
    if (origin && (origin < a->begin || origin >= a->end))
      if (const Allocation *home = findAllocation(origin, 1)) {
        // Derived from one buffer, landing in another: an overrun that
        // happens to hit memory the launch owns.
        auto name = [&](const Allocation *x) {
          return x->buffer >= 0 ? "buffer " + std::to_string(x->buffer)
                                : std::string("a module global");
        };
        issue(Issue::Kind::GlobalOutOfBounds, site,
              std::string(flags & AccessWrite ? "write" : "read") + " of " +
                  std::to_string(size) + " bytes at offset " +
                  std::to_string(int64_t(addr - home->begin)) + " of " +
                  name(home) + " (" + std::to_string(home->end - home->begin) +
                  " bytes), which its pointer comes from, lands in " + name(a),
              lane);
        return false;
      }
    if (a->buffer >= 0) {
      if (flags & AccessRead)
        report->counters.globalBytesRead[a->buffer] += size;
      if (flags & AccessWrite)
        report->counters.globalBytesWritten[a->buffer] += size;
    }
    if (flags & AccessWrite)
      wroteOutput = true;
    return true;
  }
  issue(Issue::Kind::GlobalOutOfBounds, site,
        std::string(flags & AccessWrite ? "write" : "read") + " of " +
            std::to_string(size) + " bytes at " + std::to_string(addr) +
            " is outside every buffer",
        lane);
  return false;
}

Descriptor *LaunchState::descriptor(const void *rsrc, const std::string &site,
                                    LaneState *lane) {
  if (rsrc == lastDescriptor || descriptorSet.count(rsrc)) {
    lastDescriptor = static_cast<const Descriptor *>(rsrc);
    return const_cast<Descriptor *>(lastDescriptor);
  }
  issue(Issue::Kind::Unsupported, site,
        "buffer resource was not made by llvm.amdgcn.make.buffer.rsrc in "
        "this kernel",
        lane);
  return nullptr;
}

Descriptor *LaunchState::makeDescriptor(uint64_t base, uint32_t stride,
                                        uint32_t numRecords, uint32_t flags) {
  auto key = std::make_tuple(base, stride, numRecords, flags);
  Descriptor *&d = descriptorIndex[key];
  if (!d) {
    const Allocation *home = nullptr;
    for (const Allocation &a : allocations)
      if (base >= a.begin && base < a.end)
        home = &a;
    descriptors.push_back({base, stride, numRecords, flags, home});
    d = &descriptors.back();
    descriptorSet.insert(d);
  }
  return d;
}

bool LaunchState::checkBudget() {
  LaunchBudget &b = *budget;
  uint64_t total =
      b.instructions.fetch_add(laneInstructions - flushedInstructions) +
      (laneInstructions - flushedInstructions);
  flushedInstructions = laneInstructions;
  nextBudgetCheck = laneInstructions + kBudgetCheckInterval;
  double seconds = b.elapsed();
  if ((b.maxInstructions && total > b.maxInstructions) ||
      (b.timeLimit > 0 && seconds > b.timeLimit))
    b.exceeded.store(true);
  if (config->progress) {
    int64_t now = int64_t(seconds * 1e9);
    int64_t due = b.nextProgressNs.load(std::memory_order_relaxed);
    if (now >= due &&
        b.nextProgressNs.compare_exchange_strong(
            due, now + int64_t(config->progressIntervalSeconds * 1e9))) {
      std::lock_guard<std::mutex> lock(b.progressMutex);
      config->progress({b.workgroupsDone.load(), b.workgroups,
                        b.instructions.load(), seconds});
    }
  }
  return b.exceeded.load(std::memory_order_relaxed);
}

namespace {

void yieldToScheduler(LaneState *lane) {
  lane->sink = std::move(lane->sink).resume();
}

std::string accessWord(uint32_t flags) {
  return flags & AccessWrite ? (flags & AccessRead ? "atomic" : "write")
                             : "read";
}

} // namespace
} // namespace mxmoe::emu

using namespace mxmoe::emu;

extern "C" {

uint32_t __emu_workitem_id(uint32_t dim) { return gLane->tid[dim]; }

uint32_t __emu_workgroup_id(uint32_t dim) { return gLaunch->wgId[dim]; }

void *__emu_lds_base() { return gLaunch->lds; }

void __emu_barrier(uint32_t site) {
  LaneState *lane = gLane;
  lane->block = LaneState::Barrier;
  lane->site = site;
  lane->state = LaneState::Blocked;
  yieldToScheduler(lane);
}

void __emu_wave_op(uint32_t site, void **operands, void *result) {
  LaneState *lane = gLane;
  lane->block = LaneState::Collective;
  lane->site = site;
  lane->operands = operands;
  lane->result = result;
  lane->state = LaneState::Blocked;
  yieldToScheduler(lane);
}

void __emu_sleep() { std::this_thread::yield(); }

void __emu_lane_op(uint32_t site, void **operands, void *result) {
  runLaneOp(*gLaunch, *gLane, gLaunch->sites->sites[site], operands, result);
}

void *__emu_access(void *ptr, uint64_t size, uint32_t flags, uint32_t site,
                   void *origin) {
  return gLaunch->access(ptr, size, flags, gLaunch->sites->accessSites[site],
                         gLane, reinterpret_cast<uint64_t>(origin));
}

} // extern "C"

namespace {

/// __emu_count's slow path, out of line so that the fast path stays a leaf.
[[gnu::noinline]] void budgetCheckpoint(LaunchState *launch) {
  if (!launch->checkBudget())
    return;
  // Over budget: the lane never runs again (its workgroup is aborted and
  // its fiber left suspended, see Module::launch).
  LaneState *lane = gLane;
  launch->aborted = true;
  lane->state = LaneState::Blocked;
  lane->block = LaneState::None;
  yieldToScheduler(lane);
}

} // namespace

extern "C" {

void __emu_count(uint32_t n) {
  LaunchState *launch = gLaunch;
  launch->laneInstructions += n;
  if (__builtin_expect(launch->laneInstructions >= launch->nextBudgetCheck, 0))
    budgetCheckpoint(launch);
}

void __emu_private_alloca(void *ptr, uint64_t bytes) {
  uint64_t begin = reinterpret_cast<uint64_t>(ptr), end = begin + bytes;
  // A range overlapping the new one is its earlier instance (a dynamic
  // alloca run again); ranges of returned frames are gone already.
  auto &ranges = gLane->privateRanges;
  ranges.erase(std::remove_if(ranges.begin(), ranges.end(),
                              [&](const std::pair<uint64_t, uint64_t> &r) {
                                return r.first < end && begin < r.second;
                              }),
               ranges.end());
  ranges.push_back({begin, end});
}

uint64_t __emu_private_depth() { return gLane->privateRanges.size(); }

void __emu_private_pop(uint64_t depth) {
  auto &ranges = gLane->privateRanges;
  if (depth < ranges.size())
    ranges.resize(depth);
}

bool __emu_private_fits(uint64_t bytes, uint32_t site) {
  LaneState *lane = gLane;
  uint64_t sp = reinterpret_cast<uint64_t>(__builtin_frame_address(0));
  // Keep the guard page and room for the host code's own frames.
  constexpr uint64_t kReserve = 64 * 1024;
  uint64_t left =
      sp > lane->stackLo + kReserve ? sp - lane->stackLo - kReserve : 0;
  if (bytes <= left && bytes <= kMaxPrivateBytesPerLane)
    return true;
  gLaunch->issue(Issue::Kind::PrivateOutOfBounds,
                 gLaunch->sites->accessSites[site],
                 "dynamic private allocation of " + std::to_string(bytes) +
                     " bytes does not fit the lane (" + std::to_string(left) +
                     " bytes of stack left, at most " +
                     std::to_string(kMaxPrivateBytesPerLane) +
                     " private bytes per lane); it gets none",
                 lane);
  return false;
}

void *__emu_private_oob(void *ptr, uint64_t size, uint32_t flags, uint32_t site,
                        uint64_t offset, uint64_t allocBytes) {
  (void)ptr;
  LaunchState *launch = gLaunch;
  launch->issue(
      Issue::Kind::PrivateOutOfBounds, launch->sites->accessSites[site],
      "private " + accessWord(flags) + " of " + std::to_string(size) +
          " bytes at offset " + std::to_string(int64_t(offset)) + " of a " +
          std::to_string(allocBytes) + "-byte private allocation",
      gLane);
  return launch->zeroSink(size);
}

uint64_t __emu_mem_range(void *dst, const void *src, uint64_t len,
                         uint32_t site) {
  if (len == 0)
    return 0;
  LaunchState *launch = gLaunch;
  const std::string &text = launch->sites->accessSites[site];
  // Checked as one access each; a bad range drops the whole operation (no
  // sink is as large as an arbitrary length).
  bool srcOk = !src || launch->checkRange(const_cast<void *>(src), len,
                                          AccessRead, text, gLane);
  bool dstOk = launch->checkRange(dst, len, AccessWrite, text, gLane);
  return srcOk && dstOk ? len : 0;
}

} // extern "C"
