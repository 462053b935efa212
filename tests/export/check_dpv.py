"""notice.jsonld is valid JSON-LD (pyld expands it) and uses only DPV 2.3 terms (plus rdfs:label,
rdfs:comment, dct:title, dct:modified and xsd:date), and pnc's own classes (https://pnc.example/vocab#)
only where the document defines them as an rdfs:Class that is an rdfs:subClassOf a DPV 2.3 term; each
purpose is a dpv:Process with its bases; the HTML links it. Usage: check_dpv.py SOURCE OUT_DIR TERMS"""
import glob
import json
import sys

from pyld import jsonld

from source_json import load

source, out, terms_file = sys.argv[1:4]
src = load(source)
terms = {l.strip() for l in open(terms_file, encoding="utf-8") if l.strip() and not l.startswith("#")}
allowed = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2000/01/rdf-schema#comment",
           "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/modified", "http://www.w3.org/2001/XMLSchema#date"}
failures = []
doc = json.load(open(out + "/notice.jsonld", encoding="utf-8"))
# No remote contexts: the @context is inline, so expansion needs no network.
expanded = jsonld.expand(doc, {"documentLoader": lambda url, options=None: (_ for _ in ()).throw(ValueError("no fetch: " + url))})
used = set()


def walk(node):
    if isinstance(node, list):
        for n in node:
            walk(n)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == "@type":
                used.update(v if isinstance(v, list) else [v])
            elif k == "@id":
                if not v.startswith("_:"):
                    used.add(v)
            elif not k.startswith("@"):
                used.add(k)
            walk(v)


RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PNC = "https://pnc.example/vocab#"
# pnc's own classes: defined in the document, each a subclass of a DPV term.
defined = set()
for n in expanded:
    if n.get("@id", "").startswith(PNC) and RDFS + "Class" in n.get("@type", []):
        parents = [p.get("@id", "") for p in n.get(RDFS + "subClassOf", [])]
        if parents and all(p in terms for p in parents):
            defined.add(n["@id"])
        else:
            failures.append("pnc class not a subclass of a DPV 2.3 term: " + n["@id"])
walk(expanded)
for iri in sorted(used):
    if iri.startswith(PNC):
        if iri not in defined:
            failures.append("pnc term not defined in the document: " + iri)
    elif iri in (RDFS + "Class", RDFS + "subClassOf"):
        pass
    elif iri.startswith("https://w3id.org/dpv"):
        if iri not in terms:
            failures.append("not a DPV 2.3 term: " + iri)
    elif iri not in allowed:
        failures.append("term outside DPV and the allowed few: " + iri)
processes = [n for n in expanded if "https://w3id.org/dpv#Process" in n.get("@type", []) and n["@id"].startswith("_:process-")]
if len(processes) != len(src.get("purposes", [])):
    failures.append("%d processes for %d purposes" % (len(processes), len(src.get("purposes", []))))
for n in processes:
    if "https://w3id.org/dpv#hasLegalBasis" not in n:
        failures.append(n["@id"] + " has no legal basis")
for page in glob.glob(out + "/*.html"):
    if '<link rel="alternate" type="application/ld+json" href="notice.jsonld">' not in open(page, encoding="utf-8").read():
        failures.append(page + " does not link notice.jsonld")
for f in failures:
    print("FAIL: %s: %s" % (source, f))
sys.exit(1 if failures else 0)
