"""Turn hand-written labels that quote snippets into gold records with offsets (`attribution gold anchor`).

A labeler writes what they read, not offsets.  One JSON line per document::

    {"doc_id": "seed-000", "file": "seeds/000_5303c0ab37e2f736.txt", "meta": {...},
     "attributions": [
       {"type": "direct", "content": "Ini adalah masalah kedaulatan Irak. … kekerasan,",
        "cue": "kata", "source": "Blinken", "speaker": "Antony Blinken", "outlets": ["VOA"]}]}

- ``content`` must occur verbatim in the text; when it occurs more than once, ``content_occurrence``
  (1-based) says which.
- ``cue`` and ``source`` are found nearest to the content (the source nearest to the cue).  Where that
  would pick the wrong occurrence, ``cue_in`` / ``source_in`` give a longer snippet that holds the cue
  (source) and occurs once in the text, e.g. ``"cue_in": "kata Blinken pada Minggu"``.
- A cue or source may sit inside a word (``tambah`` in ``tambahnya``, source ``nya``).

Nothing here predicts anything: it only converts what a person wrote into offsets, and says where a
snippet cannot be found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Attribution, Document, Meta, Span


class AnchorError(ValueError):
    pass


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _word_start_ok(text: str, i: int, needle: str) -> bool:
    """A cue/source snippet should start a word, except a clitic (``nya``) glued to its host."""
    if needle.lower() in {"nya", "-nya"}:
        return True
    return i == 0 or not (text[i - 1].isalnum())


def _nearest(text: str, needle: str, anchor: tuple[int, int], within: tuple[int, int] | None) -> Span:
    starts = _occurrences(text, needle)
    if within is not None:
        starts = [s for s in starts if within[0] <= s and s + len(needle) <= within[1]]
    starts = [s for s in starts if _word_start_ok(text, s, needle)] or starts
    if not starts:
        raise AnchorError(f"{needle!r} not found" + (" inside its *_in snippet" if within else ""))
    best = min(starts, key=lambda s: (_distance((s, s + len(needle)), anchor), s))
    return Span.of(text, best, best + len(needle))


def _unique(text: str, snippet: str, what: str) -> tuple[int, int]:
    occ = _occurrences(text, snippet)
    if len(occ) != 1:
        raise AnchorError(f"{what} {snippet!r} occurs {len(occ)} times; it must occur once")
    return occ[0], occ[0] + len(snippet)


def anchor_attribution(text: str, rec: dict[str, Any], ident: str) -> Attribution:
    content = rec.get("content")
    if not content:
        raise AnchorError("content is missing")
    occ = _occurrences(text, content)
    if not occ:
        raise AnchorError(f"content {content[:60]!r} not found in the text")
    n = rec.get("content_occurrence")
    if n is None:
        if len(occ) > 1:
            raise AnchorError(f"content {content[:60]!r} occurs {len(occ)} times: give content_occurrence")
        n = 1
    if not 1 <= n <= len(occ):
        raise AnchorError(f"content_occurrence {n} but the content occurs {len(occ)} times")
    c0 = occ[n - 1]
    cspan = Span.of(text, c0, c0 + len(content))
    anchor = (cspan.start, cspan.end)

    cue = None
    if rec.get("cue"):
        within = _unique(text, rec["cue_in"], "cue_in") if rec.get("cue_in") else None
        cue = _nearest(text, rec["cue"], anchor, within)
    source = None
    if rec.get("source"):
        within = _unique(text, rec["source_in"], "source_in") if rec.get("source_in") else None
        near = (cue.start, cue.end) if cue is not None else anchor
        source = _nearest(text, rec["source"], near, within)
    known = {"type", "content", "content_occurrence", "cue", "cue_in", "source", "source_in", "speaker", "outlets", "id"}
    extra = {k: v for k, v in rec.items() if k not in known}
    return Attribution(
        id=rec.get("id") or ident,
        type=rec.get("type", "direct"),
        content=cspan,
        cue=cue,
        source=source,
        speaker=rec.get("speaker"),
        outlets=list(rec.get("outlets") or []),
        **extra,
    )


def read_article(path: Path) -> str:
    """An article file as the gold sees it: without a leading ``# source:`` provenance header."""
    from ..io import strip_provenance

    return strip_provenance(path.read_text(encoding="utf-8"))[0]


def anchor_document(rec: dict[str, Any], base: Path) -> Document:
    if "text" in rec:
        text = rec["text"]
    elif "file" in rec:
        text = read_article((base / rec["file"]).resolve())
    else:
        raise AnchorError("neither text nor file is given")
    atts, problems = [], []
    for i, a in enumerate(rec.get("attributions", []), 1):
        try:
            atts.append(anchor_attribution(text, a, f"a{i}"))
        except (AnchorError, ValueError) as exc:
            problems.append(f"attribution {i}: {exc}")
    if problems:
        raise AnchorError("; ".join(problems))
    atts.sort(key=lambda a: (a.content.start, a.content.end))
    for i, a in enumerate(atts, 1):
        a.id = f"a{i}"
    meta = Meta(**rec["meta"]) if rec.get("meta") else None
    return Document(doc_id=rec["doc_id"], text=text, meta=meta, attributions=atts)
