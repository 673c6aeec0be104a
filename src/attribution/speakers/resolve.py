"""The speaker resolver behind the small interface the pipeline uses: ``resolve(document, candidates)``
gives one :class:`Speaker` per candidate (who spoke, what kind of speaker, the role split from the name).

Candidates come in reading order (see :func:`attribution.assemble.reading_order`); resolution goes through
them in that order, remembering who spoke last.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from collections import deque
from collections.abc import Sequence
from typing import Protocol

from ..detect.candidates import Candidate
from ..detect.context import Context
from ..detect.sources import DETERMINERS, time_before_demonstrative
from .coreference import Resolved, Resolver, retold
from .descriptions import relative_description
from .subjects import sentence_subjects, statement_issuers

Speaker = Resolved


class SpeakerResolver(Protocol):
    def resolve(self, doc: Context, candidates: Sequence[Candidate]) -> list[Speaker]: ...


def _inside_other(d: Candidate, by_start: list[Candidate], starts: list[int]) -> bool:
    """Does ``d``'s cue lie inside another record's content (a nested statement)?"""
    i = bisect.bisect_right(starts, d.cue.start) - 1
    while i >= 0 and d.cue.start - by_start[i].start < 5000:
        o = by_start[i]
        if o is not d and o.start <= d.cue.start < o.end:
            return True
        i -= 1
    return False


#: Words at most in the subject of a hearsay clause that the clause's clitic cue stands for.
HEARSAY_SUBJECT_WORDS = 5


def hearsay_subject(doc: Context, d: Candidate) -> str | None:
    """The subject a clitic cue inside a clause of a quotation stands for (rule ``hearsay-subject``): in
    "“… Keluarga keraton katanya belum paham …”" the one quoted passes on what the family said, so "-nya" is the
    clause's subject before the cue (a few words, no punctuation), not the one quoted; None otherwise."""
    if d.rule != "reported-inner-cue" or d.cue is None or d.cue.clitic_start is None or d.start >= d.cue.start:
        return None
    if doc.quotes.at(d.cue.start) is None:
        return None
    ws = doc.text[d.start : d.cue.start].split()
    if len(ws) >= 3 and ws[-1].lower() in DETERMINERS and time_before_demonstrative(ws[-2], ws[-3]):
        ws = ws[:-2]  # "saksi saat itu katanya …": the time is no part of who
    phrase = " ".join(ws)
    if not ws or len(ws) > HEARSAY_SUBJECT_WORDS or not all(w.replace("-", "").isalpha() for w in ws):
        return None
    return phrase


class RuleResolver:
    """The default resolver: names, pronouns, clitics, omitted subjects and descriptions resolved by the
    rules of :mod:`.coreference` over the document's name index and sentence subjects.  ``disabled``: names
    of :data:`~.coreference.SPEAKER_RULES` to leave out."""

    def __init__(self, disabled: frozenset[str] = frozenset()):
        self.disabled = frozenset(disabled)

    def resolve(self, doc: Context, candidates: Sequence[Candidate]) -> list[Speaker]:
        p, text = doc.p, doc.text
        resolver = Resolver(text=text, lex=doc.lex, subjects=sentence_subjects(p, doc.lex, doc.quotes, self.disabled), paragraphs=p.paragraphs, issuers=statement_issuers(p, doc.lex), entities=p.entities,
                            disabled=self.disabled)
        by_start = sorted(candidates, key=lambda o: o.start)
        starts = [o.start for o in by_start]
        by_span: dict[tuple[int, int], str | None] = {}
        recent: deque[tuple[int, int]] = deque(maxlen=200)  # the latest spans of by_span, in its order
        out: list[Speaker] = []
        for d in candidates:
            holder = None
            if doc.first_person_in_quote(d.source) is not None:
                # "saya bilang, …" inside a quotation: the quotation's speaker
                # (among the latest 200 statements: the one holding it is near, and a search through all of
                # them for each such source would cost quadratic time on a long document)
                holder = next((r for r in recent if r[0] <= d.source[0] < r[1]), None)
            quoted_about = None
            if holder is None and "pronoun-in-quote" not in self.disabled and doc.third_person_in_quote(d.source) is not None:
                # "… dia bilang ' …'" inside a quotation: someone the quotation's speaker talks about
                held = next((r for r in recent if r[0] <= d.source[0] < r[1]), None)
                if held is not None and by_span[held]:
                    quoted_about = (held, by_span[held])
            if holder is not None:
                s = Speaker(by_span[holder], "person", None)
            elif quoted_about is not None and (r := resolver.talked_about(d.source, quoted_about[0][0], quoted_about[1])):
                s = Speaker(r[0], r[1], None)
            elif d.rule == "quote-interrupted" and out:
                s = Speaker(out[-1].speaker, None, None)
            else:
                mention = text[d.source[0] : d.source[1]] if d.source else None
                if "hearsay-subject" not in self.disabled and (subject := hearsay_subject(doc, d)) is not None:
                    mention = subject  # "“… Keluarga keraton katanya belum paham …”": the clause's subject said it
                if "relative-epithet" not in self.disabled:
                    mention = resolver.relative_mention(mention, d.source[1] if d.source else 0, d.cue.start if d.cue else 0)
                anchor = d.cue.start if d.cue else d.start
                nested = d.cue is not None and d.quote is None and _inside_other(d, by_start, starts)
                s = (resolver.account_handle(mention, d.source[1] if d.source else 0, d.cue.end if d.cue else None, anchor)
                     or resolver.resolve(mention, anchor, d.source[0] if d.source else None, (d.start, d.end),
                                         p.sentences[p.sentence_of(anchor)][0], nested))
            if d.source and d.cue and "relative-description" not in self.disabled:
                described = relative_description(text, d.source, d.cue.start, s.speaker, resolver.names, doc.lex)
                if described != s.speaker:
                    retold(resolver, s.speaker, described)
                    s = replace(s, speaker=described)
            out.append(s)
            if (d.start, d.end) not in by_span:
                recent.append((d.start, d.end))
            by_span[(d.start, d.end)] = s.speaker
        return out
