"""Tokens: the document-wide construction in C gives the same tokens as building them one by one."""
from __future__ import annotations

import pytest

from attribution.text.tokens import Token, TOKEN_RE, attach_tags, tokenize

from conftest import SEEDS


def _one_by_one(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_tokenize_matches_the_constructor_on_the_seeds(path):
    text = path.read_text(encoding="utf-8")
    toks = tokenize(text)
    assert toks == _one_by_one(text)
    assert len(toks) > 300
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_derived_fields_of_words_punctuation_capitals_and_underscores():
    text = "“Kami siap,” kata Blinken_AS di _markas 3km—Irak."
    toks = tokenize(text)
    assert toks == _one_by_one(text)
    by_text = {t.text: t for t in toks}
    assert by_text["“"].is_word is False and by_text["“"].is_cap is False
    assert by_text["Kami"].is_cap and by_text["Kami"].lower == "kami"
    assert by_text["Blinken_AS"].is_word and by_text["Blinken_AS"].is_cap
    assert by_text["_markas"].is_word and not by_text["_markas"].is_cap  # "_" starts a word token
    assert by_text["3km"].is_word and not by_text["3km"].is_cap
    lo, hi = text.index("kata"), text.index(" di")
    assert [t.text for t in tokenize(text, lo, hi)] == ["kata", "Blinken_AS"]
    assert tokenize(text, lo, hi) == [t for t in toks if t.start >= lo and t.end <= hi]


def test_attach_tags_replaces_the_tokens_it_tags():
    text = "Ia mengatakan bahwa harga naik."
    toks = tokenize(text)
    attach_tags(toks, [(3, 13, "VERB", "kata"), (0, 2, "PRON", "ia")])
    assert (toks[0].upos, toks[0].lemma) == ("PRON", "ia")
    assert (toks[1].upos, toks[1].lemma, toks[1].text, toks[1].lower) == ("VERB", "kata", "mengatakan", "mengatakan")
    assert toks[2].upos is None and toks[2].lemma is None


def test_a_title_abbreviation_does_not_end_the_sentence():
    """pool-dev: "Menurut Capt. Hasudungan, …" is one sentence, so the menurut frame finds its clause."""
    from attribution.pipeline import Pipeline
    recs = Pipeline().run("Menurut Capt. Hasudungan, saat ini sudah banyak ketentuan nasional yang merujuk pada MLC.").attributions
    assert [(a.cue.text, a.content.text) for a in recs] == [
        ("Menurut", "saat ini sudah banyak ketentuan nasional yang merujuk pada MLC")]


def test_the_supreme_courts_acronym_ends_a_sentence():
    """"… menang di tingkat MA. Dimana …" (pool-dev9): "MA" is the Mahkamah Agung closing its sentence, no
    abbreviation, so the reported clause stops at it."""
    from attribution.pipeline import Pipeline
    recs = Pipeline().run("Pengacara itu menyatakan bahwa kliennya menang di tingkat MA. Putusan itu sudah final.").attributions
    assert [a.content.text for a in recs] == ["kliennya menang di tingkat MA"]


def test_an_exclamation_mark_inside_a_medium_s_name_ends_no_sentence():
    """"seperti dikutip E! News." (pool-dev22) and "Yahoo! Beauty": the mark belongs to the name (bang_names.tsv);
    an exclamation after an ordinary word still ends its sentence."""
    from attribution.text.segment import sentences
    text = "Ia berkata begitu seperti dikutip E! News. Wah! Ini hebat."
    assert [text[a:b] for a, b in sentences(text)] == ["Ia berkata begitu seperti dikutip E! News.", "Wah!", "Ini hebat."]


def test_a_number_with_separators_is_one_token():
    # "ia menyebut 1.283 miras berbagai merk disita …" (pool): the thousands separator is no sentence's full stop
    from attribution.text.tokens import tokenize
    assert [t.text for t in tokenize("menyebut 1.283 miras, 2,5 persen, pukul 22.00.")] == [
        "menyebut", "1.283", "miras", ",", "2,5", "persen", ",", "pukul", "22.00", "."]
