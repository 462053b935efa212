#!/usr/bin/env python3
"""Shared code of the learned second opinion for `pnc lint --draft` (issue 14): reads a draft into units
(line -> sentences, with the section heading and table header above them), turns a unit into features,
trains one logistic regression per element and scores units. Used by train_topic_model.py (training) and
topic_eval.py (blind evaluation). Pure Python, deterministic (fixed seed, fixed order, no hashing of str)."""
import html
import math
import os
import random
import re

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
TAG = re.compile(r"<[^>]*>")
BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013>]+|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+")
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c(])")
WELSH_ONLY = {"yr", "eich", "ein", "gyda", "mae", "ydym", "neu", "wedi", "hyn", "gan", "chi", "sydd", "gwybodaeth",
              "fydd", "bydd", "gael", "ar", "yn", "y", "ni", "eu", "ei", "hefyd", "drwy", "gennym"}


def stem(w):
    """Light suffix stripping: enough that keep/keeps/kept-ish and delete/deleted/deleting share a feature."""
    if w.isdigit():
        return "<num>"
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ing", "ed", "ies", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if suf == "ies":
                w += "y"
            break
    return w


def tokens(text):
    return [stem(w) for w in WORD.findall(text.lower().replace("\u2019", "'"))]


def is_welsh(text):
    ws = WORD.findall(text.lower().replace("\u2019", "'"))
    return sum(w in WELSH_ONLY for w in ws) >= 3 and sum(w in WELSH_ONLY for w in ws) >= 0.2 * len(ws)


def looks_heading(line, prev_blank, next_line):
    s = line.strip()
    if not s or len(s) > 90:
        return False
    if re.match(r"^#{1,6}\s", s) or re.match(r"^\*\*[^*]+\*\*:?$", s):
        return True
    if BULLET.match(s):
        numbered = re.match(r"^[0-9]{1,2}[.)]\s+[A-Z]", s)
        if not numbered or not prev_blank or BULLET.match(next_line.strip() or "x"):
            return False
    words = s.split()
    if len(words) > 10 or s[-1] in ".,;":
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) >= 3:
        return True
    if not s[0].isupper() and not s[0].isdigit():
        return False
    return prev_blank or s.endswith(("?", ":")) or bool(next_line.strip())


def read_lines(path):
    """[(lineno, text, is_heading, table_header_text)] for a .txt/.md/.html draft, 1-based line numbers."""
    raw = open(path, encoding="utf-8", errors="replace").read().split("\n")
    is_html = path.endswith((".html", ".htm"))
    out = []
    header = ""
    for i, line in enumerate(raw):
        heading = False
        theader = ""
        if is_html:
            if re.search(r"<h[1-6][ >]", line, re.I):
                heading = True
            if re.search(r"<th[ >]", line, re.I):
                header = " ".join(TAG.sub(" ", c) for c in re.findall(r"<th[^>]*>(.*?)</th>", line, re.I))
                heading = False
                text = html.unescape(TAG.sub(" ", line)).strip()
                out.append((i + 1, text, False, header))
                continue
            if re.search(r"<td[ >]", line, re.I):
                theader = header
            if re.search(r"</table>", line, re.I):
                header = ""
            text = html.unescape(TAG.sub(" ", line)).strip()
            if re.search(r"<t[dh][ >]", line, re.I):
                text = re.sub(r"\s{2,}", " | ", text)
        else:
            text = line.strip()
            if text.startswith("|"):
                cells = [c.strip() for c in text.strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    out.append((i + 1, "", False, ""))
                    continue
                nxt = raw[i + 1].strip() if i + 1 < len(raw) else ""
                if not header or (nxt.startswith("|") and re.fullmatch(r"[|:\- ]+", nxt)):
                    header = " ".join(cells)
                    out.append((i + 1, " ".join(cells), False, header))
                    continue
                theader = header
                text = " | ".join(cells)
            else:
                header = ""
        out.append((i + 1, text, heading, theader))
    res = []
    for k, (n, text, heading, th) in enumerate(out):
        if not is_html and not th:
            prev_blank = k == 0 or not out[k - 1][1]
            nxt = out[k + 1][1] if k + 1 < len(out) else ""
            heading = looks_heading(text, prev_blank, nxt)
        res.append((n, text, heading, th))
    return res


def units(path_or_lines):
    """[(lineno, sentence, heading_text, table_header)]: every sentence of every non-heading line, plus heading
    lines themselves (with their own text as heading)."""
    lines = read_lines(path_or_lines) if isinstance(path_or_lines, str) else path_or_lines
    heading = ""
    res = []
    for n, text, is_head, th in lines:
        if not text:
            continue
        if is_head:
            heading = re.sub(r"^#+\s*|\*\*", "", text).strip()
            res.append((n, heading, heading, ""))
            continue
        body = BULLET.sub("", text)
        for s in SENT_SPLIT.split(body):
            s = s.strip()
            if len(s) >= 3:
                res.append((n, s, heading, th))
    return res


# Variant (H) of scripts/README.md: TOPIC_HEADING_ONLY=1 drops the sentence's own words (train and evaluate with it).
HEADING_ONLY = os.environ.get("TOPIC_HEADING_ONLY") == "1"


def features(sentence, heading, theader):
    t = tokens(sentence)
    f = {"bias"}
    if not HEADING_ONLY:
        f.update("w:" + w for w in t)
        f.update("b:" + a + "_" + b for a, b in zip(t, t[1:]))
    f.update("h:" + w for w in tokens(heading))
    f.update("t:" + w for w in tokens(theader))
    if len(t) > 40:
        f.add("long")
    return sorted(f)


def sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def train_lr(examples, epochs=4, l2=1e-2, lr0=0.3, seed=14):
    """examples: [(features, y, weight)]. AdaGrad SGD on weighted log loss; returns {feature: weight}."""
    w = {}
    g2 = {}
    order = list(range(len(examples)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            fs, y, wt = examples[i]
            if wt <= 0:
                continue
            z = sum(w.get(f, 0.0) for f in fs)
            g = (sigmoid(z) - y) * wt
            for f in fs:
                wf = w.get(f, 0.0)
                gf = g + l2 * wf
                acc = g2.get(f, 1e-8) + gf * gf
                g2[f] = acc
                w[f] = wf - lr0 * gf / math.sqrt(acc)
    return w


def score(w, fs):
    return sigmoid(sum(w.get(f, 0.0) for f in fs))
