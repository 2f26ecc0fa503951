//===- ExpandLayer.cpp - moe.layer to kernels, buffers and launches -------===//
//
// A moe.layer becomes the kernels moe-compile --model builds (planLayer: the
// single description of the layer's kernels, parameters and grids), cloned
// into one gpu.module, and host code that allocates the routing and
// intermediate buffers, zeroes y for atomics and launches [quantize x ->]
// [sort ->] stage 1 -> stage 2 (-> reduce) for the token bucket `tokens`
// falls into (no sort and no routing buffers where the bucket's routing is
// fused into the stage kernels; one fused kernel, which zeroes y itself,
// where its stages share a launch).
//
//===----------------------------------------------------------------------===//

#include "RoutedTiling.h"

#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::moe {
#define GEN_PASS_DEF_EXPANDLAYER
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

constexpr StringLiteral kKernelModule = "moe_layer_kernels";

mxmoe::ElementType elementTypeOf(Type t) {
  return t.isF32()    ? mxmoe::ElementType::F32
         : t.isBF16() ? mxmoe::ElementType::BF16
                      : mxmoe::ElementType::F16;
}

mxmoe::LayerConfig configOf(LayerOp op) {
  mxmoe::LayerConfig c;
  c.model = "layer";
  c.problem.precision = toPlan(op.getPrecision());
  c.problem.modelDim = op.getModelDim();
  c.problem.interDim = op.getInterDim();
  c.problem.experts = op.getExperts();
  c.problem.topk = op.getTopk();
  c.bias = bool(op.getB13());
  c.gateUp = toFormat(op.getGateUp());
  c.activation = toPlan(op.getActivation());
  c.out = elementTypeOf(op.getY().getType().getElementType());
  c.combine = toPlan(op.getCombine());
  c.scaleRounding = toPlan(op.getScaleRounding());
  c.quantizeInput = op.getX().getType().getElementType().isBF16();
  c.tokenBuckets.assign(op.getTokenBuckets().begin(),
                        op.getTokenBuckets().end());
  if (std::optional<uint64_t> bound = op.getFusedRoutingEntries())
    c.fusedRoutingEntries = int64_t(*bound);
  c.fusedQuantizeTokens = op.getFusedQuantizeTokens();
  c.fusedStagesTokens = op.getFusedStagesTokens();
  if (std::optional<uint64_t> bound = op.getSlotRoutingTokens())
    c.slotRoutingTokens = int64_t(*bound);
  return c;
}

/// Builds each planned kernel into `kernels` unless a kernel of that name is
/// already there.
void addKernels(LayerOp op, gpu::GPUModuleOp kernels,
                const std::vector<mxmoe::LayerVariant> &variants) {
  OpBuilder b = OpBuilder::atBlockEnd(kernels.getBody());
  for (const mxmoe::LayerVariant &v : variants)
    for (const mxmoe::LayerKernel &k : v.kernels)
      if (!kernels.lookupSymbol(k.name))
        buildLayerKernel(b, op.getLoc(), k);
}

struct HostBuilder {
  LayerOp op;
  OpBuilder &b;
  Location loc;
  const mxmoe::LayerConfig &config;
  gpu::GPUModuleOp kernels;

  Value idx(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }

  Value alloc(Type elem, Value elements, SmallVectorImpl<Value> &allocs) {
    auto type =
        MemRefType::get({ShapedType::kDynamic}, elem,
                        MemRefLayoutAttrInterface(), b.getI64IntegerAttr(1));
    auto a =
        gpu::AllocOp::create(b, loc, type, /*asyncToken=*/Type(), ValueRange{},
                             ValueRange{elements}, ValueRange{});
    allocs.push_back(a.getMemref());
    return a.getMemref();
  }

  void emitVariant(const mxmoe::LayerVariant &v) {
    Arith a{b, loc};
    const mxmoe::ProblemShape &p = config.problem;
    const int64_t m = v.stage1.tile.m, k = p.topk, e = p.experts;
    Value t = op.getTokens();
    Value rows = a.mul(t, k);
    IRIndex tokens{&b, loc, t};
    Value capacity = mxmoe::fmt::routingCapacity(tokens, k, e, m).v;
    mxmoe::OutputFormat inter = config.intermediate();
    Type i8 = b.getI8Type(), i32 = b.getI32Type(), f32 = b.getF32Type();
    SmallVector<Value> allocs;
    llvm::StringMap<Value> values;
    values["x"] = op.getX();
    values["x_scales"] = op.getXScales();
    values["topk_ids"] = op.getTopkIds();
    values["topk_weights"] = op.getTopkWeights();
    values["w13"] = op.getW13();
    values["w13_scales"] = op.getW13Scales();
    values["b13"] = op.getB13();
    values["w2"] = op.getW2();
    values["w2_scales"] = op.getW2Scales();
    values["b2"] = op.getB2();
    values["y"] = op.getY();
    values["tokens"] = a.toI32(t);
    values["expert_begin"] = a.i32(0);
    // Fused routing: the stage kernels sort in LDS, no routing buffers.
    if (v.routing == mxmoe::Routing::SortKernel) {
      values["sorted_ids"] = alloc(i32, capacity, allocs);
      values["sorted_weights"] = alloc(f32, capacity, allocs);
      values["sorted_expert_ids"] = alloc(i32, a.div(capacity, m), allocs);
      values["num_valid_ids"] = alloc(i32, idx(1), allocs);
      if (v.sort.kind == mxmoe::SortKind::MultiWorkgroup)
        // E * (floor(T K / chunk) + 2): sortCountsElements.
        values["sort_counts"] =
            alloc(i32, a.mul(a.add(a.div(rows, v.sort.chunk), 2), e), allocs);
    }
    // Codes of an MX format: packed FP4 holds two elements per byte.
    auto codeBytes = [&](Value elements, mxmoe::OutputFormat f) {
      int64_t perByte = mxmoe::elementsPerByte(f);
      return perByte > 1 ? a.div(elements, perByte) : elements;
    };
    Value hElems = a.mul(rows, p.interDim);
    if (!mxmoe::isMX(inter)) {
      values["h"] = alloc(b.getBF16Type(), hElems, allocs);
    } else {
      values["h"] = alloc(i8, codeBytes(hElems, inter), allocs);
      values["h_scales"] = alloc(i8, a.div(hElems, 32), allocs);
    }
    if (v.stage1.splitK > 1)
      // Split-K stage 1's f32 partial sums, [split_k, T * K, 2 I].
      values["h_planes"] =
          alloc(f32, a.mul(rows, v.stage1.splitK * 2 * p.interDim), allocs);
    if (v.inputQuantize == mxmoe::InputQuantize::Kernel) {
      Value xElems = a.mul(t, p.modelDim);
      values["x_mx"] = alloc(
          i8, codeBytes(xElems, mxmoe::activationFormat(p.precision)), allocs);
      values["x_scales"] = alloc(i8, a.div(xElems, 32), allocs);
    }
    Type yElem = op.getY().getType().getElementType();
    if (v.launch == mxmoe::StageLaunch::Fused) {
      // The fused launch zeroes y itself and counts its workgroups here
      // (zero before, and zero again after, the launch).
      values["layer_sync"] = alloc(i32, idx(mxmoe::kLayerSyncWords), allocs);
      gpu::MemsetOp::create(b, loc, /*asyncToken=*/Type(), ValueRange{},
                            values["layer_sync"], a.i32(0));
    } else if (config.combine == mxmoe::Combine::Store) {
      values["y_slots"] = alloc(yElem, a.mul(rows, p.modelDim), allocs);
    } else {
      // Stage 2 adds every slot's row into y: start from zeros.
      gpu::MemsetOp::create(
          b, loc, /*asyncToken=*/Type(), ValueRange{}, op.getY(),
          arith::ConstantOp::create(b, loc, b.getZeroAttr(yElem)));
    }

    for (const mxmoe::LayerKernel &kernel : v.kernels) {
      SmallVector<Value> args;
      for (const mxmoe::KernelParam &p : kernel.params)
        args.push_back(values.lookup(p.name));
      std::array<IRIndex, 3> grid = kernel.launch.workgroups(tokens);
      auto func = kernels.lookupSymbol<gpu::GPUFuncOp>(kernel.name);
      gpu::LaunchFuncOp::create(
          b, loc, func, gpu::KernelDim3{grid[0].v, grid[1].v, grid[2].v},
          gpu::KernelDim3{idx(kernel.lanes), idx(1), idx(1)},
          /*dynamicSharedMemorySize=*/Value(), args);
    }
    for (Value buffer : allocs)
      gpu::DeallocOp::create(b, loc, /*asyncToken=*/Type(), ValueRange{},
                             buffer);
  }

  /// scf.if chain: the first bucket whose bound holds `tokens`.
  void emitBuckets(ArrayRef<mxmoe::LayerVariant> variants) {
    if (variants.size() == 1)
      return emitVariant(variants.front());
    Arith a{b, loc};
    Value fits = a.cmp(arith::CmpIPredicate::ule, op.getTokens(),
                       idx(variants.front().maxTokens));
    auto choose = scf::IfOp::create(b, loc, fits, /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(choose.thenBlock());
    emitVariant(variants.front());
    b.setInsertionPointToStart(choose.elseBlock());
    emitBuckets(variants.drop_front());
  }
};

struct ExpandLayerPass : public moe::impl::ExpandLayerBase<ExpandLayerPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<LayerOp> ops;
    module.walk([&](LayerOp op) { ops.push_back(op); });
    if (ops.empty())
      return;
    for (LayerOp op : ops)
      if (op->getParentOfType<gpu::GPUModuleOp>()) {
        op.emitOpError("is host code; it cannot be inside a gpu.module");
        return signalPassFailure();
      }
    OpBuilder b(module.getBodyRegion());
    auto kernels = module.lookupSymbol<gpu::GPUModuleOp>(kKernelModule);
    if (!kernels) {
      b.setInsertionPointToEnd(module.getBody());
      kernels = gpu::GPUModuleOp::create(b, module.getLoc(), kKernelModule);
    }
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    b.getUnitAttr());
    for (LayerOp op : ops) {
      mxmoe::LayerConfig config = configOf(op);
      if (std::string why = mxmoe::checkLayerConfig(config); !why.empty()) {
        op.emitOpError(why);
        return signalPassFailure();
      }
      std::vector<mxmoe::LayerVariant> variants = mxmoe::planLayer(config);
      addKernels(op, kernels, variants);
      OpBuilder host(op);
      HostBuilder{op, host, op.getLoc(), config, kernels}.emitBuckets(variants);
      op.erase();
    }
  }
};

} // namespace
