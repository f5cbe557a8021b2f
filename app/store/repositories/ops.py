"""The outbox, the audit trail and the shop's settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.store.base import table_of
from app.store.models import AuditRow, OutboxRow, SettingRow
from app.store.plain_sql import insert_rows


class OutboxRepository:
    """Rows for the head office, written in the same transaction as the change they describe."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, topic: str, entity_id: str, payload: dict[str, Any], *, now: datetime) -> str:
        row_id = new_id()
        insert_rows(
            self._session.connection(),
            table_of(OutboxRow),
            [{"id": row_id, "topic": topic, "entity_id": entity_id, "payload": payload, "created_at": now}],
        )
        return row_id

    def pending(self, limit: int = 500) -> list[OutboxRow]:
        return list(
            self._session.scalars(
                select(OutboxRow).where(OutboxRow.sent_at.is_(None)).order_by(OutboxRow.seq).limit(limit)
            )
        )

    def pending_count(self) -> int:
        return int(self._session.scalar(select(func.count()).where(OutboxRow.sent_at.is_(None))) or 0)

    def mark_sent(self, ids: Sequence[str], *, batch_id: str, now: datetime) -> None:
        if ids:
            self._session.execute(
                update(OutboxRow).where(OutboxRow.id.in_(list(ids))).values(sent_at=now, batch_id=batch_id)
            )


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        action: str,
        *,
        now: datetime,
        actor_id: str | None,
        approver_id: str | None = None,
        subject: str | None = None,
        details: dict[str, Any] | None = None,
        store_id: str | None = None,
        till_id: str | None = None,
    ) -> AuditRow:
        row = AuditRow(
            id=new_id(),
            at=now,
            store_id=store_id,
            till_id=till_id,
            actor_id=actor_id,
            approver_id=approver_id,
            action=action,
            subject=subject,
            details=details,
        )
        self._session.add(row)
        return row

    def recent(self, limit: int = 200) -> list[AuditRow]:
        return list(
            self._session.scalars(select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit))
        )


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self._session.get(SettingRow, key)
        return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        row = self._session.get(SettingRow, key)
        if row is None:
            self._session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
