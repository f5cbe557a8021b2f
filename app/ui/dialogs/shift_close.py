"""Closing a shift: the cashier counts the drawer (blind: the expected figure is shown only on the Z report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.domain.money import Money
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ShopFormat
from app.ui.messages import describe
from app.ui.widgets.keypad import Keypad


class ShiftCloseDialog(TillDialog):
    """``counted`` holds the amount typed once accepted."""

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("shiftCloseDialog", self.tr("Close shift"), parent)
        self._fmt = fmt
        self.counted: Money | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Close the shift"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        prompt = QLabel(self.tr("Count all the cash in the drawer and type the amount."), self)
        prompt.setProperty("role", "hint")
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.field = QLineEdit(self)
        self.field.setObjectName("countedField")
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.field)
        self.message = self.message_label()
        layout.addWidget(self.message)
        keypad = Keypad(self.field, decimal_point=fmt.locale.decimalPoint(), parent=self)
        keypad.entered.connect(self.enter_pressed)
        layout.addWidget(keypad)
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self.setMinimumWidth(480)

    def enter_pressed(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.show_message(self.message, self.tr("Type the cash counted (0 if the drawer is empty)."))
            return
        try:
            self.counted = Money.parse(text, self._fmt.currency)
        except DomainError as error:
            self.show_message(self.message, describe(error))
            return
        if self.counted.is_negative:
            self.show_message(self.message, self.tr("The counted cash cannot be negative."))
            return
        self.accept()
