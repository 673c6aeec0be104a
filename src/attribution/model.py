"""The data model: spans with offsets, attributions, documents.

Implements the gold and prediction format of ``spec/gold-format.md``: gold and predictions share one
shape, so any output can be scored and viewed.  Predictions may carry extra fields (rule, confidence,
speaker kind, role, sentence index); readers of gold ignore what they do not know.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

AttributionType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organisation", "anonymous", "document", "outlet"]
TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")


class Span(BaseModel):
    """A stretch of the document text: ``text == doc.text[start:end]`` (code points, end exclusive)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but start..end covers {self.end - self.start}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start=start, end=end, text=text[start:end])


class Attribution(BaseModel):
    """One attributed statement: its content, the cue that signals it, who said it and via which outlets."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: AttributionType
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    outlets: list[str] = Field(default_factory=list)
    # Prediction-only fields (absent from hand-labeled gold).
    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    speaker_kind: SpeakerKind | None = None
    role: str | None = None


class Meta(BaseModel):
    model_config = ConfigDict(extra="allow")

    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = "id"


class Document(BaseModel):
    """A document with its attributions; every span is checked against ``text``."""

    model_config = ConfigDict(extra="allow")

    doc_id: str = Field(min_length=1)
    text: str
    meta: Meta | None = None
    attributions: list[Attribution] = Field(default_factory=list)

    @field_validator("attributions")
    @classmethod
    def _spans_match_text(cls, attributions: list[Attribution], info: ValidationInfo) -> list[Attribution]:
        text = info.data.get("text")
        if text is None:
            return attributions
        seen: set[str] = set()
        for a in attributions:
            if a.id in seen:
                raise ValueError(f"attribution id {a.id!r} is used twice")
            seen.add(a.id)
            for name in ("content", "cue", "source"):
                span: Span | None = getattr(a, name)
                if span is None:
                    continue
                if span.end > len(text):
                    raise ValueError(
                        f"attribution {a.id}: {name} end {span.end} is past the end of the text ({len(text)})"
                    )
                actual = text[span.start : span.end]
                if actual != span.text:
                    raise ValueError(
                        f"attribution {a.id}: {name} text {span.text!r} does not match "
                        f"text[{span.start}:{span.end}] = {actual!r}"
                    )
        return attributions


class ErrorRecord(BaseModel):
    """What the output holds for a document that could not be processed: nothing is silently lost."""

    model_config = ConfigDict(extra="allow")

    doc_id: str | None = None
    error: str
    file: str | None = None
    line: int | None = None


def json_schema() -> dict[str, Any]:
    """JSON Schema of one output line (a document)."""
    return Document.model_json_schema()
