"""Reads a pnc source (JSON with // comment lines and trailing commas allowed) for the export checks."""
import json
import re


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if not l.strip().startswith("//")]
    text = re.sub(r",(\s*[}\]])", r"\1", "\n".join(lines))
    return json.loads(text)


def text(value, locale="en"):
    """The default-locale text of a free-text field (a string, {locale: text} or {body: ...})."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if locale in value:
            return text(value[locale], locale)
        if "body" in value:
            return text(value["body"], locale)
        if "text" in value:
            return text(value["text"], locale)
    return ""
