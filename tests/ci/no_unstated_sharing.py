#!/usr/bin/env python3
"""Copies a source, adding "recipients": "none" to the named purposes: the checks that need a source
with no warnings (the pre-commit hook's good sources, the progress line's --quiet run) use the
examples, whose published policies do not say whether these purposes' data is shared (unstated-sharing).
PURPOSE_ID:RECIPIENT_ID instead names the purpose in that recipient's "purposes": for a purpose whose
data another purpose already passes to that recipient, "none" would be untrue (unstated-sharing warns).

Usage: no_unstated_sharing.py SOURCE DEST PURPOSE_ID[:RECIPIENT_ID]...
"""
import sys

src, dest, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(src, encoding="utf-8").read()
start = text.index('\n  "purposes": [')
end = text.index("\n  ],", start)
part = text[start:end]
served = [i.split(":") for i in ids if ":" in i]
ids = [i for i in ids if ":" not in i]
for pid in ids:
    old = '"id": "%s",' % pid
    if part.count(old) != 1:
        sys.exit("no_unstated_sharing.py: purpose '%s' not found once in %s" % (pid, src))
    part = part.replace(old, old + ' "recipients": "none",')
text = text[:start] + part + text[end:]
for pid, rid in served:
    at = text.index('\n  "recipients": [')
    at = text.index('"id": "%s"' % rid, at)
    at = text.index('"purposes": [', at) + len('"purposes": [')
    text = text[:at] + '"%s", ' % pid + text[at:]
open(dest, "w", encoding="utf-8").write(text)
