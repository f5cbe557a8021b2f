"""The member page at the real till: a scanned card opens its member, the profile is edited (a bad birthday is
named), a card is blocked and unblocked, and two records of one person are merged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.member_profile import MemberProfile
from app.domain.members import CardStatus
from app.ui.manager.member_dialogs import MergeDialog, ReasonDialog
from app.ui.window import TillWindow
from app.ui.wiring import manager_services
from tests.gui.driver import TillDriver
from tests.gui.manager_driver import idle, open_tools
from tests.helpers.shop import DemoShop


def test_a_scanned_card_opens_its_member_whose_profile_is_edited_and_card_blocked_and_unblocked(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    till.start_selling()
    tools = open_tools(till)
    assert window.route_scan(shop.card_number)
    page = tools.members.page
    till.wait(lambda: page.file is not None and tools.members.on_page())
    idle(till, tools)
    assert page.title.text() == "Noa Levi" and page.profile.birthday.text() == "1990-05-17"

    page.profile.birthday.setText("17/05/1990")
    page.save.click()
    assert page.message.text() == "Birthday must be a date like 1990-05-17."
    page.profile.birthday.setText("1990-05-18")
    page.profile.email.setText("noa@example.com")
    page.save.click()
    till.wait(lambda: page.message.text() == "Profile saved.")
    with shop.till.uow() as uow:
        member = uow.members.member(page.file.member.id)  # type: ignore[union-attr]
        assert member is not None and member.birthday == date(1990, 5, 18) and member.email == "noa@example.com"

    page.acts["block"].click()
    reason = page.sub
    assert isinstance(reason, ReasonDialog)
    till.enter("reported stolen", reason.field)
    till.wait(lambda: "Card blocked" in page.message.text())
    idle(till, tools)
    assert page.selected_card() is not None and page.selected_card().status is CardStatus.BLOCKED  # type: ignore[union-attr]
    assert page.acts["block"].text() == "Unblock card" and not page.acts["adjust"].isEnabled()
    assert window.route_scan("0400000000015")  # a scan while the page is open opens the same member again
    page.acts["block"].click()
    till.wait(lambda: "Card unblocked" in page.message.text())
    idle(till, tools)
    with shop.till.uow() as uow:
        card = uow.members.card_by_number(shop.card_number)
        assert card is not None and card.status is CardStatus.ACTIVE


def test_two_records_of_one_person_are_merged_with_their_cards(
    till: TillDriver, shop: DemoShop, tmp_path: Path
) -> None:
    services = manager_services(shop.till, card_folder=tmp_path / "cards")
    other = services.issuer.issue(
        family="main", issued_by=shop.manager_id, profile=MemberProfile("Noa Levy", "03-5551234")
    )
    till.start_selling()
    tools = open_tools(till)
    picker = tools.members.picker
    till.type("levi", picker.field)
    till.wait(lambda: picker.model.rowCount() == 1)
    till.key(Qt.Key.Key_Return, picker.field)
    page = tools.members.page
    till.wait(lambda: page.file is not None)
    idle(till, tools)
    page.acts["merge"].click()
    dialog = page.sub
    assert isinstance(dialog, MergeDialog)
    till.type("levy", dialog.picker.field)
    till.wait(lambda: dialog.picker.model.rowCount() == 1)
    till.key(Qt.Key.Key_Return, dialog.picker.field)
    assert dialog.confirm.isEnabled() and "Noa Levy" in dialog.message.text()
    till.key(Qt.Key.Key_F12, dialog)
    till.wait(lambda: "merged here: 1 card(s) moved" in page.message.text())
    idle(till, tools)
    assert page.file is not None
    assert other.card.number in [c.card.number for c in page.file.cards]
    assert page.file.member.phone == "+972500000000"  # the kept member's own phone stays
    assert [hit.name for hit in services.search("levy")] == []  # the merged record is no longer found
