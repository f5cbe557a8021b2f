"""A numeric keypad for touch: digits, decimal point, backspace, clear and enter, typed into a line edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget


class Keypad(QWidget):
    """Buttons that type into ``target``; ``entered`` fires on the Enter key. Buttons never take focus."""

    entered = Signal()

    def __init__(
        self,
        target: QLineEdit,
        *,
        decimal_point: str | None = None,
        double_zero: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._target = target
        layout = QGridLayout(self)
        layout.setSpacing(8)
        layout.setContentsMargins(0, 0, 0, 0)
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3"]
        for index, key in enumerate(keys):
            self._add(layout, key, key, index // 3, index % 3)
        if decimal_point or double_zero:
            self._add(layout, decimal_point or "00", decimal_point or "00", 3, 0)
        self._add(layout, "0", "0", 3, 1)
        back = self._add(layout, "⌫", "back", 3, 2)
        back.setToolTip(self.tr("Delete the last digit"))
        clear = self._add(layout, self.tr("C"), "clear", 0, 3)
        clear.setToolTip(self.tr("Clear"))
        enter = self._add(layout, self.tr("OK"), "enter", 1, 3, rows=3)
        enter.setProperty("tone", "go")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _add(self, layout: QGridLayout, text: str, key: str, row: int, column: int, rows: int = 1) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", "key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        button.setObjectName(f"key_{key}")
        button.clicked.connect(lambda: self._on_key_clicked(key))
        layout.addWidget(button, row, column, rows, 1)
        return button

    def _on_key_clicked(self, key: str) -> None:
        target = self._target
        if key == "back":
            target.backspace()
        elif key == "clear":
            target.clear()
        elif key == "enter":
            self.entered.emit()
            return
        else:
            target.insert(key)
        target.setFocus()
