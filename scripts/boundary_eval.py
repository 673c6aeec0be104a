#!/usr/bin/env python
"""The name boundary measured alone: where the speakers room (``speakers/names.py``) starts and ends a
person's name inside a run of capitals, scored against the person entities of the NER corpora.

    python scripts/boundary_eval.py [--split test|dev] [--data ../shared/data] [--show prefixed|titled|bare]

For every run of capitalised words of a sentence that ends where a gold PER entity ends, the name the index
reads there (``NameIndex.build`` over the sentence, fast mode: the usual types of name_types.tsv) must be the
entity's words exactly.  Runs fall into three kinds: ``bare`` (the run is the name), ``titled`` (only title
words of the lexicon before the name: "Gubernur Ganjar Pranowo") and ``prefixed`` (an organisation, a place
or a role before it: "CEO Lion Air Rusdi Kirana", "Bupati Gunung Kidul Badingah").  The corpora's own
conventions differ from the spec in places (NER-UGM tags "Pak Wiranto" as one person): the figures compare
readings, they are not attribution scores.  Scored on the four cased corpora (NER-UI, NER-UGM, idner-news-2k,
NERGRIT); tune on ``--split dev``, report ``--split test``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import CASED, CORPORA, read_conll, spans_of  # noqa: E402

from attribution.lexicon import load  # noqa: E402
from attribution.speakers.names import NameIndex, _cap_runs  # noqa: E402

KINDS = ("prefixed", "titled", "bare")


def score(words: list[str], tags: list[str], lex, show: str | None, corpus: str) -> Counter:
    text = " ".join(words)
    offs, o = [], 0
    for w in words:
        offs.append(o)
        o += len(w) + 1
    people = [(s, e) for s, e, t in spans_of(tags) if t == "PER"]
    names = NameIndex.build(text, lex).names
    c: Counter = Counter()
    for off, run in _cap_runs(text):
        end = off + len(run.rstrip())
        hit = [(s, e) for s, e in people if offs[s] >= off and offs[e - 1] + len(words[e - 1]) == end]
        if not hit:
            continue
        s, e = hit[0]
        gold = " ".join(words[s:e])
        before = text[off : offs[s]].split()
        kind = "bare" if not before else "titled" if all(w.lower() in lex.titles for w in before) else "prefixed"
        got = [n for o, n in names if off <= o < end and text[o:end].endswith(n)]
        ok = bool(got) and got[-1] == gold
        c[kind, ok] += 1
        if show == kind and not ok:
            print(f"{corpus} | {run.strip()} | gold={gold} | got={got[-1] if got else None}")
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="test")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--show", choices=KINDS, help="print the misread names of one kind (use it on --split dev)")
    args = ap.parse_args(argv)
    lex = load()
    total: Counter = Counter()
    print(f"{'corpus':8s} {'kind':9s} {'right':>5s} / {'runs':>5s}   share")
    for corpus in CASED:
        c: Counter = Counter()
        for words, tags in read_conll(args.data / CORPORA[corpus][args.split]):
            c.update(score(words, tags, lex, args.show, corpus))
        for k in KINDS:
            n = c[k, True] + c[k, False]
            print(f"{corpus:8s} {k:9s} {c[k, True]:5d} / {n:5d}   {c[k, True] / max(n, 1):.3f}")
        total.update(c)
    for k in KINDS:
        n = total[k, True] + total[k, False]
        print(f"{'all':8s} {k:9s} {total[k, True]:5d} / {n:5d}   {total[k, True] / max(n, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
