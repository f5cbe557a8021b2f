"""The office's HTTP API (FastAPI): registration, push with an Idempotency-Key, the change feed, reports."""

# No "from __future__ import annotations": FastAPI must see the dependency objects in the signatures.

import logging
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.office.apply import IdempotencyConflict
from app.office.ownership import ForeignRows
from app.office.publishers import NotAllowedToPublish
from app.office.service import Office
from app.office.tills import MalformedRegistration, RegistrationRefused, TillClash
from app.sync.wire import PROGRAMS_REFUSED, BadBatch

log = logging.getLogger(__name__)

UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}
MAX_CURSOR = 2**63 - 1  # the change feed's sequence is a 64-bit integer


class RegisterRequest(BaseModel):
    code: str = Field(min_length=1, max_length=200)
    public_key: str = Field(min_length=64, max_length=64)
    store: dict[str, Any]
    till: dict[str, Any]


class RegisterResponse(BaseModel):
    till_id: str
    token: str
    office_public_key: str
    publish_programs: bool


def create_app(office: Office) -> FastAPI:
    """The ASGI application over one ``Office``; every route but registration needs a till's bearer token."""
    app = FastAPI(title="Kupa head office", version="1", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=4096)

    def current_till(authorization: Annotated[str | None, Header()] = None) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        till_id = office.authenticate(token.strip()) if scheme.lower() == "bearer" else None
        if till_id is None:
            raise HTTPException(status_code=401, detail="a valid till token is required", headers=UNAUTHORIZED)
        return till_id

    @app.post("/v1/register", status_code=201)
    def register(request: RegisterRequest) -> RegisterResponse:
        try:
            done = office.register(request.code, request.store, request.till, request.public_key)
        except TillClash as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from exc
        except MalformedRegistration as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        except RegistrationRefused as exc:
            raise HTTPException(status_code=401, detail=str(exc), headers=UNAUTHORIZED) from exc
        return RegisterResponse(
            till_id=done.till_id,
            token=done.token,
            office_public_key=done.office_public_key,
            publish_programs=done.publish_programs,
        )

    @app.post("/v1/batches")
    async def push(
        request: Request,
        till_id: Annotated[str, Depends(current_till)],
        idempotency_key: Annotated[str | None, Header()] = None,
        content_encoding: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        if not idempotency_key:
            raise HTTPException(status_code=400, detail="the Idempotency-Key header is required")
        body = await request.body()
        try:
            ack = await run_in_threadpool(
                office.push, till_id, body, idempotency_key=idempotency_key, encoding=content_encoding
            )
        except BadBatch as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        except IdempotencyConflict as exc:
            raise HTTPException(status_code=409, detail=str(exc)) from exc
        except ForeignRows as exc:
            log.info("till %s refused: %s", till_id, exc)
            raise HTTPException(status_code=403, detail=str(exc)) from exc
        except NotAllowedToPublish as exc:
            log.info("till %s refused: %s", till_id, exc)
            return JSONResponse({"detail": str(exc), "reason": PROGRAMS_REFUSED}, status_code=403)
        return JSONResponse(ack.to_json())

    @app.get("/v1/changes")
    def changes(
        till_id: Annotated[str, Depends(current_till)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=2000)] = 500,
    ) -> JSONResponse:
        return JSONResponse(office.changes(till_id, after, limit).to_json())

    @app.get("/v1/reports/overdrafts")
    def overdrafts(till_id: Annotated[str, Depends(current_till)]) -> JSONResponse:
        return JSONResponse({"overdrafts": [line.to_json() for line in office.overdrafts()]})

    return app
