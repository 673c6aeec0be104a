"""Capitalised words of a document that stand where no sentence starts: evidence that they are names."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import words

TIME_WORDS = words("time_words")
_MIDCAP_RE = regex.compile(r"(?<=[\p{Ll}\d,)] )\p{Lu}[\p{L}'’-]*")
_ACRONYM_RE = regex.compile(r"(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])")
_ARABIC_RE = regex.compile(r"(?<![\p{L}])(?i:al|el|ad|as|bin|abu)-\p{Lu}[\p{L}'’-]*")


@lru_cache(maxsize=8)
def proper_words(text: str) -> frozenset[str]:
    """Capitalised words seen where no sentence starts (after a lower-case word or a comma): names."""
    found = {w for w in _MIDCAP_RE.findall(text) if w.lower() not in TIME_WORDS}
    found.update(_ACRONYM_RE.findall(text))  # acronyms: PBB, KPK
    for w in _ARABIC_RE.findall(text):  # al-Sudani
        found.update({w, w[0].upper() + w[1:]})
    return frozenset(found)
