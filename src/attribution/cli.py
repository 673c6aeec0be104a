"""The command line: ``attribution extract | serve | validate | schema | evaluate | gold anchor | convert | models``."""

from __future__ import annotations

import sys
from contextlib import contextmanager
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


@contextmanager
def _output(path: str | None):
    """:func:`attribution.io.atomic_output`, its failures one line on standard error and exit status 2."""
    from .io import OutputError, atomic_output, handle_sigterm

    handle_sigterm()
    try:
        with atomic_output(path) as out:
            yield out
    except OutputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)


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
    from .eval.anchor import AnchorError, anchor_document
    from .io import atomic_output, write_jsonl

    if not src.is_file():
        _err(f"{src}: no such file")
        raise typer.Exit(2)
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
    with _output(str(output) if output else None) as out:
        write_jsonl(docs, out)
    _err(f"{len(docs)} documents anchored, {bad} with problems")
    raise typer.Exit(1 if bad else 0)


def _csv_rows(doc) -> list[list[str]]:
    """One row per attribution; a document without any gets one row with empty attribution columns (so
    that "nothing found" differs from "lost"), an error record one row with its ``error``."""
    from .model import ErrorRecord

    if isinstance(doc, ErrorRecord):
        return [[doc.doc_id or "", *[""] * (len(CSV_HEADER) - 2), doc.error]]
    rows = []
    for a in doc.attributions:
        rows.append([
            doc.doc_id, a.id, a.type, a.speaker or "", a.cue.text if a.cue else "", a.source.text if a.source else "",
            a.content.text, "|".join(a.outlets), a.rule or "", f"{a.confidence:.2f}" if a.confidence is not None else "",
            str(a.content.start), str(a.content.end), "",
        ])
    return rows or [[doc.doc_id, *[""] * (len(CSV_HEADER) - 1)]]


CSV_HEADER = ["doc_id", "id", "type", "speaker", "cue", "source", "content", "outlets", "rule", "confidence", "start", "end",
              "error"]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help=".txt files, folders of them, .jsonl files, or - for standard input.")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write here (atomically) instead of standard output.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, table, claims (schema.org Claim JSON-LD, one a line) or html (-o page.html for one document, -o folder/ for a page each).")] = "jsonl",
    min_conf: Annotated[Optional[float], typer.Option("--min-confidence", help="Leave out attributions whose confidence is below this (0 to 1), in every format.")] = None,
    fast: Annotated[bool, typer.Option("--fast", help="Regex-only mode: no stanza (much faster, slightly less accurate).")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (each loads the pipeline once).")] = 1,
    models: Annotated[str, typer.Option("--models", help="bundled, official, or a folder of stanza models.")] = "bundled",
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress on standard error (default: when it is a terminal).")] = None,
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Read the subfolders of folders too.")] = False,
    input_format: Annotated[str, typer.Option("--input-format", help="Standard input: auto (JSON Lines when its first line is an object with a text field), jsonl or txt.")] = "auto",
    max_seconds: Annotated[Optional[float], typer.Option("--max-seconds", min=0.001, help="Time limit per document; past it, an error record and the batch goes on.")] = None,
) -> None:
    """Extract attributions: one output record per input document (or an error record)."""
    import csv
    import io as _io

    from .io import OutputError, atomic_output, check_output, dumps, handle_sigterm, iter_inputs
    from .model import ErrorRecord
    from .batch import run

    from .claims import claims, min_confidence

    if fmt not in {"jsonl", "csv", "table", "claims", "html"}:
        _err(f"--format must be jsonl, csv, table, claims or html, not {fmt!r}")
        raise typer.Exit(2)
    if min_conf is not None and not 0.0 <= min_conf <= 1.0:
        _err(f"--min-confidence must be between 0 and 1, not {min_conf}")
        raise typer.Exit(2)
    from .progress import Progress, count_inputs

    if input_format not in {"auto", "jsonl", "txt"}:
        _err(f"--input-format must be auto, jsonl or txt, not {input_format!r}")
        raise typer.Exit(2)
    try:
        if fmt != "html":  # the HTML view writes a page or a folder of pages itself
            check_output(output)  # before any work: a missing folder, a folder as target, no permission, /proc
    except OutputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    handle_sigterm()
    show = sys.stderr.isatty() if progress is None else progress
    bar = Progress(show, count_inputs(paths) if show else None)
    try:
        inputs = iter_inputs(paths, recursive=recursive, input_format=input_format, note=lambda m: _err(f"note: {m}"))
        records = run(inputs, mode="fast" if fast else "full", workers=workers, models=models, max_seconds=max_seconds)
        from contextlib import nullcontext

        from .views.html import HtmlError, HtmlPages

        pages = HtmlPages(output) if fmt == "html" else None
        with nullcontext(None) if pages else _output(output) as out:
            writer = None
            if fmt == "csv":
                buf = _io.StringIO()
                writer = csv.writer(buf)
                writer.writerow(CSV_HEADER)
            for rec in records:
                failed = isinstance(rec, ErrorRecord)
                bar.tick(failed)
                if failed:
                    _err(f"error: {rec.error}")
                else:
                    rec = min_confidence(rec, min_conf)
                if fmt == "jsonl" or (fmt == "claims" and failed):
                    out.write(dumps(rec) + b"\n")
                elif fmt == "claims":
                    out.writelines(dumps(c) + b"\n" for c in claims(rec))
                elif pages is not None:
                    pages.add(rec)
                elif fmt == "csv":
                    writer.writerows(_csv_rows(rec))
                    out.write(buf.getvalue().encode())
                    buf.seek(0)
                    buf.truncate()
                else:
                    out.write(_table(rec).encode())
            if pages is not None:
                pages.close()
    except (HtmlError, OutputError) as exc:
        bar.close()
        _err(f"error: {exc}")
        raise typer.Exit(2)
    except BrokenPipeError:
        raise typer.Exit(1)
    except OSError as exc:
        bar.close()
        _err(f"error: {output or 'standard output'}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(2)
    except Exception as exc:
        from .nlp import ModelNotFoundError

        if isinstance(exc, ModelNotFoundError):
            bar.close()
            _err(f"error: {exc}\n(hint: --fast runs without stanza models)")
            raise typer.Exit(2)
        raise
    bar.close()
    raise typer.Exit(1 if bar.failed else 0)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    fast: Annotated[bool, typer.Option("--fast", help="Regex-only mode: no stanza.")] = False,
    models: Annotated[str, typer.Option("--models", help="bundled, official, or a folder of stanza models.")] = "bundled",
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body in bytes (larger: 413).")] = 5 * 1024 * 1024,
    max_requests: Annotated[Optional[int], typer.Option("--max-requests", min=1, help="Stop after this many requests (for tests and smoke checks).")] = None,
) -> None:
    """An HTTP API: POST /extract, GET /health, docs at /docs (needs the [serve] extra: FastAPI, uvicorn)."""
    try:
        from .serve import serve as run_server
    except ImportError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
    run_server(host, port, "fast" if fast else "full", models, max_body, max_requests)


def _table(rec) -> str:
    from .model import ErrorRecord

    if isinstance(rec, ErrorRecord):
        return f"== {rec.doc_id or rec.file}: ERROR {rec.error}\n\n"
    lines = [f"== {rec.doc_id} ({len(rec.attributions)} attributions)"]
    for a in rec.attributions:
        content = a.content.text if len(a.content.text) <= 100 else a.content.text[:97] + "…"
        outlets = f" via {', '.join(a.outlets)}" if a.outlets else ""
        lines.append(f"  {a.id:>4} {a.type:<8} {a.speaker or '?':<30} [{a.cue.text if a.cue else '-'}]{outlets}  «{content}»  ({a.rule})")
    return "\n".join(lines) + "\n\n"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file.")],
    pred: Annotated[Optional[Path], typer.Argument(help="Predictions; omitted: run the extractor on the gold texts.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List misses, false alarms, wrong speakers, cues and outlets.")] = False,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="Per-document figures too.")] = False,
    fast: Annotated[bool, typer.Option("--fast", help="With no PRED: run the regex-only mode.")] = False,
    models: Annotated[str, typer.Option("--models", help="With no PRED: bundled, official, or a folder.")] = "bundled",
    types: Annotated[Optional[str], typer.Option("--types", help="Score only these types on both sides, e.g. 'direct' (for corpora that label only quotations).")] = None,
    given_spans: Annotated[bool, typer.Option("--given-spans", help="Run only speaker and outlet resolution, on the gold's own content, cue and source spans.")] = False,
) -> None:
    """Score predictions (or the extractor itself) against gold."""
    from .io import InputDoc, load_documents
    from .eval.metrics import errors, format_errors, format_table, score
    from .model import Document
    from .batch import run

    for f in (gold, pred):
        if f is not None and not f.is_file():
            _err(f"{f}: no such file")
            raise typer.Exit(2)
    docs, problems = load_documents(gold)
    for p in problems:
        _err(f"{gold}:{p.line}: {p.message}")
    if problems:
        raise typer.Exit(2)
    if given_spans and pred is not None:
        _err("--given-spans resolves speakers on the gold spans: give no prediction file")
        raise typer.Exit(2)
    if given_spans:
        from .pipeline import Pipeline

        pipe = Pipeline()
        preds = [pipe.resolve_given(d) for d in docs]
    elif pred is None:
        inputs = [InputDoc(d.doc_id, d.text, d.meta.model_dump(exclude_none=True) if d.meta else {}) for d in docs]
        preds = [r for r in run(inputs, mode="fast" if fast else "full", models=models) if isinstance(r, Document)]
    else:
        preds, pproblems = load_documents(pred)
        for p in pproblems:
            _err(f"{pred}:{p.line}: {p.message}")
    if types:
        keep = {t.strip() for t in types.split(",")}
        unknown = keep - {"direct", "indirect", "mixed"}
        if unknown:
            _err(f"--types: unknown type(s) {', '.join(sorted(unknown))}; use direct, indirect, mixed")
            raise typer.Exit(2)
        docs = [d.model_copy(update={"attributions": [a for a in d.attributions if a.type in keep]}) for d in docs]
        preds = [d.model_copy(update={"attributions": [a for a in d.attributions if a.type in keep]}) for d in preds]
    report = score(docs, preds)
    if as_json:
        sys.stdout.write(orjson.dumps(report.to_dict(by_doc=by_doc), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        typer.echo(format_table(report, by_doc=by_doc))
    if show_errors:
        typer.echo(format_errors(errors(docs, preds)))


convert_app = typer.Typer(no_args_is_help=True, help="Convert other corpora into the gold format.")
app.add_typer(convert_app, name="convert")


@convert_app.command("pfsa-id")
def convert_pfsa_id(
    src: Annotated[Path, typer.Argument(help="A PFSA-ID token/BILOU file (e.g. dev-40.txt).")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Gold JSON Lines to write.")] = None,
) -> None:
    """Convert PFSA-ID (CC BY-NC-SA: keep the output out of the repository) into the gold format."""
    from .eval.convert import convert_pfsa
    from .io import atomic_output, write_jsonl

    if not src.exists():
        _err(f"{src}: no such file")
        raise typer.Exit(2)
    n = 0

    def counted():
        nonlocal n
        for d in convert_pfsa(src):
            n += 1
            yield d

    with _output(output) as out:
        write_jsonl(counted(), out)
    _err(f"{src}: {n} documents converted")


models_app = typer.Typer(no_args_is_help=True, help="Stanza models: bundled, official, training.")
app.add_typer(models_app, name="models")


@models_app.command("download")
def models_download(resources_dir: Annotated[Optional[str], typer.Option(help="Stanza resources folder.")] = None) -> None:
    """Download stanza's official Indonesian models (needs the model hub; then use --models official)."""
    from .nlp import ModelDownloadError, download_official

    try:
        where = download_official(resources_dir)
    except ModelDownloadError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1)
    _err(f"official models in {where}")


@models_app.command("info")
def models_info() -> None:
    """Where the bundled models are and what they scored."""
    from .nlp import BUNDLED_MODELS_DIR

    typer.echo(f"bundled models: {BUNDLED_MODELS_DIR}")
    for f in sorted(BUNDLED_MODELS_DIR.glob("*")):
        typer.echo(f"  {f.name:<16} {f.stat().st_size / 1e6:6.1f} MB")
    scores = BUNDLED_MODELS_DIR / "scores.json"
    if scores.exists():
        typer.echo(scores.read_text())


@models_app.command("train")
def models_train() -> None:
    """How to retrain the bundled models (the training script lives in the source repository)."""
    typer.echo("Retrain from the UD treebanks with:  python scripts/train_models.py --out src/attribution/models/id\n"
               "(see src/attribution/models/README.md: data, settings, scores).")


@convert_app.command("to-label-studio")
def convert_to_label_studio(
    src: Annotated[Path, typer.Argument(help="A gold or prediction JSON Lines file.")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Label Studio tasks (JSON) to write.")] = None,
) -> None:
    """Gold or predictions as Label Studio tasks (import them with the interface of label-studio-config)."""
    from .eval.label_studio import to_tasks
    from .io import atomic_output, load_documents

    if not src.exists():
        _err(f"{src}: no such file")
        raise typer.Exit(2)
    docs, problems = load_documents(src)
    for p in problems:
        _err(f"{src}:{p.line}: {p.message}")
    if problems:
        raise typer.Exit(1)
    with _output(output) as out:
        out.write(orjson.dumps(to_tasks(docs), option=orjson.OPT_INDENT_2) + b"\n")
    _err(f"{src}: {len(docs)} tasks, {sum(len(d.attributions) for d in docs)} attributions")


@convert_app.command("label-studio-config")
def convert_label_studio_config() -> None:
    """Print the Label Studio labelling interface (XML) for the tasks of to-label-studio."""
    from .eval.label_studio import config

    typer.echo(config(), nl=False)


@convert_app.command("label-studio")
def convert_label_studio(
    src: Annotated[Path, typer.Argument(help="A Label Studio JSON export (a list of tasks).")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Gold JSON Lines to write.")] = None,
) -> None:
    """A Label Studio export back to the gold format (validated: a bad task or region is named)."""
    from .eval.label_studio import LabelStudioError, from_tasks
    from .io import atomic_output, write_jsonl

    if not src.exists():
        _err(f"{src}: no such file")
        raise typer.Exit(2)
    try:
        docs = from_tasks(orjson.loads(src.read_bytes()))
    except orjson.JSONDecodeError as exc:
        _err(f"{src}: not JSON: {exc}")
        raise typer.Exit(1)
    except (LabelStudioError, ValueError) as exc:
        _err(f"{src}: {exc}".splitlines()[0])
        raise typer.Exit(1)
    with _output(output) as out:
        write_jsonl(docs, out)
    _err(f"{src}: {len(docs)} documents, {sum(len(d.attributions) for d in docs)} attributions")
