"""The sync state for the status bar: the sync worker's last snapshot with the rows queued and held counted now."""

from __future__ import annotations

from sqlalchemy import func, select

from app.store.models import OutboxRow
from app.store.uow import UnitOfWorkFactory
from app.sync.link import NotRegistered, load_link
from app.sync.outbound import held_count, pending_count
from app.sync.status import SyncState, SyncStatus
from app.sync.worker import SyncWorker


class SyncProbe:
    """Reads the worker's status (kept in memory) and counts what still waits to go to the office."""

    def __init__(self, worker: SyncWorker, uow: UnitOfWorkFactory) -> None:
        self._worker = worker
        self._uow = uow

    def __call__(self) -> SyncStatus:
        status = self._worker.status
        with self._uow() as uow:
            try:
                link = load_link(uow.session)
                queued, held = pending_count(uow.session, link), held_count(uow.session, link)
            except NotRegistered:
                queued = int(uow.session.scalar(select(func.count()).where(OutboxRow.sent_at.is_(None))) or 0)
                held = 0
                if status.state is SyncState.STOPPED:
                    status = status.with_(state=SyncState.NOT_REGISTERED)
        return status.with_(queued=queued, held=held)
