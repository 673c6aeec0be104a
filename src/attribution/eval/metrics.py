"""Scoring predictions against gold: the "Scoring" section of ``spec/gold-format.md``.

Pure functions, no I/O and no CLI: :func:`score` gives a :class:`Report` (``to_dict`` for JSON,
:func:`format_table` for people), :func:`errors` lists what went wrong record by record and
:func:`format_errors` prints it.

Spec rules and where they live
------------------------------
* Tokens are the text's ``\\w+`` runs; two spans overlap when they share a token  -> :func:`tokenize`,
  :func:`span_tokens`.
* Matching: each gold record paired with at most one predicted record, greedily by the number of
  shared content tokens (ties: earliest), among pairs whose contents overlap  -> :func:`match`.
* ``content.exact`` / ``content.partial`` / ``content.token``  -> :func:`_score_doc`, :func:`trim`.
* ``speaker`` strict / lenient, names normalised  -> :func:`normalise_name`, :func:`speaker_match`.
* ``attribution`` end to end, ``cue``, ``outlets`` (micro), ``type``, and every figure broken down by
  gold type  -> :func:`_score_doc`, :class:`Counts`, :class:`Report`.

Decisions where the spec is silent (each one is also commented where it is implemented)
--------------------------------------------------------------------------------------
* Tokens are those of the *document* text, identified by their character offsets; a token belongs to a
  span when they share at least one character.  So a span that cuts a word (``nya`` of ``tambahnya``)
  still owns that word's token, and ``tambah`` and ``tambahnya`` overlap.
* "Earliest" in ties = smallest gold content start, then smallest predicted content start (then gold
  content end, predicted content end, then the records' positions in their lists, so that the order
  is total and the result never depends on the sort's stability).
* A null speaker matches only a null speaker (strict and lenient); a null cue matches only a null cue.
  Two names that normalise to the same string (also the empty string) match.
* Lenient speaker match: "shorter" = fewer words after normalisation; its words must be a (not
  necessarily contiguous) subsequence of the longer's words, and ``shorter[0] == longer[0]`` or
  ``shorter[-1] == longer[-1]``.  Names with the same number of words match leniently only if equal.
* Outlets are compared after :func:`normalise_name`, exactly (strict); a record's outlets form a set
  (a name listed twice counts once; a name that normalises to ``""`` is dropped).
* Documents are matched by ``doc_id``.  A gold document absent from the predictions: all its records
  are misses (and it is listed in ``Report.missing_docs``).  A predicted document absent from gold is
  listed in ``Report.unknown_docs`` and its records are *ignored*: running the extractor on more text
  than was annotated is the normal case and must not count as false alarms.
* A document whose predicted ``text`` differs from the gold ``text`` is still scored by offsets (each
  side's tokens from its own text) and listed in ``Report.text_mismatch_docs``.
* Breakdown by gold type: gold records (recall side) count under their own type; a predicted record
  counts under its paired gold record's type, an unpaired predicted record under its own predicted
  type (precision side).  Accuracies over pairs (speaker, cue, type) use the gold type.  Outlet items
  follow their record: pair items under the gold type, items of unpaired predictions under the
  predicted type.  So the three type columns always add up to the ``all`` column.
* All figures are micro-averaged over the whole collection (counts summed over documents, then
  divided).  Any division by zero gives 0.0 (so empty inputs give zeros, no exception).
* Duplicate ``doc_id`` in one list raises ``ValueError`` (``io.load_documents`` already refuses them).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import regex

from ..model import TYPES, Attribution, Document, Span

COLUMNS: tuple[str, ...] = ("all", *TYPES)

# --------------------------------------------------------------------------------------------------
# Tokens and overlap.  Spec: "Tokens are the text's \w+ runs. Two spans overlap when they share a token."
# --------------------------------------------------------------------------------------------------

_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class TokenIndex:
    """The ``\\w+`` runs of one text, as sorted start and end offsets."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> frozenset[int]:
        """Indices of the tokens that share at least one character with ``text[start:end]``."""
        if end <= start:
            return frozenset()
        # First token whose end is after ``start`` .. last token whose start is before ``end``.
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        return frozenset(range(lo, hi))


def tokenize(text: str) -> TokenIndex:
    """Tokens of a text: its ``\\w+`` runs (Unicode word characters, via ``regex``)."""
    starts, ends = [], []
    for m in _WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return TokenIndex(tuple(starts), tuple(ends))


def span_tokens(index: TokenIndex, span: Span | None) -> frozenset[int]:
    return frozenset() if span is None else index.span(span.start, span.end)


# --------------------------------------------------------------------------------------------------
# Names.  Spec: "Names are compared after Unicode NFKC, case folding, dropping quoted nicknames
# (Munafri 'Appi' Arifuddin -> munafri arifuddin) and punctuation other than inner hyphens and
# apostrophes, and collapsing spaces."
# --------------------------------------------------------------------------------------------------

_QUOTES = "'\"‘’‚‛“”„‟«»‹›`´"
# A quoted nickname: a quotation standing as a word of its own (start or white space before the opening
# mark, white space or the end after the closing mark).  Inner apostrophes (Ma'ruf, O'Brien) are not
# preceded by white space, so they never open a nickname.
_NICKNAME = regex.compile(rf"(?:^|(?<=\s))[{_QUOTES}][^{_QUOTES}]*[{_QUOTES}](?=\s|$)")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‛": "'", "`": "'", "´": "'"})
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "−": "-"})


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or ch in _QUOTES


def normalise_name(s: str | None) -> str:
    """Normalised form of a speaker or outlet name (``None`` -> ``""``).

    NFKC, case folding, quoted nicknames dropped, punctuation dropped except hyphens and apostrophes
    between two word characters (``al-Sudani``, ``Ma'ruf``), white space collapsed.  Decision: a
    punctuation mark *between two word characters* other than ``.`` becomes a space (``AS/NATO`` ->
    ``as nato``) so that words are not glued together; ``.`` is deleted (``A.S.`` -> ``as``).
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(_APOSTROPHES).translate(_HYPHENS)
    s = _NICKNAME.sub(" ", s)
    out: list[str] = []
    n = len(s)
    for i, ch in enumerate(s):
        if not _is_punct(ch):
            out.append(" " if ch.isspace() else ch)
            continue
        inner = 0 < i < n - 1 and s[i - 1].isalnum() and s[i + 1].isalnum()
        if inner and ch in "-'":
            out.append(ch)  # inner hyphen / apostrophe: kept
        elif inner and ch != ".":
            out.append(" ")  # would glue two words together: a space instead
        # else: dropped
    return " ".join("".join(out).split())


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def speaker_match(a: str | None, b: str | None, lenient: bool) -> bool:
    """Whether two speakers match (spec: ``speaker``).

    ``strict``: equal after :func:`normalise_name`.  ``lenient``: equal, or the shorter name's words
    appear in order within the longer one and share its first or last word (``Blinken`` ~ ``Antony
    Blinken``, ``delegasi AS`` ~ ``delegasi AS di Irak``).  ``None`` matches only ``None``.
    """
    if a is None or b is None:
        return a is None and b is None
    na, nb = normalise_name(a), normalise_name(b)
    if na == nb:
        return True
    if not lenient:
        return False
    wa, wb = na.split(), nb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short or len(short) == len(long):
        return False
    return _is_subsequence(short, long) and (short[0] == long[0] or short[-1] == long[-1])


def _outlet_set(outlets: Iterable[str]) -> set[str]:
    # Spec: outlet names "normalised as speakers"; compared exactly after normalisation.
    return {n for n in (normalise_name(o) for o in outlets) if n}


# --------------------------------------------------------------------------------------------------
# Content equality.  Spec (content.exact): "equal after trimming white space, quotation marks and
# punctuation at both ends".
# --------------------------------------------------------------------------------------------------


def _trimmable(ch: str) -> bool:
    return ch.isspace() or _is_punct(ch)


def trim(s: str) -> str:
    """``s`` without white space, quotation marks and punctuation at either end."""
    i, j = 0, len(s)
    while i < j and _trimmable(s[i]):
        i += 1
    while j > i and _trimmable(s[j - 1]):
        j -= 1
    return s[i:j]


# --------------------------------------------------------------------------------------------------
# Matching.  Spec: "each gold record is paired with at most one predicted record, greedily by the
# number of shared content tokens (ties: earliest), among pairs whose contents overlap."
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    gold: int  # index into the gold document's attributions
    pred: int  # index into the predicted document's attributions
    shared: int  # shared content tokens (> 0)


def match(gold: Sequence[Attribution], pred: Sequence[Attribution],
          gold_tokens: Sequence[frozenset[int]], pred_tokens: Sequence[frozenset[int]]) -> list[Pair]:
    """Greedy one-to-one matching of gold and predicted records by shared content tokens.

    Candidates are the (gold, pred) pairs sharing at least one content token.  They are taken in order
    of most shared tokens first; ties go to the earliest: smallest gold content start, then smallest
    predicted content start (then gold end, predicted end, list positions: a total order).  A pair is
    kept when neither of its records is paired yet.  Returned in gold order.
    """
    cands: list[tuple[tuple[int, ...], Pair]] = []
    for gi, gt in enumerate(gold_tokens):
        if not gt:
            continue
        g = gold[gi].content
        for pi, pt in enumerate(pred_tokens):
            shared = len(gt & pt)
            if shared:
                p = pred[pi].content
                key = (-shared, g.start, p.start, g.end, p.end, gi, pi)
                cands.append((key, Pair(gi, pi, shared)))
    cands.sort(key=lambda c: c[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[Pair] = []
    for _, pair in cands:
        if pair.gold in used_g or pair.pred in used_p:
            continue
        used_g.add(pair.gold)
        used_p.add(pair.pred)
        pairs.append(pair)
    pairs.sort(key=lambda p: p.gold)
    return pairs


# --------------------------------------------------------------------------------------------------
# Counts (additive over documents) and the figures derived from them.
# --------------------------------------------------------------------------------------------------


def _div(a: float, b: float) -> float:
    """``a / b``, or 0.0 when ``b`` is 0 (decision: zero division gives 0.0, never an exception)."""
    return a / b if b else 0.0


def prf(correct_p: float, n_pred: float, correct_r: float, n_gold: float) -> dict[str, float]:
    p = _div(correct_p, n_pred)
    r = _div(correct_r, n_gold)
    return {"p": p, "r": r, "f1": _div(2 * p * r, p + r)}


@dataclass
class Counts:
    """Raw counts for one column (all / one gold type) of one document or of the collection."""

    gold: int = 0  # gold records
    pred: int = 0  # predicted records (by paired gold type, or own type when unpaired)
    pairs: int = 0  # matched pairs (= overlapping contents: content.partial hits)
    exact: int = 0  # pairs with equal trimmed contents (content.exact hits)
    gold_tokens: int = 0  # content tokens of the gold records
    pred_tokens: int = 0  # content tokens of the predicted records
    shared_tokens: int = 0  # shared content tokens of the pairs
    speaker_strict: int = 0  # pairs whose speakers match strictly
    speaker_lenient: int = 0  # pairs whose speakers match leniently (= attribution hits)
    cue: int = 0  # pairs whose cues overlap, or are both null
    type: int = 0  # pairs with the same type
    outlet_tp: int = 0
    outlet_fp: int = 0
    outlet_fn: int = 0

    def add(self, other: "Counts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def figures(self) -> dict[str, Any]:
        """The spec's figures from these counts (stable key order)."""
        return {
            "content": {
                # exact / partial: a pair is correct on both sides (P over predictions, R over gold).
                "exact": prf(self.exact, self.pred, self.exact, self.gold),
                "partial": prf(self.pairs, self.pred, self.pairs, self.gold),
                # token: shared tokens of the pairs over all predicted / all gold content tokens.
                "token": prf(self.shared_tokens, self.pred_tokens, self.shared_tokens, self.gold_tokens),
            },
            "speaker": {
                "strict": _div(self.speaker_strict, self.pairs),
                "lenient": _div(self.speaker_lenient, self.pairs),
            },
            # attribution: a pair counts when contents overlap (every pair) and speakers match leniently.
            "attribution": prf(self.speaker_lenient, self.pred, self.speaker_lenient, self.gold),
            "cue": _div(self.cue, self.pairs),
            "outlets": prf(self.outlet_tp, self.outlet_tp + self.outlet_fp,
                           self.outlet_tp, self.outlet_tp + self.outlet_fn),
            "type": _div(self.type, self.pairs),
        }


def _empty_columns() -> dict[str, Counts]:
    return {c: Counts() for c in COLUMNS}


@dataclass
class DocResult:
    """One document's counts per column, with its pairing (used by :func:`errors`)."""

    doc_id: str
    counts: dict[str, Counts]
    pairs: list[Pair] = field(default_factory=list)


@dataclass
class Report:
    """The result of :func:`score`: counts per column, per document, and the documents not matched."""

    counts: dict[str, Counts]  # "all", "direct", "indirect", "mixed"
    by_doc: dict[str, dict[str, Counts]]  # gold doc_id -> column -> counts (in gold order)
    missing_docs: list[str]  # gold documents with no prediction: all their records are misses
    unknown_docs: list[str]  # predicted documents not in gold: their records are ignored
    text_mismatch_docs: list[str]  # documents whose predicted text differs from the gold text

    def figures(self, column: str = "all") -> dict[str, Any]:
        return self.counts[column].figures()

    def doc_figures(self, doc_id: str, column: str = "all") -> dict[str, Any]:
        return self.by_doc[doc_id][column].figures()

    def to_dict(self, by_doc: bool = True) -> dict[str, Any]:
        """JSON-able, stable key order: counts, figures (per column), documents, per-document figures."""
        out: dict[str, Any] = {
            "counts": {c: self.counts[c].to_dict() for c in COLUMNS},
            "figures": {c: self.counts[c].figures() for c in COLUMNS},
            "documents": {
                "gold": len(self.by_doc),
                "missing": list(self.missing_docs),
                "unknown": list(self.unknown_docs),
                "text_mismatch": list(self.text_mismatch_docs),
            },
        }
        if by_doc:
            # Per document: the "all" column only (type columns per document are mostly empty).
            out["by_doc"] = {
                d: {"counts": cols["all"].to_dict(), "figures": cols["all"].figures()}
                for d, cols in self.by_doc.items()
            }
        return out


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------


def _index(docs: Sequence[Document], side: str) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for d in docs:
        if d.doc_id in out:
            raise ValueError(f"{side}: doc_id {d.doc_id!r} occurs twice")
        out[d.doc_id] = d
    return out


def _cue_match(g: Attribution, p: Attribution, gidx: TokenIndex, pidx: TokenIndex) -> bool:
    # Spec: "the share whose cues overlap (both null counts as a match)"; one null: no match.
    if g.cue is None or p.cue is None:
        return g.cue is None and p.cue is None
    return bool(span_tokens(gidx, g.cue) & span_tokens(pidx, p.cue))


def _score_doc(gold: Document, pred: Document | None) -> DocResult:
    cols = _empty_columns()
    gidx = tokenize(gold.text)
    g_recs = gold.attributions
    g_tok = [span_tokens(gidx, a.content) for a in g_recs]
    if pred is None:
        p_recs: list[Attribution] = []
        pidx = gidx
    else:
        p_recs = pred.attributions
        pidx = gidx if pred.text == gold.text else tokenize(pred.text)
    p_tok = [span_tokens(pidx, a.content) for a in p_recs]
    pairs = match(g_recs, p_recs, g_tok, p_tok)

    def bump(column: str, **kw: int) -> None:
        for col in ("all", column):
            c = cols[col]
            for k, v in kw.items():
                setattr(c, k, getattr(c, k) + v)

    # Recall side: every gold record under its own type.
    for a, toks in zip(g_recs, g_tok):
        bump(a.type, gold=1, gold_tokens=len(toks))
    paired_pred = {pr.pred: pr for pr in pairs}
    # Precision side: a prediction under its paired gold's type, else under its own type.
    for pi, (a, toks) in enumerate(zip(p_recs, p_tok)):
        pr = paired_pred.get(pi)
        t = g_recs[pr.gold].type if pr else a.type
        bump(t, pred=1, pred_tokens=len(toks))
        if pr is None:
            bump(t, outlet_fp=len(_outlet_set(a.outlets)))  # items of unpaired predictions: FP
    paired_gold = {pr.gold for pr in pairs}
    for gi, a in enumerate(g_recs):
        if gi not in paired_gold:
            bump(a.type, outlet_fn=len(_outlet_set(a.outlets)))  # items of unpaired gold: misses
    # The pairs, under the gold type.
    for pr in pairs:
        g, p = g_recs[pr.gold], p_recs[pr.pred]
        go, po = _outlet_set(g.outlets), _outlet_set(p.outlets)
        bump(
            g.type,
            pairs=1,
            exact=int(trim(g.content.text) == trim(p.content.text)),
            shared_tokens=pr.shared,
            speaker_strict=int(speaker_match(g.speaker, p.speaker, lenient=False)),
            speaker_lenient=int(speaker_match(g.speaker, p.speaker, lenient=True)),
            cue=int(_cue_match(g, p, gidx, pidx)),
            type=int(g.type == p.type),
            outlet_tp=len(go & po),
            outlet_fp=len(po - go),
            outlet_fn=len(go - po),
        )
    return DocResult(gold.doc_id, cols, pairs)


def score(gold: Sequence[Document], pred: Sequence[Document]) -> Report:
    """Score predictions against gold (spec: Scoring).  Documents are matched by ``doc_id``."""
    gmap, pmap = _index(gold, "gold"), _index(pred, "predictions")
    total = _empty_columns()
    by_doc: dict[str, dict[str, Counts]] = {}
    missing: list[str] = []
    mismatch: list[str] = []
    for doc_id, g in gmap.items():
        p = pmap.get(doc_id)
        if p is None:
            missing.append(doc_id)
        elif p.text != g.text:
            mismatch.append(doc_id)
        res = _score_doc(g, p)
        by_doc[doc_id] = res.counts
        for c in COLUMNS:
            total[c].add(res.counts[c])
    unknown = [d for d in pmap if d not in gmap]
    return Report(total, by_doc, missing, unknown, mismatch)


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------


NOTHING = "–"  # a figure with nothing to score


def _rows(counts: dict[str, Counts]) -> list[tuple[str, list[str]]]:
    figs = {c: counts[c].figures() for c in COLUMNS}
    rows: list[tuple[str, list[str]]] = []

    def num(get, over_pairs: bool = False) -> list[str]:
        # "–" where there is nothing to score: no gold and no prediction of the type (no pair, for the
        # figures over pairs), rather than a 0.000 that reads as a failure
        return [NOTHING if (counts[c].pairs == 0 if over_pairs else counts[c].gold == counts[c].pred == 0)
                else f"{get(figs[c]):.3f}" for c in COLUMNS]

    for kind in ("exact", "partial", "token"):
        for m in ("p", "r", "f1"):
            rows.append((f"content.{kind}.{m}", num(lambda f, k=kind, m=m: f["content"][k][m])))
    rows.append(("speaker.strict", num(lambda f: f["speaker"]["strict"], True)))
    rows.append(("speaker.lenient", num(lambda f: f["speaker"]["lenient"], True)))
    for m in ("p", "r", "f1"):
        rows.append((f"attribution.{m}", num(lambda f, m=m: f["attribution"][m])))
    rows.append(("cue", num(lambda f: f["cue"], True)))
    for m in ("p", "r", "f1"):
        rows.append((f"outlets.{m}", num(lambda f, m=m: f["outlets"][m])))
    rows.append(("type", num(lambda f: f["type"], True)))
    for name in ("gold", "pred", "pairs"):
        rows.append((f"n.{name}", [str(getattr(counts[c], name)) for c in COLUMNS]))
    return rows


def format_table(report: Report, by_doc: bool = False) -> str:
    """A fixed-width table: one row per figure, columns all / direct / indirect / mixed.

    With ``by_doc``, a second table follows: one row per gold document with its main figures
    ("all" column): counts, content F1s, speaker lenient accuracy, attribution F1, cue, outlets F1, type.
    """
    rows = _rows(report.counts)
    w0 = max(len(r[0]) for r in rows)
    lines = [f"{'figure':<{w0}}" + "".join(f"{c:>10}" for c in COLUMNS)]
    lines.append("-" * len(lines[0]))
    for name, vals in rows:
        lines.append(f"{name:<{w0}}" + "".join(f"{v:>10}" for v in vals))
    notes = []
    if report.missing_docs:
        notes.append(f"missing from predictions ({len(report.missing_docs)}): " + ", ".join(report.missing_docs))
    if report.unknown_docs:
        notes.append(f"not in gold, ignored ({len(report.unknown_docs)}): " + ", ".join(report.unknown_docs))
    if report.text_mismatch_docs:
        notes.append(f"predicted text differs from gold ({len(report.text_mismatch_docs)}): "
                     + ", ".join(report.text_mismatch_docs))
    if notes:
        lines.append("")
        lines.extend(notes)
    if by_doc and report.by_doc:
        heads = ("gold", "pred", "pairs", "exact", "partial", "token", "spk.len", "attr", "cue", "outl", "type")
        wd = max(8, max(len(d) for d in report.by_doc))
        lines.append("")
        head = f"{'doc':<{wd}}" + "".join(f"{h:>8}" for h in heads)
        lines.append(head)
        lines.append("-" * len(head))
        for d, cols in report.by_doc.items():
            c = cols["all"]
            f = c.figures()
            vals = [str(c.gold), str(c.pred), str(c.pairs)] + [
                NOTHING if c.gold == c.pred == 0 else f"{x:.3f}" for x in (
                    f["content"]["exact"]["f1"], f["content"]["partial"]["f1"], f["content"]["token"]["f1"],
                    f["speaker"]["lenient"], f["attribution"]["f1"], f["cue"], f["outlets"]["f1"], f["type"],
                )
            ]
            lines.append(f"{d:<{wd}}" + "".join(f"{v:>8}" for v in vals))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------------

ERROR_KINDS: tuple[str, ...] = (
    "miss",  # gold record with no paired prediction
    "false_alarm",  # prediction with no paired gold record
    "wrong_speaker",  # pair whose speakers do not match leniently
    "wrong_cue",  # pair whose cues do not overlap (one null, or disjoint)
    "wrong_outlets",  # pair whose normalised outlet sets differ
    "wrong_type",  # pair with different types
    "wrong_boundary",  # pair whose contents overlap but are not equal after trimming
)


@dataclass
class ErrorItem:
    kind: str  # one of ERROR_KINDS
    doc_id: str
    gold_id: str | None
    pred_id: str | None
    gold: str | None  # the gold value (content text for miss/boundary, else the field compared)
    pred: str | None  # the predicted value
    context: str  # the text line around the span, the span marked with ⟦ ⟧
    start: int = 0  # offset of the span shown in context (for sorting)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The line of ``text`` holding ``start``, about ``width`` characters, the span marked ``⟦ ⟧``.

    A span running past the end of its line is cut at the line end (``⟦…⟧`` closes it).  A line
    longer than ``width`` is cut around the span, with ``…`` where it was cut; a span longer than
    ``width`` keeps its beginning and end with ``…`` in the middle.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    cut = end > le
    end = min(end, le)
    span = text[start:end]
    if len(span) > width - 20:
        half = (width - 21) // 2
        span = span[:half] + "…" + span[-half:]
    marked = "⟦" + span + ("…" if cut else "") + "⟧"
    room = max(0, width - len(marked))
    left, right = text[ls:start], text[end:le]
    lw = min(len(left), max(room // 2, room - len(right)))
    rw = min(len(right), room - lw)
    left_s = ("…" + left[len(left) - lw + 1:]) if lw < len(left) else left
    right_s = (right[: rw - 1] + "…") if rw < len(right) else right
    if lw == 0 and left:
        left_s = "…"
    if rw == 0 and right:
        right_s = "…"
    return " ".join((left_s + marked + right_s).split())


def _show_span(s: Span | None) -> str | None:
    return None if s is None else s.text


def errors(gold: Sequence[Document], pred: Sequence[Document]) -> list[ErrorItem]:
    """Every error, record by record, ordered by gold document order, then offset, then kind.

    Documents follow :func:`score`'s rules: a missing document's gold records are all misses;
    predicted documents not in gold are ignored.
    """
    gmap, pmap = _index(gold, "gold"), _index(pred, "predictions")
    out: list[ErrorItem] = []
    order = {k: i for i, k in enumerate(ERROR_KINDS)}
    for doc_id, gdoc in gmap.items():
        pdoc = pmap.get(doc_id)
        res = _score_doc(gdoc, pdoc)
        g_recs = gdoc.attributions
        p_recs = pdoc.attributions if pdoc else []
        gidx = tokenize(gdoc.text)
        pidx = gidx if pdoc is None or pdoc.text == gdoc.text else tokenize(pdoc.text)
        items: list[ErrorItem] = []
        paired_g = {pr.gold for pr in res.pairs}
        paired_p = {pr.pred for pr in res.pairs}
        for gi, g in enumerate(g_recs):
            if gi not in paired_g:
                items.append(ErrorItem(kind="miss", doc_id=doc_id, gold_id=g.id, pred_id=None, gold=g.content.text, pred=None, context=context(gdoc.text, g.content.start, g.content.end), start=g.content.start))
        for pi, p in enumerate(p_recs):
            if pi not in paired_p:
                assert pdoc is not None
                items.append(ErrorItem(kind="false_alarm", doc_id=doc_id, gold_id=None, pred_id=p.id, gold=None, pred=p.content.text, context=context(pdoc.text, p.content.start, p.content.end), start=p.content.start))
        for pr in res.pairs:
            g, p = g_recs[pr.gold], p_recs[pr.pred]
            ctx = context(gdoc.text, g.content.start, g.content.end)

            def add(kind: str, gv: str | None, pv: str | None, c: str = ctx) -> None:
                items.append(ErrorItem(kind=kind, doc_id=doc_id, gold_id=g.id, pred_id=p.id, gold=gv, pred=pv, context=c, start=g.content.start))

            if not speaker_match(g.speaker, p.speaker, lenient=True):
                add("wrong_speaker", g.speaker, p.speaker)
            if not _cue_match(g, p, gidx, pidx):
                span = g.cue or p.cue
                c = ctx if span is None else context(gdoc.text if g.cue else pdoc.text, span.start, span.end)  # type: ignore[union-attr]
                add("wrong_cue", _show_span(g.cue), _show_span(p.cue), c)
            go, po = _outlet_set(g.outlets), _outlet_set(p.outlets)
            if go != po:
                add("wrong_outlets", ", ".join(g.outlets) or None, ", ".join(p.outlets) or None)
            if g.type != p.type:
                add("wrong_type", g.type, p.type)
            if trim(g.content.text) != trim(p.content.text):
                add("wrong_boundary", g.content.text, p.content.text,
                    context(pdoc.text, p.content.start, p.content.end))  # type: ignore[union-attr]
        items.sort(key=lambda e: (e.start, order[e.kind]))
        out.extend(items)
    return out


def _clip(s: str | None, n: int = 100) -> str:
    if s is None:
        return "∅"
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_errors(items: Sequence[ErrorItem], kinds: Iterable[str] | None = None) -> str:
    """Errors as text, two lines each: ``[doc] kind gold-id/pred-id: gold → pred`` then the context.

    ``kinds`` keeps only those kinds (default: all).  A summary line with the count per kind ends it.
    """
    keep = set(kinds) if kinds is not None else set(ERROR_KINDS)
    lines: list[str] = []
    tally = {k: 0 for k in ERROR_KINDS}
    for e in items:
        if e.kind not in keep:
            continue
        tally[e.kind] = tally.get(e.kind, 0) + 1
        ids = f"{e.gold_id or '-'}/{e.pred_id or '-'}"
        if e.kind == "miss":
            what = f"gold {_clip(e.gold)!s}"
        elif e.kind == "false_alarm":
            what = f"pred {_clip(e.pred)!s}"
        else:
            what = f"gold {_clip(e.gold)} → pred {_clip(e.pred)}"
        lines.append(f"[{e.doc_id}] {e.kind} {ids}: {what}")
        lines.append(f"    {e.context}")
    summary = ", ".join(f"{k} {n}" for k, n in tally.items() if k in keep)
    lines.append(f"errors: {sum(tally.values())} ({summary})")
    return "\n".join(lines) + "\n"
