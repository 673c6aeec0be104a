"""The pipeline, stage by stage: segment → quotations → candidates from each named rule → merge →
speakers → outlets and records.

``extract(text)`` runs the fast (regex) analysis; ``extract(text, nlp=pipeline)`` adds stanza's tags.  For
many documents build one :class:`Pipeline` (the lexicon and the speaker resolver are loaded once) and call
:meth:`Pipeline.run`.
"""

from __future__ import annotations

from typing import Any

from . import assemble
from .detect.context import Context
from .detect.direct import continuations, direct
from .detect.merge import dedupe, retype
from .detect.reported import reported
from .lexicon import Lexicon, load
from .model import Attribution, Document, Meta, Span
from .outlets import dateline_outlet
from .speakers import RuleResolver, SpeakerResolver
from .text.sanitize import clean, matching_view
from .text.segment import parse_text

Tags = list[tuple[int, int, str, str]]  # (start, end, upos, lemma) of each stanza token


class Pipeline:
    def __init__(self, lexicon: Lexicon | None = None, resolver: SpeakerResolver | None = None,
                 disabled: frozenset[str] = frozenset()):
        self.lex = lexicon or load()
        self.resolver = resolver or RuleResolver()
        # rule names (RULE_CONFIDENCE, reported.SENTENCE_RULES) or "retype"/"dedupe" to leave out, to measure
        # what each one adds
        self.disabled = disabled

    def run(self, text: str, doc_id: str = "doc", meta: dict[str, Any] | None = None, tags: Tags | None = None) -> Document:
        text = clean(text)  # lone surrogates replaced: the text that is output
        view = matching_view(text)  # what the rules match (same offsets): control characters as spaces, …
        ctx = Context(parse_text(view, tags), self.lex)  # tokens, sentences, paragraphs; quotations
        cands, pending = direct(ctx, self.disabled)  # direct speech next to its cue
        more = reported(ctx, self.disabled)  # reported speech, sentence by sentence
        cands += more if "retype" in self.disabled else [retype(ctx, c) for c in more]  # mixed, direct by marks
        if "quote-continuation" not in self.disabled:
            cands += continuations(ctx, pending, cands)  # cue-less quotation paragraphs
        merged = cands if "dedupe" in self.disabled else dedupe(cands)  # one record per statement
        ordered = assemble.reading_order(ctx, merged)
        speakers = self.resolver.resolve(ctx, ordered)  # who spoke
        attributions = assemble.records(ctx, ordered, speakers)  # outlets, spans, ids
        meta = dict(meta or {})
        meta.setdefault("lang", "id")
        if not meta.get("outlet") and (outlet := dateline_outlet(view, self.lex)):
            meta["outlet"] = outlet
        if view != text:
            attributions = [_respan(a, text) for a in attributions]
        return Document(doc_id=doc_id, text=text, meta=Meta(**meta), attributions=attributions)


def _respan(a: Attribution, text: str) -> Attribution:
    """``a`` with its spans' text taken from the output text (they were cut from the matching view)."""
    update = {name: Span.of(text, span.start, span.end) for name in ("content", "cue", "source")
              if (span := getattr(a, name)) is not None}
    return a.model_copy(update=update)


def extract(text: str, nlp: Any = None, doc_id: str = "doc", meta: dict[str, Any] | None = None,
            lexicon: Lexicon | None = None, tags: Tags | None = None, pipeline: Pipeline | None = None) -> Document:
    """Extract every attribution of ``text``.

    ``nlp``: a loaded stanza pipeline (see :mod:`attribution.nlp`) whose POS tags refine the decisions;
    without it the fast regex analysis is used.  ``tags`` may carry precomputed (start, end, upos, lemma).
    """
    if nlp is not None and tags is None:
        from .nlp import parse, stanza_tags

        tags = stanza_tags(parse(nlp, [text])[0])
    return (pipeline or Pipeline(lexicon)).run(text, doc_id, meta, tags)
