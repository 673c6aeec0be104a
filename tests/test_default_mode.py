"""The default mode (stanza tags and the bundled entity model) where its decisions differ from fast mode's.

Real bundled models, no network; the pool-dev text comes from the repository's own gold."""
from __future__ import annotations

import pytest

from attribution.batch import FULL_PROCESSORS
from attribution.nlp import load_pipeline
from attribution.nlp.ner import NerTagger
from attribution.pipeline import Pipeline, extract

from conftest import pool_dev


@pytest.fixture(scope="module")
def full():
    """(stanza pipeline, extraction pipeline with the entity model), loaded once for the module."""
    return load_pipeline(processors=FULL_PROCESSORS), Pipeline(ner=NerTagger.load())


def _records(text: str, full) -> list[tuple[str | None, str | None, str]]:
    nlp, pipe = full
    doc = extract(text, nlp=nlp, pipeline=pipe)
    return [(a.speaker, a.cue.text if a.cue else None, a.content.text) for a in doc.attributions]


@pytest.mark.parametrize("text,content", [
    # the tagger marks "kerja" VERB in "kerja sama" (co-operation): a noun phrase, no reported clause
    ("Ferrari juga memastikan bahwa Sebastian Vettel masih akan melanjutkan kerja sama dengan mereka.",
     "Sebastian Vettel masih akan melanjutkan kerja sama dengan mereka"),
    ("Tim itu menyatakan bahwa pembalap muda tersebut akan melanjutkan kerja sama dengan sponsor utama.",
     "pembalap muda tersebut akan melanjutkan kerja sama dengan sponsor utama"),
])
def test_a_tagged_verb_that_heads_a_noun_phrase_starts_no_statement(text, content, full):
    records = _records(text, full)
    assert [r[2] for r in records] == [content]


def test_a_titled_person_whose_region_the_model_calls_a_place_is_still_an_antecedent(full):
    # "Bupati Ogan Ilir Ilyas Panji Alam mengaku … . Ia siap jika Ogan Ilir …": the entity model reads the
    # mention as a place (its region), but a title before a name makes it a person
    docs = pool_dev()
    (doc,) = [d for i, d in docs.items() if i.startswith("indosum-1503340800")]
    nlp, pipe = full
    out = extract(doc.text, nlp=nlp, pipeline=pipe)
    speakers = {a.speaker for a in out.attributions if a.content.text.startswith("siap jika Ogan Ilir")}
    assert speakers == {"Ilyas Panji Alam"}
