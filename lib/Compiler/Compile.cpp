//===- Compile.cpp - compile moe IR to LLVM IR, ISA or HSACO --------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/InputGuards.h"
#include "mxmoe/Compiler/Tune.h"
#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Plan/Limits.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/Dialect/GPU/IR/CompilationInterfaces.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/ROCDLDialect.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVM/ROCDL/Utils.h"

#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

#ifndef MXMOE_DEFAULT_LD_LLD
#define MXMOE_DEFAULT_LD_LLD "ld.lld"
#endif

using namespace mlir;

namespace mxmoe {

std::optional<EmitKind> parseEmitKind(const std::string &name) {
  if (name == "mlir")
    return EmitKind::MLIR;
  if (name == "llvm")
    return EmitKind::LLVM;
  if (name == "isa")
    return EmitKind::ISA;
  if (name == "hsaco")
    return EmitKind::HSACO;
  return std::nullopt;
}

std::unique_ptr<MLIRContext> createContext() {
  DialectRegistry registry;
  moe::registerMXMoEDialects(registry);
  auto context = std::make_unique<MLIRContext>(registry);
  context->loadAllAvailableDialects();
  return context;
}

LogicalResult lowerModule(ModuleOp module, const CompileOptions &options) {
  if (!lookupChip(options.chip))
    return module.emitError(unknownChipMessage(options.chip));
  PassManager pm(module.getContext());
  moe::MoEToLLVMPipelineOptions pipeline;
  pipeline.chip = options.chip;
  pipeline.unpackStrategy = options.unpackStrategy;
  pipeline.optLevel = options.optLevel;
  pipeline.abi = options.abi;
  moe::buildMoEToLLVMPipeline(pm, pipeline);
  if (options.configurePassManager && failed(options.configurePassManager(pm)))
    return failure();
  return pm.run(module);
}

/// Links a relocatable AMDGPU object into a shared code object.
static FailureOr<std::string>
linkHsaco(ArrayRef<char> object, const std::string &ldLld, Location loc) {
  SmallString<128> objPath, outPath;
  int objFd;
  if (llvm::sys::fs::createTemporaryFile("mxmoe", "o", objFd, objPath))
    return emitError(loc, "cannot create a temporary object file");
  {
    llvm::raw_fd_ostream os(objFd, /*shouldClose=*/true);
    os.write(object.data(), object.size());
  }
  if (llvm::sys::fs::createTemporaryFile("mxmoe", "hsaco", outPath)) {
    llvm::sys::fs::remove(objPath);
    return emitError(loc, "cannot create a temporary code object file");
  }
  std::string linker = ldLld.empty() ? MXMOE_DEFAULT_LD_LLD : ldLld;
  std::string errMsg;
  SmallVector<StringRef> args = {linker,  "-flavor", "gnu",  "-shared",
                                 objPath, "-o",      outPath};
  int rc =
      llvm::sys::ExecuteAndWait(linker, args, std::nullopt, {}, 0, 0, &errMsg);
  llvm::sys::fs::remove(objPath);
  if (rc != 0) {
    llvm::sys::fs::remove(outPath);
    return emitError(loc, "linking the code object with '")
           << linker << "' failed"
           << (errMsg.empty() ? std::string() : ": " + errMsg);
  }
  auto buffer = llvm::MemoryBuffer::getFile(outPath);
  llvm::sys::fs::remove(outPath);
  if (!buffer)
    return emitError(loc, "cannot read the linked code object");
  return (*buffer)->getBuffer().str();
}

namespace {
/// The ROCDL serializer with a hook after LLVM optimization: keeps the
/// optimized LLVM IR (exactly what the backend compiles) and the ISA text.
class CodeGenerator : public ROCDL::SerializeGPUModuleBase {
public:
  CodeGenerator(gpu::GPUModuleOp module, ROCDL::ROCDLTargetAttr target)
      : SerializeGPUModuleBase(*module, target) {
    init();
  }

  std::string llvmText, isaText;

protected:
  FailureOr<SmallVector<char, 0>>
  moduleToObject(llvm::Module &llvmModule) override {
    llvmText.clear();
    llvm::raw_string_ostream os(llvmText);
    llvmModule.print(os, nullptr);
    FailureOr<llvm::TargetMachine *> machine = getOrCreateTargetMachine();
    if (failed(machine))
      return getOperation().emitError("no AMDGPU target machine for ") << chip;
    FailureOr<SmallString<0>> isa = translateModuleToISA(
        llvmModule, **machine, [&]() { return getOperation().emitError(); });
    if (failed(isa))
      return failure();
    isaText = isa->str().str();
    return SmallVector<char, 0>(isaText.begin(), isaText.end());
  }
};
} // namespace

/// The module's one gpu.module and its ROCDL target.
static FailureOr<std::pair<gpu::GPUModuleOp, ROCDL::ROCDLTargetAttr>>
targetModule(ModuleOp module) {
  SmallVector<gpu::GPUModuleOp> gpuModules(module.getOps<gpu::GPUModuleOp>());
  if (gpuModules.size() != 1)
    return module.emitError("expected exactly one gpu.module to compile, "
                            "found ")
           << gpuModules.size();
  gpu::GPUModuleOp gpuModule = gpuModules.front();
  ArrayAttr targets = gpuModule.getTargetsAttr();
  auto rocdlTarget = targets && !targets.empty()
                         ? dyn_cast<ROCDL::ROCDLTargetAttr>(targets[0])
                         : ROCDL::ROCDLTargetAttr();
  if (!rocdlTarget)
    return gpuModule.emitError("gpu.module has no #rocdl.target");
  return std::make_pair(gpuModule, rocdlTarget);
}

/// The backend on a lowered module: LLVM IR and ISA, then the code object.
static FailureOr<Artifacts>
runBackend(ModuleOp module, const CompileOptions &options, bool hsaco) {
  auto target = targetModule(module);
  if (failed(target))
    return failure();
  auto [gpuModule, rocdlTarget] = *target;
  CodeGenerator generator(gpuModule, rocdlTarget);
  if (!generator.run())
    return gpuModule.emitError("AMDGPU code generation failed");
  Artifacts artifacts;
  artifacts.llvm = std::move(generator.llvmText);
  artifacts.isa = std::move(generator.isaText);
  if (hsaco) {
    FailureOr<SmallVector<char, 0>> object = ROCDL::assembleIsa(
        artifacts.isa, rocdlTarget.getTriple(), rocdlTarget.getChip(),
        rocdlTarget.getFeatures(), [&]() { return gpuModule.emitError(); });
    if (failed(object))
      return failure();
    FailureOr<std::string> linked =
        linkHsaco(*object, options.ldLld, gpuModule.getLoc());
    if (failed(linked))
      return failure();
    artifacts.hsaco = std::move(*linked);
  }
  return artifacts;
}

FailureOr<Artifacts>
compileArtifacts(ModuleOp module, const CompileOptions &options, bool hsaco) {
  if (failed(lowerModule(module, options)))
    return failure();
  return runBackend(module, options, hsaco);
}

FailureOr<std::string> compileModule(ModuleOp module, EmitKind emit,
                                     const CompileOptions &options) {
  if (failed(lowerModule(module, options)))
    return failure();

  if (emit == EmitKind::MLIR) {
    std::string text;
    llvm::raw_string_ostream os(text);
    module.print(os);
    return text;
  }

  FailureOr<Artifacts> artifacts =
      runBackend(module, options, emit == EmitKind::HSACO);
  if (failed(artifacts))
    return failure();
  switch (emit) {
  case EmitKind::LLVM:
    return std::move(artifacts->llvm);
  case EmitKind::ISA:
    return std::move(artifacts->isa);
  case EmitKind::HSACO:
    return std::move(artifacts->hsaco);
  case EmitKind::MLIR:
    break;
  }
  llvm_unreachable("handled above");
}

FailureOr<std::string> compileSource(StringRef source, EmitKind emit,
                                     const CompileOptions &options,
                                     MLIRContext &context,
                                     StringRef sourceName) {
  if (std::optional<ParserHazard> hazard = findParserHazard(source))
    return emitError(FileLineColLoc::get(&context, sourceName, hazard->line,
                                         hazard->column))
           << hazard->message;
  // MLIR's lexer stops at a NUL and reads past the end of a buffer without
  // one (parseSourceString does not copy): the C API's caller need not
  // terminate its text, so parse a terminated copy.
  std::string terminated(source);
  ParserConfig config(&context);
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(terminated, config, sourceName);
  if (!module)
    return failure();
  return compileModule(*module, emit, options);
}

FailureOr<std::string> compileKernel(const KernelConfig &config, EmitKind emit,
                                     const CompileOptions &options,
                                     MLIRContext &context) {
  if (std::string why = checkKernelConfig(config); !why.empty())
    return emitError(UnknownLoc::get(&context)) << why;
  OwningOpRef<ModuleOp> module = moe::buildKernelModule(&context, config);
  if (failed(verify(*module)))
    return failure();
  // The verifiers count LDS against gfx950; the target chip may hold less.
  if (std::string why = checkStageLDS(config, options.chip); !why.empty())
    return emitError(UnknownLoc::get(&context)) << why;
  return compileModule(*module, emit, options);
}

} // namespace mxmoe
