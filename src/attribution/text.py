"""Tokens, sentences and paragraphs of raw news text, all as offsets into the original string.

This is the fast (regex) segmentation; when the stanza pipeline is used, its tags are attached to these
same tokens (:func:`attach_tags`), so every later step works on one representation.
"""

from __future__ import annotations

import operator
from collections import namedtuple
from functools import partial
from itertools import repeat

import regex

TOKEN_RE = regex.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", regex.UNICODE)
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'"

# Abbreviations whose full stop does not end a sentence (lower-cased, without the stop).
ABBREVIATIONS = frozenset(
    "dr drs dra ir prof no jl jln hlm tel telp mr mrs ms st sdr kol brig jend let bpk ny nn h hj kh m s sh se "
    "mt mm mba ma mh dll dsb dst tsb yth vs etc inc ltd co corp pt cv tbk sept okt nov des jan feb mar apr jun jul agu ags "
    "a b c d e f g i j k l n o p q r t u v w x y z".split()
)
# Sentence-initial words that reveal a sentence glued to the previous one without a space
# (``tersebutDalam``, ``Irak.Dalam``).
GLUE_STARTERS = frozenset(
    "Dalam Meskipun Namun Menurut Setelah Sementara Sebelumnya Selain Saat Pada Di Ia Dia Mereka Hal Kami "
    "Hussein AS Awal Al Negosiasi Sedangkan Adapun Kemudian Sebab Karena Jika Bahkan Padahal Selanjutnya".split()
)


_TokenFields = namedtuple("_TokenFields", "start end text upos lemma lower is_word is_cap")


class Token(_TokenFields):
    """One regex token: its offsets, its text and what the rules ask of it, computed once.

    A tuple, so that :func:`tokenize` builds a document's tokens in C (``map`` over the regex matches)
    rather than one Python ``__init__`` per token; tags are attached by replacing the token.
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int, text: str, upos: str | None = None, lemma: str | None = None) -> "Token":
        c = text[:1] or " "
        return _tuple_new(cls, (start, end, text, upos, lemma, text.lower(), c.isalnum() or c == "_", c.isupper()))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, upos={self.upos!r}, lemma={self.lemma!r})"


_tuple_new = tuple.__new__
_make_token = partial(_tuple_new, Token)
_start = operator.methodcaller("start")
_end = operator.methodcaller("end")
_group = operator.methodcaller("group")
_first = operator.itemgetter(0)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    ms = list(TOKEN_RE.finditer(text, start, end))
    texts = list(map(_group, ms))
    firsts = list(map(_first, texts))
    is_word = list(map(str.isalnum, firsts))
    if "_" in firsts:
        is_word = [w or c == "_" for w, c in zip(is_word, firsts)]
    nones = repeat(None)
    return list(map(_make_token, zip(map(_start, ms), map(_end, ms), texts, nones, nones, map(str.lower, texts),
                                     is_word, map(str.isupper, firsts))))



def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (news paragraphs are one line each; blank lines are only separators)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if stripped:
            ls = s + (len(line) - len(line.lstrip()))
            spans.append((ls, ls + len(stripped)))
    return spans


_GLUED_RE = regex.compile(r"(?:(?<=[\p{L}\d\)][.!?])|(?<=[.!?][”\"’])|(?<=\p{Ll}))(?=(\p{Lu}\p{Ll}+|\p{Lu}{2,}(?=\s)))")
_OPENER_GLUED_RE = regex.compile(r"(?<=\p{Ll}[.!?])[“\"](?=\p{Lu})")
_END_RE = regex.compile(r"[.!?…]+[\"”’'»)]*(?=\s+[\"“‘'«(\[]?[\p{Lu}\d])")


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    # an acronym closing a sentence ("… wewenang KPK. “Semuanya …") ends it; only the listed abbreviations
    # (titles, "PT.", "No.", initials) go on
    return word.lower() in ABBREVIATIONS


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (usually one paragraph).

    Splits after ``. ! ?`` before a capital, but not after abbreviations (``dr.``, ``No.``, ``Jl.``); and
    inside glued words where a sentence runs into the next without a space (``tersebutDalam``,
    ``CNN.Hussein``) when the second part starts with a typical sentence opener or follows a full stop.
    """
    end = len(text) if end is None else end
    cuts: list[int] = []
    for m in _END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbrev(text, dot):
            continue
        cuts.append(m.end())
    for m in _GLUED_RE.finditer(text, start, end):
        i = m.start()
        word = m.group(1)
        prev = text[i - 1]
        if prev in "”\"’" and text[i - 2] in ".!?":
            cuts.append(i)  # "… dekat.”Al-Sudani"
        elif prev in ".!?":
            # "CNN.Hussein", "Irak.Dalam": a stop glued to a capital; skip web names like "ERA.id".
            left = i - 1
            while left > start and text[left - 1].isalnum():
                left -= 1
            if text[left:i - 1].lower() in ABBREVIATIONS or (i - 1 - left == 1):
                continue  # "dr.Budi", initials "H.Agus"
            cuts.append(i)
        elif word in GLUE_STARTERS and len(word) >= 4:
            cuts.append(i)
    for m in _OPENER_GLUED_RE.finditer(text, start, end):
        cuts.append(m.start())  # 'mereka."Tawaran …': the quotation opens the next sentence
    cuts = sorted(set(c for c in cuts if start < c < end))
    spans = []
    s = start
    for c in cuts + [end]:
        seg = text[s:c]
        if seg.strip():
            ls = s + (len(seg) - len(seg.lstrip()))
            spans.append((ls, ls + len(seg.strip())))
        s = c
    return spans


def attach_tags(tokens: list[Token], tagged: list[tuple[int, int, str, str]]) -> None:
    """Copy stanza's UPOS and lemma onto regex tokens that start at the same offset."""
    by_start = {s: (upos, lemma) for s, _e, upos, lemma in tagged}
    for i, t in enumerate(tokens):
        hit = by_start.get(t.start)
        if hit:
            tokens[i] = t._replace(upos=hit[0], lemma=hit[1])
