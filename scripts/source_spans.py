"""Source mention spans: gold against predicted, on development gold (fast mode).

    python scripts/source_spans.py [GOLD ...] [--show KIND] [--all]

Pairs gold and predicted records as the scorer does (greedy by shared content tokens) and compares their
``source`` spans (trimmed text).  Prints the count of exact source matches over the pairs where the gold
has a source, then the differing pairs grouped by a rough kind:

``pred-inside``   the predicted span lies inside the gold one (cut short: a tail, a head, an apposition)
``gold-inside``   the gold span lies inside the predicted one (runs long)
``overlap``       the two overlap but neither holds the other
``disjoint``      they do not overlap (the source was taken from elsewhere: the wrong side of the cue …)
``pred-none``     the gold has a source, the prediction none
``gold-none``     the prediction has a source, the gold none

A ``✗`` marks a pair whose speaker is wrong (lenient).

Only development gold (never ``gold/test.jsonl``).

    python scripts/source_spans.py --pool N [--skip S] > FILE

prints instead every predicted source span (with its rule and some context) of N pool articles after the
first S, skipping the test split's documents (only their ``doc_id``s are read): run it before and after a
change and ``diff`` the two files to read what the change did on unlabelled text.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from attribution.eval.metrics import match, speaker_match, span_tokens, tokenize, trim  # noqa: E402
from attribution.io import load_documents  # noqa: E402
from attribution.pipeline import Pipeline  # noqa: E402

DEV = ["gold/pool-dev.jsonl", "gold/pool-dev2.jsonl", "gold/news-dev.jsonl", "gold/seeds.jsonl"]


def _kind(g, p) -> str:
    if g is None:
        return "gold-none"
    if p is None:
        return "pred-none"
    if p.start >= g.start and p.end <= g.end:
        return "pred-inside"
    if g.start >= p.start and g.end <= p.end:
        return "gold-inside"
    if p.start < g.end and g.start < p.end:
        return "overlap"
    return "disjoint"


def _context(text: str, g, p, width: int = 70) -> str:
    spans = [s for s in (g, p) if s is not None]
    a = min(s.start for s in spans)
    b = max(s.end for s in spans)
    return text[max(0, a - width):b + width].replace("\n", " ⏎ ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", default=DEV)
    ap.add_argument("--show", action="append", help="print only these kinds")
    ap.add_argument("--all", action="store_true", help="print the differences, not only the counts")
    ap.add_argument("--context", action="store_true", help="print the text around each pair")
    ap.add_argument("--pool", type=int, help="dump the sources of N pool articles instead")
    ap.add_argument("--skip", type=int, default=0, help="with --pool: skip the first S eligible articles")
    args = ap.parse_args()
    if args.pool:
        return _dump_pool(args.pool, args.skip)
    if any("test" in Path(f).name for f in args.gold):
        sys.exit("not on the test split")
    pipe = Pipeline()
    total = exact = 0
    groups: dict[str, list[str]] = collections.defaultdict(list)
    per_file = []
    for f in args.gold:
        docs, problems = load_documents(ROOT / f)
        f_total = f_exact = 0
        for d in docs:
            pred = pipe.run(d.text, d.doc_id, d.meta.model_dump(exclude_none=True) if d.meta else {})
            idx = tokenize(d.text)
            gt = [span_tokens(idx, a.content) for a in d.attributions]
            pt = [span_tokens(idx, a.content) for a in pred.attributions]
            for pr in match(d.attributions, pred.attributions, gt, pt):
                g = d.attributions[pr.gold].source
                p = pred.attributions[pr.pred].source
                if g is None and p is None:
                    continue
                gs = trim(g.text) if g else None
                ps = trim(p.text) if p else None
                if g is not None:
                    total += 1
                    f_total += 1
                if gs == ps:
                    exact += 1
                    f_exact += 1
                    continue
                k = _kind(g, p)
                ga, pa = d.attributions[pr.gold], pred.attributions[pr.pred]
                ok = speaker_match(ga.speaker, pa.speaker, lenient=True)
                line = f"{'  ' if ok else '✗ '}{d.doc_id}: {gs!r} → {ps!r}"
                if not ok:
                    line += f"  [speaker {ga.speaker!r} → {pa.speaker!r}]"
                line += f"  <{getattr(pa, 'rule', None)}>"
                if args.context:
                    line += f"\n      … {_context(d.text, g, p)} …"
                groups[k].append(line)
        per_file.append((f, f_exact, f_total))
    for f, e, t in per_file:
        print(f"{f}: exact source {e}/{t}")
    print(f"ALL: exact source {exact}/{total} = {exact / max(total, 1):.3f}")
    for k in sorted(groups, key=lambda k: -len(groups[k])):
        print(f"  {k}: {len(groups[k])}")
    if args.all or args.show:
        for k in sorted(groups, key=lambda k: -len(groups[k])):
            if args.show and k not in args.show:
                continue
            print(f"\n== {k} ({len(groups[k])})")
            for line in groups[k]:
                print("  " + line)


def _dump_pool(n: int, skip: int) -> None:
    import json

    test_ids = {json.loads(line)["doc_id"] for line in (ROOT / "gold/test.jsonl").open(encoding="utf-8") if line.strip()}
    pipe = Pipeline()
    seen = 0
    with (ROOT.parent / "shared/data/news-pool/indosum.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["doc_id"] in test_ids:
                continue
            seen += 1
            if seen <= skip:
                continue
            if seen > skip + n:
                break
            doc = pipe.run(rec["text"], rec["doc_id"], {})
            for a in doc.attributions:
                s = a.source
                src = repr(s.text) if s else None
                ctx = rec["text"][max(0, (s.start if s else a.content.start) - 60):(s.end if s else a.content.start) + 40]
                print(f"{rec['doc_id'][:40]} {a.content.start}: {src} → {a.speaker!r} <{getattr(a, 'rule', None)}>"
                      f"\n      … {ctx.replace(chr(10), ' ⏎ ')} …")


if __name__ == "__main__":
    main()
