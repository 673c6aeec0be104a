#!/usr/bin/env python
"""Check a label file against its batch: every doc_id present once, every field there, every snippet placed in
the text by the project's anchoring (the same code ``gold/build.sh`` runs).

    python scripts/labelling/check.py BATCHFILE LABELFILE
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from attribution.eval.anchor import anchor_document  # noqa: E402

FIELDS = ("type", "content", "cue", "source", "speaker", "outlets")


def main(batch: str, labels: str) -> int:
    texts = {}
    for line in open(batch, encoding="utf-8"):
        d = json.loads(line)
        texts[d["doc_id"]] = d
    seen, bad, n = set(), 0, 0
    for i, line in enumerate(open(labels, encoding="utf-8"), 1):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            print(f"line {i}: not JSON: {exc}")
            bad += 1
            continue
        did = rec.get("doc_id")
        if did not in texts:
            print(f"line {i}: unknown doc_id {did!r}")
            bad += 1
            continue
        if did in seen:
            print(f"line {i}: doc_id {did} twice")
            bad += 1
        seen.add(did)
        for j, a in enumerate(rec.get("attributions", [])):
            missing = [k for k in FIELDS if k not in a]
            if missing:
                print(f"line {i} ({did}) record {j}: missing field(s) {', '.join(missing)}")
                bad += 1
            if a.get("type") not in ("direct", "indirect", "mixed"):
                print(f"line {i} ({did}) record {j}: bad type {a.get('type')!r}")
                bad += 1
        d = texts[did]
        try:
            anchor_document({"doc_id": did, "text": d["text"], "meta": d.get("meta"),
                             "attributions": rec.get("attributions", [])}, ROOT)
        except Exception as exc:  # noqa: BLE001 - report and go on
            print(f"line {i} ({did}): cannot anchor: {exc}")
            bad += 1
        n += len(rec.get("attributions", []))
    for did in texts:
        if did not in seen:
            print(f"missing document {did}")
            bad += 1
    print(f"{len(seen)} documents, {n} records, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
