"""Build data/lexicons/countries.tsv from pycountry's ISO 3166-1 data and its Arabic
gettext translations, layered with the hand-written data/lexicons/src/countries_hand.tsv.

Run from the repository root:  python scripts/build_countries.py

Layering, per ISO alpha-3 code:
  * pycountry gives the English name and the Arabic translations of its name,
    official name and common name (diacritics removed, "X، Y" split into X and Y,
    parenthesised parts split off);
  * the hand file overrides the English and canonical Arabic names, adds variants,
    drops wrong translations, and sets monarchy, status and ambiguous forms;
  * a code absent from pycountry (Kosovo, XKX) comes from the hand file alone;
  * status "place" removes the row (Western Sahara and Antarctica are places).
Variants that normalise to the same matching key are written once; a key claimed by
two countries stops the build.
"""
from __future__ import annotations

import csv
import gettext
import re
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from core.text import normalize_for_match  # noqa: E402

LEX = ROOT / "data" / "lexicons"
HAND = LEX / "src" / "countries_hand.tsv"
OUT = LEX / "countries.tsv"
HEADER = ["iso3", "name", "name_ar", "variants", "monarchy", "status", "ambiguous", "source"]

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def clean_arabic(s: str) -> str:
    """Drop diacritics and tatweel, join a detached conjunction (و الهرسك -> والهرسك)."""
    s = _DIACRITICS.sub("", s).strip()
    s = re.sub(r"(^|\s)و\s+", r"\1و", s)
    return re.sub(r"\s+", " ", s)


def split_translation(s: str) -> list[str]:
    """'كوريا، جمهوريّة كوريا' -> both parts; 'المجر (هنغاريا)' -> both names."""
    out = []
    for part in re.split(r"[،,]", s):
        m = re.match(r"^(.*?)\s*\((.*)\)\s*$", part)
        pieces = [m.group(1), m.group(2)] if m else [part]
        out.extend(p.strip() for p in pieces if p.strip())
    return out


def read_hand(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = {}
    for i, r in enumerate(rows, start=2):
        if None in r or any(v is None for v in r.values()):
            raise SystemExit(f"{path}:{i}: wrong number of columns")
        if r["iso3"] in out:
            raise SystemExit(f"{path}:{i}: duplicate {r['iso3']}")
        out[r["iso3"]] = r
    return out


def split_bar(s: str) -> list[str]:
    return [p.strip() for p in s.split("|") if p.strip()]


def build() -> list[list[str]]:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"]).gettext
    hand = read_hand(HAND)
    codes = {c.alpha_3: c for c in pycountry.countries}
    owner: dict[str, str] = {}
    rows = []
    for iso3 in sorted(set(codes) | set(hand)):
        h = hand.get(iso3, {})
        status = h.get("status") or ("member" if iso3 in hand else "territory")
        if status == "place":
            continue
        c = codes.get(iso3)
        py_ar: list[str] = []
        sources = []
        if c is not None:
            sources.append("pycountry")
            for attr in ("common_name", "name", "official_name"):
                en = getattr(c, attr, None)
                if en:
                    ar = tr(en)
                    if ar != en and _ARABIC.search(ar):
                        py_ar.extend(split_translation(ar))
        if h:
            sources.append("hand")
        drop = {normalize_for_match(clean_arabic(d)) for d in split_bar(h.get("drop", ""))}
        name = h.get("name") or (getattr(c, "common_name", None) or c.name if c else iso3)
        candidates = [h.get("name_ar", "")] + split_bar(h.get("variants", "")) + py_ar
        variants: list[str] = []
        seen = set()
        for v in candidates:
            v = clean_arabic(v)
            key = normalize_for_match(v)
            if not v or key in seen or key in drop or not _ARABIC.search(v):
                continue
            seen.add(key)
            variants.append(v)
            if owner.get(key, iso3) != iso3:
                raise SystemExit(f"variant {v!r} claimed by {owner[key]} and {iso3}")
            owner[key] = iso3
        if not variants:
            raise SystemExit(f"{iso3}: no Arabic name")
        ambiguous = [clean_arabic(a) for a in split_bar(h.get("ambiguous", ""))]
        rows.append([iso3, name, variants[0], "|".join(variants), h.get("monarchy", ""),
                     status, "|".join(ambiguous), "+".join(sources)])
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
