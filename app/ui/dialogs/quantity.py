"""Quantity dialog: how many pieces, or how many kilograms, for the selected line."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.cart import MAX_QTY_MILLI
from app.ui.dialogs.base import TillDialog
from app.ui.widgets.keypad import Keypad

_QTY_RE = re.compile(r"^\s*([0-9]{1,6})(?:[.,]([0-9]{1,3}))?\s*$")


def parse_quantity(text: str, *, by_weight: bool) -> int | None:
    """Thousandths from typed text ("3" -> 3000, "1.25" -> 1250 for weights); None when it is not a quantity."""
    match = _QTY_RE.match(text)
    if not match:
        return None
    whole, fraction = match.groups()
    if fraction and not by_weight:
        return None
    milli = int(whole) * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)
    return milli if 0 < milli <= MAX_QTY_MILLI else None


class QuantityDialog(TillDialog):
    def __init__(
        self, item: str, current: str, *, by_weight: bool, decimal_point: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("quantityDialog", self.tr("Quantity"), parent)
        self._by_weight = by_weight
        self.qty_milli: int | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Quantity for {item}").format(item=item), self)
        title.setProperty("role", "subtitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        row = QHBoxLayout()
        self.field = QLineEdit(current, self)
        self.field.setObjectName("quantityField")
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.field.selectAll()
        unit = QLabel(self.tr("kg") if by_weight else self.tr("pcs"), self)
        unit.setProperty("role", "subtitle")
        row.addWidget(self.field, 1)
        row.addWidget(unit)
        layout.addLayout(row)
        self.message = self.message_label()
        layout.addWidget(self.message)
        keypad = Keypad(self.field, decimal_point=decimal_point if by_weight else None, parent=self)
        keypad.entered.connect(self.enter_pressed)
        layout.addWidget(keypad)
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self.setMinimumWidth(460)

    def enter_pressed(self) -> None:
        qty = parse_quantity(self.field.text(), by_weight=self._by_weight)
        if qty is None:
            self.show_message(self.message, self.tr("Type a quantity (whole pieces, or kilograms like 1.250)."))
            self.field.selectAll()
            return
        self.qty_milli = qty
        self.accept()
