"""Printing receipts and shift reports through the persistent queue: queue first, then print, keep on failure."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from app.domain.receipt import LoyaltyBlock
from app.domain.sale import SaleRecord
from app.domain.shift import ShiftReport
from app.domain.tender import TenderKind
from app.services.context import TillContext
from app.services.print_queue import PrintJob, PrintQueue
from app.services.receipts import receipt_for
from app.store.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class PrinterState(Protocol):
    @property
    def online(self) -> bool: ...

    @property
    def reason(self) -> str: ...


class DocumentPrinter(Protocol):
    """A printer as the hardware layer offers it; ``print_document`` raises when nothing was printed."""

    def print_document(self, document: Any, *, cut: bool = True, open_drawer: bool = False) -> None: ...

    def status(self) -> PrinterState: ...


Layout = Callable[[PrintJob], Any]


@dataclass(frozen=True, slots=True)
class PrintOutput:
    """A printer and how a job is laid out for it (the hardware layer's print document)."""

    printer: DocumentPrinter
    layout: Layout


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """What became of one job: printed, or kept in the queue with the printer's reason."""

    job: PrintJob | None
    printed: bool
    reason: str = ""
    waiting: int = 0


class NoPrinter(Exception):
    def __init__(self) -> None:
        super().__init__("no printer is set up on this till")


class PrintService:
    """Every job is written to the queue before the printer is tried, and removed only once it printed.

    Runs on a print thread: the printer may take seconds (or hang until its timeout) without the till waiting.
    """

    def __init__(
        self,
        queue: PrintQueue,
        output: PrintOutput | None,
        uow: UnitOfWorkFactory,
        context: TillContext,
    ) -> None:
        self._queue = queue
        self._output = output
        self._uow = uow
        self._context = context

    @property
    def has_printer(self) -> bool:
        return self._output is not None

    @property
    def queue(self) -> PrintQueue:
        return self._queue

    def check(self) -> PrintOutcome | None:
        """Ask the printer how it is (never raises); None without a printer. The job is the oldest waiting one."""
        output = self._output
        if output is None:
            return None
        state = output.printer.status()
        waiting = self._queue.pending()
        return PrintOutcome(
            waiting[0] if waiting else None, printed=state.online, reason=state.reason, waiting=len(waiting)
        )

    def print_sale(self, record: SaleRecord, cashier: str, loyalty: LoyaltyBlock | None = None) -> PrintOutcome:
        """The receipt of a sale or return just completed; a cash sale opens the drawer with it.

        Raises:
            NoPrinter: the till has no printer, so nothing is queued (copies can be printed later by number).
        """
        self._require_printer()
        receipt = receipt_for(self._uow, self._context, record.id, loyalty)
        if not receipt.cashier:
            receipt = replace(receipt, cashier=cashier)
        cash = any(p.kind is TenderKind.CASH for p in record.payments)
        return self._send(self._queue.add_receipt(receipt, open_drawer=cash))

    def print_report(self, report: ShiftReport, title: str) -> PrintOutcome:
        self._require_printer()
        return self._send(self._queue.add_report(report, title))

    def reprint(self, job_id: str) -> PrintOutcome | None:
        """Try a waiting job again (None when it was printed meanwhile)."""
        job = self._queue.get(job_id)
        return self._send(job) if job is not None else None

    def copy_of(self, number: str) -> PrintOutcome | None:
        """A copy of any stored receipt by its number (None when there is no such sale)."""
        self._require_printer()
        with self._uow() as uow:
            record = uow.sales.by_number(number.strip())
        if record is None:
            return None
        receipt = receipt_for(self._uow, self._context, record.id)
        return self._send(self._queue.add_receipt(receipt))

    def _require_printer(self) -> PrintOutput:
        if self._output is None:
            raise NoPrinter()
        return self._output

    def _send(self, job: PrintJob) -> PrintOutcome:
        output = self._require_printer()
        try:
            output.printer.print_document(output.layout(job), cut=True, open_drawer=job.open_drawer)
        except Exception as error:  # any device failure: the job stays queued with the reason
            reason = str(error) or type(error).__name__
            self._queue.failed(job.id, reason)
            log.warning("print job %s (%s) kept in the queue: %s", job.id, job.kind.value, reason)
            return PrintOutcome(job, printed=False, reason=reason, waiting=len(self._queue.pending()))
        self._queue.printed(job.id)
        return PrintOutcome(job, printed=True, waiting=len(self._queue.pending()))
