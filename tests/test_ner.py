"""The bundled NER model (attribution.nlp.ner): loading, entities with offsets on real seed text, a missing
file, and F1 on corpus test splits (from ../shared, skipped when absent)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from attribution.nlp.ner import BUNDLED_NER_MODEL, NerModelNotFoundError, NerTagger, spans
from attribution.text.tokens import tokenize

from conftest import ROOT, SHARED, needs_shared, seed_text

SCORES = json.loads((BUNDLED_NER_MODEL.parent / "scores.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ner() -> NerTagger:
    return NerTagger.load()


def _line(text: str, prefix: str) -> str:
    return next(ln for ln in text.splitlines() if ln.startswith(prefix))


def _named(text: str, ents) -> dict[str, str]:
    return {text[s:e]: typ for s, e, typ in ents}


def test_bundled_model_loads_and_is_small(ner):
    assert ner.path is not None and ner.path.is_file()
    assert BUNDLED_NER_MODEL.stat().st_size <= 5_000_000
    tags = ner.tag(["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."])
    assert tags[1:3] == ["B-PER", "I-PER"] and tags[5] == "B-LOC" and tags[0] == "O"
    assert ner.tag([]) == []


def test_entities_on_a_seed_sentence_have_exact_offsets(ner):
    text = seed_text("003")
    line = _line(text, "Menteri Luar Negeri Antony Blinken berangkat ke Mesir")
    off = text.index(line)
    ents = ner.entities(text, tokenize(text))
    assert all(0 <= s < e <= len(text) for s, e, _ in ents)
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e, _ in ents)
    mine = [(s, e, t) for s, e, t in ents if off <= s < off + len(line)]
    named = _named(text, mine)
    assert named["Antony Blinken"] == "PER"
    assert named["Mesir"] == "LOC"
    start = off + line.index("Antony Blinken")
    assert (start, start + len("Antony Blinken"), "PER") in mine
    assert not any("Menteri" in text[s:e] for s, e, _ in mine)  # the title is no part of the name


def _seed_002_line(ner):
    text = seed_text("002")
    line = _line(text, "Baghdad telah mendorong")
    return line, ner.entities(line, tokenize(line))


def test_names_outlets_and_places_in_a_seed_paragraph(ner):
    line, ents = _seed_002_line(ner)
    named = _named(line, ents)
    assert named["Baghdad"] == "LOC"
    assert named["Reuters"] == "ORG" and named["CNN"] == "ORG"
    assert named["Mohammed Shia al-Sudani"] == "PER"
    assert named["Washington"] == "LOC"
    start = line.index("Mohammed Shia al-Sudani")
    assert (start, start + len("Mohammed Shia al-Sudani"), "PER") in ents


@pytest.mark.xfail(strict=True, reason="known error: a country between a title and a name is read into one LOC "
                                       "('Menteri Luar Negeri Irak Fuad Hussein' -> LOC 'Irak Fuad Hussein')")
def test_country_then_name_after_a_title(ner):
    line, ents = _seed_002_line(ner)
    named = _named(line, ents)
    assert named.get("Fuad Hussein") == "PER" and named.get("Irak") == "LOC"


def test_entities_without_tokens_tokenises_itself(ner):
    text = "Juru bicara Kementerian Luar Negeri Retno Marsudi mengatakan hal itu di Bandung, Jawa Barat."
    assert ner.entities(text) == ner.entities(text, tokenize(text))


def test_missing_model_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "nowhere" / "ner.crfsuite"
    with pytest.raises(NerModelNotFoundError, match=r"NER model file .*ner\.crfsuite is missing; train it with"):
        NerTagger.load(missing)
    assert issubclass(NerModelNotFoundError, FileNotFoundError)


def test_spans_read_bio_as_conlleval():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"),
                                                                       (5, 6, "PER")]


def _train_module():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_ner", mod)
    spec.loader.exec_module(mod)
    return mod


# floors about 1.5 points under the test F1 measured for the bundled model (scores.json: 85.32, 76.16, 79.39,
# 68.67, 76.92)
FLOORS = {"nerui": 83.8, "nerugm": 74.6, "idner2k": 77.9, "nergrit": 67.1, "nerp": 75.4}


@pytest.mark.shared
@pytest.mark.parametrize("corpus", ["nerui", "nerugm", "idner2k", "nergrit", "nerp"])
def test_f1_on_the_corpus_test_split(ner, corpus):
    train = _train_module()
    path = needs_shared("data/" + train.CORPORA[corpus]["test"])
    sents = train.read_conll(path)
    result = train.score([t for _, t in sents], [ner.tag(w) for w, _ in sents])
    measured = SCORES["scores"]["test"][corpus]["micro"]["f1"]
    assert result["micro"]["f1"] == pytest.approx(measured, abs=0.01)  # the bundled model is the one scored
    assert result["micro"]["f1"] >= FLOORS[corpus]
