"""Names and mentions of a document: every proper name (titles dropped), its short forms and nicknames,
and what kind of thing a mention is (a pronoun, an anaphor, a name, a description; a person, an
organisation, a document, an outlet).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

from ..dates import months
from ..lexicon import Lexicon, load, words
from ..outlets import outlet_name
from ..text.capitals import proper_words
from ..detect.sources import (COUNTRIES, DETERMINERS, NUMERALS, ORG_HEADS, QUANTIFIERS, TIME_WORDS, split_role, title_prefix,
                              usual_org_or_place)

NAME_CONNECTORS = words("name_connectors")
PLURAL_WORDS = words("plural_words")

PRONOUNS_SG = load().pronouns["sg"]
PRONOUNS_PL = load().pronouns["pl"]
FIRST_PERSON = load().pronouns["first"]
# Head nouns of descriptions that refer back to a person named earlier.
PERSON_NOUNS = words("person_nouns")
DOC_NUMBER_WORDS = words("number_words")  # "Nomor", "No.": a document's number, no name
CONNECTIVE_WORDS = words("connective_words")
# Connectives, prepositions and relay verbs that capital letters glue to the front of a source mention.
MENTION_OPENERS = words("mention_openers")
# words news writes in lower case (built from the pool by scripts/build_common_words.py): capitalised at a sentence
# start they open no name ("Posisi Inggris mengenai …", "Kunjungan Blinken …")
COMMON_WORDS = words("common_words")
# Capitalised common nouns that open a sentence before a name ("Istri Adjie …", "Kunjungan Blinken …").
COMMON_INITIALS = words("common_initials")
# words news writes in lower case at least as often as capitalised (also built by scripts/build_common_words.py):
# "Dunia", "Putih", "Motor" -- the next word of an organisation's name, never the first of a person's
LOWER_WORDS = words("lower_words")
PLACE_WORDS = words("place_words")
# Head nouns of epithets that refer back to a named person even without a demonstrative.
EPITHETS = words("epithets")
ORG_WORDS = words("org_words")
CASE_ROLE_NOUNS = words("case_role_nouns")
DOC_WORDS = words("doc_words")
ANON_WORDS = words("anon_words")

# a name's word; an initial with its full stop when a capitalised word follows ("Alex J. Sinaga", "M. Hery
# Saripudin"); "al-Asadi" also as tokenised text writes it ("al - Asadi")
_WORD = r"(?:\p{Lu}\.(?=[ \t]+\p{Lu})|\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*|al(?:-|[ \t]-[ \t])\p{L}+|bin|binti|van|de|der|von)"
_DOC_OF_RE = regex.compile(r"(?i)^(?:sebuah\s+|suatu\s+)?(?:pernyataan|keterangan|rilis|laporan)\s+(?:resmi\s+)?(?:dari|oleh)\s+(.+)$")
# "Aminullah atau kerap disapa JQ", "Takeru Kobayashi, yang akrab dipanggil Kobi", "laki-laki yang sering
# dipanggil Kobi itu" (an epithet in lower case)
_NICKNAME_RE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|(?<![\p{L}-])(?:"
    + "|".join(sorted(EPITHETS, key=len, reverse=True))
    + r")),?\s+(?:atau\s+(?:yang\s+)?|yang\s+)?(?:akrab\s+|kerap\s+|biasa\s+|sering\s+)?"
    r"(?:disapa|dipanggil|dijuluki|alias|sapaan\s+akrabnya|dikenal\s+dengan\s+(?:nama|sebutan|panggilan))\s+(\p{Lu}[\p{L}'’-]*)"
)
# a pair's names and their nicknames, each in its place: "Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet"
_PAIR_NICKNAME_RE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})[ \t]*/[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}),?"
    r"\s+(?:atau\s+(?:yang\s+)?|yang\s+)?(?:akrab\s+|kerap\s+|biasa\s+|sering\s+)?(?:disapa|dipanggil|dijuluki|alias)\s+"
    r"(\p{Lu}[\p{L}'’-]*)[ \t]*/[ \t]*(\p{Lu}[\p{L}'’-]*)")
# the nickname first, then the gloss: "Menurut Nita, demikian dia kerap disapa, …" (the person named before)
_NICKNAME_AFTER_RE = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{L}'’-]*),?\s+(?:demikian|begitu)\s+(?:dia|ia|beliau|pria\s+ini|wanita\s+ini|perempuan\s+ini)\s+"
    r"(?:akrab\s+|kerap\s+|biasa\s+|sering\s+)?(?:disapa|dipanggil|disebut)")
# the nickname first, then what it is the nickname of: "Gus Syaf sapaan akrab Syafi'in", "Bamsoet, panggilan
# akrab Bambang Soesatyo"
_NICKNAME_OF_RE = regex.compile(
    r"(?<![\p{L}])(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?),?[ \t]+(?:adalah[ \t]+|merupakan[ \t]+)?"
    r"(?:sapaan|panggilan)[ \t]+(?:akrab[ \t]+)?(?:dari[ \t]+|bagi[ \t]+)?(\p{Lu}[\p{L}'’]*(?:[ \t]+\p{Lu}[\p{L}'’]*){0,3})")
_CAP_RUN = regex.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")
_GLUED_WORD_RE = regex.compile(r"(?<=\p{L})-(\p{Ll}{4,})\b")
_INITIAL_RE = regex.compile(r"(?<![\p{L}])\p{Lu}\.[ \t]+(\p{Lu}\p{L}*)")


_READING_TIP_RE = regex.compile(r"\((?:" + "|".join(sorted(regex.escape(w) for w in words("headline_labels"))) + r")\s*:[^()\n]{0,200}\)",
                                regex.IGNORECASE)


def _cap_runs(text: str):
    """(offset, run) of each run of capitalised words; a run is cut after a capital and full stop that end a
    sentence before a common word ("… Model X. Pihak Tesla …", a list's "B. Posko …"), which an initial
    inside a name ("Alex J. Sinaga") is not, and before a common word glued on with a hyphen.  Nothing inside a
    bracketed reading tip ("(Baca: Wah, Polisi Memprediksi, …)": another article's headline) is a name here."""
    if "(" in text:
        text = _READING_TIP_RE.sub(lambda m: " " * len(m.group()), text)
    for m in _CAP_RUN.finditer(text):
        g, off = m.group(), m.start()
        for h in _GLUED_WORD_RE.finditer(g) if "-" in g else ():
            if h.group(1) in COMMON_WORDS or h.group(1) in LOWER_WORDS:
                # "Syafi'in-mengambil": a common word glued on by a lost space ("Chan-ocha" stays); the run goes on
                # after it ("Komisi … Perundang-undangan MUI Ikhsan Abdullah")
                yield off, g[: h.start()]
                rest = g[h.end() :].lstrip(" \t")
                off, g = off + len(g) - len(rest), rest
                break
        if not g:
            continue
        if ". " in g or ".\t" in g:
            for i in _INITIAL_RE.finditer(g):
                nxt = i.group(1).lower()
                if nxt in COMMON_WORDS or nxt in LOWER_WORDS:
                    head = g[: i.start() + 1]
                    if head:
                        yield off, head
                    off, g = off + i.start(1), g[i.start(1) :]
                    break
        yield off, g


# A fronted passive verb opening a sentence before its agent: "Diakui Syafrin, …", "Dijelaskan Irmansyah, …"
_PASSIVE_RE = regex.compile(r"^Di\p{Ll}{3,}(?:kan|i)$")
# derived common nouns, never a name's first word: "Ketidakhadiran Rizieq", "Optimisme Agus" (not -itas, -isasi: "Universitas",
# "Otoritas", "Organisasi" open names of organisations)
_NOMINAL_RE = regex.compile(r"^(?:(?:ke|pe[nmr]?|peng|peny|keti?dak)\w{3,}an|\w{3,}isme)$")
_LOWER_RE = regex.compile(r"(?<![\p{L}])\p{Ll}[\p{L}-]*")
_STOP_SPACE_RE = regex.compile(r"[.!?]\s")
_TRAILING_PAREN_RE = regex.compile(r"\s*\([^()]*\)\s*$")
# "(23)", "(kiri)"; a bracketed acronym "(KAI Commuter)" stays, and so does a bracket inside a citation ("QS(9)23")
_PAREN_RE = regex.compile(r"\s*\([^()\p{Lu}]*\)(?![\p{L}\d])")


# Words before a lone name that make it a place ("di Papua", "pemerintah Irak").
LOCATIVE_WORDS = words("locative_words")


def _word_before(text: str, off: int) -> str:
    """The lower-cased word of letters right before ``off`` (spaces or tabs between), else ""."""
    j = off
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and k > off - 30 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


def _sentence_opening(text: str, off: int) -> bool:
    """Does ``off`` open a sentence: the text's start, a line's, or after a full stop and a space?"""
    j = off
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n" or (j < off and text[j - 1] in ".!?")


_NEXT_WORD_RE = regex.compile(r"[ \t]*(\p{L}+)")
# an age in brackets right after a name: "Tarkaya (48), pemilik jasa …", "Ayu Ningsih (6)": a person
_AGE_RE = regex.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:tahun|thn)?[ \t]*\)")
# a short sentence opened by a lone name, the next one by a personal pronoun ("Ramzi punya cara lain. Ia sangat
# menikmati …"): the pronoun takes the name up, so the name is a person's (bounded: one sentence of 200 characters)
_TAKEN_UP_RE = regex.compile(r"[^.!?\n\"“”]{1,200}[.!?][ \t]+(?:Ia|Dia|Beliau)[ \t]")


def _people_named_alone(text: str, runs: list[tuple[int, list[str]]], lex: Lexicon) -> set[str]:
    """Single names that the document uses for a person: next to a cue word (``kata Ahmad``, ``Ahmad
    menuturkan``) and never after a locative word (``di Papua``).  They are short names, not places, so
    they do not cut a full name (``Komisaris Besar Ahmad Mustofa Kamal``) nor bar it as an antecedent."""
    person: set[str] = set()
    place: set[str] = set()
    heads: set[str] = set()  # first words of full names: "Brandon" of "Brandon Nicholas Salim"
    alone: set[str] = set()
    for off, words in runs:
        # a word before a middle initial opens a person's name, however long the title before it ("Wakil Ketua KPK
        # Laode M Syarief" … "Bahkan, Laode memikirkan …")
        heads.update(w for k, w in enumerate(words[:-2])
                     if _initial_after(words[k : k + 3]) and words[k + 2][:1].isupper() and len(w) >= 3
                     and not w.isupper() and w.lower() not in lex.titles and w.lower() not in ORG_WORDS)
        if not text.startswith(words[0], off):
            start = text.find(words[0], off, off + 80)
            if len(words) == 1 and start > 0 and text[off:start].split()[-1].lower() in lex.cues:
                person.add(words[0])  # "Kata Renhard" opening a sentence: the cue lost from the run, a person
            continue
        before = _word_before(text, off)
        if len(words) > 1:
            if before in LOCATIVE_WORDS and before != "dari":
                place.update(words)  # "di Arab Saudi": Saudi is a place wherever it stands alone
            elif not words[0].isupper() and words[0].lower() not in ORG_WORDS and words[0].lower() not in lex.places:
                heads.add(words[0])
            continue
        w = words[0]
        nxt = _NEXT_WORD_RE.match(text, off + len(w), off + len(w) + 30)
        if before in LOCATIVE_WORDS:
            place.add(w)
        elif before in lex.cues or (nxt and nxt.group(1).lower() in lex.cues) or _AGE_RE.match(text, off + len(w)) or (
                _sentence_opening(text, off) and _TAKEN_UP_RE.match(text, off + len(w))):
            person.add(w)
        else:
            alone.add(w)
    # a full name's first word written alone ("film kedua Brandon") is the person's short name too
    return (person | (heads & alone)) - place


_LINE_RE = regex.compile(r"[^\n]+")
_ALPHA_WORD_RE = regex.compile(r"\p{L}[\p{L}'’-]*")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case, headlines and subheadings ("Shireen Sungkar Mulai Berhijab"): three
    words or more, most of them capitalised, no full stop at the end."""
    out = []
    for m in _LINE_RE.finditer(text):
        line = m.group().strip()
        if not line or line[-1] in ".!?\"”’:,":
            continue
        ws = _ALPHA_WORD_RE.findall(line)
        if len(ws) >= 3 and sum(w[0].isupper() for w in ws) >= 0.75 * len(ws) and len(ws) <= 20:
            out.append((m.start(), m.end()))
    return out


_OPEN_MARKS = "\"“‘'"
_CLOSE_MARKS = "\"”’'"


def _in_marks(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all that stands between a pair of quotation marks, glued or, as scraped news writes
    titles, set off by a space on both sides (``film ' Asmara Dua Diana '``)?"""
    if start > 0 and text[start - 1] in _OPEN_MARKS and end < len(text) and text[end] in _CLOSE_MARKS:
        return True
    return (start > 1 and text[start - 1] == " " and text[start - 2] in _OPEN_MARKS and end + 1 < len(text)
            and text[end] == " " and text[end + 1] in _CLOSE_MARKS)


def _sentence_initial(text: str, offset: int) -> bool:
    j = offset - 1
    while j >= 0 and text[j] in " \t\"“‘'":
        j -= 1
    return j < 0 or text[j] in ".!?\n:-–—"


def _clitic_adverb(word: str) -> bool:
    """A common word with the clitic "-nya", an adverb or a noun before a name, never a name's first word:
    "Agaknya", "Rupanya", "Kabarnya" (not "Sonya", "Kenya": their roots are no words)."""
    low = word.lower()
    return low.endswith("nya") and len(low) >= 6 and (low[:-3] in COMMON_WORDS or low[:-3] in LOWER_WORDS)


_DATE_GOES_ON_RE = regex.compile(r"[ \t]*(?:\d|(?:lalu|ini|depan|mendatang|nanti|kemarin|tahun)(?![\p{L}]))")


def _undated_month(text: str, off: int, run: str) -> bool:
    """Does the run end in a month's name that no year, number or time word follows ("Pelatih Elektrik, Tien Mei
    kepada …": part of the name; "Allawi Juni lalu", "Jokowi Mei 2017": a date)?"""
    last = run.rstrip().rsplit(None, 1)[-1]
    return last.lower() in months() and " " in run.strip() and not _DATE_GOES_ON_RE.match(text, off + len(run.rstrip()))


def _cut_run(words: list[str], initial: bool, lowered: set[str], mid: frozenset[str],
             lex: Lexicon, keep_month: bool = False) -> tuple[tuple[str, list[str]] | None, list[str]]:
    """One run of capitalised words → (its title and the words after it, when it opens with a title;
    the words of the name it holds, capitalised common words, days and connectives cut off; a month's name
    that ends it is kept with ``keep_month``: see :func:`_undated_month`)."""
    words = [w.rstrip("'’") or w for w in words]  # "Prabowo’": a closing mark is no part of a name
    # a word of a headline in capitals is none ("MENJADI"), an acronym is ("KPK")
    words = [w for w in words if not (w.isupper() and len(w) >= 4 and w.lower() in LOWER_WORDS)]
    tp = title_prefix(words, lex)
    titled = (" ".join(words[:tp]).lower(), words[tp:]) if 0 < tp < len(words) else None
    while words and (words[-1] in NAME_CONNECTORS or (words[-1].lower() in TIME_WORDS
                                                      and not (keep_month and words[-1].lower() in months()))):
        words = words[:-1]  # a connector only joins two names; "Selasa" is a day, not a name
    while words and (words[0].lower() in TIME_WORDS or (_NOMINAL_RE.match(words[0].lower()) and words[0].lower() not in ORG_WORDS)):
        words = words[1:]  # "Ketidakhadiran Rizieq", "Minggu Jokowi"
    # Drop capitalised common words at the start ("Kunjungan Blinken", "Menurut Blinken", "Istri Adjie").
    words = words[title_prefix(words, lex) :] if len(words) > 1 else words
    if len(words) >= 3 and words[0].lower() in _title_words() and lex.name_types.get(words[0]) != "PER":
        words = words[1:]  # "… Pemuda dan Olahraga Imam Nahrawi": the last word of a title with "dan" inside
    while words and ((words[0].lower() in lowered and not _initial_after(words)) or words[0].lower() in lex.titles
                     or words[0].lower() in CONNECTIVE_WORDS
                     or (len(words) > 1 and (words[0].lower() in lex.cues or words[0].lower() in {"menurut", "berdasarkan"}))  # "Diakui Syafrin, …", "Menurut Suharso"
                     or (len(words) > 1 and _clitic_adverb(words[0]))  # "Agaknya Cartro ingin …", "Rupanya Dani …"
                     or (words[0] not in mid and len(words) > 1 and initial and not _initial_after(words)
                         and (words[0].lower() in COMMON_INITIALS or _PASSIVE_RE.match(words[0])
                              or ((words[0].lower() in COMMON_WORDS
                                   # "Impian Buffon …": a noun news writes in lower case, before a person's name
                                   or (words[0].lower() in LOWER_WORDS and lex.name_types.get(words[1]) == "PER"))
                                  and words[0] not in lex.name_types
                                  and words[0].lower() not in ORG_WORDS)))):
        tp = title_prefix(words, lex)
        words = words[tp if 0 < tp < len(words) else 1 :]  # a title of several words goes whole ("Selain Menko Polhukam …")
    if len(words) >= 4 and words[0].lower() in ORG_WORDS:
        # "Kementerian Kesehatan Maxi Rein Rondonuwu": an office named by a common noun, then a person
        k = 1
        while k < len(words) and words[k].lower() in lowered:
            k += 1
        if k > 1 and len(words) - k >= 2:
            words = words[k:]
    k = 0  # "(Kepala Badan) Intelijen Negara Budi Gunawan": two or more words of an office news writes in lower
    while k < len(words) - 1 and words[k].lower() in LOWER_WORDS and lex.name_types.get(words[k]) != "PER":
        k += 1  # case, then a person's name
    if k >= 2 and lex.name_types.get(words[k]) == "PER":
        words = words[k:]
    return titled, words


def _initial_after(words: list[str]) -> bool:
    """Is the second word of a run of three or more a middle initial ("Anggun C. Sasmi")?  Then the first word is a
    first name, though the document writes it in lower case too ("anggun")."""
    return len(words) > 2 and len(words[1].rstrip(".")) == 1 and words[1][:1].isupper()


ROLE_STOP_WORDS = words("role_stop_words")
# what ends the phrase before a name (punctuation, a quotation mark, a cue or relative word is kept out by
# the stop words) and an apposition after it (", manajer klub …," / "yang merupakan aktivis …")
_ROLE_CUT_RE = regex.compile(r"[.,;:!?()\[\]\"“”‘’']")
_APPOSITIVE_ROLE_RE = regex.compile(r"(?:[ \t]*,[ \t]*|[ \t]+yang[ \t]+(?:merupakan|adalah|juga|menjabat(?:[ \t]+sebagai)?)[ \t]+)"
                                    r"((?:\p{Ll}[\p{L}-]*[ \t]*){1,6})")
_VERB_RE = regex.compile(r"^(?:di\p{L}{3,}|me[mn]?\p{L}{3,}|ber\p{L}{3,}|ter\p{L}{3,})$")  # "dipilih", "mengatakan"
_APPOSITION_RE = regex.compile(r"[ \t]*,[ \t]*(\p{L}+)")


def _person_before(index: "NameIndex", text: str, lex: Lexicon, offset: int) -> str | None:
    """The latest name before ``offset`` that the text shows to be a person's: next to a cue word or "oleh"
    ("diungkapkan oleh Muhammad Buldansyah"), or followed by a title in apposition
    ("Muhammad Buldansyah, Wakil Presiden Direktur …", "…, Muhammad Buldansyah, …"), or by an age in brackets
    ("Tarkaya (48)", one name the document uses for a person); a name after a locative ("di SCTV Tower") is
    not, nor one after a title alone, which is as often a company ("Direktur PT …")."""
    import bisect

    i = bisect.bisect_left(index.offsets, offset)
    for off, name in reversed(index.names[max(0, i - 50) : i]):
        if (" " not in name and name not in index.persons) or name.split()[0].lower() in ORG_WORDS | PLACE_WORDS:
            continue  # "PT Hutchison" after "Wakil Presiden Direktur" is the company
        pos = text.find(name, off, off + 200)
        if pos < 0:
            continue
        if _AGE_RE.match(text, pos + len(name)):
            return name  # "Salah satunya Tarkaya (48), pemilik …": a person, one name or more
        if " " not in name:
            continue  # a single name by a cue word may be the reported clause's subject ("menegaskan Iwa harus …")
        before = _word_before(text, pos)
        if before in LOCATIVE_WORDS:
            continue
        app = _APPOSITION_RE.match(text, pos + len(name))
        nxt = _NEXT_WORD_RE.match(text, pos + len(name))
        appositive = text[max(0, pos - 2) : pos] == ", " and text[pos + len(name) : pos + len(name) + 1] == ","
        if (before in lex.cues or before == "oleh" or appositive  # "Presiden Direktur Tri, Muhammad Buldansyah, …"
                or (app and app.group(1).lower() in lex.title_first)
                or (nxt and nxt.group(1).lower() in lex.cues)):
            return name
    return None


@dataclass
class NameIndex:
    """Every proper name of the document (titles dropped), for short-name → full-name lookup."""

    names: list[tuple[int, str]]  # (offset, name)
    common: frozenset[str] = frozenset()  # words that also occur in lower case: common nouns
    aliases: dict[str, str] = field(default_factory=dict)  # nickname -> name ("disapa JQ")
    persons: frozenset[str] = frozenset()  # single words that stand for a person here ("kata Ahmad")
    titled: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, title, name): "Presiden Joko Widodo"
    gazetteer: frozenset[str] = frozenset()  # the lexicon's provinces and cities (lower case): never a speaker
    title_forms: dict[str, str] = field(default_factory=dict)  # short form of a title -> the full title
    types: dict[str, str] = field(default_factory=dict)  # capitalised word -> its usual entity type (PER/ORG/LOC)
    located: frozenset[str] = frozenset()  # names written after a locative somewhere ("di Daan Mogot"): places
    calendar: frozenset[str] = frozenset()  # names of a time written after "bulan" or "hari" ("Ramadhan"): no person
    heads: frozenset[tuple[str, ...]] = frozenset()  # organisations and places written on their own (_written_heads)
    text: str = ""

    @classmethod
    def build(cls, text: str, lex: Lexicon, entities: list[tuple[int, int, str]] | None = None) -> "NameIndex":
        lowered = set(_LOWER_RE.findall(text))
        mid = proper_words(text)
        runs = []
        titled: list[tuple[int, str, list[str]]] = []
        after_title: dict[int, str] = {}  # offset of a run -> the title written right before its name
        # A run written again in the same position (sentence-initial or not) is cut the same way: the cut
        # depends only on its words, the document's word sets and that position.
        memo: dict[tuple[str, bool], tuple[tuple[str, list[str]] | None, list[str]]] = {}
        headings = _title_case_lines(text)
        h = 0
        for off, g in _cap_runs(text):
            while h < len(headings) and headings[h][1] <= off:
                h += 1
            if h < len(headings) and headings[h][0] <= off and len(g.split()) >= 3:
                continue  # "Amien Rais Mengenang Perjuangan Ayahnya": a headline in title case is no name
            if " " in g and _in_marks(text, off, off + len(g.rstrip("'’"))):
                continue  # "yel-yel ‘Prabowo Presiden’", a film's "Ada Apa Dengan Cinta": words in marks, no name
            key = (g, _sentence_initial(text, off), _undated_month(text, off, g))
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = _cut_run(g.split(), key[1], lowered, mid, lex, key[2])
            if hit[0] is not None:
                titled.append((off, hit[0][0], hit[0][1]))
            if hit[1]:
                runs.append((off, hit[1]))
                if hit[0] is not None and hit[0][1] == hit[1]:
                    after_title[off] = hit[0][0]
        calendar = {m.group(1) for m in _CALENDAR_RE.finditer(text)}  # "bulan Ramadhan": a time, however tagged
        runs = [(off, w) for off, w in runs if not (len(w) == 1 and w[0] in calendar)]
        persons = _people_named_alone(text, runs, lex) - calendar
        types = {w: t for w, t in _entity_types(text, entities or [], lex.name_types, lex.places_and_countries, lex.titles).items() if w not in calendar}
        places = {w[0] for _, w in runs if len(w) == 1} - persons
        heads = _written_heads(runs, persons, lex)
        out, split = _split_runs(runs, lex, places, types, persons, after_title, heads)
        index = cls(out, frozenset(lowered), persons=frozenset(persons), gazetteer=lex.places, title_forms=lex.title_forms,
                    types=types, located=_located(text, out), calendar=frozenset(calendar), text=text, heads=frozenset(heads))
        for off, title, rest in titled:
            phrase = " ".join(rest)
            name = split[phrase] if phrase in split else split_role(phrase, lex, places)[1]
            if name and name[:1].isupper() and phrase.endswith(name):
                index.titled.append((off, title, name.rstrip(".")))
        nicknamed = any(k in text for k in ("disapa", "dipanggil", "dijuluki", "alias", "sapaan", "dikenal"))  # the regex needs one
        for m in (_NICKNAME_RE.finditer(text) if nicknamed else ()):
            first = m.group(1).split()[0]
            if first.lower() in EPITHETS or (first == m.group(1) and first.lower() in PERSON_NOUNS | lex.titles):
                # "Pria yang akrab disapa Dani ini", "Gubernur yang akrab disapa Ahok": of the person named last
                person = _person_before(index, text, lex, m.start()) or index.last_before(m.start())
                if person:
                    index.aliases[m.group(2)] = person
            elif (named := _glossed_name(m.group(1), lowered, lex, places)) is not None:
                index.aliases[m.group(2)] = _indexed_tail(index, m.start(1), m.end(1), named)
        index.aliases = {**_bracket_aliases(index, text, lex), **index.aliases,
                         **_glossed_nicknames(index, text, lex, lowered, nicknamed)}
        return index

    def standalone(self) -> set[str]:
        """Single capitalised words that also stand alone as names (places, organisations): ``Irak``; not
        a person's short name (``kata Ahmad``)."""
        return {n for _, n in self.names if " " not in n} - self.persons

    @cached_property
    def places(self) -> set[str]:
        return self.standalone()

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronyms spelled out in the document by a name whose initials they are."""
        out: dict[str, str] = {}
        for _, cand in self.names:
            cw = [w for w in cand.split() if w[:1].isupper()]
            if len(cw) >= 2:
                out.setdefault("".join(w[0] for w in cw), cand)
        return out

    @cached_property
    def lower_text(self) -> str:  # the text lower-cased once (spelled_out looks names up in it)
        return (self.text or "").lower()

    @cached_property
    def offsets(self) -> list[int]:
        return [off for off, _ in self.names]

    @cached_property
    def by_edge(self) -> dict[str, list[str]]:
        """Names by their first and by their last word."""
        idx: dict[str, dict[str, None]] = {}  # each name once (in order of first mention), however often repeated
        for cand in dict.fromkeys(n for _, n in self.names):
            cw = cand.split()
            for w in {cw[0], cw[-1]}:
                idx.setdefault(w, {})[cand] = None
        return {w: list(c) for w, c in idx.items()}

    @cached_property
    def by_inner_word(self) -> dict[str, list[str]]:
        """Names of three words or more by each of their middle words."""
        idx: dict[str, dict[str, None]] = {}
        for cand in dict.fromkeys(n for _, n in self.names):
            for w in cand.split()[1:-1]:
                idx.setdefault(w, {})[cand] = None
        return {w: list(c) for w, c in idx.items()}

    @cached_property
    def _trimmed(self) -> dict[str, str]:
        return {}

    @cached_property
    def mentions_by_trimmed(self) -> dict[str, list[int]]:
        """Offsets of the mentions of each name (prefix trimmed), in document order."""
        idx: dict[str, list[int]] = {}
        for off, n in self.names:
            idx.setdefault(self.trim_prefix(n), []).append(off)
        return idx

    @cached_property
    def titled_offsets(self) -> list[int]:
        return [off for off, _t, _n in self.titled]

    def fullest(self, name: str, offset: int | None = None) -> str:
        """The fullest name the document gives ``name``; when two people share a word ("Raoul Salim",
        "Brandon Nicholas Salim"), the one mentioned last before ``offset``."""
        name = _without_named_prefix(self.aliases[name], self.places) if name in self.aliases else name
        name = spelled_out(self, name)
        words = name.split()
        if not words:
            return name
        if len(words) == 1 and name.isupper() and 2 <= len(name) <= 6:
            spelled = self.acronyms.get(name)  # "AS" → "Amerika Serikat", "KPK" → "Komisi Pemberantasan Korupsi"
            if spelled:
                return spelled
        edge = self.by_edge
        cands = []
        pool = edge.get(words[0], []) + edge.get(words[-1], [])
        if len(words) == 1:
            pool = pool + self.by_inner_word.get(words[0], [])  # "Argo" → "Raden Prabowo Argo Yuwono"
        for cand in dict.fromkeys(self.trim_prefix(c) for c in pool):
            cw = cand.split()
            if len(cw) <= len(words):
                continue
            if not (cw[0] == words[0] or cw[-1] == words[-1]) and (len(words) > 1 or any(
                    w in self.places and w not in words for w in cw)):  # (the word looked up may stand alone itself)
                continue
            it = iter(cw)
            if all(w in it for w in words) and not self._place_added(cw, words):
                cands.append(cand)
        if not cands and name[:3] == "Al-" and len(name) > 4:
            # "Al-Sudani" opening a sentence is the "al-Sudani" of "Mohammed Shia al-Sudani"
            full = self.fullest("al-" + name[3:], offset)
            return name if full == "al-" + name[3:] else full
        if not cands:
            return self.short_form(name, offset) if len(words) == 1 else name
        if offset is not None and len({c.split()[0] for c in cands}) > 1 and (pick := _namesake(self, cands, words, offset)):
            return pick
        return max(cands, key=lambda c: len(c.split()))

    def _place_added(self, full: list[str], short: list[str]) -> bool:
        """Does the longer name add a province or city of the lexicon to the short one ("Padang Suardi" for
        "Suardi")?  A place is where the person works, not part of the name."""
        extra = [w.lower() for w in full if w not in short]
        return _prefixed_by_named(full, short, self.places) or any(w in self.gazetteer for w in extra) or any(
            f"{a} {b}" in self.gazetteer for a, b in zip(extra, extra[1:]))

    @cached_property
    def full_names(self) -> list[tuple[int, str]]:
        """Names of two words or more that could be a person's or an organisation's, in text order."""
        return [(off, self.trim_prefix(n)) for off, n in self.names if not n.isupper()]

    def short_form(self, word: str, offset: int | None = None) -> str:
        """The full name a one-word short form stands for, when the document writes that full name:
        a shortened first name (``Sandi`` → ``Sandiaga Uno``, ``Soleh`` → ``Solehudin …``), a blend of the
        name's syllables (``Jokowi`` → ``Joko Widodo``, ``Bamsoet`` → ``Bambang Soesatyo``, ``Taeyeon`` →
        ``Kim Tae Yeon``), or a spelling variant of a rare first or last name (``Mely`` → ``Melly Goeslaw``).
        The latest such name before ``offset`` wins; ``word`` itself when none or when it is a common word."""
        if len(word) < 3 or not word[:1].isupper() or word.lower() in self.common or word.lower() in self.gazetteer:
            return word
        cands = self._short_forms.get(word)
        if cands is None:  # each word is matched once against the names sharing an initial with it
            cands = self._short_forms[word] = _short_form_candidates(self, word)
        if not cands:
            return word
        best, best_key = word, None
        for full in cands:  # named before ``offset``, then the fullest, then the latest (by bisection)
            offs = self.mentions_by_trimmed.get(full, [])
            k = bisect.bisect_left(offs, offset) if offset is not None else len(offs)
            key = (1, len(full.split()), offs[k - 1]) if k else (0, len(full.split()), -offs[0] if offs else 0)
            if best_key is None or key > best_key:
                best, best_key = full, key
        return best

    @cached_property
    def _names_by_initial(self) -> dict[str, list[str]]:
        """Distinct names that could stand written in full, by the initial of each of their capitalised words."""
        idx: dict[str, dict[str, None]] = {}
        for _off, full in self.full_names:
            for w in full.split():
                if w[:1].isupper():
                    idx.setdefault(w[0].lower(), {})[full] = None
        return {k: list(v) for k, v in idx.items()}

    @cached_property
    def _short_forms(self) -> dict[str, list[str]]:
        return {}

    def holder(self, title: str, offset: int) -> str | None:
        """Who holds ``title`` (``presiden``) in the document: the person named last with it before
        ``offset`` ("Presiden Joko Widodo … kata Presiden")."""
        best = None
        forms = self.title_forms
        want = forms.get(title, title)
        offs = self.titled_offsets  # ``titled`` is in document order: look back a bounded stretch
        for off, t, name in self.titled[bisect.bisect_left(offs, offset - 20_000) : bisect.bisect_left(offs, offset)]:
            if t == title or forms.get(t, t) == want or t.startswith(title + " "):  # "Menpora" for "Menpora Imam
                # Nahrawi"; "gubernur" for "Gubernur Sumatera Selatan Alex Noerdin"
                best = _apposed_person(self, off, name)
        if best is None and " " in want and self.text:
            # a title written out with lower-case words inside ("Menteri Pemuda dan Olahraga Imam Nahrawi"),
            # which no run of capitals holds whole: the name right after its last mention before ``offset``
            best = _after_written_title(self.text, want, max(0, offset - 20_000), offset) or best
        if best:
            words = best.split()
            while len(words) > 2 and words[0].lower() in _title_words():
                words = words[1:]  # "Olahraga Imam Nahrawi" after "Menteri Pemuda dan Olahraga": the title's own word
            best = " ".join(words)
        return self.fullest(best, offset) if best else None

    def trim_common(self, name: str) -> str:
        """"Kesehatan Maxi Rein Rondonuwu" → "Maxi Rein Rondonuwu": leading words that the document also
        writes in lower case end an office's name (``Kementerian Kesehatan``), not begin a person's; as
        the index does for the names it collects."""
        words = name.split()
        k = 0
        while k < len(words) - 2 and words[k].lower() in self.common:
            k += 1
        return " ".join(words[k:]) if k else name

    def trim_prefix(self, name: str) -> str:
        """An organisation between a title and a name is no part of the name: "Modalku Reynold Wijaya" → "Reynold
        Wijaya" when someone else's name starts with "Reynold" (see :func:`_trim_prefix`)."""
        if (hit := self._trimmed.get(name)) is None:
            hit = self._trimmed[name] = _trim_prefix(_past_written_head(name, self.heads, self.persons, load()), self.by_edge, self._typed_persons)
        return hit

    @cached_property
    def _typed_persons(self) -> frozenset[str]:  # the person words the model also types PER, once (trim_prefix)
        return frozenset(w for w in self.persons if self.types.get(w) == "PER")

    @cached_property
    def role_offsets(self) -> list[int]:
        return [off for off, _g, _n in self.roles]

    @cached_property
    def roles(self) -> list[tuple[int, frozenset[str], str]]:
        """The roles the text gives each person it names, in text order (see :func:`person_roles`)."""
        return person_roles(self)

    def last_before(self, offset: int, exclude: set[str] = frozenset(), short_forms: bool = False) -> str | None:
        i = bisect.bisect_left(self.offsets, offset)
        titled = _titled_people(self.titled, offset)
        for off, name in reversed(self.names[max(0, i - 50) : i]):
            if name in exclude or name.lower() in self.gazetteer:
                continue
            if self.personal(name) or name in titled:
                return name
            if short_forms and " " not in name and (full := self.fullest(name)) != name and full not in exclude and self.personal(full):
                return full  # "bintang baru mereka Batshuayi": a short form of a person's fuller name in the document
            # otherwise the fallback antecedent is a person's name, not a place, an office or a title in capitals
        return None

    def personal(self, name: str) -> bool:
        """Could ``name`` be a person's: two words or more, not headed by an office, place or a word the
        document uses as a place, not written in capitals."""
        words = name.split()
        return (len(words) >= 2 and words[0].lower() not in ORG_WORDS | PLACE_WORDS and words[0] not in self.places
                and not name.isupper() and self.entity_type(name) in {None, "PER"}
                and not all(w.lower() in LOWER_WORDS for w in words)  # "Kereta Cepat", "Konteks Internasional"
                and name not in self.located)

    def entity_type(self, name: str) -> str | None:
        """The entity type of ``name``'s head: its first word that the model tagged in this document (the
        head comes first in Indonesian: "Misi PBB di Irak" is an organisation); None without a model."""
        if not self.types:
            return None
        return next((self.types[w] for w in name.split() if w in self.types), None)


def role_holder(index: "NameIndex", head: str, offset: int) -> str | None:
    """The person named last before ``offset`` with ``head`` among the words of their role ("ujar pemain
    asal Brasil" after "pemain asal Brasil Dani Alves …"), within a bounded stretch back."""
    best = None
    roles = index.roles
    offs = index.role_offsets
    for k in range(bisect.bisect_left(offs, offset) - 1, bisect.bisect_left(offs, offset - 20_000) - 1, -1):
        if head in roles[k][1]:  # the latest first, within a bounded stretch back
            best = roles[k][2]
            break
    return index.fullest(best, offset) if best else None


@lru_cache(maxsize=4096)
def _written_title_re(title: str) -> "regex.Pattern[str]":
    """A title written out ("Menteri Pemuda dan Olahraga"), commas in it optional; compiled once per title.  The
    name after it is :data:`_NAME_AFTER_TITLE_RE`'s, compiled once (it is the costly part to compile)."""
    written = r",?\s+".join(regex.escape(w) for w in title.replace(",", " ").split())
    return regex.compile(r"(?<![\p{L}])(?i:" + written + r")")


def _after_written_title(text: str, title: str, lo: int, hi: int) -> str | None:
    """The name after the last mention of ``title`` written out in ``text[lo:hi]`` (not "… Nomor 23"), else None."""
    best = None
    for t in _written_title_re(title).finditer(text, pos=lo, endpos=hi):
        if (m := _NAME_AFTER_TITLE_RE.match(text, t.end(), hi)) is not None and m.group(1).split()[0].lower() not in DOC_NUMBER_WORDS:
            best = m.group(1)
    return best


# the capitalised name right after a written-out title, its short form in brackets allowed before it ("Menteri
# Koordinator Bidang Politik, Hukum dan Keamanan (Menko Polhukam) Wiranto")
_NAME_AFTER_TITLE_RE = regex.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(" + _WORD + r"(?:[ \t]+" + _WORD + r")*)")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the lexicon's titles ("ajun", "komisaris" …), computed once."""
    return frozenset(w for t in load().titles for w in t.split())


def person_roles(index: "NameIndex") -> list[tuple[int, frozenset[str], str]]:
    """The roles the text gives each person it names, in text order: (offset, role words, name).  The
    lower-case words right before the name in its phrase ("pemain asal Brasil Dani Alves", "desainer
    Rinaldy Ayunardi") and those of an apposition after it ("Gagan Rahmat, manajer klub …", "Fahri
    Hamzah yang merupakan aktivis …"), back or forward to a function word or a verb."""
    out = []
    text = index.text
    lex = load()
    title_words = _title_words()
    stop = ROLE_STOP_WORDS

    def role_word(w: str) -> str | None:
        lw = w.lower()
        if lw in stop or (lw not in title_words and _VERB_RE.match(lw)):
            return None
        return lw

    for off, name in index.names:
        if not (index.personal(name) if " " in name else name in index.persons and index.personal(index.fullest(name, off))):
            continue  # a person's name ("Natal" or "Indonesia" is none); one word only where the text uses it for one
        pos = text.find(name, off, off + 200)
        if pos < 0:
            continue
        parts = _ROLE_CUT_RE.split(text[max(0, pos - 80) : pos])
        before = parts[-1].split()
        if before and before[-1].islower() and before[-1] in ORG_WORDS:
            continue  # "dua klub Premier League, pemain berusia 29 tahun itu": an organisation, whose apposition is another's
        if not before and len(parts) > 2 and text[max(0, pos - 2) : pos].strip() == ",":
            before = parts[-2].split()  # "Manajer klub Stadium Happy88 Jakarta, Gagan Rahmat, …"
        got = set()
        for w in reversed(before[-6:]):
            lw = role_word(w)
            if lw is None:
                break
            if not w[:1].isdigit():
                got.add(lw)
        m = _APPOSITIVE_ROLE_RE.match(text, pos + len(name))
        for w in (m.group(1).split()[:6] if m else ()):
            lw = role_word(w)
            if lw is None:
                break
            got.add(lw)
        got = {w for w in got if w.isalpha() and w not in lex.cues}
        if got:
            out.append((off, frozenset(got), name))
    return out


BALINESE_NAME_WORDS = words("balinese_name_words")


def _balinese_name_start(words_: list[str]) -> int | None:
    """Where "I"/"Ni" before a Balinese birth-order name opens a personal name after other capitalised words."""
    for j in range(1, len(words_) - 2):
        if words_[j] in {"I", "Ni"} and words_[j + 1].lower() in BALINESE_NAME_WORDS and words_[j + 1][:1].isupper():
            return j
    return None


def _typed_cut(name: str, types: dict[str, str], alone: set[str] | frozenset[str] = frozenset()) -> str:
    """The person's part of a capitalised run that the model splits into an organisation or a place and then
    a person ("Liverpool Mohamed Salah" → "Mohamed Salah"), when a full name is left or the document also
    writes that organisation or place on its own; "Irak Fuad Hussein" keeps "Fuad" (one word would be left)."""
    words = name.split()
    if (j := _balinese_name_start(words)) is not None:
        return " ".join(words[j:])  # "Formappi I Made Leo Wiratma" → "I Made Leo Wiratma"
    if (len(words) >= 3 and words[0].isupper() and len(words[0]) >= 2 and words[0].isalpha() and words[0].lower() not in DOC_WORDS
            and all(w[:1].isupper() and not w.isupper() for w in words[1:])
            and any((types.get(w) or load().name_types.get(w)) == "PER" for w in words[1:])
            and not any((types.get(w) or load().name_types.get(w)) in {"ORG", "LOC"} for w in words[1:])):
        return " ".join(words[1:])  # "KPI Hasudungan Tambunan", "DPR Fadli Zon": an acronym, then a person
    if len(words) >= 3 and (cut := _named_after_org(words, alone)):
        return cut
    if len(words) >= 2 and (cut := _after_org_marker(words)):
        return cut
    if not types or len(words) < 2:
        return name
    titles = load().titles  # a rank between the place and the person: "Tambora Kompol Slamet Riyadi"
    for k in range(1, len(words)):
        if types.get(words[k]) == "PER" and all(types.get(w) in {"ORG", "LOC"} or w.lower() in titles for w in words[:k]) and (
                len(words) - k >= 2 or all(w in alone or w.lower() in titles for w in words[:k])):
            return " ".join(words[k:])
        if (types.get(words[k]) != types.get(words[k - 1]) and types.get(words[k]) is not None
                and words[k - 1].lower() not in titles):
            break
    return name


def spelled_out(index: "NameIndex", name: str) -> str:
    """``name`` with an acronym inside it spelled out as the document writes it elsewhere ("Dewan Etik MK" → "Dewan Etik
    Mahkamah Konstitusi" when the article writes that too); ``name`` itself otherwise."""
    words = name.split()
    if len(words) < 2 or index.text is None or not any(w.isupper() and w in index.acronyms for w in words):
        return name
    full = " ".join(index.acronyms[w] if w.isupper() and w in index.acronyms else w for w in words)
    return full if full.lower() in index.lower_text else name


def _trim_prefix(name: str, edge: dict[str, list[str]], persons: set[str] | frozenset[str] = frozenset()) -> str:
    """See NameIndex.trim_prefix ("Petro Kimia Moch Hanafiah" → "Moch Hanafiah" when the text names Petro Kimia on its
    own); ``edge``: the document's names by their first and last words; ``persons``: the
    single words it uses alone for a person ("kata Christina") that the entity model also reads as a person's: they
    open a name ("Christina Titu Eki" is not "Titu Eki" after "Ketua … Chritina Titu Eki")."""
    words = name.split()
    if len(words) < 3 or (len(words) == 3 and all(2 <= len(w) <= 4 and w[:1].isupper() and w[1:].islower() for w in words)):
        return name  # three short syllables are one East Asian name: "Jung Chul Min" … "ujar Chul Min"
    for k in range(1, len(words) - 1):
        if len(words[k - 1].rstrip(".")) == 1 or load().name_types.get(words[k - 1]) == "PER" or words[k - 1] in persons:
            return name  # an initial or a first name opens the name: "R Agus Budi Santosa" … "kata Budi"
        if any(c != name and c.split()[0] == words[k] for c in edge.get(words[k], [])):
            return " ".join(words[k:])
    return name


def _without_named_prefix(name: str, places: set[str]) -> str:
    """"Cacing" of "pelatih CLS Wahyu Widayat Jati": an organisation the text also names on its own is no part of
    a nickname's full name."""
    return name.split(" ", 1)[1] if (len(name.split()) >= 3 and name.split()[0] in places
                                     and name.split()[0].lower() not in ORG_WORDS) else name  # "Komisi untuk …" stays


def _prefixed_by_named(full: list[str], short: list[str], places: set[str]) -> bool:
    """Is the longer name the short one after an organisation or a place the text also names on its own ("Barcelona
    Neymar" for "Neymar")?  Before one word left, only a word news usually writes as one (not "Miley" of "Miley
    Cyrus")."""
    return (full[0] not in short and full[0] in places and full[1] == short[0]
            and (len(full) > 2 or usual_org_or_place(full[0], load())))


def _nicknames_of(text: str, lex: Lexicon, lowered: set[str]) -> dict[str, str]:
    """Nicknames written before the name they stand for ("Gus Syaf sapaan akrab Syafi'in") -> that name; a
    nickname with an honorific also without it ("Syaf")."""
    out = {}
    for m in _NICKNAME_OF_RE.finditer(text):
        nick, full = m.group(1), m.group(2)
        if nick.split()[0].lower() not in lowered and nick not in full.split():
            out[nick] = full
            if " " in nick and nick.split()[0].lower() in lex.titles:
                out[nick.split()[1]] = full
    return out


# a calendar noun and the name after it: "bulan Ramadhan", "hari Natal" (a time, no person)
_CALENDAR_RE = regex.compile(r"(?<![\p{L}-])(?i:" + "|".join(regex.escape(w) for w in sorted(words("calendar_nouns"))) + r")[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}-])")
# a name with its short form in brackets after it: "Komisi Nasional Hak Asasi Manusia (Komnas HAM)"
_BRACKET_SHORT_RE = regex.compile(
    r"(\p{Lu}[\p{L}-]*(?:[ \t]+(?:\p{Lu}[\p{L}-]*|dan|untuk|of|&)){1,9})[ \t]+\((\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,2})\)")


# a short form in brackets inside a name, the rest after it: "Kepolisian Daerah (Polda) Metro Jaya"
_BRACKET_INSIDE_RE = regex.compile(r"\((\p{Lu}\p{L}+)\)[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})")


def _bracket_aliases(index: "NameIndex", text: str, lex: Lexicon) -> dict[str, str]:
    """The short forms and nicknames the document defines in brackets after a name (the later rule wins): foreign
    acronyms, then acronyms and short forms, then nicknames; the brackets are read once for the three."""
    brackets = list(_BRACKET_SHORT_RE.finditer(text)) if "(" in text else []
    return {**_foreign_acronyms(index, brackets, lex.titles), **_bracket_acronyms(text, brackets, lex.titles),
            **_bracket_nicknames(index, text, brackets, lex)}


def _bracket_acronyms(text: str, brackets: list, titles: frozenset[str] | set[str]) -> dict[str, str]:
    """Short forms the document defines in brackets after a name, written in mixed case ("Komisi Nasional Hak Asasi
    Manusia (Komnas HAM)", "Kementerian Keuangan (Kemenkeu)") -> the name: the longest tail of the capitalised run
    that opens with no title, whose first word starts as the short form does and whose letters hold the short form's
    in order ("Wakil Ketua Komisi …" is the commission's; "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan
    (KontraS)" the whole name).  An all-capital acronym is spelled out by its initials already.  ``brackets``: the
    matches of _BRACKET_SHORT_RE in ``text``."""
    out: dict[str, str] = {}
    if not brackets:
        return out
    for m in brackets:
        short, words_ = m.group(2), m.group(1).split()
        if short.isupper() and " " not in short and 3 <= len(short) <= 8:
            # "Kesatuan Pelaut Indonesia (KPI)", "Sloan Digital Sky Survey (SDSS)": the tail whose capitals' initials
            # spell the acronym exactly, defined here even when the name index cut the run differently
            for k in range(len(words_)):
                caps = [w for w in words_[k:] if w[:1].isupper()]
                # an acronym inside the name gives all its letters: "Kedutaan Besar RI (KBRI)"
                if words_[k][:1].isupper() and words_[k].lower() not in titles and short in {
                        "".join(w[0] for w in caps), "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in caps)}:
                    out.setdefault(short, " ".join(words_[k:]))
                    break
            continue
        if short.isupper() or len(short.replace(" ", "")) < 4:
            continue
        letters = short.replace(" ", "").lower()
        for k in range(len(words_)):
            tail = words_[k:]
            first = words_[k].lower()
            if (len(tail) < 2 or not words_[k][:1].isupper() or words_[k].lower() in titles
                    or not (first[0] == letters[0] or (first[:2] in {"ke", "pe"} and first[2:3] == letters[0]))):
                # (the stem after a "ke-"/"pe-" prefix may open the short form: "Kepolisian Daerah (Polda)")
                continue
            it = iter("".join(tail).lower())
            if all(ch in it for ch in letters) and len("".join(tail)) > len(letters):
                out.setdefault(short, " ".join(tail))
                break
    for m in _BRACKET_INSIDE_RE.finditer(text):
        # "Kepolisian Daerah (Polda) Metro Jaya" … "Polda Metro Jaya" is "Kepolisian Daerah Metro Jaya"; not a person
        # after it ("Dewan … Pemilu (DKPP) Jimly Asshiddiqie")
        short, rest = m.group(1), m.group(2)
        if short in out and f"{short} {rest}" not in out and not any(load().name_types.get(w) == "PER" for w in rest.split()):
            out[f"{short} {rest}"] = f"{out[short]} {rest}"
    return out


def _foreign_acronyms(index: "NameIndex", brackets: list, titles: frozenset[str] | set[str]) -> dict[str, str]:
    """Acronyms of a name in another language, in brackets after its Indonesian translation ("Badan Kesehatan Dunia
    (WHO)", "Komisi Tinggi untuk Pengungsi Persatuan Bangsa-Bangsa (UNHCR)") -> the translation: the run from the
    first name the index starts inside it, two words or more, none of whose capitals is the acronym's first letter
    (a run that has it spells its own acronym, or is a longer title around one: "Komisi Wanita Perserikatan
    Bangsa-Bangsa (PBB)")."""
    out: dict[str, str] = {}
    for m in brackets:
        short, run = m.group(2), m.group(1)
        i = bisect.bisect_left(index.offsets, m.start(1))  # the first name the index starts inside the run
        first = index.names[i][1] if i < len(index.names) and index.names[i][0] < m.end(1) else None
        if not (short.isupper() and " " not in short and 3 <= len(short) <= 8) or first is None or first not in run:
            continue
        tail = run[run.index(first):].split()  # the name's own start: "Menurut" before it is none of it
        while tail and tail[0].lower() in titles:
            tail = tail[1:]
        if len(tail) >= 2 and tail[-1][:1].isupper() and not any(w[:1] == short[0] for w in tail):
            out.setdefault(short, " ".join(tail))
    return out


def _bracket_nicknames(index: "NameIndex", text: str, brackets: list, lex: Lexicon) -> dict[str, str]:
    """Nicknames the document gives in brackets after a person's full name ("Basuki Tjahaja Purnama (Ahok)") ->
    the name: one word in mixed case that news uses for a person (name_types.tsv) or that opens as a word of the
    name does ("Joko Widodo (Jokowi)"); not a club, party or place in brackets ("Bambang Pamungkas (Persija)")."""
    out: dict[str, str] = {}
    for m in brackets:
        short = m.group(2)
        if " " in short or short.isupper() or short.lower() in lex.places:
            continue
        i = bisect.bisect_right(index.offsets, m.end(1)) - 1
        if i < 0:
            continue
        off, name = index.names[i]
        if not text.endswith(name, off, m.end(1)) or not index.personal(name) or short in name.split():
            # (the index holds a run by where it starts, its title cut off: "Petahana Basuki Tjahaja Purnama")
            continue
        kind = lex.name_types.get(short)
        if kind == "PER" or (kind is None and any(w[:3].lower() == short[:3].lower() for w in name.split())):
            out.setdefault(short, name)
    return out


def _glossed_nicknames(index: "NameIndex", text: str, lex: Lexicon, lowered: set[str], nicknamed: bool) -> dict[str, str]:
    """Nicknames glossed after them ("Menurut Nita, demikian dia kerap disapa, …") -> the person named before;
    and nicknames written before the name they stand for (:func:`_nicknames_of`)."""
    out = _nicknames_of(text, lex, lowered) if "sapaan" in text or "panggilan" in text else {}
    for m in (_PAIR_NICKNAME_RE.finditer(text) if nicknamed and "/" in text else ()):
        # "Tontowi Ahmad/Liliyana Natsir, atau akrab disapa Owi/Butet": each nickname for the name in its place
        for name, nick in ((m.group(1), m.group(3)), (m.group(2), m.group(4))):
            if (full := _glossed_name(name, lowered, lex, set())) and nick not in full.split():
                out[nick] = full
    for m in (_NICKNAME_AFTER_RE.finditer(text) if nicknamed or "disebut" in text else ()):
        person = _person_before(index, text, lex, m.start()) or index.last_before(m.start())
        if person and m.group(1) not in person.split():
            out[m.group(1)] = person
    return out


def _located(text: str, names: list[tuple[int, str]]) -> frozenset[str]:
    """Names of two words or more that the text writes after a locative word ("di Daan Mogot", "ke Jalan …"; not
    "dari", which also introduces a speaker's organisation): places, wherever else they stand."""
    out = set()
    for off, name in names:
        if " " in name and text.startswith(name, off) and (w := _word_before(text, off)) in LOCATIVE_WORDS and w != "dari":
            out.add(name)
    return frozenset(out)


def _titled_people(titled: list[tuple[int, str, str]], offset: int) -> set[str]:
    """One-word names written after a title before ``offset`` that news does not write as an organisation or a
    place: "Aiptu Tutut" is a person, "Striker Everton tersebut" a club."""
    usual = load().name_types
    return {n for o, _t, n in titled if o < offset and " " not in n and usual.get(n) not in {"ORG", "LOC"}}


def _after_org_marker(words: list[str]) -> str | None:
    """A person's name after the last word that marks an organisation in a capitalised run ("DPP Yorrys Raweyai",
    "Kemenpora Mulyana", "PT Ramayana Lestari Sentosa Tbk Suryanto"): an acronym of three letters or more, a
    ministry's short form ("Kemen…"), or after the first word an organisation word or a word the usual types call
    an organisation ("Tbk", "FC"; not initials, "Bambang PS Brodjonegoro"); what follows is two or more name words,
    or one the usual types call a person.  Nothing is cut when what follows holds a place, an organisation or a
    common word ("PT Kereta Api Indonesia", "BPJS Kesehatan …"), nor when an organisation word heads the run
    ("Universitas Syiah Kuala": one name)."""
    lex = load()
    usual = lex.name_types
    m = None
    for k in range(len(words) - 1):
        w = words[k]
        if ((w.isupper() and len(w) >= 3 and w.isalpha()) or (len(w) > 6 and w[:5].lower() == "kemen")
                or (k and not (w.isupper() and len(w) <= 2) and (usual.get(w) == "ORG" or w.lower() in ORG_WORDS))):
            m = k
    if m is None:
        return None
    rest = words[m + 1 :]
    for w in rest:
        low = w.lower()
        if (not w[:1].isupper() or (w.isupper() and len(w) > 1) or usual.get(w) in {"ORG", "LOC"} or low in ORG_WORDS
                or low in lex.places or low in lex.titles or low in COMMON_WORDS or low in LOWER_WORDS or _NOMINAL_RE.match(low)
                or (len(w) > 6 and low[:5] == "kemen")):
            return None  # "Komisi Pemberantasan Korupsi", "BPJS Kesehatan …": the organisation's own name goes on
    if len(rest) == 1 and usual.get(rest[0]) != "PER":
        return None
    return " ".join(rest)


def _named_after_org(words: list[str], alone: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A person's full name written right after the organisation or place they belong to ("Arema FC Esteban
    Vizcarra", "Real Madrid Zinedine Zidane", "McGill University Jens Pruessner"): the word before it is
    usually an organisation or a place in news (name_types.tsv, the lexicon's places) or stands alone in this
    document, and the two words or more after are never one, the first of them no common word either, so
    they can only be the person's name.  Nothing is cut from "Universitas Gadjah Mada" (a generic head is no
    organisation by itself) nor from "Kanada Drake" (one word would be left)."""
    lex = load()
    usual = lex.name_types

    def org_or_place(w: str) -> bool:  # seen often enough to be sure: "Zudan" tagged LOC three times is no place
        return usual_org_or_place(w, lex) or w in alone

    def name_word(w: str, first: bool) -> bool:
        return (w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() and usual.get(w) not in {"ORG", "LOC"}
                and w.lower() not in lex.places and w.lower() not in lex.titles and w.lower() not in ORG_WORDS
                and not (first and (w.lower() in LOWER_WORDS or w.lower() in COMMON_WORDS)))

    generic = ORG_WORDS | ORG_HEADS
    for k in range(1, len(words) - 1):  # the longest name first
        if (org_or_place(words[k - 1]) and any(w.lower() not in generic and w.lower() not in lex.titles for w in words[:k])
                and all(name_word(w, i == 0) for i, w in enumerate(words[k:]))):
            return " ".join(words[k:])
    return None


_CAPITALISED_RE = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*")


def _entity_types(text: str, entities: list[tuple[int, int, str]], usual: dict[str, str] | None = None,
                  places: frozenset[str] | set[str] = frozenset(), titles: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each capitalised word inside the model's entities, with the type it has most often in the document;
    without a model in this document, the capitalised words' usual types in news (``usual``, from the
    lexicon's name_types.tsv)."""
    if not entities:
        if not usual:
            return {}
        return {w: usual[w] for w in set(_CAPITALISED_RE.findall(text)) if w in usual}
    counts: dict[str, dict[str, int]] = {}
    for s, e, typ in entities:
        ws = text[s:e].split()
        if typ == "LOC" and places and len(ws) >= 2:
            ws = _place_before_name(ws, _RUN_GOES_ON_RE.match(text, e) is not None, usual or {}, places)
        elif typ == "ORG" and len(ws) >= 3:
            ws = _organisation_before_name(ws, _RUN_GOES_ON_RE.match(text, e) is not None, usual or {}, places, titles)
        for w in ws:
            if w[:1].isupper():
                c = counts.setdefault(w, {})
                c[typ] = c.get(typ, 0) + 1
    return {w: max(c, key=lambda t: (c[t], t == "PER")) for w, c in counts.items()}


_RUN_GOES_ON_RE = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")


def _place_before_name(ws: list[str], goes_on: bool, usual: dict[str, str], places: frozenset[str] | set[str]) -> list[str]:
    """The words of a place entity that are the place: a place written first (one to three words, "Haiti",
    "DKI Jakarta") and after it capitalised words that are no place, two or more ("Haiti Laurent Lamothe") or one
    whose capitalised run goes on past the entity ("DKI Jakarta Prasetio" of "… Prasetio Edi Marsudi"), are a
    place and then a person's name; any other entity is kept whole."""
    k = next((k for k in range(min(3, len(ws) - 1), 0, -1) if " ".join(ws[:k]).lower() in places), 0)
    rest = ws[k:]
    if k and (len(rest) >= 2 or goes_on) and not any(w.lower() in places or usual.get(w) == "LOC" for w in rest):
        return ws[:k]
    return ws


def _organisation_before_name(ws: list[str], goes_on: bool, usual: dict[str, str], places: frozenset[str] | set[str],
                              titles: frozenset[str]) -> list[str]:
    """The words of an organisation entity that are the organisation: a person's title inside it opens a name
    ("Depok Kompol Putu" of "Polresta Depok Kompol Putu Kholis Aryana"), and so do two or more capitalised words
    after an acronym that are no organisation's or place's words ("BCA Jahja Setiaatmadja"): only the words before
    them are the organisation's; any other entity is kept whole."""
    k = next((k for k in range(1, len(ws) - 1) if ws[k].lower() in titles and ws[k + 1][:1].isupper()), None)
    if k is not None and (len(ws) - k >= 3 or goes_on):
        return ws[:k]
    k = next((k for k in range(1, len(ws) - 1) if ws[k - 1].isupper() and len(ws[k - 1]) >= 2 and not ws[k].isupper()), None)
    if k is not None and not any(w.lower() in ORG_WORDS or w.lower() in places or usual.get(w) in {"ORG", "LOC"}
                                 or w.lower() in titles or w.isupper() for w in ws[k:]):
        return ws[:k]
    return ws


def _blend(w: str, parts: list[str]) -> bool:
    """Is ``w`` made of a non-empty prefix of each of ``parts`` in order ("jokowi" = "jo|ko" + "wi")?"""
    if not parts:
        return not w
    head = parts[0]
    return any(w.startswith(head[:k]) and _blend(w[k:], parts[1:]) for k in range(min(len(head), len(w)), 0, -1))


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed (``Mely``/``Melly``, ``Maggie``/``Meggie``), or two neighbouring
    letters swapped (``Yursi``/``Yusri``)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _short_form_candidates(index: "NameIndex", word: str) -> list[str]:
    """The document's names that ``word`` may be a short form of.  A word the model types an organisation or a
    place is none ("Persib", a club, is not "Persiba Balikpapan"), unless the model types the full name a
    person's: read with more context, the full name settles it ("Enggar" … "Enggartiasto Lukita")."""
    cands = [f for f in index._names_by_initial.get(word[0].lower(), ()) if _is_short_form(word, f.split())]
    if index.types.get(word) in {"ORG", "LOC"}:
        return [f for f in cands if index.entity_type(f) == "PER"]
    return cands


def _is_short_form(word: str, full: list[str]) -> bool:
    w = word.lower()
    low = [x.lower() for x in full if x[:1].isupper()]
    if len(w) >= 4 and low and low[0].startswith(w) and len(low[0]) >= len(w) + (1 if len(low) > 1 else 2):
        return True  # "Sandi" of "Sandiaga Uno", "Soleh" of "Solehudin"
    if len(low) < 2:
        return False
    if len(w) >= 5 and any(_blend(w, low[i : i + n]) for n in (2, 3) for i in range(len(low) - n + 1)):
        return w not in low  # "Jokowi", "Bamsoet", "Taeyeon"
    if len(low[0]) <= 2 and len(low) > 2:
        low = low[1:]  # an initial first: "Zulficar" is a spelling variant of "M Zulfichar Mochtar"'s first name
    return len(w) >= 4 and (_one_edit(w, low[0]) or _one_edit(w, low[-1])) and w[0] == (low[0][0] if _one_edit(w, low[0]) else low[-1][0])


def mention_kind(phrase: str, lex: Lexicon, common: set[str] | frozenset[str] = frozenset()) -> str:
    orig = phrase.lower().split()
    if 2 <= len(orig) <= 4 and orig[0] == "sang" and (orig[1] in PERSON_NOUNS or orig[1] in lex.titles) and all(
            lex.name_types.get(w) in {"ORG", "LOC"} or w.lower() in lex.places for w in phrase.split()[2:]):
        # "Sang gubernur": the person named before with that office; "sang gelandang Italia": with the country or
        # club of the role (not "sang istri Vicky", who is named)
        return "anaphor"
    words = [w for w in phrase.split() if w.lower() not in QUANTIFIERS]
    if words and words != phrase.split():
        phrase = " ".join(words)
    if words and words[0].lower() in common and words[0][:1].isupper() and len(words) > 1:
        phrase = words[0].lower() + phrase[len(words[0]):]  # a common noun capitalised at sentence start
    low = phrase.lower().strip()
    first = low.split()[0] if low else ""
    if low in PRONOUNS_SG or low in PRONOUNS_PL:
        return "pronoun"
    if low in FIRST_PERSON:
        return "first"
    words = low.split()
    if words and (words[-1] in DETERMINERS or (words[0] == "sang" and len(words) == 2 and words[1] in PERSON_NOUNS)):
        return "anaphor"
    if words and words[0] in EPITHETS and len(words) <= 6 and not (
            len(words) >= 2 and phrase.split()[1][:1].isupper()
            and not ({words[1], " ".join(words[1:3])} & lex.places_and_countries)
            and lex.name_types.get(phrase.split()[1]) not in {"ORG", "LOC"}) and not _named_after_modifiers(phrase.split(), lex):
        # "Penyanyi Aura Kasih", "Aktris Carrie Fisher": the epithet noun is a title before a name; "perempuan
        # asal Aceh", "pria Kosta Rika" are epithets
        return "anaphor"  # "Pria kelahiran Bandung ini", "perempuan asal Aceh": an epithet  # "ucap perempuan kelahiran Bandung": an epithet for someone already named
    first = low.split()[0] if low else ""
    if len(words) == 1 and (first in CASE_ROLE_NOUNS or first in common):
        return "description"  # "Tersangka mengaku …", "Regulator berharap …" at a sentence start: no one's name
    if words and title_prefix(phrase.split(), lex) == len(words):
        return "description"  # "Mantan", "Pelatih": a title alone names its holder, not a person called so
    return "name" if phrase[:1].isupper() and first not in ORG_WORDS | DOC_WORDS | ANON_WORDS else "description"


def _named_after_modifiers(words: list[str], lex: Lexicon) -> bool:
    """Does an epithet noun and its plain modifiers end on a person's name of two words or more ("aktor senior Ray
    Sahetapy")?  Not a place or an organisation ("pria asal Kosta Rika", "pemain asal Brasil")."""
    k = next((i for i, w in enumerate(words[1:], 1) if w[:1].isupper()), len(words))
    tail = words[k:]
    return len(tail) >= 2 and all(w[:1].isupper() for w in tail) and " ".join(tail).lower() not in lex.places_and_countries \
        and not any(lex.name_types.get(w) in {"ORG", "LOC"} or w.lower() in lex.places for w in tail)


def speaker_kind(phrase: str, lex: Lexicon) -> str:
    if outlet_name(phrase, lex):
        return "outlet"
    words = [w.lower() for w in phrase.split()]
    if any(w in DOC_WORDS for w in words[:2]):
        return "document"
    if any(w in ORG_WORDS for w in words[:2]) or (phrase.isupper() and len(phrase) <= 6):
        return "organisation"
    if any(w in ANON_WORDS for w in words[:2]) or (words and not phrase[:1].isupper()):
        return "anonymous"
    return "person"


def _apposed_person(index: "NameIndex", off: int, name: str) -> str:
    """The holder of a title written before an organisation or a place and a person in apposition ("Pelatih Persib
    Bandung, Djadjang Nurdjaman"): the person, not the club; ``name`` itself otherwise."""
    lex = load()
    if not all(usual_org_or_place(w, lex) for w in name.split()) or index.text is None:
        return name
    pos = index.text.find(name, off, off + 200)
    after = pos + len(name) if pos >= 0 else -1
    if after < 0 or not index.text.startswith(", ", after):
        return name
    i = bisect.bisect_left(index.offsets, after + 2)
    nxt = index.names[i] if i < len(index.names) else None
    return nxt[1] if nxt and nxt[0] == after + 2 and index.personal(nxt[1]) else name


def _namesake(index: "NameIndex", cands: list[str], words: list[str], offset: int) -> str | None:
    """Which of two people who share a word ``words`` stands for: of those mentioned before ``offset`` (none: None),
    not one glued to a common noun ("Sindiran Wenger"), the one mentioned last ("Raoul Salim", "Brandon Nicholas
    Salim")."""
    last = {}
    for c in cands:  # the last mention of each candidate before ``offset``, found by bisection
        offs = index.mentions_by_trimmed.get(c, [])
        k = bisect.bisect_left(offs, offset)
        if k:
            last[c] = offs[k - 1]
    last = {c: o for c, o in last.items() if c.split()[0].lower() not in LOWER_WORDS | index.common} or last
    if not last:
        return None
    return max(last, key=lambda c: (last[c], len(c.split())))


def _split_runs(runs: list[tuple[int, list[str]]], lex: Lexicon, places: set[str], types: dict[str, str],
                persons: set[str], after_title: dict[int, str],
                heads: set[tuple[str, ...]]) -> tuple[list[tuple[int, str]], dict[str, str | None]]:
    """Each capitalised run's name, its role, organisation and place split off: (offset of the run, name) in
    order, and the name of each run's words (None: no name)."""
    out = []
    split: dict[str, str | None] = {}  # a name mentioned again is split once
    for off, words in runs:
        phrase = " ".join(words)
        if phrase not in split:
            name = split_role(phrase, lex, places, keep_month=words[-1].lower() in months())[1]  # kept by _cut_run
            name = _typed_cut(name.rstrip("."), types, places) if name and name[0].isupper() else None
            split[phrase] = _past_written_head(name, heads, persons, lex) if name else None
        name = split[phrase]
        if name == phrase and off in after_title:
            # split again with its title: "Bupati | Lamongan Fadeli" is the Bupati of Lamongan, Fadeli, and
            # "Wakil Gubernur | Jawa Tengah Rustriningsih" the deputy governor of Jawa Tengah
            again = split_role(f"{after_title[off]} {phrase}", lex, places)[1].rstrip(".")
            name = again if phrase.endswith(again) else name
        if name:
            out.append((off, name))
    return out, split


def _written_heads(runs: list[tuple[int, list[str]]], persons: set[str], lex: Lexicon) -> set[tuple[str, ...]]:
    """Runs of one to three capitalised words that the document also writes as the whole of a run ("Petro Kimia
    menaklukkan …") or that go on differently in two places ("Eiger Indonesia", "Ecommerce Eiger Andreant Tendo"): the
    name of an organisation or a place, when neither a person here ("kata Ahmad") nor a person's usual word nor an
    initial ("M. Hery Saripudin")."""
    usual = lex.name_types
    whole = {tuple(w) for _, w in runs if len(w) <= 3}
    nexts: dict[tuple[str, ...], set[str]] = {}
    for _, w in runs:
        for i in range(len(w) - 1):
            for k in range(i + 1, min(i + 3, len(w) - 1) + 1):
                nexts.setdefault(tuple(w[i:k]), set()).add(w[k])

    def no_name(w: str) -> bool:  # "Indonesia" of "Eiger Indonesia", "Principal" of "Burda Principal Investments"
        low = w.lower()
        return (usual.get(w) in {"ORG", "LOC"} or low in lex.places or low in COUNTRIES or low in ORG_WORDS
                or low in lex.titles or low in COMMON_WORDS or low in LOWER_WORDS)

    # two people sharing a first name ("Laso Ooining Yaduna", "Laso Sunggal Bilasi") go on in name words only
    found = whole | {h for h, after in nexts.items() if len(after) >= 2 and any(no_name(w) for w in after)}
    return {h for h in found if not (len(h) == 1 and h[0] in persons) and all(
        usual.get(w) != "PER" and w.lower() not in lex.titles and w[:1].isupper() and len(w.rstrip(".")) >= 2 for w in h)}


def _past_written_head(name: str, heads: set[tuple[str, ...]], persons: set[str], lex: Lexicon) -> str:
    """The person's name after an organisation or a place the document names on its own (:func:`_written_heads`):
    "Petro Kimia Moch Hanafiah" → "Moch Hanafiah", "Ecommerce Eiger Andreant Tendo" → "Andreant Tendo", when what is left is two name words or more, or one the document
    uses alone for a person ("Partai Gerindra Suhardi" … "kata Suhardi")."""
    ws = name.split()
    usual = lex.name_types
    for k in range(len(ws) - 1, 0, -1):
        rest = ws[k:]
        if any(tuple(ws[j:k]) in heads for j in range(max(0, k - 3), k)) and (len(rest) >= 2 or rest[0] in persons) and all(
                w[:1].isupper() and not w.isupper() and usual.get(w) not in {"ORG", "LOC"} and w.lower() not in lex.titles
                and w.lower() not in lex.places and w.lower() not in ORG_WORDS and w.lower() not in COMMON_WORDS
                and w.lower() not in LOWER_WORDS for w in rest):
            return " ".join(rest)
    return name


def _indexed_tail(index: "NameIndex", start: int, end: int, named: str) -> str:
    """The index's own, shorter reading of the capitalised run between ``start`` and ``end`` when ``named`` ends
    with it: the gloss "penggebuk drum Padi Surendro Prasetyo atau yang akrab disapa Yoyo" names "Surendro
    Prasetyo", as the index split the band's name off."""
    offs = index.offsets  # where each name's capitalised run starts
    i = bisect.bisect_left(offs, start)
    while i < len(offs) and offs[i] < end:
        name = index.names[i][1]
        if len(name) < len(named) and named.endswith(name) and index.text.startswith(named, end - len(named)):
            return name
        i += 1
    return named


def _glossed_name(run: str, lowered: set[str] | frozenset[str], lex: Lexicon, places: set[str]) -> str | None:
    """The name a nickname gloss follows, without its title ("Ketua DPD Golkar Aminullah atau yang …") or a noun
    news writes in lower case before it ("Gitaris Satriyo Yudi Wahono, atau akrab disapa Piyu"); None when nothing
    but such words is left."""
    ws = run.split()
    while ws and ws[0].lower() in lowered and ws[0].lower() not in lex.titles:
        ws = ws[1:]
    return (split_role(" ".join(ws), lex, places)[1] or " ".join(ws)) if ws else None


def _titled_name(phrase: str, lex: Lexicon) -> bool:
    """A title before a capitalised name: "Pelatih Persebaya Iwan Setiawan", "pelatih Iwan", "salah satu kuasa
    hukum Ahok I Wayan Sudirta" (a quantifier before the title)."""
    words = phrase.split()
    q = 0
    while q < len(words) - 1 and words[q].lower() in QUANTIFIERS:
        q += 1
    t = title_prefix(words[q:], lex)
    if 0 < t < len(words) - q and words[-1][:1].isupper():
        return True
    # a person noun and a description in lower case before a name of two capitalised words or more: "salah satu
    # tokoh masyarakat di Kuranji Hasan Basri Ibrahim", "aktor senior Ray Sahetapy"
    return (len(words) - q >= 4 and words[q].lower() in PERSON_NOUNS and words[q][:1].islower()
            and words[-1][:1].isupper() and words[-2][:1].isupper())


def _plural(mention: str) -> bool:
    words = mention.lower().split()
    # reduplication ("pejabat-pejabat"), not a spaced hyphen ("Jakarta - Cikampek")
    return bool(words) and (words[0] in PLURAL_WORDS
                            or any("-" in w and w.split("-")[0] == w.split("-")[-1] != "" for w in words))


def _head(phrase: str) -> str:
    """The head noun of a description: first word after quantifiers, reduplication undone."""
    words = [w.lower() for w in phrase.split() if w.lower() not in QUANTIFIERS and w.lower() != "sang"]
    if len(words) >= 3 and words[1] == "kali" and (words[0] in NUMERALS or words[0].isdigit()):
        words = words[2:]  # "Tujuh kali juara dunia MotoGP itu": how often, then the head
    if not words:
        return ""
    w = words[0]
    if "-" in w:
        a, _, b = w.partition("-")
        if a == b:
            w = a
    return w


def same_described(a: str, b: str, titles: frozenset[str] | set[str] = frozenset()) -> bool:
    """Do two descriptions with one head name the same kind of person?  Not two epithets with a demonstrative whose
    proper modifiers differ ("politisi Nasdem itu" is not "politisi Golkar itu"); offices may differ ("Mantan Kasad itu",
    "Mantan Pangkostrad ini": one man, two offices), and a titled name is no epithet ("Ketua Koordinator … DPP Golkar
    Kahar Muzakir" … "Ketua Fraksi Golkar ini")."""
    if _head(a) != _head(b):
        return False
    if not (a.split()[-1].lower() in DETERMINERS and b.split()[-1].lower() in DETERMINERS):
        return True
    pa, pb = ({w for w in p.split()[1:] if w[:1].isupper() and w.lower() not in titles} for p in (a, b))
    return not (pa - pb and pb - pa)
