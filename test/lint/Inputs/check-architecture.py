#!/usr/bin/env python3
"""Architecture checks over lib/ and tools/ (run by lint/architecture.test).

1. No string dispatch: precision, output format, combine, scale rounding and
   kernel-role spellings appear only in their one spelling table
   (lib/Plan/Enums.cpp); code compares enums, never these strings.
2. No MLIR text parsed in the compile path: only compileSource (the user's
   input) parses source; kernels are built with the generated builders.
3. Layering: a folder includes nothing from a folder above it.

Prints each violation as `path:line: what` and exits 1 if there is any.
"""
import os
import re
import sys

root = sys.argv[1]
SPELLINGS = ["a16w4", "a8w4", "a4w4", "atomic", "store", "mxfp8", "mxfp4",
             "floor", "ceil", "quantize_x", "sort", "stage1", "stage1_finish",
             "stage2", "stage2_reduce"]
SPELLING_TABLE = {"lib/Plan/Enums.cpp"}
literal = re.compile(r'"(%s)"' % "|".join(SPELLINGS))
PARSE = re.compile(r"\bparseSource(String|File)\b")
PARSE_ALLOWED = {"lib/Compiler/Compile.cpp"}
# Emulator sources are owned elsewhere and parse no MLIR.
SKIP = ("lib/Emulator/", "tools/moe-emu/", "tools/triton-fixtures/")

# Bottom-up order of the folders (lower index: lower layer). A file may
# include headers of its own layer or below.
LAYERS = [
    ["Format"],
    ["Plan"],
    ["Reference", "Target"],
    ["Dialect"],
    ["Conversion", "Transforms"],
    ["Pipeline", "Perf"],
    ["Compiler", "Emulator"],
    ["Runtime"],
    ["CAPI"],
]
level = {name: i for i, names in enumerate(LAYERS) for name in names}
include = re.compile(r'#include "mxmoe/([A-Za-z]+)/')

problems = []
for top in ("lib", "tools"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if rel.startswith(SKIP):
                continue
            parts = rel.split(os.sep)
            own = level.get(parts[1]) if top == "lib" else len(LAYERS)
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    code = line.split("//")[0]
                    m = literal.search(code)
                    if m and rel not in SPELLING_TABLE:
                        problems.append("%s:%d: string spelling %s (use the "
                                        "enum)" % (rel, n, m.group(0)))
                    if PARSE.search(code) and rel not in PARSE_ALLOWED:
                        problems.append("%s:%d: parses MLIR text" % (rel, n))
                    inc = include.search(line)
                    if inc and own is not None and top == "lib":
                        dep = level.get(inc.group(1))
                        if dep is not None and dep > own:
                            problems.append("%s:%d: %s includes mxmoe/%s, a "
                                            "layer above it" %
                                            (rel, n, parts[1], inc.group(1)))
for p in problems:
    print(p)
print("%d architecture violations" % len(problems))
sys.exit(1 if problems else 0)
