//===- Retarget.cpp - rewrite amdgcn LLVM IR to run on the host -----------===//
//
// * LDS globals become offsets from a per-workgroup base (__emu_lds_base);
//   32-bit LDS pointer arithmetic through ptrtoint/inttoptr is rebased.
// * Private allocas move to the host stack (each lane fiber has its own) and
//   register their range with the lane; an access whose alloca is known is
//   bounds-checked inline, any other private or flat access by the runtime.
// * AMDGPU intrinsics become runtime calls: ids, barriers, wave collectives
//   (operands passed through stack slots so any type works) and lane-local
//   operations; scheduling hints and waits are dropped, s.sleep yields the
//   host thread.
// * Fences and atomics keep their orderings at system scope: workgroups run
//   on several host threads.
// * Every global/LDS load, store and atomic is routed through __emu_access,
//   which bounds-checks it and may redirect it to a sink; memcpy, memmove
//   and memset have both ranges checked (__emu_mem_range).
// * Each kernel gets a host entry `__emu_entry_NAME(ptr argv)`.
//
//===----------------------------------------------------------------------===//

#include "Runtime.h"
#include "mxmoe/Emulator/Emulator.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/AttributeMask.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ReplaceConstant.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;

namespace mxmoe::emu {
namespace {

constexpr unsigned kGlobalAS = 1, kLdsAS = 3, kPrivateAS = 5;

/// An inline-assembly call holding one s_waitcnt and nothing else (no
/// operands, no result).
bool isBareWaitcnt(const CallInst &call) {
  const auto *asmCall = dyn_cast<InlineAsm>(call.getCalledOperand());
  if (!asmCall || !call.getType()->isVoidTy() || call.arg_size() != 0)
    return false;
  StringRef text = StringRef(asmCall->getAsmString()).trim();
  return text.starts_with("s_waitcnt ") &&
         text.find_first_of(";\n") == StringRef::npos;
}

std::string textOf(const Instruction &inst) {
  std::string s;
  raw_string_ostream os(s);
  inst.print(os);
  std::string t = StringRef(s).trim().str();
  if (t.size() > 200)
    t = t.substr(0, 197) + "...";
  return t;
}

class Retargeter {
public:
  Retargeter(llvm::Module &m, SiteTable &sites, std::string &error)
      : m(m), ctx(m.getContext()), sites(sites), error(error) {}

  bool run(const std::string &hostTriple, const std::string &hostDL,
           std::vector<KernelInfo> &kernels, std::string &chip);

private:
  bool fail(const Twine &message) {
    if (error.empty())
      error = message.str();
    return false;
  }
  FunctionCallee runtime(const char *name, Type *ret, ArrayRef<Type *> args) {
    return m.getOrInsertFunction(name, FunctionType::get(ret, args, false));
  }
  Value *ldsBase(Function &f);
  bool layoutLds(std::vector<KernelInfo> &kernels);
  uint64_t moveAllocas(Function &f);
  bool rewriteInstructions(Function &f);
  void rewriteMemIntrinsic(MemIntrinsic *call);
  void checkPrivateAccesses();
  bool rewriteIntrinsic(CallInst *call, StringRef name);
  void replaceWithRuntimeCall(CallInst *call, const char *entry, SiteInfo info);
  void instrumentAccess(Instruction *inst, unsigned ptrIndex, Type *valueType,
                        uint32_t flags);
  void countInstructions(Function &f);
  /// Instructions the checks add, which the instruction count leaves out.
  void markInstrumentation(Value *v);
  static constexpr const char *kInstrumentationMD = "mxmoe.emu.check";
  bool makeEntry(Function &kernel);

  llvm::Module &m;
  LLVMContext &ctx;
  SiteTable &sites;
  std::string &error;
  DenseMap<Function *, Value *> ldsBases;
  DenseMap<GlobalVariable *, uint64_t> ldsOffsets;
  /// The kernel's private allocas on the host stack, with their constant
  /// size in bytes (0: dynamic).
  DenseMap<AllocaInst *, uint64_t> privateAllocas;
  /// Accesses of a known constant-size private alloca, checked inline once
  /// the instructions are counted (the check is not the kernel's work).
  struct PrivateCheck {
    Instruction *inst;
    unsigned ptrIndex;
    AllocaInst *alloca;
    uint64_t bytes, allocBytes;
    uint32_t flags, site;
  };
  std::vector<PrivateCheck> privateChecks;
};

Value *Retargeter::ldsBase(Function &f) {
  auto it = ldsBases.find(&f);
  if (it != ldsBases.end())
    return it->second;
  IRBuilder<> b(&*f.getEntryBlock().getFirstInsertionPt());
  Value *base = b.CreateCall(runtime(rt::LdsBase, PointerType::get(ctx, 0), {}),
                             {}, "lds.base");
  Value *lds = b.CreateAddrSpaceCast(base, PointerType::get(ctx, kLdsAS));
  ldsBases[&f] = lds;
  return lds;
}

bool Retargeter::layoutLds(std::vector<KernelInfo> &kernels) {
  const DataLayout &dl = m.getDataLayout();
  SmallVector<GlobalVariable *> lds;
  for (GlobalVariable &g : m.globals())
    if (g.getAddressSpace() == kLdsAS)
      lds.push_back(&g);
  uint64_t offset = 0;
  bool dynamic = false;
  SmallVector<GlobalVariable *> dynamicVars;
  for (GlobalVariable *g : lds) {
    uint64_t size = dl.getTypeAllocSize(g->getValueType());
    if (size == 0 && !g->hasInitializer()) {
      dynamicVars.push_back(g);
      dynamic = true;
      continue;
    }
    uint64_t align = g->getAlign() ? g->getAlign()->value() : 16;
    offset = alignTo(offset, align);
    ldsOffsets[g] = offset;
    offset += size;
  }
  // Dynamic LDS starts after the static allocation, as on the hardware.
  uint64_t dynamicOffset = alignTo(offset, 16);
  for (GlobalVariable *g : dynamicVars)
    ldsOffsets[g] = dynamicOffset;
  for (KernelInfo &k : kernels) {
    k.staticLdsBytes = offset;
    k.usesDynamicLds = dynamic;
  }
  if (lds.empty())
    return true;
  SmallVector<Constant *> constants(lds.begin(), lds.end());
  convertUsersOfConstantsToInstructions(constants);
  for (GlobalVariable *g : lds) {
    SmallVector<Use *> uses;
    for (Use &u : g->uses())
      uses.push_back(&u);
    for (Use *u : uses) {
      auto *inst = dyn_cast<Instruction>(u->getUser());
      if (!inst)
        return fail("LDS variable @" + g->getName() +
                    " is used outside a function");
      Function *f = inst->getFunction();
      Value *base = ldsBase(*f);
      IRBuilder<> b(cast<Instruction>(base)->getNextNode());
      Value *addr = b.CreateConstGEP1_64(Type::getInt8Ty(ctx), base,
                                         ldsOffsets[g], g->getName());
      u->set(addr);
    }
    g->eraseFromParent();
  }
  return true;
}

uint64_t Retargeter::moveAllocas(Function &f) {
  SmallVector<AllocaInst *> allocas;
  for (Instruction &inst : instructions(f))
    if (auto *a = dyn_cast<AllocaInst>(&inst))
      if (a->getAddressSpace() != 0)
        allocas.push_back(a);
  const DataLayout &dl = m.getDataLayout();
  auto *ptrTy = PointerType::get(ctx, 0);
  auto *i64 = Type::getInt64Ty(ctx);
  uint64_t constantBytes = 0;
  for (AllocaInst *a : allocas) {
    IRBuilder<> b(a);
    uint64_t elementBytes = dl.getTypeAllocSize(a->getAllocatedType());
    Value *count = a->getArraySize();
    Value *bytes;
    uint64_t fixedBytes = 0;
    if (auto *c = dyn_cast<ConstantInt>(count)) {
      // Saturating: a size past any limit stays past it.
      uint64_t n = c->getZExtValue();
      fixedBytes =
          n && elementBytes > UINT64_MAX / n ? UINT64_MAX : n * elementBytes;
      constantBytes = fixedBytes > UINT64_MAX - constantBytes
                          ? UINT64_MAX
                          : constantBytes + fixedBytes;
      bytes = b.getInt64(fixedBytes);
    } else {
      // A dynamic alloca gets no memory when it would not fit the lane.
      Value *n = b.CreateZExtOrTrunc(count, i64);
      bytes = b.CreateMul(n, b.getInt64(elementBytes));
      uint32_t site = sites.accessSites.size();
      sites.accessSites.push_back(textOf(*a));
      Value *fits = b.CreateCall(
          runtime(rt::PrivateFits, b.getInt1Ty(), {i64, b.getInt32Ty()}),
          {bytes, b.getInt32(site)});
      count =
          b.CreateSelect(fits, count, ConstantInt::get(count->getType(), 0));
      bytes = b.CreateSelect(fits, bytes, b.getInt64(0));
    }
    AllocaInst *host = b.CreateAlloca(a->getAllocatedType(), 0, count);
    host->setAlignment(
        std::max(a->getAlign(), dl.getPrefTypeAlign(a->getAllocatedType())));
    b.CreateCall(runtime(rt::PrivateAlloca, b.getVoidTy(), {ptrTy, i64}),
                 {host, bytes});
    privateAllocas[host] = fixedBytes;
    // Lifetime markers must name an alloca, not the cast below; the host
    // stack needs none.
    for (User *u : llvm::make_early_inc_range(a->users()))
      if (auto *marker = dyn_cast<IntrinsicInst>(u))
        if (marker->isLifetimeStartOrEnd())
          marker->eraseFromParent();
    Value *cast = b.CreateAddrSpaceCast(host, a->getType());
    a->replaceAllUsesWith(cast);
    a->eraseFromParent();
  }
  // A function other than the kernel forgets its allocations when it
  // returns, so a pointer into its dead frame is out of bounds.
  if (!allocas.empty() && f.getCallingConv() != CallingConv::AMDGPU_KERNEL) {
    IRBuilder<> entry(&*f.getEntryBlock().getFirstInsertionPt());
    Value *depth =
        entry.CreateCall(runtime(rt::PrivateDepth, i64, {}), {}, "private");
    for (BasicBlock &bb : f)
      if (auto *ret = dyn_cast<ReturnInst>(bb.getTerminator()))
        IRBuilder<>(ret).CreateCall(
            runtime(rt::PrivatePop, Type::getVoidTy(ctx), {i64}), {depth});
  }
  return constantBytes;
}

void Retargeter::replaceWithRuntimeCall(CallInst *call, const char *entry,
                                        SiteInfo info) {
  const DataLayout &dl = m.getDataLayout();
  Function *f = call->getFunction();
  IRBuilder<> entryB(&*f->getEntryBlock().getFirstInsertionPt());
  IRBuilder<> b(call);
  auto *ptrTy = PointerType::get(ctx, 0);
  unsigned n = call->arg_size();
  info.text = textOf(*call);
  info.intrinsic = call->getCalledFunction()->getName().str();
  Value *operands =
      entryB.CreateAlloca(ptrTy, entryB.getInt32(std::max(n, 1u)));
  for (unsigned i = 0; i < n; ++i) {
    Value *arg = call->getArgOperand(i);
    Type *t = arg->getType();
    AllocaInst *slot = entryB.CreateAlloca(t);
    slot->setAlignment(std::max(Align(16), dl.getPrefTypeAlign(t)));
    b.CreateStore(arg, slot);
    b.CreateStore(slot, b.CreateConstGEP1_32(ptrTy, operands, i));
    info.operandBytes.push_back(uint32_t(dl.getTypeStoreSize(t)));
  }
  Type *rt = call->getType();
  Value *result = ConstantPointerNull::get(ptrTy);
  if (!rt->isVoidTy()) {
    AllocaInst *slot = entryB.CreateAlloca(rt);
    slot->setAlignment(std::max(Align(16), dl.getPrefTypeAlign(rt)));
    result = slot;
    info.resultBytes = uint32_t(dl.getTypeStoreSize(rt));
  }
  uint32_t site = sites.sites.size();
  sites.sites.push_back(info);
  b.CreateCall(runtime(entry, b.getVoidTy(), {b.getInt32Ty(), ptrTy, ptrTy}),
               {b.getInt32(site), operands, result});
  if (!rt->isVoidTy())
    call->replaceAllUsesWith(b.CreateLoad(rt, result));
  call->eraseFromParent();
}

ElemKind elemKindOf(Type *t) {
  if (auto *v = dyn_cast<VectorType>(t))
    t = v->getElementType();
  if (t->isBFloatTy())
    return ElemKind::BF16;
  if (t->isHalfTy())
    return ElemKind::F16;
  return ElemKind::F32;
}

bool isZeroConstant(Value *v) {
  auto *c = dyn_cast<ConstantInt>(v);
  return c && c->isZero();
}

bool Retargeter::rewriteIntrinsic(CallInst *call, StringRef full) {
  StringRef name = full;
  if (!name.consume_front("llvm.amdgcn.")) {
    // Generic LLVM intrinsics run natively, unless they access memory
    // through a pointer the emulator would not check (masked and vector-
    // predicated loads and stores, element-atomic copies).
    bool pointerOperand = llvm::any_of(call->args(), [](const Use &u) {
      return u->getType()->isPtrOrPtrVectorTy();
    });
    bool harmless =
        name.starts_with("llvm.lifetime.") ||
        name.starts_with("llvm.invariant.") ||
        name.starts_with("llvm.prefetch") || name.starts_with("llvm.stack") ||
        name.contains(".invariant.group") || name.contains("annotation") ||
        name.starts_with("llvm.experimental.noalias.scope.decl");
    if (pointerOperand && call->mayReadOrWriteMemory() && !harmless)
      return fail("unsupported intrinsic '" + full +
                  "' (a memory access the emulator cannot bounds-check)");
    return true;
  }
  IRBuilder<> b(call);
  auto *i32 = b.getInt32Ty();

  auto idCall = [&](const char *entry, StringRef dim) {
    unsigned d = dim == "x" ? 0 : dim == "y" ? 1 : 2;
    Value *v = b.CreateCall(runtime(entry, i32, {i32}), {b.getInt32(d)});
    call->replaceAllUsesWith(v);
    call->eraseFromParent();
  };
  if (name.consume_front("workitem.id.")) {
    idCall(rt::WorkitemId, name);
    return true;
  }
  if (name.consume_front("workgroup.id.")) {
    idCall(rt::WorkgroupId, name);
    return true;
  }
  if (name == "s.barrier") {
    uint32_t site = sites.barrierSites.size();
    sites.barrierSites.push_back(textOf(*call));
    b.CreateCall(runtime(rt::Barrier, b.getVoidTy(), {i32}),
                 {b.getInt32(site)});
    call->eraseFromParent();
    return true;
  }
  // A spin loop's s.sleep gives the host core to other workgroups' threads
  // (their producers may be waiting for it).
  if (name == "s.sleep") {
    b.CreateCall(runtime(rt::Sleep, b.getVoidTy(), {}));
    call->eraseFromParent();
    return true;
  }
  // Whole-wave mode's end: on a full wave (set.inactive refuses others) the
  // value is the lane's own.
  if (name.starts_with("strict.wwm") || name.starts_with("wwm.")) {
    call->replaceAllUsesWith(call->getArgOperand(0));
    call->eraseFromParent();
    return true;
  }
  // Scheduling hints, waits and priorities do not change results.
  if (name == "s.waitcnt" || name == "sched.barrier" ||
      name == "sched.group.barrier" || name == "s.setprio" ||
      name == "iglp.opt" || name == "s.nop" || name.starts_with("s.waitcnt")) {
    call->eraseFromParent();
    return true;
  }

  SiteInfo info{};
  const char *entry = rt::LaneOp;
  auto set = [&](SiteOp op) { info.op = op; };
  Type *retTy = call->getType();

  if (name == "perm") {
    set(SiteOp::Perm);
  } else if (name == "implicitarg.ptr") {
    set(SiteOp::ImplicitArgPtr);
  } else if (name == "s.setreg") {
    // Only the MODE register's fields that change results are modelled.
    auto *reg = dyn_cast<ConstantInt>(call->getArgOperand(0));
    if (!reg)
      return fail("unsupported non-constant hwreg in '" + full + "'");
    uint64_t enc = reg->getZExtValue();
    info.imm[0] = int64_t(enc & 0x3F);               // hwreg id
    info.imm[1] = int64_t((enc >> 6) & 0x1F);        // bit offset
    info.imm[2] = int64_t(((enc >> 11) & 0x1F) + 1); // width
    if (info.imm[0] != kHwRegMode)
      return fail("unsupported hardware register " +
                  std::to_string(info.imm[0]) + " in '" + full + "'");
    set(SiteOp::SetMode);
  } else if (name.starts_with("fmed3")) {
    set(SiteOp::Fmed3);
    info.imm[0] = int64_t(elemKindOf(retTy));
  } else if (name.starts_with("rcp")) {
    set(SiteOp::Rcp);
    info.imm[0] = int64_t(elemKindOf(retTy));
  } else if (name.starts_with("exp2")) {
    set(SiteOp::Exp2);
    info.imm[0] = int64_t(elemKindOf(retTy));
  } else if (name.starts_with("ldexp")) {
    set(SiteOp::Ldexp);
    info.imm[0] = int64_t(elemKindOf(retTy));
  } else if (name == "mbcnt.lo") {
    set(SiteOp::MbcntLo);
  } else if (name == "mbcnt.hi") {
    set(SiteOp::MbcntHi);
  } else if (name == "cvt.scalef32.pk.fp4.f32") {
    set(SiteOp::CvtScaleF32PkFp4F32);
  } else if (name == "cvt.scalef32.pk.fp8.f32" ||
             name == "cvt.scalef32.pk.bf8.f32") {
    set(SiteOp::CvtScaleF32PkFp8F32);
    info.imm[1] = name == "cvt.scalef32.pk.bf8.f32";
  } else if (name == "cvt.scalef32.f32.fp8" || name == "cvt.scalef32.f32.bf8") {
    set(SiteOp::CvtScaleF32Fp8);
    info.imm[1] = name == "cvt.scalef32.f32.bf8";
  } else if (name == "wave.barrier") {
    entry = rt::WaveOp;
    set(SiteOp::WaveBarrier);
  } else if (name.consume_front("cvt.scalef32.pk.")) {
    // {bf16,f16,f32}.{fp4,fp8,bf8}
    auto [dst, src] = name.split('.');
    ElemKind kind = dst == "bf16"  ? ElemKind::BF16
                    : dst == "f16" ? ElemKind::F16
                    : dst == "f32" ? ElemKind::F32
                                   : ElemKind(-1);
    if (int(kind) < 0)
      return fail("unsupported intrinsic '" + full + "'");
    info.imm[0] = int64_t(kind);
    if (src == "fp4") {
      set(SiteOp::CvtScaleF32PkFp4);
    } else if (src == "fp8" || src == "bf8") {
      set(SiteOp::CvtScaleF32PkFp8);
      info.imm[1] = src == "bf8";
    } else {
      return fail("unsupported intrinsic '" + full + "'");
    }
  } else if (name == "cvt.pk.fp8.f32" || name == "cvt.pk.bf8.f32") {
    set(SiteOp::CvtPkFp8F32);
    info.imm[1] = name == "cvt.pk.bf8.f32";
  } else if (name == "cvt.f32.fp8" || name == "cvt.f32.bf8") {
    set(SiteOp::CvtF32Fp8);
    info.imm[1] = name == "cvt.f32.bf8";
  } else if (name == "cvt.pk.f32.fp8" || name == "cvt.pk.f32.bf8") {
    set(SiteOp::CvtPkF32Fp8);
    info.imm[1] = name == "cvt.pk.f32.bf8";
  } else if (name.starts_with("make.buffer.rsrc")) {
    set(SiteOp::MakeBufferRsrc);
  } else if (name.starts_with("raw.ptr.buffer.load.lds") ||
             name.starts_with("raw.buffer.load.lds")) {
    set(SiteOp::BufferLoadLds);
  } else if (name.starts_with("global.load.lds")) {
    set(SiteOp::GlobalLoadLds);
  } else if (name.starts_with("raw.ptr.buffer.load.format") ||
             name.starts_with("raw.buffer.load.format") ||
             name.starts_with("struct.")) {
    return fail("unsupported intrinsic '" + full +
                "' (formatted/structured buffer access)");
  } else if (name.starts_with("raw.ptr.buffer.load") ||
             name.starts_with("raw.buffer.load")) {
    set(SiteOp::BufferLoad);
  } else if (name.starts_with("raw.ptr.buffer.store") ||
             name.starts_with("raw.buffer.store")) {
    set(SiteOp::BufferStore);
  } else if (name.consume_front("raw.ptr.buffer.atomic.") ||
             name.consume_front("raw.buffer.atomic.")) {
    StringRef op = name.split('.').first;
    int kind = StringSwitch<int>(op)
                   .Case("fadd", int(AtomicKind::FAdd))
                   .Case("add", int(AtomicKind::Add))
                   .Case("smax", int(AtomicKind::Max))
                   .Case("smin", int(AtomicKind::Min))
                   .Case("umax", int(AtomicKind::UMax))
                   .Case("umin", int(AtomicKind::UMin))
                   .Case("swap", int(AtomicKind::Swap))
                   .Default(-1);
    if (kind < 0)
      return fail("unsupported intrinsic '" + full + "'");
    set(SiteOp::BufferAtomic);
    info.imm[0] = kind;
  } else if (name.starts_with("mfma.scale.f32.")) {
    entry = rt::WaveOp;
    set(SiteOp::MfmaScale);
    bool is16 = name.starts_with("mfma.scale.f32.16x16x128");
    bool is32 = name.starts_with("mfma.scale.f32.32x32x64");
    if (!is16 && !is32)
      return fail("unsupported intrinsic '" + full + "'");
    info.imm[0] = is16 ? 16 : 32;
    info.imm[1] = is16 ? 16 : 32;
    info.imm[2] = is16 ? 128 : 64;
    // Operands: A, B, C, cbsz, blgp, opsel_a, scale_a, opsel_b, scale_b.
    // Constant-zero scales make llc select the unscaled instruction.
    info.imm[3] = isZeroConstant(call->getArgOperand(6)) &&
                  isZeroConstant(call->getArgOperand(8)) &&
                  isZeroConstant(call->getArgOperand(5)) &&
                  isZeroConstant(call->getArgOperand(7));
  } else if (name.starts_with("mfma.")) {
    entry = rt::WaveOp;
    set(SiteOp::Mfma);
    Type *a = call->getArgOperand(0)->getType();
    auto *av = dyn_cast<FixedVectorType>(a);
    auto *cv = dyn_cast<FixedVectorType>(retTy);
    bool floatOut = cv && cv->getElementType()->isFloatTy();
    Type *ae = av ? av->getElementType() : a;
    bool bf16 =
        ae->isBFloatTy() || (ae->isIntegerTy(16) && name.contains("bf16"));
    bool f16 = ae->isHalfTy();
    if (!av || !cv || !floatOut || !(bf16 || f16))
      return fail("unsupported intrinsic '" + full +
                  "' (only bf16/f16 MFMAs with f32 accumulators)");
    unsigned kPerLane = av->getNumElements();
    unsigned mn = cv->getNumElements() == 4    ? 16
                  : cv->getNumElements() == 16 ? 32
                                               : 0;
    if (mn == 0 || (kPerLane != 4 && kPerLane != 8))
      return fail("unsupported intrinsic '" + full + "'");
    for (unsigned i = 3; i < 6; ++i)
      if (!isZeroConstant(call->getArgOperand(i)))
        return fail("unsupported broadcast (cbsz/abid/blgp) on '" + full + "'");
    info.imm[0] = mn;
    info.imm[1] = mn;
    info.imm[2] = kPerLane * 64 / mn;
    info.imm[3] = kPerLane;
    info.imm[4] = int64_t(bf16 ? ElemKind::BF16 : ElemKind::F16);
  } else if (name.starts_with("readfirstlane")) {
    entry = rt::WaveOp;
    set(SiteOp::ReadFirstLane);
  } else if (name.starts_with("readlane")) {
    entry = rt::WaveOp;
    set(SiteOp::ReadLane);
  } else if (name.starts_with("ballot")) {
    entry = rt::WaveOp;
    set(SiteOp::Ballot);
  } else if (name.starts_with("set.inactive")) {
    entry = rt::WaveOp;
    set(SiteOp::SetInactive);
  } else if (name == "permlane16.swap" || name == "permlane32.swap") {
    entry = rt::WaveOp;
    set(SiteOp::PermlaneSwap);
    info.imm[0] = name == "permlane16.swap" ? 16 : 32;
  } else if (name == "ds.bpermute") {
    entry = rt::WaveOp;
    set(SiteOp::DsBpermute);
  } else if (name == "ds.swizzle") {
    entry = rt::WaveOp;
    set(SiteOp::DsSwizzle);
  } else if (name.starts_with("update.dpp") || name.starts_with("mov.dpp")) {
    entry = rt::WaveOp;
    set(SiteOp::UpdateDpp);
    info.imm[0] = name.starts_with("update.dpp");
  } else if (name.starts_with("ds.read.tr")) {
    entry = rt::WaveOp;
    set(SiteOp::DsReadTr);
    int bits = name.starts_with("ds.read.tr16.b64")  ? 16
               : name.starts_with("ds.read.tr8.b64") ? 8
               : name.starts_with("ds.read.tr4.b64") ? 4
                                                     : 0;
    if (!bits)
      return fail("unsupported intrinsic '" + full + "'");
    info.imm[0] = bits;
  } else {
    return fail("unsupported intrinsic '" + full + "'");
  }
  replaceWithRuntimeCall(call, entry, info);
  return true;
}

void Retargeter::instrumentAccess(Instruction *inst, unsigned ptrIndex,
                                  Type *valueType, uint32_t flags) {
  Value *ptr = inst->getOperand(ptrIndex);
  unsigned as = ptr->getType()->getPointerAddressSpace();
  if (as > kPrivateAS)
    return;
  const DataLayout &dl = m.getDataLayout();
  uint64_t bytes = dl.getTypeStoreSize(valueType);
  auto *alloca = dyn_cast<AllocaInst>(getUnderlyingObject(ptr, 12));
  auto known = alloca ? privateAllocas.find(alloca) : privateAllocas.end();
  if (known != privateAllocas.end() && known->second) {
    // A constant-size private alloca: checked inline, after counting.
    uint32_t site = sites.accessSites.size();
    sites.accessSites.push_back(textOf(*inst));
    privateChecks.push_back(
        {inst, ptrIndex, alloca, bytes, known->second, flags, site});
    return;
  }
  // Otherwise (a dynamic alloca, a private pointer of unknown origin, any
  // flat or global pointer) the runtime classifies the address.
  IRBuilder<> b(inst);
  auto *ptrTy = PointerType::get(ctx, 0);
  uint32_t site = sites.accessSites.size();
  sites.accessSites.push_back(textOf(*inst));
  auto toFlat = [&](Value *p) {
    return p->getType()->getPointerAddressSpace() == 0
               ? p
               : b.CreateAddrSpaceCast(p, ptrTy);
  };
  Value *flat = toFlat(ptr);
  // The pointer the address was derived from, when that is another value
  // (a kernel argument, as a rule): the access must stay in its buffer.
  Value *underlying = getUnderlyingObject(ptr, 12);
  Value *origin = underlying != ptr && underlying->getType()->isPointerTy() &&
                          !isa<Constant>(underlying)
                      ? toFlat(underlying)
                      : ConstantPointerNull::get(ptrTy);
  markInstrumentation(origin);
  Value *checked = b.CreateCall(
      runtime(rt::Access, ptrTy,
              {ptrTy, b.getInt64Ty(), b.getInt32Ty(), b.getInt32Ty(), ptrTy}),
      {flat, b.getInt64(bytes), b.getInt32(flags), b.getInt32(site), origin});
  Value *back =
      as == 0 ? checked : b.CreateAddrSpaceCast(checked, ptr->getType());
  inst->setOperand(ptrIndex, back);
}

void Retargeter::rewriteMemIntrinsic(MemIntrinsic *call) {
  IRBuilder<> b(call);
  auto *ptrTy = PointerType::get(ctx, 0);
  auto *i64 = b.getInt64Ty();
  uint32_t site = sites.accessSites.size();
  sites.accessSites.push_back(textOf(*call));
  auto flat = [&](Value *p) {
    return p->getType()->getPointerAddressSpace() == 0
               ? p
               : b.CreateAddrSpaceCast(p, ptrTy);
  };
  Value *src = ConstantPointerNull::get(ptrTy);
  if (auto *transfer = dyn_cast<MemTransferInst>(call))
    src = flat(transfer->getRawSource());
  Value *dst = flat(call->getRawDest());
  Value *length = call->getLength();
  Value *wide = b.CreateZExtOrTrunc(length, i64);
  Value *checked = b.CreateCall(
      runtime(rt::MemRange, i64, {ptrTy, ptrTy, i64, b.getInt32Ty()}),
      {dst, src, wide, b.getInt32(site)});
  Value *newLength = b.CreateZExtOrTrunc(checked, length->getType());
  for (Value *v : {src, dst, wide, newLength})
    markInstrumentation(v);
  // The .inline forms take a constant length: use the plain intrinsic.
  if (auto *set = dyn_cast<MemSetInst>(call)) {
    if (set->getIntrinsicID() == Intrinsic::memset_inline) {
      b.CreateMemSet(set->getRawDest(), set->getValue(), newLength,
                     set->getDestAlign(), set->isVolatile());
      call->eraseFromParent();
      return;
    }
  } else if (call->getIntrinsicID() == Intrinsic::memcpy_inline) {
    auto *copy = cast<MemTransferInst>(call);
    b.CreateMemCpy(copy->getRawDest(), copy->getDestAlign(),
                   copy->getRawSource(), copy->getSourceAlign(), newLength,
                   copy->isVolatile());
    call->eraseFromParent();
    return;
  }
  call->setLength(newLength);
}

void Retargeter::checkPrivateAccesses() {
  auto *ptrTy = PointerType::get(ctx, 0);
  auto *i64 = Type::getInt64Ty(ctx), *i32 = Type::getInt32Ty(ctx);
  FunctionCallee report =
      runtime(rt::PrivateOutOfBounds, ptrTy, {ptrTy, i64, i32, i32, i64, i64});
  for (const PrivateCheck &c : privateChecks) {
    Value *ptr = c.inst->getOperand(c.ptrIndex);
    IRBuilder<> b(c.inst);
    Value *offset = b.CreateSub(b.CreatePtrToInt(ptr, i64),
                                b.CreatePtrToInt(c.alloca, i64));
    Value *inside =
        c.bytes <= c.allocBytes
            ? b.CreateICmpULE(offset, b.getInt64(c.allocBytes - c.bytes))
            : b.getFalse();
    Instruction *bad = SplitBlockAndInsertIfThen(
        b.CreateNot(inside), c.inst, /*Unreachable=*/false,
        MDBuilder(ctx).createUnlikelyBranchWeights());
    IRBuilder<> bb(bad);
    Value *flat = ptr->getType()->getPointerAddressSpace() == 0
                      ? ptr
                      : bb.CreateAddrSpaceCast(ptr, ptrTy);
    Value *sink = bb.CreateCall(
        report, {flat, bb.getInt64(c.bytes), bb.getInt32(c.flags),
                 bb.getInt32(c.site), offset, bb.getInt64(c.allocBytes)});
    Value *back = ptr->getType() == ptrTy
                      ? sink
                      : bb.CreateAddrSpaceCast(sink, ptr->getType());
    IRBuilder<> at(c.inst);
    PHINode *use = at.CreatePHI(ptr->getType(), 2);
    use->addIncoming(ptr, b.GetInsertBlock());
    use->addIncoming(back, bad->getParent());
    c.inst->setOperand(c.ptrIndex, use);
  }
  privateChecks.clear();
}

bool Retargeter::rewriteInstructions(Function &f) {
  SmallVector<Instruction *> work;
  for (Instruction &inst : instructions(f))
    work.push_back(&inst);
  for (Instruction *inst : work) {
    if (auto *call = dyn_cast<CallInst>(inst)) {
      Function *callee = call->getCalledFunction();
      if (!callee) {
        if (call->isInlineAsm()) {
          // Triton's scalar cmpxchg emits a bare "s_waitcnt lgkmcnt(0)":
          // a wait, no effect on results (as the intrinsic). Anything else
          // in inline assembly is refused.
          if (!isBareWaitcnt(*call))
            return fail("unsupported inline assembly: " + textOf(*call));
          call->eraseFromParent();
        }
        continue;
      }
      if (auto *mem = dyn_cast<MemIntrinsic>(call)) {
        if (!isa<MemSetInst>(mem) && !isa<MemTransferInst>(mem))
          return fail("unsupported intrinsic '" + callee->getName() + "'");
        rewriteMemIntrinsic(mem);
        continue;
      }
      if (callee->isIntrinsic()) {
        if (!rewriteIntrinsic(call, callee->getName()))
          return false;
      }
      continue;
    }
    // Workgroups run on several host threads whose memory is coherent: a
    // fence (any scope but one thread) becomes a host fence, so that the host
    // compiler keeps the IR's ordering; it costs nothing on x86 unless
    // seq_cst.
    if (auto *fence = dyn_cast<FenceInst>(inst)) {
      if (fence->getSyncScopeID() != SyncScope::SingleThread)
        fence->setSyncScopeID(SyncScope::System);
      continue;
    }
    if (auto *p2i = dyn_cast<PtrToIntInst>(inst)) {
      if (p2i->getPointerAddressSpace() == kLdsAS) {
        IRBuilder<> b(p2i);
        Value *base = ldsBase(f);
        Value *off = b.CreateSub(
            b.CreatePtrToInt(p2i->getPointerOperand(), b.getInt64Ty()),
            b.CreatePtrToInt(base, b.getInt64Ty()));
        p2i->replaceAllUsesWith(b.CreateZExtOrTrunc(off, p2i->getType()));
        p2i->eraseFromParent();
      }
      continue;
    }
    if (auto *i2p = dyn_cast<IntToPtrInst>(inst)) {
      if (i2p->getAddressSpace() == kLdsAS) {
        IRBuilder<> b(i2p);
        Value *off = b.CreateZExtOrTrunc(i2p->getOperand(0), b.getInt64Ty());
        i2p->replaceAllUsesWith(b.CreateGEP(b.getInt8Ty(), ldsBase(f), off));
        i2p->eraseFromParent();
      }
      continue;
    }
    // GPU memory only promises dword alignment while the host backend takes
    // the IR's alignment at its word (aligned vector moves): relax it.
    if (auto *load = dyn_cast<LoadInst>(inst)) {
      if (!load->isAtomic())
        load->setAlignment(Align(1));
      else if (load->getSyncScopeID() != SyncScope::SingleThread)
        load->setSyncScopeID(SyncScope::System);
      instrumentAccess(load, 0, load->getType(), AccessRead);
    } else if (auto *store = dyn_cast<StoreInst>(inst)) {
      if (!store->isAtomic())
        store->setAlignment(Align(1));
      else if (store->getSyncScopeID() != SyncScope::SingleThread)
        store->setSyncScopeID(SyncScope::System);
      instrumentAccess(store, 1, store->getValueOperand()->getType(),
                       AccessWrite);
    } else if (auto *rmw = dyn_cast<AtomicRMWInst>(inst)) {
      rmw->setSyncScopeID(SyncScope::System);
      instrumentAccess(rmw, 0, rmw->getValOperand()->getType(),
                       AccessRead | AccessWrite);
    } else if (auto *cas = dyn_cast<AtomicCmpXchgInst>(inst)) {
      cas->setSyncScopeID(SyncScope::System);
      instrumentAccess(cas, 0, cas->getNewValOperand()->getType(),
                       AccessRead | AccessWrite);
    }
  }
  return true;
}

void Retargeter::markInstrumentation(Value *v) {
  if (auto *inst = dyn_cast<Instruction>(v))
    inst->setMetadata(kInstrumentationMD, MDNode::get(ctx, {}));
}

void Retargeter::countInstructions(Function &f) {
  auto callee =
      runtime(rt::Count, Type::getVoidTy(ctx), {Type::getInt32Ty(ctx)});
  for (BasicBlock &bb : f) {
    unsigned n = 0;
    for (Instruction &inst : bb)
      if ((!isa<CallInst>(inst) || !cast<CallInst>(inst).getCalledFunction() ||
           !cast<CallInst>(inst).getCalledFunction()->getName().starts_with(
               "__emu_")) &&
          !inst.getMetadata(kInstrumentationMD))
        ++n;
    IRBuilder<> b(&*bb.getFirstInsertionPt());
    b.CreateCall(callee, {b.getInt32(n)});
  }
}

bool Retargeter::makeEntry(Function &kernel) {
  auto *ptrTy = PointerType::get(ctx, 0);
  Function *entry = Function::Create(
      FunctionType::get(Type::getVoidTy(ctx), {ptrTy}, false),
      GlobalValue::ExternalLinkage, rt::EntryPrefix + kernel.getName(), m);
  IRBuilder<> b(BasicBlock::Create(ctx, "entry", entry));
  SmallVector<Value *> args;
  for (Argument &arg : kernel.args()) {
    Type *t = arg.getType();
    if (!t->isIntegerTy() && !t->isFloatingPointTy() && !t->isPointerTy())
      return fail("kernel @" + kernel.getName() + " parameter " +
                  Twine(arg.getArgNo()) +
                  " has an unsupported type (only scalars and pointers)");
    Value *slot =
        b.CreateConstGEP1_32(b.getInt64Ty(), entry->getArg(0), arg.getArgNo());
    args.push_back(b.CreateLoad(t, slot));
  }
  b.CreateCall(&kernel, args);
  b.CreateRetVoid();
  return true;
}

bool Retargeter::run(const std::string &hostTriple, const std::string &hostDL,
                     std::vector<KernelInfo> &kernels, std::string &chip) {
  if (!StringRef(m.getTargetTriple().str()).starts_with("amdgcn"))
    return fail("module triple '" + m.getTargetTriple().str() +
                "' is not amdgcn-amd-amdhsa");
  StripDebugInfo(m);
  for (Function &f : m) {
    if (f.getCallingConv() == CallingConv::AMDGPU_KERNEL) {
      KernelInfo info;
      info.name = f.getName().str();
      info.numParams = f.arg_size();
      if (f.hasFnAttribute("amdgpu-flat-work-group-size")) {
        auto [lo, hi] = f.getFnAttribute("amdgpu-flat-work-group-size")
                            .getValueAsString()
                            .split(',');
        unsigned minLanes, maxLanes;
        if (!lo.trim().getAsInteger(10, minLanes) &&
            !hi.trim().getAsInteger(10, maxLanes)) {
          info.minLanes = minLanes;
          info.maxLanes = maxLanes;
        }
      }
      if (MDNode *md = f.getMetadata("reqd_work_group_size"))
        for (unsigned d = 0; d < 3 && d < md->getNumOperands(); ++d)
          if (auto *c = mdconst::dyn_extract<ConstantInt>(md->getOperand(d)))
            info.requiredBlock[d] = uint32_t(c->getZExtValue());
      kernels.push_back(info);
      if (chip.empty() && f.hasFnAttribute("target-cpu"))
        chip = f.getFnAttribute("target-cpu").getValueAsString().str();
    }
    if (f.isDeclaration() && !f.isIntrinsic() && !f.use_empty())
      return fail("calls external function @" + f.getName() +
                  ", which the emulator cannot provide (no device libraries)");
  }
  if (kernels.empty())
    return fail("module has no amdgpu_kernel function");
  if (chip.empty())
    chip = "gfx950";

  m.setTargetTriple(Triple(hostTriple));
  m.setDataLayout(hostDL);
  if (!layoutLds(kernels))
    return false;

  SmallVector<Function *> defined;
  for (Function &f : m)
    if (!f.isDeclaration())
      defined.push_back(&f);
  // Private bytes: each kernel's own allocas plus every other function's (an
  // upper bound for what the kernel may call).
  DenseMap<Function *, uint64_t> privateBytes;
  uint64_t calleePrivateBytes = 0;
  for (Function *f : defined) {
    uint64_t bytes = moveAllocas(*f);
    privateBytes[f] = bytes;
    if (f->getCallingConv() != CallingConv::AMDGPU_KERNEL)
      calleePrivateBytes = bytes > UINT64_MAX - calleePrivateBytes
                               ? UINT64_MAX
                               : calleePrivateBytes + bytes;
    if (!rewriteInstructions(*f))
      return false;
    countInstructions(*f);
    checkPrivateAccesses();
    // Drop target attributes the host backend would reject.
    AttributeMask strip;
    for (Attribute a : f->getAttributes().getFnAttrs())
      if (a.isStringAttribute())
        strip.addAttribute(a.getKindAsString());
    f->removeFnAttrs(strip);
    for (Argument &arg : f->args())
      arg.removeAttr(Attribute::InReg);
    if (f->getCallingConv() == CallingConv::AMDGPU_KERNEL) {
      f->setCallingConv(CallingConv::C);
      if (!makeEntry(*f))
        return false;
    } else if (f->getCallingConv() != CallingConv::C) {
      f->setCallingConv(CallingConv::C);
    }
  }
  for (Function &f : m)
    for (User *u : f.users())
      if (auto *call = dyn_cast<CallInst>(u))
        call->setCallingConv(f.getCallingConv());
  for (KernelInfo &k : kernels) {
    uint64_t own = privateBytes.lookup(m.getFunction(k.name));
    k.privateBytes = own > UINT64_MAX - calleePrivateBytes
                         ? UINT64_MAX
                         : own + calleePrivateBytes;
  }

  std::string verify;
  raw_string_ostream os(verify);
  if (verifyModule(m, &os))
    return fail("internal error: retargeted module is invalid: " + verify);
  return true;
}

} // namespace

bool retargetModule(llvm::Module &module, const std::string &hostTriple,
                    const std::string &hostDataLayout, SiteTable &sites,
                    std::vector<KernelInfo> &kernels, std::string &chip,
                    std::string &error) {
  Retargeter r(module, sites, error);
  return r.run(hostTriple, hostDataLayout, kernels, chip);
}

} // namespace mxmoe::emu
