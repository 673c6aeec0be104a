"""What the text tells the resolver before any statement: who each sentence is about (its subject) and
who issued a statement document (``Liga Arab … mengeluarkan pernyataan``)."""

from __future__ import annotations

import regex

from ..detect.clauses import strip_connective
from ..detect.cues import cue_at
from ..detect.quotes import ALL_MARKS, QuoteIndex
from ..detect.sources import FRONT_ADJUNCT_OPENERS, TIME_WORDS, looks_verbal, source_after, source_before, verbal_word
from ..lexicon import Lexicon, words
from ..text.capitals import proper_words
from ..text.segment import Parsed, is_reading_tip, is_title_case_line

PASSIVE_TOPIC_WORDS = words("passive_topic_words")
COORDINATORS = words("coordinators")
DEMONSTRATIVES = words("demonstratives")

ISSUING_VERBS = words("issuing_verbs")
STATEMENT_NOUNS = words("statement_nouns")
ISSUING_PASSIVES = words("issuing_passives")
SUBJECT_BREAKERS = words("subject_breakers")
LOWER_WORDS = words("lower_words")
CONTRAST_OPENERS = words("contrast_clause_openers")
EPITHETS = words("epithets")
MENTION_OPENERS = words("mention_openers")
# a sentence that opens on an epithet glossed with the person's nickname: "Pria yang akrab disapa Ajun itu memang
# tidak …", "Pemain yang biasa dipanggil Kobi ini …": the nickname is who the sentence is about
_NICKNAMED_EPITHET_RE = regex.compile(
    r"(?i:" + "|".join(sorted(EPITHETS, key=len, reverse=True)) + r")[ \t]+yang[ \t]+(?:(?:akrab|kerap|biasa|sering|karib)[ \t]+)?"
    r"(?:disapa|dipanggil)[ \t]+(\p{Lu}[\p{L}'’-]*)[ \t]+(?:itu|ini|tersebut)\b")


def _passive_agent(p: Parsed, lex: Lexicon, i: int, hi: int) -> tuple[int, str] | None | bool:
    """"Hal senada diungkapkan CIO Investree Dickie Widjaja": the agent of a passive cue is the topic.
    False when the sentence is no such frame."""
    toks = p.tokens
    k = i + 1 if toks[i].lower != "demikian" else i
    while k < hi and k < i + 3 and not (cue_at(lex, toks[k]) and "pass" in cue_at(lex, toks[k]).frames):
        k += 1
    if not (k < hi and k < i + 3):
        return False
    k += 1
    if k < hi and toks[k].lower == "oleh":
        k += 1
    rng = source_after(toks, k, hi, lex)
    return (toks[rng[0]].start, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]) if rng else None


def _titled_apposition(toks, proper: frozenset[str], k: int, hi: int) -> int | None:
    """After a title that opens a sentence ("Manajer klub Stadium Happy88 Jakarta, Gagan Rahmat, …"): the last
    token of the person's name set off by commas within the next dozen tokens, else None."""
    end = min(hi, k + 12)
    while k < end and toks[k].text != ",":
        if not toks[k].is_word:
            return None  # a quotation mark or a full stop: no apposition
        k += 1
    j = k + 1
    while j < hi and toks[j].is_cap:
        j += 1
    if k < end and j - (k + 1) >= 2 and any(t.text in proper for t in toks[k + 1 : j]) and j < hi and toks[j].text == ",":
        return j - 1
    return None


#: How many tokens an apposition between a subject's name and its verb may hold.
APPOSITION_WINDOW = 40
APPOSITION_SEPARATORS = frozenset({",", "—", "–"})


def _name_then_apposition(toks, lex: Lexicon, proper: frozenset[str], i: int, run: int, hi: int) -> int | None:
    """"Abdian Saputra, Koordinator Ekajaya Fast Boat untuk Gili, juga menyampaikan …", "Ahmad Riza Patria, Wakil
    Gubernur DKI Jakarta, di Balai Kota DKI, Kamis (5/11/2020), menyampaikan …" (rule ``apposition-subject``): a
    name, then an apposition that opens with a title or a day and is closed by a comma or a dash before the
    verb.  The index of the name's last token, else None (and None for a title first: "Kasubag Humas Polresta
    Manado, AKP Rolly Sahelangi, …" names the person after the comma)."""
    if not (run > i and run + 1 < hi and toks[run].text == "," and toks[i].lower not in lex.titles
            and any(t.text in proper for t in toks[i:run])
            and (toks[run + 1].lower in lex.titles or toks[run + 1].lower in TIME_WORDS)):
        return None
    for k in range(run + 2, min(hi, run + APPOSITION_WINDOW)):
        if not toks[k].is_word and toks[k].text not in APPOSITION_SEPARATORS and toks[k].text not in "()/":
            return None  # a full stop or a quotation mark first
        if toks[k].text in APPOSITION_SEPARATORS and k + 1 < hi:
            j = k + 1
            while j < hi and j < k + 3 and not looks_verbal(toks[j], lex) and toks[j].is_word and not toks[j].is_cap:
                j += 1  # "…, juga menyampaikan"
            if j < hi and looks_verbal(toks[j], lex) and not toks[j].is_cap:
                return run - 1
    return None


def _bracketed_acronym(toks, k: int, hi: int, i: int) -> bool:
    """Is ``toks[k]`` the opening bracket of an acronym inside a capitalised name run that goes on after it
    ("Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Jimly Asshiddiqie mendukung …")?"""
    return (k > i and k + 4 < hi and toks[k].text == "(" and toks[k + 1].text.isupper() and len(toks[k + 1].text) >= 2
            and toks[k + 2].text == ")" and toks[k + 3].is_cap and toks[k + 4].is_cap)


def _subject(p: Parsed, lex: Lexicon, quotes: QuoteIndex, proper: frozenset[str], si: int,
             disabled: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    toks = p.tokens
    s, e = p.sentences[si]
    lo, hi = p.sent_tokens[si]
    start = strip_connective(p.text, s, e)
    i = lo
    while i < hi and toks[i].start < start:
        i += 1
    while i < hi - 1 and (toks[i].lower in TIME_WORDS or toks[i].text.isdigit()):
        i += 1  # "April lalu Washington setuju …"
    if i < hi and toks[i].lower in FRONT_ADJUNCT_OPENERS:
        comma = next((k for k in range(i, min(hi, i + 12)) if toks[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < hi and toks[i].lower[:2] == "me" and not toks[i].lower.startswith("menurut") and verbal_word(toks[i].lower, lex):
        # "Menanggapi hal ini, Gubernur DKI Jakarta Basuki Tjahaja Purnama mengapresiasi …": a fronted adjunct
        comma = next((k for k in range(i + 1, min(hi, i + 8)) if not toks[k].is_word), None)
        if comma is not None and toks[comma].text == "," and comma + 1 < hi and toks[comma + 1].is_cap:
            i = comma + 1
    if i >= hi or toks[i].text in ALL_MARKS or quotes.at(toks[i].start) or toks[i].lower in lex.pronouns["first"]:
        return None
    if toks[i].text.isupper() and len(toks[i].text) >= 4 and toks[i].lower in LOWER_WORDS:
        return None  # "MENJADI seorang anggota polisi …": a lede's first word in capitals names nobody
    while i + 1 < hi and toks[i].lower in MENTION_OPENERS and toks[i].is_cap and toks[i + 1].is_cap:
        i += 1  # "Sedang Sambo yang dikonfirmasi …", "Bahkan Akbar …": a connective glued to the name by capitals
    if (m := _NICKNAMED_EPITHET_RE.match(p.text, toks[i].start, e)) is not None:
        return m.start(1), m.group(1)
    if toks[i].lower in PASSIVE_TOPIC_WORDS and i + 2 < hi:
        agent = _passive_agent(p, lex, i, hi)
        if agent is not False:
            return agent
    run = i
    while run < hi and (toks[run].is_cap or toks[run].lower in lex.titles or toks[run].text.startswith("al-")):
        run += 1
    if run < hi and _bracketed_acronym(toks, run, hi, i):
        # "Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Jimly Asshiddiqie mendukung …": an organisation's
        # acronym inside a title; the subject is the name after it
        i = run = run + 3
        while run < hi and (toks[run].is_cap or toks[run].lower in lex.titles):
            run += 1
    elif run > i and run + 1 < hi and toks[run].lower in {"di", "dari"} and toks[run + 1].is_cap:
        run += 1  # "Misi PBB di Irak mengutuk …"
        while run < hi and toks[run].is_cap:
            run += 1
    if (run - i >= 2 and run + 1 < hi and toks[run].text == "," and toks[run + 1].is_word and not toks[run + 1].is_cap
            and toks[run + 1].lower not in COORDINATORS and any(t.text in proper for t in toks[i:run])):
        # "Brandon Nicholas Salim, putra sulung aktor Fery Salim, rupanya …": a name in apposition
        return toks[i].start, p.text[toks[i].start : toks[run - 1].end]
    if "apposition-subject" not in disabled and (last := _name_then_apposition(toks, lex, proper, i, run, hi)) is not None:
        return toks[i].start, p.text[toks[i].start : toks[last].end]
    if run > i and run < hi and toks[run].lower in DEMONSTRATIVES:
        # "Tari ini, …": a demonstrative makes the subject an anaphor, not a name
        return toks[i].start, p.text[toks[i].start : toks[run].end]
    if run > i and all(t.lower in lex.titles for t in toks[i:run]):
        appos = _titled_apposition(toks, proper, run, hi)
        if appos is not None:  # "Manajer klub Stadium Happy88 Jakarta, Gagan Rahmat, bingung …"
            return toks[i].start, p.text[toks[i].start : toks[appos].end]
    named = [t for t in toks[i:run] if t.text in proper or t.lower in lex.titles]
    if named and run + 2 < hi and toks[run].text == "(" and toks[run + 1].text.isdigit() and toks[run + 2].text == ")":
        return toks[i].start, p.text[toks[i].start : toks[run - 1].end]  # "Lisa Luna (36) dan temannya …": an age
    if run > i and named and run < hi and toks[run].is_word and not toks[run].is_cap and toks[run].lower not in SUBJECT_BREAKERS:
        return toks[i].start, p.text[toks[i].start : toks[run - 1].end]  # a copula's subject is no speaker
    v = next((k for k in range(i, min(hi, i + 10)) if looks_verbal(toks[k], lex) and not toks[k].is_cap), None)
    if v is None or v == i:
        return None
    rng = source_before(toks, v, i, lex)
    if rng and any(t.text in proper or t.lower in lex.titles for t in toks[rng[0]:rng[1]]):
        return toks[rng[0]].start, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]
    return None


def sentence_subjects(p: Parsed, lex: Lexicon, quotes: QuoteIndex, disabled: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The subject phrase of each sentence (the words before its first verb), where it names someone;
    sentences inside quotations and first-person subjects are left out."""
    proper = proper_words(p.text)
    out = []
    for si in range(len(p.sentences)):
        if is_reading_tip(p, si) or is_title_case_line(p, si):
            continue  # "(Baca: Wah, Polisi Memprediksi, …)", a headline line: a link to another article names no one here
        subj = _subject(p, lex, quotes, proper, si, disabled)
        if subj is not None:
            out.append(subj)
        if "clause-subject" not in disabled:
            out += _clause_subjects(p, lex, quotes, proper, si, subj[0] if subj else -1)
    return out


def _clause_subjects(p: Parsed, lex: Lexicon, quotes: QuoteIndex, proper: frozenset[str], si: int,
                     after: int) -> list[tuple[int, str]]:
    """Named subjects of second clauses after ", namun", ", tetapi" … (contrast_clause_openers.tsv), each a name of
    capitalised words (titles included) with a verb right after it: "…, namun Airlangga menepis kabar tersebut"."""
    toks = p.tokens
    lo, hi = p.sent_tokens[si]
    out = []
    for k in range(lo + 1, hi - 3):
        if not (toks[k].text == "," and toks[k + 1].lower in CONTRAST_OPENERS and toks[k + 2].is_cap):
            continue
        if quotes.at(toks[k].start):
            continue
        run = k + 2
        while run < hi and run - k < 10 and (toks[run].is_cap or toks[run].lower in lex.titles):
            run += 1
        if (run < hi and looks_verbal(toks[run], lex) and not toks[run].is_cap and toks[k + 2].start > after
                and any(t.text in proper for t in toks[k + 2 : run])):
            out.append((toks[k + 2].start, p.text[toks[k + 2].start : toks[run - 1].end]))
    return out


def statement_issuers(p: Parsed, lex: Lexicon) -> list[tuple[int, str, str]]:
    """Who issued a statement ("Liga Arab … mengeluarkan pernyataan …"), for later "pernyataan itu":
    (offset of the noun, noun, issuer phrase)."""
    toks = p.tokens
    out = []
    for i in range(1, len(toks) - 1):
        if toks[i].lower in ISSUING_VERBS and toks[i + 1].lower in STATEMENT_NOUNS:
            si = p.sentence_of(toks[i].start)
            rng = source_before(toks, i, p.sent_tokens[si][0], lex)
            if rng:
                out.append((toks[i + 1].start, toks[i + 1].lower, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]))
        elif toks[i].lower in STATEMENT_NOUNS and (agent := _issued_by(toks, i)):
            out.append((toks[i].start, toks[i].lower, p.text[agent[0] : agent[1]]))
    return out


def _issued_by(toks, i: int) -> tuple[int, int] | None:
    """The named agent of a passive relative after the statement noun ``toks[i]``, within a few words
    ("pernyataan tertulis yang dikeluarkan Linkin Park", "surat yang dikirimkan oleh KPK"): its span, or None."""
    for j in range(i + 1, min(i + 5, len(toks) - 2)):
        if not toks[j].is_word:
            return None
        if toks[j].lower == "yang" and toks[j + 1].lower in ISSUING_PASSIVES:
            k = j + 2 + (j + 2 < len(toks) and toks[j + 2].lower == "oleh")
            e = k
            while e < len(toks) and e - k < 6 and toks[e].is_cap:
                e += 1
            return (toks[k].start, toks[e - 1].end) if e > k else None
    return None
