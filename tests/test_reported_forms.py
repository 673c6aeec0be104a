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


@pytest.mark.parametrize("text,starts,cue", [
    # pool-dev: the object of the verb goes on to its own predicate
    ("Pelatih Tim Nasional Indonesia, Alfred Riedl, menyebut permaian timnas Malaysia sangat kasar untuk sebuah "
     "pertandingan persahabatan.", "permaian timnas Malaysia sangat kasar", "menyebut"),
    ("Pihak Apkomindo selaku penyelenggara pameran tahunan ini menyatakan total transaksi yang tercapai pada 2015 "
     "adalah sekitar Rp 600 miliar.", "total transaksi yang tercapai", "menyatakan"),
    ("KOI menduga alasannya adalah posisi Indonesia yang memang lebih rendah dari kedelapan negara tersebut.",
     "alasannya adalah posisi Indonesia", "menduga"),
    ("Fahd meminta pemenang lelang pengadaan laboratorium komputer segera diumumkan.", "pemenang lelang", "meminta"),
    ("Albert mengungkapkan awal pertemuan dengan Grab diinisiasi investor Kudo East Ventures di Singapura.",
     "awal pertemuan dengan Grab diinisiasi", "mengungkapkan"),
    # pool-dev8, the pool: a negated nominal predicate, a modal of ability after a relative clause
    ("Namun, Argo menegaskan Roro bukanlah seorang bandar narkoba.", "Roro bukanlah seorang", "menegaskan"),
    ("Soesilo menegaskan Eko bukan pelaku utama dalam perkara tersebut.", "Eko bukan pelaku", "menegaskan"),
    ("Para jemaat mengharapkan perbedaan yang ada di Indonesia mampu membawa damai bagi kepentingan negara.",
     "perbedaan yang ada di Indonesia mampu", "mengharapkan"),
    # pool-dev8, pool-dev4: after a verb that takes no noun phrase, a head noun's own predicate is reported
    ("Febry mengatakan harapannya kedepan tidak ada lagi isu SARA yang mampu memecah-belah bangsa.",
     "harapannya kedepan tidak ada lagi", "mengatakan"),
    ("Pejabat itu mengatakan keputusan itu tidak dibuat oleh Presiden Joko Widodo.", "keputusan itu tidak dibuat",
     "mengatakan"),
    # pool-dev7, pool-dev4: a list of nouns with commas inside the subject
    ("Muhadjir menyebut guru PPKn, kesenian, dan agama masih kesulitan memenuhi jumlah jam kerja.",
     "guru PPKn, kesenian, dan agama masih", "menyebut"),
    ("Amran menegaskan ketersediaan bahan pokok khususnya beras, bawang merah, cabai, dan daging menjelang Lebaran "
     "dinyatakan aman dan harganya sudah turun.", "ketersediaan bahan pokok khususnya beras, bawang merah", "menegaskan"),
    # development gold, the pool: a bare verb of having, a frequency adverb opening the predicate
    ("Chan juga mengungkapkan Hungaria punya lingkungan film yang bagus.", "Hungaria punya lingkungan", "mengungkapkan"),
    ("Febri juga menjelaskan lembaganya saat ini terus fokus untuk menangani perkara-perkara korupsi.",
     "lembaganya saat ini terus fokus", "menjelaskan"),
    # our own sentence in the pool's shape: after a one-word passive relative the modal is the phrase's predicate
    ("Pebalap asal Italia itu menegaskan setelan motor M1 yang digunakan sudah tepat.",
     "setelan motor M1 yang digunakan sudah tepat", "menegaskan"),
    # pool-dev18, the pool: a passive predicate after a relative clause closed by a demonstrative (and "pun")
    ("Mastuki pun menegaskan keputusan yang lalu dikeluarkan Kemenag itu pun dilakukan berdasarkan kajian.",
     "keputusan yang lalu dikeluarkan Kemenag itu pun dilakukan", "menegaskan"),
    ("Kepala BPBD NTB Muhammad Rum mengungkapkan banjir yang menerjang Kabupaten Dompu ini diakibatkan curah hujan tinggi.",
     "banjir yang menerjang Kabupaten Dompu ini diakibatkan", "mengungkapkan"),
    # development gold (pool-dev9, pool-dev12): a verb that also takes a noun phrase ("menyebut", "menyatakan",
    # "mengungkapkan"): a phrase closed by its demonstrative and a predicate word after it is a clause
    ("Polisi menyebut sebagian dari pengungsi itu masuk lewat area perbatasan Ghumdhum.",
     "sebagian dari pengungsi itu masuk lewat", "menyebut"),
    ("Ketua Dewan Kehormatan Golkar Fahmi Idris mengungkapkan imbas kasus Ahok ini muncul desakan dari sebagian kader.",
     "imbas kasus Ahok ini muncul desakan", "mengungkapkan"),
])
def test_object_with_its_own_predicate_is_a_reported_clause(text, starts, cue):
    a = _one(text, starts)
    assert a.rule == "reported-verb-predicate" and a.cue.text == cue and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # a head noun's own complement, a relative clause, an adjunct, a continued action, a request, a hypothesis
    "Novel Bamukmin mempertanyakan alasan polisi tidak menangkap Viktor atas kasus ujaran kebencian tersebut.",
    "Emery juga menjelaskan alasannya tak memainkan Neymar di laga pembuka.",
    "Marquez mengatakan hal tersebut dalam konferensi pers jelang GP Argentina.",
    # a comma and "dan" after a noun phrase join two clauses, not a list (the pool)
    "Pihak Frankfurt telah mengumumkan kedatangan pemain kelahiran Berlin itu, dan mantan pemain timnas Ghana itu "
    "akan terikat kontrak hingga 2020.",
    "Tulus Abadi menyesalkan pembubaran Komisi Nasional Pengendalian Zoonosis karena bisa memicu penularan penyakit.",
    "Zidane juga membantah anggapan Fabio Capello bahwa salah satu faktor keterpurukan mereka adalah Ronaldo.",
    "Sebab dia menemukan banyak pemain dalam skuat Bajul Ijo yang benar-benar sangat mencintai timnya.",
    "KPK berhasil melanjutkan sampai ke tingkat penuntutan hingga perkara tersebut divonis hakim.",
    "Jika masyarakat percaya daya beli lesu akibatnya pelaku usaha akan takut melakukan ekspansi usaha, konsumen pun "
    "juga akan menahan belanja.",
    "Sanchez terus menegaskan statusnya sebagai pemain penting The Gunners dengan sudah mengemas 15 gol.",
    # our own sentences: after such a verb's phrase and its demonstrative, an adjunct ("terkait", a meN- verb of
    # the circumstance) or a second clause joined by "dan" is the narration's, not the phrase's predicate
    "Pratama mengemukakan hal itu terkait dengan serangan Ransomware yang menghebohkan dunia.",
    "Kapolri menyampaikan hal itu menanggapi pertanyaan wartawan di Mabes Polri.",
    "Orangtua korban melaporkan kejadian itu kepada ketua RT dan kasus ini diteruskan ke polsek.",
])
def test_a_noun_phrase_object_stays_no_statement(text):
    assert not [a for a in _records(text) if a.rule == "reported-verb-predicate"]


@pytest.mark.parametrize("text,content", [
    # pool-dev: a post-posed cue inside the clause with no comma before it
    ("Kebanyakan para pengendara motor dari arah Jawa Barat. Umumnya kata dia, keramaian ini nantinya sampai H+7 "
     "Lebaran.", "Umumnya kata dia, keramaian ini nantinya sampai H+7 Lebaran"),
    ("Sampai pagi kata Bawole, pihaknya terus berkoordinasi untuk memastikan bantuan makanan siap saji.",
     "Sampai pagi kata Bawole, pihaknya terus berkoordinasi untuk memastikan bantuan makanan siap saji"),
    ("Bahkan kata dia melalui Silek Pauah itu pernah ada jagoan dari Padang yang mahir melakukan bela diri tersebut.",
     "melalui Silek Pauah itu pernah ada jagoan dari Padang yang mahir melakukan bela diri tersebut"),
    ("Hal itu katanya sudah dibicarakan dengan pengurus klub.", "Hal itu katanya sudah dibicarakan dengan pengurus klub"),
])
def test_cue_inside_the_clause_without_a_comma(text, content):
    (a,) = [a for a in _records(text) if a.rule == "reported-inner-cue"]
    assert a.content.text == content and a.cue.text == "kata"


@pytest.mark.parametrize("text,content", [
    # pool-dev4, pool-dev10: inside a quotation, "Menurut X" passes on someone else's view, a record of its own
    ("\"Menurut keterangan kemensos, fasilitas tersebut hanya boleh dikunjungi oleh orang tuanya pada sabtu dan "
     "minggu. Jadi bentuknya asrama,\" ujar Arist.", "fasilitas tersebut hanya boleh dikunjungi oleh orang tuanya pada "
     "sabtu dan minggu"),
    ("\"Apakah SOP ini boleh? Kalau menurut MK tidak boleh, karena dia harus selevel UU soal aturan penyadapan itu,\" "
     "pungkas Fahri.", "tidak boleh, karena dia harus selevel UU soal aturan penyadapan itu"),
])
def test_menurut_inside_a_quotation_passes_on_another_view(text, content):
    (a,) = [a for a in _records(text) if a.rule == "reported-menurut"]
    assert a.content.text == content and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # our own sentences: the one quoted speaking for themselves, a view cited after the clause
    "\"Menurut saya, keputusan itu sudah tepat,\" kata Budi.",
    "\"Menurutku, keputusan itu sudah tepat,\" kata Budi.",
    "\"Gim ini menjadi nomor satu di Amerika Serikat menurut NPD Group bulan lalu,\" kata Budi.",
])
def test_menurut_inside_a_quotation_that_is_no_record(text):
    assert not [a for a in _records(text) if a.rule == "reported-menurut"]


@pytest.mark.parametrize("text,content,speaker", [
    # pool-dev6, pool-dev2: inside a quotation, a clitic cue in the clause passes on what someone else said; the
    # record is the clause within the marks, its speaker the clause's subject, not the one quoted
    ("Tjahjo Kumolo menjelaskan soal UPT.\n\n\"Keluarga keraton katanya belum paham mengenai UPT. Kemudian kita "
     "pahamkan secara detail,\" kata Tjahjo.", "Keluarga keraton katanya belum paham mengenai UPT", "Keluarga keraton"),
    ("\"Saksi sempat melarang korban. Tetapi saksi saat itu katanya tidak kuat memegang korban akhirnya terjatuh,\" "
     "paparnya.", "saksi saat itu katanya tidak kuat memegang korban akhirnya terjatuh", "saksi"),
])
def test_hearsay_inside_a_quotation_is_a_record_of_the_clause_subject(text, content, speaker):
    (a,) = [a for a in _records(text) if a.rule == "reported-inner-cue"]
    assert (a.content.text, a.cue.text, a.speaker) == (content, "kata", speaker)


def test_a_quotation_opening_on_katanya_is_no_inner_cue():
    # our own sentence: a quoted sentence that opens on the clitic cue is not this rule's
    assert not [a for a in _records("\"Katanya impor beras premium, namun beras biasa ikut juga,\" ujar Budi.")
                if a.rule == "reported-inner-cue"]


@pytest.mark.parametrize("text", [
    "Tidak termasuk kata sandi atau nomor kartu kredit yang dicuri.",  # the noun "kata"
    "Kata Chroma pada nama kedua produk mengindikasikan bahwa mereka sudah dibekali sistem RGB.",
    "Sesuai dengan namanya, wisata alam ini konon katanya merupakan tempat mandi para bidadari.",  # hearsay
])
def test_kata_that_reports_nothing(text):
    assert not [a for a in _records(text) if a.rule == "reported-inner-cue"]


@pytest.mark.parametrize("text,content,source", [
    # pool-dev19's form, written here: "lanjut" with a name or a pronoun inside the clause, no commas around it
    ("Pihak hotel lanjut Sutrisno sudah menyiapkan kamar tambahan bagi para tamu.",
     "Pihak hotel lanjut Sutrisno sudah menyiapkan kamar tambahan bagi para tamu", "Sutrisno"),
    ("Kota ini lanjut dia perlu membuka lebih banyak taman untuk warga.",
     "Kota ini lanjut dia perlu membuka lebih banyak taman untuk warga", "dia"),
])
def test_lanjut_inside_the_clause_without_commas(text, content, source):
    (a,) = [a for a in _records(text) if a.rule == "reported-inner-cue"]
    assert (a.content.text, a.cue.text, a.source.text) == (content, "lanjut", source)


@pytest.mark.parametrize("text,content", [
    # a connective before an interrupting cue is no part of the reported clause (pool-dev22's forms, written here)
    ("Oleh sebab itu, lanjut dia, pembangunan jembatan harus segera dimulai.", "pembangunan jembatan harus segera dimulai"),
    ("Artinya, lanjut dia, warga tidak perlu membayar biaya tambahan.", "warga tidak perlu membayar biaya tambahan"),
])
def test_a_connective_before_an_interrupting_cue_is_left_out(text, content):
    assert [a.content.text for a in _records(text)] == [content]


@pytest.mark.parametrize("text", [
    "Proses itu lanjut ke tahap berikutnya pekan depan.",  # "continue"
    "Tari ini, lebih lanjut ia mengatakan adalah produk sebuah bangsa.",  # a connective; the verb after it is the cue
])
def test_lanjut_that_is_no_inner_cue(text):
    assert not [a for a in _records(text) if a.rule == "reported-inner-cue"]


@pytest.mark.parametrize("text,content,source", [
    # pool-dev: a fronted noun that carries the statement, its source after it or as "-nya"
    ("Seperti ucapan Hoeness, rekrutan yang sudah dilakukan cukup memuaskan.",
     "rekrutan yang sudah dilakukan cukup memuaskan", "Hoeness"),
    ("Seturut kata-kata Hoeness, Muenchen tak akan mengeluarkan banyak uang untuk merekrut pemain veteran.",
     "Muenchen tak akan mengeluarkan banyak uang untuk merekrut pemain veteran", "Hoeness"),
    ("Dia mengaku ini merupakan salah satu strategi pemasaran. Harapannya, akan lebih mudah masuk pasar Indonesia.",
     "akan lebih mudah masuk pasar Indonesia", "nya"),
])
def test_fronted_noun_cue(text, content, source):
    (a,) = [a for a in _records(text) if a.rule == "reported-noun-front"]
    assert a.content.text == content and a.source.text == source


@pytest.mark.parametrize("text", [
    "Ucapan Rizieq, yang viral dan menjadi dasar pelaporan, dinilai Habiburokhman jauh dari kata menistakan agama.",
    "Beragam foto dipajang di laman muka aplikasi itu. Harapannya, dengan foto profil yang cantik bisa memudahkan pengguna.",
    "Dalam keterangan tertulisnya, Arief mengatakan, air mancur itu akan menjadi ikon pariwisata Purwakarta.",
])
def test_a_fronted_noun_that_is_no_cue(text):
    assert not [a for a in _records(text) if a.rule == "reported-noun-front"]


def test_every_cue_has_a_form():
    """cues.tsv: the form column says how each cue is used; nouns are kept apart from the cue verbs."""
    from attribution.lexicon import CUE_FORMS, load

    lex = load()
    assert {c.form for c in lex.cues.values()} <= CUE_FORMS
    assert lex.cue("mengatakan").form == "active" and lex.cue("katanya").form == "clitic"
    assert lex.cue("disampaikan").form == "passive_agent" and lex.cue("sampaikan").form == "object_focus"
    assert lex.cue("keterangan") is None and lex.noun_cues["keterangannya"].clitic
    assert {c.form for c in lex.noun_cues.values()} == {"noun"}


@pytest.mark.parametrize("text,content,cue,source,type_", [
    # pool articles: a statement closed by "demikian" and a cue with its source
    ("Jakarta, CNN Indonesia -- Bangladesh menangkap dan memulangkan paksa 90 pengungsi Rohingya ke Myanmar, demikian "
     "pernyataan kepolisian Myanmar pada Minggu (27/8).", "Bangladesh menangkap dan memulangkan paksa 90 pengungsi "
     "Rohingya ke Myanmar", "pernyataan", "kepolisian Myanmar", "indirect"),
    ("Pelatih asal Belanda Frank de Boer dipecat sebagai manajer Crystal Palace pada Senin, demikian dikatakan sumber "
     "Sky Sports.", "Pelatih asal Belanda Frank de Boer dipecat sebagai manajer Crystal Palace pada Senin",
     "dikatakan", "sumber Sky Sports", "indirect"),
    ("Suara.com - Mobil baru Toyota Calya rupanya telah melampaui target penjualan yang ditetapkan demikian dikatakan "
     "Henry Tanoto, Wakil Presiden Direktur PT Toyota Astra Motor.", "Mobil baru Toyota Calya rupanya telah "
     "melampaui target penjualan yang ditetapkan", "dikatakan", "Henry Tanoto", "indirect"),
    ("“Kami akan berusaha keras di laga berikutnya dan tidak akan menyerah,” demikian pernyataan resmi pihak Sixers.",
     "Kami akan berusaha keras di laga berikutnya dan tidak akan menyerah,", "pernyataan", "pihak Sixers", "direct"),
])
def test_statement_closed_by_demikian(text, content, cue, source, type_):
    # a quotation closed by demikian is found by the direct rule (quote-post-demikian) before this one
    (a,) = [a for a in _records(text) if a.rule in {"reported-demikian", "quote-post-demikian"}]
    assert (a.content.text, a.cue.text, a.source.text, a.type) == (content, cue, source, type_)


def test_demikian_as_an_adverb_is_no_cue():
    text = "Meski demikian, Sidus HQ menyebut kanker itu belum memasuki tahap yang parah, demikian juga dokternya."
    assert not [a for a in _records(text) if a.rule == "reported-demikian"]


@pytest.mark.parametrize("text,starts,cue", [
    # pool-dev2, pool-dev, news-dev: a request's addressee, then the verb of the request
    ("Suara.com - Mantan Bendahara Umum Partai Demokrat Muhammad Nazaruddin meminta semua pihak mengikuti aturan "
     "perihal aturan asimilasi dan bebas bersyarat.", "semua pihak mengikuti aturan", "meminta"),
    ("Ia juga meminta operator liga bersikap tegas dalam menentukan nasib timnya di kompetisi basket musim depan.",
     "operator liga bersikap tegas", "meminta"),
    ("Fredrich ketika itu turut menyarankan Setnov tak memenuhi panggilan penyidik KPK, baik sebagai saksi maupun "
     "tersangka.", "Setnov tak memenuhi panggilan", "menyarankan"),
    ("Ia pun mengimbau pemudik memeriksa kondisi kelayakan kendaraannya.", "pemudik memeriksa kondisi", "mengimbau"),
    # pool-dev6, pool-dev: two addressees joined, an abbreviation in brackets inside the addressee
    ("Sri Mulyani juga meminta Menteri ESDM dan Menteri BUMN mendorong PLN melakukan efisiensi biaya operasi.",
     "Menteri ESDM dan Menteri BUMN mendorong PLN", "meminta"),
    ("Ketua Kode Inisiatif Veri Junaidi mendesak Mahkamah Konstitusi (MK) segera memutuskan uji materi UU Pemilu.",
     "Mahkamah Konstitusi (MK) segera memutuskan", "mendesak"),
    # pool-dev20, the pool: a country or a body named in one word, asked to act, is a request (a person is not)
    ("Sementara Bangladesh meminta Myanmar memulangkan para pengungsi.", "Myanmar memulangkan", "meminta"),
    ("TNI pun meminta AS melayangkan permintaan maaf jika penolakan itu merupakan suatu kesalahan.",
     "AS melayangkan permintaan maaf", "meminta"),
    # pool-dev19: an institution whose name opens with a nominal ("Pengadilan", "Kejaksaan") is an addressee,
    # not a thing asked for ("meminta penundaan sidang")
    ("Sebelumnya, Polda Metro Jaya meminta kepada Pengadilan Negeri Jakarta Utara menunda persidangan dengan "
     "mempertimbangkan masalah keamanan.", "kepada Pengadilan Negeri Jakarta Utara menunda", "meminta"),
    ("Komnas HAM meminta Kejaksaan Agung menuntaskan berkas kasus itu.", "Kejaksaan Agung menuntaskan", "meminta"),
])
def test_directive_addressee_with_its_verb_is_a_reported_clause(text, starts, cue):
    a = _one(text, starts)
    assert a.rule == "reported-directive-object" and a.cue.text == cue and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # the thing asked for, a nominalised passive, a verb that causes rather than asks
    "Majelis Hakim meminta surat kuasa mediasi.",
    "Polisi meminta keterangan saksi terkait kejadian tersebut.",
    "Hakim lalu meminta dipulihkannya hak terdakwa La Nyalla Mattalitti dalam kemampuan, kedudukan, harkat, serta "
    "martabat.",
    "Kekerasan oleh militer Myanmar mendorong warga sipil Rohingya mengungsi untuk menghindari gelombang kekerasan.",
    # one-word names, joined, and a bare verb narrate an action as one name does
    "Endang justru meminta Kamal dan Budi memijat punggungnya.",
])
def test_a_directive_object_without_a_request_stays_no_statement(text):
    assert not [a for a in _records(text) if a.type == "indirect"], [(a.rule, a.content.text) for a in _records(text)]


@pytest.mark.parametrize("text,content", [
    # pool-dev2, pool-dev, the pool: an adjunct of the clause, a time phrase, the circumstance of the speech
    ("Menteri Perdagangan Enggartiasto Lukita mengungkapkan di hari normal, kebutuhan minyak goreng mencapai 15 juta "
     "liter per bulan.", "di hari normal, kebutuhan minyak goreng mencapai 15 juta liter per bulan"),
    ("David Soukhasing, yang juga menjabat sebagai Head of Angel Investment Network Indonesia (ANGIN), mengungkapkan "
     "saat ini Spiral Ventures mulai serius melakukan investasi kepada startup Indonesia.",
     "Spiral Ventures mulai serius melakukan investasi kepada startup Indonesia"),  # the time opener is the frame's
    ("Raja melanjutkan sampai sekarang Panitia Pelaksana Islamic Solidarity Games Azerbaijan (AISGOC) belum "
     "memberitahukan hal itu.", "sampai sekarang Panitia Pelaksana"),
    ("Seorang saksi mata menuturkan kepada Dailymail, Rooney datang ke kasino tersebut menjelang tengah malam.",
     "Rooney datang ke kasino tersebut menjelang tengah malam"),
    ("Nicolls sempat mengatakan kepada The Sun, Pangeran Harry sudah naksir Markle sejak melihat wanita itu berakting.",
     "Pangeran Harry sudah naksir Markle"),
    # pool-dev23's form, written here: the capacity in which the speaker speaks, "sebagai …,"
    ("Ketua DPC Budi Santoso mengatakan sebagai kader partai, dia akan mengikuti keputusan pengurus pusat.",
     "sebagai kader partai, dia akan mengikuti keputusan pengurus pusat"),
])
def test_adjunct_before_the_reported_clause(text, content):
    a = _one(text, content)
    assert a.rule == "reported-verb-adjunct" and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # the clause inside the adjunct, a subordinate clause after the comma, a directive, an adjective "mendesak"
    "Ayah Ipda Zasmi, Nana, putranya mengabarkan kepada ibunya akan pulang ke Bandung hari ini, seusai melaksanakan "
    "tugas dalam operasi Tinombala selama 6 bulan.",
    "Daud sudah menyampaikan kepada pihak KJRI mengenai keinginannya untuk pulang, sehingga Abdul berharap semua "
    "proses ini bisa dipercepat.",
    "Islam itu merangkul, mengajak pada kebaikan dan mengajak pada keselamatan, bukan mengejek.",
    "Menurutnya, kebutuhan mendesak saat ini adalah listrik, air bersih, selimut, tenda pengungsi dan bahan makanan.",
])
def test_no_adjunct_clause(text):
    assert not [a for a in _records(text) if a.rule == "reported-verb-adjunct"]


@pytest.mark.parametrize("text,content,source", [
    # pool-dev, pool-dev2, the pool: a fronted cue with "-nya" or no agent, a comma, the statement
    ("“Ia datang ke toko kami,” kata Rinaldy. Disampaikannya, usai saling komentar di Instagram, Syahrini dan Paris "
     "saling berkomunikasi via WhatsApp.", "usai saling komentar di Instagram, Syahrini dan Paris", "nya"),
    ("Sugiarta menjelaskan, saksi mendengar suara. Lanjutnya, kemudian saksi naik ke lantai 3 dan memantau situasi.",
     "saksi naik ke lantai 3 dan memantau situasi", "nya"),
    ("“Hal itu sangat memprihatinkan,” sambung Rohika prihatin. Diakuinya, tak mudah mengentaskan permasalahan ini.",
     "tak mudah mengentaskan permasalahan ini", "nya"),
    ("“Kami tidak melaksanakan ketentuan MLC,” kata Presiden KPI Capt. Hasudungan Tambunan di Jakarta. Dikatakan, "
     "dalam menerapkan konvensi itu, pemerintah harus menyiapkan aturan.", "dalam menerapkan konvensi itu", None),
])
def test_fronted_clitic_or_agentless_cue(text, content, source):
    a = _one(text, content)
    assert a.rule == "reported-front-clitic" and a.type == "indirect"
    assert (a.source.text if a.source else None) == source


def test_fronted_cue_followed_by_its_own_statement_frame_is_no_record():
    """"Dikatakan, seperti dikutip dari Antara, Arief mengatakan …": the inner cue owns the statement."""
    text = "Dijelaskan, Arief mengatakan air mancur itu akan menjadi ikon pariwisata Purwakarta."
    assert not [a for a in _records(text) if a.rule == "reported-front-clitic"]


@pytest.mark.parametrize("text,content", [
    # pool-dev and the pool: "mendorong" reports an appeal only through a complementiser
    ("Menaker juga mendorong agar buruh memanfaatkan May Day sebagai momentum untuk meningkatkan reputasi dari "
     "pergerakan buruh.", "buruh memanfaatkan May Day sebagai momentum"),
    ("Kanada yang didukung oleh Uni Eropa, Amerika Serikat dan Meksiko, telah mendorong agar pengakuan bagi kaum "
     "LGBT disertakan dalam sebuah dokumen kebijakan.", "pengakuan bagi kaum LGBT disertakan"),
])
def test_mendorong_with_a_complementiser_reports_an_appeal(text, content):
    a = _one(text, content)
    assert a.cue.text == "mendorong" and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # the pool: a cause, not an appeal
    "Dalam rapat tersebut, Kadin mendorong terwujudnya sistem transportasi nasional yang efisien dan terintegrasi.",
    "Krisis ekonomi yang mendalam telah membuat jutaan orang kelaparan dan mendorong mereka untuk berbuat kejahatan.",
    "Ketinggalan satu gol mendorong Man United untuk meningkatkan intensitas serangan.",
])
def test_mendorong_without_a_complementiser_reports_nothing(text):
    assert not [a for a in _records(text) if a.cue is not None and a.cue.text == "mendorong"]


@pytest.mark.parametrize("text,content", [
    # pool-dev3 and the pool: a noun that can be a subject ("hal", "keputusan", "rencana", "kondisi") with a
    # predicate of its own is a reported clause
    ("Prasetyo menjelaskan hal ini perlu dilakukan sebagai contoh, kepada yang lain.", "hal ini perlu dilakukan"),
    ("Mereka berharap keputusan hakim terkait perkara yang menjerat mantan Bupati Belitung Timur itu segera inkrah.",
     "keputusan hakim terkait perkara"),
    ("Namun, Paspampres menyatakan kondisi tidak memungkinkan.", "kondisi tidak memungkinkan"),
    ("Pihak Microsoft sendiri menyebutkan rencana peluncuran mobile PC ditujukan untuk mengembangkan ekosistem "
     "Windows.", "rencana peluncuran mobile PC ditujukan"),
    # pool text: a phrase that holds a verb of its own is a nominal, unless a negation or a tense or modal
    # word follows it, which only a clause's predicate takes
    ("Ia menjelaskan upaya menyingkirkan longsoran tanah tersebut dengan menggunakan alat seadanya tidak maksimal.",
     "upaya menyingkirkan longsoran tanah"),
    ("Manajemen Persela meyakini keputusan memensiunkan nomor punggung 1 tidak akan menyalahi aturan.",
     "keputusan memensiunkan nomor punggung 1 tidak akan"),
])
def test_a_subject_noun_with_its_own_predicate_is_a_clause(text, content):
    a = _one(text, content)
    assert a.rule == "reported-verb-predicate" and a.type == "indirect"


@pytest.mark.parametrize("text", [
    # a noun phrase alone, a noun with its own clause, a circumstance of the speech after the noun
    "Prasetyo menjelaskan hal itu kepada wartawan di kantornya.",
    "Novel Bamukmin mempertanyakan alasan polisi tidak menangkap Viktor atas kasus ujaran kebencian tersebut.",
    "Rinaldy membenarkan kabar itu saat dihubungi CNNIndonesia.com, pada Senin (6/11).",
    "Kepala Bidang Humas Polda Sulawesi Tenggara AKBP Sunarto membenarkan informasi tersebut saat dikonfirmasi.",
    # a nominal with a verb and no predicate after it; a tense word inside a relative clause
    "Ia menjelaskan upaya menyingkirkan longsoran tanah tersebut kepada wartawan.",
    "Ia menjelaskan cara membuat kue yang sudah terkenal itu kepada peserta.",
])
def test_a_subject_noun_without_a_predicate_stays_a_noun_phrase(text):
    assert not _records(text)


@pytest.mark.parametrize("text,cue,content", [
    # pool-dev3 and the pool: reporting verbs the lexicon lacked
    ("Jakarta, CNN Indonesia -- Bank Indonesia (BI) memandang, inflasi September sebesar 0,22 persen sesuai dengan "
     "data yang dirilis Badan Pusat Statistik.", "memandang", "inflasi September sebesar 0,22 persen"),
    ("Agus merinci, dalam beberapa waktu terakhir, BI telah memberikan pelonggaran dalam bentuk penurunan suku bunga "
     "acuan.", "merinci", "dalam beberapa waktu terakhir, BI telah"),
    ("Jika tetap mangkir, polisi mengancam akan menjemput paksa Yodi.", "mengancam", "akan menjemput paksa Yodi"),
    ("Happy pun menampik jika sang suami lah yang melarangnya untuk kembali berakting.", "menampik",
     "sang suami lah yang melarangnya"),
    ("Juru Bicara Komisi Pemberantasan Korupsi (KPK) Febri Diansyah menginformasikan bahwa dokter yang menangani "
     "Novel Baswedan di Singapura memutuskan untuk melepas membran.", "menginformasikan", "dokter yang menangani"),
    ("Ketua DPR Setya Novanto bersumpah tidak terlibat dalam kasus dugaan korupsi pengadaan KTP elektronik.",
     "bersumpah", "tidak terlibat dalam kasus"),
    ("Blinken mengatakan, dia dan Abbas sepakat bahwa sangat penting bagi Otoritas Palestina untuk memainkan peran "
     "utama.", "sepakat", "sangat penting bagi Otoritas Palestina"),
])
def test_reporting_verbs_of_the_lexicon(text, cue, content):
    a = _one(text, content)
    assert a.cue.text == cue and a.type == "indirect"


@pytest.mark.parametrize("text,cue", [
    # the same verbs narrating an action, a decision or a cause
    ("Pada menit 60, Freiburg sempat mengancam gawang Bayern melalui tembakan Florian Niederlechner.", "mengancam"),
    ("Namun, pada Desember 2016, keduanya sepakat untuk berpisah.", "sepakat"),
    ("Dengan begitu, ketiganya sudah sepakat akan berkostum Persib.", "sepakat"),
    ("Pria berusia 93 tahun itu menampik ketika ditanya apakah dirinya mengetahui pelecehan seksual di sekolahnya.",
     "menampik"),
])
def test_reporting_verbs_that_narrate(text, cue):
    assert not [a for a in _records(text) if a.cue is not None and a.cue.text == cue]


def test_an_action_verb_after_dan_does_not_end_the_clause():
    """seeds: "dan mengancam stabilitas regional" is the clause's second predicate, not a new report."""
    text = ("Ia mengatakan serangan tersebut membahayakan kedaulatan negaranya dan mengancam stabilitas regional.")
    assert _one(text, "serangan tersebut").content.text.endswith("mengancam stabilitas regional")


@pytest.mark.parametrize("text,content", [
    # pool-dev and the pool: a noun naming the statement, then "bahwa" and the statement
    ("Dalam pertemuan, Jokowi juga menyampaikan pendapatnya bahwa kedua Perppu itu sangat penting untuk "
     "menyelamatkan negara.", "kedua Perppu itu sangat penting untuk menyelamatkan negara"),
    ("Penelitian sebelumnya menemukan fakta bahwa wanita lebih mampu menikmati seks seiring pertambahan usia.",
     "wanita lebih mampu menikmati seks seiring pertambahan usia"),
    ("Putin telah menyampaikan harapan bahwa keterpilihan Donald Trump akan meningkatkan hubungan kedua negara.",
     "keterpilihan Donald Trump akan meningkatkan hubungan kedua negara"),
])
def test_a_statement_noun_before_bahwa(text, content):
    assert _one(text, content).content.text == content


def test_an_accusation_before_bahwa_is_not_the_speakers_statement():
    text = "Zidane juga membantah anggapan Fabio Capello bahwa salah satu faktor keterpurukan mereka adalah Ronaldo."
    assert not [a for a in _records(text) if a.content.text.startswith("salah satu faktor")]


def test_the_outer_speakers_own_stance_inside_the_clause_is_one_record():
    """pool-dev2: "… pendapatnya bahwa dirinya merasa perlu …" is Andre's one statement."""
    text = "Untuk itu, Andre juga mengutarakan pendapatnya bahwa dirinya merasa perlu mendukung La Nyalla secara moril."
    assert [a.content.text for a in _records(text)] == ["dirinya merasa perlu mendukung La Nyalla secara moril"]


def test_a_ministry_with_dan_is_one_title_before_the_verb():
    """The pool: "Menteri Kelautan dan Perikanan menyampaikan …" is the minister named before, not "Perikanan"."""
    text = ("Menteri Kelautan dan Perikanan Susi Pudjiastuti datang ke Italia. Dalam sambutannya Menteri Kelautan dan "
            "Perikanan menyampaikan harapannya bahwa kedatangan KRI Bima Suci dapat melatih taruna.")
    a = _one(text, "kedatangan KRI Bima Suci")
    assert a.source.text == "Menteri Kelautan dan Perikanan" and a.speaker == "Susi Pudjiastuti"


@pytest.mark.parametrize("text,content", [
    # pool-dev and the pool: inside a quotation, someone else's statement is a report of its own
    ("“Namanya Herman, tapi saya lupa sebagai apa. Dia bilang partai Golkar sedang butuh atribut kampanye,” kata "
     "Andi.", "partai Golkar sedang butuh atribut kampanye"),
    ("\"Beliau (Jokowi) mengatakan kita negara agraris, kita harus swasembada pangan,\" kata Susi.",
     "kita negara agraris"),
    ("“Ketika batu itu jatuh, orang-orang Hawaii langsung mengatakan itu adalah karma,” ujarnya.", "itu adalah karma"),
])
def test_a_third_party_speaking_inside_a_quotation(text, content):
    assert _one(text, content).type == "indirect"


@pytest.mark.parametrize("text", [
    # a third party's feeling, and the speaker's own stance, inside a quotation are the speaker's account
    "“Banyak yang mengirim barang lewat kami karena mereka merasa nyaman dan tenang menggunakan jasa kami,” katanya.",
    "“Saya yakin tim kami bisa menang di laga berikutnya,” kata Indra.",
])
def test_a_feeling_inside_a_quotation_is_no_report(text):
    assert [a.rule for a in _records(text)] == ["quote-post-cue"]


def test_an_object_pronoun_before_bahwa_is_not_content():
    a = _one("Scout juga mengingatkan saya bahwa wanita adalah pejuang.", "wanita")
    assert a.content.text == "wanita adalah pejuang"


@pytest.mark.parametrize("text,content", [
    # pool-dev3 and the pool: an adjunct of the reported clause after the cue, then a comma and the clause
    ("Tim kuasa hukum Ahok pun berharap dengan pencabutan banding ini, kejaksaan juga ikut mencabut permohonan "
     "banding.", "dengan pencabutan banding ini, kejaksaan"),
    ("Wolff berharap dengan pengalaman dan kemampuannya, Allison mampu membawa kejayaan Mercedes dalam ajang F1.",
     "dengan pengalaman dan kemampuannya, Allison"),
])
def test_an_adjunct_opens_the_reported_clause(text, content):
    assert _one(text, content).rule == "reported-verb-adjunct"


@pytest.mark.parametrize("text,cue,speaker", [
    # pool-dev3 and the pool: the next sentence confirms the one before and names who said it
    ("Sejak kepergian Jupe untuk selamanya, akhirnya presenter Raffi Ahmad terlihat datang. Hal tersebut juga "
     "dibenarkan oleh ibunda Jupe, Sri Wulansih, yang kebetulan memang tengah ziarah.", "dibenarkan", "Sri Wulansih"),
    ("Mantan Perdana Menteri Thailand Yingluck Shinawatra dikabarkan kabur ke luar negeri sebelum sidang putusan. "
     "Kabar itu diperoleh dari sumber dekat dengan partai pengusung Yingluck.", "diperoleh", None),
    ("Pelawak Eko DJ dikabarkan meninggal dunia karena sakit. Kabar tersebut dibenarkan oleh salah satu kolega Eko "
     "yang juga seorang pelawak, Tarzan.", "dibenarkan", None),
])
def test_a_back_reference_confirms_the_sentence_before(text, cue, speaker):
    recs = [a for a in _records(text) if a.rule == "reported-next-sentence"]
    assert len(recs) == 1 and recs[0].cue.text == cue and recs[0].content.text == text.split(". ")[0]
    if speaker:
        assert recs[0].speaker == speaker


@pytest.mark.parametrize("text", [
    # the same participles narrating, with no back-reference
    "Kemenangan itu diperoleh Borussia Dortmund atas Sporting Lisbon di kandang lawan.",
    "Peluang sempat diperoleh Gresik United pada menit kesembilan.",
])
def test_back_reference_cues_alone_narrate(text):
    assert not _records(text)


@pytest.mark.parametrize("text,content", [
    # news-dev and the pool: a document says what it says
    ("Aturan tentang alat pencegah kehamilan tertuang dalam pasal 481 RKUHP. Pasal itu berbunyi: Setiap orang yang "
     "tanpa hak mempertunjukkan suatu alat untuk mencegah kehamilan dipidana dengan pidana denda.",
     "Setiap orang yang tanpa hak"),
    ("Zainut menjelaskan, pasal itu berbunyi, \"setiap orang berhak atas pengakuan, jaminan, perlindungan dan "
     "kepastian hukum yang adil.\"", "setiap orang berhak atas pengakuan"),
])
def test_a_document_says(text, content):
    a = _one(text, content)
    assert a.cue.text == "berbunyi"


@pytest.mark.parametrize("text", [
    "Pada bait yang seharusnya berbunyi \"Don't you come for me/ No, not Today\", Perry mengubahnya.",
    "Peluit panjang tanda berakhirnya pertandingan berbunyi, Lakers unggul 18 poin atas Nuggets.",
])
def test_a_sound_or_a_line_is_no_document(text):
    assert not [a for a in _records(text) if a.cue is not None and a.cue.text == "berbunyi"]


@pytest.mark.parametrize("text,found", [
    # the pool and pool-dev2: a finding is reported with "bahwa" by anyone, with an object and its predicate only
    # by a study or researchers
    ("Ia menemukan fakta bahwa sebagian kematian akibat selfie terjadi saat seseorang jatuh dari tempat tinggi.", True),
    ("Penelitian sebelumnya menemukan fakta bahwa wanita lebih mampu menikmati seks.", True),
    ("Saat dilakukan pemeriksaan, polisi menemukan pipa diduga bom.", False),
    ("Tim SAR kembali menemukan satu jenazah korban tertimbun tanah longsor di Desa Banaran.", False),
])
def test_a_finding(text, found):
    assert bool([a for a in _records(text) if a.cue is not None and a.cue.text == "menemukan"]) is found


def test_siapa_pun_is_a_subject():
    """pool-dev3: "siapa pun" (anyone) opens a reported clause; a bare "siapa" asks a question."""
    assert _one("Namun, Sudirman menyebut siapa pun dapat memberikan masukan kepada tim.", "siapa pun").cue.text == "menyebut"
    assert not _records("Ia tidak menyebut siapa yang akan dipilih.")


@pytest.mark.parametrize("text", [
    # the pool and pool-dev: line-ups, results and headings in "Label: …" lines are no statements
    "Benzema, Marco Asensio, Cristiano Ronaldo.\n\nPelatih: Zinedine Zidane\n\nBayern Muenchen: Neuer, Lahm.",
    "Susunan Pemain:\n\nEmpoli: Skorupski; Zambelli, Cosic, Bellusci, Pasqual\n\nJuventus: Buffon, Bonucci.",
    "Berikut ulasannya:\n\nPIALA AFF: Fisik Timnas Saat Ini Lebih Buruk Dari 2010",
])
def test_label_lines_that_are_no_statements(text):
    assert not [a for a in _records(text) if a.rule == "headline"]


@pytest.mark.parametrize("text,content,speaker", [
    # pool-dev4: a feeling after a cue with a predicate frame is the statement, however short
    ("Sementara itu, Hanif yang mendapatkan kontrak dua tahun di Arema mengaku senang. Dia akan memanfaatkan "
     "kesempatan ini dengan baik.", "senang", "Hanif"),
    ("Sugito mengaku keberatan dengan penetapan tersangka kliennya itu.",
     "keberatan dengan penetapan tersangka kliennya itu", "Sugito"),
])
def test_a_feeling_after_a_predicate_cue(text, content, speaker):
    (a,) = _records(text)
    assert (a.content.text, a.speaker, a.type) == (content, speaker, "indirect")



@pytest.mark.parametrize("text,content,speaker", [
    # pool-dev4: an appeal whose object goes on to a negation and an adjective
    ("Kusworo mengimbau masyarakat tidak panik dan segera melaporkan kepada petugas Polsek atau Polres Jember.",
     "masyarakat tidak panik dan segera melaporkan kepada petugas Polsek atau Polres Jember", "Kusworo"),
    # pool-dev4: "sadar bahwa …", a stance with a complementiser
    ("Tapi, Chairul sadar bahwa kondisi tim juga sedang tidak komplit karena ada beberapa pemain yang harus absen.",
     "kondisi tim juga sedang tidak komplit karena ada beberapa pemain yang harus absen", "Chairul"),
])
def test_appeals_with_a_negation_and_awareness_with_bahwa(text, content, speaker):
    (a,) = _records(text)
    assert (a.content.text, a.speaker) == (content, speaker)


def test_aware_of_a_thing_is_no_statement():
    assert not _records("Ia sadar akan bahaya itu dan tetap berangkat.")


@pytest.mark.parametrize("text,reports", [
    # "menjawab" takes a question or a trust as its object (pool: "Maisie berkelit saat menjawab pertanyaan itu",
    # "Llorente menjawab kepercayaan sang manajer dengan satu golnya"); only a clause after it is an answer
    ("Maisie berkelit saat menjawab pertanyaan itu.", False),
    ("Llorente menjawab kepercayaan sang manajer dengan satu golnya.", False),
    ("Ketika ditanya soal target, Emery menjawab bahwa timnya siap menjuarai liga.", True),
])
def test_menjawab_reports_a_clause_not_a_question(text, reports):
    assert bool([a for a in _records(text) if a.cue and a.cue.text == "menjawab"]) == reports


@pytest.mark.parametrize("text,content", [
    # a negated denial admits (pool: "Dia pun tak membantah jika proses lelang …", "tak memungkiri partai menghadapi
    # AS Monaco … penting"); sentences of our own in that shape
    ("Dia pun tak membantah jika proses lelang itu hanya formalitas.", "proses lelang itu hanya formalitas"),
    ("Pelatih itu tak memungkiri timnya sempat kesulitan di babak pertama.", "timnya sempat kesulitan di babak pertama"),
])
def test_a_negated_denial_is_an_admission(text, content):
    assert [a.content.text for a in _records(text)] == [content]


def test_other_negated_cues_stay_no_statement():
    assert not _records("Ia tidak mengatakan bahwa timnya akan mundur.")


@pytest.mark.parametrize("text,content", [
    # a subject of two noun phrases joined by "dan", and a comma closing a long subject before its modal
    # (pool: "Paul menegaskan layanan e-commerce pada umumnya dan aCommerce pada khususnya, harus sudah bisa …");
    # sentences of our own in those shapes
    ("Paul menegaskan layanan e-commerce pada umumnya dan toko daring pada khususnya, harus sudah bisa mencermati "
     "tiga tren.", "layanan e-commerce pada umumnya dan toko daring pada khususnya, harus sudah bisa mencermati tiga tren"),
    ("Liam menyebut lagu Slow Hands dan This Town sangat bagus.", "lagu Slow Hands dan This Town sangat bagus"),
    # a second clause after "dan" with a passive verb is the narration's: no statement
    ("Orangtua korban melaporkan kejadian itu kepada ketua RT dan kasus ini diteruskan ke polisi.", None),
])
def test_a_subject_of_joined_noun_phrases(text, content):
    assert [a.content.text for a in _records(text)] == ([content] if content else [])


@pytest.mark.parametrize("text,content", [
    # new cues (dev text: "Agus menguraikan, pembangunan sekolah tersebut dilakukan saat …", "M Zulfichar Mochtar
    # melarang keras masyarakat menyentuh atau mendekati langsung bangkai hewan raksasa …"); a manner adverb after a
    # directive is no part of the request
    ("Agus menguraikan, pembangunan sekolah tersebut dilakukan saat Latif masih menjadi kontraktor.",
     "pembangunan sekolah tersebut dilakukan saat Latif masih menjadi kontraktor"),
    ("Zulfichar Mochtar melarang keras masyarakat menyentuh atau mendekati langsung bangkai hewan itu.",
     "masyarakat menyentuh atau mendekati langsung bangkai hewan itu"),
])
def test_menguraikan_and_melarang(text, content):
    assert [a.content.text for a in _records(text)] == [content]


@pytest.mark.parametrize("text,content,speaker", [
    # a document speaks through a relative clause (dev text: "Verifikasi dituangkan pada Pasal 173 Ayat 1 yang
    # menjelaskan partai peserta Pemilu adalah …"; pool: "Ada pula pasal yang menyebutkan Anggota DPR bisa …")
    ("Verifikasi dituangkan pada Pasal 173 Ayat 1 yang menjelaskan partai peserta Pemilu adalah partai yang lolos "
     "verifikasi.", "partai peserta Pemilu adalah partai yang lolos verifikasi", "Pasal 173 Ayat 1"),
    ("Ada pula pasal yang menyebutkan anggota DPR bisa diberhentikan kalau sudah ada putusan pengadilan.",
     "anggota DPR bisa diberhentikan kalau sudah ada putusan pengadilan", "pasal"),
])
def test_a_document_speaks_through_a_relative_clause(text, content, speaker):
    recs = _records(text)
    assert [(a.content.text, a.speaker) for a in recs] == [(content, speaker)]


def test_a_person_in_a_relative_clause_with_a_plain_cue_stays_none():
    assert not _records("Warga yang menjelaskan kejadian itu kemudian pulang ke rumah.")


@pytest.mark.parametrize("text,content,speaker", [
    # a claimed identity after "sebagai" (issue 14's "mengaku sebagai …"; dev text: "Kini pihaknya mengklaim sebagai
    # bitcoin exchange terbesar di Asia Tenggara"), and a relative clause's resumptive "keduanya" standing for its head
    ("Tersangka mengaku sebagai ayah angkat korban.", "sebagai ayah angkat korban", "Tersangka"),
    ("Dua pasangan calon yang keduanya sama-sama mengklaim sebagai pasangan paling unggul.",
     "sebagai pasangan paling unggul", "Dua pasangan calon"),
])
def test_a_claimed_identity(text, content, speaker):
    assert [(a.content.text, a.speaker) for a in _records(text)] == [(content, speaker)]


def test_a_feeling_with_sebagai_is_no_identity():
    assert not [a for a in _records("Ia bangga sebagai bagian dari masyarakat Halmahera Timur.") if a.content.text.startswith("sebagai")]


def test_dalam_hal_ini_is_a_leading_connective():
    # dev text: "Dalam hal ini, kata dia, angin …": the connective before an interrupting cue is no content
    assert [a.content.text for a in _records("Dalam hal ini, kata dia, angin kencang membuat kapal sulit berlayar.")] == [
        "angin kencang membuat kapal sulit berlayar"]


def test_a_report_noun_speaks_through_its_relative_clause():
    # dev text: "penangkapan Haerul bermula dari informasi masyarakat yang menyebutkan bahwa dia adalah seorang
    # pengedar": "informasi" is a document that speaks (doc_words.tsv), "dari" no part of it
    recs = _records("Polisi mengatakan, penangkapan Haerul bermula dari informasi masyarakat yang menyebutkan bahwa dia "
                    "adalah seorang pengedar.")
    assert [(a.speaker, a.content.text) for a in recs][1:] == [("informasi masyarakat", "dia adalah seorang pengedar")]


@pytest.mark.parametrize("text,source", [
    # dev text (pool-dev7, pool-dev8, pool-dev): an evaluation or a relay as a passive with its named agent inside
    ("Sikap legowo Megawati memberi jalan kepada Joko Widodo dinilai Rafif sebagai salah satu faktor tingginya "
     "elektabilitas PDI Perjuangan.", "Rafif"),
    ("Harga bawang putih kating yang masih dijual dengan harga Rp 70 ribu per kg dianggap Enggar karena kualitas "
     "dengan segmen berbeda.", "Enggar"),
    ("Selena dan ibunya juga dikabarkan Daily Mail tidak lagi saling berkawan di media sosial Instagram.", "Daily Mail"),
    ("Kepastian kontrak baru Vettel dengan Tim Kuda Jingkrak seperti dilaporkan Crash, baru akan diumumkan pada seri "
     "balap GP Italia.", "Crash"),
])
def test_an_inline_passive_with_its_agent_reports_the_whole_clause(text, source):
    (a,) = _records(text)
    assert a.source.text == source and a.content.text == text.rstrip(".")


@pytest.mark.parametrize("text", [
    "Kebijakan itu dinilai berhasil oleh banyak pihak. Hal itu dinilai Rafif sebagai kemunduran.",  # judges, no report
    "Pemerintah dinilai gagal menekan harga.",  # agentless
    "Pengacara kondang itu dilaporkan Akbar Faizal dengan tudingan telah memberikan kesaksian palsu.",  # to the police
])
def test_an_inline_passive_that_reports_nothing(text):
    assert _records(text) == []


@pytest.mark.parametrize("text,content", [
    # dev text (pool-dev9) and pool text: a bare verb of change as the object's own predicate
    ("Dia mencontohkan angka penjualan Ramayana pada 2015 turun 0,2 persen dari 2014.",
     "angka penjualan Ramayana pada 2015 turun 0,2 persen dari 2014"),
    ("Polisi memastikan perempuan cantik itu tewas akibat pembunuhan.", "perempuan cantik itu tewas akibat pembunuhan"),
])
def test_an_object_with_a_bare_verb_of_change_is_a_clause(text, content):
    assert [a.content.text for a in _records(text)] == [content]


@pytest.mark.parametrize("text", [
    "Timnas Indonesia memastikan diri lolos ke putaran final Piala Asia U-16 2018.",  # an idiom: secured
    "Jack Miller mencatat kemenangan pertamanya sejak naik ke MotoGP pada 2015.",  # the verb after "sejak"
])
def test_an_idiom_or_a_subordinate_verb_makes_no_clause(text):
    assert _records(text) == []


@pytest.mark.parametrize("text,source,content", [
    # dev text (pool-dev8, pool-dev4), shortened: after "menurut" with no comma, the name ends where the text wrote it
    # alone before; the clause's own capitalised subject follows
    ("Erwan Agus Purwanto adalah pengamat politik. \"Itu realistis,\" kata Erwan. Menurut Erwan Partai Demokrat perlu "
     "mencari calon untuk Pilpres.", "Erwan", "Partai Demokrat perlu mencari calon untuk Pilpres"),
    ("Aji Santoso melatih Arema. \"Kami siap,\" jelas Aji. Selain Dwi, menurut Aji Arema juga memastikan kiper baru.",
     "Aji", "Selain Dwi, menurut Aji Arema juga memastikan kiper baru"),
])
def test_a_name_after_menurut_ends_where_the_text_wrote_it_alone(text, source, content):
    (a,) = [a for a in _records(text) if a.cue.text.lower() == "menurut"]
    assert (a.source.text, a.content.text) == (source, content)


def test_a_directive_addressee_after_kepada_with_an_aside():
    # dev text (pool-dev11), shortened: "meminta kepada pemerintah daerah dan Badan Pertanahan Nasional (BPN) mempercepat …"
    text = ("Ahli di bidang infrastruktur, Danang Parikesit meminta kepada pemerintah daerah dan Badan Pertanahan "
            "Nasional (BPN) mempercepat pembebasan lahan tol Kunciran.")
    (a,) = _records(text)
    assert a.content.text.startswith("kepada pemerintah daerah") and a.content.text.endswith("tol Kunciran")



@pytest.mark.parametrize("text", [
    # a front relay names a medium: not the outlet's own earlier news, not a phrase with a verb in it
    "Diberitakan sebelumnya, kasus korupsi itu akan segera disidangkan pekan depan.",
    "Seperti dikutip NME ia mengatakan, Voight adalah pria yang baik.",
    # a clause that opens with a statement noun, after a date in commas, is that statement's, not the agency's
    "Seperti dilansir REUTERS, Jumat (30/6), pernyataan Kementerian Keuangan AS menunjuk Bank of Dandong sebagai "
    "pintu masuk dana ilegal.",
    "Dilansir REUTERS, Jumat (30/6), pernyataan Kementerian Keuangan AS menunjuk Bank of Dandong sebagai pintu masuk.",
])
def test_what_a_front_relay_is_not(text):
    out = Pipeline().run(text)
    assert not [a for a in out.attributions if a.rule == "reported-relay"]



@pytest.mark.parametrize("text,content,speaker", [
    # a noun of the speech act and its demonstrative point back to the sentence before (pool-dev12, pool-dev8)
    ("Sebanyak lima calon anggota komisioner Komisi Nasional Hak Asasi Manusia dinilai kurang memahami isu HAM. "
     "Penilaian itu disampaikan Koalisi Masyarakat Sipil berdasarkan penelusuran rekam jejak.",
     "Sebanyak lima calon anggota komisioner Komisi Nasional Hak Asasi Manusia dinilai kurang memahami isu HAM",
     "Koalisi Masyarakat Sipil"),
    ("Sepeda motor dilarang melintas di Jalan Thamrin mulai pekan depan. Imbauan tersebut disampaikan Dirlantas Polda "
     "Metro Jaya, Kombes Halim Pagarra.", "Sepeda motor dilarang melintas di Jalan Thamrin mulai pekan depan",
     "Halim Pagarra"),
])
def test_a_speech_noun_with_a_demonstrative_takes_the_sentence_before(text, content, speaker):
    out = Pipeline().run(text)
    assert [(a.content.text, a.speaker, a.rule) for a in out.attributions] == [(content, speaker, "reported-next-sentence")]


@pytest.mark.parametrize("text,content", [
    # a bare cue inside the clause, no commas: a name or a pronoun, then the predicate (pool-dev12, pool text)
    ("Syarif menuturkan besaran dana itu terlalu besar. Hal tersebut kata Syarif juga tidak berdasar pada hukum.",
     "Hal tersebut kata Syarif juga tidak berdasar pada hukum"),
    ("Pembangunan jalan tol itu kata dia akan selesai tahun depan.",
     "Pembangunan jalan tol itu kata dia akan selesai tahun depan"),
])
def test_a_bare_cue_inside_the_clause_without_commas(text, content):
    out = Pipeline().run(text)
    assert content in [a.content.text for a in out.attributions if a.rule == "reported-inner-cue"]


@pytest.mark.parametrize("text,content", [
    # advocacy with a complementiser, an adverb between ("mendukung kuat agar"; pool-dev12)
    ("Ketika pasukan Soviet menginvasi Afghanistan, Brzezinski mendukung kuat agar AS mempersenjatai para pemberontak "
     "Afghanistan.", "AS mempersenjatai para pemberontak Afghanistan"),
    ("Partai Golkar mendukung agar pemilihan kepala daerah digelar serentak.", "pemilihan kepala daerah digelar serentak"),
    # with a noun phrase it narrates
    ("Partai Golkar mendukung Ahok dalam Pilgub DKI.", None),
])
def test_mendukung_reports_only_with_a_complementiser(text, content):
    out = Pipeline().run(text)
    assert [a.content.text for a in out.attributions] == ([content] if content else [])


@pytest.mark.parametrize("text,cue,content", [
    # a report noun between the cue and "bahwa": the clause after "bahwa" is what was confirmed or denied
    ("Wakil Sekretaris Jenderal PDIP Andreas Hugo Pereira membenarkan kabar bahwa Anas mundur sebagai bakal cawagub "
     "Jatim.", "membenarkan", "Anas mundur sebagai bakal cawagub Jatim"),
    ("Polisi menepis isu bahwa pelaku sudah melarikan diri ke luar negeri.", "menepis",
     "pelaku sudah melarikan diri ke luar negeri"),
    ("Juru bicara itu membantah rumor bahwa perusahaan akan bangkrut tahun ini.", "membantah",
     "perusahaan akan bangkrut tahun ini"),
    # "beralasan bahwa": a reason given
    ("Ia beralasan bahwa pihaknya fokus dalam pembuktian terhadap Setya Novanto.", "beralasan",
     "pihaknya fokus dalam pembuktian terhadap Setya Novanto"),
])
def test_a_report_noun_before_bahwa_and_a_reason_given(text, cue, content):
    assert [(a.cue.text, a.content.text) for a in _records(text)] == [(cue, content)]


@pytest.mark.parametrize("text", [
    # "beralasan" as "justified", not a speech act
    "Ketidakpercayaan itu beralasan, karena pada Maret lalu dia membantahnya di televisi.",
    "Jadi cukup beralasan mengapa pabrikan itu ikut merilis perangkat baru.",
])
def test_justified_is_no_reason_given(text):
    assert [a for a in _records(text) if a.cue and a.cue.text == "beralasan"] == []


@pytest.mark.parametrize("text,content", [
    # leading connectives before an interrupting cue are no content (the spec's "Namun", "Saat ini")
    ("Lebih dari itu, Andreas menyatakan, PDIP akan segera menentukan sosok pengganti Anas.",
     "PDIP akan segera menentukan sosok pengganti Anas"),
    ("Sebelumnya, kata Lucky, ibunya sudah menjalani perawatan intensif di Malaysia.",
     "ibunya sudah menjalani perawatan intensif di Malaysia"),
    # pool-dev17 and the pool: "Hanya saja" ("only"), "Namun demikian", "Walau demikian", "Selanjutnya"
    ("Hanya saja, kata Bima lagi, ada beberapa pemain yang kondisinya kurang fit.",
     "ada beberapa pemain yang kondisinya kurang fit"),
    ("Namun demikian, menurut dia, pemerintah harus tetap progresif memacu pertumbuhan elektrifikasi nasional.",
     "pemerintah harus tetap progresif memacu pertumbuhan elektrifikasi nasional"),
    ("Selanjutnya, kata Asep, saksi melihat MA membawa dua buah amplifier di motornya.",
     "saksi melihat MA membawa dua buah amplifier di motornya"),
    # "Kedua" is "both" as often as "second": it stays
    ("Kedua terdakwa, kata Soesilo, juga telah mengajukan diri sebagai justice collaborator.",
     "Kedua terdakwa, kata Soesilo, juga telah mengajukan diri sebagai justice collaborator"),
])
def test_leading_connectives_before_an_interrupting_cue(text, content):
    assert [a.content.text for a in _records(text)] == [content]


@pytest.mark.parametrize("text,speaker", [
    # a front relay whose clause has a subject and a cue verb of its own: that record carries the statement
    ("Dilansir laman the Guardian, Rabu (6/9), Suu Kyi mengatakan pemerintahnya sudah berbuat maksimal untuk "
     "melindungi warga.", "Suu Kyi"),
])
def test_a_front_relay_before_a_clause_with_its_own_cue(text, speaker):
    (a,) = _records(text)
    assert (a.speaker, a.rule, a.outlets) == (speaker, "reported-verb", ["the Guardian"])


def test_a_front_relay_before_hearsay_stays_the_relay():
    # "X disebut-sebut …" is hearsay the outlet relays
    text = "Dilansir Ace Showbiz, Drake bahkan disebut-sebut sudah menemukan tambatan hati baru."
    assert [a.rule for a in _records(text)] == ["reported-relay"]


def test_kalau_after_the_addressee_is_that():
    # pool-dev13: "Dilansir dari laman Reuters, Selasa (15/8), …, Kiren Rijiju, menyampaikan kepada parlemen pekan lalu
    # kalau …": the minister's statement, relayed by Reuters
    text = ("Dilansir dari laman Reuters, Selasa (15/8), Wakil Menteri Dalam Negeri India, Kiren Rijiju, menyampaikan "
            "kepada parlemen pekan lalu kalau pemerintah pusat sudah memerintahkan setiap negara bagian mendata orang "
            "Rohingya.")
    a = _records(text)[0]
    assert (a.speaker, a.cue.text, a.outlets) == ("Kiren Rijiju", "menyampaikan", ["Reuters"])
    assert a.content.text.startswith("pemerintah pusat sudah memerintahkan")


@pytest.mark.parametrize("text,content,speaker", [
    # pool-dev16: a passive cue with its clitic agent in a relative clause reports the agent's judgement of the head
    ("Rossi mengakui, ia percaya diri dengan sasis baru Yamaha, tapi lebih khawatir pada spesifikasi mesin baru "
     "Yamaha yang disebutnya tidak fantastis.", "tidak fantastis", "Rossi"),
    # pool-dev: the head of the relative clause is spoken of, "-nya" is the one speaking (our own sentence)
    ("“Itu teman saya,” ujar Winardi Sunoto. Dari kacamata Winardi, Budi yang disebutnya satu angkatan saat kuliah "
     "di ITB, merupakan orang yang tepat.", "satu angkatan saat kuliah di ITB", "Winardi Sunoto"),
])
def test_relative_clause_with_a_passive_clitic_cue(text, content, speaker):
    (a,) = [a for a in Pipeline().run(text).attributions if a.rule == "reported-passive-clitic"]
    assert (a.content.text, a.cue.text, a.source.text, a.speaker) == (content, "disebut", "nya", speaker)


def test_relative_passive_clitic_before_an_adjunct_reports_nothing():
    # the pool: "pernyataan yang dikatakannya via Facebook" is where it was said, not what
    assert not [a for a in Pipeline().run("Ia mengulang pernyataan yang dikatakannya via Facebook.").attributions
                if a.rule == "reported-passive-clitic"]


def test_trailing_speech_frame_that_closes_the_sentence():
    # pool-dev16: ", seperti yang diungkapkan X kepada <outlet>, <date>." reports the clause before it
    text = ("Praktis hal itu membuat para pemain menjadi sedih, seperti yang diungkapkan kapten Persib Atep dan Tantan "
            "kepada CNNIndonesia.com, Rabu (7/6).")
    (a,) = Pipeline().run(text).attributions
    assert (a.content.text, a.cue.text, a.outlets) == ("Praktis hal itu membuat para pemain menjadi sedih", "diungkapkan",
                                                        ["CNNIndonesia.com"])
    assert a.speaker.endswith("Atep dan Tantan")


def test_trailing_speech_frame_inside_a_clause_is_no_relay():
    # our own sentence: mid-sentence the frame interrupts a clause that goes on; the head noun is no statement
    out = Pipeline().run("Strategi ini, seperti dikatakan Manajer Suzuki Dimas, akan terus dijalankan.").attributions
    assert [a.content.text for a in out if a.rule == "reported-relay"] == []


def test_a_cue_form_after_yang_is_an_adjective():
    # the pool: "tanpa alasan yang jelas" ("for no clear reason") is no "…, jelas X"
    text = ("Selanjutnya, tanpa alasan yang jelas, orang-orang tak dikenal itu menjelaskan bahwa Hong Kong tak bisa "
            "menerima kehadiran Abdul Somad.")
    assert [a for a in _records(text) if a.cue and a.cue.text == "jelas"] == []


def test_menurut_a_pronoun_without_a_comma_nests_the_report_after_it():
    # pool-dev13: "menurut dia" with no comma before a clause that has its own cue: two records, the pronoun alone
    # is the source of "menurut", and the inner subject is no part of it
    text = ("Kiren Rijiju sudah berbicara dengan Bangladesh dan Myanmar soal itu. Namun, menurut dia pemerintah "
            "Myanmar menyatakan tidak mau menerima begitu saja orang Rohingya.")
    outer, inner = _records(text)
    assert (outer.cue.text, outer.source.text, outer.speaker) == ("menurut", "dia", "Kiren Rijiju")
    assert outer.content.text.startswith("pemerintah Myanmar menyatakan")
    assert (inner.cue.text, inner.source.text, inner.content.text) == (
        "menyatakan", "pemerintah Myanmar", "tidak mau menerima begitu saja orang Rohingya")


@pytest.mark.parametrize("text,cue,content", [
    # pool-dev18: a denial verb the lexicon lacked; a predicate of tendency
    ("Mastuki menyanggah pihaknya melanggar kesepakatan.", "menyanggah", "pihaknya melanggar kesepakatan"),
    ("Butet mengaku kondisi badannya cenderung menurun setelah lama tidak berlatih.", "mengaku",
     "kondisi badannya cenderung menurun setelah lama tidak berlatih"),
    # the pool: "bersikukuh/bersikeras bahwa …" insists on a claim
    ("Sementara May bersikukuh bahwa Inggris harus bisa melakukan kesepakatan perdagangan sendiri.", "bersikukuh",
     "Inggris harus bisa melakukan kesepakatan perdagangan sendiri"),
])
def test_denial_insistence_and_tendency(text, cue, content):
    (a,) = _records(text)
    assert (a.cue.text, a.content.text) == (cue, content)


@pytest.mark.parametrize("text", [
    # the pool: insisting on an action is a decision, not a statement
    "Namun Zuck bersikukuh untuk tidak menjual Facebook.",
    "Mainz terdegradasi tetapi Klopp bersikeras bertahan di klub tersebut.",
])
def test_insisting_on_an_action_is_no_statement(text):
    assert _records(text) == []


@pytest.mark.parametrize("text,content", [
    # pool-dev18, the pool: where the addressee is ("di <place>") stays inside the directive's object
    ("Komando dari studio di Jakarta meminta kru di Pamengpeuk mengulang prosedur peluncuran.",
     "kru di Pamengpeuk mengulang prosedur peluncuran"),
    ("Dia mendesak seluruh komunitas di Rakhine State memilih jalan damai dan menahan diri.",
     "seluruh komunitas di Rakhine State memilih jalan damai dan menahan diri"),
])
def test_a_place_inside_a_directives_addressee(text, content):
    (a,) = _records(text)
    assert (a.rule, a.content.text) == ("reported-directive-object", content)


@pytest.mark.parametrize("text,cue,content", [
    # pool-dev19, shortened: "sebelumnya" between the cue and its complementiser is left out with it
    ("Peneliti Chris Colwell menyebutkan sebelumnya jika makan larut malam bisa berdampak buruk pada organ tubuh.",
     "menyebutkan", "makan larut malam bisa berdampak buruk pada organ tubuh"),
    ("Ghozali menegaskan sebelumnya bahwa pelatih asal Malang tak cocok menangani Arema.", "menegaskan",
     "pelatih asal Malang tak cocok menangani Arema"),
    # pool-dev19, the pool: an excuse and a forecast are statements
    ("Pria yang karib disapa Pak Yo itu berdalih bahwa masih tingginya PPnBM jadi kontributor utama.", "berdalih",
     "masih tingginya PPnBM jadi kontributor utama"),
    ("Saat itu MI berdalih hendak bertemu saudaranya dulu di Kelapa Gading.", "berdalih",
     "hendak bertemu saudaranya dulu di Kelapa Gading"),
    ("Untuk laba, Kioson memproyeksikan dapat mencetak sekitar Rp 9 miliar.", "memproyeksikan",
     "dapat mencetak sekitar Rp 9 miliar"),
])
def test_said_before_an_excuse_and_a_forecast(text, cue, content):
    (a,) = _records(text)
    assert (a.cue.text, a.content.text) == (cue, content)


def test_projecting_a_thing_is_no_forecast():
    # the pool: a noun phrase after "memproyeksikan" is what is projected
    assert _records("Proyektor itu memproyeksikan layar yang lebar ke dinding.") == []


@pytest.mark.parametrize("text,content", [
    # pool-dev20: an acronym in brackets inside the complement's subject does not end it
    ("Wakil Ketua DPR Fahri Hamzah menilai keberadaan Komnas HAM dan Komisi Pemberantasan Korupsi (KPK) sudah tidak "
     "diperlukan.", "keberadaan Komnas HAM dan Komisi Pemberantasan Korupsi (KPK) sudah tidak diperlukan"),
    # sentences of our own: after a phrase closed by its demonstrative, a verb that takes no noun phrase reports
    # the predicate that follows
    ("Budi Santoso mengatakan rencana itu batal.", "rencana itu batal"),
    ("Budi Santoso menilai keputusan tersebut tepat.", "keputusan tersebut tepat"),
])
def test_a_bracket_or_a_demonstrative_inside_the_complements_subject(text, content):
    (a,) = _records(text)
    assert a.content.text == content


@pytest.mark.parametrize("text", [
    # pool-dev8, pool-dev18: what follows "hal itu" is where and when it was said, no predicate
    "Marquez mengatakan hal tersebut dalam konferensi pers jelang GP Argentina.",
    "Bambang Soesatyo mengatakan hal itu dalam sambutannya ketika menghadiri acara peresmian gedung.",
    "Budi Santoso mengatakan hal itu kepada wartawan.",
])
def test_what_follows_a_demonstrative_phrase_may_be_an_adjunct(text):
    assert _records(text) == []


def test_a_contrast_clause_with_a_long_titled_speaker_ends_the_first_report():
    # pool-dev20: ", sementara <a title of four words and a name> mengatakan, “…”" is a second speaker's clause; and
    # "sementara" after a quotation's closing comma is no speech verb
    text = ("Kanselir Jerman Angela Merkel menyebut Liu sebagai “pejuang hak asasi manusia pemberani”, sementara Menteri "
            "Luar Negeri Inggris Boris Johnson mengatakan, “China salah karena tidak mengijinkan Liu berobat.”")
    got = [(a.content.text, a.cue.text, a.speaker) for a in _records(text)]
    assert got == [("Liu sebagai “pejuang hak asasi manusia pemberani”", "menyebut", "Angela Merkel"),
                   ("China salah karena tidak mengijinkan Liu berobat.", "mengatakan", "Boris Johnson")]


@pytest.mark.parametrize("text,source,content", [
    # pool-dev20: "Menurut <title> <name> <the clause's subject> ini …" with no comma: the titled name is the source
    # (a bracketed aside inside it goes on with it), the demonstrative's phrase opens the clause
    ("Menurut Sekretaris Corporate PT Pertamina (Persero) Syahrial Mucktar bantuan ini sebagai bentuk kepedulian.",
     "Sekretaris Corporate PT Pertamina (Persero) Syahrial Mucktar", "bantuan ini sebagai bentuk kepedulian"),
    # sentences of our own: the same without the aside; a description closed by its demonstrative stays the source
    ("Menurut Pelatih Persib Mario Gomez pemain ini sudah siap bertanding.", "Pelatih Persib Mario Gomez",
     "pemain ini sudah siap bertanding"),
    ("Menurut pelatih asal Prancis ini kompetisi makin ketat.", "pelatih asal Prancis ini", "kompetisi makin ketat"),
])
def test_menurut_a_titled_name_without_a_comma(text, source, content):
    (a,) = _records(text)
    assert (a.source.text, a.content.text) == (source, content)


def test_sebaliknya_is_a_leading_connective():
    # the pool: "Sebaliknya, kata Ella, tanpa angkutan umum …": the connective is no part of the interrupted clause
    (a,) = _records("Sebaliknya, kata Ella Tengkudung, tanpa angkutan umum yang memadai pengguna motor akan tetap "
                    "menggunakan kendaraannya.")
    assert a.content.text.startswith("tanpa angkutan umum")


@pytest.mark.parametrize("text,content", [
    # a stance taken, a bare verb as the whole predicate (pool-dev16's and pool-dev23's forms, written here)
    ("Pelatih itu menyatakan mundur sebagai pelatih tim nasional.", "mundur sebagai pelatih tim nasional"),
    ("Pengurus daerah menyatakan tunduk kepada keputusan pengurus pusat.", "tunduk kepada keputusan pengurus pusat"),
])
def test_a_stance_taken_with_a_bare_verb(text, content):
    assert [a.content.text for a in _records(text)] == [content]


def test_a_report_in_the_subjects_relative_clause_and_the_main_clauses_own():
    # pool-dev: "Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi People bahwa …" (written here): the
    # relative clause's report ends before the main verb, which reports for itself past the medium it told, and the
    # medium is the main clause's relay
    text = ("Sumber yang mengaku dekat dengan keluarga penyanyi itu mengonfirmasi People bahwa ibunya sengaja pergi ke "
            "rumah sakit.")
    recs = [(a.cue.text, a.content.text, a.outlets) for a in _records(text)]
    assert recs == [("mengaku", "dekat dengan keluarga penyanyi itu", []),
                    ("mengonfirmasi", "ibunya sengaja pergi ke rumah sakit", ["People"])]



@pytest.mark.parametrize("text", [
    # the pool's shapes, our own sentences: a noun-phrase object of a verb that also takes one, with a verb only
    # inside a phrase after a link ("dalam upaya …", "untuk …") or in the speaker's second predicate after "serta"
    "Panglima mengusulkan keterlibatan TNI dalam upaya memberantas terorisme lewat revisi undang-undang.",
    "Grup musik itu mengumumkan perilisan album live terbarunya untuk mengenang sang vokalis.",
    "Para nelayan menuntut legalisasi cantrang serta mendesak presiden mencopot menteri.",
])
def test_a_noun_phrase_object_with_a_verb_after_it_reports_nothing(text):
    assert not [a for a in _records(text) if a.type == "indirect" and a.rule == "reported-verb"]


@pytest.mark.parametrize("text,content", [
    # development gold (news-dev): an institution's noun with an adjective predicate and its adjunct
    ("Aksi 2411 menuntut kepolisian adil dalam menangani kasus dugaan ujaran kebencian yang menjerat politikus itu.",
     "kepolisian adil dalam menangani kasus"),
    # our own sentence: a nominalisation with its own predicate is a clause
    ("Bupati menegaskan pembangunan jalan itu akan selesai tahun depan.", "pembangunan jalan itu akan selesai"),
])
def test_a_nominal_subject_with_its_predicate_is_still_reported(text, content):
    assert [a for a in _records(text) if a.type == "indirect" and a.content.text.startswith(content)]


@pytest.mark.parametrize("text,content", [
    # pool-dev24: a fronted adjunct opens the reported clause; its comma is no cut before "BPOM mengungkap"
    ("Penny mengatakan selama 2017, BPOM mengungkap 49 perkara tindak pidana OT tanpa izin edar dan telah diproses "
     "secara pro-justitia.", "selama 2017, BPOM mengungkap 49 perkara tindak pidana OT tanpa izin edar dan telah "
     "diproses secara pro-justitia"),
    # our own sentence: a clause before the comma still ends there when a new speaker and cue follow it
    ("Menteri mengatakan harga beras sudah turun, Bulog menegaskan stok aman sampai Lebaran.",
     "harga beras sudah turun"),
])
def test_a_fronted_adjunct_comma_is_no_cut_before_a_new_speaker(text, content):
    (a,) = [a for a in _records(text) if a.cue.text == "mengatakan"]
    assert a.content.text == content


@pytest.mark.parametrize("text,cue,content", [
    # pool-dev24 and our own sentences: a boast, a warning, a variant spelling of "merinci" (cues.tsv)
    ("Bek tengah Timnas Malaysia U-22, Adib Zainudin, sesumbar bisa mengganyang Timnas Indonesia U-22.", "sesumbar",
     "bisa mengganyang Timnas Indonesia U-22"),
    ("Kapolri mewanti-wanti agar anggota tidak terprovokasi oleh isu di media sosial.", "mewanti-wanti",
     "anggota tidak terprovokasi oleh isu di media sosial"),
    ("Fabio merincikan kasus-kasus tersebut meliputi intervensi ketika wartawan melaksanakan peliputan.", "merincikan",
     "kasus-kasus tersebut meliputi intervensi ketika wartawan melaksanakan peliputan"),
])
def test_more_cue_verbs(text, cue, content):
    assert [(a.cue.text, a.content.text) for a in _records(text)] == [(cue, content)]


def test_an_idiom_of_the_cue_with_bahwa_after_it_reports_the_clause():
    # pool-dev24: "percaya diri" (self-confident) is no belief; with "bahwa" right after it it reports one
    text = "Lebih lanjut, Adib percaya diri bahwa lini belakang timnya dapat bermain dengan baik dalam ajang tersebut."
    assert [a.content.text for a in _records(text)] == ["lini belakang timnya dapat bermain dengan baik dalam ajang tersebut"]
    assert not _records("Arsenal boleh percaya diri untuk pertandingan nanti.")


@pytest.mark.parametrize("text,content", [
    # the form, our own sentence: a post-posed "demikian" with a passive cue and its agent
    ("Pemerintah akan menaikkan harga BBM pekan depan, demikian diklaim Kementerian ESDM.",
     "Pemerintah akan menaikkan harga BBM pekan depan"),
    # pool-dev17: the passive with its agent inside the clause
    ("Aksi mogok juga diklaim Serikat Pekerja sebagai aksi untuk menyelamatkan aset negara.",
     "Aksi mogok juga diklaim Serikat Pekerja sebagai aksi untuk menyelamatkan aset negara"),
])
def test_diklaim_with_its_agent(text, content):
    (a,) = _records(text)
    assert a.cue.text == "diklaim" and a.content.text.startswith(content[:30])


def test_diklaim_with_no_agent_reports_nothing():
    assert not _records("Produk yang diklaim sebagai obat herbal itu ternyata mengandung bahan kimia.")


@pytest.mark.parametrize("text,source,content", [
    # the form and pool-dev20: a document, then an agentless passive cue
    ("Dalam Pasal 5 ayat (2) disebutkan, setiap warga berhak atas pendidikan.", "Pasal 5 ayat (2)",
     "setiap warga berhak atas pendidikan"),
    ("Kabar itu menyebar melalui pesan berantai. Di sana disebutkan bahwa korban kekerasan seksual berjumlah 35 orang.",
     "sana", "korban kekerasan seksual berjumlah 35 orang"),
    ("Dalam surat tersebut disebutkan bahwa semua pegawai wajib hadir pada apel pagi.", "surat tersebut",
     "semua pegawai wajib hadir pada apel pagi"),
])
def test_a_document_before_an_agentless_passive_is_the_source(text, source, content):
    (a,) = [a for a in _records(text) if a.rule == "reported-document-passive"]
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    # our own sentences: an occasion is no document; a passive with its agent is another rule's
    "Dalam kesempatan itu disampaikan Kapolres bahwa pelaku sudah ditangkap.",
    "Dalam rapat tersebut dijelaskan, anggaran tahun depan akan naik.",
])
def test_no_document_passive_without_a_document(text):
    assert not [a for a in _records(text) if a.rule == "reported-document-passive"]


def test_bunyi_and_a_document_open_its_statement():
    # the form, our own sentences: "Bunyi surat itu, …" (no opener needed before a document); a sound is none
    (a,) = _records("Bunyi surat itu, semua pegawai wajib hadir pada apel pagi.")
    assert (a.rule, a.cue.text, a.source.text, a.content.text) == (
        "reported-noun-front", "Bunyi", "surat itu", "semua pegawai wajib hadir pada apel pagi")
    assert not _records("Bunyi ledakan terdengar hingga radius satu kilometer.")


@pytest.mark.parametrize("text,content", [
    # pool-dev13's pattern, our own sentences: a verb that only takes a clause, then a phrase of place, then the clause
    ("Retno mengatakan di pertemuan itu kedua negara sepakat untuk mempercepat perundingan.",
     "di pertemuan itu kedua negara sepakat untuk mempercepat perundingan"),
    ("Budi mengaku di rumahnya sudah tidak ada beras lagi.", "di rumahnya sudah tidak ada beras lagi"),
])
def test_a_phrase_of_place_after_a_clause_verb_opens_its_clause(text, content):
    assert [a.content.text for a in _records(text)] == [content]


@pytest.mark.parametrize("text", [
    # development patterns, our own sentences: where it was said, or to whom, with no clause after the phrase
    "Budi mengatakan di sela-sela acara itu.",
    "Mantan presiden itu bercerita di Twitter, tentang rumahnya di kawasan Kuningan.",
    "Seorang sumber mengatakan pada TMZ, yang kemudian dikutip media lain.",
])
def test_a_phrase_of_place_or_an_addressee_alone_is_no_clause(text):
    assert not _records(text)


def test_bahwa_after_an_addressee_with_a_relative_clause_set_off_by_commas():
    # pool-dev's pattern, our own sentence: "pada X, yang …, bahwa …": the clause after "bahwa", the media as outlets
    (a,) = _records("Seorang sumber mengatakan pada TMZ, yang kemudian dikutip Daily Mail, bahwa penyanyi itu "
                    "ditemukan meninggal di kamarnya.")
    assert (a.content.text, a.outlets) == ("penyanyi itu ditemukan meninggal di kamarnya", ["TMZ", "Daily Mail"])


def test_a_marker_after_a_relative_clause_opens_the_noun_phrases_own_predicate():
    # pool-dev22's pattern, our own sentences: "menyebut X yang … tak bisa …" reports a clause; a relative clause that
    # holds its own cue or a subordinator, or of one word, keeps the marker ("lantaran tidak …", "yang rumahnya tidak …")
    (a,) = _records("Pengamat politik itu menyebut aksi persekusi yang belakangan marak tak bisa lepas dari proses politik.")
    assert (a.rule, a.cue.text, a.content.text) == (
        "reported-verb-predicate", "menyebut", "aksi persekusi yang belakangan marak tak bisa lepas dari proses politik")
    text = ("Pernyataan ini sekaligus membantah eksepsi tim kuasa hukum yang menilai surat dakwaan itu cacat prosedur "
            "lantaran tidak disusun secara cermat.")
    assert [a.cue.text for a in _records(text)] == ["menilai"]
    assert not _records("Bupati menyebut warga yang rumahnya tidak layak huni.")
