"""The till's link to its office: credentials, signing key and cursors, kept in the till's own database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import SettingRow, StaffRow, StoreRow, TillLinkRow, TillRow
from app.store.uow import UnitOfWorkFactory
from app.sync.documents import to_doc
from app.sync.keys import new_private_key


class NotRegistered(RuntimeError):
    """The till has no link to an office yet (register it with an enrollment code first)."""


@dataclass(frozen=True, slots=True)
class Link:
    """``publish_programs``: False once the office has said this till may not publish programs (they stay here)."""

    till_id: str
    store_id: str
    office_url: str | None
    token: str | None
    private_key: str
    office_public_key: str
    pull_cursor: int
    audit_cursor: int
    confirmed_at: datetime | None
    publish_programs: bool | None = None

    @property
    def holds_programs(self) -> bool:
        """Programs made here stay here: the office does not take them from this till."""
        return self.publish_programs is False


def till_identity(session: Session) -> tuple[TillRow, StoreRow]:
    setting = session.get(SettingRow, "till.id")
    if setting is None:
        raise NotRegistered("this database has no till")
    till = session.get(TillRow, setting.value)
    if till is None:
        raise NotRegistered(f"till {setting.value} is missing")
    store = session.get(StoreRow, till.store_id)
    if store is None:
        raise NotRegistered(f"store {till.store_id} is missing")
    return till, store


def load_link(session: Session) -> Link:
    """The link of this till.

    Raises:
        NotRegistered: the till never registered with an office.
    """
    till, _store = till_identity(session)
    row = session.get(TillLinkRow, till.id)
    if row is None:
        raise NotRegistered("this till is not registered with an office")
    return Link(
        till_id=row.till_id,
        store_id=till.store_id,
        office_url=row.office_url,
        token=row.token,
        private_key=row.private_key,
        office_public_key=row.office_public_key,
        pull_cursor=row.pull_cursor,
        audit_cursor=row.audit_cursor,
        confirmed_at=row.confirmed_at,
        publish_programs=row.publish_programs,
    )


def registration_request(uow: UnitOfWorkFactory) -> tuple[dict[str, Any], dict[str, Any], str]:
    """(store document, till document, a new private key) for registering this till."""
    with uow() as work:
        till, store = till_identity(work.session)
        till_doc = to_doc("till", till)
        till_doc.pop("receipt_seq", None)
        return to_doc("store", store), till_doc, new_private_key()


def save_link(
    uow: UnitOfWorkFactory,
    *,
    office_url: str | None,
    token: str | None,
    private_key: str,
    office_public_key: str,
    now: datetime,
    publish_programs: bool | None = None,
) -> Link:
    """Store (or replace after a re-registration) the till's credentials and its right to publish programs (the
    new registration's: programs held back before go out again when it grants it); cursors start from zero on a
    new link."""
    with uow(write=True) as work:
        till, _store = till_identity(work.session)
        row = work.session.get(TillLinkRow, till.id)
        if row is None:
            row = TillLinkRow(till_id=till.id, pull_cursor=0, audit_cursor=0)
            work.session.add(row)
        row.office_url, row.token, row.private_key = office_url, token, private_key
        row.office_public_key, row.registered_at = office_public_key, now
        row.publish_programs = publish_programs
        work.commit()
        return load_link(work.session)


def staff_documents(session: Session) -> list[Mapping[str, Any]]:
    """The till's staff as the office needs them for shifts (no PIN hashes leave the till)."""
    return [
        {"id": row.id, "name": row.name, "role": row.role, "active": row.active}
        for row in session.scalars(select(StaffRow).order_by(StaffRow.id))
    ]


def hold_programs(uow: UnitOfWorkFactory, till_id: str) -> None:
    """The office refused this till's programs: keep them here until the office grants the right (see apply_page)."""
    with uow(write=True) as work:
        row = work.session.get(TillLinkRow, till_id)
        if row is None:
            raise NotRegistered("this till is not registered with an office")
        row.publish_programs = False
        work.commit()
