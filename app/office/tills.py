"""Tills at the office: one-time enrollment codes, registration that issues a token, token checks."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.office.writes import insert_ignore
from app.store.models import EnrollmentRow, OfficeTillRow, StoreRow, TillRow
from app.sync.documents import BadDocument, from_doc, table
from app.sync.keys import new_secret, secret_hash

log = logging.getLogger(__name__)

ENROLLMENT_VALIDITY = timedelta(days=7)


class RegistrationRefused(Exception):
    """The enrollment code is unknown, used or expired."""


class MalformedRegistration(RegistrationRefused):
    """The store, till or key sent with the code do not fit."""


class TillClash(RegistrationRefused):
    """Another till of the chain already has this till code (receipt numbers would clash)."""


def create_enrollment(session: Session, now: datetime, *, valid: timedelta = ENROLLMENT_VALIDITY) -> str:
    """A one-time code for one till to register with; only its hash is kept."""
    code = new_secret()
    session.add(EnrollmentRow(code_hash=secret_hash(code), created_at=now, expires_at=now + valid))
    return code


def register_till(
    session: Session,
    *,
    code: str,
    store: Mapping[str, Any],
    till: Mapping[str, Any],
    public_key: str,
    now: datetime,
) -> str:
    """Spend ``code`` to register the till (and its store if new); returns the till's bearer token.

    A till registering again (reinstalled) gets a new token and key; the old token stops working.

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
            )
        )
    else:
        known.token_hash, known.public_key, known.registered_at, known.revoked_at = (
            secret_hash(token),
            public_key,
            now,
            None,
        )
    enrollment.used_at, enrollment.used_by = now, till_row["id"]
    log.info("till %s of store %s registered", till_row["id"], store_row["id"])
    return token


def authenticate(session: Session, token: str | None) -> OfficeTillRow | None:
    """The registered, unrevoked till holding ``token``, or None."""
    if not token:
        return None
    digest = secret_hash(token)
    row = session.scalar(select(OfficeTillRow).where(OfficeTillRow.token_hash == digest))
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row


def public_key_of(session: Session, till_id: str) -> str | None:
    row = session.get(OfficeTillRow, till_id)
    return None if row is None or row.revoked_at is not None else row.public_key
