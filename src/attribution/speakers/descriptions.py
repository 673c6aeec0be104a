"""Descriptions of a speaker, resolved through the entity layer: the role the text gave a named person
("ujar desainer tersebut" after "desainer Rinaldy Ayunardi"), epithets and agent nouns that refer back
("Pelantun ‘Bolo - Bolo’ ini", "jutawan asal Jordania itu"), a role before a person's name ("aktor senior
Ray Sahetapy"), a relation with the clitic ("keluarganya" → "keluarga Chris Cornell") and a title whose
capitalised tail is an organisation, not a name ("Mantan Kabid Humas Polda Jawa Timur itu").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..detect.sources import DETERMINERS, QUANTIFIERS, TIME_WORDS, clean_description, split_role, time_before_demonstrative, title_prefix
from ..lexicon import words
from .names import (ANON_WORDS, COMMON_WORDS, CONNECTIVE_WORDS, DOC_WORDS, LOWER_WORDS, _NOMINAL_RE, EPITHETS, MENTION_OPENERS, NAME_CONNECTORS, ORG_WORDS, PLACE_WORDS,
                    NameIndex, _head, _plural, _typed_cut, mention_kind, role_holder, CASE_ROLE_NOUNS)

INDEFINITES = words("indefinites")
EPITHET_MARKERS = words("epithet_markers")
NOT_AGENT_NOUNS = words("not_agent_nouns")
# Indonesian agent nouns: pe(N)- + a root without -an ("pemain", "pelantun", "peraih", "pengusaha"), and
# -wan / -wati ("jutawan", "wartawan", "olahragawati")
_AGENT_NOUN_RE = regex.compile(r"^(?:pe(?:ng|ny|m|n|r|l)?\p{Ll}{3,}(?<!an)|\p{Ll}{3,}(?:wan|wati))$")
EPITHET_PREFIXES = words("epithet_prefixes")
RELATIONAL_NOUNS = words("relational_nouns")
COLLECTIVE_NOUNS = words("collective_nouns")
NOT_SPEAKER_WORDS = words("not_speaker_words")
# words of an organisation's, a place's or a medium's name ("Media", "Harian"), never of a person's
NAMING_WORDS = words("naming_words")
TRAILING_ADVERBS = words("trailing_adverbs")
# a relative clause closed by a demonstrative between a source and its cue: "mantan artis| yang dulu memerani Naga
# Bonar ini |mengaku", "VJ MTV| yang sempat merambah dunia seni peran itupun |berharap"
_RELATIVE_RE = regex.compile(r"\s+yang\s+(?P<body>[^,.;:!?\"“”()\n]{1,160}?)\s+(?P<dem>" + "|".join(sorted(DETERMINERS))
                             + r")(?:pun)?(?P<adv>(?:\s+\p{L}+)*)\s*", regex.IGNORECASE)
# the same clause after a post-posed source, up to the end of its sentence: "…,” tambah pemain| yang kini memperkuat
# Persib Bandung itu|." (commas allowed: "… oleh sejumlah selebriti, seperti Andien, Rossa … ini")
_RELATIVE_POST_RE = regex.compile(r"\s+yang\s+(?P<body>[^.;:!?\"“”()\n]{1,200}?)\s+(?P<dem>" + "|".join(sorted(DETERMINERS))
                                  + r")(?P<adv>)\s*", regex.IGNORECASE)
_SENTENCE_STOP_RE = regex.compile(r"[.!?\n]")
NON_PERSON_WORDS = ORG_WORDS | PLACE_WORDS | frozenset(w.lower() for w in words("media_name_words"))


def _topic_not_person(phrase: str) -> bool:
    """A subject no person is named by: headed by a nominalisation ("Peringatan Hari Kartini", "Kunjungan …"; a
    document's name, "Peraturan …", is another matter) or made of words news writes in lower case only."""
    low = phrase.lower().split()
    return bool(low) and ((_NOMINAL_RE.match(low[0]) is not None and low[0] not in DOC_WORDS)
                          or all(w in LOWER_WORDS or w in COMMON_WORDS for w in low))


NP_PREDICATES = words("np_predicates")
FORMER_WORDS = words("former_words")
ACCOUNT_WORDS = words("account_words")
CIRCUMSTANCE_PASSIVES = words("circumstance_passives")
RELAY_KEYS = words("relay_keys")
_CLAUSE_CUT_SHORT = DETERMINERS | TRAILING_ADVERBS | NP_PREDICATES  # a relative clause's last word that cuts it short
#: Words at most in a relative clause that an unnamed speaker's description keeps.
RELATIVE_WORDS = 12
# a plain relative clause after a source: up to the cue (before it) or to the clause's end (after it)
_PLAIN_RELATIVE_RE = regex.compile(r"[ \t]+yang[ \t]+(?P<body>[^,.;:!?\"“”()\n]{1,160}?)(?P<end>[ \t]*,?[ \t]*$|(?=[ \t]*[,.;:!?\"“”()\n]))")


_NAME_AFTER_RELATIVE_RE = regex.compile(r"[ \t]*,[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*[.\n]")


def relative_description(text: str, source: tuple[int, int], cue_start: int, speaker: str | None, names: NameIndex,
                         lex) -> str | None:
    """An unnamed speaker's description with the relative clause the text gives it (the spec's fullest description:
    "Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi …" → "sumber yang mengaku dekat dengan keluarga
    Gomez", "kata seorang pejabat yang tidak disebutkan namanya"); ``speaker`` as it is for a named speaker, one
    resolved to someone else, or a clause closed by a demonstrative (relative_mention's)."""
    head = speaker.split()[0].lower() if speaker else ""
    if not speaker or speaker[:1].isupper() and (not (head in names.common or head in COMMON_WORDS or head in LOWER_WORDS)
                                                 or any(w[:1].isupper() for w in speaker.split()[1:])):
        return speaker  # a proper name ("Rumor" opening a sentence is the common noun, "Indeks Keamanan Pangan" a name)
    mention = clean_description(text[source[0] : source[1]]).lower().split()
    if not mention or mention[0] in lex.pronouns["third"] or speaker.lower().split() != mention:
        return speaker  # resolved to an antecedent, or not the mention itself
    if 0 < cue_start - source[1] <= 200:
        m = _PLAIN_RELATIVE_RE.fullmatch(text, source[1], cue_start)
    elif cue_start < source[1]:
        m = _PLAIN_RELATIVE_RE.match(text, source[1], source[1] + 240)
        m = m if m is not None and m["end"] == "" else None
        named = _NAME_AFTER_RELATIVE_RE.match(text, m.end()) if m is not None else None
        if named and names.personal(named[1].rstrip(".")):
            return names.fullest(named[1].rstrip("."))  # "tukas petinggi Michelin yang bertanggung jawab atas …, Pierro Taramasso."
    else:
        return speaker
    if m is None:
        return speaker
    body = m["body"].split()
    if "yang" in body:
        body = body[: body.index("yang")]  # "pejabat yang tidak disebutkan namanya| yang dikutip oleh Reuters"
    if not body:
        return speaker
    low = [w.lower() for w in body]
    if (len(body) > RELATIVE_WORDS or low[-1] in _CLAUSE_CUT_SHORT or low[-1] in lex.pronouns["third"]
            or low[0] in CIRCUMSTANCE_PASSIVES or any(k in w for w in low for k in RELAY_KEYS)):
        # a clause cut short before its predicate ("pihak yang akhirnya …"), or how the statement was relayed or
        # the speaker reached ("sumber yang dikutip oleh Reuters", "rekan korban yang dimintai keterangannya"): the
        # description alone
        return speaker
    return f"{speaker} yang {' '.join(body)}"


def described_person(names: NameIndex, mention: str, offset: int) -> str | None:
    """The person a definite description stands for, by the role the text gave them: its head noun among
    the words around an earlier name ("ujar desainer" after "desainer Rinaldy Ayunardi"); nobody for a
    description that introduces someone ("seorang warga", "beberapa sumber") or names a document or an
    organisation."""
    low = mention.lower().split()
    if not low or low[0] in INDEFINITES:
        return None
    ws = [w for w in low if w not in QUANTIFIERS and w not in DETERMINERS and w not in EPITHET_PREFIXES]
    if not ws or ws[0] in DOC_WORDS | ORG_WORDS | ANON_WORDS | COLLECTIVE_NOUNS or _plural(mention):
        return None
    return role_holder(names, ws[0], offset)


#: How far back a case role alone ("Pelaku mengaku …") looks for the person named with it.
CASE_ROLE_WINDOW = 3000


@lru_cache(maxsize=64)
def _case_role_re(role: str) -> "regex.Pattern[str]":
    # "tersangka An", "pelaku berinisial AMR", "korban D (11)", "Terdakwa korupsi proyek …, Fahd El Fouz" (a lower-case
    # stretch of up to eight words and a comma between the role and the name)
    return regex.compile(r"(?<![\p{L}-])(?i:" + regex.escape(role) + r")(?:[ \t]+(?:berinisial|bernama|yakni|yaitu))?"
                         r"(?:(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,8},)?[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})")


def _named_with_case_role(names: NameIndex, role: str, offset: int, titles: frozenset[str]) -> str | None:
    """The person the text named last with the case role ``role`` (case_role_nouns.tsv) before ``offset``, within
    CASE_ROLE_WINDOW characters: "Tersangka mengaku …" after "oleh tersangka An"."""
    lo = max(0, offset - CASE_ROLE_WINDOW)
    for m in reversed(list(_case_role_re(role).finditer(names.text, lo, offset))):
        name = m.group(1)
        first = name.split()[0]
        if first.lower() in COMMON_WORDS or first.lower() in titles or names.types.get(first) in {"ORG", "LOC"}:
            continue  # "korban Kecelakaan …", "tersangka Polisi …": no person's name
        return names.fullest(name, offset)
    return None


def role_then_name(names: NameIndex, words: list[str], offset: int) -> tuple[str, str] | None:
    """(role, full name) of a description that ends in a person's name: "Desainer Rinaldy Ayunardi" (a common
    noun capitalised at the start of a sentence), "aktor senior Ray Sahetapy"; and an office named by its
    organisation before the person ("Kementerian Perindustrian Achmad Sigit Dwiwahjono", the last part of a long
    title with commas)."""
    if len(words) >= 4 and words[0].lower() in ORG_WORDS and all(w[:1].isupper() for w in words):
        for n in (3, 2):
            tail = " ".join(words[-n:])
            if names.personal(tail) and not any(w.lower() in ORG_WORDS or w.isupper() for w in words[-n:]):
                full = names.fullest(tail, offset)
                if any(w.lower() in ORG_WORDS for w in full.split()):
                    full = tail  # the index may hold the whole run, organisation included
                return " ".join(words[:-n]), full
    k = 0
    while k < len(words) and (not words[k][:1].isupper() or words[k].lower() in names.common):
        k += 1
    e = k
    while e < len(words) and (words[e][:1].isupper() or (words[e] in NAME_CONNECTORS and e > k)):
        e += 1
    # the name may be followed by a second role in lower case: "saksi I Made Rai Sugiarta satpam Teras Hotel"
    tail = words[k:e]
    if e < len(words) and not words[e][:1].islower():
        return None
    if 0 < k and words[k - 1].lower() == "di" and len(tail) >= 3 and names.personal(" ".join(tail[1:])):
        k, tail = k + 1, tail[1:]  # "tokoh masyarakat di Kuranji Hasan Basri Ibrahim": the place, then the person
    if not (0 < k and len(tail) >= 2 and all(w[:1].isupper() and (not w.isupper() or len(w) == 1) for w in tail)
            and names.personal(" ".join(tail))):
        return None
    name = names.trim_prefix(_typed_cut(" ".join(tail), names.types, names.places))
    full = names.fullest(name, offset)
    if full.endswith(" " + name) and full[: -len(name)].split() == words[k - 1 : k]:
        full = name  # the index holds the place cut off before it as part of the run
    return " ".join(words[:k]), full


def personlike(head: str, words_: list[str]) -> bool:
    """Could a description with this head noun be an epithet for a person: an epithet noun, an agent noun
    (pe(N)- root, -wan) or any head with an epithet word (asal, kelahiran, mantan, muda …)?"""
    low = [w.lower().strip("‘’'\"“”") for w in words_]
    return head in EPITHETS or (
        head not in NOT_AGENT_NOUNS and head not in DOC_WORDS | ORG_WORDS | ANON_WORDS
        and bool(_AGENT_NOUN_RE.match(head) or any(w in EPITHET_MARKERS for w in low)))


#: How far back (characters) the holder of an office named without a person is looked for.
OFFICE_WINDOW = 3000
# the name after an office written out ("Wakil Ketua MPR (…), Mahyudin"): compiled once, the office's own
# pattern per mention (compiling this part each time cost more than matching it)
_NAME_AFTER_OFFICE_RE = regex.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?,?[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})")


class DescriptionRules:
    """The description rules of :class:`~.coreference.Resolver` (it provides ``names``, ``lex``, ``text``,
    ``previous``, ``_remember``, ``_resolve_phrase``, ``_mention_start`` and ``_current``)."""

    def named_person_subjects(self, offset: int) -> list[tuple[int, str]]:
        """(offset, person) of the named sentence subjects before the mention, within a bounded stretch back; a lone
        name news writes for a team, a country or a city is no person ("Argentina memang berhasil unggul …" before
        "tegas pahlawan rakyat Naples itu")."""
        out = []
        for off, phrase in self._subjects_between(offset - 2999, min(offset, self._mention_start)):
            if _topic_not_person(phrase):
                continue  # "Peringatan Hari Kartini …", "Harta Benda": an event or a thing heads the sentence
            if mention_kind(phrase, self.lex, self.names.common) == "name":
                r = self._resolve_phrase(phrase, offset, remember=False)
                if r.kind == "person" and r.speaker and r.speaker not in self.names.calendar and not (
                        " " not in r.speaker and self.lex.name_types.get(r.speaker) in {"ORG", "LOC"}):
                    # (not the name of a time: "Menyambut bulan Ramadhan …")
                    out.append((off, r.speaker))
        return out

    def person_candidates(self, offset: int, words_: list[str]) -> list[tuple[int, str]]:
        """(offset, person) an epithet may stand for: a previous speaker or a named sentence subject, within a
        bounded stretch back; not what a document said ("pemberitaan Media Australia"), not a name all of whose
        words are an organisation's or a place's ("Borussia Dortmund"), not a person named inside the epithet
        ("istri pebalap Ananda Mikola itu" is not Ananda Mikola)."""
        cands = [(o, sp) for o, m, sp, k in self._recent() if k == "person" and o < offset and offset - o < 3000
                 and _head(m) not in DOC_WORDS | ACCOUNT_WORDS]  # (nor an account: "Akun itu menambahkan …")
        cands += self.named_person_subjects(offset)
        return [c for c in cands if not all(w in words_ or w in self._clause_words for w in c[1].split())
                and not self._typed_non_person(c[1])]

    _in_earlier = False
    _clause_words: frozenset[str] = frozenset()

    def _typed_non_person(self, name: str) -> bool:
        """Is every word of ``name`` an organisation's, a place's or a medium's ("Borussia Dortmund", "Media
        Australia"), by the document's entity types, the usual types of name_types.tsv and the lexicon's words?"""
        types, usual = self.names.types, self.lex.name_types
        return all((types.get(w) or usual.get(w)) in {"ORG", "LOC"} or w.lower() in NON_PERSON_WORDS
                   or w.lower() in self.lex.places for w in name.split()) and name not in self.names.persons \
            and name.split()[-1] not in self.names.persons  # "Arema FC Esteban Vizcarra" … "kata Vizcarra": a person

    def _earlier_anaphor(self, phrase: str, off: int) -> str | None:
        """The person an earlier subject with the same head stands for when it is itself a demonstrative
        description ("Mantan Kasad itu ditenggarai …" before "Mantan Pangkostrad ini mengaku …"): resolved where it
        stands, one step back only; None unless that is a person's name."""
        if self._in_earlier or mention_kind(phrase, self.lex, self.names.common) != "anaphor":
            return None
        saved = self._mention_start, self._current
        self._in_earlier, self._mention_start, self._current = True, off, None
        try:
            r = self._resolve_phrase(phrase, off, remember=False)
        finally:
            self._in_earlier = False
            self._mention_start, self._current = saved
        return r.speaker if r.kind == "person" and r.speaker and self.names.personal(r.speaker) else None

    def relative_mention(self, mention: str, end: int, cue_start: int) -> str:
        """The mention a source ending at ``end`` stands for when a relative clause closed by a demonstrative
        follows it up to the cue at ``cue_start``: the name the clause gives ("Wanita yang memiliki nama asli
        Melody Nurramdhani Laksani itu berujar"), else the description with its demonstrative, an epithet for
        someone named before ("mantan artis yang dulu memerani Naga Bonar ini mengaku" → "mantan artis ini");
        a person's own name is left as it is ("Dedi Mulyadi yang juga Bupati Purwakarta itu")."""
        self._clause_words = frozenset()  # the names inside the clause are no candidates for the epithet
        self._post_relative = False
        if not mention:
            return mention
        if 0 < cue_start - end <= 200:
            m = _RELATIVE_RE.fullmatch(self.text, end, cue_start)
        elif cue_start < end and (stop := _SENTENCE_STOP_RE.search(self.text, end, end + 240)):
            m = _RELATIVE_POST_RE.fullmatch(self.text, end, stop.start())  # the cue before the source
            self._post_relative = m is not None
        else:
            return mention
        if m is None or any(w.lower() not in TRAILING_ADVERBS for w in m["adv"].split()):
            return mention
        body = m["body"].split()
        if time_before_demonstrative(body[-1], body[-2] if len(body) > 1 else None):
            return mention  # "Survei yang dilakukan Survation pekan ini": a time adjunct
        for k, w in enumerate(body[:-1]):
            if w.lower() in NAMING_WORDS and body[k + 1][:1].isupper():
                run = []
                for x in body[k + 1 :]:
                    if not x[:1].isupper():
                        break
                    run.append(x)
                name = " ".join(run)
                if len(run) > 1 or name in self.names.aliases or self.names.fullest(name) != name:
                    return name
                break  # a nickname the text gives only here ("Pelatih yang akrab disapa Djanur itu"): the epithet's person
        words_ = mention.split()
        if words_[-1].lower() in DETERMINERS or words_[0].lower() in INDEFINITES | QUANTIFIERS or any(
                all(w[:1].isupper() for w in words_[-n:]) and self.names.personal(" ".join(words_[-n:])) for n in (3, 2, 1)) or (
                len(words_) >= 3 and words_[0].lower() in self.lex.titles and all(w[:1].isupper() for w in words_[-2:])):
            return mention  # a person named (or titled, whatever the model tags the name): the demonstrative is the
            # clause's ("Profesor psikologi McGill University Jens Pruessner yang terlibat dalam penelitian ini")
        self._clause_words = frozenset(w for w in body if w[:1].isupper())
        return f"{mention} {m['dem'].lower()}"

    _post_relative = False

    def epithet_head(self, head: str, words_: list[str]) -> bool:
        """Does a demonstrative description with this head stand for a person named before: a person-like head
        (:func:`personlike`), or any head of no organisation, place, medium or document after the cue with a
        relative clause closed by the demonstrative ("…,” sambung figur yang begitu melegenda di klub Napoli
        ini": news describes the person it quotes so)?"""
        return personlike(head, words_) or (
            self._post_relative and head not in DOC_WORDS | ORG_WORDS | ANON_WORDS | NON_PERSON_WORDS | COLLECTIVE_NOUNS
            and _NOMINAL_RE.match(head) is None)  # not a nominalisation ("penelitian yang dilansir … ini")

    def bare_role_holder(self, mention: str, words_: list[str]) -> str | None:
        """A bare role noun stands for the person the text gave that role, even a word of unnamed speakers:
        "saksi memberitahukan …" after "keterangan saksi I Made Rai Sugiarta"."""
        if len(words_) != 1 or (low := words_[0].lower()) not in self.names.common or low in DOC_WORDS | ORG_WORDS \
                or low in COLLECTIVE_NOUNS or _plural(mention):  # "Polisi menyebut …": the police, no officer
            return None
        if low in CASE_ROLE_NOUNS and (named := _named_with_case_role(self.names, low, self._mention_start, self.lex.titles)) is not None:
            return named  # "Tersangka mengaku …" after "oleh tersangka An"
        return role_holder(self.names, low, self._mention_start)

    def _description(self, mention: str, words_: list[str], offset: int):
        if words_[-1].lower().endswith("nya"):
            rel = [w.lower() for w in words_ if w.lower() not in QUANTIFIERS]
            noun = " ".join(rel)[:-3]
            if noun in RELATIONAL_NOUNS:
                owner = self.previous(offset, singular=True, speaking=True)
                if owner is None and (name := self.names.last_before(self._mention_start, short_forms=True)):
                    owner = (name, "person")
                if owner and owner[1] == "person":  # "keluarganya" → keluarga Chris Cornell
                    return self._remember(offset, mention, f"{noun} {owner[0]}", "anonymous", None)
        named = role_then_name(self.names, words_, offset)
        if named:  # "Desainer Rinaldy Ayunardi", "aktor senior Ray Sahetapy"
            return self._remember(offset, mention, named[1], "person", named[0])
        holder = described_person(self.names, mention, self._mention_start)
        if holder:  # "tambah pemain asal Brasil" after "pemain asal Brasil Dani Alves"
            return self._remember(offset, mention, holder, "person", clean_description(mention))
        return None

    def _named_part(self, phrase: str) -> str:
        """The name after a title ("Kapolsek Tambora Kompol Slamet Riyadi" → "Slamet Riyadi": the place
        belongs to the office), else the phrase itself ("Misi PBB di Irak" is headed by the mission)."""
        words = phrase.split()
        if title_prefix(words, self.lex):
            role, name = split_role(phrase, self.lex, self.places)
            if role and name and len(name.split()) >= 2:
                return name
        return phrase

    def office_holder(self, mention: str) -> str | None:
        """The person named earlier with the office a mention gives without a name: a title and the organisation
        it is of, written out or as its acronym ("kata Wakil Ketua MPR" after "Wakil Ketua Majelis
        Permusyawaratan Rakyat (MPR) Mahyudin mengatakan"), within OFFICE_WINDOW characters back."""
        words_ = mention.split()
        tp = title_prefix(words_, self.lex)
        org = " ".join(words_[tp:])
        if not (0 < tp < len(words_) <= tp + 4 and org[:1].isupper()) or not (
                org in self.names.acronyms or org in self.names.acronyms.values() or (org.isupper() and len(org) >= 2)
                or org.split()[0].lower() in ORG_WORDS or self.names.entity_type(org) == "ORG"):
            return None  # an organisation after the title ("Wakil Ketua MPR"), not a name ("Menlu Retno")
        forms = {org} | {a for a, full in self.names.acronyms.items() if full == org} | (
            {self.names.acronyms[org]} if org in self.names.acronyms else set())
        title = " ".join(words_[:tp])
        pattern = r"(?i:" + regex.escape(title) + r")[ \t]+(?:" + "|".join(regex.escape(f) for f in sorted(forms)) + ")"
        start = self._mention_start
        window = self.text[max(0, start - OFFICE_WINDOW) : start]
        found = [m for o in regex.finditer(pattern, window) if (m := _NAME_AFTER_OFFICE_RE.match(window, o.end()))]
        for m in reversed(found):
            name = m.group(1)
            first = name.split()[0].lower()
            if not (self._typed_non_person(name) or name.lower() in self.names.common or first in self.lex.titles
                    or first in TIME_WORDS):  # "Menko PMK, Senin (…)": a day, no name
                return self.names.fullest(name, start)
        return None

    def _named_with_office(self, mention: str, offset: int):
        """A name with its office or affiliation after "selaku", "sebagai" or "dari": the named person; an office
        named without a person: its holder named before (:meth:`office_holder`)."""
        if (holder := self.office_holder(mention)) is not None:
            return self._remember(offset, mention, holder, "person", None)
        for link in (" selaku ", " sebagai "):
            # "Debby Chynthia Dewi selaku Ketua Dewan Pembina Parfi 56": the named person holds the office
            head, _, office = mention.partition(link)
            if office and head[:1].isupper() and mention_kind(head, self.lex, self.names.common) == "name":
                r = self._resolve_phrase(head, offset, remember=False)
                return self._remember(offset, mention, r.speaker, r.kind, office)
        if " dari " in mention:
            # "Fariz Alniezar dari Kesekjenan PBNU", "Presiden dari Istana Kepresidenan Bogor": the person
            # before the affiliation or the place
            head = mention.split(" dari ", 1)[0]
            hw = head.split()
            tp = title_prefix(hw, self.lex)
            # a bare title, or a name without one; "Wakil Ketua Baleg DPR dari Fraksi PPP Achmad Baidowi"
            # names the person after the affiliation
            rest = " ".join(hw[tp:])
            if (hw and tp == len(hw)) or (len(hw) - tp >= 2 and all(w[:1].isupper() for w in hw[tp:])
                                          and (tp == 0 or (self.names.personal(rest) and not any(w.isupper() for w in hw[tp:])))
                                          and mention_kind(rest, self.lex, self.names.common) == "name"):
                # "Grand Master Alejandro Ramirez dari AS": a title, then a person's name, then where from
                r = self._resolve_phrase(head, offset, remember=False)
                return self._remember(offset, mention, r.speaker, r.kind, r.role)
        return None

    def _role_and_name(self, mention: str, words_: list[str], offset: int):
        """A description with no title before it and no comma in it, holding a person's name between roles:
        the name speaks ("saksi I Made Rai Sugiarta satpam Teras Hotel")."""
        if "," in mention or title_prefix(words_, self.lex):
            return None
        named = role_then_name(self.names, words_, offset)
        return self._remember(offset, mention, named[1], "person", named[0]) if named else None

    def _no_speaker(self, speaker: str | None) -> bool:
        """Is ``speaker`` no one: a connective, a preposition or a piece of a rank that a wrongly cut source
        phrase left ("Meski", "Ajun"), or a word of time ("tahun" from "20 tahun ini")?"""
        if not speaker or " " in speaker or speaker in self.names.persons:
            return False
        return speaker.lower() in NOT_SPEAKER_WORDS | CONNECTIVE_WORDS | MENTION_OPENERS

    def _fullest_description(self, desc: str, offset: int) -> str:
        """The fullest description the document gives an unnamed speaker (the spec's rule): an earlier
        speaker or sentence subject that holds ``desc``'s words in order and shares its first word ("jaksa" →
        "jaksa penuntut umum dari Kejaksaan Tinggi Jawa Timur", "delegasi" → "delegasi AS di Irak")."""
        if not desc or not desc[:1].islower():
            return desc
        words_ = desc.split()
        best = desc
        cands = [sp for off, _m, sp, kind in self._recent() if off < offset and kind in {"anonymous", "document"}]
        cands += [clean_description(ph) for _off, ph in self._subjects_between(max(0, offset - 5000), offset)]
        for c in cands:
            cw = c.split()
            if not c or len(cw) <= len(best.split()) or cw[0].lower() != words_[0].lower() or len(cw) > 12:
                continue
            it = iter(w.lower() for w in cw)
            if all(w.lower() in it for w in words_):
                best = c[0].lower() + c[1:] if c[:1].isupper() and cw[0].lower() in self.names.common else c
        return best

    def _cut_after_name(self, mention: str) -> str:
        """"Agus mulai buka sejak pukul", "Sulaeman salah seorang warga …": a person's one-word name, then
        what the source phrase caught after it in lower case."""
        words_ = mention.split()
        if (len(words_) > 1 and words_[0] in self.names.persons and words_[1][:1].islower()
                and words_[1] not in NAME_CONNECTORS and words_[1].lower() not in DETERMINERS):
            return words_[0]
        return mention

    def _title_over_org(self, mention: str, name: str, offset: int):
        """A title over an organisation or a place ("Mantan Kabid Humas Polda Jawa Timur"): its holder named
        before, else with a demonstrative after it the person quoted before; None when ``name`` is a person's."""
        if not self._org_or_place(name):
            return None
        holder = (self.names.holder(mention.lower(), self._mention_start)
                  or described_person(self.names, mention, self._mention_start))
        end = self._mention_start + len(mention)
        after = self.text[end : end + 12].split()
        if holder is None and ((after and after[0].lower().strip(",.") in DETERMINERS)
                               or mention.split()[0].lower() in FORMER_WORDS):
            # "… Polda Jawa Timur itu menyatakan", "Mantan Direktur Pelaksana Bank Dunia menyatakan" (a former office
            # is a person's): the person quoted before
            prev = self.previous(offset, singular=True, speaking=True, person=True)
            holder = prev[0] if prev else None
        return self._remember(offset, mention, holder, "person", mention) if holder else None

    def _org_or_place(self, name: str) -> bool:
        """Is ``name`` (the capitalised words after a title) an organisation or a place rather than a person?
        Not when a word of it is a person's ("Israel Reuven Rivlin") or it is the document's short name for one."""
        words = name.split()
        types = self.names.types
        if any(types.get(w) == "PER" for w in words) or name in self.names.persons:
            return False
        tail = words[-2:]
        if len(words) >= 3 and not any(types.get(w) in {"ORG", "LOC"} or w.lower() in ORG_WORDS | PLACE_WORDS
                                       or w.isupper() for w in tail) and " ".join(tail).lower() not in self.lex.places and (
                name not in self.names.acronyms.values()):  # "Partai Amanat Nasional (PAN)": spelled out, an organisation
            return False  # "Provinsi Nangarhar Attaullah Khogyani": a place, then a person's two names
        return (name.lower() in self.lex.places or words[0].lower() in ORG_WORDS | PLACE_WORDS
                or any(types.get(w) in {"ORG", "LOC"} for w in words))

