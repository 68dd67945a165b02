#!/usr/bin/python3
"""Writes the malformed plan files of tests/data/bad/.

Usage: generate.py            writes the files that are committed here (run it
                              after changing this script, review and commit)
       generate.py --big DIR  writes the files too large to commit into DIR
                              (tests/cli/bad_files_test.py and the browser
                              test call it at test time)
       generate.py --expected FPCLI
                              writes expected.json from what FPCLI prints for
                              every file; review every line of its diff
                              before committing it, as it is the contract

Every file is listed in expected.json with what fpcli prints for it; the
files cut short are cut from source.plan.json (the Double-11 sample in
Simplified Chinese, as `fpcli new --template sample-double-11 --language
zh-Hans` wrote it) after each kind of structural token, and most others are
one change to a small plan taken from it, so that each holds one fault.
"""

import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "source.plan.json"


def source_text():
    with open(os.path.join(HERE, SOURCE), encoding="utf-8") as f:
        return f.read()


def small_plan():
    """A valid plan with a few items of the source, references between them."""
    plan = json.loads(source_text())["plan"]
    keep = ["id", "name", "currency", "language", "period", "created", "modified",
            "budget_total", "mission"]
    small = {k: plan[k] for k in keep}
    small["objectives"] = plan["objectives"][:2]
    small["resources"] = plan["resources"][:1]
    small["phases"] = plan["phases"][:1]
    small["tasks"] = plan["tasks"][:1]
    small["kpis"] = plan["kpis"][:1]
    return {"format": "funnelplan.plan", "version": 4, "plan": small}


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def small_text():
    return dump(small_plan())


def changed(old, new, count=1):
    """The small plan's text with `old` replaced by `new` (`count` times)."""
    text = small_text()
    assert text.count(old) >= count, old
    return text.replace(old, new, count)


def with_plan(change):
    """The small plan after `change(plan)`, which edits its "plan" in place."""
    doc = small_plan()
    change(doc["plan"])
    return dump(doc)


def truncations():
    """The source cut after each kind of structural token: name -> bytes."""
    text = source_text().encode()

    def upto(marker, after=0):
        marker = marker.encode()
        return text[:text.index(marker, after) + len(marker)]

    review = text.index(b'"review": [')
    name_at = text.index(b'"name": "') + len('"name": "')
    cuts = [
        ("01-after-document-brace", b"{"),
        ("02-inside-first-key", upto('"form')),
        ("03-after-first-key", upto('"format"')),
        ("04-after-colon", upto('"format":')),
        ("05-inside-text-value", upto('"funnelplan.pl')),
        ("06-after-text-value", upto('"funnelplan.plan"')),
        ("07-after-comma", upto('"funnelplan.plan",')),
        ("08-after-nested-brace", upto('"plan": {')),
        # The first byte of the plan's Chinese name: a character cut in two.
        ("09-inside-character", text[:name_at + 1]),
        ("10-inside-chinese-text", text[:name_at + 5]),
        ("11-after-object-closes", upto('"end": "2025-12-11"\n    }')),
        ("12-inside-number", upto('"budget_total": 8000')),
        ("13-after-number", upto('"budget_total": 8000000')),
        ("14-after-list-bracket", upto('"review": [')),
        ("15-after-item-brace", upto('{', after=review)),
        ("16-inside-item", upto('"id": "rev-1",', after=review)),
        ("17-inside-decimal", upto('"growth_rate": 0.', after=review)),
        ("18-after-item-comma", upto('},', after=review)),
        ("19-after-list-closes", upto(']', after=review)),
        ("20-inside-null", upto('"ctr": nu')),
        ("21-after-empty-list", upto('"depends_on": []')),
        ("22-before-last-brace", text.rstrip()[:-1]),
    ]
    return {f"truncated-{name}.plan.json": cut for name, cut in cuts}


def png():
    """A real 1x1 PNG image."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"\x00\xff\x80\x00")) + chunk(b"IEND", b""))


def tables_zip():
    """What Export tables (CSV) gives, picked up instead of the plan."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        info = zipfile.ZipInfo("objectives.csv", date_time=(2026, 11, 1, 0, 0, 0))
        z.writestr(info, "\ufeffid,stage,statement\r\nobj-1,reach,双11曝光\r\n".encode())
    return out.getvalue()


def committed():
    """name -> bytes of every committed file."""
    small = small_text()
    one_line = json.dumps(small_plan(), ensure_ascii=False)
    files = truncations()
    text = {
        # Not JSON, or not text at all
        "empty.plan.json": "",
        "only-spaces.plan.json": "  \n\t\n",
        "not-json-prose.plan.json": "Double 11 plan: reach 1,000,000 buyers, budget 80,000 CNY.\n",
        "not-json-html.plan.json": "<!doctype html>\n<html><body>Funnelplan</body></html>\n",
        "not-json-csv.plan.json": "id,stage,statement\nobj-1,reach,双11曝光\n",
        "share-link-text.plan.json": "https://example.org/#plan=1.q1YqzkxRslJKTUxRKEvMKU0tVqoFAA\n",
        "single-quotes.plan.json": small.replace('"', "'"),
        "unquoted-keys.plan.json": small.replace('"format":', "format:"),
        "comment.plan.json": "// exported from Funnelplan\n" + small,
        "block-comment.plan.json": small.replace('"version": 4,', '"version": 4, /* current */'),
        "trailing-comma-object.plan.json": changed('"end": "2025-12-11"\n', '"end": "2025-12-11",\n'),
        "trailing-comma-list.plan.json": changed('"res-1"\n', '"res-1",\n'),
        "missing-comma.plan.json": changed('"version": 4,', '"version": 4'),
        "missing-colon.plan.json": changed('"currency": "CNY"', '"currency" "CNY"'),
        "two-documents.plan.json": small + small,
        "trailing-text.plan.json": small + "END OF PLAN\n",
        "tab-inside-text.plan.json": changed('"mission": "', '"mission": "\t'),
        "line-break-inside-text.plan.json": changed('"mission": "', '"mission": "第一行\n'),
        "bad-escape.plan.json": changed('"mission": "', '"mission": "C:\\plans\\'),
        "lone-surrogate-escape.plan.json": changed('"mission": "', '"mission": "\\ud83d '),
        "nul-byte.plan.json": changed('"mission": "', '"mission": "\0'),
        # Numbers JSON does not have, or no reader keeps
        "nan.plan.json": changed('"budget_total": 8000000', '"budget_total": NaN'),
        "infinity.plan.json": changed('"budget_total": 8000000', '"budget_total": Infinity'),
        "minus-infinity.plan.json": changed('"target": 1000000.0', '"target": -Infinity'),
        "number-leading-zero.plan.json": changed('"version": 4', '"version": 04'),
        "number-plus-sign.plan.json": changed('"budget_total": 8000000', '"budget_total": +8000000'),
        "number-thousands.plan.json": changed('"budget_total": 8000000', '"budget_total": 8,000,000'),
        "number-hex.plan.json": changed('"budget_total": 8000000', '"budget_total": 0x7A1200'),
        "number-2-53-plus-1-money.plan.json": changed('"budget_total": 8000000',
                                                      '"budget_total": 9007199254740993'),
        "number-2-53-plus-1-target.plan.json": changed('"target": 1000000.0',
                                                       '"target": 9007199254740993'),
        "number-minus-2-53-minus-1.plan.json": changed('"baseline": 300000.0',
                                                       '"baseline": -9007199254740993'),
        "number-beyond-64-bits.plan.json": changed('"budget_total": 8000000',
                                                   '"budget_total": 123456789012345678901234567890'),
        "number-1e400.plan.json": changed('"target": 1000000.0', '"target": 1e400'),
        "number-1e20.plan.json": changed('"target": 1000000.0', '"target": 1e20'),
        "version-huge.plan.json": changed('"version": 4', '"version": 18446744073709551616'),
        # Not a plan file, or one of another version
        "root-list.plan.json": "[" + one_line + "]\n",
        "root-text.plan.json": json.dumps(one_line) + "\n",
        "root-number.plan.json": "4\n",
        "root-null.plan.json": "null\n",
        "format-missing.plan.json": changed('  "format": "funnelplan.plan",\n', ""),
        "format-other.plan.json": changed('"funnelplan.plan"', '"funnelplan.template"'),
        "version-missing.plan.json": changed('  "version": 4,\n', ""),
        "version-text.plan.json": changed('"version": 4', '"version": "4"'),
        "version-zero.plan.json": changed('"version": 4', '"version": 0'),
        "version-fraction.plan.json": changed('"version": 4', '"version": 3.5'),
        "version-future.plan.json": changed('"version": 4', '"version": 5'),
        "plan-missing.plan.json": dump({"format": "funnelplan.plan", "version": 4}),
        "plan-is-list.plan.json": dump({"format": "funnelplan.plan", "version": 4, "plan": []}),
        "unknown-top-field.plan.json": changed('"version": 4,', '"version": 4,\n  "author": "李明",'),
        # Wrong types
        "name-number.plan.json": changed('"name": "双11新品冲刺（示例）"', '"name": 11'),
        "period-text.plan.json": with_plan(lambda p: p.update(period="2025-11-01/2025-12-11")),
        "objectives-object.plan.json": with_plan(
            lambda p: p.update(objectives={o["id"]: o for o in p["objectives"]})),
        "budget-text.plan.json": changed('"budget_total": 8000000', '"budget_total": "80,000.00"'),
        "budget-fraction.plan.json": changed('"budget_total": 8000000', '"budget_total": 80000.5'),
        "task-budget-negative.plan.json": changed('"budget": 500000', '"budget": -500000'),
        "date-number.plan.json": changed('"deadline": "2025-11-11"', '"deadline": 20251111'),
        "date-impossible.plan.json": changed('"deadline": "2025-11-11"', '"deadline": "2025-02-30"'),
        "period-backwards.plan.json": changed('"end": "2025-12-11"', '"end": "2025-10-01"'),
        "stage-unknown.plan.json": changed('"stage": "reach"', '"stage": "awareness"'),
        "status-boolean.plan.json": changed('"status": "done"', '"status": true'),
        "list-of-null.plan.json": with_plan(lambda p: p.update(objectives=[None])),
        "name-too-long.plan.json": changed('"name": "双11新品冲刺（示例）"', '"name": "' + "双11" * 70 + '"'),
        # Keys given twice: nlohmann would keep the last without a word
        "duplicate-key-top.plan.json": changed('"version": 4,', '"version": 4,\n  "version": 3,'),
        "duplicate-key-plan.plan.json": changed('"currency": "CNY",', '"currency": "CNY",\n    "currency": "USD",'),
        "duplicate-key-item.plan.json": changed('"owner": "经理"', '"owner": "经理",\n        "owner": "策划"'),
        # Identifiers
        "duplicate-id.plan.json": changed('"id": "obj-2"', '"id": "obj-1"'),
        "dangling-objective.plan.json": changed('"objective_id": "obj-1"', '"objective_id": "obj-9"'),
        "dangling-phase.plan.json": changed('"phase_id": "ph-warm"', '"phase_id": "ph-gone"'),
        "dangling-dependency.plan.json": changed('"depends_on": []', '"depends_on": [\n          "task-7"\n        ]'),
        "invalid-id.plan.json": changed('"id": "obj-2"', '"id": "目标 2"'),
        # A byte-order mark: accepted (expected.json says why), and it takes no column
        "bom-valid.plan.json": "\ufeff" + small,
        "bom-syntax-error.plan.json": "\ufeff" + one_line.replace('"version": 4', '"version": 4 4'),
    }
    for name, content in text.items():
        files[name] = content.encode("utf-8")
    # Deep nesting, in the place of a text
    files["nesting-10000-deep.plan.json"] = changed(
        '"mission": "', '"mission": ' + "[" * 10000 + "]" * 10000 + ', "x": "').encode()
    # Encodings
    files["utf16-le-bom.plan.json"] = small.encode("utf-16")
    files["utf16-be-no-bom.plan.json"] = small.encode("utf-16-be")
    files["utf32-le-bom.plan.json"] = small.encode("utf-32")
    latin1 = changed('"mission": "', '"mission": "Café ')
    files["latin1-text.plan.json"] = latin1.encode("utf-8").replace("é".encode(), b"\xe9")
    def bytes_in_mission(raw):
        head, tail = small.split('"mission": "', 1)
        return head.encode() + b'"mission": "' + raw + tail.encode()
    files["utf8-overlong.plan.json"] = bytes_in_mission(b"\xc0\xaf ")
    files["utf8-overlong-3-bytes.plan.json"] = bytes_in_mission(b"\xe0\x80\xaf ")
    files["utf8-surrogate.plan.json"] = bytes_in_mission(b"\xed\xa0\x80 ")
    files["utf8-beyond-10ffff.plan.json"] = bytes_in_mission(b"\xf4\x90\x80\x80 ")
    files["utf8-five-bytes.plan.json"] = bytes_in_mission(b"\xf8\x88\x80\x80\x80 ")
    files["utf8-stray-continuation.plan.json"] = bytes_in_mission(b"\x80 ")
    files["utf8-character-cut-mid-text.plan.json"] = bytes_in_mission("双".encode()[:2] + b" ")
    # Other files picked by mistake
    files["png-image.plan.json"] = png()
    files["tables-zip.plan.json"] = tables_zip()
    return files


def big():
    """name -> bytes of the files generated at test time."""
    small = small_text()
    head, tail = small.split('"mission": "', 1)
    mission = lambda value: (head + '"mission": ' + value + tail[tail.index('"') + 1:]).encode()
    files = {
        # 50 MB of text in one string: refused by its size before it is read.
        "huge-string-50mb.plan.json": mission('"' + "双" * (50 * 1024 * 1024 // 3) + '"'),
        # 2 MB in one string, in a file under the size limit.
        "long-string-2mb.plan.json": mission('"' + "a" * (2 * 1024 * 1024) + '"'),
        # 1,000,001 values in a file of 2 MB.
        "too-many-values.plan.json": mission("[" + ",".join(["0"] * 1_000_001) + "]"),
        # An object of 400,000 members: once a quadratic insertion.
        "object-400000-members.plan.json": mission(
            "{" + ",".join(f'"k{i}":0' for i in range(400_000)) + "}"),
        # Five keys of 1,000,000 bytes above 900,000 values: keyed by whole
        # pointers, the reader once stored 4.5 TB of them.
        "long-keys-above-many-values.plan.json": mission(
            "".join('{"' + c * 1_000_000 + '":' for c in "abcde") +
            "[" + ",".join(["0"] * 900_000) + "]" + "}" * 5),
        # 5,001 objectives, one more than a list may hold.
        "too-many-objectives.plan.json": with_plan(
            lambda p: p.update(objectives=[dict(p["objectives"][0], id=f"obj-{i}")
                                           for i in range(5001)])).encode(),
    }
    return files


# What each file is, by name without ".plan.json", for expected.json.
WHAT = {
 "truncated-01-after-document-brace": "the source cut after the document's opening {",
 "truncated-02-inside-first-key": "cut inside the first key",
 "truncated-03-after-first-key": "cut after a key",
 "truncated-04-after-colon": "cut after a key's colon",
 "truncated-05-inside-text-value": "cut inside a text value",
 "truncated-06-after-text-value": "cut after a text value",
 "truncated-07-after-comma": "cut after a comma",
 "truncated-08-after-nested-brace": "cut after the { of a nested object (plan)",
 "truncated-09-inside-character": "cut inside a Chinese character (its first byte of three)",
 "truncated-10-inside-chinese-text": "cut inside Chinese text, between characters",
 "truncated-11-after-object-closes": "cut after a nested object's closing }",
 "truncated-12-inside-number": "cut inside a number",
 "truncated-13-after-number": "cut after a number",
 "truncated-14-after-list-bracket": "cut after a list's [",
 "truncated-15-after-item-brace": "cut after the { of an item in a list",
 "truncated-16-inside-item": "cut inside an item, after one of its fields",
 "truncated-17-inside-decimal": "cut after a number's decimal point",
 "truncated-18-after-item-comma": "cut after the comma between two items",
 "truncated-19-after-list-closes": "cut after a list's closing ]",
 "truncated-20-inside-null": "cut inside null",
 "truncated-21-after-empty-list": "cut after an empty list",
 "truncated-22-before-last-brace": "the whole plan without its last }",
 "empty": "an empty file (0 bytes)",
 "only-spaces": "spaces, tabs and line breaks only",
 "not-json-prose": "a sentence, not JSON",
 "not-json-html": "an HTML page",
 "not-json-csv": "a CSV table",
 "share-link-text": "a share link saved as a file",
 "single-quotes": "the small plan with single quotes",
 "unquoted-keys": "a key without quotes",
 "comment": "a // comment before the plan",
 "block-comment": "a /* */ comment inside",
 "trailing-comma-object": "a comma before an object's }",
 "trailing-comma-list": "a comma before a list's ]",
 "missing-comma": "a comma left out between two fields",
 "missing-colon": "a colon left out after a key",
 "two-documents": "two plans one after the other",
 "trailing-text": "text after the plan",
 "tab-inside-text": "a raw tab inside text",
 "line-break-inside-text": "a raw line break inside text",
 "bad-escape": "a backslash not followed by an escape (a Windows path)",
 "lone-surrogate-escape": "\\ud83d, half of a surrogate pair",
 "nul-byte": "a NUL byte inside text",
 "nan": "NaN as an amount",
 "infinity": "Infinity as an amount",
 "minus-infinity": "-Infinity as a target",
 "number-leading-zero": "04 as the version",
 "number-plus-sign": "+8000000",
 "number-thousands": "8,000,000 with thousands separators",
 "number-hex": "0x7A1200",
 "number-2-53-plus-1-money": "2^53 + 1 as an amount",
 "number-2-53-plus-1-target": "2^53 + 1 as a target (a double would keep 2^53)",
 "number-minus-2-53-minus-1": "-(2^53 + 1) as a baseline",
 "number-beyond-64-bits": "a whole number beyond 64 bits as an amount",
 "number-1e400": "1e400, beyond a double",
 "number-1e20": "1e20 as a target, beyond 2^53",
 "version-huge": "2^64 as the version",
 "root-list": "the plan file inside a list",
 "root-text": "the plan file as one JSON string",
 "root-number": "a number",
 "root-null": "null",
 "format-missing": "no format field",
 "format-other": "another format",
 "version-missing": "no version field",
 "version-text": "the version as text",
 "version-zero": "version 0",
 "version-fraction": "version 3.5",
 "version-future": "version 5, newer than this Funnelplan",
 "plan-missing": "no plan",
 "plan-is-list": "the plan is a list",
 "unknown-top-field": "an unknown field beside format, version and plan",
 "name-number": "the plan's name as a number",
 "period-text": "the period as text",
 "objectives-object": "the objectives as an object keyed by id",
 "budget-text": "an amount as text, with separators",
 "budget-fraction": "an amount with a fraction of the smallest unit",
 "task-budget-negative": "a negative amount",
 "date-number": "a date as a number",
 "date-impossible": "30 February",
 "period-backwards": "a period that ends before it starts",
 "stage-unknown": "a stage that is not one of RACE's",
 "status-boolean": "a status as true",
 "list-of-null": "null as an item of a list",
 "name-too-long": "a name of 210 characters",
 "duplicate-key-top": "version given twice",
 "duplicate-key-plan": "the plan's currency given twice",
 "duplicate-key-item": "a KPI's owner given twice",
 "duplicate-id": "two objectives with one id",
 "dangling-objective": "a KPI's objective that is not in the plan",
 "dangling-phase": "a task's phase that is not in the plan",
 "dangling-dependency": "a task that depends on a task not in the plan",
 "invalid-id": "an id with a space and Chinese characters",
 "bom-valid": "the small plan after a UTF-8 byte-order mark",
 "bom-syntax-error": "a byte-order mark and a syntax error on line 1",
 "nesting-10000-deep": "lists nested 10,000 deep in place of the mission",
 "utf16-le-bom": "the small plan in UTF-16, little-endian, with a byte-order mark",
 "utf16-be-no-bom": "the small plan in UTF-16, big-endian, without a byte-order mark",
 "utf32-le-bom": "the small plan in UTF-32 with a byte-order mark",
 "latin1-text": "Café written in Latin-1 (0xE9)",
 "utf8-overlong": "an overlong two-byte form of /",
 "utf8-overlong-3-bytes": "an overlong three-byte form of /",
 "utf8-surrogate": "a surrogate (U+D800) written in UTF-8",
 "utf8-beyond-10ffff": "a code point beyond U+10FFFF",
 "utf8-five-bytes": "a five-byte sequence",
 "utf8-stray-continuation": "a continuation byte with no lead byte",
 "utf8-character-cut-mid-text": "a character's first two bytes of three, inside text",
 "png-image": "a 1x1 PNG image renamed .plan.json",
 "tables-zip": "the zip of Export tables (CSV) renamed .plan.json",
 "source": "the plan the truncated files are cut from: valid",
 "huge-string-50mb": "a 50 MB text value",
 "long-string-2mb": "a 2 MB text value in a file under the size limit",
 "too-many-values": "1,000,001 values",
 "object-400000-members": "an object of 400,000 members in place of the mission",
 "long-keys-above-many-values": "five keys of 1,000,000 bytes nested above 900,000 values",
 "too-many-objectives": "5,001 objectives",
}

def kind(stem):
    """The kind of fault, for expected.json: a word to group the files by."""
    for prefix, k in [("truncated", "truncated"), ("utf", "encoding"), ("latin1", "encoding"),
                      ("bom", "byte-order mark"), ("number", "number"), ("nan", "number"), ("infinity", "number"),
                      ("minus-infinity", "number"), ("duplicate-key", "duplicate key"), ("duplicate-id", "identifiers"),
                      ("dangling", "identifiers"), ("invalid-id", "identifiers"), ("version", "version"),
                      ("format", "not a plan file"), ("root", "not a plan file"), ("plan-", "not a plan file"),
                      ("unknown-top", "not a plan file"), ("png", "not text"), ("tables-zip", "not text"),
                      ("empty", "not JSON"), ("only-spaces", "not JSON"), ("not-json", "not JSON"), ("share-link", "not JSON"),
                      ("nesting", "limits"), ("huge", "limits"), ("long-", "limits"), ("too-many", "limits"), ("object-4", "limits"),
                      ("source", "valid")]:
        if stem.startswith(prefix): return k
    if stem in ("name-number","period-text","objectives-object","budget-text","budget-fraction","date-number","status-boolean","list-of-null"): return "wrong type"
    if stem in ("task-budget-negative","date-impossible","period-backwards","stage-unknown","name-too-long"): return "wrong value"
    return "syntax"


def expected(fpcli):
    """expected.json as FPCLI's output makes it."""
    entries = []
    with tempfile.TemporaryDirectory() as big_dir:
        generated_files = big()
        write(big_dir, generated_files)
        for generated, directory, names in [
                (False, HERE, sorted(f for f in os.listdir(HERE) if f.endswith(".plan.json"))),
                (True, big_dir, sorted(generated_files))]:
            for name in names:
                path = os.path.join(directory, name)
                run = subprocess.run([fpcli, "validate", path], capture_output=True, timeout=600)
                stem = name[:-len(".plan.json")]
                entry = {"file": name, "kind": kind(stem), "what": WHAT[stem]}
                if generated:
                    entry["generated"] = True
                entry["exit"] = run.returncode
                entry["messages"] = [line[len(path) + 2:]
                                     for line in run.stdout.decode().splitlines()]
                if run.returncode == 2:  # refused before reading; the app says "the file: "
                    entry["app"] = ["the file: " + m for m in entry["messages"]]
                if stem in WHY:
                    entry["why"] = WHY[stem]
                entries.append(entry)
    return {"about": ABOUT, "files": entries}


ABOUT = ("Every file of tests/data/bad/ and every file generate.py --big writes, with "
         "the exit status of `fpcli validate FILE` and the lines it prints after "
         "\"FILE: \" (tests/cli/bad_files_test.py); the app shows the same lines when "
         "the file is imported, or those under \"app\" (tests/e2e/bad_files.test.mjs).")

# Files accepted on purpose, and why.
WHY = {
    "source": "The valid plan the truncated files are cut from, checked so that every cut "
              "is of a valid file.",
    "bom-valid": "A UTF-8 byte-order mark says only that the text is UTF-8; Notepad on "
                 "Windows writes one, and RFC 8259 lets a reader skip it. It is skipped "
                 "without taking a column (see bom-syntax-error).",
}


def write(directory, files):
    for name, content in files.items():
        with open(os.path.join(directory, name), "wb") as f:
            f.write(content)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        os.makedirs(sys.argv[2], exist_ok=True)
        write(sys.argv[2], big())
    elif len(sys.argv) == 3 and sys.argv[1] == "--expected":
        text = json.dumps(expected(sys.argv[2]), ensure_ascii=False, indent=2) + "\n"
        with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
            f.write(text)
    elif len(sys.argv) == 1:
        write(HERE, committed())
    else:
        sys.exit(__doc__)
