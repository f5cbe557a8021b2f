"""Login page: the shop's name, the screen language, a PIN field and a keypad; the session bridge checks the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.theme import restyle
from app.ui.translations import LANGUAGES
from app.ui.widgets.keypad import Keypad


class LoginPage(QWidget):
    pin_entered = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, shop_name: str, till_code: str, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setProperty("role", "panel")
        box.setFixedWidth(480)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        shop = QLabel(shop_name, box)
        shop.setProperty("role", "title")
        shop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shop.setWordWrap(True)
        layout.addWidget(shop)
        till = QLabel(self.tr("Till {code}").format(code=till_code), box)
        till.setProperty("role", "hint")
        till.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(till)
        prompt = QLabel(self.tr("Enter your PIN"), box)
        prompt.setProperty("role", "subtitle")
        layout.addWidget(prompt)
        self.pin = QLineEdit(box)
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self._on_pin_return_pressed)
        layout.addWidget(self.pin)
        self.message = QLabel(box)
        self.message.setObjectName("loginMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        keypad = Keypad(self.pin, double_zero=False, parent=box)
        keypad.entered.connect(self._on_pin_return_pressed)
        layout.addWidget(keypad)
        layout.addLayout(self._language_row(box, language))
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)

    def _language_row(self, box: QWidget, current: str) -> QHBoxLayout:
        """One button per language the till speaks, each named in itself, the screen's own one checked."""
        row = QHBoxLayout()
        row.setSpacing(6)
        self.languages = QButtonGroup(box)
        self.languages.setExclusive(True)
        for code, name in LANGUAGES.items():
            button = QPushButton(name, box)
            button.setObjectName(f"language_{code}")
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
            button.setProperty("role", "language")
            button.setProperty("language", code)
            button.clicked.connect(self._on_language_clicked)
            self.languages.addButton(button)
            row.addWidget(button)
        return row

    def _on_language_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.language_chosen.emit(str(button.property("language")))

    def reset(self, message: str = "") -> None:
        self.pin.clear()
        self.pin.setEnabled(True)
        self.show_message(message)
        self.pin.setFocus()

    def show_message(self, text: str, role: str = "error") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        restyle(self.message)

    def _on_pin_return_pressed(self) -> None:
        pin = self.pin.text()
        if not pin or not self.pin.isEnabled():
            return
        self.pin.setEnabled(False)
        self.show_message(self.tr("Checking…"), "hint")
        self.pin_entered.emit(pin)
