"""Work off the UI thread: a callable runs on a pool thread, its result or error comes back as a signal.

The callbacks always run on the UI thread (the relay's signal is queued to the runner, which lives there), so
a worker never touches a widget. Each runner owns its pool, so printing can never hold up a sale's completion.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries one task's outcome from the pool thread to the runner (queued, because it lives on the UI thread)."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the failure callback on the UI thread
            self._relay.finished.emit(self._task_id, False, error)
        else:
            self._relay.finished.emit(self._task_id, True, result)


class TaskRunner(QObject):
    """Runs callables on its own thread pool and calls back on the UI thread.

    Args:
        name: for logs.
        threads: how many tasks may run at once (1 keeps them in the order they were submitted).
    """

    busy_changed = Signal(bool)

    def __init__(self, name: str, *, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._callbacks: dict[int, tuple[Success | None, Failure | None]] = {}
        self._ids = itertools.count(1)

    @property
    def pending(self) -> int:
        """Tasks submitted whose callbacks have not run yet."""
        return len(self._callbacks)

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failure | None = None,
    ) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(task_id, work, self._relay))
        return task_id

    def wait(self, msecs: int) -> bool:
        """Block until every running task has finished its work (callbacks still arrive through the loop)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _on_relay_finished(self, task_id: int, ok: bool, outcome: object) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(outcome)
            elif isinstance(outcome, BaseException):
                if on_error is not None:
                    on_error(outcome)
                else:
                    log.error("%s: task failed: %s", self.objectName(), outcome, exc_info=outcome)
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)
