"""Named entities (PER / ORG / LOC) in Indonesian news: a linear-chain CRF (python-crfsuite).

Typical use -- load once, pass the tagger around (there is no global tagger)::

    from attribution.nlp.ner import NerTagger
    ner = NerTagger.load()                              # the model bundled in attribution/models/ner
    ner.tag(["Menlu", "AS", "Antony", "Blinken"])       # ['O', 'B-LOC', 'B-PER', 'I-PER']
    ner.entities(text, tokens)                          # [(start, end, 'PER'), ...] over regex tokens

The model is trained by ``scripts/train_ner.py`` (see ``attribution/models/ner/README.md``).  The
features are computed here, by :func:`word_features` / :func:`sentence_features`, for training and for
tagging alike, so that the two can never drift apart.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["NerModelNotFoundError", "NerTagger", "ENTITY_TYPES", "BUNDLED_NER_MODEL", "Featurizer", "spans"]

ENTITY_TYPES = ("PER", "ORG", "LOC")
MODEL_NAME = "ner.crfsuite"
FEATURE_WORDS = "feature_words.json"  # the title and outlet words the model's features were computed with
BUNDLED_NER_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner" / MODEL_NAME
TRAIN_HINT = "python scripts/train_ner.py  (writes src/attribution/models/ner/ner.crfsuite)"


class NerModelNotFoundError(FileNotFoundError):
    """The CRF model file is missing."""


# --------------------------------------------------------------------------- features
def _read_rows(name: str) -> list[list[str]]:
    text = resources.files("attribution").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _case(w: str) -> str:
    if w.isupper() and any(c.isalpha() for c in w):
        return "U" if len(w) > 1 else "U1"
    if w[:1].isupper():
        return "T" if w[1:].islower() or len(w) == 1 else "M"
    if w.isdigit():
        return "D"
    if w.islower():
        return "L"
    if any(c.isalnum() for c in w):
        return "X"
    return "P"


def _shape(w: str) -> str:
    out = []
    for c in w[:12]:
        s = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


class Featurizer:
    """Turns a sentence (list of words) into crfsuite feature strings.

    Each distinct word's features (its own, and the ones it lends to neighbours at -2..+2) are computed
    once and cached, so tagging costs little more than list concatenation per token.
    """

    def __init__(self, titles: Iterable[str] | None = None, outlets: Iterable[str] | None = None):
        if titles is None:
            titles = [r[0].strip().lower() for r in _read_rows("titles.tsv")]
        if outlets is None:
            outlets = [a for r in _read_rows("outlets.tsv") for a in (r[1] if len(r) > 1 else r[0]).split("|")]
        self.titles = frozenset(t for t in titles if t and " " not in t)
        self.outlets = frozenset(o for o in outlets if o and " " not in o)
        self.outlets_lower = frozenset(o.lower() for o in self.outlets)
        self._cache: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {}
        self._lc_cache: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {}

    @classmethod
    def for_model(cls, model: Path) -> "Featurizer":
        """The featurizer a model was trained with: the title and outlet words saved beside it
        (``feature_words.json``), so that later edits of the data files do not shift its features; the data
        files themselves when no such file is there."""
        saved = Path(model).with_name(FEATURE_WORDS)
        if saved.is_file():
            import json

            words = json.loads(saved.read_text(encoding="utf-8"))
            return cls(titles=words["titles"], outlets=words["outlets"])
        return cls()

    def saved_words(self) -> dict[str, list[str]]:
        return {"titles": sorted(self.titles), "outlets": sorted(self.outlets)}

    def _word(self, w: str, caseless: bool = False) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        cache = self._lc_cache if caseless else self._cache
        hit = cache.get(w)
        if hit is not None:
            return hit
        lw = w.lower()
        # a caseless sentence (all lower case, as NERP is) says nothing about case: its words get no form,
        # case or shape features, so that lower-cased training text does not teach that "c=L" may be a name
        case = "?" if caseless else _case(w)
        own = ["b", "l=" + lw, "c=" + case]
        if not caseless:
            own += ["w=" + w, "sh=" + _shape(w)]
        n = len(lw)
        for k in (1, 2, 3, 4):
            if n > k:
                own.append(f"p{k}={lw[:k]}")
                own.append(f"s{k}={lw[-k:]}")
        if any(c.isdigit() for c in w):
            own.append("hasdig")
        if "-" in w:
            own.append("hyph")
        if n == 1:
            own.append("len1")
        tit = lw in self.titles
        out = w in self.outlets or (caseless and lw in self.outlets_lower)
        if tit:
            own.append("title")
        if out:
            own.append("outlet")
        near = ["l=" + lw, "c=" + case]
        if tit:
            near.append("title")
        if out:
            near.append("outlet")
        far = ["l=" + lw, "c=" + case]
        res = (own, ["-1:" + f for f in near], ["+1:" + f for f in near],
               ["-2:" + f for f in far], ["+2:" + f for f in far])
        if len(cache) < 500_000:
            cache[w] = res
        return res

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        joined = "".join(words)
        caseless = joined.islower() and len(words) > 1
        feats = [self._word(w, caseless) for w in words]
        n = len(feats)
        out = []
        for i, (own, _, _, _, _) in enumerate(feats):
            f = list(own)
            if i == 0:
                f.append("BOS")
                f.append("first:" + own[2])
            else:
                f += feats[i - 1][1]
                if i > 1:
                    f += feats[i - 2][3]
            if i == n - 1:
                f.append("EOS")
            else:
                f += feats[i + 1][2]
                if i < n - 2:
                    f += feats[i + 2][4]
            out.append(f)
        return out


# --------------------------------------------------------------------------- spans
def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, last + 1, type)`` from BIO tags, read as conlleval does (an ``I-X`` after
    ``O`` or after another type starts an entity)."""
    out: list[tuple[int, int, str]] = []
    start, typ = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if typ is not None:
                out.append((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


# --------------------------------------------------------------------------- tagger
class NerTagger:
    """A loaded CRF model.  Build it with :meth:`load` and pass it to whoever needs entities."""

    def __init__(self, tagger, featurizer: Featurizer | None = None, path: Path | None = None):
        self._tagger = tagger
        self.featurize = featurizer or Featurizer()
        self.path = path

    @classmethod
    def load(cls, path: str | Path | None = None) -> "NerTagger":
        """Load the model from ``path`` (default: the file bundled with the package)."""
        if path is None:
            ref = resources.files("attribution").joinpath("models", "ner", MODEL_NAME)
            with resources.as_file(ref) as p:
                return cls._open(Path(p))
        return cls._open(Path(path))

    @classmethod
    def _open(cls, path: Path) -> "NerTagger":
        if not path.is_file():
            raise NerModelNotFoundError(f"NER model file {path} is missing; train it with: {TRAIN_HINT}")
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        return cls(tagger, featurizer=Featurizer.for_model(path), path=path)

    def tag(self, words: list[str]) -> list[str]:
        """BIO tags (``B-PER``, ``I-ORG``, ``O`` ...) for one sentence of words."""
        if not words:
            return []
        return self._tagger.tag(self.featurize(words))

    def entities(self, text: str, tokens=None) -> list[tuple[int, int, str]]:
        """Entities of ``text`` as character spans ``(start, end, type)``, ``text[start:end]`` being the name.

        ``tokens`` are the project's regex tokens (:func:`attribution.text.tokens.tokenize`) of ``text``;
        the text is tagged one sentence (:func:`attribution.text.segment.parse_text`) at a time.
        """
        from attribution.text.segment import parse_text

        parsed = parse_text(text)
        if tokens is None:
            tokens = parsed.tokens
        starts = [t.start for t in tokens]
        import bisect

        out: list[tuple[int, int, str]] = []
        for s, e in parsed.sentences:
            a, b = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            sent = tokens[a:b]
            if not sent:
                continue
            tags = self._tagger.tag(self.featurize([t.text for t in sent]))
            for i, j, typ in spans(tags):
                out.append((sent[i].start, sent[j - 1].end, typ))
        return out
