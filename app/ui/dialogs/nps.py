"""The quick question after a member's sale: "how likely are you to recommend us?", 0-10 by key, Esc skips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.bridges.nps import NpsBridge
from app.ui.dialogs.base import TillDialog


class NpsDialog(TillDialog):
    """Type the score and Enter (or tap it); ``answer`` is the recorded score, None when skipped."""

    def __init__(self, bridge: NpsBridge, sale_id: str, cashier_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__("npsDialog", self.tr("Customer's opinion"), parent)
        self._bridge = bridge
        self._sale_id = sale_id
        self._cashier_id = cashier_id
        self.answer: int | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("How likely is the customer to recommend us to a friend?"), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(self.tr("0 = not at all, 10 = certainly. Type the number and Enter, or Esc to skip."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.field = QLineEdit(self)
        self.field.setObjectName("npsField")
        self.field.setMaxLength(2)
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.field)
        grid = QGridLayout()
        for score in range(11):
            button = self.button(str(score), f"nps{score}", tone="go" if score >= 9 else None)
            button.clicked.connect(lambda _checked=False, s=score: self.choose(s))
            grid.addWidget(button, score // 6, score % 6)
        layout.addLayout(grid)
        self.message = self.message_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        skip = self.button(self.tr("Skip (Esc)"), "skipButton")
        skip.clicked.connect(self.reject)
        row.addWidget(skip)
        layout.addLayout(row)
        self.setMinimumWidth(640)
        self.field.setFocus()

    def enter_pressed(self) -> None:
        text = self.field.text().strip()
        if not text.isdigit() or int(text) > 10:
            self.show_message(self.message, self.tr("A whole number from 0 to 10."))
            self.field.selectAll()
            return
        self.choose(int(text))

    def choose(self, score: int) -> None:
        if not self.field.isEnabled():
            return
        self.field.setEnabled(False)
        self._bridge.record(self._sale_id, score, self._cashier_id, lambda _id: self._recorded(score), self._refused)

    def _recorded(self, score: int) -> None:
        self.answer = score
        self.accept()

    def _refused(self, text: str) -> None:
        self.field.setEnabled(True)
        self.field.clear()
        self.field.setFocus()
        self.show_message(self.message, text)
