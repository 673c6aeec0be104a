"""Speaker rules for kinds of mention that recur across articles and outlets, mixed into
:class:`~.coreference.Resolver`: a third-person pronoun inside a quotation (``pronoun-in-quote``), a relation
to a named person (``relation-of-person``: "Pengacara Yingluck", "istri Ali").
"""

from __future__ import annotations

import bisect

import regex

from ..lexicon import words
from .names import ORG_WORDS, PLACE_WORDS, _typed_cut

SINGULAR_PERSONAL = words("singular_personal_pronouns")
FAMILY_RELATIONS = words("family_relations")
OFFICE_RELATIONS = words("office_relations")
RELATIONS = FAMILY_RELATIONS | OFFICE_RELATIONS
#: the first words of the relations: heads of descriptions that refer back to a person ("Saudara kandung
#: pebalap Sam Lowes itu")
RELATION_HEADS = frozenset(r.split()[0] for r in RELATIONS) - {"mantan"}
#: How many titles and roles before (and after) a relation its holder is looked for among.
RELATION_WINDOW = 200

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
        if rel in OFFICE_RELATIONS and not any(
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
        if not cands:
            return None
        return max(cands)[1], "person"
