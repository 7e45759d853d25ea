#!/usr/bin/env python3
"""Validate extraction records against ExtractionRecord.schema.json with a standard JSON Schema validator.

Usage:
    diaoyan extract --json FILE... | python3 Shared/Models/validate_records.py
    python3 Shared/Models/validate_records.py records.jsonl

Reads one record per line (blank lines skipped) from the files given, or from standard input, and validates each
against the draft 2020-12 schema next to this script. Prints every violation as
`<line> <source>: <JSON pointer>: <message>` and a summary on standard error; exits 0 when every record is valid,
1 when one is not, 2 when a line is not JSON or the schema itself is not a valid schema.

Needs the `jsonschema` package (4.x): `python3 -m pip install jsonschema`.
"""

import fileinput
import json
import pathlib
import sys

import jsonschema

SCHEMA_FILE = pathlib.Path(__file__).with_name("ExtractionRecord.schema.json")


def pointer(path):
    """The RFC 6901 JSON pointer of a jsonschema error path (a deque of keys and indices)."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path) or "(root)"


def main():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        print(f"{SCHEMA_FILE}: not a valid schema: {error.message}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    records = invalid = 0
    for line in fileinput.input(encoding="utf-8"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{fileinput.filename()}:{fileinput.filelineno()}: not JSON: {error}", file=sys.stderr)
            return 2
        records += 1
        errors = sorted(validator.iter_errors(record), key=lambda error: list(map(str, error.absolute_path)))
        if errors:
            invalid += 1
        source = record.get("source", "?") if isinstance(record, dict) else "?"
        for error in errors:
            print(f"{fileinput.filelineno()} {source}: {pointer(error.absolute_path)}: {error.message}")
    print(f"{records} records, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
