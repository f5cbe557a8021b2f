"""ManagerBridge: every manager use case runs off the UI thread; the answer or a sentence for the manager comes back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DomainError
from app.services.audit_trail import AuditTrail
from app.services.auth import StaffMember
from app.services.manager import ManagerServices
from app.store.repositories.member_search import MemberHit
from app.ui.messages import describe
from app.ui.tasks import TaskRunner
from hardware.errors import HardwareError

log = logging.getLogger(__name__)

T = TypeVar("T")
Refused = Callable[[str], None]


class Progress(QObject):
    """Progress reported from a worker thread; the signal is queued to the UI thread by Qt."""

    changed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)


class ManagerBridge(QObject):
    """Writes go one at a time on the database runner; searches on their own runner, stale answers dropped."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        services: ManagerServices,
        manager: StaffMember,
        runner: TaskRunner,
        search_runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.manager = manager
        self.trail = AuditTrail(services.uow)
        self._runner = runner
        self._search_runner = search_runner
        self._search_seq = 0
        runner.busy_changed.connect(self.busy_changed)

    def run(self, work: Callable[[], T], on_done: Callable[[T], None], on_refused: Refused) -> None:
        """``work`` on the database runner; ``on_done(result)`` or ``on_refused(sentence)`` on the UI thread."""

        self.run_raw(work, on_done, lambda _error, text: on_refused(text))

    def run_raw(
        self, work: Callable[[], T], on_done: Callable[[T], None], on_failed: Callable[[BaseException, str], None]
    ) -> None:
        """As ``run``, with the error itself beside its sentence (an import shows every bad row)."""

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError | HardwareError | OSError):
                log.error("a manager task failed: %s", type(error).__name__, exc_info=error)
            on_failed(error, str(error) if isinstance(error, HardwareError) else describe(error))

        self._runner.submit(work, on_done, failed)

    def search(self, text: str, limit: int, on_done: Callable[[str, list[MemberHit]], None]) -> None:
        """Members matching ``text``; an answer to an older search than the latest is dropped."""
        self._search_seq += 1
        seq = self._search_seq

        def done(hits: list[MemberHit]) -> None:
            if seq == self._search_seq:
                on_done(text, hits)

        def failed(error: BaseException) -> None:
            log.error("member search failed: %s", type(error).__name__, exc_info=error)
            if seq == self._search_seq:
                on_done(text, [])

        self._search_runner.submit(lambda: self.services.search(text, limit), done, failed)

    def wait(self, msecs: int) -> None:
        self._runner.wait(msecs)
        self._search_runner.wait(msecs)
