"""Label Studio round trip: gold (or predictions) as Label Studio tasks, the labelling interface that
edits them, and an export back to the gold format.

A task holds one document: ``data`` = ``{"text", "doc_id", "meta"}`` and one annotation whose result has a
``labels`` region per content, cue and source span (``Content`` / ``Cue`` / ``Source``), a relation
``cue`` and ``source`` from each content to its cue and source, and per-region fields on the content:
``type`` (choices), ``speaker`` (text) and ``outlets`` (text, one outlet a line).  A cue or source shared
by two records (``“A,” kata X. “B.”``) is one region with two relations.

Reading an export back validates every region (offsets inside the text, the region's text equal to the text
at its offsets, one type per content, relations between existing regions of the right labels) and says which
task and region is wrong.
"""

from __future__ import annotations

from typing import Any

from ..model import Attribution, Document, Meta, Span

LABELS = {"content": "Content", "cue": "Cue", "source": "Source"}
RELATIONS = ("cue", "source")
TYPES = ("direct", "indirect", "mixed")
FROM_LABELS, TO_TEXT = "label", "text"
_COLOURS = {"Content": "#ffd166", "Cue": "#06d6a0", "Source": "#73b7ff"}


class LabelStudioError(ValueError):
    pass


def config() -> str:
    """The labelling interface (Label Studio's XML) for the tasks of :func:`to_tasks`."""
    labels = "\n".join(f'    <Label value="{v}" background="{_COLOURS[v]}"/>' for v in LABELS.values())
    relations = "\n".join(f'    <Relation value="{r}"/>' for r in RELATIONS)
    choices = "\n".join(f'      <Choice value="{t}"/>' for t in TYPES)
    return f"""<View>
  <Header value="$doc_id"/>
  <Labels name="{FROM_LABELS}" toName="{TO_TEXT}">
{labels}
  </Labels>
  <Text name="{TO_TEXT}" value="$text" granularity="symbol"/>
  <Relations>
{relations}
  </Relations>
  <View visibleWhen="region-selected" whenLabelValue="Content">
    <Header value="Type, speaker and outlets of the selected statement"/>
    <Choices name="type" toName="{TO_TEXT}" perRegion="true" choice="single" required="true">
{choices}
    </Choices>
    <TextArea name="speaker" toName="{TO_TEXT}" perRegion="true" maxSubmissions="1" editable="true"
              placeholder="the fullest name of who said it, titles dropped"/>
    <TextArea name="outlets" toName="{TO_TEXT}" perRegion="true" editable="true"
              placeholder="one relaying outlet a line"/>
  </View>
</View>
"""


def _region(rid: str, label: str, span: Span) -> dict[str, Any]:
    return {"id": rid, "from_name": FROM_LABELS, "to_name": TO_TEXT, "type": "labels",
            "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [label]}}


def _field(rid: str, name: str, kind: str, span: Span, key: str, value: list[str]) -> dict[str, Any]:
    return {"id": rid, "from_name": name, "to_name": TO_TEXT, "type": kind,
            "value": {"start": span.start, "end": span.end, key: value}}


def to_task(doc: Document, task_id: int) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    shared: dict[tuple[str, int, int], str] = {}

    def region(label: str, span: Span) -> str:
        key = (label, span.start, span.end)
        if key not in shared:
            shared[key] = f"r{len(shared) + 1}"
            result.append(_region(shared[key], label, span))
        return shared[key]

    for a in doc.attributions:
        cid = f"r{len(shared) + 1}"  # a content region of its own: two records may share one content span
        shared[("record", len(shared), 0)] = cid
        result.append(_region(cid, LABELS["content"], a.content))
        result.append(_field(cid, "type", "choices", a.content, "choices", [a.type]))
        if a.speaker is not None:
            result.append(_field(cid, "speaker", "textarea", a.content, "text", [a.speaker]))
        if a.outlets:
            result.append(_field(cid, "outlets", "textarea", a.content, "text", list(a.outlets)))
        for rel, span in (("cue", a.cue), ("source", a.source)):
            if span is not None:
                result.append({"from_id": cid, "to_id": region(LABELS[rel], span), "type": "relation",
                               "direction": "right", "labels": [rel]})
    data = {"text": doc.text, "doc_id": doc.doc_id,
            "meta": doc.meta.model_dump(mode="json") if doc.meta is not None else None}
    return {"id": task_id, "data": data, "annotations": [{"result": result}]}


def to_tasks(docs: list[Document]) -> list[dict[str, Any]]:
    return [to_task(d, i) for i, d in enumerate(docs, 1)]


def _annotation(task: dict[str, Any], where: str) -> list[dict[str, Any]]:
    anns = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not anns:
        raise LabelStudioError(f"{where}: no annotation")
    result = anns[-1].get("result")  # the latest annotation of the task
    if not isinstance(result, list):
        raise LabelStudioError(f"{where}: annotation has no result list")
    return result


def _span(text: str, value: dict[str, Any], where: str) -> Span:
    s, e = value.get("start"), value.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s <= e <= len(text):
        raise LabelStudioError(f"{where}: offsets {s!r}..{e!r} are not inside the text (0..{len(text)})")
    if "text" in value and value["text"] != text[s:e]:
        raise LabelStudioError(f"{where}: region text {value['text']!r} differs from the text at {s}..{e} ({text[s:e]!r})")
    return Span.of(text, s, e)


def from_task(task: dict[str, Any], index: int) -> Document:
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise LabelStudioError(f"task {index}: data.text is missing")
    text = data["text"]
    doc_id = data.get("doc_id") or f"task-{task.get('id', index)}"
    where = f"task {index} ({doc_id})"
    regions: dict[str, tuple[str, Span]] = {}
    fields: dict[str, dict[str, list[str]]] = {}
    relations: list[dict[str, Any]] = []
    for k, item in enumerate(_annotation(task, where), 1):
        here = f"{where}, result {k} (region {item.get('id')!r})"
        kind = item.get("type")
        if kind == "relation":
            relations.append(item)
            continue
        value = item.get("value") or {}
        if kind == "labels":
            labels = value.get("labels") or []
            if len(labels) != 1 or labels[0] not in LABELS.values():
                raise LabelStudioError(f"{here}: a region needs one label of {sorted(LABELS.values())}, not {labels}")
            regions[item["id"]] = (labels[0], _span(text, value, here))
        elif kind in {"choices", "textarea"}:
            key = "choices" if kind == "choices" else "text"
            vals = value.get(key)
            if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
                raise LabelStudioError(f"{here}: {item.get('from_name')} needs a list of strings in value.{key}")
            fields.setdefault(item["id"], {})[item.get("from_name", "")] = vals
        else:
            raise LabelStudioError(f"{here}: unknown result type {kind!r}")
    links: dict[str, dict[str, Span]] = {}
    for rel in relations:
        src, dst, labels = rel.get("from_id"), rel.get("to_id"), rel.get("labels") or []
        here = f"{where}, relation {src!r} -> {dst!r}"
        if src not in regions or dst not in regions:
            raise LabelStudioError(f"{here}: joins a region that does not exist")
        if regions[src][0] != LABELS["content"] or len(labels) != 1 or labels[0] not in RELATIONS:
            raise LabelStudioError(f"{here}: must go from a Content region and be labelled cue or source")
        if regions[dst][0] != LABELS[labels[0]]:
            raise LabelStudioError(f"{here}: a {labels[0]} relation must end on a {LABELS[labels[0]]} region")
        if labels[0] in links.setdefault(src, {}):
            raise LabelStudioError(f"{here}: the content has two {labels[0]} relations")
        links[src][labels[0]] = regions[dst][1]
    atts = []
    for rid, (label, span) in regions.items():
        if label != LABELS["content"]:
            continue
        f = fields.get(rid, {})
        types = f.get("type") or []
        if len(types) != 1 or types[0] not in TYPES:
            raise LabelStudioError(f"{where}, region {rid!r}: the content needs one type of {list(TYPES)}, not {types}")
        speaker = f.get("speaker")
        outlets = [o.strip() for line in f.get("outlets", []) for o in line.split("\n") if o.strip()]
        atts.append(Attribution(id="", type=types[0], content=span, cue=links.get(rid, {}).get("cue"),
                                source=links.get(rid, {}).get("source"),
                                speaker=speaker[0] if speaker else None, outlets=outlets))
    atts.sort(key=lambda a: (a.content.start, a.content.end))
    for i, a in enumerate(atts, 1):
        a.id = f"a{i}"
    meta = data.get("meta")
    return Document(doc_id=doc_id, text=text, meta=Meta(**meta) if isinstance(meta, dict) else None, attributions=atts)


def from_tasks(tasks: Any) -> list[Document]:
    if not isinstance(tasks, list):
        raise LabelStudioError("the export must be a JSON list of tasks (Label Studio's JSON export)")
    docs = [from_task(t, i) for i, t in enumerate(tasks, 1)]
    seen: dict[str, int] = {}
    for i, d in enumerate(docs, 1):
        if d.doc_id in seen:
            raise LabelStudioError(f"task {i} ({d.doc_id}): doc_id already used by task {seen[d.doc_id]}")
        seen[d.doc_id] = i
    return docs


__all__ = ["LabelStudioError", "config", "from_task", "from_tasks", "to_task", "to_tasks"]
