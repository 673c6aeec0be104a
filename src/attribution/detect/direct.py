"""Direct speech: a quotation in marks and the cue that frames it.  Each rule is named on its records.

- ``quote-post-cue``      “…,” kata X  /  “…,” tambahnya  /  “…,” Emery menambahkan  /  “…,” ia melanjutkan
- ``quote-post-verb``     “…,” <a verb the lexicon lacks> X (a comma closing the quotation announces it)
- ``quote-pre-cue``       X mengatakan, “…”  /  Menurut X, “…”  /  X mengatakan kepada wartawan, “…”
- ``quote-colon-paragraph`` X mengatakan: ¶ “…” — the frame closes the paragraph before with a colon
- ``quote-pre-verb``      X menyambung, "…" / X berkicau di Twitter, “…” / Mereka berseru: “…” (a verb the
                          lexicon lacks, up to four words before the comma or colon)
- ``quote-interrupted``   “A,” kata X. “B.”  /  “A,” kata X, “b …” — B shares A's cue and source
- ``quote-continuation``  a quotation paragraph or sentence with no cue continues the speaker before it (decided
                          once reported speech is known, see :func:`continuations`)
- ``quote-standalone``    one with no statement near that is a whole sentence of speech: the narration's person
- ``quote-nested``        inside a quotation, X bilang, ' … ' — another speech act quoted in single marks

For each quotation the rules are tried in this order; the first that fires makes its record.
"""

from __future__ import annotations

import bisect

import regex

from ..lexicon import words
from .candidates import Candidate
from .context import Context
from .cues import CueMatch, cue_at, opens_report
from .quotes import ALL_MARKS, Quote
from .sources import char_span, looks_verbal, names_document, source_after, source_before

DEMIKIAN = words("demikian")
NOUN_CUE_MODIFIERS = words("noun_cue_modifiers")  # "pernyataan resmi", "keterangan tertulis"
NOT_CUES = words("not_cues")
# Pronouns that may follow an unknown verb after a quotation ("“…,” imbuh dia").
_PRONOUN_AGENTS = words("pronoun_agents")
# Adjuncts between a pre-posed cue and the quotation ("mengatakan kepada wartawan di Jakarta, “…”").
_CUE_ADJUNCTS = words("cue_adjuncts")


def post_cue(ctx: Context, q: Quote, si: int) -> Candidate | None:
    """The cue right after the closing mark: “…,” kata X / “…,” tambahnya / “…,” Emery menambahkan."""
    toks, lex = ctx.p.tokens, ctx.lex
    para_end = ctx.p.paragraphs[q.paragraph][1]
    j = ctx.token_at(q.outer_end)  # the post-posed frame is searched up to the paragraph end
    while j < len(toks) and toks[j].start < para_end and not toks[j].is_word and toks[j].text in ",.:":
        j += 1
    if not (j < len(toks) and toks[j].start < para_end):
        return None
    t = toks[j]
    cue = cue_at(lex, t)
    if cue is None and t.lower in DEMIKIAN and j + 1 < len(toks):
        nxt = cue_at(lex, toks[j + 1])
        cue = nxt
        j = j + 1 if nxt else j
    rule = "quote-post-cue"
    src_rng = None
    if (cue is None and t.lower in DEMIKIAN and j + 1 < len(toks) and toks[j + 1].start < para_end
            and toks[j + 1].is_word and not toks[j + 1].is_cap and toks[j + 1].lower not in NOT_CUES
            and toks[j + 1].lower not in _PRONOUN_AGENTS
            and (ctx.ends_with_comma(q) or t.lower == "demikian")):
        # "“…,” demikian pernyataan resmi Valencia" / "“…,” begitu cuitan pemilik akun @rick": after
        # demikian/begitu closing a quotation, the noun or verb that follows is the cue, whatever it is
        j += 1
        m_cue = j
        w = toks[j]
        stem_end = w.end - 3 if w.lower.endswith("nya") and len(w.text) > 5 else w.end
        cue = CueMatch(start=w.start, end=stem_end, lemma=w.text[: stem_end - w.start].lower(),
                       clitic_start=stem_end if stem_end != w.end else None, frames=frozenset({"post"}))
        rule = "quote-post-demikian"
        while j + 1 < len(toks) and j < m_cue + 3 and toks[j + 1].lower in NOUN_CUE_MODIFIERS:
            j += 1  # "demikian pernyataan resmi pihak Sixers": the source after the modifier
    if cue is None and t.lower in DEMIKIAN and j + 1 < len(toks) and toks[j + 1].start < para_end and (
            toks[j + 1].is_cap or toks[j + 1].lower in _PRONOUN_AGENTS):
        j += 1  # "“…” demikian Anggun menuliskan …", "“…,” demikian ia mengatakan": the inverted forms below
        t = toks[j]
    if cue is None and t.is_cap:
        # inverted: "“…,” Emery menambahkan."
        k = j
        while k < len(toks) and k - j < 6 and (toks[k].is_cap or toks[k].lower in lex.titles):
            k += 1
        if k > j and k < len(toks) and toks[k].start < para_end:
            c2 = cue_at(lex, toks[k])
            if c2 is not None and c2.clitic_start is None and c2.frames & {"pre", "post"}:
                cue, src_rng, j = c2, (j, k), k
    if cue is None and t.lower in _PRONOUN_AGENTS and j + 1 < len(toks) and toks[j + 1].start < para_end:
        # inverted with a pronoun: "“…,” ia melanjutkan." / "“…,” dia menambahkan."
        c2 = cue_at(lex, toks[j + 1])
        if c2 is not None and c2.clitic_start is None and c2.frames & {"pre", "post"}:
            cue, src_rng, j = c2, (j, j + 1), j + 1
    nxt_tok = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].start < para_end else None
    verb_like = t.lower.endswith("nya") or (nxt_tok is not None and (nxt_tok.is_cap or nxt_tok.lower in _PRONOUN_AGENTS))
    if cue is None and ctx.ends_with_comma(q) and t.is_word and not t.is_cap and t.lower not in NOT_CUES and verb_like:
        # a comma closing the quotation announces a speech verb, even one the lexicon lacks
        w = t.text
        stem_end = t.end - 3 if w.lower().endswith("nya") and len(w) > 5 else t.end
        cue = CueMatch(start=t.start, end=stem_end, lemma=w[: stem_end - t.start].lower(), clitic_start=stem_end if stem_end != t.end else None, frames=frozenset({"post"}))
        rule = "quote-post-verb"
    if cue is None or not ({"post", "pre", "pass"} & cue.frames):
        return None
    cand = Candidate(type="direct", start=q.start, end=q.end, rule=rule, cue=cue, sentence=si, quote=q)
    if src_rng is not None:
        cand.source = char_span(toks, src_rng)
    elif cue.clitic_start is not None:
        cand.source = (cue.clitic_start, cue.clitic_start + 3)
    else:
        k = j + 1
        if k < len(toks) and toks[k].lower == "oleh":
            k += 1
        rng = source_after(toks, k, ctx.token_at(para_end), lex)
        if rng:
            cand.source = char_span(toks, rng)
    return cand


# One to three capitalised words, nothing else: a name.
_NAME_IN_MARKS = regex.compile(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}")


def pre_cue(ctx: Context, q: Quote, si: int) -> Candidate | None:
    """The cue before the opening mark: X mengatakan, “…” / Menurut X, “…” / X mengatakan kepada
    wartawan di Jakarta, “…” / delegasi mengatakan kepada pemerintah bahwa “…”."""
    if q.open_mark is None:
        return None
    toks, lex, p = ctx.p.tokens, ctx.lex, ctx.p
    b = ctx.token_at(q.open_mark) - 1
    while b >= 0 and toks[b].text in {",", ":"}:
        b -= 1
    par_lo = p.paragraphs[q.paragraph][0]
    rule, frame_si = "quote-pre-cue", si
    if (b >= 0 and toks[b].start < par_lo and q.open_mark == par_lo and toks[b + 1].text == ":"
            and toks[b + 1].end == p.paragraphs[q.paragraph - 1][1]):
        # "Roberto mengatakan: ¶ “Awal tahun ini, kami …”": the frame ends the paragraph before with a colon
        par_lo = p.paragraphs[q.paragraph - 1][0]
        rule, frame_si = "quote-colon-paragraph", p.sentence_of(toks[b].start)
    if not (b >= 0 and toks[b].start >= par_lo):
        return None
    t = toks[b]
    cue = cue_at(lex, t)
    lo = p.sent_tokens[frame_si][0]
    cand = None
    if cue is not None and (cue.frames & {"pre", "post"}):
        cand = Candidate(type="direct", start=q.start, end=q.end, rule=rule, cue=cue, sentence=si, quote=q)
        if cue.clitic_start is not None:
            cand.source = (cue.clitic_start, cue.clitic_start + 3)
        elif rng := source_before(toks, b, lo, lex):
            cand.source = char_span(toks, rng)
        if "doc" in cue.frames and not names_document(ctx.text, cand.source):
            cand = None  # "pasal itu berbunyi, “…”" speaks; "bait yang seharusnya berbunyi “…”" is a line, no speaker
    elif cue is None and t.is_word:
        # "X mengatakan kepada wartawan di Jakarta, “…”": the cue a short adjunct before
        lo2 = max(lo, ctx.token_at(par_lo))
        for v in range(b - 1, max(lo2, b - 8) - 1, -1):
            tv = toks[v]
            if tv.text in ALL_MARKS or tv.text in ".!?":
                break
            cv = cue_at(lex, tv)
            if cv is not None and cv.frames & {"pre"} and cv.clitic_start is None:
                if toks[v + 1].lower in _CUE_ADJUNCTS and not any(looks_verbal(x, lex) for x in toks[v + 1 : b + 1]):
                    cand = Candidate(type="direct", start=q.start, end=q.end, rule=rule, cue=cv, sentence=si, quote=q)
                    if rng := source_before(toks, v, lo2, lex):
                        cand.source = char_span(toks, rng)
                break
    if cand is None and t.lower == "bahwa" and b >= 1:
        # "delegasi mengatakan kepada pemerintah Baghdad bahwa “…”": find the verb
        for v in range(b - 1, max(lo, b - 8) - 1, -1):
            cue = cue_at(lex, toks[v])
            if cue is not None and "pre" in cue.frames:
                cand = Candidate(type="direct", start=q.start, end=q.end, rule=rule, cue=cue, sentence=si, quote=q)
                if rng := source_before(toks, v, lo, lex):
                    cand.source = char_span(toks, rng)
                break
    if (cand is not None and cue is not None and "post" in cue.frames and b == ctx.token_at(q.open_mark) - 1
            and _NAME_IN_MARKS.fullmatch(ctx.text, q.start, q.end)):
        return None  # 'kata «Budi»': a name in marks right after a cue names the speaker, it is no quotation
    if cand is not None and ctx.is_term(q) and q.outer_end is not None:
        nt = ctx.token_at(q.outer_end)
        if nt < len(toks) and toks[nt].is_word and toks[nt].start < p.paragraphs[q.paragraph][1]:
            return None  # 'Hartati mengatakan "telisik" tari adalah …': a quoted term opens the clause
    return cand


# Prepositions and linkers that look like ber-/ter- verbs before a comma ("berdasarkan, “…”": the grounds of a
# rule, no speaker).
_NOT_FRAME_VERBS = words("not_frame_verbs")


def pre_verb(ctx: Context, q: Quote, si: int) -> Candidate | None:
    """``quote-pre-verb``: a verb the lexicon lacks, or one a short phrase before the comma or colon that opens
    the quotation: "Dia menyambung, "…"", "Willson Cuaca berkomentar, “…”", "Ia kemudian berkicau di Twitter,
    “…”", "Mereka berseru: “…”".  Only for a quotation of three words or more that is no term or title; a
    passive (di-) verb must be a cue of the lexicon."""
    if q.open_mark is None:
        return None
    toks, lex, p = ctx.p.tokens, ctx.lex, ctx.p
    b = ctx.token_at(q.open_mark) - 1
    if b < 1 or toks[b].text not in {",", ":"}:
        return None
    words_in = ctx.text[q.start:q.end].split()
    if len(words_in) < 3 or ctx.is_term(q) or sum(1 for w in words_in if w[:1].isupper()) > 0.6 * len(words_in):
        return None
    first = ctx.token_at(q.start)
    if first < len(toks) and (c0 := cue_at(lex, toks[first])) is not None and "post" in c0.frames:
        return None  # '…, "katanya dalam siaran pers. "': a closing mark misread as an opener
    lo = max(p.sent_tokens[si][0], ctx.token_at(p.paragraphs[q.paragraph][0]))
    for v in range(b - 1, max(lo, b - 5) - 1, -1):
        tv = toks[v]
        if not tv.is_word:
            break
        if tv.lower in _NOT_FRAME_VERBS:
            return None
        if not looks_verbal(tv, lex):
            continue
        known = cue_at(lex, tv)
        if tv.lower.startswith("di") and known is None:
            return None  # "Disutradarai oleh Mouly Surya, '…'": an agentless or narrating passive
        cue = known or CueMatch(start=tv.start, end=tv.end, lemma=tv.lower, frames=frozenset({"pre"}))
        if cue.clitic_start is not None:
            return None
        cand = Candidate(type="direct", start=q.start, end=q.end, rule="quote-pre-verb", cue=cue, sentence=si, quote=q)
        if rng := source_before(toks, v, lo, lex):
            cand.source = char_span(toks, rng)
        return cand
    return None


def interrupted(ctx: Context, q: Quote, si: int, prev: Candidate | None) -> Candidate | None:
    """“A,” kata X. “B.” in one paragraph: B shares A's cue and source."""
    if prev is None or prev.quote is None:
        return None
    pq = prev.quote
    if pq.paragraph != q.paragraph or not (prev.rule.startswith("quote-post") or prev.rule == "quote-interrupted"):
        return None
    gap = ctx.text[pq.outer_end : q.outer_start]
    cue_end = max(prev.cue.end if prev.cue else 0, prev.source[1] if prev.source else 0)
    tail = ctx.text[cue_end : q.outer_start].rstrip()
    if (len(gap) < 200 and not any(c in ALL_MARKS for c in gap) and cue_end <= q.outer_start
            and (tail == "" or tail[-1] in ".!?:"
                 or (tail[-1] == "," and not ctx.is_term(q) and len(ctx.text[q.start:q.end].split()) >= 3))):
        # B opens a new sentence: “A,” kata X. “B.”; or goes on after a comma: “A,” kata X, “b …” (not a title
        # in marks after the comma: '…,” kata X, “Bang Bang”')
        return Candidate(type="direct", start=q.start, end=q.end, rule="quote-interrupted", cue=prev.cue,
                         source=prev.source, sentence=si, quote=q)
    return None


class Pending(list):
    """The cue-less quotations :func:`direct` leaves for :func:`continuations`; ``standalone``: whether the
    ``quote-standalone`` rule may take those with no statement near."""

    standalone = True


_ENUMERATOR = regex.compile(r"\(?\d{1,2}[.)]")


def _opens_sentence(ctx: Context, q: Quote) -> bool:
    """The opening mark starts its paragraph, or a sentence inside it (after ``.!?:`` and a space, glued to the
    quotation's first word: a mark with spaces on both sides inside a paragraph is as often a stray closer)."""
    ps = ctx.p.paragraphs[q.paragraph][0]
    if q.open_mark == ps:
        return True
    w = max(ps, q.open_mark - 40)  # a bounded look back (a paragraph may be megabytes long)
    before = ctx.text[w:q.open_mark].rstrip()
    if w == ps and _ENUMERATOR.fullmatch(before):
        return False  # "5. “Ibu aku selalu memaafkanmu”": an item of a numbered list
    return (before[-1:] in (".", "!", "?", ":") and q.open_mark - len(before) - w >= 1
            and not ctx.text[q.open_mark + 1 : q.open_mark + 2].isspace())


def _speech_sentence(ctx: Context, q: Quote) -> bool:
    """A quotation that is speech on its own: five words or more, not a term or title, ending like a sentence
    (``.!?,`` inside the marks, or the paragraph ends with it)."""
    inside = ctx.text[q.start:q.end].rstrip()
    if ctx.is_term(q) or len(inside.split()) < 5:
        return False
    words = inside.split()
    if sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words):
        return False  # a title in Title Case or capitals
    para_end = ctx.p.paragraphs[q.paragraph][1]
    # nothing but stops and spaces after the closing mark up to the paragraph's end (looked at boundedly)
    head = ctx.text[q.outer_end : min(para_end, q.outer_end + 64)]
    tail_empty = head.strip(" .,") == "" and (
        para_end - q.outer_end <= 64 or ctx.text[q.outer_end + 64 : para_end].strip(" .,") == "")
    return inside[-1:] in ".!?," or tail_empty


_SINGLE_OPEN = {"'", "‘"}
_SINGLE_CLOSE = {"'", "’"}
ADDRESSEE_OPENERS = words("addressee_openers")
NESTED_WINDOW = 5  # words between the cue and the inner opening mark: its addressee ("ke istri saya", "sama saya")
NESTED_LENGTH = 80  # words an inner quotation may run, within its outer one


def nested(ctx: Context, q: Quote) -> list[Candidate]:
    """``quote-nested``: inside a quotation, a speech verb and a quotation of its own in single marks report
    another speech act ("“Kemudian Pak Bagus bilang ' Ada anaknya jin … '”", "“Dia bilang, ' Alhamdulillah ketemu
    Mama ya di sini '”", "“Dirkrimum bilang ke istri saya, ' kamu bilang saja … '”").  The cue is the verb (after
    its subject, before its addressee and a comma or colon), the source its subject inside the quotation, the
    content what the inner marks hold."""
    if q.open_mark is None or q.close_mark is None or ctx.text[q.open_mark] not in "\"“":
        return []
    toks, lex = ctx.p.tokens, ctx.lex
    lo, hi = ctx.token_at(q.start), ctx.token_at(q.end)
    out: list[Candidate] = []
    i = lo
    while i < hi:
        cue = cue_at(lex, toks[i])
        if (cue is None or cue.clitic_start is not None or not cue.frames & {"pre", "post"} or i + 1 >= hi
                or cue.lemma in lex.cue_properties.get("stance", ()) or not opens_report(lex, cue, toks[i + 1])):
            i += 1
            continue
        k = i + 1
        if toks[k].lower in ADDRESSEE_OPENERS:
            while k < hi and k - i <= NESTED_WINDOW and toks[k].is_word and not looks_verbal(toks[k], lex):
                k += 1  # the addressee: "bilang ke istri saya", "bilang sama saya"
        while k < hi and toks[k].text in {",", ":"}:
            k += 1
        if not (k < hi and toks[k].text in _SINGLE_OPEN and toks[k].end < q.end):
            i += 1
            continue
        end = next((m for m in range(k + 1, min(hi, k + 1 + NESTED_LENGTH)) if toks[m].text in _SINGLE_CLOSE
                    and not (m + 1 < hi and toks[m + 1].start == toks[m].end and toks[m + 1].is_word)), None)
        if end is None or sum(t.is_word for t in toks[k + 1 : end]) < 2:  # one word in marks is a term ("genosida")
            i += 1
            continue
        start, stop = toks[k + 1].start, toks[end - 1].end
        rng = source_before(toks, i, lo, lex)
        out.append(Candidate(type="direct", start=start, end=stop, rule="quote-nested", cue=cue,
                             source=char_span(toks, rng) if rng else None, sentence=ctx.p.sentence_of(start)))
        i = end + 1
    return out


def direct(ctx: Context, disabled: frozenset[str] = frozenset()) -> tuple[list[Candidate], list[Quote]]:
    """Records for the quotations whose cue is next to them, and the cue-less quotations that open a paragraph
    or a sentence, left for :func:`continuations`.  ``disabled`` names rules to leave out (to measure what
    each one does)."""
    out: list[Candidate] = []
    pending = Pending()
    pending.standalone = "quote-standalone" not in disabled
    prev: Candidate | None = None
    for q in ctx.quotes:
        si = ctx.p.sentence_of(q.start)
        cand = post_cue(ctx, q, si)
        if cand is not None and cand.rule in disabled:
            cand = None
        if cand is None:
            cand = pre_cue(ctx, q, si)
            if cand is not None and cand.rule in disabled:
                cand = None
        if cand is None and "quote-interrupted" not in disabled:
            cand = interrupted(ctx, q, si, prev)
        if cand is None and "quote-pre-verb" not in disabled:
            cand = pre_verb(ctx, q, si)
        if cand is None and q.open_mark is not None:
            # a quotation paragraph or sentence with no cue: decided once reported speech is known
            if _opens_sentence(ctx, q) and len(ctx.text[q.start:q.end].split()) >= 4:
                pending.append(q)
        if cand is not None:
            out.append(cand)
            if q.open_mark is not None:
                ctx.direct_opens.add(q.open_mark)
            prev = cand
        if "quote-nested" not in disabled:
            out += nested(ctx, q)  # another speech act quoted inside this quotation
    return out, pending


def continuations(ctx: Context, pending: list[Quote], cands: list[Candidate]) -> list[Candidate]:
    """``quote-continuation``: a cue-less quotation that opens a paragraph or a sentence continues the speaker
    of an attribution in the same or the previous two paragraphs (cue and source null; the speaker is resolved
    from that record).  ``quote-standalone``: one with no statement near that is speech on its own (a whole
    sentence of five words or more, see :func:`_speech_sentence`) is a statement of the person the narration
    is about ("Payne mengaku, ia dan Cheryl belum menamai bayi mereka. “Tapi dia sudah memukau hati …”";
    "Namun Zidane tak mau Real Madrid besar kepala. ¶ “Apakah kami bisa mengawinkan gelar …?”")."""
    out: list[Candidate] = []
    standalone = getattr(pending, "standalone", True)
    every = list(cands)
    covered = sorted((d.start, d.end) for d in every)
    ends = sorted((d.end, i) for i, d in enumerate(every))  # kept sorted as continuations join it
    for q in pending:
        k = bisect.bisect_right(ends, (q.outer_start, len(every))) - 1
        rule = None
        if k >= 0 and 0 <= q.paragraph - ctx.p.paragraph_of(every[ends[k][1]].end) <= 2:
            rule = "quote-continuation"
        elif standalone and _speech_sentence(ctx, q):
            c = bisect.bisect_right(covered, (q.start, len(ctx.text))) - 1
            if not (c >= 0 and covered[c][1] > q.start):  # not inside another record (a mixed clause)
                rule = "quote-standalone"
        if rule is not None:
            out.append(Candidate(type="direct", start=q.start, end=q.end, rule=rule,
                                 sentence=ctx.p.sentence_of(q.start), quote=q))
            bisect.insort(ends, (q.end, len(every)))
            every.append(out[-1])
    return out
