//===- ConfigsKernelTest.cpp - tuned configs and the dispatcher run -------===//
//
// Every committed configs entry compiles for its chip (the full shape it was
// tuned for, through the backend to ISA) and, on a reduced shape with the
// same tile, split-K and combine, runs in the emulator against the host
// reference as part of a whole layer. The dispatcher (nearest tuned shape
// or heuristic, each checked by the verifiers) is run the same way over a
// grid of shapes: tails, small and large E and K, few and many tokens.
//
//===----------------------------------------------------------------------===//

#include "Kernels/LayerRun.h"
#include "TestSeed.h"

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Compiler/Tune.h"

#include "gtest/gtest.h"

#include <chrono>
#include <set>

using namespace mxmoe;
using namespace mxmoe::test;

namespace {

const char *const kChips[] = {"gfx950", "gfx942"};

const LayerConfig *tunedLayerOf(const std::vector<LayerConfig> &layers,
                                const ConfigEntry &e) {
  for (const LayerConfig &c : layers)
    if (c.model == e.name && c.problem.precision == e.problem.precision)
      return &c;
  return nullptr;
}

/// A layer case for `precision` with the builtin y type each chip can add
/// atomically (gfx942 has no bf16 buffer atomics).
LayerCase layerCase(Precision precision, int64_t tokens, int64_t topk,
                    int64_t experts, int64_t d, int64_t inter,
                    Combine combine) {
  return {stringify(precision),
          tokens,
          topk,
          experts,
          d,
          inter,
          "interleaved",
          "swiglu",
          true,
          "f32",
          stringify(combine)};
}

} // namespace

TEST(Configs, BuiltinTablesParseAndCoverTheTunedLayers) {
  for (const char *chip : kChips) {
    SCOPED_TRACE(chip);
    ASSERT_EQ(builtinConfigsError(chip), "");
    const ConfigTable *table = builtinConfigs(chip);
    ASSERT_TRUE(table);
    std::vector<LayerConfig> layers = tunedLayers(chip);
    ASSERT_FALSE(layers.empty());
    for (LayerConfig c : layers) {
      c.tokenBuckets = tunedBuckets();
      for (const LayerVariant &v : planLayer(c, table))
        for (const LayerKernel &k : v.kernels)
          if (k.role == KernelRole::Stage1 || k.role == KernelRole::Stage2)
            EXPECT_EQ(k.configSource.rfind(table->path + "#", 0), 0u)
                << c.model << " " << k.name << ": " << k.configSource;
    }
  }
}

TEST(Configs, EveryEntryCompilesForItsChip) {
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  std::string diagnostics;
  mlir::ScopedDiagnosticHandler handler(context.get(),
                                        [&](mlir::Diagnostic &d) {
                                          diagnostics += d.str() + "\n";
                                          return mlir::success();
                                        });
  int compiled = 0;
  for (const char *chip : kChips) {
    const ConfigTable *table = builtinConfigs(chip);
    ASSERT_TRUE(table);
    std::vector<LayerConfig> layers = tunedLayers(chip);
    std::set<std::string> done;
    for (const ConfigEntry &e : table->entries) {
      const LayerConfig *layer = tunedLayerOf(layers, e);
      ASSERT_TRUE(layer) << e.name;
      LayerConfig c = *layer;
      c.tokenBuckets = {e.maxTokens};
      LayerVariant v = planLayer(c, table, legalityFor(chip, *context))[0];
      KernelConfig module =
          e.stage == 1 ? KernelConfig(v.stage1) : KernelConfig(v.stage2);
      const Tile &t = e.stage == 1 ? v.stage1.tile : v.stage2.tile;
      EXPECT_EQ(t.m, e.choice.tile.m);
      EXPECT_EQ(t.n, e.choice.tile.n);
      EXPECT_EQ(t.k, e.choice.tile.k);
      EXPECT_EQ(t.waves, e.choice.tile.waves);
      std::string name =
          e.stage == 1 ? v.stage1.kernelName() : v.stage2.kernelName();
      if (!done.insert(name).second)
        continue;
      CompileOptions options;
      options.chip = chip;
      diagnostics.clear();
      mlir::FailureOr<std::string> isa =
          compileKernel(module, EmitKind::ISA, options, *context);
      ASSERT_TRUE(succeeded(isa)) << chip << " " << name << ": " << diagnostics;
      EXPECT_NE(isa->find(name + ":"), std::string::npos);
      ++compiled;
    }
  }
  std::printf(
      "compiled %d distinct tuned stage kernels in %.0f s\n", compiled,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count());
}

TEST(Configs, EveryEntryRunsOnAReducedShape) {
  // Each distinct (chip, precision, stage-1 choice, stage-2 choice) of the
  // committed tables, as the only entry of a reduced shape: D = 352 and I
  // tails of every tile, I large enough for stage 2's split-K.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  std::set<std::string> done;
  int runs = 0;
  for (const char *chip : kChips) {
    const ConfigTable *table = builtinConfigs(chip);
    ASSERT_TRUE(table);
    for (const ConfigEntry &e1 : table->entries) {
      if (e1.stage != 1)
        continue;
      const ConfigEntry *e2 = table->find(e1.problem, 2, e1.maxTokens);
      ASSERT_TRUE(e2);
      const Tile &a = e1.choice.tile, &b = e2->choice.tile;
      std::string key = std::string(chip) + stringify(e1.problem.precision) +
                        std::to_string(a.m) + "x" + std::to_string(a.n) + "x" +
                        std::to_string(a.k) + "w" + std::to_string(a.waves) +
                        "/" + std::to_string(b.n) + "x" + std::to_string(b.k) +
                        "w" + std::to_string(b.waves) + "s" +
                        std::to_string(e2->choice.splitK) +
                        stringify(e2->choice.combine);
      if (!done.insert(key).second)
        continue;
      int64_t inter = std::max<int64_t>(160, e2->choice.splitK * b.k + 32);
      ProblemShape reduced{e1.problem.precision, 352, inter, 8, 2};
      ConfigTable one;
      one.chip = chip;
      one.path = "reduced";
      ConfigEntry r1 = e1, r2 = *e2;
      r1.problem = r2.problem = reduced;
      r1.maxTokens = r2.maxTokens = 5;
      one.entries = {r1, r2};
      LayerCase c =
          layerCase(reduced.precision, 5, 2, 8, 352, inter, e2->choice.combine);
      SCOPED_TRACE(key);
      // The reduced shape must keep the entry (the verifiers accept it).
      LayerConfig cfg = *knownModel("gpt-oss-120b");
      cfg.problem = reduced;
      cfg.out = ElementType::F32;
      cfg.tokenBuckets = {5};
      std::vector<LayerVariant> planned =
          planLayer(cfg, &one, legalityFor(chip, *context));
      for (const LayerKernel &k : planned[0].kernels)
        if (k.role == KernelRole::Stage1 || k.role == KernelRole::Stage2)
          EXPECT_EQ(k.configSource,
                    "reduced#" +
                        std::string(k.role == KernelRole::Stage1 ? "0" : "1") +
                        " (model-tuned)");
      runLayer(c, seed + runs++, &one, legalityFor(chip, *context), chip);
      if (::testing::Test::HasFatalFailure())
        return;
    }
  }
  std::printf(
      "ran %d distinct tuned configurations in %.0f s\n", runs,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count());
}

TEST(Configs, DispatcherGridRunsEverywhere) {
  // Shapes without entries: the dispatcher takes the nearest tuned shape's
  // choice or the heuristic, only what the verifiers accept; every layer
  // it plans must compile and match the reference.
  unsigned seed = testSeed();
  SCOPED_TRACE("MXMOE_TEST_SEED=" + std::to_string(seed));
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<mlir::MLIRContext> context = createContext();
  struct Point {
    Precision precision;
    int64_t tokens, topk, experts, d, inter;
  } grid[] = {
      {Precision::A16W4, 1, 4, 8, 352, 160},
      {Precision::A8W4, 37, 2, 4, 256, 96},
      {Precision::A4W4, 3, 1, 64, 160, 224},
      {Precision::A16W4, 200, 8, 16, 96, 64},
      {Precision::A4W4, 64, 4, 32, 352, 160},
      {Precision::A8W4, 5, 6, 8, 544, 288},
      {Precision::A4W4, 1, 8, 256, 224, 96},
      {Precision::A16W4, 9, 1, 2, 64, 544},
  };
  std::set<std::string> sources;
  int runs = 0;
  for (const char *chip : kChips) {
    const ConfigTable *table = builtinConfigs(chip);
    ASSERT_TRUE(table);
    for (const Point &p : grid) {
      if (hasMXActivations(p.precision) && std::string(chip) == "gfx942")
        continue;
      SCOPED_TRACE(
          std::string(chip) + " " + stringify(p.precision) +
          " T=" + std::to_string(p.tokens) + " K=" + std::to_string(p.topk) +
          " E=" + std::to_string(p.experts) + " D=" + std::to_string(p.d) +
          " I=" + std::to_string(p.inter));
      LayerConfig cfg = *knownModel("gpt-oss-120b");
      cfg.problem = {p.precision, p.d, p.inter, p.experts, p.topk};
      cfg.out = ElementType::F32;
      cfg.tokenBuckets = {p.tokens};
      LayerVariant v = planLayer(cfg, table, legalityFor(chip, *context))[0];
      // Each stage's source, whether it has its own kernel or shares a
      // fused launch.
      for (const std::string &source : {v.stage1Source, v.stage2Source})
        sources.insert(source.substr(0, 7));
      runLayer(layerCase(p.precision, p.tokens, p.topk, p.experts, p.d, p.inter,
                         v.stage2.combine),
               seed + runs++, table, legalityFor(chip, *context), chip);
      if (::testing::Test::HasFatalFailure())
        return;
    }
  }
  // The nearest-shape fallback occurred; the heuristic one (every
  // candidate illegal) is checked directly, since whether the grid reaches
  // it depends on the table's contents.
  EXPECT_TRUE(sources.count("nearest"));
  {
    LayerConfig cfg = *knownModel("gpt-oss-120b");
    cfg.tokenBuckets = {1};
    LayerVariant v =
        planLayer(cfg, builtinConfigs("gfx950"), [](const KernelConfig &) {
          return std::string("illegal");
        })[0];
    EXPECT_EQ(v.stage1Source, "heuristic");
    EXPECT_EQ(v.stage2Source, "heuristic");
  }
  std::printf(
      "dispatcher grid: %d layers in %.0f s\n", runs,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count());
}
