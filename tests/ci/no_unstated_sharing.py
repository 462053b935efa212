#!/usr/bin/env python3
"""Copies a source, adding "recipients": "none" to the named purposes: the checks that need a source
with no warnings (the pre-commit hook's good sources, the progress line's --quiet run) use the
examples, whose published policies do not say whether these purposes' data is shared (unstated-sharing).

Usage: no_unstated_sharing.py SOURCE DEST PURPOSE_ID...
"""
import sys

src, dest, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(src, encoding="utf-8").read()
start = text.index('\n  "purposes": [')
end = text.index("\n  ],", start)
part = text[start:end]
for pid in ids:
    old = '"id": "%s",' % pid
    if part.count(old) != 1:
        sys.exit("no_unstated_sharing.py: purpose '%s' not found once in %s" % (pid, src))
    part = part.replace(old, old + ' "recipients": "none",')
open(dest, "w", encoding="utf-8").write(text[:start] + part + text[end:])
