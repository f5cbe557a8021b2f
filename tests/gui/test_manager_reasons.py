"""A manager working in Hebrew or Georgian reads why a profile, a CSV row or a program is refused in that language,
with the field named and the row's line kept; in English the same screens read as before."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.loyalty import presets
from app.ui.formatting import LRI, PDI
from app.ui.phrases import FSI
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver
from tests.gui.manager_driver import idle, open_tools
from tests.gui.test_language import choose
from tests.helpers.shop import DemoShop, build_shop

BAD_PRODUCTS = (
    "sku,name,price,tax_rate,barcodes\n"
    "TEA1,Green tea,9.90,18,\n"
    "TEA2,Black tea,nine,18,\n"
    "TEA3,White tea,12.00,18,7290000000016\n"
    "TEA4,Mint tea,8\n"
)
PHONE = {
    "en": "Phone must be digits, spaces or dashes, with an optional + in front.",
    "he": "טלפון: מותרים רק ספרות, רווחים או מקפים, ואפשר + בהתחלה.",
}
ROWS = {
    "en": [
        "Line 3: price 'nine' is not an amount",
        "Line 4: barcodes 7290000000016 is not a barcode with a right check digit",
        "Line 5: the row has 3 fields; the header has 5",
    ],
    "he": [
        f'שורה 3, עמודה "{LRI}price{PDI}": "{FSI}nine{PDI}" אינו סכום',
        f'שורה 4, עמודה "{LRI}barcodes{PDI}": {FSI}7290000000016{PDI} אינו ברקוד עם ספרת ביקורת נכונה',
        f"שורה 5: בשורה יש {LRI}3{PDI} שדות, ובכותרת {LRI}5{PDI}",
    ],
}


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    """A shop with card programmes, so a card can be issued."""
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


pytestmark = pytest.mark.usefixtures("english_afterwards")  # other tests in this process expect English


def shot(widget: QWidget, name: str) -> None:
    """With KUPA_SHOTS set, a picture of what the manager sees, to look at."""
    if folder := os.environ.get("KUPA_SHOTS"):
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "he"])
def test_a_bad_phone_on_the_member_page_is_named_in_the_screens_language(
    qtbot: QtBot, till: TillDriver, window: TillWindow, shop: DemoShop, language: str
) -> None:
    if language != "en":
        choose(qtbot, window, language)
    till.start_selling()
    tools = open_tools(till)
    assert window.route_scan(shop.card_number)
    page = tools.members.page
    till.wait(lambda: page.file is not None and tools.members.on_page())
    idle(till, tools)
    page.profile.phone.setText("call me")
    page.save.click()
    assert page.message.text() == PHONE[language]
    shot(tools, f"member-bad-phone-{language}")


def test_a_new_member_with_a_bad_e_mail_is_told_so_in_georgian(
    qtbot: QtBot, till: TillDriver, window: TillWindow
) -> None:
    choose(qtbot, window, "ka")
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.issue)
    issue = tools.issue
    till.wait(lambda: issue.family.count() > 0)
    issue.family.setCurrentText(presets.RED_CUBE)
    till.type("Nino Beridze", issue.profile.name)
    till.type("nino-at-example", issue.profile.email)
    till.key(Qt.Key.Key_F12, tools)
    assert issue.message.text() == "ელ-ფოსტა: მისამართი არასწორია."
    assert issue.issued is None


@pytest.mark.parametrize("language", ["en", "he"])
def test_bad_csv_rows_are_listed_by_line_in_the_screens_language(
    qtbot: QtBot, till: TillDriver, window: TillWindow, tmp_path: Path, language: str
) -> None:
    if language != "en":
        choose(qtbot, window, language)
    bad = tmp_path / "products.csv"
    bad.write_text(BAD_PRODUCTS, encoding="utf-8")
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.transfer)
    transfer = tools.transfer
    transfer.path.setText(str(bad))
    transfer.import_button.click()
    till.wait(lambda: transfer.errors != ())
    assert [transfer.problems.item(row).text() for row in range(transfer.problems.count())] == ROWS[language]
    shot(tools, f"import-bad-rows-{language}")


BAD_PERCENT = {
    "en": "Red Cube bonus: earn_rate_bp must be 0-100% in basis points.",
    "he": f'{FSI}Red Cube bonus{PDI}, שדה "{FSI}earn_rate_bp{PDI}": יש לכתוב ערך בין 0 ל־{LRI}100%{PDI} בנקודות בסיס.',
}


@pytest.mark.parametrize("language", ["en", "he"])
def test_a_bad_percent_in_the_program_editor_is_explained_in_the_screens_language(
    qtbot: QtBot, till: TillDriver, window: TillWindow, shop: DemoShop, language: str
) -> None:
    if language != "en":
        choose(qtbot, window, language)
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.programs)
    programs = tools.programs
    till.wait(lambda: programs.list.count() > 0 and programs.preview_result is not None)
    idle(till, tools)
    programs.list.setCurrentRow(next(r for r, v in enumerate(programs.versions) if v.program.KIND == "bonus"))
    programs.editor.set_value("earn_rate_bp", "12000")
    programs.check_now()
    assert programs.check.text() == BAD_PERCENT[language]
    assert programs.check.property("tone") == "problem" and not programs.save.isEnabled()
    check = programs.check
    qtbot.waitUntil(lambda: check.height() >= check.heightForWidth(check.width()), timeout=2000)  # nothing cut off
    shot(tools, f"program-bad-percent-{language}")
