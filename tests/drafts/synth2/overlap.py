#!/usr/bin/env python3
"""Word 8-gram overlap of each synth2 text with the earlier real texts (/work/heldout2 ... /work/heldout11,
../shared/corpus, ../shared/seeds) and with the other synth2 texts. Prints counts and the shared 8-grams
(so a reader can see they are stock phrases). Paths are taken relative to the worktree, which sits in /work."""
import glob, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
N = 8


def grams(path):
    words = re.findall(r"[\w'’]+", open(path, encoding='utf-8', errors='replace').read().lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def main():
    others = []
    for d in [f'heldout{i}' for i in range(2, 12)]:
        others += sorted(glob.glob(os.path.join(WORK, d, '**', '*.txt'), recursive=True))
    for d in ['shared/corpus', 'shared/seeds']:
        others += sorted(glob.glob(os.path.join(WORK, d, '**', '*.txt'), recursive=True))
    og = {p: grams(p) for p in others}
    mine = sorted(glob.glob(os.path.join(HERE, 'texts', '*.txt')))
    mg = {p: grams(p) for p in mine}
    print(f'compared with {len(others)} earlier texts')
    for p in mine:
        g = mg[p]
        best, bestp, shared = 0, '', set()
        for q, h in og.items():
            s = g & h
            shared |= s
            if len(s) > best:
                best, bestp = len(s), q
        share = 100.0 * best / max(1, len(g))
        print(f'{os.path.basename(p)}: {len(g)} 8-grams; shared with any earlier text {len(shared)}; '
              f'largest with one text {best} ({share:.1f} %) {os.path.relpath(bestp, WORK) if best else ""}')
        for s in sorted(shared):
            print('   ', ' '.join(s))
    pairs = []
    for i, p in enumerate(mine):
        for q in mine[i + 1:]:
            pairs.append((len(mg[p] & mg[q]), os.path.basename(p), os.path.basename(q)))
    pairs.sort(reverse=True)
    print('within synth2, largest pairs:', pairs[:3])


if __name__ == '__main__':
    main()
