"""schema.org Claim output (--format claims), --min-confidence, and the dates it reads from the text."""

import json

from attribution.claims import PREFIX, claims
from attribution.dates import article_date, find_dates
from attribution.pipeline import extract

from conftest import SEEDS, cli, seed_text



def _run(*args):
    return cli(*args)


def test_claims_of_the_seeds_one_per_attribution_with_text_author_and_appearance():
    r = _run("extract", "--fast", "--format", "claims", str(SEEDS))
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    j = _run("extract", "--fast", str(SEEDS))
    docs = [json.loads(line) for line in j.stdout.splitlines()]
    assert len(out) == sum(len(d["attributions"]) for d in docs) > 50
    for c in out:
        assert c["@context"] == "https://schema.org" and c["@type"] == "Claim"
        assert c["text"] and c["author"]["name"] and c["appearance"]["@type"] == "NewsArticle"
        assert c["author"]["@type"] in {"Person", "Organization", "CreativeWork"}
    assert len({c["identifier"] for c in out}) == len(out)
    (c,) = [c for c in out if c["text"].startswith("Ini adalah masalah kedaulatan Irak")]
    assert "Blinken" in c["author"]["name"] and c["author"]["@type"] == "Person"
    assert [b["publisher"]["name"] for b in c["isBasedOn"]] == ["VOA"]
    assert c["datePublished"] == "2023-11-06"  # "dilansir dari VOA, Senin, 6 November 2023"
    assert c["identifier"] == f"000_5303c0ab37e2f736#{c[PREFIX + 'content']['start']}-{c[PREFIX + 'content']['end']}"
    assert (c[PREFIX + "type"], c[PREFIX + "cue"]["text"], c[PREFIX + "rule"]) == ("direct", "kata", "quote-post-cue")
    # the publisher from the dateline, the role as jobTitle
    era = [c for c in out if c["appearance"]["identifier"].startswith("004")]
    assert era[0]["appearance"]["publisher"]["name"] == "ERA.id"
    assert era[0]["appearance"]["datePublished"] == "2023-12-08"  # Jumat (8/12/2023)
    assert any(c["author"].get("jobTitle") == "Sekretaris Jenderal Liga Arab" and c["author"]["name"] == "Ahmed Aboul Gheit"
               for c in out)
    # stable across runs
    assert _run("extract", "--fast", "--format", "claims", str(SEEDS)).stdout == r.stdout


def test_claims_use_meta_url_and_date_and_keep_error_records(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "x", "text": seed_text("000"),
                               "meta": {"outlet": "Contoh", "date": "2023-11-07", "url": "https://contoh.id/a"}}) + "\n"
                   + '{"doc_id": "bad"}\n')
    r = _run("extract", "--fast", "--format", "claims", str(src))
    assert r.returncode == 1
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert lines[-1]["doc_id"] == "bad" and "text" in lines[-1]["error"]
    art = lines[0]["appearance"]
    assert art == {"@type": "NewsArticle", "identifier": "x", "url": "https://contoh.id/a",
                   "publisher": {"@type": "NewsMediaOrganization", "name": "Contoh"}, "datePublished": "2023-11-07"}


def test_min_confidence_filters_every_format_and_rejects_bad_values():
    seed = str(SEEDS / "000_5303c0ab37e2f736.txt")
    full = json.loads(_run("extract", "--fast", seed).stdout)["attributions"]
    high = json.loads(_run("extract", "--fast", "--min-confidence", "0.9", seed).stdout)["attributions"]
    assert high and len(high) < len(full) and all(a["confidence"] >= 0.9 for a in high)
    assert len(_run("extract", "--fast", "--format", "claims", "--min-confidence", "0.9", seed).stdout.splitlines()) == len(high)
    assert len(_run("extract", "--fast", "--format", "csv", "--min-confidence", "0.9", seed).stdout.splitlines()) == len(high) + 1
    r = _run("extract", "--fast", "--min-confidence", "1.5", seed)
    assert r.returncode == 2 and r.stderr.strip() == "--min-confidence must be between 0 and 1, not 1.5"
    r = _run("extract", "--fast", "--format", "xml", seed)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_dates_in_the_text():
    t = "kata dia, Jumat (8/12/2023). Pada 6 November 2023 dan (15/7), skor 3/1, lalu 2024-01."
    assert [d.iso(2020) for d in find_dates(t)] == ["2023-12-08", "2023-11-06", "2020-07-15", "2024-01"]
    assert article_date("Tanpa tanggal. Kamis (15/7).") is None
    doc = extract(seed_text("004"), doc_id="s4")
    (c,) = [c for c in claims(doc) if c["text"].startswith("Kami sekali lagi menyerukan")]
    assert c["datePublished"] == "2023-12-08" and [b["publisher"]["name"] for b in c["isBasedOn"]] == ["Reuters"]


def test_readme_claimreview_example_runs(tmp_path, monkeypatch, capsys):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(import json\nclaim = .*?)```", readme, re.S).group(1)
    (tmp_path / "claims.jsonl").write_text(_run("extract", "--fast", "--format", "claims", SEEDS).stdout)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    review = json.loads(capsys.readouterr().out)
    assert review["@type"] == "ClaimReview" and review["itemReviewed"]["@type"] == "Claim"
    assert review["claimReviewed"] == review["itemReviewed"]["text"]
