"""Outlets: relay phrases, lists, glued words, unknown outlets from context, datelines."""

import pytest

from attribution.lexicon import load
from attribution.outlets import dateline_outlet, outlets_in


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Ini masalah kedaulatan,” kata Blinken, dilansir dari VOA, Senin.", ["VOA"]),
        ("Pejabat itu, yang dikutip oleh Reuters dan CNN, membantahnya.", ["Reuters", "CNN"]),
        ("Hal itu disampaikan Budi kepada detikcom, Kamis (16/10/2025).", ["detikcom"]),
        ("Hal itu disampaikan Budi kepadadetikcom, Kamis.", ["detikcom"]),  # glued in the source text
        ("“Kami siap,” kata Anthony seperti dikutip JUARA dari Badminton Indonesia.", ["JUARA", "Badminton Indonesia"]),
        ("Menurut laporan Reuters, negosiasi bisa memakan waktu.", ["Reuters"]),
        ("Ia mengatakan hal itu dalam sebuah wawancara dengan Al Jazeera.", ["Al Jazeera"]),
        ("Media Inggris The Mirror melaporkan bahwa kesepakatan sudah dekat.", ["The Mirror"]),
        ("Jemaah sudah melintas, seperti yang dilaporkan televisi al - Arabiya.", ["al - Arabiya"]),
        ("Hal itu ia sampaikan saat ditemui merdeka.com di Yogyakarta.", ["merdeka.com"]),
        ("Keterangan itu disampaikan kepada wartawan di Jakarta.", []),  # unnamed media give nothing
    ],
)
def test_relayed_outlets(sentence, expected):
    assert outlets_in(sentence, 0, len(sentence), load()) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jakarta (ANTARA News) - Rapper Kanada Drake memenangi penghargaan.", "ANTARA News"),
        ("Baghdad, LiputanIslam.com –  Beberapa sumber di Irak mengabarkan.", "LiputanIslam.com"),
        ("ERA.id - Kedutaan Besar Amerika Serikat di Bagdad diserang.", "ERA.id"),
        ("Kedutaan Besar Amerika Serikat di Bagdad diserang pada Jumat pagi.", None),
    ],
)
def test_dateline_publisher(text, expected):
    assert dateline_outlet(text, load()) == expected


def test_visit_to_the_newsroom_names_the_recipient_outlet():
    # kapanlagi: "…,” jelasnya saat bertandang ke kantor KapanLagi.com®, Tebet, …"
    from attribution import extract

    text = "“Saya sama Lexa itu main musik juga di kafe,” jelasnya saat bertandang ke kantor KapanLagi.com®, Tebet, Jakarta Selatan."
    (a,) = extract(text).attributions
    assert a.outlets == ["KapanLagi.com"]
    # a visit to an office that is no outlet names none
    assert all(x.outlets == [] for x in extract("“Kami siap,” kata Budi saat berkunjung ke kantor Gubernur.").attributions)


@pytest.mark.parametrize("sentence,outlets", [
    # unknown media named after a relay word, told by their words (pool-dev text)
    ('"Saya tak mernah meragukan bahwa Cristiano Ronaldo adalah yang terbaik," ujar Zidane kepada Sky Sports.', ["Sky Sports"]),
    ('"Dani Alves adalah orang yang idiot," buka Maradona kepada TyC Sports.', ["TyC Sports"]),
    ('"Justin benar-benar memuji musik baru Zayn," ujar seorang sumber kepada The Sun.', ["The Sun"]),
    # a known outlet as written, with the edition after it; not a title after it
    ('"Saya mengalami waktu yang sulit," kata Neymar seperti dilansir Goal International.', ["Goal International"]),
    ("Kepada DailySocial General Manager PT Ku Ka Aku Suka Rilia Marina mengungkapkan, …", ["DailySocial"]),
])
def test_outlets_named_after_a_relay_word(sentence, outlets):
    assert outlets_in(sentence, 0, len(sentence), load()) == outlets
