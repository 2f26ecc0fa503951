//===- moe-compile.cpp - compile moe IR to gfx code objects ---------------===//
//
//   moe-compile kernel.mlir --emit=hsaco --chip=gfx950 -o kernel.hsaco
//   moe-compile --stage=2 --precision=a16w4 --model-dim=2880 --inter-dim=2880
//               --experts=128 --topk=4 --bias --emit=isa
//   moe-compile --model=gpt-oss-120b --chip=gfx950 -o DIR
//
// --model writes every kernel of that model's MoE layer for each token
// bucket to DIR (one .hsaco per kernel module), DIR/manifest.json (kernel
// names, parameters, grid rules) and prints a table of the kernels.
//
// Every failure is one line on stderr and a non-zero exit.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/Layer.h"
#include "mxmoe/Compiler/Problems.h"
#include "mxmoe/Perf/Perf.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdio>
#include <map>

#ifndef MXMOE_LLVM_TOOLS_DIR
#define MXMOE_LLVM_TOOLS_DIR "/usr/lib/llvm-22/bin"
#endif

using namespace mlir;

static llvm::cl::OptionCategory category("moe-compile options");
static llvm::cl::opt<std::string>
    inputFile(llvm::cl::Positional,
              llvm::cl::desc("<input .mlir> (or a problem given by --stage)"),
              llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<bool> xQuantized(
    "x-quantized",
    llvm::cl::desc("With --model, a8w4/a4w4: x arrives MX-quantized (no "
                   "quantize kernel)"),
    llvm::cl::init(false), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    emit("emit", llvm::cl::desc("Output kind: mlir, llvm, isa or hsaco"),
         llvm::cl::init("hsaco"), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    chip("chip", llvm::cl::desc("Target chip (gfx950, gfx942, gfx90a)"),
         llvm::cl::init("gfx950"), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    outputFile("o", llvm::cl::desc("Output file (default: stdout)"),
               llvm::cl::value_desc("file"), llvm::cl::init("-"),
               llvm::cl::cat(category));
static llvm::cl::opt<std::string> unpackStrategy(
    "unpack-strategy",
    llvm::cl::desc("Override every moe.fp4_unpack strategy: auto, hw or sw"),
    llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<unsigned>
    optLevel("O", llvm::cl::desc("LLVM optimization level (0-3)"),
             llvm::cl::init(3), llvm::cl::Prefix, llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    ldLld("ld-lld", llvm::cl::desc("ld.lld used to link the code object"),
          llvm::cl::init(""), llvm::cl::cat(category));

static llvm::cl::opt<std::string> model(
    "model",
    llvm::cl::desc("Compile the whole MoE layer of a known model to the "
                   "directory given by -o (gpt-oss-120b, gpt-oss-20b, "
                   "deepseek-r1)"),
    llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string> buckets(
    "buckets",
    llvm::cl::desc("With --model: ascending token-bucket bounds, e.g. 1,32,256"),
    llvm::cl::init(""), llvm::cl::cat(category));

// A problem description instead of an input file.
static llvm::cl::OptionCategory problemCategory("moe-compile problem options");
static llvm::cl::opt<unsigned>
    stage("stage", llvm::cl::desc("Build the kernel of an MoE stage (1: gate/up "
                                  "+ activation, 2: down projection) instead "
                                  "of reading a file"),
          llvm::cl::init(0), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    precision("precision", llvm::cl::desc("a16w4, a8w4 or a4w4"),
              llvm::cl::init("a16w4"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> modelDim("model-dim", llvm::cl::desc("D"),
                                       llvm::cl::init(0),
                                       llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> interDim("inter-dim", llvm::cl::desc("I"),
                                       llvm::cl::init(0),
                                       llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> experts("experts", llvm::cl::desc("E"),
                                      llvm::cl::init(0),
                                      llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> topk("topk", llvm::cl::desc("K"),
                                   llvm::cl::init(0),
                                   llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t>
    tokens("tokens",
           llvm::cl::desc("T: prints the grid to launch for it (optional)"),
           llvm::cl::init(0), llvm::cl::cat(problemCategory));
static llvm::cl::opt<bool> bias("bias", llvm::cl::desc("Add a per-expert bias"),
                                llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> outType("out",
                                          llvm::cl::desc("f32, bf16 or f16"),
                                          llvm::cl::init("f32"),
                                          llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    combine("combine", llvm::cl::desc("atomic or store"),
            llvm::cl::init("atomic"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> splitK("split-k", llvm::cl::desc("K slices"),
                                     llvm::cl::init(1),
                                     llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> gateUp(
    "gate-up", llvm::cl::desc("Stage 1: interleaved, halves or blocks16"),
    llvm::cl::init("interleaved"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> activation(
    "activation",
    llvm::cl::desc("Stage 1: swiglu (GPT-OSS), 'swiglu, alpha = A, limit = L' "
                   "or silu"),
    llvm::cl::init("swiglu"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> hFormat(
    "h-format", llvm::cl::desc("Stage 1 output: bf16, mxfp8 or mxfp4"),
    llvm::cl::init("bf16"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    tileSpec("tile", llvm::cl::desc("MxNxK workgroup tile (waves = N / 16)"),
             llvm::cl::init("16x64x128"), llvm::cl::cat(problemCategory));

static int fail(const llvm::Twine &message) {
  llvm::errs() << "moe-compile: error: " << message << "\n";
  return 1;
}

/// Prints each diagnostic as one line: `file:line:col: error: message`.
static void printDiagnostic(Diagnostic &diag) {
  llvm::raw_ostream &os = llvm::errs();
  os << "moe-compile: ";
  if (auto loc = dyn_cast<FileLineColLoc>(diag.getLocation()))
    os << loc.getFilename().getValue() << ":" << loc.getLine() << ":"
       << loc.getColumn() << ": ";
  else if (auto fused = dyn_cast<FusedLoc>(diag.getLocation()))
    (void)fused;
  switch (diag.getSeverity()) {
  case DiagnosticSeverity::Error:
    os << "error: ";
    break;
  case DiagnosticSeverity::Warning:
    os << "warning: ";
    break;
  default:
    os << "note: ";
    break;
  }
  std::string text = diag.str();
  std::replace(text.begin(), text.end(), '\n', ' ');
  os << text << "\n";
}

/// Parses `source` and compiles it to `kind`; diagnostics are printed.
static FailureOr<std::string> compileSource(const std::string &source,
                                            mxmoe::EmitKind kind) {
  DialectRegistry registry;
  moe::registerMXMoEDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  ScopedDiagnosticHandler handler(&context, [](Diagnostic &diag) {
    printDiagnostic(diag);
    return success();
  });
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, &context);
  if (!module)
    return failure();
  mxmoe::CompileOptions options;
  options.chip = chip;
  options.unpackStrategy = unpackStrategy;
  options.optLevel = optLevel;
  options.ldLld = ldLld;
  return mxmoe::compileModule(*module, kind, options);
}

/// --model: every kernel of the layer, the manifest and the kernel table.
static int compileModel() {
  std::optional<mxmoe::LayerConfig> config = mxmoe::knownModel(model);
  if (!config)
    return fail("unknown --model '" + model + "' (known: " +
                mxmoe::knownModelNames() + ")");
  if (precision.getNumOccurrences())
    config->precision = precision;
  config->quantizeInput = !xQuantized;
  if (!buckets.empty()) {
    config->tokenBuckets.clear();
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(buckets).split(parts, ',');
    for (llvm::StringRef part : parts) {
      int64_t v;
      if (part.trim().getAsInteger(10, v))
        return fail("bad --buckets '" + buckets +
                    "' (expected ascending integers, e.g. 1,32,256)");
      config->tokenBuckets.push_back(v);
    }
  }
  if (std::string why = mxmoe::checkLayerConfig(*config); !why.empty())
    return fail("--model=" + model + ": " + why);
  if (outputFile == "-")
    return fail("--model needs an output directory: -o DIR");
  if (std::error_code ec = llvm::sys::fs::create_directories(outputFile))
    return fail("cannot create '" + outputFile + "': " + ec.message());
  const mxmoe::ChipInfo *info = mxmoe::lookupChip(chip);

  std::vector<mxmoe::LayerVariant> variants = mxmoe::planLayer(*config);
  // Each kernel module once (buckets share kernels), with its ISA report.
  std::map<std::string, mxmoe::perf::KernelReport> reports;
  for (const mxmoe::LayerVariant &v : variants)
    for (const mxmoe::LayerKernel &k : v.kernels) {
      if (reports.count(k.name))
        continue;
      llvm::SmallString<256> path(outputFile);
      llvm::sys::path::append(path, k.file);
      if (!llvm::sys::fs::exists(path)) {
        FailureOr<std::string> hsaco =
            compileSource(k.source, mxmoe::EmitKind::HSACO);
        if (failed(hsaco))
          return fail("cannot compile kernel " + k.name);
        std::string error;
        auto out = openOutputFile(path, &error);
        if (!out)
          return fail("cannot write '" + path + "': " + error);
        out->os() << *hsaco;
        out->keep();
      }
      FailureOr<std::string> isa = compileSource(k.source, mxmoe::EmitKind::ISA);
      if (failed(isa))
        return fail("cannot compile kernel " + k.name);
      std::vector<mxmoe::perf::KernelReport> found =
          mxmoe::perf::analyzeIsa(*isa);
      if (auto err = mxmoe::perf::runMca(
              found, std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca", chip))
        return fail(*err);
      for (mxmoe::perf::KernelReport &r : found)
        reports[r.name] = r;
      if (!reports.count(k.name))
        return fail("kernel " + k.name + " missing from its ISA");
    }

  llvm::SmallString<256> manifestPath(outputFile);
  llvm::sys::path::append(manifestPath, "manifest.json");
  std::string error;
  auto manifest = openOutputFile(manifestPath, &error);
  if (!manifest)
    return fail("cannot write '" + manifestPath + "': " + error);
  manifest->os() << mxmoe::layerManifest(*config, variants, chip);
  manifest->keep();

  // The table: per bucket, its kernels with the predicted MI355X time at
  // the bucket's largest token count (moe-perf's roofline and latency model).
  llvm::outs() << "MoE layer " << model << " (" << config->precision
               << ", D=" << config->modelDim << ", I=" << config->interDim
               << ", E=" << config->experts << ", K=" << config->topk
               << ") for " << chip << ": " << outputFile
               << "/manifest.json\n";
  char line[256];
  std::snprintf(line, sizeof(line), "%6s  %-60s %5s %5s %6s %5s %10s\n", "T",
                "kernel", "VGPR", "AGPR", "LDS", "occ", "MI355X us");
  llvm::outs() << line;
  for (const mxmoe::LayerVariant &v : variants) {
    double total = 0;
    for (const mxmoe::LayerKernel &k : v.kernels) {
      const mxmoe::perf::KernelReport &r = reports[k.name];
      int occupancy =
          r.wavesPerSIMD(info->ldsBytesPerWorkgroup, info->maxWavesPerSIMD);
      std::string predicted = "-";
      if (k.role == "stage1" || k.role == "stage2") {
        bool s1 = k.role == "stage1";
        mxmoe::perf::ProblemShape shape{v.maxTokens,      config->modelDim,
                                        config->interDim, config->experts,
                                        config->topk,     config->precision,
                                        s1 ? 1 : 2};
        std::array<int64_t, 3> grid = k.grid(v.maxTokens);
        int64_t kDim = s1 ? config->modelDim : config->interDim;
        int64_t tileK = s1 ? v.stage1.tileK : v.stage2.tileK;
        mxmoe::perf::Launch launch;
        double busy = 0;
        if (r.mainLoop && r.mainLoop->mcaCyclesPerIteration) {
          busy = r.mainLoop->mfmaBusy();
          launch.workgroups = grid[0] * grid[1];
          // Two K steps per main-loop iteration (the loop is unrolled twice).
          launch.loopIterations = ((kDim + tileK - 1) / tileK + 1) / 2;
          launch.wavesPerWorkgroup = k.lanes / 64;
          launch.wavesPerSIMD = std::max(1, occupancy);
          launch.cyclesPerIteration = *r.mainLoop->mcaCyclesPerIteration;
        }
        double us = mxmoe::perf::mi355xRoofline(shape, busy, launch)
                        .predictedSeconds * 1e6;
        total += us;
        char buf[32];
        std::snprintf(buf, sizeof(buf), "%.2f", us);
        predicted = buf;
      }
      std::snprintf(line, sizeof(line), "%6lld  %-60s %5lld %5lld %6lld %5d %10s\n",
                    (long long)v.maxTokens, k.name.c_str(), (long long)r.vgprs,
                    (long long)r.agprs, (long long)r.ldsBytes, occupancy,
                    predicted.c_str());
      llvm::outs() << line;
    }
    std::snprintf(line, sizeof(line), "%6lld  %-60s %5s %5s %6s %5s %10.2f\n",
                  (long long)v.maxTokens, "(stages 1 + 2)", "", "", "", "",
                  total);
    llvm::outs() << line;
  }
  return 0;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions({&category, &problemCategory});
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "mxmoe: compile moe kernel IR to gfx code objects\n");

  std::optional<mxmoe::EmitKind> kind = mxmoe::parseEmitKind(emit);
  if (!kind)
    return fail("unknown --emit '" + emit +
                "' (expected mlir, llvm, isa or hsaco)");
  if (!mxmoe::lookupChip(chip))
    return fail(mxmoe::unknownChipMessage(chip));
  if (!unpackStrategy.empty() && unpackStrategy != "auto" &&
      unpackStrategy != "hw" && unpackStrategy != "sw")
    return fail("unknown --unpack-strategy '" + unpackStrategy +
                "' (expected auto, hw or sw)");
  if (optLevel > 3)
    return fail("-O" + llvm::Twine(optLevel) + " is out of range (0-3)");

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input;
  if (!model.empty()) {
    if (stage != 0 || !inputFile.empty())
      return fail("give --model alone, without an input file or --stage");
    return compileModel();
  }
  if (stage != 0) {
    if (!inputFile.empty())
      return fail("give either an input file or --stage, not both");
    if (stage != 1 && stage != 2)
      return fail("--stage=" + llvm::Twine(stage) +
                  " is not a stage (1: gate/up, 2: down)");
    for (auto [name, value] :
         {std::pair<const char *, int64_t>{"--model-dim", modelDim},
          {"--inter-dim", interDim},
          {"--experts", experts},
          {"--topk", topk},
          {"--split-k", splitK}})
      if (value <= 0)
        return fail(llvm::Twine(name) + " must be a positive integer");
    if (precision != "a16w4" && precision != "a8w4" && precision != "a4w4")
      return fail("unknown --precision '" + precision +
                  "' (expected a16w4, a8w4 or a4w4)");
    llvm::SmallVector<llvm::StringRef> dims;
    llvm::StringRef(tileSpec).split(dims, 'x');
    int64_t tm, tn, tk;
    if (dims.size() != 3 || dims[0].getAsInteger(10, tm) ||
        dims[1].getAsInteger(10, tn) || dims[2].getAsInteger(10, tk) ||
        tn < 16 || tm <= 0 || tk <= 0)
      return fail("bad --tile '" + tileSpec + "' (expected MxNxK, e.g. 16x64x128)");
    // The flags both stage configurations share.
    auto setProblem = [&](auto &config) {
      config.precision = precision;
      config.modelDim = modelDim;
      config.interDim = interDim;
      config.experts = experts;
      config.topk = topk;
      config.bias = bias;
    };
    auto setTile = [&](auto &config) {
      config.tileM = tm;
      config.tileN = tn;
      config.tileK = tk;
      config.waves = std::min<int64_t>(8, tn / 16);
    };
    std::string name, source, finishLine;
    std::array<int64_t, 3> grid{};
    int64_t lanes = 64 * std::min<int64_t>(8, tn / 16);
    if (stage == 1) {
      if (gateUp != "interleaved" && gateUp != "halves" && gateUp != "blocks16")
        return fail("unknown --gate-up '" + gateUp +
                    "' (expected interleaved, halves or blocks16)");
      if (hFormat != "bf16" && hFormat != "mxfp8" && hFormat != "mxfp4")
        return fail("unknown --h-format '" + hFormat +
                    "' (expected bf16, mxfp8 or mxfp4)");
      mxmoe::Stage1Config config;
      setProblem(config);
      config.gateUp = gateUp;
      config.activation = activation;
      config.out = hFormat;
      config.splitK = splitK;
      setTile(config);
      name = config.kernelName();
      source = mxmoe::stage1KernelSource(config);
      grid = mxmoe::stage1Grid(config, tokens);
      if (splitK > 1 && tokens > 0)
        finishLine = "moe-compile: kernel " + name + "_finish: launch grid " +
                     std::to_string(mxmoe::stage1FinishWorkgroups(config,
                                                                  tokens)) +
                     " of " + std::to_string(mxmoe::kStage1FinishBlock) +
                     " lanes, after it\n";
    } else {
      if (outType != "f32" && outType != "bf16" && outType != "f16")
        return fail("unknown --out '" + outType + "' (expected f32, bf16 or f16)");
      if (combine != "atomic" && combine != "store")
        return fail("unknown --combine '" + combine +
                    "' (expected atomic or store)");
      mxmoe::Stage2Config config;
      setProblem(config);
      config.out = outType;
      config.combine = combine;
      config.splitK = splitK;
      setTile(config);
      name = config.kernelName();
      source = mxmoe::stage2KernelSource(config);
      grid = mxmoe::stage2Grid(config, tokens);
    }
    if (tokens > 0)
      llvm::errs() << "moe-compile: kernel " << name << ": launch grid "
                   << grid[0] << "x" << grid[1] << " of " << lanes
                   << " lanes for " << tokens << " tokens\n"
                   << finishLine;
    input = llvm::MemoryBuffer::getMemBufferCopy(source, "<stage>");
  } else {
    if (inputFile.empty())
      return fail("no input file (or problem given with --stage)");
    input = openInputFile(inputFile, &errorMessage);
    if (!input)
      return fail("cannot read '" + inputFile + "': " + errorMessage);
  }

  DialectRegistry registry;
  moe::registerMXMoEDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  ScopedDiagnosticHandler handler(&context, [](Diagnostic &diag) {
    printDiagnostic(diag);
    return success();
  });

  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(input), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;

  mxmoe::CompileOptions options;
  options.chip = chip;
  options.unpackStrategy = unpackStrategy;
  options.optLevel = optLevel;
  options.ldLld = ldLld;
  FailureOr<std::string> artifact =
      mxmoe::compileModule(*module, *kind, options);
  if (failed(artifact))
    return 1;

  auto output = openOutputFile(outputFile, &errorMessage);
  if (!output)
    return fail("cannot write '" + outputFile + "': " + errorMessage);
  output->os() << *artifact;
  output->keep();
  return 0;
}
