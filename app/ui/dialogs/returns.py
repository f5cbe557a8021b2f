"""Returns: find the receipt (scan its barcode or type its number), choose lines, see the refund, confirm."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.sale import SaleRecord
from app.domain.tender import TenderKind
from app.services.auth import StaffMember
from app.services.returns import Returnable, ReturnPlan
from app.ui.bridges.returns import ReturnsBridge
from app.ui.bridges.session import SessionBridge
from app.ui.dialogs.approval import ApprovalDialog
from app.ui.dialogs.base import TillDialog
from app.ui.dialogs.quantity import parse_quantity
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat, ltr
from app.ui.messages import describe, tender_name

NAME, SOLD, LEFT, RETURN, REFUND = range(5)


class ReturnsDialog(TillDialog):
    """``record`` is the return written, once a manager approved it."""

    def __init__(
        self,
        returns: ReturnsBridge,
        session: SessionBridge,
        cashier: StaffMember,
        fmt: ShopFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("returnsDialog", self.tr("Return"), parent)
        self._returns = returns
        self._session = session
        self._cashier = cashier
        self._fmt = fmt
        self._original: SaleRecord | None = None
        self._left: tuple[Returnable, ...] = ()
        self._quantities: dict[str, int] = {}
        self._plan: ReturnPlan | None = None
        self._writing = False
        self.record: SaleRecord | None = None
        self.approval: ApprovalDialog | None = None

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Return by receipt"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Receipt number"), self)
        caption.setProperty("role", "subtitle")
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("receiptField")
        self.receipt.setPlaceholderText(self.tr("Scan the receipt barcode or type its number"))
        self.receipt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        row.addWidget(caption)
        row.addWidget(self.receipt, 1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("returnSummary")
        self.summary.setProperty("role", "hint")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("returnLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Sold"), self.tr("Left"), self.tr("Return"), self.tr("Refund")]
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SOLD, LEFT, RETURN, REFUND):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        layout.addWidget(self.table, 1)
        qty_row = QHBoxLayout()
        self.qty_hint = QLabel(self.tr("↑↓ choose a line · Space: all or none · a number then Enter: that many"), self)
        self.qty_hint.setProperty("role", "hint")
        self.qty = QLineEdit(self)
        self.qty.setObjectName("returnQtyField")
        self.qty.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.qty.setMaximumWidth(160)
        self.qty.installEventFilter(self)
        qty_row.addWidget(self.qty_hint, 1)
        qty_row.addWidget(self.qty)
        layout.addLayout(qty_row)
        self.refunds = QLabel(self)
        self.refunds.setObjectName("returnRefunds")
        self.refunds.setProperty("role", "figure")
        self.refunds.setWordWrap(True)
        layout.addWidget(self.refunds)
        self.total = QLabel(self)
        self.total.setObjectName("returnTotal")
        self.total.setProperty("role", "toPay")
        self.total.setAlignment(NUMBER_ALIGNMENT)
        layout.addWidget(self.total)
        self.message = self.message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        self.confirm = self.button(self.tr("Confirm return\nF12 · manager PIN"), "confirmButton", tone="go")
        self.confirm.clicked.connect(self.confirm_return)
        buttons.addWidget(cancel, 1)
        buttons.addWidget(self.confirm, 2)
        layout.addLayout(buttons)
        returns.returned.connect(self._on_returns_returned)
        returns.failed.connect(self._on_returns_failed)
        self._show_plan()
        self.qty.setEnabled(False)
        self.resize(1100, 680)

    # -- finding the receipt ---------------------------------------------------------------------------------

    def find_receipt(self, number: str) -> bool:
        try:
            original, left = self._returns.find(number)
        except DomainError as error:
            self.show_message(self.message, describe(error))
            self.receipt.selectAll()
            return False
        self._original = original
        self._left = left
        self._quantities = {}
        self.receipt.setText(original.number)
        self.receipt.setReadOnly(True)
        card = self.tr(" · member card") if original.card_id else ""
        self.summary.setText(
            self.tr("Sale {number} of {time} · total {total}{card}").format(
                number=ltr(original.number),
                time=self._fmt.date_time(original.completed_at),
                total=self._fmt.money(original.total),
                card=card,
            )
        )
        self.table.setRowCount(len(left))
        for row, item in enumerate(left):
            unit = item.line.unit
            self._cell(row, NAME, item.line.name, leading=True)
            self._cell(row, SOLD, self._fmt.quantity(item.line.qty_milli, unit))
            self._cell(row, LEFT, self._fmt.quantity(item.qty_left, unit))
        if left:
            self.table.setCurrentCell(0, NAME)
        self.qty.setEnabled(True)
        self.qty.setFocus()
        self.show_message(self.message, "")
        self._replan()
        return True

    def _cell(self, row: int, column: int, text: str, *, leading: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter if leading else NUMBER_ALIGNMENT
        )
        self.table.setItem(row, column, item)

    # -- choosing lines --------------------------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def _selected(self) -> Returnable | None:
        row = self._selected_row()
        return self._left[row] if 0 <= row < len(self._left) else None

    def chosen_lines(self) -> int:
        return len(self._quantities)

    def toggle_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        if self._quantities.get(item.line.id):
            self._quantities.pop(item.line.id)
        elif item.qty_left > 0:
            self._quantities[item.line.id] = item.qty_left
        self._replan()

    def set_selected(self, qty_milli: int) -> None:
        item = self._selected()
        if item is None:
            return
        if qty_milli:
            self._quantities[item.line.id] = qty_milli
        else:
            self._quantities.pop(item.line.id, None)
        self._replan()

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        self.table.setCurrentCell(row, NAME)
        self.toggle_selected()

    def _replan(self) -> None:
        self._plan = None
        if self._original is not None and self._quantities:
            try:
                self._plan = self._returns.plan(self._original.number, self._quantities)
                self.show_message(self.message, "")
            except DomainError as error:
                self.show_message(self.message, describe(error))
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self._plan
        refunds = {x.original_line_id: x for x in plan.lines} if plan else {}
        for row, item in enumerate(self._left):
            qty = self._quantities.get(item.line.id, 0)
            self._cell(row, RETURN, self._fmt.quantity(qty, item.line.unit) if qty else "")
            line = refunds.get(item.line.id)
            self._cell(row, REFUND, self._fmt.amount(-line.net) if line else "")
        if plan is None:
            self.refunds.setText(self.tr("Choose the lines to return.") if self._original else "")
            self.total.setText("")
            self.confirm.setEnabled(False)
            return
        parts = []
        for refund in plan.refunds:
            text = f"{tender_name(refund.kind)} {self._fmt.money(-refund.amount)}"
            if refund.kind is TenderKind.POINTS:
                text += " " + self.tr("({points} points back to the card)").format(
                    points=self._fmt.points(-refund.points)
                )
            parts.append(text)
        lines = [self.tr("Give back: {refunds}").format(refunds=" · ".join(parts))]
        if plan.points_taken:
            lines.append(
                self.tr("Points taken back from the card (earned on these items): {points}").format(
                    points=self._fmt.points(plan.points_taken)
                )
            )
        self.refunds.setText("\n".join(lines))
        self.total.setText(self.tr("Refund {amount}").format(amount=self._fmt.money(-plan.total)))
        self.confirm.setEnabled(not self._writing)

    # -- keys ------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The quantity field passes on the keys that choose lines (arrows, Space when it is empty)."""
        if watched is self.qty and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._line_key(event)
        return super().eventFilter(watched, event)

    def _line_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._original is None:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self._selected_row() + (-1 if key == Qt.Key.Key_Up else 1)
            self.table.setCurrentCell(max(0, min(self.table.rowCount() - 1, row)), NAME)
            return True
        if key == Qt.Key.Key_Space and not self.qty.text():
            self.toggle_selected()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._line_key(event):
            return
        if event.key() == Qt.Key.Key_F12:
            self.confirm_return()
            return
        super().keyPressEvent(event)

    def enter_pressed(self) -> None:
        if self._original is None:
            number = self.receipt.text().strip()
            if number:
                self.find_receipt(number)
            return
        text = self.qty.text().strip()
        item = self._selected()
        if not text or item is None:
            return
        qty = 0 if text == "0" else parse_quantity(text, by_weight=item.line.unit == "kg")
        if qty is None:
            self.show_message(self.message, self.tr("{typed} is not a quantity.").format(typed=text))
        else:
            self.set_selected(qty)
        self.qty.clear()

    def accept_scan(self, text: str) -> bool:
        """The receipt's barcode, scanned: find that receipt (once one is loaded, scans are not taken)."""
        if self._original is not None or self._writing:
            return True
        self.receipt.setText(text)
        self.find_receipt(text)
        return True

    # -- confirming ------------------------------------------------------------------------------------------

    def confirm_return(self) -> None:
        plan = self._plan
        if plan is None or self._writing:
            return
        what = self.tr("Return of {amount} on receipt {number}").format(
            amount=self._fmt.money(-plan.total), number=ltr(plan.original.number)
        )
        approval = ApprovalDialog(self._session, what, self)
        self.approval = approval

        def finished(result: int) -> None:
            self.approval = None
            if result and approval.approver is not None:
                self._writing = True
                self.confirm.setEnabled(False)
                self.show_message(self.message, self.tr("Writing the return…"), "notice")
                self._returns.execute(plan, self._cashier, approval.approver)
            else:
                self.qty.setFocus()

        approval.finished.connect(finished)
        approval.open()

    def _on_returns_returned(self, record: SaleRecord) -> None:
        self._writing = False
        self.record = record
        self.accept()

    def _on_returns_failed(self, text: str) -> None:
        self._writing = False
        self.show_message(self.message, text)
        self._replan()

    def reject(self) -> None:
        if not self._writing:
            super().reject()

    def done(self, result: int) -> None:
        if self.isVisible():
            self._returns.returned.disconnect(self._on_returns_returned)
            self._returns.failed.disconnect(self._on_returns_failed)
        super().done(result)
