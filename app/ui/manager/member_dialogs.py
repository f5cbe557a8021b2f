"""The member page's small dialogs: a point adjustment with a manager PIN, a reason, the member to merge."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.loyalty import POINT_SCALE
from app.domain.members import Card
from app.services.point_adjust import Adjusted
from app.store.repositories.member_search import MemberHit
from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ltr
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.member_list import MemberPicker
from app.ui.theme import roomy_labels

POINTS = re.compile(r"^([+-]?)(\d{1,9})(?:[.,](\d{1,2}))?$")


def parse_points(text: str) -> int | None:
    """ "12" -> 1200, "-0.5" -> -50 (hundredths of a point); None when it is not a number of points."""
    found = POINTS.match(text.strip().replace(" ", ""))
    if found is None:
        return None
    sign, whole, fraction = found.groups()
    value = int(whole) * POINT_SCALE + int((fraction or "0").ljust(2, "0"))
    return -value if sign == "-" else value


class AdjustDialog(TillDialog):
    """Points added or taken with a reason; the manager's PIN is checked by the service, so nothing is written
    without it. ``adjusted`` is the result once written."""

    def __init__(self, bridge: ManagerBridge, card: Card, parent: QWidget | None = None) -> None:
        super().__init__("adjustDialog", self.tr("Adjust points"), parent)
        self._bridge = bridge
        self._card = card
        self.adjusted: Adjusted | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Adjust the points of card {card}").format(card=ltr(card.number)), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.amount = QLineEdit(self)
        self.amount.setObjectName("adjustAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 50 or -12.5"))
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("adjustReason")
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit trail)"))
        self.pin = QLineEdit(self)
        self.pin.setObjectName("adjustPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Points (+ add, − take)"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Manager PIN"), self.pin)
        roomy_labels(form)
        layout.addLayout(form)
        self.message = self.message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        self.confirm = self.button(self.tr("Adjust (Enter)"), "confirmButton", tone="go")
        self.confirm.clicked.connect(self.enter_pressed)
        buttons.addWidget(cancel, 1)
        buttons.addWidget(self.confirm, 2)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self.amount.setFocus()

    def enter_pressed(self) -> None:
        if not self.confirm.isEnabled():
            return
        if self.focusWidget() is self.amount and not self.reason.text().strip():
            self.reason.setFocus()
            return
        if self.focusWidget() is self.reason and not self.pin.text():
            self.pin.setFocus()
            return
        amount = parse_points(self.amount.text())
        if amount is None or amount == 0:
            self.show_message(self.message, self.tr("Type the points to add, or a minus sign and the points to take."))
            self.amount.setFocus()
            return
        if not self.reason.text().strip():
            self.show_message(self.message, self.tr("Say why the points change."))
            self.reason.setFocus()
            return
        if not self.pin.text():
            self.pin.setFocus()
            return
        self.confirm.setEnabled(False)
        self.show_message(self.message, self.tr("Checking…"), "notice")
        adjuster = self._bridge.services.adjuster
        card_id, reason, pin, actor = self._card.id, self.reason.text(), self.pin.text(), self._bridge.manager.id
        self._bridge.run(
            lambda: adjuster.adjust(card_id, amount, reason=reason, actor_id=actor, manager_pin=pin),
            self._on_adjusted,
            self._on_refused,
        )

    def _on_adjusted(self, adjusted: Adjusted) -> None:
        self.adjusted = adjusted
        self.accept()

    def _on_refused(self, text: str) -> None:
        self.confirm.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.show_message(self.message, text)

    def reject(self) -> None:
        if self.confirm.isEnabled():
            super().reject()


class ReasonDialog(TillDialog):
    """One line of text the act needs (why a card is blocked, why it is replaced); ``reason`` once given."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__("reasonDialog", title, parent)
        self.reason = ""
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        ask = QLabel(question, self)
        ask.setProperty("role", "subtitle")
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.field = QLineEdit(self)
        self.field.setObjectName("reasonField")
        layout.addWidget(self.field)
        buttons = QHBoxLayout()
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        ok = self.button(self.tr("Confirm (Enter)"), "confirmButton", tone="go")
        ok.clicked.connect(self.enter_pressed)
        buttons.addWidget(cancel, 1)
        buttons.addWidget(ok, 2)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.field.setFocus()

    def enter_pressed(self) -> None:
        if self.field.text().strip():
            self.reason = self.field.text().strip()
            self.accept()


class MergeDialog(TillDialog):
    """Find the other record of the same person; F12 (or the button) confirms. ``other`` is the one chosen."""

    def __init__(self, bridge: ManagerBridge, keep: str, keep_id: str, parent: QWidget | None = None) -> None:
        super().__init__("mergeDialog", self.tr("Merge members"), parent)
        self._keep_id = keep_id
        self.other: MemberHit | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Merge another member into {name}").format(name=keep), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(self.tr("Their cards move here with their balances; this member's details are kept."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.picker = MemberPicker(bridge, self)
        self.picker.chosen.connect(self._on_picker_chosen)
        layout.addWidget(self.picker, 1)
        self.message = self.message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = self.button(self.tr("Cancel (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        self.confirm = self.button(self.tr("Merge (F12)"), "confirmButton", tone="stop")
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self.confirm_merge)
        buttons.addWidget(cancel, 1)
        buttons.addWidget(self.confirm, 2)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.picker.field.setFocus()

    def _on_picker_chosen(self, hit: MemberHit) -> None:
        if hit.member_id == self._keep_id:
            self.show_message(self.message, self.tr("That is the same member."))
            return
        self.other = hit
        self.confirm.setEnabled(True)
        self.show_message(
            self.message,
            self.tr("{name} will be merged here (F12 to confirm).").format(name=hit.name),
            "notice",
        )

    def enter_pressed(self) -> None:
        self.picker.open_selected()

    def confirm_merge(self) -> None:
        if self.other is not None:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F12:
            self.confirm_merge()
            return
        super().keyPressEvent(event)
