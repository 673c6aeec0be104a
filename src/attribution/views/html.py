"""An article as a self-contained HTML page with every statement marked (``extract --format html``).

The text is shown as written (white space kept, every character escaped), each statement's content
highlighted by type, its cue and source marked, the speaker, role and outlets beside it, the rule and the
confidence on hover, a legend, and a list of the statements.  No scripts, fonts, images or style sheets are
loaded from anywhere: the page is one file.  Overlapping spans (a statement inside another, a cue inside a
content) are nested; where two cross, the later one is split into pieces that share its ``data-a``.

The article's ``textContent`` is exactly the document text: the labels beside the statements are drawn from
``data-who`` attributes by CSS, so offsets into the page text are offsets into the document.
"""

from __future__ import annotations

import html as _html
import os
from dataclasses import dataclass
from pathlib import Path

import regex

from ..io import atomic_output
from ..model import Attribution, Document, ErrorRecord

CSS = """
:root{--direct:#ffe08a;--indirect:#bfe6ff;--mixed:#dccbff;--cue:#b3261e;--src:#1b6e2e;--ink:#1d1d1f;--mute:#5f6368}
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
header,main{max-width:1200px;margin:0 auto;padding:12px 16px}
header h1{font-size:1.25rem;margin:.2em 0;word-break:break-word}
.meta{color:var(--mute);font-size:.9rem}
main{display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
@media (min-width:960px){main{grid-template-columns:minmax(0,2fr) minmax(0,1fr)}}
.article{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:16px;border-radius:8px;box-shadow:0 1px 3px #0002}
mark.st{color:inherit;border-radius:3px;padding:1px 0}
mark.st mark.st{border-bottom:2px solid #0006}
.t-direct{background:var(--direct)}.t-indirect{background:var(--indirect)}.t-mixed{background:var(--mixed)}
mark.st:hover,.cue:hover,.src:hover{outline:2px solid #0008}
.cue{color:var(--cue);font-weight:700;text-decoration:underline;text-decoration-thickness:2px}
.src{color:var(--src);font-weight:600;border-bottom:2px dotted var(--src)}
.who::after{content:attr(data-who);font-size:.72em;font-weight:600;color:#fff;background:#444;border-radius:9px;
 padding:0 .5em;margin:0 .2em;vertical-align:.15em;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:8px 16px;font-size:.9rem;margin:8px 0;padding:0;list-style:none}
.legend span{padding:0 .4em;border-radius:3px}
aside h2{font-size:1.05rem;margin:.2em 0 .5em}
ol.statements{padding-left:1.4em;margin:0}
ol.statements li{background:#fff;margin:0 0 10px;padding:8px 10px;border-left:6px solid #999;border-radius:6px;
 box-shadow:0 1px 2px #0002;font-size:.92rem;overflow-wrap:anywhere}
ol.statements li.t-direct{border-left-color:#e0b400}ol.statements li.t-indirect{border-left-color:#3a9ad9}
ol.statements li.t-mixed{border-left-color:#7e57c2}
ol.statements q{display:block;color:var(--mute);margin-top:4px}
.error{background:#fde7e9;border:1px solid #b3261e;padding:12px;border-radius:8px}
table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:6px 8px;border-bottom:1px solid #ddd;text-align:left}
"""

LEGEND = ('<ul class="legend" aria-label="legend"><li><span class="t-direct">direct</span> quotation</li>'
          '<li><span class="t-indirect">indirect</span> reported speech</li>'
          '<li><span class="t-mixed">mixed</span> reported, with a quotation</li>'
          '<li><span class="cue">cue</span> the word that signals it</li>'
          '<li><span class="src">source</span> who, as written</li>'
          '<li><span class="who" data-who="speaker · role · via outlet"></span> resolved</li></ul>')


def esc(s: str | None) -> str:
    return _html.escape(s or "", quote=True)


def _who(a: Attribution) -> str:
    who = a.speaker or "?"
    if a.role:
        who += f" · {a.role}"
    if a.outlets:
        who += " · via " + ", ".join(a.outlets)
    return who


def _hover(a: Attribution, part: str) -> str:
    conf = f"{a.confidence:.2f}" if a.confidence is not None else "–"
    return f"{a.id} {part} · {a.type} · {_who(a)} · rule {a.rule or '–'} · confidence {conf}"


@dataclass(eq=False)
class _Item:
    start: int
    end: int
    aid: str
    part: str
    tag: str
    attrs: str
    opened: bool = False

    def open(self) -> str:
        first, self.opened = not self.opened, True
        where = f' id="{esc(self.aid)}-{self.part}"' if first else " data-cont"
        return f"<{self.tag}{where} {self.attrs}>"


def _items(doc: Document) -> list[_Item]:
    out = []
    for a in doc.attributions:
        parts = [("content", a.content, "mark", f'class="st t-{a.type}"'), ("cue", a.cue, "span", 'class="cue"'),
                 ("source", a.source, "span", 'class="src"')]
        for part, span, tag, cls in parts:
            if span is not None and span.end > span.start:
                attrs = f'{cls} data-a="{esc(a.id)}" data-part="{part}" title="{esc(_hover(a, part))}"'
                out.append(_Item(start=span.start, end=span.end, aid=a.id, part=part, tag=tag, attrs=attrs))
    return out


def render_text(doc: Document) -> str:
    """The document text, escaped, with its spans as properly nested elements (crossing ones split), and
    after each statement's content the label of its speaker, role and outlets."""
    text, items = doc.text, _items(doc)
    labels: dict[int, list[Attribution]] = {}
    for a in doc.attributions:
        labels.setdefault(a.content.end, []).append(a)
    points = sorted({0, len(text), *(i.start for i in items), *(i.end for i in items), *labels})
    stack: list[_Item] = []
    out: list[str] = []
    by_start = sorted(items, key=lambda i: i.start)
    cover: list[_Item] = []  # the items over text[p:next point], swept left to right
    nxt = 0
    for k, p in enumerate(points):
        cover = [i for i in cover if i.end > p]
        while nxt < len(by_start) and by_start[nxt].start <= p:
            cover.append(by_start[nxt])
            nxt += 1
        keep = 0
        while keep < len(stack) and stack[keep] in cover:
            keep += 1
        out.extend(f"</{it.tag}>" for it in reversed(stack[keep:]))
        stack = stack[:keep]
        out.extend(f'<span class="who" data-a="{esc(a.id)}" data-who="{esc(_who(a))}"></span>' for a in labels.get(p, []))
        for it in sorted((i for i in cover if i not in stack), key=lambda i: (-i.end, i.start)):
            out.append(it.open())
            stack.append(it)
        if k + 1 < len(points):
            out.append(esc(text[p:points[k + 1]]))
    return "".join(out)


def _statement(a: Attribution) -> str:
    conf = f"{a.confidence:.2f}" if a.confidence is not None else "–"
    bits = [f'<a href="#{esc(a.id)}-content">{esc(a.id)}</a> <b>{esc(a.speaker or "?")}</b>']
    if a.role:
        bits.append(f"<i>{esc(a.role)}</i>")
    if a.outlets:
        bits.append("via " + esc(", ".join(a.outlets)))
    bits.append(f"{a.type} · cue <span class=cue>{esc(a.cue.text) if a.cue else '–'}</span>")
    if a.source:
        bits.append(f"source <span class=src>{esc(a.source.text)}</span>")
    bits.append(f"rule {esc(a.rule or '–')} · confidence {conf}")
    return (f'<li id="s-{esc(a.id)}" class="t-{a.type}" data-a="{esc(a.id)}" title="{esc(_hover(a, "statement"))}">'
            f'{" · ".join(bits)}<q>{esc(a.content.text)}</q></li>')


def _shell(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n")


def _safe_url(url: str | None) -> str | None:
    return url if url and regex.match(r"https?://[^\s\"'<>]+$", url) else None


def page(rec: Document | ErrorRecord, index_href: str | None = None) -> str:
    """One document (or its error) as a whole HTML page."""
    back = f'<a href="{esc(index_href)}">← all documents</a> · ' if index_href else ""
    if isinstance(rec, ErrorRecord):
        name = rec.doc_id or rec.file or "document"
        return _shell(f"{name}: error", f"<header>{back}<h1>{esc(name)}</h1></header>"
                                        f'<main><p class="error">{esc(rec.error)}</p></main>')
    meta = rec.meta
    facts = [f"{len(rec.attributions)} statements"]
    if meta and meta.outlet:
        facts.append(esc(meta.outlet))
    if meta and meta.date:
        facts.append(esc(meta.date))
    if meta and (url := _safe_url(meta.url)):
        facts.append(f'<a href="{esc(url)}" rel="noreferrer nofollow">{esc(url)}</a>')
    items = "".join(_statement(a) for a in rec.attributions) or "<li>none found</li>"
    body = (f'<header>{back}<h1>{esc(rec.doc_id)}</h1><div class="meta">{" · ".join(facts)}</div>{LEGEND}</header>'
            f'<main><div class="article" lang="id">{render_text(rec)}</div>'
            f'<aside><h2>Statements</h2><ol class="statements">{items}</ol></aside></main>')
    return _shell(rec.doc_id, body)


def index(entries: list[tuple[str, Document | ErrorRecord]]) -> str:
    """The index of a folder of pages: each document, its statement count or its error."""
    rows = []
    for href, rec in entries:
        if isinstance(rec, ErrorRecord):
            rows.append(f'<tr><td><a href="{esc(href)}">{esc(rec.doc_id or rec.file)}</a></td>'
                        f'<td colspan=2 class="error">{esc(rec.error)}</td></tr>')
        else:
            outlet = rec.meta.outlet if rec.meta and rec.meta.outlet else ""
            rows.append(f'<tr><td><a href="{esc(href)}">{esc(rec.doc_id)}</a></td><td>{len(rec.attributions)}</td>'
                        f"<td>{esc(outlet)}</td></tr>")
    body = (f"<header><h1>{len(entries)} documents</h1></header><main><table><thead><tr><th>document</th>"
            f"<th>statements</th><th>outlet</th></tr></thead><tbody>{''.join(rows)}</tbody></table></main>")
    return _shell("attribution: documents", body)


class HtmlError(ValueError):
    """An html output that cannot be written as asked (several documents for one page)."""


class HtmlPages:
    """Where ``--format html`` writes: one page (a file, or standard output) or a folder of pages and an
    ``index.html``.  Each page is written atomically as its document arrives."""

    def __init__(self, output: str | None):
        self.folder = Path(output) if output and (output.endswith(("/", os.sep)) or Path(output).is_dir()) else None
        self.output = output
        if self.folder is not None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)  # -o site/: the folder of pages is made
            except OSError as exc:
                raise HtmlError(f"{self.folder}: cannot make the folder: {exc.strerror or exc}") from None
        self.entries: list[tuple[str, Document | ErrorRecord]] = []
        self.single: Document | ErrorRecord | None = None
        self._names: set[str] = {"index"}

    def _name(self, rec: Document | ErrorRecord) -> str:
        base = regex.sub(r"[^\w.-]+", "_", rec.doc_id or Path(rec.file or "document").stem)[:100].strip("._") or "document"
        name, n = base, 1
        while name.lower() in self._names:
            n += 1
            name = f"{base}-{n}"
        self._names.add(name.lower())
        return name + ".html"

    def add(self, rec: Document | ErrorRecord) -> None:
        if self.folder is None:
            if self.single is not None:
                raise HtmlError("--format html writes one document to a page: give -o FOLDER/ for several "
                                "(a page each and an index.html)")
            self.single = rec
            return
        href = self._name(rec)
        with atomic_output(str(self.folder / href)) as out:
            out.write(page(rec, "index.html").encode())
        self.entries.append((href, rec))

    def close(self) -> None:
        if self.folder is not None:
            with atomic_output(str(self.folder / "index.html")) as out:
                out.write(index(self.entries).encode())
        elif self.single is not None:
            with atomic_output(self.output) as out:
                out.write(page(self.single).encode())
