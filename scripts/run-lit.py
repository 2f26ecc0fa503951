#!/usr/bin/env python3
"""Runs lit over the given suites and ends with one plain summary line,
'mxmoe: N passed, M failed', so CI logs say how many tests ran."""
import re
import subprocess
import sys

lit, suites = sys.argv[1], sys.argv[2:]
proc = subprocess.Popen([lit, "-sv", *suites], stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, text=True)
counts = {}
for line in proc.stdout:
    sys.stdout.write(line)
    m = re.match(r"\s*(Passed|Failed|Unresolved|Timed Out|Unsupported"
                 r"|Expectedly Failed|Unexpectedly Passed)\s*:\s*(\d+)", line)
    if m:
        counts[m.group(1)] = int(m.group(2))
rc = proc.wait()
passed = counts.get("Passed", 0) + counts.get("Expectedly Failed", 0)
failed = sum(counts.get(k, 0) for k in
             ("Failed", "Unresolved", "Timed Out", "Unexpectedly Passed"))
if rc != 0 and failed == 0:
    failed = 1  # lit itself failed (e.g. a broken configuration)
if passed == 0 and failed == 0:
    print("mxmoe: no test ran")
    sys.exit(1)
print(f"mxmoe: {passed} passed, {failed} failed")
sys.exit(1 if failed else rc)
