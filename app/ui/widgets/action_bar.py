"""A row of large touch buttons, one per window action, each showing its key so the keyboard is learnt."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget


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
        key = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self._action.text().replace("&", "")
        self.setText(f"{text}\n{key}" if key else text)
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.toolTip())


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
