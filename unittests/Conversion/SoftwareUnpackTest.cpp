//===- SoftwareUnpackTest.cpp - the sw FP4 unpack is exact ----------------===//
//
// Compiles moe.fp4_unpack (strategy sw) through the real pipeline for gfx942
// with constant inputs: all 16 FP4 codes at each of the 256 scale bytes.
// LLVM's optimizer folds the whole sequence (v_perm table lookups included),
// so the stored constants are what the kernel computes; they must equal the
// format library bit for bit. The hardware path is checked by execution in
// the emulator.
//
//===----------------------------------------------------------------------===//

#include "mxmoe/Compiler/Compile.h"
#include "mxmoe/Format/MXFormats.h"

#include "mlir/IR/MLIRContext.h"

#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/SourceMgr.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace {

struct ResultType {
  const char *mlir;
  int bytes;
};

/// Kernel storing unpack(codes 0..15, scale e) at element offset 16 * e.
std::string buildKernel(const ResultType &type) {
  std::ostringstream os;
  os << "gpu.module @m {\n  gpu.func @k(%out: memref<4096x" << type.mlir
     << ", 1>) kernel {\n"
     << "    %x = arith.constant dense<[0x76543210, 0xFEDCBA98]> : "
        "vector<2xi32>\n"
     << "    %v = vector.bitcast %x : vector<2xi32> to vector<16xf4E2M1FN>\n";
  for (int e = 0; e < 256; ++e) {
    os << "    %e" << e << " = arith.constant " << e << " : i8\n"
       << "    %s" << e << " = arith.bitcast %e" << e << " : i8 to f8E8M0FNU\n"
       << "    %u" << e << " = moe.fp4_unpack %v, %s" << e
       << " strategy <sw> : vector<16xf4E2M1FN>, f8E8M0FNU -> vector<16x"
       << type.mlir << ">\n"
       << "    %i" << e << " = arith.constant " << 16 * e << " : index\n"
       << "    vector.store %u" << e << ", %out[%i" << e << "] : memref<4096x"
       << type.mlir << ", 1>, vector<16x" << type.mlir << ">\n";
  }
  os << "    gpu.return\n  }\n}\n";
  return os.str();
}

/// Compiles for gfx942 and returns element offset -> folded raw element bits.
std::map<int64_t, std::vector<uint64_t>> compileAndFold(const ResultType &t) {
  std::unique_ptr<mlir::MLIRContext> context = mxmoe::createContext();
  mxmoe::CompileOptions options;
  options.chip = "gfx942";
  mlir::FailureOr<std::string> ir = mxmoe::compileSource(
      buildKernel(t), mxmoe::EmitKind::LLVM, options, *context);
  EXPECT_TRUE(succeeded(ir));

  llvm::LLVMContext llvmContext;
  llvm::SMDiagnostic err;
  std::unique_ptr<llvm::Module> llvmModule =
      llvm::parseAssemblyString(*ir, err, llvmContext);
  EXPECT_TRUE(llvmModule) << err.getMessage().str();
  std::map<int64_t, std::vector<uint64_t>> stores;
  const llvm::DataLayout &dl = llvmModule->getDataLayout();
  for (llvm::Function &f : *llvmModule)
    for (llvm::BasicBlock &bb : f)
      for (llvm::Instruction &inst : bb) {
        auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst);
        if (!store)
          continue;
        auto *value =
            llvm::dyn_cast<llvm::ConstantDataVector>(store->getValueOperand());
        EXPECT_NE(value, nullptr) << "store of a non-constant: the software "
                                     "path did not fold";
        if (!value)
          continue;
        llvm::APInt offset(64, 0);
        if (auto *gep =
                llvm::dyn_cast<llvm::GEPOperator>(store->getPointerOperand())) {
          EXPECT_TRUE(gep->accumulateConstantOffset(dl, offset));
        }
        std::vector<uint64_t> bits;
        for (unsigned i = 0; i < value->getNumElements(); ++i)
          bits.push_back(
              value->getElementAsAPFloat(i).bitcastToAPInt().getZExtValue());
        stores[offset.getSExtValue() / t.bytes] = bits;
      }
  return stores;
}

void checkAll(const ResultType &t, uint64_t (*expected)(uint8_t, uint8_t)) {
  auto stores = compileAndFold(t);
  ASSERT_EQ(stores.size(), 256u);
  for (int e = 0; e < 256; ++e) {
    ASSERT_TRUE(stores.count(16 * e)) << "scale " << e;
    const std::vector<uint64_t> &bits = stores[16 * e];
    ASSERT_EQ(bits.size(), 16u);
    for (int c = 0; c < 16; ++c)
      ASSERT_EQ(bits[c], expected(uint8_t(c), uint8_t(e)))
          << t.mlir << " code " << c << " scale " << e;
  }
}

} // namespace

TEST(SoftwareUnpack, BF16BitExactAllCodesAllScales) {
  checkAll({"bf16", 2}, [](uint8_t c, uint8_t e) -> uint64_t {
    return mxmoe::fmt::fp4ScaledToBF16(c, e);
  });
}

TEST(SoftwareUnpack, F32BitExactAllCodesAllScales) {
  checkAll({"f32", 4}, [](uint8_t c, uint8_t e) -> uint64_t {
    return mxmoe::fmt::fp4ScaledToF32(c, e);
  });
}

TEST(SoftwareUnpack, F16BitExactAllCodesAllScales) {
  checkAll({"f16", 2}, [](uint8_t c, uint8_t e) -> uint64_t {
    return mxmoe::fmt::fp4ScaledToF16(c, e);
  });
}
