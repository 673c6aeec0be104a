"""Speaker resolution on real Kompas articles of PFSA-ID dev-40, read from the shared folder at run time
(CC BY-NC-SA: never copied into the repository) and skipped when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from attribution import extract
from attribution.eval.convert import convert_pfsa

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED") or REPO.parent / "shared")
DEV40 = SHARED / "data" / "pfsa-id" / "pfsa-id" / "dev-40.txt"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    if not DEV40.is_file():
        pytest.skip(f"PFSA-ID is not available at {DEV40} (set ATTRIBUTION_SHARED to the shared folder)")
    return {d.doc_id: d.text for d in convert_pfsa(DEV40, [])}


def records_at(texts: dict[str, str], written: str, cue: str = "") -> list:
    """The records of the first text holding ``written`` whose cue starts at the word ``cue`` in it (at
    ``written``'s start when ``cue`` is empty)."""
    text = next(t for t in texts.values() if written in t)
    at = text.index(written) + (written.index(cue) if cue else 0)
    return [a for a in extract(text).attributions if a.cue and a.cue.start == at]




def test_first_name_after_a_cue_keeps_the_full_name(texts):
    # "… Komisaris Besar Ahmad Mustofa Kamal …" then "…,” kata Ahmad.": Ahmad is his short name, not a place
    text = next(t for t in texts.values() if "Komisaris Besar Ahmad Mustofa Kamal" in t and "kata Ahmad" in t)
    recs = [a for a in extract(text).attributions if a.source and a.source.text == "Ahmad"]
    assert recs and all(a.speaker == "Ahmad Mustofa Kamal" for a in recs)


def test_bare_title_resolves_to_its_holder(texts):
    # "Presiden Joko Widodo …" then "…,” ujar Presiden."
    docs = [t for t in texts.values() if "Presiden Joko Widodo" in t and ("ujar Presiden." in t or "kata Presiden." in t)]
    assert docs
    for text in docs:
        recs = [a for a in extract(text).attributions if a.source and a.source.text == "Presiden"]
        # the name he was last given with the title: "Presiden Joko Widodo", or "Presiden Jokowi"
        assert recs and all(a.speaker in {"Joko Widodo", "Jokowi"} for a in recs), [(a.speaker, a.content.text[:40]) for a in recs]


def test_day_between_subject_and_verb_is_an_adjunct(texts):
    # "Wakil Gubernur DKI Jakarta Ahmad Riza Patria, Sabtu, menjelaskan, …"
    text = next(t for t in texts.values() if "Ahmad Riza Patria, Sabtu, menjelaskan" in t)
    (a,) = [a for a in extract(text).attributions if a.cue and a.cue.text == "menjelaskan"
            and text[a.cue.start - 30 : a.cue.start].endswith("Patria, Sabtu, ")]
    assert a.speaker.endswith("Ahmad Riza Patria")  # "DKI Jakarta" is not told apart from the name yet
    assert a.source is not None and a.source.text.endswith("Ahmad Riza Patria")


def test_day_after_a_post_posed_source_is_no_apposition(texts):
    # "…,” kata Yayan, Kamis, saat dihubungi dari Jakarta."
    text = next(t for t in texts.values() if "kata Yayan, Kamis" in t)
    recs = [a for a in extract(text).attributions if a.source and a.source.text.startswith("Yayan")]
    assert recs and all(a.source.text == "Yayan" and "Kamis" not in (a.speaker or "") for a in recs)


def test_fronted_passive_cue_is_not_part_of_a_name(texts):
    # "Diakui Syafrin, …" must not make "Diakui Syafrin" a name for "kata Syafrin"
    text = next(t for t in texts.values() if "Diakui Syafrin" in t and "kata Syafrin" in t)
    speakers = {a.speaker for a in extract(text).attributions if a.source and a.source.text == "Syafrin"}
    assert speakers and not any(s.startswith("Diakui") for s in speakers), speakers


def test_long_title_runs_over_dan(texts):
    # "…,” kata Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan
    # Maxi Rein Rondonuwu": one title, then the name ("Kesehatan" is written in lower case elsewhere)
    text = next(t for t in texts.values() if "Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan Maxi" in t)
    recs = [a for a in extract(text).attributions if a.source and a.source.text.endswith("Maxi Rein Rondonuwu")]
    assert recs and all(a.speaker == "Maxi Rein Rondonuwu" for a in recs)
    assert all("Pencegahan dan Pengendalian" in a.source.text for a in recs)


def test_name_then_description_in_commas_then_verb(texts):
    # "Tri Maharini, dokter emergensi dari Persatuan Dokter Emergensi Indonesia, memaparkan, …"
    text = next(t for t in texts.values() if "Tri Maharini, dokter emergensi" in t)
    (a,) = [a for a in extract(text).attributions if a.cue and a.cue.text == "memaparkan"]
    assert (a.source.text, a.speaker) == ("Tri Maharini", "Tri Maharini")


def test_clitic_never_takes_up_a_document(texts):
    # "Berdasarkan data yang dihimpun …, …" between a speaker and her next "…,” ujarnya"
    text = next(t for t in texts.values() if "Tri Maharini, dokter emergensi" in t)
    speakers = {a.speaker for a in extract(text).attributions if a.source and a.source.text == "nya"}
    assert speakers and not speakers & {"data", "survei", "keterangan"}, speakers


def test_bracketed_acronym_inside_a_post_posed_title(texts):
    # "…,” kata Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti melalui …"
    text = next(t for t in texts.values() if "(KAI Commuter) Wiwik Widayanti" in t)
    recs = [a for a in extract(text).attributions if a.source and "(KAI Commuter)" in a.source.text]
    assert recs and all(a.source.text.endswith("Wiwik Widayanti") and a.speaker == "Wiwik Widayanti" for a in recs)


def test_front_kata_with_a_named_apposition_and_adjuncts(texts):
    # "Oleh karena itu, kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, di Surabaya, Sabtu
    # (2/1/2021), pemerintah kabupaten/kota … menegakkan …"
    text = next(t for t in texts.values() if "kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo" in t)
    (a,) = [a for a in extract(text).attributions if a.source and "Universitas Airlangga" in a.source.text]
    assert a.speaker == "Windhu Purnomo"
    assert a.content.text.startswith("pemerintah kabupaten/kota")


def test_name_then_title_apposition_before_the_verb(texts):
    # "Marullah Matali, Wali Kota Jakarta Selatan, yang dihubungi, juga membenarkan …" then "…,” katanya."
    text = next(t for t in texts.values() if "Marullah Matali, Wali Kota Jakarta Selatan, yang dihubungi" in t)
    recs = [a for a in extract(text).attributions if a.source and a.source.text == "nya"
            and text.find("Marullah Matali, Wali Kota") < a.cue.start < text.find("Marullah Matali, Wali Kota") + 300]
    assert recs and all(a.speaker == "Marullah Matali" for a in recs)


def test_passive_cue_in_a_relative_clause_names_no_speaker(texts):
    # "… ke puncak sebuah bukit yang disebut Gunung Batu …", "… program yang disebut Mernek Jenek itu …":
    # "yang disebut X" gives a name, nobody is quoted
    docs = [t for t in texts.values() if "yang disebut Gunung Batu" in t or "yang disebut Mernek Jenek" in t]
    assert len(docs) == 2
    for text in docs:
        assert not [a for a in extract(text).attributions if a.cue and a.cue.text == "disebut"]


@pytest.mark.parametrize("written, speaker", [
    ("kata Menteri Dalam Negeri Tito Karnavian", "Tito Karnavian"),  # a capitalised "Dalam" inside the title
    ("kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD", "Mahfud MD"),  # a list in the title
    ("ujar Menteri Riset dan Teknologi/Kepala Badan Riset dan Inovasi Nasional Bambang PS Brodjonegoro",
     "Bambang PS Brodjonegoro"),  # two offices joined by a slash
])
def test_post_posed_source_with_a_long_title(texts, written, speaker):
    (a,) = records_at(texts, written)
    assert a.source is not None and a.source.text == written.split(" ", 1)[1]
    assert a.speaker == speaker


def test_clause_in_commas_ending_with_a_date_is_skipped(texts):
    # "Direktur Eksekutif … Deddy Herlambang, ketika dihubungi pada Selasa (12/1/2021), menilai, …"
    written = "Deddy Herlambang, ketika dihubungi pada Selasa (12/1/2021), menilai"
    (a,) = records_at(texts, written, "menilai")
    assert a.speaker == "Deddy Herlambang" and a.source.text.endswith("Deddy Herlambang")


def test_modal_or_degree_word_opens_no_subject(texts):
    # "… petugas hotel wajib meminta bukti …" and "… akan sangat sulit berharap …" name nobody: the
    # quotations after them ("…,” katanya.") stay with the person quoted before (PFSA's gold: Irvan
    # Widyatno, whose statement the sentences continue; "Satgas Kampung Tangguh" is no person for "-nya")
    for written, speaker in (("petugas hotel wajib meminta", "Irvan Widyatno"),
                             ("akan sangat sulit berharap", "Piter Abdullah")):
        text = next(t for t in texts.values() if written in t)
        recs = extract(text).attributions
        assert not [a for a in recs if a.source and a.source.text in {"petugas hotel wajib", "sangat sulit"}]
        after = [a for a in recs if a.content.start > text.index(written) and a.source and a.source.text == "nya"]
        assert after and after[0].speaker == speaker


def test_conjunction_and_idiom_between_commas_is_no_interrupting_cue(texts):
    # "… otonomi nyata, luas, dan bertanggung jawab, serta melemahkan …": "jawab" is not a cue here
    text = next(t for t in texts.values() if "luas, dan bertanggung jawab, serta" in t)
    assert not [a for a in extract(text).attributions if a.source and a.source.text == "dan bertanggung"]


def test_province_between_title_and_name_belongs_to_the_role(texts):
    # "Gubernur Jawa Barat Ridwan Kamil", "Wakil Gubernur DKI Jakarta Ahmad Riza Patria": places.tsv
    for written, speaker in (("Gubernur Jawa Barat Ridwan Kamil", "Ridwan Kamil"),
                             ("Gubernur Jawa Tengah Ganjar Pranowo", "Ganjar Pranowo")):
        docs = [t for t in texts.values() if written in t]
        assert docs
        recs = [a for t in docs for a in extract(t).attributions if a.source and a.source.text.endswith(written)]
        role = written[: -len(speaker) - 1]
        assert recs and all((a.speaker, a.role) == (speaker, role) for a in recs), [(a.speaker, a.role) for a in recs]


def test_capitalised_menurut_glued_to_a_subheading_is_no_name(texts):
    # "Pedagang soto Menurut Safii, rumah …": a subheading runs into the sentence; "Menurut" is the cue
    text = next(t for t in texts.values() if "Pedagang soto Menurut Safii," in t)
    speakers = {a.speaker for a in extract(text).attributions if a.speaker and "Safii" in a.speaker}
    assert speakers == {"Safii"}


def test_second_office_after_yang_juga_and_a_chain_of_adjuncts(texts):
    # "Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo, saat dihubungi, Senin (30/11/2020) di
    # Jakarta, mengatakan, …": the name, past two adjuncts in commas
    written = "Doni Monardo, saat dihubungi, Senin (30/11/2020) di Jakarta, mengatakan"
    (a,) = records_at(texts, written, "mengatakan")
    assert (a.source.text, a.speaker) == ("Ketua Satgas Covid-19 Doni Monardo", "Doni Monardo")


def test_place_where_the_speaker_spoke_is_no_part_of_the_source(texts):
    # "Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (16/9/2020), mengatakan, …": not "Surabaya"
    written = "Wali Kota Surabaya Tri Rismaharini di Surabaya, Rabu (16/9/2020), mengatakan"
    (a,) = records_at(texts, written, "mengatakan")
    assert (a.source.text, a.speaker) == ("Wali Kota Surabaya Tri Rismaharini", "Tri Rismaharini")


def test_grounds_after_berdasarkan_are_no_source(texts):
    # "Berdasarkan sejumlah pertimbangan tersebut, Bima menegaskan …", "Berdasarkan riwayat perjalanan, …"
    for written in ("Berdasarkan sejumlah pertimbangan tersebut,", "Berdasarkan riwayat perjalanan,"):
        assert not records_at(texts, written)


def test_affiliation_or_place_after_dari_is_not_the_speaker(texts):
    # "…,” kata Presiden dari Istana Kepresidenan Bogor, Jawa Barat, …" and "kata Fariz Alniezar dari
    # Kesekjenan PBNU": the person before "dari"
    for written, speaker in (("kata Presiden dari Istana Kepresidenan Bogor, Jawa Barat", "Joko Widodo"),
                             ("kata Fariz Alniezar dari Kesekjenan PBNU", "Fariz Alniezar")):
        (a,) = records_at(texts, written)
        assert a.speaker == speaker
