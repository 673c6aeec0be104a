"""Language knowledge loaded from the plain data files in ``attribution/data/``.

Adding a cue verb, an outlet or a title is a one-line change to a ``.tsv`` file; nothing here is
specific to a document.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    frames: frozenset[str]
    clitic: bool = False  # form + "nya": the source is the clitic


@dataclass
class Lexicon:
    cues: dict[str, Cue] = field(default_factory=dict)  # lower-cased form -> cue
    outlets: dict[str, str] = field(default_factory=dict)  # alias -> canonical name
    titles: frozenset[str] = frozenset()
    title_max_words: int = 1
    title_first: frozenset[str] = frozenset()  # first words of the titles, for a quick "no title here"
    pronouns: dict[str, str] = field(default_factory=dict)
    np_heads: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # provinces and cities that sit inside titles (lower-cased phrases)
    place_max_words: int = 1

    def cue(self, word: str) -> Cue | None:
        return self.cues.get(word.lower())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    lex = Lexicon()
    for row in _rows("cues.tsv"):
        form, lemma, frames = row[0], row[1], frozenset(row[2].split(","))
        old = lex.cues.get(form.lower())
        if old is not None:  # a form listed twice: its frames are merged
            frames = frames | old.frames
        # a clitic form written out in the file ("ucapnya" with lemma "ucap") is a clitic form all the same
        lex.cues[form.lower()] = Cue(form, lemma, frames, clitic=form.lower() == lemma.lower() + "nya")
    # Clitic forms: katanya, ujarnya, tambahnya, ungkapnya, menurutnya is handled by the menurut frame.
    for form, cue in list(lex.cues.items()):
        if "post" in cue.frames and not form.endswith("nya"):
            lex.cues.setdefault(form + "nya", Cue(form + "nya", cue.lemma, cue.frames | {"clitic"}, clitic=True))
    for row in _rows("outlets.tsv"):
        canonical = row[0]
        for alias in (row[1].split("|") if len(row) > 1 else [canonical]):
            lex.outlets[alias] = canonical
    titles = [r[0].lower() for r in _rows("titles.tsv")]
    lex.titles = frozenset(titles)
    lex.title_max_words = max(len(t.split()) for t in titles)
    lex.title_first = frozenset(t.split()[0] for t in titles)
    lex.np_heads = frozenset(r[0].lower() for r in _rows("np_heads.tsv"))
    places = [r[0].lower() for r in _rows("places.tsv")]
    lex.places = frozenset(places)
    lex.place_max_words = max(len(p.split()) for p in places)
    lex.pronouns = {r[0]: (r[1] if len(r) > 1 else "sg") for r in _rows("pronouns.tsv")}
    return lex
