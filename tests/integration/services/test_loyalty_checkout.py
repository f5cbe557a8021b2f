"""The loyalty engine through checkout, returns and the store: earn, pay with points, return, rebuild."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.loyalty import Account, fold, presets
from app.domain.loyalty.errors import CapExceeded, InsufficientPoints
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from tests.helpers.shop import DemoShop, build_shop

POINTS = Account.points("ILS")


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(
        tmp_path / "till.db",
        programs=(presets.red_cube_bonus("ILS"), presets.silver_gold_platinum("ILS", family=presets.RED_CUBE)),
        family=presets.RED_CUBE,
    )
    yield built
    built.till.close()


def balance(shop: DemoShop, card_id: str) -> tuple[int, int]:
    """(available from the stored projection, available from a fold of the whole ledger)."""
    with shop.till.uow() as uow:
        now = shop.clock.now
        cached = uow.ledger.projection(card_id).balance(POINTS, now).available
        rebuilt = fold(card_id, uow.ledger.entries_of(card_id)).balance(POINTS, now).available
    return cached, rebuilt


def test_red_cube_earn_spend_and_return(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    checkout.scan(sale, "7290000000015")
    checkout.scan(sale, "7290000000022")
    view = checkout.scan(sale, shop.card_number).member
    assert view is not None
    assert view.points == 0 and view.tier is None and view.tier_progress
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(3000, "ILS")))
    first = checkout.complete(sale)
    assert first.loyalty is not None
    assert first.loyalty.earned == 289  # 11% of 26.30 = 2.893 points
    assert first.loyalty.balance == 289
    card_id = first.record.card_id
    assert card_id is not None
    assert balance(shop, card_id) == (289, 289)

    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "9780000000002")
    view = checkout.attach_card(sale, shop.card_number)
    assert view.max_redeemable_points == 289
    with pytest.raises((InsufficientPoints, CapExceeded)):
        checkout.add_payment(sale, checkout.points_payment(sale, Money(290, "ILS")))
    checkout.add_payment(sale, checkout.points_payment(sale, Money(289, "ILS")))
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    second = checkout.complete(sale)
    assert second.loyalty is not None
    assert second.loyalty.spent == 289
    assert second.loyalty.earned == 957  # 11% of the 87.01 paid in cash; the points part earns nothing
    assert balance(shop, card_id) == (957, 957)

    returns = shop.till.returns
    plan = returns.plan(second.record.number, {second.record.lines[0].id: 1000})
    assert plan.points_back == 289 and plan.points_taken == 957
    kinds = {p.kind: p.amount.minor for p in plan.refunds}
    assert kinds == {TenderKind.POINTS: -289, TenderKind.CASH: -8701}
    record = returns.execute(plan, cashier_id=shop.cashier_id, approved_by=shop.manager_id)
    assert record.total == Money(-8990, "ILS")
    assert balance(shop, card_id) == (289, 289)
    with shop.till.uow() as uow:
        stored = uow.sales.loyalty_of(first.record.id)
    assert stored is not None and stored["block"]["earned"] == 289


def test_points_are_refused_without_a_card(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    with pytest.raises(Exception, match="member card"):
        checkout.points_payment(sale, Money(100, "ILS"))
    assert sale.payments == []
