"""Every word on the manager tools is shown whole in every language: no button, label or hint is cut or elided on a
1366x768 till, so a translation that grows past its room fails here rather than on a shop's screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.loyalty import presets
from app.ui.manager.tools import ManagerTools
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver
from tests.gui.manager_driver import idle, open_tools
from tests.gui.test_language import choose
from tests.helpers.shop import DemoShop, build_shop

FORM_LABEL_ROOM = 4  # a glyph of another font (Georgian ones often do) may reach this far past its advance
LINE_EDIT_MARGIN = 2  # what QLineEdit keeps on each side of its text inside the frame's contents


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    """A shop with card programmes, so every tab has something to show."""
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


pytestmark = pytest.mark.usefixtures("english_afterwards")  # other tests in this process expect English


def placeholder_room(edit: QLineEdit) -> int:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN


def form_labels(root: QWidget) -> set[QLabel]:
    labels: set[QLabel] = set()
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                labels.add(label)
    return labels


def cut_words(root: QWidget) -> list[str]:
    """What a manager would see cut on ``root`` as it stands, one line per widget."""
    cut: list[str] = []
    in_forms = form_labels(root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                cut.append(f"button {widget.text()!r}: needs {hint.width()}x{hint.height()}, has {widget.size()}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            text = max((widget.fontMetrics().horizontalAdvance(line) for line in widget.text().split("\n")), default=0)
            room = widget.contentsRect().width()
            if text > room:
                cut.append(f"label {widget.text()!r}: needs {text}, has {room}")
            sides = widget.contentsRect().left(), widget.width() - 1 - widget.contentsRect().right()
            if widget in in_forms and min(sides) < FORM_LABEL_ROOM:
                cut.append(f"form label {widget.text()!r}: {sides} either side, needs {FORM_LABEL_ROOM}")
        elif isinstance(widget, QLabel) and widget.text():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(f"wrapped label {widget.text()[:40]!r}: needs {widget.heightForWidth(widget.width())} high")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            text = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if text > placeholder_room(widget):
                cut.append(f"placeholder {widget.placeholderText()!r}: needs {text}, has {placeholder_room(widget)}")
    return cut


def every_page(till: TillDriver, window: TillWindow, tools: ManagerTools, shop: DemoShop) -> Iterator[str]:
    """Bring each page of the tools to the front in turn, naming it."""
    picker = tools.members.picker
    till.type("noa", picker.field)
    till.wait(lambda: picker.model.rowCount() == 1)
    idle(till, tools)
    yield "members"
    assert window.route_scan(shop.card_number)
    page = tools.members.page
    till.wait(lambda: page.file is not None and tools.members.on_page())
    idle(till, tools)
    yield "member page"
    tools.show_tab(tools.issue)
    idle(till, tools)
    yield "issue card, new member"
    tools.issue.old_member.setChecked(True)
    yield "issue card, existing member"
    tools.show_tab(tools.programs)
    idle(till, tools)
    tools.programs.list.setCurrentRow(0)
    idle(till, tools)
    yield "programs"
    for tab, name in ((tools.transfer, "import / export"), (tools.kpis, "KPIs"), (tools.audit, "audit")):
        tools.show_tab(tab)
        idle(till, tools)
        yield name


@pytest.mark.parametrize("language", ["en", "he", "ka", "sq"])
def test_every_word_on_every_manager_page_is_shown_whole(
    qtbot: QtBot, till: TillDriver, window: TillWindow, shop: DemoShop, language: str
) -> None:
    if language != "en":
        choose(qtbot, window, language)
    till.start_selling()
    tools = open_tools(till)
    idle(till, tools)
    cut: list[str] = []
    for page in every_page(till, window, tools, shop):
        qtbot.wait(20)  # the page's layouts settle
        cut += [f"{page}: {words}" for words in cut_words(tools)]
    assert not cut, "\n".join(cut)
