//===- Pipeline.h - the moe-to-LLVM pipeline and registration --*- C++ -*-===//

#ifndef MXMOE_PIPELINE_PIPELINE_H
#define MXMOE_PIPELINE_PIPELINE_H

#include "mxmoe/Plan/Enums.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir::moe {

struct MoEToLLVMPipelineOptions
    : public PassPipelineOptions<MoEToLLVMPipelineOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("Target chip (gfx950, gfx942, gfx90a)"),
      llvm::cl::init("gfx950")};
  PassOptions::Option<std::string> unpackStrategy{
      *this, "unpack-strategy",
      llvm::cl::desc("Override every moe.fp4_unpack strategy: auto, hw, sw"),
      llvm::cl::init("")};
  PassOptions::Option<unsigned> optLevel{
      *this, "opt-level", llvm::cl::desc("LLVM optimization level (0-3)"),
      llvm::cl::init(3)};
  PassOptions::Option<mxmoe::KernelAbi> abi{
      *this, "kernel-abi",
      llvm::cl::desc("How kernels take their buffers (docs/runtime.md)"),
      llvm::cl::init(mxmoe::KernelAbi::Memref),
      llvm::cl::values(
          clEnumValN(mxmoe::KernelAbi::Memref, "memref",
                     "each buffer as its memref descriptor (5 arguments)"),
          clEnumValN(mxmoe::KernelAbi::Bare, "bare",
                     "each buffer as one pointer, sizes as i32 at the end"))};
};

struct LowerStage2PipelineOptions
    : public PassPipelineOptions<LowerStage2PipelineOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("Target chip (gfx950, gfx942, gfx90a)"),
      llvm::cl::init("gfx950")};
  PassOptions::Option<bool> pingPong{
      *this, "ping-pong",
      llvm::cl::desc("Offset the two wave groups of the main loop"),
      llvm::cl::init(true)};
};

/// moe.stage2 to kernel primitives: tiling and grid mapping, the ping-pong
/// main loop, the epilogue.
void buildLowerStage2Pipeline(OpPassManager &pm,
                              const LowerStage2PipelineOptions &options);

/// Lowers a module whose gpu.modules hold moe kernel IR to the LLVM dialect
/// and attaches a #rocdl.target for `chip`, ready for serialization. Never
/// introduces ROCm device-library calls (and checks that none are present).
void buildMoEToLLVMPipeline(OpPassManager &pm,
                            const MoEToLLVMPipelineOptions &options);

/// Registers the `moe-to-llvm` and `moe-lower-stage2` pass pipelines.
void registerMoEPipelines();

/// Registers every mxmoe pass (conversion and transforms).
void registerMXMoEPasses();

/// Everything a tool needs to parse, lower and serialize mxmoe IR: the moe
/// dialect, the upstream dialects the pipeline produces, and the ROCDL
/// target and LLVM IR translations.
void registerMXMoEDialects(DialectRegistry &registry);

} // namespace mlir::moe

#endif // MXMOE_PIPELINE_PIPELINE_H
