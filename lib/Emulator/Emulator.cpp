//===- Emulator.cpp - load, JIT and launch AMDGPU kernels on the CPU ------===//

#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Emulator/HostHelpers.h"
#include "mxmoe/Target/Chip.h"

#include "RuntimeState.h"

#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#include <boost/context/protected_fixedsize_stack.hpp>
#include <boost/context/stack_context.hpp>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define MXMOE_HAS_LSAN 1
#endif
#endif
#ifndef MXMOE_HAS_LSAN
#define MXMOE_HAS_LSAN 0
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <iomanip>
#include <mutex>
#include <sstream>
#include <sys/mman.h>
#include <thread>

extern "C" {
uint32_t __emu_workitem_id(uint32_t);
uint32_t __emu_workgroup_id(uint32_t);
void *__emu_lds_base();
void __emu_barrier(uint32_t);
void __emu_wave_op(uint32_t, void **, void *);
void __emu_lane_op(uint32_t, void **, void *);
void *__emu_access(void *, uint64_t, uint32_t, uint32_t, void *);
void __emu_count(uint32_t);
void __emu_sleep();
void __emu_private_alloca(void *, uint64_t);
bool __emu_private_fits(uint64_t, uint32_t);
uint64_t __emu_private_depth();
void __emu_private_pop(uint64_t);
void *__emu_private_oob(void *, uint64_t, uint32_t, uint32_t, uint64_t,
                        uint64_t);
uint64_t __emu_mem_range(void *, const void *, uint64_t, uint32_t);
}

namespace mxmoe::emu {

KernelArg KernelArg::f32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  return {Kind::F32, -1, bits};
}

struct Module::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
  std::unique_ptr<llvm::TargetMachine> tm; // what the JIT compiles for
  JitTarget target;
  std::vector<std::string> helpersUsed, helpersMissing;
  SiteTable sites;
  std::vector<KernelInfo> kernels;
  std::string chip;
  std::map<std::string, void (*)(uint64_t *)> entries;
  std::vector<Allocation> globals;   // module globals the kernels may read
  std::vector<uint8_t *> ldsWindows; // one per worker thread
  std::mutex launchMutex;
  ~Impl() {
    for (uint8_t *w : ldsWindows)
      munmap(w, kLdsWindowBytes);
  }
  static constexpr uint64_t kLdsWindowBytes = uint64_t(1) << 32;
};

Module::Module(std::unique_ptr<Impl> impl) : impl(std::move(impl)) {}
Module::~Module() = default;

const std::vector<KernelInfo> &Module::kernels() const { return impl->kernels; }
const std::string &Module::chip() const { return impl->chip; }
const JitTarget &Module::jitTarget() const { return impl->target; }
const std::vector<std::string> &Module::hostHelpersUsed() const {
  return impl->helpersUsed;
}
bool Module::jitHasFeature(const std::string &feature) const {
  return impl->tm->getMCSubtargetInfo()->checkFeatures("+" + feature);
}

namespace {

/// Resolves the host code generator's library calls from the emulator's own
/// helpers (HostHelpers.h) and nothing else: not the process, not libgcc.
class HelperGenerator : public llvm::orc::DefinitionGenerator {
public:
  HelperGenerator(std::vector<std::string> &used,
                  std::vector<std::string> &missing, char globalPrefix)
      : used(used), missing(missing), globalPrefix(globalPrefix) {}

  llvm::Error
  tryToGenerate(llvm::orc::LookupState &, llvm::orc::LookupKind,
                llvm::orc::JITDylib &jd, llvm::orc::JITDylibLookupFlags,
                const llvm::orc::SymbolLookupSet &symbols) override {
    using namespace llvm;
    orc::SymbolMap defs;
    for (const auto &entry : symbols) {
      StringRef name = *entry.first;
      if (globalPrefix && !name.consume_front(StringRef(&globalPrefix, 1)))
        continue;
      if (void *address = findHostHelper(name.str().c_str())) {
        defs[entry.first] = {orc::ExecutorAddr::fromPtr(address),
                             JITSymbolFlags::Exported};
        used.push_back(name.str());
      } else if (entry.second !=
                 orc::SymbolLookupFlags::WeaklyReferencedSymbol) {
        missing.push_back(name.str());
      }
    }
    if (defs.empty())
      return Error::success();
    return jd.define(orc::absoluteSymbols(std::move(defs)));
  }

private:
  std::vector<std::string> &used, &missing;
  char globalPrefix;
};

/// The JIT target for `options`.
llvm::Expected<llvm::orc::JITTargetMachineBuilder>
targetFor(const LoadOptions &options) {
  using namespace llvm;
  if (options.cpu == "native")
    return orc::JITTargetMachineBuilder::detectHost();
  orc::JITTargetMachineBuilder jtmb{Triple(sys::getProcessTriple())};
  if (options.cpu.empty()) {
    jtmb.setCPU(kBaselineCpu);
  } else {
    jtmb.setCPU(options.cpu);
    jtmb.addFeatures(SubtargetFeatures(options.features).getFeatures());
  }
  return jtmb;
}

std::string oneLine(std::string text) {
  for (char &c : text)
    if (c == '\n' || c == '\r')
      c = ' ';
  return text;
}

} // namespace

// Takes the context and module by reference so that on failure the caller
// destroys the module before its context.
static std::unique_ptr<Module>
loadParsed(std::unique_ptr<llvm::LLVMContext> &context,
           std::unique_ptr<llvm::Module> &module, const LoadOptions &options,
           std::string &error) {
  using namespace llvm;
  static bool initialized = [] {
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;

  auto impl = std::make_unique<Module::Impl>();
  auto jtmb = targetFor(options);
  if (!jtmb) {
    error = oneLine(toString(jtmb.takeError()));
    return nullptr;
  }
  {
    // An unknown CPU or feature name would only warn (on stderr): refuse it
    // before making the target machine.
    std::string lookupError;
    const Target *target =
        TargetRegistry::lookupTarget(jtmb->getTargetTriple(), lookupError);
    if (!target) {
      error = oneLine(lookupError);
      return nullptr;
    }
    std::unique_ptr<MCSubtargetInfo> sti(
        target->createMCSubtargetInfo(jtmb->getTargetTriple(), "", ""));
    if (!sti->isCPUStringValid(jtmb->getCPU())) {
      error = "unknown host CPU '" + jtmb->getCPU() + "'";
      return nullptr;
    }
    for (const std::string &f : jtmb->getFeatures().getFeatures()) {
      StringRef name = StringRef(f).drop_front(f[0] == '+' || f[0] == '-');
      if (!llvm::any_of(
              sti->getAllProcessorFeatures(),
              [&](const SubtargetFeatureKV &kv) { return name == kv.Key; })) {
        error = "unknown host CPU feature '" + name.str() + "'";
        return nullptr;
      }
    }
  }
  auto tm = jtmb->createTargetMachine();
  if (!tm) {
    error = oneLine(toString(tm.takeError()));
    return nullptr;
  }
  impl->target = {jtmb->getTargetTriple().str(), jtmb->getCPU(),
                  jtmb->getFeatures().getString()};
  DataLayout dl = (*tm)->createDataLayout();
  if (!retargetModule(*module, jtmb->getTargetTriple().str(),
                      dl.getStringRepresentation(), impl->sites, impl->kernels,
                      impl->chip, error))
    return nullptr;

  std::vector<std::pair<std::string, uint64_t>> globals;
  for (GlobalVariable &g : module->globals())
    if (!g.isDeclaration())
      globals.push_back(
          {g.getName().str(), dl.getTypeAllocSize(g.getValueType())});

  // No process symbols in the link order (the kernels see the runtime and
  // the helpers below only) and no platform (kernel modules have no static
  // initializers).
  auto jit = orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(*jtmb)
                 .setLinkProcessSymbolsByDefault(false)
                 .setPlatformSetUp(orc::setUpInactivePlatform)
                 .create();
  if (!jit) {
    error = oneLine(toString(jit.takeError()));
    return nullptr;
  }
  // Session errors (a symbol nothing defines) come back as the lookup's
  // error below; do not let ORC print them.
  (*jit)->getExecutionSession().setErrorReporter(
      [](Error err) { consumeError(std::move(err)); });
  orc::SymbolMap runtime;
  auto add = [&](const char *name, void *fn) {
    runtime[(*jit)->mangleAndIntern(name)] = {orc::ExecutorAddr::fromPtr(fn),
                                              JITSymbolFlags::Exported};
  };
  add(rt::WorkitemId, reinterpret_cast<void *>(&__emu_workitem_id));
  add(rt::WorkgroupId, reinterpret_cast<void *>(&__emu_workgroup_id));
  add(rt::LdsBase, reinterpret_cast<void *>(&__emu_lds_base));
  add(rt::Barrier, reinterpret_cast<void *>(&__emu_barrier));
  add(rt::WaveOp, reinterpret_cast<void *>(&__emu_wave_op));
  add(rt::LaneOp, reinterpret_cast<void *>(&__emu_lane_op));
  add(rt::Access, reinterpret_cast<void *>(&__emu_access));
  add(rt::Count, reinterpret_cast<void *>(&__emu_count));
  add(rt::Sleep, reinterpret_cast<void *>(&__emu_sleep));
  add(rt::PrivateAlloca, reinterpret_cast<void *>(&__emu_private_alloca));
  add(rt::PrivateFits, reinterpret_cast<void *>(&__emu_private_fits));
  add(rt::PrivateDepth, reinterpret_cast<void *>(&__emu_private_depth));
  add(rt::PrivatePop, reinterpret_cast<void *>(&__emu_private_pop));
  add(rt::PrivateOutOfBounds, reinterpret_cast<void *>(&__emu_private_oob));
  add(rt::MemRange, reinterpret_cast<void *>(&__emu_mem_range));
  auto &dylib = (*jit)->getMainJITDylib();
  if (auto err = dylib.define(orc::absoluteSymbols(runtime))) {
    error = oneLine(toString(std::move(err)));
    return nullptr;
  }
  // Library calls of the host code (bf16/f16 conversions, libm, memcpy):
  // the emulator's own helpers only.
  std::vector<std::string> &missing = impl->helpersMissing;
  dylib.addGenerator(std::make_unique<HelperGenerator>(
      impl->helpersUsed, missing, dl.getGlobalPrefix()));
  if (auto err = (*jit)->addIRModule(
          orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    error = oneLine(toString(std::move(err)));
    return nullptr;
  }
  for (const KernelInfo &k : impl->kernels) {
    auto sym = (*jit)->lookup(rt::EntryPrefix + k.name);
    if (!sym) {
      std::string why = oneLine(toString(sym.takeError()));
      if (!missing.empty()) {
        std::sort(missing.begin(), missing.end());
        missing.erase(std::unique(missing.begin(), missing.end()),
                      missing.end());
        why = "the host code calls";
        for (size_t i = 0; i < missing.size(); ++i)
          why += (i ? ", " : " ") + missing[i];
        why += ", which the emulator's host runtime does not provide";
      }
      error = "cannot JIT kernel " + k.name + ": " + why;
      return nullptr;
    }
    impl->entries[k.name] = sym->toPtr<void (*)(uint64_t *)>();
  }
  std::sort(impl->helpersUsed.begin(), impl->helpersUsed.end());
  impl->helpersUsed.erase(
      std::unique(impl->helpersUsed.begin(), impl->helpersUsed.end()),
      impl->helpersUsed.end());
  for (auto &[name, size] : globals) {
    auto sym = (*jit)->lookup(name);
    if (!sym) {
      consumeError(sym.takeError());
      continue;
    }
    uint64_t addr = sym->getValue();
    impl->globals.push_back({addr, addr + size, -1});
  }
  impl->jit = std::move(*jit);
  impl->tm = std::move(*tm);
  return std::unique_ptr<Module>(new Module(std::move(impl)));
}

std::unique_ptr<Module> Module::load(const std::string &path,
                                     std::string &error,
                                     const LoadOptions &options) {
  auto context = std::make_unique<llvm::LLVMContext>();
  llvm::SMDiagnostic diag;
  auto module = llvm::parseIRFile(path, diag, *context);
  if (!module) {
    error = path + ":" + std::to_string(diag.getLineNo()) + ": " +
            diag.getMessage().str();
    return nullptr;
  }
  return loadParsed(context, module, options, error);
}

std::unique_ptr<Module> Module::loadFromString(const std::string &ir,
                                               std::string &error,
                                               const LoadOptions &options) {
  auto context = std::make_unique<llvm::LLVMContext>();
  llvm::SMDiagnostic diag;
  auto module =
      llvm::parseIR(llvm::MemoryBufferRef(ir, "<ir>"), diag, *context);
  if (!module) {
    error = "<ir>:" + std::to_string(diag.getLineNo()) + ": " +
            diag.getMessage().str();
    return nullptr;
  }
  return loadParsed(context, module, options, error);
}

namespace {

/// Tells LeakSanitizer that `object` is leaked on purpose.
void ignoreLeak(const void *object) {
#if MXMOE_HAS_LSAN
  __lsan_ignore_object(object);
#else
  (void)object;
#endif
}

/// A lane's stack holds the host code's frames and the lane's private
/// memory (KernelInfo::privateBytes on top of this).
constexpr size_t kLaneStackBytes = 256 * 1024;

/// Lane stacks of one worker, reused from workgroup to workgroup (mapping a
/// guarded stack per lane per workgroup costs more than small workgroups).
struct StackPool {
  explicit StackPool(size_t bytes) : bytes(bytes), allocator(bytes) {}
  size_t bytes;
  boost::context::protected_fixedsize_stack allocator;
  std::vector<boost::context::stack_context> free;
  ~StackPool() {
    for (boost::context::stack_context &s : free)
      allocator.deallocate(s);
  }
};

/// The StackAllocator Boost.Context sees: hands out and takes back pooled
/// stacks. The stacks of lanes left suspended by an aborted workgroup are
/// never given back (those fibers are leaked on purpose, see launch).
struct PooledStack {
  StackPool *pool;
  boost::context::stack_context allocate() {
    if (pool->free.empty())
      return pool->allocator.allocate();
    boost::context::stack_context s = pool->free.back();
    pool->free.pop_back();
    return s;
  }
  void deallocate(boost::context::stack_context &s) noexcept {
    pool->free.push_back(s);
  }
};

/// Runs every lane of one workgroup to completion (or until a deadlock).
void runWorkgroup(LaunchState &launch, void (*entry)(uint64_t *),
                  uint64_t *argv, StackPool &pool) {
  namespace ctx = boost::context;
  const LaunchConfig &cfg = *launch.config;
  uint32_t bx = cfg.block[0], by = cfg.block[1];
  size_t n = size_t(cfg.block[0]) * cfg.block[1] * cfg.block[2];
  launch.lanes.clear();
  launch.lanes.resize(n);
  launch.waves.assign((n + kWaveSize - 1) / kWaveSize, WaveState{});
  for (size_t i = 0; i < launch.waves.size(); ++i)
    launch.waves[i].index = int(i);
  for (size_t i = 0; i < n; ++i) {
    LaneState &lane = launch.lanes[i];
    lane.id = int(i);
    lane.laneInWave = int(i % kWaveSize);
    lane.wave = &launch.waves[i / kWaveSize];
    lane.wave->lanes[lane.laneInWave] = &lane;
    lane.tid[0] = uint32_t(i % bx);
    lane.tid[1] = uint32_t((i / bx) % by);
    lane.tid[2] = uint32_t(i / (size_t(bx) * by));
    LaneState *lp = &lane;
    size_t stackBytes = pool.bytes;
    lane.fiber = ctx::fiber(std::allocator_arg, PooledStack{&pool},
                            [lp, entry, argv, stackBytes](ctx::fiber &&sink) {
                              // The stack's top is the page boundary above
                              // this frame (protected_fixedsize_stack maps
                              // whole pages); going past it would claim the
                              // next mapping, e.g. a large buffer, as
                              // private memory.
                              char marker;
                              lp->stackHi =
                                  (reinterpret_cast<uint64_t>(&marker) + 4095) &
                                  ~uint64_t(4095);
                              lp->stackLo = lp->stackHi - stackBytes - 4096;
                              lp->sink = std::move(sink);
                              entry(argv);
                              lp->state = LaneState::Done;
                              return std::move(lp->sink);
                            });
  }

  for (;;) {
    for (LaneState &lane : launch.lanes) {
      if (lane.state != LaneState::Ready)
        continue;
      gLane = &lane;
      lane.fiber = std::move(lane.fiber).resume();
      gLane = nullptr;
      if (!lane.fiber)
        lane.state = LaneState::Done;
      if (launch.aborted)
        return; // over budget: no lane runs again
    }
    bool allDone = true, progressed = false;
    for (WaveState &wave : launch.waves) {
      LaneState *live[kWaveSize] = {};
      int nLive = 0, nCollective = 0;
      LaneState *first = nullptr, *other = nullptr;
      for (int l = 0; l < kWaveSize; ++l) {
        LaneState *lane = wave.lanes[l];
        if (!lane || lane->state == LaneState::Done)
          continue;
        live[l] = lane;
        ++nLive;
        if (lane->block == LaneState::Collective)
          ++nCollective;
        if (!first)
          first = lane;
        else if (!other &&
                 (lane->block != first->block || lane->site != first->site))
          other = lane;
      }
      if (nLive == 0)
        continue;
      allDone = false;
      if (other) {
        auto where = [&](LaneState *l) {
          const std::string &text = l->block == LaneState::Collective
                                        ? launch.sites->sites[l->site].text
                                        : launch.sites->barrierSites[l->site];
          return "lane " + std::to_string(l->laneInWave) + " at '" + text + "'";
        };
        launch.issue(Issue::Kind::DivergentCollective,
                     first->block == LaneState::Collective
                         ? launch.sites->sites[first->site].text
                         : launch.sites->barrierSites[first->site],
                     "lanes of wave " + std::to_string(wave.index) +
                         " wait at different collectives: " + where(first) +
                         ", " + where(other),
                     first);
        launch.aborted = true;
        return;
      }
      if (nCollective == nLive) {
        runWaveOp(launch, launch.sites->sites[first->site], live);
        ++wave.collectives;
        for (LaneState *lane : live)
          if (lane) {
            lane->state = LaneState::Ready;
            lane->block = LaneState::None;
          }
        progressed = true;
      }
    }
    if (allDone || launch.aborted) {
      launch.checkPendingWaw();
      return;
    }
    if (!progressed) {
      launch.checkPendingWaw();
      // Every live lane waits at s.barrier: release the workgroup.
      ++launch.epoch;
      ++launch.report->counters.barriers;
      for (LaneState &lane : launch.lanes)
        if (lane.state != LaneState::Done) {
          lane.state = LaneState::Ready;
          lane.block = LaneState::None;
        }
    }
  }
}

} // namespace

namespace {

/// Per-workgroup reports, merged in workgroup order as they complete (a
/// reorder window, so memory stays bounded): the merged issues, their first
/// hits, the maxIssues cut and the counters are those of a one-thread run.
class Merger {
public:
  Merger(Report &report, const LaunchConfig &config)
      : report(report), config(config) {}

  /// Takes workgroup `index`'s report.
  void add(uint64_t index, Report &&group, bool aborted) {
    std::lock_guard<std::mutex> lock(mutex);
    pending.emplace(index, std::make_pair(std::move(group), aborted));
    while (!stopped) {
      auto it = pending.find(next);
      if (it == pending.end())
        break;
      merge(it->second.first);
      if (it->second.second)
        stopped = true; // a later workgroup's work is not reported
      pending.erase(it);
      ++next;
    }
    if (stopped)
      stop.store(true, std::memory_order_relaxed);
  }
  /// Set once a merged workgroup aborted the launch.
  std::atomic<bool> stop{false};

private:
  void merge(Report &group) {
    for (Issue &i : group.issues) {
      auto key = std::make_pair(int(i.kind), i.site);
      auto it = index.find(key);
      if (it != index.end()) {
        report.issues[it->second].count += i.count;
        continue;
      }
      if (config.maxIssues && report.issues.size() >= config.maxIssues)
        continue;
      index[key] = report.issues.size();
      report.issues.push_back(std::move(i));
    }
    Counters &c = report.counters;
    const Counters &g = group.counters;
    for (size_t b = 0; b < c.globalBytesRead.size(); ++b) {
      c.globalBytesRead[b] += g.globalBytesRead[b];
      c.globalBytesWritten[b] += g.globalBytesWritten[b];
    }
    c.ldsBytesRead += g.ldsBytesRead;
    c.ldsBytesWritten += g.ldsBytesWritten;
    for (auto &[name, n] : g.mfma)
      c.mfma[name] += n;
    c.barriers += g.barriers;
    c.bufferOutOfBoundsDwords += g.bufferOutOfBoundsDwords;
    c.workgroupsLaunched += g.workgroupsLaunched;
    c.workgroupsWithOutput += g.workgroupsWithOutput;
    c.laneInstructions += g.laneInstructions;
  }

  Report &report;
  const LaunchConfig &config;
  std::mutex mutex;
  std::map<uint64_t, std::pair<Report, bool>> pending;
  std::map<std::pair<int, std::string>, size_t> index;
  uint64_t next = 0;
  bool stopped = false;
};

} // namespace

unsigned Module::defaultThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

bool Module::launch(const std::string &kernel, const LaunchConfig &config,
                    const std::vector<KernelArg> &args,
                    std::vector<Buffer> &buffers, Report &report,
                    std::string &error) {
  auto entryIt = impl->entries.find(kernel);
  if (entryIt == impl->entries.end()) {
    error = "no kernel named '" + kernel + "' (module has:";
    for (const KernelInfo &k : impl->kernels)
      error += " " + k.name;
    error += ")";
    return false;
  }
  const KernelInfo *info = nullptr;
  for (const KernelInfo &k : impl->kernels)
    if (k.name == kernel)
      info = &k;
  if (args.size() != info->numParams) {
    error = "kernel '" + kernel + "' takes " + std::to_string(info->numParams) +
            " arguments, got " + std::to_string(args.size());
    return false;
  }
  for (int d = 0; d < 3; ++d)
    if (config.grid[d] == 0 || config.block[d] == 0) {
      error = "grid and block sizes must be positive";
      return false;
    }
  uint64_t lanesPerGroup =
      uint64_t(config.block[0]) * config.block[1] * config.block[2];
  if (lanesPerGroup > 1024) {
    error = "a workgroup has at most 1024 lanes, got " +
            std::to_string(lanesPerGroup);
    return false;
  }
  // A kernel compiled for one block size computes its lane mapping from it:
  // another size would run it outside what it was built for.
  if (lanesPerGroup < info->minLanes || lanesPerGroup > info->maxLanes) {
    error = "kernel '" + kernel + "' was compiled for workgroups of " +
            std::to_string(info->minLanes) + ".." +
            std::to_string(info->maxLanes) + " lanes, the launch has " +
            std::to_string(lanesPerGroup);
    return false;
  }
  if (info->requiredBlock[0] &&
      (config.block[0] != info->requiredBlock[0] ||
       config.block[1] != std::max(info->requiredBlock[1], 1u) ||
       config.block[2] != std::max(info->requiredBlock[2], 1u))) {
    error = "kernel '" + kernel + "' requires a block of " +
            std::to_string(info->requiredBlock[0]) + "x" +
            std::to_string(std::max(info->requiredBlock[1], 1u)) + "x" +
            std::to_string(std::max(info->requiredBlock[2], 1u)) +
            " lanes, the launch has " + std::to_string(config.block[0]) + "x" +
            std::to_string(config.block[1]) + "x" +
            std::to_string(config.block[2]);
    return false;
  }
  uint64_t ldsBytes = info->staticLdsBytes +
                      (info->usesDynamicLds ? config.dynamicLdsBytes : 0);
  const ChipInfo *chip = lookupChip(impl->chip);
  uint64_t ldsLimit = chip ? chip->ldsBytesPerWorkgroup : 65536;
  if (ldsBytes > ldsLimit) {
    error = "kernel needs " + std::to_string(ldsBytes) + " bytes of LDS (" +
            std::to_string(info->staticLdsBytes) + " static + " +
            std::to_string(ldsBytes - info->staticLdsBytes) + " dynamic); " +
            impl->chip + " has " + std::to_string(ldsLimit);
    return false;
  }
  if (info->privateBytes > kMaxPrivateBytesPerLane) {
    error = "kernel '" + kernel + "' needs " +
            std::to_string(info->privateBytes) +
            " bytes of private memory per lane; a gfx9 lane has at most " +
            std::to_string(kMaxPrivateBytesPerLane);
    return false;
  }
  uint64_t groups;
  if (__builtin_mul_overflow(uint64_t(config.grid[0]), config.grid[1],
                             &groups) ||
      __builtin_mul_overflow(groups, uint64_t(config.grid[2]), &groups) ||
      groups > (uint64_t(1) << 63)) {
    error = "a grid of " + std::to_string(config.grid[0]) + "x" +
            std::to_string(config.grid[1]) + "x" +
            std::to_string(config.grid[2]) +
            " workgroups is more than the emulator counts (2^63)";
    return false;
  }

  std::vector<uint64_t> argv(args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    const KernelArg &a = args[i];
    if (a.kind == KernelArg::Kind::Buffer) {
      if (a.buffer < 0 || size_t(a.buffer) >= buffers.size()) {
        error = "argument " + std::to_string(i) + " names buffer " +
                std::to_string(a.buffer) + " of " +
                std::to_string(buffers.size());
        return false;
      }
      uint8_t *base = buffers[a.buffer].bytes.data();
      argv[i] = reinterpret_cast<uint64_t>(base);
    } else {
      argv[i] = a.bits;
    }
  }
  std::vector<Allocation> allocations = impl->globals;
  for (size_t b = 0; b < buffers.size(); ++b) {
    uint64_t base = reinterpret_cast<uint64_t>(buffers[b].bytes.data());
    if (!buffers[b].bytes.empty())
      allocations.push_back({base, base + buffers[b].bytes.size(), int(b)});
  }

  uint64_t threads = config.deterministic ? 1
                     : config.threads     ? config.threads
                                          : defaultThreads();
  threads = std::min(threads, groups);

  // One launch at a time per module: the workers' LDS windows are the
  // module's.
  std::lock_guard<std::mutex> launchLock(impl->launchMutex);
  // Each worker's LDS at the start of its own 4 GiB window: any 32-bit LDS
  // offset stays inside it and is classified as LDS.
  size_t page = 4096;
  size_t ldsMapped = (ldsBytes + page - 1) / page * page;
  while (impl->ldsWindows.size() < threads) {
    void *window = mmap(nullptr, Module::Impl::kLdsWindowBytes, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (window == MAP_FAILED) {
      error = "cannot reserve an LDS address window";
      return false;
    }
    impl->ldsWindows.push_back(static_cast<uint8_t *>(window));
  }
  for (uint64_t w = 0; w < threads; ++w)
    if (ldsMapped &&
        mprotect(impl->ldsWindows[w], ldsMapped, PROT_READ | PROT_WRITE) != 0) {
      error = "cannot map LDS";
      return false;
    }

  report = Report();
  report.counters.globalBytesRead.assign(buffers.size(), 0);
  report.counters.globalBytesWritten.assign(buffers.size(), 0);
  Merger merger(report, config);
  LaunchBudget budget;
  budget.maxInstructions = config.maxLaneInstructions;
  budget.timeLimit = config.timeLimitSeconds;
  budget.workgroups = groups;
  budget.start = std::chrono::steady_clock::now();
  budget.nextProgressNs = int64_t(config.progressIntervalSeconds * 1e9);
  bool budgeted = config.maxLaneInstructions || config.timeLimitSeconds > 0 ||
                  config.progress;
  size_t stackBytes =
      kLaneStackBytes + (info->privateBytes + 4095) / 4096 * 4096;
  std::atomic<uint64_t> nextGroup{0};
  void (*entry)(uint64_t *) = entryIt->second;

  auto worker = [&](uint64_t w) {
    // Before `launch`, so that it outlives the lanes' fibers: a fiber
    // destroyed with its LaneState gives its stack back to this pool (ASan:
    // stack-use-after-scope in PooledStack::deallocate).
    StackPool stacks(stackBytes);
    LaunchState launch;
    launch.sites = &impl->sites;
    launch.config = &config;
    launch.buffers = &buffers;
    launch.kernel = kernel;
    launch.chip = impl->chip;
    if (const ChipInfo *chip = lookupChip(impl->chip))
      launch.fp8IsFnuz = chip->fp8IsFnuz;
    launch.allocations = allocations;
    launch.fillImplicitArgs();
    launch.lds = impl->ldsWindows[w];
    launch.ldsBytes = ldsBytes;
    launch.shadow.resize(ldsBytes);
    launch.budget = &budget;
    launch.nextBudgetCheck = budgeted ? kBudgetCheckInterval : UINT64_MAX;
    gLaunch = &launch;
    for (;;) {
      if (merger.stop.load(std::memory_order_relaxed) ||
          budget.exceeded.load(std::memory_order_relaxed))
        break;
      uint64_t g = nextGroup.fetch_add(1);
      if (g >= groups)
        break;
      launch.wgId[0] = uint32_t(g % config.grid[0]);
      launch.wgId[1] = uint32_t(g / config.grid[0] % config.grid[1]);
      launch.wgId[2] =
          uint32_t(g / (uint64_t(config.grid[0]) * config.grid[1]));
      Report group;
      group.counters.globalBytesRead.assign(buffers.size(), 0);
      group.counters.globalBytesWritten.assign(buffers.size(), 0);
      launch.report = &group;
      launch.issueIndex.clear();
      // LDS content is undefined at workgroup start: poison it.
      std::memset(launch.lds, 0xCD, ldsBytes);
      std::fill(launch.shadow.begin(), launch.shadow.end(), LdsShadow{});
      launch.epoch = 0;
      launch.wroteOutput = false;
      launch.aborted = false;
      uint64_t instructionsBefore = launch.laneInstructions;
      runWorkgroup(launch, entry, argv.data(), stacks);
      Counters &c = group.counters;
      c.workgroupsLaunched = 1;
      c.workgroupsWithOutput = launch.wroteOutput;
      c.laneInstructions = launch.laneInstructions - instructionsBefore;
      budget.workgroupsDone.fetch_add(1, std::memory_order_relaxed);
      if (budgeted)
        launch.checkBudget(); // the time limit, between workgroups too
      for (size_t i = 0; i < launch.mfmaBySite.size(); ++i)
        if (launch.mfmaBySite[i]) {
          c.mfma[impl->sites.sites[i].intrinsic] += launch.mfmaBySite[i];
          launch.mfmaBySite[i] = 0;
        }
      if (launch.aborted && budget.exceeded) {
        uint64_t first = budget.firstCut.load();
        while (g < first && !budget.firstCut.compare_exchange_weak(first, g)) {
        }
      }
      if (launch.aborted) {
        // Suspended lanes cannot be unwound through JIT frames: keep their
        // stacks (the launch is over).
        for (LaneState &lane : launch.lanes)
          if (lane.fiber)
            ignoreLeak(new boost::context::fiber(std::move(lane.fiber)));
      }
      merger.add(g, std::move(group), launch.aborted);
      if (launch.aborted)
        break;
    }
    gLaunch = nullptr;
  };

  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (uint64_t w = 1; w < threads; ++w)
    pool.emplace_back(worker, w);
  worker(0);
  for (std::thread &t : pool)
    t.join();
  report.counters.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  // Reported whatever maxIssues says, when the launch did not finish (a
  // budget crossed by the last workgroup's end cut nothing short).
  if (budget.exceeded && (budget.firstCut.load() != UINT64_MAX ||
                          report.counters.workgroupsLaunched < groups)) {
    Issue i;
    i.kind = Issue::Kind::BudgetExceeded;
    i.kernel = kernel;
    i.site = "(launch)";
    // The first workgroup cut short (or, if none was, the first not run).
    uint64_t done = report.counters.workgroupsLaunched;
    uint64_t cut = std::min(budget.firstCut.load(), std::min(done, groups - 1));
    i.workgroup = {uint32_t(cut % config.grid[0]),
                   uint32_t(cut / config.grid[0] % config.grid[1]),
                   uint32_t(cut / (uint64_t(config.grid[0]) * config.grid[1]))};
    std::ostringstream os;
    os << std::setprecision(3) << "the launch stopped at its budget (";
    if (config.maxLaneInstructions)
      os << config.maxLaneInstructions << " lane instructions"
         << (config.timeLimitSeconds > 0 ? " or " : "");
    if (config.timeLimitSeconds > 0)
      os << config.timeLimitSeconds << " s";
    os << ") after " << budget.instructions.load() << " lane instructions in "
       << report.counters.seconds << " s; " << done << " of " << groups
       << " workgroups reported";
    i.message = os.str();
    report.issues.push_back(i);
  }
  for (uint64_t w = 0; w < threads; ++w)
    if (ldsMapped)
      mprotect(impl->ldsWindows[w], ldsMapped, PROT_NONE);
  return true;
}

void Report::print(std::ostream &os, const std::vector<Buffer> &buffers) const {
  os << "issues: " << issues.size() << "\n";
  for (const Issue &i : issues) {
    os << "  " << toString(i.kind) << " (x" << i.count << ") in kernel "
       << i.kernel << " at workgroup (" << i.workgroup[0] << ","
       << i.workgroup[1] << "," << i.workgroup[2] << ") wave " << i.wave
       << " lane " << i.lane << ": " << i.message << "\n    in: " << i.site
       << "\n";
  }
  const Counters &c = counters;
  os << "workgroups: " << c.workgroupsLaunched << " launched, "
     << c.workgroupsWithOutput << " wrote output\n";
  os << "barriers: " << c.barriers << "\n";
  for (size_t b = 0; b < c.globalBytesRead.size(); ++b)
    os << "buffer " << b << " (" << (b < buffers.size() ? buffers[b].name : "")
       << "): read " << c.globalBytesRead[b] << " bytes, wrote "
       << c.globalBytesWritten[b] << " bytes\n";
  os << "lds: read " << c.ldsBytesRead << " bytes, wrote " << c.ldsBytesWritten
     << " bytes\n";
  os << "buffer out-of-range dwords: " << c.bufferOutOfBoundsDwords << "\n";
  for (auto &[name, n] : c.mfma)
    os << "mfma " << name << ": " << n << "\n";
  os << "lane instructions: " << c.laneInstructions << " in " << std::fixed
     << std::setprecision(3) << c.seconds << " s\n";
}

} // namespace mxmoe::emu
