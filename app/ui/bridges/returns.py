"""ReturnsBridge: finds a receipt, previews a return (refunds per tender, points back) and writes it."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DomainError
from app.domain.sale import SaleRecord
from app.services.auth import StaffMember
from app.services.returns import Returnable, ReturnPlan, ReturnService
from app.ui.messages import describe
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ReturnsBridge(QObject):
    """Lookups and previews are single reads (UI thread); writing the return runs on the database runner."""

    returned = Signal(SaleRecord)
    failed = Signal(str)

    def __init__(self, returns: ReturnService, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._returns = returns
        self._runner = runner

    def find(self, number: str) -> tuple[SaleRecord, tuple[Returnable, ...]]:
        """Raises DomainError (receipt not found, not returnable) with a message for the cashier."""
        return self._returns.find(number)

    def plan(self, number: str, quantities: Mapping[str, int]) -> ReturnPlan:
        return self._returns.plan(number, quantities)

    def execute(self, plan: ReturnPlan, cashier: StaffMember, approver: StaffMember) -> None:
        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                log.error("a return failed: %s", type(error).__name__, exc_info=error)
            self.failed.emit(describe(error))

        self._runner.submit(
            lambda: self._returns.execute(plan, cashier_id=cashier.id, approved_by=approver.id),
            self.returned.emit,
            failed,
        )
