"""Coreference: resolve a source mention to the speaker's name across the document.

- names: ``Blinken`` → ``Antony Blinken`` when the article names him fully (titles dropped);
- pronouns and clitics (``ia``, ``dia``, ``beliau``, ``nya``, ``pihaknya``) and omitted subjects →
  the most recent speaker, else the most recent named subject before the cue;
- descriptions with a demonstrative (``Diplomat tertinggi Amerika itu``, ``juru bicara tersebut``) →
  an earlier speaker whose mention shares the head noun, else the most recent named person;
- other descriptions → the description without quantifiers, numerals and demonstratives.
"""

from __future__ import annotations

import bisect

from dataclasses import dataclass

import regex

from ..lexicon import Lexicon, words
from ..outlets import outlet_name
from ..detect.sources import DETERMINERS, QUANTIFIERS, TRAILING_ADVERBS, clean_description, split_role, title_prefix
from .descriptions import DescriptionRules, described_person, role_then_name
from .kinds import RELATION_HEADS, KindRules
from .subjects import STATEMENT_NOUNS
from .mentions import clean_mention
from .plurals import GROUP_PRONOUNS, PluralRules
from .names import (COMMON_WORDS, LOWER_WORDS, MENTION_OPENERS, NAME_CONNECTORS, PLACE_WORDS, ANON_WORDS, DOC_NUMBER_WORDS, DOC_WORDS, EPITHETS, FIRST_PERSON, ORG_WORDS, PERSON_NOUNS, PRONOUNS_PL, PRONOUNS_SG, _DOC_OF_RE, _NOMINAL_RE, spelled_out,
                    _PAREN_RE, _STOP_SPACE_RE, _TRAILING_PAREN_RE, NameIndex, _head, _plural, same_described, _titled_name, _typed_cut,
                    mention_kind,
                    speaker_kind)

SINGULAR_PERSONAL = words("singular_personal_pronouns")
ROLE_END_WORDS = words("role_end_words")
UNNAMED_ROLES = words("unnamed_roles")
#: How many of the latest speakers a search back through the history looks at.
HISTORY_WINDOW = 200
#: The named speaker rules (``Pipeline(disabled=…)`` leaves one out; ``scripts/ablate_rules.py`` checks that a
#: test notices).
SPEAKER_RULES = {
    "pronoun-in-quote": "ia/dia/beliau/mereka inside a quotation stand for someone other than the one quoted",
    "relation-of-person": "'Pengacara Yingluck', 'istri Ali', 'saudara kandung Sam Lowes itu' are not the person named",
    "kind-anaphor": "'negara tersebut', 'Lembaga ini': the latest entity of that kind (kind_nouns.tsv) named before",
    "issued-statement": "'pernyataan tertulis yang dikeluarkan Linkin Park': a statement whose issuer the text names after it is the issuer's",
    "account-handle": "'tulis akun @ErSurnia', 'tulis netizen pada akun @qayla.shop19': the account's handle speaks",
    "document-name": "a law cited as a speaker is the whole citation ('… Nomor 15 tahun 2005 pasal 38 Ayat (1)')",
    "apposition-subject": "'Abdian Saputra, Koordinator …, juga menyampaikan': the name before a titled apposition is the subject",
    "clause-subject": "'…, namun Airlangga menepis kabar tersebut. Ia mengaku …': the subject of a second clause is a later antecedent",
    "relative-epithet": "'mantan artis yang dulu memerani Naga Bonar ini mengaku': a description closed by a demonstrative after its relative clause refers back",
    "plural-pronoun": "'mereka' stands for the latest group (plural, coordinated, organisation, group noun) as subject or speaker, never one person",
    "long-quote-subject": "before '…,” ucapnya' the window for a person named as subject starts at the quotation, not the cue",
    "said-of": "'“Kita sepaham dengan Presiden,” katanya' after 'Presiden Joko Widodo': a pronoun does not go to a previous speaker the statement names",
    "hearsay-subject": "'“… Keluarga keraton katanya belum paham …”': a clitic cue inside a quoted clause is the clause's subject, not the one quoted",
    "introduced-person": "'Tanggapan senada juga keluar dari sahabat Diana, Rosa Mockton. Ia …': a pronoun opening a sentence after a narrative sentence naming one new person is that person",
    "relative-description": "'Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi …': an unnamed speaker's description keeps its relative clause",
}


@dataclass
class Resolved:
    speaker: str | None
    kind: str | None
    role: str | None


# a list of fields inside a title, up to its last coordinator: "Ketua Koordinator Bidang Politik, Hukum, dan |Keamanan
# Golkar Yorrys Raweyai"
_TITLE_LIST_RE = regex.compile(
    r"^.*?\p{Lu}\p{L}*(?:,(?:\s+\p{Lu}\p{L}*){1,3})+,?\s+(?:dan|serta|&)\s+(?=\p{Lu})")


_NAME_ORIGIN_RE = regex.compile(r"(?<=\p{Lu}\p{L}*)\s+asal\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*$")


def _without_field_list_or_origin(mention: str, titles: frozenset[str] | set[str]) -> str:
    """A mention without a title's list of fields up to its last part, whose commas are no apposition
    ("Direktur Pengaturan, Perijinan, dan |Pengawasan Fintech OJK Hendrikus Passagi"), and without where a named
    person is from ("Make up artist Archangela Chelsea asal Surabaya")."""
    if "," in mention and mention.split()[0].lower() in titles:
        mention = _TITLE_LIST_RE.sub("", mention, count=1)
    return _NAME_ORIGIN_RE.sub("", mention) if " asal " in mention else mention


def _without_places(mention: str, places: frozenset[str] | set[str]) -> str:
    """A mention without the places after its commas ("Jemaat Misa Natal Katedral, Jakarta Pusat"), a district before
    a place of the gazetteer included ("Satpam pendopo Balai Kota, Gambir, Jakarta Pusat")."""
    head, comma, tail = mention.rpartition(",")
    if not (comma and head.strip() and tail.strip().lower() in places):
        return mention
    inner, comma2, district = head.rpartition(",")
    if comma2 and inner.strip() and 1 <= len(district.split()) <= 2 and all(w[:1].isupper() for w in district.split()):
        return inner.strip()
    return head.strip()


def _without_lead_noun(mention: str, lex: Lexicon) -> str:
    """A subject without the noun news writes in lower case that heads it before a person's single name ("Impian
    Buffon untuk jadi juara …": Buffon's dream; the name is who the sentence is about).  A role before a full name
    ("Desainer Rinaldy Ayunardi") is split into role and name elsewhere."""
    words = mention.split()
    if (len(words) == 2 and words[0][:1].isupper() and words[0] not in lex.name_types and lex.name_types.get(words[1]) == "PER"
            and (words[0].lower() in COMMON_WORDS or words[0].lower() in LOWER_WORDS)):
        return " ".join(words[1:])
    return mention


def _without_described_places(mention: str, names: NameIndex, lex: Lexicon) -> str:
    """A demonstrative description whose origin runs on in places after commas, without them: "Artis berdarah Buli,
    Kecamatan Maba, Kabupaten Halmahera Timur itu" → "Artis berdarah Buli itu", "Pelatih asal Bandung, Jawa Barat
    itu" (the commas list where the origin lies, they set off no named person)."""
    words_ = mention.split()
    if "," not in mention or len(words_) < 3 or words_[-1].lower() not in DETERMINERS:
        return mention
    parts = [p.strip() for p in mention[: mention.rstrip().rfind(" ")].split(",")]
    if len(parts) < 2 or not parts[0]:
        return mention
    for p in parts[1:]:
        pw = p.split()
        if not (1 <= len(pw) <= 3 and all(w[:1].isupper() for w in pw)) or (
                pw[0].lower() not in PLACE_WORDS and p.lower() not in lex.places and names.personal(p)):
            return mention  # "Pelatih Persib, Mario Gomez itu": a named person in apposition
    shorter = f"{parts[0]} {words_[-1]}"
    return shorter if mention_kind(shorter, lex, names.common) == "anaphor" else mention


def _named_or_described(r: "Resolver", mention: str, name: str, role: str | None, offset: int) -> Resolved:
    """A name, or a title before a name: the fullest name; but a role of a person before an organisation or a place
    with no holder named ("pejabat PBB", "juru bicara Brigade Ezzedine al-Qassam", "penyidik Bareskrim Polri") is an
    unnamed person so described, not the organisation."""
    head = next((w.lower() for w in (role or "").split() if w.lower() not in QUANTIFIERS), "")
    if head in UNNAMED_ROLES and (r._org_or_place(name) or r._typed_non_person(name) or (name.isupper() and " " not in name)):
        desc = clean_description(mention)
        return r._remember(offset, mention, desc[0].lower() + desc[1:], "anonymous", None)
    full = r.names.fullest(r.names.trim_prefix(r.names.trim_common(_typed_cut(name, r.names.types, r.places))), offset)
    return r._remember(offset, mention, full, speaker_kind(name, r.lex) if role is None else "person", role)


def retold(resolver: "Resolver", old: str | None, new: str | None) -> None:
    """The latest statement of the history is ``new``'s, not ``old``'s (a description the speakers room read fuller
    after resolution: "petinggi Michelin yang …, Pierro Taramasso"), so that its "-nya" after it follows."""
    if resolver.history and resolver.history[-1][2] == old:
        off, mention, _old, kind = resolver.history[-1]
        resolver.history[-1] = (off, mention, new, "person" if new and new[:1].isupper() else kind)


def _first_sentence(text: str, para_start: int, mention_start: int, content: tuple[int, int] | None) -> bool:
    """Is the mention in its paragraph's first sentence?  A statement counts from its start: "“…. …,” katanya"
    opening a paragraph is one sentence, however many the quotation holds."""
    end = min(mention_start, content[0]) if content else mention_start
    return not _STOP_SPACE_RE.search(text[para_start:end])


def _heads_relative(text: str, off: int, phrase: str, cue: int) -> bool:
    """Is the subject ``phrase`` at ``off`` the head of the relative clause that the cue at ``cue`` opens ("Budi yang
    disebutnya satu angkatan …": Budi is who is spoken of, "-nya" someone else)?"""
    return 0 <= cue - off <= len(phrase) + 12 and bool(
        regex.fullmatch(regex.escape(phrase) + r"\s*,?\s+yang\s+", text[off:cue]))


def _previous_speaker(r: "Resolver", offset: int, mention: str | None, singular: bool) -> tuple[str, str] | None:
    """The previous speaker a pronoun or an omitted subject takes: a person for "ia", "dia", "beliau"; for "-nya" after
    an organisation's statement the person quoted before it where one was, else whoever spoke."""
    if singular:
        return r.previous(offset, singular=True, speaking=True, person=True)
    return ((mention or "").lower() == "nya" and r.previous(offset, speaking=True, person=True)) or r.previous(offset, speaking=True)


def _wants_person(r: "Resolver", mention: str | None, prev_off: int) -> bool:
    """Must a subject be a person to take the pronoun from the previous speaker?  For "ia", "dia", "beliau"; and for
    "-nya" after a person spoke ("Persib harus takluk …. “…,” tambahnya": the club's official quoted before)."""
    low = (mention or "").lower()
    return low in SINGULAR_PERSONAL or (low == "nya" and any(
        off == prev_off and kind == "person" for off, _m, _s, kind in r.history[-3:]))


def _can_outrank(r: "Resolver", phrase: str, res: Resolved, personal: bool, person_only: bool = False) -> bool:
    """May the subject ``phrase`` (resolved to ``res``) take a pronoun from the previous speaker?  Only an
    entity of a speaking kind: a person's full name, a single name the text uses for a person, a titled
    name, or a named organisation (not for "ia", "dia", "beliau", which stand for people)."""
    if personal or _titled_name(phrase, r.lex) or ((res.speaker or "") in r.names.persons and (
            r.names.types.get(res.speaker or "") not in {"ORG", "LOC"})):  # "Persib" next to a cue is still a club
        return True
    return not person_only and phrase[:1].isupper() and phrase.split()[0].lower() in ORG_WORDS


OPENING_MARKS = frozenset('"“‘\'«„')
_CLOSING_MARK_RE = regex.compile(r"[\"”’»]")
# a list's comma right before a name ("…, Fadli Zon, Ahmad Dhani"): matched at the name's start (compiled once)
_LISTED_BEFORE_RE = regex.compile(r"(?<=, (?:\p{Lu}\p{L}* )?)")
#: How much of a statement is searched for the name or title of a previous speaker it talks about.
SAID_OF_CHARS = 600


def said_of(text: str, span: tuple[int, int] | None, speaker: str, titled: list[tuple[int, str, str]]) -> bool:
    """Does the statement ``span`` talk about ``speaker`` in the third person: a word of the name, or a title the
    text gave them before it, written capitalised inside it ("“Kita sepaham dengan Presiden,” katanya" after
    "Presiden Joko Widodo": not the President's own words)?  Bounded: the statement's first SAID_OF_CHARS, the
    titles given in the stretch before it (NameIndex.titled, in document order)."""
    if span is None or span[0] < 1 or text[span[0] - 1] not in OPENING_MARKS:
        return False  # a quotation's own words only (reported speech names its subject: "…, Swingvy menargetkan …")
    lo = span[0]
    hi = _CLOSING_MARK_RE.search(text, lo, min(span[1], lo + SAID_OF_CHARS))
    hi = hi.start() if hi else min(span[1], lo + SAID_OF_CHARS)
    keys = {w for w in speaker.split() if len(w) >= 4 and w[:1].isupper()}
    keys |= {t[:1].upper() + t[1:] for o, t, n in titled[-HISTORY_WINDOW:] if n == speaker and o < lo and " " not in t}
    # a list the speaker is one of ("saya sama Fadli Zon …, Fadli Zon, Ahmad Dhani, dan Sandi") does not count
    if not keys:
        return False
    named = regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, sorted(keys))) + r")(?!\p{L})")
    return any(_LISTED_BEFORE_RE.match(text, m.start()) is None for m in named.finditer(text, pos=lo, endpos=hi))


class Resolver(DescriptionRules, KindRules, PluralRules):
    """Resolves sources in text order, remembering who spoke last."""

    def __init__(self, text: str, lex: Lexicon, subjects: list[tuple[int, str]] | None = None,
                 paragraphs: list[tuple[int, int]] | None = None, issuers: list[tuple[int, str, str]] | None = None,
                 entities: list[tuple[int, int, str]] | None = None, disabled: frozenset[str] = frozenset()):
        self.text = text
        self.disabled = disabled
        self.lex = lex
        self.names = NameIndex.build(text, lex, entities)
        self.places = self.names.places
        self.history: list[tuple[int, str, str, str]] = []  # (offset, mention, speaker, kind)
        # (offset, phrase) of each sentence's subject, in text order (from the pipeline)
        self.subjects = subjects or []
        self._subject_offs = [o for o, _ in self.subjects]
        self.contents: list[tuple[int, int]] = []
        self.issuers = issuers or []
        self.paragraphs = paragraphs or [(0, len(text))]
        self._para_starts = [s for s, _ in self.paragraphs]

    def _paragraph(self, offset: int) -> int:
        i = bisect.bisect_right(self._para_starts, offset) - 1  # paragraphs are in text order, apart
        return i if i >= 0 and offset <= self.paragraphs[i][1] else -1

    def _subjects_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Sentence subjects at offsets ``lo <= off < hi`` (the subjects are in text order)."""
        return self.subjects[bisect.bisect_left(self._subject_offs, lo) : bisect.bisect_left(self._subject_offs, hi)]

    def _recent(self) -> list[tuple[int, str, str, str]]:
        """The latest entries of the history: every search back through it is bounded (a news article has a
        few dozen records; a pathological document must not cost a scan of all of them per record)."""
        return self.history[-HISTORY_WINDOW:]

    def _subject_before(self, offset: int, min_offset: int = 0) -> tuple[int, str] | None:
        best = None
        lo = bisect.bisect_left(self._subject_offs, min_offset)
        for off, phrase in self.subjects[lo:]:
            if off >= offset:
                break
            if any(cs <= off < ce for cs, ce in self.contents[-20:] + ([self._current] if self._current else [])) or (
                    _heads_relative(self.text, off, phrase, offset)):
                continue  # a subject inside reported speech, or the head of the cue's relative clause, is not who speaks
            if " " in phrase and phrase.isupper() and all(len(w) >= 4 for w in phrase.split()):
                continue  # "HEART BEAT ternyata …": a title in capitals, not a speaker (acronyms: "PT KAI" may be)
            if phrase and _NOMINAL_RE.match(phrase.split()[0].lower()) and phrase.split()[0].lower() not in DOC_WORDS:
                continue  # "Penyusunan RUU Cipta Kerja minim …": a nominalisation heads a topic, not a speaker
            if phrase.lower() in self.lex.places or (self.names.entity_type(self._named_part(phrase)) == "LOC" and not _titled_name(phrase, self.lex)):
                continue  # "Kalimantan Timur": a province or city of the lexicon, a place the model knows
            if off >= min_offset and mention_kind(phrase, self.lex, self.names.common) in {"name", "description"}:
                best = (off, phrase)
        return best

    def previous(self, offset: int, max_gap: int = 1500, singular: bool = False,
                 speaking: bool = False, person: bool = False) -> tuple[str, str] | None:
        """The latest speaker before ``offset``; ``singular``: not a plural mention; ``speaking``: one
        that can be "-nya" or "dia" of a speech verb, so not a document (``Berdasarkan data, …``)."""
        talked_about = None  # a speaker the statement itself names in the third person, taken only if nobody else is
        for off, mention, speaker, kind in reversed(self.history):
            if offset - off > max_gap:
                break  # the history is in text order
            if singular and _plural(mention):
                continue  # "dia" does not take up "sejumlah wartawan"
            if speaking and kind == "document":
                continue  # "…,” ujarnya" after "Berdasarkan survei, …" is still the person quoted before
            if person and kind not in {"person", "anonymous"}:
                continue  # "ia", "dia", "beliau" stand for a person, not for a convention or a company quoted before
            if off < offset and "said-of" not in self.disabled and said_of(self.text, self._current, speaker, self.names.titled):
                talked_about = talked_about or (speaker, kind)
            elif off < offset:
                return speaker, kind
        return talked_about

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
            same = [(spk, kind) for off, _m, spk, kind in self._recent() if sentence_start <= off < offset]
            if same:
                if content is not None:
                    self.contents.append(content)
                return self._remember(offset, "", same[-1][0], same[-1][1], None)
            own = [phrase for off, phrase in self._subjects_between(sentence_start, offset)
                   if not (content and content[0] <= off < content[1])]
            if own:
                r = self._resolve_phrase(own[-1], offset, remember=False)
                if content is not None:
                    self.contents.append(content)
                return self._remember(offset, "", r.speaker, r.kind, None)
        if mention:
            mention = clean_mention(mention)
        r = self._resolve(mention, offset)
        if mention and self._no_speaker(r.speaker):
            # "Meski", "tahun", "Kementerian": what a source phrase cut wrongly leaves names nobody; the
            # statement goes to whom an omitted subject would
            if self.history and self.history[-1][0] == offset:
                self.history.pop()
            r = self._resolve(None, offset)
        if content is not None:
            self.contents.append(content)
        return r

    _mention_start = 0
    _current: tuple[int, int] | None = None
    _nested = False

    def _resolve(self, mention: str | None, offset: int) -> Resolved:
        if mention and mention.lower() in GROUP_PRONOUNS and "plural-pronoun" not in self.disabled and (g := self.plural_antecedent(offset, mention)):
            return self._remember(offset, mention, g[0], g[1], None)  # "mereka": a group, not the person who spoke last
        if mention is None or mention.lower() in PRONOUNS_SG | PRONOUNS_PL | FIRST_PERSON:
            # the most salient antecedent: a named subject since the previous speaker (same or previous
            # sentence), else the previous speaker
            prev_off = next((off for off, *_ in reversed(self.history) if off < offset), -1)
            # with no speaker yet, the lead's named subject stands however far back ("Brandon Nicholas Salim, …
            # rupanya …" … "…,” jelasnya")
            # "near" is from the statement's start: a long quotation before "…,” ucapnya" leaves its lead's subject near
            near = (min(offset, self._current[0]) if self._current and "long-quote-subject" not in self.disabled else offset) - 400
            subj = self._subject_before(offset, min_offset=max(prev_off + 1, near) if prev_off >= 0 else 0)
            if subj is not None and mention_kind(subj[1], self.lex, self.names.common) != "name" and not (
                    subj[1][:1].isupper() and subj[1].split()[0].lower() in ORG_WORDS) and not _titled_name(subj[1], self.lex):
                subj = None  # only a named person or a named organisation outranks the previous speaker
            if subj is not None and prev_off >= 0:
                sp, cp = self._paragraph(subj[0]), self._paragraph(offset)
                first_sentence = cp >= 0 and _first_sentence(self.text, self.paragraphs[cp][0], self._mention_start, self._current)
                if not (sp == cp or (sp == cp - 1 and first_sentence and self._paragraph(prev_off) < sp)):
                    subj = None  # a subject outranks the previous speaker only nearby
            if subj is not None and (prev_off < 0 or subj[0] > prev_off):
                r = self._resolve_phrase(subj[1], offset, remember=False)
                personal = self.names.personal(r.speaker or "") and not any(
                    w.lower().endswith("nya") for w in r.speaker.split())
                if prev_off >= 0 and not _can_outrank(self, subj[1], r, personal, _wants_person(self, mention, prev_off)):
                    pass  # "Negara lain seperti Singapura dan Italia …": a place or a thing does not take "-nya" away
                elif prev_off >= 0 and subj[0] < offset - 400 and not (
                        _titled_name(subj[1], self.lex) or self._personish(r.speaker or "", roles=False)):
                    pass  # before a long quotation, only someone the text shows to be a person ("Lion Air" is none)
                elif subj[0] >= offset - 400 or personal:  # far back, only a person's name ("Provinsi Maluku" is none)
                    return self._remember(offset, mention or "", r.speaker, r.kind, None)
            singular = (mention or "").lower() in SINGULAR_PERSONAL
            if singular and "introduced-person" not in self.disabled and (named := introduced_person(self, prev_off)):
                return self._remember(offset, mention or "", named, "person", None)
            prev = _previous_speaker(self, offset, mention, singular)
            if prev:
                return self._remember(offset, mention or "", prev[0], prev[1], None)
            # not a name inside the statement itself ("…Sivia Blink…,” jelasnya": she is talked about)
            before = self._current[0] if self._current and self._current[0] < offset else offset
            name = self.names.last_before(before, short_forms=True)
            return self._remember(offset, mention or "", name, "person" if name else None, None)
        return self._resolve_phrase(mention, offset)

    def _resolve_phrase(self, mention: str, offset: int, remember: bool = True) -> Resolved:
        if remember and (r := self.document_name(mention, offset) or self.issued_statement(mention, offset)) is not None:
            return r  # "Peraturan Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1)": the law, not "Ayat"
        # "Grande (23)", "Inovasi Nasional (BRIN)"; a bracket inside the title stays ("… (KAI Commuter) Wiwik …")
        mention = _without_field_list_or_origin(_TRAILING_PAREN_RE.sub("", _PAREN_RE.sub("", mention)).strip() or mention, self.lex.titles)
        mention = _without_lead_noun(_without_places(mention, self.lex.places), self.lex)  # "…, Jakarta Pusat": where it is
        if not remember:
            n = len(self.history)  # the history only grows at its end: forget what this look-up added
            r = self._resolve_phrase(mention, offset)
            del self.history[n:]
            return r
        mention = _without_described_places(mention, self.names, self.lex)  # "Artis asal Buli, Kecamatan Maba itu"
        if "," in mention and any("," in w for w in mention.split()[title_prefix(mention.split(), self.lex):]):
            # "Paul Quassa, anggota legislatif Kanada lainnya": the named part speaks (a comma inside a title,
            # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD", splits nothing)
            parts = [p.strip() for p in mention.split(",")]
            # a part shaped like a person's name comes first ("Harianus Zebua, Head of Corporate and Marketing
            # Communication …", "Don McGuire, VP Product Marketing Qualcomm Technologies"), else the last named one
            shaped = [p for p in parts if p and title_prefix(p.split(), self.lex) == 0 and self.names.personal(p)
                      and all((w[:1].isupper() and not w.isupper() and w.lower() not in self.names.common
                               and w.lower() not in self.lex.titles and self.names.types.get(w) not in {"ORG", "LOC"})
                              or w in NAME_CONNECTORS for w in p.split())]
            for part in shaped[:1] + list(reversed(parts)):
                if part.lower() in self.lex.places:
                    continue  # "Presiden dari Istana Kepresidenan Bogor, Jawa Barat": where, not who
                if part and (named := role_then_name(self.names, part.split(), offset)):
                    # "saksi Lee Jun Yu, teman korban": a role and the person's name in the part
                    return self._remember(offset, mention, named[1], "person", named[0])
                if part and mention_kind(part, self.lex, self.names.common) == "name":
                    r = self._resolve_phrase(part, offset, remember=False)
                    return self._remember(offset, mention, r.speaker, r.kind, mention.split(",", 1)[1].strip() or None)
        if (r := self._named_with_office(mention, offset)) is not None:
            return r  # "Debby Chynthia Dewi selaku Ketua …", "Fariz Alniezar dari Kesekjenan PBNU"
        mention = self._cut_after_name(mention)
        words = mention.split()
        kind = mention_kind(mention, self.lex, self.names.common)
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
        if _issuer_named(words):  # "pernyataan Kementerian Keuangan AS", "pernyataan pemerintah Spanyol": the issuer speaks
            r = self._resolve_phrase(" ".join(words[1:]), offset, remember=False)
            return self._remember(offset, mention, r.speaker, "document", r.role)  # the statement, for "pernyataan itu"
        if low0 in ORG_WORDS and mention[:1].isupper() and kind != "anaphor":  # "Departemen Luar Negeri"; spelled out
            return self._remember(offset, mention, spelled_out(self.names, self.names.aliases.get(mention, mention)), "organisation", None)
        if kind == "anaphor" and _head(mention) in DOC_WORDS:
            # "bunyi pernyataan itu": whoever issued the statement mentioned just before
            head = _head(mention)
            for off, noun, phrase in reversed(self.issuers):
                if off < offset and noun == head and offset - off < 3000:
                    return self._resolve_phrase(phrase, offset, remember)
            for off, phrase in reversed(self._subjects_between(offset - 1499, offset)):
                if head in phrase.lower():
                    if mention_kind(phrase, self.lex, self.names.common) in {"name", "description"}:
                        return self._resolve_phrase(phrase, offset, remember)
        if kind == "anaphor" and words[0][:1].isupper() and len(words) == 2 and words[0].lower() not in QUANTIFIERS and (
                words[0] in self.names.aliases or (words[0].lower() not in self.names.common
                                                   and words[0].lower() not in PERSON_NOUNS | self.lex.titles)):
            return self._resolve_phrase(words[0], offset, remember)  # "Dani ini", "Kobi itu": a name ("Politisi ini" is none)
        if kind == "anaphor":
            return self._resolve_anaphor(mention, words, offset)
        if words and title_prefix(words, self.lex) == len(words):
            holder = self.names.holder(mention.lower(), self._mention_start)  # "kata Presiden" → Joko Widodo
            if holder:
                return self._remember(offset, mention, holder, "person", mention)
            holder = described_person(self.names, mention, self._mention_start)
            if holder:  # "kata Pelatih" after "pelatih timnas Indonesia Alfred Riedl"
                return self._remember(offset, mention, holder, "person", mention)
        if kind == "description" and (r := self._role_and_name(mention, words, offset)):
            return r  # "saksi I Made Rai Sugiarta satpam Teras Hotel"
        role, name = split_role(mention, self.lex, self.places)
        if role is not None and name[:1].isupper() and len(words) <= 8 and (r := self._title_over_org(mention, name, offset)):
            return r  # "Mantan Kabid Humas Polda Jawa Timur (itu)": the office's holder, not its organisation
        if outlet_name(mention, self.lex):  # the medium as the text names it, as its outlets are ("Motorsport")
            return self._remember(offset, mention, mention.strip(), "outlet", None)
        if role is not None and name[:1].isupper() and (r := self.relation_of_person(mention, role, name, offset)):
            return r  # "Pengacara Yingluck": Yingluck's lawyer, not Yingluck
        titled = role is not None and name[:1].isupper() and role.split()[-1].lower() not in ROLE_END_WORDS and not (
            " " not in name and name in self.places)  # "mantan duta besar AS": AS is the country
        if kind == "name" or titled:
            return _named_or_described(self, mention, name, role, offset)
        if kind == "description" and (r := self._description(mention, words, offset)):
            return r  # "keluarganya", "Desainer Rinaldy Ayunardi", "tambah pemain asal Brasil"
        if (holder := self.bare_role_holder(mention, words)) is not None:
            return self._remember(offset, mention, holder, "person", None)  # "saksi memberitahukan …"
        desc = self._fullest_description(clean_description(mention), offset)
        return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)

    def _remember(self, offset: int, mention: str, speaker: str | None, kind: str | None, role: str | None) -> Resolved:
        if speaker and " " not in speaker and speaker[:1].isupper() and (kind or "person") == "person":
            speaker = self.names.trim_common(self.names.fullest(speaker, offset))  # every path ends on the fullest name
        if speaker and not self._nested:
            # a statement nested in another's reported speech does not become the salient speaker
            self.history.append((offset, mention, speaker, kind or "person"))
        return Resolved(speaker, kind, role)

    def _resolve_anaphor(self, mention: str, words: list[str], offset: int) -> Resolved:
        """A description with a demonstrative or an epithet: an earlier speaker with the same head noun, a
        sentence subject with it, the latest named person for a person noun, else the description itself."""
        head = _head(mention)
        if head in self.lex.titles and len(mention.split()) <= 3 and head not in RELATION_HEADS:  # (see kind_anaphor)
            holder = self.names.holder(head, self._mention_start)  # "Sang gubernur" → the governor named before
            if holder:
                return self._remember(offset, mention, holder, "person", None)
        if (r := self.kind_anaphor(mention, words, offset)) is not None:
            return r  # "negara tersebut", "Lembaga ini": the latest entity of that kind
        for _off, m, speaker, k in reversed(self._recent()):
            if m and same_described(m, mention, self.lex.titles):
                return self._remember(offset, mention, speaker, k, None)
        for off, phrase in reversed(self._subjects_between(offset - 2999, min(offset, self._mention_start))):
            if same_described(phrase, mention, self.lex.titles):
                if " " not in phrase and phrase.lower() in self.names.common:
                    continue  # a bare noun cut from a longer subject ("Pemain [pinjaman dari Chelsea ini]") names no one
                if _titled_name(phrase, self.lex):  # "Pemain Borussia Dortmund Michy Batshuayi …" → the person
                    r = self._resolve_phrase(phrase, offset, remember=False)
                    if r.speaker and r.kind == "person":
                        return self._remember(offset, mention, r.speaker, "person", None)
                if (earlier := self._earlier_anaphor(phrase, off)) is not None:
                    return self._remember(offset, mention, earlier, "person", None)
                desc = clean_description(phrase)
                return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)
        holder = described_person(self.names, mention, self._mention_start)
        if holder:  # "jutawan asal Jordania itu" after "jutawan asal Jordania Hasan Ismaik"
            return self._remember(offset, mention, holder, "person", None)
        if head in PERSON_NOUNS or head in self.lex.titles or self.epithet_head(head, words) or (
                head in RELATION_HEADS and "relation-of-person" not in self.disabled):  # "Wali Kota Surabaya dua periode ini", "Pelantun ‘Bolo - Bolo’ ini", "jutawan asal Jordania itu"
            cands = self.person_candidates(offset, words)  # the latest named person
            if cands:
                return self._remember(offset, mention, max(cands)[1], "person", None)
            name = self.names.last_before(min(offset, self._mention_start), short_forms=True)  # not a name inside the epithet
            if name:
                return self._remember(offset, mention, name, "person", None)
        desc = clean_description(mention)
        return self._remember(offset, mention, desc, speaker_kind(desc, self.lex), None)


def _issuer_named(words: list[str]) -> bool:
    """Is ``words`` a statement noun and its issuer: a capitalised name or an organisation's first word
    ("Kementerian", "pemerintah", "pihak") right after it, not another document word ("Pernyataan Pers"), and no
    number after it ("surat DPP Golkar Nomor B-…" is the letter)? Not "keterangan resmi", "laporan polisi …": a
    statement described, no issuer named."""
    if len(words) < 2 or words[0].lower() not in STATEMENT_NOUNS:
        return False
    low = words[1].lower()
    return ((words[1][:1].isupper() and low not in DOC_WORDS) or low in ORG_WORDS) and not any(
        w.lower().rstrip(".") in DOC_NUMBER_WORDS for w in words[2:])


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after a full stop and a space, or a line break), within 400
    characters."""
    lo = max(0, at - 400)
    stop = text.rfind(". ", lo, at)
    return max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, at) + 1)


def introduced_person(r: "Resolver", prev_off: int) -> str | None:
    """A person pronoun opening its sentence ("Ia dengan gamblang menyebut …") right after a narrative sentence
    that named one person, not the previous speaker, and quoted no one ("Tanggapan senada juga keluar dari
    sahabat Diana, Rosa Mockton."): that person, the newest in the reader's mind."""
    text, ms = r.text, r._mention_start
    cur = _sentence_start(text, ms)
    if text[cur:ms].strip() or cur < 2:
        return None
    prev = _sentence_start(text, cur - 2)
    if prev_off >= prev or any(cs < cur and ce > prev for cs, ce in r.contents[-5:]):
        return None  # a statement in that sentence: its speaker stays the salient one
    names = r.names
    i, j = bisect.bisect_left(names.offsets, prev), bisect.bisect_left(names.offsets, cur)
    people = {names.fullest(n, off) for off, n in names.names[i:j] if names.personal(n)}
    last = r.previous(ms)
    if len(people) == 1 and (person := next(iter(people))) != (last[0] if last else None):
        return person
    return None
