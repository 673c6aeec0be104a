"""Speaker rules for kinds of mention that recur across articles and outlets, mixed into
:class:`~.coreference.Resolver`: a third-person pronoun inside a quotation (``pronoun-in-quote``).
"""

from __future__ import annotations

import bisect

import regex

from ..lexicon import words

SINGULAR_PERSONAL = words("singular_personal_pronouns")

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


class KindRules:
    """Rules of :class:`~.coreference.Resolver` (it provides ``text``, ``lex``, ``names``, ``_recent``,
    ``_resolve_phrase``)."""

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
