"""Action buttons keep their whole label: a label too long for the button (Georgian, Albanian) wraps smaller."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from app.ui.widgets.action_bar import ActionBar, two_lines


def bar(qtbot: QtBot, *labels: str) -> ActionBar:
    actions = []
    for index, label in enumerate(labels):
        action = QAction(label)
        action.setObjectName(f"a{index}")
        action.setShortcut(QKeySequence(f"F{index + 1}"))
        actions.append(action)
    widget = ActionBar(actions, columns=len(actions))
    widget.setProperty("keep", actions)  # the actions live as long as the bar
    qtbot.addWidget(widget)
    widget.resize(340, 80)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_long_label_goes_on_two_lines_in_a_smaller_font_and_a_short_one_stays(qtbot: QtBot) -> None:
    widget = bar(qtbot, "გადადებული გაყიდვები", "OK")
    long, short = widget.buttons
    qtbot.waitUntil(lambda: long.property("fit") == "tight", timeout=2000)
    assert long.text() == "გადადებული\nგაყიდვები\nF1"
    assert short.text() == "OK\nF2" and short.property("fit") in (None, "")


def test_a_label_breaks_at_the_space_nearest_its_middle() -> None:
    assert two_lines("Shitje në pritje") == "Shitje në\npritje"
    assert two_lines("ფასის შემოწმება") == "ფასის\nშემოწმება"
    assert two_lines("Pay") == "Pay"
