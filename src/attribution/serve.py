"""An HTTP API for fact-check pipelines (``attribution serve``; needs the ``[serve]`` extra: FastAPI, uvicorn).

``create_app()`` loads the extractor (and, in full mode, the stanza pipeline) once::

    POST /extract            {"text", "doc_id"?, "meta"?} or a list of them → a list of records, one a document
                             (the CLI's JSON Lines records: a document with its attributions, or an error record)
    POST /extract?format=claims          → the schema.org Claims of every document (error records kept)
    POST /extract?min_confidence=0.9     → attributions below 0.9 left out
    GET  /health                         → {"status": "ok", "mode", "version"}
    GET  /docs, /openapi.json            → the OpenAPI documentation

Malformed JSON or a missing ``text`` → 422 with the reason; a body over ``max_body`` bytes (default 5 MB) →
413.  Extraction runs one request at a time (the stanza pipeline is not shared between threads).
"""

from __future__ import annotations

import threading
from typing import Any, Literal, Optional, Union

import orjson

try:
    from fastapi import FastAPI, Query
    from fastapi.responses import Response
    from pydantic import BaseModel, Field
except ImportError as exc:  # pragma: no cover - the extra is missing
    raise ImportError("attribution serve needs FastAPI and uvicorn: pip install 'attribution[serve]'") from exc

from . import __version__
from .batch import FULL_PROCESSORS, process_batch
from .claims import claims, min_confidence
from .io import InputDoc, _check_text
from .model import ErrorRecord

MAX_BODY = 5 * 1024 * 1024


class ExtractRequest(BaseModel):
    """One document: its text, and optionally an id and ``meta`` (``outlet``, ``date``, ``url``, ``lang``)."""

    text: str = Field(description="The article text.")
    doc_id: Optional[str] = Field(default=None, description="Default: doc-1, doc-2 … by position in the request.")
    meta: Optional[dict[str, Any]] = None


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes is answered 413 before the app reads it."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._too_large(send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, _replay([message]), send)
            size += len(message.get("body", b""))
            if size > self.limit:
                return await self._too_large(send)
            chunks.append(message)
            more = message.get("more_body", False)
        await self.app(scope, _replay(chunks, receive), send)

    async def _too_large(self, send):
        body = orjson.dumps({"detail": f"the request body is over the limit of {self.limit:,} bytes"})
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _replay(messages, then=None):
    queue = list(messages)

    async def receive():
        if queue:
            return queue.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive


class Extractor:
    """The pipeline, loaded once; ``run`` gives the CLI's records for a list of requests."""

    def __init__(self, mode: str = "full", models: str = "bundled"):
        from .batch import make_pipeline

        self.mode = mode
        self.pipeline = make_pipeline(mode)
        self.nlp = None
        if mode == "full":
            from .nlp import load_pipeline

            self.nlp = load_pipeline(models=models, processors=FULL_PROCESSORS)
        self.lock = threading.Lock()

    def run(self, docs: list[ExtractRequest]) -> list[Any]:
        inputs: list[InputDoc | ErrorRecord] = []
        for i, d in enumerate(docs, 1):
            doc_id = d.doc_id if d.doc_id is not None else f"doc-{i}"
            problem = _check_text(d.text, f"document {i} ({doc_id})")
            inputs.append(ErrorRecord(doc_id=doc_id, error=problem) if problem else InputDoc(doc_id, d.text, dict(d.meta or {})))
        ok = [x for x in inputs if isinstance(x, InputDoc)]
        with self.lock:
            done = iter(process_batch(ok, self.nlp, self.pipeline)) if ok else iter(())
        return [x if isinstance(x, ErrorRecord) else next(done) for x in inputs]


def create_app(mode: str = "full", models: str = "bundled", max_body: int = MAX_BODY) -> Any:
    """The FastAPI application (wrapped in the body limit), with its extractor loaded."""
    extractor = Extractor(mode, models)
    api = FastAPI(title="attribution", version=__version__,
                  description="Who said what in Indonesian news: quotations and reported speech with their "
                              "cues, speakers and outlets; records or schema.org Claims.")

    @api.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "mode": extractor.mode, "version": __version__}

    @api.post("/extract", summary="Extract the attributions of one document or a list of them",
              responses={200: {"description": "A list: one record a document (format=jsonl), or the claims of "
                                              "every document (format=claims); a document that failed is an "
                                              "error record {doc_id, error}."}})
    def extract(body: Union[ExtractRequest, list[ExtractRequest]],
                format: Literal["jsonl", "claims"] = Query("jsonl", description="records or schema.org Claims"),
                min_confidence_: Optional[float] = Query(None, alias="min_confidence", ge=0.0, le=1.0)) -> Response:
        docs = body if isinstance(body, list) else [body]
        out: list[Any] = []
        for rec in extractor.run(docs):
            if isinstance(rec, ErrorRecord):
                out.append(rec.model_dump(mode="json", exclude_none=True))
                continue
            rec = min_confidence(rec, min_confidence_)
            if format == "claims":
                out.extend(claims(rec))
            else:
                out.append(rec.model_dump(mode="json", exclude_none=True))
        return Response(orjson.dumps(out), media_type="application/json")

    api.state.extractor = extractor
    wrapped = BodyLimit(api, max_body)
    wrapped.fastapi = api  # type: ignore[attr-defined]
    return wrapped


def serve(host: str = "127.0.0.1", port: int = 8000, mode: str = "full", models: str = "bundled",
          max_body: int = MAX_BODY, limit_max_requests: int | None = None) -> None:
    """Run the API with uvicorn until interrupted (or after ``limit_max_requests`` requests)."""
    import uvicorn

    uvicorn.run(create_app(mode, models, max_body), host=host, port=port, log_level="info",
                limit_max_requests=limit_max_requests)
