"""TillFlows: the dialogs the till window opens (payment, lookup, approvals, returns, shift reports, NPS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from app.domain.receipt import LoyaltyBlock
from app.domain.sale import SaleRecord
from app.domain.shift import ShiftReport
from app.ui.dialogs.approval import ApprovalDialog
from app.ui.dialogs.nps import NpsDialog
from app.ui.dialogs.parked import ParkedSalesDialog
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.price_lookup import PriceLookupDialog
from app.ui.dialogs.receipts import ReceiptsDialog
from app.ui.dialogs.returns import ReturnsDialog
from app.ui.dialogs.shift_close import ShiftCloseDialog
from app.ui.dialogs.shift_report import ShiftReportDialog
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.tools import ManagerTools

if TYPE_CHECKING:
    from app.ui.window import TillWindow


class TillFlows(QObject):
    """One dialog at a time over the window, never blocking the event loop; ``dialog`` is the open one.

    Reads the window's bridges and pages when a flow starts (the pages are made again on a language switch).
    """

    def __init__(self, window: TillWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog, finished: Callable[[int], None] | None = None) -> None:
        """Open ``dialog``; ``finished(result)`` runs when it closes, then the scan field takes the focus again."""
        window = self._window
        self.dialog = dialog

        def on_finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if finished is not None:
                finished(result)
            if self.dialog is None:
                window.activateWindow()
            if window.stack.currentWidget() is window.sale_page:
                window.sale_page.focus_scan()

        dialog.finished.connect(on_finished)
        dialog.open()

    def take_scan(self, text: str) -> bool | None:
        """A scan for the open dialog: whether it took it, or None when no dialog is open."""
        if self.dialog is None:
            return None
        accept = getattr(self.dialog, "accept_scan", None)
        return bool(accept(text)) if callable(accept) else False

    def open_payment(self) -> None:
        window = self._window
        if not window.checkout.has_items or window.checkout.busy:
            return
        self.open(PaymentDialog(window.checkout, window.fmt, window))

    def open_lookup(self) -> None:
        window = self._window
        dialog = PriceLookupDialog(window.deps.lookup.search, window.lookup_runner, window.fmt, window)

        def finished(result: int) -> None:
            if result and dialog.chosen is not None:
                window.checkout.add_product(dialog.chosen)

        self.open(dialog, finished)

    def open_parked(self) -> None:
        window = self._window
        dialog = ParkedSalesDialog(window.checkout.parked(), window.fmt, window)

        def finished(result: int) -> None:
            if result and dialog.chosen is not None:
                window.checkout.resume(dialog.chosen)

        self.open(dialog, finished)

    def void_sale(self) -> None:
        window = self._window
        if not window.checkout.has_items:
            return
        total = window.checkout.snapshot()
        what = self.tr("Void this sale of {total}").format(total=window.fmt.money(total.priced.total) if total else "")
        dialog = ApprovalDialog(window.session, what, window)

        def finished(result: int) -> None:
            if result and dialog.approver is not None:
                window.checkout.void(dialog.approver)

        self.open(dialog, finished)

    def open_returns(self) -> None:
        window = self._window
        cashier = window.session.cashier
        if cashier is None:
            return
        if window.checkout.has_items:
            window.sale_page.show_problem(self.tr("Finish or park the sale first, then take the return."))
            return
        dialog = ReturnsDialog(window.returns, window.session, cashier, window.fmt, window)

        def finished(result: int) -> None:
            record = dialog.record
            if result and record is not None:
                self.print_record(record)
                window.sale_page.show_notice(
                    self.tr("Return {number} done: give back {amount}.").format(
                        number=record.number, amount=window.fmt.money(-record.total)
                    )
                )

        self.open(dialog, finished)

    def open_receipts(self) -> None:
        window = self._window
        self.open(ReceiptsDialog(window.printing, window.fmt, window))

    def print_record(self, record: SaleRecord, loyalty: LoyaltyBlock | None = None) -> None:
        window = self._window
        cashier = window.session.cashier
        if window.printing.has_printer:
            window.printing.print_sale(record, cashier.name if cashier else "", loyalty)

    def ask_nps(self, sale_id: str) -> None:
        """The 0-10 question once the payment dialog has closed (a skipped answer is simply not recorded)."""
        window = self._window
        cashier = window.session.cashier
        if window.nps is None or self.dialog is not None:
            return
        self.open(NpsDialog(window.nps, sale_id, cashier.id if cashier else None, window))

    def open_manager(self) -> None:
        """The manager tools, after a manager's PIN (a cashier's PIN is refused by the approval)."""
        window = self._window
        services = window.deps.manager
        if services is None or self.dialog is not None:
            return
        if window.checkout.has_items:
            window.sale_page.show_problem(self.tr("Finish or park the sale first."))
            return
        approval = ApprovalDialog(window.session, self.tr("Open the manager tools"), window)

        def finished(result: int) -> None:
            if result and approval.approver is not None:
                bridge = ManagerBridge(services, approval.approver, window.manager_runner, window.search_runner, window)
                tools = ManagerTools(bridge, window.fmt, window)
                tools.finished.connect(tools.deleteLater)
                tools.finished.connect(bridge.deleteLater)
                self.open(tools)

        self.open(approval, finished)

    def _report_printer(self) -> Callable[[ShiftReport], None] | None:
        printing = self._window.printing
        return printing.print_report if printing.has_printer else None

    def show_report(self, report: ShiftReport, finished: Callable[[int], None] | None = None) -> None:
        """An X or Z report on the screen, with a print button when the till has a printer."""
        window = self._window
        self.open(ShiftReportDialog(report, window.fmt, print_report=self._report_printer(), parent=window), finished)

    def show_x_report(self) -> None:
        self._window.session.x_report(self.show_report)

    def close_shift(self) -> None:
        window = self._window
        if window.checkout.has_items:
            window.sale_page.show_problem(self.tr("Finish or park the sale first."))
            return
        dialog = ShiftCloseDialog(window.fmt, window)

        def finished(result: int) -> None:
            if result and dialog.counted is not None:
                window.session.close_shift(dialog.counted)

        self.open(dialog, finished)
