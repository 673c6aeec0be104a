"""The pipeline: compose quotes, cues, sources, coreference and outlets into attributions.

Each attribution records the named rule that produced it (``rule``), so an error can be traced back:

- ``quote-post-cue``       “…,” kata X / “…,” tambahnya
- ``quote-pre-cue``        X mengatakan, “…”  /  Menurut X, “…”
- ``quote-interrupted``    “A,” kata X. “B.” — B shares A's cue and source
- ``quote-continuation``   a quotation paragraph with no cue, continuing the previous speaker
- ``reported-verb``        X mengatakan (bahwa) …, X mengaku siap …, X mendesak Y untuk …
- ``reported-menurut``     Menurut X, … / …, menurut X(, …)
- ``reported-post-cue``    …, kata X. (no marks), and cues interrupting the clause (…, lanjutnya, …)
- ``reported-next-sentence`` … . Hal itu diungkapkan X
- ``reported-passive-clitic`` Pemain disebutnya sudah bisa … (the agent as a clitic)
- ``reported-relay``       Diberitakan Reuters, … / …, seperti dilaporkan X / Namun kata X, …
- ``headline``             Nama: isi

``extract(text)`` runs the fast (regex) analysis; ``extract(text, nlp=pipeline)`` adds stanza's tags.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import regex

from .coreference import DOC_WORDS as DOC_SUBJECTS
from .coreference import FIRST_PERSON, Resolver
from .cues import BACK_REFERENCES, DEMIKIAN, NOT_SOURCES, CueMatch, cue_at, menurut_at
from .lexicon import Lexicon, load
from .model import Attribution, Document, Meta, Span
from .outlets import dateline_outlet, outlets_in
from .quotes import ALL_MARKS, Quote, find_quotes
from .sources import QUANTIFIERS, STOP_BEFORE, TIME_WORDS, looks_verbal, source_after, source_before
from .text import Token, attach_tags, paragraphs, sentences, tokenize

COMPLEMENTISERS = frozenset({"bahwa", "kalau", "jika", "agar", "supaya", "untuk", "bahwasanya"})
CONNECTIVES = (
    "namun", "sebab", "sementara", "sementara itu", "di samping itu", "saat ini", "selain itu", "oleh karena itu",
    "karena itu", "akan tetapi", "tetapi", "tapi", "dan", "lalu", "kemudian", "bahkan", "justru", "apalagi",
    "terlebih", "untuk itu", "maka", "sedangkan", "adapun", "jadi", "meski begitu", "meski demikian",
    "padahal", "selain itu", "kendati demikian", "dengan demikian", "oleh karena itu", "oleh karenanya",
)
NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "menolak", "tanpa", "jangan"})
PREDICATE_START = frozenset(
    """akan telah sudah tidak tak belum harus bisa dapat sedang masih perlu ingin mau siap adalah merupakan
    ada tengah baru pernah sempat cukup sangat lebih paling hanya juga tetap segera terus mampu""".split()
)
# Words that, after a comma, start an adjunct outside the reported clause.
CLAUSE_ENDERS = frozenset("tanpa sembari sambil seraya meskipun walaupun padahal sehingga".split())
# Passive relays that make an outlet the source ("Diberitakan Reuters, …", "…, seperti dilaporkan X").
FRONT_RELAYS = frozenset("diberitakan dilansir dikutip melansir mengutip dilaporkan".split())
TRAIL_RELAYS = frozenset("dilaporkan diberitakan dilansir dikutip disiarkan ditulis".split())
# Cues that still report a statement inside a relative clause ("dukun yang mengaku bisa …").
RELATIVE_CUES = frozenset("mengaku mengatakan menyatakan menyebut mengklaim menilai menuding menduga".split())
STRONG_PREDICATES = frozenset("akan telah sudah tidak tak belum harus bisa dapat adalah merupakan sedang masih perlu".split())
_NOMINALISATION = regex.compile(r"^(?:pe[nmr]?|peng|peny|ke)\w{3,}an$")
# Stems of passive cues written with the agent as a clitic: disebutnya, dinilainya, diakuinya …
PASSIVE_CLITIC_STEMS = frozenset("sebut nilai akui katakan ungkapkan jelaskan tegaskan sampaikan klaim anggap".split())
# Words besides the cue lexicon that start a reported-speech rule.
TRIGGER_WORDS = frozenset("menurut menurutnya berdasarkan demikian seperti sebagaimana diberitakan dilansir dikutip melansir mengutip dilaporkan".split())
# Cues of a present stance: inside a quotation, "saya berharap …" is the speaker's own voice, not a report.
STANCE_CUES = frozenset(
    "berharap mengharapkan yakin meyakini merasa menilai berpendapat optimis optimistis pesimistis menduga mengira menganggap berpandangan menyadari".split()
)
# Aspect words that make a first-person cue inside a quotation an earlier speech act ("saya selalu mengatakan").
PAST_MARKERS = frozenset("sudah pernah selalu sempat telah dulu kemarin".split())
COPULAS = frozenset("menjadi adalah merupakan ialah yakni yaitu".split())
PREPOSITIONS = frozenset("ke dari di pada kepada dengan tentang mengenai soal terhadap atas bagi oleh sebagai".split())
SUBJECT_WORDS = frozenset({"dia", "ia", "mereka", "pihaknya", "kami", "kita", "saya", "aku", "beliau", "dirinya", "hal", "ini", "itu"})

# Words that may follow a quotation's comma without being a speech verb.
NOT_CUES = frozenset("dan yang atau serta tetapi tapi namun sedangkan karena sehingga dengan di ke dari pada untuk".split())

RULE_CONFIDENCE = {
    "quote-post-cue": 0.95,
    "quote-post-verb": 0.75,
    "quote-pre-cue": 0.9,
    "quote-interrupted": 0.85,
    "quote-continuation": 0.6,
    "reported-verb": 0.75,
    "reported-menurut": 0.85,
    "reported-relay": 0.8,
    "reported-passive-clitic": 0.7,
    "reported-post-cue": 0.8,
    "reported-next-sentence": 0.7,
    "headline": 0.6,
}


@dataclass
class Draft:
    type: str
    start: int
    end: int
    rule: str
    cue: CueMatch | None = None
    source: tuple[int, int] | None = None  # char span
    sentence: int = 0
    quote: Quote | None = None
    speaker: str | None = None
    outlets: list[str] = field(default_factory=list)


@dataclass
class Parsed:
    text: str
    tokens: list[Token]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]  # char spans
    sent_tokens: list[tuple[int, int]]  # token index ranges
    sent_paragraph: list[int]
    tok_starts: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)


def parse_text(text: str, tags: list[tuple[int, int, str, str]] | None = None) -> Parsed:
    paras = paragraphs(text)
    sents: list[tuple[int, int]] = []
    sent_para: list[int] = []
    for pi, (ps, pe) in enumerate(paras):
        for s in sentences(text, ps, pe):
            sents.append(s)
            sent_para.append(pi)
    tokens = tokenize(text)
    if tags:
        attach_tags(tokens, tags)
    starts = [t.start for t in tokens]
    sent_tok = [(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e in sents]
    return Parsed(text, tokens, paras, sents, sent_tok, sent_para, starts, [s for s, _ in sents], [s for s, _ in paras])


def _sentence_of(p: Parsed, offset: int) -> int:
    i = bisect.bisect_right(p.sent_starts, offset) - 1
    return max(i, 0)


_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{L}\d.]*(?:[ ,]+\p{Lu}[\p{L}\d.]*){0,3})?[ ,]*(?:\([^()\n]{1,40}\))?\s+[-–—]+\s+"
)


_CONNECTIVE_RE = regex.compile(
    r"(?i:" + "|".join(regex.escape(c) for c in sorted(CONNECTIVES, key=len, reverse=True)) + r")(?![\w])[ ,]*"
)


_HEADLINE_RE = regex.compile(r"^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(\S.*)$")


_COMMA_AFTER_RE = regex.compile(r"[ \t]*,[ \t]*")
# Subordinators that open a fronted adverbial clause: "Ketika …, <main clause>".
_SUBORDINATOR_RE = regex.compile(r"(?i:ketika|saat|sewaktu|setelah|sesudah|sebelum|begitu|sejak|usai|seusai|jika|kalau|apabila|bila)\s")


def _para_of(p: Parsed, offset: int) -> int:
    return max(bisect.bisect_right(p.para_starts, offset) - 1, 0)


def _strip_connective(text: str, start: int, end: int) -> int:
    """Move ``start`` past a dateline (``IslamTimes -``), a leading connective (``Namun``,
    ``Sementara itu``) and its comma."""
    m = _DATELINE.match(text, start, end)
    if m and m.end() - start < 60:
        start = m.end()
    m = _CONNECTIVE_RE.match(text, start, end)
    return m.end() if m else start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    return end


class QuoteIndex(list):
    """Quotations sorted by start (they do not overlap), with logarithmic look-ups."""

    def __init__(self, quotes: list[Quote]):
        super().__init__(sorted(quotes, key=lambda q: q.start))
        self.starts = [q.start for q in self]

    def within(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self) and self[i].start < end:
            if self[i].end <= end:
                out.append(self[i])
            i += 1
        return out


def _in_quote(quotes: QuoteIndex, offset: int) -> Quote | None:
    i = bisect.bisect_right(quotes.starts, offset) - 1
    if i >= 0 and quotes[i].start <= offset < quotes[i].end:
        return quotes[i]
    return None


class Extractor:
    def __init__(self, p: Parsed, lex: Lexicon):
        self.p = p
        self.lex = lex
        self.text = p.text
        self.quotes = QuoteIndex(find_quotes(p.text, p.paragraphs))
        self.direct_opens: set[int] = set()  # opening marks of quotations already attributed
        self.drafts: list[Draft] = []
        self.pending: list[Quote] = []  # cue-less quotation paragraphs
        from .coreference import proper_words

        self.proper = proper_words(p.text)

    def continuations(self) -> None:
        """A quotation paragraph with no cue continues the speaker of an attribution in the previous
        two paragraphs (same speaker, cue and source null)."""
        for q in self.pending:
            ends = sorted((d.end, i) for i, d in enumerate(self.drafts))
            k = bisect.bisect_right(ends, (q.outer_start, len(self.drafts))) - 1
            if k < 0:
                continue
            last = self.drafts[ends[k][1]]
            last_para = _para_of(self.p, last.end)
            if 0 <= q.paragraph - last_para <= 2:
                si = _sentence_of(self.p, q.start)
                self.drafts.append(Draft("direct", q.start, q.end, "quote-continuation", None, None, si, q))

    # ---------------------------------------------------------------- direct quotations
    def _ends_with_comma(self, q: Quote) -> bool:
        inside = self.text[q.start : q.end].rstrip()
        after = self.text[q.outer_end : q.outer_end + 1]
        return inside.endswith(",") or after == ","

    def _next_word(self, i: int, hi: int) -> int:
        while i < hi and not self.p.tokens[i].is_word:
            i += 1
        return i

    def _tok_index(self, offset: int) -> int:
        return bisect.bisect_left(self.p.tok_starts, offset)

    def direct(self) -> None:
        toks = self.p.tokens
        prev_attributed: Draft | None = None
        for q in self.quotes:
            si = _sentence_of(self.p, q.start)
            after = self._tok_index(q.outer_end)  # the post-posed frame is searched up to the paragraph end
            para_end = self.p.paragraphs[q.paragraph][1]
            draft = None
            # 1. post-posed cue right after the closing mark ("…,” kata X" / "…,” tambahnya")
            j = after
            while j < len(toks) and toks[j].start < para_end and not toks[j].is_word and toks[j].text in ",.:" :
                j += 1
            if j < len(toks) and toks[j].start < para_end:
                t = toks[j]
                cue = cue_at(self.lex, t)
                if cue is None and t.lower in DEMIKIAN and j + 1 < len(toks):
                    nxt = cue_at(self.lex, toks[j + 1])
                    cue = nxt
                    j = j + 1 if nxt else j
                rule = "quote-post-cue"
                src_rng = None
                if cue is None and t.is_cap:
                    # inverted: "“…,” Emery menambahkan."
                    k = j
                    while k < len(toks) and k - j < 6 and (toks[k].is_cap or toks[k].lower in self.lex.titles):
                        k += 1
                    if k > j and k < len(toks) and toks[k].start < para_end:
                        c2 = cue_at(self.lex, toks[k])
                        if c2 is not None and c2.clitic_start is None and c2.frames & {"pre", "post"}:
                            cue, src_rng, j = c2, (j, k), k
                nxt_tok = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].start < para_end else None
                verb_like = t.lower.endswith("nya") or (nxt_tok is not None and (nxt_tok.is_cap or nxt_tok.lower in {"dia", "ia", "mereka", "beliau"}))
                if cue is None and self._ends_with_comma(q) and t.is_word and not t.is_cap and t.lower not in NOT_CUES and verb_like:
                    # a comma closing the quotation announces a speech verb, even one the lexicon lacks
                    w = t.text
                    stem_end = t.end - 3 if w.lower().endswith("nya") and len(w) > 5 else t.end
                    cue = CueMatch(t.start, stem_end, w[: stem_end - t.start].lower(),
                                   stem_end if stem_end != t.end else None, frozenset({"post"}))
                    rule = "quote-post-verb"
                if cue is not None and ({"post", "pre", "pass"} & cue.frames):
                    draft = Draft("direct", q.start, q.end, rule, cue, None, si, q)
                    if src_rng is not None:
                        draft.source = (toks[src_rng[0]].start, toks[src_rng[1] - 1].end)
                    elif cue.clitic_start is not None:
                        draft.source = (cue.clitic_start, cue.clitic_start + 3)
                    else:
                        k = j + 1
                        if k < len(toks) and toks[k].lower == "oleh":
                            k += 1
                        hi = self._tok_index(para_end)
                        rng = source_after(toks, k, hi, self.lex)
                        if rng:
                            draft.source = (toks[rng[0]].start, toks[rng[1] - 1].end)
            # 2. pre-posed cue before the opening mark ("X mengatakan, “…”" / "Menurut X, “…”")
            if draft is None and q.open_mark is not None:
                b = self._tok_index(q.open_mark) - 1
                while b >= 0 and toks[b].text in {",", ":"}:
                    b -= 1
                if b >= 0 and toks[b].start >= self.p.paragraphs[q.paragraph][0]:
                    t = toks[b]
                    cue = cue_at(self.lex, t)
                    if cue is not None and (cue.frames & {"pre", "post"}):
                        draft = Draft("direct", q.start, q.end, "quote-pre-cue", cue, None, si, q)
                        if cue.clitic_start is not None:
                            draft.source = (cue.clitic_start, cue.clitic_start + 3)
                        else:
                            lo = self.p.sent_tokens[si][0]
                            rng = source_before(toks, b, lo, self.lex)
                            if rng:
                                draft.source = (toks[rng[0]].start, toks[rng[1] - 1].end)
                    elif cue is None and t.is_word:
                        # "X mengatakan kepada wartawan di Jakarta, “…”": the cue a short adjunct before
                        lo = max(self.p.sent_tokens[si][0], self._tok_index(self.p.paragraphs[q.paragraph][0]))
                        for v in range(b - 1, max(lo, b - 8) - 1, -1):
                            tv = toks[v]
                            if tv.text in ALL_MARKS or tv.text in ".!?":
                                break
                            cv = cue_at(self.lex, tv)
                            if cv is not None and cv.frames & {"pre"} and cv.clitic_start is None:
                                if toks[v + 1].lower in {"kepada", "pada", "di", "dalam", "saat", "ketika", "usai", "seusai", "melalui", "lewat"} and not any(
                                        looks_verbal(x, self.lex) for x in toks[v + 1 : b + 1]):
                                    draft = Draft("direct", q.start, q.end, "quote-pre-cue", cv, None, si, q)
                                    rng = source_before(toks, v, lo, self.lex)
                                    if rng:
                                        draft.source = (toks[rng[0]].start, toks[rng[1] - 1].end)
                                break
                    if draft is None and t.lower == "bahwa" and b >= 1:
                        # "delegasi mengatakan kepada pemerintah Baghdad bahwa “…”": find the verb
                        lo = self.p.sent_tokens[si][0]
                        for v in range(b - 1, max(lo, b - 8) - 1, -1):
                            cue = cue_at(self.lex, toks[v])
                            if cue is not None and "pre" in cue.frames:
                                draft = Draft("direct", q.start, q.end, "quote-pre-cue", cue, None, si, q)
                                rng = source_before(toks, v, lo, self.lex)
                                if rng:
                                    draft.source = (toks[rng[0]].start, toks[rng[1] - 1].end)
                                break
            if draft is not None and draft.rule == "quote-pre-cue" and self._is_term(q) and q.outer_end is not None:
                nt = self._tok_index(q.outer_end)
                if nt < len(toks) and toks[nt].is_word and toks[nt].start < para_end:
                    draft = None  # 'Hartati mengatakan "telisik" tari adalah …': a quoted term opens the clause
            # 3. interrupted quotation: "“A,” kata X. “B.”" in the same paragraph
            if draft is None and prev_attributed is not None and prev_attributed.quote is not None:
                pq = prev_attributed.quote
                if pq.paragraph == q.paragraph and prev_attributed.rule in {"quote-post-cue", "quote-interrupted"}:
                    gap = self.text[pq.outer_end : q.outer_start]
                    cue_end = max(prev_attributed.cue.end if prev_attributed.cue else 0,
                                  prev_attributed.source[1] if prev_attributed.source else 0)
                    tail = self.text[cue_end : q.outer_start].rstrip()
                    if (len(gap) < 200 and not any(c in ALL_MARKS for c in gap) and cue_end <= q.outer_start
                            and (tail == "" or tail[-1] in ".!?:")):  # B opens a new sentence: “A,” kata X. “B.”
                        draft = Draft("direct", q.start, q.end, "quote-interrupted", prev_attributed.cue,
                                      prev_attributed.source, si, q, speaker=None)
            # 4. a quotation paragraph with no cue: decided once reported speech is known (continuation)
            if draft is None and q.open_mark is not None:
                starts_para = q.open_mark == self.p.paragraphs[q.paragraph][0]
                if starts_para and len(self.text[q.start:q.end].split()) >= 4:
                    self.pending.append(q)
            if draft is not None:
                self.drafts.append(draft)
                if q.open_mark is not None:
                    self.direct_opens.add(q.open_mark)
                prev_attributed = draft

    # ---------------------------------------------------------------- reported speech
    def _content(self, start: int, si: int) -> tuple[int, int] | None:
        s, e = self.p.sentences[si]
        end = _trim_end(self.text, start, e)
        while start < end and self.text[start] in " ,:":
            start += 1
        if end - start < 3:
            return None
        return start, end

    def _cut_trailing_attribution(self, start: int, end: int) -> int:
        """Cut ``, menurut X`` / ``, kata X`` / ``, dikutip X`` that close the sentence off the content, and
        what follows the clause: a coordinated cue (``, dan menambahkan …``) or an adjunct (``, tanpa …``)."""
        toks = self.p.tokens
        i0, i1 = self._tok_index(start), self._tok_index(end)
        for i in range(i0, i1):
            t = toks[i]
            if t.text == "," or t.lower in {"dan", "serta"}:
                k = i + 1
                while k < i1 and toks[k].lower in {"dan", "serta", "juga", "pun", "kemudian", "lalu"}:
                    k += 1
                if k < i1 and k > i and (t.text == "," or k > i + 0):
                    c = cue_at(self.lex, toks[k])
                    if c is not None and "pre" in c.frames and c.clitic_start is None and (t.text == "," or t.lower in {"dan", "serta"}):
                        if _in_quote(self.quotes, toks[k].start) is None:
                            return _trim_end(self.text, start, t.start)
            if t.text == "," and i + 2 < i1 and toks[i + 1].is_cap and _in_quote(self.quotes, t.start) is None:
                # ", CNN melaporkan bahwa …": a new clause with its own subject and cue
                k = i + 1
                while k < i1 and k - i <= 5 and toks[k].is_cap:
                    k += 1
                c = cue_at(self.lex, toks[k]) if k < i1 else None
                if c is not None and "pre" in c.frames:
                    return _trim_end(self.text, start, t.start)
            if t.text == "," and i + 1 < i1 and toks[i + 1].lower in CLAUSE_ENDERS and _in_quote(self.quotes, t.start) is None:
                return _trim_end(self.text, start, t.start)
            if t.text in "”\"’" and i + 1 < i1 and toks[i + 1].lower in CLAUSE_ENDERS:
                return t.end
            if t.text == "," and i + 1 < i1:
                n = toks[i + 1]
                c = cue_at(self.lex, n)
                if menurut_at(n) or n.lower in {"dikutip", "dilansir", "seperti", "sebagaimana"} or (c and "post" in c.frames):
                    return _trim_end(self.text, start, t.start)
        return end

    def _is_clause(self, i: int, hi: int, cue: CueMatch) -> bool:
        """Is the complement starting at token ``i`` a clause (not a bare noun phrase)?"""
        toks = self.p.tokens
        if i >= hi:
            return False
        first = toks[i]
        window = toks[i : min(hi, i + 6)]
        if "dir" in cue.frames:
            # "mengimbau segera mencuci …" reports an appeal; "meminta Kamal memijat …" narrates an action
            # (an object, then a verb): that needs "untuk/agar/supaya", handled by the caller
            return first.lower in PREDICATE_START or looks_verbal(first, self.lex)
        if first.lower in {"atau", "dan", "serta", "tetapi", "namun"}:
            return False
        if "sebagai" in cue.frames and any(t.lower == "sebagai" for t in toks[i : min(hi, i + 10)]):
            return True  # "menggambarkan X sebagai Y"
        if first.lower in self.lex.np_heads or first.lower in PREPOSITIONS:
            return False  # "menjelaskan alasannya …", "menulis ke sebuah stasiun …"
        if "np" not in cue.frames:
            # verbs that only take clauses: mengatakan, mengaku, berharap …; but a lone noun is none
            # ("pihak yang akan menilai Amdal."), a lone predicate is ("mengaku siap.")
            return sum(t.is_word for t in window) >= 2 or first.lower in PREDICATE_START or looks_verbal(first, self.lex)
        if first.lower in STRONG_PREDICATES or looks_verbal(first, self.lex):
            return True  # a verb complement: "membantah mempunyai peralatan", "mengkhawatirkan terjadi risiko"
        if _NOMINALISATION.match(first.lower):
            # "menyerukan penarikan pasukan lebih cepat": a nominalisation needs a real predicate
            for t in window[1:]:
                if t.lower in PREPOSITIONS or t.lower == "yang":
                    return False
                if t.lower in STRONG_PREDICATES or looks_verbal(t, self.lex):
                    return True
            return False
        if first.lower in PREDICATE_START:
            return True
        if "pred" in cue.frames and (looks_verbal(first, self.lex) or first.upos in {"ADJ", "VERB", "AUX"}):
            return True
        if first.lower in SUBJECT_WORDS or first.is_cap:
            return any(looks_verbal(t, self.lex) or t.lower in PREDICATE_START for t in window[1:])
        if "np" in cue.frames or "pred" in cue.frames:
            # a noun phrase followed by its predicate: "harga minyak akan naik"
            for t in window[1:]:
                if t.lower in {"yang", "untuk", "dalam", "atas", "bagi", "dengan", "dari", "di", "ke", "terhadap"}:
                    return False
                if t.lower in PREDICATE_START or looks_verbal(t, self.lex):
                    return True
            return False
        return len(window) >= 3

    def _triggers(self) -> list[bool]:
        """Per sentence: does it hold anything a reported-speech rule starts from (a cue word, menurut,
        a relay verb, a passive with a clitic agent)?  Sentences without one are skipped."""
        toks = self.p.tokens
        hit = [False] * len(self.p.sentences)
        for si, (lo, hi) in enumerate(self.p.sent_tokens):
            for t in toks[lo:hi]:
                w = t.lower
                if (self.lex.cues.get(w) is not None or w in TRIGGER_WORDS
                        or (w.startswith("di") and w.endswith("nya"))):
                    hit[si] = True
                    break
        return hit

    def reported(self) -> None:
        triggers = self._triggers()
        for si, (s, e) in enumerate(self.p.sentences):
            if not triggers[si]:
                continue
            lo, hi = self.p.sent_tokens[si]
            self._menurut(si, lo, hi)
            self._relay(si, lo, hi)
            self._passive_clitic(si, lo, hi)
            self._interrupting_verb(si, lo, hi)
            self._post_cue(si, lo, hi)
            self._verbs(si, lo, hi)
            self._next_sentence(si, lo, hi)
        self._headlines()

    def _is_term(self, q: Quote) -> bool:
        """Marks around a term or a title, not a quotation: one word ("telisik", ' surga '), or a short
        Title Case name ("The Beach", "Bang Bang"); two lower-case words ("tidak berdasar") are quoted speech."""
        words = self.text[q.start : q.end].split()
        return len(words) <= 1 or (len(words) <= 4 and all(w[:1].isupper() for w in words))

    def _leading_cue_phrase_end(self, d: Draft) -> int | None:
        """Where the content really starts when the clause opens with its own cue phrase set off by a
        comma, right after a connective: "Namun, ia mengungkapkan, komunikasi …", "Justru, tambahnya,
        desainer …" (nothing is interrupted, so the cue phrase is not part of the content)."""
        if d.cue is None or not (d.start <= d.cue.start < d.end):
            return None
        first = min(d.cue.start, d.source[0]) if d.source else d.cue.start
        if self.text[d.start:first].strip():
            return None
        last = max(d.cue.end, d.source[1]) if d.source else d.cue.end
        while last < d.end and self.text[last].isalpha():
            last += 1  # the clitic of "tambahnya"
        m = _COMMA_AFTER_RE.match(self.text, last, d.end)
        return m.end() if m and m.end() < d.end else None

    def _add(self, d: Draft) -> None:
        after = self._leading_cue_phrase_end(d)
        if after is not None:
            d.start = after
        inner = [q for q in self.quotes.within(d.start, d.end) if not self._is_term(q)]
        if inner:
            covered = any(q.outer_start <= d.start + 1 and d.end - 1 <= q.outer_end for q in inner)
            d.type = "direct" if covered else "mixed"
            if covered:
                q = inner[0]
                d.start, d.end = q.start, q.end
        self.drafts.append(d)

    def _menurut(self, si: int, lo: int, hi: int) -> None:
        toks = self.p.tokens
        for i in range(lo, hi):
            cue = menurut_at(toks[i])
            if cue is None or _in_quote(self.quotes, toks[i].start):
                continue
            if i + 1 < hi and toks[i + 1].lower in NOT_SOURCES:
                continue  # "menurut rencana digelar …" is an idiom
            if cue.lemma == "berdasarkan" and i > lo and toks[i - 1].text != "," and toks[i].start > _strip_connective(self.text, *self.p.sentences[si]) + 1:
                continue  # mid-sentence "berdasarkan" means "based on", not a source
            if i > lo and toks[i - 1].lower in {"tidak", "tak"}:
                continue
            if cue.clitic_start is not None:
                src = (cue.clitic_start, cue.clitic_start + 3)
                j = i + 1
                rng = None
            else:
                rng = source_after(toks, i + 1, hi, self.lex)
                if rng is None:
                    continue
                heads = [t for t in toks[rng[0] : rng[1]] if t.is_word and t.lower not in QUANTIFIERS]
                if heads and heads[0].lower in NOT_SOURCES:
                    continue  # "Berdasarkan sejumlah pertimbangan tersebut, …", "Berdasarkan riwayat perjalanan, …"
                # "menurut laporan Reuters": the source runs to the comma
                src = (toks[rng[0]].start, toks[rng[1] - 1].end)
                j = rng[1]
                while j < hi and toks[j].text != ",":
                    j += 1
            s_start = _strip_connective(self.text, self.p.sentences[si][0], self.p.sentences[si][1])
            at_front = toks[i].start <= s_start + 1
            if not at_front and cue.clitic_start is None and rng is not None and rng[1] < hi and toks[rng[1]].text != ",":
                # "… yang menurut Profesor Tierno dapat menimbulkan …": the clause follows the source
                nxt = toks[rng[1]]
                if nxt.lower in PREDICATE_START or looks_verbal(nxt, self.lex):
                    c = self._content(nxt.start, si)
                    if c and c[1] - c[0] > 3:
                        self._add(Draft("indirect", c[0], c[1], "reported-menurut", cue, src, si))
                    continue
            if at_front:
                if j >= hi:
                    continue
                nxt = self._next_word(j + 1, hi)
                if nxt < hi and (c2 := cue_at(self.lex, toks[nxt])) is not None and "post" in c2.frames:
                    continue  # "Berdasarkan data, kata Edho, …": the inner cue owns the statement
                c = self._content(toks[j].end, si)
            else:
                after = j + 1 if j < hi and toks[j].text == "," else j
                trailing = after >= hi or all(not t.is_word for t in toks[after:hi])
                end = self._cut_trailing_attribution(s_start, toks[i - 1].start) if trailing else self.p.sentences[si][1]
                c = self._content(s_start, si)
                if c:
                    c = (c[0], _trim_end(self.text, c[0], min(c[1], end)))
                    # trim the comma before "menurut"
                    c = (c[0], c[1] - 1) if self.text[c[1] - 1] == "," else c
            if c and c[1] - c[0] > 3:
                self._add(Draft("indirect", c[0], c[1], "reported-menurut", cue, src, si))

    def _relay(self, si: int, lo: int, hi: int) -> None:
        """An outlet as the source: "Diberitakan Reuters, …", "Dilansir people.com, …" at the front;
        "…, seperti dilaporkan televisi al-Arabiya." / "…, demikian Reuters." at the end; and a front
        "kata X, …" ("Namun kata Saleh al-Jasser, direktur maskapai tersebut, …")."""
        toks = self.p.tokens
        s, e = self.p.sentences[si]
        start = _strip_connective(self.text, s, e)
        i = self._tok_index(start)
        if i >= hi:
            return
        w = toks[i].lower
        quoted = _in_quote(self.quotes, toks[i].start) is not None
        if quoted and not (w == "kata" and i + 1 < hi and toks[i + 1].lower not in FIRST_PERSON):
            return  # inside a quotation only "Kata bapak, …" reports another's words (a record of its own)
        if w in FRONT_RELAYS or w in {"kata", "ujar"}:
            k = i + 1
            if k < hi and toks[k].lower in {"dari", "oleh"}:
                k += 1
            comma = next((m for m in range(k, min(hi, k + 14)) if toks[m].text == ","), None)
            if comma is None or comma == k:
                return
            # "kata Saleh al-Jasser, direktur maskapai tersebut, …": skip an apposition
            after = comma + 1
            src_end = comma - 1
            second = next((m for m in range(after, min(hi, after + 8)) if toks[m].text == ","), None)
            if w in {"kata", "ujar"} and second is not None and not any(looks_verbal(t, self.lex) for t in toks[after:second]):
                if all(t.is_cap for t in toks[after:second]):
                    src_end = second - 1  # "kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, …": the name
                after = second + 1
                # adjuncts in commas before the statement: "…, di Surabaya, Sabtu (2/1/2021), pemerintah …"
                for _ in range(2):
                    nxt = next((m for m in range(after, min(hi, after + 10)) if toks[m].text == ","), None)
                    if nxt is None or after >= hi or not (toks[after].lower in PREPOSITIONS | TIME_WORDS | {"saat", "ketika"}):
                        break
                    after = nxt + 1
            src = (toks[k].start, toks[src_end].end)
            c = self._content(toks[after].start if after < hi else e, si) if after < hi else None
            if c and c[1] - c[0] > 3:
                cue = CueMatch(toks[i].start, toks[i].end, w, None, frozenset({"relay"}))
                self._add(Draft("indirect", c[0], c[1], "reported-relay", cue, src, si))
            return
        # trailing: ", seperti (yang) dilaporkan X" / ", demikian X"
        for m in range(i + 2, hi):
            if toks[m - 1].text != ",":
                continue
            k = m
            if toks[k].lower in {"seperti", "sebagaimana"}:
                k += 1
                if k < hi and toks[k].lower == "yang":
                    k += 1
                if k >= hi or toks[k].lower not in TRAIL_RELAYS:
                    continue
            elif toks[k].lower not in {"demikian"} or k + 1 >= hi or not toks[k + 1].is_cap:
                continue
            if any(t.text in ALL_MARKS or (self.lex.cue(t.text) is not None and "post" in self.lex.cue(t.text).frames)
                   for t in toks[i : m - 1]):
                return  # the clause has its own cue ("“…,” kata X, seperti dikutip dari Y"): only an outlet
            cue = CueMatch(toks[k].start, toks[k].end, toks[k].lower, None, frozenset({"relay"}))
            if k + 1 < hi and toks[k + 1].lower in {"dari", "oleh"}:
                k += 1
            rng = source_after(toks, k + 1, hi, self.lex)
            src = (toks[rng[0]].start, toks[rng[1] - 1].end) if rng else None
            end = _trim_end(self.text, start, toks[m - 1].start)
            if end - start > 3 and not _in_quote(self.quotes, start):
                self._add(Draft("indirect", start, end, "reported-relay", cue, src, si))
            return

    def _passive_clitic(self, si: int, lo: int, hi: int) -> None:
        """"Pemain disebutnya sudah bisa …", "mental pemainnya … dinilainya belum kuat": a passive cue with
        the agent as clitic inside the clause; the content is the whole clause."""
        toks = self.p.tokens
        for i in range(lo + 1, hi):
            w = toks[i].lower
            if not (w.startswith("di") and w.endswith("nya") and len(w) > 7):
                continue
            stem = w[2:-3]
            c = cue_at(self.lex, Token(0, 0, "di" + stem)) or cue_at(self.lex, Token(0, 0, "me" + stem))
            if c is None and stem not in PASSIVE_CLITIC_STEMS:
                continue
            if _in_quote(self.quotes, toks[i].start):
                continue
            start = _strip_connective(self.text, *self.p.sentences[si])
            first = self._tok_index(start)
            if first < hi and menurut_at(toks[first]) is not None:
                return  # "Menurut X, … maka dinilainya tak masalah": the clitic is inside X's statement
            c2 = self._content(start, si)
            if c2 and c2[1] - c2[0] > 3:
                stem_end = toks[i].end - 3
                cue = CueMatch(toks[i].start, stem_end, "di" + stem, stem_end, frozenset({"pass"}))
                self._add(Draft("indirect", c2[0], c2[1], "reported-passive-clitic", cue, (stem_end, toks[i].end), si))

    def _interrupting_verb(self, si: int, lo: int, hi: int) -> None:
        """"Bukan mustahil, ia melanjutkan, apabila …": a subject and a cue verb set off by commas inside
        the clause; and a passive cue with its agent inside the clause ("Musk juga disebut Trump berada …")."""
        toks = self.p.tokens
        start = _strip_connective(self.text, *self.p.sentences[si])
        for i in range(lo + 1, hi - 1):
            c = cue_at(self.lex, toks[i])
            if c is None or c.clitic_start is not None or _in_quote(self.quotes, toks[i].start):
                continue
            if c.frames & {"pre", "post"} and toks[i + 1].text == ",":
                k = i - 1
                while k > lo and toks[k].is_word and i - k <= 3:
                    k -= 1
                subject = toks[k + 1 : i]
                if subject and subject[0].lower in STOP_BEFORE:
                    continue  # "…, luas, dan bertanggung jawab, serta …": a list of predicates, not "X jawab"
                if toks[k].text == "," and k > lo and 1 <= i - k - 1 <= 3 and i + 2 < hi:
                    src = (toks[k + 1].start, toks[i - 1].end)
                    body = self._content(start, si)
                    if body:
                        self._add(Draft("indirect", body[0], body[1], "reported-post-cue", c, src, si))
            elif ("pass" in c.frames and i > lo + 1 and toks[i + 1].is_cap and toks[i - 1].is_word
                  and toks[i - 1].text != "," and toks[i - 1].lower != "yang"):  # "bukit yang disebut Gunung Batu" names
                rng = source_after(toks, i + 1, hi, self.lex)
                if rng and rng[1] < hi and toks[rng[1]].is_word:  # the clause goes on after the agent
                    body = self._content(start, si)
                    if body:
                        self._add(Draft("indirect", body[0], body[1], "reported-passive-clitic", c,
                                        (toks[rng[0]].start, toks[rng[1] - 1].end), si))

    def _post_cue(self, si: int, lo: int, hi: int) -> None:
        """"…, kata X." without marks, and a cue interrupting its clause ("…, lanjutnya, …")."""
        toks = self.p.tokens
        for i in range(lo + 2, hi):
            if toks[i - 1].text != ",":
                continue
            cue = cue_at(self.lex, toks[i])
            if cue is None or "post" not in cue.frames:
                continue
            if _in_quote(self.quotes, toks[i].start) or (i >= 2 and toks[i - 2].text in "”\"’'"):
                continue  # handled as a direct quotation
            if cue.clitic_start is not None:
                src = (cue.clitic_start, cue.clitic_start + 3)
                j = i + 1
            else:
                if toks[i].lower in {"menyatakan", "mengatakan", "menegaskan", "menjelaskan", "menyebut", "menyebutkan", "mengungkapkan", "menambahkan", "menuturkan", "menerangkan"}:
                    continue  # meN- forms after a comma are pre-posed verbs of an omitted subject
                k = i + 1
                if k < hi and toks[k].lower == "oleh":
                    k += 1
                rng = source_after(toks, k, hi, self.lex)
                if rng is None and toks[i].lower not in {"kata", "ujar", "tutur"}:
                    continue
                src = (toks[rng[0]].start, toks[rng[1] - 1].end) if rng else None
                j = rng[1] if rng else i + 1
            s_start = _strip_connective(self.text, self.p.sentences[si][0], self.p.sentences[si][1])
            rest = [t for t in toks[j:hi] if t.is_word]
            if rest and toks[j].text == "," and len(rest) >= 3 and not (
                rest[0].lower in {"dikutip", "dilansir", "seperti", "saat", "ketika", "usai", "seusai", "dalam", "pada", "kepada", "di"}
            ):
                c = self._content(s_start, si)  # the cue interrupts the clause
            else:
                c = self._content(s_start, si)
                if c:
                    c = (c[0], _trim_end(self.text, c[0], toks[i - 1].start))
            if c and c[1] - c[0] > 3:
                self._add(Draft("indirect", c[0], c[1], "reported-post-cue", cue, src, si))

    def _verbs(self, si: int, lo: int, hi: int) -> None:
        toks = self.p.tokens
        for i in range(lo, hi):
            t = toks[i]
            cue = cue_at(self.lex, t)
            if cue is None or "pre" not in cue.frames or cue.clitic_start is not None:
                continue
            if any(x.lower in COPULAS for x in toks[max(lo, i - 2) : i]):
                continue  # "… menjadi momentum mengajak masyarakat …": a nominal predicate, no speaker
            if i > lo and (any(x.lower in NEGATIONS for x in toks[max(lo, i - 3) : i]) or toks[i - 1].lower == "untuk"):
                continue  # negated claims ("tidak pernah meminta"), purposes ("untuk mengingatkan …")
            q = _in_quote(self.quotes, t.start)
            rel = i > lo and toks[i - 1].lower == "yang"  # "dukun yang mengaku bisa …": the head noun speaks
            if rel and (cue.lemma not in RELATIVE_CUES or any(
                    toks[k].lower in NEGATIONS and k + 1 < hi and toks[k + 1].lower == "ada" for k in range(lo, i))):
                continue  # "belum ada kelompok yang mengaku …" is a negated claim; "sirene yang meminta" no speech
            rng = source_before(toks, i - 1 if rel else i, lo, self.lex)
            src = (toks[rng[0]].start, toks[rng[1] - 1].end) if rng else None
            first_word = self.text[src[0]:src[1]].split()[0] if src else ""
            first_person = first_word.lower() in FIRST_PERSON
            earlier = "past" in cue.frames or any(x.lower in PAST_MARKERS for x in toks[max(lo, i - 2) : i])
            src_words = self.text[src[0] : src[1]].lower().split() if src else []
            if "doc" in cue.frames and not any(w in DOC_SUBJECTS for w in src_words[:2]):
                continue  # "menunjukkan" reports only for studies and data ("Hal ini menunjukkan" is the author)
            if cue.lemma in STANCE_CUES and i + 1 < hi and toks[i + 1].lower == "untuk":
                continue  # "yakin untuk menolak": a resolve, not a statement
            if first_person and (q is None or not earlier or first_word.lower() in {"kita", "anda", "kamu"}
                                 or cue.lemma in STANCE_CUES):  # "saya selalu merasa …": the speaker's own voice
                continue  # a speaker's own stance or present statement ("kami menegaskan …"), generic "kita"
            if "inq" in cue.frames and not (q is not None and first_person):
                continue  # "Hal itu ia sampaikan …" is a back-reference, not a new statement
            if q is not None and not first_person and (src is None or not (
                    first_word in self.proper or self.text[src[0]:src[1]].split()[-1].lower() in {"itu", "tersebut"})):
                continue  # inside a quotation: an earlier speech act ("saya bilang, …") or a named third party's
            # complement: skip "kepada X" adjuncts before "bahwa", punctuation and complementisers
            j = i + 1
            bahwa = next((k for k in range(j, min(hi, j + 16)) if toks[k].lower in {"bahwa", "bahwasanya"}), None)
            if bahwa is not None and all(toks[k].lower not in {",", "dan"} for k in range(j, bahwa - 1)) and (
                toks[j].lower in {"kepada", "pada", "dalam", "di", "saat", "ketika", "kembali", "pula", "juga", "secara"}
                or bahwa == j
            ):
                j = bahwa + 1
                clause = True
            else:
                had_punct = False
                while j < hi and toks[j].lower in {"lagi", "pula", "kembali"} and j + 1 < hi and toks[j + 1].text == ",":
                    j += 1  # "ia menerangkan lagi, …"
                while j < hi and toks[j].text in {",", ":"}:
                    j += 1
                    had_punct = True
                clause = had_punct
                if j < hi and toks[j].lower in COMPLEMENTISERS:
                    j += 1
                    clause = True
                elif "pred" in cue.frames:
                    # "mendesak PM Irak untuk …": an object, then the complementiser
                    comp = next((k for k in range(j, min(hi, j + 7)) if toks[k].lower in {"untuk", "agar", "supaya"}), None)
                    if comp is not None and not any(looks_verbal(x, self.lex) for x in toks[j:comp]):
                        clause = True
                if not clause:
                    clause = self._is_clause(j, hi, cue)
                if not clause and j < hi:
                    # a noun phrase carrying a quotation is a (mixed) statement: "menekankan perlunya “…”"
                    clause = any(qq.close_mark is not None and qq.open_mark is not None and toks[j].start <= qq.open_mark
                                 for qq in self.quotes.within(toks[j].start, self.p.sentences[si][1]))
            if not clause or j >= hi:
                continue
            if toks[j].text in ALL_MARKS and toks[j].start in self.direct_opens:
                continue  # "X mengatakan, “…”" is already a direct record
            c = self._content(toks[j].start, si)
            if not c:
                continue
            c = (c[0], self._cut_trailing_attribution(c[0], c[1]))
            c = (c[0], self._subordinate_end(si, t.start, c[0], c[1]))
            if q is not None:
                c = (c[0], min(c[1], _trim_end(self.text, c[0], q.end)))
            if c[1] - c[0] < 4:
                continue
            self._add(Draft("indirect", c[0], c[1], "reported-verb", cue, src, si))

    def _subordinate_end(self, si: int, cue_start: int, start: int, end: int) -> int:
        """"Ketika dokter mengatakan ia sudah terbebas dari kanker, sang nonnie … berpose": a cue inside a
        fronted subordinate clause reports only up to the clause's comma; the main clause follows."""
        s_start = _strip_connective(self.text, *self.p.sentences[si])
        m = _SUBORDINATOR_RE.match(self.text, s_start, cue_start)
        if not m or "," in self.text[s_start:cue_start]:
            return end
        comma = self.text.find(",", start, end)
        return _trim_end(self.text, start, comma) if comma > start else end

    def _next_sentence(self, si: int, lo: int, hi: int) -> None:
        """"… . Hal itu diungkapkan X" — the previous sentence is the content."""
        if si == 0 or hi - lo < 2:
            return
        toks = self.p.tokens
        i = lo
        while i < hi and i < lo + 3 and toks[i].lower in BACK_REFERENCES:
            i += 1
        if i == lo or i >= hi:
            return  # the sentence must open with a back-reference: "Hal itu", "Pernyataan tersebut", "Demikian"
        cue = cue_at(self.lex, toks[i])
        if cue is None or "pass" not in cue.frames:
            return
        k = i + 1
        if k < hi and toks[k].lower == "oleh":
            k += 1
        rng = source_after(toks, k, hi, self.lex)
        src = (toks[rng[0]].start, toks[rng[1] - 1].end) if rng else None
        prev = si - 1
        ps, pe = self.p.sentences[prev]
        start = _strip_connective(self.text, ps, pe)
        c = self._content(start, prev)
        if c:
            d = Draft("indirect", c[0], c[1], "reported-next-sentence", cue, src, si)
            self._add(d)

    def _headlines(self) -> None:
        for pi, (ps, pe) in enumerate(self.p.paragraphs):
            line = self.text[ps:pe]
            m = _HEADLINE_RE.match(line)
            if not m or len(line.split()) > 25 or line.rstrip().endswith((".", "?")) and len(line.split()) > 18:
                continue
            name = m.group(1)
            if name.lower() in {"baca juga", "diskusi", "editor", "foto", "video", "sumber", "penulis", "reporter", "catatan", "baca"}:
                continue
            if len(name.split()) == 1 and name.lower() in {"update", "breaking", "live", "tag", "tags", "lihat"}:
                continue
            src = (ps, ps + len(name))
            cs = ps + m.start(2)
            self._add(Draft("indirect", cs, _trim_end(self.text, cs, pe), "headline", None, src, _sentence_of(self.p, ps)))

    # ---------------------------------------------------------------- clean-up
    def dedupe(self) -> list[Draft]:
        """One record per statement: identical contents keep the surest rule; a cue-less quotation inside
        a reported clause is dropped (the mixed record covers it)."""
        out: list[Draft] = []
        by_span: dict[tuple[int, int], Draft] = {}
        for d in self.drafts:
            key = (d.start, d.end)
            old = by_span.get(key)
            if old is None or RULE_CONFIDENCE[d.rule] > RULE_CONFIDENCE[old.rule]:
                by_span[key] = d
        drafts = sorted(by_span.values(), key=lambda d: (d.start, d.end))
        mixed = [o for o in drafts if o.type == "mixed"]
        by_cue: dict[int, list[Draft]] = {}
        for o in drafts:
            if o.cue is not None:
                by_cue.setdefault(o.cue.start, []).append(o)
        for d in drafts:
            if d.cue is None and d.quote is not None:
                if any(o is not d and o.start <= d.start and d.end <= o.end for o in mixed):
                    continue
            # the same cue claimed by two overlapping records: keep the one whose rule is surer
            if d.cue is not None and d.rule not in {"quote-interrupted"}:
                clash = [o for o in by_cue[d.cue.start] if o is not d and o.start < d.end and d.start < o.end]
                if any(RULE_CONFIDENCE[o.rule] > RULE_CONFIDENCE[d.rule] or
                       (RULE_CONFIDENCE[o.rule] == RULE_CONFIDENCE[d.rule] and (o.end - o.start) > (d.end - d.start)) for o in clash):
                    continue
            out.append(d)
        return out


ADJUNCT_OPENERS = frozenset(
    """pada dalam di setelah sebelum sebelumnya sejak saat ketika usai seusai awal akhir sementara selain meski
    meskipun walaupun berbicara menurut dengan atas bagi untuk sehari semalam minggu kemarin""".split()
)


def sentence_subjects(p: Parsed, lex: Lexicon, quotes: list[Quote] | None = None) -> list[tuple[int, str]]:
    """The subject phrase of each sentence (the words before its first verb), where it names someone;
    sentences inside quotations and first-person subjects are left out."""
    from .coreference import proper_words

    proper = proper_words(p.text)
    quotes = quotes if isinstance(quotes, QuoteIndex) else QuoteIndex(quotes or [])
    out = []
    toks = p.tokens
    for si, (s, e) in enumerate(p.sentences):
        lo, hi = p.sent_tokens[si]
        start = _strip_connective(p.text, s, e)
        i = lo
        while i < hi and toks[i].start < start:
            i += 1
        while i < hi - 1 and (toks[i].lower in TIME_WORDS or toks[i].text.isdigit()):
            i += 1  # "April lalu Washington setuju …"
        if i < hi and toks[i].lower in ADJUNCT_OPENERS:
            comma = next((k for k in range(i, min(hi, i + 12)) if toks[k].text == ","), None)
            if comma is None:
                continue
            i = comma + 1
        if i >= hi or toks[i].text in ALL_MARKS or _in_quote(quotes, toks[i].start) or toks[i].lower in FIRST_PERSON:
            continue
        # "Hal senada diungkapkan CIO Investree Dickie Widjaja": the agent of a passive cue is the topic
        if toks[i].lower in {"hal", "pernyataan", "demikian"} and i + 2 < hi:
            k = i + 1 if toks[i].lower != "demikian" else i
            while k < hi and k < i + 3 and not (cue_at(lex, toks[k]) and "pass" in cue_at(lex, toks[k]).frames):
                k += 1
            if k < hi and k < i + 3:
                k += 1
                if k < hi and toks[k].lower == "oleh":
                    k += 1
                rng = source_after(toks, k, hi, lex)
                if rng:
                    out.append((toks[rng[0]].start, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]))
                continue
        run = i
        while run < hi and (toks[run].is_cap or toks[run].lower in lex.titles or toks[run].text.startswith("al-")):
            run += 1
        if run > i and run + 1 < hi and toks[run].lower in {"di", "dari"} and toks[run + 1].is_cap:
            run += 1  # "Misi PBB di Irak mengutuk …"
            while run < hi and toks[run].is_cap:
                run += 1
        if (run - i >= 2 and run + 1 < hi and toks[run].text == "," and toks[run + 1].is_word and not toks[run + 1].is_cap
                and toks[run + 1].lower not in {"dan", "atau", "serta"} and any(t.text in proper for t in toks[i:run])):
            # "Brandon Nicholas Salim, putra sulung aktor Fery Salim, rupanya …": a name in apposition
            out.append((toks[i].start, p.text[toks[i].start : toks[run - 1].end]))
            continue
        if run > i and run < hi and toks[run].lower in {"ini", "itu", "tersebut"}:
            # "Tari ini, …": a demonstrative makes the subject an anaphor, not a name
            out.append((toks[i].start, p.text[toks[i].start : toks[run].end]))
            continue
        named = [t for t in toks[i:run] if t.text in proper or t.lower in lex.titles]
        if run > i and named and run < hi and toks[run].is_word and not toks[run].is_cap and toks[run].lower not in {
                "dan", "di", "ke", "dari", "adalah", "merupakan", "ialah"}:  # a copula's subject is no speaker
            out.append((toks[i].start, p.text[toks[i].start : toks[run - 1].end]))
            continue
        v = next((k for k in range(i, min(hi, i + 10)) if looks_verbal(toks[k], lex) and not toks[k].is_cap), None)
        if v is None or v == i:
            continue
        rng = source_before(toks, v, i, lex)
        if rng and any(t.text in proper or t.lower in lex.titles for t in toks[rng[0]:rng[1]]):
            out.append((toks[rng[0]].start, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]))
    return out


ISSUING_VERBS = frozenset("mengeluarkan merilis menerbitkan menyampaikan membuat mengirim mengirimkan".split())
STATEMENT_NOUNS = frozenset("pernyataan keterangan rilis laporan siaran surat".split())


def statement_issuers(p: Parsed, lex: Lexicon) -> list[tuple[int, str, str]]:
    """Who issued a statement ("Liga Arab … mengeluarkan pernyataan …"), for later "pernyataan itu":
    (offset of the noun, noun, issuer phrase)."""
    toks = p.tokens
    out = []
    for i in range(1, len(toks) - 1):
        if toks[i].lower in ISSUING_VERBS and toks[i + 1].lower in STATEMENT_NOUNS:
            si = _sentence_of(p, toks[i].start)
            rng = source_before(toks, i, p.sent_tokens[si][0], lex)
            if rng:
                out.append((toks[i + 1].start, toks[i + 1].lower, p.text[toks[rng[0]].start : toks[rng[1] - 1].end]))
    return out


def _inside_other(d: Draft, by_start: list[Draft], starts: list[int]) -> bool:
    """Does ``d``'s cue lie inside another record's content (a nested statement)?"""
    i = bisect.bisect_right(starts, d.cue.start) - 1
    while i >= 0 and d.cue.start - by_start[i].start < 5000:
        o = by_start[i]
        if o is not d and o.start <= d.cue.start < o.end:
            return True
        i -= 1
    return False


def _resolve_and_link(p: Parsed, lex: Lexicon, drafts: list[Draft], quotes: list[Quote]) -> list[Attribution]:
    text = p.text
    resolver = Resolver(text, lex, sentence_subjects(p, lex, quotes), p.paragraphs, statement_issuers(p, lex))
    out: list[Attribution] = []
    prev: tuple[Draft, str | None, list[str]] | None = None
    # A first-person report inside a quotation ("saya bilang, …") belongs to the quotation's speaker: it is
    # resolved after the record that holds it.
    def _inner_first_person(d: Draft) -> bool:
        return (d.source is not None and text[d.source[0] : d.source[1]].lower() in FIRST_PERSON
                and _in_quote(quotes, d.source[0]) is not None)

    def _order(d: Draft) -> tuple[int, int]:
        if _inner_first_person(d):
            q = _in_quote(quotes, d.source[0])
            return (q.outer_end + 10_000, d.start)
        return (d.cue.start if d.cue else d.start, d.start)

    ordered = sorted(drafts, key=_order)
    by_start = sorted(drafts, key=lambda o: o.start)
    starts = [o.start for o in by_start]
    records_by_span: dict[tuple[int, int], str | None] = {}
    outlet_cache: dict[tuple[int, int], list[str]] = {}  # several records share a sentence

    def _outlets(s: int, e: int) -> list[str]:
        hit = outlet_cache.get((s, e))
        if hit is None:
            hit = outlet_cache[(s, e)] = outlets_in(text, s, e, lex)
        return list(hit)

    for d in ordered:
        mention = text[d.source[0] : d.source[1]] if d.source else None
        anchor = d.cue.start if d.cue else d.start
        holder = None
        if _inner_first_person(d):
            holder = next((r for r in records_by_span if r[0] <= d.source[0] < r[1]), None)
        if holder is not None:
            speaker, kind, role = records_by_span[holder], "person", None
        elif d.rule == "quote-interrupted" and prev is not None:
            speaker, kind, role = prev[1], None, None
        else:
            nested = d.cue is not None and d.quote is None and _inside_other(d, by_start, starts)
            r = resolver.resolve(mention, anchor, d.source[0] if d.source else None, (d.start, d.end),
                                 p.sentences[_sentence_of(p, anchor)][0], nested)
            speaker, kind, role = r.speaker, r.kind, r.role
        # outlets: in the sentence of the cue (or of the content when there is no cue)
        si = _sentence_of(p, anchor)
        s, e = p.sentences[si]
        outlets = _outlets(s, e)
        if d.quote is not None and d.rule == "quote-post-cue":
            # the post-posed frame may run past the sentence the quotation ends in
            pe = p.paragraphs[d.quote.paragraph][1]
            outlets = outlets or _outlets(d.quote.outer_end, min(pe, d.quote.outer_end + 200))
        if kind == "outlet" and speaker and speaker not in outlets:
            outlets = [speaker] + outlets
        if not outlets and prev is not None:
            pd, pspeaker, poutlets = prev
            continues = (
                poutlets and pspeaker == speaker
                and (mention is None or mention.lower() in {"nya", "ia", "dia", "beliau", "mereka", "pihaknya"})
                and 0 <= si - _sentence_of(p, pd.cue.start if pd.cue else pd.start) <= 2
            )
            if continues:
                outlets = list(poutlets)
        cue_span = Span.of(text, d.cue.start, d.cue.end) if d.cue else None
        src_span = Span.of(text, d.source[0], d.source[1]) if d.source else None
        att = Attribution(
            id="", type=d.type, content=Span.of(text, d.start, d.end), cue=cue_span, source=src_span,
            speaker=speaker, outlets=outlets, rule=d.rule, confidence=RULE_CONFIDENCE[d.rule],
            speaker_kind=kind, role=role, sentence=si,
        )
        out.append(att)
        records_by_span[(d.start, d.end)] = speaker
        prev = (d, speaker, outlets)
    out.sort(key=lambda a: (a.content.start, a.content.end))
    for i, a in enumerate(out, 1):
        a.id = f"a{i}"
    return out


def extract(text: str, nlp: Any = None, doc_id: str = "doc", meta: dict[str, Any] | None = None,
            lexicon: Lexicon | None = None, tags: list[tuple[int, int, str, str]] | None = None) -> Document:
    """Extract every attribution of ``text``.

    ``nlp``: a loaded stanza pipeline (see :mod:`attribution.nlp`) whose POS tags refine the decisions;
    without it the fast regex analysis is used.  ``tags`` may carry precomputed (start, end, upos, lemma).
    """
    lex = lexicon or load()
    if nlp is not None and tags is None:
        from .nlp import parse
        from .runner import stanza_tags

        tags = stanza_tags(parse(nlp, [text])[0])
    p = parse_text(text, tags)
    ex = Extractor(p, lex)
    ex.direct()
    ex.reported()
    ex.continuations()
    atts = _resolve_and_link(p, lex, ex.dedupe(), ex.quotes)
    meta = dict(meta or {})
    meta.setdefault("lang", "id")
    if not meta.get("outlet"):
        outlet = dateline_outlet(text, lex)
        if outlet:
            meta["outlet"] = outlet
    return Document(doc_id=doc_id, text=text, meta=Meta(**meta), attributions=atts)
