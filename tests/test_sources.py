"""Source mention spans (detect/sources.py) on real sentences from the development gold and the news pool:
the mention as the spec writes it, with its title, name, epithet and demonstrative, without adjuncts."""

import pytest

from attribution.pipeline import Pipeline

_PIPE = Pipeline()


def _sources(text: str) -> list[str | None]:
    doc = _PIPE.run(text)
    return [a.source.text if a.source else None for a in doc.attributions]


CASES = [
    # an epithet after a post-posed cue runs to its demonstrative: "dan" between names, ber- modifiers,
    # numbers and units, a quoted title
    ("\"Sedih, tapi itu adalah siklus yang memang harus berakhir,\" ungkap eks superstar AC Milan dan Real Madrid "
     "tersebut.", "eks superstar AC Milan dan Real Madrid tersebut"),
    ("\"Sejauh ini tidak ada pemain dari mereka yang saya ambil,\" tutur pelatih berusia 46 tahun ini.",
     "pelatih berusia 46 tahun ini"),
    ("\"Saya akan liburan dan akan bicara tentang kontrak setelah itu,\" kata gelandang bertinggi 175 cm itu.",
     "gelandang bertinggi 175 cm itu"),
    ("\"Dia selalu ada dan mengusahakan yang terbaik buat kami,\" ucap perempuan berusia 25 tahun itu sambil "
     "menahan tangis.", "perempuan berusia 25 tahun itu"),
    ("“Mereka harus dididik agar bisa mandiri,” ungkap bintang film ‘Cinta Dalam Kardus’ ini.",
     "bintang film ‘Cinta Dalam Kardus’ ini"),
    # … and before a pre-posed verb: the demonstrative, ber- modifiers, a quoted title, a place and a date
    ("Dalam merayakan Natal, pemandu acara itu mengaku berkumpul dengan keluarga untuk makan bersama.",
     "pemandu acara itu"),
    ("Pemain asal Belgia itu mengaku sedih ketika mendengar ejekan dan teriakan dari fans tuan rumah.",
     "Pemain asal Belgia itu"),
    ("Pesinetron berusia 20 tahun ini mengaku hanya orang-orang tertentu saja yang dapat mengetahui kekurangannya.",
     "Pesinetron berusia 20 tahun ini"),
    ("Pelantun ‘Bolo - Bolo’ ini mengatakan ada hal yang perlu diperhatikan bagi masyarakat Indonesia.",
     "Pelantun ‘Bolo - Bolo’ ini"),
    ("Artis kelahiran Jakarta, 20 Agustus 1993 ini mengatakan dirinya selalu memperingati Hari Kartini semenjak kecil.",
     "Artis kelahiran Jakarta, 20 Agustus 1993 ini"),
    ("Artis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu mengaku hingga kini belum ada keinginan "
     "untuk menyalonkan diri.", "Artis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu"),
    # a dateline before the subject is no part of it; a spaced hyphen inside a name is
    ("Jakarta, CNN Indonesia -- Ketua DPR Bambang Soesatyo mengatakan, Panitia Khusus Hak Angket akan meminta "
     "pendapat KPK.", "Ketua DPR Bambang Soesatyo"),
    ("Ternate (ANTARA News) - Artis papan atas Melly Goeslaw mengaku enggan terjun ke dunia politik.",
     "Artis papan atas Melly Goeslaw"),
    ("BOLASPORT.COM, PALEMBANG - Gubernur Sumatera Selatan Alex Noerdin menilai lintasan reli Tanjung Senai siap "
     "menggelar kejuaraan.", "Gubernur Sumatera Selatan Alex Noerdin"),
    ("Merdeka.com - Bintang Barcelona Neymar mengungkapkan bahwa dirinya sangat senang mempunyai rekan setim seperti "
     "Messi.", "Bintang Barcelona Neymar"),
    ("Rimanews - Daniel Mananta mengaku merayakan Natal tahun ini di Jerman.", "Daniel Mananta"),
    ("Kemarin, Pelatih Timnas U - 16 Fakhri Husaini mengatakan timnya siap bertanding.",
     "Pelatih Timnas U - 16 Fakhri Husaini"),
    # an office and the named apposition after it are one mention (the resolver takes the named part)
    ("Solo, CNN Indonesia -- Pelatih tim nasional Indonesia, Alfred Riedl, menyebut permainan timnas Malaysia sangat "
     "kasar.", "Pelatih tim nasional Indonesia, Alfred Riedl"),
    ("Kasat Reserse Narkoba Polresta Depok, Kompol Putu Kholis Aryana, mengatakan MSH ditangkap Senin 8 Mei lalu.",
     "Kasat Reserse Narkoba Polresta Depok, Kompol Putu Kholis Aryana"),
    ("Rimanews - Ketua Umum Partai Demokrat, Susilo Bambang Yudhoyono menyatakan, dewasa ini rakyat sedang mengamati "
     "praktik penegakan hukum.", "Ketua Umum Partai Demokrat, Susilo Bambang Yudhoyono"),
    ("Kepala Polda Metro Jaya, Irjen Mochammad Iriawan mengatakan, semua pelanggar akan ditindak tegas.",
     "Kepala Polda Metro Jaya, Irjen Mochammad Iriawan"),
    # the full stop of an initial or an abbreviated title, and a document's number, are inside the name
    ("“Banyak yang bekerja di perusahaan nasional maupun multinasional, termasuk bergabung di CHEC,” ungkap Agus H. "
     "Canny.", "Agus H. Canny"),
    ("CEO TopKarir Bayu J. Wirjoatmodjo kepada DailySocial menceritakan saat ini TopKarir sedang bertumbuh.",
     "CEO TopKarir Bayu J. Wirjoatmodjo"),
    ("Sementara itu, Mr. Liu Qihu menilai President University telah berhasil menciptakan para profesional.",
     "Mr. Liu Qihu"),
    ("Menurut UU Pemilu No. 7/2017 tentang Pemilihan Umum, partai politik peserta pemilu harus memenuhi ambang "
     "minimal 4% dari suara sah.", "UU Pemilu No. 7/2017 tentang Pemilihan Umum"),
    # a capitalised function word inside an office's name, and a long office read to its name
    ("Pejabat Kementerian Dalam Negeri Josue Boji mengatakan bentrokan tersebut dimulai setelah sekelompok pengungsi "
     "menolak.", "Pejabat Kementerian Dalam Negeri Josue Boji"),
    ("\"Kami nyatakan hasilnya belum cukup bukti,\" ujar Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum "
     "Polda Jatim Ajun Komisaris Besar Polisi Yudhistira di Surabaya, Sabtu (30/9).",
     "Kepala Sub - Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim Ajun Komisaris Besar Polisi Yudhistira"),
    # an adverb of repetition between the subject and its verb ("KPI sudah berkali-kali meminta agar …", pool)
    ("Ketua KSPI Said Iqbal sudah berkali-kali meminta agar pemerintah menaikkan upah minimum.", "Ketua KSPI Said Iqbal"),
    # "kala" (when) ends a source read forwards, as "ketika" does ("tutur pelantun ' Semusim ' ini kala ditemui …")
    ("“Saya diving di Raja Ampat cuma pengin melihat ikan teri,” tutur pelantun lagu Semusim ini kala ditemui di "
     "Jakarta.", "pelantun lagu Semusim ini"),
    # a place after a comma is where the subject before it is (pool-dev8)
    ("Jakarta (ANTARA News) - Jemaat Misa Natal Katedral, Jakarta Pusat mengharapkan perbedaan yang ada di Indonesia "
     "mampu membawa damai.", "Jemaat Misa Natal Katedral, Jakarta Pusat"),
    # how the speaker was reached, after the subject's comma with no closing comma (pool-dev8)
    ("Kepala Bidang Hubungan Masyarakat Polda Kaltim Kombes Ade Yaya Suryana, dihubungi dari Samarinda menyatakan, "
     "petugas terpaksa menembak mati pelaku.", "Kepala Bidang Hubungan Masyarakat Polda Kaltim Kombes Ade Yaya Suryana"),
    ("Kapolres Bogor AKBP Andi Santoso, saat dikonfirmasi wartawan mengatakan, pihaknya masih menyelidiki kasus itu.",
     "Kapolres Bogor AKBP Andi Santoso"),
    # a cue after "dengan" is the manner of the main verb: its agent speaks when the main verb is a passive
    ("Cuitan ini direspons Nicki Minaj dengan mengatakan ia akan membayar biaya pendidikan siswa tersebut.",
     "Nicki Minaj"),
    ("Lebih lanjut Ibu Susi Pudjiastuti dengan bangga menyampaikan bahwa tidak ada Angkatan Laut yang sehebat TNI "
     "Angkatan Laut.", "Ibu Susi Pudjiastuti"),
    # an appositive relative clause after a long titled name (pool-dev9): the named subject, not the description
    ("Jakarta (ANTARA News) - Anggota Komisi II DPR dari Fraksi Partai Gerindra Sareh Wiyono yang merupakan mantan "
     "hakim membantah pernah memberikan uang Rp 700 juta kepada Rohadi.",
     "Anggota Komisi II DPR dari Fraksi Partai Gerindra Sareh Wiyono"),
    # where or how a named speaker spoke, after the name's comma with no closing comma (pool-dev9)
    ("Sementara itu, mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan, “Dunia "
     "menyaksikan pernyataan sangat rendah.”", "mantan perdana menteri Haiti Laurent Lamothe"),
    # the office before a named apposition, with a police title spelt "Kasubbag" (pool-dev9)
    ("Kasubbag Humas Polres Metro Jakbar, Kompol Purnomo, mengungkapkan, dalam razia itu pihaknya melakukan tes urine.",
     "Kasubbag Humas Polres Metro Jakbar, Kompol Purnomo"),
    # where the speaker was met, with no commas around it (pool-dev10)
    ("Kapolres Bogor Kabupaten AKBP A M Dicky saat ditemui di Pos Polisi Gadog, Sabtu, mengatakan malam pergantian "
     "tahun jalur Puncak akan ditutup.", "Kapolres Bogor Kabupaten AKBP A M Dicky"),
    # the relay set off in commas after the subject (pool-dev10)
    ("Seorang juru bicara klub, seperti dilansir The Guardian, berkata, \"Kami benar-benar kecewa.\"",
     "Seorang juru bicara klub"),
    # a stray comma between a titled name that opens the sentence and its verb (pool-dev9)
    ("Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah, mengatakan tahapan pelaksanaan Pilkada "
     "ini sangat krusial.", "Wakil Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah"),
    # a place after the name's comma, with no closing comma (pool-dev5), and a name particle as tokenised (pool-dev3)
    ("Kupang (ANTARA News) - Otoritas Balai Kawasan Taman Nasional Kelimutu, Di kabupaten Ende Nusa Tenggara Timur "
     "menyatakan telah membuka kembali wisata.", "Otoritas Balai Kawasan Taman Nasional Kelimutu"),
    ("Juru bicara PMF, Ahmed al - Asadi, juga membantah pasukannya menerobos perbatasan menuju Suriah.",
     "Juru bicara PMF, Ahmed al - Asadi"),
    ("Sementara itu, mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan, dunia "
     "menyaksikan pernyataan itu.", "mantan perdana menteri Haiti Laurent Lamothe"),
    # a time noun with a demonstrative before the verb is when, not who
    ("Survei yang dilakukan Survation pekan ini mengungkapkan 53 persen warga Inggris menginginkan referendum ulang.",
     "Survation"),
    # a bracketed date before a subject with no comma: the bracket that closes inside the chunk ends the narration's
    # aside (written for this test; dev text has "pada Minggu (30/4) pejabat Israel mengatakan")
    ("Kendati begitu, pada Senin (1/5) Menteri Luar Negeri Retno Marsudi mengatakan Indonesia siap membantu.",
     "Menteri Luar Negeri Retno Marsudi"),
    # a concessive subordinator opening the sentence is no part of the subject (pool-dev21's pattern, written here)
    ("Kendati polisi menyebut tiga orang terluka, kebanyakan hanya menderita luka kecil.", "polisi"),
    ("Walau pelatih menyebut timnya siap, para pemain masih lelah.", "pelatih"),
    # a document's number read backwards, slashes included, and a document after "dalam" with no comma (pool-dev9)
    ("Sebagaimana diketahui, dalam putusan Mahkamah Agung (MA) Nomor 37 P/HUM/2017 menyatakan, bahwa pengemudi online "
     "menang di tingkat MA.", "putusan Mahkamah Agung (MA) Nomor 37 P/HUM/2017"),
    ("Peraturan Menteri Perhubungan Nomor 108/2017 menyebutkan tarif harus ditetapkan pemerintah daerah.",
     "Peraturan Menteri Perhubungan Nomor 108/2017"),
    # an adverb between a passive cue and "oleh", and the capacity after the agent (pool-dev23's form, written here)
    ("Pertandingan itu digelar tanpa penonton. Hal ini sudah disampaikan juga oleh PT Liga Nusantara selaku "
     "operator kompetisi.", "PT Liga Nusantara"),
]


@pytest.mark.parametrize("text,source", CASES)
def test_source_span(text: str, source: str) -> None:
    assert source in _sources(text)


NOT = [
    # a time adjunct's demonstrative is no part of the mention ("saat itu"), nor a relative clause's verb
    ("Juru bicara Balai Lelang Christie, Milena Sales, saat itu mengatakan awalnya foto itu dimiliki kolektor.", "itu"),
    ("Profesor psikologi McGill University Jens Pruessner yang terlibat dalam penelitian ini mengatakan kepada "
     "Broadly, bahwa senyawa kimia itu berpengaruh.", "terlibat"),
]


NOT += [
    # a subject inside the adjunct, or a fronted adjunct before the comma: the name before the comma is no subject
    ("Menurut Express, saat ini para pelancong merasa lebih aman berlibur di Italia.", "Menurut Express"),
    ("Soal Emmy Awards, dalam wawancaranya Trump mengklaim acaranya seharusnya menang.", "Soal Emmy Awards"),
    # the main clause's words before "dengan menyatakan" are no subject (dev text, pool-dev6)
    ("Namun Suarez menyatakan bahwa itu memang hanya sebatas mimpi dengan menyatakan Tronchetti Provera hanya "
     "basa-basi.", "hanya sebatas mimpi"),
    # an office after a preposition is no apposition's head: "Menurut Ketua KPK, Budi …" leaves the office out
    ("Menurut Ketua KPK, Budi Santoso mengatakan pihaknya akan memeriksa saksi.", "Ketua KPK, Budi Santoso"),
]


@pytest.mark.parametrize("text,wrong", NOT)
def test_not_source_span(text: str, wrong: str) -> None:
    assert wrong not in _sources(text)


def test_a_tagger_verb_without_verb_affixes_does_not_end_a_source():
    """Default mode: stanza tags 'tunggal' in 'asisten pelatih tunggal putra Indonesia' VERB; a word with no verb's
    affixes inside a source phrase is the tagger's slip."""
    from attribution.detect.sources import source_after
    from attribution.lexicon import load
    from attribution.text.tokens import tokenize

    text = "kata asisten pelatih tunggal putra Indonesia, Irwansyah, kepada wartawan."
    from attribution.text.tokens import Token

    tags = {"kata": "VERB", "tunggal": "VERB", "putra": "ADP", ",": "PUNCT", ".": "PUNCT", "kepada": "ADP"}
    toks = [Token(t.start, t.end, t.text, tags.get(t.text, "PROPN" if t.text[0].isupper() else "NOUN"))
            for t in tokenize(text)]  # the tags stanza gives this sentence
    rng = source_after(toks, 1, len(toks), load())
    assert text[toks[rng[0]].start : toks[rng[1] - 1].end].startswith("asisten pelatih tunggal putra Indonesia")


@pytest.mark.parametrize("text,source,speaker", [
    # the pool: an apposition in commas, then an adverb before the verb
    ("Presiden Barcelona, Josep Maria Bartomeu, juga sempat menegaskan bahwa Neymar tidak akan pernah dijual.",
     "Presiden Barcelona, Josep Maria Bartomeu", "Josep Maria Bartomeu"),
    ("Manajer Setan Merah, Jose Mourinho, bahkan pernah mengatakan, mantan pemainnya itu mengalami penurunan performa.",
     "Manajer Setan Merah, Jose Mourinho", "Jose Mourinho"),
])
def test_an_apposition_before_an_adverb_and_the_verb(text, source, speaker):
    from attribution.pipeline import Pipeline
    a = Pipeline().run(text).attributions[0]
    assert (a.source.text, a.speaker) == (source, speaker)


def test_an_office_for_a_post_keeps_its_name():
    """pool-dev3: "kata Duta Besar Inggris untuk PBB Matthew Rycroft" — the post after "untuk" is the office's."""
    from attribution.pipeline import Pipeline
    a = Pipeline().run("Posisi Inggris mengenai status Yerusalem jelas, kata Duta Besar Inggris untuk PBB Matthew "
                       "Rycroft.").attributions[0]
    assert (a.source.text, a.speaker) == ("Duta Besar Inggris untuk PBB Matthew Rycroft", "Matthew Rycroft")


@pytest.mark.parametrize("text,source", [
    # the object of a relative clause's active verb is no subject: the phrase the clause belongs to is
    ("TMZ melaporkan, wanita yang melaporkan Nelly mengklaim bahwa keduanya bertemu di sebuah kelab.", "wanita"),
    ("Profesor psikologi Jens Pruessner yang terlibat dalam penelitian ini mengatakan bahwa hormon saling berhubungan.",
     "Profesor psikologi Jens Pruessner"),
    # the agent of a passive relative clause and the object of a causative stay
    ("Polling yang dilakukan lembaga survei Survation menyebutkan bahwa sebagian besar warga berubah pikiran.",
     "lembaga survei Survation"),
    ("Ada tiga aspek yang membuat KPU yakin sudah siap menggelar pemilihan.", "KPU"),
])
def test_the_object_of_a_relative_clause_is_no_source(text, source):
    assert _sources(text)[-1] == source


@pytest.mark.parametrize("text,source,speaker", [
    # pool-dev13, pool-dev22, pool-dev21: a relative clause too long or too punctuated for the short-clause reading
    ("Walikota Jakarta Utara Husein Murad yang hadir dalam pemberian dana CSR bagi warga Kalibaru mengatakan masalah "
     "pendidikan tidak hanya dibebankan kepada pemerintah.", "Walikota Jakarta Utara Husein Murad", "Husein Murad"),
    ("Pratama Persadha mengirim surel.\n\nPratama yang juga Ketua Lembaga Riset Keamanan Siber dan Komunikasi (CISSReC) "
     "mengatakan bahwa Indonesia bisa belajar dari negara lain.", "Pratama", "Pratama Persadha"),
    ("Penonton yang berada di tribun timur, utara dan selatan kompak meneriakkan yel-yel menuntut Aji mundur.",
     "Penonton", "Penonton"),
])
def test_the_head_of_a_long_relative_clause_is_the_subject(text, source, speaker):
    a = _PIPE.run(text).attributions[-1]
    assert (a.source.text, a.speaker) == (source, speaker)


@pytest.mark.parametrize("text,source", [
    # the clause of the cue opens after a conditional or a copula: its own subject speaks, not the relative's head
    ("Namun, sejumlah senator yang menghadiri pertemuan itu membenarkan jika benar Donald Trump menyebut Haiti "
     "sebagai negara kumuh.", "Donald Trump"),
    # an adjunct with a relative clause before the subject's comma is no subject
    ("Terkait dugaan penistaan agama yang dilaporkan warga, Wiranto mengatakan pemerintah masih memproses secara "
     "hukum.", "Wiranto"),
])
def test_a_relative_clause_does_not_reach_past_another_clause(text, source):
    assert _PIPE.run(text).attributions[-1].speaker == source


def test_a_speaker_after_a_long_relative_clause_is_the_sentences_subject():
    """pool-dev11: "Heri Sugiri (46) seorang awak mobil tangki … yang mengalami pemutusan kerja sepihak menyebut, …"."""
    from attribution.io import load_documents
    from pathlib import Path
    docs, _ = load_documents(Path(__file__).parent.parent / "gold" / "pool-dev11.jsonl")
    (doc,) = [d for d in docs if d.doc_id.startswith("indosum-1497911400")]
    out = _PIPE.run(doc.text)
    assert {a.speaker for a in out.attributions if a.content.text.startswith("pemecatan yang dilakukan")} == {"Heri Sugiri"}


def test_an_adverb_or_a_concessive_glued_to_a_source_is_no_part_of_it():
    """pool-dev13: "Dia cuma menyatakan …" (the source stops at the pronoun); "Meski Vallen menambahkan bahwa …" (the
    concessive is no part of the speaker)."""
    assert _sources("Dia cuma menyatakan sudah mengontak pemerintah Bangladesh dan Myanmar soal itu.") == ["Dia"]
    doc = _PIPE.run("Vellen Roeslan mendirikan komunitas itu.\n\nMeski Vallen menambahkan bahwa saat ini sudah banyak "
                    "reseller di Indonesia.")
    assert doc.attributions[-1].speaker == "Vellen Roeslan"  # a spelling variant of the name


def test_menurut_hukum_is_no_source():
    """pool-dev13: "… sah menurut hukum dan menjadi dasar pemeriksaan perkara ini": the law as a standard."""
    assert _sources("Majelis hakim berpendapat, surat dakwaan itu sah menurut hukum dan menjadi dasar pemeriksaan "
                    "perkara ini.") == ["Majelis hakim"]


@pytest.mark.parametrize("text,source,starts", [
    # a person's short name before the comma is the whole source; the name after it opens the content
    ("Menurut Fifi, Veronica Tan, istri Ahok, bakal menyambangi sang suami di Mako Brimob.", "Fifi", "Veronica Tan"),
    ("Menurut Susi, Kementerian Kelautan dan Perikanan tetap melarang penggunaan cantrang.", "Susi", "Kementerian"),
    # an office before the comma still takes the name in apposition
    ("Menurut Kepala Dinas Pendidikan, Budi Santoso, sekolah itu akan segera diperbaiki.",
     "Kepala Dinas Pendidikan, Budi Santoso", "sekolah itu"),
])
def test_a_name_before_a_comma_takes_no_apposition(text, source, starts):
    (a,) = _PIPE.run(text).attributions
    assert a.source.text == source and a.content.text.startswith(starts)


@pytest.mark.parametrize("text,source,speaker", [
    # an age closes an epithet before a pre-posed verb: "25 tahun itu" is no time adjunct ("tahun itu", that year)
    ("Marc Marquez meraih empat gelar MotoGP. Rider berusia 25 tahun itu pun mengaku senang dapat melanjutkan "
     "karirnya bersama tim Repsol Honda.", "Rider berusia 25 tahun itu", "Marc Marquez"),
    ("Jacob Zuma mengundurkan diri. Presiden berusia 75 tahun itu menegaskan dirinya bakal terus mengabdi kepada "
     "partai.", "Presiden berusia 75 tahun itu", "Jacob Zuma"),
    # a time adjunct between subject and verb is still skipped
    ("Jacob Zuma mengundurkan diri. Dia pada tahun itu menegaskan dirinya bakal terus mengabdi kepada partai.",
     "Dia", "Jacob Zuma"),
    # a capitalised time word before a name that is no day is part of the name ("Hari", "Lalu")
    ("“Masih banyak masyarakat yang belum bisa menabung,” sambut Corporate Secretary Bank BRI Hari Siaga Amijarso "
     "dalam acara itu.", "Corporate Secretary Bank BRI Hari Siaga Amijarso", "Hari Siaga Amijarso"),
    ("“Puncaknya malam ini,” kata Kepala Korps Lalu Lintas Polri Royke Lumowa di Jakarta.",
     "Kepala Korps Lalu Lintas Polri Royke Lumowa", "Royke Lumowa"),
    # pool-dev18, the pool: "&" joins two words of one title, and the name after it is the speaker
    ("“Saat ini pengguna Ruangguru ada 2,5 juta pelajar,” ujar Co-Founder & CEO Ruangguru Belva Devara.",
     "Co-Founder & CEO Ruangguru Belva Devara", "Belva Devara"),
    ("“Kami tumbuh,” ujar CEO & Founder Tokopedia William Tanuwijaya.", "CEO & Founder Tokopedia William Tanuwijaya",
     "William Tanuwijaya"),
])
def test_the_source_span_and_its_speaker(text, source, speaker):
    (a,) = _PIPE.run(text).attributions
    assert (a.source.text, a.speaker) == (source, speaker)


@pytest.mark.parametrize("text,source,speaker", [
    # pool-dev25 and our own sentence: one name word in apposition after a description, then its adjunct
    ('"Kami menuntut harga yang adil," kata salah seorang petani tebu asal Kudus, Agus ditemui di sela-sela persiapan.',
     "salah seorang petani tebu asal Kudus, Agus", "Agus"),
    ('"Antrean sudah panjang sejak pagi," ujar seorang warga, Budi saat ditemui di pasar.',
     "seorang warga, Budi", "Budi"),
    # a pronoun before the comma: the name opens the next clause ("kata dia, Syahrini memang …")
    ('"Dia yang pilih sendiri," kata dia, Syahrini memang kerap menghubunginya.', "dia", None),
    # after "Menurut" the name opens the content (pool-dev7: "Menurut Tien Mei, Lindsay sudah mulai berlatih …")
    ("Menurut Tien Mei, Lindsay sudah mulai berlatih bersama tim.", "Tien Mei", "Tien Mei"),
    ("Menurut seorang pengamat, Jokowi sudah melakukan langkah yang tepat.", "seorang pengamat", None),
])
def test_one_name_word_in_apposition_before_its_adjunct(text, source, speaker):
    a = _PIPE.run(text).attributions[0]
    assert a.source.text == source and (speaker is None or a.speaker == speaker)
