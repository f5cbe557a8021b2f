"""What the till knows about its link to the head office: last acknowledged push and rows still queued."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.store.models import OutboxRow
from app.store.uow import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """``online`` is what the sync agent last saw; ``last_contact`` the last batch the office acknowledged."""

    online: bool
    last_contact: datetime | None
    queued: int


class OutboxSyncStatus:
    """Reads the outbox: rows not yet acknowledged and when the office last acknowledged a batch.

    Without a running sync agent the till is offline by definition; an agent passes ``online`` in.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def __call__(self, online: bool = False) -> SyncStatus:
        with self._uow() as uow:
            queued = uow.outbox.pending_count()
            last = uow.session.scalar(select(func.max(OutboxRow.sent_at)))
        return SyncStatus(online=online, last_contact=last, queued=queued)
