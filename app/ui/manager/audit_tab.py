"""The Audit tab: the append-only trail of who did what, when, and who approved it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.audit_trail import AuditLine
from app.ui.formatting import ShopFormat
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.tables import cell, table
from app.ui.manager.words import audit_action


class AuditTab(QWidget):
    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._bridge = bridge
        self._fmt = fmt
        self.lines: list[AuditLine] = []
        title = QLabel(self.tr("Audit trail"), self)
        title.setProperty("role", "title")
        hint = QLabel(self.tr("Newest first. Entries are never changed or removed."), self)
        hint.setProperty("role", "hint")
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.load)
        self.table = table(
            self,
            "auditTable",
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"), self.tr("Approved by")],
            3,
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(hint, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        self._bridge.run(self._bridge.trail.recent, self.show_lines, lambda _text: None)

    def show_lines(self, lines: list[AuditLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cell(self.table, row, 0, self._fmt.date_time(line.at))
            cell(self.table, row, 1, line.actor)
            cell(self.table, row, 2, audit_action(line.action))
            cell(self.table, row, 3, line.details)
            cell(self.table, row, 4, line.approver)
