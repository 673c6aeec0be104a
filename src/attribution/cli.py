"""The command line: ``attribution extract | validate | schema | evaluate | gold anchor | convert | models``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import orjson
import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Who said what in Indonesian news.")
gold_app = typer.Typer(no_args_is_help=True, help="Tools for hand-labeled gold.")
app.add_typer(gold_app, name="gold")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"attribution {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = None,
) -> None:
    """Extract quotations and reported speech with their cues, speakers and outlets."""


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def validate(files: Annotated[list[Path], typer.Argument(help="Gold or prediction JSON Lines files.")]) -> None:
    """Check gold or prediction files against the format; say what is wrong where."""
    from .io import load_documents

    bad = 0
    for f in files:
        if not f.exists():
            _err(f"{f}: no such file")
            bad += 1
            continue
        docs, problems = load_documents(f)
        for p in problems:
            _err(f"{f}:{p.line}: {p.message}")
        n_att = sum(len(d.attributions) for d in docs)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        _err(f"{f}: {len(docs)} documents, {n_att} attributions: {status}")
        bad += bool(problems)
    raise typer.Exit(1 if bad else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    from .model import json_schema

    sys.stdout.write(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2).decode() + "\n")


@gold_app.command("anchor")
def gold_anchor(
    src: Annotated[Path, typer.Argument(help="Labels with quoted snippets (JSON Lines), see attribution.anchor.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Gold file to write.")] = None,
    base: Annotated[Optional[Path], typer.Option(help="Folder that `file` fields are relative to (default: the labels' folder).")] = None,
) -> None:
    """Turn snippet labels into gold records with offsets; report every snippet that cannot be placed."""
    from .anchor import AnchorError, anchor_document
    from .io import atomic_output, write_jsonl

    base = base or src.parent
    docs, bad = [], 0
    for lineno, raw in enumerate(src.read_bytes().splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rec = orjson.loads(raw)
            docs.append(anchor_document(rec, base))
        except (AnchorError, ValueError, OSError) as exc:
            _err(f"{src}:{lineno}: {exc}")
            bad += 1
    with atomic_output(str(output) if output else None) as out:
        write_jsonl(docs, out)
    _err(f"{len(docs)} documents anchored, {bad} with problems")
    raise typer.Exit(1 if bad else 0)
