//===- ExpandLayer.cpp - moe.layer to kernels, buffers and launches -------===//
//
// A moe.layer becomes the kernels moe-compile --model builds (planLayer: the
// single description of the layer's kernels, parameters and grids), cloned
// into one gpu.module, and host code that allocates the routing and
// intermediate buffers, zeroes y for atomics and launches [quantize x ->]
// sort -> stage 1 -> stage 2 (-> reduce) for the token bucket `tokens` falls
// into.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Layer.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Transforms/BlockTiling.h"
#include "mxmoe/Transforms/IRIndex.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Parser/Parser.h"

namespace mlir::moe {
#define GEN_PASS_DEF_EXPANDLAYER
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

constexpr StringLiteral kKernelModule = "moe_layer_kernels";

mxmoe::LayerConfig configOf(LayerOp op) {
  mxmoe::LayerConfig c;
  c.model = "layer";
  c.precision = stringifyPrecision(op.getPrecision()).str();
  c.modelDim = op.getModelDim();
  c.interDim = op.getInterDim();
  c.experts = op.getExperts();
  c.topk = op.getTopk();
  c.bias = bool(op.getB13());
  c.gateUp = stringifyGateUpArrangement(op.getGateUp()).str();
  std::string act;
  llvm::raw_string_ostream os(act);
  os << Attribute(op.getActivation());
  // "#moe.activation<...>" -> the body the kernel sources take.
  StringRef body(act);
  body = body.drop_front(body.find('<') + 1).drop_back(1);
  c.activation = body.str();
  Type y = op.getY().getType().getElementType();
  c.out = y.isF32() ? "f32" : y.isBF16() ? "bf16" : "f16";
  c.combine = stringifyCombine(op.getCombine()).str();
  c.scaleRounding = stringifyScaleRounding(op.getScaleRounding()).str();
  c.quantizeInput = op.getX().getType().getElementType().isBF16();
  c.tokenBuckets.assign(op.getTokenBuckets().begin(),
                        op.getTokenBuckets().end());
  return c;
}

/// Parses each kernel's source and clones its gpu.func into `kernels`
/// unless a kernel of that name is already there.
LogicalResult addKernels(LayerOp op, gpu::GPUModuleOp kernels,
                         const std::vector<mxmoe::LayerVariant> &variants) {
  SymbolTable symbols(kernels);
  for (const mxmoe::LayerVariant &v : variants)
    for (const mxmoe::LayerKernel &k : v.kernels) {
      if (symbols.lookup(k.name))
        continue;
      OwningOpRef<ModuleOp> parsed =
          parseSourceString<ModuleOp>(k.source, op.getContext());
      if (!parsed)
        return op.emitOpError("internal error: kernel source of ")
               << k.name << " does not parse";
      gpu::GPUFuncOp func;
      parsed->walk([&](gpu::GPUFuncOp f) {
        if (f.getName() == k.name)
          func = f;
      });
      if (!func)
        return op.emitOpError("internal error: no kernel ") << k.name;
      symbols.insert(func->clone());
    }
  return success();
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
    const int64_t m = v.stage1.tileM, k = config.topk, e = config.experts;
    Value t = op.getTokens();
    Value rows = a.mul(t, k);
    IRIndex tokens{&b, loc, t};
    Value capacity = mxmoe::fmt::routingCapacity(tokens, k, e, m).v;
    std::string inter = config.intermediate();
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
    values["sorted_ids"] = alloc(i32, capacity, allocs);
    values["sorted_weights"] = alloc(f32, capacity, allocs);
    values["sorted_expert_ids"] = alloc(i32, a.div(capacity, m), allocs);
    values["num_valid_ids"] = alloc(i32, idx(1), allocs);
    Value hElems = a.mul(rows, config.interDim);
    if (inter == "bf16") {
      values["h"] = alloc(b.getBF16Type(), hElems, allocs);
    } else {
      values["h"] =
          alloc(i8, inter == "mxfp4" ? a.div(hElems, 2) : hElems, allocs);
      values["h_scales"] = alloc(i8, a.div(hElems, 32), allocs);
    }
    if (config.precision != "a16w4" && config.quantizeInput) {
      Value xElems = a.mul(t, config.modelDim);
      values["x_mx"] = alloc(
          i8, config.precision == "a4w4" ? a.div(xElems, 2) : xElems, allocs);
      values["x_scales"] = alloc(i8, a.div(xElems, 32), allocs);
    }
    Type yElem = op.getY().getType().getElementType();
    if (config.combine == "store") {
      values["y_slots"] = alloc(yElem, a.mul(rows, config.modelDim), allocs);
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
      Value gx = idx(1), gy = idx(1);
      if (kernel.role == "stage1" || kernel.role == "stage2") {
        gx = idx(kernel.gridX);
        gy = mxmoe::fmt::routedBlocks(tokens, k, e, m).v;
        if (kernel.splitK > 1)
          gy = a.mul(gy, kernel.splitK);
      } else if (kernel.role == "stage2_reduce" ||
                 kernel.role == "quantize_x") {
        gx = a.div(a.add(a.mul(t, kernel.lanesPerToken), kernel.lanes - 1),
                   kernel.lanes);
      }
      auto func = kernels.lookupSymbol<gpu::GPUFuncOp>(kernel.name);
      gpu::LaunchFuncOp::create(
          b, loc, func, gpu::KernelDim3{gx, gy, idx(1)},
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
      if (failed(addKernels(op, kernels, variants)))
        return signalPassFailure();
      OpBuilder host(op);
      HostBuilder{op, host, op.getLoc(), config, kernels}.emitBuckets(variants);
      op.erase();
    }
  }
};

} // namespace
