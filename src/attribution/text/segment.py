"""Paragraphs and sentences of raw news text (glued sentences, abbreviations), as offsets; and the parsed
document every later stage reads: tokens, sentences, paragraphs and the indexes to find them by offset.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..lexicon import words
from .tokens import Token, attach_tags, tokenize

# Abbreviations whose full stop does not end a sentence (lower-cased, without the stop).
ABBREVIATIONS = words("abbreviations")
# Sentence-initial words that reveal a sentence glued to the previous one without a space
# (``tersebutDalam``, ``Irak.Dalam``).
GLUE_STARTERS = words("glue_starters")
BANG_NAMES = words("bang_names")  # "E! News": the mark is the name's


# The longest stretch treated as one sentence.  Real news sentences stay far below it (the longest of 62,000
# IndoSum sentences has 763 characters); text without full stops (scraped pages, OCR, transcripts) is cut into
# pieces of at most this size, so that every rule, which looks no further than its sentence, costs a bounded
# amount per trigger and a document costs time linear in its length.
MAX_SENTENCE = 2000


def _bounded(text: str, s: int, e: int, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """``text[s:e]`` as pieces of at most ``limit`` characters, cut after a comma or at a space in the second
    half of each window where there is one (else at the limit)."""
    out = []
    while e - s > limit:
        cut = text.rfind(", ", s + limit // 2, s + limit - 1)
        cut = cut + 1 if cut >= 0 else text.rfind(" ", s + limit // 2, s + limit)
        if cut <= s:
            cut = s + limit
        seg = text[s:cut]
        if seg.strip():
            ls = s + (len(seg) - len(seg.lstrip()))
            out.append((ls, ls + len(seg.strip())))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        out.append((s, e))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (news paragraphs are one line each; blank lines are only separators)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if stripped:
            ls = s + (len(line) - len(line.lstrip()))
            spans.append((ls, ls + len(stripped)))
    return spans


_GLUED_RE = regex.compile(r"(?:(?<=[\p{L}\d\)][.!?])|(?<=[.!?][”\"’])|(?<=\p{Ll}))(?=(\p{Lu}\p{Ll}+|\p{Lu}{2,}(?=\s)))")
_OPENER_GLUED_RE = regex.compile(r"(?<=\p{Ll}[.!?])[“\"](?=\p{Lu})")
_END_RE = regex.compile(r"[.!?…]+[\"”’'»)]*(?=\s+[\"“‘'«(\[]?[\p{Lu}\d])")


def _is_abbrev(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    # an acronym closing a sentence ("… wewenang KPK. “Semuanya …") ends it; only the listed abbreviations
    # (titles, "PT.", "No.", initials) go on
    return bool(word) and word in ABBREVIATIONS


def _word_before(text: str, i: int) -> str:
    """The letters right before ``text[i]``, lower-cased."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (usually one paragraph).

    Splits after ``. ! ?`` before a capital, but not after abbreviations (``dr.``, ``No.``, ``Jl.``); and
    inside glued words where a sentence runs into the next without a space (``tersebutDalam``,
    ``CNN.Hussein``) when the second part starts with a typical sentence opener or follows a full stop.
    """
    end = len(text) if end is None else end
    cuts: list[int] = []
    for m in _END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbrev(text, dot):
            continue
        if m.group() == "!" and _word_before(text, dot) in BANG_NAMES:
            continue  # "seperti dikutip E! News."
        cuts.append(m.end())
    for m in _GLUED_RE.finditer(text, start, end):
        i = m.start()
        word = m.group(1)
        prev = text[i - 1]
        if prev in "”\"’" and text[i - 2] in ".!?":
            cuts.append(i)  # "… dekat.”Al-Sudani"
        elif prev in ".!?":
            # "CNN.Hussein", "Irak.Dalam": a stop glued to a capital; skip web names like "ERA.id".
            left = i - 1
            while left > start and text[left - 1].isalnum():
                left -= 1
            if text[left:i - 1].lower() in ABBREVIATIONS or (i - 1 - left == 1):
                continue  # "dr.Budi", initials "H.Agus"
            cuts.append(i)
        elif word in GLUE_STARTERS and len(word) >= 4:
            cuts.append(i)
    for m in _OPENER_GLUED_RE.finditer(text, start, end):
        cuts.append(m.start())  # 'mereka."Tawaran …': the quotation opens the next sentence
    cuts = sorted(set(c for c in cuts if start < c < end))
    spans = []
    s = start
    for c in cuts + [end]:
        seg = text[s:c]
        if seg.strip():
            ls = s + (len(seg) - len(seg.lstrip()))
            le = ls + len(seg.strip())
            spans.extend(_bounded(text, ls, le) if le - ls > MAX_SENTENCE else [(ls, le)])
        s = c
    return spans


@dataclass
class Parsed:
    """A document segmented once: its tokens, paragraphs and sentences (char spans), each sentence's token
    range, and the start offsets that find the sentence, paragraph or token at an offset."""

    text: str
    tokens: list[Token]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]  # char spans
    sent_tokens: list[tuple[int, int]]  # token index ranges
    tok_starts: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, PER/ORG/LOC) from NER

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, offset) - 1, 0)

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.tok_starts, offset)


HEADLINE_LABELS = words("headline_labels")


def is_reading_tip(p: Parsed, si: int) -> bool:
    """Is sentence ``si`` a label line such as "(Baca: …)" or "Baca juga: …" (headline_labels.tsv)?"""
    toks = p.tokens
    lo, hi = p.sent_tokens[si]
    k = lo + (lo < hi and toks[lo].text in "([")
    for n in (1, 2):
        if k + n < hi and toks[k + n].text == ":" and " ".join(t.lower for t in toks[k : k + n]) in HEADLINE_LABELS:
            return True
    return False


TITLE_CASE_SMALL_WORDS = words("title_case_small_words")


def is_title_case_line(p: Parsed, si: int) -> bool:
    """Is sentence ``si`` a whole paragraph written as a Title Case headline, four words or more, with no closing
    punctuation ("Manajemen JKT48 Paling Terakhir Ucapkan Belasungkawa untuk Jiro Inao": a related article's
    link scraped into the text)?"""
    toks = p.tokens
    lo, hi = p.sent_tokens[si]
    s, e = p.sentences[si]
    para = p.paragraphs[p.paragraph_of(s)]
    if not (para[0] == s and p.text[e:para[1]].strip() == "") or hi - lo < 4 or not toks[hi - 1].is_word:
        return False
    ws = [t for t in toks[lo:hi] if t.is_word]
    return len(ws) >= 4 and all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower in TITLE_CASE_SMALL_WORDS for t in ws) \
        and sum(t.text[:1].isupper() for t in ws) >= 3


def parse_text(text: str, tags: list[tuple[int, int, str, str]] | None = None,
               entities: list[tuple[int, int, str]] | None = None) -> Parsed:
    paras = paragraphs(text)
    sents: list[tuple[int, int]] = []
    for ps, pe in paras:
        sents.extend(sentences(text, ps, pe))
    tokens = tokenize(text)
    if tags:
        attach_tags(tokens, tags)
    starts = [t.start for t in tokens]
    sent_tok = [(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e in sents]
    return Parsed(text=text, tokens=tokens, paragraphs=paras, sentences=sents, sent_tokens=sent_tok, tok_starts=starts, sent_starts=[s for s, _ in sents], para_starts=[s for s, _ in paras], entities=list(entities or []))
