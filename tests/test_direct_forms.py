"""Forms of direct speech found on unlabelled IndoSum pool articles (``scripts/unattributed_quotes.py``): each
test is a real pool sentence (not from the test split), with the record the extractor must make."""

import pytest

from attribution import extract
from attribution.detect.quotes import find_quotes
from attribution.text.segment import paragraphs
from attribution.pipeline import Pipeline


def _quotes(text):
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))]


def _one(text, starts):
    hits = [a for a in extract(text).attributions if a.content.text.startswith(starts)]
    assert hits, [a.content.text[:40] for a in extract(text).attributions]
    return hits[0]


def test_closer_glued_to_the_cue_after_it():
    # indosum-1497478500: the closing mark written against "kata", with a space before it
    text = ("Priyo mengatakan, tercatat sudah 19 napi yang kabur bisa ditangkap lagi. “Sejauh ini belum diketahui "
            "berapa napi yang melarikan diri saat kejadian itu, \"kata Priyo.")
    assert _quotes(text) == ["Sejauh ini belum diketahui berapa napi yang melarikan diri saat kejadian itu,"]
    a = _one(text, "Sejauh ini")
    assert (a.type, a.cue.text, a.speaker, a.rule) == ("direct", "kata", "Priyo", "quote-post-cue")


def test_closer_glued_to_the_cue_in_a_paragraph_without_opener():
    # indosum-1500436020: no opening mark at all, the only mark glued to "ujarnya"
    text = ("Jika ada pemilu... orang-orang timur laut akan tetap memilih Partai Puea Thai, meski tidak ada klan "
            "Shinawatra di partai itu, \"ujarnya kepada Reuters, Selasa (18/7).")
    assert _quotes(text) == ["Jika ada pemilu... orang-orang timur laut akan tetap memilih Partai Puea Thai, meski tidak ada "
                             "klan Shinawatra di partai itu,"]
    a = _one(text, "Jika ada pemilu")
    assert (a.cue.text, a.source.text) == ("ujar", "nya")


def test_an_opening_mark_with_a_lower_case_quotation_is_no_closer():
    # indosum-1500661260 (straight marks): "mencuit, "jika …"" opens a quotation, a later mark closes it
    text = ("Melalui Twitter, tokoh feminis Fatima al-Issa mencuit, \"jika dia adalah wanita dari Negara Barat, dia "
            "akan dipuji karena kakinya yang jenjang.\"")
    assert _quotes(text) == ["jika dia adalah wanita dari Negara Barat, dia akan dipuji karena kakinya yang jenjang."]


def test_paragraph_opened_by_a_closer_shaped_mark_and_a_space():
    # indosum-1491036901: ”<space>… ,” ucapnya
    text = ("Djanur optimistis kondisi Essien bisa terus meningkat.\n\n” Dia masih perlu adaptasi dan belum bugar. "
            "Namun, masih ada waktu dua minggu sebelum lawan Arema,” ucapnya.")
    a = _one(text, "Dia masih perlu")
    assert (a.type, a.cue.text, a.rule) == ("direct", "ucap", "quote-post-cue")


def test_a_title_in_spaced_single_marks_opening_a_paragraph_stays_a_title():
    # indosum-1498104660: ' Surat Kecil untuk Tuhan ' adalah film …
    text = ("Pemainnya juga keren-keren,\" tandasnya.\n\n' Surat Kecil untuk Tuhan ' adalah film adaptasi dari novel "
            "Agnes Davonar.")
    assert not [a for a in extract(text).attributions if a.content.text.startswith("Surat Kecil")]


def test_demikian_or_begitu_then_any_word_is_the_cue():
    # indosum-1517611500 and indosum-1495472400
    text = ("“Dengan gembira, kami mengumumkan Mesut Ozil telah menandatangani kontrak jangka panjang dengan kami,” "
            "demikian konfirmasi Arsenal di laman resmi klub.")
    a = _one(text, "Dengan gembira")
    assert (a.cue.text, a.speaker, a.rule) == ("konfirmasi", "Arsenal", "quote-post-demikian")
    text = ("“Valentino Rossi mungkin udah ga fokus setelah timnya kasih tau kalo Raisa mau dilamar Hamish Daud,” "
            "begitu cuitan pemilik akun @rick_aribowo.")
    assert _one(text, "Valentino Rossi").cue.text == "cuitan"


def test_demikian_then_a_name_or_a_pronoun_and_the_verb():
    # pool-dev23 and pool-dev8 have the inverted forms after "demikian" (written here): the name or the pronoun is the
    # source, the verb after it the cue, and a phrase of place with no predicate after the verb reports nothing
    text = "“Saya bersama kalian semua,” demikian Anggun mengatakan dalam keterangan fotonya."
    assert [(a.type, a.cue.text, a.source.text, a.speaker) for a in extract(text).attributions] == [
        ("direct", "mengatakan", "Anggun", "Anggun")]
    text = "Penulis Tere Liye mengumumkan keputusannya.\n\n“Kami siap berhenti,” demikian ia menambahkan."
    assert [(a.cue.text, a.source.text, a.speaker) for a in extract(text).attributions][-1] == (
        "menambahkan", "ia", "Tere Liye")


def test_quotation_sentence_after_a_statement_in_its_paragraph_continues_it():
    # indosum-1512552383: a sentence in marks after reported speech, no cue of its own
    text = ("Namun Direktur Olahraga Inter Milan, Piero Ausilio, menegaskan tak ada pendekatan apapun kepada pemain "
            "andalannya itu. “Kami tak perlu meyakinkannya untuk bertahan di Inter, dia punya kontrak jangka panjang.”")
    a = _one(text, "Kami tak perlu")
    assert (a.type, a.cue, a.rule, a.speaker) == ("direct", None, "quote-continuation", "Piero Ausilio")


def test_quotation_paragraph_with_no_statement_near_is_the_narrations_persons():
    # indosum-1494219210: the paragraph before only narrates about Zidane
    text = ("Namun Zidane tak mau Real Madrid besar kepala di pengujung musim ini.\n\n“Apakah kami bisa mengawinkan "
            "gelar La Liga dan Liga Champions untuk kali pertama sejak 1958? Saya tak mau memimpikan hal tersebut.”")
    a = _one(text, "Apakah kami")
    assert (a.type, a.cue, a.rule) == ("direct", None, "quote-standalone")
    assert "Zidane" in a.speaker


def test_titles_and_numbered_items_in_marks_are_no_standalone_speech():
    text = ("Film \"Marlina Si Pembunuh Dalam Empat Babak\" mengikuti beberapa festival.\n\n"
            "Berikut kalimat yang ingin Anda ucapkan kepada ibu.\n\n5. “Ibu aku selalu memaafkanmu setiap hari”\n\n"
            "Penonton lalu bubar. “Marlina Si Pembunuh Dalam Empat Babak”")
    assert extract(text).attributions == []


def test_frame_closing_the_paragraph_before_with_a_colon():
    # indosum-1515826505
    text = ("Chief Marketing Officer XDana Anita Abdulkadir kepada DailySocial menjelaskan:\n\n“XDana sebagai "
            "perusahaan yang memasarkan reksa dana menggunakan pendekatan Perencanaan Keuangan kepada investor.”")
    a = _one(text, "XDana sebagai")
    assert (a.cue.text, a.source.text, a.rule) == ("menjelaskan", "Chief Marketing Officer XDana Anita Abdulkadir",
                                                   "quote-colon-paragraph")


def test_a_verb_the_lexicon_lacks_before_the_comma_opening_a_quotation():
    # indosum-1511299800 and indosum-1516301551: berkomentar (now in cues.tsv, so the cue rule takes it), berkicau di
    # Twitter (a verb the lexicon lacks)
    text = ("Tentang pendanaan ini, Managing Partner East Ventures Willson Cuaca berkomentar, “Mereka telah membangun "
            "fundamental bisnis yang kuat dengan pertumbuhan pendapatan yang signifikan.”")
    a = _one(text, "Mereka telah")
    assert (a.cue.text, a.rule) == ("berkomentar", "quote-pre-cue")
    assert "Willson Cuaca" in a.speaker
    text = ("Aktifnya akun Instagram mereka disadari oleh bintang televisi Ashley Iaconetti. Ia kemudian berkicau di "
            "Twitter, “Menginterupsi Bachelor episode ini untuk mengatakan kabar baik.”")
    assert _one(text, "Menginterupsi").cue.text == "berkicau"


def test_no_quotation_frame_from_a_preposition_or_a_passive_or_before_a_title():
    # indosum-1510302741, indosum-1508106561
    text = ("Pelaksana pencegahan diatur di Pasal 226, yakni menteri melaksanakan pencegahan berdasarkan, “perintah "
            "Ketua KPK sesuai ketentuan yang berlaku.”\n\nDisutradarai oleh Mouly Surya, ' Marlina Si Pembunuh dalam "
            "Empat Babak ' mengambil latar di Sumba.")
    assert not [a for a in extract(text).attributions if a.rule == "quote-pre-verb"]


def test_inverted_cue_after_a_pronoun():
    # indosum-1511244900: “…,” ia mengungkapkan.
    text = ("“Selama ini saya berusaha mengelak dari penyakit ini, tapi sebagian dari diri saya tahu itu akan datang,” "
            "ia mengungkapkan.")
    a = _one(text, "Selama ini")
    assert (a.cue.text, a.source.text, a.rule) == ("mengungkapkan", "ia", "quote-post-cue")


def test_quotation_interrupted_by_its_cue_and_a_comma():
    # indosum-1479119427: “Jadi,” kata Dibben, “kegiatan …”
    text = "“Jadi,” kata Dibben, “kegiatan kaum muda macam Pramuka terbukti sangat masuk akal.”"
    a = _one(text, "kegiatan kaum muda")
    assert (a.cue.text, a.speaker, a.rule) == ("kata", "Dibben", "quote-interrupted")
    # antaranews_1479863406 (news-dev): a title after the comma is no second part
    text = ("“Saya ingin mengirim pesan,” kata Rihanna dalam lagunya, “Bang Bang”, yang liriknya dimodifikasi.")
    assert not [a for a in extract(text).attributions if a.content.text.startswith("Bang Bang")]


@pytest.mark.parametrize("text,cue,content", [
    # pool-dev, pool-dev3 and the pool: inside a quotation, a speech verb and another speech act in single marks
    ("“Kemudian Pak Bagus bilang ' Ada anaknya jin, semua proyek sudah ada pemiliknya ',” kata Zen.", "bilang",
     "Ada anaknya jin, semua proyek sudah ada pemiliknya"),
    ("\"Kami enggak ada yang janjian. Dia bilang, ' Alhamdulillah ketemu Mama ya di sini '. Dia langsung dari "
     "Bandung,\" kata Sri.", "bilang", "Alhamdulillah ketemu Mama ya di sini"),
    ("\"Dirkrimum (Iriawan) bilang ke istri saya, ' kamu bilang saja ke suami kamu, semuanya akan dibantu ',\" "
     "ujar Nurlaila.", "bilang", "kamu bilang saja ke suami kamu, semuanya akan dibantu"),
    ("\"Malah kalau saya enggak ada, mereka telepon dan tanya, ' Irfan sakit? '\" ujarnya.", "tanya", "Irfan sakit?"),
])
def test_a_quotation_inside_a_quotation(text, cue, content):
    hits = [a for a in Pipeline().run(text).attributions if a.rule == "quote-nested"]
    assert [(a.cue.text, a.content.text, a.type) for a in hits] == [(cue, content, "direct")]


@pytest.mark.parametrize("text", [
    # a term, a title or a comparison in single marks is no speech act
    "\"Baik Presiden Perancis dan Menteri Luar Negeri Bangladesh menyebut krisis ini sebagai ' genosida ',\" katanya.",
    "\"Setiap kali aku ngerasa down, aku pasti dengerinnya ' Winter Song ',\" ujar Isyana.",
    "“Saya benar-benar bisa bangun di satu hari dan merasa seperti ‘Malibu, ini rumah saya’,” katanya.",
    "\"Kalau AS akhirnya mendorong ' resolusi ' itu, kami akan menolak,\" katanya.",
])
def test_single_marks_inside_a_quotation_that_report_nothing(text):
    assert not [a for a in Pipeline().run(text).attributions if a.rule == "quote-nested"]
