"""The command line end to end on the seeds: extract, validate, evaluate, formats, workers."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from attribution.io import InputDoc, iter_inputs
from attribution.batch import run

from conftest import GOLD, SEEDS

CLI = [sys.executable, "-m", "attribution"]


def _run(*args, **kw):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, **kw)


def test_extract_seeds_then_validate(tmp_path: Path):
    out = tmp_path / "pred.jsonl"
    r = _run("extract", "--fast", str(SEEDS), "-o", str(out))
    assert r.returncode == 0, r.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 5
    seed0 = json.loads(lines[0])
    by_content = {a["content"]["text"][:30]: a for a in seed0["attributions"]}
    a = by_content["Ini adalah masalah kedaulatan "]
    assert (a["speaker"], a["cue"]["text"]) == ("Blinken", "kata")
    b = by_content["Kami memiliki tujuan dan komit"]
    assert (b["cue"]["text"], b["source"]["text"]) == ("tambah", "nya")
    v = _run("validate", str(out))
    assert v.returncode == 0 and "5 documents" in v.stderr


def test_validate_reports_line_and_cause(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x", "text": "abc", "attributions": [{"id": "a1", "type": "direct", '
                   '"content": {"start": 0, "end": 2, "text": "ab"}}]}\n'
                   '{"doc_id": "y", "text": "abc", "attributions": [{"id": "a1", "type": "direct", '
                   '"content": {"start": 0, "end": 2, "text": "bc"}}]}\n')
    r = _run("validate", str(bad))
    assert r.returncode == 1
    assert f"{bad}:2:" in r.stderr and "does not match" in r.stderr


def test_csv_and_table_formats():
    r = _run("extract", "--fast", "--format", "csv", str(SEEDS / "000_5303c0ab37e2f736.txt"))
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0][:4] == ["doc_id", "id", "type", "speaker"]
    assert any(row[4] == "kata" and row[3] == "Blinken" for row in rows[1:])
    t = _run("extract", "--fast", "--format", "table", str(SEEDS / "000_5303c0ab37e2f736.txt"))
    assert "quote-post-cue" in t.stdout and "Blinken" in t.stdout


def test_evaluate_json_on_seeds_gold():
    r = _run("evaluate", str(GOLD / "seeds.jsonl"), "--fast", "--json")
    figs = json.loads(r.stdout)["figures"]["all"]
    assert figs["content"]["partial"]["f1"] > 0.85


def test_workers_keep_input_order_and_account_for_every_document():
    inputs = list(iter_inputs([str(SEEDS)])) * 3
    inputs = [InputDoc(f"{d.doc_id}-{i}", d.text) for i, d in enumerate(inputs)]
    one = [r.model_dump() for r in run(inputs, mode="fast", workers=1, batch_size=2)]
    two = [r.model_dump() for r in run(inputs, mode="fast", workers=2, batch_size=2)]
    assert [d["doc_id"] for d in two] == [d.doc_id for d in inputs]
    assert one == two


def test_progress_is_written_to_stderr_when_asked():
    r = _run("extract", "--fast", "--progress", str(SEEDS))
    assert "5 documents (0 failed)" in r.stderr
    assert len(r.stdout.splitlines()) == 5


def test_full_mode_extract_runs_stanza_with_bundled_models(tmp_path: Path):
    """The default mode parses with the bundled stanza models (no network) and still finds the frames."""
    out = tmp_path / "full.jsonl"
    r = _run("extract", str(SEEDS / "000_5303c0ab37e2f736.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text())
    a = next(a for a in doc["attributions"] if a["content"]["text"].startswith("Ini adalah masalah"))
    assert (a["speaker"], a["cue"]["text"], a["outlets"]) == ("Blinken", "kata", ["VOA"])


def test_stanza_tags_reach_the_extractor():
    from attribution.nlp import load_pipeline, parse
    from attribution.text import parse_text
    from attribution.batch import FULL_PROCESSORS
    from attribution.nlp import stanza_tags

    text = (SEEDS / "000_5303c0ab37e2f736.txt").read_text()
    tags = stanza_tags(parse(load_pipeline(processors=FULL_PROCESSORS), [text])[0])
    p = parse_text(text, tags)
    mengatakan = next(t for t in p.tokens if t.text == "mengatakan")
    assert mengatakan.upos == "VERB"  # only the tagger knows this
    blinken = next(t for t in p.tokens if t.text == "Blinken")
    assert blinken.upos == "PROPN"
