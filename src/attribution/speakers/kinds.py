"""Speaker rules for kinds of mention that recur across articles and outlets, mixed into
:class:`~.coreference.Resolver`: a third-person pronoun inside a quotation (``pronoun-in-quote``), a relation
to a named person (``relation-of-person``: "Pengacara Yingluck", "istri Ali"), a demonstrative description of a
kind of entity (``kind-anaphor``: "negara tersebut", "Lembaga ini", "perusahaan asal Taiwan tersebut", "pasal
itu"), a law cited as a speaker (``document-name``: "Peraturan Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1)").
"""

from __future__ import annotations

import bisect

import regex

from ..detect.sources import DETERMINERS
from ..lexicon import word_table, words
from .subjects import STATEMENT_NOUNS
from .names import (LOCATIVE_WORDS, ORG_WORDS, PERSON_NOUNS, PLACE_WORDS, _STOP_SPACE_RE, _head, _typed_cut, _word_before,
                    role_holder)

SINGULAR_PERSONAL = words("singular_personal_pronouns")
FAMILY_RELATIONS = words("family_relations")
OFFICE_RELATIONS = words("office_relations")
RELATIONS = FAMILY_RELATIONS | OFFICE_RELATIONS
#: the first words of the relations: heads of descriptions that refer back to a person ("Saudara kandung
#: pebalap Sam Lowes itu")
RELATION_HEADS = frozenset(r.split()[0] for r in RELATIONS) - {"mantan"}
#: How many titles and roles before (and after) a relation its holder is looked for among.
RELATION_WINDOW = 200
KIND_NOUNS = word_table("kind_nouns")  # "negara" -> country, "klub" -> organisation
COUNTRIES = words("countries")
STATE_HEADS = words("state_heads")
MEDIA_NAME_WORDS = words("media_name_words")
INDEFINITES = words("indefinites")
ACCOUNT_WORDS = words("account_words")
# a handle after an account word, or after a user word and "pada/di akun": "akun @ErSurnia", "netizen pada akun @qayla.shop19"
_HANDLE_AFTER_RE = regex.compile(r"(?:[ \t]+(?:pada|di|lewat|melalui)[ \t]+akun(?:nya)?)?[ \t]+(@[\p{L}\d_.]+)")
_HANDLE_RE = regex.compile(r"[ \t]+(@[\p{L}\d_.]+)")
ADDRESSEE_OPENERS = words("addressee_openers")  # "dengan", "kepada": before whom one talks to
#: How far back (characters) the entity a demonstrative description of a kind stands for is looked for.
KIND_WINDOW = 2000
LEGAL_DOCUMENTS = word_table("legal_documents")  # "pasal" -> word, "uu" -> acronym
# a citation of a law: its head, then numbers, capitalised words and the words of a citation ("Peraturan
# Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1)", "UU Pemilu No. 7/2017 tentang Pemilihan Umum")
_CITE_TOKEN = r"(?:\d[\p{L}\d/.-]*|\([\p{L}\d]{1,4}\)|\p{Lu}[\p{L}\d-]*(?:/[\p{L}\d-]+)*|(?i:nomor|no\.|no|tahun|ayat|huruf|pasal|tentang|dan|jo\.))"
_CITATION_RE = regex.compile(
    r"(?i:(?<![\p{L}-])(" + "|".join(sorted((regex.escape(h) for h in LEGAL_DOCUMENTS), key=len, reverse=True)) + r"))(?![\p{L}-])"
    rf"((?:[ \t]+{_CITE_TOKEN})*)")
_CITE_TAIL_RE = regex.compile(r"(?i)(?:[ \t]+(?:dan|tentang|no\.?|nomor|tahun|jo\.))+$")
# a noun of a kind, which may introduce a name of that kind a few words on ("kelompok perokok Forest",
# "lembaga pemerhati kesehatan di Skotlandia, salah satunya adalah Ash Scotland")
_KIND_RES = {kind: regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(sorted((regex.escape(n) for n, k in KIND_NOUNS.items() if k == kind),
                                                                    key=len, reverse=True)) + r")(?![\p{L}])")
             for kind in set(KIND_NOUNS.values())}

# a name in brackets right after a pronoun, the writer's gloss of whom it stands for: "dia [Syahrini]",
# "Dia (Novel)"
_GLOSS = r"[ \t]*[\[(][ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*[\])]"
_GLOSS_RE = regex.compile(_GLOSS)
#: How far back inside a quotation a glossed pronoun ("Dia (Raffi) juga …") is looked for.
GLOSS_WINDOW = 1500


def _same_person(a: str, b: str) -> bool:
    """Do two resolved names stand for one person ("Raffi" and "Raffi Ahmad")?"""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def relation_in(role: str) -> str | None:
    """The relation a role opens with ("pengacara", "saudara kandung"), or None."""
    low = role.lower().split()
    return next((r for n in (2, 1) if len(low) >= n and (r := " ".join(low[:n])) in RELATIONS), None)


def _cite(m: regex.Match) -> str:
    """A citation match as written, without a trailing connector or number word and final full stop."""
    return _CITE_TAIL_RE.sub("", m.group(0)).rstrip(".")


def citation(text: str, pos: int = 0, endpos: int | None = None, at_start: bool = False) -> tuple[int, str] | None:
    """The first (or, ``at_start``, the opening) citation of a law in ``text[pos:endpos]``: (offset, the citation
    as written); one opened by an acronym only with a number or "tentang" in it ("PP PBSI" is none)."""
    for m in _CITATION_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        if at_start and m.start() != pos:
            return None
        cite = _cite(m)
        if LEGAL_DOCUMENTS[m.group(1).lower()] == "word" or regex.search(r"\d|(?i:tentang)", m.group(2)):
            return m.start(), cite
        if at_start:
            return None
    return None


def citations(text: str, pos: int, endpos: int) -> list[tuple[int, str]]:
    """Every citation of a law with a number in ``text[pos:endpos]`` ("UUD 1945 Pasal 28D ayat 1"), in order."""
    out = []
    for m in _CITATION_RE.finditer(text, pos, endpos):
        if regex.search(r"\d", m.group(2)):
            out.append((m.start(), _cite(m)))
    return out


class KindRules:
    """Rules of :class:`~.coreference.Resolver` (it provides ``text``, ``lex``, ``names``, ``places``,
    ``disabled``, ``_recent``, ``_remember``, ``_resolve_phrase``, ``_mention_start``)."""

    def relation_of_person(self, mention: str, role: str, name: str, offset: int):
        """A relation to a named person (rule ``relation-of-person``): "Pengacara Yingluck", "istri Ali",
        "tetangga Aaron" are not Yingluck, Ali or Aaron.  The person the text names with that relation to them
        ("Sunan Kalijaga, kuasa hukum Taqy Malik"), else the relation as a description ("pengacara Yingluck
        Shinawatra").  An office (office_relations.tsv) is a relation only when the person named after it
        holds another title in the text: "pengacara Fredrich Yunadi" is a lawyer.  None when not such a
        mention."""
        rel = relation_in(role) if "relation-of-person" not in self.disabled else None
        if rel is None:
            return None
        names = self.names
        cut = names.trim_prefix(names.trim_common(_typed_cut(name, names.types, self.places)))
        person = names.fullest(cut, offset)
        pw = person.split()
        if not (cut in names.persons or (len(pw) >= 2 and pw[0].lower() not in ORG_WORDS | PLACE_WORDS and not person.isupper())) \
                or names.entity_type(person) in {"ORG", "LOC"} or person.lower() in names.gazetteer:
            return None  # "juru bicara Kementerian Luar Negeri": an office of an organisation
        lo = bisect.bisect_left(names.titled_offsets, self._mention_start - 20_000)
        hi = bisect.bisect_left(names.titled_offsets, self._mention_start)
        # ("Kuasa hukum aktor Harrison Ford": a person noun in lower case in the mention, after the office, is the named
        # person's own role and makes it a relation too; a capitalised title may be the office's, "Juru Bicara
        # Presiden Johan Budi")
        own_title = any(w.islower() and w in PERSON_NOUNS for w in role.split()[len(rel.split()) :])
        if rel in OFFICE_RELATIONS and not own_title and not any(
                relation_in(t) is None and _same_person(names.fullest(n, off), person)
                for off, t, n in names.titled[max(lo, hi - RELATION_WINDOW) : hi]):
            return None  # "pengacara Fredrich Yunadi": the lawyer himself
        rel_words = set(rel.split())
        own = {w.lower() for w in person.split()}
        roles, offs = names.roles, names.role_offsets
        k = bisect.bisect_left(offs, self._mention_start)
        for off, got, holder in roles[max(0, k - RELATION_WINDOW) : k + RELATION_WINDOW]:
            if rel_words <= got and got & own and not _same_person(names.fullest(holder, off), person):
                # "kuasa hukum Taqy Malik, Sunan Kalijaga": the one who holds the relation
                return self._remember(offset, mention, names.fullest(holder, off), "person", mention)
        first = role.split()[0]
        desc = (first.lower() if first.lower() in self.lex.titles or first.lower() in RELATIONS | RELATION_HEADS else first)
        desc = " ".join([desc] + role.split()[1:] + [person])
        return self._remember(offset, mention, desc, "anonymous", None)

    def talked_about(self, source: tuple[int, int], quote_start: int, quoted: str) -> tuple[str, str] | None:
        """A third-person pronoun inside a quotation whose speaker is ``quoted`` (rule ``pronoun-in-quote``): it
        stands for someone else.  The name the writer glosses it with ("dia [Syahrini] mengabari …"), or an
        earlier pronoun of the quotation ("Dia (Raffi) juga … dia bilang ' …'"), else the latest person named
        before it other than the one quoted, as (speaker, kind); None when there is none (the usual resolution
        stands)."""
        s, e = source
        third = self.lex.pronouns.get("third", frozenset())
        m = _GLOSS_RE.match(self.text, e)
        name = m.group(1) if m else None
        if name is None:
            for g in regex.finditer(r"(?<![\p{L}])(\p{L}+)" + _GLOSS, self.text, pos=max(quote_start, s - GLOSS_WINDOW), endpos=s):
                if g.group(1).lower() in third:
                    name = g.group(2)
        if name is not None:
            r = self._resolve_phrase(name, s, remember=False)
            if r.speaker and not _same_person(r.speaker, quoted):
                return r.speaker, r.kind or "person"
        if self.text[s:e].lower() not in SINGULAR_PERSONAL:
            return None  # "mereka": a group, not the latest person
        cands = [(off, sp) for off, _m, sp, k in self._recent()
                 if k == "person" and off < s and s - off < 3000 and not _same_person(sp, quoted)]
        i = bisect.bisect_left(self.names.offsets, s)
        for off, n in reversed(self.names.names[max(0, i - 50) : i]):
            full = self.names.fullest(n, off)
            if self.names.personal(full) and full.lower() not in self.names.gazetteer and not _same_person(full, quoted):
                cands.append((off, full))
                break
        # the one the quoted speaker talked to, named by a noun in the quotation's own sentence ("Saya berbicara
        # dengan wasit …, ia mengatakan …"): nearer than anyone named before the quotation (a noun before a name
        # leaves the name the candidate)
        sentence = max(quote_start, self.text.rfind(". ", quote_start, s) + 2)
        for w in regex.finditer(r"(?<![\p{L}-])(\p{Ll}+)[ \t]+(\p{Ll}+)(?![\p{L}-])[ \t]*(\p{Lu})?", self.text, pos=sentence, endpos=s, overlapped=True):
            if w.group(1) in ADDRESSEE_OPENERS and w.group(2) in PERSON_NOUNS and w.group(3) is None:
                cands.append((w.start(2), w.group(2)))
        if not cands:
            return None
        return max(cands)[1], "person"

    def kind_anaphor(self, mention: str, words_: list[str], offset: int):
        """A demonstrative description of a kind of entity (rule ``kind-anaphor``, kind_nouns.tsv): "negara
        tersebut" after "Pemerintah AS …", "Lembaga ini" after "…, salah satunya adalah Ash Scotland", "perusahaan
        asal Taiwan tersebut" after "Acer yang …": the latest entity of that kind before it within
        ``KIND_WINDOW``: a sentence subject, a speaker, or a name a noun of that kind introduces.  None when the
        text names none (the description stands)."""
        if (_head(mention) in RELATION_HEADS and words_ and words_[-1].lower() in DETERMINERS
                and (holder := role_holder(self.names, _head(mention), self._mention_start))):
            # "kata pengacara tersebut" after "Pengacara Tamimi, Gaby Lasky, mengatakan": the one who holds the
            # relation (its role words), not the person it is a relation of
            return self._remember(offset, mention, holder, "person", None)
        kind = KIND_NOUNS.get(_head(mention)) if "kind-anaphor" not in self.disabled else None
        if kind is None or not words_ or words_[-1].lower() not in DETERMINERS:
            return None
        start = self._mention_start
        lo = max(0, start - KIND_WINDOW)
        best = None
        cands = [(off, ph) for off, ph in self._subjects_between(lo, start)
                 if not (self._current and self._current[0] <= off < self._current[1])]
        cands += [(off, sp) for off, _m, sp, _k in self._recent() if lo <= off < offset]
        if kind == "pair":  # "Pasangan selebriti ini": the two people named together last
            pair = self.named_pair(lo, start)
            return self._remember(offset, mention, pair, "person", None) if pair else None
        if kind == "document":  # "pasal itu": the latest citation of a law that names one ("UUD 1945 Pasal 28D ayat 1")
            head = _head(mention)
            found = [c for c in citations(self.text, lo, start) if head in c[1].lower()]
            return self._remember(offset, mention, found[-1][1], "document", None) if found else None
        offs = self.names.offsets
        unnamed = -1  # the latest "sebuah organisasi buruh swasta": one of the kind the text does not name
        for m in _KIND_RES[kind].finditer(self.text, lo, start):
            i = bisect.bisect_left(offs, m.end())
            named = False
            for off, n in self.names.names[i : i + 4]:  # the first name of that kind a few words on
                if off >= start or off - m.end() > 100 or _STOP_SPACE_RE.search(self.text, m.end(), off):
                    break
                if self._of_kind(n, kind, off, introduced=True):
                    cands.append((off, n, True))
                    named = True
                    break
            if not named and _word_before(self.text, m.start()) in INDEFINITES:
                unnamed = m.start()
        if kind == "country":  # a country named as a state: "Rycroft menyeru Pemerintah AS …"
            names = self.names.names
            for off, n in names[bisect.bisect_left(offs, lo) : bisect.bisect_left(offs, start)]:
                head, _, rest = n.partition(" ")
                if (head.lower() in STATE_HEADS and rest.lower() in COUNTRIES) or (
                        n.lower() in COUNTRIES and _word_before(self.text, off) in STATE_HEADS):
                    cands.append((off, n))
        for off, phrase, *introduced in sorted(cands, reverse=True):
            if off < unnamed:
                return None  # "… dipengaruhi oleh sebuah organisasi buruh swasta. … organisasi pekerja tersebut"
            if (best := self._of_kind(phrase, kind, off, bool(introduced))) is not None:
                return self._remember(offset, mention, best[0], best[1], None)
        return None

    def _of_kind(self, phrase: str, kind: str, offset: int, introduced: bool = False) -> tuple[str, str] | None:
        """(name, speaker kind) when ``phrase`` names an entity of ``kind``: a country of countries.tsv (also
        as "Pemerintah AS"); an outlet (a medium the lexicon knows); an organisation: a capitalised name that
        is no person (none the text gives a title or a role, or uses alone for a person) and no place (a
        name a noun of the kind ``introduced``, "klub kasta kedua Australia, South Melbourne", may be named
        after one)."""
        low = phrase.lower()
        if not phrase[:1].isupper() or len(phrase) < 2 or (kind != "country" and (
                low in COUNTRIES or low in self.lex.places or low in self.names.gazetteer
                or (introduced and _word_before(self.text, offset) in LOCATIVE_WORDS))):
            return None  # "lembaga pemerhati kesehatan di Skotlandia, …": where, not what
        ws = phrase.split()
        if kind == "country":
            name = " ".join(ws[1:]) if len(ws) > 1 and ws[0].lower() in STATE_HEADS else phrase
            if name.lower() not in COUNTRIES:
                return None
            full = self.names.fullest(name, offset)  # "AS" -> "Amerika Serikat"
            return (full if full.lower() in COUNTRIES else name), "organisation"
        r = self._resolve_phrase(phrase, offset, remember=False)
        sp = r.speaker or ""
        if not sp[:1].isupper() or len(sp) < 2 or r.role is not None or r.kind in {"document", "anonymous"} or self._personish(sp, typed=not introduced):
            return None  # a name a noun of the kind introduces is of that kind whatever the entity model says ("Ash Scotland")
        if kind == "outlet":  # "media tersebut" after "Channel 4 menyebut …": a medium the lexicon knows or named so
            medium = r.kind == "outlet" or any(w in MEDIA_NAME_WORDS for w in sp.split()) or sp.split()[0] == "The"
            return (sp, "outlet") if medium else None
        low = sp.lower()
        if low in self.lex.places or low in COUNTRIES or low in self.names.gazetteer or sp.split()[0].lower() in PLACE_WORDS or (
                not introduced and self.names.entity_type(sp) == "LOC"):
            return None
        return sp, (r.kind if r.kind == "outlet" else "organisation")

    def _personish(self, name: str, roles: bool = True, typed: bool = True) -> bool:
        """Does the text show ``name`` to be a person's: a title (or, with ``roles``, a role) given to it, the
        name used alone for a person, or (with ``typed``) a person's entity type?"""
        names = self.names
        people = self.__dict__.get("_people")
        if people is None:
            people = self.__dict__["_people"] = (
                {names.fullest(n, off) for off, _t, n in names.titled}, {names.fullest(n, off) for off, _g, n in names.roles})
        typ = names.entity_type(name) if typed else None
        return typ == "PER" or (typ != "ORG" and (name in people[0] or (roles and name in people[1]) or name in names.persons))

    def document_name(self, mention: str, offset: int):
        """A law cited as a speaker (rule ``document-name``): the whole citation as written, numbers and brackets
        included ("Peraturan Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1)", not "Ayat"; "Pasal 16 Undang-Undang
        Nomor 18 Tahun 2003 tentang Advokat", not "UU Advokat"), of kind document, which no "dia" or "-nya" takes
        up.  None when ``mention`` opens with no citation, or is a demonstrative ("pasal itu": kind-anaphor)."""
        if "document-name" in self.disabled:
            return None
        words_ = mention.split()
        if not words_ or words_[-1].lower() in DETERMINERS:
            return None
        hit = citation(mention, 0, at_start=True)
        if hit is None or not (regex.search(r"\d", hit[1]) or hit[1] == mention.strip().rstrip(",.")):
            return None  # "peraturan artikel": a phrase cut before its number, not a citation
        return self._remember(offset, mention, hit[1], "document", None)

    def issued_statement(self, mention: str, offset: int):
        """A statement noun whose issuer the text names right after it (rule ``issued-statement``): "bunyi
        pernyataan tertulis [yang dikeluarkan Linkin Park]" is Linkin Park's.  None otherwise."""
        words_ = mention.split()
        if "issued-statement" in self.disabled or not words_ or words_[-1].lower() in DETERMINERS:
            return None
        if words_[0].lower() not in STATEMENT_NOUNS:
            return None
        lo, hi = self._mention_start, self._mention_start + len(mention)
        for off, _noun, phrase in self.issuers:
            if lo <= off < hi:
                return self._resolve_phrase(phrase, offset)
        return None

    def account_handle(self, mention: str | None, end: int, cue_end: int | None, offset: int):
        """A social-media account as the speaker (rule ``account-handle``): "tulis akun @ErSurnia", "tulis netizen
        pada akun @qayla.shop19", "tulis @haribrur31" is the handle, which no source mention holds.  None otherwise."""
        if "account-handle" in self.disabled:
            return None
        if mention and mention.split()[-1].lower() in ACCOUNT_WORDS:
            m = _HANDLE_AFTER_RE.match(self.text, end)
        elif mention is None and cue_end is not None:
            m = _HANDLE_RE.match(self.text, cue_end)  # the handle right after a post-posed cue
        else:
            return None
        return self._remember(offset, mention or "", m.group(1).rstrip("."), "person", None) if m else None
