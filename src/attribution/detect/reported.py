"""Reported speech: statements without marks (or with marks inside them) and their cues.

Each rule is a function ``rule(ctx, si, lo, hi) -> [Candidate]`` over one sentence (token range ``lo:hi``):

- ``reported-menurut``        Menurut X, … / …, menurut X(, …) / … yang menurut X dapat …
- ``reported-relay``          Diberitakan Reuters, … / …, seperti dilaporkan X / …, demikian X / Namun kata X, …
- ``reported-passive-clitic`` Pemain disebutnya sudah bisa … / Musk juga disebut Trump berada …
- ``reported-post-cue``       …, kata X. (no marks) / …, lanjutnya, … / Bukan mustahil, ia melanjutkan, …
- ``reported-verb``           X mengatakan (bahwa) …, X mengaku siap …, X mendesak Y untuk …
- ``reported-verb-predicate`` X menyebut permainan timnas sangat kasar (an object that goes on to its predicate)
- ``reported-verb-adjunct``   X mengungkapkan di hari normal, kebutuhan … / X mengatakan kepada wartawan, …
- ``reported-directive-object`` X meminta semua pihak mengikuti aturan … (a request's addressee, then its verb)
- ``reported-next-sentence``  … . Hal itu diungkapkan X
- ``reported-passive-front``  Disampaikan X, … / Diungkapkan X bahwa … / …, diakui X <clause>
- ``reported-document-passive`` Dalam Pasal 5 ayat (2) disebutkan, … / Di sana disebutkan bahwa … (a document's words)
- ``reported-inner-cue``      Umumnya kata dia, keramaian … / Bahkan kata dia melalui … / Hal itu katanya sudah …
- ``reported-noun-front``     Dari keterangannya, … / Seperti ucapan Hoeness, … / Harapannya, … (a noun cue)
- ``reported-demikian``       …, demikian laporan Xinhua / …, demikian dikatakan sumber Sky Sports / “…,” demikian pernyataan X
- ``reported-front-clitic``   Disampaikannya, … / Lanjutnya, … / Dikatakan, … (a fronted cue, its agent -nya or none)
- ``headline``                Nama: isi (one paragraph; see :func:`headlines`)

Where a clause starts and ends is decided in :mod:`.clauses`, the same for every rule.
"""

from __future__ import annotations

import regex

from ..lexicon import word_table, words
from ..text.segment import is_reading_tip
from ..text.tokens import Token
from .candidates import Candidate
from .clauses import (COMPLEMENTISERS, CONNECTIVES, CUE_IDIOMS, PREPOSITIONS, before_cue, complementiser_end, content, cut_trailing_attribution,
                      inner_owns, is_clause, relay_menurut, sentence_start, settle, subordinate_end, trim_end)
from .complements import adjunct_clause_start, directive_object, predicate_after_noun_phrase
from .context import Context
from .cues import BACK_REFERENCES, FUZZY_WORD_MIN, NOT_SOURCES, CueMatch, cue_at, fuzzy_cue, menurut_at, opens_report
from .quotes import ALL_MARKS
from .sources import DETERMINERS, char_span, names_document, QUANTIFIERS, SPEECH_ADJUNCT_OPENERS, STOP_BEFORE, TIME_WORDS, TRAILING_ADVERBS, looks_verbal, source_after, source_before, verbal_word

AGAIN_WORDS = words("again_words")
DIRECTIVE_ADVERBS = words("directive_adverbs")  # "melarang keras masyarakat …"
RESUMPTIVE_WORDS = words("resumptive_words")
RELATIVE_HEAD_PREPOSITIONS = words("relative_head_prepositions")
OBJECT_COMPLEMENTISERS = words("object_complementisers")
GENERIC_PERSONS = words("generic_persons")

NEGATIONS = words("negations")
PREDICATE_START = words("predicate_starters")
FRONT_RELAYS = words("front_relays")
CUE_ADVERBS = words("cue_adverbs")
STATEMENT_NOUNS = words("statement_nouns")  # "Dilansir REUTERS, Jumat (30/6), pernyataan Kementerian Keuangan AS …"
TRAIL_RELAYS = words("trail_relays")
TRAIL_SPEECH = words("trail_speech_relays")
PASSIVE_CLITIC_STEMS = words("passive_clitic_stems")
TRIGGER_WORDS = words("trigger_words")
PAST_MARKERS = words("past_markers")
COPULAS = words("copulas")
OMITTED_SUBJECT_VERBS = words("omitted_subject_verbs")
BARE_POST_CUES = words("bare_post_cues")
INNER_CUES = words("inner_cues")
POST_CUE_ADJUNCTS = words("post_cue_adjuncts")
INTERRUPTED_FRONT_ADJUNCTS = words("interrupted_front_adjuncts")
_FRONT_TIME_ADJUNCTS = frozenset(w for w, c in word_table("interrupted_front_adjuncts").items() if c == "time")
BAHWA_ADJUNCTS = words("bahwa_adjuncts")
STATEMENT_OBJECTS = words("statement_objects")
SOURCE_ADJUNCT_OPENERS = PREPOSITIONS | TIME_WORDS | words("source_adjunct_openers")
_HEADLINE_RE = regex.compile(r"^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(\S.*)$")
_HEADLINE_NOT_NAMES = words("headline_labels")
_HEADLINE_TAGS = words("headline_tags")
_WORD_RE = regex.compile(r"\p{L}[\p{L}'’.-]*")


def triggers(ctx: Context) -> list[bool]:
    """Per sentence: does it hold anything a reported-speech rule starts from (a cue word, menurut,
    a relay verb, a passive with a clitic agent, a noun cue)?  Sentences without one are skipped."""
    toks, cues, nouns = ctx.p.tokens, ctx.lex.cues, ctx.lex.noun_cues
    hit = [False] * len(ctx.p.sentences)
    for si, (lo, hi) in enumerate(ctx.p.sent_tokens):
        for t in toks[lo:hi]:
            w = t.lower
            if (cues.get(w) is not None or w in TRIGGER_WORDS or (w.startswith("di") and w.endswith("nya"))
                    or w in nouns or (len(w) >= FUZZY_WORD_MIN and fuzzy_cue(ctx.lex, w) is not None)):
                hit[si] = True
                break
    return hit


def _source_end_without_comma(toks: list[Token], rng: tuple[int, int], lex) -> int | None:
    """Where a source after "menurut" ends when no comma closes it: after a demonstrative that ends a
    description, or after the capitalised words (and titles) of a name; None when it cannot be told."""
    k = rng[0]
    while k < rng[1] and (toks[k].is_cap or toks[k].lower in lex.titles):
        k += 1
    named = _titled_name_end(toks, rng, lex)
    for m in range(rng[0], min(rng[1], rng[0] + 8)):
        if toks[m].lower in DETERMINERS and m > rng[0]:
            if toks[rng[0]].lower in lex.titles and named - rng[0] >= 3 and named < m and toks[named - 1].is_cap \
                    and toks[named - 2].is_cap and toks[named - 2].lower not in lex.titles:
                return named  # "Menurut Sekretaris Corporate PT Pertamina Syahrial Mucktar bantuan ini …": a titled name,
                # then the clause's own subject with its demonstrative
            return m + 1
    k = max(k, named)  # a bracketed aside inside the name goes on with it
    return k if k > rng[0] and toks[k - 1].is_cap else None


def _titled_name_end(toks: list[Token], rng: tuple[int, int], lex) -> int:
    """Where a titled name opening ``rng`` ends: its titles, then capitalised words, a bracketed aside of up to two
    words among them ("Sekretaris Corporate PT Pertamina (Persero) Syahrial Mucktar")."""
    k = rng[0]
    while k < rng[1] and toks[k].lower in lex.titles:
        k += 1
    while k < rng[1]:
        if toks[k].is_cap:
            k += 1
            continue
        close = next((x for x in range(k + 1, min(rng[1], k + 4)) if toks[x].text == ")"), None)
        if toks[k].text != "(" or close is None:
            break
        k = close + 1
    return k


def _named_before(ctx: Context, toks: list[Token], rng: tuple[int, int], end: int) -> int:
    """Where a name after "menurut" with no comma ends when the clause's own capitalised subject is glued to it
    ("Menurut Erwan Partai Demokrat perlu …", "menurut Aji Arema juga …"): after the longest leading part that the
    text, within a bounded stretch before, already wrote as a name on its own (followed by no capitalised word);
    ``end`` when none is."""
    words_ = [t.text for t in toks[rng[0] : end]]
    if len(words_) < 2 or not all(toks[x].is_cap for x in range(rng[0], end)):
        return end
    before = ctx.text[max(0, toks[rng[0]].start - 3000) : toks[rng[0]].start]
    if regex.search(r"(?<![\p{L}])" + regex.escape(" ".join(words_)) + r"(?![\p{L}])", before):
        return end  # the whole run is a name the text wrote before
    for n in range(len(words_) - 1, 0, -1):
        if regex.search(r"(?<![\p{L}])" + regex.escape(" ".join(words_[:n])) + r"(?![\p{L}])(?!\s+\p{Lu})", before):
            return rng[0] + n
    return end


def menurut(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    toks, text, lex = ctx.p.tokens, ctx.text, ctx.lex
    out: list[Candidate] = []
    for i in range(lo, hi):
        cue = menurut_at(toks[i])
        q = ctx.in_quote(toks[i].start)
        if cue is None or (q is not None and not _quoted_menurut(ctx, i, hi, cue)):
            continue  # inside a quotation only another's view: "“Menurut keterangan Kemensos, …”" (not "menurut saya")
        if i + 1 < hi and toks[i + 1].lower in NOT_SOURCES:
            continue  # "menurut rencana digelar …" is an idiom
        if cue.lemma == "berdasarkan" and i > lo and toks[i - 1].text != "," and toks[i].start > sentence_start(ctx, si) + 1:
            continue  # mid-sentence "berdasarkan" means "based on", not a source
        if i > lo and toks[i - 1].lower in {"tidak", "tak"}:
            continue
        if cue.clitic_start is not None:
            src = (cue.clitic_start, cue.clitic_start + 3)
            j = i + 1
            rng = None
        else:
            rng = source_after(toks, i + 1, hi, lex)
            if rng is None:
                continue
            if (rng[1] - rng[0] > 1 and toks[rng[0]].lower in SUBJECT_PRONOUNS and toks[rng[0] + 1].is_word
                    and toks[rng[0]].lower not in lex.pronouns["first"]):
                # "Namun, menurut dia pemerintah Myanmar menyatakan …": a pronoun takes no noun phrase after it,
                # the clause follows it
                c = content(ctx, toks[rng[0] + 1].start, si)
                if c and c[1] - c[0] > 3:
                    _add_menurut(ctx, out, q, c, cue, char_span(toks, (rng[0], rng[0] + 1)), si)
                continue
            heads = [t for t in toks[rng[0] : rng[1]] if t.is_word and t.lower not in QUANTIFIERS]
            if heads and heads[0].lower in NOT_SOURCES:
                continue  # "Berdasarkan sejumlah pertimbangan tersebut, …", "Berdasarkan riwayat perjalanan, …"
            # "menurut laporan Reuters": the source runs to the comma
            src = char_span(toks, rng)
            j = rng[1]
            while j < hi and toks[j].text != ",":
                j += 1
        s_start = sentence_start(ctx, si)
        at_front = toks[i].start <= s_start + 1
        if not at_front and cue.clitic_start is None and rng is not None and rng[1] < hi and toks[rng[1]].text != ",":
            # "… yang menurut Profesor Tierno dapat menimbulkan …": the clause follows the source; but
            # "Permainan … ini menurut Riedl terbukti efektif" interrupts its clause: the whole clause
            cut = _named_before(ctx, toks, rng, rng[1])
            if cut < rng[1]:  # "Selain Dwi, menurut Aji Arema juga memastikan …": the clause's own subject follows;
                # the cue interrupts the whole clause, as below (after "yang" the clause starts after the source)
                c = content(ctx, toks[cut].start if i > lo and toks[i - 1].lower == "yang" else s_start, si)
                if c and c[1] - c[0] > 3:
                    _add_menurut(ctx, out, q, c, cue, char_span(toks, (rng[0], cut)), si)
                continue
            nxt = toks[rng[1]]
            if nxt.lower in PREDICATE_START or looks_verbal(nxt, lex):
                rel = i > lo and toks[i - 1].lower == "yang"
                c = content(ctx, nxt.start if rel else s_start, si)
                if c and c[1] - c[0] > 3:
                    _add_menurut(ctx, out, q, c, cue, src, si)
                continue
        if at_front:
            if j >= hi:
                # "Menurut Fadli tindakan …", "Menurut pelatih asal Prancis ini kompetisi …": no comma; the
                # source is the name (its capitalised words) or the description up to its demonstrative
                end = _source_end_without_comma(toks, rng, lex) if rng is not None else None
                if end is not None:
                    end = _named_before(ctx, toks, rng, end)
                if end is None or end >= hi or not toks[end].is_word:
                    continue
                src = (toks[rng[0]].start, toks[end - 1].end)
                c = content(ctx, toks[end].start, si)
                if c and c[1] - c[0] > 3:
                    _add_menurut(ctx, out, q, c, cue, src, si)
                continue
            nxt = ctx.next_word(j + 1, hi)
            if nxt < hi and (c2 := cue_at(lex, toks[nxt])) is not None and "post" in c2.frames:
                continue  # "Berdasarkan data, kata Edho, …": the inner cue owns the statement
            # after the comma; a clitic "Menurutnya" may have none: the clause starts right after it
            if toks[j].text == "," and (after := _apposition_after(ctx, j, hi)) is not None:
                j = after  # "Menurut Vellen Roeslan, pemerhati sneaker di Indonesia, hal tersebut …": the role is no content
            c = content(ctx, toks[j].end if toks[j].text == "," else toks[j].start, si)
        else:
            if relay_menurut(ctx, i, hi) and _own_cue_before(ctx, ctx.token_at(s_start), i):
                continue  # "X mengatakan bahwa … menurut kantor berita Reuters": the medium relays X's statement
            after = j + 1 if j < hi and toks[j].text == "," else j
            trailing = after >= hi or all(not t.is_word for t in toks[after:hi])
            end = cut_trailing_attribution(ctx, s_start, before_cue(ctx, i)) if trailing else ctx.p.sentences[si][1]
            c = content(ctx, s_start, si)
            if c:
                c = (c[0], trim_end(text, c[0], min(c[1], end)))
                # trim the comma before "menurut"
                c = (c[0], c[1] - 1) if text[c[1] - 1] == "," else c
        if c and c[1] - c[0] > 3:
            _add_menurut(ctx, out, q, c, cue, src, si)
    return out


def _own_cue_before(ctx: Context, lo: int, i: int) -> bool:
    """Does a cue verb of the narration (outside quotations) lie in ``toks[lo:i]``?"""
    return any((c := cue_at(ctx.lex, t)) is not None and c.frames & {"pre", "post"} and ctx.in_quote(t.start) is None
               for t in ctx.p.tokens[lo:i])


def _add_menurut(ctx: Context, out: list[Candidate], q, c: tuple[int, int], cue: CueMatch, src, si: int) -> None:
    """Append the ``reported-menurut`` record; inside the quotation ``q`` its content stays within the marks (no
    trailing comma)."""
    if q is not None:
        if c[0] < cue.start:  # "“Kalau menurut MK tidak boleh, karena …”": what the source holds follows it
            if len(ctx.text[c[0] : cue.start].split()) > 2:
                return  # "“… menjadi No 1 di AS menurut NPD Group …”": a view cited after the clause, left alone
            c = (src[1], c[1])
            while c[0] < c[1] and ctx.text[c[0]] in " ,":
                c = (c[0] + 1, c[1])
        c = (max(c[0], q.start), min(c[1], trim_end(ctx.text, max(c[0], q.start), q.end)))
        c = (c[0], c[1] - (c[1] > c[0] and ctx.text[c[1] - 1] == ","))
        if c[1] - c[0] <= 3:
            return
    out.append(Candidate(type="indirect", start=c[0], end=c[1], rule="reported-menurut", cue=cue, source=src, sentence=si))


def _quoted_menurut(ctx: Context, i: int, hi: int, cue: CueMatch) -> bool:
    """Inside a quotation, does "Menurut …" at ``toks[i]`` pass on someone else's view (a record of its own: "“Menurut
    keterangan Kemensos, fasilitas tersebut …”", "“Kalau menurut MK tidak boleh …”")?  Not the one quoted speaking
    for themselves ("menurut saya", "menurut kami", "menurutku"), nor a clitic ("menurutnya"), nor "berdasarkan"."""
    toks = ctx.p.tokens
    return (cue.clitic_start is None and cue.lemma == "menurut" and i + 1 < hi and toks[i + 1].is_word
            and toks[i + 1].lower not in ctx.lex.pronouns["first"] and not toks[i + 1].lower.endswith("ku"))


APPOSITION_ROLE_NOUNS = words("person_nouns")
_AGENT_NOUN_RE = regex.compile(r"^pe(?:m|n|ng|ny)\p{Ll}{3,}(?<!an)$")  # pemerhati, pengamat; not pertemuan, peluang


def _apposition_after(ctx: Context, j: int, hi: int) -> int | None:
    """The comma closing a role in apposition after the source's comma at ``j`` ("Menurut Ahmad, Ketua RT setempat,
    warga …"): a title or a lower-case noun first, no verb or predicate word, at most eight words, and a clause of
    three words or more after it; else None."""
    toks, lex = ctx.p.tokens, ctx.lex
    close = next((m for m in range(j + 2, min(hi, j + 10)) if toks[m].text == ","), None)
    if close is None or sum(t.is_word for t in toks[close + 1 : hi]) < 3:
        return None
    inner = toks[j + 1 : close]
    first = inner[0]
    if not first.is_word or not (first.lower in lex.titles or first.lower in lex.title_first
                                 or first.lower in APPOSITION_ROLE_NOUNS or _AGENT_NOUN_RE.match(first.lower)):
        return None  # a role or an agent noun ("pemerhati", "pengamat"), not an adjunct ("dalam masa tugas 30 hari")
    if any(not t.is_word or t.lower in PREDICATE_START or t.lower in NEGATIONS or t.lower in COMPLEMENTISERS
           or (not t.is_cap and looks_verbal(t, lex)) for t in inner):
        return None
    k = close + 1
    while k < hi and toks[k].is_cap:
        k += 1
    if k > close + 1 and k < hi and toks[k].text == ",":
        return None  # "Menurut kabar itu, pelatih MU saat ini, Jose Mourinho, menjadikan …": the role heads the subject
    return close


def _front_relay(ctx: Context, si: int, i: int, hi: int) -> list[Candidate]:
    """"Diberitakan Reuters, …", "Dilansir people.com, …", "Namun kata Saleh al-Jasser, direktur …, …"."""
    toks, lex = ctx.p.tokens, ctx.lex
    w = toks[i].lower
    k = i + 1
    if k < hi and toks[k].lower in {"dari", "oleh"}:
        k += 1
    comma = next((m for m in range(k, min(hi, k + 14)) if toks[m].text == ","), None)
    if comma is None or comma == k:
        return []
    # "kata Saleh al-Jasser, direktur maskapai tersebut, …": skip an apposition
    after = comma + 1
    src_end = comma - 1
    second = next((m for m in range(after, min(hi, after + 8)) if toks[m].text == ","), None)
    if w in {"kata", "ujar"} and second is not None and not any(looks_verbal(t, lex) for t in toks[after:second]):
        if all(t.is_cap for t in toks[after:second]):
            src_end = second - 1  # "kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, …": the name
        after = _past_adjuncts(toks, second + 1, hi)  # "…, di Surabaya, Sabtu (2/1/2021), pemerintah …"
    named = toks[k : src_end + 1]
    cap = next((n for n, t in enumerate(named) if t.is_cap), len(named))
    if w in FRONT_RELAYS and (not any(t.is_cap or "." in t.text for t in named) or any(
            looks_verbal(t, lex) for t in named[cap + 1 :])):
        return []  # "Diberitakan sebelumnya, …" (the outlet's own earlier news), "Dikutip NME ia mengatakan, …"
    src = (toks[k].start, toks[src_end].end)
    if (a := _past_adjuncts(toks, after, hi)) < hi and toks[a].lower in STATEMENT_NOUNS:
        # "Dilansir REUTERS, Jumat (30/6), pernyataan Kementerian Keuangan AS …": the clause reports a statement
        return []  # of its own, whose record the outlet relays
    if w in FRONT_RELAYS and _reports_itself(ctx, _past_adjuncts(toks, after, hi), hi):
        return []  # "Dilansir dari laman Reuters, Selasa (15/8), Wakil Menteri …, Kiren Rijiju, menyampaikan …"
    c = content(ctx, toks[after].start, si) if after < hi else None
    if c and c[1] - c[0] > 3:
        cue = CueMatch(start=toks[i].start, end=toks[i].end, lemma=w, clitic_start=None, frames=frozenset({"relay"}))
        return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-relay", cue=cue, source=src, sentence=si)]
    return []


def _reports_itself(ctx: Context, k: int, hi: int) -> bool:
    """Does the clause after a front relay, from ``k``, hold a subject and a cue verb of its own within
    :data:`RELAY_OWN_CUE_WINDOW` words (past an apposition in commas)?  Then its own record carries the statement
    and the relay its outlet."""
    toks, lex = ctx.p.tokens, ctx.lex
    if k >= hi or not toks[k].is_cap:
        return False
    for m in range(k + 1, min(hi, k + RELAY_OWN_CUE_WINDOW)):
        if toks[m].lower in COMPLEMENTISERS or toks[m].lower == "yang" or toks[m].text in ALL_MARKS or (
                toks[m].lower.startswith("di") and not toks[m].is_cap and (looks_verbal(toks[m], lex) or "-" in toks[m].text)):
            return False  # a cue inside a relative clause, the reported clause or hearsay ("Mbappe disebut merasa …")
        c = cue_at(lex, toks[m])
        if c is not None and "pre" in c.frames and not toks[m].is_cap and ctx.in_quote(toks[m].start) is None:
            return True
    return False


#: How many words after a front relay its clause's own cue verb is looked for.
RELAY_OWN_CUE_WINDOW = 16


def _past_adjuncts(toks: list[Token], after: int, hi: int) -> int:
    """The token after up to two adjuncts in commas (a place, a date) that open the clause at ``after``."""
    for _ in range(2):
        nxt = next((m for m in range(after, min(hi, after + 10)) if toks[m].text == ","), None)
        if nxt is None or after >= hi or toks[after].lower not in SOURCE_ADJUNCT_OPENERS:
            break
        after = nxt + 1
    return after


def relay(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """An outlet as the source: "Diberitakan Reuters, …", "Dilansir people.com, …" at the front;
    "…, seperti dilaporkan televisi al-Arabiya." / "…, demikian Reuters." at the end; and a front
    "kata X, …" ("Namun kata Saleh al-Jasser, direktur maskapai tersebut, …")."""
    toks, lex = ctx.p.tokens, ctx.lex
    start = sentence_start(ctx, si)
    i = ctx.token_at(start)
    if i >= hi:
        return []
    w = toks[i].lower
    quoted = ctx.in_quote(toks[i].start) is not None
    if quoted and not (w == "kata" and i + 1 < hi and toks[i + 1].lower not in lex.pronouns["first"]):
        return []  # inside a quotation only "Kata bapak, …" reports another's words (a record of its own)
    if w in FRONT_RELAYS or w in {"kata", "ujar"}:
        return _front_relay(ctx, si, i, hi)
    # trailing: ", seperti (yang) dilaporkan X" / ", demikian X"
    for m in range(i + 2, hi):
        if toks[m - 1].text != ",":
            continue
        k = m
        if toks[k].lower in {"seperti", "sebagaimana"}:
            k += 1
            if k < hi and toks[k].lower == "yang":
                k += 1
            if k >= hi or (toks[k].lower not in TRAIL_RELAYS and toks[k].lower not in TRAIL_SPEECH):
                continue
        elif toks[k].lower != "demikian" or k + 1 >= hi or not toks[k + 1].is_cap:
            continue
        if any(t.text in ALL_MARKS or (lex.cue(t.text) is not None and "post" in lex.cue(t.text).frames)
               for t in toks[i : m - 1]):
            return []  # the clause has its own cue ("“…,” kata X, seperti dikutip dari Y"): only an outlet
        cue = CueMatch(start=toks[k].start, end=toks[k].end, lemma=toks[k].lower, clitic_start=None, frames=frozenset({"relay"}))
        speech = toks[k].lower in TRAIL_SPEECH
        if k + 1 < hi and toks[k + 1].lower in {"dari", "oleh"}:
            k += 1
        rng = source_after(toks, k + 1, hi, lex)
        if speech and (rng is None or not _frame_closes(toks, rng[1], hi)):
            return []  # "Strategi ini, seperti dikatakan X, …": the frame interrupts a clause that goes on
        if rng and rng[1] + 1 < hi and toks[rng[1]].text == "," and any(
                (c := cue_at(lex, t)) is not None and c.frames & {"pre", "post"} for t in toks[rng[1] + 1 : min(hi, rng[1] + 6)]):
            return []  # "Seorang juru bicara klub, seperti dilansir The Guardian, berkata, …", "Dalam keterangan
            # tertulisnya, seperti dikutip dari Antara, Arief mengatakan, …": the relay of the statement after it
        src = char_span(toks, rng) if rng else None
        end = trim_end(ctx.text, start, toks[m - 1].start)
        if end - start > 3 and not ctx.in_quote(start):
            return [Candidate(type="indirect", start=start, end=end, rule="reported-relay", cue=cue, source=src, sentence=si)]
        return []
    return []


def _frame_closes(toks, j: int, hi: int) -> bool:
    """After a trailing frame's source, only the speaker's adjuncts and dates to the sentence's end: punctuation,
    capitalised words, numbers and the words that open a speech adjunct ("kepada CNNIndonesia.com, Rabu (7/6)")."""
    return all(not t.is_word or t.is_cap or t.text[:1].isdigit() or t.lower in SPEECH_ADJUNCT_OPENERS
               or t.lower in TIME_WORDS or (x > 0 and toks[x - 1].end == t.start)  # "CNNIndonesia.com"
               for x, t in enumerate(toks[j:hi], j))


def passive_clitic(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """"Pemain disebutnya sudah bisa …", "mental pemainnya … dinilainya belum kuat": a passive cue with
    the agent as clitic inside the clause; the content is the whole clause."""
    toks, lex = ctx.p.tokens, ctx.lex
    out: list[Candidate] = []
    for i in range(lo + 1, hi):
        w = toks[i].lower
        if not (w.startswith("di") and w.endswith("nya") and len(w) > 7):
            continue
        stem = w[2:-3]
        c = cue_at(lex, Token(0, 0, "di" + stem)) or cue_at(lex, Token(0, 0, "me" + stem))
        if c is None and stem not in PASSIVE_CLITIC_STEMS:
            continue
        if ctx.in_quote(toks[i].start):
            continue
        if toks[i - 1].lower == "yang":
            out += _relative_passive_clitic(ctx, si, i, hi)
            continue
        start = sentence_start(ctx, si)
        first = ctx.token_at(start)
        if first < hi and menurut_at(toks[first]) is not None:
            return out  # "Menurut X, … maka dinilainya tak masalah": the clitic is inside X's statement
        c2 = content(ctx, start, si)
        if c2 and c2[1] - c2[0] > 3:
            cue = _passive_clitic_cue(toks[i])
            out.append(Candidate(type="indirect", start=c2[0], end=c2[1], rule="reported-passive-clitic", cue=cue,
                                 source=(cue.clitic_start, toks[i].end), sentence=si))
    return out


def _passive_clitic_cue(tok: Token) -> CueMatch:
    """The cue of a passive with its agent as clitic ("disebutnya"): the passive ``di…`` stem, the clitic "nya" after it."""
    stem_end = tok.end - 3
    return CueMatch(start=tok.start, end=stem_end, lemma="di" + tok.lower[2:-3], clitic_start=stem_end,
                    frames=frozenset({"pass"}))


def _relative_passive_clitic(ctx: Context, si: int, i: int, hi: int) -> list[Candidate]:
    """"mesin baru Yamaha yang disebutnya tidak fantastis", "lawan yang dianggapnya paling siap": in a relative
    clause the clitic's judgement of the head is reported; the content is the predicate after the cue, up to the
    clause's end (a comma or the sentence's end, within RELATIVE_WINDOW words).  An adjunct after the cue ("yang
    dikatakannya via Facebook") reports nothing."""
    toks = ctx.p.tokens
    j = i + 1
    if j >= hi or not toks[j].is_word or toks[j].lower in PREPOSITIONS or toks[j].lower in COMPLEMENTISERS:
        return []
    k = j
    while k < hi and k - j < RELATIVE_WINDOW and toks[k].text not in {",", ".", ";", "!", "?"} and not (
            toks[k].text in ALL_MARKS and k > j):
        k += 1
    if k - j > RELATIVE_WINDOW - 1:
        return []  # no clause end in sight: leave it
    cue = _passive_clitic_cue(toks[i])
    return [Candidate(type="indirect", start=toks[j].start, end=toks[k - 1].end, rule="reported-passive-clitic",
                      cue=cue, source=(cue.clitic_start, toks[i].end), sentence=si)]


RELATIVE_WINDOW = 16


def interrupting_verb(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """"Bukan mustahil, ia melanjutkan, apabila …": a subject and a cue verb set off by commas inside
    the clause; and a passive cue with its agent inside the clause ("Musk juga disebut Trump berada …")."""
    toks, lex = ctx.p.tokens, ctx.lex
    out: list[Candidate] = []
    start = sentence_start(ctx, si)
    for i in range(lo + 1, hi - 1):
        c = cue_at(lex, toks[i])
        if c is None or c.clitic_start is not None or ctx.in_quote(toks[i].start):
            continue
        if c.frames & {"pre", "post"} and toks[i + 1].text == ",":
            k = i - 1
            while k > lo and toks[k].is_word and i - k <= 3:
                k -= 1
            subject = toks[k + 1 : i]
            if subject and subject[-1].lower == "yang":
                continue  # "tanpa alasan yang jelas, …": after "yang" the cue's form is an adjective
            if subject and subject[0].lower in STOP_BEFORE | SPEECH_ADJUNCT_OPENERS:
                continue  # "…, luas, dan bertanggung jawab, serta …": a list of predicates, not "X jawab"; nor
                # "…, melalui akun Twitternya mengatakan, …": how the subject before the comma spoke
            front = [t for t in toks[ctx.token_at(start):k] if t.is_word]
            if front and all(t.is_cap or t.lower in lex.titles for t in front):
                continue  # "Ketua BPD AEKI Lampung, Juprius mengatakan, …": a title in apposition, not content
            if _framing_front(ctx, front) and _own_subject_after(ctx, i + 2, hi):
                continue  # "Khususnya terhadap pelaku MA, Bima mengatakan, polisi telah …": the adjunct frames the speech
            if toks[k].text == "," and k > lo and 1 <= i - k - 1 <= 3 and i + 2 < hi:
                src = (toks[k + 1].start, toks[i - 1].end)
                body = content(ctx, start, si)
                if body:
                    out.append(Candidate(type="indirect", start=body[0], end=body[1], rule="reported-post-cue", cue=c, source=src, sentence=si))
        elif (c.frames & {"pass", "inline"} and i > lo + 1 and toks[i + 1].is_cap and toks[i - 1].is_word
              and toks[i - 1].text != "," and toks[i - 1].lower != "yang"):  # "bukit yang disebut Gunung Batu" names
            first = ctx.token_at(start)
            if all(t.lower in BACK_REFERENCES for t in toks[first:i]):
                continue  # "Hal itu disampaikan X saat …" points back: the previous sentence is the content
            if c.lemma in lex.cue_properties.get("as_relay", ()) and toks[i - 1].lower not in {"seperti", "sebagaimana"}:
                continue  # "Pengacara itu dilaporkan Akbar Faizal dengan tudingan …": to the police, not a relay
            rng = source_after(toks, i + 1, hi, lex)
            if rng and rng[1] < hi and (toks[rng[1]].is_word or (  # the clause goes on after the agent,
                    toks[i - 1].lower == "seperti" and toks[rng[1]].text == "," and rng[1] + 1 < hi
                    and toks[rng[1] + 1].is_word)):  # also after "seperti dilaporkan Crash, …"
                body = content(ctx, start, si)
                if body:
                    out.append(Candidate(type="indirect", start=body[0], end=body[1], rule="reported-passive-clitic", cue=c,
                                         source=char_span(toks, rng), sentence=si))
    return out


def _framing_front(ctx: Context, front: list[Token]) -> bool:
    """Is the fronted phrase an adjunct of the speech or its topic ("Dalam keterangan tertulisnya", "Selain Pilkada
    dan Pileg", "Usai mengikuti istighosah …"), not part of what was said? A time clause frames only when it has
    no subject of its own (its next word a verb, or "itu"/"ini")."""
    if not front or front[0].lower not in INTERRUPTED_FRONT_ADJUNCTS:
        return False
    if front[0].lower in _FRONT_TIME_ADJUNCTS:
        return len(front) > 1 and (front[1].lower in {"itu", "ini"} or verbal_word(front[1].lower, ctx.lex))
    return True


def _own_subject_after(ctx: Context, j: int, hi: int) -> bool:
    """Does the clause from token ``j`` open with a subject of its own (not a predicate, a negation, a verb or a
    complementiser, which need what came before the cue)?"""
    toks = ctx.p.tokens
    rest = [t for t in toks[j:hi] if t.is_word]
    if len(rest) < 4 or rest[0].lower in TIME_WORDS:
        return False  # "…, media setempat melaporkan, Jumat": a date, not a clause
    first = rest[0]
    return not (first.lower in PREDICATE_START or first.lower in NEGATIONS
                or first.lower in COMPLEMENTISERS or looks_verbal(first, ctx.lex))


def post_cue(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """"…, kata X." without marks, and a cue interrupting its clause ("…, lanjutnya, …")."""
    toks, lex = ctx.p.tokens, ctx.lex
    out: list[Candidate] = []
    for i in range(lo + 2, hi):
        if toks[i - 1].text != ",":
            continue
        cue = cue_at(lex, toks[i])
        if cue is None or "post" not in cue.frames:
            continue
        if ctx.in_quote(toks[i].start) or (i >= 2 and toks[i - 2].text in "”\"’'"):
            continue  # handled as a direct quotation
        if cue.clitic_start is not None:
            src = (cue.clitic_start, cue.clitic_start + 3)
            j = i + 1
        else:
            if toks[i].lower in OMITTED_SUBJECT_VERBS:
                continue  # meN- forms after a comma are pre-posed verbs of an omitted subject
            k = i + 1
            if k < hi and toks[k].lower == "oleh":
                k += 1
            rng = source_after(toks, k, hi, lex)
            if rng is None and toks[i].lower not in BARE_POST_CUES:
                continue
            src = char_span(toks, rng) if rng else None
            j = rng[1] if rng else i + 1
        s_start = sentence_start(ctx, si)
        rest = [t for t in toks[j:hi] if t.is_word]
        c = content(ctx, s_start, si)
        interrupts = rest and len(rest) >= 3 and (
            (toks[j].text == "," and rest[0].lower not in POST_CUE_ADJUNCTS)
            or (toks[j].is_word and toks[j].lower in PREDICATE_START))  # "…, lanjutnya telah mengucurkan …"
        if not interrupts:
            if c:  # the cue closes the clause (otherwise it interrupts it: the whole sentence)
                c = (c[0], trim_end(ctx.text, c[0], toks[i - 1].start))
        if c and c[1] - c[0] > 3:
            out.append(Candidate(type="indirect", start=c[0], end=c[1], rule="reported-post-cue", cue=cue, source=src, sentence=si))
    return out


SUBJECT_PRONOUNS = words("subject_pronouns")
HEARSAY_WORDS = words("hearsay_words")


def _inner_source(ctx: Context, k: int, hi: int) -> int | None:
    """End (exclusive) of the source right after a bare "kata"/"ujar" inside a clause: a pronoun ("kata dia")
    or a name of capitalised words ("kata Bamsoet"); None when none follows ("kata sandi" is a noun)."""
    toks = ctx.p.tokens
    if k >= hi or not toks[k].is_word:
        return None
    if toks[k].lower in SUBJECT_PRONOUNS and toks[k].lower not in ctx.lex.pronouns["first"]:
        return k + 1
    m = k
    while m < hi and m - k < 4 and toks[m].is_word and toks[m].is_cap:
        m += 1
    return m if m > k else None


def inner_cue(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """A post-posed cue inside the clause with no comma before it: "Umumnya kata dia, keramaian ini …",
    "Sampai pagi kata Bawole, pihaknya terus …", "Hal itu katanya sudah …" (the whole clause, cue phrase
    included); at the front after a connective, "Bahkan kata dia melalui … itu pernah ada …" (the clause
    after the source)."""
    toks, lex = ctx.p.tokens, ctx.lex
    out: list[Candidate] = []
    s_start = sentence_start(ctx, si)
    first = ctx.token_at(s_start)
    for i in range(max(lo, first), hi - 2):
        w = toks[i].lower
        if w not in INNER_CUES and not (w.endswith("nya") and w[:-3] in INNER_CUES):
            continue
        if i > first and not toks[i - 1].is_word:
            continue  # "…, kata X" / "“…,” kata X": the other rules' forms
        if i > first and f"{toks[i - 1].lower} {w}" in CONNECTIVES:
            continue  # "Tari ini, lebih lanjut ia mengatakan …": a connective, the verb after it is the cue
        q = ctx.in_quote(toks[i].start)
        cue = cue_at(lex, toks[i])
        if cue is None or "post" not in cue.frames or (q is not None and (cue.clitic_start is None or i == first)):
            continue  # inside a quotation only hearsay in the clause: "“… Keluarga keraton katanya belum paham …”"
        if cue.clitic_start is not None:
            src, j = (cue.clitic_start, cue.clitic_start + 3), i + 1
            if i == first or not (toks[j].lower in PREDICATE_START or looks_verbal(toks[j], lex)):
                continue  # "Hal itu katanya sudah …": a predicate follows the clitic cue
            if toks[i - 1].lower in HEARSAY_WORDS:
                continue  # "konon katanya …": hearsay, nobody speaks
        else:
            j = _inner_source(ctx, i + 1, hi)
            if j is None or j >= hi:
                continue
            src = (toks[i + 1].start, toks[j - 1].end)
            if i > first and toks[j].text != "," and not (
                    (toks[j].lower in PREDICATE_START or looks_verbal(toks[j], lex))
                    and all(t.is_cap or t.lower in lex.pronouns["third"] for t in toks[i + 1 : j])):
                # "… kata Bamsoet, adalah …": inside the clause the source is closed by a comma, or it is a name or
                # a pronoun with the predicate right after it ("Hal tersebut kata Syarif juga tidak berdasar …")
                continue
        if i == first:
            if s_start == ctx.p.sentences[si][0]:
                continue  # "Kata Chroma pada nama …" is the noun; "Kata X, …" is reported-relay's
            k = j + 1 if toks[j].text == "," else j
            if k >= hi or not toks[k].is_word:
                continue
            c = content(ctx, toks[k].start, si)
        else:
            c = content(ctx, s_start, si)
        if c and q is not None:
            c = (max(c[0], q.start), min(c[1], trim_end(ctx.text, max(c[0], q.start), q.end)))  # within the marks
            c = (c[0], c[1] - (c[1] > c[0] and ctx.text[c[1] - 1] == ","))  # "…, akhirnya terjatuh,”": not the comma
        if c and c[1] - c[0] > 3 and sum(t.is_word for t in toks[j:hi]) >= 3:
            out.append(Candidate(type="indirect", start=c[0], end=c[1], rule="reported-inner-cue", cue=cue, source=src,
                                 sentence=si))
            break
    return out


NOUN_CUE_OPENERS = words("noun_cue_openers")
NOUN_CUE_MODIFIERS = words("noun_cue_modifiers")


def _own_cue_follows(ctx: Context, k: int, hi: int) -> bool:
    """Does a cue verb of its own open the clause at token ``k`` ("Dalam keterangan tertulisnya, Ibas
    menyatakan, …", "…, seperti dikutip dari Antara, Arief mengatakan …")?  Then the noun is an adjunct."""
    toks, lex = ctx.p.tokens, ctx.lex
    for t in toks[k : min(hi, k + 8)]:
        c = cue_at(lex, t)
        speech = c is not None and ("pre" in c.frames or "post" in c.frames or "pass" in c.frames)
        if speech or t.lower in TRAIL_RELAYS or menurut_at(t):
            return True
    return False


def noun_front(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """A fronted noun that carries a statement (form ``noun`` in cues.tsv, frame ``front``), its source after
    it or as ``-nya``, then a comma and the statement: "Dari keterangannya, hingga saat ini tidak ada …",
    "Seperti ucapan Hoeness, rekrutan yang sudah dilakukan …", "Harapannya, akan lebih mudah …"."""
    toks, lex = ctx.p.tokens, ctx.lex
    k = ctx.token_at(sentence_start(ctx, si))
    opened = k < hi and toks[k].lower in NOUN_CUE_OPENERS
    k += opened
    if k + 2 >= hi or ctx.in_quote(toks[k].start):
        return []
    noun = lex.noun_cues.get(toks[k].lower)
    if noun is None or "front" not in noun.frames:
        return []
    if noun.clitic:
        if si == 0 or not any((c := cue_at(lex, t)) is not None and c.frames & {"pre", "post"}
                              for t in toks[slice(*ctx.p.sent_tokens[si - 1])]):
            return []  # "Harapannya, …" / "Pesannya, …" continue a speaker of the sentence before, or the narration
        stem_end = toks[k].end - 3
        cue = CueMatch(start=toks[k].start, end=stem_end, lemma=noun.lemma, clitic_start=stem_end, frames=noun.frames)
        src, comma = (stem_end, toks[k].end), k + 1
    else:
        cue = CueMatch(start=toks[k].start, end=toks[k].end, lemma=noun.lemma, clitic_start=None, frames=noun.frames)
        if not (opened and toks[k + 1].is_cap) and toks[k + 1].lower not in DOCUMENT_WORDS:
            return []  # "Dari keterangan yang dihimpun, …": no named source; "Ucapan Rizieq, yang …" is a subject;
            # but a document after the noun speaks without an opener ("Bunyi surat itu, semua pegawai …")
        rng = source_after(toks, k + 1, hi, lex, max_len=8)
        if rng is None:
            return []
        src, comma = char_span(toks, rng), rng[1]
    if comma >= hi or toks[comma].text != "," or _own_cue_follows(ctx, comma + 1, hi):
        return []
    c = content(ctx, toks[comma].end, si)
    if c:
        c = (c[0], cut_trailing_attribution(ctx, c[0], c[1]))
    if c and c[1] - c[0] > 3 and sum(t.is_word for t in toks[comma + 1 : hi]) >= 3:
        return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-noun-front", cue=cue, source=src,
                          sentence=si)]
    return []


def demikian_post(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """A statement closed by "demikian" and a cue with its source after it: "…, demikian laporan Xinhua",
    "…, demikian keterangan Pensosbud KBRI Maroko", "…, demikian dikatakan sumber Sky Sports", "…, demikian ujar
    kepolisian Myanmar"; after a quotation the record is the quotation ("“…,” demikian pernyataan Sihar").
    The cue is a noun of frame ``demikian`` (cues.tsv), a passive or post-posed cue, or a relay verb."""
    toks, lex = ctx.p.tokens, ctx.lex
    s_start = sentence_start(ctx, si)
    first = ctx.token_at(s_start)
    for m in range(first + 2, hi - 2):
        if toks[m].lower != "demikian" or ctx.in_quote(toks[m].start) is not None:
            continue
        n = toks[m + 1]
        noun = lex.noun_cues.get(n.lower)
        c = cue_at(lex, n)
        if noun is not None and "demikian" in noun.frames:
            cue = CueMatch(start=n.start, end=n.end, lemma=noun.lemma, clitic_start=None, frames=noun.frames)
        elif c is not None and c.clitic_start is None and (c.form == "passive_agent" or "post" in c.frames):
            cue = c
        elif n.lower in TRAIL_RELAYS:
            cue = CueMatch(start=n.start, end=n.end, lemma=n.lower, clitic_start=None, frames=frozenset({"relay"}))
        else:
            continue
        prev = toks[m - 1]
        k = m + 2
        while k < hi and k < m + 4 and toks[k].lower in NOUN_CUE_MODIFIERS:
            k += 1  # "demikian pernyataan resmi pihak Sixers": the source after the modifier
        if prev.text in ALL_MARKS and (q := ctx.in_quote(prev.start - 1)) is not None and q.close_mark == prev.start:
            # "“…,” demikian pernyataan Joko kepada CNNIndonesia.com": the quotation (made direct)
            k += k < hi and toks[k].lower in {"dari", "oleh"}
            rng = source_after(toks, k, hi, lex) if k < hi and toks[k].is_word and toks[k].lower != "yang" else None
            if q.open_mark is None or q.end - q.start < 4:
                return []
            return [Candidate(type="indirect", start=q.outer_start, end=q.outer_end, rule="reported-demikian", cue=cue,
                              source=char_span(toks, rng) if rng else None, sentence=si)]
        if prev.text != "," and not (prev.is_word and cue.frames & {"pass"}):
            continue  # "…, demikian laporan X"; without a comma only a passive: "… ditetapkan demikian dikatakan X"
        if any((c2 := cue_at(lex, t)) is not None and "post" in c2.frames for t in toks[first : m - 1]):
            return []  # the clause has its own cue: "“…,” kata X, demikian …"
        if k < hi and toks[k].lower in {"dari", "oleh"}:
            k += 1
        named = k < hi and toks[k].is_word and toks[k].lower != "yang" and toks[k].lower not in SOURCE_ADJUNCT_OPENERS
        rng = source_after(toks, k, hi, lex) if named else None  # "demikian laporan yang diterima Antara": none
        src = char_span(toks, rng) if rng else None
        end = trim_end(ctx.text, s_start, prev.start if prev.text == "," else prev.end)
        start = s_start
        q = ctx.in_quote(max(s_start, end - 2))
        if q is not None and q.close_mark is not None and q.outer_end >= end - 1:
            start, end = q.outer_start, q.outer_end  # "“…,” demikian pernyataan X": the quotation (made direct)
        elif q is not None:
            return []
        if end - start > 3:
            return [Candidate(type="indirect", start=start, end=end, rule="reported-demikian", cue=cue, source=src,
                              sentence=si)]
        return []
    return []


def _past_named_addressee(toks: list[Token], j: int, hi: int) -> int | None:
    """After "kepada <capitalised name>" with no comma, a clause that opens with a negation or an auxiliary ("kepada
    Pansus Angket KPK tidak diberi …", "kepada Reuters akan menarik …"): where that clause starts."""
    if j + 2 >= hi or toks[j].lower not in {"kepada", "pada"} or not toks[j + 1].is_cap:
        return None
    k = j + 1
    while k < hi and k - j <= 5 and toks[k].is_cap:
        k += 1
    if k < hi and (toks[k].lower in NEGATIONS or toks[k].lower in PREDICATE_START) and not toks[k].is_cap:
        return k
    return None


def _relative_aside(toks: list[Token], j: int, bahwa: int) -> bool:
    """Is the stretch from ``toks[j]`` to ``bahwa`` an adjunct with a relative clause set off by commas ("pada TMZ,
    yang kemudian dikutip Daily Mail, bahwa …")?"""
    commas = [k for k in range(j, bahwa) if toks[k].text == ","]
    return (toks[j].lower in BAHWA_ADJUNCTS and len(commas) in {1, 2} and commas[0] + 1 < bahwa
            and toks[commas[0] + 1].lower == "yang" and all(toks[k].lower != "dan" for k in range(j, bahwa)))


def _complement_start(ctx: Context, i: int, hi: int, cue: CueMatch, si: int) -> int | None:
    """Token where the complement of cue verb ``toks[i]`` starts when it is a clause, else None: past a
    ``kepada X`` adjunct before ``bahwa``, punctuation and complementisers (``mendesak PM Irak untuk …``)."""
    toks, lex = ctx.p.tokens, ctx.lex
    j = i + 1
    bahwa = next((k for k in range(j, min(hi, j + 16)) if toks[k].lower in {"bahwa", "bahwasanya"} or (
        toks[k].lower == "kalau" and toks[j].lower in {"kepada", "pada"} and k > j + 1)), None)
    # ("menyampaikan kepada parlemen pekan lalu kalau …": after the addressee, "kalau" is "that" as "bahwa" is)
    if bahwa is not None and (all(toks[k].lower not in {",", "dan"} for k in range(j, bahwa - 1)) or _relative_aside(toks, j, bahwa)) and (
        toks[j].lower in BAHWA_ADJUNCTS or bahwa == j or (toks[j].lower in STATEMENT_OBJECTS and bahwa - j <= 5 and not any(
            looks_verbal(x, lex) for x in toks[j + 1 : bahwa]))  # "menyampaikan pendapatnya bahwa …"
        or (bahwa - j <= 3 and all(toks[k].is_cap for k in range(j, bahwa)))  # told to a name: "mengonfirmasi People bahwa"
        or (bahwa == j + 1 and f"{cue.lemma} {toks[j].lower}" in CUE_IDIOMS)  # "Adib percaya diri bahwa lini belakang …"
    ):
        return bahwa + 1
    if cue.lemma in lex.cue_properties.get("complementiser_only", ()):
        # "mendorong agar …", "menampik jika …", "mengancam akan …"; nothing else (ONLY_OPENERS)
        while j + 1 < hi and j < i + 3 and toks[j].lower in CUE_ADVERBS:
            j += 1  # "mendukung kuat agar …"
        if not opens_report(lex, cue, toks[j] if j < hi else None):
            return None
        if toks[j].lower in COMPLEMENTISERS:
            return complementiser_end(ctx, j, hi, False)
        return j if cue.lemma in lex.cue_properties.get("future_complement", ()) else None
    if (after := _past_named_addressee(toks, j, hi)) is not None:
        return after  # "Niko sempat mengaku kepada Pansus Angket KPK tidak diberi kesempatan …"
    had_punct = False
    while j < hi and toks[j].lower in AGAIN_WORDS and j + 1 < hi and (toks[j + 1].text == "," or toks[j + 1].lower in COMPLEMENTISERS):
        j += 1  # "ia menerangkan lagi, …", "menyebutkan sebelumnya jika …"
    while j < hi and toks[j].text in {",", ":"}:
        j += 1
        had_punct = True
    clause = had_punct
    if j < hi and toks[j].lower in COMPLEMENTISERS:
        j = complementiser_end(ctx, j, hi, had_punct)
        clause = True
    elif "pred" in cue.frames:
        # "mendesak PM Irak untuk …": an object, then the complementiser
        comp = next((k for k in range(j, min(hi, j + 7)) if toks[k].lower in OBJECT_COMPLEMENTISERS), None)
        if comp is not None and not any(looks_verbal(x, lex) for x in toks[j:comp]):
            clause = True
    if not clause and "dir" in cue.frames and j < hi and regex.match(r"^di\p{Ll}{3,}nya$", toks[j].lower):
        return None  # "Hakim lalu meminta dipulihkannya hak terdakwa …": a nominalised passive, the thing asked for
    if not clause:
        clause = is_clause(ctx, j, hi, cue)
    if not clause and j < hi:
        # a noun phrase carrying a quotation is a (mixed) statement: "menekankan perlunya “…”"
        clause = any(qq.close_mark is not None and qq.open_mark is not None and toks[j].start <= qq.open_mark
                     for qq in ctx.quotes.within(toks[j].start, ctx.p.sentences[si][1]))
    return j if clause else None


ADDRESSEE_OPENERS = words("addressee_openers")
QUOTED_SPEAKER_NOUNS = (words("quoted_speaker_nouns") | words("person_nouns") | words("collective_nouns")
                        | words("anon_words"))


def _speaking_noun(src_words: list[str], lex) -> bool:
    """Is the phrase headed (after quantifiers) by a noun of someone who may speak: a person, a group, a title?"""
    head = next((w for w in src_words if w not in QUANTIFIERS), None)
    if head is None:
        return False
    first, last = head.split("-")[0], head.split("-")[-1]
    base = first if "-" in head and last.startswith(first) else head  # "orang-orang", "kelompok-kelompoknya"
    return base in QUOTED_SPEAKER_NOUNS or base in lex.titles


def _relative_yang(toks, i: int, lo: int) -> int | None:
    """The "yang" that puts the cue verb ``toks[i]`` in a relative clause, right before it or before one adverb
    ("dukun yang mengaku …", "Mike Nichols yang juga mengungkapkan …"); None when there is none."""
    y = i - 2 if i > lo + 1 and toks[i - 2].lower == "yang" and toks[i - 1].lower in TRAILING_ADVERBS else i - 1
    return y if y >= lo and toks[y].lower == "yang" else None


def _verb_speaks(ctx: Context, i: int, lo: int, hi: int, cue: CueMatch) -> tuple[bool, tuple[int, int] | None]:
    """Does the cue verb ``toks[i]`` report a statement of someone's (not a negated claim, a purpose, the
    speaker's own present stance inside a quotation …)?  And the source span before it."""
    toks, lex, text = ctx.p.tokens, ctx.lex, ctx.text
    first_persons = lex.pronouns["first"]
    if any(x.lower in COPULAS for x in toks[max(lo, i - 2) : i]):
        return False, None  # "… menjadi momentum mengajak masyarakat …": a nominal predicate, no speaker
    if i > lo and ((any(x.lower in NEGATIONS for x in toks[max(lo, i - 3) : i])
                    and cue.lemma not in lex.cue_properties.get("denial", ())) or toks[i - 1].lower == "untuk"):
        # negated claims ("tidak pernah meminta"), purposes ("untuk mengingatkan …"); a negated denial admits
        # ("tak membantah jika …", "tak memungkiri …")
        return False, None
    q = ctx.in_quote(toks[i].start)
    # "dukun yang mengaku bisa …", "Mike Nichols yang juga mengungkapkan …": the head noun speaks
    y = _relative_yang(toks, i, lo)
    rel = y is not None
    rng = source_before(toks, y if rel else i, lo, lex)
    # a document speaks through a relative clause too: "Pasal 173 Ayat 1 yang menjelaskan partai peserta Pemilu …"
    doc_rel = rel and names_document(text, char_span(toks, rng) if rng else None, 2)
    if rel and ((y == i - 1 and cue.lemma not in lex.cue_properties["relative"] and not doc_rel) or any(
            toks[k].lower in NEGATIONS and k + 1 < hi and toks[k + 1].lower == "ada" for k in range(lo, i))):
        return False, None  # "belum ada kelompok yang mengaku …" is a negated claim; "sirene yang meminta" no speech
    if rel and rng and rng[1] - rng[0] > 1 and toks[rng[0]].lower in RELATIVE_HEAD_PREPOSITIONS:
        rng = (rng[0] + 1, rng[1])  # "bermula dari informasi masyarakat yang menyebutkan …": the head noun speaks
    if rng and rng[1] - rng[0] == 1 and toks[rng[0]].lower in RESUMPTIVE_WORDS and rng[0] - 1 > lo \
            and toks[rng[0] - 1].lower == "yang":
        rng = source_before(toks, rng[0] - 1, lo, lex) or rng  # "dua pasangan calon yang keduanya … mengklaim"
    src = char_span(toks, rng) if rng else None
    first_word = text[src[0]:src[1]].split()[0] if src else ""
    first_person = first_word.lower() in first_persons
    earlier = "past" in cue.frames or any(x.lower in PAST_MARKERS for x in toks[max(lo, i - 2) : i])
    src_words = text[src[0] : src[1]].lower().split() if src else []
    stance = cue.lemma in lex.cue_properties["stance"]
    if "doc" in cue.frames and not names_document(text, src, 2):
        return False, src  # "menunjukkan" reports only for studies and data ("Hal ini menunjukkan" is the author)
    if stance and i + 1 < hi and toks[i + 1].lower == "untuk":
        return False, src  # "yakin untuk menolak": a resolve, not a statement
    # "“Saya hanya mengatakan kepadanya bahwa itu akan aman”": told to someone, a speech act the speaker reports
    # (not an appeal made now: "“Kami mengimbau kepada masyarakat agar …”")
    addressed = "dir" not in cue.frames and i + 1 < hi and (
        toks[i + 1].lower in ADDRESSEE_OPENERS or toks[i + 1].lower in {"kepadanya", "padanya"})
    if first_person and (q is None or not (earlier or addressed) or first_word.lower() in GENERIC_PERSONS or stance):
        return False, src  # a speaker's own stance or present statement ("kami menegaskan …"), generic "kita"
    if "inq" in cue.frames and not (q is not None and first_person):
        return False, src  # "Hal itu ia sampaikan …" is a back-reference, not a new statement
    # inside a quotation, a subject that is someone else speaking, not feeling: "“… dia [Syahrini] mengabari dan
    # mengatakan …”" ("mereka merasa nyaman" inside a quotation is the speaker's own account)
    third = src is not None and not stance and (
        src_words[0] in lex.pronouns.get("third", ()) or any(w in ctx.proper for w in text[src[0]:src[1]].split())
        or _speaking_noun(src_words, lex))  # "“Orang-orang sering mengatakan bahwa …”", "“Korban mengaku …”"
    if q is not None and not first_person and (src is None or not (
            third or text[src[0]:src[1]].split()[-1].lower() in {"itu", "tersebut"})):
        return False, src  # inside a quotation: an earlier speech act ("saya bilang, …") or a named third party's
    return True, src


def verbs(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """X mengatakan (bahwa) …, X mengaku siap …, X mendesak Y untuk …, X menilai …"""
    toks, lex, text = ctx.p.tokens, ctx.lex, ctx.text
    out: list[Candidate] = []
    for i in range(lo, hi):
        t = toks[i]
        cue = cue_at(lex, t)
        if cue is None or "pre" not in cue.frames or cue.clitic_start is not None:
            continue
        speaks, src = _verb_speaks(ctx, i, lo, hi, cue)
        if not speaks:
            continue
        rule = "reported-verb"
        j = _complement_start(ctx, i, hi, cue, si)
        if j is None and cue.lemma in lex.cue_properties.get("complementiser_only", ()):
            continue
        if j is None and predicate_after_noun_phrase(ctx, i + 1, lo, hi, cue):
            j, rule = i + 1, "reported-verb-predicate"  # "menyebut permainan timnas Malaysia sangat kasar"
        elif j is None and directive_object(ctx, (a := i + 1 + (i + 1 < hi and toks[i + 1].lower in DIRECTIVE_ADVERBS)), lo, hi, cue):
            j, rule = a, "reported-directive-object"  # "meminta operator liga bersikap tegas …", "melarang keras warga …"
        elif j is None and (k := adjunct_clause_start(ctx, i + 1, lo, hi, cue)) is not None:
            j, rule = k, "reported-verb-adjunct"  # "mengungkapkan di hari normal, kebutuhan … mencapai …"
        if j is None or j >= hi:
            continue
        if "find" in cue.frames and not any(x.lower in {"bahwa", "bahwasanya"} or x.text in {",", ":"} for x in toks[i + 1 : j]) \
                and not names_document(text, src):
            continue  # "polisi menemukan pipa diduga bom" narrates; "Penelitian menemukan …", "… menemukan bahwa …" report
        if toks[j].text in ALL_MARKS and toks[j].start in ctx.direct_opens:
            continue  # "X mengatakan, “…”" is already a direct record
        c = content(ctx, toks[j].start, si)
        if not c:
            continue
        c = (c[0], cut_trailing_attribution(ctx, c[0], c[1]))
        c = (c[0], subordinate_end(ctx, si, t.start, c[0], c[1]))
        c = (c[0], _relative_end(ctx, i, j, lo, hi, c))
        q = ctx.in_quote(t.start)
        if q is not None:
            c = (c[0], min(c[1], trim_end(text, c[0], q.end)))
        if c[1] - c[0] < 4:
            continue
        out.append(Candidate(type="indirect", start=c[0], end=c[1], rule=rule, cue=cue, source=src, sentence=si))
    return out


#: Tokens at most from a relative clause's cue to the main clause's speech verb that ends it.
RELATIVE_WINDOW = 16


def _relative_end(ctx: Context, i: int, j: int, lo: int, hi: int, c: tuple[int, int]) -> int:
    """Where the content of a cue inside a relative clause ends: before the main clause's own speech verb ("Sumber
    yang mengaku dekat dengan keluarga Gomez| mengonfirmasi People bahwa …"), which reports for itself; ``c``'s end
    otherwise."""
    toks = ctx.p.tokens
    if _relative_yang(toks, i, lo) is None:
        return c[1]
    for k in range(j + 2, min(hi, j + RELATIVE_WINDOW)):
        if toks[k].start >= c[1] or not toks[k].is_word:
            break
        cue = cue_at(ctx.lex, toks[k])
        if cue is not None and "pre" in cue.frames and cue.clitic_start is None and not toks[k].is_cap:
            return trim_end(ctx.text, c[0], toks[k].start)
    return c[1]


def next_sentence(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """"… . Hal itu diungkapkan X" — the previous sentence is the content."""
    if si == 0 or hi - lo < 2:
        return []
    toks, lex = ctx.p.tokens, ctx.lex
    i = lo
    while i < hi and i < lo + 3 and toks[i].lower in BACK_REFERENCES:
        i += 1
    if i == lo or i >= hi:
        return []  # the sentence must open with a back-reference: "Hal itu", "Pernyataan tersebut", "Demikian"
    while i < hi and i < lo + 5 and toks[i].lower in TRAILING_ADVERBS:
        i += 1  # "Hal tersebut juga dibenarkan oleh …"
    cue = cue_at(lex, toks[i]) if i < hi else None
    if cue is None or not cue.frames & {"pass", "back"}:
        return []
    k = i + 1
    while k < hi and k < i + 3 and toks[k].lower in TRAILING_ADVERBS:
        k += 1  # "Hal ini sudah disampaikan juga oleh …"
    if k < hi and toks[k].lower in {"oleh", "dari"}:
        k += 1  # "… dibenarkan oleh X", "Kabar itu diperoleh dari sumber …"
    rng = source_after(toks, k, hi, lex)
    src = char_span(toks, rng) if rng else None
    c = content(ctx, sentence_start(ctx, si - 1), si - 1)
    if c:
        return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-next-sentence", cue=cue, source=src, sentence=si)]
    return []


def headlines(ctx: Context) -> list[Candidate]:
    """``headline``: a paragraph ``Nama: isi`` (a short line, a name of up to four capitalised words)."""
    out: list[Candidate] = []
    for ps, pe in ctx.p.paragraphs:
        line = ctx.text[ps:pe]
        m = _HEADLINE_RE.match(line)
        if not m or len(line.split()) > 25 or line.rstrip().endswith((".", "?")) and len(line.split()) > 18:
            continue
        name = m.group(1)
        if name.lower() in _HEADLINE_NOT_NAMES:
            continue
        if len(name.split()) == 1 and name.lower() in _HEADLINE_TAGS:
            continue
        if name.lower() in ctx.lex.titles:
            continue  # "Pelatih: Zinedine Zidane": a field of a line-up, not a speaker
        body = _WORD_RE.findall(line, m.start(2))
        if body and all(w[0].isupper() for w in body):
            continue  # "Persipura: Yoo Jae Hoon, Ricardo Salampessy, …": a list of names, no statement
        cs = ps + m.start(2)
        out.append(Candidate(type="indirect", start=cs, end=trim_end(ctx.text, cs, pe), rule="headline",
                             source=(ps, ps + len(name)), sentence=ctx.p.sentence_of(ps)))
    return out


def passive_front(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """A fronted passive cue with its agent after it: "Disampaikan Kepala BPBD Max Tatahede, warga …",
    "Diungkapkan X bahwa …", "Terkait persyaratan itu, diakui Gagan saat ini Stadium …", "Seperti
    disampaikan X, …".  The content is the clause after the agent."""
    toks, lex = ctx.p.tokens, ctx.lex
    first = ctx.token_at(sentence_start(ctx, si))
    starts = [first]
    comma = next((m for m in range(first, min(hi, first + 15)) if toks[m].text == ","), None)
    if comma is not None:
        starts.append(comma + 1)  # after a fronted adjunct
    for k in starts:
        if k < hi and toks[k].lower in {"seperti", "sebagaimana"}:
            k += 1
        if k + 1 >= hi or ctx.in_quote(toks[k].start):
            continue
        cue = cue_at(lex, toks[k])
        if cue is None or "pass" not in cue.frames or cue.clitic_start is not None:
            continue
        a = k + 1 + (toks[k + 1].lower == "oleh")
        if a >= hi or not toks[a].is_cap:
            continue  # an agentless passive ("Dikatakan, …") names no source
        rng = source_after(toks, a, hi, lex)
        if rng is None or rng[1] >= hi:
            continue
        j = rng[1]
        while j < hi and (toks[j].text in {",", ":"} or toks[j].lower in COMPLEMENTISERS):
            j += 1
        if j >= hi or not toks[j].is_word:
            continue
        c = content(ctx, toks[j].start, si)
        if c:
            c = (c[0], cut_trailing_attribution(ctx, c[0], c[1]))
        if c and c[1] - c[0] > 3:
            return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-passive-front", cue=cue,
                              source=char_span(toks, rng), sentence=si)]
    return []


FRONT_CONNECTIVES = words("front_clitic_connectives")


def front_clitic(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """A cue opening the sentence, set off by a comma, its agent the clitic "-nya" or none: "Disampaikannya, usai
    saling komentar di Instagram, …", "Diakuinya, …", "Lanjutnya, kemudian saksi naik …", "Dikatakan, dalam
    menerapkan konvensi …" (an agentless passive: the speaker is the one the text was quoting).  The content is
    the clause after the comma (3 words at least)."""
    toks, lex = ctx.p.tokens, ctx.lex
    k = ctx.token_at(sentence_start(ctx, si))
    if k + 4 >= hi or toks[k + 1].text != "," or ctx.in_quote(toks[k].start) is not None:
        return []
    w = toks[k].lower
    cue = cue_at(lex, toks[k])
    if cue is not None and cue.clitic_start is not None and "post" in cue.frames:
        src = (cue.clitic_start, toks[k].end)  # "Lanjutnya, …", "Tambahnya, …"
    elif cue is not None and cue.clitic_start is None and "pass" in cue.frames and cue.form == "passive_agent":
        src = None  # "Dikatakan, …": no agent named
    elif w.startswith("di") and w.endswith("nya") and (c := cue_at(lex, Token(0, 0, w[:-3]))) is not None \
            and "pass" in c.frames and c.clitic_start is None:
        stem_end = toks[k].end - 3  # "Disampaikannya, …", "Diakuinya, …"
        cue = CueMatch(start=toks[k].start, end=stem_end, lemma=c.lemma, clitic_start=stem_end, frames=c.frames)
        src = (stem_end, toks[k].end)
    else:
        return []
    j = ctx.next_word(k + 2, hi)
    if j + 1 < hi and toks[j].lower in FRONT_CONNECTIVES and toks[j + 1].is_word:
        j += 1  # "Lanjutnya, kemudian saksi naik …": the connective links the narration, the clause follows
    if j >= hi or sum(t.is_word for t in toks[j:hi]) < 3 or _own_cue_follows(ctx, j, hi):
        return []
    c = content(ctx, toks[j].start, si)
    if c:
        c = (c[0], cut_trailing_attribution(ctx, c[0], c[1]))
    if c and c[1] - c[0] > 3:
        return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-front-clitic", cue=cue, source=src,
                          sentence=si)]
    return []


DOCUMENT_LOCATIVES = words("document_locatives")
DOCUMENT_PLACE_PRONOUNS = words("document_place_pronouns")
DOCUMENT_WORDS = words("doc_words")
#: Tokens at most in the document phrase before its passive cue ("Dalam pasal 7 ayat 2 huruf b beleid tersebut …").
DOCUMENT_WINDOW = 14


def document_passive(ctx: Context, si: int, lo: int, hi: int) -> list[Candidate]:
    """``reported-document-passive``: a sentence that opens on a document and an agentless passive cue ("Dalam
    Pasal 5 ayat (2) disebutkan, setiap warga …", "Dalam surat tersebut disebutkan bahwa …", "Di sana disebutkan
    bahwa …"): the document is the source.  The phrase is headed by a document word (doc_words.tsv) or a pronoun of
    place, holds no verb or comma, and no agent follows the cue ("Dalam kesempatan itu disampaikan Kapolres …" is
    the passive-front rule's)."""
    toks, lex = ctx.p.tokens, ctx.lex
    first = ctx.token_at(sentence_start(ctx, si))
    if first + 2 >= hi or toks[first].lower not in DOCUMENT_LOCATIVES:
        return []
    head = next((t.lower for t in toks[first + 1 : hi] if t.lower not in QUANTIFIERS), "")
    if head not in DOCUMENT_WORDS and head not in DOCUMENT_PLACE_PRONOUNS:
        return []
    for k in range(first + 2, min(hi - 1, first + 2 + DOCUMENT_WINDOW)):
        cue = cue_at(lex, toks[k])
        if cue is not None and "pass" in cue.frames and cue.clitic_start is None:
            break
        if (not toks[k].is_word and toks[k].text not in "()/.-") or looks_verbal(toks[k], lex):
            return []
    else:
        return []
    j = k + 1
    had_punct = j < hi and toks[j].text in {",", ":"}
    j += had_punct
    if j >= hi or toks[j].is_cap and not had_punct or toks[j].lower == "oleh":
        return []  # an agent after the cue
    if toks[j].lower in COMPLEMENTISERS:
        j = complementiser_end(ctx, j, hi, had_punct)
    c = content(ctx, toks[j].start, si) if j < hi else None
    if not c or c[1] - c[0] <= 3:
        return []
    return [Candidate(type="indirect", start=c[0], end=c[1], rule="reported-document-passive", cue=cue,
                      source=(toks[first + 1].start, toks[k - 1].end), sentence=si)]


#: The reported-speech rules, in the order they run over each sentence.
SENTENCE_RULES = {
    "reported-menurut": menurut,
    "reported-relay": relay,
    "reported-passive-clitic": passive_clitic,
    "reported-interrupting-verb": interrupting_verb,
    "reported-post-cue": post_cue,
    "reported-verb": verbs,
    "reported-next-sentence": next_sentence,
    "reported-passive-front": passive_front,
    "reported-document-passive": document_passive,
    "reported-inner-cue": inner_cue,
    "reported-noun-front": noun_front,
    "reported-demikian": demikian_post,
    "reported-front-clitic": front_clitic,
}


def reported(ctx: Context, disabled: frozenset[str] = frozenset()) -> list[Candidate]:
    """Candidates of every reported-speech rule, sentence by sentence (rules in :data:`SENTENCE_RULES`
    order), then the headlines.  ``disabled`` names rules (or record rules) to leave out."""
    out: list[Candidate] = []
    for si, hit in enumerate(triggers(ctx)):
        if not hit or is_reading_tip(ctx.p, si):
            continue  # "(Baca: Wah, Polisi Memprediksi, …)": another article's headline reports nothing here
        lo, hi = ctx.p.sent_tokens[si]
        for name, rule in SENTENCE_RULES.items():
            if name not in disabled:
                out.extend(c for c in rule(ctx, si, lo, hi) if c.rule not in disabled)
    if "headline" not in disabled:
        out.extend(headlines(ctx))
    return inner_owns(ctx, settle(ctx, out))
