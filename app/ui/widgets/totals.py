"""The totals panel: subtotal, discounts, tax, total, paid, and a big "to pay" (or the change just given)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.domain.money import Money
from app.ui.bridges.snapshot import SaleSnapshot
from app.ui.formatting import NUMBER_ALIGNMENT, ShopFormat


class TotalsPanel(QFrame):
    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self.setProperty("role", "panel")
        self._fmt = fmt
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setVerticalSpacing(2)
        self._values: dict[str, QLabel] = {}
        rows = (
            ("subtotal", self.tr("Subtotal")),
            ("discounts", self.tr("Discounts")),
            ("tax", self.tr("Tax included")),
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
        )
        for row, (key, caption) in enumerate(rows):
            name = QLabel(caption, self)
            name.setProperty("role", "figure")
            value = QLabel(self)
            value.setObjectName(f"totals_{key}")
            value.setProperty("role", "figure")
            value.setAlignment(NUMBER_ALIGNMENT)
            layout.addWidget(name, row, 0)
            layout.addWidget(value, row, 1)
            self._values[key] = value
        self._caption = QLabel(self.tr("To pay"), self)
        self._caption.setProperty("role", "toPayCaption")
        self._due = QLabel(self)
        self._due.setObjectName("totals_due")
        self._due.setProperty("role", "toPay")
        self._due.setAlignment(NUMBER_ALIGNMENT)
        layout.addWidget(self._caption, len(rows), 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self._due, len(rows), 1)
        layout.setColumnStretch(0, 1)
        self.show_empty()

    def _set(self, key: str, money: Money) -> None:
        self._values[key].setText(self._fmt.money(money))

    def show_empty(self) -> None:
        zero = Money.zero(self._fmt.currency)
        for key in self._values:
            self._set(key, zero)
        self._caption.setText(self.tr("To pay"))
        self._due.setText(self._fmt.money(zero))

    def show_sale(self, snapshot: SaleSnapshot) -> None:
        priced = snapshot.priced
        self._set("subtotal", priced.subtotal)
        self._set("discounts", -priced.discount_total if priced.discount_total else priced.discount_total)
        self._set("tax", priced.tax_total)
        self._set("total", priced.total)
        self._set("paid", snapshot.paid)
        self._caption.setText(self.tr("To pay"))
        self._due.setText(self._fmt.money(snapshot.remaining))

    def show_change(self, change: Money, total: Money) -> None:
        """After a sale: its total and the change to hand back, until the next item is scanned."""
        self._set("total", total)
        self._caption.setText(self.tr("Change"))
        self._due.setText(self._fmt.money(change))

    @property
    def due_text(self) -> str:
        return self._due.text()
