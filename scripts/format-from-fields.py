#!/usr/bin/env python3
"""Writes the plan format's field tables (docs/plan-format.md) and its JSON
Schema (assets/schema/plan.schema.json) from src/core/model_fields.h, the one
description of the model, so that neither can drift from the code. A ctest
(tests/cli/format_current.sh) compares both with what is committed.

Usage: format-from-fields.py SOURCE_DIR docs|schema
"""
import json
import os
import re
import sys

# Structs in the order the documentation presents them.
STRUCTS = ["Plan", "Period", "ReviewRow", "Activity", "Competitor", "SwotItem", "TowsStrategy",
           "Segment", "Milestone", "Objective", "Strategy", "Channel", "ChannelInputs", "Resource",
           "ChannelActuals", "Phase", "Task", "BudgetLine", "Kpi", "Review", "ChecklistItem",
           "Risk", "ForecastSettings", "BudgetScenario", "ScenarioSpend"]

# Limits the reader enforces (src/core/plan_format.h, src/core/model.h).
MAX_NAME, MAX_TEXT, MAX_ITEMS, MAX_MONEY = 200, 4000, 5000, 10**15
ID_PATTERN = "[A-Za-z0-9._-]{1,64}"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

RULE_TEXT = {
    "None": "", "Id": "identifier, unique in the file", "Ref": 'id of another item, or ""',
    "Name": "up to 200 characters", "Text": "up to 4,000 characters", "Currency": "ISO 4217 code",
    "Language": "BCP 47 language tag", "Timestamp": "UTC `YYYY-MM-DDThh:mm:ssZ`",
    "Fraction": "from 0 to 1", "Signed": "any finite number", "NonNegative": "0 or more",
    "Positive": "more than 0",
}
TYPE_TEXT = {
    "std::string": "text", "Money": "whole number (minor units)", "bool": "true or false",
    "Date": "date `YYYY-MM-DD`", "Period": "period", "double": "number",
}


def read_sources(root):
    def text(path):
        with open(os.path.join(root, path), encoding="utf-8") as f:
            return f.read()

    enums = {m.group(1): [k.strip().strip('"') for k in m.group(2).split(",") if k.strip()]
             for m in re.finditer(r"^FP_ENUM_KEYS\((\w+),([^)]*)\)", text("src/core/vocabulary.h"),
                                  re.S | re.M)}
    member_types = {}
    for m in re.finditer(r"struct (\w+) \{(.*?)\n\};", text("src/core/model.h"), re.S):
        for line in m.group(2).split("\n"):
            member = re.match(r"\s*([\w:]+(?:<[\w:<>]+>)?)\s+(\w+)(?:\s*=[^;]*)?;", line)
            if member:
                member_types[(m.group(1), member.group(2))] = member.group(1)
    fields = {}
    for m in re.finditer(r"^FP_FIELDS\((\w+),(.*?)\)\n", text("src/core/model_fields.h"), re.S | re.M):
        struct = m.group(1)
        fields[struct] = [
            {"key": f.group(1), "type": member_types[(struct, f.group(2))], "rule": f.group(3),
             "required": f.group(4) == "Required"}
            for f in re.finditer(r'f\("(\w+)", x\.(\w+), Rule::(\w+), Need::(\w+)\)', m.group(2))]
    return enums, fields


def unwrap(cpp_type, wrapper):
    prefix = wrapper + "<"
    if cpp_type.startswith(prefix):
        return True, cpp_type[len(prefix):-1]
    return False, cpp_type


def describe_type(cpp_type, enums):
    optional, inner = unwrap(cpp_type, "std::optional")
    is_list, element = unwrap(inner, "std::vector")
    if is_list:
        text = "list of ids" if element == "std::string" else f"list of {element}"
    elif inner in enums:
        text = "one of " + ", ".join(f"`{k}`" for k in enums[inner])
    else:
        text = TYPE_TEXT.get(inner, inner)
    return text + (" or null" if optional else "")


def docs(enums, fields):
    out = []
    for struct in STRUCTS:
        out += [f"### {struct}", "", "| field | value | rule | required |", "| --- | --- | --- | --- |"]
        for f in fields[struct]:
            required = "yes" if f["required"] else ""
            out.append(f"| `{f['key']}` | {describe_type(f['type'], enums)} | {RULE_TEXT[f['rule']]} "
                       f"| {required} |")
        out.append("")
    return "\n".join(out)


def value_schema(cpp_type, rule, enums):
    optional, inner = unwrap(cpp_type, "std::optional")
    is_list, element = unwrap(inner, "std::vector")
    if is_list:
        items = ({"type": "string", "pattern": f"^{ID_PATTERN}$"} if element == "std::string"
                 else {"$ref": f"#/$defs/{element}"})
        schema = {"type": "array", "maxItems": MAX_ITEMS, "items": items}
    elif inner in enums:
        schema = {"enum": enums[inner]}
    elif inner in ("Period", "Strategy", "ChannelInputs", "ChannelActuals", "ForecastSettings"):
        schema = {"$ref": f"#/$defs/{inner}"}
    elif inner == "Date":
        schema = {"type": "string", "pattern": DATE_PATTERN}
    elif inner == "bool":
        schema = {"type": "boolean"}
    elif inner == "Money":
        schema = {"type": "integer", "minimum": 0, "maximum": MAX_MONEY}
    elif inner == "double":
        schema = {"type": "number"}
        if rule == "Fraction":
            schema.update(minimum=0, maximum=1)
        elif rule == "NonNegative":
            schema["minimum"] = 0
        elif rule == "Positive":
            schema["exclusiveMinimum"] = 0
    else:
        schema = {"type": "string"}
        schema.update({
            "Id": {"pattern": f"^{ID_PATTERN}$"},
            "Ref": {"pattern": f"^({ID_PATTERN})?$"},
            "Name": {"maxLength": MAX_NAME},
            "Text": {"maxLength": MAX_TEXT},
            "Currency": {"pattern": "^[A-Z]{3}$"},
            "Language": {"pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},
            "Timestamp": {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},
        }.get(rule, {}))
    if optional:
        if "$ref" in schema or "enum" in schema:
            schema = {"anyOf": [schema, {"type": "null"}]}
        else:
            schema["type"] = [schema["type"], "null"]
    return schema


def schema(enums, fields, version):
    defs = {}
    for struct in STRUCTS:
        defs[struct] = {
            "type": "object",
            "properties": {f["key"]: value_schema(f["type"], f["rule"], enums) for f in fields[struct]},
            "required": [f["key"] for f in fields[struct] if f["required"]],
            "additionalProperties": False,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://funnelplan.app/schema/plan.schema.json",
        "title": f"Funnelplan plan file, format version {version}",
        "description": "Generated from src/core/model_fields.h by scripts/format-from-fields.py; "
                       "see docs/plan-format.md. Rules across fields (unique ids, references, "
                       "dates in order) are checked by Funnelplan itself.",
        "type": "object",
        "properties": {
            "format": {"const": "funnelplan.plan"},
            "version": {"const": version},
            "plan": {"$ref": "#/$defs/Plan"},
        },
        "required": ["format", "version", "plan"],
        "additionalProperties": False,
        "$defs": defs,
    }


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("docs", "schema"):
        sys.exit(__doc__.strip().splitlines()[-1])
    enums, fields = read_sources(sys.argv[1])
    if sys.argv[2] == "docs":
        print(docs(enums, fields))
    else:
        with open(os.path.join(sys.argv[1], "src/core/plan_format.h"), encoding="utf-8") as f:
            version = int(re.search(r"kFormatVersion = (\d+);", f.read()).group(1))
        print(json.dumps(schema(enums, fields, version), indent=2, ensure_ascii=False))


main()
