#!/usr/bin/env python3
"""Our raw DEFLATE against zlib's (Python's zlib, wbits=-15): zlib inflates
what we write, we inflate what zlib writes at levels 1, 6 and 9, and we stay
near zlib's level 6 in size on plan JSON.
Usage: deflate_interop.py FP_DEFLATE_TOOL SOURCE_DIR"""
import glob, json, os, random, subprocess, sys, zlib

tool, src = sys.argv[1], sys.argv[2]
failures = 0


def run(mode, data):
    r = subprocess.run([tool, mode], input=data, capture_output=True)
    if r.returncode:
        raise AssertionError(f"fp_deflate_tool {mode}: {r.stderr.decode()}")
    return r.stdout


def zlib_deflate(data, level):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def check(what, ok):
    global failures
    print(("ok: " if ok else "FAILED: ") + what)
    failures += not ok


rng = random.Random(1)
cases = {
    "empty": b"",
    "one byte": b"a",
    "all byte values": bytes(range(256)) * 3,
    "1 MiB of zeros": bytes(1 << 20),
    "1 MiB random": bytes(rng.getrandbits(8) for _ in range(1 << 20)),
    "text with runs": ("abc" * 1000 + "".join(rng.choice("abcdefgh") for _ in range(50000))).encode(),
}
samples = sorted(glob.glob(os.path.join(src, "assets/templates/*.plan.json")))
for path in samples:
    # As a share link packs it: compact JSON.
    doc = json.load(open(path, encoding="utf-8"))
    cases[os.path.basename(path)] = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
big = json.load(open(os.path.join(src, "assets/templates/sample-double-11.plan.json"), encoding="utf-8"))
for key, value in list(big["plan"].items()):
    if isinstance(value, list):
        big["plan"][key] = value * 20
cases["big plan (lists x20)"] = json.dumps(big, ensure_ascii=False, separators=(",", ":")).encode()

for name, data in cases.items():
    ours = run("deflate", data)
    try:
        check(f"zlib inflates our {name}", zlib.decompress(ours, -15) == data)
    except zlib.error as e:
        check(f"zlib inflates our {name} ({e})", False)
    for level in (1, 6, 9):
        check(f"we inflate zlib level {level}'s {name}", run("inflate", zlib_deflate(data, level)) == data)
    theirs = len(zlib_deflate(data, 6))
    print(f"   {name}: {len(data)} bytes, ours {len(ours)}, zlib level 6 {theirs}"
          f" ({100.0 * len(ours) / max(theirs, 1):.1f}%)")
    if name.endswith(".json") or name.startswith("big plan"):
        check(f"{name} packs within 10% of zlib level 6", len(ours) <= theirs * 1.10)

print(f"{failures} failed")
sys.exit(1 if failures else 0)
