"""Language knowledge loaded from the plain data files in ``attribution/data/``.

Adding a cue verb, an outlet, a title or a function word is a one-line change to a ``.tsv`` file; nothing
here is specific to a document.  ``data/words/*.tsv`` hold the word classes the rules use (one class a file,
one entry a line); :func:`words` gives one of them as a frozenset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("attribution").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


#: How a cue word is used (the ``form`` column of ``data/cues.tsv``).
CUE_FORMS = frozenset({"active", "clitic", "passive_agent", "object_focus", "noun"})


@dataclass(frozen=True)
class Cue:
    word: str
    lemma: str
    frames: frozenset[str]
    clitic: bool = False  # word + "nya": the source is the clitic
    form: str = "active"  # one of CUE_FORMS


@dataclass
class Lexicon:
    cues: dict[str, Cue] = field(default_factory=dict)  # lower-cased word -> cue
    # nouns that carry a statement (form "noun" in cues.tsv: "keterangan", "ucapan"), with their "-nya" forms;
    # only the rules that read them see them ("Dari keterangannya, …"), so a noun is no cue verb elsewhere
    noun_cues: dict[str, Cue] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # alias -> canonical name
    titles: frozenset[str] = frozenset()
    title_max_words: int = 1
    title_first: frozenset[str] = frozenset()  # first words of the titles, for a quick "no title here"
    np_heads: frozenset[str] = frozenset()
    np_heads_own: frozenset[str] = frozenset()  # np_heads whose following predicate is their own complement
    places: frozenset[str] = frozenset()  # provinces and cities that sit inside titles (lower-cased phrases)
    place_max_words: int = 1
    places_and_countries: frozenset[str] = frozenset()  # ``places`` with the countries of data/words/countries.tsv
    title_forms: dict[str, str] = field(default_factory=dict)  # short form of a title -> the full title
    cue_properties: dict[str, frozenset[str]] = field(default_factory=dict)  # property -> lemmas (cues.tsv)
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)  # set name (sg, pl, first) -> forms
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # data/words/NAME.tsv -> entries
    # capitalised word -> its usual entity type in news (PER / ORG / LOC), from name_types.tsv: where a run of
    # capitals turns from an organisation into a person's name when no entity model runs
    name_types: dict[str, str] = field(default_factory=dict)
    name_type_counts: dict[str, int] = field(default_factory=dict)  # how often name_types.tsv saw each word capitalised
    # the index of misspelt cue forms (detect.cues.FuzzyCues), built on first use from ``cues`` and
    # data/words/cue_lookalikes.tsv
    fuzzy: object = field(default=None, repr=False, compare=False)
    # results of pure functions of a phrase and this lexicon (detect.sources.split_role), kept across documents
    # and emptied when full, so a stream of any length stays within a bounded memory
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def cue(self, word: str) -> Cue | None:
        return self.cues.get(word.lower())


def _word_files() -> dict[str, frozenset[str]]:
    out = {}
    folder = resources.files("attribution").joinpath("data", "words")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".tsv"):
            out[entry.name[:-4]] = frozenset(r[0] for r in _rows(f"words/{entry.name}"))
    return out


_WEB_TAIL = re.compile(r"\.(?:com|co\.id|net|id|co|tv)$")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _alias_variants(alias: str) -> list[str]:
    """Other spellings of an outlet's name that texts use: a web name without its domain when what is left is no
    plain word nor a short acronym ("CNNIndonesia", "KapanLagi"; not "Suara" of Suara.com, "ERA" of ERA.id), and a
    camel-case name with its inner capitals lowered ("Dailymail", "Techcrunch", "Aceshowbiz" for DailyMail,
    TechCrunch, AceShowbiz)."""
    out = []
    stem = _WEB_TAIL.sub("", alias)
    if stem != alias and " " not in stem and len(stem) >= 5 and (
            _INNER_CAPITAL.search(stem) or stem[:3].isupper() or any(c.isdigit() for c in stem)):
        out.append(stem)
    for form in [alias, *out]:
        if " " not in form and len(form) >= 6 and form[0].isupper() and form[1].islower() and _INNER_CAPITAL.search(form):
            out.append(form[0] + form[1:].lower())
    return out


@lru_cache(maxsize=1)
def load() -> Lexicon:
    lex = Lexicon()
    props: dict[str, set[str]] = {}
    for row in _rows("cues.tsv"):
        word, lemma, frames = row[0], row[1], frozenset(row[2].split(","))
        for p in (row[3].split(",") if len(row) > 3 and row[3] != "-" else []):
            props.setdefault(p, set()).add(lemma)
        form = row[4] if len(row) > 4 and row[4] else "active"
        if form not in CUE_FORMS:
            raise ValueError(f"cues.tsv: {word}: form {form!r} is none of {sorted(CUE_FORMS)}")
        if form == "noun":
            lex.noun_cues[word.lower()] = Cue(word, lemma, frames, form=form)
            lex.noun_cues.setdefault(word.lower() + "nya", Cue(word + "nya", lemma, frames | {"clitic"}, clitic=True, form=form))
            if not frames & {"pre", "post", "pass"}:
                continue  # a noun only: no cue verb for the other rules
        old = lex.cues.get(word.lower())
        if old is not None:  # a word listed twice: its frames are merged
            frames = frames | old.frames
        # a clitic form written out in the file ("ucapnya" with lemma "ucap") is a clitic form all the same
        lex.cues[word.lower()] = Cue(word, lemma, frames, clitic=word.lower() == lemma.lower() + "nya", form=form)
    lex.cue_properties = {p: frozenset(v) for p, v in props.items()}
    # Clitic forms: katanya, ujarnya, tambahnya, ungkapnya, menurutnya is handled by the menurut frame.
    for word, cue in list(lex.cues.items()):
        if "post" in cue.frames and not word.endswith("nya"):
            lex.cues.setdefault(word + "nya", Cue(word + "nya", cue.lemma, cue.frames | {"clitic"}, clitic=True, form=cue.form))
    for row in _rows("outlets.tsv"):
        canonical = row[0]
        for alias in (row[1].split("|") if len(row) > 1 else [canonical]):
            lex.outlets[alias] = canonical
    for alias, canonical in list(lex.outlets.items()):
        for form in _alias_variants(alias):
            lex.outlets.setdefault(form, canonical)
    title_rows = _rows("titles.tsv")
    titles = [r[0].lower() for r in title_rows]
    lex.title_forms = {r[0].lower(): r[1].lower() for r in title_rows if len(r) > 1 and r[1]}
    lex.titles = frozenset(titles)
    lex.title_max_words = max(len(t.split()) for t in titles)
    lex.title_first = frozenset(t.split()[0] for t in titles)
    np_rows = _rows("np_heads.tsv")
    lex.np_heads = frozenset(r[0].lower() for r in np_rows)
    lex.np_heads_own = frozenset(r[0].lower() for r in np_rows if len(r) < 2 or r[1] != "subject")
    places = [r[0].lower() for r in _rows("places.tsv")]
    lex.places = frozenset(places)
    lex.place_max_words = max(len(p.split()) for p in places)
    pron: dict[str, set[str]] = {}
    for r in _rows("pronouns.tsv"):
        for s in r[1].split(","):
            pron.setdefault(s, set()).add(r[0])
    lex.pronouns = {s: frozenset(v) for s, v in pron.items()}
    lex.words = _word_files()
    lex.places_and_countries = lex.places | lex.words.get("countries", frozenset())
    rows = _rows("name_types.tsv")
    lex.name_types = {r[0]: r[1] for r in rows}
    lex.name_type_counts = {r[0]: int(r[3]) for r in rows}
    return lex


@lru_cache(maxsize=None)
def word_table(name: str) -> dict[str, str]:
    """``data/words/NAME.tsv`` as entry -> its second column, for a word list whose second column sorts its
    entries into classes (``kind_nouns.tsv``: "negara" -> country)."""
    return {r[0]: r[1] for r in _rows(f"words/{name}.tsv") if len(r) > 1}


def words(name: str) -> frozenset[str]:
    """One word class of ``data/words/NAME.tsv`` (loaded once with the lexicon)."""
    try:
        return load().words[name]
    except KeyError:
        raise KeyError(f"no word list data/words/{name}.tsv") from None
