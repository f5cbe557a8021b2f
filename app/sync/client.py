"""HTTP client of the office API (httpx): register, push a batch, pull a page of changes."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.sync.wire import Ack, Batch, ChangePage

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

GZIP_FROM = 16 * 1024


class OfficeUnreachable(Exception):
    """No answer, a timeout or a server error: try again later (the outbox keeps everything)."""


class OfficeRefused(Exception):
    """The office answered and said no (bad token, malformed batch...): retrying the same thing will not help.

    ``reason`` is the office's word for why, when it gives one (``PROGRAMS_REFUSED``).
    """

    def __init__(self, status: int, detail: str, reason: str | None = None) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Registered:
    """The office's answer to a registration; ``publish_programs`` is None when the office did not say."""

    token: str
    office_public_key: str
    publish_programs: bool | None


@dataclass(frozen=True, slots=True)
class Body:
    """A batch ready to send: its bytes (gzip when large) and the headers that describe them."""

    content: bytes
    headers: Mapping[str, str]


def encode_body(batch: Batch) -> Body:
    """The request body of ``batch``; the worker makes the next one while the previous is on the wire."""
    content = batch.encode()
    headers = {"Idempotency-Key": batch.id, "Content-Type": "application/json"}
    if len(content) >= GZIP_FROM:
        content = gzip.compress(content, compresslevel=1)
        headers["Content-Encoding"] = "gzip"
    return Body(content, headers)


class OfficeClient:
    """One till's connection to its office; reuse it for many requests, ``close()`` at the end."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 30.0) -> None:
        # httpx is imported when a till first talks to its office, not while the till starts.
        import httpx  # noqa: PLC0415

        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http: httpx.Client = httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OfficeClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx  # noqa: PLC0415

        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise OfficeUnreachable(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code >= 500:
            raise OfficeUnreachable(f"office error {response.status_code}")
        if response.status_code >= 400:
            try:
                answer = response.json()
                detail, reason = str(answer.get("detail", response.text)), answer.get("reason")
            except (ValueError, AttributeError):
                detail, reason = response.text, None
            raise OfficeRefused(response.status_code, detail, reason if isinstance(reason, str) else None)
        try:
            return response.json()
        except json.JSONDecodeError as exc:
            raise OfficeUnreachable("the office answered with something that is not JSON") from exc

    def register(self, code: str, store: Mapping[str, Any], till: Mapping[str, Any], public_key: str) -> Registered:
        """Spend an enrollment code for a token, the office's public key and this till's right to publish."""
        answer = self._send(
            "POST", "/v1/register", json={"code": code, "store": store, "till": till, "public_key": public_key}
        )
        publish = answer.get("publish_programs")
        return Registered(
            token=str(answer["token"]),
            office_public_key=str(answer["office_public_key"]),
            publish_programs=publish if isinstance(publish, bool) else None,
        )

    def push(self, batch: Batch, body: Body | None = None) -> Ack:
        """Send ``batch`` (``body`` is its ``encode_body``, when it was made beforehand)."""
        ready = body if body is not None else encode_body(batch)
        return Ack.from_json(self._send("POST", "/v1/batches", content=ready.content, headers=dict(ready.headers)))

    def changes(self, after: int, limit: int = 500) -> ChangePage:
        return ChangePage.from_json(self._send("GET", "/v1/changes", params={"after": after, "limit": limit}))

    def overdrafts(self) -> list[dict[str, Any]]:
        return list(self._send("GET", "/v1/reports/overdrafts")["overdrafts"])
