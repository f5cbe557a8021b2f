"""The Members tab: search as you type, then the member's page; a scanned card opens its member."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.store.repositories.member_search import MemberHit
from app.ui.formatting import ShopFormat
from app.ui.manager.bridge import ManagerBridge
from app.ui.manager.member_list import MemberPicker
from app.ui.manager.member_page import MemberPage


class MembersTab(QWidget):
    def __init__(self, bridge: ManagerBridge, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersTab")
        self._bridge = bridge
        self.stack = QStackedWidget(self)
        search = QWidget(self.stack)
        search_layout = QVBoxLayout(search)
        search_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Find a member"), search)
        title.setProperty("role", "title")
        search_layout.addWidget(title)
        self.picker = MemberPicker(bridge, search)
        search_layout.addWidget(self.picker, 1)
        self.search_page = search
        self.page = MemberPage(bridge, fmt, self.stack)
        self.stack.addWidget(search)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.page.back.connect(self.show_search)

    def _on_picker_chosen(self, hit: MemberHit) -> None:
        self.open_member(hit.member_id)

    def open_member(self, member_id: str) -> None:
        self.stack.setCurrentWidget(self.page)
        self.page.open_member(member_id)

    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search_page)
        self.picker.field.setFocus()
        self.picker.field.selectAll()

    def on_page(self) -> bool:
        return self.stack.currentWidget() is self.page

    def enter_pressed(self) -> None:
        if not self.on_page():
            self.picker.open_selected()

    def escape_pressed(self) -> bool:
        """Esc on a member's page goes back to the search (True); on the search it closes the tools (False)."""
        if self.on_page():
            self.show_search()
            return True
        return False

    def accept_scan(self, text: str) -> bool:
        """A scanned card number: open its member."""
        files = self._bridge.services.files

        def found(member_id: str | None) -> None:
            if member_id is None:
                self.show_search()
                self.picker.search_now(text)
            else:
                self.open_member(member_id)

        self._bridge.run(lambda: files.member_of_card(text), found, self.page.show_problem)
        return True
