#!/usr/bin/python3
"""The CSV files of `fpcli csv` opened in LibreOffice Calc, as a person would
open them in a spreadsheet, and saved again.

Usage: csv_libreoffice_test.py FPCLI SOURCE_DIR WORK_DIR

The Double-11 sample, every table of which has rows, is given texts in
Chinese, Korean and Vietnamese, quotes, commas, line breaks, leading and
trailing spaces and formula injections, checked by `fpcli validate` and
exported with `fpcli csv`. Headless LibreOffice imports each CSV and saves
it as xlsx, then saves that xlsx as CSV again. Then:

- every cell of the CSV LibreOffice wrote is the cell fpcli wrote, read with
  Python's csv module; the one deliberate exception is below (NUMBERS);
- in each xlsx, numbers (amounts, counts, rates) are numbers, dates are
  dates, text is text, the neutralised injections are text with their
  leading quote mark, and no cell holds a formula (no <f> anywhere), although
  the import evaluates formulas (`=1+1` in a CSV would become one).

NUMBERS: a number is saved as LibreOffice shows it in the General format,
which drops trailing zeros after the decimal point: fpcli's "12345.60"
comes back as "12345.6" and "5000.00" as "5000". The expected cell for a
number is fpcli's text without those zeros (never a numeric comparison), and
the xlsx must hold that same number.
"""

import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

# LibreOffice's CSV filter and its options (help: "CSV Filter Options"),
# token by token.
FILTER = "Text - txt - csv (StarCalc)"
IMPORT_OPTIONS = ",".join([
    "44",     # 1: fields separated by commas
    "34",     # 2: text delimited by double quotes
    "76",     # 3: UTF-8
    "1",      # 4: read from the first line on (the header row is a row)
    "",       # 5: no column formats: every column "Standard", as on opening
    "1033",   # 6: English (USA): a dot before decimals, as fpcli writes them
    "false",  # 7: a quoted field is not forced to be text
    "false",  # 8: detect no special numbers (ISO 8601 dates still are)
    "", "", "", "",  # 9-12: export only
    "true",   # 13: evaluate formulas, as a person opening the file would
])
EXPORT_OPTIONS = ",".join([
    "44", "34", "76", "1", "", "1033",
    "false",  # 7: quote text only where it must be
    "true",   # 8: numbers as numbers, without quotes
    "true",   # 9: save cell contents as shown
    "false",  # 10: values, not formulas
    "false",  # 11: keep leading and trailing spaces
])

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# The texts put into the plan. Each must arrive in a CSV cell as it is here
# (the injections with fpcli's leading quote mark).
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTabbed"]
ZH = "双十一前让新精华曝光量达到一百万"
KO = "신제품 세럼 노출 100만 회 달성"
VI = "Tăng nhận diện thương hiệu trước ngày Độc thân"
QUOTED = 'Short-video "seeding", phase 1'
LINES = "第一行：预算，\"控制\"\n둘째 줄: 예산\nDòng thứ ba, \"cuối\""
SPACED = "  预热视频 trailing  "
MIXED = "中文, 한국어 và \"Tiếng Việt\"\n  second line  "


def fail(message):
    print(f"FAILED: {message}")
    sys.exit(1)


def make_plan(src, path):
    with open(os.path.join(src, "assets/templates/sample-double-11.plan.json"),
              encoding="utf-8") as f:
        doc = json.load(f)
    plan = doc["plan"]
    for table in ("objectives", "kpis", "channels", "tasks", "budget",
                  "resources", "risks", "measurements"):
        if not plan[table]:
            fail(f"the sample has no {table}: every table must have rows")
    if len(plan["kpis"]) < len(INJECTIONS) or len(plan["tasks"]) < len(INJECTIONS):
        fail("the sample has too few KPIs or tasks for the injections")
    for i, text in enumerate(INJECTIONS):
        plan["kpis"][i]["metric"] = text  # kpis.csv, evaluation.csv, measurements' kpi_ids
        plan["tasks"][i]["title"] = text  # tasks.csv and depends_on
    plan["objectives"][0]["statement"] = ZH
    plan["objectives"][1]["statement"] = KO
    plan["objectives"][2]["statement"] = VI
    plan["channels"][0]["name"] = QUOTED  # also budget.csv's channel_id
    plan["risks"][0]["response"] = LINES
    plan["resources"][0]["examples"] = SPACED
    plan["budget"][0]["label"] = SPACED
    plan["budget"][1]["amount"] = 1234560  # 12345.60 yuan: a trailing zero
    plan["measurements"][0]["how"] = MIXED
    plan["kpis"][0]["problem"] = LINES
    plan["kpis"][0]["suggestion"] = MIXED
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)


def read_fpcli_csv(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path} has no byte-order mark")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def read_libreoffice_csv(path):
    # LibreOffice 7.4 writes no byte-order mark and ends records with LF, not
    # CRLF: neither is a cell, and csv reads both.
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def expected_cell(cell):
    """What LibreOffice writes back for a cell fpcli wrote (see NUMBERS)."""
    if NUMBER.fullmatch(cell) and "." in cell:
        cell = cell.rstrip("0").rstrip(".")
    return cell


def soffice(profile, *args):
    command = ["soffice", "--headless", "--norestore",
               f"-env:UserInstallation=file://{profile}", *args]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=600)
    if result.returncode != 0:
        fail(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}")


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def read_xlsx(path):
    """The first sheet's cells by (row, column) from 0: (type, value), where
    type is the cell's t attribute and value the shared string for "s"; and
    the number of <f> elements in every worksheet."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", NS):
                # Plain <t>, or rich-text runs <r><t> (LibreOffice writes runs
                # where a cell mixes scripts, each run with its font); the
                # phonetic <rPh> runs are not the cell's text.
                parts = si.findall("m:t", NS) + si.findall("m:r/m:t", NS)
                shared.append("".join(t.text or "" for t in parts))
        formulas = 0
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        for name in sheets:
            formulas += len(ET.fromstring(z.read(name)).findall(".//m:f", NS))
        cells = {}
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        for row in sheet.findall("m:sheetData/m:row", NS):
            r = int(row.get("r")) - 1
            for c in row.findall("m:c", NS):
                kind = c.get("t", "n")
                v = c.find("m:v", NS)
                value = None if v is None else v.text
                if kind == "s" and value is not None:
                    value = shared[int(value)]
                elif kind == "inlineStr":
                    value = "".join(t.text or "" for t in c.findall(".//m:t", NS))
                cells[(r, column_index(c.get("r")))] = (kind, value)
    return cells, formulas


def main():
    fpcli, src, work = sys.argv[1:4]
    started = time.monotonic()
    if shutil.which("soffice") is None:
        fail("soffice is missing: scripts/setup.sh installs libreoffice-calc-nogui")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    plan = os.path.join(work, "mixed.plan.json")
    tables = os.path.join(work, "csv")
    xlsx_dir = os.path.join(work, "xlsx")
    back_dir = os.path.join(work, "back")
    profile = os.path.join(work, "lo-profile")

    make_plan(src, plan)
    check = subprocess.run([fpcli, "validate", plan], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    if check.returncode != 0:
        fail(f"fpcli validate refused the test plan:\n{check.stdout}")
    subprocess.run([fpcli, "csv", plan, "-o", tables], check=True)
    names = sorted(n for n in os.listdir(tables) if n.endswith(".csv"))
    if len(names) != 9:
        fail(f"fpcli csv wrote {names}, not the nine tables")
    originals = {n: read_fpcli_csv(os.path.join(tables, n)) for n in names}

    # The test plan's texts arrived in the files fpcli wrote, as cells.
    def has_cell(name, text):
        return any(text in record for record in originals[name])
    for text in INJECTIONS:
        neutralised = "'" + text
        for name in ("kpis.csv", "evaluation.csv", "tasks.csv"):
            if not has_cell(name, neutralised):
                fail(f"{name} has no cell {neutralised!r}")
    for name, text in [("objectives.csv", ZH), ("objectives.csv", KO), ("objectives.csv", VI),
                       ("channels.csv", QUOTED), ("budget.csv", QUOTED), ("risks.csv", LINES),
                       ("resources.csv", SPACED), ("budget.csv", SPACED),
                       ("measurements.csv", MIXED), ("evaluation.csv", LINES),
                       ("evaluation.csv", MIXED)]:
        if not has_cell(name, text):
            fail(f"{name} has no cell {text!r}")
    if not has_cell("budget.csv", "12345.60"):
        fail("budget.csv has no amount 12345.60")

    # One LibreOffice run converts all nine files each way.
    soffice(profile, f"--infilter={FILTER}:{IMPORT_OPTIONS}", "--convert-to", "xlsx",
            "--outdir", xlsx_dir, *[os.path.join(tables, n) for n in names])
    xlsx = {n: os.path.join(xlsx_dir, n[:-4] + ".xlsx") for n in names}
    for n, path in xlsx.items():
        if not os.path.isfile(path):
            fail(f"LibreOffice wrote no {path}")
    soffice(profile, "--convert-to", f"csv:{FILTER}:{EXPORT_OPTIONS}",
            "--outdir", back_dir, *xlsx.values())

    problems = []
    compared = numbers = reformatted = dates = texts = injections = scripts = 0
    for name in names:
        original = originals[name]
        back = read_libreoffice_csv(os.path.join(back_dir, name))
        if len(back) != len(original):
            problems.append(f"{name}: {len(original)} records, {len(back)} after LibreOffice")
        cells, formulas = read_xlsx(xlsx[name])
        if formulas:
            problems.append(f"{name[:-4]}.xlsx: {formulas} formula(s)")
        for r, record in enumerate(original):
            other = back[r] if r < len(back) else []
            if len(other) != len(record):
                problems.append(f"{name} record {r}: {len(record)} cells, {len(other)} after")
            for c, cell in enumerate(record):
                where = f"{name} record {r} column {c} ({original[0][c]})"
                compared += 1
                got = other[c] if c < len(other) else None
                want = expected_cell(cell)
                if got != want:
                    problems.append(f"{where}: {cell!r} came back as {got!r}, not {want!r}")
                reformatted += want != cell
                kind, value = cells.get((r, c), (None, None))
                if cell == "":
                    if value not in (None, ""):
                        problems.append(f"{where}: empty, but the xlsx holds {value!r}")
                elif r > 0 and NUMBER.fullmatch(cell):
                    numbers += 1
                    if kind != "n" or value is None or Decimal(value) != Decimal(cell):
                        problems.append(f"{where}: {cell!r} is stored as {kind} {value!r}, "
                                        "not as that number")
                elif r > 0 and DATE.fullmatch(cell):
                    dates += 1
                    day = datetime.date.fromisoformat(cell)
                    serial = (day - datetime.date(1899, 12, 30)).days
                    if kind != "n" or value is None or Decimal(value) != serial:
                        problems.append(f"{where}: {cell!r} is stored as {kind} {value!r}, "
                                        f"not as the date {serial}")
                else:
                    texts += 1
                    if kind != "s" or value != cell:
                        problems.append(f"{where}: {cell!r} is stored as {kind} {value!r}, "
                                        "not as that text")
                    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                        injections += 1
                    if re.search("[\u4e00-\u9fff\uac00-\ud7a3\u1ea0-\u1ef9]", cell):
                        scripts += 1

    # Numeric columns hold numbers: not only cells that happen to look like one.
    numeric = {"budget.csv": ["amount (CNY)"], "tasks.csv": ["budget (CNY)"],
               "kpis.csv": ["target", "actual"], "objectives.csv": ["baseline", "target"],
               "channels.csv": ["inputs/unit_cost (CNY)", "inputs/cart_rate", "inputs/volume",
                                "actuals/spend (CNY)", "actuals/orders"],
               "evaluation.csv": ["target", "actual", "achievement"]}
    for name, headers in numeric.items():
        cells, _ = read_xlsx(xlsx[name])
        for header in headers:
            if header not in originals[name][0]:
                problems.append(f"{name} has no column {header}")
                continue
            c = originals[name][0].index(header)
            filled = [cells.get((r, c)) for r in range(1, len(originals[name]))
                      if originals[name][r][c] != ""]
            if not filled or any(kind != "n" for kind, _ in filled):
                problems.append(f"{name} column {header}: {filled} are not all numbers")
    if injections < 3 * len(INJECTIONS):
        problems.append(f"only {injections} neutralised injection cells were checked")

    for problem in problems:
        print(f"FAILED: {problem}")
    seconds = time.monotonic() - started
    print(f"{len(names)} files, {compared} cells compared through LibreOffice "
          f"(xlsx and back): {numbers} numbers ({reformatted} without trailing zeros), "
          f"{dates} dates, {texts} texts ({scripts} in Chinese, Korean or Vietnamese, "
          f"{injections} neutralised injections); {len(problems)} problems; {seconds:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
