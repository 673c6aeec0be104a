"""attribution serve: the HTTP API in the framework's test client, and once as a real server on loopback."""

import json
import socket
import subprocess
import sys
import time

import pytest

pytest.importorskip("fastapi", reason="the [serve] extra (FastAPI, uvicorn) is not installed")
httpx = pytest.importorskip("httpx", reason="httpx (the test client's transport) is not installed")
from fastapi.testclient import TestClient  # noqa: E402

from attribution.serve import create_app  # noqa: E402

from conftest import SEEDS, cli, seed_text  # noqa: E402


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app("fast", max_body=200_000))


def test_same_records_as_the_cli_for_the_same_text(client):
    cli_records = [json.loads(line) for line in cli("extract", "--fast", SEEDS).stdout.splitlines()]
    body = [{"text": p.read_text(encoding="utf-8"), "doc_id": p.stem} for p in sorted(SEEDS.glob("*.txt"))]
    r = client.post("/extract", json=body)
    assert r.status_code == 200
    assert r.json() == cli_records
    one = client.post("/extract", json=body[0]).json()
    assert one == cli_records[:1]
    claims = client.post("/extract?format=claims", json=body[0]).json()
    cli_claims = [json.loads(line) for line in cli("extract", "--fast", "--format", "claims", SEEDS / (body[0]["doc_id"] + ".txt")).stdout.splitlines()]
    assert claims == cli_claims
    (c,) = [c for c in claims if c["text"].startswith("Ini adalah masalah kedaulatan Irak")]
    assert "Blinken" in c["author"]["name"] and c["isBasedOn"][0]["publisher"]["name"] == "VOA"
    high = client.post("/extract?min_confidence=0.9", json=body[0]).json()[0]["attributions"]
    assert high and all(a["confidence"] >= 0.9 for a in high)


def test_meta_default_ids_and_document_errors(client):
    r = client.post("/extract", json=[{"text": "“Kami siap,” kata pelatih Budi Santoso.", "meta": {"outlet": "Contoh"}},
                                      {"text": "   "}])
    first, second = r.json()
    assert first["doc_id"] == "doc-1" and first["meta"]["outlet"] == "Contoh"
    assert first["attributions"][0]["speaker"] == "Budi Santoso"
    assert second["doc_id"] == "doc-2" and "empty" in second["error"]


def test_bad_requests_are_refused_with_the_reason_and_the_server_goes_on(client):
    r = client.post("/extract", content=b'{"text": "abc"', headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON decode error" in r.text
    r = client.post("/extract", json={"doc_id": "x"})
    assert r.status_code == 422 and "text" in r.text and "Field required" in r.text
    r = client.post("/extract", json={"text": 5})
    assert r.status_code == 422
    r = client.post("/extract?format=xml", json={"text": "abc"})
    assert r.status_code == 422
    r = client.post("/extract", json={"text": "x" * 300_000})
    assert r.status_code == 413 and "limit" in r.json()["detail"]
    assert client.get("/health").json()["status"] == "ok"
    assert client.post("/extract", json={"text": seed_text("000")}).status_code == 200
    assert client.get("/docs").status_code == 200 and "/extract" in client.get("/openapi.json").json()["paths"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_real_server_on_loopback_answers_and_stops_by_itself():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "attribution", "serve", "--fast", "--host", "127.0.0.1",
                             "--port", str(port), "--max-requests", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:  # wait for it to listen (connection attempts are not requests)
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        with httpx.Client(base_url=url, timeout=20) as h:
            assert h.get("/health").json()["mode"] == "fast"
            bad = h.post("/extract", content=b"{not json", headers={"content-type": "application/json"})
            assert bad.status_code == 422
            text = seed_text("000")
            good = h.post("/extract", json={"text": text, "doc_id": "000_5303c0ab37e2f736"})
            assert good.status_code == 200
            assert good.json() == [json.loads(cli("extract", "--fast", SEEDS / "000_5303c0ab37e2f736.txt").stdout)]
            assert h.post("/extract?format=claims", json={"text": text}).status_code == 200
        assert proc.wait(timeout=20) == 0  # four requests: it stops by itself
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
