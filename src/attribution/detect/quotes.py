"""Quotation marks: find quoted stretches in every mark style, balanced or not.

Handles “ ” " " ‘ ’ ' ' « » „ “, mixed pairs (‘…”), glued marks (``.”Menurut``, ``”Menurut`` at the
start of a paragraph), apostrophes inside words (``Qur’an``), and quotations left open at the end of a
paragraph (continued in the next one, or simply unbalanced).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = "“‘„‚«‹"
CLOSERS = "”’»›"
STRAIGHT = "\"'"
DOUBLE = "\"“”„«»"
ALL_MARKS = OPENERS + CLOSERS + STRAIGHT + "‟‛"
_MARK_RE = re.compile("[" + re.escape(ALL_MARKS) + "]")
_OPEN_LEFT = " \t\n([{:—–-/" + "“‘„«"  # characters after which a mark opens


@dataclass(kw_only=True)
class Quote:
    start: int  # first character of the content (after the opening mark)
    end: int  # end of the content (the closing mark's offset, or the paragraph end)
    open_mark: int | None  # offset of the opening mark (None when the opener is missing)
    close_mark: int | None  # offset of the closing mark (None when left open)
    paragraph: int

    @property
    def outer_start(self) -> int:
        return self.open_mark if self.open_mark is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _is_apostrophe(text: str, i: int) -> bool:
    c = text[i]
    if c not in "'’‛":
        return False
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    return left.isalnum() and right.isalnum()


def _can_open(text: str, i: int, pstart: int) -> bool:
    c = text[i]
    if c in CLOSERS and c not in "”’":
        return False
    right = text[i + 1] if i + 1 < len(text) else " "
    left = text[i - 1] if i > pstart else " "
    if left == ":" and right == " ":
        return True  # "Wenger melanjutkan:” Semuanya …"
    if left in ".!?" and right.isupper():
        return True  # a quotation glued to the previous sentence: 'mereka."Tawaran …'

    if right.isspace() or right in ",.;:!?)":
        return False
    if c in OPENERS:
        return True
    if left in _OPEN_LEFT or left.isspace() or i == pstart:
        return True
    return False


def _can_close(text: str, i: int, pend: int) -> bool:
    c = text[i]
    if c in OPENERS and c != "“":  # “ closes in German-style „…“ only
        return False
    left = text[i - 1] if i > 0 else " "
    if left.isspace():
        # "… bersama. ”": a closer after a space, at the end of the paragraph or before punctuation.
        right = text[i + 1] if i + 1 < pend else " "
        return c in CLOSERS + STRAIGHT and (right.isspace() or right in ",.;:!?)")
    return True


def _start(m: re.Match) -> int:
    return m.start()


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        open_char = ""
        first_here = len(quotes)  # quotations of this paragraph start here: a constant-time "any yet?"
        marks = [i for i in map(_start, _MARK_RE.finditer(text, ps, pe)) if not _is_apostrophe(text, i)]
        for i in marks:
            c = text[i]
            if open_at is None:
                if _can_open(text, i, ps):
                    open_at, open_char = i, c
                elif c in CLOSERS + STRAIGHT and len(quotes) == first_here:
                    # A closing mark with no opener, as in "Kami siap,” kata X": the quotation started at the
                    # paragraph start (only when punctuation and a lower-case word frame the mark).
                    after = text[i + 1 : i + 3]
                    if i > ps and text[ps].isalnum() and text[i - 1] in ",.!?" and len(after) == 2 and after[0] == " " and after[1].islower():
                        quotes.append(Quote(start=ps, end=i, open_mark=None, close_mark=i, paragraph=pi))
                elif text[i - 1 : i] in (" ", "") and text[i + 1 : i + 2] == " " and (i == ps or text[i - 2] in ".!?,:"):
                    open_at, open_char = i, c  # a mark with a space on both sides after a sentence: “ Ada …”
                continue
            single_open = open_char in "‘'‚‛"
            if c in "’'" and not single_open:
                continue  # an apostrophe or nested single quote inside a double quotation
            if _can_close(text, i, pe):
                start, end = open_at + 1, i
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    quotes.append(Quote(start=start, end=end, open_mark=open_at, close_mark=i, paragraph=pi))
                open_at = None
        if open_at is not None:
            start = open_at + 1
            if start < pe:
                quotes.append(Quote(start=start, end=pe, open_mark=open_at, close_mark=None, paragraph=pi))
    return quotes


class QuoteIndex(list):
    """Quotations sorted by start (they do not overlap), with logarithmic look-ups."""

    def __init__(self, quotes: list[Quote]):
        super().__init__(sorted(quotes, key=lambda q: q.start))
        self.starts = [q.start for q in self]

    def within(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self) and self[i].start < end:
            if self[i].end <= end:
                out.append(self[i])
            i += 1
        return out

    def at(self, offset: int) -> Quote | None:
        """The quotation whose content holds ``offset``, if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self[i].start <= offset < self[i].end:
            return self[i]
        return None
