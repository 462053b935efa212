#!/usr/bin/env python3
"""tests: SARIF files → schema errors and pnc's own SARIF rules, one line each; exit 1 if any.

Usage: validate.py SCHEMA [FULL_SCHEMA|-] FILE...
Checks each FILE against SCHEMA (the subset pnc writes, tests/sarif/) and, when given, the full
OASIS SARIF 2.1.0 schema; then that every result's ruleIndex names its ruleId in
tool.driver.rules, and every artifact URI is percent-encoded (only A-Z a-z 0-9 - . _ ~ / and %XX).
"""
import json
import re
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)

URI = re.compile(r"^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})*$")


def validators(paths):
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)
        out.append((path, cls(schema, format_checker=jsonschema.FormatChecker())))
    return out


def uris(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "artifactLocation" and isinstance(value, dict) and "uri" in value:
                yield value["uri"]
            yield from uris(value)
    elif isinstance(node, list):
        for value in node:
            yield from uris(value)


def main():
    schemas = [sys.argv[1]] + ([sys.argv[2]] if sys.argv[2] != "-" else [])
    problems = 0
    checked = validators(schemas)
    for name in sys.argv[3:]:
        with open(name, encoding="utf-8") as f:
            log = json.load(f)
        for schema, v in checked:
            for e in v.iter_errors(log):
                print(f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message} (schema {schema})")
                problems += 1
        for run in log.get("runs", []):
            rules = run.get("tool", {}).get("driver", {}).get("rules", [])
            for i, result in enumerate(run.get("results", [])):
                index = result.get("ruleIndex")
                if index is None or not 0 <= index < len(rules) or rules[index].get("id") != result.get("ruleId"):
                    print(f"{name}: result {i} ({result.get('ruleId')}): ruleIndex {index} does not name its rule")
                    problems += 1
        for uri in uris(log):
            if not URI.match(uri):
                print(f"{name}: uri {uri!r} is not percent-encoded")
                problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
