// Registers the moe dialect and the pipeline from the installed package,
// lowers a kernel and prints the result.
#include "mxmoe/Dialect/MoE/IR/MoEOps.h"
#include "mxmoe/Pipeline/Pipeline.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/raw_ostream.h"

int main() {
  mlir::DialectRegistry registry;
  mlir::moe::registerMXMoEDialects(registry);
  mlir::MLIRContext context(registry);
  auto module = mlir::parseSourceString<mlir::ModuleOp>(R"mlir(
    gpu.module @m {
      gpu.func @k(%s: f8E8M0FNU, %o: memref<1xf32, 1>) kernel {
        %c0 = arith.constant 0 : index
        %f = moe.e8m0_decode %s : f8E8M0FNU -> f32
        memref.store %f, %o[%c0] : memref<1xf32, 1>
        gpu.return
      }
    })mlir", &context);
  if (!module)
    return 1;
  mlir::PassManager pm(&context);
  mlir::moe::MoEToLLVMPipelineOptions options;
  options.chip = "gfx942";
  mlir::moe::buildMoEToLLVMPipeline(pm, options);
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
