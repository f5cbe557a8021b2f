"""Issuing, replacing, blocking and merging cards on a real till database: numbers never reused, balances kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import open_till
from app.domain.card_serials import CardNumbersExhausted, SerialBlock
from app.domain.loyalty import Account, presets
from app.domain.loyalty.errors import InsufficientPoints, InvalidAdjustment
from app.domain.member_errors import CannotMerge, CardNumberTaken, CardStatusRefused, NotACardNumber
from app.domain.member_profile import MemberProfile
from app.domain.members import CardStatus
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.auth import NotAllowed, WrongPin
from app.services.card_numbers import set_serial_block
from app.services.loyalty_gateway import CardNotUsable
from app.services.manager import ManagerServices
from app.store.models import AuditRow, LedgerEntryRow, OutboxRow
from tests.helpers.manager import manager_services
from tests.helpers.shop import CASHIER_PIN, MANAGER_PIN, DemoShop, build_shop

POINTS = Account.points("ILS")
DANA = MemberProfile("Dana Mizrahi", "050-7654321", "dana@example.com", date(1988, 2, 3), True)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    yield built
    built.till.close()


@pytest.fixture
def manager(shop: DemoShop, tmp_path: Path) -> ManagerServices:
    return manager_services(shop.till, tmp_path / "cards")


def outbox(shop: DemoShop) -> list[tuple[str, str]]:
    with shop.till.uow() as uow:
        return [(row.topic, row.entity_id) for row in uow.session.scalars(select(OutboxRow).order_by(OutboxRow.seq))]


def balance(shop: DemoShop, card_id: str) -> int:
    with shop.till.uow() as uow:
        return uow.ledger.projection(card_id).balance(POINTS, shop.clock.now).available


def test_a_new_member_gets_a_new_number_and_the_welcome_bonus_in_one_commit(
    shop: DemoShop, manager: ManagerServices
) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    # the test shop's cards hold serials 1 and 2: the next number is serial 3
    assert issued.card.number == shop.till.context.numbering.number(3)
    assert issued.welcome_points == 5000 and balance(shop, issued.card.id) == 5000
    assert ("member", issued.member.id) in outbox(shop)
    assert ("ledger", issued.entries[0].id) in outbox(shop)
    with shop.till.uow() as uow:
        audit = uow.session.scalars(select(AuditRow).where(AuditRow.action == "card.issued")).one()
        assert audit.actor_id == shop.manager_id and "050" not in str(audit.details)
    assert [hit.member_id for hit in manager.search("mizr")] == [issued.member.id]
    assert [hit.member_id for hit in manager.search("7654321")] == [issued.member.id]


def test_a_second_card_for_an_existing_member_and_a_pre_printed_number(
    shop: DemoShop, manager: ManagerServices
) -> None:
    first = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    printed = shop.till.context.numbering.number(777)
    second = manager.issuer.issue(
        family=presets.LADDER, issued_by=shop.manager_id, member_id=first.member.id, number=printed
    )
    assert second.card.number == printed and second.member.id == first.member.id
    with pytest.raises(CardNumberTaken):
        manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA, number=printed)
    with pytest.raises(NotACardNumber):
        manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA, number="0400000000016")
    # the next new number goes past the pre-printed one: numbers are handed out upwards, never twice
    third = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    assert third.card.number == shop.till.context.numbering.number(778)


def test_numbers_are_never_reused_even_after_a_restart(
    shop: DemoShop, manager: ManagerServices, tmp_path: Path
) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    manager.blocker.block(issued.card.id, reason="stolen", by=shop.manager_id)
    shop.till.close()
    shop.till = open_till(shop.path, clock=shop.clock)
    again = manager_services(shop.till, tmp_path / "cards")
    after = again.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    assert after.card.number == shop.till.context.numbering.number(4)


def test_a_till_hands_out_only_the_serials_of_its_block(shop: DemoShop, manager: ManagerServices) -> None:
    numbering = shop.till.context.numbering
    with shop.till.uow() as uow:
        set_serial_block(uow, numbering, SerialBlock(500, 501))
        uow.commit()
    numbers = [
        manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA).card.number
        for _ in range(2)
    ]
    assert numbers == [numbering.number(500), numbering.number(501)]
    with pytest.raises(CardNumbersExhausted):
        manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)


def test_a_lost_card_is_replaced_keeping_its_balance_and_the_old_card_stops_working(
    shop: DemoShop, manager: ManagerServices
) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "9780000000002")
    checkout.scan(sale, issued.card.number)
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due))
    checkout.complete(sale)
    before = balance(shop, issued.card.id)
    assert before > 5000

    replaced = manager.replacer.replace(issued.card.number, reason="reported lost", by=shop.manager_id)
    assert replaced.points_moved == before
    assert balance(shop, replaced.new.id) == before and balance(shop, issued.card.id) == 0
    with shop.till.uow() as uow:
        old = uow.members.card(issued.card.id)
        assert old is not None and old.status is CardStatus.REPLACED and old.replaced_by_id == replaced.new.id
    sale = checkout.start_sale(shop.cashier_id)
    with pytest.raises(CardNotUsable):
        checkout.scan(sale, issued.card.number)
    assert checkout.scan(sale, replaced.new.number).member is not None
    with pytest.raises(CardStatusRefused):
        manager.replacer.replace(issued.card.number, reason="again", by=shop.manager_id)
    file = manager.files.load(issued.member.id)
    assert [c.card.id for c in file.cards] == [replaced.new.id, issued.card.id]
    assert file.cards[0].points.total == before
    assert {e.line.kind.value for e in file.cards[0].entries} == {"transfer"}


def test_blocking_and_unblocking(shop: DemoShop, manager: ManagerServices) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    with pytest.raises(CardStatusRefused):
        manager.blocker.block(issued.card.id, reason=" ", by=shop.manager_id)
    with pytest.raises(CardStatusRefused):
        manager.blocker.unblock(issued.card.id, by=shop.manager_id)
    assert manager.blocker.block(issued.card.id, reason="lent out", by=shop.manager_id).status is CardStatus.BLOCKED
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    with pytest.raises(CardNotUsable):
        shop.till.checkout.scan(sale, issued.card.number)
    assert manager.blocker.unblock(issued.card.id, by=shop.manager_id).status is CardStatus.ACTIVE
    assert shop.till.checkout.scan(sale, issued.card.number).member is not None


def test_merging_two_members_moves_the_cards_and_fills_missing_fields(shop: DemoShop, manager: ManagerServices) -> None:
    keep = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=MemberProfile("Dana M"))
    other = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    merged = manager.merger.merge(keep.member.id, other.member.id, by=shop.manager_id)
    assert merged.cards_moved == 1 and merged.fields_filled == ("birthday", "email", "phone")
    file = manager.files.load(keep.member.id)
    assert {c.card.id for c in file.cards} == {keep.card.id, other.card.id}
    assert file.member.phone == DANA.phone and not file.member.consent
    assert [h.member_id for h in manager.search("mizrahi")] == []
    assert [h.member_id for h in manager.search(other.card.number)] == [keep.member.id]
    with pytest.raises(CannotMerge):
        manager.merger.merge(keep.member.id, other.member.id, by=shop.manager_id)
    with pytest.raises(CannotMerge):
        manager.merger.merge(keep.member.id, keep.member.id, by=shop.manager_id)


def test_editing_a_member_changes_only_what_was_changed(shop: DemoShop, manager: ManagerServices) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)
    assert manager.editor.edit(issued.member.id, DANA, by=shop.manager_id) == []
    changed = MemberProfile(DANA.name, "052-1111111", DANA.email, DANA.birthday, consent=False)
    assert manager.editor.edit(issued.member.id, changed, by=shop.manager_id) == ["consent", "phone"]
    assert [h.member_id for h in manager.search("0521111111")] == [issued.member.id]
    assert manager.search("7654321") == []


def test_an_adjustment_needs_a_manager_pin_and_a_reason(shop: DemoShop, manager: ManagerServices) -> None:
    issued = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=DANA)

    def entries() -> int:
        with shop.till.uow() as uow:
            return len(list(uow.session.scalars(select(LedgerEntryRow.id))))

    written = entries()
    with pytest.raises(NotAllowed):
        manager.adjuster.adjust(
            issued.card.id, 1000, reason="goodwill", actor_id=shop.cashier_id, manager_pin=CASHIER_PIN
        )
    with pytest.raises(WrongPin):
        manager.adjuster.adjust(issued.card.id, 1000, reason="goodwill", actor_id=shop.cashier_id, manager_pin="4321")
    with pytest.raises(InvalidAdjustment):
        manager.adjuster.adjust(issued.card.id, 1000, reason=" ", actor_id=shop.cashier_id, manager_pin=MANAGER_PIN)
    with pytest.raises(InsufficientPoints):
        manager.adjuster.adjust(issued.card.id, -9000, reason="typo", actor_id=shop.cashier_id, manager_pin=MANAGER_PIN)
    assert entries() == written
    done = manager.adjuster.adjust(
        issued.card.id, -1250, reason="points given twice", actor_id=shop.cashier_id, manager_pin=MANAGER_PIN
    )
    assert done.balance == 3750 and done.approver.id == shop.manager_id
    with shop.till.uow() as uow:
        audit = uow.session.scalars(select(AuditRow).where(AuditRow.action == "points.adjusted")).one()
        assert (audit.actor_id, audit.approver_id) == (shop.cashier_id, shop.manager_id)
    assert ("ledger", done.entries[0].id) in outbox(shop)
    file = manager.files.load(issued.member.id)
    lines = file.cards[0].entries
    assert [(e.line.kind.value, e.line.amount, e.line.running) for e in lines] == [
        ("welcome", 5000, 5000),
        ("adjust", -1250, 3750),
    ]
    assert lines[1].by == "Avi" and lines[1].line.reason == "points given twice"


def test_a_gift_card_is_issued_with_its_money_and_queued_on_its_own(shop: DemoShop, manager: ManagerServices) -> None:
    card = manager.gift_cards.issue(Money(10000, "ILS"), reason="apology for a late order", by=shop.manager_id)
    with shop.till.uow() as uow:
        state = uow.ledger.projection(card.id)
    assert state.balance(Account.gift("ILS"), shop.clock.now).available == 10000
    assert ("card", card.id) in outbox(shop)
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    shop.till.checkout.scan(sale, "9780000000002")
    payment = shop.till.checkout.gift_payment(sale, card.number, Money(5000, "ILS"))
    assert payment.reference == card.id
