"""From the till's outbox (and audit trail) to a batch, and the office's answer back to the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.store.models import AuditRow, OutboxRow, TillLinkRow
from app.sync.documents import to_doc
from app.sync.link import Link, staff_documents
from app.sync.wire import Ack, Batch, Item

BATCH_ROWS = 500


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A batch and what acknowledging it moves: outbox rows by id, the audit cursor to a rowid."""

    batch: Batch
    outbox_ids: tuple[str, ...]
    audit_top: int


def pending_count(session: Session, link: Link) -> int:
    """Rows still to push: unsent outbox rows and audit rows past the cursor."""
    outbox = session.scalar(select(func.count()).where(OutboxRow.sent_at.is_(None))) or 0
    audit = session.scalar(text("SELECT count(*) FROM audit WHERE rowid > :c"), {"c": link.audit_cursor}) or 0
    return int(outbox) + int(audit)


def next_batch(session: Session, link: Link, limit: int = BATCH_ROWS) -> Outgoing | None:
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
    audit_top = link.audit_cursor
    room = limit - len(items)
    if room > 0:
        audit = session.execute(
            select(text("rowid"), AuditRow).where(text("rowid > :c")).order_by(text("rowid")).limit(room),
            {"c": link.audit_cursor},
        ).all()
        for rowid, row in audit:
            items.append(
                Item(
                    id=row.id,
                    topic="audit",
                    entity_id=row.subject or row.id,
                    created_at=row.at.astimezone(UTC).isoformat(),
                    payload=to_doc("audit", row),
                )
            )
            audit_top = int(rowid)
    if not items:
        return None
    batch = Batch(
        id=new_id(),
        till_id=link.till_id,
        items=tuple(items),
        staff=tuple(staff_documents(session)) if any(i.topic == "shift" for i in items) else (),
        pull_cursor=link.pull_cursor,
    )
    return Outgoing(batch=batch, outbox_ids=tuple(r.id for r in rows), audit_top=audit_top)


def acknowledge(session: Session, outgoing: Outgoing, ack: Ack, now: datetime) -> int:
    """Mark what the office confirmed as sent; returns how many rows that was. Rows it did not confirm stay."""
    confirmed = set(ack.acked)
    sent = [row_id for row_id in outgoing.outbox_ids if row_id in confirmed]
    if sent:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(sent), OutboxRow.sent_at.is_(None))
            .values(sent_at=now, batch_id=outgoing.batch.id)
        )
    audit_ids = {i.id for i in outgoing.batch.items if i.topic == "audit"}
    values: dict[str, object] = {"last_push_at": now}
    if audit_ids and audit_ids <= confirmed:
        values["audit_cursor"] = outgoing.audit_top
    session.execute(update(TillLinkRow).where(TillLinkRow.till_id == outgoing.batch.till_id).values(**values))
    return len(sent) + (len(audit_ids) if "audit_cursor" in values else 0)
