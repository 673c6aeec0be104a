"""The Dask example (examples/dask_extract.py) on the local scheduler, fast mode, over the seeds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'attribution[dask]'): Dask example not tested")

from attribution import extract  # noqa: E402
from attribution.io import read_txt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dask_extract.py"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _load_example():
    spec = importlib.util.spec_from_file_location("dask_extract", EXAMPLE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(atts):
    return json.loads(json.dumps(atts, sort_keys=True))


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_example_matches_extract(tmp_path, scheduler):
    assert len(SEEDS) >= 2, "the repo's seeds/*.txt are needed"
    docs = [read_txt(p) for p in SEEDS]
    texts = {d.doc_id: d.text for d in docs}
    # Two partition files, written by the test.
    data = tmp_path / "data"
    data.mkdir()
    half = (len(docs) + 1) // 2
    for i, part in enumerate((docs[:half], docs[half:])):
        with open(data / f"part-{i}.jsonl", "w", encoding="utf-8") as fh:
            for d in part:
                fh.write(json.dumps({"doc_id": d.doc_id, "text": d.text}, ensure_ascii=False) + "\n")

    out = tmp_path / "out"
    rc = _load_example().main([str(data / "*.jsonl"), str(out), "--scheduler", scheduler])
    assert rc == 0

    files = sorted(out.glob("*.jsonl"))
    assert len(files) == 2, files  # one output file per input partition
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    ids = [r["doc_id"] for r in records]
    assert sorted(ids) == sorted(texts), "every document must come back exactly once"
    assert not [r for r in records if "error" in r]
    for r in records:
        expected = extract(texts[r["doc_id"]], doc_id=r["doc_id"]).model_dump(mode="json", exclude_none=True)
        assert r["text"] == texts[r["doc_id"]]
        assert _norm(r["attributions"]) == _norm(expected["attributions"]), r["doc_id"]
        assert r["attributions"], f"{r['doc_id']}: the seeds all hold attributions"


def test_dask_example_bad_line_becomes_error_record(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_text('{"doc_id": "ok", "text": "\\"Kami siap,\\" kata Budi Santoso."}\nnot json\n',
                                  encoding="utf-8")
    out = tmp_path / "out"
    assert _load_example().main([str(data / "*.jsonl"), str(out), "--scheduler", "synchronous"]) == 0
    records = [json.loads(line) for f in sorted(out.glob("*.jsonl")) for line in f.read_text().splitlines() if line]
    assert [r["doc_id"] for r in records if "error" not in r] == ["ok"]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and errors[0]["line"] == 2 and "a.jsonl:2" in errors[0]["error"]
