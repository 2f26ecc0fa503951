//===- LayerCompileTest.cpp - compileLayer and compileKernel agree --------===//
//
// compileLayer builds every kernel module of a plan once, in one context,
// and runs the backend once per module for both the ISA and the code object;
// that ISA is the one compileKernel gives for the same configuration.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Layer.h"
#include "mxmoe/Compiler/Tune.h"

#include "mlir/IR/Diagnostics.h"

#include <gtest/gtest.h>

using namespace mxmoe;

TEST(CompileLayer, OneBackendRunPerModuleMatchesCompileKernel) {
  auto context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          diagnostics += d.str() + "\n";
                                          return mlir::success();
                                        });
  LayerConfig config;
  config.model = "tiny";
  config.problem = {Precision::A16W4, 256, 128, 4, 2};
  config.combine = Combine::Store;
  config.tokenBuckets = {1, 8};
  // The sort kernel in both buckets (fused routing names its stage kernels
  // per bucket).
  config.fusedRoutingEntries = 0;
  CompileOptions options;
  mlir::FailureOr<CompiledLayer> layer =
      compileLayer(config, options, *context);
  ASSERT_TRUE(mlir::succeeded(layer)) << diagnostics;
  // Both buckets share every kernel (m = 16 up to 32 tokens): sort, stage 1
  // and stage 2 with its reduction in one module.
  ASSERT_EQ(layer->modules.size(), 3u);
  EXPECT_EQ(layer->modules[2].kernels,
            (std::vector<std::string>{
                "moe_stage2_a16w4_d256_i128_e4_k2_tiny_m16",
                "moe_stage2_a16w4_d256_i128_e4_k2_tiny_m16_reduce"}));
  const LayerVariant &v = layer->variants.front();
  for (const CompiledModule &m : layer->modules) {
    EXPECT_EQ(m.hsaco.substr(0, 4), "\x7f"
                                    "ELF")
        << m.file;
    for (const std::string &name : m.kernels)
      EXPECT_NE(m.isa.find(".amdhsa_kernel " + name + "\n"), std::string::npos)
          << name;
  }
  mlir::FailureOr<std::string> isa =
      compileKernel(v.stage2, EmitKind::ISA, options, *context);
  ASSERT_TRUE(mlir::succeeded(isa)) << diagnostics;
  EXPECT_EQ(*isa, layer->modules[2].isa);

  LayerPerformance perf =
      analyzeLayer(*layer, "gfx950",
                   std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca", *context);
  ASSERT_EQ(perf.error, "");
  const KernelPerformance &s2 = perf.kernels[{1, v.kernels[2].name}];
  EXPECT_GT(s2.report.vgprs, 0);
  ASSERT_TRUE(s2.predictedSeconds);
  EXPECT_GT(*s2.predictedSeconds, 0);
  // The sort gets the one-workgroup model: at least the launch overhead.
  const KernelPerformance &sort = perf.kernels[{1, v.kernels[0].name}];
  ASSERT_TRUE(sort.predictedSeconds);
  EXPECT_GE(*sort.predictedSeconds,
            perf::lookupChipModel("gfx950")->calibration.launchSeconds);
  EXPECT_FALSE(s2.bound.empty());

  // The layer analysis and the tuner's compiled ranking predict a stage
  // kernel alike (one rule, predictCompiledStage): both buckets' stage 1
  // and stage 2 (the reduction is stage 2's helper in the tuner).
  const perf::ChipModel &model = *perf::lookupChipModel("gfx950");
  CompiledPredictor tuner(model, "gfx950",
                          std::string(MXMOE_LLVM_TOOLS_DIR) + "/llvm-mca",
                          *context);
  for (const LayerVariant &b : layer->variants) {
    std::optional<double> t1 = tuner.seconds(b.stage1, b.maxTokens),
                          t2 = tuner.seconds(b.stage2, b.maxTokens);
    ASSERT_TRUE(t1 && t2);
    const KernelPerformance &a1 =
                                perf.kernels[{b.maxTokens, b.kernels[1].name}],
                            &a2 =
                                perf.kernels[{b.maxTokens, b.kernels[2].name}];
    ASSERT_TRUE(a1.predictedSeconds && a2.predictedSeconds);
    EXPECT_DOUBLE_EQ(*t1, *a1.predictedSeconds) << b.maxTokens;
    EXPECT_DOUBLE_EQ(*t2, *a2.predictedSeconds) << b.maxTokens;
  }
}
