"""Tests of the PFSA-ID converter.

The small corpus below is made up for these tests (its own Indonesian sentences, in the PFSA-ID file
layout).  The real PFSA-ID files are CC BY-NC-SA and are never copied here: the last tests read them
from the shared folder at run time and are skipped when it is absent.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from attribution.eval.convert import PFSA_META_SOURCE, PfsaFormatWarning, Problem, convert_pfsa
from attribution.model import Document

# One sentence per string: "token/TAG" items separated by spaces ("/O" may be left out).
MINI = [
    # article 1: a dateline, an ISSUE lead, a quotation split over a sentence break, an indirect
    # statement, a clitic cue.
    "BANDUNG , KOMPAS — Wali/B-ROLE Kota/I-ROLE Bandung/L-ROLE Rina/B-PERSON Mulyani/L-PERSON "
    "meresmikan/B-ISSUE taman/I-ISSUE baru/L-ISSUE di pusat kota , Senin ( 3 / 2 / 2025 ) . ”/B-STATEMENT",
    "Taman/I-STATEMENT ini/I-STATEMENT terbuka/I-STATEMENT untuk/I-STATEMENT semua/I-STATEMENT "
    "warga/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT kata/U-CUE Rina/U-PERSONCOREF .",
    "”/B-STATEMENT Tidak/I-STATEMENT ada/I-STATEMENT biaya/I-STATEMENT masuk/I-STATEMENT ./I-STATEMENT ”/L-STATEMENT",
    "Ia/U-PERSONCOREF menambahkan/U-CUE bahwa/B-STATEMENT taman/I-STATEMENT akan/I-STATEMENT "
    "dibuka/I-STATEMENT setiap/I-STATEMENT hari/I-STATEMENT ./L-STATEMENT",
    "”/B-STATEMENT Kami/I-STATEMENT ingin/I-STATEMENT anak-anak/I-STATEMENT bermain/I-STATEMENT "
    "dengan/I-STATEMENT aman/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT ujarnya/U-CUECOREF .",
    # article 2: no dateline; it starts at its ISSUE because article 1 already has one.
    "Harga/B-ISSUE cabai/I-ISSUE di/I-ISSUE pasar/I-ISSUE naik/I-ISSUE tajam/L-ISSUE pekan ini .",
    "Pedagang/U-ROLE Budi/B-PERSON Santoso/L-PERSON mengeluhkan sepinya pembeli .",
    "”/B-STATEMENT Pembeli/I-STATEMENT berkurang/I-STATEMENT hampir/I-STATEMENT separuh/I-STATEMENT "
    ",/I-STATEMENT ”/L-STATEMENT tutur/U-CUE Budi/U-PERSONCOREF .",
    "Budi/U-PERSONCOREF juga menyebut/U-CUE harga/B-STATEMENT ”/I-STATEMENT tidak/I-STATEMENT "
    "masuk/I-STATEMENT akal/I-STATEMENT ”/I-STATEMENT bagi/I-STATEMENT warga/L-STATEMENT .",
]

TEXT_1 = (
    "BANDUNG, KOMPAS — Wali Kota Bandung Rina Mulyani meresmikan taman baru di pusat kota, Senin (3/2/2025). "
    "”Taman ini terbuka untuk semua warga,” kata Rina. ”Tidak ada biaya masuk.” "
    "Ia menambahkan bahwa taman akan dibuka setiap hari. ”Kami ingin anak-anak bermain dengan aman,” ujarnya."
)
TEXT_2 = (
    "Harga cabai di pasar naik tajam pekan ini. Pedagang Budi Santoso mengeluhkan sepinya pembeli. "
    "”Pembeli berkurang hampir separuh,” tutur Budi. Budi juga menyebut harga ”tidak masuk akal” bagi warga."
)


def _write(path: Path, sentences: list[str]) -> Path:
    lines: list[str] = []
    for sent in sentences:
        for item in sent.split():
            token, _, tag = item.rpartition("/") if "/" in item[1:] else (item, "", "O")
            lines.append(f"{token}\t{tag or 'O'}")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def mini_docs(tmp_path: Path) -> list[Document]:
    problems: list[Problem] = []
    docs = list(convert_pfsa(_write(tmp_path / "mini.txt", MINI), problems))
    assert problems == []
    return docs


def _spans_hold(doc: Document) -> None:
    for a in doc.attributions:
        for span in (a.content, a.cue, a.source):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


def test_articles_ids_and_meta(mini_docs: list[Document]) -> None:
    assert [d.doc_id for d in mini_docs] == ["mini-001", "mini-002"]
    meta = mini_docs[0].meta
    assert meta is not None and meta.outlet == "Kompas" and meta.lang == "id"
    assert meta.model_dump()["source"] == PFSA_META_SOURCE


def test_detokenisation(mini_docs: list[Document]) -> None:
    assert mini_docs[0].text == TEXT_1
    assert mini_docs[1].text == TEXT_2


def test_offsets_match_text(mini_docs: list[Document]) -> None:
    for doc in mini_docs:
        _spans_hold(doc)
        Document.model_validate(doc.model_dump())  # the model re-checks every span


def test_direct_quotes_cue_and_source(mini_docs: list[Document]) -> None:
    a1, a2, a3, a4 = mini_docs[0].attributions
    assert (a1.type, a1.content.text) == ("direct", "Taman ini terbuka untuk semua warga,")
    assert (a1.cue.text, a1.source.text, a1.speaker) == ("kata", "Rina", "Rina Mulyani")
    # no cue in its own sentence: the cue of the sentence before is used
    assert (a2.type, a2.content.text) == ("direct", "Tidak ada biaya masuk.")
    assert a2.cue == a1.cue and a2.speaker == "Rina Mulyani"
    # a clitic cue: cue "ujar", source "nya", speaker resolved to the last named person
    assert (a4.type, a4.content.text) == ("direct", "Kami ingin anak-anak bermain dengan aman,")
    assert (a4.cue.text, a4.source.text, a4.speaker) == ("ujar", "nya", "Rina Mulyani")
    assert a3.cue.text == "menambahkan"


def test_indirect_and_mixed(mini_docs: list[Document]) -> None:
    a3 = mini_docs[0].attributions[2]
    assert a3.type == "indirect"
    assert a3.content.text == "taman akan dibuka setiap hari"  # "bahwa" and the full stop left out
    assert (a3.source.text, a3.speaker) == ("Ia", "Rina Mulyani")
    b1, b2 = mini_docs[1].attributions
    assert (b1.type, b1.cue.text, b1.source.text, b1.speaker) == ("direct", "tutur", "Budi", "Budi Santoso")
    assert b1.model_dump().get("role") is None
    assert b2.type == "mixed" and b2.content.text == "harga ”tidak masuk akal” bagi warga"
    assert (b2.cue.text, b2.speaker, b2.outlets) == ("menyebut", "Budi Santoso", [])


def test_role_is_kept(tmp_path: Path) -> None:
    sents = [
        "Wali/B-ROLE Kota/L-ROLE Rina/B-PERSON Mulyani/L-PERSON berkata/U-CUE ,/O ”/B-STATEMENT "
        "Kami/I-STATEMENT siap/I-STATEMENT ./I-STATEMENT ”/L-STATEMENT"
    ]
    (doc,) = convert_pfsa(_write(tmp_path / "r.txt", sents))
    (a,) = doc.attributions
    assert (a.speaker, a.model_dump()["role"], a.content.text) == ("Rina Mulyani", "Wali Kota", "Kami siap.")


def test_malformed_lines_are_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(
        "Andi\tU-PERSON\nberkata\n”\tI-STATEMENT\nSaya\tI-STATEMENT\nsiap\tI-STATEMENT\n.\tI-STATEMENT\n"
        "”\tL-STATEMENT\n\nIa\tX-Y-Z\npergi\tI-CUE\n\n",
        encoding="utf-8",
    )
    problems: list[Problem] = []
    docs = list(convert_pfsa(path, problems))
    assert len(docs) == 1 and len(docs[0].attributions) == 1
    assert docs[0].attributions[0].content.text == "Saya siap."
    where = {(p.file, p.line) for p in problems}
    assert (str(path), 2) in where  # no tag
    assert (str(path), 3) in where  # I- without B-
    assert (str(path), 9) in where  # unreadable tag
    assert all(str(p).startswith(f"{path}:") for p in problems)
    with pytest.warns(PfsaFormatWarning):
        list(convert_pfsa(path))


# --------------------------------------------------------------------------------------------------
# The real corpus (read from the shared folder, never copied)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED") or REPO.parent / "shared")
PFSA = SHARED / "data" / "pfsa-id"
DEV40 = PFSA / "pfsa-id" / "dev-40.txt"


@pytest.fixture(scope="module")
def dev40() -> tuple[list[Document], list[Problem]]:
    if not DEV40.is_file():
        pytest.skip(f"PFSA-ID is not available at {PFSA} (set ATTRIBUTION_SHARED to the shared folder)")
    problems: list[Problem] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", PfsaFormatWarning)
        docs = list(convert_pfsa(DEV40, problems))
    return docs, problems


@pytest.mark.shared
def test_dev40_documents_validate(dev40: tuple[list[Document], list[Problem]]) -> None:
    docs, problems = dev40
    assert 380 <= len(docs) <= 430, len(docs)
    assert len({d.doc_id for d in docs}) == len(docs)
    for doc in docs:
        Document.model_validate(doc.model_dump())
    assert len(problems) < 20, problems[:5]


@pytest.mark.shared
def test_dev40_one_record_per_statement(dev40: tuple[list[Document], list[Problem]]) -> None:
    docs, _ = dev40
    starts = 0
    with DEV40.open(encoding="utf-8") as f:
        for line in f:
            if line.rstrip("\n").split("\t")[-1] in {"B-STATEMENT", "U-STATEMENT"}:
                starts += 1
    records = [a for d in docs for a in d.attributions]
    assert len(records) == starts
    assert sum(a.type == "direct" for a in records) > 0.9 * len(records)
    assert sum(a.cue is not None for a in records) > 0.95 * len(records)
