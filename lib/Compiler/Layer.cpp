//===- Layer.cpp - compile a whole MoE layer ------------------------------===//

#include "mxmoe/Compiler/Layer.h"

#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Target/Chip.h"

#include "mlir/IR/Verifier.h"

#include <set>

using namespace mlir;

namespace mxmoe {

FailureOr<CompiledLayer> compileLayer(const LayerConfig &config,
                                      const CompileOptions &options,
                                      MLIRContext &context,
                                      const ConfigTable *configs) {
  CompiledLayer layer;
  layer.config = config;
  // The bound the plan used, so the manifest records it.
  layer.config.fusedRoutingEntries = fusedRoutingBound(config, configs);
  layer.config.slotRoutingTokens = slotRoutingBound(config, configs);
  layer.config.fusedStagesTokens = fusedStagesBound(config, configs);
  layer.variants =
      configs ? planLayer(config, configs, legalityFor(options.chip, context))
              : planLayer(config);
  std::map<std::string, size_t> byFile;
  for (const LayerVariant &v : layer.variants)
    for (const LayerKernel &k : v.kernels) {
      auto [it, added] = byFile.try_emplace(k.file, layer.modules.size());
      if (!added) {
        std::vector<std::string> &names = layer.modules[it->second].kernels;
        if (std::find(names.begin(), names.end(), k.name) == names.end())
          names.push_back(k.name);
        continue;
      }
      OwningOpRef<ModuleOp> module = moe::buildKernelModule(&context, k.module);
      FailureOr<Artifacts> artifacts = failure();
      if (succeeded(verify(*module)))
        artifacts = compileArtifacts(*module, options);
      if (failed(artifacts))
        return emitError(UnknownLoc::get(&context), "cannot compile kernel ")
               << k.name;
      layer.modules.push_back({k.file,
                               {k.name},
                               std::move(artifacts->llvm),
                               std::move(artifacts->isa),
                               std::move(artifacts->hsaco)});
    }
  return layer;
}

LayerPerformance analyzeLayer(const CompiledLayer &layer,
                              const std::string &chip,
                              const std::string &llvmMca,
                              MLIRContext &context) {
  LayerPerformance result;
  const ChipInfo *info = lookupChip(chip);
  if (!info) {
    result.error = unknownChipMessage(chip);
    return result;
  }
  std::map<std::string, perf::KernelReport> reports;
  for (const CompiledModule &m : layer.modules) {
    std::vector<perf::KernelReport> found = perf::analyzeIsa(m.isa);
    if (auto err = perf::runMca(found, llvmMca, chip)) {
      result.error = *err;
      return result;
    }
    for (perf::KernelReport &r : found)
      reports[r.name] = r;
  }
  const ProblemShape &p = layer.config.problem;
  const perf::ChipModel *model = perf::lookupChipModel(chip);
  std::optional<CompiledPredictor> stages;
  if (model)
    stages.emplace(*model, chip, llvmMca, context);
  for (const LayerVariant &v : layer.variants) {
    std::optional<LayerPrediction> small;
    if (model)
      small = predictLayer(*model, layer.config, v, v.maxTokens);
    for (const LayerKernel &k : v.kernels) {
      auto found = reports.find(k.name);
      if (found == reports.end()) {
        result.error = "kernel " + k.name + " missing from its ISA";
        return result;
      }
      KernelPerformance row;
      row.report = found->second;
      row.wavesPerSIMD = row.report.wavesPerSIMD(info->ldsBytesPerWorkgroup,
                                                 info->maxWavesPerSIMD);
      if (model) {
        std::optional<int> stage;
        if (k.role == KernelRole::Stage1)
          stage = 1;
        else if (k.role == KernelRole::Stage2)
          stage = 2;
        if (stage) {
          // The stage GEMM with its compiled main loop's issue time and the
          // occupancy its registers and LDS allow.
          perf::KernelTime t = predictCompiledStage(*model, *info, k.module,
                                                    v.maxTokens, row.report);
          row.predictedSeconds =
              t.totalSeconds +
              fusedRoutingSeconds(*model, k.module, v.maxTokens);
          row.bound = t.bound;
        } else if (k.role == KernelRole::Sort ||
                   k.role == KernelRole::SortCount ||
                   k.role == KernelRole::SortOffsets ||
                   k.role == KernelRole::SortScatter) {
          row.predictedSeconds =
              predictSortSeconds(*model, v.sort, k.role, v.maxTokens);
        } else if (k.role == KernelRole::FusedStages) {
          // Each stage's main loop compiled on its own (the fused ISA holds
          // both loops), at the fused kernel's occupancy.
          LayerPrediction fused = predictCompiledLayer(
              *model, layer.config, v, v.maxTokens, *stages, &row.report);
          row.stage1Seconds = fused.stage1;
          row.predictedSeconds = fused.stage1 + fused.stage2;
        } else if (k.role == KernelRole::QuantizeX) {
          row.predictedSeconds = small->quantize;
        } else if (k.role == KernelRole::Stage2Reduce) {
          row.predictedSeconds = small->reduce;
        } else if (k.role == KernelRole::Stage1Finish) {
          row.predictedSeconds =
              small->stage1 -
              perf::predictStage(*model, p, v.maxTokens,
                                 kernelShapeOf(*model, v.stage1))
                  .totalSeconds;
        }
      }
      result.kernels[{v.maxTokens, k.name}] = row;
    }
  }
  return result;
}

} // namespace mxmoe
