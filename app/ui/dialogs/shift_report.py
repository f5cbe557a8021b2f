"""X and Z reports on screen, figure by figure, with a key to print them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.money import Money
from app.domain.shift import ShiftReport
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat
from app.ui.messages import tender_name


class ShiftReportDialog(TillDialog):
    """``print_report`` (when given) queues the report for the printer; F9 or the button calls it."""

    def __init__(
        self,
        report: ShiftReport,
        fmt: ShopFormat,
        *,
        print_report: Callable[[ShiftReport], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        is_z = report.z_number is not None
        super().__init__("shiftReportDialog", self.tr("Z report") if is_z else self.tr("X report"), parent)
        self._report = report
        self._fmt = fmt
        self._print = print_report
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Z report no. {number}").format(number=report.z_number)
            if is_z
            else self.tr("X report (shift still open)"),
            self,
        )
        title.setObjectName("reportTitle")
        title.setProperty("role", "title")
        layout.addWidget(title)
        columns = QHBoxLayout()
        self._grids: list[QGridLayout] = []
        for _side in range(2):
            body = QFrame(self)
            body.setProperty("role", "panel")
            grid = QGridLayout(body)
            grid.setHorizontalSpacing(24)
            grid.setColumnStretch(0, 1)
            self._grids.append(grid)
            columns.addWidget(body, 1, Qt.AlignmentFlag.AlignTop)
        self._rows = [0, 0]
        self._side = 0
        self._fill(report)
        layout.addLayout(columns, 1)
        self.message = self.message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.print_button = self.button(self.tr("Print (F9)"), "printButton", tone="accent")
        self.print_button.setEnabled(print_report is not None)
        self.print_button.clicked.connect(self.print_now)
        close = self.button(self.tr("Close (Enter)"), "closeButton")
        close.clicked.connect(self.accept)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1180, 640)

    def _line(self, caption: str, value: str, *, strong: bool = False, name: str = "") -> None:
        left = QLabel(caption)
        right = QLabel(value)
        right.setAlignment(NUMBER_ALIGNMENT)
        if name:
            right.setObjectName(name)
        for label in (left, right):
            label.setProperty("role", "toPayCaption" if strong else "figure")
        grid = self._grids[self._side]
        grid.addWidget(left, self._rows[self._side], 0)
        grid.addWidget(right, self._rows[self._side], 1)
        self._rows[self._side] += 1

    def _heading(self, text: str) -> None:
        label = QLabel(text)
        label.setProperty("role", "subtitle")
        self._grids[self._side].addWidget(label, self._rows[self._side], 0, 1, 2)
        self._rows[self._side] += 1

    def _fill(self, report: ShiftReport) -> None:
        fmt = self._fmt
        money = fmt.money
        self._line(self.tr("Till"), report.till_code)
        self._line(self.tr("Cashier"), report.cashier)
        self._line(self.tr("Opened"), fmt.date_time(report.opened_at))
        if report.closed_at is not None:
            self._line(self.tr("Closed"), fmt.date_time(report.closed_at))
        self._heading(self.tr("Sales"))
        self._line(self.tr("Sales ({count})").format(count=report.sales_count), money(report.sales_total))
        self._line(self.tr("Returns ({count})").format(count=report.returns_count), money(report.returns_total))
        self._line(self.tr("Voided sales"), fmt.number(report.voided_count))
        self._line(self.tr("Discounts given"), money(report.discount_total))
        self._line(self.tr("Net total"), money(report.net_total), strong=True, name="reportNet")
        if report.taxes:
            self._heading(self.tr("Tax included"))
            for tax in report.taxes:
                self._line(
                    self.tr("VAT {rate} on {gross}").format(rate=fmt.percent_bp(tax.rate_bp), gross=money(tax.gross)),
                    money(tax.tax),
                )
        self._side = 1
        self._heading(self.tr("Payments"))
        for figures in report.tenders:
            self._line(tender_name(figures.kind), money(figures.net))
        if report.points_spent:
            self._line(self.tr("Points spent"), fmt.points(report.points_spent))
        self._heading(self.tr("Cash drawer"))
        self._line(self.tr("Float"), money(report.opening_float))
        self._line(self.tr("Change given"), money(-report.change_given))
        self._line(self.tr("Cash in / out"), money(report.cash_movements))
        self._line(self.tr("Cash expected"), money(report.expected_cash), strong=True, name="reportExpected")
        if report.counted_cash is not None:
            self._line(self.tr("Cash counted"), money(report.counted_cash), name="reportCounted")
            difference = report.difference or Money.zero(report.currency)
            caption = (
                self.tr("Over") if difference.is_positive else self.tr("Short") if difference else self.tr("Exact")
            )
            self._line(caption, money(difference), strong=True, name="reportDifference")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F9:
            self.print_now()
            return
        super().keyPressEvent(event)

    def print_now(self) -> None:
        if self._print is None:
            return
        self._print(self._report)
        self.show_message(self.message, self.tr("Sent to the printer."), "notice")
