"""Records: each candidate with its speaker, the outlets that relayed it, and its offsets as spans.

Outlets are read in the sentence of the cue (a post-posed frame may run past it); a statement that directly
continues the one before (same speaker, attributed by ``-nya``, a pronoun or nothing, within two sentences)
inherits that one's outlets; an outlet that is itself the speaker is listed too (once: ``Melansir Independent``
with the speaker ``The Independent``), and so is a medium that the speaker's mention names by its kind or its
words (``Kantor berita Korea Utara KCNA menyatakan …``, ``Menurut situs Transfer Market Web``, ``Menurut Daily
Star``, outlets.mention_outlet). The second part of an interrupted quotation (``"A," kata KCNA. "B."``) has the
first part's cue and takes its outlets. A report inside a quotation (``"… Saya juga pernah bilang, …," kata Martin
seperti diberitakan VOAIndonesia``) takes only outlets named inside the quotation, inherits none, and leaves the
chain of the quotation's speaker unbroken. A statement attributed by a pronoun or ``-nya`` with no outlet of its
own takes those of the sentence before it when that sentence holds no statement (``Kepada Goal Indonesia, Aji
mengungkapkan alasannya merekrut Dwi. Meski dia juga mengakui …``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from sys import maxsize as len_max

from .detect.candidates import Candidate
from .detect.context import Context
from .lexicon import words
from .model import Attribution, Span
from .outlets import mention_outlet, outlets_in
from .speakers import Speaker

_CONTINUING_MENTIONS = words("continuing_mentions")


def reading_order(ctx: Context, cands: Sequence[Candidate]) -> list[Candidate]:
    """Candidates in the order a reader meets their cues; a first- or third-person report inside a quotation
    comes after the quotation that holds it (its speaker is the quotation's, or someone the quotation's
    speaker talks about)."""
    def key(d: Candidate) -> tuple[int, int]:
        q = ctx.first_person_in_quote(d.source) or ctx.third_person_in_quote(d.source)
        if q is not None:
            return (q.outer_end + 10_000, d.start)
        return (d.cue.start if d.cue else d.start, d.start)

    return sorted(cands, key=key)


def _next_to(p, prev: Candidate, d: Candidate) -> bool:
    """Does ``d`` directly continue ``prev``: no sentence between the end of ``prev`` (its content or its cue,
    whichever comes later) and the start of ``d``?"""
    prev_end = max(prev.end, prev.cue.end if prev.cue else 0)
    start = min(d.start, d.cue.start if d.cue else d.start)
    return 0 <= p.sentence_of(start) - p.sentence_of(max(prev_end - 1, 0)) <= 1


def _same_outlet(name: str, outlets: list[str], lex) -> bool:
    """Is ``name`` one of ``outlets`` as written, by its canonical name, or as the tail of one ("Fortune" of
    "Majalah Fortune")?"""
    low = name.lower()
    return any(o.lower() == low or o.lower().endswith(" " + low) or low.endswith(" " + o.lower())
               or (lex.outlets.get(o) is not None and lex.outlets.get(o) == lex.outlets.get(name)) for o in outlets)


def _inside(person: str, name: str) -> bool:
    """Is ``person`` the last words of ``name`` and shorter ("Harry Sampurno" of "Fajar Harry Sampurno")?"""
    p, n = person.split(), name.split()
    return len(p) < len(n) and n[-len(p):] == p


def _holder(quoted: list[tuple[int, int]], d: Candidate) -> tuple[int, int] | None:
    """The quotation (the content of a direct record, ``quoted`` sorted by start) that holds the cue of ``d``, a
    report inside it ("Saya juga pernah bilang, …"), or None."""
    if d.cue is None:
        return None
    i = bisect_right(quoted, (d.cue.start, len_max)) - 1
    while i >= 0 and quoted[i][0] >= d.start and quoted[i][1] <= d.end:
        i -= 1  # d's own content (or one inside it)
    if i >= 0 and quoted[i][0] <= d.cue.start < quoted[i][1] and quoted[i][0] <= d.start and d.end <= quoted[i][1]:
        return quoted[i]
    return None


def _main_cue_before(ordered: Sequence[Candidate], k: int, end: int, text: str) -> int:
    """Where the relays of ``ordered[k]`` end: ``end`` (its sentence's), or, for a report in the subject's relative
    clause ("Sumber yang mengaku dekat dengan keluarga Gomez mengonfirmasi People bahwa …"), the main clause's cue after
    it, whose relay that is (looked for among the records near it in reading order)."""
    d = ordered[k]
    if d.cue is None or not text[max(0, d.cue.start - 5) : d.cue.start].rstrip().endswith("yang"):
        return end
    near = ordered[max(0, k - 8) : k + 8]
    return min((o.cue.start for o in near if o is not d and o.cue is not None and d.end <= o.cue.start < end), default=end)


def records(ctx: Context, ordered: Sequence[Candidate], speakers: Sequence[Speaker]) -> list[Attribution]:
    p, text = ctx.p, ctx.text
    cache: dict[tuple[int, int], list[str]] = {}  # several records share a sentence

    def found(s: int, e: int) -> list[str]:
        hit = cache.get((s, e))
        if hit is None:
            hit = cache[(s, e)] = outlets_in(text, s, e, ctx.lex)
        return list(hit)

    quoted = sorted((d.start, d.end) for d in ordered if d.type == "direct")
    taken = set()  # sentences that hold a statement or its cue
    for d in ordered:
        taken.update(range(p.sentence_of(min(d.start, d.cue.start if d.cue else d.start)),
                           p.sentence_of(max(d.end - 1, d.cue.end - 1 if d.cue else 0)) + 1))
    out: list[Attribution] = []
    prev: tuple[Candidate, str | None, list[str]] | None = None
    by_cue: dict[tuple[int, int], list[str]] = {}  # the outlets of the first record of each cue
    for k, (d, spk) in enumerate(zip(ordered, speakers)):
        mention = text[d.source[0] : d.source[1]] if d.source else None
        anchor = d.cue.start if d.cue else d.start
        si = p.sentence_of(anchor)
        # a report inside a quotation ("Saya juga pernah bilang, …" inside "…," kata Martin seperti diberitakan
        # VOAIndonesia): the relay carried the quotation, not the report in it; only an outlet inside counts
        holder = _holder(quoted, d)
        nested = holder is not None
        if holder is not None:
            ss, se = p.sentences[si]
            outlets = found(max(ss, holder[0]), min(se, holder[1]))
        else:
            ss, se = p.sentences[si]
            outlets = found(ss, _main_cue_before(ordered, k, se, text))
        if d.quote is not None and d.rule == "quote-post-cue":
            # the post-posed frame may run past the sentence the quotation ends in
            pe = p.paragraphs[d.quote.paragraph][1]
            outlets = outlets or found(d.quote.outer_end, min(pe, d.quote.outer_end + 200))
        if spk.kind == "outlet" and spk.speaker and spk.speaker not in outlets and not any(
                ctx.lex.outlets.get(o) == spk.speaker for o in outlets):  # "Melansir Independent": one outlet
            outlets = [spk.speaker] + outlets
        elif mention is not None and (named := mention_outlet(mention, ctx.lex)) is not None and not _same_outlet(
                named, outlets, ctx.lex) and not (spk.kind == "person" and spk.speaker and _inside(spk.speaker, named)):
            # the speaker is a medium named by its kind: "Kantor berita Korea Utara KCNA menyatakan …", "Menurut
            # situs Transfer Market Web, …", "Media ET menyebut bahwa …" (not a person after a medium: "Media Fajar
            # Harry Sampurno")
            outlets = [named] + outlets
        if not outlets and d.cue is not None and (shared := by_cue.get((d.cue.start, d.cue.end))) is not None:
            # "“A,” kata KCNA. “B.”": the second part of an interrupted quotation has the first one's cue, and its relay
            outlets = list(shared)
        if not outlets and prev is not None and not nested:
            pd, pspeaker, poutlets = prev
            if (poutlets and pspeaker == spk.speaker and (mention is None or mention.lower() in _CONTINUING_MENTIONS)
                    and _next_to(p, pd, d)):
                outlets = list(poutlets)
        if not outlets and not nested and mention is not None and mention.lower() in _CONTINUING_MENTIONS \
                and si > 0 and si - 1 not in taken:
            # "Dalam wawancara yang dikutip dari NME …, bapak dari dua orang anak ini memberikan sanggahannya. ¶
            # Menurutnya, …": the sentence before, with no statement of its own, frames one attributed by a
            # pronoun or -nya (not an omitted subject: a name missed by detection may stand there)
            outlets = found(*p.sentences[si - 1])
        out.append(Attribution(
            id="", type=d.type, content=Span.of(text, d.start, d.end),
            cue=Span.of(text, d.cue.start, d.cue.end) if d.cue else None,
            source=Span.of(text, d.source[0], d.source[1]) if d.source else None,
            speaker=spk.speaker, outlets=outlets, rule=d.rule, confidence=d.confidence,
            speaker_kind=spk.kind, role=spk.role, sentence=si,
        ))
        if not nested:  # a report inside a quotation leaves the chain of the quotation's speaker unbroken
            prev = (d, spk.speaker, outlets)
        if d.cue is not None:
            by_cue.setdefault((d.cue.start, d.cue.end), outlets)
    out.sort(key=lambda a: (a.content.start, a.content.end))
    for i, a in enumerate(out, 1):
        a.id = f"a{i}"
    return out
