//===- KernelBuilders.cpp - gpu.funcs around the moe problem ops ----------===//

#include "mxmoe/Dialect/MoE/Utils/KernelBuilders.h"

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"

#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace mlir::moe;

Type mlir::moe::toType(MLIRContext *context, mxmoe::ElementType type) {
  switch (type) {
  case mxmoe::ElementType::F32:
    return Float32Type::get(context);
  case mxmoe::ElementType::BF16:
    return BFloat16Type::get(context);
  case mxmoe::ElementType::F16:
    return Float16Type::get(context);
  }
  llvm_unreachable("unknown element type");
}

namespace {

/// The parameters of a kernel under construction, then its body.
struct KernelSignature {
  OpBuilder &b;
  SmallVector<Type> types;

  /// A 1-D global memref of `elem`; returns its parameter index.
  unsigned memref(Type elem) {
    types.push_back(MemRefType::get({ShapedType::kDynamic}, elem,
                                    MemRefLayoutAttrInterface(),
                                    b.getI64IntegerAttr(1)));
    return types.size() - 1;
  }
  unsigned i32() {
    types.push_back(b.getI32Type());
    return types.size() - 1;
  }
  /// An optional parameter: its index, or -1.
  int memrefIf(bool present, Type elem) {
    return present ? int(memref(elem)) : -1;
  }
};

/// Creates `name(types) kernel attributes {known_block_size = [lanes, 1,
/// 1]}` and calls `body(arg)` inside it before the gpu.return.
gpu::GPUFuncOp
buildFunc(OpBuilder &b, Location loc, StringRef name, ArrayRef<Type> types,
          int64_t lanes,
          function_ref<void(function_ref<Value(int)> arg)> body) {
  auto func = gpu::GPUFuncOp::create(b, loc, name,
                                     b.getFunctionType(types, TypeRange{}));
  func->setAttr(gpu::GPUDialect::getKernelFuncAttrName(), b.getUnitAttr());
  func.setKnownBlockSizeAttr(b.getDenseI32ArrayAttr({int32_t(lanes), 1, 1}));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&func.getBody().front());
  auto arg = [&](int i) -> Value {
    return i < 0 ? Value() : func.getArgument(unsigned(i));
  };
  body(arg);
  gpu::ReturnOp::create(b, loc);
  return func;
}

TileAttr tileAttr(OpBuilder &b, const mxmoe::Tile &t) {
  return TileAttr::get(b.getContext(), t.m, t.n, t.k, t.waves);
}

/// bf16 activations for a16w4, i8 MX codes otherwise.
Type activationType(OpBuilder &b, mxmoe::Precision p) {
  return mxmoe::hasMXActivations(p) ? Type(b.getI8Type())
                                    : Type(b.getBF16Type());
}

/// The routing buffers a stage op reads: the sort kernel's (parameters) or
/// the workgroup's own LDS copies.
struct RoutingBuffers {
  Value ids, weights, expertIds, numValid, tokens;
};

/// Fused routing: LDS copies of the sort kernel's outputs, sized for
/// `entries` T*K entries, that moe.sort run by this workgroup fills (the
/// same LowerSort lowering, its buffers in LDS), or with `slots`
/// moe.route_slots (a block per entry); a barrier before the stage op reads
/// them. No global writes, so no order between workgroups.
RoutingBuffers buildFusedRouting(OpBuilder &b, Location loc, Value topkIds,
                                 Value topkWeights, Value tokens,
                                 Value expertBegin, int64_t entries, bool slots,
                                 const mxmoe::ProblemShape &p,
                                 const mxmoe::Tile &tile) {
  auto func = cast<gpu::GPUFuncOp>(b.getInsertionBlock()->getParentOp());
  auto workgroup =
      gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  auto lds = [&](Type elem, int64_t n) {
    return func.addWorkgroupAttribution(
        MemRefType::get({n}, elem, MemRefLayoutAttrInterface(), workgroup),
        loc);
  };
  int64_t rows = slots ? entries * tile.m
                       : mxmoe::fusedRoutingRows(entries, p.experts, tile.m);
  Type i32 = b.getI32Type();
  RoutingBuffers r{lds(i32, rows), lds(b.getF32Type(), rows),
                   lds(i32, rows / tile.m), lds(i32, 1), tokens};
  if (slots)
    RouteSlotsOp::create(b, loc, topkIds, topkWeights, tokens, expertBegin,
                         r.ids, r.weights, r.expertIds, r.numValid, p.topk,
                         p.experts, tile.m, tile.lanes());
  else
    SortOp::create(b, loc, topkIds, topkWeights, tokens, expertBegin, r.ids,
                   r.weights, r.expertIds, r.numValid, p.topk, p.experts,
                   tile.m, tile.lanes());
  auto ready = gpu::BarrierOp::create(b, loc);
  ready->setAttr(kRoutingReadyAttrName, b.getUnitAttr());
  return r;
}

} // namespace

gpu::GPUFuncOp mlir::moe::buildStage2Kernel(OpBuilder &b, Location loc,
                                            const mxmoe::Stage2Config &c) {
  const mxmoe::ProblemShape &p = c.problem;
  bool scaled = mxmoe::hasMXActivations(p.precision);
  Type i8 = b.getI8Type(), i32 = b.getI32Type(), f32 = b.getF32Type();
  Type y = toType(b.getContext(), c.out);
  KernelSignature s{b};
  unsigned h = s.memref(activationType(b, p.precision));
  int hs = s.memrefIf(scaled, i8);
  unsigned w = s.memref(i8), ws = s.memref(i8);
  int bias = s.memrefIf(c.bias, f32);
  bool fused = c.fusedRoutingEntries > 0;
  // Fused: topk_ids, [topk_weights], tokens, expert_begin.
  int ids = s.memref(i32);
  int sw = fused ? s.memrefIf(c.routingWeight, f32) : int(s.memref(f32));
  int eids = fused ? -1 : int(s.memref(i32));
  int nv = fused ? -1 : int(s.memref(i32));
  unsigned t = s.i32();
  int eb = fused ? int(s.i32()) : -1;
  unsigned out = s.memref(y);
  return buildFunc(
      b, loc, c.kernelName(), s.types, c.tile.lanes(),
      [&](function_ref<Value(int)> arg) {
        RoutingBuffers r{arg(ids), arg(sw), arg(eids), arg(nv), arg(t)};
        if (fused)
          r = buildFusedRouting(b, loc, arg(ids), arg(sw), arg(t), arg(eb),
                                c.fusedRoutingEntries, c.routeSlots, p, c.tile);
        Stage2Op::create(
            b, loc, arg(h), arg(hs), arg(w), arg(ws), arg(bias), r.ids,
            r.weights, r.expertIds, r.numValid, r.tokens, arg(out),
            fromPlan(p.precision), fromFormat(c.storage.weights),
            fromFormat(c.storage.scales), p.modelDim, p.interDim, p.experts,
            p.topk, fromPlan(c.combine), c.routingWeight, c.splitK,
            tileAttr(b, c.tile), fromPlan(c.weightCache), c.wavesPerEU,
            fromPlan(c.order), c.persistentWorkgroups, c.pipelineDepth,
            c.kWaveGroups);
      });
}

gpu::GPUFuncOp mlir::moe::buildSlotReduceKernel(OpBuilder &b, Location loc,
                                                const mxmoe::Stage2Config &c) {
  const mxmoe::ProblemShape &p = c.problem;
  Type y = toType(b.getContext(), c.out);
  KernelSignature s{b};
  unsigned slots = s.memref(y), ids = s.memref(b.getI32Type()), t = s.i32(),
           eb = s.i32(), out = s.memref(y);
  return buildFunc(b, loc, c.reduceName(), s.types, mxmoe::kSlotReduceBlock,
                   [&](function_ref<Value(int)> arg) {
                     SlotReduceOp::create(b, loc, arg(slots), arg(ids), arg(t),
                                          arg(eb), arg(out), p.modelDim, p.topk,
                                          p.experts, mxmoe::kSlotReduceBlock,
                                          c.splitK);
                   });
}

gpu::GPUFuncOp mlir::moe::buildStage1Kernel(OpBuilder &b, Location loc,
                                            const mxmoe::Stage1Config &c) {
  const mxmoe::ProblemShape &p = c.problem;
  bool scaled = mxmoe::hasMXActivations(p.precision);
  bool quantized = mxmoe::isMX(c.out);
  bool split = c.splitK > 1;
  Type i8 = b.getI8Type(), i32 = b.getI32Type(), f32 = b.getF32Type();
  // Split-K: the GEMM kernel writes f32 planes; the finish kernel does the
  // bias, activation and output.
  Type hType = quantized ? i8 : b.getBF16Type();
  KernelSignature s{b};
  // quantize_x: bf16 x, quantized by the kernel.
  unsigned x =
      s.memref(c.quantizeX ? b.getBF16Type() : activationType(b, p.precision));
  int xs = s.memrefIf(scaled && !c.quantizeX, i8);
  unsigned w = s.memref(i8), ws = s.memref(i8);
  int bias = s.memrefIf(c.bias && !split, f32);
  bool fused = c.fusedRoutingEntries > 0;
  // Fused: topk_ids, tokens, expert_begin.
  unsigned ids = s.memref(i32);
  int eids = fused ? -1 : int(s.memref(i32));
  int nv = fused ? -1 : int(s.memref(i32));
  unsigned t = s.i32();
  int eb = fused ? int(s.i32()) : -1;
  unsigned h = s.memref(split ? f32 : hType);
  int hs = s.memrefIf(quantized && !split, i8);
  return buildFunc(
      b, loc, c.kernelName(), s.types, c.tile.lanes(),
      [&](function_ref<Value(int)> arg) {
        ActivationAttr act =
            split ? ActivationAttr() : fromPlan(b.getContext(), c.activation);
        RoutingBuffers r{arg(ids), Value(), arg(eids), arg(nv), arg(t)};
        if (fused)
          r = buildFusedRouting(b, loc, arg(ids), Value(), arg(t), arg(eb),
                                c.fusedRoutingEntries, c.routeSlots, p, c.tile);
        Stage1Op::create(
            b, loc, arg(x), arg(xs), arg(w), arg(ws), arg(bias), r.ids,
            r.expertIds, r.numValid, r.tokens, arg(h), arg(hs),
            fromPlan(p.precision), fromFormat(c.storage.weights),
            fromFormat(c.storage.scales), fromFormat(c.gateUp), act,
            split ? OutputFormat::BF16 : fromPlan(c.out),
            split ? ScaleRounding::Floor : fromPlan(c.scaleRounding),
            p.modelDim, p.interDim, p.experts, p.topk, c.splitK,
            tileAttr(b, c.tile), fromPlan(c.weightCache), c.wavesPerEU,
            fromPlan(c.order),
            c.quantizeX ? ScaleRoundingAttr::get(b.getContext(),
                                                 fromPlan(c.scaleRounding))
                        : ScaleRoundingAttr(),
            c.pipelineDepth, c.kWaveGroups);
      });
}

gpu::GPUFuncOp
mlir::moe::buildStage1FinishKernel(OpBuilder &b, Location loc,
                                   const mxmoe::Stage1Config &c) {
  const mxmoe::ProblemShape &p = c.problem;
  bool quantized = mxmoe::isMX(c.out);
  Type i8 = b.getI8Type(), f32 = b.getF32Type();
  KernelSignature s{b};
  unsigned planes = s.memref(f32);
  int bias = s.memrefIf(c.bias, f32);
  unsigned ids = s.memref(b.getI32Type()), t = s.i32(), eb = s.i32(),
           h = s.memref(quantized ? i8 : b.getBF16Type());
  int hs = s.memrefIf(quantized, i8);
  return buildFunc(b, loc, c.finishName(), s.types, mxmoe::kStage1FinishBlock,
                   [&](function_ref<Value(int)> arg) {
                     Stage1FinishOp::create(
                         b, loc, arg(planes), arg(bias), arg(ids), arg(t),
                         arg(eb), arg(h), arg(hs), fromFormat(c.gateUp),
                         fromPlan(b.getContext(), c.activation),
                         fromPlan(c.out), fromPlan(c.scaleRounding), p.interDim,
                         p.experts, p.topk, c.splitK,
                         mxmoe::kStage1FinishBlock);
                   });
}

gpu::GPUFuncOp mlir::moe::buildQuantizeKernel(OpBuilder &b, Location loc,
                                              const mxmoe::QuantizeConfig &c) {
  Type i8 = b.getI8Type();
  KernelSignature s{b};
  unsigned x = s.memref(toType(b.getContext(), c.input)), t = s.i32(),
           codes = s.memref(i8), scales = s.memref(i8);
  return buildFunc(b, loc, c.kernelName(), s.types, mxmoe::kQuantizeBlock,
                   [&](function_ref<Value(int)> arg) {
                     QuantizeMXOp::create(b, loc, arg(x), arg(t), arg(codes),
                                          arg(scales), fromPlan(c.format),
                                          fromPlan(c.scaleRounding), c.cols,
                                          mxmoe::kQuantizeBlock);
                   });
}

gpu::GPUFuncOp mlir::moe::buildSortKernel(OpBuilder &b, Location loc,
                                          const mxmoe::SortConfig &c) {
  Type i32 = b.getI32Type(), f32 = b.getF32Type();
  KernelSignature s{b};
  unsigned ids = s.memref(i32);
  int w = s.memrefIf(c.weights, f32);
  unsigned t = s.i32(), eb = s.i32(), sid = s.memref(i32), sw = s.memref(f32),
           seid = s.memref(i32), nv = s.memref(i32);
  return buildFunc(b, loc, c.kernelName(), s.types, c.blockSize,
                   [&](function_ref<Value(int)> arg) {
                     SortOp::create(b, loc, arg(ids), arg(w), arg(t), arg(eb),
                                    arg(sid), arg(sw), arg(seid), arg(nv),
                                    c.topk, c.experts, c.blockM, c.blockSize);
                   });
}

gpu::GPUFuncOp mlir::moe::buildSortChunksKernel(OpBuilder &b, Location loc,
                                                const mxmoe::SortConfig &c,
                                                mxmoe::KernelRole role) {
  Type i32 = b.getI32Type(), f32 = b.getF32Type();
  KernelSignature s{b};
  unsigned ids = s.memref(i32);
  int w = s.memrefIf(c.weights, f32);
  unsigned t = s.i32(), eb = s.i32(), sid = s.memref(i32), sw = s.memref(f32),
           seid = s.memref(i32), nv = s.memref(i32), counts = s.memref(i32);
  SortPhase phase = role == mxmoe::KernelRole::SortCount ? SortPhase::Count
                    : role == mxmoe::KernelRole::SortOffsets
                        ? SortPhase::Offsets
                        : SortPhase::Scatter;
  return buildFunc(b, loc, c.phaseName(role), s.types, c.blockSize,
                   [&](function_ref<Value(int)> arg) {
                     SortChunksOp::create(
                         b, loc, arg(ids), arg(w), arg(t), arg(eb), arg(sid),
                         arg(sw), arg(seid), arg(nv), arg(counts), phase,
                         c.topk, c.experts, c.blockM, c.blockSize, c.chunk);
                   });
}

gpu::GPUFuncOp
mlir::moe::buildFusedStagesKernel(OpBuilder &b, Location loc,
                                  const mxmoe::FusedStagesConfig &c) {
  std::string name = c.kernelName();
  // The phases: the stand-alone stage kernels, renamed; moe-fuse-stages
  // inlines them into the fused kernel and erases them.
  auto phase = [&](gpu::GPUFuncOp func, StringRef suffix) {
    SymbolTable::setSymbolName(func, (name + suffix).str());
    return func;
  };
  gpu::GPUFuncOp first = phase(buildStage1Kernel(b, loc, c.stage1), "_stage1");
  gpu::GPUFuncOp second = phase(buildStage2Kernel(b, loc, c.stage2), "_stage2");
  std::vector<mxmoe::KernelParam> params = mxmoe::fusedStagesParams(c),
                                  params1 =
                                      mxmoe::stage1Params(c.stage1, false),
                                  params2 = mxmoe::stage2Params(c.stage2);
  auto indexOf = [&](StringRef param) {
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i].name == param)
        return int(i);
    llvm_unreachable("fused kernel parameter missing");
  };
  SmallVector<Type> types(params.size());
  for (auto [func, names] : {std::pair{first, &params1}, {second, &params2}})
    for (auto [type, p] :
         llvm::zip_equal(func.getFunctionType().getInputs(), *names))
      types[indexOf(p.name)] = type;
  types.back() =
      MemRefType::get({ShapedType::kDynamic}, b.getI32Type(),
                      MemRefLayoutAttrInterface(), b.getI64IntegerAttr(1));
  mxmoe::KernelGrid grid = c.grid();
  return buildFunc(
      b, loc, name, types, c.stage1.tile.lanes(),
      [&](function_ref<Value(int)> arg) {
        auto operands = [&](const std::vector<mxmoe::KernelParam> &names) {
          SmallVector<Value> v;
          for (const mxmoe::KernelParam &p : names)
            v.push_back(arg(indexOf(p.name)));
          return v;
        };
        FusedStagesOp::create(
            b, loc, first.getName(), operands(params1), second.getName(),
            operands(params2), arg(indexOf("tokens")), arg(indexOf("y")),
            arg(int(params.size()) - 1), grid.x, grid.blockM, grid.x2,
            grid.blockM2, grid.splitK2, grid.topk, grid.experts);
      });
}

void mlir::moe::buildKernels(OpBuilder &b, Location loc,
                             const mxmoe::KernelConfig &config) {
  if (auto *f = std::get_if<mxmoe::FusedStagesConfig>(&config)) {
    buildFusedStagesKernel(b, loc, *f);
  } else if (auto *q = std::get_if<mxmoe::QuantizeConfig>(&config)) {
    buildQuantizeKernel(b, loc, *q);
  } else if (auto *s = std::get_if<mxmoe::SortConfig>(&config)) {
    if (s->kind == mxmoe::SortKind::OneWorkgroup)
      buildSortKernel(b, loc, *s);
    else
      for (mxmoe::KernelRole role :
           {mxmoe::KernelRole::SortCount, mxmoe::KernelRole::SortOffsets,
            mxmoe::KernelRole::SortScatter})
        buildSortChunksKernel(b, loc, *s, role);
  } else if (auto *s1 = std::get_if<mxmoe::Stage1Config>(&config)) {
    buildStage1Kernel(b, loc, *s1);
    if (s1->splitK > 1)
      buildStage1FinishKernel(b, loc, *s1);
  } else {
    const auto &s2 = std::get<mxmoe::Stage2Config>(config);
    buildStage2Kernel(b, loc, s2);
    if (s2.combine == mxmoe::Combine::Store)
      buildSlotReduceKernel(b, loc, s2);
  }
}

gpu::GPUFuncOp mlir::moe::buildLayerKernel(OpBuilder &b, Location loc,
                                           const mxmoe::LayerKernel &k) {
  switch (k.role) {
  case mxmoe::KernelRole::QuantizeX:
    return buildQuantizeKernel(b, loc,
                               std::get<mxmoe::QuantizeConfig>(k.module));
  case mxmoe::KernelRole::Sort:
    return buildSortKernel(b, loc, std::get<mxmoe::SortConfig>(k.module));
  case mxmoe::KernelRole::SortCount:
  case mxmoe::KernelRole::SortOffsets:
  case mxmoe::KernelRole::SortScatter:
    return buildSortChunksKernel(b, loc, std::get<mxmoe::SortConfig>(k.module),
                                 k.role);
  case mxmoe::KernelRole::Stage1:
    return buildStage1Kernel(b, loc, std::get<mxmoe::Stage1Config>(k.module));
  case mxmoe::KernelRole::Stage1Finish:
    return buildStage1FinishKernel(b, loc,
                                   std::get<mxmoe::Stage1Config>(k.module));
  case mxmoe::KernelRole::Stage2:
    return buildStage2Kernel(b, loc, std::get<mxmoe::Stage2Config>(k.module));
  case mxmoe::KernelRole::Stage2Reduce:
    return buildSlotReduceKernel(b, loc,
                                 std::get<mxmoe::Stage2Config>(k.module));
  case mxmoe::KernelRole::FusedStages:
    return buildFusedStagesKernel(b, loc,
                                  std::get<mxmoe::FusedStagesConfig>(k.module));
  }
  llvm_unreachable("unknown kernel role");
}

OwningOpRef<ModuleOp>
mlir::moe::buildKernelModule(MLIRContext *context,
                             const mxmoe::KernelConfig &config) {
  OpBuilder b(context);
  Location loc = b.getUnknownLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  b.setInsertionPointToEnd(module->getBody());
  auto kernels =
      gpu::GPUModuleOp::create(b, loc, mxmoe::kernelModuleName(config));
  b.setInsertionPointToEnd(kernels.getBody());
  buildKernels(b, loc, config);
  return module;
}
