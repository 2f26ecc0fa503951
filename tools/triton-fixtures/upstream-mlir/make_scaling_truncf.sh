#!/usr/bin/env bash
# Lowers each scaling_truncf*.mlir and dpp_*.mlir with upstream MLIR 22
# passes only and writes the device module's LLVM IR (an oracle fixture's
# kernel) to the .ll of the same name. dpp_*: gpu.subgroup_reduce through
# upstream's DPP patterns for gfx950 (mlir-opt's
# test-gpu-subgroup-reduce-lowering drives populateGpuLowerSubgroupReduceToDPPPatterns).
set -euo pipefail
cd "$(dirname "$0")"
bin=/usr/lib/llvm-22/bin
for src in scaling_truncf*.mlir dpp_*.mlir; do
tmp=$(mktemp -d)
case "$src" in
dpp_*) pipeline='builtin.module(test-gpu-subgroup-reduce-lowering{expand-to-shuffles target=gfx950},gpu.module(convert-amdgpu-to-rocdl{chipset=gfx950},convert-gpu-to-rocdl{chipset=gfx950},convert-vector-to-llvm,reconcile-unrealized-casts))' ;;
*) pipeline='builtin.module(gpu.module(convert-arith-to-amdgpu{chipset=gfx950},convert-amdgpu-to-rocdl{chipset=gfx950},arith-expand{include-f8e8m0=true},convert-gpu-to-rocdl{chipset=gfx950},convert-vector-to-llvm,reconcile-unrealized-casts))' ;;
esac
"$bin/mlir-opt" "$src" --pass-pipeline="$pipeline" -o "$tmp/low.mlir"
# The gpu.module's body as a top-level LLVM-dialect module.
python3 - "$tmp/low.mlir" "$tmp/dev.mlir" <<'PY'
import sys
s = open(sys.argv[1]).read()
i = s.index("gpu.module @m")
body = s[s.index("} {", i) + 3:].rstrip()
body = body[:body.rfind("}")].rstrip()
body = body[:body.rfind("}")]
open(sys.argv[2], "w").write(
    'module attributes {llvm.target_triple = "amdgcn-amd-amdhsa"} {' + body + "}\n")
PY
"$bin/mlir-translate" --mlir-to-llvmir "$tmp/dev.mlir" -o "${src%.mlir}.ll"
rm -rf "$tmp"
done
