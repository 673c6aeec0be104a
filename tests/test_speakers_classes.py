"""Speaker rules for kinds of error that recur across articles and outlets (real sentences from the
development gold, resolved on the gold's own spans: the speaker step alone)."""

from functools import lru_cache

import pytest

from attribution.io import load_documents
from attribution.pipeline import Pipeline

from conftest import GOLD


@lru_cache(maxsize=None)
def _gold(name: str) -> dict:
    docs, problems = load_documents(GOLD / name)
    assert not problems
    return {d.doc_id: d for d in docs}


def given_speaker(name: str, prefix: str, starts: str, disabled: frozenset = frozenset()) -> str | None:
    """The speaker the speaker step gives the gold record of ``name``'s document ``prefix…`` whose content
    starts with ``starts`` (the gold's own spans)."""
    (doc,) = [d for i, d in _gold(name).items() if i.startswith(prefix)]
    out = Pipeline(disabled=disabled).resolve_given(doc)
    (a,) = [a for a in out.attributions if a.content.text.startswith(starts)]
    return a.speaker


@pytest.mark.parametrize("name,prefix,starts,speaker,quoted", [
    # "“Usai dipuji Paris, dia [Syahrini] mengabari dan mengatakan ada niat …,” kata Rinaldy": the writer's gloss
    ("pool-dev.jsonl", "indosum-1475214330", "ada niat untuk mengirimkan", "Syahrini", "Rinaldy Ayunardi"),
    # "“… Dia (Raffi) juga enggak tahu … baru dia bilang ' ya ampun mama maafin … '”, ungkap Sri Wulansih":
    # the pronoun glossed earlier in the same quotation
    ("pool-dev3.jsonl", "indosum-1498689900", "ya ampun mama", "Raffi Ahmad", "Sri Wulansih"),
])
def test_a_third_person_pronoun_inside_a_quotation_is_not_the_one_quoted(name, prefix, starts, speaker, quoted):
    assert given_speaker(name, prefix, starts) == speaker
    assert given_speaker(name, prefix, starts, frozenset({"pronoun-in-quote"})) == quoted
