"""Stanza's analysis as the extractor reads it: (start, end, UPOS, lemma) per token."""

from __future__ import annotations

from typing import Any


def stanza_tags(doc: Any) -> list[tuple[int, int, str, str]]:
    """(start, end, upos, lemma) of every stanza token (the first word's tags for multi-word tokens)."""
    out = []
    for sent in doc.sentences:
        for tok in sent.tokens:
            if tok.start_char is None:
                continue
            w = tok.words[0]
            out.append((tok.start_char, tok.end_char, w.upos or "", w.lemma or ""))
    return out
