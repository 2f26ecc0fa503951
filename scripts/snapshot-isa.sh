#!/usr/bin/env bash
# Snapshot every kernel moe-compile builds (three models x a16w4/a8w4/a4w4,
# with and without --x-quantized, plus a set of --stage problems) into DIR:
# code objects, their disassembly, manifests, kernel tables and stage ISA.
# `diff -r BEFORE AFTER` then shows any change in the generated code.
#   scripts/snapshot-isa.sh build /tmp/isa-before
# (MOE_COMPILE=path overrides the binary.)
set -euo pipefail
build=${1:-build}
out=${2:?usage: snapshot-isa.sh BUILD_DIR OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
mc=${MOE_COMPILE:-"$root/$build/bin/moe-compile"}
objdump=/usr/lib/llvm-22/bin/llvm-objdump
mkdir -p "$out"
models=${MODELS-gpt-oss-120b gpt-oss-20b deepseek-r1}
for model in $models; do
  for p in a16w4 a8w4 a4w4; do
    xs=("")
    [ $p != a16w4 ] && xs+=("--x-quantized")
    for x in "${xs[@]}"; do
      d="$out/model/$model-$p${x:+-xq}"
      mkdir -p "$d"
      "$mc" --model=$model --precision=$p $x -o "$d" > "$d/table.txt"
      for f in "$d"/*.hsaco; do
        "$objdump" -d --mcpu=gfx950 "$f" | tail -n +3 > "${f%.hsaco}.dis"
      done
    done
  done
done
# --stage problems: flags -> ISA and lowered MLIR (stderr: the grid line or
# the error, and the exit status; the last case is an error).
stage_cases=(
  "--stage=2 --precision=a16w4 --model-dim=2880 --inter-dim=2880 --experts=128 --topk=4 --bias --tokens=16"
  "--stage=2 --precision=a8w4 --model-dim=2880 --inter-dim=2880 --experts=32 --topk=4 --out=bf16 --combine=store --split-k=2 --tokens=64"
  "--stage=2 --precision=a4w4 --model-dim=7168 --inter-dim=2048 --experts=256 --topk=8 --out=f16 --tile=64x128x128 --tokens=256"
  "--stage=1 --precision=a16w4 --model-dim=2880 --inter-dim=2880 --experts=128 --topk=4 --bias --tokens=16"
  "--stage=1 --precision=a8w4 --model-dim=2880 --inter-dim=2880 --experts=32 --topk=4 --h-format=mxfp8 --tokens=4"
  "--stage=1 --precision=a4w4 --model-dim=7168 --inter-dim=2048 --experts=256 --topk=8 --gate-up=halves --activation=silu --h-format=mxfp4 --split-k=2 --tile=64x128x128 --tokens=256"
  "--stage=1 --precision=a16w4 --model-dim=512 --inter-dim=128 --experts=4 --topk=2 --bias --gate-up=blocks16 --activation=swiglu,limit=inf --split-k=3 --tokens=3"
  "--stage=1 --precision=a8w4 --model-dim=256 --inter-dim=64 --experts=8 --topk=2 --split-k=3"
)
mkdir -p "$out/stage"
i=0
for c in "${stage_cases[@]}"; do
  for e in isa mlir; do
    # shellcheck disable=SC2086
    rc=0
    "$mc" $c --emit=$e -o "$out/stage/$i.$e" 2> "$out/stage/$i.$e.stderr" || rc=$?
    echo "rc $rc" >> "$out/stage/$i.$e.stderr"
  done
  echo "$c" > "$out/stage/$i.flags"
  i=$((i + 1))
done
echo "snapshot in $out"
