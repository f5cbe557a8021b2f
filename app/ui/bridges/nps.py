"""NpsBridge: the customer's 0-10 answer after their sale, recorded off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.domain.errors import DomainError
from app.services.nps import NpsRecorder
from app.ui.messages import describe
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class NpsBridge(QObject):
    def __init__(self, recorder: NpsRecorder, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._runner = runner

    def record(
        self,
        sale_id: str,
        score: int,
        by: str | None,
        on_done: Callable[[str], None],
        on_refused: Callable[[str], None],
    ) -> None:
        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                log.error("an NPS answer was not recorded: %s", type(error).__name__, exc_info=error)
            on_refused(describe(error))

        self._runner.submit(lambda: self._recorder.for_sale(sale_id, score, by=by), on_done, failed)
