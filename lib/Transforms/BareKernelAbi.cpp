//===- BareKernelAbi.cpp - one pointer per buffer, sizes as i32 -----------===//
//
// aiter-, vLLM- and PyTorch-extension-style callers pass a pointer per
// buffer and sizes as ints; MLIR's bare-pointer convention needs static
// memrefs. Each dynamic buffer argument becomes memref<1xT> (a pointer once
// lowered) plus an appended i32, and the body sees a reinterpret_cast of
// the two with the original type, so the lowering is unchanged.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::moe {
#define GEN_PASS_DEF_BAREKERNELABI
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;

namespace {

/// The static one-element memref a buffer of type `t` travels as.
MemRefType pointerType(MemRefType t) {
  return MemRefType::get({1}, t.getElementType(), MemRefLayoutAttrInterface(),
                         t.getMemorySpace());
}

bool isBuffer(MemRefType t) {
  return t.getRank() == 1 && t.getLayout().isIdentity();
}

/// Rewrites `func`'s buffer arguments; returns their indices, or failure
/// (diagnosed) for a memref argument the ABI cannot pass.
FailureOr<SmallVector<unsigned>> rewriteKernel(gpu::GPUFuncOp func) {
  SmallVector<unsigned> buffers;
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    auto memref = dyn_cast<MemRefType>(type);
    if (!memref)
      continue;
    if (!isBuffer(memref))
      return func.emitOpError("argument ")
             << i << " (" << memref
             << ") cannot be passed under the bare-pointer ABI, which takes "
                "1-D identity-layout memrefs";
    buffers.push_back(unsigned(i));
  }
  if (buffers.empty())
    return buffers;

  Block &entry = func.getBody().front();
  Location loc = func.getLoc();
  MLIRContext *ctx = func.getContext();
  Type i32 = IntegerType::get(ctx, 32);
  unsigned first = func.getNumArguments();
  SmallVector<unsigned> indices(buffers.size(), first);
  SmallVector<Type> types(buffers.size(), i32);
  SmallVector<DictionaryAttr> attrs(buffers.size(), DictionaryAttr());
  SmallVector<Location> locs(buffers.size(), loc);
  if (failed(func.insertArguments(indices, types, attrs, locs)))
    return func.emitOpError("cannot append the buffer sizes");

  OpBuilder b = OpBuilder::atBlockBegin(&entry);
  Value zero = b.create<arith::ConstantIntOp>(loc, i32, 0);
  SmallVector<Type> argTypes(func.getArgumentTypes());
  for (auto [n, index] : llvm::enumerate(buffers)) {
    BlockArgument arg = entry.getArgument(index);
    auto original = cast<MemRefType>(arg.getType());
    arg.setType(pointerType(original));
    argTypes[index] = arg.getType();
    Value size = entry.getArgument(first + n);
    Value elements = b.create<arith::IndexCastOp>(
        loc, b.getIndexType(), b.create<arith::MaxSIOp>(loc, size, zero));
    auto view = b.create<memref::ReinterpretCastOp>(
        loc, original, arg, OpFoldResult(b.getIndexAttr(0)),
        ArrayRef<OpFoldResult>{elements},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
    arg.replaceAllUsesExcept(view, view);
  }
  func.setType(FunctionType::get(ctx, argTypes, func.getResultTypes()));
  return buffers;
}

/// Passes `memref<1xT>` views and i32 sizes to a rewritten kernel.
void rewriteLaunch(gpu::LaunchFuncOp launch, ArrayRef<unsigned> buffers) {
  OpBuilder b(launch);
  Location loc = launch.getLoc();
  SmallVector<Value> operands(launch.getKernelOperands());
  SmallVector<Value> sizes;
  Value zero = b.create<arith::ConstantIndexOp>(loc, 0);
  OpFoldResult one = b.getIndexAttr(1);
  for (unsigned index : buffers) {
    Value buffer = operands[index];
    auto type = cast<MemRefType>(buffer.getType());
    Value n = b.create<memref::DimOp>(loc, buffer, zero);
    sizes.push_back(
        b.create<arith::IndexCastOp>(loc, b.getI32Type(), n).getResult());
    operands[index] = b.create<memref::ReinterpretCastOp>(
        loc, pointerType(type), buffer, OpFoldResult(b.getIndexAttr(0)),
        ArrayRef<OpFoldResult>{one}, ArrayRef<OpFoldResult>{one});
  }
  operands.append(sizes);
  launch.getKernelOperandsMutable().assign(operands);
}

struct BareKernelAbi : public moe::impl::BareKernelAbiBase<BareKernelAbi> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::DenseMap<Operation *, SmallVector<unsigned>> rewritten;
    // Phases of moe.fused_stages are run by their fused kernel, whose
    // operands stay memrefs; only that kernel takes the bare ABI.
    llvm::DenseSet<Operation *> phases;
    module.walk([&](moe::FusedStagesOp fused) {
      for (FlatSymbolRefAttr name :
           {fused.getFirstAttr(), fused.getSecondAttr()})
        if (Operation *phase =
                SymbolTable::lookupNearestSymbolFrom(fused, name))
          phases.insert(phase);
    });
    WalkResult walk = module.walk([&](gpu::GPUFuncOp func) {
      if (!func.isKernel() || phases.contains(func))
        return WalkResult::advance();
      FailureOr<SmallVector<unsigned>> buffers = rewriteKernel(func);
      if (failed(buffers))
        return WalkResult::interrupt();
      rewritten[func] = std::move(*buffers);
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return signalPassFailure();
    module.walk([&](gpu::LaunchFuncOp launch) {
      Operation *kernel =
          SymbolTable::lookupNearestSymbolFrom(launch, launch.getKernel());
      auto it = kernel ? rewritten.find(kernel) : rewritten.end();
      if (it != rewritten.end() && !it->second.empty())
        rewriteLaunch(launch, it->second);
    });
  }
};

} // namespace
