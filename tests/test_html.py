"""--format html: one self-contained page a document (or a folder of them with an index), every statement of
the JSON output marked in the article; and the page of seed 000 rendered in headless Chromium."""

import json
import os
import shutil
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from attribution.model import Attribution, Document, Span
from attribution.views.html import page

from conftest import SEEDS, cli

SEED0 = SEEDS / "000_5303c0ab37e2f736.txt"


def _run(*args):
    return cli(*args)


class Marks(HTMLParser):
    """Text of the article, and the text inside each (attribution id, part) element, labels excluded."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.parts: dict[tuple[str, str], str] = {}
        self.article = ""
        self.who: dict[str, str] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "who" in (a.get("class") or "").split() and "data-a" in a:
            self.who[a["data-a"]] = a["data-who"]
        if tag not in {"meta", "br", "img", "link", "input"}:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        inside = [a for _, a in self.stack]
        if any(a.get("class") == "article" for a in inside):
            self.article += data
            for a in inside:
                if "data-part" in a:
                    key = (a["data-a"], a["data-part"])
                    self.parts[key] = self.parts.get(key, "") + data


def _parse(html: str) -> Marks:
    m = Marks()
    m.feed(html)
    return m


def _check_every_statement(html: str, doc: dict) -> Marks:
    m = _parse(html)
    assert m.article == doc["text"]
    for a in doc["attributions"]:
        assert m.parts[(a["id"], "content")] == a["content"]["text"]
        for part in ("cue", "source"):
            if a.get(part):
                assert m.parts[(a["id"], part)] == a[part]["text"]
        assert m.who[a["id"]].startswith(a["speaker"])
        for o in a["outlets"]:
            assert o in m.who[a["id"]]
    return m


def test_page_of_seed_000_shows_every_statement_of_the_json_output(tmp_path: Path):
    doc = json.loads(_run("extract", "--fast", SEED0).stdout)
    out = tmp_path / "page.html"
    r = _run("extract", "--fast", "--format", "html", "-o", out, SEED0)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    m = _check_every_statement(html, doc)
    assert "via VOA" in m.who["a4"] and 'class="legend"' in html
    assert "rule quote-post-cue · confidence 0.95" in html  # on hover (title)
    assert '<meta name="viewport"' in html
    # self-contained: nothing is loaded from anywhere
    assert not {"script", "link", "img", "iframe"} & set(m.tags)
    assert "url(" not in html and "@import" not in html and "src=" not in html


def test_folder_of_pages_with_an_index_and_one_page_refused_for_several(tmp_path: Path):
    r = _run("extract", "--fast", "--format", "html", "-o", f"{tmp_path}/site/", SEEDS)
    assert r.returncode == 0, r.stderr
    pages = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert pages == sorted([p.stem + ".html" for p in SEEDS.glob("*.txt")] + ["index.html"])
    index = (tmp_path / "site" / "index.html").read_text()
    assert all(f'href="{p}"' in index for p in pages if p != "index.html")
    docs = [json.loads(line) for line in _run("extract", "--fast", SEEDS).stdout.splitlines()]
    for d in docs:
        _check_every_statement((tmp_path / "site" / f"{d['doc_id']}.html").read_text(), d)
    r = _run("extract", "--fast", "--format", "html", "-o", tmp_path / "one.html", SEEDS)
    assert r.returncode == 2 and "-o FOLDER/" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "one.html").exists()


def test_text_is_escaped_and_nested_and_crossing_spans_are_kept():
    text = 'Kata <script>alert("x")</script> & “A B C D,” kata Budi.'
    q0 = text.index("A B")
    crossing = Attribution(id="a2", type="indirect", content=Span.of(text, q0 + 2, len(text) - 1), speaker="X")
    a1 = Attribution(id="a1", type="direct", content=Span.of(text, q0, q0 + 8), cue=Span.of(text, q0 + 10, q0 + 14),
                     source=Span.of(text, q0 + 15, q0 + 19), speaker="Budi", outlets=["<b>VOA</b>"], rule="r", confidence=0.5)
    doc = Document(doc_id="d<1>", text=text, attributions=[a1, crossing])
    html = page(doc)
    assert "<script" not in html and "&lt;script&gt;" in html and "<b>VOA" not in html
    m = _parse(html)
    assert m.article == text
    assert m.parts[("a1", "content")] == "A B C D,"
    assert m.parts[("a2", "content")] == text[q0 + 2 : len(text) - 1]  # split into pieces, nothing lost
    assert m.parts[("a1", "source")] == "Budi" and m.who["a1"] == "Budi · via <b>VOA</b>"
    err = page(__import__("attribution.model", fromlist=["ErrorRecord"]).ErrorRecord(doc_id="e", error="<bad>"))
    assert "&lt;bad&gt;" in err


# --- headless Chromium -------------------------------------------------------------------------------------

def _chromium() -> str | None:
    for name in (os.environ.get("ATTRIBUTION_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "chrome"):
        if name and (found := shutil.which(name)):
            return found
    return None


def _png_is_not_blank(png: bytes) -> bool:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    data, i = b"", 8
    while i < len(png):
        n = int.from_bytes(png[i : i + 4], "big")
        if png[i + 4 : i + 8] == b"IDAT":
            data += png[i + 8 : i + 8 + n]
        i += 12 + n
    raw = zlib.decompress(data)
    counts = sorted((raw.count(bytes([b])) for b in set(raw)), reverse=True)
    return len(counts) > 32 and counts[0] / len(raw) < 0.97


def test_browser_renders_the_highlights_of_seed_000(tmp_path: Path):
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium on PATH (install it: apt-get install -y chromium; .ci/run does so when it can)")
    doc = json.loads(_run("extract", "--fast", SEED0).stdout)
    out = tmp_path / "page.html"
    assert _run("extract", "--fast", "--format", "html", "-o", out, SEED0).returncode == 0
    flags = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", "--window-size=1000,1400"]
    shot = tmp_path / "shot.png"
    dom = subprocess.run(flags + [f"--screenshot={shot}", "--dump-dom", out.as_uri()], capture_output=True, text=True,
                         timeout=90)
    assert dom.returncode == 0 and "<mark" in dom.stdout, dom.stderr[-2000:]
    m = _check_every_statement(dom.stdout, doc)  # the DOM the browser built, not our string
    assert len({k for k in m.parts if k[1] == "content"}) == len(doc["attributions"])
    if not shot.is_file():  # a build that does not take both at once
        r = subprocess.run(flags + [f"--screenshot={shot}", out.as_uri()], capture_output=True, text=True, timeout=90)
        assert shot.is_file(), r.stderr[-2000:]
    assert _png_is_not_blank(shot.read_bytes())
