//===- HipBackend.cpp - placeholder until the HIP backend lands -----------===//

#include "mxmoe/Runtime/Backend.h"

namespace mxmoe::rt {

llvm::Expected<std::unique_ptr<Backend>> createHipBackend(int) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "hip: this build has no HIP backend");
}

} // namespace mxmoe::rt
