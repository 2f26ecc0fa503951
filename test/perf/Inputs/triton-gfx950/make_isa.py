#!/usr/bin/env python3
"""Compile aiter's Triton MoE GEMMs for GPT-OSS-120B to gfx950 ISA.

Run where Triton 3.6 is installed (no AMD GPU or ROCm needed):
    PYTHONPATH=AITER_CHECKOUT python3 make_isa.py OUT_DIR
AITER_CHECKOUT holds aiter's files (only aiter/ops/triton/... is imported).
For each kernel NAME below it writes OUT_DIR/NAME.s (the amdgcn text, with
its .amdgpu_metadata) and OUT_DIR/configs.json (what each was compiled
with, Triton's metadata).

Configurations: aiter's own dispatch (aiter/ops/triton/moe/moe_op_gemm_*.py
get_kernel_config_triton and configs/moe/gfx950-A8W4.json) for D = I = 2880,
E = 128, top-4; decode T = 1 (4 routed rows, block_m 16), prefill T = 4096
(16384 rows, block_m 128: routing.py's max(16, min(next_pow2(T*K/E), 128))).
The arguments follow the wrappers' launches and the JIT's specialization:
ints equal to 1 are constexpr, pointers carry tt.divisibility 16 and
tt.pointer_range 32, ints divisible by 16 carry tt.divisibility 16, None
arguments are constexpr None."""
import json
import os
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor

import triton
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource

D = I = 2880
E = 128
TOPK = 4


def cdiv(a, b):
    return (a + b - 1) // b


def n_blocks(rows, block_m):  # RoutingData.n_blocks
    if rows <= E:
        return rows
    return cdiv(max(rows - E + 1, 0), block_m) + E - 1


def shrink_block_n(rows, n, block_m, floor):
    # The wrappers' decode loop: halve block_n while the grid is under 256.
    block_n = 128
    grid = n_blocks(rows, block_m) * cdiv(n, block_n)
    while block_n >= floor and grid < 256:
        block_n //= 2
        grid = n_blocks(rows, block_m) * cdiv(n, block_n)
    return block_n


def num_stages_for(block_m, block_n, block_k, bits_a, bits_b):
    from aiter.ops.triton.utils.gemm_config_utils import pick_gemm_num_stages
    return pick_gemm_num_stages("gfx950", block_m, block_n, block_k, bits_a,
                                bits_b, use_async_padding=True)


def a8w4_tuned(block_m, n, k):
    from aiter.ops.triton.utils.core import AITER_TRITON_CONFIGS_PATH
    path = os.path.join(AITER_TRITON_CONFIGS_PATH, "moe", "gfx950-A8W4.json")
    with open(path) as f:
        t = json.load(f)[f"bm{block_m}_n{n}_k{k}"]
    return dict(block_n=t["BLOCK_SIZE_N"], block_k=t["BLOCK_SIZE_K"],
                num_warps=t["num_warps"], num_stages=t["num_stages"],
                waves_per_eu=t.get("waves_per_eu", 0),
                matrix_instr_nonkdim=t.get("matrix_instr_nonkdim", 16))


def config(precision, stage, tokens):
    """aiter's get_kernel_config_triton for this call."""
    rows = tokens * TOPK
    block_m = max(16, min(triton.next_power_of_2(max(1, rows // E)), 128))
    n = 2 * I if stage == 1 else D
    k = D if stage == 1 else I
    c = dict(block_m=block_m, n=n, k=k, rows=rows, waves_per_eu=0,
             matrix_instr_nonkdim=16)
    if precision == "a8w4":
        c.update(a8w4_tuned(block_m, n, k))
        c["xcd"] = 8
    elif precision == "a16w4":
        c.update(block_k=256, num_stages=1, xcd=8)
        if block_m == 16:
            c.update(block_n=shrink_block_n(rows, n, block_m, 64), num_warps=4)
        else:
            c.update(block_n=512, num_warps=8)
    else:
        c.update(block_k=256, xcd=1)
        if block_m == 16:
            c.update(block_n=shrink_block_n(rows, n, block_m, 64), num_warps=4)
        else:
            c.update(block_n=512, num_warps=8)
        c["num_stages"] = num_stages_for(block_m, c["block_n"], 256, 4, 4)
    c["grid_m"] = n_blocks(rows, block_m)
    c["grid_n"] = cdiv(n, c["block_n"])
    return c


def arguments(precision, stage, c):
    """(name, type or None for constexpr, value) in the kernel's order."""
    n, k, rows = c["n"], c["k"], c["rows"]
    swiglu = stage == 1
    out_n = n // 2 if swiglu else n
    x_ty = {"a16w4": "*bf16", "a8w4": "*fp8e4nv", "a4w4": "*u8"}[precision]
    x_k = k // 2 if precision == "a4w4" else k
    a = [("Y", "*bf16", None), ("stride_y_k", "i32", rows * out_n),
         ("stride_y_m", "i32", out_n), ("stride_y_n", "i32", 1),
         ("X", x_ty, None), ("stride_x_m", "i32", x_k),
         ("stride_x_k", "i32", 1)]
    if precision != "a16w4":
        a += [("XMxScale", "*u8", None), ("stride_x_mx_m", "i32", k // 32),
              ("stride_x_mx_k", "i32", 1)]
    # W [E, K/2, N] and its scales [E, K/32, N], K-contiguous.
    a += [("W", "*u8", None), ("stride_w_e", "i32", (k // 2) * n),
          ("stride_w_k", "i32", 1), ("stride_w_n", "i32", k // 2),
          ("WMxScale", "*u8", None), ("stride_w_mx_e", "i32", (k // 32) * n),
          ("stride_w_mx_k", "i32", 1), ("stride_w_mx_n", "i32", k // 32)]
    if precision == "a8w4":
        a += [("X_static_scale", None, None), ("Quant_static_scale", None,
                                               None)]
    a += [("B", "*fp32", None), ("stride_b_e", "i32", n),
          ("Gammas", None, None), ("N", "i32", n), ("K", "i32", k),
          ("GatherIndx", "*i32" if stage == 1 else None, None),
          ("ExptHist", "*i32", None), ("ExptOffs", "*i32", None),
          ("ExptOffsSum", "*i32", None), ("ExptData", "*i32", None),
          ("grid_m", "i32", c["grid_m"]), ("grid_n", "i32", c["grid_n"]),
          ("APPLY_SWIGLU", None, swiglu), ("alpha", "fp32", 1.702),
          ("limit", "fp32", 7.0),
          ("ACTIVATION_REDUCTION_N", None, 2 if swiglu else 1),
          ("SWIGLU_ADD_RESIDUAL", None, True), ("N_EXPTS_ACT", None, TOPK),
          ("BLOCK_M", None, c["block_m"]), ("BLOCK_N", None, c["block_n"]),
          ("BLOCK_K", None, c["block_k"]), ("GROUP_M", None, 4),
          ("XCD_SWIZZLE", None, c["xcd"]),
          # K = 2880 is no multiple of 256: check_and_shuffle_scales keeps
          # the plain scale layout.
          ("SWIZZLE_MX_SCALE", None, None),
          ("EVEN_K", None, k % c["block_k"] == 0),
          ("MASK_K_LIMIT", None, k % c["block_k"]), ("SPLIT_K", None, 1),
          ("W_CACHE_MODIFIER", None, ".cg" if c["block_m"] <= 32 else None),
          ("UPCAST_INDICES", None, False)]
    if precision == "a8w4":
        a += [("YMxScale", None, None), ("stride_y_mx_m", "i32", 0),
              ("stride_y_mx_n", "i32", 0), ("HAS_MX_OUT", None, False)]
    return a


def specialize(args):
    signature, constexprs, attrs = {}, {}, {}
    for i, (name, ty, value) in enumerate(args):
        if ty == "i32" and value == 1:
            ty = None
        if ty is None:
            signature[name] = "constexpr"
            constexprs[name] = value
            continue
        signature[name] = ty
        if ty.startswith("*"):
            attrs[(i,)] = [["tt.divisibility", 16], ["tt.pointer_range", 32]]
        elif ty == "i32" and value % 16 == 0:
            attrs[(i,)] = [["tt.divisibility", 16]]
    return signature, constexprs, attrs


def kernel_fn(precision):
    import importlib
    m = importlib.import_module(
        f"aiter.ops.triton._triton_kernels.moe.moe_op_gemm_{precision}")
    return getattr(m, f"_moe_gemm_{precision}")


def compile_to_amdgcn(src, opts):
    """Triton's stages up to amdgcn (the code-object link needs ROCm's
    ld.lld, which is not there)."""
    from triton._C.libtriton import ir
    from triton.compiler.compiler import make_backend
    target = GPUTarget("hip", "gfx950", 64)
    backend = make_backend(target)
    options = backend.parse_options(dict(opts))
    context = ir.context()
    ir.load_dialects(context)
    backend.load_dialects(context)
    module = src.make_ir(target, options,
                         backend.get_codegen_implementation(options),
                         backend.get_module_map(), context)
    stages, metadata = {}, {}
    backend.add_stages(stages, options, src.language)
    for stage_name, stage in stages.items():
        module = stage(module, metadata)
        if stage_name == "amdgcn":
            break
    meta = {k: v for k, v in metadata.items()
            if isinstance(v, (int, str, float, bool))}
    return module if isinstance(module, str) else str(module), meta


def compile_one(job):
    name, precision, stage, tokens = job
    try:
        c = config(precision, stage, tokens)
        args = arguments(precision, stage, c)
        signature, constexprs, attrs = specialize(args)
        fn = kernel_fn(precision)
        # Parameters this list does not name keep their defaults.
        src = ASTSource(fn=fn, signature=signature, constexprs=constexprs,
                        attrs=attrs)
        opts = dict(num_warps=c["num_warps"], num_stages=c["num_stages"],
                    waves_per_eu=c["waves_per_eu"],
                    matrix_instr_nonkdim=c["matrix_instr_nonkdim"], kpack=1)
        asm, meta = compile_to_amdgcn(src, opts)
        return name, asm, dict(config=c, options=opts, constexprs=constexprs,
                               metadata=meta), None
    except Exception:
        return name, None, None, traceback.format_exc()


JOBS = [(f"{p}_stage{s}_{phase}", p, s, t)
        for p in ("a16w4", "a8w4", "a4w4")
        for s, phase, t in ((2, "decode", 1), (2, "prefill", 4096),
                            (1, "decode", 1))]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    report, failed = {"triton": triton.__version__}, 0
    with ProcessPoolExecutor(max_workers=len(JOBS)) as pool:
        for name, asm, desc, err in pool.map(compile_one, JOBS):
            if err:
                failed += 1
                report[name] = {"error": err}
                print(f"{name}: FAILED\n{err}", flush=True)
                continue
            with open(os.path.join(out, name + ".s"), "w") as f:
                f.write(asm)
            report[name] = desc
            print(f"{name}: {len(asm)} chars", flush=True)
    with open(os.path.join(out, "configs.json"), "w") as f:
        json.dump(report, f, indent=1, sort_keys=True, default=str)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
