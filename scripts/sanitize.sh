#!/usr/bin/env bash
# scripts/sanitize.sh: builds the unit tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang-22; -fsanitize=address,undefined
# -fno-sanitize-recover=undefined) in build-asan and runs them. The build
# also carries libFuzzer's coverage instrumentation, so that scripts/fuzz.sh
# reuses it instead of a second clang build. .ci/run
# calls it after `make test` unless MXMOE_SKIP_SANITIZERS=1. Environment:
# BUILD_DIR (default build-asan), JOBS (default nproc).
#
# The emulator runs lanes as Boost.Context fibers; the sanitizer build
# selects Boost's ucontext fibers with BOOST_USE_ASAN (CMakeLists.txt), which
# announce every stack switch to ASan (__sanitizer_start_switch_fiber):
# without them ASan takes a switch for a stack overflow. Each annotated fiber
# gets its own fake stack when stack-use-after-return detection is on, and
# MXMoEKernelTests (thousands of lane fibers) then grows past 20 GB and is
# OOM-killed: detect_stack_use_after_return=0 (use-after-scope stays on; it
# found the stack-pool ordering bug in the emulator).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-asan}
jobs=${JOBS:-$(nproc)}
tests=(MXMoEUnitTests MXMoESupportTests MXMoEOracleTests MXMoEKernelTests
  MXMoELayerRunTests MXMoERuntimeTests)

start=$(date +%s)
cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DMXMOE_SANITIZERS=address,undefined -DMXMOE_BUILD_FUZZER=ON >/dev/null
ninja -C "$build" -j "$jobs" "${tests[@]}"
built=$(date +%s)

# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its free slab
# space when compiled with ASan (llvm/Support/Allocator.h). Our instrumented
# copies of it and the uninstrumented ones inside Debian's libLLVM/libMLIR
# share slabs, so memory the library allocates stays poisoned and every read
# of it is a false use-after-poison (seen on the first seed: an op's
# attribute dictionary copied in mlir::NamedAttrList). Heap, stack and
# global checks are unaffected.
export ASAN_OPTIONS=${ASAN_OPTIONS:-allow_user_poisoning=0:detect_stack_use_after_return=0:detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for t in "${tests[@]}"; do
  echo "sanitize.sh: $t"
  if ! "$build/unittests/$t" --gtest_brief=1; then
    echo "sanitize.sh: error: $t failed under ASan + UBSan" >&2
    status=1
  fi
done
end=$(date +%s)
echo "sanitize.sh: build $((built - start)) s, tests $((end - built)) s"
exit $status
