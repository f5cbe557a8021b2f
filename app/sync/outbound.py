"""From the till's outbox (and audit trail) to a batch, and the office's answer back to the outbox.

Outbox payloads are already JSON text in the database; they travel as stored, without being parsed again.
Programs made at a till the office does not let publish them are held: they stay queued, left out of batches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Text, func, select, text, type_coerce, update
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.store.models import AuditRow, OutboxRow, TillLinkRow
from app.sync.documents import to_doc
from app.sync.link import Link, NotRegistered, staff_documents
from app.sync.wire import PROGRAM_TOPIC, Ack, Batch, Item, RawJson

BATCH_ROWS = 500


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A batch and where it ends: the last outbox seq and the last audit rowid it carries (held rows between
    ``first_seq`` and ``last_seq`` are not in it)."""

    batch: Batch
    first_seq: int
    last_seq: int
    audit_top: int
    holds_programs: bool = False

    @property
    def outbox_rows(self) -> int:
        return sum(1 for item in self.batch.items if item.topic != "audit")


def _sendable(holds_programs: bool) -> ColumnElement[bool]:
    unsent = OutboxRow.sent_at.is_(None)
    return unsent & (OutboxRow.topic != PROGRAM_TOPIC) if holds_programs else unsent


def pending_count(session: Session, link: Link) -> int:
    """Rows still to push: unsent outbox rows (held ones aside) and audit rows past the cursor."""
    outbox = session.scalar(select(func.count()).where(_sendable(link.holds_programs))) or 0
    audit = session.scalar(text("SELECT count(*) FROM audit WHERE rowid > :c"), {"c": link.audit_cursor}) or 0
    return int(outbox) + int(audit)


def held_count(session: Session, link: Link) -> int:
    """Programs kept on this till because the office does not let it publish them (0 when it may)."""
    if not link.holds_programs:
        return 0
    held = OutboxRow.sent_at.is_(None) & (OutboxRow.topic == PROGRAM_TOPIC)
    return int(session.scalar(select(func.count()).where(held)) or 0)


def next_batch(
    session: Session, link: Link, limit: int = BATCH_ROWS, *, after_seq: int = 0, audit_after: int | None = None
) -> Outgoing | None:
    """The oldest unsent rows (outbox in order, held ones aside, then audit rows), or None when nothing waits.

    ``after_seq`` and ``audit_after`` skip rows already in a batch still in flight. Audit rows are found by
    SQLite rowid: the audit table is append-only, so rowids only grow.
    """
    rows = session.execute(
        select(
            OutboxRow.seq,
            OutboxRow.id,
            OutboxRow.topic,
            OutboxRow.entity_id,
            OutboxRow.created_at,
            type_coerce(OutboxRow.payload, Text),
        )
        .where(_sendable(link.holds_programs), OutboxRow.seq > after_seq)
        .order_by(OutboxRow.seq)
        .limit(limit)
    ).all()
    items = [
        Item(id=row_id, topic=topic, entity_id=entity, created_at=at.astimezone(UTC).isoformat(), payload=RawJson(raw))
        for _seq, row_id, topic, entity, at, raw in rows
    ]
    audit_top = link.audit_cursor if audit_after is None else audit_after
    room = limit - len(items)
    if room > 0:
        audit = session.execute(
            select(text("rowid"), AuditRow).where(text("rowid > :c")).order_by(text("rowid")).limit(room),
            {"c": audit_top},
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
    first_seq = int(rows[0][0]) if rows else after_seq
    last_seq = int(rows[-1][0]) if rows else after_seq
    return Outgoing(
        batch=batch, first_seq=first_seq, last_seq=last_seq, audit_top=audit_top, holds_programs=link.holds_programs
    )


def acknowledge_outgoing(session: Session, outgoing: Outgoing, ack: Ack, now: datetime) -> int:
    """The office's answer to a batch this till just pushed; a full answer is applied by seq range (fast)."""
    confirmed = set(ack.acked)
    if any(item.id not in confirmed for item in outgoing.batch.items):
        return acknowledge(session, outgoing.batch.till_id, outgoing.batch.id, ack, now)
    done = 0
    if outgoing.outbox_rows:
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.seq.between(outgoing.first_seq, outgoing.last_seq), _sendable(outgoing.holds_programs))
            .values(sent_at=now, batch_id=outgoing.batch.id)
        )
        done = int(result.rowcount)  # type: ignore[attr-defined]
    audit = len(outgoing.batch.items) - outgoing.outbox_rows
    values: dict[str, object] = {"last_push_at": now}
    if audit:
        values["audit_cursor"] = outgoing.audit_top
    session.execute(update(TillLinkRow).where(TillLinkRow.till_id == outgoing.batch.till_id).values(**values))
    return done + audit


def acknowledge(session: Session, till_id: str, batch_id: str, ack: Ack, now: datetime) -> int:
    """Mark the rows named by an answer as sent and move the audit cursor past confirmed audit rows.

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
