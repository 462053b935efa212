#!/usr/bin/env python3
"""Prints every labelled line next to its element and status, for checking labels/*.json by eye.
Usage: show_lines.py [name ...] (default: all notices). Fails if a label points past the end of its text."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
names = sys.argv[1:] or [os.path.basename(p)[:-5] for p in sorted(glob.glob(os.path.join(HERE, 'labels', '*.json')))]
for name in names:
    doc = json.load(open(os.path.join(HERE, 'labels', name + '.json'), encoding='utf-8'))
    lines = open(os.path.join(HERE, 'texts', name + '.txt'), encoding='utf-8').read().split('\n')
    print(f'== {name}')
    for rid, el in doc['elements'].items():
        if el['status'] in ('present', 'partial') and not el['lines']:
            sys.exit(f'{name}: {rid} is {el["status"]} with no lines')
        if el['status'] == 'absent' and el['lines']:
            sys.exit(f'{name}: {rid} is absent with lines')
        for n in el['lines']:
            if not 1 <= n <= len(lines) or not lines[n - 1].strip():
                sys.exit(f'{name}: {rid}: line {n} is empty or past the end')
            print(f'  {rid:32} {el["status"][:7]:7} {n:3} {lines[n - 1][:90]}')
