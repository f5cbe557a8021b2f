"""Cards from the manager tools at the real till: issued, printed, read back by the camera decoder and scanned;
a lost card replaced with its balance; points adjusted only with a manager's PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.loyalty import Account, presets
from app.store.models import AuditRow
from app.ui.manager.member_dialogs import AdjustDialog, ReasonDialog
from app.ui.manager.tools import ManagerTools
from app.ui.window import TillWindow
from app.ui.wiring import manager_services
from hardware.readers.decoders import make_decoder
from hardware.scan import Symbology
from tests.gui.driver import TillDriver
from tests.gui.manager_driver import idle, open_tools
from tests.helpers.shop import MANAGER_PIN, DemoShop, build_shop

POINTS = Account.points("ILS")


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


def balance(shop: DemoShop, number: str) -> int:
    with shop.till.uow() as uow:
        card = uow.members.card_by_number(number)
        assert card is not None
        return uow.ledger.projection(card.id).balance(POINTS, shop.clock.now).available


def open_noa(till: TillDriver, tools: ManagerTools) -> None:
    picker = tools.members.picker
    till.type("levi", picker.field)
    till.wait(lambda: picker.model.rowCount() == 1)
    till.key(Qt.Key.Key_Return, picker.field)
    till.wait(lambda: tools.members.page.file is not None)
    idle(till, tools)


def test_a_card_issued_printed_decoded_from_its_picture_and_scanned_at_the_till(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.issue)
    issue = tools.issue
    till.wait(lambda: issue.family.count() > 0)
    issue.family.setCurrentText(presets.RED_CUBE)
    till.type("Yael Cohen", issue.profile.name)
    till.type("052-1112233", issue.profile.phone)
    till.key(Qt.Key.Key_F12, tools)
    till.wait(lambda: issue.issued is not None)
    issued, printed = issue.issued, issue.printed
    assert issued is not None and printed is not None
    assert issued.welcome_points == 5000
    assert "Welcome bonus: 50 points" in issue.result.text()
    pixmap = issue.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert printed.png.exists() and printed.pdf.read_bytes().startswith(b"%PDF")

    picture = cv2.imread(str(printed.png), cv2.IMREAD_GRAYSCALE)
    [found] = make_decoder("zxing", (Symbology.EAN13,)).decode(picture)
    assert found.text == issued.card.number

    till.key(Qt.Key.Key_Escape, tools)
    till.no_dialog()
    till.scan("7290000000015")
    till.scan(found.text)
    panel = window.sale_page.member
    till.wait(panel.details.isVisible)
    assert panel.name.text() == "Yael Cohen"
    assert "50" in panel.balances.text()


def test_without_an_encoder_the_magstripe_button_says_so(till: TillDriver, shop: DemoShop) -> None:
    till.start_selling()
    tools = open_tools(till)
    tools.show_tab(tools.issue)
    issue = tools.issue
    till.wait(lambda: issue.family.count() > 0)
    issue.old_member.setChecked(True)
    till.type("noa", issue.picker.field)
    till.wait(lambda: issue.picker.model.rowCount() == 1)
    till.key(Qt.Key.Key_Return, issue.picker.field)
    assert issue.existing is not None and issue.existing.name == "Noa Levi"
    till.key(Qt.Key.Key_F12, tools)
    till.wait(lambda: issue.issued is not None)
    assert issue.issued is not None and issue.issued.member.name == "Noa Levi"
    issue.encode.click()
    assert "No card encoder is set up" in issue.message.text()


def test_a_lost_card_replaced_keeps_the_balance_and_the_old_one_is_refused_at_the_till(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    with shop.till.uow() as uow:
        card = uow.members.card_by_number(shop.card_number)
        assert card is not None
    shop_manager = shop.till.auth.approve(MANAGER_PIN)
    manager_services(shop.till).adjuster.adjust(
        card.id, 31200, reason="opening balance", actor_id=shop_manager.id, manager_pin=MANAGER_PIN
    )
    till.start_selling()
    tools = open_tools(till)
    open_noa(till, tools)
    page = tools.members.page
    assert page.selected_card() is not None and page.selected_card().number == shop.card_number  # type: ignore[union-attr]
    assert "312" in page.balance.text()
    assert "Why 312 points" in page.why.text()
    page.acts["replace"].click()
    till.wait(lambda: isinstance(page.sub, ReasonDialog))
    reason = page.sub
    assert isinstance(reason, ReasonDialog)
    till.enter("lost at the beach", reason.field)
    till.wait(lambda: page.replaced is not None and "can no longer be used" in page.message.text())
    idle(till, tools)
    new_number = page.replaced.new.number  # type: ignore[union-attr]
    assert page.selected_card().number == new_number  # type: ignore[union-attr]
    assert balance(shop, new_number) == 31200 and balance(shop, shop.card_number) == 0

    till.key(Qt.Key.Key_Escape, tools)
    till.key(Qt.Key.Key_Escape, tools)
    till.no_dialog()
    till.scan("7290000000015")
    till.scan(shop.card_number)
    panel = window.sale_page.member
    till.wait(panel.banner.isVisible)
    assert "replaced" in panel.banner_text.text()
    till.scan(new_number)
    till.wait(panel.details.isVisible)
    assert panel.name.text() == "Noa Levi" and "312" in panel.balances.text()


def test_an_adjustment_needs_a_manager_pin_a_wrong_one_is_refused_and_the_right_one_audited(
    till: TillDriver, shop: DemoShop
) -> None:
    till.start_selling()
    tools = open_tools(till)
    open_noa(till, tools)
    page = tools.members.page
    page.acts["adjust"].click()
    till.wait(lambda: isinstance(page.sub, AdjustDialog) and page.sub.isVisible())
    dialog = page.sub
    assert isinstance(dialog, AdjustDialog)
    till.enter("25", dialog.amount)
    till.enter("goodwill: broken bag", dialog.reason)
    till.enter("1111", dialog.pin)  # the cashier's PIN
    till.wait(lambda: dialog.confirm.isEnabled() and "manager PIN is needed" in dialog.message.text())
    till.enter("5555", dialog.pin)
    till.wait(lambda: dialog.confirm.isEnabled() and "Wrong PIN" in dialog.message.text())
    with shop.till.uow() as uow:
        assert not uow.session.scalars(select(AuditRow).where(AuditRow.action == "points.adjusted")).all()
    till.enter(MANAGER_PIN, dialog.pin)
    till.wait(lambda: page.sub is None and "approved by Avi" in page.message.text())
    assert balance(shop, shop.card_number) == 2500
    with shop.till.uow() as uow:
        [audit] = uow.session.scalars(select(AuditRow).where(AuditRow.action == "points.adjusted")).all()
        assert audit.approver_id == shop.manager_id and audit.actor_id == shop.manager_id
        assert audit.details["reason"] == "goodwill: broken bag" and audit.details["amount"] == 2500
    idle(till, tools)
    tools.show_tab(tools.audit)
    till.wait(lambda: any(line.action == "points.adjusted" for line in tools.audit.lines))
    row = next(r for r, line in enumerate(tools.audit.lines) if line.action == "points.adjusted")
    assert tools.audit.table.item(row, 4).text() == "Avi"
    assert "goodwill" in tools.audit.table.item(row, 3).text()
