//===- moe-compile.cpp - compile moe IR to gfx code objects ---------------===//
//
//   moe-compile kernel.mlir --emit=hsaco --chip=gfx950 -o kernel.hsaco
//
// Every failure is one line on stderr and a non-zero exit.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
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
static llvm::cl::opt<std::string> inputFile(llvm::cl::Positional,
                                            llvm::cl::desc("<input .mlir>"),
                                            llvm::cl::Required,
                                            llvm::cl::cat(category));
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
  llvm::cl::HideUnrelatedOptions(category);
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "mxmoe: compile moe kernel IR to gfx code objects\n");

  std::optional<mxmoe::EmitKind> kind = mxmoe::parseEmitKind(emit);
  if (!kind)
    return fail("unknown --emit '" + emit +
                "' (expected mlir, llvm, isa or hsaco)");
  if (!mxmoe::lookupChip(chip))
    return fail("unknown chip '" + chip +
                "' (known: " + mxmoe::knownChipNames() + ")");
  if (!unpackStrategy.empty() && unpackStrategy != "auto" &&
      unpackStrategy != "hw" && unpackStrategy != "sw")
    return fail("unknown --unpack-strategy '" + unpackStrategy +
                "' (expected auto, hw or sw)");
  if (optLevel > 3)
    return fail("-O" + llvm::Twine(optLevel) + " is out of range (0-3)");

  std::string errorMessage;
  auto input = openInputFile(inputFile, &errorMessage);
  if (!input)
    return fail("cannot read '" + inputFile + "': " + errorMessage);

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
