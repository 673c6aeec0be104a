"""A second look at a cue verb's complement that :func:`.clauses.is_clause` reads as a bare noun phrase.

``reported-verb-predicate``: the noun phrase goes on to a predicate of its own within the clause, so it is the
subject of a reported clause, not the object of the verb: "Alfred Riedl menyebut permainan timnas Malaysia
sangat kasar …", "Apkomindo menyatakan total transaksi yang tercapai pada 2015 adalah …", "jaksa menyebut
kasus dugaan penistaan agama oleh Ahok tak lepas dari …".  A noun phrase alone ("menyampaikan apresiasi
kepada pihak yang telah membantu") stays none: a predicate word right after ``yang`` belongs to a relative
clause, a verb before any ``yang`` makes the phrase a nominal ("upaya menyingkirkan longsoran …"), and after
a head noun of ``np_heads.tsv`` only a copula counts ("mempertanyakan alasan polisi tidak menangkap …").
The window is bounded (:data:`WINDOW` tokens, up to the first comma).
"""

from __future__ import annotations

import regex

from ..lexicon import words
from .context import Context
from .clauses import CUE_IDIOMS, NP_SUBORDINATORS  # "saat", "setelah" …: a clause of circumstance, the narration's
from .cues import CueMatch, cue_at
from .sources import looks_verbal

NP_PREDICATES = words("np_predicates")
COPULAS = words("copulas")
PREPOSITIONS = words("prepositions")
TIME_WORDS = words("time_words")
RELATIVE_TIME_WORDS = words("relative_time_words")
# the phrase ends here without a predicate: "menyesalkan pembubaran komisi karena bisa …", "membantah
# anggapan X bahwa …", "mengungkapkan tekadnya untuk segera …", "menyesalkan ancaman Korut dan menyatakan …"
STOPS = (words("np_phrase_stops") | words("complementisers") | words("coordinating_conjunctions")
         | words("clause_enders"))
DIRECTIVE_MARKERS = words("directive_markers")
NP_COORDINATORS = words("np_coordinators")  # join two noun phrases as well as two clauses
DEMONSTRATIVES = words("demonstratives")
# before the cue: a conditional or causal clause of the narration ("Jika masyarakat percaya …")
FRONT_STOPS = words("np_phrase_stops")
WINDOW = 14
REQUESTED_THINGS = words("requested_things")
NEGATIONS = words("negations")
# after a verb inside the phrase (a nominal: "upaya menyingkirkan …") only these make it a clause's subject
CLAUSE_MARKERS = words("clause_markers")
# after a coordinator these open a second clause or end the phrase, never a second noun phrase of the subject
NOT_SECOND_NOUN = STOPS | NP_PREDICATES | CLAUSE_MARKERS
# a nominalisation heads a thing asked for, not an addressee ("mendesak penyelesaian kasus …")
_NOMINAL_RE = regex.compile(r"^(pe|per|ke)\p{Ll}{3,}an(nya)?$")
OBJECT_WINDOW = 8
# adverbials that may follow a noun phrase closed by its demonstrative without opening its predicate
ADVERBIAL_AFTER_NP = words("adverbials_after_np")
ASIDE_WINDOW = 8  # tokens of a bracketed aside inside a complement's noun phrase, brackets included


def _second_noun(ctx: Context, k: int, hi: int) -> bool:
    """Does the coordinator ``toks[k]`` ("dan", "serta", "atau") join a second noun phrase: a word follows it that
    is no verb and opens no clause (NOT_SECOND_NOUN)?"""
    toks = ctx.p.tokens
    return (toks[k].lower in NP_COORDINATORS and k + 1 < hi and toks[k + 1].is_word
            and not looks_verbal(toks[k + 1], ctx.lex) and toks[k + 1].lower not in NOT_SECOND_NOUN)


def _after_aside(toks, k: int, end: int) -> int:
    """The token after the bracketed aside that opens at ``toks[k]`` ("Mahkamah Konstitusi (MK) …"), or past
    ``end`` when it does not close before it."""
    return next((x for x in range(k + 1, end) if toks[x].text == ")"), end) + 1


def _time_adjunct_then_predicate(ctx: Context, k: int, hi: int) -> bool:
    """Is the comma at ``k`` the start of a time adjunct set off by commas ("…, beberapa waktu lalu, …", "…, Senin
    (1/1), …") after which the predicate opens with a modal, an aspect word or a negation?"""
    toks = ctx.p.tokens
    close = next((m for m in range(k + 1, min(hi, k + 8)) if toks[m].text == ","), None)
    if close is None or close + 1 >= hi or close - k < 2:
        return False
    inner = toks[k + 1 : close]
    return (any(t.lower in TIME_WORDS or t.lower in RELATIVE_TIME_WORDS for t in inner)
            and all(t.is_word or t.text in "()/" for t in inner) and toks[close + 1].lower in CLAUSE_MARKERS)


def predicate_after_noun_phrase(ctx: Context, j: int, lo: int, hi: int, cue: CueMatch) -> bool:
    """Does the complement starting at token ``j`` (read as a noun phrase) of the cue verb ``toks[j - 1]`` in
    the sentence ``lo:hi`` reach a predicate of its own?"""
    toks, lex = ctx.p.tokens, ctx.lex
    if cue.lemma in lex.cue_properties.get("continuation", ()):
        return False  # "KPK berhasil melanjutkan sampai ke tingkat penuntutan …" continues an action
    if j < hi and f"{cue.lemma} {toks[j].lower}" in CUE_IDIOMS:
        return False  # "memastikan diri lolos ke final": an idiom of the narration, no statement
    for t in toks[max(lo, j - 9) : j - 1]:
        if t.lower in FRONT_STOPS:
            return False  # "Jika masyarakat percaya daya beli lesu …": a hypothesis, a cause, not a report
        c = cue_at(lex, t)
        if c is not None and "dir" in c.frames:
            return False  # "meminta negara-negara … memastikan kode etik … bakal …": the cue is inside a request
    if j >= hi or not toks[j].is_word or toks[j].lower in NP_PREDICATES | PREPOSITIONS | STOPS:
        # a predicate word first is the first test's business; "khawatir pada …", "entah ia menyadari atau
        # tidak, …" are no clause
        return False
    if j - 2 >= 0 and toks[j - 2].lower == "yang" and not any(t.lower == "ada" for t in toks[max(0, j - 5) : j - 2]):
        # "media yang mengaku sebagai media jurnalistik harus …": the predicate is the head noun's; but "ada
        # (ahli) yang menyebut 70 persen data … telah dicuri" reports what someone says
        return False
    seen_yang, nominal, coordinated, yang_at = False, False, False, j
    # "mempertanyakan alasan polisi tidak menangkap …": after a head noun such as "alasan" the predicate is
    # the noun's own complement; only a copula makes it a clause ("menduga alasannya adalah …")
    # "menyebut siapa pun dapat memberikan masukan": "siapa pun" (anyone) is a subject, not a question word
    # a verb that takes no noun phrase ("mengatakan", no "np" frame) reports whatever predicate follows the head
    # noun: "mengatakan harapannya ke depan tidak ada lagi isu SARA …", "mengatakan keputusan itu tidak dibuat …"
    head = (toks[j].lower in lex.np_heads_own and not (j + 1 < hi and toks[j + 1].lower == "pun")
            and "np" in cue.frames)
    end, k, listed = min(hi, j + WINDOW), j, False
    while k + 1 < end:
        k += 1
        t = toks[k]
        if t.text == "(" and "dir" not in cue.frames and (close := _after_aside(toks, k, min(hi, k + ASIDE_WINDOW))) <= min(hi, k + ASIDE_WINDOW):
            # "keberadaan Komnas HAM dan Komisi Pemberantasan Korupsi (KPK) sudah tidak diperlukan": an acronym or an
            # aside in brackets inside the phrase; the window grows by its length (bounded; a directive's addressee
            # is read by reported-directive-object)
            end, k = min(hi, end + close - k), close - 1
            continue
        if not t.is_word and t.text == "," and not seen_yang and _list_comma(ctx, k, hi, listed):
            # "menyebut guru PPKn, kesenian, dan agama masih …"; bounded: a list never makes the window unbounded
            end, listed = min(hi, end + LIST_EXTRA, j + WINDOW + 4 * LIST_EXTRA), True
            continue
        if not t.is_word:
            if t.text == "," and "dir" not in cue.frames and _time_adjunct_then_predicate(ctx, k, hi):
                return True  # "… yang ditolak masuk ke Amerika Serikat, beberapa waktu lalu, sudah selesai"
            # a comma, a colon, a quotation mark: the phrase ends without a predicate; but a comma that closes a long
            # subject before its modal or negation opens the predicate ("layanan e-commerce pada umumnya dan
            # aCommerce pada khususnya, harus sudah bisa mencermati …")
            return (t.text == "," and k - j >= 3 and not seen_yang and k + 1 < hi and toks[k + 1].lower in CLAUSE_MARKERS
                    and "dir" not in cue.frames)
        w = t.lower
        if _second_noun(ctx, k, hi):
            # two noun phrases joined: "layanan e-commerce pada umumnya dan aCommerce pada khususnya, harus …"; after
            # it a passive verb may be a second clause's ("melaporkan kejadian itu … dan kasus ini diteruskan ke …")
            coordinated = True
            continue
        if w in STOPS:
            return False
        if w == "yang":
            end, seen_yang, yang_at = end if seen_yang else min(hi, max(end, k + RELATIVE_WINDOW)), True, k
            continue
        prev = toks[k - 1]
        if seen_yang and not head and "dir" not in cue.frames and _marker_after_relative(ctx, yang_at, k):
            return True  # "menyebut aksi persekusi yang belakangan marak tak bisa lepas dari …"
        # after a relative clause only a copula, or a predicate after the clause's closing demonstrative or
        # name, is the phrase's own: "harga tiket yang dikeluhkan … itu belum pasti"; "banyak pemain yang
        # benar-benar sangat mencintai …" is a relative clause still
        closed = not seen_yang or w in COPULAS or prev.lower in DEMONSTRATIVES or prev.is_cap or (
            toks[k - 2].lower == "yang" and prev.lower.startswith("di") and looks_verbal(prev, lex))
        # (a one-word passive relative: "setelan motor M1 yang digunakan sudah tepat")
        if nominal and (w not in CLAUSE_MARKERS or prev.lower in PREPOSITIONS):
            continue  # (a non-word has ended the phrase above)
        if w in NP_PREDICATES and closed and prev.lower != "yang" and prev.lower not in PREPOSITIONS | NP_SUBORDINATORS and (
                not head or w in COPULAS):  # "statusnya sebagai pemain … dengan sudah mengemas" is an adjunct
            # a directive verb's object takes only a marker of a directive ("meminta X segera …")
            return "dir" not in cue.frames or w in DIRECTIVE_MARKERS
        if (prev.lower in DEMONSTRATIVES and not seen_yang and not nominal and k - j >= 2
                and ("np" not in cue.frames or (not w.startswith("me") and "dir" not in cue.frames and not head
                                                and not coordinated))
                and t.is_word and not t.is_cap and w.isalpha() and w not in PREPOSITIONS | STOPS | NP_SUBORDINATORS
                | TIME_WORDS | RELATIVE_TIME_WORDS | ADVERBIAL_AFTER_NP and not w.startswith(("se", "ke"))):
            # a verb that takes no noun phrase ("mengatakan", "menilai"): after a phrase closed by its demonstrative
            # the next word opens the predicate ("mengatakan rencana itu batal", "menilai keputusan tersebut tepat")
            return True
        dem_closed = seen_yang and (prev.lower in DEMONSTRATIVES or (
            prev.lower == "pun" and toks[k - 2].lower in DEMONSTRATIVES))  # "keputusan yang … itu pun dilakukan …"
        if (not head and (not seen_yang or dem_closed) and not coordinated and k >= j + 2 and w.startswith("di")
                and not w.endswith("nya") and looks_verbal(t, lex)
                and toks[k - 1].lower not in PREPOSITIONS):
            if toks[k - 1].lower in NP_SUBORDINATORS:
                return False  # "membenarkan kabar itu saat dihubungi …": the speech's circumstance, no predicate
            return "dir" not in cue.frames  # a passive predicate: "menyebutkan rencana peluncuran … ditujukan untuk …"
        if looks_verbal(t, lex) and not seen_yang and not nominal:
            # "upaya menyingkirkan longsoran …": a verb inside the phrase makes it a nominal, unless a negation or
            # a tense or modal word comes after it, which only a clause's predicate takes ("upaya menyingkirkan
            # longsoran … tidak maksimal", "keputusan memensiunkan nomor punggung 1 … tidak akan menyalahi …")
            nominal = True
    return False


RELATIVE_WINDOW = 10  # tokens from a relative clause's "yang" that the window reaches at least (room for a predicate)


def _marker_after_relative(ctx: Context, yang: int, k: int) -> bool:
    """Is ``toks[k]`` a negation, a modal or an aspect word after a relative clause of two words or more, which opens
    the noun phrase's own predicate ("aksi persekusi yang belakangan marak tak bisa lepas dari …")?  Not within a
    shorter relative clause ("warga yang rumahnya tidak layak": the clause's own), nor after one that holds a cue verb
    or a subordinator, whose own complement it may be ("eksepsi … yang menilai surat dakwaan itu cacat prosedur
    lantaran tidak disusun …")."""
    toks = ctx.p.tokens
    prev = toks[k - 1]
    if toks[k].lower not in CLAUSE_MARKERS or k - yang < 3 or not prev.is_word or prev.lower in CLAUSE_MARKERS \
            or prev.lower in PREPOSITIONS:
        return False
    return not any(t.lower in NP_SUBORDINATORS or t.lower in STOPS or cue_at(ctx.lex, t) is not None
                   for t in toks[yang + 1 : k])


LIST_EXTRA = 4  # tokens the window grows by at each comma of a list inside the phrase
LIST_ITEM = 3  # words at most in one item of such a list


def _list_comma(ctx: Context, k: int, hi: int, listed: bool) -> bool:
    """Is the comma ``toks[k]`` one of a list of nouns ("guru PPKn, kesenian, dan agama", "beras, bawang merah,
    cabai, dan daging"): items of at most :data:`LIST_ITEM` words with no verb, predicate or marker in them,
    up to a coordinator and the last item?  A coordinator right after the comma continues a list only when
    ``listed`` (a list comma came before): "kedatangan pemain itu, dan mantan pemain timnas Ghana itu akan …"
    joins two clauses."""
    toks, lex = ctx.p.tokens, ctx.lex
    n = 0
    for m in range(k + 1, min(hi, k + 3 * (LIST_ITEM + 1))):
        t = toks[m]
        if t.text == ",":
            if n == 0:
                return False
            n, listed = 0, True  # a second comma of the list
            continue
        if not t.is_word:
            return False
        if t.lower in NP_COORDINATORS:
            return n > 0 or (listed and _second_noun(ctx, m, hi))
        if looks_verbal(t, lex) or t.lower in NOT_SECOND_NOUN or t.lower in PREPOSITIONS or t.lower == "yang":
            return False
        n += 1
        if n > LIST_ITEM:
            return False
    return False


def directive_object(ctx: Context, j: int, lo: int, hi: int, cue: CueMatch) -> bool:
    """``reported-directive-object``: a directive verb (property ``object_verb`` in cues.tsv) whose object, the
    addressee, goes on to the verb of the request ("Ia juga meminta operator liga bersikap tegas …", "Nazaruddin
    meminta semua pihak mengikuti aturan …", "Fredrich … menyarankan Setnov tak memenuhi panggilan …").  The
    object is up to :data:`OBJECT_WINDOW` words with no verb, comma or ``yang`` in it, not a thing asked for
    ("meminta maaf", "meminta izin Presiden …"; requested_things.tsv) nor a nominalisation; the verb follows
    it directly, or after a negation or directive marker (after a one-word name only so: "meminta Kamal memijat
    punggungnya" narrates an action)."""
    toks, lex = ctx.p.tokens, ctx.lex
    if "dir" not in cue.frames or cue.lemma not in lex.cue_properties.get("object_verb", ()):
        return False
    if j >= hi or not toks[j].is_word:
        return False
    if toks[j].lower == "kepada" and j + 1 < hi and toks[j + 1].is_word:
        j += 1  # "meminta kepada pemerintah daerah … mempercepat …": the addressee after "kepada"
    first = toks[j].lower
    if (first in PREPOSITIONS or first in STOPS or first in NP_PREDICATES or first in REQUESTED_THINGS
            or first in lex.pronouns["first"] or (_NOMINAL_RE.match(first) and not toks[j].is_cap)
            or looks_verbal(toks[j], lex)):
        return False  # (a capitalised nominal heads an institution's name: "meminta Pengadilan Negeri … menunda …")
    k, end = j + 1, min(hi, j + OBJECT_WINDOW + 1)
    starts = [j]  # where each joined addressee starts
    while k < end:
        t = toks[k]
        w = t.lower
        if t.text == "(":  # "mendesak Mahkamah Konstitusi (MK) segera memutuskan …": an aside in the addressee
            nk = _after_aside(toks, k, min(hi, end + 6))
            end = min(hi, end + min(6, nk - k))  # the aside does not count against the window (bounded)
            k = nk
            continue
        if _second_noun(ctx, k, hi) and toks[k + 1].lower not in PREPOSITIONS:
            k += 2  # two addressees joined: "meminta Menteri ESDM dan Menteri BUMN mendorong PLN …"
            starts.append(k - 1)
            continue
        if w == "di" and k + 1 < hi and toks[k + 1].is_cap and k > j:
            k += 1  # "meminta kru di Pamengpeuk mengulang …": where the addressee is, a place name
            while k < hi and toks[k].is_cap:
                k += 1
            continue
        if not t.is_word or w == "yang" or w in STOPS or w in PREPOSITIONS:
            return False
        if w in REQUESTED_THINGS:
            return False
        if w in NEGATIONS or w in DIRECTIVE_MARKERS:
            nxt = toks[k + 1] if k + 1 < hi else None
            # a negation takes an adjective too: "Kusworo mengimbau masyarakat tidak panik dan segera melaporkan …"
            return nxt is not None and nxt.is_word and (looks_verbal(nxt, lex) or nxt.lower in NP_PREDICATES
                                                        or (w in NEGATIONS and not nxt.is_cap))
        if looks_verbal(t, lex):
            # "meminta operator liga bersikap tegas": an active (or passive) verb right after the addressee; a
            # one-word name and a bare verb narrates an action ("Endang justru meminta Kamal memijat punggungnya";
            # tests/test_extract.py), with a negation or marker it is a request ("menyarankan Setnov tak memenuhi …")
            if all(toks[a].is_cap and b - a == 2 and not _state_or_body(toks[a].text, lex)
                   for a, b in zip(starts, starts[1:] + [k + 1])):
                return False  # one-word names only: "meminta Kamal (dan Budi) memijat punggungnya"; a country or
                # a body asked to act is a request ("Bangladesh meminta Myanmar memulangkan para pengungsi")
            return not (w.startswith("di") and w.endswith("nya"))
        k += 1
    return False


def _state_or_body(word: str, lex) -> bool:
    """Is the one-word name ``word`` a country, a place or an organisation (name_types.tsv, the place lexicon, an
    acronym in capitals), not a person?"""
    return lex.name_types.get(word) in {"LOC", "ORG"} or word.lower() in lex.places or (word.isupper() and len(word) >= 2)


CLAUSE_TIME_ADJUNCTS = tuple(tuple(p.split()) for p in sorted(words("clause_time_adjuncts"), key=lambda p: -len(p.split())))
CLAUSE_ADJUNCT_OPENERS = words("clause_adjunct_openers")
SPEECH_CIRCUMSTANCES = words("speech_circumstances")
SUBJECT_WORDS = words("subject_words")
PREDICATE_START = words("predicate_starters")
ADJUNCT_WINDOW = 10  # words of a fronted adjunct before its comma ("melalui aksi nasional pemberantasan obat ilegal dan …,")
# a subordinate or joined clause after the comma is no reported clause of its own ("…, sehingga Abdul berharap …",
# "melaporkan pada Rabu, saat ia mewujudkan …")
CLAUSE_LINKS = words("connective_words") | words("result_enders")


def _clause_at(ctx: Context, k: int, lo: int, hi: int, cue: CueMatch, subject: bool = True) -> bool:
    """Does a clause start at token ``k``: a subject and its predicate, or (``subject`` False) also a predicate
    of an omitted subject ("mengatakan kepada wartawan, akan segera …")?"""
    toks, lex = ctx.p.tokens, ctx.lex
    if k >= hi or not toks[k].is_word:
        return False
    t = toks[k]
    if t.lower in PREDICATE_START or t.lower in NP_PREDICATES or t.lower in NEGATIONS:
        return not subject
    if (not (t.is_cap or t.lower in SUBJECT_WORDS or not looks_verbal(t, lex)) or t.lower in PREPOSITIONS | STOPS
            or t.lower in CLAUSE_LINKS or t.lower == "yang"):
        return False  # ("mengatakan pada TMZ, yang kemudian dikutip …": a relative clause of the adjunct, no clause)
    m, end = k + 1, min(hi, k + WINDOW)
    while m < end:
        w = toks[m]
        if w.text == "(":  # "Panitia Pelaksana … Azerbaijan (AISGOC) belum memberitahukan …": an aside in the phrase
            m = _after_aside(toks, m, end)
            continue
        m += 1
        if not w.is_word or w.lower in STOPS or w.lower == "yang":
            return False
        if w.lower in NP_PREDICATES or (looks_verbal(w, lex) and toks[m - 2].lower not in PREPOSITIONS):
            return True
    return False


def adjunct_clause_start(ctx: Context, j: int, lo: int, hi: int, cue: CueMatch) -> int | None:
    """``reported-verb-adjunct``: the complement of a cue verb opens with an adjunct, then the clause.  With a
    comma, an adjunct of up to :data:`ADJUNCT_WINDOW` words (opened by clause_adjunct_openers.tsv): the content
    starts at the adjunct when it belongs to the clause ("mengungkapkan di hari normal, kebutuhan minyak goreng
    mencapai …"), after it when it is the circumstance of the speech ("mengatakan kepada wartawan, …",
    "mengatakan di Jakarta, Senin (1/1), …"; speech_circumstances.tsv).  Without a comma only a time phrase
    (clause_time_adjuncts.tsv: "mengungkapkan saat ini Spiral Ventures mulai serius …").  Returns the token the
    content starts at, or None."""
    toks, lex = ctx.p.tokens, ctx.lex
    if j >= hi or not toks[j].is_word or "dir" in cue.frames:
        return None  # a directive's complement is a request ("mengajak pada kebaikan", "kebutuhan mendesak saat ini")
    low = [t.lower for t in toks[j : min(hi, j + 4)]]
    for phrase in CLAUSE_TIME_ADJUNCTS:
        n = len(phrase)
        if tuple(low[:n]) == phrase and j + n < hi and toks[j + n].is_word:
            return j if _clause_at(ctx, j + n, lo, hi, cue) else None
    if toks[j].lower not in CLAUSE_ADJUNCT_OPENERS:
        return None
    comma = next((m for m in range(j + 1, min(hi, j + ADJUNCT_WINDOW + 1)) if not toks[m].is_word), None)
    if comma is None or toks[comma].text != ",":
        return None
    adjunct = toks[j:comma]
    # "di Jakarta", "pada Reuters" (not "pada Oktober 2016": a date of the clause's own)
    circumstance = any(t.lower in SPEECH_CIRCUMSTANCES for t in adjunct) or (
        adjunct[0].lower in {"di", "pada"} and len(adjunct) > 1 and adjunct[1].is_cap
        and adjunct[1].lower not in TIME_WORDS)
    if any(t.lower in PREDICATE_START or t.lower in NP_PREDICATES for t in adjunct):
        return None  # "mengabarkan kepada ibunya akan pulang ke Bandung hari ini, …": the clause is inside
    if not circumstance and any(looks_verbal(t, lex) for t in adjunct[1:]):
        return None  # "mengatakan sebelum berangkat ke …, " is the speech's time too; a verb: not a plain adjunct
    r = comma + 1
    # a date or a time after the place: "di Jakarta, Senin (1/1), …"
    for _ in range(2):
        nxt = next((m for m in range(r, min(hi, r + 9)) if toks[m].text == ","), None)
        if nxt is None or r >= hi or toks[r].lower not in SPEECH_CIRCUMSTANCES | TIME_WORDS:
            break
        r, circumstance = nxt + 1, True
    if not _clause_at(ctx, r, lo, hi, cue, subject=not circumstance):
        return None
    return r if circumstance else j
