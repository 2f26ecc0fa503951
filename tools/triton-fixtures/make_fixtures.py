#!/usr/bin/env python3
"""Oracle fixtures: small kernels of our own, compiled by Triton 3.6's AMD
backend for gfx950 (and gfx942), with random inputs and a numpy float64
reference computed here with ml_dtypes' decoders (no mxmoe code involved).

Run where Triton is installed (no AMD GPU or ROCm needed):
    python3 make_fixtures.py OUT_DIR [NAME ...]
For each fixture NAME it writes OUT_DIR/NAME/{kernel.ll, kernel.s,
fixture.json, *.npy}. fixture.json says how to launch the kernel (grid,
block, dynamic LDS, arguments in order: input .npy files, scalars, outputs
with their reference .npy and tolerance) and which AMDGPU intrinsics the IR
calls. unittests/Oracle/TritonOracleTest.cpp runs every fixture in moe-emu.

The compile follows what Triton's JIT would build: ints equal to 1 are
constexpr, pointers carry tt.divisibility 16 and tt.pointer_range 32 (so the
AMD backend emits buffer instructions), ints divisible by 16 carry
tt.divisibility 16.

The sync_* fixtures are the cross-workgroup handoff of a fused layer
(tickets, release/acquire counters, a reset by the last workgroup);
fixture.json's "sync" names their counters buffer for the stale-counter
test. sync_ir_handoff and sync_isa_probe are hand-written IR (sync-ir/)
whose ISA Triton's bundled LLVM makes (translate_to_asm), the peer evidence
of the gfx950 fence sequences (test/Oracle/fixtures/README.md)."""
import json
import os
import re
import sys
import traceback

import ml_dtypes
import numpy as np
import triton
import triton.language as tl
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
from triton.compiler.compiler import make_backend

SEED = 20261201

# ---------------------------------------------------------------- kernels


@triton.jit
def dot_scaled_kernel(a_ptr, as_ptr, b_ptr, bs_ptr, c_ptr, K,
                      A_FMT: tl.constexpr, B_FMT: tl.constexpr,
                      A_DIV: tl.constexpr, B_DIV: tl.constexpr,
                      BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    # c[BM, BN] f32 = sum_k A[m, k] sa[m, k/32] * B[k, n] sb[n, k/32].
    # A: [BM, K] (fp8: one byte per k; fp4: [BM, K/2], low nibble even k;
    # bf16: [BM, K]). B is given transposed, [BN, K] / [BN, K/2].
    pid_n = tl.program_id(0)
    rm = tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k0 in range(0, K, BK):
        ka = k0 // A_DIV + tl.arange(0, BK // A_DIV)
        kb = k0 // B_DIV + tl.arange(0, BK // B_DIV)
        ks = k0 // 32 + tl.arange(0, BK // 32)
        a = tl.load(a_ptr + rm[:, None] * (K // A_DIV) + ka[None, :])
        b = tl.load(b_ptr + rn[:, None] * (K // B_DIV) + kb[None, :])
        sb = tl.load(bs_ptr + rn[:, None] * (K // 32) + ks[None, :])
        if A_FMT == "bf16":
            acc = tl.dot_scaled(a, None, A_FMT, tl.trans(b), sb, B_FMT, acc)
        else:
            sa = tl.load(as_ptr + rm[:, None] * (K // 32) + ks[None, :])
            acc = tl.dot_scaled(a, sa, A_FMT, tl.trans(b), sb, B_FMT, acc)
    tl.store(c_ptr + rm[:, None] * (BN * tl.num_programs(0)) + rn[None, :],
             acc)


@triton.jit
def dot_scaled_ktail_kernel(a_ptr, b_ptr, bs_ptr, c_ptr, M, N, K,
                            BM: tl.constexpr, BN: tl.constexpr,
                            BK: tl.constexpr):
    # bf16 x MXFP4 with tails in M, N and K (K a multiple of 32, not of BK):
    # masked loads (buffer bounds) feed zeros.
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rm = pid_m * BM + tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k0 in range(0, K, BK):
        rk = k0 + tl.arange(0, BK)
        kb = k0 // 2 + tl.arange(0, BK // 2)
        ks = k0 // 32 + tl.arange(0, BK // 32)
        a = tl.load(a_ptr + rm[:, None] * K + rk[None, :],
                    mask=(rm[:, None] < M) & (rk[None, :] < K), other=0.0)
        b = tl.load(b_ptr + rn[:, None] * (K // 2) + kb[None, :],
                    mask=(rn[:, None] < N) & (kb[None, :] < K // 2), other=0)
        sb = tl.load(bs_ptr + rn[:, None] * (K // 32) + ks[None, :],
                     mask=(rn[:, None] < N) & (ks[None, :] < K // 32),
                     other=127)
        acc = tl.dot_scaled(a, None, "bf16", tl.trans(b), sb, "e2m1", acc)
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc,
             mask=(rm[:, None] < M) & (rn[None, :] < N))


@triton.jit
def bf16_dot_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
                    BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
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
def moe_gemm_kernel(x_ptr, xs_ptr, w_ptr, ws_ptr, y_ptr, sorted_ids_ptr,
                    expert_ids_ptr, T, N, K,
                    X_FMT: tl.constexpr, BM: tl.constexpr, BN: tl.constexpr,
                    BK: tl.constexpr):
    # Routed MoE GEMM: block pid_m of sorted_ids holds BM token rows (>= T:
    # padding) of expert expert_ids[pid_m]; y[row] = x[token] @ W[e]^T.
    # W: [E, N, K/2] MXFP4 with scales [E, N, K/32]; x bf16 [T, K] or fp8
    # [T, K] with scales [T, K/32].
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    e = tl.load(expert_ids_ptr + pid_m)
    rows = pid_m * BM + tl.arange(0, BM)
    tok = tl.load(sorted_ids_ptr + rows)
    valid = tok < T
    tok = tl.where(valid, tok, 0)
    rn = pid_n * BN + tl.arange(0, BN)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    w_base = w_ptr + e.to(tl.int64) * N * (K // 2)
    s_base = ws_ptr + e.to(tl.int64) * N * (K // 32)
    for k0 in range(0, K, BK):
        rk = k0 + tl.arange(0, BK)
        kb = k0 // 2 + tl.arange(0, BK // 2)
        ks = k0 // 32 + tl.arange(0, BK // 32)
        x = tl.load(x_ptr + tok[:, None] * K + rk[None, :],
                    mask=valid[:, None], other=0.0)
        w = tl.load(w_base + rn[:, None] * (K // 2) + kb[None, :])
        ws = tl.load(s_base + rn[:, None] * (K // 32) + ks[None, :])
        if X_FMT == "bf16":
            acc = tl.dot_scaled(x, None, "bf16", tl.trans(w), ws, "e2m1", acc)
        else:
            xs = tl.load(xs_ptr + tok[:, None] * (K // 32) + ks[None, :],
                         mask=valid[:, None], other=127)
            acc = tl.dot_scaled(x, xs, X_FMT, tl.trans(w), ws, "e2m1", acc)
    tl.store(y_ptr + rows[:, None] * N + rn[None, :], acc,
             mask=valid[:, None])


@triton.jit
def convert_kernel(x_ptr, s_ptr, q8_ptr, q5_ptr, up_ptr, n,
                   BLOCK: tl.constexpr):
    # q8 = fp8e4m3(x * s), q5 = fp8e5m2(x * s) (round to nearest even),
    # up = f32(q8) + f32(q5): the f32 <-> fp8/bf8 conversions.
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m, other=0.0)
    s = tl.load(s_ptr)
    v = x * s
    q8 = v.to(tl.float8e4nv)
    q5 = v.to(tl.float8e5)
    tl.store(q8_ptr + offs, q8, mask=m)
    tl.store(q5_ptr + offs, q5, mask=m)
    tl.store(up_ptr + offs, q8.to(tl.float32) + q5.to(tl.float32), mask=m)


@triton.jit
def bf16_convert_kernel(x_ptr, y_ptr, z_ptr, n, BLOCK: tl.constexpr):
    # y = bf16(x) (RNE), z = f32(y) * 3: f32 <-> bf16 conversions.
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m, other=0.0)
    y = x.to(tl.bfloat16)
    tl.store(y_ptr + offs, y, mask=m)
    tl.store(z_ptr + offs, y.to(tl.float32) * 3.0, mask=m)


@triton.jit
def atomic_add_kernel(x_ptr, idx_ptr, out_ptr, outb_ptr, n,
                      BLOCK: tl.constexpr):
    # out[idx[i]] += x[i] (f32) and outb[idx[i]] += bf16(x[i]) from many
    # programs: buffer/global atomics, f32 and bf16.
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m, other=0.0)
    i = tl.load(idx_ptr + offs, mask=m, other=0)
    tl.atomic_add(out_ptr + i, x, mask=m, sem="relaxed")
    tl.atomic_add(outb_ptr + i, x.to(tl.bfloat16), mask=m, sem="relaxed")


@triton.jit
def wave_reduce_kernel(x_ptr, sum_ptr, max_ptr, BLOCK: tl.constexpr):
    # sum and max of each program's BLOCK f32 across its whole wave(s):
    # Triton's warpReduce, DPP on f32 (row_shr 8/4/2/1, row_bcast:15 with
    # row_mask 0xa, row_bcast:31, readlane 63).
    pid = tl.program_id(0)
    x = tl.load(x_ptr + pid * BLOCK + tl.arange(0, BLOCK))
    tl.store(sum_ptr + pid, tl.sum(x, axis=0))
    tl.store(max_ptr + pid, tl.max(x, axis=0))


@triton.jit
def row_reduce_kernel(x_ptr, sum_ptr, max_ptr, N: tl.constexpr,
                      BM: tl.constexpr):
    # sum and max of each row of a [BM, N] f32 tile whose rows span 4-16
    # lanes: Triton's butterfly shuffles (quad_perm [1,0,3,2] / [2,3,0,1],
    # row_shr + row_shl with bank masks for strides 4 and 8).
    rm = tl.program_id(0) * BM + tl.arange(0, BM)
    rn = tl.arange(0, N)
    x = tl.load(x_ptr + rm[:, None] * N + rn[None, :])
    tl.store(sum_ptr + rm, tl.sum(x, axis=1))
    tl.store(max_ptr + rm, tl.max(x, axis=1))


@triton.jit
def _half_plus(a, b):
    return a * 0.5 + b


@triton.jit
def butterfly_reduce_kernel(x_ptr, out_ptr, S, N: tl.constexpr,
                            BC: tl.constexpr):
    # A non-commutative tl.reduce (acc * 0.5 + other) over columns of N lanes,
    # its per-lane result stored back over the tile: Triton's butterfly
    # (shuffleXor N/2, ..., 1, each lane combining its own value with its
    # xor partner's) leaves a different value in every lane, so each lane's
    # output names the lane its DPP moves read. The column stride S (not 1)
    # keeps one element per lane (no vector loads) and the store in the
    # load's layout. Column j of the [N, BC] tile is row j of x [., N, S].
    ri = tl.arange(0, N)
    rj = tl.program_id(0) * BC + tl.arange(0, BC)
    offs = (rj[None, :] * N + ri[:, None]) * S
    x = tl.load(x_ptr + offs)
    r = tl.reduce(x, 0, _half_plus)
    tl.store(out_ptr + offs, tl.broadcast_to(r[None, :], (N, BC)))


# ------------------------------------------------------------ numerics (numpy)


def fp4_decode(codes):
    return (codes & 0xF).astype(np.uint8).view(
        ml_dtypes.float4_e2m1fn).astype(np.float64)


def e8m0_decode(b):
    return b.astype(np.uint8).view(ml_dtypes.float8_e8m0fnu).astype(np.float64)


def fp8_decode(b, fmt):
    dt = ml_dtypes.float8_e4m3fn if fmt == "e4m3" else ml_dtypes.float8_e5m2
    return b.astype(np.uint8).view(dt).astype(np.float64)


def unpack_fp4(packed):  # [R, K/2] bytes -> [R, K] codes, low nibble first
    r, kh = packed.shape
    out = np.empty((r, 2 * kh), np.uint8)
    out[:, 0::2] = packed & 0xF
    out[:, 1::2] = packed >> 4
    return out


def bf16_bits(x):
    return np.asarray(x, np.float32).astype(ml_dtypes.bfloat16).view(np.uint16)


def bf16_decode(bits):
    return bits.astype(np.uint16).view(ml_dtypes.bfloat16).astype(np.float64)


def random_operand(rng, fmt, rows, k):
    """Raw bytes (or bf16 bits) of a [rows, k] operand and its decoded f64
    values. NaN/Inf codes are avoided."""
    if fmt == "e2m1":
        packed = rng.integers(0, 256, (rows, k // 2), dtype=np.uint8)
        return packed, fp4_decode(unpack_fp4(packed))
    if fmt in ("e4m3", "e5m2"):
        raw = rng.integers(0, 256, (rows, k), dtype=np.uint8)
        if fmt == "e4m3":
            raw[(raw & 0x7F) == 0x7F] ^= 0x01  # no NaN
        else:
            raw[(raw & 0x7C) == 0x7C] &= 0xF3  # no Inf/NaN
        return raw, fp8_decode(raw, fmt)
    bits = bf16_bits(rng.uniform(-2, 2, (rows, k)))
    return bits, bf16_decode(bits)


def random_scales(rng, rows, k):
    s = rng.integers(118, 134, (rows, k // 32), dtype=np.uint8)
    return s, e8m0_decode(s)


def scaled_ref(av, sa, bv, sb):
    """sum_k a[m,k] sa[m,k/32] b[n,k] sb[n,k/32] in float64."""
    a = av * (np.repeat(sa, 32, axis=1) if sa is not None else 1.0)
    b = bv * np.repeat(sb, 32, axis=1)
    return a @ b.T


# ------------------------------------------------------------------ fixtures

FIXTURES = {}


def fixture(fn):
    FIXTURES[fn.__name__] = fn
    return fn


def dot_scaled_fixture(a_fmt, b_fmt, nonkdim, bm, bn, bk, k, warps, grid_n=1):
    def make(rng):
        n_total = bn * grid_n
        a_raw, av = random_operand(rng, a_fmt, bm, k)
        b_raw, bv = random_operand(rng, b_fmt, n_total, k)
        sa_raw, sa = random_scales(rng, bm, k)
        sb_raw, sb = random_scales(rng, n_total, k)
        ref = scaled_ref(av, None if a_fmt == "bf16" else sa, bv, sb)
        ptr = {"e2m1": "*u8", "e4m3": "*fp8e4nv", "e5m2": "*fp8e5",
               "bf16": "*bf16"}
        return dict(
            fn=dot_scaled_kernel,
            signature={"a_ptr": ptr[a_fmt], "as_ptr": "*u8",
                       "b_ptr": ptr[b_fmt], "bs_ptr": "*u8", "c_ptr": "*fp32",
                       "K": "i32", "A_FMT": "constexpr", "B_FMT": "constexpr",
                       "A_DIV": "constexpr", "B_DIV": "constexpr",
                       "BM": "constexpr", "BN": "constexpr",
                       "BK": "constexpr"},
            constexprs={"A_FMT": a_fmt, "B_FMT": b_fmt,
                        "A_DIV": 2 if a_fmt == "e2m1" else 1,
                        "B_DIV": 2 if b_fmt == "e2m1" else 1,
                        "BM": bm, "BN": bn, "BK": bk},
            options={"num_warps": warps, "num_stages": 2,
                     "matrix_instr_nonkdim": nonkdim},
            grid=[grid_n, 1, 1],
            args=[inp("a", a_raw), inp("as", sa_raw), inp("b", b_raw),
                  inp("bs", sb_raw), out("c", ref.astype(np.float64), "f32"),
                  i32(k)])
    return make


def inp(name, array, memref=False):
    return {"kind": "input", "name": name, "array": array, "memref": memref}


def out(name, ref, dtype, tol=1e-5, exact=False, zero=False, memref=False,
        sorted=False):
    """An output buffer (poisoned before the run unless `zero`) and its
    reference: relative error below `tol`, or bit-exact; NaN reference
    elements must stay unwritten. `sorted`: compared after sorting (an order
    that depends on which workgroup ran first)."""
    return {"kind": "output", "name": name, "ref": ref, "dtype": dtype,
            "tol": tol, "exact": exact, "zero": zero, "memref": memref,
            "sorted": sorted}


def i32(v):
    return {"kind": "i32", "value": int(v)}


# Native scaled MFMAs: Triton selects mfma.scale for 64x64 tiles of 4 warps
# (it swaps the operands when that puts FP4 in A); the intrinsic's operand
# vector types say which operand holds FP8.
for a, b in [("e4m3", "e2m1"), ("e2m1", "e4m3"), ("e4m3", "e4m3"),
             ("e2m1", "e2m1"), ("e5m2", "e2m1"), ("e2m1", "e5m2"),
             ("e5m2", "e4m3")]:
    for nk in (16, 32):
        FIXTURES[f"dot_scaled_{a}_{b}_{nk}"] = dot_scaled_fixture(
            a, b, nk, 64, 64, 128, 512, 4)
# Small single-wave tiles: Triton upcasts to bf16 with cvt.scalef32.pk.bf16.*
# and uses the bf16 MFMA.
FIXTURES["upcast_e4m3_e2m1_16"] = dot_scaled_fixture(
    "e4m3", "e2m1", 16, 16, 16, 256, 512, 1, grid_n=2)
FIXTURES["upcast_e2m1_e5m2_32"] = dot_scaled_fixture(
    "e2m1", "e5m2", 32, 32, 32, 128, 256, 1, grid_n=2)
FIXTURES["dot_scaled_bf16_e2m1_16"] = dot_scaled_fixture(
    "bf16", "e2m1", 16, 16, 32, 128, 256, 1, grid_n=2)
FIXTURES["dot_scaled_bf16_e2m1_32"] = dot_scaled_fixture(
    "bf16", "e2m1", 32, 32, 32, 128, 256, 4)


@fixture
def dot_scaled_bf16_e2m1_ktail(rng):
    M, N, K, BM, BN, BK = 37, 45, 160, 32, 32, 128
    a_bits, av = random_operand(rng, "bf16", M, K)
    b_raw, bv = random_operand(rng, "e2m1", N, K)
    sb_raw, sb = random_scales(rng, N, K)
    ref = scaled_ref(av, None, bv, sb)
    return dict(
        fn=dot_scaled_ktail_kernel,
        signature={"a_ptr": "*bf16", "b_ptr": "*u8", "bs_ptr": "*u8",
                   "c_ptr": "*fp32", "M": "i32", "N": "i32", "K": "i32",
                   "BM": "constexpr", "BN": "constexpr", "BK": "constexpr"},
        constexprs={"BM": BM, "BN": BN, "BK": BK},
        options={"num_warps": 4, "num_stages": 2, "matrix_instr_nonkdim": 16},
        grid=[2, 2, 1],
        args=[inp("a", a_bits), inp("b", b_raw), inp("bs", sb_raw),
              out("c", ref, "f32"), i32(M), i32(N), i32(K)])


def bf16_dot_fixture(chip, M, N, K, BM, BN, BK, warps, nk):
    def make(rng):
        a_bits, av = random_operand(rng, "bf16", M, K)
        b_bits, bv = random_operand(rng, "bf16", K, N)
        ref = av @ bv
        return dict(
            fn=bf16_dot_kernel, chip=chip,
            signature={"a_ptr": "*bf16", "b_ptr": "*bf16", "c_ptr": "*fp32",
                       "M": "i32", "N": "i32", "K": "i32", "BM": "constexpr",
                       "BN": "constexpr", "BK": "constexpr"},
            constexprs={"BM": BM, "BN": BN, "BK": BK},
            options={"num_warps": warps, "num_stages": 2,
                     "matrix_instr_nonkdim": nk},
            grid=[-(-M // BM), -(-N // BN), 1],
            args=[inp("a", a_bits), inp("b", b_bits), out("c", ref, "f32"),
                  i32(M), i32(N), i32(K)])
    return make


FIXTURES["bf16_dot_tails_32"] = bf16_dot_fixture("gfx950", 45, 40, 70, 32, 32,
                                                 32, 4, 32)
FIXTURES["bf16_dot_tails_16"] = bf16_dot_fixture("gfx950", 37, 50, 100, 32,
                                                 32, 64, 4, 16)
FIXTURES["bf16_dot_gfx942_16"] = bf16_dot_fixture("gfx942", 40, 48, 96, 32,
                                                  32, 32, 4, 16)
FIXTURES["bf16_dot_gfx942_32"] = bf16_dot_fixture("gfx942", 64, 64, 64, 64,
                                                  64, 32, 4, 32)


def moe_fixture(x_fmt, BM, BN, BK, nk, warps, chip="gfx950"):
    def make(rng):
        T, E, topk = 11, 4, 2
        N, K = max(64, BN), max(256, BK)
        # Routing: each token to topk distinct experts; rows sorted by expert
        # in blocks of BM (padding = T).
        ids = np.stack([rng.permutation(E)[:topk] for _ in range(T)])
        sorted_ids, expert_ids, slot_of = [], [], []
        for e in range(E):
            toks = [t for t in range(T) if e in ids[t]]
            while toks:
                blk, toks = toks[:BM], toks[BM:]
                slot_of += [(len(sorted_ids) + i, t, e)
                            for i, t in enumerate(blk)]
                sorted_ids += blk + [T] * (BM - len(blk))
                expert_ids.append(e)
        sorted_ids = np.array(sorted_ids, np.int32)
        expert_ids = np.array(expert_ids, np.int32)
        rows = len(sorted_ids)
        x_raw, xv = random_operand(rng, x_fmt, T, K)
        xs_raw, xs = random_scales(rng, T, K)
        w_raw, wv = zip(*[random_operand(rng, "e2m1", N, K) for _ in range(E)])
        ws_raw, wsv = zip(*[random_scales(rng, N, K) for _ in range(E)])
        ref = np.full((rows, N), np.nan)
        for r, t, e in slot_of:
            ref[r] = scaled_ref(xv[t:t + 1],
                                None if x_fmt == "bf16" else xs[t:t + 1],
                                wv[e], wsv[e])[0]
        xptr = {"bf16": "*bf16", "e4m3": "*fp8e4nv"}[x_fmt]
        return dict(
            fn=moe_gemm_kernel, chip=chip,
            signature={"x_ptr": xptr, "xs_ptr": "*u8", "w_ptr": "*u8",
                       "ws_ptr": "*u8", "y_ptr": "*fp32",
                       "sorted_ids_ptr": "*i32", "expert_ids_ptr": "*i32",
                       "T": "i32", "N": "i32", "K": "i32",
                       "X_FMT": "constexpr", "BM": "constexpr",
                       "BN": "constexpr", "BK": "constexpr"},
            constexprs={"X_FMT": x_fmt, "BM": BM, "BN": BN, "BK": BK},
            options={"num_warps": warps, "num_stages": 2,
                     "matrix_instr_nonkdim": nk},
            grid=[len(expert_ids), N // BN, 1],
            args=[inp("x", x_raw), inp("xs", xs_raw),
                  inp("w", np.stack(w_raw)), inp("ws", np.stack(ws_raw)),
                  out("y", ref, "f32"), inp("sorted_ids", sorted_ids),
                  inp("expert_ids", expert_ids), i32(T), i32(N), i32(K)])
    return make


def has_permlane(intrinsics):
    return any("permlane" in i for i in intrinsics)


# Configurations that may make Triton convert layouts with permlane swaps;
# only those that do are kept.
PROBES = {}
for xf in ("bf16", "e4m3"):
    for bm, bn, bk, nk, w in [(16, 32, 256, 16, 1), (16, 32, 512, 16, 2),
                              (16, 32, 256, 16, 2), (16, 128, 256, 16, 4),
                              (32, 32, 256, 32, 1), (32, 64, 256, 32, 2),
                              (32, 128, 128, 32, 4), (16, 64, 512, 16, 1),
                              (64, 64, 256, 32, 4), (16, 32, 128, 16, 1)]:
        PROBES[f"moe_{xf}_mxfp4_probe_{bm}x{bn}x{bk}_{nk}_w{w}"] = \
            moe_fixture(xf, bm, bn, bk, nk, w)


@triton.jit
def chain_dot_kernel(a_ptr, b_ptr, c_ptr, o_ptr, K, N,
                     BM: tl.constexpr, BN: tl.constexpr, BD: tl.constexpr,
                     BK: tl.constexpr):
    # o[BM, BD] = bf16(a @ b) @ c, the attention-style chain: the first MFMA
    # result becomes the second's operand (a layout conversion in registers).
    rm = tl.arange(0, BM)
    rn = tl.arange(0, BN)
    rd = tl.arange(0, BD)
    acc = tl.zeros((BM, BD), dtype=tl.float32)
    for n0 in range(0, N, BN):
        p = tl.zeros((BM, BN), dtype=tl.float32)
        for k0 in range(0, K, BK):
            rk = k0 + tl.arange(0, BK)
            a = tl.load(a_ptr + rm[:, None] * K + rk[None, :])
            b = tl.load(b_ptr + rk[:, None] * N + (n0 + rn)[None, :])
            p = tl.dot(a, b, p)
        c = tl.load(c_ptr + (n0 + rn)[:, None] * BD + rd[None, :])
        acc = tl.dot(p.to(tl.bfloat16), c, acc)
    tl.store(o_ptr + rm[:, None] * BD + rd[None, :], acc)


def chain_fixture(BM, BN, BD, BK, nk, warps):
    def make(rng):
        K, N = 2 * BK, 2 * BN
        # Small integers: a @ b is exact in bf16, so the chain's rounding
        # does not depend on the MFMA's summation order.
        a = rng.integers(-2, 3, (BM, K)).astype(np.float32)
        b = rng.integers(-2, 3, (K, N)).astype(np.float32)
        c_bits, cv = random_operand(rng, "bf16", N, BD)
        ref = (a.astype(np.float64) @ b) @ cv
        return dict(
            fn=chain_dot_kernel,
            signature={"a_ptr": "*bf16", "b_ptr": "*bf16", "c_ptr": "*bf16",
                       "o_ptr": "*fp32", "K": "i32", "N": "i32",
                       "BM": "constexpr", "BN": "constexpr",
                       "BD": "constexpr", "BK": "constexpr"},
            constexprs={"BM": BM, "BN": BN, "BD": BD, "BK": BK},
            options={"num_warps": warps, "num_stages": 1,
                     "matrix_instr_nonkdim": nk},
            grid=[1, 1, 1],
            args=[inp("a", bf16_bits(a)), inp("b", bf16_bits(b)),
                  inp("c", c_bits), out("o", ref, "f32"), i32(K), i32(N)])
    return make


for bm, bn, bd, bk, nk, w in [(32, 32, 32, 32, 32, 1), (16, 32, 32, 32, 16, 1),
                              (64, 64, 64, 32, 32, 4), (64, 32, 64, 32, 16, 4),
                              (32, 64, 32, 32, 32, 1), (16, 64, 64, 32, 16, 1)]:
    PROBES[f"chain_dot_{bm}x{bn}x{bd}_{nk}_w{w}"] = chain_fixture(
        bm, bn, bd, bk, nk, w)


FIXTURES["moe_bf16_mxfp4_bm16_bn32"] = moe_fixture("bf16", 16, 32, 128, 16, 4)
FIXTURES["moe_bf16_mxfp4_bm16_bn64"] = moe_fixture("bf16", 16, 64, 256, 16, 4)
FIXTURES["moe_fp8_mxfp4_bm32_32x32"] = moe_fixture("e4m3", 32, 64, 128, 32, 4)
FIXTURES["moe_fp8_mxfp4_bm16_16x16"] = moe_fixture("e4m3", 16, 64, 256, 16, 4)


@fixture
def convert_fp8(rng):
    n, BLOCK = 1000, 256
    x = np.concatenate([
        np.clip(rng.standard_normal(n - 40) * 3.0, -440, 440),
        np.array([0.0, -0.0, 448.0, -448.0, 440.0, 232.0, 2.0 ** -9,
                  2.0 ** -10, 2.0 ** -16, 2.0 ** -17, 1.5 * 2 ** -9, 3.5,
                  0.3125, 0.34375, 1.0625, 1.1875, 464.0, -500.0, 1e6,
                  57344.0, 61440.0, -1e30])]).astype(np.float32)
    x = np.concatenate([x, rng.uniform(-1, 1, n - x.size) * 2.0 ** -7]) \
        .astype(np.float32)
    s = np.array([1.0], np.float32)
    v = (x * s).astype(np.float32)
    # Triton sets MODE bit 23 (s_setreg) so the conversions saturate.
    q8 = np.clip(v, -448, 448).astype(ml_dtypes.float8_e4m3fn)
    q5 = np.clip(v, -57344, 57344).astype(ml_dtypes.float8_e5m2)
    up = q8.astype(np.float64) + q5.astype(np.float64)
    return dict(
        fn=convert_kernel,
        signature={"x_ptr": "*fp32", "s_ptr": "*fp32", "q8_ptr": "*fp8e4nv",
                   "q5_ptr": "*fp8e5", "up_ptr": "*fp32", "n": "i32",
                   "BLOCK": "constexpr"},
        constexprs={"BLOCK": BLOCK},
        options={"num_warps": 4, "num_stages": 1},
        grid=[-(-n // BLOCK), 1, 1],
        args=[inp("x", x), inp("s", s),
              out("q8", q8.view(np.uint8), "u8", exact=True),
              out("q5", q5.view(np.uint8), "u8", exact=True),
              out("up", up, "f32", exact=True), i32(n)])


@fixture
def convert_bf16(rng):
    n, BLOCK = 1000, 256
    x = (rng.standard_normal(n) * 2.0 ** rng.integers(-140, 120, n)) \
        .astype(np.float32)
    x[:6] = [0.0, -0.0, np.inf, -np.inf, 1.00390625, 1.01171875]
    y = x.astype(ml_dtypes.bfloat16)
    z = y.astype(np.float32) * np.float32(3.0)
    return dict(
        fn=bf16_convert_kernel,
        signature={"x_ptr": "*fp32", "y_ptr": "*bf16", "z_ptr": "*fp32",
                   "n": "i32", "BLOCK": "constexpr"},
        constexprs={"BLOCK": BLOCK},
        options={"num_warps": 4, "num_stages": 1},
        grid=[-(-n // BLOCK), 1, 1],
        args=[inp("x", x), out("y", y.view(np.uint16), "u16", exact=True),
              out("z", z.astype(np.float64), "f32", exact=True), i32(n)])


@fixture
def atomic_add(rng):
    n, BLOCK, bins = 4096, 256, 64
    x = bf16_decode(bf16_bits(rng.uniform(-1, 1, n))).astype(np.float32)
    idx = rng.integers(0, bins, n).astype(np.int32)
    ref = np.zeros(bins)
    np.add.at(ref, idx, x.astype(np.float64))
    return dict(
        fn=atomic_add_kernel,
        signature={"x_ptr": "*fp32", "idx_ptr": "*i32", "out_ptr": "*fp32",
                   "outb_ptr": "*bf16", "n": "i32", "BLOCK": "constexpr"},
        constexprs={"BLOCK": BLOCK},
        options={"num_warps": 4, "num_stages": 1},
        grid=[n // BLOCK, 1, 1],
        args=[inp("x", x), inp("idx", idx),
              out("out", ref, "f32", tol=1e-5, zero=True),
              out("outb", ref, "bf16", tol=3e-2, zero=True), i32(n)])




@triton.jit
def math_kernel(x_ptr, e_ptr, r_ptr, g_ptr, n, BLOCK: tl.constexpr):
    # e = 2^x, r = 1/x (fast division), g = sigmoid(x): the exp2/rcp
    # instructions behind the SwiGLU epilogue.
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    m = offs < n
    x = tl.load(x_ptr + offs, mask=m, other=1.0)
    tl.store(e_ptr + offs, tl.math.exp2(x), mask=m)
    tl.store(r_ptr + offs, tl.fdiv(tl.full(x.shape, 1.0, tl.float32), x,
                                   ieee_rounding=False), mask=m)
    tl.store(g_ptr + offs, tl.sigmoid(x), mask=m)


@fixture
def math_exp2_rcp(rng):
    n, BLOCK = 1000, 256
    x = rng.uniform(-20, 20, n).astype(np.float32)
    x[np.abs(x) < 1e-3] = 0.5
    xd = x.astype(np.float64)
    return dict(
        fn=math_kernel,
        signature={"x_ptr": "*fp32", "e_ptr": "*fp32", "r_ptr": "*fp32",
                   "g_ptr": "*fp32", "n": "i32", "BLOCK": "constexpr"},
        constexprs={"BLOCK": BLOCK},
        options={"num_warps": 4, "num_stages": 1},
        grid=[-(-n // BLOCK), 1, 1],
        args=[inp("x", x), out("e", np.exp2(xd), "f32", tol=1e-6),
              out("r", 1.0 / xd, "f32", tol=1e-6),
              out("g", 1.0 / (1.0 + np.exp(-xd)), "f32", tol=1e-6), i32(n)])


# gfx942 has no scaled MFMA or fp4 conversion: Triton upcasts in software.
FIXTURES["dot_scaled_bf16_e2m1_gfx942"] = lambda rng: dict(
    dot_scaled_fixture("bf16", "e2m1", 16, 32, 32, 128, 256, 4)(rng),
    chip="gfx942")




def dyadic_f32(rng, shape):
    """f32 values (k + 1/2) / 256, |k| < 2048: never zero, and any sum of a
    few thousand is exact in f32, so a reduction's order cannot change it."""
    k = rng.integers(-2048, 2048, shape)
    return ((k + 0.5) / 256).astype(np.float32)


def wave_reduce_fixture(BLOCK, warps, G):
    def make(rng):
        x = dyadic_f32(rng, (G, BLOCK))
        xd = x.astype(np.float64)
        return dict(
            fn=wave_reduce_kernel,
            signature={"x_ptr": "*fp32", "sum_ptr": "*fp32",
                       "max_ptr": "*fp32", "BLOCK": "constexpr"},
            constexprs={"BLOCK": BLOCK},
            options={"num_warps": warps, "num_stages": 1},
            grid=[G, 1, 1],
            args=[inp("x", x.reshape(-1)),
                  out("sum", xd.sum(axis=1), "f32", exact=True),
                  out("max", xd.max(axis=1), "f32", exact=True)])
    return make


def row_reduce_fixture(N, BM, warps, G):
    def make(rng):
        x = dyadic_f32(rng, (G * BM, N))
        xd = x.astype(np.float64)
        return dict(
            fn=row_reduce_kernel,
            signature={"x_ptr": "*fp32", "sum_ptr": "*fp32",
                       "max_ptr": "*fp32", "N": "constexpr",
                       "BM": "constexpr"},
            constexprs={"N": N, "BM": BM},
            options={"num_warps": warps, "num_stages": 1},
            grid=[G, 1, 1],
            args=[inp("x", x.reshape(-1)),
                  out("sum", xd.sum(axis=1), "f32", exact=True),
                  out("max", xd.max(axis=1), "f32", exact=True)])
    return make


# DPP on f32: whole-wave reductions (f32 DPP) and reductions over 4-16
# lanes (butterfly shuffles); which controls each emits is in its IR.
FIXTURES["dpp_wave_reduce_f32"] = wave_reduce_fixture(256, 1, 6)
FIXTURES["dpp_wave_reduce_f32_w4"] = wave_reduce_fixture(1024, 4, 3)
FIXTURES["dpp_row_reduce_4_f32"] = row_reduce_fixture(16, 64, 1, 3)
FIXTURES["dpp_row_reduce_16_f32"] = row_reduce_fixture(64, 16, 1, 3)


def butterfly_fixture(N, BC, G, S=3):
    def make(rng):
        x = dyadic_f32(rng, (G * BC, N))
        # Lane c of a row ends with v[c] after v[c] = v[c] * 0.5 + v[c ^ s]
        # for s = N/2, ..., 1 (exact in f32: a few extra bits per step).
        v = x.astype(np.float64)
        s = N // 2
        while s:
            v = v * 0.5 + v[:, np.arange(N) ^ s]
            s //= 2
        xs = np.zeros((G * BC, N, S), np.float32)
        xs[:, :, 0] = x
        ref = np.full((G * BC, N, S), np.nan)
        ref[:, :, 0] = v

        def check(res):
            # One element per lane, a column across N consecutive lanes.
            want = (f"sizePerThread = [1, 1], threadsPerWarp = [{N}, "
                    f"{64 // N}], warpsPerCTA = [1, 1], order = [0, 1]")
            assert want in res["ttgir"], "layout is not " + want + ": " + \
                " ".join(ln for ln in res["ttgir"].splitlines()
                         if "#ttg.blocked" in ln)

        return dict(
            fn=butterfly_reduce_kernel, check=check,
            signature={"x_ptr": "*fp32", "out_ptr": "*fp32", "S": "i32",
                       "N": "constexpr", "BC": "constexpr"},
            constexprs={"N": N, "BC": BC},
            options={"num_warps": 1, "num_stages": 1},
            grid=[G, 1, 1],
            args=[inp("x", xs.reshape(-1)),
                  out("out", ref.reshape(-1), "f32", exact=True), i32(S)])
    return make


# Per-lane results of Triton's butterfly: rows of 16 lanes (quad_perm,
# banked row_shr/row_shl for 4 and 8) and of 64 (also ds_swizzle for 16 and
# a bpermute or permlane for 32).
FIXTURES["dpp_butterfly_16_f32"] = butterfly_fixture(16, 16, 2)
FIXTURES["dpp_butterfly_64_f32"] = butterfly_fixture(64, 4, 2)


# A kernel no Triton lowering emits: v_cvt_scalef32_pk_fp4_f32, from upstream
# MLIR's arith.scaling_truncf (upstream-mlir/, lowered here beforehand). Only
# the inputs and the reference are made here.
HERE = os.path.dirname(os.path.abspath(__file__))


@fixture
def upstream_scaling_truncf_fp4(rng):
    n = 1024  # lanes; each converts 2 values
    s = rng.integers(120, 135, n).astype(np.uint8)
    scale = e8m0_decode(s)
    # Values on the fp4 grid, exact ties between grid points, and random
    # values, all times the lane's scale; a few beyond +-6 (saturation).
    grid = np.array([0, 0.5, 1, 1.5, 2, 3, 4, 6, 0.25, 0.75, 1.25, 1.75,
                     2.5, 3.5, 5, 0.1, 5.9, 7, 100])
    v = np.concatenate([rng.choice(grid, n), rng.uniform(-6.5, 6.5, n)])
    v = v * np.where(rng.integers(0, 2, 2 * n) == 1, -1, 1)
    x = (v.reshape(n, 2) * scale[:, None]).astype(np.float32)
    q = np.clip(x.astype(np.float64) / scale[:, None], -6, 6).astype(
        ml_dtypes.float4_e2m1fn).view(np.uint8) & 0xF
    ref = (q[:, 0] | (q[:, 1] << 4)).astype(np.uint8)
    return dict(
        ir=os.path.join(HERE, "upstream-mlir", "scaling_truncf.ll"),
        kernel="scaling_truncf", compiler="upstream MLIR 22 (mlir-opt)",
        signature={"x": "memref<?xf32>", "s": "memref<?xi8>",
                   "out": "memref<?xi8>"},
        constexprs={}, options={"num_warps": 1},
        grid=[n // 64, 1, 1],
        args=[inp("x", x.reshape(-1), memref=True),
              inp("s", s, memref=True),
              out("out", ref, "u8", exact=True, memref=True)])




@fixture
def upstream_scaling_truncf_fp8(rng):
    # The MX epilogues' f32 -> fp8 with a real scale (Triton passes 1.0 only).
    # Values stay within E4M3FN's range (overflow is another rule).
    n = 1024
    s = rng.integers(110, 145, n).astype(np.uint8)
    scale = e8m0_decode(s)
    codes = rng.integers(0, 256, 2 * n).astype(np.uint8)
    codes[(codes & 0x7F) == 0x7F] &= 0xFE  # no NaN
    grid = fp8_decode(codes, "e4m3")
    # Grid values, midpoints between neighbours (ties), and random values.
    nxt = fp8_decode(np.where((codes & 0x7F) < 0x7E, codes + 1, codes), "e4m3")
    mid = (grid + nxt) / 2
    rnd = rng.uniform(-448, 448, 2 * n) * 2.0 ** -rng.integers(0, 12, 2 * n)
    pick = rng.integers(0, 3, 2 * n)
    v = np.where(pick == 0, grid, np.where(pick == 1, mid, rnd))
    x = (v.reshape(n, 2) * scale[:, None]).astype(np.float32)
    q = (x.astype(np.float64) / scale[:, None]).astype(ml_dtypes.float8_e4m3fn)
    return dict(
        ir=os.path.join(HERE, "upstream-mlir", "scaling_truncf_fp8.ll"),
        kernel="scaling_truncf_fp8", compiler="upstream MLIR 22 (mlir-opt)",
        signature={"x": "memref<?xf32>", "s": "memref<?xi8>",
                   "out": "memref<?xi8>"},
        constexprs={}, options={"num_warps": 1},
        grid=[n // 64, 1, 1],
        args=[inp("x", x.reshape(-1), memref=True),
              inp("s", s, memref=True),
              out("out", q.view(np.uint8).reshape(-1), "u8", exact=True,
                  memref=True)])


@fixture
def upstream_dpp_reduce_f32(rng):
    # Upstream MLIR 22's subgroup_reduce -> DPP lowering on f32 (quad_perm,
    # row_half_mirror, row_mirror, row_bcast:15/31), plus our identity
    # quad_perm anchor on raw f32 bits (upstream-mlir/dpp_reduce_f32.mlir).
    G = 4
    x = dyadic_f32(rng, (G, 64))
    xd = x.astype(np.float64)
    sum4 = np.repeat(xd.reshape(G, 16, 4).sum(axis=2), 4, axis=1)
    max16 = np.repeat(xd.reshape(G, 4, 16).max(axis=2), 16, axis=1)
    sum64 = np.repeat(xd.sum(axis=1, keepdims=True), 64, axis=1)
    bits = rng.integers(0, 2 ** 32, G * 64, dtype=np.uint64).astype(np.uint32)
    bits[:12] = [0x7FC00001, 0xFFC00000, 0x7F800001, 0xFFBFFFFF, 0x80000000,
                 0x00000000, 0x00000001, 0x807FFFFF, 0x7F800000, 0xFF800000,
                 0x7FFFFFFF, 0x3F800000]
    bits = bits.view(np.int32)
    n = G * 64
    return dict(
        ir=os.path.join(HERE, "upstream-mlir", "dpp_reduce_f32.ll"),
        kernel="dpp_reduce_f32", compiler="upstream MLIR 22 (mlir-opt)",
        signature={"x": "memref<?xf32>", "bits": "memref<?xi32>",
                   "sum4": "memref<?xf32>", "max16": "memref<?xf32>",
                   "sum64": "memref<?xf32>", "ident": "memref<?xi32>"},
        constexprs={}, options={"num_warps": 1},
        grid=[G, 1, 1],
        args=[inp("x", x.reshape(-1), memref=True),
              inp("bits", bits, memref=True),
              out("sum4", sum4.reshape(n), "f32", exact=True, memref=True),
              out("max16", max16.reshape(n), "f32", exact=True, memref=True),
              out("sum64", sum64.reshape(n), "f32", exact=True, memref=True),
              out("ident", bits, "i32", exact=True, memref=True)])


@fixture
def llvm_atomic_scan(rng):
    # LLVM 22's AMDGPU atomic optimizer (DPP strategy) on hand-written IR
    # (llvm-opt/atomic_scan.ll): each wave's i32 add and f32 fadd become one
    # atomic plus a DPP scan whose every lane is read back (the value its
    # atomic returned: acc + the sum over the lanes below it), so the row
    # masks of its row_bcast:15 (0xa) and row_bcast:31 (0xc) and wave_shr:1
    # are seen lane by lane.
    G = 4
    x = rng.integers(-1000, 1000, (G, 64)).astype(np.int32)
    y = dyadic_f32(rng, (G, 64))
    below = np.cumsum(x, axis=1) - x
    fbelow = np.cumsum(y.astype(np.float64), axis=1) - y
    return dict(
        ir=os.path.join(HERE, "llvm-opt", "atomic_scan.opt.ll"),
        kernel="atomic_scan",
        compiler="LLVM 22 opt (amdgpu-atomic-optimizer<strategy=dpp>)",
        signature={"x": "*i32", "y": "*fp32", "acc": "*i32", "facc": "*fp32",
                   "old": "*i32", "fold": "*fp32"},
        constexprs={}, options={"num_warps": 1},
        grid=[G, 1, 1],
        args=[inp("x", x.reshape(-1)), inp("y", y.reshape(-1)),
              out("acc", x.sum(axis=1).astype(np.int32), "i32", exact=True,
                  zero=True),
              out("facc", y.astype(np.float64).sum(axis=1), "f32",
                  exact=True, zero=True),
              out("old", below.reshape(-1).astype(np.int32), "i32",
                  exact=True),
              out("fold", fbelow.reshape(-1), "f32", exact=True)])


# ------------------------------------------- cross-workgroup synchronization


@triton.jit
def ticket_handoff_kernel(counters_ptr, x_ptr, data_ptr, out_ptr, order_ptr, P,
                          SPIN: tl.constexpr, BLOCK: tl.constexpr):
    # The fused-MoE handoff: each program draws a ticket (counters[0]);
    # tickets < P write data[ticket] = x * (ticket + 1) and release
    # counters[1] (done); the others spin on done with acquire atomics, then
    # write out[ticket - P] = (ticket - P + 1) * sum_p data[p]. The last
    # program to bump counters[2] (finished == num_programs - 1) resets all
    # three. SPIN: "add" (scalar atomic_add 0), "cas" (scalar atomic_cas) or
    # "tensor" (every lane: buffer atomics, fences in the IR).
    offs = tl.arange(0, BLOCK)
    ticket = tl.atomic_add(counters_ptr, 1, sem="relaxed", scope="gpu")
    tl.store(order_ptr + tl.program_id(0), ticket)
    x = tl.load(x_ptr + offs)
    if ticket < P:
        tl.store(data_ptr + ticket * BLOCK + offs,
                 x * (ticket + 1).to(tl.float32))
        if SPIN == "tensor":
            tl.atomic_add(counters_ptr + 1 + offs * 0,
                          tl.full((BLOCK,), 1, tl.int32), sem="release",
                          scope="gpu")
        else:
            tl.debug_barrier()
            tl.atomic_add(counters_ptr + 1, 1, sem="release", scope="gpu")
    else:
        if SPIN == "add":
            seen = tl.atomic_add(counters_ptr + 1, 0, sem="acquire",
                                 scope="gpu")
            while seen < P:
                seen = tl.atomic_add(counters_ptr + 1, 0, sem="acquire",
                                     scope="gpu")
        elif SPIN == "cas":
            seen = tl.atomic_cas(counters_ptr + 1, P, P, sem="acquire",
                                 scope="gpu")
            while seen != P:
                seen = tl.atomic_cas(counters_ptr + 1, P, P, sem="acquire",
                                     scope="gpu")
        else:
            seen = tl.min(tl.atomic_add(counters_ptr + 1 + offs * 0,
                                        tl.zeros((BLOCK,), tl.int32),
                                        sem="acquire", scope="gpu"), axis=0)
            while seen < P * BLOCK:
                seen = tl.min(tl.atomic_add(counters_ptr + 1 + offs * 0,
                                            tl.zeros((BLOCK,), tl.int32),
                                            sem="acquire", scope="gpu"),
                              axis=0)
        acc = tl.zeros((BLOCK,), tl.float32)
        for p in range(0, P):
            acc += tl.load(data_ptr + p * BLOCK + offs)
        c = ticket - P
        tl.store(out_ptr + c * BLOCK + offs, acc * (c + 1).to(tl.float32))
    fin = tl.atomic_add(counters_ptr + 2, 1, sem="acq_rel", scope="gpu")
    if fin == tl.num_programs(0) - 1:
        tl.atomic_xchg(counters_ptr, 0, sem="relaxed", scope="gpu")
        tl.atomic_xchg(counters_ptr + 1, 0, sem="relaxed", scope="gpu")
        tl.atomic_xchg(counters_ptr + 2, 0, sem="relaxed", scope="gpu")


def ticket_fixture(spin, G, P, warps):
    def make(rng):
        BLOCK = 64 * warps
        x = rng.uniform(-1, 1, BLOCK).astype(np.float32)
        data = np.stack([x * np.float32(p + 1) for p in range(P)])
        acc = np.zeros(BLOCK, np.float32)
        for p in range(P):
            acc = (acc + data[p]).astype(np.float32)
        outs = np.stack([acc * np.float32(c + 1) for c in range(G - P)])
        return dict(
            fn=ticket_handoff_kernel,
            signature={"counters_ptr": "*i32", "x_ptr": "*fp32",
                       "data_ptr": "*fp32", "out_ptr": "*fp32",
                       "order_ptr": "*i32", "P": "i32",
                       "SPIN": "constexpr", "BLOCK": "constexpr"},
            constexprs={"SPIN": spin, "BLOCK": BLOCK},
            options={"num_warps": warps, "num_stages": 1},
            grid=[G, 1, 1],
            sync={"counters": "counters", "stale_ticket": G},
            args=[out("counters", np.zeros(3, np.int32), "i32", exact=True,
                      zero=True),
                  inp("x", x),
                  out("data", data.astype(np.float64), "f32", tol=1e-6),
                  out("out", outs.astype(np.float64), "f32", tol=1e-6),
                  out("order", np.arange(G, dtype=np.int32), "i32",
                      exact=True, sorted=True),
                  i32(P)])
    return make


FIXTURES["sync_ticket_add"] = ticket_fixture("add", 12, 4, 4)
FIXTURES["sync_ticket_cas"] = ticket_fixture("cas", 10, 3, 2)
FIXTURES["sync_ticket_tensor"] = ticket_fixture("tensor", 10, 4, 2)


@fixture
def sync_ir_handoff(rng):
    # Our kernels' own constructs (fences, load atomic, s.sleep,
    # readfirstlane, implicitarg block count), which Triton never emits, in
    # hand-written IR (sync-ir/handoff.ll); the ISA comes from Triton's LLVM.
    G, P, B = 12, 5, 128
    data = np.array([[1000 * p + t + 7 for t in range(B)] for p in range(P)],
                    np.int64)
    outs = np.stack([(c + 1) * data.sum(axis=0) for c in range(G - P)])
    return dict(
        ir=os.path.join(HERE, "sync-ir", "handoff.ll"), isa=True,
        kernel="sync_ir_handoff",
        compiler="hand-written LLVM IR (ISA: Triton's LLVM)",
        signature={"counters": "*i32", "data": "*i32", "out": "*i32",
                   "order": "*i32", "P": "i32"},
        constexprs={}, options={"num_warps": 2},
        grid=[G, 1, 1],
        sync={"counters": "counters", "stale_ticket": G},
        args=[out("counters", np.zeros(3, np.int32), "i32", exact=True,
                  zero=True),
              out("data", data.astype(np.int32), "i32", exact=True),
              out("out", outs.astype(np.int32), "i32", exact=True),
              out("order", np.arange(G, dtype=np.int32), "i32", exact=True,
                  sorted=True),
              i32(P)])


def translate_ir_to_isa(ir_text, chip):
    """gfx ISA of hand-written IR from the LLVM bundled with Triton."""
    from triton._C.libtriton import amd, llvm
    llvm.init_targets()  # Triton's make_llir does this before codegen
    try:
        return llvm.translate_to_asm(ir_text, amd.TARGET_TRIPLE, chip, "", [],
                                     False, False)
    except TypeError:
        return llvm.translate_to_asm(ir_text, "amdgcn-amd-amdhsa", chip, "",
                                     [], False, False)


def write_isa_probe(out_dir):
    """sync-ir/probe.ll (one construct per kernel) -> OUT/sync_isa_probe."""
    d = os.path.join(out_dir, "sync_isa_probe")
    os.makedirs(d, exist_ok=True)
    src = open(os.path.join(HERE, "sync-ir", "probe.ll")).read()
    with open(os.path.join(d, "probe.ll"), "w") as f:
        f.write(src)
    with open(os.path.join(d, "probe.s"), "w") as f:
        f.write(translate_ir_to_isa(src, "gfx950"))
    print("OK sync_isa_probe")


# ------------------------------------------------------------------ compile


def attrs_for(signature, args_by_name):
    """What Triton's JIT specializes: pointers divisible by 16 with a 32-bit
    range, ints divisible by 16."""
    attrs = {}
    for i, (name, ty) in enumerate(signature.items()):
        if ty.startswith("*"):
            attrs[(i,)] = [["tt.divisibility", 16], ["tt.pointer_range", 32]]
        elif ty == "i32":
            v = args_by_name.get(name)
            if v is not None and v % 16 == 0:
                attrs[(i,)] = [["tt.divisibility", 16]]
    return attrs


def compile_stages(fn, signature, constexprs, attrs, opts, chip):
    target = GPUTarget("hip", chip, 64)
    backend = make_backend(target)
    src = ASTSource(fn=fn, signature=signature, constexprs=constexprs,
                    attrs=attrs)
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
    res = {}
    for name, stage in stages.items():
        module = stage(module, metadata)
        if name in ("ttgir", "llir", "amdgcn"):
            res[name] = module if isinstance(module, str) else str(module)
        if "llir" in res and "amdgcn" in res:
            break
    res["metadata"] = {k: v for k, v in metadata.items()
                       if isinstance(v, (int, str, float, bool))}
    return res


def intrinsics_of(llir):
    return sorted(set(re.findall(r"@(llvm\.amdgcn\.[\w.]+)\(", llir)))


def write_fixture(out_dir, name, spec, res, intrinsics):
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "kernel.ll"), "w") as f:
        f.write(res["llir"])
    if "amdgcn" in res:
        with open(os.path.join(d, "kernel.s"), "w") as f:
            f.write(res["amdgcn"])
    meta = res["metadata"]
    args = []
    for a in spec["args"]:
        if a["kind"] == "i32":
            args.append({"i32": a["value"]})
            continue
        fname = a["name"] + (".npy" if a["kind"] == "input" else ".ref.npy")
        arr = a["array"] if a["kind"] == "input" else a["ref"]
        np.save(os.path.join(d, fname), np.ascontiguousarray(arr))
        if a["kind"] == "input":
            args.append({"input": fname})
        else:
            args.append({"output": a["name"], "ref": fname,
                         "dtype": a["dtype"], "tol": a["tol"],
                         "exact": a["exact"], "zero": a.get("zero", False)})
            if a.get("sorted"):
                args[-1]["sorted"] = True
        if a.get("memref"):
            args[-1]["memref"] = True  # 5 parameters: MLIR's descriptor
    desc = {
        "kernel": meta.get("name", spec.get("kernel")),
        "chip": spec.get("chip", "gfx950"),
        "compiler": spec.get("compiler", "triton " + triton.__version__),
        "grid": spec["grid"], "block": 64 * spec["options"]["num_warps"],
        "shared": meta.get("shared", 0), "args": args,
        "triton": triton.__version__, "seed": SEED,
        "constexprs": spec["constexprs"], "options": spec["options"],
        "signature": spec["signature"], "intrinsics": intrinsics,
    }
    if "sync" in spec:
        desc["sync"] = spec["sync"]
    with open(os.path.join(d, "fixture.json"), "w") as f:
        json.dump(desc, f, indent=1, sort_keys=True)


def main():
    out_dir = sys.argv[1]
    names = sys.argv[2:] or list(FIXTURES) + list(PROBES) + ["sync_isa_probe"]
    kept_probes = []
    os.makedirs(out_dir, exist_ok=True)
    print("triton", triton.__version__, "numpy", np.__version__,
          "ml_dtypes", ml_dtypes.__version__, "seed", SEED)
    failed = []
    if "sync_isa_probe" in names:
        names.remove("sync_isa_probe")
        try:
            write_isa_probe(out_dir)
        except Exception:
            failed.append("sync_isa_probe")
            traceback.print_exc()
    for idx, name in enumerate(names):
        rng = np.random.default_rng(SEED + idx * 7919)
        try:
            probe = name in PROBES
            spec = (PROBES if probe else FIXTURES)[name](rng)
            by_name = {}
            sig_names = list(spec["signature"])
            scalars = [a for a in spec["args"] if a["kind"] == "i32"]
            for a, s in zip(scalars, [n for n in sig_names
                                      if spec["signature"][n] == "i32"]):
                by_name[s] = a["value"]
            if "ir" in spec:
                res = {"llir": open(spec["ir"]).read(), "metadata": {}}
                if spec.get("isa"):
                    res["amdgcn"] = translate_ir_to_isa(
                        res["llir"], spec.get("chip", "gfx950"))
            else:
                res = compile_stages(spec["fn"], spec["signature"],
                                     spec["constexprs"],
                                     attrs_for(spec["signature"], by_name),
                                     spec["options"],
                                     spec.get("chip", "gfx950"))
            intr = intrinsics_of(res["llir"])
            if probe and (not has_permlane(intr) or len(kept_probes) >= 4):
                print("probe", name, "permlane" if has_permlane(intr) else
                      "-", [i[len("llvm.amdgcn."):] for i in intr
                            if "permlane" in i or "mfma" in i])
                continue
            if probe:
                kept_probes.append(name)
            if "check" in spec:  # what the reference assumed of the layout
                spec["check"](res)
            write_fixture(out_dir, name, spec, res, intr)
            print("OK", name, res["metadata"].get("shared"),
                  [i[len("llvm.amdgcn."):] for i in intr])
        except Exception:
            failed.append(name)
            print("FAIL", name)
            traceback.print_exc()
    print("failed:", failed)


if __name__ == "__main__":
    main()
