"""Where reported-speech content ends and starts (detect/clauses.py), on real sentences from the development
gold and the news pool: one boundary rule for every reported-speech rule."""

import pytest

from attribution.pipeline import Pipeline

_PIPE = Pipeline()


def _contents(text: str) -> list[tuple[str, str]]:
    doc = _PIPE.run(text)
    return [(a.type, a.content.text) for a in doc.attributions]


CASES = [
    # ", seperti" opens a list or a comparison inside the clause; only a relay after it ends the clause
    ("Yudi menuturkan, UKP PIP akan menyebarkan kembali nilai-nilai Pancasila di ruang publik melalui "
     "jejaring-jejaring yang ada, seperti media sosial dan komunitas-komunitas anak muda.",
     "UKP PIP akan menyebarkan kembali nilai-nilai Pancasila di ruang publik melalui jejaring-jejaring yang ada, "
     "seperti media sosial dan komunitas-komunitas anak muda"),
    ("Dia berharap tak ada lagi peserta yang percaya dengan jimat, seperti yang dilakukan sejumlah peserta SKD CPNS "
     "periode pertama.",
     "tak ada lagi peserta yang percaya dengan jimat, seperti yang dilakukan sejumlah peserta SKD CPNS periode pertama"),
    ("Jakarta, CNN Indonesia -- Justin Bieber mengatakan kalau sosial media Instagram bagai neraka dan penggunanya "
     "bagai iblis, saat berada di atas panggung musik konsernya yang bertajuk Purpose di London, seperti yang dikutip "
     "dari NME pada Kamis (1/12).",
     "sosial media Instagram bagai neraka dan penggunanya bagai iblis, saat berada di atas panggung musik konsernya "
     "yang bertajuk Purpose di London"),
    # ", sehingga" continues the statement of a main-clause cue …
    ("Ade menyebut biasanya pembuatan kapal memerlukan waktu dua setengah tahun hingga tiga tahun, sehingga "
     "diharapkan tahun 2018 nanti kapal sudah selesai dibuat.",
     "biasanya pembuatan kapal memerlukan waktu dua setengah tahun hingga tiga tahun, sehingga diharapkan tahun 2018 "
     "nanti kapal sudah selesai dibuat"),
    # … but not of a cue inside the writer's adjunct ("sembari menyatakan")
    ("April lalu Washington setuju untuk memindahkan pasukan tempurnya yang tersisa dari Irak sembari menyatakan bahwa "
     "mereka akan beralih ke peran pelatihan dan nasihat, sehingga tinggal pembicaraan teknis untuk mengembangkan "
     "rencana penarikan tersebut.",
     "mereka akan beralih ke peran pelatihan dan nasihat"),
    # a post-posed "menurut X" without a comma: the clause ends right before it (not a word earlier) …
    ("Dalam model standar ini, Semesta mengikuti prediksi Teori Relativitas Umum Einstein -- namun mencakup "
     "komponen-komponen yang efeknya bisa diukur, namun penyebabnya belum diketahui menurut hasil studi.",
     "Dalam model standar ini, Semesta mengikuti prediksi Teori Relativitas Umum Einstein -- namun mencakup "
     "komponen-komponen yang efeknya bisa diukur, namun penyebabnya belum diketahui"),
    # … and before ", demikian menurut X"
    ("U.S. Cellular juga mengatakan bahwa mereka berencana melakukan uji coba 5 G di 15 GHz dengan Ericsson, demikian "
     "menurut laporan Phone Arena.",
     "U.S. Cellular juga mengatakan bahwa mereka berencana melakukan uji coba 5 G di 15 GHz dengan Ericsson"),
    # after the cue's comma, "untuk" before a noun phrase is a preposition of the clause; before a verb it is left out
    ("Dia mencontohkan, untuk model-model yang paling laris di pasaran tentu saja membuat harga jual kembalinya "
     "lebih baik.",
     "untuk model-model yang paling laris di pasaran tentu saja membuat harga jual kembalinya lebih baik"),
    ("Kepada DailySocial General Manager PT Ku Ka Aku Suka Rilia Marina mengungkapkan, untuk memberikan layanan yang "
     "menyeluruh kepada pengrajin dan pengusaha lokal, Ku Ka baru saja meluncurkan layanan pinjaman.",
     "memberikan layanan yang menyeluruh kepada pengrajin dan pengusaha lokal, Ku Ka baru saja meluncurkan layanan "
     "pinjaman"),
    # "jika" opening a conditional closed by a comma stays; "jika" meaning "that" is left out
    ("Bambang berkata, jika memungkinkan, pansus bakal mengundang KPK untuk menanggapi hasil kesimpulan dan "
     "rekomendasi pansus.",
     "jika memungkinkan, pansus bakal mengundang KPK untuk menanggapi hasil kesimpulan dan rekomendasi pansus"),
    ("Bahkan pemain asal Brasil menyebut jika Maradona bukan teladan yang baik untuk para pemain muda yang berkarir "
     "di sepakbola.",
     "Maradona bukan teladan yang baik untuk para pemain muda yang berkarir di sepakbola"),
    # a misspelt complementiser, and "padanya" between the cue and "bahwa"
    ("Dirinya mengatakan bahawa masalah tersebut seharusnya bisa dipecahkan oleh asosiasi, tak hanya dia seorang.",
     "masalah tersebut seharusnya bisa dipecahkan oleh asosiasi, tak hanya dia seorang"),
    ("Kata Arzeti, dia kaget saat salah seorang kawannya tiba-tiba bilang padanya bahwa sudah melakukan pembayaran "
     "tas untuk charity.",
     "sudah melakukan pembayaran tas untuk charity"),
    # a joined clause with its own speaker and cue ends the reported clause
    ("Pihak kepolisian mengatakan sang musisi meninggal akibat gantung diri, namun sumber lain mengatakan hal berbeda.",
     "sang musisi meninggal akibat gantung diri"),
    ("Survei yang digelar Survation pekan ini mengungkapkan 53 persen warga Inggris menginginkan referendum ulang, "
     "sementara 47 persen menyatakan tidak.",
     "53 persen warga Inggris menginginkan referendum ulang"),
    # … and so does the same subject declining to say more ("…, tapi enggan menjelaskan …": the writer's narration,
    # as pool-dev20's gold has it for "…, namun menolak berkomentar lebih jauh")
    ("Menteri Kabinet Sheikh Mohammad Abdullah al - Sabah yang juga menjabat sebagai Menteri Informasi mengonfirmasi "
     "bahwa Kuwait telah mengambil langkah diplomatik terhadap Iran, tapi enggan menjelaskan lebih lanjut langkah apa "
     "yang dimaksud.",
     "Kuwait telah mengambil langkah diplomatik terhadap Iran"),
    # a cue inside a fronted concessive clause reports up to that clause's comma
    ("Kendati Gianni Infantino selaku presiden FIFA mengatakan bahwa kebijakan tersebut berjalan sukses, namun "
     "peninjauan ulang yang dilakukan oleh wasit dianggap terlalu memakan waktu lama.",
     "kebijakan tersebut berjalan sukses"),
    ("Meskipun AS sebelumnya menyatakan bahwa mereka hanya akan menyetujui penarikan pasukan setelah serangan oleh "
     "milisi yang didukung Iran berhenti, AS dilaporkan telah membatalkan prasyarat tersebut.",
     "mereka hanya akan menyetujui penarikan pasukan setelah serangan oleh milisi yang didukung Iran berhenti"),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][:30] for c in CASES])
def test_content_boundary(text, expected):
    got = [c for _t, c in _contents(text)]
    assert expected in got, got


def test_inner_statement_owns_a_relayed_clause():
    # "Mengutip …, X mengungkapkan bahwa …": the statement is X's; the relay makes no record of its own
    text = ("Jakarta (ANTARA News) - Mengutip data dari perusahaan riset pasar NPD, Microsoft mengungkapkan bahwa Xbox One "
            "merupakan konsol game terlaris di Amerika Serikat untuk September, tiga bulan berturut-turut mengalahkan "
            "penjualan PS4 Sony.")
    got = _contents(text)
    assert got == [("indirect", "Xbox One merupakan konsol game terlaris di Amerika Serikat untuk September, tiga bulan "
                                "berturut-turut mengalahkan penjualan PS4 Sony")], got


def test_inner_statement_owns_a_pointed_back_clause():
    # "X menyatakan bahwa … . Hal tersebut dikatakan X …": one statement, X's, with the clause after "bahwa"
    text = ("JAKARTA, JUARA.net - Ketua Panitia Asian Games (INASGOC) Erick Thohir menyatakan bahwa pengerjaan venue untuk "
            "ajang Asian Games 2018 sudah sesuai dengan target waktu yang ditentukan.\n\nHal tersebut dikatakan Erick saat "
            "menghadiri acara buka puasa bersama dengan sejumlah awak media.")
    got = [c for _t, c in _contents(text)]
    assert "pengerjaan venue untuk ajang Asian Games 2018 sudah sesuai dengan target waktu yang ditentukan" in got, got
    assert not any(c.startswith("Ketua Panitia") for c in got), got


def test_cue_closing_a_concessive_clause_reports_nothing():
    # "Meski Trump sudah mendesak, sejumlah senator …": the cue's clause ends at it; the main clause is the writer's
    text = ("Meski Trump sudah mendesak, sejumlah senator Partai Republik, seperti Susan Collins, Lisa Murkowski, dan "
            "Shelley Moore Capito, tetap tidak setuju Obamacare dicabut.")
    assert _contents(text) == []


# A mid-sentence "menurut/berdasarkan X," after an adjunct or a clause of its own reports the clause after its comma
# (past a relative clause on the source); the verb before it reports the whole rest (pool-dev2, pool articles).
MENURUT_MID_CASES = [
    ("Ia mengatakan, berdasarkan Pasal 16 Undang-Undang Nomor 18 Tahun 2003 tentang Advokat, yang telah dikuatkan "
     "dalam putusan uji materi di Mahkamah Konstitusi, advokat tak dapat dituntut baik secara pidana maupun perdata "
     "sejak advokat menerima kuasa.",
     "advokat tak dapat dituntut baik secara pidana maupun perdata sejak advokat menerima kuasa"),
    ("Lagipula, bila surat peringatan dikeluarkan, menurut Yorrys, tindakan itu dilakukan oleh internal Golkar yang "
     "tidak memahami organisasi.",
     "tindakan itu dilakukan oleh internal Golkar yang tidak memahami organisasi"),
    ("Hanya saja, kolagen biasanya diambil dari jaringan ikat hewan dan mayoritas perusahaan kosmetik kurang "
     "memperhatikan kehalalan produknya, bahkan menurut Lembaga Pengkajian Pangan Obat-Obatan dan Kosmetika Majelis "
     "Ulama Indonesia (LPPOM MUI), kolagen terbaik dan paling sering digunakan memang berasal dari babi yang bersifat "
     "haram bagi muslim.",
     "kolagen terbaik dan paling sering digunakan memang berasal dari babi yang bersifat haram bagi muslim"),
    # a phrase without a verb before it, or a predicate after its comma: the cue interrupts the whole clause
    ("Pada periode tahun 1950an, menurut dia, tari Melayu banyak berkembang di Malaysia, Singapura, Brunei Darussalam.",
     "Pada periode tahun 1950an, menurut dia, tari Melayu banyak berkembang di Malaysia, Singapura, Brunei Darussalam"),
    ("Di Korea Selatan, menurut Seongsu, telah ada sekolah-sekolah menengah khusus bagi para peretas.",
     "Di Korea Selatan, menurut Seongsu, telah ada sekolah-sekolah menengah khusus bagi para peretas"),
    # a time opener set off by a comma after the cue is left out
    ("Ia juga mengemukakan bahwa saat ini, Gerindra juga tengah melakukan evaluasi terhadap nama-nama yang diusung "
     "sebagai kandidat.",
     "Gerindra juga tengah melakukan evaluasi terhadap nama-nama yang diusung sebagai kandidat"),
    # a cue inside a fronted "karena" clause reports up to its comma
    ("Akan tetapi, karena banyaknya berita yang menyebut bahwa gelandang Belgia berdarah Indonesia itu diincar oleh "
     "banyak klub, akhirnya agennya akan menemui pihak klub untuk membicarakan kontraknya lagi.",
     "gelandang Belgia berdarah Indonesia itu diincar oleh banyak klub"),
    # ", namun ia tidak memberikan rincian …": the writer narrates what the speaker did not tell
    ("Menteri Luar Negeri Bangladesh, Shahidul Haque mengatakan pihaknya sudah memasukkan protes soal ranjau darat ke "
     "pemerintah Myanmar, namun ia tidak memberikan rincian lebih jauh.",
     "pihaknya sudah memasukkan protes soal ranjau darat ke pemerintah Myanmar"),
    ("Menurut Airlangga, pusat riset itu bakal mengembangkan aplikasi untuk ekosistem Apple, yang juga bisa digunakan "
     "untuk industri non konsumen, tetapi dia tak menjelaskan kapan pusat riset itu beroperasi sepenuhnya.",
     "pusat riset itu bakal mengembangkan aplikasi untuk ekosistem Apple, yang juga bisa digunakan untuk industri non "
     "konsumen"),
]


@pytest.mark.parametrize("text,expected", MENURUT_MID_CASES, ids=[c[1][:30] for c in MENURUT_MID_CASES])
def test_settled_boundary(text, expected):
    got = [c for _t, c in _contents(text)]
    assert expected in got, got


def test_mid_sentence_menurut_gives_the_clause_after_its_source():
    text = ("Ia mengatakan, berdasarkan Pasal 16 Undang-Undang Nomor 18 Tahun 2003 tentang Advokat, yang telah dikuatkan "
            "dalam putusan uji materi di Mahkamah Konstitusi, advokat tak dapat dituntut baik secara pidana maupun perdata "
            "sejak advokat menerima kuasa.")
    got = sorted(c for _t, c in _contents(text))
    assert got == ["advokat tak dapat dituntut baik secara pidana maupun perdata sejak advokat menerima kuasa",
                   text[15:-1]], got


def test_menurut_whose_source_speaks_with_its_own_verb_is_dropped():
    # "berdasarkan keterangan saksi X menjelaskan, …": the verb's statement, not a second one of "berdasarkan"
    text = ("Kanit Reskrim Polsek Kuta, Iptu Ario Seno mengatakan, berdasarkan keterangan saksi I Made Rai Sugiarta satpam "
            "Teras Hotel menjelaskan, pada saat saksi sedang bekerja tetiba mendengar suara seperti benda jatuh.")
    got = sorted(c for _t, c in _contents(text))
    assert got == ["berdasarkan keterangan saksi I Made Rai Sugiarta satpam Teras Hotel menjelaskan, pada saat saksi "
                   "sedang bekerja tetiba mendengar suara seperti benda jatuh",
                   "pada saat saksi sedang bekerja tetiba mendengar suara seperti benda jatuh"], got


def _stanza_like_tags(text: str, verbs: set[str], adps: frozenset[str] = frozenset()) -> list:
    """Tags as stanza gives them for a test sentence: ``verbs`` VERB, ``adps`` ADP, capitalised words PROPN,
    the rest NOUN."""
    from attribution.text.tokens import tokenize

    return [(t.start, t.end, "VERB" if t.text in verbs else "PROPN" if t.text[0].isupper() else
             "ADP" if t.text in adps else "NOUN", None) for t in tokenize(text)]


def test_a_nominalised_complement_with_a_subordinate_clause_is_no_statement():
    """"Clement mengungkapkan kesedihannya setelah kalah 1-3 …": what he showed is a noun phrase; the clause
    after "setelah" belongs to the noun, not to a statement."""
    from attribution.pipeline import Pipeline

    text = "Pelatih Swansea Paul Clement mengungkapkan kesedihannya setelah kalah 1-3 dari Tottenham Hotspur."
    tags = _stanza_like_tags(text, {"mengungkapkan", "kalah"}, frozenset({"setelah", "dari"}))
    assert [a.content.text for a in Pipeline().run(text).attributions] == []
    assert [a.content.text for a in Pipeline().run(text, tags=tags).attributions] == []


@pytest.mark.parametrize("text", [
    # "percaya diri": self-confident, no belief reported (stanza tags "diri" VERB)
    "Arsenal boleh percaya diri untuk pertandingan nanti mengingat mereka sukses merangkum 12 kemenangan kandang.",
    # "menepis adanya wacana …": the existence of something, a noun phrase (stanza tags "adanya" VERB)
    "Jaksa Agung M Prasetyo buru-buru menepis adanya wacana pengalihan kewenangan KPK ke lembaga yang dipimpinnya.",
])
def test_idioms_and_existence_phrases_are_no_statements(text):
    from attribution.pipeline import Pipeline

    verbs = {"percaya", "diri", "mengingat", "merangkum", "buru-buru", "menepis", "adanya", "dipimpinnya"}
    assert [a.content.text for a in Pipeline().run(text, tags=_stanza_like_tags(text, verbs)).attributions] == []


@pytest.mark.parametrize("text,content", [
    # pool-dev2: a time opener with no comma belongs to the frame when a subject follows it
    ("KCNA malah menyatakan saat ini program itu sudah memasuki fase akhir untuk menuntaskan deterensi nuklir.",
     "program itu sudah memasuki fase akhir untuk menuntaskan deterensi nuklir"),
    ("David mengungkapkan saat ini Spiral Ventures mulai serius melakukan investasi kepada startup Indonesia.",
     "Spiral Ventures mulai serius melakukan investasi kepada startup Indonesia"),
    # and stays when it is the subject
    ("Ia mengatakan bahwa hari ini sangat istimewa dan menggembirakan.", "hari ini sangat istimewa dan menggembirakan"),
])
def test_a_time_opener_without_a_comma(text, content):
    assert [c for _t, c in _contents(text)] == [content]


def test_dengan_and_a_speech_verb_end_the_reported_clause():
    # dev text: "Suarez menyatakan bahwa itu … mimpi dengan menyatakan Tronchetti Provera hanya basa-basi": a second
    # speech act ends the first clause; "hanya dengan menambahkan fitur sejenis" (pool) is no speech act
    from attribution.pipeline import Pipeline
    first = Pipeline().run("Suarez menyatakan bahwa itu hanya mimpi dengan menyatakan Tronchetti Provera hanya basa-basi.")
    assert first.attributions[0].content.text == "itu hanya mimpi"
    other = Pipeline().run("Data itu menunjukkan Instagram tidak bisa mencomot pengguna Snapchat hanya dengan menambahkan "
                           "fitur sejenis.")
    assert other.attributions[0].content.text.endswith("fitur sejenis")


@pytest.mark.parametrize("text,content", [
    # pool-dev20: a joined clause saying the speaker declined to say more is the writer's narration
    ("Sekretaris Jenderal PBB Antonio Guterres mengatakan sangat menyesal atas kematian Liu, namun menolak berkomentar "
     "lebih jauh.", "sangat menyesal atas kematian Liu"),
    # sentences of our own: "enggan merinci", "tidak mau menjelaskan"; "menolak" with a clause of its own stays
    ("Kapolres Budi Santoso mengatakan pelaku sudah ditangkap, tetapi enggan merinci identitasnya.", "pelaku sudah ditangkap"),
    ("Budi Santoso mengatakan harga naik, namun tidak mau menjelaskan penyebabnya.", "harga naik"),
    ("Budi Santoso mengatakan harga naik, namun menolak kenaikan itu disebut kegagalan.",
     "harga naik, namun menolak kenaikan itu disebut kegagalan"),
])
def test_declining_to_say_more_ends_the_report(text, content):
    (a,) = [a for a in Pipeline().run(text).attributions if a.cue.text == "mengatakan"]
    assert a.content.text == content


@pytest.mark.parametrize("text,content", [
    # pool-dev25 and our own sentence: "untuk" before a noun phrase, right after the cue, is "as for": it stays
    ("Manajer Persib Bandung, Umuh Muchtar, mengatakan untuk tempat tinggal tersebut adalah Essien yang akan "
     "menentukan sendiri.", "untuk tempat tinggal tersebut adalah Essien yang akan menentukan sendiri"),
    ("Kepala dinas itu menjelaskan untuk lahan sudah tersedia seluas 50 hektare.", "untuk lahan sudah tersedia seluas 50 hektare"),
    # before a verb it is the complementiser, left out
    ("Bupati Sleman mengimbau untuk menjaga kebersihan sungai.", "menjaga kebersihan sungai"),
])
def test_untuk_before_a_noun_phrase_after_the_cue_stays(text, content):
    assert [c for _, c in _contents(text)] == [content]
