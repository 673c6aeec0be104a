"""Sources: the noun phrase that names (or stands for) the speaker next to a cue.

``source_after`` reads the phrase after a post-posed cue (``kata juru bicara kedutaan, dikutip …``),
``source_before`` the subject before a pre-posed one (``… , Perdana Menteri Irak Mohammed Shia
al-Sudani mengatakan``).  Adjuncts (``pada konferensi pers``, ``kepada wartawan``, dates) and relative
clauses (``yang …``) are cut off.  ``split_role`` separates a title from a name.
"""

from __future__ import annotations

import regex

from ..lexicon import Lexicon, words
from ..text.tokens import Token
from .cues import menurut_at

SECOND_OFFICE_WORDS = words("second_office_words")
LOCATIVE_PREPOSITIONS = words("locative_prepositions")
INNER_PREPOSITIONS = words("relative_inner_prepositions")
INNER_ADJUNCTS = words("subject_inner_adjuncts")
RELATIVE_CLAUSE_ENDERS = words("relative_clause_enders")
SUBJECT_PRONOUNS = words("subject_pronouns")
LEADING_ADJUNCT_WORDS = words("leading_adjunct_words")
NAME_PARTICLES = words("name_particles")
TITLE_ABBREVIATIONS = words("title_abbreviations")

# Words that end a source phrase read forwards (prepositions, subordinators, time words).
STOP_AFTER = words("stop_after")
# Words that may not end a source phrase read backwards (adverbs between subject and verb).
TRAILING_ADVERBS = words("trailing_adverbs")
# Boundaries when reading a subject backwards from its verb.
STOP_BEFORE = words("stop_before")
TIME_WORDS = words("time_words")
ORG_HEADS = words("org_heads")
ADVERB_PHRASES = words("adverb_phrases")  # "pertama kali", "sekali lagi": between a subject and its verb
ORG_WORDS = words("org_words")  # first words of organisations ("Polda", "Kementerian"), which an apposition may follow
ORG_OR_PLACE_SURE = 100  # a word name_types.tsv saw this often as an organisation or a place is one before a name
LOWER_NEWS_WORDS = words("lower_words")  # words news writes in lower case: no person's name begins with one
# Words that make a chunk a clause, not a subject ("Sisi perbankan pun juga kurang setuju …").
CLAUSE_PREDICATES = words("clause_predicates")
# Degree words: a chunk that opens with one is a predicate ("akan sangat sulit berharap …"), not a subject.
INTENSIFIERS = words("intensifiers")
DETERMINERS = words("determiners")
PREPOSITIONS = words("prepositions")
CAUSATIVE_VERBS = words("causative_verbs")
TIME_DEMONSTRATIVES = words("time_demonstratives")
CIRCUMSTANCE_PASSIVES = words("circumstance_passives")
APPOSITIVE_RELATIVES = words("appositive_relatives")
SPEECH_ADJUNCT_OPENERS = words("speech_adjunct_openers")
PLACE_OR_HANDLE_WORDS = words("place_or_handle_words")
FRONT_TOPIC_WORDS = words("front_topic_words")
NUMERALS = words("numerals")
QUANTIFIERS = words("quantifiers")
# meN-, ber-, di-, ter-, per- verbs: "me" is followed by a nasal or l/r/w/y ("megaproyek" is no verb).
_VERB_RE = regex.compile(r"^(mem|men|meng|meny|me[lrwy]|ber|be[lr]|di|ter)\p{Ll}{3,}$")
_NOT_VERBS = words("not_verbs")
_TAGGED_NOT_VERBS = words("tagged_not_verbs")  # tagged VERB, heading no clause ("kerja sama", "waktu lalu")
# Epithets for someone named before ("pelatih berusia 46 tahun ini", "Artis kelahiran Jakarta, 20 Agustus
# 1993 ini", "Pelantun ‘Bolo - Bolo’ ini"): a head noun, modifiers, a demonstrative at the end.
DEMONSTRATIVES = words("demonstratives")
# documents, studies and researchers that speak with a cue of frame doc or find ("Pasal itu berbunyi", "Penelitian
# menemukan …")
DOC_WORDS = words("doc_words")
EPITHET_MARKERS = words("epithet_markers")
EPITHET_PREFIXES = words("epithet_prefixes")
PERSON_NOUNS = words("person_nouns")
FRONT_ADJUNCT_OPENERS = words("adjunct_openers")  # "Kepada Kicker, eks penyerang …": an adjunct before the subject
COUNTRIES = words("countries")  # "Presiden Sudan Omar Beshir": a country right after a title is the title's
_EPITHET_VERB_RE = regex.compile(r"^(ber|be[lr]|ter)\p{Ll}{3,}$")  # "bertubuh", "berdarah", "bertinggi"
_OPEN_MARKS = {"‘": "’", "“": "”", '"': '"', "'": "'"}


def char_span(tokens: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of the token range ``rng`` (as :func:`source_after` and :func:`source_before` give)."""
    return tokens[rng[0]].start, tokens[rng[1] - 1].end


def looks_verbal(tok: Token, lex: Lexicon) -> bool:
    if tok.upos is not None:
        return tok.upos in {"VERB", "AUX"} and tok.lower not in _TAGGED_NOT_VERBS
    return verbal_shape(tok, lex)


def verbal_shape(tok: Token, lex: Lexicon) -> bool:
    """Does the word look like a verb by its affixes alone (the fast mode's test)?"""
    return not tok.is_cap and verbal_word(tok.lower, lex)


def verbal_word(low: str, lex: Lexicon) -> bool:
    """Does the lower-cased word look like a verb by its affixes, whatever its capital ("Menanggapi hal ini, …")?"""
    return low not in _NOT_VERBS and low not in lex.titles and bool(_VERB_RE.match(low))


def _is_punct(tok: Token) -> bool:
    return not tok.is_word


def _inside_title(tokens: list[Token], i: int, j: int, hi: int, lex: Lexicon) -> bool:
    """Is ``tokens[j]`` (``dan``) inside a long title, between two capitalised words of one office
    (``Menteri Koordinator Bidang Politik, Hukum, dan Keamanan``, ``Kementerian Koperasi dan UKM Rully
    Indrawan``)?  Only after a title or an organisation word, and when a capitalised run follows."""
    if not (tokens[j - 1].is_cap and j + 1 < hi and tokens[j + 1].is_cap):
        return False
    return any(t.lower in lex.titles or t.lower in ORG_HEADS for t in tokens[i:j])


def _title_list_end(tokens: list[Token], j: int, hi: int) -> int | None:
    """At the comma ``tokens[j]`` of a list of one-word portfolios inside a title ("Politik, Hukum, dan
    Keamanan"): the index of the list's last word, else None.  Names (two words or more) are no such list."""
    k = j
    while k + 1 < hi and tokens[k].text == "," and tokens[k + 1].is_cap and tokens[k + 1].is_word:
        k += 2
        if k < hi and tokens[k].is_cap:
            return None  # "…, Puan Maharani, …": a name in apposition
    if k == j:
        return None
    if k < hi and tokens[k].text == ",":
        k += 1
    if k + 1 < hi and tokens[k].lower in {"dan", "serta", "&"} and tokens[k + 1].is_cap:
        return k + 1
    return None


def _after_epithet_marker(tokens: list[Token], c: int, lo: int) -> bool:
    """Does the comma ``tokens[c]`` close a place after an epithet marker ("kelahiran Jakarta,", "berdarah
    Buli, Kecamatan Maba,"): capitalised words and commas back to the marker, at most eight tokens?"""
    m = c - 1
    while m >= lo and c - m <= 8 and (tokens[m].is_cap or tokens[m].text == ","):
        m -= 1
    return lo <= m < c - 1 and tokens[m].lower in EPITHET_MARKERS


# "No." / "Nomor" before a document's number ("UU No. 7/2017", "Pasal 16 Undang-Undang Nomor 18 Tahun 2003").
NUMBER_WORDS = words("number_words")


def _inside_epithet(tokens: list[Token], k: int, end: int, lo: int, lex: Lexicon,
                    closing: str | None) -> tuple[bool, str | None]:
    """Reading an epithet backwards (it ends with a demonstrative at ``end - 1``): is ``tokens[k - 1]`` inside it
    though the plain reading would stop there, and the closing quotation mark still open after it."""
    t = tokens[k - 1]
    if closing is not None and _OPEN_MARKS.get(t.text) == closing:
        return True, None
    if closing is None and t.text in {"’", "”", '"', "'"} and k < end:
        return True, t.text  # "‘Bolo - Bolo’ ini", "film ' Comic 8: Casino King ' ini": a quoted title
    if closing is not None and t.text not in {".", "!", "?", "’", "”", '"', "'"}:
        return True, closing  # any word or sign of the title ("Comic 8:")
    if (t.text == "," and closing is None and k < end and (tokens[k].is_cap or tokens[k].text[0].isdigit())
            and _after_epithet_marker(tokens, k - 1, lo)):
        return True, closing  # "kelahiran Jakarta, 20 Agustus 1993": a comma after a place, inside the epithet
    if (not t.is_cap and _EPITHET_VERB_RE.match(t.lower) and t.lower not in STOP_BEFORE and k - 1 > lo
            and tokens[k - 2].is_word and tokens[k - 2].lower not in STOP_BEFORE
            and not looks_verbal(tokens[k - 2], lex)):
        return True, closing  # "berusia", "bertubuh", "berdarah" after the head noun (not "yang terlibat")
    return False, closing


def _capital_inside_office(tokens: list[Token], m: int, lo: int, end: int, lex: Lexicon) -> bool:
    """Is the function word ``tokens[m]`` a capitalised part of an office's name, between an organisation or
    title word and another capitalised word ("Kementerian Dalam Negeri", "Menteri Dalam Negeri")?"""
    t = tokens[m]
    return (t.is_cap and t.lower not in TIME_WORDS and m - 1 >= lo and m + 1 < end and tokens[m + 1].is_cap
            and tokens[m + 1].is_word and (tokens[m - 1].lower in ORG_HEADS or tokens[m - 1].lower in lex.titles))


def names_document(text: str, src: tuple[int, int] | None, first: int = 3) -> bool:
    """Does the source span ``src`` name a document, a study or researchers among its ``first`` words ("Pasal
    itu", "Penelitian sebelumnya", "Para peneliti")?"""
    return src is not None and any(w in DOC_WORDS for w in text[src[0] : src[1]].lower().split()[:first])


def _and_inside_title(tokens: list[Token], m: int, lo: int, end: int, lex: Lexicon) -> bool:
    """Is ``tokens[m]`` ("dan", "&") inside a title of the lexicon read backwards ("Menteri Kelautan dan Perikanan
    menyampaikan …", "Menteri Energi dan Sumber Daya Mineral mengatakan …")?  Only a whole title that spans it."""
    if tokens[m].lower not in {"dan", "&"} or m - 1 < lo or m + 1 >= end:
        return False
    for x in range(m - 1, max(lo, m - 4) - 1, -1):
        for y in range(m + 2, min(end, m + 5) + 1):
            if " ".join(t.lower for t in tokens[x:y]) in lex.titles:
                return True
    return False


def _initial(tokens: list[Token], k: int, lo: int) -> bool:
    """Is ``tokens[k]`` a one-letter initial after a capitalised name word ("Agus H", "Bayu J")?"""
    t = tokens[k]
    return len(t.text) == 1 and t.text.isupper() and k - 1 >= lo and tokens[k - 1].is_cap and tokens[k - 1].is_word


def _document_number_end(tokens: list[Token], k: int, hi: int) -> int:
    """From the first digit ``tokens[k]`` of a document's number: past the number ("7/2017", "18 Tahun 2003") and
    a following "tentang" with the capitalised subject ("tentang Pemilihan Umum"), at most 12 tokens."""
    start = k
    while k < hi and k - start < 6 and (tokens[k].text[0].isdigit() or (
            tokens[k].text in {"/", "-"} and k + 1 < hi and tokens[k + 1].text[0].isdigit())):
        k += 1
    if k + 1 < hi and tokens[k].lower == "tahun" and tokens[k + 1].text[0].isdigit():
        k += 2
    if k + 1 < hi and tokens[k].lower == "tentang" and tokens[k + 1].is_cap:
        m = k + 1
        while m < hi and m - k <= 6 and (tokens[m].is_cap or (tokens[m].lower in {"dan", "&"} and m + 1 < hi and tokens[m + 1].is_cap)):
            m += 1
        k = m
    return k


def _epithet_tail(tokens: list[Token], i: int, j: int, hi: int, lex: Lexicon) -> int:
    """Where a description read forwards from ``tokens[i]`` ends when a demonstrative closes it a few words
    after ``tokens[j]``, where the plain reading stopped: "ungkap eks superstar AC Milan dan Real Madrid
    tersebut", "tutur pelatih berusia 46 tahun ini", "kata gelandang bertinggi 175 cm itu", "ungkap bintang
    film ‘Cinta Dalam Kardus’ ini".  Only for a description (a lowercase head, an epithet prefix or a person
    noun), within eight words, and not across a clause: ``j`` if there is no such demonstrative."""
    head = tokens[i]
    if j >= hi or head.lower in SUBJECT_PRONOUNS or not (
            not head.is_cap or head.lower in EPITHET_PREFIXES or head.lower in PERSON_NOUNS):
        return j
    if tokens[j - 1].lower in DEMONSTRATIVES:
        return j  # "ujar pemandu acara itu": closed already
    closing: str | None = None
    k = j
    while k < hi and k - j < 8:
        t = tokens[k]
        low = t.lower
        if closing is not None:
            if t.text == closing:
                closing = None
            elif not (t.is_word or t.text in {"-", "/", "."}):
                return j
            k += 1
            continue
        if low in DEMONSTRATIVES and k > j:
            before = tokens[k - 1]
            after = tokens[k + 1] if k + 1 < hi else None
            if before.lower in TIME_WORDS and not tokens[k - 2].text[0].isdigit():
                return j  # "kata dia bersemangat pagi itu": a time adjunct
            if after is None or not after.is_word or after.lower in STOP_AFTER:
                return k + 1
            return j
        if t.text in _OPEN_MARKS:
            closing = _OPEN_MARKS[t.text]
        elif t.text == "," and k + 1 < hi and (tokens[k + 1].is_cap or tokens[k + 1].text[0].isdigit()) and (
                _after_epithet_marker(tokens, k, i)):
            pass  # "kelahiran Jakarta, 20 Agustus 1993 ini": a place and a date
        elif low in {"dan", "&"} and k + 1 < hi and tokens[k + 1].is_cap:
            pass  # "AC Milan dan Real Madrid"
        elif not t.is_word and t.text not in {"-", "/"}:
            return j
        elif t.is_word and not t.is_cap and not t.text[0].isdigit() and (
                low in STOP_AFTER or low in CLAUSE_PREDICATES or lex.cue(t.text) is not None
                or (looks_verbal(t, lex) and not _EPITHET_VERB_RE.match(low))):
            return j
        k += 1
    return j


def _title_ampersand(tokens: list[Token], j: int, hi: int) -> bool:
    """Is ``tokens[j]`` an "&" between two capitalised words of a title ("Co-Founder & CEO Ruangguru Belva
    Devara", "CEO & Founder Tokopedia William Tanuwijaya")?"""
    return tokens[j].text == "&" and 0 < j and j + 1 < hi and tokens[j - 1].is_cap and tokens[j + 1].is_cap


def source_after(tokens: list[Token], i: int, hi: int, lex: Lexicon, max_len: int = 12) -> tuple[int, int] | None:
    """Token range [i, j) of the source phrase starting at ``tokens[i]`` (exclusive end ``hi``)."""
    j = i
    while j < hi and (j - i < max_len or (j - i < max_len + 6 and tokens[j].is_cap and tokens[j].is_word
                                          and tokens[j - 1].is_cap and tokens[j - 1].is_word)):
        # (a long office runs on while its capitalised words do: "Kepala Sub - Direktorat II Direktorat Reserse
        # Kriminal Umum Polda Jatim Ajun Komisaris Besar Polisi Yudhistira")
        t = tokens[j]
        low = t.lower
        if t.text == "(" and j > i and tokens[j - 1].is_cap:
            # an organisation's acronym in brackets inside the title, before the name, its apposition or a demonstrative:
            # "kata Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti", "politikus PAN (…) itu"
            close = next((c for c in range(j + 1, min(hi, j + 8)) if tokens[c].text == ")"), None)
            if close is not None and close > j + 1 and close + 2 < hi and all(
                    tokens[c].is_word and tokens[c].is_cap for c in range(j + 1, close)) and (tokens[close + 1].is_cap or (
                    tokens[close + 1].text == "," and tokens[close + 2].is_cap) or tokens[close + 1].lower in DETERMINERS):
                max_len += close + 1 - j
                j = close + 1
                continue
        if t.text in {",", "/"} and j > i and tokens[j - 1].is_cap and _inside_title(tokens, i, j, hi, lex):
            # "Menteri Riset dan Teknologi/Kepala Badan Riset …", "Menteri Koordinator Bidang Politik, Hukum,
            # dan Keamanan Mahfud MD": one title
            last = j + 1 if t.text == "/" else _title_list_end(tokens, j, hi)
            if last is not None:
                max_len += last - j
                j = last
                continue
        if _is_punct(t) and t.text not in {"-", "'", "’", "."} and not _title_ampersand(tokens, j, hi):
            break
        if (t.text == "." and j > i and j + 1 < hi and tokens[j - 1].lower in TITLE_ABBREVIATIONS
                and tokens[j + 1].is_cap):
            j += 1  # "Presiden KPI Capt. Hasudungan Tambunan", "Mr. Liu Qihu": the stop of an abbreviated title
            max_len += 1
            continue
        if (t.text == "." and j > i and j + 1 < hi and tokens[j - 1].end == t.start and _initial(tokens, j - 1, i)
                and tokens[j + 1].is_cap):
            j += 1  # "Agus H. Canny", "Bayu J. Wirjoatmodjo": a middle initial
            max_len += 1
            continue
        if (t.text == "." and j > i and j + 1 < hi and tokens[j - 1].end == t.start and tokens[j - 1].lower in NUMBER_WORDS
                and tokens[j + 1].text[0].isdigit()):
            # "UU Pemilu No. 7/2017 tentang Pemilihan Umum": a document's number, and the subject it is about
            j = _document_number_end(tokens, j + 1, hi)
            max_len += 8
            continue
        if t.text == "." and not (j > i and tokens[j - 1].end == t.start and j + 1 < hi and tokens[j + 1].start == t.end):
            break  # a full stop, unless inside a web name (ERA.id)
        if j > i and low in {"dan", "&"} and _inside_title(tokens, i, j, hi, lex):
            j += 1  # "Direktur Jenderal Pencegahan dan Pengendalian Penyakit …": one title
            max_len += 1
            continue
        if j > i and t.is_cap and low in STOP_AFTER and low not in TIME_WORDS and _inside_title(tokens, i, j, hi, lex):
            j += 1  # "Menteri Dalam Negeri Tito Karnavian": a capitalised "Dalam" belongs to the office
            continue
        if (j > i and low == "untuk" and j + 1 < hi and tokens[j + 1].is_cap
                and any(x.lower in lex.title_first for x in tokens[i:j])):
            j += 1  # "kata Duta Besar Inggris untuk PBB Matthew Rycroft": the office's post belongs to it
            max_len += 1
            continue
        if j > i and (low in STOP_AFTER or low in TIME_WORDS and not t.is_cap) and not _time_word_in_name(tokens, j, hi):
            break
        if j > i and t.text[0].isdigit() and tokens[j - 1].lower in NUMBER_WORDS:
            j = _document_number_end(tokens, j, hi)  # "Undang-Undang Nomor 18 Tahun 2003 tentang Advokat"
            max_len += 8
            continue
        if j > i and t.text[0].isdigit() and not (j + 1 < hi and tokens[j + 1].is_cap and tokens[j - 1].is_cap):
            break  # a number ends the phrase, unless it sits inside a name ("Humas Daop 2 KAI")
        if j > i and looks_verbal(t, lex) and not t.is_cap and (t.upos is None or verbal_shape(t, lex)):
            break  # with tags, a word inside the phrase with no verb's affixes is the tagger's slip ("tunggal")
        if j > i and low in CLAUSE_PREDICATES:
            break
        j += 1
    if j == i:
        return None
    j = _epithet_tail(tokens, i, j, hi, lex)
    if (j + 3 < hi and tokens[j].lower == "yang" and tokens[j + 1].lower in SECOND_OFFICE_WORDS
            and tokens[j + 2].is_cap and any(t.lower in lex.titles for t in tokens[i:j])):
        # "kata Ketua Panitia yang juga Kepala Dinas Pemuda dan Olahraga Padang Suardi": the second office
        # and the name (the relative clause holds the person), when it ends in a capitalised name
        second = source_after(tokens, j + 2, hi, lex, max_len)
        if second is not None and tokens[second[1] - 1].is_cap and second[1] - second[0] >= 2:
            return second
    j = _apposition_after(tokens, i, j, hi, lex)
    return (i, j)  # a trailing demonstrative stays, as written ("sumber-sumber itu")


def _apposition_after(tokens: list[Token], i: int, j: int, hi: int, lex: Lexicon) -> int:
    """The end of the source ``tokens[i:j]`` read after its cue, past the appositions in commas that name the
    speaker (up to three)."""
    # appositions naming the speaker: "kata Kasat Reskrim Polresta Depok, Kompol Teguh Nugroho, …",
    # "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo"
    for _ in range(3):
        if not (j + 2 < hi and tokens[j].text == "," and tokens[j + 1].is_cap) or tokens[j + 1].lower in TIME_WORDS:
            break  # "kata Yayan, Kamis, saat dihubungi": a day is no apposition
        if _personal_name(tokens[i:j], lex):
            break  # "Menurut Fifi, Veronica Tan, istri Ahok …", "ujar Wandono, Kepala Bidang …": no office before it
        m = j + 1
        while m < hi and m - j < 6 and (tokens[m].is_cap or tokens[m].text.startswith("al-") or (
                tokens[m].lower in {"&", "dan"} and m + 1 < hi and tokens[m + 1].is_cap and m > j + 1)):
            m += 1  # "…, Hong Kong & Taiwan, Robin Kwok": a list of places inside the office
        ends = m >= hi or not tokens[m].is_word or tokens[m].lower in STOP_AFTER or (
            looks_verbal(tokens[m], lex) and not tokens[m].is_cap)  # "…, Max Tatahede didampingi petugas …"
        if (m - (j + 1) >= 2 and ends) or (m - (j + 1) == 1 and m < hi and tokens[m].text == ",") or (
                m - (j + 1) == 1 and ends and m < hi and tokens[m].is_word and lex.name_types.get(tokens[j + 1].text) == "PER"
                and not any(tokens[i].lower in forms for forms in lex.pronouns.values())  # not "kata dia, Syahrini memang …"
                and any(not t.is_cap for t in tokens[i:j]) and (i == 0 or tokens[i - 1].lower != "menurut")):
            # (a description before the comma, and a cue after its content: "Menurut Tien Mei, Lindsay sudah …" and
            # "Menurut seorang pengamat, Jokowi sudah …" open their content with the name)
            # one name word, then its adjunct: "kata salah seorang petani tebu asal Kudus, Agus ditemui di …"
            j = m
        else:
            break
    return j


def _time_word_in_name(tokens: list[Token], j: int, hi: int) -> bool:
    """Is the capitalised time word ``tokens[j]`` part of a name, before a capitalised word that is no time ("… BRI
    Hari Siaga Amijarso", "Korps Lalu Lintas"; not "Hari Senin")?"""
    t = tokens[j]
    return t.is_cap and t.lower in TIME_WORDS and j + 1 < hi and tokens[j + 1].is_cap and tokens[j + 1].lower not in TIME_WORDS


def _personal_name(toks: list[Token], lex: Lexicon) -> bool:
    """Is ``toks`` a person's name rather than an office, before an apposition's comma: capitalised words, none a
    title or an organisation's head, one word or words news uses for people ("Fifi", not "Media Officer Persib")."""
    return all(t.is_cap and t.lower not in lex.titles and t.lower not in lex.title_first and t.lower not in ORG_HEADS
               and t.lower not in ORG_WORDS for t in toks) and (
        len(toks) == 1 or (len(toks) <= 3 and all(lex.name_types.get(t.text) == "PER" for t in toks)))


# Words that open a clause or adjunct enclosed in commas between a subject and its verb.
ENCLOSED_OPENERS = words("enclosed_openers")


def _before_time_adjunct(tokens: list[Token], i: int, lo: int) -> int:
    """Where the subject ends when a time adjunct stands between it and the verb ``tokens[i]``
    (``Ahmad Riza Patria, Sabtu, menjelaskan``, ``…, Senin (5/10/2020) sore menyatakan``); ``i`` if none."""
    j = i - 1 if i - 1 > lo and tokens[i - 1].text == "," else i
    skipped = False
    while j > lo:
        t = tokens[j - 1]
        if t.lower in TIME_WORDS and t.lower != "lalu":
            j -= 1
            skipped = True
            continue
        if j - 2 > lo and t.lower in DETERMINERS and _time_demonstrative(tokens, j - 2):
            j -= 2  # "Survei yang dilakukan Survation pekan ini mengungkapkan": when, not who
            skipped = True
            continue
        if t.text == ")":  # a bracketed date: "(5/10/2020)"
            o = j - 2
            while o > lo and j - o < 10 and (tokens[o].text[0].isdigit() or tokens[o].text in {"/", "-", "."}):
                o -= 1
            if o < j - 2 and tokens[o].text == "(":
                j = o
                skipped = True
                continue
        break
    return j if skipped and j < i else i


def _second_office(tokens: list[Token], rng: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """"Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo": after "yang juga", the second office and
    the name (the relative clause holds the person), not the first office alone."""
    if (rng is not None and rng[0] - 1 >= lo and tokens[rng[0] - 1].lower == "yang" and rng[1] - rng[0] >= 3
            and tokens[rng[0]].lower in SECOND_OFFICE_WORDS and tokens[rng[0] + 1].is_cap
            and tokens[rng[1] - 1].is_cap):
        return (rng[0] + 1, rng[1])
    return None


def _enclosed_before(tokens: list[Token], i: int, lo: int, lex: Lexicon, max_len: int) -> tuple[int, int] | None:
    """The subject before a clause enclosed in commas that ends at ``tokens[i - 1]`` (a comma): "Liga Arab,
    yang berbasis di negara tersebut, mengeluarkan …", "Airlangga Hartarto, saat menyampaikan …, menyatakan"."""
    for c in range(i - 2, max(lo, i - 25) - 1, -1):
        if tokens[c].text == "," and c + 1 < i and tokens[c + 1].lower in ENCLOSED_OPENERS:
            rng = _source_before(tokens, c, lo, lex, max_len)
            return _second_office(tokens, rng, lo) or rng
        if tokens[c].text == "," and c + 1 < i and tokens[c + 1].lower in TIME_WORDS:
            continue  # a date between two adjuncts: "X, saat dihubungi, Senin (30/11/2020) di Jakarta, mengatakan"
        if not tokens[c].is_word and tokens[c].text not in "()-/%":
            break  # brackets may sit inside the relative clause: "(competitive eating)"
    return None


def _name_before_description(tokens: list[Token], i: int, lo: int) -> tuple[int, int] | None:
    """"Tri Maharini, dokter emergensi dari Persatuan Dokter Emergensi Indonesia, memaparkan": a name of two
    capitalised words or more, then a description in commas, then the verb ``tokens[i]``: the name."""
    for c in range(i - 2, max(lo, i - 16) - 1, -1):
        if tokens[c].text == ",":
            if c + 1 < i - 1 and tokens[c + 1].is_word and not tokens[c + 1].is_cap:
                m = c
                while m > lo and tokens[m - 1].is_cap and c - m < 5:
                    m -= 1
                if c - m >= 2 and (m == lo or not tokens[m - 1].is_word):
                    return (m, c)
            return None
        if not tokens[c].is_word and tokens[c].text not in "()-/%.":
            return None
    return None


def source_before(tokens: list[Token], i: int, lo: int, lex: Lexicon, max_len: int = 14) -> tuple[int, int] | None:
    """Token range of the subject that ends right before the verb ``tokens[i]`` (not before ``lo``)."""
    if i - 1 > lo and tokens[i - 1].lower == "dengan" and tokens[i].lower[:2] in {"me", "be"}:
        # "… hanya sebatas mimpi dengan menyatakan …": the manner of the main verb, its subject omitted; the agent
        # of a passive main verb speaks ("Cuitan ini direspons Nicki dengan mengatakan …"); not "dengan bangga"
        agent = _source_before(tokens, i - 1, lo, lex, max_len)
        if (agent is not None and agent[0] - 1 >= lo and tokens[agent[0]].is_cap
                and tokens[agent[0] - 1].text.startswith("di") and _VERB_RE.match(tokens[agent[0] - 1].text)):
            return agent
        return None
    rng = _subject_before(tokens, i, lo, lex, max_len)
    if (head := _long_relative_head(tokens, i, lo, lex, max_len, rng)) is not None:
        return head  # "Walikota Jakarta Utara Husein Murad yang hadir dalam pemberian dana CSR … mengatakan"
    if rng is None:
        k = i
        while k - 1 > lo and tokens[k - 1].lower in TRAILING_ADVERBS:
            k -= 1
        prev_comma = next((m for m in range(k - 2, max(lo, k - 10) - 1, -1) if tokens[m].text == ","), None)
        relative = prev_comma is not None and any(t.lower == "yang" for t in tokens[prev_comma:k])
        if k < i and tokens[k - 1].text == "," and not relative:
            # "Juru bicara PMF, Ahmed Asadi, juga membantah …"; not "Marullah Matali, Wali Kota …, yang dihubungi,
            # juga membenarkan …" (the relative clause is the subject's, which the speaker step finds)
            return source_before(tokens, k, lo, lex, max_len)
        if k == i and _stray_comma_after_titled_name(tokens, i, lo, lex):
            # "Wakil Ketua Komnas HAM Hairansyah, mengatakan …": a stray comma after a titled name opening the sentence
            return _source_before(tokens, i - 1, lo, lex, max_len)

    if rng is not None and (y := _object_of_relative(tokens, rng, lo, lex)) is not None:
        # "wanita yang melaporkan [Nelly] mengklaim": the object of a relative clause is no subject; the phrase the
        # clause belongs to is, or none (the speaker step then finds the sentence's subject)
        return source_before(tokens, y, lo, lex, max_len) if y - lo <= max_len else None
    return _without_place_adjunct(tokens, _past_front_adjunct(tokens, rng), lex)


#: How many tokens back from its verb a relative clause after the subject is searched for its "yang".
RELATIVE_WINDOW = 32
#: Tokens a relative clause may hold that are not words: commas, brackets ("Komunikasi (CISSReC)"), joiners.
_RELATIVE_PUNCT = frozenset(",()-/&'’")


def _long_relative_head(tokens: list[Token], i: int, lo: int, lex: Lexicon, max_len: int,
                        rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject of a relative clause that runs on up to its verb ``tokens[i]``, longer or more punctuated than the
    short clauses ``_subject_before`` reads ("Pratama yang juga Ketua Lembaga Riset Keamanan Siber dan Komunikasi
    (CISSReC) mengatakan", "Pria yang identik dengan kacamata dan kumisnya yang tebal itu juga mengaku"): the phrase
    before the clause's first "yang", when that phrase opens the sentence or follows a comma (it is then the
    sentence's subject, no object of a verb before it), and the subject read so far lies inside the clause with no
    comma right before it.  Bounded: RELATIVE_WINDOW tokens, no sentence punctuation, quotation mark or word
    of relative_clause_enders.tsv crossed."""
    if rng is None or (rng[0] - 1 > lo and tokens[rng[0] - 1].text == ",") or tokens[i].lower == "yang":
        # none read, or a named apposition after the clause's comma ("Kuasa korban yang …, Sudarso …"), or the cue in
        # a relative clause of its own ("voice note dia yang bilang …": the head right before it speaks)
        return None
    first = None
    for k in range(i - 1, max(lo, i - RELATIVE_WINDOW) - 1, -1):
        t = tokens[k]
        if (not t.is_word and t.text not in _RELATIVE_PUNCT) or t.lower in RELATIVE_CLAUSE_ENDERS:
            break  # not past a sentence's end, a quotation or the opening of another clause ("bahwa", "jika")
        if t.lower == "yang":
            first = k
    if first is None or first <= lo or rng[0] <= first:
        return None
    if rng[0] <= first + 2 and tokens[rng[0]].lower in lex.title_first:
        return None  # a second office and its holder: "Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo"
    before = tokens[rng[0] - 1]
    if before.lower == "oleh" or (before.lower.startswith("di") and looks_verbal(before, lex)):
        return None  # the agent of a passive relative clause speaks: "Survei yang dilakukan Survation … mengungkapkan"
    head = _source_before(tokens, first, lo, lex, max_len)
    if head is None or head[1] != first or not (head[0] == lo or not tokens[head[0] - 1].is_word) or (
            tokens[head[0]].lower in FRONT_ADJUNCT_OPENERS or not _noun_phrase_opener(tokens[head[0]])):
        return None  # "Terkait dugaan … yang …, Wiranto mengatakan": an adjunct, not the subject; "seperti yang …"
    if not _short_head(tokens, head) and not tokens[head[1] - 1].is_cap:
        return None  # "kontrak dua tahun di Arema yang …": a long description, no named subject
    return head


def _noun_phrase_opener(t: Token) -> bool:
    """May ``t`` open a subject noun phrase: a capitalised word, a quantifier or determiner ("sejumlah senator"), a
    person noun ("warga"), a pronoun?"""
    return t.is_cap or t.lower in QUANTIFIERS or t.lower in DETERMINERS or t.lower in PERSON_NOUNS or t.lower in SUBJECT_PRONOUNS


def _past_front_adjunct(tokens: list[Token], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject that opens with a sentence-initial adjunct closed by a comma ("Kepada Kicker, eks penyerang Muenchen
    itu mengatakan", "Di Jakarta, Presiden …"): the subject starts after the comma."""
    if rng is None or tokens[rng[0]].lower not in FRONT_ADJUNCT_OPENERS or menurut_at(tokens[rng[0]]) is not None:
        return rng  # "Menurut Hery, …" is a source of its own (rule reported-menurut)
    comma = next((m for m in range(rng[0] + 1, rng[1] - 1) if tokens[m].text == ","), None)
    return (comma + 1, rng[1]) if comma is not None else rng


def _object_of_relative(tokens: list[Token], rng: tuple[int, int], lo: int, lex: Lexicon) -> int | None:
    """The index of "yang" when the phrase ``rng`` is the object of a relative clause's active verb right before it
    ("… yang (juga) mengalami ⟦pemutusan kerja sepihak⟧ menyebut", "… yang terlibat dalam ⟦penelitian ini⟧
    mengatakan"); not the agent after a passive ("Polling yang dilakukan ⟦lembaga survei Survation⟧ menyebutkan"), nor
    the object of a causative, who holds the stance ("tiga aspek yang membuat ⟦KPU⟧ yakin")."""
    v = rng[0] - 1
    if v > lo and tokens[v].is_word and tokens[v].lower in PREPOSITIONS and not tokens[v].is_cap:
        v -= 1  # "terlibat dalam …"
    if (v <= lo or not tokens[v].is_word or tokens[v].is_cap or not looks_verbal(tokens[v], lex)
            or tokens[v].lower.startswith("di") or tokens[v].lower in CAUSATIVE_VERBS):  # a passive, a causative
        return None
    return next((m for m in range(v - 1, max(lo, v - 3) - 1, -1) if tokens[m].lower == "yang"), None)


def _without_place_adjunct(tokens: list[Token], rng: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """A subject that ends in where its speaker was, after a name: "Chisnamurti Adiningrum [di Magelang], Sabtu,
    mengatakan": the place (every word a place's) is an adjunct, not the speaker; not "Perwakilan Bank Dunia di
    Indonesia Rodrigo Chaves" (a name after it), nor "Hakim Distrik di Hawaii", "Perwakilan UNHCR di India" (no
    person's name before it: a description keeps its place)."""
    if rng is None or rng[1] - rng[0] < 3:
        return rng
    for x in range(rng[1] - 2, rng[0], -1):
        if tokens[x].lower == "di":
            before = tokens[x - 1]
            if before.is_cap and not before.text.isupper() and not _lower_news_word(before.text, lex) \
                    and lex.name_types.get(before.text) not in {"ORG", "LOC"} \
                    and all(tokens[y].is_cap and (lex.name_types.get(tokens[y].text) == "LOC" or tokens[y].lower in lex.places)
                            for y in range(x + 1, rng[1])):
                return (rng[0], x)
            break
    return rng


_FRONTED_PASSIVE_RE = regex.compile(r"^[Dd]i\p{Ll}{3,}(?:kan|i)$")


def _speech_adjunct(tokens: list[Token], c: int, i: int, lo: int) -> bool:
    """Is ``tokens[c + 1 : i]`` an adjunct of how or where a name before the comma ``tokens[c]`` spoke, with no
    closing comma ("Laurent Lamothe, melalui akun Twitternya mengatakan")?  Not when a name, a pronoun or "para" in
    it may be the subject itself, nor after a fronted adjunct or passive ("Menurut Express, saat ini para pelancong
    merasa", "Ditambahkan Anies, …")."""
    if tokens[c + 1].lower not in SPEECH_ADJUNCT_OPENERS or not tokens[c - 1].is_cap:
        return False
    place = False  # inside a capitalised run that a place or account word opened ("di kabupaten Ende Nusa Tenggara")
    for k in range(c + 2, i):
        t = tokens[k]
        place = t.is_cap and (tokens[k - 1].lower in PLACE_OR_HANDLE_WORDS or (place and tokens[k - 1].is_cap))
        if t.lower in SUBJECT_PRONOUNS or t.lower == "para" or (t.is_cap and not t.lower.endswith("nya") and not place):
            return False  # a name that may be the subject; not a place, an account, "Twitternya"
    return not any(t.lower.startswith("menurut") or t.lower in FRONT_TOPIC_WORDS or _FRONTED_PASSIVE_RE.match(t.text)
                   for t in tokens[lo:c])


def _stray_comma_after_titled_name(tokens: list[Token], i: int, lo: int, lex: Lexicon) -> bool:
    """Is ``tokens[i - 1]`` a comma that follows a titled name which alone opens the sentence ("Wakil Ketua Komisi
    Nasional Hak Asasi Manusia (Komnas HAM) Hairansyah, mengatakan …"): a title first, capitalised words (and
    brackets) up to a capitalised last word, no other punctuation?"""
    if not (i - 2 > lo and tokens[i - 1].text == "," and tokens[i - 2].is_cap and tokens[lo].lower in lex.title_first):
        return False
    return i - lo <= 16 and all(t.is_cap or t.text in "()" or t.lower in lex.titles or t.lower in {"dan", "dari"}
                                for t in tokens[lo : i - 1])


def _subject_before(tokens: list[Token], i: int, lo: int, lex: Lexicon, max_len: int = 14) -> tuple[int, int] | None:
    for c in range(i - 2, max(lo, i - 9) - 1, -1):
        # "Kombes Ade Yaya Suryana, dihubungi dari Samarinda menyatakan": how the speaker was reached, no closing comma
        if not tokens[c].is_word:
            if tokens[c].text == "," and c > lo and (tokens[c + 1].lower in CIRCUMSTANCE_PASSIVES or (
                    c + 2 < i and tokens[c + 1].lower in ENCLOSED_OPENERS and tokens[c + 2].lower in CIRCUMSTANCE_PASSIVES)
                    or _speech_adjunct(tokens, c, i, lo)):
                # "Laurent Lamothe, melalui akun Twitternya mengatakan": after a name, where or how it was said
                return _source_before(tokens, c, lo, lex, max_len)
            break
    if i - 1 > lo and tokens[i - 1].text == ",":
        # a clause in commas first, even one that ends with a date: "Deddy Herlambang, ketika dihubungi pada
        # Selasa (12/1/2021), menilai"
        inner = _enclosed_before(tokens, i, lo, lex, max_len)
        if inner is not None:
            return inner
    t_end = _before_time_adjunct(tokens, i, lo)
    if t_end != i and t_end > lo:
        if tokens[t_end - 1].text != ",":
            return source_before(tokens, t_end, lo, lex, max_len)  # "Presiden Senin (5/10/2020) mengatakan"
        # the adjunct's opening comma ends the subject, as a verb would
        return _enclosed_before(tokens, t_end, lo, lex, max_len) or source_before(tokens, t_end - 1, lo, lex, max_len)
    if i - 1 > lo and tokens[i - 1].text == ",":
        inner = _name_before_description(tokens, i, lo)  # the enclosed clause was tried first, above
        if inner is not None:
            return inner
    rng = _source_before(tokens, i, lo, lex, max_len)
    second = _second_office(tokens, rng, lo)
    if second is not None:
        return second
    first_cap = next((x for x in range(rng[0], rng[1]) if tokens[x].is_cap), None) if rng is not None else None
    # a relative clause closed by a demonstrative is one description: "mantan artis yang dulu memerani Naga Bonar
    # ini mengaku", "Pria yang juga menjabat sebagai Bupati Purwakarta itu mengatakan"
    d = i  # the demonstrative right before the verb and its adverbs
    while d - 1 > lo and tokens[d - 1].lower in TRAILING_ADVERBS and not _demonstrative(tokens[d - 1].lower):
        d -= 1
    closed = rng is not None and d - 2 >= lo and _demonstrative(tokens[d - 1].lower) and (
        not _time_demonstrative(tokens, d - 2))  # not "… Survation pekan ini"
    near_yang = rng is not None and any(tokens[x].lower == "yang" for x in range(max(lo, rng[0] - 6), rng[0])) and (
        first_cap is None  # "Wanita yang bernama asli Melody … itu" keeps the name,
        or tokens[rng[0] - 1].lower in LOCATIVE_PREPOSITIONS  # but "Aktris yang tinggal di Amerika Serikat itu" does not,
        # nor "Hanif yang mendapatkan kontrak dua tahun di Arema": the capitals are a place in the relative clause
        or any(tokens[x].lower in LOCATIVE_PREPOSITIONS for x in range(rng[0], first_cap))
        # nor a clause closed by a demonstrative: its name is an object ("… memerani Naga Bonar ini") or the
        # subject's own ("Wanita yang memiliki nama asli Melody … itu"), which the speaker step reads
        or closed)
    if rng is None or near_yang or tokens[rng[0] - 1].lower == "yang":
        # a relative clause between subject and verb: "Rumor yang berkembang menyebutkan" → "Rumor"
        for y in range(i - 1, max(lo, i - (12 if closed else 8)) - 1, -1):
            t = tokens[y]
            if not t.is_word or (t.lower in STOP_BEFORE and t.lower != "yang"):
                break
            if t.lower == "yang" and y > lo:
                inner = _source_before(tokens, y, lo, lex, max_len)
                # a short head, or a titled name however long ("Anggota Komisi II DPR dari Fraksi Partai Gerindra
                # Sareh Wiyono yang merupakan mantan hakim membantah")
                if inner is not None and (_short_head(tokens, inner)
                        or (tokens[inner[1] - 1].is_cap and (inner[0] == lo or not tokens[inner[0] - 1].is_word)
                            and y + 1 < i and (tokens[y + 1].lower in APPOSITIVE_RELATIVES
                                               or (inner[1] - inner[0] >= 3 and tokens[inner[1] - 2].is_cap
                                                   and tokens[inner[0]].lower in lex.titles)))):
                    # (or a titled full name: "Profesor psikologi McGill University Jens Pruessner yang terlibat …")
                    if closed and (outer := _outer_relative(tokens, inner, lo, lex, max_len)) is not None:
                        return outer  # "Ashour yang merupakan anggota organisasi yang diinisiasi PBB … tersebut"
                    return inner
                break
    if rng is not None and rng[0] - 2 >= lo and tokens[rng[0] - 1].text == "," and all(
            tokens[x].is_cap for x in range(rng[0], rng[1])):
        # "Ketua Umum Partai Demokrat, Susilo Bambang Yudhoyono menyatakan", "Kepala Polda Metro Jaya, Irjen
        # Mochammad Iriawan mengatakan": the office before the named apposition, when it opens the sentence
        office = _source_before(tokens, rng[0] - 1, lo, lex, max_len)
        if (office is not None and office[1] == rng[0] - 1 and office[1] - office[0] <= 10
                and tokens[office[0]].lower in lex.title_first and (office[0] == lo or not tokens[office[0] - 1].is_word)
                and not any(tokens[x].text == "," for x in range(office[0], office[1]))):
            return (office[0], rng[1])
    if (rng is not None and rng[0] - 2 >= lo and tokens[rng[0] - 1].text == ","
            and " ".join(t.text for t in tokens[rng[0] : rng[1]]).lower() in lex.places):
        # "Jemaat Misa Natal Katedral, Jakarta Pusat mengharapkan …": the place is where the subject before it is
        before = _source_before(tokens, rng[0] - 1, lo, lex, max_len)
        if before is not None and before[1] == rng[0] - 1:
            return (before[0], rng[1])
    if rng is not None and rng[0] - 2 > lo and tokens[rng[0] - 1].lower in LOCATIVE_PREPOSITIONS and (
            tokens[rng[0] - 2].lower in CIRCUMSTANCE_PASSIVES):
        # "AKBP A M Dicky saat ditemui di Pos Polisi Gadog, Sabtu, mengatakan": where the speaker was met, no commas
        k = rng[0] - 2
        if k - 1 > lo and tokens[k - 1].lower in ENCLOSED_OPENERS:
            k -= 1
        return source_before(tokens, k, lo, lex, max_len)
    if rng is not None:
        # "Paul Quassa, anggota legislatif Kanada lainnya, mengatakan": the name before the description
        k = rng[0]
        if k - 2 >= lo and tokens[k - 1].text == "," and not tokens[k].is_cap:
            m = k - 2
            while m > lo and tokens[m - 1].is_cap and k - m < 6:
                m -= 1
            if k - 1 - m >= 2 and all(tokens[x].is_cap for x in range(m, k - 1)) and (m == lo or not tokens[m - 1].is_word):
                return (m, rng[1])
    return rng


def _outer_relative(tokens: list[Token], inner: tuple[int, int], lo: int, lex: Lexicon,
                    max_len: int) -> tuple[int, int] | None:
    """The head of a relative clause that holds another one ("Ashour yang merupakan anggota organisasi| yang
    diinisiasi …"): the subject before a "yang" right before ``inner``'s own relative verb phrase, within a few words."""
    for y in range(inner[0] - 1, max(lo, inner[0] - 4) - 1, -1):
        t = tokens[y]
        if not t.is_word:
            return None
        if t.lower == "yang" and y > lo:
            outer = _source_before(tokens, y, lo, lex, max_len)
            return outer if outer is not None and _short_head(tokens, outer) else None
    return None


def _short_head(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """Is ``rng`` the short head of a relative clause: four words at most, no preposition inside ("Rumor" of "Rumor
    yang berkembang menyebutkan", not "kontrak dua tahun di Arema")?"""
    return rng[1] - rng[0] <= 4 and not any(t.lower in INNER_PREPOSITIONS for t in tokens[rng[0] : rng[1]])


def time_before_demonstrative(noun: str, prev: str | None) -> bool:
    """Is ``noun`` (with the word ``prev`` before it) a noun of time before a demonstrative ("pekan ini", "saat
    itu"), not an age or a length ("Pesinetron berusia 20 tahun ini")?"""
    return noun.lower() in TIME_DEMONSTRATIVES and not (prev is not None and (prev[:1].isdigit() or prev.lower() in NUMERALS))


def _time_demonstrative(tokens: list[Token], k: int) -> bool:
    return time_before_demonstrative(tokens[k].lower, tokens[k - 1].text if k > 0 else None)


def _demonstrative(low: str) -> bool:
    """"ini", "itu", "tersebut", also with a glued "pun" ("itupun")."""
    return low in DETERMINERS or (low.endswith("pun") and low[:-3] in DETERMINERS)


def _apposition_before(tokens: list[Token], i: int, lo: int, lex: Lexicon,
                       max_len: int) -> tuple[bool, tuple[int, int] | None]:
    """An apposition in commas right before the verb ``tokens[i]`` names the subject: "Kuasa hukum X, Ketut Mulya
    Arsana, mengatakan".  (True, range) when there is one, (False, None) when not."""
    if i - 2 > lo and tokens[i - 1].text == ",":
        m = i - 2
        while m > lo and (tokens[m].is_cap or tokens[m].text.startswith("al-") or (  # "Ahmed al - Asadi" as tokenised
                tokens[m].text == "-" and tokens[m - 1].lower in NAME_PARTICLES) or (
                tokens[m].lower in NAME_PARTICLES and tokens[m + 1].text == "-")) and i - 2 - m < 7:
            m -= 1
        if m < i - 2 and tokens[m].text == "," and tokens[m + 1].is_cap:
            if title_prefix([t.text for t in tokens[m + 1 : i - 1]], lex):
                # "Marullah Matali, Wali Kota Jakarta Selatan, … membenarkan": the name before its title
                n = m
                while n > lo and tokens[n - 1].is_cap and m - n < 5:
                    n -= 1
                if m - n >= 2 and (n == lo or not tokens[n - 1].is_word) and not title_prefix(
                        [t.text for t in tokens[n:m]], lex):  # "Kasat Reserse …, Kompol Putu …": two titles
                    return True, (n, m)
            if " ".join(t.text for t in tokens[m + 1 : i - 1]).lower() in lex.places:
                # "Sejarawan Universitas Sanata Dharma, Yogyakarta, mengatakan": the city says where, not who
                return True, _source_before(tokens, m, lo, lex, max_len)
            # the office before the named apposition is part of the mention: "Pelatih tim nasional Indonesia,
            # Alfred Riedl, mengatakan", "Kepala Polda Metro Jaya, Irjen Mochammad Iriawan, mengatakan"
            office = _source_before(tokens, m, lo, lex, max_len)
            if (office is not None and office[1] == m and office[1] - office[0] <= 10
                    and tokens[office[0]].lower in lex.title_first
                    and not any(tokens[x].text == "," for x in range(office[0], m))):
                return True, (office[0], i - 1)
            return True, (m + 1, i - 1)
    return False, None


def _source_before(tokens: list[Token], i: int, lo: int, lex: Lexicon, max_len: int = 14) -> tuple[int, int] | None:
    # an apposition right before the verb names the subject: "Kuasa hukum X, Ketut Mulya Arsana, mengatakan"
    found, rng = _apposition_before(tokens, i, lo, lex, max_len)
    if found:
        return rng
    j = i
    # Skip adverbs and time adjuncts between the subject and its verb ("Hussein kemudian mengatakan",
    # "Allawi Juni lalu mengatakan").
    while j > lo + 1 and f"{tokens[j - 2].lower} {tokens[j - 1].lower}" in ADVERB_PHRASES:
        j -= 2  # "Pasangan selebriti ini pertama kali mengumumkan": an adverb of two words
    while j > lo and (tokens[j - 1].lower in TRAILING_ADVERBS or tokens[j - 1].lower in TIME_WORDS):
        if tokens[j - 1].lower in DEMONSTRATIVES and j - 2 > lo and tokens[j - 2].lower in TIME_DEMONSTRATIVES and (
                not _time_demonstrative(tokens, j - 2)):
            break  # "Rider berusia 25 tahun itu mengaku": an age closes an epithet, no time adjunct
        j -= 1
    if (j < i and tokens[j].lower in DEMONSTRATIVES and j > lo and tokens[j - 1].is_word
            and tokens[j - 1].lower not in TIME_WORDS and tokens[j - 1].lower not in TRAILING_ADVERBS
            and tokens[j - 1].lower not in STOP_BEFORE):  # "Milena Sales, saat itu mengatakan": a time adjunct
        j += 1  # "pemandu acara itu mengaku", "Pemain asal Belgia itu mengaku": the demonstrative is the mention's
    end = j
    # an epithet closed by a demonstrative may hold ber-/ter- modifiers, a quoted title, a place and a date:
    # "Pesinetron berusia 20 tahun ini", "Pelantun ‘Bolo - Bolo’ ini", "Artis kelahiran Jakarta, 20 Agustus
    # 1993 ini", "Artis berdarah Buli, Kecamatan Maba, Kabupaten Halmahera Timur itu"
    epithet = end - 1 > lo and tokens[end - 1].lower in DEMONSTRATIVES
    closing: str | None = None  # inside an epithet, read backwards: the closing mark of a quoted title
    k = end
    while k > lo and end - k < max_len:
        t = tokens[k - 1]
        if epithet:
            inside, closing = _inside_epithet(tokens, k, end, lo, lex, closing)
            if inside:
                k -= 1
                continue
        if (t.text == "." and k < end and tokens[k].is_cap and k - 2 >= lo and tokens[k - 2].end == t.start
                and (tokens[k - 2].lower in TITLE_ABBREVIATIONS or _initial(tokens, k - 2, lo))):
            k -= 1  # "Mr. Liu Qihu", "Bayu J. Wirjoatmodjo": the stop of a title or an initial
            continue
        if t.text == "-" and _dateline_dash(tokens, k - 1, lo, lex):
            break  # "Jakarta, CNN Indonesia -- Rinaldy Ayunardi", "PALEMBANG - Gubernur …": the dateline ends here
        if _is_punct(t) and t.text not in {"-", "'", "’", ")", "("} and not _inside_document_number(tokens, k - 1, lo):
            break
        if t.lower in STOP_BEFORE and not _capital_inside_office(tokens, k - 1, lo, end, lex) and not _and_inside_title(
                tokens, k - 1, lo, end, lex):
            break
        if looks_verbal(t, lex) and not t.is_cap:
            break
        if not t.is_cap and lex.cue(t.text) is not None:
            break  # another cue ("…, kata Marcella yang juga mengaku …")
        k -= 1
    if k == end:
        return None
    # cut an adjunct inside the chunk: "Olivier Gerhardt dalam rilisnya mengatakan"
    for m in range(k + 1, end):
        if tokens[m].lower in INNER_ADJUNCTS and not _capital_inside_office(tokens, m, lo, end, lex):
            end = m
            break
        if (tokens[m].text == "di" and m + 1 < end and tokens[m + 1].is_cap and tokens[m - 1].is_cap
                and " ".join(t.text for t in tokens[m + 1 : end]).lower() in lex.places):
            end = m  # "Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (…), mengatakan": where she spoke
            break
    # a pronoun right before the verb is the subject: "Kala itu ia mengatakan", "lebih lanjut ia …"
    if end - k > 1 and tokens[end - 1].lower in SUBJECT_PRONOUNS:
        k = end - 1
    elif end - k > 1 and tokens[k].lower in SUBJECT_PRONOUNS and k > lo and tokens[k - 1].lower == "menurut":
        k += 1  # "menurut dia pemerintah Myanmar menyatakan": the pronoun is the source of "menurut"
    # a predicate inside the chunk means the subject is after it, or missing
    for m in range(end - 1, k - 1, -1):
        if tokens[m].lower in CLAUSE_PREDICATES:
            k = m + 1
            break
    if k >= end:
        return None
    if (tokens[k].lower in INTENSIFIERS and k + 1 < end and tokens[k + 1].lower not in {"dari", "banyak"}
            and not any(t.is_cap for t in tokens[k + 1 : end])):
        return None  # "akan sangat sulit berharap": no subject; but "lebih dari 85 persen perusahaan" is one
    # Drop a leading adjunct that survived ("Pada hari Rabu Presiden …" without a comma).
    while k < end and tokens[k].lower in LEADING_ADJUNCT_WORDS and k + 1 < end:
        if tokens[k].lower == "dalam" and tokens[k + 1].lower in DOC_WORDS and any(t.is_cap for t in tokens[k + 2 : end]):
            k += 1  # "dalam putusan Mahkamah Agung (MA) Nomor 37 … menyatakan": the named document says it
            break
        if tokens[k].lower in {"pada", "dalam"} or (tokens[k].lower == "di" and not tokens[k + 1].is_cap):
            # skip the adjunct up to the first capitalised, non-time word that could start a name
            # ("di sepanjang jalan Wali Kota Risma terus mengingatkan")
            m = k + 1
            while m < end and (not tokens[m].is_cap or tokens[m].lower in TIME_WORDS):
                m += 1
            if m >= end:
                return None
            k = m
        else:
            k += 1
    k = _past_unopened_bracket(tokens, k, end)
    # Parenthesised abbreviations inside titles are kept; an unmatched bracket at either edge is trimmed.
    while k < end and tokens[k].text in {")", "("}:
        k += 1
    while end > k and tokens[end - 1].text in {"(", ")"} and not (tokens[end - 1].text == ")" and any(t.text == "(" for t in tokens[k:end])):
        end -= 1
    return (k, end) if k < end else None


def _inside_document_number(tokens: list[Token], k: int, lo: int) -> bool:
    """Is the slash or stop ``tokens[k]`` inside a document's number, read backwards ("Putusan MA Nomor 37
    P/HUM/2017 menyatakan", "Permenhub No. 108/2017 menyebutkan"): a number word a few tokens before, with only
    the number's own pieces between?"""
    if tokens[k].text not in {"/", "."}:
        return False
    for m in range(k - 1, max(lo, k - 6) - 1, -1):
        if tokens[m].lower in NUMBER_WORDS:
            return True
        if not (tokens[m].text.isalnum() or tokens[m].text in {"/", "."}):
            return False
    return False


def _past_unopened_bracket(tokens: list[Token], k: int, end: int) -> int:
    """Where a subject read back to ``k`` starts: after the last bracket closed inside ``k:end`` but opened before it,
    which ends an aside of the narration, a date most often ("Minggu (30/4) pejabat Israel mengatakan")."""
    opened = 0
    for m in range(k, end):
        if tokens[m].text == "(":
            opened += 1
        elif tokens[m].text == ")":
            if opened == 0:
                k = m + 1
            else:
                opened -= 1
    return k


_DOMAIN_TAILS = words("domain_tails")


def _dateline_dash(tokens: list[Token], d: int, lo: int, lex: Lexicon) -> bool:
    """Is the free-standing dash ``tokens[d]`` the end of a dateline ("Jakarta, CNN Indonesia -- …", "Ternate
    (ANTARA News) - …", "PALEMBANG - …", "Suara.com - …", "Rimanews - …"), not a hyphen inside a name ("Kepala
    Sub - Direktorat II", "Timnas U - 16", "Saleh al - Jasser")?"""
    if d - 1 < lo or d + 1 >= len(tokens) or tokens[d + 1].start == tokens[d].end:
        return False
    prev = tokens[d - 1]
    if prev.text == "-":
        return prev.start > tokens[d - 2].end if d - 2 >= lo else True  # "--"
    if prev.end == tokens[d].start:
        return False
    if prev.text == ")" or prev.lower in _DOMAIN_TAILS or (len(prev.text) >= 3 and prev.text.isupper() and prev.text.isalpha()):
        return True
    for n in (1, 2, 3):
        if d - n >= lo and " ".join(t.text for t in tokens[d - n : d]) in lex.outlets:
            return True
    return False


def title_prefix(words: list[str], lex: Lexicon) -> int:
    """How many leading words are titles ("Jaksa Agung", "Menteri Luar Negeri", "Kasat Reskrim …")."""
    if not words or words[0].lower() not in lex.title_first:
        return 0
    low = [w.lower() for w in words]
    t = 0
    while t < len(words):
        for n in range(min(lex.title_max_words, len(words) - t), 0, -1):
            if " ".join(low[t : t + n]) in lex.titles:
                t += n
                break
        else:
            break
    return t


def usual_org_or_place(word: str, lex: Lexicon) -> bool:
    """Is ``word`` an organisation or a place wherever news writes it capitalised (name_types.tsv, seen five
    times or more), or a province or city of the lexicon?"""
    if lex.name_types.get(word) == "PER":
        return False
    return (lex.name_types.get(word) in {"ORG", "LOC"} and lex.name_type_counts.get(word, 0) >= 5) or word.lower() in lex.places


_MEMO_MAX = 50_000


def split_role(phrase: str, lex: Lexicon, places: set[str] | frozenset[str] = frozenset(),
               keep_month: bool = False) -> tuple[str | None, str]:
    """:func:`_split_role`, remembered on the lexicon: the answer depends on the phrase, ``keep_month`` and which
    of its words are the document's ``places`` only (names recur through a document and across a stream)."""
    key = ("split_role", phrase, keep_month, tuple(w for w in phrase.split() if w in places) if places else ())
    memo = lex.memo
    hit = memo.get(key)
    if hit is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        hit = memo[key] = _split_role(phrase, lex, places, keep_month)
    return hit


def _split_role(phrase: str, lex: Lexicon, places: set[str] | frozenset[str] = frozenset(),
                keep_month: bool = False) -> tuple[str | None, str]:
    """``Perdana Menteri Irak Mohammed Shia al-Sudani`` → (``Perdana Menteri Irak``, ``Mohammed Shia al-Sudani``).

    The name is the final run of capitalised words that are not title words; what comes before is the
    role.  A phrase with no such name (``juru bicara kedutaan``) has no role and is its own description.
    """
    words = phrase.split()
    if not words:
        return None, phrase
    k = len(words)
    while k > 0:
        w = words[k - 1]
        core = w.strip("(),.")
        if core in {"al", "-"} and "al - " in " ".join(words[max(0, k - 3) : k + 2]):
            k -= 1  # "Ahmed al - Asadi": "al-" as tokenised text writes it
            continue
        if not core or not (core[0].isupper() or core.startswith("al-") or core.startswith("bin") or core in NAME_PARTICLES):
            break
        if core.lower() in lex.titles or any(" ".join(words[max(0, k - n) : k]).lower() in lex.titles for n in (2, 3)):
            break  # "… Laksamana Madya Widodo": the last word of a title of two or three words is no name
        k -= 1
    # a multi-word title is a title even in capitals: "Menteri Luar Negeri Antony Blinken"
    k = max(k, min(title_prefix(words, lex), len(words) - 1))
    # an organisation's acronym in brackets ends it: "Direktur Eksekutif Indef (Institute …) Tauhid Ahmad"
    for m in range(len(words) - 2, k - 1, -1):
        if words[m].endswith(")"):
            k = m + 1
            break
    # trailing time words are adjuncts, not names ("Hussein Allawi Juni lalu")
    end = len(words)
    while end > k and words[end - 1].lower() in TIME_WORDS and not (keep_month and end == len(words)):
        end -= 1  # (``keep_month``: the text goes on with no date, the last word is a name: "Tien Mei")
    # a province or city of the lexicon right before the name belongs to the role ("Gubernur Jawa Barat
    # Ridwan Kamil"); without a title only a two-word place before a two-word name ("DKI Jakarta Anies Baswedan")
    k = _past_place(words, k, end, lex)
    # a place or organisation name of the document that heads a longer name, too ("Menteri Irak Hussein …")
    for m in range(end - 3, k - 1, -1):
        if words[m] in places:
            k = m + 1
            break
        if words[m].lower() in ORG_HEADS:
            j = m + 1  # the organisation's name goes on in words news writes in lower case, up to a usual
            while j < end - 1 and _lower_news_word(words[j], lex):  # person's name ("Kementerian Dalam Negeri
                j += 1  # Syarifuddin", "Kepala Badan Intelijen Negara Budi Gunawan")
            if lex.name_types.get(words[j]) == "PER":
                k = j
            elif j == m + 1 == end - 2 and usual_org_or_place(words[j], lex) and _one_name_word(words[j + 1], lex):
                k = j + 1  # "Ketua Umum Partai Gerindra Suhardi": the party news names often, then one name
            elif m > k:
                k = m + 1
            break
    k = _past_place(words, k, end, lex)  # "DKI | Jakarta Irmansyah": the rest of the place
    # an organisation's acronym between a title and a name belongs to the role: "Ketua Komite Tari DKJ Hartati"
    # (three capitals or more: two are often initials, "AM Hendropriyono")
    for m in range(end - 2, max(k, 1) - 1, -1):
        if len(words[m]) >= 3 and words[m].isupper() and words[m].replace("-", "").isalpha():
            k = m + 1  # "Wasekjen PDI-P Ahmad Basarah": a hyphen inside the acronym
            break
    if 0 < k < end - 1:
        # a province or city of the lexicon (or a country) opening what is left belongs to the role, wherever
        # the title reading stopped ("Kepala Dinas Pemuda dan Olahraga Padang Suardi", "Raja Yordania Abdullah II")
        for n in range(min(lex.place_max_words, end - 1 - k), 0, -1):
            if ((here := " ".join(words[k : k + n]).lower()) in lex.places or here in COUNTRIES) and words[k + n][:1].isupper():
                k += n
                break
    if 0 < k == end - 2 and usual_org_or_place(words[k], lex) and words[k + 1][:1].isupper() \
            and lex.name_types.get(words[k + 1]) not in {"ORG", "LOC"} and words[k + 1].lower() not in lex.titles \
            and not _lower_news_word(words[k + 1], lex):
        k += 1  # "Kapten Liverpool Henderson", "Bupati Lamongan Fadeli": a title, a club or a place, then one name
        # (not a word news writes in lower case: "Direktur Bank Dunia" is the bank's)
    j = k
    while j < end - 1 and (usual_org_or_place(words[j], lex) or (j > k and _lower_news_word(words[j], lex))):
        j += 1
    if k < j and lex.name_types.get(words[j]) == "PER" and (
            j - k >= 2 or lex.name_type_counts.get(words[k], 0) >= ORG_OR_PLACE_SURE):
        k = j  # "… Gedung Putih Steve Bannon", "… Republik Indonesia Abhan", "Instagram Hanung": an organisation or a
        # place news names often (or in two words), then a person; not "Gigi Hadid", "Hatta Ali"
    k = _person_block(words, k, end, lex)
    name = " ".join(words[k:end])
    role = " ".join(words[:k]) or None
    if not name or (role is None and _looks_like_place_or_org_only(name)):
        return None, phrase
    if k >= 2 and words[k - 1] == "di" and all(lex.name_types.get(w) == "LOC" or w.lower() in lex.places for w in words[k:end]):
        return None, phrase  # "Perwakilan UNHCR di India": a description with its place, no name
    if role:
        role = role.rstrip(",")
        # "Menteri Luar Negeri Irak" keeps its country; a lone determiner is not a role.
        if role.lower() in {"sang", "si"}:
            role = None
    return role, name


def _person_block(words: list[str], k: int, end: int, lex: Lexicon) -> int:
    """Where the name starts when the words before ``end`` are a person's name of two words or more (the first a
    usual person's name, the others person's names or words name_types.tsv does not know) after a word news writes
    in lower case or an organisation's or a place's ("Kepala Perwakilan Bank Dunia Rodrigo Chaves", "Kepala Kantor
    Wilayah Jakarta Khusus Muhammad Haniv"); else ``k``."""
    b = end
    while b > k and words[b - 1][:1].isupper() and (words[b - 1].lower() in NAME_PARTICLES or (
            not _lower_news_word(words[b - 1], lex) and lex.name_types.get(words[b - 1], "PER") == "PER"
            and words[b - 1].lower() not in lex.places)):
        b -= 1
    if k < b <= end - 2 and lex.name_types.get(words[b]) == "PER" and _no_name_word(words[b - 1], lex) \
            and _no_name_word(words[b - 2], lex):
        return b  # two words of no name before it: "Bagus" of "Ida Bagus Ketut Adnyana" alone cuts nothing
    return k


def _one_name_word(word: str, lex: Lexicon) -> bool:
    """Could ``word`` be a person's one-word name: capitalised, not all capitals, no organisation, place or title
    word, none that news writes in lower case?"""
    return (word[:1].isupper() and not word.isupper() and word.isalpha() and lex.name_types.get(word) not in {"ORG", "LOC"}
            and word.lower() not in lex.places and word.lower() not in lex.titles and not _lower_news_word(word, lex))


def _no_name_word(word: str, lex: Lexicon) -> bool:
    """A word of no person's name: one news writes in lower case, or an organisation or a place name_types.tsv saw
    often enough ("RI"; not "Zudan", which the model once read as a place)."""
    return _lower_news_word(word, lex) or (
        lex.name_types.get(word) in {"ORG", "LOC"} and lex.name_type_counts.get(word, 0) >= 20)


def _lower_news_word(word: str, lex: Lexicon) -> bool:
    """A word news writes in lower case ("Dalam", "Negeri" of a ministry's name) that is no usual person's name."""
    return word.lower() in LOWER_NEWS_WORDS and lex.name_types.get(word) != "PER"


def _past_place(words: list[str], k: int, end: int, lex: Lexicon) -> int:
    for m in range(k, end - 1):
        for n in range(min(lex.place_max_words, end - 1 - m), 0, -1):
            if " ".join(words[m : m + n]).lower() in lex.places and words[m + n][:1].isupper():
                if m > 0 or (n >= 2 and end - (m + n) >= 2):
                    return m + n
                return k
        if not words[m][:1].isupper():
            break
    return k


def _looks_like_place_or_org_only(name: str) -> bool:
    return False


def clean_description(phrase: str) -> str:
    """An unnamed speaker's description without quantifiers, numerals and demonstratives."""
    words = [w for w in phrase.split() if w.lower() not in QUANTIFIERS and w.lower() not in DETERMINERS and not w[0].isdigit()]
    out = " ".join(words) or phrase
    return out
