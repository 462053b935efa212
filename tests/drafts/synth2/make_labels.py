#!/usr/bin/env python3
"""Writes labels/<name>.json from the compact specs in specs.py (the labeller's own record, written with each
text). Each element's lines are found from anchors: a piece of text that occurs on the labelled line."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from specs import S  # noqa: E402

ORDER = [('ctl', 'controller-identity'), ('uk', 'uk-representative'), ('dpo', 'dpo-contact'),
         ('pur', 'purposes'), ('basis', 'lawful-basis'), ('li', 'legitimate-interests'),
         ('rli', 'recognised-legitimate-interest'), ('sc', 'special-category-condition'),
         ('crim', 'criminal-offence-condition'), ('cat', 'categories-of-data'), ('src', 'source-of-data'),
         ('rec', 'recipients'), ('xfer', 'international-transfers'), ('ret', 'retention'),
         ('acc', 'right-access'), ('rect', 'right-rectification'), ('eras', 'right-erasure'),
         ('restr', 'right-restriction'), ('obj', 'right-object'), ('port', 'right-portability'),
         ('wd', 'right-withdraw-consent'), ('cctl', 'right-complain-controller'), ('cico', 'right-complain-ico'),
         ('stat', 'statutory-requirement'), ('adm', 'automated-decisions')]
STATUS = {'p': 'present', 'a': 'absent', 'pt': 'partial', 'na': 'not-applicable'}
DEFAULTS = {'uk': ('na', '', 'a UK body'), 'rli': ('na', '', 'not relied on')}


def lines_of(text_lines, anchors, name, key):
    out = []
    for a in [x for x in anchors.split('|') if x]:
        hits = [i + 1 for i, l in enumerate(text_lines) if a in l]
        if not hits:
            sys.exit(f'{name}: {key}: anchor not found: {a!r}')
        if hits[0] not in out:
            out.append(hits[0])
    return sorted(out)


def main():
    rows = []
    for name, sp in S.items():
        path = os.path.join(HERE, 'texts', name + '.txt')
        text = open(path, encoding='utf-8').read()
        tl = text.split('\n')
        elements = {}
        counts = {v: 0 for v in STATUS.values()}
        for key, rid in ORDER:
            if key not in sp and key not in DEFAULTS:
                sys.exit(f'{name}: element {key} not labelled')
            st, anchors, why = sp.get(key, DEFAULTS.get(key))
            status = STATUS[st]
            counts[status] += 1
            elements[rid] = {'status': status, 'lines': lines_of(tl, anchors, name, key), 'why': why}
        extra = set(sp) - {k for k, _ in ORDER} - {'org', 'kind', 'date', 'lang', 'habit'}
        if extra:
            sys.exit(f'{name}: unknown keys {extra}')
        doc = {'file': f'synth2/texts/{name}.txt', 'organisation': sp['org'], 'languages': sp.get('lang', ['en']),
               'source': {'kind': 'synthetic', 'written': '2026-12-07', 'by': 'helper synth2, blind to the linter'},
               'elements': elements}
        with open(os.path.join(HERE, 'labels', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write('\n')
        words = len(re.findall(r"\S+", text))
        rows.append((name, sp['kind'], sp['date'], words, counts))
    tot = {v: 0 for v in STATUS.values()}
    for name, kind, date, words, c in rows:
        for k in tot:
            tot[k] += c[k]
        print(f"| `{name}` | {kind} | {date} | {words} | {c['present']} | {c['absent']} | {c['partial']} | "
              f"{c['not-applicable']} |")
    print(f"\nTotals over {len(rows)} notices ({25 * len(rows)} labels): {tot['present']} present, "
          f"{tot['absent']} absent, {tot['partial']} partial, {tot['not-applicable']} not-applicable.")


if __name__ == '__main__':
    main()
