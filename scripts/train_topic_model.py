#!/usr/bin/env python3
"""Trains the learned second opinion of `pnc lint --draft` (issue 14) from project-owned text only.

Reads (all in this repository, so a clone reproduces it):
  tests/drafts/phrasings/phrasings.json  our own one-sentence wordings per element (English cases only)
  tests/drafts/synth1/ tune half         the 12 texts named in TUNE below, with their labelled lines
  tests/drafts/labelled/                 34 drafts; positives are the lines pnc itself quotes as evidence for an
                                         element the label calls present (needs a built pnc: --pnc)
Never reads the synth1 held half nor any real notice. Negatives are the other sentences of the same texts
(sentences in the same section as a positive line are left out: they may state the element too).

usage: train_topic_model.py [--pnc build/pnc] [--no-labelled] [--out FILE] [--cv]"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import topic_model as tm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TUNE = ["bethel-chapel-porthcarrow", "coldmoor-allotments", "dunmore-heritage-scio", "first-wexcombe-scouts",
        "greenbank-lunch-club", "hartsmere-bowls", "knockbreda-youth-fellowship", "nethercombe-food-bank",
        "riverside-tennis", "st-brannock-church", "tuesday-tots", "walking-group-statement"]
ELEMENTS = ["controller-identity", "uk-representative", "dpo-contact", "purposes", "lawful-basis",
            "legitimate-interests", "recognised-legitimate-interest", "special-category-condition",
            "criminal-offence-condition", "categories-of-data", "source-of-data", "recipients",
            "international-transfers", "retention", "right-access", "right-rectification", "right-erasure",
            "right-restriction", "right-object", "right-portability", "right-withdraw-consent",
            "right-complain-controller", "right-complain-ico", "statutory-requirement", "automated-decisions"]


def doc_examples(group, path, positives, excluded, absent=frozenset()):
    """Units of one text. positives: {element: set(lines)}; excluded: elements whose lines are unknown.
    Returns [(group, features, {element: y or None})]."""
    us = tm.units(path)
    section = {}
    cur = 0
    for n, s, h, th in us:
        if s == h and not th:
            cur = n
        section[n] = cur
    pos_sections = {e: {section.get(n) for n in ls} for e, ls in positives.items()}
    out = []
    for n, s, h, th in us:
        if tm.is_welsh(s):
            continue
        ys = {}
        for e in ELEMENTS:
            if e in excluded:
                ys[e] = None
            elif n in positives.get(e, ()):
                ys[e] = 1
            elif section.get(n) in pos_sections.get(e, ()) and section.get(n):
                ys[e] = None
            else:
                ys[e] = 0
        out.append((group, tm.features(s, h, th), ys, (path, n, s, absent)))
    return out


def phrasing_examples():
    cases = json.load(open(os.path.join(ROOT, "tests/drafts/phrasings/phrasings.json")))["cases"]
    out = []
    for i, c in enumerate(cases):
        if c.get("language", "en") != "en":
            continue
        for s in tm.SENT_SPLIT.split(tm.BULLET.sub("", c["text"])):
            ys = {e: 0 for e in ELEMENTS}
            ys[c["element"]] = {"present": 1, "doubtful": None}.get(c["expect"], 0)
            out.append(("phr%d" % (i % 10), tm.features(s, c["heading"], ""), ys, ("phrasings", i, s, frozenset())))
    return out


def synth_examples():
    out = []
    for name in TUNE:
        lab = json.load(open(os.path.join(ROOT, "tests/drafts/synth1/labels", name + ".json")))
        pos = {e: set(v["lines"]) for e, v in lab["elements"].items() if v["status"] in ("present", "partial")}
        absent = frozenset(e for e, v in lab["elements"].items() if v["status"] == "absent")
        out += doc_examples("syn-" + name, os.path.join(ROOT, "tests/drafts/synth1/texts", name + ".txt"), pos, set(),
                            absent)
    return out


def lint(pnc, path):
    cache = os.environ.get("TOPIC_CACHE")
    cp = cache and os.path.join(cache, os.path.basename(path) + ".json")
    if cp and os.path.exists(cp):
        return json.load(open(cp))
    out = subprocess.run([pnc, "lint", "--draft", "--date", "2026-11-23", "--format", "json", path],
                         capture_output=True, text=True).stdout
    if cp:
        os.makedirs(cache, exist_ok=True)
        open(cp, "w").write(out)
    return json.loads(out)


def labelled_examples(pnc):
    labs = json.load(open(os.path.join(ROOT, "tests/drafts/labelled/labels.json")))["drafts"]
    out = []
    for name, lab in sorted(labs.items()):
        path = os.path.join(ROOT, "tests/drafts/labelled", name)
        status = {e: lab.get("default", "present") for e in ELEMENTS}
        for k in ("present", "missing", "doubtful", "not-applicable"):
            for e in lab.get(k, []) if isinstance(lab.get(k), list) else []:
                status[e] = k
        rep = lint(pnc, path)["reports"][0]
        pos, excluded = {}, set()
        for el in rep["elements"]:
            e = el["rule"]
            if status[e] in ("present", "doubtful"):
                lines = {ev["line"] for ev in el["evidence"]}
                if el["status"] in ("present", "doubtful") and lines:
                    pos[e] = lines
                else:
                    excluded.add(e)
        absent = frozenset(e for e in ELEMENTS if status[e] == "missing")
        out += doc_examples("lab-" + name, path, pos, excluded, absent)
    return out


def build(pnc, use_labelled=True):
    ex = phrasing_examples() + synth_examples()
    if use_labelled:
        ex += labelled_examples(pnc)
    return ex


def train_element(ex, e):
    data = [(fs, ys[e]) for g, fs, ys, _ in ex if ys[e] is not None]
    npos = sum(y for _, y in data)
    nneg = len(data) - npos
    pw = min(5.0, max(1.0, nneg / max(1, npos) / 4))
    return tm.train_lr([(fs, y, pw if y else 1.0) for fs, y in data]), npos


def oof_scores(ex, e, folds=5):
    groups = sorted({g for g, _, _, _ in ex})
    fold = {g: i % folds for i, g in enumerate(groups)}
    res = []
    for k in range(folds):
        w, _ = train_element([x for x in ex if fold[x[0]] != k], e)
        for g, fs, ys, meta in ex:
            if fold[g] == k and ys[e] is not None:
                res.append((tm.score(w, fs), ys[e], meta))
    return res


def pick_threshold(scored, target=0.9, min_tp=3):
    """Lowest threshold at which out-of-fold precision of 'this unit states the element' is >= target."""
    scored = sorted(scored, key=lambda x: -x[0])
    tp = fp = 0
    best = None
    for s, y, _ in scored:
        tp += y
        fp += 1 - y
        if tp >= min_tp and tp / (tp + fp) >= target:
            best = (s, tp, fp)
    return best


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--pnc", default=os.path.join(ROOT, "build/pnc"))
    ap.add_argument("--no-labelled", action="store_true")
    ap.add_argument("--out", default=None)
    ap.add_argument("--target", type=float, default=0.9)
    ap.add_argument("--absent-guard", action="store_true",
                    help="raise each threshold above every out-of-fold score in a training text whose element is absent")
    a = ap.parse_args()
    ex = build(a.pnc, not a.no_labelled)
    print("units", len(ex), file=sys.stderr)
    model = {}
    for e in ELEMENTS:
        sc = oof_scores(ex, e)
        npos = sum(y for _, y, _ in sc)
        thr = pick_threshold(sc, a.target)
        if thr and a.absent_guard:
            guard = max((s for s, _, meta in sc if e in meta[3]), default=0.0)
            if guard >= thr[0]:
                thr = (guard + 1e-3,) + thr[1:]
        w, _ = train_element(ex, e)
        print(e, "pos", npos, "thr", thr and round(thr[0], 3), "oof tp/fp", thr and thr[1:], file=sys.stderr)
        if thr is None or npos < 10:
            continue
        model[e] = {"threshold": thr[0], "weights": w}
    if a.out:
        json.dump(model, open(a.out, "w"), sort_keys=True)
