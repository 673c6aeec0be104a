"""Outlets: the news media a statement was relayed through, and the article's own publisher.

``dilansir (dari) VOA``, ``dikutip (dari|oleh) Reuters``, ``seperti dilaporkan X``, ``menurut laporan X``,
``kepada Rudaw``, ``dalam wawancara dengan Al Jazeera``, ``yang diterima detikcom``,
``saat dihubungi kumparan``; unknown outlets from context (``media Inggris The Mirror``); the
publisher from a dateline (``Jakarta (ANTARA News) -``, ``Baghdad, LiputanIslam.com –``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import Lexicon, words

_RELAY = (
    r"(?:dilansir|melansir|dikutip|mengutip|dilaporkan|diberitakan|dirilis|disiarkan|ditayangkan)"
    r"(?:\s+(?:dari|oleh|laman|situs|website|akun|resmi|media))*"
    r"|menurut\s+laporan|laporan|pemberitaan|kepada"
    # a medium named after a closing "menurut": "…, menurut kantor berita Reuters", "menurut warta kantor berita Reuters"
    r"|menurut(?:\s+(?:warta|kantor|berita|media|harian|surat|kabar))+"
    # a post-posed credit to a medium's site: "…, demikian laman ESPN", "…, demikian situs Marca"
    r"|demikian\s+(?:laman|situs|website)"
    r"|dalam\s+(?:sebuah\s+|suatu\s+)?wawancara\s+(?:(?:eksklusif|khusus|terpisah)\s+)?(?:dengan|bersama)"
    r"|wawancara\s+(?:(?:eksklusif|khusus)\s+)?(?:dengan|bersama)"
    # interviewed by, spoken to, chatting with a medium: "saat diwawancara oleh Billboard", "Berbicara kepada Vogue",
    # "saat berbincang dengan CNNIndonesia.com", "dalam perbincangan lewat telepon dengan CNNIndonesia.com"
    r"|diwawancarai?(?:\s+oleh)?|(?:ber)?bicara\s+kepada|bercerita\s+kepada|berbincang(?:-bincang)?\s+dengan"
    r"|perbincangan\s+(?:(?:lewat|via|melalui)\s+telepon\s+)?dengan"
    r"|yang\s+diterima|diterima|(?:(?:saat|ketika)\s+)?(?:dihubungi|ditemui|dikonfirmasi)(?:\s+oleh)?|dilansir\s+dari|via"
    # a visit to the newsroom: "saat bertandang ke kantor KapanLagi.com", "media visit ke kantor redaksi Liputan6.com"
    r"|(?:bertandang|berkunjung|bertamu|media\s+visit)\s+ke(?:\s+kantor)?(?:\s+redaksi)?"
    # told to a medium, known names and web names only: "ujarnya pada Merdeka.com", "mengonfirmasi People"
    r"|(?:pada|mengonfirmasi|memberitahu|memberi\s+tahu)"
    # said on a medium, after the speaker's name or the cue itself, known names only: "tutur eks striker Chelsea di
    # FFT", "mengatakan di talkSPORT" (not "bekerja di Kompas": a plain verb before it)
    r"|di"
)


def _phrases(entries: frozenset[str]) -> str:
    """An alternation of the phrases of a word list, longest first, spaces matching any white space."""
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in sorted(entries, key=len, reverse=True))


_KINDS = _phrases(words("medium_kinds"))
_ORIGINS = _phrases(words("medium_origins"))
_CONTEXT_NOUNS = rf"(?:{_KINDS})"
# up to two origin words: "kantor berita resmi Iran IRNA", "media online lokal X"
_NATIONALITY = rf"(?:{_ORIGINS})(?:\s+(?:{_ORIGINS}))?"

# a capitalised name of up to four words; "the" as some texts write it ("dilansir dari the Hollywood Reporter"), and
# words joined by a spaced hyphen as tokenised text writes them ("Paddock - GP", "al - Arabiya")
_NAME = r"(?:[Tt]he\s+|[Aa]l\s*-\s*)?\p{Lu}[\p{L}\d.&'’-]*(?:(?:\s+-)?\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}"
_DATELINE_RE = regex.compile(
    r"^\s*(?:[\p{Lu}][\p{L}.\- ]{1,40}?\s*(?:,\s*|\(\s*))?"
    r"(?P<outlet>[\p{L}\d][\p{L}\d.]*(?:\s[\p{Lu}\d][\p{L}\d.]*){0,2})\s*\)?\s*[-–—]\s"
)


@lru_cache(maxsize=4)
def _alias_re(aliases: tuple[str, ...]) -> regex.Pattern:
    alts = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alts})(?![\p{{L}}\d])")


@lru_cache(maxsize=4)
def _glued_re(aliases: tuple[str, ...]) -> regex.Pattern:
    # four letters or more, or an acronym of three ("dikutipdariBBC")
    alts = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True) if len(a) >= 4 or (len(a) == 3 and a.isupper()))
    return regex.compile(rf"(?:{alts})(?!\p{{Lu}})")  # matched only right after a relay word (_GLUED_AT_RE)


@lru_cache(maxsize=4)
def _prefix_re(aliases: tuple[str, ...]) -> regex.Pattern:
    alts = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return regex.compile(rf"(?:{alts})(?=\p{{Ll}}|$)")


def _outlet_re(lex: Lexicon, build) -> regex.Pattern:
    """``build`` over the lexicon's outlet names, looked up in the lexicon's memo (a tuple of 257 names hashed
    for the lru_cache on each call cost more than the match it served)."""
    key = (build, len(lex.outlets))
    hit = lex.memo.get(key)
    if hit is None:
        hit = lex.memo[key] = build(tuple(lex.outlets))
    return hit


def _known_prefix(lex: Lexicon) -> regex.Pattern:
    return _outlet_re(lex, _prefix_re)


def _glued(lex: Lexicon) -> regex.Pattern:
    return _outlet_re(lex, _glued_re)


def _known(lex: Lexicon) -> regex.Pattern:
    return _outlet_re(lex, _alias_re)


# web names and camel-case brand names: merdeka.com, PoskotaNews, detikNews, CNNIndonesia.com
_WEB_NAME = regex.compile(r"[\p{L}\d]+(?:\.(?:com|co\.id|id|net|org|co|tv|news))+(?![\p{L}\d])|\p{Lu}\p{Ll}+(?:News|TV|Online)(?![\p{L}\d])|\p{Ll}+\p{Lu}[\p{L}]*(?![\p{L}\d])")
_NOT_OUTLET_WORDS = words("not_outlet_words")


# Relays after which an unknown capitalised name is taken as an outlet.
UNKNOWN_OK = tuple(sorted(words("unknown_outlet_relays")))  # for str.startswith
# Lower-case substrings of which every match of a pattern below contains one: a sentence holding none of
# them cannot match, and is skipped without running the (slow, case-insensitive) pattern.
_RELAY_KEYS = tuple(sorted(words("relay_keys")))
_GLUED_KEYS = tuple(sorted(words("glued_keys")))
# a relay word glued to the outlet in badly extracted text ("kepadadetikcom", "dariBBCpada"), lower-case at its end,
# with a letter right after it: where a glued outlet name may start
_GLUED_AT_RE = regex.compile(r"(?i:" + "|".join(sorted(_GLUED_KEYS, key=len, reverse=True)) + r")(?<=\p{Ll})(?=\p{L})")
_CONTEXT_KEYS = tuple(sorted(words("context_keys")))
_RELAY_RE = regex.compile(rf"(?<![\p{{L}}\d])(?i:{_RELAY})\s+")
_KNOWN_ONLY_RELAYS = words("known_outlet_relays")


def _any_of(keys) -> regex.Pattern:
    """One pattern that finds any of the lower-case substrings ``keys`` (a single C scan instead of one ``in``
    test per key, run on every sentence)."""
    return regex.compile("|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True)))


_RELAY_KEYS_RE, _KNOWN_ONLY_KEYS_RE = _any_of(_RELAY_KEYS), _any_of(_KNOWN_ONLY_RELAYS)
_GLUED_KEYS_RE, _CONTEXT_KEYS_RE = _any_of(_GLUED_KEYS), _any_of(_CONTEXT_KEYS)
# a cheap test that one of them is followed by a name ("pada Merdeka.com", not "pada Senin" alone: it runs on most
# sentences, the case-insensitive relay pattern only where this or a relay key matches)
_KNOWN_ONLY_TRIGGER = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{'|'.join(sorted(_KNOWN_ONLY_RELAYS))})(?:\s+tahu)?\s+(?:\p{{Lu}}|\p{{Ll}}+(?:\p{{Lu}}|\.))")
_OWN_SITE_RELAY_WORDS = words("own_site_relay_words")
_QUOTING_RELAYS = words("quoting_relays")
_SITE_WORDS = words("site_words")
_OWN_SITE_NAME_WORDS = words("own_site_name_words") | words("org_words")
_WEB_SUFFIX = regex.compile(r"\.(?:com|co\.id|id|net|org|co|tv|news)$")
_OWN_SITES = words("own_sites") | words("data_sites")


def _owned_site(name: str) -> bool:
    """Is a site named after a relay word an organisation's own ("laman Humas Polda Metro Jaya", "situs
    Kemenpora RI"), not a medium's ("laman NME", "situs Bild")?"""
    return any(w.lower() in _OWN_SITE_NAME_WORDS or w.lower().startswith("kemen") for w in name.split())
_NAME_RE = regex.compile(_NAME)
_ORIGIN_RE = regex.compile(rf"(?:{_NATIONALITY})(?![\p{{L}}\d])")
# "televisi al-Arabiya", "media Inggris The Mirror", "surat kabar Israel, Haaretz"
_CONTEXT_RE = regex.compile(rf"{_CONTEXT_NOUNS}\s+(?:{_NATIONALITY}(?:\s*,)?\s+)?(?P<n>{_NAME})")
_SEP_RE = regex.compile(r"\s*(?:,|dan|serta|&|dari|via)\s*")
_CONTEXT_REPORT_RE = regex.compile(
    rf"(?i:{_CONTEXT_NOUNS})\s+(?:{_NATIONALITY}(?:\s*,)?\s+)?(?P<n>{_NAME})\s+(?:melaporkan|memberitakan|menulis|melansir)"
)


_EXTENSION_RE = regex.compile(r"[ \t]((?:\p{Lu}[\p{L}]*|\d+)(?:[ \t](?:\p{Lu}[\p{L}]*|\d+))?)(?=[\s,.;:)]|$)")
_MEDIA_WORDS = words("media_name_words")
_TIME_WORDS = words("time_words")


_MEDIA_FIRST_WORDS = words("media_first_words")
# a broadcaster's call letters: "ITV", "MUTV", "SCTV"
_CALL_LETTERS = regex.compile(r"\p{Lu}{1,4}TV")
# "dalam wawancara (khusus) dengan X": the interviewer, any capitalised name ("diwawancarai X" takes media only)
_INTERVIEW_WITH = regex.compile(r"(?i:wawancara\s+(?:\w+\s+)?(?:dengan|bersama))")


def _looks_like_media(name: str) -> bool:
    """An unknown name that is a medium's by its words: "The Sun", "Sky Sports", "BBC Radio 5", "Radio Kiss Kiss",
    "Daily Star", "ITV"."""
    ws = [w.strip(".,;:") for w in name.split()]
    return ((len(ws) >= 2 and ws[0] in {"The", "the"}) or any(w in _MEDIA_WORDS for w in ws[1:])
            or (len(ws) >= 2 and ws[0] in _MEDIA_FIRST_WORDS) or any(_CALL_LETTERS.fullmatch(w) for w in ws))


# the end of a statement after the medium told: the sentence's end, or a comma before a date ("…, Senin (3/7)")
_STATEMENT_END_RE = regex.compile(
    r"\s*(?:[.;)\n]|,\s*(?:\p{Lu}\p{Ll}+\s*\(|(?i:" + "|".join(sorted(_TIME_WORDS)) + r")\b)|$)")


def _told_to_medium(seg: str, relay_start: int, name_end: int, name: str, lex: Lexicon) -> bool:
    """"…,” ujar Kaka kepada Przeglad Sportowy.": an unknown name after "kepada" that a speech verb with its
    speaker, or its clitic, has just before it, closing the statement (at the sentence's end or before a date), is
    the medium it was told to; not a person or an office ("kata Jokowi kepada Presiden", "kepada Guterres")."""
    words_ = seg[max(0, relay_start - 60) : relay_start].split()[-6:]
    if not any((c := lex.cues.get(w.lower().strip(",”\"'’"))) is not None and "post" in c.frames for w in words_):
        return False
    first = name.split()[0].strip(".")
    if (first.lower() in lex.titles or lex.name_types.get(first) == "PER" or first in _NOT_OUTLET_WORDS
            or first.lower() in lex.words.get("common_words", frozenset())):
        return False
    return _STATEMENT_END_RE.match(seg, name_end) is not None


_NEXT_WORD_RE = regex.compile(r"[ \t]+(\p{L}+)")


_LAST_WORD_RE = regex.compile(r"(\p{L}+)[ \t]*$")


def _said_on(before: str, lex: Lexicon) -> bool:
    """Does ``di`` after ``before`` say where a statement was made: right after a cue ("mengatakan di") or a
    capitalised word, the speaker's name ("kata Barton di")?"""
    w = _LAST_WORD_RE.search(before[-40:])
    return w is not None and (w.group(1)[:1].isupper() or lex.cue(w.group(1)) is not None)


def outlets_in(text: str, start: int, end: int, lex: Lexicon) -> list[str]:
    """Outlets that the stretch ``text[start:end]`` (a sentence) names as relaying a statement."""
    seg = text[start:end]
    found: list[str] = []
    low = seg.lower()
    known = _known(lex)
    relay = _RELAY_KEYS_RE.search(low) is not None or (
        _KNOWN_ONLY_KEYS_RE.search(low) is not None and _KNOWN_ONLY_TRIGGER.search(seg) is not None)
    for m in _RELAY_RE.finditer(seg) if relay else ():
        rel = m.group().lower().split()
        if rel[0] == "di" and not _said_on(seg[: m.start()], lex):
            continue  # "bekerja di Kompas": no statement made there
        rest = seg[m.end() :]
        # "ujarnya pada Merdeka.com": a relay word that is also a common word takes known media and web names only;
        # so does a relay word in a Title Case headline ("Iran Dilaporkan Menyeru Para Pejuang …")
        known_only = rel[0] in _KNOWN_ONLY_RELAYS or (
            m.group()[0].isupper() and (prev := seg[: m.start()].rstrip(" ")) != "" and prev.split()[-1][:1].isupper())
        # "dikutip dari laman resmi UEFA", "dilansir akun Twitter resmi klub": an organisation's own site or account
        own_site = any(w in _OWN_SITE_RELAY_WORDS for w in rel)
        on_site = any(w in _SITE_WORDS for w in rel)  # "dilansir laman NME" (a medium) or "laman Humas Polda …" (not)
        unknown_ok = m.group().lower().startswith(UNKNOWN_OK) or _INTERVIEW_WITH.search(m.group()) is not None
        if unknown_ok and rel[0] in _QUOTING_RELAYS and seg[: m.start()].rstrip(" ")[-1:] not in {"", ",", "("}:
            unknown_ok = False  # "pemohon juga sudah mengutip Pasal 113 …": quoting, not relaying
        # A list: "Reuters dan CNN", "AFP, Reuters dan AP".
        pos = 0
        first = True
        after_link = False
        while True:
            k = known.match(rest, pos)
            if k is None and rest.startswith("the ", pos):
                # "dikutip dari laman the Guardian": "The Guardian" as the text writes it
                k = known.match(rest[:pos] + "T" + rest[pos + 1 :], pos)
            name = None
            w = _WEB_NAME.match(rest, pos)
            if k and not (w and w.end() > k.end()):
                name = rest[k.start() : k.end()]  # as written: the scorer compares surface names
                pos = k.end()
                ext = _EXTENSION_RE.match(rest, pos)  # "Goal International", "VOA Indonesia", "BBC Radio 5"
                if ext and ext.group(1).split()[0] not in _NOT_OUTLET_WORDS and not any(
                        x.lower() in _TIME_WORDS or x.lower() in lex.title_first for x in ext.group(1).split()):
                    name += ext.group()
                    pos = ext.end()
            elif w and not own_site and not (known_only and not _WEB_SUFFIX.search(w.group())) and (
                    w.group().rstrip(".").lower() not in _OWN_SITES):  # "Badmintonindonesia.org": the association's site
                name = w.group()
                if name.lower().startswith("dari") and len(name) > 6:
                    name = name[4:]  # "daridetikFinance": a glued "dari"
                    if kp := _known_prefix(lex).match(name):
                        name = kp.group()  # "dariReuterspada": a known name glued on both sides
                pos = w.end()
            elif (first or after_link) and not known_only and not own_site and (c := _NAME_RE.match(rest[pos:])) and (
                    unknown_ok or _looks_like_media(c.group())  # "kepada Sky Sports", "kepada The Sun"
                    or (rel[0] == "kepada" and _told_to_medium(seg, m.start(), m.end() + pos + c.end(), c.group(), lex))):
                nxt = _NEXT_WORD_RE.match(rest, pos + c.end())
                if c.group().split()[0] not in _NOT_OUTLET_WORDS and c.group().rstrip(".").lower() not in _OWN_SITES and not (
                        on_site and _owned_site(c.group())) and not (
                        nxt and lex.cue(nxt.group(1)) is not None and rel[0] not in {"kepada", "pada"}):
                    # ("seperti yang dilansir Made menjelaskan, …": a name before a cue verb is its subject, no medium;
                    # but "kepada Fairfax Media mengatakan" is told to one)
                    name = c.group()
                    pos += c.end()
            if name is None and not known_only and not own_site:
                c = _CONTEXT_RE.match(rest[pos:])  # "televisi al-Arabiya", "media Inggris The Mirror"
                # "Kepada media VP Direktur AGIT, Wanny Wijaya menegaskan": a title is no medium's name
                # "kepada media Australia, Senin": an origin or a day is no medium's name
                if c and not _ORIGIN_RE.match(c.group("n")) and c.group("n").split()[0].rstrip(".") not in _NOT_OUTLET_WORDS \
                        and not any(x.lower() in lex.title_first for x in c.group("n").split()):
                    name = c.group("n")
                    pos += c.end()
            if not name:
                break
            name = name.rstrip(".")
            first = False
            if name not in found:
                found.append(name)
            sep = _SEP_RE.match(rest[pos:])
            if not sep:
                break
            # "dikutip JUARA dari Fox Sports": the first one's source (not "dari Badminton Indonesia", own_sites.tsv);
            # "melansir Sports Chosun via Nate": the medium it came through
            after_link = sep.group().strip() in {"dari", "via"}
            pos += sep.end()
    # Known outlets glued to a relay word: "… kata Aminullah kepadadetikcom, Kamis"
    if _GLUED_KEYS_RE.search(low) is not None:
        glued = _glued(lex)
        for r in _GLUED_AT_RE.finditer(seg):
            k = glued.match(seg, r.end())
            if k and k.group() not in found:
                found.append(k.group())
    # Unknown outlets named by context anywhere in a relay phrase: "media Inggris The Mirror melaporkan".
    for c in _CONTEXT_REPORT_RE.finditer(seg) if _CONTEXT_KEYS_RE.search(low) is not None else ():
        name = c.group("n")
        if name not in found:
            found.append(name)
    return found


_REPORT_NOUNS = words("medium_report_nouns")
_MEDIA_TAIL_WORDS = words("media_tail_words")
_MEDIA_SPEAKER_FIRST = words("media_speaker_first_words")
_SITES = _phrases(words("site_words"))
_KIND_MENTION_RE = regex.compile(
    rf"(?i:{_CONTEXT_NOUNS}|(?P<site>{_SITES}))\s+(?:{_NATIONALITY}(?:\s*,)?\s+)?(?P<n>{_NAME})")


def mention_outlet(mention: str, lex: Lexicon) -> str | None:
    """The medium that a speaker's mention names by its kind, as written: "Kantor berita Korea Utara KCNA" → KCNA,
    "situs Transfer Market Web", "Media ET", "warta kantor berita AFP" → AFP. A site is a medium's only when no
    organisation owns it and it is not an official one ("laman PBB", "situs resmi PSSI" name none)."""
    ws = mention.split()
    if ws and ws[0].lower() in _REPORT_NOUNS:
        ws = ws[1:]
    rest = " ".join(ws)
    m = _KIND_MENTION_RE.fullmatch(rest)
    if m is None:
        # a medium by its name's words: "Menurut Daily Star, …", "Sunday Express", "Himalayan Times"
        if len(ws) >= 2 and (ws[-1] in _MEDIA_TAIL_WORDS or ws[0] in _MEDIA_SPEAKER_FIRST) and _NAME_RE.fullmatch(rest) \
                and not any(x.lower() in lex.title_first for x in ws):
            return rest
        return None
    name = m.group("n")
    if name.split()[0].rstrip(".") in _NOT_OUTLET_WORDS or _ORIGIN_RE.fullmatch(name) or any(
            x.lower() in lex.title_first for x in name.split()):
        return None  # "media VP Direktur AGIT": a title is no medium's name; "Media Italia": no name at all
    if len(name.split()) >= 2 and any(lex.name_types.get(w) == "PER" for w in name.split()):
        return None  # "… Industri Strategis dan Media Fajar Harry Sampurno": a person after an office's "Media"
    if m.group("site") is not None and (
            "resmi" in rest.lower().split() or _owned_site(name) or name.rstrip(".").lower() in _OWN_SITES):
        return None
    return name


def outlet_name(phrase: str, lex: Lexicon) -> str | None:
    """The canonical outlet a speaker phrase names (``CNN melaporkan bahwa …``), if it is one."""
    k = _known(lex).fullmatch(phrase.strip())
    return lex.outlets[k.group()] if k else None


def dateline_outlet(text: str, lex: Lexicon) -> str | None:
    """The publisher named in the dateline at the start of the article, if any."""
    head = text[:200]
    for line in head.split("\n"):
        if not line.strip():
            continue
        m = _DATELINE_RE.match(line)
        if not m:
            continue
        cand = m.group("outlet").strip()
        k = _known(lex).search(cand)
        if k:
            return k.group()
        if "." in cand or regex.search(r"\p{Ll}\p{Lu}", cand) or (cand.isupper() and len(cand) > 2):
            return cand
    return None
