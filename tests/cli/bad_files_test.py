#!/usr/bin/python3
"""`fpcli validate` on every malformed plan file of tests/data/bad/: the exit
status and the whole output that expected.json gives for each, so a message
that changes, loses its line and column, or a file that is suddenly accepted,
fails here.

Usage: bad_files_test.py FPCLI SOURCE_DIR WORK_DIR

The files too large to commit are written into WORK_DIR by
tests/data/bad/generate.py first. Each run has a time limit, so a reader that
turns quadratic on a file (or swaps) fails rather than hangs.
"""

import json
import os
import resource
import subprocess
import sys

fpcli, src, work = sys.argv[1:4]
data = os.path.join(src, "tests", "data", "bad")
big = os.path.join(work, "big")
manifest = json.load(open(os.path.join(data, "expected.json"), encoding="utf-8"))
subprocess.run(["/usr/bin/python3", os.path.join(data, "generate.py"), "--big", big], check=True)

checks = failures = 0


def check(what, ok, detail=""):
    global checks, failures
    checks += 1
    if ok:
        print(f"ok: {what}")
    else:
        failures += 1
        print(f"FAILED: {what}\n{detail}")


entries = manifest["files"]
listed = {e["file"] for e in entries if not e.get("generated")}
present = {f for f in os.listdir(data) if f.endswith(".plan.json")}
check("every committed file is in expected.json and every listed file exists",
      listed == present,
      f"  not listed: {sorted(present - listed)}\n  missing: {sorted(listed - present)}")
check("at least 50 files that must be refused",
      sum(e["exit"] != 0 for e in entries) >= 50)

for e in entries:
    path = os.path.join(big if e.get("generated") else data, e["file"])
    try:
        run = subprocess.run([fpcli, "validate", path], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        check(e["file"], False, "  fpcli took more than 120 s")
        continue
    got = run.stdout.decode("utf-8", "replace").splitlines()
    want = [f"{path}: {m}" for m in e["messages"]]
    check(f'{e["file"]}: exit {e["exit"]}, {e["messages"][0][:90]}',
          run.returncode == e["exit"] and got == want and not run.stderr,
          f"  exit {run.returncode}, expected {e['exit']}\n  got:\n    " + "\n    ".join(got) +
          "\n  expected:\n    " + "\n    ".join(want) +
          (f"\n  stderr: {run.stderr.decode('utf-8', 'replace')[:2000]}" if run.stderr else ""))

peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"largest fpcli run: {peak} MB resident (AddressSanitizer included)")
print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
