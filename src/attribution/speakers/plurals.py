"""The speaker rule for a plural pronoun, mixed into :class:`~.coreference.Resolver` (``plural-pronoun``):
"mereka" stands for a group, never for one person named before it.  Its antecedent is the latest group
mentioned as a subject or as a speaker in the same or the previous paragraph: a plural phrase ("para
pebalap", "pejabat-pejabat"), a coordination ("pebalap dan tim", "Indonesia dan Australia"), an organisation
("Partai Demokrat", "Pihak Twitter") or a group noun ("panitia penjemputan", "warga setempat").
"""

from __future__ import annotations

import bisect

import regex

from ..lexicon import words
from ..outlets import outlet_name
from .descriptions import COLLECTIVE_NOUNS
from .mentions import clean_mention
from .names import FIRST_PERSON, ORG_WORDS, PRONOUNS_PL, PRONOUNS_SG, _plural, _word_before

#: the plural pronouns that have a group as antecedent ("mereka"; not "pihaknya", which is also singular)
GROUP_PRONOUNS = PRONOUNS_PL - PRONOUNS_SG
OBLIQUE_OPENERS = words("oblique_openers")
PAIR_PRONOUNS = words("pair_pronouns")
THING_NAME_WORDS = words("thing_name_words")
# a capitalised name and "dan" right before a subject: the first of two coordinated subjects ("Panitia Khusus
# Angket dan sejumlah anggota DPR", "Ryu dan Aldi")
_COORDINATED_BEFORE_RE = regex.compile(r"(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,5})[ \t]+dan[ \t]+$")
#: How far back (characters) the group a plural pronoun stands for is looked for (and never before the
#: previous paragraph).
PLURAL_WINDOW = 1000


def _thing_name(phrase: str) -> bool:
    """Does a word of ``phrase`` make it the name of an agreement, an event or a prize (thing_name_words.tsv)?"""
    return any(w.lower().strip("()") in THING_NAME_WORDS for w in phrase.split())


class PluralRules:
    """Mixed into the resolver: it provides ``subjects``, ``history``, ``contents``, ``names`` and
    ``_resolve_phrase``."""

    def group_phrase(self, phrase: str) -> bool:
        """Does ``phrase`` name a group rather than one person?"""
        words_ = phrase.split()
        if not words_:
            return False
        low0 = words_[0].lower()
        if low0 in PRONOUNS_SG | PRONOUNS_PL | FIRST_PERSON | OBLIQUE_OPENERS:
            return False  # "Mereka diduga …": the pronoun again, which names no one; "Melalui Instagram": no subject
        if _thing_name(phrase):
            return False  # "… Economic Partnership Agreement (IA - CEPA)", "Piala Presiden": a thing, not a group
        if _plural(phrase) or " dan " in phrase:
            return True  # "para pebalap", "pebalap dan tim"
        if low0 in ORG_WORDS | COLLECTIVE_NOUNS:
            return True  # "Partai Demokrat", "Tim kuasa hukum Ahok", "Panitia penjemputan"
        return self.names.entity_type(self._named_part(phrase)) == "ORG"

    def plural_antecedent(self, offset: int, mention: str = "mereka") -> tuple[str, str | None] | None:
        """The speaker "mereka" at the cue ``offset`` stands for: the latest group before the mention among
        the sentence subjects (not those inside reported speech) and the speakers, within
        :data:`PLURAL_WINDOW` and the same or the previous paragraph; None when there is none.  "Keduanya"
        (PAIR_PRONOUNS) is first the two people named together last ("Atep dan Tantan")."""
        start = self._mention_start
        lo = max(0, start - PLURAL_WINDOW)
        cp = self._paragraph(start)
        if cp >= 1:
            lo = max(lo, self.paragraphs[cp - 1][0])
        if mention.lower() in PAIR_PRONOUNS and (pair := self.named_pair(lo, start)):
            return pair, "person"
        subject, latest = None, lo
        for off, phrase in reversed(self._subjects_between(lo, start)):
            if any(cs <= off < ce for cs, ce in self.contents[-20:]):
                continue  # a subject inside reported speech is not who is speaking
            latest = max(latest, off)
            if (m := _COORDINATED_BEFORE_RE.search(self.text, max(lo, off - 80), off)) is not None:
                off, phrase = m.start(1), m.group(1) + " dan " + phrase  # "Ryu dan Aldi": the finder took the last
            if self.group_phrase(phrase):
                subject = (off, phrase)
                break
        spoken = None
        for off, mention, speaker, kind in reversed(self._recent()):
            if off < lo:
                break
            if off < offset and ((kind == "organisation" and not _thing_name(speaker or ""))
                                 or self.group_phrase(mention) or self.group_phrase(speaker)):
                spoken = (off, speaker, kind)
                break
        if subject is None:
            subject = self._named_group(latest, start)
        if subject is not None and (spoken is None or subject[0] > spoken[0]):
            parts = [clean_mention(p) for p in subject[1].split(" dan ")]
            found = [self._resolve_phrase(p, offset, remember=False) for p in parts if p]
            if len(found) == 2 and all(r.speaker for r in found):  # "pebalap dan tim": both speak
                return f"{found[0].speaker} dan {found[1].speaker}", "organisation" if found[0].kind == found[1].kind == "organisation" else "anonymous"
            r = self._resolve_phrase(clean_mention(subject[1]), offset, remember=False)
            if r.speaker:
                return r.speaker, r.kind
        if spoken is not None:
            return spoken[1], spoken[2]
        return None

    def _named_group(self, after: int, before: int) -> tuple[int, str] | None:
        """With no group as subject: the latest named group between the latest subject (``after``) and the
        pronoun, which no subject finder saw: two coordinated names ("Hendra Wijaya dan Agus Salim kemudian
        datang"), a named organisation ("Sejak awal Partai Demokrat bermain aman, mereka …"); not a medium
        that relayed someone ("… seperti dilansir NME"), nor an oblique ("Melalui Instagram pula, mereka")."""
        names, offsets = self.names.names, self.names.offsets
        i, j = bisect.bisect_right(offsets, after), bisect.bisect_left(offsets, before)
        spans = self.contents[-20:] + ([self._current] if self._current else [])
        for k in range(j - 1, i - 1, -1):
            off, name = names[k]
            if (any(cs <= off < ce for cs, ce in spans) or outlet_name(name, self.lex) or self._place(name)
                    or _word_before(self.text, off) in OBLIQUE_OPENERS or _thing_name(name)):
                continue  # inside reported speech; a medium; a place; an oblique; an agreement or an event
            written = self._written(off, name)
            if k > i and (prev := names[k - 1]) and not self._place(prev[1]) and _word_before(self.text, prev[0]) not in OBLIQUE_OPENERS and (
                    self._joined(prev, off)):
                return prev[0], f"{self._written(*prev)} dan {written}"
            if written.split()[0].lower() in ORG_WORDS:  # "Partai Demokrat", where the index holds "Demokrat"
                return off, written
            if name.split()[0].lower() in ORG_WORDS or self.names.entity_type(name) == "ORG":
                return off, name
        return None

    def _joined(self, prev: tuple[int, str], off: int) -> bool:
        """Does "dan" alone join the name ``prev`` (offset, name) to the name at ``off`` ("Ryu dan Aldi")?"""
        return self.text[prev[0] + len(self._written(*prev)) : off] == " dan "

    def _written(self, off: int, name: str) -> str:
        """The name at ``off`` as the text writes it: the index may hold it without a lead word ("Demokrat"
        for "Partai Demokrat", "Damai Papua" for "Jaringan Damai Papua")."""
        at = self.text.find(name, off, off + len(name) + 40)
        return self.text[off : at + len(name)] if at > off else name

    def _place(self, name: str) -> bool:
        """A province or city of the lexicon, a single word tagged as a place (a longer name is typed by its
        first tagged word: "Federasi Serikat Guru Indonesia" is none)."""
        return name.lower() in self.lex.places or (" " not in name and self.names.entity_type(name) == "LOC")

    def _first_name(self, name: str) -> bool:
        """A single capitalised word that news does not write for an organisation or a place, nor a common word."""
        return (" " not in name and name[:1].isupper() and not name.isupper() and not self._place(name)
                and self.lex.name_types.get(name) not in {"ORG", "LOC"} and name.lower() not in self.names.common)

    def named_pair(self, lo: int, hi: int) -> str | None:
        """The latest two people named together ("Adam Levine dan Behati Prinsloo") between ``lo`` and ``hi``, as
        "X dan Y" with their fullest names; None when there are none."""
        names, offsets = self.names.names, self.names.offsets
        i, j = bisect.bisect_left(offsets, lo), bisect.bisect_left(offsets, hi)
        for k in range(j - 1, max(i, 0), -1):
            (po, pn), (off, name) = names[k - 1], names[k]
            if self._joined((po, pn), off):
                a, b = self.names.fullest(pn, po), self.names.fullest(name, off)
                if all(self.names.personal(x) or self._first_name(x) for x in (a, b)):
                    return f"{a} dan {b}"  # "William dan Harry": one name word each will do
        return None
