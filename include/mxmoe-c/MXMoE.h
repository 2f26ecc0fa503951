/*===- MXMoE.h - C API of mxmoe -----------------------------------*- C -*-===*\
|*                                                                            *|
|* For hosts that are not C++ (or do not want MLIR's C++ API): compile moe    *|
|* kernel IR given as text to MLIR, LLVM IR, ISA or an HSACO (thread-safe;    *|
|* each call uses its own MLIR context), and run compiled layers on the       *|
|* emulator or an AMD GPU (docs/runtime.md).                                  *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef MXMOE_C_MXMOE_H
#define MXMOE_C_MXMOE_H

#include <stddef.h>
#include <stdint.h>

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

/// A compiled MoE layer loaded with its weights on one device.
typedef struct MxmoeLayer MxmoeLayer;

typedef enum {
  MXMOE_DEVICE_EMU = 0, ///< the emulator; buffers are host memory
  MXMOE_DEVICE_HIP = 1, ///< an AMD GPU through the HIP runtime
} MxmoeDevice;

/// Loads a `moe-compile --model ... -o DIR` directory and layer `layer`'s
/// experts from a GPT-OSS checkpoint (.safetensors file, shard directory or
/// index JSON), converted to the kernels' layouts, onto `device`. On failure
/// returns NULL and, if `error` is not NULL, sets *error to one line (free
/// it with mxmoeStringDestroy).
MxmoeLayer *mxmoeLayerLoad(const char *layerDir, const char *checkpoint,
                           int layer, MxmoeDevice device, char **error);

/// The layer's model dimension D, experts per token K, largest token count
/// (the last bucket) and bytes per element of y (2: bf16/f16, 4: f32).
int64_t mxmoeLayerModelDim(const MxmoeLayer *layer);
int64_t mxmoeLayerTopk(const MxmoeLayer *layer);
int64_t mxmoeLayerMaxTokens(const MxmoeLayer *layer);
int mxmoeLayerOutputBytes(const MxmoeLayer *layer);

/// Runs the layer for `tokens` tokens on host buffers (either device; HIP
/// copies them in and out): x bf16 bits [T, D], topkIds [T, K] (-1 or out of
/// range: skipped), topkWeights [T, K], y [T, D] of the layer's y type.
/// Returns 0, or non-zero with *error set to one line.
int mxmoeLayerRun(MxmoeLayer *layer, int64_t tokens, const uint16_t *x,
                  const int32_t *topkIds, const float *topkWeights, void *y,
                  char **error);

/// The same on device pointers (MXMOE_DEVICE_HIP only), used in place.
int mxmoeLayerRunDevice(MxmoeLayer *layer, int64_t tokens, void *x,
                        void *topkIds, void *topkWeights, void *y,
                        char **error);

void mxmoeLayerDestroy(MxmoeLayer *layer);
void mxmoeStringDestroy(char *string);

/// "major.minor.patch" of the library.
const char *mxmoeVersion(void);

#ifdef __cplusplus
}
#endif

#endif /* MXMOE_C_MXMOE_H */
