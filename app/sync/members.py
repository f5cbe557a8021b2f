"""Members with their cards as documents, merged field by field into whatever a database already holds."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import CardRow, MemberRow
from app.sync.documents import BadDocument, from_doc, to_doc
from app.sync.merge import MEMBER_FIELDS, merge_card, merge_member

CARD_DEFAULTS: Mapping[str, Any] = {"kind": "member", "blocked_reason": None, "replaced_by_id": None, "hlc": ""}
MEMBER_DEFAULTS: Mapping[str, Any] = {
    "phone": None,
    "email": None,
    "birthday": None,
    "consent": False,
    "store_id": None,
    "hlc": "",
    "field_hlc": None,
    "merged_into_id": None,
}


def apply_member_document(session: Session, doc: Mapping[str, Any]) -> str:
    """Merge ``{"member": {...}, "cards": [...]}`` into the database; returns the member id.

    Raises:
        BadDocument: the document lacks the member or a card belongs to another member.
    """
    try:
        remote = from_doc("member", doc["member"], defaults=MEMBER_DEFAULTS)
        cards = [from_doc("card", c, defaults=CARD_DEFAULTS) for c in doc.get("cards", ())]
    except (KeyError, TypeError) as exc:
        raise BadDocument(f"member document: {exc!r}") from exc
    merge_member_row(session, remote)
    for card in cards:
        if card["member_id"] != remote["id"]:
            raise BadDocument(f"card {card['id']} belongs to another member")
        merge_card_row(session, card)
    session.flush()
    return str(remote["id"])


def merge_member_row(session: Session, remote: dict[str, Any]) -> None:
    row = session.get(MemberRow, remote["id"])
    if row is None:
        session.add(MemberRow(**merge_member(None, remote)))
        session.flush()
        return
    merged = merge_member(_values(row, "member"), remote)
    for name in (*MEMBER_FIELDS, "field_hlc", "hlc", "created_at", "updated_at"):
        setattr(row, name, merged[name])


def merge_card_row(session: Session, remote: dict[str, Any]) -> None:
    row = session.get(CardRow, remote["id"])
    if row is None:
        session.add(CardRow(**remote))
        return
    merged = merge_card(_values(row, "card"), remote)
    for name in ("status", "blocked_reason", "replaced_by_id", "member_id", "hlc"):
        setattr(row, name, merged[name])


def _values(row: MemberRow | CardRow, table_name: str) -> dict[str, Any]:
    return from_doc(table_name, to_doc(table_name, row))


def member_document(session: Session, member_id: str) -> dict[str, Any] | None:
    """The member with all their cards, as it travels in both directions."""
    row = session.get(MemberRow, member_id)
    if row is None:
        return None
    cards = session.scalars(select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.issued_at))
    return {"member": to_doc("member", row), "cards": [to_doc("card", c) for c in cards]}


def edit_member(
    session: Session, member_id: str, changes: Mapping[str, Any], *, stamp: str, now: datetime
) -> dict[str, Any]:
    """Change profile fields on this replica, stamping each changed field; returns the document to queue.

    Raises:
        KeyError: no such member.
        ValueError: a field that is not a mergeable profile field.
    """
    row = session.get(MemberRow, member_id)
    if row is None:
        raise KeyError(member_id)
    unknown = set(changes) - set(MEMBER_FIELDS)
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    stamps = dict(row.field_hlc or {})
    for name, value in changes.items():
        setattr(row, name, value)
        stamps[name] = stamp
    row.field_hlc = stamps
    row.hlc = max(row.hlc or "", stamp)
    row.updated_at = now
    session.flush()
    document = member_document(session, member_id)
    assert document is not None
    return document
