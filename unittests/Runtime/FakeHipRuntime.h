//===- FakeHipRuntime.h - what the fake HIP runtime records ----*- C++ -*-===//

#ifndef MXMOE_UNITTESTS_RUNTIME_FAKEHIPRUNTIME_H
#define MXMOE_UNITTESTS_RUNTIME_FAKEHIPRUNTIME_H

#include <cstddef>
#include <string>
#include <vector>

/// What the last hipModuleLaunchKernel of the fake runtime received.
struct FakeHipLaunch {
  std::string kernel;
  unsigned grid[3], block[3];
  size_t kernargSize;
  std::vector<unsigned char> kernargs;
  int launches;
};

/// The fake runtime's record; found with dlsym under this name.
using FakeHipLastLaunchFn = const FakeHipLaunch *(*)();
#define MXMOE_FAKE_HIP_LAST_LAUNCH "mxmoeFakeHipLastLaunch"

#endif // MXMOE_UNITTESTS_RUNTIME_FAKEHIPRUNTIME_H
