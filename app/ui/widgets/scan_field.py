"""The scan field: always focused on the sale screen; Enter submits, ``*`` sets a quantity, arrows pick a line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Keys the window's actions own even while this field has the focus (QLineEdit would otherwise eat them).
_PASSED_ON = {Qt.Key.Key_Delete, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ScanField(QLineEdit):
    """Typed codes and card numbers; digits then ``*`` ask for that quantity on the selected line."""

    submitted = Signal(str)
    quantity_requested = Signal(str)
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan or type a code, then Enter"))
        self.setClearButtonEnabled(False)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.returnPressed.connect(self._on_self_return_pressed)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not self.text()
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Asterisk or event.text() == "*":
            self.quantity_requested.emit(self.text().strip())
            self.clear()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
            return
        if key in _PASSED_ON and not self.text():
            event.ignore()
            return
        super().keyPressEvent(event)

    def _on_self_return_pressed(self) -> None:
        text = self.text().strip()
        self.clear()
        if text:
            self.submitted.emit(text)


class FocusKeeper(QObject):
    """Gives the focus back to ``field`` whenever it would land on nothing in ``page`` (touch, dialogs closing)."""

    def __init__(self, page: QWidget, field: QLineEdit) -> None:
        super().__init__(page)
        self._page = page
        self._field = field

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._page.isVisible() or not self._page.isActiveWindow():
            return
        if new is None or (new is not self._field and self._page.isAncestorOf(new)):
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)
