"""schema.org ``Claim`` records (JSON-LD), one per attribution, for fact-check tools.

``claims(doc)`` turns a :class:`~attribution.model.Document` into a list of JSON-LD objects::

    {"@context": "https://schema.org", "@type": "Claim",
     "identifier": "<doc_id>#<content start>-<content end>",
     "text": <the content>, "author": {"@type": "Person" | "Organization" | "CreativeWork", "name", "jobTitle"?},
     "appearance": {"@type": "NewsArticle", "identifier": <doc_id>, "url"?, "publisher"?, "datePublished"?},
     "isBasedOn"?: [{"@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization", "name": <outlet>}}],
     "datePublished"?: <the statement's date where its sentence gives one>,
     "attribution:id", "attribution:type", "attribution:content", "attribution:cue", "attribution:source",
     "attribution:speaker", "attribution:speakerKind", "attribution:role", "attribution:outlets",
     "attribution:rule", "attribution:confidence", "attribution:sentence"}

The project's own fields carry the prefix :data:`PREFIX` (``attribution:``): a JSON-LD processor reads such a
key as an absolute IRI and keeps it, and schema.org consumers ignore it, so nothing of the record is lost.
"""

from __future__ import annotations

import bisect
from typing import Any

from .dates import article_date, statement_date
from .model import Attribution, Document
from .text.segment import paragraphs, sentences

CONTEXT = "https://schema.org"
PREFIX = "attribution:"

#: ``speaker_kind`` → the schema.org type of the author.  Unnamed people (``juru bicara kedutaan``) are
#: people; outlets are organisations; a document speaking for itself (``pernyataan dari kantornya``) is a
#: ``CreativeWork`` (outside ``Claim.author``'s expected range: map it to the publisher if you must).
AUTHOR_TYPES = {"person": "Person", "anonymous": "Person", "organisation": "Organization",
                "outlet": "Organization", "document": "CreativeWork"}


def identifier(doc_id: str, a: Attribution) -> str:
    """Stable across runs: the document id and the content's offsets."""
    return f"{doc_id}#{a.content.start}-{a.content.end}"


def _span(span) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _author(a: Attribution) -> dict[str, Any] | None:
    name = a.speaker or (a.source.text if a.source else None)
    if not name:
        return None
    author: dict[str, Any] = {"@type": AUTHOR_TYPES.get(a.speaker_kind or "person", "Person"), "name": name}
    if a.role:
        author["jobTitle"] = a.role
    return author


def _frame(a: Attribution, sents: list[tuple[int, int]], starts: list[int]) -> tuple[int, int]:
    """The sentences from the statement's first span to its last (cue, source and content)."""
    spans = [s for s in (a.content, a.cue, a.source) if s is not None]
    first = max(bisect.bisect_right(starts, min(s.start for s in spans)) - 1, 0)
    last = max(bisect.bisect_right(starts, max(s.end for s in spans) - 1) - 1, 0)
    return (sents[first][0], sents[last][1]) if sents else (0, 0)


def appearance(doc: Document, date: str | None = None) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle``: its id, url, publisher and date where known."""
    meta = doc.meta
    art: dict[str, Any] = {"@type": "NewsArticle", "identifier": doc.doc_id}
    if meta and meta.url:
        art["url"] = meta.url
    if meta and meta.outlet:
        art["publisher"] = {"@type": "NewsMediaOrganization", "name": meta.outlet}
    if date:
        art["datePublished"] = date
    return art


def claims(doc: Document) -> list[dict[str, Any]]:
    """One schema.org ``Claim`` per attribution of ``doc``, in the document's order."""
    published = (doc.meta.date if doc.meta else None) or article_date(doc.text)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    art = appearance(doc, published)
    sents = [s for ps, pe in paragraphs(doc.text) for s in sentences(doc.text, ps, pe)]
    starts = [s for s, _ in sents]
    contents = [(a.content.start, a.content.end) for a in doc.attributions]
    out = []
    for a in doc.attributions:
        claim: dict[str, Any] = {"@context": CONTEXT, "@type": "Claim", "identifier": identifier(doc.doc_id, a),
                                 "text": a.content.text}
        if (author := _author(a)) is not None:
            claim["author"] = author
        claim["appearance"] = art
        if a.outlets:
            claim["isBasedOn"] = [{"@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization", "name": o}}
                                  for o in a.outlets]
        if (when := statement_date(doc.text, _frame(a, sents, starts), contents, year)) is not None:
            claim["datePublished"] = when
        own = {"id": a.id, "type": a.type, "content": _span(a.content), "cue": _span(a.cue),
               "source": _span(a.source), "speaker": a.speaker, "speakerKind": a.speaker_kind, "role": a.role,
               "outlets": list(a.outlets), "rule": a.rule, "confidence": a.confidence,
               "sentence": getattr(a, "sentence", None)}
        claim.update({PREFIX + k: v for k, v in own.items() if v is not None})
        out.append(claim)
    return out


def min_confidence(doc: Document, threshold: float | None) -> Document:
    """``doc`` without the attributions whose confidence is below ``threshold`` (no confidence counts as 0)."""
    if not threshold:
        return doc
    keep = [a for a in doc.attributions if (a.confidence or 0.0) >= threshold]
    return doc if len(keep) == len(doc.attributions) else doc.model_copy(update={"attributions": keep})
