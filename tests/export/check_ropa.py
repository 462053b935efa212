"""ropa.xlsx (openpyxl) and ropa.csv (csv) against the source: one row per purpose, with its name,
data categories, data subject groups, lawful bases and recipients in the right columns.
Usage: check_ropa.py SOURCE OUT_DIR"""
import csv
import sys

import openpyxl

from source_json import load, text

source, out = sys.argv[1], sys.argv[2]
src = load(source)
loc = src["notice"].get("locales", ["en"])[0]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


wb = openpyxl.load_workbook(out + "/ropa.xlsx", read_only=True)
check(wb.sheetnames == ["Article 30 RoPA", "Special category data", "Controller details"], "sheets: %s" % wb.sheetnames)
rows = [[c if c is not None else "" for c in r] for r in wb["Article 30 RoPA"].iter_rows(values_only=True)]
head, body = rows[0], rows[1:]
col = {name: i for i, name in enumerate(head)}
purposes = src.get("purposes", [])
check(len(body) == len(purposes), "%d record rows for %d purposes" % (len(body), len(purposes)))
names = {c["id"]: text(c["name"], loc) for c in src.get("data_categories", [])}
groups = {s["id"]: text(s["name"], loc) for s in src.get("data_subjects", [])}
for p, row in zip(purposes, body):
    pid = p["id"]
    cell = lambda title: str(row[col[title]])
    check(cell("Purpose of processing").startswith(text(p["name"], loc)), "purpose %s: name" % pid)
    for c in p.get("data_categories", []):
        check(names[c] in cell("Categories of personal data"), "purpose %s: category %s" % (pid, c))
    for g in p.get("data_subjects", list(groups)):
        check(groups[g] in cell("Categories of individuals"), "purpose %s: group %s" % (pid, g))
    bases = cell("Article 6 lawful basis for processing personal data")
    for b in p.get("lawful_bases", []):
        check(b in bases, "purpose %s: basis %s" % (pid, b))
    for r in src.get("recipients", []):
        shared = pid in r.get("purposes", [])
        check((text(r["name"], loc) in cell("Categories of recipients")) == shared, "purpose %s: recipient %s" % (pid, r["id"]))
    if "article_9" in p.get("special_category_condition", {}):
        check(p["special_category_condition"]["article_9"] in cell("Article 9 basis for processing special category data"),
              "purpose %s: Art 9 condition" % pid)
    check(cell("Name and contact details of the controller").startswith(text(src["controller"]["name"], loc)),
          "purpose %s: controller" % pid)

flagged = {c["id"] for c in src.get("data_categories", []) if c.get("special_category") or c.get("criminal_offence")}
special_rows = list(wb["Special category data"].iter_rows(values_only=True))[1:]
want = [p for p in purposes if flagged & set(p.get("data_categories", [])) or "special_category_condition" in p
        or "criminal_offence_condition" in p]
check(len(special_rows) == len(want), "%d special category rows for %d purposes" % (len(special_rows), len(want)))
controller = list(wb["Controller details"].iter_rows(values_only=True))
check(controller[1][0] == text(src["controller"]["name"], loc), "controller sheet: name")

# The CSV is the record sheet, cell for cell (a leading ' guards cells a spreadsheet would run).
with open(out + "/ropa.csv", newline="", encoding="utf-8") as f:
    raw = f.read()
check(raw.endswith("\r\n") and "\r\n" in raw, "CSV lines end with CRLF (RFC 4180)")
csv_rows = list(csv.reader(raw.splitlines(keepends=True)))
strip = lambda v: v[1:] if v[:1] == "'" and v[1:2] in "=+-@\t\r" else v
check([[strip(v) for v in r] for r in csv_rows] == [[str(v) for v in r] for r in rows], "CSV rows equal the XLSX record sheet")

for f in failures:
    print("FAIL: %s: %s" % (source, f))
sys.exit(1 if failures else 0)
