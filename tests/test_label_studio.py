"""Label Studio round trip: gold → tasks → gold is identical; the interface XML fits the tasks; a bad
export names the task and region that is wrong."""

import copy
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from attribution.eval.label_studio import LabelStudioError, config, from_tasks, to_tasks
from attribution.io import dumps, load_documents

from conftest import GOLD


def _seeds():
    docs, problems = load_documents(GOLD / "seeds.jsonl")
    assert not problems
    return docs


def test_round_trip_of_the_seed_gold_is_identical():
    docs = _seeds()
    tasks = json.loads(json.dumps(to_tasks(docs)))  # through JSON, as a file would be
    back = from_tasks(tasks)
    assert b"".join(dumps(d) + b"\n" for d in back) == (GOLD / "seeds.jsonl").read_bytes()


def test_round_trip_through_the_command_line(tmp_path):
    tasks, back = tmp_path / "tasks.json", tmp_path / "back.jsonl"
    cmd = [sys.executable, "-m", "attribution", "convert"]
    subprocess.run(cmd + ["to-label-studio", str(GOLD / "seeds.jsonl"), "-o", str(tasks)], check=True, capture_output=True)
    r = subprocess.run(cmd + ["label-studio", str(tasks), "-o", str(back)], check=True, capture_output=True, text=True)
    assert "5 documents, 68 attributions" in r.stderr
    assert back.read_bytes() == (GOLD / "seeds.jsonl").read_bytes()


def test_config_is_xml_with_every_label_and_field_the_tasks_use():
    root = ET.fromstring(config())
    labels = {e.get("value") for e in root.iter("Label")}
    relations = {e.get("value") for e in root.iter("Relation")}
    names = {e.get("name") for e in root.iter() if e.get("name")}
    used_labels, used_relations, used_names = set(), set(), set()
    for task in to_tasks(_seeds()):
        for item in task["annotations"][0]["result"]:
            if item["type"] == "relation":
                used_relations.update(item["labels"])
            else:
                used_names.update({item["from_name"], item["to_name"]})
                used_labels.update(item["value"].get("labels", []))
    assert used_labels == labels == {"Content", "Cue", "Source"}
    assert used_relations == relations == {"cue", "source"}
    assert used_names <= names
    choices = {e.get("value") for e in root.iter("Choice")}
    assert choices == {"direct", "indirect", "mixed"}


def _first_task():
    return copy.deepcopy(to_tasks(_seeds())[:1])


def _content_region(tasks):
    return next(i for i in tasks[0]["annotations"][0]["result"] if i["type"] == "labels" and i["value"]["labels"] == ["Content"])


def test_a_region_whose_text_does_not_match_is_named():
    tasks = _first_task()
    reg = _content_region(tasks)
    reg["value"]["text"] = "something else"
    with pytest.raises(LabelStudioError, match=r"task 1 \(000_5303c0ab37e2f736\), result \d+ \(region 'r1'\): region text"):
        from_tasks(tasks)


def test_offsets_outside_the_text_are_named():
    tasks = _first_task()
    reg = _content_region(tasks)
    reg["value"]["end"] = 10**7
    del reg["value"]["text"]
    with pytest.raises(LabelStudioError, match=r"task 1 .*region 'r1'.*not inside the text"):
        from_tasks(tasks)


def test_a_content_without_type_and_a_dangling_relation_are_named():
    tasks = _first_task()
    result = tasks[0]["annotations"][0]["result"]
    result[:] = [i for i in result if not (i.get("from_name") == "type" and i.get("id") == "r1")]
    with pytest.raises(LabelStudioError, match=r"region 'r1': the content needs one type"):
        from_tasks(tasks)
    tasks = _first_task()
    tasks[0]["annotations"][0]["result"].append({"from_id": "r1", "to_id": "nope", "type": "relation", "labels": ["cue"]})
    with pytest.raises(LabelStudioError, match=r"relation 'r1' -> 'nope': joins a region that does not exist"):
        from_tasks(tasks)


def test_an_export_that_is_not_a_list_or_lacks_text_is_refused():
    with pytest.raises(LabelStudioError, match="JSON list of tasks"):
        from_tasks({"text": "x"})
    with pytest.raises(LabelStudioError, match="task 1: data.text is missing"):
        from_tasks([{"id": 1, "data": {}}])
