"""The manager's tools: one large dialog over the till with a tab per job, opened with a manager PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.dialogs.base import TillDialog
from app.ui.formatting import ShopFormat
from app.ui.manager.audit_tab import AuditTab
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.issue_tab import IssueTab
from app.ui.manager.kpi_tab import KpiTab
from app.ui.manager.members_tab import MembersTab
from app.ui.manager.programs_tab import ProgramsTab
from app.ui.manager.transfer_tab import TransferTab

TOOLS_SIZE = (1340, 720)


class ManagerTools(TillDialog):
    """Esc leaves a member's page, then the tools; F12 does a tab's main act; scans go to the tab in front."""

    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__("managerTools", self.tr("Manager"), parent)
        self.bridge = bridge
        self.members = MembersTab(bridge, fmt, self)
        self.issue = IssueTab(bridge, fmt, self)
        self.programs = ProgramsTab(bridge, fmt, self)
        self.transfer = TransferTab(bridge, self)
        self.kpis = KpiTab(bridge, fmt, self)
        self.audit = AuditTab(bridge, fmt, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("managerTabs")
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.issue, self.tr("Issue card"))
        self.tabs.addTab(self.programs, self.tr("Programs"))
        self.tabs.addTab(self.transfer, self.tr("Import / export"))
        self.tabs.addTab(self.kpis, self.tr("KPIs"))
        self.tabs.addTab(self.audit, self.tr("Audit"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        close = QPushButton(self.tr("Back to the till (Esc)"), self)
        close.setObjectName("closeTools")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.reject)
        # Who is signed in and the way back sit beside the tabs, one above the other, not in a row below them: the
        # pages keep the height of a 1366x768 till screen and every tab stays in sight in every language.
        who = QLabel(self.tr("Manager: {name}").format(name=bridge.manager.name), self)
        who.setObjectName("managerName")
        who.setProperty("role", "hint")
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        corner = QWidget(self)
        beside = QVBoxLayout(corner)
        beside.setContentsMargins(8, 0, 0, 4)
        beside.setSpacing(0)
        beside.addWidget(who)
        beside.addWidget(close)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.tabs, 1)
        self.resize(*TOOLS_SIZE)
        self.members.picker.field.setFocus()

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _on_tabs_current_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.issue:
            self.issue.load()
        elif current is self.programs:
            self.programs.load()
        elif current is self.kpis:
            self.kpis.load()
        elif current is self.audit:
            self.audit.load()
        elif current is self.members and not self.members.on_page():
            self.members.picker.field.setFocus()

    def enter_pressed(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.members:
            self.members.enter_pressed()
        elif current is self.issue:
            self.issue.enter_pressed()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.tabs.currentWidget()
        if event.key() == Qt.Key.Key_Escape and current is self.members and self.members.escape_pressed():
            return
        if event.key() == Qt.Key.Key_F12:
            if current is self.issue:
                self.issue.issue_card()
            elif current is self.programs:
                self.programs.save_program()
            return
        super().keyPressEvent(event)

    def accept_scan(self, text: str) -> bool:
        """A card scanned while the tools are open: the Issue tab takes it as the number, else its member opens."""
        if self.members.page.sub is not None:
            return True  # a dialog over the member's page is open: the scan is not for it
        if self.tabs.currentWidget() is self.issue:
            return self.issue.accept_scan(text)
        self.tabs.setCurrentWidget(self.members)
        return self.members.accept_scan(text)

    def reject(self) -> None:
        self.bridge.wait(10_000)
        super().reject()
