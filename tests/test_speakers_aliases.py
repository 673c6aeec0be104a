"""Short forms and nicknames resolved to the full name the document gives (real text from pool-dev gold)."""

import pytest

from attribution.pipeline import Pipeline
from attribution.speakers.names import _is_short_form

from conftest import gold_doc, pool_dev, pool_dev_speakers_where


def _speakers_of(prefix: str, source: str) -> set:
    (doc,) = [d for i, d in pool_dev().items() if i.startswith(prefix)]
    out = Pipeline().run(doc.text, doc_id=doc.doc_id)
    return {a.speaker for a in out.attributions if a.source is not None and a.source.text == source}


@pytest.mark.parametrize("prefix,source,speaker", [
    ("indosum-1501013700", "Jokowi", "Joko Widodo"),  # a blend of the name's syllables
    ("indosum-1508377500", "Sandi", "Sandiaga Uno"),  # a shortened first name
    ("indosum-1512076860", "Taeyeon", "Kim Tae Yeon"),  # the given name written as one word
    ("indosum-1499498100", "Soleh", "Solehudin"),  # a one-word name shortened
])
def test_short_form_resolves_to_the_full_name_in_the_document(prefix, source, speaker):
    assert _speakers_of(prefix, source) == {speaker}


@pytest.mark.parametrize("word,full,expected", [
    ("Jokowi", "Joko Widodo", True), ("Sandi", "Sandiaga Uno", True), ("Mely", "Melly Goeslaw", True),
    ("Maggie", "Meggie Hadiyanto", True),
    ("Yursi", "Yusri Yunus", True), ("Wancyzk", "Mavis Wanczyk", True),  # two neighbouring letters swapped
    ("Yirsu", "Yusri Yunus", False),  # letters moved further are no slip
    ("Sam", "Sam Lowes", False),  # too short to be a shortened name; a word of the name is found directly
    ("Lowes", "Alex Lowes", False),  # a surname is a word of the name, not a short form
    ("Widodo", "Joko Widodo", False),
    ("Jakarta", "Joko Karta", False),
])
def test_what_counts_as_a_short_form(word, full, expected):
    assert _is_short_form(word, full.split()) is expected


def test_second_office_after_a_post_posed_cue_names_the_person():
    """“…,” kata Ketua Panitia penyelenggara yang juga Kepala Dinas Pemuda dan Olahraga Padang Suardi, …"""
    assert _speakers_of("indosum-1476482403", "Kepala Dinas Pemuda dan Olahraga Padang Suardi") == {"Suardi"}


def test_a_place_subject_does_not_take_the_clitic_from_the_speaker():
    """"Negara lain seperti Singapura dan Italia juga mulai menunjukkan …" between two of Suardi's quotations:
    the next “…,” tambahnya is still Suardi's, not a country's."""
    assert pool_dev_speakers_where("indosum-1476482403", "Kedatangan peserta asing ini") == {"Suardi"}


@pytest.mark.parametrize("prefix,starts,speaker", [
    # a short form of a cabinet title finds the holder named with the full title
    ("indosum-1513757214", "Proyeksi sebelumnya itu hanya perkiraan", "Imam Nahrawi"),
    # an abbreviated title with its full stop: "kata Presiden KPI Capt. Hasudungan Tambunan", "ujar Mr. Liu Qihu"
    ("indosum-1493127906", "Juklak dan juknis ini sangat diperlukan", "Hasudungan Tambunan"),
    ("indosum-1513920600", "Program Beasiswa CHEC", "Liu Qihu"),
    # an apposition ended by a verb: "Kata Kepala BPBD Manado, Max Tatahede didampingi petugas …"
    ("indosum-1518125408", "Warga yang terdampak banjir", "Max Tatahede"),
    # an apposition holding a list of places: "Manajer Negara Airbnb Asia Tenggara, Hong Kong & Taiwan, Robin Kwok"
    ("indosum-1506754744", "Ini merupakan salah satu bentuk empati", "Robin Kwok"),
])
def test_titles_and_appositions_around_the_name(prefix, starts, speaker):
    assert pool_dev_speakers_where(prefix, starts) == {speaker}


@pytest.mark.parametrize("prefix,starts,speaker", [
    # "Debby Chynthia Dewi selaku Ketua Dewan Pembina Parfi 56 mengatakan": the person, not the office
    ("indosum-1477641648", "ini merupakan langkah penting", "Debby Chynthia Dewi"),
    # "… Mike Nichols yang juga mengungkapkan bahwa …": the head of the relative clause speaks
    ("indosum-1476732601", "Xbox One merupakan konsol terlaris bulan lalu", "Mike Nichols"),
    # "Sang gubernur berpendapat": the governor named before
    ("indosum-1503340800", "ajang olahraga balap", "Alex Noerdin"),
    # "Bahkan Akbar pun berharap": neither the connective nor the particle is part of the name
    ("indosum-1500919680", "kembali memenangkan pemilu", "Akbar Tanjung"),
    # "Ia menilai …" after "Tim Arema FC …": "ia" stands for a person, the coach quoted before
    ("indosum-1492139713", "pertandingan perdana dalam kompetisi resmi", "Aji Santoso"),
])
def test_mention_boundaries_and_typed_antecedents(prefix, starts, speaker):
    assert pool_dev_speakers_where(prefix, starts) == {speaker}


def test_the_entity_model_cuts_an_organisation_off_a_person_name():
    """Default mode (with the bundled NER): "Liverpool Mohamed Salah" is Mohamed Salah of Liverpool; without
    the model too, for news writes "Liverpool" as a club or a city (name_types.tsv) and "Mohamed Salah" as
    neither."""
    from attribution.nlp.ner import NerTagger

    doc = gold_doc("news-dev", "poskotanews_1513763100")
    with_model = {a.speaker for a in Pipeline(ner=NerTagger.load()).run(doc.text, doc.doc_id).attributions}
    without = {a.speaker for a in Pipeline().run(doc.text, doc.doc_id).attributions}
    assert "Mohamed Salah" in with_model and "Liverpool Mohamed Salah" not in with_model
    assert "Mohamed Salah" in without and "Liverpool Mohamed Salah" not in without


def _given(name: str, prefix: str, starts: str) -> str | None:
    """The speaker the speaker step gives the gold record of ``name``'s document ``prefix…`` whose content
    starts with ``starts`` (the gold's own spans)."""
    (a,) = [a for a in Pipeline().resolve_given(gold_doc(name, prefix)).attributions if a.content.text.startswith(starts)]
    return a.speaker


@pytest.mark.parametrize("name,prefix,starts,speaker", [
    # "bos Real Madrid Zinedine Zidane": a club news writes as an organisation, then a person's full name
    ("news-dev.jsonl", "poskotanews_1513763100", "mengidolakan Salah", "Zinedine Zidane"),
    # "Profesor psikologi McGill University Jens Pruessner": a university's name, then the professor's
    ("pool-dev.jsonl", "indosum-1484060457", "senyawa kimia yang berhubungan", "Jens Pruessner"),
    # "Direktur Utama Telkom Alex J. Sinaga" … "kata Alex": an initial with its full stop inside the name
    ("pool-dev.jsonl", "indosum-1492563317", "Dengan menambah satelit", "Alex J. Sinaga"),
    # "Konsul Jenderal RI Jeddah M. Hery Saripudin": an initial opening the name
    ("pool-dev3.jsonl", "indosum-1491093038", "RI diberi peluang", "M. Hery Saripudin"),
    # "… (TNGR) R Agus Budi Santosa" … "kata Budi": a later short name from the middle of the name does not
    # cut the initial and the first name off
    ("pool-dev3.jsonl", "indosum-1503603480", "peristiwa kebakaran pertama", "R Agus Budi Santosa"),
    # "Juru bicara PMF, Ahmed al - Asadi": "al-" as tokenised text writes it
    ("pool-dev3.jsonl", "indosum-1510280861", "pasukannya menerobos perbatasan", "Ahmed al - Asadi"),
])
def test_name_boundaries_from_usual_types_and_initials(name, prefix, starts, speaker):
    assert _given(name, prefix, starts) == speaker


def test_an_organisation_before_a_name_is_cut_only_when_it_is_one():
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex, _named_after_org

    # a club and a city, then the person; a common word can open no person's name ("Bank Dunia Rodrigo …")
    assert _named_after_org("Real Madrid Zinedine Zidane".split()) == "Zinedine Zidane"
    assert _named_after_org("Perwakilan Bank Dunia Rodrigo Chaves".split()) is None
    # an organisation's own name and a person's name are left whole
    for whole in ("Universitas Gadjah Mada", "Komisi Pemberantasan Korupsi", "Sri Mulyani Indrawati", "Joko Widodo"):
        assert _named_after_org(whole.split()) is None
    # a capital and a full stop that end a sentence before a common word are no initial of a name
    # (pool text)
    index = NameIndex.build("Pembaharuan ini belum akan tersedia untuk mobil baru Model X. Pihak Tesla mengaku masih perlu "
                            "melakukan kalibrasi sejumlah sistem.", load())
    names = [n for _, n in index.names]
    assert "Model X" in names and "Tesla" in names and not any("Pihak" in n for n in names)


def test_a_title_and_an_organisation_before_one_name():
    from attribution.detect.sources import split_role
    from attribution.lexicon import load

    lex = load()
    assert split_role("Bupati Lamongan Fadeli", lex) == ("Bupati Lamongan", "Fadeli")
    # a club that news writes as an organisation, between the title and a one-word name
    assert split_role("Kapten Liverpool Henderson", lex) == ("Kapten Liverpool", "Henderson")
    # the last word of a title of two or three words, and a police rank's "Pol", are no part of the name (pool text)
    assert split_role("Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya Widodo", lex)[1] == "Widodo"
    assert split_role("Kabid Humas Polda Jatim Kombes Pol Frans Barung Mangera", lex)[1] == "Frans Barung Mangera"
    assert split_role("Presiden Joko Widodo", lex) == ("Presiden", "Joko Widodo")
    # a word news writes in lower case after the organisation is the organisation's, no name (pool-dev19)
    assert split_role("Direktur Bank Dunia", lex) == ("Direktur", "Bank Dunia")
    assert split_role("Mantan Direktur Pelaksana Bank Dunia", lex) == ("Mantan Direktur Pelaksana", "Bank Dunia")


@pytest.mark.parametrize("phrase,name", [
    # an organisation's name goes on after its head in words news writes in lower case ("Dalam Negeri", "Luar
    # Negeri", "Intelijen Negara"), up to a usual person's name (pool-dev12; pool text)
    ("Pelaksana Tugas Dirjen Bina Keuangan Daerah Kementerian Dalam Negeri Syarifuddin", "Syarifuddin"),
    ("Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri Jose Tavares", "Jose Tavares"),
    ("Juru bicara Kementerian Luar Negeri Arrmanatha Nasir", "Arrmanatha Nasir"),
    # no person's name after it: the organisation stays whole
    ("pernyataan Kementerian Keuangan AS", "Kementerian Keuangan AS"),
])
def test_an_organisation_written_in_lower_case_words_between_a_title_and_a_name(phrase, name):
    from attribution.detect.sources import split_role
    from attribution.lexicon import load

    assert split_role(phrase, load())[1] == name


def test_an_office_after_a_title_is_cut_from_the_name_of_its_holder():
    out = Pipeline().run("Kepala Badan Intelijen Negara Budi Gunawan mengatakan situasi di perbatasan sudah aman.")
    assert [a.speaker for a in out.attributions] == ["Budi Gunawan"]


@pytest.mark.parametrize("name,prefix,starts,speaker", [
    # "yel-yel ‘Prabowo Presiden’ …": words in marks are a chant, not a longer name of Prabowo Subianto
    ("pool-dev4.jsonl", "indosum-1515382218", "Edy layak didukung", "Prabowo Subianto"),
    # a word of a headline in capitals ("… MENJADI …") is no name for "pria asal Purworejo" to take
    ("pool-dev4.jsonl", "indosum-1480980635", "Saya mendapat perintah", "Tutut"),
    # "Menurut Nita, demikian dia kerap disapa, …": a nickname glossed after it, of the person named before
    ("pool-dev4.jsonl", "indosum-1512613785", "timnya tidak mau", "Ernita Pongki"),
])
def test_chants_headlines_and_glossed_nicknames(name, prefix, starts, speaker):
    assert _given(name, prefix, starts) == speaker


def test_a_titled_one_word_name_is_a_person_unless_news_writes_it_as_a_club():
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex

    # pool-dev4: "Hal ini dilakoni oleh Aiptu Tutut, SH, …" — "pria asal Purworejo" is Tutut
    index = NameIndex.build("Hal ini dilakoni oleh Aiptu Tutut, SH, salah satu anggota Timsus. Dalam penyamaran "
                            "inilah dia bisa mengungkap kasus itu.", load())
    assert index.last_before(90) == "Tutut"
    # pool text: "Striker Everton tersebut ditangkap …" — the club is no person
    index = NameIndex.build("Nasib apes menimpa Wayne Rooney. Striker Everton tersebut ditangkap kepolisian.", load())
    assert index.last_before(80) == "Wayne Rooney"


def test_a_spaced_hyphen_is_no_reduplication():
    # pool-dev4: "Humas PT Jasa Marga cabang Jakarta - Cikampek, Handoyono" is one person, so "Dia mengatakan"
    # in the next paragraph is Handoyono, not a name inside his quotation ("Kereta Cepat")
    assert _given("pool-dev4.jsonl", "indosum-1513755788", "penghentian pengerjaan tiga proyek") == "Handoyono"


def test_a_name_of_common_words_is_no_person():
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex

    # pool-dev4 / pool text: capitalised common nouns ("Kereta Cepat", "Tata Negara") are no one to fall back on
    index = NameIndex.build("Proyek LRT, Kereta Cepat dan jalan tol layang dihentikan.", load())
    assert not index.personal("Kereta Cepat") and index.personal("Joko Widodo")


def test_an_organisation_head_of_a_derived_shape_stays_in_the_name():
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex

    # pool text: "Kementerian", "Persatuan" look like derived common nouns (ke-…-an, per-…-an) but head a name
    index = NameIndex.build("Hal itu disampaikan Kementerian Luar Negeri Israel. Persatuan Sepakbola Seluruh Indonesia "
                            "juga menyatakan hal serupa.", load())
    names = [n for _, n in index.names]
    assert "Kementerian Luar Negeri Israel" in names and "Persatuan Sepakbola Seluruh Indonesia" in names


def test_the_party_of_a_named_organisation_is_the_organisation():
    # pool-dev: "Pihak Microsoft sendiri menyebutkan …" is Microsoft; "pihak kepolisian" stays a description
    assert [a.speaker for a in Pipeline().run(
        "Pihak Microsoft sendiri menyebutkan rencana peluncuran mobile PC ditujukan untuk mengembangkan "
        "ekosistem Windows.").attributions] == ["Microsoft"]
    assert [a.speaker for a in Pipeline().run(
        "Sementara itu, pihak kepolisian mengatakan bahwa kasus tersebut masih diselidiki.").attributions] == [
        "pihak kepolisian"]


@pytest.mark.parametrize("text,speaker", [
    # sentences of our own in the pool's shape ("Gus Syaf sapaan akrab Syafi'in-mengambil formulir …"): the
    # nickname first, then "sapaan/panggilan akrab" and the name; a common word glued on by a hyphen is no part of it
    ("Kombes Pol Saifullah Yusuf datang ke kantor partai, Jumat (18/8). Gus Ipul sapaan akrab Saifullah-mengambil "
     "formulir di partai ini pekan lalu. \"Saya siap maju,\" kata Gus Ipul.", "Saifullah Yusuf"),
    ("Bamsoet, panggilan akrab Bambang Soesatyo, datang ke Senayan. \"Kami siap,\" kata Bamsoet.", "Bambang Soesatyo"),
])
def test_a_nickname_written_before_the_name_it_stands_for(text, speaker):
    assert [a.speaker for a in Pipeline().run(text).attributions] == [speaker]


def test_a_hyphen_cuts_a_name_only_before_a_common_word():
    from attribution.speakers.names import _cap_runs
    assert [r for _o, r in _cap_runs("kata Perdana Menteri Prayuth Chan-ocha kemarin")] == ["Perdana Menteri Prayuth Chan-ocha"]
    assert [r for _o, r in _cap_runs("Gus Syaf sapaan akrab Syafi'in-mengambil formulir")] == ["Gus Syaf", "Syafi'in"]
    assert [r for _o, r in _cap_runs("Wakil Ketua Komisi Perundang-undangan MUI Ikhsan Abdullah menyatakan")][-1] == \
        "MUI Ikhsan Abdullah"


def test_a_spelling_variant_of_the_name_after_an_initial():
    # dev text: "Kepala … Kementerian Kelautan dan Perikanan, M Zulfichar Mochtar …", later "kata Zulficar"
    text = ("Kepala Badan Riset Kementerian Kelautan, M Zulfichar Mochtar meninjau pantai itu. \"Bangkai ini jangan "
            "disentuh,\" kata Zulficar.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["M Zulfichar Mochtar"]


def test_an_epithet_takes_the_person_an_earlier_epithet_stood_for():
    # pool-dev4's pattern, our own sentences: "Mantan Kasad itu …" then "Mantan Pangkostrad ini mengaku …" (same
    # head "mantan"), after a medium quoted first ("pemberitaan Media Australia" is no person)
    text = ("Panglima TNI Jenderal Gatot Nurmantyo enggan mengomentari pemberitaan Media Australia yang menyebut dirinya "
            "berambisi menjadi presiden. Mantan Kasad itu ditengarai tengah bersiap maju.\n\n"
            "Mantan Pangkostrad ini mengaku dirinya tak terganggu dengan pemberitaan tersebut.")
    out = Pipeline().run(text)
    (a,) = [a for a in out.attributions if a.source is not None and a.source.text == "Mantan Pangkostrad ini"]
    assert a.speaker == "Gatot Nurmantyo"


@pytest.mark.parametrize("text,speaker", [
    # a religious form of address is a title, not part of the name (pool-dev8's pattern, our own sentence)
    ("Sebelumnya, Romo Albertus Hani Rudi Hartoko mengatakan jemaat perlu menghargai kebhinekaan. Albertus "
     "menambahkan jemaat tidak perlu merasa terancam.", "Albertus Hani Rudi Hartoko"),
    # the place after the subject's comma is where it is, not who speaks
    ("Jakarta (ANTARA News) - Jemaat Misa Natal Katedral, Jakarta Pusat mengharapkan perbedaan yang ada di Indonesia "
     "mampu membawa damai.", "Jemaat Misa Natal Katedral"),
])
def test_a_form_of_address_and_a_place_apposition_are_not_the_name(text, speaker):
    assert Pipeline().run(text).attributions[0].speaker == speaker


def test_a_nickname_glossed_after_a_title_at_the_sentence_start_is_the_persons():
    # pool text, shortened: "Gubernur yang akrab disapa Ahok" gives the governor's nickname, not "Gubernur"'s
    text = ("Gubernur DKI Jakarta Basuki Tjahaja Purnama meninjau Kali Krukut. Gubernur yang akrab disapa Ahok itu "
            "menyebut bangunan di bantaran kali tidak bersertifikat. Menurut Ahok, Kali Krukut itu seharusnya "
            "memiliki lebar 20 meter.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Basuki Tjahaja Purnama"] * 2


@pytest.mark.parametrize("text,speaker", [
    # pool text: a title whose field is a list ("Pusat Data, Informasi, dan Humas") holds no apposition
    ("“Kebanyakan bagian atap rumah,” ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho.",
     "Sutopo Purwo Nugroho"),
    ("Pemerintah diimbau memanggil warga negara Indonesia yang memiliki keahlian di luar negeri. Hal itu disampaikan Anggota Komisi IX bidang Tenaga Kerja, Transmigrasi, Kependudukan, dan Kesehatan DPR RI "
     "Okky Asokawati. “Kami sarankan pemerintah memanggil anak negeri,” ujarnya.", "Okky Asokawati"),
])
def test_a_list_of_fields_inside_a_title_is_no_apposition(text, speaker):
    assert {a.speaker for a in Pipeline().run(text).attributions} == {speaker}


@pytest.mark.parametrize("text,speaker", [
    # pool text, shortened: "… atau yang akrab disapa Ketjuk" after a titled name: the nickname is the person's
    ("Kepala Badan Pusat Statistik (BPS) Suhariyanto atau yang akrab disapa Ketjuk mengungkapkan, konsumsi "
     "pemerintah terkoreksi. “Ini karena bentuk efisiensi,” ujar Ketjuk.", "Suhariyanto"),
    # a Javanese royal title is a title (dev text: "adik raja GKR Wandansari Koes Moertiyah atau Gusti Moeng")
    ("Keraton itu akhirnya diserahkan. Menurut adik raja GKR Wandansari Koes Moertiyah atau Gusti Moeng, keputusan "
     "itu sudah final.", "Wandansari Koes Moertiyah"),
])
def test_a_nickname_after_atau_yang_and_a_royal_title(text, speaker):
    assert {a.speaker for a in Pipeline().run(text).attributions} == {speaker}


@pytest.mark.parametrize("text,speaker", [
    # dev text (pool-dev9), shortened: a short form in mixed case defined in brackets stands for the full name,
    # and a person pronoun after it skips the organisation for the person quoted
    ("Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah mengatakan, tahapan Pilkada sangat "
     "krusial. Komnas HAM dalam hal ini tentu mengingatkan bahwa pelanggaran harus ditindak sejak awal.",
     "Komisi Nasional Hak Asasi Manusia"),
    # sentences of our own: the whole name, connectives inside it included
    ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) menggelar jumpa pers. KontraS berpendapat "
     "pendekatan persuasif harus dikedepankan.", "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan"),
    # an honorific is a title ("Tuan Trump" in a quotation is Donald Trump)
    ("Presiden AS Donald Trump menyebut Haiti negara kumuh. “Kami mendesak agar Tuan Trump menarik pernyataannya,” "
     "kata juru bicara Uni Afrika. Trump sendiri mencoba membantah bahwa dirinya menyebutkan kata itu.", "Donald Trump"),
])
def test_a_short_form_in_brackets_and_an_honorific(text, speaker):
    assert Pipeline().run(text).attributions[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # dev text (pool-dev13), shortened: an English acronym after the Indonesian name it translates
    ("Rijiju juga menyatakan pemberian status pengungsi oleh Komisi Tinggi untuk Pengungsi Persatuan Bangsa-Bangsa "
     "(UNHCR) tidak relevan. Padahal, UNHCR menyatakan kalau pemberian kartu pengungsi dimaksudkan supaya mereka "
     "tidak ditangkap.", "Komisi Tinggi untuk Pengungsi Persatuan Bangsa-Bangsa"),
    # sentences of our own: the word before the name ("Menurut") is none of it
    ("Menurut Badan Kesehatan Dunia (WHO), polusi udara membunuh jutaan orang. WHO juga menyatakan bahwa kota-kota "
     "besar harus bertindak.", "Badan Kesehatan Dunia"),
    # an English name with "of" inside it spells its acronym (pool-dev16)
    ("Foreign Policy Community of Indonesia (FPCI) menggelar diskusi. FPCI menilai generasi milenial mampu "
     "menghapus kemiskinan.", "Foreign Policy Community of Indonesia"),
    # a run that holds the acronym's first letter is a longer title around another acronym: no definition
    ("Komisi Wanita Perserikatan Bangsa-Bangsa (PBB) bersidang. PBB menyatakan bahwa hak perempuan harus "
     "dilindungi.", "PBB"),
])
def test_an_acronym_of_a_translated_name(text, speaker):
    assert Pipeline().run(text).attributions[-1].speaker == speaker


def _speakers_where(gold_file: str, prefix: str, starts: str) -> set:
    """Fast mode's speakers, in the development gold document ``prefix…`` of ``gold_file``, of the records whose
    content starts with ``starts``."""
    doc = gold_doc(gold_file, prefix)
    return {a.speaker for a in Pipeline().run(doc.text, doc_id=doc.doc_id).attributions if a.content.text.startswith(starts)}


def test_a_lower_case_noun_before_a_persons_name_is_no_part_of_it():
    # "Impian Buffon untuk jadi juara Liga Champions pun kembali melayang." is Buffon's dream: the quotation
    # paragraphs after it are Gianluigi Buffon's, not "Impian Buffon"'s (pool-dev7)
    assert _speakers_where("pool-dev7.jsonl", "indosum-1496629800-buffon", "Ini adalah kekecewaan besar") == {"Gianluigi Buffon"}


def test_a_title_alone_is_no_name_of_a_speaker():
    # the subject "Mantan bintang Brasil tersebut" leaves only the title "Mantan" capitalised; "ungkap eks superstar
    # AC Milan dan Real Madrid tersebut" is Kaka, not "Mantan" (pool-dev)
    assert _speakers_where("pool-dev.jsonl", "indosum-1507843994-desember-kaka", "Seperti yang Anda ketahui") == {"Kaka"}

def test_a_description_ends_on_the_fullest_name():
    # pool-dev3's pattern, our own sentences: "Perempuan 50 tahun itu" after "Pengacara Yingluck" is
    # Yingluck Shinawatra, named in full in the lead
    text = ("Mantan Perdana Menteri Thailand Yingluck Shinawatra dikabarkan kabur ke luar negeri.\n\n"
            "Pengacara Yingluck mengatakan kliennya tidak bisa hadir karena sakit.\n\n"
            "Perempuan 50 tahun itu sebelumnya membantah dia berbuat salah dalam kasus subsidi beras.")
    spk = {a.source.text: a.speaker for a in Pipeline().run(text).attributions if a.source}
    assert spk["Perempuan 50 tahun itu"] == "Yingluck Shinawatra"  # the age closes the epithet


def test_an_event_heading_the_sentence_is_no_person_for_an_epithet():
    # "Peringatan Hari Kartini … disambut antusias oleh artis Tina Toon. Mantan penyanyi cilik ini mengatakan, …":
    # the celebration heads the sentence, the singer is who the epithet stands for (pool-dev)
    assert _speakers_where("pool-dev.jsonl", "indosum-1492804856-tina-toon", "berkat perjuangan RA Kartini") == {"Tina Toon"}


def test_a_reading_tip_is_no_statement_and_names_no_one():
    # our own sentences in Pos Kota's layout: the bracketed link to another article ("(Baca: …)") reports nothing
    # here, and the epithet after it stands for the officer named before it, not for a name in the link
    text = ("Hal tersebut dikatakan Kasat Reskrim Polresta Depok Kompol Putu Kholis Aryana.\n\n"
            "(Baca: Wah, Polisi Memprediksi, Vivi Mahasiswi UI Tidak Hilang)\n\n"
            "Perwira jebolan Akpol angkatan 2004 ini menambahkan rencana pihak keluarga korban akan mendatangi Polres.")
    out = Pipeline().run(text).attributions
    assert not any("Vivi" in a.content.text for a in out)
    assert [a.speaker for a in out if a.content.text.startswith("rencana")] == ["Putu Kholis Aryana"]


@pytest.mark.parametrize("prefix,starts,speaker", [
    # "…,” tambah pemain yang kini memperkuat Persib Bandung itu.": the relative clause after a post-posed source,
    # closed by the demonstrative, makes the noun an epithet for the player quoted
    ("indosum-1478065524", "Tapi jika Indonesia menerapkan", "Sergio Van Dijk"),
    # "sambung figur yang begitu melegenda di klub Napoli ini": any head that names no organisation or document
    ("indosum-1498023000", "Dia berbicara karena", "Diego Maradona"),
    # commas inside the clause: "ujar desainer yang karyanya pernah dikenakan oleh sejumlah selebriti, seperti Andien …"
    ("indosum-1475214330", "Selalu dadakan", "Rinaldy Ayunardi"),
])
def test_a_post_posed_description_with_a_relative_clause_is_an_epithet(prefix, starts, speaker):
    assert pool_dev_speakers_where(prefix, starts) == {speaker}


def test_a_post_posed_study_with_a_relative_clause_stays_a_study():
    text = ("Dokter Andi Wijaya menyarankan wortel untuk anak-anak. \"Kandungan vitamin A pada wortel membantu "
            "penglihatan,\" terang penelitian yang dilansir dari medicaldaily ini.")
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions if a.content.text.startswith("Kandungan")] == ["penelitian"]


def test_a_nickname_glossed_after_a_lower_case_noun_and_a_name_is_the_names():
    # pool-dev12: "Gitaris Satriyo Yudi Wahono, atau akrab disapa Piyu, memastikan …": "Gitaris" is a noun news
    # writes in lower case, not part of the name the nickname stands for
    doc = gold_doc("pool-dev12", "indosum-1517555700")
    out = Pipeline().run(doc.text, doc_id=doc.doc_id)
    speakers = {a.speaker for a in out.attributions if a.source is not None and a.source.text == "Piyu"}
    assert speakers == {"Satriyo Yudi Wahono"}


@pytest.mark.parametrize("text,speaker", [
    # a place or an organisation news names often, or in two words, before a usual person's name belongs to the role
    ("Penasihat Gedung Putih Steve Bannon mengatakan presiden akan segera mengumumkan keputusannya.",
     "Steve Bannon"),
    ("Kim Kardashian baru saja melahirkan anak ketiganya. Lewat Twitter Kim mengatakan dia sangat bahagia.",
     "Kim Kardashian"),
    # two words of no name (lower-case words, an organisation's) before a usual person's name end the role
    ("Kepala Perwakilan Bank Dunia Rodrigo Chaves mengatakan pertumbuhan ekonomi Indonesia akan membaik.",
     "Rodrigo Chaves"),
    ("Kepala Kantor Wilayah Jakarta Khusus Muhammad Haniv mengatakan penerimaan pajak sudah sesuai target.",
     "Muhammad Haniv"),
    # a name with a common word inside ("Bagus"), or a first name the model does not know, stays whole
    ("Kepala Kanwil Kemenkumham Bali Ida Bagus Ketut Adnyana mengatakan pemeriksaan sudah selesai.",
     "Ida Bagus Ketut Adnyana"),
    ("Pemain Timnas U-19 Egy Maulana Vikri mengatakan dia siap bermain di Eropa.", "Egy Maulana Vikri"),
    # a first name the entity model often reads as an organisation or a place is still the person's
    ("Gigi Hadid mengatakan dia sangat senang bisa tampil di Shanghai.", "Gigi Hadid"),
    ("Ketua Mahkamah Agung, Hatta Ali mengatakan hakim harus menjaga integritas.", "Hatta Ali"),
])
def test_an_organisation_or_place_before_a_persons_name(text, speaker):
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # where the speaker was, after the name and before the date (ANTARA's style), is no part of the source
    ("General Manager Taman Wisata Candi Borobudur, Chisnamurti Adiningrum di Magelang, Sabtu, mengatakan "
     "perusahaannya sangat mendukung kegiatan ini.", "Chisnamurti Adiningrum"),
    ("Menteri Perhubungan Budi Karya Sumadi di Kulon Progo, Jumat, mengatakan bandara baru itu akan segera dibangun.",
     "Budi Karya Sumadi"),
])
def test_a_place_after_a_speakers_name_is_an_adjunct(text, speaker):
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions][:1] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # a description keeps its place ("sumber di Irak" in the spec): the place after "di" is no name
    ("Perwakilan UNHCR di India mengatakan para pengungsi itu tidak akan dipulangkan.", "UNHCR di India"),
    ("Seorang wartawan Antara di Cilegon mengatakan kapal itu tiba pada Minggu pagi.", "wartawan Antara di Cilegon"),
])
def test_a_description_with_its_place_is_not_the_place(text, speaker):
    out = Pipeline().run(text)
    (got,) = [a.speaker for a in out.attributions][:1]
    assert got.endswith(speaker)


@pytest.mark.parametrize("text,speaker", [
    # a title written before a club and a person in apposition: the title is the person's (pool text)
    ("Pelatih Persib Bandung, Djadjang Nurdjaman, langsung menggenjot persiapan timnya. Menurut pelatih, banyak yang "
     "harus dibenahi setelah kekalahan itu.", "Djadjang Nurdjaman"),
    ("Presiden Republik Indonesia, Joko Widodo, meresmikan jalan tol itu. Presiden mengatakan jalan itu akan "
     "memangkas waktu tempuh.", "Joko Widodo"),
])
def test_a_bare_title_is_the_person_in_apposition_after_its_organisation(text, speaker):
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == [speaker]



def test_an_age_in_brackets_after_a_name_ends_the_sentence_subject():
    # pool-dev12: "Lisa Luna (36) dan temannya terlihat berjalan kaki dan mengatakan mereka lapar": the omitted
    # subject of the second verb is the sentence's, not the speaker quoted before
    text = ('"Kami kehabisan makanan," kata Ali Naji. Di daerah Bedford, Lisa Luna (36) dan temannya terlihat berjalan '
            'kaki dan mengatakan mereka lapar.')
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == ["Ali Naji", "Lisa Luna"]


@pytest.mark.parametrize("text,speaker", [
    ("Kesatuan Pelaut Indonesia (KPI) mendesak pemerintah segera menerbitkan juklak.\n\n"
     "“Kami minta pemerintah serius,” kata KPI dalam keterangannya.", "Kesatuan Pelaut Indonesia"),
    ("Komite Nasional Pembaruan Agraria (KNPA) menggelar aksi di depan Istana.\n\n"
     "KNPA menyatakan reforma agraria belum berjalan.", "Komite Nasional Pembaruan Agraria"),
])
def test_an_acronym_defined_in_brackets_is_spelled_out(text, speaker):
    """An all-capital acronym the text defines in brackets after the name its initials spell (the spec: the fullest
    name)."""
    assert Pipeline().run(text).attributions[-1].speaker == speaker


def test_a_short_form_in_brackets_inside_a_name_spells_out_the_whole_name():
    """pool-dev13: "pihak Kepolisian Daerah (Polda) Metro Jaya meminta …" … "Polda Metro Jaya menyarankan …" is
    Kepolisian Daerah Metro Jaya (the stem of "Kepolisian" opens "Polda")."""
    out = Pipeline().run("Kepolisian Daerah (Polda) Metro Jaya meminta sidang itu ditunda karena alasan keamanan.\n\n"
                         "Polda Metro Jaya menyarankan agar proses persidangan ditunda hingga hari pemungutan suara.")
    assert out.attributions[-1].speaker == "Kepolisian Daerah Metro Jaya"


def test_a_first_person_clitic_inside_a_quotation_is_the_one_quoted():
    """pool-dev13, the speaker step on the gold's spans: "“Pikirku, ' Aku punya keluarga … '”" (cue "Pikir", source
    "ku") is Anthony Costa's thought."""
    doc = gold_doc("pool-dev13", "indosum-1508565600")
    out = Pipeline().resolve_given(doc)
    assert [a.speaker for a in out.attributions if a.content.text.startswith("Aku punya keluarga")] == ["Anthony Costa"]


def test_a_nickname_in_brackets_after_a_full_name_is_that_person():
    # pool-dev15's pattern, our own sentences: "Basuki Tjahaja Purnama (Ahok)" … "kata Ahok"
    text = ("Gubernur non aktif DKI Jakarta Basuki Tjahaja Purnama (Ahok) resmi menyandang status tersangka.\n\n"
            "“Saya lebih suka praperadilan,” kata Ahok di Jakarta.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Basuki Tjahaja Purnama"]


@pytest.mark.parametrize("text,short,name", [
    ("Petahana Basuki Tjahaja Purnama (Ahok) menerima dukungan.", "Ahok", "Basuki Tjahaja Purnama"),
    ("Presiden Joko Widodo (Jokowi) membuka acara itu.", "Jokowi", "Joko Widodo"),
    # a club, a party or a place in brackets after a player's or a politician's name is no nickname
    ("Striker Bambang Pamungkas (Persija) mencetak dua gol.", "Persija", None),
    ("Wakil rakyat Ahmad Riza Patria (Gerindra) hadir di sana.", "Gerindra", None),
    ("Pelari Lalu Muhammad Zohri (Lombok) menang lagi.", "Lombok", None),
])
def test_which_brackets_after_a_name_are_nicknames(text, short, name):
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex

    assert NameIndex.build(text, load()).aliases.get(short) == name


@pytest.mark.parametrize("text,speaker", [
    # abbreviated honorifics with a full stop before the name (pool-dev15's pattern, our own sentences)
    ("“Sekolah itu belum punya kursi,” kata Ny. Isah, warga Cilodong.", "Isah"),
    ("“Kami menunggu bantuan,” ujar Hj. Aminah Lubis di Medan.", "Aminah Lubis"),
])
def test_an_abbreviated_honorific_is_no_name(text, speaker):
    assert [a.speaker for a in Pipeline().run(text).attributions] == [speaker]


def test_a_pairs_nicknames_each_stand_for_the_name_in_their_place():
    # pool-dev18: "Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet": Butet is Liliyana Natsir
    from attribution.lexicon import load
    from attribution.speakers.names import NameIndex

    text = ("Pelatih Richard Mainaky memastikan pasangan andalannya Tontowi Ahmad/Liliyana Natsir, atau akrab disapa "
            "Owi/Butet, akan mengikuti Asian Games 2018. Butet mengaku terkejut.")
    index = NameIndex.build(text, load())
    assert (index.fullest("Butet"), index.fullest("Owi")) == ("Liliyana Natsir", "Tontowi Ahmad")


def test_an_office_named_without_a_person_is_its_holder():
    # pool-dev18: "Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin mengatakan …" then "“…,” kata Wakil
    # Ketua MPR": the holder, not the assembly the acronym stands for
    from attribution.pipeline import Pipeline

    text = ("Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin mengatakan generasi muda harus siap.\n\n"
            "Dalam sosialisasi empat pilar MPR di Banda Aceh, Senin, Mahyudin mengatakan nasionalisme adalah modal.\n\n"
            "“Perlu dibangun kesadaran rasa nasionalisme untuk membangun bangsa ini,” kata Wakil Ketua MPR.")
    last = Pipeline().run(text).attributions[-1]
    assert (last.source.text, last.speaker) == ("Wakil Ketua MPR", "Mahyudin")


def test_the_person_after_a_long_title_with_commas_and_its_ministry():
    # pool-dev18: "kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit
    # Dwiwahjono": the person at the end, not "Aneka", the last word of the portfolio
    from attribution.pipeline import Pipeline

    text = ("Indonesia menempati posisi kelima produsen sepatu, kata Dirjen Industri Kimia, Tekstil dan Aneka, "
            "Kementerian Perindustrian Achmad Sigit Dwiwahjono.")
    (a,) = Pipeline().run(text).attributions
    assert a.speaker == "Achmad Sigit Dwiwahjono"


def test_a_nickname_glossed_on_an_epithet_names_a_person_given_one_name_and_an_age():
    """"Pria yang akrab disapa Ajun itu" after "Tarkaya (48), pemilik …" (written for this test on pool-dev21's
    pattern): the age in brackets shows the one-word name before to be a person's, so the nickname is his."""
    text = ("Situasi itu membawa keuntungan bagi para pedagang. Salah satunya Suratman (52), pemilik warung kopi di "
            "pinggir pantai.\n\nPria yang akrab disapa Aman itu hanya berjualan di saat libur.\n\n"
            "\"Hari ini ramai sekali,\" ujarnya.\n\nAman mengaku keuntungannya bisa dua kali lipat.")
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == ["Suratman", "Suratman"]


def test_a_single_name_after_a_cue_word_is_no_nickname_antecedent():
    """"menegaskan Iwa harus mundur": the one-word name after the cue is the reported clause's subject, so "pria
    yang akrab disapa Aher ini" is the titled speaker named before it (pool-dev16's pattern, text written here)."""
    text = ("Gubernur Jabar Ahmad Heryawan menegaskan Iwa harus mundur dari jabatannya.\n\n\"Semua orang punya hak "
            "politik,\" jelas pria yang akrab disapa Aher ini di Bandung.\n\nAher mengatakan aturan itu jelas.")
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == ["Ahmad Heryawan"] * 3


def test_a_middle_name_written_alone_finds_the_full_name():
    """"Ario Kiswinar Teguh diduga …" then "Kiswinar telah mengingatkan …" (pool-dev19): the
    middle name written alone is a word of the full name, though it stands alone itself."""
    text = ("Ario Kiswinar Teguh diduga menyindir ayahnya lewat Instagram.\n\n"
            "Kiswinar telah mengingatkan bahwa karya itu miliknya.")
    out = Pipeline().run(text)
    assert [a.speaker for a in out.attributions] == ["Ario Kiswinar Teguh"]


def test_an_acronym_inside_a_name_is_spelled_out_as_the_document_writes_it():
    """"Dewan Etik MK menyatakan …" after "Dewan Etik Mahkamah Konstitusi" (pool-dev20's pattern, written here): the
    organisation's fullest name spells out the acronym; not when the document never writes the longer name."""
    text = ("Sanksi dari Dewan Etik Mahkamah Konstitusi belum membuat Arief mundur.\n\n"
            "Dewan Etik MK menyatakan Arief terbukti melanggar etik.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Dewan Etik Mahkamah Konstitusi"]
    text = "Sanksi dari Mahkamah Konstitusi datang kemarin.\n\nDewan Etik MK menyatakan Arief terbukti melanggar etik."
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Dewan Etik MK"]



def test_a_first_name_before_a_middle_initial_stays_in_the_full_name():
    """pool-dev26: "kata Wakil Ketua KPK Laode M Syarief" and later "Bahkan, Laode memikirkan …" alone: Laode is
    the person's first name, not an organisation written before the name."""
    text = ("\"Kami target untuk semua usia,\" kata Wakil Ketua KPK Laode M Syarief saat meninjau pameran itu.\n\n"
            "Dia menyebut, penggunaan visual ini lebih mudah diserap.\n\nBahkan, Laode memikirkan untuk bekerja sama "
            "dengan pihak swasta.\n\n\"Kalau sama kementerian mungkin agak susah,\" paparnya.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Laode M Syarief"] * 3


def test_a_three_syllable_east_asian_name_keeps_its_family_name():
    """pool-dev26: "Jung Chul Min berkomentar …" then "ujar Chul Min": the given name is a short form of the full
    name, no organisation before it; and a manner word after the name is no part of it ("kata Chul Min
    optimistis")."""
    text = ("Jung Chul Min berkomentar bahwa keberhasilan ini tak lepas dari kerja keras para personel.\n\n"
            "“Anda bisa melihat di lokasi bahwa mereka sangat dekat,” ujar Chul Min.\n\n"
            "“Kami akan melakukan yang terbaik,” kata Chul Min optimistis.")
    out = Pipeline().run(text).attributions
    assert [a.speaker for a in out] == ["Jung Chul Min"] * 3
    assert out[-1].source.text == "Chul Min"


def test_an_acronym_in_brackets_spells_an_acronym_inside_the_name_whole():
    """pool-dev26: "Kedutaan Besar RI (KBRI) di Kairo" defines "KBRI" (K, B and all of "RI"), so a later "KBRI juga
    telah meminta …" is the embassy by its name."""
    text = ("Padahal, Kedutaan Besar RI (KBRI) di Kairo telah mengirimkan dua kali nota diplomatik.\n\n"
            "KBRI juga telah meminta para pelajar Indonesia di sana untuk tidak belajar di Samanud.")
    assert [a.speaker for a in Pipeline().run(text).attributions] == ["Kedutaan Besar RI"]


def test_epithets_whose_proper_modifiers_differ_are_different_people():
    # pool-dev22's pattern, our own sentences: "politisi Golkar itu" is Satya, so "politisi Nasdem itu" after a
    # Nasdem member spoke is not Satya (the head "politisi" alone would join them)
    text = ("Wakil Ketua Komisi VII DPR Satya Widya Yudha mengatakan negosiasi itu berhasil. Menurut politisi Golkar "
            "itu, pemerintah layak dipuji.\n\nAnggota Komisi VII DPR Kurtubi juga menyatakan hasil itu perlu "
            "diapresiasi.\n\nApresiasi tersebut, ujar politisi Nasdem itu, terutama untuk divestasi saham.")
    out = Pipeline().run(text)
    (a,) = [a for a in out.attributions if a.source is not None and a.source.text == "politisi Nasdem itu"]
    assert a.speaker == "Kurtubi"


@pytest.mark.parametrize("text,speaker", [
    # an epithet, a plain modifier, then the person's name (pool-dev's pattern, our own sentences)
    ("Ketua Dewan Pembina Debby Chynthia Dewi mengatakan langkah itu penting. Sementara itu, aktor senior Ray "
     "Sahetapy berharap pengurus baru bekerja tulus.", "Ray Sahetapy"),
    ("Pelatih Persib Mario Gomez mengatakan timnya siap. Sementara itu, penyanyi muda Raisa Andriana mengaku "
     "senang menonton laga itu.", "Raisa Andriana"),
])
def test_an_epithet_with_a_plain_modifier_before_a_name_is_that_name(text, speaker):
    assert Pipeline().run(text).attributions[-1].speaker == speaker


def test_a_lone_name_taken_up_by_ia_in_the_next_sentence_is_a_person_who_outranks_the_previous_speaker():
    # pool-dev's pattern, our own sentences: after Irfan's quotation the narration turns to Ramzi ("Ramzi punya cara
    # lain. Ia …"); the next quotation's "-nya" is Ramzi, a person because "Ia" takes the lone name up
    text = ("Presenter Irfan Hakim mengaku jarang di rumah saat Ramadan, tak seperti rekannya Ramzi.\n\n\"Saya sering syuting sampai sahur,\" "
            "kata Irfan.\n\nRamzi punya cara lain. Ia mengajak keluarganya ke lokasi syuting.\n\n"
            "\"Solusinya, saya libatkan istri saya,\" terangnya.")
    assert [a.speaker for a in Pipeline().run(text).attributions][-1] == "Ramzi"


def test_a_fronted_medium_adjunct_is_not_the_sentence_subject():
    # pool-dev5's pattern, our own sentences: "Melalui Instagram, <epithet> ini memamerkan …" then a quotation with
    # "tulisnya": the person, not "Melalui Instagram"
    text = ("Penyanyi Khloe Kardashian akhirnya mengonfirmasi kabar kehamilannya.\n\nMelalui Instagram, adik kandung "
            "Kim Kardashian ini memamerkan perutnya.\n\n\"Mimpi terbesar saya terwujud,\" tulisnya.")
    assert Pipeline().run(text).attributions[-1].speaker == "Khloe Kardashian"


def test_a_name_inside_the_epithet_is_not_its_antecedent():
    # pool-dev11's text, shortened: the film title inside "Pemain film ' … ' ini" names no one; the epithet stands
    # for the person named before it
    text = ("Pertikaian yang sempat terjadi antara artis sensasional Nikita Mirzani dengan asisten penyanyi dangdut "
            "Julia Perez (Jupe), Lucky, masih menyisakan beberapa persoalan.\n\nSetelah sempat membatalkan pencabutan "
            "laporannya kepada Jupe karena status tersangka yang sudah disandangnya, Nikita pun kembali buka suara "
            "terkait masalahnya dengan Lucky. Pemain film ' Comic 8: Casino King ' ini menganggap Lucky menjadi besar "
            "kepala.")
    assert Pipeline().run(text).attributions[-1].speaker == "Nikita Mirzani"


def test_nya_after_an_organisations_statement_is_the_person_quoted_before():
    # pool-dev4's pattern, our own sentences: the narration reports the ministry's forecast, then a quotation
    # with "katanya" goes on with the official quoted before, not with the ministry
    text = ("Juru bicara Jasa Marga, Handoyono, mengatakan arus balik mulai padat.\n\n\"Kami sudah siapkan "
            "petugas,\" kata Handoyono.\n\nKementerian Perhubungan (Kemenhub) telah memprediksi puncak arus balik "
            "terjadi pada akhir pekan ini.\n\n\"Pada hari itu akan ada 130.000 kendaraan,\" katanya.")
    assert Pipeline().run(text).attributions[-1].speaker == "Handoyono"


def test_a_club_as_the_narrations_subject_does_not_take_nya_from_the_person_quoted_before():
    # news-dev's pattern, our own sentences: "Persib harus takluk …" between the agent's statements; "tambahnya"
    # is the agent, and "Persib" is no short form of another club the text names ("Persiba Balikpapan")
    text = ("Agen Peter Butler, Edy Syahputra, mengatakan kliennya belum memutuskan tawaran Persiba Balikpapan.\n\n"
            "\"Kami masih menunggu,\" kata Edy.\n\nDi partai terakhir, Persib harus takluk dari Perseru Serui.\n\n"
            "\"Peter ingin mengangkat prestasi Persib musim depan,\" tambahnya.")
    assert Pipeline().run(text).attributions[-1].speaker == "Edy Syahputra"
