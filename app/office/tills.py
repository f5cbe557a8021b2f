"""Tills at the office: one-time enrollment codes, registration that issues a token, token checks, the list.

An enrollment code says whether its till may publish loyalty programs to every store. Unless told, the code
made for an office's first till grants it (a one-shop office's only till is the shop's own); later codes do not.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from app.office.writes import insert_ignore, take_write_lock
from app.store.models import EnrollmentRow, OfficeTillRow, StoreRow, TillRow
from app.sync.documents import BadDocument, from_doc, table
from app.sync.keys import new_secret, secret_hash

log = logging.getLogger(__name__)

ENROLLMENT_VALIDITY = timedelta(days=7)
SEEN_EVERY = timedelta(minutes=1)  # how stale a till's "last seen" may get before a request writes it again


class RegistrationRefused(Exception):
    """The enrollment code is unknown, used or expired."""


class MalformedRegistration(RegistrationRefused):
    """The store, till or key sent with the code do not fit."""


class TillClash(RegistrationRefused):
    """Another till of the chain already has this till code (receipt numbers would clash)."""


class UnknownTill(LookupError):
    """No till registered at this office has that id or till code."""


@dataclass(frozen=True, slots=True)
class Enrollment:
    """A one-time code, and whether the till that registers with it may publish loyalty programs."""

    code: str
    publish_programs: bool


@dataclass(frozen=True, slots=True)
class Registered:
    token: str
    publish_programs: bool


@dataclass(frozen=True, slots=True)
class TillListing:
    """One till as ``office tills`` shows it."""

    store_code: str
    till_code: str
    till_id: str
    registered_at: datetime
    revoked: bool
    publish_programs: bool
    last_seen_at: datetime | None = None


def first_till_pending(session: Session, now: datetime) -> bool:
    """True while no till has registered here and no live code grants the office's first till its right."""
    registered = session.scalar(select(exists().select_from(OfficeTillRow)))
    granting = session.scalar(
        select(
            exists().where(
                EnrollmentRow.publish_programs.is_(True),
                EnrollmentRow.used_at.is_(None),
                EnrollmentRow.expires_at > now,
            )
        )
    )
    return not registered and not granting


def create_enrollment(
    session: Session,
    now: datetime,
    *,
    publish_programs: bool | None = None,
    valid: timedelta = ENROLLMENT_VALIDITY,
) -> Enrollment:
    """A one-time code for one till to register with; only its hash is kept.

    ``publish_programs`` None grants the right only to the office's first till (see ``first_till_pending``).
    """
    take_write_lock(session)  # two codes made at once cannot both be the first till's
    grants = first_till_pending(session, now) if publish_programs is None else publish_programs
    code = new_secret()
    session.add(
        EnrollmentRow(code_hash=secret_hash(code), created_at=now, expires_at=now + valid, publish_programs=grants)
    )
    log.info("enrollment code made (publish programs: %s)", grants)
    return Enrollment(code=code, publish_programs=grants)


def register_till(
    session: Session,
    *,
    code: str,
    store: Mapping[str, Any],
    till: Mapping[str, Any],
    public_key: str,
    now: datetime,
) -> Registered:
    """Spend ``code`` to register the till (and its store if new); returns its bearer token and its right.

    A till registering again (reinstalled) gets a new token and key, and the right its new code gives; the old
    token stops working.

    Raises:
        RegistrationRefused: bad code, or another till already uses this till code (receipt numbers would clash).
    """
    enrollment = session.get(EnrollmentRow, secret_hash(code), with_for_update=True)
    if enrollment is None or enrollment.used_at is not None or enrollment.expires_at <= now:
        raise RegistrationRefused("the enrollment code is unknown, already used or expired")
    try:
        store_row = from_doc("store", store)
        till_row = from_doc("till", {**till, "receipt_seq": 0})
        bytes.fromhex(public_key)
    except (BadDocument, ValueError) as exc:
        raise MalformedRegistration(f"malformed registration: {exc}") from exc
    if till_row["store_id"] != store_row["id"] or len(public_key) != 64:
        raise MalformedRegistration("malformed registration: the till must belong to the store sent with it")
    clash = session.scalar(select(TillRow.id).where(TillRow.code == till_row["code"], TillRow.id != till_row["id"]))
    if clash is not None:
        raise TillClash(f"till code {till_row['code']} is already used by another till of the chain")
    taken = session.scalar(
        select(StoreRow.id).where(StoreRow.code == store_row["code"], StoreRow.id != store_row["id"])
    )
    if taken is not None:
        raise TillClash(f"store code {store_row['code']} is already used by another store of the chain")
    insert_ignore(session, table("store"), [store_row])
    insert_ignore(session, table("till"), [till_row])
    token = new_secret()
    known = session.get(OfficeTillRow, till_row["id"])
    if known is None:
        session.add(
            OfficeTillRow(
                till_id=till_row["id"],
                store_id=store_row["id"],
                token_hash=secret_hash(token),
                public_key=public_key,
                registered_at=now,
                publish_programs=enrollment.publish_programs,
            )
        )
    else:
        known.token_hash, known.public_key, known.registered_at, known.revoked_at = (
            secret_hash(token),
            public_key,
            now,
            None,
        )
        known.publish_programs = enrollment.publish_programs
    enrollment.used_at, enrollment.used_by = now, till_row["id"]
    log.info(
        "till %s of store %s registered (publish programs: %s)",
        till_row["id"],
        store_row["id"],
        enrollment.publish_programs,
    )
    return Registered(token=token, publish_programs=enrollment.publish_programs)


def authenticate(session: Session, token: str | None) -> OfficeTillRow | None:
    """The registered, unrevoked till holding ``token``, or None."""
    if not token:
        return None
    digest = secret_hash(token)
    row = session.scalar(select(OfficeTillRow).where(OfficeTillRow.token_hash == digest))
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row


def seen_long_ago(row: OfficeTillRow, now: datetime) -> bool:
    """Whether the till's "last seen" is due to be written again (it is kept to the minute, not to the request)."""
    return row.last_seen_at is None or now - row.last_seen_at >= SEEN_EVERY


def mark_seen(session: Session, till_id: str, now: datetime) -> None:
    """Note that the till was heard from (the caller commits)."""
    session.execute(update(OfficeTillRow).where(OfficeTillRow.till_id == till_id).values(last_seen_at=now))


def find_till(session: Session, ref: str) -> OfficeTillRow:
    """The till registered here whose id or till code is ``ref``.

    Raises:
        UnknownTill: none is.
    """
    row = session.get(OfficeTillRow, ref)
    if row is None:
        till_id = session.scalar(select(TillRow.id).where(TillRow.code == ref))
        row = session.get(OfficeTillRow, till_id) if till_id is not None else None
    if row is None:
        raise UnknownTill(f"no till registered here has the id or code {ref!r}")
    return row


def revoke_till(session: Session, ref: str, now: datetime) -> OfficeTillRow:
    """Stop the till's token from working (a lost or stolen till); it can come back only with a new code.

    Raises:
        UnknownTill: no till registered here has that id or code.
    """
    row = find_till(session, ref)
    if row.revoked_at is None:
        row.revoked_at = now
        log.warning("till %s revoked: its token no longer works", row.till_id)
    return row


def set_publisher(session: Session, ref: str, allowed: bool) -> OfficeTillRow:
    """Grant or withdraw the till's right to publish loyalty programs; the till learns it at its next sync.

    Raises:
        UnknownTill: no till registered here has that id or code.
    """
    row = find_till(session, ref)
    if row.publish_programs != allowed:
        row.publish_programs = allowed
        log.info("till %s may publish programs: %s", row.till_id, allowed)
    return row


def public_key_of(session: Session, till_id: str) -> str | None:
    row = session.get(OfficeTillRow, till_id)
    return None if row is None or row.revoked_at is not None else row.public_key


def list_tills(session: Session) -> list[TillListing]:
    """Every till registered here, by store and till code."""
    rows = session.execute(
        select(OfficeTillRow, TillRow.code, StoreRow.code)
        .join(TillRow, TillRow.id == OfficeTillRow.till_id, isouter=True)
        .join(StoreRow, StoreRow.id == OfficeTillRow.store_id, isouter=True)
    ).all()
    listed = [
        TillListing(
            store_code=store_code or "?",
            till_code=till_code or "?",
            till_id=row.till_id,
            registered_at=row.registered_at,
            revoked=row.revoked_at is not None,
            publish_programs=row.publish_programs,
            last_seen_at=row.last_seen_at,
        )
        for row, till_code, store_code in rows
    ]
    return sorted(listed, key=lambda t: (t.store_code, t.till_code, t.till_id))
