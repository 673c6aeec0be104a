"""Coreference: resolve a source mention to the speaker's name across the document.

- names: ``Blinken`` → ``Antony Blinken`` when the article names him fully (titles dropped);
- pronouns and clitics (``ia``, ``dia``, ``beliau``, ``nya``, ``pihaknya``) and omitted subjects →
  the most recent speaker, else the most recent named subject before the cue;
- descriptions with a demonstrative (``Diplomat tertinggi Amerika itu``, ``juru bicara tersebut``) →
  an earlier speaker whose mention shares the head noun, else the most recent named person;
- other descriptions → the description without quantifiers, numerals and demonstratives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

from .lexicon import Lexicon
from .outlets import outlet_name
from .sources import DETERMINERS, QUANTIFIERS, TIME_WORDS, TRAILING_ADVERBS, clean_description, split_role, title_prefix

PRONOUNS_SG = frozenset({"ia", "dia", "beliau", "nya", "-nya", "dirinya", "pihaknya", "ybs"})
PRONOUNS_PL = frozenset({"mereka", "pihaknya"})
FIRST_PERSON = frozenset({"saya", "aku", "kami", "kita", "anda", "kamu"})
# Head nouns of descriptions that refer back to a person named earlier.
PERSON_NOUNS = frozenset(
    """diplomat menteri pemimpin pria wanita perempuan lelaki sosok pelatih presiden politisi politikus pejabat
    juru jubir dokter pemain bintang laki penyanyi aktor aktris ibu bapak ayah gadis remaja pemuda ketua kepala
    manajer direktur gubernur bupati jenderal mantan menlu
    istri suami anak putri putra cucu menantu kekasih pacar adik kakak""".split()  # "istri pebalap X itu"
)
CONNECTIVE_WORDS = frozenset(
    "namun tetapi tapi sementara bahkan karena jika meski meskipun setelah sebelum saat ketika selain kemudian lalu".split()
)
# Capitalised common nouns that open a sentence before a name ("Istri Adjie …", "Kunjungan Blinken …").
COMMON_INITIALS = frozenset(
    """istri suami anak ibu ayah kakak adik kunjungan pernyataan keputusan kata menurut bagi sementara kasus
    pihak tim kubu rumah kantor pesan sosok nama""".split()
)
PLACE_WORDS = frozenset(
    "jalan jl kota kabupaten provinsi kecamatan kelurahan desa dusun pulau gunung sungai teluk selat pantai".split()
)
# Head nouns of epithets that refer back to a named person even without a demonstrative.
EPITHETS = frozenset("perempuan pria wanita lelaki laki-laki ibu bapak ayah sosok bintang gadis pemuda remaja aktor aktris penyanyi".split())
ORG_WORDS = frozenset(
    """kementerian kantor departemen pemerintah liga misi partai polri polda polres badan komisi kpk pentagon
    kedutaan kedubes dewan majelis pengadilan mahkamah universitas perusahaan pt tim klub asosiasi federasi
    lembaga organisasi institut pihak kepolisian kejaksaan dpr mpr pbb nato uni otoritas""".split()
)
DOC_WORDS = frozenset(
    """pernyataan laporan data studi penelitian riset survei situs laman dokumen surat pasal undang-undang putusan
    keterangan rilis siaran video unggahan cuitan postingan hasil temuan kajian analisis jajak""".split()
)
ANON_WORDS = frozenset({"sumber", "sumber-sumber", "pejabat", "para", "seorang", "warga", "saksi", "pihak"})

_WORD = r"(?:\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*|al-\p{L}+|bin|binti|van|de|der|von)"
_DOC_OF_RE = regex.compile(r"(?i)^(?:sebuah\s+|suatu\s+)?(?:pernyataan|keterangan|rilis|laporan)\s+(?:resmi\s+)?(?:dari|oleh)\s+(.+)$")
# "Aminullah atau kerap disapa JQ", "Takeru Kobayashi, yang akrab dipanggil Kobi", "laki-laki yang sering
# dipanggil Kobi itu" (an epithet in lower case)
_NICKNAME_RE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|(?<![\p{L}-])(?:"
    + "|".join(sorted(EPITHETS, key=len, reverse=True))
    + r")),?\s+(?:atau\s+|yang\s+)?(?:akrab\s+|kerap\s+|biasa\s+|sering\s+)?"
    r"(?:disapa|dipanggil|dijuluki)\s+(\p{Lu}[\p{L}'’-]*)"
)
_CAP_RUN = regex.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")


# A fronted passive verb opening a sentence before its agent: "Diakui Syafrin, …", "Dijelaskan Irmansyah, …"
_PASSIVE_RE = regex.compile(r"^Di\p{Ll}{3,}(?:kan|i)$")
_NOMINAL_RE = regex.compile(r"^(?:ke|pe[nmr]?|peng|peny|keti?dak)\w{3,}an$")
_MIDCAP_RE = regex.compile(r"(?<=[\p{Ll}\d,)] )\p{Lu}[\p{L}'’-]*")
_ACRONYM_RE = regex.compile(r"(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])")
_ARABIC_RE = regex.compile(r"(?<![\p{L}])(?i:al|el|ad|as|bin|abu)-\p{Lu}[\p{L}'’-]*")
_LOWER_RE = regex.compile(r"(?<![\p{L}])\p{Ll}[\p{L}-]*")
_STOP_SPACE_RE = regex.compile(r"[.!?]\s")
_TRAILING_PAREN_RE = regex.compile(r"\s*\([^()]*\)\s*$")
_PAREN_RE = regex.compile(r"\s*\([^()\p{Lu}]*\)")  # "(23)", "(kiri)"; a bracketed acronym "(KAI Commuter)" stays


@lru_cache(maxsize=8)
def proper_words(text: str) -> frozenset[str]:
    """Capitalised words seen where no sentence starts (after a lower-case word or a comma): names."""
    words = {w for w in _MIDCAP_RE.findall(text) if w.lower() not in TIME_WORDS}
    words.update(_ACRONYM_RE.findall(text))  # acronyms: PBB, KPK
    for w in _ARABIC_RE.findall(text):  # al-Sudani
        words.update({w, w[0].upper() + w[1:]})
    return frozenset(words)


# Words before a lone name that make it a place ("di Papua", "pemerintah Irak").
LOCATIVE_WORDS = frozenset(
    "di ke dari asal kota negara provinsi kabupaten wilayah daerah pemerintah warga rakyat bangsa penduduk masyarakat".split()
)


def _word_before(text: str, off: int) -> str:
    """The lower-cased word of letters right before ``off`` (spaces or tabs between), else ""."""
    j = off
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and k > off - 30 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


_NEXT_WORD_RE = regex.compile(r"[ \t]*(\p{L}+)")


def _people_named_alone(text: str, runs: list[tuple[int, list[str]]], lex: Lexicon) -> set[str]:
    """Single names that the document uses for a person: next to a cue word (``kata Ahmad``, ``Ahmad
    menuturkan``) and never after a locative word (``di Papua``).  They are short names, not places, so
    they do not cut a full name (``Komisaris Besar Ahmad Mustofa Kamal``) nor bar it as an antecedent."""
    person: set[str] = set()
    place: set[str] = set()
    heads: set[str] = set()  # first words of full names: "Brandon" of "Brandon Nicholas Salim"
    alone: set[str] = set()
    for off, words in runs:
        if not text.startswith(words[0], off):
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
        elif before in lex.cues or (nxt and nxt.group(1).lower() in lex.cues):
            person.add(w)
        else:
            alone.add(w)
    # a full name's first word written alone ("film kedua Brandon") is the person's short name too
    return (person | (heads & alone)) - place


def _sentence_initial(text: str, offset: int) -> bool:
    j = offset - 1
    while j >= 0 and text[j] in " \t\"“‘'":
        j -= 1
    return j < 0 or text[j] in ".!?\n:-–—"


def _cut_run(words: list[str], initial: bool, lowered: set[str], mid: frozenset[str],
             lex: Lexicon) -> tuple[tuple[str, list[str]] | None, list[str]]:
    """One run of capitalised words → (its title and the words after it, when it opens with a title;
    the words of the name it holds, capitalised common words, days and connectives cut off)."""
    tp = title_prefix(words, lex)
    titled = (" ".join(words[:tp]).lower(), words[tp:]) if 0 < tp < len(words) else None
    while words and (words[-1] in {"bin", "binti", "van", "de", "der", "von"} or words[-1].lower() in TIME_WORDS):
        words = words[:-1]  # a connector only joins two names; "Selasa" is a day, not a name
    while words and (words[0].lower() in TIME_WORDS or _NOMINAL_RE.match(words[0].lower())):
        words = words[1:]  # "Ketidakhadiran Rizieq", "Minggu Jokowi"
    # Drop capitalised common words at the start ("Kunjungan Blinken", "Menurut Blinken", "Istri Adjie").
    words = words[title_prefix(words, lex) :] if len(words) > 1 else words
    while words and (words[0].lower() in lowered or words[0].lower() in lex.titles or words[0].lower() in CONNECTIVE_WORDS
                     or (len(words) > 1 and (words[0].lower() in lex.cues or words[0].lower() in {"menurut", "berdasarkan"}))  # "Diakui Syafrin, …", "Menurut Suharso"
                     or (words[0] not in mid and len(words) > 1 and initial
                         and (words[0].lower() in COMMON_INITIALS or _PASSIVE_RE.match(words[0])))):
        words = words[1:]
    if len(words) >= 4 and words[0].lower() in ORG_WORDS:
        # "Kementerian Kesehatan Maxi Rein Rondonuwu": an office named by a common noun, then a person
        k = 1
        while k < len(words) and words[k].lower() in lowered:
            k += 1
        if k > 1 and len(words) - k >= 2:
            words = words[k:]
    return titled, words


_APPOSITION_RE = regex.compile(r"[ \t]*,[ \t]*(\p{L}+)")


def _person_before(index: "NameIndex", text: str, lex: Lexicon, offset: int) -> str | None:
    """The latest name before ``offset`` that the text shows to be a person's: next to a cue word or "oleh"
    ("diungkapkan oleh Muhammad Buldansyah"), or followed by a title in apposition
    ("Muhammad Buldansyah, Wakil Presiden Direktur …", "…, Muhammad Buldansyah, …"); a name after a locative
    ("di SCTV Tower") is not, nor one after a title alone, which is as often a company ("Direktur PT …")."""
    import bisect

    i = bisect.bisect_left(index.offsets, offset)
    for off, name in reversed(index.names[max(0, i - 50) : i]):
        if " " not in name or name.split()[0].lower() in ORG_WORDS | PLACE_WORDS:
            continue  # "PT Hutchison" after "Wakil Presiden Direktur" is the company
        pos = text.find(name, off, off + 200)
        if pos < 0:
            continue
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

    @classmethod
    def build(cls, text: str, lex: Lexicon) -> "NameIndex":
        lowered = set(_LOWER_RE.findall(text))
        mid = proper_words(text)
        runs = []
        titled: list[tuple[int, str, list[str]]] = []
        # A run written again in the same position (sentence-initial or not) is cut the same way: the cut
        # depends only on its words, the document's word sets and that position.
        memo: dict[tuple[str, bool], tuple[tuple[str, list[str]] | None, list[str]]] = {}
        for m in _CAP_RUN.finditer(text):
            g = m.group()
            off = m.start()
            key = (g, _sentence_initial(text, off))
            hit = memo.get(key)
            if hit is None:
                hit = memo[key] = _cut_run(g.split(), key[1], lowered, mid, lex)
            if hit[0] is not None:
                titled.append((off, hit[0][0], hit[0][1]))
            if hit[1]:
                runs.append((off, hit[1]))
        persons = _people_named_alone(text, runs, lex)
        places = {w[0] for _, w in runs if len(w) == 1} - persons
        out = []
        split: dict[str, str | None] = {}  # a name mentioned again is split once
        for off, words in runs:
            phrase = " ".join(words)
            if phrase not in split:
                name = split_role(phrase, lex, places)[1]
                split[phrase] = name.rstrip(".") if name and name[0].isupper() else None
            if split[phrase]:
                out.append((off, split[phrase]))
        index = cls(out, frozenset(lowered), persons=frozenset(persons), gazetteer=lex.places)
        for off, title, rest in titled:
            phrase = " ".join(rest)
            name = split[phrase] if phrase in split else split_role(phrase, lex, places)[1]
            if name and name[:1].isupper() and phrase.endswith(name):
                index.titled.append((off, title, name.rstrip(".")))
        nicknamed = "disapa" in text or "dipanggil" in text or "dijuluki" in text  # the regex needs one
        for m in (_NICKNAME_RE.finditer(text) if nicknamed else ()):
            first = m.group(1).split()[0]
            if first.lower() in EPITHETS:
                # "Pria yang akrab disapa Dani ini": the nickname of the person named last
                person = _person_before(index, text, lex, m.start()) or index.last_before(m.start())
                if person:
                    index.aliases[m.group(2)] = person
            elif first.lower() not in lowered:
                index.aliases[m.group(2)] = m.group(1)
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
    def offsets(self) -> list[int]:
        return [off for off, _ in self.names]

    @cached_property
    def by_edge(self) -> dict[str, list[str]]:
        """Names by their first and by their last word."""
        idx: dict[str, list[str]] = {}
        for _, cand in self.names:
            cw = cand.split()
            for w in {cw[0], cw[-1]}:
                idx.setdefault(w, []).append(cand)
        return idx

    @cached_property
    def by_inner_word(self) -> dict[str, list[str]]:
        """Names of three words or more by each of their middle words."""
        idx: dict[str, list[str]] = {}
        for _, cand in self.names:
            for w in cand.split()[1:-1]:
                idx.setdefault(w, []).append(cand)
        return idx

    def fullest(self, name: str, offset: int | None = None) -> str:
        """The fullest name the document gives ``name``; when two people share a word ("Raoul Salim",
        "Brandon Nicholas Salim"), the one mentioned last before ``offset``."""
        name = self.aliases.get(name, name)
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
            if not (cw[0] == words[0] or cw[-1] == words[-1]) and (len(words) > 1 or any(w in self.places for w in cw)):
                continue
            it = iter(cw)
            if all(w in it for w in words):
                cands.append(cand)
        if not cands:
            return name
        if offset is not None and len({c.split()[0] for c in cands}) > 1:
            last = {}
            for off, n in self.names:
                if off < offset and self.trim_prefix(n) in cands:
                    last[self.trim_prefix(n)] = off
            if last:
                return max(last, key=lambda c: (last[c], len(c.split())))
        return max(cands, key=lambda c: len(c.split()))

    def holder(self, title: str, offset: int) -> str | None:
        """Who holds ``title`` (``presiden``) in the document: the person named last with it before
        ``offset`` ("Presiden Joko Widodo … kata Presiden")."""
        best = None
        for off, t, name in self.titled:
            if off >= offset:
                break
            if t == title:
                best = name
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
        """"Modalku Reynold Wijaya" → "Reynold Wijaya" when the document also names someone starting with
        "Reynold": an organisation written between a title and a name is not part of the name."""
        words = name.split()
        if len(words) < 3:
            return name
        edge = self.by_edge
        for k in range(1, len(words) - 1):
            others = [c for c in edge.get(words[k], []) if c != name and c.split()[0] == words[k]]
            if others:
                return " ".join(words[k:])
        return name

    def last_before(self, offset: int, exclude: set[str] = frozenset()) -> str | None:
        import bisect

        i = bisect.bisect_left(self.offsets, offset)
        for off, name in reversed(self.names[max(0, i - 50) : i]):
            if name in exclude or not self.personal(name) or name.lower() in self.gazetteer:
                continue  # the fallback antecedent is a person's name, not a place, an office or a title in capitals
            return name
        return None

    def personal(self, name: str) -> bool:
        """Could ``name`` be a person's: two words or more, not headed by an office, place or a word the
        document uses as a place, not written in capitals."""
        words = name.split()
        return (len(words) >= 2 and words[0].lower() not in ORG_WORDS | PLACE_WORDS and words[0] not in self.places
                and not name.isupper())


def mention_kind(phrase: str, lex: Lexicon, common: set[str] | frozenset[str] = frozenset()) -> str:
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
    if words and words[0] in EPITHETS and len(words) <= 6:
        return "anaphor"  # "Pria kelahiran Bandung ini", "perempuan asal Aceh": an epithet  # "ucap perempuan kelahiran Bandung": an epithet for someone already named
    first = low.split()[0] if low else ""
    return "name" if phrase[:1].isupper() and first not in ORG_WORDS | DOC_WORDS | ANON_WORDS else "description"


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


def _titled_name(phrase: str, lex: Lexicon) -> bool:
    """A title before a capitalised name: "Pelatih Persebaya Iwan Setiawan", "pelatih Iwan"."""
    words = phrase.split()
    t = title_prefix(words, lex)
    return 0 < t < len(words) and words[-1][:1].isupper()


def _plural(mention: str) -> bool:
    words = mention.lower().split()
    return bool(words) and (words[0] in {"para", "beberapa", "sejumlah", "banyak", "mereka", "kedua", "sebagian", "semua", "seluruh", "berbagai"}
                            or any("-" in w and w.split("-")[0] == w.split("-")[-1] for w in words))


def _head(phrase: str) -> str:
    """The head noun of a description: first word after quantifiers, reduplication undone."""
    words = [w.lower() for w in phrase.split() if w.lower() not in QUANTIFIERS and w.lower() != "sang"]
    if not words:
        return ""
    w = words[0]
    if "-" in w:
        a, _, b = w.partition("-")
        if a == b:
            w = a
    return w


@dataclass
class Resolved:
    speaker: str | None
    kind: str | None
    role: str | None


class Resolver:
    """Resolves sources in text order, remembering who spoke last."""

    def __init__(self, text: str, lex: Lexicon, subjects: list[tuple[int, str]] | None = None,
                 paragraphs: list[tuple[int, int]] | None = None, issuers: list[tuple[int, str, str]] | None = None):
        self.text = text
        self.lex = lex
        self.names = NameIndex.build(text, lex)
        self.places = self.names.places
        self.history: list[tuple[int, str, str, str]] = []  # (offset, mention, speaker, kind)
        # (offset, phrase) of each sentence's subject, in text order (from the pipeline)
        self.subjects = subjects or []
        self._subject_offs = [o for o, _ in self.subjects]
        self.contents: list[tuple[int, int]] = []
        self.issuers = issuers or []
        self.paragraphs = paragraphs or [(0, len(text))]

    def _paragraph(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.paragraphs):
            if s <= offset <= e:
                return i
        return -1

    def _subject_before(self, offset: int, min_offset: int = 0) -> tuple[int, str] | None:
        import bisect

        best = None
        lo = bisect.bisect_left(self._subject_offs, min_offset)
        for off, phrase in self.subjects[lo:]:
            if off >= offset:
                break
            if any(cs <= off < ce for cs, ce in self.contents[-20:] + ([self._current] if self._current else [])):
                continue  # a subject inside reported speech is not who is speaking
            if " " in phrase and phrase.isupper() and all(len(w) >= 4 for w in phrase.split()):
                continue  # "HEART BEAT ternyata …": a title in capitals, not a speaker (acronyms: "PT KAI" may be)
            if phrase and _NOMINAL_RE.match(phrase.split()[0].lower()) and phrase.split()[0].lower() not in DOC_WORDS:
                continue  # "Penyusunan RUU Cipta Kerja minim …": a nominalisation heads a topic, not a speaker
            if phrase.lower() in self.lex.places:
                continue  # "Kalimantan Timur": a province or city of the lexicon does not speak (a country may)
            if off >= min_offset and mention_kind(phrase, self.lex, self.names.common) in {"name", "description"}:
                best = (off, phrase)
        return best

    def previous(self, offset: int, max_gap: int = 1500, singular: bool = False,
                 speaking: bool = False) -> tuple[str, str] | None:
        """The latest speaker before ``offset``; ``singular``: not a plural mention; ``speaking``: one
        that can be "-nya" or "dia" of a speech verb, so not a document (``Berdasarkan data, …``)."""
        for off, mention, speaker, kind in reversed(self.history):
            if offset - off > max_gap:
                break  # the history is in text order
            if singular and _plural(mention):
                continue  # "dia" does not take up "sejumlah wartawan"
            if speaking and kind == "document":
                continue  # "…,” ujarnya" after "Berdasarkan survei, …" is still the person quoted before
            if off < offset:
                return speaker, kind
        return None

    def resolve(self, mention: str | None, offset: int, mention_start: int | None = None,
                content: tuple[int, int] | None = None, sentence_start: int | None = None,
                nested: bool = False) -> Resolved:
        """Resolve ``mention`` (None for an omitted subject) at the cue ``offset``; ``content`` is the
        statement's span, remembered so that subjects inside reported speech are not taken as antecedents."""
        self._mention_start = offset if mention_start is None else mention_start
        self._current = content
        self._nested = nested
        if mention is None and sentence_start is not None:
            # an omitted subject of a coordinated verb: the speaker already found in its own sentence, else
            # the subject of that sentence, whatever its kind ("Beberapa pejabat di Bagdad telah menyerukan
            # …, dan mendesak AS untuk …")
            same = [(spk, kind) for off, _m, spk, kind in self.history if sentence_start <= off < offset]
            if same:
                if content is not None:
                    self.contents.append(content)
                return self._remember(offset, "", same[-1][0], same[-1][1], None)
            own = [phrase for off, phrase in self.subjects if sentence_start <= off < offset
                   and not (content and content[0] <= off < content[1])]
            if own:
                r = self._resolve_phrase(own[-1], offset, remember=False)
                if content is not None:
                    self.contents.append(content)
                return self._remember(offset, "", r.speaker, r.kind, None)
        if mention:
            words = mention.split()
            n = len(words)
            while len(words) > 1 and words[-1].lower() in TRAILING_ADVERBS and words[-1].lower() not in DETERMINERS:
                words.pop()  # "ia juga mengatakan": the pronoun speaks
            if len(words) < n:
                mention = " ".join(words)
        r = self._resolve(mention, offset)
        if content is not None:
            self.contents.append(content)
        return r

    _mention_start = 0
    _current: tuple[int, int] | None = None
    _nested = False

    def _resolve(self, mention: str | None, offset: int) -> Resolved:
        if mention is None or mention.lower() in PRONOUNS_SG | PRONOUNS_PL | FIRST_PERSON:
            # the most salient antecedent: a named subject since the previous speaker (same or previous
            # sentence), else the previous speaker
            prev_off = next((off for off, *_ in reversed(self.history) if off < offset), -1)
            # with no speaker yet, the lead's named subject stands however far back ("Brandon Nicholas Salim, …
            # rupanya …" … "…,” jelasnya")
            subj = self._subject_before(offset, min_offset=max(prev_off + 1, offset - 400) if prev_off >= 0 else 0)
            if subj is not None and mention_kind(subj[1], self.lex, self.names.common) != "name" and not (
                    subj[1][:1].isupper() and subj[1].split()[0].lower() in ORG_WORDS) and not _titled_name(subj[1], self.lex):
                subj = None  # only a named person or a named organisation outranks the previous speaker
            if subj is not None and prev_off >= 0:
                sp, cp = self._paragraph(subj[0]), self._paragraph(offset)
                first_sentence = cp >= 0 and not _STOP_SPACE_RE.search(self.text[self.paragraphs[cp][0] : self._mention_start])
                if not (sp == cp or (sp == cp - 1 and first_sentence and self._paragraph(prev_off) < sp)):
                    subj = None  # a subject outranks the previous speaker only nearby
            if subj is not None and (prev_off < 0 or subj[0] > prev_off):
                r = self._resolve_phrase(subj[1], offset, remember=False)
                personal = self.names.personal(r.speaker or "") and not any(
                    w.lower().endswith("nya") for w in r.speaker.split())
                if subj[0] >= offset - 400 or personal:  # far back, only a person's name ("Provinsi Maluku" is none)
                    return self._remember(offset, mention or "", r.speaker, r.kind, None)
            singular = (mention or "").lower() in {"ia", "dia", "beliau"}
            prev = self.previous(offset, singular=singular, speaking=True)
            if prev:
                return self._remember(offset, mention or "", prev[0], prev[1], None)
            # not a name inside the statement itself ("…Sivia Blink…,” jelasnya": she is talked about)
            before = self._current[0] if self._current and self._current[0] < offset else offset
            name = self.names.last_before(before)
            return self._remember(offset, mention or "", name, "person" if name else None, None)
        return self._resolve_phrase(mention, offset)

    def _resolve_phrase(self, mention: str, offset: int, remember: bool = True) -> Resolved:
        # "Grande (23)", "Inovasi Nasional (BRIN)"; a bracket inside the title stays ("… (KAI Commuter) Wiwik …")
        mention = _TRAILING_PAREN_RE.sub("", _PAREN_RE.sub("", mention)).strip() or mention
        if not remember:
            saved = list(self.history)
            r = self._resolve_phrase(mention, offset)
            self.history = saved
            return r
        if "," in mention and any("," in w for w in mention.split()[title_prefix(mention.split(), self.lex):]):
            # "Paul Quassa, anggota legislatif Kanada lainnya": the named part speaks (a comma inside a title,
            # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD", splits nothing)
            for part in reversed([p.strip() for p in mention.split(",")]):
                if part.lower() in self.lex.places:
                    continue  # "Presiden dari Istana Kepresidenan Bogor, Jawa Barat": where, not who
                if part and mention_kind(part, self.lex, self.names.common) == "name":
                    r = self._resolve_phrase(part, offset, remember=False)
                    return self._remember(offset, mention, r.speaker, r.kind, mention.split(",", 1)[1].strip() or None)
        if " dari " in mention:
            # "Fariz Alniezar dari Kesekjenan PBNU", "Presiden dari Istana Kepresidenan Bogor": the person
            # before the affiliation or the place
            head = mention.split(" dari ", 1)[0]
            hw = head.split()
            tp = title_prefix(hw, self.lex)
            # a bare title, or a name without one; "Wakil Ketua Baleg DPR dari Fraksi PPP Achmad Baidowi"
            # names the person after the affiliation
            if (hw and tp == len(hw)) or (tp == 0 and len(hw) >= 2 and all(w[:1].isupper() for w in hw)
                                          and mention_kind(head, self.lex, self.names.common) == "name"):
                r = self._resolve_phrase(head, offset, remember=False)
                return self._remember(offset, mention, r.speaker, r.kind, r.role)
        kind = mention_kind(mention, self.lex, self.names.common)
        words = mention.split()
        low0 = words[0].lower() if words else ""
        # "(sebuah) pernyataan dari kantornya" → the office of the previous speaker
        doc_of = _DOC_OF_RE.match(mention)
        if doc_of:
            inner = doc_of.group(1)
            if inner.lower().endswith("nya") and " " not in inner:
                prev = self.previous(offset)
                if prev:
                    return self._remember(offset, mention, f"{inner[:-3].lower()} {prev[0]}", "organisation", None)
            return self._resolve_phrase(inner, offset, remember)
        # "laporan Reuters" → Reuters
        if low0 in DOC_WORDS and len(words) > 1 and outlet_name(" ".join(words[1:]), self.lex):
            return self._remember(offset, mention, " ".join(words[1:]), "outlet", None)
        if low0 in ORG_WORDS and mention[:1].isupper() and kind != "anaphor":
            return self._remember(offset, mention, mention, "organisation", None)  # "Departemen Luar Negeri"
        if kind == "anaphor" and _head(mention) in DOC_WORDS:
            # "bunyi pernyataan itu": whoever issued the statement mentioned just before
            head = _head(mention)
            for off, noun, phrase in reversed(self.issuers):
                if off < offset and noun == head and offset - off < 3000:
                    return self._resolve_phrase(phrase, offset, remember)
            for off, phrase in reversed(self.subjects):
                if off < offset and head in phrase.lower() and offset - off < 1500:
                    if mention_kind(phrase, self.lex, self.names.common) in {"name", "description"}:
                        return self._resolve_phrase(phrase, offset, remember)
        if kind == "anaphor" and words[0][:1].isupper() and len(words) == 2 and (
                words[0] in self.names.aliases or words[0].lower() not in self.names.common):
            return self._resolve_phrase(words[0], offset, remember)  # "Dani ini", "Kobi itu": a name
        if kind == "anaphor":
            head = _head(mention)
            for _off, m, speaker, k in reversed(self.history):
                if m and _head(m) == head:
                    return self._remember(offset, mention, speaker, k, None)
            for off, phrase in reversed(self.subjects):
                if off < min(offset, self._mention_start) and _head(phrase) == head and offset - off < 3000:
                    desc = clean_description(phrase)
                    return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)
            if head in PERSON_NOUNS or head in self.lex.titles:  # "Wali Kota Surabaya dua periode ini"
                # the latest named person: a previous speaker or a named sentence subject
                cands = [(o, sp) for o, _m, sp, k in self.history if k == "person" and o < offset and offset - o < 3000]
                for off, phrase in self.subjects:
                    if off < min(offset, self._mention_start) and offset - off < 3000 and mention_kind(phrase, self.lex, self.names.common) == "name":
                        r = self._resolve_phrase(phrase, offset, remember=False)
                        if r.kind == "person" and r.speaker:
                            cands.append((off, r.speaker))
                # "istri pebalap Ananda Mikola itu" is not Ananda Mikola: a person named inside the mention
                cands = [c for c in cands if not all(w in words for w in c[1].split())]
                if cands:
                    return self._remember(offset, mention, max(cands)[1], "person", None)
                name = self.names.last_before(offset)
                if name:
                    return self._remember(offset, mention, name, "person", None)
            desc = clean_description(mention)
            return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)
        if words and title_prefix(words, self.lex) == len(words):
            holder = self.names.holder(mention.lower(), self._mention_start)  # "kata Presiden" → Joko Widodo
            if holder:
                return self._remember(offset, mention, holder, "person", mention)
        role, name = split_role(mention, self.lex, self.places)
        outlet = outlet_name(mention, self.lex)
        if outlet:
            return self._remember(offset, mention, outlet, "outlet", None)
        titled = role is not None and name[:1].isupper() and role.split()[-1].lower() not in {
            "di", "dari", "ke", "untuk", "pada", "dalam", "oleh", "bagi", "dan", "atau", "dengan"} and not (
            " " not in name and name in self.places)  # "mantan duta besar AS": AS is the country
        if kind == "name" or titled:
            full = self.names.fullest(self.names.trim_prefix(self.names.trim_common(name)), offset)
            return self._remember(offset, mention, full, speaker_kind(name, self.lex) if role is None else "person", role)
        desc = clean_description(mention)
        return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)

    def _remember(self, offset: int, mention: str, speaker: str | None, kind: str | None, role: str | None) -> Resolved:
        if speaker and not self._nested:
            # a statement nested in another's reported speech does not become the salient speaker
            self.history.append((offset, mention, speaker, kind or "person"))
        return Resolved(speaker, kind, role)
