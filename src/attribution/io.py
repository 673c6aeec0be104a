"""Reading inputs and writing JSON Lines.

Inputs: ``.txt`` files, folders of them, JSON Lines of ``{"doc_id", "text", "meta"?}`` and standard
input.  Every input document yields one :class:`InputDoc`, or an :class:`ErrorRecord` naming the file,
the line and the cause, so that nothing is lost silently.  Output is written atomically: a crash never
leaves half a file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson
from pydantic import ValidationError

from .model import Document, ErrorRecord

#: Documents larger than this are refused with a clear error (the extractor is linear, but a 20 MB
#: "article" is almost always a dump or a mistake, and would hold the whole batch up).
MAX_DOC_CHARS = 10_000_000

PROVENANCE_PREFIX = "# source:"


@dataclass
class InputDoc:
    doc_id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    line: int | None = None


def strip_provenance(raw: str) -> tuple[str, str | None]:
    """Remove a ``# source: …`` header line (and the blank lines after it) from an article file."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if not raw.startswith(PROVENANCE_PREFIX):
        return raw, None
    header, _, rest = raw.partition("\n")
    return rest.lstrip("\n"), header[len(PROVENANCE_PREFIX) :].strip()


def _check_text(text: str, where: str) -> str | None:
    if not text.strip():
        return f"{where}: the document is empty"
    if len(text) > MAX_DOC_CHARS:
        return f"{where}: the document has {len(text):,} characters, more than the limit of {MAX_DOC_CHARS:,}"
    return None


def read_txt(path: Path, doc_id: str | None = None) -> InputDoc | ErrorRecord:
    doc_id = doc_id or path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ErrorRecord(doc_id=doc_id, file=str(path), error=f"{path}: cannot read: {exc.strerror or exc}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ErrorRecord(
            doc_id=doc_id, file=str(path), line=line,
            error=f"{path}:{line}: invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
        )
    text, provenance = strip_provenance(raw)
    problem = _check_text(text, str(path))
    if problem:
        return ErrorRecord(doc_id=doc_id, file=str(path), error=problem)
    meta = {"provenance": provenance} if provenance else {}
    return InputDoc(doc_id=doc_id, text=text, meta=meta, file=str(path))


def iter_jsonl(stream: Iterable[bytes], name: str) -> Iterator[InputDoc | ErrorRecord]:
    """Documents of a JSON Lines stream; a bad line becomes an error record, the rest go on."""
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            try:
                raw.decode("utf-8")
                cause = f"malformed JSON ({exc})"
            except UnicodeDecodeError:
                cause = "invalid UTF-8"
            yield ErrorRecord(file=name, line=lineno, error=f"{where}: {cause}")
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(file=name, line=lineno, error=f"{where}: expected a JSON object, got {type(obj).__name__}")
            continue
        doc_id = obj.get("doc_id")
        doc_id = str(doc_id) if doc_id is not None else f"{Path(name).stem}:{lineno}"
        text = obj.get("text")
        if not isinstance(text, str):
            what = "missing" if text is None else f"not a string ({type(text).__name__})"
            yield ErrorRecord(doc_id=doc_id, file=name, line=lineno, error=f"{where}: the 'text' field is {what}")
            continue
        problem = _check_text(text, where)
        if problem:
            yield ErrorRecord(doc_id=doc_id, file=name, line=lineno, error=problem)
            continue
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        yield InputDoc(doc_id=doc_id, text=text, meta=meta, file=name, line=lineno)


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in {".jsonl", ".ndjson", ".json"}


def iter_inputs(paths: Iterable[str]) -> Iterator[InputDoc | ErrorRecord]:
    """Every document named by ``paths`` (files, folders, ``-`` for standard input), in a stable order."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                yield from iter_jsonl(data.splitlines(), "<stdin>")
            else:
                try:
                    text, _ = strip_provenance(data.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    yield ErrorRecord(doc_id="stdin", file="<stdin>", error=f"<stdin>: invalid UTF-8 at offset {exc.start}")
                    continue
                problem = _check_text(text, "<stdin>")
                yield ErrorRecord(doc_id="stdin", file="<stdin>", error=problem) if problem else InputDoc("stdin", text, file="<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.is_file() and (f.suffix.lower() == ".txt" or _is_jsonl(f)))
            if not files:
                yield ErrorRecord(file=str(path), error=f"{path}: the folder holds no .txt or .jsonl files")
            for f in files:
                yield from _iter_file(f)
        elif path.exists():
            yield from _iter_file(path)
        else:
            yield ErrorRecord(file=str(path), error=f"{path}: no such file or folder")


def _iter_file(path: Path) -> Iterator[InputDoc | ErrorRecord]:
    if _is_jsonl(path):
        try:
            with path.open("rb") as fh:
                yield from iter_jsonl(fh, str(path))
        except OSError as exc:
            yield ErrorRecord(file=str(path), error=f"{path}: cannot read: {exc.strerror or exc}")
    else:
        yield read_txt(path)


def dumps(record: Document | ErrorRecord | dict[str, Any]) -> bytes:
    if isinstance(record, dict):
        return orjson.dumps(record)
    return orjson.dumps(record.model_dump(mode="json", exclude_none=True))


@contextmanager
def atomic_output(path: str | None):
    """A binary stream: standard output, or a temporary file renamed onto ``path`` only on success."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_jsonl(records: Iterable[Document | ErrorRecord | dict[str, Any]], out: IO[bytes]) -> None:
    for r in records:
        out.write(dumps(r))
        out.write(b"\n")


@dataclass
class Problem:
    line: int
    message: str


def load_documents(path: str | Path) -> tuple[list[Document], list[Problem]]:
    """Read a gold or prediction file; problems name the line and what is wrong."""
    docs: list[Document] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                problems.append(Problem(lineno, f"malformed JSON ({exc})"))
                continue
            if isinstance(obj, dict) and "error" in obj and "text" not in obj:
                problems.append(Problem(lineno, f"error record for {obj.get('doc_id')!r}: {obj['error']}"))
                continue
            try:
                doc = Document.model_validate(obj)
            except ValidationError as exc:
                for e in exc.errors():
                    loc = ".".join(str(x) for x in e["loc"])
                    problems.append(Problem(lineno, f"{loc}: {e['msg']}" if loc else e["msg"]))
                continue
            if doc.doc_id in seen:
                problems.append(Problem(lineno, f"doc_id {doc.doc_id!r} already used on line {seen[doc.doc_id]}"))
                continue
            seen[doc.doc_id] = lineno
            docs.append(doc)
    return docs, problems
