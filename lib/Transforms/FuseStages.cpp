//===- FuseStages.cpp - stage 1 and stage 2 in one launch -----------------===//
//
// moe.fused_stages (docs/semantics.md §5.5): the two phase functions' bodies,
// already lowered, are cloned into the fused kernel behind a ticket drawn
// with an atomic add; stage-2 workgroups wait for every stage-1 workgroup
// through a counter. The agent-scope release/acquire pairs are LLVM's
// (AMDGPUUsage memory model; test/Oracle/fixtures ticket_handoff is the
// Triton peer of the same pattern).
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Dialect/MoE/Utils/ArithBuilder.h"
#include "mxmoe/Format/Layouts.h"
#include "mxmoe/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::moe {
#define GEN_PASS_DEF_FUSESTAGES
#include "mxmoe/Transforms/Passes.h.inc"
} // namespace mlir::moe

using namespace mlir;
using namespace mlir::moe;

namespace {

constexpr StringLiteral kAgent = "agent";
constexpr int64_t kLDSAlign = 16;

/// Words of the sync buffer.
enum SyncWord : int64_t { Tickets = 0, Stage1Done = 1, Finished = 2 };

int64_t bytesOf(MemRefType t) {
  return t.getNumElements() *
         int64_t(llvm::divideCeil(t.getElementTypeBitWidth(), 8));
}

/// Offsets of a phase function's workgroup attributions in the shared LDS;
/// returns the bytes they take.
int64_t layoutAttributions(gpu::GPUFuncOp func,
                           SmallVectorImpl<int64_t> &offsets) {
  int64_t end = 0;
  for (BlockArgument arg : func.getWorkgroupAttributions()) {
    end = llvm::alignTo(end, kLDSAlign);
    offsets.push_back(end);
    end += bytesOf(cast<MemRefType>(arg.getType()));
  }
  return end;
}

struct Fuser {
  FusedStagesOp op;
  OpBuilder b;
  Location loc;
  Arith a;
  Type i32, ptrGlobal;

  explicit Fuser(FusedStagesOp op)
      : op(op), b(op), loc(op.getLoc()), a{b, loc}, i32(b.getI32Type()),
        ptrGlobal(LLVM::LLVMPointerType::get(op.getContext(), 1)) {}

  /// The address of element `word` of the i32 memref `m` (its offset
  /// included) as a global pointer, for LLVM's atomics.
  Value wordPointer(Value m, int64_t word) {
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, m);
    Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, m);
    Value at = a.add(base, a.mul(a.add(meta.getOffset(), word), 4));
    Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), at);
    return LLVM::IntToPtrOp::create(b, loc, ptrGlobal, i64);
  }

  Value atomicAdd(Value ptr, int64_t v, LLVM::AtomicOrdering ordering) {
    return LLVM::AtomicRMWOp::create(b, loc, LLVM::AtomicBinOp::add, ptr,
                                     a.i32(v), ordering, kAgent,
                                     /*alignment=*/4);
  }

  void fence(LLVM::AtomicOrdering ordering) {
    LLVM::FenceOp::create(b, loc, ordering, kAgent);
  }

  /// `body` run by lane 0 of the workgroup.
  void onLaneZero(Value tid, function_ref<void()> body) {
    auto lane0 = scf::IfOp::create(b, loc, a.eq(tid, a.idx(0)));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(lane0.thenBlock());
    body();
  }

  /// Clones `phase`'s body (without its gpu.return) at the insertion point,
  /// its arguments bound to `operands`, its attributions to views of
  /// `shared`, and gpu.block_id to (bx, by, 0). `gate`, if given, is built
  /// after the phase's routing-ready barrier (its fused routing, which reads
  /// only the routing inputs), or first where it has none.
  void clonePhase(gpu::GPUFuncOp phase, ValueRange operands, Value shared,
                  ArrayRef<int64_t> offsets, Value bx, Value by,
                  function_ref<void()> gate = {}) {
    IRMapping map;
    for (auto [arg, v] : llvm::zip_equal(
             phase.getArguments().take_front(phase.getNumArguments()),
             operands))
      map.map(arg, v);
    for (auto [arg, offset] :
         llvm::zip_equal(phase.getWorkgroupAttributions(), offsets))
      map.map(arg, memref::ViewOp::create(b, loc, arg.getType(), shared,
                                          a.idx(offset), ValueRange{}));
    Block &body = phase.getBody().front();
    Operation *ready = nullptr;
    for (Operation &o : body.without_terminator())
      if (isa<gpu::BarrierOp>(o) && o.hasAttr(kRoutingReadyAttrName))
        ready = &o;
    if (gate && !ready)
      gate();
    SmallVector<Operation *> cloned;
    for (Operation &o : body.without_terminator()) {
      cloned.push_back(b.clone(o, map));
      if (gate && &o == ready)
        gate();
    }
    Value zero = a.idx(0);
    for (Operation *o : cloned)
      o->walk([&](gpu::BlockIdOp id) {
        Value v = id.getDimension() == gpu::Dimension::x   ? bx
                  : id.getDimension() == gpu::Dimension::y ? by
                                                           : zero;
        id.replaceAllUsesWith(v);
        id.erase();
      });
  }

  LogicalResult run() {
    auto kernel = op->getParentOfType<gpu::GPUFuncOp>();
    if (op->getBlock() != &kernel.getBody().front())
      return op.emitOpError("must be in the entry block of its kernel");
    auto first = SymbolTable::lookupNearestSymbolFrom<gpu::GPUFuncOp>(
        op, op.getFirstAttr());
    auto second = SymbolTable::lookupNearestSymbolFrom<gpu::GPUFuncOp>(
        op, op.getSecondAttr());
    for (gpu::GPUFuncOp phase : std::array<gpu::GPUFuncOp, 2>{first, second}) {
      if (!phase)
        return op.emitOpError("phase function not found");
      if (!phase.getBody().hasOneBlock() ||
          !isa<gpu::ReturnOp>(phase.getBody().front().getTerminator()))
        return op.emitOpError("phase ")
               << phase.getName()
               << " must be one block ending in gpu.return (run "
                  "moe-fuse-stages before lowering control flow)";
      if (phase.getNumPrivateAttributions() != 0)
        return op.emitOpError("phase ")
               << phase.getName() << " has private attributions";
    }
    int64_t lanes = kernel.getKnownBlockSizeAttr()[0];

    // One LDS allocation for both phases, one word for the ticket.
    SmallVector<int64_t> offsets1, offsets2;
    int64_t bytes = std::max(layoutAttributions(first, offsets1),
                             layoutAttributions(second, offsets2));
    auto workgroup = gpu::AddressSpaceAttr::get(b.getContext(),
                                                gpu::AddressSpace::Workgroup);
    Value shared = kernel.addWorkgroupAttribution(
        MemRefType::get({std::max<int64_t>(bytes, 1)}, b.getI8Type(),
                        MemRefLayoutAttrInterface(), workgroup),
        loc);
    kernel.setWorkgroupAttributionAttr(
        kernel.getNumWorkgroupAttributions() - 1,
        b.getStringAttr(LLVM::LLVMDialect::getAlignAttrName()),
        b.getI64IntegerAttr(kLDSAlign));
    Value ticketWord = kernel.addWorkgroupAttribution(
        MemRefType::get({1}, i32, MemRefLayoutAttrInterface(), workgroup), loc);

    Value sync = op.getSync();
    auto syncOk = scf::IfOp::create(b, loc, a.ult(a.idx(2), a.dim(sync)));
    b.setInsertionPointToStart(syncOk.thenBlock());
    Value tid = gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x);
    Value tickets = wordPointer(sync, Tickets);
    Value done = wordPointer(sync, Stage1Done);
    Value finished = wordPointer(sync, Finished);

    onLaneZero(tid, [&] {
      Value t = atomicAdd(tickets, 1, LLVM::AtomicOrdering::monotonic);
      memref::StoreOp::create(b, loc, t, ticketWord, ValueRange{a.idx(0)});
    });
    gpu::BarrierOp::create(b, loc);
    Value drawn =
        memref::LoadOp::create(b, loc, ticketWord, ValueRange{a.idx(0)});
    // Uniform: the tile math of both phases stays scalar.
    drawn = ROCDL::ReadfirstlaneOp::create(b, loc, i32, drawn);
    Value ticket =
        arith::IndexCastUIOp::create(b, loc, b.getIndexType(), drawn);

    Value tokens32 = arith::MaxSIOp::create(b, loc, op.getTokens(), a.i32(0));
    IRIndex tokens{&b, loc, a.toIndex(tokens32)};
    Value n1 =
        a.mul(mxmoe::fmt::routedBlocks(tokens, op.getTopk(), op.getExperts(),
                                       op.getFirstBlockM())
                  .v,
              op.getFirstTilesX());
    Value n132 = a.toI32(n1);

    auto phases = scf::IfOp::create(b, loc, a.ult(ticket, n1),
                                    /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(phases.thenBlock());
      clonePhase(first, op.getFirstOperands(), shared, offsets1,
                 a.rem(ticket, op.getFirstTilesX()),
                 a.div(ticket, op.getFirstTilesX()));
      // Stage 2 adds into `zero`: each stage-1 workgroup clears its share.
      Value zero = op.getZero();
      Value size = a.dim(zero);
      Value chunk = a.div(a.add(size, a.add(n1, -1)), n1);
      Value begin = a.mul(ticket, chunk);
      Value end = a.minu(a.add(begin, chunk), size);
      auto clear =
          scf::ForOp::create(b, loc, a.add(begin, tid), end, a.idx(lanes));
      {
        OpBuilder::InsertionGuard inner(b);
        b.setInsertionPointToStart(clear.getBody());
        Type elem = cast<MemRefType>(zero.getType()).getElementType();
        Value zeroValue =
            arith::ConstantOp::create(b, loc, elem, b.getFloatAttr(elem, 0.0));
        memref::StoreOp::create(b, loc, zeroValue, zero,
                                ValueRange{clear.getInductionVar()});
      }
      // Every lane's stores reach the agent before lane 0 counts them.
      fence(LLVM::AtomicOrdering::release);
      gpu::BarrierOp::create(b, loc);
      onLaneZero(tid,
                 [&] { atomicAdd(done, 1, LLVM::AtomicOrdering::release); });

      // Stage 2 sorts its routing (topk_ids, no output of stage 1) while
      // stage 1 runs, then waits for it.
      b.setInsertionPointToStart(phases.elseBlock());
      Value second0 = arith::SubIOp::create(b, loc, ticket, n1);
      auto waitForStage1 = [&] {
        onLaneZero(tid, [&] {
          auto wait = scf::WhileOp::create(b, loc, TypeRange{}, ValueRange{});
          b.createBlock(&wait.getBefore());
          Value seen = atomicAdd(done, 0, LLVM::AtomicOrdering::monotonic);
          Value pending = arith::CmpIOp::create(
              b, loc, arith::CmpIPredicate::slt, seen, n132);
          scf::ConditionOp::create(b, loc, pending, ValueRange{});
          b.createBlock(&wait.getAfter());
          ROCDL::SSleepOp::create(b, loc, 1);
          scf::YieldOp::create(b, loc);
        });
        gpu::BarrierOp::create(b, loc);
        fence(LLVM::AtomicOrdering::acquire);
      };
      clonePhase(second, op.getSecondOperands(), shared, offsets2,
                 a.rem(second0, op.getSecondTilesX()),
                 a.div(second0, op.getSecondTilesX()), waitForStage1);
    }

    // The last workgroup of the launch puts the counters back to 0.
    onLaneZero(tid, [&] {
      auto ptrConst = LLVM::LLVMPointerType::get(b.getContext(), 4);
      Value implicit =
          LLVM::CallIntrinsicOp::create(
              b, loc, ptrConst, b.getStringAttr("llvm.amdgcn.implicitarg.ptr"),
              ValueRange{})
              .getResult(0);
      Value launched = LLVM::LoadOp::create(b, loc, i32, implicit, 4);
      Value before = atomicAdd(finished, 1, LLVM::AtomicOrdering::acq_rel);
      Value last =
          a.eq(arith::AddIOp::create(b, loc, before, a.i32(1)), launched);
      auto reset = scf::IfOp::create(b, loc, last);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(reset.thenBlock());
      for (Value word : {tickets, done, finished})
        LLVM::AtomicRMWOp::create(b, loc, LLVM::AtomicBinOp::xchg, word,
                                  a.i32(0), LLVM::AtomicOrdering::monotonic,
                                  kAgent, /*alignment=*/4);
    });
    op.erase();
    return success();
  }
};

struct FuseStagesPass : moe::impl::FuseStagesBase<FuseStagesPass> {
  void runOnOperation() override {
    SmallVector<FusedStagesOp> ops;
    getOperation().walk([&](FusedStagesOp op) { ops.push_back(op); });
    SetVector<StringAttr> phases;
    for (FusedStagesOp op : ops) {
      phases.insert(op.getFirstAttr().getAttr());
      phases.insert(op.getSecondAttr().getAttr());
      if (failed(Fuser(op).run()))
        return signalPassFailure();
    }
    SymbolTable symbols(getOperation());
    for (StringAttr name : phases) {
      Operation *phase = symbols.lookup(name);
      if (phase && SymbolTable::symbolKnownUseEmpty(phase, getOperation()))
        phase->erase();
    }
  }
};

} // namespace
