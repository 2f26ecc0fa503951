//===- FakeHipRuntime.cpp - a host stand-in for libamdhip64.so ------------===//
//
// The HIP functions HipBackend resolves, on host memory, so its launch path
// (metadata lookup, kernarg packing, the `extra` array) runs where no AMD
// GPU is: hipModuleLaunchKernel records what it was given, and
// mxmoeFakeHipLastLaunch hands the record to the test. Compiled against the
// same HIP headers, so a signature that drifts fails the build.
//
//===----------------------------------------------------------------------===//

#define __HIP_PLATFORM_AMD__ 1
#include <hip/hip_runtime_api.h>

#include "FakeHipRuntime.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct ihipModuleSymbol_t {
  std::string name;
};
/// Owns its functions, as HIP's modules do (hipModuleUnload frees them).
struct ihipModule_t {
  std::vector<std::unique_ptr<ihipModuleSymbol_t>> functions;
};
struct ihipStream_t {};
struct ihipEvent_t {};

namespace {
FakeHipLaunch last{};
} // namespace

extern "C" {

__attribute__((visibility("default"))) const FakeHipLaunch *
mxmoeFakeHipLastLaunch() {
  return &last;
}

hipError_t hipInit(unsigned int) { return hipSuccess; }
hipError_t hipGetDeviceCount(int *count) {
  *count = 1;
  return hipSuccess;
}
hipError_t hipSetDevice(int device) {
  return device == 0 ? hipSuccess : hipErrorInvalidDevice;
}
hipError_t hipDeviceSynchronize() { return hipSuccess; }
const char *hipGetErrorString(hipError_t) { return "fake error"; }
hipError_t hipModuleLoadData(hipModule_t *module, const void *image) {
  if (!image || std::memcmp(image,
                            "\x7f"
                            "ELF",
                            4) != 0)
    return hipErrorInvalidImage;
  *module = new ihipModule_t;
  return hipSuccess;
}
hipError_t hipModuleGetFunction(hipFunction_t *function, hipModule_t module,
                                const char *name) {
  if (!module)
    return hipErrorInvalidValue;
  module->functions.push_back(
      std::make_unique<ihipModuleSymbol_t>(ihipModuleSymbol_t{name}));
  *function = module->functions.back().get();
  return hipSuccess;
}
hipError_t hipModuleUnload(hipModule_t module) {
  delete module;
  return hipSuccess;
}
hipError_t hipModuleLaunchKernel(hipFunction_t f, unsigned int gx,
                                 unsigned int gy, unsigned int gz,
                                 unsigned int bx, unsigned int by,
                                 unsigned int bz, unsigned int, hipStream_t,
                                 void **kernelParams, void **extra) {
  if (kernelParams || !extra || extra[0] != HIP_LAUNCH_PARAM_BUFFER_POINTER ||
      extra[2] != HIP_LAUNCH_PARAM_BUFFER_SIZE ||
      extra[4] != HIP_LAUNCH_PARAM_END)
    return hipErrorInvalidValue;
  last.kernel = f->name;
  last.grid[0] = gx, last.grid[1] = gy, last.grid[2] = gz;
  last.block[0] = bx, last.block[1] = by, last.block[2] = bz;
  last.kernargSize = *static_cast<size_t *>(extra[3]);
  auto *bytes = static_cast<unsigned char *>(extra[1]);
  last.kernargs.assign(bytes, bytes + last.kernargSize);
  ++last.launches;
  return hipSuccess;
}
hipError_t hipMalloc(void **pointer, size_t size) {
  *pointer = std::calloc(1, size);
  return *pointer ? hipSuccess : hipErrorOutOfMemory;
}
hipError_t hipFree(void *pointer) {
  std::free(pointer);
  return hipSuccess;
}
hipError_t hipMemcpy(void *dst, const void *src, size_t bytes, hipMemcpyKind) {
  std::memcpy(dst, src, bytes);
  return hipSuccess;
}
hipError_t hipMemset(void *dst, int value, size_t bytes) {
  std::memset(dst, value, bytes);
  return hipSuccess;
}
hipError_t hipStreamCreate(hipStream_t *stream) {
  *stream = new ihipStream_t;
  return hipSuccess;
}
hipError_t hipStreamDestroy(hipStream_t stream) {
  delete stream;
  return hipSuccess;
}
hipError_t hipEventCreate(hipEvent_t *event) {
  *event = new ihipEvent_t;
  return hipSuccess;
}
hipError_t hipEventDestroy(hipEvent_t event) {
  delete event;
  return hipSuccess;
}
hipError_t hipEventRecord(hipEvent_t, hipStream_t) { return hipSuccess; }
hipError_t hipEventSynchronize(hipEvent_t) { return hipSuccess; }
hipError_t hipEventElapsedTime(float *ms, hipEvent_t, hipEvent_t) {
  *ms = 0.5f;
  return hipSuccess;
}

} // extern "C"
