"""Reported-speech forms (issue 14): each rule on a real sentence of the development gold or the pool, or on
a sentence of our own written the way Indonesian news writes it."""

import pytest

from attribution.pipeline import Pipeline


def _records(text: str):
    return Pipeline().run(text).attributions


def _one(text: str, starts: str):
    hits = [a for a in _records(text) if a.content.text.startswith(starts)]
    assert hits, [(a.rule, a.content.text[:40]) for a in _records(text)]
    return hits[0]


def test_back_reference_sentence_is_not_its_own_content():
    """"Hal tersebut dikatakan Erick saat …" (pool-dev) points back: one record, the sentence before."""
    text = ("Pengerjaan venue untuk Asian Games 2018 sudah sesuai target. Hal tersebut dikatakan Erick saat menghadiri "
            "acara buka puasa bersama media di Hotel JS Luwansa, Kuningan, Jakarta, Minggu (4/6/2017) sore.")
    recs = _records(text)
    assert [(a.rule, a.content.text) for a in recs] == [
        ("reported-next-sentence", "Pengerjaan venue untuk Asian Games 2018 sudah sesuai target")]
