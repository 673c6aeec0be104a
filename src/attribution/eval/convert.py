"""Converters from other attribution corpora to the project's gold format (``spec/gold-format.md``).

PFSA-ID (Purnomo et al. 2022/2024; Kompas news, CC BY-NC-SA 4.0) is a token-per-line corpus:
``token<TAB>BILOU-tag``, one blank line between sentences, labels PERSON, PERSONCOREF, ROLE, AFFILIATION,
CUE, CUECOREF, STATEMENT, ISSUE, EVENT, DATETIME, LOCATION.  :func:`convert_pfsa` turns one such file
into :class:`~attribution.model.Document` objects.  Nothing of the corpus is stored in this package:
the files are read where they lie.

How the conversion works, and where it guesses
==============================================

Articles
    The corpus has no document separator.  A new article starts at a sentence that opens with a Kompas
    dateline: the token ``KOMPAS`` among the first seven tokens, preceded only by upper-case place
    words and commas (``JAKARTA , KOMPAS —``, ``TANGERANG SELATAN , KOMPAS –``, also the inverted
    ``KOMPAS , BANYUWANGI —``) and followed within three tokens by a dash (``—``, ``–`` or ``-``).
    Features and opinion pieces carry no dateline; every article of the corpus has exactly one ISSUE
    span (its lead), so a sentence where an ISSUE span starts also opens a new article when the current
    article already has an ISSUE.  Such an article is taken to begin at that sentence (a title or
    kicker printed before the lead stays with the previous article).  On dev-40 this gives 409
    articles for 408 ISSUE spans: one dateline article has no ISSUE, and one two-sentence ISSUE piece
    stands alone.  ``doc_id`` is
    ``<file stem>-<n>``, ``n`` counted from 1 and zero-padded to at least three digits.

Text
    Tokens are joined with one space, except: no space before ``, . ; : ? ! % …`` and closing brackets
    or quotes, none after opening brackets or quotes, none around ``/``, and none around ``-`` between
    two word tokens (``Covid - 19`` → ``Covid-19``; a dateline dash keeps its spaces).  Sentences are
    joined by one space: the corpus keeps no paragraph breaks (no double blank lines, no markers), so
    the text is one paragraph.  Every token keeps its character offsets, so a labelled span is exactly
    ``text[start:end]``.

Quotation marks
    The corpus writes ``”`` for opening and closing marks alike, and its sentence splitter often leaves
    the opening mark of a quotation at the end of the previous sentence.  A mark's role is decided
    (1) by the labels where they say it: a mark that is the first token of a STATEMENT span opens, the
    last token closes; ``“ „ « ‘`` always open and ``» ’`` close; (2) for the other ``” " '`` marks,
    within the sentence: a mark that is the sentence's last token opens (the split quotation above),
    unless the last mark before it opened and it follows ``? !`` or the next sentence starts in lower
    case (``… positif? ” | ujar …``);
    the first of the rest closes when it follows ``, . ? !`` (``…, ” kata X``) or the last mark before
    it in the article opened, provided the rest is an odd number (or both hold); the remaining marks
    alternate open/close.

Records
    Every STATEMENT span gives one record.  Its type is ``direct`` when it is enclosed in quotation
    marks (a mark as the span's first/last character, or directly outside it): the content is what lies
    between the marks.  It is ``mixed`` when it contains marks but is not enclosed, else ``indirect``
    (then a leading complementiser — ``bahwa``, ``agar``, … — and a final full stop are left out, as the
    guidelines ask).  Almost every PFSA-ID statement is a direct quotation.

    The corpus does not say which CUE and PERSON go with which STATEMENT.  The cue is the CUE or
    CUECOREF span nearest (in tokens) to the statement among those in the sentences the statement
    touches (ties go to the cue after the statement, ``“…,” kata X``); when there is none, the nearest
    one in the sentence just before (``“A,” kata X. “B.”``: one cue serves both records), and failing
    that in the sentence just after (``… . Hal itu diungkapkan X``).  Cues inside a STATEMENT span are
    never used.  Limits: a statement whose cue is two sentences away gets none; when both neighbouring
    sentences hold cues the earlier one wins even if the later one was meant; and in a sentence
    holding two quotations and two cues the nearest cue may be the wrong one.  In dev-40, 1,643 of
    1,653 statements find a cue in their own sentences, 9 in the next one, 1 none.

    The source is the PERSON or PERSONCOREF span nearest to that cue in the cue's sentence (ties: the
    one after the cue, ``kata Risma``), never one inside a STATEMENT span.  A CUECOREF with a clitic
    (``katanya``) is split as the guidelines ask: the cue is ``kata`` and the source is ``nya``.  A
    ``role`` is stored when ROLE/AFFILIATION spans touch the person mention (before it, or after it
    behind a comma), e.g. ``Kepala Dinas Kesehatan``.

    ``speaker`` is a name: for a PERSON mention, the longest PERSON mention of the article that contains
    all its words (``Risma`` → ``Tri Rismaharini`` only when written so; otherwise the mention itself).
    A PERSONCOREF (``Presiden``, ``dia``, ``Sri Mulyani``), a clitic source (``nya``) or a record with
    no source is resolved: a pronoun or clitic to the nearest preceding PERSON outside quotations (in
    the cue's sentence first, then earlier in the article); a name or title to the nearest preceding
    PERSON whose words contain it or whose adjacent ROLE equals it, then to any PERSON of the article
    doing so; failing that, a PERSONCOREF keeps its own text.  A record with neither source nor cue
    takes the nearest PERSON of its own sentences.  The extra field ``speaker_from`` says which
    of these happened (``person``, ``coref``, ``coref-text``, ``clitic``, ``nearest-preceding``,
    ``statement-sentence``, ``none``), so doubtful records can be filtered.

    ``outlets`` is empty (the corpus does not label relays); ``meta`` has outlet ``Kompas``, lang
    ``id``, ``source`` ``PFSA-ID (CC BY-NC-SA 4.0)``, and ``pfsa_file``/``pfsa_line`` (where the
    article starts in the file).

Malformed input
    A line without a tag, with an unknown tag, an ``I-``/``L-`` without its ``B-``, a span left open,
    and so on, is reported as ``file:line: message`` and the conversion goes on (a tag-less token is
    read as ``O``; a broken span is closed or opened where the tags allow).  Problems go to the
    ``problems`` list when one is passed, otherwise they are issued as :class:`PfsaFormatWarning`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..lexicon import words
from ..model import Attribution, Document, Meta, Span

PFSA_META_SOURCE = "PFSA-ID (CC BY-NC-SA 4.0)"
PFSA_OUTLET = "Kompas"

LABELS = frozenset(
    "PERSON PERSONCOREF ROLE AFFILIATION CUE CUECOREF STATEMENT ISSUE EVENT DATETIME LOCATION".split()
)
DASHES = frozenset({"—", "–", "-", "--"})
DOUBLE_QUOTES = frozenset({"\"", "“", "”", "„", "‟", "«", "»"})
ALWAYS_OPEN = frozenset({"“", "„", "‟", "«", "‘", "‚"})
ALWAYS_CLOSE = frozenset({"»", "’"})
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'"
OPEN_BRACKETS = frozenset({"(", "[", "{"})
CLOSE_BRACKETS = frozenset({")", "]", "}"})
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", "%", "…", "...", "?!", "!?"}) | CLOSE_BRACKETS
GLUE_BOTH = frozenset({"/"})
PRONOUNS = words("pfsa_pronouns")
COMPLEMENTISERS = words("pfsa_complementisers")
ROLE_LINKERS = words("pfsa_role_linkers")


class PfsaFormatWarning(UserWarning):
    """A malformed line or tag sequence in a PFSA-ID file (the conversion goes on)."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class _Tok:
    text: str
    prefix: str  # B I L U O
    label: str | None
    line: int
    sent: int = 0  # sentence index within the article
    start: int = 0
    end: int = 0
    role: str | None = None  # "open" / "close" for quotation marks
    glue: bool = False  # "-" or "/" written without spaces


@dataclass
class _Ent:
    label: str
    i: int  # first token index
    j: int  # last token index (inclusive)

    def overlaps(self, other: "_Ent") -> bool:
        return self.i <= other.j and other.i <= self.j


@dataclass
class _Article:
    sentences: list[list[_Tok]] = field(default_factory=list)
    has_issue: bool = False


class _Reporter:
    def __init__(self, file: str, problems: list[Problem] | None):
        self.file = file
        self.problems = problems

    def __call__(self, line: int, message: str) -> None:
        p = Problem(self.file, line, message)
        if self.problems is not None:
            self.problems.append(p)
        else:
            warnings.warn(str(p), PfsaFormatWarning, stacklevel=3)


# --------------------------------------------------------------------------------------------------
# Reading


def _parse_tag(raw: str, line: int, report: _Reporter) -> tuple[str, str | None]:
    tag = raw.strip()
    if tag == "O":
        return "O", None
    if len(tag) > 2 and tag[1] in "-_" and tag[0] in "BILUES":
        prefix, label = tag[0], tag[2:]
        prefix = {"E": "L", "S": "U"}.get(prefix, prefix)
        if label not in LABELS:
            report(line, f"unknown label {label!r} (kept)")
        return prefix, label
    report(line, f"unreadable tag {tag!r}, read as O")
    return "O", None


def _read_sentences(path: Path, report: _Reporter) -> list[list[_Tok]]:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    sentences: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            if cur:
                sentences.append(cur)
                cur = []
            continue
        parts = line.split("\t")
        if len(parts) == 1:
            parts = line.split()
            if len(parts) >= 2 and (parts[-1] == "O" or parts[-1][:2] in {"B-", "I-", "L-", "U-"}):
                report(lineno, "token and tag separated by spaces, not a tab")
                parts = [" ".join(parts[:-1]), parts[-1]]
            else:
                report(lineno, f"no tag on line {line.strip()!r}, read as O")
                parts = [line.strip(), "O"]
        elif len(parts) > 2:
            report(lineno, f"{len(parts)} tab-separated fields, expected 2 (first and last used)")
            parts = [parts[0], parts[-1]]
        token = parts[0].strip()
        if not token:
            report(lineno, "empty token, line skipped")
            continue
        if not parts[1].strip():
            report(lineno, "empty tag, read as O")
            prefix, label = "O", None
        else:
            prefix, label = _parse_tag(parts[1], lineno, report)
        cur.append(_Tok(text=token, prefix=prefix, label=label, line=lineno))
    if cur:
        sentences.append(cur)
    return sentences


def _is_dateline(sent: list[_Tok]) -> bool:
    for k, tok in enumerate(sent[:7]):
        if tok.text != "KOMPAS":
            continue
        before = sent[:k]
        if not all(t.text == "," or (t.text.isupper() and t.text.replace(".", "").isalpha()) for t in before):
            return False
        after = [t.text for t in sent[k + 1 : k + 5]]
        return any(a in DASHES for a in after) and all(
            a == "," or a in DASHES or a.isupper() for a in after[: next(i for i, a in enumerate(after) if a in DASHES)]
        )
    return False


def _starts_issue(sent: list[_Tok]) -> bool:
    return any(t.label == "ISSUE" and t.prefix in "BU" for t in sent)


def _split_articles(sentences: list[list[_Tok]]) -> list[_Article]:
    articles: list[_Article] = []
    cur = _Article()
    for sent in sentences:
        if cur.sentences and (_is_dateline(sent) or (cur.has_issue and _starts_issue(sent))):
            articles.append(cur)
            cur = _Article()
        cur.sentences.append(sent)
        if _starts_issue(sent):
            cur.has_issue = True
    if cur.sentences:
        articles.append(cur)
    return articles


# --------------------------------------------------------------------------------------------------
# Spans


def _decode(toks: list[_Tok], report: _Reporter) -> list[_Ent]:
    """BILOU tags to spans; spans may cross sentence breaks (quotations do) but not articles."""
    ents: list[_Ent] = []
    open_: _Ent | None = None

    def close(at: int, why: str) -> None:
        nonlocal open_
        if open_ is not None:
            report(toks[open_.i].line, f"{open_.label} span opened here is not closed with L- ({why})")
            open_.j = at
            ents.append(open_)
            open_ = None

    for k, t in enumerate(toks):
        if t.prefix == "O" or t.label is None:
            close(k - 1, f"line {t.line} is O")
        elif t.prefix == "B":
            close(k - 1, f"line {t.line} begins another span")
            open_ = _Ent(t.label, k, k)
        elif t.prefix == "I":
            if open_ is not None and open_.label == t.label:
                continue
            close(k - 1, f"line {t.line} is I-{t.label}")
            report(t.line, f"I-{t.label} without B-{t.label}: a span is opened here")
            open_ = _Ent(t.label, k, k)
        elif t.prefix == "L":
            if open_ is not None and open_.label == t.label:
                open_.j = k
                ents.append(open_)
                open_ = None
                continue
            close(k - 1, f"line {t.line} is L-{t.label}")
            report(t.line, f"L-{t.label} without B-{t.label}: read as a one-token span")
            ents.append(_Ent(t.label, k, k))
        elif t.prefix == "U":
            close(k - 1, f"line {t.line} is U-{t.label}")
            ents.append(_Ent(t.label, k, k))
    if toks:
        close(len(toks) - 1, "end of article")
    ents.sort(key=lambda e: (e.i, e.j))
    return ents


# --------------------------------------------------------------------------------------------------
# Text


def _wordlike_end(s: str) -> bool:
    return bool(s) and s[-1].isalnum()


def _wordlike_start(s: str) -> bool:
    return bool(s) and s[0].isalnum()


def _assign_quote_roles(art: _Article, toks: list[_Tok], ents: list[_Ent]) -> None:
    index = {id(t): k for k, t in enumerate(toks)}
    for e in ents:
        if e.label != "STATEMENT":
            continue
        first, last = toks[e.i], toks[e.j]
        if first.text in DOUBLE_QUOTES or first.text in ALWAYS_OPEN:
            first.role = "open"
        if e.j != e.i and (last.text in DOUBLE_QUOTES or last.text in ALWAYS_CLOSE):
            last.role = "close"
    for sent in art.sentences:
        rest: list[_Tok] = []
        for t in sent:
            if t.role is not None:
                continue
            if t.text in ALWAYS_OPEN:
                t.role = "open"
            elif t.text in ALWAYS_CLOSE:
                t.role = "close"
            elif t.text in DOUBLE_QUOTES or t.text == "'":
                rest.append(t)
        if not rest:
            continue
        if rest[-1] is sent[-1] and len(sent) > 1:
            k = index[id(rest[-1])]
            left_open = next((t.role for t in reversed(toks[:k]) if t.role is not None), None) == "open"
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            closes = left_open and (nxt[:1].islower() or toks[k - 1].text in {"?", "!"})
            rest[-1].role = "close" if closes else "open"
            rest = rest[:-1]
        k = index[id(rest[0])] if rest else 0
        after_stop = k > 0 and toks[k - 1].sent == rest[0].sent and toks[k - 1].text in {",", ".", "?", "!"}
        left_open = next((t.role for t in reversed(toks[:k]) if t.role is not None), None) == "open"
        if rest and (after_stop or left_open) and (len(rest) % 2 == 1 or (after_stop and left_open)):
            rest[0].role = "close"
            rest = rest[1:]
        for n, t in enumerate(rest):
            t.role = "open" if n % 2 == 0 else "close"


def _detokenise(art: _Article, toks: list[_Tok]) -> str:
    dateline: set[int] = set()
    if art.sentences and _is_dateline(art.sentences[0]):
        first = art.sentences[0]
        for k, t in enumerate(first[:10]):
            dateline.add(id(t))
            if t.text in DASHES:
                break
    for k, t in enumerate(toks):
        if t.text in GLUE_BOTH:
            t.glue = True
        elif t.text == "-" and id(t) not in dateline and 0 < k < len(toks) - 1:
            t.glue = _wordlike_end(toks[k - 1].text) and _wordlike_start(toks[k + 1].text)
    parts: list[str] = []
    pos = 0
    prev: _Tok | None = None
    for t in toks:
        if prev is not None:
            space = True
            if prev.role == "open" or prev.text in OPEN_BRACKETS or prev.glue or t.glue:
                space = False
            elif t.role == "close" or t.text in NO_SPACE_BEFORE:
                space = False
            elif t.text[0] in "’'" and len(t.text) > 1 and t.text[1:].isalpha() and _wordlike_end(prev.text):
                space = False  # a split clitic such as ’s
            if space:
                parts.append(" ")
                pos += 1
        t.start = pos
        parts.append(t.text)
        pos += len(t.text)
        t.end = pos
        prev = t
    return "".join(parts)


# --------------------------------------------------------------------------------------------------
# Records


def _words(s: str) -> list[str]:
    return [w for w in s.casefold().replace(",", " ").split() if w]


class _ArticleView:
    def __init__(self, text: str, toks: list[_Tok], ents: list[_Ent]):
        self.text = text
        self.toks = toks
        self.ents = ents
        self.statements = [e for e in ents if e.label == "STATEMENT"]
        self.cues = [e for e in ents if e.label in {"CUE", "CUECOREF"} and not self.in_statement(e)]
        self.persons = [e for e in ents if e.label in {"PERSON", "PERSONCOREF"} and not self.in_statement(e)]
        self.named = [e for e in self.persons if e.label == "PERSON"]
        self.role_by_end = {e.j: e for e in ents if e.label in {"ROLE", "AFFILIATION"}}
        self.role_by_start = {e.i: e for e in ents if e.label in {"ROLE", "AFFILIATION"}}

    def in_statement(self, e: _Ent) -> bool:
        return any(s.overlaps(e) for s in self.statements)

    def span_text(self, e: _Ent) -> str:
        return self.text[self.toks[e.i].start : self.toks[e.j].end]

    def sent_of(self, e: _Ent) -> int:
        return self.toks[e.i].sent

    # -- names ------------------------------------------------------------------------------------
    def full_name(self, e: _Ent) -> str:
        words = _words(self.span_text(e))
        best = self.span_text(e)
        for p in self.named:
            cand = self.span_text(p)
            if len(cand) > len(best) and set(words) <= set(_words(cand)):
                best = cand
        return best

    def role_of(self, e: _Ent) -> str | None:
        start = end = None
        k = e.i
        while True:
            r = self.role_by_end.get(k - 1)
            if r is None and k - 2 >= 0 and self.toks[k - 1].text.casefold() in ROLE_LINKERS:
                r = self.role_by_end.get(k - 2)
            if r is None or self.toks[r.i].sent != self.toks[e.i].sent:
                break
            start = r.i
            end = end if end is not None else r.j
            k = r.i
        if start is not None and end is not None:
            return self.text[self.toks[start].start : self.toks[end].end]
        k = e.j + 1
        if k < len(self.toks) and self.toks[k].text == ",":
            k += 1
        r = self.role_by_start.get(k)
        if r is None or self.toks[r.i].sent != self.toks[e.i].sent:
            return None
        last = r
        while True:
            nxt = self.role_by_start.get(last.j + 1)
            if nxt is None and last.j + 2 < len(self.toks) and self.toks[last.j + 1].text.casefold() in ROLE_LINKERS:
                nxt = self.role_by_start.get(last.j + 2)
            if nxt is None:
                break
            last = nxt
        return self.text[self.toks[r.i].start : self.toks[last.j].end]

    def nearest_preceding_person(
        self, before: int, sent: int | None = None, coref: bool = False
    ) -> _Ent | None:
        """The last PERSON (or, with ``coref``, PERSON or non-pronoun PERSONCOREF) before token ``before``."""
        best = None
        for p in self.persons if coref else self.named:
            if p.j >= before or (sent is not None and self.sent_of(p) != sent):
                continue
            if p.label == "PERSONCOREF" and " ".join(_words(self.span_text(p))) in PRONOUNS:
                continue
            best = p
        return best

    def name_of(self, e: _Ent) -> str:
        """The speaker name of a PERSON or PERSONCOREF mention."""
        if e.label == "PERSON":
            return self.full_name(e)
        return self.resolve_coref(e)[0]

    def resolve_coref(self, e: _Ent) -> tuple[str, str]:
        mention = self.span_text(e)
        words = _words(mention)
        if " ".join(words) in PRONOUNS:
            p = self.nearest_preceding_person(e.i, coref=True)
            return (self.name_of(p), "coref") if p is not None else (mention, "coref-text")

        def matches(p: _Ent) -> bool:
            if set(words) <= set(_words(self.span_text(p))):
                return True
            role = self.role_of(p)
            return role is not None and _words(role) == words

        for p in reversed([p for p in self.named if p.j < e.i]):
            if matches(p):
                return self.full_name(p), "coref"
        for p in self.named:
            if matches(p):
                return self.full_name(p), "coref"
        return mention, "coref-text"

    # -- ties -------------------------------------------------------------------------------------
    @staticmethod
    def _distance(a: _Ent, b: _Ent) -> tuple[int, int]:
        """Token distance from span a to span b; ties prefer b after a."""
        if b.i > a.j:
            return b.i - a.j, 0
        if b.j < a.i:
            return a.i - b.j, 1
        return 0, 0

    def cue_for(self, st: _Ent, sents: set[int]) -> _Ent | None:
        cands = [c for c in self.cues if self.sent_of(c) in sents and not c.overlaps(st)]
        for near in (min(sents) - 1, max(sents) + 1):
            if cands:
                break
            cands = [c for c in self.cues if self.sent_of(c) == near and not c.overlaps(st)]
        if not cands:
            return None
        return min(cands, key=lambda c: self._distance(st, c))

    def person_near(self, anchor: _Ent, sents: set[int]) -> _Ent | None:
        cands = [p for p in self.persons if self.sent_of(p) in sents and not p.overlaps(anchor)]
        if not cands:
            return None
        return min(cands, key=lambda p: self._distance(anchor, p))


def _clitic_split(text: str, cue_tok: _Tok) -> tuple[Span, Span] | None:
    """``katanya`` → (cue ``kata``, source ``nya``)."""
    word = cue_tok.text
    if len(word) > 3 and word.casefold().endswith("nya") and word[:-3].isalpha():
        cut = cue_tok.end - 3
        return Span.of(text, cue_tok.start, cut), Span.of(text, cut, cue_tok.end)
    return None


def _content(view: _ArticleView, st: _Ent) -> tuple[str, int, int]:
    """The record type and content offsets of a STATEMENT span."""
    text = view.text
    a, b = view.toks[st.i].start, view.toks[st.j].end
    left = right = None
    if text[a] in QUOTE_CHARS and (view.toks[st.i].role == "open" or len(view.toks[st.i].text) > 1):
        left = a + 1
    elif st.i > 0 and view.toks[st.i - 1].role == "open":
        left = a
    if b - 1 > a and text[b - 1] in QUOTE_CHARS and (view.toks[st.j].role == "close" or len(view.toks[st.j].text) > 1):
        right = b - 1
    elif st.j + 1 < len(view.toks) and view.toks[st.j + 1].role == "close":
        right = b
    if left is not None and right is not None and left < right:
        s, e = left, right
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return "direct", s, e
    kind = "mixed" if any(ch in QUOTE_CHARS for ch in text[a:b]) else "indirect"
    toks = [t for t in view.toks[st.i : st.j + 1]]
    if kind == "indirect":
        if len(toks) > 1 and toks[0].text.casefold() in COMPLEMENTISERS:
            toks = toks[1:]
        if len(toks) > 1 and toks[-1].text == ".":
            toks = toks[:-1]
    return kind, toks[0].start, toks[-1].end


def _build(doc_id: str, art: _Article, report: _Reporter, file: str) -> Document:
    toks: list[_Tok] = []
    for n, sent in enumerate(art.sentences):
        for t in sent:
            t.sent = n
            toks.append(t)
    ents = _decode(toks, report)
    _assign_quote_roles(art, toks, ents)
    text = _detokenise(art, toks)
    view = _ArticleView(text, toks, ents)

    records: list[Attribution] = []
    for st in view.statements:
        kind, cs, ce = _content(view, st)
        if ce <= cs:
            report(toks[st.i].line, "STATEMENT span has no content between its quotation marks; skipped")
            continue
        inner = [t for t in toks[st.i : st.j + 1] if t.start >= cs and t.end <= ce] or toks[st.i : st.j + 1]
        sents = {t.sent for t in inner}
        cue_ent = view.cue_for(st, sents)
        cue = source = None
        speaker: str | None = None
        speaker_from = "none"
        person: _Ent | None = None
        role: str | None = None
        clitic = None
        if cue_ent is not None:
            cue = Span.of(text, toks[cue_ent.i].start, toks[cue_ent.j].end)
            if cue_ent.label == "CUECOREF" and cue_ent.i == cue_ent.j:
                clitic = _clitic_split(text, toks[cue_ent.i])
            if clitic is not None:
                cue, source = clitic
                ante = view.nearest_preceding_person(
                    cue_ent.i, view.sent_of(cue_ent), coref=True
                ) or view.nearest_preceding_person(cue_ent.i, coref=True)
                if ante is not None:
                    speaker, speaker_from = view.name_of(ante), "clitic"
                    role = view.role_of(ante)
            else:
                person = view.person_near(cue_ent, {view.sent_of(cue_ent)})
        else:
            person = view.person_near(st, sents)
            if person is not None:
                speaker_from = "statement-sentence"
        if person is not None:
            source = Span.of(text, toks[person.i].start, toks[person.j].end)
            role = view.role_of(person)
            if person.label == "PERSON":
                speaker = view.full_name(person)
                speaker_from = "person" if speaker_from == "none" else speaker_from
            else:
                speaker, how = view.resolve_coref(person)
                speaker_from = how if speaker_from == "none" else speaker_from
        if speaker is None:
            anchor = cue_ent.i if cue_ent is not None else st.i
            ante = view.nearest_preceding_person(anchor, coref=True)
            if ante is not None:
                speaker, speaker_from = view.name_of(ante), "nearest-preceding"
                role = role or view.role_of(ante)
        extra = {"speaker_from": speaker_from}
        if role:
            extra["role"] = role
        records.append(
            Attribution(
                id=f"a{len(records) + 1}",
                type=kind,  # type: ignore[arg-type]
                content=Span.of(text, cs, ce),
                cue=cue,
                source=source,
                speaker=speaker,
                outlets=[],
                **extra,
            )
        )
    meta = Meta(outlet=PFSA_OUTLET, lang="id")
    meta_extra = {"source": PFSA_META_SOURCE, "pfsa_file": file, "pfsa_line": toks[0].line if toks else None}
    return Document(
        doc_id=doc_id,
        text=text,
        meta=Meta(**meta.model_dump(), **meta_extra),
        attributions=records,
    )


def convert_pfsa(path: str | Path, problems: list[Problem] | None = None) -> Iterator[Document]:
    """Convert one PFSA-ID file (``token<TAB>BILOU-tag``) into gold documents, one per article.

    Malformed lines and tag sequences are reported as :class:`Problem` (``file:line: message``): added
    to ``problems`` when a list is given, otherwise issued as :class:`PfsaFormatWarning`.  The
    conversion never stops on them.
    """
    path = Path(path)
    report = _Reporter(str(path), problems)
    articles = _split_articles(_read_sentences(path, report))
    width = max(3, len(str(len(articles))))
    for n, art in enumerate(articles, 1):
        yield _build(f"{path.stem}-{n:0{width}d}", art, report, path.name)


__all__ = ["PFSA_META_SOURCE", "PfsaFormatWarning", "Problem", "convert_pfsa"]
