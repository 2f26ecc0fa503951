//===- Emulator.cpp - load, JIT and launch AMDGPU kernels on the CPU ------===//

#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Target/Chip.h"

#include "RuntimeState.h"

#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"

#include <boost/context/protected_fixedsize_stack.hpp>

#include <chrono>
#include <cstring>
#include <iomanip>
#include <sys/mman.h>

extern "C" {
uint32_t __emu_workitem_id(uint32_t);
uint32_t __emu_workgroup_id(uint32_t);
void *__emu_lds_base();
void __emu_barrier(uint32_t);
void __emu_wave_op(uint32_t, void **, void *);
void __emu_lane_op(uint32_t, void **, void *);
void *__emu_access(void *, uint64_t, uint32_t, uint32_t);
void __emu_count(uint32_t);
}

namespace mxmoe::emu {

KernelArg KernelArg::f32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  return {Kind::F32, -1, bits};
}

struct Module::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
  SiteTable sites;
  std::vector<KernelInfo> kernels;
  std::string chip;
  std::map<std::string, void (*)(uint64_t *)> entries;
  std::vector<Allocation> globals; // module globals the kernels may read
  uint8_t *ldsWindow = nullptr;
  ~Impl() {
    if (ldsWindow)
      munmap(ldsWindow, kLdsWindowBytes);
  }
  static constexpr uint64_t kLdsWindowBytes = uint64_t(1) << 32;
};

Module::Module(std::unique_ptr<Impl> impl) : impl(std::move(impl)) {}
Module::~Module() = default;

const std::vector<KernelInfo> &Module::kernels() const { return impl->kernels; }
const std::string &Module::chip() const { return impl->chip; }

// Takes the context and module by reference so that on failure the caller
// destroys the module before its context.
static std::unique_ptr<Module>
loadParsed(std::unique_ptr<llvm::LLVMContext> &context,
           std::unique_ptr<llvm::Module> &module, std::string &error) {
  using namespace llvm;
  static bool initialized = [] {
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;

  auto impl = std::make_unique<Module::Impl>();
  auto jtmb = orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb) {
    error = toString(jtmb.takeError());
    return nullptr;
  }
  auto dl = jtmb->getDefaultDataLayoutForTarget();
  if (!dl) {
    error = toString(dl.takeError());
    return nullptr;
  }
  if (!retargetModule(*module, jtmb->getTargetTriple().str(),
                      dl->getStringRepresentation(), impl->sites,
                      impl->kernels, impl->chip, error))
    return nullptr;

  std::vector<std::pair<std::string, uint64_t>> globals;
  for (GlobalVariable &g : module->globals())
    if (!g.isDeclaration())
      globals.push_back({g.getName().str(),
                         dl->getTypeAllocSize(g.getValueType())});

  auto jit = orc::LLJITBuilder().setJITTargetMachineBuilder(*jtmb).create();
  if (!jit) {
    error = toString(jit.takeError());
    return nullptr;
  }
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
  auto &dylib = (*jit)->getMainJITDylib();
  if (auto err = dylib.define(orc::absoluteSymbols(runtime))) {
    error = toString(std::move(err));
    return nullptr;
  }
  // libm and compiler-rt helpers the host code may call.
  auto process = orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      dl->getGlobalPrefix());
  if (!process) {
    error = toString(process.takeError());
    return nullptr;
  }
  dylib.addGenerator(std::move(*process));
  if (auto err = (*jit)->addIRModule(
          orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    error = toString(std::move(err));
    return nullptr;
  }
  for (const KernelInfo &k : impl->kernels) {
    auto sym = (*jit)->lookup(rt::EntryPrefix + k.name);
    if (!sym) {
      error = "cannot JIT kernel " + k.name + ": " + toString(sym.takeError());
      return nullptr;
    }
    impl->entries[k.name] = sym->toPtr<void (*)(uint64_t *)>();
  }
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
  void *window = mmap(nullptr, Module::Impl::kLdsWindowBytes, PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (window == MAP_FAILED) {
    error = "cannot reserve the LDS address window";
    return nullptr;
  }
  impl->ldsWindow = static_cast<uint8_t *>(window);
  return std::unique_ptr<Module>(new Module(std::move(impl)));
}

std::unique_ptr<Module> Module::load(const std::string &path,
                                     std::string &error) {
  auto context = std::make_unique<llvm::LLVMContext>();
  llvm::SMDiagnostic diag;
  auto module = llvm::parseIRFile(path, diag, *context);
  if (!module) {
    error = path + ":" + std::to_string(diag.getLineNo()) + ": " +
            diag.getMessage().str();
    return nullptr;
  }
  return loadParsed(context, module, error);
}

std::unique_ptr<Module> Module::loadFromString(const std::string &ir,
                                               std::string &error) {
  auto context = std::make_unique<llvm::LLVMContext>();
  llvm::SMDiagnostic diag;
  auto module = llvm::parseIR(llvm::MemoryBufferRef(ir, "<ir>"), diag, *context);
  if (!module) {
    error = "<ir>:" + std::to_string(diag.getLineNo()) + ": " +
            diag.getMessage().str();
    return nullptr;
  }
  return loadParsed(context, module, error);
}

namespace {

constexpr size_t kLaneStackBytes = 256 * 1024;

/// Runs every lane of one workgroup to completion (or until a deadlock).
void runWorkgroup(LaunchState &launch, void (*entry)(uint64_t *),
                  uint64_t *argv, boost::context::protected_fixedsize_stack &
                                      stacks) {
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
    lane.fiber = ctx::fiber(std::allocator_arg, stacks,
                            [lp, entry, argv](ctx::fiber &&sink) {
                              char marker;
                              lp->stackHi = reinterpret_cast<uint64_t>(&marker) + 4096;
                              lp->stackLo = lp->stackHi - kLaneStackBytes - 4096;
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
        else if (!other && (lane->block != first->block ||
                            lane->site != first->site))
          other = lane;
      }
      if (nLive == 0)
        continue;
      allDone = false;
      if (other) {
        auto where = [&](LaneState *l) {
          const std::string &text =
              l->block == LaneState::Collective
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
  uint64_t ldsBytes = info->staticLdsBytes +
                      (info->usesDynamicLds ? config.dynamicLdsBytes : 0);
  const ChipInfo *chip = lookupChip(impl->chip);
  uint64_t ldsLimit = chip ? chip->ldsBytesPerWorkgroup : 65536;
  if (ldsBytes > ldsLimit) {
    error = "kernel needs " + std::to_string(ldsBytes) + " bytes of LDS; " +
            impl->chip + " has " + std::to_string(ldsLimit);
    return false;
  }

  report = Report();
  report.counters.globalBytesRead.assign(buffers.size(), 0);
  report.counters.globalBytesWritten.assign(buffers.size(), 0);
  LaunchState launch;
  launch.sites = &impl->sites;
  launch.config = &config;
  launch.buffers = &buffers;
  launch.report = &report;
  launch.kernel = kernel;
  launch.chip = impl->chip;
  if (const ChipInfo *chip = lookupChip(impl->chip))
    launch.fp8IsFnuz = chip->fp8IsFnuz;
  launch.allocations = impl->globals;
  launch.fillImplicitArgs();
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
  for (size_t b = 0; b < buffers.size(); ++b) {
    uint64_t base = reinterpret_cast<uint64_t>(buffers[b].bytes.data());
    if (!buffers[b].bytes.empty())
      launch.allocations.push_back(
          {base, base + buffers[b].bytes.size(), int(b)});
  }

  // The workgroup's LDS at the start of a 4 GiB window: any 32-bit LDS
  // offset stays inside it and is classified as LDS.
  size_t page = 4096;
  size_t ldsMapped = (ldsBytes + page - 1) / page * page;
  if (ldsMapped &&
      mprotect(impl->ldsWindow, ldsMapped, PROT_READ | PROT_WRITE) != 0) {
    error = "cannot map LDS";
    return false;
  }
  launch.lds = impl->ldsWindow;
  launch.ldsBytes = ldsBytes;
  launch.shadow.resize(ldsBytes);

  boost::context::protected_fixedsize_stack stacks(kLaneStackBytes);
  auto start = std::chrono::steady_clock::now();
  gLaunch = &launch;
  for (uint32_t z = 0; z < config.grid[2] && !launch.aborted; ++z)
    for (uint32_t y = 0; y < config.grid[1] && !launch.aborted; ++y)
      for (uint32_t x = 0; x < config.grid[0] && !launch.aborted; ++x) {
        launch.wgId[0] = x;
        launch.wgId[1] = y;
        launch.wgId[2] = z;
        // LDS content is undefined at workgroup start: poison it.
        std::memset(launch.lds, 0xCD, ldsBytes);
        std::fill(launch.shadow.begin(), launch.shadow.end(), LdsShadow{});
        launch.epoch = 0;
        launch.wroteOutput = false;
        runWorkgroup(launch, entryIt->second, argv.data(), stacks);
        ++report.counters.workgroupsLaunched;
        if (launch.wroteOutput)
          ++report.counters.workgroupsWithOutput;
        if (launch.aborted) {
          // Suspended lanes cannot be unwound through JIT frames: keep their
          // stacks (the launch is over).
          for (LaneState &lane : launch.lanes)
            if (lane.fiber)
              new boost::context::fiber(std::move(lane.fiber));
        }
      }
  gLaunch = nullptr;
  report.counters.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (ldsMapped)
    mprotect(impl->ldsWindow, ldsMapped, PROT_NONE);
  return true;
}

void Report::print(std::ostream &os, const std::vector<Buffer> &buffers) const {
  os << "issues: " << issues.size() << "\n";
  for (const Issue &i : issues) {
    os << "  " << toString(i.kind) << " (x" << i.count << ") in kernel "
       << i.kernel << " at workgroup ("
       << i.workgroup[0] << "," << i.workgroup[1] << "," << i.workgroup[2]
       << ") wave " << i.wave << " lane " << i.lane << ": " << i.message
       << "\n    in: " << i.site << "\n";
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
