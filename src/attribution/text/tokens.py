"""Tokens of raw news text, as offsets into the original string.

This is the fast (regex) tokeniser; when the stanza pipeline is used, its tags are attached to these same
tokens (:func:`attach_tags`), so every later step works on one representation.
"""

from __future__ import annotations

import operator
from collections import namedtuple
from functools import partial
from itertools import repeat

import regex

TOKEN_RE = regex.compile(r"\d+(?:[.,]\d+)+(?![\w])|\w+(?:[-'’]\w+)*|[^\w\s]", regex.UNICODE)  # "1.283", "2,5", "22.00": one number
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'"

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


def attach_tags(tokens: list[Token], tagged: list[tuple[int, int, str, str]]) -> None:
    """Copy stanza's UPOS and lemma onto regex tokens that start at the same offset."""
    by_start = {s: (upos, lemma) for s, _e, upos, lemma in tagged}
    for i, t in enumerate(tokens):
        hit = by_start.get(t.start)
        if hit:
            tokens[i] = t._replace(upos=hit[0], lemma=hit[1])
