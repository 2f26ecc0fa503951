#!/usr/bin/env bash
# `make run`: compile the GPT-OSS-120B MoE layer for gfx950 (every kernel
# per token bucket, manifest.json) under BUILD/gpt-oss-120b and print its
# kernel table; then compile the example kernels under BUILD/examples.
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
tools=$(/usr/lib/llvm-22/bin/llvm-config --bindir)
"$build/bin/moe-compile" --model=gpt-oss-120b --chip=gfx950 -o "$build/gpt-oss-120b"
echo

out="$build/examples"
mkdir -p "$out"

printf '%-14s %-7s %6s %6s %6s %6s %8s %6s %6s %6s %s\n' \
  kernel chip VGPR AGPR SGPR LDS scratch cvt mfma smfma hsaco
for src in "$root"/examples/*.mlir; do
  name=$(basename "$src" .mlir)
  chip=gfx950
  "$build/bin/moe-compile" "$src" --chip=$chip --emit=isa -o "$out/$name.s"
  "$build/bin/moe-compile" "$src" --chip=$chip --emit=hsaco -o "$out/$name.hsaco"
  notes=$("$tools/llvm-readelf" --notes "$out/$name.hsaco")
  field() { echo "$notes" | awk -v k="$1" '{ sub(/^ *- /, "") } $1 == k":" { print $2; exit }'; }
  count() { grep -c "^[[:space:]]*$1" "$out/$name.s" || true; }
  printf '%-14s %-7s %6s %6s %6s %6s %8s %6s %6s %6s %s\n' \
    "$(field .name)" "$chip" "$(field .vgpr_count)" "$(field .agpr_count)" \
    "$(field .sgpr_count)" "$(field .group_segment_fixed_size)" \
    "$(field .private_segment_fixed_size)" "$(count v_cvt_scalef32)" \
    "$(count 'v_mfma_f32')" "$(count v_mfma_scale)" \
    "$out/$name.hsaco ($(stat -c %s "$out/$name.hsaco") bytes)"
done
