"""From the till's outbox (and audit trail) to a batch, and the office's answer back to the outbox."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.store.models import AuditRow, OutboxRow, TillLinkRow
from app.sync.documents import to_doc
from app.sync.link import Link, NotRegistered, staff_documents
from app.sync.wire import Ack, Batch, Item

BATCH_ROWS = 500


def pending_count(session: Session, link: Link) -> int:
    """Rows still to push: unsent outbox rows and audit rows past the cursor."""
    outbox = session.scalar(select(func.count()).where(OutboxRow.sent_at.is_(None))) or 0
    audit = session.scalar(text("SELECT count(*) FROM audit WHERE rowid > :c"), {"c": link.audit_cursor}) or 0
    return int(outbox) + int(audit)


def next_batch(session: Session, link: Link, limit: int = BATCH_ROWS) -> Batch | None:
    """The oldest unsent rows (outbox first, in order, then audit), or None when nothing waits.

    Audit rows are found by SQLite rowid: the audit table is append-only, so rowids only grow.
    """
    rows = list(
        session.scalars(select(OutboxRow).where(OutboxRow.sent_at.is_(None)).order_by(OutboxRow.seq).limit(limit))
    )
    items = [
        Item(
            id=row.id,
            topic=row.topic,
            entity_id=row.entity_id,
            created_at=row.created_at.astimezone(UTC).isoformat(),
            payload=row.payload,
        )
        for row in rows
    ]
    room = limit - len(items)
    if room > 0:
        audit = session.execute(
            select(text("rowid"), AuditRow).where(text("rowid > :c")).order_by(text("rowid")).limit(room),
            {"c": link.audit_cursor},
        ).all()
        for _rowid, row in audit:
            items.append(
                Item(
                    id=row.id,
                    topic="audit",
                    entity_id=row.subject or row.id,
                    created_at=row.at.astimezone(UTC).isoformat(),
                    payload=to_doc("audit", row),
                )
            )
    if not items:
        return None
    return Batch(
        id=new_id(),
        till_id=link.till_id,
        items=tuple(items),
        staff=tuple(staff_documents(session)) if any(i.topic == "shift" for i in items) else (),
        pull_cursor=link.pull_cursor,
    )


def acknowledge(session: Session, till_id: str, batch_id: str, ack: Ack, now: datetime) -> int:
    """Mark what the office confirmed as sent and move the audit cursor past confirmed audit rows.

    Returns how many rows that was; rows the office did not confirm stay queued.
    """
    confirmed = set(ack.acked)
    if not confirmed:
        return 0
    done = 0
    ids = list(confirmed)
    for start in range(0, len(ids), 900):
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids[start : start + 900]), OutboxRow.sent_at.is_(None))
            .values(sent_at=now, batch_id=batch_id)
            .returning(OutboxRow.id)
        )
        done += len(result.all())
    link = session.get(TillLinkRow, till_id)
    if link is None:
        raise NotRegistered("this till is not registered with an office")
    cursor = link.audit_cursor
    audit = session.execute(
        text("SELECT rowid, id FROM audit WHERE rowid > :c ORDER BY rowid LIMIT :n"),
        {"c": cursor, "n": len(confirmed)},
    ).all()
    for rowid, audit_id in audit:
        if audit_id not in confirmed:
            break
        cursor, done = int(rowid), done + 1
    link.audit_cursor = cursor
    link.last_push_at = now
    return done
