#!/usr/bin/env python
"""Build ``src/attribution/data/name_types.tsv``: the usual entity type (PER / ORG / LOC) of capitalised
words in Indonesian news, so that the fast mode can tell where an organisation ends and a person's name
begins in a run of capitals ("Arsenal Arsene Wenger", "Wakil Ketua DPR RI Fadli Zon") without running a
model.

    python scripts/build_name_types.py [--data ../shared/data] [--out src/attribution/data/name_types.tsv]

The bundled entity model (``attribution.nlp.ner``, trained by ``scripts/train_ner.py``) tags the unlabelled
IndoSum pool (``news-pool/indosum.jsonl``, CC BY-SA 4.0); the articles of every gold file (development and
test) are left out, so that the table knows nothing of the texts it is measured on.  A word is listed when
it occurs capitalised at least ``--min-count`` times and one type holds at least ``--min-share`` of its
occurrences, counting occurrences outside any entity as "O" (a word mostly outside entities is not listed); a word that
is an organisation or a place together that often ("Madrid", "Liverpool": a city and its club) is listed
with the larger of the two, for it is never a person's name.
The hand-labelled entities of the train splits of the four cased NER corpora (NER-UI, NER-UGM, idner-news-2k,
NERGRIT; a sentence that a test split also holds left out) are counted with the pool's (``--no-corpora``: not):
they know first names and surnames the pool's model misses ("Harry", "Mark"). A country (words/countries.tsv, four letters
or more) counts as a place wherever a tag calls it a person ("Haiti" in NER-UGM).
Deterministic: same model, same pool, same corpora, same table.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from attribution.lexicon import words as word_list  # noqa: E402
from attribution.nlp.ner import NerTagger  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_ner import CASED, CORPORA, read_conll  # noqa: E402
from attribution.text.segment import parse_text  # noqa: E402


def gold_ids() -> set[str]:
    ids = set()
    for f in sorted((ROOT / "gold").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["doc_id"])  # only the id is read
    return ids


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "attribution" / "data" / "name_types.tsv")
    ap.add_argument("--model", type=Path, help="another entity model file (default: the bundled one)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.7)
    ap.add_argument("--no-corpora", action="store_true", help="the pool's model tags only, no NER corpus counts")
    args = ap.parse_args(argv)
    skip = gold_ids()
    ner = NerTagger.load(args.model) if args.model else NerTagger.load()
    counts: dict[str, Counter] = defaultdict(Counter)
    docs = 0
    with (args.data / "news-pool" / "indosum.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["doc_id"] in skip or f"indosum-{d['doc_id']}" in skip:
                continue
            docs += 1
            text = d["text"]
            p = parse_text(text)
            ents = sorted(ner.entities(text, p.tokens))
            j = 0
            for t in p.tokens:
                w = t.text
                if not w[:1].isupper() or not w.isalpha() and "-" not in w and "'" not in w:
                    continue
                while j < len(ents) and ents[j][1] <= t.start:
                    j += 1
                typ = ents[j][2] if j < len(ents) and ents[j][0] <= t.start < ents[j][1] else "O"
                counts[w][typ] += 1
    sentences = 0
    if not args.no_corpora:
        # the hand-labelled person, organisation and place entities of the cased NER corpora's train splits
        # (their test splits stay out: scripts/boundary_eval.py measures on them)
        tests = {tuple(w.lower() for w in words) for c in CORPORA for words, _ in read_conll(args.data / CORPORA[c]["test"])}
        for corpus in CASED:
            for words, tags in read_conll(args.data / CORPORA[corpus]["train"]):
                if tuple(w.lower() for w in words) in tests:
                    continue  # a train sentence that some test split also holds, as train_ner.py drops it
                sentences += 1
                for w, t in zip(words, tags):
                    if w[:1].isupper() and (w.isalpha() or "-" in w or "'" in w):
                        counts[w][t[2:] if t != "O" else "O"] += 1
    countries = word_list("countries")
    rows = []
    for w, c in counts.items():
        if len(w) >= 4 and w.lower() in countries and c["PER"]:
            c["LOC"] += c.pop("PER")  # "Haiti" (a country) tagged PER now and then: a country is never a person's name
        n = sum(c.values())
        typ, k = max(c.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= args.min_count and typ != "O" and k / n >= args.min_share:
            rows.append((w, typ, k / n, n))
        elif n >= args.min_count and (c["ORG"] + c["LOC"]) / n >= args.min_share:
            # "Madrid", "Liverpool": a city and a club, never a person -- listed as the larger of the two
            typ = "ORG" if c["ORG"] > c["LOC"] else "LOC"
            rows.append((w, typ, (c["ORG"] + c["LOC"]) / n, n))
    rows.sort()
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# Usual entity type of capitalised words in Indonesian news: word, type, share, occurrences.\n")
        out.write(f"# Built by scripts/build_name_types.py: the bundled entity model over {docs} IndoSum pool articles\n")
        out.write("# (CC BY-SA 4.0; the gold files' articles left out)")
        if sentences:
            out.write(f", plus the hand-labelled entities of {sentences} train sentences of\n"
                      "# NER-UI and NER-UGM (CC BY 4.0), idner-news-2k (MIT) and NERGRIT (MIT); a word listed when one type holds\n")
        else:
            out.write(", a word listed when one type holds\n")
        out.write(f"# >= {args.min_share} of its >= {args.min_count} capitalised occurrences (or ORG and LOC together do: then the larger). Derived from CC BY-SA 4.0 text.\n")
        for w, typ, share, n in rows:
            out.write(f"{w}\t{typ}\t{share:.2f}\t{n}\n")
    print(f"{len(rows)} words from {docs} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
