#!/usr/bin/env python3
"""The loop table of docs/perf/loops.md: the innermost MFMA loop of our
GPT-OSS-120B stage kernels and of Triton's (aiter's MoE GEMMs), counted the
same way and run through llvm-mca.

    scripts/loop-table.py -o docs/perf/loops.md        (from the source root)
    scripts/loop-table.py --count FILE.s|FILE.hsaco   (one file's loops)

Ours: `moe-compile --model=gpt-oss-120b --precision=P -o DIR` for a16w4,
a8w4 and a4w4; from DIR/manifest.json the stage kernels of the T = 1 bucket
(decode) and of the largest bucket (prefill); their code objects are
disassembled with llvm-objdump and their metadata read with llvm-readelf.
Triton's: the committed ISA text under test/perf/Inputs/triton-gfx950/
(see its README.md). Python 3 standard library only."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PRECISIONS = ("a16w4", "a8w4", "a4w4")
MCA_ITERATIONS = 100
LLVM_BIN = "/usr/lib/llvm-22/bin"
PEER_DIR = os.path.join("test", "perf", "Inputs", "triton-gfx950")
COMMAND = "scripts/loop-table.py -o docs/perf/loops.md"

# Targets of issue 15.
MAX_INSTRS_PER_SCALED_MFMA = 20
MAX_VALU_PER_BF16_MFMA = 5


class Error(Exception):
    pass


# ------------------------------------------------------------- instructions

BRANCH_RE = re.compile(r"^s_(branch|cbranch_\w+|setpc_b64)$")


def classify(mnemonic):
    """One class per instruction: mfma, valu, lds, vmem, smem, branch, salu."""
    if mnemonic.startswith("v_mfma") or mnemonic.startswith("v_smfmac"):
        return "mfma"
    if mnemonic.startswith("v_"):
        return "valu"
    if mnemonic.startswith("ds_"):
        return "lds"
    if mnemonic.startswith(("buffer_", "global_", "flat_", "scratch_")):
        return "vmem"
    if BRANCH_RE.match(mnemonic):
        return "branch"
    if mnemonic.startswith(("s_load", "s_buffer_load", "s_store",
                            "s_buffer_store", "s_dcache")):
        return "smem"
    if mnemonic.startswith("s_"):
        return "salu"
    return "other"


class Kernel:
    """One function: its instructions in order, where branches go, and the
    code object's metadata."""

    def __init__(self, name):
        self.name = name
        self.instrs = []  # instruction text (mnemonic and operands)
        self.targets = {}  # instruction index -> branch target index
        self.meta = {}


def mnemonic_of(instr):
    return instr.split(None, 1)[0]


def parse_asm(text):
    """Assembler text (llc / Triton `.s`): functions from `name:` (declared
    `.type name,@function`) to their `.size` (or `.Lfunc_end` label),
    labels as branch targets."""
    functions = re.findall(r"^\s*\.type\s+([\w.$]+)\s*,\s*@function", text,
                           re.M)
    lines = [l.split(";")[0].split("//")[0].strip() for l in text.split("\n")]
    kernels = []
    for fn in functions:
        try:
            start = lines.index(fn + ":")
        except ValueError:
            continue
        k = Kernel(fn)
        labels, pending = {}, []
        for l in lines[start + 1:]:
            if not l:
                continue
            if l.startswith((".Lfunc_end", ".size")):
                break
            if l.endswith(":"):
                labels[l[:-1]] = len(k.instrs)
                continue
            if l.startswith(".") or not l[0].isalpha():
                continue
            k.instrs.append(l)
            m = mnemonic_of(l)
            if classify(m) == "branch" and " " in l:
                pending.append((len(k.instrs) - 1, l.split()[-1]))
        for at, label in pending:
            if label in labels:
                k.targets[at] = labels[label]
        k.meta = metadata_of(text, fn)
        kernels.append(k)
    return kernels


OBJDUMP_LINE = re.compile(r"^\s+(\S.*?)\s*//\s*([0-9A-Fa-f]+):[^<]*(<(.+)>)?$")


def parse_objdump(text, notes):
    """llvm-objdump -d text: instruction addresses from the comments, branch
    targets from `<fn+0xOFF>`."""
    kernels, k, base, by_addr, pending = [], None, 0, {}, []

    def finish():
        # The section's alignment padding (s_nop, s_code_end) after the
        # last s_endpgm is no part of the kernel.
        while k.instrs and mnemonic_of(k.instrs[-1]) in ("s_nop",
                                                         "s_code_end"):
            k.instrs.pop()
        for at, addr in pending:
            if addr in by_addr:
                k.targets[at] = by_addr[addr]
        k.meta = metadata_of(notes, k.name)
        kernels.append(k)

    for line in text.split("\n"):
        head = re.match(r"^([0-9a-fA-F]+) <([\w.$]+)>:$", line)
        if head:
            if k:
                finish()
            k, base, by_addr, pending = Kernel(head.group(2)), int(
                head.group(1), 16), {}, []
            continue
        m = OBJDUMP_LINE.match(line)
        if not k or not m:
            continue
        instr, addr, target = m.group(1), int(m.group(2), 16), m.group(4)
        by_addr[addr] = len(k.instrs)
        k.instrs.append(instr)
        if classify(mnemonic_of(instr)) == "branch" and target:
            sym, _, off = target.partition("+")
            if sym == k.name:
                pending.append((len(k.instrs) - 1,
                                base + (int(off, 16) if off else 0)))
    if k:
        finish()
    return kernels


METADATA_KEYS = ("name", "vgpr_count", "agpr_count", "sgpr_count",
                 "vgpr_spill_count", "sgpr_spill_count",
                 "private_segment_fixed_size", "group_segment_fixed_size")


def metadata_of(text, name):
    """The kernel's own keys in the amdhsa metadata (YAML, in `.s` files and
    in llvm-readelf --notes): the items of `amdhsa.kernels`, keys at an
    item's own indentation (its arguments' keys are indented further)."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines)
                  if l.strip() == "amdhsa.kernels:"), None)
    if start is None:
        return {}
    base = len(lines[start]) - len(lines[start].lstrip())
    item, indent = " " * (base + 2) + "- ", base + 4
    entries, entry = [], None
    for l in lines[start + 1:]:
        if l.strip() and len(l) - len(l.lstrip()) <= base:
            break
        if l.startswith(item):
            entry = {}
            entries.append(entry)
            l = " " * indent + l[len(item):]
        m = re.match(r"^( *)\.(\w+):\s+(\S+)\s*$", l)
        if entry is not None and m and len(m.group(1)) == indent and \
                m.group(2) in METADATA_KEYS:
            v = m.group(3)
            entry[m.group(2)] = v if m.group(2) == "name" else int(v)
    for e in entries:
        if e.get("name") == name:
            return {k: v for k, v in e.items() if k != "name"}
    return {}


# --------------------------------------------------------------------- loops


class Loop:
    def __init__(self, kernel, head, tail):
        self.kernel = kernel
        self.head, self.tail = head, tail
        self.body = kernel.instrs[head:tail + 1]
        self.counts = {c: 0 for c in ("mfma", "valu", "cvt", "lds", "vmem",
                                      "smem", "salu", "branch", "other")}
        for i in self.body:
            m = mnemonic_of(i)
            c = classify(m)
            self.counts[c] += 1
            if m.startswith("v_cvt"):
                self.counts["cvt"] += 1
        self.mfma_kinds = sorted({mnemonic_of(i) for i in self.body
                                  if classify(mnemonic_of(i)) == "mfma"})
        self.mca_cycles = None
        self.whole_kernel = False

    @property
    def size(self):
        return len(self.body)


NO_FALLTHROUGH_RE = re.compile(r"^s_(branch|endpgm|setpc_b64)$")


def closes_cycle(kernel, target, at):
    """Whether the backward branch at `at` closes a cycle: from `target`,
    control reaches it without leaving [target, at]. A backward jump into
    code that only runs on (a block the compiler placed earlier, say the
    epilogue between the last K steps) is not a loop."""
    seen, work = set(), [target]
    while work:
        i = work.pop()
        if i in seen or not target <= i <= at:
            continue
        if i == at:
            return True
        seen.add(i)
        if not NO_FALLTHROUGH_RE.match(mnemonic_of(kernel.instrs[i])):
            work.append(i + 1)
        if i in kernel.targets:
            work.append(kernel.targets[i])
    return False


def innermost_mfma_loop(kernel):
    """The smallest natural loop holding an MFMA: a backward branch to a
    target at or before it that closes a cycle, its body every instruction
    from the target to the branch (for several back branches to one
    target, the last)."""
    tails = {}
    for at, target in kernel.targets.items():
        if target <= at and closes_cycle(kernel, target, at):
            tails[target] = max(at, tails.get(target, at))
    best = None
    for head, tail in tails.items():
        loop = Loop(kernel, head, tail)
        if loop.counts["mfma"] and (best is None or loop.size < best.size):
            best = loop
    return best


def main_loop(kernel):
    """The innermost MFMA loop, else (a fully unrolled K loop) the whole
    kernel as its one trip; None without MFMAs."""
    loop = innermost_mfma_loop(kernel)
    if loop is None and kernel.instrs:
        loop = Loop(kernel, 0, len(kernel.instrs) - 1)
        loop.whole_kernel = True
    return loop if loop and loop.counts["mfma"] else None


def run(cmd, what):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise Error(f"{what}: {e}")
    if p.returncode != 0:
        first = (p.stderr or p.stdout).strip().split("\n")[0]
        raise Error(f"{what} failed (exit {p.returncode}): {first}")
    return p.stdout


def mca_cycles(loop, llvm_mca):
    """llvm-mca cycles per iteration of the body (branches left out: the
    loop is the iteration)."""
    body = [i for i in loop.body if classify(mnemonic_of(i)) != "branch"]
    with tempfile.NamedTemporaryFile("w", suffix=".s", delete=False) as f:
        f.write("\n".join(body) + "\n")
        path = f.name
    try:
        out = run([llvm_mca, "-mtriple=amdgcn", "-mcpu=gfx950",
                   f"-iterations={MCA_ITERATIONS}", path],
                  f"llvm-mca on the loop of {loop.kernel.name}")
    finally:
        os.unlink(path)
    m = re.search(r"Total Cycles:\s+(\d+)", out)
    if not m:
        raise Error(f"llvm-mca printed no total cycles for {loop.kernel.name}")
    return int(m.group(1)) / MCA_ITERATIONS


def load_kernels(path, tools):
    """Kernels of a `.s` file or a code object."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as e:
        raise Error(f"cannot read {path}: {e.strerror}")
    if head == b"\x7fELF":
        dis = run([tools["llvm-objdump"], "-d", "--mcpu=gfx950", path],
                  f"llvm-objdump {path}")
        notes = run([tools["llvm-readelf"], "--notes", path],
                    f"llvm-readelf {path}")
        kernels = parse_objdump(dis, notes)
    else:
        with open(path, encoding="utf-8", errors="replace") as f:
            kernels = parse_asm(f.read())
    if not kernels:
        raise Error(f"{path}: no kernel found (neither a code object nor "
                    "assembler text with .type NAME,@function)")
    return kernels


def measure(path, tools, name=None):
    kernels = load_kernels(path, tools)
    if name:
        kernels = [k for k in kernels if k.name == name]
        if not kernels:
            raise Error(f"{path}: no kernel {name}")
    k = kernels[0]
    loop = main_loop(k)
    if loop is None:
        raise Error(f"{path}: kernel {k.name} has no MFMA")
    loop.mca_cycles = mca_cycles(loop, tools["llvm-mca"])
    return loop


# ---------------------------------------------------------------- our kernels


def our_kernels(moe_compile, work):
    """{(precision, stage, phase): (path, tile text)} from each manifest."""
    found = {}
    for p in PRECISIONS:
        out = os.path.join(work, p)
        # The stages' own kernels: a fused launch inlines these same
        # bodies, so its loops are theirs.
        run([moe_compile, "--model=gpt-oss-120b", f"--precision={p}",
             "--fused-stages-tokens=0", "-o", out],
            f"moe-compile --precision={p}")
        try:
            with open(os.path.join(out, "manifest.json")) as f:
                manifest = json.load(f)
            buckets = sorted(manifest["buckets"],
                             key=lambda b: b["max_tokens"])
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise Error(f"{out}/manifest.json: unreadable ({e})")
        for phase, bucket in (("decode", buckets[0]), ("prefill",
                                                       buckets[-1])):
            for stage in (1, 2):
                role = f"stage{stage}"
                kernel = [k for k in bucket["kernels"] if k["role"] == role]
                if len(kernel) != 1:
                    raise Error(f"{out}/manifest.json: bucket T<="
                                f"{bucket['max_tokens']} has "
                                f"{len(kernel)} {role} kernels")
                c = bucket[role]
                tile = f"{c['tile_m']}x{c['tile_n']}x{c['tile_k']} w{c['waves']}"
                if c.get("split_k", 1) > 1:
                    tile += f" split-k {c['split_k']}"
                found[(p, stage, phase)] = (
                    os.path.join(out, kernel[0]["file"]), kernel[0]["name"],
                    f"T<={bucket['max_tokens']}: {tile}")
    return found


def peer_kernels(peer_dir):
    try:
        with open(os.path.join(peer_dir, "configs.json")) as f:
            configs = json.load(f)
    except (OSError, ValueError) as e:
        raise Error(f"{peer_dir}/configs.json: unreadable ({e})")
    found = {}
    for p in PRECISIONS:
        for stage, phase in ((2, "decode"), (2, "prefill"), (1, "decode")):
            key = f"{p}_stage{stage}_{phase}"
            c = configs.get(key, {}).get("config")
            path = os.path.join(peer_dir, key + ".s")
            if c and os.path.exists(path):
                o = configs[key]["options"]
                tile = (f"{c['block_m']}x{c['block_n']}x{c['block_k']} "
                        f"w{o['num_warps']} stages {o['num_stages']}")
                found[(p, stage, phase)] = (path, None, tile)
    return found


# --------------------------------------------------------------------- table


def fmt(x):
    return f"{x:.1f}"


def row_cells(loop):
    c, mf = loop.counts, loop.counts["mfma"]
    spills = (loop.kernel.meta.get("vgpr_spill_count", -1),
              loop.kernel.meta.get("sgpr_spill_count", -1),
              loop.kernel.meta.get("private_segment_fixed_size", -1))
    return [f"{loop.size} / {mf} = {fmt(loop.size / mf)}",
            f"{fmt(c['valu'] / mf)} ({fmt((c['valu'] - c['cvt']) / mf)})",
            f"{c['cvt']}", f"{c['lds']}", f"{c['vmem']}",
            f"{c['salu'] + c['smem']}", f"{c['branch']}",
            str(loop.kernel.meta.get("vgpr_count", "?")),
            str(loop.kernel.meta.get("agpr_count", "?")),
            "{}/{}/{} B".format(*spills), fmt(loop.mca_cycles)]


ROWS = [("a16w4", 2, "decode"), ("a8w4", 2, "decode"), ("a4w4", 2, "decode"),
        ("a16w4", 2, "prefill"), ("a8w4", 2, "prefill"),
        ("a4w4", 2, "prefill"), ("a16w4", 1, "decode"), ("a8w4", 1, "decode"),
        ("a4w4", 1, "decode")]


def spill_free(loop):
    m = loop.kernel.meta
    return (m.get("vgpr_spill_count", 1) == 0 and m.get("sgpr_spill_count", 1)
            == 0 and m.get("private_segment_fixed_size", 1) == 0)


def targets(ours, peer):
    """(target, ours, Triton, pass) rows of issue 15."""
    out = []
    for p in ("a8w4", "a4w4"):
        loop = ours[(p, 2, "decode")]
        v = loop.size / loop.counts["mfma"]
        t = peer.get((p, 2, "decode"))
        out.append((f"{p} stage 2 decode: instructions per scaled MFMA <= "
                    f"{MAX_INSTRS_PER_SCALED_MFMA}", fmt(v),
                    fmt(t.size / t.counts["mfma"]) if t else "-",
                    v <= MAX_INSTRS_PER_SCALED_MFMA))
    loop = ours[("a16w4", 2, "decode")]
    v = loop.counts["valu"] / loop.counts["mfma"]
    t = peer.get(("a16w4", 2, "decode"))
    out.append((f"a16w4 stage 2 decode: VALU per bf16 MFMA <= "
                f"{MAX_VALU_PER_BF16_MFMA} (4 cvt floor)", fmt(v),
                fmt(t.counts["valu"] / t.counts["mfma"]) if t else "-",
                v <= MAX_VALU_PER_BF16_MFMA))
    for key in ROWS:
        p, s, ph = key
        loop, t = ours[key], peer.get(key)
        out.append((f"{p} stage {s} {ph}: no spills",
                    "none" if spill_free(loop) else "spills",
                    ("none" if spill_free(t) else "spills") if t else "-",
                    spill_free(loop)))
        if t:
            ov, tv = loop.kernel.meta.get("vgpr_count", 1 << 30), \
                t.kernel.meta.get("vgpr_count", 0)
            out.append((f"{p} stage {s} {ph}: VGPRs <= Triton's", str(ov),
                        str(tv), ov <= tv))
    return out


def markdown(ours, peer, tiles):
    h = ["| kernel | compiler, tile | instrs / MFMA | VALU / MFMA (non-cvt) "
         "| cvt | LDS | VMEM | SALU+SMEM | branch | VGPR | AGPR "
         "| spills v/s/scratch | mca cycles/iter |",
         "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
         "| --- | --- |"]
    for key in ROWS:
        p, s, ph = key
        label = f"{p} stage {s} {ph}"
        for side, loops in (("ours", ours), ("Triton", peer)):
            loop = loops.get(key)
            if loop is None:
                h.append(f"| {label} | {side}: not compiled | "
                         + " | ".join(["-"] * 11) + " |")
                continue
            note = " (no loop: the whole kernel)" if loop.whole_kernel else ""
            h.append(f"| {label} | {side}: {tiles[side][key]}{note} | "
                     + " | ".join(row_cells(loop)) + " |")
    t = ["| target | ours | Triton | |", "| --- | --- | --- | --- |"]
    for name, o, tr, ok in targets(ours, peer):
        t.append(f"| {name} | {o} | {tr} | {'pass' if ok else 'FAIL'} |")
    mfmas = ["| kernel | ours: MFMA | Triton: MFMA |", "| --- | --- | --- |"]
    for key in ROWS:
        p, s, ph = key
        kinds = [", ".join(l.mfma_kinds) if l else "-"
                 for l in (ours.get(key), peer.get(key))]
        mfmas.append(f"| {p} stage {s} {ph} | {kinds[0]} | {kinds[1]} |")
    return TEMPLATE.format(command=COMMAND, table="\n".join(h),
                           targets="\n".join(t), mfmas="\n".join(mfmas),
                           max_scaled=MAX_INSTRS_PER_SCALED_MFMA,
                           max_valu=MAX_VALU_PER_BF16_MFMA,
                           iterations=MCA_ITERATIONS)


TEMPLATE = """<!-- Generated by {command} (from the source root); do not edit.
     test/perf/loop-table.test fails when this file is stale. -->
# The innermost MFMA loops, ours and Triton's

GPT-OSS-120B (D = I = 2880, E = 128, top-4) on gfx950. Ours: the stage
kernels `moe-compile --model=gpt-oss-120b --precision=P --fused-stages-tokens=0` plans for the T = 1
bucket (decode) and the largest bucket (prefill), read from the code objects
(llvm-objdump, llvm-readelf). Triton's: Triton 3.6 compiling aiter's
`_moe_gemm_a16w4` / `_moe_gemm_a8w4` / `_moe_gemm_a4w4` with aiter's own
configurations for T = 1 and T = 4096 (test/perf/Inputs/triton-gfx950/README.md
says exactly which). Both sides are counted by the same code.

## Counting rule

- The loop: the smallest natural loop whose body holds an MFMA, a branch
  back to a label at or before it from which control reaches the branch
  again (a backward jump to a block placed earlier, such as an epilogue
  between the last K steps, is not a loop); its body is every instruction
  from the label to the back branch (all blocks between, in address
  order; for several back branches to one label, the last one). A kernel without
  such a loop (a fully unrolled K loop) counts as one trip of the whole
  kernel, flagged in the table.
- Every instruction of the body is counted once, in one class: MFMA
  (`v_mfma*`, `v_smfmac*`), VALU (other `v_*`; cvt: `v_cvt*`), LDS
  (`ds_*`), VMEM (`buffer_*`, `global_*`, `flat_*`, `scratch_*`), SMEM
  (`s_load*`, `s_buffer_load*`, `s_store*`, `s_dcache*`), branch
  (`s_branch`, `s_cbranch_*`, `s_setpc_b64`), SALU (every other `s_*`:
  waits, barriers, `s_nop`, `s_setprio` and scalar arithmetic alike; the
  table adds SMEM to it).
- instrs / MFMA: all of the body over its MFMAs, whatever their shape (a
  scaled 16x16x128 MFMA and a bf16 16x16x32 count one each; the MFMAs
  table below names them).
- VGPR, AGPR, spills: `.vgpr_count`, `.agpr_count`, `.vgpr_spill_count`,
  `.sgpr_spill_count` and `.private_segment_fixed_size` of the kernel's
  metadata.
- mca cycles/iter: `llvm-mca -mtriple=amdgcn -mcpu=gfx950
  -iterations={iterations}` on the body without its branches, total cycles
  over {iterations}.

## Loops

{table}

## Targets (issue 15)

{targets}

## MFMAs in each loop

{mfmas}

An MFMA is not a fixed amount of work: a scaled 32x32x64 does twice the
multiply-adds of a scaled 16x16x128, a bf16 16x16x32 a quarter.

## Notes

- Issue 15's table (issue-reported, Triton column): 173 / 16 = 10.8 and 116
  VGPRs (a16w4 decode), 6.6 VALU per MFMA, 102 / 4 and 120 (a8w4 decode),
  52 / 4 and 68 (a4w4 decode): the Triton decode rows above reproduce them.
  Its a16w4 prefill row, 513 / 128 = 4.0 and 232 VGPRs, is aiter's
  block_m = 64 configuration (T = 2048; compiled once with the same
  make_isa.py: 513 / 128 and 231 VGPRs, not committed); at T = 4096 aiter's
  routing takes block_m = 128, whose 128x512x256 tile spills (above).
- Our decode kernels split K across workgroups (split-k in the tile
  column); the loop counted is the same K loop over a slice.
"""


def tool_paths(args):
    tools = {}
    for t in ("llvm-objdump", "llvm-readelf", "llvm-mca"):
        cand = os.path.join(args.llvm_bin, t)
        tools[t] = cand if os.path.exists(cand) else shutil.which(t)
        if not tools[t]:
            raise Error(f"{t} not found in {args.llvm_bin} or on PATH")
    return tools


def count_report(path, tools):
    lines = []
    for k in load_kernels(path, tools):
        loop = main_loop(k)
        lines.append(f"kernel {k.name}: {len(k.instrs)} instructions")
        if loop is None:
            lines.append("  no MFMA")
            continue
        loop.mca_cycles = mca_cycles(loop, tools["llvm-mca"])
        c = loop.counts
        what = "no loop holding an MFMA, the whole kernel" \
            if loop.whole_kernel else "loop"
        lines.append(
            f"  {what} [{loop.head}, {loop.tail}]: {loop.size} instructions, "
            f"mfma {c['mfma']} valu {c['valu']} cvt {c['cvt']} lds {c['lds']} "
            f"vmem {c['vmem']} smem {c['smem']} salu {c['salu']} "
            f"branch {c['branch']} other {c['other']}")
        m = k.meta
        lines.append(
            f"  vgpr {m.get('vgpr_count', '?')} agpr {m.get('agpr_count', '?')}"
            f" spills v{m.get('vgpr_spill_count', '?')}/"
            f"s{m.get('sgpr_spill_count', '?')} scratch "
            f"{m.get('private_segment_fixed_size', '?')} B, mca "
            f"{fmt(loop.mca_cycles)} cycles/iteration")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", dest="output", help="write the table here")
    ap.add_argument("--count", metavar="FILE",
                    help="print the innermost MFMA loop of each kernel of a "
                    ".s file or code object")
    ap.add_argument("--moe-compile", default=None,
                    help="moe-compile (default: build/bin/moe-compile, then "
                    "PATH)")
    ap.add_argument("--peer-dir", default=PEER_DIR,
                    help="Triton's ISA fixtures (default: %(default)s)")
    ap.add_argument("--llvm-bin", default=LLVM_BIN,
                    help="llvm-objdump, llvm-readelf and llvm-mca (default: "
                    "%(default)s, then PATH)")
    args = ap.parse_args()
    try:
        tools = tool_paths(args)
        if args.count:
            sys.stdout.write(count_report(args.count, tools))
            return 0
        if not args.output:
            raise Error("give -o FILE (the table) or --count FILE")
        moe_compile = args.moe_compile or (
            "build/bin/moe-compile" if os.path.exists("build/bin/moe-compile")
            else shutil.which("moe-compile"))
        if not moe_compile:
            raise Error("moe-compile not found (give --moe-compile)")
        tiles = {"ours": {}, "Triton": {}}
        peer = {}
        for key, (path, _, tile) in peer_kernels(args.peer_dir).items():
            peer[key] = measure(path, tools)
            tiles["Triton"][key] = tile
        ours = {}
        with tempfile.TemporaryDirectory(prefix="loop-table") as work:
            for key, (path, name, tile) in our_kernels(moe_compile,
                                                       work).items():
                ours[key] = measure(path, tools, name)
                tiles["ours"][key] = tile
        text = markdown(ours, peer, tiles)
        with open(args.output, "w") as f:
            f.write(text)
        return 0
    except Error as e:
        print(f"loop-table: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
