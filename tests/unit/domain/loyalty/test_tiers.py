"""The Silver / Gold / Platinum ladder as a shop owner would check it by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.loyalty import Card, SpendBasis, UpgradeFrom, price_sale, reverse_sale, tier_status
from app.domain.loyalty.presets import LADDER, silver_gold_platinum
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import T0, Ledger, cart_of, ils, product

TV = product("TV", "1000.00", "electronics")
SOCKS = product("Socks", "100.00", "clothes")


@pytest.fixture
def shop() -> Ledger:
    ledger = Ledger()
    ledger.add_card(Card("ben", LADDER))
    return ledger


def test_a_new_member_has_no_tier_and_sees_how_far_silver_is(shop: Ledger) -> None:
    pricing = price_sale(cart_of((SOCKS, 1000)), shop.member("ben"), [silver_gold_platinum()], T0)

    assert pricing.adjustments == ()
    (status,) = pricing.tiers
    assert status.tier is None
    assert str(status.progress) == "1,000 to Silver"
    assert "Member tiers: 1,000 to Silver" in english(pricing.explanations)


def test_silver_three_percent_after_1000_lifetime_with_the_reason(shop: Ledger) -> None:
    ladder = [silver_gold_platinum()]
    shop.sell("ben", [(TV, 1000), (SOCKS, 2000)], ladder, T0)  # lifetime 1,200

    pricing = price_sale(cart_of((SOCKS, 1000)), shop.member("ben"), ladder, T0 + timedelta(days=1))

    assert pricing.priced.total == ils("97.00")
    (applied,) = pricing.applied
    assert str(applied.explanation) == "Silver 3% - lifetime spend 1,200 >= 1,000"
    assert str(pricing.tiers[0].progress) == "3,800 to Gold"
    assert [str(a.explanation) for a in pricing.adjustments] == ["Silver 3% - lifetime spend 1,200 >= 1,000"]


def test_crossing_gold_counts_from_the_next_sale_and_the_receipt_says_so(shop: Ledger) -> None:
    ladder = [silver_gold_platinum()]
    shop.sell("ben", [(TV, 4000)], ladder, T0)  # 4,000: Silver
    pricing, settlement = shop.sell("ben", [(TV, 2000)], ladder, T0 + timedelta(days=1))  # pays 1,940

    assert str(pricing.applied[0].title) == "Silver 3%"  # this sale is still Silver
    assert settlement.receipt is not None
    assert "Welcome to Gold: 5% from your next purchase" in english(settlement.receipt.lines)
    assert "Gold: 9,060 to Platinum" in english(settlement.receipt.lines)  # lifetime 5,940

    after = price_sale(cart_of((SOCKS, 1000)), shop.member("ben"), ladder, T0 + timedelta(days=2))
    assert str(after.applied[0].title) == "Gold 5%"


def test_a_ladder_can_upgrade_on_the_crossing_sale_itself(shop: Ledger) -> None:
    ladder = [replace(silver_gold_platinum(), upgrade_from=UpgradeFrom.THIS_SALE)]
    first, _ = shop.sell("ben", [(TV, 4000), (SOCKS, 3000)], ladder, T0)
    assert str(first.applied[0].explanation) == "Silver 3% - lifetime spend 0 + this sale 4,300 = 4,300 >= 1,000"

    pricing = price_sale(cart_of((TV, 1000)), shop.member("ben"), ladder, T0 + timedelta(days=1))

    assert str(pricing.applied[0].explanation) == "Gold 5% - lifetime spend 4,171 + this sale 1,000 = 5,171 >= 5,000"
    assert pricing.priced.total == ils("950.00")


def test_rolling_window_tier_is_kept_until_the_period_ends_then_drops() -> None:
    ladder = replace(silver_gold_platinum(), basis=SpendBasis.ROLLING, window_months=12, review_months=12)
    shop = Ledger()
    shop.add_card(Card("ben", LADDER))
    shop.sell("ben", [(TV, 6000)], [ladder], datetime(2024, 3, 10, tzinfo=UTC))

    in_2024 = tier_status(ladder, shop.states["ben"], datetime(2024, 12, 20, tzinfo=UTC))
    kept_2025 = tier_status(ladder, shop.states["ben"], datetime(2025, 6, 1, tzinfo=UTC))
    dropped_2026 = tier_status(ladder, shop.states["ben"], datetime(2026, 1, 2, tzinfo=UTC))

    assert in_2024.tier is not None and in_2024.tier.name == "Gold"
    assert in_2024.held_until is None
    assert kept_2025.tier is not None and kept_2025.tier.name == "Gold"
    assert kept_2025.held_until is not None and kept_2025.held_until.isoformat() == "2026-01-01"
    assert str(kept_2025.explanation).startswith(
        "Gold 5% - kept until 2026-01-01: spend 6,000 in the 12 months to 2024-12"
    )
    assert dropped_2026.tier is None


def test_returning_the_purchase_that_made_gold_takes_gold_away(shop: Ledger) -> None:
    ladder = [silver_gold_platinum()]
    _, settlement = shop.sell("ben", [(TV, 5000)], ladder, T0)
    assert tier_status(ladder[0], shop.states["ben"], T0).tier is not None

    line = settlement.shares[0].line_id
    back = reverse_sale(settlement.entries, settlement.shares, {line: 2000}, T0 + timedelta(days=1), "return-1")
    shop.write(back.entries)

    status = tier_status(ladder[0], shop.states["ben"], T0 + timedelta(days=1))
    assert status.tier is not None and status.tier.name == "Silver"
    assert str(status.progress) == "2,000 to Gold"
