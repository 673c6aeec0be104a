"""Running the extractor over many documents: batching, worker processes, streaming, order kept.

``run(inputs, mode="full"|"fast", workers=N)`` yields one output record per input record, in input
order: a :class:`Document` with its attributions, or an :class:`ErrorRecord` naming the file, the line
and the cause.  Documents stream through a bounded window, so memory does not grow with the number of
documents.  In full mode each worker process loads the stanza pipeline once and parses its documents in
batches (one stanza call per batch).
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from .io import InputDoc, one_line
from .model import Document, ErrorRecord

BATCH = 16  # documents per stanza call
# Documents per task sent to a worker process.  Full mode: small, so that the workers finish together
# (with 16, a run of 100 documents is 7 tasks and one worker idles through the last; measured on 100
# documents, 2 workers: 13 s with 2 a task, 18 s with 8); stanza batches the sentences of a task.
# Fast mode: large, since passing documents between processes costs about as much as extracting them.
WORKER_BATCH = {"full": 2, "fast": 64}

_worker_nlp: Any = None  # per worker process: the stanza pipeline and the extractor, loaded once
_worker_pipeline: Any = None


class DocumentTimeout(Exception):
    """A document took longer than the time limit (``--max-seconds``)."""


def _alarm(signum, frame) -> None:
    raise DocumentTimeout()


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocumentTimeout` in the body after ``seconds`` (SIGALRM; main thread only, else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _extract_one(d: InputDoc, tags: list[tuple[int, int, str, str]] | None, pipeline: Any,
                 max_seconds: float | None = None) -> Document | ErrorRecord:
    where = f"{d.file}:{d.line}" if d.line else (d.file or d.doc_id)
    try:
        with time_limit(max_seconds):
            return pipeline.run(d.text, doc_id=d.doc_id, meta=_clean_meta(d.meta), tags=tags)
    except DocumentTimeout:
        return ErrorRecord(doc_id=d.doc_id, file=d.file, line=d.line,
                           error=f"{where}: stopped after {max_seconds:g} s (--max-seconds), {len(d.text):,} characters")
    except ValidationError as exc:
        return ErrorRecord(doc_id=d.doc_id, file=d.file, line=d.line, error=f"{where}: {one_line(exc)}")
    except Exception as exc:  # one bad document must not stop the batch
        msg = str(exc).splitlines()[0] if str(exc) else ""
        return ErrorRecord(doc_id=d.doc_id, file=d.file, line=d.line, error=f"{where}: extraction failed: {type(exc).__name__}: {msg}")


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (meta or {}).items() if k != "provenance"}


def process_batch(docs: list[InputDoc], nlp: Any = None, pipeline: Any = None,
                  max_seconds: float | None = None) -> list[Document | ErrorRecord]:
    """Extract a batch; with ``nlp``, one stanza call parses every document of the batch.  ``pipeline`` is
    the extractor (:class:`attribution.pipeline.Pipeline`), built once by the caller where it is given."""
    if pipeline is None:
        pipeline = make_pipeline("fast" if nlp is None else "full")
    if nlp is None:
        return [_extract_one(d, None, pipeline, max_seconds) for d in docs]
    try:
        tagged: list[Any] = tag_texts(nlp, [d.text for d in docs])
    except Exception:
        tagged = []
        for d in docs:
            try:
                tagged.append(tag_texts(nlp, [d.text])[0])
            except Exception as exc:
                tagged.append(exc)
    out = []
    for d, tags in zip(docs, tagged):
        if isinstance(tags, Exception):
            where = f"{d.file}:{d.line}" if d.line else (d.file or d.doc_id)
            out.append(ErrorRecord(doc_id=d.doc_id, file=d.file, line=d.line,
                                   error=f"{where}: stanza failed: {type(tags).__name__}: {str(tags).splitlines()[0] if str(tags) else ''}"))
        else:
            out.append(_extract_one(d, tags, pipeline, max_seconds))
    return out


#: A line longer than this (no real news paragraph comes near) is not given to stanza whole: its tagger's
#: cost grows faster than linearly with the length of a sentence, and text without full stops is one sentence.
STANZA_PARAGRAPH = 5000


def stanza_pieces(text: str) -> list[tuple[int, str]]:
    """(offset, text) of what stanza parses: the whole text, or, when a line is longer than
    :data:`STANZA_PARAGRAPH`, each paragraph, long ones cut where the segmenter cuts them (at most
    ``MAX_SENTENCE`` characters each)."""
    from .text.segment import MAX_SENTENCE, _bounded, paragraphs

    if max(map(len, text.split("\n"))) <= STANZA_PARAGRAPH:
        return [(0, text)]
    pieces = []
    for ps, pe in paragraphs(text):
        for s, e in (_bounded(text, ps, pe) if pe - ps > MAX_SENTENCE else [(ps, pe)]):
            pieces.append((s, text[s:e]))
    return pieces


def tag_texts(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    """Stanza's tags of each text (offsets into it), all of them parsed in one stanza call."""
    from .nlp import parse, stanza_tags

    pieces = [stanza_pieces(t) for t in texts]
    parsed = iter(parse(nlp, [t for ps in pieces for _, t in ps]))
    out = []
    for ps in pieces:
        tags: list[tuple[int, int, str, str]] = []
        for off, _t in ps:
            pd = next(parsed)
            tags.extend(stanza_tags(pd) if off == 0 else [(s + off, e + off, u, lemma) for s, e, u, lemma in stanza_tags(pd)])
        out.append(tags)
    return out


def _init_worker(mode: str, models: str, threads: int, max_seconds: float | None = None) -> None:
    global _worker_nlp, _worker_max_seconds, _worker_pipeline
    _worker_max_seconds = max_seconds
    _worker_pipeline = make_pipeline(mode)
    if mode == "full":
        import torch

        torch.set_num_threads(threads)
        from .nlp import load_pipeline

        _worker_nlp = load_pipeline(models=models, processors=FULL_PROCESSORS)


def make_pipeline(mode: str) -> Any:
    """The extractor for ``mode``: the default (full) mode adds the entity model to stanza's tags."""
    from .pipeline import Pipeline

    if mode != "full":
        return Pipeline()
    from .nlp.ner import NerTagger

    return Pipeline(ner=NerTagger.load())


def _worker_batch(docs: list[InputDoc]) -> list[Document | ErrorRecord]:
    return process_batch(docs, _worker_nlp, _worker_pipeline, _worker_max_seconds)


#: The stanza processors the extractor uses: UPOS tags (the rules read no lemma and no parse, so neither runs:
#: output is identical with them, and the default mode is a fifth faster without the lemmatiser).
FULL_PROCESSORS = "tokenize,mwt,pos"


def _batches(items: Iterable[InputDoc | ErrorRecord], size: int) -> Iterator[list[InputDoc | ErrorRecord]]:
    batch: list[InputDoc | ErrorRecord] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_local(batch: list[InputDoc | ErrorRecord], nlp: Any, pipeline: Any,
               max_seconds: float | None = None) -> list[Document | ErrorRecord]:
    docs = [b for b in batch if isinstance(b, InputDoc)]
    results = iter(process_batch(docs, nlp, pipeline, max_seconds)) if docs else iter(())
    return [b if isinstance(b, ErrorRecord) else next(results) for b in batch]


def run(
    inputs: Iterable[InputDoc | ErrorRecord],
    mode: str = "full",
    workers: int = 1,
    models: str = "bundled",
    nlp: Any = None,
    batch_size: int | None = None,
    max_seconds: float | None = None,
) -> Iterator[Document | ErrorRecord]:
    """Extract every input in order.  ``mode``: ``full`` (stanza tags) or ``fast`` (regex only).

    ``batch_size``: documents per stanza call; default :data:`BATCH` in this process and
    :data:`WORKER_BATCH` (by mode) per task with ``workers`` > 1.  ``max_seconds``: a time limit per
    document (its extraction; stanza's parse of a batch is not counted): past it, an error record."""
    if mode not in {"full", "fast"}:
        raise ValueError(f"unknown mode {mode!r}: use 'full' or 'fast'")
    if workers <= 1:
        if mode == "full" and nlp is None:
            from .nlp import load_pipeline

            nlp = load_pipeline(models=models, processors=FULL_PROCESSORS)
        pipeline = make_pipeline(mode)
        for batch in _batches(inputs, batch_size or BATCH):
            yield from _run_local(batch, nlp if mode == "full" else None, pipeline, max_seconds)
        return
    threads = max(1, (os.cpu_count() or workers) // workers)
    window: deque[tuple[list[InputDoc | ErrorRecord], Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(mode, models, threads, max_seconds)) as pool:
        for batch in _batches(inputs, batch_size or WORKER_BATCH[mode]):
            docs = [b for b in batch if isinstance(b, InputDoc)]
            window.append((batch, pool.submit(_worker_batch, docs)))
            if len(window) >= workers * 4:
                yield from _drain(window.popleft())
        while window:
            yield from _drain(window.popleft())


def _drain(item: tuple[list[InputDoc | ErrorRecord], Future]) -> list[Document | ErrorRecord]:
    batch, fut = item
    results = iter(fut.result())
    return [b if isinstance(b, ErrorRecord) else next(results) for b in batch]
