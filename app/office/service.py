"""The head office as one object: its database, its signing key, and the use cases the API and CLI call."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.office.apply import apply_batch
from app.office.feed import changes_after
from app.office.reports import OverdraftLine, overdraft_report
from app.office.tills import (
    Enrollment,
    TillListing,
    authenticate,
    create_enrollment,
    find_till,
    list_tills,
    mark_seen,
    register_till,
    revoke_till,
    seen_long_ago,
    set_publisher,
)
from app.services.context import Clock, utc_now
from app.store.db import WRITE_OPTION, open_engine, session_factory
from app.store.migrate import upgrade
from app.store.models import OfficeTillRow, SettingRow
from app.sync.keys import new_private_key, public_key
from app.sync.wire import Ack, BadBatch, Batch, ChangePage, body_hash

log = logging.getLogger(__name__)

SIGNING_KEY_SETTING = "office.signing_key"
MAX_BODY = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Registration:
    till_id: str
    token: str
    office_public_key: str
    publish_programs: bool


class Office:
    """Built once per process (CLI or tests); safe to share between the API's worker threads."""

    def __init__(self, engine: Engine, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.sessions: sessionmaker[Session] = session_factory(engine)
        self.clock = clock
        self._signing_key = self._load_signing_key()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction, committed on success (on SQLite the write lock is taken at BEGIN)."""
        with self.sessions() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            yield session
            session.commit()

    @property
    def public_key(self) -> str:
        return public_key(self._signing_key)

    @property
    def signing_key(self) -> str:
        return self._signing_key

    def _load_signing_key(self) -> str:
        with self.writing() as session:
            row = session.get(SettingRow, SIGNING_KEY_SETTING)
            if row is None:
                row = SettingRow(key=SIGNING_KEY_SETTING, value=new_private_key())
                session.add(row)
            return str(row.value)

    def enroll(self, *, publish_programs: bool | None = None) -> Enrollment:
        """A one-time code a till registers with; by default only the office's first till may publish programs."""
        with self.writing() as session:
            return create_enrollment(session, self.clock(), publish_programs=publish_programs)

    def register(self, code: str, store: Mapping[str, Any], till: Mapping[str, Any], till_key: str) -> Registration:
        with self.writing() as session:
            done = register_till(session, code=code, store=store, till=till, public_key=till_key, now=self.clock())
        return Registration(
            till_id=str(till["id"]),
            token=done.token,
            office_public_key=self.public_key,
            publish_programs=done.publish_programs,
        )

    def tills(self) -> list[TillListing]:
        with self.sessions() as session:
            return list_tills(session)

    def authenticate(self, token: str | None) -> str | None:
        """The till id behind a bearer token, or None; the till's "last seen" moves on (at most once a minute)."""
        now = self.clock()
        with self.sessions() as session:
            row = authenticate(session, token)
            if row is None:
                return None
            till_id, due = row.till_id, seen_long_ago(row, now)
        if due:
            self.seen(till_id, now)
        return till_id

    def seen(self, till_id: str, now: datetime) -> None:
        """Note that the till was heard from (a request, or its bundle brought by hand)."""
        try:
            with self.writing() as session:
                mark_seen(session, till_id, now)
        except OperationalError as exc:  # a busy database must not turn a till away
            log.warning("could not note that till %s was seen: %s", till_id, exc.orig)

    def revoke(self, till: str) -> TillListing:
        """Revoke a till's token by its id or till code (raises ``UnknownTill``)."""
        with self.writing() as session:
            till_id = revoke_till(session, till, self.clock()).till_id
        return self._listing(till_id)

    def allow_publishing(self, till: str, allowed: bool) -> TillListing:
        """Grant or withdraw a till's right to publish programs, by its id or till code (raises ``UnknownTill``)."""
        with self.writing() as session:
            till_id = set_publisher(session, till, allowed).till_id
        return self._listing(till_id)

    def till(self, ref: str) -> TillListing:
        """One till by its id or till code (raises ``UnknownTill``)."""
        with self.sessions() as session:
            till_id = find_till(session, ref).till_id
        return self._listing(till_id)

    def _listing(self, till_id: str) -> TillListing:
        return next(t for t in self.tills() if t.till_id == till_id)

    def till_public_key(self, till_id: str) -> str | None:
        with self.sessions() as session:
            row = session.get(OfficeTillRow, till_id)
            return None if row is None or row.revoked_at is not None else row.public_key

    def push(self, till_id: str, body: bytes, *, idempotency_key: str | None, encoding: str | None = None) -> Ack:
        """Apply a pushed batch (JSON, optionally gzip) in one transaction.

        Raises:
            BadBatch: unreadable body, a key that does not match the batch, or rows that do not fit.
            IdempotencyConflict: the key was used before for different content.
            ForeignRows: a row belongs to another store or till.
            NotAllowedToPublish: the batch holds programs and this till may not publish them.
        """
        if encoding == "gzip":
            try:
                body = gzip.decompress(body)
            except (OSError, EOFError) as exc:
                raise BadBatch(f"the gzip body does not decompress: {exc}") from exc
        if len(body) > MAX_BODY:
            raise BadBatch("the batch is too large")
        try:
            batch = Batch.from_json(json.loads(body))
        except json.JSONDecodeError as exc:
            raise BadBatch(f"the body is not JSON: {exc}") from exc
        if idempotency_key is not None and idempotency_key != batch.id:
            raise BadBatch("the Idempotency-Key header must equal the batch id")
        return self.apply(till_id, batch, body_hash(body))

    def apply(self, till_id: str, batch: Batch, digest: str) -> Ack:
        """Apply a batch in one transaction; rows the database refuses make the whole batch a ``BadBatch``."""
        try:
            with self.writing() as session:
                return apply_batch(session, till_id, batch, digest, self.clock())
        except (IntegrityError, DataError) as exc:
            raise BadBatch(f"rows that do not fit the office's records: {type(exc.orig).__name__}") from exc

    def changes(self, till_id: str, after: int, limit: int) -> ChangePage:
        with self.sessions() as session:
            return changes_after(session, till_id, after, limit, self.clock())

    def overdrafts(self) -> list[OverdraftLine]:
        with self.sessions() as session:
            return overdraft_report(session, self.clock())

    def close(self) -> None:
        self.engine.dispose()


def open_office(target: str | Path, *, clock: Clock = utc_now) -> Office:
    """Open (creating or upgrading) the office database at a URL or SQLite path."""
    engine = open_engine(target)
    upgrade(engine)
    return Office(engine, clock)
