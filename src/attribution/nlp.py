"""Indonesian stanza pipeline: loading (bundled or official models), batch parsing, and
sentence spans that survive news text.

Typical use -- load once, pass the pipeline around (there is no global pipeline)::

    from attribution.nlp import load_pipeline, parse, sentence_spans
    nlp = load_pipeline()                       # the models bundled in attribution/models/id
    docs = parse(nlp, [text1, text2, text3])    # one stanza call for all documents
    for start, end in sentence_spans(docs[0]):  # offsets into text1
        ...

``models="bundled"`` loads the package's own models (trained offline by
``scripts/train_models.py``; see ``attribution/models/README.md``).  They are loaded with no
model hub at all: stanza gets an empty ``resources.json`` and an explicit ``*_model_path`` per
processor.  ``models="official"`` loads stanza's published Indonesian models from the user's
stanza resources directory (``download_official()`` fetches them; it needs the model hub).
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

import stanza
from stanza.models.common.doc import Document

__all__ = [
    "BUNDLED_MODELS_DIR",
    "DEFAULT_PROCESSORS",
    "ModelNotFoundError",
    "ModelDownloadError",
    "load_pipeline",
    "parse",
    "download_official",
    "official_resources_dir",
    "sentence_spans",
    "find_dateline",
    "ABBREVIATIONS",
]

LANG = "id"
DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
BUNDLED_MODELS_DIR = Path(__file__).resolve().parent / "models" / "id"
# processor -> file name of the bundled model
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}
TRAIN_HINT = "python scripts/train_models.py --out {dir}"
DOWNLOAD_HINT = "attribution models download  (or, in Python: attribution.nlp.download_official())"


class ModelNotFoundError(RuntimeError):
    """A model file or the official stanza resources are missing."""


class ModelDownloadError(RuntimeError):
    """The official models could not be downloaded (e.g. the model hub is unreachable)."""


# --------------------------------------------------------------------------- loading
def _processor_list(processors: str | Sequence[str]) -> list[str]:
    if isinstance(processors, str):
        procs = [p.strip() for p in processors.split(",")]
    else:
        procs = [p.strip() for p in processors]
    procs = [p for p in procs if p]
    if not procs:
        raise ValueError("no processors requested")
    unknown = [p for p in procs if p not in MODEL_FILES]
    if unknown:
        raise ValueError(f"unknown processor(s) {unknown}; known: {', '.join(MODEL_FILES)}")
    return procs


def _empty_resources_dir(base: str | os.PathLike | None = None) -> str:
    """A directory whose resources.json is ``{}``: stanza then needs no hub at all."""
    d = Path(base) if base else Path(tempfile.gettempdir()) / "attribution-stanza-empty-resources"
    d.mkdir(parents=True, exist_ok=True)
    rj = d / "resources.json"
    if not rj.exists() or rj.read_text(encoding="utf-8").strip() != "{}":
        rj.write_text("{}", encoding="utf-8")
    return str(d)


def official_resources_dir(resources_dir: str | os.PathLike | None = None) -> Path:
    """Where stanza keeps (or would keep) its downloaded models."""
    if resources_dir:
        return Path(resources_dir)
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


class _DropUnknownLanguage(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "nsupported language" not in record.getMessage()


@contextlib.contextmanager
def _quiet_unknown_language():
    """The empty resources.json makes stanza warn 'Unsupported language: id': expected, drop it."""
    f = _DropUnknownLanguage()
    log = logging.getLogger("stanza")
    log.addFilter(f)
    try:
        yield
    finally:
        log.removeFilter(f)


def _load_from_dir(model_dir: Path, procs: list[str], resources_dir, kw: dict) -> stanza.Pipeline:
    missing = [str(model_dir / MODEL_FILES[p]) for p in procs if not (model_dir / MODEL_FILES[p]).is_file()]
    if missing:
        raise ModelNotFoundError(
            "missing Indonesian stanza model file(s): " + ", ".join(missing)
            + f". Rebuild them with `{TRAIN_HINT.format(dir=model_dir)}` (needs UD Indonesian treebanks),"
            + f" or use the official models: `{DOWNLOAD_HINT}` then load_pipeline(models='official')."
        )
    paths = {f"{p}_model_path": str(model_dir / MODEL_FILES[p]) for p in procs}
    options = dict(lang=LANG, dir=_empty_resources_dir(resources_dir), download_method=None,
                   processors=",".join(procs), logging_level=kw.pop("logging_level", "WARN"))
    options.update(paths)
    options.update(kw)
    try:
        with _quiet_unknown_language():
            return stanza.Pipeline(**options)
    except (KeyError, FileNotFoundError) as e:  # stanza reports a missing model as KeyError: 'id'
        raise ModelNotFoundError(f"stanza could not load the models in {model_dir}: {e!r}") from e


def _load_official(procs: list[str], resources_dir, kw: dict) -> stanza.Pipeline:
    rdir = official_resources_dir(resources_dir)
    if not (rdir / "resources.json").is_file() or not (rdir / LANG).is_dir():
        raise ModelNotFoundError(
            f"the official stanza Indonesian models are not in {rdir} (no resources.json or no "
            f"'{LANG}' folder). Download them with `{DOWNLOAD_HINT}` (needs access to stanza's model "
            "hub), or use the bundled models: load_pipeline(models='bundled')."
        )
    options = dict(lang=LANG, dir=str(rdir), download_method=None, processors=",".join(procs),
                   logging_level=kw.pop("logging_level", "WARN"))
    options.update(kw)
    try:
        return stanza.Pipeline(**options)
    except (KeyError, FileNotFoundError, ValueError) as e:
        raise ModelNotFoundError(
            f"the official stanza Indonesian models in {rdir} are incomplete for processors "
            f"{','.join(procs)}: {e}. Re-download them with `{DOWNLOAD_HINT}`."
        ) from e


def load_pipeline(models: str = "bundled", processors: str = DEFAULT_PROCESSORS,
                  resources_dir: str | None = None, **kw) -> stanza.Pipeline:
    """Build a stanza Pipeline for Indonesian.  Slow (1-3 s): load once, pass it around.

    models:
        ``"bundled"`` -- the models shipped in ``attribution/models/id`` (no network, ever);
        ``"official"`` -- stanza's published Indonesian models from the stanza resources dir
        (``resources_dir``, else ``$STANZA_RESOURCES_DIR``, else stanza's default);
        any other value is taken as a folder holding tokenize.pt, mwt.pt, pos.pt, lemma.pt,
        depparse.pt (as written by ``scripts/train_models.py --out``).
    processors: comma-separated subset of ``tokenize,mwt,pos,lemma,depparse``.
    resources_dir: for ``"official"``, stanza's resources dir; for bundled/folder models, where
        the empty ``resources.json`` is written (default: a folder in the temp dir).
    **kw: passed to ``stanza.Pipeline`` (e.g. ``use_gpu=False``, ``tokenize_batch_size=...``,
        ``depparse_batch_size=...``, ``logging_level``; default logging level WARN).

    Raises ModelNotFoundError when a model file or the official resources are missing.
    """
    procs = _processor_list(processors)
    if models == "official":
        return _load_official(procs, resources_dir, kw)
    model_dir = BUNDLED_MODELS_DIR if models == "bundled" else Path(models)
    if models != "bundled" and not model_dir.is_dir():
        raise ModelNotFoundError(
            f"models={models!r}: not 'bundled', not 'official', and not an existing folder of models."
        )
    return _load_from_dir(model_dir, procs, resources_dir, kw)


def download_official(resources_dir: str | None = None, processors: str = DEFAULT_PROCESSORS,
                      **kw) -> Path:
    """Download stanza's official Indonesian models (``stanza.download('id', ...)``).

    Returns the resources folder.  Raises ModelDownloadError with a clear message when stanza's
    model hub cannot be reached (as on machines with no internet access).
    """
    rdir = official_resources_dir(resources_dir)
    try:
        stanza.download(LANG, model_dir=str(rdir), processors=processors,
                        logging_level=kw.pop("logging_level", "INFO"), **kw)
    except Exception as e:  # requests' ConnectionError, HTTPError, timeouts, OSError ...
        raise ModelDownloadError(
            f"could not download the official stanza Indonesian models into {rdir}: "
            f"{type(e).__name__}: {e}. Stanza's model hub must be reachable from this machine; "
            "without it, use the bundled models (load_pipeline(models='bundled')) or copy a stanza "
            f"resources folder (resources.json + {LANG}/) from another machine into {rdir} "
            "(or point $STANZA_RESOURCES_DIR at it)."
        ) from e
    return rdir


# --------------------------------------------------------------------------- parsing
def parse(nlp: stanza.Pipeline, texts: Iterable[str]) -> list[Document]:
    """Parse many texts with ONE pipeline call (stanza batches sentences across documents).

    Returns one ``stanza.Document`` per text, in order.  Character offsets
    (``token.start_char``/``end_char``) index into each text.  Empty or blank texts give an empty
    Document without being sent to stanza.
    """
    texts = list(texts)
    out: list[Document | None] = [None] * len(texts)
    todo = []
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] is {type(t).__name__}, not str")
        if t.strip():
            todo.append(i)
        else:
            out[i] = Document([], text=t)
    if todo:
        done = nlp.bulk_process([Document([], text=texts[i]) for i in todo])
        for i, d in zip(todo, done):
            out[i] = d
    return out  # type: ignore[return-value]


# --------------------------------------------------------------------------- sentence spans
# Abbreviations after which a period does not end a sentence (compared case-sensitively, with
# the period stripped).  Single capital letters (initials: "H.", "M.") are handled separately.
ABBREVIATIONS = frozenset("""
dr Dr drg Drg Prof prof Ir Drs Dra Hj Jl Jln jl No no Nomor St Sdr Sdri Ny Nn Tn Bpk Bp Yth yth
Kol Jend Letjen Mayjen Brigjen Kapt Lettu Letda Serka Kombes Kompol AKBP Irjen Komjen Ipda Iptu
Kab Kec Kel Prov Ds Rp Moh Muh Mr Mrs Ms Sr Jr Inc Corp Co Ltd Tbk Ph Pd Psi Kom Hum Sos Sc
dkk hlm tel telp Telp vol Vol
""".split())
# words written without a period that stanza sometimes ends a sentence on
NO_PERIOD_ABBREVIATIONS = frozenset({"AS", "RI", "PBB", "UE", "DPR", "TNI", "Polri", "PM", "dr", "Dr", "Prof"})

_DASH = r"(?:--|[-\u2013\u2014])"
# "Jakarta (ANTARA News) -", "Baghdad, LiputanIslam.com –", "ERA.id -", "JAKARTA, KOMPAS.com -",
# "Jakarta, 12/3 (Reuters) -": at the start of a line, a short capitalised head ending with a dash
_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*"
    r"(?P<head>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}"            # place or outlet
    r"(?:[ \t]*,[ \t]*[^\n,()\-\u2013\u2014]{1,40}?)?"             # ", outlet" or ", date"
    r"(?:[ \t]*\([^()\n]{1,40}\))?)"                                # "(ANTARA News)"
    r"[ \t]*" + _DASH + r"[ \t]+(?=[\"'\u201c\u2018]?[A-Z0-9])"
)
# a sentence-ending mark glued to the next word: "Irak.Dalam", "CNN.Hussein", "lanjut.AS"
_GLUED_PUNCT_RE = re.compile(r"(?P<punct>[.!?]+[\"'\u201d\u2019)\]]*)(?=[A-Z])")
# a lower-case word glued to a capitalised one: "tersebutDalam", "makaWashington"
_GLUED_CAMEL_RE = re.compile(r"(?<![\w.])[a-z]{3,}(?=[A-Z][a-z]{2,})")


def find_dateline(text: str, start: int = 0) -> tuple[int, int] | None:
    """The span of a news dateline at ``text[start:]``'s line start, dash included, or None.

    ``"Jakarta (ANTARA News) - Presiden ..."`` -> the span of ``"Jakarta (ANTARA News) -"``.
    """
    m = _DATELINE_RE.match(text, start)
    if not m:
        return None
    head = m.group("head")
    if len(head.split()) > 6:
        return None
    end = m.end()
    while end > m.start() and text[end - 1].isspace():
        end -= 1
    s = m.start()
    while s < end and text[s].isspace():
        s += 1
    return (s, end)


def _word_before(text: str, pos: int, lo: int) -> str:
    i = pos
    while i > lo and not text[i - 1].isspace() and text[i - 1] not in "\"'(\u201c\u2018[":
        i -= 1
    return text[i:pos]


def _glue_points(text: str, lo: int, hi: int) -> list[int]:
    """Offsets inside text[lo:hi] where a new sentence starts without a space before it."""
    points = []
    for m in _GLUED_PUNCT_RE.finditer(text, lo, hi):
        word = _word_before(text, m.start(), lo)
        nxt = m.end()
        if not word or "." in word or "@" in word or "/" in word:
            continue  # "U.S.Army", e-mail, URL
        if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue  # "Jl.Sudirman", "H.Abdul"
        alpha = re.sub(r"[^A-Za-z]", "", word)
        if not alpha:
            if not word[-1:].isdigit() and word[-1:] != ")":
                continue
        elif alpha.islower():
            pass  # "lanjut.AS", "tersebut.Namun"
        elif not (nxt + 1 < hi and text[nxt + 1].islower()):
            continue  # "Kompas.TV": mixed/upper word before a non-word-initial capital
        if nxt < hi and nxt > lo:
            points.append(nxt)
    for m in _GLUED_CAMEL_RE.finditer(text, lo, hi):
        if m.end() < hi:
            points.append(m.end())
    return sorted(set(points))


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    chunk = text[start:end].rstrip()
    m = re.search(r"(?:^|[\s(\"'\u201c])([A-Za-z]+)(\.?)$", chunk)
    if not m:
        return False
    word, period = m.group(1), m.group(2)
    if period:
        return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())
    return word in NO_PERIOD_ABBREVIATIONS


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``doc.text``, corrected for Indonesian news text.

    Starts from stanza's sentences and, without touching the parse, fixes:

    * glued sentences -- a sentence-final mark or a lower-case word directly followed by a
      capitalised word (``Irak.Dalam``, ``CNN.Hussein``, ``lanjut.AS``, ``tersebutDalam``) starts a
      new span at the capital, even inside one stanza token;
    * abbreviations -- a span ending in ``dr.``, ``No.``, ``Jl.``, ``Prof.``, an initial (``H.``)
      or a period-less ``AS`` (see ``ABBREVIATIONS``/``NO_PERIOD_ABBREVIATIONS``) is joined with
      the next one, unless a line break separates them;
    * datelines -- ``Jakarta (ANTARA News) -`` at a line start becomes a span of its own, and
      stanza's splits inside it are undone.

    Spans never cross a line break that stanza also treated as a boundary, are whitespace-trimmed,
    sorted, non-overlapping, and ``doc.text[start:end]`` is the sentence text.  The words of a
    span are the stanza words whose ``start_char`` lies in it (a glued token such as
    ``tersebutDalam`` stays one stanza word and belongs to the span where it starts).
    """
    text = doc.text or ""
    spans: list[tuple[int, int]] = []
    for sent in doc.sentences:
        if not sent.tokens:
            continue
        s, e = sent.tokens[0].start_char, sent.tokens[-1].end_char
        if s is None or e is None:
            continue
        spans.append((s, e))
    if not spans:
        return [_trim(text, 0, len(text))] if text.strip() else []

    # 1. datelines: undo splits inside them, then split right after them
    for m in re.finditer(r"(?m)^", text):
        dl = find_dateline(text, m.start())
        if dl is None:
            continue
        ds, de = dl
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and ds <= merged[-1][0] < de and s < de:
                merged[-1] = (merged[-1][0], e)  # stanza split inside the dateline: undo
            else:
                merged.append((s, e))
        out: list[tuple[int, int]] = []
        for s, e in merged:
            if s < de and e > ds:  # overlaps the dateline: cut it out as its own span
                if s < ds:
                    out.append((s, ds))
                out.append((max(s, ds), min(e, de)))
                if e > de:
                    out.append((de, e))
            else:
                out.append((s, e))
        spans = out

    # 2. abbreviations: join with the next span when on the same line
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if joined:
            ps, pe = joined[-1]
            gap = text[pe:s]
            if "\n" not in gap and _ends_with_abbreviation(text, ps, pe):
                joined[-1] = (ps, e)
                continue
        joined.append((s, e))

    # 3. glued sentences: split
    result: list[tuple[int, int]] = []
    for s, e in joined:
        cuts = [p for p in _glue_points(text, s, e) if s < p < e]
        bounds = [s] + cuts + [e]
        for a, b in zip(bounds, bounds[1:]):
            a, b = _trim(text, a, b)
            if a < b:
                result.append((a, b))
    result.sort()
    return result
