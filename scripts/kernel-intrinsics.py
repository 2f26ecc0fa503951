#!/usr/bin/env python3
"""Lists every AMDGPU intrinsic (and hardware-specific LLVM memory operation)
in the LLVM IR that mxmoe's pipeline emits, over the problem kernels with
every option on gfx950 and gfx942 and the routing/quantize/finish/reduce
kernels of the layer, and checks each against the oracle coverage table of
docs/emulator.md: every emitted intrinsic must match a row, every row must
name its evidence, and each fixture a row names must exist and call an
intrinsic of that row.

    kernel-intrinsics.py BUILD_BIN_DIR SOURCE_DIR [--list]
Exit 0 when covered; 1 with one line per gap."""
import fnmatch
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

bindir, src = sys.argv[1], sys.argv[2]
listing = "--list" in sys.argv
compile_ = os.path.join(bindir, "moe-compile")

GPT = ["--model-dim=2880", "--inter-dim=2880", "--experts=128", "--topk=4"]
SMALL = ["--model-dim=384", "--inter-dim=352", "--experts=4", "--topk=2"]


def problem_variants():
    for chip, prec in itertools.product(("gfx950", "gfx942"),
                                        ("a16w4", "a8w4", "a4w4")):
        base = ["--chip=" + chip, "--precision=" + prec]
        for shape in (GPT, SMALL):
            for extra in (["--bias", "--out=bf16", "--combine=atomic"],
                          ["--out=f32", "--combine=atomic"],
                          ["--out=f16", "--combine=store"],
                          ["--out=bf16", "--combine=store", "--split-k=2"],
                          ["--bias", "--tile=64x128x128"]):
                yield base + shape + ["--stage=2"] + extra
            for extra in (["--bias", "--h-format=bf16"],
                          ["--h-format=mxfp8"], ["--h-format=mxfp4"],
                          ["--activation=silu", "--gate-up=halves"],
                          ["--gate-up=blocks16", "--split-k=2",
                           "--h-format=mxfp4"],
                          ["--split-k=3", "--bias"]):
                yield base + shape + ["--stage=1"] + extra


def files():
    tmp = tempfile.mkdtemp(prefix="kernel-intrinsics-")
    for name in ("lower-sort.mlir", "lower-quantize-mx.mlir",
                 "lower-slot-reduce.mlir", "lower-stage1-finish.mlir",
                 "lower-stage2-packed-atomics.mlir"):
        text = open(os.path.join(src, "test/Transforms", name)).read()
        for i, chunk in enumerate(text.split("// -----")):
            path = os.path.join(tmp, f"{i}-{name}")
            with open(path, "w") as f:
                f.write(chunk)
            for chip in ("gfx950", "gfx942"):
                yield [path, "--chip=" + chip]
    for name in ("a16w4_tile.mlir", "a4w4_tile.mlir"):
        yield [os.path.join(src, "examples", name), "--chip=gfx950"]
    yield [os.path.join(src, "examples/a16w4_tile.mlir"), "--chip=gfx942"]


UNSUPPORTED = re.compile(r"gfx942|not supported on|requires gfx950|"
                         r"has no (scaled|MX)|gfx950 only", re.I)

INTRINSIC = re.compile(r"@(llvm\.amdgcn\.[\w.]+)\(")
# LLVM instructions whose result depends on the target's memory semantics.
# The value's type ends at the space before it (a register or a constant).
ATOMIC = re.compile(r"atomicrmw (\w+) ptr addrspace\((\d)\) %[\w.]+, "
                    r"(<[^>]*>|\w+) ")


def emitted():
    found = {}
    kernels = 0
    for args in itertools.chain(problem_variants(), files()):
        cmd = [compile_, "--emit=llvm", "-o", "-"] + args
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            if UNSUPPORTED.search(p.stderr):
                continue  # the chip lacks the instruction; an error, tested
            print("kernel-intrinsics: " + " ".join(args) + " failed: " +
                  p.stderr.strip().splitlines()[-1])
            sys.exit(1)
        kernels += 1
        what = " ".join(a for a in args if not a.startswith("--model") and
                        not a.startswith("--inter") and
                        not a.startswith("--experts") and
                        not a.startswith("--topk"))
        for name in INTRINSIC.findall(p.stdout):
            found.setdefault(name, what)
        for op, space, ty in ATOMIC.findall(p.stdout):
            found.setdefault(f"atomicrmw.{op}.p{space}.{ty.replace(' ', '')}",
                             what)
    return found, kernels


def table():
    """Rows of the coverage table: (patterns, evidence cell)."""
    rows = []
    text = open(os.path.join(src, "docs/emulator.md")).read()
    section = text.split("## Oracle coverage", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] in ("Semantic",) or \
                set(cells[0]) <= set("-: "):
            continue
        patterns = re.findall(r"`([^`]+)`", cells[1])
        rows.append((cells[0], patterns, cells[2]))
    return rows


def main():
    rows = table()
    fixtures_dir = os.path.join(src, "test/Oracle/fixtures")
    gaps = []
    for semantic, patterns, evidence in rows:
        # Fixtures are the backticked names before "documented-only:"; what
        # follows names the document.
        names = re.findall(r"`([\w.]+)`",
                           evidence.split("documented-only", 1)[0])
        if not names and "documented-only" not in evidence:
            gaps.append(f"row '{semantic}' names no evidence")
        for fx in names:
            ll = os.path.join(fixtures_dir, fx, "kernel.ll")
            if not os.path.exists(ll):
                gaps.append(f"row '{semantic}': no fixture {fx}")
                continue
            ir = open(ll).read()
            used = set(INTRINSIC.findall(ir)) | {
                f"atomicrmw.{o}.p{s}.{t.replace(' ', '')}"
                for o, s, t in ATOMIC.findall(ir)}
            if not any(fnmatch.fnmatchcase(u, p) for u in used
                       for p in patterns):
                gaps.append(f"row '{semantic}': fixture {fx} calls none of "
                            + ", ".join(patterns))
    found, kernels = emitted()
    for name, where in sorted(found.items()):
        row = [r for r in rows if any(fnmatch.fnmatchcase(name, p)
                                      for p in r[1])]
        if listing:
            print(f"{name:64} {row[0][0] if row else '-':40} {where}")
        if not row:
            gaps.append(f"{name} (emitted by moe-compile {where}) has no "
                        "row in docs/emulator.md's oracle coverage table")
    for g in gaps:
        print("kernel-intrinsics: " + g)
    print(f"kernel-intrinsics: {kernels} kernels, {len(found)} intrinsics, "
          f"{len(rows)} table rows, {len(gaps)} gaps")
    sys.exit(1 if gaps else 0)


if __name__ == "__main__":
    main()
