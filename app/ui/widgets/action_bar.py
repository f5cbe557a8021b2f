"""A row of large touch buttons, one per window action, each showing its key so the keyboard is learnt."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from app.ui.theme import restyle

# The theme's button font, and the room its border and padding take: what a label is measured against.
LABEL_PX = 18
FRAME_PX = 28


def two_lines(label: str) -> str:
    """The label broken at the space nearest its middle ("გადადებული გაყიდვები" -> two words on two lines)."""
    spaces = [i for i, char in enumerate(label) if char == " "]
    if not spaces:
        return label
    middle = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return f"{label[:middle]}\n{label[middle + 1 :]}"


class ActionButton(QPushButton):
    """Mirrors one QAction: its text, key, enabled state; clicking triggers the action. Never takes focus."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName(f"button_{action.objectName()}")
        tone = action.property("tone")
        if tone:
            self.setProperty("tone", tone)
        self.clicked.connect(self._on_self_clicked)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def _on_self_clicked(self) -> None:
        self._action.trigger()

    def _on_action_changed(self) -> None:
        self._fit()
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.toolTip())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        """The label, and the key under it; a label wider than the button (long Georgian or Albanian words)
        goes on two lines in a smaller font instead of being cut off."""
        key = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = self._action.text().replace("&", "")
        font = QFont(self.font())
        font.setPixelSize(LABEL_PX)
        font.setWeight(QFont.Weight.DemiBold)
        room = self.width() - FRAME_PX
        tight = self.isVisible() and room > 0 and QFontMetrics(font).horizontalAdvance(label) > room
        if tight:
            label = two_lines(label)
        fit = "tight" if tight else ""
        if self.property("fit") != fit:
            self.setProperty("fit", fit)
            restyle(self)
        text = f"{label}\n{key}" if key else label
        if text != self.text():
            self.setText(text)


class ActionBar(QWidget):
    """Buttons laid out in ``columns`` columns in the order given."""

    def __init__(self, actions: Sequence[QAction], *, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: list[ActionButton] = []
        for index, action in enumerate(actions):
            button = ActionButton(action, self)
            button.setMinimumHeight(62)
            layout.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)
