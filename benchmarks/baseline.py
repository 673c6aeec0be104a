"""A naive baseline for attribution extraction, to put the extractor's accuracy in perspective.

Every span between quotation marks (``“…”`` or ``"…"``, within one paragraph) becomes a *direct*
attribution.  Its speaker is the nearest capitalised name -- a run of capitalised words -- after the
closing mark in the same paragraph, else the nearest one before the opening mark; no cue, no source
span, no outlets.  No lexicon, no cue verbs, no reported speech.

    from baseline import extract_baseline
    doc = extract_baseline(text, doc_id="x")   # an attribution.model.Document
"""

from __future__ import annotations

import re

from attribution.model import Attribution, Document, Meta, Span

# “…” (curly) or "…" (straight), not crossing a line break (a paragraph).
_QUOTE = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
# A run of capitalised words: "Antony Blinken", "PM Irak", "Al-Sudani".
_NAME = re.compile(r"(?<![\w])[A-Z][\w'\-.]*(?:[ \t]+[A-Z][\w'\-.]*)*")


def _names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    for m in _NAME.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".-'":  # a sentence-final period is not part of the name
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def extract_baseline(text: str, doc_id: str = "doc") -> Document:
    atts: list[Attribution] = []
    for m in _QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        cs, ce = m.start(g), m.end(g)
        if not text[cs:ce].strip():
            continue
        par_lo = text.rfind("\n", 0, m.start()) + 1
        par_hi = text.find("\n", m.end())
        par_hi = len(text) if par_hi < 0 else par_hi
        # Names after the closing mark must not be inside a later quotation.
        nxt = _QUOTE.search(text, m.end(), par_hi)
        after = _names(text, m.end(), nxt.start() if nxt else par_hi)
        before = _names(text, par_lo, m.start())
        speaker = None
        if after:
            speaker = after[0]
        elif before:
            speaker = before[-1]
        atts.append(Attribution(
            id=f"b{len(atts) + 1}",
            type="direct",
            content=Span.of(text, cs, ce),
            speaker=text[speaker[0]:speaker[1]] if speaker else None,
            source=Span.of(text, *speaker) if speaker else None,
            rule="baseline-quote",
        ))
    return Document(doc_id=doc_id, text=text, meta=Meta(), attributions=atts)
