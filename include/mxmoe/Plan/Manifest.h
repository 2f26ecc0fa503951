//===- Manifest.h - the manifest of a compiled layer -----------*- C++ -*-===//
//
// moe-compile --model writes manifest.json next to the code objects: the
// layer's configuration, the kernel ABI and, per token bucket, the kernels
// in launch order with their code objects, grids and parameters. The runtime
// reads it back and re-plans the configuration, so a manifest that does not
// describe what this mxmoe would build is refused instead of run.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_PLAN_MANIFEST_H
#define MXMOE_PLAN_MANIFEST_H

#include "mxmoe/Plan/Layer.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace mxmoe {

/// The value of the manifest's "format" key.
inline constexpr const char *kLayerManifestFormat = "mxmoe-layer-manifest";
inline constexpr int kLayerManifestVersion = 2;

struct LayerManifest {
  LayerConfig config;
  std::string chip;
  KernelAbi abi = KernelAbi::Memref;
  std::vector<LayerVariant> variants;
};

/// The manifest's JSON text.
std::string writeLayerManifest(const LayerManifest &manifest);

/// The LLVM IR file written beside a code object: "x.hsaco" -> "x.ll".
std::string llvmFileFor(const std::string &codeObjectFile);

/// Parses a manifest and checks it against the plan of its configuration.
/// One-line errors name the key or the kernel that is wrong.
llvm::Expected<LayerManifest> parseLayerManifest(llvm::StringRef json);

} // namespace mxmoe

#endif // MXMOE_PLAN_MANIFEST_H
