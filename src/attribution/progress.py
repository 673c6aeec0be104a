"""Progress of a long ``extract`` run on standard error, drawn by ``rich`` (which the CLI has through typer).

A live bar while it runs (documents done, failed, documents/s, and with a known count the share done and
the time left), gone when it ends, then one summary line: ``N documents (F failed), R docs/s in T s``.  The
count is known when the inputs are files and folders (each ``.txt`` a document, each non-blank line of a
JSON Lines file a document; counting stops at :data:`COUNT_LIMIT` bytes of JSON Lines); standard input has
no count.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, ProgressColumn, SpinnerColumn,
                           TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

COUNT_LIMIT = 256 * 1024 * 1024
_JSONL = {".jsonl", ".ndjson", ".json"}


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many documents (or error records) :func:`attribution.io.iter_inputs` will yield, if cheap to know."""
    total, budget = 0, COUNT_LIMIT
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.is_file() and (f.suffix.lower() == ".txt" or f.suffix.lower() in _JSONL))
            total += 0 if files else 1
        else:
            files = [path]
        for f in files:
            if f.suffix.lower() not in _JSONL or not f.is_file():
                total += 1
                continue
            try:
                budget -= f.stat().st_size
                if budget < 0:
                    return None
                with f.open("rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            except OSError:
                total += 1
    return total


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "– docs/s", style="progress.data.speed")


class Progress:
    """``tick(failed)`` per output record, ``close()`` at the end; silent unless ``enabled``."""

    def __init__(self, enabled: bool, total: int | None = None, console: Console | None = None):
        self.enabled, self.total = enabled, total
        self.n = self.failed = 0
        self.t0 = time.perf_counter()
        self.console = console or Console(stderr=True)
        self._bar: RichProgress | None = None
        if enabled and self.console.is_terminal:
            cols: list[ProgressColumn] = [SpinnerColumn(), TextColumn("extracting")]
            if total is not None:
                cols += [BarColumn(), TaskProgressColumn(), MofNCompleteColumn()]
            else:
                cols += [TextColumn("{task.completed} documents")]
            cols += [TextColumn("[red]{task.fields[failed]} failed"), _Rate(), TimeElapsedColumn()]
            if total is not None:
                cols += [TextColumn("left"), TimeRemainingColumn()]
            self._bar = RichProgress(*cols, console=self.console, transient=True, refresh_per_second=5)
            self._task = self._bar.add_task("extract", total=total, failed=0)
            self._bar.start()

    def tick(self, failed: bool) -> None:
        self.n += 1
        self.failed += failed
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        if self.enabled:
            secs = time.perf_counter() - self.t0
            self.console.print(f"{self.n} documents ({self.failed} failed), {self.n / max(secs, 1e-9):,.1f} docs/s "
                               f"in {secs:.1f} s", highlight=False, soft_wrap=True)
            self.enabled = False
