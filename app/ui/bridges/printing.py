"""PrintBridge: receipts and reports go to the print thread; the status bar hears how the printer is doing."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.domain.receipt import LoyaltyBlock
from app.domain.sale import SaleRecord
from app.domain.shift import ShiftReport
from app.services.print_queue import PrintJob
from app.services.printing import NoPrinter, PrintOutcome, PrintService
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class PrintBridge(QObject):
    """Nothing here waits for the printer: each request runs on the print runner, in order."""

    status = Signal(str, str)
    printed = Signal(PrintOutcome)
    problem = Signal(str)

    def __init__(self, service: PrintService, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._last_reason = ""
        self.last_number: str | None = None

    @property
    def has_printer(self) -> bool:
        return self._service.has_printer

    def pending(self) -> list[PrintJob]:
        return self._service.queue.pending()

    def announce(self) -> None:
        """Ask the printer how it is (on the print runner) and tell the status bar."""
        if not self.has_printer:
            self._emit_status(0, ok=True)
            return
        self._runner.submit(self._service.check, self._on_runner_checked, self._on_runner_failed)

    def _on_runner_checked(self, outcome: PrintOutcome | None) -> None:
        if outcome is not None:
            self._last_reason = "" if outcome.printed else outcome.reason
            self._emit_status(outcome.waiting, ok=outcome.printed)

    def print_sale(self, record: SaleRecord, cashier: str, loyalty: LoyaltyBlock | None = None) -> None:
        self.last_number = record.number
        self._submit(lambda: self._service.print_sale(record, cashier, loyalty))

    def print_report(self, report: ShiftReport) -> None:
        if report.z_number is not None:
            title = self.tr("Z report {number}").format(number=report.z_number)
        else:
            title = self.tr("X report")
        self._submit(lambda: self._service.print_report(report, title))

    def reprint(self, job_id: str) -> None:
        self._submit(lambda: self._service.reprint(job_id))

    def copy_of(self, number: str) -> None:
        def work() -> PrintOutcome | None:
            outcome = self._service.copy_of(number)
            if outcome is None:
                raise LookupError(number)
            return outcome

        self._submit(work)

    def _submit(self, work: Callable[[], PrintOutcome | None]) -> None:
        if not self.has_printer:
            self.problem.emit(self.tr("No printer is set up on this till."))
            return
        self._runner.submit(work, self._on_runner_done, self._on_runner_failed)

    def _on_runner_done(self, outcome: PrintOutcome | None) -> None:
        if outcome is None:
            self.announce()
            return
        self._last_reason = "" if outcome.printed else outcome.reason
        self._emit_status(outcome.waiting, ok=outcome.printed)
        self.printed.emit(outcome)

    def _on_runner_failed(self, error: BaseException) -> None:
        if isinstance(error, LookupError):
            self.problem.emit(self.tr("No sale has the receipt number {number}.").format(number=error.args[0]))
        elif isinstance(error, NoPrinter):
            self.problem.emit(self.tr("No printer is set up on this till."))
        else:
            log.error("printing failed: %s", type(error).__name__, exc_info=error)
            self.problem.emit(self.tr("The receipt could not be prepared for printing."))

    def _emit_status(self, waiting: int, *, ok: bool) -> None:
        if not self.has_printer:
            self.status.emit(self.tr("Printer: none"), "warn")
            return
        text = self.tr("Printer: ready") if ok else self.tr("Printer: not printing")
        if waiting:
            text += " · " + self.tr("{count} waiting").format(count=waiting)
        self.status.emit(text, "good" if ok and not waiting else "bad" if not ok else "warn")
