"""Cues: the words that signal an attribution (kata, mengatakan, menurut, tambahnya, diungkapkan …).

Functions here only recognise cue words and their frame; which statement a cue governs is decided by
the pipeline.  All knowledge of which words are cues lives in ``data/cues.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import Cue, Lexicon, words
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
    form: str = "active"  # the form column of cues.tsv (lexicon.CUE_FORMS)
    fuzzy: bool = False  # a misspelling of the cue ("mengetakan"), read as the cue


def cue_at(lex: Lexicon, tok: Token) -> CueMatch | None:
    """The cue that ``tok`` is, if any (``tambahnya`` → cue ``tambah`` + clitic source ``nya``); a word one
    typing error away from a long cue form (``mengetakan``, ``meneyesalkan``) is that cue, marked ``fuzzy``."""
    w = tok.lower
    c = lex.cues.get(w)  # = lex.cue(tok.text), without lower-casing the token again
    fuzzy = False
    if c is None:
        if len(w) < FUZZY_WORD_MIN:
            return None  # most words: too short to be looked up
        fz = lex.fuzzy if lex.fuzzy is not None else fuzzy_index(lex)
        if (w[:2] not in fz.starts and w[0] + w[2] not in fz.starts) or (c := fz.lookup(w)) is None:
            return None  # the gate of fuzzy_cue, inline: no call for words of no cue's shape
        fuzzy = True
    if c.clitic:
        stem_end = tok.end - 3
        return CueMatch(start=tok.start, end=stem_end, lemma=c.lemma, clitic_start=stem_end, frames=c.frames,
                        form=c.form, fuzzy=fuzzy)
    return CueMatch(start=tok.start, end=tok.end, lemma=c.lemma, clitic_start=None, frames=c.frames, form=c.form,
                    fuzzy=fuzzy)


# --------------------------------------------------------------------------------------- misspelt cues
# IndoSum news is scraped and keeps its typing errors: "Sumanto mengetakan, …", "Ismaik meneyesalkan jika …".
# A word that is no cue but lies one typing error from a cue form whose stem has FUZZY_MIN letters or more is
# read as that cue.  A typing error is a letter left out or typed twice or too many ("menjelasan",
# "menunjukkann", "mengungkapakan"), two neighbouring letters swapped ("mnegatakan"), or one of the letter
# pairs of data/words/typo_substitutions.tsv for the other ("mengetakan"); and a syllable typed once where
# the form repeats it ("menyangkan" for menyayangkan, "mengumkan" for mengumumkan).  Other substitutions are not
# read: in the pool a root differs from another by one letter far more often than a writer slips that way,
# even for neighbouring keys (menyesatkan ~ menyesalkan, mengaburkan ~ mengabarkan, dinyalakan ~
# dinyatakan; menyesakkan ~ menyesalkan, menetaskan ~ menegaskan, mengebut ~ menyebut).  Real words one
# error from a cue that the news pool shows anyway (mematikan ~ memastikan, mengandaskan ~ menandaskan) are
# listed in data/words/cue_lookalikes.tsv, built by scripts/build_cue_lookalikes.py, and never read as cues.
# Shorter stems are left out: at 5-7 letters nearly every neighbour is a word (bilang ~ hilang; kenang ~
# menang; desaknya ~ desanya).  The first letter is never the misspelt one.

#: Letters of a cue form (less a clitic "-nya") before a misspelling of it is recognised.
FUZZY_MIN = 8
#: The shortest word that can misspell such a form (one letter left out).
FUZZY_WORD_MIN = FUZZY_MIN - 1

#: Real words one typing error from a cue form (scripts/build_cue_lookalikes.py): never a misspelt cue.
CUE_LOOKALIKES = words("cue_lookalikes")

#: Letter pairs (typed, meant) that one slip confuses, from data/words/typo_substitutions.tsv, either way round.
TYPO_SUBSTITUTIONS = frozenset(p for e in words("typo_substitutions") for p in (e, e[::-1]))


def _deletions(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def one_typo(a: str, b: str) -> bool:
    """Is ``a`` one typing error from ``b``: a letter left out or added, two neighbouring letters swapped,
    or one letter of a pair of TYPO_SUBSTITUTIONS typed for the other?"""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    i = 0
    n = min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    if la != lb:
        return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return a[i] + b[i] in TYPO_SUBSTITUTIONS
    return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


class FuzzyCues:
    """Cue forms of FUZZY_MIN letters or more, indexed by their one-letter deletions ("symmetric delete"):
    the forms one edit from a word are found among the index entries of the word and of its deletions, so
    a look-up costs one set of deletions of the word, whatever the size of the lexicon."""

    def __init__(self, lex: Lexicon, lookalikes: frozenset[str] = frozenset()):
        self.forms = {w: c for w, c in lex.cues.items() if len(w) - 3 * c.clitic >= FUZZY_MIN and w.isalpha()}
        self.known = frozenset(lex.cues) | frozenset(lex.noun_cues)  # words that are cues as they stand
        self.index: dict[str, list[str]] = {}
        self.once: dict[str, list[str]] = {}  # a form with a repeated pair of letters written once -> the form
        for f in sorted(self.forms):
            for d in _deletions(f):
                self.index.setdefault(d, []).append(f)
            for i in range(len(f) - 3):
                if f[i:i + 2] == f[i + 2:i + 4]:
                    self.once.setdefault(f[:i + 2] + f[i + 4:], []).append(f)
        # the first two letters of every form (me, di, be, …): other words are never looked up, unless their
        # first and third letters are such a start (a swap or an extra letter in second place: "mnegatakan")
        self.starts = frozenset(f[:2] for f in self.forms)
        self.lookalikes = lookalikes
        self.lookup = lru_cache(maxsize=1 << 16)(self._lookup)

    def candidates(self, w: str) -> list[str]:
        """The cue forms one typing error from ``w`` (not ``w`` itself), lookalike list or not."""
        if len(w) < FUZZY_WORD_MIN or (w[:2] not in self.starts and w[0] + w[2] not in self.starts) or w in self.known:
            return []
        found = set(self.index.get(w, ()))  # w lacks a letter of the form
        for d in _deletions(w):
            if d in self.forms:
                found.add(d)  # w has a letter too many
            found.update(self.index.get(d, ()))  # a substitution or a swap (checked below)
        return sorted({f for f in found if f[0] == w[0] and one_typo(w, f)} | set(self.once.get(w, ())))

    def _lookup(self, w: str) -> Cue | None:
        if w in self.lookalikes or not w.isalpha():
            return None
        forms = self.candidates(w)
        if not forms:
            return None
        cues = [self.forms[f] for f in forms]
        if len({(c.lemma, c.frames, c.clitic, c.form) for c in cues}) > 1:
            return None  # one error from two different cues ("mencatakan": mengatakan or menyatakan?)
        c = cues[0]
        if c.clitic and not w.endswith("nya"):
            return None  # the clitic is the source: it must be spelt out
        return c


def fuzzy_index(lex: Lexicon) -> FuzzyCues:
    if lex.fuzzy is None:
        lex.fuzzy = FuzzyCues(lex, lex.words.get("cue_lookalikes", CUE_LOOKALIKES))
    return lex.fuzzy


def fuzzy_cue(lex: Lexicon, w: str) -> Cue | None:
    """The cue that the lower-cased word ``w``, no cue itself, misspells; None for most words."""
    fz = lex.fuzzy if lex.fuzzy is not None else fuzzy_index(lex)
    if len(w) < FUZZY_WORD_MIN or (w[:2] not in fz.starts and w[0] + w[2] not in fz.starts):
        return None  # the common case, without a cache look-up
    return fz.lookup(w)


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
