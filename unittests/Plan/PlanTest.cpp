//===- PlanTest.cpp - the plan's enums, grid rule and kernel builders -----===//
//
// The plan's enums agree with the dialect's (spelling, toPlan/fromPlan);
// KernelGrid gives the same workgroups on host integers and as IR; the
// kernel builders build verifying modules with the planned kernels.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Dialect/MoE/IR/MoEAttrs.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"
#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Plan/Layer.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include <gtest/gtest.h>

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
  for (const KernelGrid &grid : {s2.grid(), s2.reduceGrid(), s1.grid(),
                                 s1.finishGrid(), q.grid(), sort.grid()})
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
}

TEST(Plan, BuildersBuildThePlannedKernels) {
  auto context = createContext();
  LayerConfig config = *knownModel("deepseek-r1");
  config.combine = Combine::Store;
  config.out = ElementType::F32;
  config.tokenBuckets = {1};
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

} // namespace
