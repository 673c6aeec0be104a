"""Indonesian stanza pipeline: loading (bundled or official models) and batch parsing.

Typical use -- load once, pass the pipeline around (there is no global pipeline)::

    from attribution.nlp import load_pipeline, parse, stanza_tags
    nlp = load_pipeline()                       # the models bundled in attribution/models/id
    docs = parse(nlp, [text1, text2, text3])    # one stanza call for all documents
    tags = stanza_tags(docs[0])                 # (start, end, upos, lemma) per token of text1

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
BUNDLED_MODELS_DIR = Path(__file__).resolve().parent.parent / "models" / "id"
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
