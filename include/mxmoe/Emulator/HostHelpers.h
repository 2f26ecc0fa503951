//===- HostHelpers.h - the emulator's own host runtime helpers -*- C++ -*-===//
//
// The host code generator lowers some IR operations to library calls:
// bf16/f16 conversions when the JIT's CPU lacks AVX512-BF16/F16C
// (__truncsfbf2, __extendhfsf2, ...), libm for math intrinsics, memcpy for
// large copies. The emulator resolves every one of them from this table, so
// a kernel runs the same on any x86-64 host whatever its CPU, its libgcc or
// the symbols of the process; a symbol not in the table fails the load.
//
//===----------------------------------------------------------------------===//

#ifndef MXMOE_EMULATOR_HOSTHELPERS_H
#define MXMOE_EMULATOR_HOSTHELPERS_H

#include <cstdint>
#include <vector>

namespace mxmoe::emu {

struct HostHelper {
  const char *name; ///< the symbol the host code generator calls
  void *address;
};

/// Every helper the JIT-compiled kernels may call.
const std::vector<HostHelper> &hostHelpers();
/// The address of helper `name`, or null.
void *findHostHelper(const char *name);

// The conversions behind the helpers: IEEE round to nearest even, overflow
// to infinity, subnormals kept, NaN stays NaN (sign and the top payload bits
// kept, quiet bit set on truncation).
uint16_t truncF32ToBF16(float v);
uint16_t truncF64ToBF16(double v);
uint16_t truncF32ToF16(float v);
uint16_t truncF64ToF16(double v);
float extendF16ToF32(uint16_t bits);
float extendBF16ToF32(uint16_t bits);

} // namespace mxmoe::emu

#endif // MXMOE_EMULATOR_HOSTHELPERS_H
