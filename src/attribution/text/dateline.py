"""The dateline that opens an article (``Jakarta (ANTARA News) -``, ``Suara.com -``, ``IslamTimes -``).

Two readings of the same line, kept together here: :func:`dateline_end` skips a dateline at the start of a
sentence (so that it is not part of a statement), :func:`dateline_publisher` reads the publisher's name out
of it (for ``meta.outlet``).  The first accepts any capitalised place and bracketed agency; the second needs
a name it can return.
"""

from __future__ import annotations

import regex

_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{L}\d.]*(?:[ ,]+\p{Lu}[\p{L}\d.]*){0,3})?[ ,]*(?:\([^()\n]{1,40}\))?\s+[-–—]+\s+"
)
_PUBLISHER = regex.compile(
    r"^\s*(?:[\p{Lu}][\p{L}.\- ]{1,40}?\s*(?:,\s*|\(\s*))?"
    r"(?P<outlet>[\p{L}\d][\p{L}\d.]*(?:\s[\p{Lu}\d][\p{L}\d.]*){0,2})\s*\)?\s*[-–—]\s"
)


def dateline_end(text: str, start: int, end: int) -> int | None:
    """End of a dateline of under 60 characters starting at ``start``, else None."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m and m.end() - start < 60 else None


def dateline_publisher(line: str) -> str | None:
    """The publisher's name written in a dateline line, else None."""
    m = _PUBLISHER.match(line)
    return m.group("outlet").strip() if m else None
