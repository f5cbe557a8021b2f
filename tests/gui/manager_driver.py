"""Opening the manager tools at the real till window and waiting for their work, as a manager would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.dialogs.approval import ApprovalDialog
from app.ui.manager.tools import ManagerTools
from tests.gui.driver import TillDriver
from tests.helpers.shop import MANAGER_PIN


def open_tools(till: TillDriver, pin: str = MANAGER_PIN) -> ManagerTools:
    till.key(Qt.Key.Key_F1, till.window.sale_page.scan)
    approval = till.dialog(ApprovalDialog)
    till.enter(pin, approval.field)
    return till.dialog(ManagerTools)


def idle(till: TillDriver, tools: ManagerTools) -> None:
    """Wait until the tools' database work and its callbacks are done."""
    till.wait(lambda: till.window.manager_runner.pending == 0 and till.window.search_runner.pending == 0)
