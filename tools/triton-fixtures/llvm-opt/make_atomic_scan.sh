#!/usr/bin/env bash
# atomic_scan.ll -> atomic_scan.opt.ll (the llvm_atomic_scan fixture's
# kernel; make_fixtures.py copies it) through LLVM 22's AMDGPU atomic
# optimizer with the DPP strategy, and its gfx950 ISA into the fixture.
set -euo pipefail
cd "$(dirname "$0")"
bin=/usr/lib/llvm-22/bin
"$bin/opt" -mtriple=amdgcn-amd-amdhsa -mcpu=gfx950 \
  -passes='amdgpu-atomic-optimizer<strategy=dpp>' atomic_scan.ll -S \
  -o atomic_scan.opt.ll
"$bin/llc" -mtriple=amdgcn-amd-amdhsa -mcpu=gfx950 -O3 atomic_scan.opt.ll \
  -o ../../../test/Oracle/fixtures/llvm_atomic_scan/kernel.s
