"""The change feed a till pulls: catalog, programs, members and other tills' ledger entries after a cursor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.office.loyalty_intake import cards
from app.store.models import Barcode, Category, ChangeRow, LedgerEntryRow, OfficeTillRow, ProductRow, ProgramRow
from app.sync.documents import to_doc
from app.sync.members import member_document
from app.sync.wire import Change, ChangePage

MAX_PAGE = 2000


def changes_after(session: Session, till_id: str, after: int, limit: int, now: datetime) -> ChangePage:
    """Up to ``limit`` log entries after ``after`` (the till's own ledger entries left out), newest state each."""
    limit = max(1, min(limit, MAX_PAGE))
    # Writers hold the office write lock until commit, so every seq up to the newest one visible is committed.
    top = int(session.scalar(select(ChangeRow.seq).order_by(ChangeRow.seq.desc()).limit(1)) or 0)
    rows = session.execute(
        select(ChangeRow.seq, ChangeRow.topic, ChangeRow.entity_id)
        .where(
            ChangeRow.seq > after,
            ChangeRow.seq <= top,
            or_(ChangeRow.origin_till_id.is_(None), ChangeRow.origin_till_id != till_id),
        )
        .order_by(ChangeRow.seq)
        .limit(limit)
    ).all()
    first: dict[tuple[str, str], int] = {}
    for seq, topic, entity in rows:
        first.setdefault((topic, entity), seq)
    by_topic: dict[str, list[str]] = {}
    for topic, entity in first:
        by_topic.setdefault(topic, []).append(entity)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for topic, ids in by_topic.items():
        for entity, data in LOADERS[topic](session, ids).items():
            found[(topic, entity)] = data
    changes = tuple(
        Change(seq=seq, topic=topic, id=entity, data=found[(topic, entity)])
        for (topic, entity), seq in sorted(first.items(), key=lambda kv: kv[1])
        if (topic, entity) in found
    )
    more = len(rows) == limit
    # A short page read everything up to ``top``, including this till's own entries that were left out.
    cursor = int(rows[-1][0]) if more else max(after, top)
    till = session.get(OfficeTillRow, till_id)
    right = None if till is None else till.publish_programs
    return ChangePage(changes=changes, cursor=cursor, more=more, office_time=now.isoformat(), publish_programs=right)


def _products(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    out = {
        row.id: {**to_doc("product", row), "barcodes": []}
        for row in session.scalars(select(ProductRow).where(ProductRow.id.in_(ids)))
    }
    for code, product_id in session.execute(
        select(Barcode.code, Barcode.product_id).where(Barcode.product_id.in_(ids))
    ):
        out[product_id]["barcodes"].append(code)
    for doc in out.values():
        doc["barcodes"].sort()
    return out


def _categories(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {row.id: to_doc("category", row) for row in session.scalars(select(Category).where(Category.id.in_(ids)))}


def _programs(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in session.scalars(select(ProgramRow).where(ProgramRow.id.in_(ids)).order_by(ProgramRow.version)):
        out.setdefault(row.id, {"versions": []})["versions"].append(to_doc("program", row))
    return out


def _members(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for member_id in ids:
        doc = member_document(session, member_id)
        if doc is not None:
            out[member_id] = doc
    return out


def _ledger(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = session.scalars(select(LedgerEntryRow).where(LedgerEntryRow.id.in_(ids)))
    return {row.id: to_doc("ledger_entry", row) for row in rows}


LOADERS: dict[str, Callable[[Session, list[str]], dict[str, dict[str, Any]]]] = {
    "product": _products,
    "category": _categories,
    "program": _programs,
    "member": _members,
    "ledger": _ledger,
    "card": cards,
}
