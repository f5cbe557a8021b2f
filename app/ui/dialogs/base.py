"""The base of every till dialog: modal, remembers its geometry, Esc cancels, Enter does the main thing."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from app.ui.settings import ui_settings
from app.ui.theme import restyle


class TillDialog(QDialog):
    """Subclasses override ``enter_pressed`` for what Enter means; buttons never take the keyboard focus."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setModal(True)
        self._restore_geometry()

    def _geometry_key(self) -> str:
        return f"dialogs/{self.objectName()}/geometry"

    def _restore_geometry(self) -> None:
        saved = ui_settings().value(self._geometry_key())
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)

    def done(self, result: int) -> None:
        settings = ui_settings()
        settings.setValue(self._geometry_key(), self.saveGeometry())
        settings.sync()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def enter_pressed(self) -> None:
        self.accept()

    def button(self, text: str, name: str, *, tone: str | None = None) -> QPushButton:
        """A large button that never steals the focus from the dialog's input field."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        if tone:
            button.setProperty("tone", tone)
        return button

    @staticmethod
    def show_message(label: QLabel, text: str, tone: str = "problem") -> None:
        label.setText(text)
        label.setProperty("tone", tone)
        label.setVisible(bool(text))
        restyle(label)

    def message_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("message")
        label.setProperty("role", "message")
        label.setWordWrap(True)
        label.hide()
        return label
