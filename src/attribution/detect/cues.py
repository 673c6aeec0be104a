"""Cues: the words that signal an attribution (kata, mengatakan, menurut, tambahnya, diungkapkan …).

Functions here only recognise cue words and their frame; which statement a cue governs is decided by
the pipeline.  All knowledge of which words are cues lives in ``data/cues.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import Lexicon, words
from ..text.tokens import Token

MENURUT = regex.compile(r"(?i)^(menurut|berdasarkan)(nya)?$")
# ``demikian`` / ``begitu`` closing a statement: "…, demikian Reuters" / "Demikian dikatakan X".
DEMIKIAN = words("demikian")
# Passive cue phrases that point back to the previous sentence ("Hal itu diungkapkan X").
BACK_REFERENCES = words("back_references")
# what may follow a cue of property complementiser_only (cues.tsv): "mendorong agar …", "mengancam akan …"
ONLY_OPENERS = words("complementiser_only_openers")


@dataclass(kw_only=True)
class CueMatch:
    start: int  # offset of the cue text (the stem for a clitic form)
    end: int
    lemma: str
    clitic_start: int | None = None  # offset of "nya" when the source is a clitic
    frames: frozenset[str] = frozenset()


def cue_at(lex: Lexicon, tok: Token) -> CueMatch | None:
    """The cue that ``tok`` is, if any (``tambahnya`` → cue ``tambah`` + clitic source ``nya``)."""
    c = lex.cues.get(tok.lower)  # = lex.cue(tok.text), without lower-casing the token again
    if c is None:
        return None
    if c.clitic:
        stem_end = tok.end - 3
        return CueMatch(start=tok.start, end=stem_end, lemma=c.lemma, clitic_start=stem_end, frames=c.frames)
    return CueMatch(start=tok.start, end=tok.end, lemma=c.lemma, clitic_start=None, frames=c.frames)


# "menurut rencana", "berdasarkan jadwal": idioms, not sources; nor the grounds of a decision or a
# classification ("berdasarkan sejumlah pertimbangan", "berdasarkan jenis penggunaannya", "berdasarkan
# riwayat perjalanan").
NOT_SOURCES = words("not_sources")


def menurut_at(tok: Token) -> CueMatch | None:
    if not tok.lower.startswith(("menurut", "berdasarkan")):
        return None  # the common case, without running the pattern
    m = MENURUT.match(tok.text)
    if not m:
        return None
    if m.group(2):
        stem_end = tok.start + len(m.group(1))
        return CueMatch(start=tok.start, end=stem_end, lemma=m.group(1).lower(), clitic_start=stem_end, frames=frozenset({"menurut"}))
    return CueMatch(start=tok.start, end=tok.end, lemma=m.group(1).lower(), clitic_start=None, frames=frozenset({"menurut"}))


def opens_report(lex: Lexicon, cue: CueMatch, nxt: Token | None) -> bool:
    """Can ``cue`` report a statement with ``nxt`` as the next token?  Always, except for a cue of property
    complementiser_only ("mendorong", "mengancam"), which needs one of its openers ("dan mengancam stabilitas
    regional" is an action, "mengancam akan …" a threat)."""
    if cue.lemma not in lex.cue_properties.get("complementiser_only", ()):
        return True
    return nxt is not None and nxt.lower in ONLY_OPENERS
