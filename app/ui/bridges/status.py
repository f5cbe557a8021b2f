"""StatusBridge: polls the sync state off the UI thread and keeps the status bar's clock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.context import Clock
from app.sync.status import SyncStatus
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SyncProbe = Callable[[], SyncStatus]


class StatusBridge(QObject):
    """Asks ``probe`` for the sync state every ``interval_ms`` on its own runner; a slow probe never blocks.

    A probe still running when the timer fires again is not started twice.
    """

    sync_changed = Signal(SyncStatus)
    tick = Signal(datetime)
    _posted = Signal(SyncStatus)

    def __init__(
        self,
        probe: SyncProbe,
        clock: Clock,
        runner: TaskRunner,
        *,
        interval_ms: int = 15_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._clock = clock
        self._runner = runner
        self._in_flight = False
        self._last: SyncStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._posted.connect(self._on_self_posted)

    def post(self, status: SyncStatus) -> None:
        """The sync worker's news, from its own thread: the probe runs again at once (on the sync runner)."""
        self._posted.emit(status)

    def _on_self_posted(self, _status: SyncStatus) -> None:
        self.refresh()

    @property
    def last(self) -> SyncStatus | None:
        return self._last

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self._runner.submit(self._probe, self._on_probe_done, self._on_probe_failed)

    def _on_timer_timeout(self) -> None:
        self.tick.emit(self._clock())
        self.refresh()

    def _on_probe_done(self, status: SyncStatus) -> None:
        self._in_flight = False
        self._last = status
        self.sync_changed.emit(status)

    def _on_probe_failed(self, error: BaseException) -> None:
        self._in_flight = False
        log.info("sync status unavailable: %s", type(error).__name__)
