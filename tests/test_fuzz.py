"""Fuzz tests (hypothesis): text built from Indonesian words, every mark style, cue frames and raw unicode;
readers fed random bytes and random JSON Lines.  No exception, every span's offsets consistent, every input
accounted for.

A few hundred examples in the default run; ``pytest -m fuzz`` runs the same properties with many more.
"""

import json
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attribution import extract
from attribution.io import InputDoc, dumps, iter_jsonl, read_txt
from attribution.batch import run
from attribution.model import Document, ErrorRecord

WORDS = ("pemerintah akan segera membangun jalan baru di daerah itu untuk masyarakat kami tidak tahu apakah "
         "rencana tersebut bisa berjalan dengan baik namun semua pihak sudah sepakat bahwa program ini penting "
         "bagi warga yang dia ia mereka saya tersebut juga").split()
CUES = "kata ujar ujarnya katanya mengatakan menurut Menurut menjelaskan menegaskan tambahnya jelasnya bahwa dilansir dikutip".split()
NAMES = ["Budi", "Budi Santoso", "Joko Widodo", "Presiden", "Menteri Keuangan Sri Mulyani", "Reuters", "ANTARA"]
MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "``", "''", "＂", "「", "」", "『", "』", "‚", "‟"]
PUNCT = [",", ".", ".", "!", "?", ":", ";", " - ", "(", ")", "\n", "\n\n", "…"]
ODD = ["\x00", "\x07", "\u2028", "\u2029", "\u200b", "\ufeff", "\x85", "\u202e", "\t", "\r\n", "\ud800", "\udfff", "\ufffd"]

FRAMES = [
    "“{q},” kata {n}.", "{n} mengatakan, “{q}.”", "Menurut {n}, {q}.", "{q}, ujar {n}.", "“{q}", "{n}: {q}",
    "{q}, kata «{n}».", "``{q},'' kata {n}.", "＂{q}＂ ujarnya.", "「{q}」 kata {n}.", "{n} menegaskan bahwa {q}.",
    "Dilansir {n}, {q}.",
]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(CUES), st.sampled_from(NAMES), st.sampled_from(MARKS),
                  st.sampled_from(PUNCT), st.sampled_from(ODD))
soup = st.lists(token, max_size=60).map(" ".join)
clause = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)
framed = st.lists(st.builds(lambda f, q, n: f.format(q=q, n=n), st.sampled_from(FRAMES), clause, st.sampled_from(NAMES)),
                  min_size=1, max_size=6).map(" ".join)
raw = st.text(max_size=200)
texts = st.one_of(soup, framed, raw, st.builds(lambda a, b, c: a + b + c, framed, st.sampled_from(ODD), soup))

FUZZ = os.environ.get("ATTRIBUTION_FUZZ_EXAMPLES")


def _settings(n: int):
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def check_document(doc: Document, text: str) -> None:
    assert len(doc.text) == len(text)
    for a in doc.attributions:
        for span in (a.content, a.cue, a.source):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(doc.text)
                assert doc.text[span.start : span.end] == span.text
                assert span.text == "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text[span.start : span.end])
    line = dumps(doc)
    assert Document.model_validate(json.loads(line)).text == doc.text


def _extract_property(text: str) -> None:
    check_document(extract(text), text)


def _jsonl_property(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    recs = list(iter_jsonl(data.splitlines(), "<fuzz>"))
    assert len(recs) == sum(1 for x in data.splitlines() if x.strip())  # every non-empty line accounted for
    out = list(run(recs, mode="fast"))
    assert len(out) == len(recs)
    for r in out:
        assert isinstance(r, (Document, ErrorRecord))
        if isinstance(r, ErrorRecord):
            assert "\n" not in r.error
        dumps(r)


def _bytes_property(data: bytes, tmp_path_factory) -> None:
    f = tmp_path_factory.mktemp("fuzz") / "doc.txt"
    f.write_bytes(data)
    rec = read_txt(f)
    assert isinstance(rec, (InputDoc, ErrorRecord))
    (out,) = list(run([rec], mode="fast"))
    dumps(out)
    if isinstance(out, Document):
        check_document(out, out.text)


json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                          lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                          max_leaves=6)
json_line = st.one_of(
    st.fixed_dictionaries({"text": texts}, optional={"doc_id": st.one_of(st.text(max_size=5), st.integers(), st.none(), json_value),
                                                      "meta": st.one_of(json_value, st.fixed_dictionaries({}, optional={"outlet": json_value}))}
                          ).map(lambda d: json.dumps(d).encode()),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=40),
)


@_settings(150)
@given(texts)
@example("pemerintah menurut pemerintah akan ,")  # a comma ending the text after a menurut source (found by this test)
def test_extract_never_fails_and_spans_are_consistent(text):
    _extract_property(text)


@_settings(60)
@given(st.lists(json_line, max_size=5))
def test_jsonl_reader_accounts_for_every_line(lines):
    _jsonl_property(lines)


@_settings(60)
@given(st.one_of(st.binary(max_size=300), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_txt_reader_on_random_bytes(tmp_path_factory, data):
    _bytes_property(data, tmp_path_factory)


@pytest.mark.fuzz
@_settings(int(FUZZ or 5000))
@given(texts)
def test_extract_fuzz_long(text):
    _extract_property(text)


@pytest.mark.fuzz
@_settings(int(FUZZ or 1000))
@given(st.lists(json_line, max_size=8))
def test_jsonl_fuzz_long(lines):
    _jsonl_property(lines)
