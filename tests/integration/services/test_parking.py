"""Parked sales keep their coupons: a parked sale comes back priced as it was left."""

from __future__ import annotations

from pathlib import Path

from app.domain.loyalty import Coupon, issue_coupon
from app.domain.money import Money
from app.services.suspended import SuspendedSales
from tests.helpers.shop import build_shop

SPRING = Coupon(id="coupon-spring", name="Spring", family="*", code="SPRING", currency="ILS", value_minor=500)


def test_a_parked_sale_keeps_its_coupon(tmp_path: Path) -> None:
    shop = build_shop(tmp_path / "till.db", programs=(SPRING,))
    till = shop.till
    with till.uow(write=True) as uow:
        uow.ledger.append([issue_coupon(SPRING, shop.clock())], now=shop.clock.now, store_id=None, till_id=None)
        uow.commit()
    parking = SuspendedSales(till.uow, till.context, till.clock, till.checkout, till.loyalty)
    sale = till.checkout.start_sale(shop.cashier_id)
    till.checkout.scan(sale, "7290000000022")
    assert "SPRING" in str(till.checkout.present_coupon(sale, "spring"))
    assert sale.due == Money(750, "ILS")
    parking.park(sale, "customer went for bread")
    resumed = parking.resume(sale.id, shop.cashier_id)
    assert resumed.dropped == ()
    assert resumed.sale.due == Money(750, "ILS")
    till.close()
