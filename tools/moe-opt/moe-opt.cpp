//===- moe-opt.cpp - the mxmoe optimizer driver ---------------------------===//
//
// mlir-opt with the moe dialect, every mxmoe pass and the moe-to-llvm
// pipeline registered next to the upstream dialects and passes. Inputs that
// crash MLIR's own parser (mxmoe::findParserHazard) fail with one line.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/InputGuards.h"
#include "mxmoe/Pipeline/Pipeline.h"

#include "mlir/InitAllPasses.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::moe::registerMXMoEDialects(registry);
  mlir::registerAllPasses();
  mlir::moe::registerMXMoEPasses();
  mlir::moe::registerMoEPipelines();
  auto [inputFile, outputFile] = mlir::registerAndParseCLIOptions(
      argc, argv, "mxmoe optimizer driver\n", registry);

  mlir::MlirOptMainConfig config =
      mlir::MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects() || config.shouldListPasses())
    return mlir::asMainReturnCode(
        mlir::MlirOptMain(argc, argv, inputFile, outputFile, registry));

  // Reads the input once (stdin included) so the pre-scan sees what the
  // parser will.
  llvm::InitLLVM init(argc, argv);
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFile, &error);
  if (!input) {
    llvm::errs() << error << "\n";
    return 1;
  }
  if (std::optional<mxmoe::ParserHazard> hazard =
          mxmoe::findParserHazard(input->getBuffer())) {
    llvm::errs() << input->getBufferIdentifier() << ":" << hazard->line << ":"
                 << hazard->column << ": error: " << hazard->message << "\n";
    return 1;
  }
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFile, &error);
  if (!output) {
    llvm::errs() << error << "\n";
    return 1;
  }
  if (failed(
          mlir::MlirOptMain(output->os(), std::move(input), registry, config)))
    return 1;
  // A failed write (/proc/version, a full disk) in one line, not LLVM's
  // fatal "IO failure" when the stream closes.
  output->os().flush();
  if (std::error_code ec = output->os().error()) {
    output->os().clear_error();
    llvm::errs() << "moe-opt: error: cannot write '" << outputFile
                 << "': " << ec.message() << "\n";
    return 1;
  }
  output->keep();
  return 0;
}
