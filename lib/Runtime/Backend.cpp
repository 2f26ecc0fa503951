//===- Backend.cpp - backend kinds ----------------------------------------===//

#include "mxmoe/Runtime/Backend.h"

namespace mxmoe::rt {

Backend::~Backend() = default;

const char *stringify(BackendKind kind) {
  switch (kind) {
  case BackendKind::Emu:
    return "emu";
  case BackendKind::Hip:
    return "hip";
  }
  return "?";
}

std::optional<BackendKind> parseBackendKind(llvm::StringRef name) {
  for (BackendKind k : {BackendKind::Emu, BackendKind::Hip})
    if (name == stringify(k))
      return k;
  return std::nullopt;
}

} // namespace mxmoe::rt
