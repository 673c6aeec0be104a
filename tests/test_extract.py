"""The extractor's frames on real sentences from the seeds and the news development set."""

import pytest

from attribution import extract
from attribution.io import load_documents
from attribution.eval.metrics import score
from attribution.detect.quotes import find_quotes
from attribution.text import paragraphs, sentences

from conftest import GOLD, seed_text


def _find(doc, content_start: str):
    hits = [a for a in doc.attributions if a.content.text.startswith(content_start)]
    assert hits, f"no attribution starts with {content_start!r}: {[a.content.text[:40] for a in doc.attributions]}"
    return hits[0]


@pytest.fixture(scope="module")
def seed000():
    return extract(seed_text("000"), doc_id="seed-000")


def test_post_posed_name_and_outlet(seed000):
    a = _find(seed000, "Ini adalah masalah kedaulatan Irak. ")
    assert (a.type, a.cue.text, a.source.text, a.speaker, a.rule) == ("direct", "kata", "Blinken", "Blinken", "quote-post-cue")
    assert a.outlets == ["VOA"]
    assert a.content.text.endswith("aktivitas kekerasan,")
    assert seed000.text[a.content.start : a.content.end] == a.content.text


def test_clitic_cue_and_outlet_continuation(seed000):
    a = _find(seed000, "Kami memiliki tujuan")
    assert (a.cue.text, a.source.text, a.speaker) == ("tambah", "nya", "Blinken")
    assert a.outlets == ["VOA"]  # the very next sentence, same speaker, by -nya: inherits the outlet


def test_pre_posed_quote(seed000):
    a = _find(seed000, "Al-Sudani bekerja")
    assert (a.type, a.cue.text, a.source.text, a.rule) == ("direct", "mengatakan", "Blinken", "quote-pre-cue")


def test_reported_verbs_with_pronoun_subject(seed000):
    a = _find(seed000, "Baghdad memenuhi komitmen")
    assert (a.type, a.cue.text, a.source.text, a.speaker) == ("indirect", "berharap", "Ia", "Blinken")
    b = _find(seed000, "dia dan Abbas sepakat")
    assert b.cue.text == "mengatakan" and b.source.text == "Blinken"


def test_noun_phrase_complement_is_not_a_statement(seed000):
    # "menegaskan kembali komitmen penuh pemerintah Irak …" and "membahas perlunya …" are not statements
    assert not any(a.cue and a.cue.text in {"menegaskan", "membahas"} for a in seed000.attributions)


def test_nested_menurut_and_inner_direct():
    doc = extract(seed_text("001"))
    outer = _find(doc, "delegasi mengatakan kepada pemerintah Baghdad")
    assert (outer.type, outer.cue.text, outer.source.text) == ("mixed", "Menurut", "sumber-sumber itu")
    inner = _find(doc, "karena ada keinginan")
    assert (inner.type, inner.cue.text, inner.source.text) == ("direct", "mengatakan", "delegasi")
    assert doc.meta.outlet == "LiputanIslam.com"


def test_description_resolves_to_fullest_description():
    doc = extract(seed_text("001"))
    a = _find(doc, "Mulai sekarang Washington")
    assert a.source.text == "sumber-sumber itu" and a.speaker == "sumber di Irak"


def test_title_split_into_role_and_outlet_kepada():
    doc = extract(seed_text("001"))
    a = _find(doc, "Al-Khadimi akan melakukan")
    assert a.speaker == "Hussein Allawi" and a.role == "Penasihat Perdana Menteri Irak"
    assert a.outlets == ["Rudaw"]


def test_headline_name_colon():
    doc = extract(seed_text("001"))
    a = _find(doc, "Perang Gerilya untuk Usir")
    assert (a.type, a.cue, a.speaker, a.rule) == ("indirect", None, "Atwan", "headline")


def test_glued_quotes_and_mixed_speech():
    doc = extract(seed_text("002"))
    a = _find(doc, "pesan tersebut akan “dipelajari")
    assert a.type == "mixed" and a.cue.text == "menambahkan"
    b = _find(doc, "Amerika Serikat akan mengadakan perundingan")
    assert (b.cue.text, b.rule) == ("kata", "reported-post-cue")  # "…, kata para pejabat kepada …" without marks
    assert doc.meta.outlet == "IslamTimes"


def test_description_with_demonstrative_and_dikutip():
    doc = extract(seed_text("004"))
    a = _find(doc, "Kami sekali lagi menyerukan")
    assert a.source.text == "juru bicara kedutaan" and a.outlets == ["Reuters"]
    assert doc.meta.outlet == "ERA.id"


def test_every_record_names_its_rule_and_confidence():
    for p in ("000", "001", "002", "003", "004"):
        for a in extract(seed_text(p)).attributions:
            assert a.rule and 0 < a.confidence <= 1


def test_interrupting_cue_keeps_whole_clause():
    text = "Sportivo, lanjutnya, merupakan tim yang paling siap musim ini."
    (a,) = extract(text).attributions
    assert a.content.text == "Sportivo, lanjutnya, merupakan tim yang paling siap musim ini"
    assert (a.cue.text, a.source.text) == ("lanjut", "nya")


def test_next_sentence_cue():
    text = "Pelaku sudah ditangkap di rumahnya pada Senin malam. Hal itu diungkapkan Jaksa Tegar Wibowo."
    (a,) = extract(text).attributions
    assert a.content.text == "Pelaku sudah ditangkap di rumahnya pada Senin malam"
    assert (a.cue.text, a.speaker, a.rule) == ("diungkapkan", "Tegar Wibowo", "reported-next-sentence")


def test_quotes_every_mark_style_and_paragraph_continuation():
    text = "«Satu dua tiga,» kata A.\n„Empat lima enam“ kata B.\n'Tujuh delapan,' kata C.\n“Paragraf pertama tanpa penutup\n“Paragraf kedua.” kata D."
    qs = find_quotes(text, paragraphs(text))
    assert [text[q.start:q.end] for q in qs] == ["Satu dua tiga,", "Empat lima enam", "Tujuh delapan,", "Paragraf pertama tanpa penutup", "Paragraf kedua."]
    assert qs[3].close_mark is None


def test_glued_sentences_split():
    text = "Baghdad mengutuk serangan di negara tersebutDalam pesan itu, AS setuju. Lalu CNN.Hussein datang."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["Baghdad mengutuk serangan di negara tersebut", "Dalam pesan itu, AS setuju.", "Lalu CNN.", "Hussein datang."]


# Regression floors on the development gold (fast mode), a little under the figures measured when they were
# set (seeds 0.947 / 0.855 / 0.919 / 0.870 / 1.000, news-dev 0.959 / 0.911 / 0.955 / 0.915 / 0.882, pool-dev
# 0.911 / 0.852 / 0.814 / 0.741 / 0.543): a real regression fails CI.  Raise them when the figures rise.
FLOORS = {
    #           partial F1, exact F1, speaker lenient, end-to-end F1, outlets F1
    "seeds": (0.94, 0.84, 0.90, 0.85, 0.95),
    "news-dev": (0.95, 0.90, 0.94, 0.90, 0.86),
    "pool-dev": (0.90, 0.84, 0.80, 0.73, 0.52),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_regression_floors_on_development_gold_fast_mode(name):
    gold, problems = load_documents(GOLD / f"{name}.jsonl")
    assert not problems
    pred = [extract(d.text, doc_id=d.doc_id) for d in gold]
    f = score(gold, pred).figures()
    got = (f["content"]["partial"]["f1"], f["content"]["exact"]["f1"], f["speaker"]["lenient"], f["attribution"]["f1"],
           f["outlets"]["f1"])
    assert all(g >= floor for g, floor in zip(got, FLOORS[name])), (name, [round(g, 3) for g in got], FLOORS[name])


# ---------------------------------------------------------------- frames on the news development texts
@pytest.fixture(scope="module")
def news():
    docs, _ = load_documents(GOLD / "news-dev.jsonl")
    return {d.doc_id: extract(d.text, doc_id=d.doc_id) for d in docs}


def test_menurut_without_comma_in_a_relative_clause(news):
    a = _find(news["suara_1483839914"], "dapat menimbulkan jerawat")
    assert (a.cue.text, a.source.text, a.speaker) == ("menurut", "Profesor Tierno", "Philip Tierno")


def test_front_menurut_after_a_connective(news):
    a = _find(news["suara_1483839914"], "handuk merupakan ' surga '")
    assert (a.cue.text, a.source.text) == ("menurut", "penelitian")


def test_outlet_relay_at_the_front_and_at_the_end(news):
    doc = news["kumparan_1503351900"]
    a = _find(doc, "maskapai Saudi Arabian Airlines telah mempersiapkan")
    assert (a.rule, a.speaker, a.outlets) == ("reported-relay", "Reuters", ["Reuters"])
    b = _find(doc, "Jemaah haji Qatar dari jalur darat")
    assert b.rule == "reported-relay" and b.cue.text == "dilaporkan"


def test_apposition_names_the_speaker(news):
    a = _find(news["antaranews_1510791158"], "")
    assert a.speaker == "Joni Martinus"


def test_passive_with_clitic_agent(news):
    a = _find(news["cnnindonesia_1495905300"], "Pemain disebutnya sudah bisa")
    assert (a.cue.text, a.source.text, a.speaker) == ("disebut", "nya", "Luis Milla")


def test_unknown_post_posed_verb_after_quotation(news):
    a = _find(news["merdeka_1484946031"], "Saya ingat betul")
    assert (a.cue.text, a.source.text, a.rule) == ("kenang", "Salim", "quote-post-cue")


def test_outlet_named_as_recipient(news):
    a = _find(news["merdeka_1484946031"], "Saya ingat betul")
    assert a.outlets == ["merdeka.com"]


def test_interrupted_quotation_shares_cue():
    text = "“Kami akan menunggu,” kata Emery. “Neymar bersama kelompok ini ketika kami siap untuk pertandingan.”"
    a, b = extract(text).attributions
    assert (b.rule, b.cue.start, b.source.text, b.speaker) == ("quote-interrupted", a.cue.start, "Emery", "Emery")


def test_negated_claim_is_not_an_attribution():
    text = "Ledakan itu tidak menimbulkan korban jiwa dan belum ada kelompok yang mengaku bertanggung jawab."
    assert extract(text).attributions == []


def test_pre_posed_cue_with_adjunct_before_the_quotation():
    (a,) = extract("Menteri Budi Santoso mengatakan kepada wartawan di Jakarta, “Kami akan menaikkan harga.”").attributions
    assert (a.rule, a.cue.text, a.speaker, a.role) == ("quote-pre-cue", "mengatakan", "Budi Santoso", "Menteri")


def test_interrupting_subject_and_verb_keep_the_whole_clause():
    text = "Bukan mustahil, ia melanjutkan, korban akan terus menjalankan aktivitas tersebut."
    (a,) = extract(text).attributions
    assert a.content.text == "Bukan mustahil, ia melanjutkan, korban akan terus menjalankan aktivitas tersebut"
    assert (a.cue.text, a.source.text) == ("melanjutkan", "ia")


def test_first_person_reports_inside_quotations():
    text = ("“Kemarin saya sudah bilang, segera bentuk tim restrukturisasi. Kami menegaskan bahwa kami siap,” "
            "kata Menteri Luhut Pandjaitan.")
    atts = extract(text).attributions
    inner = [a for a in atts if a.cue.text == "bilang"]
    assert inner and inner[0].content.text.startswith("segera bentuk tim") and inner[0].speaker == "Luhut Pandjaitan"
    assert not any(a.cue.text == "menegaskan" for a in atts)  # a present statement is the speaker's own voice


def test_directive_with_object_narrates_an_action():
    assert extract("Endang justru meminta Kamal memijat punggungnya.").attributions == []
    (a,) = extract("Polisi meminta warga agar tidak keluar rumah pada malam hari.").attributions
    # the project's convention (gold/README.md): with an object between cue and complementiser, the object stays
    assert a.content.text == "warga agar tidak keluar rumah pada malam hari" and a.cue.text == "meminta"


def test_nickname_through_an_epithet_resolves_to_the_full_name():
    text = ("Presiden Direktur Hutchison Tri Indonesia, Muhammad Buldansyah, berkunjung ke kantor redaksi, Jumat.\n\n"
            "Pria yang akrab disapa Dani ini mengatakan pasar data terus tumbuh.\n\n"
            "“Kami akan meluncurkan layanan 4G di lima kota,” ungkap Dani.")
    atts = extract(text).attributions
    assert [a.speaker for a in atts] == ["Muhammad Buldansyah", "Muhammad Buldansyah"]


def test_acronym_resolves_to_the_name_it_abbreviates():
    text = ("Amerika Serikat akan mengadakan perundingan dengan Irak. "
            "Meskipun AS sebelumnya menyatakan bahwa mereka hanya akan menarik pasukan setelah serangan berhenti.")
    (a,) = extract(text).attributions
    assert (a.source.text, a.speaker) == ("AS", "Amerika Serikat")


def test_informal_bilang_and_a_quotation_glued_to_the_previous_sentence():
    (a,) = extract("Presiden Prabowo Subianto bilang, dalam tiga tahun Indonesia akan memiliki mobil sendiri.").attributions
    assert (a.cue.text, a.speaker) == ("bilang", "Prabowo Subianto")
    text = 'Dia menjelaskan modus mereka."Tawaran mereka dilakukan seperti membujuk," kata Kapolda Budi Santoso.'
    quotes = [a for a in extract(text).attributions if a.type == "direct"]
    assert [q.content.text for q in quotes] == ["Tawaran mereka dilakukan seperti membujuk,"]


def test_clitic_takes_up_a_titled_subject_of_the_opening_sentence(news):
    # "Pelatih Persebaya Iwan Setiawan mengevaluasi …" then "“Saya akui itu …,” ujarnya": no earlier speaker,
    # the titled subject is the antecedent (not the last name before the cue, "Madiun Putra FC")
    a = _find(news["rimanews_1492839904"], "Saya akui itu")
    assert (a.source.text, a.speaker) == ("nya", "Iwan Setiawan")


def test_subject_with_a_demonstrative_is_no_name(news):
    # "Tari ini, lebih lanjut ia mengatakan adalah …": "ia" is the speaker quoted before, not "Tari"
    a = _find(news["antaranews_1480128647"], "adalah produk sebuah bangsa")
    assert (a.source.text, a.speaker) == ("ia", "Hartati")


def test_cue_phrase_opening_the_clause_after_a_connective_is_not_content(news):
    # "Namun, ia mengungkapkan, komunikasi yang cukup intens juga terjadi …": nothing is interrupted
    a = _find(news["goal_1511290800"], "komunikasi yang cukup intens")
    assert a.content.text.startswith("komunikasi yang cukup intens") and a.cue.text == "mengungkapkan"
    # "Justru, tambahnya, desainer luar negeri …"
    b = _find(news["suara_1475330449"], "desainer luar negeri yang membidangi")
    assert b.content.text.startswith("desainer luar negeri") and (b.cue.text, b.source.text) == ("tambah", "nya")


def test_quoted_term_opening_a_reported_clause_keeps_it_indirect(news):
    # 'Hartati mengatakan "telisik" tari adalah platform untuk …': one reported clause, not a quotation "telisik"
    a = _find(news["antaranews_1480128647"], "\"telisik\" tari adalah platform")
    assert a.type == "indirect" and a.cue.text == "mengatakan"
    assert a.content.text.startswith('"telisik" tari adalah platform')
    assert not [r for r in news["antaranews_1480128647"].attributions if r.content.text == "telisik"]


def test_kata_x_inside_a_quotation_reports_another_speaker(news):
    # inside Salim's quotation: "Kata bapak, saya masih punya banyak saudara."
    a = _find(news["merdeka_1484946031"], "saya masih punya banyak saudara")
    assert (a.cue.text, a.source.text, a.type) == ("Kata", "bapak", "indirect")


def test_nickname_after_a_lower_case_epithet(news):
    # "… laki-laki yang sering dipanggil Kobi itu mengaku …" then "“Otak sapi,” kata Kobi"
    a = _find(news["antaranews_1480758355"], "Otak sapi")
    assert (a.source.text, a.speaker) == ("Kobi", "Takeru Kobayashi")


def test_acronym_closing_a_sentence_ends_it(news):
    # "… tidak mengambil alih wewenang KPK. “Semuanya dituangkan …”": KPK. is no abbreviation
    a = _find(news["poskotanews_1505187900"], "Kejaksaan Agung akan bekerja sesuai")
    assert a.content.text.endswith("tidak mengambil alih wewenang KPK")
    text = "Ia bekerja di PT. Maju Jaya sejak 2010. Kini ia memimpin DPR. Rapat digelar kemarin."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["Ia bekerja di PT. Maju Jaya sejak 2010.", "Kini ia memimpin DPR.", "Rapat digelar kemarin."]


def test_cue_in_a_fronted_subordinate_clause_reports_up_to_its_comma(news):
    # "Ketika dokter mengatakan ia sudah terbebas dari kanker, sang nonnie dan Scout pun berpose …"
    a = _find(news["kumparan_1496268000"], "ia sudah terbebas dari kanker")
    assert a.content.text == "ia sudah terbebas dari kanker" and a.cue.text == "mengatakan"


def test_clitic_passive_inside_a_menurut_statement_is_no_second_record(news):
    # "Menurut Iwan Setiawan, kondisi … maka dinilainya tak masalah.": one record, from menurut
    doc = news["rimanews_1492839904"]
    recs = [a for a in doc.attributions if "kondisi sejumlah pemainnya" in a.content.text]
    assert [(a.cue.text, a.content.text[:7]) for a in recs] == [("Menurut", "kondisi")]


def test_first_person_stance_inside_a_quotation_is_no_report(news):
    # "“Ini bagus untuk saya, tapi saya memang selalu merasa akan beradaptasi dengan cepat di sini …”"
    doc = news["poskotanews_1513763100"]
    assert not [a for a in doc.attributions if a.cue and a.cue.text == "merasa"]
