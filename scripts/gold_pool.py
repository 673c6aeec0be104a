"""Gold from the IndoSum pool: gather the labelling passes, and measure how far two labellers agreed.

    python scripts/gold_pool.py gather WORKDIR   # WORKDIR/{batches,labels,final}: the labelling session's files
    python scripts/gold_pool.py agreement [B …]  # agreement of the two independent passes, before settling

``gather`` writes ``gold/labels/pool-<split>.jsonl`` (the settled snippet labels with their article text, split by
``gold/selection*.tsv``: dev, test, dev2, dev3) and ``gold/passes/<labeller>/batch<k>.jsonl`` (each
labeller's own pass, as written, before any settling).  ``gold/build.sh`` anchors the labels into gold files.

``agreement`` anchors both passes of every batch and scores one against the other with the project's scorer
(pairing, trimming and name rules of the spec): content exact and partial F1, speaker strict and lenient
accuracy over the paired records, cue agreement and outlets F1.  The figure is symmetric except for the
accuracies, which are over the same pairs either way.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _selection() -> dict[str, tuple[str, int]]:
    """doc_id -> (split, batch), from the first selection and the later draws (``selection-extra.tsv``: the
    second development file, split ``dev2``; ``selection-dev3.tsv``: split ``dev3``)."""
    out = {}
    for path in sorted((ROOT / "gold").glob("selection*.tsv")):
        for line in list(open(path, encoding="utf-8"))[1:]:
            f = line.rstrip("\n").split("\t")
            out[f[0]] = (f[8], int(f[9]))
    return out


def _batch_numbers(work: Path) -> list[int]:
    return sorted(int(p.stem[5:]) for p in (work / "final").glob("batch*.jsonl"))


def gather(work: Path) -> None:
    sel = _selection()
    texts = {}
    for b in _batch_numbers(work):
        for line in open(work / f"batches/batch{b}.jsonl", encoding="utf-8"):
            d = json.loads(line)
            texts[d["doc_id"]] = d
    split: dict[str, list[dict]] = {name: [] for name, _b in sel.values()}
    for b in _batch_numbers(work):
        for line in open(work / f"final/batch{b}.jsonl", encoding="utf-8"):
            rec = json.loads(line)
            d = texts[rec["doc_id"]]
            split[sel[rec["doc_id"]][0]].append(
                {"doc_id": d["doc_id"], "text": d["text"], "meta": d["meta"], "attributions": rec["attributions"]})
    for name, docs in split.items():
        if not docs:
            continue  # a split whose batches are not in this workdir keeps its committed labels
        docs.sort(key=lambda d: d["doc_id"])
        with open(ROOT / f"gold/labels/pool-{name}.jsonl", "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"gold/labels/pool-{name}.jsonl: {len(docs)} documents, {sum(len(d['attributions']) for d in docs)} records")
    dest = ROOT / "gold/passes"  # passes of other batches (earlier workdirs) are kept
    for f in sorted((work / "labels").glob("L*/batch*.jsonl")):
        (dest / f.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(f, dest / f.parent.name / f.name)
    print(f"gold/passes: {len(list(dest.glob('L*/*.jsonl')))} passes")


def _passes() -> dict[int, list[Path]]:
    by_batch: dict[int, list[Path]] = {}
    for f in sorted((ROOT / "gold/passes").glob("L*/batch*.jsonl")):
        by_batch.setdefault(int(f.stem[5:]), []).append(f)
    return by_batch


def agreement(batches: set[int] | None = None) -> dict:
    from attribution.eval.anchor import anchor_document
    from attribution.eval.metrics import Counts, score

    texts = {}
    for path in sorted((ROOT / "gold/labels").glob("pool-*.jsonl")):
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            texts[d["doc_id"]] = d
    total = Counts()
    problems = 0
    for b, files in sorted(_passes().items()):
        if batches is not None and b not in batches:
            continue
        fa, fb = files[:2]  # a batch labelled a third time (batch 70) is scored on its first two passes
        sides = []
        for f in (fa, fb):
            docs = []
            for line in open(f, encoding="utf-8"):
                rec = json.loads(line)
                d = texts[rec["doc_id"]]
                try:  # each pass as its labeller wrote it (slips included: this is agreement before settling)
                    docs.append(anchor_document({"doc_id": d["doc_id"], "text": d["text"], "meta": d["meta"],
                                                 "attributions": rec["attributions"]}, ROOT))
                except Exception as exc:  # noqa: BLE001 - report and go on
                    problems += 1
                    print(f"{f}: {rec['doc_id']}: {exc}", file=sys.stderr)
            sides.append(docs)
        total.add(score(sides[0], sides[1]).counts["all"])
    fig = total.figures()
    out = {
        "records": {"first pass": total.gold, "second pass": total.pred, "paired": total.pairs},
        "content exact F1": round(fig["content"]["exact"]["f1"], 3),
        "content partial F1": round(fig["content"]["partial"]["f1"], 3),
        "speaker strict": round(fig["speaker"]["strict"], 3),
        "speaker lenient": round(fig["speaker"]["lenient"], 3),
        "cue": round(fig["cue"], 3),
        "outlets F1": round(fig["outlets"]["f1"], 3),
        "type": round(fig["type"], 3),
        "attribution F1": round(fig["attribution"]["f1"], 3),
        "documents that could not be anchored": problems,
    }
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "gather":
        gather(Path(sys.argv[2]))
    elif len(sys.argv) >= 2 and sys.argv[1] == "agreement":
        # optionally only some batches: "agreement 8 9 10" (the second development file)
        agreement({int(b) for b in sys.argv[2:]} or None)
    else:
        sys.exit(__doc__)
