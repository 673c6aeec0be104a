#!/usr/bin/env python
"""Draw more pool articles for a second development gold file, by content alone (as ``select_gold.py`` does:
150–650 words, six speech signals or more, an outlet quota, half quotation-heavy), leaving out every article
already chosen (``gold/selection.tsv``).  Seeded; writes ``gold/selection-extra.tsv`` and the labelling batches.

    python scripts/select_extra.py [--batches 3] [--first-batch 8] [--seed 20261202] [--work /work/labelling]
        [--split dev2] [--out gold/selection-extra.tsv]

Every article named in ``gold/selection*.tsv`` other than ``--out`` itself is left out, so a later draw
(``--split dev3 --out gold/selection-dev3.tsv``) never repeats an earlier one.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_gold import features  # noqa: E402

QUOTAS = {"cnn indonesia": 5, "kumparan": 3, "antaranews": 2, "dailysocial.id": 2, "merdeka": 2, "juara.net": 2,
          "suara": 2, "rimanews": 2, "goal indonesia": 2, "poskotanews": 2}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", default="../shared/data/news-pool/indosum.jsonl")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--batches", type=int, default=3)
    ap.add_argument("--first-batch", type=int, default=8)
    ap.add_argument("--work", type=Path, default=Path("/work/labelling"))
    ap.add_argument("--split", default="dev2")
    ap.add_argument("--out", type=Path, default=Path("gold/selection-extra.tsv"))
    args = ap.parse_args()
    taken = {line.split("\t")[0] for sel in sorted(Path("gold").glob("selection*.tsv")) if sel != args.out
             for line in open(sel, encoding="utf-8")}
    rng = random.Random(args.seed)
    by_outlet = defaultdict(list)
    for line in open(args.pool, encoding="utf-8"):
        d = json.loads(line)
        f = features(d["text"])
        if d["doc_id"] not in taken and 150 <= f["words"] <= 650 and f["cues"] + f["marks"] >= 6:
            by_outlet[d["meta"]["outlet"]].append((d, f))
    chosen = []
    for outlet, quota in QUOTAS.items():
        pool = sorted(by_outlet[outlet], key=lambda x: x[0]["doc_id"])
        rng.shuffle(pool)
        heavy_q = [x for x in pool if x[1]["marks"] >= 4][: quota - quota // 2]
        heavy_r = [x for x in pool if x[1]["marks"] < 4 and x[1]["cues"] >= 6][: quota // 2]
        chosen += heavy_q + heavy_r
    order = sorted(chosen, key=lambda x: x[0]["doc_id"])
    rng.shuffle(order)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("doc_id\toutlet\tcategory\twords\tmarks\tcue_words\tnickname\trelay\tsplit\tbatch\n")
        for k, (d, f) in enumerate(order):
            b = args.first_batch + k % args.batches
            fh.write(f"{d['doc_id']}\t{d['meta']['outlet']}\t{d['meta']['category']}\t{f['words']}\t{f['marks']}\t"
                     f"{f['cues']}\t{int(f['nick'])}\t{int(f['relay'])}\t{args.split}\t{b}\n")
    (args.work / "batches").mkdir(parents=True, exist_ok=True)
    for b in range(args.first_batch, args.first_batch + args.batches):
        with open(args.work / f"batches/batch{b}.jsonl", "w", encoding="utf-8") as fh:
            for k, (d, _f) in enumerate(order):
                if args.first_batch + k % args.batches == b:
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(order)} articles in {args.batches} batches from {args.first_batch}")


if __name__ == "__main__":
    main()
