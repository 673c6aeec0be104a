"""Misspelt cue verbs (detect.cues.FuzzyCues): a word one typing error from a long cue form is that cue,
marked ``fuzzy``; real words one error from a cue (data/words/cue_lookalikes.tsv, built from the news pool by
scripts/build_cue_lookalikes.py) and substitutions that make words of roots never are."""

import json
import sys
from pathlib import Path

import pytest

from attribution.detect.candidates import FUZZY_CUE_FACTOR, RULE_CONFIDENCE
from attribution.detect.cues import FuzzyCues, cue_at, one_typo
from attribution.lexicon import load
from attribution.pipeline import Pipeline
from attribution.text.tokens import Token

ROOT = Path(__file__).resolve().parent.parent


def _cue(word: str):
    return cue_at(load(), Token(0, len(word), word))


@pytest.mark.parametrize("text,cue,right,source,content", [
    # pool-dev: a vowel for the schwa, a letter too many
    ("Sumanto mengetakan, pihaknya menyita delapan linting rokok tembakau gorila merek Ganesha, satu unit telepon "
     "seluler, dan uang tunai Rp 340 ribu.", "mengetakan", "mengatakan", "Sumanto", "pihaknya menyita delapan linting"),
    ("Ismaik meneyesalkan jika dirinya menjadi kambing hitam atas tragedi tersebut.", "meneyesalkan", "menyesalkan", "Ismaik",
     "dirinya menjadi kambing hitam"),
    # pool-dev: a repeated syllable typed once (menyayangkan)
    ("Kesedihan pemain berusia 24 tahun itu diunggah di twitter pribadinya. Ia sangat menyangkan masih ada bersikap "
     "rasis sehingga dia mengutuknya.", "menyangkan", "menyayangkan", "Ia", "masih ada bersikap rasis"),
    # the pool: a letter left out
    ("Perdana Menteri Queensland Annastacia Palaszczuk mengtakan masih terlalu dini untuk menghitung dampak "
     "kerusakan yang ada.", "mengtakan", "mengatakan", "Perdana Menteri Queensland Annastacia Palaszczuk", "masih terlalu dini"),
    ("Jurgen Klopp, juru taktik Liverpool, beharap klub dapat membuat progres di bursa transfer yang akan ditutup "
     "akhir bulan ini.", "beharap", "berharap", "Jurgen Klopp", "klub dapat membuat progres"),
])
def test_a_misspelt_cue_yields_the_record_of_its_cue(text, cue, right, source, content):
    recs = [a for a in Pipeline().run(text).attributions if a.cue is not None and a.cue.text == cue]
    assert len(recs) == 1, [(a.rule, a.cue and a.cue.text) for a in Pipeline().run(text).attributions]
    a = recs[0]
    assert a.source.text == source and a.content.text.startswith(content) and a.type == "indirect"
    assert a.confidence == round(RULE_CONFIDENCE[a.rule] * FUZZY_CUE_FACTOR, 3)  # a little less sure
    # spelt right, the same record at the rule's own confidence
    spelt = Pipeline().run(text.replace(cue, right)).attributions
    assert [(r.content.text, r.source.text, r.rule) for r in spelt] == [(a.content.text, a.source.text, a.rule)]
    assert spelt[0].confidence == RULE_CONFIDENCE[a.rule] and not spelt[0].cue.text == cue


@pytest.mark.parametrize("typo,lemma", [
    ("mengetakan", "mengatakan"), ("mengtakan", "mengatakan"), ("mnegatakan", "mengatakan"),
    ("meneyesalkan", "menyesalkan"), ("menjelasan", "menjelaskan"), ("menunjukkann", "menunjukkan"),
    ("mengungkapakan", "mengungkapkan"), ("Menegasakan", "menegaskan"), ("menyangkan", "menyayangkan"),
    ("mengumkan", "mengumumkan"),
])
def test_typing_errors_are_read_as_the_cue(typo, lemma):
    c = _cue(typo)
    assert c is not None and c.fuzzy and c.lemma == lemma
    assert not _cue(lemma).fuzzy


@pytest.mark.parametrize("word", [
    # real words the pool shows, one typing error from a cue: the lookalike list
    "mematikan", "mengandaskan", "menayangkan", "menandakan", "menyarangkan", "menyalakan",
    # one letter for another that makes a root of its own: never a typing error
    "menyatukan", "menugaskan", "mengadakan", "menewaskan", "menyesatkan", "menyesakkan", "mengaburkan",
    "dinyalakan", "menetaskan", "mengebut",
    # short forms: their neighbours are words (bilang ~ hilang, kenang ~ menang)
    "hilang", "menang", "berkat",
    # one error from two different cues: which one is not known
    "mencatakan",
])
def test_real_words_one_error_from_a_cue_are_no_cue(word):
    assert _cue(word) is None


def test_the_lookalike_list_is_what_stops_a_real_word():
    """Without the list, "mengandaskan" (to defeat) would be "menandaskan" with a letter too many; the pool
    sentence then gives no record."""
    lex = load()
    assert "mengandaskan" in lex.words["cue_lookalikes"]
    assert FuzzyCues(lex).lookup("mengandaskan") is not None
    assert lex.fuzzy is None or lex.fuzzy.lookup("mengandaskan") is None
    text = ("Tim putri U-18 berhasil menjadi juara Asia usai mengandaskan tuan rumah Malaysia dengan skor 13-6 di "
            "final Kejuaraan U-18 3X3 Asia, Minggu (28/5).")
    assert not Pipeline().run(text).attributions


def test_one_typo():
    assert one_typo("menjelasan", "menjelaskan") and one_typo("menjelaskann", "menjelaskan")
    assert one_typo("mnejelaskan", "menjelaskan") and one_typo("menjelaskan"[::-1], "menjelaskan") is False
    assert one_typo("mengetakan", "mengatakan") and not one_typo("mengadakan", "mengatakan")
    assert not one_typo("mengatakan", "mengatakan") and not one_typo("mengtkan", "mengatakan")


def test_the_build_script_lists_words_of_several_articles(tmp_path):
    """scripts/build_cue_lookalikes.py on a small pool of its own: a word one error from a cue in three
    articles is a real word; a slip seen in one article is not listed."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_cue_lookalikes

    pool = tmp_path / "news-pool"
    pool.mkdir()
    docs = [f"Petugas mematikan aliran listrik nomor {i}. Sumanto mengetakan, pihaknya menyita rokok." for i in range(3)]
    docs[1] = docs[1].replace("mengetakan", "mengatakan")
    docs[2] = docs[2].replace("mengetakan", "mengatakan")
    pool.joinpath("indosum.jsonl").write_text(
        "".join(json.dumps({"doc_id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(docs)), encoding="utf-8")
    out = tmp_path / "cue_lookalikes.tsv"
    assert build_cue_lookalikes.main(["--data", str(tmp_path), "--out", str(out)]) == 0
    listed = [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert listed == ["mematikan"]
