#!/usr/bin/env python3
"""Compiles two small Triton kernels for gfx950 with Triton's AMD backend and
writes their LLVM IR (and ISA when the toolchain allows) to OUT_DIR.

Run where Triton is installed (no AMD GPU or ROCm needed):
    python3 make_fixtures.py OUT_DIR
The outputs are emulator test fixtures (test/Emulator/Inputs/triton)."""
import json
import os
import sys
import traceback

import triton
import triton.language as tl
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
from triton.compiler.compiler import make_backend


@triton.jit
def bf16_dot(a_ptr, b_ptr, c_ptr, M, N, K,
             BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    # c[M, N] (f32) = a[M, K] (bf16, row-major) @ b[K, N] (bf16, row-major)
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rm = pid_m * BM + tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k0 in range(0, K, BK):
        rk = k0 + tl.arange(0, BK)
        a = tl.load(a_ptr + rm[:, None] * K + rk[None, :],
                    mask=(rm[:, None] < M) & (rk[None, :] < K), other=0.0)
        b = tl.load(b_ptr + rk[:, None] * N + rn[None, :],
                    mask=(rk[:, None] < K) & (rn[None, :] < N), other=0.0)
        acc += tl.dot(a, b)
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc,
             mask=(rm[:, None] < M) & (rn[None, :] < N))


@triton.jit
def mxfp4_dot_scaled(a_ptr, as_ptr, b_ptr, bs_ptr, c_ptr, K,
                     BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    # c[BM, BN] (f32) = A @ B with A [BM, K] e2m1 packed along K (row-major
    # [BM, K/2] bytes), scales as [BM, K/32]; B given as [BN, K/2] bytes (each
    # row one output column, packed along K), scales bs [BN, K/32].
    rm = tl.arange(0, BM)
    rn = tl.arange(0, BN)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k0 in range(0, K, BK):
        kb = k0 // 2 + tl.arange(0, BK // 2)
        ks = k0 // 32 + tl.arange(0, BK // 32)
        a = tl.load(a_ptr + rm[:, None] * (K // 2) + kb[None, :])
        b = tl.load(b_ptr + rn[:, None] * (K // 2) + kb[None, :])
        sa = tl.load(as_ptr + rm[:, None] * (K // 32) + ks[None, :])
        sb = tl.load(bs_ptr + rn[:, None] * (K // 32) + ks[None, :])
        acc = tl.dot_scaled(a, sa, "e2m1", tl.trans(b), sb, "e2m1", acc)
    tl.store(c_ptr + rm[:, None] * BN + rn[None, :], acc)


KERNELS = [
    ("triton_bf16_dot", bf16_dot,
     {"a_ptr": "*bf16", "b_ptr": "*bf16", "c_ptr": "*fp32",
      "M": "i32", "N": "i32", "K": "i32",
      "BM": "constexpr", "BN": "constexpr", "BK": "constexpr"},
     {"BM": 32, "BN": 32, "BK": 32}, {"num_warps": 4, "num_stages": 2}),
    ("triton_mxfp4_dot_scaled", mxfp4_dot_scaled,
     {"a_ptr": "*u8", "as_ptr": "*u8", "b_ptr": "*u8", "bs_ptr": "*u8",
      "c_ptr": "*fp32", "K": "i32",
      "BM": "constexpr", "BN": "constexpr", "BK": "constexpr"},
     {"BM": 32, "BN": 32, "BK": 128}, {"num_warps": 4, "num_stages": 2}),
]


def compile_stages(fn, signature, constexprs, opts, want=("llir", "amdgcn")):
    target = GPUTarget("hip", "gfx950", 64)
    backend = make_backend(target)
    src = ASTSource(fn=fn, signature=signature, constexprs=constexprs)
    options = backend.parse_options(dict(opts))
    from triton._C.libtriton import ir
    context = ir.context()
    ir.load_dialects(context)
    backend.load_dialects(context)
    codegen_fns = backend.get_codegen_implementation(options)
    module_map = backend.get_module_map()
    module = src.make_ir(target, options, codegen_fns, module_map, context)
    stages = dict()
    backend.add_stages(stages, options, src.language)
    metadata = {}
    out = {}
    for name, stage in stages.items():
        try:
            module = stage(module, metadata)
        except Exception:
            out[name + ".error"] = traceback.format_exc()
            break
        if name in want:
            out[name] = module if isinstance(module, str) else str(module)
        if all(w in out for w in want):
            break
    out["metadata"] = {k: v for k, v in metadata.items()
                       if isinstance(v, (int, str, float, bool))}
    return out


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    print("triton", triton.__version__)
    for name, fn, sig, cex, opts in KERNELS:
        res = compile_stages(fn, sig, cex, opts)
        for key, text in res.items():
            if key == "metadata":
                continue
            ext = {"llir": "ll", "amdgcn": "s"}.get(key, key + ".txt")
            with open(os.path.join(out_dir, f"{name}.{ext}"), "w") as f:
                f.write(text)
        meta = dict(res["metadata"])
        meta.update(constexprs=cex, options=opts, signature=sig,
                    triton=triton.__version__)
        with open(os.path.join(out_dir, f"{name}.json"), "w") as f:
            json.dump(meta, f, indent=1, sort_keys=True)
        print(name, sorted(res.keys()), meta.get("shared"), meta.get("name"))


if __name__ == "__main__":
    main()
