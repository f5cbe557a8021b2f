"""Only a manager's PIN opens the manager tools (a cashier's is refused and the till stays as it was); the tools fit
a 1366x768 till screen in every language; a shop with no programs is told how to start one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.dialogs.approval import ApprovalDialog
from app.ui.manager.tools import ManagerTools
from app.ui.window import SCREEN_SIZE, TillWindow
from tests.gui.driver import TillDriver
from tests.gui.manager_driver import idle, open_tools
from tests.helpers.shop import CASHIER_PIN, MANAGER_PIN

TITLE_BAR = 24  # what a window manager may take for the dialog's title


def test_a_cashier_pin_cannot_open_the_manager_tools_and_a_manager_pin_can(
    till: TillDriver, window: TillWindow
) -> None:
    till.start_selling()
    till.key(Qt.Key.Key_F1, window.sale_page.scan)
    approval = till.dialog(ApprovalDialog)
    till.enter(CASHIER_PIN, approval.field)
    till.wait(lambda: "manager PIN is needed" in approval.message.text())
    assert isinstance(window.dialog, ApprovalDialog)  # still asking; no tools behind it
    till.enter(MANAGER_PIN, approval.field)
    tools = till.dialog(ManagerTools)
    assert "Avi" in tools.findChild(type(approval.message), "managerName").text()
    till.key(Qt.Key.Key_Escape, tools)
    till.no_dialog()
    assert window.sale_page.scan.hasFocus()


def test_the_manager_tools_wait_until_the_sale_is_finished(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    till.scan("7290000000015")
    till.key(Qt.Key.Key_F1, window.sale_page.scan)
    assert window.dialog is None  # the Manager key is off while a sale is open


def test_escape_on_a_member_page_goes_back_to_the_search_before_closing(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    tools = open_tools(till)
    picker = tools.members.picker
    assert picker.field.hasFocus()
    till.type("noa", picker.field)
    till.wait(lambda: picker.model.rowCount() == 1)
    till.key(Qt.Key.Key_Return, picker.field)
    till.wait(lambda: tools.members.page.file is not None)
    assert tools.members.page.title.text() == "Noa Levi"
    till.key(Qt.Key.Key_Escape, tools)
    assert not tools.members.on_page() and tools.isVisible()
    till.key(Qt.Key.Key_Escape, tools)
    till.no_dialog()


def test_a_shop_with_no_programs_is_told_how_to_start_one(till: TillDriver) -> None:
    till.start_selling()  # the shop of tests/gui/conftest.py, with no program
    tools = open_tools(till)
    tools.show_tab(tools.programs)
    idle(till, tools)
    programs = tools.programs
    programs.check_now()
    assert programs.list.count() == 0 and not programs.save.isEnabled()
    assert programs.check.text() == "Choose a program on the list, or a template and New from template."
    assert programs.check.property("tone") == "notice"
    programs.new_from_template()
    assert programs.check.text() != "Choose a program on the list, or a template and New from template."


@pytest.mark.parametrize("language", ["en", "ka"])  # Georgian has the longest tab names
@pytest.mark.usefixtures("english_afterwards")
def test_the_manager_tools_fit_a_1366_by_768_till_screen_with_every_tab_in_sight(
    qtbot: QtBot, window: TillWindow, till: TillDriver, language: str
) -> None:
    button = window.login_page.findChild(QPushButton, f"language_{language}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.language == language, timeout=5000)
    till.start_selling()
    tools = open_tools(till)
    idle(till, tools)
    needed = tools.minimumSizeHint()
    width, height = SCREEN_SIZE
    assert needed.width() <= width and needed.height() <= height - TITLE_BAR, needed
    corner = tools.tabs.cornerWidget(Qt.Corner.TopRightCorner)
    assert tools.tabs.tabBar().sizeHint().width() + corner.sizeHint().width() <= tools.tabs.width()
    assert "Avi" in tools.findChild(QLabel, "managerName").text()
    card_rows = tools.members.page.cards
    assert card_rows.minimumHeight() >= 2 * card_rows.verticalHeader().defaultSectionSize()
