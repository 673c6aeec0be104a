"""Quotation marks: find quoted stretches in every mark style, balanced or not.

Handles “ ” " " ‘ ’ ' ' « » „ “, mixed pairs (‘…”), glued marks (``.”Menurut``, ``”Menurut`` at the
start of a paragraph), apostrophes inside words (``Qur’an``), and quotations left open at the end of a
paragraph (continued in the next one, or simply unbalanced), closers written against the cue after them
(``…, "ujarnya``, with or without an opener) and paragraphs opened by a mark and a space (``” Dia …,” ucapnya``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

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


def _glued_to_cue(text: str, i: int, ps: int) -> bool:
    """A mark after a clause's comma or full stop and a space, glued to the lower-case word after it:
    ``…, "ujarnya`` / ``…, ”kata X`` (the closing mark of a quotation written against its cue)."""
    return (i - 2 >= ps and text[i - 1] == " " and text[i - 2] in ",.!?"
            and i + 1 < len(text) and text[i + 1].islower())


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _start(m: re.Match) -> int:
    return m.start()


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        open_char = ""
        first_here = len(quotes)  # quotations of this paragraph start here: a constant-time "any yet?"
        marks = [i for i in map(_start, _MARK_RE.finditer(text, ps, pe)) if not _is_apostrophe(text, i)]
        last_double = max((k for k, i in enumerate(marks) if text[i] in DOUBLE), default=-1)
        for k, i in enumerate(marks):
            c = text[i]
            if open_at is None:
                if (len(quotes) == first_here and c in DOUBLE and k == last_double and text[ps].isalnum()
                        and _glued_to_cue(text, i, ps)):
                    # "Jika ada pemilu …, "ujarnya kepada Reuters": the last mark of a paragraph with no opener,
                    # glued to the cue after it, closes a quotation that started at the paragraph start
                    quotes.append(Quote(start=ps, end=_trim_end(text, ps, i), open_mark=None, close_mark=i, paragraph=pi))
                    continue
                if _can_open(text, i, ps):
                    open_at, open_char = i, c
                    continue
                if c in CLOSERS + STRAIGHT and len(quotes) == first_here:
                    # A closing mark with no opener, as in "Kami siap,” kata X": the quotation started at the
                    # paragraph start (only when punctuation and a lower-case word frame the mark).
                    after = text[i + 1 : i + 3]
                    if i > ps and text[ps].isalnum() and text[i - 1] in ",.!?" and len(after) == 2 and after[0] == " " and after[1].islower():
                        quotes.append(Quote(start=ps, end=i, open_mark=None, close_mark=i, paragraph=pi))
                        continue
                if text[i + 1 : i + 2] == " " and ((i == ps and c in DOUBLE) or (text[i - 1] == " " and text[i - 2] in ".!?,:")):
                    # a mark with a space on both sides after a sentence or opening the paragraph: “ Ada …”, and
                    # the closer-shaped ” that some outlets open with: ”<space>Dia masih perlu adaptasi,” ucapnya
                    open_at, open_char = i, c
                continue
            if c in DOUBLE and open_char in DOUBLE and _glued_to_cue(text, i, ps):
                # "“Kami sudah siap, "ujar Yudi": a closer written glued to the cue word after it
                start, end = open_at + 1, _trim_end(text, open_at + 1, i)
                while start < end and text[start].isspace():
                    start += 1
                if start < end:
                    quotes.append(Quote(start=start, end=end, open_mark=open_at, close_mark=i, paragraph=pi))
                open_at = None
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


# A title in straight single marks set off by spaces, as scraped news writes songs, films and shows: "lagu
# ' Ketika Tangan dan Kaki Berkata ' milik Chrisye", "Pemain film ' Comic 8: Casino King ' ini": two to ten words,
# each capitalised or a short function word of a title.  No quotation (find_quotes needs a mark glued to its
# first word), and no cue ("Berkata") or speaker inside it.  One word in such marks is more often a nickname.
_TITLE_WORD = r"(?:[\p{Lu}\p{N}][\p{L}\p{N}:.&!?-]*|of|the|and|dan|di|ke|dari|yang|in|on|a|to|for|with|&)"
_TITLE_RE = regex.compile(r"(?<![\p{L}\p{N}])' (" + _TITLE_WORD + r"(?: " + _TITLE_WORD + r"){1,9}) '(?![\p{L}\p{N}])")


def find_titles(text: str) -> list[tuple[int, int]]:
    """Spans (marks included) of the titles in spaced single marks."""
    return [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]


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
