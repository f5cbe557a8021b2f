"""Manager approval: a manager types their PIN to allow one act (void, return, price change)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.auth import StaffMember
from app.ui.bridges.session import SessionBridge
from app.ui.dialogs.base import TillDialog
from app.ui.widgets.keypad import Keypad


class ApprovalDialog(TillDialog):
    """``approver`` is set when a manager's PIN was accepted; the PIN is checked off the UI thread."""

    def __init__(self, session: SessionBridge, what: str, parent: QWidget | None = None) -> None:
        super().__init__("approvalDialog", self.tr("Manager approval"), parent)
        self._session = session
        self.approver: StaffMember | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Manager PIN to approve:"), self)
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        what_label = QLabel(what, self)
        what_label.setProperty("role", "title")
        what_label.setWordWrap(True)
        layout.addWidget(what_label)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.field)
        self.message = self.message_label()
        layout.addWidget(self.message)
        keypad = Keypad(self.field, double_zero=False, parent=self)
        keypad.entered.connect(self.enter_pressed)
        layout.addWidget(keypad)
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self.setMinimumWidth(460)

    def enter_pressed(self) -> None:
        pin = self.field.text()
        if not pin or not self.field.isEnabled():
            return
        self.field.setEnabled(False)
        self.show_message(self.message, self.tr("Checking…"), "notice")
        self._session.approve(pin, self._on_session_approved, self._on_session_refused)

    def _on_session_approved(self, staff: StaffMember) -> None:
        self.approver = staff
        self.accept()

    def _on_session_refused(self, text: str) -> None:
        self.field.setEnabled(True)
        self.field.clear()
        self.field.setFocus()
        self.show_message(self.message, text)
