"""The pipeline, stage by stage: segment → quotations → candidates from each named rule → merge →
speakers → outlets and records.

``extract(text)`` runs the fast (regex) analysis; ``extract(text, nlp=pipeline)`` adds stanza's tags.  For
many documents build one :class:`Pipeline` (the lexicon and the speaker resolver are loaded once) and call
:meth:`Pipeline.run`.
"""

from __future__ import annotations

from typing import Any

from . import assemble
from .detect.candidates import Candidate
from .detect.context import Context
from .detect.cues import CueMatch
from .detect.direct import continuations, direct
from .detect.merge import dedupe, outside_titles, retype
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
                 disabled: frozenset[str] = frozenset(), ner: Any = None):
        self.lex = lexicon or load()
        self.resolver = resolver or RuleResolver(disabled)
        self.ner = ner  # a loaded NerTagger (attribution.nlp.ner): typed entities for the speaker step
        # rule names (RULE_CONFIDENCE, reported.SENTENCE_RULES, speakers.coreference.SPEAKER_RULES) or
        # "retype"/"dedupe" to leave out, to measure
        # what each one adds
        self.disabled = disabled

    def resolve_given(self, doc: Document) -> Document:
        """Speakers and outlets for the records ``doc`` already has (gold spans): the speaker step alone."""
        ctx = Context(parse_text(doc.text), self.lex)
        ordered = assemble.reading_order(ctx, given_candidates(ctx, doc))
        attributions = assemble.records(ctx, ordered, self.resolver.resolve(ctx, ordered))
        return Document(doc_id=doc.doc_id, text=doc.text, meta=doc.meta, attributions=attributions)

    def run(self, text: str, doc_id: str = "doc", meta: dict[str, Any] | None = None, tags: Tags | None = None) -> Document:
        text = clean(text)  # lone surrogates replaced: the text that is output
        view = matching_view(text)  # what the rules match (same offsets): control characters as spaces, …
        parsed = parse_text(view, tags)  # tokens, sentences, paragraphs
        if self.ner is not None:
            parsed.entities = self.ner.entities(view, parsed.tokens)  # people, organisations, places
        ctx = Context(parsed, self.lex)  # quotations
        cands, pending = direct(ctx, self.disabled)  # direct speech next to its cue
        more = outside_titles(ctx, reported(ctx, self.disabled))  # reported speech, sentence by sentence
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


def given_candidates(ctx: Context, doc: Document) -> list[Candidate]:
    """The document's own records as candidates (content, cue and source spans as labelled), so that only
    speakers and outlets are left to resolve (``attribution evaluate --given-spans``)."""
    out = []
    for a in doc.attributions:
        cue = None
        if a.cue is not None:
            glued = a.source is not None and a.source.text.lower() in {"nya", "-nya"} and a.source.start <= a.cue.end + 1
            cue = CueMatch(start=a.cue.start, end=a.cue.end, lemma=a.cue.text.lower(), clitic_start=a.source.start if glued else None, frames=frozenset())
        out.append(Candidate(type=a.type, start=a.content.start, end=a.content.end, rule="given",
                             sentence=ctx.p.sentence_of(a.content.start), cue=cue,
                             source=(a.source.start, a.source.end) if a.source else None))
    return out


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
    if pipeline is None:
        ner = None
        if nlp is not None:  # the default (full) mode uses the entity model too
            from .nlp.ner import NerTagger

            ner = NerTagger.load()
        pipeline = Pipeline(lexicon, ner=ner)
    return pipeline.run(text, doc_id, meta, tags)
