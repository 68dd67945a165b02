#!/usr/bin/python3
"""Checks plan files against the JSON Schema with Debian's python3-jsonschema,
an implementation independent of Funnelplan's own reader.

Usage: check_schema.py SCHEMA FILE...
Prints "ok" or "FAILED" with every error for each file, then a count.
Exit status: 0 when every file validates, 1 when one does not, 2 on bad usage.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    failed = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"FAILED {path}: cannot read it as JSON: {e}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:
            print(f"ok     {path}")
            continue
        failed += 1
        print(f"FAILED {path}")
        for error in errors:
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"         {where}: {error.message}")
    print(f"{len(argv) - 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main(sys.argv))
