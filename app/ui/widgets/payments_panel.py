"""What a payment stands at: total, paid, still to pay, change, and the list of payments taken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.ui.bridges.snapshot import SaleSnapshot
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat, ltr
from app.ui.messages import tender_name


class PaymentsPanel(QWidget):
    """``figures`` by key (total, paid, due, change) and ``payments``, whose rows carry the payment ids."""

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        panel = QFrame(self)
        panel.setProperty("role", "panel")
        grid = QGridLayout(panel)
        self.figures: dict[str, QLabel] = {}
        captions = (
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
            ("due", self.tr("To pay")),
            ("change", self.tr("Change")),
        )
        for row, (key, caption) in enumerate(captions):
            name = QLabel(caption, panel)
            value = QLabel(panel)
            value.setObjectName(f"payment_{key}")
            value.setAlignment(NUMBER_ALIGNMENT)
            big = key in ("due", "change")
            name.setProperty("role", "toPayCaption" if big else "figure")
            value.setProperty("role", "toPay" if big else "figure")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        grid.setColumnStretch(0, 1)
        column.addWidget(panel)
        taken = QLabel(self.tr("Payments taken (Del removes the selected one)"), self)
        taken.setProperty("role", "hint")
        column.addWidget(taken)
        self.payments = QListWidget(self)
        self.payments.setObjectName("paymentsList")
        self.payments.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.payments, 1)

    def show_sale(self, snapshot: SaleSnapshot) -> None:
        fmt = self._fmt
        self.figures["total"].setText(fmt.money(snapshot.priced.total))
        self.figures["paid"].setText(fmt.money(snapshot.paid))
        self.figures["due"].setText(fmt.money(snapshot.remaining))
        self.figures["change"].setText(fmt.money(snapshot.change))
        self.payments.clear()
        for payment in snapshot.payments:
            text = f"{tender_name(payment.kind)}    {fmt.money(payment.amount)}"
            if payment.points:
                text += "  " + self.tr("({points} points)").format(points=fmt.points(payment.points))
            if payment.reference:
                text += f"  {ltr(payment.reference)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, payment.id)
            self.payments.addItem(item)
        if snapshot.payments:
            self.payments.setCurrentRow(self.payments.count() - 1)

    def move_selection(self, step: int) -> None:
        if self.payments.count():
            row = self.payments.currentRow() + step
            self.payments.setCurrentRow(max(0, min(self.payments.count() - 1, row)))

    def selected_payment(self) -> str | None:
        item = self.payments.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
