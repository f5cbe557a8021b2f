"""Opening a shift: the cashier counts the float in the drawer and types it in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.domain.money import Money
from app.ui.formatting import ShopFormat
from app.ui.messages import describe
from app.ui.widgets.keypad import Keypad


class ShiftOpenPage(QWidget):
    float_counted = Signal(Money)
    cancelled = Signal()

    def __init__(self, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftOpenPage")
        self._fmt = fmt
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setProperty("role", "panel")
        box.setFixedWidth(520)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        title = QLabel(self.tr("Open a shift"), box)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.greeting = QLabel(box)
        self.greeting.setProperty("role", "subtitle")
        layout.addWidget(self.greeting)
        prompt = QLabel(self.tr("Count the cash in the drawer (the float) and type the amount."), box)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "hint")
        layout.addWidget(prompt)
        self.amount = QLineEdit(box)
        self.amount.setObjectName("floatField")
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.returnPressed.connect(self._on_amount_return_pressed)
        layout.addWidget(self.amount)
        self.message = QLabel(box)
        self.message.setObjectName("shiftOpenMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        keypad = Keypad(self.amount, decimal_point=fmt.locale.decimalPoint(), parent=box)
        keypad.entered.connect(self._on_amount_return_pressed)
        layout.addWidget(keypad)
        logout = QPushButton(self.tr("Log out (Esc)"), box)
        logout.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        logout.clicked.connect(self.cancelled)
        layout.addWidget(logout)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)

    def reset(self, cashier_name: str) -> None:
        self.greeting.setText(self.tr("Hello, {name}").format(name=cashier_name))
        self.amount.clear()
        self.amount.setEnabled(True)
        self.message.clear()
        self.amount.setFocus()

    def show_problem(self, text: str) -> None:
        self.amount.setEnabled(True)
        self.message.setText(text)
        self.amount.setFocus()

    def _on_amount_return_pressed(self) -> None:
        text = self.amount.text().strip()
        if not text or not self.amount.isEnabled():
            return
        try:
            amount = Money.parse(text, self._fmt.currency)
        except DomainError as error:
            self.show_problem(describe(error))
            return
        self.amount.setEnabled(False)
        self.float_counted.emit(amount)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
