"""The project's hand-labeled gold: valid, and holding the guidelines' hard cases."""

import json

from attribution.eval.anchor import anchor_document
from attribution.io import load_documents

from conftest import GOLD, ROOT


def test_gold_files_validate():
    for name in ("seeds.jsonl", "news-dev.jsonl"):
        docs, problems = load_documents(GOLD / name)
        assert not problems, problems
        assert docs and all(d.attributions for d in docs)


def test_seed_gold_holds_the_hard_cases():
    docs, _ = load_documents(GOLD / "seeds.jsonl")
    atts = [(d, a) for d in docs for a in d.attributions]
    # clitic cue: tambahnya → cue "tambah", source "nya"
    assert any(a.cue and a.cue.text == "tambah" and a.source and a.source.text == "nya" for _, a in atts)
    # outlets
    assert any("VOA" in a.outlets for _, a in atts) and any("Reuters" in a.outlets for _, a in atts)
    # nested statement: "Menurut sumber-sumber itu, delegasi mengatakan … “…”" gives an outer and an inner record
    outer = [a for _, a in atts if a.cue and a.cue.text == "Menurut" and a.type == "mixed"]
    assert any(any(b.content.start >= o.content.start and b.content.end <= o.content.end and b.type == "direct"
                   for _, b in atts if b is not o) for o in outer)
    # captions printed twice are labeled at each occurrence
    texts = [a.content.text for _, a in atts]
    assert any(texts.count(t) >= 2 for t in texts)


def test_snippet_labels_rebuild_the_seed_gold():
    """gold/seeds.jsonl is exactly what the hand-written snippet labels anchor to."""
    gold, _ = load_documents(GOLD / "seeds.jsonl")
    labels = [json.loads(l) for l in (GOLD / "labels" / "seeds.jsonl").read_text().splitlines() if l.strip()]
    rebuilt = [anchor_document(rec, ROOT) for rec in labels]
    assert [d.model_dump() for d in rebuilt] == [d.model_dump() for d in gold]


def test_anchor_places_snippets_and_reports_what_it_cannot():
    import pytest

    from attribution.eval.anchor import AnchorError, anchor_attribution

    text = "“Kami siap,” kata Budi. Budi lalu pulang. “Kami siap,” tambahnya."
    a = anchor_attribution(text, {"type": "direct", "content": "Kami siap,", "content_occurrence": 2,
                                  "cue": "tambah", "source": "nya", "speaker": "Budi"}, "a1")
    assert (a.content.start, a.cue.text, a.source.text) == (43, "tambah", "nya")
    assert text[a.source.start - 6 : a.source.end] == "tambahnya"
    b = anchor_attribution(text, {"content": "Kami siap,", "content_occurrence": 1, "cue": "kata", "source": "Budi"}, "a2")
    assert b.source.start == text.index("Budi")  # the nearest occurrence to the cue, not the later one
    with pytest.raises(AnchorError, match="occurs 2 times"):
        anchor_attribution(text, {"content": "Kami siap,"}, "a3")
    with pytest.raises(AnchorError, match="not found"):
        anchor_attribution(text, {"content": "Kami pulang"}, "a4")
    with pytest.raises(AnchorError, match="cue_in"):
        anchor_attribution(text, {"content": "Kami siap,", "content_occurrence": 1, "cue": "kata", "cue_in": "kata X"}, "a5")


def test_the_labelling_prompts_are_written_with_no_placeholder_left(tmp_path):
    # scripts/labelling/make_prompts.py: two passes and one settler per batch, the checker copied beside them
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(repo / "scripts/labelling/make_prompts.py"), str(tmp_path), "59", "2", "111"],
                   check=True, capture_output=True)
    names = sorted(p.name for p in tmp_path.glob("prompt-*.md"))
    assert names == ["prompt-L111.md", "prompt-L112.md", "prompt-L113.md", "prompt-L114.md", "prompt-S59.md",
                     "prompt-S60.md"]
    for name in names:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert not any(p in text for p in ("LABELLER", "BATCH", "PASSA", "PASSB", "WORKDIR", "REPO", "SHARED")), name
    assert "L113" in (tmp_path / "prompt-S60.md").read_text(encoding="utf-8")
    assert (tmp_path / "check.py").is_file()
