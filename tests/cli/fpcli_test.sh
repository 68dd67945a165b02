#!/usr/bin/env bash
# fpcli as documented in README: exit status and output of each command.
# Usage: fpcli_test.sh FPCLI SOURCE_DIR WORK_DIR
set -uo pipefail
fpcli=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0 checks=0
check() { # description, then a command that must succeed
  local what=$1; shift
  checks=$((checks + 1))
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
status_of() { "$@" >/dev/null 2>&1; echo $?; }

check "templates lists the six templates and the sample" \
  test "$("$fpcli" templates | wc -l)" -eq 7
check "new writes a plan from a template" \
  "$fpcli" new --template launch --name "Spring launch" -o "$work/launch.plan.json"
check "the new plan has the given name" grep -q '"name": "Spring launch"' "$work/launch.plan.json"
check "validate accepts it (exit 0)" test "$(status_of "$fpcli" validate "$work/launch.plan.json")" -eq 0
check "validate prints valid" grep -q "valid" <("$fpcli" validate "$work/launch.plan.json")
check "new with an unknown template exits 2" \
  test "$(status_of "$fpcli" new --template nope -o "$work/x.json")" -eq 2
check "templates --language ko lists them in Korean" \
  grep -q "^launch	신제품 출시" <("$fpcli" templates --language ko)
check "new --language ko writes the template in Korean, in won" \
  "$fpcli" new --template launch --language ko -o "$work/launch-ko.plan.json"
check "the Korean plan says so" grep -q '"language": "ko"' "$work/launch-ko.plan.json"
check "the Korean plan is in KRW" grep -q '"currency": "KRW"' "$work/launch-ko.plan.json"
check "the Korean plan is valid" test "$(status_of "$fpcli" validate "$work/launch-ko.plan.json")" -eq 0
check "new --language with an unknown language exits 2" \
  test "$(status_of "$fpcli" new --template launch --language tlh -o "$work/x.json")" -eq 2
check "new --event places the mega-sale's burst so that it ends on the event" \
  /usr/bin/python3 -c 'import json,sys; p=json.load(sys.stdin)["plan"]; sys.exit(not any(x["kind"] == "burst" and x["dates"]["end"] == "2027-06-18" for x in p["phases"]))' \
  < <("$fpcli" new --template mega-sale --event 2027-06-18 -o /dev/stdout)
check "new --event 11.11 takes the next Double 11" \
  /usr/bin/python3 -c 'import json,sys; p=json.load(sys.stdin)["plan"]; sys.exit(not any(x["kind"] == "burst" and x["dates"]["end"][5:] == "11-11" for x in p["phases"]))' \
  < <("$fpcli" new --template mega-sale --event 11.11 -o /dev/stdout)
check "new --event that is not a date exits 2" \
  test "$(status_of "$fpcli" new --template mega-sale --event soon -o "$work/x.json")" -eq 2
check "new --event for a template not tied to an event exits 2" \
  test "$(status_of "$fpcli" new --template launch --event 2027-06-18 -o "$work/x.json")" -eq 2

# The benchmarks' large plan (tests/bench/plan_generator.h): made by fpcli,
# never offered as a template.
check "templates does not offer the generated large-sample" \
  test "$("$fpcli" templates | grep -c large-sample)" -eq 0
check "new --template large-sample writes the large plan" \
  "$fpcli" new --template large-sample -o "$work/large.plan.json"
check "the large plan is valid" test "$(status_of "$fpcli" validate "$work/large.plan.json")" -eq 0
check "the large plan has 300 objectives, 2,000 tasks, 500 KPIs, 60 channels and 200 risks, in four languages" \
  /usr/bin/python3 - "$work/large.plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))["plan"]
counts = {k: len(p[k]) for k in ("objectives", "tasks", "kpis", "channels", "risks")}
assert counts == {"objectives": 300, "tasks": 2000, "kpis": 500, "channels": 60, "risks": 200}, counts
titles = "".join(t["title"] for t in p["tasks"])
def has(lo, hi): return any(lo <= c <= hi for c in titles)
assert has("\u4e00", "\u9fff") and has("\uac00", "\ud7a3") and has("\u1ea0", "\u1ef9"), "a script is missing"
assert any(t["depends_on"] for t in p["tasks"]) and all(c["inputs"]["cost_model"] for c in p["channels"][:4])
PY
check "new --template large-sample gives the same file every time" \
  cmp -s <("$fpcli" new --template large-sample -o /dev/stdout) "$work/large.plan.json"
check "new --template large-sample --name renames it" \
  grep -q '"name": "Big"' <("$fpcli" new --template large-sample --name Big -o /dev/stdout)
check "large-sample takes no --language (exit 2)" \
  test "$(status_of "$fpcli" new --template large-sample --language ko -o "$work/x.json")" -eq 2

sed 's/"currency": "[A-Z]*"/"currency": 12/' "$work/launch.plan.json" > "$work/broken.plan.json"
check "validate refuses a broken file (exit 1)" \
  test "$(status_of "$fpcli" validate "$work/launch.plan.json" "$work/broken.plan.json")" -eq 1
line=$(grep -n '"currency": 12' "$work/broken.plan.json" | cut -d: -f1)
check "validate names line, column and path" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" validate "$work/broken.plan.json")
check "validate of a missing file exits 2" \
  test "$(status_of "$fpcli" validate "$work/missing.json")" -eq 2
head -c 9000000 /dev/zero | tr '\0' ' ' > "$work/huge.json"
check "validate refuses a file over the size limit without reading it" \
  grep -q "the limit is 8388608 bytes" <("$fpcli" validate "$work/huge.json")

"$fpcli" summary "$src/assets/templates/sample-double-11.plan.json" > "$work/summary.json"
check "summary exits 0 and prints JSON" /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/summary.json"
check "summary shows the sample's achievement rates (85, 83, 120)" /usr/bin/python3 - "$work/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
percents = sorted(k["percent"] for k in s["kpis"] if k.get("percent") is not None)
assert {83, 85, 120} <= set(percents), percents
PY
check "summary refuses a broken file (exit 1)" \
  test "$(status_of "$fpcli" summary "$work/broken.plan.json")" -eq 1
check "no command is a usage error (exit 2)" test "$(status_of "$fpcli")" -eq 2

sample="$src/assets/templates/sample-double-11.plan.json"
check "format prints a template unchanged (it is in the exporter's form)" \
  cmp -s "$sample" <("$fpcli" format "$sample")
printf '{"format": "funnelplan.plan", "version": 1, "plan": {"id": "p1", "name": "Old",
  "currency": "EUR", "period": {"start": "2026-01-01", "end": "2026-01-31"},
  "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"}}' > "$work/old.plan.json"
check "format -o migrates a version 1 file to the current version" \
  "$fpcli" format "$work/old.plan.json" -o "$work/migrated.plan.json"
check "the migrated file says version 4 and validates" \
  grep -q '"version": 4' "$work/migrated.plan.json"
check "format of a broken file exits 1" test "$(status_of "$fpcli" format "$work/broken.plan.json")" -eq 1

"$fpcli" forecast "$sample" > "$work/forecast.json"
check "forecast runs every channel's funnel as docs/forecast.md says" /usr/bin/python3 - "$sample" "$work/forecast.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))["plan"]
out = json.load(open(sys.argv[2]))
spend = {}
for line in plan["budget"]:
    spend[line["channel_id"]] = spend.get(line["channel_id"], 0) + line["amount"]
checked = 0
for c, f in zip(plan["channels"], out["channels"]):
    i = c["inputs"]
    # At the planned spend diminishing returns change nothing (the curve goes
    # through that point); carryover would move some results past the end.
    if c["media"] != "paid" or i["cost_model"] != "cpm" or i["carryover"]:
        continue
    s = spend.get(c["id"], 0)
    impressions = s / i["unit_cost"] * 1000
    visits = impressions * i["ctr"] * (i["visit_rate"] if i["visit_rate"] is not None else 1)
    orders = visits * i["conversion_rate"]
    assert abs(f["total"]["impressions"] - impressions) < 0.01, (f, impressions)
    assert abs(f["total"]["orders"] - orders) < 0.01, (f, orders)
    assert abs(f["total"]["revenue"] - orders * i["aov"]) <= 1, f
    checked += 1
assert checked >= 1
assert abs(out["total"]["orders"] - sum(c["total"]["orders"] for c in out["channels"])) < 0.05
assert out["ratios"]["roas"] is not None
# The template says how sure each input is, so every figure has a range
# around it, each channel's and each scenario's too.
for figures in [out["total"], out["ratios"]] + [c["total"] for c in out["channels"]]:
    for k, v in figures.items():
        if k in ("low", "high") or v is None:
            continue
        assert figures["low"][k] <= v <= figures["high"][k], (k, figures)
assert out["total"]["low"]["revenue"] < out["total"]["revenue"] < out["total"]["high"]["revenue"]
assert out["total"]["low"]["spend"] == out["total"]["spend"]
assert all("low" in s["total"] and "high" in s["ratios"] for s in out["scenarios"])
assert "after_campaign" in out
PY
"$fpcli" allocate "$sample" > "$work/allocate.json"
check "allocate splits the current paid spend afresh (exit 0)" /usr/bin/python3 - "$work/allocate.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a["ok"] and a["mode"] == "budget", a
assert abs(sum(c["proposed"] for c in a["channels"]) - a["amount"]) <= len(a["channels"]), a
assert all(c["reason"] for c in a["channels"])
assert a["response_proposed"] >= a["response_current"] - 1e-6
# The sample's inputs carry uncertainties: each response has a range around it.
for k in ("response_current", "response_proposed"):
    assert a[k + "_low"] < a[k] < a[k + "_high"], (k, a)
PY
check "allocate --budget takes an amount in the plan's currency" \
  grep -q '"amount": 5000000' <("$fpcli" allocate "$sample" --budget 50,000)
check "allocate --marginal-roas and --goal orders run" \
  grep -q '"mode": "marginal_roas"' <("$fpcli" allocate "$sample" --goal orders --marginal-roas 0.001)
/usr/bin/python3 - "$sample" "$work/bounded.plan.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for c in doc["plan"]["channels"]:
    c["inputs"]["min_spend"] = 2000000
json.dump(doc, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
check "allocate refuses minimums above the budget (exit 1, with the reason)" \
  test "$(status_of "$fpcli" allocate "$work/bounded.plan.json" --budget 1000)" -eq 1
check "the refusal says why" grep -q '"error": "' <("$fpcli" allocate "$work/bounded.plan.json" --budget 1000)
check "the refusal shows the budget as it was typed" \
  grep -q 'above the budget of 1,000' <("$fpcli" allocate "$work/bounded.plan.json" --budget 1,000)
check "a budget covers the spend-driven channels and the rest of the plan's spend is reported" \
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["budget_covers"] == "spend_driven_channels" and d["total_proposed"] == 8000000 and d["plan_total_proposed"] == d["total_proposed"] + d["kept_spend"] and d["kept_spend"] > 0 and d["kept_channels"]))' \
  < <("$fpcli" allocate "$sample" --budget 80,000)
check "the orders goal names its unit and shows marginal returns that can be compared" \
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["return_unit"] == "orders per 1 minor unit of CNY spent" and all(c["marginal_proposed"] > 0 for c in d["channels"])))' \
  < <("$fpcli" allocate "$sample" --goal orders --budget 80,000)
check "a budget whose last unit returns less than it costs is allowed, with a warning" \
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["ok"] and "below what it costs" in d["warning"]))' \
  < <("$fpcli" allocate "$sample" --budget 200,000)
check "without one there is no warning" \
  /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["ok"] and "warning" not in d))' \
  < <("$fpcli" allocate "$sample" --budget 40,000)
"$fpcli" allocate "$sample" --budget 80,000 > "$work/revenue.json"
"$fpcli" allocate "$sample" --goal profit --budget 80,000 > "$work/profit.json"
check "the profit goal splits a budget as revenue does and counts profit after spend" \
  /usr/bin/python3 - "$sample" "$work/revenue.json" "$work/profit.json" <<'PY'
import json, sys
margin = json.load(open(sys.argv[1]))["plan"]["forecast"]["gross_margin"]
r, p = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
assert p["return_unit"] == "profit after spend per 1 CNY spent", p
assert [c["proposed"] for c in p["channels"]] == [c["proposed"] for c in r["channels"]]
for a, b in zip(r["channels"], p["channels"]):
    assert abs(b["response_proposed"] - (a["response_proposed"] * margin - b["proposed"])) < 1, (a, b)
    assert abs(b["marginal_proposed"] - (a["marginal_proposed"] * margin - 1)) < 1e-4, (a, b)
assert abs(p["response_proposed"] - (r["response_proposed"] * margin - p["total_proposed"])) < 1
PY
check "allocate with an unknown goal is a usage error (exit 2)" \
  test "$(status_of "$fpcli" allocate "$sample" --goal fame)" -eq 2

"$fpcli" new --template sample-double-11 -o "$work/finished.plan.json"
"$fpcli" next "$work/finished.plan.json" -o "$work/next.plan.json" --name "Double 11, next year" \
  > "$work/next.json"
check "next writes the next plan and prints its refits (exit 0)" test $? -eq 0
check "the next plan validates" test "$(status_of "$fpcli" validate "$work/next.plan.json")" -eq 0
check "next starts the day after the old period, clears the results and refits the channels with actuals" \
  /usr/bin/python3 - "$work/finished.plan.json" "$work/next.plan.json" "$work/next.json" <<'PY'
import datetime, json, sys
old = json.load(open(sys.argv[1]))["plan"]
new = json.load(open(sys.argv[2]))["plan"]
report = json.load(open(sys.argv[3]))
day = datetime.date.fromisoformat
assert report["plan"]["id"] == new["id"] != old["id"]
assert report["plan"]["name"] == new["name"] == "Double 11, next year"
assert day(new["period"]["start"]) == day(old["period"]["end"]) + datetime.timedelta(days=1)
assert report["days_moved"] == (day(new["period"]["start"]) - day(old["period"]["start"])).days
assert report["plan"]["period"] == new["period"]
for a, b in zip(old["phases"], new["phases"]):
    assert (day(b["dates"]["end"]) - day(a["dates"]["end"])).days == report["days_moved"]
assert all(v is None for c in new["channels"] for v in c["actuals"].values())
assert all(k["actual"] is None and k["problem"] == "" and k["suggestion"] == "" for k in new["kpis"])
assert new["reviews"] == [] and all(t["status"] == "todo" for t in new["tasks"])
assert new["budget"] == old["budget"] and new["risks"] == old["risks"]

channels = report["channels"]
assert [c["id"] for c in channels] == [c["id"] for c in old["channels"]]
inputs = {c["id"]: c["inputs"] for c in new["channels"]}
# Feed ads and search spent what was planned, so the next plan forecasts
# their actual cost per order (docs/forecast.md, "Learning from the last campaign").
expected = {"ch-feed": ({"forecast_before": 7843, "actual": 10000, "forecast_next": 10000},
                        0.03, 0.03 * 300 / 382.5),
            "ch-search": ({"forecast_before": 4167, "actual": 4000, "forecast_next": 4000},
                          0.04, 0.04 * 250 / 240)}
actuals = {c["id"]: c["actuals"] for c in old["channels"]}
for c in channels:
    if c["id"] in expected:
        cost, before, after = expected[c["id"]]
        assert c["refitted"] and c["note"] == "refitted through its actual spend and orders", c
        assert c["cost_per_order"] == cost, c
        change, = c["changed_inputs"]  # observed spend and order value were already the actuals
        assert change["input"] == "conversion_rate" and change["before"] == before, c
        assert abs(change["after"] - after) < 1e-12, c
        assert inputs[c["id"]]["conversion_rate"] == change["after"]  # as the file holds it
    elif actuals[c["id"]]["spend"]:
        # Fixed-fee and owned channels: refitted too, their spend now the evidence.
        a = actuals[c["id"]]
        assert c["refitted"] and c["cost_per_order"]["actual"] == round(a["spend"] / a["orders"]), c
        assert c["cost_per_order"]["forecast_next"] == c["cost_per_order"]["actual"], c
    else:
        assert not c["refitted"] and c["changed_inputs"] == [], c
        assert c["note"] == "not refitted: no actual spend", c
        assert c["cost_per_order"]["actual"] is None
        assert c["cost_per_order"]["forecast_before"] == c["cost_per_order"]["forecast_next"], c
PY
"$fpcli" next "$work/finished.plan.json" -o "$work/dated.plan.json" --start 2030-02-28 > /dev/null
check "next --start moves the plan to that day and keeps the old name" \
  /usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["plan"]; q=json.load(open(sys.argv[2]))["plan"]; sys.exit(not (p["period"]["start"] == "2030-02-28" and p["name"] == q["name"]))' \
  "$work/dated.plan.json" "$work/finished.plan.json"
check "next with a --start that is not a date is a usage error (exit 2)" \
  test "$(status_of "$fpcli" next "$work/finished.plan.json" -o "$work/refused.plan.json" --start 2027-02-29)" -eq 2
check "and says which option and why" \
  grep -q -- '--start is a date YYYY-MM-DD such as 2027-01-04, not "2027-02-29"' \
  <("$fpcli" next "$work/finished.plan.json" -o "$work/refused.plan.json" --start 2027-02-29 2>&1)
check "next of a broken file exits 1" \
  test "$(status_of "$fpcli" next "$work/broken.plan.json" -o "$work/refused.plan.json")" -eq 1
check "next refuses a plan that would run past 9999, naming the field (exit 1)" \
  grep -q "no next plan from .*finished.plan.json: plan.period.end" \
  <("$fpcli" next "$work/finished.plan.json" -o "$work/refused.plan.json" --start 9999-12-20 2>&1)
check "next without -o is a usage error (exit 2)" \
  test "$(status_of "$fpcli" next "$work/finished.plan.json")" -eq 2
check "a refused next writes no file" test ! -e "$work/refused.plan.json"
check "the help lists next" grep -q "fpcli next FILE -o OUT" <("$fpcli" --help)

# A workshop: three groups edit copies of one base; one task title is changed
# by two of them differently.
"$fpcli" new --template sample-double-11 -o "$work/base.plan.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
base = json.load(open(work + "/base.plan.json"))
def group(name, change):
    doc = json.loads(json.dumps(base))
    change(doc["plan"])
    json.dump(doc, open(f"{work}/{name}.plan.json", "w"), ensure_ascii=False, indent=2)
def reach(p):
    p["name"] = "Double 11 · 双十一"
    p["tasks"][0]["title"] = "Short videos on Douyin only"
def act(p):
    p["tasks"][0]["title"] = "Short videos on Xiaohongshu first"
    p["risks"].append({"id": "risk-new", "risk": "Giao hàng chậm dịp Tết"})
def convert(p):
    p["mission"] = "설날 선물 세트를 회원에게 먼저"
group("reach", reach); group("act", act); group("convert", convert)
PY
"$fpcli" merge "$work/base.plan.json" "$work/reach.plan.json" "$work/act.plan.json" \
  "$work/convert.plan.json" -o "$work/merged.plan.json" > "$work/conflicts.json" 2>/dev/null
check "merge with a conflict left exits 1" test $? -eq 1
check "and writes no file" test ! -e "$work/merged.plan.json"
check "merge prints the conflict with the base and both groups' sides as JSON" \
  /usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
r = json.load(open(work + "/conflicts.json"))
assert r["output"] is None, r
c, = r["conflicts"]
assert c["kind"] == "field" and c["path"] == "tasks/task-1/title", c
assert c["pointer"] == "/plan/tasks/0/title" and c["base"] == "Short videos on Xiaohongshu and Douyin", c
assert c["sides"] == [{"group": work + "/reach.plan.json", "value": "Short videos on Douyin only"},
                      {"group": work + "/act.plan.json", "value": "Short videos on Xiaohongshu first"}], c
PY
"$fpcli" merge "$work/base.plan.json" "$work/reach.plan.json" "$work/act.plan.json" \
  "$work/convert.plan.json" -o "$work/merged.plan.json" --prefer "$work/act.plan.json" > "$work/merge.json"
check "merge --prefer settles every conflict for that group (exit 0)" test $? -eq 0
check "the merged plan validates" test "$(status_of "$fpcli" validate "$work/merged.plan.json")" -eq 0
check "it holds every group's changes, the preferred side, and their texts byte for byte" \
  /usr/bin/python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
p = json.load(open(work + "/merged.plan.json"))["plan"]
r = json.load(open(work + "/merge.json"))
assert r["conflicts"] == [] and r["output"] == work + "/merged.plan.json", r
assert p["name"] == "Double 11 · 双十一"
assert p["tasks"][0]["title"] == "Short videos on Xiaohongshu first"
assert p["mission"] == "설날 선물 세트를 회원에게 먼저"
assert p["risks"][-1] == {"id": "risk-new", "risk": "Giao hàng chậm dịp Tết", "likelihood": "medium",
                          "impact": "medium", "response": "", "owner": "", "status": "open"}, p["risks"][-1]
PY
check "merge of changes to different fields needs no --prefer (exit 0)" \
  test "$(status_of "$fpcli" merge "$work/base.plan.json" "$work/reach.plan.json" \
    "$work/convert.plan.json" -o "$work/disjoint.plan.json")" -eq 0
check "merge --prefer of a file that is not a group's is a usage error (exit 2)" \
  test "$(status_of "$fpcli" merge "$work/base.plan.json" "$work/reach.plan.json" \
    -o "$work/x.plan.json" --prefer "$work/act.plan.json")" -eq 2
check "merge without a group or -o is a usage error (exit 2)" \
  test "$(status_of "$fpcli" merge "$work/base.plan.json" -o "$work/x.plan.json")" -eq 2
check "merge refuses a broken group file with validate's message (exit 1)" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" merge "$work/base.plan.json" "$work/broken.plan.json" -o "$work/x.plan.json" 2>&1)
check "merge of an unreadable file exits 2" \
  test "$(status_of "$fpcli" merge "$work/base.plan.json" "$work/missing.json" -o "$work/x.plan.json")" -eq 2
check "a refused merge writes no file" test ! -e "$work/x.plan.json"
check "the help lists merge" grep -q "fpcli merge BASE GROUP.plan.json... -o OUT" <("$fpcli" --help)
check "csv -o writes one file per table into a new folder" \
  "$fpcli" csv "$sample" -o "$work/tables/sample"
check "the folder holds the nine tables" \
  test "$(cd "$work/tables/sample" && ls | tr '\n' ' ')" = \
  "budget.csv channels.csv evaluation.csv kpis.csv measurements.csv objectives.csv resources.csv risks.csv tasks.csv "
check "each file reads back as the sample's tables: UTF-8 with a BOM, amounts in yuan, references by name" \
  /usr/bin/python3 - "$sample" "$work/tables/sample" <<'PY'
import csv, io, json, sys
plan = json.load(open(sys.argv[1]))["plan"]
def table(name):
    raw = open(f"{sys.argv[2]}/{name}.csv", "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), name
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), name
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
budget = table("budget")
assert [r["id"] for r in budget] == [b["id"] for b in plan["budget"]]
for row, line in zip(budget, plan["budget"]):
    assert row["amount (CNY)"] == f'{line["amount"] // 100}.{line["amount"] % 100:02d}', row
channels = {c["id"]: c["name"] for c in plan["channels"]}
assert [r["channel_id"] for r in budget] == [channels.get(b["channel_id"], "") for b in plan["budget"]]
tasks = table("tasks")
assert [r["title"] for r in tasks] == [t["title"] for t in plan["tasks"]]
assert [r["dates/start"] for r in tasks] == [t["dates"]["start"] for t in plan["tasks"]]
evaluation = table("evaluation")
assert [r["metric"] for r in evaluation] == [k["metric"] for k in plan["kpis"]]
assert {round(float(r["achievement"]) * 100) for r in evaluation if r["achievement"]} >= {83, 85, 120}
PY
check "csv --zip writes the same files in a zip that Python's zipfile reads and tests" \
  "$fpcli" csv "$sample" --zip "$work/tables/sample.zip"
check "the zip's files are the folder's, byte for byte, with good CRCs" \
  /usr/bin/python3 - "$work/tables/sample.zip" "$work/tables/sample" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    names = sorted(z.namelist())
    assert names == sorted(os.listdir(sys.argv[2])), names
    for info in z.infolist():
        assert info.compress_type == zipfile.ZIP_STORED and info.flag_bits & 0x800, info
        assert z.read(info) == open(os.path.join(sys.argv[2], info.filename), "rb").read()
PY
if command -v unzip >/dev/null; then
  check "unzip -t finds no error in the zip" unzip -tq "$work/tables/sample.zip"
fi
check "csv keeps Korean text as it is in the plan" \
  /usr/bin/python3 - "$work/launch-ko.plan.json" "$fpcli" "$work/tables/ko" <<'PY'
import csv, io, json, subprocess, sys
plan = json.load(open(sys.argv[1]))["plan"]
subprocess.run([sys.argv[2], "csv", sys.argv[1], "-o", sys.argv[3]], check=True)
text = open(f"{sys.argv[3]}/objectives.csv", encoding="utf-8-sig", newline="").read()
rows = list(csv.DictReader(io.StringIO(text)))
assert [r["statement"] for r in rows] == [o["statement"] for o in plan["objectives"]]
assert any("\uac00" <= ch <= "\ud7a3" for r in rows for ch in r["statement"]), "no Hangul"
PY
check "csv of a broken file exits 1 and names line, column and path as validate does" \
  test "$(status_of "$fpcli" csv "$work/broken.plan.json" -o "$work/tables/broken")" -eq 1
check "and says why" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" csv "$work/broken.plan.json" -o "$work/tables/broken" 2>&1)
check "a refused csv writes no folder" test ! -e "$work/tables/broken"
check "csv refuses a file over the size limit (exit 2)" \
  test "$(status_of "$fpcli" csv "$work/huge.json" -o "$work/tables/huge")" -eq 2
check "csv without -o or --zip is a usage error (exit 2)" \
  test "$(status_of "$fpcli" csv "$sample")" -eq 2
check "the help lists csv" grep -q "fpcli csv FILE" <("$fpcli" --help)

mkdir -p "$work/report"
check "report writes the printed plan as one HTML page (exit 0)" \
  "$fpcli" report "$sample" -o "$work/report/plan.html"
check "the printed plan holds Table 1's KPI rows, in the plan's language, with nothing to run" \
  /usr/bin/python3 - "$sample" "$work/report/plan.html" <<'PY'
import json, sys
def esc(s):
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;")):
        s = s.replace(a, b)
    return s
plan = json.load(open(sys.argv[1]))["plan"]
page = open(sys.argv[2], encoding="utf-8").read()
assert page.startswith('<!DOCTYPE html>\n<html lang="%s">' % plan["language"]), page[:80]
assert "Table 1. KPI decomposition" in page and "Table 2. Resources and schedule" in page
for k in plan["kpis"]:
    assert '<th scope="row">%s</th>' % esc(k["metric"]) in page, k["metric"]
assert "<script" not in page.lower() and "src=" not in page and "href=" not in page
PY
check "report --review writes the effect-analysis report with 85%, 83% and 120%" \
  /usr/bin/python3 - "$fpcli" "$sample" "$work/report/review.html" <<'PY'
import subprocess, sys
subprocess.run([sys.argv[1], "report", sys.argv[2], "--review", "-o", sys.argv[3]], check=True)
page = open(sys.argv[3], encoding="utf-8").read()
assert "Table 3. KPI achievement and evaluation" in page
for percent in ("85%", "83%", "120%"):
    assert ">%s</td>" % percent in page, percent
assert "<script" not in page.lower()
PY
check "report --language zh-Hans labels the plan in Simplified Chinese" \
  grep -q "表 1：KPI 分解" <("$fpcli" report "$sample" --language zh-Hans -o /dev/stdout)
check "report of the Korean plan is labelled in Korean without --language" \
  grep -q '<html lang="ko">' <("$fpcli" report "$work/launch-ko.plan.json" -o /dev/stdout)
check "report with an unknown language is a usage error (exit 2)" \
  test "$(status_of "$fpcli" report "$sample" --language tlh -o "$work/report/x.html")" -eq 2
check "report of a broken file exits 1 and says why as validate does" \
  test "$(status_of "$fpcli" report "$work/broken.plan.json" -o "$work/report/x.html")" -eq 1
check "and says why" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" report "$work/broken.plan.json" -o "$work/report/x.html" 2>&1)
check "a refused report writes no file" test ! -e "$work/report/x.html"
check "report of a missing file exits 2" \
  test "$(status_of "$fpcli" report "$work/missing.json" -o "$work/report/x.html")" -eq 2
check "report without -o is a usage error (exit 2)" \
  test "$(status_of "$fpcli" report "$sample")" -eq 2
check "a plan named like a script prints as text" \
  /usr/bin/python3 - "$fpcli" "$sample" "$work/report" <<'PY'
import json, subprocess, sys
doc = json.load(open(sys.argv[2]))
doc["plan"]["name"] = "<script>alert(1)</script>"
doc["plan"]["business"] = '" onload="x'
open(f"{sys.argv[3]}/evil.plan.json", "w", encoding="utf-8").write(json.dumps(doc, ensure_ascii=False))
for extra in ([], ["--review"]):
    subprocess.run([sys.argv[1], "report", f"{sys.argv[3]}/evil.plan.json", "-o",
                    f"{sys.argv[3]}/evil.html", *extra], check=True)
    page = open(f"{sys.argv[3]}/evil.html", encoding="utf-8").read()
    assert "<script" not in page and '" onload="x' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&quot; onload=&quot;x" in page
PY
check "the help lists report" grep -q "fpcli report FILE -o OUT.html" <("$fpcli" --help)

# Share links: the plan compressed into a URL's fragment, and back.
check "share-link prints the fragment alone without --base" \
  grep -qE '^#plan=1\.[A-Za-z0-9_-]+$' <("$fpcli" share-link "$sample")
check "share-link --base puts it after the address" \
  grep -qE '^https://example\.org/plan/#plan=1\.[A-Za-z0-9_-]+$' \
  <("$fpcli" share-link "$sample" --base https://example.org/plan/)
mkdir -p "$work/links"
for template in "$src"/assets/templates/*.plan.json; do
  name=$(basename "$template")
  link=$("$fpcli" share-link "$template" --base https://example.org/)
  check "share-link makes a link of $name" grep -q '^https://example.org/#plan=1\.' <<<"$link"
  check "share-link then open-link gives $name as fpcli writes it" \
    cmp -s <("$fpcli" format "$template") \
    <("$fpcli" open-link "$link" -o "$work/links/$name" >/dev/null && cat "$work/links/$name")
done
link=$("$fpcli" share-link "$sample")
check "open-link takes the fragment as share-link prints it" \
  "$fpcli" open-link "$link" -o "$work/links/fragment.plan.json"
/usr/bin/python3 - "$sample" "$work/links/large.plan.json" <<'PY'
import json, random, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
rng = random.Random(4)
# Random text hardly compresses: 20 competitors of 3,000 characters each.
doc["plan"]["competitors"] = [
    {"id": f"comp-{i}", "name": f"Rival {i}",
     "strengths": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3000)),
     "weaknesses": ""} for i in range(20)]
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(doc, ensure_ascii=False, indent=2))
PY
check "the too-large plan is itself valid" \
  test "$(status_of "$fpcli" validate "$work/links/large.plan.json")" -eq 0
check "share-link refuses a plan too large for a link (exit 1)" \
  test "$(status_of "$fpcli" share-link "$work/links/large.plan.json")" -eq 1
check "and suggests sending the file" \
  grep -q "too large for a share link.*send the plan file instead" \
  <("$fpcli" share-link "$work/links/large.plan.json" 2>&1)
check "share-link of a broken file exits 1 and says why as validate does" \
  grep -q "broken.plan.json: line $line, column 17, plan.currency: must be text, not a number" \
  <("$fpcli" share-link "$work/broken.plan.json" 2>&1)
damaged="${link:0:40}+${link:41}"
check "open-link refuses a damaged link (exit 1)" \
  test "$(status_of "$fpcli" open-link "$damaged" -o "$work/links/damaged.plan.json")" -eq 1
check "and names the character and its place" \
  grep -q '^link: the file: character 41 of the link, "+", does not belong in a plan link' \
  <("$fpcli" open-link "$damaged" -o "$work/links/damaged.plan.json" 2>&1)
check "a refused link writes no file" test ! -e "$work/links/damaged.plan.json"
check "open-link says when a link was cut short" \
  grep -q "the link ends before the plan does" \
  <("$fpcli" open-link "${link:0:300}" -o "$work/links/cut.plan.json" 2>&1)
check "open-link of an address that is no plan link says so" \
  grep -q "this is not a Funnelplan plan link" \
  <("$fpcli" open-link "https://example.org/" -o "$work/links/none.plan.json" 2>&1)
check "open-link without -o is a usage error (exit 2)" \
  test "$(status_of "$fpcli" open-link "$link")" -eq 2
check "the help lists share-link and open-link" \
  grep -q "fpcli share-link FILE.*" <("$fpcli" --help)

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
