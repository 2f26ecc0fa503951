//===- moe-perf.cpp - static performance report of gfx9 kernels -----------===//
//
//   moe-perf kernel.s|kernel.hsaco [--chip=gfx950] [--no-mca]
//            [--stage=2 --tokens=T --model-dim=D --inter-dim=I --experts=E
//             --topk=K --precision=a16w4]
//
// Per kernel: registers, LDS, occupancy, scratch and spills, the main loop's
// instruction mix, llvm-mca cycles per main-loop iteration and the MFMA-busy
// fraction; with a problem shape, an MI355X roofline and predicted time.
// Accepts ISA from any compiler (moe-compile --emit=isa, Triton's .amdgcn).
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Perf/Model.h"
#include "mxmoe/Perf/Perf.h"
#include "mxmoe/Target/Chip.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>

#ifndef MXMOE_LLVM_TOOLS_DIR
#define MXMOE_LLVM_TOOLS_DIR "/usr/lib/llvm-22/bin"
#endif

using namespace mxmoe;
using namespace mxmoe::perf;

static llvm::cl::OptionCategory category("moe-perf options");
static llvm::cl::opt<std::string>
    inputFile(llvm::cl::Positional, llvm::cl::desc("<kernel .s or .hsaco>"),
              llvm::cl::Required, llvm::cl::cat(category));
static llvm::cl::opt<std::string> chip("chip", llvm::cl::desc("Target chip"),
                                       llvm::cl::init("gfx950"),
                                       llvm::cl::cat(category));
static llvm::cl::opt<bool> noMca("no-mca", llvm::cl::desc("Skip llvm-mca"),
                                 llvm::cl::cat(category));
static llvm::cl::opt<int>
    stage("stage", llvm::cl::desc("MoE stage (1 or 2) of the shape"),
          llvm::cl::init(2), llvm::cl::cat(category));
static llvm::cl::opt<int64_t> tokens("tokens", llvm::cl::init(0),
                                     llvm::cl::cat(category));
static llvm::cl::opt<int64_t> modelDim("model-dim", llvm::cl::init(0),
                                       llvm::cl::cat(category));
static llvm::cl::opt<int64_t> interDim("inter-dim", llvm::cl::init(0),
                                       llvm::cl::cat(category));
static llvm::cl::opt<int64_t> experts("experts", llvm::cl::init(0),
                                      llvm::cl::cat(category));
static llvm::cl::opt<int64_t> topk("topk", llvm::cl::init(0),
                                   llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    precision("precision", llvm::cl::init(stringify(Precision::A16W4)),
              llvm::cl::cat(category));
static llvm::cl::opt<int64_t>
    workgroups("workgroups",
               llvm::cl::desc("Workgroups launched (for the latency term)"),
               llvm::cl::init(0), llvm::cl::cat(category));
static llvm::cl::opt<int64_t>
    loopIterations("loop-iterations",
                   llvm::cl::desc("Main-loop trips per workgroup"),
                   llvm::cl::init(0), llvm::cl::cat(category));

static llvm::cl::opt<std::string>
    tileFlag("tile",
             llvm::cl::desc("The kernel's tile MxNxK (with --tokens: the "
                            "calibrated model's prediction)"),
             llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<int64_t> splitK("split-k", llvm::cl::init(1),
                                     llvm::cl::desc("K slices of the kernel"),
                                     llvm::cl::cat(category));

static int fail(const std::string &message) {
  llvm::errs() << "moe-perf: error: " << message << "\n";
  return 1;
}

/// Runs a tool and returns its stdout, or nullopt.
static std::optional<std::string>
runTool(llvm::ArrayRef<llvm::StringRef> args) {
  llvm::SmallString<128> out;
  llvm::sys::fs::createTemporaryFile("moe-perf", "txt", out);
  std::optional<llvm::StringRef> redirects[] = {
      std::nullopt, llvm::StringRef(out), std::nullopt};
  int rc = llvm::sys::ExecuteAndWait(args[0], args, std::nullopt, redirects);
  auto text = llvm::MemoryBuffer::getFile(out);
  llvm::sys::fs::remove(out);
  if (rc != 0 || !text)
    return std::nullopt;
  return (*text)->getBuffer().str();
}

/// A code object as assembly text the analyzer reads: disassembly with
/// symbolized branch labels, followed by the metadata notes.
static std::optional<std::string> disassemble(const std::string &path) {
  std::string tools = MXMOE_LLVM_TOOLS_DIR;
  std::string objdump = tools + "/llvm-objdump",
              readelf = tools + "/llvm-readelf";
  std::string cpu = "--mcpu=" + chip;
  auto dis = runTool({objdump, "-d", "--symbolize-operands",
                      "--no-show-raw-insn", "--no-leading-addr", cpu, path});
  auto notes = runTool({readelf, "--notes", path});
  if (!dis || !notes)
    return std::nullopt;
  std::string text;
  llvm::SmallVector<llvm::StringRef> lines;
  llvm::StringRef(*dis).split(lines, '\n');
  for (llvm::StringRef l : lines) {
    llvm::StringRef t = l.trim();
    if (t.starts_with("<") && t.ends_with(">:")) {
      std::string name = t.drop_front().drop_back(2).str();
      if (name.size() > 1 && name[0] == 'L' &&
          std::all_of(name.begin() + 1, name.end(), ::isdigit)) {
        text += name + ":\n";
      } else {
        text += "\t.type " + name + ",@function\n" + name + ":\n";
      }
      continue;
    }
    text += "\t" + t.split("//").first.rtrim().str() + "\n";
  }
  return text + "\n" + *notes;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "mxmoe: static performance report\n");
  const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);
  if (!info)
    return fail(mxmoe::unknownChipMessage(chip));
  auto buffer = llvm::MemoryBuffer::getFile(inputFile, /*IsText=*/false);
  if (!buffer)
    return fail("cannot read '" + inputFile + "'");
  std::string isa = (*buffer)->getBuffer().str();
  if (llvm::StringRef(isa).starts_with("\x7f"
                                       "ELF")) {
    auto text = disassemble(inputFile);
    if (!text)
      return fail("cannot disassemble '" + inputFile + "' with llvm-objdump");
    isa = *text;
  }
  std::vector<KernelReport> kernels = analyzeIsa(isa);
  if (kernels.empty())
    return fail("no kernel found in '" + inputFile + "'");
  if (!noMca)
    if (auto err = runMca(
            kernels, std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca", chip))
      return fail(*err);

  llvm::outs() << "chip " << chip << ": " << info->ldsBytesPerWorkgroup
               << " bytes LDS per CU, 512 VGPRs per SIMD lane\n";
  for (const KernelReport &k : kernels) {
    llvm::outs() << "kernel " << k.name << "\n";
    llvm::outs() << "  vgpr " << k.vgprs << "  agpr " << k.agprs << "  sgpr "
                 << k.sgprs << "  lds " << k.ldsBytes << " B  scratch "
                 << k.scratchBytes << " B  spills v" << k.vgprSpills << "/s"
                 << k.sgprSpills << "\n";
    llvm::outs() << "  occupancy "
                 << k.wavesPerSIMD(info->ldsBytesPerWorkgroup,
                                   info->maxWavesPerSIMD)
                 << " waves/SIMD (workgroup " << k.workgroupSize << " lanes), "
                 << k.instructions << " instructions\n";
    if (!k.mainLoop) {
      llvm::outs() << "  main loop: none\n";
      continue;
    }
    const LoopInfo &loop = *k.mainLoop;
    llvm::outs() << "  main loop " << loop.label
                 << (loop.wholeKernel ? " (no loop: the whole kernel)" : "")
                 << ": " << loop.body.size() << " instructions:";
    for (auto &[cls, n] : loop.mix)
      llvm::outs() << " " << toString(cls) << " " << n;
    llvm::outs() << "\n";
    if (loop.mcaCyclesPerIteration) {
      char line[160];
      std::snprintf(line, sizeof(line),
                    "  llvm-mca: %.1f cycles/iteration, MFMA busy %.0f%% "
                    "(%d MFMA passes)\n",
                    *loop.mcaCyclesPerIteration, 100 * loop.mfmaBusy(),
                    loop.mfmaPasses);
      llvm::outs() << line;
    }
  }
  if (tokens > 0) {
    if (modelDim <= 0 || interDim <= 0 || experts <= 0 || topk <= 0)
      return fail(
          "a roofline needs --model-dim, --inter-dim, --experts and --topk");
    std::optional<Precision> p = parseEnum<Precision>(precision);
    if (!p)
      return fail("unknown --precision '" + precision + "' (expected " +
                  enumSpellings<Precision>() + ")");
    StageWork work{{*p, modelDim, interDim, experts, topk}, tokens, stage};
    const KernelReport &k = kernels.front();
    double busy = k.mainLoop ? k.mainLoop->mfmaBusy() : 0;
    Launch launch;
    if (workgroups > 0 && loopIterations > 0 && k.mainLoop &&
        k.mainLoop->mcaCyclesPerIteration) {
      launch.workgroups = workgroups;
      launch.loopIterations = k.mainLoop->wholeKernel ? 1 : loopIterations;
      launch.wavesPerWorkgroup =
          std::max<int64_t>(1, (k.workgroupSize + 63) / 64);
      launch.wavesPerSIMD = std::max(
          1, k.wavesPerSIMD(info->ldsBytesPerWorkgroup, info->maxWavesPerSIMD));
      launch.cyclesPerIteration = *k.mainLoop->mcaCyclesPerIteration;
    }
    Roofline r = mi355xRoofline(work, busy, launch);
    char line[512];
    std::snprintf(line, sizeof(line),
                  "roofline MI355X (stage %d, T=%lld): %.3g MB, %.3g GFLOP; "
                  "memory %.2f us, compute %.2f us, bound %.2f us, latency "
                  "%.2f us, predicted %.2f us (ratio %.2f)\n",
                  stage.getValue(), (long long)tokens, r.bytes / 1e6,
                  r.flops / 1e9, r.memorySeconds * 1e6, r.computeSeconds * 1e6,
                  r.boundSeconds * 1e6, r.latencySeconds * 1e6,
                  r.predictedSeconds * 1e6,
                  r.predictedSeconds / r.boundSeconds);
    llvm::outs() << line;
    const ChipModel *model = lookupChipModel(chip);
    if (!tileFlag.empty() && model) {
      llvm::SmallVector<llvm::StringRef> parts;
      llvm::StringRef(tileFlag).split(parts, 'x');
      int64_t dims[3];
      if (parts.size() != 3 || parts[0].getAsInteger(10, dims[0]) ||
          parts[1].getAsInteger(10, dims[1]) ||
          parts[2].getAsInteger(10, dims[2]) || dims[0] <= 0 || dims[1] <= 0 ||
          dims[2] <= 0)
        return fail("bad --tile '" + tileFlag +
                    "' (expected MxNxK, e.g. "
                    "16x64x128)");
      KernelShape shape;
      shape.stage = stage;
      shape.tile = {dims[0], dims[1], dims[2],
                    std::max<int64_t>(1, (k.workgroupSize + 63) / 64)};
      shape.splitK = std::max<int64_t>(1, splitK);
      int64_t regs =
          std::max<int64_t>(k.vgprs, 0) + std::max<int64_t>(k.agprs, 0);
      shape.workgroupsPerCU =
          workgroupsPerCU(*model, shape.tile, regs, k.ldsBytes);
      if (k.mainLoop && k.mainLoop->mcaCyclesPerIteration) {
        int64_t kDim = stage == 1 ? modelDim : interDim;
        int64_t steps = (kDim + dims[2] - 1) / dims[2];
        shape.mcaCyclesPerIteration = *k.mainLoop->mcaCyclesPerIteration;
        shape.loopIterations =
            k.mainLoop->wholeKernel
                ? 1
                : (steps / shape.splitK + kMainLoopKSteps - 1) /
                      kMainLoopKSteps;
      }
      KernelTime t = predictStage(*model, work.problem, tokens, shape);
      std::snprintf(
          line, sizeof(line),
          "model %s (stage %d, T=%lld, %.1f experts touched, %.0f "
          "workgroups, %lld per CU): launch %.2f us, bandwidth %.2f "
          "us, mfma %.2f us, issue %.2f us, latency %.2f us; "
          "predicted %.2f us (%s-bound)\n",
          model->part, stage.getValue(), (long long)tokens, t.distinctExperts,
          t.workgroups, (long long)shape.workgroupsPerCU, t.launchSeconds * 1e6,
          t.bandwidthSeconds * 1e6, t.mfmaSeconds * 1e6, t.issueSeconds * 1e6,
          t.latencySeconds * 1e6, t.totalSeconds * 1e6, t.bound);
      llvm::outs() << line;
    }
  }
  return 0;
}
