"""Each named rule on real text from the repository's own development gold (seeds, news-dev, pool-dev):
the record it makes, with its cue and speaker.  `python scripts/ablate_rules.py` removes one rule at a time
and checks that these tests then fail."""

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


@lru_cache(maxsize=None)
def _extract(name: str, doc_id: str):
    g = _gold(name)[doc_id]
    return Pipeline().run(g.text, doc_id=doc_id)


def _record(name: str, doc_id: str, starts: str):
    """The extracted record of ``doc_id`` whose content starts with ``starts``."""
    doc = _extract(name, doc_id)
    hits = [a for a in doc.attributions if a.content.text.startswith(starts)]
    assert hits, f"no record starting {starts!r} in {doc_id}: {[a.content.text[:40] for a in doc.attributions]}"
    return hits[0]


def _doc_id(name: str, prefix: str) -> str:
    (hit,) = [d for d in _gold(name) if d.startswith(prefix)]
    return hit


CASES = [
    # rule, gold file, doc id prefix, content start, cue, speaker (lenient part), outlets or None
    ("quote-post-cue", "seeds.jsonl", "000_", "Ini adalah masalah kedaulatan Irak", "kata", "Blinken", ["VOA"]),
    ("quote-pre-cue", "seeds.jsonl", "000_", "Al-Sudani bekerja dengan pasukan keamanannya", "mengatakan", "Blinken", None),
    ("quote-interrupted", "news-dev.jsonl", "goal_1502128200", "Tanpa Neymar, PSG adalah klub besar", "ucap", "Unai Emery", None),
    ("quote-post-verb", "pool-dev.jsonl", "indosum-1487264444", "Kita selalu bangun ya", "pesan", "Martin Chandrawinata", None),
    ("quote-continuation", "news-dev.jsonl", "poskotanews_1513763100", "Ketika saya akan ke sini", None, "Mohamed Salah", None),
    ("reported-verb", "seeds.jsonl", "000_", "PM Irak untuk meminta pertanggungjawaban", "mendesak", "Blinken", None),
    ("reported-menurut", "seeds.jsonl", "002_", "Dalam pesan yang disampaikan kepada Menteri Luar Negeri Irak", "menurut", "pejabat",
     ["Reuters", "CNN"]),
    ("reported-post-cue", "seeds.jsonl", "002_", "Amerika Serikat akan mengadakan perundingan", "kata", "pejabat", None),
    ("reported-relay", "news-dev.jsonl", "kumparan_1496268000", "Larson menjadi sorotan", "Dilansir", "people.com", ["people.com"]),
    ("reported-passive-clitic", "news-dev.jsonl", "cnnindonesia_1495905300", "Pemain disebutnya sudah bisa", "disebut", "Luis Milla", None),
    ("reported-next-sentence", "pool-dev.jsonl", "indosum-1502415988", "Julukan ini dilontarkan", "diungkapkan", "Mohammad Zen", None),
    ("headline", "seeds.jsonl", "001_", "Perang Gerilya untuk Usir Tentara AS Telah Dimulai", None, "Atwan", None),
]


@pytest.mark.parametrize("rule,name,prefix,starts,cue,speaker,outlets", CASES, ids=[c[0] for c in CASES])
def test_named_rule_on_real_text(rule, name, prefix, starts, cue, speaker, outlets):
    a = _record(name, _doc_id(name, prefix), starts)
    assert a.rule == rule
    assert (a.cue.text if a.cue else None) == cue
    assert speaker in (a.speaker or "")
    if outlets is not None:
        assert a.outlets == outlets
    # the gold agrees: a record with the same content start and a matching speaker
    g = [x for x in _gold(name)[_doc_id(name, prefix)].attributions if x.content.text.startswith(starts[:20])]
    assert g and speaker.split()[-1] in (g[0].speaker or "")


def test_interrupting_cue_phrase_inside_the_clause():
    """reported-interrupting-verb: "Untuk melindungi data, ia menjelaskan, perusahaan harus …" — the whole
    clause is the content, the cue phrase inside it, and "ia" is the speaker named before."""
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", "indosum-1476322224"), "Untuk melindungi data, ia menjelaskan")
    assert a.rule == "reported-post-cue" and a.cue.text == "menjelaskan" and a.source.text == "ia"
    assert a.speaker == "Seongsu Park"


def test_retype_makes_reported_speech_holding_a_quotation_mixed():
    """“Menurut sumber itu, delegasi mengatakan … bahwa “…”” (seed 001): the outer record holds the quotation."""
    a = _record("seeds.jsonl", _doc_id("seeds.jsonl", "001_"), "delegasi mengatakan kepada pemerintah Baghdad")
    assert a.rule == "reported-menurut" and a.type == "mixed"


def test_dedupe_leaves_one_record_per_statement():
    """No two records of a seed share a content span and a cue (each statement once)."""
    for doc_id in _gold("seeds.jsonl"):
        doc = _extract("seeds.jsonl", doc_id)
        keys = [(a.content.start, a.content.end) for a in doc.attributions]
        assert len(keys) == len(set(keys)), doc_id
        cues = [(a.cue.start, a.content.start) for a in doc.attributions if a.cue]
        assert len(cues) == len(set(cues)), doc_id


def test_given_spans_resolves_speakers_on_the_gold_spans():
    """The speaker step alone: the gold's own spans come back unchanged, speakers and outlets resolved."""
    from attribution.eval.metrics import score

    gold = list(_gold("seeds.jsonl").values())
    pipe = Pipeline()
    pred = [pipe.resolve_given(d) for d in gold]
    assert [[(a.content.start, a.content.end) for a in d.attributions] for d in pred] == \
           [sorted((a.content.start, a.content.end) for a in d.attributions) for d in gold]
    f = score(gold, pred).figures()
    assert f["content"]["exact"]["f1"] == 1.0 and f["cue"] == 1.0
    assert f["speaker"]["lenient"] >= 0.85 and f["outlets"]["f1"] >= 0.9


@pytest.mark.parametrize("prefix,starts,cue,speaker", [
    ("indosum-1507337987", "Ozil benar-benar cedera", "meragukan", "Keown"),  # doubt with a clause
    ("indosum-1492804856", "saat ini banyak perempuan Indonesia", "bangga", "Tina Toon"),  # pride with a clause
    ("indosum-1508350500", "striker andalannya, Alvaro Morata", "mengonfirmasi", "Antonio Conte"),
])
def test_cue_verbs_added_to_the_lexicon_report_a_clause(prefix, starts, cue, speaker):
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", prefix), starts)
    assert a.rule == "reported-verb" and a.cue.text == cue and speaker in a.speaker


def test_a_noun_phrase_after_a_continuation_verb_is_no_statement():
    """"… dan melanjutkan layanan penting di Gaza …" (seed 000) continues an action, reports nothing."""
    doc = _extract("seeds.jsonl", _doc_id("seeds.jsonl", "000_"))
    assert not any(a.cue is not None and a.cue.text == "melanjutkan" for a in doc.attributions)


def test_fronted_passive_cue_with_its_agent():
    """reported-passive-front: "Terkait persyaratan yang diberikan, diakui Gagan saat ini Stadium …"."""
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", "indosum-1479973258"), "Stadium memang belum")  # "saat ini" is the frame's (spec)
    assert a.rule == "reported-passive-front" and a.cue.text == "diakui" and a.source.text == "Gagan"
    assert a.speaker == "Gagan Rahmat"


@pytest.mark.parametrize("prefix,starts,source", [
    ("indosum-1494468469", "tindakan menghasut yang dituduhkan", "Fadli"),  # "Menurut Fadli tindakan …": the name
    ("indosum-1513327920", "kompetisi masih panjang", "pelatih asal Prancis ini"),  # up to the demonstrative
    ("indosum-1476482403", "hingga hari Rabu (12/10)", "nya"),  # "Menurutnya hingga …": the clause starts at once
])
def test_menurut_without_a_comma(prefix, starts, source):
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", prefix), starts)
    assert a.rule == "reported-menurut" and a.source.text == source


@pytest.mark.parametrize("prefix,starts,rule", [
    # "Permainan menekan … ini menurut Riedl terbukti efektif": menurut interrupts its clause
    ("indosum-1473307241", "Permainan menekan dengan tempo cepat", "reported-menurut"),
    # "SGMW Motor Indonesia, lanjutnya telah mengucurkan …": a clitic cue inside the clause, no comma after it
    ("indosum-1492926305", "SGMW Motor Indonesia, lanjutnya telah", "reported-post-cue"),
    ("indosum-1502818330", "Untuk sisanya, kata Ade akan dibahas", "reported-post-cue"),
    # "Ketua BPD AEKI Lampung, Juprius mengatakan, masalah …": the title before the comma is no content
    ("indosum-1504083385", "masalah-masalah klasik perkopian", "reported-verb"),
])
def test_clause_boundaries_around_an_interrupting_cue(prefix, starts, rule):
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", prefix), starts)
    assert a.rule == rule
    gold = [g for g in _gold("pool-dev.jsonl")[_doc_id("pool-dev.jsonl", prefix)].attributions
            if g.content.start == a.content.start]
    assert gold and gold[0].content.end == a.content.end  # the boundary the gold gives


@pytest.mark.parametrize("name,prefix,starts,gold_starts", [
    # "Khususnya terhadap pelaku MA, Bima mengatakan, polisi telah …": a fronted adjunct frames the speech
    ("pool-dev10.jsonl", "indosum-1518552000", "polisi telah menyiapkan dua pasal", True),
    ("pool-dev12.jsonl", "indosum-1503909305", "Golkar tetap pada kesepakatan", True),  # "Selain Pilkada dan Pileg, …"
    ("pool-dev.jsonl", "indosum-1487558721", "air mancur itu akan menjadi", True),  # "Dalam keterangan tertulisnya, …"
    ("pool-dev7.jsonl", "indosum-1503656658", "Gerindra bakal melawan", True),  # "Secara tegas, Muzani menuturkan, …"
    # the rest has no subject of its own: the fronted phrase is part of the statement
    ("pool-dev10.jsonl", "", "Terkait tindakan tegas kepolisian", False),
])
def test_a_fronted_adjunct_before_an_interrupting_subject_and_cue(name, prefix, starts, gold_starts):
    docs = _gold(name)
    doc_ids = [d for d in docs if d.startswith(prefix) and starts in docs[d].text]
    assert doc_ids, starts
    a = _record(name, doc_ids[0], starts)
    gold = [g for g in docs[doc_ids[0]].attributions if g.content.start == a.content.start]
    assert gold and gold[0].content.end == a.content.end
    assert a.cue.start < a.content.start if gold_starts else a.content.start < a.cue.start


@pytest.mark.parametrize("name,prefix,frame,starts,cue", [
    # "Ardhi menambahkan, kinerja wasit dirasanya kian tidak beres …": "dirasanya" is a word of the reported clause
    ("pool-dev11.jsonl", "indosum-1499380200", "Ardhi menambahkan,", "kinerja wasit dirasanya", "menambahkan"),
    # "Di sisi lain, jutawan asal Jordania itu juga menegaskan akan mendukung … seperti yang dikatakannya via Facebook"
    ("pool-dev.jsonl", "indosum-1497161700", "jutawan asal Jordania itu", "akan mendukung 1860 Muenchen", "menegaskan"),
])
def test_no_record_takes_another_records_speech_frame_for_content(name, prefix, frame, starts, cue):
    doc = _extract(name, _doc_id(name, prefix))
    assert not any(a.content.text.startswith(frame) for a in doc.attributions)
    assert _record(name, _doc_id(name, prefix), starts).cue.text == cue


def test_a_report_by_a_medium_of_the_lexicon_is_relayed_by_it():
    """"Menurut laporan TMZ, hubungan putrinya …": TMZ (outlets.tsv) is the source and the outlet."""
    a = _record("pool-dev.jsonl", _doc_id("pool-dev.jsonl", "indosum-1513904716"), "hubungan putrinya dengan Justin")
    assert a.speaker == "TMZ" and a.outlets == ["TMZ"]


@pytest.mark.parametrize("name,prefix,starts,cue", [
    # inside a quotation, a group or a person described by a noun reports another speech act
    ("pool-dev6.jsonl", "indosum-1501109100", "kita akan membuang banyak waktu", "mengatakan"),  # "Orang-orang sering …"
    ("pool-dev6.jsonl", "indosum-1502216400", "mereka tak ingin mengambil risiko", "berkata"),  # "dokter sudah berkata …"
])
def test_a_noun_phrase_inside_a_quotation_reports_another_speech_act(name, prefix, starts, cue):
    a = _record(name, _doc_id(name, prefix), starts)
    assert a.type == "indirect" and a.cue.text == cue


def test_an_abstract_noun_inside_a_quotation_reports_nothing():
    """"“… reaksi publik menegaskan bahwa …”": a thing heads the subject, not someone speaking."""
    out = Pipeline().run("“Kami datang ke sini dan reaksi publik menegaskan bahwa kami tetap bersama Irak,” kata Blinken.")
    assert [a.type for a in out.attributions] == ["direct"]


def test_a_first_person_telling_someone_inside_a_quotation_reports_that_speech_act():
    """pool-dev11: "“… Saya hanya mengatakan kepadanya bahwa itu akan aman …”" (Tarantino); a present appeal to the
    public ("“Kami mengimbau kepada masyarakat agar …”") is the speaker's own statement, no record of its own."""
    a = _record("pool-dev11.jsonl", _doc_id("pool-dev11.jsonl", "indosum-1518048000"), "itu akan aman")
    assert a.cue.text == "mengatakan" and a.speaker == "Quentin Tarantino"
    out = Pipeline().run("“Kami mengimbau kepada masyarakat agar tetap tenang dan tidak terprovokasi,” kata Kapolres.")
    assert [a.type for a in out.attributions] == ["direct"]


@pytest.mark.parametrize("sentence", [
    "Taeyeon mengungkapkan rasa bersalahnya lewat sebuah pernyataan di kolom komentar Instagram resmi miliknya.",
    "Acho menulis kekecewaannya di blog pribadinya terkait fasilitas yang disediakan pengembang apartemen.",
    "Trump menyampaikan pidato di Majelis Nasional Korea Selatan dan mendesakkan penanganan baru terhadap Korea Utara.",
    "Badan pengungsian PBB menyerukan penyelidikan terhadap insiden tragis ini.",
    # pool-dev13: names listed (np_heads.tsv: nama)
    "Surat dakwaan menyebutkan nama lengkap terdakwa, tempat tanggal lahir, agama, jenis kelamin, dan pekerjaan.",
])
def test_a_noun_phrase_of_feeling_speech_or_inquiry_after_a_cue_is_no_statement(sentence):
    """Development-gold sentences (np_heads.tsv: rasa, kekecewaannya, pidato, penyelidikan): the object is a thing
    shown or given, not a reported clause."""
    assert Pipeline().run(sentence).attributions == []


@pytest.mark.parametrize("sentence", [
    "Berdasarkan pantauan JUARA, Lindsay sudah bisa melompat saat latihan.",  # pool-dev7
    "Berdasarkan peringkat FIFA per 6 Juli, Puerto Rico saat ini berada di peringkat ke-134.",  # pool-dev4
])
def test_a_reporters_observation_or_a_ranking_after_berdasarkan_is_no_source(sentence):
    assert Pipeline().run(sentence).attributions == []


@pytest.mark.parametrize("sentence,content", [
    ("Selain tidak sesuai prosedur, Niko sempat mengaku kepada Pansus Angket KPK tidak diberi kesempatan untuk "
     "berkomunikasi.", "tidak diberi kesempatan untuk berkomunikasi"),  # pool-dev9
    ("Namun ia berjanji kepada Tony akan datang bila dibutuhkan.", "akan datang bila dibutuhkan"),  # the pool
])
def test_a_clause_after_a_named_addressee_without_a_comma(sentence, content):
    assert [a.content.text for a in Pipeline().run(sentence).attributions] == [content]


def test_a_time_adjunct_between_commas_before_the_predicate_keeps_the_clause():
    """pool-dev13: "Wiranto menyatakan kasus … yang ditolak masuk ke Amerika Serikat, beberapa waktu lalu, sudah
    selesai. Dia mengimbau …": the reported clause is found, and "Dia" is its speaker, not the subject inside it."""
    out = Pipeline().run("Menteri Koordinator bidang Politik, Hukum, dan Keamanan Wiranto menyatakan kasus Panglima TNI "
                         "Jenderal Gatot Nurmantyo yang ditolak masuk ke Amerika Serikat, beberapa waktu lalu, sudah "
                         "selesai. Dia mengimbau tidak ada lagi pihak-pihak melakukan provokasi atas kasus tersebut.")
    assert [a.speaker for a in out.attributions] == ["Wiranto", "Wiranto"]
    assert out.attributions[0].content.text.endswith("sudah selesai")


@pytest.mark.parametrize("sentence,content", [
    ("Menurut Vellen Roeslan, pemerhati sneaker di Indonesia, hal tersebut diperkuat dengan adanya kolaborasi.",
     "hal tersebut diperkuat dengan adanya kolaborasi"),  # pool-dev13
    ("Menurut Robert Peck, analis dari SunTrust Robinson Humphrey, para pemegang saham akan mendesak Twitter.",
     "para pemegang saham akan mendesak Twitter"),  # the pool
    # the role after the comma heads the clause's subject: it stays
    ("Menurut kabar itu, pelatih MU saat ini, Jose Mourinho, menjadikan Moura sebagai target.",
     "pelatih MU saat ini, Jose Mourinho, menjadikan Moura sebagai target"),
    ("Menurut Gede, dalam masa tugas 30 hari, tim mengumpulkan data dari 64 orang.",
     "dalam masa tugas 30 hari, tim mengumpulkan data dari 64 orang"),  # an adjunct, not a role
])
def test_a_role_in_apposition_after_menurut_and_its_source_is_no_content(sentence, content):
    assert [a.content.text for a in Pipeline().run(sentence).attributions] == [content]
