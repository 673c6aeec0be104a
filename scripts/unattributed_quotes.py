"""Quotations that no extracted record covers, on unlabelled pool articles (fast mode).

    python scripts/unattributed_quotes.py [--limit N] [--out FILE] [--sample K] [--seed S]

Runs the fast extractor over the IndoSum pool (``../shared/data/news-pool/indosum.jsonl``), skipping every
document of the held-out test split (only the ``doc_id``s of ``gold/test.jsonl`` are read), and lists each span
in quotation marks of 5 words or more that no record's content overlaps (``uncovered``) or that records cover
for less than half its words (``partial``).  The marks are found by a scanner of its own, more liberal than
:mod:`attribution.detect.quotes`, so that forms the extractor's quotation finder misses show too: every
double-mark style (``" “ ” „ « »``, TeX ``` `` '' ```, doubled commas ``,,``), glued and unbalanced marks (a
closer with no opener runs from the paragraph start, an opener with no closer to the paragraph end), and
single marks (``‘ ’``, ``' '``, apostrophes inside words skipped) outside any double quotation.

Each span gets a rough form label from its surroundings (``colon``: ``X mengatakan: "…"``, ``berikut``: after
``sebagai berikut``, ``para-open``: the quotation opens its paragraph, ``headline``: the first paragraph,
``next-cue``: a cue word in the next sentence, ``short-title``: mostly capitalised words, …), to sort a sample
for reading; the label is a hint, not a decision.  Prints counts (spans per 100 articles) by label, and
writes every span with its context as JSON Lines to ``--out``.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from attribution.lexicon import load  # noqa: E402
from attribution.pipeline import Pipeline  # noqa: E402
from attribution.text.segment import paragraphs  # noqa: E402

POOL = ROOT.parent / "shared/data/news-pool/indosum.jsonl"
DOUBLE_RE = re.compile(r"``|''|,,(?=\S)|[\"“”„«»＂「」]")
SINGLE = "‘’'"
WORD_RE = re.compile(r"\w+")


def _is_apostrophe(t: str, i: int) -> bool:
    left = t[i - 1] if i > 0 else " "
    right = t[i + 1] if i + 1 < len(t) else " "
    return left.isalnum() and right.isalnum()


def _not_a_mark(t: str, i: int, n: int) -> bool:
    """Minute and inch marks (``90 '``, ``5 "``, ``67’``) and marks inside a word (``Jum"at``, ``d"Or``)."""
    left = t[i - 1] if i > 0 else " "
    left2 = t[i - 2] if i > 1 else " "
    right = t[i + n] if i + n < len(t) else " "
    if left.isdigit() or (left == " " and left2.isdigit() and (right in " ),;." or right == "")):
        return True
    return left.isalpha() and right.isalpha() and n == 1


def _looks_closer(t: str, i: int, n: int, ps: int) -> bool:
    """A mark glued to the word before it and followed by space or punctuation."""
    left = t[i - 1] if i > ps else " "
    right = t[i + n] if i + n < len(t) else " "
    return not left.isspace() and (right.isspace() or right in ",.;:!?)")


def spans_in_marks(t: str) -> list[tuple[int, int, int, str]]:
    """(content start, content end, paragraph index, mark style) of every quoted stretch."""
    out = []
    for pi, (ps, pe) in enumerate(paragraphs(t)):
        marks = [(m.start(), len(m.group()), m.group()) for m in DOUBLE_RE.finditer(t, ps, pe)
                 if not _not_a_mark(t, m.start(), len(m.group()))]
        dbl: list[tuple[int, int]] = []
        k = 0
        if marks and len(marks) % 2 == 1 and _looks_closer(t, marks[0][0], marks[0][1], ps):
            dbl.append((ps, marks[0][0]))  # closer with no opener: from the paragraph start
            style = "closer-only"
            out.append((ps, marks[0][0], pi, style))
            k = 1
        while k < len(marks):
            i, n, m = marks[k]
            if k + 1 < len(marks):
                j, n2, m2 = marks[k + 1]
                dbl.append((i + n, j))
                out.append((i + n, j, pi, m + "…" + m2))
                k += 2
            else:
                dbl.append((i + n, pe))
                out.append((i + n, pe, pi, m + "…(open)"))
                k += 1
        # single marks outside double quotations
        singles = [i for i in range(ps, pe) if t[i] in SINGLE and not _is_apostrophe(t, i) and not _not_a_mark(t, i, 1)
                   and not any(a - 1 <= i <= b for a, b in dbl)]
        k = 0
        while k + 1 < len(singles):
            i, j = singles[k], singles[k + 1]
            out.append((i + 1, j, pi, t[i] + "…" + t[j]))
            k += 2
    return out


def _label(t: str, s: int, e: int, pi: int, paras: list[tuple[int, int]], cue_words: set[str]) -> str:
    ps, pe = paras[pi]
    before = t[max(ps, s - 60): s - 1].rstrip()
    words = t[s:e].split()
    caps = sum(1 for w in words if w[:1].isupper())
    if pi == 0 and "\n" in t and (pe - ps) < 200:
        return "headline"
    if len(words) <= 8 and caps >= 0.7 * len(words):
        return "short-title"
    if before.lower().endswith("berikut") or before.lower().endswith("berikut:"):
        return "berikut"
    if before.endswith(":"):
        return "colon"
    if s - 1 <= ps + 1:
        after = t[e + 1: min(pe, e + 120)]
        nxt = [w.lower() for w in WORD_RE.findall(after)[:8]]
        if any(w in cue_words for w in nxt):
            return "para-open+next-cue"
        return "para-open"
    after = t[e + 1: min(pe, e + 150)]
    nxt = [w.lower() for w in WORD_RE.findall(after)[:12]]
    if any(w in cue_words for w in nxt):
        return "next-cue"
    prev = [w.lower() for w in WORD_RE.findall(before)[-8:]]
    if any(w in cue_words for w in prev):
        return "prev-cue"
    return "mid"


_PERSON_RE = re.compile(r"\b(saya|aku|kami|kita|anda|kamu|kalian|gue|gua|i|we|you)\b|\w+(?:ku|mu)\b", re.I)


def speech_like(t: str, s: int, e: int) -> bool:
    """A rough test for speech, not a title, term or list: a clause that ends like a sentence (``.!?,`` inside
    or right after the closing mark) or speaks in the first or second person, and is not mostly capitalised."""
    q = t[s:e].strip()
    words = q.split()
    if len(words) < 5 or sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words):
        return False
    after = t[e + 1: e + 2]
    ends = q[-1:] in ".!?," or after in (",", ".")
    return ends or bool(_PERSON_RE.search(q))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N pool articles (0: all)")
    ap.add_argument("--out", default="/tmp/unattributed-quotes.jsonl")
    ap.add_argument("--min-words", type=int, default=5)
    ap.add_argument("--sample", type=int, default=0, help="print K random spans with their context")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    test_ids = {json.loads(line)["doc_id"] for line in open(ROOT / "gold/test.jsonl", encoding="utf-8")}
    lex = load()
    pipe = Pipeline(lex)
    cue_words = {w for w in lex.cues} if hasattr(lex, "cues") else set()
    cue_words |= {"kata", "katanya", "ujar", "ujarnya", "ucap", "ucapnya", "tutur", "tuturnya", "jelas", "jelasnya",
                  "tegas", "tegasnya", "tambah", "tambahnya", "imbuh", "imbuhnya", "ungkap", "ungkapnya",
                  "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan",
                  "diungkapkan", "dikatakan", "disampaikan", "dijelaskan", "ditegaskan", "menurut", "demikian"}
    n_docs = 0
    counts: collections.Counter[str] = collections.Counter()
    rows = []
    with open(POOL, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["doc_id"] in test_ids:
                continue
            n_docs += 1
            if args.limit and n_docs > args.limit:
                n_docs -= 1
                break
            t = d["text"]
            doc = pipe.run(t, d["doc_id"])
            covered = bytearray(len(t) + 1)
            for a in doc.attributions:
                covered[a.content.start:a.content.end] = b"\x01" * (a.content.end - a.content.start)
            paras = paragraphs(t)
            for s, e, pi, style in spans_in_marks(t):
                toks = list(WORD_RE.finditer(t, s, e))
                if len(toks) < args.min_words:
                    continue
                hit = sum(1 for m in toks if covered[m.start()])
                if hit * 2 >= len(toks):
                    continue
                status = "uncovered" if hit == 0 else "partial"
                label = _label(t, s, e, pi, paras, cue_words)
                counts[status] += 1
                if speech_like(t, s, e):
                    counts["speech-like"] += 1
                counts[label] += 1
                ps, pe = paras[pi]
                rows.append({"doc_id": d["doc_id"], "status": status, "speech_like": speech_like(t, s, e), "label": label, "style": style,
                             "para": pi, "start": s, "end": e, "quote": t[s:e],
                             "before": t[max(0, s - 250):s], "after": t[e:e + 200]})
    with open(args.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    per = 100 / max(1, n_docs)
    print(f"{n_docs} articles, {len(rows)} spans ({len(rows) * per:.1f} per 100 articles) -> {args.out}")
    for k, v in counts.most_common():
        print(f"  {k:22s} {v:5d}  {v * per:6.1f}/100")
    if args.sample:
        random.seed(args.seed)
        for r in random.sample(rows, min(args.sample, len(rows))):
            print(f"\n[{r['label']} {r['status']} {r['style']}] {r['doc_id']} p{r['para']}")
            print("   …" + r["before"][-160:].replace("\n", " ¶ ") + "⟦" + r["quote"] + "⟧" + r["after"][:120].replace("\n", " ¶ "))


if __name__ == "__main__":
    main()
