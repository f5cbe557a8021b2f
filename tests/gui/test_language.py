"""A cashier picks the screen language at login: the window speaks it at once, mirrors for Hebrew, remembers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.languages import remembered_language, screen_language
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver

pytestmark = pytest.mark.usefixtures("english_afterwards")  # other tests in this process expect English


def choose(qtbot: QtBot, window: TillWindow, language: str) -> None:
    button = window.login_page.findChild(QPushButton, f"language_{language}")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.language == language, timeout=5000)


def label_texts(window: TillWindow) -> list[str]:
    return [label.text() for label in window.login_page.findChildren(QLabel)]


def test_the_login_page_offers_each_language_named_in_itself(window: TillWindow) -> None:
    names = [b.text() for b in window.login_page.findChildren(QPushButton) if b.objectName().startswith("language_")]
    assert names == ["English", "עברית", "ქართული", "Shqip"]
    checked = window.login_page.languages.checkedButton()
    assert checked is not None and checked.objectName() == "language_en"


def test_choosing_hebrew_retranslates_and_mirrors_the_window_live(
    qtbot: QtBot, window: TillWindow, till: TillDriver
) -> None:
    assert "Enter your PIN" in label_texts(window)
    choose(qtbot, window, "he")

    assert "הקישו את הקוד האישי" in label_texts(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.status_bar.shift.text() in ("אין משמרת פתוחה", "")
    assert remembered_language() == "he" and screen_language() == "he"

    till.start_selling()
    pay = window.sale_page.commands["pay"]
    assert pay.text().startswith("תשלום")
    till.scan("7290000000015")
    till.wait(lambda: len(till.lines()) == 1)
    due = window.sale_page.totals.findChild(QLabel, "totals_due")
    assert due is not None and "₪" in due.text() and "\u200f" in due.text(), "a Hebrew amount, sign and all"


def test_georgian_then_albanian_then_back_to_english(qtbot: QtBot, window: TillWindow, till: TillDriver) -> None:
    choose(qtbot, window, "ka")
    assert "შეიყვანეთ თქვენი PIN" in label_texts(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.fmt.language == "ka"

    choose(qtbot, window, "sq")
    assert "Shkruani PIN-in tuaj" in label_texts(window)
    assert window.sale_page.commands["pay"].text().startswith("Paguaj")

    choose(qtbot, window, "en")
    assert "Enter your PIN" in label_texts(window)
    assert remembered_language() == "en"
    till.start_selling()
    assert window.sale_page.commands["pay"].text().startswith("Pay")


def test_after_a_switch_the_pin_field_still_has_the_keyboard(qtbot: QtBot, window: TillWindow) -> None:
    choose(qtbot, window, "ka")
    pin = window.login_page.pin
    qtbot.waitUntil(pin.hasFocus, timeout=5000)
    qtbot.keyClicks(pin, "1111")
    assert pin.text() == "1111"
