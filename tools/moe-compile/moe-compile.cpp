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
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Plan/Limits.h"
#include "mxmoe/Plan/Manifest.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>

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
static llvm::cl::opt<mxmoe::KernelAbi> abi(
    "abi", llvm::cl::desc("How kernels take their buffers"),
    llvm::cl::values(
        clEnumValN(mxmoe::KernelAbi::Memref, "memref",
                   "each buffer as its memref descriptor (5 arguments)"),
        clEnumValN(mxmoe::KernelAbi::Bare, "bare",
                   "each buffer as one pointer, element counts as i32 at the "
                   "end")),
    llvm::cl::init(mxmoe::KernelAbi::Memref), llvm::cl::cat(category));
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

static llvm::cl::opt<std::string>
    model("model",
          llvm::cl::desc("Compile the whole MoE layer of a known model to the "
                         "directory given by -o (gpt-oss-120b, gpt-oss-20b, "
                         "deepseek-r1)"),
          llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string>
    buckets("buckets",
            llvm::cl::desc(
                "With --model: ascending token-bucket bounds, e.g. 1,32,256"),
            llvm::cl::init(""), llvm::cl::cat(category));
static llvm::cl::opt<std::string> configs(
    "configs",
    llvm::cl::desc("With --model: the tuned configs the dispatcher reads "
                   "(default: the built-in configs/<chip>.json; 'none': the "
                   "fixed heuristic plan)"),
    llvm::cl::init(""), llvm::cl::cat(category));

static llvm::cl::opt<int64_t> fusedRoutingEntries(
    "fused-routing-entries",
    llvm::cl::desc("With --model: buckets of at most this many T*K entries "
                   "launch no sort kernel, their stage kernels sort topk_ids "
                   "in LDS (0: always the sort kernel; default: the configs' "
                   "tuned bound for the shape, else 64). With "
                   "--stage: build the stage kernel with fused routing for "
                   "this many entries (default 0: the sort kernel's buffers)"),
    llvm::cl::init(-1), llvm::cl::cat(category));

static llvm::cl::opt<int64_t> fusedQuantizeTokens(
    "fused-quantize-tokens",
    llvm::cl::desc("With --model, a8w4/a4w4 with bf16 x: buckets of at most "
                   "this many tokens launch no quantize kernel, stage 1 "
                   "quantizes its blocks' rows of x in LDS (0: always the "
                   "quantize kernel; default 2)"),
    llvm::cl::init(-1), llvm::cl::cat(category));
static llvm::cl::opt<int64_t> fusedStagesTokens(
    "fused-stages-tokens",
    llvm::cl::desc("With --model: buckets of at most this many tokens whose "
                   "stage kernels qualify launch stage 1 and stage 2 as one "
                   "kernel (0: always two launches; default 64)"),
    llvm::cl::init(-1), llvm::cl::cat(category));
static llvm::cl::opt<int64_t> slotRoutingTokens(
    "slot-routing-tokens",
    llvm::cl::desc("With --model: buckets that route in their stage kernels "
                   "with at most this many tokens (and T*K at most E) route "
                   "by slot, no sort: each routed slot is its own block "
                   "(0: always sort; default: the configs' tuned bound for "
                   "the shape, else 2)"),
    llvm::cl::init(-1), llvm::cl::cat(category));
static llvm::cl::opt<bool> quantizeX(
    "quantize-x",
    llvm::cl::desc("With --stage=1, a8w4/a4w4: the kernel takes bf16 x and "
                   "quantizes its block's rows in LDS (moe.stage1 quantize_x)"),
    llvm::cl::init(false), llvm::cl::cat(category));

// A problem description instead of an input file.
static llvm::cl::OptionCategory problemCategory("moe-compile problem options");
static llvm::cl::opt<unsigned>
    stage("stage",
          llvm::cl::desc("Build the kernel of an MoE stage (1: gate/up "
                         "+ activation, 2: down projection) instead "
                         "of reading a file"),
          llvm::cl::init(0), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    precision("precision", llvm::cl::desc("a16w4, a8w4 or a4w4"),
              llvm::cl::init(mxmoe::stringify(mxmoe::Precision::A16W4)),
              llvm::cl::cat(problemCategory));
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
            llvm::cl::init(mxmoe::stringify(mxmoe::Combine::Atomic)),
            llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> splitK("split-k", llvm::cl::desc("K slices"),
                                     llvm::cl::init(1),
                                     llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    weightCache("weight-cache",
                llvm::cl::desc("cache policy of the weight loads: none or nt "
                               "(non-temporal)"),
                llvm::cl::init(mxmoe::stringify(mxmoe::WeightCache::None)),
                llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> pipelineDepth(
    "pipeline-depth",
    llvm::cl::desc("main-loop pipeline depth: K steps of loads in flight plus "
                   "the one the MFMAs consume (2 to 4; 2: the ping-pong)"),
    llvm::cl::init(mxmoe::kDefaultPipelineDepth),
    llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> kWaveGroups(
    "k-wave-groups",
    llvm::cl::desc("wave groups splitting the main loop's K, summed through "
                   "LDS after it (1 to 8, dividing the tile's waves; 1: none)"),
    llvm::cl::init(1), llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> wavesPerEU(
    "waves-per-eu",
    llvm::cl::desc("occupancy target: waves per SIMD the backend keeps "
                   "registers for (amdgpu-waves-per-eu); 0: the compiler's "
                   "choice"),
    llvm::cl::init(0), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> workgroupOrder(
    "workgroup-order",
    llvm::cl::desc("tile order of the routed grid: linear or xcd (adjacent "
                   "tiles on one XCD's L2)"),
    llvm::cl::init(mxmoe::stringify(mxmoe::WorkgroupOrder::Linear)),
    llvm::cl::cat(problemCategory));
static llvm::cl::opt<int64_t> persistentWorkgroups(
    "persistent-workgroups",
    llvm::cl::desc("Stage 2: a persistent grid of this many workgroups "
                   "looping over the tiles (0: one workgroup per tile)"),
    llvm::cl::init(0), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    gateUp("gate-up",
           llvm::cl::desc("Stage 1: interleaved, halves or blocks16"),
           llvm::cl::init("interleaved"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string> activation(
    "activation",
    llvm::cl::desc("Stage 1: swiglu (GPT-OSS), 'swiglu, alpha = A, limit = L' "
                   "or silu"),
    llvm::cl::init("swiglu"), llvm::cl::cat(problemCategory));
static llvm::cl::opt<std::string>
    hFormat("h-format", llvm::cl::desc("Stage 1 output: bf16, mxfp8 or mxfp4"),
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

/// The options of every compilation.
static mxmoe::CompileOptions compileOptions() {
  mxmoe::CompileOptions options;
  options.chip = chip;
  options.unpackStrategy = unpackStrategy;
  options.optLevel = optLevel;
  options.ldLld = ldLld;
  options.abi = abi;
  // MLIR's --mlir-print-ir-*, --mlir-pass-statistics and --mlir-timing.
  options.configurePassManager = [](PassManager &pm) -> LogicalResult {
    if (failed(applyPassManagerCLOptions(pm)))
      return failure();
    auto timing = std::make_unique<DefaultTimingManager>();
    applyDefaultTimingManagerCLOptions(*timing);
    if (timing->isEnabled())
      pm.enableTiming(std::move(timing));
    return success();
  };
  return options;
}

/// The precision flag, through the dialect's symbolizer.
static std::optional<mxmoe::Precision> parsePrecision(llvm::StringRef s) {
  if (auto v = moe::symbolizePrecision(s))
    return moe::toPlan(*v);
  return std::nullopt;
}

/// "unknown WHAT 'VALUE' (expected a16w4, a8w4 or a4w4)".
template <typename E>
static std::string unknownValue(const char *what, const std::string &value) {
  return std::string("unknown ") + what + " '" + value + "' (expected " +
         mxmoe::enumSpellings<E>() + ")";
}

static bool writeFile(llvm::StringRef path, llvm::StringRef contents) {
  std::string error;
  auto out = openOutputFile(path, &error);
  if (!out) {
    fail("cannot write '" + path + "': " + error);
    return false;
  }
  out->os() << contents;
  out->os().flush();
  // A write that fails (/proc/version, a full disk) is reported here; left
  // on the stream it would end in LLVM's fatal "IO failure" at exit.
  if (std::error_code ec = out->os().error()) {
    out->os().clear_error();
    fail("cannot write '" + path + "': " + ec.message());
    return false;
  }
  out->keep();
  return true;
}

/// Makes `dir` ready for a fresh layer: created if missing; if it holds a
/// manifest moe-compile wrote, every artifact of that earlier run (.hsaco,
/// .ll, .s, manifest.json) is removed so that none survives a rebuild with
/// other options; any other non-empty directory is refused. Why not, or
/// empty.
static std::string prepareOutputDirectory(llvm::StringRef dir) {
  namespace fs = llvm::sys::fs;
  if (fs::exists(dir) && !fs::is_directory(dir))
    return ("-o '" + dir + "' is not a directory (--model writes a directory)")
        .str();
  if (std::error_code ec = fs::create_directories(dir))
    return ("cannot create '" + dir + "': " + ec.message()).str();
  llvm::SmallString<256> manifest(dir);
  llvm::sys::path::append(manifest, "manifest.json");
  bool ours = false;
  if (auto buffer = llvm::MemoryBuffer::getFile(manifest))
    ours = (*buffer)->getBuffer().take_front(256).contains(
        std::string("\"format\": \"") + mxmoe::kLayerManifestFormat + "\"");
  std::vector<std::string> stale;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (!ours)
      return ("-o '" + dir +
              "' is not empty and holds no manifest.json written by "
              "moe-compile; give a new or empty directory")
          .str();
    if (name == "manifest.json" || name.ends_with(".hsaco") ||
        name.ends_with(".ll") || name.ends_with(".s"))
      stale.push_back(it->path());
  }
  if (ec)
    return ("cannot list '" + dir + "': " + ec.message()).str();
  for (const std::string &path : stale)
    if (std::error_code rm = fs::remove(path))
      return "cannot remove the earlier '" + path + "': " + rm.message();
  return "";
}

/// What the command line asks for.
enum class Mode { File, Stage, Model };

/// Why the flags contradict the mode or the routing format's limits, or
/// empty; each message names the flag. Checked before anything is built.
static std::string checkFlags(Mode mode) {
  // Flags that only some modes read: given elsewhere they would be ignored.
  struct Scoped {
    const llvm::cl::Option &option;
    bool applies;
    const char *where;
  };
  bool s1 = mode == Mode::Stage && stage == 1;
  bool s2 = mode == Mode::Stage && stage == 2;
  bool problem = mode == Mode::Stage;
  for (const Scoped &f : std::initializer_list<Scoped>{
           {emit, mode != Mode::Model,
            "without --model (--model always writes code objects)"},
           {buckets, mode == Mode::Model, "with --model"},
           {fusedRoutingEntries, mode != Mode::File, "with --stage or --model"},
           {xQuantized, mode == Mode::Model, "with --model"},
           {fusedQuantizeTokens, mode == Mode::Model, "with --model"},
           {fusedStagesTokens, mode == Mode::Model, "with --model"},
           {slotRoutingTokens, mode == Mode::Model, "with --model"},
           {quantizeX, s1, "with --stage=1"},
           {precision, mode != Mode::File, "with --stage or --model"},
           {modelDim, mode != Mode::File, "with --stage or --model"},
           {interDim, mode != Mode::File, "with --stage or --model"},
           {experts, mode != Mode::File, "with --stage or --model"},
           {topk, mode != Mode::File, "with --stage or --model"},
           {tokens, problem, "with --stage"},
           {bias, problem, "with --stage"},
           {splitK, problem, "with --stage"},
           {weightCache, problem, "with --stage"},
           {wavesPerEU, problem, "with --stage"},
           {pipelineDepth, problem, "with --stage"},
           {kWaveGroups, problem, "with --stage"},
           {workgroupOrder, problem, "with --stage"},
           {persistentWorkgroups, s2, "with --stage=2"},
           {tileSpec, problem, "with --stage"},
           {outType, s2, "with --stage=2"},
           {combine, s2, "with --stage=2"},
           {gateUp, s1, "with --stage=1"},
           {activation, s1, "with --stage=1"},
           {hFormat, s1, "with --stage=1"},
           {ldLld, mode == Mode::Model || emit == "hsaco",
            "when a code object is linked (--emit=hsaco or --model)"}})
    if (f.option.getNumOccurrences() && !f.applies)
      return ("--" + f.option.ArgStr + " applies only " + f.where).str();
  if (mode != Mode::Stage)
    return "";

  auto flag = [](const char *name, int64_t value) {
    return std::string(name) + "=" + std::to_string(value);
  };
  for (auto [name, value] :
       {std::pair<const char *, int64_t>{"--model-dim", modelDim},
        {"--inter-dim", interDim},
        {"--experts", experts},
        {"--topk", topk},
        {"--split-k", splitK}})
    if (value <= 0)
      return flag(name, value) + " must be a positive integer";
  if (fusedStagesTokens.getNumOccurrences() &&
      (fusedStagesTokens < 0 ||
       fusedStagesTokens > mxmoe::kMaxFusedQuantizeTokens))
    return flag("--fused-stages-tokens", fusedStagesTokens) +
           " must be in [0, " + std::to_string(mxmoe::kMaxFusedQuantizeTokens) +
           "]";
  if (fusedQuantizeTokens.getNumOccurrences() &&
      (fusedQuantizeTokens < 0 ||
       fusedQuantizeTokens > mxmoe::kMaxFusedQuantizeTokens))
    return flag("--fused-quantize-tokens", fusedQuantizeTokens) +
           " must be in [0, " + std::to_string(mxmoe::kMaxFusedQuantizeTokens) +
           "]";
  if (fusedRoutingEntries.getNumOccurrences() &&
      (fusedRoutingEntries < 0 ||
       fusedRoutingEntries > mxmoe::kMaxFusedRoutingEntries))
    return flag("--fused-routing-entries", fusedRoutingEntries) +
           " must be in [0, " + std::to_string(mxmoe::kMaxFusedRoutingEntries) +
           "]";
  if (tokens < 0 || tokens > mxmoe::kMaxTokens)
    return flag("--tokens", tokens) + " must be in [0, " +
           std::to_string(mxmoe::kMaxTokens) +
           "] (the 24-bit token field of the routing rows)";
  if (topk > experts)
    return flag("--topk", topk) + " exceeds " + flag("--experts", experts) +
           " (a token picks distinct experts)";
  if (topk > mxmoe::kMaxTopk)
    return flag("--topk", topk) + " must be at most " +
           std::to_string(mxmoe::kMaxTopk) +
           " (the 7-bit slot field of the routing rows)";
  mxmoe::ProblemShape shape{mxmoe::Precision::A16W4, modelDim, interDim,
                            experts, topk};
  if (std::optional<mxmoe::Precision> p = parsePrecision(precision))
    shape.precision = *p;
  mxmoe::Stages stages =
      stage == 1 ? mxmoe::Stages::Stage1 : mxmoe::Stages::Stage2;
  if (std::string why = mxmoe::checkProblemShape(shape, stages); !why.empty())
    return flag("--model-dim", modelDim) + " " + flag("--inter-dim", interDim) +
           " " + flag("--experts", experts) + ": " + why;
  std::optional<mxmoe::ElementType> out =
      mxmoe::parseEnum<mxmoe::ElementType>(outType);
  std::optional<moe::Combine> c = moe::symbolizeCombine(combine);
  if (std::string why = mxmoe::checkTokenCount(
          shape, tokens, /*blockM=*/1, std::max<int64_t>(splitK, 1),
          out ? *out : mxmoe::ElementType::F32,
          stage == 2 && c ? moe::toPlan(*c) : mxmoe::Combine::Atomic, stages);
      !why.empty())
    return flag("--tokens", tokens) + ": " + why;
  return "";
}

/// --model: every kernel of the layer, the manifest and the kernel table.
static int compileModel(MLIRContext &context) {
  std::optional<mxmoe::LayerConfig> config = mxmoe::knownModel(model);
  if (!config)
    return fail("unknown --model '" + model +
                "' (known: " + mxmoe::knownModelNames() + ")");
  if (precision.getNumOccurrences()) {
    std::optional<mxmoe::Precision> p = parsePrecision(precision);
    if (!p)
      return fail("--model=" + model + ": " +
                  unknownValue<mxmoe::Precision>("precision", precision));
    config->problem.precision = *p;
  }
  if (xQuantized && !mxmoe::hasMXActivations(config->problem.precision))
    return fail("--x-quantized applies only to a8w4 and a4w4 (--model=" +
                model + " is " + mxmoe::stringify(config->problem.precision) +
                ": x is bf16, there is no quantize kernel)");
  config->quantizeInput = !xQuantized;
  // A reduced or resharded layer of the model's kind (tests, experts
  // split across devices): its shape flags replace the model's.
  if (modelDim.getNumOccurrences())
    config->problem.modelDim = modelDim;
  if (interDim.getNumOccurrences())
    config->problem.interDim = interDim;
  if (experts.getNumOccurrences())
    config->problem.experts = experts;
  if (topk.getNumOccurrences())
    config->problem.topk = topk;
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
  if (fusedRoutingEntries.getNumOccurrences())
    config->fusedRoutingEntries = fusedRoutingEntries;
  if (fusedQuantizeTokens.getNumOccurrences())
    config->fusedQuantizeTokens = fusedQuantizeTokens;
  if (fusedStagesTokens.getNumOccurrences())
    config->fusedStagesTokens = fusedStagesTokens;
  if (slotRoutingTokens.getNumOccurrences())
    config->slotRoutingTokens = slotRoutingTokens;
  if (std::string why = mxmoe::checkLayerConfig(*config); !why.empty())
    return fail("--model=" + model +
                (buckets.empty() ? "" : " --buckets=" + buckets) + ": " + why);
  if (outputFile == "-")
    return fail("--model needs an output directory: -o DIR");
  if (std::string why = prepareOutputDirectory(outputFile); !why.empty())
    return fail(why);

  std::optional<mxmoe::ConfigTable> loaded;
  const mxmoe::ConfigTable *table = nullptr;
  if (configs.empty()) {
    if (std::string why = mxmoe::builtinConfigsError(chip); !why.empty())
      return fail(why);
    table = mxmoe::builtinConfigs(chip);
  } else if (configs != "none") {
    auto buffer = llvm::MemoryBuffer::getFile(configs, /*IsText=*/true);
    if (!buffer)
      return fail("cannot read '" + configs + "'");
    mxmoe::ConfigParse parse =
        mxmoe::parseConfigTable((*buffer)->getBuffer().str(), configs, chip);
    if (!parse.table)
      return fail(parse.error);
    loaded = std::move(parse.table);
    table = &*loaded;
  }
  FailureOr<mxmoe::CompiledLayer> layer =
      mxmoe::compileLayer(*config, compileOptions(), context, table);
  if (failed(layer))
    return 1;
  for (const mxmoe::CompiledModule &m : layer->modules) {
    llvm::SmallString<256> path(outputFile);
    llvm::sys::path::append(path, m.file);
    if (!writeFile(path, m.hsaco))
      return 1;
    // The emulator's input, so the directory runs anywhere (moe-run).
    llvm::SmallString<256> llPath(outputFile);
    llvm::sys::path::append(llPath, mxmoe::llvmFileFor(m.file));
    if (!writeFile(llPath, m.llvm))
      return 1;
  }
  mxmoe::LayerPerformance perf = mxmoe::analyzeLayer(
      *layer, chip, std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca", context);
  if (!perf.error.empty())
    return fail(perf.error);

  llvm::SmallString<256> manifestPath(outputFile);
  llvm::sys::path::append(manifestPath, "manifest.json");
  if (!writeFile(manifestPath,
                 mxmoe::writeLayerManifest(
                     {layer->config, chip, abi, layer->variants})))
    return 1;

  // The table: per bucket, its kernels with the predicted time at the
  // bucket's largest token count (the calibrated model, lib/Perf/Model.h)
  // and the configs entry each stage kernel came from.
  const mxmoe::ProblemShape &p = config->problem;
  llvm::outs() << "MoE layer " << model << " (" << mxmoe::stringify(p.precision)
               << ", D=" << p.modelDim << ", I=" << p.interDim
               << ", E=" << p.experts << ", K=" << p.topk << ") for " << chip
               << ": " << outputFile << "/manifest.json\n";
  const mxmoe::perf::ChipModel *chipModel = mxmoe::perf::lookupChipModel(chip);
  const char *part = chipModel ? chipModel->part : "predicted";
  char line[512];
  std::snprintf(line, sizeof(line), "%6s  %-60s %5s %5s %6s %5s %10s  %s\n",
                "T", "kernel", "VGPR", "AGPR", "LDS", "occ",
                (std::string(part) + " us").c_str(), "config");
  llvm::outs() << line;
  for (const mxmoe::LayerVariant &v : layer->variants) {
    double total = 0;
    for (const mxmoe::LayerKernel &k : v.kernels) {
      const mxmoe::KernelPerformance &row = perf.kernels[{v.maxTokens, k.name}];
      const mxmoe::perf::KernelReport &r = row.report;
      std::string predicted = "-";
      if (row.predictedSeconds) {
        double us = *row.predictedSeconds * 1e6;
        total += us;
        char buf[32];
        std::snprintf(buf, sizeof(buf), "%.2f", us);
        predicted = buf;
      }
      std::snprintf(line, sizeof(line),
                    "%6lld  %-60s %5lld %5lld %6lld %5d %10s  %s\n",
                    (long long)v.maxTokens, k.name.c_str(), (long long)r.vgprs,
                    (long long)r.agprs, (long long)r.ldsBytes, row.wavesPerSIMD,
                    predicted.c_str(),
                    k.role == mxmoe::KernelRole::Stage1 ||
                            k.role == mxmoe::KernelRole::Stage2
                        ? k.configSource.c_str()
                        : "");
      llvm::outs() << line;
    }
    std::snprintf(line, sizeof(line), "%6lld  %-60s %5s %5s %6s %5s %10.2f\n",
                  (long long)v.maxTokens, "(predicted layer)", "", "", "", "",
                  total);
    llvm::outs() << line;
  }
  return 0;
}

/// --stage: the problem the flags describe, or nullopt after printing why.
static std::optional<mxmoe::KernelConfig> stageConfig(MLIRContext &context) {
  auto bad = [](const llvm::Twine &message) {
    fail(message);
    return std::nullopt;
  };
  std::optional<mxmoe::Precision> p = parsePrecision(precision);
  if (!p)
    return bad(unknownValue<mxmoe::Precision>("--precision", precision));
  llvm::SmallVector<llvm::StringRef> dims;
  llvm::StringRef(tileSpec).split(dims, 'x');
  mxmoe::Tile tile;
  if (dims.size() != 3 || dims[0].getAsInteger(10, tile.m) ||
      dims[1].getAsInteger(10, tile.n) || dims[2].getAsInteger(10, tile.k) ||
      tile.n < 16 || tile.m <= 0 || tile.k <= 0)
    return bad("bad --tile '" + tileSpec +
               "' (expected MxNxK, e.g. 16x64x128)");
  tile.waves = std::min<int64_t>(8, tile.n / 16);
  mxmoe::ProblemShape problem{*p, modelDim, interDim, experts, topk};
  std::optional<mxmoe::WeightCache> cache =
      mxmoe::parseEnum<mxmoe::WeightCache>(weightCache);
  if (!cache)
    return bad(unknownValue<mxmoe::WeightCache>("--weight-cache", weightCache));
  if (wavesPerEU < 0 || wavesPerEU > mxmoe::kMaxWavesPerEU)
    return bad("--waves-per-eu (" + llvm::Twine(int64_t(wavesPerEU)) +
               ") must be in [0, " + llvm::Twine(mxmoe::kMaxWavesPerEU) + "]");
  std::optional<mxmoe::WorkgroupOrder> order =
      mxmoe::parseEnum<mxmoe::WorkgroupOrder>(workgroupOrder);
  if (!order)
    return bad(unknownValue<mxmoe::WorkgroupOrder>("--workgroup-order",
                                                   workgroupOrder));
  if (persistentWorkgroups < 0)
    return bad("--persistent-workgroups must be >= 0, not " +
               llvm::Twine(int64_t(persistentWorkgroups)));
  if (pipelineDepth < 2 || pipelineDepth > mxmoe::kMaxPipelineDepth)
    return bad("--pipeline-depth (" + llvm::Twine(int64_t(pipelineDepth)) +
               ") must be in [2, " + llvm::Twine(mxmoe::kMaxPipelineDepth) +
               "]");
  if (kWaveGroups < 1 || kWaveGroups > mxmoe::kMaxKWaveGroups)
    return bad("--k-wave-groups (" + llvm::Twine(int64_t(kWaveGroups)) +
               ") must be in [1, " + llvm::Twine(mxmoe::kMaxKWaveGroups) + "]");

  if (stage == 1) {
    mxmoe::Stage1Config config;
    config.problem = problem;
    config.bias = bias;
    config.splitK = splitK;
    config.fusedRoutingEntries = std::max<int64_t>(0, fusedRoutingEntries);
    if (quantizeX && !mxmoe::hasMXActivations(*p))
      return bad("--quantize-x needs --precision=a8w4 or a4w4 (a16w4 "
                 "reads bf16 x as it is)");
    config.quantizeX = quantizeX;
    config.tile = tile;
    config.weightCache = *cache;
    config.wavesPerEU = wavesPerEU;
    config.order = *order;
    config.pipelineDepth = pipelineDepth;
    config.kWaveGroups = kWaveGroups;
    std::optional<moe::GateUpArrangement> arrangement =
        moe::symbolizeGateUpArrangement(gateUp);
    if (!arrangement)
      return bad("unknown --gate-up '" + gateUp +
                 "' (expected interleaved, halves or blocks16)");
    config.gateUp = moe::toFormat(*arrangement);
    std::optional<moe::OutputFormat> format =
        moe::symbolizeOutputFormat(hFormat);
    if (!format)
      return bad(unknownValue<mxmoe::OutputFormat>("--h-format", hFormat));
    config.out = moe::toPlan(*format);
    // The activation flag is an attribute body: let the dialect parse it,
    // and report its complaint against the flag, not the generated text.
    std::string why;
    moe::ActivationAttr act;
    {
      ScopedDiagnosticHandler capture(&context, [&](Diagnostic &diag) {
        if (why.empty())
          why = diag.str();
        return success();
      });
      act = dyn_cast_or_null<moe::ActivationAttr>(
          parseAttribute("#moe.activation<" + activation + ">", &context));
    }
    if (!act)
      return bad("bad --activation '" + activation + "': " +
                 (why.empty() ? std::string("not an activation") : why) +
                 " (expected swiglu, 'swiglu, alpha = A, limit = L' or silu)");
    config.activation = moe::toPlan(act);
    return config;
  }
  mxmoe::Stage2Config config;
  config.problem = problem;
  config.bias = bias;
  config.splitK = splitK;
  config.fusedRoutingEntries = std::max<int64_t>(0, fusedRoutingEntries);
  config.tile = tile;
  config.weightCache = *cache;
  config.wavesPerEU = wavesPerEU;
  config.order = *order;
  config.persistentWorkgroups = persistentWorkgroups;
  config.pipelineDepth = pipelineDepth;
  config.kWaveGroups = kWaveGroups;
  std::optional<mxmoe::ElementType> out =
      mxmoe::parseEnum<mxmoe::ElementType>(outType);
  if (!out)
    return bad(unknownValue<mxmoe::ElementType>("--out", outType));
  config.out = *out;
  std::optional<moe::Combine> c = moe::symbolizeCombine(combine);
  if (!c)
    return bad(unknownValue<mxmoe::Combine>("--combine", combine));
  config.combine = moe::toPlan(*c);
  return config;
}

/// Prints the launch of a --stage kernel (and its finish) for --tokens.
static void printGrid(const mxmoe::KernelConfig &config) {
  auto print = [](const std::string &name, const mxmoe::KernelGrid &grid) {
    std::array<int64_t, 3> wgs = grid.workgroups(int64_t(tokens));
    llvm::errs() << "moe-compile: kernel " << name << ": launch grid " << wgs[0]
                 << "x" << wgs[1] << " of " << grid.lanes << " lanes for "
                 << tokens << " tokens\n";
  };
  if (auto *s1 = std::get_if<mxmoe::Stage1Config>(&config)) {
    print(s1->kernelName(), s1->grid());
    if (s1->splitK > 1)
      llvm::errs() << "moe-compile: kernel " << s1->finishName()
                   << ": launch grid "
                   << s1->finishGrid().workgroups(int64_t(tokens))[0] << " of "
                   << mxmoe::kStage1FinishBlock << " lanes, after it\n";
  } else if (auto *s2 = std::get_if<mxmoe::Stage2Config>(&config)) {
    print(s2->kernelName(), s2->grid());
  }
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::HideUnrelatedOptions({&category, &problemCategory});
  // Registered after hiding, so that --help lists them. Passes are
  // registered so that --mlir-print-ir-after=NAME can name them.
  registerAllPasses();
  moe::registerMXMoEPasses();
  registerMLIRContextCLOptions();
  registerAsmPrinterCLOptions();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "mxmoe: compile moe kernel IR to gfx code objects\n");

  std::optional<mxmoe::EmitKind> kind = mxmoe::parseEmitKind(emit);
  if (!kind)
    return fail("unknown --emit '" + emit +
                "' (expected mlir, llvm, isa or hsaco)");
  if (!mxmoe::lookupChip(chip))
    return fail(mxmoe::unknownChipMessage(chip));
  if (!unpackStrategy.empty() && !moe::symbolizeUnpackStrategy(unpackStrategy))
    return fail("unknown --unpack-strategy '" + unpackStrategy +
                "' (expected auto, hw or sw)");
  if (optLevel > 3)
    return fail("-O" + llvm::Twine(optLevel) + " is out of range (0-3)");

  std::unique_ptr<MLIRContext> context = mxmoe::createContext();
  ScopedDiagnosticHandler handler(context.get(), [](Diagnostic &diag) {
    printDiagnostic(diag);
    return success();
  });

  FailureOr<std::string> artifact = failure();
  Mode mode = !model.empty() ? Mode::Model
              : stage != 0   ? Mode::Stage
                             : Mode::File;
  if (mode == Mode::Model && (stage != 0 || !inputFile.empty()))
    return fail("give --model alone, without an input file or --stage");
  if (mode == Mode::Stage && !inputFile.empty())
    return fail("give either an input file or --stage, not both");
  if (mode == Mode::Stage && stage != 1 && stage != 2)
    return fail("--stage=" + llvm::Twine(stage) +
                " is not a stage (1: gate/up, 2: down)");
  if (std::string why = checkFlags(mode); !why.empty())
    return fail(why);
  if (mode == Mode::Model)
    return compileModel(*context);
  if (mode == Mode::Stage) {
    std::optional<mxmoe::KernelConfig> config = stageConfig(*context);
    if (!config)
      return 1;
    if (tokens > 0)
      printGrid(*config);
    artifact = mxmoe::compileKernel(*config, *kind, compileOptions(), *context);
  } else {
    if (inputFile.empty())
      return fail("no input file (or problem given with --stage)");
    std::string errorMessage;
    std::unique_ptr<llvm::MemoryBuffer> input =
        openInputFile(inputFile, &errorMessage);
    if (!input)
      return fail("cannot read '" + inputFile + "': " + errorMessage);
    artifact = mxmoe::compileSource(input->getBuffer(), *kind, compileOptions(),
                                    *context, input->getBufferIdentifier());
  }
  if (failed(artifact))
    return 1;
  return writeFile(outputFile, *artifact) ? 0 : 1;
}
