#!/usr/bin/env bash
# Fails (listing the files) when a tracked C++ file differs from what
# clang-format-22 makes of it. `scripts/check-format.sh --fix` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
fmt=$(command -v clang-format-22 || echo /usr/lib/llvm-22/bin/clang-format)
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.c' | grep -v '^test/.*/Inputs/')
if [ "${1:-}" = "--fix" ]; then
  "$fmt" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  if ! "$fmt" --dry-run -Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done
if [ ${#bad[@]} -ne 0 ]; then
  echo "check-format: ${#bad[@]} file(s) not formatted with clang-format-22 (run scripts/check-format.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
