#!/usr/bin/env python
"""Throughput of the Indonesian stanza pipeline on UD Indonesian-GSD test (raw text in).

    python scripts/bench_stanza.py [--models bundled|official|DIR] [--threads 2]
                                   [--conllu PATH] [--repeat 1] [--json OUT.json]

For each processor chain -- tokenize, +mwt, +pos, +lemma, +depparse -- loads one pipeline,
warms it up on a short text, then parses the whole test text in one call and prints
sentences/s, tokens/s and words/s (best of --repeat runs) plus the load time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_CONLLU = ROOT.parent / "shared" / "data" / "ud" / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu"
CHAINS = ["tokenize", "tokenize,mwt", "tokenize,mwt,pos", "tokenize,mwt,pos,lemma",
          "tokenize,mwt,pos,lemma,depparse"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default="bundled")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    import torch
    from stanza.utils.datasets.conllu_to_text import convert_text

    from attribution.nlp import load_pipeline

    torch.set_num_threads(args.threads)
    if not args.conllu.is_file():
        print(f"no test file at {args.conllu} (needs the UD Indonesian-GSD treebank)", file=sys.stderr)
        return 2
    import tempfile

    with tempfile.TemporaryDirectory() as td:
        txt = Path(td) / "test.txt"
        convert_text(str(args.conllu), str(txt))
        text = txt.read_text(encoding="utf-8")

    rows = []
    print(f"{'processors':34} {'load s':>7} {'sent/s':>8} {'tokens/s':>9} {'words/s':>9}")
    for chain in CHAINS:
        t0 = time.perf_counter()
        nlp = load_pipeline(models=args.models, processors=chain, use_gpu=False)
        load_s = time.perf_counter() - t0
        nlp("Presiden Joko Widodo mengatakan hal itu di Jakarta. Menurutnya, semua baik-baik saja.")
        best = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = nlp(text)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        n_sent = len(doc.sentences)
        n_tok = sum(len(s.tokens) for s in doc.sentences)
        n_word = sum(len(s.words) for s in doc.sentences)
        row = {"processors": chain, "load_seconds": round(load_s, 2), "seconds": round(best, 2),
               "sentences": n_sent, "tokens": n_tok, "words": n_word,
               "sentences_per_s": round(n_sent / best, 1), "tokens_per_s": round(n_tok / best),
               "words_per_s": round(n_word / best)}
        rows.append(row)
        print(f"{chain:34} {load_s:7.2f} {row['sentences_per_s']:8.1f} {row['tokens_per_s']:9d} "
              f"{row['words_per_s']:9d}", flush=True)
        del nlp
    if args.json:
        import platform

        import stanza

        args.json.write_text(json.dumps({
            "data": str(args.conllu.name), "threads": args.threads, "models": args.models,
            "stanza": stanza.__version__, "torch": torch.__version__, "python": platform.python_version(),
            "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
