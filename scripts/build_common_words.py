#!/usr/bin/env python
"""Build ``src/attribution/data/words/common_words.tsv``: words Indonesian news writes in lower case, so that a
capitalised one at a sentence start is a common word, not the first word of a name ("Optimisme Agus semakin
tinggi", "Posisi Inggris mengenai …", "Kunjungan Blinken …").

    python scripts/build_common_words.py [--pool ../shared/data/news-pool/indosum.jsonl] [--out …]

Counts, over the unlabelled IndoSum pool (CC BY-SA 4.0) with the articles of every gold file left out (only
their ``doc_id`` is read), how often each word occurs in lower case and how often capitalised inside a sentence
(not at its start).  A word is listed when it occurs in lower case at least ``--min-lower`` times and is
capitalised mid-sentence at most ``--max-cap-share`` as often (names that are also words, "Bunga", "Indah",
"Jaya", are capitalised mid-sentence often and stay out).  Deterministic.

The same count with looser settings builds ``words/lower_words.tsv``, the words news writes in lower case at
least as often as capitalised mid-sentence ("Dunia", "Putih", "Motor": words before they are parts of names),
which can open no person's name after an organisation ("Bank Dunia Rodrigo Chaves")::

    python scripts/build_common_words.py --min-lower 5 --max-cap-share 1.0 --min-length 3 \
        --title "Words Indonesian news writes in lower case at least as often as capitalised inside a sentence." \
        --out src/attribution/data/words/lower_words.tsv
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
WORD = regex.compile(r"\p{L}[\p{L}-]*")
STOP = regex.compile(r"[.!?:\n\"“”]\s*$")


def gold_ids() -> set[str]:
    ids = set()
    for f in sorted((ROOT / "gold").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["doc_id"])
    return ids


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", default=str(ROOT.parent / "shared/data/news-pool/indosum.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "src/attribution/data/words/common_words.tsv"))
    ap.add_argument("--min-lower", type=int, default=10)
    ap.add_argument("--max-cap-share", type=float, default=0.1)
    ap.add_argument("--min-length", type=int, default=4)
    ap.add_argument("--title", default="Words Indonesian news writes in lower case (a capitalised one opening a sentence is no name's first word).")
    args = ap.parse_args()
    skip = gold_ids()
    lower: Counter[str] = Counter()
    cap_mid: Counter[str] = Counter()
    docs = 0
    for line in open(args.pool, encoding="utf-8"):
        d = json.loads(line)
        if d["doc_id"] in skip:
            continue
        docs += 1
        text = d["text"]
        for m in WORD.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w] += 1
            elif w[0].isupper() and w[1:].islower() and not STOP.search(text[max(0, m.start() - 3) : m.start()]) \
                    and m.start() > 0:
                cap_mid[w.lower()] += 1
    words = sorted(w for w, n in lower.items()
                   if n >= args.min_lower and len(w) >= args.min_length and cap_mid[w] <= args.max_cap_share * n)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# {args.title}\n")
        fh.write(f"# Built by scripts/build_common_words.py from {docs} IndoSum pool articles (CC BY-SA 4.0; the gold\n")
        fh.write(f"# files' articles left out): >= {args.min_lower} lower-case occurrences, capitalised mid-sentence at most\n")
        letters = {3: "three", 4: "four", 5: "five"}.get(args.min_length, str(args.min_length))
        fh.write(f"# {args.max_cap_share} as often, {letters} letters or more. Derived from CC BY-SA 4.0 text.\n")
        for w in words:
            fh.write(w + "\n")
    print(f"{len(words)} words from {docs} articles -> {args.out}")


if __name__ == "__main__":
    main()
