"""Input/output: every input document yields one record or a clear error; files are written atomically."""

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from attribution.io import InputDoc, atomic_output, iter_inputs, iter_jsonl, load_documents, read_txt, strip_provenance
from attribution.model import Document, ErrorRecord

from conftest import SEEDS

CLI = [sys.executable, "-m", "attribution"]


def test_txt_file_and_folder_order():
    docs = list(iter_inputs([str(SEEDS)]))
    assert [d.doc_id for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(isinstance(d, InputDoc) and d.text for d in docs)


def test_invalid_utf8_names_file_and_line(tmp_path: Path):
    f = tmp_path / "bad.txt"
    f.write_bytes("Baris satu\nBaris dua \xff rusak\n".encode("latin-1"))
    rec = read_txt(f)
    assert isinstance(rec, ErrorRecord)
    assert rec.line == 2 and "bad.txt:2" in rec.error and "invalid UTF-8" in rec.error


def test_empty_file(tmp_path: Path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n")
    rec = read_txt(f)
    assert isinstance(rec, ErrorRecord) and "empty" in rec.error


def test_malformed_jsonl_and_missing_text_keep_the_rest():
    lines = [
        b'{"doc_id": "a", "text": "Dia mengatakan, \\"Kami siap.\\""}',
        b'{"doc_id": "b", "text": ',
        b'{"doc_id": "c"}',
        b'{"doc_id": "d", "text": 42}',
        b'[1, 2]',
        b'{"doc_id": "e", "text": "Menurut dia, harga akan naik."}',
    ]
    out = list(iter_jsonl(lines, "in.jsonl"))
    assert [type(o).__name__ for o in out] == ["InputDoc", "ErrorRecord", "ErrorRecord", "ErrorRecord", "ErrorRecord", "InputDoc"]
    assert out[1].line == 2 and "malformed JSON" in out[1].error
    assert "'text' field is missing" in out[2].error and out[2].doc_id == "c"
    assert "not a string" in out[3].error
    assert "expected a JSON object" in out[4].error


def test_huge_document_is_refused_clearly(tmp_path: Path):
    f = tmp_path / "big.jsonl"
    big = "Kata dia. " * 2_100_000  # 21 MB
    f.write_bytes(orjson.dumps({"doc_id": "big", "text": big}) + b"\n" + orjson.dumps({"doc_id": "ok", "text": "Ia berkata, “Ya.”"}) + b"\n")
    out = list(iter_inputs([str(f)]))
    assert isinstance(out[0], ErrorRecord) and "more than the limit" in out[0].error and out[0].line == 1
    assert isinstance(out[1], InputDoc)


def test_missing_path():
    (rec,) = list(iter_inputs(["/nonexistent/x.txt"]))
    assert isinstance(rec, ErrorRecord) and "no such file" in rec.error


def test_provenance_header_is_stripped():
    text, prov = strip_provenance("# source: somewhere, licence: CC BY-SA 4.0\n\nJakarta - Isi berita.")
    assert text == "Jakarta - Isi berita." and prov.startswith("somewhere")


def test_atomic_output_leaves_no_half_file(tmp_path: Path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as fh:
            fh.write(b'{"partial": ')
            raise RuntimeError("crash")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_round_trip_and_validation_errors(tmp_path: Path):
    text = "Dia berkata, “Kami siap.”"
    doc = Document.model_validate({
        "doc_id": "x", "text": text,
        "attributions": [{"id": "a1", "type": "direct", "content": {"start": 14, "end": 24, "text": "Kami siap."},
                          "cue": {"start": 4, "end": 11, "text": "berkata"}, "source": {"start": 0, "end": 3, "text": "Dia"},
                          "speaker": "Dia", "outlets": []}],
    })
    f = tmp_path / "g.jsonl"
    bad = doc.model_dump(mode="json")
    bad["attributions"][0]["content"]["end"] = 99
    bad["attributions"][0]["content"]["text"] = "x" * 85
    wrong_type = doc.model_dump(mode="json")
    wrong_type["attributions"][0]["type"] = "quoted"
    mismatch = doc.model_dump(mode="json")
    mismatch["attributions"][0]["cue"]["text"] = "berkaTA"
    lines = [doc.model_dump_json(), json.dumps(bad), json.dumps(wrong_type), json.dumps(mismatch), doc.model_dump_json()]
    f.write_text("\n".join(lines) + "\n")
    docs, problems = load_documents(f)
    assert docs == [doc]
    by_line = {p.line: p.message for p in problems}
    assert "past the end of the text" in by_line[2]
    assert "type" in by_line[3]
    assert "does not match" in by_line[4]
    assert "already used on line 1" in by_line[5]


def test_cli_batch_reports_errors_and_keeps_going(tmp_path: Path):
    (tmp_path / "a.txt").write_text("“Kami siap bertanding,” kata pelatih Budi Santoso.")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe rusak")
    (tmp_path / "c.txt").write_text("")
    r = subprocess.run(CLI + ["extract", "--fast", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [l.get("doc_id") for l in lines] == ["a", "b", "c"]
    assert lines[0]["attributions"][0]["speaker"] == "Budi Santoso"
    assert "invalid UTF-8" in lines[1]["error"] and "empty" in lines[2]["error"]
    assert "b.txt" in r.stderr


def test_cli_stdin_and_schema():
    r = subprocess.run(CLI + ["extract", "--fast", "-"], input="Menurut Budi, harga beras akan naik bulan depan.",
                       capture_output=True, text=True)
    rec = json.loads(r.stdout)
    assert rec["attributions"][0]["cue"]["text"] == "Menurut"
    s = subprocess.run(CLI + ["schema"], capture_output=True, text=True)
    assert json.loads(s.stdout)["title"] == "Document"
