#!/usr/bin/env python
"""Speed of the bundled NER model: words/s on one core over the IndoSum news pool.

    python scripts/bench_ner.py [--pool ../shared/data/news-pool/indosum.jsonl] [--docs 200] [--repeat 3] [--model FILE]

Times ``NerTagger.entities(text, tokens)`` (sentence segmentation, features, CRF decoding) per article,
tokens from ``attribution.text.tokens.tokenize``; reports the best of ``--repeat`` passes (the first pass
also fills the featurizer's word cache, so it is reported separately), as wall-clock and as CPU time of
this process (``time.process_time``: what one core delivers even when other processes share the machine;
the 1-minute load average is printed with it).  Words = regex word tokens (punctuation not counted).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from attribution.nlp.ner import NerTagger  # noqa: E402
from attribution.text.tokens import tokenize  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", type=Path, default=ROOT.parent / "shared" / "data" / "news-pool" / "indosum.jsonl")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", type=Path, help="model file (default: the bundled one)")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = []
    with args.pool.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.docs:
                break
    docs = [(t, tokenize(t)) for t in texts]
    words = sum(1 for _, toks in docs for tok in toks if tok.is_word)
    t0 = time.perf_counter()
    ner = NerTagger.load(args.model)
    load_s = time.perf_counter() - t0
    times, cpu, n_ent = [], [], 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_ent = sum(len(ner.entities(text, toks)) for text, toks in docs)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    res = {"docs": len(docs), "words": words, "tokens": sum(len(t) for _, t in docs), "entities": n_ent,
           "load_s": round(load_s, 3), "first_pass_s": round(times[0], 3), "best_s": round(min(times), 3),
           "words_per_s_first_pass": round(words / times[0]), "words_per_s": round(words / min(times)),
           "best_cpu_s": round(min(cpu), 3), "words_per_cpu_s": round(words / min(cpu)),
           "loadavg_1min": round(os.getloadavg()[0], 2), "cpus": os.cpu_count()}
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
