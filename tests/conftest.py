import os
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "gold"
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED", ROOT.parent / "shared"))


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def pool_dev() -> dict:
    """The pool-dev gold documents by id (loaded once per test session)."""
    from attribution.io import load_documents

    docs, problems = load_documents(GOLD / "pool-dev.jsonl")
    assert not problems
    return {d.doc_id: d for d in docs}


def gold_doc(name: str, prefix: str):
    """The document whose id starts with ``prefix`` in the gold file ``name`` (``pool-dev28`` or ``pool-dev28.jsonl``)."""
    from attribution.io import load_documents

    docs, problems = load_documents(GOLD / (name if name.endswith(".jsonl") else f"{name}.jsonl"))
    assert not problems
    (doc,) = [d for d in docs if d.doc_id.startswith(prefix)]
    return doc


def pool_dev_speakers_where(prefix: str, starts: str) -> set:
    """The speakers fast mode gives the pool-dev document with id ``prefix…`` for records whose content starts
    with ``starts``."""
    from attribution.pipeline import Pipeline

    (doc,) = [d for i, d in pool_dev().items() if i.startswith(prefix)]
    out = Pipeline().run(doc.text, doc_id=doc.doc_id)
    return {a.speaker for a in out.attributions if a.content.text.startswith(starts)}


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data folder beside the repository")
    return path


# `python scripts/ablate_rules.py` runs the suite once per named rule with ATTRIBUTION_ABLATE=<rule>: every
# Pipeline built in this process then leaves that rule out, and some test must fail.
_ABLATE = os.environ.get("ATTRIBUTION_ABLATE")
if _ABLATE:
    from attribution import pipeline as _pipeline

    _init = _pipeline.Pipeline.__init__

    def _ablated_init(self, lexicon=None, resolver=None, disabled=frozenset(), **kw):
        _init(self, lexicon, resolver, frozenset(disabled) | {_ABLATE}, **kw)

    _pipeline.Pipeline.__init__ = _ablated_init


def cli(*args, input=None):
    """``attribution ARGS`` in this process (typer's runner; a subprocess costs a second of imports)."""
    from types import SimpleNamespace

    from typer.testing import CliRunner

    from attribution.cli import app

    r = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return SimpleNamespace(returncode=r.exit_code, stdout=r.stdout, stderr=r.stderr)


def pytest_collection_modifyitems(config, items):
    """The long fuzz runs (marker ``fuzz``) only when asked for: ``pytest -m fuzz``."""
    if "fuzz" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="long fuzz run: pytest -m fuzz")
    for item in items:
        if "fuzz" in item.keywords:
            item.add_marker(skip)
