#!/usr/bin/env python3
"""Quick authoring check for seed files (the Java test suite is the real gate).

Usage: python3 scripts/dev/check-seeds.py seeds/plans/*.yaml
Checks: every source quote appears in its document (ignoring whitespace incl. full-width
space), every value figure appears in its value's quote, enum values (counting modes and
qualitative values included), key slugs, sibling key uniqueness, one value per fiscal year
and kind, a figure in words only in a QUALITATIVE indicator.
"""
import re, sys, unicodedata, yaml, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "seeds" / "sources"
THEMES = {t["key"] for t in yaml.safe_load((ROOT / "seeds" / "themes.yaml").read_text())["themes"]}
WS = re.compile(r"[\s\u3000]+")
docs = {p.name: WS.sub("", p.read_text(encoding="utf-8")) for p in SRC.glob("*.txt")}
errors = []
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
ENUMS = {
    "plan.kind": {"REGIONAL_INDUSTRY_REVITALIZATION", "LONG_TERM_PLAN_VERIFICATION"},
    "initiative.kind": {"VISION", "GOAL", "CATEGORY", "PILLAR", "MEASURE", "ACTION", "PROJECT", "ACTIVITY"},
    "indicator.role": {"OUTCOME_KPI", "PLANNED_VOLUME"},
    "indicator.direction": {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"},
    "indicator.countingMode": {"PER_YEAR", "RUNNING_TOTAL", "GROSS_PER_YEAR", "LEVEL", "QUALITATIVE"},
    "value.qualitative": {"DONE", "NOT_DONE", "TEXT"},
    "value.kind": {"TARGET", "ACTUAL", "ESTIMATE"},
    "value.missingReason": {"NOT_APPLICABLE", "NOT_YET_COMPILED", "NOT_SURVEYED", "NOT_LEGIBLE"},
    "evaluation.evaluator": {"SELF", "EXTERNAL_COMMITTEE"},
    "note.kind": {"PHOTO_CAPTION", "FOOTNOTE", "GLOSSARY", "NOTE"},
}

def err(where, msg):
    errors.append(f"{where}: {msg}")

def check_source(where, src):
    if not isinstance(src, dict) or not src.get("document") or not src.get("quote"):
        err(where, "missing source {document, quote}")
        return None
    doc = docs.get(src["document"])
    if doc is None:
        err(where, f"unknown document {src['document']}")
        return None
    if WS.sub("", src["quote"]) not in doc:
        err(where, f"quote not found in {src['document']}: {src['quote'][:60]}")
    return src["quote"]

def enum(where, name, value, nullable=False):
    if value is None and nullable:
        return
    if value not in ENUMS[name]:
        err(where, f"{name} {value!r} not one of {sorted(ENUMS[name])}")

def figure_in_quote(where, value, quote):
    if value is None or quote is None:
        return
    q = unicodedata.normalize("NFKC", quote).replace(",", "")
    q = WS.sub("", q)
    num = ("%f" % value).rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    if num not in q:
        err(where, f"figure {num} not in quote {quote[:60]!r}")

def check_indicator(where, ind):
    w = f"{where}#indicator:{ind.get('key')}"
    if not KEY.match(str(ind.get("key"))): err(w, "bad key")
    for f in ("name", "role", "direction"):
        if ind.get(f) is None: err(w, f"missing {f}")
    enum(w, "indicator.role", ind.get("role"))
    enum(w, "indicator.direction", ind.get("direction"))
    enum(w, "indicator.countingMode", ind.get("countingMode"), nullable=True)
    qualitative = ind.get("countingMode") == "QUALITATIVE"
    check_source(w, ind.get("source"))
    b = ind.get("baseline")
    if b:
        if b.get("value") is not None and not b.get("text"): err(w, "baseline needs text")
    seen = set()
    for v in ind.get("values") or []:
        vw = f"{w} {v.get('fiscalYear')}/{v.get('kind')}"
        enum(vw, "value.kind", v.get("kind"))
        k = (v.get("fiscalYear"), v.get("kind"))
        if k in seen: err(vw, "duplicate fiscal year and kind")
        seen.add(k)
        if not isinstance(v.get("fiscalYear"), int) or not 1900 < v["fiscalYear"] < 2100: err(vw, "bad fiscalYear")
        if v.get("qualitative") is not None:
            enum(vw, "value.qualitative", v.get("qualitative"))
            if not qualitative: err(vw, "qualitative only in a QUALITATIVE indicator")
            if v.get("value") is not None or v.get("missingReason") is not None:
                err(vw, "qualitative excludes value and missingReason")
        elif v.get("value") is None:
            enum(vw, "value.missingReason", v.get("missingReason"))
        elif v.get("missingReason") is not None:
            err(vw, "missingReason only when value is null")
        elif qualitative:
            err(vw, "a QUALITATIVE indicator takes qualitative, not value")
        if not v.get("text") and v.get("missingReason") != "NOT_LEGIBLE": err(vw, "missing text as written")
        quote = check_source(vw, v.get("source"))
        figure_in_quote(vw, v.get("value"), quote)

def check_evaluation(where, ev):
    w = f"{where}#evaluation:{ev.get('key')}"
    if not KEY.match(str(ev.get("key"))): err(w, "bad key")
    enum(w, "evaluation.evaluator", ev.get("evaluator"))
    check_source(w, ev.get("source"))

def check_initiatives(where, nodes):
    keys = set()
    for n in nodes or []:
        w = f"{where}/{n.get('key')}"
        if not KEY.match(str(n.get("key"))): err(w, "bad key")
        if n.get("key") in keys: err(w, "duplicate sibling key")
        keys.add(n.get("key"))
        enum(w, "initiative.kind", n.get("kind"))
        if not n.get("title"): err(w, "missing title")
        for t in n.get("themes") or []:
            if t not in THEMES: err(w, f"unknown theme {t}")
        check_source(w, n.get("source"))
        for ind in n.get("indicators") or []: check_indicator(w, ind)
        for ev in n.get("evaluations") or []: check_evaluation(w, ev)
        check_initiatives(w, n.get("children"))

for path in sys.argv[1:]:
    data = yaml.safe_load(open(path, encoding="utf-8"))
    if "municipalities" in data:
        for m in data["municipalities"]:
            c = str(m.get("code"))
            d = [int(x) for x in c[:5]]
            s = sum(x * w for x, w in zip(d, (6, 5, 4, 3, 2)))
            cd = (11 - s % 11) % 10
            if len(c) != 6 or int(c[5]) != cd: err(path, f"check digit wrong for {c} (expected {cd})")
        continue
    p = data
    w = f"{path}:plan:{p.get('key')}"
    if not KEY.match(str(p.get("key"))): err(w, "bad key")
    enum(w, "plan.kind", p.get("kind"))
    for f in ("municipalityCode", "title", "periodLabel", "periodStart", "periodEnd"):
        if p.get(f) is None: err(w, f"missing {f}")
    if (p.get("periodStart") or 0) > (p.get("periodEnd") or 0): err(w, "periodStart > periodEnd")
    check_source(w, p.get("source"))
    for note in p.get("notes") or []:
        enum(w, "note.kind", note.get("kind"))
        check_source(w + " note", note.get("source"))
    for ind in p.get("indicators") or []: check_indicator(w, ind)
    for ev in p.get("evaluations") or []: check_evaluation(w, ev)
    check_initiatives(w, p.get("initiatives"))

print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
