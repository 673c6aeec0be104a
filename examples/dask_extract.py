#!/usr/bin/env python
"""Extract attributions from a partitioned JSON Lines dataset with Dask.

Input: one or more JSON Lines files (a glob pattern), one document a line::

    {"doc_id": "a1", "text": "…", "meta": {"outlet": "…"}}      # meta optional

Output: one JSON Lines file per partition in the output folder (``part-00000.jsonl``, …), each line a
``Document`` with its attributions, or an error record ``{"doc_id", "error", "file", "line"}`` for a line
that could not be read or processed -- exactly what ``attribution extract`` writes.

How it works:

1. ``dask.bag.read_text(pattern, blocksize=…, include_path=True)`` reads the lines; with the default
   ``--blocksize`` none, every input file is one partition (give e.g. ``--blocksize 64MiB`` to split
   big files; line numbers in error records then count from the start of the block).
2. ``map_partitions(extract_partition)``: each partition parses its lines with
   :func:`attribution.io.iter_jsonl`, loads the stanza pipeline ONCE (full mode only; the default is
   the fast regex mode) and runs :func:`attribution.batch.process_batch` over its documents in
   batches of :data:`attribution.batch.BATCH`.
3. ``to_textfiles(out/part-*.jsonl)`` writes each partition's records as JSON Lines.

Usage::

    python examples/dask_extract.py 'data/*.jsonl' out/                       # fast mode, processes
    python examples/dask_extract.py 'data/*.jsonl' out/ --full --models bundled
    python examples/dask_extract.py 'data/*.jsonl' out/ --scheduler synchronous   # debugging

Schedulers: ``processes`` (default: one Python process per core, the right choice for this CPU-bound,
GIL-holding work), ``threads`` (one process; fine for small data), ``synchronous`` (no parallelism,
for debugging and tests).  In full mode each partition loads the pipeline (a few seconds), so prefer
few large partitions; with ``processes`` set ``--torch-threads 1`` so that workers do not fight over
cores.  On a cluster, create a ``dask.distributed.Client`` first and pass ``--scheduler distributed``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

SCHEDULERS = ("processes", "threads", "synchronous", "distributed")


def extract_partition(lines: Iterable[Any], full: bool = False, models: str = "bundled",
                      torch_threads: int | None = None) -> Iterator[str]:
    """One partition: JSON lines (or ``(line, path)`` pairs) in, JSON Lines records out (as str).

    Runs in the Dask worker.  The pipeline is loaded once for the whole partition.
    """
    from attribution.io import InputDoc, dumps, iter_jsonl
    from attribution.batch import BATCH, FULL_PROCESSORS, process_batch

    # read_text(include_path=True) gives (line, path); group consecutive lines by file for error messages
    items: list[tuple[str, str]] = []
    for it in lines:
        line, path = it if isinstance(it, tuple) else (it, "<partition>")
        items.append((line, str(path)))

    def records() -> Iterator[Any]:
        start = 0
        while start < len(items):
            path = items[start][1]
            end = start
            while end < len(items) and items[end][1] == path:
                end += 1
            yield from iter_jsonl((line.encode("utf-8") for line, _ in items[start:end]), path)
            start = end

    nlp = None
    if full:
        if torch_threads:
            import torch

            torch.set_num_threads(torch_threads)
        from attribution.nlp import load_pipeline

        nlp = load_pipeline(models=models, processors=FULL_PROCESSORS)

    batch: list[Any] = []

    def flush() -> Iterator[str]:
        docs = [b for b in batch if isinstance(b, InputDoc)]
        done = iter(process_batch(docs, nlp)) if docs else iter(())
        for b in batch:
            rec = next(done) if isinstance(b, InputDoc) else b  # error records pass through, in order
            yield dumps(rec).decode("utf-8")
        batch.clear()

    for rec in records():
        batch.append(rec)
        if len(batch) >= BATCH:
            yield from flush()
    yield from flush()


def build(pattern: str, out_dir: str | Path, full: bool = False, models: str = "bundled",
          blocksize: str | int | None = None, torch_threads: int | None = None):
    """The Dask graph: a bag of output JSON strings (nothing is computed yet)."""
    import dask.bag as db

    bag = db.read_text(pattern, blocksize=blocksize, include_path=True)
    return bag.map_partitions(lambda part: list(extract_partition(part, full=full, models=models,
                                                                  torch_threads=torch_threads)))


def run(pattern: str, out_dir: str | Path, full: bool = False, models: str = "bundled",
        scheduler: str = "processes", blocksize: str | int | None = None,
        torch_threads: int | None = None) -> list[str]:
    """Extract every document matched by ``pattern``; returns the output files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bag = build(pattern, out, full=full, models=models, blocksize=blocksize, torch_threads=torch_threads)
    kw = {} if scheduler == "distributed" else {"scheduler": scheduler}  # distributed: the active Client
    return bag.to_textfiles(str(out / "part-*.jsonl"), name_function=lambda i: f"{i:05d}",
                            last_endline=True, **kw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="glob pattern of JSON Lines files, e.g. 'data/*.jsonl' (quote it)")
    ap.add_argument("output", help="output folder (one part-NNNNN.jsonl per partition)")
    ap.add_argument("--full", action="store_true", help="full mode: stanza tags (default: fast regex mode)")
    ap.add_argument("--models", default="bundled", help="stanza models for --full: bundled|official|DIR")
    ap.add_argument("--scheduler", default="processes", choices=SCHEDULERS)
    ap.add_argument("--blocksize", default=None, help="split files into blocks of this size (e.g. 64MiB); "
                    "default: one partition per file")
    ap.add_argument("--torch-threads", type=int, default=None, help="torch threads per partition (full mode)")
    args = ap.parse_args(argv)
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        print("error: dask is not installed (pip install 'attribution[dask]' or pip install 'dask[bag]')",
              file=sys.stderr)
        return 2
    import glob

    if not glob.glob(args.input):
        print(f"error: no file matches {args.input!r}", file=sys.stderr)
        return 2
    try:
        files = run(args.input, args.output, full=args.full, models=args.models, scheduler=args.scheduler,
                    blocksize=args.blocksize, torch_threads=args.torch_threads)
    except Exception as exc:
        from attribution.nlp import ModelNotFoundError

        if isinstance(exc, ModelNotFoundError):
            print(f"error: {exc}\n(hint: drop --full to run the fast mode without stanza models)", file=sys.stderr)
            return 2
        raise
    print(f"wrote {len(files)} file(s) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
