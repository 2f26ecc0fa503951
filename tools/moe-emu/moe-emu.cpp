//===- moe-emu.cpp - run gfx9 AMDGPU LLVM IR kernels on the CPU -----------===//
//
//   moe-emu kernel.ll --kernel NAME --grid X[,Y,Z] --block N[,Y,Z]
//           --arg buf=in.bin --arg zeros=4096 --arg i32=7 ... [--report]
//           [--dyn-lds BYTES] [--out-dir DIR] [--threads N]
//           [--deterministic] [--cpu NAME [--cpu-features +a,-b]]
//           [--max-lane-instructions N] [--time-limit SECONDS]
//
// Arguments bind to the kernel's parameters in order. `memref=PATH` (or
// `memref-zeros=BYTES`) expands to the five parameters of an MLIR 1-D memref
// descriptor (allocated, aligned, offset 0, size, stride 1), as moe-compile's
// kernels take them. Buffers are written back to --out-dir as argN.bin.
// A launch stops with a budget-exceeded report after --max-lane-instructions
// lane instructions or --time-limit seconds (defaults below; 0: no limit);
// a run longer than a few seconds prints a progress line on stderr.
// Exit status is non-zero on any reported issue or failure.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Emulator/Emulator.h"
#include "mxmoe/Target/Chip.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <iostream>
#include <unistd.h>

using namespace mxmoe::emu;

static llvm::cl::OptionCategory category("moe-emu options");
static llvm::cl::opt<std::string> inputFile(llvm::cl::Positional,
                                            llvm::cl::desc("<kernel .ll/.bc>"),
                                            llvm::cl::Required,
                                            llvm::cl::cat(category));
static llvm::cl::opt<std::string> kernelName("kernel",
                                             llvm::cl::desc("Kernel to run"),
                                             llvm::cl::cat(category));
static llvm::cl::opt<std::string> grid("grid",
                                       llvm::cl::desc("Workgroups X[,Y,Z]"),
                                       llvm::cl::init("1"),
                                       llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    block("block", llvm::cl::desc("Lanes per group N[,Y,Z]"),
          llvm::cl::init("64"), llvm::cl::cat(category));
static llvm::cl::list<std::string>
    argList("arg",
            llvm::cl::desc("Kernel argument: buf=PATH, zeros=BYTES, "
                           "memref=PATH, memref-zeros=BYTES, i32=V, i64=V, "
                           "f32=V"),
            llvm::cl::cat(category));
static llvm::cl::opt<unsigned> dynLds("dyn-lds",
                                      llvm::cl::desc("Dynamic LDS bytes"),
                                      llvm::cl::init(0),
                                      llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    outDir("out-dir", llvm::cl::desc("Write buffers here after the run"),
           llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<bool>
    printReport("report", llvm::cl::desc("Print checks and counters"),
                llvm::cl::cat(category));

static llvm::cl::opt<bool> deterministic(
    "deterministic",
    llvm::cl::desc("Bit-exact replay: workgroups in order on one thread"),
    llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    cpu("cpu",
        llvm::cl::desc("Host CPU to JIT for: empty for the portable x86-64 "
                       "baseline (default), 'native', or an LLVM CPU name"),
        llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    cpuFeatures("cpu-features",
                llvm::cl::desc("Extra host features for a named --cpu"),
                llvm::cl::init(""), llvm::cl::cat(category));

static llvm::cl::opt<uint64_t> maxLaneInstructions(
    "max-lane-instructions",
    llvm::cl::desc("Stop the launch after this many IR instructions of all "
                   "lanes (0: no limit)"),
    llvm::cl::init(uint64_t(1) << 36), llvm::cl::cat(category));
static llvm::cl::opt<double>
    timeLimit("time-limit",
              llvm::cl::desc("Stop the launch after this many seconds (0: no "
                             "limit)"),
              llvm::cl::init(120), llvm::cl::cat(category));
static llvm::cl::opt<double> progressInterval(
    "progress-interval",
    llvm::cl::desc("Seconds between progress lines on stderr (0: none)"),
    llvm::cl::init(5), llvm::cl::cat(category));

static int fail(const std::string &message) {
  llvm::errs() << "moe-emu: error: " << message << "\n";
  return 2;
}

static bool parseDims(const std::string &text, std::array<uint32_t, 3> &dims) {
  dims = {1, 1, 1};
  llvm::SmallVector<llvm::StringRef> parts;
  llvm::StringRef(text).split(parts, ',');
  if (parts.empty() || parts.size() > 3)
    return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    unsigned v;
    if (parts[i].trim().getAsInteger(10, v) || v == 0)
      return false;
    dims[i] = v;
  }
  return true;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // libLLVM registers an unrelated `-threads` option: rename it so that ours
  // can take the name.
  auto &registered = llvm::cl::getRegisteredOptions();
  auto existing = registered.find("threads");
  if (existing != registered.end())
    existing->second->setArgStr("llvm-threads");
  static llvm::cl::opt<unsigned> threads(
      "threads",
      llvm::cl::desc("Worker threads running workgroups concurrently "
                     "(0: one per core)"),
      llvm::cl::init(0), llvm::cl::cat(category));
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "mxmoe: run AMDGPU kernels on the CPU\n");
  LaunchConfig config;
  if (!parseDims(grid, config.grid))
    return fail("bad --grid '" + grid +
                "' (expected X[,Y,Z] of positive "
                "integers)");
  if (!parseDims(block, config.block))
    return fail("bad --block '" + block +
                "' (expected N[,Y,Z] of positive "
                "integers)");
  config.dynamicLdsBytes = dynLds;
  if (timeLimit < 0 || progressInterval < 0)
    return fail("--time-limit and --progress-interval must not be negative");
  config.maxLaneInstructions = maxLaneInstructions;
  config.timeLimitSeconds = timeLimit;
  if (progressInterval > 0) {
    config.progressIntervalSeconds = progressInterval;
    config.progress = [](const LaunchProgress &p) {
      llvm::errs() << "moe-emu: " << llvm::format("%.0f", p.seconds)
                   << " s: " << p.workgroupsDone << " of " << p.workgroups
                   << " workgroups, " << p.laneInstructions
                   << " lane instructions\n";
    };
  }
  config.threads = threads;
  config.deterministic = deterministic;

  std::vector<Buffer> buffers;
  std::vector<KernelArg> args;
  std::vector<int> writeBack;
  uint64_t bufferBytes = 0;
  for (const std::string &spec : argList) {
    llvm::StringRef key, value;
    std::tie(key, value) = llvm::StringRef(spec).split('=');
    auto addBuffer = [&](std::vector<uint8_t> bytes, std::string name) {
      bufferBytes += bytes.size();
      buffers.push_back({std::move(name), std::move(bytes)});
      return int(buffers.size() - 1);
    };
    auto readFile = [&](std::vector<uint8_t> &bytes) -> bool {
      auto file = llvm::MemoryBuffer::getFile(value, /*IsText=*/false);
      if (!file)
        return false;
      bytes.assign((*file)->getBufferStart(), (*file)->getBufferEnd());
      return true;
    };
    uint64_t n;
    if (key == "buf" || key == "memref") {
      std::vector<uint8_t> bytes;
      if (!readFile(bytes))
        return fail("cannot read --arg " + spec);
      int b = addBuffer(std::move(bytes), value.str());
      writeBack.push_back(b);
      args.push_back(KernelArg::buf(b));
      if (key == "memref") {
        args.push_back(KernelArg::buf(b));
        args.push_back(KernelArg::i64(0));
        args.push_back(KernelArg::i64(int64_t(buffers[b].bytes.size())));
        args.push_back(KernelArg::i64(1));
      }
    } else if (key == "zeros" || key == "memref-zeros") {
      if (value.getAsInteger(10, n))
        return fail("bad byte count in --arg " + spec);
      // Checked before allocating: a huge count is a message, not an abort
      // (LLVM's new-handler aborts on a failed allocation). All buffers
      // together must fit too.
      uint64_t memory =
          uint64_t(sysconf(_SC_PHYS_PAGES)) * uint64_t(sysconf(_SC_PAGESIZE));
      if (n > memory)
        return fail("--arg " + spec + " asks for " + std::to_string(n) +
                    " bytes, more than this machine's " +
                    std::to_string(memory) + " bytes of memory");
      if (n > memory - std::min(memory, bufferBytes))
        return fail("--arg " + spec + " asks for " + std::to_string(n) +
                    " bytes; with the " + std::to_string(bufferBytes) +
                    " bytes of the buffers before it that is more than this "
                    "machine's " +
                    std::to_string(memory) + " bytes of memory");
      int b = addBuffer(std::vector<uint8_t>(n, 0), "zeros");
      writeBack.push_back(b);
      args.push_back(KernelArg::buf(b));
      if (key == "memref-zeros") {
        args.push_back(KernelArg::buf(b));
        args.push_back(KernelArg::i64(0));
        args.push_back(KernelArg::i64(int64_t(n)));
        args.push_back(KernelArg::i64(1));
      }
    } else if (key == "i32" || key == "i64") {
      int64_t v;
      if (value.getAsInteger(0, v))
        return fail("bad integer in --arg " + spec);
      args.push_back(key == "i32" ? KernelArg::i32(int32_t(v))
                                  : KernelArg::i64(v));
    } else if (key == "f32") {
      double v;
      if (value.getAsDouble(v))
        return fail("bad float in --arg " + spec);
      args.push_back(KernelArg::f32(float(v)));
    } else {
      return fail("unknown argument kind in --arg " + spec +
                  " (expected buf, zeros, memref, memref-zeros, i32, i64 "
                  "or f32)");
    }
  }

  std::string error;
  LoadOptions load;
  load.cpu = cpu;
  load.features = cpuFeatures;
  std::unique_ptr<Module> module = Module::load(inputFile, error, load);
  if (!module)
    return fail(error);
  std::string kernel = kernelName;
  if (kernel.empty()) {
    if (module->kernels().size() != 1)
      return fail("the module has several kernels; pick one with --kernel");
    kernel = module->kernels().front().name;
  }
  // --dyn-lds is checked here too, to name the flag.
  for (const KernelInfo &k : module->kernels())
    if (k.name == kernel && k.usesDynamicLds) {
      const mxmoe::ChipInfo *chip = mxmoe::lookupChip(module->chip());
      uint64_t limit = chip ? uint64_t(chip->ldsBytesPerWorkgroup) : 65536;
      if (k.staticLdsBytes + dynLds > limit)
        return fail("--dyn-lds " + std::to_string(dynLds) + ": kernel '" +
                    kernel + "' has " + std::to_string(k.staticLdsBytes) +
                    " bytes of static LDS, and " + module->chip() + " has " +
                    std::to_string(limit) + " in all");
    }
  Report report;
  if (!module->launch(kernel, config, args, buffers, report, error))
    return fail(error);
  if (printReport || !report.ok())
    report.print(std::cout, buffers);
  if (!outDir.empty()) {
    if (llvm::sys::fs::create_directories(outDir))
      return fail("cannot create --out-dir " + outDir);
    for (size_t i = 0; i < buffers.size(); ++i) {
      llvm::SmallString<128> path(outDir);
      llvm::sys::path::append(path, "arg" + std::to_string(i) + ".bin");
      std::error_code ec;
      llvm::raw_fd_ostream os(path, ec);
      if (ec)
        return fail("cannot write " + path.str().str());
      os.write(reinterpret_cast<const char *>(buffers[i].bytes.data()),
               buffers[i].bytes.size());
    }
  }
  return report.ok() ? 0 : 1;
}
