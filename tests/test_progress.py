"""Progress of long CLI runs (rich): documents done, documents/s, time left when the count is known."""

import io
import re

from rich.console import Console

from attribution.progress import Progress, count_inputs

from conftest import GOLD, SEEDS, cli


def test_count_of_documents_matches_what_the_run_yields(tmp_path):
    assert count_inputs([str(SEEDS)]) == 5
    n_pool = sum(1 for line in (GOLD / "pool-dev.jsonl").read_bytes().splitlines() if line.strip())
    assert count_inputs([str(SEEDS), str(GOLD / "pool-dev.jsonl"), str(tmp_path / "missing.txt")]) == 5 + n_pool + 1
    assert count_inputs(["-"]) is None


def test_live_bar_on_a_terminal_shows_done_rate_and_time_left():
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=160, color_system=None)
    bar = Progress(True, total=4, console=console)
    for failed in (False, True, False, False):
        bar.tick(failed)
    bar._bar.refresh()
    live = buf.getvalue()
    assert "4/4" in live and "1 failed" in live and "docs/s" in live and "left" in live
    bar.close()
    assert re.search(r"4 documents \(1 failed\), [\d,.]+ docs/s in [\d.]+ s$", buf.getvalue().rstrip())


def test_cli_summary_when_asked_and_silence_when_not():
    r = cli("extract", "--fast", "--progress", SEEDS)
    assert "5 documents (0 failed)" in r.stderr and "docs/s" in r.stderr
    assert cli("extract", "--fast", "--no-progress", SEEDS).stderr == ""
