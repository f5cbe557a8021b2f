"""The till window stays within a 1366x768 screen in every language: a status line longer than the bar gives way
(shortened with "…", whole in its tooltip) instead of pushing the window, and with it the Pay key, off the screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.formatting import ShopFormat
from app.ui.widgets.status_bar import StatusText, TillStatusBar
from app.ui.window import SCREEN_SIZE, TillWindow
from tests.gui.driver import TillDriver
from tests.gui.test_language import choose

pytestmark = pytest.mark.usefixtures("english_afterwards")  # other tests in this process expect English


def fits(qtbot: QtBot, window: TillWindow) -> None:
    qtbot.wait(50)  # the layout settles after a change of language or page
    width, height = SCREEN_SIZE
    needed = window.minimumSizeHint()
    assert needed.width() <= width and needed.height() <= height, needed
    assert window.width() <= width, window.size()


@pytest.mark.parametrize("language", ["en", "he", "ka", "sq"])
def test_the_till_window_fits_the_screen_at_login_and_while_selling(
    qtbot: QtBot, window: TillWindow, till: TillDriver, language: str
) -> None:
    if language != "en":
        choose(qtbot, window, language)
    fits(qtbot, window)
    till.start_selling()
    till.scan("7290000000015")
    till.wait(lambda: len(till.lines()) == 1)
    fits(qtbot, window)


def test_a_status_word_too_long_for_the_bar_is_shortened_and_kept_whole_in_its_tooltip(qtbot: QtBot) -> None:
    bar = TillStatusBar(ShopFormat("en", "ILS", "Asia/Jerusalem"))
    qtbot.addWidget(bar)
    bar.resize(400, 30)
    bar.show()
    qtbot.waitExposed(bar)
    label = bar.printer
    assert isinstance(label, StatusText)
    whole = "Printer: the paper has run out, open the cover and put a new roll in"
    bar.set_printer(whole, "bad")
    qtbot.wait(50)
    shown = QLabelText.of(label)
    assert shown.endswith("…") and len(shown) < len(whole)
    assert label.text() == whole  # what the code reads is the whole line
    assert whole in label.toolTip() or whole in QLabelText.tip_of(label)
    bar.resize(2400, 30)  # room for every word of the bar
    qtbot.wait(50)
    assert QLabelText.of(label) == whole and QLabelText.tip_of(label) == ""


class QLabelText:
    """What Qt paints and shows on hover, beneath ``StatusText``'s whole-text view."""

    @staticmethod
    def of(label: StatusText) -> str:
        return str(super(StatusText, label).text())

    @staticmethod
    def tip_of(label: StatusText) -> str:
        return str(super(StatusText, label).toolTip())
