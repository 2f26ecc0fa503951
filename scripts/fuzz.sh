#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS]: builds moe-fuzz (fuzz/moe-fuzz.cpp; clang-22,
# libFuzzer, ASan + UBSan) and fuzzes it for SECONDS (default 600), seeded
# with every lit input and example (split at `// -----`). Not part of CI.
# It shares build-asan with scripts/sanitize.sh: one clang build
# (sanitizers plus libFuzzer's coverage instrumentation) serves both.
# Environment:
#   MXMOE_FUZZ_MODE  verify (parse + verify), lower (+ moe-to-llvm, default)
#                    or llvm (+ the AMDGPU backend)
#   BUILD_DIR        build directory (default build-asan)
#   JOBS             build jobs (default nproc)
#   FUZZ_ARGS        extra libFuzzer flags (e.g. -jobs=2 -workers=2)
# Findings land in BUILD_DIR/fuzz-artifacts/ (crash-*, timeout-*, oom-*);
# the grown corpus in BUILD_DIR/fuzz-corpus/MODE/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
mode=${MXMOE_FUZZ_MODE:-lower}
build=${BUILD_DIR:-build-asan}
jobs=${JOBS:-$(nproc)}
case "$mode" in verify | lower | llvm) ;; *)
  echo "fuzz.sh: error: MXMOE_FUZZ_MODE must be verify, lower or llvm" >&2
  exit 2
  ;;
esac

cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DMXMOE_SANITIZERS=address,undefined -DMXMOE_BUILD_FUZZER=ON >/dev/null
ninja -C "$build" -j "$jobs" moe-fuzz

# One seed per split of every lit input and example.
seeds="$build/fuzz-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
python3 - "$seeds" <<'PY'
import pathlib, re, sys
out = pathlib.Path(sys.argv[1])
for src in sorted(pathlib.Path(".").glob("test/**/*.mlir")) + \
        sorted(pathlib.Path("examples").glob("*.mlir")):
    parts = re.split(r"^// -----\s*$", src.read_text(), flags=re.M)
    for i, part in enumerate(parts):
        name = str(src).replace("/", "_") + f".{i}.mlir"
        (out / name).write_text(part)
PY

corpus="$build/fuzz-corpus/$mode"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
# allow_user_poisoning=0: see scripts/sanitize.sh. The MLIR context is
# recreated every 2000 inputs, so what it holds at exit is not a leak.
export ASAN_OPTIONS=${ASAN_OPTIONS:-allow_user_poisoning=0:detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export MXMOE_FUZZ_MODE=$mode
# shellcheck disable=SC2086
exec "$build/bin/moe-fuzz" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=4096 -dict=fuzz/moe.dict -print_final_stats=1 \
  -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "$corpus" "$seeds"
