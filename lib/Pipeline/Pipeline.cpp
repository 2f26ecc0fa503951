//===- Pipeline.cpp - the moe-to-LLVM pipeline ----------------------------===//

#include "mxmoe/Pipeline/Pipeline.h"
#include "mxmoe/Conversion/Passes.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Conversion/AMDGPUToROCDL/AMDGPUToROCDL.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/GPUToROCDL/GPUToROCDLPass.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::moe::buildLowerStage2Pipeline(
    OpPassManager &pm, const LowerStage2PipelineOptions &options) {
  TileStage2Options tiling;
  tiling.chip = options.chip;
  pm.addPass(createTileStage2(tiling));
  PipelineRoutedMMAOptions pipeline;
  pipeline.pingPong = options.pingPong;
  pm.addPass(createPipelineRoutedMMA(pipeline));
  LowerStage2EpilogueOptions epilogue;
  epilogue.chip = options.chip;
  pm.addPass(createLowerStage2Epilogue(epilogue));
}

void mlir::moe::buildMoEToLLVMPipeline(
    OpPassManager &pm, const MoEToLLVMPipelineOptions &options) {
  pm.addPass(createExpandLayer());
  GpuROCDLAttachTargetOptions target;
  target.triple = "amdgcn-amd-amdhsa";
  target.chip = options.chip;
  target.optLevel = options.optLevel;
  pm.addPass(createGpuROCDLAttachTarget(target));
  bool bare = options.abi == mxmoe::KernelAbi::Bare;
  if (bare)
    pm.addPass(createBareKernelAbi());

  OpPassManager &gpu = pm.nest<gpu::GPUModuleOp>();
  LowerStage2PipelineOptions stage2;
  stage2.chip = options.chip;
  gpu.addPass(createTileStage1());
  buildLowerStage2Pipeline(gpu, stage2);
  LowerStage1EpilogueOptions stage1Epilogue;
  stage1Epilogue.chip = options.chip;
  gpu.addPass(createLowerStage1Epilogue(stage1Epilogue));
  LowerStage1FinishOptions stage1Finish;
  stage1Finish.chip = options.chip;
  gpu.addPass(createLowerStage1Finish(stage1Finish));
  LowerQuantizeMXOptions quantize;
  quantize.chip = options.chip;
  gpu.addPass(createLowerQuantizeMX(quantize));
  gpu.addPass(createLowerSlotReduce());
  gpu.addPass(createLowerSort());
  gpu.addPass(createLowerRouteSlots());
  gpu.addPass(createLowerSortChunks());
  gpu.addPass(createFuseStages());
  ConvertMoEToROCDLOptions moeOptions;
  moeOptions.chip = options.chip;
  moeOptions.unpackStrategy = options.unpackStrategy;
  gpu.addPass(createConvertMoEToROCDL(moeOptions));
  gpu.addPass(createCanonicalizerPass());
  gpu.addPass(createCSEPass());
  ConvertAMDGPUToROCDLPassOptions amdgpu;
  amdgpu.chipset = options.chip;
  gpu.addPass(createConvertAMDGPUToROCDLPass(amdgpu));
  gpu.addPass(createSCFToControlFlowPass());
  ConvertGpuOpsToROCDLOpsOptions rocdl;
  rocdl.chipset = options.chip;
  rocdl.useBarePtrCallConv = bare;
  gpu.addPass(createConvertGpuOpsToROCDLOps(rocdl));
  gpu.addPass(createAttachLoopAnnotations());
  gpu.addPass(createConvertVectorToLLVMPass());
  gpu.addPass(createArithToLLVMConversionPass());
  gpu.addPass(createReconcileUnrealizedCastsPass());
  gpu.addPass(createCanonicalizerPass());
  gpu.addPass(createCSEPass());
  gpu.addPass(createCheckNoDeviceLibCalls());
}

void mlir::moe::registerMoEPipelines() {
  PassPipelineRegistration<MoEToLLVMPipelineOptions>(
      "moe-to-llvm",
      "Lower moe kernel IR in gpu.modules to the LLVM dialect for a chip and "
      "attach its #rocdl.target",
      buildMoEToLLVMPipeline);
  PassPipelineRegistration<LowerStage2PipelineOptions>(
      "moe-lower-stage2",
      "Lower moe.stage2 to kernel primitives: moe-tile-stage2, "
      "moe-pipeline-routed-mma, moe-lower-stage2-epilogue",
      buildLowerStage2Pipeline);
}
