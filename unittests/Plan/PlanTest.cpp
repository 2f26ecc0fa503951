//===- PlanTest.cpp - the plan's enums, grid rule and kernel builders -----===//
//
// The plan's enums agree with the dialect's (spelling, toPlan/fromPlan);
// KernelGrid gives the same workgroups on host integers and as IR; the
// kernel builders build verifying modules with the planned kernels.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"
#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Plan/Manifest.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace mxmoe;

namespace {

/// Spelling, dialect mapping and parsing agree for every value of E.
template <typename E, typename DialectE> void checkEnum() {
  for (E v : EnumValues<E>::all) {
    DialectE d = mlir::moe::fromPlan(v);
    EXPECT_EQ(mlir::moe::toPlan(d), v);
    EXPECT_EQ(std::string(stringify(v)), mlir::moe::stringifyEnum(d).str());
    EXPECT_EQ(parseEnum<E>(stringify(v)), v);
  }
  EXPECT_EQ(parseEnum<E>("no-such-value"), std::nullopt);
}

TEST(Plan, EnumsMatchTheDialect) {
  checkEnum<Precision, mlir::moe::Precision>();
  checkEnum<OutputFormat, mlir::moe::OutputFormat>();
  checkEnum<Combine, mlir::moe::Combine>();
  checkEnum<ScaleRounding, mlir::moe::ScaleRounding>();
  checkEnum<ActivationKind, mlir::moe::ActivationKind>();
  checkEnum<WorkgroupOrder, mlir::moe::WorkgroupOrder>();
  EXPECT_EQ(enumSpellings<Precision>(), "a16w4, a8w4 or a4w4");
  EXPECT_EQ(enumSpellings<Combine>(), "atomic or store");
}

TEST(Plan, ActivationRoundTripsThroughTheAttribute) {
  auto context = createContext();
  for (Activation act : {Activation(), Activation::silu(),
                         Activation{ActivationKind::SwiGLU, 1.5, INFINITY}}) {
    Activation back =
        mlir::moe::toPlan(mlir::moe::fromPlan(context.get(), act));
    EXPECT_EQ(back.kind, act.kind);
    EXPECT_EQ(back.alpha, act.alpha);
    EXPECT_EQ(back.limit, act.limit);
  }
  EXPECT_EQ(Activation().describe(), "swiglu");
  EXPECT_EQ(Activation::silu().describe(), "silu");
}

/// The grid of `grid` for `tokens`, evaluated as IR and folded.
std::array<int64_t, 3> foldedGrid(mlir::MLIRContext &context,
                                  const KernelGrid &grid, int64_t tokens) {
  mlir::OpBuilder b(&context);
  mlir::Location loc = b.getUnknownLoc();
  mlir::OwningOpRef<mlir::ModuleOp> module = mlir::ModuleOp::create(loc);
  b.setInsertionPointToEnd(module->getBody());
  auto func = mlir::func::FuncOp::create(
      b, loc, "grid",
      b.getFunctionType(
          {}, {b.getIndexType(), b.getIndexType(), b.getIndexType()}));
  b.setInsertionPointToStart(func.addEntryBlock());
  mlir::moe::IRIndex t{&b, loc,
                       mlir::arith::ConstantIndexOp::create(b, loc, tokens)};
  std::array<mlir::moe::IRIndex, 3> g = grid.workgroups(t);
  mlir::func::ReturnOp::create(b, loc,
                               mlir::ValueRange{g[0].v, g[1].v, g[2].v});
  mlir::PassManager pm(&context);
  pm.addPass(mlir::createCanonicalizerPass());
  EXPECT_TRUE(mlir::succeeded(pm.run(*module)));
  std::array<int64_t, 3> result{-1, -1, -1};
  auto ret =
      mlir::cast<mlir::func::ReturnOp>(func.getBody().front().getTerminator());
  for (int i = 0; i < 3; ++i)
    if (auto c = mlir::getConstantIntValue(ret.getOperand(i)))
      result[i] = *c;
  return result;
}

TEST(Plan, GridRuleIsTheSameOnTheHostAndInIR) {
  auto context = createContext();
  Stage2Config s2;
  s2.problem = {Precision::A16W4, 2880, 2880, 128, 4};
  s2.splitK = 2;
  Stage1Config s1;
  s1.problem = {Precision::A4W4, 7168, 2048, 256, 8};
  s1.tile = {64, 128, 128, 8};
  s1.splitK = 3;
  QuantizeConfig q;
  q.cols = 2880;
  SortConfig sort;
  sort.topk = 4;
  sort.experts = 128;
  sort.kind = SortKind::MultiWorkgroup;
  sort.chunk = 768;
  for (const KernelGrid &grid :
       {s2.grid(), s2.reduceGrid(), s1.grid(), s1.finishGrid(), q.grid(),
        sort.grid(), sort.chunkGrid()})
    for (int64_t tokens : {1, 7, 32, 1000}) {
      std::array<int64_t, 3> host = grid.workgroups(tokens);
      EXPECT_EQ(foldedGrid(*context, grid, tokens), host)
          << grid.describe() << " T=" << tokens;
    }
  // The routed rule: column tiles by min(capacity / m, T*K) * split_k.
  EXPECT_EQ(s2.grid().workgroups(int64_t(1)),
            (std::array<int64_t, 3>{45, 4 * 2, 1}));
  EXPECT_EQ(s2.grid().describe(), "45 x min(capacity/16, T*K) * 2");
  EXPECT_EQ(q.grid().workgroups(int64_t(3))[0], (3 * 90 + 255) / 256);
  // The multi-workgroup sort: floor(T K / chunk) + 1, at least one.
  EXPECT_EQ(sort.chunkGrid().workgroups(int64_t(0))[0], 1);
  EXPECT_EQ(sort.chunkGrid().workgroups(int64_t(192))[0], 2);
  EXPECT_EQ(sort.chunkGrid().workgroups(int64_t(1000))[0], 4000 / 768 + 1);
  EXPECT_EQ(sort.chunkGrid().describe(), "floor(T*4/768)+1");
}

TEST(Plan, XcdGroupedOrderIsABijectionOfEveryGrid) {
  // Every grid size up to 4096 (multiples of 8 or not) and a few XCD
  // counts: each tile is taken exactly once, and XCD x (ids x mod X) takes
  // one contiguous run of tiles, in id order.
  for (int64_t xcds : {1, 2, 3, 8})
    for (int64_t count = 1; count <= 4096; ++count) {
      std::vector<int> taken(count, 0);
      std::vector<int64_t> last(xcds, -1);
      for (int64_t id = 0; id < count; ++id) {
        int64_t tile = xcdGroupedTile(id, count, xcds);
        ASSERT_GE(tile, 0) << "count " << count << " id " << id;
        ASSERT_LT(tile, count) << "count " << count << " id " << id;
        ++taken[tile];
        int64_t x = id % xcds;
        if (last[x] >= 0) {
          ASSERT_EQ(tile, last[x] + 1) << "count " << count << " id " << id;
        }
        last[x] = tile;
      }
      for (int64_t t = 0; t < count; ++t)
        ASSERT_EQ(taken[t], 1) << "count " << count << " tile " << t;
    }
  // 12 tiles on 8 XCDs: XCDs 0-3 take runs of 2, XCDs 4-7 runs of 1.
  std::vector<int64_t> order;
  for (int64_t id = 0; id < 12; ++id)
    order.push_back(xcdGroupedTile(id, 12));
  EXPECT_EQ(order,
            (std::vector<int64_t>{0, 2, 4, 6, 8, 9, 10, 11, 1, 3, 5, 7}));
}

TEST(Plan, XcdGroupedOrderIsTheSameOnTheHostAndInIR) {
  // The IR form (IRIndex, unsigned max) folds to the host's tiles.
  auto context = createContext();
  for (int64_t count : {1, 5, 8, 9, 45, 361}) {
    mlir::OpBuilder b(context.get());
    mlir::Location loc = b.getUnknownLoc();
    mlir::OwningOpRef<mlir::ModuleOp> module = mlir::ModuleOp::create(loc);
    b.setInsertionPointToEnd(module->getBody());
    llvm::SmallVector<mlir::Type> results(count, b.getIndexType());
    auto func = mlir::func::FuncOp::create(b, loc, "order",
                                           b.getFunctionType({}, results));
    b.setInsertionPointToStart(func.addEntryBlock());
    auto idx = [&](int64_t v) {
      return mlir::moe::IRIndex{
          &b, loc, mlir::arith::ConstantIndexOp::create(b, loc, v)};
    };
    llvm::SmallVector<mlir::Value> tiles;
    for (int64_t id = 0; id < count; ++id)
      tiles.push_back(
          xcdGroupedTile(idx(id), idx(count), kXcdCount,
                         [](const mlir::moe::IRIndex &x,
                            const mlir::moe::IRIndex &y) { return maxu(x, y); })
              .v);
    mlir::func::ReturnOp::create(b, loc, tiles);
    mlir::PassManager pm(context.get());
    pm.addPass(mlir::createCanonicalizerPass());
    ASSERT_TRUE(mlir::succeeded(pm.run(*module)));
    auto ret = mlir::cast<mlir::func::ReturnOp>(
        func.getBody().front().getTerminator());
    for (int64_t id = 0; id < count; ++id)
      EXPECT_EQ(mlir::getConstantIntValue(ret.getOperand(id)),
                std::optional<int64_t>(xcdGroupedTile(id, count)))
          << "count " << count << " id " << id;
  }
}

TEST(Plan, PersistentStage2GridIgnoresTokens) {
  auto context = createContext();
  Stage2Config s2;
  s2.problem = {Precision::A16W4, 2880, 2880, 128, 4};
  s2.persistentWorkgroups = 512;
  for (int64_t tokens : {0, 1, 64, 8192}) {
    EXPECT_EQ(s2.grid().workgroups(tokens),
              (std::array<int64_t, 3>{512, 1, 1}));
    EXPECT_EQ(foldedGrid(*context, s2.grid(), tokens),
              (std::array<int64_t, 3>{512, 1, 1}));
  }
  EXPECT_EQ(s2.grid().describe(),
            "512 (persistent over 45 x min(capacity/16, T*K) tiles)");
}

TEST(Plan, LargeBucketsSortWithManyWorkgroups) {
  auto context = createContext();
  LayerConfig config = *knownModel("gpt-oss-120b");
  config.tokenBuckets = {256, 2048, 32768};
  std::vector<LayerVariant> variants = planLayer(config);
  ASSERT_EQ(variants.size(), 3u);
  // 256 * 4 entries: one workgroup; from kMultiWorkgroupSortMinEntries on,
  // count, offsets and scatter in one module, sharing sort_counts.
  EXPECT_EQ(variants[0].sort.kind, SortKind::OneWorkgroup);
  EXPECT_EQ(variants[0].kernels[0].role, KernelRole::Sort);
  for (size_t b : {1, 2}) {
    const LayerVariant &v = variants[b];
    SCOPED_TRACE("bucket " + std::to_string(v.maxTokens));
    ASSERT_EQ(v.sort.kind, SortKind::MultiWorkgroup);
    EXPECT_EQ(v.sort.chunk, sortChunkFor(v.maxTokens * 4, v.sort.blockSize));
    EXPECT_EQ(v.sort.chunk % v.sort.blockSize, 0);
    std::vector<KernelRole> roles;
    for (const LayerKernel &k : v.kernels)
      roles.push_back(k.role);
    EXPECT_EQ(roles, (std::vector<KernelRole>{
                         KernelRole::SortCount, KernelRole::SortOffsets,
                         KernelRole::SortScatter, KernelRole::Stage1,
                         KernelRole::Stage2}));
    mlir::OwningOpRef<mlir::ModuleOp> module =
        mlir::moe::buildKernelModule(context.get(), v.kernels[0].module);
    ASSERT_TRUE(mlir::succeeded(mlir::verify(*module)));
    for (size_t i = 0; i < 3; ++i) {
      const LayerKernel &k = v.kernels[i];
      EXPECT_EQ(k.file, v.sort.kernelName() + ".hsaco");
      EXPECT_EQ(k.params.back().name, "sort_counts");
      mlir::gpu::GPUFuncOp func;
      module->walk([&](mlir::gpu::GPUFuncOp f) {
        if (f.getName() == k.name)
          func = f;
      });
      ASSERT_TRUE(func) << k.name;
      EXPECT_EQ(func.getNumArguments(), k.params.size()) << k.name;
      EXPECT_EQ(k.grid(v.maxTokens)[0],
                i == 1 ? 1 : v.maxTokens * 4 / v.sort.chunk + 1);
    }
  }
  // The manifest records each bucket's sort; the runtime re-plans it and
  // refuses a manifest whose sort is not what this plan builds.
  std::string manifest =
      writeLayerManifest({config, "gfx950", KernelAbi::Memref, variants});
  llvm::Expected<LayerManifest> back = parseLayerManifest(manifest);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  for (size_t b = 0; b < variants.size(); ++b) {
    EXPECT_EQ(back->variants[b].sort.kind, variants[b].sort.kind);
    EXPECT_EQ(back->variants[b].sort.chunk, variants[b].sort.chunk);
  }
  std::string chunk = "\"chunk\": " + std::to_string(variants[1].sort.chunk);
  ASSERT_NE(manifest.find(chunk), std::string::npos);
  auto edited = [&](const std::string &from, const std::string &to) {
    std::string m = manifest;
    m.replace(m.find(from), from.size(), to);
    llvm::Expected<LayerManifest> parsed = parseLayerManifest(m);
    EXPECT_FALSE(bool(parsed));
    return parsed ? std::string() : llvm::toString(parsed.takeError());
  };
  EXPECT_EQ(edited(chunk, "\"chunk\": 4096"),
            "manifest: bucket 1: sort: multi_workgroup (chunk 4096), but its "
            "configuration plans multi_workgroup (chunk " +
                std::to_string(variants[1].sort.chunk) +
                ") (a manifest from another mxmoe version, or edited)");
  EXPECT_EQ(edited("\"kind\": \"one_workgroup\"", "\"kind\": \"fast\""),
            "manifest: bucket 0: sort: \"kind\" is 'fast', expected "
            "one_workgroup or multi_workgroup");
  // The chunk rule: sqrt(T K lanes / 24) to whole workgroups.
  EXPECT_EQ(sortChunkFor(131072, 256), 1280);
  EXPECT_EQ(sortChunkFor(16384, 256), 512);
  EXPECT_EQ(sortChunkFor(1, 256), 256);
}

TEST(Plan, BuildersBuildThePlannedKernels) {
  auto context = createContext();
  LayerConfig config = *knownModel("deepseek-r1");
  config.combine = Combine::Store;
  config.out = ElementType::F32;
  config.tokenBuckets = {1};
  config.fusedQuantizeTokens = 0; // the quantize kernel too
  std::vector<LayerVariant> variants = planLayer(config);
  ASSERT_EQ(variants.size(), 1u);
  std::vector<KernelRole> roles;
  for (const LayerKernel &k : variants[0].kernels) {
    roles.push_back(k.role);
    mlir::OwningOpRef<mlir::ModuleOp> module =
        mlir::moe::buildKernelModule(context.get(), k.module);
    ASSERT_TRUE(mlir::succeeded(mlir::verify(*module))) << k.name;
    // The module holds the kernel, a gpu.func with the planned parameters
    // (a memref counts once) and block size.
    mlir::gpu::GPUFuncOp func;
    module->walk([&](mlir::gpu::GPUFuncOp f) {
      if (f.getName() == k.name)
        func = f;
    });
    ASSERT_TRUE(func) << k.name;
    EXPECT_TRUE(func.isKernel());
    EXPECT_EQ(func.getNumArguments(), k.params.size()) << k.name;
    EXPECT_EQ(func.getKnownBlockSize().value()[0], k.lanes) << k.name;
  }
  EXPECT_EQ(roles,
            (std::vector<KernelRole>{KernelRole::QuantizeX, KernelRole::Sort,
                                     KernelRole::Stage1, KernelRole::Stage2,
                                     KernelRole::Stage2Reduce}));
}

TEST(Plan, FusedRoutingBucketsLaunchNoSortKernel) {
  auto context = createContext();
  LayerConfig config = *knownModel("gpt-oss-120b");
  config.tokenBuckets = {1, 16, 32, 64, 4096};
  config.fusedRoutingEntries = 64;
  config.slotRoutingTokens = 1;
  // T*K <= 64 routes in the stage kernels, except the last bucket (it
  // serves every larger T); T = 1 by slot.
  std::vector<LayerVariant> variants = planLayer(config);
  const Routing want[] = {Routing::Slots, Routing::Fused, Routing::SortKernel,
                          Routing::SortKernel, Routing::SortKernel};
  for (size_t b = 0; b < variants.size(); ++b) {
    const LayerVariant &v = variants[b];
    SCOPED_TRACE("bucket " + std::to_string(v.maxTokens));
    EXPECT_EQ(v.routing, want[b]);
    bool fused = v.routing != Routing::SortKernel;
    bool slots = v.routing == Routing::Slots;
    EXPECT_EQ(v.stage1.fusedRoutingEntries, fused ? v.maxTokens * 4 : 0);
    EXPECT_EQ(v.stage2.fusedRoutingEntries, fused ? v.maxTokens * 4 : 0);
    EXPECT_EQ(v.stage1.routeSlots, slots);
    EXPECT_EQ(v.stage2.routeSlots, slots);
    EXPECT_NE(llvm::any_of(v.kernels,
                           [](const LayerKernel &k) {
                             return k.role == KernelRole::Sort ||
                                    k.role == KernelRole::SortCount;
                           }),
              fused);
    for (const LayerKernel &k : v.kernels) {
      for (const KernelParam &p : k.params)
        EXPECT_NE(fused && p.name.rfind("sorted_", 0) == 0, true)
            << k.name << " takes " << p.name;
      if (k.role != KernelRole::Stage1 && k.role != KernelRole::Stage2)
        continue;
      EXPECT_EQ(k.name.find((slots ? "_fs" : "_fr") +
                            std::to_string(v.maxTokens * 4)) !=
                    std::string::npos,
                fused)
          << k.name;
      mlir::OwningOpRef<mlir::ModuleOp> module =
          mlir::moe::buildKernelModule(context.get(), k.module);
      ASSERT_TRUE(mlir::succeeded(mlir::verify(*module))) << k.name;
      mlir::gpu::GPUFuncOp func;
      module->walk([&](mlir::gpu::GPUFuncOp f) {
        if (f.getName() == k.name)
          func = f;
      });
      ASSERT_TRUE(func) << k.name;
      EXPECT_EQ(func.getNumArguments(), k.params.size()) << k.name;
      // Fused: sorted_ids, sorted_weights, sorted_expert_ids, num_valid_ids
      // in LDS, sized for the bucket's T*K (slots: a block per entry).
      EXPECT_EQ(func.getNumWorkgroupAttributions(), fused ? 4u : 0u);
      if (fused) {
        auto ids = llvm::cast<mlir::MemRefType>(
            func.getWorkgroupAttributions()[0].getType());
        auto blocks = llvm::cast<mlir::MemRefType>(
            func.getWorkgroupAttributions()[2].getType());
        EXPECT_EQ(
            ids.getNumElements(),
            slots ? v.maxTokens * 4 * v.stage1.tile.m
                  : fusedRoutingRows(v.maxTokens * 4, 128, v.stage1.tile.m));
        if (slots)
          EXPECT_EQ(blocks.getNumElements(), v.maxTokens * 4);
      }
    }
  }
  // Slot routing needs T*K <= E: with 8 experts a bucket of 4 tokens of
  // top-4 sorts whatever the slot bound.
  LayerConfig small = config;
  small.problem.experts = 8;
  small.tokenBuckets = {2, 4, 64};
  small.slotRoutingTokens = 64;
  std::vector<LayerVariant> few = planLayer(small);
  EXPECT_EQ(few[0].routing, Routing::Slots);
  EXPECT_EQ(few[1].routing, Routing::Fused);
  EXPECT_EQ(whyNoSlotRouting(16, 8),
            "slot routing of 16 entries needs at most as many as the 8 "
            "experts (a stage grid covers min(capacity / m, T*K) blocks)");
  config.slotRoutingTokens = kMaxFusedQuantizeTokens + 1;
  EXPECT_EQ(checkLayerConfig(config),
            "slot_routing_tokens (4097) must be in [0, 4096]");
  // 0 turns slot routing off, then fused routing.
  config.slotRoutingTokens = 0;
  EXPECT_EQ(planLayer(config)[0].routing, Routing::Fused);
  config.fusedRoutingEntries = 0;
  for (const LayerVariant &v : planLayer(config))
    EXPECT_EQ(v.routing, Routing::SortKernel);
  config.fusedRoutingEntries = kMaxFusedRoutingEntries + 1;
  EXPECT_EQ(checkLayerConfig(config),
            "fused_routing_entries (1025) must be in [0, 1024]");
  // At most min(T*K, E) experts, each padded to m.
  EXPECT_EQ(fusedRoutingRows(4, 128, 16), 64);
  EXPECT_EQ(fusedRoutingRows(200, 128, 16), (200 + 128 * 15 + 15) / 16 * 16);
  EXPECT_EQ(fusedRoutingRows(3, 8, 16), 48);
}

TEST(Plan, ManifestRecordsTheRoutingOfEachBucket) {
  LayerConfig config = *knownModel("gpt-oss-20b");
  config.tokenBuckets = {1, 4, 256};
  config.fusedRoutingEntries = 64;
  config.slotRoutingTokens = 1;
  std::vector<LayerVariant> variants = planLayer(config);
  std::string text =
      writeLayerManifest({config, "gfx950", KernelAbi::Memref, variants});
  llvm::Expected<LayerManifest> back = parseLayerManifest(text);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  EXPECT_EQ(back->config.fusedRoutingEntries, config.fusedRoutingEntries);
  EXPECT_EQ(back->config.slotRoutingTokens, 1);
  ASSERT_EQ(back->variants.size(), 3u);
  EXPECT_EQ(back->variants[0].routing, Routing::Slots);
  EXPECT_EQ(back->variants[1].routing, Routing::Fused);
  EXPECT_EQ(back->variants[2].routing, Routing::SortKernel);
  // A bucket whose routing disagrees with the bound is refused in a line.
  std::string edited = text;
  size_t at = edited.find("\"routing\": \"fused\"");
  ASSERT_NE(at, std::string::npos);
  edited.replace(at, std::strlen("\"routing\": \"fused\""),
                 "\"routing\": \"sort_kernel\"");
  llvm::Expected<LayerManifest> bad = parseLayerManifest(edited);
  ASSERT_FALSE(bool(bad));
  std::string why = llvm::toString(bad.takeError());
  EXPECT_EQ(why, "manifest: bucket 1: \"routing\" is 'sort_kernel' but "
                 "\"fused_routing_entries\" and \"slot_routing_tokens\" "
                 "plan 'fused'");
  edited = text;
  at = edited.find("\"routing\": \"fused\"");
  edited.replace(at, std::strlen("\"routing\": \"fused\""),
                 "\"routing\": \"maybe\"");
  bad = parseLayerManifest(edited);
  ASSERT_FALSE(bool(bad));
  EXPECT_EQ(llvm::toString(bad.takeError()),
            "manifest: bucket 1: \"routing\" is 'maybe', expected "
            "sort_kernel, fused or slots");
}

TEST(Plan, FusedQuantizeBucketsLaunchNoQuantizeKernel) {
  auto context = createContext();
  LayerConfig config = *knownModel("gpt-oss-120b");
  config.problem.precision = Precision::A8W4;
  config.tokenBuckets = {1, 16, 32, 64, 4096};
  config.fusedQuantizeTokens = 32;
  // Buckets of at most 32 tokens, the last one too if it were small.
  std::vector<LayerVariant> variants = planLayer(config);
  const InputQuantize want[] = {InputQuantize::Stage1, InputQuantize::Stage1,
                                InputQuantize::Stage1, InputQuantize::Kernel,
                                InputQuantize::Kernel};
  for (size_t b = 0; b < variants.size(); ++b) {
    const LayerVariant &v = variants[b];
    SCOPED_TRACE("bucket " + std::to_string(v.maxTokens));
    EXPECT_EQ(v.inputQuantize, want[b]);
    bool fused = v.inputQuantize == InputQuantize::Stage1;
    EXPECT_EQ(v.stage1.quantizeX, fused);
    EXPECT_NE(llvm::any_of(v.kernels,
                           [](const LayerKernel &k) {
                             return k.role == KernelRole::QuantizeX;
                           }),
              fused);
    for (const LayerKernel &k : v.kernels) {
      for (const KernelParam &p : k.params)
        EXPECT_FALSE(fused && (p.name == "x_mx" || p.name == "x_scales"))
            << k.name << " takes " << p.name;
      if (k.role != KernelRole::Stage1)
        continue;
      EXPECT_EQ(k.name.find("_qx") != std::string::npos, fused) << k.name;
      EXPECT_EQ(k.params[0].name, fused ? "x" : "x_mx");
      EXPECT_EQ(k.params[0].type,
                fused ? "memref<?xbf16, 1>" : "memref<?xi8, 1>");
      mlir::OwningOpRef<mlir::ModuleOp> module =
          mlir::moe::buildKernelModule(context.get(), k.module);
      ASSERT_TRUE(mlir::succeeded(mlir::verify(*module))) << k.name;
      mlir::gpu::GPUFuncOp func;
      module->walk([&](mlir::gpu::GPUFuncOp f) {
        if (f.getName() == k.name)
          func = f;
      });
      ASSERT_TRUE(func) << k.name;
      EXPECT_EQ(func.getNumArguments(), k.params.size()) << k.name;
      // The LDS rows appear when moe-tile-stage1 lowers the op.
      bool quantizes = false;
      func.walk([&](mlir::moe::Stage1Op op) {
        quantizes = op.getQuantizeX().has_value();
      });
      EXPECT_EQ(quantizes, fused) << k.name;
    }
  }
  // 0 turns it off; a16w4 and pre-quantized x have nothing to quantize.
  config.fusedQuantizeTokens = 0;
  for (const LayerVariant &v : planLayer(config))
    EXPECT_EQ(v.inputQuantize, InputQuantize::Kernel);
  config.fusedQuantizeTokens = 32;
  config.quantizeInput = false;
  for (const LayerVariant &v : planLayer(config))
    EXPECT_EQ(v.inputQuantize, InputQuantize::None);
  config.quantizeInput = true;
  config.problem.precision = Precision::A16W4;
  for (const LayerVariant &v : planLayer(config)) {
    EXPECT_EQ(v.inputQuantize, InputQuantize::None);
    EXPECT_FALSE(v.stage1.quantizeX);
  }
  config.fusedQuantizeTokens = kMaxFusedQuantizeTokens + 1;
  EXPECT_EQ(checkLayerConfig(config),
            "fused_quantize_tokens (4097) must be in [0, 4096]");
}

TEST(Plan, ManifestRecordsTheQuantizeOfEachBucket) {
  LayerConfig config = *knownModel("deepseek-r1");
  config.tokenBuckets = {1, 256};
  config.fusedQuantizeTokens = 32;
  std::vector<LayerVariant> variants = planLayer(config);
  std::string text =
      writeLayerManifest({config, "gfx950", KernelAbi::Memref, variants});
  llvm::Expected<LayerManifest> back = parseLayerManifest(text);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  EXPECT_EQ(back->config.fusedQuantizeTokens, 32);
  ASSERT_EQ(back->variants.size(), 2u);
  EXPECT_EQ(back->variants[0].inputQuantize, InputQuantize::Stage1);
  EXPECT_EQ(back->variants[1].inputQuantize, InputQuantize::Kernel);
  EXPECT_TRUE(back->variants[0].stage1.quantizeX);
  EXPECT_EQ(back->variants[0].kernels.size(), variants[0].kernels.size());
  // A bucket whose quantize disagrees with the bound is refused in a line.
  std::string edited = text;
  size_t at = edited.find("\"input_quantize\": \"stage1\"");
  ASSERT_NE(at, std::string::npos);
  edited.replace(at, std::strlen("\"input_quantize\": \"stage1\""),
                 "\"input_quantize\": \"kernel\"");
  llvm::Expected<LayerManifest> bad = parseLayerManifest(edited);
  ASSERT_FALSE(bool(bad));
  EXPECT_EQ(llvm::toString(bad.takeError()),
            "manifest: bucket 0: \"input_quantize\" is 'kernel' but "
            "\"fused_quantize_tokens\" plans 'stage1'");
}

} // namespace
