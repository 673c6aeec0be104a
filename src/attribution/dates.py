"""Dates written in the text: ``6 November 2023``, ``Jumat (8/12/2023)``, ``(15/7)``, ``2024-01-08``.

Used by the schema.org output (:mod:`attribution.claims`): the article's date when ``meta.date`` is not
given, and the date of a statement where its sentence names one.  Reading only; extraction does not use it.
Month names live in ``data/months.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in resources.files("attribution").joinpath("data/months.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, number = line.split("\t")[:2]
            out[name.strip().lower()] = int(number)
    return out


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    names = "|".join(sorted(months(), key=len, reverse=True))
    return regex.compile(
        r"(?<![\w/-])(?:"
        r"(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>[0-3]\d))?"  # ISO 2024-01-08, 2024-01
        r"|(?P<nd>[0-3]?\d)\s+(?P<nm>" + names + r")\.?(?:\s+(?P<ny>(?:19|20)\d\d))?"  # 6 November 2023
        r"|(?P<sd>[0-3]?\d)/(?P<sm>1[0-2]|0?[1-9])(?:/(?P<sy>(?:19|20)?\d\d))?"  # 8/12/2023, 15/7
        r")(?![\w/-])",
        regex.IGNORECASE,
    )


@dataclass(frozen=True)
class TextDate:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    def iso(self, year: int | None = None) -> str | None:
        """``YYYY-MM-DD`` (or ``YYYY-MM``); ``year`` fills a date written without one; None without a year."""
        y = self.year or year
        if y is None:
            return None
        return f"{y:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[TextDate]:
    """Every date written in ``text[start:end]``, in order (impossible days are skipped)."""
    out = []
    for m in _pattern().finditer(text, start, len(text) if end is None else end):
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), m.group("id")
        elif m.group("nm"):
            y, mo, d = m.group("ny"), months()[m.group("nm").lower()], m.group("nd")
        else:
            y, mo, d = m.group("sy"), int(m.group("sm")), m.group("sd")
            if y is None and "(" not in text[max(0, m.start() - 1) : m.start()]:
                continue  # a bare 15/7 is as often a score or a ratio; only (15/7) is taken
        year = int(y) if y else None
        if year is not None and year < 100:
            year += 2000
        day = int(d) if d else None
        if day is not None and not 1 <= day <= 31:
            continue
        out.append(TextDate(start=m.start(), end=m.end(), year=year, month=mo, day=day))
    return out


def article_date(text: str) -> str | None:
    """The first date with a year that the text gives (``None`` when it gives none)."""
    for d in find_dates(text):
        if d.year is not None:
            return d.iso()
    return None


def statement_date(text: str, frame: tuple[int, int], contents: list[tuple[int, int]], year: int | None) -> str | None:
    """The first date written in ``text[frame]`` (the sentences of a statement) outside every statement's
    content (a date inside a statement is what it is about, not when it was made): ``dilansir dari VOA,
    Senin, 6 November 2023``, ``kata X, Jumat (8/12/2023)``.  A date written without a year takes ``year``."""
    for d in find_dates(text, *frame):
        if any(d.start >= s and d.end <= e for s, e in contents):
            continue
        if (iso := d.iso(year)) is not None:
            return iso
    return None
