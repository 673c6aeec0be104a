"""Text at the boundary: what the rules match against, with offsets unchanged.

:func:`clean` replaces lone surrogates (which no encoder can write) by U+FFFD: the text that is output.
:func:`matching_view` is the same text as the rules see it, character for character at the same offsets:
control characters (NUL, …; not tab, line feed, carriage return), line and paragraph separators, zero-width
spaces and bidirectional marks become spaces, so they neither hide a frame (``Menurut\\u200b Budi\\u200b,``)
nor open a span; other quotation-mark styles become the ones :mod:`attribution.detect.quotes` knows:
full-width ``＂`` a straight ``"``, ``「 」`` ``“ ”``, ``『 』`` ``‘ ’``, and TeX-style ``` `` ''``` a space and
``“`` / a space and ``”`` (two characters each, so the offsets stay put).
"""

from __future__ import annotations

import re

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SPACE_CHARS = ("".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\x7f\x85"
                + "\u2028\u2029\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                + "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_TABLE = {ord(c): " " for c in _SPACE_CHARS} | {ord("＂"): '"', ord("「"): "“", ord("」"): "”", ord("『"): "‘",
                                                ord("』"): "’"}
_ODD_RE = re.compile("[" + re.escape(_SPACE_CHARS) + "＂「」『』]")


def clean(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (same length)."""
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def matching_view(text: str) -> str:
    """The text the rules match against: same length, same offsets (see the module's docstring)."""
    if _ODD_RE.search(text):
        text = text.translate(_TABLE)
    if "``" in text:
        text = text.replace("``", " “")
        text = text.replace("''", " ”")
    return text
