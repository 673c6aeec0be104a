"""Reading inputs and writing JSON Lines.

Inputs: ``.txt`` files, folders of them, JSON Lines of ``{"doc_id", "text", "meta"?}`` and standard
input.  Every input document yields one :class:`InputDoc`, or an :class:`ErrorRecord` naming the file,
the line and the cause, so that nothing is lost silently.  Output is written atomically: a crash never
leaves half a file.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson
from pydantic import ValidationError

from .model import Document, ErrorRecord, Meta

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
        if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == ""):
            what = "empty" if isinstance(doc_id, str) else f"not a string ({type(doc_id).__name__})"
            yield ErrorRecord(file=name, line=lineno, error=f"{where}: doc_id: {what}")
            continue
        doc_id = str(doc_id) if doc_id is not None else f"{Path(name).stem}:{lineno}"
        meta = obj.get("meta")
        problem = _check_meta(meta)
        if problem:
            yield ErrorRecord(doc_id=doc_id, file=name, line=lineno, error=f"{where}: {problem}")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            what = "missing" if text is None else f"not a string ({type(text).__name__})"
            yield ErrorRecord(doc_id=doc_id, file=name, line=lineno, error=f"{where}: the 'text' field is {what}")
            continue
        problem = _check_text(text, where)
        if problem:
            yield ErrorRecord(doc_id=doc_id, file=name, line=lineno, error=problem)
            continue
        yield InputDoc(doc_id=doc_id, text=text, meta=meta or {}, file=name, line=lineno)


def _check_meta(meta: Any) -> str | None:
    """None when ``meta`` is absent or a valid meta object, else ``meta.field: what is wrong``."""
    if meta is None:
        return None
    if not isinstance(meta, dict):
        return f"meta: not an object ({type(meta).__name__})"
    try:
        Meta.model_validate({k: v for k, v in meta.items() if k != "provenance"})
    except ValidationError as exc:
        return one_line(exc, "meta")
    return None


def one_line(exc: ValidationError, prefix: str = "") -> str:
    """A validation error as one line: ``field: what is wrong`` (the first problem, and how many more)."""
    errs = exc.errors()
    if not errs:
        return str(exc).splitlines()[0]
    e = errs[0]
    loc = ".".join(str(x) for x in ((prefix,) if prefix else ()) + tuple(e["loc"]))
    msg = str(e["msg"]).splitlines()[0]
    more = f" (and {len(errs) - 1} more)" if len(errs) > 1 else ""
    return (f"{loc}: {msg}" if loc else msg) + more


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in {".jsonl", ".ndjson", ".json"}


def _wanted(path: Path) -> bool:
    return path.suffix.lower() == ".txt" or _is_jsonl(path)


def _regular(path: Path) -> bool:
    """A regular file (a FIFO or a device named ``*.txt`` would block the run or never end)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def stdin_is_jsonl(data: bytes) -> bool:
    """Standard input is JSON Lines when its first non-empty line is a JSON object with a ``text`` field
    (an article may well start with ``{Foto: Antara}``)."""
    for line in data.splitlines():
        if line.strip():
            try:
                obj = orjson.loads(line)
            except orjson.JSONDecodeError:
                return False
            return isinstance(obj, dict) and "text" in obj
    return False


def _stdin(input_format: str) -> Iterator[InputDoc | ErrorRecord]:
    data = sys.stdin.buffer.read()
    if input_format == "jsonl" or (input_format == "auto" and stdin_is_jsonl(data)):
        yield from iter_jsonl(data.splitlines(), "<stdin>")
        return
    try:
        text, _ = strip_provenance(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield ErrorRecord(doc_id="stdin", file="<stdin>", error=f"<stdin>: invalid UTF-8 at offset {exc.start}")
        return
    problem = _check_text(text, "<stdin>")
    yield ErrorRecord(doc_id="stdin", file="<stdin>", error=problem) if problem else InputDoc("stdin", text, file="<stdin>")


def _folder(path: Path, recursive: bool, note) -> Iterator[InputDoc | ErrorRecord]:
    if recursive:
        found = sorted(f for f in path.rglob("*") if _wanted(f) and _regular(f))
        skipped = 0
    else:
        found = sorted(f for f in path.iterdir() if _wanted(f) and _regular(f))
        skipped = sum(1 for f in path.rglob("*") if f.parent != path and _wanted(f) and _regular(f))
    irregular = sum(1 for f in (path.rglob("*") if recursive else path.iterdir()) if _wanted(f) and not _regular(f) and not f.is_dir())
    if skipped and note:
        note(f"{path}: {skipped} .txt/.jsonl file(s) in subfolders skipped (use --recursive to read them)")
    if irregular and note:
        note(f"{path}: {irregular} entry(ies) named .txt/.jsonl that are not regular files skipped (FIFOs, devices, broken links)")
    if not found:
        yield ErrorRecord(file=str(path), error=f"{path}: the folder holds no .txt or .jsonl files")
    for f in found:
        if f.parent != path and not _is_jsonl(f):  # "sub/x" names a file of a subfolder, so two x.txt differ
            yield read_txt(f, f.relative_to(path).with_suffix("").as_posix())
        else:
            yield from _iter_file(f)


def iter_inputs(paths: Iterable[str], recursive: bool = False, input_format: str = "auto",
                note=None) -> Iterator[InputDoc | ErrorRecord]:
    """Every document named by ``paths`` (files, folders, ``-`` for standard input), in a stable order.

    ``recursive``: read the subfolders of folders too (without it, ``note`` is told how many files there
    were skipped).  ``input_format``: ``auto``, ``jsonl`` or ``txt`` for standard input.  A ``doc_id`` seen
    before becomes an error record naming both places."""
    seen: dict[str, str] = {}
    for doc in _inputs(paths, recursive, input_format, note):
        if isinstance(doc, InputDoc):
            here = f"{doc.file}:{doc.line}" if doc.line else str(doc.file)
            first = seen.get(doc.doc_id)
            if first is not None:
                yield ErrorRecord(doc_id=doc.doc_id, file=doc.file, line=doc.line,
                                  error=f"{here}: doc_id {doc.doc_id!r} already used at {first}")
                continue
            seen[doc.doc_id] = here
        yield doc


def _inputs(paths: Iterable[str], recursive: bool, input_format: str, note) -> Iterator[InputDoc | ErrorRecord]:
    for p in paths:
        if p == "-":
            yield from _stdin(input_format)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _folder(path, recursive, note)
        elif path.exists() and not _regular(path):
            yield ErrorRecord(file=str(path), error=f"{path}: not a regular file (a FIFO, a device or a socket)")
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


class OutputError(Exception):
    """The output cannot be written: the message names the path and the reason, on one line."""


#: Temporary output files are named ``.<target>.partial-<pid>-<random>``: a run killed before it could
#: remove its own (SIGKILL) leaves an obviously stale file, which the next run into the same place removes.
PARTIAL = ".partial-"


def check_output(path: str | None) -> Path | None:
    """The output target, checked before any work starts; raises :class:`OutputError`."""
    if path is None or path == "-":
        return None
    target = Path(path)
    parent = target.parent
    if target.is_dir():
        raise OutputError(f"{target}: is a folder, not a file (give a file name to write to)")
    if target.exists() and not _regular(target):
        raise OutputError(f"{target}: not a regular file (a device, FIFO or socket), cannot be replaced atomically")
    if not parent.exists():
        raise OutputError(f"{target}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise OutputError(f"{target}: {parent} is not a folder")
    try:
        real = parent.resolve()
    except OSError:
        real = parent
    if real.parts[:2] in {("/", "proc"), ("/", "sys"), ("/", "dev")}:
        raise OutputError(f"{target}: {real.parts[1]} is a kernel file system, not a place for output files")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: no permission to write in the folder {parent}")
    return target


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(target: Path) -> list[Path]:
    """Remove left-overs of killed runs into ``target`` (their process is gone); the removed paths."""
    removed = []
    prefix = f".{target.name}{PARTIAL}"
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for f in entries:
        if not f.name.startswith(prefix):
            continue
        pid = f.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                f.unlink()
                removed.append(f)
            except OSError:
                pass
    return removed


_LIVE_TEMPS: set[str] = set()


def _on_sigterm(signum, frame) -> None:  # pragma: no cover - exercised through a subprocess
    for tmp in list(_LIVE_TEMPS):
        try:
            os.unlink(tmp)
        except OSError:
            pass
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def handle_sigterm() -> None:
    """On SIGTERM (and SIGHUP), remove the temporary output files of this process, then die of the signal."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            signal.signal(sig, _on_sigterm)
        except (ValueError, OSError):  # not the main thread
            pass


@contextmanager
def atomic_output(path: str | None):
    """A binary stream: standard output, or a temporary file renamed onto ``path`` only on success.

    Raises :class:`OutputError` (one line: the path and the reason) when the target cannot be written."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = check_output(path)
    remove_stale(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}{PARTIAL}{os.getpid()}-", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create a file in {target.parent}: {exc.strerror or exc}") from None
    _LIVE_TEMPS.add(tmp)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            try:
                fh.flush()
                os.fsync(fh.fileno())
            except OSError as exc:
                raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(f"{target}: cannot replace it: {exc.strerror or exc}") from None
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    finally:
        _LIVE_TEMPS.discard(tmp)


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
