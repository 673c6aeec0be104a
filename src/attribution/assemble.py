"""Records: each candidate with its speaker, the outlets that relayed it, and its offsets as spans.

Outlets are read in the sentence of the cue (a post-posed frame may run past it); a statement that directly
continues the one before (same speaker, attributed by ``-nya``, a pronoun or nothing, within two sentences)
inherits that one's outlets; an outlet that is itself the speaker is listed too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .detect.candidates import Candidate
from .detect.context import Context
from .lexicon import words
from .model import Attribution, Span
from .outlets import outlets_in
from .speakers import Speaker

_CONTINUING_MENTIONS = words("continuing_mentions")


def reading_order(ctx: Context, cands: Sequence[Candidate]) -> list[Candidate]:
    """Candidates in the order a reader meets their cues; a first-person report inside a quotation comes
    after the quotation that holds it (its speaker is the quotation's)."""
    def key(d: Candidate) -> tuple[int, int]:
        q = ctx.first_person_in_quote(d.source)
        if q is not None:
            return (q.outer_end + 10_000, d.start)
        return (d.cue.start if d.cue else d.start, d.start)

    return sorted(cands, key=key)


def _next_to(p, prev: Candidate, d: Candidate) -> bool:
    """Does ``d`` directly continue ``prev``: no sentence between the end of ``prev`` (its content or its cue,
    whichever comes later) and the start of ``d``?"""
    prev_end = max(prev.end, prev.cue.end if prev.cue else 0)
    start = min(d.start, d.cue.start if d.cue else d.start)
    return 0 <= p.sentence_of(start) - p.sentence_of(max(prev_end - 1, 0)) <= 1


def records(ctx: Context, ordered: Sequence[Candidate], speakers: Sequence[Speaker]) -> list[Attribution]:
    p, text = ctx.p, ctx.text
    cache: dict[tuple[int, int], list[str]] = {}  # several records share a sentence

    def found(s: int, e: int) -> list[str]:
        hit = cache.get((s, e))
        if hit is None:
            hit = cache[(s, e)] = outlets_in(text, s, e, ctx.lex)
        return list(hit)

    out: list[Attribution] = []
    prev: tuple[Candidate, str | None, list[str]] | None = None
    for d, spk in zip(ordered, speakers):
        mention = text[d.source[0] : d.source[1]] if d.source else None
        anchor = d.cue.start if d.cue else d.start
        si = p.sentence_of(anchor)
        outlets = found(*p.sentences[si])
        if d.quote is not None and d.rule == "quote-post-cue":
            # the post-posed frame may run past the sentence the quotation ends in
            pe = p.paragraphs[d.quote.paragraph][1]
            outlets = outlets or found(d.quote.outer_end, min(pe, d.quote.outer_end + 200))
        if spk.kind == "outlet" and spk.speaker and spk.speaker not in outlets:
            outlets = [spk.speaker] + outlets
        if not outlets and prev is not None:
            pd, pspeaker, poutlets = prev
            if (poutlets and pspeaker == spk.speaker and (mention is None or mention.lower() in _CONTINUING_MENTIONS)
                    and _next_to(p, pd, d)):
                outlets = list(poutlets)
        out.append(Attribution(
            id="", type=d.type, content=Span.of(text, d.start, d.end),
            cue=Span.of(text, d.cue.start, d.cue.end) if d.cue else None,
            source=Span.of(text, d.source[0], d.source[1]) if d.source else None,
            speaker=spk.speaker, outlets=outlets, rule=d.rule, confidence=d.confidence,
            speaker_kind=spk.kind, role=spk.role, sentence=si,
        ))
        prev = (d, spk.speaker, outlets)
    out.sort(key=lambda a: (a.content.start, a.content.end))
    for i, a in enumerate(out, 1):
        a.id = f"a{i}"
    return out
