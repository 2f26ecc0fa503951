//===- moe-compile.cpp - compile moe IR to gfx code objects ---------------===//
//
//   moe-compile kernel.mlir --emit=hsaco --chip=gfx950 -o kernel.hsaco
//   moe-compile --stage=2 --precision=a16w4 --model-dim=2880 --inter-dim=2880
//               --experts=128 --topk=4 --bias --emit=isa
//
// Every failure is one line on stderr and a non-zero exit.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/Problems.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace mlir;

static llvm::cl::OptionCategory category("moe-compile options");
static llvm::cl::opt<std::string>
    inputFile(llvm::cl::Positional,
              llvm::cl::desc("<input .mlir> (or a problem given by --stage)"),
              llvm::cl::init(""), llvm::cl::cat(category));
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

// A problem description instead of an input file.
static llvm::cl::OptionCategory problemCategory("moe-compile problem options");
static llvm::cl::opt<unsigned>
    stage("stage", llvm::cl::desc("Build the kernel of an MoE stage (2: down "
                                  "projection) instead of reading a file"),
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
  if (stage != 0) {
    if (!inputFile.empty())
      return fail("give either an input file or --stage, not both");
    if (stage != 2)
      return fail("--stage=" + llvm::Twine(stage) +
                  " is not supported (only 2, the down projection, so far)");
    mxmoe::Stage2Config config;
    config.precision = precision;
    config.modelDim = modelDim;
    config.interDim = interDim;
    config.experts = experts;
    config.topk = topk;
    config.bias = bias;
    config.out = outType;
    config.combine = combine;
    config.splitK = splitK;
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
    if (outType != "f32" && outType != "bf16" && outType != "f16")
      return fail("unknown --out '" + outType + "' (expected f32, bf16 or f16)");
    if (combine != "atomic" && combine != "store")
      return fail("unknown --combine '" + combine +
                  "' (expected atomic or store)");
    llvm::SmallVector<llvm::StringRef> dims;
    llvm::StringRef(tileSpec).split(dims, 'x');
    int64_t tm, tn, tk;
    if (dims.size() != 3 || dims[0].getAsInteger(10, tm) ||
        dims[1].getAsInteger(10, tn) || dims[2].getAsInteger(10, tk) ||
        tn < 16)
      return fail("bad --tile '" + tileSpec + "' (expected MxNxK, e.g. 16x64x128)");
    config.tileM = tm;
    config.tileN = tn;
    config.tileK = tk;
    config.waves = tn / 16;
    if (tokens > 0) {
      int64_t capacity = (tokens * topk + experts * (tm - 1) + tm - 1) / tm * tm;
      std::array<int64_t, 3> grid = mxmoe::stage2Grid(config, tokens, capacity);
      llvm::errs() << "moe-compile: kernel " << config.kernelName()
                   << ": launch grid " << grid[0] << "x" << grid[1]
                   << " of " << 64 * config.waves << " lanes for " << tokens
                   << " tokens\n";
    }
    input = llvm::MemoryBuffer::getMemBufferCopy(
        mxmoe::stage2KernelSource(config), "<stage2>");
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
