"""Roles checked by the services themselves, the till-wide pause on PIN-only entry, approvals in the audit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from app.domain.cart import Adjustment
from app.domain.loyalty import presets
from app.domain.member_profile import MemberProfile
from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.sale import Sale, SaleStatus
from app.domain.tender import Payment, TenderKind
from app.services.auth import (
    PIN_ONLY_FAILURES,
    PIN_ONLY_PAUSE,
    PIN_ONLY_WINDOW,
    NotAllowed,
    PinEntryPaused,
    Role,
    WrongPin,
)
from app.services.manager import ManagerServices
from app.services.setup import add_staff
from app.store.models import AuditRow, SaleRow, StaffRow
from tests.helpers.manager import manager_services
from tests.helpers.shop import CASHIER_PIN, MANAGER_PIN, DemoShop, build_shop

ADMIN_PIN = "0000"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db", programs=presets.catalogue())
    yield built
    built.till.close()


@pytest.fixture
def manager(shop: DemoShop, tmp_path: Path) -> ManagerServices:
    return manager_services(shop.till, tmp_path / "cards")


def ring_up(shop: DemoShop) -> Sale:
    sale = shop.till.checkout.start_sale(shop.cashier_id)
    shop.till.checkout.scan(sale, "7290000000015")
    shop.till.checkout.scan(sale, "7290000000022")
    return sale


def discount(why: str) -> Adjustment:
    return Adjustment(Money(100, "ILS"), "manual", Phrase.literal(why))


def pay_and_complete(shop: DemoShop, sale: Sale) -> str:
    shop.till.checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return shop.till.checkout.complete(sale).record.number


@dataclass(frozen=True)
class Audited:
    id: str
    actor_id: str | None
    approver_id: str | None
    details: Any


def audit(shop: DemoShop, action: str) -> list[Audited]:
    with shop.till.uow() as uow:
        rows = uow.session.scalars(select(AuditRow).where(AuditRow.action == action).order_by(AuditRow.at))
        return [Audited(r.id, r.actor_id, r.approver_id, r.details) for r in rows]


def sales(shop: DemoShop) -> int:
    with shop.till.uow() as uow:
        return len(list(uow.session.scalars(select(SaleRow.id))))


def test_manager_acts_are_refused_to_a_cashier_by_the_services_and_change_nothing(
    shop: DemoShop, manager: ManagerServices
) -> None:
    checkout = shop.till.checkout
    sale = ring_up(shop)
    line = sale.cart.lines[0]
    before = (sale.due, [(x.unit_price, x.price_overridden) for x in sale.cart.lines])
    for approver in (shop.cashier_id, "nobody-here", ""):
        with pytest.raises(NotAllowed):
            checkout.void(sale, approved_by=approver)
        with pytest.raises(NotAllowed):
            checkout.override_price(sale, line.line_id, Money(1, "ILS"), approved_by=approver)
        with pytest.raises(NotAllowed):
            checkout.add_manual_discount(sale, discount("x"), approved_by=approver)
    assert sale.status is SaleStatus.OPEN
    assert (sale.due, [(x.unit_price, x.price_overridden) for x in sale.cart.lines]) == before
    number = pay_and_complete(shop, sale)
    plan = shop.till.returns.plan(number, {line.line_id: line.qty_milli})
    written = sales(shop)
    with pytest.raises(NotAllowed):
        shop.till.returns.execute(plan, cashier_id=shop.cashier_id, approved_by=shop.cashier_id)
    assert sales(shop) == written
    with shop.till.uow() as uow:
        card = uow.members.card_by_number(shop.card_number)
    assert card is not None
    refused = [
        lambda: manager.blocker.block(card.id, reason="lent out", by=shop.cashier_id),
        lambda: manager.gift_cards.issue(Money(5000, "ILS"), reason="gift", by=shop.cashier_id),
        lambda: manager.programs.save(presets.discount_card_10().to_dict(), by=shop.cashier_id),
        lambda: manager.catalog_import.run(
            "sku,name,price,tax_rate,category,unit,barcodes\nTEA,Tea,9.90,18,,pc,\n", by=shop.cashier_id
        ),
    ]
    for act in refused:
        with pytest.raises(NotAllowed):
            act()
    assert sales(shop) == written
    assert audit(shop, "card.blocked") == [] and audit(shop, "program.saved") == []


def test_an_inactive_manager_or_an_unknown_cashier_is_refused_and_an_admin_may_do_what_a_manager_may(
    shop: DemoShop,
) -> None:
    admin_id = add_staff(shop.till.uow, "Rina", Role.ADMIN, ADMIN_PIN)
    with pytest.raises(NotAllowed):
        shop.till.checkout.start_sale("someone-made-up")
    sale = ring_up(shop)
    with shop.till.uow(write=True) as uow:
        uow.session.execute(update(StaffRow).where(StaffRow.id == shop.manager_id).values(active=False))
        uow.commit()
    with pytest.raises(NotAllowed):
        shop.till.checkout.void(sale, approved_by=shop.manager_id)
    assert shop.till.checkout.void(sale, approved_by=admin_id, reason="customer left").status.value == "voided"


def test_pin_only_entry_pauses_the_till_after_repeated_wrong_pins(shop: DemoShop) -> None:
    auth = shop.till.auth
    for left in range(PIN_ONLY_FAILURES - 1, 0, -1):
        with pytest.raises(WrongPin) as wrong:
            auth.approve("4321")
        assert wrong.value.params["attempts_left"] == left
    with pytest.raises(PinEntryPaused):
        auth.approve("5432")
    # Now even the right PIN is refused, at the login screen too, without trying it.
    with pytest.raises(PinEntryPaused):
        auth.approve(MANAGER_PIN)
    with pytest.raises(PinEntryPaused) as paused:
        auth.login(CASHIER_PIN)
    assert "paused" in paused.value.message
    paused_rows = audit(shop, "pin.paused")
    assert len(paused_rows) == 1 and paused_rows[0].details["failures"] == PIN_ONLY_FAILURES
    assert len(audit(shop, "pin.refused")) == 2
    assert len([r for r in audit(shop, "login.failed") if r.actor_id is None]) == PIN_ONLY_FAILURES
    # A cashier who chooses their own name still logs in (their own lockout protects that path).
    assert auth.login(CASHIER_PIN, staff_id=shop.cashier_id).id == shop.cashier_id
    shop.clock.advance(PIN_ONLY_PAUSE)
    assert auth.approve(MANAGER_PIN).id == shop.manager_id
    # After a pause the count starts again: one more wrong PIN is not a new pause.
    with pytest.raises(WrongPin):
        auth.approve("4321")
    assert len(audit(shop, "pin.paused")) == 1


def test_wrong_pins_spread_wider_than_the_window_do_not_pause(shop: DemoShop) -> None:
    auth = shop.till.auth
    for _ in range(PIN_ONLY_FAILURES - 1):
        with pytest.raises(WrongPin):
            auth.approve("4321")
    shop.clock.advance(PIN_ONLY_WINDOW + timedelta(seconds=1))
    with pytest.raises(WrongPin) as wrong:
        auth.approve("4321")
    assert wrong.value.params["attempts_left"] == PIN_ONLY_FAILURES - 1
    assert auth.approve(MANAGER_PIN).id == shop.manager_id
    assert audit(shop, "pin.paused") == []


def test_every_approved_act_is_in_the_audit_with_its_approver(shop: DemoShop, manager: ManagerServices) -> None:
    checkout = shop.till.checkout
    voided = ring_up(shop)
    checkout.void(voided, approved_by=shop.manager_id, reason="customer left")
    sale = ring_up(shop)
    checkout.override_price(sale, sale.cart.lines[0].line_id, Money(500, "ILS"), approved_by=shop.manager_id)
    checkout.add_manual_discount(sale, discount("dented"), approved_by=shop.manager_id)
    line = sale.cart.lines[1]
    number = pay_and_complete(shop, sale)
    plan = shop.till.returns.plan(number, {line.line_id: line.qty_milli})
    shop.till.returns.execute(plan, cashier_id=shop.cashier_id, approved_by=shop.manager_id)
    issued = manager.issuer.issue(
        family=presets.RED_CUBE, issued_by=shop.cashier_id, profile=MemberProfile("Dana Mizrahi")
    )
    manager.adjuster.adjust(issued.card.id, 500, reason="goodwill", actor_id=shop.cashier_id, manager_pin=MANAGER_PIN)
    for action in ("sale.void", "price.override", "discount.manual", "sale.return", "points.adjusted"):
        rows = audit(shop, action)
        assert len(rows) == 1, action
        assert (rows[0].actor_id, rows[0].approver_id) == (shop.cashier_id, shop.manager_id), action


def test_the_audit_and_the_ledger_refuse_updates_and_deletes(shop: DemoShop, manager: ManagerServices) -> None:
    issued = manager.issuer.issue(
        family=presets.RED_CUBE, issued_by=shop.cashier_id, profile=MemberProfile("Dana Mizrahi")
    )
    manager.adjuster.adjust(issued.card.id, 500, reason="goodwill", actor_id=shop.cashier_id, manager_pin=MANAGER_PIN)
    statements = (
        "UPDATE audit SET approver_id = NULL",
        "DELETE FROM audit WHERE action = 'points.adjusted'",
        "UPDATE ledger_entry SET amount = amount * 10",
        "DELETE FROM ledger_entry",
    )
    for statement in statements:
        with pytest.raises(Exception, match="append-only"), shop.till.uow(write=True) as uow:
            uow.session.execute(text(statement))
            uow.commit()
    row = audit(shop, "points.adjusted")[0]
    assert row.approver_id == shop.manager_id
    with pytest.raises(Exception, match="append-only"), shop.till.uow(write=True) as uow:
        stored = uow.session.get(AuditRow, row.id)
        assert stored is not None
        stored.approver_id = shop.cashier_id
        uow.commit()
    assert audit(shop, "points.adjusted")[0].approver_id == shop.manager_id
