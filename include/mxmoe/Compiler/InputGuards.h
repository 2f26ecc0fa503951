//===- InputGuards.h - refuse inputs that crash upstream MLIR --*- C++ -*-===//
//
// MLIR 22's own parser crashes (SIGSEGV, no diagnostic) on a few inputs our
// tools can recognize lexically before parsing. The tools and the C API
// run this pre-scan first and fail with one line instead.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_COMPILER_INPUTGUARDS_H
#define MXMOE_COMPILER_INPUTGUARDS_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <optional>
#include <string>

namespace mxmoe {

/// One input construct that would crash the upstream parser.
struct ParserHazard {
  size_t offset = 0;   // byte offset of the construct in the source
  unsigned line = 1;   // 1-based
  unsigned column = 1; // 1-based
  std::string message; // why it is refused (no location)
};

/// The first construct of `source` known to crash MLIR 22's parser, or
/// nullopt. Today: a dense array whose element type is `index` or a type
/// alias (`array<index: 1>`, `array<!t: 1>`): parseDenseArrayAttr crashes
/// on `index` instead of rejecting it. Comments and string literals are
/// skipped; the scan is linear in the size of `source`.
std::optional<ParserHazard> findParserHazard(llvm::StringRef source);

} // namespace mxmoe

#endif // MXMOE_COMPILER_INPUTGUARDS_H
