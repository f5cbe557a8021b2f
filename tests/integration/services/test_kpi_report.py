"""The KPI report on a hand-computed shop: real sales, cards, points and NPS answers, figures worked out below."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

from app.domain.kpis import NO_TIER
from app.domain.loyalty import presets
from app.domain.member_profile import MemberProfile
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.kpi_report import report_csv
from tests.helpers.manager import manager_services
from tests.helpers.shop import MANAGER_PIN, DemoShop, build_shop

BOOK = "9780000000002"  # 89.90, no VAT


def sell(shop: DemoShop, card: str | None = None, points: Money | None = None) -> str:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, BOOK)
    if card:
        checkout.scan(sale, card)
    if points:
        checkout.add_payment(sale, checkout.points_payment(sale, points))
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return checkout.complete(sale).record.id


def test_the_kpis_of_a_small_shop_worked_out_by_hand(tmp_path: Path) -> None:
    shop = build_shop(tmp_path / "till.db", programs=presets.catalogue("ILS"), family=presets.RED_CUBE)
    try:
        manager = manager_services(shop.till, tmp_path / "cards")
        noa_card = shop.card_number  # red-cube, homed nowhere
        noa_id = manager.search(noa_card)[0].cards[0].id
        shop.clock.now = datetime(2025, 1, 5, 10, 0, tzinfo=UTC)
        ladder = manager.issuer.issue(family=presets.LADDER, issued_by=shop.manager_id, profile=MemberProfile("A"))
        cube = manager.issuer.issue(family=presets.RED_CUBE, issued_by=shop.manager_id, profile=MemberProfile("B"))
        manager.adjuster.adjust(
            noa_id, 10_000, reason="brought over", actor_id=shop.manager_id, manager_pin=MANAGER_PIN
        )

        shop.clock.now = datetime(2025, 1, 10, 10, 0, tzinfo=UTC)  # the year before the report's year
        sell(shop, noa_card)
        sell(shop, cube.card.number)

        shop.clock.now = datetime(2026, 2, 10, 10, 0, tzinfo=UTC)  # inside the report's year
        first = sell(shop, noa_card)
        second = sell(shop, noa_card, points=Money(1000, "ILS"))
        third = sell(shop, ladder.card.number)
        sell(shop)
        sell(shop)
        manager.nps.for_sale(first, 10, by=None)
        manager.nps.for_sale(second, 9, by=None)
        manager.nps.for_sale(third, 2, by=None)

        shop.clock.now = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
        report = manager.kpis.build()
    finally:
        shop.till.close()
    kpis = report.kpis
    # NPS: two promoters, one detractor -> (2 - 1) / 3
    assert kpis.nps.score == Fraction(100, 3)
    # this year: Noa bought twice, A once; two sales without a card
    assert kpis.repeat_rate == Fraction(1, 2)
    assert kpis.participation == Fraction(3, 5)
    assert kpis.active_share == Fraction(2, 3)  # Noa and A of three members
    assert kpis.average_member_receipt == kpis.average_other_receipt == Money(8990, "ILS")
    # last year Noa and B bought; only Noa came back
    assert kpis.churn == Fraction(1, 2)
    # 89.90 x (3 purchases / 2 members a year) x (1 / churn = 2 years) = 269.70
    assert kpis.lifetime_value == Money(26970, "ILS")
    # Red Cube earns 11% in points on what is paid without points: 89.90 -> 9.889 -> 9.89, 79.90 -> 8.789 -> 8.79
    accrued = 989 + 879
    assert kpis.redemption_rate == Fraction(1000, accrued) and not kpis.redemption_alert
    # owed: Noa's 100 brought over + 9.89 (2025) + 9.89 + 8.79 - 10 spent, B's 50 welcome + 9.89
    assert kpis.outstanding_points == 10_000 + 989 + 989 + 879 - 1000 + 5000 + 989
    assert kpis.points_liability == Money(kpis.outstanding_points, "ILS")  # 1 point = 1.00
    assert kpis.tiers["Member tiers"] == {NO_TIER: 1, "Silver": 0, "Gold": 0, "Platinum": 0}
    february = next(m for m in report.months if m.month == "2026-02")
    assert (february.member_receipts, february.other_receipts, february.points_redeemed) == (3, 2, 1000)
    assert february.scores.answers == 3
    assert report.months[0].month == "2025-04" and len(report.months) == 12
    rows = list(csv.reader(io.StringIO(report_csv(report))))
    assert rows[0][:3] == ["month", "member_receipts", "other_receipts"]
    values = {row[0]: row[1] for row in rows if len(row) == 2}
    assert values["nps"] == "33.3" and values["redemption_alert"] == "no"
    assert values["customer_lifetime_value"] == "269.70"
