"""Merging the rules' candidates: retyping by the quotations they hold, and one record per statement."""

from __future__ import annotations

import regex

from .candidates import RULE_CONFIDENCE, Candidate
from .context import Context

_COMMA_AFTER_RE = regex.compile(r"[ \t]*,[ \t]*")


def _leading_cue_phrase_end(ctx: Context, d: Candidate) -> int | None:
    """Where the content really starts when the clause opens with its own cue phrase set off by a
    comma, right after a connective: "Namun, ia mengungkapkan, komunikasi …", "Justru, tambahnya,
    desainer …" (nothing is interrupted, so the cue phrase is not part of the content)."""
    text = ctx.text
    if d.cue is None or not (d.start <= d.cue.start < d.end):
        return None
    first = min(d.cue.start, d.source[0]) if d.source else d.cue.start
    if text[d.start:first].strip():
        return None
    last = max(d.cue.end, d.source[1]) if d.source else d.cue.end
    while last < d.end and text[last].isalpha():
        last += 1  # the clitic of "tambahnya"
    m = _COMMA_AFTER_RE.match(text, last, d.end)
    return m.end() if m and m.end() < d.end else None


def retype(ctx: Context, d: Candidate) -> Candidate:
    """A reported statement that opens with its own cue phrase starts after it; one that holds a quotation
    is ``mixed``, and one that is all quotation is ``direct`` (the content between the marks)."""
    after = _leading_cue_phrase_end(ctx, d)
    if after is not None:
        d.start = after
    inner = [q for q in ctx.quotes.within(d.start, d.end) if not ctx.is_term(q)]
    if inner:
        covered = any(q.outer_start <= d.start + 1 and d.end - 1 <= q.outer_end for q in inner)
        d.type = "direct" if covered else "mixed"
        if covered:
            q = inner[0]
            d.start, d.end = q.start, q.end
    return d


def _frames_by_source(cands) -> dict[int, list[Candidate]]:
    """Records whose source comes before their cue and their cue before their content (a whole speech frame before
    the statement), by where the source starts."""
    out: dict[int, list[Candidate]] = {}
    for o in cands:
        if o.cue is not None and o.source is not None and o.source[1] <= o.cue.start and o.cue.end <= o.start:
            out.setdefault(o.source[0], []).append(o)
    return out


def _framed_by_other(d: Candidate, frames: dict[int, list[Candidate]]) -> bool:
    """Does ``d``'s content open with another record's whole speech frame, its source and cue, and end with that
    record's content, while ``d``'s own cue lies inside that content ("⟦Ardhi menambahkan, kinerja wasit dirasanya
    kian tidak beres …⟧")? Then the other record is the statement, ``d``'s cue a word of its clause, and ``d`` took
    the frame for content. (A cue before the frame nests a report: "Ade mengatakan LBH Pers mendesak …" is two.)
    ``frames``: :func:`_frames_by_source` of the candidates, so that each record is checked against the few whose
    source starts where its content does, not against all of them."""
    if d.cue is None:
        return False
    return any(o is not d and abs(d.end - o.end) <= 1 and o.cue.end <= d.cue.start < d.end
               for at in (d.start, d.start + 1) for o in frames.get(at, ()))


def outside_titles(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Candidates whose cue is no word of a title in marks ("lagu ' Ketika Tangan dan Kaki Berkata ' milik
    Chrisye": "Berkata" names a song)."""
    if not ctx.titles:
        return cands
    return [d for d in cands if d.cue is None or not ctx.in_title(d.cue.start)]


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One record per statement: identical contents keep the surest rule; a cue-less quotation inside
    a reported clause is dropped (the mixed record covers it); of two overlapping records claiming one cue,
    the surer (then the longer) stays."""
    out: list[Candidate] = []
    by_span: dict[tuple[int, int], Candidate] = {}
    for d in cands:
        key = (d.start, d.end)
        old = by_span.get(key)
        if old is None or RULE_CONFIDENCE[d.rule] > RULE_CONFIDENCE[old.rule]:
            by_span[key] = d
    frames = _frames_by_source(by_span.values())
    drafts = [d for d in sorted(by_span.values(), key=lambda d: (d.start, d.end)) if not _framed_by_other(d, frames)]
    mixed = [o for o in drafts if o.type == "mixed"]
    by_cue: dict[int, list[Candidate]] = {}
    for o in drafts:
        if o.cue is not None:
            by_cue.setdefault(o.cue.start, []).append(o)
    for d in drafts:
        if d.cue is None and d.quote is not None:
            if any(o is not d and o.start <= d.start and d.end <= o.end for o in mixed):
                continue
        if d.cue is not None and d.rule != "quote-interrupted":
            clash = [o for o in by_cue[d.cue.start] if o is not d and o.start < d.end and d.start < o.end]
            if any(RULE_CONFIDENCE[o.rule] > RULE_CONFIDENCE[d.rule] or
                   (RULE_CONFIDENCE[o.rule] == RULE_CONFIDENCE[d.rule] and (o.end - o.start) > (d.end - d.start)) for o in clash):
                continue
        out.append(d)
    return out
