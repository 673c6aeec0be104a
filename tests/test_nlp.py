"""Tests of attribution.nlp with the real bundled stanza models (no network, no ../shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

from attribution.nlp import stanza_pipeline as nlpmod
from attribution.nlp import (
    BUNDLED_MODELS_DIR,
    ModelDownloadError,
    ModelNotFoundError,
    download_official,
    load_pipeline,
    parse,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5303c0ab37e2f736.txt"


@pytest.fixture(scope="module")
def nlp():
    """The bundled pipeline, loaded once for the whole module."""
    return load_pipeline("bundled", use_gpu=False)


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article {SEED} is not in this checkout")
    return SEED.read_text(encoding="utf-8")


def _line(text: str, prefix: str) -> str:
    for line in text.splitlines():
        if line.startswith(prefix):
            return line
    raise AssertionError(f"no line starting with {prefix!r}")


def _word(doc, text):
    for sent in doc.sentences:
        for w in sent.words:
            if w.text == text:
                return sent, w
    raise AssertionError(f"no word {text!r} in {[w.text for s in doc.sentences for w in s.words]}")


# --------------------------------------------------------------------------- real parses
@pytest.mark.slow
def test_bundled_models_are_shipped():
    for name in ("tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt"):
        f = BUNDLED_MODELS_DIR / name
        assert f.is_file(), f"missing bundled model {f}"
        assert f.stat().st_size < 15_000_000


@pytest.mark.slow
def test_parse_reported_speech(nlp, seed_text):
    sentence = _line(seed_text, "Blinken mengatakan, dia dan Abbas sepakat bahwa")
    (doc,) = parse(nlp, [sentence])
    sent, verb = _word(doc, "mengatakan")
    assert verb.upos == "VERB"
    assert verb.lemma == "kata"
    _, subj = _word(doc, "Blinken")
    assert subj.head == verb.id
    assert subj.deprel == "nsubj"
    assert subj.upos == "PROPN"
    # a real tree: exactly one root, every head inside the sentence
    assert sum(1 for w in sent.words if w.head == 0) == 1
    assert all(0 <= w.head <= len(sent.words) for w in sent.words)
    # character offsets index into the original text
    for tok in sent.tokens:
        assert sentence[tok.start_char:tok.end_char] == tok.text


@pytest.mark.slow
def test_mwt_splits_nya_clitic(nlp, seed_text):
    sentence = _line(seed_text, "Blinken menerima pengarahan keamanan")
    (doc,) = parse(nlp, [sentence])
    toks = [t for s in doc.sentences for t in s.tokens if t.text == "pembicaraannya"]
    assert toks, "token 'pembicaraannya' not found"
    words = [w.text for w in toks[0].words]
    assert words == ["pembicaraan", "nya"]
    assert toks[0].words[1].upos == "PRON"


@pytest.mark.slow
def test_parse_batches_three_documents_in_one_call(nlp, monkeypatch):
    texts = [
        "Menteri Luar Negeri Antony Blinken berangkat ke Mesir pada Kamis pagi.",
        "",
        "\u201cIni adalah masalah kedaulatan Irak,\u201d kata Blinken. Dia lalu pergi ke Ankara.",
        "Al-Sudani telah berbicara menentang serangan tersebut.",
    ]
    calls = []
    real_process = nlp.process

    def spy(docs, *a, **k):
        calls.append(len(docs) if isinstance(docs, list) else 1)
        return real_process(docs, *a, **k)

    monkeypatch.setattr(nlp, "process", spy)
    docs = parse(nlp, texts)
    assert calls == [3], "the three non-empty texts must go through one pipeline call"
    assert len(docs) == 4
    assert [d.text for d in docs] == texts
    assert docs[1].sentences == []
    assert len(docs[2].sentences) == 2
    for text, doc in zip(texts, docs):
        for s in doc.sentences:
            assert s.words and all(w.deprel for w in s.words)
            for t in s.tokens:
                assert text[t.start_char:t.end_char] == t.text
    _, kata = _word(docs[2], "kata")
    assert kata.upos == "VERB"


def test_missing_model_file_is_a_clear_error(tmp_path):
    (tmp_path / "tokenize.pt").write_bytes(b"")
    with pytest.raises(ModelNotFoundError) as e:
        load_pipeline(str(tmp_path), processors="tokenize,mwt,pos")
    msg = str(e.value)
    assert "mwt.pt" in msg and "pos.pt" in msg and "train_models.py" in msg
    assert isinstance(e.value, RuntimeError)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="not an existing folder"):
        load_pipeline(str(tmp_path / "nowhere"))


def test_missing_official_resources_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError) as e:
        load_pipeline("official", resources_dir=str(tmp_path))
    assert "attribution models download" in str(e.value)
    assert str(tmp_path) in str(e.value)


def test_unknown_processor_rejected():
    with pytest.raises(ValueError, match="ner"):
        load_pipeline("bundled", processors="tokenize,ner")


def test_download_official_wraps_hub_errors(tmp_path, monkeypatch):
    def unreachable(*a, **k):
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'")

    monkeypatch.setattr(nlpmod.stanza, "download", unreachable)
    with pytest.raises(ModelDownloadError, match="hub must be reachable"):
        download_official(resources_dir=str(tmp_path))


# --------------------------------------------------------------------------- spans, no models
