/*===- MXMoE.h - C API of mxmoe -----------------------------------*- C -*-===*\
|*                                                                            *|
|* For hosts that are not C++ (or do not want MLIR's C++ API): compile moe    *|
|* kernel IR given as text to MLIR, LLVM IR, ISA or an HSACO. Thread-safe;    *|
|* each call uses its own MLIR context.                                       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef MXMOE_C_MXMOE_H
#define MXMOE_C_MXMOE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  MXMOE_EMIT_MLIR = 0,
  MXMOE_EMIT_LLVM = 1,
  MXMOE_EMIT_ISA = 2,
  MXMOE_EMIT_HSACO = 3,
} MxmoeEmitKind;

/// Result of mxmoeCompile. `data`/`size` hold the artifact on success;
/// `error` holds every diagnostic (one per line) on failure. Release with
/// mxmoeResultDestroy.
typedef struct {
  int ok;
  char *data;
  size_t size;
  char *error;
} MxmoeResult;

/// Compiles the moe IR in `mlir` (a module holding one gpu.module for LLVM/
/// ISA/HSACO output) for `chip` ("gfx950", "gfx942", "gfx90a").
MxmoeResult mxmoeCompile(const char *mlir, size_t length, const char *chip,
                         MxmoeEmitKind emit);

void mxmoeResultDestroy(MxmoeResult *result);

/// "major.minor.patch" of the library.
const char *mxmoeVersion(void);

#ifdef __cplusplus
}
#endif

#endif /* MXMOE_C_MXMOE_H */
