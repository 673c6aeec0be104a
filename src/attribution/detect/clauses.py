"""Where a reported clause starts and ends, stated once for every reported-speech rule.

- :func:`strip_connective` moves past a dateline and a leading connective (``Namun``, ``Sementara itu``);
- :func:`content` is the rest of the sentence from a start, the final full stop excluded;
- :func:`cut_trailing_attribution` cuts a closing ``, kata X`` / ``, menurut X`` and what follows the clause;
- :func:`is_clause` tells a clause complement from a bare noun phrase (``menyampaikan belasungkawa``);
- :func:`subordinate_end` ends a statement inside a fronted subordinate clause at its comma.
"""

from __future__ import annotations

import regex

from ..lexicon import words
from ..text.dateline import dateline_end
from .candidates import Candidate
from .context import Context
from .cues import DEMIKIAN, CueMatch, cue_at, menurut_at, opens_report
from .sources import DEMONSTRATIVES, FRONT_ADJUNCT_OPENERS, looks_verbal

COMPLEMENTISERS = words("complementisers") | words("complementiser_typos")
CONDITIONALS = words("conditionals")
NEGATIONS = words("negations")
CONNECTIVES = words("connectives")
CLAUSE_ENDERS = words("clause_enders")
ACT_JOINERS = words("act_joiners")
PREDICATE_START = words("predicate_starters")
PREDICATE_ADJECTIVES = words("predicate_adjectives")
STRONG_PREDICATES = words("strong_predicates")
PREPOSITIONS = words("prepositions")
LOCATIVE_OPENERS = words("locative_openers")
SUBJECT_WORDS = words("subject_words")
CUE_COORDINATORS = words("cue_coordinators")
TRAILING_RELAY_OPENERS = words("trailing_relay_openers")
TRAIL_RELAYS = words("trail_relays")
# "seperti"/"sebagaimana" close the clause only before a relay ("…, seperti dikutip dari Antara"); else they
# open a comparison or list inside it ("…, seperti media sosial dan komunitas", "…, seperti yang dilakukan …")
_LIKE = frozenset({"seperti", "sebagaimana"})
CONJUNCTIONS = words("coordinating_conjunctions")
RESULT_ENDERS = words("result_enders")
CLAUSE_JOINERS = words("clause_joiners")
SUBJECT_STOPS = words("stop_before") | words("time_words") | words("trailing_adverbs")
NARRATION_LINKERS = words("narration_linkers")
NOUN_PHRASE_LINKS = words("noun_phrase_links")
NP_COORDINATORS_CL = words("np_coordinators")
SPEAKER_PRONOUNS = words("singular_personal_pronouns")  # ia, dia, beliau: the speaker of the clause before
WITHHELD_VERBS = words("withheld_detail_verbs")
NP_SUBORDINATORS = words("np_subordinators")
CUE_IDIOMS = words("cue_idioms")
COPULAS = words("copulas")
_NOMINALISATION = regex.compile(r"^(?:pe[nmr]?|peng|peny|ke)\w{3,}an$")
_CONNECTIVE_RE = regex.compile(
    r"(?i:" + "|".join(regex.escape(c) for c in sorted(CONNECTIVES, key=len, reverse=True)) + r")(?![\w])[ ,]*"
)
# Subordinators that open a fronted adverbial clause: "Ketika …, <main clause>".
_SUBORDINATOR_RE = regex.compile(r"(?i:ketika|saat|sewaktu|setelah|sesudah|sebelum|begitu|sejak|usai|seusai|jika|kalau|apabila|bila"
                                 r"|meskipun|meski|walaupun|walau|kendati|biarpun|karena)\s(?!(?i:itu|ini)\b)")  # "Saat itu X mengakui, …" is a time


def strip_connective(text: str, start: int, end: int) -> int:
    """Move ``start`` past a dateline (``IslamTimes -``), a leading connective (``Namun``,
    ``Sementara itu``) and its comma."""
    d = dateline_end(text, start, end)
    if d is not None:
        start = d
    m = _CONNECTIVE_RE.match(text, start, end)
    return m.end() if m else start


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    return end


def sentence_start(ctx: Context, si: int) -> int:
    """Where sentence ``si`` starts once its dateline and leading connective are skipped."""
    hit = ctx.sentence_starts.get(si)
    if hit is None:
        hit = ctx.sentence_starts[si] = strip_connective(ctx.text, *ctx.p.sentences[si])
    return hit


def content(ctx: Context, start: int, si: int) -> tuple[int, int] | None:
    """From ``start`` to the end of sentence ``si``, the final full stop excluded (None when too short)."""
    _s, e = ctx.p.sentences[si]
    end = trim_end(ctx.text, start, e)
    while start < end and ctx.text[start] in " ,:":
        start += 1
    if end - start < 3:
        return None
    return start, end


def complementiser_end(ctx: Context, j: int, hi: int, after_punct: bool) -> int:
    """Token after the complementiser at ``j`` that the content leaves out (``bahwa``, ``agar``, ``untuk``
    before a verb), else ``j``.  ``untuk`` before a noun phrase is a preposition that opens the clause, with or
    without the cue's comma ("Dia mencontohkan, untuk model-model yang paling laris …", "mengatakan untuk tempat
    tinggal tersebut …"), and after the comma ``jika``/``kalau`` whose clause a comma closes is a conditional
    ("Bambang berkata, jika memungkinkan, pansus bakal …"): both stay."""
    toks = ctx.p.tokens
    if j >= hi or toks[j].lower not in COMPLEMENTISERS:
        return j
    if j + 1 < hi:
        w, n = toks[j].lower, toks[j + 1]
        if w == "untuk" and n.is_word and not (n.lower in PREDICATE_START or n.lower in NEGATIONS
                                               or looks_verbal(n, ctx.lex)):
            return j
        if after_punct and w in CONDITIONALS:
            comma = next((k for k in range(j + 2, min(hi, j + 12)) if toks[k].text == ","), None)
            if comma is not None and sum(t.is_word for t in toks[comma + 1 : min(hi, comma + 4)]) >= 3:
                return j
    return j + 1


def before_cue(ctx: Context, i: int) -> int:
    """Where a clause closed by the post-posed cue at token ``i`` ends: at the comma before the cue
    (``…, menurut X``), else right before the cue itself (``… 147.000 quasar lebih menurut SDSS``)."""
    toks = ctx.p.tokens
    if i > 0 and toks[i - 1].lower in DEMIKIAN | _LIKE:
        i -= 1  # "…, demikian menurut X", "…, seperti menurut X"
    if i > 0 and toks[i - 1].text == ",":
        return toks[i - 1].start
    return toks[i].start


def _narrated(toks, lo: int, i0: int) -> bool:
    """Is the cue before token ``i0`` in an adjunct of the writer's narration ("… sembari menyatakan bahwa")?
    Looks back within the cue's own clause (to the comma before it), at most 12 tokens."""
    for k in range(i0 - 1, max(lo, i0 - 12) - 1, -1):
        if toks[k].text == ",":
            return False
        if toks[k].lower in NARRATION_LINKERS:
            return True
    return False


def _new_speaker_clause(ctx: Context, k: int, hi: int) -> bool:
    """Does a new clause with its own speaker and cue start at token ``k`` (after a comma)?  ``namun sumber
    lain mengatakan …`` (a joining conjunction, a subject of up to four words, a cue verb), ``AS dilaporkan
    telah …`` (a capitalised subject, a passive cue)."""
    toks, lex = ctx.p.tokens, ctx.lex
    joined = toks[k].lower in CLAUSE_JOINERS
    if joined:
        k += 1
    if k >= hi or not (joined or toks[k].is_cap):
        return False
    first = toks[k]
    if (not first.is_word or first.lower in PREDICATE_START or first.lower in NEGATIONS or first.lower in SUBJECT_STOPS
            or looks_verbal(first, lex) or cue_at(lex, first) is not None):
        return False  # "…, tapi enggan menjelaskan", "…, namun tidak menyebutkan": the same subject goes on
    for m in range(k + 1, min(hi, k + 11)):
        if m - k > 4 and not all(t.is_cap for t in toks[k:m]):
            return False  # past four words only a titled name in capitals goes on ("Menteri Luar Negeri Inggris Boris …")
        c = cue_at(lex, toks[m])
        if c is not None and c.clitic_start is None and (c.frames & {"pre", "pass"}):
            return (joined and "pre" in c.frames) or ("pass" in c.frames and toks[k].is_cap and m + 1 < hi
                                                      and (toks[m + 1].lower in PREDICATE_START or looks_verbal(toks[m + 1], lex)))
        if (not toks[m].is_word or looks_verbal(toks[m], lex) or toks[m].lower in PREDICATE_START
                or toks[m].lower in SUBJECT_STOPS):
            return False  # "…, namun surat dan telepon untuk meminta mediasi dibalas …": no speaker's clause
    return False


def _withheld_detail(ctx: Context, k: int) -> bool:
    """", namun ia tidak memberikan rincian lebih jauh", ", tetapi dia tak menjelaskan kapan …": a joined clause
    whose pronoun subject is the speaker, saying what the speaker did not tell, is the writer's narration."""
    toks = ctx.p.tokens
    if toks[k].lower not in CLAUSE_JOINERS or toks[k + 1].lower not in SPEAKER_PRONOUNS:
        return False
    if toks[k + 2].lower not in NEGATIONS:
        return False
    v = toks[k + 3]
    c = cue_at(ctx.lex, v)
    return v.lower in WITHHELD_VERBS or (c is not None and "pre" in c.frames and c.clitic_start is None)


DECLINING_WORDS = words("declining_words")
_WILLING = words("willing_words")


def _declines_to_say_more(ctx: Context, k: int, hi: int) -> bool:
    """Does a joined clause at token ``k`` (after ", namun") say the speaker declined to say more: "menolak
    berkomentar lebih jauh", "enggan merinci", "tidak mau menjelaskan"?"""
    toks = ctx.p.tokens
    if k + 1 < hi and toks[k].lower in NEGATIONS and toks[k + 1].lower in _WILLING:
        k += 2
    elif k < hi and toks[k].lower in DECLINING_WORDS:
        k += 1
    else:
        return False
    if k >= hi:
        return False
    w = toks[k].lower
    return w == "berkomentar" or w in WITHHELD_VERBS or (cue_at(ctx.lex, toks[k]) is not None and w[:2] in {"me", "be"})


#: Tokens at most in a fronted adjunct at the start of a reported clause ("selama periode Desember 2016 hingga
#: November 2017, BPOM RI menemukan …").
FRONTED_ADJUNCT_WINDOW = 12


def _fronted_adjunct_comma(ctx: Context, i0: int, i1: int) -> int | None:
    """The comma closing a fronted adjunct that opens the content at token ``i0`` (an adjunct opener, then words
    with no verb, within FRONTED_ADJUNCT_WINDOW tokens), else None: what follows it is the reported clause itself."""
    toks, lex = ctx.p.tokens, ctx.lex
    if i0 >= i1 or toks[i0].lower not in FRONT_ADJUNCT_OPENERS:
        return None
    for k in range(i0 + 1, min(i1, i0 + FRONTED_ADJUNCT_WINDOW)):
        if toks[k].text == ",":
            return k if k > i0 + 1 else None
        if not toks[k].is_word and toks[k].text not in "()/-" or looks_verbal(toks[k], lex):
            return None
    return None


MEDIUM_WORDS = words("medium_report_nouns") | words("context_keys") | words("medium_name_words")
RELAY_MENURUT_WORDS = 8  # words at most after a sentence-final "menurut" that names a medium


def relay_menurut(ctx: Context, i: int, hi: int) -> bool:
    """Is the "menurut" at ``toks[i]`` a medium's name closing the sentence ("…, menurut kantor berita Reuters.",
    "… mengembangkan bom hidrogen menurut warta kantor berita Reuters."): the outlet that carried the statement
    before it, not a source of its own?  Report and medium nouns, then a name the lexicon knows as an outlet, and
    nothing after it."""
    toks = ctx.p.tokens
    if i > 0 and toks[i - 1].lower == "demikian":
        return False  # "…, demikian menurut laporan Phone Arena": the report states it all (reported-menurut)
    rest = [t for t in toks[i + 1 : hi] if t.is_word or t.text in {"-", "."}]
    if not rest or any(not t.is_word for t in toks[i + 1 : hi] if t.text not in {".", "-", "!"}) or len(rest) > RELAY_MENURUT_WORDS:
        return False
    k = 0
    while k < len(rest) and rest[k].lower in MEDIUM_WORDS:
        k += 1
    name = ctx.text[rest[k].start : rest[-1].end].rstrip(".") if k < len(rest) else ""
    return name in ctx.lex.outlets


def cut_trailing_attribution(ctx: Context, start: int, end: int) -> int:
    """Cut ``, menurut X`` / ``, kata X`` / ``, dikutip X`` that close the sentence off the content, and
    what follows the clause: a coordinated cue (``, dan menambahkan …``) or an adjunct (``, tanpa …``)."""
    toks, lex, text = ctx.p.tokens, ctx.lex, ctx.text
    i0, i1 = ctx.token_at(start), ctx.token_at(end)
    si = ctx.p.sentence_of(start)
    lo = ctx.token_at(ctx.p.sentences[si][0])
    narrated = _narrated(toks, lo, i0)
    opener_comma = _fronted_adjunct_comma(ctx, i0, i1)
    for i in range(i0, i1):
        t = toks[i]
        if t.lower == "menurut" and i > i0 and relay_menurut(ctx, i, i1 + 1):
            # "… bom hidrogen menurut kantor berita Reuters": the medium that carried it, no part of the content
            return trim_end(text, start, toks[i - 1].start if toks[i - 1].text == "," else t.start)
        if t.text == "," or t.lower in ACT_JOINERS:  # "dan menambahkan …", "dengan menyatakan …": a new act
            k = i + 1
            while k < i1 and toks[k].lower in CUE_COORDINATORS:
                k += 1
            if k < i1 and k > i:
                c = cue_at(lex, toks[k])
                nxt = toks[k + 1] if k + 1 < i1 else None
                if c is not None and "pre" in c.frames and c.clitic_start is None and opens_report(lex, c, nxt) and (
                        t.lower != "dengan" or (nxt is not None and (nxt.is_cap or nxt.lower in COMPLEMENTISERS))):
                    # "dengan menyatakan Tronchetti Provera hanya basa-basi"; not "hanya dengan menambahkan fitur …"
                    if ctx.in_quote(toks[k].start) is None:
                        return trim_end(text, start, t.start)
        if t.text == "," and i + 3 < i1 and ctx.in_quote(t.start) is None and i != opener_comma and _new_speaker_clause(ctx, i + 1, i1):
            # (not after an adjunct that opens the clause: "mengatakan selama 2017, BPOM mengungkap …")
            return trim_end(text, start, t.start)
        if (t.text == "," and i + 3 < i1 and toks[i + 1].lower in CLAUSE_JOINERS and ctx.in_quote(t.start) is None
                and _declines_to_say_more(ctx, i + 2, i1)):
            return trim_end(text, start, t.start)  # "…, namun menolak berkomentar lebih jauh": the writer's narration
        if t.text == "," and i + 2 < i1 and toks[i + 1].is_cap and ctx.in_quote(t.start) is None and i != opener_comma:
            # ", CNN melaporkan bahwa …": a new clause with its own subject and cue
            k = i + 1
            while k < i1 and k - i <= 5 and toks[k].is_cap:
                k += 1
            c = cue_at(lex, toks[k]) if k < i1 else None
            if c is not None and "pre" in c.frames:
                return trim_end(text, start, t.start)
        if t.text == "," and i + 1 < i1 and ctx.in_quote(t.start) is None and (
                toks[i + 1].lower in CLAUSE_ENDERS or (narrated and toks[i + 1].lower in RESULT_ENDERS)):
            return trim_end(text, start, t.start)
        if t.text in "”\"’" and i + 1 < i1 and toks[i + 1].lower in CLAUSE_ENDERS:
            return t.end
        if t.text == "," and i + 1 < i1:
            n = toks[i + 1]
            c = cue_at(lex, n)
            if n.lower in _LIKE:
                if relay_after_like(ctx, i + 1, i1):
                    return trim_end(text, start, t.start)
            elif menurut_at(n) or n.lower in TRAILING_RELAY_OPENERS or (c and "post" in c.frames):
                return trim_end(text, start, t.start)
    return end


def relay_after_like(ctx: Context, k: int, hi: int) -> bool:
    """Does ``seperti``/``sebagaimana`` at token ``k`` open a relay or attribution phrase (``seperti
    (yang) dikutip dari Antara``, ``sebagaimana diungkapkan oleh X``, ``seperti kata X``)?"""
    toks = ctx.p.tokens
    k += 1
    if k < hi and toks[k].lower == "yang":
        k += 1
    if k >= hi:
        return False
    w = toks[k].lower
    if w in TRAIL_RELAYS or menurut_at(toks[k]) is not None:
        return True
    c = cue_at(ctx.lex, toks[k])
    return c is not None and bool(c.frames & {"pass", "post"})


def is_clause(ctx: Context, i: int, hi: int, cue: CueMatch) -> bool:
    """Is the complement starting at token ``i`` a clause (not a bare noun phrase)?"""
    toks, lex = ctx.p.tokens, ctx.lex
    if i >= hi:
        return False
    first = toks[i]
    window = toks[i : min(hi, i + 6)]
    if f"{cue.lemma} {first.lower}" in CUE_IDIOMS:
        return False  # "Arsenal boleh percaya diri untuk pertandingan nanti": self-confident, no belief reported
    if "dir" in cue.frames:
        # "mengimbau segera mencuci …" reports an appeal; "meminta Kamal memijat …" narrates an action
        # (an object, then a verb): that needs "untuk/agar/supaya", handled by the caller
        return first.lower in PREDICATE_START or looks_verbal(first, lex)
    if first.lower in CONJUNCTIONS:
        return False
    if "pred" in cue.frames and first.lower in PREDICATE_ADJECTIVES:
        return True  # a feeling or readiness: "Hanif … mengaku senang", "mengaku keberatan dengan …"
    if first.lower == "sebagai" and cue.lemma in lex.cue_properties.get("identity", ()) and i + 1 < hi and toks[i + 1].is_word:
        return True  # a claimed identity: "pihaknya mengklaim sebagai bitcoin exchange terbesar …", "mengaku sebagai …"
    if "sebagai" in cue.frames and any(t.lower == "sebagai" for t in toks[i : min(hi, i + 10)]):
        return True  # "menggambarkan X sebagai Y"
    if "np" not in cue.frames and first.lower in LOCATIVE_OPENERS and first.lower != "pada":
        # a verb that only takes a clause, then a phrase of place or time: a clause when a predicate follows ("Retno
        # mengatakan di pertemuan itu kedua negara sepakat …"), none without one ("Anggun mengatakan dalam keterangan
        # fotonya."); after "di", which also names where or through what it was said ("bercerita di Twitter, tentang
        # …"), only a predicate before any comma ("pada" is an addressee or an object: "mengatakan pada TMZ, …")
        after = toks[i + 1 : min(hi, i + 12)]
        if first.lower in PREPOSITIONS:
            after = after[: next((k for k, t in enumerate(after) if not t.is_word), len(after))]
            return any(t.lower in PREDICATE_START or looks_verbal(t, lex) for t in after)
        return any(t.lower in PREDICATE_START or looks_verbal(t, lex) or t.text == "," for t in after)
    if first.lower in lex.np_heads or first.lower in PREPOSITIONS:
        return False  # "menjelaskan alasannya …", "menulis ke sebuah stasiun …"
    if "np" not in cue.frames:
        # verbs that only take clauses: mengatakan, mengaku, berharap …; but a lone noun is none
        # ("pihak yang akan menilai Amdal."), a lone predicate is ("mengaku siap.")
        return sum(t.is_word for t in window) >= 2 or first.lower in PREDICATE_START or looks_verbal(first, lex)
    if first.lower in STRONG_PREDICATES or looks_verbal(first, lex):
        return True  # a verb complement: "membantah mempunyai peralatan", "mengkhawatirkan terjadi risiko"
    if _NOMINALISATION.match(first.lower):
        # "menyerukan penarikan pasukan lebih cepat": a nominalisation needs a real predicate
        for k, t in enumerate(window[1:], 1):
            if t.lower in PREPOSITIONS or t.lower == "yang" or t.lower in NP_SUBORDINATORS or (
                    t.lower in NOUN_PHRASE_LINKS and (t.lower == "untuk" or (k + 1 < len(window) and not looks_verbal(window[k + 1], lex)))):
                # "mengungkapkan kesedihannya setelah kalah …", "mengusulkan keterlibatan TNI dalam upaya …" (but
                # "menuntut kepolisian adil dalam menangani …": a verb after the link is the predicate's adjunct; after
                # "untuk" it is the noun's purpose: "mengumumkan perilisan album … untuk mengenang …")
                return False
            if _second_predicate(window, k, lex):
                return False
            if (t.lower in STRONG_PREDICATES or looks_verbal(t, lex)) and not _TER_NYA.match(t.lower):
                return True  # (not "perilisan album terbarunya untuk …": a superlative with its clitic)
        return False
    if first.lower in PREDICATE_START:
        return True
    if "pred" in cue.frames and (looks_verbal(first, lex) or first.upos in {"ADJ", "VERB", "AUX"}):
        return True
    if first.lower in SUBJECT_WORDS or first.is_cap:
        return any(looks_verbal(t, lex) or t.lower in PREDICATE_START for t in window[1:])
    if "np" in cue.frames or "pred" in cue.frames:
        # a noun phrase followed by its predicate: "harga minyak akan naik"
        for k, t in enumerate(window[1:], 1):
            if t.lower in NOUN_PHRASE_LINKS or t.lower in NP_SUBORDINATORS:
                return False  # "… kesedihannya setelah kalah": the subordinate clause is the noun's
            if _second_predicate(window, k, lex):
                return False
            if t.lower in PREDICATE_START or looks_verbal(t, lex):
                return True
        return False
    return len(window) >= 3


_TER_NYA = regex.compile(r"^ter\p{Ll}{3,}nya$")


def _second_predicate(window, k: int, lex) -> bool:
    """Is ``window[k]`` a coordinator with a verb right after it: the speaker's own second predicate after a noun
    phrase object ("menuntut legalisasi cantrang serta mendesak Presiden …"), not the phrase's predicate?"""
    return (window[k].lower in NP_COORDINATORS_CL and k + 1 < len(window) and looks_verbal(window[k + 1], lex)
            and not window[k + 1].lower.startswith("di"))


def subordinate_end(ctx: Context, si: int, cue_start: int, start: int, end: int) -> int:
    """"Ketika dokter mengatakan ia sudah terbebas dari kanker, sang nonnie … berpose": a cue inside a
    fronted subordinate clause reports only up to the clause's comma; the main clause follows."""
    s_start = sentence_start(ctx, si)
    m = _SUBORDINATOR_RE.match(ctx.text, s_start, cue_start)
    if not m or "," in ctx.text[s_start:cue_start]:
        return end
    if "," in ctx.text[cue_start:start]:
        return start  # "Meski Trump sudah mendesak, sejumlah senator …": the clause ends at the cue, nothing reported
    comma = ctx.text.find(",", start, end)
    return trim_end(ctx.text, start, comma) if comma > start else end


#: Rules whose record only relays or points back to a statement ("Mengutip data NPD, Microsoft mengungkapkan
#: bahwa …", "… . Hal tersebut dikatakan Erick"): when the clause they claim opens with its own speaker and cue,
#: that inner statement owns the clause.
_RELAYING_RULES = frozenset({"reported-relay", "reported-next-sentence"})


REFLEXIVE_SUBJECTS = words("reflexive_subjects")


def inner_owns(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Drop a relaying record whose content is another record's source, cue and content ("Mengutip data dari
    perusahaan riset pasar NPD, Microsoft mengungkapkan bahwa Xbox One …": the statement is Microsoft's, with
    content "Xbox One …"; the relay adds nothing), and a stance of the outer speaker's own inside a reported clause
    ("… bahwa dirinya merasa …").  Applied once to every reported-speech rule's candidates."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.rule not in _RELAYING_RULES and c.cue is not None and c.source is not None:
            by_sentence.setdefault(ctx.p.sentence_of(c.cue.start), []).append(c)
    stance = ctx.lex.cue_properties.get("stance", ())
    out = []
    for d in cands:
        if (d.cue is not None and d.cue.lemma in stance and d.source is not None
                and ctx.text[d.source[0]:d.source[1]].lower() in REFLEXIVE_SUBJECTS
                and any(o is not d and o.start <= d.source[0] and d.end <= o.end for o in cands)):
            continue  # "… pendapatnya bahwa dirinya merasa perlu …": the outer speaker's own thought, one record
        if d.rule in _RELAYING_RULES:
            si = ctx.p.sentence_of(d.start)
            # the inner source opens the outer content (a dateline glued to it may start before it)
            if any(o.source[1] > d.start and not ctx.text[d.start:max(d.start, o.source[0])].strip(" ,-–—")
                   and d.start < o.cue.start and o.start >= o.cue.end and abs(o.end - d.end) <= 1
                   for o in by_sentence.get(si, ())):
                continue
        out.append(d)
    return out


CONTENT_TIME_OPENERS = words("content_time_openers")
TRAILING_ADVERBS = words("trailing_adverbs")
CLAUSE_MODALS = words("clause_modals")
_VERBISH_RE = regex.compile(r"^(?:me|mem|men|meng|meny|ber|di|ter)\w{3,}$")


def _front_is_adjunct(ctx: Context, lo: int, i: int) -> bool:
    """Is what stands before a mid-sentence ``menurut`` (tokens ``lo:i``) no part of the clause after it: a clause
    of its own (``Ia mengatakan,``, ``Disinggung apakah …,``, ``… diambil dari …,``) or a phrase closed by a
    connective (``…, bahkan menurut``, ``Untuk sementara,``)?  A noun phrase (``Pemerintah, menurut dia, akan …``)
    or a prepositional phrase without a verb (``Pada periode tahun 1950an, menurut dia, …``) is the clause's."""
    toks, lex = ctx.p.tokens, ctx.lex
    words_ = [t for t in toks[lo:i] if t.is_word]
    if not words_:
        return False
    if words_[-1].lower in CONNECTIVES:
        return True  # "…, bahkan menurut LPPOM MUI, …", "Untuk sementara, berdasarkan …"
    # a phrase with no verb ("Pada periode tahun 1950an, menurut dia, tari Melayu …") belongs to the clause
    return any(cue_at(lex, t) is not None or looks_verbal(t, lex) or (t is words_[0] and _VERBISH_RE.match(t.lower))
               for t in words_)


def _menurut_mid(ctx: Context, c: Candidate, cue_starts: set[int]) -> int | None:
    """"Ia mengatakan, berdasarkan Pasal 16 …, advokat tak dapat dituntut …", "Untuk sementara, berdasarkan
    keterangan NMH dan SH, lima pelaku … terlibat": a ``menurut``/``berdasarkan`` source inside the sentence,
    after an adjunct or a clause of its own, reports the clause after its comma (past a relative clause on the
    source, ``…, yang telah dikuatkan …, advokat …``).  Returns the new start, -1 to drop the record (the source
    is the subject of a cue verb with a record of its own: ``berdasarkan keterangan saksi X menjelaskan, …`` is the
    verb's statement), or None to keep it.  An apposition after the source (``menurut Adrian Li, Founder &
    Managing Partner Convergence Ventures, …``: capitalised, no verb up to its comma) is skipped."""
    toks, lex = ctx.p.tokens, ctx.lex
    if c.rule != "reported-menurut" or c.cue is None or c.source is None or c.cue.clitic_start is not None:
        return None
    if not (c.start < c.cue.start and c.source[1] < c.end):
        return None
    hi = ctx.token_at(c.end)
    k = ctx.token_at(c.source[1])
    if k < hi and toks[k].start in cue_starts:
        return -1
    def comma(a: int, b: int) -> int | None:  # a comma between words ("17,285" is a number)
        return next((m for m in range(a, min(hi, b, len(toks) - 1)) if toks[m].text == "," and toks[m].end < toks[m + 1].start),
                    None)  # a comma ending the text closes nothing

    j = comma(k, k + 8)
    if j is None:
        return None
    if toks[j + 1].lower == "yang":
        j = comma(j + 2, j + 20)
        if j is None:
            return None
    elif toks[j + 1].is_cap and (j2 := comma(j + 2, j + 10)) is not None and not any(
            looks_verbal(t, lex) or t.lower in PREDICATE_START or t.lower in COPULAS for t in toks[j + 1 : j2]):
        j = j2  # an apposition naming the source
    n = ctx.next_word(j + 1, hi)
    if n + 2 >= hi:
        return None
    first = toks[n]
    if (first.lower in PREDICATE_START or first.lower in NEGATIONS or first.lower in CONJUNCTIONS
            or first.lower in TRAILING_ADVERBS or first.lower in CLAUSE_MODALS or first.lower in DEMIKIAN
            or first.lower in TRAILING_RELAY_OPENERS or first.lower in PREPOSITIONS or looks_verbal(first, lex)
            or cue_at(lex, first) is not None):
        return None  # "Pemerintah, menurut dia, akan …", "…, menurut Tim, boleh dianggap …": the cue interrupts its clause
    if not any(t.lower in PREDICATE_START or t.lower in COPULAS or looks_verbal(t, lex) for t in toks[n + 1 : hi]):
        return None  # "…, menurut laporan The Independent, Senin (22/8)": a date, no clause
    if not _front_is_adjunct(ctx, ctx.token_at(c.start), ctx.token_at(c.cue.start)):
        return None
    return first.start


def _bare_time_opener_end(ctx: Context, start: int, end: int) -> int:
    """"mengungkapkan saat ini Spiral Ventures mulai serius …", "menyatakan saat ini program itu sudah …": a time
    opener with no comma is the frame's when a subject follows it (a capitalised word, or a noun and its
    demonstrative); "hari ini sangat istimewa" keeps it (it is the subject)."""
    toks = ctx.p.tokens
    k = ctx.token_at(start)
    for n in (2, 1):
        if k + n + 1 >= len(toks) or toks[k + n].start >= end:
            continue
        if " ".join(t.lower for t in toks[k : k + n]) not in CONTENT_TIME_OPENERS:
            continue
        nxt = toks[k + n]
        subject = nxt.is_word and (nxt.is_cap or (toks[k + n + 1].lower in DEMONSTRATIVES and not nxt.is_cap))
        return nxt.start if subject and end - nxt.start >= 3 else start
    return start


def _time_opener_end(ctx: Context, start: int, end: int) -> int:
    """"Ia juga mengemukakan bahwa saat ini, Gerindra …", "Diberitakan oleh VOA Indonesia, hari ini,
    penenggelaman …": a time opener set off by a comma at the start of the content is the frame's, not the
    clause's (data/words/content_time_openers.tsv).  Without a comma it stays ("hari ini sangat istimewa")."""
    text = ctx.text
    comma = text.find(",", start, min(end, start + 24))
    if comma < 0:
        return _bare_time_opener_end(ctx, start, end)
    if " ".join(text[start:comma].lower().split()) not in CONTENT_TIME_OPENERS:
        return _bare_time_opener_end(ctx, start, end)
    s = comma + 1
    while s < end and text[s].isspace():
        s += 1
    return s if end - s >= 3 else start


def _withheld_end(ctx: Context, start: int, end: int) -> int:
    """Cut the content before a joined clause of what the speaker did not tell (:func:`_withheld_detail`)."""
    toks = ctx.p.tokens
    i1 = ctx.token_at(end)
    for i in range(ctx.token_at(start), i1 - 4):
        if toks[i].text == "," and ctx.in_quote(toks[i].start) is None and _withheld_detail(ctx, i + 1):
            return trim_end(ctx.text, start, toks[i].start)
    return end


def settle(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Where each reported-speech record's clause starts, decided once after every rule has run:
    :func:`_menurut_mid`, :func:`_time_opener_end`, :func:`_withheld_end`."""
    out = []
    cue_starts = {c.cue.start for c in cands if c.cue is not None and c.rule != "reported-menurut"}
    for c in cands:
        if c.type == "direct":
            out.append(c)
            continue
        s = _menurut_mid(ctx, c, cue_starts)
        if s == -1:
            continue
        if s is not None:
            c.start = s
        if c.cue is not None and c.cue.end <= c.start:
            c.start = _time_opener_end(ctx, c.start, c.end)
        c.end = _withheld_end(ctx, c.start, c.end)
        out.append(c)
    return out
